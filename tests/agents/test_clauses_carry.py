"""A later piece about the one number the ask before it writes in another form."""

from __future__ import annotations

from core.agents.clauses import split
from core.agents.intents import Context


def _parts(text: str) -> list[tuple[str, str]]:
    return [(p.intent.agent, p.request) for p in split(text, Context())]


def test_the_same_number_in_a_second_base() -> None:
    assert _parts("what is 77 in octal, and in base 6?") == [
        ("math", "what is 77 in octal"), ("math", "convert 77 to base 6")]


def test_the_same_number_as_a_second_form() -> None:
    assert _parts("write 0.625 as a fraction and as a percentage") == [
        ("math", "write 0.625 as a fraction"), ("math", "convert 0.625 to a percentage")]


def test_a_result_is_not_taken_for_the_number() -> None:
    got = _parts("what's the square root of 2209 and is it prime?")
    assert all("is 2209 prime" not in request for _, request in got)


def test_a_quantity_keeps_its_unit() -> None:
    assert ("units", "convert 8 km to miles") in _parts("convert 8 km to miles and to feet")


def test_an_embedded_question_on_the_number() -> None:
    assert _parts("factorise 7560, then tell me how many divisors it has") == [
        ("math", "factorise 7560"), ("math", "how many divisors does 7560 have")]
