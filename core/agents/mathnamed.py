"""Algebra asked by its name rather than written out as a calculation.

- completing the square: "complete the square for x^2 - 16x + 75", "write x^2 + 6x + 2 in
  vertex form", "x^2 + 4x + 1 in the form (x + a)^2 + b";
- the remainder theorem: "the remainder when x^3 - 2x + 1 is divided by x - 3", "divide
  x^2 + 5x + 7 by (x + 2): what is left over?";
- an inverse function's value: "f(x) = 3x + 1, what is f^-1(37)?", "the inverse of f at 10";
- the slope (and intercepts) of a line written ax + by = c: "slope of 2x + 3y = 6",
  "gradient of the line 4x - y = 7", "where does 2x + 5y = 10 cross the y-axis?".

The text is already expanded and lower-cased. Each reader needs its kind's words, so a
sentence that only mentions a polynomial stays with the general reader.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathspan import spans
from core.agents.mathvalues import encode
from core.agents.mathwords import rewrite
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found

COMPLETE = _c(r"\bcomplet\w*\s+(?:the\s+)?squares?\b|\bvertex\s+form\b|\bin\s+the\s+form\s+"
              r"\(?\s*x\s*[-+]\s*[a-z]\s*\)?\s*(?:\^\s*2|²|squared)")
REMAINDER = _c(r"\bremainders?\b|\bleft\s+over\b|\bwhat\s+(?:is|remains)\s+left\b")
DIVISOR = _c(r"\b(?:divided|divide|dividing|division)\b.*?(?P<by>\bby\s+\(?\s*(?P<a>\d*)\s*"
             r"\*?\s*x\s*(?P<s>[-+])\s*(?P<b>\d+(?:\.\d+)?)\s*\)?)|[÷/]\s*\(\s*(?P<a2>\d*)\s*\*?\s*x\s*"
             r"(?P<s2>[-+])\s*(?P<b2>\d+(?:\.\d+)?)\s*\)")
DEFINED = _c(r"\b([a-z])\s*\(\s*x\s*\)\s*=\s*([^,;?]+?)(?=\s*(?:[,;?]|\band\b|\bwhat\b|\bfind\b|"
             r"\bthen\b|\.\s|$))")
INVERSE_AT = (r"\b{f}\s*(?:\^\s*\(?\s*-\s*1\s*\)?|⁻¹|\s+inverse|-1)\s*\(\s*(-?\d+(?:\.\d+)?)\s*\)|"
              r"\binverse\s+(?:function\s+)?(?:of\s+)?{f}\b[^.?!\d-]{{0,20}}?(?:at|of|for|when\s+"
              r"(?:the\s+)?(?:input|value)\s+is)\s+(-?\d+(?:\.\d+)?)|\b{f}\s*(?:\^\s*\(?\s*-\s*1\s*\)?|"
              r"⁻¹|\s+inverse|-1)\s+(?:of|at|for)\s+(-?\d+(?:\.\d+)?)|\b(?:x|input|value)\b[^.?!]{{0,25}}?"
              r"\b(?:with|where|so\s+that|such\s+that|when|if|makes?|gives?)\s+{f}\s*\(\s*x\s*\)\s*"
              r"(?:=|equals|is)\s*(-?\d+(?:\.\d+)?)")
SLOPE = _c(r"\b(?:slope|gradient|steepness)\b")
INTERCEPT = _c(r"\b(?:(?P<y>y)|(?P<x>x))[- ]intercept\b|\bcross(?:es)?\s+the\s+(?P<ax>[xy])[- ]?"
               r"axis\b|\bmeets?\s+the\s+(?P<ax2>[xy])[- ]?axis\b")
TERM = re.compile(r"([+-]?)(\d+(?:\.\d+)?(?:/\d+)?)?(?:([a-z])(?:\^(\d+))?)?")


def polynomial(text: str, variable: str = "x") -> dict[int, Fraction] | None:
    """"x^2 - 16*x + 75" → {2: 1, 1: -16, 0: 75}; None for anything that is not a plain
    sum of powers of ``variable``."""
    flat = text.replace(" ", "").replace("**", "^").replace("*", "")
    if flat.startswith("(") and flat.endswith(")") and flat.count("(") == 1:
        flat = flat[1:-1]  # "(x^3 + 4)"
    if not flat or not re.fullmatch(r"[-+\d./a-z^]+", flat):
        return None
    found: dict[int, Fraction] = {}
    position = 0
    while position < len(flat):
        match = TERM.match(flat, position)
        if match is None or match.end() == position or (match.group(3) not in (None, variable)):
            return None
        sign, number, letter, power = match.groups()
        if number is None and letter is None:
            return None
        degree = 0 if letter is None else int(power or 1)
        value = Fraction(number or 1) * (-1 if sign == "-" else 1)
        found[degree] = found.get(degree, Fraction(0)) + value
        position = match.end()
        if position < len(flat) and flat[position] not in "+-":
            return None
    return found


def _shown(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value}"


def _written(found: dict[int, Fraction]) -> str:
    """{2: 1, 1: -16, 0: 75} → "x^2 - 16x + 75"."""
    parts = []
    for degree in sorted(found, reverse=True):
        value = found[degree]
        if not value:
            continue
        size = abs(value)
        number = "" if size == 1 and degree else _shown(size)
        letter = "" if not degree else "x" if degree == 1 else f"x^{degree}"
        parts.append(("- " if value < 0 else "+ ") + number + letter)
    text = " ".join(parts).removeprefix("+ ")
    return "-" + text[2:] if text.startswith("- ") else text or "0"


def _polynomials(text: str) -> list[tuple[str, dict[int, Fraction]]]:
    """Each written polynomial in x in ``text``, longest first, with its coefficients."""
    rewritten, _ = rewrite(text, False)
    found = []
    for span in spans(rewritten, letters_ok=True):
        side = span.text.partition("=")[2] if re.match(
            r"\s*(?:[a-z]\s*)?(?:\(\s*x\s*\)\s*)?=", span.text) else span.text
        if (terms := polynomial(side)) is not None and max(terms) >= 1:
            found.append((side.strip(), terms))
    return sorted(found, key=lambda pair: -len(pair[0]))


def _complete_square(text: str) -> Kind | None:
    if not COMPLETE.search(text):
        return None
    for _, terms in _polynomials(text):
        if max(terms) != 2 or not terms.get(2):
            continue
        a, b, c = terms[2], terms.get(1, Fraction(0)), terms.get(0, Fraction(0))
        shift, rest = b / (2 * a), c - b * b / (4 * a)
        inner = "x" if not shift else f"x {'-' if shift < 0 else '+'} {_shown(abs(shift))}"
        lead = "" if a == 1 else "-" if a == -1 else f"{_shown(a)}*"
        tail = "" if not rest else f" {'-' if rest < 0 else '+'} {_shown(abs(rest))}"
        return Kind("form", f"{lead}({inner})^2{tail}", named=_written(terms))
    return None


def _remainder(text: str) -> Kind | None:
    if not REMAINDER.search(text) or (divisor := DIVISOR.search(text)) is None:
        return None
    a = divisor.group("a") if divisor.group("s") else divisor.group("a2")
    sign = divisor.group("s") or divisor.group("s2")
    b = Fraction(divisor.group("b") or divisor.group("b2"))
    root = (b if sign == "-" else -b) / Fraction(a or 1)
    start = divisor.start("by") if divisor.group("by") else divisor.start()
    dividends = [(t, p) for t, p in _polynomials(text[:start] + " ; " + text[divisor.end():])
                 if max(p) >= 1]
    if not dividends:
        return None
    shown, _ = dividends[0]
    return Kind("evaluate", re.sub(r"(?<![a-z])x(?![a-z])", f"({_shown(root)})", shown),
                named="remainder")


def _inverse_value(text: str) -> Kind | None:
    if (defined := DEFINED.search(text)) is None:
        return None
    name = defined.group(1)
    asked = re.search(INVERSE_AT.format(f=re.escape(name)), text)
    if asked is None:
        return None
    value = asked.group(1) or asked.group(2) or asked.group(3) or asked.group(4)
    rewritten, _ = rewrite(defined.group(2), False)
    found = [s for s in spans(rewritten, letters_ok=True) if s.variables == frozenset("x")]
    if not found:
        return None
    body = max(found, key=lambda s: s.tokens).text
    return Kind("solve", f"{body} = {value}", variable="x")


LINEAR = re.compile(r"([-+\d./xy\s*]+?)=([-+\d./xy\s*]+?)(?=[,;?!]|\s+[a-z]{2,}|$)")
LINEAR_TERM = re.compile(r"([+-]?)(\d+(?:\.\d+)?(?:/\d+)?)?([xy])?")


def _linear(side: str) -> dict[str, Fraction] | None:
    """"3x+4y-12" → {"x": 3, "y": 4, "": -12}; None for anything else."""
    flat = side.replace(" ", "").replace("*", "")
    found: dict[str, Fraction] = {}
    position = 0
    while position < len(flat):
        match = LINEAR_TERM.match(flat, position)
        if match is None or match.end() == position or not (match[2] or match[3]):
            return None
        letter = match[3] or ""
        found[letter] = found.get(letter, Fraction(0)) + Fraction(match[2] or 1) * (
            -1 if match[1] == "-" else 1)
        position = match.end()
    return found


def _line(text: str) -> Kind | None:
    """The slope or an intercept of a line written a·x + b·y = c in any arrangement."""
    slope, crossing = SLOPE.search(text), INTERCEPT.search(text)
    if slope is None and crossing is None:
        return None
    for match in LINEAR.finditer(text):
        left, right = _linear(match[1]), _linear(match[2])
        if left is None or right is None:
            continue
        a, b, c = (left.get(k, Fraction(0)) - right.get(k, Fraction(0)) for k in ("x", "y", ""))
        if not b or "y" not in match[0] or "x" not in match[0] or match[1].strip() == "y":
            continue
        if slope is not None:
            return Kind("evaluate", f"{_shown(-a / b)}", named="slope")
        if crossing is None:
            return None
        axis = next(g for g in (crossing["y"], crossing["x"], crossing["ax"], crossing["ax2"]) if g)
        if axis == "x":  # "x = 2, the point (2, 0)": both ways people give a crossing
            at = _shown(-c / a) if a else ""
            return Kind("values", encode(("x-intercept", f"text:x = {at}, the point ({at}, 0)",
                                          ""))) if a else None
        at = _shown(-c / b)
        return Kind("values", encode(("y-intercept", f"text:y = {at}, the point (0, {at})", "")))
    return None


READERS = (_complete_square, _remainder, _inverse_value, _line)


def named_algebra(text: str) -> Kind | None:
    """The calculation an algebra ask by name comes to, or None."""
    return first_found(READERS, text)
