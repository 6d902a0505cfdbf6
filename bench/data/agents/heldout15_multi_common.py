"""Shared helpers for round 15's multi-part families (``J_m_*``, dev now): round 11's forms, units,
currencies and receipts, plus a wrapper that names a family after its function and draws
again when a draw is unusable (a rounding tie, a degenerate case)."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from bench.data.agents.heldout11_multi_common import (
    CHART,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    OZ,
    PLOT,
    F,
    Fraction,
    Item,
    at,
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    expr,
    forms,
    image_recipe,
    lin,
    money,
    multi,
    named,
    one_dp,
    poly,
    receipt,
    root,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family, fresh

Made = tuple[str, list[list[str]]] | tuple[str, list[list[str]], dict[str, Any]] | None
GALLON = F(3785411784, 10**9)  # litres in a US gallon
FOOT = INCH * 12
YARD = FOOT * 3


def family(make: Callable[[random.Random], Made]) -> Family:
    """``J_m_<function name>``: the function returns (text, parts[, extra]) or None to redraw."""
    name = "J_m_" + make.__name__

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                extra = made[2] if len(made) == 3 else {}
                return multi(name, made[0], made[1], **extra)
    draw.__name__ = make.__name__
    return draw


def gather(*makers: Callable[[random.Random], Made]) -> list[tuple[Family, int]]:
    return [(fresh(family(make)), 8) for make in makers]


def ok(*values: Fraction) -> bool:
    """No value is a tie when rounded to two decimals."""
    return not any(tie(v) for v in values)


def csv(header: str, rows: list[tuple[object, ...]]) -> str:
    return header + "\n" + "".join(",".join(str(c) for c in row) + "\n" for row in rows)


def kg(x: Fraction) -> list[str]:
    return unit(x, "kg", "kilograms", "kilos")


def lbs(x: Fraction) -> list[str]:
    return unit(x, "lb", "pounds", "lbs")


def km(x: Fraction) -> list[str]:
    return unit(x, "km", "kilometres", "kilometers")


def miles(x: Fraction) -> list[str]:
    return unit(x, "miles", "mi")


def cm(x: Fraction) -> list[str]:
    return unit(x, "cm", "centimetres", "centimeters")


def litres(x: Fraction) -> list[str]:
    return unit(x, "L", "litres", "liters", "l")


__all__ = [
    "CHART", "FOOT", "GALLON", "INCH", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT", "YARD",
    "F", "Family", "Fraction", "Item", "Made", "at", "cash", "clock", "cm", "convert", "csv",
    "deg_c", "deg_f", "expr", "family", "forms", "gather", "image_recipe", "kg", "km", "lbs",
    "lin", "litres", "miles", "money", "multi", "named", "ok", "one_dp", "poly", "receipt",
    "root", "tie", "two_roots", "unit", "var",
]
