"""Marks on several papers put together: all the points scored over all the points
possible, as a percentage."""

from __future__ import annotations

import pytest

from core.agents.mathtext import find_math


@pytest.mark.parametrize(("text", "expected"), [
    ("I got 40/50 on the first test and 27/30 on the second. What's my combined percentage?",
     "100*(40 + 27)/(50 + 30)"),
    ("Scored 12 out of 15 on quiz A, 33 out of 40 on quiz B and 9 out of 10 on quiz C - "
     "overall score as a percentage?", "100*(12 + 33 + 9)/(15 + 40 + 10)"),
])
def test_overall_percentage_of_several_marks(text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expected and call.unit == "%", (text, call)


def test_one_mark_is_not_combined() -> None:
    call = find_math("I got 40/50 on the test. What percentage is that?")
    assert call is None or "+" not in call.expression
