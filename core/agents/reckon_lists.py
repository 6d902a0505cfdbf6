"""Everyday reckoning over a few stated amounts, read by the role of each one.

- listed numbers added up: "can you add these up: 8.91, 19.32 and 39.93" → 68.16;
- change from a note for several things: "paid with a 50 note for things costing 4.24,
  13.66 and 12.56, what change?" → 19.54;
- a saving spread over a time: "need 4400 in 6 months, how much a month?" → 733.33;
- shares bought and sold: "bought 200 shares at 60.56 and sold them at 66.79, profit?" →
  1,246.00; lots bought at two prices: "68 at 46.88 and 26 more at 53.57, average price?";
- the price for a standard quantity: "a 750 g bag costs 8.03, per 100 g?" → 1.07;
- the mark needed for a target average: "got 65, 87 and 71, what do I need on the next
  to average 71?" → 61;
- an amount before a percentage rise or cut: "after an 8% rise I'm on 77,760, what was I
  on before?" → 72,000;
- a total at a steady rate: "798 pages at 20 pages a day, how many days?" → 40 days.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.amounts import VOLUME, grams, unit_key
from core.agents.money_reckon import AMOUNT, NUM, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

PCT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s*cent\b)", re.I)
OPERATOR = re.compile(r"\d\s*(?:[-+*/^×÷]|plus|minus|times|divided|multiplied)\s*\d", re.I)


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _amounts(text: str) -> list[re.Match[str]]:
    return [m for m in re.finditer(AMOUNT, text) if not PCT_AFTER.match(text, m.end())]


def _cash(value: Fraction, sign: str, said: list[str]) -> str:
    """Money to the cent when the question spoke of money or cents, else the plain value."""
    if sign or any(re.search(r"\.\d\d$", s) for s in said):
        return money(value, sign)
    return show(value)


# --- listed numbers added up -------------------------------------------------------------

ADD_UP = _c(r"\b(?:add|sum|total|tot)\s+(?:(?:all\s+)?(?:these|those|them|this\s+lot|it\s+all|"
            r"the\s+following)|(?:these|those|them)\s+all)(?:\s+(?:numbers|amounts|prices|up))*\b|"
            r"\badd\s+up\s+(?:these|those|the\s+following)\b|\bwhat\s+(?:do|does)\s+(?:these|"
            r"those|they|this\s+lot)\s+(?:add\s+up|come|total|sum)\s+to\b|\b(?:sum|total)\s+of\s*:")


def listed_sum(text: str) -> Reckoned | None:
    if (cue := ADD_UP.search(text)) is None or OPERATOR.search(text):
        return None
    found = [m for m in _amounts(text) if m.start() >= cue.start() - 80]
    if len(found) < 2 or len(found) > 40:
        return None
    said = [m.group(2) for m in found]
    total = sum((_f(s) for s in said), Fraction(0))
    sign = sign_of(text)
    return Reckoned("total", total, "", " + ".join(said), text=_cash(total, sign, said))


# --- change from a note for several things -----------------------------------------------

NOTE = _c(rf"\b(?:pa(?:y|id|ying)|gave|give|giving|hand(?:ed|ing)?(?:\s+over)?|us(?:e|ed|ing)|"
          rf"with)\s+(?:with\s+|over\s+)?(?:an?\s+|my\s+|the\s+|one\s+)?{AMOUNT}\s*"
          rf"(?:dollars?\s+|euros?\s+|pounds?\s+)?(?:note|bill)\b")
CHANGE = _c(r"\bchange\b|\bget\s+back\b|\bgive\s+me\s+back\b")


def note_change(text: str) -> Reckoned | None:
    if not CHANGE.search(text) or (note := NOTE.search(text)) is None:
        return None
    costs = [m for m in _amounts(text) if not note.start() <= m.start() < note.end()]
    if len(costs) < 2:
        return None  # one price is the plain wording's
    said = [m.group(2) for m in costs]
    paid = _f(note.group(2))
    left = paid - sum((_f(s) for s in said), Fraction(0))
    sign = sign_of(text)
    basis = f"{note.group(2)} − ({' + '.join(said)}) = {show(left)}"
    return Reckoned("change", left, "", basis, text=money(left, sign))


# --- a saving spread over a time ----------------------------------------------------------

SPAN = _c(rf"\b(?:in|within|over|by|after)\s+(?:the\s+next\s+)?{NUM}\s*(months?|weeks?|years?)\b")
EACH = _c(r"\b(?:each|per|a|every)\s+(month|week)\b|\b(month|week)ly\b")
SAVE = _c(r"\b(?:put\s+(?:away|aside|by)|save|saving|set\s+aside|stash|squirrel)\b")
GOAL = _c(r"\b(?:need|want|needs|wants|goal|target|cost|costs|saving\s+for|save\s+up)\b")


def saving_per_period(text: str) -> Reckoned | None:
    if not SAVE.search(text) or not GOAL.search(text):
        return None
    span, each = SPAN.search(text), EACH.search(text)
    if span is None or each is None:
        return None
    goal = [m for m in _amounts(text) if not span.start() <= m.start() < span.end()]
    if len(goal) != 1 or float(_f(span.group(1))) <= 0:
        return None
    unit, per = span.group(2).rstrip("s"), each.group(1) or each.group(2)
    scale: dict[tuple[str, str], Fraction] = {("year", "month"): Fraction(12),
                                              ("year", "week"): Fraction(52),
                                              ("month", "week"): Fraction(52, 12)}
    length = _f(span.group(1)) * scale.get((unit, per), Fraction(1))
    if unit == "week" and per == "month":
        length = length * 12 / 52
    amount = _f(goal[0].group(2)) / length
    sign = sign_of(text)
    return Reckoned(f"per {per}", amount, "", f"{goal[0].group(2)} ÷ {show(length)} {per}s",
                    text=f"{money(amount, sign)} a {per}")


# --- shares bought and sold --------------------------------------------------------------

LOT = _c(rf"\b(\d[\d,]*)\s+(?:more\s+)?(?:shares?|stocks?|units?)?\s*(?:more\s+)?(?:at|@|for)\s+"
         rf"{AMOUNT}\s*(?:each|a\s+share|per\s+share|apiece)?")
SOLD_AT = _c(rf"\b(?:sold|sell|selling|sells)\s+(?:them|it|those|these|all(?:\s+of\s+them)?|"
             rf"the\s+lot|the\s+shares?)?\s*(?:later\s+)?(?:at|for|@)\s+{AMOUNT}")
SHARES = _c(r"\bshares?\b|\bstocks?\b")
PROFIT = _c(r"\b(?:profit|gain|made|make|earn\w*|lost|lose|loss|up|down)\b")
AVERAGE = _c(r"\baverage\b|\bavg\b|\bmean\b|\bbreak[- ]?even\b")


def shares(text: str) -> Reckoned | None:
    if not SHARES.search(text):
        return None
    sold = SOLD_AT.search(text)
    lots = [m for m in LOT.finditer(text) if sold is None or m.start() < sold.start()]
    if not lots:
        return None
    count = sum((_f(m.group(1)) for m in lots), Fraction(0))
    cost = sum((_f(m.group(1)) * _f(m.group(3)) for m in lots), Fraction(0))
    sign = sign_of(text)
    if sold is not None and PROFIT.search(text) and count > 0:
        gain = count * _f(sold.group(2)) - cost
        word = "profit" if gain >= 0 else "loss"
        basis = f"{show(count)} × {sold.group(2)} − {money(cost, sign)}"
        return Reckoned(word, abs(gain), "", basis, text=money(abs(gain), sign))
    if sold is None and len(lots) >= 2 and AVERAGE.search(text) and count > 0:
        mean = cost / count
        basis = f"{money(cost, sign)} ÷ {show(count)} shares"
        return Reckoned("average price", mean, "", basis,
                        text=f"{money(mean, sign)} a share ({show(count)} shares)")
    return None


# --- the price for a standard quantity ----------------------------------------------------

MEASURE = r"(g|grams?|kg|kilos?|kilograms?|ml|l|litres?|liters?|cl|oz|lbs?)\b"
SIZE = _c(rf"(?<![\d.,])(\d+(?:\.\d+)?)\s*{MEASURE}")
PER = _c(rf"\b(?:per|a|each|every|for\s+(?:a|one|each)|/)\s*(\d+(?:\.\d+)?)?\s*{MEASURE}")


def _worded(text: str) -> bool:
    """The maths reader already answers it (a price per litre, a price before a sale)."""
    from core.agents.wordproblems import word_problem

    return word_problem(text) is not None


def price_per(text: str) -> Reckoned | None:
    pers = [m for m in PER.finditer(text) if m.group(1) or m.group(2)[:1] in "kl"]
    per = next((m for m in pers if re.match(r"per|/|every", m.group(0))), None) or (
        pers[-1] if pers else None)
    if per is None or not re.search(r"\b(?:how\s+much|what|cost|price|\?)", text):
        return None
    sizes = [m for m in SIZE.finditer(text) if not per.start() <= m.start() < per.end()]
    prices = [m for m in _amounts(text)
              if not any(s.start() <= m.start(2) < s.end() for s in sizes)
              and not per.start() <= m.start(2) < per.end()
              and (m.group(1) or m.group(3) or re.fullmatch(r"\d+\.\d\d", m.group(2)))]
    if len(sizes) != 1 or len(prices) != 1 or _worded(text) or any(
            re.match(r"\s*(?:a|an|per|/|each|every)\b", text[prices[0].end():])
            for _ in (0,)):
        return None  # the price is already a rate ("2.04 a litre")
    have, want = grams(sizes[0].group(2)), grams(per.group(2))
    if (unit_key(sizes[0].group(2)) in VOLUME) != (unit_key(per.group(2)) in VOLUME):
        return None  # a volume priced per weight
    size = _f(sizes[0].group(1)) * have
    unit = _f(per.group(1) or "1") * want
    if size <= 0:
        return None
    value = _f(prices[0].group(2)) / size * unit
    said = f"{per.group(1) or ''}{' ' if per.group(1) else ''}{per.group(2)}".strip()
    sign = sign_of(text)
    basis = f"{prices[0].group(2)} ÷ {sizes[0].group(0)} × {per.group(1) or 1} {per.group(2)}"
    return Reckoned("price", value, "", basis, text=f"{money(value, sign)} per {said}")


# --- the mark needed for a target average -------------------------------------------------

TARGET = _c(rf"\b(?:average|avg|mean)\s+(?:of\s+|out\s+at\s+|(?:up\s+)?to\s+|at\s+)?"
            rf"(?:at\s+least\s+)?{NUM}|{NUM}\s+(?:average|avg|mean)\b")
NEED = _c(r"\b(?:need|needs|have\s+to|must|should)\b.*\b(?:get|score|on|in|make)\b|"
          r"\bwhat\s+(?:score|mark|grade)\b")
# "66, 78 and 64 on 3 tests": the 3 counts the tests, it is no score
COUNTED = _c(r"\s+(?:tests?|exams?|quiz(?:zes)?|papers?|games?|frames?|rounds?|matches|"
             r"assignments?|essays?|modules?|subjects?|courses?|classes|holes|innings|weeks?|"
             r"months?|days?|tries|attempts?|races?|runs?|scores?|marks?|grades?|results?)\b")
SO_FAR = _c(r"\b(?:average|mean)\s+(?:so\s+far|now|at\s+the\s+moment|currently|to\s+date|right\s+"
            r"now|at\s+present)\b|\bcurrent\s+(?:average|mean)\b|\b(?:average|mean)\s+(?:is\s+it|"
            r"am\s+i\s+on)\b")
ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
           "eighth": 8, "ninth": 9, "tenth": 10}


def mark_needed(text: str) -> Reckoned | None:
    if (target := TARGET.search(text)) is None or (need := NEED.search(text)) is None:
        return None
    head = text[:min(need.start(), target.start())]
    said = [m.group(2) for m in _amounts(head) if not COUNTED.match(head, m.end())
            or not re.search(r"\b(?:on|in|over|across|from|after|for|of)\s*$", head[:m.start()])]
    said = [s for s in said if not re.search(rf"\b(?:first|last)\s+{re.escape(s)}\s+\w",
                                             text)]
    if len(said) < 2:
        return None
    goal = _f(target.group(1) or target.group(2))
    count = len(said) + 1
    over = re.search(rf"\b(?:over|across|from|for)\s+(?:all\s+)?{NUM}\b", text[target.end():])
    if over is not None and over.group(1).isdigit() and int(over.group(1)) != count:
        return None  # "to average 20 over 5" after three scores: another count
    if (word := re.search(r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
                          text[need.start():])) is not None and ORDINAL[word.group(1)] != count:
        return None
    scores = sum((_f(s) for s in said), Fraction(0))
    value = goal * count - scores
    basis = f"{show(goal)} × {count} − ({' + '.join(said)})"
    if SO_FAR.search(text):  # "what's my average so far, and what do I need …?"
        now = scores / len(said)
        return Reckoned("needed", value, "", basis,
                        text=f"average so far {show(now)}; needed next: {show(value)}")
    return Reckoned("needed", value, "", basis, text=show(value))


# --- an amount before a percentage rise or cut --------------------------------------------

UP = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s+(?:pay\s+|price\s+|rent\s+)?(?:rise|raise|increase|"
        rf"hike|uplift|more|higher|up|markup|mark-up|jump)\b|\b(?:rose|went\s+up|increased|grew|"
        rf"raised|up)\s+(?:by\s+)?{NUM}\s*(?:%|percent|per\s*cent)")
DOWN = _c(rf"{NUM}\s*(?:%|percent|per\s*cent)\s+(?:pay\s+|price\s+)?(?:cut|drop|fall|decrease|"
          rf"reduction|off|less|lower|down)\b|\b(?:fell|dropped|went\s+down|decreased|cut|"
          rf"reduced|down)\s+(?:by\s+)?{NUM}\s*(?:%|percent|per\s*cent)")
BEFORE = _c(r"\b(?:what|how\s+much)\b[^.!?]*?\b(?:before|original(?:ly)?|previous(?:ly)?|"
            r"used\s+to|at\s+first|start(?:ed)?\s+(?:on|at|with))\b|\b(?:original|previous|old)\s+"
            r"(?:price|salary|pay|rent|amount|value|figure|cost)\s*\?")


def before_change(text: str) -> Reckoned | None:
    if not BEFORE.search(text):
        return None
    if len(re.findall(r"%|\bper\s*cent\b|\bpercent\b", text)) != 1:
        return None
    up, down = UP.search(text), DOWN.search(text)
    if (up is None) == (down is None) or _worded(text):
        return None
    change = up or down
    assert change is not None
    rate = _f(change.group(1) or change.group(2))
    now = [m for m in _amounts(text) if not change.start() <= m.start(2) < change.end()]
    if len(now) != 1 or (rate >= 100 and down is not None):
        return None
    factor = 1 + rate / 100 if up is not None else 1 - rate / 100
    value = _f(now[0].group(2)) / factor
    sign = sign_of(text)
    basis = f"{now[0].group(2)} ÷ {show(factor)}"
    shown = money(value, sign) if sign or value.denominator != 1 else f"{int(value):,}"
    return Reckoned("before the change", value, "", basis, text=shown)


# --- a total at a steady rate -------------------------------------------------------------

RATE = _c(rf"{NUM}\s+([a-z]+?)s?\s+(?:a|per|each|every)\s+(day|night|week|hour|month|session)\b")
HOW_MANY = _c(r"\bhow\s+many\s+(days?|nights?|weeks?|hours?|months?|sessions?)?")


def at_rate(text: str) -> Reckoned | None:
    if (rate := RATE.search(text)) is None:
        return None
    ask = HOW_MANY.search(text)
    word, period = rate.group(2), rate.group(3)
    if ask is None and (re.search(r"\bhow\s+long\b", text)
                        or not re.search(r"\bhow\s+much\b|\?", text)):
        return None
    if ask is not None and ask.group(1) and not ask.group(1).startswith(period):
        return None
    if word in ("time", "dose", "tablet", "pill", "ml", "mg", "g", "kg", "km", "mile", "cup",
                "kcal", "calorie", "cal", "step", "unit", "litre", "l", "hour", "mb", "gb", "kb",
                "tb", "mbs", "gbs", "byte", "megabyte", "gigabyte"):
        return None  # doses and distances have their own readers
    whole = [m for m in re.finditer(rf"{NUM}\s+{re.escape(word)}s?\b", text)
             if m.start() != rate.start()]
    if len(whole) != 1 or _f(rate.group(1)) <= 0:
        return None
    exact = _f(whole[0].group(1)) / _f(rate.group(1))
    count = math.ceil(exact)
    plural = f"{period}s"
    extra = "" if exact == count else \
        f" ({show(exact)} {plural} at {rate.group(1)} {word}s a {period})"
    basis = f"{whole[0].group(1)} {word}s ÷ {rate.group(1)} a {period}"
    return Reckoned(plural, Fraction(count), plural, basis, text=f"{count} {plural}{extra}")


KINDS = (listed_sum, note_change, saving_per_period, shares, price_per, mark_needed,
         before_change, at_rate)
