"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 5: money over time,
statistics from a description, counting, number facts and puzzles told in words."""
# ruff: noqa: E501

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import NAMES, exact, fam, money, pick, rounded
from bench.data.agents.heldout21_math_3 import duration
from bench.data.agents.helpers import Family

F = Fraction


def real(x: float) -> Fraction:
    return F(x).limit_denominator(10**12)


@fam
def discount_pct(rng: random.Random) -> Any:
    was = rng.randint(10, 200) * 2
    now = was - rng.randint(1, was // 2)
    v = F(was - now, was) * 100
    return pick(rng, f"shoes were ${was}, now ${now}. what percent off is that? 1 decimal",
                f"marked down from {was} to {now} — discount as a %? (1 dp)"), rounded(v, 1)


@fam
def markup(rng: random.Random) -> Any:
    cost, m = F(rng.randint(500, 20000), 100), rng.choice([20, 25, 30, 35, 40, 50, 60])
    return f"I buy a lamp for ${money(cost)[0]} and mark it up {m}%. selling price? to the cent", money(cost * (100 + m) / 100)


@fam
def margin(rng: random.Random) -> Any:
    cost = rng.randint(10, 300)
    sell = cost + rng.randint(1, cost)
    return f"cost {cost}, sold for {sell}. profit margin as a % of the selling price, 1 dp?", rounded(F(sell - cost, sell) * 100, 1)


@fam
def tax_band(rng: random.Random) -> Any:
    allow, rate, inc = rng.choice([10000, 12570, 12000, 15000]), rng.choice([10, 15, 20, 25]), rng.randint(18, 60) * 1000 + rng.randint(0, 999)
    return f"first {allow:,} of income is tax-free and the rest is taxed at {rate}%. on an income of {inc:,}, how much tax?", \
        money(F((inc - allow) * rate, 100))


@fam
def loan_payment(rng: random.Random) -> Any:
    p, r, y = rng.randint(5, 60) * 1000, rng.choice([3, 4, 5, 6, 7, 8, 9]), rng.choice([2, 3, 4, 5])
    i, n = r / 1200, 12 * y
    pay = real(p * i / (1 - (1 + i) ** -n))
    return f"monthly payment on a {p} loan at {r}% APR (monthly compounding), {y} years, standard amortizing loan? to the cent", money(pay)


@fam
def monthly_compound(rng: random.Random) -> Any:
    p, r, y = rng.randint(10, 100) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(1, 10)
    v = p * (1 + F(r, 1200)) ** (12 * y)
    return f"{p} at {r}% a year compounded monthly for {y} years — balance? 2 dp, round only at the end", money(v)


@fam
def depreciation(rng: random.Random) -> Any:
    v, r, n = rng.randint(8, 60) * 1000, rng.choice([10, 12, 15, 18, 20, 25]), rng.randint(2, 8)
    return pick(rng, f"my car cost {v:,} and loses {r}% of its value each year. what's it worth after {n} years? 2 dp, no rounding until the end",
                f"value of a {v} asset after {n} years of {r}% yearly depreciation (reducing balance)? round the final value to cents"), money(v * F(100 - r, 100) ** n)


@fam
def years_to_double(rng: random.Random) -> Any:
    r = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 25, 30, 1.5, 2.5, 3.5, 4.5])
    k = rng.choice([2, 3, 4])
    n = math.ceil(math.log(k) / math.log(1 + r / 100))
    word = {2: "double", 3: "triple", 4: "quadruple"}[k]
    return f"at {r}% a year compound interest, how many whole years until my money at least {word}s?", exact(n)


@fam
def new_mean(rng: random.Random) -> Any:
    n, m, x = rng.randint(4, 12), rng.randint(10, 80), rng.randint(0, 100)
    v = F(n * m + x, n + 1)
    return f"the mean of {n} numbers is {m}. add the number {x}. new mean? (2 dp if needed)", \
        exact(v) if (v * 100).denominator == 1 else rounded(v)


@fam
def missing_value(rng: random.Random) -> Any:
    xs = [rng.randint(5, 95) for _ in range(rng.randint(3, 6))]
    y = rng.randint(5, 95)
    total = sum(xs) + y
    if total % (len(xs) + 1):
        return None
    return f"the average of {len(xs) + 1} numbers is {total // (len(xs) + 1)}. {len(xs)} of them are {', '.join(map(str, xs))}. what's the last one?", exact(y)


@fam
def zscore(rng: random.Random) -> Any:
    m, sd, x = rng.randint(50, 120), rng.randint(4, 20), rng.randint(30, 160)
    return f"mean {m}, standard deviation {sd}. z-score of {x}? 2 dp", rounded(F(x - m, sd))


@fam
def expected_value(rng: random.Random) -> Any:
    win, lose, p = rng.randint(5, 100), rng.randint(1, 20), rng.choice([F(1, 4), F(1, 5), F(1, 6), F(1, 10), F(1, 3), F(2, 5)])
    ev = p * win - (1 - p) * lose
    return f"a game: win ${win} with probability {p}, otherwise lose ${lose}. expected value per game? 2 dp (negative if a loss)", \
        (rounded(ev) or []) + ([f"{w} {m}" for m in rounded(-ev) or [] for w in ("loss of $", "lose $", "loss of ", "lose ")] if ev < 0 else [])


@fam
def pin_codes(rng: random.Random) -> Any:
    n, rep = rng.randint(2, 7), rng.choice([True, False])
    kind, k = rng.choice([("digit", 10), ("letter (A-Z)", 26), ("hex digit (0-9, A-F)", 16)])
    v = k**n if rep else math.perm(k, n)
    rule = "repeats allowed" if rep else "no character used twice"
    return pick(rng, f"how many {n}-character codes can be made where each character is a {kind}, {rule}?",
                f"count the possible codes of length {n}, each position a {kind} ({rule})"), exact(v)


@fam
def outfits(rng: random.Random) -> Any:
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 6)
    return f"I have {a} shirts, {b} pairs of trousers and {c} pairs of shoes. how many different outfits (one of each)?", exact(a * b * c)


@fam
def divisor_count(rng: random.Random) -> Any:
    n = rng.randint(24, 999)
    c = sum(1 for d in range(1, n + 1) if n % d == 0)
    return pick(rng, f"how many positive divisors does {n} have", f"number of factors of {n}?"), exact(c)


@fam
def digit_sum_power(rng: random.Random) -> Any:
    b, e = rng.choice([2, 3, 7]), rng.randint(15, 60)
    return f"sum of the digits of {b}^{e}", exact(sum(map(int, str(b**e))))


@fam
def trailing_zeros(rng: random.Random) -> Any:
    n = rng.randint(20, 500)
    z, k = 0, 5
    while k <= n:
        z += n // k
        k *= 5
    return pick(rng, f"how many zeros at the end of {n}!", f"trailing zeros in {n} factorial?"), exact(z)


@fam
def make_square(rng: random.Random) -> Any:
    sq, free = rng.randint(2, 12), rng.choice([2, 3, 5, 6, 7, 10, 11, 14, 15])
    return f"smallest whole number to multiply {sq * sq * free} by to get a perfect square?", exact(free)


@fam
def sum_range(rng: random.Random) -> Any:
    a = rng.randint(1, 200)
    b = a + rng.randint(10, 500)
    return pick(rng, f"sum of all whole numbers from {a} to {b}", f"add up every integer from {a} through {b}"), exact((a + b) * (b - a + 1) // 2)


@fam
def sum_squares(rng: random.Random) -> Any:
    n = rng.randint(8, 60)
    return pick(rng, f"1² + 2² + ... + {n}²", f"sum of the squares from 1 to {n}"), exact(n * (n + 1) * (2 * n + 1) // 6)


@fam
def multiples_below(rng: random.Random) -> Any:
    k, n = rng.randint(3, 13), rng.randint(100, 1000)
    m = (n - 1) // k
    return f"sum of all the multiples of {k} below {n}", exact(k * m * (m + 1) // 2)


@fam
def phone_plan(rng: random.Random) -> Any:
    base, per, mins = rng.randint(10, 40), F(rng.choice([5, 8, 10, 12, 15, 20, 25]), 100), rng.randint(20, 400)
    bill = base + per * mins
    return f"my phone plan is ${base} a month plus ${money(per)[0]} per minute. this month's bill is ${money(bill)[0]}. how many minutes did I use?", exact(mins)


@fam
def break_even(rng: random.Random) -> Any:
    fixed, price, var = rng.randint(5, 100) * 100, rng.randint(8, 60), rng.randint(2, 7)
    n = math.ceil(F(fixed, price - var))
    return f"fixed costs {fixed:,}, each item sells for {price} and costs {var} to make. how many items to break even (whole items)?", exact(n)


@fam
def two_plans(rng: random.Random) -> Any:
    a, c = rng.randint(0, 30), rng.randint(31, 80)
    x = rng.randint(5, 60)
    d = rng.randint(1, 5)
    b_num = c - a + d * x
    if b_num % x:
        return None
    b = b_num // x
    return f"gym A: ${a} joining fee plus ${b} per visit. gym B: ${c} joining fee plus ${d} per visit. after how many visits do they cost the same?", exact(x)


@fam
def mixture(rng: random.Random) -> Any:
    v1, c1, c2 = rng.randint(2, 20), rng.choice([5, 10, 15, 20]), rng.choice([40, 50, 60, 80])
    t = rng.randint(c1 + 1, c2 - 1)
    x = F(v1 * (t - c1), c2 - t)
    return f"how many litres of {c2}% juice must I add to {v1} L of {c1}% juice to get a {t}% mix? 2 dp if needed", \
        exact(x) if (x * 100).denominator == 1 else rounded(x)


@fam
def catch_up(rng: random.Random) -> Any:
    v1, v2, lag = rng.randint(10, 25), rng.randint(30, 90), rng.choice([15, 20, 30, 45, 60, 90])
    t = F(v1 * lag, v2 - v1)
    if t.denominator != 1:
        return None
    who = rng.choice(NAMES)
    return f"{who} cycles off at {v1} km/h. {lag} minutes later a friend drives the same road at {v2} km/h. how many minutes after the friend sets off do they catch up?", duration(t) + exact(t)


@fam
def pace(rng: random.Random) -> Any:
    km = rng.choice([5, 10, 21, 8, 12, 15])
    sec = km * rng.randint(240, 420)
    m, s = divmod(sec, 60)
    pm, ps = divmod(sec // km, 60)
    return f"I ran {km} km in {m}:{s:02d}. pace per km (min:sec)?", [f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds"]


@fam
def time_zone_flight(rng: random.Random) -> Any:
    h, m, dur, off = rng.randint(6, 20), rng.choice([0, 10, 15, 20, 30, 45, 50]), rng.randint(90, 720), rng.choice([-8, -6, -5, -3, 1, 2, 3, 5, 7, 9])
    t = (h * 60 + m + dur + off * 60) % 1440
    hh, mm = divmod(t, 60)
    dh, dm = divmod(dur, 60)
    ahead = f"{abs(off)} hour{'s' if abs(off) > 1 else ''} {'ahead of' if off > 0 else 'behind'}"
    return f"flight departs at {h:02d}:{m:02d} local time, flies {dh}h {dm}m, and the destination is {ahead} the departure city. local arrival time? (24h)", \
        [f"{hh:02d}:{mm:02d}", f"{hh}:{mm:02d}"]


@fam
def ages_past(rng: random.Random) -> Any:
    y, k, ago = rng.randint(4, 20), rng.randint(2, 4), rng.randint(2, 8)
    if y - ago < 1:
        return None
    x = k * (y - ago) + ago
    a, b = rng.sample(NAMES, 2)
    return f"{a} is {x - y} years older than {b}. {ago} years ago {a} was {k} times as old as {b}. how old is {b} now?", exact(y)


@fam
def pct_failed(rng: random.Random) -> Any:
    n = rng.choice([20, 24, 25, 30, 32, 40, 50, 60, 80])
    p = rng.randint(1, n - 1)
    v = F(n - p, n) * 100
    return f"{p} of {n} students passed. what percentage failed? 1 dp", rounded(v, 1)


@fam
def spent_fractions(rng: random.Random) -> Any:
    a, b = rng.choice([F(1, 3), F(1, 4), F(2, 5), F(1, 2)]), rng.choice([F(1, 4), F(1, 3), F(1, 5), F(1, 2)])
    left = rng.randint(5, 60) * 6
    start = left / ((1 - a) * (1 - b))
    if start.denominator != 1:
        return None
    return f"I spent {a} of my money on rent, then {b} of what was left on food. I have ${left} left. how much did I start with?", exact(start)


@fam
def ratio_after_add(rng: random.Random) -> Any:
    a, b = rng.randint(1, 5), rng.randint(2, 7)
    if a >= b or math.gcd(a, b) != 1:
        return None
    k = rng.randint(2, 12)
    red, blue = a * k, b * k
    add = blue - red
    return f"red and blue counters are in the ratio {a}:{b}. after adding {add} red counters the ratio is 1:1. how many blue counters are there?", exact(blue)


@fam
def clock_angle(rng: random.Random) -> Any:
    h, m = rng.randint(1, 12), rng.randrange(0, 60, 1)
    a = abs(F(60 * h - 11 * m, 2)) % 360
    a = min(a, 360 - a)
    return f"smaller angle between the hour and minute hands at {h}:{m:02d}, in degrees?", exact(a)


@fam
def supplement(rng: random.Random) -> Any:
    x = rng.randint(5, 85)
    text = pick(rng, f"complement of a {x}° angle?", f"supplement of {x} degrees", f"what's the supplementary angle to {x}°")
    return text, exact(90 - x if "complement" in text else 180 - x)


@fam
def radius_from_c(rng: random.Random) -> Any:
    c = rng.randint(10, 300)
    return f"a circle's circumference is {c} cm. radius to 2 dp?", rounded(real(c / (2 * math.pi)))


@fam
def distance_points(rng: random.Random) -> Any:
    x1, y1, x2, y2 = (rng.randint(-10, 12) for _ in range(4))
    s = (x2 - x1) ** 2 + (y2 - y1) ** 2
    r = math.isqrt(s)
    if s == 0:
        return None
    return f"distance between ({x1}, {y1}) and ({x2}, {y2})? 2 dp", rounded(r) if r * r == s else rounded(real(math.sqrt(s)))


@fam
def midpoint(rng: random.Random) -> Any:
    x1, y1, x2, y2 = (rng.randint(-10, 12) for _ in range(4))
    mx, my = F(x1 + x2, 2), F(y1 + y2, 2)
    fx, fy = f"{float(mx):g}", f"{float(my):g}"
    qx, qy = str(mx), str(my)
    return f"midpoint of ({x1}, {y1}) and ({x2}, {y2})", [f"({fx}, {fy})", f"({fx},{fy})", f"({qx}, {qy})", f"({qx},{qy})"]


@fam
def freq_mean(rng: random.Random) -> Any:
    cnt = [rng.randint(1, 9) for _ in range(4)]
    v = F(sum(i * c for i, c in enumerate(cnt)), sum(cnt))
    return f"survey of pets: {cnt[0]} kids have 0 pets, {cnt[1]} have 1, {cnt[2]} have 2, {cnt[3]} have 3. mean pets per kid, 2 dp?", \
        exact(v) if (v * 100).denominator == 1 else rounded(v)


@fam
def log_change_base(rng: random.Random) -> Any:
    b, x = rng.choice([2, 3, 5, 7]), rng.randint(10, 999)
    return f"log base {b} of {x}, to 4 decimal places", rounded(real(math.log(x) / math.log(b)), 4)


@fam
def solve_exp_ln(rng: random.Random) -> Any:
    a, c = rng.randint(2, 9), rng.randint(10, 500)
    return f"solve {a}e^x = {c}, x to 4 decimal places", rounded(real(math.log(c / a)), 4)


@fam
def system3(rng: random.Random) -> Any:
    x, y, z = (rng.randint(-5, 8) for _ in range(3))
    rows = [[rng.randint(-3, 4) for _ in range(3)] for _ in range(3)]
    det = (rows[0][0] * (rows[1][1] * rows[2][2] - rows[1][2] * rows[2][1]) - rows[0][1] * (rows[1][0] * rows[2][2] - rows[1][2] * rows[2][0])
           + rows[0][2] * (rows[1][0] * rows[2][1] - rows[1][1] * rows[2][0]))
    if det == 0:
        return None

    def eq(r: list[int]) -> str:
        s = ""
        for c, v in zip(r, "xyz", strict=True):
            if c:
                s += (" + " if c > 0 and s else (" - " if c < 0 and s else ("-" if c < 0 else ""))) + (f"{abs(c)}" if abs(c) != 1 else "") + v
        return f"{s or '0'} = {r[0] * x + r[1] * y + r[2] * z}"
    return f"solve: {eq(rows[0])}, {eq(rows[1])}, {eq(rows[2])}", [f"x={x}", f"x = {x}", f"({x}, {y}, {z})"], [f"y={y}", f"y = {y}", f"({x}, {y}, {z})"], [f"z={z}", f"z = {z}", f"({x}, {y}, {z})"]


@fam
def inverse2(rng: random.Random) -> Any:
    a, b, c, d = (rng.randint(-4, 9) for _ in range(4))
    det = a * d - b * c
    if det == 0 or d == 0:
        return None
    return f"A = [[{a}, {b}], [{c}, {d}]]. what's the top-left entry of A inverse?", exact(F(d, det))


@fam
def vec_angle(rng: random.Random) -> Any:
    u = [rng.randint(-6, 7) for _ in range(2)]
    v = [rng.randint(-6, 7) for _ in range(2)]
    if not any(u) or not any(v):
        return None
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    ang = real(math.degrees(math.acos(max(-1.0, min(1.0, cos)))))
    return f"angle between the vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]}) in degrees, 1 dp", rounded(ang, 1)


@fam
def exp_integral(rng: random.Random) -> Any:
    k, b, lo = rng.randint(1, 5), rng.randint(1, 4), rng.choice([0, -1])
    v = real((math.exp(k * b) - math.exp(k * lo)) / k)
    e = "e^x" if k == 1 else f"e^({k}x)"
    return pick(rng, f"integrate {e} from {lo} to {b}, 4 dp", f"∫ {e} dx between {lo} and {b}? 4 decimal places"), rounded(v, 4)


@fam
def ln_integral(rng: random.Random) -> Any:
    a = rng.randint(2, 200)
    return pick(rng, f"∫ from 1 to {a} of 1/x dx, 4 decimal places", f"integral of 1/x from 1 to {a} (4 dp)"), rounded(real(math.log(a)), 4)


@fam
def avg_value(rng: random.Random) -> Any:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    v = F(a * b * b, 3)
    return pick(rng, f"average value of f(x) = {a}x^2 on the interval [0, {b}]", f"mean value of {a}x² over 0 ≤ x ≤ {b}"), exact(v)


@fam
def tangent_line(rng: random.Random) -> Any:
    a, c, x0 = rng.randint(1, 4), rng.randint(-9, 9), rng.randint(-3, 4)
    m = 2 * a * x0
    y0 = a * x0 * x0 + c
    k = y0 - m * x0
    mx = "" if m == 0 else (f"{m}x" if m not in (1, -1) else ("x" if m == 1 else "-x"))
    rhs = mx + (f" + {k}" if k > 0 and mx else (f" - {-k}" if k < 0 and mx else ("" if mx else str(k))))
    return f"equation of the tangent to y = {a}x^2 {'+' if c >= 0 else '-'} {abs(c)} at x = {x0}", [f"y = {rhs}", f"y = {rhs.replace('x', '*x') if m not in (1, -1, 0) else rhs}"]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    discount_pct, markup, margin, tax_band, loan_payment, monthly_compound, depreciation,
    years_to_double, new_mean, missing_value, zscore, expected_value, pin_codes, outfits,
    divisor_count, digit_sum_power, trailing_zeros, make_square, sum_range, sum_squares,
    multiples_below, phone_plan, break_even, two_plans, mixture, catch_up, pace, time_zone_flight,
    ages_past, pct_failed, spent_fractions, ratio_after_add, clock_angle, supplement, radius_from_c,
    distance_points, midpoint, freq_mean, log_change_base, solve_exp_ln, system3, inverse2,
    vec_angle, exp_integral, ln_integral, avg_value, tangent_line)]
