"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-8: quick everyday sums
and textbook exercises on rates, proportions, sequences, probability and geometry."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money
from bench.data.agents.heldout17_math_a2 import dec, family, hm, tie
from bench.data.agents.helpers import Family


@family
def printer_jobs(rng: random.Random) -> Made:
    ppm, pages, copies = rng.randint(12, 45), rng.randint(8, 60), rng.randint(5, 40)
    mins = Fraction(pages * copies, ppm)
    if tie(mins, 0):
        return None
    m = round(float(mins))
    return (f"Printing {copies} copies of a {pages}-page handout on a printer that does {ppm} "
            "pages a minute. About how many minutes? (nearest minute)", [[str(m), f"{m} min"]])


@family
def inverse_proportion_workers(rng: random.Random) -> Made:
    w1, d1, w2 = rng.randint(3, 12), rng.randint(4, 30), rng.randint(2, 15)
    if w1 == w2 or (w1 * d1) % w2:
        return None
    d2 = w1 * d1 // w2
    return (f"{w1} painters take {d1} days to paint a school. At the same rate, how long would "
            f"{w2} painters take?", [[str(d2), f"{d2} days"]])


@family
def tank_leak(rng: random.Random) -> Made:
    fill, leak = rng.randint(2, 9), rng.randint(3, 15)
    if leak <= fill:
        return None
    t = Fraction(fill * leak, leak - fill)
    if tie(t, 1):
        return None
    return (f"A tap fills a tank in {fill} hours, but a leak would empty the full tank in {leak} "
            "hours. With both going, how long to fill it? Hours to 1 decimal.", [dec(t, 1)])


@family
def concentration_mix(rng: random.Random) -> Made:
    v1, c1 = rng.randint(100, 900), rng.randint(5, 40)
    v2, c2 = rng.randint(100, 900), rng.randint(5, 40)
    c = Fraction(v1 * c1 + v2 * c2, v1 + v2)
    if c1 == c2 or tie(c, 1):
        return None
    return (f"mixing {v1} ml of {c1}% juice with {v2} ml of {c2}% juice. concentration of the mix? "
            "1 dp", [[f"{float(c):.1f}%", f"{float(c):.1f} %", f"{float(c):.1f} percent"]])


@family
def dilute_to(rng: random.Random) -> Made:
    v, c = rng.randint(100, 1000), rng.choice([20, 30, 40, 50, 60, 70])
    target = rng.choice([5, 10, 15])
    if target >= c:
        return None
    add = Fraction(v * c, target) - v
    if tie(add, 0):
        return None
    a = round(float(add))
    return (f"I have {v} mL of a {c}% cleaning solution. How much water should I add to dilute "
            f"it to {target}%? Nearest mL.", [[str(a), f"{a} ml", f"{a} mL", f"{a:,}"]])


@family
def golden_anniversary(rng: random.Random) -> Made:
    year, kind = rng.randint(1950, 2020), rng.choice([("silver", 25), ("ruby", 40), ("golden", 50),
                                                      ("pearl", 30), ("diamond", 60)])
    return (f"my parents married in {year}. in what year is their {kind[0]} ({kind[1]}th) "
            "anniversary?", [[str(year + kind[1])]])


@family
def sleep_hours_week(rng: random.Random) -> Made:
    bed = [rng.randint(21 * 60 + 30, 24 * 60 + 30) // 5 * 5 for _ in range(2)]
    wake = rng.randint(5 * 60 + 30, 8 * 60) // 5 * 5
    weekday = 24 * 60 - bed[0] + wake
    weekend = 24 * 60 - bed[1] + wake + 90
    total = weekday * 5 + weekend * 2
    b0 = f"{bed[0] // 60 % 24}:{bed[0] % 60:02d}"
    b1 = f"{bed[1] // 60 % 24}:{bed[1] % 60:02d}"
    return (f"Weeknights (5) I go to bed at {b0} and wake at {wake // 60}:{wake % 60:02d}. "
            f"Weekends (2 nights) I go to bed at {b1} and sleep 1.5 hours later than my weekday "
            "wake-up. How much sleep do I get in a week?", [hm(total)])


@family
def stairs_steps(rng: random.Random) -> Made:
    height, riser = rng.randint(240, 330), rng.choice([17, 18, 19])
    steps = math.ceil(height / riser)
    actual = Fraction(height, steps)
    if tie(actual, 1):
        return None
    return (f"Floor-to-floor height is {height} cm. Risers can be at most {riser} cm. What's the "
            "smallest number of equal steps, and how tall is each riser then (cm, 1 dp)?",
            [[f"{steps} steps", f"{steps} risers", f"{steps} equal"], dec(actual, 1)])


@family
def garden_hose_fill(rng: random.Random) -> Made:
    d, depth = rng.choice([3, 3.6, 4.5, 5.5]), rng.choice([0.6, 0.76, 0.9, 1.2])
    lpm = rng.randint(15, 40)
    litres = math.pi * (d / 2) ** 2 * depth * 1000
    hours = litres / lpm / 60
    if tie(hours, 1):
        return None
    return (f"round above-ground pool, {d} m across, filled to {depth} m deep. hose gives {lpm} "
            "litres/minute. how many hours to fill? one decimal", [dec(hours, 1)])


@family
def compound_vs_simple(rng: random.Random) -> Made:
    p, r, n = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 7, 8]), rng.randint(3, 15)
    simple = Fraction(p * r * n, 100)
    comp = p * (1 + r / 100) ** n - p
    diff = comp - float(simple)
    if tie(diff, 2):
        return None
    return (f"${p:,} for {n} years at {r}% a year: how much more interest do you earn with annual "
            "compounding than with simple interest? to the cent", [money(round(diff + 1e-9, 2))])


@family
def annuity_future_value(rng: random.Random) -> Made:
    pmt, r, n = rng.randint(1, 10) * 50, rng.choice([4, 5, 6, 7, 8]), rng.randint(5, 30)
    fv = pmt * 12 * (((1 + r / 100) ** n - 1) / (r / 100))
    if tie(fv, 2):
        return None
    return (f"If I put ${pmt * 12:,} into an account at the end of every year for {n} years at "
            f"{r}% compounded yearly, what will it be worth right after the last deposit? cents",
            [money(round(fv + 1e-9, 2))])


@family
def sum_multiples_below(rng: random.Random) -> Made:
    a, b, n = rng.choice([3, 4, 6]), rng.choice([5, 7, 10]), rng.randint(100, 2000)
    s = sum(k for k in range(1, n) if k % a == 0 or k % b == 0)
    return (f"sum of all positive integers below {n} that are multiples of {a} or {b}?",
            [[str(s), f"{s:,}"]])


@family
def triangular_number(rng: random.Random) -> Made:
    rows = rng.randint(12, 80)
    t = rows * (rows + 1) // 2
    return (f"stacking cans in a triangle: 1 on top, 2 in the next row, and so on, {rows} rows at "
            "the bottom. how many cans?", [[str(t), f"{t:,}", f"{t} cans"]])


@family
def complex_multiply(rng: random.Random) -> Made:
    a, b, c, d = (rng.randint(-9, 9) for _ in range(4))
    re, im = a * c - b * d, a * d + b * c
    if 0 in (a, b, c, d, re, im):
        return None

    def cx(x: int, y: int) -> str:
        return f"{x} {'+' if y > 0 else '-'} {abs(y) if abs(y) != 1 else ''}i"
    ans = cx(re, im).replace(" ", "")
    return (f"({cx(a, b)})({cx(c, d)}) = ?", [[ans, ans.replace("i", "j")]])


@family
def complex_modulus(rng: random.Random) -> Made:
    a, b = rng.randint(-12, 12), rng.randint(-12, 12)
    if a == 0 or abs(b) < 2:
        return None
    m = math.hypot(a, b)
    forms = [str(int(m))] if m == int(m) else dec(m, 3)
    tail = "" if m == int(m) else " (3 d.p.)"
    return (f"|{a} {'+' if b > 0 else '-'} {abs(b)}i| = ?{tail}", [forms])


@family
def hcf_of_three(rng: random.Random) -> Made:
    g = rng.randint(4, 40)
    nums = [g * rng.randint(2, 30) for _ in range(3)]
    h = math.gcd(*nums)
    return (f"highest common factor of {nums[0]}, {nums[1]} and {nums[2]}", [[str(h)]])


@family
def lcm_of_three(rng: random.Random) -> Made:
    nums = rng.sample(range(4, 40), 3)
    lc = math.lcm(*nums)
    return (f"LCM of {nums[0]}, {nums[1]}, {nums[2]}?", [[str(lc), f"{lc:,}"]])


@family
def geometric_prob_dart(rng: random.Random) -> Made:
    side, r = rng.randint(20, 60), rng.randint(3, 9)
    if 2 * r > side:
        return None
    p = math.pi * r * r / side ** 2 * 100
    if tie(p, 1):
        return None
    return (f"A dart lands uniformly at random on a {side} cm square board. What's the chance it "
            f"lands inside a circle of radius {r} cm drawn on the board? Percent, 1 dp.",
            [[f"{p:.1f}%", f"{p:.1f} %", f"{p:.1f} percent"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    printer_jobs, inverse_proportion_workers, tank_leak, concentration_mix, dilute_to,
    golden_anniversary, sleep_hours_week, stairs_steps, garden_hose_fill, compound_vs_simple,
    annuity_future_value, sum_multiples_below, triangular_number, complex_multiply,
    complex_modulus, hcf_of_three, lcm_of_three, geometric_prob_dart)]
