"""A count said with what it counts, as the question named it.

"On how many days was it above 30?" → "**4** days out of 12"; "how many readings were high?"
→ "readings"; "how many weeks did I beat the average?" → "weeks"; with no noun ("how many
were over 100?") the things counted are "values".
"""

from __future__ import annotations

import itertools
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
        after = re.findall(r"[a-z][a-z-]*", request[found.end():].lower())[:2]
        if noun.endswith("ly") and after:  # "how many completely dry days"
            noun, after = after[0], after[1:]
        if noun and noun not in NOT_NOUNS:
            if not noun.endswith("s") and after and after[0].endswith("s") and \
                    after[0] not in NOT_NOUNS:
                return f"{noun} {after[0]}"  # "dry days", "late deliveries"
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
    noun = counted_noun(request, default)
    if noun == default == "values":  # "how many are in range?": "2 of the 10 values"
        return f"**{count}** of the {total} values"
    return f"**{count}** {said(count, noun)} out of {total}"





UP = (r"r[io]se|rises|rising|risen|go(?:es)?\s+up|went\s+up|gone\s+up|increas\w*|gr[eo]w\w*|"
      r"climb\w*|improv\w*|gain\w*|higher\s+than\s+(?:the\s+)?[a-z]+\s+"
      r"before|higher\s+than\s+(?:the\s+)?(?:previous|prior|last)\b|"
      r"up\s+on\s+the\s+(?:day|week|month|year)\s+before")
DOWN = (r"f[ae]ll|falls|falling|fallen|go(?:es)?\s+down|went\s+down|gone\s+down|drop\w*|"
        r"decreas\w*|declin\w*|dipp?\w*|shr[ai]nk\w*|lower\s+than\s+(?:the\s+)?[a-z]+\s+"
        r"before|lower\s+than\s+(?:the\s+)?(?:previous|prior|last)\b")
OTHER_WAY = ci(r"\b(?:and|vs\.?|versus|also|plus)\b[^?.]*?\b(?:(?P<up>higher|up|r[io]se|increas\w*|"
               r"gain\w*|climb\w*)|(?P<down>lower|down|f[ae]ll|dropp?\w*|decreas\w*|declin\w*))\b")
NOT_PAST = r"(?!\s+(?:above|over|below|under|past|beyond|to|by|more\s+than|less\s+than)\b)"
STEPS = ci(rf"\b(?:how\s+many|count(?:\s+of)?(?:\s+the)?|number\s+of)\s+"
           rf"(?:[a-z]+\s+){{0,2}}?[a-z]+(?:s|ies)\b[^?.]*?\b(?:(?P<up>{UP})|(?P<down>{DOWN}))"
           rf"\b{NOT_PAST}|\bhow\s+often\b[^?.]*?\b(?:(?P<up2>{UP})|(?P<down2>{DOWN}))\b{NOT_PAST}")


def rises_counted(values: list[float], request: str) -> str | None:
    """"On how many days did the price go up?": the steps up (or down) from one value to the
    next, out of all the steps."""
    found = STEPS.search(request)
    if found is None or len(values) < 3:
        return None
    down = bool(found.group("down") or found.group("down2"))
    steps = [b - a for a, b in itertools.pairwise(values)]
    count = sum(1 for s in steps if (s < 0 if down else s > 0))
    noun = counted_noun(request, "times")
    noun = "times" if noun in ("values", "numbers") else noun
    line = (f"**{count}** {said(count, noun)} out of {len(steps)} "
            f"{'were down' if down else 'were up'} on the one before")
    other = OTHER_WAY.search(request, found.end())
    if other is not None and bool(other.group("up")) == down:  # the other way asked as well
        rest = sum(1 for s in steps if (s > 0 if down else s < 0))
        line += f"; **{rest}** {said(rest, noun)} {'were up' if down else 'were down'}"
    return line
__all__ = ["counted_noun", "out_of", "rises_counted", "said"]
