"""``muse bench slack``: the Slack face under load, over the Events API (HTTP).

Three processes: the fake Slack (``python -m tests.fakes.fake_slack``), Muse
(``muse run slack``, configured only by environment variables, scripted backend
answering 200 characters at once; memory, builder and agents off, so the face is what is
measured) and this driver, which asks the fake to inject user messages
(``POST /_fake/inject``); the fake signs and POSTs each event to Muse and times it until
the first Web API call carrying reply text in that channel.

* **saturation**: ``--events`` DMs over ``--channels`` channels, injected as fast as
  ``--concurrency`` connections allow; events answered per second (goal ≥ 300/s).
* **open loop**: ``--rate`` events/s for ``--seconds`` s on a fixed schedule (never slowed
  by the answers); p99 from injection to the first call with reply text (goal ≤ 50 ms).
* **light open loop**: the same at ``--light-rate`` events/s, well under saturation, to
  tell the face's own latency from queueing on a busy machine.
* **ack**: the time Muse took to answer each event's POST (persisted before the 200);
  p99 goal ≤ 100 ms (Slack's limit is 3 s).
* **Muse CPU per event**: user + system time of the Muse process per answered event in
  the saturation run (what one free core would need, whatever else the machine runs).
* **load**: the machine's 1-minute load average as each run starts (median per kind of
  run), since other work on the machine shows in every latency.

Medians of ``--runs`` runs; results in ``bench/results/slack.json``.

    muse bench slack [--runs 3] [--events 2000] [--channels 100] [--rate 100] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import sys
import tempfile
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).parent / "results" / "slack.json"
REPLY = ("Here is a short, complete answer from Muse: " + "lorem ipsum dolor sit amet " * 8)[:200]
GOALS = {"saturation_eps": 300.0, "open_loop_p99_ms": 50.0, "ack_p99_ms": 100.0}


@dataclass(frozen=True)
class RunResult:
    answered: int
    sent: int
    seconds: float
    p50_ms: float
    p99_ms: float
    ack_p99_ms: float
    cpu_ms_per_event: float = float("nan")
    load_1m: float = float("nan")

    @property
    def rate(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux), to tell Muse's own cost from
    the machine's load."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("SLACK_", "MUSE_", "TELEGRAM_", "DISCORD_"))
            and k.lower() not in ("http_proxy", "https_proxy", "all_proxy")}


async def _read_ready(proc: asyncio.subprocess.Process) -> str:
    assert proc.stdout is not None
    while line := await asyncio.wait_for(proc.stdout.readline(), 30):
        text = line.decode().strip()
        if text.startswith("FAKE_SLACK_READY "):
            return text.split(" ", 1)[1]
    raise RuntimeError("the fake Slack did not start")


async def _wait_listening(session: aiohttp.ClientSession, url: str,
                          proc: asyncio.subprocess.Process) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.returncode is not None:
            raise RuntimeError("muse exited during start")
        try:
            async with session.get(url) as response:
                if response.status:
                    return
        except aiohttp.ClientError:
            await asyncio.sleep(0.1)
    raise RuntimeError("muse did not start listening")


async def _stop(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        proc.terminate()
        try:
            await asyncio.wait_for(proc.wait(), 15)
        except TimeoutError:
            proc.kill()
            await proc.wait()


@asynccontextmanager
async def processes(data_dir: Path):  # type: ignore[no-untyped-def]
    """Start the fake and Muse; yield (fake base URL, session, Muse's pid)."""
    port = free_port()
    events_url = f"http://127.0.0.1:{port}/slack/events"
    env = clean_env()
    fake = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fakes.fake_slack", "--port", "0", "--events-url",
        events_url, cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL)
    muse: asyncio.subprocess.Process | None = None
    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0),
                                    timeout=aiohttp.ClientTimeout(total=60))
    try:
        base = await _read_ready(fake)
        env.update({
            "MUSE_CONFIG": "/nonexistent/muse.toml", "MUSE_DATA_DIR": str(data_dir),
            "MUSE_MODEL__BACKEND": "scripted", "MUSE_WEB_PORT": "0",
            "MUSE_MODEL__SCRIPTED__MODE": "fixed", "MUSE_MODEL__SCRIPTED__REPLY": REPLY,
            "MUSE_QUOTAS__MESSAGES_PER_MINUTE": "1000000",
            "MUSE_QUOTAS__TOKENS_PER_DAY": "1000000000", "MUSE_LOG_LEVEL": "WARNING",
            "MUSE_MEMORY__ENABLED": "false", "MUSE_BUILDER__ENABLED": "false",
            "MUSE_AGENTS__ENABLED": "false",
            "SLACK_BOT_TOKEN": "xoxb-fake-bot-token", "SLACK_SIGNING_SECRET":
            "fake-signing-secret", "SLACK_API_URL": f"{base}/api/",
            "SLACK_EVENTS_LISTEN": f"127.0.0.1:{port}",
        })
        muse_exe = Path(sys.executable).with_name("muse")
        muse = await asyncio.create_subprocess_exec(
            str(muse_exe), "run", "slack", cwd=ROOT, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        await _wait_listening(session, events_url, muse)
        yield base, session, muse.pid
    finally:
        await session.close()
        if muse is not None:
            await _stop(muse)
        await _stop(fake)


class Driver:
    def __init__(self, base: str, session: aiohttp.ClientSession, channels: int,
                 muse_pid: int) -> None:
        self.muse_pid = muse_pid
        self.cpu_at_reset = 0.0
        self.base = base
        self.session = session
        self.users = [f"U{100 + i}" for i in range(channels)]
        self.acks: list[float] = []
        self.sent = 0
        self.load_at_reset = 0.0

    async def _json(self, method: str, path: str, body: Any = None) -> Any:
        async with self.session.request(method, f"{self.base}{path}", json=body) as response:
            return await response.json()

    async def inject(self, n: int) -> None:
        user = self.users[n % len(self.users)]
        result = await self._json("POST", "/_fake/inject",
                                  {"kind": "dm", "user": user, "text": f"question {n}"})
        self.sent += 1
        for delivery in result.get("deliveries", []):
            if delivery.get("status") == 200:
                self.acks.append(float(delivery["ack_seconds"]))

    async def latency(self) -> dict[str, Any]:
        return dict(await self._json("GET", "/_fake/latency"))

    async def reset(self) -> None:
        await self._json("POST", "/_fake/reset")
        self.acks, self.sent = [], 0
        self.cpu_at_reset = cpu_seconds(self.muse_pid)
        self.load_at_reset = os.getloadavg()[0]

    async def wait_answered(self, count: int, timeout_s: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout_s
        while True:
            summary = await self.latency()
            if summary["count"] >= count or time.monotonic() > deadline:
                return summary
            await asyncio.sleep(0.05)

    def result(self, summary: dict[str, Any], seconds: float) -> RunResult:
        samples = [float(x) for x in summary.get("latencies", [])]
        cpu = cpu_seconds(self.muse_pid) - self.cpu_at_reset
        answered = int(summary["count"])
        return RunResult(answered=answered, sent=self.sent, seconds=seconds,
                         p50_ms=percentile(samples, 50) * 1000,
                         p99_ms=percentile(samples, 99) * 1000,
                         ack_p99_ms=percentile(self.acks, 99) * 1000,
                         cpu_ms_per_event=cpu * 1000 / max(answered, 1),
                         load_1m=self.load_at_reset)


async def saturation(driver: Driver, events: int, concurrency: int) -> RunResult:
    await driver.reset()
    queue = iter(range(events))
    started = time.monotonic()

    async def worker() -> None:
        for n in queue:
            await driver.inject(n)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    summary = await driver.wait_answered(events)
    finished = time.monotonic()
    return driver.result(summary, finished - started)


async def open_loop(driver: Driver, rate: float, seconds: float) -> RunResult:
    await driver.reset()
    total = int(rate * seconds)
    started = time.monotonic()
    tasks = []
    for n in range(total):
        delay = started + n / rate - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(driver.inject(n)))
    await asyncio.gather(*tasks)
    summary = await driver.wait_answered(total)
    return driver.result(summary, time.monotonic() - started)


def _median(runs: list[RunResult], field: str) -> float:
    values = [float(getattr(r, field)) for r in runs]
    return round(statistics.median(values), 2)


def summarise(sat: list[RunResult], loop: list[RunResult], args: argparse.Namespace,
              ) -> dict[str, Any]:
    return {
        "setup": {"runs": args.runs, "events": args.events, "channels": args.channels,
                  "concurrency": args.concurrency, "rate": args.rate,
                  "seconds": args.seconds, "reply_chars": len(REPLY), "transport": "http",
                  "cpus": os.cpu_count(), "load_average": os.getloadavg()},
        "saturation": {"events_per_s": _median(sat, "rate"), "p50_ms": _median(sat, "p50_ms"),
                       "p99_ms": _median(sat, "p99_ms"),
                       "ack_p99_ms": _median(sat, "ack_p99_ms"),
                       "muse_cpu_ms_per_event": _median(sat, "cpu_ms_per_event"),
                       "load_1m": _median(sat, "load_1m"),
                       "answered": [r.answered for r in sat], "sent": [r.sent for r in sat]},
        "open_loop": {"p50_ms": _median(loop, "p50_ms"), "p99_ms": _median(loop, "p99_ms"),
                      "ack_p99_ms": _median(loop, "ack_p99_ms"),
                      "load_1m": _median(loop, "load_1m"),
                      "answered": [r.answered for r in loop], "sent": [r.sent for r in loop]},
        "goals": GOALS,
    }


def table(report: dict[str, Any]) -> str:
    sat, loop = report["saturation"], report["open_loop"]
    rows = [
        ("saturation events/s", sat["events_per_s"], f"≥ {GOALS['saturation_eps']:.0f}",
         sat["events_per_s"] >= GOALS["saturation_eps"]),
        ("open loop p99 to reply (ms)", loop["p99_ms"], f"≤ {GOALS['open_loop_p99_ms']:.0f}",
         loop["p99_ms"] <= GOALS["open_loop_p99_ms"]),
        ("open loop p50 to reply (ms)", loop["p50_ms"], "", None),
        ("ack p99, open loop (ms)", loop["ack_p99_ms"], f"≤ {GOALS['ack_p99_ms']:.0f}",
         loop["ack_p99_ms"] <= GOALS["ack_p99_ms"]),
        ("ack p99, saturation (ms)", sat["ack_p99_ms"], "", None),
        ("Muse CPU per event (ms)", sat["muse_cpu_ms_per_event"], "", None),
    ]
    if "open_loop_light" in report:
        light = report["open_loop_light"]
        rate = f"{light['rate']:.0f}/s"
        rows += [(f"open loop {rate} p99 to reply (ms)", light["p99_ms"], "", None),
                 (f"ack p99, open loop {rate} (ms)", light["ack_p99_ms"], "", None)]
    lines = [f"{'measure':32} {'median':>10} {'goal':>8}  met"]
    for name, value, goal, met in rows:
        flag = "" if met is None else ("yes" if met else "NO")
        lines.append(f"{name:32} {value:>10.2f} {goal:>8}  {flag}")
    lines.append(f"load average (1 min) at run start: saturation {sat['load_1m']:.2f}, "
                 f"open loop {loop['load_1m']:.2f} on {report['setup']['cpus']} CPUs")
    return "\n".join(lines)


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="muse-bench-slack-") as tmp:
        async with processes(Path(tmp) / "data") as (base, session, pid):
            driver = Driver(base, session, args.channels, pid)
            await open_loop(driver, 20, 1)  # warm up: users known, connections open
            sat = [await saturation(driver, args.events, args.concurrency)
                   for _ in range(args.runs)]
            loop = [await open_loop(driver, args.rate, args.seconds) for _ in range(args.runs)]
            light = [await open_loop(driver, args.light_rate, args.seconds / 2)
                     for _ in range(args.runs)]
    report = summarise(sat, loop, args)
    report["open_loop_light"] = {
        "rate": args.light_rate, "p50_ms": _median(light, "p50_ms"),
        "p99_ms": _median(light, "p99_ms"), "ack_p99_ms": _median(light, "ack_p99_ms"),
        "load_1m": _median(light, "load_1m"),
        "answered": [r.answered for r in light], "sent": [r.sent for r in light]}
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="muse bench slack", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--light-rate", type=float, default=20.0,
                        help="a further open-loop run well under saturation")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    report = asyncio.run(bench(args))
    print(table(report))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"results written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
