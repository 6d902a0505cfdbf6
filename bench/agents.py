"""``muse bench agents``: planner, agents and tools against generated requests.

Items come from ``bench/data/agents/items.jsonl`` (see ``generate.py`` there). Images are
drawn at run time from each item's recipe (Pillow; ±5° rotation, blur, noise, JPEG ~60,
several fonts). Every item runs through :class:`core.agents.skill.AgentsSkill` with the
default setup (rules + MiniLM planner, no language model).

Scoring — normalised exact match: the reply's final text and each accepted answer are
lower-cased, stripped of markdown emphasis (``*``, ``_``, backticks) and of spaces; an
accepted answer matches when it occurs with no digit (or decimal part) directly before or
after it. An item is correct when every required part matches; a multi-part item counts
as complete only then. Dev and held-out splits are reported separately.

Parallelism: one request with an OCR and a SymPy solve, and each part alone, on warm
workers with ``OMP_THREAD_LIMIT=1``; medians of ``--runs`` runs; the goal is
``both / slower part ≤ 1.3``.

    muse bench agents [--runs 5] [--split all|dev|heldout] [--no-embeddings] [--limit N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bench.data.agents.draw import Degrade, degrade, receipt, screenshot, sign
from core.agents.planner import IntentIndex, Planner
from core.agents.skill import AgentsSkill
from core.embeddings import get_embedder
from core.media import check_image
from core.messages import (
    Address,
    ChatKind,
    FilePart,
    Final,
    ImagePart,
    IncomingMessage,
    PersonKey,
    Sender,
    TextPart,
)
from core.models.base import GenerationRequest, estimate_tokens
from core.skills import Turn
from core.tools.workers import WorkerPool

ITEMS = Path(__file__).parent / "data" / "agents" / "items.jsonl"
RESULTS = Path(__file__).parent / "results" / "agents.json"


def heavy_solve(constant: int) -> str:
    """A quartic whose radicals take SymPy a few hundred ms (a new one each time, so
    SymPy's cache cannot help)."""
    return f"solve x^4 + 3x^3 - 7x^2 + x + {constant} = 0"
GROUPS = {"math": "math+calc", "calc": "math+calc", "data": "data", "ocr": "ocr",
          "multi": "multi"}


class SilentBackend:
    """The default model is never asked for tool answers; this one fails loudly if it is."""

    name = "none"

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(self, request: GenerationRequest) -> Any:
        yield ""


def normalise(text: str) -> str:
    """Lower case, one kind of minus, no markup or spaces; a line break stays a boundary, so a
    figure that ends one line ("**113.64**.") is not run into the next line's digits."""
    text = text.lower().replace("−", "-").replace("–", "-")
    return re.sub(r"[*_`\s]", "", re.sub(r"\s*\n\s*", "|", text))


def matches(reply: str, accepted: str) -> bool:
    target = re.escape(normalise(accepted))
    return re.search(rf"(?<![\d.]){target}(?!\d|\.\d)", normalise(reply)) is not None


def draw(recipe: dict[str, Any]) -> bytes:
    how = Degrade(**recipe["degrade"])
    if recipe["kind"] == "receipt":
        image, _ = receipt(recipe["shop"], [tuple(i) for i in recipe["items"]],
                           recipe["currency"], recipe["font"])
    elif recipe["kind"] == "sign":
        image = sign(recipe["words"], recipe["font"])
    else:
        image = screenshot(recipe["title"], recipe["rows"], recipe["font"])
    return degrade(image, how)


def make_turn(text: str, photos: tuple[bytes, ...], turn_id: str, csv: str = "") -> Turn:
    address = Address(platform="bench", chat_kind=ChatKind.DM, chat_id="b", user_id="u")
    data = csv.encode()
    files = [FilePart("data.csv", len(data), "text/csv", data)] if csv else []
    parts: tuple[TextPart | ImagePart | FilePart, ...] = (
        TextPart(text), *(ImagePart(p) for p in photos), *files)
    incoming = IncomingMessage(event_id=turn_id, address=address, sender=Sender("u"),
                               parts=parts)
    images = [check_image(p, max_bytes=20_000_000, max_pixels=40_000_000) for p in photos]
    return Turn(incoming=incoming, person=PersonKey(1), conversation_id=1, text=text,
                backend=SilentBackend(), turn_id=turn_id, images=images, files=files)


async def answer(skill: AgentsSkill, turn: Turn) -> str:
    await skill.prepare(turn)
    stream = skill.answer(turn)
    if stream is None:
        return ""
    text = ""
    async for event in stream:
        if isinstance(event, Final):
            text = event.text
    return text


async def score(skill: AgentsSkill, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for number, entry in enumerate(items):
        photos = (draw(entry["image"]),) if entry.get("image") else ()
        turn = make_turn(entry["text"], photos, f"b{number}", entry.get("csv", ""))
        try:
            reply = await answer(skill, turn)
        except Exception as exc:  # a crash is a wrong answer, listed; the run goes on
            reply = f"(crashed: {type(exc).__name__})"
        parts = [any(matches(reply, a) for a in alternatives) for alternatives in entry["required"]]
        rows.append({"id": entry["id"], "split": entry["split"], "category": entry["category"],
                     "correct": all(parts), "reply": reply[:400]})
    return rows


def table(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    counts: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        for key in (f"{row['split']}/{GROUPS[row['category']]}", f"{row['split']}/all"):
            counts[key].append(row["correct"])
    return {key: {"n": len(v), "correct": sum(v), "percent": round(100 * sum(v) / len(v), 1)}
            for key, v in sorted(counts.items())}


async def timed(skill: AgentsSkill, text: str, photos: tuple[bytes, ...], tag: str) -> float:
    started = time.perf_counter()
    await answer(skill, make_turn(text, photos, tag))
    return time.perf_counter() - started


async def parallelism(skill: AgentsSkill, runs: int) -> dict[str, float]:
    image, _ = receipt("Metro Market", [("Bread", 2.5), ("Cheese", 6.75), ("Tea", 3.2),
                                        ("Milk", 1.1)], font_index=1)
    photo = degrade(image, Degrade(angle=-3, blur=0.6, noise=20, quality=60, seed=1))
    ocr_q = "what's the total on this receipt?"
    samples: dict[str, list[float]] = defaultdict(list)
    await timed(skill, f"{heavy_solve(10)} and {ocr_q}", (photo,), "warm")
    for run in range(runs):
        samples["ocr"].append(await timed(skill, ocr_q, (photo,), f"o{run}"))
        samples["solve"].append(await timed(skill, heavy_solve(11 + 2 * run), (), f"s{run}"))
        both = f"{heavy_solve(12 + 2 * run)} and {ocr_q}"
        samples["both"].append(await timed(skill, both, (photo,), f"b{run}"))
    medians = {k: round(statistics.median(v), 3) for k, v in samples.items()}
    medians["ratio"] = round(medians["both"] / max(medians["ocr"], medians["solve"]), 3)
    return medians


async def run(args: argparse.Namespace) -> dict[str, Any]:
    items = [json.loads(line) for line in ITEMS.read_text().splitlines() if line.strip()]
    items = [i for i in items if args.split in ("all", i["split"])
             and i["family"].startswith(args.family)][: args.limit or None]
    planner = Planner(None if args.no_embeddings else IntentIndex(get_embedder()))
    async with WorkerPool(2) as pool:
        skill = AgentsSkill(pool, planner=planner)
        started = time.perf_counter()
        rows = await score(skill, items)
        elapsed = time.perf_counter() - started
        speed = await parallelism(skill, args.runs) if args.runs else {}
    return {"accuracy": table(rows), "parallelism": speed, "seconds": round(elapsed, 1),
            "failures": [r for r in rows if not r["correct"]]}


def report(result: dict[str, Any]) -> None:
    print(f"{'split/group':<22}{'n':>5}{'correct':>9}{'%':>8}")
    for key, row in result["accuracy"].items():
        print(f"{key:<22}{row['n']:>5}{row['correct']:>9}{row['percent']:>8}")
    p = result["parallelism"]
    if p:
        print(f"\nparallelism (median s): ocr {p['ocr']}  solve {p['solve']}  both {p['both']}  "
              f"both/slower {p['ratio']} (goal ≤ 1.3)")
    print(f"items scored in {result['seconds']} s; {len(result['failures'])} failures "
          f"listed in {result['out']}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="muse bench agents")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--split", choices=("all", "dev", "heldout"), default="all")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--family", default="", help="only families whose name starts so")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--no-embeddings", action="store_true")
    args = parser.parse_args(argv)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    result = asyncio.run(run(args))
    result["out"] = str(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    report(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
