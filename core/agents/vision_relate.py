"""Two like figures on an image, related the way the question asks: one as a share of the
other, the change from the first to the second in percent, or the gap between them.

A screen shows two figures of one kind ("Lessons: 40" and "Went to: 34", "Before $80.00"
and "After $68.00", "Monday 72.4 kg" and "Today 70.1 kg"); the question asks how they
relate in its own words ("what's my turnout as a percentage?", "by what percent did it
fall?", "how many kg have I lost?"). Only the image's own figures are used, only when it
shows exactly two of one kind, and only for the relation the question names.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.rounding_asked import PLACES, places_asked
from core.agents.vision_screen import Figure, figures

Answer = tuple[str, float | None]
PERCENT = ci(r"%|\b(?:percent(?:age)?|per\s+cent|proportion|share)\b")
CHANGE = ci(r"\b(?:cut|drop(?:ped)?|fall|fell|decrease[ds]?|reduc\w+|increase[ds]?|rise|rose|"
            r"went\s+(?:up|down)|change[ds]?|markdown|saving|discount|down|up|lost|lose|"
            r"gained?|difference|gap)\b")
GAP = ci(r"\bhow\s+(?:many|much)\b[^?]*\b(?:down|up|lost|lose|gained?|dropped|fell|rose|"
         r"difference|change[ds]?|less|more|lighter|heavier)\b|\b(?:difference|gap|change)\b")
OTHER_SUM = ci(r"\b(?:tip|tax|vat|convert|split|each|per\s+(?:person|head)|total|left|"
               r"remaining|if|how\s+long|when|until)\b")
WORD = re.compile(r"[a-z]+")


def _pair(found: list[Figure]) -> tuple[Figure, Figure] | None:
    """The image's two figures of one kind (the same unit and currency), in order."""
    kinds: dict[tuple[str, str], list[Figure]] = {}
    for figure in found:
        kinds.setdefault((figure.unit, figure.currency), []).append(figure)
    pairs = [group for group in kinds.values() if len(group) == 2]
    if len(pairs) != 1 or any(len(group) > 2 for group in kinds.values()):
        return None
    first, second = pairs[0]
    return first, second


def _plain(value: Fraction) -> str:
    return str(int(value)) if value == int(value) else f"{float(value):.2f}".rstrip("0")


def _percent(value: Fraction, question: str) -> str:
    places = places_asked(question)
    return f"{float(value):.{1 if places is None else places}f}%"


def related(question: str, text: str) -> list[Answer]:
    """The share, the percent change or the gap of the image's two like figures."""
    if OTHER_SUM.search(question) or re.search(r"\d", PLACES.sub(" ", question)):
        return []  # a figure of the question's own, or another sum asked
    pair = _pair(figures(text))
    if pair is None:
        return []
    first, second = pair
    unit = f" {first.unit}" if first.unit and first.unit != "%" else ""
    if PERCENT.search(question) and CHANGE.search(question) and first.value and \
            first.unit != "%":
        change = (second.value - first.value) * 100 / first.value
        way = "down" if change < 0 else "up"
        shown = _percent(abs(change), question)
        return [(f"From {_plain(first.value)} to {_plain(second.value)} is **{shown}** {way}.",
                 float(abs(change)))]
    if PERCENT.search(question) and first.unit != "%":
        asked = {w[:5] for w in WORD.findall(question.lower()) if len(w) > 3}
        named = [f for f in pair if {w[:5] for w in WORD.findall(f.label) if len(w) > 3} & asked]
        if len(named) != 1:
            return []
        part = named[0]
        whole = second if part is first else first
        if not whole.value or part.value > whole.value:
            return []
        share = part.value * 100 / whole.value
        return [(f"{_plain(part.value)} of {_plain(whole.value)} is "
                 f"**{_percent(share, question)}**.", float(share))]
    if GAP.search(question):
        gap = abs(first.value - second.value)
        return [(f"The difference is **{_plain(gap)}{unit}** ({_plain(first.value)} to "
                 f"{_plain(second.value)}).", float(gap))]
    return []
