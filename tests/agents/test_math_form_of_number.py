"""A form asked of the one number in a longer sentence ("… as a fraction in its lowest
terms, please") is still the ask."""

from __future__ import annotations

from core.agents.mathtext import parse_math


def test_a_form_asked_in_many_words() -> None:
    call = parse_math("could you write 0.36 as a fraction in its lowest terms please")
    assert (call.expression, call.show) == ("0.36", "fraction")
