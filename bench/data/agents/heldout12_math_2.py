"""Round 12 (``P_*``, dev now) for ``muse bench agents``, maths part two: everyday word
problems whose answer is a number — shopping, bills, pay, savings, shares, grades and time
(answer forms from :mod:`bench.data.agents.heldout12_math`)."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout12_math import dec, dedupe, money, pct, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def cents(rng: random.Random, low: int, high: int) -> F:
    """A price between low and high with cents."""
    return F(rng.randint(low * 100, high * 100), 100)


def show(value: F) -> str:
    return f"{float(value):.2f}"


def hours_minutes(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    unit = "hour" if h == 1 else "hours"
    out = [f"{h} {unit} {m} minutes", f"{h} {unit} and {m} minutes", f"{h}h {m}m",
           f"{h}h{m:02d}", f"{h} h {m} min", f"{h}:{m:02d}"]
    return dedupe(out if m else [f"{h} {unit}", f"{h}h", f"{h} h"])


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    twelve = (h - 1) % 12 + 1
    half = "am" if h < 12 else "pm"
    return dedupe([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{twelve}:{m:02d} {half}",
                   f"{twelve}:{m:02d}{half}", f"{twelve}:{m:02d} {half.upper()}",
                   f"{twelve}:{m:02d}{half.upper()}"])


# --- shopping and bills ----------------------------------------------------------------

def p_tip(rng: random.Random) -> Item:  # a tip on a restaurant bill
    bill, p = cents(rng, 20, 180), rng.choice([12, 15, 18, 20, 22, 25])
    v = bill * p / 100
    if tie(v):
        return p_tip(rng)
    return item("P_a_tip", "math", f"bill was ${show(bill)}, I want to leave {p}%. how much "
                "tip is that?", [money(round(v, 2))])


def p_split_tip(rng: random.Random) -> Item:  # a bill plus tip shared among friends
    n, p = rng.randint(3, 8), rng.choice([10, 15, 18, 20])
    bill = F(rng.randint(60, 400))
    v = bill * (100 + p) / 100 / n
    if tie(v):
        return p_split_tip(rng)
    return item("P_a_split_tip", "math", f"Dinner came to {bill} for the {n} of us and we're "
                f"adding a {p}% tip. How much does each person pay?", [money(round(v, 2))])


def p_sale_price(rng: random.Random) -> Item:  # a price after a discount
    price, p = cents(rng, 15, 250), rng.choice([15, 20, 25, 30, 35, 40, 50, 60, 70])
    v = price * (100 - p) / 100
    if tie(v):
        return p_sale_price(rng)
    return item("P_a_sale_price", "math", f"jacket is ${show(price)} with {p}% off — what do i "
                "actually pay", [money(round(v, 2))])


def p_before_sale(rng: random.Random) -> Item:  # the price before a discount
    before, p = F(rng.randint(12, 300)), rng.choice([10, 15, 20, 25, 30, 40])
    after = before * (100 - p) / 100
    return item("P_a_before_sale", "math", f"Paid {show(after)} after a {p}% discount. What was "
                "the original price?", [money(before)])


def p_sales_tax(rng: random.Random) -> Item:  # a total with sales tax added
    price, tax = cents(rng, 5, 400), F(rng.choice([600, 625, 700, 725, 825, 875, 950]), 100)
    v = price * (100 + tax) / 100
    if tie(v):
        return p_sales_tax(rng)
    return item("P_a_sales_tax", "math", f"${show(price)} plus {fmt_rate(tax)}% sales tax, "
                "what's the total", [money(round(v, 2))])


def fmt_rate(rate: F) -> str:
    return f"{float(rate):g}"


def p_vat_part(rng: random.Random) -> Item:  # the VAT inside a gross price
    net, rate = F(rng.randint(500, 90000), 100), rng.choice([20, 5])
    gross = net * (100 + rate) / 100
    if gross.denominator > 100 or (gross * 100).denominator != 1:
        return p_vat_part(rng)
    return item("P_a_vat_part", "math", f"I paid £{show(gross)} including {rate}% VAT. How much "
                "of that was VAT?", [money(gross - net, "£")])


def p_basket(rng: random.Random) -> Item:  # a café order added up
    c, m, j = cents(rng, 2, 5), cents(rng, 1, 4), cents(rng, 2, 6)
    nc, nm = rng.randint(2, 5), rng.randint(2, 4)
    total = nc * c + nm * m + j
    return item("P_a_basket", "math", f"{nc} coffees at {show(c)}, {nm} muffins at {show(m)} and "
                f"one juice at {show(j)}. total?", [money(total)])


def p_change(rng: random.Random) -> Item:  # change from a note
    note = rng.choice([20, 50, 100])
    spent = F(rng.randint(100, note * 100 - 1), 100)
    return item("P_a_change", "math", f"spent ${show(spent)} and paid with a ${note} bill, how "
                "much change should I get", [money(note - spent)])


def p_unit_price(rng: random.Random) -> Item:  # a price per kilo from a pack price
    grams, price = rng.choice([250, 300, 400, 500, 750, 800]), cents(rng, 1, 12)
    v = price * 1000 / grams
    if tie(v):
        return p_unit_price(rng)
    return item("P_a_unit_price", "math", f"a {grams} g pack costs {show(price)}. what's that "
                "per kilo?", [money(round(v, 2))])


def p_packs(rng: random.Random) -> Item:  # packs needed, rounded up
    size, need = rng.choice([6, 8, 10, 12, 24]), rng.randint(30, 400)
    if need % size == 0:
        return p_packs(rng)
    return item("P_a_packs", "math", f"Eggs come in boxes of {size}. I need {need} eggs for the "
                "bake sale — how many boxes do I buy?", [whole(math.ceil(need / size))])


def p_budget_share(rng: random.Random) -> Item:  # a spending share of income
    income = rng.randint(20, 90) * 100
    p = rng.choice([15, 20, 22, 25, 28, 30, 32, 35, 40, 45])
    rent = F(income * p, 100)
    if rent.denominator != 1:
        return p_budget_share(rng)
    return item("P_a_budget_share", "math", f"rent is {rent} out of my {income} monthly income. "
                "what percentage is that?", [pct(p)])


def p_rent_split(rng: random.Random) -> Item:  # rent shared by room size
    sizes = [rng.randint(8, 20) for _ in range(3)]
    rent = sum(sizes) * rng.randint(40, 90) + rng.randint(0, 9) * 10
    if any(tie(F(rent * s, sum(sizes))) for s in sizes):
        return p_rent_split(rng)
    return item("P_a_rent_split", "math", f"We split the {rent} rent by room size: mine is "
                f"{sizes[0]} m², Jo's {sizes[1]} m², Sam's {sizes[2]} m². What does each of us "
                "pay?", [money(round(F(rent * s, sum(sizes)), 2)) for s in sizes])


def p_fuel_cost(rng: random.Random) -> Item:  # the fuel cost of a trip
    km, use, price = rng.randint(80, 900), F(rng.randint(45, 95), 10), cents(rng, 1, 2)
    v = F(km) * use / 100 * price
    if tie(v):
        return p_fuel_cost(rng)
    return item("P_a_fuel_cost", "math", f"road trip of {km} km, my car uses {float(use)} L/100km "
                f"and fuel is {show(price)} a litre. what will the fuel cost?",
                [money(round(v, 2))])


# --- pay -------------------------------------------------------------------------------

def p_weekly_pay(rng: random.Random) -> Item:  # hourly pay times hours
    rate, hours = F(rng.randint(28, 60), 2), rng.randint(12, 45)
    return item("P_a_weekly_pay", "math", f"I make ${show(rate)}/hr and worked {hours} hours this "
                "week. what's my pay before tax?", [money(rate * hours)])


def p_overtime(rng: random.Random) -> Item:  # overtime at time and a half
    rate, extra = rng.randint(14, 40), rng.randint(2, 15)
    v = F(40 * rate) + F(3, 2) * rate * extra
    return item("P_a_overtime", "math", f"Base rate {rate} an hour for the first 40 hours, time "
                f"and a half after that. I worked {40 + extra} hours. Gross pay?", [money(v)])


def p_monthly_salary(rng: random.Random) -> Item:  # an annual salary per month
    year = rng.randint(100, 400) * 300
    return item("P_a_monthly_salary", "math", f"salary is {year:,} a year, how much is that a "
                "month before tax", [money(F(year, 12))])


def p_raise(rng: random.Random) -> Item:  # pay after a raise
    pay, p = rng.randint(1500, 7000), F(rng.choice([2, 3, 4, 5, 6, 7, 8, 25, 35, 45]), 1)
    if p > 10:
        p /= 10
    v = pay * (100 + p) / 100
    if tie(v):
        return p_raise(rng)
    return item("P_a_raise", "math", f"I'm on {pay:,} a month and getting a {float(p):g}% raise. "
                "New monthly pay?", [money(round(v, 2))])


def p_commission(rng: random.Random) -> Item:  # a sales commission
    sales, p = rng.randint(3000, 90000), F(rng.choice([20, 25, 30, 40, 50, 75, 100]), 10)
    v = sales * p / 100
    if tie(v):
        return p_commission(rng)
    return item("P_a_commission", "math", f"my commission is {float(p):g}% of sales. sold "
                f"{sales:,} worth this month — what do I earn?", [money(round(v, 2))])


def p_shift_hours(rng: random.Random) -> Item:  # hours and pay from daily hours
    days = [F(rng.randint(16, 40), 4) for _ in range(5)]
    rate = rng.randint(15, 35)
    total = sum(days, F(0))
    text = ", ".join(f"{float(d):g}" for d in days)
    return item("P_a_shift_hours", "math", f"hours this week: {text}. How many hours in total, and "
                f"what's my pay at {rate}/hour?", [dec(total), money(total * rate)])


# --- savings, loans and shares -----------------------------------------------------------

def p_simple_interest(rng: random.Random) -> Item:  # simple interest earned
    p, r, y = rng.randint(10, 200) * 100, F(rng.randint(4, 18), 4), rng.randint(2, 10)
    v = p * r / 100 * y
    if tie(v):
        return p_simple_interest(rng)
    return item("P_a_simple_interest", "math", f"If I put {p:,} in at {float(r):g}% simple "
                f"interest for {y} years, how much interest do I earn?", [money(round(v, 2))])


def p_compound(rng: random.Random) -> Item:  # compound interest, final amount
    p, r, y = rng.randint(10, 500) * 100, rng.choice([2, 3, 4, 5, 6, 7, 8]), rng.randint(3, 15)
    v = F(p) * F(100 + r, 100) ** y
    if tie(v):
        return p_compound(rng)
    return item("P_a_compound", "math", f"{p:,} invested at {r}% compounded yearly — how much "
                f"after {y} years?", [money(round(float(v), 2))])


def p_compound_monthly(rng: random.Random) -> Item:  # monthly compounding
    p, r, y = rng.randint(10, 200) * 100, rng.choice([3, 4, 5, 6]), rng.randint(2, 10)
    v = F(p) * (1 + F(r, 1200)) ** (12 * y)
    if tie(v):
        return p_compound_monthly(rng)
    return item("P_a_compound_monthly", "math", f"savings account pays {r}% a year compounded "
                f"monthly. I deposit {p:,} and leave it {y} years. Balance at the end?",
                [money(round(float(v), 2))])


def p_loan_payment(rng: random.Random) -> Item:  # a monthly loan repayment
    p, r, y = rng.randint(5, 60) * 1000, rng.choice([3, 4, 5, 6, 7, 8, 9]), rng.randint(2, 7)
    i, n = r / 1200, 12 * y
    v = p * i / (1 - (1 + i) ** -n)
    if tie(v):
        return p_loan_payment(rng)
    return item("P_a_loan_payment", "math", f"what's the monthly payment on a {p:,} loan at "
                f"{r}% APR over {y} years?", [money(round(v, 2))])


def p_save_months(rng: random.Random) -> Item:  # months to reach a savings goal
    goal, per = rng.randint(8, 80) * 100, rng.choice([75, 120, 150, 200, 250, 300, 400])
    if goal % per == 0:
        return p_save_months(rng)
    n = math.ceil(goal / per)
    return item("P_a_save_months", "math", f"need {goal:,} for a holiday and can save {per} a "
                "month. how many months until i have enough?", [whole(n)])


def p_save_year(rng: random.Random) -> Item:  # a share of pay saved over a year
    pay, p = rng.randint(15, 60) * 100, rng.choice([5, 8, 10, 12, 15, 20])
    v = F(pay * p * 12, 100)
    return item("P_a_save_year", "math", f"If I save {p}% of my {pay:,} paycheck every month, "
                "how much do I have after a year?", [money(v)])


def p_share_profit(rng: random.Random) -> Item:  # profit on a share trade
    n, buy = rng.randint(5, 300), cents(rng, 5, 200)
    sell = buy + F(rng.randint(-1000, 3000), 100)
    if sell <= 0 or sell == buy:
        return p_share_profit(rng)
    word = "profit" if sell > buy else "loss"
    return item("P_a_share_profit", "math", f"Bought {n} shares at ${show(buy)} and sold them at "
                f"${show(sell)}. What's my {word}?", [money(abs(sell - buy) * n)])


def p_share_gain(rng: random.Random) -> Item:  # a share's percentage gain
    buy, p = rng.randint(10, 400), rng.randint(2, 60)
    sell = F(buy * (100 + p), 100)
    return item("P_a_share_gain", "math", f"stock went from {buy} to {float(sell):g}, percent "
                "gain?", [pct(p)])


def p_avg_cost(rng: random.Random) -> Item:  # average cost over two purchases
    a, pa, b, pb = rng.randint(5, 80), rng.randint(8, 90), rng.randint(5, 80), rng.randint(8, 90)
    v = F(a * pa + b * pb, a + b)
    if pa == pb or tie(v):
        return p_avg_cost(rng)
    return item("P_a_avg_cost", "math", f"I bought {a} shares at {pa} and later {b} more at {pb}. "
                "What's my average cost per share?", [money(round(v, 2))])


def p_dividend_yield(rng: random.Random) -> Item:  # a dividend yield
    price, y = rng.randint(20, 150), F(rng.randint(10, 80), 10)
    div = price * y / 100
    if (div * 100).denominator != 1:
        return p_dividend_yield(rng)
    return item("P_a_dividend_yield", "math", f"share price {price}, annual dividend "
                f"{show(div)}. what's the dividend yield?", [pct(y)])


# --- grades, time, dates ---------------------------------------------------------------

def p_grade_avg(rng: random.Random) -> Item:  # a test average
    s = [rng.randint(55, 100) for _ in range(rng.randint(3, 6))]
    v = F(sum(s), len(s))
    if tie(v):
        return p_grade_avg(rng)
    return item("P_a_grade_avg", "math", f"my test scores so far are {', '.join(map(str, s))}. "
                "what's my average?", [dec(v)])


def p_grade_needed(rng: random.Random) -> Item:  # the score needed on the next test
    s = [rng.randint(60, 98) for _ in range(3)]
    goal = rng.randint(70, 90)
    need = 4 * goal - sum(s)
    if not 40 <= need <= 100:
        return p_grade_needed(rng)
    return item("P_a_grade_needed", "math", f"I got {s[0]}, {s[1]} and {s[2]} on three tests. What "
                f"do I need on the fourth to average {goal}?", [whole(need)])


def p_weighted_grade(rng: random.Random) -> Item:  # a weighted course grade
    w = rng.choice([(20, 30, 50), (10, 40, 50), (25, 25, 50), (15, 35, 50), (30, 30, 40)])
    s = [rng.randint(55, 100) for _ in range(3)]
    v = F(sum(a * b for a, b in zip(w, s, strict=True)), 100)
    if tie(v):
        return p_weighted_grade(rng)
    return item("P_a_weighted_grade", "math", f"Homework is {w[0]}% (I have {s[0]}), midterm "
                f"{w[1]}% (got {s[1]}), final {w[2]}% (got {s[2]}). What's my overall grade?",
                [dec(v)])


def p_shift_length(rng: random.Random) -> Item:  # minutes between two clock times
    start = rng.randint(6 * 4, 11 * 4) * 15 + rng.choice([0, 5, 10])
    end = start + rng.randint(300, 660)
    s, e = divmod(start, 60), divmod(end, 60)
    return item("P_a_shift_length", "math", f"shift from {s[0]}:{s[1]:02d} to {e[0]}:{e[1]:02d}, "
                "how many minutes is that?", [whole(end - start)])


def p_meeting_end(rng: random.Random) -> Item:  # a clock time after a duration
    start = rng.randint(8 * 12, 17 * 12) * 5
    length = rng.randint(25, 200)
    s = divmod(start, 60)
    return item("P_a_meeting_end", "math", f"The meeting starts at {s[0]}:{s[1]:02d} and runs "
                f"{length} minutes. When does it finish?", [clock(start + length)])


def p_travel_time(rng: random.Random) -> Item:  # a journey's duration from speed
    speed = rng.choice([40, 45, 48, 50, 55, 60, 64, 70, 75, 80])
    minutes = rng.randint(9, 60) * 10
    dist = F(speed * minutes, 60)
    if dist.denominator != 1 or minutes % 60 == 0:
        return p_travel_time(rng)
    hours = [f"{minutes / 60:g} hours", f"{minutes / 60:g} h"] if minutes % 6 == 0 else []
    return item("P_a_travel_time", "math", f"how long does {dist} miles take at {speed} mph?",
                [hours_minutes(minutes) + hours])


def p_avg_speed(rng: random.Random) -> Item:  # an average speed
    km, t = rng.randint(60, 900), F(rng.randint(2, 20), 2)
    v = km / t
    if tie(v) or not 40 <= v <= 130:
        return p_avg_speed(rng)
    return item("P_a_avg_speed", "math", f"drove {km} km in {float(t):g} hours. average speed?",
                [dedupe([f"{d} {u}" for d in dec(v) for u in ("km/h", "kph", "km per hour",
                                                              "kilometres per hour",
                                                              "kilometers per hour")])])


def p_pace(rng: random.Random) -> Item:  # a running pace per kilometre
    km, pace = rng.choice([5, 10, 21]), rng.randint(240, 420)
    total = km * pace
    if km == 21:
        return p_pace(rng)
    m, s = divmod(pace, 60)
    tm, ts = divmod(total, 60)
    return item("P_a_pace", "math", f"Ran {km} km in {tm}:{ts:02d}. What's my pace per km?",
                [[f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s",
                  f"{m}'{s:02d}"]])


def p_age(rng: random.Random) -> Item:  # an age in a future year
    born, year = rng.randint(1940, 2015), rng.randint(2030, 2070)
    return item("P_a_age", "math", f"born in {born}, how old will I be on my birthday in {year}?",
                [whole(year - born)])


def p_days_between(rng: random.Random) -> Item:  # days between two dates
    a = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
    b = a + dt.timedelta(days=rng.randint(10, 160))
    return item("P_a_days_between", "math", f"How many days from {a:%B} {a.day} to {b:%B} "
                f"{b.day} 2026?", [whole((b - a).days)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    p_tip, p_split_tip, p_sale_price, p_before_sale, p_sales_tax, p_vat_part, p_basket,
    p_change, p_unit_price, p_packs, p_budget_share, p_rent_split, p_fuel_cost, p_weekly_pay,
    p_overtime, p_monthly_salary, p_raise, p_commission, p_shift_hours, p_simple_interest,
    p_compound, p_compound_monthly, p_loan_payment, p_save_months, p_save_year,
    p_share_profit, p_share_gain, p_avg_cost, p_dividend_yield, p_grade_avg, p_grade_needed,
    p_weighted_grade, p_shift_length, p_meeting_end, p_travel_time, p_avg_speed, p_pace, p_age,
    p_days_between)]
