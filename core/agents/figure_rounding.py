"""The rounding a question asks for, applied to the figures a calculation shows.

Whatever reader worked the figure out, the question's own words about precision are honoured
at the end: "whole number", "(round)", "round to whole", "nearest kcal", "to the nearest
gram", "no decimals" → 0 places; "1 dp", "one decimal", "2 decimals", "to 3 decimal places",
"round to a tenth" → that many; "to the cent" → 2. A figure already shown to that precision
stays as it is; a figure shown with more places is rounded half up (from the exact value the
reader carried when the shown one is that value rounded), with the unrounded figure kept in
brackets. Requests that round up or down ("round up", "whole bags") are left to their readers
(a count rounded up is not a rounding to the nearest), and so is a "nearest minute" or
"nearest inch", which rounds a part of a mixed figure (1 h 4 min, 5 ft 7 in).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.agents.base import AgentResult
from core.agents.rounding_asked import rounded_figure

WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a single": 1,
         "tenth": 1, "hundredth": 2, "thousandth": 3}
_NUM = r"(?P<n>\d|one|two|three|four|five|a\s+single)"  # "as a decimal" asks no places
PLACES = re.compile(
    rf"\b{_NUM}\s*-?\s*(?:decimal(?:\s+places?|s)?|dp|d\.p\.?|places?\s+of\s+decimals?)(?![a-z])|"
    r"\b(?:to|at)\s+(?P<m>\d)\s+places\b|"
    r"\b(?:round(?:ed)?\s+to|to|nearest)\s+(?:a|the|one)?\s*(?:nearest\s+)?"
    r"(?P<part>tenth|hundredth|thousandth)s?\b", re.I)
CENTS = re.compile(r"\b(?:to\s+the|nearest)\s+(?:cent|penny)\b|\bround(?:ed)?\s+to\s+(?:the\s+)?"
                   r"cents?\b", re.I)
WHOLE = re.compile(
    r"\bwhole\s+numbers?\b|\bround(?:ed)?\s+(?:it\s+|that\s+|off\s+)?to\s+(?:a\s+|the\s+)?"
    r"(?:nearest\s+)?(?:whole|integer)\b|\bnearest\s+(?:whole|integer)\b|\bno\s+decimals?\b|"
    r"\(\s*round(?:ed)?\s*\)|\bround(?:ed)?\s*(?:it|that|off)?\s*(?:[?.!)]|$)|"
    r"\bnearest\s+(?!(?:whole|integer|tenth|hundredth|thousandth|cent|penny|pence|decimal)"
    r"\b)(?P<unit>[a-z%²³]+)", re.I)
UPDOWN = re.compile(r"\bround(?:ed|ing)?\s+(?:it\s+|that\s+|this\s+)?(?:up|down)\b|"
                    r"\bnearest\s+(?:\d|five|ten|hundred|thousand|half|quarter|multiple)(?!th)",
                    re.I)
# a unit whose "nearest" rounds one part of a mixed figure, or a word that is no unit at all
PART_UNITS = frozenset((
    "minute", "minutes", "min", "mins", "second", "seconds", "sec", "secs", "s", "hour", "hours",
    "h", "hr", "hrs", "inch", "inches", "in", "cm", "centimetre", "centimeter", "mm", "foot",
    "feet", "ft", "pound", "pounds", "lb", "lbs", "ounce", "ounces", "oz", "stone", "the", "one",
    "a", "day", "days", "week", "weeks", "month", "months", "year", "years"))
BOLD = re.compile(r"\*\*(?P<in>[^*\n]+)\*\*")
FIGURE = re.compile(r"(?<![\d.,:/])\d[\d,]*\.\d+(?![\d:/]|\.\d)")


def places_asked(question: str) -> int | None:
    """The decimal places ``question`` asks its answer to be shown to, or None: none named,
    a rounding up or down, a nearest part of a mixed figure, or two different precisions."""
    if UPDOWN.search(question):
        return None
    found: set[int] = set()
    for match in PLACES.finditer(question):
        if match.group("part"):
            found.add(WORDS[match.group("part").lower()])
        else:
            word = re.sub(r"\s+", " ", (match.group("n") or match.group("m")).lower())
            found.add(int(word) if word.isdigit() else WORDS[word])
    if CENTS.search(question):
        found.add(2)
    for match in WHOLE.finditer(question):
        unit = match.group("unit")
        if unit is not None and unit.lower() in PART_UNITS:
            return None
        found.add(0)
    return found.pop() if len(found) == 1 else None


def _span(found: re.Match[str], places: int, exact: float | None) -> str:
    """One bold span with its figures rounded, and the span as first shown after it (unless
    a bracket already follows it)."""
    inner = found.group("in")
    head, _, _ = inner.partition(" (")  # "432.46 calories (432.455 calories)"
    padded_only = True

    def figure(number: re.Match[str]) -> str:
        nonlocal padded_only
        value = rounded_figure(number.group(0), places, exact)
        if value is None:
            return number.group(0)
        padded_only = padded_only and value.startswith(number.group(0).replace(",", ""))
        return value
    new = FIGURE.sub(figure, head)
    if new == head:
        return found.group(0)
    followed = found.string[found.end():found.end() + 2] == " ("
    was = "" if padded_only or followed else f" ({head})"
    return f"**{new}**{was}"


def as_asked(question: str, result: AgentResult) -> AgentResult:
    """``result`` with each figure it shows in bold to the places ``question`` asks for; the
    figure as first shown follows in brackets when rounding changed it."""
    if not result.ok or "**" not in result.text or (places := places_asked(question)) is None:
        return result
    exact = result.amount if result.amount is not None and result.amount != 0 else None
    lines = result.text.split("\n")
    for index, line in enumerate(lines):
        if not line.lstrip().startswith("_"):  # not the basis or a note
            lines[index] = BOLD.sub(lambda found: _span(found, places, exact), line)
    text = "\n".join(lines)
    return replace(result, text=text) if text != result.text else result
