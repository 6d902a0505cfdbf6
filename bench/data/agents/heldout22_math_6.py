"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 6: geometry, sequences,
everyday money, time and distance word problems."""

from __future__ import annotations

import math

from bench.data.agents.heldout22_math import NAMES, F, dec, fam, ints, pick, tie
from bench.data.agents.heldout22_math_5 import cents, clock, m, rnd_int
from bench.data.agents.helpers import Family


@fam
def rect_perimeter(rng):
    w, h = rng.randint(3, 90), rng.randint(3, 90)
    t = pick(rng, f"how much fence do I need around a {w} m by {h} m yard?",
             f"perimeter of a rectangle {w} x {h}?",
             f"I want to put trim around a {w}in by {h}in frame, total length of trim?")
    return t, [ints(2 * (w + h))]


@fam
def triangle_area(rng):
    b, h = rng.randint(3, 80), rng.randint(3, 80)
    t = pick(rng, f"area of a triangle with base {b} cm and height {h} cm?",
             f"triangle: base {b}, height {h}. area?")
    return t, [dec(F(b * h, 2), 1)]


@fam
def trapezoid_area(rng):
    a, b, h = rng.randint(3, 40), rng.randint(3, 40), rng.randint(2, 30)
    t = pick(rng, f"trapezoid with parallel sides {a} and {b} m, height {h} m. area?",
             f"area of a trapezium: parallel sides {a} cm and {b} cm, height {h} cm")
    return t, [dec(F((a + b) * h, 2), 1)]


@fam
def circle_circumference(rng):
    r = rng.randint(2, 90)
    v = F(2 * math.pi * r).limit_denominator(10**8)
    if tie(v, 2):
        return None
    t = pick(rng, f"circumference of a circle radius {r} cm, 2 dp",
             f"a round table has a diameter of {2 * r} in. how far around the edge? 2 decimals")
    return t, [[*dec(v, 2), f"{2 * r}π", f"{2 * r}pi"]]


@fam
def box_volume_litres(rng):
    a, b, c = rng.randint(10, 120), rng.randint(10, 80), rng.randint(10, 60)
    v = F(a * b * c, 1000)
    t = pick(rng,
             f"fish tank is {a} cm long, {b} cm wide, {c} cm tall. how many litres does it hold?",
             f"a box {a}cm x {b}cm x {c}cm — volume in litres?")
    return t, [dec(v, 3)]


@fam
def paint_walls(rng):
    w, d = F(rng.randint(25, 120), 10), F(rng.randint(25, 120), 10)
    h = F(rng.randint(22, 35), 10)
    cover = rng.choice([5, 6, 10, 12, 8])
    area = 2 * (w + d) * h
    cans = math.ceil(area / cover)
    t = (f"room is {float(w):g} m by {float(d):g} m with {float(h):g} m high walls. one can of "
         f"paint "
         f"covers {cover} m². how many cans for all four walls, one coat, ignoring doors?")
    return t, [ints(cans)]


@fam
def sphere_volume(rng):
    r = rng.randint(2, 40)
    v = F(4 * math.pi * r**3 / 3).limit_denominator(10**8)
    if tie(v, 1):
        return None
    t = pick(rng, f"volume of a sphere radius {r} cm? 1 dp",
             f"ball with radius {r} in, volume to 1 decimal?")
    return t, [dec(v, 1)]


@fam
def cone_volume(rng):
    r, h = rng.randint(2, 20), rng.randint(3, 40)
    v = F(math.pi * r * r * h / 3).limit_denominator(10**8)
    if tie(v, 1):
        return None
    t = pick(rng, f"volume of a cone r={r} cm, h={h} cm, 1 dp",
             f"ice cream cone radius {r} cm and height {h} cm. volume? round to 1 decimal")
    return t, [dec(v, 1)]


@fam
def polygon_angles(rng):
    n = rng.randint(5, 40)
    t = pick(rng, f"sum of the interior angles of a {n}-sided polygon?",
             f"what do the inside angles of a {n}-gon add up to (degrees)")
    return t, [ints((n - 2) * 180)]


@fam
def distance_points(rng):
    x1, y1, x2, y2 = (rng.randint(-15, 15) for _ in range(4))
    d2 = (x2 - x1) ** 2 + (y2 - y1) ** 2
    if d2 == 0:
        return None
    r = math.isqrt(d2)
    t = pick(rng, f"distance between ({x1}, {y1}) and ({x2}, {y2})? 2 dp if needed",
             f"how far apart are the points ({x1},{y1}) and ({x2},{y2}), to 2 decimals")
    if r * r == d2:
        return t, [ints(r)]
    v = F(math.sqrt(d2)).limit_denominator(10**9)
    if tie(v, 2):
        return None
    return t, [[*dec(v, 2), f"√{d2}", f"sqrt({d2})"]]


@fam
def tv_diagonal(rng):
    w, h = rng.randint(20, 70), rng.randint(12, 40)
    v = F(math.hypot(w, h)).limit_denominator(10**9)
    if tie(v, 1):
        return None
    t = f"my TV is {w} inches wide and {h} inches tall. what's the diagonal? 1 dp"
    return t, [dec(v, 1)]


@fam
def nth_triangular(rng):
    n = rng.randint(10, 200)
    t = pick(rng, f"what's 1 + 2 + 3 + ... + {n}?", f"sum of the whole numbers from 1 to {n}")
    return t, [ints(n * (n + 1) // 2)]


@fam
def sequence_next(rng):
    a, d, dd = rng.randint(1, 20), rng.randint(1, 9), rng.randint(1, 4)
    seq = [a]
    step = d
    for _ in range(4):
        seq.append(seq[-1] + step)
        step += dd
    nxt = seq[-1] + step
    t = pick(rng, f"next number: {', '.join(map(str, seq))}, ?",
             f"what comes next in {' '.join(map(str, seq))}")
    return t, [ints(nxt)]


@fam
def salary_raise_years(rng):
    sal, p, y = rng.randint(30, 120) * 1000, rng.choice([2, 3, 4, 5]), rng.randint(2, 8)
    v = sal * (1 + F(p, 100)) ** y
    if tie(v):
        return None
    t = (f"starting salary ${sal:,}, with a {p}% raise every year. what will it be after {y} "
         f"raises? "
         f"to the cent")
    alt = F(sal)
    for _ in range(y):  # salary rounded to the cent after each raise
        alt = F(math.floor(alt * (100 + p) + F(1, 2)), 100)
    return t, [list(dict.fromkeys(dec(v) + ([] if tie(alt) else dec(alt))))]


@fam
def bulk_buy(rng):
    price, n, free = cents(rng, 1, 15), rng.randint(5, 30), rng.choice([3, 4, 5])
    paid = n - n // free
    t = (f"shop does buy {free - 1} get 1 free on ${m(price)} yogurts. I take {n} of them. how "
         f"much do "
         f"I pay?")
    return t, [dec(price * paid)]


@fam
def loan_monthly(rng):
    p, rate = rng.randint(5, 40) * 1000, rng.choice([3, 4, 5, 6, 7, 8])
    n = rng.choice([24, 36, 48, 60])
    r = F(rate, 1200)
    pay = p * r / (1 - 1 / (1 + r) ** n)
    v = F(float(pay)).limit_denominator(10**9)
    if tie(v):
        return None
    t = (f"car loan ${p:,} at {rate}% APR, {n} monthly payments, standard amortized loan. "
         f"monthly payment? "
         f"nearest cent")
    return t, [dec(v)]


@fam
def sales_tax_back(rng):
    pre, tax = cents(rng, 10, 400), rng.choice(["5", "6", "7", "8", "10", "13", "20"])
    total = pre * (100 + F(tax)) / 100
    if total.denominator > 100 and tie(total):
        return None
    tot = F(rnd_int(total * 100), 100)
    v = tot / (1 + F(tax) / 100)
    if tie(v):
        return None
    t = f"receipt total ${m(tot)} includes {tax}% tax. what was the price before tax? nearest cent"
    return t, [dec(v)]


@fam
def commission(rng):
    base, sales = rng.randint(15, 40) * 100, rng.randint(5, 90) * 1000
    p = rng.choice(["2", "3", "4.5", "5", "7.5"])
    v = base + sales * F(p) / 100
    t = pick(rng,
             f"base pay ${base} a month plus {p}% commission. sold ${sales:,} this month. total "
             f"pay?",
             f"I get {base} base + {p}% of sales. sales were {sales}. what did I earn")
    return t, [dec(v)]


@fam
def phone_plans(rng):
    a_fee, a_per = rng.randint(10, 30), F(rng.randint(5, 30), 100)
    b_fee, b_per = rng.randint(31, 60), F(rng.randint(0, 4), 100)
    if a_per <= b_per:
        return None
    mins = (b_fee - a_fee) / (a_per - b_per)
    if mins.denominator != 1:
        return None
    t = (f"plan A: ${a_fee}/month + ${m(a_per)} per minute. plan B: ${b_fee}/month + ${m(b_per)} "
         f"per minute. "
         f"at how many minutes a month do they cost the same?")
    return t, [ints(mins)]


@fam
def arrive_by(rng):
    h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
    dist, speed = rng.randint(20, 300), rng.choice([40, 50, 60, 80, 100])
    travel = F(dist * 60, speed)
    if travel.denominator != 1:
        return None
    leave = h * 60 + mi - int(travel)
    if leave < 0:
        return None
    t = (f"I need to be there at {h}:{mi:02d}. it's {dist} km away and I'll average {speed} km/h. "
         f"what's the latest I can leave?")
    return t, [clock(leave)]


@fam
def time_zones(rng):
    h, mi = rng.randint(0, 23), rng.choice([0, 15, 30, 45, 5, 20])
    off, dur = rng.randint(-9, 9), rng.randint(60, 900)
    if off == 0:
        return None
    total = h * 60 + mi + dur + off * 60
    word = f"{abs(off)} hours {'ahead of' if off > 0 else 'behind'}"
    t = (f"leaving at {h:02d}:{mi:02d} local time, flight is {dur // 60}h {dur % 60}m. "
         f"destination is "
         f"{word} my time zone. local arrival time there? (24h clock)")
    return t, [clock(total)]


@fam
def days_between(rng):
    import datetime
    d1 = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 300))
    d2 = d1 + datetime.timedelta(days=rng.randint(5, 400))
    t = pick(rng, f"how many days from {d1:%B} {d1.day}, {d1.year} to {d2:%B} {d2.day}, {d2.year}?",
             f"days between {d1.isoformat()} and {d2.isoformat()}?")
    return t, [ints((d2 - d1).days)]


@fam
def age_in_future(rng):
    n1, n2 = rng.sample(NAMES, 2)
    a, k, y = rng.randint(2, 12), rng.choice([2, 3, 4]), rng.randint(3, 20)
    t = (f"{n1} is {k} times as old as {n2}, and {n2} is {a}. how old will {n1} be in {y} years?")
    return t, [ints(k * a + y)]


@fam
def catch_up(rng):
    v1, v2, head = rng.randint(4, 15), rng.randint(16, 30), rng.randint(5, 60)
    mins = F(v1 * head, v2 - v1)
    if tie(mins, 0):
        return None
    t = (f"my friend walks off at {v1} km/h. I leave {head} minutes later on a bike at {v2} km/h "
         f"on the "
         f"same route. how many minutes after I set off do I catch up? nearest minute")
    return t, [ints(rnd_int(mins))]


@fam
def work_together(rng):
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    v = F(a * b, a + b)
    if tie(v, 2):
        return None
    t = pick(rng,
             f"I can paint the fence in {a} hours, my brother in {b} hours. together, how long? "
             f"2 dp",
             f"pipe A fills a tank in {a} h, pipe B in {b} h. both open, hours to fill (2 "
             f"decimals)?")
    return t, [dec(v, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    rect_perimeter, triangle_area, trapezoid_area, circle_circumference, box_volume_litres,
    paint_walls, sphere_volume, cone_volume, polygon_angles, distance_points,
    tv_diagonal, nth_triangular, sequence_next, salary_raise_years, bulk_buy, loan_monthly,
    sales_tax_back, commission, phone_plans, arrive_by, time_zones, days_between, age_in_future,
    catch_up, work_together)]
