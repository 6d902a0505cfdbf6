"""Everyday health sums with their own words: what is left of a daily maximum and the share
of it taken, what remains of a drug after some half-lives, an insulin correction dose, the
heart-rate recovery, a sleep debt, a net fluid balance, the average of blood-pressure
readings, weeks of a calorie deficit, fat and lean mass, and the share of calories from fat.

"max 3000 mg a day, had 2 doses of 500 mg, how much more?" → 2000 mg; "half-life 6 hours,
took 200 mg, left after 12 hours?" → 50 mg; "sugar 14, target 6, 1 unit drops me 2" → 4
units; "slept 6, 7, 5 against 8 a night: debt?" → 6 hours.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import Trip, _show

N = r"(\d[\d,]*(?:\.\d+)?)"
MAX = _c(rf"\b(?:max(?:imum)?|limit|no\s+more\s+than|up\s+to|at\s+most)\b[^0-9.?!]{{0,30}}{N}\s*"
         rf"(mg|g|mcg|units?|ml)\b|{N}\s*(mg|g|mcg|units?|ml)\s+(?:daily\s+|a\s+day\s+|per\s+day\s+)?"
         r"(?:max(?:imum)?|limit)\b")
DOSES = _c(rf"\b(\d+|one|two|three|four|five|six)\s+(?:doses?|tablets?|pills?|capsules?)\s+"
           rf"(?:of\s+)?{N}\s*(mg|g|mcg|units?|ml)\b")
TAKEN = _c(rf"\b(?:taken|had|took|used|given)\s+(?:about\s+)?{N}\s*(mg|g|mcg|units?|ml)\b")
LEFT_ASK = _c(r"\bhow\s+much\s+(?:more|else|further)\b|\bleft\b|\bremaining\b|\ballowed\b|"
              r"\bcan\s+i\s+still\b")
SHARE_ASK = _c(r"\bwhat\s+(?:percent(?:age)?|%|share|proportion|fraction)\b|"
               r"\bhow\s+many\s+percent\b")
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _n(text: str) -> Fraction:
    return Fraction(WORDS.get(text.lower(), 0) or Fraction(text.replace(",", "")))


def daily_limit(text: str) -> Trip | None:
    """What is left of a daily maximum, or the share of it already taken."""
    top = MAX.search(text)
    if top is None:
        return None
    limit, unit = _n(top.group(1) or top.group(3)), (top.group(2) or top.group(4)).lower()
    doses = DOSES.search(text)
    taken_m = TAKEN.search(text)
    if doses is not None and doses.group(3).lower() == unit:
        taken = _n(doses.group(1)) * _n(doses.group(2))
        said = f"{doses.group(1)} × {doses.group(2)} {unit}"
    elif taken_m is not None and taken_m.group(2).lower() == unit and \
            _n(taken_m.group(1)) != limit:
        taken, said = _n(taken_m.group(1)), f"{taken_m.group(1)} {unit}"
    else:
        return None
    if SHARE_ASK.search(text):
        share = taken / limit * 100
        return Trip("share of the daily maximum", share, "%", f"{_show(share)}%",
                    f"{said} ÷ {_show(limit)} {unit} × 100")
    if LEFT_ASK.search(text) and taken <= limit:
        left = limit - taken
        return Trip("left of the daily maximum", left, unit, f"{_show(left)} {unit}",
                    f"{_show(limit)} {unit} − {said}")
    return None


HALF = _c(rf"\bhalf[\s-]*life\b[^0-9.?!]{{0,20}}{N}\s*(hours?|hrs?|h|days?|minutes?|mins?)\b|"
          rf"{N}[\s-]*(hours?|hrs?|h|days?)\s+half[\s-]*life\b")
AMOUNT = _c(rf"{N}\s*(mg|g|mcg|µg|units?|ml)\b")
AFTER = _c(rf"\b(?:after|in|over|later|by)\s+(?:another\s+)?{N}\s*(hours?|hrs?|h|days?|minutes?|"
           r"mins?)\b")


def _hours(value: Fraction, unit: str) -> Fraction:
    unit = unit.lower()
    return value * 24 if unit.startswith("d") else value / 60 if unit.startswith("m") else value


def half_life(text: str) -> Trip | None:
    """"half-life 5 hours, had 120 mg, how much is left after 10 hours?" → 30 mg."""
    half = HALF.search(text)
    after = [m for m in AFTER.finditer(text) if half is None or not
             half.start() <= m.start() < half.end()]
    amounts = list(AMOUNT.finditer(text))
    if half is None or len(after) != 1 or len(amounts) != 1:
        return None
    period = _hours(_n(half.group(1) or half.group(3)), half.group(2) or half.group(4))
    span = _hours(_n(after[0].group(1)), after[0].group(2))
    if period <= 0:
        return None
    start, unit = _n(amounts[0].group(1)), amounts[0].group(2)
    halves = span / period
    if halves.denominator == 1 and halves < 60:
        left = start / 2 ** int(halves)
    else:
        left = Fraction(float(start) * 0.5 ** float(halves)).limit_denominator(10 ** 6)
    return Trip("amount left", left, unit, f"{_show(left)} {unit}",
                f"{_show(start)} {unit} × ½^({_show(span)} h ÷ {_show(period)} h)")


SUGAR = _c(rf"\b(?:blood\s+sugar|glucose|bg|reading|sugar\s+level)\b[^0-9.?!]{{0,15}}{N}")
TARGET = _c(rf"\btarget\b[^0-9.?!]{{0,15}}{N}")
FACTOR = _c(rf"\b(?:1|one)\s+units?\s+(?:drops?|lowers?|brings?|reduces?)\s+(?:me\s+|it\s+|"
            rf"(?:my\s+)?(?:sugar|glucose|bg)\s+)?(?:down\s+)?(?:by\s+)?{N}|\b(?:correction|"
            rf"sensitivity|isf)\s+(?:factor\s+)?(?:is\s+|of\s+|=\s*|:\s*)?(?:1\s+units?\s+(?:per|for(?:\s+every|\s+each)?|to|"
            rf"every|lowers\s+by)\s+)?{N}(?!\s*units?\s+drops)")


def insulin_correction(text: str) -> Trip | None:
    """(glucose − target) ÷ correction factor, in units."""
    sugar, target = SUGAR.search(text), TARGET.search(text)
    factor = FACTOR.search(text)
    if sugar is None or target is None or factor is None or not re.search(
            r"\bcorrection\b|\binsulin\b|\bunits?\b", text):
        return None
    drop = _n(factor.group(1) or factor.group(2))
    high, aim = _n(sugar.group(1)), _n(target.group(1))
    if drop <= 0 or high <= aim:
        return None
    dose = (high - aim) / drop
    return Trip("correction dose", dose, "units", f"{_show(dose)} units",
                f"({_show(high)} − {_show(aim)}) ÷ {_show(drop)}")


def recovery(text: str) -> Trip | None:
    """"181 at the end and 143 one minute later: recovery?" → 38 bpm."""
    if not re.search(r"\brecovery\b", text) or not re.search(r"\bheart\s*rate\b|\bhr\b|\bpulse\b|"
                                                             r"\bbpm\b", text):
        return None
    rates = [int(m.group(1)) for m in re.finditer(r"(?<![\d.])(\d{2,3})(?![\d.])", text)
             if 40 <= int(m.group(1)) <= 230]
    if len(rates) != 2 or rates[0] <= rates[1]:
        return None
    drop = Fraction(rates[0] - rates[1])
    return Trip("heart rate recovery", drop, "bpm", f"{_show(drop)} bpm",
                f"{rates[0]} − {rates[1]}")


NEED = _c(rf"\b(?:need|should\s+get|aim\s+for|want|target\s+(?:is\s+)?)\s+{N}\s*(?:hours?|hrs?|h)"
          r"\b(?:\s+(?:a|per|each)\s+night)?")
SLEPT = _c(r"\bslept\b|\bsleep\b")


def sleep_debt(text: str) -> Trip | None:
    """The hours needed a night times the nights, less the hours slept."""
    need = NEED.search(text)
    if need is None or not re.search(r"\bdebt\b|\bshort\b|\bbehind\b|\bmissed\b|\bdeficit\b", text):
        return None
    listed = re.search(r"\bslept\s+((?:\d+(?:\.\d+)?\s*(?:h|hrs?|hours?)?\s*(?:,|and|&)?\s*){2,})",
                       text)
    if listed is None:
        return None
    nights = [Fraction(v) for v in re.findall(r"\d+(?:\.\d+)?", listed.group(1))]
    debt = _n(need.group(1)) * len(nights) - sum(nights, Fraction(0))
    return Trip("sleep debt", debt, "hours", f"{_show(debt)} hours",
                f"{len(nights)} × {need.group(1)} h − ({' + '.join(_show(n) for n in nights)})")


IN_WORDS = r"oral|iv|intake|drinks?|fluids?\s+in|input|infusion|tube\s+feed|feeds?|ng"
OUT_WORDS = r"urine|drain|output|vomit(?:ed|us)?|stool|ng\s+output|losses|catheter"


def fluid_balance(text: str) -> Trip | None:
    """Fluid in less fluid out, each read by its label."""
    if not re.search(r"\bfluid\s+balance\b|\bnet\s+(?:balance|fluid)\b|\bbalance\b", text):
        return None
    ins = [Fraction(m.group(1).replace(",", "")) for m in re.finditer(
        rf"\b(?:{IN_WORDS})\b[^0-9,;]{{0,12}}(\d[\d,]*)\s*ml\b", text)]
    outs = [Fraction(m.group(1).replace(",", "")) for m in re.finditer(
        rf"\b(?:{OUT_WORDS})\b[^0-9,;]{{0,12}}(\d[\d,]*)\s*ml\b", text)]
    if not ins or not outs:
        return None
    net = sum(ins, Fraction(0)) - sum(outs, Fraction(0))
    sign = "+" if net > 0 else ""
    return Trip("net fluid balance", net, "ml", f"{sign}{_show(net)} ml",
                f"({' + '.join(_show(v) for v in ins)}) − ({' + '.join(_show(v) for v in outs)})")


READING = _c(r"(?<![\d.])(\d{2,3})\s*/\s*(\d{2,3})(?!\d|\.\d)")


def bp_average(text: str) -> Trip | None:
    """The average systolic and diastolic of several readings ("154/100, 142/87")."""
    pairs = [(int(a), int(b)) for a, b in READING.findall(text)]
    if len(pairs) < 2 or not re.search(r"\baverage\b|\bmean\b", text) or not all(
            60 <= a <= 260 and 30 <= b < a for a, b in pairs):
        return None
    top = Fraction(sum(a for a, _ in pairs), len(pairs))
    low = Fraction(sum(b for _, b in pairs), len(pairs))
    return Trip("average blood pressure", top, "mmHg",
                f"systolic {_show(top)}, diastolic {_show(low)} ({_show(top)}/{_show(low)} mmHg)",
                f"the mean of {len(pairs)} readings")


PER_KG_ASK = _c(r"\b(mg|mcg|g|ml|units?)\s*(?:/|per)\s*kg(\s*(?:/|per|a)\s*day)?\b")
DAILY_DOSE = _c(rf"{N}\s*(mg|mcg|g|ml|units?)\s*(?:a|per|/|each|every)\s*day\b|{N}\s*(mg|mcg|g|ml|"
                r"units?)\b")
BODY_KG = _c(r"\b(?:weighs?|weight\s+(?:is|of)?|is)\s+(?:about\s+)?(\d+(?:\.\d+)?)\s*"
             r"(kg|kgs|kilos?|lbs?|pounds?)\b")


def dose_per_kg(text: str) -> Trip | None:
    """"on 900 mg a day and weighs 37 kg: how many mg/kg/day?" → 24.32 mg/kg/day."""
    ask, body = PER_KG_ASK.search(text), BODY_KG.search(text)
    dose = next((m for m in DAILY_DOSE.finditer(text) if ask is None or m.start() < ask.start()
                 or m.start() >= ask.end()), None)
    if ask is None or body is None or dose is None or not re.search(r"\bhow\s+(?:many|much)\b|"
                                                                    r"\bwhat\b", text):
        return None
    amount, unit = _n(dose.group(1) or dose.group(3)), (dose.group(2) or dose.group(4)).lower()
    kg = _n(body.group(1)) * (Fraction("0.45359237") if body.group(2).lower().startswith(
        ("lb", "pound")) else 1)
    if kg <= 0 or unit != ask.group(1).lower():
        return None
    value = amount / kg
    label = f"{unit}/kg/day" if ask.group(2) or dose.group(1) else f"{unit}/kg"
    return Trip("dose per kg", value, label, f"{_show(value)} {label}",
                f"{_show(amount)} {unit} ÷ {_show(kg)} kg")


NAMES = frozenset(("dose per kg", "left of the daily maximum", "share of the daily maximum",
                   "amount left",
                   "correction dose", "heart rate recovery", "sleep debt", "net fluid balance",
                   "average blood pressure", "daily deficit", "weeks", "fat mass", "due date"))


def health_budget(text: str) -> Trip | None:
    from core.agents.health_due import due_date
    from core.agents.health_energy import energy_budget

    return due_date(text) or dose_per_kg(text) or daily_limit(text) or half_life(text) or \
        insulin_correction(text) or recovery(text) or sleep_debt(text) or fluid_balance(text) \
        or bp_average(text) or energy_budget(text)
