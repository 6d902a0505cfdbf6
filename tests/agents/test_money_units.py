"""An amount bought at a price per unit (part of a capacity, shared out), a price per
another unit and each pack's price per a standard amount — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("we burned 40 litres of petrol at €1.80 a litre, shared between 4 - what's each share?",
     "€18.00 each (of €72.00)"),
    ("my tank is 60 litres and a quarter full; diesel costs 1.52/litre. how much to fill up?",
     "68.40 (45 litres)"),
    ("battery is 60 kWh. charging it from 20% to 80% at $0.30 per kWh costs what?",
     "$10.80 (36 kWh)"),
])
def test_an_amount_at_a_unit_price(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "start"), [
    ("petrol is £1.45 a litre, what is that per gallon?", "£6.59 per gallon"),
    ("beef is $6 per lb. how much per kg?", "$13.23 per kg"),
    ("fuel at $4.10 per gallon - per litre?", "$1.08 per litre"),
])
def test_a_price_per_another_unit(text: str, start: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().startswith(start), (text, found)


def test_each_pack_per_a_standard_amount() -> None:
    found = reckon("a 250 g jar is 3.20 and a 1 kg jar is 9.00 - price per 100 g for each?")
    assert found is not None and found.shown().startswith(
        "per 100 g: 250 g: 1.28; 1 kg: 0.90"), found


def test_a_tank_filled_from_empty_is_left_to_the_plain_reader() -> None:
    found = reckon("my tank holds 50 litres and diesel is 1.70 a litre, how much to fill it "
                   "from empty, and what is that in gallons?")
    assert found is None or "(1 − 0)" not in found.basis, found
