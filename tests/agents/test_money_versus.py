"""Money reckoned two ways and the gap, shares in proportion, money coming in, tiered
charges, and totals of repeated amounts — in wordings of their own."""

from __future__ import annotations

import pytest

from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    # compound against simple interest
    ("invest 5000 at 6% for 10 years: difference between compound and simple interest?",
     "954.24"),
    # two discounts in turn against one
    ("a jacket costs 80. 25% off followed by another 10% off, or one 35% off - what's the "
     "difference?", "2.00"),
    # two plans at a stated use
    ("option 1: 15 a month plus 0.10 per minute; option 2: 40 a month. I make 300 minutes a "
     "month, how much do I save with the cheaper one?", "5.00 (plan 2 is cheaper"),
    # an amount at a stated exchange rate, either way round
    ("1 GBP = 1.17 EUR; how many pounds is 500 euros?", "427.35 GBP"),
    ("the rate is 1 EUR = 1.08 USD. how many dollars for 250 euros?", "270.00 USD"),
    # shares in proportion, and the rest after one person's own item
    ("my salary is 30,000 and my husband earns 45,000; we pay the 1,200 rent proportionally to "
     "our incomes. how much do I pay?", "480.00"),
    ("the tips pool of 640 is divided according to hours; I did 12 and the others did 20, 8 "
     "and 10. what's my share?", "153.60"),
    ("dinner came to 240; Ana's cocktail was 16 and only for her, the remainder split between 8 "
     "people. how much each?", "28.00 each (Ana pays 44.00)"),
    ("the rent is 1500; my bedroom is 12 m2 and my housemate's is 18 m2. we share it by floor "
     "area - how much does each pay?", "you 600.00; the other 900.00"),
    # money coming in
    ("she holds 1,200 shares; the dividend is 0.40 per share a month. income per year?",
     "5,760.00"),
    ("200 subscribers at 12 a month; we put the price up 25% and lose 10% of them. new "
     "revenue?", "2,700.00"),
    ("a tray of 24 brownies costs 15 to make and they sell for 1.50 each, what profit?",
     "21.00"),
    ("tickets are 5 each, 500 tickets sold and a prize of 1000. what's the expected value of "
     "one ticket?", "-3.00"),
    # tiered charges and tax bands
    ("electricity is 0.20 per kWh for the first 100 kWh, 0.25 per kWh for the next 200 kWh and "
     "0.32 per kWh above that. I used 420 kWh, what's my bill?", "108.40"),
    ("the first 10,000 is tax free, then 15% up to 40,000 and 30% above that. what's the tax "
     "on 65,000?", "12,000.00"),
    # the cheaper price per item of two packs, a shared commute per person
    ("a 4-pack of batteries for 3.60 or 10 for 7.50 - which is the cheaper price per battery?",
     "0.75 per battery"),
    ("3 colleagues share a car, 30 miles round trip, 4 days a week, running cost 0.45 per "
     "mile. cost per person?", "18.00 each a week"),
    # how many of each of two prices
    ("the fair sold 500 tickets, adults £12, children £5, takings were £4,600 — how many of "
     "each?", "300 adults and 200 children"),
])
def test_money_two_ways(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("each episode lasts 45 minutes and there are 10 episodes, how long in total?",
     "7 hours 30 minutes"),
    ("start with 12 pills on day 1 then 2 fewer each day until none, how many pills "
     "altogether?", "42 pills"),
    ("300 songs of 4 MB each, how many GB?", "1.2 GB"),
    ("a 2.5 year contract: how many weekly payments?", "130 weekly payments"),
    ("I read 50 pages a day and increase by 5% each day, how many pages on day 4?",
     "57.88 pages"),
    ("two cyclists are 45 miles apart and ride towards each other at 12 and 18 mph. when do "
     "they meet?", "1 hour 30 minutes"),
    ("30 people, each drinks about 3 cups of punch, a jug holds 8 cups. how many jugs do I "
     "make?", "12 jugs"),
    ("40 guests, 3 glasses of fizz each, 6 glasses per bottle. how many bottles?", "20 bottles"),
    # at least once, or never, over repeated tries
    ("I have a 1 in 10 chance of winning each game. what's the probability I win at least once "
     "in 4 games?", "0.34"),
    ("a 20% chance of rain each day, what's the chance of no rain at all in 7 days?", "0.21"),
])
def test_repeated_totals(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize(("text", "shown"), [
    ("croissants 1.20 each or 6 for 5.50 - what's the saving if I buy 6?", "1.70"),
    ("I owe 1200 on my credit card at 24% a year. how much interest this month?", "24.00"),
    ("a raffle ticket is 5, 400 tickets sold, one prize of 1000. expected value of one "
     "ticket?", "-2.50"),
])
def test_deals_interest_and_odds(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown), found.shown()


@pytest.mark.parametrize("text", [
    "rough tax guide: first 10,000 tax-free, 25% up to 40,000, 45% above that. tax on 48000?",
    "jeans are $30 each, buy one get one half price. I'm buying 4, what's the total?",
])
def test_statement_words_not_read_as_maths(text: str) -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split(text, Context())
    assert [p.intent.agent for p in parts] == ["health"], [(p.text, p.intent) for p in parts]


@pytest.mark.parametrize("text", [
    "my sister can mow the lawn in 6 hours, I can in 3. How long if we do it together?",
    "a purse holds 30 coins, only nickels and quarters, worth $3.50 altogether. how many of "
    "each?",
])
def test_labelled_maths_stays_maths(text: str) -> None:
    from core.agents.intents import classify

    assert classify(text).agent == "math"


def test_dividend_paid_per_share_each_quarter_is_no_piece_rate() -> None:
    found = reckon("we hold 400 shares and they pay 0.30 per share every quarter. how much in "
                   "dividends over a year?")
    assert found is not None and found.shown().startswith("480.00")
