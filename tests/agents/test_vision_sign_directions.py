"""What a direction sign points to and where, and an order date written with its month name."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text


@pytest.mark.parametrize(("sign", "question", "shown"), [
    ("CAFETERIA\nLEVEL 3", "where does this sign point people, and to which level?",
     "**CAFETERIA**, which is on **LEVEL 3**"),
    ("TOILETS\nBASEMENT", "where are the toilets according to this?",
     "**TOILETS**, which is on **BASEMENT**"),
])
def test_directions(sign: str, question: str, shown: str) -> None:
    assert shown in answer_from_text(question, sign).text


PAGE = "Past purchases\nOrder #5120\nDate: 2026-11-04\nStatus: delivered"


@pytest.mark.parametrize("question", [
    "when was this ordered? give me the date with the month name",
    "what's the complete order date incl. the year, month as a word please",
    "write out the date of this order",
    "the full order date, please, with the month name",
])
def test_date_with_month_name(question: str) -> None:
    assert "4 November 2026" in answer_from_text(question, PAGE).text


def test_a_weekday_stands_apart_from_the_day_number() -> None:
    text = answer_from_text("it should come 4 days after the order, which weekday is that?",
                            PAGE).text
    assert "Sunday," in text and "Sunday 8" not in text
