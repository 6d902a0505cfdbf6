"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 10: unequal gift shares
and multi-buy deals, then half-lives from measurements, rhombuses, tent prisms, polygon areas
by coordinates and the cheapest can."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_math import F, Made, family, frac, money, near, num, whole
from bench.data.agents.helpers import Family


@family
def double_share_gift(rng: random.Random) -> Made:
    price = F(rng.randint(6000, 40000), 100)
    n = rng.randint(4, 9)
    share = price / (n + 1)
    if near(share):
        return None
    return (f"{n} of us are buying a ${float(price):.2f} retirement present for our boss. Mia "
            "earns way more and offered to pay a double share; everyone else pays a single "
            "share. How much does one single share come to? (to the cent)",
            [money(F(math.floor(share * 100 + F(1, 2)), 100))])


@family
def multibuy_deal(rng: random.Random) -> Made:
    k, deal = rng.choice([3, 4, 5]), F(rng.randint(500, 1500), 100)
    single = F(rng.randint(int(deal * 100 / k) + 20, int(deal * 100 / k) + 150), 100)
    n = rng.randint(k + 1, 4 * k + k - 1)
    if n % k == 0:
        return None
    total = (n // k) * deal + (n % k) * single
    return (f"Yogurt pots: {k} for ${float(deal):.2f}, or ${float(single):.2f} each otherwise. "
            f"If I grab {n} pots, what's the cheapest total?", [money(total)])


@family
def half_life_from_data(rng: random.Random) -> Made:
    n0, t = rng.randint(200, 900), rng.randint(3, 30)
    frac_left = F(rng.randint(15, 85), 100)
    n1 = n0 * frac_left
    half = t * math.log(2) / math.log(n0 / float(n1))
    if near(half, 2):
        return None
    return (f"A sample's activity drops from {n0} counts/min to {float(n1):g} counts/min in "
            f"{t} hours, decaying exponentially. What's the half-life in hours? (2 dp)",
            [num(half, 2)])


@family
def rhombus_diagonals(rng: random.Random) -> Made:
    a, b, side = rng.choice([(3, 4, 5), (5, 12, 13), (8, 6, 10), (8, 15, 17), (12, 9, 15),
                             (7, 24, 25), (20, 21, 29), (12, 16, 20)])
    k = rng.randint(1, 4)
    d1, d2 = 2 * a * k, 2 * b * k
    s, a = side * k, whole(d1 * d2 // 2)
    side_forms = [f"{s} cm", f"{s}cm", f"side = {s}", f"side {s}", f"side length {s}",
                  f"side length is {s}", f"side length = {s}", f"side length: {s}"]
    area_forms = [form.format(v) for v in a for form in (
        "{} cm²", "{} cm^2", "area {}", "area = {}", "area is {}", "area: {}", "area of {}")]
    return (f"A rhombus has diagonals {d1} cm and {d2} cm. Find its side length and its area.",
            [side_forms, area_forms])


@family
def tent_prism(rng: random.Random) -> Made:
    w, h, length = rng.randint(120, 300), rng.randint(90, 180), rng.randint(180, 400)
    vol = F(w * h * length, 2) / 1_000_000
    return (f"Our ridge tent is a triangular prism: the front triangle is {w} cm wide at the "
            f"base and {h} cm high, and the tent is {length} cm long. Volume in cubic metres? "
            "(3 dp)", [num(vol, 3)]) if not near(vol, 3) else None


@family
def polygon_shoelace(rng: random.Random) -> Made:
    pts = []
    for ang in sorted(rng.sample(range(0, 360, 24), 5)):
        r = rng.randint(3, 9)
        pts.append((round(r * math.cos(math.radians(ang))), round(r * math.sin(math.radians(ang)))))
    turns = [(pts[(i + 1) % 5][0] - pts[i][0]) * (pts[(i + 2) % 5][1] - pts[(i + 1) % 5][1])
             - (pts[(i + 1) % 5][1] - pts[i][1]) * (pts[(i + 2) % 5][0] - pts[(i + 1) % 5][0])
             for i in range(5)]
    if len(set(pts)) < 5 or not all(t > 0 for t in turns):
        return None
    area = Fraction(abs(sum(pts[i][0] * pts[(i + 1) % 5][1] - pts[(i + 1) % 5][0] * pts[i][1]
                            for i in range(5))), 2)
    if area == 0:
        return None
    listed = ", ".join(f"({x}, {y})" for x, y in pts)
    return (f"Find the area of the pentagon with vertices (in order) {listed}.", [frac(area)])


@family
def cheapest_can(rng: random.Random) -> Made:
    vol = rng.randint(20, 300) * 5
    r = (vol / (2 * math.pi)) ** (1 / 3)
    h = 2 * r
    if near(r, 2) or near(h, 2):
        return None
    return (f"A closed cylindrical can must hold {vol} cm³. Which radius and height minimise "
            "the metal used (total surface area)? cm, 2 dp each",
            [num(r, 2), [*num(h, 2), *num(2 * round(r, 2), 2)]])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    double_share_gift, multibuy_deal, half_life_from_data, rhombus_diagonals, tent_prism,
    polygon_shoelace, cheapest_can)]
