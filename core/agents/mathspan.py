"""The longest stretch of a text that the whitelist parser accepts as mathematics.

The text is cut into tokens; English words end a stretch (single letters, known
functions and constants do not), and within each stretch the longest run that
:mod:`core.tools.mathparse` accepts is kept. Nothing here evaluates anything: the
parser's check only reads the syntax tree.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache

from core.tools import mathparse
from core.tools.workers import ToolRefused

MAX_SCAN_TOKENS = 60
TOKEN = re.compile(r"ANS|\d+(?:\.\d+)?|[a-z]+|\*\*|[-+*/^()!%=,\[\]]|\S", re.IGNORECASE)
NAMES = mathparse.FUNCTIONS | mathparse.CONSTANTS | mathparse.GREEK
EXPLICIT = re.compile(r"(?<=[\w)\]])\s*(?:[-+*/^%]|\*\*)\s*(?=-?[\w(\[.])|\b[a-z]{2,}\(",
                      re.IGNORECASE)
STANDALONE_LETTERS = frozenset("ai")
COMMON_WORDS = frozenset("is of to in on at by as or if it be do so no up we the and for per "
                         "its are was has can how why who all any out off not but yet you one "
                         "two her his our use get let may see now new top end way".split())
DUMMY = "(7)"


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int
    tokens: int
    explicit: bool  # written with an operator or a function, not just "5x"
    equation: bool
    variables: frozenset[str]
    oversized: bool = False


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    kind: str


def _kind(token: str) -> str:
    if token == "ANS" or token[0].isdigit():
        return "val"
    if token in ("(", "["):
        return "open"
    if token in (")", "]"):
        return "close"
    if token in ("=", ","):
        return {"=": "eq", ",": "comma"}[token]
    if token in ("+", "-", "*", "/", "^", "**", "%", "!"):
        return "op"
    return "word" if token.isalpha() else "other"


def _tokens(text: str, letters_ok: bool) -> list[_Token]:
    raw = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
    out: list[_Token] = []
    for index, (token, start, end) in enumerate(raw):
        kind = _kind(token)
        if kind == "word":
            kind = _word_kind(token, index, raw, letters_ok)
        out.append(_Token(token, start, end, kind))
    return out


def _word_kind(word: str, index: int, raw: list[tuple[str, int, int]], letters_ok: bool) -> str:
    low = word.lower()
    after = raw[index + 1] if index + 1 < len(raw) else None
    before = raw[index - 1] if index else None
    near = ("val", "op", "open", "close")
    glued = bool((before and before[2] == raw[index][1] and _kind(before[0]) in near)
                 or (after and after[1] == raw[index][2] and _kind(after[0]) in near))
    if low in mathparse.FUNCTIONS:
        return "val" if after and after[0] == "(" else "break"
    if low in NAMES and len(low) > 1:
        return "val"
    if len(low) == 1:
        return "val" if low not in STANDALONE_LETTERS or glued or letters_ok else "break"
    return "val" if len(low) <= 3 and glued and low not in COMMON_WORDS else "break"


def _runs(tokens: list[_Token], text: str) -> list[list[_Token]]:
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    depth = 0
    for token in tokens:
        depth += {"open": 1, "close": -1}.get(token.kind, 0)
        depth = max(depth, 0)
        breaks = token.kind in ("break", "other") or (token.kind == "comma" and depth == 0)
        if current and not breaks and _next_equation(current, token, text):
            runs.append(current)
            current, depth = [], max(0, {"open": 1}.get(token.kind, 0))
        if breaks:
            if current:
                runs.append(current)
            current, depth = [], 0
        else:
            current.append(token)
    if current:
        runs.append(current)
    return runs


def _next_equation(current: list[_Token], token: _Token, text: str) -> bool:
    """Equations one per line, or side by side without a separator ("3x + 5y = 60 x - 4y =
    -31"): a new equation starts after a complete right-hand side, at a line break or a
    space between a number and a letter, when another "=" follows."""
    if not any(t.kind == "eq" for t in current) or current[-1].kind not in ("val", "close"):
        return False
    gap = text[current[-1].end:token.start]
    if "\n" in gap:
        return True
    after = text[token.start:]
    return (gap != "" and current[-1].text[0].isdigit() and token.kind == "val"
            and token.text.isalpha() and "=" in after.split("\n", 1)[0]
            and current[-1] is not current[0])


@lru_cache(maxsize=4096)
def shape(source: str) -> tuple[bool, frozenset[str]] | None:
    """(structural, variables) when the whitelist accepts ``source`` (ANS as a number),
    else None."""
    source = source.replace("ANS", DUMMY)
    try:
        normal = mathparse.normalise(source)
        mathparse.check(normal)
        tree = ast.parse(normal, mode="eval")
    except (ToolRefused, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called}
    structural = any(isinstance(n, (ast.BinOp, ast.Call)) for n in ast.walk(tree))
    return structural, frozenset(names - mathparse.CONSTANTS)


def _describe(text: str, start: int, end: int, tokens: int) -> Span | None:
    source = text[start:end]
    left, eq, right = source.partition("=")
    if eq:
        if "=" in right or not left.strip() or not right.strip():
            return None
        sides = [shape(left), shape(right)]
        if sides[0] is None or sides[1] is None:
            return None
        variables = sides[0][1] | sides[1][1]
        explicit = bool(EXPLICIT.search(source.replace("=", " ")))
        return Span(" ".join(source.split()), start, end, tokens, explicit, True, variables)
    found = shape(source)
    if found is None:
        return None
    explicit = found[0] and bool(EXPLICIT.search(source))
    return Span(" ".join(source.split()), start, end, tokens, explicit, False, found[1])


STARTS = ("val", "open", "op")
ENDS = ("val", "close", "op")


def _best_in_run(text: str, run: list[_Token]) -> list[Span]:
    if len(run) > MAX_SCAN_TOKENS:
        return [Span(text[run[0].start:run[-1].end], run[0].start, run[-1].end, len(run),
                     True, "=" in text[run[0].start:run[-1].end], frozenset(), True)]
    found: list[Span] = []
    covered = -1
    for i, first in enumerate(run):
        if first.kind not in STARTS or (first.kind == "op" and first.text not in "+-"):
            continue
        if first.start < covered:
            continue
        for j in range(len(run), i, -1):
            last = run[j - 1]
            if last.kind not in ENDS or (last.kind == "op" and last.text != "!"):
                continue
            span = _describe(text, first.start, last.end, j - i)
            if span is not None:
                found.append(span)
                covered = last.end
                break
    return found


def spans(text: str, letters_ok: bool = False) -> list[Span]:
    """Every maximal stretch of ``text`` the parser accepts, left to right."""
    out: list[Span] = []
    for run in _runs(_tokens(text, letters_ok), text):
        out.extend(_best_in_run(text, run))
    return out


def uses_previous(span: Span) -> bool:
    """True when ``ANS`` is an operand of a written operation in the span."""
    return bool(re.search(r"(?:[-+*/^%(]|\*\*)\s*\(?\s*ANS\b|\bANS\s*\)?\s*(?:[-+*/^%)]|\*\*)",
                          span.text))
