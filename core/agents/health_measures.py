"""Named health measures worked out from the figures a message gives: body surface area
(Mosteller), waist-to-height ratio, protein or water per kilogram of body weight, alcohol
units in a drink, millilitres of insulin for a number of units, and a drip's rate in ml per
hour or drops per minute.

"BSA by Mosteller, 180 cm and 75 kg?" → 1.94 m²; "waist 80 cm, I'm 170 cm tall, waist to
height?" → 0.47; "1.6 g of protein per kg, I weigh 70 kg" → 112 g; "a 500 ml pint of 4%
beer, how many units?" → 2 units; "U-100 insulin, 15 units is how many ml?" → 0.15 ml;
"1 litre over 8 hours, ml/hr?" → 125 ml/hr; "… with a 20 drops/ml set, drops per minute?".
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.amounts import POUND_G
from core.agents.health_water import containers, shown_count, with_exercise
from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

CM = r"(cm|centimet(?:er|re)s?|m|metres?|meters?|in|inch(?:es)?|\")"
KG = r"(kg|kgs|kilos?|kilograms?|lbs?|pounds?)"
HEIGHT = _c(rf"{NUM}\s*{CM}(?=\W|$)")
WEIGHT = _c(rf"{NUM}\s*{KG}\b")
BSA_ASK = _c(r"\bmosteller\b|\bbody\s+surface\s+area\b|\bbsa\b")
WAIST_ASK = _c(r"\bwaist[\s-]*(?:to|:|/)[\s-]*height\b|\bwhtr\b")
WAIST = _c(rf"\bwaist\b[^0-9]{{0,30}}{NUM}\s*{CM}|{NUM}\s*{CM}\s+waist\b")
TALL = _c(rf"\b(?:height|tall|stand)\b[^0-9]{{0,30}}{NUM}\s*{CM}|{NUM}\s*{CM}\s+(?:tall|height)\b")
PER_KG = _c(rf"{NUM}\s*(g|grams?|ml|millilit(?:er|re)s?)(?:\s+|(?=\s*/))(?:of\s+)?"
            rf"(protein|water|fluids?)?\s*"
            rf"(?:per|a|/|for\s+each|each)\s*(?:kg|kilo(?:gram)?)\b")
PER_KG_THING = _c(r"\b(protein|water|fluids?)\b")
ABV = _c(rf"{NUM}\s*%\s*(?:abv|alc|alcohol|vol|strength)?")
DRINK = _c(rf"{NUM}\s*(ml|millilit(?:er|re)s?|cl|l|lit(?:er|re)s?|pints?)\b")
UNITS_ASK = _c(r"\b(?:alcohol\s+)?units?\b")
INSULIN = _c(rf"\bu[\s-]?(\d+)\b|{NUM}\s*(?:units?|iu)\s*(?:per|/|a|in\s+(?:each|one|a))\s*"
             r"(?:ml|millilit(?:er|re))\b")
UNITS_NEEDED = _c(rf"{NUM}\s*(?:units?|iu)\b(?!\s*(?:per|/|a|in\s+(?:each|one|a))\s*(?:ml|"
                  r"millilit))")
ML_ASK = _c(r"\b(?:how\s+many|how\s+much|what)\b[^.?!]*\b(?:ml|millilit(?:er|re)s?)\b|"
            r"\bin\s+ml\b")
VOLUME = _c(rf"{NUM}\s*(ml|millilit(?:er|re)s?|l|lit(?:er|re)s?)\b(?!\s*/)")
OVER = _c(rf"\b(?:over|for|in|across|during|run\s+(?:over|for))\s+{NUM}\s*(hours?|hrs?|h|"
          r"minutes?|mins?)\b")
DROP_FACTOR = _c(rf"{NUM}\s*(?:drops?|gtts?|gtt)\s*(?:/|per|a|an)\s*(?:ml|millilit(?:er|re))\b")
DROPS_ASK = _c(r"\b(?:drops?|gtts?|gtt)\s*(?:/|per|a|an)\s*(?:min|minute)\b")
AGE = _c(rf"\b(?:age[ds]?|aged)\s*(?:is|of|=|:)?\s*{NUM}|{NUM}[\s-]*(?:years?|yrs?|y/?o)\b[\s-]*"
          r"(?:old)?|\bi(?:'?m|\s+am)\s+{NUM}\b".replace("{NUM}", NUM))
RESTING = (_c(rf"\brest(?:ing)?\s*(?:heart\s*rate|hr|pulse)?\s*(?:is|of|=|:|at)?\s*(?:about\s+)?"
               rf"{NUM}"), _c(r"(\d+)\s*(?:bpm\s+)?(?:at\s+rest|resting)\b"))
INTENSITY = _c(rf"{NUM}\s*%")
# a maximum heart rate formula written out: "208 - 0.7 x age", "220 minus age", "211 − 0.64×age"
MAX_FORMULA = _c(r"\b(2\d\d)\s*(?:-|−|–|minus)\s*(?:(0?\.\d+|\d(?:\.\d+)?)\s*(?:x|×|\*|times)\s*)?"
                 r"(?:your\s+|my\s+|the\s+)?age\b")
BAND = _c(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*"
          r"(?:%|percent\b|per\s*cent\b)")
RESERVE = _c(r"\b(?:heart[\s-]*rate|hr)\s+reserve\b|\bhrr\b")
RATE_ASK = _c(r"\bml\s*/\s*hr?\b|\bml\s+(?:per|an|a)\s+hour\b|\bmls?\s+per\s+h\b|\brate\b")


def _metres(value: Fraction, unit: str) -> Fraction:
    unit = unit.lower()
    if unit.startswith("c"):
        return value / 100
    if unit.startswith("i") or unit == '"':
        return value * Fraction("0.0254")
    return value


def _kg(value: Fraction, unit: str) -> Fraction:
    return value * POUND_G / 1000 if unit.lower().startswith(("lb", "p")) else value


def body_surface(text: str) -> Trip | None:
    """Mosteller's body surface area: √(height cm × weight kg ÷ 3600)."""
    if BSA_ASK.search(text) is None:
        return None
    heights = [m for m in HEIGHT.finditer(text)]
    weights = [m for m in WEIGHT.finditer(text)]
    if len(heights) != 1 or len(weights) != 1:
        return None
    cm = _metres(_f(heights[0].group(1)), heights[0].group(2)) * 100
    kg = _kg(_f(weights[0].group(1)), weights[0].group(2))
    if not 30 <= cm <= 260 or not 1 <= kg <= 400:
        return None
    value = Fraction(math.sqrt(cm * kg / 3600)).limit_denominator(10**6)
    return Trip("body surface area (Mosteller)", value, "m²", f"{_show(value)} m²",
                f"√({_show(cm)} cm × {_show(kg)} kg ÷ 3600)")


def waist_to_height(text: str) -> Trip | None:
    """The waist measurement divided by the height, both in the same unit."""
    ask = WAIST_ASK.search(text)
    if ask is None:
        return None
    waist = WAIST.search(text)
    if waist is not None and ask.start() <= waist.start() < ask.end():
        waist = WAIST.search(text, ask.start() + 5)  # the ask's own "waist" names no figure
    tall = TALL.search(text, waist.end()) or TALL.search(text) if waist else None
    if waist is None or tall is None:
        lengths = list(HEIGHT.finditer(text))
        if len(lengths) != 2:
            return None
        pairs = [(_f(m.group(1)), m.group(2)) for m in lengths]
    else:
        pairs = [(_f(waist.group(1) or waist.group(3)), waist.group(2) or waist.group(4)),
                 (_f(tall.group(1) or tall.group(3)), tall.group(2) or tall.group(4))]
    waist_m, height_m = (_metres(v, u) for v, u in pairs)
    if height_m <= 0 or waist_m <= 0 or waist_m >= height_m:
        return None
    ratio = waist_m / height_m
    return Trip("waist-to-height ratio", ratio, "", _show(ratio),
                f"{_show(pairs[0][0])} ÷ {_show(pairs[1][0])}")


def per_body_kg(text: str) -> Trip | None:
    """An amount per kilogram of body weight times the weight ("1.6 g protein per kg")."""
    rate = PER_KG.search(text)
    if rate is None:
        return None
    weights = [m for m in WEIGHT.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(weights) != 1:
        return None
    kg = _kg(_f(weights[0].group(1)), weights[0].group(2))
    amount = _f(rate.group(1)) * kg
    unit = "g" if rate.group(2).lower().startswith("g") else "ml"
    extra = ""
    if unit == "ml":
        amount, extra = with_exercise(text, amount, (rate.start(), rate.end()))
        if (filled := containers(text, amount)) is not None:
            return Trip(filled[1], filled[0], filled[1], shown_count(filled[0], filled[1]),
                        f"({rate.group(0)} × {_show(kg)} kg{extra}){filled[2]}")
    thing = (rate.group(3) or "").lower() or (((m := PER_KG_THING.search(text)) and m.group(1))
                                              or "")
    shown = f"{_show(amount)} {unit}"
    if unit == "ml" and amount >= 1000:
        shown = f"{_show(amount / 1000)} L ({_show(amount)} ml)"
    name = f"{thing or 'amount'} a day" if "day" in text else thing or "amount"
    return Trip(name, amount, unit, shown, f"{rate.group(0)} × {_show(kg)} kg{extra}")


def alcohol_units(text: str) -> Trip | None:
    """UK alcohol units: millilitres × ABV % ÷ 1000."""
    if UNITS_ASK.search(text) is None or ("how many" not in text and "units" not in text):
        return None
    strength, drink = ABV.search(text), DRINK.search(text)
    if strength is None or drink is None or not ("abv" in text or "alcohol" in text or
                                                 ("%" in text and "unit" in text)):
        return None
    unit = drink.group(2).lower()
    ml = _f(drink.group(1)) * (10 if unit == "cl" else 568 if unit.startswith("pint") else
                               1000 if unit.startswith("l") else 1)
    count = 1
    if (many := _c(rf"{NUM}\s*(?:x\s*)?(?=\S*\s*{drink.group(1)})").search(text[:drink.start()])):
        count = int(_f(many.group(1))) if _f(many.group(1)).denominator == 1 else 1
    units = ml * _f(strength.group(1)) / 1000 * count
    if units <= 0 or _f(strength.group(1)) > 100:
        return None
    return Trip("alcohol units", units, "units", f"{_show(units)} units",
                f"{_show(ml)} ml × {strength.group(1)}% ÷ 1000")


def insulin_volume(text: str) -> Trip | None:
    """Millilitres to draw for a number of insulin units at a strength of units per ml."""
    if "insulin" not in text and "u-" not in text:
        return None
    strength = INSULIN.search(text)
    if strength is None or ML_ASK.search(text) is None:
        return None
    per_ml = _f(strength.group(1) or strength.group(2))
    needed = [m for m in UNITS_NEEDED.finditer(text)
              if not strength.start() <= m.start() < strength.end()
              and _f(m.group(1)) != per_ml]
    if len(needed) != 1 or per_ml <= 0:
        return None
    ml = _f(needed[0].group(1)) / per_ml
    return Trip("volume", ml, "ml", f"{_show(ml)} ml",
                f"{needed[0].group(1)} units ÷ {_show(per_ml)} units/ml")


def drip_rate(text: str) -> Trip | None:
    """A volume run over a time: ml per hour, or drops per minute with a drop factor."""
    factor, drops = DROP_FACTOR.search(text), DROPS_ASK.search(text)
    if (factor is None or drops is None) and RATE_ASK.search(text) is None:
        return None
    volume, over = VOLUME.search(text), OVER.search(text)
    if volume is None or over is None:
        return None
    ml = _f(volume.group(1)) * (1000 if volume.group(2).lower().startswith("l") else 1)
    minutes = _f(over.group(1)) * (1 if over.group(2).lower().startswith("m") else 60)
    if minutes <= 0 or ml <= 0:
        return None
    if factor is not None and drops is not None:
        rate = ml * _f(factor.group(1)) / minutes
        return Trip("drip rate", rate, "drops/min",
                    f"{_show(rate)} drops/min (about {round(rate)} drops per minute)",
                    f"{_show(ml)} ml × {factor.group(1)} drops/ml ÷ {_show(minutes)} min")
    if not _c(r"\bml\s*/\s*hr?\b|\bml\s+(?:per|an|a)\s+hour\b|\bper\s+hour\b|\bpump\b|"
              r"\binfusion\b|\bdrip\b").search(text):
        return None
    rate = ml * 60 / minutes
    return Trip("rate", rate, "ml/hr", f"{_show(rate)} ml/hr",
                f"{_show(ml)} ml ÷ {_show(minutes / 60)} hours")


def _age(text: str) -> Fraction | None:
    found = AGE.search(text)
    if found is None:
        return None
    age = _f(next(g for g in found.groups() if g))
    return age if 5 <= age <= 110 else None


def named_heart_rate(text: str) -> Trip | None:
    """A heart rate by the formula the user names: Tanaka's maximum (208 − 0.7 × age) or
    Karvonen's target ((max − resting) × intensity + resting, max = 220 − age)."""
    tanaka = "tanaka" in text
    karvonen = "karvonen" in text or RESERVE.search(text) is not None
    formula = MAX_FORMULA.search(text)
    named = formula is not None and (formula.group(2) is not None or formula.group(1) != "220")
    age = _age(text)
    if age is None and (tanaka or named):  # "my max heart rate at 45 using …"
        at = re.search(r"\bat\s+(\d{1,3})\b(?!\s*(?:%|bpm|kg|lb|percent))", text)
        age = _f(at.group(1)) if at is not None and 5 <= int(at.group(1)) <= 110 else None
    if not (tanaka or karvonen or named) or age is None:
        return None
    band = BAND.search(text)
    if named and formula is not None:  # "208 − 0.7 × age": the formula given
        base, share = _f(formula.group(1)), _f(formula.group(2) or "1")
        top = base - share * age
        said = f"{_show(base)} − {_show(share)} × {_show(age)}"
        if not karvonen and band is not None:  # "zone 2 is 60-70% of max": both ends
            ends = [top * _f(band.group(i)) / 100 for i in (1, 2)]
            return Trip("heart rate band", ends[0], "bpm",
                        f"{_show(ends[0])} bpm to {_show(ends[1])} bpm (about {_whole(ends[0])}"
                        f"–{_whole(ends[1])} bpm)",
                        f"{band.group(1)}% and {band.group(2)}% of ({said})")
        if not karvonen:
            return Trip("maximum heart rate", top, "bpm",
                        f"{_show(top)} bpm (about {math.floor(top + Fraction(1, 2))} bpm)", said)
    else:
        top = 208 - Fraction(7, 10) * age if tanaka else 220 - age
        said = f"208 − 0.7 × {_show(age)}" if tanaka else f"220 − {_show(age)}"
    if not karvonen:
        return Trip("maximum heart rate (Tanaka)", top, "bpm",
                    f"{_show(top)} bpm (about {math.floor(top + Fraction(1, 2))} bpm)", said)
    rest = RESTING[0].search(text) or RESTING[1].search(text)
    shares = [m for m in INTENSITY.finditer(text)]
    if rest is not None and not shares and band is None and "reserve" in text:  # max − resting
        reserve = top - _f(rest.group(1))
        return Trip("heart rate reserve", reserve, "bpm", f"{_show(reserve)} bpm",
                    f"{said} − {_show(_f(rest.group(1)))}")
    if rest is None or not (len(shares) == 1 or band is not None):
        return None
    resting = _f(rest.group(1))
    if band is not None:  # "zone 2 is 60-70% of heart rate reserve": both ends of the band
        ends = [(top - resting) * _f(band.group(i)) / 100 + resting for i in (1, 2)]
        return Trip("heart rate band (Karvonen)", ends[0], "bpm",
                    f"{_show(ends[0])} bpm to {_show(ends[1])} bpm (about {_whole(ends[0])}–"
                    f"{_whole(ends[1])} bpm)",
                    f"({said} − {_show(resting)}) × {band.group(1)}% and {band.group(2)}% + "
                    f"{_show(resting)}")
    share = _f(shares[0].group(1)) / 100
    target = (top - resting) * share + resting
    about = f" (about {_whole(target)} bpm)" if target.denominator > 1 else ""
    return Trip("target heart rate (Karvonen)", target, "bpm", f"{_show(target)} bpm{about}",
                f"({said} − {_show(resting)}) × {shares[0].group(0)} + {_show(resting)}")


def _whole(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def health_measure(text: str) -> Trip | None:
    """The first named health measure the text asks for."""
    from core.agents.health_budget import health_budget
    from core.agents.health_formulas import health_formula
    from core.agents.health_named import named_formula
    from core.agents.words_bare import bare_reading
    from core.agents.words_factor import stated_factor
    from core.agents.words_geometry import geometry
    from core.agents.words_mixes import mixes

    return named_formula(text) or stated_factor(text) or health_budget(text) or mixes(text) or \
        named_heart_rate(text) or \
        body_surface(text) or waist_to_height(text) or alcohol_units(text) or \
        insulin_volume(text) or drip_rate(text) or per_body_kg(text) or health_formula(text) or \
        bare_reading(text) or geometry(text)
