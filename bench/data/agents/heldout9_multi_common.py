"""Shared helpers for round 9's multi-part families (``Y_m_*``, dev now): rounding without
ties, the forms an answer is accepted in, currencies, receipts and roots."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.helpers import Item, image_recipe, item

F = Fraction
MILE, LB, INCH, OZ = F("1.609344"), F("0.45359237"), F("0.0254"), F("28.349523125")
FL_OZ, GALLON, SQ_FT, KCAL = F("29.5735295625"), F("3.785411784"), F("0.09290304"), F("4.184")
RATE = {"EUR": F(1), "USD": F("1.17"), "GBP": F("0.87")}
SIGN = {"EUR": "€", "USD": "$", "GBP": "£"}
WORD = {"EUR": "euros", "USD": "dollars", "GBP": "pounds"}
PLOT = ["Here is the plot", "Here's the plot", "Here is the chart"]
MEAN, MEDIAN = ["mean", "average", "Mean", "Average"], ["median", "Median"]


def r2(x: Fraction, places: int = 2) -> Fraction:
    """Round half away from zero to ``places`` decimals."""
    scale = 10 ** places
    sign = -1 if x < 0 else 1
    return sign * F(int(abs(x) * scale + F(1, 2)), scale)


def tie(x: Fraction, places: int = 2) -> bool:
    scaled = abs(x) * 10 ** places
    return bool(scaled - int(scaled) == F(1, 2))


def forms(x: Fraction, places: int = 2) -> list[str]:
    """A rounded number as people write it: trimmed, with its zeros, with thousands commas."""
    v = r2(x, places)
    full = f"{float(v):.{places}f}" if places else str(int(v))
    trim = full.rstrip("0").rstrip(".") if "." in full else full
    out = [trim, full]
    if abs(v) >= 1000:
        out += [f"{float(v):,.{places}f}".rstrip("0").rstrip(".") if places else f"{int(v):,}",
                f"{float(v):,.{places}f}"]
    return list(dict.fromkeys(out))


def money(x: Fraction, code: str) -> list[str]:
    vals = forms(x)
    return [f"{v} {code}" for v in vals] + [f"{SIGN[code]}{v}" for v in vals] + \
        [f"{v} {WORD[code]}" for v in vals]


def convert(x: Fraction, src: str, dst: str) -> Fraction:
    return x / RATE[src] * RATE[dst]


def unit(x: Fraction, *names: str, places: int = 2) -> list[str]:
    return [f"{v} {n}" for v in forms(x, places) for n in names] + \
        [f"{v}{n}" for v in forms(x, places) for n in names if len(n) <= 3]


def root(r: int | Fraction) -> list[str]:
    return [f"x = {r}", f"x={r}"]


def one_dp(x: Fraction) -> list[str]:
    return forms(x, 1)


def show(x: Fraction) -> str:
    """A number with a terminating decimal, written as a person would."""
    return f"{float(x):.6f}".rstrip("0").rstrip(".")


def receipt(rng: random.Random) -> tuple[dict[str, object], Fraction, list[tuple[str, Fraction]]]:
    recipe, _ = image_recipe(rng, "receipt")
    goods = [(str(g), F(str(p))) for g, p in recipe["items"]]
    return recipe, sum((p for _, p in goods), F(0)), goods


def at(total: Fraction) -> list[str]:
    return forms(total)


def poly(b: int, c: int) -> str:
    text = "x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    if c:
        text += f" {'+' if c > 0 else '-'} {abs(c)}"
    return text


def two_roots(rng: random.Random) -> tuple[int, int, str]:
    r1, r2_ = sorted(rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8], 2))
    return r1, r2_, poly(-(r1 + r2_), r1 * r2_)


def multi(family: str, text: str, parts: list[list[str]], **extra: object) -> Item:
    return item(family, "multi", text, parts, **extra)

__all__ = [
    "FL_OZ",
    "GALLON",
    "INCH",
    "KCAL",
    "LB",
    "MEAN",
    "MEDIAN",
    "MILE",
    "OZ",
    "PLOT",
    "SQ_FT",
    "F",
    "Fraction",
    "Item",
    "at",
    "convert",
    "forms",
    "money",
    "multi",
    "one_dp",
    "poly",
    "r2",
    "receipt",
    "root",
    "show",
    "tie",
    "two_roots",
    "unit",
]
