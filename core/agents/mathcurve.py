"""A polynomial told in words, asked about by what it means.

- when a thrown thing comes back down: "h = 20t - 5t^2 metres, when does it land / hit the
  ground / come back down?" → the later root, in the time unit the text names;
- the average value of a function over an interval: "average value of f(x) = 3x^2 on
  [0, 2]", "mean value of x^3 + 1 between 1 and 3" → the integral over the interval
  divided by its length, exactly.

The text is already expanded and lower-cased. Only a polynomial in one letter is read.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

NUM = r"-?\d+(?:\.\d+)?(?:/\d+)?"
TERM = re.compile(r"([+-]?(?:\d+(?:\.\d+)?(?:/\d+)?)?)\*?(?:([a-z])(?:\^(\d+)|(²|³))?)?")
POLY = (r"[-+]?\s*[\d.]*\s*\*?\s*[a-z]?(?:\s*(?:\^\s*\d+|²|"
        r"³))?(?:\s*[-+]\s*[\d.]*\s*\*?\s*[a-z]?(?:\s*(?:\^\s*\d+|²|³))?)*")
HEIGHT = _c(rf"\b(?:[hyds](?:\s*\(\s*([a-z])\s*\))?|height)\s*=\s*({POLY})")
GROUND = _c(r"\b(?:land|lands|landing|hits?\s+the\s+(?:ground|floor|water)|(?:come|comes|get|"
            r"gets|fall|falls|"
            r"drop|drops)\s+(?:back\s+)?(?:down|to\s+the\s+ground)|back\s+(?:down|"
            r"to\s+the\s+ground|on\s+the\s+"
            r"ground)|reach(?:es)?\s+the\s+ground|ground\s+again|splash\w*|touch(?:es)?\s+down)\b")
WHEN = _c(r"\b(?:when|how\s+long|how\s+many\s+(?:seconds|minutes|s)|after\s+how|"
          r"at\s+what\s+time|what\s+"
          r"time|time)\b")
AVERAGE = _c(rf"\b(?:average|"
             rf"mean)\s+value\s+of\s+(?:the\s+function\s+)?(?:[a-z]\s*\(\s*([a-z])\s*\)\s*=\s*)?"
             rf"({POLY})\s*(?:,\s*)?(?:on|over|across|between|for|"
             rf"from)\s+(?:the\s+)?(?:interval\s+)?"
             rf"(?:[\[(]\s*({NUM})\s*,\s*({NUM})\s*[\])]|({NUM})\s+(?:and|to)\s+({NUM}))")


def _terms(poly: str) -> tuple[str, dict[int, Fraction]] | None:
    """"31t - 5t^2" → ("t", {1: 31, 2: -5}); None if it is not a polynomial in one letter."""
    text = poly.replace(" ", "")
    if not text:
        return None
    letters = set(re.findall(r"[a-z]", text))
    if len(letters) > 1:
        return None
    letter = letters.pop() if letters else "x"
    powers: dict[int, Fraction] = {}
    for part in re.split(r"(?=[+-])", text):
        if not part:
            continue
        term = TERM.fullmatch(part)
        if term is None or (not term.group(2) and term.group(1) in ("", "+", "-")):
            return None
        coefficient = term.group(1)
        value = Fraction(coefficient + "1" if coefficient in ("", "+", "-") else coefficient)
        power = 0 if not term.group(2) else int(term.group(3) or {"²": 2, "³": 3}.get(
            term.group(4) or "", 1))
        powers[power] = powers.get(power, Fraction(0)) + value
    return letter, powers


def _show(value: Fraction) -> str:
    if value.denominator == 1:
        return f"({value.numerator})"
    return f"({value.numerator}/{value.denominator})"


def _lands(text: str) -> Kind | None:
    height = HEIGHT.search(text)
    if height is None or not GROUND.search(text) or not WHEN.search(text):
        return None
    told = _terms(height.group(2))
    if told is None or set(told[1]) - {0, 1, 2} or told[1].get(2, Fraction(0)) >= 0:
        return None
    a, b, c = (told[1].get(k, Fraction(0)) for k in (2, 1, 0))
    unit = next((u for u in ("seconds", "minutes", "hours") if u[:-1] in text), "")
    if unit == "" and re.search(r"\bs\b|\bsec\b", text):
        unit = "seconds"
    return Kind("evaluate", f"(-{_show(b)} - sqrt({_show(b)}^2 - 4*{_show(a)}*{_show(c)}))/"
                f"(2*{_show(a)})", unit=unit, named=f"it lands at {told[0]}")


def _average_value(text: str) -> Kind | None:
    found = AVERAGE.search(text)
    if found is None:
        return None
    told = _terms(found.group(2))
    if told is None:
        return None
    low, high = (found.group(3), found.group(4)) if found.group(3) else (found.group(5),
                                                                          found.group(6))
    a, b = Fraction(low), Fraction(high)
    if a == b:
        return None

    def area(at: Fraction) -> str:
        return " + ".join(f"{_show(c / (k + 1))}*{_show(at)}^{k + 1}"
                          for k, c in sorted(told[1].items()))
    return Kind("evaluate", f"(({area(b)}) - ({area(a)}))/({_show(b)} - {_show(a)})",
                named="average value")


def curve_ask(text: str) -> Kind | None:
    """What a told polynomial is asked for by meaning, or None."""
    return first_found((_lands, _average_value), text)
