"""Everyday money asked of a receipt, worked from its facts (:mod:`core.agents.asks_receipt_facts`).

The receipt's total and items are the figures; the question says what is done with them:

- the average price of an item ("on average, what did each thing cost?", "mean item price");
- what is left of a budget or of money taken out ("my budget was $100, what's left?",
  "I had €60 on me, how much do I have now?");
- the change from the money handed over ("paid with two twenties", "gave her a fifty",
  "3 x $10 notes", "a $50 bill");
- the same shop again ("my flatmate bought exactly the same", "same order tomorrow, both
  days together", "every weekday for 4 weeks", "weekly, over a year (52 weeks)");
- rounding up for charity ("round up to the next whole dollar - how much would that add?");
- points per whole unit spent ("1 point for every whole dollar", "2 points per £1");
- everything but one item ("only the notebook was mine, my friend pays the rest");
- the items past a price added up ("add up just the items under $5");
- the first or the last item printed ("which item is just above the total?").

Exact money: fractions throughout, shown to the cent with the receipt's currency.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.asks_receipt_sums import _f
from core.agents.patterns import ci

Answer = tuple[str, float | None]
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twice": 2, "both": 2}
COUNT = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
AVERAGE = ci(r"\b(?:on\s+average|average|mean|typical(?:ly)?)\b")
PER_ITEM = ci(r"\b(?:items?|things?|products?|lines?|each|per|apiece|articles?)\b")
AMOUNT = r"[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*(?:dollars?|euros?|" \
         r"pounds?|bucks|quid|usd|eur|gbp)\b"
BUDGET = ci(rf"\b(?:budget\w*|allowance|kitty|limit)\b[^.?!]{{0,40}}?(?:{AMOUNT})|(?:{AMOUNT})"
            rf"[^.?!]{{0,25}}?\b(?:budget\w*|allowance|limit)\b|\b(?:i|we)\s+(?:had|have|took|"
            rf"brought|started\s+(?:off\s+)?with|set\s+aside|put\s+aside)\s+(?:only\s+|just\s+)?"
            rf"(?:{AMOUNT})|\bout\s+of\s+(?:my\s+|the\s+|a\s+)?(?:{AMOUNT})")
LEFT = ci(r"\b(?:left|remain\w*|spare|still\s+(?:have|got)|leftover|to\s+spend|over\s+budget|"
          r"under\s+budget|have\s+now|got\s+now)\b")
CHANGE = ci(r"\bchange\b|\bget\s+back\b|\bback\s+from\b|\bgive\s+(?:me\s+)?back\b")
HANDED = ci(r"\b(?:pa(?:id|y|ying|ys)|hand\w*|gave|give|giving|with|using|tender\w*|from|"
            r"put\s+down)\b")
NOTE_WORDS = {"fiver": 5, "fivers": 5, "five": 5, "fives": 5, "tenner": 10, "tenners": 10,
              "ten": 10, "tens": 10,
              "twenty": 20, "twenties": 20, "fifty": 50, "fifties": 50, "hundred": 100,
              "hundreds": 100}
NOTES = ci(rf"\b(?P<c>{COUNT})?\s*(?:x\s*|×\s*)?(?:(?:[$€£]\s?(?P<v>\d+(?:\.\d\d)?))|"
           rf"(?P<n>fivers?|tenners?|fives?|tens?|twent(?:y|ies)|fift(?:y|ies)|hundreds?)\b)"
           rf"(?:[- ](?:dollar|euro|pound|buck|quid)s?)?(?:\s*(?:notes?|bills?))?")
SAME_AGAIN = ci(r"\bsame\s+(?:things?|stuff|items?|order|shop|again|thing|lot|basket|meal|"
                r"lunch|breakfast|dinner|groceries|purchase)\b|\bexactly\s+(?:this|that|the\s+"
                r"same|what'?s\s+(?:on\s+)?(?:here|this))\b|\b(?:again|repeat\w*|identical)\b")
BOTH = ci(r"\b(?:two\s+of\s+us|both\s+of\s+us|both\s+days|two\s+days|the\s+two|combined|"
          r"together|in\s+total|altogether|between\s+us)\b")
OFTEN = ci(r"\b(?:every|each|a|per|once\s+a)\s+(?P<u>weekday|working\s+day|work\s*day|"
           r"school\s+day|business\s+day|day|week|fortnight|month|year)\b|\b(?P<d>daily|weekly|"
           r"monthly|fortnightly|yearly)\b|\b(?P<n>\d+|twice|two|three|four|five|six)\s+"
           r"(?:times?\s+)?(?:a|per|each)\s+(?P<u2>week|month|day)\b")
SPAN = ci(rf"\b(?:over|for|in|across|during|within)\s+(?:the\s+next\s+|a\s+whole\s+|a\s+full\s+"
          rf"|the\s+whole\s+|a\s+|an\s+|one\s+)?(?P<n>{COUNT}|\d+)?\s*(?P<u>weekdays?|working\s+"
          rf"days?|days?|weeks?|fortnights?|months?|years?)\b(?:\s*\((?P<m>\d+)\s*(?P<mu>weeks?|"
          rf"days?|months?)\))?")
ROUND_UP = ci(r"\bround\w*\s+(?:it\s+|this\s+|that\s+|(?:the|your|my|our|each)\s+(?:whole\s+|"
              r"full\s+)?(?:bill|total|thing|lot|amount|figure|sum|purchase|shop\w*|share|"
              r"person\W?s\s+share|portion|part)\s+|"
              r"everything\s+|me\s+)?up\b")
STEP = ci(r"\b(?:next|nearest)\s+(?:whole\s+|full\s+)?(?:[$€£]\s?(?P<v>\d+)|(?P<w>five|ten|"
          r"twenty)|(?P<n>\d+))")
ADDS = ci(r"\b(?:add|adds|added|extra|more|donat\w*|give|giving|go\s+to|towards?|"
          r"difference|how\s+much\s+(?:is|would)\s+(?:that|it))\b")
POINTS = ci(rf"\b(?P<c>{COUNT})\s+(?:\w+\s+)?(?:points?|stars?|stamps?|miles)\s+(?:for\s+|on\s+)?"
            rf"(?:every|each|per|a|an)\s+(?:whole\s+|full\s+|single\s+)?(?:(?P<sym>[$€£])\s?"
            rf"(?P<v>\d+)|(?P<n>\d+)\s+)?(?:dollars?|euros?|pounds?|bucks?|quid|cents?|"
            rf"(?<=[$€£0-9])|[$€£])")
REST = ci(r"\b(?:everything|all)\s+else\b|\bthe\s+rest\b|\b(?:all\s+)?(?:the\s+)?other\s+"
          r"(?:items|things|stuff|bits|products)\b|\beverything\s+(?:but|except)\b")
REST_ASK = ci(r"\b(?:friend|flatmate|partner|roommate|sister|brother|mum|mom|dad|wife|husband|"
              r"colleague|they|them|their|the\s+rest|else|other)\b")
PAST = ci(r"\b(?:(?P<gt>over|above|more\s+than|greater\s+than|dearer\s+than|at\s+least)|"
          r"(?P<lt>under|below|less\s+than|cheaper\s+than))\s+[$€£]?\s*(?P<v>\d+(?:\.\d+)?)")
SUMMED = ci(r"\b(?:add\w*(?:\s+up)?|sum|total|together|combined|come\s+to|came\s+to|"
            r"how\s+much\s+(?:did|do|were|are|was)\b(?!\s+(?:any|none)))")
POSITION = ci(r"\b(?P<last>last|final|bottom|lowest\s+line)\b|\bjust\s+(?:above|before)\s+"
              r"(?:the\s+)?total\b|\b(?P<first>first|top)\b")
ITEM_WORD = ci(r"\b(?:items?|things?|lines?|products?|entr(?:y|ies)|printed|listed|bought)\b")
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
# "the third item from the top", "4th line down", "second from the bottom", "second-last"
ORDINAL = ci(r"\b(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
             r"(?P<d>\d{1,2})(?:st|nd|rd|th))\b(?P<rest>[^?.;]*)")
FROM_END = ci(r"^\s*[-\s]?(?:to\s+)?last\b|\bfrom\s+the\s+(?:bottom|end)\b|\bup\b")


def _count(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)


def average(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    if not (AVERAGE.search(question) and PER_ITEM.search(question)) or not facts.items:
        return []
    mean = total / len(facts.items)
    shown = facts.money(float(cents(mean)))
    return [(f"On average each of the {len(facts.items)} items cost **{shown}** "
             f"({facts.money(float(total))} ÷ {len(facts.items)}).", float(cents(mean)))]


def budget_left(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    found = BUDGET.search(question)
    if found is None or not LEFT.search(question):
        return []
    budget = Fraction(next(v for v in found.groups() if v).replace(",", ""))
    left = budget - total
    if left < 0:
        return [(f"This shop ({facts.money(float(total))}) is **{cents(-left)} "
                 f"{facts.currency}** over the {cents(budget)} budget.".replace(" **", " **", 1),
                 float(cents(left)))]
    return [(f"Left of {cents(budget)}: **{cents(left)} {facts.currency}**".rstrip() +
             f" ({cents(budget)} − {cents(total)}).", float(cents(left)))]


def tendered(question: str) -> Fraction | None:
    """The money handed over, from the first word saying so: "two twenties" (40), "a $50
    note", "a twenty and a five" (25), "3 x $10" (30)."""
    handed = HANDED.search(question)
    if handed is None:
        return None
    span = re.split(r"[.?!;]|\b(?:what|how|and\s+(?:what|how))\b", question[handed.end():],
                    maxsplit=1)[0]
    total = Fraction(0)
    for note in NOTES.finditer(span):
        if note.group("v") is None and note.group("n") is None:
            continue
        value = Fraction(note.group("v")) if note.group("v") else Fraction(NOTE_WORDS[
            note.group("n").lower()])
        total += value * _count(note.group("c"))
    return total or None


def change(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    if not CHANGE.search(question) or (given := tendered(question)) is None or given < total:
        return []
    back = given - total
    return [(f"From {cents(given)} for {facts.money(float(total))} the change is "
             f"**{cents(back)} {facts.currency}**".rstrip() + ".", float(cents(back)))]


PER_WEEK = {"day": Fraction(7), "daily": Fraction(7), "week": Fraction(1), "weekly": Fraction(1),
            "fortnight": Fraction(1, 2), "fortnightly": Fraction(1, 2)}


def _per_week(found: re.Match[str]) -> Fraction | None:
    unit = (found.group("u") or found.group("u2") or found.group("d") or "").lower()
    times = _count(found.group("n")) if found.group("n") else 1
    if "day" in unit and unit not in ("day", "daily"):  # weekday, working day, school day
        return Fraction(5 * times)
    per = PER_WEEK.get(unit)
    return per * times if per is not None else None


def _times(question: str) -> tuple[Fraction, str] | None:
    """How many times the shop is paid for: "every weekday over 4 weeks" (20), "weekly for a
    year" (52), "monthly, over 2 years" (24), "the same again tomorrow, both days" (2)."""
    often = OFTEN.search(question)
    span = SPAN.search(question)
    if often is not None and span is not None and span.start() > often.start() - 60:
        count = Fraction(span.group("m") or _count(span.group("n")))
        unit = (span.group("mu") or span.group("u")).lower().rstrip("s")
        monthly = (often.group("u") or often.group("d") or "").lower() in ("month", "monthly")
        yearly = (often.group("u") or often.group("d") or "").lower() in ("year", "yearly")
        if yearly:
            return (count if unit == "year" else Fraction(0)), "yearly"
        if monthly:
            per = {"month": 1, "year": 12}.get(unit)
            said = span.group(0).split(None, 1)[-1]
            return (count * per, f"monthly over {said}") if per else None
        per_week = _per_week(often)
        if per_week is None:
            return None
        if unit == "year" and per_week == 7:  # daily over a year: 365 days each
            return count * 365, re.sub(r"^\W+|\W+$", "", span.group(0))
        weeks = {"week": count, "fortnight": count * 2, "year": count * 52,
                 "month": count * 4}.get(unit)
        if unit in ("day", "weekday", "working day"):
            return (count, f"{count} {unit}s") if unit != "day" or per_week == 7 else None
        if weeks is None:
            return None
        return per_week * weeks, re.sub(r"^\W+|\W+$", "", span.group(0))
    if SAME_AGAIN.search(question) and BOTH.search(question):
        return Fraction(2), "twice"
    return None


SINGLE = ci(r"\bevery\s+single\b")
N_DAY_WEEK = ci(r"\b(?:in|over|for)\s+(?:a|one)\s+(\d)[-\s]day\s+week\b")
ALL_OF_IT = ci(r"\b(?:total|receipt|bill|everything|the\s+lot|whole|shop|order|all\s+of\s+it)\b")


def repeated(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    question = N_DAY_WEEK.sub(r"for \1 days", SINGLE.sub("every", question))
    if not (SAME_AGAIN.search(question) or OFTEN.search(question)) or (
            found := _times(question)) is None:
        return []
    times, said = found
    if times <= 1:
        return []
    named = named_items(question, facts)
    what = facts.money(float(total))
    if len(named) == 1 and not ALL_OF_IT.search(question):  # "that coffee every weekday"
        total = _f(named[0][1])
        what = f"the {named[0][0]} ({facts.money(named[0][1])})"
    whole = total * times
    return [(f"{times} × {what} ({said}) is **{cents(whole)} "
             f"{facts.currency}**".rstrip() + ".", float(cents(whole)))]


def round_up(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    if not ROUND_UP.search(question):
        return []
    step = STEP.search(question)
    size = Fraction(1)
    if step is not None:
        words = {"five": 5, "ten": 10, "twenty": 20}
        size = Fraction(step.group("v") or step.group("n") or words[step.group("w").lower()])
    up = math.ceil(total / size) * size
    added, paid = cents(up - total), cents(up)
    extra = f"Rounding {facts.money(float(total))} up to {paid} adds **{added} {facts.currency}"
    lines: list[Answer] = [(extra.rstrip() + "**.", float(added)),
                           (f"You would pay **{paid} {facts.currency}".rstrip() + "**" + (
                               f" (**{up}** flat)." if up == int(up) else "."), float(paid))]
    return lines if ADDS.search(question) else lines[::-1]


def points(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    found = POINTS.search(question)
    if found is None:
        return []
    per = Fraction(found.group("v") or found.group("n") or 1)
    if re.search(r"cents?\b", found.group(0), re.I):
        per = Fraction(1, 100) * (int(found.group("n")) if found.group("n") else 1)
    earned = (total / per).__floor__() * _count(found.group("c"))
    word = re.search(r"points?|stars?|stamps?|miles", found.group(0), re.I)
    noun = (word.group(0).rstrip("s") if word else "point") + ("s" if earned != 1 else "")
    return [(f"{facts.money(float(total))} earns **{earned} {noun}** ({_count(found.group('c'))} "
             f"for every whole {cents(per) if per != 1 else 'unit'} spent).", float(earned))]


EXTREME = re.compile(r"\b(?:most|least)\s+expensive\b|\b(?:priciest|dearest|cheapest)\b", re.I)


def all_but(question: str, facts: Facts, total: Fraction) -> list[Answer]:
    named = named_items(question, facts)
    extreme = EXTREME.search(question)
    if not named and extreme and facts.items:  # 'the dearest line, and everything else?'
        pick = min if re.match(r"(?i)cheap|least", extreme.group(0)) else max
        named = [pick(facts.items, key=lambda line: line[1])]
    if not REST.search(question) or len(named) != 1 or not REST_ASK.search(question):
        return []
    name, value = named[0]
    rest = total - _f(value)
    return [(f"Everything but the {name} ({value:.2f}) comes to **{cents(rest)} "
             f"{facts.currency}**".rstrip() + f" ({cents(total)} − {value:.2f}).",
             float(cents(rest)))]


def past_summed(question: str, facts: Facts) -> list[Answer]:
    found = PAST.search(question)
    if found is None or not SUMMED.search(question) or re.search(r"\bhow\s+many\b", question,
                                                                  re.I):
        return []
    limit = Fraction(found.group("v"))
    over = found.group("gt") is not None
    hits = [(n, v) for n, v in facts.items if (_f(v) > limit if over else _f(v) < limit)]
    whole = sum((_f(v) for _, v in hits), Fraction(0))
    listed = " + ".join(f"{n} {v:.2f}" for n, v in hits) or "none"
    said = "over" if over else "under"
    return [(f"The items {said} {cents(limit)} come to **{cents(whole)} {facts.currency}**"
             .rstrip() + f" ({listed}).", float(cents(whole)))]


def position(question: str, facts: Facts) -> list[Answer]:
    nth = ORDINAL.search(question)
    if nth is not None and not re.match(r"[\s-]*(?:most|least|\w+est)\b", nth.group("rest"),
                                        re.I) and (ITEM_WORD.search(question) or re.search(
            r"\b(?:from\s+the\s+(?:top|bottom)|down)\b", question, re.I)):
        count = int(nth.group("d")) if nth.group("d") else ORDINALS[nth.group("o").lower()]
        if not 0 < count <= len(facts.items):
            return []
        back = FROM_END.search(nth.group("rest")) is not None
        name, value = facts.items[-count if back else count - 1]
        where = f"{nth.group('o').lower()} {'from the bottom' if back else 'from the top'}"
        return [(f"The item printed {where} is **{name}** ({facts.money(value)}).", value)]
    found = POSITION.search(question)
    if found is None or not facts.items or not ITEM_WORD.search(question) or re.search(
            r"\b(?:day|date|time)\b", question, re.I):
        return []
    name, value = facts.items[0 if found.group("first") else -1]
    where = "first" if found.group("first") else "last (just above the total)"
    return [(f"The item printed {where} is **{name}** ({facts.money(value)}).", value)]


def asks_money(text: str) -> bool:
    """Whether a message asks one of these sums of an attached receipt (no image read); the
    change from money handed over is planned as arithmetic on the total
    (:mod:`core.agents.compose_bill`)."""
    return bool((BUDGET.search(text) and LEFT.search(text) and re.search(
        r"\b(?:budget|allowance|kitty|limit)", text, re.I)) or ROUND_UP.search(text) or
        POINTS.search(text) or (
        REST.search(text) and REST_ASK.search(text)) or (PAST.search(text) and SUMMED.search(
            text) and not re.search(r"\bhow\s+many\b", text, re.I)) or (
        AVERAGE.search(text) and PER_ITEM.search(text)) or (
        (SAME_AGAIN.search(text) or OFTEN.search(text)) and _times(text)) or (
        POSITION.search(text) and ITEM_WORD.search(text) and not re.search(
            r"\b(?:day|date|time)\b", text, re.I)))


def money_asks(question: str, facts: Facts) -> list[Answer]:
    """Every everyday sum the question asks of the receipt's total and items."""
    whole = facts.whole
    out = past_summed(question, facts) + position(question, facts)
    if whole is None:
        return out
    total = _f(whole)
    for kind in (all_but, budget_left, change, round_up, points, repeated, average):
        out += kind(question, facts, total)
    return out


PRICE_ASK = ci(r"\bhow\s+much\s+(?:was|were|is|are|did|do|does)\b|\bprice\s+(?:of|for)\b|"
               r"\b(?:cost|costs|charged?|pay\s+for|paid\s+for|spent\s+on|spend\s+on|"
               r"c[ao]me\s+to|set\s+(?:me|us)\s+back)\b")


def item_price(question: str, facts: Facts) -> list[Answer]:
    """The price of the one item the question names ("how much were the apples on this?"),
    as the item lines read so that they add up to the total."""
    named = named_items(question, facts)
    if len(named) != 1 or not PRICE_ASK.search(question) or re.search(
            r"\b(?:total|altogether|bill|receipt\s+come)\b", question, re.I):
        return []
    name, value = named[0]
    return [(f"The {name} cost **{facts.money(value)}**.", value)]
