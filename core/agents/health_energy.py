"""Body energy sums: weeks for a calorie deficit to take off some weight, the daily deficit
for a weekly loss, fat and lean mass from a body-fat share, and the share of a food's
calories that comes from fat (or protein or carbs).

"1 kg of fat is 7700 kcal, 500 kcal a day under, weeks to lose 5 kg?" → 11 weeks; "lose 0.5
kg a week, daily deficit?" → 550 kcal; "80 kg at 20% body fat" → 16 kg fat, 64 kg lean.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

N = r"(\d[\d,]*(?:\.\d+)?)"
PER_KG = _c(rf"\b(?:1|one|a)\s+(kg|kilo|kilogram|lb|pound)s?\s+(?:of\s+(?:body\s+)?fat\s+)?"
            rf"(?:is|=|equals|contains|holds|stores)\s+(?:about\s+|roughly\s+)?{N}\s*(?:kcal|calories)|"
            rf"{N}\s*(?:kcal|calories)\s+(?:per|a|in\s+a|to\s+a|for\s+a)\s+(kg|kilo|lb|pound)\b")
DEFICIT = _c(rf"{N}\s*(?:kcal|calories|cal)\s+(?:a\s+day\s+|daily\s+|per\s+day\s+)?"
             rf"(?:deficit|under|below|less)|(?:deficit|under\s+maintenance)\s+(?:of\s+)?{N}|{N}\s*(?:kcal|calories)"
             r"\s+(?:a\s+day\s+|daily\s+)?(?:deficit)|daily\s+deficit\s+(?:of\s+)?(\d+)")
LOSE = _c(rf"\b(?:lose|drop|shed|lost|losing)\s+(?:another\s+)?{N}\s*(kg|kilos?|lbs?|pounds?)\b"
          r"(?!\s*(?:a|per|each)\s+week)")
WEEKLY = _c(rf"{N}\s*(kg|kilos?|lbs?|pounds?)\s+(?:a|per|each|every)\s+week\b")


def _fat_energy(text: str) -> tuple[Fraction, str] | None:
    m = PER_KG.search(text)
    if m is None:
        return None
    unit = (m.group(1) or m.group(4)).lower()
    return Fraction((m.group(2) or m.group(3)).replace(",", "")), "lb" if unit.startswith(
        ("lb", "pound")) else "kg"


def deficit_weeks(text: str) -> Trip | None:
    """Weeks of a daily deficit to lose a weight, or the daily deficit for a weekly loss."""
    energy = _fat_energy(text)
    if energy is None:
        return None
    per, unit = energy
    spans = [m.span() for m in PER_KG.finditer(text)]
    weekly = WEEKLY.search(text)
    if weekly is not None and re.search(r"\bdeficit\b|\bhow\s+many\s+(?:kcal|calories)\b", text):
        amount = Fraction(weekly.group(1))
        daily = amount * per / 7
        return Trip("daily deficit", daily, "kcal/day", f"{_show(daily)} kcal a day",
                    f"{_show(amount)} {unit} × {_show(per)} kcal ÷ 7 days")
    deficit = next((m for m in DEFICIT.finditer(text) if not any(a <= m.start() < b
                                                                  for a, b in spans)), None)
    lose = LOSE.search(text)
    if deficit is None or lose is None or not re.search(r"\bweeks?\b|\bdays?\b|\bhow\s+long\b",
                                                        text):
        return None
    rate = Fraction(next(g for g in deficit.groups() if g).replace(",", ""))
    amount = Fraction(lose.group(1))
    if rate <= 0:
        return None
    days = amount * per / rate
    if re.search(r"\bhow\s+many\s+days\b", text):
        return Trip("days", days, "days", f"{_show(days)} days",
                    f"{_show(amount)} × {_show(per)} kcal ÷ {_show(rate)} kcal a day")
    weeks = days / 7
    return Trip("weeks", weeks, "weeks", f"{_show(weeks)} weeks ({_show(days)} days)",
                f"{_show(amount)} × {_show(per)} kcal ÷ {_show(rate)} kcal a day ÷ 7")


FAT_SHARE = _c(r"\b(?:body\s*fat|fat)\b[^0-9.?!]{0,12}(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s*"
               r"(?:body\s*)?fat\b")
BODY = _c(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds?)\b")


def fat_mass(text: str) -> Trip | None:
    """Fat and lean mass from a weight and a body-fat share."""
    share = FAT_SHARE.search(text)
    weights = list(BODY.finditer(text))
    if share is None or len(weights) != 1 or not re.search(
            r"\blean\b|\bfat\s+mass\b|\b(?:kg|kilos|lbs?|pounds)\s+(?:of\s+)?(?:body\s+)?fat\b|"
            r"\bhow\s+(?:many|much)\s+(?:of\s+(?:me|it)\s+is\s+)?fat\b", text) or re.search(
            r"\bbmr\b|\bkatch\b|\bcalories\b|\bffmi\b", text):
        return None
    weight, unit = Fraction(weights[0].group(1)), weights[0].group(2).lower()
    unit = "lb" if unit.startswith(("lb", "pound")) else "kg"
    fat = weight * Fraction(share.group(1) or share.group(2)) / 100
    lean = weight - fat
    return Trip("fat mass", fat, unit, f"fat {_show(fat)} {unit}, lean mass {_show(lean)} {unit}",
                f"{_show(weight)} {unit} × {share.group(1) or share.group(2)}%")


MACRO = _c(rf"{N}\s*g\s+(?:of\s+)?(fat|protein|carbs?|carbohydrates?|sugar|alcohol)\b")
TOTAL = _c(rf"{N}\s*(?:kcal|calories|cals?)\b")
KCAL_PER_G = {"fat": 9, "protein": 4, "carb": 4, "carbs": 4, "carbohydrate": 4,
              "carbohydrates": 4, "sugar": 4, "alcohol": 7}


def macro_share(text: str) -> Trip | None:
    """The share of a food's calories from one nutrient (9 kcal/g fat, 4 protein or carbs)."""
    if not re.search(r"%|\bpercent|\bshare\b|\bproportion\b", text):
        return None
    macros = list(MACRO.finditer(text))
    totals = [m for m in TOTAL.finditer(text) if not re.match(r"\s*/\s*g", text[m.end():])]
    if len(macros) != 1 or len(totals) != 1:
        return None
    name = macros[0].group(2).lower()
    stated = re.search(r"(\d+(?:\.\d+)?)\s*(?:kcal|calories|cal)\s*(?:/|per|a)\s*g(?:ram)?\b", text)
    per = Fraction(stated.group(1)) if stated else Fraction(KCAL_PER_G.get(name, 4))
    grams = Fraction(macros[0].group(1))
    total = Fraction(totals[0].group(1).replace(",", ""))
    if total <= 0:
        return None
    share = grams * per / total * 100
    return Trip(f"share of calories from {name}", share, "%", f"{_show(share)}%",
                f"{_show(grams)} g × {_show(per)} kcal ÷ {_show(total)} kcal × 100")


KCAL = _c(rf"{N}\s*(?:kcal|calories|cals?)\b")
SHIFT = _c(r"(\d+(?:\.\d+)?)\s*%\s*(less|fewer|below|under|deficit|cut|more|above|over|surplus)")


def calories_moved(text: str) -> Trip | None:
    """"maintenance 2000 kcal, eat 15% less: daily target?" → 1700 kcal a day."""
    energy, shift = list(KCAL.finditer(text)), SHIFT.search(text)
    if len(energy) != 1 or shift is None or not re.search(
            r"\bmaintenance\b|\btdee\b|\bbmr\b|\btarget\b|\bintake\b|\beat\b", text):
        return None
    base = Fraction(energy[0].group(1).replace(",", ""))
    share = Fraction(shift.group(1)) / 100
    down = shift.group(2).lower() in ("less", "fewer", "below", "under", "deficit", "cut")
    value = base * (1 - share if down else 1 + share)
    return Trip("daily target", value, "kcal/day", f"{_show(value).replace(',', '')} kcal a day",
                f"{_show(base)} kcal × ({'1 − ' if down else '1 + '}{shift.group(1)}%)")


def energy_budget(text: str) -> Trip | None:
    return calories_moved(text) or deficit_weeks(text) or fat_mass(text) or macro_share(text)
