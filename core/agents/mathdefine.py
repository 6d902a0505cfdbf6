"""Small text steps of :mod:`core.agents.mathtext`: a function's definition taken out of a
request, and a matched phrase cut from it."""

from __future__ import annotations

import re

from core.agents.patterns import ci as _c

DEFINITION = _c(r"\b([a-z])\s*\(\s*([a-z])\s*\)\s*=")


def definition(text: str) -> tuple[str, str, str]:
    """"f(x) = x^2 + 1, find f(3)" → the expression stays, the name and variable are noted."""
    match = DEFINITION.search(text)
    if match is None:
        return text, "", ""
    return text[:match.start()] + " " + text[match.end():], match.group(1), match.group(2)


def cut(text: str, match: re.Match[str]) -> str:
    return text[:match.start()] + " ; " + text[match.end():]
