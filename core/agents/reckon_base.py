"""A quantity worked out from words: its name, exact value, unit and how it was found."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


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
            return self.text
        if self.unit == "%":
            return f"{show(self.value)}%"
        return f"{show(self.value)} {self.unit}".strip()


def show(value: Fraction) -> str:
    """Two decimals at most, without trailing zeros, thousands separated."""
    text = f"{float(round(value, 2)):,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
