"""``muse bench e2e --face web``: Muse end to end, as web chat users see it.

Starts a real ``muse run`` (platform credentials removed, so only the web chat is on) on a
fresh data directory, signs in simulated people through one-time ``/web`` login links, and
measures, with 1 and with 8 simultaneous users, the time from sending a message to the first
visible text and to the final text (read from the chat's event stream). Then measures the
idle CPU of the same process. Prints a table and writes ``bench/results/e2e.json``.

``--backend`` picks the model (default ``transformers``, the embedded model); when it cannot
start, the benchmark says so and runs with the scripted backend instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import queue
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO

import aiohttp

RESULTS = Path(__file__).with_name("results") / "e2e.json"
TOPICS = ("the sea", "bread", "trains", "gardens", "the moon", "music", "rivers", "chess",
          "bicycles", "clouds")
EVENT = re.compile(rb"event: (\w+)\ndata: (.*?)\n\n", re.S)


@dataclass(frozen=True, slots=True)
class Sample:
    first_s: float
    final_s: float
    ok: bool


@dataclass
class Report:
    backend: str
    note: str = ""
    latency: dict[str, dict[str, float]] = field(default_factory=dict)
    idle_cpu_percent: float | None = None
    idle_seconds: float = 0.0
    ready_s: float = 0.0


@dataclass
class Running:
    process: subprocess.Popen[str]
    url: str
    ready_s: float


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="muse bench e2e", description=__doc__)
    parser.add_argument("--face", default="web", choices=["web"])
    parser.add_argument("--backend", default="transformers")
    parser.add_argument("--users", default="1,8", help="simultaneous users, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="messages per user per level")
    parser.add_argument("--idle-seconds", type=float, default=60.0)
    parser.add_argument("--ready-timeout", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=RESULTS)
    return parser.parse_args(list(argv))


# --- the server under test ----------------------------------------------------------------


def _env(data_dir: Path, backend: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "SLACK_"))}
    env.update({"MUSE_DATA_DIR": str(data_dir), "MUSE_WEB_HOST": "127.0.0.1",
                "MUSE_WEB_PORT": "0", "MUSE_MODEL__BACKEND": backend,
                "MUSE_CONFIG": os.devnull, "MUSE_LOG_LEVEL": "WARNING",
                "MUSE_PUBLIC_URL": ""})
    return env


def _drain(stream: IO[str], lines: queue.Queue[str]) -> None:
    for line in stream:
        lines.put(line)
    lines.put("")


def start_server(data_dir: Path, backend: str, timeout_s: float) -> Running | str:
    """A ``muse run`` whose web chat listens, or why it did not start."""
    muse = Path(sys.executable).with_name("muse")
    errors = data_dir.parent / f"stderr-{backend}.txt"
    started = time.perf_counter()
    with errors.open("w") as err:
        process = subprocess.Popen([str(muse), "run"], env=_env(data_dir, backend),
                                   stdout=subprocess.PIPE, stderr=err, text=True)
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_drain, args=(process.stdout, lines), daemon=True).start()
    while (left := timeout_s - (time.perf_counter() - started)) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        found = re.search(r"web: listening on (http://\S+)", line)
        if found:
            return Running(process, found.group(1), time.perf_counter() - started)
        if not line:
            process.wait()
            tail = errors.read_text(errors="replace").strip().splitlines()[-1:]
            return tail[0][-300:] if tail else f"muse run exited with {process.returncode}"
    stop_server(process)
    return f"not ready within {timeout_s:.0f} s"


def stop_server(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def login_tokens(data_dir: Path, count: int) -> list[str]:
    """One login link per simulated person, asked with ``/web`` from another face."""
    from bots.web.auth import register_commands
    from config import load_settings
    from core.app import build_app
    from core.messages import Address, ChatKind, Final, IncomingMessage, Sender, TextPart
    from core.models.scripted import ScriptedBackend

    app = await build_app(load_settings(data_dir=data_dir), ScriptedBackend())
    register_commands(app)
    tokens = []
    try:
        for n in range(count):
            user = f"bench-{n}"
            message = IncomingMessage(
                event_id=f"web-{n}", address=Address("bench", ChatKind.DM, user, user),
                sender=Sender(user), parts=(TextPart("/web"),))
            async for ev in app.engine.handle(message):
                if isinstance(ev, Final):
                    tokens.append(ev.text.split("/login/")[1].split()[0])
    finally:
        await app.close()
    return tokens


# --- users ---------------------------------------------------------------------------------


async def sign_in(url: str, token: str) -> aiohttp.ClientSession:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True),
                                    timeout=aiohttp.ClientTimeout(total=600))
    async with session.post(f"{url}/login/{token}", allow_redirects=False) as resp:
        if resp.status != 303:
            await session.close()
            raise RuntimeError(f"login failed with HTTP {resp.status}")
    return session


async def ask(session: aiohttp.ClientSession, url: str, text: str) -> Sample:
    """Send one message; seconds to the first visible text and to the final text."""
    started = time.perf_counter()
    first: float | None = None
    buffer, ok = b"", False
    async with session.post(f"{url}/api/messages", data={"text": text}) as resp:
        async for chunk in resp.content.iter_any():
            buffer += chunk
            for name, data in EVENT.findall(buffer):
                payload = json.loads(data)
                if first is None and name in (b"delta", b"final") and payload.get("text"):
                    first = time.perf_counter() - started
                if name == b"final":
                    ok = bool(payload.get("ok"))
            buffer = buffer[buffer.rfind(b"\n\n") + 2:] if b"\n\n" in buffer else buffer
    final = time.perf_counter() - started
    return Sample(first if first is not None else final, final, ok)


async def level(url: str, sessions: list[aiohttp.ClientSession], users: int,
                rounds: int) -> list[Sample]:
    samples: list[Sample] = []
    for r in range(rounds):
        prompts = [f"Tell me one short fact about {TOPICS[(r * users + n) % len(TOPICS)]}."
                   for n in range(users)]
        samples += await asyncio.gather(*(ask(s, url, p)
                                          for s, p in zip(sessions[:users], prompts,
                                                          strict=True)))
    return samples


def summary(samples: list[Sample]) -> dict[str, float]:
    def pct(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    first, final = [s.first_s for s in samples], [s.final_s for s in samples]
    return {"messages": len(samples), "failed": sum(not s.ok for s in samples),
            "first_median_ms": statistics.median(first) * 1000,
            "first_p95_ms": pct(first, 0.95) * 1000,
            "final_median_ms": statistics.median(final) * 1000,
            "final_p95_ms": pct(final, 0.95) * 1000}


async def measure_latency(url: str, tokens: list[str], levels: list[int],
                          rounds: int) -> dict[str, dict[str, float]]:
    sessions = [await sign_in(url, t) for t in tokens]
    try:
        await ask(sessions[0], url, "Hello!")  # warm-up, not counted
        return {f"{users} users": summary(await level(url, sessions, users, rounds))
                for users in levels}
    finally:
        for session in sessions:
            await session.close()


def idle_cpu(pid: int, seconds: float) -> float:
    """CPU used by the process (and its children) while nobody talks to it, in percent."""
    import psutil

    process = psutil.Process(pid)

    def used() -> float:
        total = process.cpu_times()
        children = sum(c.cpu_times().user + c.cpu_times().system
                       for c in process.children(recursive=True))
        return float(total.user + total.system + children)

    time.sleep(2)  # let start-up work settle
    before, started = used(), time.monotonic()
    time.sleep(seconds)
    return float(used() - before) / (time.monotonic() - started) * 100


# --- the run -------------------------------------------------------------------------------


def _start_with_fallback(data_dir: Path, args: argparse.Namespace,
                         report: Report) -> Running:
    running = start_server(data_dir, args.backend, args.ready_timeout)
    if isinstance(running, Running):
        return running
    if args.backend == "scripted":
        raise SystemExit(f"muse run did not start: {running}")
    report.backend = "scripted"
    report.note = (f"the {args.backend} backend could not start ({running.strip()[:200]}); "
                   "measured with the scripted backend instead (no model time included)")
    print(f"note: {report.note}", file=sys.stderr)
    fallback = start_server(data_dir, "scripted", args.ready_timeout)
    if not isinstance(fallback, Running):
        raise SystemExit(f"muse run did not start: {fallback}")
    return fallback


def print_report(report: Report) -> None:
    print(f"backend: {report.backend}" + (f"  ({report.note})" if report.note else ""))
    print(f"ready after {report.ready_s:.1f} s")
    print(f"{'users':>8} {'msgs':>5} {'fail':>5} {'first p50':>10} {'first p95':>10} "
          f"{'final p50':>10} {'final p95':>10}")
    for name, row in report.latency.items():
        print(f"{name.split()[0]:>8} {row['messages']:>5.0f} {row['failed']:>5.0f} "
              f"{row['first_median_ms']:>8.0f}ms {row['first_p95_ms']:>8.0f}ms "
              f"{row['final_median_ms']:>8.0f}ms {row['final_p95_ms']:>8.0f}ms")
    if report.idle_cpu_percent is not None:
        verdict = "ok" if report.idle_cpu_percent <= 2.0 else "above the 2% goal"
        print(f"idle CPU over {report.idle_seconds:.0f} s: {report.idle_cpu_percent:.2f}% "
              f"({verdict})")


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    levels = [int(n) for n in args.users.split(",") if n.strip()]
    report = Report(backend=args.backend, idle_seconds=args.idle_seconds)
    with tempfile.TemporaryDirectory(prefix="muse-bench-e2e-") as folder:
        data_dir = Path(folder) / "data"
        tokens = asyncio.run(login_tokens(data_dir, max(levels)))
        running = _start_with_fallback(data_dir, args, report)
        report.ready_s = running.ready_s
        try:
            report.latency = asyncio.run(measure_latency(running.url, tokens, levels,
                                                         args.rounds))
            if args.idle_seconds > 0:
                report.idle_cpu_percent = idle_cpu(running.process.pid, args.idle_seconds)
        finally:
            stop_server(running.process)
    print_report(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(asdict(report), indent=2) + "\n")
    return 0
