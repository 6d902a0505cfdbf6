"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 7: more everyday word
problems (shopping, wages, savings, time, speed) and quick symbolic requests."""

from __future__ import annotations

import math

from bench.data.agents.heldout22_math import NAMES, F, dec, fam, frac, ints, pick, tie
from bench.data.agents.heldout22_math_5 import cents, clock, m
from bench.data.agents.helpers import Family


@fam
def cart_total_tax(rng):
    items = [cents(rng, 1, 40) for _ in range(rng.randint(2, 5))]
    tax = rng.choice(["5", "6", "7", "8", "8.875", "9.5"])
    v = sum(items) * (100 + F(tax)) / 100
    if tie(v):
        return None
    t = (f"cart has items at {', '.join('$' + m(x) for x in items)}. sales tax {tax}% on the "
         f"total. "
         f"what do I pay? round to the cent")
    return t, [dec(v)]


@fam
def price_per_kg(rng):
    grams, price = rng.randint(150, 2500), cents(rng, 1, 30)
    v = price * 1000 / grams
    if tie(v):
        return None
    what = rng.choice(["cheese", "coffee beans", "chicken", "grapes", "almonds"])
    t = pick(rng, f"{grams} g of {what} costs ${m(price)}. what's the price per kg?",
             f"pack of {what}, {grams}g for {m(price)} dollars — price per kilo, nearest cent?")
    return t, [dec(v)]


@fam
def monthly_to_yearly(rng):
    subs = [cents(rng, 3, 25) for _ in range(rng.randint(2, 4))]
    v = sum(subs) * 12
    t = (f"my subscriptions are {', '.join('$' + m(x) for x in subs)} per month. how much is that "
         f"a year?")
    return t, [dec(v)]


@fam
def weekly_pay_shifts(rng):
    rate = cents(rng, 11, 35)
    shifts = [rng.choice([4, 5, 6, 7.5, 8, 3.5]) for _ in range(rng.randint(3, 6))]
    v = rate * F(str(sum(shifts)))
    if tie(v):
        return None
    t = (f"I'm paid ${m(rate)} an hour. shifts this week: {', '.join(f'{s:g}h' for s in shifts)}. "
         f"how much did I earn?")
    return t, [dec(v)]


@fam
def rent_split_by_room(rng):
    rent = rng.randint(12, 45) * 100
    sizes = [rng.randint(9, 25) for _ in range(3)]
    who = rng.randint(0, 2)
    v = F(rent * sizes[who], sum(sizes))
    if tie(v):
        return None
    names = rng.sample(NAMES, 3)
    rooms = ", ".join(f"{n} {s} m²" for n, s in zip(names, sizes, strict=True))
    t = (f"we split ${rent} rent in proportion to bedroom size: {rooms}. how much does "
         f"{names[who]} "
         f"pay? nearest cent")
    return t, [dec(v)]


@fam
def price_increase_percent(rng):
    old, new = cents(rng, 1, 12), cents(rng, 1, 12)
    if new <= old:
        return None
    v = (new - old) / old * 100
    if tie(v, 1):
        return None
    what = rng.choice(["a coffee", "a bus ticket", "a loaf of bread", "a dozen eggs"])
    t = f"{what} went from ${m(old)} to ${m(new)}. what's the percentage increase? 1 dp"
    return t, [dec(v, 1)]


@fam
def cashback(rng):
    spend, pct = cents(rng, 200, 3000), rng.choice(["1", "1.5", "2", "3", "5"])
    v = spend * F(pct) / 100
    if tie(v):
        return None
    t = f"my card gives {pct}% cash back. I spent ${m(spend)} this month. how much cash back?"
    return t, [dec(v)]


@fam
def gas_mileage(rng):
    miles, gal = rng.randint(120, 600), F(rng.randint(40, 200), 10)
    v = miles / gal
    if tie(v, 1):
        return None
    t = pick(rng, f"drove {miles} miles on {float(gal):g} gallons. mpg? 1 dp",
             f"filled up {float(gal):g} gal after {miles} mi. what's my fuel economy in mpg, 1 "
             f"decimal")
    return t, [dec(v, 1)]


@fam
def cook_time_end(rng):
    h, mi = rng.randint(10, 19), rng.randint(0, 59)
    kg = F(rng.randint(10, 60), 10)
    per, extra = rng.choice([40, 45, 50, 30]), rng.choice([0, 15, 20, 30])
    total = int(kg * per) + extra
    if (kg * per).denominator != 1:
        return None
    t = (f"roast needs {per} min per kg plus {extra} min. it weighs {float(kg):g} kg and goes in "
         f"at "
         f"{h}:{mi:02d}. when will it be done?")
    return t, [clock(h * 60 + mi + total)]


@fam
def sleep_hours(rng):
    bed_h, bed_m = rng.randint(21, 23), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    wake_h, wake_m = rng.randint(5, 8), rng.choice([0, 5, 15, 25, 30, 45])
    mins = (24 * 60 - bed_h * 60 - bed_m) + wake_h * 60 + wake_m
    forms = [f"{mins // 60}h{mins % 60}", f"{mins // 60}hours{mins % 60}",
             f"{mins // 60}hrs{mins % 60}",
             f"{mins}min", f"{mins // 60}hours and {mins % 60}".replace(" ", ""),
             f"{mins // 60}hand{mins % 60}", f"{mins // 60}hrand{mins % 60}",
             f"{mins // 60}hrsand{mins % 60}", f"{mins // 60}:{mins % 60:02d}",
             f"{mins // 60}h{mins % 60:02d}", f"{mins // 60}hours{mins % 60:02d}"]
    if mins % 60 == 0:
        forms = [f"{mins // 60}hours", f"{mins // 60}h", f"{mins // 60}hrs"]
    t = (f"went to bed at {bed_h}:{bed_m:02d} and woke up at {wake_h}:{wake_m:02d}am. how long "
         f"was I "
         f"in bed?")
    return t, [forms]


@fam
def walking_distance(rng):
    steps, stride = rng.randint(3000, 25000), rng.randint(60, 85)
    v = F(steps * stride, 100000)
    t = pick(rng, f"I walked {steps:,} steps today, my stride is {stride} cm. how many km is that?",
             f"{steps} steps at {stride}cm per step = how many kilometres")
    exact = f"{float(v):.5f}".rstrip("0").rstrip(".")
    return t, [list(dict.fromkeys([*dec(v, 3), *dec(v, 2), exact]))]


@fam
def speed_convert_run(rng):
    km, mins = rng.choice([5, 10, 3, 8, 12, 15]), rng.randint(12, 90)
    v = F(km * 60, mins)
    if tie(v, 2):
        return None
    t = f"I cycled {km} km in {mins} minutes. average speed in km/h? 2 dp"
    return t, [dec(v, 2)]


@fam
def average_speed_trip(rng):
    d1, s1 = rng.randint(20, 200), rng.randint(30, 110)
    d2, s2 = rng.randint(20, 200), rng.randint(30, 110)
    v = F(d1 + d2) / (F(d1, s1) + F(d2, s2))
    if tie(v, 1):
        return None
    t = (f"first {d1} km at {s1} km/h, then {d2} km at {s2} km/h. average speed for the whole "
         f"trip? "
         f"1 dp")
    return t, [dec(v, 1)]


@fam
def age_ratio_past(rng):
    son, k, y = rng.randint(4, 20), rng.choice([2, 3, 4]), rng.randint(1, 10)
    if son - y <= 0:
        return None
    dad_then = k * (son - y)
    dad = dad_then + y
    if dad - son < 18:
        return None
    t = (f"{y} years ago a dad was {k} times his son's age. the son is {son} now. how old is the "
         f"dad "
         f"now?")
    return t, [ints(dad)]


@fam
def fraction_of_pizza(rng):
    slices = rng.choice([8, 10, 12, 16])
    a, b = rng.randint(1, slices // 2), rng.randint(1, slices // 3)
    left = F(slices - a - b, slices)
    n1, n2 = rng.sample(NAMES, 2)
    t = (f"pizza cut into {slices} slices. {n1} eats {a}, {n2} eats {b}. what fraction is left? "
         f"simplest form")
    return t, [frac(left)]


@fam
def solve_proportion(rng):
    a, b, c = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 60)
    v = F(b * c, a)
    if v == int(v) and str(int(v)) in f"{a}{b}{c}":
        return None
    t = pick(rng, f"solve {a}/{b} = {c}/x", f"x such that {a}:{b} = {c}:x?")
    return t, [frac(v)]


@fam
def quadratic_word_area(rng):
    w, extra = rng.randint(3, 30), rng.randint(1, 15)
    area = w * (w + extra)
    t = (f"a rectangle is {extra} m longer than it is wide and its area is {area} m². how wide "
         f"is it?")
    return t, [ints(w)]


@fam
def ball_height_time(rng):
    v0 = rng.choice([10, 15, 20, 25, 30, 40])
    h0 = rng.randint(0, 50)
    # h = h0 + v0 t - 5t^2 = 0
    disc = v0 * v0 + 20 * h0
    tt = F((v0 + math.sqrt(disc)) / 10).limit_denominator(10**9)
    if tie(tt, 2):
        return None
    t = (f"a ball is thrown up from {h0} m at {v0} m/s; its height is h = {h0} + {v0}t - 5t². "
         f"when does it "
         f"hit the ground? seconds, 2 dp")
    return t, [dec(tt, 2)]


@fam
def reading_pace(rng):
    pages, read, days = rng.randint(200, 900), rng.randint(10, 150), rng.randint(3, 30)
    if read >= pages:
        return None
    per = math.ceil(F(pages - read, days))
    t = (f"book has {pages} pages, I'm on page {read} (read that many). {days} days left before "
         f"book club. "
         f"how many pages a day minimum (whole pages)?")
    return t, [ints(per)]


@fam
def deposit_percent(rng):
    price, dep = rng.randint(150, 900) * 1000, rng.choice([5, 10, 15, 20, 25])
    v = F(price * dep, 100)
    t = pick(rng, f"house costs ${price:,}. the bank wants a {dep}% deposit. how much do I need?",
             f"{dep}% down payment on a {price} dollar flat is how much")
    return t, [dec(v)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cart_total_tax, price_per_kg, monthly_to_yearly, weekly_pay_shifts, rent_split_by_room,
    price_increase_percent, cashback, gas_mileage, cook_time_end, sleep_hours, walking_distance,
    speed_convert_run, average_speed_trip, age_ratio_past, fraction_of_pizza, solve_proportion,
    quadratic_word_area, ball_height_time, reading_pace, deposit_percent)]
