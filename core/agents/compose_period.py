"""The figure a later part names by its period or its statistic: "pay: **$782.00 a week and
$40,664.00 a year**", then "the yearly figure in euros" converts the yearly one, not the
first; a summary of a list ("mean **68.9** kg, median **69.65** kg, … range 61.2–75.1"), then
"the heaviest in pounds" converts the maximum, not the mean."""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.base import AgentResult

PERIODS = {"year": r"year(?:ly)?|annual(?:ly)?|per\s+annum|yr", "month": r"month(?:ly)?|mo",
           "week": r"week(?:ly)?|wk", "day": r"day|daily", "hour": r"hour(?:ly)?|hr"}
NAMED = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in PERIODS.items()}
AMOUNT = r"[$€£¥]?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:[A-Z]{3}\s*)?\**\s*"
TAGGED = {name: re.compile(rf"{AMOUNT}(?:a|an|per|/|each|every)\s*(?:{words})\b", re.I)
          for name, words in PERIODS.items()}


def period_figure(request: str, result: AgentResult) -> AgentResult:
    """``result`` with the amount of the one period the request names, when its text gives
    amounts for more than one period."""
    if not result.ok or result.amount is None:
        return result
    named = [name for name, pattern in NAMED.items() if pattern.search(request)]
    tagged = {name: {float(m.group(1).replace(",", "")) for m in pattern.finditer(result.text)}
              for name, pattern in TAGGED.items()}
    if len(named) != 1 or sum(1 for values in tagged.values() if values) < 2:
        return result
    values = tagged[named[0]]
    if len(values) != 1:
        return result
    return replace(result, amount=values.pop())


STATISTICS = {
    "mean": (r"mean|average|avg", r"\bmean\s+\**(-?[\d,]*\.?\d+)"),
    "median": (r"median", r"\bmedian\s+\**(-?[\d,]*\.?\d+)"),
    "total": (r"total|sum|altogether|combined", r"\b(?:total|sum)\s+\**(-?[\d,]*\.?\d+)"),
    "maximum": (r"max(?:imum)?|highest|largest|biggest|heaviest|tallest|longest|most\s+expensive"
                r"|dearest", r"\bmaximum\s+\**(-?[\d,]*\.?\d+)|\brange\s+-?[\d,.]+\s*[–-]\s*"
                r"(-?[\d,]*\.?\d+)"),
    "minimum": (r"min(?:imum)?|lowest|smallest|lightest|shortest|cheapest|(?<!at\s)least",
                r"\bminimum\s+\**(-?[\d,]*\.?\d+)|\brange\s+(-?[\d,]*\.?\d+)\s*[–-]"),
}
STAT_NAMED = {name: re.compile(rf"\b(?:the\s+)?(?:{words})\b", re.I)
              for name, (words, _) in STATISTICS.items()}
STAT_SHOWN = {name: re.compile(shown, re.I) for name, (_, shown) in STATISTICS.items()}
SUMMARY = re.compile(r"\bmean\s+\*\*[^*]+\*\*.*\bmedian\b", re.I | re.S)


def statistic_figure(request: str, result: AgentResult) -> AgentResult:
    """``result`` with the amount of the one statistic the request names ("the heaviest",
    "the total"), when its text is a summary of several; without an amount when that
    statistic is not among them (no other figure stands in for it)."""
    if not result.ok or result.amount is None or not SUMMARY.search(result.text):
        return result
    named = [name for name, pattern in STAT_NAMED.items() if pattern.search(request)]
    if len(named) != 1:
        return result
    shown = STAT_SHOWN[named[0]].search(result.text)
    if shown is None:
        return replace(result, amount=None)
    value = next(g for g in shown.groups() if g)
    return replace(result, amount=float(value.replace(",", "")))


__all__ = ["period_figure", "statistic_figure"]
