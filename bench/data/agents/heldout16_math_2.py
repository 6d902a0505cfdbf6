"""Round 16 (``L_*``, held out) for ``muse bench agents``, maths part two: everyday word
problems whose answer is a number — shopping, pay, savings, shares, grades and time."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, money, num, pct, tie, unit, whole
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


def grade_needed(rng: random.Random) -> Made:  # the final exam mark needed
    cur, w, target = rng.randint(55, 92), rng.choice([20, 25, 30, 40]), rng.choice([70, 75, 80, 85])
    need = F(target * 100 - cur * (100 - w), w)
    if need <= 0 or need > 100 or tie(need):
        return None
    return (f"I have a {cur}% in the class and the final is worth {w}% of the grade. what do I "
            f"need on the final to end with {target}%?", [pct(need)])


def grade_weighted(rng: random.Random) -> Made:  # a weighted average of three components
    hw, mid, fin = rng.randint(60, 100), rng.randint(50, 100), rng.randint(50, 100)
    v = F(hw * 20 + mid * 30 + fin * 50, 100)
    if tie(v):
        return None
    return (f"homework 20%, midterm 30%, final 50%. I got {hw}, {mid} and {fin}. what's my "
            "overall grade?", [num(v)])


def gpa(rng: random.Random) -> Made:  # a credit-weighted GPA
    gs = [rng.choice([F(4), F("3.7"), F("3.3"), F(3), F("2.7"), F("2.3"), F(2)]) for _ in range(4)]
    cs = [rng.choice([2, 3, 4]) for _ in range(4)]
    v = sum(g * c for g, c in zip(gs, cs, strict=True)) / sum(cs)
    if tie(v):
        return None
    courses = ", ".join(f"{float(g):g} ({c} credits)" for g, c in zip(gs, cs, strict=True))
    return f"calculate my gpa: {courses}", [num(v)]


def test_score(rng: random.Random) -> Made:  # a raw score to a percentage
    total = rng.choice([40, 45, 60, 75, 80, 120])
    got = rng.randint(total // 3, total - 1)
    v = F(got * 100, total)
    if tie(v):
        return None
    return f"I got {got} out of {total} on my test, what's that as a percent?", [pct(v)]


def avg_needed(rng: random.Random) -> Made:  # the next score needed for an average
    xs = [rng.randint(60, 98) for _ in range(rng.randint(3, 5))]
    target = rng.randint(75, 90)
    need = target * (len(xs) + 1) - sum(xs)
    if not 0 < need <= 100:
        return None
    return (f"my quiz scores are {', '.join(map(str, xs))}. what do I need on the next one to "
            f"average exactly {target}?", [whole(need)])


def time_add(rng: random.Random) -> Made:  # a clock time plus a duration
    start = rng.randint(6 * 60, 20 * 60) // 5 * 5
    dur = rng.randint(35, 320)
    h, m = divmod(start, 60)
    return (f"if I leave at {h:02d}:{m:02d} and the trip takes {dur} minutes, when do I arrive?",
            [clock(start + dur)])


def time_between(rng: random.Random) -> Made:  # minutes between two clock times
    a = rng.randint(7 * 60, 12 * 60)
    b = a + rng.randint(40, 600)
    return (f"how long is it from {a // 60}:{a % 60:02d} to {b // 60}:{b % 60:02d}?", [hm(b - a)])


def shift_total(rng: random.Random) -> Made:  # hours worked from several shifts
    shifts = [rng.randint(3 * 4, 10 * 4) * 15 for _ in range(rng.randint(3, 5))]
    text = ", ".join(f"{s // 60}h{s % 60:02d}" if s % 60 else f"{s // 60}h" for s in shifts)
    return f"total hours for these shifts: {text}", [hm(sum(shifts))]


def pace_run(rng: random.Random) -> Made:  # running pace per kilometre
    km, mins = rng.choice([5, 10, 21.1]), rng.randint(20, 140)
    secs = round(mins * 60 / km)
    if not 180 <= secs <= 600 or abs(mins * 60 / km - secs) > 0.01:
        return None
    m, s = divmod(secs, 60)
    return (f"ran {km} km in {mins} minutes, what's my pace per km",
            [[f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s",
              f"{m}'{s:02d}"]])


def speed_avg(rng: random.Random) -> Made:  # average speed of a drive
    km, mins = rng.randint(40, 600), rng.randint(30, 420)
    v = F(km * 60, mins)
    if tie(v):
        return None
    return (f"drove {km} km in {mins // 60} h {mins % 60} min. average speed?",
            [unit(num(v), "km/h", "kilometres per hour", "kilometers per hour", "kph")])


def travel_time(rng: random.Random) -> Made:  # time to travel a distance at a speed
    speed = rng.choice([40, 45, 50, 60, 72, 80, 90, 100, 120])
    dist = speed * rng.randint(2, 30) // 4
    mins = F(dist * 60, speed)
    if mins.denominator != 1 or mins < 60:
        return None
    return f"{dist} miles at {speed} mph, how long will it take", [hm(int(mins))]


def fuel_cost(rng: random.Random) -> Made:  # fuel cost of a trip
    dist, l100, price = rng.randint(80, 900), rng.choice([F(5), F("5.5"), F(6), F("6.8"),
                                                         F("7.2"), F(8)]), cents(rng, 1, 2)
    v = F(dist) * l100 / 100 * price
    if tie(v):
        return None
    return (f"road trip of {dist} km, car does {float(l100):g} L/100km, fuel is "
            f"€{float(price):.2f} a litre. how much will fuel cost?", [money(v)])


def mpg_trip(rng: random.Random) -> Made:  # gallons used on a trip
    miles, mpg = rng.randint(100, 900), rng.randint(18, 45)
    v = F(miles, mpg)
    if tie(v):
        return None
    return (f"my car gets {mpg} mpg. how many gallons for a {miles} mile drive?",
            [unit(num(v), "gallons")])


def recipe_scale(rng: random.Random) -> Made:  # scaling a recipe ingredient
    serves, want, grams = rng.choice([2, 4, 6]), rng.choice([3, 5, 8, 10, 12]), rng.randint(
        50, 600)
    v = F(grams * want, serves)
    if tie(v) or serves == want:
        return None
    return (f"recipe for {serves} people uses {grams} g of flour. how much flour for {want}?",
            [unit(num(v), "g", "grams")])


def pizza_slices(rng: random.Random) -> Made:  # pizzas needed for a party
    people, slices, per = rng.randint(8, 40), rng.choice([8, 10, 12]), rng.choice([2, 3])
    need = math.ceil(people * per / slices)
    if people * per % slices == 0:
        return None
    return (f"{people} kids at the party, each eats about {per} slices, pizzas have {slices} "
            "slices. how many pizzas should I order?", [unit(whole(need), "pizzas")])


def paint_cans(rng: random.Random) -> Made:  # tins of paint for a room
    length, width, height = rng.randint(3, 7), rng.randint(3, 6), rng.choice([F("2.4"), F("2.5"),
                                                                              F("2.7")])
    cover = rng.choice([10, 12, 13])
    area = 2 * (length + width) * height
    cans = math.ceil(area / cover)
    if (area / cover).denominator == 1:
        return None
    return (f"room is {length}m by {width}m with {float(height):g}m high walls, one can covers "
            f"{cover} m². how many cans for one coat on the walls (ignore doors and windows)?",
            [unit(whole(cans), "cans", "tins")])


def flooring(rng: random.Random) -> Made:  # flooring cost by area
    a, b, p = rng.randint(2, 9), rng.randint(2, 9), cents(rng, 12, 60)
    area = F(a * 10 + rng.randint(0, 9), 10) * b
    return (f"laminate is ${float(p):.2f} per square metre, the room is {float(area / b):g} by "
            f"{b} metres. cost?", [money(area * p)])


def rent_split(rng: random.Random) -> Made:  # rent split by room size
    rent = rng.randint(12, 40) * 100
    a, b = rng.randint(9, 20), rng.randint(9, 20)
    if a == b:
        return None
    v = F(rent * a, a + b)
    if tie(v):
        return None
    return (f"rent is {rent}, my room is {a} m² and my flatmate's is {b} m². if we split by "
            "room size, what do I pay?", [money(v)])


def bills_split(rng: random.Random) -> Made:  # utilities shared among housemates
    xs = [cents(rng, 20, 150) for _ in range(3)]
    n = rng.randint(2, 5)
    v = sum(xs) / n
    if tie(v):
        return None
    return (f"electric {float(xs[0]):.2f}, gas {float(xs[1]):.2f}, internet {float(xs[2]):.2f}. "
            f"split between {n} of us?", [money(v)])


def budget_left(rng: random.Random) -> Made:  # what's left of a monthly budget
    inc = rng.randint(20, 60) * 100
    xs = [rng.randint(50, 900) for _ in range(4)]
    return (f"take-home is {inc} a month. rent {xs[0]}, food {xs[1]}, transport {xs[2]}, "
            f"everything else {xs[3]}. how much is left to save?", [money(inc - sum(xs))])


def subscription_year(rng: random.Random) -> Made:  # yearly cost of subscriptions
    xs = [cents(rng, 3, 20) for _ in range(rng.randint(2, 4))]
    return ("what do these monthly subs cost me per year: " + ", ".join(
        f"{float(x):.2f}" for x in xs), [money(sum(xs) * 12)])


def coffee_habit(rng: random.Random) -> Made:  # a daily habit over a year
    p, days = cents(rng, 2, 7), rng.choice([5, 7])
    return (f"I buy a {float(p):.2f} coffee {days} days a week. what's that over 52 weeks?",
            [money(p * days * 52)])


def currency_simple(rng: random.Random) -> Made:  # a conversion at a given rate
    amt, rate = rng.randint(20, 3000), F(rng.randint(700, 1600), 1000)
    v = amt * rate
    if tie(v):
        return None
    return (f"exchange rate is 1 USD = {float(rate):g} EUR. how many euros for {amt} dollars?",
            [money(v)])


def markup_price(rng: random.Random) -> Made:  # a selling price from cost and markup
    cost, m = cents(rng, 2, 200), rng.choice([25, 30, 40, 50, 60, 75])
    v = cost * (100 + m) / 100
    if tie(v):
        return None
    return (f"my cost on an item is {float(cost):.2f}, I want a {m}% markup. selling price?",
            [money(v)])


def margin_pct(rng: random.Random) -> Made:  # a profit margin as a percentage of the price
    cost = rng.randint(5, 300)
    price = cost + rng.randint(1, 200)
    v = F((price - cost) * 100, price)
    if tie(v):
        return None
    return (f"I sell candles for {price} that cost me {cost} to make — profit margin in %?",
            [pct(v)])


def break_even(rng: random.Random) -> Made:  # units to break even
    fixed, price, var = rng.randint(500, 20000), rng.randint(10, 80), rng.randint(2, 9)
    units = math.ceil(fixed / (price - var))
    if fixed % (price - var) == 0:
        return None
    return (f"fixed costs {fixed}, each unit sells for {price} and costs {var} to make. how "
            "many units to break even?", [unit(whole(units), "units")])


def invoice_total(rng: random.Random) -> Made:  # hours billed plus materials plus tax
    hours, rate, mat = rng.randint(2, 40), rng.randint(30, 120), cents(rng, 20, 600)
    tax = rng.choice([5, 10, 13, 15])
    v = (hours * rate + mat) * (100 + tax) / 100
    if tie(v):
        return None
    return (f"billing a client {hours} hours at {rate}/hr plus {float(mat):.2f} in materials, "
            f"then {tax}% tax on everything. invoice total?", [money(v)])


def age_in_days(rng: random.Random) -> Made:  # years lived to days, rough
    years = rng.randint(5, 90)
    return (f"about how many days old is someone who just turned {years}? use 365.25 days a year",
            [num(F(years * 36525, 100))])


def seconds_in(rng: random.Random) -> Made:  # seconds in a number of days
    d = rng.randint(2, 40)
    return f"how many seconds are in {d} days", [whole(d * 86400)]


def minutes_weeks(rng: random.Random) -> Made:  # screen time over weeks
    h, w = rng.choice([F("1.5"), F(2), F("2.5"), F(3), F("3.5"), F(4)]), rng.randint(2, 10)
    return (f"if I'm on my phone {float(h):g} hours a day, how many hours is that in {w} weeks",
            [unit(num(h * 7 * w), "hours")])


def steps_goal(rng: random.Random) -> Made:  # steps left to a weekly target
    xs = [rng.randint(3000, 14000) for _ in range(6)]
    target = rng.choice([60000, 70000, 75000])
    left = target - sum(xs)
    if left <= 0:
        return None
    return (f"steps so far this week: {', '.join(map(str, xs))}. how many do I need on day 7 to "
            f"hit {target:,}?", [whole(left)])


def pills_days(rng: random.Random) -> Made:  # how long a bottle of tablets lasts
    n, per = rng.randint(30, 200), rng.choice([2, 3, 4])
    days = n // per
    return (f"bottle has {n} tablets and I take {per} a day, how many full days will it last",
            [unit(whole(days), "days")])


def loan_interest_total(rng: random.Random) -> Made:  # total interest over a loan
    pay, months, principal = rng.randint(150, 900), rng.choice([24, 36, 48, 60]), 0
    principal = pay * months - rng.randint(500, 4000)
    return (f"I pay {pay} a month for {months} months on a loan of {principal}. how much "
            "interest do I pay in total?", [money(pay * months - principal)])


def tuition_per_credit(rng: random.Random) -> Made:  # a semester's fees
    credits, per, fee = rng.randint(9, 18), rng.randint(180, 700), rng.randint(50, 600)
    return (f"tuition is ${per} per credit plus a ${fee} fee. I'm taking {credits} credits, "
            "total?", [money(credits * per + fee)])


def party_cost(rng: random.Random) -> Made:  # cost per guest at an event
    venue, food, n = rng.randint(200, 2000), cents(rng, 8, 40), rng.randint(15, 120)
    v = (venue + food * n) / n
    if tie(v):
        return None
    return (f"venue costs {venue} flat and catering is {float(food):.2f} per head. with {n} "
            "guests what's the cost per person?", [money(v)])


def fundraiser(rng: random.Random) -> Made:  # cookies to sell to reach a goal
    goal, price = rng.randint(200, 3000), rng.choice([F("1.5"), F(2), F("2.5"), F(3)])
    raised = rng.randint(0, goal // 2)
    n = math.ceil((goal - raised) / price)
    if ((goal - raised) / price).denominator == 1:
        return None
    return (f"bake sale: cookies are {float(price):.2f} each, we've raised {raised} and the goal "
            f"is {goal}. how many more cookies do we have to sell?", [whole(n)])


def electricity_bill(rng: random.Random) -> Made:  # appliance running cost
    watts, hours, price = rng.choice([60, 100, 800, 1200, 2000, 2500]), rng.randint(1, 10), \
        F(rng.randint(10, 40), 100)
    v = F(watts, 1000) * hours * 30 * price
    if tie(v):
        return None
    return (f"a {watts} W heater runs {hours} hours a day for 30 days, electricity costs "
            f"{float(price):.2f} per kWh. cost?", [money(v)])


def water_tank(rng: random.Random) -> Made:  # time to fill a tank
    litres, rate = rng.randint(200, 5000), rng.randint(8, 40)
    mins = F(litres, rate)
    if tie(mins):
        return None
    return (f"filling a {litres} litre tank with a hose giving {rate} L per minute. how many "
            "minutes?", [unit(num(mins), "minutes", "min")])


def cookies_batch(rng: random.Random) -> Made:  # batches needed and leftovers
    need, per = rng.randint(40, 300), rng.choice([12, 18, 24, 30])
    if need % per == 0:
        return None
    return (f"one batch makes {per} cookies and I need {need}. how many batches?",
            [unit(whole(math.ceil(need / per)), "batches")])


def exam_time(rng: random.Random) -> Made:  # minutes per question
    mins, qs = rng.choice([45, 60, 90, 120, 150, 180]), rng.randint(12, 70)
    v = F(mins, qs)
    if tie(v) or v.denominator == 1:
        return None
    return (f"{qs} questions in {mins} minutes, how many minutes per question?",
            [unit(num(v), "minutes", "min")])


def mortgage_ltv(rng: random.Random) -> Made:  # deposit needed for a house
    price, dep = rng.randint(150, 900) * 1000, rng.choice([5, 10, 15, 20, 25])
    return (f"what's a {dep}% deposit on a {price:,} house", [money(F(price * dep, 100))])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    groceries, change_due, unit_price, bogo, discount_stack, sales_tax, vat_back, tip_split,
    tip_only, hourly_week, overtime, salary_month, salary_hourly, raise_pct, commission,
    savings_goal, simple_interest, compound_annual, compound_monthly, loan_payment, shares_value,
    shares_return, dividend, grade_needed, grade_weighted, gpa, test_score, avg_needed, time_add,
    time_between, shift_total, pace_run, speed_avg, travel_time, fuel_cost, mpg_trip,
    recipe_scale, pizza_slices, paint_cans, flooring, rent_split, bills_split, budget_left,
    subscription_year, coffee_habit, currency_simple, markup_price, margin_pct, break_even,
    invoice_total, age_in_days, seconds_in, minutes_weeks, steps_goal, pills_days,
    loan_interest_total, tuition_per_credit, party_cost, fundraiser, electricity_bill, water_tank,
    cookies_batch, exam_time, mortgage_ltv)]
