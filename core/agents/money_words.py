"""Money and percentage word problems read by the roles of their amounts.

Each kind names the roles it needs (a buying and a selling
price, a principal, a rate and a time, an old and a new amount, an hourly rate with
normal and overtime hours, a trip with a fuel consumption and a fuel price) and finds
them by the words around the numbers, in any order and wording:

- profit or loss, or as a percentage: "picked it up for 250 and resold it at 310, what
  percentage profit?" → a :class:`Change` from 250 to 310 (shown with its % sign by
  :mod:`core.agents.words_reckon`);
- simple interest (or the total owed with it): "2,000 borrowed at 4% a year simple
  interest for 18 months" → ``2000 * 4/100 * 18/12``;
- the percentage change between an old and a new amount: "there were 4,500 members last
  year and 4,140 now, by how many percent did it drop?" (a :class:`Change` too);
- overtime pay: "18.50 an hour, 40 standard hours and 6 at double time".

A trip's fuel cost and growth at a steady rate are in :mod:`core.agents.rates_words`; a
price with or without its tax in :mod:`core.agents.money_tax`.

The text is already expanded and lower-cased; each kind needs its own cue words (and the
caller a question), so a sentence that merely holds numbers stays conversation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NUM = r"(\d[\d,]*(?:\.\d+)?|\.\d+)(?![\d,]*\.?\d)"
CUR = r"(?:[$€£¥]\s?)"
MONEY = rf"{CUR}?{NUM}\s*(?:dollars?|euros?|pounds?|bucks|usd|eur|gbp)?"
PCT = rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)"


@dataclass(frozen=True, slots=True)
class Priced:
    expression: str
    money: bool


def _pcts(text: str) -> list[re.Match[str]]:
    return list(_c(PCT).finditer(text))


def plain_amounts(text: str, skip: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Amounts that are not percentages, times or inside ``skip``."""
    out = []
    for m in _c(MONEY).finditer(text):
        tail = text[m.end(1):m.end(1) + 14]
        if re.match(r"\s*(?:%|percent|per\s*cent|years?|yrs?|months?|weeks?|days?|hours?|hrs?"
                    r"|h\b|x\b|times\b)", tail, re.I):
            continue
        if any(a <= m.start(1) < b for a, b in skip):
            continue
        out.append(m)
    return out


# --- profit or loss -----------------------------------------------------------------------

BOUGHT = _c(rf"\b(?:bought|buy|buying|purchased?|purchasing|paid|pay|paying|spent|spending|"
            rf"put\s+in|picked\s+(?:\w+\s+)?up|got|acquired|costs?(?:\s+(?:me|us))?|cost\s+price|invested|(?:make|produce)\s+(?:it|them|each|one)\s+(?=for\b))\b(?:\s+(?!sold\b|for\b|at\b)"
            rf"[a-z'-]+){{0,4}}?\s*(?:for|at|was|is|of|:)?\s*{MONEY}")
SOLD = _c(rf"\b(?:sold|sell|selling|resold|resell|sale\s+price|flipped|got\s+back|fetched|"
          rf"went\s+for)\b(?:\s+(?!bought\b|for\b|at\b)[a-z'-]+){{0,4}}?\s*(?:for|at|was|is|of|"
          rf":)?\s*{MONEY}")
GAIN_PCT = _c(r"\b(?:profit|loss|gain|return|mark[- ]?up|margin|made|make|lost|lose|earn\w*|"
              r"roi)\b")
MADE = _c(rf"\b(?:made|make|gained|earned|profit\s+(?:of|was|is)|lost|lose|loss\s+(?:of|was|is))\s+"
          rf"(?:a\s+profit\s+of\s+|a\s+loss\s+of\s+)?{MONEY}(?!\s*%)")
PCT_WORD = _c(r"%|\bpercent(?:age)?\b|\bper\s*cent\b|\broi\b|\breturn\s+on\s+investment\b")


def _bought_sold(text: str) -> tuple[str, str] | None:
    if not GAIN_PCT.search(text):
        return None
    bought, sold = BOUGHT.search(text), SOLD.search(text)
    if bought is None or sold is None or bought.start(1) == sold.start(1):
        return None
    cost, price = _n(bought.group(1)), _n(sold.group(1))
    return None if float(cost) == 0 else (cost, price)


def _profit(text: str) -> Priced | None:
    """The profit or loss itself; as a percentage it is a :class:`Change`."""
    found = _bought_sold(text)
    if found is None or PCT_WORD.search(text):
        return None
    cost, price = found
    return Priced(f"abs({price} - {cost})", True)


# --- simple interest ----------------------------------------------------------------------

SIMPLE = _c(r"\bsimple\s+interest\b|\binterest\b(?:[^.?!]|\.\d)*\b(?:simple|not\s+compound\w*|"
            r"flat)\b|"
            r"\bflat\s+(?:rate|interest)\b")
SPAN = _c(rf"{NUM}\s*(years?|yrs?|months?|mos?)\b")
TOTAL_ASK = _c(r"\b(?:total|altogether|in\s+all|owe|repay|pay\s+back|balance|end\s+up|grow\s+to|"
               r"be\s+worth|have\s+(?:at\s+the\s+end|after|in\s+total)|amount\s+to|final\s+amount)\b")
INTEREST_ASK = _c(r"\btotal\s+interest\b|\binterest\s+(?:total|amount)\b|"
                  r"\b(?:how\s+much|what)\s+(?:is\s+the\s+|in\s+)?interest\b|\binterest\s+"
                  r"(?:do|will|would|did|earned|paid|owed|charged|comes?|is)\b")


def _simple_interest(text: str) -> Priced | None:
    if not SIMPLE.search(text) or (span := SPAN.search(text)) is None:
        return None
    rates = _pcts(text)
    if len(rates) != 1:
        return None
    principal = plain_amounts(text, [(rates[0].start(), rates[0].end()),
                                      (span.start(), span.end())])
    if not principal:
        return None
    years = _n(span.group(1)) + ("/12" if span.group(2).startswith("mo") else "")
    p, r = _n(principal[0].group(1)), _n(rates[0].group(1))
    interest = f"{p} * {r}/100 * {years}"
    if TOTAL_ASK.search(text) and not INTEREST_ASK.search(text):
        return Priced(f"{p} + {interest}", True)
    return Priced(interest, True)


# --- percentage change between two amounts -------------------------------------------------

CHANGE_ASK = _c(r"\b(?:return|gain|growth|change)\b[^.?!\d]{0,30}\b(?:as\s+a|in)\s+"
                r"(?:percent(?:age)?|%)|\bby\s+(?:what|which|how\s+many|how\s+much\s+(?:of\s+a\s+)?)\s*"
                r"(?:percent(?:age)?|per\s*cent|%)|\b(?:what|which)\s+(?:percent(?:age)?|per\s*"
                r"cent|%)\s+(?:\w+\s+){0,3}?(?:change|increase|decrease|drop|fall|rise|growth|"
                r"decline|reduction|loss|gain|shrink\w*|gr[eo]w\w*|f[ae]ll|dropped|rose|went|"
                r"declined|increased|decreased|up|down|more|less|higher|lower|cheaper|dearer|lose|"
                r"lost|gained|cut|saved?|shed)\b|"
                r"\bpercent(?:age)?\s+(?:change|increase|decrease|rise|drop|fall|growth|decline|"
                r"reduction|difference|gain|loss|return|jump|climb)\b|%\s*(?:change|increase|"
                r"decrease|rise|drop|fall|growth|gain|loss|return|jump)\b"
                r"|\bhow\s+many\s+percent\b|\b(?:change|increase|decrease|rise|drop|fall|growth|"
                r"decline)\s+(?:in|as\s+a)\s+percent(?:age)?\b|\bpercentage[- ]points?\b|"
                r"\b(?:what|which|how\s+many)\s+(?:percent(?:age)?|per\s*cent|%)\s+(?:off|discount|"
                r"saving|cheaper)\b|\b(?:discount|saving)\s+(?:as\s+a\s+)?percent(?:age)?\b|"
                r"\bpercent(?:age)?\s+(?:discount|saving|off)\b|%\s*(?:off|discount|saving)\b")
IN_PERCENT = _c(r"\b(?:in|as\s+a)\s+percent(?:age)?\b|\bhow\s+much\s+percent\b|\b(?:what|which)\s+"
                r"(?:percent(?:age)?|%)\s+(?:is\s+)?(?:that|this|it)\b|\bpercent(?:age)?\s*\?")
CHANGE_VERB = _c(r"\b(?:went|gone|go(?:es)?)\s+(?:up|down)\b|\b(?:rose|risen|rise[sn]?|fell|fallen|"
                 r"falls?|increased|decreased|dropped|grew|grown|shrank|shrunk|climbed|declined|"
                 r"jumped|slipped)\b|\bfrom\s+[$€£¥]?\d")
TIME_NUMBER = _c(r"^\s*(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)\s+(?:ago|"
                 r"earlier|before|back|later|on)\b")
YEAR_BEFORE = _c(r"\b(?:in|since|by|of|from|until|to)\s+$")
OLD_CUE = _c(r"\b(?:ago|last|previous(?:ly)?|used\s+to|was|were|originally|before|earlier|"
             r"back\s+then|at\s+first|at\s+the\s+start|initially|old|normally|usually|"
             r"regular(?:ly)?|full\s+price|list\s+price|rrp|original)\b")
NEW_CUE = _c(r"\b(?:now|today|currently|this\s+year|at\s+present|these\s+days|nowadays|new|"
             r"latest|paid|pay|sale\s+price|discounted|reduced)\b")
POINTS = _c(r"\bpercentage[- ]points?\b|\b(?:how\s+many|by\s+how\s+many)\s+points\b|\bpp\b")
THAN = _c(r"\b(?:more|less|higher|lower|bigger|smaller|greater|cheaper|dearer|larger)\s+than"
          r"\s*$")


@dataclass(frozen=True, slots=True)
class Change:
    """A percentage change: from ``old`` to ``new``, as a share of ``base``."""

    old: str
    new: str
    base: str
    kind: str  # "profit" (a buying and a selling price), "margin" or "change"


def percent_change(text: str) -> Change | None:
    """The percentage change a question asks for (a profit or loss on a resale, a change
    between an old and a new amount), or None."""
    if len(text) > 600:
        return None
    made = MADE.search(text)
    paid = BOUGHT.search(text)
    if made is not None and paid is not None and PCT_WORD.search(text) and SOLD.search(text) \
            is None and made.start(1) != paid.start(1) and float(_n(paid.group(1))) > 0:
        spent, gain = _n(paid.group(1)), _n(made.group(1))  # "made 30 on something that cost 120"
        lost = re.search(r"\b(?:lost|lose|loss)\b", made.group(0)) is not None
        after = Fraction(spent) - Fraction(gain) if lost else Fraction(spent) + Fraction(gain)
        return Change(spent, str(float(after)) if after.denominator != 1 else str(after),
                      spent, "profit")
    if (sale := _bought_sold(text)) is not None and PCT_WORD.search(text):
        cost, price = sale
        if re.search(r"\bmargin\b", text) and not re.search(r"mark[- ]?up", text):
            return Change(cost, price, price, "margin")
        return Change(cost, price, cost, "profit")
    return _two_amounts(text)


def _two_amounts(text: str) -> Change | None:
    if not CHANGE_ASK.search(text) and not (IN_PERCENT.search(text) and CHANGE_VERB.search(text)):
        return None
    found = []
    for m in _c(MONEY).finditer(text):
        number = m.group(1).rstrip(",")  # "to 60, percentage drop?": 60 is no rate
        rest, before = text[m.start(1) + len(number):], text[:m.start()]
        if re.match(r"\s*(?:%|percent|per\s*cent)", rest, re.I) or TIME_NUMBER.match(rest):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", number) and YEAR_BEFORE.search(before):
            continue
        found.append(m)
    if not found and len(rates := _pcts(text)) == 2:  # "from 3% to 4.5%": two rates
        old_rate, new_rate = _n(rates[0].group(1)), _n(rates[1].group(1))
        if POINTS.search(text):
            return Change(old_rate, new_rate, "1", "points")
        return None if float(old_rate) == 0 else Change(old_rate, new_rate, old_rate, "change")
    if len(found) > 2:  # "2019 had 12,000, 2023 had 9,000": the years only name the amounts
        found = [m for m in found if not re.fullmatch(r"(?:19|20)\d\d", m.group(1))]
    if len(found) != 2:
        return None
    first, second = found
    old, new = _n(first.group(1)), _n(second.group(1))
    between = text[first.end():second.start()]
    if THAN.search(between):
        old, new = new, old  # "by what percent is 60 more than 48?": 48 is the base
    else:
        cut = re.search(r"[,;.]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b", between)
        own = between[:cut.start()] if cut else ""
        rest = between[cut.end():] if cut else between
        head = text[max(0, first.start() - 40):first.start()] + " " + own
        tail = rest + " " + text[second.end():second.end() + 25]
        if NEW_CUE.search(head) and OLD_CUE.search(tail) and not OLD_CUE.search(head):
            old, new = new, old
    if float(old) == 0:
        return None
    return Change(old, new, old, "change")


# --- overtime pay ----------------------------------------------------------------------------

HOURLY = _c(rf"{MONEY}\s*(?:an|a|per|/|each|every)\s*(?:hour|hr|h)\b|\b(?:hourly\s+(?:rate|"
            rf"wage|pay)|rate|wage)\s+(?:is\s+|of\s+|was\s+|:\s*)?{MONEY}(?!\s*%)")
MULTIPLIER = ((r"time[-\s]+and[-\s]+an?[-\s]+half|1\.5\s*(?:x|×|times)|(?:x|×)\s*1\.5|"
               r"150\s*%|one\s+and\s+a\s+half\s+times|1\.5", "3/2"),
              (r"double\s+time|double\s+(?:the\s+)?(?:rate|pay)|twice\s+the\s+(?:rate|pay)|"
               r"2\s*(?:x|×)|(?:x|×)\s*2\b|200\s*%", "2"),
              (r"time\s+and\s+a\s+quarter|1\.25\s*(?:x|×|times)|(?:x|×)\s*1\.25|125\s*%", "5/4"))
HOURS = _c(rf"{NUM}\s*(?:more\s+|extra\s+|additional\s+|normal\s+|regular\s+|standard\s+|basic\s+|"
           rf"base\s+|ordinary\s+|overtime\s+)?(?:hours?|hrs?|h)\b|"
           rf"{NUM}\s+(?:normal|regular|standard|basic|ordinary|overtime)\b")
THRESHOLD = _c(rf"\b(?:over|above|beyond|after|past|more\s+than|in\s+excess\s+of)\s+{NUM}"
               rf"(?!\s*(?:%|percent|an?\s+hour|per|/))")
OVER = _c(r"\b(?:over|above|beyond|after|past|more\s+than|in\s+excess\s+of|first)\s*$")
WORKED_N = _c(rf"\b(?:worked|work|did|put\s+in)\s+(?:about\s+|around\s+)?{NUM}(?!\s*(?:%|[$€£¥]|"
              rf"dollars?|euros?|pounds?|days?|weeks?|shifts?|times|an?\s+hour|per|/))")
OT_NEAR = _c(r"^\s*(?:(?:hours?|hrs?|h)\s+)?(?:of\s+)?(?:overtime|ot|extra|at\s+(?:time|double))|"
             r"^\s*(?:extra|overtime|additional)\b")


# overtime named, or hours past a limit paid at a multiple ("over 40 h is paid at 1.5×")
OT_CUE = _c(r"\bovertime\b|\btime[-\s]+and[-\s]+an?[-\s]+(?:half|quarter)\b|\bdouble[-\s]time\b|"
            r"\b(?:over|above|beyond|after|past|more\s+than)\s+\d+(?:\.\d+)?\s*(?:hours?|hrs?|h)\b"
            r"[^.?!]*\b(?:paid\s+)?at\s+(?:1\.5|2|1\.25)\s*(?:x|×|times)")


def _overtime(text: str) -> Priced | None:
    if not OT_CUE.search(text) or (rate := HOURLY.search(text)) is None:
        return None
    factor = next((f for p, f in MULTIPLIER if re.search(p, text, re.I)), None)
    if factor is None:
        return None
    r = _n(rate.group(1) or rate.group(2))
    normal: list[str] = []
    extra: list[str] = []
    over: str | None = None
    for m in HOURS.finditer(text):
        if rate.start() <= m.start() < rate.end():
            continue
        value, before = _n(m.group(1) or m.group(2)), text[:m.start()]
        if OVER.search(before):
            over = value
        elif OT_NEAR.search(text[m.end(1 if m.group(1) else 2):m.end() + 24]) or re.search(
                r"\b(?:overtime|extra|ot)\s+(?:of\s+|was\s+|is\s+)?$", before) or "overtime" \
                in m.group(0) or "extra" in m.group(0) or "more" in m.group(0):
            extra.append(value)
        else:
            normal.append(value)
    if over is None and (bare := THRESHOLD.search(text)) is not None:
        over = _n(bare.group(1))
        normal = [h for h in normal if h != over]
    said = WORKED_N.search(text)  # "… after 40 hours. I worked 46.": the hours worked, bare
    if over is not None and said is not None and not extra and _n(said.group(1)) != over:
        normal = [_n(said.group(1))]
    if over is not None and len(normal) == 1 and not extra:
        worked = normal[0]
        if float(worked) <= float(over):
            return Priced(f"{r} * {worked}", True)
        return Priced(f"{r} * {over} + {r} * {factor} * ({worked} - {over})", True)
    if len(extra) == 1 and len(normal) <= 1:
        base = normal[0] if normal else over
        if base is None:  # only the overtime hours: the overtime pay
            return Priced(f"{r} * {factor} * {extra[0]}", True)
        return Priced(f"{r} * {base} + {r} * {factor} * {extra[0]}", True)
    return None


# --- a share of an amount named by what it is for ---------------------------------------------

SHARE_FOR = _c(rf"{PCT}\s*(?:of\s+(?:it|that|this|the\s+\w+|my\s+\w+)\s+)?(?:on|for|to|goes\s+"
               rf"(?:to|on)|is\s+(?:spent\s+on|for|set\s+aside\s+for)|into)\s+(?:the\s+|my\s+|our\s+)?"
               rf"([a-z]+)")
SHARE_ASK = (r"\bhow\s+much\b[^.?!]*\b{word}\b|\bwhat\s+(?:is|'s|do\s+i\s+\w+\s+on)\s+"
             r"(?:the\s+|my\s+)?{word}\b")


def _share_for(text: str) -> Priced | None:
    """"I earn 2,800 a month and spend 35% on rent. how much is rent?" → 2800 * 35/100."""
    share = SHARE_FOR.search(text)
    if share is None or len(_pcts(text)) != 1:
        return None
    word = re.escape(share.group(2))
    if not re.search(SHARE_ASK.format(word=word), text[share.end():], re.I):
        return None
    amounts = plain_amounts(text, [(share.start(), share.end())])
    if len(amounts) != 1:
        return None
    return Priced(f"{_n(amounts[0].group(1))} * {_n(share.group(1))}/100", True)


# --- a fee, commission or deposit at a rate on an amount -------------------------------------

CUT = _c(r"\b(?:commission|fees?|deposit|down\s*payment|royalt(?:y|ies)|cash\s*back|cashback|"
         r"bonus|agent|broker|takes?|charges?|levy|tithe|finder'?s\s+fee|stake)\b")
CUT_ASK = _c(r"\b(?:how\s+much|what)\b")
NOT_CUT = _c(r"\b(?:tip|tax|vat|gst|discount|off|sale|interest|increase|decrease|profit|loss|"
             r"raise|rise)\b|\b(?:what|which)\s+(?:percent|%)|\bpercentage\b")


def _cut(text: str) -> Priced | None:
    """"the agent takes 1.5% of the 350,000 sale, how much is the fee?" → 350000 * 1.5/100."""
    if not CUT.search(text) or not CUT_ASK.search(text) or NOT_CUT.search(text):
        return None
    rates = _pcts(text)
    if len(rates) != 1:
        return None
    amounts = plain_amounts(text, [(rates[0].start(), rates[0].end())])
    if len(amounts) != 1:
        return None
    return Priced(f"{_n(amounts[0].group(1))} * {_n(rates[0].group(1))}/100", True)


KINDS: tuple[Callable[[str], Priced | None], ...] = (
    _profit, _simple_interest, _overtime, _share_for, _cut)


def priced(text: str) -> Priced | None:
    """The calculation a money or percentage word problem asks for, or None."""
    if len(text) > 600:
        return None
    for kind in KINDS:
        found = kind(text)
        if found is not None:
            return found
    return None
