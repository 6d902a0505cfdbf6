"""Body weight over time: the weight an energy deficit takes off ("500 kcal under maintenance a
day for 4 weeks, 7700 kcal a kg" → 1.82 kg) and the average change a week or a month between two
weights ("89.2 kg to 75.1 kg over 14 weeks" → 1.01 kg a week)."""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

KCAL = r"(?:kcal|calories|calorie|cals?|kilocalories)"
DAILY = _c(rf"{NUM}\s*{KCAL}\s*(?:a|per|each|every|/)?\s*(?:day|daily)?[^.?!]{{0,40}}?\b(?:deficit|"
           rf"under|below|less\s+than|fewer|short|cut)\b|\b(?:deficit|cut)\s+(?:of\s+)?{NUM}\s*"
           rf"{KCAL}")
ABOUT = r"(?:about\s+|roughly\s+|around\s+|~\s*)?"
PER_KG = _c(rf"{NUM}\s*{KCAL}\s*(?:is\s+{ABOUT}|=\s*|≈\s*|per\s+|a\s+|in\s+(?:a\s+|one\s+|1\s+)?|"
            rf"for\s+(?:a\s+|one\s+|1\s+)?)(?:1\s*|one\s+|a\s+)?(kg|kilo(?:gram)?|lbs?|pound)\b|"
            rf"\b(?:1\s*|one\s+|a\s+)(kg|kilo(?:gram)?|lbs?|pound)\s*(?:of\s+(?:body\s+)?fat\s*)?"
            rf"(?:=|≈|is|equals|is\s+worth)\s*{ABOUT}{NUM}\s*{KCAL}")
SPAN = _c(rf"{NUM}\s*(days?|weeks?|months?)\b")
MASS_ASK = _c(r"\bhow\s+(?:many|much)\s+(?:kg|kilos?|kilograms?|lbs?|pounds?|weight)\b|"
              r"\b(?:lose|lost|drop|shed)\b")
WEIGHT = _c(rf"{NUM}\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b")
PER_ASK = _c(r"\b(?:per|a|each|every)\s+(week|month|day)\b|\bweekly\b|\bmonthly\b")
DAYS: dict[str, Fraction] = {"day": Fraction(1), "week": Fraction(7), "month": Fraction(365, 12)}


def deficit_loss(text: str) -> Trip | None:
    """The weight a daily energy deficit takes off over a span."""
    daily, per_kg = DAILY.search(text), PER_KG.search(text)
    if daily is None or per_kg is None or MASS_ASK.search(text) is None:
        return None
    spans = [m for m in SPAN.finditer(text)]
    if len(spans) != 1:
        return None
    days = _f(spans[0].group(1)) * DAYS[spans[0].group(2).lower().rstrip("s")]
    energy = _f(daily.group(1) or daily.group(2))
    each = _f(per_kg.group(1) or per_kg.group(4))
    mass = per_kg.group(2) or per_kg.group(3)
    if each <= 0 or days <= 0:
        return None
    unit = "lb" if mass.lower().startswith(("l", "p")) else "kg"
    value = energy * days / each
    return Trip("weight lost", value, unit, f"{_show(value)} {unit}",
                f"{_show(energy)} kcal × {_show(days)} days ÷ {_show(each)} kcal a {unit}")


def weight_rate(text: str) -> Trip | None:
    """The average change a week (or month, day) between two weights over a span."""
    weights = list(WEIGHT.finditer(text))
    spans = list(SPAN.finditer(text))
    asked = PER_ASK.search(text)
    if len(weights) != 2 or len(spans) != 1 or asked is None:
        return None
    if weights[0].group(2)[0].lower() != weights[1].group(2)[0].lower():
        return None
    period = (asked.group(1) or ("week" if "week" in asked.group(0) else "month")).lower()
    span_days = _f(spans[0].group(1)) * DAYS[spans[0].group(2).lower().rstrip("s")]
    periods = span_days / DAYS[period]
    if periods <= 0:
        return None
    change = abs(_f(weights[0].group(1)) - _f(weights[1].group(1))) / periods
    unit = "kg" if weights[0].group(2).lower().startswith("k") else "lb"
    return Trip(f"change a {period}", change, unit, f"{_show(change)} {unit} a {period}",
                f"({weights[0].group(0)} − {weights[1].group(0)}) ÷ {_show(periods)} {period}s")
