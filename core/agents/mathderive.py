"""Derivatives and integrals asked in words: the expression a calculus keyword applies to,
the variable, the bounds ("from 0 to 4", "dx"), the order ("second derivative", f''(x)) and
the point ("at x = 3", "at (3, 9)"), read into one :class:`MathCall`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.agents.mathcalc import BOUNDS, D_VAR, DX, ORDER, RESPECT, written_bounds
from core.agents.mathcall import MathCall
from core.agents.mathdefine import cut as _cut
from core.agents.mathspan import Span, spans, uses_previous
from core.agents.mathwords import NUM, rewrite
from core.agents.patterns import ci as _c

VAR = r"[b-hj-z]"
SPEED_IN_METRES = _c(r"\bmet(?:re|er)s\b(?=.*\b(?:velocity|how\s+fast|speed)\b)")
AT_POINT = _c(rf"\b(?:at|when|where|for|with|if|given)\s+(?:the\s+point\s+(?:where\s+)?)?"
              rf"({VAR})\s*(?:=|\bis\b|\bequals\b)\s*({NUM})(?![\w(^*.])")
AT_PAIR = _c(rf"\b(?:at|through|where)\s+(?:the\s+)?(?:point\s+)?\(\s*({NUM})\s*,\s*{NUM}\s*\)")


@dataclass(frozen=True, slots=True)
class Found:
    call: MathCall
    asked: bool  # the wording plainly asks for this calculation


def rewritten(text: str, previous: bool, letters: bool = False) -> tuple[list[Span], bool]:
    rewritten, worded = rewrite(text, previous)
    return spans(rewritten, letters_ok=letters), worded


def subject(found: list[Span]) -> Span | None:
    """The span a calculus or algebra keyword applies to: the longest with an unknown or
    an operation; "y = …" and "f(x) = …" give their right-hand side."""
    useful = [s for s in found if s.variables or s.explicit]
    if not useful:
        return None
    return max(useful, key=lambda s: (bool(s.variables), s.tokens))


def rhs(span: Span) -> str:
    left, eq, right = span.text.partition("=")
    return right.strip() if eq and re.fullmatch(r"\s*[a-z]\s*", left) else span.text


def calculus(op: str, text: str, previous: bool, var: str = "", extra: str = "") -> Found | None:
    found, _ = rewritten(text, previous, letters=True)
    span = subject(found)
    if span is None:
        return None
    var = var or respect(text)
    return Found(MathCall(op, rhs(span), var, extra, uses_previous=uses_previous(span)), True)


def respect(text: str) -> str:
    match = RESPECT.search(text) or D_VAR.search(text)
    return "" if match is None else next(g for g in match.groups() if g)


FUNCTION_OF = re.compile(r"\b(ln|log|sqrt)\s+(\d+(?:\.\d+)?)")  # "ln 7" → "ln(7)"


def integral(text: str, previous: bool) -> Found | None:
    bounds = BOUNDS.search(text := written_bounds(text))
    extra = ""
    if bounds is not None:
        low, high = (bounds.group(1), bounds.group(2)) if bounds.group(1) else (
            bounds.group(3), bounds.group(4))
        extra = ",".join(FUNCTION_OF.sub(r"\1(\2)", end).replace(" ", "") for end in (low, high))
        text = _cut(text, bounds)
    var = respect(text)
    dx = DX.search(text)
    if dx is not None and not var:
        var = dx.group(1)
    if dx is not None:
        text = text[:dx.start()] + " " + text[dx.end():]
    return calculus("integral", text, previous, var, extra)


def derivative(text: str, previous: bool, prime: re.Match[str] | None, fvar: str) -> Found | None:
    order_match = ORDER.search(text)
    order = 1
    if order_match is not None:
        word = (order_match.group(1) or order_match.group(2) or "").lower()
        order = 3 if word in ("third", "3rd", "three times") else 2
    at = ""
    if prime is not None:
        order = max(order, prime.group(0).count("'"))
        if re.fullmatch(NUM, prime.group(1)):
            at = prime.group(1)
        text = _cut(text, prime)
    if (point := AT_POINT.search(text)) is not None:
        at, fvar = point.group(2), fvar or point.group(1)
        text = _cut(text, point)
    elif (pair := AT_PAIR.search(text)) is not None:  # "at (3, 9)", "at the point (2, 8)"
        at = pair.group(1)
        text = _cut(text, pair)
    fvar = fvar or respect(text)
    text = D_VAR.sub(" ; ", text)
    found = calculus("derivative", text, previous, fvar)
    if found is None:
        return None
    unit = "m/s" if at and order == 1 and SPEED_IN_METRES.search(text) else ""  # h(t) in metres
    return Found(replace(found.call, order=order, at=at, unit=unit), True)


__all__ = ["AT_POINT", "VAR", "Found", "calculus", "derivative", "integral", "respect",
           "rewritten", "rhs", "subject"]
