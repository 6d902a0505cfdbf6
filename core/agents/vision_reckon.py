"""Sums a question asks of a screenshot's or a sign's labelled figures, beside the ones
:mod:`core.agents.vision_screen_asks` works out.

- a rate the image states ("1 SEK = 0.162 USD", "£1 = €1.11") applied to the question's
  amount;
- the question's amount against the image's figure: a balance after a payment ("if my rent
  of $794.86 comes out"), how far over a limit ("I was going 113 km/h"), how many more fit
  under it ("34 people so far"), what is left of a target ("my target is 1,800 kcal");
- two of the image's figures: one per the other ("fare per km", "per person", "times
  faster", "litres per 100 km"), their product ("usage × rate", "shares × price", "steps ×
  stride"), the change between them in percent ("followers since last month"), the gap to
  the larger ("how many more km before the next service"), or the sum of its amounts
  ("total across both accounts");
- one price on the image times the amount the question names ("45 litres at this price",
  "17 bottles", "750 g" at a price per kg).

Sums are exact (fractions) and rounded once, when shown; the basis names the figures used.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, Figure, figures, money, plain
from core.agents.vision_steps import figure_shown, price_times, unit_of
from core.agents.vision_units import convert
from core.tools.units import CURRENCY_WORDS

NAMES = ((r"dollars?|bucks|usd", "USD"), (r"euros?|eur", "EUR"), (r"pounds?|quid|gbp", "GBP"),
         (r"kronor|krona|sek", "SEK"), (r"yen|jpy", "JPY"), (r"francs?|chf", "CHF"),
         (r"rupees?|inr", "INR"), (r"pesos?|mxn", "MXN"), (r"nok", "NOK"), (r"dkk", "DKK"),
         (r"aud", "AUD"), (r"cad", "CAD"), (r"nzd", "NZD"))
SIDE = r"(?:(?P<{s}>[$€£¥])\s?)?(?P<{n}>\d+(?:\.\d+)?)\s*(?P<{c}>[A-Z]{{3}})?"
EXCHANGE = re.compile(SIDE.format(s="s1", n="n1", c="c1") + r"\s*=\s*" +
                      SIDE.format(s="s2", n="n2", c="c2"))
Q_AMOUNT = ci(r"(?P<sym>[$€£¥])\s?(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|"
              r"(?P<w>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:[a-z]+\s+)?"
              r"(?P<name>dollars?|bucks|euros?|pounds?|quid|kronor|krona|yen|francs?|rupees?|"
              r"pesos?|[A-Z]{3})\b")


def _code(symbol: str | None, code: str | None) -> str:
    return CURRENCY_WORDS.get(symbol or "", "") or (code or "").upper()


def _named(word: str) -> str:
    return next((code for pattern, code in NAMES if re.fullmatch(pattern, word, re.I)),
                word.upper() if len(word) == 3 else "")


def exchange(question: str, text: str) -> list[Answer]:
    """The question's amount at the rate the image states, either way round."""
    rate = EXCHANGE.search(text)
    asked = Q_AMOUNT.search(question)
    if rate is None or asked is None:
        return []
    one, other = _code(rate.group("s1"), rate.group("c1")), _code(rate.group("s2"),
                                                                  rate.group("c2"))
    if not one or not other or one == other or not Fraction(rate.group("n1")):
        return []
    have = _code(asked.group("sym"), None) or _named(asked.group("name") or "")
    value = Fraction((asked.group("v") or asked.group("w")).replace(",", ""))
    per = Fraction(rate.group("n2")) / Fraction(rate.group("n1"))
    if have == other:
        result, unit = value / per, one
    else:
        result, unit = value * per, other
    return [(f"{money(value, have or one)} is **{money(result, unit)}** (at "
             f"{rate.group(0).strip()}).", float(result))]


BARE_SUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\w%]|[.,]\d)")
OUT = ci(r"\b(?:comes?\s+out|goes?\s+out|pay(?:ing)?|spend|withdraw\w*|take\s+out|debit\w*|"
         r"transfer\s+out|buy|after)\b")
IN = ci(r"\b(?:paid\s+in|deposit\w*|add(?:ed)?|comes?\s+in|gets?\s+paid|receive\w*|"
        r"top\s*up)\b")
BALANCE = ci(r"\b(?:balance|account|savings|left|available|funds|wallet)\b")
OVER = ci(r"\b(?:over|above|past|beyond|exceed\w*)\s+(?:the\s+)?(?:limit|max\w*|that)\b|"
          r"\bhow\s+(?:much|many\s+\S+)\s+over\b")
MORE_FIT = ci(r"\bhow\s+many\s+more\b|\b(?:room|space|clearance|margin)\s+(?:to\s+spare|left|"
              r"(?:will|would|do|does)\s+(?:i|we)\s+have)\b|\bhow\s+much\s+(?:room|space|"
              r"clearance|margin)\b|\bbefore\s+(?:we|i|you|they)\s+(?:hit|reach)\b|"
              r"\b(?:room|space)\s+for\b|\b(?:within|under|below)\s+(?:the\s+|this\s+|that\s+)?"
              r"(?:limit|max\w*)\b")
LEFT = ci(r"\b(?:left|remain\w*|to\s+go|still\s+(?:have|got)|spare)\b")
TARGET = ci(r"\b(?:target|goal|budget|limit|allowance)\b[^.?!]*?(?P<v>\d{1,3}(?:,\d{3})+|"
            r"\d+(?:\.\d+)?)|(?P<w>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*[a-z]*\s+(?:target|goal|"
            r"budget|limit|allowance)\b")
Q_NUMBER = ci(r"(?<![\w.:])(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<u>km/h|mph|"
              r"kg|people|persons|kcal|cal\w*|steps|[a-z]+)?")


def _numbers(question: str) -> list[tuple[Fraction, str]]:
    return [(Fraction(m.group("v").replace(",", "")), (m.group("u") or "").lower())
            for m in Q_NUMBER.finditer(question)]


def against_question(question: str, found: list[Figure]) -> list[Answer]:
    """The question's amount against the image's one figure (or the sum of its figures)."""
    cash = [f for f in found if f.currency]
    asked = Q_AMOUNT.search(question)
    plain_sum = BARE_SUM.findall(question)
    if cash and ((asked and asked.group("sym")) or len(plain_sum) == 1) and BALANCE.search(
            cash[0].label) and (OUT.search(question) or IN.search(question)):
        said = asked.group("v") if asked and asked.group("sym") else plain_sum[0]
        value = Fraction((said or "0").replace(",", ""))  # "a bill of 734.44": the one sum
        base = cash[0]
        if IN.search(question) and not OUT.search(question):
            after = base.value + value
            how = f"{money(base.value, base.currency)} + {money(value, base.currency)}"
        else:
            after = base.value - value
            how = f"{money(base.value, base.currency)} − {money(value, base.currency)}"
        return [(f"Your balance would be **{money(after, base.currency)}** ({how}).",
                 float(after))]
    plain_figures = [f for f in found if not f.currency]
    numbers = _numbers(question)
    if len(plain_figures) == 1 and numbers and (OVER.search(question) or MORE_FIT.search(
            question)):
        limit = plain_figures[0]
        given, said_unit = numbers[0]
        if said_unit and limit.unit and unit_of(said_unit) != unit_of(limit.unit) and (
                moved := convert(limit.value, limit.unit, unit_of(said_unit))) is not None:
            limit = Figure(limit.label, moved, unit_of(said_unit), "", limit.line)
        gap = given - limit.value if OVER.search(question) else limit.value - given
        if gap < 0 and not OVER.search(question):
            return []  # a limit read below what is already there: a misread, not an answer
        said = f"{plain(given)} − {plain(limit.value)}" if OVER.search(question) else \
            f"{plain(limit.value)} − {plain(given)}"
        return [(f"That is **{figure_shown(gap, limit)}** ({said}).", float(gap))]
    target = TARGET.search(question)
    if target is not None and LEFT.search(question) and plain_figures:
        goal = Fraction((target.group("v") or target.group("w")).replace(",", ""))
        unit = plain_figures[0].unit
        used = [f for f in plain_figures if f.unit == unit]
        spent = sum((f.value for f in used), Fraction(0))
        rest = goal - spent
        listed = " + ".join(plain(f.value) for f in used)
        return [(f"**{figure_shown(rest, used[0])}** left ({plain(goal)} − ({listed}) = "
                 f"{plain(goal)} − {plain(spent)}).", float(rest))]
    return []


PER_Q = ci(r"\b(?P<num>[a-z]+)?\s*(?:\bper|\ba|\beach|\bfor\s+every|/)\s*(?:(?P<k>\d+)\s*)?"
           r"(?P<den>kilomet(?:er|re)s?|km|miles?|mi|persons?|people|head|litres?|liters?|kwh|"
           r"units?|hours?|minutes?|kilos?|kg|met(?:er|re)s?|days?|nights?|steps?|rolls?|items?)"
           r"\b")
TIMES = ci(r"\bhow\s+many\s+times\b|\btimes\s+(?:faster|bigger|more|larger|higher|as)\b")
CHANGE = ci(r"\b(?:grow\w*|grew|increase\w*|rise|rose|up|gain\w*|change\w*|fall|fell|drop\w*|"
            r"decrease\w*|down)\b")
PERCENT = ci(r"\bpercent\w*|%|\bper\s+cent\b")
EARLIER = ci(r"\b(?:last|previous|prior|before|was|old|start\w*|yesterday)\b")
MORE_TO = ci(r"\bhow\s+(?:many|much)\s+more\b|\bhow\s+(?:far|long)\s+(?:until|till|to|before)\b|"
             r"\b(?:left|remain\w*|to\s+go)\b")
SUM = ci(r"\b(?:in\s+total|total|altogether|combined|across|in\s+all|all\s+together|sum|"
         r"add(?:ed)?\s+up|charged|checkout|actually\s+pay)\b")
SPLIT = ci(r"\b(?:split|share|each\s+of\s+us|each\s+pay|per\s+person|divide\w*)\b")
PRODUCT = ci(r"\b(?:worth|value|bill|cost|charge\w*|owe|pay|earn\w*|walk\w*|how\s+far|"
             r"distance|interest|how\s+much\s+is|cover\w*|travel\w*|ran|run|hike\w*|"
             r"how\s+many\s+(?:km|kilomet\w+|miles|met(?:er|re)s))\b")
COUNTED = ci(r"\b(?:shares|held|holding|qty|quantity|count|steps|number|units|pieces|items|"
             r"tickets|owned)\b")
WHEN = ci(r"^\W*(?:when|what\s+(?:time|day|date)|which\s+(?:day|date))\b")
WITH = ci(r"\b(?:with|including|incl\w*|plus|now|after|in\s+total|altogether)\b")
RATE_LINE = ci(r"(?:per|/|a|each)\s*(?:started\s+)?(?P<u>[a-z]+)\b")


def _matches(figure: Figure, unit: str) -> bool:
    own = unit_of(figure.unit) if figure.unit else ""
    return own == unit or unit in {unit_of(w) for w in figure.label.split()}


def per_other(question: str, found: list[Figure]) -> list[Answer]:
    """One of the image's figures per another ("fare per km", "per person", "litres per
    100 km", "how many times faster")."""
    if len(found) < 2:
        return []
    if TIMES.search(question):
        first, second = found[0], found[1]
        if first.unit == second.unit and second.value:
            ratio = first.value / second.value
            return [(f"That is **{plain(ratio)} times** ({plain(first.value)} ÷ "
                     f"{plain(second.value)}).", float(ratio))]
    asked = PER_Q.search(question)
    if asked is None:
        return []
    den_unit = unit_of(asked.group("den"))
    below = [f for f in found if _matches(f, den_unit) and not f.currency]
    if not below or not below[0].value:
        return []
    num_unit = unit_of(asked.group("num") or "")
    above = [f for f in found if f is not below[0] and (f.currency or _matches(f, num_unit))]
    if not above and len(found) == 2:
        above = [f for f in found if f is not below[0] and f.unit]  # "320 KG" for "6 PERSONS"
    if not above:
        return []
    scale = Fraction(asked.group("k") or 1)
    value = above[0].value / below[0].value * scale
    shown = money(value, above[0].currency) if above[0].currency else figure_shown(value, above[0])
    per = f"{plain(scale)} " if scale != 1 else ""
    top, bottom = figure_shown(above[0].value, above[0]), figure_shown(below[0].value, below[0])
    return [(f"That is **{shown}** per {per}{asked.group('den')} ({top}"
             f" ÷ {bottom}{' × ' + plain(scale) if scale != 1 else ''}"
             f").", float(value))]


def change_percent(question: str, found: list[Figure]) -> list[Answer]:
    """The change from the earlier figure to the current one, in percent."""
    if not (PERCENT.search(question) and CHANGE.search(question)):
        return []
    old = next((f for f in found if EARLIER.search(f.label)), None)
    new = next((f for f in found if f is not old and old is not None and f.unit == old.unit),
               None)
    if old is None or new is None or not old.value:
        return []
    pct = (new.value - old.value) / old.value * 100
    return [(f"That is a change of **{plain(pct)}%** (({plain(new.value)} − {plain(old.value)})"
             f" ÷ {plain(old.value)} × 100).", float(pct))]


GOALISH = re.compile(r"\b(?:goal|target|budget|limit|allowance|quota|plan)\b", re.I)


def gap_to(question: str, found: list[Figure]) -> list[Answer]:
    """How far the smaller of two like figures is from the larger ("next service 90,000
    km", "odometer 86,151 km")."""
    if not MORE_TO.search(question):
        return []
    goals = [f for f in found if GOALISH.search(f.label)]
    if len(goals) == 1:  # "Goal 2,000 kcal" over the meals logged: the goal less their sum
        goal = goals[0]
        spent = [f for f in found if f is not goal and bool(f.currency) == bool(goal.currency)
                 and f.unit in (goal.unit, "")]
        used = sum((f.value for f in spent), Fraction(0))
        if len(spent) >= 2 and used <= goal.value:
            listed = " − ".join(figure_shown(f.value, f) for f in spent)
            return [(f"**{figure_shown(goal.value - used, goal)}** to go "
                     f"({figure_shown(goal.value, goal)} − {listed}).", float(goal.value - used))]
    for index, first in enumerate(found):
        like = [f for f in found if f.unit == first.unit and bool(f.currency) == bool(
            first.currency)]
        second = next((f for f in found[index + 1:] if f in like), None)
        if len(like) > 2:
            return []  # three or more like figures: which two is not guessed
        if second is not None and first.value != second.value:
            big, small = max(first, second, key=lambda f: f.value), min(
                first, second, key=lambda f: f.value)
            gap = big.value - small.value
            return [(f"**{figure_shown(gap, big)}** to go ({figure_shown(big.value, big)} − "
                     f"{figure_shown(small.value, small)}).", float(gap))]
    return []


def summed(question: str, found: list[Figure]) -> list[Answer]:
    """The sum of the image's amounts, and that split by the head count it gives."""
    cash = [f for f in found if f.currency]
    if len(cash) < 2 or not (SUM.search(question) or SPLIT.search(question)):
        return []
    whole = sum((f.value for f in cash), Fraction(0))
    listed = " + ".join(money(f.value, f.currency) for f in cash)
    heads = next((f for f in found if not f.currency and f.value == int(f.value) and
                  f.value > 1 and re.search(r"mates|people|persons|us|members|flat|house|"
                                            r"tenants|ways", f.label)), None)
    if SPLIT.search(question) and heads is not None:
        each = whole / heads.value
        return [(f"Each pays **{money(each, cash[0].currency)}** ({listed} = "
                 f"{money(whole, cash[0].currency)}, ÷ {plain(heads.value)}).", float(each))]
    return [(f"The total is **{money(whole, cash[0].currency)}** ({listed}).", float(whole))]


def product(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """A rate on the image ("$0.21 per kWh", "2.0% a year") times the figure it applies to
    ("356 kWh", "Balance: $12,458.00"), or a count times a price or a length."""
    if not PRODUCT.search(question) or len(found) < 2:
        return []
    lines = text.splitlines()
    for rate in found:
        line = lines[rate.line] if rate.line < len(lines) else ""
        per = RATE_LINE.search(line[line.find(plain(rate.value).split(".")[0]):])
        if rate.unit == "%" and (base := next((f for f in found if f.currency), None)):
            value = base.value * rate.value / 100
            if WITH.search(question):
                whole = base.value + value
                return [(f"With it that comes to **{money(whole, base.currency)}** "
                         f"({money(base.value, base.currency)} + {plain(rate.value)}% = "
                         f"{money(value, base.currency)}).", float(whole))]
            return [(f"That is **{money(value, base.currency)}** ({plain(rate.value)}% of "
                     f"{money(base.value, base.currency)}).", float(value))]
        if not rate.currency or per is None:
            continue
        unit = unit_of(per.group("u"))
        used = [f for f in found if f is not rate and not f.currency and (
            _matches(f, unit) or (unit == "unit" and not f.unit))]
        if len(used) == 2 and unit == "unit":  # two meter readings: the units used between
            amount = abs(used[1].value - used[0].value)
        elif used:
            amount = used[0].value
        else:
            continue
        value = amount * rate.value
        return [(f"That comes to **{money(value, rate.currency)}** ({plain(amount)} × "
                 f"{money(rate.value, rate.currency)}).", float(value))]
    counts = [f for f in found if not f.currency and f.value == int(f.value) and (
        f.unit == "steps" or (not f.unit and COUNTED.search(f.label)))]
    priced = [f for f in found if f.currency or f.unit in ("m", "km")]
    if len(counts) == 1 and priced:
        value = counts[0].value * priced[0].value
        if priced[0].currency:
            return [(f"That is **{money(value, priced[0].currency)}** ({plain(counts[0].value)}"
                     f" × {money(priced[0].value, priced[0].currency)}).", float(value))]
        unit = priced[0].unit
        wants_km = unit == "m" and re.search(r"\bkm\b|\bkilomet", question, re.I)
        shown = plain(value / 1000) + " km" if wants_km else f"{plain(value)} {unit}"
        return [(f"That is **{shown}** ({plain(counts[0].value)} × {plain(priced[0].value)} "
                 f"{unit}).", float(value / 1000 if wants_km else value))]
    return []


def reckoned(question: str, text: str) -> list[Answer]:
    """The first of the sums above the question asks of the image, or nothing."""
    if WHEN.search(question):
        return []
    if (rated := exchange(question, text)):
        return rated
    found = figures(text)
    for kind in (against_question(question, found), change_percent(question, found),
                 per_other(question, found), summed(question, found),
                 product(question, text, found), gap_to(question, found),
                 price_times(question, text, found)):
        if kind:
            return kind
    return []
