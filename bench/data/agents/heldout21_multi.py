"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 1: shared helpers, maths
request parts and the joining of several parts into one message."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
Part = tuple[str, list[list[str]], dict[str, Any]]
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
CUR = {"$": "USD", "€": "EUR", "£": "GBP"}


class Tie(ValueError):
    """The value sits on or next to a rounding boundary; the draw is redone."""


def num(value: Fraction | int | float, places: int = 2) -> list[str]:
    """A value rounded to ``places`` decimals: trimmed, padded, with thousands commas."""
    v = F(value)
    scaled = v * 10**places
    if v.denominator != 1 and abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 100):
        raise Tie(v)
    r = F(round(scaled), 10**places)
    full = f"{float(r):.{places}f}"
    trim = full.rstrip("0").rstrip(".") if "." in full else full
    out = [trim, full]
    if abs(r) >= 1000:
        out += [
            f"{float(r):,.{places}f}",
            f"{float(r):,.{places}f}".rstrip("0").rstrip(".") if places else f"{int(r):,}",
        ]
    if r < 0:
        out += [x.replace("-", "\u2212") for x in out]
    return list(dict.fromkeys(out))


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    return list(dict.fromkeys(out))


def say_time(minutes: int, rng: random.Random) -> str:
    h, m = divmod(minutes, 60)
    if rng.random() < 0.5:
        return f"{h:02d}:{m:02d}"
    half = rng.choice(["am", " am", "AM"] if h < 12 else ["pm", " pm", "PM"])
    return f"{h % 12 or 12}:{m:02d}{half}"


def date_forms(d: dt.date) -> list[str]:
    mon = MONTHS[d.month - 1]
    return [
        d.isoformat(),
        f"{mon} {d.day}",
        f"{d.day} {mon}",
        f"{mon[:3]} {d.day}",
        f"{d.day} {mon[:3]}",
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
    ]


def deg(rng: random.Random) -> dict[str, Any]:
    return {
        "angle": round(rng.uniform(-5, 5), 1),
        "blur": round(rng.uniform(0.3, 1.0), 2),
        "noise": rng.choice([10, 20, 30]),
        "quality": 60,
        "seed": rng.randrange(10**6),
    }


def pick(rng: random.Random, *texts: str) -> str:
    return rng.choice(texts)


# ---- maths ---------------------------------------------------------------------------------


def pct(rng: random.Random) -> Part:
    p, n = rng.choice([5, 12, 15, 18, 20, 35, 40, 65, 75, 8]), rng.randint(31, 960)
    t = pick(rng, "what's {p}% of {n}", "what is {p} percent of {n}", "{p}% of {n} is how much")
    return t.format(p=p, n=n), [num(F(p * n, 100))], {}


def pct_change(rng: random.Random) -> Part:
    a = rng.randint(40, 400)
    b = a + rng.choice([-1, 1]) * rng.randint(3, a // 2)
    t = pick(
        rng,
        "what's the percent change from {a} to {b} (1 decimal)",
        "by what percentage did it change going from {a} to {b}? one decimal place",
    )
    return t.format(a=a, b=b), [num(abs(F(b - a, a)) * 100, 1)], {}


def frac_add(rng: random.Random) -> Part:
    a, b, c, d = (
        rng.randint(1, 7),
        rng.choice([2, 4, 5, 8]),
        rng.randint(1, 9),
        rng.choice([4, 5, 10, 8]),
    )
    op = rng.choice("+-")
    v = F(a, b) + F(c, d) if op == "+" else F(a, b) - F(c, d)
    if v.denominator == 1 or F(a, b).denominator == 1:
        raise Tie(v)
    t = pick(rng, "what's {a}/{b} {op} {c}/{d}", "work out {a}/{b} {op} {c}/{d}")
    forms = [str(v), f"{float(v):.6f}".rstrip("0")]
    if v > 1:
        forms.append(f"{v.numerator // v.denominator} {v - v.numerator // v.denominator}")
    return t.format(a=a, b=b, c=c, d=d, op=op), [forms], {}


def quad(rng: random.Random) -> Part:
    r1, r2 = sorted(rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2))
    b, c = -(r1 + r2), r1 * r2
    text = "x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    text += f" {'+' if c > 0 else '-'} {abs(c)}"
    t = pick(rng, "solve {e} = 0", "find x if {e} = 0", "what are the roots of {e} = 0")
    return t.format(e=text), [[f"x = {r1}", f"x={r1}"], [f"x = {r2}", f"x={r2}"]], {}


def linear(rng: random.Random) -> Part:
    a, x, b = rng.randint(2, 9), rng.randint(-12, 25), rng.randint(-30, 40)
    if x in (0, 1):
        raise Tie(x)
    side = f"{a}x {'+' if b >= 0 else '-'} {abs(b)}"
    t = pick(rng, "solve {s} = {c}", "what's x in {s} = {c}", "find x: {s} = {c}")
    return t.format(s=side, c=a * x + b), [[f"x = {x}", f"x={x}"]], {}


def deriv(rng: random.Random) -> Part:
    a, b, k = (
        rng.randint(2, 6),
        rng.choice([-9, -7, -5, -4, -3, -2, 2, 3, 4, 5, 6, 8]),
        rng.randint(2, 6),
    )
    v = 3 * a * k * k + b
    t = pick(
        rng,
        "what's the derivative of {a}x^3 {s} {bb}x at x = {k}",
        "differentiate {a}x^3 {s} {bb}x and evaluate it at x={k}",
    )
    return t.format(a=a, s="+" if b >= 0 else "-", bb=abs(b), k=k), [num(v, 0)], {}


def integral(rng: random.Random) -> Part:
    a, k = rng.randint(1, 5), rng.choice([3, 6, 9, 4, 5, 7])
    v = F(a * k**3, 3)
    if v.denominator != 1:
        raise Tie(v)
    t = pick(
        rng, "integrate {a}x^2 from 0 to {k}", "what's the integral of {a}x^2 dx between 0 and {k}"
    )
    return t.format(a=a, k=k), [num(v, 0)], {}


def root2(rng: random.Random) -> Part:
    n = rng.randint(11, 500)
    if math.isqrt(n) ** 2 == n:
        raise Tie(n)
    t = pick(rng, "square root of {n} to 2 decimals", "what's sqrt({n}) rounded to 2 dp")
    return t.format(n=n), [num(F(math.sqrt(n)), 2)], {}


def power(rng: random.Random) -> Part:
    a, b = rng.randint(2, 13), rng.randint(3, 6)
    t = pick(rng, "what's {a} to the power of {b}", "{a}^{b} = ?", "calculate {a} raised to {b}")
    return t.format(a=a, b=b), [num(a**b, 0)], {}


def choose(rng: random.Random) -> Part:
    n, k = rng.randint(7, 16), rng.randint(2, 5)
    t = pick(
        rng,
        "how many ways can I choose {k} out of {n} (order doesn't matter)",
        "{n} choose {k}",
        "how many different groups of {k} can be picked from {n} people",
    )
    return t.format(n=n, k=k), [num(math.comb(n, k), 0)], {}


def circle(rng: random.Random) -> Part:
    r = rng.randint(3, 40)
    t = pick(
        rng,
        "area of a circle with radius {r} cm, 2 decimals",
        "what's the area of a circle of radius {r} cm? round to 2 decimal places",
    )
    return t.format(r=r), [num(F(math.pi * r * r), 2)], {}


def compound(rng: random.Random) -> Part:
    p, r, n = (
        rng.choice([500, 1000, 1500, 2000, 2500, 4000]),
        rng.choice([2, 3, 4, 5, 6]),
        rng.randint(2, 6),
    )
    v = p * F(100 + r, 100) ** n
    t = pick(
        rng,
        "{p} at {r}% a year compounded annually for {n} years, what's the balance? 2 decimals",
        "if I invest {p} at {r}% annual interest (compounded yearly), how much after"
        " {n} years (to the cent)",
    )
    return t.format(p=p, r=r, n=n), [num(v, 2)], {}


def tip(rng: random.Random) -> Part:
    bill, p = F(rng.randint(1500, 16000), 100), rng.choice([10, 12, 15, 18, 20, 22])
    t = pick(rng, "how much is a {p}% tip on a ${b} bill", "{p}% tip on ${b}, how much is the tip")
    return t.format(p=p, b=f"{float(bill):.2f}"), [num(bill * p / 100, 2)], {}


def split(rng: random.Random) -> Part:
    total, n = F(rng.randint(4000, 40000), 100), rng.randint(3, 8)
    t = pick(
        rng,
        "split ${b} evenly between {n} people, how much each",
        "dinner was ${b} for {n} of us, what's each person's share",
    )
    return t.format(b=f"{float(total):.2f}", n=n), [num(total / n, 2)], {}


def discount(rng: random.Random) -> Part:
    price, p = F(rng.randint(1000, 25000), 100), rng.choice([10, 15, 20, 25, 30, 35, 40])
    t = pick(
        rng,
        "a ${x} jacket is {p}% off, what's the sale price",
        "what do I pay for a ${x} item with {p}% off",
    )
    return t.format(x=f"{float(price):.2f}", p=p), [num(price * (100 - p) / 100, 2)], {}


def wage(rng: random.Random) -> Part:
    h, rate = F(rng.randint(10, 90), 2), F(rng.randint(1200, 3500), 100)
    t = pick(
        rng,
        "{h} hours at ${r} an hour is how much",
        "how much do I earn working {h} hrs at ${r}/hr",
    )
    return t.format(h=f"{float(h):g}", r=f"{float(rate):.2f}"), [num(h * rate, 2)], {}


def lcm(rng: random.Random) -> Part:
    a, b = rng.sample(range(4, 40), 2)
    t = pick(rng, "LCM of {a} and {b}", "what's the least common multiple of {a} and {b}")
    return t.format(a=a, b=b), [num(math.lcm(a, b), 0)], {}


# ---- joining parts into one message ---------------------------------------------------------


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def q(s: str) -> str:
    if s.endswith(("?", ".")):
        return s
    return s + ("." if "?" in s or s.endswith(")") else "?")


JOIN: dict[str, list[Callable[[list[str]], str]]] = {
    "and": [
        lambda p: " ".join(q(cap(x)) for x in p[:-1]) + " And " + q(p[-1]),
        lambda p: q(cap(" — and ".join(p))),
    ],
    "list": [
        lambda p: "\n".join(f"{i}. {cap(x)}" for i, x in enumerate(p, 1)),
        lambda p: "Few things:\n" + "\n".join(f"{i}) {x}" for i, x in enumerate(p, 1)),
    ],
    "also": [
        lambda p: " ".join([q(cap(p[0]))] + [q("Also " + x) for x in p[1:]]),
        lambda p: q(cap(p[0])) + " " + " ".join(q("oh and " + x) for x in p[1:]),
    ],
    "pls": [
        lambda p: (
            "Can you help me with "
            + ("two" if len(p) == 2 else "a few")
            + " things: "
            + "; ".join(p)
        ),
        lambda p: "pls " + "; ".join(p) + " thx",
    ],
    "bullets": [
        lambda p: "\n".join("- " + q(x) for x in p),
        lambda p: "Quick ones:\n" + "\n".join("• " + x for x in p),
    ],
    "two": [
        lambda p: " ".join(q(cap(x)) for x in p),
        lambda p: " ".join(cap(x) + ("" if x.endswith(("?", ".")) else ".") for x in p),
    ],
}


def combo(name: str, style: str, *makers: Maker) -> Family:
    def make(rng: random.Random) -> Item:
        while True:
            try:
                parts = [m(rng) for m in makers]
            except Tie:
                continue
            texts = [p[0] for p in parts]
            text = rng.choice(JOIN[style])(texts)
            extra: dict[str, Any] = {}
            for p in parts:
                extra.update(p[2])
            return item(f"F_m_{name}", "multi", text, [r for p in parts for r in p[1]], **extra)

    make.__name__ = name
    return fresh(make)


percent_and_fraction = combo("percent_and_fraction", "two", pct, frac_add)
lcm_and_power = combo("lcm_and_power", "bullets", lcm, power)
tip_and_discount = combo("tip_and_discount", "list", tip, discount)
wage_and_compound = combo("wage_and_compound", "and", wage, compound)
choose_and_circle = combo("choose_and_circle", "also", choose, circle)

FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        percent_and_fraction,
        lcm_and_power,
        tip_and_discount,
        wage_and_compound,
        choose_and_circle,
    )
]
