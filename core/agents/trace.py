"""Per-turn traces: the plan, each agent's timing and the tokens used.

A :class:`TraceStore` has two methods; :class:`MemoryTraceStore` keeps the last few per
person in memory (also the test double); :class:`SqliteTraceStore` writes the
``agents_traces`` table created by :func:`migrate` through the store's ``Database.run``.
Traces hold no message text beyond the subtask requests of the person's own turn and are
only ever read back for that person.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from core.agents.executor import Outcome
from core.messages import PersonKey

T = TypeVar("T")
RunOnDb = Callable[[Callable[[sqlite3.Connection], T]], Awaitable[T]]


@dataclass(frozen=True, slots=True)
class TraceRecord:
    turn_id: str
    person_id: int
    conversation_id: int
    plan: dict[str, Any]
    timings: tuple[dict[str, Any], ...]
    tokens: int
    created_at: str

    @classmethod
    def of(cls, turn_id: str, person: PersonKey, conversation_id: int,
           outcome: Outcome) -> TraceRecord:
        timings = tuple({"id": t.subtask_id, "agent": t.agent, "status": t.status,
                         "seconds": t.seconds, "tokens": t.tokens} for t in outcome.timings)
        return cls(turn_id, person.person_id, conversation_id, outcome.plan.to_json(),
                   timings, outcome.tokens, datetime.now(UTC).isoformat(timespec="seconds"))

    def render(self) -> str:
        lines = [f"Last plan ({self.plan.get('source', 'rules')}, {self.created_at}):"]
        for task in self.plan.get("subtasks", []):
            deps = f" after {', '.join(task['depends_on'])}" if task.get("depends_on") else ""
            lines.append(f"- {task['id']}: {task['agent']}{deps}")
        if self.plan.get("reasons"):
            lines.append("Why: " + "; ".join(self.plan["reasons"]))
        lines.append("Timings:")
        for t in self.timings:
            lines.append(f"- {t['id']} {t['agent']}: {t['status']} in {t['seconds']:.2f} s, "
                         f"{t['tokens']} tokens")
        lines.append(f"Tokens in total: {self.tokens}")
        return "\n".join(lines)


class TraceStore(Protocol):
    async def save(self, record: TraceRecord) -> None: ...

    async def last(self, person: PersonKey) -> TraceRecord | None: ...


class MemoryTraceStore:
    def __init__(self, keep: int = 5) -> None:
        self._records: dict[int, deque[TraceRecord]] = defaultdict(lambda: deque(maxlen=keep))

    async def save(self, record: TraceRecord) -> None:
        self._records[record.person_id].append(record)

    async def last(self, person: PersonKey) -> TraceRecord | None:
        records = self._records.get(person.person_id)
        return records[-1] if records else None


def migrate(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS agents_traces ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " turn_id TEXT NOT NULL, person_id INTEGER NOT NULL, conversation_id INTEGER NOT NULL,"
        " plan TEXT NOT NULL, timings TEXT NOT NULL, tokens INTEGER NOT NULL,"
        " created_at TEXT NOT NULL)")
    conn.execute("CREATE INDEX IF NOT EXISTS agents_traces_person "
                 "ON agents_traces(person_id, id)")


class SqliteTraceStore:
    def __init__(self, run: RunOnDb[Any], keep: int = 20) -> None:
        self._run = run
        self._keep = keep

    async def save(self, record: TraceRecord) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO agents_traces (turn_id, person_id, conversation_id, plan, "
                "timings, tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record.turn_id, record.person_id, record.conversation_id,
                 json.dumps(record.plan), json.dumps(list(record.timings)), record.tokens,
                 record.created_at))
            conn.execute(
                "DELETE FROM agents_traces WHERE person_id = ? AND id NOT IN (SELECT id FROM "
                "agents_traces WHERE person_id = ? ORDER BY id DESC LIMIT ?)",
                (record.person_id, record.person_id, self._keep))
        await self._run(write)

    async def last(self, person: PersonKey) -> TraceRecord | None:
        def read(conn: sqlite3.Connection) -> TraceRecord | None:
            row = conn.execute(
                "SELECT turn_id, person_id, conversation_id, plan, timings, tokens, created_at "
                "FROM agents_traces WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                (person.person_id,)).fetchone()
            if row is None:
                return None
            return TraceRecord(row[0], row[1], row[2], json.loads(row[3]),
                               tuple(json.loads(row[4])), row[5], row[6])
        result: TraceRecord | None = await self._run(read)
        return result
