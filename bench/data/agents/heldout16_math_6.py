"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part nine: grades, time,
travel, home and small-business sums."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, money, num, pct, tie, unit, whole
from bench.data.agents.heldout16_math_2 import cents, clock, hm
from bench.data.agents.helpers import Family


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
            [dedupe(num(F(years * 36525, 100)) + whole(years * 36525 // 100))])


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
    grade_needed, grade_weighted, gpa, test_score, avg_needed, time_add, time_between,
    shift_total, pace_run, speed_avg, travel_time, fuel_cost, mpg_trip, recipe_scale,
    pizza_slices, paint_cans, flooring, rent_split, bills_split, budget_left, subscription_year,
    coffee_habit, currency_simple, markup_price, margin_pct, break_even, invoice_total,
    age_in_days, seconds_in, minutes_weeks, steps_goal, pills_days, loan_interest_total,
    tuition_per_credit, party_cost, fundraiser, electricity_bill, water_tank, cookies_batch,
    exam_time, mortgage_ltv)]
