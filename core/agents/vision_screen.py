"""The labelled figures of a screenshot or a sign, and the everyday sums asked of them.

A phone screen, a departure board or a price sign gives figures with labels ("Balance:
$292.80", "Used 7.3 GB of 20 GB", "Departs 16:40", "Delayed 39 min", "LATTE $5.35", "$3.05
PER HOUR", "High 31°C"). Each is read once into a :class:`Figure`; the question then picks
what to work out, whatever its wording:

- a clock time moved by a duration (a delay, "25 minutes after boarding", "in at 18:48" and a
  bake time);
- what is left of a goal, plan or limit, and the share of it used;
- a figure less the ones the question names ("after tax and pension", "once the pending
  payment goes out"), or spread over the days it names;
- a price times the count asked ("8 lattes", "7 hours", "3 adults and 3 kids", "46 litres");
- a monthly price over a year or a week; a sign's percentage off a price in the question;
- the difference of two figures (a high and a low), the mean, best or sum of a list;
- a dose "every N hours" over a day; a figure converted into the unit the question names.

Sums are exact (fractions) and rounded once, when shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.asks_receipt_facts import cents
from core.agents.patterns import ci

Answer = tuple[str, float | None]
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
UNIT = (r"%|°\s?[CF]\b|kcal\b|kwh\b|degrees?\s+[CF]\b|GB\b|MB\b|min(?:ute)?s?\b|hrs?\b|"
        r"hours?\b|h\b|"
        r"km/h|kph\b|mph\b|km\b|miles?\b|mi\b|m\b|kg\b|g\b|lbs?\b|bpm\b|days?\b|litres?\b|l\b|"
        r"steps?\b|points?\b|pts\b|persons?\b|people\b|items?\b|tablets?\b|[CF]\b|cm\b|ft\b|"
        r"feet\b|inch(?:es)?\b|tonnes?\b|t\b|ml\b")
NUMBER = re.compile(rf"(?P<neg>(?<![\w.)%]\s)(?<![\w.)%])[-−]\s?)?(?P<sym>[$€£])?\s?"
                    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
                    rf"(?:\s*(?P<u>{UNIT}))?", re.I)
CLOCK = re.compile(r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ap>[ap]\.?m\.?)?(?!\d)|"
                   r"\b(?P<h2>\d{1,2})\s*(?P<ap2>[ap]\.?m\.?)(?![a-z])", re.I)
DATES = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
UNITS = {"min": "min", "minute": "min", "hr": "h", "hour": "h", "h": "h", "°c": "C", "°f": "F",
         "degrees c": "C", "degree c": "C", "degrees f": "F", "c": "C", "f": "F", "kph": "km/h",
         "litre": "l", "l": "l", "lbs": "lb", "pts": "points", "person": "people", "feet": "ft",
         "inch": "in", "inches": "in", "tonne": "t", "tonnes": "t"}
FEET_INCHES = re.compile(r"\b(?P<f>\d+)\s*(?:ft|feet|')\s*(?P<i>\d+)\s*(?:in|inch(?:es)?|\")(?!\w)",
                         re.I)
UNIT_ALONE = re.compile(rf"\s*(?:{UNIT})\s*", re.I)
FILLER = re.compile(r"^(?:each|ea|apiece|only)$")


@dataclass(frozen=True, slots=True)
class Figure:
    label: str
    value: Fraction
    unit: str
    currency: str
    line: int


def _unit(raw: str | None) -> str:
    if not raw:
        return ""
    word = re.sub(r"\s+", " ", raw.lower().replace("° ", "°"))
    word = UNITS.get(word, UNITS.get(word.rstrip("s"), word.rstrip("s") if len(word) > 3 and
                                     not word.endswith("ss") else word))
    return {"day": "days", "step": "steps", "point": "points", "item": "items",
            "tablet": "tablets", "mile": "mi", "miles": "mi", "mi": "mi"}.get(word, word)


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def figures(text: str) -> list[Figure]:
    """Every labelled figure of the image's text, clock times aside."""
    out: list[Figure] = []
    lines = [line.strip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        plain = DATES.sub(" ", CLOCK.sub(" ", line))
        plain = FEET_INCHES.sub(lambda m: f"{int(m.group('f')) * 12 + int(m.group('i'))} inches",
                                plain)  # "11 FT 11 IN" → 143 inches
        above = _words(lines[index - 1]) if index and not re.search(r"\d", lines[index - 1]) \
            else ""
        for found in NUMBER.finditer(plain):
            label = _words(plain[:found.start()])
            after = _words(plain[found.end():])
            if label and not found.group("u") and plain[found.end():].startswith(":"):
                continue  # "LEVEL 1: 56", "Test 2: 79": the number names the line
            unit = found.group("u")
            if not unit and not plain[found.end():].strip() and index + 1 < len(lines) and \
                    UNIT_ALONE.fullmatch(lines[index + 1]):
                unit = lines[index + 1].strip()  # "60" above "MPH"
            if not label and after and not unit:
                label = after  # "5.35 LATTE"
                if above and FILLER.match(after):
                    label = f"{above} {after}"  # "BOTTLE RETURN" above "$0.15 EACH"
            if not label and above:
                label = above  # "SPEED LIMIT" above "70 MPH"
            value = Fraction(found.group("n").replace(",", ""))
            value = -value if found.group("neg") else value
            sym = found.group("sym")
            out.append(Figure(label, value, _unit(unit),
                              SYMBOLS.get(sym, "") if sym else "", index))
    return out


def clocks(text: str) -> list[tuple[str, int, bool]]:
    """(label, minutes after midnight, written with am/pm) of each clock time in the text."""
    out = []
    for line in text.splitlines():
        for found in CLOCK.finditer(line):
            hour = int(found.group("h") or found.group("h2"))
            minute = int(found.group("m") or 0)
            half = (found.group("ap") or found.group("ap2") or "").lower()
            if half.startswith("p") and hour < 12:
                hour += 12
            elif half.startswith("a") and hour == 12:
                hour = 0
            if hour < 24 and minute < 60:
                out.append((_words(line[:found.start()]), hour * 60 + minute, bool(half)))
    return out


def money(value: Fraction, currency: str) -> str:
    return f"{cents(value)} {currency}".strip()


def plain(value: Fraction) -> str:
    shown = cents(value).rstrip("0").rstrip(".")
    return shown or "0"


def _clock(minutes: int, half: bool) -> str:
    minutes %= 24 * 60
    hour, minute = divmod(minutes, 60)
    if half:
        return f"{hour % 12 or 12}:{minute:02d} {'pm' if hour >= 12 else 'am'}"
    return f"{hour:02d}:{minute:02d}"


def _shown(value: Fraction, figure: Figure) -> str:
    if figure.currency:
        return money(value, figure.currency)
    unit = {"C": "°C", "F": "°F", "%": "%", "gb": "GB", "mb": "MB"}.get(figure.unit, figure.unit)
    if unit in ("°C", "°F", "%"):
        return f"{plain(value)}{unit}"
    return f"{plain(value)} {unit}".strip()


LEFT = ci(r"\b(?:left|remain\w*|to\s+go|more|still|short|until|till|need|away\s+from|spare|"
          r"free|available|unused)\b")
GOAL = ci(r"\b(?:goal|target|plan|limit|allowance|of|total|max\w*|budget|capacity|quota)\b")
SHARE = ci(r"\b(?:percent\w*|proportion|share|fraction)\b|%")


def left_of_goal(question: str, found: list[Figure]) -> list[Answer]:
    """What is left of a goal, plan or limit ("Used 7.3 GB of 20 GB", "Steps 3,512 / Goal
    10,000"), or the share of it used."""
    goal = next((f for f in found if GOAL.search(f.label.split()[-1] if f.label else "")), None)
    if goal is None:
        return []
    done = next((f for f in found if f is not goal and f.unit == goal.unit and (
        f.line == goal.line or not GOAL.search(f.label))), None)
    if done is None and (sized := _in_unit_of(question, goal, found)) is not None:
        done, goal = sized  # "Downloaded 1368 MB of 2 GB": the goal in MB
    if done is None or done.value > goal.value:
        return []
    out: list[Answer] = []
    if SHARE.search(question):
        pct = done.value / goal.value * 100
        out.append((f"That is **{plain(pct)}%** used ({plain(done.value)} of "
                    f"{plain(goal.value)}).", float(pct)))
    if LEFT.search(question):
        rest = goal.value - done.value
        whole = goal.currency and goal.value.denominator == done.value.denominator == 1
        shown = f"{rest} {goal.currency}" if whole else _shown(rest, goal)  # "€7,786 of €12,000"
        out.append((f"**{shown}** left ({_shown(goal.value, goal)} − "
                    f"{_shown(done.value, done)}).", float(rest)))
    return out


DATA_SIZES = {"kb": 0, "mb": 1, "gb": 2, "tb": 3}
STATED_SIZE = ci(r"\b1\s*(?P<a>kb|mb|gb|tb)\s*=\s*(?P<n>1000|1024)\s*(?P<b>kb|mb|gb|tb)\b")


def _in_unit_of(question: str, goal: Figure, found: list[Figure]) -> tuple[Figure,
                                                                             Figure] | None:
    """The figure done in another data size than the goal, and the goal in its size (1 GB
    = 1000 MB unless the question states 1024)."""
    done = next((f for f in found if f is not goal and f.line == goal.line and f.unit in
                 DATA_SIZES and goal.unit in DATA_SIZES and f.unit != goal.unit), None)
    if done is None:
        return None
    stated = STATED_SIZE.search(question)
    step = int(stated.group("n")) if stated else 1000
    power = DATA_SIZES[goal.unit] - DATA_SIZES[done.unit]
    value = goal.value * Fraction(step) ** power
    return done, Figure(goal.label, value, done.unit, goal.currency, goal.line)


LESS = ci(r"\b(?:after|once|minus|less|without|excluding|net\s+of|take\s+off|deduct\w*|"
          r"goes?\s+out|leaves?|comes?\s+out|clears?)\b")
NET = ci(r"\b(?:take[-\s]home|net|after\s+(?:all\s+)?deductions|in\s+(?:my\s+)?(?:pocket|hand))\b")
DEDUCTIONS = ci(r"\b(?:tax|pension|insurance|ni|deductions?|pending|student\s+loan|fees?)\b")
PER_DAY = ci(r"\b(?:per|a|each|every)\s+day\b|\bdaily\b|\bday\s+by\s+day\b")
IN_DAYS = ci(r"\bin\s*$|\bdays?\b")


def _named(label: str, question: str) -> bool:
    words = [w for w in label.split() if len(w) > 2]
    return bool(words) and all(re.search(rf"\b{re.escape(w[:5])}", question, re.I) for w in
                               words[-1:])


def less_named(question: str, found: list[Figure]) -> list[Answer]:
    """A balance or gross figure less the ones the question names ("after tax and pension",
    "once the pending payment goes out"), and spread over the days to a date ("per day until
    payday")."""
    cash = [f for f in found if f.currency]
    if not cash:
        return []
    base = cash[0]
    out: list[Answer] = []
    added = [f for f in cash[1:] if not LESS.search(question) and _named(f.label, question) and
             re.search(r"\b(?:with|plus|including|incl\.?|add\w*)\s+(?:the\s+|a\s+)?" + re.escape(
            f.label.split()[-1][:5]), question, re.I)]
    if added:  # "with delivery", "plus the service fee"
        whole = base.value + sum((f.value for f in added), Fraction(0))
        plus = " + ".join(money(f.value, f.currency) for f in added)
        return [(f"With those it comes to **{money(whole, base.currency)}** ("
                 f"{money(base.value, base.currency)} + {plus}).", float(whole))]
    if LESS.search(question) or NET.search(question):
        taken = [f for f in cash[1:] if _named(f.label, question) or (
            NET.search(question) and (DEDUCTIONS.search(f.label) or re.search(
                r"\bgross\b", base.label)))]  # after "Gross pay", every line is taken off
        if taken:
            rest = base.value - sum((f.value for f in taken), Fraction(0))
            minus = " − ".join(money(f.value, f.currency) for f in taken)
            out.append((f"That leaves **{money(rest, base.currency)}** ("
                        f"{money(base.value, base.currency)} − {minus}).", float(rest)))
            base = Figure(base.label, rest, "", base.currency, base.line)
    days = next((f for f in found if f.unit == "days"), None)
    if days is not None and days.value and PER_DAY.search(question):
        each = base.value / days.value
        out.append((f"That is **{money(each, base.currency)}** a day "
                    f"({money(base.value, base.currency)} over {plain(days.value)} days).",
                    float(each)))
    return out


WORD_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
               "a dozen": 12, "dozen": 12, "twenty": 20}
COUNTED = ci(r"\b(?P<n>\d+(?:\.\d+)?|a\s+dozen|dozen|an?|one|two|three|four|five|six|seven|"
             r"eight|nine|ten|eleven|twelve|twenty)\s+(?:(?:lots?|packs?|portions?|servings?|"
             r"units?|times|helpings?|rounds?)\s+of\s+)?(?:(?:the|my|those|these)\s+)?"
             r"(?P<w>[a-z]+(?:\s+of\s+[a-z]+)?)")
ALIKE = {"kid": "child", "kids": "child", "children": "child", "child": "child",
         "adults": "adult", "grown": "adult", "seniors": "senior", "students": "student",
         "hrs": "hour", "hours": "hour", "hr": "hour", "litres": "litre", "liters": "litre",
         "liter": "litre", "kilos": "kg", "kilo": "kg", "kilograms": "kg", "nights": "night",
         "days": "day", "people": "person", "persons": "person", "min": "minute",
         "mins": "minute", "grams": "g", "gram": "g", "kgs": "kg"}
PER = ci(r"\b(?:per|/|a|an|each)\s*(?P<u>[a-z]+)\b")
# "£3.03 PER 100G", "$0.75 PER 10 MIN": a price for a block of units
PER_BLOCK = ci(r"(?:\bper|/|\beach|\bevery)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[a-z]+)\b")
GLUED = re.compile(r"(?<=\d)(?=(?:g|kg|ml|l|min|mins|h|hrs?)\b)", re.I)  # "300g" → "300 g"
BLOCKS = {("kg", "g"): Fraction(1000), ("l", "ml"): Fraction(1000),
          ("hour", "minute"): Fraction(60)}


def _stem(word: str) -> str:
    word = ALIKE.get(word.lower(), word.lower())
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def priced_counts(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """A sign's prices times the counts the question names ("8 lattes", "parked for 7 hours",
    "3 adults and 3 kids", "46 litres of diesel", "3.7 kg")."""
    prices = [f for f in found if f.currency or (f.label and not f.unit and f.value != int(
        f.value))]  # "$5.35", "DIESEL 1.51"
    if not prices:
        return []
    lines = text.splitlines()
    parts = []
    for asked in COUNTED.finditer(GLUED.sub(" ", question)):
        count = Fraction(WORD_COUNTS[asked.group("n").lower()] if asked.group("n").lower() in
                         WORD_COUNTS else asked.group("n"))
        words = [_stem(w) for w in re.findall(r"[a-z]+", asked.group("w").lower())
                 if w != "of"]
        for price in prices:
            line = lines[price.line].lower() if price.line < len(lines) else ""
            per, block = PER.search(line), PER_BLOCK.search(line)
            names = {_stem(w) for w in price.label.split()} | ({_stem(per.group("u"))}
                                                               if per else set())
            if block is not None:
                unit = _stem(block.group("u"))
                said = next((w for w in words if w == unit or (w, unit) in BLOCKS), None)
                if said is not None:  # 300 g at a price per 100 g: three blocks
                    size = Fraction(block.group("n")) / BLOCKS.get((said, unit), Fraction(1))
                    parts.append((count / size, price))
                    break
            if names & set(words):
                parts.append((count, price))
                break
    if not parts:
        return []
    total = sum((count * price.value for count, price in parts), Fraction(0))
    currency = next((p.currency for _, p in parts if p.currency), "")
    shown = " + ".join(f"{plain(count)} × {money(p.value, p.currency or currency)}"
                       for count, p in parts)
    return [(f"That comes to **{money(total, currency)}** ({shown}).", float(total))]


PERIODS = {"month": Fraction(12), "monthly": Fraction(12), "mo": Fraction(12), "week":
           Fraction(52), "weekly": Fraction(52), "wk": Fraction(52), "year": Fraction(1),
           "yearly": Fraction(1), "yr": Fraction(1), "annual": Fraction(1), "day": Fraction(365),
           "daily": Fraction(365)}
ASKED_PERIOD = ci(r"\b(?:(?:per|a|an|each|every|one|full|whole|the)\s+(?P<u>year|month|week|day)|"
                  r"(?P<adj>yearly|annual(?:ly)?|monthly|weekly|daily))\b|\bover\s+(?:a|the|one)"
                  r"\s+(?:full\s+|whole\s+)?(?P<o>year|month|week)\b")


def per_period(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """A price per month (week, year) over the period asked ("$4.99 / month" → a year)."""
    lines = text.splitlines()
    for price in (f for f in found if f.currency):
        line = lines[price.line].lower() if price.line < len(lines) else ""
        own = re.search(r"(?:/|\bper\b|\ba\b|\beach\b)\s*(month|mo|week|wk|year|yr|day)\b|"
                        r"\b(monthly|weekly|yearly|annual|daily)\b", line)
        asked = ASKED_PERIOD.search(question)
        if own is None or asked is None:
            continue
        unit = (own.group(1) or own.group(2)).lower()
        wanted = (asked.group("u") or asked.group("adj") or asked.group("o")).lower()
        wanted = re.sub(r"ly$", "", wanted).replace("annual", "year").replace("dai", "day")
        if wanted.startswith(unit[:2]):
            continue
        value = price.value * PERIODS[unit] / PERIODS.get(wanted, Fraction(1))
        return [(f"That is **{money(value, price.currency)}** a {wanted} "
                 f"({money(price.value, price.currency)} a {unit}).", float(value))]
    return []
