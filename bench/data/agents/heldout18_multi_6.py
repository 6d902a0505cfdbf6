"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 6: algebra, calculus,
geometry and puzzles where an answer is solved, then plotted, converted or used again."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_multi_3 import day_forms, say_day
from bench.data.agents.heldout18_multi_common import (
    CHART,
    F,
    Made,
    cash,
    clock,
    family,
    hm,
    num,
    pick,
)
from bench.data.agents.helpers import Family


def eq(name: str, value: int | Fraction) -> list[str]:
    return [f"{name} = {value}", f"{name}={value}"]


def det3(m: list[list[int]]) -> int:
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


@family
def system_three_det(rng: random.Random) -> Made:
    m = [[rng.randint(-4, 5) for _ in range(3)] for _ in range(3)]
    sol = [rng.randint(-6, 8) for _ in range(3)]
    d = det3(m)
    if d == 0 or any(sum(1 for v in row if v) < 2 for row in m):
        return None
    rhs = [sum(a * s for a, s in zip(row, sol, strict=True)) for row in m]

    def side(row: list[int], r: int) -> str:
        text = " ".join(f"{'+' if a > 0 else '-'} {abs(a) if abs(a) != 1 else ''}{v}"
                        for a, v in zip(row, "xyz", strict=True) if a)
        return f"{text.lstrip('+ ')} = {r}".replace("- ", "-", 1) if text.startswith("-") \
            else f"{text.lstrip('+ ')} = {r}"
    lines = "\n".join(side(row, r) for row, r in zip(m, rhs, strict=True))
    text = f"Solve this system and also tell me the determinant of its coefficient matrix:\n{lines}"
    return text, [eq("x", sol[0]), eq("y", sol[1]), eq("z", sol[2]),
                  [f"determinant is {d}", f"determinant = {d}", f"determinant: {d}", f"det = {d}",
                   f"det(a) = {d}", f"determinant of {d}", f"determinant {d}", f"det is {d}",
                   f"det(A) is {d}", f"det: {d}"]]


@family
def box_from_square_sheet(rng: random.Random) -> Made:
    side = rng.randrange(12, 121, 6)
    cut = side // 6
    vol = 2 * side ** 3 // 27
    text = pick(rng, f"I'm making an open box from a {side} cm square of card by cutting equal "
                     "squares from the corners and folding up. What size squares give the biggest "
                     "volume, what's that volume in cm\u00b3, and how many litres is it (2 dp)?",
                f"calc optimisation: open-top box from a {side}x{side} cm sheet, cut x from each "
                "corner. best x? max volume (cm^3)? volume in litres, 2 decimals")
    return text, [[f"{cut} cm", f"x = {cut}", f"x={cut}"], [f"{vol}", f"{vol:,}"],
                  num(F(vol, 1000), 2)]


@family
def fence_by_river(rng: random.Random) -> Made:
    fence = rng.randrange(40, 601, 8)
    price = F(rng.randrange(500, 3000, 25), 100)
    text = (f"I have {fence} m of fencing to make a rectangular pen along a river (no fence needed "
            "on the river side). What dimensions give the largest area, what is that area in "
            f"m\u00b2, and what does the fencing cost at \u00a3{float(price):.2f} per metre?")
    w, length = F(fence, 4), F(fence, 2)
    return text, [num(w, 2), num(length, 2), num(F(fence * fence, 8), 2), cash(fence * price)]


@family
def ages_puzzle_birth_year(rng: random.Random) -> Made:
    child, m, n = rng.randint(3, 18), rng.randint(2, 4), rng.randint(3, 30)
    if (m * (child + n) - n) % child:
        return None
    k = (m * (child + n) - n) // child
    parent = k * child
    if k <= m or k > 8 or not 20 <= parent <= 60:
        return None
    times = {2: "twice", 3: "three times", 4: "four times"}[m]
    text = (f"A mum is {k} times as old as her son. In {n} years she'll be {times} as old as him."
            " How old are they now? And if it's 2026 and both have had their birthdays, what year "
            "was mum born?")
    return text, [[f"{child} years", f"son is {child}", f"son: {child}", f"son {child}",
                   f"son = {child}", f"son is now {child}"],
                  [f"{parent} years", f"mum is {parent}", f"mum: {parent}", f"mum {parent}",
                   f"mother is {parent}", f"mum = {parent}", f"mum is now {parent}"],
                  [str(2026 - parent)]]


@family
def painters_together(rng: random.Random) -> Made:
    a, b = rng.randint(3, 12), rng.randint(4, 16)
    ra, rb = rng.randrange(18, 46), rng.randrange(18, 46)
    t = F(a * b, a + b)
    text = (f"Sam can paint the fence alone in {a} hours, Alex in {b} hours. Working together, how "
            f"long will it take in minutes (nearest minute)? Sam charges ${ra}/h and Alex ${rb}/h,"
            " so what's the labour cost for the job done together?")
    return text, [num(t * 60, 0), cash(t * (ra + rb))]


@family
def nut_mix_target(rng: random.Random) -> Made:
    a, b = F(rng.randrange(300, 700, 25), 100), F(rng.randrange(800, 1600, 25), 100)
    target = F(rng.randrange(int(a * 100) + 50, int(b * 100) - 50, 25), 100)
    total = rng.choice([10, 20, 25, 30, 50])
    x = total * (b - target) / (b - a)
    text = (f"Peanuts cost ${float(a):.2f}/lb and cashews ${float(b):.2f}/lb. I want {total} lb of "
            f"mix at ${float(target):.2f}/lb. How many pounds of each (2 dp)? And what's the mix "
            "price per kg (1 lb = 0.45359237 kg)?")
    return text, [num(x, 2), num(total - x, 2), cash(target / F("0.45359237"))]


@family
def trains_meet_clock(rng: random.Random) -> Made:
    a, b = rng.sample([6, 8, 9, 10, 12, 15, 18, 20, 24, 30], 2)
    start = rng.choice([5 * 60, 5 * 60 + 30, 6 * 60, 6 * 60 + 15])
    lcm = a * b // math.gcd(a, b)
    if lcm > 180:
        return None
    count = len(range(start, 12 * 60, lcm))
    text = (f"Two tram lines both leave the depot at {hm(start)}, one every {a} minutes, the other "
            f"every {b}. When do they next leave together? And counting the {hm(start)} one, how "
            "many times do they leave together before noon?")
    return text, [clock(start + lcm), [f"{count} times"]]


@family
def weekday_after_days(rng: random.Random) -> Made:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    n = rng.randint(40, 1000)
    end = start + dt.timedelta(days=n)
    text = pick(rng, f"What date is {n} days after {say_day(start)}, and what day of the week "
                     "will it be?",
                f"{n} days from {start.isoformat()} - which date and weekday is that?")
    return text, [day_forms(end), [end.strftime("%A")]]


@family
def pizza_fractions_left(rng: random.Random) -> Made:
    slices = rng.choice([8, 12, 16])
    eaten = [F(rng.randint(1, slices // 4), slices) for _ in range(3)]
    left = 1 - sum(eaten)
    if left <= 0:
        return None
    names = ["Mia", "Leo", "Ava"]
    ate = ", ".join(f"{n} ate {e.numerator}/{e.denominator}"
                    for n, e in zip(names, eaten, strict=True))
    text = (f"Pizza night: {ate} of the pizza. What fraction is left, in lowest terms? The pizza "
            f"was cut into {slices} slices, so how many slices are left?")
    return text, [[str(left)], [f"{left * slices} slices", f"{left * slices} slice"]]


@family
def map_scale_naismith(rng: random.Random) -> Made:
    scale, cm, climb = rng.choice([25000, 50000]), F(rng.randint(20, 160), 10), \
        rng.randrange(100, 1201, 50)
    km = cm * scale / 100000
    mins = km / 5 * 60 + F(climb, 10)
    text = (f"On a 1:{scale:,} map our route measures {float(cm):g} cm. How far is that in km? "
            f"Using Naismith's rule (5 km/h plus 1 minute per 10 m of ascent) with {climb} m of "
            "climbing, how many minutes will it take (nearest minute)?")
    return text, [[f"{v} km" for v in num(km, 2)] + [f"{v}km" for v in num(km, 2)], num(mins, 0)]


@family
def raffle_odds_ev(rng: random.Random) -> Made:
    sold, price, mine = rng.randrange(200, 5001, 50), rng.choice([1, 2, 5, 10]), rng.randint(2, 20)
    prize = rng.randrange(100, 5001, 50)
    ev = F(mine * prize, sold) - mine * price
    text = (f"Our school raffle sold {sold:,} tickets at ${price} each with a single ${prize:,} "
            f"prize. I bought {mine}. What's my chance of winning as a percent (2 dp), and what's "
            "the expected value of my purchase in dollars (prize x chance - what I paid)?")
    return text, [num(F(mine * 100, sold), 2), cash(ev) + cash(abs(ev))]


@family
def binomial_free_throws(rng: random.Random) -> Made:
    p, n = rng.choice([F(6, 10), F(65, 100), F(7, 10), F(75, 100), F(8, 10), F(85, 100)]), \
        rng.randint(5, 12)
    k = rng.randint(max(1, n // 2), n - 1)
    prob = math.comb(n, k) * p ** k * (1 - p) ** (n - k)
    text = (f"She makes {float(p) * 100:g}% of her free throws. In {n} attempts, what's the "
            f"probability she makes exactly {k} (as a percent, 2 dp)? And how many does she make "
            "on average over those attempts (expected value)?")
    return text, [num(prob * 100, 2), num(n * p, 2)]


@family
def cubic_roots_plot(rng: random.Random) -> Made:
    r = sorted(rng.sample(range(-5, 6), 3))
    b, c, d = -sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], -r[0] * r[1] * r[2]
    terms = "x^3" + "".join(f" {'+' if v > 0 else '-'} {abs(v) if abs(v) != 1 or p == '' else ''}"
                            f"{p}" for v, p in ((b, "x^2"), (c, "x"), (d, "")) if v)
    text = pick(rng, f"Find all the roots of y = {terms} and draw the graph.",
                f"plot {terms} from x=-6 to 6 and tell me where it crosses the x-axis")
    return text, [eq("x", v) for v in r] + [CHART]


@family
def parabola_arch_area(rng: random.Random) -> Made:
    b = rng.randint(2, 14)
    text = pick(rng, f"For the arch y = -x^2 + {b}x: where does it meet the x-axis, how high "
                     "is its top, what's the area under it above the x-axis (exact or 2 dp), and "
                     "can you sketch it?",
                f"y = {b}x - x^2. x-intercepts, the maximum height, area between the curve and "
                "the x-axis, and a plot please")
    return text, [eq("x", b), num(F(b * b, 4), 2), [*num(F(b ** 3, 6), 2), str(F(b ** 3, 6))],
                  CHART]


@family
def caffeine_half_life_plot(rng: random.Random) -> Made:
    dose, half, t = rng.choice([80, 95, 120, 150, 200, 250, 300]), rng.choice([4, 5, 6]), \
        rng.randint(2, 12)
    limit = rng.choice([25, 50])
    left = dose * 0.5 ** (t / half)
    below = half * math.log2(dose / limit)
    text = (f"I had {dose} mg of caffeine at 8 am. With a half-life of {half} hours, how much is "
            f"left {t} hours later (1 dp)? After how many hours will it be down to {limit} mg "
            "(1 dp)? Plot the decay over the day as well.")
    return text, [num(left, 1), num(below, 1), CHART]


@family
def abs_value_plot(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 5), rng.randint(-12, 12), rng.randint(1, 15)
    x1, x2 = F(b - c, a), F(b + c, a)
    text = (f"Solve |{a}x {'-' if b >= 0 else '+'} {abs(b)}| = {c} and graph "
            f"y = |{a}x {'-' if b >= 0 else '+'} {abs(b)}| together with y = {c}.")

    def forms_of(x: Fraction) -> list[str]:
        out = [*eq("x", x), str(x)]
        if x.denominator != 1 and (x * 10 ** 6).denominator == 1:
            out += eq("x", num(x, 6)[0])
        elif x.denominator != 1:
            out += eq("x", num(x, 2)[0]) + eq("x", f"{float(x):.3f}") + [num(x, 2)[0]]
        return out
    return text, [forms_of(x1), forms_of(x2), CHART]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    system_three_det, box_from_square_sheet, fence_by_river, ages_puzzle_birth_year,
    painters_together, nut_mix_target, trains_meet_clock, weekday_after_days,
    pizza_fractions_left, map_scale_naismith, raffle_odds_ev, binomial_free_throws,
    cubic_roots_plot, parabola_arch_area, caffeine_half_life_plot, abs_value_plot)]
