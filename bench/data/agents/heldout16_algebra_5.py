"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part twelve: geometry and
number theory."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F
from itertools import pairwise

from bench.data.agents.heldout16_math import Made, dedupe, family, num, tie, unit, whole
from bench.data.agents.helpers import Family

# --- geometry ----------------------------------------------------------------------------------

def cyl_volume(rng: random.Random) -> Made:  # volume of a cylinder
    r, h = rng.randint(1, 30), rng.randint(1, 50)
    v = math.pi * r * r * h
    if tie(v):
        return None
    return (f"volume of a cylinder radius {r} cm height {h} cm",
            [unit(num(v), "cm³", "cm^3", "cubic centimetres", "cubic centimeters")])


def sphere(rng: random.Random) -> Made:  # volume of a sphere
    r = rng.randint(1, 40)
    v = 4 / 3 * math.pi * r ** 3
    if tie(v):
        return None
    return f"whats the volume of a ball with radius {r}", [num(v)]


def cone(rng: random.Random) -> Made:  # volume of a cone
    r, h = rng.randint(2, 20), rng.randint(3, 30)
    v = math.pi * r * r * h / 3
    if tie(v):
        return None
    return f"cone: r = {r}, h = {h}. volume?", [num(v)]


def heron(rng: random.Random) -> Made:  # a triangle's area from its sides
    a, b, c = sorted(rng.randint(3, 30) for _ in range(3))
    if a + b <= c:
        return None
    s = (a + b + c) / 2
    v = math.sqrt(s * (s - a) * (s - b) * (s - c))
    if tie(v):
        return None
    ans = whole(round(v)) if abs(v - round(v)) < 1e-9 else num(v)
    return f"area of a triangle with sides {a}, {b} and {c}", [ans]


def arc(rng: random.Random) -> Made:  # an arc length
    r, d = rng.randint(2, 30), rng.choice([30, 45, 60, 72, 100, 120, 135, 150, 210, 300])
    v = 2 * math.pi * r * d / 360
    if tie(v):
        return None
    return f"arc length for a {d}° angle in a circle of radius {r}", [num(v)]


def sector(rng: random.Random) -> Made:  # a pizza slice's area
    d, angle = rng.choice([25, 30, 33, 35, 40, 45]), rng.choice([30, 40, 45, 60, 72, 90])
    v = math.pi * (d / 2) ** 2 * angle / 360
    if tie(v):
        return None
    return (f"a {d} cm pizza cut into a {angle} degree slice — how many cm² is the slice?",
            [unit(num(v), "cm²", "cm^2", "square centimetres", "square centimeters")])


def polygon_angle(rng: random.Random) -> Made:  # interior angle of a regular polygon
    n = rng.randint(5, 20)
    v = F(180 * (n - 2), n)
    if tie(v):
        return None
    return f"each interior angle of a regular {n}-sided polygon?", [dedupe(
        [f"{s}°" for s in num(v)] + [f"{s} degrees" for s in num(v)] + num(v))]


def diagonal(rng: random.Random) -> Made:  # a TV's diagonal
    w, h = rng.randint(30, 160), rng.randint(20, 100)
    v = math.hypot(w, h)
    if tie(v):
        return None
    return (f"screen is {w} cm wide and {h} cm tall, how long is the diagonal",
            [unit(num(v) if v != int(v) else whole(int(v)), "cm", "centimetres", "centimeters")])


def ladder(rng: random.Random) -> Made:  # how high a ladder reaches
    length, foot = rng.randint(4, 12), F(rng.randint(5, 30), 10)
    if foot >= length:
        return None
    v = math.sqrt(length ** 2 - float(foot) ** 2)
    if tie(v):
        return None
    return (f"a {length} m ladder leans on a wall with its foot {float(foot):g} m out. how high "
            "up the wall does it reach?", [unit(num(v), "m", "metres", "meters")])


def shadow(rng: random.Random) -> Made:  # similar triangles with shadows
    me, my_sh, tree_sh = F(rng.randint(150, 195), 100), F(rng.randint(80, 300), 100), \
        rng.randint(4, 40)
    v = me / my_sh * tree_sh
    if tie(v):
        return None
    return (f"I'm {float(me):g} m tall and my shadow is {float(my_sh):g} m. a tree's shadow is "
            f"{tree_sh} m at the same time. how tall is the tree?",
            [unit(num(v), "m", "metres", "meters")])


def box_surface(rng: random.Random) -> Made:  # surface area of a box
    a, b, c = rng.randint(2, 40), rng.randint(2, 40), rng.randint(2, 40)
    return (f"surface area of a box {a} x {b} x {c} cm", [unit(whole(2 * (a * b + b * c + a * c)),
                                                                "cm²", "cm^2",
                                                                "square centimetres")])


# --- number theory -----------------------------------------------------------------------------

def prime_factors(rng: random.Random) -> Made:  # prime factorisation
    ps = sorted(rng.choice([2, 3, 5, 7, 11, 13]) for _ in range(rng.randint(3, 5)))
    n = math.prod(ps)
    counts: dict[int, int] = {}
    for p in ps:
        counts[p] = counts.get(p, 0) + 1
    pw = " × ".join(f"{p}^{k}" if k > 1 else str(p) for p, k in counts.items())
    flat = " × ".join(map(str, ps))
    forms_ = [pw, pw.replace(" × ", " * "), pw.replace(" × ", "*"), flat,
              flat.replace(" × ", " * "), flat.replace(" × ", "*"), flat.replace(" × ", " x "),
              flat.replace(" × ", " · "), pw.replace(" × ", " · ")]
    sup = pw
    for k in range(2, 10):
        sup = sup.replace(f"^{k}", "⁰¹²³⁴⁵⁶⁷⁸⁹"[k])
    return f"prime factorization of {n}", [dedupe([*forms_, sup, sup.replace(" × ", " * ")])]


def divisors(rng: random.Random) -> Made:  # count of divisors
    n = rng.randint(24, 720)
    return (f"how many positive divisors does {n} have", [whole(sum(1 for d in range(1, n + 1)
                                                                     if n % d == 0))])


def to_binary(rng: random.Random) -> Made:  # decimal to binary
    n = rng.randint(20, 1000)
    return f"{n} in binary", [dedupe([bin(n)[2:], bin(n)])]


def from_binary(rng: random.Random) -> Made:  # binary to decimal
    n = rng.randint(20, 4000)
    return f"convert {bin(n)[2:]} from binary to decimal", [whole(n)]


def to_hex(rng: random.Random) -> Made:  # decimal to hexadecimal
    n = rng.randint(256, 65535)
    h = f"{n:X}"
    return f"what's {n} in hex?", [dedupe([h, h.lower(), f"0x{h}", f"0x{h.lower()}"])]


def mod_power(rng: random.Random) -> Made:  # a modular power
    b, e, m = rng.randint(2, 20), rng.randint(10, 200), rng.randint(7, 97)
    return f"{b}^{e} mod {m}", [whole(pow(b, e, m))]


def round_sig(rng: random.Random) -> Made:  # rounding to significant figures
    v = rng.randint(10000, 9999999) / 1000
    s = rng.choice([2, 3, 4])
    out = float(f"{v:.{s}g}")
    text = f"{out:.{max(0, s - 1 - math.floor(math.log10(abs(out))))}f}"
    if abs(v * 10 ** (s - 1 - math.floor(math.log10(v))) % 1 - 0.5) < 1e-6:
        return None
    return f"round {v} to {s} significant figures", [dedupe([text, f"{out:g}"])]


def diffs(rng: random.Random) -> Made:  # next term of a sequence with growing gaps
    a, d, dd = rng.randint(1, 20), rng.randint(1, 6), rng.randint(1, 4)
    seq = [a]
    for i in range(5):
        seq.append(seq[-1] + d + dd * i)
    gaps = [b - a for a, b in pairwise(seq)]
    nxt = seq[-1] + gaps[-1] + dd
    return f"what comes next: {', '.join(map(str, seq))}, ?", [whole(nxt)]


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    cyl_volume, sphere, cone, heron, arc, sector, polygon_angle, diagonal, ladder, shadow,
    box_surface, prime_factors, divisors, to_binary, from_binary, to_hex, mod_power, round_sig,
    diffs)]
