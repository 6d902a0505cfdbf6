"""Sums of runs of numbers asked in words.

- the first n of a kind: "sum of the first 50 odd numbers", "total of the first 10 cubes";
- every whole number (or every even, odd, multiple of k) in a range: "add up every whole
  number from 1 to 170", "the sum of the even numbers between 2 and 100", "total of all
  multiples of 3 from 3 to 300";
- an arithmetic series written out from its first terms: "10 + 13 + 16 + ... + 64",
  "1 + 2 + 3 + … + 100", "5 + 10 + ... + 500".

The text is already expanded and lower-cased. Each answer is an exact expression.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.mathseries import written_series
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]\d)"
N = rf"({NB})"
SUM = r"(?:sum|total|add(?:ing)?(?:\s+up)?|add\s+together|adding\s+together)"
FIRST_N = _c(rf"\b{SUM}\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?first\s+{N}\s+"
             r"(?:positive\s+|natural\s+|whole\s+|counting\s+)?(odd\s+|even\s+)?(numbers|"
             r"integers|whole\s+numbers|natural\s+numbers|square\s+numbers|squares|cubes|"
             r"cube\s+numbers)")
KIND = (r"(?:(?P<kind>odd|even)\s+|(?:whole|natural|counting|positive)\s+)*(?:numbers?|"
        r"integers?)|multiples?\s+of\s+(?P<step>\d+)")
RANGE_SUM = _c(rf"\b{SUM}\s+(?:of\s+)?(?:all\s+|every\s+|each\s+)?(?:the\s+)?(?:{KIND})\s+"
               rf"(?:from\s+|between\s+)?{N}\s+(?:to|through|till|until|up\s+to|and|-)\s+{N}")
WRITTEN = _c(rf"(?<![\d.])(-?{NB})\s*\+\s*(-?{NB})(?:\s*\+\s*(-?{NB}))?\s*\+\s*(?:\.\s*\.\s*\.|…|"
             rf"etc\.?)\s*\+\s*(-?{NB})(?![\d.])")


def _first(text: str) -> str | None:
    if (m := FIRST_N.search(text)) is None:
        return None
    n, parity, what = _n(m.group(1)), (m.group(2) or "").strip(), m.group(3)
    if what.startswith("square"):
        return f"{n}*({n} + 1)*(2*{n} + 1)/6"
    if what.startswith("cube"):
        return f"({n}*({n} + 1)/2)^2"
    return {"odd": f"{n}^2", "even": f"{n}*({n} + 1)"}.get(parity, f"{n}*({n} + 1)/2")


def _range(text: str) -> str | None:
    if (m := RANGE_SUM.search(text)) is None:
        return None
    low, high = int(_n(m.group(3))), int(_n(m.group(4)))
    step = int(m.group("step") or (2 if m.group("kind") else 1))
    if high < low or step < 1:
        return None
    if m.group("kind") == "odd":
        low += 1 - low % 2
    elif m.group("kind") == "even" or m.group("step"):
        low += -low % step
    high -= (high - low) % step
    return _arithmetic(low, high, step)


def _written(text: str) -> str | None:
    if (m := WRITTEN.search(text)) is None:
        return None
    first, second, third, last = (Fraction(_n(g)) if g else None for g in m.groups())
    assert first is not None and second is not None and last is not None
    step = second - first
    if not step or (third is not None and third - second != step):
        return None
    count = (last - first) / step + 1
    if count.denominator != 1 or count < 2:
        return None
    return f"({grouped(first)} + {grouped(last)})*{count}/2"


def _arithmetic(low: int, high: int, step: int) -> str | None:
    if high < low:
        return None
    return f"({low} + {high})*{(high - low) // step + 1}/2"


def grouped(value: Fraction) -> str:
    """A value ready to stand in an expression: 3 or (3/4)."""
    return str(value) if value.denominator == 1 else f"({value})"


def run_sum(text: str) -> str | None:
    """The exact sum a run of numbers in ``text`` comes to, or None."""
    return _first(text) or _range(text) or _written(text) or written_series(text)
