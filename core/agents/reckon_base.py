"""A quantity worked out from words: its name, exact value, unit and how it was found."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

# a span of time shown to two decimals ("6.94 days"): one decimal beside it, as people say it
SPAN = re.compile(r"(?<![\d.,])(\d[\d,]*\.\d\d)\s(days|weeks|months|years)\b(?!\s*\(about)")


@dataclass(frozen=True, slots=True)
class Reckoned:
    name: str
    value: Fraction
    unit: str
    basis: str
    note: str = ""
    text: str = ""  # the answer as shown, when it is not the value and its unit

    def shown(self) -> str:
        if self.text:
            return self._spans(self.text)
        if self.unit == "%":
            return f"{show(self.value)}%"
        return self._spans(f"{show(self.value)} {self.unit}".strip())

    def _spans(self, text: str) -> str:
        """"6.94 days" → "6.94 days (about 6.9 days)", from the exact value when it is this one."""
        found = SPAN.search(text)
        if found is None:
            return text
        if show(self.value) == found.group(1):
            tenth = round(Decimal(self.value.numerator) / Decimal(self.value.denominator), 1)
        else:
            tenth = Decimal(found.group(1).replace(",", "")).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if found.start() == 0:  # the answer itself
            return f"{text[:found.end()]} (about {tenth:,} {found.group(2)}){text[found.end():]}"
        return f"{text[:found.end()]} ≈ {tenth:,} {found.group(2)}{text[found.end():]}"


def show(value: Fraction) -> str:
    """Two decimals at most, without trailing zeros, thousands separated."""
    text = f"{float(round(value, 2)):,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
