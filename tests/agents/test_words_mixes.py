"""Sums and mixes in words (wordings of my own, not a measured round's)."""

from __future__ import annotations

import pytest

from core.agents.words_mixes import mixes


@pytest.mark.parametrize(("text", "shown"), [
    ("3 eggs (70 kcal each) and 2 toasts (90 kcal): how many kcal in total?", "390 kcal"),
    ("cordial is 1 part to 4 parts water, how much cordial for 1 l?", "200 ml of cordial"),
    ("mix 2 parts vinegar to 3 parts oil, 500 ml total - how much oil?", "300 ml of oil"),
    ("a 5% brine with 2 litres of water, how many grams of salt?", "100 g"),
    ("how many standard drinks is 330 ml at 5%?", "0.93 standard drinks"),
    ("E cylinder at 2000 psi, factor 0.28, residual 200 psi, 4 l/min: minutes left?",
     "126 minutes"),
    ("100 m3 of gas, calorific value 39 mj/m3, in kwh?", "1,107.86 kWh"),
])
def test_mixes(text: str, shown: str) -> None:
    found = mixes(text)
    assert found is not None
    assert shown in found.shown


def test_a_list_of_counted_things_without_amounts_is_no_sum() -> None:
    assert mixes("I have 2 cats and 3 dogs, how many pets?") is None


@pytest.mark.parametrize(("text", "shown"), [
    ("95 fans are travelling and each minibus takes 16. how many minibuses do we need?",
     "6 minibuses"),
    ("200 guests, tables of 10 - how many tables?", "20 tables"),
    ("50 cupcakes and boxes hold 6 each, how many boxes can we fill completely?", "8 boxes"),
])
def test_capacity(text: str, shown: str) -> None:
    found = mixes(text)
    assert found is not None
    assert found.shown == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("target is 8,000 steps and I'm on 5,500. my stride is 0.8 m - how many km left?", "2 km"),
    ("done 3000 steps, goal 9000, I do 100 steps a minute: how many more minutes?",
     "60 minutes"),
])
def test_steps_left(text: str, shown: str) -> None:
    found = mixes(text)
    assert found is not None
    assert found.shown == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("we have 30 L of water and 4 people drinking 2.5 L each a day, how many days will it last?",
     "3 days"),
    ("the dog gets 2 pouches a day, how long will a box of 48 last?", "24 days"),
])
def test_supply_for_a_group(text: str, shown: str) -> None:
    found = mixes(text)
    assert found is not None
    assert found.shown == shown


def test_drops_in_each_eye() -> None:
    found = mixes("a 5 ml bottle with 20 drops per ml; 2 drops in each eye once a day - how many "
                  "full days will it last?")
    assert found is not None
    assert found.shown == "25 full days"
