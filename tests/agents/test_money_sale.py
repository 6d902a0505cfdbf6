"""A price with a discount (or two), simple interest, change from a note for several things,
whole packs for a crowd and the money left after saving up, each shown to the cent with the
plain working beside it, in wordings the rules were not written from; chat with numbers
stays chat."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown", "plain"), [
    ("a jacket costs 140 and it's 40% off, what do I pay?", "84.00 (saving 56.00)", "= 84"),
    ("tv is 899, reduced by 15%. how much do I save?",
     "you save 134.85 (new price 764.15)", "= 764.15"),
    ("€80 trainers, 25% discount - what's the sale price and how much will I save?",
     "new price €60.00; you save €20.00", "= 60"),
    ("lamp was $120, marked down 50%, and then a further 20% off at checkout. what did I "
     "end up paying?", "$60.00 after 50% off, then $48.00 after a further 20% off (saving "
     "$72.00 in all)", "= 48"),
    ("simple interest on £2,000 at 4% a year over 5 years?", "£400.00", "= 400"),
    ("borrow 5,000 at 6% simple interest for 18 months - total to repay?", "5,450.00",
     "= 5,450"),
    ("how much interest on 800 at 2.5% simple for 6 months?", "10.00", "= 10"),
    ("£15,000 loan, 7% simple interest, 3 years. total interest?", "£3,150.00", "= 3,150"),
    ("$1200 invested at 5% simple interest for 3 years, what is the interest?", "$180.00",
     "= 180"),
    ("borrowed 2,000 at 4% a year simple interest for 18 months. how much do I owe in "
     "total?", "2,120.00", "= 2,120"),
    ("I paid with a 50 note for a 12.40 and a 20.10 shirt, how much change?", "17.50",
     "= 17.5"),
    ("party for 25 kids, 2 cupcakes each, they come 12 to a box. how many boxes?", "5 boxes",
     "rounded up to 5"),
    ("20 guests, 2 sausages per person, 8 sausages in a pack at £3.50 a pack - how many "
     "packs and what will it cost?", "5 packs; the bill £17.50", "5 × 3.5 = 17.5"),
    ("putting away 40 a week for a 510 phone - how many weeks, and what's left over after?",
     "13 weeks, with 10.00 left over", "= 10 over"),
])
def test_sale_interest_change_packs(text: str, shown: str, plain: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown
    assert plain in found.basis


@pytest.mark.parametrize("text", [
    "the shop had 30% off last week and I bought a coat for 80",
    "12 people came, 3 slices each, it was great",
    "I get simple interest of 3% on my savings account",
])
def test_sale_chat_stays_chat(text: str) -> None:
    assert reckon(text) is None
    assert classify(text).agent == "chat" or not classify(text).complete


@pytest.mark.parametrize(("text", "shown"), [
    ("It's 40% off a 75 euro jacket and then an extra 10% at checkout. final price?",
     "€45.00 after 40% off, then €40.50 after a further 10% off (saving €34.50 in all)"),
    ("We're 16 people, 2 burgers each, burgers come in packs of 6 at $7.99. How many packs "
     "and what's the cost?", "6 packs; the bill $47.94"),
    ("simple interest on $3,000 at 4.5% for 2 years", "$270.00"),
])
def test_more_sale_wordings(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


def test_a_money_follow_up_stays_one_ask() -> None:
    from core.agents.clauses import split
    from core.agents.intents import Context

    parts = split("lamp was £80, it's 25% off, and they took another 10% off the sale price. "
                  "what was the sale price and what did I pay?", Context())
    assert len(parts) == 1 and parts[0].intent.agent == "health"


@pytest.mark.parametrize("text", [
    "My average over 5 tests is 63.",
    "after 4 exams my average is 82.",
    "I worked 49 hours this week at $32.70/hr.",
])
def test_told_facts_are_no_data_or_division(text: str) -> None:
    intent = classify(text)
    assert intent.agent == "chat" or not intent.complete
