"""Percentages of a figure the message labels: a band of a stated maximum ("max HR 170,
70-80% of that in whole beats" → 119–136 bpm), the share of a starting weight lost ("started
at 96.3 kg, now 90 kg: percent lost?" → 6.54%), and a reading as a percent of its reference
("peak flow 524, predicted 518: percent of predicted?" → 101.2%).
"""

from __future__ import annotations

from core.agents.patterns import ci as _c
from core.agents.words_pace import _round as _half_up
from core.agents.words_travel import NUM, Trip, _f, _show

BAND = _c(r"(\d{1,3}(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)")
MAX = _c(r"\bmax(?:imum)?\s*(?:hr|heart\s*rate|pulse)?\s*(?:is|was|of|at|=|:|as)?\s*(?:about\s+)?"
         r"(\d{2,3})\b(?!\s*%|\s*[-−–]\s*(?:age|\d|0\.))|\b(\d{2,3})\s*(?:bpm\s+)?(?:as\s+(?:my\s+)?)?max(?:imum)?\b")
OF_IT = _c(r"\bof\s+(?:that|it|this|the\s+max(?:imum)?|my\s+max(?:imum)?|max(?:imum)?)\b")


def band_of_max(text: str) -> Trip | None:
    """Both ends of a percent band of a maximum the message states."""
    band, top = BAND.search(text), MAX.search(text)
    if band is None or top is None or OF_IT.search(text) is None:
        return None
    peak = _f(top.group(1) or top.group(2))
    low, high = (peak * _f(band.group(i)) / 100 for i in (1, 2))
    unit = " bpm" if any(w in text for w in ("hr", "heart", "pulse", "bpm", "beat")) else ""
    return Trip("heart rate band" if unit else "band", low, unit.strip() or "",
                f"{_half_up(low)}–{_half_up(high)}{unit} (from {_show(low)} to {_show(high)})",
                f"{band.group(1)}% and {band.group(2)}% of {_show(peak)}")


WEIGHT = r"(kg|kgs|kilos?|kilograms?|lbs?|pounds?|st|stone)"
FROM_TO = _c(rf"\b(?:started\s+(?:at|on)|was|from|began\s+at|starting\s+weight(?:\s+was)?)\s+"
             rf"{NUM}\s*{WEIGHT}\b.*?\b(?:now|to|down\s+to|currently|today)\s+(?:at\s+|i\s+am\s+|am\s+|"
             rf"i'm\s+)?{NUM}\s*{WEIGHT}?\b")
LOST_ASK = _c(r"\b(?:percent(?:age)?|%)\b[^.?]*\b(?:lost|lose|dropped|down|gained|up|change)\b|"
              r"\b(?:lost|dropped|gained)\b[^.?]*\b(?:percent(?:age)?|%)")


def weight_change_percent(text: str) -> Trip | None:
    """The share of the starting weight lost or gained."""
    m = FROM_TO.search(text)
    if m is None or LOST_ASK.search(text) is None:
        return None
    before, after = _f(m.group(1)), _f(m.group(3))
    if before <= 0 or before == after:
        return None
    share = abs(before - after) / before * 100
    name = "weight lost" if after < before else "weight gained"
    return Trip(name, share, "%", f"{_show(share)}%",
                f"({_show(before)} − {_show(after)}) ÷ {_show(before)} × 100" if after < before
                else f"({_show(after)} − {_show(before)}) ÷ {_show(before)} × 100")


REFERENCE = r"(predicted|expected|target|normal|goal|reference|baseline|personal\s+best|best)"
OF_REFERENCE = _c(rf"\b(?:percent(?:age)?|%)\s+of\s+(?:the\s+|my\s+|your\s+)?{REFERENCE}\b")
DECIMALS = _c(r"\b(\d)\s+decimals?\b|\bto\s+(\d)\s+(?:decimal\s+)?places?\b")


def percent_of_reference(text: str) -> Trip | None:
    """A reading as a percent of the reference value the message labels."""
    asked = OF_REFERENCE.search(text)
    if asked is None:
        return None
    word = asked.group(1).split()[0]
    told = _c(rf"\b{word}\w*\s+(?:value\s+)?(?:is|was|of|=|:|at)?\s*{NUM}").search(text) or \
        _c(rf"{NUM}\s*\S*\s+(?:is\s+)?(?:the\s+)?{word}").search(text)
    if told is None:
        return None
    ref = _f(told.group(1))
    others = [m for m in _c(rf"(?<![a-z\d.]){NUM}").finditer(text)
              if not told.start() <= m.start() < told.end()
              and not DECIMALS.search(text[max(0, m.start() - 4):m.end() + 12])]
    if len(others) != 1 or ref <= 0:
        return None
    share = _f(others[0].group(1)) / ref * 100
    places = DECIMALS.search(text)
    digits = int(places.group(1) or places.group(2)) if places else 2
    shown = f"{float(round(share, digits)):.{digits}f}%"
    return Trip(f"percent of {asked.group(1)}", share, "%", shown,
                f"{others[0].group(1)} ÷ {_show(ref)} × 100")


def bands(text: str) -> Trip | None:
    """Any of the percentages above."""
    return band_of_max(text) or weight_change_percent(text) or percent_of_reference(text)
