"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 1: arithmetic, order of
operations, long multiplication and division, decimals, roots and powers."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]]] | None
NAMES = [
    "Sam",
    "Priya",
    "Leo",
    "Maya",
    "Tom",
    "Aisha",
    "Jonas",
    "Chloe",
    "Ravi",
    "Emma",
    "Luis",
    "Nina",
    "Omar",
    "Grace",
    "Kenji",
    "Zoe",
]
WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


class Redraw(Exception):
    """Raised by a helper when a drawn value sits on or near a rounding tie."""


def fam(fn: Callable[[random.Random], Made]) -> Family:
    """Wraps a maker returning (text, required) or None into a fresh E_a_ family."""
    name = "E_a_" + fn.__name__.removeprefix("fam_")

    def make(rng: random.Random) -> Item:
        while True:
            try:
                out = fn(rng)
            except (Redraw, ZeroDivisionError):
                out = None
            if out is not None:
                return item(name, "math", out[0], out[1])

    make.__name__ = fn.__name__
    return fresh(make)


def commas(text: str) -> str:
    sign = "-" if text.startswith("-") else ""
    whole, _, dec = text.lstrip("-").partition(".")
    if not whole:
        return text
    return sign + f"{int(whole):,}" + (f".{dec}" if dec else "")


def uniq(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for w in (v, commas(v) if _plain(v) else v):
            if w not in out:
                out.append(w)
    return out


def _plain(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return "e" not in text.lower()


def terminates(v: F) -> bool:
    d = v.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def dec(v: F) -> str:
    """Exact decimal text of a terminating fraction."""
    if v.denominator == 1:
        return str(v.numerator)
    places = 0
    while (v * 10**places).denominator != 1:
        places += 1
    return f"{float(v):.{places}f}" if places < 15 else str(float(v))


def num(v: F | int, fraction: bool = True) -> list[str]:
    """An exact answer: integer, terminating decimal, and the fraction in lowest terms."""
    v = F(v)
    out = []
    if terminates(v):
        out.append(dec(v))
        if v.denominator != 1 and abs(v) < 1:
            out.append(dec(v).replace("0.", ".", 1))
    if v.denominator != 1 and fraction:
        out.append(f"{v.numerator}/{v.denominator}")
        if abs(v) > 1:
            whole, rest = divmod(abs(v), 1)
            sign = "-" if v < 0 else ""
            out.append(f"{sign}{whole} {rest.numerator}/{rest.denominator}")
    if not terminates(v) and abs(v) >= 1:
        try:
            out += rnd(v, 2)
        except Redraw:
            pass
    if not terminates(v) and abs(v) < 1:  # e.g. 7/12 also as 0.5833 / 0.583
        for d in (4, 3) if abs(v) >= F(1, 10) else (4,):
            try:
                forms = [f for f in rnd(v, d) if f.strip("-0.")]
            except Redraw:
                continue
            out += forms + [f.replace("0.", ".", 1) for f in forms if "0." in f[:3]]
    return uniq(out)


SUP = str.maketrans("23456789", "²³⁴⁵⁶⁷⁸⁹")


def expr(text: str) -> list[str]:
    """An expression written with ^, with ** and with superscript powers."""
    import re

    sup = re.sub(r"\^(\d)", lambda m: m.group(1).translate(SUP), text)
    latex = re.sub(r"\^(\d+)", r"^{\1}", text)
    return list(dict.fromkeys([text, text.replace("^", "**"), sup, latex]))


def rnd(v: F | float, d: int) -> list[str]:
    """v rounded half-up to d decimals (raises Redraw near a tie): fixed and stripped forms."""
    v = F(v)
    scaled = v * 10**d
    frac = scaled - (scaled.numerator // scaled.denominator)
    if abs(frac - F(1, 2)) < F(1, 200):
        raise Redraw
    r = F(int((scaled + F(1, 2)) // 1), 10**d)
    fixed = f"{float(r):.{d}f}" if d else str(int(r))
    if fixed in ("-0", "-0.0", "-0.00"):
        fixed = fixed[1:]
    out = [fixed]
    if "." in fixed:
        out.append(fixed.rstrip("0").rstrip("."))
    return uniq(out)


def money(v: F | float) -> list[str]:
    """Money to the cent: 12.5 / 12.50, 12 / 12.00, with thousands commas too."""
    forms = rnd(v, 2)
    return uniq([*forms, forms[0]])


def pct(v: F | float, d: int | None = None) -> list[str]:
    base = num(F(v), fraction=False) if d is None else rnd(v, d)
    if not base:
        raise Redraw
    return [f"{b}{s}" for b in base for s in ("%", " percent", " per cent")]


def lab(names: list[str], values: list[str]) -> list[str]:
    forms = ["{n} = {v}", "{n}: {v}", "{n} is {v}", "{n} equals {v}"]
    return [f.format(n=n, v=v) for n in names for v in values for f in forms]


def pick(rng: random.Random, options: list[str]) -> str:
    return rng.choice(options)


def word(rng: random.Random, n: int) -> str:
    return WORDS[n] if n < len(WORDS) and rng.random() < 0.35 else str(n)


@fam
def fam_order_ops(rng: random.Random) -> Made:
    a, b, c, e = rng.randint(2, 30), rng.randint(2, 12), rng.randint(2, 12), rng.randint(2, 9)
    d = e * rng.randint(2, 9)
    val = a + b * c - d // e
    ops = pick(
        rng, ["{a} + {b} × {c} - {d} ÷ {e}", "{a} + {b}*{c} - {d}/{e}", "{a}+{b}x{c}-{d}/{e}"]
    ).format(a=a, b=b, c=c, d=d, e=e)
    text = pick(
        rng, ["what's {o}?", "Quick one: {o} = ?", "calculate {o} (order of operations pls)", "{o}"]
    ).format(o=ops)
    return text, [num(val)]


@fam
def fam_brackets_power(rng: random.Random) -> Made:
    a, b, c, p, q = (
        rng.randint(10, 40),
        rng.randint(2, 9),
        rng.randint(2, 9),
        rng.randint(2, 5),
        rng.choice([2, 3]),
    )
    val = (a - b) * c + p**q
    text = pick(
        rng,
        [
            "What is ({a} - {b}) × {c} + {p}^{q}?",
            "work out ({a}-{b})*{c} + {p}^{q}",
            "evaluate ({a} − {b})·{c} + {p}**{q}",
        ],
    ).format(a=a, b=b, c=c, p=p, q=q)
    return text, [num(val)]


@fam
def fam_long_multiply(rng: random.Random) -> Made:
    a, b = rng.randint(120, 989), rng.randint(13, 98)
    text = pick(
        rng,
        [
            "what is {a} times {b}",
            "{a} x {b}?",
            "Can you multiply {a} by {b} for me?",
            "need {a}*{b} quickly",
        ],
    ).format(a=a, b=b)
    return text, [num(a * b)]


@fam
def fam_quotient_remainder(rng: random.Random) -> Made:
    d = rng.randint(7, 29)
    n = d * rng.randint(30, 400) + rng.randint(1, d - 1)
    q, r = divmod(n, d)
    text = pick(
        rng,
        [
            "What's {n} divided by {d}, as a whole-number quotient and a remainder?",
            "{n} ÷ {d} = ? give quotient and remainder",
            "divide {n} by {d} — how many whole times does it go, and what's left over?",
        ],
    ).format(n=n, d=d)
    return text, [
        num(q),
        [
            *lab(["remainder", "r", "R"], [str(r)]),
            f"r{r}",
            f"remainder of {r}",
            f"{r} left over",
            f"{r} remainder",
        ],
    ]


@fam
def fam_decimal_sum(rng: random.Random) -> Made:
    vals = [F(rng.randint(5, 2500), rng.choice([10, 100])) for _ in range(rng.randint(3, 4))]
    shown = [dec(v) for v in vals]
    text = pick(rng, ["add {l}", "what do {l} add up to?", "sum of {l} please", "{p} = ?"]).format(
        l=", ".join(shown[:-1]) + " and " + shown[-1], p=" + ".join(shown)
    )
    return text, [num(sum(vals))]


@fam
def fam_negative_numbers(rng: random.Random) -> Made:
    a, b, c, d = -rng.randint(2, 20), -rng.randint(2, 15), rng.randint(2, 9), rng.randint(2, 9)
    val = a - b * c + d * a
    text = pick(
        rng,
        [
            "what's {a} - ({b}) × {c} + {d} × ({a})?",
            "evaluate {a} − ({b})({c}) + {d}({a})",
            "{a} - {b}*{c} + {d}*{a}... careful, the {b} is negative. result?",
        ],
    ).format(a=a, b=b, c=c, d=d)
    if "careful" in text:
        text = f"{a} - ({b})*{c} + {d}*({a}) = ?"
    return text, [num(val)]


@fam
def fam_square_root(rng: random.Random) -> Made:
    r = rng.randint(13, 99)
    text = pick(
        rng,
        [
            "square root of {n}?",
            "What is √{n}?",
            "sqrt({n}) = ?",
            "what number squared gives {n}? (the positive one)",
        ],
    ).format(n=r * r)
    return text, [num(r)]


@fam
def fam_cube_root(rng: random.Random) -> Made:
    r = rng.randint(11, 40)
    text = pick(
        rng,
        ["cube root of {n}", "What's ∛{n}?", "which whole number cubed is {n}?", "{n}^(1/3) = ?"],
    ).format(n=r**3)
    return text, [num(r)]


@fam
def fam_power(rng: random.Random) -> Made:
    b, e = rng.choice(
        [
            (2, rng.randint(9, 16)),
            (3, rng.randint(6, 10)),
            (5, rng.randint(5, 8)),
            (7, rng.randint(4, 6)),
            (rng.randint(11, 19), 3),
            (6, rng.randint(5, 7)),
        ]
    )
    text = pick(
        rng,
        [
            "what is {b} to the power of {e}",
            "{b}^{e}?",
            "{b} raised to the {e}th power",
            "compute {b}**{e}",
        ],
    ).format(b=b, e=e)
    return text, [num(b**e)]


@fam
def fam_exponent_rules(rng: random.Random) -> Made:
    b = rng.choice([2, 3, 5, 10])
    m, n, k = rng.randint(3, 9), rng.randint(2, 8), rng.randint(2, 6)
    e = m + n - k
    if e < 2:
        return None
    text = pick(
        rng,
        [
            "simplify {b}^{m} × {b}^{n} ÷ {b}^{k} and give the value",
            "what's ({b}^{m} * {b}^{n}) / {b}^{k} as a number?",
            "evaluate {b}^{m}·{b}^{n}/{b}^{k}",
        ],
    ).format(b=b, m=m, n=n, k=k)
    return text, [num(b**e)]


@fam
def fam_negative_exponent(rng: random.Random) -> Made:
    b, e = rng.choice(
        [
            (2, 3),
            (2, 4),
            (2, 5),
            (4, 2),
            (5, 2),
            (5, 3),
            (10, 2),
            (10, 3),
            (8, 2),
            (2, 6),
            (20, 2),
            (4, 3),
            (2, 7),
            (25, 2),
            (40, 2),
            (50, 2),
            (16, 2),
        ]
    )
    k = rng.choice([1, 1, 3, 5, 7])
    v = F(k, b**e)
    if k != 1:
        text = pick(rng, ["what is {k} × {b}^-{e}", "{k}·{b}^(-{e}) as a decimal?"]).format(
            k=k, b=b, e=e
        )
        return text, [num(v)]
    text = pick(
        rng, ["what is {b}^-{e}", "{b} to the power -{e}, as a decimal?", "evaluate {b}^(-{e})"]
    ).format(b=b, e=e)
    return text, [num(v)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_order_ops, fam_brackets_power, fam_long_multiply, fam_quotient_remainder, fam_decimal_sum,
    fam_negative_numbers, fam_square_root, fam_cube_root, fam_power, fam_exponent_rules,
    fam_negative_exponent)]
