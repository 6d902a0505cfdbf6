"""``muse bench discord``: throughput and latency of the Discord face against the fake.

Three processes: the fake Discord (``python -m tests.fakes.fake_discord``), Muse
(``muse run discord`` with the scripted backend answering 200 characters at once,
configured only by environment variables; memory and the builder off unless
``--features``, they have benches of their own) and this driver, which injects user DMs
through the fake's control API and reads what the fake recorded.

Each run: a warm-up message in every channel (people and conversations exist), then

saturation — ``--burst`` messages spread over ``--channels`` DM channels, injected as
    fast as the driver can; throughput = messages / (first injection → last reply).
    Goal ≥ 300 msg/s. Every message must get exactly one reply.
open loop — ``--rate`` messages a second for ``--seconds`` over the same channels (one
    channel at a time in turn); latency = injection → the first call carrying reply text
    in that chat, as the fake measures it. Goal: p99 ≤ 50 ms.

Figures are medians over ``--runs`` runs; the table is printed and written to
bench/results/discord.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "discord.json"
REPLY = ("Thanks for your message! Here is a steady two hundred character answer from the "
         "scripted backend, long enough to look like a real reply and short enough for one "
         "Discord message. Have a nice day.")[:200].ljust(200, ".")
GOAL_SATURATION = 300.0
GOAL_P99_MS = 50.0
READY_AFTER_S = 3.0  # discord.py's guild_ready_timeout (2 s) and a margin


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a process (Linux), 0.0 when unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


@dataclass(frozen=True)
class RunResult:
    saturation_msg_per_s: float
    muse_cpu_ms_per_msg: float
    fake_cpu_ms_per_msg: float
    saturation_replies: int
    saturation_messages: int
    open_loop_p50_ms: float
    open_loop_p99_ms: float
    open_loop_over_goal_pct: float
    open_loop_replies: int
    open_loop_messages: int
    duplicates: int


class Fake:
    """The fake Discord in its own process, driven over its control API."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.proc: asyncio.subprocess.Process | None = None
        self.base = ""

    async def start(self) -> dict[str, Any]:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.fakes.fake_discord", "--port", "0", cwd=str(ROOT),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
        assert self.proc.stdout is not None
        line = (await asyncio.wait_for(self.proc.stdout.readline(), 30)).decode()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if match is None:
            raise RuntimeError(f"the fake did not start: {line!r}")
        self.base = match.group(1)
        world: dict[str, Any] = await self.get("/_fake/world")
        return world

    async def get(self, path: str) -> Any:
        async with self.session.get(self.base + path) as response:
            return await response.json()

    async def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        async with self.session.post(self.base + path, json=body or {}) as response:
            return await response.json()

    async def stop(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            self.proc.terminate()
            await asyncio.wait_for(self.proc.wait(), 15)


def muse_environment(world: dict[str, Any], data_dir: Path,
                     features: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MUSE_", "TELEGRAM_", "DISCORD_", "SLACK_"))
           and k.lower() not in ("http_proxy", "https_proxy")}
    env.update({
        "MUSE_CONFIG": "/nonexistent/muse.toml", "MUSE_DATA_DIR": str(data_dir),
        "MUSE_WEB_PORT": "0", "MUSE_LOG_LEVEL": "WARNING",
        "MUSE_MODEL__BACKEND": "scripted", "MUSE_MODEL__SCRIPTED__MODE": "fixed",
        "MUSE_MODEL__SCRIPTED__REPLY": REPLY,
        "DISCORD_BOT_TOKEN": world["token"], "DISCORD_API_BASE": world["api_url"],
        "DISCORD_GATEWAY_URL": world["gateway_url"],
    })
    if not features:  # memory and the builder have benches of their own
        env.update({"MUSE_MEMORY__ENABLED": "false", "MUSE_BUILDER__ENABLED": "false",
                    "MUSE_AGENTS__ENABLED": "false"})
    return env


async def start_muse(fake: Fake, world: dict[str, Any], data_dir: Path,
                     features: bool = False) -> asyncio.subprocess.Process:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from bots.cli import main; main()", "run", "discord",
        cwd=str(ROOT), env=muse_environment(world, data_dir, features),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        gateway, counts = await fake.get("/_fake/gateway"), await fake.get("/_fake/counts")
        if gateway["connected"] and counts.get("bulk_commands"):
            await asyncio.sleep(READY_AFTER_S)  # on_ready and its back-fill come first
            return proc
        if proc.returncode is not None:
            break
        await asyncio.sleep(0.2)
    proc.kill()
    raise RuntimeError("Muse did not connect to the fake Discord")


async def stop_muse(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 20)
        except TimeoutError:
            proc.kill()
            await proc.wait()


async def inject(fake: Fake, user_id: int, text: str) -> None:
    await fake.post("/_fake/inject/message", {"user_id": user_id, "content": text, "kind": "dm"})


async def replies(fake: Fake) -> int:
    return int((await fake.get("/_fake/counts")).get("create_message", 0))


async def wait_replies(fake: Fake, expected: int, timeout: float) -> float:
    """The time the count reached ``expected`` (monotonic), polled every 10 ms."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await replies(fake) >= expected:
            return time.monotonic()
        await asyncio.sleep(0.01)
    raise TimeoutError(f"only {await replies(fake)} of {expected} replies")


async def saturation(fake: Fake, muse: asyncio.subprocess.Process, users: list[int],
                     burst: int) -> tuple[float, int, float, float]:
    """Throughput, replies, and CPU ms per message spent by Muse and by the fake."""
    await fake.post("/_fake/reset")
    fake_pid = fake.proc.pid if fake.proc is not None else None
    cpu_muse, cpu_fake = cpu_seconds(muse.pid), cpu_seconds(fake_pid)
    limit = asyncio.Semaphore(64)

    async def one(i: int) -> None:
        async with limit:
            await inject(fake, users[i % len(users)], f"saturation message {i}")

    started = time.monotonic()
    await asyncio.gather(*(one(i) for i in range(burst)))
    finished = await wait_replies(fake, burst, timeout=120)
    cpu_muse = (cpu_seconds(muse.pid) - cpu_muse) * 1000 / burst
    cpu_fake = (cpu_seconds(fake_pid) - cpu_fake) * 1000 / burst
    await asyncio.sleep(0.5)
    return burst / (finished - started), await replies(fake), cpu_muse, cpu_fake


async def open_loop(fake: Fake, users: list[int], rate: float, seconds: float
                    ) -> tuple[float, float, float, int, int]:
    await fake.post("/_fake/reset")
    total = int(rate * seconds)
    tasks: list[asyncio.Task[None]] = []
    started = time.monotonic()
    for i in range(total):
        delay = started + i / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(inject(fake, users[i % len(users)], f"open {i}")))
    await asyncio.gather(*tasks)
    await wait_replies(fake, total, timeout=60)
    await asyncio.sleep(0.5)
    report = await fake.get("/_fake/latency")
    samples = sorted(report["samples"])
    p50 = statistics.median(samples) * 1000
    p99 = samples[max(0, int(len(samples) * 0.99 + 0.999999) - 1)] * 1000
    slow = 100 * sum(1 for x in samples if x * 1000 > GOAL_P99_MS) / max(1, len(samples))
    return p50, p99, slow, await replies(fake), total


async def one_run(args: argparse.Namespace) -> RunResult:
    timeout = aiohttp.ClientTimeout(total=30)
    connector = aiohttp.TCPConnector(limit=128)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        fake = Fake(session)
        world = await fake.start()
        try:
            users = [int((await fake.post("/_fake/users", {"username": f"u{i}"}))["id"])
                     for i in range(args.channels)]
            with tempfile.TemporaryDirectory(prefix="muse-bench-discord-") as tmp:
                muse = await start_muse(fake, world, Path(tmp) / "data", args.features)
                try:
                    for user in users:
                        await inject(fake, user, "warm-up")
                    await wait_replies(fake, len(users), timeout=60)
                    rate, sat_replies, cpu_muse, cpu_fake = await saturation(
                        fake, muse, users, args.burst)
                    p50, p99, slow, ol_replies, total = await open_loop(
                        fake, users, args.rate, args.seconds)
                finally:
                    await stop_muse(muse)
        finally:
            await fake.stop()
    duplicates = max(0, sat_replies - args.burst) + max(0, ol_replies - total)
    return RunResult(rate, cpu_muse, cpu_fake, sat_replies, args.burst, p50, p99, slow,
                     ol_replies, total, duplicates)


def summary(runs: list[RunResult]) -> dict[str, Any]:
    def median(name: str) -> float:
        return round(float(statistics.median(getattr(r, name) for r in runs)), 1)

    figures = {"saturation_msg_per_s": median("saturation_msg_per_s"),
               "muse_cpu_ms_per_msg": median("muse_cpu_ms_per_msg"),
               "fake_cpu_ms_per_msg": median("fake_cpu_ms_per_msg"),
               "open_loop_p50_ms": median("open_loop_p50_ms"),
               "open_loop_p99_ms": median("open_loop_p99_ms"),
               "open_loop_over_goal_pct": median("open_loop_over_goal_pct")}
    ok = (figures["saturation_msg_per_s"] >= GOAL_SATURATION
          and figures["open_loop_p99_ms"] <= GOAL_P99_MS
          and all(r.duplicates == 0 for r in runs))
    capacity = 1000 / figures["muse_cpu_ms_per_msg"] if figures["muse_cpu_ms_per_msg"] else 0
    return {**figures, "muse_msg_per_cpu_s": round(capacity), "meets_goals": ok,
            "duplicates": sum(r.duplicates for r in runs),
            "load_average": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count()}


def table(runs: list[RunResult], result: dict[str, Any]) -> str:
    lines = [f"{'run':>6} {'saturation msg/s':>17} {'Muse CPU ms/msg':>16} "
             f"{'open-loop p50 ms':>17} {'open-loop p99 ms':>17} {'duplicates':>10}"]
    for i, r in enumerate(runs, start=1):
        lines.append(f"{i:>6} {r.saturation_msg_per_s:>17.1f} {r.muse_cpu_ms_per_msg:>16.2f} "
                     f"{r.open_loop_p50_ms:>17.1f} {r.open_loop_p99_ms:>17.1f} "
                     f"{r.duplicates:>10}")
    lines.append(f"{'median':>6} {result['saturation_msg_per_s']:>17.1f} "
                 f"{result['muse_cpu_ms_per_msg']:>16.2f} {result['open_loop_p50_ms']:>17.1f} "
                 f"{result['open_loop_p99_ms']:>17.1f} {result['duplicates']:>10}")
    lines.append(f"Muse alone handles ~{result['muse_msg_per_cpu_s']} msg per CPU second; "
                 f"load average {result['load_average']} on {result['cpus']} CPUs")
    lines.append(f"goals: saturation >= {GOAL_SATURATION:.0f} msg/s, open-loop p99 <= "
                 f"{GOAL_P99_MS:.0f} ms -> {'met' if result['meets_goals'] else 'NOT met'}")
    return "\n".join(lines)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="muse bench discord", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--burst", type=int, default=1500, help="saturation messages")
    parser.add_argument("--rate", type=float, default=100.0, help="open-loop msg/s")
    parser.add_argument("--seconds", type=float, default=5.0, help="open-loop duration")
    parser.add_argument("--features", action="store_true",
                        help="keep memory and the builder on (off by default: this bench "
                             "measures the Discord face and the core pipeline)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(list(argv or []))
    runs = [asyncio.run(one_run(args)) for _ in range(args.runs)]
    result = summary(runs)
    print(table(runs, result))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    config = {k: v for k, v in vars(args).items() if k != "output"}
    args.output.write_text(json.dumps({"config": config, "reply_chars": len(REPLY),
                                       "median": result, "runs": [asdict(r) for r in runs]},
                                      indent=2) + "\n")
    return 0 if result["meets_goals"] else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
