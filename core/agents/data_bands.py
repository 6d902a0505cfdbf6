"""How many of the values fall in a band the request defines, and what share that is.

"Zone 2 for me is 120-140 bpm inclusive. What percentage of the ride was in zone 2?",
"A is 80 and above, B is 65 to 79 … how many got a B?", "band C means under 40: what share
of the readings are band C?": the band is read from its definition (a span, a floor or a
ceiling) and the values of the list or column counted against it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.agents.data_table import figure as fmt
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

NUMBER = r"-?\d+(?:\.\d+)?"
DEFINED = re.compile(
    r"\b(?P<name>(?i:zone|grade|band|level|tier|group|bucket|category)\s+\w+|[A-Z]\+?)"
    r"(?:\s+(?:for\s+(?:me|us|you)|here|then))?\s*(?:is|=|means|covers|:)\s+"
    r"(?i:(?:anything\s+|any\s+mark\s+|from\s+)?)"
    rf"(?i:(?P<a>{NUMBER})\s*(?:-|–|to|through)\s*(?P<b>{NUMBER})|"
    rf"(?P<up>{NUMBER})\s*(?:\+|and\s+(?:above|over|up(?:wards)?|higher)|or\s+(?:more|above|"
    rf"higher|over))|(?:below|under|less\s+than|lower\s+than)\s+(?P<below>{NUMBER})|"
    rf"(?:above|over|more\s+than|higher\s+than)\s+(?P<above>{NUMBER})|"
    rf"(?P<down>{NUMBER})\s*(?:and\s+(?:below|under|lower)|or\s+(?:less|below|lower|under)))")
ASKED = ci(r"\bhow\s+many\b|\bwhat\s+(?:percent(?:age)?|share|proportion|fraction|part)\b|"
           r"\bwhat\s+%|\b(?:percent(?:age)?|share|proportion)\s+of\b")
SHARE = ci(r"%|\bpercent|\bshare\b|\bproportion\b|\bfraction\b|\bpart\b")


def _percent(part: int, whole: int, request: str) -> str:
    places = places_asked(request)
    value = part / whole * 100
    return fmt(value) if places is None else f"{value:.{places}f}"


def _band(found: re.Match[str]) -> tuple[Callable[[float], bool], str] | None:
    if found.group("a") is not None:
        low, high = sorted((float(found.group("a")), float(found.group("b"))))
        return (lambda v: low <= v <= high), f"{fmt(low)}–{fmt(high)}"
    if (up := found.group("up")) is not None:
        return (lambda v: v >= float(up)), f"{fmt(float(up))} and above"
    if (above := found.group("above")) is not None:
        return (lambda v: v > float(above)), f"above {fmt(float(above))}"
    if (below := found.group("below")) is not None:
        return (lambda v: v < float(below)), f"below {fmt(float(below))}"
    if (down := found.group("down")) is not None:
        return (lambda v: v <= float(down)), f"{fmt(float(down))} and below"
    return None


def band_line(values: list[float], request: str) -> str | None:
    """The count (and share) of the values in the band the question asks about."""
    if len(values) < 2 or (ask := ASKED.search(request)) is None:
        return None
    after = request[ask.end():]
    for found in DEFINED.finditer(request):
        name = found.group("name")
        flags = 0 if len(name.rstrip("+")) == 1 else re.I
        if found.start() >= ask.start() or re.search(
                rf"(?<![\w+]){re.escape(name)}(?![\w+])", after, flags) is None:
            continue
        if (band := _band(found)) is None:
            return None
        k = sum(band[0](v) for v in values)
        share = f", that is **{_percent(k, len(values), request)}%**"
        if SHARE.search(request[ask.start():]):
            return (f"{name} ({band[1]}): **{_percent(k, len(values), request)}%** of the values "
                    f"({k} of {len(values)})")
        return f"{name} ({band[1]}): **{k}** of {len(values)} values{share}"
    return None


__all__ = ["band_line"]
