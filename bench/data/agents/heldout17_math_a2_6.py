"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-6: chatty everyday
problems on shopping, cooking, fitness, dates and money, plus a few quick algebra checks."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money
from bench.data.agents.heldout17_math_a2 import dec, family, hm, tie
from bench.data.agents.helpers import Family


@family
def bulk_vs_single(rng: random.Random) -> Made:
    single, n = Fraction(rng.randint(60, 300), 100), rng.choice([12, 18, 24, 30, 36])
    pack = single * n * Fraction(rng.randint(70, 92), 100)
    pack = Fraction(round(pack * 100), 100)
    save = single * n - pack
    return (f"Cans are ${float(single):.2f} each, or a {n}-pack for ${float(pack):.2f}. If I buy "
            "the pack instead of singles, how much do I save?", [money(save)])


@family
def coffee_habit_year(rng: random.Random) -> Made:
    cup, per_week = Fraction(rng.randint(250, 650), 100), rng.randint(3, 12)
    year = cup * per_week * 52
    return (f"honestly how much do I spend on coffee a year if it's {per_week} cups a week at "
            f"${float(cup):.2f} a cup? (52 weeks)", [money(year)])


@family
def recipe_oven_convert(rng: random.Random) -> Made:
    c = rng.choice([160, 170, 175, 180, 190, 200, 210, 220, 230])
    f = Fraction(c * 9, 5) + 32
    return (f"my recipe says {c}°C but my oven is in Fahrenheit. what do I set it to?",
            [[f"{float(f):g}°F", f"{float(f):g} °F", f"{float(f):g} F", f"{float(f):g} degrees",
              f"{float(f):g}°"]])


@family
def rice_water_ratio(rng: random.Random) -> Made:
    rice = Fraction(rng.randint(2, 9), 2)
    ratio = rng.choice([Fraction(3, 2), Fraction(7, 4), Fraction(2)])
    water = rice * ratio
    if (water * 8).denominator != 1:
        return None
    whole, rest = divmod(water, 1)
    forms = [str(water), f"{float(water):g}"] + ([f"{whole} {rest}"] if whole and rest else [])
    return (f"Water to rice is {float(ratio):g} : 1 by volume for this rice. I'm cooking "
            f"{float(rice):g} cups of rice, how many cups of water?", [forms])


@family
def marathon_split(rng: random.Random) -> Made:
    h, m = rng.randint(3, 5), rng.randint(0, 59)
    total = h * 3600 + m * 60
    per_km = total / 42.195
    if tie(per_km, 0):
        return None
    s = round(per_km)
    return (f"I want to run a marathon (42.195 km) in {h}:{m:02d}:00. what pace per km do I need? "
            "min:sec, nearest second", [[f"{s // 60}:{s % 60:02d}", f"{s // 60} min {s % 60} s",
                                          f"{s // 60}m {s % 60}s"]])


@family
def calories_burned_week(rng: random.Random) -> Made:
    per_min, mins, days = rng.randint(7, 13), rng.randint(20, 75), rng.randint(3, 6)
    total = per_min * mins * days
    return (f"Cycling burns about {per_min} kcal per minute for me. If I ride {mins} minutes, "
            f"{days} days a week, how many kcal is that weekly?", [[f"{total:,}", str(total)]])


@family
def lift_volume(rng: random.Random) -> Made:
    sets = [(rng.randint(3, 5), rng.randint(5, 12), rng.choice([40, 50, 60, 62.5, 70, 80, 100]))
            for _ in range(3)]
    total = sum(s * r * w for s, r, w in sets)
    desc = ", ".join(f"{s}x{r} @ {w} kg" for s, r, w in sets)
    return (f"total volume lifted today (sets × reps × weight)? {desc}",
            [[f"{total:g}", f"{total:,g}", f"{total:g} kg", f"{total:,g} kg"]])


@family
def days_until_event(rng: random.Random) -> Made:
    a = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    b = a + datetime.timedelta(days=rng.randint(20, 400))
    n = (b - a).days
    return (f"if today is {a:%B} {a.day}, {a.year}, how many days until {b:%B} {b.day}, {b.year}?",
            [[str(n), f"{n} days"]])


@family
def add_duration_times(rng: random.Random) -> Made:
    parts = [rng.randint(15, 170) for _ in range(rng.randint(3, 5))]
    total = sum(parts)
    desc = ", ".join(f"{p // 60}h {p % 60}m" if p >= 60 else f"{p} min" for p in parts)
    return (f"Adding up my study sessions: {desc}. Total?", [hm(total)])


@family
def leap_year_count(rng: random.Random) -> Made:
    a = rng.randint(1800, 2000)
    b = a + rng.randint(50, 250)
    n = sum(1 for y in range(a, b + 1) if y % 4 == 0 and (y % 100 or y % 400 == 0))
    return (f"How many leap years are there from {a} to {b} inclusive (Gregorian rules)?",
            [[str(n), f"{n} leap years"]])


@family
def hourly_to_piece_rate(rng: random.Random) -> Made:
    pieces, hours = rng.randint(40, 300), rng.randint(4, 10)
    rate = Fraction(rng.randint(25, 180), 100)
    per_hour = pieces * rate / hours
    if tie(per_hour, 2):
        return None
    return (f"I get paid ${float(rate):.2f} per item I assemble. Yesterday I did {pieces} items in "
            f"{hours} hours — what's that as an hourly rate?",
            [money(round(float(per_hour) + 1e-9, 2))])


@family
def currency_free_change(rng: random.Random) -> Made:
    price = Fraction(rng.randint(101, 4999), 100)
    paid = rng.choice([20, 50, 100]) if price < 20 else rng.choice([50, 100])
    if paid <= price:
        return None
    return (f"cashier: total is {float(price):.2f}, customer hands over {paid}. change?",
            [money(paid - price)])


@family
def equation_in_words(rng: random.Random) -> Made:
    x, a, b = rng.randint(3, 40), rng.randint(2, 7), rng.randint(3, 30)
    result = a * x - b
    return (f"I'm thinking of a number. Multiply it by {a}, take away {b}, and you get {result}. "
            "What's my number?", [[str(x)]])


@family
def consecutive_odd(rng: random.Random) -> Made:
    n, k = rng.randint(5, 60) * 2 + 1, rng.choice([3, 4, 5])
    s = sum(n + 2 * i for i in range(k))
    return (f"{k} consecutive odd numbers add up to {s}. what's the biggest one?",
            [[str(n + 2 * (k - 1))]])


@family
def quadratic_word_area(rng: random.Random) -> Made:
    w, extra = rng.randint(4, 30), rng.randint(2, 12)
    area = w * (w + extra)
    return (f"A rectangular garden is {extra} m longer than it is wide and has area {area} m². "
            "What are its width and length?", [[f"{w} m", f"width {w}", f"width is {w}",
                                              f"width: {w}", f"width = {w}"],
                                             [f"{w + extra} m", f"length {w + extra}",
                                              f"length is {w + extra}", f"length: {w + extra}",
                                              f"length = {w + extra}"]])


@family
def simultaneous_tickets(rng: random.Random) -> Made:
    adult, child = rng.randint(8, 20), rng.randint(3, 7)
    na, nc = rng.randint(20, 150), rng.randint(20, 150)
    return (f"A show sold {na + nc} tickets and took ${adult * na + child * nc}. Adult tickets "
            f"are ${adult} and child tickets ${child}. How many adult tickets were sold?",
            [[str(na), f"{na} adult"]])


@family
def rational_inequality(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(-9, 10), 2))
    ta = f"x - {a}" if a > 0 else (f"x + {-a}" if a < 0 else "x")
    tb = f"x - {b}" if b > 0 else (f"x + {-b}" if b < 0 else "x")
    text = f"({ta})({tb})".replace("(x)(", "x(").replace(")(x)", ")·x")
    return (f"solve {text} < 0", [[f"{a} < x < {b}", f"({a}, {b})", f"({a},{b})"]])


@family
def log_base_change_value(rng: random.Random) -> Made:
    b, n = rng.randint(2, 9), rng.randint(10, 900)
    v = math.log(n, b)
    if tie(v, 4) or abs(v - round(v)) < 1e-9:
        return None
    return (f"log base {b} of {n} to 4 decimal places", [dec(v, 4)])


@family
def sum_of_cubes(rng: random.Random) -> Made:
    n = rng.randint(10, 60)
    s = (n * (n + 1) // 2) ** 2
    return (f"1³ + 2³ + 3³ + … + {n}³ = ?", [[str(s), f"{s:,}"]])


@family
def mod_inverse(rng: random.Random) -> Made:
    m = rng.choice([7, 11, 13, 17, 19, 23, 26, 29, 31])
    a = rng.randint(2, m - 1)
    if math.gcd(a, m) != 1:
        return None
    inv = pow(a, -1, m)
    return (f"find the inverse of {a} modulo {m} (between 1 and {m - 1})",
            [[str(inv), f"{inv} (mod {m})"]])


@family
def prob_at_least_k(rng: random.Random) -> Made:
    n, p = rng.randint(4, 10), rng.choice([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4),
                                          Fraction(2, 5)])
    v = sum(math.comb(n, k) * p ** k * (1 - p) ** (n - k) for k in range(2, n + 1))
    pct = float(v) * 100
    if tie(pct, 1):
        return None
    return (f"A free throw goes in with probability {p}, independently. In {n} attempts, what's "
            "the chance of at least 2 baskets? Percent to 1 dp.",
            [[f"{pct:.1f}%", f"{pct:.1f} %", f"{pct:.1f} percent"]])


@family
def pascal_coefficient(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    k = rng.randint(2, n - 2)
    a, b = rng.randint(1, 3), rng.randint(1, 3)
    c = math.comb(n, k) * a ** (n - k) * b ** k
    left = str(a) if a > 1 else "1"
    right = f"{b}x" if b > 1 else "x"
    return (f"what's the coefficient of x^{k} in the expansion of ({left} + {right})^{n}?",
            [[str(c), f"{c:,}"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bulk_vs_single, coffee_habit_year, recipe_oven_convert, rice_water_ratio, marathon_split,
    calories_burned_week, lift_volume, days_until_event, add_duration_times, leap_year_count,
    hourly_to_piece_rate, currency_free_change, equation_in_words, consecutive_odd,
    quadratic_word_area, simultaneous_tickets, rational_inequality, log_base_change_value,
    sum_of_cubes, mod_inverse, prob_at_least_k, pascal_coefficient)]
