"""What the question says of items it names on a receipt, worked from the receipt's facts.

- the refund for items taken back ("taking the bagel and cheese back: how much is the
  refund?", "what should I get back for the tea and the milk?");
- the rest once named items are someone else's ("the pasta and the tea were for my
  neighbour, what did the rest come to?", "apart from the milk and bread, what did I spend?");
- a price that should have been cut ("the coffee was meant to be half price, what should the
  total have been?", "the tea should have had 20% off");
- the share of the bill one item was ("the tea was what % of the whole bill?");
- how much dearer one item was than another, in percent ("how many percent more was the
  cheese than the apples?").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, Item, cents, named_items
from core.agents.asks_receipt_more import steps_on
from core.agents.patterns import ci

Answer = tuple[str, float | None]
REFUND = ci(r"\brefund\w*\b|\bmoney\s+back\b|\b(?:get|getting|give|given)\s+(?:me\s+)?back\b|"
            r"\bcredit\w*\b|\breimburs\w*\b|\bowed\s+back\b")
REFUND_ASK = ci(r"\bhow\s+much\b[^.?!]*\brefund(?!ed)\w*|\bwhat(?:'s|\s+is|\s+will|\s+would|\s+"
                r"should)?\s+(?:be\s+)?(?:the\s+|my\s+)?refund\b|\brefund\s+(?:be|is|amount|come\s+"
                r"to|total)\b|\bhow\s+much\b[^.?!]*\b(?:back|credit\w*)\b|\bget\s+back\b|"
                r"\bmoney\s+back\b")
WHOLE = ci(r"\b(?:total|bill|altogether|overall|in\s+all|come\s+to|came\s+to|whole)\b")
BACK = ci(r"\b(?:tak\w+|took|bring\w*|brought|send\w*|sent|return\w*)\b")
OTHERS = ci(r"\bthe\s+rest\b|\beverything\s+else\b|\ball\s+else\b|\bmy\s+(?:own|bit|part)\b|"
            r"\bjust\s+(?:mine|my\s+(?:stuff|things|items))\b|\b(?:was|were|is|are)\s+for\s+(?:my|"
            r"a|the|our)\s+\w+|\bapart\s+from\b|\bother\s+than\b|\bleaving\s+out\b|\bnot\s+"
            r"counting\b|\bbesides\b|\bexcept\b|\bexcluding\b|\bbut\s+(?:the|my)\b")
SHOULD = ci(r"\b(?:meant|supposed|should|ought)\s+(?:to\s+)?(?:have\s+)?(?:be(?:en)?|had|got|"
            r"come\s+with|have)\b|\bwas\s+on\s+(?:offer|sale)\b|\bcharged\s+(?:me\s+)?(?:full|the\s+"
            r"full)\b")
CUT = ci(r"\b(?P<half>half)[-\s]price\b|\bhalf\s+off\b|\b(?P<pct>\d+(?:\.\d+)?)\s*%\s*off\b|"
         r"\b(?P<free>free)\b|\b(?P<bogo>buy\s+one\s+get\s+one)\b")
SHARE = ci(r"\bwhat\s+(?:%|percent(?:age)?|share|proportion|fraction)(?!\w)|(?:%|percent(?:age)?)"
           r"\s+of\s+(?:the\s+)?(?:whole\s+|entire\s+|full\s+)?(?:bill|total|receipt|shop\w*|"
           r"spend)\b")
SHARED = ci(r"\b(?:split|share|shared|sharing|halve|halves|50\s*/\s*50|fifty[-\s]fifty)\b[^.?!]*"
            r"\b(?:(?:whatever|everything|all|anything)\s+else|the\s+rest)\b|\b(?:whatever|"
            r"everything|all|anything)\s+else\b[^.?!]*\b(?:split|share\w*|halve\w*|50\s*/\s*50)")
MINE_ASK = ci(r"\bmine\b|\bmy\s+(?:total|share|part|bit|half|portion|cut)\b|\b(?:do|should|must)"
              r"\s+i\s+(?:owe|pay)\b|\bi\s+owe\b|\bwhat\s+i\s+(?:owe|pay)\b")
TOTAL_ASK = ci(r"\b(?:the|my|our)\s+(?:total|bill)\b|\btotal\s+(?:have\s+)?(?:been|be|come)\b")
PCT_MORE = ci(r"\b(?:how\s+many\s+)?(?:percent|%)\s+(?P<dir>more|less|dearer|cheaper|higher|"
              r"lower)\b|\bby\s+what\s+(?:percent(?:age)?|%)\b")


def _f(value: float) -> Fraction:
    return Fraction(str(value))


def _listed(named: list[Item]) -> str:
    return " + ".join(f"{name} {value:.2f}" for name, value in named)


def _off(cut: re.Match[str], value: float) -> Fraction:
    if cut.group("half") or cut.group("bogo"):
        return _f(value) / 2
    if cut.group("pct"):
        return _f(value) * Fraction(cut.group("pct")) / 100
    return _f(value)


def mine_and_shared(question: str, facts: Facts, named: list[Item], total: float) -> list[Answer]:
    """"I had the coffee, she had the pasta, we split whatever else": my items plus my share
    of the items nobody named."""
    if not (SHARED.search(question) and MINE_ASK.search(question)):
        return []
    mine = [item for item in named if re.search(
        rf"\b(?:i|me)\s+(?:had|got|ordered|took|bought|ate|drank|paid\s+for)\s+(?:the\s+|my\s+)?"
        rf"{re.escape(item[0].lower())}|\b{re.escape(item[0].lower())}\w*\s+(?:was|were|is|are)\s+"
        rf"(?:just\s+|only\s+|all\s+)?(?:for\s+me|mine)\b", question.lower())]
    if not mine or len(named) >= len(facts.items):
        return []
    ways = 2
    if (many := re.search(r"\b(\d+|three|four|five)\s+ways\b|\bbetween\s+(?:the\s+)?(\d+|three|"
                          r"four|five)\s+of\s+us\b", question, re.I)) is not None:
        word = (many.group(1) or many.group(2)).lower()
        ways = int(word) if word.isdigit() else {"three": 3, "four": 4, "five": 5}[word]
    rest = _f(total) - sum((_f(v) for _, v in named), Fraction(0))
    own = sum((_f(v) for _, v in mine), Fraction(0))
    share = own + rest / ways
    return [(f"Yours: {_listed(mine)} plus 1/{ways} of the shared rest ({cents(rest)}) is "
             f"**{facts.money(float(cents(share)))}**.", float(cents(share)))]


def named_asks(question: str, facts: Facts) -> list[Answer]:
    """The sum the question asks of the items it names, or nothing."""
    named = named_items(question, facts)
    total = facts.whole
    if not named or total is None:
        return []
    summed = sum((_f(v) for _, v in named), Fraction(0))
    if (shared := mine_and_shared(question, facts, named, total)):
        return shared
    if REFUND_ASK.search(question) and SHOULD.search(question) and len(named) == 1 and (
            cut := CUT.search(question)) is not None:  # "was meant to be half price": the cut
        off = _off(cut, named[0][1])
        return [(f"The refund is **{facts.money(float(cents(off)))}** (the {named[0][0]} "
                 f"{named[0][1]:.2f} at the right price is {cents(_f(named[0][1]) - off)}).",
                 float(cents(off)))]
    if REFUND_ASK.search(question) and not OTHERS.search(question):
        return [(f"The refund is **{facts.money(float(cents(summed)))}** ({_listed(named)}).",
                 float(cents(summed)))]
    back = BACK.search(question) or REFUND.search(question)
    if (OTHERS.search(question) or (len(named) >= 2 and back)) and len(named) < len(facts.items):
        rest = _f(total) - summed
        worked, steps = steps_on(question, rest)  # "half of everything except the tea"
        if steps and TOTAL_ASK.search(question):  # "10% off all but the apples: the total?"
            worked += summed
            steps.append(f"plus {_listed(named)} back")
        said = f"; {', '.join(steps)}: **{facts.money(float(cents(worked)))}**" if steps else ""
        return [(f"Without those ({_listed(named)}) the rest comes to "
                 f"{'' if steps else '**'}{facts.money(float(cents(rest)))}{'' if steps else '**'}"
                 f" ({total:.2f} − {cents(summed)}){said}.", float(worked))]
    if SHOULD.search(question) and (cut := CUT.search(question)) and len(named) == 1 and \
            WHOLE.search(question):
        name, value = named[0]
        off = _off(cut, value)
        right = _f(total) - off
        return [(f"With the {name} ({value:.2f}) at the right price, the total should have been "
                 f"**{facts.money(float(cents(right)))}** ({total:.2f} − {cents(off)}).",
                 float(cents(right)))]
    if len(named) == 2 and PCT_MORE.search(question):
        (first, a), (second, b) = named
        if b > 0:
            pct = (_f(a) - _f(b)) * 100 / _f(b)
            word = "more" if pct >= 0 else "less"
            return [(f"The {first} ({a:.2f}) cost **{cents(abs(pct))}%** {word} than the "
                     f"{second} ({b:.2f}).", float(abs(pct)))]
    if len(named) == 1 and SHARE.search(question) and total > 0:
        name, value = named[0]
        share = _f(value) * 100 / _f(total)
        return [(f"The {name} ({value:.2f}) is **{cents(share)}%** of the total ({total:.2f}).",
                 float(share))]
    return []
