"""Percentages put on, taken off or taken of an amount, whatever the currency or none.

- one amount and percentages put on or taken off it: "add 25% to 85" → 106.25; "242.88
  before tax, sales tax is 6.25%, total?" → 258.06; "I give 134 and work matches it at
  100%, total to the charity?" → 268; "I earn 5,300, save 15% and spend 30% on rent, what's
  left?" → 2,915;
- spread over equal payments: "678 in 12 monthly instalments with a 10% surcharge, how much
  a month?" → 62.15;
- a percentage of an amount named before: "my bill was 97.64, what's 7.5 percent of that?"
  → 7.32;
- the other part of a whole as a percentage: "18 of the 33 students passed, what percentage
  failed?" → 45.45%; a part of a whole: "out of 3741 I spent, 1346 went on eating out, what
  share is that?" → 35.98%.

The text is expanded and lower-cased; each kind needs its cue words and its ask. Money is
shown to the cent with the currency the question named.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import SIGNS, _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
AMOUNT = _c(rf"(?<![\d:.])[$€£¥]?\s?{NUM}(?!\s*(?:%|percent|per\s*cent|months?|monthly|weeks?|"
            rf"years?|days?|times|people|ways|instal+ments?|payments?|parts?|decimals?))")
PCT = _c(rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)")
UP = _c(r"\b(?:add(?:ed|ing)?|plus|with|put(?!\s+(?:away|aside|by))|on\s+top|surcharge|markup|mar"
        r"k[\s-]up|tax|vat|gst|"
        r"hst|tip|service|fee|commission|match(?:es|ed|ing)?|increas\w*|rais\w*|up\s+by|more|"
        r"inflation|interest|extra|charge[sd]?|premium|go(?:es)?\s+up|went\s+up|rises?|rose|grows?|grew|"
        r"jump(?:s|ed)?)\b|\+")
DOWN = _c(r"\b(?:sav(?:e|es|ing)|spend(?:s|ing)?|spent|off|discount\w*|less|minus|take\s+off|"
          r"knock\s+off|reduc\w*|cut|decreas\w*|down\s+by|lose|loses|lost|deduct\w*|tax(?:ed)?\s+"
          r"at|"
          r"goes\s+on|go(?:es)?\s+(?:to|towards|into)|put\s+(?:away|aside)|set\s+aside|go(?:es)?\s+down|"
          r"went\s+down|falls?|fell|drops?|dropped)\b|-|−")
TOTAL_ASK = _c(r"\b(?:total|altogether|in\s+all|all\s+in|at\s+the\s+(?:register|till|checkout)|"
               r"final\s+(?:price|cost|amount|bill)|what\s+(?:do|does|will|would)\s+(?:i|we|you|"
               r"they|it|the\s+\w+)\s+(?:pay|get|receive|cost|come\s+to)|how\s+much\s+(?:do|does|"
               r"will|"
               r"would)\s+(?:i|we|you|they|it|the\s+\w+)\s+(?:pay|get|receive|cost|come\s+to)|"
               r"comes?\s+to|new\s+(?:price|amount|total|value|figure|number)|make\s+it|result|"
               r"what(?:'s|\s+is)\s+(?:that|it|the\s+answer)|answer)\b|=\s*\?")
LEFT_ASK = _c(r"\b(?:left(?:\s+over)?|remain\w*|rest|leftover|spare|everything\s+else|what'?s\s+"
              r"over|to\s+live\s+on|keep)\b")
EACH_ASK = _c(r"\b(?:how\s+much|what)\b[^.?!]*\b(?:a|per|each|every)\s+(month|week|payment|"
              r"instal+ment|year|day|person|head)\b|\b(?:monthly|weekly)\s+(?:payment|amount|"
              r"instal+ment|cost)\b|\beach\s+(?:payment|instal+ment)\b")
PARTS = _c(r"\b(?:in|over|into|across|with|as|by|split\s+(?:into|over))\s+(\d+)\s+(?:equal\s+)?"
           r"(?:monthly\s+|weekly\s+|yearly\s+|annual\s+)?(instal+ments?|payments?|months?|weeks?|"
           r"parts?|years?)\b|\b(\d+)\s+(?:equal\s+)?(?:monthly|weekly)\s+(?:instal+ments?|paymen"
           r"ts?)")
ASK = _c(r"\?|\b(?:what|how\s+much|calculate|work\s+out|tell\s+me|give\s+me|find)\b|^\s*(?:please"
         r"\s+)?"
         r"(?:add|put|take|knock|increase|decrease|reduce|raise)\b")
OTHER = _c(r"\b(?:a|per|each|every)\s+year\b[^.?!]*\b(?:after|in|for|over)\s+\d+\s+years?\b|"
           r"\bcompound\w*\b|\bbefore\s+(?:the\s+)?(?:discount|sale|increase|rise|tax\s+was\s+add"
           r"ed)\b|"
           r"\boriginal(?:ly)?\b|\bwas\s+it\s+before\b|\bsplit\s+\d+\s+ways\b|\bbetween\s+\d+\s+"
           r"(?:people|of\s+us)\b|\b(?:in(?:to)?|to)\s+(?:pounds|dollars|euros|yen|francs|usd|eur"
           r"|gbp|jpy|"
           r"chf|cad|aud)\b")


BY_HOW_MUCH = _c(r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:is\s+|was\s+)?(?:the\s+)?(?:increase|rise|"
                 r"decrease|drop|discount|saving|tax|tip|change|difference|extra)\b|\bhow\s+much\s+"
                 r"(?:more|less|extra)\b")
NEW_ASK = _c(r"\bnew\s+(?:rent|price|total|amount|cost|bill|salary|pay|wage|figure|value|fare)\b|"
             r"\b(?:and|then)\s+(?:what(?:'s|\s+is)\s+)?(?:the\s+)?(?:total|final\s+(?:price|amount))\b")


def _direction(text: str, pct: re.Match[str]) -> str:
    """'+' or '−' from the words nearest the percentage (before it in its clause first)."""
    joined = text.rfind(" and ", 0, pct.start())
    start = max(text.rfind(",", 0, pct.start()), text.rfind(".", 0, pct.start() - 1),
                text.rfind(";", 0, pct.start()), joined + 4 if joined >= 0 else 0, 0)
    before = text[start:pct.start()]
    after = text[pct.end():pct.end() + 40]
    after = re.split(r"[,.;?!]|\band\b", after)[0]
    if re.match(r"\s*(?:away|aside|by|into\s+savings)\b", after):
        return "−"  # "put 10% away"
    ups = [m.end() for m in UP.finditer(before)]
    downs = [m.end() for m in DOWN.finditer(before)]
    if ups or downs:
        return "+" if max(ups or [-1]) > max(downs or [-1]) else "−"
    if DOWN.search(after):
        return "−"
    if UP.search(after):
        return "+"
    return ""


def percents_applied(text: str) -> Reckoned | None:
    """One amount with one or more percentages put on or taken off it, what it comes to
    (or each of a number of equal payments)."""
    if not ASK.search(text) or OTHER.search(text):
        return None
    pcts = list(PCT.finditer(text))
    if len(pcts) > 4 or (not pcts and not re.search(r"\binterest[\s-]free\b|\bno\s+(?:interest|"
                                                    r"surcharge|extra)\b", text)):
        return None
    inside = [p.span() for p in pcts]
    parts = PARTS.search(text)
    if parts is not None:
        inside.append(parts.span())
    amounts = [m for m in AMOUNT.finditer(text) if not any(a <= m.start(1) < b for a, b in inside)]
    each = EACH_ASK.search(text)
    both = BY_HOW_MUCH.search(text) is not None and NEW_ASK.search(text) is not None
    if len(amounts) != 1 or not (TOTAL_ASK.search(text) or LEFT_ASK.search(text) or (
            each and parts) or both or re.match(r"\s*(?:please\s+)?(?:add|put)\b", text)):
        return None
    from core.agents.prices import money_expression

    if len(pcts) == 1 and (parts is None or each is None) and not both and \
            money_expression(text) is not None:
        return None  # one price with a percentage on it: the plain calculation answers
    if len(pcts) > 1 and re.search(r"\b(?:off|discount\w*|coupon|voucher|another|further|then|"
                                   r"on\s+top\s+of\s+that)\b", text):
        return None  # successive discounts: each on the price after the one before
    ways = [_direction(text, p) for p in pcts]
    for at in range(1, len(ways)):  # "40% goes on rent and 10% on bills": the same way
        ways[at] = ways[at] or ways[at - 1]
    if "" in ways or (LEFT_ASK.search(text) and "+" in ways and len(ways) > 1):
        return None
    base = _f(amounts[0].group(1))
    rate = sum((_f(p.group(1)) if w == "+" else -_f(p.group(1)) for p, w in zip(pcts, ways,
                                                                                 strict=True)),
               Fraction(0))
    value = base * (1 + rate / 100)
    if value < 0:
        return None
    sign = sign_of(text)
    said = " ".join(f"{w} {p.group(1)}%" for p, w in zip(pcts, ways, strict=True))
    basis = f"{show(base)} {said} = {show(base)} × {show(1 + rate / 100)}"
    name = "left" if LEFT_ASK.search(text) and "−" in ways else "total"
    if parts is not None and each is not None:
        count = _f(parts.group(1) or parts.group(3))
        if count <= 0:
            return None
        value /= count
        basis += f", ÷ {show(count)} payments"
        name = "each payment"
    cents = sign or any("." in m.group(1) for m in amounts)
    if both and parts is None:  # "by how much, and what's the new rent?"
        change = value - base
        said_change = money(abs(change), sign) if cents else show(abs(change))
        said_value = money(value, sign) if cents else show(value)
        way = "up" if change >= 0 else "down"
        return Reckoned("new amount", value, SIGNS.get(sign, ""), basis,
                        text=f"{way} by {said_change}, to {said_value}")
    return Reckoned(name, value, SIGNS.get(sign, ""), basis,
                    text=money(value, sign) if cents else show(value))


OF_THAT = _c(rf"\b(?:what(?:'s|\s+is|\s+would\s+be|\s+will\s+be)?|how\s+much\s+is|calculate|work\s+"
             rf"out|find)\s+{NUM}\s*(?:%|percent|per\s*cent)\s+of\s+(?:that|it|this|the\s+(?:bill|"
             rf"total|amount|price|cost|sum|figure|number))\b")


def percent_of_that(text: str) -> Reckoned | None:
    """A percentage of the one amount named before the ask ("…, what's 7.5% of that?")."""
    ask = OF_THAT.search(text)
    if ask is None:
        return None
    amounts = [m for m in AMOUNT.finditer(text[:ask.start()])]
    if len(amounts) != 1 or PCT.search(text, 0, ask.start()) or len(re.findall(
            r"\bwhat|\bhow\s+(?:much|many)", text)) > 1 or text.count("?") > 1:
        return None
    base, rate = _f(amounts[0].group(1)), _f(ask.group(1))
    value = base * rate / 100
    sign = sign_of(text)
    basis = f"{show(rate)}% of {show(base)}"
    shown = money(value, sign) if sign or "." in amounts[0].group(1) else show(value)
    return Reckoned("share", value, SIGNS.get(sign, ""), basis, text=shown)


PART_OF = _c(r"(?<![\d.])(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|our\s+|my\s+|all\s+)?(\d[\d,]*)\s+"
             r"(?:([a-z]+)(?:\s+[a-z]+)?\s+)?(?:passed|failed|said|voted|chose|were|are|did|got|have|h"
             r"ad|"
             r"came|turned|went|took|bought|answered|finished|completed|showed|left|stayed|"
             r"liked|agreed|attended|is|was|were|[a-z]{3,}ed)\b([^.?!]*)")
OTHER_ASK = _c(r"\b(?:what|which)\s+(?:percent(?:age)?|%|share|proportion|fraction)\s+(?:of\s+"
               r"(?:them|the\s+\w+)\s+)?(?:\w+\s+)?(didn'?t|did\s+not|failed|didn'?t\s+\w+|"
               r"weren'?t|were\s+not|are\s+not|aren'?t|stayed|didn't|did|were|are|passed|said|"
               r"voted|\w+ed)\b")
OPPOSITE = {"passed": "failed", "failed": "passed", "came": "stayed away", "stayed": "left",
            "left": "stayed", "agreed": "disagreed", "attended": "missed"}


def other_share(text: str) -> Reckoned | None:
    """The share of a whole that is the part named, or the rest ("18 of 33 passed: what
    percentage failed?")."""
    told, ask = PART_OF.search(text), OTHER_ASK.search(text)
    if told is None or ask is None or ask.start() < told.start():
        return None
    part, whole = _f(told.group(1)), _f(told.group(2))
    if whole <= 0 or part > whole:
        return None
    after_whole = told.end(3 if told.group(3) else 2)
    verb_told = re.search(r"\s(\w+)\b", text[after_whole:told.start(4)] or " ")
    said = verb_told.group(1) if verb_told else ""
    asked = ask.group(1).lower()
    same = asked == said or (asked in ("did", "were", "are") and not re.search(r"n'?t|not", asked))
    rest = not same and (asked in (OPPOSITE.get(said, "-"),) or re.search(r"n'?t\b|\bnot\b", asked)
                         or asked in ("failed", "stayed"))
    said_after = re.split(r"[,;]|\bwhat\b", told.group(4))[0]
    answers = re.findall(r"\b(yes|no)\b", said_after + " | " + text[ask.end():ask.end() + 12])
    if len(answers) == 2 and asked == said:
        same, rest = answers[0] == answers[1], answers[0] != answers[1]
    if not same and not rest:
        return None
    count = whole - part if rest else part
    value = count / whole * 100
    basis = (f"({show(whole)} − {show(part)}) ÷ {show(whole)} × 100" if rest else
             f"{show(part)} ÷ {show(whole)} × 100")
    return Reckoned("share", value, "%", basis, text=f"{show(value)}% ({show(count)} of "
                                                     f"{show(whole)})")


SHARE_ASK = _c(r"\b(?:what|which)\s+(?:share|percent(?:age)?|%|proportion|part|fraction)\b|"
               r"\bhow\s+much\s+of\s+(?:my|our|the)\s+\w+\s+(?:is|was)\s+that\b|\bas\s+a\s+"
               r"(?:percent(?:age)?|share)\b|\bin\s+percent\b")
OUT_OF_WHOLE = _c(rf"\bout\s+of\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:total\s+(?:of\s+)?)?[$€£¥]?"
                  rf"{NUM}\b"
                  rf"([^.?!]*?)[$€£¥]?{NUM}\s+(?:\w+\s+){{0,2}}(?:went|goes|was|is|were|are|spent|"
                  rf"on|for|paid)\b")


def share_of_spending(text: str) -> Reckoned | None:
    """A part of a whole (the whole said first) as a percentage."""
    told, ask = OUT_OF_WHOLE.search(text), SHARE_ASK.search(text)
    if told is None or ask is None or PCT.search(text):
        return None
    whole, part = _f(told.group(1)), _f(told.group(3))
    if whole <= 0 or part > whole:
        return None
    value = part / whole * 100
    return Reckoned("share", value, "%", f"{show(part)} ÷ {show(whole)} × 100")


KINDS = (other_share, share_of_spending, percent_of_that, percents_applied)
