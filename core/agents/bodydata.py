"""Body measurements and health asks in words: weight, height, age and sex in any order and
units ("5'9\"", "1.75 m", "12 stone", "I'm 30", "a 40-year-old woman"), and which
calculation is asked for (BMI, BMR, daily water, heart-rate zones, dose times)."""

from __future__ import annotations

import re

from core.agents.wording import expand

NUM = r"\d+(?:[.,]\d+)?"
WEIGHT = re.compile(rf"(?P<v>{NUM})\s*(?P<u>kg|kgs|kilos?|kilograms?|kilogrammes?|lbs?|pounds?|"
                    rf"stones?|st)\b(?:\s*(?:and\s+)?(?P<lb>\d{{1,2}})(?:\s*(?:lbs?|pounds?)\b|"
                    rf"(?!\d|[.,]\d|\s*(?:kg|kilos?|cm|m\b|ft|feet|foot|'|years?|yrs?|y/?o))))?",
                    re.I)
WEIGHT_BARE = re.compile(rf"\b(?:weigh(?:s|ing)?|weight(?:\s+is|\s+of|:)?)\s+"
                         rf"(?:about\s+|around\s+)?(?P<v>{NUM})\b"
                         r"(?!\s*(?:cm|m|ft|feet|years?))", re.I)
HEIGHT_CM = re.compile(rf"(?P<v>{NUM})\s*(?:cm|cms|centimet(?:er|re)s?)\b", re.I)
HEIGHT_M = re.compile(r"(?P<v>[12](?:[.,]\d{1,2})?)\s*(?:m|mtrs?|metres?|meters?)\b", re.I)
HEIGHT_FT = re.compile(r"(?P<f>[3-7])\s*(?:'|ft\b|feet\b|foot\b)\s*(?:(?:and\s+)?(?P<i>\d{1,2}"
                       r"(?:\.\d)?)\s*(?:\"|''|in\b|inch(?:es)?\b)?)?", re.I)
HEIGHT_IN = re.compile(r"(?P<v>[4-8]\d)\s*(?:\"|in\b|inch(?:es)?\b)", re.I)
HEIGHT_BARE = re.compile(rf"\b(?:height(?:\s+is|\s+of|:)?|tall(?:\s+is)?)\s+(?P<v>{NUM})\b"
                         rf"(?!\s*(?:kg|lb|years?))", re.I)
UNIT_AFTER = r"(?!\s*(?:cm|kg|m\b|ft|feet|foot|lb|pounds?|kilos?|stone|bpm|%|\.\d|'|\"|in\b))"
AGE = re.compile(r"(?P<v>\d{1,3})\s*(?:-|\s)?(?:years?|yrs?|y/?o|yo)\b(?:[- ]old)?|"
                 r"\b(?:age(?:d)?|ages)\s*(?:is\s*|of\s*|:\s*)?(?P<w>\d{1,3})\b|"
                 rf"\bi\s+am\s+(?:a\s+)?(?P<x>\d{{1,3}})\b{UNIT_AFTER}|"
                 rf"\b(?:at|turned|turning)\s+(?P<y>\d{{1,3}})\b{UNIT_AFTER}(?=\s*(?:,|\?|$|and\b))|"
                 rf"\b(?:who\s+is|who\s+am|he\s+is|she\s+is|they\s+are|person\s+of|someone\s+of|"
                 rf"for\s+age|my\s+age\s+is)\s+(?P<z>\d{{1,3}})\b{UNIT_AFTER}|"
                 r"(?<![\d.])(?P<c>\d{2})[mf]\b|\b[mf](?P<d>\d{2})\b",  # "22F", "M40"
                 re.I)
COMPACT_SEX = re.compile(r"(?<![\d.])\d{2}(?P<s>[mf])\b|\b(?P<t>[mf])\d{2}\b", re.I)
BARE_METRES = re.compile(r"(?<![\d.,])(?P<v>[12]\.\d{1,2})(?![\d.]|\s*(?:kg|kilos?|lbs?|pounds?|"
                         r"st\b|stone|%|x|times))", re.I)
CHANGED = re.compile(rf"\b(?P<w>lost|lose|dropped|drop|shed|gained|gain|put\s+on)\s+"
                     rf"(?:about\s+)?(?P<v>{NUM})\s*"
                     r"(?P<u>kg|kgs|kilos?|kilograms?|lbs?|pounds?)\b", re.I)
SEX = re.compile(r"\b(?P<f>female|woman|women|girl|she|her|lady|mother|mom|mum|wife|f)\b|"
                 r"\b(?P<m>male|man|men|guy|boy|he|him|father|dad|husband|m)\b", re.I)
EVERY = re.compile(rf"every\s+(?P<v>{NUM})\s*(?:h|hrs?|hours?)\b", re.I)
FIRST = re.compile(r"(?:\bat|\bfrom|\bstarting(?:\s+at)?|first\s+(?:dose|one|1|pill|tablet)?\s*"
                   r"(?:at|was\s+at)?)\s*(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?!\s*(?:mg|ml|g|kg|%)))?\s*"
                   r"(?P<ap>am|pm|a\.m\.|p\.m\.)?", re.I)
# "2 pills every 6 hours" is what one dose is; "4 doses", "3 tablets a day" how many
COUNT = re.compile(r"(?P<v>\d{1,2})\s*(?:doses|times|(?:tablets|pills|capsules)\b(?!\s+(?:every|"
                   r"each|at\s+a\s+time|at\s+once|per\s+dose|a\s+dose)\b))", re.I)

RANGE_ASK = re.compile(r"\b(?:ideal|healthy|target|normal|good)\s+(?:body\s+)?weight|"
                       r"\bhow\s+much\s+should\s+i\s+weigh\b|\bweight\s+range\b", re.I)
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bmr", re.compile(r"\bbmr\b|basal\s+metabolic|metabolic\s+rate|calories\b.*\bat\s+rest\b|"
                       r"\bresting\s+(?:metabolic|energy|calorie)|\bburn\b.*\bat\s+rest\b|"
                       r"\bmaintenance\s+(?:calories|kcal|intake)\b|\btdee\b|\btotal\s+daily\s+"
                       r"energy\b|\bcalories\s+to\s+maintain\b|\bharris[\s-]*benedict\b|"
                       r"\bkatch\b|\bmifflin\b|\bcunningham\b", re.I)),
    ("bmi", re.compile(r"\bbmi\b|body[- ]mass|\b(?:over|under)weight\b|\bhealthy\s+weight\b|"
                       r"\bobes(?:e|ity)\b|\b(?:ideal|healthy|target|normal)\s+(?:body\s+)?weight\b|"
                       r"\bhow\s+much\s+should\s+i\s+weigh\b|\bweight\s+range\b",
                       re.I)),
    ("water", re.compile(r"\bhow\s+(?:much|many)\b.*\bwater\b|\bwater\s+(?:intake|should|"
                         r"do\s+i\s+need|per\s+day|a\s+day|daily|each\s+day)\b|\bdaily\s+water\b|"
                         r"\bhydration\b|\bhow\s+much\b[^.?!]{0,60}?\b(?:should|must|ought|need|"
                         r"needs|recommended|supposed)\b[^.?!]{0,40}?\bdrink\b|\bfluid\s+intake\b",
                         re.I)),
    ("heart", re.compile(r"\bheart[- ]?rate\s+(?:zones?|max|maximum|target|training|reserve)|"
                         r"\bkarvonen\b|"
                         r"\b(?:max(?:imum)?|target|peak|training)\s+heart[- ]?rate\b|"
                         r"\b(?:hr|cardio|training|fat[- ]burn(?:ing)?)\s+zones?\b|"
                         r"\bmax(?:imum)?\s+hr\b|"
                         r"\bheart[- ]?rate\b.*\b(?:for|at)\s+(?:age\s+)?\d|"
                         r"\d\s*%?\s*(?:-|–|to)\s*\d+\s*%\s+of\s+(?:my\s+|your\s+|the\s+)?"
                         r"max(?:imum)?\b|\b(?:percent(?:age)?|%)\s+of\s+(?:my\s+|your\s+|the\s+|"
                         r"their\s+)?max(?:imum)?\b", re.I)),
    ("dose", re.compile(rf"every\s+{NUM}\s*(?:h|hrs?|hours?)\b", re.I)),
    ("dose_total", re.compile(r"\bhow\s+(?:many|much)\s+(?:mg|milligrams?|ml|g)\b|"
                              r"\btotal\s+(?:dose|amount|mg|intake)\b|"
                              r"\b(?:mg|milligrams?)\b.*\b(?:a|per|each|in\s+a|over\s+a)\s+"
                              r"(?:full\s+|whole\s+)?day\b", re.I)),
)
ONE_MASS = re.compile(r"\d\s*(?:mcg|µg|μg|micrograms?|g|grams?|kg|kilos?|kilograms?)\b", re.I)
A_DAY = re.compile(r"\b(?:per|a|an|each|every)\s+(?:day|kg|kilo|dose|hour|week)|\btimes\b|"
                   r"\btwice\b|\bdaily\b|\btablets\b|\bpills\b|\bcapsules\b|/", re.I)
BAND = re.compile(r"(?P<lo>\d{1,3})\s*%?\s*(?:-|–|to)\s*(?P<hi>\d{1,3})\s*%", re.I)
SHARE = re.compile(r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)\s*(?:of\s+)?(?:my\s+|"
                   r"your\s+|the\s+|their\s+|his\s+|her\s+)?(?:max(?:imum)?|mhr|peak)\b", re.I)
PER_DOSE = re.compile(rf"(?:(?P<n>\d{{1,2}})\s*(?:x|×|tablets?|pills?|capsules?|caps?)\s*"
                      rf"(?:of\s+)?)?(?P<v>{NUM})\s*(?P<u>mg|milligrams?|ml|g)\b", re.I)
TIMES_A_DAY = re.compile(r"\b(?:(?P<w>once|twice|three|four)(?:\s+times)?|(?P<n>\d)\s+times)\s+"
                         r"(?:a|per|each)\s+day\b|\b(?P<x>bd|bid|tds|tid|qds|qid)\b", re.I)
PERIOD = re.compile(r"\b(?:in|over|across|per|for)\s+(?:a\s+|one\s+|the\s+)?(?:(?P<h>\d{1,3})\s*"
                    r"(?:h|hrs?|hours?)|(?:full\s+|whole\s+)?(?P<d>day|week))\b|"
                    r"\b(?P<daily>daily|a\s+day)\b", re.I)


# "a BMI of 24", "BMI under 25", "to get my BMI down to 22", "a 23 BMI": a BMI aimed at
TARGET_BMI = re.compile(r"\bbmi\s*(?:(?:of|=|:|to|at|is|be|was|under|below|over|above|around|"
                        r"about|near|reach(?:es)?|hits?|gets?|down|up|to\s+be|would\s+be|"
                        r"exactly|just|precisely|right\s+on|"
                        r"should\s+be|of\s+(?:about|around|under|below)|target(?:\s+of)?)\s*)*"
                        r"(?P<v>\d{1,2}(?:[.,]\d+)?)(?![\d.,]*\s*(?:cm|m\b|kg|kilos?|lbs?|pounds?|"
                        r"stones?|st\b|ft|feet|foot|in\b|inch|years?|%|'|\"))|"
                        r"\b(?:an?\s+)?(?P<w>\d{1,2}(?:[.,]\d+)?)\s+bmi\b", re.I)
WEIGHT_ASK = re.compile(r"\bweigh\b|\bweight\b|\bheavy\b|\bhow\s+many\s+(?:kg|kilos?|"
                        r"kilograms?|pounds|lbs?|stone)\b|\b(?:lose|gain|drop|shed|put\s+on)\b",
                        re.I)
AIM_ASK = re.compile(r"\b(?:should|would|must|need\s+to|to)\s+(?:i\s+|you\s+|they\s+|he\s+|"
                     r"she\s+)?(?:weigh|be)\b(?!\s+\d)|\bwhat\s+weight\b|\btarget\s+weight\b|"
                     r"\bhow\s+heavy\b", re.I)
CHANGE_ASK = re.compile(r"\b(?:lose|gain|drop|shed|put\s+on|get\s+rid\s+of)\b", re.I)
POUNDS_ASK = re.compile(r"\bhow\s+many\s+(?:pounds|lbs?)\b|\bin\s+(?:pounds|lbs?)\b", re.I)


def target_bmi(text: str) -> float | None:
    """The BMI a weight is asked for ("what should I weigh for a BMI of 24?"), or None."""
    if not WEIGHT_ASK.search(text):
        return None
    for m in TARGET_BMI.finditer(text):
        value = _num(m.group("v") or m.group("w"))
        if 12 <= value <= 60:
            return value
    return None


def _num(text: str) -> float:
    return float(text.replace(",", "."))


# activity multipliers (Harris–Benedict levels) for maintenance calories from a BMR
ACTIVITY = (("sedentary", 1.2), ("lightly active", 1.375), ("light exercise", 1.375),
            ("moderately active", 1.55), ("moderate exercise", 1.55), ("very active", 1.725),
            ("extra active", 1.9), ("extremely active", 1.9), ("super active", 1.9))


def activity_factor(text: str) -> tuple[str, float] | None:
    """The activity level a message names and its multiplier, or None."""
    lowered = expand(text).lower()
    for words, factor in ACTIVITY:
        if re.search(r"\b" + words.replace(" ", r"\s+") + r"\b", lowered):
            return words, factor
    return None


MAINTAIN = re.compile(r"\bmaintenance\b|\btdee\b|\btotal\s+daily\s+energy\b|\bmaintain\b|"
                      r"\bcalories\s+(?:a|per)\s+day\b", re.I)
GIVEN_WATER = re.compile(r"\d\s*(?:ml|millilit(?:er|re)s?|l|lit(?:er|re)s?|cups?|glass(?:es)?|"
                         r"(?:fl\.?\s*)?oz|ounces?|gallons?|pints?)\s+(?:\([^)]{0,12}\)\s*)?"
                         r"(?:of\s+)?water\b", re.I)


def _one_mass(rest: str) -> bool:
    """One mass and nothing to multiply it by: a conversion ("88 mcg, how many mg?")."""
    return len(re.findall(r"\d[\d,.]*", rest)) == 1 and ONE_MASS.search(rest) is not None and \
        A_DAY.search(rest) is None


def health_ask(text: str) -> str | None:
    """Which calculation the text asks for ("bmi", "bmr", "water", "heart", "dose",
    "dose_total")."""
    text = expand(text)
    found: list[tuple[int, str]] = []
    for name, pattern in ASKS:
        match = pattern.search(text)
        if match is None or (name == "dose" and FIRST.search(text) is None):
            continue
        if name == "water" and not re.search(r"water|fluid|hydrat", match.group(0), re.I) and \
                weight_kg(text) is None:
            continue  # "how much should I drink at the party?": no water asked about
        if name == "water" and weight_kg(text) is None and GIVEN_WATER.search(text):
            continue  # "3 litres of water in 500 ml bottles": an amount given, not a daily need
        if name == "dose_total" and EVERY.search(text) is None and not re.search(
                r"\bmg\b|milligram", match.group(0), re.I):
            continue  # "how many ml is 24 fl oz?" is a conversion
        if name == "dose_total" and _one_mass(text[:match.start()] + " " + text[match.end():]):
            continue  # "it's 88 mcg, how many mg is that?": one mass converted
        found.append((match.start(), name))
    return min(found)[1] if found else None


UNIT_FIRST = re.compile(r"\b(cm|centimet(?:er|re)s|kg|kilos|kilograms|pounds|lbs|inches|metres|"
                        r"meters)\s*[(:]\s*(\d+(?:\.\d+)?)\s*\)?", re.I)


def _unit_first(text: str) -> str:
    """"height in cm (175)", "weight in pounds: 109": the number before its unit."""
    return UNIT_FIRST.sub(r" \2 \1 ", text)


def weight_kg(text: str) -> float | None:
    """The weight the text gives; one changed since ("started at 92 kg, lost 15 kg") or to
    come ("83 kg now, if I lose 9 kg") is the weight then."""
    text = _unit_first(text)
    changed = CHANGED.search(text)
    if changed is not None:
        rest = text[:changed.start()] + " " * (changed.end() - changed.start()) + \
            text[changed.end():]
        before = _weight(rest)
        if before is not None and re.search(r"\bnow\b|\bcurrent|\bsince\b|\btoday\b|\bif\s+i\b",
                                            text):
            step = _num(changed.group("v")) * (0.45359237 if changed.group("u").lower().startswith(
                ("lb", "pound")) else 1)
            return before - step if changed.group("w").lower() in ("lost", "lose", "dropped",
                                                                   "drop", "shed") \
                else before + step
    return _weight(text)


def _weight(text: str) -> float | None:
    m = WEIGHT.search(text)
    if m is None:
        bare = WEIGHT_BARE.search(text)
        return _num(bare.group("v")) if bare and 20 <= _num(bare.group("v")) <= 350 else None
    value, unit = _num(m.group("v")), m.group("u").lower()
    if unit.startswith("st"):
        return value * 6.35029318 + (int(m.group("lb")) * 0.45359237 if m.group("lb") else 0)
    return value * 0.45359237 if unit.startswith(("lb", "pound")) else value


def height_cm(text: str) -> float | None:
    text = _unit_first(text)
    if m := HEIGHT_CM.search(text):
        return _num(m.group("v"))
    if m := HEIGHT_FT.search(text):
        return (int(m.group("f")) * 12 + float(m.group("i") or 0)) * 2.54
    if m := HEIGHT_M.search(text):
        return _num(m.group("v")) * 100
    if m := HEIGHT_IN.search(text):
        return int(m.group("v")) * 2.54
    if m := HEIGHT_BARE.search(text):
        value = _num(m.group("v"))
        return value * 100 if value < 3 else value if 100 <= value <= 250 else None
    if m := BARE_METRES.search(text):  # "my mum is 1.69 and 89 kilos"
        value = _num(m.group("v"))
        return value * 100 if 1.2 <= value <= 2.3 else None
    return None


def age_years(text: str, loose: bool = False) -> int | None:
    """The age the text gives; with ``loose``, also a lone whole number that is no
    measurement ("female, 28, 58 kg, 163 cm")."""
    for m in AGE.finditer(text):
        value = int(next(g for g in m.groups() if g))
        if 1 <= value <= 120:
            return value
    if not loose:
        return None
    rest = text
    for pattern in (WEIGHT, HEIGHT_CM, HEIGHT_FT, HEIGHT_M, HEIGHT_IN, EVERY):
        rest = pattern.sub(" ", rest)
    bare = [int(n) for n in re.findall(r"(?<![\w.,'])(\d{1,3})(?![\w.,]*\d)(?!\s*(?:%|'|\"))",
                                       rest)]
    bare = [n for n in bare if 10 <= n <= 110]
    return bare[0] if len(bare) == 1 else None


def sex_of(text: str) -> str | None:
    if (compact := COMPACT_SEX.search(text)) is not None:
        return "female" if (compact.group("s") or compact.group("t")).lower() == "f" else "male"
    cleaned = re.sub(r"\d+(?:[.,]\d+)?\s*m\b", " ", text)  # "1.8 m" is a height
    m = SEX.search(cleaned)
    if m is None:
        return None
    return "female" if m.group("f") else "male"


def first_dose(text: str) -> str | None:
    m = FIRST.search(text)
    if not m:
        return None
    hour = int(m.group("h")) % 24
    half = (m.group("ap") or "").lower().replace(".", "")
    if half == "pm" and hour < 12:
        hour += 12
    if half == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{m.group('m') or '00'}"


def dose_plan(text: str) -> tuple[float, int] | None:
    every = EVERY.search(text)
    if every is None:
        return None
    interval = _num(every.group("v"))
    count = COUNT.search(text)
    return interval, int(count.group("v")) if count else max(1, int(24 // max(interval, 0.5)))


def dose_amount(text: str) -> tuple[float, str, float, float] | None:
    """(amount per dose, its unit, hours between doses, hours asked about) for "2 x 200 mg
    every 4 hours … how many mg over a full day?", or None."""
    dose, every = PER_DOSE.search(text), EVERY.search(text)
    times = TIMES_A_DAY.search(text)
    if dose is not None and every is None and times is not None:  # "625 mg twice a day"
        count = {"once": 1, "twice": 2, "three": 3, "four": 4}.get(times.group("w") or "", 0) \
            or int(times.group("n") or 0)
        unit = dose.group("u").lower()
        amount = _num(dose.group("v")) * int(dose.group("n") or 1)
        return (amount, "mg" if unit.startswith("milli") else unit, 24 / count, 24.0) if \
            count else None
    if dose is None or every is None:
        return None
    amount = _num(dose.group("v")) * int(dose.group("n") or 1)
    period = PERIOD.search(text, every.end()) or PERIOD.search(text)
    hours = 24.0
    if period is not None and period.group("h"):
        hours = float(period.group("h"))
    elif period is not None and period.group("d") == "week":
        hours = 168.0
    unit = dose.group("u").lower()
    unit = "mg" if unit.startswith("milli") else unit
    return amount, unit, _num(every.group("v")), hours


def heart_share(text: str) -> float | None:
    """One percentage of maximum heart rate asked about ("at 65% of max"), or None."""
    share = SHARE.search(text)
    if share is None:  # "target heart rate at 75%": the one percentage named
        shares = list(re.finditer(r"(?P<p>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)", text))
        if len(shares) != 1 or not re.search(r"\bheart[- ]?rate\b|\bhr\b|\bpulse\b|\bbpm\b",
                                             text, re.I):
            return None
        share = shares[0]
    value = float(share.group("p"))
    return value if 0 < value <= 100 else None


PULSE = re.compile(r"(?P<v>\d{2,3})\s*(?:bpm|beats)\b|\b(?:heart\s*rate|pulse|hr)\s+(?:is|was|of|"
                   r"at|hit|reached|:)?\s*(?P<w>\d{2,3})\b", re.I)
SHARE_ASK = re.compile(r"\b(?:what|which|how\s+much)\s+(?:percent(?:age)?|%|share|fraction)\b|"
                       r"\bas\s+a\s+percent(?:age)?\b|\bhow\s+close\b", re.I)


def pulse_share(text: str) -> int | None:
    """The heart rate asked about as a share of the maximum ("my pulse hit 150, I'm 40 -
    what percent of max is that?"), or None."""
    if not SHARE_ASK.search(text):
        return None
    pulse = PULSE.search(text)
    if pulse is None:
        return None
    value = int(pulse.group("v") or pulse.group("w"))
    return value if 30 <= value <= 250 else None


ZONES = ((re.compile(r"\bfat[- ]?burn(?:ing)?\b", re.I), (60, 70)),
         (re.compile(r"\b(?:cardio|aerobic)\s+zone\b", re.I), (70, 80)),
         (re.compile(r"\b(?:anaerobic|threshold)\s+zone\b", re.I), (80, 90)))


def named_zone(text: str) -> tuple[int, int] | None:
    """The usual band of a zone asked by its name ("fat burn zone": 60–70% of max)."""
    return next((band for pattern, band in ZONES if pattern.search(text)), None)


def heart_band(text: str) -> tuple[int, int] | None:
    """The percentages of maximum heart rate asked about ("70-80% of max"), or None."""
    band = BAND.search(text)
    if band is None:
        return None
    low, high = int(band.group("lo")), int(band.group("hi"))
    return (low, high) if 0 < low < high <= 100 else None
