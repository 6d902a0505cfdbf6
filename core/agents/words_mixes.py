"""Sums and mixes told in words: items counted with an amount each ("4 coffees (95 mg
each), 2 teas (47 mg)"), a drink mixed in parts ("1 part squash to 9 parts water, 2.3 L in
all"), a brine or solution by percent of the water's weight, US standard drinks, an oxygen
cylinder's minutes, and gas meter units in kWh.

"3 eggs (70 kcal each) and 2 toasts (90 kcal): how many kcal?" → 390 kcal; "1 part cordial to
4 parts water for 1 L, how much cordial?" → 200 ml; "a 5% brine with 2 litres of water,
grams of salt?" → 100 g.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

N = r"(\d+(?:\.\d+)?)"
UNIT = r"(mg|g|kcal|calories|ml|mcg|µg|units?|kj)"
COUNTED = _c(rf"(?<![\d.])(\d+)\s+([a-z]+)\s*\(\s*{N}\s*{UNIT}(?:\s+(?:each|apiece))?\s*\)|"
             rf"(?<![\d.])(\d+)\s+([a-z]+)\s+(?:at|of|with)\s+{N}\s*{UNIT}\s+(?:each|apiece)")
SUM_ASK = _c(r"\bhow\s+much\b|\bhow\s+many\b|\btotal\b|\baltogether\b|\bin\s+all\b")


def counted_sum(text: str) -> Trip | None:
    """Items counted with an amount each, added up in their one unit."""
    items = [(int(m.group(1) or m.group(5)), Fraction(m.group(3) or m.group(7)),
              (m.group(4) or m.group(8)).lower(), m.group(2) or m.group(6))
             for m in COUNTED.finditer(text)]
    if len(items) < 2 or SUM_ASK.search(text) is None or len({u for *_, u, _ in items}) != 1:
        return None
    total = sum((n * each for n, each, _, _ in items), Fraction(0))
    unit = items[0][2]
    return Trip("total", total, unit, f"{_show(total)} {unit}",
                " + ".join(f"{n} × {_show(each)} {unit}" for n, each, _, _ in items))


PARTS = _c(r"(\d+(?:\.\d+)?)\s+parts?\s+(?:of\s+)?([a-z]+)?\s*(?:to|and|with|:)\s*"
           r"(\d+(?:\.\d+)?)\s+parts?\s+(?:of\s+)?([a-z]+)?|\b([a-z]+)\s+(?:is\s+)?(\d+(?:\.\d+)?)\s+parts?\s+to\s+"
           r"(\d+(?:\.\d+)?)\s+parts?\s+([a-z]+)")
RATIO = _c(r"\b(\d+)\s*:\s*(\d+)\b")
TOTAL = _c(rf"{N}\s*(l|litres?|liters?|ml|cl|g|kg)\b")
VOLUME = {"l": Fraction(1000), "litre": Fraction(1000), "litres": Fraction(1000),
          "liter": Fraction(1000), "liters": Fraction(1000), "ml": Fraction(1),
          "cl": Fraction(10), "g": Fraction(1), "kg": Fraction(1000)}


def parts_mix(text: str) -> Trip | None:
    """How much of each part goes into a total mixed in parts."""
    m = PARTS.search(text)
    if m is not None and m.group(5):
        first, a, b, second = m.group(5), Fraction(m.group(6)), Fraction(m.group(7)), m.group(8)
    elif m is not None:
        a, b = Fraction(m.group(1)), Fraction(m.group(3))
        first, second = m.group(2) or "the first part", m.group(4) or "the second part"
    else:
        return None
    totals = [t for t in TOTAL.finditer(text)]
    if len(totals) != 1 or a + b <= 0 or not re.search(r"\bhow\s+much\b|\bhow\s+many\b", text):
        return None
    unit = totals[0].group(2).lower()
    small = "g" if unit in ("g", "kg") else "ml"
    whole = Fraction(totals[0].group(1)) * VOLUME[unit]
    one, other = whole * a / (a + b), whole * b / (a + b)
    asked_second = re.search(rf"\bhow\s+much\s+{re.escape(second)}\b", text) is not None
    lead, rest = (other, one) if asked_second else (one, other)
    names = (second, first) if asked_second else (first, second)
    return Trip(names[0], lead, small, f"{_show(lead)} {small} of {names[0]} and {_show(rest)} "
                f"{small} of {names[1]}", f"{_show(whole)} {small} × {_show(a)}:{_show(b)}")


BRINE = _c(r"(\d+(?:\.\d+)?)\s*%\s*(?:brine|solution|salt|sugar\s+syrup)|\b(?:brine|solution)\s+"
           r"(?:at|of)\s+(\d+(?:\.\d+)?)\s*%")
WATER = _c(rf"{N}\s*(l|litres?|liters?|ml|kg|g)\s+(?:of\s+)?water\b")


def brine(text: str) -> Trip | None:
    """Salt (or sugar) for a solution by percent of the water's weight (1 ml of water is
    1 g)."""
    strength, water = BRINE.search(text), WATER.search(text)
    if strength is None or water is None or not re.search(r"\bgrams?\b|\bhow\s+much\b", text):
        return None
    share = Fraction(strength.group(1) or strength.group(2)) / 100
    grams = Fraction(water.group(1)) * VOLUME[water.group(2).lower()] * share
    return Trip("salt", grams, "g", f"{_show(grams)} g",
                f"{_show(share * 100)}% × {water.group(0).strip()} (1 ml of water = 1 g)")


def standard_drinks(text: str) -> Trip | None:
    """Standard drinks: ml × ABV × 0.789 g/ml ÷ the grams in one (14 g US unless given)."""
    if not re.search(r"\bstandard\s+drinks?\b", text):
        return None
    volume = re.search(r"(\d+(?:\.\d+)?)\s*(ml|cl|l)\b(?!\s*/)", text)
    abv = re.search(r"(\d+(?:\.\d+)?)\s*%", text)
    grams = re.search(r"(\d+(?:\.\d+)?)\s*g\s+(?:of\s+)?(?:pure\s+)?(?:alcohol|ethanol)", text)
    if volume is None or abv is None:
        return None
    ml = Fraction(volume.group(1)) * VOLUME[volume.group(2).lower()]
    per = Fraction(grams.group(1)) if grams else Fraction(14)
    density = re.search(r"density\s+(?:of\s+)?(0?\.\d+)", text)
    rho = Fraction(density.group(1)) if density else Fraction("0.789")
    drinks = ml * Fraction(abv.group(1)) / 100 * rho / per
    return Trip("standard drinks", drinks, "standard drinks", f"{_show(drinks)} standard drinks",
                f"{_show(ml)} ml × {abv.group(1)}% × {_show(rho)} g/ml ÷ {_show(per)} g")


def cylinder_minutes(text: str) -> Trip | None:
    """(pressure − safe residual) × cylinder factor ÷ flow, in minutes."""
    if not re.search(r"\bcylinder\b|\btank\b", text):
        return None
    psi = re.search(r"(\d+(?:\.\d+)?)\s*psi", text)
    factor = re.search(r"\bfactor\s+(?:of\s+|is\s+)?(\d*\.\d+|\d+)", text)
    residual = re.search(r"\b(?:residual|reserve)\s+(?:of\s+)?(\d+)\s*(?:psi)?|(\d+)\s*psi\s+"
                         r"(?:safe\s+)?(?:residual|reserve)", text)
    flow = re.search(r"(\d+(?:\.\d+)?)\s*(?:l/min|lpm|litres?\s+(?:a|per)\s+minute)", text)
    if psi is None or factor is None or flow is None:
        return None
    rest = Fraction(residual.group(1) or residual.group(2)) if residual else Fraction(200)
    minutes = (Fraction(psi.group(1)) - rest) * Fraction(factor.group(1)) / Fraction(flow.group(1))
    if minutes <= 0:
        return None
    return Trip("time", minutes, "minutes", f"{_show(minutes)} minutes",
                f"({psi.group(1)} − {_show(rest)} psi) × {factor.group(1)} ÷ {flow.group(1)} L/min")


def gas_kwh(text: str) -> Trip | None:
    """Gas meter units in kWh: m³ × volume correction × calorific value ÷ 3.6."""
    volume = re.search(r"(\d+(?:\.\d+)?)\s*(?:m³|m3|cubic\s+met(?:er|re)s)", text)
    value = re.search(r"\bcalorific\s+value\b[^0-9]{0,12}(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*mj/m",
                      text)
    if volume is None or value is None or "kwh" not in text:
        return None
    correction = re.search(r"\bcorrection\s+(?:factor\s+)?(?:of\s+)?(\d\.\d+)", text)
    fix = Fraction(correction.group(1)) if correction else Fraction("1.02264")
    cv = Fraction(value.group(1) or value.group(2))
    kwh = Fraction(volume.group(1)) * fix * cv / Fraction("3.6")
    return Trip("energy", kwh, "kWh", f"{_show(kwh)} kWh",
                f"{volume.group(1)} m³ × {_show(fix)} × {_show(cv)} MJ/m³ ÷ 3.6")


HOLDS = (r"(?:seats?|holds?|takes?|fits?|carries|carry|sleeps?|serves?|"
         r"can\s+(?:take|hold|seat|fit|carry))")
CAPACITY = _c(rf"\b(?:each|every|a|an|one|per|the)\s+([a-z]+)\s+{HOLDS}\s+(?:up\s+to\s+)?(\d+)|"
              rf"\b([a-z]+?)e?s\s+{HOLDS}\s+(?:up\s+to\s+)?(\d+)\s+(?:each|apiece)|"
              r"\b([a-z]+?)e?s\s+of\s+(\d+)\b|(\d+)\s+(?:to|per)\s+(?:a|an|each|every)\s+([a-z]+)")
CROWD = _c(r"(?<![\d.])(\d[\d,]*)\s+([a-z]+s|people|children)\b")


def capacity(text: str) -> Trip | None:
    """"81 pupils, each coach seats 45: how many coaches?" → 2 (whole ones to hold all)."""
    cap = CAPACITY.search(text)
    asked = re.search(r"\bhow\s+many\s+([a-z]+)", text)
    if cap is None or asked is None:
        return None
    holder = (cap.group(1) or cap.group(3) or cap.group(5) or cap.group(8)).lower()
    size = int(cap.group(2) or cap.group(4) or cap.group(6) or cap.group(7))
    measured = r"\.\d|\s*(?:l|ml|cl|litres?|liters?|kg|g|grams?|lbs?|oz|cm|m|km|kwh|gb|mb)\b"
    if not asked.group(1).startswith(holder[:4]) or size <= 0 or \
            re.match(measured, text[cap.end():]):
        return None  # "a tin holds 2.5 litres": an amount, divided by units elsewhere
    crowd = [m for m in CROWD.finditer(text) if not cap.start() <= m.start() < cap.end()
             and not m.group(2).startswith(holder[:4]) and not re.fullmatch(
                 r"litres|liters|grams|kilos|pounds|metres|meters|miles|hours|minutes|days|"
                 r"weeks|years|kms|mls", m.group(2))]
    if len(crowd) != 1:
        return None
    people = int(crowd[0].group(1).replace(",", ""))
    whole = -(-people // size)
    full = people // size
    if re.search(r"\bfull\b|\bfill\b|\bcompletely\b", text):
        return Trip(asked.group(1), Fraction(full), asked.group(1), f"{full} {asked.group(1)}",
                    f"{people} ÷ {size}, rounded down")
    return Trip(asked.group(1), Fraction(whole), asked.group(1), f"{whole} {asked.group(1)}",
                f"{people} ÷ {size}, rounded up")


GOAL = _c(r"\b(?:goal|target|aim)\b[^0-9.?!]{0,20}(\d[\d,]*)|(\d[\d,]*)\s*(?:steps?\s+)?"
          r"(?:is|as)\s+(?:my|the)\s+(?:goal|target)")
DONE = _c(r"\b(?:done|walked|at|did|managed|completed|on)\s+(?:about\s+)?(\d[\d,]*)\b"
          r"(?!\s*(?:m\b|km|%|:))")
STEP_LENGTH = _c(r"\b(?:each|a|one|per|my)\s+(?:step|stride)\s+(?:is\s+)?(?:about\s+)?"
                 r"(\d*\.?\d+)\s*(m|cm|ft|feet)\b|(\d*\.?\d+)\s*(m|cm)\s+(?:a|per|each)\s+(?:step|stride)")
PACE = _c(r"(\d+(?:\.\d+)?)\s*steps?\s+(?:a|per|each|every)\s+minute")


def steps_left(text: str) -> Trip | None:
    """The steps still to a goal, as a distance (a step length given) or a time (a cadence)."""
    goal, done = GOAL.search(text), DONE.search(text)
    if goal is None or done is None or not re.search(r"\bsteps?\b", text) or not re.search(
            r"\bmore\b|\bstill\b|\bleft\b|\bremaining\b|\bto\s+go\b", text):
        return None
    target = Fraction((goal.group(1) or goal.group(2)).replace(",", ""))
    walked = Fraction(done.group(1).replace(",", ""))
    rest = target - walked
    if rest <= 0 or walked == target:
        return None
    length, pace = STEP_LENGTH.search(text), PACE.search(text)
    if length is not None and re.search(r"\bkm\b|\bkilomet|\bmiles?\b|\bhow\s+far\b", text):
        size = Fraction(length.group(1) or length.group(3))
        unit = (length.group(2) or length.group(4)).lower()
        scale = {"m": Fraction(1), "cm": Fraction(1, 100)}.get(unit, Fraction("0.3048"))
        metres = rest * size * scale
        if re.search(r"\bmiles?\b", text):
            miles = metres / Fraction("1609.344")
            return Trip("distance", miles, "miles", f"{_show(miles)} miles",
                        f"({_show(target)} − {_show(walked)}) steps × {_show(size)} {unit}")
        return Trip("distance", metres / 1000, "km", f"{_show(metres / 1000)} km",
                    f"({_show(target)} − {_show(walked)}) steps × {_show(size)} {unit}")
    if pace is not None and re.search(r"\bminutes?\b|\bhow\s+long\b", text):
        minutes = rest / Fraction(pace.group(1))
        return Trip("time", minutes, "minutes", f"{_show(minutes)} minutes",
                    f"({_show(target)} − {_show(walked)}) steps ÷ {pace.group(1)} a minute")
    return None


AMT = r"(\d+(?:\.\d+)?)\s*(l|litres?|liters?|ml|kg|g|grams?|cans?|tins?|pouches?|sachets?|bags?)"
EACH_DAY = _c(rf"{AMT}\s+(?:each|per\s+(?:person|head)|a\s+head|apiece)?\s*(?:a|per|each|every)"
              r"\s+day\b")
GROUP = _c(r"(?<![\d.])(\d+)\s+(?:people|persons|of\s+us|adults|campers|hikers|kids|children|"
           r"guests)")
PACK = _c(r"(?<![\d.])(\d+)[\s-]*(?:pack|box|tray|case)\b|\b(?:pack|box|tray|case)\s+of\s+(\d+)")
SIZES = {"l": Fraction(1000), "litre": Fraction(1000), "litres": Fraction(1000),
         "liter": Fraction(1000), "liters": Fraction(1000), "ml": Fraction(1), "kg": Fraction(1000),
         "g": Fraction(1), "gram": Fraction(1), "grams": Fraction(1)}


def supply_for_a_group(text: str) -> Trip | None:
    """"80 L of water, 6 people using 4 L each a day: how many days?" → 3.33 days; "1.5 cans a
    day, a 36-pack lasts?" → 24 days."""
    use = EACH_DAY.search(text)
    if use is None or not re.search(
            r"\bhow\s+(?:many\s+(?:full\s+)?days|long)\b|\blast\b|\bcover\b", text):
        return None
    daily, unit = Fraction(use.group(1)), use.group(2).lower()
    group = GROUP.search(text)
    daily *= int(group.group(1)) if group else 1
    per_day = f"{_show(daily)} {unit} a day"
    if unit in SIZES:
        if group is None:
            return None  # one person's supply of a measured amount: words_supplies
        stock_m = [m for m in re.finditer(AMT, text, re.I) if m.start() != use.start() and
                   m.group(2).lower() in SIZES]
        if len(stock_m) != 1:
            return None
        stock = Fraction(stock_m[0].group(1)) * SIZES[stock_m[0].group(2).lower()]
        daily *= SIZES[unit]
        said = stock_m[0].group(0)
    else:
        pack = PACK.search(text)
        if pack is None:
            return None
        stock = Fraction(pack.group(1) or pack.group(2))
        said = pack.group(0)
    if daily <= 0:
        return None
    days = stock / daily
    whole = int(days)
    shown = f"{_show(days)} days" if days == whole or not re.search(r"\bfull\b", text) else \
        f"{whole} full days ({_show(days)} days)"
    return Trip("days", days, "days", shown, f"{said} ÷ {per_day}")


TIMES = {"once": 1, "twice": 2, "three": 3, "four": 4}


def drops_last(text: str) -> Trip | None:
    """"2.5 ml bottle, 20 drops per ml, 1 drop in each eye 3 times a day" → 8 full days."""
    bottle = re.search(r"(\d+(?:\.\d+)?)\s*ml\b(?!\s*(?:/|per))", text)
    per_ml = re.search(r"(\d+)\s*drops?\s*(?:per|/|a|an|in\s+a|to\s+a)\s*ml\b", text)
    dose = re.search(r"(\d+)\s*drops?\s+(?:in(?:to)?\s+)?(each|both|one|the)?\s*(eyes?|ears?|"
                     r"nostrils?)?", text[per_ml.end():] if per_ml else "")
    often = re.search(r"\b(\d+|once|twice|three|four)\s*(?:times?\s+)?(?:a|per|each)\s+day\b|"
                      r"\b(once|twice)\s+daily\b", text)
    if bottle is None or per_ml is None or dose is None or often is None:
        return None
    word = (often.group(1) or often.group(2)).lower()
    times = TIMES.get(word) or int(word)
    sides = 2 if (dose.group(2) or "").lower() in ("each", "both") and dose.group(3) else 1
    daily = int(dose.group(1)) * sides * times
    total = Fraction(bottle.group(1)) * int(per_ml.group(1))
    if daily <= 0:
        return None
    days = total / daily
    whole = int(days)
    exact = f" ({_show(days)} days)" if days != whole else ""
    return Trip("days", Fraction(whole), "days", f"{whole} full days{exact}",
                f"{_show(total)} drops ÷ {daily} drops a day")


def mixes(text: str) -> Trip | None:
    return drops_last(text) or supply_for_a_group(text) or steps_left(text) or capacity(text) or \
        counted_sum(text) or parts_mix(text) or brine(text) or standard_drinks(text) or \
        cylinder_minutes(text) or gas_kwh(text)
