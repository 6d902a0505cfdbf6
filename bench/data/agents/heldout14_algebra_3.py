"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part five: vectors and
matrices, then geometry and trigonometry asked as maths."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_math import Made, dec, dedupe, family, need, signed, whole
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)
Rows = list[list[int]]


def vector(values: list[int]) -> list[str]:
    body = [", ".join(map(str, values)), ",".join(map(str, values))]
    return signed(dedupe([f"({b})" for b in body] + [f"[{b}]" for b in body] +
                         [f"<{b}>" for b in body]))


def matrix(rows: Rows) -> list[str]:
    spaced = "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"
    return dedupe([spaced, spaced.replace(" ", "")])


def det3(m: Rows) -> int:
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))


def grid(rng: random.Random, n: int, low: int = -9, high: int = 9) -> Rows:
    return [[rng.randint(low, high) for _ in range(n)] for _ in range(n)]


def brackets(rows: Rows) -> str:
    return "[" + ", ".join("[" + ", ".join(map(str, r)) + "]" for r in rows) + "]"


# --- vectors and matrices --------------------------------------------------------------

@fam
def n_det_two(rng: random.Random) -> Made:  # a 2x2 determinant in bracket notation
    m = grid(rng, 2)
    need(m[0][0] * m[1][1] - m[0][1] * m[1][0] not in (0, 1))
    return f"det of {brackets(m)}", [whole(m[0][0] * m[1][1] - m[0][1] * m[1][0])]


@fam
def n_det_three(rng: random.Random) -> Made:  # a 3x3 determinant given as rows
    m = grid(rng, 3, -5, 6)
    need(det3(m) not in (0, 1))
    rows = "; ".join(" ".join(map(str, r)) for r in m)
    return (f"Find the determinant of the 3x3 matrix with rows {rows}", [whole(det3(m))])


@fam
def n_det_words(rng: random.Random) -> Made:  # a determinant described in words
    m = grid(rng, 2, 1, 15)
    d = m[0][0] * m[1][1] - m[0][1] * m[1][0]
    need(d not in (0, 1))
    return (f"top row {m[0][0]} and {m[0][1]}, bottom row {m[1][0]} and {m[1][1]} - what's the "
            "determinant?", [whole(d)])


@fam
def n_dot(rng: random.Random) -> Made:  # a dot product
    u, v = [rng.randint(-9, 9) for _ in range(3)], [rng.randint(-9, 9) for _ in range(3)]
    return (f"dot product of ({', '.join(map(str, u))}) and ({', '.join(map(str, v))})",
            [whole(sum(a * b for a, b in zip(u, v, strict=True)))])


@fam
def n_cross(rng: random.Random) -> Made:  # a cross product
    u, v = [rng.randint(-6, 6) for _ in range(3)], [rng.randint(-6, 6) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    need(all(c))
    return f"u = {u}, v = {v}. compute u × v", [vector(c)]


@fam
def n_magnitude(rng: random.Random) -> Made:  # the length of a vector
    v = [rng.randint(-12, 12) for _ in range(3)]
    size = math.sqrt(sum(a * a for a in v))
    need(all(v))
    out = whole(round(size)) if abs(size - round(size)) < 1e-9 else dec(size)
    return f"how long is the vector <{', '.join(map(str, v))}>?", [out]


@fam
def n_angle_vectors(rng: random.Random) -> Made:  # the angle between two vectors
    u, v = [rng.randint(-8, 8) for _ in range(2)], [rng.randint(-8, 8) for _ in range(2)]
    need(any(u) and any(v) and u[0] * v[1] != u[1] * v[0])
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    angle = math.degrees(math.acos(cos))
    return (f"angle in degrees between vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]})?",
            [dec(angle)])


@fam
def n_matrix_vector(rng: random.Random) -> Made:  # a matrix times a vector
    m, v = grid(rng, 2, -6, 9), [rng.randint(-5, 8) for _ in range(2)]
    out = [m[0][0] * v[0] + m[0][1] * v[1], m[1][0] * v[0] + m[1][1] * v[1]]
    return (f"multiply the matrix {brackets(m)} by the column vector {v}", [vector(out)])


@fam
def n_matrix_product(rng: random.Random) -> Made:  # a product of two matrices
    a, b = grid(rng, 2, -4, 7), grid(rng, 2, -4, 7)
    c = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    return f"A = {brackets(a)}, B = {brackets(b)}. what's AB?", [matrix(c)]


@fam
def n_trace(rng: random.Random) -> Made:  # a trace
    m = grid(rng, 3, -20, 30)
    return f"trace of {brackets(m)}", [whole(m[0][0] + m[1][1] + m[2][2])]


@fam
def n_eigen(rng: random.Random) -> Made:  # eigenvalues of a 2x2 matrix
    l1, l2 = sorted(rng.sample(range(-6, 10), 2))
    a = rng.randint(-5, 9)
    d = l1 + l2 - a
    prod = a * d - l1 * l2
    need(prod != 0)
    b = rng.choice([k for k in range(1, abs(prod) + 1) if prod % k == 0])
    c = prod // b
    m = [[a, b], [c, d]]
    return (f"eigenvalues of {brackets(m)}",
            [signed(dedupe([str(l1), f"λ = {l1}", f"λ={l1}"])),
             signed(dedupe([str(l2), f"λ = {l2}", f"λ={l2}"]))])


@fam
def n_inverse(rng: random.Random) -> Made:  # the inverse of a unimodular 2x2 matrix
    a, b = rng.randint(2, 9), rng.randint(1, 9)
    c = rng.randint(1, 9)
    need((1 + b * c) % a == 0)
    d = (1 + b * c) // a
    m = [[a, b], [c, d]]
    return f"inverse of the matrix {brackets(m)}", [matrix([[d, -b], [-c, a]])]


@fam
def n_matrix_system(rng: random.Random) -> Made:  # a system given as Ax = b
    m, sol = grid(rng, 2, -5, 8), [rng.randint(-9, 9) for _ in range(2)]
    need(m[0][0] * m[1][1] - m[0][1] * m[1][0] != 0)
    rhs = [m[0][0] * sol[0] + m[0][1] * sol[1], m[1][0] * sol[0] + m[1][1] * sol[1]]
    return (f"solve Ax = b with A = {brackets(m)} and b = {rhs}, x = (x1, x2)",
            [vector(sol)])


@fam
def n_projection(rng: random.Random) -> Made:  # the scalar projection of a vector
    u, v = [rng.randint(-8, 9) for _ in range(2)], [rng.randint(1, 9) for _ in range(2)]
    need(any(u))
    value = (u[0] * v[0] + u[1] * v[1]) / math.hypot(*v)
    return (f"scalar projection of ({u[0]}, {u[1]}) onto ({v[0]}, {v[1]})", [dec(value)])


# --- geometry and trigonometry ---------------------------------------------------------

@fam
def n_circle_area(rng: random.Random) -> Made:  # area of a circle from its radius
    r = F(rng.randint(10, 400), 10)
    return (f"area of a circle with radius {float(r):g} cm?", [dec(math.pi * float(r) ** 2)])


@fam
def n_pizza_area(rng: random.Random) -> Made:  # a pizza's area from its diameter
    d = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 24])
    return (f"how many square inches is a {d} inch pizza", [dec(math.pi * (d / 2) ** 2)])


@fam
def n_circumference(rng: random.Random) -> Made:  # a circumference from a diameter
    d = F(rng.randint(5, 300), 10)
    return (f"circumference of a circle, diameter {float(d):g} m", [dec(math.pi * float(d))])


@fam
def n_hypotenuse(rng: random.Random) -> Made:  # a hypotenuse
    a, b = rng.randint(2, 40), rng.randint(2, 40)
    h = math.hypot(a, b)
    out = whole(round(h)) if abs(h - round(h)) < 1e-9 else dec(h)
    return f"right triangle with legs {a} and {b}, how long is the hypotenuse", [out]


@fam
def n_ladder(rng: random.Random) -> Made:  # a ladder against a wall
    ladder, foot = rng.randint(4, 12), F(rng.randint(5, 30), 10)
    need(foot < ladder)
    height = math.sqrt(ladder ** 2 - float(foot) ** 2)
    return (f"a {ladder} m ladder leans on a wall with its foot {float(foot):g} m from the wall. "
            "how high up the wall does it reach, in metres?", [dec(height)])


@fam
def n_heron(rng: random.Random) -> Made:  # a triangle's area from three sides
    a, b, c = sorted(rng.randint(3, 25) for _ in range(3))
    need(a + b > c + 1)
    s = (a + b + c) / 2
    area = math.sqrt(s * (s - a) * (s - b) * (s - c))
    return (f"triangle with sides {a}, {b} and {c}: what's its area?", [dec(area)])


@fam
def n_cylinder(rng: random.Random) -> Made:  # volume of a cylinder
    r, h = rng.randint(2, 30), rng.randint(3, 60)
    return (f"volume of a cylinder, radius {r} cm and height {h} cm, in cubic cm?",
            [dec(math.pi * r * r * h)])


@fam
def n_sphere(rng: random.Random) -> Made:  # volume of a sphere
    r = rng.randint(2, 40)
    return f"What's the volume of a ball with radius {r}?", [dec(4 / 3 * math.pi * r ** 3)]


@fam
def n_cone(rng: random.Random) -> Made:  # volume of a cone
    r, h = rng.randint(2, 20), rng.randint(3, 30)
    return f"cone: r = {r}, h = {h}. volume?", [dec(math.pi * r * r * h / 3)]


@fam
def n_box_surface(rng: random.Random) -> Made:  # surface area of a box
    a, b, c = rng.randint(2, 60), rng.randint(2, 60), rng.randint(2, 60)
    return (f"how much wrapping paper to cover a box {a} x {b} x {c} cm exactly (surface area "
            "in square cm)?", [whole(2 * (a * b + b * c + a * c))])


@fam
def n_polygon_angle(rng: random.Random) -> Made:  # interior angle of a regular polygon
    n = rng.choice([5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 18, 20, 24, 30])
    angle = F(180 * (n - 2), n)
    out = whole(int(angle)) if angle.denominator == 1 else dec(angle)
    return f"each interior angle of a regular {n}-sided polygon, in degrees?", [out]


@fam
def n_arc_length(rng: random.Random) -> Made:  # arc length
    r, angle = rng.randint(2, 30), rng.choice([20, 30, 40, 45, 60, 72, 75, 90, 120, 135, 150])
    return (f"arc length for a {angle}° angle in a circle of radius {r}",
            [dec(2 * math.pi * r * angle / 360)])


@fam
def n_sin_value(rng: random.Random) -> Made:  # a sine to four decimals
    angle = rng.randint(1, 89)
    need(angle not in (30, 45, 60))
    return f"sin {angle}° to 4 decimal places", [dec(math.sin(math.radians(angle)), 4)]


@fam
def n_tree_height(rng: random.Random) -> Made:  # a height from an angle of elevation
    dist, angle = rng.randint(8, 80), rng.randint(15, 70)
    return (f"I'm standing {dist} m from a tree and the top is at an angle of elevation of "
            f"{angle}°. how tall is the tree (ignore my height)?",
            [dec(dist * math.tan(math.radians(angle)))])


@fam
def n_cosine_rule(rng: random.Random) -> Made:  # the third side by the cosine rule
    a, b, angle = rng.randint(3, 20), rng.randint(3, 20), rng.randint(20, 150)
    need(angle != 90)
    c = math.sqrt(a * a + b * b - 2 * a * b * math.cos(math.radians(angle)))
    return (f"two sides of a triangle are {a} and {b} with {angle} degrees between them. length "
            "of the third side?", [dec(c)])


@fam
def n_to_radians(rng: random.Random) -> Made:  # degrees to radians
    deg = rng.randint(1, 359)
    need(deg % 15 != 0)
    return f"{deg} degrees in radians?", [dec(math.radians(deg), 4)]


@fam
def n_shoelace(rng: random.Random) -> Made:  # area of a triangle from coordinates
    pts = [(rng.randint(-9, 9), rng.randint(-9, 9)) for _ in range(3)]
    twice = abs(pts[0][0] * (pts[1][1] - pts[2][1]) + pts[1][0] * (pts[2][1] - pts[0][1])
                + pts[2][0] * (pts[0][1] - pts[1][1]))
    need(twice > 0)
    area = F(twice, 2)
    out = whole(int(area)) if area.denominator == 1 else dec(area)
    text = ", ".join(f"({x}, {y})" for x, y in pts)
    return f"area of the triangle with vertices {text}", [out]


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
