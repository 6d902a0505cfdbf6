"""Shared helpers for round 10's multi-part families (``Z_m_*``, dev now): the rounding,
answer forms, units, currencies and receipts of round 9's helpers, plus a few forms
round 10 needs (polynomials written several ways, clock times, one or two decimals)."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import (
    FL_OZ,
    GALLON,
    INCH,
    KCAL,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    OZ,
    PLOT,
    SQ_FT,
    F,
    Fraction,
    Item,
    at,
    convert,
    forms,
    money,
    multi,
    one_dp,
    poly,
    r2,
    receipt,
    root,
    show,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import image_recipe

CHART = [*PLOT, "Here's the chart"]


def expr(text: str) -> list[str]:
    """A polynomial as people and SymPy write it: 3x^2 + 4x, 3*x**2 + 4*x, 3x² + 4x."""
    out = [text, text.replace("x^2", "x²").replace("x^3", "x³"),
           _starred(text).replace("^", "**"), _starred(text)]
    return list(dict.fromkeys(out))


def _starred(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch == "x" and i and text[i - 1].isdigit():
            out.append("*")
        out.append(ch)
    return "".join(out)


def lin(a: int, b: int, var: str = "x") -> str:
    """a·x + b written plainly (a > 0)."""
    head = var if a == 1 else f"{a}{var}"
    return head if b == 0 else f"{head} {'+' if b > 0 else '-'} {abs(b)}"


def clock(minutes: int) -> list[str]:
    """A time of day as 24-hour and 12-hour forms."""
    h, m = divmod(minutes % (24 * 60), 60)
    half = h % 12 or 12
    suffix = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}",
           f"{half}:{m:02d} {suffix}", f"{half}:{m:02d}{suffix}"]
    if m == 0:
        out += [f"{half} {suffix}", f"{half}{suffix}"]
    return list(dict.fromkeys(out))


def dp12(x: Fraction) -> list[str]:
    """A value people give to one decimal or two (BMI)."""
    return list(dict.fromkeys([*forms(x, 1), *forms(x)]))


def safe(*values: Fraction) -> bool:
    """No value sits on a rounding tie at one or two decimals."""
    return not any(tie(v) or tie(v, 1) for v in values)


__all__ = [
    "CHART", "FL_OZ", "GALLON", "INCH", "KCAL", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT",
    "SQ_FT", "F", "Fraction", "Item", "at", "clock", "convert", "dp12", "expr", "forms",
    "image_recipe", "lin", "money", "multi", "one_dp", "poly", "r2", "random", "receipt",
    "root", "safe", "show", "tie", "two_roots", "unit",
]
