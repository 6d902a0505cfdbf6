"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-2: school and college
algebra, calculus, geometry, probability and number theory asked in loose typed notation."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


def signed(k: int, var: str = "x") -> str:
    return f"+ {k}{var}" if k >= 0 else f"- {-k}{var}"


def cnst(k: int) -> str:
    return f"+ {k}" if k >= 0 else f"- {-k}"


@family
def fraction_equation(rng: random.Random) -> Made:
    a, b, x = rng.randint(2, 9), rng.randint(2, 9), rng.randint(-20, 20)
    c = Fraction(x, a) + Fraction(x, b)
    if a == b or x == 0:
        return None
    return (f"solve x/{a} + x/{b} = {c}", [[f"x = {x}", f"x={x}", f"x is {x}"]])


@family
def sum_of_squares_roots(rng: random.Random) -> Made:
    r, s = rng.randint(-9, 9), rng.randint(-9, 9)
    b, c = -(r + s), r * s
    if b == 0 or c == 0:
        return None
    val = r * r + s * s
    return (f"If p and q are the roots of x² {signed(b)} {cnst(c)} = 0, find p² + q² without "
            "solving the equation.", [[str(val)]])


@family
def abs_inequality(rng: random.Random) -> Made:
    a, b = rng.randint(-10, 10), rng.randint(2, 12)
    lo, hi = a - b, a + b
    shift = f"x - {a}" if a >= 0 else f"x + {-a}"
    return (f"solve |{shift}| < {b}", [[f"{lo} < x < {hi}", f"({lo}, {hi})", f"({lo},{hi})"]])


@family
def cube_root_eval(rng: random.Random) -> Made:
    n = rng.randint(4, 30)
    return (f"what is the cube root of {n ** 3:,}?", [[str(n)]])


@family
def exponent_rules(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(2, 5)
    e = (a + b) * c - rng.randint(1, 5)
    d = (a + b) * c - e
    return (f"simplify (x^{a} · x^{b})^{c} / x^{d} — give the result as a single power of x",
            [[f"x^{e}", f"x**{e}", f"x^({e})"]])


@family
def two_eq_substitution(rng: random.Random) -> Made:
    x, y = rng.randint(-8, 8), rng.randint(-8, 8)
    m, k = rng.choice([2, 3, -2, 4]), rng.randint(2, 6)
    c = y - m * x
    total = x + k * y
    return (f"y = {m}x {cnst(c)} and x + {k}y = {total}. find x and y",
            [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"]])


@family
def derivative_at_point(rng: random.Random) -> Made:
    a, b, c, x0 = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-4, 4)
    if b in (-1, 0, 1) or c == 0 or a == 1:
        return None
    val = 3 * a * x0 * x0 + 2 * b * x0 + c
    return (f"f(x) = {a}x^3 {signed(b, 'x^2')} {signed(c)} + 7. what's f'({x0})?", [[str(val)]])


@family
def product_rule(rng: random.Random) -> Made:
    n, x0 = rng.randint(2, 5), rng.randint(2, 4)
    val = n * x0 ** (n - 1) * (x0 + 1) + x0 ** n
    return (f"differentiate g(x) = x^{n}(x + 1) and evaluate g'({x0})", [[str(val)]])


@family
def chain_rule_value(rng: random.Random) -> Made:
    a, b, n, x0 = rng.randint(2, 5), rng.randint(-5, 5), rng.choice([2, 3]), rng.randint(-2, 2)
    val = n * (a * x0 + b) ** (n - 1) * a
    return (f"Let h(x) = ({a}x {cnst(b)})^{n}. Using the chain rule, find h'({x0}).",
            [[str(val)]])


@family
def area_between(rng: random.Random) -> Made:
    k = rng.randint(2, 12)
    area = Fraction(k ** 3, 6)
    return (f"find the area enclosed between y = x^2 and y = {k}x", [frac(area)])


@family
def integral_exp(rng: random.Random) -> Made:
    c, k = rng.randint(1, 9), rng.randint(2, 5)
    val = c * (math.e ** k - 1) / k
    if tie(val, 3):
        return None
    lead = "" if c == 1 else f"{c}"
    return (f"∫ from 0 to 1 of {lead}e^({k}x) dx, to 3 decimal places", [dec(val, 3)])


@family
def integral_sin(rng: random.Random) -> Made:
    a = rng.randint(2, 25)
    return (f"Evaluate the integral of {a}·sin(x) from 0 to π.", [[str(2 * a)]])


@family
def limit_sinx(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    if a == b:
        return None
    return (f"lim x→0 of sin({a}x)/({b}x) = ?", [frac(Fraction(a, b))])


@family
def limit_infinity(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 9), rng.randint(-9, 9), rng.randint(2, 9), rng.randint(-9, 9)
    if a == c or b == 0 or d == 0:
        return None
    return (f"what does ({a}x² {signed(b)} + 1) / ({c}x² {cnst(d)}) tend to as x goes to infinity?",
            [frac(Fraction(a, c))])


@family
def cross_product(rng: random.Random) -> Made:
    u = [rng.randint(-5, 5) for _ in range(3)]
    v = [rng.randint(-5, 5) for _ in range(3)]
    w = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    if w == [0, 0, 0]:
        return None
    return (f"u = ({u[0]}, {u[1]}, {u[2]}), v = ({v[0]}, {v[1]}, {v[2]}). compute u × v",
            [[f"({w[0]},{w[1]},{w[2]})", f"[{w[0]},{w[1]},{w[2]}]", f"⟨{w[0]},{w[1]},{w[2]}⟩",
              f"<{w[0]},{w[1]},{w[2]}>"]])


@family
def angle_between_vectors(rng: random.Random) -> Made:
    u = [rng.randint(-5, 6) for _ in range(2)]
    v = [rng.randint(-5, 6) for _ in range(2)]
    nu, nv = math.hypot(*u), math.hypot(*v)
    if not nu or not nv:
        return None
    ang = math.degrees(math.acos(max(-1, min(1, (u[0] * v[0] + u[1] * v[1]) / nu / nv))))
    if tie(ang, 1) or ang < 1:
        return None
    return (f"What's the angle between vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]})? Degrees, "
            "1 d.p.", [[f"{ang:.1f}°", f"{ang:.1f} degrees", f"{ang:.1f} °", f"{ang:.1f}"]])


@family
def sector_area(rng: random.Random) -> Made:
    r, ang = rng.randint(3, 20), rng.choice([30, 45, 60, 72, 100, 120, 135, 150])
    area = math.pi * r * r * ang / 360
    if tie(area, 2):
        return None
    return (f"sector of a circle, radius {r} cm, central angle {ang}°. area to 2 dp?", [dec(area)])


@family
def arc_length(rng: random.Random) -> Made:
    r, ang = rng.randint(4, 30), rng.choice([40, 50, 80, 110, 140, 160, 200, 250])
    arc = 2 * math.pi * r * ang / 360
    if tie(arc, 2):
        return None
    return (f"A circular track has radius {r} m. How long is the arc for a {ang} degree turn? "
            "(2 decimal places)", [dec(arc)])


@family
def cone_volume(rng: random.Random) -> Made:
    r, h = rng.randint(2, 15), rng.randint(3, 25)
    v = math.pi * r * r * h / 3
    if tie(v, 1):
        return None
    return (f"volume of a cone with radius {r} and height {h}? one decimal", [dec(v, 1)])


@family
def sphere_surface(rng: random.Random) -> Made:
    d = rng.randint(3, 40)
    s = math.pi * d * d
    if tie(s, 1):
        return None
    return (f"A ball has diameter {d} cm. What's its surface area in cm² to 1 d.p.?", [dec(s, 1)])


@family
def triangle_heron(rng: random.Random) -> Made:
    a, b = rng.randint(5, 20), rng.randint(5, 20)
    c = rng.randint(abs(a - b) + 1, a + b - 1)
    s = (a + b + c) / 2
    area = math.sqrt(s * (s - a) * (s - b) * (s - c))
    if tie(area, 2):
        return None
    return (f"triangle with sides {a}, {b} and {c} — what is its area? 2 d.p.", [dec(area)])


@family
def polygon_interior(rng: random.Random) -> Made:
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36])
    each = Fraction(180 * (n - 2), n)
    forms = [f"{float(each):g}°", f"{float(each):g} degrees", f"{float(each):g}"]
    return (f"each interior angle of a regular {n}-sided polygon?", [forms])


@family
def distance_points(rng: random.Random) -> Made:
    p = [rng.randint(-10, 10) for _ in range(4)]
    d = math.hypot(p[2] - p[0], p[3] - p[1])
    if tie(d, 2) or d == int(d):
        return None
    return (f"distance between ({p[0]}, {p[1]}) and ({p[2]}, {p[3]}), 2 dp", [dec(d)])


@family
def midpoint(rng: random.Random) -> Made:
    p = [rng.randint(-12, 12) for _ in range(4)]
    mx, my = Fraction(p[0] + p[2], 2), Fraction(p[1] + p[3], 2)
    f = [f"{float(mx):g}", f"{float(my):g}"]
    return (f"Find the midpoint of the segment from A({p[0]}, {p[1]}) to B({p[2]}, {p[3]}).",
            [[f"({f[0]},{f[1]})", f"({f[0]}, {f[1]})"]])


@family
def perpendicular_slope(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.choice([-7, -5, -3, -2, 2, 3, 5, 7])
    perp = Fraction(-a, b)
    return (f"what's the slope of a line perpendicular to {a}y = {b}x + 4?", [frac(perp)])


@family
def solve_trig(rng: random.Random) -> Made:
    deg = rng.choice([30, 45, 60])
    fn, val = rng.choice([("sin", {30: "1/2", 45: "√2/2", 60: "√3/2"}),
                          ("cos", {30: "√3/2", 45: "√2/2", 60: "1/2"}),
                          ("tan", {30: "1/√3", 45: "1", 60: "√3"})])
    sols = {"sin": (deg, 180 - deg), "cos": (deg, 360 - deg), "tan": (deg, 180 + deg)}[fn]
    return (f"solve {fn} θ = {val[deg]} for 0 ≤ θ < 360 (degrees)",
            [[f"{sols[0]}°", f"{sols[0]} degrees", f"θ={sols[0]}"],
             [f"{sols[1]}°", f"{sols[1]} degrees", f"θ={sols[1]}"]])


@family
def ladder_angle(rng: random.Random) -> Made:
    length, foot = rng.randint(4, 12), Fraction(rng.randint(8, 30), 10)
    if foot >= length:
        return None
    ang = math.degrees(math.acos(float(foot) / length))
    if tie(ang, 1):
        return None
    return (f"A {length} m ladder leans on a wall with its foot {float(foot)} m out from the "
            "wall. What angle does it make with the ground, to the nearest tenth of a degree?",
            [[f"{ang:.1f}°", f"{ang:.1f} degrees", f"{ang:.1f}"]])


@family
def radians_convert(rng: random.Random) -> Made:
    deg = rng.choice([15, 20, 36, 40, 75, 80, 100, 108, 140, 150, 200, 210, 225, 240, 300, 330])
    f = Fraction(deg, 180)
    top = "" if f.numerator == 1 else str(f.numerator)
    forms = [f"{top}π/{f.denominator}", f"{top}pi/{f.denominator}", f"{top}*pi/{f.denominator}"]
    return (f"convert {deg} degrees to radians (exact, in terms of pi)", [forms])


@family
def conditional_prob(rng: random.Random) -> Made:
    total = rng.randint(60, 200)
    a = rng.randint(20, total - 20)
    both = rng.randint(5, a - 5)
    return (f"In a class survey of {total} students, {a} play a sport, and {both} of those also "
            "play an instrument. If a student who plays a sport is picked at random, what's the "
            "probability they also play an instrument? Give it as a fraction.",
            [frac(Fraction(both, a))])


@family
def two_dice_sum(rng: random.Random) -> Made:
    s = rng.randint(3, 11)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == s)
    p = Fraction(ways, 36)
    return (f"roll two fair dice. probability the total is exactly {s}?",
            [[frac(p)[0], f"{ways}/36", *frac(p)[1:]]])


@family
def cards_two_aces(rng: random.Random) -> Made:
    rank = rng.choice(["aces", "kings", "queens", "hearts", "spades", "red cards", "face cards"])
    n = {"hearts": 13, "spades": 13, "red cards": 26, "face cards": 12}.get(rank, 4)
    k = rng.choice([2, 3])
    p = Fraction(math.comb(n, k), math.comb(52, k))
    word, each = ("Two", "both") if k == 2 else ("Three", "all three")
    return (f"{word} cards are drawn from a standard 52-card deck without replacement. What is "
            f"the probability {each} are {rank}?", [frac(p)])


@family
def permutations_letters(rng: random.Random) -> Made:
    word = rng.choice(["BANANA", "LETTER", "COFFEE", "PEPPER", "BALLOON", "SUCCESS", "TATTOO",
                       "MISSISSIPPI", "ADDRESS", "GOOGLE", "CANADA", "BOOKKEEPER"])
    n = math.factorial(len(word))
    for ch in set(word):
        n //= math.factorial(word.count(ch))
    return (f"how many different arrangements of the letters in {word}?", [[f"{n:,}", str(n)]])


@family
def committee_with_condition(rng: random.Random) -> Made:
    men, women, k = rng.randint(4, 9), rng.randint(4, 9), rng.choice([3, 4, 5])
    total = math.comb(men + women, k) - math.comb(men, k)
    return (f"A group has {men} men and {women} women. How many ways to choose a committee of {k} "
            "that includes at least one woman?", [[str(total), f"{total:,}"]])


@family
def log_equation_sum(rng: random.Random) -> Made:
    i, j = rng.randint(0, 4), rng.randint(1, 6)
    x, a = 2 ** i, 2 ** (i + j) - 2 ** i
    return (f"solve log_2(x) + log_2(x + {a}) = {2 * i + j}", [[f"x = {x}", f"x={x}"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    fraction_equation, sum_of_squares_roots, abs_inequality, cube_root_eval, exponent_rules,
    two_eq_substitution, derivative_at_point, product_rule, chain_rule_value, area_between,
    integral_exp, integral_sin, limit_sinx, limit_infinity, cross_product,
    angle_between_vectors, sector_area, arc_length, cone_volume, sphere_surface, triangle_heron,
    polygon_interior, distance_points, midpoint, perpendicular_slope, solve_trig, ladder_angle,
    radians_convert, conditional_prob, two_dice_sum, cards_two_aces, permutations_letters,
    committee_with_condition, log_equation_sum)]
