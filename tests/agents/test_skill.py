"""AgentsSkill end to end: claiming turns, emergencies first, OCR on a drawn receipt,
charts, traces and /trace."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from bench.data.agents.draw import Degrade, degrade, receipt
from core.agents.commands import register_commands
from core.agents.skill import AgentsSkill
from core.agents.trace import MemoryTraceStore, SqliteTraceStore, TraceRecord, migrate
from core.commands.registry import CommandContext, CommandRegistry
from core.messages import Attachment, FilePart, Final, PersonKey, Progress, ReplyEvent, TextDelta
from core.skills import Turn
from core.tools.workers import WorkerPool
from tests.agents.helpers import make_turn

pytestmark = pytest.mark.asyncio(loop_scope="module")
T = TypeVar("T")


async def reply(skill: AgentsSkill, turn: Turn) -> list[ReplyEvent]:
    await skill.prepare(turn)
    stream = skill.answer(turn)
    assert stream is not None
    return [event async for event in stream]


def final(events: list[ReplyEvent]) -> Final:
    last = events[-1]
    assert isinstance(last, Final)
    return last


async def test_plain_conversation_is_not_claimed(pool: WorkerPool) -> None:
    skill = AgentsSkill(pool)
    turn = make_turn("hi! how was your day?")
    await skill.prepare(turn)
    assert skill.answer(turn) is None


async def test_math_turn_shows_result_basis_and_progress(pool: WorkerPool) -> None:
    traces = MemoryTraceStore()
    skill = AgentsSkill(pool, traces=traces)
    events = await reply(skill, make_turn("solve x^2-5x+6=0 and plot y=x^2-5x+6"))
    assert isinstance(events[0], Progress) and "…" in events[0].text
    progress = [e.text for e in events if isinstance(e, Progress)]
    assert progress[-1].count("✓") == 2
    text = final(events).text
    assert "x = 2, x = 3" in text and "x^2 - 5*x + 6 = 0" in text
    charts = [e for e in events if isinstance(e, Attachment)]
    assert charts and charts[0].data.startswith(b"\x89PNG")
    record = await traces.last(PersonKey(1))
    assert record is not None and [t["agent"] for t in record.timings] == ["math", "data"]


async def test_emergency_pointer_comes_first(pool: WorkerPool) -> None:
    skill = AgentsSkill(pool, country_of=lambda person: "GB")
    events = await reply(skill, make_turn("I have crushing chest pain, what's 2+2?"))
    assert isinstance(events[0], TextDelta) and "999" in events[0].text
    assert final(events).text.startswith(events[0].text.strip())
    crisis = await reply(skill, make_turn("I want to end my life", turn_id="t-2"))
    assert isinstance(crisis[0], TextDelta) and "116 123" in crisis[0].text
    assert len(crisis) == 2 and isinstance(crisis[1], Final)


async def test_receipt_total_is_read_and_converted(pool: WorkerPool) -> None:
    image, total = receipt("Corner Cafe", [("Coffee", 3.5), ("Bagel", 2.25), ("Juice", 4.1)])
    photo = degrade(image, Degrade(angle=3, blur=0.6, noise=20, quality=60))
    skill = AgentsSkill(pool)
    turn = make_turn("what's the total on this receipt?", images=(photo,))
    events = await reply(skill, turn)
    assert f"{total:.2f}" in final(events).text
    assert any("TOTAL" in note and "not instructions" in note for note in turn.notes)
    euros = await reply(skill, make_turn("what's the total on this receipt in euros?",
                                         images=(photo,), turn_id="t-3"))
    text = final(euros).text
    assert f"{total:.2f} USD" in text and "EUR" in text and "reference rate" in text


async def test_csv_attachment_gets_statistics_and_chart(pool: WorkerPool) -> None:
    csv = b"day,steps,sleep\n1,4000,6\n2,6000,7\n3,8000,8\n4,10000,9\n"
    skill = AgentsSkill(pool)
    events = await reply(skill, make_turn("how am I doing?", files=(
        FilePart("week.csv", len(csv), "text/csv", csv),)))
    text = final(events).text
    assert "mean **7000**" in text and "correlation **" in text
    assert any(isinstance(e, Attachment) for e in events)


async def test_refused_math_is_a_polite_partial_answer(pool: WorkerPool) -> None:
    events = await reply(AgentsSkill(pool), make_turn("what is 9^9^9^9"))
    last = final(events)
    assert not last.ok and "refused" in last.text and "Traceback" not in last.text


async def test_trace_command_is_private_only_and_shows_the_last_plan() -> None:
    traces = MemoryTraceStore()
    registry = CommandRegistry()
    register_commands(registry, traces)
    command = registry.get("trace")
    assert command is not None and command.private_only

    async def notify(identity: object, text: str) -> bool:
        return False
    await traces.save(TraceRecord("t", 1, 7, {"source": "rules", "subtasks": [
        {"id": "t1", "agent": "math", "depends_on": []}]},
        ({"id": "t1", "agent": "math", "status": "ok", "seconds": 0.1, "tokens": 0},), 0, "now"))
    turn = make_turn("/trace")
    ctx = CommandContext(turn.incoming, PersonKey(1), 7, "", notify)
    assert "t1: math" in (await command.handler(ctx)).text
    other = CommandContext(turn.incoming, PersonKey(2), 7, "", notify)
    assert "no plan" in (await command.handler(other)).text


async def test_sqlite_trace_store(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    migrate(conn)
    migrate(conn)

    async def run(fn: Callable[[sqlite3.Connection], T]) -> T:
        result = fn(conn)
        conn.commit()
        return result
    store = SqliteTraceStore(run, keep=2)
    for i in range(3):
        await store.save(TraceRecord(f"t{i}", 1, 7, {"subtasks": []}, (), i, "now"))
    last = await store.last(PersonKey(1))
    assert last is not None and last.turn_id == "t2"
    assert await store.last(PersonKey(2)) is None
    assert conn.execute("SELECT count(*) FROM agents_traces").fetchone()[0] == 2
    conn.close()


async def test_memory_agent_uses_the_recall_hook(pool: WorkerPool) -> None:
    asked: list[tuple[PersonKey, str]] = []

    async def recall(person: PersonKey, query: str, scope: int | None = None) -> list[str]:
        asked.append((person, query))
        return ["Their sister is called Ana."]
    skill = AgentsSkill(pool, recall=recall)
    events = await reply(skill, make_turn("do you remember my sister's name?", person=3))
    assert "Ana" in final(events).text
    assert asked and asked[0][0] == PersonKey(3)


async def test_a_side_question_is_answered_by_the_model(pool: WorkerPool) -> None:
    skill = AgentsSkill(pool)
    turn = make_turn("convert 5 miles to km, and who wrote Hamlet?")
    text = final(await reply(skill, turn)).text
    assert "8.05 km" in text and "chat reply" in text
    asked = [m.content for r in turn.backend.requests for m in r.messages  # type: ignore[attr-defined]
             if m.role == "user"]
    assert any("who wrote Hamlet?" in a for a in asked)
    assert not any("5 miles" in a for a in asked if "Results:" not in a)


async def test_a_chart_is_announced_and_solved_values_are_used(pool: WorkerPool) -> None:
    skill = AgentsSkill(pool)
    charted = final(await reply(skill, make_turn("graph my weights 71, 70.5, 70 and 69.2, "
                                                 "what's the average?", turn_id="t-c1"))).text
    assert "Here is the chart of" in charted and "mean **70.17**" in charted
    solved = final(await reply(skill, make_turn("solve 5x - 2 = 13. then find x^2 + 1 "
                                                "with that x", turn_id="t-c2"))).text
    assert "x = 3" in solved and "**10**" in solved
