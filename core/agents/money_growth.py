"""Amounts that grow or shrink by a percentage every period, read from the words around them.

- a value lost each year: "the van cost 30,000 and depreciates 15% a year, what's it worth
  after 4 years?" → 30,000 × 0.85⁴;
- a value grown each year: "prices rise 3% a year, what will 80 cost in 10 years?" → 80 ×
  1.03¹⁰ (inflation, growth, a return);
- the yearly rate between two amounts: "went from 2,000 to 3,500 over 6 years, what's the
  annual growth rate?" → (3,500 ÷ 2,000)^(1/6) − 1 as a percentage;
- the years a growth takes: "how long until 5,000 doubles at 6% a year?" → log 2 ÷ log 1.06;
- a regular deposit with interest: "put 200 in at the end of each month at 4% a year
  compounded monthly, how much after 10 years?" → 200 × ((1 + i)ⁿ − 1) ÷ i.

The text is expanded and lower-cased; each kind needs its cue words and its ask. Whole
powers stay exact; a root or a logarithm is worked in floating point and shown to two
decimals (or the places asked for).
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

PCT = _c(r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)")
SPAN = _c(r"\b(?:in|after|over|for|within|across|by\s+the\s+end\s+of)\s+(?:the\s+next\s+|another"
          r"\s+)?"
          r"(\d+(?:\.\d+)?)\s*(years?|yrs?|months?)\b|\b(\d+(?:\.\d+)?)\s*(years?|yrs?|months?)\s+"
          r"(?:from\s+now|later|time|on)\b")
YEARLY = _c(r"\b(?:a|per|each|every|/)\s*(?:year|yr|annum)\b|\b(?:annual(?:ly)?|yearly|p\.?\s?a\.?)"
            r"(?!\w)|\bannual\b")
LOSS = _c(r"\b(?:los(?:e|es|ing|t)|depreciat\w*|drops?|dropping|falls?|falling|declin\w*|decreas"
          r"\w*|"
          r"shrinks?|shrinking|goes\s+down|going\s+down|go\s+down|down\s+by|devalu\w*|wears?\s+of"
          r"f)\b")
GAIN = _c(r"\b(?:inflation|grows?|growing|grow(?:th)?|increas\w*|rises?|rising|appreciat\w*|goes"
          r"\s+up|"
          r"going\s+up|go\s+up|up\s+by|returns?|earns?|earning|yield\w*|interest|compound\w*|gain"
          r"s?)\b")
VALUE_ASK = _c(r"\b(?:worth|value|cost|price|be\s+(?:at|worth)|have|become|grow(?:n)?\s+to|reach|"
               r"end\s+up|left|come\s+to|how\s+(?:much|many)|what\s+(?:will|would|is|does))\b")
COUNTED = _c(r"\bhow\s+many\b|\bpopulation\b|\b(?:people|members|users|subscribers|followers|"
             r"visitors|residents|cells|bacteria)\b")
RATE_ASK = _c(r"\b(?:what(?:'s|\s+is|\s+was)?|which|find|work\s+out|calculate)\s+(?:is\s+|was\s+)?"
              r"(?:the\s+|my\s+|its\s+|that\s+)?(?:average\s+|compound\s+|equivalent\s+|implied\s"
              r"+)?"
              r"(?:annual(?:i[sz]ed)?|yearly|per[\s-]year|year[\s-]on[\s-]year)\s+(?:average\s+)?"
              r"(?:growth\s+rate|growth|rate(?:\s+of\s+(?:growth|return|increase))?|return|increa"
              r"se|"
              r"rise|gain)\b|\bcagr\b|\bcompound\s+(?:annual\s+)?growth\s+rate\b|\b(?:what|which)"
              r"\s+"
              r"(?:percent(?:age)?|%)\s+(?:a|per|each|every)\s+year\b|\bby\s+what\s+(?:percent(?:"
              r"age)?|"
              r"%)\s+(?:a|per|each|every)\s+year\b|\b(?:growth|return)\s+rate\s+(?:a|per)\s+year\b|"
              r"\bgr[eo]w\s+(?:by\s+)?(?:on\s+average\s+)?(?:each|every|a|per)\s+year\b")
FROM_TO = _c(rf"\bfrom\s+{AMOUNT}\s+(?:up\s+|down\s+)?to\s+{AMOUNT}|\b(?:was|were|at|of|started\s+"
             rf"at|bought\s+(?:it\s+)?for|paid|put\s+in|invested)\s+{AMOUNT}\b[^?]*?\b(?:now|is\s"
             rf"+now|"
             rf"worth|became|grew\s+to|reached|sold\s+(?:it\s+)?for)\s+(?:is\s+|at\s+|worth\s+)?"
             rf"{AMOUNT}")
YEARS_ASK = _c(r"\bhow\s+(?:many\s+(years|months)|long)\b|\bwhen\s+will\b|\bin\s+what\s+year\b")
MULTIPLE = _c(r"\b(double|doubles|doubled|doubling|triple|triples|tripled|tripling|quadruple\w*)\b|"
              r"\b(\d+(?:\.\d+)?)\s*(?:times|x)\s+(?:its|the|my|as\s+much)\b")
DEPOSIT = _c(rf"\b(?:put(?:ting)?|pay(?:ing)?|sav(?:e|ing)|deposit(?:ing)?|invest(?:ing)?|add(?:i"
             rf"ng)?|"
             rf"contribut(?:e|ing)|set(?:ting)?\s+aside)\s+(?:in\s+|away\s+|aside\s+)?{AMOUNT}\s*"
             rf"(?:(?:in|away|aside|by)\s+)?"
             rf"(?:(?:in)?to\s+(?:a\s+|my\s+|the\s+)?[a-z]+(?:\s+account)?\s+)?(?:at\s+the\s+"
             rf"(?:end|start|beginning)\s+of\s+)?(?:(?:a|per|each|every|/)\s*(month|year|week|qua"
             rf"rter)\b|"
             rf"(monthly|yearly|annually|weekly|quarterly))")
START_OF = _c(r"\b(?:start|beginning)\s+of\s+(?:each|every|the)\b|\bin\s+advance\b")
PLACES = _c(r"\b(?:to\s+)?(\d)\s*(?:decimal\s+places?|decimals?|dp|d\.p\.)\b")
EXTRA_WORDS = (r"\s*(?:%|percent|per\s*cent|years?|yrs?|months?|weeks?|times|x\b|decimal|dp\b|"
               r"d\.p\.|places)")


def _amounts(text: str, used: list[tuple[int, int]]) -> list[Fraction]:
    return [_f(m.group(2)) for m in re.finditer(AMOUNT, text)
            if not any(a <= m.start(2) < b for a, b in used)
            and not re.match(EXTRA_WORDS, text[m.end(2):], re.I)]


def _years(span: re.Match[str]) -> Fraction:
    length, unit = (span.group(1), span.group(2)) if span.group(1) else (span.group(3),
                                                                         span.group(4))
    return _f(length) / (12 if unit.lower().startswith("m") else 1)


def _places(text: str) -> int:
    said = PLACES.search(text)
    return int(said.group(1)) if said else 2


def _decimal(value: float, places: int) -> str:
    return f"{value:,.{places}f}"


def value_after_years(text: str) -> Reckoned | None:
    """A value after whole years of losing (or gaining) a percentage each year."""
    rates, span = list(PCT.finditer(text)), SPAN.search(text)
    if len(rates) != 1 or span is None or not VALUE_ASK.search(text) or YEARS_ASK.search(text):
        return None
    from core.agents.wordproblems import word_problem

    if word_problem(text) is not None:
        return None  # compound interest on a sum: the maths word problem answers
    rate = rates[0]
    around = text[max(0, rate.start() - 60):rate.end() + 60]
    loss, gain = LOSS.search(around), GAIN.search(around)
    if (loss is None) == (gain is None) or not (YEARLY.search(around) or _c(
            r"\binflation\b").search(around)) or DEPOSIT.search(text):
        return None
    years = _years(span)
    if years.denominator != 1 or not 0 < years <= 200:
        return None
    amounts = _amounts(text, [rate.span(), span.span()])
    if len(amounts) != 1:
        return None
    start, r = amounts[0], _f(rate.group(1)) / 100
    factor = (1 - r) if loss is not None else (1 + r)
    if factor <= 0:
        return None
    value = start * factor ** int(years)
    sign = sign_of(text)
    way = "−" if loss is not None else "+"
    basis = (f"{money(start, sign) if sign else show(start)} × (1 {way} {rate.group(1)}%)^"
             f"{int(years)}")
    shown = money(value, sign)
    if not sign and COUNTED.search(text):
        basis = basis.replace(money(start, sign), show(start))
        shown = f"{show(value)} (about {round(value):,})"
    return Reckoned("value after " + f"{int(years)} year{'s' if years != 1 else ''}", value,
                    SIGNS.get(sign, ""), basis, text=shown)


def yearly_rate(text: str) -> Reckoned | None:
    """The yearly (compound) rate that takes one amount to another over a number of years."""
    if not RATE_ASK.search(text) or PCT.search(text) or (span := SPAN.search(text)) is None:
        return None
    pair = FROM_TO.search(text)
    if pair is None:
        return None
    numbers = [g for g in pair.groups()[1::3] if g]
    if len(numbers) != 2:
        return None
    start, end = _f(numbers[0]), _f(numbers[1])
    years = _years(span)
    if start <= 0 or end <= 0 or years <= 0:
        return None
    rate = ((float(end) / float(start)) ** (1 / float(years)) - 1) * 100
    places = _places(text)
    shown = f"{_decimal(rate, places)}% a year"
    basis = f"({show(end)} ÷ {show(start)})^(1/{show(years)}) − 1"
    return Reckoned("average yearly rate", Fraction(rate).limit_denominator(10**9), "%", basis,
                    text=shown)


def years_to_grow(text: str) -> Reckoned | None:
    """The years an amount takes to reach another (or to double) at a compound rate."""
    ask, rates = YEARS_ASK.search(text), list(PCT.finditer(text))
    if ask is None or len(rates) != 1 or DEPOSIT.search(text):
        return None
    rate = rates[0]
    loss = LOSS.search(text) is not None and GAIN.search(text) is None
    if not (GAIN.search(text) or loss or MULTIPLE.search(text)):
        return None
    used = [rate.span()]
    amounts = _amounts(text, used)
    multiple = MULTIPLE.search(text)
    if multiple is not None and len(amounts) <= 1 + bool(multiple.group(2)):
        word = (multiple.group(1) or "").lower()
        times = (Fraction(2) if word.startswith("doubl") else Fraction(3) if word.startswith(
            "tripl") else Fraction(4) if word.startswith("quadrupl") else _f(multiple.group(2)))
    elif len(amounts) == 2:
        times = amounts[1] / amounts[0] if amounts[0] else Fraction(0)
    else:
        return None
    r = _f(rate.group(1)) / 100
    factor = 1 - r if loss else 1 + r
    if times <= 0 or factor <= 0 or factor == 1 or (times > 1) != (factor > 1):
        return None
    often = 12 if _c(r"\bcompound\w*\s+monthly|\bmonthly\s+compound").search(text) else 1
    periods = math.log(float(times)) / math.log(float(1 + (factor - 1) / often))
    years = periods / often
    unit = (ask.group(1) or "years").lower()
    value = years * 12 if unit == "months" else years
    places = _places(text)
    whole = math.ceil(round(value, 9))
    shown = f"{_decimal(value, places)} {unit} (about {whole} whole {unit})"
    basis = f"log({show(times)}) ÷ log(1 {'−' if loss else '+'} {rate.group(1)}%" + (
        f" ÷ {often})" if often != 1 else ")")
    return Reckoned("time to grow", Fraction(value).limit_denominator(10**9), unit, basis,
                    text=shown)


def deposits_grown(text: str) -> Reckoned | None:
    """A regular deposit with compound interest, what it comes to after a number of years."""
    deposit, rates, span = DEPOSIT.search(text), list(PCT.finditer(text)), SPAN.search(text)
    if deposit is None or len(rates) != 1 or span is None or not VALUE_ASK.search(text):
        return None
    if YEARS_ASK.search(text) or not GAIN.search(text):
        return None
    every = (deposit.group(4) or deposit.group(5) or "").lower()
    per_year = {"month": 12, "monthly": 12, "week": 52, "weekly": 52, "quarter": 4,
                "quarterly": 4}.get(every, 1)
    years = _years(span)
    count = years * per_year
    if count.denominator != 1 or not 0 < count <= 1200:
        return None
    payment, r = _f(deposit.group(2)), _f(rates[0].group(1)) / 100
    i = r / per_year
    grown = payment * count if i == 0 else payment * ((1 + i) ** int(count) - 1) / i
    if START_OF.search(text):
        grown *= 1 + i
    sign = sign_of(text)
    paid_in = payment * count
    basis = (f"{money(payment, sign)} × ((1 + {rates[0].group(1)}% ÷ {per_year})^{int(count)} − 1)"
             f" ÷ ({rates[0].group(1)}% ÷ {per_year})")
    shown = (f"{money(grown, sign)} (paid in {money(paid_in, sign)}, interest "
             f"{money(grown - paid_in, sign)})")
    return Reckoned("saved with interest", grown, SIGNS.get(sign, ""), basis, text=shown)


KINDS = (deposits_grown, years_to_grow, yearly_rate, value_after_years)
