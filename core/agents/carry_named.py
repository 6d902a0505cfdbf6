"""The figure a later part names, out of an earlier answer with several.

"a pencil: **0.50**; a pen: **1.70**" then "the pen price in GBP"; "weekly pay: **$310**;
weeks to save: **17**" then "the weekly pay in EUR": the later part works on the figure
whose label its words name, not on whichever figure comes first. An answer worked from
figures the message gave in one unit ("the median of [12, 40, 33] (km)") keeps that unit,
so that it can be converted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.base import AgentResult

LABELLED = re.compile(r"(?:^|[;\n]|\.\s)\s*(?P<label>[A-Za-z][^:*;\n]{0,40}?):\s*\*\*(?P<v>-?[$€£]?"
                      r"\d[\d,]*(?:\.\d+)?)\s*(?P<u>[a-zA-Z°%][\w°/]*)?[^*]*\*\*")
WORD = re.compile(r"[a-z]{3,}")
FILLER = frozenset("the and per each for from with your its one".split())
UNIT_IN_BRACKETS = re.compile(r"\((?P<u>[a-zA-Z°][\w°/ ]{0,12})\)|"
                              r"\bin\s+(?P<w>[a-zA-Z°]{1,12})\s*:")


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in WORD.findall(text.lower())} - FILLER


def named_figure(request: str, result: AgentResult) -> AgentResult:
    """``result`` with the amount of the one labelled figure the request names, when its
    text has several labelled figures; else ``result`` as it is."""
    if not result.ok or len(result.text) > 3000:
        return result
    found = [(m.group("label"), m.group("v"), m.group("u") or "")
             for m in LABELLED.finditer(result.text)]
    if len(found) < 2:
        return result
    asked = _words(request)
    named = [(value, unit) for label, value, unit in found
             if (words := _words(label)) and words <= asked]
    if len(named) != 1:
        return result
    value, unit = named[0]
    money = re.match(r"-?([$€£])", value)
    number = float(re.sub(r"[$€£,]", "", value))
    currency = money.group(1) if money else (unit if unit != "%" else result.currency)
    return replace(result, amount=number, currency=currency or result.currency)


def with_unit_given(source_request: str, result: AgentResult) -> AgentResult:
    """An amount without a unit, worked from figures the source part gave in one unit
    ("Average of [66, 59, 104] (miles)", "temps in F: 41, 37"): in that unit."""
    from core.agents.quantities import mentions, prepare

    if not result.ok or result.amount is None or result.currency:
        return result
    stated = UNIT_IN_BRACKETS.search(source_request)
    if stated is None:
        return result
    surface = (stated.group("u") or stated.group("w")).strip()
    prepared = prepare(f"1 {surface}")
    units = {m.surface for m in mentions(prepared)}
    if len(units) != 1:
        return result
    return replace(result, currency=surface)




def derived_total(result: AgentResult, derived: list[str]) -> AgentResult:
    """A total asked of a file whose answer is worked from columns combined ("total units ×
    price: **65.00**"): that figure is the amount a later part converts, not the sum of one
    column."""
    if result.amount is None or not derived or not ASKS_TOTAL.search(derived[0]):
        return result
    figure = BOLD.search(derived[0])
    if figure is None:
        return result
    return replace(result, amount=float(figure.group(1).replace(",", "")), currency="")


BOLD = re.compile(r"\*\*(-?\d[\d,]*(?:\.\d+)?)\*\*")
ASKS_TOTAL = re.compile(r"\btotal\b", re.I)


__all__ = ["derived_total", "named_figure", "with_unit_given"]
