"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-5: short typed
calculations, unit-free word problems, calculus and matrix questions, and home and hobby maths.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def terse_sqrt(rng: random.Random) -> Made:
    n = rng.randint(2, 999)
    r = math.sqrt(n)
    if r == int(r) or tie(r, 3):
        return None
    return (rng.choice([f"√{n} to 3dp", f"sqrt({n})? 3 decimals", f"square root of {n}, 3 d.p."]),
            [dec(r, 3)])


@family
def fraction_arith_typed(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
    op = rng.choice(["+", "-", "*", "÷"])
    x, y = Fraction(a, b), Fraction(c, d)
    v = {"+": x + y, "-": x - y, "*": x * y, "÷": x / y}[op]
    if v.denominator == 1:
        return None
    return (f"{a}/{b} {op} {c}/{d} = ? (simplest form)", [[f"{v.numerator}/{v.denominator}"]])


@family
def order_of_operations(rng: random.Random) -> Made:
    a, b, c, d, e = (rng.randint(2, 12) for _ in range(5))
    v = a + b * c - d ** 2 + e
    return (f"{a} + {b} × {c} − {d}² + {e}", [[str(v)]])


@family
def sci_notation(rng: random.Random) -> Made:
    m1, e1 = Fraction(rng.randint(11, 99), 10), rng.randint(3, 9)
    m2, e2 = Fraction(rng.randint(11, 99), 10), rng.randint(-6, 6)
    v = m1 * m2 * Fraction(10) ** (e1 + e2)
    exp = math.floor(math.log10(float(v)))
    mant = float(v) / 10 ** exp
    if tie(mant, 2):
        return None
    m = f"{mant:.2f}"
    return (f"({float(m1)} × 10^{e1}) × ({float(m2)} × 10^{e2}) in scientific notation, "
            "3 sig figs",
            [[f"{m}×10^{exp}", f"{m}x10^{exp}", f"{m}e{exp}", f"{m}*10^{exp}", f"{m}·10^{exp}",
              f"{m}×10^({exp})", f"{m}x10^({exp})"]])


@family
def percent_to_fraction(rng: random.Random) -> Made:
    p = Fraction(rng.randint(1, 399), rng.choice([1, 2, 4, 8]))
    if p.denominator == 1 and p % 5 == 0 and p % 25 == 0:
        return None
    f = p / 100
    ptxt = f"{float(p):g}"
    if f.denominator == 1:
        return None
    return (f"write {ptxt}% as a fraction in lowest terms", [[f"{f.numerator}/{f.denominator}"]])


@family
def rounding_sig_figs(rng: random.Random) -> Made:
    v = rng.uniform(0.0001, 99999)
    s = rng.choice([2, 3, 4])
    r = float(f"{v:.{s}g}")
    text = f"{v:.6g}"
    exact = float(text)
    digits = math.floor(math.log10(abs(exact))) + 1 - s
    scaled = exact / 10 ** digits
    if abs(scaled - math.floor(scaled) - 0.5) < 0.01 or float(f"{exact:.{s}g}") != r:
        return None
    out = f"{exact:.{s}g}"
    if "e" in out:
        return None
    return (f"round {text} to {s} significant figures",
            [[out, f"{float(out):,}".removesuffix(".0")]])


@family
def implicit_diff_slope(rng: random.Random) -> Made:
    x0, y0 = rng.randint(-6, 6), rng.randint(-6, 6)
    if y0 == 0 or x0 == 0:
        return None
    r2 = x0 * x0 + y0 * y0
    return (f"find dy/dx for the circle x² + y² = {r2} at the point ({x0}, {y0})",
            [frac(Fraction(-x0, y0))])


@family
def stationary_points(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(-5, 6), 2))
    # f'(x) = 3(x - a)(x - b) -> f = x^3 - 1.5(a+b)x^2 + 3abx
    if (a + b) % 2:
        return None
    p, q = -3 * (a + b) // 2, 3 * a * b
    ps = f"+ {p}x²" if p > 0 else (f"- {-p}x²" if p < 0 else "")
    qs = f"+ {q}x" if q > 0 else (f"- {-q}x" if q < 0 else "")
    return (f"Find the x-coordinates of the stationary points of f(x) = x³ {ps} {qs} + 1"
            .replace("  ", " "), [[f"x = {a}", f"x={a}", f"x = {a},", f"{a} and"],
                                   [f"x = {b}", f"x={b}", f"and {b}", f"and x = {b}"]])


@family
def integral_poly_bounds(rng: random.Random) -> Made:
    a, b, lo, hi = rng.randint(2, 6), rng.randint(-5, 8), rng.randint(-2, 1), rng.randint(2, 5)
    if b in (-1, 0, 1):
        return None
    f = Fraction(a, 3) * (hi ** 3 - lo ** 3) + Fraction(b, 2) * (hi ** 2 - lo ** 2)
    bs = f"+ {b}x" if b >= 0 else f"- {-b}x"
    return (f"integrate {a}x^2 {bs} from x={lo} to x={hi}", [frac(f)])


@family
def integration_by_parts(rng: random.Random) -> Made:
    k, c = rng.randint(1, 5), rng.randint(1, 4)
    v = c * ((k - 1) * math.e ** k + 1)
    if tie(v, 3):
        return None
    lead = "" if c == 1 else str(c)
    return (f"∫₀^{k} {lead}x eˣ dx — exact is fine but give the decimal to 3 places too",
            [dec(v, 3)])


@family
def related_rates_circle(rng: random.Random) -> Made:
    r, dr = rng.randint(2, 30), rng.choice([0.5, 1, 2, 3, 1.5])
    da = 2 * math.pi * r * dr
    if tie(da, 2):
        return None
    return (f"Ripple in a pond: radius growing at {dr} cm/s. How fast is the area growing when the "
            f"radius is {r} cm? (cm²/s, 2 dp)", [dec(da)])


@family
def matrix_trace_det(rng: random.Random) -> Made:
    m = [[rng.randint(-5, 9) for _ in range(3)] for _ in range(3)]
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    rows = "; ".join(" ".join(map(str, r)) for r in m)
    return (f"det of the 3x3 matrix with rows {rows}?", [[str(det)]])


@family
def eigenvalues_2x2(rng: random.Random) -> Made:
    l1, l2 = rng.sample(range(-4, 9), 2)
    a = rng.randint(-3, 6)
    d = l1 + l2 - a
    bc = a * d - l1 * l2
    b = rng.choice([k for k in (1, 2, 3, -1, -2) if bc % k == 0])
    c = bc // b
    lo, hi = sorted((l1, l2))
    return (f"eigenvalues of [[{a}, {b}], [{c}, {d}]]?",
            [[f"λ = {lo}", f"λ={lo}", f"{lo} and", f"λ₁ = {lo}", f"λ₂ = {lo}", f"{lo},"],
             [f"λ = {hi}", f"λ={hi}", f"and {hi}", f"λ₁ = {hi}", f"λ₂ = {hi}", f", {hi}"]])


@family
def vector_projection_len(rng: random.Random) -> Made:
    u = [rng.randint(-6, 6) for _ in range(3)]
    v = [rng.randint(-6, 6) for _ in range(3)]
    nv = math.sqrt(sum(x * x for x in v))
    if not nv:
        return None
    s = sum(a * b for a, b in zip(u, v, strict=True)) / nv
    if tie(s, 3):
        return None
    return (f"scalar projection of a = {tuple(u)} onto b = {tuple(v)}? 3 decimal places",
            [dec(s, 3)])


@family
def triangle_area_coords(rng: random.Random) -> Made:
    p = [rng.randint(-8, 8) for _ in range(6)]
    area = Fraction(abs(p[0] * (p[3] - p[5]) + p[2] * (p[5] - p[1]) + p[4] * (p[1] - p[3])), 2)
    if area == 0:
        return None
    return (f"Area of the triangle with vertices ({p[0]},{p[1]}), ({p[2]},{p[3]}) and ({p[4]},"
            f"{p[5]})?", [[f"{float(area):g}"]])


@family
def sine_rule_side(rng: random.Random) -> Made:
    a_ang, b_ang, a = rng.randint(25, 80), rng.randint(25, 80), rng.randint(5, 40)
    b = a * math.sin(math.radians(b_ang)) / math.sin(math.radians(a_ang))
    if tie(b, 2):
        return None
    return (f"In triangle ABC, angle A = {a_ang}°, angle B = {b_ang}° and side a = {a} cm. Find "
            "side b to 2 decimal places.", [dec(b)])


@family
def compound_prob_independent(rng: random.Random) -> Made:
    p1, p2 = rng.randint(10, 90), rng.randint(10, 90)
    neither = Fraction((100 - p1) * (100 - p2), 10000)
    v = f"{float(neither) * 100:.2f}".rstrip("0").rstrip(".")
    return (f"chance of rain Saturday is {p1}%, Sunday {p2}%, independent. what's the chance it "
            "rains on neither day? give a percentage", [[f"{v}%", f"{v} %", f"{v} percent"]])


@family
def expected_winnings(rng: random.Random) -> Made:
    cost, prize = rng.choice([1, 2, 5]), rng.choice([50, 100, 250, 500])
    n = rng.choice([200, 400, 1000])
    ev = Fraction(prize, n) - cost
    if ev == 0:
        return None
    return (f"A ticket costs ${cost}. One ticket in {n} wins ${prize}, the rest win nothing. "
            "What's the expected value of buying one ticket (in dollars, negative if a loss)?",
            [[f"-{float(-ev):.2f}", f"−{float(-ev):.2f}", f"-${float(-ev):.2f}",
              f"−${float(-ev):.2f}", f"loss of ${float(-ev):.2f}"] if ev < 0 else money(ev)])


@family
def paint_coats(rng: random.Random) -> Made:
    w, h, coats = rng.randint(3, 7), Fraction(rng.randint(24, 30), 10), rng.choice([2, 3])
    walls = 2 * w + 2 * 4
    area = walls * h * coats - 2 * coats
    litres = area / 12
    tins = math.ceil(litres / Fraction(25, 10))
    return (f"room is {w} m by 4 m, walls {float(h)} m high, one door of 2 m² (not painted). "
            f"{coats} coats, 1 litre covers 12 m², paint comes in 2.5 L tins. how many tins?",
            [[str(tins), f"{tins} tins"]])


@family
def fabric_for_curtains(rng: random.Random) -> Made:
    width, drop, fullness = rng.randint(120, 300), rng.randint(150, 260), rng.choice([2, 2.5])
    fabric_w = 140
    panels = math.ceil(width * fullness / fabric_w)
    metres = Fraction(panels * (drop + 30), 100)
    return (f"window {width} cm wide, curtain drop {drop} cm. I want {fullness}x fullness, fabric "
            "is 140 cm wide, and each width of fabric needs the drop plus 30 cm for hems. how many "
            "metres of fabric?", [[f"{float(metres):g}", f"{float(metres):g} m",
                                  f"{float(metres):.2f}"]])


@family
def knitting_rows(rng: random.Random) -> Made:
    per10, length = rng.choice([20, 22, 24, 28, 30, 32]), rng.randint(30, 150)
    rows = Fraction(per10 * length, 10)
    if rows.denominator != 1:
        return None
    return (f"My gauge is {per10} rows per 10 cm. How many rows do I knit for a scarf {length} cm "
            "long?", [[str(rows), f"{rows} rows"]])


@family
def photo_resize(rng: random.Random) -> Made:
    w, h = rng.choice([(6000, 4000), (4032, 3024), (5472, 3648), (3000, 2000), (1920, 1080)])
    nw = rng.choice([800, 1024, 1200, 1600, 640, 1280])
    nh = Fraction(h * nw, w)
    if tie(nh, 0):
        return None
    return (f"resizing a {w}x{h} photo to {nw} px wide keeping the aspect ratio. new height in "
            "px (nearest)?", [[str(round(float(nh))), f"{round(float(nh))} px"]])


@family
def download_time(rng: random.Random) -> Made:
    gb, mbps = rng.randint(2, 120), rng.choice([25, 50, 100, 200, 300, 500])
    secs = Fraction(gb * 8000, mbps)
    mins = secs / 60
    if tie(mins, 1):
        return None
    return (f"How long to download a {gb} GB game on a {mbps} Mbps connection, at full speed? "
            "Use 1 GB = 1000 MB and 8 bits per byte; answer in minutes to one decimal.",
            [dec(mins, 1)])


@family
def aquarium_litres(rng: random.Random) -> Made:
    ln, w, h = rng.randint(40, 150), rng.randint(25, 60), rng.randint(30, 70)
    litres = Fraction(ln * w * h, 1000)
    return (f"fish tank {ln} cm long, {w} cm deep, {h} cm tall. how many litres full to the brim?",
            [[f"{float(litres):g}", f"{float(litres):g} l", f"{float(litres):g} litres"]])


@family
def bike_gear_ratio(rng: random.Random) -> Made:
    front, rear = rng.choice([34, 36, 39, 42, 46, 50, 53]), rng.randint(11, 32)
    wheel = rng.choice([2.1, 2.15, 2.2])
    dist = front / rear * wheel
    if tie(dist, 2):
        return None
    return (f"Chainring {front} teeth, rear cog {rear} teeth, wheel circumference {wheel} m. How "
            "far does the bike travel per pedal revolution, in metres (2 d.p.)?", [dec(dist)])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    terse_sqrt, fraction_arith_typed, order_of_operations, sci_notation, percent_to_fraction,
    rounding_sig_figs, implicit_diff_slope, stationary_points, integral_poly_bounds,
    integration_by_parts, related_rates_circle, matrix_trace_det, eigenvalues_2x2,
    vector_projection_len, triangle_area_coords, sine_rule_side, compound_prob_independent,
    expected_winnings, paint_coats, fabric_for_curtains, knitting_rows, photo_resize,
    download_time, aquarium_litres, bike_gear_ratio)]
