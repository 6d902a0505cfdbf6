"""Money read from shares of amounts: a yield, a saving out of each pay, an expected gain
and a bill split in proportion.

- a dividend yield: "share price 140, annual dividend 5.46 - the dividend yield?" → 3.9%;
  a quarterly dividend counts four times a year;
- a share of each pay saved: "I put away 12% of my 4,700 pay every month, how much after a
  year?" → 6,768.00; weekly or yearly too, over months, weeks or years;
- an expected gain: "a ticket costs 2, 1 in 500 wins 400 - expected net gain per ticket?"
  → −1.2 (the price taken off when the net gain or the cost is asked about);
- a bill shared in proportion to sizes: "split the 1942 rent by room size: mine is 17 m²,
  Jo's 11 m², Sam's 16 m²" → 750.32, 485.50 and 706.18.

The text is expanded and lower-cased; each kind needs its cue words and an ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.money_reckon import _f, money, sign_of
from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned, show

NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
CASH = rf"(?<![\d:.])[$€£¥]?\s?{NUM}"
PCT = rf"{NUM}\s*(?:%|percent\b|per\s*cent\b)"


def _pct(value: Fraction) -> str:
    return f"{show(value)}%"


# --- a yield --------------------------------------------------------------------------------

DIVIDEND = _c(rf"\b(?:(quarterly|monthly|annual|yearly)\s+)?dividends?\s+(?:of\s+|is\s+|was\s+|"
              rf"=\s*|:\s*)?(?:about\s+)?{CASH}(?:\s*(?:a|per|each)\s+(year|quarter|month|share))?|"
              rf"{CASH}\s*(?:a\s+share\s+)?(?:in\s+)?(?:(quarterly|monthly|annual|yearly)\s+)?"
              rf"dividends?\b")
SHARE_PRICE = _c(rf"\b(?:share|stock)\s+(?:price\s+)?(?:is\s+|of\s+|at\s+|costs?\s+|"
                 rf"trades?\s+at\s+|=\s*|:\s*)?{CASH}|\b(?:price|trading|trades|priced)\s+(?:is\s"
                 rf"+|of\s+|at\s+|"
                 rf"=\s*|:\s*)?{CASH}|\bshares?\s+(?:at|for|costing)\s+{CASH}")
YIELD_ASK = _c(r"\byield\b|\breturn\s+(?:in|as\s+a)\s+percent|\bwhat\s+(?:percent(?:age)?|%)\b")
TIMES_A_YEAR = {"quarterly": 4, "quarter": 4, "monthly": 12, "month": 12}


def dividend_yield(text: str) -> Reckoned | None:
    if not YIELD_ASK.search(text) or (div := DIVIDEND.search(text)) is None:
        return None
    price = next((m for m in SHARE_PRICE.finditer(text)
                  if not div.start() <= m.start() < div.end()), None)
    if price is None:
        return None
    paid = _f(div.group(2) or div.group(4))
    often = (div.group(1) or div.group(3) or div.group(5) or "").lower()
    times = TIMES_A_YEAR.get(often, 1)
    cost = _f(next(g for g in price.groups() if g))
    if cost == 0:
        return None
    value = paid * times / cost * 100
    said = f"{div.group(2) or div.group(4)} × {times}" if times != 1 else (div.group(2) or
                                                                        div.group(4))
    return Reckoned("dividend yield", value, "%", f"{said} ÷ {show(cost)} × 100",
                    text=_pct(value))


# --- a share of each pay saved --------------------------------------------------------------

SAVE = _c(rf"\b(?:save|saving|saves|put\s+(?:away|aside|by)|set\s+aside|invest|keep|bank|"
          rf"stash)\s+(?:away\s+)?{PCT}\s+of\s+(?:my\s+|his\s+|her\s+|our\s+|their\s+|the\s+|"
          rf"each\s+)?(?:\w+\s+)?{CASH}")
EVERY = _c(r"\b(?:every|each|a|per)\s+(week|month|year|fortnight)\b|\b(weekly|monthly|yearly|"
           r"annual|fortnightly)\b")
OVER = _c(r"\b(?:after|in|over|for|within)\s+(?:a|an|one|(\d+(?:\.\d+)?))\s+(weeks?|months?|"
          r"years?|fortnights?)\b|\b(?:a|one)\s+(year|month)\s+(?:later|from\s+now)\b")
PER_YEAR = {"week": 52, "weekly": 52, "month": 12, "monthly": 12, "year": 1, "yearly": 1,
            "annual": 1, "fortnight": 26, "fortnightly": 26}
ASK = _c(r"\bhow\s+much\b|\bwhat\b|\btotal\b|\?")


def saved_share(text: str) -> Reckoned | None:
    if (save := SAVE.search(text)) is None or not ASK.search(text):
        return None
    every = EVERY.search(text, save.end()) or EVERY.search(text)
    over = OVER.search(text)
    if every is None or over is None:
        return None
    each = PER_YEAR[(every.group(1) or every.group(2)).lower()]
    count = _f(over.group(1) or "1")
    span = (over.group(2) or over.group(3)).lower().rstrip("s")
    periods = count * each / PER_YEAR[span]
    if periods.denominator != 1 or periods <= 0:
        return None
    pct, pay = _f(save.group(1)), _f(save.group(2))
    value = pay * pct / 100 * periods
    sign = sign_of(text)
    basis = f"{save.group(1)}% × {save.group(2)} = {money(pay * pct / 100, sign)} × {periods}"
    return Reckoned("saved", value, "", basis,
                    text=f"{money(value, sign)} ({money(pay * pct / 100, sign)} × {periods})")


# --- an expected gain ------------------------------------------------------------------------

CHANCE = _c(rf"\b(\d+)\s+(?:in|out\s+of)\s+(\d[\d,]*)\b|{PCT}\s+chance|\bprobability\s+(?:of\s+"
            rf"(?:winning\s+)?(?:is\s+)?)?(0?\.\d+)|\b(?:probability|chance|odds)\s+(?:of\s+(?:wi"
            rf"nning\s+)?)?"
            rf"(?:is\s+)?(\d+)\s*/\s*(\d+)\b|\b(\d+)\s*/\s*(\d+)\s+(?:chance|probability)\b")
OTHERWISE = _c(rf"\b(?:otherwise|or\s+else|else|if\s+not|the\s+rest\s+of\s+the\s+time)\s*,?\s*(?:"
               rf"you\s+|i\s+|"
               rf"we\s+)?(?:lose|pay|forfeit)\s+{CASH}")
PRIZE = _c(rf"\b(?:wins?|winning|prize\s+(?:of|is)|pays?\s+out|jackpot\s+(?:of|is))\s+{CASH}")
COST = _c(rf"\b(?:costs?|price\s+(?:is|of)|pay|paying|bet|stake|entry\s+(?:fee\s+)?(?:is|of))\s+"
          rf"{CASH}|{CASH}\s+(?:a|per|each)\s+(?:ticket|go|play|entry|bet|game)\b")
EXPECTED = _c(r"\bexpected\s+(?:value|gain|net|loss|profit|return|winnings?|payout|outcome)|"
              r"\bon\s+average\b.*\b(?:win|gain|lose|get)\b|\bexpectation\b")
NET = _c(r"\bnet\b|\bcounting\s+(?:the\s+)?(?:price|cost|ticket|stake)|\bprofit\b|\bloss\b|"
         r"\bgain\b|\bafter\s+(?:paying|the\s+(?:price|cost))|\bincluding\s+(?:the\s+)?(?:price|"
         r"cost)|\bminus\s+the\s+(?:price|cost)")


def expected_gain(text: str) -> Reckoned | None:
    if not EXPECTED.search(text) or (prize := PRIZE.search(text)) is None:
        return None
    if (chance := CHANCE.search(text)) is None:
        return None
    if chance.group(1):
        if _f(chance.group(2)) == 0:
            return None
        odds = _f(chance.group(1)) / _f(chance.group(2))
    elif chance.group(3):
        odds = _f(chance.group(3)) / 100
    elif chance.group(4):
        odds = _f(chance.group(4))
    else:
        top, bottom = (chance.group(5), chance.group(6)) if chance.group(5) else (
            chance.group(7), chance.group(8))
        if _f(bottom) == 0:
            return None
        odds = _f(top) / _f(bottom)
    if not 0 < odds <= 1:
        return None
    win = _f(prize.group(1)) * odds
    if (lose := OTHERWISE.search(text)) is not None and odds < 1:
        loss = _f(lose.group(1) or lose.group(2))
        value = win - loss * (1 - odds)
        return Reckoned("expected value", value, "",
                        f"{prize.group(1)} × {odds} − {show(loss)} × {1 - odds}",
                        text=f"{show(value)} per game on average")
    cost = next((m for m in COST.finditer(text) if not prize.start() <= m.start() < prize.end()),
                None)
    sign = sign_of(text)
    basis = f"{prize.group(1)} × {show(odds) if odds >= Fraction(1, 100) else odds}"
    if cost is not None and NET.search(text):
        price = _f(cost.group(1) or cost.group(2))
        value = win - price
        return Reckoned("expected net gain", value, "", f"{basis} − {show(price)}",
                        text=f"{show(value)} per ticket (expected winnings {show(win)} less the "
                             f"{money(price, sign)} price)")
    return Reckoned("expected winnings", win, "", basis, text=f"{show(win)} on average")


# --- a bill shared in proportion ---------------------------------------------------------------

BY_SIZE = _c(r"\b(?:split|share|divide|shared|split\s+up|apportion)\w*\b[^.?!]{0,60}?\b(?:by|in\s+"
             r"proportion\s+to|according\s+to|based\s+on|proportional(?:ly)?\s+to|relative\s+to|"
             r"pro[- ]rata\s+(?:to|by))\s+(?:the\s+)?(?:\w+\s+)?(size|area|sizes|areas|square\s+"
             r"(?:metres|meters|footage|feet)|hours|usage|income|incomes|salary|salaries|"
             r"floor\s+space|space|share|shares|use|days|nights|weight|km|miles|distance)\b|"
             r"\bin\s+proportion\b|\bproportional(?:ly)?\b|\bpro[- ]rata\b")
PART = _c(rf"\b([a-z]+)(?:'s|s)?\s+(?:is\s+|are\s+|has\s+|have\s+|had\s+|gets?\s+|uses?\s+|used\s+|"
          rf"worked\s+|works\s+|stayed\s+|earns?\s+|=\s*|:\s*)?(?:only\s+|about\s+)?{NUM}\s*"
          rf"(m²|m2|sq\s*m|square\s+m\w*|sq\s*ft|ft²|hours?|hrs?|h|days?|nights?|km|miles?|kwh|"
          rf"kg|%)?")
TOTAL = _c(rf"(?:[$€£¥]\s?{NUM}|{NUM}\s*(?:dollars?|euros?|pounds?)|\bthe\s+{NUM}\b|\b(?:rent|bill|"
           rf"cost|total|fee|amount|invoice|bonus|profit|pot|jar|tips?|kitty|pool|tronc)\s+(?:of\s+|is\s+|"
           rf"was\s+|had\s+|has\s+|held\s+|holds\s+|came\s+to\s+|=\s*|:\s*)?"
           rf"[$€£¥]?\s?{NUM}|\b(?:was|came\s+to|comes\s+to|cost\s+us)\s+{NUM}(?!\s*(?:m²|m2|sq|h"
           rf"ours?|"
           rf"hrs?|days?|nights?|km|miles?|kwh|kg|%)))")
SELF = {"mine": "me", "my": "me", "me": "me", "i": "me", "ours": "us", "yours": "you"}
STOP = {"is", "and", "the", "of", "by", "a", "an", "size", "room", "rooms", "s", "with",
        "to", "at", "rent", "bill", "in", "on", "each", "us", "we", "so", "for"}


def proportional_split(text: str) -> Reckoned | None:
    if (cue := BY_SIZE.search(text)) is None or not ASK.search(text):
        return None
    if (total := TOTAL.search(text)) is None:
        return None
    whole = _f(next(g for g in total.groups() if g))
    start = cue.end() if total.end() <= cue.end() else total.end()
    parts, units = _parts(text, start, total)
    if len(parts) < 2 and start != total.end():  # "… Jo stayed 4 nights and I 7. Split by nights"
        parts, units = _parts(text, total.end(), total, cue.start())
    units.discard("")  # "Jo stayed 4 nights and I stayed 7": the unit said once
    if len(parts) < 2 or len(parts) > 8 or len(units) > 1:
        return None
    size = sum((p for _, p in parts), Fraction(0))
    if size == 0 or whole == 0:
        return None
    sign = sign_of(text)
    shares = [(name, whole * p / size) for name, p in parts]
    asked = _asked(text, [name for name, _ in shares])
    if asked is not None:  # "what's Priya's share?": hers first, then the rest
        shares.insert(0, shares.pop(asked))
    shown = "; ".join(f"{name}: {money(v, sign)}" for name, v in shares)
    basis = f"{show(whole)} × each part ÷ {show(size)}"
    return Reckoned("shares", shares[0][1], "", basis, text=shown)


def _asked(text: str, names: list[str]) -> int | None:
    """Which named part the question asks about ("what do I pay?", "Leo's share?")."""
    ask = re.split(r"[.!]\s+(?=[^.!?]*\?)", text)[-1]
    for i, name in enumerate(names):
        said = r"\b(?:i|me|my|mine)\b" if name == "me" else rf"\b{re.escape(name.lower())}\b"
        if re.search(said, ask):
            return i
    return None


def _parts(text: str, start: int, total: re.Match[str],
           end: int | None = None) -> tuple[list[tuple[str, Fraction]], set[str]]:
    """Each named part and its size, read from ``start`` (to ``end``)."""
    parts: list[tuple[str, Fraction]] = []
    units: set[str] = set()
    for m in PART.finditer(text, start, len(text) if end is None else end):
        name = m.group(1).lower()
        if name == "and" and parts and m.group(3) and re.search(r"^others?$|s$",
                                                                parts[-1][0].lower()):
            name = parts[-1][0].lower()  # "the others 12 m² and 11 m²": one more of them
        if total.start() <= m.start(2) < total.end() or name in STOP or not m.group(2):
            continue
        if m.group(3) is None and not re.search(r"\d\s*$", text[:m.start(2)] + "9") and not \
                re.search(r"'s\s*$|\b(?:is|has|had|gets?|uses?|used|worked|earns?|stayed|stays|"
                          r"slept|spent)\s*$",
                          text[m.start():m.start(2)]):
            continue
        units.add((m.group(3) or "").lower())
        parts.append((SELF.get(name, name.capitalize()), _f(m.group(2))))
    return parts, units


KINDS = (dividend_yield, saved_share, expected_gain, proportional_split)
