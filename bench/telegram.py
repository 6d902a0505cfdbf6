"""``muse bench telegram``: the Telegram face against the fake Bot API in another process.

Muse runs here (the real runner, production capabilities, the scripted backend answering
200 characters at once); the fake runs as ``python -m tests.fakes.fake_telegram``.

1. Saturation: 100 private chats, each sending its next message as soon as the previous
   reply is final (its turn delivered): messages per second. Goal ≥ 300.
2. Latency: open-loop arrivals at 100 msg/s spread over 100 chats for ``--seconds``
   (30 by default): p50/p99 from the fake enqueuing the update to the fake receiving the
   first call containing reply text (typing does not count). Goal p99 ≤ 50 ms.

Several runs (``--runs``); medians reported. Prints a table and writes
``bench/results/telegram.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import aiohttp

RESULTS = Path(__file__).with_name("results") / "telegram.json"
ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijk"
REPLY = ("Muse here. " * 19)[:200]
CHATS = 100
RATE = 100.0
GOALS: dict[str, tuple[str, Callable[[float], bool]]] = {
    "saturation_msg_per_s": ("≥ 300", lambda v: v >= 300),
    "latency_p99_ms": ("≤ 50 ms", lambda v: v <= 50),
}


@dataclass(frozen=True, slots=True)
class Run:
    saturation_msg_per_s: float
    saturation_messages: int
    latency_p50_ms: float
    latency_p99_ms: float
    latency_count: int
    latency_unanswered: int
    rate_limited_calls: int
    load_average_1m: float  # the machine's load when the run started (other work)


@contextlib.contextmanager
def fake_process() -> Any:
    """The fake in its own process; yields its base URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.fake_telegram", "--port", "0", "--token", TOKEN],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY "):
            raise RuntimeError("the fake Telegram server did not start")
        yield line.split()[1]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.asynccontextmanager
async def muse(base_url: str, data_dir: Path) -> AsyncIterator[Any]:
    """Muse's Telegram runner in this process; yields the completion tracker."""
    from bots.dispatch import Dispatcher
    from bots.telegram import TelegramRunner
    from config import load_settings
    from core.app import build_app
    from core.models.scripted import ScriptedBackend

    settings = load_settings(
        data_dir=data_dir, telegram={"bot_token": TOKEN, "api_base": base_url},
        quotas={"messages_per_minute": 1_000_000, "tokens_per_day": 10**12},
        model={"backend": "scripted", "scripted": {"mode": "fixed", "reply": REPLY}})
    # The face and the core pipeline; optional skills (memory, agents, builder) have
    # their own benchmarks.
    app = await build_app(settings, ScriptedBackend(settings.model.scripted), skills=())
    tracker = Tracker()

    class Tracked(Dispatcher):
        def submit(self, incoming: Any) -> asyncio.Task[None]:
            task = super().submit(incoming)
            task.add_done_callback(lambda _: tracker.done(incoming.address.chat_id))
            return task

    runner = TelegramRunner(app, dispatcher=Tracked)
    await runner.start()
    try:
        yield tracker
    finally:
        await runner.close()
        await app.close()


class Tracker:
    """Chats whose last reply is final."""

    def __init__(self) -> None:
        self.events: dict[str, asyncio.Event] = {}

    def event(self, chat_id: int) -> asyncio.Event:
        return self.events.setdefault(str(chat_id), asyncio.Event())

    def done(self, chat_id: str) -> None:
        self.events.setdefault(chat_id, asyncio.Event()).set()


async def inject(session: aiohttp.ClientSession, base: str, user: int, text: str) -> None:
    body = {"user_id": user, "text": text, "first_name": f"User{user}"}
    async with session.post(f"{base}/_fake/inject", json=body) as resp:
        resp.raise_for_status()


async def saturation(session: aiohttp.ClientSession, base: str, tracker: Tracker,
                     seconds: float) -> tuple[float, int]:
    deadline = time.monotonic() + seconds
    counts = [0] * CHATS

    async def chat(index: int) -> None:
        user = 10_000 + index
        while time.monotonic() < deadline:
            done = tracker.event(user)
            done.clear()
            await inject(session, base, user, f"message {counts[index]}")
            await asyncio.wait_for(done.wait(), timeout=30)
            counts[index] += 1

    started = time.monotonic()
    await asyncio.gather(*(chat(i) for i in range(CHATS)))
    elapsed = time.monotonic() - started
    return sum(counts) / elapsed, sum(counts)


async def drive(base: str, seconds: float) -> None:
    """Open-loop arrivals at ``RATE`` per second over ``CHATS`` chats (the driver process)."""
    total = int(seconds * RATE)
    async with aiohttp.ClientSession() as session:
        started = time.monotonic()
        sends = []
        for n in range(total):
            await asyncio.sleep(max(0.0, started + n / RATE - time.monotonic()))
            user = 20_000 + n % CHATS
            sends.append(asyncio.create_task(inject(session, base, user, f"hi {n}")))
        await asyncio.gather(*sends)


async def open_loop(session: aiohttp.ClientSession, base: str, seconds: float) -> dict[str, Any]:
    """Arrivals from a separate driver process, so the load generator does not share
    Muse's CPU; then wait for the answers and read the fake's latency record."""
    async with session.post(f"{base}/_fake/latency/reset") as resp:
        resp.raise_for_status()
    driver = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.telegram", "--drive", base, "--seconds", str(seconds),
        cwd=ROOT)
    if await driver.wait() != 0:
        raise RuntimeError("the load driver failed")
    deadline = time.monotonic() + 15
    summary: dict[str, Any] = {}
    while time.monotonic() < deadline:
        async with session.get(f"{base}/_fake/latency") as resp:
            summary = await resp.json()
        if not summary["unanswered"]:
            break
        await asyncio.sleep(0.2)
    return summary


async def one_run(saturation_s: float, latency_s: float) -> Run:
    load = os.getloadavg()[0]
    with fake_process() as base, tempfile.TemporaryDirectory() as tmp:
        async with muse(base, Path(tmp) / "data") as tracker, aiohttp.ClientSession() as session:
            rate, count = await saturation(session, base, tracker, saturation_s)
            await asyncio.sleep(0.5)
            latency = await open_loop(session, base, latency_s)
            async with session.get(f"{base}/_fake/calls") as resp:
                calls = await resp.json()
    return Run(
        saturation_msg_per_s=rate, saturation_messages=count,
        latency_p50_ms=(latency.get("p50") or 0.0) * 1000,
        latency_p99_ms=(latency.get("p99") or 0.0) * 1000,
        latency_count=int(latency.get("count", 0)),
        latency_unanswered=int(latency.get("unanswered", 0)),
        rate_limited_calls=int(calls["by_status"].get("429", 0)), load_average_1m=load)


def summarise(runs: list[Run]) -> dict[str, float]:
    fields = ("saturation_msg_per_s", "latency_p50_ms", "latency_p99_ms")
    summary = {name: statistics.median(getattr(r, name) for r in runs) for name in fields}
    summary["latency_unanswered"] = float(sum(r.latency_unanswered for r in runs))
    return summary


def table(summary: dict[str, float]) -> str:
    lines = [f"{'measure':<24} {'value':>10}  goal"]
    for key, value in summary.items():
        goal, check = GOALS.get(key, ("", None))
        mark = "" if check is None else ("ok" if check(value) else "MISSED")
        lines.append(f"{key:<24} {value:>10.2f}  {goal} {mark}".rstrip())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="muse bench telegram", description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0,
                        help="length of the open-loop latency phase")
    parser.add_argument("--saturation-seconds", type=float, default=10.0)
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--drive", metavar="BASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy"):
        os.environ.pop(name, None)  # all traffic is to 127.0.0.1
    if args.drive:
        asyncio.run(drive(args.drive, args.seconds))
        return 0
    runs = []
    for n in range(args.runs):
        runs.append(asyncio.run(one_run(args.saturation_seconds, args.seconds)))
        print(f"run {n + 1}: {asdict(runs[-1])}", flush=True)
    summary = summarise(runs)
    print(table(summary))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    result = {"summary": summary, "runs": [asdict(r) for r in runs],
              "setup": {"cpus": os.cpu_count(), "chats": CHATS, "open_loop_rate": RATE,
                        "reply_chars": len(REPLY),
                        "latency_seconds": args.seconds, "optional_skills": False,
                        "saturation_seconds": args.saturation_seconds}}
    args.output.write_text(json.dumps(result, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
