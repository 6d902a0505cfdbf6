"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 2: proportion, ratios,
powers, roots, standard form, rounding, fractions and percentages."""

from __future__ import annotations

import math
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import (
    Again,
    Made,
    _fr,
    _show,
    ch,
    dp,
    ex,
    fam,
    fr,
    ints,
    money,
    sup,
)
from bench.data.agents.helpers import Family


@fam
def inverse_proportion(rng: random.Random) -> Made:
    w1 = rng.randint(3, 12)
    d1 = rng.randint(4, 30)
    w2 = rng.randint(2, 16)
    if w1 == w2 or (w1 * d1) % w2:
        raise Again
    t = ch(
        rng,
        [
            "{a} workers take {d} days to build a wall. how many days for {b} workers at "
            "the same rate?",
            "if {a} pumps empty a tank in {d} hours, how long would {b} pumps take (hours)?",
            "{a} painters need {d} days for a job, how long for {b} painters",
        ],
    )
    return t.format(a=w1, d=d1, b=w2), [ints(w1 * d1 // w2)]


@fam
def ratio_part_known(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    if a == b or math.gcd(a, b) != 1:
        raise Again
    k = rng.randint(3, 20)
    total = (a + b) * k
    t = ch(
        rng,
        [
            "the ratio of boys to girls in a class is {a}:{b}. there are {n} kids. how many girls?",
            "cats to dogs at a shelter is {a}:{b}, {n} animals total — number of dogs?",
            "red and blue marbles are in ratio {a} to {b}, {n} marbles altogether, how many blue?",
        ],
    )
    return t.format(a=a, b=b, n=total), [ints(b * k)]


@fam
def powers_mix(rng: random.Random) -> Made:
    a, m = rng.randint(2, 5), rng.randint(4, 9)
    b, n = rng.randint(2, 7), rng.randint(2, 4)
    val = a**m - b**n
    t = ch(
        rng,
        [
            "{a}^{m} - {b}^{n} = ?",
            "what's {a} to the power {m} minus {b} to the power {n}",
            "compute {a}^{m} − {b}^{n}",
        ],
    )
    return t.format(a=a, m=m, b=b, n=n), [ints(val)]


@fam
def simplify_sqrt(rng: random.Random) -> Made:
    k = rng.randint(2, 12)
    m = ch(rng, [2, 3, 5, 6, 7, 10, 11])
    n = k * k * m
    t = ch(
        rng,
        [
            "simplify √{n}",
            "simplify sqrt({n})",
            "write the square root of {n} in simplest surd form",
        ],
    )
    return t.format(n=n), [[f"{k}√{m}", f"{k}sqrt({m})", f"{k}sqrt{m}", f"{k}√({m})"]]


@fam
def sci_notation_product(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    m, n = rng.randint(2, 8), rng.randint(2, 8)
    p = a * b
    e = m + n
    mant = Fr(p)
    while mant >= 10:
        mant /= 10
        e += 1
    ms = f"{float(mant):g}"
    val = p * 10 ** (m + n)
    t = ch(
        rng,
        [
            "({a} × 10^{m}) × ({b} × 10^{n}) in scientific notation?",
            "multiply {a}x10^{m} by {b}x10^{n}, answer in standard form",
        ],
    )
    forms = [
        f"{ms}×10^{e}",
        f"{ms}x10^{e}",
        f"{ms}*10^{e}",
        f"{ms}e{e}",
        f"{ms}×10{sup('^' + str(e))}",
        f"{ms}*10**{e}",
        f"{ms}e+{e}",
        *ints(val),
    ]
    return t.format(a=a, b=b, m=m, n=n), [forms]


@fam
def sig_figs(rng: random.Random) -> Made:
    digits = rng.randint(10000, 99999)
    shift = rng.randint(2, 6)
    x = Fr(digits, 10 ** (shift + 4))
    sf = ch(rng, [2, 3])
    keep = digits // 10 ** (5 - sf)
    nxt = (digits // 10 ** (4 - sf)) % 10
    if nxt == 5:
        raise Again
    keep += nxt > 5
    r = Fr(keep, 10 ** (shift + sf - 1))
    s = f"{float(x):.{shift + 4}f}"
    out = f"{float(r):.{shift + sf - 1}f}"
    if len(str(keep)) > sf:
        raise Again
    t = ch(
        rng,
        ["round {x} to {s} significant figures", "{x} to {s} sig figs?", "what's {x} to {s} s.f."],
    )
    return t.format(x=s, s=sf), [[out]]


@fam
def negatives(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(2, 30), rng.randint(2, 30), rng.randint(2, 9), rng.randint(2, 9)
    val = -a - (-b) + c * -d
    t = ch(
        rng,
        [
            "-{a} - (-{b}) + {c} × -{d}",
            "what's −{a} minus negative {b} plus {c} times −{d}",
            "evaluate -{a} - (-{b}) + {c}*(-{d})",
        ],
    )
    return t.format(a=a, b=b, c=c, d=d), [ints(val)]


@fam
def index_laws(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 12), rng.randint(2, 12), rng.randint(2, 9)
    e = a + b - c
    if e in (0, 1):
        raise Again
    t = ch(
        rng,
        [
            "simplify x^{a} * x^{b} / x^{c}",
            "simplify (x^{a} · x^{b}) ÷ x^{c}",
            "what's x^{a} times x^{b} divided by x^{c} as a single power",
        ],
    )
    return t.format(a=a, b=b, c=c), [ex(f"x^{e}")]


@fam
def percent_of_percent(rng: random.Random) -> Made:
    p, q = ch(rng, [10, 15, 20, 25, 30, 40, 60]), ch(rng, [20, 25, 40, 50, 75, 80])
    n = rng.randint(2, 50) * 100
    val = Fr(p * q * n, 10000)
    t = ch(
        rng,
        [
            "what's {p}% of {q}% of {n}?",
            "{q}% of {n} voters turned out and {p}% of those voted yes. how many yes votes?",
            "take {p} percent of {q} percent of {n}",
        ],
    )
    return t.format(p=p, q=q, n=n), [dp(val, 2)]


@fam
def halves_quarters(rng: random.Random) -> Made:
    n = rng.randint(3, 60) * 24
    a, b = (
        ch(rng, [("half", 2), ("a third", 3), ("a quarter", 4)]),
        ch(rng, [("half", 2), ("a sixth", 6), ("a quarter", 4)]),
    )
    val = Fr(n, a[1] * b[1])
    if val.denominator != 1:
        raise Again
    return f"what's {a[0]} of {b[0]} of {n}", [ints(val)]


@fam
def cube_root(rng: random.Random) -> Made:
    k = rng.randint(6, 40)
    t = ch(rng, ["cube root of {n}?", "∛{n} = ?", "what number cubed gives {n}"])
    return t.format(n=k**3), [ints(k)]


@fam
def square_root_decimal(rng: random.Random) -> Made:
    n = rng.randint(20, 999)
    if math.isqrt(n) ** 2 == n:
        raise Again
    v = math.sqrt(n)
    if abs(v * 1000 % 1 - 0.5) < 0.05:
        raise Again
    t = ch(
        rng,
        [
            "square root of {n} to 3 decimal places",
            "√{n} ≈ ? (3 dp)",
            "sqrt {n}, 3 decimals please",
        ],
    )
    return t.format(n=n), [[f"{v:.3f}"]]


@fam
def decimal_ops(rng: random.Random) -> Made:
    a = Fr(rng.randint(101, 999), 100)
    b = Fr(rng.randint(11, 99), 10)
    c = Fr(rng.randint(101, 999), 100)
    val = a * b - c
    t = ch(rng, ["{a} × {b} − {c}", "what's {a} times {b} minus {c}?", "{a}*{b} - {c} = ?"])
    return t.format(a=float(a), b=float(b), c=float(c)), [dp(val, 3, keep=False)]


@fam
def average_of_fractions(rng: random.Random) -> Made:
    x, y, z = _fr(rng, 9), _fr(rng, 9), _fr(rng, 9)
    val = (x + y + z) / 3
    t = ch(
        rng,
        [
            "what's the mean of {x}, {y} and {z}? exact fraction",
            "average of {x}, {y}, {z} as a fraction",
        ],
    )
    return t.format(x=_show(x), y=_show(y), z=_show(z)), [fr(val)]


@fam
def percent_to_fraction(rng: random.Random) -> Made:
    p = Fr(rng.choice([rng.randint(1, 99) * 2, rng.randint(1, 199)]), 2)
    if p.denominator == 1 and p % 10 == 0:
        raise Again
    x = Fr(p) / 100
    ps = f"{float(p):g}"
    t = ch(
        rng,
        [
            "write {p}% as a fraction in simplest form",
            "{p} percent as a fraction?",
            "what is {p}% as a reduced fraction",
        ],
    )
    return t.format(p=ps), [[_show(x)]]


@fam
def reciprocal_sum(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    if a == b:
        raise Again
    val = Fr(1, a) + Fr(1, b)
    return ch(
        rng,
        [
            f"1/{a} + 1/{b} = ?",
            f"what's 1 over {a} plus 1 over {b} as a fraction",
            f"add the reciprocals of {a} and {b}",
        ],
    ), [fr(val)]


@fam
def ratio_to_percent(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    if a == b:
        raise Again
    val = Fr(a * 100, a + b)
    t = ch(
        rng,
        [
            "juice and water are mixed {a}:{b}. what percent of the drink is juice? 1 dp",
            "profit split {a}:{b} between me and my partner — my share as a percentage (1 "
            "decimal)?",
        ],
    )
    return t.format(a=a, b=b), [dp(val, 1)]


@fam
def estimate_rounding(rng: random.Random) -> Made:
    n = rng.randint(10000, 999999)
    place = ch(rng, [("nearest hundred", 100), ("nearest thousand", 1000), ("nearest ten", 10)])
    q, r = divmod(n, place[1])
    if r * 2 == place[1]:
        raise Again
    val = (q + (r * 2 > place[1])) * place[1]
    return ch(rng, [f"round {n} to the {place[0]}", f"{n} rounded to the {place[0]}?"]), [ints(val)]


@fam
def unit_rate(rng: random.Random) -> Made:
    n = rng.randint(3, 12)
    per = Fr(rng.randint(50, 900), 100)
    total = per * n
    m = rng.randint(2, 20)
    if m == n:
        raise Again
    t = ch(
        rng,
        [
            "{n} pens cost ${t}. how much would {m} pens cost?",
            "if {n} cans are {t} euros, what do {m} cans cost",
            "{n} for ${t} — so {m} would be?",
        ],
    )
    return t.format(n=n, t=money(total)[0], m=m), [money(per * m)]


@fam
def mixed_to_improper(rng: random.Random) -> Made:
    w = rng.randint(2, 12)
    f = _fr(rng, 12)
    val = w + f
    return ch(
        rng,
        [
            f"write {w} {_show(f)} as an improper fraction",
            f"{w} and {_show(f)} as a top-heavy fraction?",
        ],
    ), [[_show(val)]]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        inverse_proportion,
        ratio_part_known,
        powers_mix,
        simplify_sqrt,
        sci_notation_product,
        sig_figs,
        negatives,
        index_laws,
        percent_of_percent,
        halves_quarters,
        cube_root,
        square_root_decimal,
        decimal_ops,
        average_of_fractions,
        percent_to_fraction,
        reciprocal_sum,
        ratio_to_percent,
        estimate_rounding,
        unit_rate,
        mixed_to_improper,
    )
]
