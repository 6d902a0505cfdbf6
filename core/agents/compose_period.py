"""The figure a later part names by its period: "pay: **$782.00 a week and $40,664.00 a
year**", then "the yearly figure in euros" converts the yearly one, not the first."""

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


__all__ = ["period_figure"]
