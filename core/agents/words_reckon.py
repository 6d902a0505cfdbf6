"""Everyday quantity problems in words → an exact amount in the unit the question names.

Each kind reads the roles of its numbers from the words around them, in any order:

- a dose by body weight: "5 mg/kg, she is 18 kg" → 90 mg (per day split into doses too);
- the volume of a liquid medicine for a dose: "250 mg in 5 ml, the dose is 300 mg" → 6 ml,
  or the mg in a volume;
- how long a supply lasts: "a bottle of 90 capsules, 3 a day" → 30 days, or how many are
  needed for a number of days or weeks;
- a walk from steps and a stride: "8,000 steps of 70 cm" → 5.6 km (or miles), or the
  steps a distance takes;
- a recipe scaled to more or fewer people (:mod:`core.agents.words_recipe`).

Arithmetic is exact (fractions); the answer is shown to two decimals at most. The text is
expanded and lower-cased here; a kind answers only when its question is asked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from core.agents.amounts import POUND_G
from core.agents.money_reckon import money_kinds
from core.agents.money_words import percent_change
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned as Reckoned
from core.agents.reckon_base import show as show
from core.agents.wording import expand
from core.agents.words_places import asked_places, rounded, without_places
from core.agents.words_travel import travel

NUM = r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
ASK = re.compile(r"\?|\b(?:how\s+(?:much|many|long|far)|what|calculate|work\s+out|tell\s+me)\b|"
                 r"\b(?:add|sum|total)\s+(?:(?:all\s+)?(?:these|those|them)|it\s+all|this\s+lot|up|together)\b|"
                 r"^\s*(?:please\s+)?(?:split|share|divide)\s+[$€£]?\d|\btotal\s+(?:length|time|"
                 r"duration|running\s+time|cost)\s+of\b|^\W*(?:simple\s+)?interest\s+(?:on|for)\s|"
                 r"\b(?:gpa|grade\s+point\s+average)\b|\bin\s+(?:weeks|hours|minutes|years|days)\s+and\s+(?:days|minutes|seconds|months|hours)\b|"
                 r"^\W*(?:please\s+)?convert\s+\d[\d.]*\s*(?:/|out\s+of)\s*\d|^\W*(?:please\s+)?(?:add|put|take|knock)\s+(?:an?\s+)?"
                 r"(?:extra\s+)?\d[\d.,]*\s*(?:%|percent|per\s*cent)\s+(?:on(?:to)?|to|off|from)\b",
                 re.I)
# "(24h clock)", "(decimal)": how an answer is to be shown, no quantity of the question
CLOCK_FORM = re.compile(r"\(\s*(?:on\s+(?:a|the)\s+|in\s+)?(?:24|12)[\s-]*h(?:ou)?r?s?\s*(?:clock|"
                        r"format|time)?\s*\)|\b(?:on\s+(?:a|the)\s+|in\s+)(?:24|12)[\s-]*h(?:ou)?r?s?\s*"
                        r"(?:clock|format|time)\b|\(\s*(?:as\s+a\s+|in\s+)?decimals?\s*\)", re.I)
DOSE_NOTE = ("Always follow the label or your prescriber's instructions and never exceed "
             "the maximum daily dose.")
LB_KG = POUND_G / 1000
MILE_M = Fraction("1609.344")


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


# --- a dose by body weight ------------------------------------------------------------------

DOSE_UNIT = r"(mg|mcg|µg|micrograms?|milligrams?|g|grams?|ml|units?|iu)"
PER_WEIGHT = _c(rf"{NUM}\s*{DOSE_UNIT}\s*(?:per|/|a|an|for\s+(?:each|every)|each|every)\s*(?:1\s*)?"
                rf"(kg|kilo(?:gram)?s?|lbs?|pounds?)\b(?:\s*(?:of\s+(?:body\s*)?weight\s*)?"
                rf"(?:per|/|a|each)\s*(day|24\s*h(?:ours?)?))?")
BODY = _c(rf"{NUM}\s*(kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b")
SPLIT = _c(rf"\b(?:divided|split|spread|given|taken)\s+(?:into|over|across|in|as)\s+{NUM}\s+"
           rf"(?:equal\s+|separate\s+|divided\s+)?doses\b|\bin\s+{NUM}\s+(?:equal\s+|divided\s+)"
           rf"?doses\b|\b{NUM}\s+times\s+(?:a|per|each)\s+day\b|\b(twice|three\s+times)\s+a\s+day\b")
ONE_DOSE = _c(r"\b(?:each|per|one|a|every|single|the)\s+dose\b")
# "how much water should I drink at 30 ml per kg": a daily drink, no medicine
WATER = _c(r"\b(?:water|fluids?|drink(?:ing)?|hydrat\w*)\b")
MEDICINE = _c(r"\b(?:doses?|medicines?|medication|syrup|tablets?|pills?|drugs?|mg|mcg)\b")
LITRES_ASKED = _c(r"\b(?:in|as|into)\s+(?:litres?|liters?|l)\b")
DOSE_ASK = _c(r"\bhow\s+(?:many|much)\b|\bdose\b|\bwhat\s+(?:amount|quantity)\b")


def _dose_by_weight(text: str) -> Reckoned | None:
    rate = PER_WEIGHT.search(text)
    if rate is None or not DOSE_ASK.search(text):
        return None
    bodies = [m for m in BODY.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if not bodies:
        return None
    per, unit = _f(rate.group(1)), rate.group(2).lower()
    per_lb = rate.group(3).lower().startswith(("l", "p"))
    unit = {"milligram": "mg", "milligrams": "mg", "µg": "mcg", "micrograms": "mcg",
            "microgram": "mcg", "grams": "g", "gram": "g", "units": "units", "unit": "units"}.get(
        unit, unit)
    weight, weight_unit = _f(bodies[0].group(1)), bodies[0].group(2).lower()
    weight_lb = weight_unit.startswith(("l", "p"))
    kg = weight * LB_KG if weight_lb and not per_lb else weight
    if per_lb and not weight_lb:
        kg = weight / LB_KG
    amount = per * kg
    if weight_lb != per_lb:
        amount = per * Fraction(round(kg, 2))  # the converted weight as it is shown
    shown_weight = f"{show(weight)} {'lb' if weight_lb else 'kg'}"
    basis = f"{show(per)} {unit}/{'lb' if per_lb else 'kg'} × {shown_weight}"
    if weight_lb != per_lb:
        basis += f" ({show(kg)} {'lb' if per_lb else 'kg'})"
    if unit == "ml" and WATER.search(text) and not MEDICINE.search(text):
        if LITRES_ASKED.search(text):  # "answer in litres"
            return Reckoned("water a day", amount / 1000, "l", f"{basis} ÷ 1000 ml per litre")
        return Reckoned("water a day", amount, "ml", basis)
    split = SPLIT.search(text)
    if rate.group(4) and split is not None and ONE_DOSE.search(text):
        count = next((g for g in split.groups() if g), "1")
        doses = {"twice": Fraction(2), "three times": Fraction(3)}.get(count) or _f(count)
        if doses > 0:
            return Reckoned("each dose", amount / doses, unit, f"{basis} ÷ {show(doses)} doses",
                            DOSE_NOTE)
    name = "daily dose" if rate.group(4) else "dose"
    return Reckoned(name, amount, unit, basis, DOSE_NOTE)


# --- the volume of a liquid medicine ---------------------------------------------------------

STRENGTH = _c(rf"{NUM}\s*(mg|mcg|g)\s*(?:per|/|in|in\s+(?:each|every)|every|each|for\s+(?:each|"
              rf"every)|to|=)\s*(?:a\s+|one\s+)?(?:{NUM})?\s*(ml|millilit(?:er|re)s?|mls?|cc)\b")
MG = _c(rf"{NUM}\s*(mg|mcg|g|milligrams?)\b")
ML = _c(rf"{NUM}\s*(?:ml|mls|millilit(?:er|re)s?|cc)\b")
VOLUME_ASK = _c(r"\bhow\s+(?:many|much)\s+(?:ml|mls|millilit\w+|cc|syrup|liquid|medicine|"
                r"suspension|solution|of\s+(?:it|the\s+\w+))\b|\bwhat\s+volume\b|\b(?:ml|mls)\s+"
                r"(?:do|should|would|will)\b|\bin\s+ml\b|\bvolume\b")
MASS_ASK = _c(r"\bhow\s+(?:many|much)\s+(?:mg|milligrams?|mcg)\b")


def _liquid_dose(text: str) -> Reckoned | None:
    strength = STRENGTH.search(text)
    if strength is None:
        return None
    mass, unit = _f(strength.group(1)), strength.group(2).lower()
    volume = _f(strength.group(3)) if strength.group(3) else Fraction(1)
    if mass == 0 or volume == 0:
        return None
    basis = f"{show(mass)} {unit} per {show(volume)} ml"
    if VOLUME_ASK.search(text):
        dose = next((m for m in MG.finditer(text)
                     if not strength.start() <= m.start() < strength.end()), None)
        if dose is None:
            return None
        wanted = _f(dose.group(1))
        return Reckoned("volume to give", wanted * volume / mass, "ml",
                        f"{show(wanted)} {unit} ÷ ({basis})", DOSE_NOTE)
    if MASS_ASK.search(text):
        given = next((m for m in ML.finditer(text)
                      if not strength.start() <= m.start() < strength.end()), None)
        if given is None:
            return None
        ml = _f(given.group(1))
        return Reckoned("amount in that volume", ml * mass / volume, unit,
                        f"{show(ml)} ml × ({basis})", DOSE_NOTE)
    return None


# --- how long a supply lasts ------------------------------------------------------------------

ITEMS = (r"(?:tablets?|pills?|capsules?|caps|doses?|sachets?|puffs?|lozenges?|patch(?:es)?|"
         r"injections?|vitamins?|gummies|drops?|inhalations?|servings?|scoops?|pads?|lenses|"
         r"nappies|diapers|bags?|pods?|cans?|bottles?|ml|mls|millilit(?:er|re)s?|"
         r"teaspoons?|tsp|spoonfuls?)")
STOCK = _c(rf"\b(?:box|pack|packet|bottle|tub|strip|supply|prescription|container|jar|course|"
           rf"blister|tube|carton|bag|tin|case)\s+(?:of|with|has|contains|holds|containing|holding|"
           rf"is|holds\s+about)"
           rf"\s+{NUM}\b|\b(?:have|got|has|had|contains|holds|there\s+are|bought|left|with)\s+"
           rf"{NUM}\s*{ITEMS}|\b{NUM}\s*{ITEMS}\s+(?:in\s+(?:the|a|my)\s+\w+|left)")
DAILY = _c(rf"\b{NUM}\s*(?:{ITEMS}\s+)?(?:a|per|each|every)\s+day\b|\b{NUM}\s+times\s+(?:a|per|"
           rf"each)\s+day\b|\b{NUM}\s*{ITEMS}?\s*daily\b|\b(once|twice|thrice)\s+(?:a\s+day|daily)\b"
           rf"|\b{NUM}\s+in\s+the\s+morning\s+and\s+{NUM}\s+(?:at|in\s+the)\s+(?:night|evening)\b")
# "2 tablets every 4 hours, 4 times a day": the interval between doses may come in between
TIMES_EACH = _c(rf"\b{NUM}\s*(?:{ITEMS}\s+)?(?:(?:every|each)\s+[\d.]+\s*(?:hours?|hrs?|h)\b"
                rf",?\s+(?:and\s+)?)?(?:(once|twice|thrice)|{NUM}\s+times)\s+(?:(?:a|per|"
                rf"each)\s+day|daily)\b")
COUNTED = _c(rf"\b{NUM}\s*{ITEMS}")
LAST_ASK = _c(r"\bhow\s+(?:many\s+(days|weeks)|long)\b.*\b(?:last|run\s+out|go|keep|take|"
              r"supply|enough)\b|\b(?:last|run\s+out)\b.*\bhow\s+(?:many\s+(days|weeks)|long)\b|"
              r"\bhow\s+many\s+(days|weeks)\b")
NEED_ASK = _c(rf"\bhow\s+many\s+{ITEMS}\b|\bhow\s+many(?:\s+(?:do|will|would|should)\s+(?:i|we|"
              rf"you|he|she|they)\s+(?:need|take|use|get\s+through))?\s+(?:for|in|over|during|"
              rf"across|each|per|a)\b")
PERIOD = _c(rf"\b(?:for|in|over|per|a|each|every|across|lasting)\s+(?:a\s+|one\s+)?(?:{NUM}\s*)?"
            rf"(day|week|fortnight)s?\b")


def _per_day(text: str) -> tuple[Fraction, re.Match[str]] | None:
    each = TIMES_EACH.search(text)  # "2 tablets twice a day", "1 pill 3 times a day"
    if each is not None:
        times = {"once": 1, "twice": 2, "thrice": 3}.get((each.group(2) or "").lower())
        return _f(each.group(1)) * (times or _f(each.group(3))), each
    daily = DAILY.search(text)
    if daily is None:
        return None
    groups = daily.groups()
    if groups[4] is not None and groups[5] is not None:
        return _f(groups[4]) + _f(groups[5]), daily
    word = groups[3]
    if word:
        return Fraction({"once": 1, "twice": 2, "thrice": 3}[word.lower()]), daily
    value = next(g for g in groups[:3] if g)
    return _f(value), daily


def _supply(text: str) -> Reckoned | None:
    found = _per_day(text)
    if found is None:
        return None
    per_day, daily = found
    if per_day <= 0:
        return None
    stock = next((m for m in STOCK.finditer(text)
                  if not daily.start() <= m.start() < daily.end()), None)
    ask = LAST_ASK.search(text)
    if stock is None and ask is not None:  # "30 tablets, 2 a day": a count named on its own
        stock = next((m for m in COUNTED.finditer(text)
                      if not daily.start() <= m.start() < daily.end()), None)
    if ask is not None and stock is not None:
        count = _f(next(g for g in stock.groups() if g))
        days = count / per_day
        weeks = next((g for g in ask.groups() if g), "") == "weeks"
        if weeks:
            return Reckoned("it lasts", days / 7, "weeks",
                            f"{show(count)} ÷ {show(per_day)} a day ÷ 7")
        whole = Fraction(int(days))
        extra = f" (with {show(count - whole * per_day)} left over)" if whole != days else ""
        basis = f"{show(count)} ÷ {show(per_day)} a day" + extra
        if whole != days and not re.search(r"\b(?:full|whole|complete)\b", text):
            return Reckoned("it lasts", days, "days", basis,  # "6.4 days", the full days beside
                            text=f"{show(days)} days ({whole} full days)")
        return Reckoned("it lasts", whole, "days", basis)
    if NEED_ASK.search(text) and (period := _period(text, daily)) is not None:
        days, said = period
        return Reckoned("needed", per_day * days, "",
                        f"{show(per_day)} a day × {said}")
    return None


def _period(text: str, daily: re.Match[str]) -> tuple[Fraction, str] | None:
    for m in PERIOD.finditer(text):
        if daily.start() <= m.start() < daily.end():
            continue
        count = _f(m.group(1)) if m.group(1) else Fraction(1)
        unit = m.group(2).lower()
        size = {"day": 1, "week": 7, "fortnight": 14}[unit]
        return count * size, f"{show(count)} {unit}{'s' if count != 1 else ''}"
    return None


# --- steps and stride --------------------------------------------------------------------------

STEPS = _c(rf"{NUM}\s*(?:steps?|paces?|strides?)\b")
LENGTH = r"(m|cm|metres?|meters?|centimet(?:er|re)s?|ft|feet|foot|in|inch(?:es)?)"
STRIDE = _c(rf"{NUM}\s*{LENGTH}\s*(?:long\s+)?(?:stride|step|pace)|(?:stride|step|pace)\s*"
            rf"(?:length\s*)?(?:is|of|=|:|about|around|measures)?\s*(?:about\s+|around\s+)?{NUM}\s*"
            rf"{LENGTH}\b")
METRES = {"m": Fraction(1), "cm": Fraction(1, 100), "ft": Fraction("0.3048"),
          "in": Fraction("0.0254")}
DISTANCE_ASK = _c(r"\bhow\s+(?:far|many\s+(?:km|kilomet\w+|miles?|mi|metres?|meters?|m)|much\s+"
                  r"distance)\b|\b(?:distance|in\s+(?:km|miles?|kilomet\w+))\b")
SAID = _c(r"\b(?:in|how\s+many|into|to)\s+(km|kilomet\w+|miles?|mi|metres?|meters?|m)\b")
STEPS_ASK = _c(r"\bhow\s+many\s+(?:steps|paces|strides)\b")
WALK = _c(rf"{NUM}\s*(km|kilomet(?:er|re)s?|miles?|mi)\b")


def _metres(value: str, unit: str) -> Fraction:
    key = unit.lower()
    key = "cm" if key.startswith("cent") or key == "cm" else "ft" if key in ("ft", "feet",
                                                                          "foot") else \
        "in" if key.startswith("in") else "m"
    return _f(value) * METRES[key]


def _walk(text: str) -> Reckoned | None:
    stride = STRIDE.search(text)
    if stride is None:
        return None
    value, unit = (stride.group(1), stride.group(2)) if stride.group(1) else (stride.group(3),
                                                                             stride.group(4))
    step = _metres(value, unit)
    if step <= 0:
        return None
    basis_step = f"{value} {unit}"
    if STEPS_ASK.search(text) and (walk := WALK.search(text)) is not None:
        metres = _f(walk.group(1)) * (MILE_M if walk.group(2).startswith("mi") else 1000)
        return Reckoned("steps", metres / step, "steps",
                        f"{walk.group(0)} ÷ {basis_step} per step")
    steps = STEPS.search(text)
    ask = DISTANCE_ASK.search(text)
    if steps is None or ask is None:
        return None
    metres = _f(steps.group(1)) * step
    unit_said = SAID.search(text, steps.end()) or SAID.search(text)
    said = unit_said.group(1).lower() if unit_said is not None else "km"
    basis = f"{steps.group(1)} steps × {basis_step}"
    if said.startswith("mi"):
        return Reckoned("distance", metres / MILE_M, "miles", basis)
    if said in ("m", "metres", "meters", "metre", "meter"):
        return Reckoned("distance", metres, "m", basis)
    return Reckoned("distance", metres / 1000, "km", basis)


# --- a percentage change ---------------------------------------------------------------------

def _percentage(text: str) -> Reckoned | None:
    change = percent_change(text)
    if change is None:
        return None
    old, new, base = _f(change.old), _f(change.new), _f(change.base)
    if base == 0:
        return None
    if change.kind == "points":
        name = "rise" if new >= old else "fall"
        return Reckoned(name, abs(new - old), "percentage points",
                        f"{show(new)}% − {show(old)}%")
    names = {"profit": ("profit", "loss"), "margin": ("margin", "margin"),
             "change": ("increase", "decrease")}[change.kind]
    name = names[0] if new >= old else names[1]
    basis = f"({show(new)} − {show(old)}) ÷ {show(base)} × 100"
    size = abs(new - old) / base * 100
    if change.kind == "change" and new < old and re.search(r"\bchanged?\b", text):
        # "what is the percentage change?": the signed change beside its name
        return Reckoned(name, size, "%", basis, text=f"{show(size)}% (−{show(size)}%)")
    return Reckoned(name, size, "%", basis)


def _trip(text: str) -> Reckoned | None:
    trip = travel(text)
    if trip is None:
        return None
    return Reckoned(trip.name, trip.value, trip.unit, trip.basis, text=trip.shown)


KINDS = (_percentage, _dose_by_weight, _liquid_dose, _supply, _trip, _walk)


def reckon(text: str) -> Reckoned | None:
    """The everyday quantity ``text`` asks for, or None."""
    if len(text) > 600:
        return None
    text = CLOCK_FORM.sub(" ", expand(text).lower())
    if not ASK.search(text):
        return None
    from core.agents.money_versus import KINDS as VERSUS
    from core.agents.reckon_change import successive_change
    from core.agents.reckon_per import KINDS as PER
    from core.agents.words_recipe import recipe

    read = without_places(text)
    for kind in (*VERSUS, successive_change, KINDS[0], *money_kinds(), *KINDS[1:], recipe, *PER):
        found = kind(read)
        if found is not None:
            return _as_asked(found, text)
    return None


LEAD = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(?![\d.,])")


def _as_asked(found: Reckoned, text: str) -> Reckoned:
    """The figure to the places asked ("1 dp", "nearest whole") when it is shown as its
    value to two decimals: "73.9 ml (73.925 ml)"; any other showing stays as it is."""
    digits = asked_places(text)
    lead = LEAD.match(found.shown())
    if digits is None or lead is None or abs(_f(lead.group(1)) - found.value) > Fraction(1, 200):
        return found  # not shown as its value: a date, a time in hours and minutes
    shown, asked = found.shown(), rounded(found.value, digits)
    if asked == lead.group(1).replace(",", ""):
        return found
    return replace(found, text=f"{asked}{shown[lead.end(1):].split(' (')[0]} ({shown})")


def needs_weight(text: str) -> bool:
    """A dose per kilogram or pound asked without the body weight (it may come from a
    weight converted just before)."""
    text = expand(text[:600]).lower()
    rate = PER_WEIGHT.search(text)
    return rate is not None and bool(ASK.search(text)) and DOSE_ASK.search(text) is not None \
        and not any(not rate.start() <= m.start() < rate.end() for m in BODY.finditer(text))
