"""Shared helpers for round 11's multi-part families (``Q_m_*``, dev now): round 10's
forms, units, currencies and receipts, plus a few forms round 11 needs (money in a
currency with the sign after the number, temperatures, a value labelled several ways)."""

from __future__ import annotations

import random

from bench.data.agents.heldout10_multi_common import (
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
    clock,
    convert,
    dp12,
    expr,
    forms,
    image_recipe,
    lin,
    money,
    multi,
    one_dp,
    poly,
    r2,
    receipt,
    root,
    safe,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import labelled

SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$"}


def cash(x: Fraction, code: str) -> list[str]:
    """An amount in a currency, including the sign written after the number (12,50 € aside)."""
    return list(dict.fromkeys([*money(x, code), *(f"{v} {SYMBOL[code]}" for v in forms(x)),
                               *(f"{v} {code.lower()}" for v in forms(x))]))


def named(names: list[str], x: Fraction, places: int = 2) -> list[str]:
    """A statistic labelled with any of its names, in any of its written forms."""
    return list(dict.fromkeys(a for v in forms(x, places) for a in labelled(names, v)))


def deg_f(x: Fraction) -> list[str]:
    return unit(x, "°F", "degrees Fahrenheit", "Fahrenheit", "F")


def deg_c(x: Fraction) -> list[str]:
    return unit(x, "°C", "degrees Celsius", "Celsius", "C")


def var(name: str, value: int) -> list[str]:
    return [f"{name} = {value}", f"{name}={value}"]


__all__ = [
    "CHART", "INCH", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT", "F", "Fraction", "Item",
    "at", "cash", "clock", "convert", "deg_c", "deg_f", "dp12", "expr", "forms",
    "image_recipe", "labelled", "lin", "money", "multi", "named", "one_dp", "poly",
    "r2", "random", "receipt", "root", "safe", "tie", "two_roots", "unit", "var",
]
