"""An amount shared out per unit and how many units an amount lasts at a rate — in wordings
of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("she scored 412 goals across 150 matches. goals per match?", "2.75 goals per match"),
    ("what's her goals per match average with 36 goals in 48 matches?", "0.75 goals per match"),
    ("I have $300 to last me 12 days, how much a day is that?", "$25.00 per day"),
    ("the kitty has €1,200, the hotel took 450 of it; we are away 9 days. how much can we "
     "spend each day?", "€83.33 per day"),
    ("my goal is 10,000 steps and I've walked 6,250 so far today; 5 hours left - steps per "
     "hour?", "750 steps per hour"),
    ("we made 3 pizzas costing 4.50, 3.20 and 6.10, and cut 24 slices. cost per slice?",
     "0.58 per slice"),
    ("trip fund of £900; the ferry was 210 and the cottage 480. 7 days away - what can we "
     "spend per day?", "£30.00 per day"),
    ("report is 90 pages long, 27 written, 4 days to the deadline: pages per day to finish?",
     "15.75 pages per day (16 pages per day to be sure)"),
])
def test_an_amount_per_unit(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("a tank holds 60 litres and we use 4 a day - how many days until it's empty?", "15 days"),
    ("the 500 kg of feed goes down by 35 a week. how many whole weeks will it last?",
     "14 weeks"),
    ("laptop battery is at 80% and drains 15% per hour, how long until it's flat?",
     "5.33 hours"),
    ("we've 2,450 boxes in stock and sell roughly 180 a day. how many full days before we run "
     "out?", "13"),
])
def test_how_long_an_amount_lasts(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().startswith(shown), (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("putting 45 by every week for a 1,000 bike - how many weeks until I can afford it?",
     "23 weeks (22.22 weeks ≈ 22.2 weeks, rounded up)"),
    ("I owe my sister 950 and give her back 60 a month. how many months till it's paid off?",
     "16 months (15.83 months ≈ 15.8 months, rounded up)"),
    ("dropped 7.5 kg across 10 weeks; how much a week is that on average?", "0.75 kg per week"),
])
def test_goals_in_whole_units_and_amounts_with_their_unit(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize("text", [
    "if each step burns 0.05 kcal, how many calories do 12,000 steps burn?",
    "simple interest on 5000 at 3% a year for 4 years?",
    "I earn 50,000 a year and work 40 hours a week, what's that per hour?",
])
def test_rates_and_percentages_are_not_shared_out(text: str) -> None:
    found = reckon(text)
    shown = "" if found is None else found.shown()
    assert not any(bad in shown for bad in ("per step", "per year", "1,250.00 per hour")), (
        text, found)


@pytest.mark.parametrize("text", [
    "I have 2 dogs and 3 cats, how are you?",
    "I walk 5 km a day for 3 days, is that good for me?",
    "we meet 3 times a week, what a nice routine",
])
def test_no_share_or_supply_without_its_ask(text: str) -> None:
    assert reckon(text) is None
