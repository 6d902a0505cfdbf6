"""An amount at a steady rate over a time: "I burn 300 kcal an hour cycling, how many in 45
minutes?" → 225 kcal, and the time a total takes at that rate ("how long to burn 500 kcal?").
Money and speeds have readers of their own."""

from __future__ import annotations

import re

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, TIME_ASK, Trip, _duration, _f, _show

PERIOD_S = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}
RATE_PER = _c(rf"{NUM}\s*([a-z]+)\s*(?:per|an|a|/|each|every)\s*(second|sec|minute|"
              rf"min|hour|hr|h|day|week)\b")
SPAN_OF = _c(rf"{NUM}\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\b(?:in|for|"
             rf"over)\s+(?:a|an|one)\s+(second|minute|hour|day|week)\b")
AMOUNT_ASK = _c(r"\bhow\s+(?:many|much)\b")
PERIOD_KEY = {"sec": "second", "min": "minute", "hr": "hour", "h": "hour"}


def _period(word: str) -> int:
    key = word.lower().rstrip("s") if word.lower() not in ("hrs", "mins", "secs") else word[:-1]
    return PERIOD_S[PERIOD_KEY.get(key, key)]


LONG_ASK = _c(r"\bhow\s+many\s+(days|weeks|hours|minutes)\b")


def at_rate(text: str) -> Trip | None:
    """"I burn 300 kcal an hour cycling, how many in 45 minutes?" → 225 kcal; "how long to
    burn 500 kcal at 300 kcal per hour?" → 1.67 hours."""
    rate = RATE_PER.search(text)
    if rate is None or re.search(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks|km|miles?|mph|"
                                 r"metres?|meters?)\b", rate.group(0)):
        return None  # money and speeds have their own kinds
    unit = rate.group(2).strip()
    per_second = _f(rate.group(1)) / _period(rate.group(3))
    if per_second <= 0:
        return None
    spans = [m for m in SPAN_OF.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if AMOUNT_ASK.search(text) and not TIME_ASK.search(text) and len(spans) == 1:
        span = spans[0]
        seconds = (_f(span.group(1)) if span.group(1) else 1) * _period(span.group(2) or
                                                                        span.group(3))
        value = per_second * seconds
        return Trip("total", value, unit, f"{_show(value)} {unit}",
                    f"{rate.group(0)} × {span.group(0).strip()}")
    stem = re.escape(unit[:-1] if unit.endswith("s") else unit)
    wanted = re.search(rf"{NUM}[\s-]*{stem}s?\b", text[:rate.start()] + " " + text[rate.end():])
    long_ask = LONG_ASK.search(text)
    if (TIME_ASK.search(text) or long_ask) and wanted is not None:
        seconds = _f(wanted.group(1)) / per_second
        period = PERIOD_KEY.get(rate.group(3).lower(), rate.group(3).lower())
        named = long_ask.group(1).lower().rstrip("s") if long_ask else ""
        if named or period in ("day", "week"):  # "0.5 kg a week": weeks, not hours
            key = named or period
            value = seconds / PERIOD_S[key]
            return Trip("time", value, f"{key}s", f"{_show(value)} {key}"
                        f"{'s' if value != 1 else ''}", f"{wanted.group(0)} ÷ {rate.group(0)}")
        return Trip("time", seconds / 3600, "hours", _duration(seconds),
                    f"{wanted.group(0)} ÷ {rate.group(0)}")
    return None
