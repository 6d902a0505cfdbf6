"""A function defined in the message and later asked about by its bare name.

"f(x) = 2x^3 + 4x^2 + 7. What's f'(1)? And the integral of f from 0 to 4?", "p(x) = x^3 -
8. … then find all roots of p", "g(t) = t^2 - 9; factor g and integrate g from 0 to 3":
after the definition, the bare name stands for the expression, so each later ask is read on
the expression written out and can stand as a part of its own.
"""

from __future__ import annotations

import re

from core.agents.compose_named import DEFINED

NOT_NAMES = frozenset("aeiouxyz")  # "a", "I", "e", a variable: never a function's name
MAX_TEXT = 2000
# "… and a plot of f": the plot readers take the function by its name already
BARE = re.compile(r"(?<![\w'′°.$£€-])(?<!\d\s)[a-z](?![\w'′(^⁻]|\s*[(=^])", re.I)
LETTER = re.compile(r"(?<![a-z])[a-z](?![a-z])", re.I)
DRAWN = re.compile(r"\b(?:plot|graph|draw|sketch|chart)\b(?:\s+[a-z]+){0,2}\s*$", re.I)


def named_written_out(text: str) -> str:
    """The text with each bare use of a defined function's name after its definition
    replaced by the expression in brackets; the text unchanged when nothing is defined."""
    if len(text) > MAX_TEXT or "=" not in text:
        return text
    defined = DEFINED.search(text)
    if defined is None:
        return text
    name, variable = defined.group("f"), defined.group("v")
    expression = defined.group("e").strip()
    if name.lower() in NOT_NAMES or name == variable or variable.lower() not in {
            found.lower() for found in LETTER.findall(expression)}:
        return text  # "p(x) = 5" names no function of x
    head, tail = text[:defined.end()], text[defined.end():]

    def written(found: re.Match[str]) -> str:
        before = tail[max(0, found.start() - 30):found.start()]
        if found.group(0) != name or DRAWN.search(before):
            return found.group(0)
        return f"({expression})"

    out = head + BARE.sub(written, tail)
    return out


__all__ = ["named_written_out"]
