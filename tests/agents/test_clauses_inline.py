"""Asks numbered inside one line after the facts they share: each is read with the facts."""

from __future__ import annotations

from core.agents.clauses import split
from core.agents.clauses_inline import inline_list
from core.agents.intents import Context


def test_numbered_asks_are_laid_out_under_their_facts() -> None:
    text = "For g(x) = 3x^2 + 2x: 1. its slope at x = 3 2. its integral from 1 to 2"
    assert inline_list(text) == ("For g(x) = 3x^2 + 2x:\n1) its slope at x = 3\n"
                                 "2) its integral from 1 to 2")


def test_each_numbered_ask_carries_the_facts() -> None:
    parts = split("Three checks on g(x) = 5x^3 - x: 1) the slope at x = 1 2) the integral "
                  "from 0 to 2", Context())
    assert [p.request for p in parts] == [
        "Three checks on g(x) = 5x^3 - x: the slope at x = 1",
        "Three checks on g(x) = 5x^3 - x: the integral from 0 to 2"]
    assert all(p.intent.agent == "math" and p.intent.complete for p in parts)


def test_a_sentence_ending_in_a_number_is_no_marker() -> None:
    laid = inline_list("Sums for me: 1. the speed is 3 m/s over 2. 2. the product of 6 and 7")
    assert laid is not None and laid.endswith("\n2) the product of 6 and 7")


def test_no_list_or_no_facts_is_left_alone() -> None:
    for text in ("1) 15% of 80 2) 12 km in miles", "what is 1.5 + 2.5?",
                 "pay 1) rent", "step 1. mix 2 eggs"):
        assert inline_list(text) is None
