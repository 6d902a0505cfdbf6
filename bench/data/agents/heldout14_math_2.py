"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part two: percentages,
prices, tips, tax, interest and other money sums."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_math import Made, dec, family, need, whole
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


def cents(rng: random.Random, low: int, high: int) -> F:
    """A price between ``low`` and ``high`` with cents."""
    return F(rng.randint(low * 100, high * 100), 100)


def money(value: F) -> str:
    return f"{float(value):,.2f}"


# --- percentages -----------------------------------------------------------------------

@fam
def n_pct_plain(rng: random.Random) -> Made:  # a percentage of a number
    p, n = rng.randint(3, 95), rng.randint(20, 2000)
    return f"what's {p}% of {n}", [dec(F(p * n, 100))]


@fam
def n_pct_decimal_rate(rng: random.Random) -> Made:  # a fractional percentage
    p, n = F(rng.randint(11, 199), 10), rng.randint(200, 9000)
    need(p.denominator != 1)
    return f"Calculate {float(p)} percent of {n:,}.", [dec(p * n / 100)]


@fam
def n_tip_dinner(rng: random.Random) -> Made:  # a tip on a restaurant bill
    bill, p = cents(rng, 25, 240), rng.choice([15, 18, 20, 22, 25])
    return (f"dinner came to ${money(bill)}. how much is a {p}% tip?", [dec(bill * p / 100)])


@fam
def n_tip_total(rng: random.Random) -> Made:  # the bill with the tip included
    bill, p = cents(rng, 18, 160), rng.choice([10, 12, 15, 18, 20])
    return (f"What do I pay in total if the check is {money(bill)} and I add a {p}% tip?",
            [dec(bill * (100 + p) / 100)])


@fam
def n_tip_split(rng: random.Random) -> Made:  # tip then split among friends
    bill, p, k = cents(rng, 60, 400), rng.choice([15, 18, 20]), rng.randint(3, 8)
    return (f"{k} of us had lunch, bill is {money(bill)}. we're adding {p}% tip and splitting "
            "evenly. what does each person pay?", [dec(bill * (100 + p) / 100 / k)])


@fam
def n_sale_price(rng: random.Random) -> Made:  # a marked-down price
    price, p = rng.randint(20, 400), rng.choice([15, 20, 25, 30, 35, 40, 60, 70])
    return (f"jacket was ${price}, now {p}% off. what do i actually pay?",
            [dec(F(price * (100 - p), 100))])


@fam
def n_double_discount(rng: random.Random) -> Made:  # stacked discounts
    price, p, q = cents(rng, 30, 300), rng.choice([20, 25, 30, 40, 50]), rng.choice([5, 10, 15])
    return (f"The shoes are {money(price)} with {p}% off, and I have a coupon for an extra {q}% "
            "off the sale price. Final price?", [dec(price * (100 - p) * (100 - q) / 10000)])


@fam
def n_sales_tax(rng: random.Random) -> Made:  # price plus sales tax
    price, tax = cents(rng, 5, 900), rng.choice([F(6), F(7), F(825, 100), F(875, 100), F(65, 10)])
    return (f"{money(price)} plus {float(tax):g}% sales tax = ?", [dec(price * (100 + tax) / 100)])


@fam
def n_vat_removed(rng: random.Random) -> Made:  # net price from a VAT-inclusive one
    net, vat = cents(rng, 10, 800), rng.choice([20, 21, 19, 10])
    gross = net * (100 + vat) / 100
    need((gross * 100).denominator == 1)
    return (f"the invoice says £{money(gross)} including {vat}% VAT. what's the amount before VAT?",
            [dec(net)])


@fam
def n_pct_increase(rng: random.Random) -> Made:  # percentage rise in rent
    old = rng.randint(700, 2600)
    new = old + rng.randint(15, 300)
    return (f"My rent went from {old:,} to {new:,} a month. What percentage increase is that?",
            [dec(F(new - old, old) * 100)])


@fam
def n_pct_drop(rng: random.Random) -> Made:  # percentage fall, in a fitness setting
    start = F(rng.randint(700, 1200), 10)
    end = start - F(rng.randint(15, 140), 10)
    return (f"i went from {float(start):g} kg to {float(end):g} kg since january, by what "
            "percent did my weight go down?", [dec((start - end) / start * 100)])


@fam
def n_test_percent(rng: random.Random) -> Made:  # a test score as a percentage
    total = rng.choice([40, 48, 56, 60, 64, 75, 80, 90, 120])
    got = rng.randint(total // 2, total - 1)
    return (f"got {got} out of {total} on my chem test, what's that as a percentage?",
            [dec(F(got * 100, total))])


@fam
def n_raise_before(rng: random.Random) -> Made:  # a salary before a raise
    before, p = rng.randint(280, 900) * 100, rng.choice([4, 5, 8, 10, 12, 15, 20])
    after = F(before * (100 + p), 100)
    need(after.denominator == 1)
    return (f"After a {p}% raise I now earn {int(after):,} a year. What was my salary before?",
            [dec(before)])


@fam
def n_commission(rng: random.Random) -> Made:  # a sales commission
    sales, p = rng.randint(3000, 90000), rng.choice([F(3), F(4), F(5), F(25, 10), F(75, 10)])
    return (f"I get {float(p):g}% commission and sold {sales:,} worth this month. What's my "
            "commission?", [dec(sales * p / 100)])


@fam
def n_markup(rng: random.Random) -> Made:  # a retail price from cost and markup
    cost, p = cents(rng, 2, 150), rng.choice([25, 30, 35, 40, 50, 60, 80, 100])
    return (f"small shop question: I buy an item for {money(cost)} and mark it up {p}%. What "
            "should the shelf price be?", [dec(cost * (100 + p) / 100)])


@fam
def n_margin(rng: random.Random) -> Made:  # profit margin as a percentage of the price
    cost, price = rng.randint(10, 200), rng.randint(12, 300)
    need(price > cost * 1.1)
    return (f"a product costs me {cost} to make and I sell it for {price}. what's my profit "
            "margin in percent?", [dec(F(price - cost, price) * 100)])


@fam
def n_pct_of_pct(rng: random.Random) -> Made:  # a percentage of a percentage
    p, q, n = rng.randint(10, 90), rng.randint(10, 90), rng.randint(100, 5000)
    return f"{p}% of {q}% of {n}", [dec(F(p * q * n, 10000))]


@fam
def n_increase_by(rng: random.Random) -> Made:  # increase a number by a percentage
    n, p = rng.randint(100, 5000), rng.choice([F(125, 10), F(75, 10), F(15), F(35), F(225, 10)])
    return f"increase {n} by {float(p):g}%", [dec(n * (100 + p) / 100)]


@fam
def n_population(rng: random.Random) -> Made:  # compound growth to a whole number
    pop, p, years = rng.randint(8, 90) * 1000, rng.choice([2, 3, 4, 5]), rng.randint(3, 12)
    value = pop * F(100 + p, 100) ** years
    need(abs(value - math.floor(value) - F(1, 2)) > F(1, 100))
    return (f"A town of {pop:,} people grows {p}% a year. About how many people after {years} "
            "years (nearest whole person)?", [whole(round(value))])


@fam
def n_car_value(rng: random.Random) -> Made:  # depreciation
    price, p = rng.randint(12, 60) * 1000, rng.choice([10, 12, 15, 18, 20])
    years = rng.randint(2, 7)
    return (f"we paid {price:,} for the car and it loses {p}% of its value every year. what's it "
            f"worth after {years} years?", [dec(price * F(100 - p, 100) ** years)])


@fam
def n_battery(rng: random.Random) -> Made:  # a phone battery running down
    rate = rng.choice([4, 5, 6, 8, 10, 12])
    left = rate * rng.randint(2, 12) + rng.choice([0, rate // 2])
    hours = F(left, rate)
    return (f"phone's at {left}% and it's dropping about {rate}% an hour. how many hours until "
            "it dies?", [dec(hours)])


# --- interest, loans and investments ---------------------------------------------------

@fam
def n_simple_interest(rng: random.Random) -> Made:  # simple interest earned
    p, r, t = rng.randint(10, 200) * 100, rng.choice([F(2), F(3), F(35, 10), F(4), F(45, 10)]), \
        rng.randint(2, 10)
    return (f"How much interest do I earn on ${p:,} at {float(r):g}% simple interest over {t} "
            "years?", [dec(p * r * t / 100)])


@fam
def n_compound_yearly(rng: random.Random) -> Made:  # compound interest, yearly
    p, r, t = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 7]), rng.randint(3, 15)
    return (f"{p:,} invested at {r}% compounded annually, what's the balance after {t} years?",
            [dec(p * F(100 + r, 100) ** t)])


@fam
def n_compound_monthly(rng: random.Random) -> Made:  # compound interest, monthly
    p, r, t = rng.randint(5, 80) * 100, rng.choice([3, 4, 5, 6]), rng.randint(2, 6)
    value = p * (1 + F(r, 1200)) ** (12 * t)
    return (f"if I put {p:,} in a savings account paying {r}% a year compounded monthly, how "
            f"much will be there after {t} years?", [dec(value)])


@fam
def n_loan_payment(rng: random.Random) -> Made:  # a loan's monthly payment
    p, r, years = rng.randint(5, 60) * 1000, rng.choice([4, 5, 6, 7, 8, 9]), rng.randint(2, 6)
    i, n = r / 1200, years * 12
    pay = p * i / (1 - (1 + i) ** -n)
    return (f"Monthly payment on a {p:,} loan at {r}% APR over {years} years?", [dec(pay)])


@fam
def n_loan_total_interest(rng: random.Random) -> Made:  # total interest paid on a loan
    p, r, years = rng.randint(5, 40) * 1000, rng.choice([3, 5, 6, 7, 9]), rng.randint(2, 5)
    i, n = r / 1200, years * 12
    pay = round(p * i / (1 - (1 + i) ** -n), 2)
    return (f"car loan of {p:,} at {r}% a year for {years} years, monthly payments. with each "
            "payment rounded to the cent, how much interest do I pay in total?",
            [dec(F(str(pay)) * n - p)])


@fam
def n_shares_profit(rng: random.Random) -> Made:  # gain on shares bought and sold
    n, buy = rng.randint(10, 400), cents(rng, 5, 150)
    sell = buy + cents(rng, 1, 40)
    return (f"bought {n} shares at {money(buy)} and sold them at {money(sell)}. profit before "
            "fees?", [dec(n * (sell - buy))])


@fam
def n_shares_value(rng: random.Random) -> Made:  # value of a holding
    n, price = rng.randint(15, 900), cents(rng, 8, 420)
    return (f"I hold {n} shares of a stock trading at ${money(price)}. What is my position "
            "worth?", [dec(n * price)])


@fam
def n_dividend_yield(rng: random.Random) -> Made:  # dividend yield
    div, price = cents(rng, 1, 6), cents(rng, 20, 180)
    return (f"The stock pays {money(div)} a year in dividends and trades at {money(price)}. "
            "Dividend yield in percent?", [dec(div / price * 100)])


@fam
def n_return_pct(rng: random.Random) -> Made:  # portfolio return
    start = rng.randint(20, 300) * 100
    end = start + rng.randint(-30, 60) * 100 + rng.randint(1, 99)
    return (f"my portfolio was {start:,} at the start of the year and is {end:,} now. what's "
            "the return as a percentage?", [dec(F(end - start, start) * 100)])


@fam
def n_savings_months(rng: random.Random) -> Made:  # months to a savings goal
    per, goal = rng.choice([150, 200, 250, 300, 350, 400, 450]), rng.randint(2000, 15000)
    months = -(-goal // per)
    need(goal % per != 0)
    return (f"saving {per} a month, how many months until I have {goal:,}?", [whole(months)])


@fam
def n_savings_weekly(rng: random.Random) -> Made:  # a weekly amount to reach a goal by a date
    goal, weeks = rng.randint(500, 6000), rng.randint(8, 52)
    return (f"i need {goal:,} for a trip in {weeks} weeks. how much should i put aside each "
            "week?", [dec(F(goal, weeks))])


# --- pay and budgets -------------------------------------------------------------------

@fam
def n_weekly_pay(rng: random.Random) -> Made:  # hourly wage times hours
    wage, hours = F(rng.randint(30, 90), 2) + F(rng.choice([0, 25]), 100), rng.randint(12, 45)
    return (f"I make {money(wage)} an hour and worked {hours} hours this week, what's my pay?",
            [dec(wage * hours)])


@fam
def n_overtime(rng: random.Random) -> Made:  # overtime at time and a half
    wage, hours = rng.randint(14, 40), rng.randint(41, 58)
    pay = wage * 40 + F(3, 2) * wage * (hours - 40)
    return (f"paid {wage} per hour for the first 40 hours and time and a half after that. worked "
            f"{hours} hours this week. gross pay?", [dec(pay)])


@fam
def n_salary_hourly(rng: random.Random) -> Made:  # annual salary to an hourly rate
    salary, hours = rng.randint(28, 140) * 1000, rng.choice([35, 37, 37.5, 40])
    return (f"What's {salary:,} a year as an hourly rate, if I work {hours:g} hours a week for 52 "
            "weeks?", [dec(F(salary) / (F(str(hours)) * 52))])


@fam
def n_budget_per_day(rng: random.Random) -> Made:  # money left per day
    left, days = cents(rng, 80, 900), rng.randint(5, 27)
    return (f"I've got {money(left)} left until payday in {days} days. How much can I spend "
            "per day?", [dec(left / days)])


@fam
def n_take_home(rng: random.Random) -> Made:  # pay after a flat deduction rate
    gross, p = rng.randint(1800, 9000), rng.choice([18, 22, 24, 27, 31])
    return (f"gross monthly {gross:,}, about {p}% goes to tax and contributions. what do i take "
            "home?", [dec(F(gross * (100 - p), 100))])


@fam
def n_pay_rise_new(rng: random.Random) -> Made:  # new hourly rate after a raise
    wage, p = cents(rng, 11, 45), rng.choice([3, 4, 5, 6, 7])
    return (f"my hourly rate is {money(wage)} and I'm getting a {p}% raise. new rate?",
            [dec(wage * (100 + p) / 100)])


@fam
def n_freelance_invoice(rng: random.Random) -> Made:  # hours billed plus tax
    hours, rate, tax = F(rng.randint(8, 160), 4), rng.randint(40, 150), rng.choice([5, 10, 15, 20])
    return (f"freelance invoice: {float(hours):g} hours at {rate} an hour, plus {tax}% tax on top. "
            "what's the invoice total?", [dec(hours * rate * (100 + tax) / 100)])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
