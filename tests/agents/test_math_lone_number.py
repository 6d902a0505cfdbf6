"""One number with a rounding or a form asked is a maths ask only when the number is the
whole ask ("what is 7.456 to 1 dp"), not a figure inside another question."""

from __future__ import annotations

import pytest

from core.agents.mathtext import find_math


@pytest.mark.parametrize("text", [
    "what is 2.71828 to 3 decimal places",
    "round 19.996 to 2 dp",
    "write 0.00071 in standard form",
])
def test_the_number_is_the_ask(text: str) -> None:
    assert find_math(text) is not None, text


@pytest.mark.parametrize("text", [
    "what's the predicted value for month 13? 1 decimal",
    "how many visitors do we expect on day 30, to 2 dp?",
])
def test_a_figure_inside_another_question(text: str) -> None:
    assert find_math(text) is None, text
