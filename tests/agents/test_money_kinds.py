"""Money questions read by the role of each amount: a price stated without its tax, a tip
asked on its own, pay from a salary, savings, shares in a ratio and weighted marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.agents.intents import classify
from core.agents.mathtext import find_math
from core.agents.words_reckon import reckon
from core.tools.mathparse import build, normalise


def _value(text: str, previous: bool = False) -> Decimal:
    call = find_math(text, previous)
    assert call is not None, text
    expression = call.expression.replace("ANS", "(100)")
    return round(Decimal(str(build(normalise(expression)).evalf(30))), 4)


@pytest.mark.parametrize(("text", "expected"), [
    # the amount stated is the one before tax: the tax goes on top
    ("the quote says 640 ex VAT. with 20% VAT on top what do we pay?", "768"),
    ("net price 80, add 20% VAT - gross?", "96"),
    ("room is 150 a night before 12% tax; what is it with tax?", "168"),
    ("pre-tax price 45, tax 10%, what is it after tax?", "49.5"),
    ("the quote is 2,400 excl. VAT. how much is the VAT at 20%?", "480"),
    ("The price is 59.99 excl. VAT. What's it incl. 19% VAT?", "71.3881"),
    ("Net amount: 450. VAT 20%. Gross amount?", "540"),
    # the price with tax included: the tax comes out
    ("paid 236 including 18% GST, what was it before tax?", "200"),
    ("how much is 110 without 10% GST?", "100"),
    # the tax named after its rate or in brackets
    ("my quote is £850 + VAT (20%). What will the final bill be?", "1020"),
    ("price excluding GST is 40, GST is 10%, what is the price including GST?", "44"),
])
def test_tax_on_top_or_taken_out(text: str, expected: str) -> None:
    assert _value(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the tip itself, after a total read or worked out before
    ("how much would a 15% tip be?", "15"),
    ("what would the tip be at 20%?", "20"),
    ("how big is a 12% tip?", "12"),
    ("how much should we tip at 18%?", "18"),
    ("the tip at 10%?", "10"),
    # the total with the tip
    ("and with a 10% tip, the total?", "110"),
    ("how much is the total with a 15% tip?", "115"),
])
def test_tip_alone_or_with_the_total(text: str, expected: str) -> None:
    assert _value(text, previous=True) == Decimal(expected)


@pytest.mark.parametrize(("text", "shown"), [
    # pay over another period, from the hours worked
    ("I make 45000 a year working 40 hours a week, what's my hourly rate?", "21.63 an hour"),
    ("annual salary £52,000, 37.5 hrs/week - hourly?", "£26.67 an hour"),
    ("how much per hour is 60,000 a year at 40 hours a week?", "28.85 an hour"),
    ("paid 18 an hour, 40 hours a week, what's that a year?", "37,440.00 a year"),
    ("I get $22.50 per hour and do 30 hours a week. how much is that monthly?",
     "$2,925.00 a month"),
    ("my salary is 3,000 a month and I work 8 hours a day, 5 days a week. per hour?",
     "17.31 an hour"),
    ("on 48k a year with a 40-hour week and 4 weeks off, what do I make an hour?",
     "25.00 an hour"),
    ("earning 70,000 annually, 40 hrs a week: what is it hourly and weekly?",
     "33.65 an hour and 1,346.15 a week"),
    ("I'm on 32k, 37.5 hour weeks, what's my hourly rate?", "16.41 an hour"),
    ("what's my hourly wage if I make 2,500 a month working 160 hours a month?",
     "15.63 an hour"),
    ("£24,000 per annum, 40 hrs p/w, hourly?", "£11.54 an hour"),
    ("What's 55k/yr at 40 hrs/wk in hourly terms?", "26.44 an hour"),
    # how long saving takes, whole periods rounded up
    ("how long to save 3000 at 250 a month?", "12 months"),
    ("putting away 75 a week, how many weeks to reach 1,000?", "14 weeks"),
    ("I have 500 already and need 3,000; saving 200 a month, how many months?", "13 months"),
    ("saving £150 monthly, when will I have £2,000?", "14 months"),
    ("How many months will it take me to save up 5,000 if I put 350 into savings each month?",
     "15 months"),
    ("I have 1,200 saved and want 5,000. If I add 300 each month, when will I reach it?",
     "13 months"),
    ("I want to buy a 900 bike, I save 60 a week. how many weeks?", "15 weeks"),
    # progress towards a goal
    ("my goal is 10,000 and I have 3,200 saved, what percentage of my goal is that?",
     "32% of the way (6,800.00 to go)"),
    ("I've raised 750 of my 2,000 target, what percent have I reached?", "37.5% of the way"),
    ("target 800, saved 620 so far - how far along am I in percent?", "77.5% of the way"),
    ("I'm saving for a 1,200 bike and have 450, how much more do I need?", "750.00"),
    ("we've raised £3,250 towards our £5,000 target. what percentage is that?", "65%"),
    ("Goal: 2,500. Saved: 1,875. Percent complete?", "75%"),
    ("I need 8,000 for a deposit and I've put away 5,200. How close am I, as a percentage?",
     "65%"),
    # shares in a ratio
    ("divide 900 in the ratio 2:3:4, what is each part?", "200, 300 and 400"),
    ("share £1,200 between Ann and Ben in the ratio 3 to 1, how much each?",
     "Ann £900.00 and Ben £300.00"),
    ("we split the 500 profit 3:2, what does each of us get?", "300 and 200"),
    ("the ratio is 5:3 - split 640 accordingly, how much is each part?", "400 and 240"),
    ("Three friends share 1,200 in the ratio 2:3:5. How much does each get?",
     "240, 360 and 600"),
    ("If 72 sweets are shared 5:3, how many does each get?", "45 and 27"),
    # one share a multiple of the other
    ("split 120 so that Ann gets twice as much as Ben, how much each?", "Ann 80 and Ben 40"),
    ("share £90 so Tom gets half as much as Jo - how much does each get?",
     "Tom £30.00 and Jo £60.00"),
    ("divide 500 between two sons so the older gets 3 times as much as the younger. how much "
     "does each get?", "Older 375 and Younger 125"),
    # a weighted mark, the weights and scores paired by what they are for
    ("homework is worth 30%, tests 70%; I have 90 in homework and 75 in tests, what's my "
     "final grade?", "79.5"),
    ("I scored 72 in the exam and 88 in the coursework. The exam is weighted 60% and "
     "coursework 40%. Overall?", "78.4"),
    ("midterm 30%, final 50%, labs 20%. midterm 68, final 74, labs 95 - what's my course "
     "grade?", "76.4"),
    ("my assignments are 40% of the grade and I have 82, the final exam is 60% and I got 71. "
     "what's my grade?", "75.4"),
    ("Quiz average 88 (20% of grade), midterm 74 (30%), final 81 (50%). Final grade?", "80.3"),
])
def test_money_reckoned(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown().startswith(shown)
    assert classify(text).agent == "health"  # worked out and shown with its name


@pytest.mark.parametrize("text", [
    "I earn 3,000 a month and love my job",
    "we split the bill 3:2 last night, it was fun",
    "meet at 10:30 and split the bill",
    "the exam counts 50% and I got 85, yay",
    "I save 200 a month",
])
def test_money_statements_are_not_reckoned(text: str) -> None:
    assert reckon(text) is None


@pytest.mark.parametrize(("text", "shown"), [
    # a bill with a tip shared out: every figure asked
    ("dinner came to 120, add a 15% tip. what's the tip, the total, and what does each of us "
     "pay if there are 4 of us?", "tip 18.00, total 138.00 and 34.50 each"),
    ("the check is 86.40 - with a 20% tip what is the total and how much is that per person "
     "for 3 people?", "total 103.68 and 34.56 each"),
    ("bill was €64, 10% service; how much is the service and what do we pay in total?",
     "service €6.40 and total €70.40"),
    # interest and what the amount grows to, both asked
    ("5,000 at 4% compounded monthly for 3 years: final balance and total interest?",
     "5,636.36, of which 636.36 is interest"),
    ("borrowed 2,000 at 5% simple interest for 18 months - how much interest and how much do "
     "I owe in total?", "2,150.00, of which 150.00 is interest"),
    ("£1,000 saved at 3% a year compounded annually, what is it worth after 2 years and how "
     "much is interest?", "£1,060.90, of which £60.90 is interest"),
    ("loan of 10,000 at 6% simple interest over 4 years: total repayable and interest?",
     "12,400.00, of which 2,400.00 is interest"),
    ("Our dinner was $156 for 4 people. With an 18% tip, how much is the tip and what does "
     "each person owe?", "tip $28.08 and $46.02 each"),
    ("what's a 20% tip on $85 and what's the total?", "tip $17.00 and total $102.00"),
    ("We're 4 at dinner, the bill is €96 and we tip 12%. What's the tip? How much does each "
     "person pay?", "tip €11.52 and €26.88 each"),
    ("there were 6 of us, the check came to 210 and we left 15%. how much was the tip and "
     "what did each of us pay?", "tip 31.50 and 40.25 each"),
])
def test_every_figure_asked(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize("text", [
    "the bill is 120 plus 8% tax, what's the total?",
    "dinner was 64.50, add a 15% tip and split it three ways, how much each?",
])
def test_one_figure_stays_with_the_single_readers(text: str) -> None:
    assert reckon(text) is None
    assert find_math(text) is not None


@pytest.mark.parametrize(("text", "unit"), [
    ("rent's £2,350 a month. how much is that per year?", "GBP"),
    ("the invoice is 177.18 EUR before VAT; with 20% VAT added, what's the total?", "EUR"),
    ("my phone plan is 25 euros a month, how much a year?", "EUR"),
    ("my bill is 120 a month, how much per year?", ""),
])
def test_a_money_answer_keeps_its_currency(text: str, unit: str) -> None:
    call = find_math(text)
    assert call is not None and call.money and call.unit == unit


@pytest.mark.parametrize(("text", "shown"), [
    # a loan repaid in equal monthly instalments
    ("what's the monthly payment on a 200,000 mortgage at 4% over 25 years?",
     "1,055.67 a month"),
    ("I borrow 15,000 for 5 years at 6.9% APR, what are the monthly repayments?",
     "296.31 a month"),
    ("car loan of 20k at 5% for 60 months, how much per month?", "377.42 a month"),
    # pay from hours a day and days a week
    ("if I work 7.5 hours a day, 5 days a week at 25 an hour, how much a month?",
     "4,062.50 a month"),
])
def test_loans_and_pay(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown().startswith(shown)


@pytest.mark.parametrize(("text", "expected"), [
    # pay after income tax, or the tax on it
    ("gross salary 50,000, tax 20%, what's my net pay?", "40000"),
    ("I earn 3,000 a month before tax and pay 22% tax, what's my take-home?", "2340"),
    ("how much tax do I pay on a salary of 45,000 at 20%?", "9000"),
    ("my bonus is 2,000 but it gets taxed at 40%, how much will I actually get?", "1200"),
    ("net pay is 2,400 after 20% tax, what was the gross?", "3000"),
    # compound interest added monthly or quarterly
    ("1000 at 6% compounded quarterly, worth after 5 years?", "1346.855"),
    ("How much interest do I pay on a 5,000 loan at 7% for 3 years compounded monthly?",
     "1164.6279"),
])
def test_pay_after_tax_and_compounding(text: str, expected: str) -> None:
    assert _value(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fee, commission, deposit or cashback at a rate on an amount
    ("how much commission do I get at 5% on 12,000 of sales?", "600"),
    ("I sold a house for 350,000 and the agent takes 1.5%, how much is the fee?", "5250"),
    ("a 10% deposit on a 250,000 house is how much?", "25000"),
    ("I get 2% cashback on 1,340 of spending, how much back?", "26.8"),
])
def test_a_cut_at_a_rate(text: str, expected: str) -> None:
    assert _value(text) == Decimal(expected)
