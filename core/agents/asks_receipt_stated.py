"""A receipt's total against a figure the person states, or a count they give.

- part paid one way and the rest another ("paid $10 in cash and the rest on my card");
- a charge seen elsewhere against the receipt ("my bank app shows $18.26 — how much did they
  overcharge me?");
- the total against last time ("last time I spent $8, how much more was it?");
- what is missing to reach a threshold ("free delivery over $80, how much more would I
  have needed to spend?");
- a limit overshot ("told myself I'd only spend $20 — by how much did I blow it?");
- money carried before ("had $60 cash on me before this, what's still in my wallet?");
- everything several times over ("5 times everything on this", "the same lunch on 5
  workdays");
- a split with the payer counted ("between me and my 3 roommates"), a split by ratio
  ("70/30 and I'm the 70");
- the total in cents ("in cents with no decimal point");
- a charge not printed ("3 bags at 10 cents each that isn't on here");
- a tip left as a percentage of the bill ("I left $3, what percent tip is that?").

Exact money throughout (fractions), shown to the cent in the receipt's currency.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.asks_receipt_money import NUMBER_WORDS
from core.agents.patterns import ci

Answer = tuple[str, float | None]
MONEY = r"(?:[$€£]\s?(?P<{0}>\d[\d,]*(?:\.\d+)?)|(?P<{0}w>\d[\d,]*(?:\.\d+)?)\s*(?:dollars?|" \
        r"euros?|pounds?|bucks|quid|usd|eur|gbp)\b)"
COUNT = r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)"
CUES = ci(r"\b(?:rest|remainder|balance|overcharg\w*|last\s+time|usually|normally|free\s+"
          r"(?:delivery|shipping|postage)|minimum|only\s+spend|blow|blew|over\s+budget|overspen\w*|"
          r"wallet|purse|on\s+me|times\s+(?:everything|the\s+(?:lot|receipt|bill|order))|"
          r"workdays?|weekdays?|days|occasions|visits|mornings|evenings|nights|me\s+and|cents|percent|%|each|per\s+cent|"
          r"[0-9]{2}\s*/\s*[0-9]{2}|printed|on\s+top)\b|%")
PART_PAID = ci(rf"\b(?:paid|pay|put|used?|gave|covered)\s+(?:the\s+first\s+)?{MONEY.format('v')}"
               r"[^.?!]{0,40}?\b(?:and|then)\b[^.?!]{0,30}?\b(?:the\s+)?(?:rest|remainder|"
               r"balance)\b")
SEEN = ci(rf"\b(?:bank|card|statement|app|account|online\s+banking)\b[^.?!]{{0,40}}?"
          rf"{MONEY.format('v')}|{MONEY.format('v2')}[^.?!]{{0,40}}?\b(?:on\s+my\s+(?:bank|card|"
          r"statement)|was\s+(?:taken|debited|charged))")
OVER = ci(r"\bovercharg\w*|\btoo\s+much\b|\bextra\s+did\s+they\b")
LAST = ci(rf"\b(?:last\s+(?:time|week|month|visit|trip)|usually|normally|previous(?:ly)?)\b"
          rf"[^.?!]{{0,40}}?{MONEY.format('v')}")
DIFF = ci(r"\bhow\s+much\s+(?:more|less|extra|higher|lower)\b|\bdifference\b|\bby\s+how\s+much\b")
THRESHOLD = ci(rf"\b(?:free\s+(?:delivery|shipping|postage)|minimum\s+(?:spend|order)|discount|"
               rf"voucher|qualif\w+)\b[^.?!]{{0,30}}?\b(?:over|above|from|of|at|on\s+orders?\s+"
               rf"(?:over|above|of))\s+{MONEY.format('v')}")
SHORT = ci(r"\bhow\s+much\s+more\b[^.?!]*\b(?:need|needed|have\s+to|spend|spent|short|add)\b|"
           r"\bhow\s+(?:far|much)\s+(?:short|off|away)\b")
LIMIT = ci(rf"\b(?:only|just|no\s+more\s+than|at\s+most|max(?:imum)?\s+of|limit\s+(?:of|myself\s+"
           rf"to))\s+(?:(?:to\s+)?spend\s+|spending\s+)?{MONEY.format('v')}|\bspend\s+(?:only\s+|"
           rf"just\s+|at\s+most\s+|no\s+more\s+than\s+){MONEY.format('v2')}")
OVERSHOT = ci(r"\b(?:blow|blew|blown|overspen\w*|go\s+over|went\s+over|gone\s+over|exceed\w*|"
              r"over\s+(?:by|budget|the\s+limit)|by\s+how\s+much)\b")
CARRIED = ci(rf"\b(?:had|have|carried|carrying|took|brought|started\s+(?:off\s+)?with)\s+"
             rf"(?:only\s+|just\s+)?{MONEY.format('v')}(?:\s+(?:in\s+)?cash)?[^.?!]{{0,30}}?\b(?:on\s+"
             r"me|with\s+me|in\s+my\s+(?:wallet|purse|pocket)|before|beforehand)\b")
STILL = ci(r"\b(?:still|left|remain\w*|in\s+my\s+(?:wallet|purse|pocket)|now)\b")
TIMES_ALL = ci(rf"\b{COUNT}\s+(?:times|x|×)\s+(?:everything|all|the\s+(?:lot|receipt|bill|order|"
               rf"shop)|this|what'?s\s+(?:on\s+)?(?:here|this))\b|\b(?:everything|the\s+lot)\s+"
               rf"(?:times|x|×)\s+{COUNT.replace('?P<n>', '?P<n2>')}\b")
ON_DAYS = ci(rf"\b(?:on|for|over)\s+{COUNT}\s+(?:more\s+)?(?:work\s*days|weekdays|working\s+days|"
             r"school\s+days|days|occasions|visits|mornings|evenings|nights)\b")
SAME = ci(r"\b(?:same|identical|exactly\s+this|this\s+again|again)\b")
WITH_ME = ci(rf"\b(?:between|among(?:st)?|with)\s+(?:me|myself)\s+and\s+(?:my\s+)?{COUNT}\s+"
             r"(?:\w+\s+)?(?:friends?|roommates?|flatmates?|housemates?|colleagues?|mates?|others?|"
             r"people|sisters?|brothers?|siblings?|cousins?|kids?|pals?|buddies|guests?)\b")
RATIO = ci(r"\b(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})\b")
RATIO_MINE = ci(r"\b(?:i'?m|i\s+am|i\s+pay|i\s+take|mine\s+is|me\s+(?:being|paying))\s+(?:the\s+)?"
                r"(?P<m>\d{1,2})\b")
IN_CENTS = ci(r"\bin\s+cents\b|\bcents\s+(?:with\s+)?no\s+decimal|\bno\s+decimal\s+point\b")
FEE = ci(rf"\b{COUNT}\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+(?:at|for|@)\s+(?:[$€£]\s?(?P<v>\d+"
         rf"(?:\.\d+)?)|(?P<c>\d+)\s*(?:cents?|c|p|¢))\s*(?:each|apiece|a\s+piece|per\s+\w+)?")
NOT_ON = ci(r"\bnot\s+(?:printed|on\s+(?:here|it|this|the\s+receipt))|\bisn'?t\s+(?:printed|on\s+"
            r"(?:here|it|this))|\bwasn'?t\s+(?:printed|on)|\balso\s+charged\b|\bon\s+top\b|"
            r"\breally\s+pa(?:y|id)\b|\bextra\b|\bas\s+well\b")
TIP_RATE = ci(r"\bwhat\s+(?:percent(?:age)?|%|per\s+cent)(?!\w)[^.?!]*\b(?:tip|gratuity|of\s+the\s+"
              r"(?:bill|total))|\b(?:tip|gratuity)\s+(?:percent(?:age)?|rate)\b")
TIPPED = ci(rf"\b(?:left|leave|tipped|gave|added|put\s+down|paid)\s+(?:an?\s+(?:extra\s+)?)?"
            rf"{MONEY.format('v')}")


def _money(found: re.Match[str]) -> Fraction:
    raw = next(v for k, v in found.groupdict().items() if v and k.startswith("v"))
    return Fraction(raw.replace(",", ""))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 0)


def _items_named(question: str, facts: Facts) -> bool:
    return bool(named_items(question, facts))


def stated_asks(question: str, facts: Facts) -> list[Answer]:
    """The sum asked of the total and a figure or count the question states, or nothing."""
    whole = facts.whole
    if whole is None or not CUES.search(question):
        return []
    total = Fraction(str(whole))

    money = facts.amount

    if (paid := PART_PAID.search(question)) is not None:
        given = _money(paid)
        if given < total:
            return [(f"Of the {money(total)} total, with {money(given)} paid the rest is "
                     f"**{money(total - given)}** ({cents(total)} − {cents(given)}).",
                     float(cents(total - given)))]
    if (seen := SEEN.search(question)) is not None and (OVER.search(question) or DIFF.search(
            question)):
        charged = _money(seen)
        gap = charged - total
        word = "more" if gap >= 0 else "less"
        return [(f"They took {money(charged)} against the receipt's {money(total)}: "
                 f"**{money(abs(gap))}** {word} ({cents(charged)} − {cents(total)}).",
                 float(cents(abs(gap))))]
    if (last := LAST.search(question)) is not None and DIFF.search(question):
        before = _money(last)
        gap = total - before
        word = "more" if gap >= 0 else "less"
        return [(f"This time it was {money(total)} against {money(before)}: **{money(abs(gap))}"
                 f"** {word} ({cents(total)} − {cents(before)}).", float(cents(abs(gap))))]
    if (line := THRESHOLD.search(question)) is not None and SHORT.search(question):
        needed = _money(line) - total
        if needed > 0:
            return [(f"To reach {money(_money(line))} from {money(total)} you'd have needed "
                     f"**{money(needed)}** more ({cents(_money(line))} − {cents(total)}).",
                     float(cents(needed)))]
    if (limit := LIMIT.search(question)) is not None and OVERSHOT.search(question):
        over = total - _money(limit)
        if over > 0:
            return [(f"At {money(total)} against {money(_money(limit))} you went over by "
                     f"**{money(over)}** ({cents(total)} − {cents(_money(limit))}).",
                     float(cents(over)))]
    if (carried := CARRIED.search(question)) is not None and STILL.search(question):
        left = _money(carried) - total
        if left >= 0:
            return [(f"From {money(_money(carried))}, after {money(total)} there should be "
                     f"**{money(left)}** left ({cents(_money(carried))} − {cents(total)}).",
                     float(cents(left)))]
    if (fee := FEE.search(question)) is not None and NOT_ON.search(question) and not \
            _items_named(fee.group(0), facts):
        count = _count(fee.group("n"))
        each = Fraction(fee.group("v")) if fee.group("v") else Fraction(int(fee.group("c")), 100)
        paid_all = total + count * each
        return [(f"{money(total)} plus {count} × {cents(each)} for the {fee.group('what')} is "
                 f"**{money(paid_all)}**.", float(cents(paid_all)))]
    if TIP_RATE.search(question) and (tip := TIPPED.search(question)) is not None and total:
        rate = _money(tip) * 100 / total
        return [(f"{money(_money(tip))} on a {money(total)} bill is a **{cents(rate)}%** tip.",
                 float(rate))]
    if IN_CENTS.search(question):
        whole_cents = int(cents(total).replace(".", ""))
        return [(f"{money(total)} is **{whole_cents}** cents.", float(whole_cents))]
    times = TIMES_ALL.search(question)
    days = ON_DAYS.search(question) if SAME.search(question) else None
    if times is not None or days is not None:
        found = times or days
        assert found is not None
        count = _count(found.group("n") or found.groupdict().get("n2") or "")
        if count > 1:
            return [(f"{count} × {money(total)} is **{money(total * count)}**.",
                     float(cents(total * count)))]
    if (party := WITH_ME.search(question)) is not None:
        ways = _count(party.group("n")) + 1
        return [(f"Split {ways} ways (you and {ways - 1} more), {money(total)} is "
                 f"**{money(total / ways)}** each.", float(cents(total / ways)))]
    if (ratio := RATIO.search(question)) is not None and int(ratio.group("a")) + int(
            ratio.group("b")) == 100 and (mine := RATIO_MINE.search(question)) is not None and \
            not _items_named(question, facts):
        share = Fraction(int(mine.group("m")), 100)
        return [(f"Your {mine.group('m')}% of {money(total)} is **{money(total * share)}**.",
                 float(cents(total * share)))]
    return []
