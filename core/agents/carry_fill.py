"""A later part that names an earlier result by what it is: "the area of a circle with that
radius", "how many minutes to cover 2.3 miles at that limit", "that margin in pounds".

The words are written out with the earlier result ("with radius 43.18 cm", "at 30 mph",
"233 kg in pounds") and the part is then read like any other, by the reader its words call
for.
"""

from __future__ import annotations

import re

from core.agents.carry_rate import PLACES, Quantity
from core.agents.carry_units import CURRENCIES, shown
from core.agents.patterns import ci

NOUNS = (r"radius|diameter|side|length|width|height|distance|weight|mass|speed|limit|"
         r"amount|total|figure|number|value|price|cost|margin|budget|balance|sum|temperature|"
         r"area|volume|result|answer|dose|figure|reading|count|difference|speed\s+limit")
THAT = ci(rf"\b(?:(?P<how>with|at|for|of|use|using)\s+)?(?:that|this|the\s+same|the\s+converted|"
          rf"the\s+new)\s+(?P<noun>{NOUNS})\b")
AS_A = ci(r"\buse\s+(?:that|it|this)\s+as\s+(?:the|a|an)\s+(?P<noun>[a-z]+)\s*[:,]?\s*")
DIGIT = re.compile(r"\d")


def names_result(text: str) -> bool:
    """The text names an earlier result ("that radius") and has no figure of its own."""
    if AS_A.search(text) is not None:
        return True
    found = THAT.search(text)
    return found is not None and (bool(found.group("how")) or DIGIT.search(
        PLACES.sub(" ", text)) is None)


def _said(quantity: Quantity) -> str:
    if quantity.unit in CURRENCIES.values():
        return f"{quantity.value:.2f} {quantity.unit}"
    figure = f"{quantity.value:.4f}".rstrip("0").rstrip(".")
    unit = "mph" if quantity.unit == "mi/h" else shown(quantity.unit)
    return f"{figure} {unit}".strip()


def filled(text: str, quantity: Quantity) -> str:
    """The text with the earlier result written in where it is named."""
    value = _said(quantity)
    if (found := AS_A.search(text)) is not None:  # "use that as a radius: circle area?"
        ask, mark, rest = text[found.end():].partition("?")  # "circle area? two decimals"
        return f"{ask.strip()} with {found.group('noun')} {value}{mark}{rest}"

    def written(found: re.Match[str]) -> str:
        how, noun = found.group("how"), found.group("noun")
        if how and how.lower() == "with":
            return f"with {noun} {value}"
        return f"{how} {value}" if how else value

    return THAT.sub(written, text, count=1)


__all__ = ["filled", "names_result"]
