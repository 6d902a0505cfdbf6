"""Shared helpers for round 16's multi-part families (``L_m_*``, dev now): round 11's forms,
units, currencies and receipts, plus a registering decorator that names a family after its
function, draws again when a draw is unusable (a rounding tie, a degenerate case) and wraps it
in :func:`fresh`."""

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
    one_dp,
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
from bench.data.agents.helpers import Family, fresh, labelled

FOOT = F(3048, 10000)
GALLON = F(3785411784, 10**9)
FLOZ = F(295735295625, 10**10)
STONE = 14 * LB
Make = Callable[[random.Random], Any]


def fam(registry: list[Family]) -> Callable[[Make], Make]:
    """Registers ``make`` (returning text, parts[, extra] or None to draw again) as the
    family ``L_m_<its name>``."""
    def wrap(make: Make) -> Make:
        name = "L_m_" + make.__name__.strip("_")

        def build(rng: random.Random) -> Item:
            while True:
                out = make(rng)
                if out is not None:
                    text, parts, *extra = out
                    return multi(name, text, parts, **(extra[0] if extra else {}))
        registry.append(fresh(build))
        return make
    return wrap


def dec(x: int | Fraction) -> str:
    """A value as written in a request: 3.2, not 16/5."""
    return f"{float(x):g}"


def num(x: int | Fraction, places: int = 2) -> list[str]:
    return forms(F(x), places)


def pct(x: int | Fraction) -> list[str]:
    return [f"{v}%" for v in forms(F(x))] + [f"{v} %" for v in forms(F(x))] + [
        f"{v} percent" for v in forms(F(x))]


def usd(x: Fraction) -> list[str]:
    return money(x, "USD")


def eur(x: Fraction) -> list[str]:
    return cash(x, "EUR")


def gbp(x: Fraction) -> list[str]:
    return cash(x, "GBP")


def kg(x: Fraction) -> list[str]:
    return unit(x, "kg", "kilograms", "kilos")


def lbs(x: Fraction) -> list[str]:
    return unit(x, "lb", "pounds", "lbs")


def km(x: Fraction) -> list[str]:
    return unit(x, "km", "kilometres", "kilometers")


def miles(x: Fraction) -> list[str]:
    return unit(x, "mi", "miles")


def cm(x: Fraction) -> list[str]:
    return unit(x, "cm", "centimetres", "centimeters")


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    """A sign image with the given words (drawn with round 16's degradation)."""
    recipe, _ = image_recipe(rng, "sign")
    return {**recipe, "words": words}


def screen(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    recipe, _ = image_recipe(rng, "screenshot")
    return {**recipe, "title": title, "rows": rows}


__all__ = [
    "CHART", "FLOZ", "FOOT", "GALLON", "INCH", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT",
    "STONE", "F", "Family", "Fraction", "Item", "cash", "clock", "cm", "convert", "dec", "deg_c",
    "deg_f", "dp12", "eur", "expr", "fam", "forms", "gbp", "image_recipe", "kg", "km",
    "labelled", "lbs", "lin", "miles", "money", "multi", "named", "num", "one_dp", "pct",
    "poly", "r2", "random", "receipt", "root", "safe", "screen", "sign", "tie", "two_roots",
    "unit", "usd", "var",
]
