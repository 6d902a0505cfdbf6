"""The cost of fuel or electricity for a trip or between two meter readings, the time a
faster speed saves and the yearly difference between an hourly and a yearly pay — in
wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("Heading 250 km to the lake. The van does 8 l/100 km and fuel is $1.90 a litre. Fuel cost?",
     "$38.00 (20 litres)"),
    ("the EV does 18 kWh per 100 miles; power costs 30p per kWh. how much for 250 miles?",
     "£13.50 (45 kWh)"),
    ("electricity meter reading went from 12000 to 12350 kWh, price 0.28 per kWh - how much "
     "is the bill?", "98.00 (350 kWh)"),
    ("walking 5 km at 6 km/h rather than 4 km/h, how many minutes quicker?",
     "25 minutes saved"),
    ("30 miles at 60 mph vs 45 mph - how much time do I save?", "10 minutes saved"),
    ("I make $25 an hour, 35 hours a week. A salaried job pays $50,000 a year. What's the "
     "difference?", "$4,500.00 a year more with the second ($45,500.00 against $50,000.00)"),
])
def test_costs_of_use_and_differences(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
