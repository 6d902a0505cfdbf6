"""Everyday money sums read by the role of each amount.

- what is left of a budget: "I had 50, spent 12.40 and 8.75, how much is left?" → 28.85;
- how many things a budget buys: "how many 0.85 stamps can I buy with 20?" → 23 (with
  0.45 over);
- which pack is better value: "500 g for 2.40 or 750 g for 3.30?" → the 750 g pack, at
  0.44 per 100 g against 0.48;
- one amount as a share of another: "I earn 2,800 a month and pay 950 rent, what
  percentage of my income is rent?" → 33.93%.

The text is expanded and lower-cased; each kind needs its cue words and a question.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.money_reckon import AMOUNT, SIGNS, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NOT_MONEY = re.compile(r"\s*(?:%|(?:percent|per\s*cent|years?|months?|weeks?|days?|hours?|mins?|"
                       r"minutes?|times|people|items?|g|kg|ml|l|litres?|grams?)\b)", re.I)


def _amounts(text: str, skip: list[tuple[int, int]] | None = None) -> list[re.Match[str]]:
    return [m for m in re.finditer(AMOUNT, text) if not NOT_MONEY.match(text, m.end())
            and not any(a <= m.start(2) < b for a, b in skip or [])]


def _value(m: re.Match[str]) -> Fraction:
    return Fraction(m.group(2).replace(",", ""))


# --- what is left of a budget -----------------------------------------------------------------

BUDGET = _c(rf"\b(?:had|have|got|start(?:ed|ing)?\s+(?:with|out\s+with)|budget(?:\s+(?:is|was|"
            rf"of))?|took|brought|with|there\s+(?:is|was)|wallet\s+(?:has|had)|"
            rf"take[- ]home(?:\s+(?:pay|is|was|of))*|bring\s+home|earn|make|get\s+paid|"
            rf"(?:income|salary|pay|wages?)(?:\s+(?:is|was|of|:))?|from\s+(?:my|our|the|a|his|her)"
            rf"(?:\s+(?:monthly|weekly|budget|salary|pay))?)\s+(?:only\s+|just\s+|about\s+|around\s+)?{AMOUNT}")
SPENT = _c(r"\b(?:spent|spend|spending|paid|pay|bought|buy|cost|costs|used|lost|gave|went\s+on|"
           r"rent|mortgage|bills?|groceries|food|transport|travel|insurance|utilities|childcare|"
           r"fuel|petrol|gas|phone|internet|subscriptions?|loan|car|council\s+tax|outgoings|"
           r"expenses)\b")
LEFT_ASK = _c(r"\b(?:how\s+much|what)\b(?:[^.?!]|\.\d)*\b(?:left|remain\w*|over|spare)\b|"
              r"\bleft\s+over\b|\bremaining\b|\bwhat\s+is\s+left\b")

SHARE = re.compile(r"(?<![\d.,/])\d+\s*/\s*\d+(?![\d/]|\.\d)")


def money_left(text: str) -> Reckoned | None:
    """A budget less every amount spent from it."""
    if not LEFT_ASK.search(text) or (budget := BUDGET.search(text)) is None or \
            SHARE.search(text):  # "1/3 for the flat": a share, no amounts 1 and 3
        return None
    spend = SPENT.search(text)  # the outgoings may come before the budget ("after rent of …")
    if spend is None:
        return None
    spent = [m for m in _amounts(text, [budget.span()])
             if m.group(2) and m.start() >= spend.start()]
    if not spent or len(spent) > 20:
        return None
    total = sum((_value(m) for m in spent), Fraction(0))
    start = _value(budget)
    if total > start and (len(spent) < 2 or total > 2 * start):
        return None  # one amount larger than the budget is no outgoing of it
    sign = sign_of(text)
    basis = f"{show(start)} − " + " − ".join(show(_value(m)) for m in spent) + \
        f" = {show(start - total)}"
    shown = money(start - total, sign)
    if total > start:  # overspent: the shortfall, signed
        shown += f" (short by {money(total - start, sign)})"
    return Reckoned("left", start - total, SIGNS.get(sign, ""), basis, text=shown)


# --- how many a budget buys -------------------------------------------------------------------

COUNT_ASK = _c(r"\bhow\s+many\b(?:[^.?!]|\.\d)*\b(?:can|could|would|will)\s+(?:i|we|you|he|she|"
               r"they)\s+(?:buy|get|afford|purchase|order|pay\s+for)\b|\bhow\s+many\b[^.?!]*\b(?:does|"
               r"will|would)\s+(?:that|it|this)\s+(?:buy|get)\b")
WITH = _c(rf"\b(?:with|have|got|budget(?:\s+of|\s+is)?|spend|spare|for)\s+(?:only\s+|just\s+)?"
          rf"{AMOUNT}")
EACH = _c(rf"{AMOUNT}\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+(?!year|month|week|day)\w+)\b|"
          rf"\b(?:at|cost(?:s|ing)?|are|is|priced\s+at|sells?\s+for)\s+{AMOUNT}")


def afford_count(text: str) -> Reckoned | None:
    """Whole things a budget buys at a price each."""
    if not COUNT_ASK.search(text) or (budget := WITH.search(text)) is None:
        return None
    prices = [m for m in EACH.finditer(text) if not budget.start() <= m.start() < budget.end()]
    if prices:
        price = Fraction((prices[0].group(2) or prices[0].group(5)).replace(",", ""))
    else:
        others = _amounts(text, [budget.span()])
        if len(others) != 1:
            return None
        price = _value(others[0])
    have = _value(budget)
    if price <= 0 or have <= 0:
        return None
    count = math.floor(have / price)
    sign = sign_of(text)
    over = have - count * price
    rest = f" ({money(over, sign)} left over)" if over else ""
    return Reckoned("you can buy", Fraction(count), "", f"{money(have, sign)} ÷ "
                    f"{money(price, sign)} = {show(have / price)}, rounded down",
                    text=f"{count}{rest}")


# --- which is better value ---------------------------------------------------------------------

SIZES = {"g": 1, "gram": 1, "kg": 1000, "kilo": 1000, "ml": 1, "l": 1000, "litre": 1000,
         "liter": 1000, "cl": 10, "oz": 1, "lb": 16, "pack": 1, "item": 1}
PACK = _c(rf"(\d+(?:\.\d+)?)\s*(g|grams?|kg|kilos?|ml|cl|l|litres?|liters?|oz|lbs?|packs?|items?|"
          rf"pieces?|rolls?|eggs?|bars?|cans?|bottles?|pods?)?\s*(?:for|at|costs?|is|=|:|@|"
          rf"priced\s+at)\s+{AMOUNT}")
VALUE_ASK = _c(r"\b(?:better|best|good)\s+(?:value|deal|buy|price)\b|\bcheaper\b|\bmore\s+"
               r"economical\b|\bbetter\s+off\b|\bvalue\s+for\s+money\b")


def _base(unit: str | None) -> tuple[str, int]:
    word = (unit or "item").lower().rstrip("s")
    if word in ("g", "gram", "kg", "kilo"):
        return "g", SIZES[word]
    if word in ("ml", "cl", "l", "litre", "liter"):
        return "ml", SIZES[word]
    if word in ("oz", "lb"):
        return "oz", SIZES[word]
    return "item", 1


def better_value(text: str) -> Reckoned | None:
    """The pack with the lower price per unit of what it holds."""
    if not VALUE_ASK.search(text):
        return None
    packs = list(PACK.finditer(text))
    if len(packs) != 2:
        return None
    kinds, per = set(), []
    for m in packs:
        kind, factor = _base(m.group(2))
        size = Fraction(m.group(1)) * factor
        if size <= 0:
            return None
        kinds.add(kind)
        per.append(Fraction((m.group(4)).replace(",", "")) / size)
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    scale, named = {"g": (100, "per 100 g"), "ml": (100, "per 100 ml"), "oz": (1, "per oz"),
                    "item": (1, "each")}[kind]
    sign = sign_of(text)
    said = [f"{m.group(1)}{' ' + m.group(2) if m.group(2) else ''} for "
            f"{money(Fraction(m.group(4).replace(',', '')), sign)}" for m in packs]
    rates = [money(p * scale, sign) + f" {named}" for p in per]
    if per[0] == per[1]:
        return Reckoned("value", per[0] * scale, "", f"{rates[0]} each way",
                        text=f"the same value ({rates[0]})")
    best = 0 if per[0] < per[1] else 1
    return Reckoned("better value", per[best] * scale, "", f"{said[0]}: {rates[0]}; "
                    f"{said[1]}: {rates[1]}", text=f"{said[best]} ({rates[best]} against "
                    f"{rates[1 - best]})")


# --- one amount as a share of another -------------------------------------------------------------

WHOLE = r"(income|salary|pay|earnings|wages?|budget|total|bill|spending|take[- ]home)"
SHARE_ASK = _c(rf"\b(?:what|which|how\s+much)\s+(?:percent(?:age)?|%|share|proportion|fraction)"
               rf"\s+of\s+(?:my|the|our|his|her|their)\s+{WHOLE}\b|\bas\s+a\s+(?:percent(?:age)?|share)\s+of\s+"
               rf"(?:my|the|our|his|her|their)\s+{WHOLE}\b")
WHOLE_SAID = _c(rf"\b(?:earn|earns|earning|make|makes|making|paid|take\s+home|bring\s+in|"
                rf"{WHOLE}(?:\s+(?:is|was|of))?)\s+(?:about\s+|around\s+)?{AMOUNT}")


def share_of_whole(text: str) -> Reckoned | None:
    """"what percentage of my income is rent?" with the income and the rent given."""
    if SHARE_ASK.search(text) is None or (whole := WHOLE_SAID.search(text)) is None:
        return None
    number = whole.group(3)
    parts = _amounts(text, [whole.span()])
    if len(parts) != 1 or number is None:
        return None
    total, part = Fraction(number.replace(",", "")), _value(parts[0])
    if total <= 0:
        return None
    share = part / total * 100
    sign = sign_of(text)
    return Reckoned("share", share, "%", f"{money(part, sign)} ÷ {money(total, sign)} × 100")


# --- several costs added up and split ------------------------------------------------------

WAYS = _c(r"\b(\d+)\s+(?:of\s+us|people|persons|friends|ways|guests|adults|housemates|flatmates|"
          r"roommates)\b|\b(?:split|share[ds]?|divided?)\s+(?:it\s+|that\s+|this\s+|the\s+\w+\s+)?"
          r"(?:equally\s+|evenly\s+)?(?:between|among(?:st)?|by|in(?:to)?)\s+(?:the\s+)?(\d+)\b|"
          r"\b(?:between|among(?:st)?)\s+(?:the\s+)?(\d+)\s+of\s+us\b")
EACH_ASK = _c(r"\beach\b|\bper\s+(?:person|head)\b|\bapiece\b|\bmy\s+share\b|"
              r"\bwhat\s+(?:do|does)\s+(?:everyone|everybody|each\s+of\s+us)\s+(?:owe|pay)\b")
COUNTED = _c(r"\b\d+\s+(?:[a-z-]+\s+){0,2}?(?:at|@)\s+[$€£¥]?\d|\d\s*(?:each|apiece)\b|%|"
             r"\bpercent\b")


def costs_split(text: str) -> Reckoned | None:
    """Several costs added up and shared equally: "car hire 302, fuel 105.04, tolls 21.93,
    5 of us split it, how much each?" → 85.79 each."""
    if not EACH_ASK.search(text) or (ways := WAYS.search(text)) is None or COUNTED.search(text):
        return None
    costs = [m for m in _amounts(text, [ways.span()]) if not re.match(
        r"\s*(?:of\s+us|people|persons|friends|ways|guests|nights?|days?|shares?|parts?|"
        r"portions?|pieces?|slices?|items?|things?|each|person|of\s+(?:them|those|these))\b",
        text[m.end():]) and (m.group(1) or m.group(3) or "." in m.group(2) or int(
            m.group(2).replace(",", "")) != 1)]
    count = int(next(g for g in ways.groups() if g))
    if len(costs) < 2 or len(costs) > 30 or not 1 < count < 1000:
        return None
    total = sum((_value(m) for m in costs), Fraction(0))
    sign = sign_of(text)
    each = total / count
    basis = f"({' + '.join(show(_value(m)) for m in costs)}) ÷ {count} = {show(total)} ÷ {count}"
    return Reckoned("each", each, SIGNS.get(sign, ""), basis,
                    text=f"{money(each, sign)} each (of {money(total, sign)})")


# --- the profit on a number of things sold ---------------------------------------------------

SELL_AT = _c(rf"\b(?:sell(?:s|ing)?|sold|charge[sd]?|charging|retail(?:s|ing)?)\s+"
             rf"(?:\w+\s+){{0,3}}?(?:for|at)\s+{AMOUNT}")
COST_EACH = _c(rf"\b(?:costs?|cost\s+me|costing|buy|bought|pay|paid)\s+(?:me\s+)?"
               rf"(?:\w+\s+){{0,2}}?(?:for\s+|at\s+)?{AMOUNT}|{AMOUNT}\s+(?:each\s+)?to\s+(?:make|produce|buy|bake)\b")
SOLD_COUNT = _c(r"\b(?:on|for|of|sell|sold|selling|make|made|bake|baked)\s+(\d[\d,]*)\b(?![.,]\d)"
                r"(?!\s*%)")
LOT = _c(rf"\b(?:bought|buy|buying|made|make|baked|ordered|got)\s+(\d[\d,]*)\s+(?:\w+\s+){{0,2}}?"
         rf"(?:at|for|@)\s+{AMOUNT}\s*(?:each|apiece|a\s+piece|per\s+\w+)")
PROFIT_ASK = _c(r"\bprofit\b|\bhow\s+much\s+(?:do|did|will|would)\s+(?:i|we)\s+(?:make|earn|"
                r"clear)\b")


def unit_profit(text: str) -> Reckoned | None:
    """(Selling price − cost) × the number sold: "sell cupcakes for 2.50, each costs 0.90 to
    make, profit on 120?" → 192.00."""
    if not PROFIT_ASK.search(text) or (sell := SELL_AT.search(text)) is None:
        return None
    if (lot := LOT.search(text)) is not None:  # "bought 10 shirts at 4 each"
        price, each = _value(sell), Fraction(lot.group(3).replace(",", ""))
        number = int(lot.group(1))
        return _profit(text, price, each, number)
    cost = next((m for m in COST_EACH.finditer(text)
                 if not sell.start() <= m.start() < sell.end()), None)
    count = next((m for m in SOLD_COUNT.finditer(text) if not any(
        a <= m.start(1) < b for a, b in (sell.span(), cost.span() if cost else (0, 0)))), None)
    if cost is None or count is None:
        return None
    price = Fraction((sell.group(2)).replace(",", ""))
    each = Fraction((cost.group(2) or cost.group(5)).replace(",", ""))
    return _profit(text, price, each, int(count.group(1).replace(",", "")))


def _profit(text: str, price: Fraction, each: Fraction, number: int) -> Reckoned:
    value = (price - each) * number
    sign = sign_of(text)
    basis = f"({show(price)} − {show(each)}) × {number} = {show(value)}"
    name = "profit" if value >= 0 else "loss"
    return Reckoned(name, abs(value), SIGNS.get(sign, ""), basis, text=money(abs(value), sign))


KINDS = (money_left, afford_count, better_value, share_of_whole, costs_split, unit_profit)
