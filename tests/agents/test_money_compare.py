"""Allowances over the days left, average prices, trades, price changes, pack savings,
exchange rates, uneven shares, pieces each, two kinds from a total, expected values and
ages — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    ("my budget is 500 for the month, I've spent 320 and there are 12 days left. how much can "
     "I spend a day?", "15.00 a day"),
    ("bought 3 litres at 2.10 per litre and 5 litres at 1.90 per litre; what's the average "
     "cost per litre?", "1.98 per litre"),
    ("I purchased 50 shares for $20 each and sold them all for $18 each. what was my loss?",
     "$100.00"),
    ("gas went up from 3.20 to 3.45 a gallon. I buy 15 gallons a week - how much more per "
     "week?", "3.75 more"),
    ("a pack of 6 eggs is 1.50, a pack of 12 eggs is 2.70. how much cheaper per egg is the "
     "big one?", "0.025 per egg (the pack of 12 is cheaper per egg)"),
    ("I changed 200 pounds into 232 euros. how many euros per pound is that?",
     "1.16 euros per pound"),
    ("we're 5 friends sharing a 250 taxi, I pay 10 less than each of the others. what do the "
     "others pay?", "the others pay 52.00 each; you pay 42.00"),
    ("10 bags of 12 sweets between 7 kids, how many sweets does each get?",
     "17 sweets each, with 1 left over"),
    ("student tickets cost 4 and adult tickets 9; 120 tickets were sold, takings of 780. how "
     "many of each?", "60 student and 60 adult (60 × 4.00 + 60 × 9.00 = 780.00)"),
    ("a coin game: 1/4 chance to win 10, otherwise you lose 2. what's the expected value?",
     "1 per game on average"),
    ("the cabin was 600; Ann stayed 2 nights and Ben stayed 4. split it by nights - what "
     "does each pay?", "Ann: 200.00; Ben: 400.00"),
    ("5 years ago a father was 7 times as old as his daughter; now he is 4 times as old as "
     "her. How old are they?", "the daughter is 10 and the father is 40"),
    ("Tom is three times as old as his sister. In 5 years he will be twice as old as her. how "
     "old is each now?", "the sister is 5 and Tom is 15"),
])
def test_two_amounts_compared_or_shared(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)


@pytest.mark.parametrize(("text", "shown"), [
    ("gym one costs 25 a month, gym two costs 19 a month. over 12 months how much do I save "
     "with the cheaper?", "Gym 1: 300.00; Gym 2: 228.00; Gym 2 saves 72.00"),
    ("my salary of 42,000 rises by 3%; how much more is that and what's the new salary?",
     "up by 1,260, to 43,260"),
    ("putting aside £40 a week for a £500 bike - how many weeks until I can buy it, and how "
     "much will I have saved by then?", "13 weeks, with £520.00 saved by then"),
    ("Mia is 3 times as old as her brother; their ages total 24. how old are they?",
     "the brother is 6 and Mia is 18"),
])
def test_two_figures_asked_at_once(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
