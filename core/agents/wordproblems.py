"""Maths word problems → one expression or equation, whatever the exact phrasing.

Each kind has its own cue words and needs a question, so a sentence that merely holds
numbers stays conversation:

- the whole from a part: "100 is 20% of what number?" → ``100 * 100 / 20``;
- a price before a discount: "paid 165 in a 40% off sale, what was it originally?";
- a new amount after a rise: "on 90,000 a year, got a 3.5% raise, new salary?";
- compound interest: "3600 at 3% a year, compounded yearly, after 2 years";
- one number as a percentage of another: "43 of the 200 people … what percentage?";
- a price per kilo or litre from a pack size: "a 250 g pack is 1.22, per kilo?";
- pay from hours and an hourly rate; an average speed from a distance and a time;
- Pythagoras, orderings (n!), the fall or rise between two temperatures;
- "I think of a number, multiply it by 8 and add 23, the result is 191" and "two
  numbers add up to 58 and their difference is 6" as equations to solve.

The text is already expanded and lower-cased. The result is still untrusted text for the
whitelist parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from core.agents.everyday import QUESTION
from core.agents.money_commission import commission_pay
from core.agents.money_reckon import currency_code
from core.agents.money_tax import ex_tax
from core.agents.money_words import priced
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n
from core.agents.prices import money_rate
from core.agents.rates_words import rated
from core.agents.reason_define import defined_value
from core.agents.words_portions import portions

N = r"(-?\d[\d,]*(?:\.\d+)?)(?![\d.,]\d)"
MONEY = r"[$€£¥]?\s?" + N
PCT = r"\s*(?:%|percent\b|per\s*cent\b)"


@dataclass(frozen=True, slots=True)
class Worded:
    operation: str  # "evaluate" or "solve"
    expression: str
    money: bool = False
    unit: str = ""  # the result's unit when the question's own units fix it ("km/h", "m²")


OF_WHAT = _c(rf"{N}\s+is\s+{N}{PCT}\s+of\s+(?:what|which)\b")
WHAT_OF = _c(rf"{N}{PCT}\s+of\s+(?:what|which)(?:\s+number|\s+amount)?\s+is\s+{N}")
SALE = _c(rf"{N}{PCT}\s+(?:off|discount|reduction|sale|cheaper|less|markdown)\b|\b(?:marked\s+"
          rf"down|reduced|discounted|knocked\s+down|cut|slashed)\s+(?:by\s+)?{N}{PCT}")
PAID = _c(rf"\b(?:paid|pay|bought\s+\w+(?:\s+\w+)?\s+for|costs?(?:\s+me)?|"
          rf"got\s+\w+(?:\s+\w+)?\s+for|price\s+(?:is|was)|now|spent)\s+{MONEY}(?!{PCT})")
ORIGINAL = _c(r"\b(?:original(?:ly)?|pre-?sale|before\s+(?:the\s+)?(?:sale|discount|reduction)|"
              r"full\s+price|normal(?:ly)?\s+(?:price|cost)?|usual(?:ly)?|to\s+start\s+with)\b")
RISE = _c(rf"{N}{PCT}\s+(?:pay\s+)?(?:raise|rise|increase|uplift|more)\b|\b(?:went|gone|goes|go)\s+"
          rf"up\s+(?:by\s+)?{N}{PCT}|\b(?:rose|risen|increased|raised|bumped\s+up)\s+(?:by\s+)?{N}{PCT}")
NEW = _c(r"\bnew\b|\bnow\b|\bafter\s+(?:the|it|that)\b")
BASE = _c(rf"\b(?:on|earn|earning|make|making|paid|salary\s+(?:is|was|of)|is|was|rent\s+"
          rf"(?:is|was|of))\s+{MONEY}(?!{PCT})")
ON_PAY = _c(rf"\s*(?:pay\s+)?(?:raise|rise|increase|uplift)?\s*(?:on|to)\s+(?:my|the|a|an|your|"
            rf"his|her|our|their)\s+(?:current\s+|annual\s+|yearly\s+|monthly\s+|hourly\s+)?{MONEY}"
            rf"(?:\s*(?:a|per)\s+(?:year|month|week|hour))?\s+(?:salary|pay|wages?|income|rent|rate|"
            rf"price|bill|fee)\b")
FROM = _c(rf"\s*(?:from|on)\s+{MONEY}(?!{PCT})")
COMPOUND = _c(r"\bcompound(?:ed|ing)?\b|\binterest\b")
SIMPLE = _c(r"\bsimple\b|\bnot\s+compound|\bflat\s+(?:rate|interest)\b")
INTEREST_ONLY = _c(r"\b(?:how\s+much|what)\s+(?:is\s+the\s+)?interest\b|\binterest\s+"
                   r"(?:earned|paid|do|will|would|did)\b")
YEARS = _c(rf"\b(?:after|for|in|over|(?:leave|leaves|left|leaving|keep|kept|hold|held|invest|"
           rf"invested|stay|stays)\s+(?:it|them|the\s+money|that|this)?\s*(?:there\s+|alone\s+|"
           rf"untouched\s+)?(?:for\s+)?)\s*{N}\s+years?\b")
COMPOUNDED = ((r"\bcompound\w*\s+monthly\b|\bmonthly\s+compound|\bcompound\w*\s+(?:every|each|"
               r"per|a)\s+month\b", 12),
              (r"\bcompound\w*\s+quarterly\b|\bquarterly\s+compound", 4),
              (r"\bcompound\w*\s+(?:half[- ]yearly|semi[- ]annually|twice\s+a\s+year)\b", 2),
              (r"\bcompound\w*\s+daily\b|\bdaily\s+compound", 365))
RATE_PCT = _c(rf"{N}{PCT}")
PART_OF = _c(rf"{N}\s+(?:of|out\s+of)\s+(?:the|all|those|these|my|our)?\s*{N}\b")
PCT_ASK = _c(r"\b(?:what|which)\s+(?:percent(?:age)?|per\s*cent|%)|\bas\s+a\s+percent(?:age)?\b|"
             r"\bhow\s+many\s+percent\b")
PACK = _c(rf"{N}\s*(g|grams?|ml|millilit(?:er|re)s?)\b")
PER_BIG = _c(r"\bper\s+(kilo|kg|kilogram|litre|liter|l)\b|\ba\s+(kilo|litre|liter)\b")
PRICE = _c(rf"\b(?:is|costs?|for|at|priced\s+at|sells\s+for)\s+{MONEY}(?!\s*(?:g|grams?|ml|kg)\b)")
HOURLY = _c(rf"{MONEY}\s*(?:dollars?|euros?|pounds?|bucks\s+)?\s*(?:an|per|a|/)\s*"
            rf"(hour|hr|day|shift|week)\b")
COUNT_OF = r"{n}\s*{unit}s?\b"
PAY_ASK = _c(r"\b(?:pay|paid|earn\w*|wages?|salary|make|made|get|income|gross)\b")
DIST_TIME = _c(rf"{N}\s*(km|k|kilomet(?:er|re)s?|miles?|mi|m|metres?|meters?)\s+(?:(?:run|race|"
               rf"ride|walk|jog|loop|swim|hike|trip|drive|journey|route)\s+)?(?:in|took(?:\s+(?:me|us|him|"
               rf"her|them))?|takes(?:\s+me)?|lasted)\s+(?:just\s+|about\s+|under\s+)?{N}\s*"
               rf"(minutes?|mins?|hours?|hrs?|h|seconds?|secs?|s)\b")
SPEED_ASK = _c(r"\b(?:speed|pace|how\s+fast|average)\b")
RIGHT = _c(r"\bright(?:-|\s)?angled?\b|\bhypotenuse\b|\bright\s+triangle\b")
LEGS = _c(rf"{N}\s*(?:[a-z]{{1,3}}\s+)?and\s+{N}")
LONGEST = _c(r"\bhypotenuse\b|\blongest\s+side\b|\bthird\s+side\b|\bdiagonal\b")
ORDERS = _c(rf"\bhow\s+many\s+(?:different\s+|possible\s+|distinct\s+)?(?:orders?|ways|"
            rf"arrangements|orderings|permutations)\b.*?\b{N}\s+(?:different\s+)?[a-z]+")
ARRANGE = _c(r"\b(?:order|arrange|line\s+up|lined\s+up|sit|seat|sort|stack|rank|shuffle|"
             r"queue|orders?)\b")
CHOOSE = _c(r"\b(?:choose|pick|select|chosen|picked|selected|team|committee|of\s+them)\b")
TEMPS = _c(rf"{N}\s*(?:°|degrees?)?\s*[a-z]?\b.*?\b(?:and|to|then|but)\b.*?(?<![\d.]){N}\s*"
           rf"(?:°|degrees?)?")
TEMP_ASK = _c(r"\bhow\s+(?:many\s+degrees|much)\b.*\b(?:drop|fall|fell|dropped|rise|rose|"
              r"go\s+(?:up|down)|went\s+(?:up|down)|change|differ\w*|colder|warmer)\b|"
              r"\b(?:difference|drop|fall|rise)\s+in\s+temperature\b")
DEGREES = _c(r"\bdegrees?\b|°|\btemperature\b")
THINK = _c(r"\b(?:think\s+of|thought\s+of|pick|picked|choose|chose|take|took|have)\s+"
           r"a\s+number\b")
RESULT = _c(rf"\b(?:the\s+(?:result|answer|total)\s+(?:is|was)|(?:i|you|we)\s+(?:get|got)|"
            rf"(?:it|that)\s+(?:gives|gave|makes|made|equals|is|was)|to\s+get|and\s+get|=)\s+{N}")
STEP = _c(rf"\b(?:(multiply|multiplied|times)\s+(?:it\s+|that\s+|this\s+)?(?:by\s+)?{N}|"
          rf"(add|added|plus)\s+{N}|(subtract|subtracted|take\s+away|took\s+away|minus|"
          rf"take\s+off|took\s+off)\s+{N}|(divide|divided)\s+(?:it\s+|that\s+)?by\s+{N}|"
          rf"(double|doubled|triple|tripled|halve|halved|square|squared))\b")
SUM_IS = _c(rf"\b(?:add\s+up\s+to|sum\s+(?:is|of\s+(?:\w+\s+){{1,3}}is|to)|total\s+(?:is|of)|"
            rf"adds?\s+to|together\s+(?:make|are|give))\s+{N}")
DIFF_IS = _c(rf"\b(?:difference\s+(?:is|of)|differ\s+by|one\s+is\s+{N}\s+more)\s*{N}?")

LOWEST = _c(r"\b(?:reduce|simplify|write|put|cancel(?:\s+down)?|express)\s+(\d+)\s*/\s*(\d+)\s+"
            r"(?:down\s+)?(?:to|in|into)\s+(?:its\s+)?(?:lowest|simplest)\s+(?:terms|form)\b")

FIND = _c(r"\b(?:find|work\s+out|determine)\b")
# a bare share of an amount, the whole ask: "20% tip on $138.79", "two things - 5% fee of 2,400"
BARE_PART = _c(rf"^\W*(?:(?:\d+\s+)?(?:[a-z]+\s+){{0,3}}[-—–:]\s*)?"
               rf"(?:and\s+|also\s+|plus\s+|then\s+)?(?:(?:what\s+is|what\s+would\s+be|how\s+much\s+is|calculate|work\s+out)\s+)?"
               rf"(?:an?\s+|the\s+)?"
               rf"{N}{PCT}\s+"
               rf"(?:tip|tax|vat|gst|fee|commission|deposit|service\s+charge|gratuity|cashback|"
               rf"discount)\s+(?:on|of|for)\s+(?:an?\s+|the\s+|my\s+)?{MONEY}(?:\s+(?:bill|total|"
               rf"meal|order|purchase))?\s*\??\s*$")


def word_problem(text: str) -> Worded | None:
    """The calculation a maths word problem asks for, or None."""
    if len(text) > 600:
        return None
    if (defined := defined_value(text)) is not None:  # "HOMA-IR = glucose × insulin / 22.5"
        return Worded("evaluate", defined.expression)
    if (terms := LOWEST.search(text)) is not None:
        return Worded("evaluate", f"{terms.group(1)}/{terms.group(2)}")
    if (part := BARE_PART.search(text)) is not None:
        return Worded("evaluate", f"{_n(part.group(2))} * {_n(part.group(1))}/100", True,
                      _kept_currency(text, dollars=True))
    if not QUESTION.search(text) and not FIND.search(text):
        return None
    kinds: tuple[Callable[[str], Worded | None], ...] = (
        _of_what, _think, _sum_difference, _compound, _before_sale, _rise, _what_percent,
        _unit_price, _hourly, _speed, _pythagoras, _right_triangle, _orders, _temperature,
        _area)
    if (count := portions(text)) is not None:  # before a bill's split: "split into 250 ml …"
        return Worded("evaluate", count)
    if (money := ex_tax(text) or priced(text) or rated(text) or commission_pay(text)) is not None:
        return Worded("evaluate", money.expression, money.money,
                      _kept_currency(text) if money.money else "")
    if (code := _kept_currency(text)) and (per := money_rate(text)) is not None:
        return Worded("evaluate", per, True, code)  # "rent's £2,350 a month, a year?" in GBP
    for kind in kinds:
        found = kind(text)
        if found is not None:
            return found
    return None


def _kept_currency(text: str, dollars: bool = False) -> str:
    """The currency a money answer keeps so a later part converts from it ("EUR"); US
    dollars are what a conversion assumes without one, so they are written out only for a
    share of an amount ("a 15% tip on $128.45" → 19.27 USD)."""
    code = currency_code(text)
    return "" if code == "USD" and not dollars else code


def _of_what(text: str) -> Worded | None:
    if (m := OF_WHAT.search(text)) is not None:
        part, pct = _n(m.group(1)), _n(m.group(2))
    elif (m := WHAT_OF.search(text)) is not None:
        pct, part = _n(m.group(1)), _n(m.group(2))
    else:
        return None
    return None if float(pct) == 0 else Worded("evaluate", f"{part} * 100 / {pct}")


def _before_sale(text: str) -> Worded | None:
    if not ORIGINAL.search(text) or (sale := SALE.search(text)) is None:
        return None
    paid = next((m for m in PAID.finditer(text) if not sale.start() <= m.start() < sale.end()),
                None)
    off = _n(sale.group(1) or sale.group(2))
    if paid is None or not 0 < float(off) < 100:
        return None
    return Worded("evaluate", f"{_n(paid.group(1))} / (1 - {off}/100)", True)


def _rise(text: str) -> Worded | None:
    if not NEW.search(text) or (rise := RISE.search(text)) is None:
        return None
    # before the rise, or after it: "a 3.5% raise on my 56,000 salary", "up 6% from 42,000"
    base = next((m for m in BASE.finditer(text) if m.end() <= rise.start()), None) or \
        ON_PAY.match(text, rise.end()) or FROM.match(text, rise.end())
    if base is None:
        return None
    share = rise.group(1) or rise.group(2) or rise.group(3)
    return Worded("evaluate", f"{_n(base.group(1))} * (1 + {_n(share)}/100)", True)


def _compound(text: str) -> Worded | None:
    if not COMPOUND.search(text) or (years := YEARS.search(text)) is None or SIMPLE.search(text):
        return None
    rate = RATE_PCT.search(text)
    amounts = [m for m in re.finditer(MONEY, text)
               if rate is not None and not rate.start() <= m.start(1) < rate.end()
               and not years.start() <= m.start(1) < years.end()]
    if rate is None or not amounts or float(_n(years.group(1))) > 200:
        return None
    principal = _n(amounts[0].group(1))
    often = next((n for pattern, n in COMPOUNDED if re.search(pattern, text)), 1)
    share = f"{_n(rate.group(1))}/100" + (f"/{often}" if often != 1 else "")
    periods = _n(years.group(1)) + (f" * {often}" if often != 1 else "")
    grown = f"{principal} * (1 + {share})^({periods})" if often != 1 else (
        f"{principal} * (1 + {share})^{periods}")
    if INTEREST_ONLY.search(text) and not re.search(r"\b(?:total|altogether|balance)\b", text):
        return Worded("evaluate", f"{grown} - {principal}", True)
    return Worded("evaluate", grown, True)


def _what_percent(text: str) -> Worded | None:
    if not PCT_ASK.search(text) or (m := PART_OF.search(text)) is None:
        return None
    part, whole = _n(m.group(1)), _n(m.group(2))
    return None if float(whole) == 0 else Worded("evaluate", f"{part} / {whole} * 100")


def _unit_price(text: str) -> Worded | None:
    if (per := PER_BIG.search(text)) is None or (pack := PACK.search(text)) is None:
        return None
    grams = float(_n(pack.group(1)))
    price = next((m for m in PRICE.finditer(text) if m.start() > pack.end() - 1
                  and "." in m.group(1)), None) or next(
        (m for m in PRICE.finditer(text) if m.start() >= pack.end()), None)
    if price is None or grams <= 0 or per.start() < pack.start():
        return None
    return Worded("evaluate", f"{_n(price.group(1))} * 1000 / {_n(pack.group(1))}", True)


def _hourly(text: str) -> Worded | None:
    if not PAY_ASK.search(text):
        return None
    for rate in HOURLY.finditer(text):
        unit = {"hr": "hour"}.get(rate.group(2), rate.group(2))
        pattern = COUNT_OF.format(n=N, unit=rf"(?:{unit}|hr)")
        for count in re.finditer(pattern, text, re.I):
            if not rate.start() <= count.start() < rate.end():
                return Worded("evaluate", f"{_n(rate.group(1))} * {_n(count.group(1))}", True)
    return None


TIME_HOURS = {"m": "/ 60", "s": "/ 3600", "h": ""}


def _speed(text: str) -> Worded | None:
    if not SPEED_ASK.search(text) or (m := DIST_TIME.search(text)) is None:
        return None
    dist, time, unit = _n(m.group(1)), _n(m.group(3)), m.group(4)[0]
    if float(time) == 0 or re.search(r"\bm/s\b|\bper\s+second\b|\bmin(?:ute)?s?\s+per\b|"
                                     r"\bpace\b", text):
        return None
    hours = f"({time} {TIME_HOURS[unit]})" if TIME_HOURS[unit] else time
    length = m.group(2).lower()
    per_hour = ("mph" if length.startswith("mi") else "km/h" if length.startswith("k")
                else "m/h")
    return Worded("evaluate", f"{dist} / {hours}", unit=per_hour)


_SIDE = r"\s*(m|metres?|meters?|cm|mm|ft|feet|foot|yards?|yd|km|in|inch(?:es)?)?"
RECTANGLE = _c(rf"(?<![\d.]){N}{_SIDE}\s*(?:by|x|×|\*)\s*{N}{_SIDE}(?!\s*(?:by|x|×)\s*\d)")
AREA_ASK = _c(r"\b(?:area|floor\s+space|surface)\b|\bhow\s+many\s+(?:square|sq\.?)\s|"
              r"\bhow\s+big\s+is\b")


SQUARED = {"m": "m²", "metre": "m²", "meter": "m²", "cm": "cm²", "mm": "mm²", "ft": "ft²",
           "feet": "ft²", "foot": "ft²", "yard": "yd²", "yd": "yd²", "km": "km²", "in": "in²",
           "inch": "in²", "inche": "in²"}


def _area(text: str) -> Worded | None:
    """"a room is 4.2 m by 3.5 m, what's the area?" → 4.2 * 3.5 (the sides' unit, squared)."""
    found = [m for m in RECTANGLE.finditer(text)
             if not re.search(r"(?:\bby|\bx|×|\*)\s*$", text[:m.start()])]  # not "2 x 3 x 4"
    if not AREA_ASK.search(text) or len(found) != 1:
        return None
    first, second = (found[0].group(2) or "").rstrip("s"), (found[0].group(4) or "").rstrip("s")
    if first and second and first != second:
        return None  # sides in two units: a conversion first
    side = SQUARED.get(first or second, "")
    return Worded("evaluate", f"{_n(found[0].group(1))} * {_n(found[0].group(3))}", unit=side)


def _pythagoras(text: str) -> Worded | None:
    if not RIGHT.search(text) or not LONGEST.search(text) or (m := LEGS.search(text)) is None:
        return None
    return Worded("evaluate", f"sqrt({_n(m.group(1))}^2 + {_n(m.group(2))}^2)")


LENGTHS = _c(rf"{N}\s*(?:m|metres?|meters?|cm|ft|feet|foot|km|miles?|yards?|yd|in|inch(?:es)?)\b|"
             rf"{N}(?=\s*(?:-|\s)?(?:long|high|tall|away|out|from)\b)")
SLANT = _c(r"\b(?:ladder|diagonal|hypotenuse|rope|wire|cable|slide|ramp|string|guy\s*line|"
           r"plank|pole\s+leaning|kite\s+string|zip\s*line|slope)\b")
LEG_ASK = _c(r"\bhow\s+(?:high|far|tall|low|wide)\b|\bheight\b|\bhow\s+much\s+of\s+the\s+wall|"
             r"\bhow\s+far\s+(?:up|out|from|away)|\bdistance\b|\bother\s+side\b|\bmissing\s+side\b")
SLANT_ASK = _c(r"\bhow\s+long\s+(?:is|must|should|does|will|would)\s+(?:the\s+|a\s+)?(?:ladder|"
               r"diagonal|hypotenuse|rope|wire|cable|slide|ramp|string|plank)|\blength\s+of\s+"
               r"the\s+(?:ladder|diagonal|hypotenuse|rope|wire|cable|slide|ramp|string|plank)")
LEANS = _c(r"\b(?:lean(?:s|ing|ed)?|against|wall|reach(?:es)?|foot|base|bottom|top|ground|"
           r"pole|tower|tree|building|corner|across|diagonal)\b")


def _right_triangle(text: str) -> Worded | None:
    """A ladder against a wall, a rope to a pole, a diagonal across a field: Pythagoras
    with the slanted side named by its word."""
    if not SLANT.search(text) or not LEANS.search(text):
        return None
    lengths = list(LENGTHS.finditer(text))
    if len(lengths) != 2:
        return None
    slants = [m for m in lengths if _slanted(text, m)]
    a, b = _n(lengths[0].group(1) or lengths[0].group(2)), _n(lengths[1].group(1) or
                                                              lengths[1].group(2))
    if SLANT_ASK.search(text) and not slants:
        return Worded("evaluate", f"sqrt({a}^2 + {b}^2)")
    if len(slants) == 1 and LEG_ASK.search(text):
        slant, leg = (a, b) if slants[0] is lengths[0] else (b, a)
        if float(slant) <= float(leg):
            return None
        return Worded("evaluate", f"sqrt({slant}^2 - {leg}^2)")
    return None


def _slanted(text: str, m: re.Match[str]) -> bool:
    """"a 13 m ladder", "a ladder 10 ft long", "the ramp is 25 m": the length is the
    slanted side's own."""
    after = re.match(rf"\s*(?:-?\s*long\s+)?(?:[a-z]+\s+)?{SLANT.pattern}", text[m.end():], re.I)
    before = re.search(rf"{SLANT.pattern}\s*(?:is|was|of|measures|measuring|that\s+is|which\s+is|"
                       rf",)?\s*(?:about\s+|around\s+)?$", text[:m.start()], re.I)
    leg = re.match(r"\s*(?:above|high|tall|up|from|away|out|along|off|below|deep)\b",
                   text[m.end():], re.I)
    return leg is None and (after is not None or before is not None)


def _orders(text: str) -> Worded | None:
    if (m := ORDERS.search(text)) is None or not ARRANGE.search(text) or CHOOSE.search(text):
        return None
    count = _n(m.group(1))
    if "." in count or not 0 < int(count) <= 1000:
        return None
    return Worded("evaluate", f"factorial({count})")


def _temperature(text: str) -> Worded | None:
    if not TEMP_ASK.search(text) or not DEGREES.search(text) or (m := TEMPS.search(text)) is None:
        return None
    return Worded("evaluate", f"abs({_n(m.group(1))} - ({_n(m.group(2))}))")


def _think(text: str) -> Worded | None:
    if (start := THINK.search(text)) is None:
        return None
    result = RESULT.search(text, start.end())
    if result is None:
        return None
    expr = "x"
    for step in STEP.finditer(text, start.end(), result.start()):
        if step.group(1):
            expr = f"({expr}) * {_n(step.group(2))}"
        elif step.group(3):
            expr = f"{expr} + {_n(step.group(4))}"
        elif step.group(5):
            expr = f"{expr} - {_n(step.group(6))}"
        elif step.group(7):
            expr = f"({expr}) / {_n(step.group(8))}"
        else:
            word = step.group(9)
            factor = {"d": "2", "t": "3", "h": "1/2"}.get(word[0])
            expr = f"({expr})^2" if word.startswith("squ") else f"({expr}) * {factor}"
    if expr == "x":
        return None
    return Worded("solve", f"{expr} = {_n(result.group(1))}")


def _sum_difference(text: str) -> Worded | None:
    if not re.search(r"\btwo\s+numbers\b|\bnumbers\b", text):
        return None
    if (total := SUM_IS.search(text)) is None or (diff := DIFF_IS.search(text)) is None:
        return None
    d = diff.group(1) or diff.group(2)
    if d is None:
        return None
    return Worded("solve", f"x + y = {_n(total.group(1))}, x - y = {_n(d)}")
