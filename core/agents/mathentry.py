"""Matrices and vectors worked entry by entry, and a matrix equation as its equations.

- a sum or difference: "[[1, 2], [3, 4]] + [[5, 6], [7, 8]]", "subtract (1, 2) from (5, 5)",
  "add the vectors <1, 2, 3> and <4, 5, 6>", "A - B where A = … and B = …";
- a multiple: "3 times the matrix [[1, 2], [3, 4]]", "-2 × (1, 4)", "double [[1, 0], [2, 2]]";
- "solve A·v = b (or Ax = b) with A = [[3, 4], [3, 1]] and b = (-38, -14)" → the equations
  3x + 4y = -38, 3x + y = -14, solved exactly.

The text is already expanded and lower-cased. Entries are exact (fractions allowed); the
answer keeps the shape it was asked in: a matrix as ``[[…], […]]``, a vector as ``(…)``.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.base import AgentResult

ENTRY = r"[-+−]?\d+(?:\.\d+)?(?:/\d+)?"
ROW = rf"[\[(<]\s*{ENTRY}(?:\s*,\s*{ENTRY})+\s*[\])>](?!\s*[\^²³])"
MATRIX = rf"[\[(]\s*{ROW}(?:\s*,\s*{ROW})+\s*[\])]"
THING = re.compile(rf"{MATRIX}|{ROW}")
SCALAR = {"double": "2", "twice": "2", "triple": "3", "treble": "3", "halve": "1/2", "half": "1/2"}
TIMES = re.compile(rf"(?<![\w.\])])({ENTRY})\s*(?:\*|×|x|times|multiplied\s+by|·)\s*(?:the\s+)?"
                   rf"(?:matrix\s+|vector\s+)?(?=[\[(<])|\b(double|twice|triple|treble|halve|half)\s+"
                   rf"(?:of\s+)?(?:the\s+)?(?:matrix\s+|vector\s+)?(?=[\[(<])|"
                   rf"(?:multiply|scale)\s+(?:the\s+)?(?:matrix\s+|vector\s+)?(?P<m>{MATRIX}|{ROW})\s+"
                   rf"by\s+(?P<k>{ENTRY})(?![\w\[(<])")
SUBTRACT = re.compile(r"\bsubtract\b|\btake\s+away\b|\bminus\b|(?<=[\])>])\s*[-−]\s*(?=[\[(<])|"
                      r"\bdifference\b", re.I)
ADD = re.compile(r"\badd\b|\bsum\b|\bplus\b|(?<=[\])>])\s*\+\s*(?=[\[(<])|\btogether\b", re.I)
SOLVE = re.compile(r"\bsolve\b|\bfind\s+(?:x|v|the\s+vector)\b|\bgive\s+x\b", re.I)
NAMES = ("x", "y", "z", "w")


def _parse(thing: str) -> list[list[Fraction]]:
    rows = re.findall(rf"[\[(<]\s*({ENTRY}(?:\s*,\s*{ENTRY})*)\s*[\])>]", thing)
    return [[Fraction(e.replace("−", "-").lstrip("+")) for e in re.split(r"\s*,\s*", r)]
            for r in rows]


def _shape(thing: str) -> str:
    return "vector" if re.fullmatch(ROW, thing) else "matrix"


def entrywise(text: str) -> tuple[str, str] | None:
    """("entrywise", "op|kind|a|b") for a sum, difference or multiple, or ("solve", equations)
    for a matrix equation; None otherwise."""
    things = [m.group(0) for m in THING.finditer(text)]
    if not things or len(things) > 2:
        return None
    if len(things) == 2 and (solved := _system(text, things)) is not None:
        return solved
    kinds = {_shape(t) for t in things}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    if len(things) == 1 and (scaled := TIMES.search(text)) is not None:
        k = scaled.group("k") or SCALAR.get(scaled.group(2) or "", scaled.group(1))
        return "entrywise", f"times|{kind}|{k}|{things[0]}"
    if len(things) != 2:
        return None
    first, second = (_parse(t) for t in things)
    if [len(r) for r in first] != [len(r) for r in second]:
        return None
    between = text[text.find(things[0]) + len(things[0]):text.rfind(things[1])]
    if re.search(r"\b(?:subtract|take|deduct|remove)\b", text) and re.search(r"\bfrom\b", between):
        return "entrywise", f"minus|{kind}|{things[1]}|{things[0]}"  # "subtract a from b"
    if SUBTRACT.search(text):
        return "entrywise", f"minus|{kind}|{things[0]}|{things[1]}"
    if ADD.search(text):
        return "entrywise", f"plus|{kind}|{things[0]}|{things[1]}"
    return None


def _system(text: str, things: list[str]) -> tuple[str, str] | None:
    if not SOLVE.search(text) or not re.search(r"=\s*b\b|[a-z]\s*[·*]?\s*[xv]\s*=", text):
        return None
    matrix, vector = _parse(things[0]), _parse(things[1])
    if _shape(things[0]) != "matrix" or _shape(things[1]) != "vector":
        return None
    values = vector[0]
    size = len(matrix)
    if size > len(NAMES) or any(len(r) != size for r in matrix) or len(values) != size:
        return None
    equations = [" + ".join(f"({a})*{NAMES[i]}" for i, a in enumerate(row))
                 + f" = {b}" for row, b in zip(matrix, values, strict=True)]
    return "solve", ", ".join(equations)


def entrywise_result(spec: str) -> AgentResult:
    """The worked sum, difference or multiple ``spec`` from :func:`entrywise` names."""
    op, kind, left, right = spec.split("|")
    if op == "times":
        k = Fraction(left)
        rows = [[k * e for e in row] for row in _parse(right)]
        told = f"{left} × {right}"
    else:
        a, b = _parse(left), _parse(right)
        sign = 1 if op == "plus" else -1
        rows = [[x + sign * y for x, y in zip(r, s, strict=True)]
                for r, s in zip(a, b, strict=True)]
        told = f"{left} {'+' if op == 'plus' else '−'} {right}"
    if kind == "vector":
        shown = "(" + ", ".join(str(e) for e in rows[0]) + ")"
    else:
        shown = "[" + ", ".join("[" + ", ".join(str(e) for e in r) + "]" for r in rows) + "]"
    return AgentResult(ok=True, text=f"**{shown}**", basis=f"Worked `{told}` entry by entry")
