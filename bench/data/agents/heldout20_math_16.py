"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 16: clock arithmetic,
matrix inverses, unit vectors, everyday bills, mixtures, tiling and pass marks."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, dec, fam, money, num, pick, rnd
from bench.data.agents.heldout20_math_4 import clock
from bench.data.agents.helpers import Family


@fam
def fam_clock_later(rng: random.Random) -> Made:
    start = rng.randint(0, 24 * 60 - 1)
    add = rng.randint(35, 20 * 60)
    h, m = divmod(start, 60)
    ah, am = divmod(add, 60)
    if am == 0:
        return None
    text = pick(
        rng,
        [
            "It's {t} now. What time will it be in {ah} hours and {am} minutes?",
            "what's the time {ah}h {am}m after {t}?",
        ],
    ).format(t=f"{h:02d}:{m:02d}", ah=ah, am=am)
    return text, [clock(start + add)]


def rows2(m: list[list[int]]) -> list[list[str]]:
    return [
        [f"[{m[0][0]}, {m[0][1]}]", f"{m[0][0]} {m[0][1]}"],
        [f"[{m[1][0]}, {m[1][1]}]", f"{m[1][0]} {m[1][1]}"],
    ]


@fam
def fam_matrix_inverse(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    # choose c, d with ad - bc = 1 or -1 so the inverse has whole entries
    opts = [(c, d) for c in range(-9, 10) for d in range(-9, 10) if abs(a * d - b * c) == 1]
    if not opts:
        return None
    c, d = rng.choice(opts)
    det = a * d - b * c
    inv = [[d * det, -b * det], [-c * det, a * det]]
    text = pick(
        rng,
        [
            "inverse of the matrix [[{a}, {b}], [{c}, {d}]]?",
            "find A^-1 for A = [[{a}, {b}], [{c}, {d}]]",
            "what's the inverse of [[{a},{b}],[{c},{d}]]",
        ],
    ).format(a=a, b=b, c=c, d=d)
    return text, rows2(inv)


@fam
def fam_unit_vector(rng: random.Random) -> Made:
    x, y, n = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)])
    k = rng.randint(1, 4)
    sx, sy = rng.choice([1, -1]), rng.choice([1, -1])
    if rng.random() < 0.5:
        x, y = y, x
    vx, vy = F(sx * x, n), F(sy * y, n)
    text = pick(
        rng,
        [
            "unit vector in the direction of ({a}, {b})?",
            "normalise the vector <{a}, {b}>",
            "what's the unit vector pointing the same way as ({a}, {b})",
        ],
    ).format(a=sx * x * k, b=sy * y * k)
    out = []
    for p in (num(vx)[0], f"{vx.numerator}/{vx.denominator}"):
        for q in (num(vy)[0], f"{vy.numerator}/{vy.denominator}"):
            out += [f"({p}, {q})", f"[{p}, {q}]", f"<{p}, {q}>", f"⟨{p}, {q}⟩"]
    return text, [list(dict.fromkeys(out))]


@fam
def fam_rent_split(rng: random.Random) -> Made:
    rent = rng.randint(12, 60) * 50
    areas = [rng.randint(8, 25) for _ in range(rng.choice([2, 3]))]
    names = rng.sample(NAMES, len(areas))
    who = rng.randrange(len(areas))
    share = F(rent * areas[who], sum(areas))
    rooms = ", ".join(f"{n}'s room is {a} m²" for n, a in zip(names, areas, strict=True))
    text = pick(
        rng,
        [
            "We split ${r} rent in proportion to bedroom size: {l}. How much does {w} pay? "
            "(to the cent)",
            "rent {r} a month shared by room area — {l}. {w}'s share, rounded to cents?",
        ],
    ).format(r=rent, l=rooms, w=names[who])
    return text, [rnd(share, 2)]


@fam
def fam_weeks_days(rng: random.Random) -> Made:
    n = rng.randint(15, 400)
    w, d = divmod(n, 7)
    if d == 0:
        return None
    text = pick(
        rng,
        [
            "how many weeks and days is {n} days?",
            "{n} days = ? weeks and ? days",
            "convert {n} days into weeks plus leftover days",
        ],
    ).format(n=n)
    ds = "day" if d == 1 else "days"
    return text, [
        [
            f"{w} weeks and {d} {ds}",
            f"{w} weeks {d} {ds}",
            f"{w} weeks, {d} {ds}",
            f"{w} weeks + {d} {ds}",
            f"{w}w {d}d",
        ]
    ]


@fam
def fam_card_interest(rng: random.Random) -> Made:
    bal = F(rng.randint(20000, 900000), 100)
    apr = rng.choice(
        [F(399, 20), F(1799, 100), F(2199, 100), F(2499, 100), F(1899, 100), F(2999, 100)]
    )
    text = pick(
        rng,
        [
            "My credit card balance is ${b} at {a}% APR. Roughly one month's interest (APR/12 "
            "on the balance)? to the cent",
            "interest for one month on {b} dollars at {a}% a year, charged monthly as APR ÷ 12? "
            "2 dp",
        ],
    ).format(b=f"{float(bal):.2f}", a=dec(apr))
    return text, [rnd(bal * apr / 1200, 2)]


@fam
def fam_electric_bill(rng: random.Random) -> Made:
    kwh, rate = rng.randint(120, 900), F(rng.randint(120, 380), 1000)
    standing, days = F(rng.randint(20, 65), 100), rng.choice([28, 30, 31, 90, 91, 92])
    total = kwh * rate + standing * days
    text = pick(
        rng,
        [
            "I used {k} kWh at ${r} per kWh, plus a standing charge of ${s} a day for {d} "
            "days. Total bill?",
            "electricity: {k} kWh × {r}/kWh and {s}/day standing charge over {d} days. what do "
            "I owe (to the cent)?",
        ],
    ).format(k=kwh, r=dec(rate), s=f"{float(standing):.2f}", d=days)
    return text, [rnd(total, 2)]


@fam
def fam_mixture(rng: random.Random) -> Made:
    lo, hi = rng.choice([(10, 40), (20, 50), (5, 30), (15, 45), (10, 60), (25, 70)])
    total = rng.randint(2, 20) * 10
    target = rng.randrange(lo + 5, hi, 5)
    x_hi = F(total * (target - lo), hi - lo)
    x_lo = total - x_hi
    if x_hi.denominator not in (1, 2, 4):
        return None
    text = pick(
        rng,
        [
            "How many litres of a {a}% solution and of a {b}% solution make {t} L of {c}% "
            "solution?",
            "mix {a}% and {b}% acid to get {t} litres at {c}%. litres of each?",
        ],
    ).format(a=lo, b=hi, t=total, c=target)
    return text, [
        [f"{n} L of the {lo}%" for n in num(x_lo)]
        + [f"{n} litres of the {lo}%" for n in num(x_lo)]
        + [f"{lo}%: {n}" for n in num(x_lo)]
        + [f"{n} L of {lo}%" for n in num(x_lo)]
        + [f"{n} litres of {lo}%" for n in num(x_lo)]
        + [f"{lo}% solution: {n}" for n in num(x_lo)]
        + [f"{n} L ({lo}%)" for n in num(x_lo)]
        + [f"{n} litres ({lo}%)" for n in num(x_lo)],
        [f"{n} L of the {hi}%" for n in num(x_hi)]
        + [f"{n} litres of the {hi}%" for n in num(x_hi)]
        + [f"{hi}%: {n}" for n in num(x_hi)]
        + [f"{n} L of {hi}%" for n in num(x_hi)]
        + [f"{n} litres of {hi}%" for n in num(x_hi)]
        + [f"{hi}% solution: {n}" for n in num(x_hi)]
        + [f"{n} L ({hi}%)" for n in num(x_hi)]
        + [f"{n} litres ({hi}%)" for n in num(x_hi)],
    ]


@fam
def fam_tiles_needed(rng: random.Random) -> Made:
    lw, ww = rng.randint(20, 80) / 10, rng.randint(15, 60) / 10
    t = rng.choice([20, 25, 30, 40, 50, 60])
    along, across = math.ceil(F(int(lw * 10), 1) * 10 / t), math.ceil(F(int(ww * 10), 1) * 10 / t)
    text = pick(
        rng,
        [
            "A floor is {l} m by {w} m. Using {t} cm square tiles, laid in a grid and cutting "
            "tiles at the edges (each cut tile counts as one), how many tiles?",
            "{l}m × {w}m bathroom floor, {t}x{t} cm tiles in rows, partial tiles count as whole "
            "ones. tiles needed?",
        ],
    ).format(l=dec(F(int(lw * 10), 10)), w=dec(F(int(ww * 10), 10)), t=t)
    return text, [num(along * across)]


@fam
def fam_pass_mark(rng: random.Random) -> Made:
    total, pct_ = rng.randint(30, 160), rng.choice([40, 45, 50, 55, 60, 65, 70, 75, 80])
    need = math.ceil(F(total * pct_, 100))
    text = pick(
        rng,
        [
            "The test is out of {t} and the pass mark is {p}%. What's the minimum whole mark to "
            "pass?",
            "need {p}% to pass an exam marked out of {t} (whole marks only). lowest passing score?",
        ],
    ).format(t=total, p=pct_)
    return text, [num(need)]


@fam
def fam_cash_rounding(rng: random.Random) -> Made:
    tot = F(rng.randint(100, 9999), 100)
    q = tot * 20
    if (q - int(q)) == F(1, 2):
        return None
    r = F(int(q + F(1, 2)), 20)
    paid = next(n for n in (5, 10, 20, 50, 100) if n >= r + 1)
    text = pick(
        rng,
        [
            "My total is ${t}. The shop rounds cash payments to the nearest 5 cents. I hand over "
            "${p} — how much change?",
            "bill {t}, cash rounded to the nearest 0.05, paying with a {p} note. change?",
        ],
    ).format(t=f"{float(tot):.2f}", p=paid)
    return text, [money(paid - r)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        fam_clock_later,
        fam_matrix_inverse,
        fam_unit_vector,
        fam_rent_split,
        fam_weeks_days,
        fam_card_interest,
        fam_electric_bill,
        fam_mixture,
        fam_tiles_needed,
        fam_pass_mark,
        fam_cash_rounding,
    )
]
