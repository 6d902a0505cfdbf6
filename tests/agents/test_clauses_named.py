"""A function defined in the message and asked about later by its bare name."""

from __future__ import annotations

from core.agents.clauses import split
from core.agents.clauses_named import named_written_out
from core.agents.intents import Context


def test_bare_name_after_the_definition_is_written_out() -> None:
    text = "q(x) = 3x^2 - 12. What's q(5)? Also integrate q between 1 and 2."
    assert named_written_out(text) == (
        "q(x) = 3x^2 - 12. What's q(5)? Also integrate (3x^2 - 12) between 1 and 2.")


def test_a_later_ask_by_name_is_a_part_of_its_own() -> None:
    parts = split("h(x) = x^3 - 7x + 6. Evaluate h(3), then find every root of h.", Context())
    assert [p.request for p in parts][-1] == "find every root of (x^3 - 7x + 6)."
    assert all(p.intent.agent == "math" and p.intent.complete for p in parts)
    assert len(parts) == 2


def test_no_definition_or_no_function_leaves_the_text() -> None:
    for text in ("the area of a 4 m by 5 m floor, f stop 2.8", "k(x) = 9. and then k?",
                 "a(x) = x + 1, is a bigger?", "f(x) = x^2 + 1 at 70 f, what is f(2)?"):
        assert named_written_out(text) == text


def test_a_plot_of_the_named_function_keeps_its_name() -> None:
    text = "the lowest value of k(x) = x^2 - 4x + 9, and a graph of k please"
    assert named_written_out(text) == text


def test_an_inverse_keeps_its_name() -> None:
    text = "m(x) = 5x - 2. find m^-1(13)"
    assert named_written_out(text) == text
