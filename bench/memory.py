"""``muse bench memory [eval|perf|all]``: the memory evaluation and performance bench.

eval — the LongMemEval-style set in bench/data/memory/longmem.json (regenerate with
    generate.py there). Every session message goes through MemorySkill as a private-chat
    turn; each question is asked as a new turn. Scoring: replies and accepted answers are
    normalised (lower case, punctuation removed, spaces collapsed); an answer is correct
    when, for every group of ``accepted_all``, one alternative occurs in the reply as whole
    words. Abstention is correct only if the reply says "haven't told me" and contains no
    value the person stated. A turn that no memory template claims counts as wrong (no
    model answers in the bench). recall_any@5 / recall_all@10 (LongMemEval): some / all
    evidence facts among the first 5 / 10 retrieved for the question, over answerable items;
    retrieval covers current facts, so a temporal item's evidence is the current fact whose
    version chain holds the old value. ``--split dev|heldout`` loads and scores only that
    part's people and items (failures, with ``--failures``, only of that part).
perf — a store of PEOPLE x PER_PERSON memories plus one person with BIG memories
    (synthetic unit vectors, generated text), filled once and cached; real query embeddings.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np

from core.embeddings import get_embedder
from core.memory import Memory, MemorySkill, ThreadDatabase, migrate, store
from core.memory.extract import Candidate
from core.memory.schema import scoped_body
from core.messages import Address, ChatKind, IncomingMessage, PersonKey, Sender, TextPart
from core.models.base import GenerationRequest, estimate_tokens
from core.skills import Turn

HERE = Path(__file__).parent
DATA = HERE / "data" / "memory" / "longmem.json"
RESULTS = HERE / "results" / "memory.json"
CACHE = Path.home() / ".cache" / "muse" / "bench"


class NoModel:
    name = "none"

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        if False:
            yield ""


def norm(text: str) -> str:
    return " " + " ".join(re.sub(r"[^\w/+]+", " ", text.lower()).split()) + " "


def correct(reply: str, item: dict[str, Any], told: list[str]) -> bool:
    r = norm(reply)
    if item["type"] == "abstain":
        return "haven't told me" in reply and not any(norm(v) in r for v in told)
    if "haven't told me" in reply:
        return False
    return all(any(norm(a) in r for a in group) for group in item["accepted_all"])


def _turn(pid: int, platform: str, text: str, n: int) -> Turn:
    addr = Address(platform=platform, chat_kind=ChatKind.DM, chat_id=f"dm{pid}",
                   user_id=str(pid))
    msg = IncomingMessage(event_id=f"{pid}-{n}", address=addr, sender=Sender(str(pid)),
                          parts=(TextPart(text),))
    return Turn(incoming=msg, person=PersonKey(pid), conversation_id=pid, text=text,
                backend=NoModel(), turn_id=f"{pid}-{n}")


async def _reply(skill: MemorySkill, turn: Turn) -> str:
    await skill.prepare(turn)
    stream = skill.answer(turn)
    text = ""
    if stream is not None:
        async for event in stream:
            text = getattr(event, "text", text)
    return text


async def _load(skill: MemorySkill, people: list[dict[str, Any]], clock: list[float]) -> None:
    n = 0
    for p in people:
        for day, session in enumerate(p["sessions"]):
            clock[0] = 1_790_000_000.0 + day * 86400
            for text in session["messages"]:
                n += 1
                turn = _turn(p["id"] + 1, session["platform"], text, n)
                await skill.learn(turn, await _reply(skill, turn))


def _told(p: dict[str, Any]) -> list[str]:
    keys = ("name", "home", "new_home", "work", "sister", "bday", "hobby", "allergen", "tz")
    return [p[k] for k in keys if p.get(k)]


SPLITS = ("dev", "heldout")


def select(data: dict[str, Any], split: str) -> dict[str, Any]:
    """Only the people and items of ``split`` ("all" keeps everything)."""
    if split == "all":
        return data
    return {**data, "people": [p for p in data["people"] if p["split"] == split],
            "items": [i for i in data["items"] if i["split"] == split]}


async def run_eval(data: dict[str, Any], split: str = "all") -> dict[str, Any]:
    """Scores per split; failures (at most 40) only of the chosen split."""
    data = select(data, split)
    with tempfile.TemporaryDirectory() as tmp:
        db = ThreadDatabase(Path(tmp) / "eval.db")
        db.call(migrate)
        clock = [0.0]
        memory = Memory(db, get_embedder(), clock=lambda: clock[0])
        skill = MemorySkill(memory)
        await _load(skill, data["people"], clock)
        people = {p["id"]: p for p in data["people"]}
        rows = []
        for item in data["items"]:
            pid = item["person"] + 1
            reply = await _reply(skill, _turn(pid, "web", item["question"], 10**6 + item["id"]))
            ids = await memory.search_ids(PersonKey(pid), item["question"], None, k=10)
            got = await db.run(lambda c, ids=ids, pid=pid: store.facts_by_ids(c, pid, ids))
            keys = [[f.slot, f.value.lower()] for f in got]
            wanted = [[s, v.lower()] for s, v in item["evidence"]]
            rows.append({**item, "reply": reply,
                         "ok": correct(reply, item, _told(people[item["person"]])),
                         "any5": any(e in keys[:5] for e in wanted),
                         "all10": bool(wanted) and all(e in keys[:10] for e in wanted)})
        db.close()
    shown = SPLITS if split == "all" else (split,)
    return {s: _summary([r for r in rows if r["split"] == s]) for s in shown} | {"failures": [
        {k: r[k] for k in ("id", "split", "type", "question", "reply")}
        for r in rows if not r["ok"]][:40]}


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    answerable = [r for r in rows if r["type"] != "abstain"]
    abstain = [r for r in rows if r["type"] == "abstain"]

    def share(xs: list[Any]) -> float:
        return round(sum(map(bool, xs)) / max(1, len(xs)), 3)

    return {"items": len(rows), "recall_any@5": share([r["any5"] for r in answerable]),
            "recall_all@10": share([r["all10"] for r in answerable]),
            "answer_accuracy": share([r["ok"] for r in answerable]),
            "abstention_accuracy": share([r["ok"] for r in abstain]),
            "by_type": {t: share([r["ok"] for r in rows if r["type"] == t])
                        for t in sorted({r["type"] for r in rows})}}


# --- performance ----------------------------------------------------------------------

WORDS = ("coffee tea hiking chess jazz piano garden football travel books movies sushi "
         "pasta running yoga painting sailing camping guitar photography").split()


def _fill(db: ThreadDatabase, people: int, per: int, big: int, seed: int = 7) -> None:
    rng = np.random.default_rng(seed)

    def batch(conn: Any, owners: list[int], start_id: int) -> None:
        n = len(owners)
        vecs = rng.standard_normal((n, 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        q = np.clip(np.round(vecs * 127), -127, 127).astype(np.int8)
        words = rng.integers(0, len(WORDS), (n, 3))
        rows, fts = [], []
        for i, pid in enumerate(owners):
            fid = start_id + i
            text = f"likes {WORDS[words[i, 0]]} and {WORDS[words[i, 1]]} note {fid}"
            rows.append((fid, pid, "note", f"note:{fid}", text, text, "bench", "e", 0, 1.0,
                         q[i].tobytes()))
            fts.append((fid, store.owner_token(pid), scoped_body(pid, f"note {text}")))
        conn.executemany("INSERT INTO memory_facts(id, person_id, kind, slot, value, "
                         "statement, platform, source_event, context, learned_at, vec) "
                         "VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT INTO memory_fts(rowid, owner, body) VALUES (?,?,?)", fts)

    owners = [1 + (i % people) for i in range(people * per)] + [people + 1] * big
    for start in range(0, len(owners), 50_000):
        chunk = owners[start:start + 50_000]
        db.call(lambda c, chunk=chunk, s=start: batch(c, chunk, s + 1))
    db.call(lambda c: c.execute("INSERT INTO memory_fts(memory_fts) VALUES ('optimize')"))
    db.call(store.checkpoint)


def _pct(xs: list[float], q: float) -> float:
    return round(float(np.percentile(np.array(xs) * 1000, q)), 3)


async def _time_queries(memory: Memory, pids: list[int], texts: list[str],
                        qv: Any) -> list[float]:
    out = []
    for i, pid in enumerate(pids):
        t = time.perf_counter()
        ids = await memory.search_ids(PersonKey(pid), texts[i], None, 10, qvec=qv[i])
        await memory.db.run(lambda c, pid=pid, ids=ids: store.facts_by_ids(c, pid, ids))
        out.append(time.perf_counter() - t)
    return out


async def run_perf(people: int, per: int, big: int, runs: int, queries: int) -> dict[str, Any]:
    path = CACHE / f"memory-v2-{people}x{per}+{big}.db"
    fresh = not path.exists()
    t0 = time.perf_counter()
    if fresh:  # filled under another name, so an interrupted fill is never reused
        partial = path.with_suffix(".partial")
        for old in path.parent.glob(partial.name + "*"):
            old.unlink()
        filling = ThreadDatabase(partial)
        filling.call(migrate)
        _fill(filling, people, per, big)
        filling.close()
        partial.rename(path)
    fill_s = time.perf_counter() - t0
    db = ThreadDatabase(path)
    db.call(migrate)
    memory = Memory(db, get_embedder())
    rng = np.random.default_rng(3)
    texts = [f"what do I think about {WORDS[i % len(WORDS)]}?" for i in range(queries)]
    t = time.perf_counter()
    qv = get_embedder().embed_sync(texts)
    embed_ms = (time.perf_counter() - t) * 1000 / queries
    typical, heavy, kw, writes = [], [], [], []
    for _ in range(runs):
        memory.cache = type(memory.cache)(200_000)
        pids = [int(p) for p in rng.integers(1, people + 1, queries)]
        typical.append(_pct(await _time_queries(memory, pids, texts, qv), 99))
        cold = await _time_queries(memory, [people + 1], texts[:1], qv[:1])
        warm = await _time_queries(memory, [people + 1] * queries, texts, qv)
        heavy.append(_pct(warm, 99))
        kw.append(await _keyword(db, pids, people + 1))
        writes.append(await _writes(db, rng, people))
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    db.close()
    return {"load_average": [round(x, 1) for x in os.getloadavg()],
            "memories": people * per + big, "people": people + 1, "cached_store": not fresh,
            "fill_seconds": round(fill_s, 1), "disk_mb": round(size / 1e6, 1),
            "query_embed_ms_mean": round(embed_ms, 2), "runs": runs, "queries_per_run": queries,
            "typical_p99_ms": statistics.median(typical),
            "big_person_p99_ms_warm": statistics.median(heavy),
            "big_person_first_query_ms": round(cold[0] * 1000, 1),
            "keyword_common_word_p99_ms": statistics.median(kw),
            "write_p99_ms": statistics.median(writes)}


async def _keyword(db: ThreadDatabase, pids: list[int], big: int) -> float:
    times = []
    for pid in [*pids[:100], big, big]:
        t = time.perf_counter()
        ids = await db.run(lambda c, pid=pid: store.fts_search(c, pid, "coffee", None, 10))
        times.append(time.perf_counter() - t)
        owners = await db.run(lambda c, pid=pid, ids=ids: {
            f.person_id for f in store.facts_by_ids(c, pid, ids)})
        rows = await db.run(lambda c, ids=ids: len(ids))
        assert owners <= {pid} and rows == len(ids), "keyword search left its person"
    return _pct(times, 99)


async def _writes(db: ThreadDatabase, rng: Any, people: int) -> float:
    times = []
    vec = store.quantize(np.full(384, 1 / np.sqrt(384), np.float32))
    for i in range(100):
        pid = int(rng.integers(1, people + 1))
        tag = f"bench{time.time_ns()}"
        cand = Candidate("like", f"taste:{tag}", tag, f"likes {tag}")
        prov = store.Provenance("bench", f"w{i}", 0, time.time())
        t = time.perf_counter()
        await db.run(lambda c, pid=pid, cand=cand, prov=prov: store.insert_fact(
            c, pid, cand, prov, vec))
        times.append(time.perf_counter() - t)
    return _pct(times, 99)


def _print(results: dict[str, Any], failures: bool = False) -> None:
    for name, block in results.items():
        print(f"\n{name}")
        for key, value in block.items():
            if key != "failures":
                print(f"  {key:<30} {value}")
        for row in block.get("failures", []) if failures else []:
            print(f"  FAIL {row['id']} [{row['split']}/{row['type']}] {row['question']!r}"
                  f" -> {row['reply']!r}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="muse bench memory")
    ap.add_argument("part", nargs="?", default="all", choices=["eval", "perf", "all"])
    ap.add_argument("--people", type=int, default=10_000)
    ap.add_argument("--per-person", type=int, default=100)
    ap.add_argument("--big", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--split", default="all", choices=["dev", "heldout", "all"],
                    help="evaluate (and list failures of) only this part of the set")
    ap.add_argument("--failures", action="store_true", help="print the failed items")
    args = ap.parse_args(argv)
    results: dict[str, Any] = {}
    if args.part in ("eval", "all"):
        key = "eval" if args.split == "all" else f"eval_{args.split}"
        results[key] = asyncio.run(run_eval(json.loads(DATA.read_text()), args.split))
    if args.part in ("perf", "all"):
        results["perf"] = asyncio.run(run_perf(args.people, args.per_person, args.big,
                                               args.runs, args.queries))
    _print(results, args.failures)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps(previous | results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
