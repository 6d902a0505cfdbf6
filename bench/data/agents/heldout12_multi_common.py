"""Shared helpers for round 12's multi-part families (``P_m_*``, dev now): exact rounding
and the written forms of numbers, units, money and roots; receipts with chosen prices,
signs and screenshots; the plot and chart markers."""

from __future__ import annotations

import random
import re
from decimal import Decimal
from fractions import Fraction

from bench.data.agents.helpers import RATES, Item, image_recipe, item, labelled

F = Fraction
PLOT = ["Here is the plot", "Here's the plot", "Here is the chart"]
CHART = [*PLOT, "Here's the chart"]
MEAN = ["mean", "average", "Mean", "Average"]
MEDIAN = ["median", "Median"]
INCH, FOOT, MILE = F(254, 100), F(3048, 10000), F(1609344, 10**6)  # cm, m, km
LB, OZ, GALLON = F(45359237, 10**8), F(28349523125, 10**9), F(3785411784, 10**9)  # kg, g, l
SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}
WORD = {"EUR": "euros", "GBP": "pounds", "USD": "dollars"}


def dec(x: Fraction, places: int) -> str:
    q = Decimal(x.numerator) / Decimal(x.denominator)
    return f"{q.quantize(Decimal(1).scaleb(-places)):f}" if places else str(round(x))


def r2(x: Fraction, places: int = 2) -> Fraction:
    return F(round(x * 10**places), 10**places)


def tie(x: Fraction, places: int = 2) -> bool:
    """True when rounding to ``places`` decimals is a half-way case (or nearly so)."""
    scaled = abs(x) * 10**places
    return bool(abs(scaled - int(scaled) - F(1, 2)) < F(1, 1000))


def forms(x: Fraction, places: int = 2) -> list[str]:
    """x rounded to ``places`` decimals: the fixed form, trailing zeros dropped, and both
    with thousands separators when the number is that big."""
    fixed = dec(r2(x, places), places)
    short = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [short, fixed]
    if abs(x) >= 1000:
        out += [f"{Decimal(v):,f}" for v in (short, fixed)]
    return list(dict.fromkeys(out))


def unit(x: Fraction, *names: str, places: int = 2) -> list[str]:
    """x with its unit: the first name is a symbol, also written without the space."""
    out = [f"{v} {n}" for v in forms(x, places) for n in names]
    out += [f"{v}{names[0]}" for v in forms(x, places)]
    return list(dict.fromkeys(out))


def money(x: Fraction, code: str) -> list[str]:
    out: list[str] = []
    for v in forms(x):
        out += [f"{SYMBOL[code]}{v}", f"{v} {code}", f"{v} {WORD[code]}", f"{v} {SYMBOL[code]}",
                f"{code} {v}"]
    return list(dict.fromkeys(out))


def rate(x: Fraction, src: str, dst: str) -> Fraction:
    """Converts money at the benchmark's fixed rates (per euro)."""
    return x / F(str(RATES[src])) * F(str(RATES[dst]))


def root(r: Fraction | int, name: str = "x") -> list[str]:
    r = F(r)
    values = [str(r)] + ([] if r.denominator == 1 else forms(r))
    return [f"{name}{eq}{v}" for v in values for eq in (" = ", "=")]


def var(name: str, value: Fraction | int) -> list[str]:
    return root(value, name)


def named(names: list[str], x: Fraction, places: int = 2) -> list[str]:
    return list(dict.fromkeys(a for v in forms(x, places) for a in labelled(names, v)))


def expr(text: str) -> list[str]:
    """A polynomial written with ^, with superscripts, and the way SymPy prints it."""
    sup = text.replace("^2", "²").replace("^3", "³").replace("^4", "⁴")
    star = re.sub(r"(\d)x", r"\1*x", text)
    return list(dict.fromkeys([text, sup, star.replace("^", "**"), star]))


def term(coef: int, power: int, first: bool) -> str:
    sign = ("-" if coef < 0 else "") if first else (" - " if coef < 0 else " + ")
    c = abs(coef)
    body = (str(c) if power == 0 else ("" if c == 1 else str(c)) + "x" +
            ("" if power == 1 else f"^{power}"))
    return sign + body


def poly(*coefs: int) -> str:
    """Coefficients from the highest power down: poly(1, -5, 6) is x^2 - 5x + 6."""
    top, parts = len(coefs) - 1, list[str]()
    for i, c in enumerate(coefs):
        if c:
            parts.append(term(c, top - i, not parts))
    return "".join(parts) or "0"


def two_roots(rng: random.Random, low: int = -9, high: int = 9) -> tuple[int, int, str]:
    r1, r2_ = sorted(rng.sample([n for n in range(low, high + 1) if n], 2))
    return r1, r2_, poly(1, -(r1 + r2_), r1 * r2_)


def multi(family: str, text: str, parts: list[list[str]], **extra: object) -> Item:
    return item(family, "multi", text, parts, **extra)


def receipt(rng: random.Random, count: tuple[int, int] = (2, 4), low: int = 80,
            high: int = 2400) -> tuple[dict[str, object], Fraction, list[tuple[str, Fraction]]]:
    """A receipt photo recipe with prices in cents between ``low`` and ``high``."""
    recipe, _ = image_recipe(rng, "receipt")
    names = rng.sample(["Coffee", "Bagel", "Apples", "Bread", "Milk", "Notebook", "Tea",
                        "Cheese", "Pasta"], rng.randint(*count))
    goods = [(n, F(rng.randint(low, high), 100)) for n in names]
    recipe["items"] = [(n, float(p)) for n, p in goods]
    return recipe, sum((p for _, p in goods), F(0)), goods


def sign(rng: random.Random) -> tuple[dict[str, object], list[str]]:
    recipe, words = image_recipe(rng, "sign")
    return recipe, words


def screenshot(rng: random.Random) -> tuple[dict[str, object], str]:
    recipe, (day,) = image_recipe(rng, "screenshot")
    return recipe, day


def clock(minutes: int) -> list[str]:
    """A time of day in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return list(dict.fromkeys([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d} {half}",
                               f"{h12}:{m:02d}{half}", f"{h12}:{m:02d} {half.upper()}"]))


__all__ = ["CHART", "FOOT", "GALLON", "INCH", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT",
           "F", "Fraction", "Item", "clock", "expr", "forms", "labelled", "money", "multi",
           "named", "poly", "r2", "random", "rate", "receipt", "root", "screenshot", "sign",
           "tie", "two_roots", "unit", "var"]
