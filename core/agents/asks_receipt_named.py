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

from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, Item, named_items
from core.agents.asks_receipt_money import cents
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
PCT_MORE = ci(r"\b(?:how\s+many\s+)?(?:percent|%)\s+(?P<dir>more|less|dearer|cheaper|higher|"
              r"lower)\b|\bby\s+what\s+(?:percent(?:age)?|%)\b")


def _f(value: float) -> Fraction:
    return Fraction(str(value))


def _listed(named: list[Item]) -> str:
    return " + ".join(f"{name} {value:.2f}" for name, value in named)


def named_asks(question: str, facts: Facts) -> list[Answer]:
    """The sum the question asks of the items it names, or nothing."""
    named = named_items(question, facts)
    total = facts.whole
    if not named or total is None:
        return []
    summed = sum((_f(v) for _, v in named), Fraction(0))
    if REFUND_ASK.search(question) and not OTHERS.search(question):
        return [(f"The refund is **{facts.money(float(cents(summed)))}** ({_listed(named)}).",
                 float(cents(summed)))]
    back = BACK.search(question) or REFUND.search(question)
    if (OTHERS.search(question) or (len(named) >= 2 and back)) and len(named) < len(facts.items):
        rest = _f(total) - summed
        worked, steps = steps_on(question, rest)  # "half of everything except the tea"
        said = f"; {', '.join(steps)}: **{facts.money(float(cents(worked)))}**" if steps else ""
        return [(f"Without those ({_listed(named)}) the rest comes to "
                 f"{'' if steps else '**'}{facts.money(float(cents(rest)))}{'' if steps else '**'}"
                 f" ({total:.2f} − {cents(summed)}){said}.", float(worked))]
    if SHOULD.search(question) and (cut := CUT.search(question)) and len(named) == 1 and \
            WHOLE.search(question):
        name, value = named[0]
        if cut.group("half") or cut.group("bogo"):
            off = _f(value) / 2
        elif cut.group("pct"):
            off = _f(value) * Fraction(cut.group("pct")) / 100
        else:
            off = _f(value)
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
                     f"{second} ({b:.2f}).", float(cents(abs(pct))))]
    if len(named) == 1 and SHARE.search(question) and total > 0:
        name, value = named[0]
        share = _f(value) * 100 / _f(total)
        return [(f"The {name} ({value:.2f}) is **{cents(share)}%** of the total ({total:.2f}).",
                 float(cents(share)))]
    return []
