"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 3: puzzles, sports tables
and game scoring, then partial fractions, approximations, limits, lines, probability and
radicals."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_math import F, Made, family, frac, money, near, num, whole, xeq
from bench.data.agents.helpers import Family, poly, term


@family
def matchstick_grid(rng: random.Random) -> Made:
    r, c = rng.randint(2, 15), rng.randint(3, 25)
    return (f"You build a rectangle of little squares out of matchsticks, {r} squares tall and "
            f"{c} squares wide (shared sides use one match). How many matchsticks?",
            [whole(r * (c + 1) + c * (r + 1))])


@family
def booklet_sheet(rng: random.Random) -> Made:
    n = 4 * rng.randint(4, 20)
    p = rng.randint(3, n // 2 - 1)
    sheet = {p, p + 1, n - p, n + 1 - p} if p % 2 else {p - 1, p, n + 1 - p, n + 2 - p}
    others = sorted(sheet - {p})
    return (f"A {n}-page booklet is made of sheets folded in half and stapled in the middle. "
            f"If I pull out the sheet that has page {p} on it, which other page numbers are on "
            "that same sheet?", [whole(o) for o in others])


@family
def knockout_byes(rng: random.Random) -> Made:
    n = rng.randint(19, 250)
    top = 1 << (n - 1).bit_length()
    if top == n:
        return None
    return (f"{n} teams signed up for our single-elimination tournament. Some teams get a bye in "
            "round 1 so that round 2 has a power-of-two number of teams. How many byes, and how "
            "many matches are played in round 1?", [whole(top - n), whole(n - top // 2)])


@family
def bottle_exchange(rng: random.Random) -> Made:
    n, k = rng.randint(10, 120), rng.randint(2, 5)
    drunk, empty = n, n
    while empty >= k:
        drunk, empty = drunk + empty // k, empty % k + empty // k
    return (f"The shop swaps {k} empty bottles for 1 full bottle of soda. I buy {n} full "
            "bottles and keep trading in empties whenever I can. How many bottles do I get to "
            "drink in total?", [whole(drunk)])


@family
def pizza_cuts(rng: random.Random) -> Made:
    n = rng.randint(5, 30)
    return (f"What's the max number of pieces you can cut a flat pizza into with {n} straight "
            "cuts (no stacking or moving pieces)?", [whole(n * (n + 1) // 2 + 1)])


@family
def games_behind(rng: random.Random) -> Made:
    wa, la = rng.randint(40, 100), rng.randint(30, 80)
    wb, lb = wa - rng.randint(1, 15), la + rng.randint(-3, 15)
    gb = F((wa - wb) + (lb - la), 2)
    if gb <= 0:
        return None
    return (f"standings: leaders are {wa}-{la}, we're {wb}-{lb}. how many games behind are we?",
            [num(gb, 1)])


@family
def fantasy_points(rng: random.Random) -> Made:
    ry, ty = rng.randint(20, 160), rng.randint(0, 90)
    tds, rec, fum = rng.randint(0, 3), rng.randint(1, 9), rng.randint(0, 2)
    pts = F(ry + ty, 10) + 6 * tds + rec - 2 * fum
    return (f"Our league scoring: 0.1 pts per rushing or receiving yard, 6 per touchdown, 1 per "
            f"reception, -2 per fumble lost. My running back had {ry} rushing yards, {rec} "
            f"catches for {ty} yards, {tds} TD and {fum} {'fumble' if fum == 1 else 'fumbles'} "
            "lost. Points?", [num(pts, 1)])


@family
def bowling_handicap(rng: random.Random) -> Made:
    games = [rng.randint(95, 215) for _ in range(rng.randint(3, 9))]
    avg = sum(games) // len(games)
    hcp = (220 - avg) * 9 // 10
    return (f"League rules: your average is total pins / games with fractions dropped, and "
            f"handicap is 90% of (220 minus average), fractions dropped. My games so far: "
            f"{', '.join(map(str, games))}. What's my handicap?", [whole(hcp)])


@family
def odometer_palindrome(rng: random.Random) -> Made:
    now = rng.randint(10000, 199999)
    s = str(now)
    if s == s[::-1]:
        return None
    nxt = now + 1
    while str(nxt) != str(nxt)[::-1]:
        nxt += 1
    return (f"My car's odometer reads {now} km. How many more km until it next shows a "
            "palindrome (reads the same backwards)?", [whole(nxt - now)])


@family
def combo_meal_prices(rng: random.Random) -> Made:
    b, f, s = (F(rng.randint(199, 899), 100) for _ in range(3))
    return (f"At the diner a burger and fries cost ${float(b + f):.2f}, fries and a shake are "
            f"${float(f + s):.2f}, and a burger plus a shake is ${float(b + s):.2f}. How much is "
            "the shake on its own?", [money(s)])


@family
def partial_fractions(rng: random.Random) -> Made:
    r, s = rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 2)
    a, b = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5]), rng.choice([-3, -2, -1, 1, 2, 3, 4, 6])
    p, q = a + b, -(a * s + b * r)
    if p == 0:
        return None
    numer = f"{p}x {'+' if q >= 0 else '-'} {abs(q)}" if q else f"{p}x"
    return (f"Write ({numer})/({poly(-(r + s), r * s)}) as A/({term(r)}) + B/({term(s)}). "
            "Find A and B.", [xeq("A", a), xeq("B", b)])


@family
def tangent_line_sqrt(rng: random.Random) -> Made:
    a = rng.randint(3, 15)
    d = rng.choice([x for x in range(-a, a + 1) if x not in (0,)])
    est = a + F(d, 2 * a)
    if near(est, 4):
        return None
    return (f"use linear approximation (tangent line to sqrt(x) at x = {a * a}) to estimate "
            f"√{a * a + d}. 4 decimal places", [num(est, 4) + frac(est)])


@family
def newton_one_step(rng: random.Random) -> Made:
    n = rng.choice([x for x in range(5, 90) if math.isqrt(x) ** 2 != x])
    x0 = rng.choice([math.isqrt(n), math.isqrt(n) + 1])
    x1 = (F(x0) + F(n, x0)) / 2
    return (f"Newton's method on f(x) = x^2 - {n}, starting from x0 = {x0}. What is x1? Exact "
            "fraction please.", [frac(x1)])


@family
def limit_one_minus_cos(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(1, 7)
    den = f"{b}x²" if b > 1 else "x²"
    return (f"lim x→0 of (1 − cos({a}x)) / ({den})", [frac(F(a * a, 2 * b))])


@family
def improper_p_integral(rng: random.Random) -> Made:
    c, p, k = rng.randint(1, 12), rng.randint(2, 6), rng.choice([1, 2, 3])
    val = F(c, p - 1) * F(1, k ** (p - 1))
    return (f"Evaluate the improper integral ∫ from {k} to ∞ of {c}/x^{p} dx (exact).",
            [frac(val)])


@family
def growth_ode(rng: random.Random) -> Made:
    k, y0, t = F(rng.randint(5, 45), 100), rng.randint(2, 500), rng.randint(2, 12)
    y = y0 * math.exp(float(k) * t)
    if near(y, 2):
        return None
    return (f"dy/dt = {float(k):g}y with y(0) = {y0}. Find y({t}) to two decimal places.",
            [num(y, 2)])


@family
def point_line_distance(rng: random.Random) -> Made:
    a, b, h = rng.choice([(3, 4, 5), (4, 3, 5), (5, 12, 13), (12, 5, 13), (8, 15, 17), (6, 8, 10)])
    a, b = a * rng.choice([1, -1]), b * rng.choice([1, -1])
    c, x0, y0 = rng.randint(-20, 20), rng.randint(-9, 9), rng.randint(-9, 9)
    d = F(abs(a * x0 + b * y0 + c), h)
    if d == 0 or near(d, 2):
        return None
    line = f"{a}x {'+' if b > 0 else '-'} {abs(b)}y {'+' if c >= 0 else '-'} {abs(c)} = 0"
    return (f"Distance from the point ({x0}, {y0}) to the line {line}? Exact or 2 d.p.",
            [frac(d) + num(d, 2)])


@family
def lines_meet(rng: random.Random) -> Made:
    x0, y0 = rng.randint(-8, 8), rng.randint(-8, 8)
    m = rng.choice([-3, -2, -1, 2, 3, 4])
    c1 = y0 - m * x0
    a, b = rng.choice([1, 2, 3, 5]), rng.choice([-4, -3, -2, 1, 2, 3])
    if a == -b * m or a * b == 0:
        return None
    first = f"y = {m}x {'+' if c1 >= 0 else '-'} {abs(c1)}"
    second = f"{a}x {'+' if b > 0 else '-'} {abs(b)}y = {a * x0 + b * y0}"
    point = [f"({x0},{y0})"]
    return (f"where do {first} and {second} intersect?", [xeq("x", x0) + point,
                                                          xeq("y", y0) + point])


@family
def trig_quadrant(rng: random.Random) -> Made:
    o, a, h = rng.choice([(3, 4, 5), (4, 3, 5), (5, 12, 13), (12, 5, 13), (8, 15, 17),
                          (15, 8, 17), (7, 24, 25), (24, 7, 25)])
    quad = rng.choice([2, 3, 4])
    sx, sy = {2: (-1, 1), 3: (-1, -1), 4: (1, -1)}[quad]
    given, ask = rng.choice([("sin", "cos"), ("sin", "tan"), ("cos", "sin"), ("cos", "tan")])
    vals = {"sin": F(sy * o, h), "cos": F(sx * a, h), "tan": F(sy * o, sx * a)}
    word = {2: "second", 3: "third", 4: "fourth"}[quad]
    return (f"If {given} θ = {vals[given]} and θ is in the {word} quadrant, find {ask} θ.",
            [frac(vals[ask])])


@family
def neither_percent(rng: random.Random) -> Made:
    a, b = rng.randint(30, 80), rng.randint(20, 70)
    both = rng.randint(max(5, a + b - 95), min(a, b) - 3)
    none = 100 - a - b + both
    if none <= 0:
        return None
    return (f"Survey at the office: {a}% drink coffee, {b}% drink tea and {both}% drink both. "
            "What percentage drink neither?", [[f"{none}%", f"{none} percent", f"{none} %"]])


@family
def normal_below(rng: random.Random) -> Made:
    mu, sd = rng.randint(40, 180), rng.choice([4, 5, 8, 10, 12, 15, 20])
    z = F(rng.choice([i for i in range(-250, 251) if i % 4 == 0 and abs(i) > 20]), 100)
    x = mu + z * sd
    above = rng.random() < 0.5
    p = 0.5 * (1 + math.erf(float(z) / math.sqrt(2)))
    p = 1 - p if above else p
    if near(p, 4):
        return None
    pcent = [f"{v}%" for v in num(p * 100, 2)]
    return (f"X is normally distributed with mean {mu} and standard deviation {sd}. Find "
            f"P(X {'>' if above else '<'} {float(x):g}) to 4 decimal places.", [num(p, 4) + pcent])


@family
def discrete_variance(rng: random.Random) -> Made:
    xs = sorted(rng.sample(range(0, 12), 4))
    cuts = sorted(rng.sample(range(1, 20), 3))
    ps = [F(b - a, 20) for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
    mean = sum(x * p for x, p in zip(xs, ps, strict=True))
    var = sum(x * x * p for x, p in zip(xs, ps, strict=True)) - mean ** 2
    if near(var, 2):
        return None
    table = ", ".join(f"P(X={x}) = {float(p):g}" for x, p in zip(xs, ps, strict=True))
    return (f"A random variable has {table}. What is Var(X)? (2 dp)", [num(var, 2)])


@family
def labelled_teams(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 5), rng.randint(2, 5), rng.randint(1, 4)
    n = a + b + c
    ways = math.factorial(n) // (math.factorial(a) * math.factorial(b) * math.factorial(c))
    return (f"{n} volunteers, and we need {a} on registration, {b} on the food stall and {c} on "
            "parking. Everyone does exactly one job. How many different ways can the jobs be "
            "assigned?", [whole(ways)])


@family
def two_base_exponential(rng: random.Random) -> Made:
    a, c = rng.randint(2, 9), rng.randint(10, 90)
    b, d = rng.sample([2, 3, 5, 7, 10], 2)
    x = math.log(c / a) / math.log(b / d)
    if near(x, 4):
        return None
    return (f"Solve {a}·{b}^x = {c}·{d}^x for x, answer to 4 decimal places", [num(x, 4)])


@family
def simplify_root(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.choice([2, 3, 5, 6, 7, 10, 11, 13, 14, 15])
    n = a * a * b
    forms = [f"{a}√{b}", f"{a}√({b})", f"{a}sqrt({b})", f"{a}sqrt{b}", f"{a}·√{b}", f"{a}×√{b}",
             f"{a}\\sqrt{{{b}}}"]
    return (f"simplify sqrt({n})", [forms])


@family
def sigma_linear(rng: random.Random) -> Made:
    a, b, n = rng.randint(2, 9), rng.randint(-9, 12), rng.randint(10, 60)
    total = a * n * (n + 1) // 2 + b * n
    inner = f"{a}k {'+' if b >= 0 else '-'} {abs(b)}" if b else f"{a}k"
    return (f"Evaluate Σ_(k=1)^{n} ({inner})", [whole(total)])


@family
def rational_asymptotes(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9) * rng.choice([1, -1]), rng.randint(-9, 9)
    c, d = rng.randint(1, 6), rng.randint(-12, 12)
    if a * d == b * c or d == 0:
        return None
    top = f"{a}x {'+' if b >= 0 else '-'} {abs(b)}" if b else f"{a}x"
    return (f"f(x) = ({top}) / ({c}x {'+' if d > 0 else '-'} {abs(d)}). What are the vertical "
            "and horizontal asymptotes?", [xeq("x", F(-d, c)), xeq("y", F(a, c))])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    matchstick_grid, booklet_sheet, knockout_byes, bottle_exchange, pizza_cuts, games_behind,
    fantasy_points, bowling_handicap, odometer_palindrome, combo_meal_prices,
    partial_fractions, tangent_line_sqrt, newton_one_step, limit_one_minus_cos,
    improper_p_integral, growth_ode, point_line_distance, lines_meet, trig_quadrant,
    neither_percent, normal_below, discrete_variance, labelled_teams, two_base_exponential,
    simplify_root, sigma_linear, rational_asymptotes)]
