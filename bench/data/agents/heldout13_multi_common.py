"""Shared helpers for round 13's multi-part families (``K_m_*``, dev now): round 11's answer forms,
plus a registry that names each family after its function and draws again when a draw
would sit on a rounding tie or be degenerate."""

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
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family, fresh

Made = tuple[str, list[list[str]]] | tuple[str, list[list[str]], dict[str, Any]]


class Redraw(Exception):
    """The draw was degenerate (a tie, a zero, a clash): draw again."""


def need(ok: bool) -> None:
    if not ok:
        raise Redraw


def ok2(*values: Fraction) -> None:
    """Redraw when any value would round on a tie at two decimals."""
    need(not any(tie(v) for v in values))


def num(x: Fraction | int, places: int = 2) -> list[str]:
    """A plain number in its written forms (with a thousands comma when large)."""
    value = F(x)
    out = forms(value, places)
    if value.denominator == 1:
        out = [str(value), f"{int(value):,}", *out]
    return list(dict.fromkeys(out))


def register(into: list[tuple[Family, int]]) -> Callable[[Callable[[random.Random], Made]],
                                                         Callable[[random.Random], Made]]:
    """Adds a family named ``K_m_<function name>`` (category multi, 8 items) to ``into``."""
    def deco(make: Callable[[random.Random], Made]) -> Callable[[random.Random], Made]:
        name = "K_m_" + make.__name__

        def draw(rng: random.Random) -> Item:
            while True:
                try:
                    made = make(rng)
                except Redraw:
                    continue
                extra: dict[str, Any] = made[2] if len(made) == 3 else {}
                return multi(name, made[0], made[1], **extra)
        into.append((fresh(draw), 8))
        return make
    return deco


__all__ = [
    "CHART", "INCH", "LB", "MEAN", "MEDIAN", "MILE", "OZ", "PLOT", "F", "Fraction", "Item",
    "Made", "Redraw", "at", "cash", "clock", "convert", "deg_c", "deg_f", "dp12", "expr", "forms",
    "image_recipe", "lin", "money", "multi", "named", "need", "num", "ok2", "one_dp", "poly",
    "r2", "random", "receipt", "register", "root", "tie", "two_roots", "unit", "var",
]
