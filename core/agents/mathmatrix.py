"""Linear algebra asked in words: determinants, inverses, eigenvalues and dot products.

Matrices are read the ways people type them: ``[[1, 2], [3, 4]]``, ``[1 2; 3 4]``,
``((1,2),(3,4))``, "rows 1 2 3 / 4 5 6 / 7 8 9", "rows (1, 2) and (3, 4)". Vectors are
two bracketed lists ("(1, 2, 3) and (4, 5, 6)", "<1,2> · <3,4>"). The matrix goes to the
exact matrix tool as ``[[…], […]]``; a dot product is the exact sum of products.
"""

from __future__ import annotations

import re

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


def matrix_ask(text: str) -> tuple[str, str] | None:
    """(operation, source) for a linear-algebra request: a matrix operation on
    ``[[…]]`` or "evaluate" on a dot product written out as a sum of products."""
    if (product := _product(text)) is not None:
        return product
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
