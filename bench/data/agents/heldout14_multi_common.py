"""Shared helpers for round 14's multi-part families (``N_m_*``, dev now): round 11's forms, units,
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


def beats(x: Fraction) -> list[str]:
    """A heart rate to one or two decimals, or rounded to a whole beat (when not a tie)."""
    whole_beat = [] if tie(x, 0) else [str(int(x + Fraction(1, 2)))]
    return list(dict.fromkeys([*forms(x, 1), *forms(x), *whole_beat]))


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


def span(minutes: int) -> list[str]:
    """A duration in hours and minutes, as people write it."""
    h, m = divmod(minutes, 60)
    if h == 0:
        return [f"{m} minutes", f"{m} min", f"{m} mins"]
    if m == 0:
        return [f"{h} hours", f"{h} hrs", f"{h}h", f"{h} h"] if h != 1 else ["1 hour", "1h"]
    if h == 1:
        return [f"1 hour {m} minutes", f"1 hour and {m} minutes", f"1 h {m} min", f"1h {m}m",
                f"1h{m:02d}", f"1:{m:02d}", f"1 hr {m} min", f"1 hour {m} min",
                f"{minutes} minutes"]
    return [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} h {m} min",
            f"{h}h {m}m", f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h} hr {m} min",
            f"{h} hours {m} min", f"{h} hour {m} minutes", f"{h} hour and {m} minutes"]


def pace(seconds: int) -> list[str]:
    """A pace or short duration in minutes and seconds."""
    m, s = divmod(seconds, 60)
    return [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} min {s} sec", f"{m} minutes {s} seconds",
            f"{m}m {s}s", f"{m}m{s:02d}s", f"{m}'{s:02d}"]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def day(month: int, date: int, year: int = 2026) -> list[str]:
    """A calendar date in the common written forms."""
    name = MONTHS[month - 1]
    return [f"{name} {date}", f"{date} {name}", f"{name[:3]} {date}", f"{date} {name[:3]}",
            f"{year}-{month:02d}-{date:02d}", f"{name} {date}th", f"{date}th {name}",
            f"{name} {date}st", f"{date}st {name}", f"{name} {date}nd", f"{name} {date}rd"]


def fams(*makes: Family) -> list[Family]:
    return list(makes)


__all__ = [
    "CHART",
    "CM",
    "FOOT",
    "GAL",
    "GRAPH",
    "INCH",
    "KG",
    "KM",
    "LB",
    "LBS",
    "MEAN",
    "MEDIAN",
    "MI",
    "MILE",
    "MONTHS",
    "OZ",
    "PLOT",
    "F",
    "Family",
    "Fraction",
    "Item",
    "cash",
    "clock",
    "convert",
    "day",
    "deg_c",
    "deg_f",
    "dp12",
    "expr",
    "fams",
    "forms",
    "fresh",
    "image_recipe",
    "lin",
    "money",
    "multi",
    "named",
    "num",
    "pace",
    "pct",
    "poly",
    "r2",
    "random",
    "receipt",
    "root",
    "safe",
    "screen",
    "shot",
    "sign",
    "sign_of",
    "span",
    "tie",
    "two_roots",
    "unit",
    "var",
    "whole",
]
