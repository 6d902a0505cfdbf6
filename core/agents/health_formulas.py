"""Health figures worked out by the formula the message states or the usual one: energy burnt
from METs (MET × kg × hours, or the MET × 3.5 × kg ÷ 200 a minute formula when named),
maintenance calories from a BMR and an activity multiplier, and tablets taken at several
times of day (how many a day, how long a supply lasts).

"8 METs for 30 minutes at 70 kg, calories?" → 280 kcal; "BMR 1650, activity factor 1.55:
maintenance calories?" → 2,557.5 kcal; "1 in the morning and 2 at night, 45 tablets: how
many full days?" → 15 days.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

METS = _c(rf"{NUM}\s*(?:mets?|metabolic\s+equivalents?)\b|\bmets?\s*(?:of|is|=|:|value\s+of)?\s*"
          rf"{NUM}")
WEIGHT = _c(rf"{NUM}\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b")
SPAN = _c(rf"{NUM}\s*(hours?|hrs?|h|minutes?|mins?)\b(?:\s*(?:and\s+)?{NUM}\s*(?:minutes?|mins?))?")
PER_MINUTE_FORMULA = _c(r"3\.5\b[^.?!]*\b200\b")
BMR = _c(rf"\bbmr\b[^0-9.?!]{{0,25}}{NUM}|{NUM}\s*(?:kcal|calories|cals?)?\s*(?:of\s+)?bmr\b")
FACTOR = _c(rf"\b(?:activity|pal)\s*(?:multiplier|factor|level)?[^0-9.?!]{{0,25}}{NUM}|"
            rf"\b(?:multiplier|factor)\s*(?:of|is|=|:)?\s*{NUM}|(?:×|\*|x|times)\s*{NUM}\b")
MAINTAIN = _c(r"\bmaintenance\b|\btdee\b|\btotal\s+daily\s+energy\b|\bcalories\s+(?:a|per)\s+"
              r"day\b|\bhow\s+many\s+calories\b|\bkcal\s+(?:a|per)\s+day\b|\bdaily\s+calories\b")
TIMES_OF_DAY = _c(rf"{NUM}\s*(?:tablets?|pills?|capsules?|caps|doses?)?\s*(?:in\s+the\s+"
                  r"(?:morning|afternoon|evening)|at\s+(?:night|bedtime|lunch(?:time)?|noon|"
                  r"breakfast|dinner|tea(?:time)?|supper)|with\s+(?:breakfast|lunch|dinner|"
                  r"supper|each\s+meal)|before\s+bed)\b")
STOCK = _c(rf"{NUM}\s*(?:tablets?|pills?|capsules?|caps)\b")
DAYS_ASK = _c(r"\bhow\s+(?:many\s+(?:full\s+|whole\s+)?days|long)\b")
A_DAY_ASK = _c(r"\bhow\s+many\b[^.?!]*\b(?:a|per|each)\s+day\b|\bdaily\s+total\b")


def met_energy(text: str) -> Trip | None:
    """"10 METs for 45 minutes at 80 kg": kcal burnt (MET × kg × hours)."""
    text = re.sub(r"\b(?:an|one)\s+hour\s+and\s+a\s+half\b", "1.5 hours", text)
    text = re.sub(r"\bhalf\s+an\s+hour\b", "30 minutes", text)
    text = re.sub(r"\b(?:an|one)\s+hour\b", "1 hour", text)
    mets = METS.search(text)
    weights = list(WEIGHT.finditer(text))
    spans = [m for m in SPAN.finditer(text) if mets is None or not
             mets.start() <= m.start() < mets.end()]
    if mets is None or len(weights) != 1 or len(spans) != 1 or not re.search(
            r"\b(?:kcal|calories|cals?|energy|burn\w*)\b", text):
        return None
    met = _f(mets.group(1) or mets.group(2))
    weight = _f(weights[0].group(1))
    if weights[0].group(2).lower().startswith(("lb", "pound")):
        weight *= Fraction("0.45359237")
    span = spans[0]
    minutes = _f(span.group(1)) * (60 if span.group(2).lower().startswith("h") else 1)
    if span.group(3):
        minutes += _f(span.group(3))
    if met <= 0 or weight <= 0 or minutes <= 0:
        return None
    if PER_MINUTE_FORMULA.search(text):
        kcal = met * Fraction("3.5") * weight / 200 * minutes
        basis = f"{_show(met)} × 3.5 × {_show(weight)} kg ÷ 200 × {_show(minutes)} min"
    else:
        kcal = met * weight * minutes / 60
        basis = f"{_show(met)} MET × {_show(weight)} kg × {_show(minutes / 60)} h"
    return Trip("energy burnt", kcal, "kcal", f"{_show(kcal)} kcal", basis)


def maintenance(text: str) -> Trip | None:
    """"BMR 1,800 kcal, activity multiplier 1.375": maintenance calories (BMR × factor)."""
    bmr, factor = BMR.search(text), FACTOR.search(text)
    if bmr is None or factor is None or MAINTAIN.search(text) is None:
        return None
    rate = _f(bmr.group(1) or bmr.group(2))
    times = _f(next(g for g in factor.groups() if g))
    if not 500 <= rate <= 6000 or not 1 <= times <= 2.6:
        return None
    value = rate * times
    plain = _show(value).replace(",", "")
    about = f" (about {round(value):,} kcal)" if value.denominator > 1 else ""
    shown = f"{plain} kcal a day{about}"
    return Trip("maintenance calories", value, "kcal/day", shown,
                f"{_show(rate)} kcal × {_show(times)}")


def tablets_by_time_of_day(text: str) -> Trip | None:
    """"2 in the morning and 1 at night": 3 a day; with a stock, the full days it lasts."""
    taken = list(TIMES_OF_DAY.finditer(text))
    if len(taken) < 2:
        return None
    per_day = sum((_f(m.group(1)) for m in taken), Fraction(0))
    spans = [(m.start(), m.end()) for m in taken]
    stock = [m for m in STOCK.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    said = " + ".join(_show(_f(m.group(1))) for m in taken)
    if per_day <= 0:
        return None
    if len(stock) == 1 and DAYS_ASK.search(text):
        days = _f(stock[0].group(1)) / per_day
        whole = math.floor(days)
        shown = f"{whole} days" + (f" ({_show(days)} exactly)" if whole != days else "")
        return Trip("days", Fraction(whole), "days", shown,
                    f"{stock[0].group(0)} ÷ ({said}) a day")
    if A_DAY_ASK.search(text) or not stock:
        return Trip("a day", per_day, "a day", f"{_show(per_day)} a day", said)
    return None


SHARES = {"half": Fraction(1, 2), "a third": Fraction(1, 3), "two thirds": Fraction(2, 3),
          "a quarter": Fraction(1, 4), "one third": Fraction(1, 3)}
WATER_RULE = _c(r"\b(half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|\d+\s*/\s*\d+|"
                r"(\d+(?:\.\d+)?)\s*%)\s+"
                r"(?:of\s+)?(?:your|my|one's|the|their)?\s*(?:body\s*)?weight\s*(?:\(?\s*(?:in\s+)?"
                r"(lbs?|pounds|kg|kilos?|kilograms)\s*\)?)?\s*(?:in|as)\s+(fl(?:uid)?\.?\s*oz|fluid\s+"
                r"ounces|ounces|oz|ml|millilit(?:er|re)s)\b")
FL_OZ_ML = Fraction("29.5735295625")
LB_KG = Fraction("0.45359237")


def water_by_rule(text: str) -> Trip | None:
    """"drink half your body weight (in lb) in fluid ounces, I weigh 272 lb — litres?" → 136
    fl oz = 4.02 litres: the rule the message states, not a formula of its own."""
    text = re.sub(r"\b(\d+)\s+(third|quarter|fifth)s?\b", lambda m: f"{m.group(1)}/"
                  f"{ {'third': 3, 'quarter': 4, 'fifth': 5}[m.group(2).lower()]}", text)
    rule = WATER_RULE.search(text)
    weights = [m for m in WEIGHT.finditer(text) if rule is None or not
               rule.start() <= m.start() < rule.end()]
    if rule is None or len(weights) != 1:
        return None
    word = re.sub(r"\s+", "", rule.group(1).lower()) if "/" in rule.group(1) else \
        re.sub(r"\s+", " ", rule.group(1).lower())
    share = _f(rule.group(2)) / 100 if rule.group(2) else SHARES.get(word) or (
        Fraction(word) if "/" in word and not word.endswith("/0") else Fraction(0))
    if not 0 < share <= 2:
        return None
    given = _f(weights[0].group(1))
    given_lb = weights[0].group(2).lower().startswith(("lb", "pound"))
    volume = rule.group(4).lower()
    named = (rule.group(3) or ("lb" if "oz" in volume or "ounce" in volume else "kg")).lower()
    in_lb = named.startswith(("lb", "pound"))
    weight = given if in_lb == given_lb else given / LB_KG if in_lb else given * LB_KG
    amount = weight * share
    ml = amount * (FL_OZ_ML if ("oz" in volume or "ounce" in volume) else 1)
    unit = "fl oz" if ml != amount else "ml"
    said = f"{_show(weight)} {'lb' if in_lb else 'kg'} × {_show(share)}"
    if re.search(r"\b(?:litres?|liters?)\b|\bin\s+l\b", text[rule.end():]):
        litres = ml / 1000
        return Trip("water a day", litres, "litres", f"{_show(litres)} litres "
                    f"({_show(amount)} {unit})", f"{said} = {_show(amount)} {unit}")
    return Trip("water a day", amount, unit, f"{_show(amount)} {unit}", said)


MACRO = _c(rf"{NUM}\s*g(?:rams?)?\s+(?:of\s+)?(protein|carbs?|carbohydrates?|fats?|alcohol)\b|"
           rf"\b(protein|carbs?|carbohydrates?|fats?|alcohol)\s*(?:of|:|=)?\s*{NUM}\s*g\b")
KCAL_PER_G = {"protein": 4, "carb": 4, "fat": 9, "alcohol": 7}
KCAL_ASK = _c(r"\bcalories\b|\bkcal\b|\bcals?\b|\benergy\b")


def macro_energy(text: str) -> Trip | None:
    """"15 g protein, 70 g carbs and 17 g fat: calories?" → 493 kcal (4, 4 and 9 kcal a gram,
    7 for alcohol)."""
    found = list(MACRO.finditer(text))
    if len(found) < 2 or KCAL_ASK.search(text) is None:
        return None
    total, said = Fraction(0), []
    for m in found:
        grams = _f(m.group(1) or m.group(4))
        name = (m.group(2) or m.group(3)).lower()
        key = next(k for k in KCAL_PER_G if name.startswith(k))
        total += grams * KCAL_PER_G[key]
        said.append(f"{_show(grams)} g {key} × {KCAL_PER_G[key]}")
    return Trip("energy", total, "kcal", f"{_show(total)} kcal", " + ".join(said))


def health_formula(text: str) -> Trip | None:
    return water_by_rule(text) or met_energy(text) or maintenance(text) or \
        tablets_by_time_of_day(text) or macro_energy(text)
