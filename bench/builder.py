"""``muse bench builder``: time from request to delivered artifact, and artifact sizes.

Each request goes through the builder skill as a chat turn would (understanding,
rendering, storing, inlining shared scripts) against a temporary SQLite file. The builder
needs no model, so the time is the same with any backend. Goal: ≤ 2 s per artifact.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from core.builder.skill import BuilderSkill
from core.builder.store import ArtifactStore
from core.messages import (
    Address,
    Attachment,
    ChatKind,
    FilePart,
    IncomingMessage,
    PersonKey,
    Sender,
    TextPart,
)
from core.skills import Turn
from core.store.db import Database

GOAL_SECONDS = 2.0
COLOURS = ("blue", "green")
CSV = "month,revenue,costs\n" + "\n".join(f"M{i},{1000 + 37 * i},{600 + 21 * i}" for i in range(24))
REQUESTS: tuple[tuple[str, str, bytes], ...] = (
    ("website", "make a website for my bakery with opening hours, contact and a gallery", b""),
    ("menu", "make a restaurant menu page called \"Luigi's\" with prices", b""),
    ("link-in-bio", "make me a link in bio page in pink", b""),
    ("dashboard", "turn this into a dashboard", CSV.encode()),
    ("snake", "make a snake game for my kid Sam, fast", b""),
    ("tic-tac-toe", "make a tic tac toe game, hard", b""),
    ("iteration", "make the background {colour}", b""),
)


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    median_ms: float
    max_ms: float
    file_kb: float
    stored_kb: float


class _NoModel:
    name = "none"


def _turn(text: str, csv: bytes) -> Turn:
    files = (FilePart("data.csv", len(csv), "text/csv", csv),) if csv else ()
    address = Address(platform="bench", chat_kind=ChatKind.DM, chat_id="b", user_id="b")
    incoming = IncomingMessage("b", address, Sender("b"), (TextPart(text), *files))
    return Turn(incoming=incoming, person=PersonKey(1), conversation_id=1, text=text,
                backend=_NoModel(), turn_id="bench", files=list(files))  # type: ignore[arg-type]


async def _once(skill: BuilderSkill, store: ArtifactStore, text: str, csv: bytes) -> tuple[
    float, int, int
]:
    started = time.perf_counter()
    stream = skill.answer(_turn(text, csv))
    if stream is None:
        raise RuntimeError(f"the builder did not claim {text!r}")
    events = [event async for event in stream]
    elapsed = time.perf_counter() - started
    file = next(e for e in events if isinstance(e, Attachment))
    latest = await store.latest(PersonKey(1))
    stored = len(latest.html.encode()) if latest else 0
    return elapsed, len(file.data), stored


async def _measure(runs: int, folder: Path) -> list[Row]:
    db = Database(folder / "bench.db")
    await db.open([])
    store = ArtifactStore(db)
    await store.setup()
    skill = BuilderSkill(store, "http://127.0.0.1:8765")
    rows = []
    try:
        for name, text, csv in REQUESTS:
            samples = [
                await _once(skill, store, text.format(colour=COLOURS[run % 2]), csv)
                for run in range(runs)
            ]
            times = [s[0] * 1000 for s in samples]
            rows.append(Row(name, round(statistics.median(times), 1), round(max(times), 1),
                            round(samples[-1][1] / 1024, 1), round(samples[-1][2] / 1024, 1)))
    finally:
        await db.close()
    return rows


def _table(rows: list[Row]) -> str:
    lines = [f"{'request':<12} {'median ms':>10} {'max ms':>8} {'file KB':>9} {'stored KB':>10}"]
    lines += [f"{r.name:<12} {r.median_ms:>10} {r.max_ms:>8} {r.file_kb:>9} {r.stored_kb:>10}"
              for r in rows]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="muse bench builder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        rows = asyncio.run(_measure(max(1, args.runs), Path(folder)))
    print(_table(rows))
    worst = max(r.median_ms for r in rows) / 1000
    verdict = "meets" if worst <= GOAL_SECONDS else "misses"
    print(f"slowest median {worst:.2f} s — {verdict} the {GOAL_SECONDS:.0f} s goal")
    args.out.mkdir(parents=True, exist_ok=True)
    result = {"goal_seconds": GOAL_SECONDS, "runs": args.runs, "rows": [asdict(r) for r in rows]}
    (args.out / "builder.json").write_text(json.dumps(result, indent=2))
    return 0 if worst <= GOAL_SECONDS else 1


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
