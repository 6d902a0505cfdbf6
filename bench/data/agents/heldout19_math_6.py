"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 6: geometry: areas,
perimeters, volumes, Pythagoras and angles."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import Again, Made, ch, dp, fam, ints
from bench.data.agents.helpers import Family


def fl(x: float, d: int = 2) -> list[str]:
    """A float answer to d decimals, redrawn when it sits near a rounding tie."""
    frac = abs(x) * 10**d % 1
    if abs(frac - 0.5) < 0.02:
        raise Again
    return dp(Fr(round(x, d + 3)).limit_denominator(10 ** (d + 3)), d)


UNITS = ["cm", "m", "in", "ft", "mm"]


@fam
def rectangle(rng: random.Random) -> Made:
    a, b = rng.randint(3, 60), rng.randint(3, 60)
    u = ch(rng, UNITS)
    if a == b:
        raise Again
    t = ch(
        rng,
        [
            "a rectangle is {a} {u} by {b} {u}. area and perimeter?",
            "my garden is {a}{u} x {b}{u} — what's the area and how much fencing goes round it?",
            "area + perimeter of a {a} by {b} {u} rectangle",
        ],
    )
    return t.format(a=a, b=b, u=u), [ints(a * b), ints(2 * (a + b))]


@fam
def circle_area(rng: random.Random) -> Made:
    r = rng.randint(2, 40) / ch(rng, [1, 2])
    u = ch(rng, UNITS)
    t = ch(
        rng,
        [
            "area of a circle with radius {r} {u}? 2 dp",
            "circle, r = {r}{u}. area to 2 decimals",
            "what's the area of a round table top of radius {r} {u} (2 decimal places)",
        ],
    )
    return t.format(r=f"{r:g}", u=u), [fl(math.pi * r * r)]


@fam
def circumference(rng: random.Random) -> Made:
    d = rng.randint(3, 120)
    t = ch(
        rng,
        [
            "circumference of a circle with diameter {d} cm, 2 dp",
            "a bike wheel is {d} inches across. how far does it roll in one turn (2 decimals)?",
            "diameter {d} m — circumference to 2 decimal places?",
        ],
    )
    return t.format(d=d), [fl(math.pi * d)]


@fam
def triangle_area(rng: random.Random) -> Made:
    b, h = rng.randint(3, 80), rng.randint(3, 80)
    val = Fr(b * h, 2)
    t = ch(
        rng,
        [
            "triangle with base {b} cm and height {h} cm — area?",
            "area of a triangle, base {b}, height {h}",
            "½ × base × height for base {b} m and height {h} m?",
        ],
    )
    return t.format(b=b, h=h), [dp(val, 1)]


@fam
def hypotenuse(rng: random.Random) -> Made:
    a, b = rng.randint(3, 40), rng.randint(3, 40)
    c = math.hypot(a, b)
    ans = ints(round(c)) if c == int(c) else fl(c)
    t = ch(
        rng,
        [
            "right triangle legs {a} and {b}. hypotenuse? (2 dp)",
            "the two short sides of a right-angled triangle are {a} cm and {b} cm. how long "
            "is the longest side, 2 dp?",
        ],
    )
    return t.format(a=a, b=b), [ans]


@fam
def ladder(rng: random.Random) -> Made:
    length, foot = rng.randint(5, 15), rng.randint(1, 4) + rng.choice([0, 0.5])
    if foot >= length:
        raise Again
    h = math.sqrt(length**2 - foot**2)
    t = ch(
        rng,
        [
            "a {l} m ladder leans on a wall with its foot {f} m from the wall. how high up "
            "the wall does it reach? 2 dp",
            "{l}ft ladder, base {f}ft out from the house — height it reaches (2 decimals)?",
        ],
    )
    return t.format(l=length, f=f"{foot:g}"), [fl(h)]


@fam
def cylinder_volume(rng: random.Random) -> Made:
    r, h = rng.randint(2, 30), rng.randint(3, 60)
    t = ch(
        rng,
        [
            "volume of a cylinder, radius {r} cm, height {h} cm? 2 dp",
            "a tin is {h} cm tall with radius {r} cm. volume in cm³ to 2 decimals?",
        ],
    )
    return t.format(r=r, h=h), [fl(math.pi * r * r * h)]


@fam
def sphere_volume(rng: random.Random) -> Made:
    r = rng.randint(2, 40)
    what = ch(rng, ["volume", "surface area"])
    val = 4 / 3 * math.pi * r**3 if what == "volume" else 4 * math.pi * r * r
    t = ch(
        rng,
        [
            "{w} of a sphere with radius {r} cm, 2 dp",
            "ball of radius {r} — {w}? round to 2 decimals",
        ],
    )
    return t.format(w=what, r=r), [fl(val)]


@fam
def cone_volume(rng: random.Random) -> Made:
    r, h = rng.randint(2, 20), rng.randint(3, 40)
    return ch(
        rng,
        [
            f"volume of a cone with radius {r} and height {h}? 2 dp",
            f"cone: r = {r} cm, h = {h} cm. volume to 2 decimal places",
        ],
    ), [fl(math.pi * r * r * h / 3)]


@fam
def box_surface(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 40)
    t = ch(
        rng,
        [
            "surface area of a box {a} × {b} × {c} cm",
            "how much wrapping paper covers a {a} by {b} by {c} inch box exactly (surface area)?",
            "cuboid {a}x{b}x{c}: volume and surface area?",
        ],
    )
    q = t.format(a=a, b=b, c=c)
    req = [ints(2 * (a * b + b * c + a * c))]
    if "volume" in q:
        req.insert(0, ints(a * b * c))
    return q, req


@fam
def polygon_interior(rng: random.Random) -> Made:
    n = rng.randint(5, 40)
    val = Fr(180 * (n - 2), n)
    if n in (6, 10, 12):
        pass
    t = ch(
        rng,
        [
            "each interior angle of a regular {n}-sided polygon? 2 dp",
            "interior angle of a regular polygon with {n} sides (degrees, 2 decimals)",
        ],
    )
    return t.format(n=n), [dp(val, 2)]


@fam
def polygon_sum(rng: random.Random) -> Made:
    n = rng.randint(5, 60)
    t = ch(
        rng,
        [
            "sum of the interior angles of a {n}-gon?",
            "what do the angles inside a {n}-sided polygon add up to",
        ],
    )
    return t.format(n=n), [ints(180 * (n - 2))]


@fam
def third_angle(rng: random.Random) -> Made:
    a, b = rng.randint(15, 100), rng.randint(15, 100)
    if a + b >= 170:
        raise Again
    t = ch(
        rng,
        [
            "two angles of a triangle are {a}° and {b}°. the third?",
            "triangle angles {a} and {b} degrees, what's the missing one",
        ],
    )
    return t.format(a=a, b=b), [ints(180 - a - b)]


@fam
def trapezoid(rng: random.Random) -> Made:
    a, b, h = rng.randint(3, 40), rng.randint(3, 40), rng.randint(2, 30)
    if a == b:
        raise Again
    val = Fr((a + b) * h, 2)
    t = ch(
        rng,
        [
            "trapezoid with parallel sides {a} and {b} and height {h}. area?",
            "area of a trapezium: parallel sides {a} m, {b} m; height {h} m",
        ],
    )
    return t.format(a=a, b=b, h=h), [dp(val, 1)]


@fam
def elevation(rng: random.Random) -> Made:
    d, ang = rng.randint(10, 120), rng.randint(15, 70)
    h = d * math.tan(math.radians(ang))
    t = ch(
        rng,
        [
            "I'm standing {d} m from a tree and the angle of elevation to the top is {a}°. "
            "how tall is the tree (2 dp)?",
            "angle of elevation {a} degrees from {d} m away. height of the building, 2 decimals?",
        ],
    )
    return t.format(d=d, a=ang), [fl(h)]


@fam
def sector(rng: random.Random) -> Made:
    r, ang = (
        rng.randint(3, 30),
        rng.choice([30, 40, 45, 60, 72, 80, 90, 100, 120, 135, 150, 210, 240]),
    )
    what = ch(rng, ["arc length", "area"])
    val = 2 * math.pi * r * ang / 360 if what == "arc length" else math.pi * r * r * ang / 360
    return f"a sector has radius {r} cm and angle {ang}°. {what}? 2 dp", [fl(val)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        rectangle,
        circle_area,
        circumference,
        triangle_area,
        hypotenuse,
        ladder,
        cylinder_volume,
        sphere_volume,
        cone_volume,
        box_surface,
        polygon_interior,
        polygon_sum,
        third_angle,
        trapezoid,
        elevation,
        sector,
    )
]
