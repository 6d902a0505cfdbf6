"""A question about a screenshot or a sign that the image readers leave unanswered is worked
out as if typed, with the image's lines written before it; a question that asks for the
image's words still gets them."""

from __future__ import annotations

import asyncio

import pytest

from core.agents.base import AgentContext
from core.agents.plan import Subtask
from core.agents.vision import make_vision_agent
from core.agents.vision_typed import typed_question
from core.messages import PersonKey
from core.tools.ocr import OcrText


def _ask(text: str, question: str) -> str:
    async def read(index: int) -> OcrText:
        return OcrText(text, 90.0)

    async def run() -> str:
        context = AgentContext(PersonKey(1), images=(b"png",), read_image=read)
        agent = make_vision_agent()
        return (await agent(Subtask("t1", "vision", question), context, {})).text

    return asyncio.run(run())


WORKED = [
    ("Laptop\nBattery capacity: 60 Wh\nAverage draw: 12 W\nBrightness: 70%",
     "how long will it run from a full charge at that draw?", "5 hours"),
    ("Recipe\nLamb shoulder\n25 min per 500 g\nplus 25 min",
     "My joint weighs 3 kg. How long does it need in the oven?", "175 minutes"),
    ("Patio Planner\nLength: 3 m\nWidth: 2.5 m\nDepth: 100 mm",
     "how many cubic metres of concrete do I need?", "0.75 m³"),
]


@pytest.mark.parametrize(("text", "question", "expected"), WORKED)
def test_a_screenshots_figures_worked_out_as_a_typed_question(text: str, question: str,
                                                               expected: str) -> None:
    assert f"**{expected}" in _ask(text, question)


def test_the_answer_is_rounded_as_asked() -> None:
    reply = _ask("Fish Tank\nTank: 100 x 40 x 45 cm\nGlass: 6 mm",
                 "how many litres does it hold when full? One decimal.")
    assert "**180.0" in reply or "**180 " in reply


@pytest.mark.parametrize(("text", "question"), [
    ("Parcel\nSize: 30 x 40 x 50 cm\nWeight: 12 kg", "what does the label say?"),
    ("CAR PARK\nLEVEL 3\nEXIT", "what's written on this?"),
])
def test_a_question_for_the_words_still_gets_them(text: str, question: str) -> None:
    reply = _ask(text, question)
    assert "says:" in reply
    assert "BMI" not in reply


def test_the_typed_question_keeps_labelled_lines_and_drops_noise() -> None:
    typed = typed_question("how long?", "ee\nPower\nBattery: 42 Wh\nDraw: 7 W")
    assert typed == "Battery: 42 Wh. Draw: 7 W. how long?"
    assert typed_question("what does it say?", "EXIT\nTHIS WAY") is None
