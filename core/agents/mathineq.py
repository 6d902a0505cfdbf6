"""Inequalities and absolute values as people type them: "solve 2x + 3 < 11", "for which x
is x^2 > 4?", "3x - 1 ≥ 8", "solve |x - 3| = 5". The relation is kept (a bare ``<`` was
lost and "2x + 3" solved as if it were 0); bars become ``abs(…)``."""

from __future__ import annotations

import re

from core.agents.mathspan import spans
from core.agents.mathwords import rewrite

RELATION = re.compile(r"<=|>=|=<|=>|≤|≥|(?<![<>=])<(?![<=>])|(?<![<>=])>(?![<>=])")
BARS = re.compile(r"\|([^|]{1,80})\|")
ASKED = re.compile(r"\b(?:solve|solving|for\s+(?:which|what)|what\s+values?|which\s+values?|"
                   r"when\s+is|"
                   r"find\s+(?:all\s+)?(?:the\s+)?(?:values?\s+of\s+)?[a-z]\b|range|satisf\w+|"
                   r"holds?|true)\b")
SAME = {"=<": "<=", "=>": ">=", "≤": "<=", "≥": ">="}


def absolute_bars(text: str) -> str:
    """"|x - 3|" → "abs(x - 3)"."""
    return BARS.sub(r"abs(\1)", text)


def inequality(text: str) -> str | None:
    """"2x + 3 < 11" from a clause asking for the values that satisfy it, or None."""
    if not ASKED.search(text):
        return None
    relations = list(RELATION.finditer(text))
    if len(relations) != 1:
        return None
    relation = relations[0]
    operator = SAME.get(relation.group(0), relation.group(0))
    marked = f"{text[:relation.start()]} = {text[relation.end():]}"
    rewritten, _ = rewrite(marked)
    found = [s for s in spans(rewritten, letters_ok=True) if s.equation and s.variables]
    if len(found) != 1 or len(found[0].variables) != 1:
        return None
    left, _, right = found[0].text.partition("=")
    if not left.strip() or not right.strip():
        return None
    return f"{left.strip()} {operator} {right.strip()}"
