"""An amount shared out per unit, and how many units an amount lasts at a rate.

- per unit: "776 points in 78 games, points per game?" → 9.95; "832 left until payday in 13
  days, how much a day can I spend?" → 64.00; a goal less what is done ("goal 80,000 steps,
  done 31,516, how many a day for the last 2 days?"), a budget less what is booked, or
  costs added up ("2.09 + 6.54 … makes 12 portions, cost per portion?");
- how many units an amount lasts: "1614 in stock, we ship 59 a day, how many full days
  before we run out?" → 27; "battery at 95%, dropping 10% an hour, how many hours until it
  dies?" → 9.5.

Only the question's sentence names the unit asked; the count of that unit may be anywhere.
Money is shown to the cent in the question's currency. The text is expanded and lower-cased.
"""

from __future__ import annotations

import itertools
import math
import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(?<![\d.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
FIGURE = _c(rf"([$€£¥]\s?)?{NUM}(\s*%)?")
ASKING = _c(r"\?|\b(?:how|what|what's|calculate|work\s+out|find)\b")
# units a share is never asked "per": words of the sentence, not things counted
NOT_UNIT = {"cent", "percent", "total", "lot", "bit", "few", "piece", "rate", "result", "go",
            "time", "whole", "while", "quarter", "half", "dozen", "pair", "couple", "number",
            "profit", "decimal", "fraction", "percentage", "ratio", "of", "the", "a", "an", "and",
            "or", "to", "in", "on", "for", "with", "it", "that", "this", "them", "one", "other",
            "more", "single"}
# words between a count and its unit ("13 more days", "78 league games"), never "to a"
BETWEEN = r"(?:(?!(?:to|a|an|the|of|in|per|for|and|or|is|was|it|that)\b)[a-z'-]+\s+){0,2}?"
PER_ASK = _c(r"\b(?:per|a|an|each|every)\s+([a-z]+?)(?:s|es)?\b(?!\s*(?:of|and|or)\b)")
MONEY_CUE = _c(r"[$€£¥]|\b(?:save|saving|savings|put\s+away|set\s+aside|spend|spent|budget|"
               r"cost\w*|price\w*|pay\w*|paid|rent|money|cash|"
               r"afford|allowance|left\s+until\s+payday|payday|dollars?|euros?|pounds|bucks|"
               r"fees?|bills?|wages?|salary|income|earn\w*)\b")
LESS_CUE = _c(r"\b(?:done|did|read|spent|used|walked|ran|run|covered|completed|finished|"
              r"already|so\s+far|booked|paid|eaten|drunk|sold|given|taken|watched|written|"
              r"flights?|hotels?|travel|accommodation|deposit)\b")
STRONG = _c(r"\b(?:budget|goal|target|fund|kitty|pot|have|had|got)\b")
WHOLE_CUE = _c(r"\b(?:fund|kitty|pot|budget|goal|target|aim|total|have|had|got|left|is|of|book|"
               r"need|want|there\s+are|contains?|holds?|plan)\b[^.?!\d]{0,25}$")
ADD_CUE = _c(r"\b(?:costs?|costing|priced\s+at|cost\s+me|spent\s+on|ingredients?|items?|"
             r"bought)\b[^.?!\d]{0,25}$")
RATE_AFTER = _c(r"\s*(?:[a-zµ]+\s*)?(?:/|per\s+(?!cent)|(?:a|an|each|every)\s+(?:hour|day|week|"
                r"month|year|night|fortnight)\b)")
ROUND_UP = _c(r"\b(?:to\s+finish|on\s+time|to\s+(?:reach|hit|make|get\s+to)|at\s+least|"
              r"minimum|whole)\b")


def question(text: str) -> tuple[int, str]:
    """Where the asking sentence starts, and its text."""
    parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^?!]*?(?:[?!]|\.(?!\d)|$)", text)
             if m.group(0).strip()]
    for start, part in reversed(parts):
        if ASKING.search(part):
            return start, part
    return (parts[-1] if parts else (0, text))


TWO_ASKS = _c(r"\b(?:what|how|in\s+(?:euros|dollars|pounds|[a-z]{3}\b))[^?]*?(?:,|\band)\s+"
              r"(?:and\s+)?(?:what|how|then)\b")


def single(text: str) -> bool:
    """One question asked (a second part goes to its own agent)."""
    return text.count("?") <= 1 and not TWO_ASKS.search(text) and len(
        re.findall(r"\b(?:how|what|when|which|then)\b", text)) <= 1


def _unit_words(unit: str) -> str:
    unit = re.escape(unit)
    return rf"(?:{unit}|{unit}s|{unit}es|{unit[:-1]}ies)" if unit.endswith("y") else \
        rf"(?:{unit}|{unit}s|{unit}es)"


def _count(text: str, unit: str, ask_at: int) -> re.Match[str] | None:
    found = list(re.finditer(rf"(?<!/){NUM}\s+{BETWEEN}{_unit_words(unit)}\b", text))
    found = [m for m in found if not re.match(r"\s*(?:%|[$€£])", text[m.end(1):m.end(1) + 2])]
    if not found:
        return None
    asked = [m for m in found if m.start() >= ask_at]
    return (asked or found)[-1] if len(asked or found) == 1 or asked else None


def per_unit(text: str) -> Reckoned | None:
    """An amount (or what is left of one) divided by a count of the unit asked for."""
    at, asked = question(text)
    if not single(text) or re.search(r"\d\s*(?:%|percent\b)", text):
        return None  # a percentage works on an amount, it is not shared out
    ask = next((m for m in PER_ASK.finditer(asked) if m.group(1) not in NOT_UNIT
                and not re.search(r"\d\s*(?:[a-z]+\s+)?$", asked[:m.start()])
                and not re.search(r"\bif\b(?![^,]*\b(?:how|what)\b)", asked[:m.start()])), None)
    if ask is None:
        return None
    unit = ask.group(1)
    count = _count(text, unit, at)
    if count is None or (size := _f(count.group(1))) <= 0:
        return None
    before = re.search(r"(?:how\s+(?:much|many)\s+|what(?:'s|\s+is)?\s+(?:the\s+|my\s+|his\s+|"
                       r"her\s+|their\s+)?(?:average\s+)?)?([a-z]+)\s*$", asked[:ask.start()])
    measure = before.group(1) if before else ""
    counts = [m.span() for m in re.finditer(rf"{NUM}\s+{BETWEEN}{_unit_words(unit)}\b", text)]
    figures = [m for m in FIGURE.finditer(text) if not any(a <= m.start() < b for a, b in counts)
               and not m.group(3) and not _is_ordinal(text, m)]
    if any(RATE_AFTER.match(text, m.end()) for m in figures):
        return None  # "50 mg/kg/day": a rate to apply, not an amount to share
    kept = rf"dollars|euros|pounds|bucks|quid|cents|{re.escape(measure)}\b"
    counted = re.compile(rf"\s+(?!{kept})[a-z]+s\b")
    figures = [m for m in figures if not counted.match(text, m.end())] or figures
    if not figures or len(figures) > 6:
        return None
    values = [_f(m.group(2)) for m in figures]
    if len(values) == 1:
        whole, basis = values[0], show(values[0])
    elif all("+" in text[a.end():b.start()] or re.fullmatch(r"\s*(?:,|and|,\s*and)\s*",
                                                             text[a.end():b.start()])
             for a, b in itertools.pairwise(figures)) and ADD_CUE.search(text[:figures[0].start()]):
        whole, basis = sum(values, Fraction(0)), " + ".join(show(v) for v in values)
    elif (lead := WHOLE_CUE.search(text[:figures[0].start()])) and (
            LESS_CUE.search(text) or len(values) == 2 or STRONG.search(lead.group(0))):
        whole = values[0] - sum(values[1:], Fraction(0))
        basis = f"{show(values[0])} − " + " − ".join(show(v) for v in values[1:])
    else:
        return None
    if whole < 0:
        return None
    value = whole / size
    sign = sign_of(text)
    per = f"per {unit}"
    if len(values) > 1:
        basis = f"({basis})"
    basis = f"{basis} ÷ {show(size)} {unit}s"
    many = re.search(r"\bhow\s+many\b", asked[:ask.start()]) is not None
    if sign or (MONEY_CUE.search(text) and not many and not measure.endswith("s")):
        return Reckoned(f"{per}", value, SIGNS.get(sign, ""), basis,
                        text=f"{money(value, sign)} {per}")
    named = f" {measure}" if measure.endswith("s") and measure not in ("is", "this", "was") else ""
    if not named and (said := _unit_after(text, figures[0].end(2))) and re.fullmatch(
            r"kg|g|mg|ml|l|km|m|miles?|mile|lb|oz|kcal|calorie|litre|liter|hour|minute|kwh|gb|mb",
            said):
        named = f" {said}"  # "lost 10.6 kg over 6 weeks, how much per week?" → 1.77 kg per week
    shown = f"{show(value)}{named} {per}"
    if value.denominator != 1 and ROUND_UP.search(asked):
        shown += f" ({math.ceil(value)}{named} {per} to be sure)"
    return Reckoned(per, value, "", basis, text=shown)


def _is_ordinal(text: str, m: re.Match[str]) -> bool:
    """"week 1", "day 3", "the first 5 days" of a count are not amounts."""
    return re.search(r"\b(?:week|day|month|year|game|round|stage|level|chapter)\s*$",
                     text[:m.start()]) is not None


# --- how many units an amount lasts ---------------------------------------------------------

RATE = _c(rf"{NUM}\s*(%|percent)?\s*(?:[a-z]+\s+)?(?:a|an|per|each|every|/)\s*(hour|hr|day|week|"
          rf"month|year|minute|min|shift|night)\b")
LAST_ASK = _c(r"\bhow\s+(?:many\s+(?:more\s+)?(?:(full|whole|complete)\s+)?(hour|hr|day|week|month|"
              r"year|minute|min|shift|night)s?|long)\b[^.?!]*\b(?:until|till|before|last|lasts|"
              r"left|run\s+out|runs\s+out|empty|dies|die|flat|dead|gone|zero|finish\w*|"
              r"cover|keep)\b")
UNITS = {"hr": "hour", "min": "minute"}
GOAL = _c(r"\buntil\s+(?:i|we|you)\b|\b(?:have\s+enough|have\s+(?:it|the\s+\w+)|saved|paid\s+off|"
          r"paid\s+back|pay\s+(?:it\s+)?off|clear\w*|finish\w*|reach\w*|get\s+to|hit|afford|complete\w*|done)\b")


def lasts(text: str) -> Reckoned | None:
    """An amount divided by the rate it is used at: the units it lasts."""
    asked = question(text)[1]
    ask = LAST_ASK.search(asked)
    if ask is None or not single(text):
        return None
    rates = [m for m in RATE.finditer(text)]
    if len(rates) != 1:
        return None
    rate = rates[0]
    unit = UNITS.get(rate.group(3).lower(), rate.group(3).lower())
    if ask.group(2) and UNITS.get(ask.group(2), ask.group(2)) != unit:
        return None
    per = _f(rate.group(1))
    percent = bool(rate.group(2))
    stock = [m for m in FIGURE.finditer(text) if not rate.start() <= m.start() < rate.end()
             and bool(m.group(3)) == percent and not _is_ordinal(text, m)]
    if len(stock) != 1 or per <= 0:
        return None
    if _unit_after(text, rate.end(1)) not in ("", _unit_after(text, stock[0].end(2))):
        return None  # "2 kg, 80 g a day": units to convert first
    amount = _f(stock[0].group(2))
    value = amount / per
    mark = "%" if percent else ""
    basis = f"{show(amount)}{mark} ÷ {show(per)}{mark} a {unit}"
    if GOAL.search(asked) and value.denominator != 1:  # saving up or paying off: whole units
        whole = math.ceil(value)
        return Reckoned("it takes", Fraction(whole), f"{unit}s",
                        f"{basis} = {show(value)}, rounded up",
                        text=f"{whole} {unit}s ({show(value)} {unit}s, rounded up)")
    if ask.group(1) or re.search(r"\bfull\b", asked):
        whole = math.floor(value)
        extra = f" (with {show(amount - whole * per)}{mark} left over)" if whole != value else ""
        return Reckoned("it lasts", Fraction(whole), f"{unit}s", basis + extra)
    return Reckoned("it lasts", value, f"{unit}s" if value != 1 else unit, basis)


def _unit_after(text: str, end: int) -> str:
    """The unit word written just after a number ("g" in "80 g a day"), or ""."""
    said = re.match(r"\s*(kg|g|mg|mcg|µg|ml|l|cl|litres?|liters?|km|m|cm|mm|miles?|lbs?|oz|"
                    r"kcal|calories|kwh|gb|mb|tb|grams?|kilos?|gallons?|pints?)\b", text[end:])
    return said.group(1).rstrip("s") if said else ""


KINDS = (lasts, per_unit)
