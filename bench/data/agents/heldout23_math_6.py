"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 6: geometry (areas,
perimeters, volumes, Pythagoras, angles, coordinates) and the nth term of a sequence."""

from __future__ import annotations

import math
from fractions import Fraction as F

from bench.data.agents.heldout23_math import fam, frac, num, pick
from bench.data.agents.helpers import Family


def clock(minutes: int) -> list[str]:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h}:{m:02d}", f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{ap}", f"{h12}:{m:02d}{ap[0]}.m."]


def hm(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    extra = [f"{h}hours", f"{h}hrs", f"{h}hour", f"{h}h"] if m == 0 else []
    extra += [f"{m}minutes", f"{m}mins", f"{m}min"] if h == 0 else []
    out = [
        *extra,
        f"{h}h{m}m",
        f"{h}h{m:02d}m",
        f"{h}hours{m}minutes",
        f"{h}hours and{m}minutes",
        f"{h}hr{m}min",
        f"{h}hrs{m}mins",
        f"{h}:{m:02d}",
        f"{h}hoursand{m}minutes",
        f"{h}h{m}min",
        f"{h}hr{m}mins",
        f"{h}hours,{m}minutes",
        f"{h}hrs{m}min",
        f"{h}hour{m}minutes",
        f"{h}hourand{m}minutes",
    ]
    return out


@fam
def rect_area_perimeter(rng):
    w, h = F(rng.randint(20, 150), 10), F(rng.randint(20, 150), 10)
    if w == h:
        return None
    which = rng.choice(["area", "perimeter"])
    v = w * h if which == "area" else 2 * (w + h)
    return (f"my room is {float(w)} m by {float(h)} m. what's the {which}?"), [num(v)]


@fam
def circle_area(rng):
    r = rng.randint(2, 40)
    d = rng.choice([True, False])
    size = f"diameter {2 * r}" if d else f"radius {r}"
    return (f"area of a circle with {size} cm, to 2 decimal places (use π, not 3.14)"), [
        num(F(math.pi * r * r).limit_denominator(10**6))
    ]


@fam
def pizza_compare(rng):
    a, b = rng.choice([10, 12, 14]), rng.choice([16, 18, 20])
    pa, pb = rng.randint(8, 15), rng.randint(14, 26)
    big = F(pb / (math.pi * (b / 2) ** 2)).limit_denominator(10**8)
    small = F(pa / (math.pi * (a / 2) ** 2)).limit_denominator(10**8)
    which = rng.choice(["big", "small"])
    v, size, price = (big, b, pb) if which == "big" else (small, a, pa)
    return (
        f"a {size}-inch round pizza is ${price}. what's that per square inch, in dollars to 4 "
        "decimal places?"
    ), [num(v, 4)]


@fam
def pythagoras_hyp(rng):
    a, b, c = rng.choice(
        [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41)]
    )
    k = rng.randint(1, 6)
    return pick(
        rng,
        f"right triangle legs {a * k} and {b * k}, hypotenuse?",
        f"ladder: foot is {a * k} ft from the wall and it reaches {b * k} ft up. how long is the "
        "ladder?",
    ), [num(c * k, 0)]


@fam
def pythagoras_leg(rng):
    a, b = rng.randint(3, 20), rng.randint(21, 40)
    v = math.sqrt(b * b - a * a)
    return (f"hypotenuse {b} cm, one leg {a} cm. other leg to 2 dp?"), [
        num(F(v).limit_denominator(10**7))
    ]


@fam
def tv_diagonal(rng):
    w, h = rng.randint(30, 70), rng.randint(18, 40)
    v = math.hypot(w, h)
    return (f"TV screen is {w} in wide and {h} in tall. diagonal to 1 decimal?"), [
        num(F(v).limit_denominator(10**7), 1)
    ]


@fam
def triangle_angle(rng):
    a, b = rng.randint(20, 100), rng.randint(20, 100)
    if a + b >= 175:
        return None
    return pick(
        rng,
        f"two angles of a triangle are {a}° and {b}°. third angle?",
        f"triangle with angles {a} and {b} degrees — what's the last one",
    ), [num(180 - a - b, 0)]


@fam
def polygon_interior(rng):
    n = rng.randint(5, 20)
    what = rng.choice(["sum of interior angles", "each interior angle", "each exterior angle"])
    v = (
        F((n - 2) * 180, 1)
        if what.startswith("sum")
        else (F((n - 2) * 180, n) if "interior" in what else F(360, n))
    )
    return pick(
        rng,
        f"{what} of a regular {n}-sided polygon, in degrees? (2 dp if needed)",
        f"regular polygon with {n} sides: {what}? degrees, 2 dp if not whole",
    ), [num(v)]


@fam
def box_volume(rng):
    ln, w, h = rng.randint(10, 80), rng.randint(10, 60), rng.randint(5, 50)
    return (f"shipping box is {ln} cm × {w} cm × {h} cm. volume in litres? (1 L = 1000 cm³)"), [
        num(F(ln * w * h, 1000), 3)
    ]


@fam
def cylinder_volume(rng):
    r, h = rng.randint(2, 20), rng.randint(5, 40)
    v = F(math.pi * r * r * h).limit_denominator(10**6)
    return pick(
        rng,
        f"volume of a cylinder r = {r} cm, h = {h} cm, 2 dp",
        f"cylindrical vase, radius {r} cm, height {h} cm. how many cm³ does it hold? (2 dp)",
    ), [num(v)]


@fam
def sphere_volume(rng):
    r = rng.randint(2, 30)
    v = F(4 * math.pi * r**3 / 3).limit_denominator(10**6)
    return pick(
        rng,
        f"volume of a ball with radius {r} cm? 2 dp",
        f"sphere of diameter {2 * r} cm, volume in cm³ (2 dp)?",
        f"how many cubic cm in a globe {2 * r} cm across? 2 decimals",
    ), [num(v)]


@fam
def fence_cost(rng):
    w, h, price = rng.randint(5, 40), rng.randint(5, 40), F(rng.randint(800, 3500), 100)
    gate = rng.randint(1, 4)
    v = (2 * (w + h) - gate) * price
    return (
        f"fencing a {w} m by {h} m yard, leaving a {gate} m gap for the gate. fencing is "
        f"${float(price):.2f} per metre. "
        f"cost?"
    ), [num(v)]


@fam
def tiles_needed(rng):
    t = rng.choice([10, 20, 25, 30, 40, 50])
    kw, kh = rng.randint(5, 25), rng.randint(5, 25)
    w, h = F(t * kw, 100), F(t * kh, 100)
    n = kw * kh
    return pick(
        rng,
        f"bathroom floor is {float(w):g} m × {float(h):g} m, tiles are {t} cm squares. how many?",
        f"how many {t}x{t} cm tiles to cover a {float(w):g} by {float(h):g} metre floor exactly?",
    ), [num(n, 0)]


@fam
def trapezoid_area(rng):
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 20)
    if a == b:
        return None
    return (f"trapezium with parallel sides {a} and {b} m, height {h} m. area?"), [
        num(F((a + b) * h, 2), 1)
    ]


@fam
def circumference_walk(rng):
    r, laps = rng.randint(10, 80), rng.randint(2, 12)
    v = F(2 * math.pi * r * laps).limit_denominator(10**6)
    return (
        f"walked {laps} laps round a circular pond of radius {r} m. how far is that in metres? (1 "
        "dp)"
    ), [num(v, 1)]


@fam
def distance_points(rng):
    x1, y1 = rng.randint(-8, 8), rng.randint(-8, 8)
    a, b, c = rng.choice(
        [(3, 4, 5), (5, 12, 13), (8, 15, 17), (15, 8, 17), (4, 3, 5), (12, 5, 13), (7, 24, 25)]
    )
    sx, sy, k = rng.choice([-1, 1]), rng.choice([-1, 1]), rng.randint(1, 6)
    a, b, c = a * k, b * k, c * k
    return (f"distance between ({x1}, {y1}) and ({x1 + sx * a}, {y1 + sy * b})?"), [num(c, 0)]


@fam
def slope_line(rng):
    x1, y1, x2, y2 = rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9)
    if x1 == x2:
        return None
    return (f"slope of the line through ({x1}, {y1}) and ({x2}, {y2})?"), [
        frac(F(y2 - y1, x2 - x1))
    ]


@fam
def arith_nth(rng):
    a, d, n = rng.randint(-10, 30), rng.randint(-7, 9), rng.randint(15, 80)
    if d == 0:
        return None
    seq = ", ".join(str(a + i * d) for i in range(4))
    return pick(
        rng,
        f"{seq}, ... what's the "
        f"{n}{'th' if n % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')} "
        "term?",
        f"sequence {seq}... find term number {n}",
    ), [num(a + (n - 1) * d, 0)]


def rnd_sec(v: F) -> int:
    low = math.floor(v)
    if v - low == F(1, 2):
        raise ZeroDivisionError
    return low + (1 if v - low > F(1, 2) else 0)


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        rect_area_perimeter,
        circle_area,
        pizza_compare,
        pythagoras_hyp,
        pythagoras_leg,
        tv_diagonal,
        triangle_angle,
        polygon_interior,
        box_volume,
        cylinder_volume,
        sphere_volume,
        fence_cost,
        tiles_needed,
        trapezoid_area,
        circumference_walk,
        distance_points,
        slope_line,
        arith_nth,
    )
]
