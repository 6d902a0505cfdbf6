"""Vectors and matrices asked in words, worked out exactly with fractions.

- a unit vector: "unit vector in the direction of (9, 12)", "normalise <3, 4>";
- the angle between two vectors: "angle between (6, 2) and (-1, 7) in degrees";
- matrices named and combined: "A = [[2, 7], [-1, 4]], B = [[7, -5], [2, 7]]. Compute A + 4B",
  "find 2A - B", "what is 3A";
- a matrix equation: "solve [[4, -3], [-1, 6]] [x, y] = [27, -33]", read as its equations;
- a matrix told row by row: "first row 5 12, second row 9 4" → ``[[5, 12], [9, 4]]``.

Results are ``(operation, source)`` pairs as :func:`core.agents.mathmatrix.matrix_ask` gives.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import isqrt

from core.agents.mathvalues import encode

ENTRY = r"[-+−]?\d+(?:\.\d+)?(?:/\d+)?"
VECTOR = re.compile(rf"[\[(<]\s*({ENTRY}(?:\s*,\s*{ENTRY})+)\s*[\])>]")
UNIT = re.compile(r"\bunit\s+vector\b|\bnormali[sz]e\b|\bdirection\s+vector\b", re.I)
ANGLE = re.compile(r"\bangle\s+(?:(?:in\s+(?:degrees|radians)|made|formed)\s+)?"
                   r"(?:between|of|formed\s+by)\b", re.I)
RADIANS = re.compile(r"\bradians?\b", re.I)
NAMED = re.compile(r"\b([a-z])\s*=\s*(\[\s*\[[^=]*?\]\s*\])", re.S)
COMBO = re.compile(r"(?:compute|find|calculate|work\s+out|what\s+is|what's|evaluate|give\s+me|get)"
                   r"\s+((?:[-+]?\s*\d*\s*\*?\s*[a-z](?![a-z])\s*)+)(?=[?.!,]|$)", re.I)
TERM = re.compile(r"([-+]?)\s*(\d*)\s*\*?\s*([a-z])")
SOLVE = re.compile(rf"(\[\s*\[[^=]*?\]\s*\])\s*\*?\s*[\[(]\s*([a-z](?:\s*,\s*[a-z])+)\s*[\])]"
                   rf"\s*=\s*"
                   rf"[\[(]\s*({ENTRY}(?:\s*,\s*{ENTRY})+)\s*[\])]")
ORDINAL_ROW = re.compile(rf"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|top|middle|bottom)\s+row"
                         rf"\s*(?:is|:|=|of)?\s*[\[(]?\s*((?:{ENTRY}(?:\s*,\s*|\s+and\s+|\s+)?)+)",
                         re.I)


def _entries(text: str) -> list[Fraction]:
    return [Fraction(e.replace("−", "-").lstrip("+")) for e in re.findall(ENTRY, text)]


def _matrix(text: str) -> list[list[Fraction]]:
    rows = [_entries(r) for r in re.findall(r"\[([^\[\]]*)\]", text)]
    return rows if rows and len({len(r) for r in rows}) == 1 else []


def _root(value: Fraction) -> Fraction | None:
    top, bottom = isqrt(value.numerator), isqrt(value.denominator)
    return Fraction(top, bottom) if top * top == value.numerator and bottom * bottom == \
        value.denominator else None


def told_rows(text: str) -> str:
    """"first row 5 12, second row 9 4" rewritten as ``[[5, 12], [9, 4]]`` (else unchanged)."""
    rows = [_entries(m.group(1)) for m in ORDINAL_ROW.finditer(text)]
    if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows) != len(rows[0]):
        return text
    found = list(ORDINAL_ROW.finditer(text))
    written = "[" + ", ".join("[" + ", ".join(str(v) for v in r) + "]" for r in rows) + "]"
    return f"{text[:found[0].start()]} {written} {text[found[-1].end():]}"


def _unit(text: str) -> tuple[str, str] | None:
    vectors = [_entries(m.group(1)) for m in VECTOR.finditer(text)]
    if not UNIT.search(text) or len(vectors) != 1:
        return None
    square = sum((v * v for v in vectors[0]), Fraction(0))
    if square == 0:
        return None
    if (norm := _root(square)) is not None:
        shown = ", ".join(str(v / norm) for v in vectors[0])
        decimals = ", ".join(f"{float(v / norm):g}" for v in vectors[0])
        text_ = f"({shown})" + ("" if shown == decimals else f" = ({decimals})")
    else:
        shown = ", ".join(f"{v}/√{square}" for v in vectors[0])
        decimals = ", ".join(f"{float(v) / float(square) ** 0.5:.4f}" for v in vectors[0])
        text_ = f"({shown}) ≈ ({decimals})"
    return "values", encode(("unit vector", f"text:{text_}", ""))


def _angle(text: str) -> tuple[str, str] | None:
    vectors = [_entries(m.group(1)) for m in VECTOR.finditer(text)]
    if not ANGLE.search(text) or len(vectors) != 2 or len(vectors[0]) != len(vectors[1]):
        return None
    a, b = vectors
    dot = sum((x * y for x, y in zip(a, b, strict=True)), Fraction(0))
    lengths = sum((x * x for x in a), Fraction(0)) * sum((y * y for y in b), Fraction(0))
    if lengths == 0:
        return None
    cosine = f"acos(({dot})/sqrt({lengths}))"
    if RADIANS.search(text):
        return "values", encode(("angle", cosine, "radians"))
    return "values", encode(("angle", f"{cosine}*180/pi", "°"))


def _combination(text: str) -> tuple[str, str] | None:
    named = {m.group(1): _matrix(m.group(2)) for m in NAMED.finditer(text)}
    asked = COMBO.search(text[max((m.end() for m in NAMED.finditer(text)), default=0):])
    if not named or asked is None or any(not m for m in named.values()):
        return None
    terms = TERM.findall(asked.group(1))
    if not terms or any(name not in named for _, _, name in terms):
        return None
    size = (len(named[terms[0][2]]), len(named[terms[0][2]][0]))
    total = [[Fraction(0)] * size[1] for _ in range(size[0])]
    for sign, factor, name in terms:
        matrix = named[name]
        if (len(matrix), len(matrix[0])) != size:
            return None
        scale = Fraction(int(factor or 1)) * (-1 if sign == "-" else 1)
        total = [[t + scale * v for t, v in zip(row, mrow, strict=True)]
                 for row, mrow in zip(total, matrix, strict=True)]
    shown = "[" + ", ".join("[" + ", ".join(str(v) for v in row) + "]" for row in total) + "]"
    name = re.sub(r"\s+", " ", asked.group(1)).strip().upper()
    return "values", encode((name, f"text:{shown}", ""))


def _equations(text: str) -> tuple[str, str] | None:
    if (found := SOLVE.search(text)) is None:
        return None
    rows, names, right = _matrix(found.group(1)), re.findall(r"[a-z]", found.group(2)), _entries(
        found.group(3))
    if not rows or len(rows) != len(right) or len(rows[0]) != len(names):
        return None
    equations = [" + ".join(f"({v})*{n}" for v, n in zip(row, names, strict=True)) +
                 f" = {r}" for row, r in zip(rows, right, strict=True)]
    return "solve", "; ".join(equations)


def linear_ask(text: str) -> tuple[str, str] | None:
    """(operation, source) for a vector or named-matrix request, or None."""
    for reader in (_equations, _combination, _unit, _angle):
        if (found := reader(text)) is not None:
            return found
    return None
