"""Everyday money questions in words → one arithmetic expression.

"a jacket costs 140 and it's 40% off, what do I pay?" → ``140 * (1 - 40/100)``; "3 coffees
at 2.50 each plus a 10% tip" → ``(3 * 2.50) * (1 + 10/100)``; "how much each if we split it
3 ways?" after a total → ``ANS / 3``; "how much change from 50?" → ``50 - (…)``.

The text given is already expanded (contractions, number words) and lower-cased. Only a
question about money with at least one price operation (a percentage off or on top, items
times a price, a split, change, a unit price) becomes an expression; anything else is left
to the general parser. The result is still untrusted text for the whitelist parser.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci as _c

MONEY = r"[$€£¥]?\s?(\d[\d,]*+(?:\.\d+)?+)(?!\.?\d)\s?(k\b|thousand\b|million\b)?"
PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"


ASK = _c(r"\?|\b(?:what|how\s+much|how\s+many|calculate|compute|work\s+out|figure\s+out|"
         r"tell\s+me|find|total|final|price|owe)\b|(?:^|[,;:]\s*|\band\s+)(?:split|divide|share)"
         r"\s+(?:it\s+|that\s+|this\s+|the\s+\w+\s+)?(?:between|among|by|in(?:to)?)\s+\d")
MONEY_CUE = _c(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|bucks|cents?|bill|cost|price|paid|pay|"
               r"spent|shopping|meal|dinner|lunch|rent|each|per\s+(?:person|head)|people|"
               r"friends|guests|ways|split|share)\b|\d\.\d\d\b")
# "120 a month, how much per year?": a rate and the period asked for
RATE = _c(rf"{MONEY}\s*(?:(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp)\s+)?"
          r"(?:a|per|each|every|/)\s*(day|week|month|year)\b")
RATE_ASK = _c(r"\b(?:per|a|each|every|in\s+a|over\s+a|for\s+a|/)\s*(day|week|month|year)\b")
PERIODS = {("week", "day"): "7", ("year", "day"): "365", ("year", "week"): "52",
           ("year", "month"): "12"}
_PART = (r"(tip|tax|vat|discount|saving|savings|gratuity|markup|mark-up|surcharge|"
         r"service\s+charge)")
# the tip, tax or discount itself is asked: "how much would a 10% tip be?", "what would the
# tip be at 15%?", "how big is the service charge?", "the tip at 20%?"
PART_ONLY = _c(rf"\b(?:what|how\s+(?:much|big|large))\s+(?:is|are|was|would(?:\s+be)?|"
               rf"will(?:\s+be)?|do\s+i\s+save|would\s+i\s+save|should\s+i\s+(?:leave|tip|give)(?:\s+for)?|"
               rf"does|do)?\s*(?:the|my|a|an|our)?\s*(?:{PCT}\s*)?{_PART}\b(?!\s+(?:included|"
               rf"on\s+top)\b)|"
               rf"\bhow\s+much\s+(?:do|would|will)\s+i\s+save\b|\bhow\s+much\s+(?:to|should\s+i|"
               rf"do\s+i|would\s+i|do\s+we|should\s+we)\s+(?:tip|leave\s+(?:as\s+(?:a\s+)?|for\s+"
               rf"(?:a|the)\s+)?tip)\b|^\W*(?:and\s+)?(?:the\s+)?{_PART}\s+(?:at|of)\s+{PCT}\s*\??\s*$|"
               rf"^\W*(?:(?:and|also|plus|then)\s+)*(?:an?\s+)?{PCT}\s*{_PART}\s+(?:on|of|for)\s+"
               rf"(?:an?\s+|the\s+|my\s+)?[$€£¥]?\s?\d")  # "also a 18% tip on $95.84?"
LESS = _c(rf"{PCT}\s*(?:off|discount|reduction|markdown|cheaper|less)\b|"
          rf"\b(?:discount(?:ed)?|reduc(?:ed|tion)|sale|markdown|marked\s+down|off)\s+"
          rf"(?:of\s+|by\s+|at\s+|is\s+)?{PCT}|\b(?:minus|less|take\s+off|deduct)\s+(?:a\s+)?{PCT}")
MORE = _c(rf"{PCT}\s*(?:sales\s+)?(?:tax|vat|tip|gratuity|service(?:\s+charge)?|markup|"
          rf"mark-up|surcharge|fee|increase|more|extra|on\s+top)\b|"
          rf"\b(?:sales\s+tax|tax|vat|gst|hst|tip|gratuity|service\s+charge|service|markup|mark-up|"
          rf"surcharge|marked\s+up|mark\s+(?:it\s+)?up|increased|raised|goes\s+up)\s*(?:would\s+be\s+|"
          rf"will\s+be\s+|be\s+)?(?:is\s+|of\s+|at\s+|by\s+|was\s+|\(\s*|@\s*)?{PCT}|\b(?:plus|add|with|and)\s+(?:an?\s+)?{PCT}(?!\s+(?:off|discount|of))|"
          rf"{PCT}\s+(?:as\s+(?:a|the|our|my)\s+|for\s+(?:a|the)\s+)(?:tip|gratuity|service)\b|"
          rf"\b(?:leave|leaving|tip|tipping|tipped)\s+(?:a\s+|them\s+|the\s+\w+\s+)?{PCT}")
# "and if everyone improved by 10%, what's the new mean?": a rise or fall of the result before
GROW = _c(rf"\b(?:improved?|improves|rose|rise[sn]?|grew|grow[sn]?|went\s+up|go(?:es)?\s+up|"
          rf"gone\s+up|boost(?:ed)?|bump(?:ed)?\s+up|climb(?:ed|s)?|jump(?:ed|s)?|up)\s+(?:by\s+"
          rf"|another\s+)?{PCT}|{PCT}\s+(?:rise|raise|boost|bump|uplift|improvement|hike|jump|"
          rf"growth|higher)\b")
SHRINK = _c(rf"\b(?:dropped|drops?|fell|falls?|fallen|decreased?|decreases|went\s+down|go(?:es)?\s+"
            rf"down|gone\s+down|lowered|cut|shr[aiu]nk|declined?|down|slipped)\s+(?:by\s+)?{PCT}|"
            rf"{PCT}\s+(?:drop|fall|decrease|cut|decline|lower|dip)\b")
# the result before over a number of periods: "what's that over a year (52 weeks)?", "and
# for 12 months?"
OVER_PERIODS = _c(r"\b(?:that|it|this|those|them)\b[^.?!]*?\b(?:over|for|across|during|in|"
                  r"throughout)\s+(?:the\s+|a\s+|one\s+)?(?:(?:year|month|week)\s*)?\(?\s*(\d+)\s*"
                  r"(?:weeks?|months?|days?|years?|fortnights?)\b|^\W*(?:(?:and|so|then)\s+)?(?:what\s+"
                  r"about\s+)?(?:over|for|across|during|throughout)\s+(?:the\s+)?(?:next\s+)?(\d+)\s*"
                  r"(?:weeks?|months?|days?|years?|fortnights?)\b")
SUPPOSE = _c(r"^\W*(?:(?:and|but|so|now)\s+)?(?:what\s+)?(?:if|suppose|supposing|assuming|say)\b")
FLAT_OFF = _c(r"(?<![\d.%])[$€£¥]?\s?(\d+(?:\.\d+)?)\s+(?:(?:dollars?|euros?|pounds?|bucks|quid)"
              r"\s+)?off\b(?!\s+(?:of|the)\b\s*\d)")
ITEM = _c(rf"(?<![:.,\d])\b(\d+(?:\.\d+)?)[\s-]+(?:[a-z-]+\s+){{0,3}}?(?:at|@|for|costing|"
          rf"that\s+cost|which\s+cost)\s+"
          rf"{MONEY}\s*(?:each|apiece|a\s+piece|per\s+\w+|an?\s+\w+)\b|"
          rf"\b(\d+)\s*[x×*]\s*[$€£¥]\s?(\d+(?:\.\d+)?)")
EACH_AT = _c(rf"(?<![:.,])\b(\d+)\s+(?:[a-z-]+\s+){{0,3}}?(?:(?:of\s+)?(?:an?\s+|the\s+)?(?:stock|"
             rf"share|fund|company)\s+)?(?:(?:currently\s+)?(?:trading|priced|selling|valued|"
             rf"quoted)\s+)?(?:at|@)\s+{MONEY}"
             rf"(?!\s*(?:%|percent|per\s*cent))")
# "2 pizzas at 12 each and drinks for 9": an amount beside the counted items
EXTRA = _c(rf"\b(?:and|plus|with)\s+(?:a\s+|an\s+|some\s+)?(?:[a-z-]+\s+){{0,3}}?(?:for|costing|"
           rf"that\s+cost)\s+{MONEY}(?!\s*(?:each|apiece|%|percent|people|persons|of\s+us|ways|"
           rf"friends|guests)\b)")
WAYS = _c(r"\b(?:split|divided?|shared?)\b[^.?!]*?\b(\d+)\s+ways\b|"
          r"\b(?:split|divided?|shared?|between|among(?:st)?)\s+(?:it\s+|that\s+|this\s+|"
          r"the\s+\w+\s+)?(?:between\s+|among(?:st)?\s+|by\s+|in(?:to)?\s+)?(\d+)\b(?!\s*%)|"
          r"\b(?:for|with|there\s+are|we\s+are|of)\s+(\d+)\s+(?:people|persons|friends|guests|"
          r"of\s+us)\b|\b(\d+)\s+(?:people|persons|friends|guests|of\s+us|ways)\b")
EACH_OF_US = _c(r"\beach\s+of\s+us\b|\bper\s+(?:person|head)\b|\beach\s+person\b|\bapiece\b")
PARTY = _c(r"\b(?:for|between|among)\s+(\d+)\b(?!\s*(?:%|\.\d|[$€£¥]|percent))")
SPLIT_HALF = _c(r"\b(?:split|share|divide)\w*\s+(?:it\s+|that\s+|the\s+\w+\s+)?(?:in\s+)?half\b|"
                r"\bhalf\s+each\b|\bfifty[-\s]fifty\b")
PER_HEAD = _c(r"\beach\b|\bper\s+(?:person|head|people)\b|\bapiece\b|\bsplit\b|\bshare\b|"
              r"\bdivid\w*")
CHANGE = _c(rf"\bchange\b[^.?!]*?\b(?:from|out\s+of|of|with|for)\s+(?:an?\s+|my\s+)?{MONEY}|"
            rf"\b(?:pay|paid|hand\s+over|handed\s+over|give|gave|use|used)\s+(?:with\s+)?"
            rf"(?:an?\s+)?{MONEY}\s*(?:note|bill)?\b[^.?!]*\bchange\b")
UNIT = _c(rf"\b(\d+(?:\.\d+)?)[\s-]+(?:[a-z-]+\s+){{0,3}}?(?:costs?|is|are|for|cost\s+me|"
          rf"comes?\s+to|sells?\s+for|priced\s+at)\s+{MONEY}(?!\s*(?:%|percent|per\s*cent))")
PAID_FOR = _c(rf"(?:\b(?:paid|pay|spent|spend|cost\s+me|costs?|is|are|was|were)\s+|(?<![\w.,])"
              rf"(?=[$€£¥])){MONEY}\s+for\s+"
              rf"(\d+)\b(?!\s*(?:%|\.\d|people|persons|of\s+us|friends|guests))")
UNIT_ASK = _c(r"\b(?:per|each|a|one|1|for\s+one|for\s+1)\s*(?:\w+)?\s*\??\s*$|\bper\s+\w+|"
              r"\bunit\s+price\b|\bprice\s+(?:of|for)\s+(?:one|1|a|an|each)\b|\bfor\s+(\d+)\b")
UNIT_BEFORE = _c(r"\bunit\s+price\b|\bprice\s+(?:per|of\s+(?:one|each|a|an))\b|\bper\s+(?:item|"
                 r"unit|piece)\b|\bhow\s+much\s+(?:is\s+|does\s+)?(?:one|each|a\s+single)\b")
STRONG = _c(r"(?:came\s+to|comes?\s+to|total\s+(?:is|was|of)|bill\s+(?:is|was|of|came\s+to|"
            r"comes\s+to)|costs?|cost\s+me|paid|spent|priced\s+at|price\s+(?:is|of|was))\s")
PRICE_WORD = _c(r"\b(?:costs?|cost\s+me|priced\s+at|price\s+(?:is|of|was)|is|was|for|bill\s+"
                rf"(?:is|was|of|came\s+to|comes\s+to)|total\s+(?:is|was|of)|spent|spend|pay|"
                rf"paid|comes?\s+to|came\s+to|at|on|of)\s+{MONEY}(?!\s*(?:%|percent|per\s*cent|(?:of\s+us|"
                rf"people|persons|friends|guests|ways)\b))")


def _value(number: str, scale: str | None) -> str:
    number = number.replace(",", "")
    factor = {"k": "1000", "thousand": "1000", "million": "1000000"}.get((scale or "").strip())
    return f"{number} * {factor}" if factor else number


def _amounts(text: str) -> list[re.Match[str]]:
    out = []
    for m in re.finditer(MONEY, text):
        tail = text[m.end():m.end() + 12]
        if re.match(r"\s*(?:%|percent|per\s*cent|ways|people|persons|friends|guests|of\s+us)",
                    tail):
            continue
        out.append(m)
    return out


def _each_at(text: str) -> list[re.Match[str]]:
    """Counted items at a price ("4 drinks at 2.25") not already read with "each"."""
    spans = [(m.start(), m.end()) for m in ITEM.finditer(text)]
    return [m for m in EACH_AT.finditer(text)
            if not any(a < m.end() and m.start() < b for a, b in spans)]


def money_expression(text: str, previous: bool = False) -> str | None:
    """The expression a money question asks for, or None when it is not one."""
    if len(text) > 600 or not (ASK.search(text) or (previous and SUPPOSE.match(text) and (
            GROW.search(text) or SHRINK.search(text)))):
        return None
    less = [(m.start(), next(g for g in m.groups() if g)) for m in LESS.finditer(text)]
    more = [(m.start(), next(g for g in m.groups() if g)) for m in MORE.finditer(text)]
    more = [(i, p) for i, p in more if all(abs(i - j) > 3 for j, _ in less)]
    if previous and not less and not more and not _amounts(text):
        less = [(m.start(), next(g for g in m.groups() if g)) for m in SHRINK.finditer(text)]
        more = [(m.start(), next(g for g in m.groups() if g)) for m in GROW.finditer(text)]
    items = [(m.group(1) or m.group(4), _value(m.group(2), m.group(3)) if m.group(1)
              else m.group(5)) for m in ITEM.finditer(text)]
    # "3 pizzas at 11.50 each and 4 drinks at 2.25": every counted item, "each" said or not
    items += [(m.group(1), _value(m.group(2), m.group(3))) for m in _each_at(text)]
    ways = WAYS.search(text)
    half = SPLIT_HALF.search(text)
    change = CHANGE.search(text)
    flat = list(FLAT_OFF.finditer(text))
    if not (less or more or items or ways or half or change or flat):
        if previous and (spread := OVER_PERIODS.search(text)) is not None:
            return f"ANS * {spread.group(1) or spread.group(2)}"  # "… over a year (52 weeks)?"
        return money_rate(text) or _unit_price(text)
    if ways is not None and not (less or more or items or half or change or flat) and (
            not MONEY_CUE.search(text)):
        return None  # "what's 26 divided by 4?": plain division, not a bill to split
    base = _base(text, items, change, previous)
    if base is None:
        return None
    expr = base
    if PART_ONLY.search(text) and len(less) + len(more) == 1 and not (ways or change):
        share = (less or more)[0][1]
        return f"({expr}) * {share}/100"
    # each change in the order the question gives them: a coupon before the tax comes off first
    signed = [(i, "-", p) for i, p in less] + [(i, "+", p) for i, p in more] + [
        (m.start(), "off", m.group(1)) for m in flat]
    for _, sign, share in sorted(signed):
        expr = f"({expr}) - {share}" if sign == "off" else f"({expr}) * (1 {sign} {share}/100)"
    if change is not None:
        number, scale = next((change.group(i), change.group(i + 1)) for i in (1, 3)
                             if change.group(i))
        return f"{_value(number, scale)} - ({expr})"
    expr = _fee_each(text, expr)
    return _split(text, ways, half, expr)


# "7 nights at 83.80 a night plus 10% tax and a 5 resort fee each night": a fee for each unit
FEE_EACH = _c(rf"\b(?:and|plus|with)\s+(?:a|an)\s+{MONEY}\s+(?:[a-z-]+\s+){{0,2}}?(?:fee|charge|"
              rf"surcharge|levy|tax)\s+(?:each|per|every|a|an)\s+([a-z]+?)s?\b")


def _fee_each(text: str, expr: str) -> str:
    fee = FEE_EACH.search(text)
    if fee is None:
        return expr
    unit = re.escape(fee.group(3).lower())
    counted = [m for m in ITEM.finditer(text) if m.group(1) and re.search(
        rf"\b(?:per|a|an|each)\s+{unit}\b", m.group(0))]
    if len(counted) != 1:
        return expr
    return f"({expr}) + {counted[0].group(1)} * {_value(fee.group(1), fee.group(2))}"


DEPOSIT = _c(r"\b(\d+(?:\.\d+)?)\s*(?:%|percent)\s+(?:deposit|down\s*payment|up\s*front|upfront)\b|"
             r"[$€£](\d[\d,]*(?:\.\d+)?)\s+(?:deposit|down\s*payment|up\s*front|upfront)\b")
REST = _c(r"\b(?:the\s+)?(?:rest|remainder|balance|remaining\s+(?:amount|balance|cost))\b")
NOT_PAYING = _c(r"\b(?:(\d+)\s+of\s+(?:us|them)|[a-z']+(\s+and\s+[a-z']+)?)\s+(?:does|do|will|is|"
                r"are|should)\s+not\s+(?:pay|chip\s+in|contribute)\b|\b(?:everyone|all\s+of\s+us|we\s+all)"
                r"\s+(?:but|except)\s+(?:the\s+)?[a-z']+\b(?!\s+and\b)|\bnot\s+counting\s+(?:the\s+)?"
                r"[a-z']+(?:\s+[a-z']+)?\s*[,—-]")


def _split(text: str, ways: re.Match[str] | None, half: re.Match[str] | None,
           expr: str) -> str:
    if half is not None:
        return f"({expr}) / 2"
    if ways is not None and REST.search(text) and (paid := DEPOSIT.search(text)) is not None:
        expr = f"({expr}) * (1 - {paid.group(1)}/100)" if paid.group(1) else \
            f"({expr}) - {paid.group(2).replace(',', '')}"  # the rest after a deposit
    if ways is not None and (PER_HEAD.search(text) or REST.search(text)):
        count = next(g for g in ways.groups() if g)
        return f"({expr}) / {_payers(text, count)}"
    if ways is None and EACH_OF_US.search(text) is not None and (
            party := PARTY.search(text)) is not None:
        return f"({expr}) / {_payers(text, party.group(1))}"  # "lunch for 3 …, each of us?"
    return expr


def _payers(text: str, count: str) -> str:
    """Those who share the bill: "Sam does not pay", "everyone but the birthday girl" leave
    one (or the number named) out of the count."""
    if (out := NOT_PAYING.search(text)) is None or int(count) < 2:
        return count
    left = int(out.group(1)) if out.group(1) else 2 if out.group(2) else 1
    return str(int(count) - left) if int(count) > left else count


def _base(text: str, items: list[tuple[str, str]], change: re.Match[str] | None,
          previous: bool) -> str | None:
    if items:
        spans = [(m.start(), m.end()) for m in [*ITEM.finditer(text), *_each_at(text)]]
        extras = [_value(m.group(1), m.group(2)) for m in EXTRA.finditer(text)
                  if not any(a <= m.start(1) < b for a, b in spans)]
        return " + ".join([f"{q} * {p}" for q, p in items] + extras)
    skip = {change.start(), change.end()} if change is not None else set()
    priced = [m for m in PRICE_WORD.finditer(text) if not skip or not
              (change is not None and change.start() <= m.start() < change.end())]
    strong = [m for m in priced if STRONG.match(m.group(0))]
    priced = strong or priced  # "lunch for 3 came to 47.25": the amount it came to
    if priced:
        return _value(priced[0].group(1), priced[0].group(2))
    for m in _amounts(text):
        if change is not None and change.start() <= m.start() < change.end():
            continue
        if re.search(r"\b(?:split|between|among|into|by)\s*$", text[:m.start()]):
            continue
        return _value(m.group(1), m.group(2))
    return "ANS" if previous else None


def _unit_price(text: str) -> str | None:
    """"6 eggs cost 3.00, how much is one?" → 3.00 / 6; "… how much for 10?" → 3.00 / 6 * 10;
    "paid 4.80 for 3 coffees, how much for 7?" → 4.80 / 3 * 7."""
    if (paid := PAID_FOR.search(text)) is not None and (ask := UNIT_ASK.search(
            text, paid.end())) is not None:
        per = f"{_value(paid.group(1), paid.group(2))} / {paid.group(3)}"
        return f"{per} * {ask.group(1)}" if ask.group(1) else per
    unit = UNIT.search(text)
    if unit is None or not re.search(r"\b(?:how\s+much|price|cost|what)\b", text):
        return None
    rest = text[unit.end():]
    ask = UNIT_ASK.search(rest)
    if ask is None and UNIT_BEFORE.search(text[:unit.start()]):  # "what's the unit price if …"
        return f"{_value(unit.group(2), unit.group(3))} / {unit.group(1)}"
    if ask is None:
        return None
    per = f"{_value(unit.group(2), unit.group(3))} / {unit.group(1)}"
    return f"{per} * {ask.group(1)}" if ask.group(1) else per


def money_rate(text: str) -> str | None:
    """"my bill is 120 a month, how much per year?" → 120 * 12 (only exact period pairs)."""
    rate = RATE.search(text)
    if rate is None:
        return None
    ask = next((m for m in RATE_ASK.finditer(text, rate.end()) if not re.search(
        r"\d\s*(?:hours?|hrs?|h|days?|nights?|times|shifts?|lessons?|sessions?)\s*$",
        text[:m.start()], re.I)), None)  # "… 40 hours a week": how long, not what is asked
    if ask is None:
        return None
    have, want = rate.group(3).lower(), ask.group(1).lower()
    amount = _value(rate.group(1), rate.group(2))
    if (want, have) in PERIODS:
        return f"{amount} * {PERIODS[(want, have)]}"
    if (have, want) in PERIODS:
        return f"{amount} / {PERIODS[(have, want)]}"
    return None
