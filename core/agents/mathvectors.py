"""Vectors and matrices named by letters or asked by a word, worked out exactly.

- the trace of a square matrix: "trace of [[1, 2], [3, 4]]", "sum of the diagonal of …";
- a product of named matrices: "A = [[…]], B = [[…]]. what's AB?", "find B times A";
- a system told as a matrix and a vector: "solve Ax = b with A = [[…]] and b = [1, 2]";
- a cross product of named 3-vectors: "u = [2, -1, 2], v = [-2, 3, 2]. compute u × v";
- a projection: "scalar projection of (-6, 3) onto (1, 7)", "project a onto b".

Results are ``(operation, source)`` pairs as :func:`core.agents.mathmatrix.matrix_ask` gives.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathlinear import _entries
from core.agents.mathvalues import encode

ENTRY = r"[-+−]?\d+(?:\.\d+)?(?:/\d+)?"
LIST = rf"[\[(<]\s*{ENTRY}(?:\s*,\s*{ENTRY})+\s*[\])>]"
MATRIX = rf"[\[(]\s*{LIST}(?:\s*,?\s*{LIST})+\s*[\])]"
NAMED_MATRIX = re.compile(rf"\b([a-z])\s*(?:=|is|:)\s*({MATRIX})", re.I)
NAMED_VECTOR = re.compile(rf"\b([a-z])\s*(?:=|is|:)\s*({LIST})(?!\s*,?\s*[\[(<])", re.I)
TRACE = re.compile(r"\btrace\b|\bsum\s+of\s+(?:the\s+)?(?:main\s+|leading\s+)?diagonal\b", re.I)
ASK = r"(?:compute|find|calculate|work\s+out|what\s+is|what's|evaluate|give\s+me|get|determine|=)"
PRODUCT = re.compile(rf"{ASK}\s+(?:the\s+(?:matrix\s+)?product\s+)?([a-z])\s*(?:\*|×|·|@|times|"
                     rf"multiplied\s+by)?\s*([a-z])\b(?!\s*[=(\[])", re.I)
CROSS = re.compile(r"\b([a-z])\s*(?:×|\bx\b|\bcross\b)\s*([a-z])\b|\bcross\s+product\s+(?:of\s+)?"
                   r"([a-z])\s+(?:and|with)\s+([a-z])\b", re.I)
SYSTEM = re.compile(r"\b([a-z])\s*\*?\s*([a-z])\s*=\s*([a-z])\b", re.I)
PROJECT = re.compile(r"\b(scalar\s+|vector\s+)?(?:projection|component)\s+of\b|\bproject\b", re.I)
ONTO = re.compile(rf"({LIST})\s+(?:onto|on|along|in\s+the\s+direction\s+of)\s+(?:the\s+vector\s+)?"
                  rf"({LIST})", re.I)


def _rows(text: str) -> list[list[Fraction]]:
    rows = [_entries(r) for r in re.findall(r"[\[(<]([^\[\]()<>]*)[\])>]", text)]
    return rows if rows and len({len(r) for r in rows}) == 1 else []


def _shown(rows: list[list[Fraction]]) -> str:
    return "[" + ", ".join("[" + ", ".join(str(v) for v in row) + "]" for row in rows) + "]"


def _tuple(values: list[Fraction]) -> str:
    return "(" + ", ".join(str(v) for v in values) + ")"


def _trace(text: str) -> tuple[str, str] | None:
    matrices = [_rows(m.group(0)) for m in re.finditer(MATRIX, text)]
    if not TRACE.search(text) or len(matrices) != 1 or len(matrices[0]) != len(matrices[0][0]):
        return None
    rows = matrices[0]
    return "values", encode(("trace", f"text:{sum(rows[i][i] for i in range(len(rows)))}", ""))


def _product(text: str) -> tuple[str, str] | None:
    named = {m.group(1).lower(): _rows(m.group(2)) for m in NAMED_MATRIX.finditer(text)}
    last = max((m.end() for m in NAMED_MATRIX.finditer(text)), default=0)
    asked = PRODUCT.search(text[last:])
    if len(named) < 2 or asked is None:
        return None
    left, right = named.get(asked.group(1).lower()), named.get(asked.group(2).lower())
    if not left or not right or len(left[0]) != len(right):
        return None
    product = [[sum((row[k] * right[k][j] for k in range(len(right))), Fraction(0))
                for j in range(len(right[0]))] for row in left]
    name = (asked.group(1) + asked.group(2)).upper()
    return "values", encode((name, f"text:{_shown(product)}", ""))


def _solved(rows: list[list[Fraction]], right: list[Fraction]) -> list[Fraction] | None:
    """The one solution of rows · x = right (Gauss–Jordan, exact), or None."""
    size = len(rows)
    grid = [[*row, value] for row, value in zip(rows, right, strict=True)]
    for col in range(size):
        pivot = next((r for r in range(col, size) if grid[r][col] != 0), None)
        if pivot is None:
            return None
        grid[col], grid[pivot] = grid[pivot], grid[col]
        grid[col] = [v / grid[col][col] for v in grid[col]]
        for r in range(size):
            if r != col and grid[r][col] != 0:
                grid[r] = [a - grid[r][col] * b for a, b in zip(grid[r], grid[col], strict=True)]
    return [grid[r][size] for r in range(size)]


def _system(text: str) -> tuple[str, str] | None:
    if (asked := SYSTEM.search(text)) is None:
        return None
    matrices = {m.group(1).lower(): _rows(m.group(2)) for m in NAMED_MATRIX.finditer(text)}
    vectors = {m.group(1).lower(): _entries(m.group(2)) for m in NAMED_VECTOR.finditer(text)}
    rows, right = matrices.get(asked.group(1).lower()), vectors.get(asked.group(3).lower())
    if not rows or not right or len(rows) != len(rows[0]) or len(rows) != len(right):
        return None
    if (found := _solved(rows, right)) is None:
        return None
    return "values", encode((asked.group(2), f"text:{_tuple(found)}", ""))


def _cross(text: str) -> tuple[str, str] | None:
    vectors = {m.group(1).lower(): _entries(m.group(2)) for m in NAMED_VECTOR.finditer(text)}
    last = max((m.end() for m in NAMED_VECTOR.finditer(text)), default=0)
    if len(vectors) < 2 or (asked := CROSS.search(text[last:])) is None:
        return None
    names = [g.lower() for g in asked.groups() if g]
    a, b = vectors.get(names[0]), vectors.get(names[1])
    if not a or not b or len(a) != 3 or len(b) != 3:
        return None
    value = [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
    return "values", encode((f"{names[0]} × {names[1]}", f"text:{_tuple(value)}", ""))


def _projection(text: str) -> tuple[str, str] | None:
    if (kind := PROJECT.search(text)) is None or (pair := ONTO.search(text)) is None:
        return None
    a, b = _entries(pair.group(1)), _entries(pair.group(2))
    if len(a) != len(b):
        return None
    dot = sum((x * y for x, y in zip(a, b, strict=True)), Fraction(0))
    square = sum((y * y for y in b), Fraction(0))
    if square == 0:
        return None
    if (kind.group(1) or "").strip().lower() == "scalar" or "component" in kind.group(0).lower():
        return "values", encode(("scalar projection", f"({dot})/sqrt({square})", ""))
    return "values", encode(("vector projection", f"text:{_tuple([dot / square * y for y in b])}",
                             ""))


COMBO_TERM = rf"(?:([-+]?\s*\d+(?:\.\d+)?(?:/\d+)?)\s*[*·×]?\s*)?({LIST})"
COMBINATION = re.compile(rf"^\s*(?:(?:what\s+is|compute|calculate|find|work\s+out|evaluate)\s+)?"
                         rf"{COMBO_TERM}(?:\s*[-+]\s*{COMBO_TERM})+\s*(?:=\s*\??)?\s*\??\s*$", re.I)
COMBO_PART = re.compile(rf"([-+])?\s*{COMBO_TERM}")


def _combination(text: str) -> tuple[str, str] | None:
    """"(-2, -1, 6) + 5*(0, 8, 6)" → (-2, 39, 36): vectors scaled and added entry by entry."""
    scales = [scale for _, scale, _ in COMBO_PART.findall(text)]
    if COMBINATION.match(text) is None or not any(scales):
        return None  # plain sums are read entry by entry (core.agents.mathentry)
    total: list[Fraction] = []
    for sign, scale, vector in COMBO_PART.findall(text):
        values = _entries(vector)
        factor = Fraction(scale.replace(" ", "")) if scale else Fraction(1)
        factor = -factor if sign == "-" else factor
        if total and len(values) != len(total):
            return None
        total = [a + factor * b for a, b in zip(total or [Fraction(0)] * len(values), values,
                                                 strict=True)]
    written = re.sub(r"^\s*(?:what\s+is|compute|calculate|find|work\s+out|evaluate)\s+|\s*(?:=\s*)?"
                     r"\??\s*$", "", text, flags=re.I)
    return "values", encode((f"{written} =", f"text:{_tuple(total)}", ""))


def vector_ask(text: str) -> tuple[str, str] | None:
    """(operation, source) for a trace, a named product, a matrix system, a cross product of
    named vectors or a projection, or None."""
    for reader in (_combination, _system, _trace, _product, _cross, _projection):
        if (found := reader(text)) is not None:
            return found
    return None
