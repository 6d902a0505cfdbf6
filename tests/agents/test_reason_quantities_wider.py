"""The quantity reasoner on terse everyday shapes: a rate per named thing ("0.05 kcal per
stroke"), an answer unit after a dash ("- bpm?", "- litres needed (2 dp)?"), network speeds
in bits, a side "A by B metres", a time written in two units, things bought whole (rounded
up) and a product written out to "= ?"."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.agents.reason_fallback import reasoned
from core.agents.wording import expand
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

CONTEXT = AgentContext(PersonKey(1))

READS = [
    ("48 heartbeats in 20 seconds - bpm?", "48 / 20 * 60", "bpm"),
    ("2400 strokes × 0.05 kcal per stroke = ?", "2400 * 0.05", "kcal"),
    ("If each lap burns 12 kcal, how many kcal for 15 laps?", "12 * 15", "kcal"),
    ("30 GB allowance, streaming eats 1.2 GB/h - hours of films I can watch (2 dp)?", "30 / 1.2",
     "hours"),
    ("Sending 600 MB in 5 minutes - what speed in Mbps do I need? (8 bits per byte) 2 dp",
     "600 / 5 * (2/15)", "mbps"),
    ("top-dressing at 40 g/m2 on a 12 by 9 metre lawn - kg needed (2 dp)?",
     "40 * 12 * 9 * 0.001", "kg"),
    ("20 sq m patio, slabs sold 0.72 m2 per pack - packs needed?", "ceiling(20 / 0.72)",
     "packs"),
    ("a 96 bpm song, 3 min 45 s long - total beats (rounded)?", "96 * 3.75", "beats"),
    ("900 litres of diesel, 32 L/day use - days remaining (1 dp)?", "900 / 32", "days"),
]


@pytest.mark.parametrize(("text", "expression", "unit"), READS, ids=lambda v: v[:30])
def test_terse_shapes_are_read(text: str, expression: str, unit: str) -> None:
    found = reasoned(expand(text).lower())
    assert found is not None and (found.expression, found.unit) == (expression, unit), found


def test_a_change_written_with_an_arrow_shares_its_unit() -> None:
    found = reasoned(expand("resting pulse 88 -> 72 bpm, % change (1 dp)?").lower())
    assert found is not None and (found.expression, found.unit, found.places) == (
        "(72 - 88) / 88 * 100", "%", 1)


def test_a_formula_name_written_after_the_number_binds_it() -> None:
    found = reasoned(expand("I soaked 40 g dried beans. If cooked = dried × 2.5, how many grams "
                            "of cooked beans?").lower())
    assert found is not None and found.expression == "(40) * 2.5"


def test_rounded_asks_for_a_whole_number() -> None:
    found = reasoned(expand("a 96 bpm song, 3 min 45 s long - total beats (rounded)?").lower())
    assert found is not None and found.places == 0


@pytest.mark.parametrize("text", [
    "3 apples × 4 = ?",  # no unit left to answer in
    "5 kg × 2 m = ?",
    "12 people share - dinner needed?",
])
def test_unreadable_shapes_stay_unanswered(text: str) -> None:
    assert reasoned(expand(text).lower()) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("36 heartbeats in 15 seconds - bpm?", "144 bpm"),
    ("15 sq m floor, tiles sold 1.2 m2 per box - boxes needed (whole boxes)?", "13 boxes"),
])
@pytest.mark.asyncio(loop_scope="module")
async def test_answers(pool: WorkerPool, text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)
