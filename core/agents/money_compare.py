"""Two amounts of the same kind compared, or an allowance shared over what is left.

- what is left of an allowance per day (or week): "30 GB plan, I've used 6.3 GB and there
  are 16 days left, how much can I use per day?" → 1.48 GB; "budget 500, spent 320, 12
  days to go - how much a day?";
- the average price of quantities bought at different prices: "4 kg at 4.67 a kg and 9 kg
  at 7.07 a kg, average price per kg?" → 6.33;
- a gain on a number of things bought at one price and sold at another: "bought 188 shares
  at 89.70, sold them at 127.37, profit?" → 7,081.96;
- a price per unit that changed, times the quantity: "petrol went from 1.65 to 1.68 a litre,
  I put in 34 litres, how much more?" → 1.02;
- the saving per unit of the bigger pack: "8 rolls cost 2.89 or 32 rolls cost 9.93, how
  much do I save per roll?" → 0.051 (to the places asked);
- an exchange rate from the two amounts: "I got 1113 euros for 1050 dollars, what rate is
  that per dollar?" → 1.06.

The text is expanded and lower-cased; each kind needs its cue words and its ask.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = rf"[$€£¥]?\s?{NUM}"
UNIT = r"(gb|mb|tb|minutes|mins|texts|kwh|litres|liters|calories|kcal|steps|miles|km|hours)"
PLACES = _c(r"\b(?:to\s+)?(\d)\s*(?:decimal\s+places?|decimals?|dp|d\.p\.)\b")


def _places(value: Fraction, places: int) -> str:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return f"{exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):,}"


ALLOWANCE = _c(rf"(?<![\d.]){NUM}\s*{UNIT}\s+(?:plan|allowance|limit|cap|bundle|budget|a\s+month|"
               rf"monthly|per\s+month|data)|\b(?:allowance|limit|cap|budget|plan)\s+(?:of|is|was|"
               rf":)?\s*"
               rf"[$€£¥]?\s?{NUM}\s*{UNIT}?")
USED = _c(rf"\b(?:used|spent|gone\s+through|burned|used\s+up|on)\s+(?:up\s+)?[$€£¥]?\s?{NUM}\s*"
          rf"{UNIT}?")
LEFT = _c(r"\b(\d+)\s+(days?|weeks?|months?)\s+(?:left|to\s+go|remaining|until|till|before)|\b(?:"
          r"left|"
          r"remaining|to\s+go)\s*(?:is|are|:)?\s*(\d+)\s+(days?|weeks?)")
PER_ASK = _c(r"\b(?:per|a|each|every)\s+(day|week|month)\b|\b(daily|weekly)\b")


def allowance_per_period(text: str) -> Reckoned | None:
    """What is left of an allowance (data, a budget) shared over the days left."""
    allow, left, ask = ALLOWANCE.search(text), LEFT.search(text), PER_ASK.search(text)
    if allow is None or left is None or ask is None or not re.search(
            r"\bhow\s+much\b|\bwhat\b|\?", text):
        return None
    used = next((m for m in USED.finditer(text) if not allow.start() <= m.start() < allow.end()),
                None)
    if used is None:
        return None
    total = _f(allow.group(1) or allow.group(3))
    unit = (allow.group(2) or allow.group(4) or used.group(2) or "").lower()
    spent = _f(used.group(1))
    count = _f(left.group(1) or left.group(3))
    period = (left.group(2) or left.group(4)).lower().rstrip("s")
    wanted = (ask.group(1) or {"daily": "day", "weekly": "week"}[ask.group(2).lower()])
    if wanted != period or count <= 0 or spent > total:
        return None
    value = (total - spent) / count
    sign = sign_of(text)
    unit = {"gb": "GB", "mb": "MB", "tb": "TB", "kwh": "kWh", "mins": "minutes"}.get(unit, unit)
    basis = f"({show(total)} − {show(spent)}) ÷ {show(count)} {period}s"
    shown = money(value, sign) + f" a {period}" if not unit else f"{show(value)} {unit} a {period}"
    return Reckoned(f"per {period}", value, unit or SIGNS.get(sign, ""), basis, text=shown)


AT_PRICE = _c(rf"(?<![\d.]){NUM}\s*(kg|kgs|kilos?|lbs?|pounds|litres?|liters?|l|units?|boxes|bags|"
              rf"tonnes?|m|metres?|meters?|gallons?|shares|items|pieces)\s+(?:at|@|for|costing)\s"
              rf"+{CASH}\s*"
              rf"(?:a|an|per|each|/)\s*(?:kg|kilo|lb|pound|litre|liter|l|unit|box|bag|tonne|m|met"
              rf"re|"
              rf"meter|gallon|share|item|piece|each)?")
AVERAGE_ASK = _c(r"\b(?:average|mean|overall|blended|effective)\s+(?:price|cost)\b|\b(?:price|cos"
                 r"t)\s+"
                 r"(?:per\s+\w+\s+)?(?:on\s+)?average\b|\bwhat\s+did\s+i\s+pay\s+(?:per|a)\s+\w+"
                 r"\s+on\s+"
                 r"average\b")


def average_price(text: str) -> Reckoned | None:
    """Quantities bought at different prices a unit: the average price a unit."""
    if not AVERAGE_ASK.search(text):
        return None
    lots = list(AT_PRICE.finditer(text))
    if len(lots) < 2:
        return None
    quantity = sum((_f(m.group(1)) for m in lots), Fraction(0))
    if quantity <= 0:
        return None
    cost = sum((_f(m.group(1)) * _f(m.group(3)) for m in lots), Fraction(0))
    value = cost / quantity
    unit = lots[0].group(2).lower().rstrip("s")
    sign = sign_of(text)
    basis = (" + ".join(f"{show(_f(m.group(1)))} × {show(_f(m.group(3)))}" for m in lots) +
             f" = {show(cost)}, ÷ {show(quantity)} {unit}s")
    return Reckoned("average price", value, SIGNS.get(sign, ""), basis,
                    text=f"{money(value, sign)} per {unit}")


BOUGHT = _c(rf"\b(?:bought|buy|purchased|got)\s+{NUM}\s+(shares|units|items|tickets|coins|cards|"
            rf"bikes|cars|phones|pieces|things|\w+)\s+(?:at|@|for)\s+{CASH}\s*(?:each|a\s+share|p"
            rf"er\s+"
            rf"\w+|apiece)?")
SOLD = _c(rf"\bsold\s+(?:them|it|all|all\s+of\s+them|them\s+all|the\s+lot|(?:all\s+)?{NUM}(?:\s+"
          rf"\w+)?)?\s*"
          rf"(?:all\s+)?(?:at|@|for)\s+{CASH}\s*(?:each|a\s+share|per\s+\w+|apiece)?")
GAIN_ASK = _c(r"\b(profit|gain|loss|lose|lost|make|made|earn\w*|return)\b")


def trade_gain(text: str) -> Reckoned | None:
    """Things bought at one price each and sold at another: the profit (or loss)."""
    bought, ask = BOUGHT.search(text), GAIN_ASK.search(text)
    if bought is None or ask is None:
        return None
    sold = SOLD.search(text, bought.end())
    if sold is None:
        return None
    count, buy, sell = _f(bought.group(1)), _f(bought.group(3)), _f(sold.group(2))
    if sold.group(1) and _f(sold.group(1)) != count:
        count_sold = _f(sold.group(1))
        if count_sold > count:
            return None
        count = count_sold
    gain = (sell - buy) * count
    sign = sign_of(text)
    name = "profit" if gain >= 0 else "loss"
    basis = f"({money(sell, sign)} − {money(buy, sign)}) × {show(count)}"
    lost = re.match(r"los", ask.group(1))
    shown = money(gain, sign) if gain >= 0 else money(-gain, sign) if lost else \
        f"{money(gain, sign)} (a loss of {money(-gain, sign)})"
    return Reckoned(name, gain, SIGNS.get(sign, ""), basis, text=shown)


PRICE_MOVE = _c(rf"\b(?:went|gone|rose|risen|jumped|fell|dropped|changed|increased|decreased|moved|"
                rf"up|down)?\s*from\s+{CASH}\s+(?:up\s+|down\s+)?to\s+{CASH}\s*(?:a|an|per|each|/"
                rf")\s*"
                rf"(litre|liter|l|gallon|kg|kilo|lb|kwh|unit|pack|box|bag|m|metre|meter|item)\b")
QUANTITY = r"(?<![\d.]){num}\s*(?:{unit}s?|{unit}es)\b"
MORE_ASK = _c(r"\bhow\s+much\s+(?:more|extra|less|cheaper|dearer)\b|\bdifference\b|\bextra\s+cost"
              r"\b|"
              r"\bsave\b|\bsaving\b|\bcost\s+(?:me\s+)?more\b")


def price_change_cost(text: str) -> Reckoned | None:
    """A price a unit that changed, times the quantity bought: the difference it makes."""
    move, ask = PRICE_MOVE.search(text), MORE_ASK.search(text)
    if move is None or ask is None:
        return None
    unit = move.group(3).lower()
    names = {"l": "litre|liter|l", "litre": "litre|liter|l", "liter": "litre|liter|l",
             "kilo": "kg|kilo", "kg": "kg|kilo"}.get(unit, unit)
    quantity = next((m for m in re.finditer(QUANTITY.format(num=NUM, unit=f"(?:{names})"), text,
                                            re.I) if not move.start() <= m.start() < move.end()),
                    None)
    if quantity is None:
        return None
    old, new, amount = _f(move.group(1)), _f(move.group(2)), _f(quantity.group(1))
    change = (new - old) * amount
    sign = sign_of(text)
    way = "more" if change >= 0 else "less"
    basis = f"({money(new, sign)} − {money(old, sign)}) × {show(amount)}"
    return Reckoned(f"{way} each time", abs(change), SIGNS.get(sign, ""), basis,
                    text=f"{money(abs(change), sign)} {way}")


PACK = _c(rf"(?<![\d.]){NUM}\s+([a-z]+?)(?:es|s)?\s+(?:cost|costs|for|at|is|are|=|:)\s*{CASH}|"
          rf"\b(?:a\s+)?(?:pack|box|bag|bundle)\s+of\s+{NUM}\s+([a-z]+?)(?:es|s)?\s+(?:costs?|for"
          rf"|at|is|"
          rf"=|:)\s*{CASH}")
SAVE_EACH = _c(r"\b(?:save|saving|cheaper|difference|less)\b[^.?!]*\b(?:per|a|each|for\s+each)\s+"
               r"([a-z]+?)(?:es|s)?\b")


def saving_per_unit(text: str) -> Reckoned | None:
    """Two pack sizes and prices: how much less one unit costs in the cheaper pack."""
    ask = SAVE_EACH.search(text)
    if ask is None:
        return None
    packs = [m for m in PACK.finditer(text)]
    if len(packs) != 2:
        return None
    thing = ask.group(1).lower()
    each = []
    for m in packs:
        count, name, price = ((m.group(1), m.group(2), m.group(3)) if m.group(1) else
                              (m.group(4), m.group(5), m.group(6)))
        if name.lower() != thing or _f(count) <= 0:
            return None
        each.append((_f(price) / _f(count), count, price))
    (a, ca, pa), (b, cb, pb) = each
    saving = abs(a - b)
    said = PLACES.search(text)
    places = int(said.group(1)) if said else 3 if saving < Fraction(1, 10) else 2
    sign = sign_of(text)
    basis = f"{pa} ÷ {ca} = {_places(a, 4)}; {pb} ÷ {cb} = {_places(b, 4)}"
    cheaper = ca if a < b else cb
    return Reckoned(f"saving per {thing}", saving, SIGNS.get(sign, ""), basis,
                    text=f"{sign}{_places(saving, places)} per {thing} (the pack of {cheaper} is "
                         f"cheaper per {thing})")


CURRENCY = r"(dollars?|euros?|pounds?|yen|francs?|usd|eur|gbp|jpy|chf|cad|aud|pesos?|rupees?)"
EXCHANGED = _c(rf"\b(?:got|received|get|gave\s+me)\s+{NUM}\s*{CURRENCY}\s+(?:for|from|in\s+exchan"
               rf"ge\s+"
               rf"for)\s+{NUM}\s*{CURRENCY}|\b(?:changed|exchanged|swapped|converted|paid)\s+"
               rf"{NUM}\s*"
               rf"{CURRENCY}\s+(?:for|into|to)\s+{NUM}\s*{CURRENCY}")
RATE_ASK = _c(rf"\b(?:rate|how\s+many|how\s+much)\b[^.?!]*\b(?:per|a|each|for\s+(?:one|each|a|1))"
              rf"\s+"
              rf"{CURRENCY}|\bexchange\s+rate\b")


def exchange_rate(text: str) -> Reckoned | None:
    """The rate two exchanged amounts imply, per unit of the currency asked about."""
    told, ask = EXCHANGED.search(text), RATE_ASK.search(text)
    if told is None or ask is None:
        return None
    if told.group(1):
        got, got_in, gave, gave_in = told.group(1, 2, 3, 4)
    else:
        gave, gave_in, got, got_in = told.group(5, 6, 7, 8)
    per = (ask.group(1) or gave_in).lower().rstrip("s")
    names = {gave_in.lower().rstrip("s"): (_f(got), got_in, _f(gave)),
             got_in.lower().rstrip("s"): (_f(gave), gave_in, _f(got))}
    if per not in names:
        return None
    top, top_in, bottom = names[per]
    if bottom <= 0:
        return None
    value = top / bottom
    shown = _places(value, 2) + (f" (≈{_places(value, 4)})" if _places(value, 4) != _places(
        value, 2) + "00" else "")
    return Reckoned("rate", value, "", f"{show(top)} ÷ {show(bottom)}",
                    text=f"{shown} {top_in.rstrip('s')}s per {per}")




HOURLY = _c(rf"{CASH}\s*(?:/\s*(?:h|hr|hour)\b|an\s+hour|per\s+hour|p/?h\b|hourly)")
HOURS_WEEK = _c(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\s*(?:a|per|each|every|/)\s*(?:wee"
                r"k|wk)\b")
PERIOD_PAY = _c(rf"{CASH}\s*(?:(?:a|per|/|an)\s*(week|month|year|annum)\b|(weekly|monthly|yearly|"
                rf"annually|p\.?a\.?)(?!\w))")
WEEKS = _c(r"(?<![\d.])(\d+)\s*(?:working\s+|paid\s+)?weeks\b")
DIFF_ASK = _c(r"\bhow\s+much\s+(?:more|less|better|worse|extra)\b|\bdifference\b|\bbetter\s+off\b|"
              r"\bwhich\s+(?:pays|is)\s+(?:more|better)\b")
IN_YEAR = {"week": 52, "month": 12, "year": 1, "annum": 1, "weekly": 52, "monthly": 12,
           "yearly": 1, "annually": 1, "p.a.": 1, "pa": 1, "p.a": 1}


def pay_difference(text: str) -> Reckoned | None:
    """An hourly rate for hours a week against a pay a period: the difference a year."""
    if not DIFF_ASK.search(text) or (hourly := HOURLY.search(text)) is None:
        return None
    hours = HOURS_WEEK.search(text)
    other = next((m for m in PERIOD_PAY.finditer(text) if not hourly.start() <= m.start() <
                  hourly.end()), None)
    if hours is None or other is None:
        return None
    weeks_said = next((m for m in WEEKS.finditer(text)
                       if not hours.start() <= m.start() < hours.end()), None)
    weeks = _f(weeks_said.group(1)) if weeks_said else Fraction(52)
    per = (other.group(2) or other.group(3)).lower()
    first = _f(hourly.group(1)) * _f(hours.group(1)) * weeks
    second = _f(other.group(1)) * IN_YEAR.get(per, 1) * (weeks / 52 if per in ("week", "weekly")
                                                         else 1)
    gap = abs(second - first)
    sign = sign_of(text)
    basis = (f"{money(_f(hourly.group(1)), sign)} × {show(_f(hours.group(1)))} h × {show(weeks)} "
             f"weeks = {money(first, sign)} a year against {money(second, sign)} a year")
    more = "the second" if second > first else "the first"
    if re.search(r"\b(?:new|offer)\b", text):
        new_first = re.search(r"\b(?:new|offer)\b", text[:other.start()]) is None or \
            hourly.start() > other.start()
        more = "the new one" if (second > first) != new_first else "the current one"
    return Reckoned("difference a year", gap, SIGNS.get(sign, ""), basis,
                    text=f"{money(gap, sign)} a year more with {more} ({money(first, sign)} "
                         f"against {money(second, sign)})")


PLAN = _c(rf"\b([a-z]+(?:\s+[a-z0-9])?)\s+(?:is|costs?|at|=|:)\s*{CASH}\s*(?:/\s*|a\s+|per\s+)"
          rf"(month|mo|week|year)\b")
TERM = _c(r"\b(?:over|for|across|on)\s+(?:a|the|an)?\s*(\d+)[\s-]*(months?|weeks?|years?)\b")
SAVE_ASK = _c(r"\bsave\b|\bsaving\b|\bdifference\b|\bcheaper\b|\bhow\s+much\s+(?:more|less)\b")


def _title(name: str) -> str:
    """"plan a" → "Plan A"."""
    name = name[:1].upper() + name[1:]
    return re.sub(r"\s([a-z0-9])$", lambda c: " " + c.group(1).upper(), name)


def plans_over_term(text: str) -> Reckoned | None:
    """Two prices a period over a term: what each comes to and the saving with the cheaper."""
    plans, term = list(PLAN.finditer(text)), TERM.search(text)
    if len(plans) != 2 or term is None or not SAVE_ASK.search(text):
        return None
    count, unit = _f(term.group(1)), term.group(2).lower().rstrip("s")
    per = [m.group(3).lower().replace("mo", "month").replace("monthnth", "month") for m in plans]
    if any(p != unit for p in per):
        return None
    totals = [(_title(m.group(1).strip()), _f(m.group(2)) * count) for m in plans]
    sign = sign_of(text)
    gap = abs(totals[0][1] - totals[1][1])
    cheaper = min(totals, key=lambda t: t[1])[0]
    shown = "; ".join(f"{name}: {money(v, sign)}" for name, v in totals) + \
        f"; {cheaper} saves {money(gap, sign)}"
    basis = " and ".join(f"{money(_f(m.group(2)), sign)} × {show(count)}" for m in plans)
    return Reckoned("over the term", gap, SIGNS.get(sign, ""), basis, text=shown)


KINDS = (plans_over_term, allowance_per_period, average_price, trade_gain, price_change_cost,
         saving_per_unit, exchange_rate, pay_difference)
