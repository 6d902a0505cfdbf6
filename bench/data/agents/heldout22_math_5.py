"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 5: money, shopping, time,
age, distance word problems and a little geometry."""

from __future__ import annotations

import math

from bench.data.agents.heldout22_math import NAMES, F, dec, fam, ints, pick, rnd, tie
from bench.data.agents.helpers import Family


def cents(rng, lo: int, hi: int) -> F:
    return F(rng.randint(lo * 100, hi * 100), 100)


def m(v: F) -> str:
    return f"{float(v):.2f}"


def clock(total: int) -> list[str]:
    hh, mm = divmod(total % (24 * 60), 60)
    h12 = hh % 12 or 12
    ap = "am" if hh < 12 else "pm"
    return [f"{hh}:{mm:02d}", f"{hh:02d}:{mm:02d}", f"{h12}:{mm:02d}{ap}",
            f"{h12}:{mm:02d}{ap[0]}.m."]


@fam
def discount_price(rng):
    price, p = cents(rng, 15, 400), rng.choice([10, 15, 20, 25, 30, 35, 40, 50])
    v = price * (100 - p) / 100
    if tie(v):
        return None
    what = rng.choice(["jacket", "pair of boots", "blender", "lamp", "backpack", "headphones"])
    t = pick(rng, f"this {what} is ${m(price)} and it's {p}% off. what do I pay?",
             f"{p}% off a {m(price)} {what}, final price?")
    return t, [dec(v)]


@fam
def discount_then_tax(rng):
    price = cents(rng, 20, 300)
    p = rng.choice([10, 20, 25, 30])
    tax = rng.choice(["6", "7.5", "8", "8.25", "5"])
    v = price * (100 - p) / 100 * (100 + F(tax)) / 100
    if tie(v):
        return None
    t = pick(rng,
             f"sweater ${m(price)}, {p}% off, then {tax}% sales tax on the discounted price. "
             f"total? (round to the cent at the end)",
             f"price {m(price)}, discount {p}%, tax {tax}% applied after the discount. what's "
             f"the final cost, nearest cent")
    alt = rnd(price * (100 - p) / 100) * (100 + F(tax)) / 100  # discounted price rounded first
    extra = [] if "at the end" in t or tie(alt) else dec(alt)
    return t, [list(dict.fromkeys(dec(v) + extra))]


@fam
def stacked_discount(rng):
    price, a, b = cents(rng, 30, 500), rng.choice([10, 20, 30]), rng.choice([5, 10, 15, 20])
    v = price * (100 - a) * (100 - b) / 10000
    if tie(v):
        return None
    t = (f"coat costs ${m(price)}. store takes {a}% off, then my coupon takes another {b}% off "
         f"the reduced price. what do I pay? nearest cent")
    alt = rnd(price * (100 - a) / 100) * (100 - b) / 100  # reduced price rounded first
    return t, [list(dict.fromkeys(dec(v) + ([] if tie(alt) else dec(alt))))]


@fam
def tip_and_split(rng):
    bill, tip, n = cents(rng, 40, 400), rng.choice([15, 18, 20, 22, 25]), rng.randint(2, 8)
    v = bill * (100 + tip) / 100 / n
    if tie(v):
        return None
    t = pick(rng,
             f"dinner bill ${m(bill)}, adding {tip}% tip, split evenly {n} ways. how much each? "
             f"round to the cent",
             f"we're {n} people (me included), bill is {m(bill)} plus {tip}% tip. per person?")
    alt = rnd(bill * (100 + tip) / 100) / n  # total with tip rounded to the cent first
    return t, [list(dict.fromkeys(dec(v) + ([] if tie(alt) else dec(alt))))]


@fam
def tip_amount(rng):
    bill, tip = cents(rng, 12, 250), rng.choice([10, 12, 15, 18, 20])
    v = bill * tip / 100
    if tie(v):
        return None
    t = pick(rng, f"what's a {tip}% tip on ${m(bill)}?",
             f"how much should I tip on {m(bill)} at {tip} percent")
    return t, [dec(v)]


@fam
def simple_interest(rng):
    p = rng.randint(5, 200) * 100
    r = rng.choice(["2", "3.5", "4", "4.5", "5", "6"])
    y = rng.randint(2, 10)
    v = p * F(r) / 100 * y
    t = pick(rng, f"simple interest on ${p} at {r}% per year for {y} years?",
             f"I lend {p} dollars at {r}% simple interest a year. how much interest after {y} "
             f"years")
    return t, [dec(v)]


@fam
def compound_interest(rng):
    p = rng.randint(10, 300) * 100
    r = rng.choice(["2", "3", "4", "4.5", "5", "6"])
    y = rng.randint(2, 10)
    v = p * (1 + F(r) / 100) ** y
    if tie(v):
        return None
    t = pick(rng,
             f"${p} in a savings account at {r}% interest compounded yearly. balance after {y} "
             f"years? (to the cent)",
             f"if I invest {p} at {r}% annual compound interest, what will it be worth in {y} "
             f"years, nearest cent")
    return t, [dec(v)]


@fam
def savings_goal(rng):
    goal = rng.randint(8, 60) * 100
    have = rng.randint(0, 700)
    per = rng.choice([40, 50, 75, 80, 120, 150, 200])
    if have >= goal:
        return None
    weeks = math.ceil(F(goal - have, per))
    what = rng.choice(["a laptop", "a trip to Japan", "a used car", "a new bike",
                       "concert tickets"])
    t = pick(rng,
             f"saving for {what} that costs ${goal}. I have ${have} and can put away ${per} a "
             f"week. how many weeks until I can afford it?",
             f"goal {goal} dollars for {what}, already saved {have}, adding {per}/week. weeks "
             f"needed (whole weeks)?")
    return t, [ints(weeks)]


@fam
def hourly_wage(rng):
    rate, hours = cents(rng, 12, 45), rng.randint(20, 50)
    ot = max(0, hours - 40)
    v = rate * min(hours, 40) + rate * F(3, 2) * ot
    if tie(v):
        return None
    t = pick(rng,
             f"I make ${m(rate)}/hr, time and a half over 40 hours. worked {hours} hours this "
             f"week. gross pay?",
             f"pay rate {m(rate)} an hour, overtime (anything above 40h) paid at 1.5x. {hours} "
             f"hours worked, what's my pay before tax")
    return t, [dec(v)]


@fam
def salary_to_hourly(rng):
    sal = rng.randint(25, 150) * 1000
    hours = rng.choice([35, 37.5, 40])
    v = F(sal) / 52 / F(str(hours))
    if tie(v):
        return None
    t = pick(rng,
             f"salary is ${sal:,} a year, I work {hours:g} hours a week, 52 weeks. what's that "
             f"per hour? nearest cent",
             f"{sal} a year at {hours:g} hrs/week for 52 weeks, hourly rate?")
    return t, [dec(v)]


@fam
def unit_price_compare(rng):
    a_sz, b_sz = rng.choice([(500, 750), (12, 18), (1, 3), (250, 400), (6, 24)])
    a_p, b_p = cents(rng, 2, 9), cents(rng, 3, 20)
    ua, ub = a_p / a_sz, b_p / b_sz
    if ua == ub:
        return None
    diff = abs(a_p / a_sz * b_sz - b_p)
    if tie(diff):
        return None
    t = (f"small pack: {a_sz} units for ${m(a_p)}. big pack: {b_sz} units for ${m(b_p)}. if I "
         f"bought "
         f"{b_sz} units at the small pack's unit price, how much more or less would it cost than "
         f"the big pack? (abs difference, to the cent)")
    return t, [dec(diff)]


@fam
def change_due(rng):
    items = [cents(rng, 1, 25) for _ in range(rng.randint(2, 4))]
    total = sum(items)
    paid = rng.choice([50, 100]) if total < 50 else 100
    t = pick(rng,
             f"bought stuff for {', '.join('$' + m(x) for x in items)}. paid with a ${paid} "
             f"bill. change?",
             f"items cost {' + '.join(m(x) for x in items)}. I hand over {paid} dollars, how "
             f"much change do I get")
    return t, [dec(paid - total)]


@fam
def split_unequal(rng):
    total = cents(rng, 60, 300)
    a = cents(rng, 5, 40)
    n = rng.randint(3, 6)
    v = (total - a) / n
    if tie(v) or total - a <= 0:
        return None
    name = rng.choice(NAMES)
    t = (f"groceries came to ${m(total)}. {name} had ${m(a)} of stuff just for themself and pays "
         f"that alone; the rest "
         f"is split evenly between all {n} of us (including {name}). how much does {name} pay in "
         f"total?")
    return t, [dec(v + a)]


@fam
def budget_left(rng):
    inc = rng.randint(20, 80) * 100
    rent_p, food = rng.choice([25, 30, 35, 40]), rng.randint(200, 900)
    other = rng.randint(50, 600)
    v = inc - F(inc * rent_p, 100) - food - other
    t = pick(rng,
             f"monthly take-home ${inc}. rent is {rent_p}% of that, food ${food}, other bills "
             f"${other}. how much is left?",
             f"I earn {inc}/month after tax; rent {rent_p}% of income, groceries {food}, "
             f"subscriptions+utilities {other}. leftover?")
    return t, [dec(v)]


@fam
def fuel_cost(rng):
    km, l100, price = rng.randint(50, 900), F(rng.randint(45, 110), 10), cents(rng, 1, 2)
    v = F(km) * l100 / 100 * price
    if tie(v):
        return None
    t = pick(rng,
             f"road trip {km} km, car uses {float(l100):g} L/100km, fuel is ${m(price)}/L. fuel "
             f"cost? nearest cent",
             f"driving {km}km. consumption {float(l100):g} litres per 100 km, petrol {m(price)} "
             f"a litre. how much will fuel cost")
    return t, [dec(v)]


@fam
def time_add(rng):
    h, mi = rng.randint(5, 20), rng.randint(0, 59)
    dur = rng.randint(25, 400)
    t = pick(rng,
             f"flight leaves at {h:02d}:{mi:02d} and takes {dur // 60} h {dur % 60} min. what "
             f"time does it land (same time zone)?",
             f"movie starts {h}:{mi:02d} (24h) and runs {dur} minutes. when does it end?")
    return t, [clock(h * 60 + mi + dur)]


@fam
def time_between(rng):
    a, b = rng.randint(6 * 60, 12 * 60), rng.randint(13 * 60, 23 * 60)
    d = b - a
    forms = [f"{d // 60}h{d % 60}", f"{d // 60}hours{d % 60}min",
             f"{d // 60}hours and {d % 60}min".replace(" ", ""),
             f"{d // 60}hr{d % 60}", f"{d // 60}hrs{d % 60}",
             f"{d // 60}:{d % 60:02d}", f"{d}minutes", f"{d}min",
             f"{d // 60}hand{d % 60}", f"{d // 60}hrand{d % 60}", f"{d // 60}hrsand{d % 60}",
             f"{d // 60}h{d % 60:02d}", f"{d // 60}hours{d % 60:02d}"]
    t = pick(rng, f"how long is it from {clock(a)[0]} to {clock(b)[0]}?",
             f"shift starts {clock(a)[2]} and ends {clock(b)[2]}. how long is that in hours and "
             f"minutes")
    return t, [forms]


@fam
def age_problem(rng):
    kid, diff, _yrs = rng.randint(3, 20), rng.randint(20, 40), rng.randint(2, 15)
    mom = kid + diff
    name = rng.choice(NAMES)
    t = pick(rng,
             f"{name}'s mum is {mom} and {name} is {kid}. in how many years will the mum be "
             f"exactly twice {name}'s age?",
             f"dad is {mom}, son is {kid}. how many years until dad is twice as old as his son?")
    y = mom - 2 * kid
    if y <= 0:
        return None
    return t, [ints(y)]


@fam
def age_sum(rng):
    a, d = rng.randint(5, 40), rng.randint(2, 15)
    n1, n2 = rng.sample(NAMES, 2)
    t = pick(rng,
             f"{n1} is {d} years older than {n2}. their ages add up to {2 * a + d}. how old is "
             f"{n1}?",
             f"sum of {n1} and {n2}'s ages is {2 * a + d} and {n1} is older by {d}. {n2}'s age?")
    return t, [ints(a + d if "how old" in t else a)]


@fam
def travel_time(rng):
    dist, speed = rng.randint(30, 800), rng.choice([40, 50, 60, 65, 70, 80, 90, 100, 110])
    mins = F(dist * 60, speed)
    if tie(mins, 0):
        return None
    tot = int(rnd_int(mins))
    forms = [f"{tot // 60}h{tot % 60}min", f"{tot // 60}hours{tot % 60}min",
             f"{tot // 60}hr{tot % 60}", f"{tot // 60}hrs{tot % 60}",
             f"{tot // 60}h{tot % 60:02d}", f"{tot}min", f"{tot // 60}:{tot % 60:02d}",
             f"{tot // 60}hours and {tot % 60}minutes".replace(" ", ""),
             f"{tot // 60}hand{tot % 60}", f"{tot // 60}hrand{tot % 60}",
             f"{tot // 60}hrsand{tot % 60}"]
    t = pick(rng,
             f"{dist} km at an average {speed} km/h, how long does it take? (hours and minutes, "
             f"nearest minute)",
             f"driving {dist} miles averaging {speed} mph. travel time to the nearest minute?")
    return t, [forms]


def rnd_int(v: F) -> int:
    return (v.numerator * 2 + v.denominator) // (2 * v.denominator)


@fam
def meeting_trains(rng):
    d, v1, v2 = rng.randint(100, 900), rng.randint(40, 120), rng.randint(40, 120)
    h = F(d, v1 + v2)
    mins = h * 60
    if tie(mins, 0):
        return None
    tot = rnd_int(mins)
    t = (f"two trains {d} km apart head toward each other at {v1} km/h and {v2} km/h. how many "
         f"minutes until they meet? "
         f"(nearest minute)")
    return t, [ints(tot)]


@fam
def pace_run(rng):
    km = rng.choice([5, 10, 21.1, 42.2, 8, 15])
    mins = rng.randint(int(km * 4), int(km * 8))
    secs = rng.randint(0, 59)
    total = F(mins * 60 + secs)
    pace = total / F(str(km))
    if tie(pace, 0):
        return None
    p = rnd_int(pace)
    t = pick(rng,
             f"ran {km:g} km in {mins}:{secs:02d}. what's my pace per km (min:sec, nearest "
             f"second)?",
             f"finished a {km:g}k in {mins} min {secs} s. average pace per kilometre? round to "
             f"the second")
    return t, [[f"{p // 60}:{p % 60:02d}", f"{p // 60}m{p % 60:02d}s",
                f"{p // 60}min{p % 60:02d}s", f"{p // 60}min{p % 60}s",
                f"{p // 60}m{p % 60}s", f"{p // 60}minutes{p % 60}seconds",
                f"{p // 60}minutesand{p % 60}seconds", f"{p // 60}min{p % 60}sec"]]


@fam
def rectangle_room(rng):
    w, ln = F(rng.randint(20, 80), 10), F(rng.randint(25, 120), 10)
    price = cents(rng, 15, 90)
    v = w * ln * price
    if tie(v):
        return None
    t = pick(rng,
             f"room is {float(w):g} m by {float(ln):g} m. flooring costs ${m(price)} per m². how "
             f"much for the whole floor?",
             f"new carpet: {float(w):g}m x {float(ln):g}m bedroom at {m(price)} per square metre. "
             f"total cost?")
    return t, [dec(v)]


@fam
def circle_area(rng):
    r = rng.randint(2, 60)
    v = F(math.pi * r * r).limit_denominator(10**8)
    if tie(v, 2):
        return None
    t = pick(rng, f"area of a circle with radius {r} cm? 2 dp",
             f"circle diameter {2 * r} m, what's the area (2 decimal places)",
             f"round pizza {2 * r} inches across. area in square inches, 2 dp?")
    return t, [[*dec(v, 2), f"{r * r}π", f"{r * r}pi"]]


@fam
def pythagoras(rng):
    a, b = rng.randint(3, 40), rng.randint(3, 40)
    c2 = a * a + b * b
    c = math.isqrt(c2)
    t = pick(rng, f"right triangle legs {a} and {b}, hypotenuse? (2 dp if not whole)",
             f"a ladder reaches {b} ft up a wall with its foot {a} ft from the wall. how long is "
             f"the ladder, 2 decimals")
    if c * c == c2:
        return t, [ints(c)]
    v = F(math.sqrt(c2)).limit_denominator(10**9)
    if tie(v, 2):
        return None
    return t, [[*dec(v, 2), f"√{c2}", f"sqrt({c2})"]]


@fam
def cylinder_volume(rng):
    r, h = rng.randint(2, 30), rng.randint(3, 60)
    v = F(math.pi * r * r * h).limit_denominator(10**8)
    if tie(v, 1):
        return None
    t = pick(rng, f"volume of a cylinder radius {r} cm height {h} cm? 1 dp",
             f"how much water (cm³) does a cylindrical tank with r={r}cm and h={h}cm hold? 1 "
             f"decimal")
    return t, [[*dec(v, 1), f"{r * r * h}π", f"{r * r * h}pi"]]


@fam
def triangle_angle(rng):
    a, b = rng.randint(20, 100), rng.randint(20, 100)
    if a + b >= 175:
        return None
    t = pick(rng, f"two angles of a triangle are {a}° and {b}°. third angle?",
             f"triangle has angles {a} and {b} degrees, what's the last one")
    return t, [ints(180 - a - b)]


@fam
def arithmetic_seq(rng):
    a, d, n = rng.randint(-10, 30), rng.randint(-7, 12), rng.randint(15, 80)
    if d == 0:
        return None
    seq = ", ".join(str(a + i * d) for i in range(4))
    t = pick(rng, f"what's the {n}th term of {seq}, ...?",
             f"sequence {seq}... find term number {n}")
    return t, [ints(a + (n - 1) * d)]


@fam
def arithmetic_sum(rng):
    a, d, n = rng.randint(1, 30), rng.randint(1, 9), rng.randint(10, 60)
    s = n * (2 * a + (n - 1) * d) // 2
    t = pick(rng, f"sum of the first {n} terms of {a}, {a + d}, {a + 2 * d}, ...?",
             f"I save ${a} the first week, and each week after I save ${d} more than the week "
             f"before. total after {n} weeks?")
    return t, [ints(s)]


@fam
def geometric_term(rng):
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2, 4, 5]), rng.randint(5, 12)
    seq = ", ".join(str(a * r**i) for i in range(3))
    t = pick(rng, f"geometric sequence {seq}, ... what is the {n}th term?",
             f"find term {n} of {seq}, ...")
    return t, [ints(a * r ** (n - 1))]


@fam
def geometric_sum(rng):
    a, r, n = rng.randint(1, 20), rng.choice([2, 3]), rng.randint(5, 12)
    s = a * (r**n - 1) // (r - 1)
    t = pick(rng,
             f"sum of the first {n} terms of the geometric series {a} + {a * r} + {a * r * r} + "
             f"...",
             f"a chain email: I send it to {a} people on day 1 and the number sent multiplies by "
             f"{r} each day. total sent after {n} days?")
    return t, [ints(s)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    discount_price, discount_then_tax, stacked_discount, tip_and_split, tip_amount,
    simple_interest, compound_interest, savings_goal, hourly_wage, salary_to_hourly,
    unit_price_compare, change_due, split_unequal, budget_left, fuel_cost, time_add,
    time_between, age_problem, age_sum, travel_time, meeting_trains, pace_run, rectangle_room,
    circle_area, pythagoras, cylinder_volume, triangle_angle, arithmetic_seq, arithmetic_sum,
    geometric_term, geometric_sum)]
