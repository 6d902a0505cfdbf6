"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 5: circles and solids,
arithmetic sequences, counting solutions and digits, growth, polar form, binomial terms,
complex roots, derivatives, the mean value theorem, recursive limits and dice."""

from __future__ import annotations

import itertools
import math
import random

from bench.data.agents.heldout18_math import F, Made, family, frac, near, num, whole
from bench.data.agents.helpers import Family, poly


def deg(n: int) -> list[str]:
    return [f"{n}°", f"{n} degrees", f"{n} deg", f"{n}^\\circ"]


def nth(n: int) -> str:
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"


@family
def washer_area(rng: random.Random) -> Made:
    outer = rng.randint(12, 80)
    inner = rng.randint(4, outer - 4)
    area = math.pi * (outer * outer - inner * inner) / 4
    if near(area, 1):
        return None
    return (f"A flat washer has outer diameter {outer} mm and a hole of diameter {inner} mm. "
            "What's the area of one face in mm²? (1 decimal place)", [num(area, 1)])


@family
def circle_segment(rng: random.Random) -> Made:
    r, ang = rng.randint(3, 30), rng.choice([40, 50, 60, 72, 80, 100, 110, 120, 135, 150])
    th = math.radians(ang)
    area = r * r / 2 * (th - math.sin(th))
    if near(area, 2):
        return None
    return (f"chord cuts off a segment of a circle with radius {r} cm; the chord subtends "
            f"{ang}° at the centre. area of the smaller segment, 2dp?", [num(area, 2)])


@family
def capsule_volume(rng: random.Random) -> Made:
    r, length = rng.randint(2, 15), rng.randint(5, 60)
    vol = math.pi * r * r * length + 4 / 3 * math.pi * r ** 3
    if near(vol, 1):
        return None
    return (f"A tank is a cylinder {length} cm long (not counting the ends) with a hemisphere "
            f"on each end, radius {r} cm. Total volume in cm^3 to one decimal?", [num(vol, 1)])


@family
def cyclic_quadrilateral(rng: random.Random) -> Made:
    a, b = rng.randint(55, 130), rng.randint(55, 130)
    if a == b or 180 - a == b:
        return None
    return (f"ABCD is a quadrilateral inscribed in a circle. Angle A = {a}° and angle B = {b}°. "
            "Find angles C and D.", [deg(180 - a), deg(180 - b)])


@family
def arith_two_terms(rng: random.Random) -> Made:
    a1, d = rng.randint(-20, 30), rng.choice([x for x in range(-7, 10) if x])
    m, n = sorted(rng.sample(range(3, 20), 2))
    k = rng.randint(25, 80)
    tm, tn, tk = (a1 + (i - 1) * d for i in (m, n, k))
    return (f"In an arithmetic sequence the {nth(m)} term is {tm} and the {nth(n)} term is {tn}. "
            f"What is the {nth(k)} term?", [whole(tk)])


@family
def count_list_terms(rng: random.Random) -> Made:
    a, d, n = rng.randint(-15, 40), rng.randint(3, 13), rng.randint(30, 300)
    last = a + (n - 1) * d
    return (f"How many numbers are in the list {a}, {a + d}, {a + 2 * d}, {a + 3 * d}, ..., "
            f"{last}?", [whole(n)])


@family
def exact_notes_ways(rng: random.Random) -> Made:
    a, b = rng.choice([(5, 20), (10, 20), (5, 50), (20, 50), (10, 50), (2, 5), (5, 10)])
    total = rng.randint(8, 60) * 10
    ways = sum(1 for x in range(total // a + 1) if (total - a * x) % b == 0)
    if ways < 2:
        return None
    return (f"In how many different ways can I pay exactly ${total} using only ${a} and ${b} "
            "bills? (any number of each, including zero of one kind)", [whole(ways)])


@family
def doubling_continuous(rng: random.Random) -> Made:
    r = F(rng.randint(15, 120), 10)
    t = math.log(2) / (float(r) / 100)
    if near(t, 2):
        return None
    return (f"An account pays {float(r):g}% a year compounded continuously. How many years "
            "until the money doubles? Answer to 2 dp.", [num(t, 2)])


@family
def polar_to_cartesian(rng: random.Random) -> Made:
    r, ang = rng.randint(2, 25), rng.choice([x for x in range(10, 360, 5) if x % 90])
    x, y = r * math.cos(math.radians(ang)), r * math.sin(math.radians(ang))
    if near(x, 2) or near(y, 2):
        return None
    return (f"convert polar (r = {r}, θ = {ang}°) to cartesian coordinates, 2 decimals each",
            [num(x, 2), num(y, 2)])


@family
def binomial_constant(rng: random.Random) -> Made:
    a = rng.choice([1, 2, 3, -1, -2, 4])
    if rng.random() < 0.5:
        n = rng.choice([4, 6, 8, 10])
        k, text = n // 2, f"(x + {a}/x)^{n}"
    else:
        n = rng.choice([3, 6, 9])
        k, text = 2 * n // 3, f"(x² + {a}/x)^{n}"
    val = math.comb(n, k) * a ** k
    return (f"what's the constant term in the expansion of {text.replace('+ -', '- ')}?",
            [whole(val)])


@family
def complex_quadratic_roots(rng: random.Random) -> Made:
    p, q = rng.randint(-6, 6), rng.randint(1, 7)
    b, c = -2 * p, p * p + q * q
    re = str(p) if p else ""
    qi = "i" if q == 1 else f"{q}i"
    both = [f"{re}±{qi}", f"x={re}±{qi}"]
    return (f"Solve {poly(b, c)} = 0 over the complex numbers.",
            [[f"{re}+{qi}", *both], [f"{re}-{qi}", *both]])


@family
def arctan_slope(rng: random.Random) -> Made:
    a, x0 = rng.randint(2, 7), rng.choice([-3, -2, -1, 1, 2, 3, F(1, 2), F(-1, 2)])
    val = F(a) / (1 + a * a * F(x0) ** 2)
    return (f"Find the derivative of arctan({a}x) at x = {x0}", [frac(val)])


@family
def mvt_cube(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(0, 12), 2))
    c = math.sqrt((a * a + a * b + b * b) / 3)
    if near(c, 3) or c.is_integer():
        return None
    return (f"For f(x) = x^3 on [{a}, {b}], find the value c guaranteed by the Mean Value "
            "Theorem (3 decimal places).", [num(c, 3)])


@family
def nested_root_limit(rng: random.Random) -> Made:
    m = rng.randint(3, 14)
    k, a1 = m * (m - 1), rng.randint(0, 9)
    return (f"a₁ = {a1}, a(n+1) = √({k} + a(n)). The sequence converges — to what limit?",
            [[str(m), f"L = {m}", f"L={m}"]])


@family
def distinct_digit_count(rng: random.Random) -> Made:
    digits = sorted(rng.sample(range(10), rng.randint(5, 7)))
    length = rng.choice([3, 4])
    kind = rng.choice(["even", "odd", "greater than 5000" if length == 4 else "greater than 500"])
    count = 0
    for combo in itertools.permutations(digits, length):
        if combo[0] == 0:
            continue
        value = int("".join(map(str, combo)))
        if (kind == "even" and value % 2) or (kind == "odd" and value % 2 == 0):
            continue
        if kind.startswith("greater") and value <= (5000 if length == 4 else 500):
            continue
        count += 1
    if count == 0:
        return None
    return (f"Using the digits {', '.join(map(str, digits))} with no digit repeated, how many "
            f"{length}-digit numbers can you make that are {kind}? (no leading zero)",
            [whole(count)])


@family
def expected_extreme_dice(rng: random.Random) -> Made:
    sides, dice = rng.choice([4, 6, 8, 10, 12, 20]), rng.choice([2, 3])
    which = rng.choice(["highest", "lowest"])
    pick = max if which == "highest" else min
    rolls = list(itertools.product(range(1, sides + 1), repeat=dice))
    ev = F(sum(pick(r) for r in rolls), len(rolls))
    word = {2: "two", 3: "three"}[dice]
    return (f"Roll {word} fair {sides}-sided dice. What's the expected value of the {which} "
            "number showing? Exact fraction.", [frac(ev)])


@family
def divisible_either(rng: random.Random) -> Made:
    a, b = rng.sample([3, 4, 5, 6, 7, 8, 9, 11, 12, 13], 2)
    n = rng.randint(200, 5000)
    lcm = a * b // math.gcd(a, b)
    count = n // a + n // b - n // lcm
    return (f"How many whole numbers from 1 to {n} inclusive are divisible by {a} or by {b} "
            "(or both)?", [whole(count)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    washer_area, circle_segment, capsule_volume, cyclic_quadrilateral, arith_two_terms,
    count_list_terms, exact_notes_ways, doubling_continuous, polar_to_cartesian,
    binomial_constant, complex_quadratic_roots, arctan_slope, mvt_cube, nested_root_limit,
    distinct_digit_count, expected_extreme_dice, divisible_either)]
