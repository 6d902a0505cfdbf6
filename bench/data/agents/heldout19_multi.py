"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 1: shared maths and
money parts, answer forms, and how two or more asks are joined in one message."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout9_multi_common import forms, root, two_roots
from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
Req = list[list[str]]
Part = tuple[str, Req]
Maker = Callable[[random.Random], Part]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Sam", "Priya", "Tom", "Ana", "Lena", "Raj", "Mia", "Jonas", "Chloe", "Omar"]


class Tie(ValueError):
    """A value sits on or next to a rounding boundary; the draw is redone."""


def near(x: Fraction | float, places: int = 2) -> Fraction:
    """The value rounded half away from zero; raises Tie near a boundary."""
    v = F(x)
    scaled = abs(v) * 10**places
    frac = scaled - int(scaled)
    if abs(frac - F(1, 2)) < F(1, 1000):
        raise Tie
    return v


def num(x: Fraction | float, places: int = 2) -> list[str]:
    return forms(near(x, places), places)


def same(x: Fraction | float, alt: Fraction | float, places: int = 2) -> list[str]:
    """The forms of ``x``, redrawn when working from a rounded earlier result (``alt``) would
    round differently."""
    if num(x, places) != num(alt, places):
        raise Tie
    return num(x, places)


def whole(n: int) -> list[str]:
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def dec(x: Fraction) -> str:
    """A terminating Fraction written out plainly (3.5, 12, 0.25)."""
    return f"{float(x):.6f}".rstrip("0").rstrip(".")


def cents(rng: random.Random, low: int, high: int) -> Fraction:
    return F(rng.randint(low * 100, high * 100), 100)


def money(x: Fraction) -> str:
    return f"{float(x):.2f}"


def clock(minutes: int) -> list[str]:
    """A time of day as 14:05, 2:05pm and 2:05 p.m."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    twelve = (h % 12) or 12
    half = "am" if h < 12 else "pm"
    return [
        f"{h:02d}:{m:02d}",
        f"{h}:{m:02d}" if h < 10 else f"{h:02d}:{m:02d}",
        f"{twelve}:{m:02d}{half}",
        f"{twelve}:{m:02d}{half[0]}.m.",
    ]


def say_clock(minutes: int, rng: random.Random) -> str:
    h, m = divmod(minutes % 1440, 60)
    if rng.random() < 0.5:
        return f"{h:02d}:{m:02d}"
    return (
        f"{(h % 12) or 12}:{m:02d}{rng.choice(['am', ' am', 'AM', ' a.m.'])}".replace(
            "am", "am" if h < 12 else "pm"
        )
        .replace("AM", "AM" if h < 12 else "PM")
        .replace("a.m.", "a.m." if h < 12 else "p.m.")
    )


def date_forms(day: dt.date) -> list[str]:
    m = MONTHS[day.month - 1]
    return [
        f"{m} {day.day}",
        f"{day.day} {m}",
        day.isoformat(),
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{m[:3]} {day.day}",
        f"{day.day} {m[:3]}",
    ]


def say_date(day: dt.date, rng: random.Random) -> str:
    m = MONTHS[day.month - 1]
    return rng.choice([f"{m} {day.day}", f"{day.day} {m}", f"{m[:3]} {day.day}"])


def listing(values: list[object], rng: random.Random) -> str:
    words = [str(v) for v in values]
    if rng.random() < 0.5:
        return ", ".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# ----------------------------------------------------------------- parts: maths
def pct_of(rng: random.Random) -> Part:
    p, n = rng.choice([5, 12, 15, 18, 20, 25, 35, 40, 65, 75]), rng.randint(24, 960)
    t = rng.choice(["what's {p}% of {n}", "what is {p} percent of {n}", "{p}% of {n} is what"])
    return t.format(p=p, n=n), [num(F(p * n, 100))]


def solve_linear(rng: random.Random) -> Part:
    a, x, b = rng.randint(2, 9), rng.choice([i for i in range(-8, 15) if i]), rng.randint(-20, 25)
    left = f"{a}x {'+' if b >= 0 else '-'} {abs(b)}" if b else f"{a}x"
    t = rng.choice(["solve {l} = {r}", "what's x if {l} = {r}", "find x: {l} = {r}"])
    return t.format(l=left, r=a * x + b), [root(x)]


def solve_quad(rng: random.Random) -> Part:
    r1, r2, text = two_roots(rng)
    t = rng.choice(
        ["solve {q} = 0", "find the roots of {q} = 0", "what are the solutions of {q} = 0"]
    )
    return t.format(q=text), [root(r1), root(r2)]


def frac_sum(rng: random.Random) -> Part:
    b, d = rng.sample([2, 3, 4, 5, 6, 8, 9, 10, 12], 2)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    op = rng.choice(["+", "×", "times"])
    value = F(a, b) + F(c, d) if op == "+" else F(a, b) * F(c, d)
    if value.denominator == 1:
        raise Tie
    out = [str(value)]
    if (value * 10**4).denominator == 1:
        out.append(dec(value))
    return f"what's {a}/{b} {op} {c}/{d} as a fraction", [out]


def deriv_at(rng: random.Random) -> Part:
    a, b, c, x = rng.randint(1, 5), rng.randint(-6, 6), rng.randint(1, 9), rng.randint(2, 6)
    mid = f" {'+' if b > 0 else '-'} {abs(b)}x^2" if b else ""
    f = f"{a}x^3{mid} + {c}x"
    value = 3 * a * x * x + 2 * b * x + c
    t = rng.choice(
        [
            "what's the derivative of {f} at x = {x}",
            "differentiate {f} and evaluate it at x = {x}",
            "slope of y = {f} at x = {x}",
        ]
    )
    return t.format(f=f, x=x), [whole(value)]


def integral(rng: random.Random) -> Part:
    a, b, t_ = rng.choice([3, 6, 9]), rng.randint(1, 8), rng.randint(2, 6)
    value = F(a * t_**3, 3) + b * t_
    t = rng.choice(
        [
            "integrate {a}x^2 + {b} from 0 to {t}",
            "what's the integral of {a}x^2 + {b} dx from 0 to {t}",
        ]
    )
    return t.format(a=a, b=b, t=t_), [whole(int(value))]


def circle_area(rng: random.Random) -> Part:
    r = rng.choice([F(n, 2) for n in range(3, 41)])
    u = rng.choice(["cm", "m", "inches", "ft"])
    t = rng.choice(
        [
            "area of a circle with radius {r} {u}, to 2 decimals",
            "what's the area of a circle of radius {r} {u} (2 dp)",
        ]
    )
    return t.format(r=dec(r), u=u), [num(math.pi * float(r) ** 2)]


def hypotenuse(rng: random.Random) -> Part:
    a, b, c = rng.choice(
        [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29), (9, 40, 41)]
    )
    k = rng.randint(1, 4)
    t = rng.choice(
        [
            "a right triangle has legs {a} and {b} cm, how long is the hypotenuse",
            "hypotenuse of a right triangle with legs {a} and {b}",
        ]
    )
    return t.format(a=a * k, b=b * k), [whole(c * k)]


def pct_change(rng: random.Random) -> Part:
    old, p = rng.randint(8, 90) * 5, rng.choice([i for i in range(-45, 80) if i and i % 5])
    new = F(old * (100 + p), 100)
    if new.denominator != 1:
        raise Tie
    t = rng.choice(
        [
            "percent change from {o} to {n}",
            "what's the % change going from {o} to {n}",
            "by what percent did it go from {o} to {n}",
        ]
    )
    return t.format(o=old, n=new), [
        [f"{abs(p)}%", f"{abs(p)} %", f"{abs(p)} percent", f"{abs(p)}.0%", f"{abs(p)}.00%"]
    ]


def choose(rng: random.Random) -> Part:
    n, k = rng.randint(7, 22), rng.randint(2, 5)
    t = rng.choice(
        [
            "how many ways can you pick {k} people out of {n}",
            "{n} choose {k}",
            "how many different teams of {k} can be made from {n} players",
        ]
    )
    return t.format(n=n, k=k), [whole(math.comb(n, k))]


def power(rng: random.Random) -> Part:
    b, e = rng.randint(2, 19), rng.randint(3, 6)
    if b**e < 100:
        raise Tie
    t = rng.choice(["what's {b} to the power of {e}", "{b}^{e}", "calculate {b} raised to {e}"])
    return t.format(b=b, e=e), [whole(b**e)]


def sqrt2(rng: random.Random) -> Part:
    n = rng.choice([i for i in range(7, 999) if math.isqrt(i) ** 2 != i])
    t = rng.choice(["square root of {n} to 2 decimal places", "what's √{n} (2 dp)"])
    return t.format(n=n), [num(math.sqrt(n))]


def lcm_gcd(rng: random.Random) -> Part:
    a, b = rng.randint(6, 60), rng.randint(6, 60)
    if a == b:
        raise Tie
    if rng.random() < 0.5:
        return f"the lowest common multiple of {a} and {b}", [whole(math.lcm(a, b))]
    g = math.gcd(a, b)
    if g < 2:
        raise Tie
    return f"the greatest common divisor of {a} and {b}", [whole(g)]


def compound(rng: random.Random) -> Part:
    p, r, n = (
        rng.randint(10, 90) * 100,
        rng.choice([2, 3, F(7, 2), 4, F(9, 2), 5, 6]),
        rng.randint(2, 8),
    )
    value = p * (1 + F(r) / 100) ** n
    t = rng.choice(
        [
            "${p} at {r}% compounded yearly for {n} years, what's it worth (to the cent)",
            "how much will {p} dollars grow to in {n} years at {r}% interest compounded"
            " annually, to the cent",
        ]
    )
    return t.format(p=f"{p:,}", r=dec(F(r)), n=n), [num(value)]


# ----------------------------------------------------------------- parts: money
def tip(rng: random.Random) -> Part:
    bill, p = cents(rng, 18, 160), rng.choice([10, 12, 15, 18, 20, 22])
    t = rng.choice(
        [
            "how much is a {p}% tip on a ${b} bill, to the cent",
            "a {p}% tip on ${b}, to the cent",
            "what should I tip at {p}% on a ${b} dinner (nearest cent)",
        ]
    )
    return t.format(p=p, b=money(bill)), [num(bill * p / 100)]


def sale(rng: random.Random) -> Part:
    price, p = rng.randint(18, 260), rng.choice([10, 15, 20, 25, 30, 35, 40, 50])
    thing = rng.choice(["jacket", "pair of boots", "lamp", "backpack", "blender", "rug"])
    t = rng.choice(
        ["what does a ${x} {t} cost with {p}% off", "sale price of a {t} marked ${x} at {p}% off"]
    )
    return t.format(x=price, t=thing, p=p), [num(F(price * (100 - p), 100))]


def split_bill(rng: random.Random) -> Part:
    total, n = cents(rng, 40, 400), rng.randint(3, 8)
    t = rng.choice(
        [
            "split ${t} evenly between {n} people, how much each (to the cent)",
            "{n} of us owe ${t} in total, what's each share to the nearest cent",
        ]
    )
    return t.format(t=money(total), n=n), [num(total / n)]


def currency(rng: random.Random) -> Part:
    src, dst, rate = rng.choice(
        [
            ("EUR", "USD", "1.17"),
            ("GBP", "USD", "1.27"),
            ("USD", "CAD", "1.36"),
            ("EUR", "GBP", "0.86"),
            ("AUD", "USD", "0.66"),
            ("USD", "JPY", "149.5"),
        ]
    )
    amount = rng.randint(12, 900)
    if dst == "JPY":
        amount += amount % 2
    t = rng.choice(
        [
            "convert {a} {s} to {d} at 1 {s} = {r} {d}",
            "{a} {s} in {d} (rate 1 {s} = {r} {d})",
            "how many {d} is {a} {s} if 1 {s} = {r} {d}",
        ]
    )
    return t.format(a=amount, s=src, d=dst, r=rate), [num(amount * F(rate))]


# ----------------------------------------------------------------- joining asks
def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def join(rng: random.Random, texts: list[str], style: str) -> str:
    if style == "numbered":
        sep = rng.choice(["{i}. ", "{i}) ", "({i}) "])
        lead = rng.choice(["", "A few things:\n", "Can you do these for me?\n", "quick list pls\n"])
        return lead + "\n".join(sep.format(i=i + 1) + cap(t) for i, t in enumerate(texts))
    if style == "bullets":
        lead = rng.choice(["Need these:\n", "help me with:\n", ""])
        return lead + "\n".join("- " + t for t in texts)
    if style == "also":
        return (
            cap(texts[0])
            + "? "
            + " ".join(
                rng.choice(["Also ", "Oh and ", "And also ", "plus "]) + t + "?" for t in texts[1:]
            )
        )
    if style == "semi":
        return cap("; ".join(texts)) + rng.choice(["", ".", "?", " — thanks"])
    if style == "lines":
        return "\n".join(cap(t) + "?" for t in texts)
    if style == "hey":
        return (
            rng.choice(["hey, ", "hi muse! ", "Morning. ", "ok so "])
            + ", and ".join(texts)
            + rng.choice(["?", " thanks", "? ty"])
        )
    return cap(", and ".join(texts)) + "?"


STYLES = ["and", "also", "numbered", "semi", "lines", "hey", "bullets"]


def combo(name: str, parts: list[Maker], styles: list[str] | None = None) -> Family:
    """A family asking the given parts in one message, in one of the joining styles."""

    def make(rng: random.Random) -> Item:
        while True:
            try:
                drawn = [p(rng) for p in parts]
            except Tie:
                continue
            style = rng.choice(styles or STYLES)
            text = join(rng, [t for t, _ in drawn], style)
            return item(f"C_m_{name}", "multi", text, [r for _, req in drawn for r in req])

    make.__name__ = name
    return fresh(make)


def glue(text: str, extra: str) -> str:
    """Appends a further ask as its own sentence."""
    e = extra.strip().lstrip("—,;. ").strip()
    e = e[0].upper() + e[1:]
    return text + (" " if text.rstrip()[-1] in "?.!" else ". ") + e


def made(
    name: str,
    build: Callable[[random.Random], tuple[str, Req] | tuple[str, Req, dict[str, object]]],
) -> Family:
    """A hand-written family: ``build`` returns text, required (and extra); Tie redraws."""

    def make(rng: random.Random) -> Item:
        while True:
            try:
                out = build(rng)
            except Tie:
                continue
            extra = out[2] if len(out) == 3 else {}
            return item(f"C_m_{name}", "multi", out[0], out[1], **extra)

    make.__name__ = name
    return fresh(make)


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        combo("sale_split_convert", [sale, split_bill, currency], ["numbered", "also", "lines"]),
        combo("pct_change_and_currency", [pct_change, currency]),
    )
]
