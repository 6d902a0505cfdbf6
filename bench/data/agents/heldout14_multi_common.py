"""Shared helpers for round 14's multi-part families (``N_m_*``): round 11's forms, units,
currencies and receipts, plus whole numbers with thousands commas, percentages, lengths,
weights and a few image recipes drawn from the shared helpers."""

from __future__ import annotations

import random

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
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    dp12,
    expr,
    forms,
    image_recipe,
    lin,
    money,
    multi,
    named,
    poly,
    r2,
    receipt,
    root,
    safe,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family, fresh

GRAPH = list(dict.fromkeys([*PLOT, *CHART]))
KM = ["km", "kilometres", "kilometers"]
MI = ["miles", "mi"]
KG = ["kg", "kilograms", "kilos"]
LBS = ["lb", "pounds", "lbs"]
CM = ["cm", "centimetres", "centimeters"]
GAL = Fraction(3785411784, 10**9)  # litres in a US gallon
FOOT = Fraction(3048, 10000)  # metres in a foot


def whole(value: int) -> list[str]:
    """A whole number, plain and with thousands commas."""
    return list(dict.fromkeys([str(value), f"{value:,}"]))


def num(x: Fraction, places: int = 2) -> list[str]:
    """A number that may be whole or rounded (forms() with the plain integer first)."""
    if x.denominator == 1:
        return whole(int(x))
    return forms(x, places)


def pct(x: Fraction, places: int = 2) -> list[str]:
    return [f"{v}%" for v in num(x, places)] + [f"{v} %" for v in num(x, places)]


def sign(rng: random.Random) -> tuple[dict[str, object], list[list[str]]]:
    """A sign image and one part per line of its text."""
    recipe, words = image_recipe(rng, "sign")
    return recipe, [[w] for w in words]


def screen(rng: random.Random) -> tuple[dict[str, object], str, str]:
    """An order screenshot with its order number and date."""
    recipe, (day,) = image_recipe(rng, "screenshot")
    rows = recipe["rows"]
    assert isinstance(rows, list)
    return recipe, str(rows[0]).split("#")[1], day


def sign_of(rng: random.Random, words: list[str]) -> dict[str, object]:
    """A sign image showing the given lines (drawn and degraded like any other sign)."""
    recipe, _ = image_recipe(rng, "sign")
    return {**recipe, "words": words}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, object]:
    """A phone screenshot with a title bar and the given rows."""
    recipe, _ = image_recipe(rng, "screenshot")
    return {**recipe, "title": title, "rows": rows}


def fams(*makes: Family) -> list[Family]:
    return list(makes)


__all__ = [
    "CHART", "CM", "FOOT", "GAL", "GRAPH", "INCH", "KG", "KM", "LB", "LBS", "MEAN", "MEDIAN",
    "MI", "MILE", "OZ", "PLOT", "F", "Family", "Fraction", "Item", "cash", "clock", "convert",
    "deg_c", "deg_f", "dp12", "expr", "fams", "forms", "fresh", "image_recipe", "lin", "money",
    "multi", "named", "num", "pct", "poly", "r2", "random", "receipt", "root", "safe", "screen",
    "shot", "sign", "sign_of", "tie", "two_roots", "unit", "var", "whole",
]
