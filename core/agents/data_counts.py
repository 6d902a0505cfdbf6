"""A count said with what it counts, as the question named it.

"On how many days was it above 30?" → "**4** days out of 12"; "how many readings were high?"
→ "readings"; "how many weeks did I beat the average?" → "weeks"; with no noun ("how many
were over 100?") the things counted are "values".
"""

from __future__ import annotations

import re

from core.agents.patterns import ci

COUNTED = ci(r"\bhow\s+many\s+(?:(?:different|distinct|unique|separate|individual|more|of\s+"
             r"(?:the|my|these|those|them))\s+)?(?P<n>[a-z][a-z-]+)\b|\bnumber\s+of\s+"
             r"(?P<m>[a-z][a-z-]+)\b|\bcount\s+(?:the|how\s+many|up\s+the)\s+(?P<c>[a-z][a-z-]+)\b")
NOT_NOUNS = frozenset(
    "were was are is did do does had have has of the my these those them i we you it they "
    "there in on at above over below under more less times than".split())


def counted_noun(request: str, default: str = "values") -> str:
    """The plural noun a "how many …" question counts, or the default."""
    for found in COUNTED.finditer(request):
        noun = (found.group("n") or found.group("m") or found.group("c") or "").lower()
        if noun and noun not in NOT_NOUNS:
            return noun
    if re.search(r"\bhow\s+many\s+times\b", request, re.I):
        return "times"
    return default


def said(count: int, noun: str) -> str:
    """"1 day", "4 days": the noun made singular for one (a plain -s plural only)."""
    if count == 1 and noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
    return noun


def out_of(count: int, total: int, request: str, default: str = "values") -> str:
    """"**4** days out of 12": the count first, bold, with what was counted, then the whole."""
    return f"**{count}** {said(count, counted_noun(request, default))} out of {total}"


__all__ = ["counted_noun", "out_of", "said"]
