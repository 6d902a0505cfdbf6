"""A quantity asked on its own that the next words carry on from is answered too, not only
the end of the chain."""

from __future__ import annotations

from core.agents.clauses import split
from core.agents.intents import Context


def test_a_conversion_then_that_in_another_unit_keeps_the_first() -> None:
    parts = split("convert 50 °C to fahrenheit and then that to rankine", Context())
    assert parts[0].text == "convert 50 °C to fahrenheit"
    assert len(parts) == 2 and all(p.intent.complete for p in parts)


def test_a_question_carried_on_keeps_its_own_answer() -> None:
    parts = split("How many km is 30 miles using 1.609? And at 12 km/h, how many hours would the "
                  "ride take?", Context())
    assert parts[0].text == "How many km is 30 miles using 1.609?"
    assert len(parts) == 2 and parts[1].text.endswith("how many hours would the ride take?")


def test_a_price_per_unit_of_the_result_is_a_step_on_it() -> None:
    parts = split("A 900 W kettle runs 2 hours a day. What's the kWh per day? and what does "
                  "that cost at $0.31 per kWh", Context())
    assert parts[1].intent.agent == "math" and parts[1].intent.backref


def test_one_ask_with_its_details_stays_one() -> None:
    parts = split("what is my BMI? I'm 80 kg and 1.8 m", Context())
    assert len(parts) == 1


def test_a_calculation_carried_on_is_not_asked_twice() -> None:
    parts = split("if 3 of them are 9.60 euros, price for 7? then convert that to USD (1.1)",
                  Context())
    assert len(parts) == 1
