"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 5: geometry: perimeters,
areas, volumes, Pythagoras, angles and polygons."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import Made, Redraw, dec, fam, num, pick, rnd
from bench.data.agents.helpers import Family

HERON = [
    (13, 14, 15, 84),
    (5, 5, 6, 12),
    (10, 13, 13, 60),
    (7, 15, 20, 42),
    (9, 10, 17, 36),
    (6, 25, 29, 60),
    (15, 34, 35, 252),
    (5, 12, 13, 30),
    (11, 13, 20, 66),
    (13, 20, 21, 126),
]


def nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@fam
def fam_fence(rng: random.Random) -> Made:
    length, width = F(rng.randint(20, 300), 10), F(rng.randint(15, 200), 10)
    if length == width:
        return None
    gate = rng.choice([0, 0, 1, F(3, 2), 2])
    per = 2 * (length + width) - gate
    gate_t = f" I'll leave a {dec(F(gate))} m gap for a gate." if gate else ""
    text = pick(
        rng,
        [
            "My garden is {l} m by {w} m. How many metres of fencing to go all the way round?{g}",
            "rectangular yard {l}m x {w}m — fencing needed for the perimeter?{g}",
        ],
    ).format(l=dec(length), w=dec(width), g=gate_t)
    return text, [num(per, fraction=False)]


@fam
def fam_carpet(rng: random.Random) -> Made:
    ln, w = F(rng.randint(25, 80), 10), F(rng.randint(20, 60), 10)
    price = F(rng.randint(800, 4500), 100)
    text = pick(
        rng,
        [
            "Carpet costs ${p} per square metre. Room is {l} m by {w} m. Cost to carpet it?",
            "how much to carpet a {l}m × {w}m floor at {p} per m²? (to the cent)",
        ],
    ).format(l=dec(ln), w=dec(w), p=f"{float(price):.2f}")
    return text, [rnd(ln * w * price, 2)]


@fam
def fam_circle_area(rng: random.Random) -> Made:
    r = rng.randint(2, 40)
    dia = rng.random() < 0.4
    text = pick(
        rng,
        [
            "area of a circle with {k} {v} cm? round to 2 decimals",
            "what's the area of a circular table top, {k} {v} cm (2 dp)",
            "circle, {k} = {v} cm. area to two decimal places?",
        ],
    ).format(k="diameter" if dia else "radius", v=2 * r if dia else r)
    return text, [rnd(F(math.pi * r * r), 2)]


@fam
def fam_wheel_distance(rng: random.Random) -> Made:
    d = rng.randint(40, 75)
    n = rng.randint(50, 1000)
    dist = math.pi * d * n / 100
    text = pick(
        rng,
        [
            "A bike wheel has a diameter of {d} cm. How far (in metres) does it go in "
            "{n} full turns? 1 decimal place",
            "wheel diameter {d}cm, {n} revolutions — distance in m to 1 dp?",
        ],
    ).format(d=d, n=n)
    return text, [rnd(F(dist), 1)]


@fam
def fam_triangle_area(rng: random.Random) -> Made:
    b, h = rng.randint(3, 40), rng.randint(3, 30)
    text = pick(
        rng,
        [
            "triangle with base {b} cm and height {h} cm — area?",
            "area of a triangle, base {b}, height {h}",
            "what's the area of a triangular sail {b} m along the bottom and {h} m tall",
        ],
    ).format(b=b, h=h)
    return text, [num(F(b * h, 2), fraction=False)]


@fam
def fam_heron(rng: random.Random) -> Made:
    a, b, c, area = rng.choice(HERON)
    k = rng.randint(1, 4)
    sides = [a * k, b * k, c * k]
    rng.shuffle(sides)
    text = pick(
        rng,
        [
            "area of a triangle with sides {x}, {y} and {z}?",
            "triangle sides {x} cm, {y} cm, {z} cm. what's its area",
            "use Heron's formula: sides {x}, {y}, {z}. area?",
        ],
    ).format(x=sides[0], y=sides[1], z=sides[2])
    return text, [num(area * k * k)]


@fam
def fam_ladder(rng: random.Random) -> Made:
    foot, height = rng.randint(1, 6), rng.randint(3, 12)
    foot_f = F(rng.randint(10, 40), 10)
    h = F(height * 10 + rng.randint(0, 9), 10)
    L = math.sqrt(foot_f**2 + h**2)
    text = pick(
        rng,
        [
            "A ladder reaches {h} m up a wall and its foot is {f} m from the wall. How "
            "long is the ladder? (2 dp)",
            "ladder foot {f}m from the wall, top {h}m high. ladder length to 2 decimal places?",
        ],
    ).format(h=dec(h), f=dec(foot_f))
    del foot
    return text, [rnd(F(L), 2)]


@fam
def fam_missing_leg(rng: random.Random) -> Made:
    a, b, c = rng.choice(
        [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41), (12, 35, 37)]
    )
    k = rng.randint(1, 5)
    a, b = (a, b) if rng.random() < 0.5 else (b, a)
    text = pick(
        rng,
        [
            "right triangle, hypotenuse {c} and one leg {a}. other leg?",
            "a right-angled triangle has hypotenuse {c} cm and a side of {a} cm. "
            "find the third side",
            "TV screen diagonal {c} inches, width {a} inches. height?",
        ],
    ).format(c=c * k, a=a * k)
    return text, [num(b * k)]


@fam
def fam_cylinder(rng: random.Random) -> Made:
    r, h = rng.randint(5, 60), rng.randint(10, 150)
    vol_l = math.pi * r * r * h / 1000
    text = pick(
        rng,
        [
            "A cylindrical tank has radius {r} cm and height {h} cm. How many litres "
            "does it hold? (1 dp)",
            "volume of a cylinder r={r}cm h={h}cm, in litres to 1 decimal",
        ],
    ).format(r=r, h=h)
    return text, [rnd(F(vol_l), 1)]


@fam
def fam_cone(rng: random.Random) -> Made:
    r, h = rng.randint(2, 20), rng.randint(3, 30)
    v = math.pi * r * r * h / 3
    text = pick(
        rng,
        [
            "volume of a cone, radius {r} cm and height {h} cm? 2 dp",
            "cone with r = {r}, h = {h}. volume to 2 decimal places",
        ],
    ).format(r=r, h=h)
    return text, [rnd(F(v), 2)]


@fam
def fam_sphere(rng: random.Random) -> Made:
    r = rng.randint(2, 30)
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "volume of a sphere with radius {r} cm (2 dp)?",
                "a ball has radius {r} cm. volume to 2 decimals?",
            ],
        ).format(r=r)
        return text, [rnd(F(4 / 3 * math.pi * r**3), 2)]
    text = pick(
        rng,
        [
            "surface area of a sphere, radius {r} m? 2 dp",
            "sphere r={r}. surface area, two decimal places",
        ],
    ).format(r=r)
    return text, [rnd(F(4 * math.pi * r * r), 2)]


@fam
def fam_box_surface(rng: random.Random) -> Made:
    ln, w, h = rng.randint(5, 60), rng.randint(4, 40), rng.randint(2, 30)
    sa = 2 * (ln * w + ln * h + w * h)
    text = pick(
        rng,
        [
            "How much wrapping paper covers a box {l} × {w} × {h} cm exactly (no overlap)? in cm²",
            "surface area of a cuboid {l}cm by {w}cm by {h}cm?",
            "total surface area of a closed box, {l} by {w} by {h}",
        ],
    ).format(l=ln, w=w, h=h)
    return text, [num(sa)]


@fam
def fam_box_volume(rng: random.Random) -> Made:
    ln, w, h = rng.randint(20, 120), rng.randint(20, 80), rng.randint(10, 60)
    text = pick(
        rng,
        [
            "A fish tank is {l} cm long, {w} cm wide and {h} cm deep. How many litres when full?",
            "litres in a {l}x{w}x{h} cm box-shaped tank?",
        ],
    ).format(l=ln, w=w, h=h)
    forms = num(F(ln * w * h, 1000), fraction=False)
    for d in (2, 1):
        try:
            forms += rnd(F(ln * w * h, 1000), d)
        except Redraw:
            pass
    return text, [list(dict.fromkeys(forms))]


@fam
def fam_trapezium(rng: random.Random) -> Made:
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 20)
    if a == b:
        return None
    text = pick(
        rng,
        [
            "area of a trapezoid with parallel sides {a} and {b} and height {h}?",
            "trapezium: parallel sides {a} cm and {b} cm, {h} cm apart. area?",
        ],
    ).format(a=a, b=b, h=h)
    return text, [num(F((a + b) * h, 2), fraction=False)]


@fam
def fam_interior_angle(rng: random.Random) -> Made:
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 16, 18, 20, 24, 30, 36, 40, 25, 45])
    names = {5: "pentagon", 6: "hexagon", 8: "octagon", 10: "decagon", 12: "dodecagon"}
    shape = (
        f"regular {names[n]}" if n in names and rng.random() < 0.6 else f"regular {n}-sided polygon"
    )
    text = pick(
        rng,
        [
            "each interior angle of a {s}?",
            "what's one interior angle of a {s} in degrees (1 dp if needed)",
            "interior angle of a {s}",
        ],
    ).format(s=shape)
    v = F(180 * (n - 2), n)
    return text, [num(v, fraction=False) or rnd(v, 1)]


@fam
def fam_angle_sum(rng: random.Random) -> Made:
    n = rng.randint(5, 50)
    text = pick(
        rng,
        [
            "sum of the interior angles of a {n}-sided polygon?",
            "what do the inside angles of a {n}-gon add up to?",
            "a polygon has {n} sides. total of its interior angles in degrees?",
        ],
    ).format(n=n)
    return text, [num(180 * (n - 2))]


@fam
def fam_polygon_sides(rng: random.Random) -> Made:
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 40, 45, 60, 72])
    v = F(180 * (n - 2), n)
    ext = rng.random() < 0.5
    text = pick(
        rng,
        [
            "A regular polygon has {k} angles of {a}°. How many sides?",
            "regular polygon, each {k} angle is {a} degrees. number of sides?",
        ],
    ).format(k="exterior" if ext else "interior", a=dec(F(360, n) if ext else v))
    return text, [num(n)]


@fam
def fam_triangle_angle(rng: random.Random) -> Made:
    a, b = rng.randint(15, 100), rng.randint(15, 100)
    if a + b >= 175:
        return None
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "two angles of a triangle are {a}° and {b}°. the third?",
                "triangle angles {a} and {b} degrees — what's the missing one?",
            ],
        ).format(a=a, b=b)
        return text, [num(180 - a - b)]
    text = pick(
        rng,
        [
            "In an isosceles triangle the angle between the two equal sides is {a}°. "
            "Size of each base angle?",
            "isosceles triangle with apex angle {a} degrees. what are the other two angles?",
        ],
    ).format(a=a)
    return text, [num(F(180 - a, 2), fraction=False)]


@fam
def fam_sector(rng: random.Random) -> Made:
    r, ang = rng.randint(3, 25), rng.choice([30, 45, 60, 72, 90, 120, 135, 150, 210, 240, 100, 80])
    if rng.random() < 0.5:
        text = pick(
            rng,
            [
                "arc length of a sector with radius {r} cm and angle {a}°? 2 dp",
                "a pizza slice of radius {r} cm, angle {a} degrees — crust length "
                "(arc) to 2 decimals",
            ],
        ).format(r=r, a=ang)
        return text, [rnd(F(math.pi * r * ang / 180), 2)]
    text = pick(
        rng,
        [
            "area of a sector, radius {r} cm, angle {a}°? (2 dp)",
            "sector with r={r} and central angle {a} degrees — area to 2 dp",
        ],
    ).format(r=r, a=ang)
    return text, [rnd(F(math.pi * r * r * ang / 360), 2)]


@fam
def fam_paint_room(rng: random.Random) -> Made:
    ln, w, h = F(rng.randint(25, 90), 10), F(rng.randint(20, 70), 10), F(rng.randint(22, 32), 10)
    door = F(rng.randint(15, 25), 10)
    cover, can = rng.choice([8, 10, 12, 13]), rng.choice([F(1, 2), F(3, 4), 1, F(5, 2)])
    coats = rng.choice([1, 2])
    area = (2 * (ln + w) * h - door) * coats
    litres = area / cover
    cans = math.ceil(litres / can)
    if abs(litres / can - round(litres / can)) < F(1, 50):
        return None
    text = pick(
        rng,
        [
            "I'm painting the 4 walls of a room {l} m by {w} m, {h} m high, minus a {d} "
            "m² door. {c1}. Paint covers {c} m² per litre and comes in {k} L tins. How "
            "many tins?",
            "walls of a {l}x{w} m room, height {h} m, skip {d} square metres for the "
            "door, {c2}, {c} m² per litre, sold in {k}-litre tins (whole tins only). "
            "tins needed?",
        ],
    ).format(
        l=dec(ln),
        w=dec(w),
        h=dec(h),
        d=dec(door),
        c=cover,
        k=dec(F(can)),
        c1="One coat" if coats == 1 else "Two coats",
        c2="one coat" if coats == 1 else "two coats",
    )
    return text, [num(cans)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_fence, fam_carpet, fam_circle_area, fam_wheel_distance, fam_triangle_area, fam_heron,
    fam_ladder, fam_missing_leg, fam_cylinder, fam_cone, fam_sphere, fam_box_surface,
    fam_box_volume, fam_trapezium, fam_interior_angle, fam_angle_sum, fam_polygon_sides,
    fam_triangle_angle, fam_sector, fam_paint_room)]
