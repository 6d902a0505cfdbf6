"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part two: everyday word
problems whose answer is a number — shopping, pay, savings, shares, grades and time."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, money, pct, tie, unit, whole
from bench.data.agents.helpers import Family


def cents(rng: random.Random, low: int, high: int) -> F:
    return F(rng.randint(low * 100, high * 100), 100)


def hm(minutes: int) -> list[str]:
    """A duration in hours and minutes, the ways people write it."""
    h, m = divmod(minutes, 60)
    hs = "hour" if h == 1 else "hours"
    if not m:
        return [f"{h} {hs}", f"{h}h", f"{h} h"]
    return [f"{h} {hs} {m} minutes", f"{h} {hs} and {m} minutes", f"{h}h {m}m", f"{h}h{m}m",
            f"{h} h {m} min", f"{h}h {m}min"]


def clock(minutes: int) -> list[str]:
    """A time of day on the 24-hour clock and, for the afternoon, the 12-hour clock."""
    h, m = divmod(minutes % 1440, 60)
    out = [f"{h}:{m:02d}", f"{h:02d}:{m:02d}"]
    h12 = h % 12 or 12
    suffix = "pm" if h >= 12 else "am"
    out += [f"{h12}:{m:02d} {suffix}", f"{h12}:{m:02d}{suffix}", f"{h12}:{m:02d} {suffix.upper()}",
            f"{h12}:{m:02d}{suffix.upper()}"]
    return dedupe(out)


def groceries(rng: random.Random) -> Made:  # a few grocery items at a price each
    a, pa, b, pb = rng.randint(2, 6), cents(rng, 1, 6), rng.randint(2, 5), cents(rng, 1, 9)
    return (f"{a} cartons of milk at ${float(pa):.2f} and {b} loaves at ${float(pb):.2f} — total?",
            [money(a * pa + b * pb)])


def change_due(rng: random.Random) -> Made:  # change from a note at the till
    cost = cents(rng, 3, 48)
    note = 50 if cost > 19 else rng.choice([20, 50])
    return (f"my shopping came to {float(cost):.2f} and I paid with a {note}, how much change "
            "should i get", [money(note - cost)])


def unit_price(rng: random.Random) -> Made:  # which pack is the better deal, per unit
    n1, n2 = rng.choice([6, 8, 10, 12]), rng.choice([18, 20, 24, 30])
    p1, p2 = cents(rng, 2, 8), cents(rng, 6, 20)
    u1, u2 = p1 / n1, p2 / n2
    if abs(u1 - u2) < F(1, 100) or tie(u1) or tie(u2):
        return None
    better = u1 if u1 < u2 else u2
    return (f"pack of {n1} eggs for ${float(p1):.2f} or {n2} for ${float(p2):.2f}. what's the "
            "cheaper price per egg?", [money(better)])


def bogo(rng: random.Random) -> Made:  # buy one get one half price
    p, n = cents(rng, 3, 30), rng.choice([2, 4, 6])
    return (f"shirts are ${float(p):.2f} each, buy one get one half price. I'm getting {n}, "
            "what do I pay?", [money(p * n / 2 + p * n / 4)])


def discount_stack(rng: random.Random) -> Made:  # a sale price with an extra coupon
    p, d, c = rng.randint(30, 300), rng.choice([20, 25, 30, 40]), rng.choice([10, 15])
    v = F(p) * (100 - d) * (100 - c) / 10000
    if tie(v):
        return None
    return (f"jacket was ${p}, it's {d}% off and I have a coupon for another {c}% off the sale "
            "price. final price?", [money(v)])


def sales_tax(rng: random.Random) -> Made:  # price plus sales tax
    p, t = cents(rng, 10, 900), rng.choice([F(6), F(7), F("8.25"), F("8.875"), F("9.5")])
    v = p * (100 + t) / 100
    if tie(v):
        return None
    return f"${float(p):.2f} plus {float(t):g}% sales tax", [money(v)]


def vat_back(rng: random.Random) -> Made:  # removing VAT from a gross price
    net = cents(rng, 5, 800)
    gross = net * F(6, 5)
    if (gross * 100).denominator != 1:
        return None
    return (f"the invoice says £{float(gross):.2f} including 20% VAT. what was it before VAT?",
            [money(net)])


def tip_split(rng: random.Random) -> Made:  # dinner bill with tip, split evenly
    bill, tip, n = cents(rng, 40, 320), rng.choice([15, 18, 20, 22]), rng.randint(3, 8)
    v = bill * (100 + tip) / 100 / n
    if tie(v):
        return None
    return (f"dinner was {float(bill):.2f}, we want to leave {tip}% and split it {n} ways. how "
            "much each?", [money(v)])


def tip_only(rng: random.Random) -> Made:  # just the tip amount
    bill, tip = cents(rng, 12, 250), rng.choice([12, 15, 18, 20, 25])
    v = bill * tip / 100
    if tie(v):
        return None
    return f"how much is a {tip} percent tip on ${float(bill):.2f}?", [money(v)]


def hourly_week(rng: random.Random) -> Made:  # weekly pay from shifts
    rate, days, hours = cents(rng, 12, 35), rng.randint(3, 6), rng.choice([4, 5, 6, 7, 8, 9])
    return (f"I earn ${float(rate):.2f}/hr and worked {days} shifts of {hours} hours this week. "
            "what did i make before tax?", [money(rate * days * hours)])


def overtime(rng: random.Random) -> Made:  # overtime at time and a half
    rate, hours = rng.randint(14, 40), rng.randint(41, 58)
    v = F(rate * 40) + F(rate * 3, 2) * (hours - 40)
    return (f"{hours} hours this week at ${rate} an hour, anything over 40 is time and a half. "
            "gross pay?", [money(v)])


def salary_month(rng: random.Random) -> Made:  # annual salary to monthly
    s = rng.randint(24, 140) * 1000 + rng.choice([0, 500])
    v = F(s, 12)
    if tie(v):
        return None
    return f"if my salary is {s} a year how much is that per month", [money(v)]


def salary_hourly(rng: random.Random) -> Made:  # salary to hourly at 40 hours a week
    s = rng.randint(25, 150) * 1000
    v = F(s, 52 * 40)
    if tie(v):
        return None
    return (f"what's ${s:,} a year as an hourly rate? assume 40 hrs a week, 52 weeks", [money(v)])


def raise_pct(rng: random.Random) -> Made:  # a raise as a percentage
    old = rng.randint(30, 90) * 1000
    new = old + rng.randint(5, 120) * 100
    v = F((new - old) * 100, old)
    if tie(v):
        return None
    return (f"got a raise from {old} to {new}, what percent raise is that", [pct(v)])


def commission(rng: random.Random) -> Made:  # base pay plus commission
    base, sales, c = rng.randint(1500, 3000), rng.randint(5000, 60000), rng.choice([3, 4, 5, 7])
    v = F(base) + F(sales * c, 100)
    return (f"base of ${base} a month plus {c}% commission on sales. I sold ${sales:,} this "
            "month. total pay?", [money(v)])


def savings_goal(rng: random.Random) -> Made:  # weeks to reach a savings goal
    goal, have, per = rng.randint(500, 5000), rng.randint(0, 400), rng.randint(25, 150)
    weeks = math.ceil((goal - have) / per)
    if (goal - have) % per == 0:
        return None
    return (f"saving for a bike that costs {goal}, I have {have} already and can put away {per} "
            "a week. how many weeks until I can buy it?", [unit(whole(weeks), "weeks")])


def simple_interest(rng: random.Random) -> Made:  # simple interest earned
    p, r, t = rng.randint(5, 200) * 100, rng.choice([F(2), F("2.5"), F(3), F("4.5"), F(5)]), \
        rng.randint(2, 10)
    v = p * r * t / 100
    return f"simple interest on {p} at {float(r):g}% for {t} years?", [money(v)]


def compound_annual(rng: random.Random) -> Made:  # compound interest, final balance
    p, r, t = rng.randint(10, 500) * 100, rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(2, 15)
    v = p * (1 + r / 100) ** t
    if tie(v):
        return None
    return (f"if I put ${p:,} in an account earning {r}% compounded yearly, how much will there "
            f"be after {t} years?", [money(v)])


def compound_monthly(rng: random.Random) -> Made:  # compound monthly
    p, r, t = rng.randint(10, 200) * 100, rng.choice([3, 4, 5, 6]), rng.randint(1, 10)
    v = p * (1 + r / 1200) ** (12 * t)
    if tie(v):
        return None
    return (f"{p} at {r}% annual interest compounded monthly for {t} years — balance?",
            [money(v)])


def loan_payment(rng: random.Random) -> Made:  # monthly payment on an amortised loan
    p, r, y = rng.randint(5, 60) * 1000, rng.choice([3, 4, 5, 6, 7, 8]), rng.choice([3, 4, 5])
    i, n = r / 1200, 12 * y
    v = p * i / (1 - (1 + i) ** -n)
    if tie(v):
        return None
    return (f"car loan of {p} over {y} years at {r}% APR, what's the monthly payment?",
            [money(v)])


def shares_value(rng: random.Random) -> Made:  # value of shares after a price move
    n, buy, now = rng.randint(5, 300), cents(rng, 5, 300), cents(rng, 5, 300)
    if buy == now:
        return None
    return (f"I bought {n} shares at {float(buy):.2f} and they're now {float(now):.2f}. how much "
            "have I made or lost in total?", [money(abs(n * (now - buy)))])


def shares_return(rng: random.Random) -> Made:  # a percentage return on a stock
    buy, now = cents(rng, 10, 200), cents(rng, 10, 200)
    v = (now - buy) * 100 / buy
    if buy == now or tie(v):
        return None
    return f"stock went from {float(buy):.2f} to {float(now):.2f}. % return?", [pct(abs(v))]


def dividend(rng: random.Random) -> Made:  # a year of dividends
    n, d = rng.randint(20, 900), cents(rng, 0, 3)
    if d == 0:
        return None
    return (f"I own {n} shares paying a quarterly dividend of ${float(d):.2f} per share. "
            "how much do I get in a year?", [money(n * d * 4)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    groceries, change_due, unit_price, bogo, discount_stack, sales_tax, vat_back, tip_split,
    tip_only, hourly_week, overtime, salary_month, salary_hourly, raise_pct, commission,
    savings_goal, simple_interest, compound_annual, compound_monthly, loan_payment, shares_value,
    shares_return, dividend)]
