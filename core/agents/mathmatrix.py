"""Linear algebra asked in words: determinants, inverses, eigenvalues and dot products.

Matrices are read the ways people type them: ``[[1, 2], [3, 4]]``, ``[1 2; 3 4]``,
``((1,2),(3,4))``, "rows 1 2 3 / 4 5 6 / 7 8 9", "rows (1, 2) and (3, 4)". Vectors are
two bracketed lists ("(1, 2, 3) and (4, 5, 6)", "<1,2> · <3,4>"). The matrix goes to the
exact matrix tool as ``[[…], […]]``; a dot product is the exact sum of products.
"""

from __future__ import annotations

import re

from core.agents.mathentry import entrywise
from core.agents.mathlinear import linear_ask, told_rows
from core.agents.mathvectors import vector_ask

ENTRY = r"[-+−]?\d+(?:\.\d+)?(?:/\d+)?"
_OPS = (
    ("eigenvalues", re.compile(r"\beigen\s*-?\s*values?\b|\bcharacteristic\s+roots\b", re.I)),
    ("determinant", re.compile(r"\bdet(?:erminant)?\b", re.I)),
    ("inverse", re.compile(r"\binver(?:se|t|ted)\b", re.I)),
    ("dot", re.compile(r"\b(?:dot|scalar|inner)\s+product\b|[\])>]\s*(?:dot(?:ted\s+with)?|·)\s*"
                       r"[\[(<]", re.I)),
)
SIZE = re.compile(r"\b\d+\s*(?:x|×|by)\s*\d+\b", re.I)  # "3x3", "2 by 2"
GROUP = re.compile(r"[\[(<]\s*((?:" + ENTRY + r")(?:\s*[,\s]\s*" + ENTRY + r")*)\s*[\])>]")
ROW_SEP = re.compile(r"\s*(?:/|;|\||\bthen\b|\band\b|\n)\s*", re.I)
NESTED = re.compile(r"[\[(]\s*(?:[\[(][^\[\]()]*[\])]\s*,?\s*){2,}[\])]")
SEMI = re.compile(r"\[([^\[\];]*(?:;[^\[\];]*)+)\]")
MULTIPLY = re.compile(r"\b(?:multiply|multiplied|times|product)\b|[×*·@]|[\])]\s*x\s*[\[(]",
                      re.I)
ROWS = re.compile(r"\b(?:rows?|matrix|of)\b[:\s]*(.*)$", re.I | re.S)


def _entries(text: str) -> list[str]:
    return [e.replace("−", "-").lstrip("+") for e in re.findall(ENTRY, text)]


def _groups(text: str) -> list[list[str]]:
    return [_entries(m.group(1)) for m in GROUP.finditer(text)]


def _rows(text: str) -> list[list[str]] | None:
    """The rows of the one square matrix in ``text``, or None."""
    text = SIZE.sub(" ", text)
    groups = _groups(text)
    if len(groups) < 2 and (inside := re.search(r"\[([^\[\]]*;[^\[\]]*)\]", text)):
        groups = [_entries(row) for row in inside.group(1).split(";")]  # [1 2; 3 4]
    if len(groups) < 2 and (after := ROWS.search(text)) is not None:
        tail = re.split(r"[?!]|\.(?!\d)", after.group(1))[0]
        groups = [_entries(row) for row in ROW_SEP.split(tail) if _entries(row)]
        if len(groups) == 1 and (size := round(len(groups[0]) ** 0.5)) >= 2 and \
                size * size == len(groups[0]):  # the rows' line breaks lost: 9 entries are 3 × 3
            groups = [groups[0][i:i + size] for i in range(0, len(groups[0]), size)]
    if len(groups) < 2 or any(len(row) != len(groups) for row in groups):
        return None
    return groups


def _square(rows: list[list[str]]) -> str:
    return "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"


def _matrices(text: str) -> list[list[list[str]]]:
    """Each 2-D matrix in brackets: ``[[1, 2], [3, 4]]``, ``((1,2),(3,4))``, ``[1 2; 3 4]``."""
    found = [_groups(m.group(0)[1:-1]) for m in NESTED.finditer(text)]
    found += [[_entries(row) for row in m.group(1).split(";")] for m in SEMI.finditer(text)]
    return [rows for rows in found if len(rows) >= 2 and len({len(r) for r in rows}) == 1]


def _product(text: str) -> tuple[str, str] | None:
    """"multiply [[1, 2], [3, 4]] by [[5], [6]]": the matrix product, if the sizes fit."""
    pair = _matrices(text)
    if not MULTIPLY.search(text) or len(pair) != 2 or len(pair[0][0]) != len(pair[1]):
        return None
    return "matmul", f"[{_square(pair[0])}, {_square(pair[1])}]"


CROSS = re.compile(r"\bcross(?:ed)?\s*(?:-\s*)?(?:product|with)\b|\bvector\s+product\b", re.I)
LENGTH = re.compile(r"\b(?:magnitude|norm|modulus|length|how\s+long)\b", re.I)
SQUARED = re.compile(r"(?:\^\s*2|²|\bsquared\b|\bsquare\s+(?:of\s+)?(?:the\s+)?"
                     r"(?:matrix|it|[a-z])\b|"
                     r"\b([a-z])\s*[*×]\s*\1\b|\b([a-z])\s+times\s+\2\b)", re.I)


def _column(vector: list[str]) -> str:
    return "[" + ", ".join(f"[{entry}]" for entry in vector) + "]"


def _vectors(text: str) -> tuple[str, str] | None:
    """A cross product of two 3-vectors (as the product of a skew matrix and a column,
    exactly) or a vector's length: "cross product of (1, 2, 3) and (4, 5, 6)", "how
    long is the vector (2, 10, 9)?", "magnitude of <3, 4>"."""
    if _matrices(text):
        return None
    vectors = _groups(SIZE.sub(" ", text))
    if CROSS.search(text) and len(vectors) == 2 and all(len(v) == 3 for v in vectors):
        (a1, a2, a3), right = vectors
        skew = [["0", f"-({a3})", a2], [a3, "0", f"-({a1})"], [f"-({a2})", a1, "0"]]
        return "matmul", f"[{_square(skew)}, {_column(right)}]"
    if LENGTH.search(text) and re.search(r"\b(?:vectors?|magnitude|norm)\b", text, re.I) and (
            len(vectors) == 1 and len(vectors[0]) >= 2):
        return "evaluate", "sqrt(" + " + ".join(f"({e})^2" for e in vectors[0]) + ")"
    return None


def _with_vector(text: str) -> tuple[str, str] | None:
    """A matrix times a vector ("[[6, 5], [1, 3]] times the vector [-5, 2]") or a matrix
    squared ("A = [[1, 0], [6, 4]], compute A^2")."""
    found = _matrices(text)
    nested = list(NESTED.finditer(text))
    if len(found) != 1 or len(nested) != 1:
        return None
    rows = found[0]
    rest = text[:nested[0].start()] + " " + text[nested[0].end():]
    vectors = _groups(SIZE.sub(" ", rest))
    if MULTIPLY.search(text) and len(vectors) == 1 and len(vectors[0]) == len(rows[0]):
        return "matmul", f"[{_square(rows)}, {_column(vectors[0])}]"
    if not vectors and len(rows) == len(rows[0]) and SQUARED.search(rest):
        return "matmul", f"[{_square(rows)}, {_square(rows)}]"
    return None


def matrix_ask(text: str) -> tuple[str, str] | None:
    """(operation, source) for a linear-algebra request: a matrix operation on
    ``[[…]]`` or "evaluate" on a dot product written out as a sum of products."""
    text = told_rows(text)  # "first row 5 12, second row 9 4"
    if (named := vector_ask(text)) is not None:  # "A = [[…]], B = [[…]]. what's AB?"
        return named
    if (entries := entrywise(text)) is not None:  # "[[1, 2], [3, 4]] + [[5, 6], [7, 8]]"
        return entries
    if (linear := linear_ask(text)) is not None:
        return linear
    if (product := _product(text)) is not None:
        return product
    if (vector := _vectors(text) or _with_vector(text)) is not None:
        return vector
    op = next((name for name, pattern in _OPS if pattern.search(text)), None)
    if op is None:
        return None
    if op == "dot":
        vectors = _groups(SIZE.sub(" ", text))
        if len(vectors) != 2 or len(vectors[0]) != len(vectors[1]) or len(vectors[0]) < 2:
            return None
        return "evaluate", " + ".join(f"({a})*({b})" for a, b in zip(*vectors, strict=True))
    rows = _rows(text)
    if rows is None:
        return None
    return op, _square(rows)
