"""Prices of a fixed part and a part per item, hour or head; money earned from a rate;
targets, budgets and terms counted in whole things; a mixture split by its ratio — in
wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    # a count at a price plus fees: a fee "each" for every one, another fee once
    ("4 theatre seats at 31.50 plus a 2.25 handling fee each and a 3.10 booking fee, what's "
     "the total?", "138.10"),
    ("the course is $210 per module plus a $95 registration fee. I'm doing 5 modules, total "
     "cost?", "$1,145.00"),
    ("3 museum passes for 12.50 each plus a booking fee of 2, what do I pay?", "39.50"),
    # the hours a bill of a fixed part and a rate paid for
    ("the electrician's call-out fee is 80 and then 45 per hour. the invoice came to 260. how "
     "many hours was he here?", "4 hours"),
    ("a locksmith charges 90 for the visit plus 40 an hour; I paid 150. how many hours?",
     "1.5 hours"),
    # a fixed cost and a cost per head, per person
    ("room hire is 250 and food is 18 a head for 40 people, cost per head?", "24.25"),
    ("hall costs 400 flat, dinner 22.50 per guest, 64 guests - what does each guest cost?",
     "28.75"),
    # money earned from a rate
    ("she earns 0.45 a leaflet and delivered 1200 leaflets, how much did she make?", "540.00"),
    ("my card pays 3% cashback and I spent 842.50 last month. how much cashback?", "25.28"),
    ("I'm paid $18.40 an hour and did 4 shifts of 7.5 hours, what did I earn?", "$552.00"),
    ("12 cleaners, each working 20 hours at 11.40 per hour - what's the total weekly bill?",
     "2,736.00"),
    ("basic salary 1800 plus commission of 3% on sales; sales were 42,000 — what do I earn?",
     "3,060.00"),
    # targets, budgets and terms in whole things
    ("raffle tickets sell for 5 each; we have collected 340 and our target is 1000. how many "
     "more tickets must we sell?", "132 tickets"),
    ("budget of 100, the entry fee is 12 and each ride costs 4.50 - how many rides can I "
     "afford?", "19"),
    ("the sofa costs 1200; deposit of 300, balance over 6 monthly instalments. how much each "
     "month?", "150.00"),
    ("she gets 40 a month and saves 25% of it, how many months to afford a 130 bike?",
     "13 months"),
    ("he gets 12 a week and saves half of it - how many weeks until he can buy a 100 scooter?",
     "17 weeks"),
    ("36 payments of 210.50 - what do I pay back in total?", "7,578.00"),
    ("my monthly streaming costs per year: 9.99, 6.49 and 12.00?", "341.76"),
    ("the pool pass is 120 a season, I used it 16 times. what's that per use?", "7.50"),
    # a budget overspent: the shortfall, signed
    ("my income is 1500; rent 900, bills 400, food 350. what's left over?", "-150.00"),
])
def test_money_worded(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("need 4 litres of paint mixed 3:1 red to white. how much of each?", "red 3 L; white 1 L"),
    ("mix it 2:3, I want 750 ml in total, how much of each?", "300 ml; 450 ml"),
    ("concrete is cement, sand and gravel 1:2:3 — for 12 kg in all, how much of each?",
     "cement 2 kg; sand 4 kg; gravel 6 kg"),
])
def test_mix_parts(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize("text", [
    "the plumber charges 63 for the callout plus 71 an hour",
    "tickets are 45 each plus a booking fee",
    "I spent 978.66 this month",
])
def test_no_money_worded(text: str) -> None:
    assert reckon(text) is None
