"""How long a supply weighed or measured out lasts at a daily use: "a 10 kg bag of dog food,
he eats 300 g a day - how many days?" → 33.33 days (33 full days); "1 kg of coffee beans,
18 g a cup, 2 cups a day, how long will it last?"; "a 2 litre bottle, 250 ml a day". Half a
tablet a day is a count of 0.5 a day. Counted supplies in whole units stay with the dose
readers.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.amounts import GRAMS as SCALE
from core.agents.amounts import VOLUME
from core.agents.amounts import unit_key as _unit
from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

MASS = r"(kg|kgs|kilos?|kilograms?|g|grams?|gr|mg|l|lit(?:er|re)s?|ml|millilit(?:er|re)s?|lbs?|" \
       r"pounds?|oz|ounces?)"
AMOUNT = _c(rf"{NUM}\s*{MASS}\b")
USE_DAY = _c(rf"{NUM}\s*{MASS}\s*(?:of\s+\w+\s+)?(?:a|per|each|every)\s+day\b|{NUM}\s*{MASS}\s*"
             r"daily\b")
USE_EACH = _c(rf"{NUM}\s*{MASS}\s*(?:of\s+\w+\s+)?(?:a|per|each|every|for\s+(?:a|each|every))\s+"
              r"(cup|serving|portion|meal|scoop|bowl|feed|shot|mug|glass|wash|load)s?\b")
TIMES_DAY = _c(rf"{NUM}\s*(cup|serving|portion|meal|scoop|bowl|feed|shot|mug|glass|wash|load)"
               r"s?\s*(?:a|per|each|every)\s+day\b|\b(once|twice|thrice)\s+a\s+day\b|"
               rf"\b(?:drink|have|make|brew|use|do|feed|give)\s+(?:about\s+)?{NUM}\s+(?:a|per|each)\s+"
               r"day\b")
HALF_DAY = _c(r"\b(half|a\s+quarter|quarter)\s+(?:of\s+)?an?\s+(tablet|pill|capsule|cap|dose|"
              r"sachet)\s+(?:a|per|each|every)\s+day\b")
COUNT = _c(rf"{NUM}\s*(tablet|pill|capsule|cap|sachet)s?\b")
LAST_ASK = _c(r"\bhow\s+long\b|\bhow\s+many\s+(?:full\s+|whole\s+|complete\s+)?days\b|"
              r"\blast\b|\brun\s+out\b")
DOSE_DAY = _c(rf"{NUM}\s*{MASS}\s*(?:\w+\s+){{0,2}}?(?:(\d+)\s*(?:times|x)|(once|twice|thrice))\s+"
              r"(?:a|per|each|every)\s+day\b")
WHOLE_ASK = _c(r"\b(?:full|whole|complete)\s+days\b")


def _same_kind(a: str, b: str) -> bool:
    return (a in VOLUME) == (b in VOLUME)


def _days(count: Fraction, per_day: Fraction, basis: str) -> Trip | None:
    if per_day <= 0 or count <= 0:
        return None
    days = count / per_day
    whole = int(days)
    shown = f"{_show(days)} days" if days == whole else \
        f"{_show(days)} days ({whole} full days)"
    return Trip("it lasts", days, "days", shown, basis)


def supply_days(text: str) -> Trip | None:
    """Days a weighed supply lasts at a daily (or per-cup times cups-a-day) use."""
    if LAST_ASK.search(text) is None:
        return None
    half = HALF_DAY.search(text)
    if half is not None:
        stock = next((m for m in COUNT.finditer(text) if m.start() < half.start()), None)
        if stock is None:
            return None
        share = Fraction(1, 2) if half.group(1).lower() == "half" else Fraction(1, 4)
        return _days(_f(stock.group(1)), share, f"{stock.group(1)} ÷ {_show(share)} a day")
    daily = USE_DAY.search(text)
    span: tuple[int, int]
    if daily is not None:
        use = _f(daily.group(1) or daily.group(3))
        unit = _unit(daily.group(2) or daily.group(4))
        span, said = (daily.start(), daily.end()), daily.group(0)
    elif (dosed := DOSE_DAY.search(text)) is not None:  # "7.5 ml 4 times a day"
        count = {"once": 1, "twice": 2, "thrice": 3}.get((dosed.group(4) or "").lower())
        use = _f(dosed.group(1)) * (count or _f(dosed.group(3)))
        unit = _unit(dosed.group(2))
        span, said = (dosed.start(), dosed.end()), dosed.group(0)
    else:
        each, times = USE_EACH.search(text), TIMES_DAY.search(text)
        if each is None or times is None:
            return None
        count = {"once": 1, "twice": 2, "thrice": 3}.get((times.group(3) or "").lower())
        use = _f(each.group(1)) * (count or _f(times.group(1) or times.group(4)))
        unit = _unit(each.group(2))
        span, said = (each.start(), each.end()), f"{each.group(0)} × {times.group(0)}"
    stocks = [m for m in AMOUNT.finditer(text) if not span[0] <= m.start() < span[1]
              and _same_kind(_unit(m.group(2)), unit)]
    if len(stocks) != 1:
        return None
    amount = _f(stocks[0].group(1)) * SCALE[_unit(stocks[0].group(2))]
    trip = _days(amount, use * SCALE[unit], f"{stocks[0].group(0)} ÷ {said}")
    if trip is not None and WHOLE_ASK.search(text):
        whole = int(trip.value)
        return Trip("it lasts", Fraction(whole), "days", f"{whole} full days", trip.basis)
    return trip
