"""The memory service: learning, hybrid retrieval, controls. Async over a ``Database``.

Retrieval fuses FTS5 keyword hits (owner token in every MATCH) with MiniLM cosine
similarity over the person's own vectors (loaded by a ``WHERE person_id = ?`` query and
cached per person), by reciprocal rank, then packs statements into a token budget. When
the query is a self-question about known slots ("where do I live?"), the current facts
in those slots lead the ranking.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from core.embeddings import Vectors, get_embedder
from core.memory import asking, fallback, interests, notes, store
from core.memory.db import Database
from core.memory.extract import Candidate, Extraction, extract
from core.memory.store import Fact, Provenance, VectorSet
from core.messages import PersonKey
from core.models.base import estimate_tokens

RRF_K = 60.0
INLINE_ROWS = 2_000  # below this a vector scan takes well under a millisecond
ForgetHook = Callable[[PersonKey], Awaitable[None]]


class EmbedderLike(Protocol):
    async def embed(self, texts: list[str]) -> Vectors: ...


@dataclass(frozen=True, slots=True)
class Learned:
    stored: tuple[int, ...]
    refused: bool
    explicit: bool
    skipped: bool = False


class _LazyEmbedder:
    async def embed(self, texts: list[str]) -> Vectors:
        return await get_embedder().embed(texts)


class VectorCache:
    """Per-person vector sets, least recently used first out, bounded by rows."""

    def __init__(self, max_rows: int) -> None:
        self._max = max_rows
        self._sets: OrderedDict[int, VectorSet] = OrderedDict()
        self._gen: dict[int, int] = {}
        self._rows = 0

    def generation(self, person_id: int) -> int:
        return self._gen.get(person_id, 0)

    def get(self, person_id: int) -> VectorSet | None:
        found = self._sets.get(person_id)
        if found is not None:
            self._sets.move_to_end(person_id)
        return found

    def put(self, person_id: int, gen: int, vs: VectorSet) -> None:
        if gen != self.generation(person_id) or len(vs.ids) > self._max:
            return
        self.drop(person_id, bump=False)
        self._sets[person_id] = vs
        self._rows += len(vs.ids)
        while self._rows > self._max:
            _, old = self._sets.popitem(last=False)
            self._rows -= len(old.ids)

    def drop(self, person_id: int, bump: bool = True) -> None:
        if bump:
            self._gen[person_id] = self.generation(person_id) + 1
        old = self._sets.pop(person_id, None)
        if old is not None:
            self._rows -= len(old.ids)


class Memory:
    def __init__(self, db: Database, embedder: EmbedderLike | None = None,
                 clock: Callable[[], float] = time.time, cache_rows: int = 200_000,
                 forget_hooks: Sequence[ForgetHook] = ()) -> None:
        """``forget_hooks`` run on ``/forget all`` (media, artifacts: other features' data)."""
        self.db = db
        self.forget_hooks = tuple(forget_hooks)
        self.embedder: EmbedderLike = embedder or _LazyEmbedder()
        self.clock = clock
        self.cache = VectorCache(cache_rows)
        self._prototypes: fallback.Prototypes | None = None

    # --- writing ------------------------------------------------------------------

    async def learn(self, person: PersonKey, text: str, *, platform: str, source_event: str,
                    context: int) -> Learned:
        """Extract and store facts from the person's own words (``context`` 0 = private)."""
        pid = person.person_id
        if await self.db.run(lambda c: store.privacy_off(c, pid)):
            return Learned((), False, False, skipped=True)
        known = await self.db.run(lambda c: store.family_names(c, pid, context))
        found: Extraction = await asyncio.to_thread(extract, text, known)
        second = await self._second_chance(found)
        read = {sentence for sentence, _ in second}
        facts = [*found.facts, *(c for _, c in second),
                 *notes.of([s for s in found.rest if s not in read])]
        topics = interests.topics_in(text)
        vecs = await self.embedder.embed([f.statement for f in facts]) if facts else None
        prov = Provenance(platform, source_event, context, self.clock())

        def write(conn: sqlite3.Connection) -> tuple[int, ...]:
            ids = []
            for i, cand in enumerate(facts):
                blob = store.quantize(vecs[i]) if vecs is not None else None
                new = store.insert_fact(conn, pid, cand, prov, blob)
                if new is not None:
                    ids.append(new)
            interests.bump(conn, pid, context, topics, prov.learned_at)
            return tuple(ids)

        stored = await self.db.run(write)
        if stored:
            self.cache.drop(pid)
        return Learned(stored, found.refused, found.explicit)

    async def _second_chance(self, found: Extraction) -> list[tuple[str, Candidate]]:
        rest = [s for s in found.rest if fallback.candidates(s)]
        if not rest or found.refused:
            return []
        if self._prototypes is None:
            labels, texts = fallback.prototype_texts()
            self._prototypes = fallback.Prototypes(tuple(labels),
                                                   await self.embedder.embed(texts))
        vecs = await self.embedder.embed([fallback.mask(s) for s in rest])
        have = {f.slot for f in found.facts}
        return [(s, c) for s, c in fallback.classify_all(rest, vecs, self._prototypes)
                if c.slot not in have]

    # --- reading ------------------------------------------------------------------

    async def _vectors(self, pid: int) -> VectorSet:
        cached = self.cache.get(pid)
        if cached is not None:
            return cached
        gen = self.cache.generation(pid)
        loaded = await self.db.run(lambda c: store.person_vectors(c, pid))
        self.cache.put(pid, gen, loaded)
        return loaded

    async def search_ids(self, person: PersonKey, query: str, context: int | None,
                         k: int = 10, qvec: Vectors | None = None) -> list[int]:
        """Fact ids ranked by fused keyword and vector relevance (current facts only)."""
        pid = person.person_id
        if qvec is None:
            qvec = (await self.embedder.embed([query]))[0]
        vs = await self._vectors(pid)
        slots = asking.slots_asked(query)
        keyword_job = self.db.run(lambda c: (store.slot_ids(c, pid, slots, context),
                                             store.fts_search(c, pid, query, context, 3 * k)))
        if len(vs.ids) <= INLINE_ROWS:
            (asked, keyword), vector = await keyword_job, vector_rank(vs, qvec, context, 3 * k)
        else:  # a large set is scanned on a worker thread while the keyword query runs
            vector_job = asyncio.to_thread(vector_rank, vs, qvec, context, 3 * k)
            (asked, keyword), vector = await asyncio.gather(keyword_job, vector_job)
        return first(asked, fuse(keyword, vector, k), k)

    async def search(self, person: PersonKey, query: str, context: int | None,
                     k: int = 10, budget_tokens: int = 400) -> list[Fact]:
        ids = await self.search_ids(person, query, context, k)
        facts = await self.db.run(lambda c: store.facts_by_ids(c, person.person_id, ids))
        return pack(facts, budget_tokens)

    async def recall(self, person: PersonKey, query: str, context: int | None = None,
                     budget_tokens: int = 400) -> list[str]:
        """Third-person statements about ``person`` relevant to ``query``."""
        return [f.statement for f in await self.search(person, query, context,
                                                       budget_tokens=budget_tokens)]

    async def facts(self, person: PersonKey, context: int | None,
                    slot_prefix: str = "") -> list[Fact]:
        pid = person.person_id
        return await self.db.run(lambda c: store.current_facts(c, pid, context, slot_prefix))

    async def history(self, person: PersonKey, slot: str, context: int | None) -> list[Fact]:
        pid = person.person_id
        return await self.db.run(lambda c: store.slot_history(c, pid, slot, context))

    async def interests(self, person: PersonKey, context: int | None) -> list[tuple[str, float]]:
        pid, now = person.person_id, self.clock()
        return await self.db.run(lambda c: interests.top(c, pid, context, now))

    async def profile(self, person: PersonKey, context: int | None = None) -> dict[str, object]:
        """Name, city, work, language, units, time zone, likes and interests."""
        facts = await self.facts(person, context)
        by_slot = {f.slot: f.value for f in facts}
        return {
            "name": by_slot.get("name"), "city": by_slot.get("home"),
            "work": by_slot.get("work") or by_slot.get("job"),
            "language": by_slot.get("pref:language"), "units": by_slot.get("pref:units"),
            "timezone": by_slot.get("pref:timezone"), "tone": by_slot.get("pref:tone"),
            "likes": [f.value for f in facts if f.kind == "like"],
            "interests": [t for t, _ in await self.interests(person, context)],
        }

    # --- controls -----------------------------------------------------------------

    async def privacy_off(self, person: PersonKey) -> bool:
        return await self.db.run(lambda c: store.privacy_off(c, person.person_id))

    async def set_privacy_off(self, person: PersonKey, off: bool) -> None:
        await self.db.run(lambda c: store.set_privacy_off(c, person.person_id, off))

    async def forget(self, person: PersonKey, ids: list[int]) -> list[Fact]:
        pid = person.person_id
        gone = await self.db.run(lambda c: store.delete_facts(c, pid, ids))
        self.cache.drop(pid)
        await self.db.run(store.checkpoint)
        return gone

    async def forget_all(self, person: PersonKey) -> int:
        pid = person.person_id
        count = await self.db.run(lambda c: store.forget_all(c, pid))
        self.cache.drop(pid)
        for hook in self.forget_hooks:
            await hook(person)
        await self.db.run(store.checkpoint)
        return count

    async def export(self, person: PersonKey) -> bytes:
        pid = person.person_id
        return (await self.db.run(lambda c: store.export_json(c, pid))).encode()

    async def all_facts(self, person: PersonKey) -> list[Fact]:
        return await self.db.run(lambda c: store.all_facts(c, person.person_id))

    def invalidate(self, person_id: int) -> None:
        """Call after rows of ``person_id`` moved (linking, unlinking)."""
        self.cache.drop(person_id)


def vector_rank(vs: VectorSet, qvec: Vectors, context: int | None, limit: int) -> list[int]:
    if len(vs.ids) == 0:
        return []
    scores = vs.matrix @ np.asarray(qvec, np.float32)
    if context is not None:
        scores = np.where(vs.contexts == context, scores, -np.inf)
    limit = min(limit, len(scores))
    top = np.argpartition(-scores, limit - 1)[:limit]
    top = top[np.argsort(-scores[top])]
    return [int(vs.ids[i]) for i in top if np.isfinite(scores[i])]


def first(asked: list[int], ranked: list[int], k: int) -> list[int]:
    """Facts in the slots a self-question names lead; the fused ranking follows."""
    return list(dict.fromkeys([*asked[:k], *ranked]))[:k]


def fuse(keyword: list[int], vector: list[int], k: int) -> list[int]:
    score: dict[int, float] = {}
    for ranking in (keyword, vector):
        for rank, fid in enumerate(ranking):
            score[fid] = score.get(fid, 0.0) + 1.0 / (RRF_K + rank + 1)
    return sorted(score, key=lambda f: -score[f])[:k]


def pack(facts: list[Fact], budget_tokens: int) -> list[Fact]:
    out, used = [], 0
    for fact in facts:
        cost = estimate_tokens(fact.statement) + 4
        if used + cost > budget_tokens:
            break
        out.append(fact)
        used += cost
    return out
