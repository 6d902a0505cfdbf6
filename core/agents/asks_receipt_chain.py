"""Money worked on a receipt's total in steps, exact to the end.

"Add 10% for service and split it 4 ways", "if I'd used my 25% off coupon, what would I have
paid and what would I have saved?", "prices are before 6% tax - the tax and the total with
it?", "4 equal instalments", "I make $12 an hour, how many hours of work is this?": the
total is read once, each step works on the exact figure before it (a discount, then a tax
or a tip, then a split), and only the shown figures are rounded to the cent. Every figure
carries the receipt's currency; the last one is the figure a later conversion converts.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.asks_receipt_money import CHANGE, NUMBER_WORDS, ROUND_UP, STEP, tendered
from core.agents.asks_receipt_sums import INCLUDED
from core.agents.patterns import ci
from core.agents.prices import LESS, MORE, WAYS
from core.agents.wording import expand

Answer = tuple[str, float | None]
INSTALMENTS = ci(r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:(?:equal|"
                 r"even|monthly|weekly|interest[-\s]free)\s+){0,3}(?:instal?ments?|payments|parts|"
                 r"shares|portions)\b")
HOURLY = ci(r"\b(?:make|earn|get|paid|on|take\s+home)\s+[$€£]?\s?(?P<v>\d+(?:\.\d+)?)\s*(?:dollars?"
            r"|euros?|pounds?|bucks)?\s*(?:an|per|a|/)\s*(?:hour|hr|h)\b")
HOURS_ASK = ci(r"\bhow\s+(?:many|much|long)\b[^?.!]*\b(?:hours?|work|working)\b")
ONLY = ci(r"\b(?:only|just|alone)\b")  # "30% off the cookbook only": off that line, not the bill
SAVED = ci(r"\b(?:sav\w+|knocked\s+off|taken\s+off|discount\s+(?:amount|worth|is))\b")
PART_ASK = ci(r"\bhow\s+much\s+(?:is\s+|was\s+|would\s+be\s+|will\s+be\s+)?(?:the\s+)?(?:tax|vat|"
              r"gst|tip|service|gratuity)\b|\b(?:tax|vat|gst|tip|service|gratuity)\s+(?:amount|"
              r"alone|itself|is|would\s+be)\b|\bhow\s+much\s+(?:tax|vat|gst)\b|\bhow\s+much\s+"
              r"(?:tax|vat|gst|tip)\s+is\s+that\b|\bthe\s+(?:tax|vat|gst|tip|gratuity)\s*(?:[,?]|and\b|"
              r"alone\b|amount\b|$)")
PART_EACH = ci(r"\b(?:tip|gratuity|tax)\s+(?:per\s+(?:person|head)|each|apiece)\b|\bhow\s+much\s+"
               r"(?:tip|of\s+the\s+tip)\b[^.?!]*\b(?:each|per\s+(?:person|head)|apiece)\b|"
               r"\b(?:each|everyone)\s+(?:tip|put\s+in\s+for\s+the\s+tip)\b")
WHOLE_ASK = ci(r"\b(?:total|in\s+all|altogether|overall|pay|paid|come\s+to|owe|each|share|"
               r"apiece|per\s+person)\b")


HALVES = ci(r"\b(?:go(?:ing|es)?\s+halves|halves|down\s+the\s+middle|split\s+(?:it\s+|this\s+|"
            r"the\s+\w+\s+)?(?:in\s+half|50\s*/\s*50|fifty[-\s]fifty)|half\s+each|fifty[-\s]fifty|50\s*/\s*50)\b")
PARTY = ci(r"\b(?:for|among(?:st)?|between|of)\s+(?:the\s+|us\s+)?(?P<n>\d+|two|three|four|five|"
           r"six|seven|eight|nine|ten)\b(?!\s*(?:%|[$€£]|dollars?|euros?|pounds?|items?|things?))")
SPLIT_CUE = ci(r"\b(?:split|share|divide\w*|evenly|equally|per\s+person|per\s+head|apiece|each)\b")
OF_US = ci(r"^\W*(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+us\b|"
           r"\b(?:team|group|party|table|office|class|family)\s+(?:is|are|was|of)\s+(?P<n2>\d+|two|three|four|five|six|"
           r"seven|eight|nine|ten)\s*(?:people|persons|of\s+us|members|colleagues)?\b[^?!]{0,80}?\b"
           r"(?:each|everyone|everybody|per\s+(?:person|head)|chip\s+in|share)\b")
OTHER_SPLIT = ci(r"\b(?:each|per\s+(?:person|head)|apiece|a\s+head|split\w*|shar\w+|divid\w+)\b")
ADDING = ci(r"\b(?:add\w*|plus|leav\w*|put\w*|throw\w*)\s+(?:on\s+|in\s+)?(?:an?\s+(?:extra\s+)?)?"
            r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)(?!\s*(?:off|discount))")


def _more(said: str) -> re.Match[str] | None:
    return MORE.search(said) or ADDING.search(said)


def _pct(found: re.Match[str]) -> Fraction:
    return Fraction(next(g for g in found.groups() if g))


def _ways(said: str) -> int | None:
    if (found := INSTALMENTS.search(said)) is not None:
        word = found.group("n").lower()
        ways = int(word) if word.isdigit() else NUMBER_WORDS.get(word, {"twelve": 12}.get(word, 0))
        return ways if ways > 1 else None
    if (found := WAYS.search(said)) is not None:
        ways = int(next(g for g in found.groups() if g))
        return ways if ways > 1 else None
    if HALVES.search(said):
        return 2
    if (us := OF_US.search(said)) is not None:  # "2 of us", "the team is 8 people"
        word = (us.group("n") or us.group("n2")).lower()
        ways = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        return ways if ways > 1 else None
    if SPLIT_CUE.search(said) and (party := PARTY.search(said)) is not None:
        word = party.group("n").lower()
        ways = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 0)
        return ways if ways > 1 else None  # "dinner for four ... split it evenly"
    return None


def steps_asked(text: str) -> int:
    """How many steps on the total the message asks (0: none of these)."""
    said = expand(text)
    steps = sum(1 for found in (LESS.search(said), None if INCLUDED.search(said) else
                                _more(said)) if found is not None)
    steps += _ways(said) is not None
    steps += bool(steps and ROUND_UP.search(said))
    steps += bool(HOURLY.search(said) and HOURS_ASK.search(said))
    return steps


def asks_chain(text: str) -> bool:
    """Whether the message asks steps on the total that are worked here: two steps or more, the
    hours of work it costs, instalments, a discount with its saving, a tax or tip with the
    total (a split alone is arithmetic on the reading)."""
    said = expand(text)
    steps = steps_asked(text)
    return steps >= 2 or (steps == 1 and bool(
        (HOURLY.search(said) and HOURS_ASK.search(said)) or INSTALMENTS.search(said) or (
            LESS.search(said) and SAVED.search(said)) or (
            _more(said) and not INCLUDED.search(said) and PART_ASK.search(said) and
            re.search(r"\b(?:total|in\s+all|altogether|overall|(?:do|would|will)\s+(?:i|we)\s+"
                      r"pay)\b", said, re.I))))


def chain_asks(question: str, facts: Facts) -> list[Answer]:
    """The figures of the steps asked, each on the exact figure before it."""
    total = facts.whole
    said = expand(question)
    if total is None or not (asks_chain(question) or (OF_US.search(said) and _ways(said))):
        return []

    money = facts.amount

    figure = Fraction(str(total))
    out: list[Answer] = [(f"The total is **{money(figure)}**.", None)]
    added: tuple[str, Fraction] | None = None
    if (less := LESS.search(said)) is not None:
        rate = _pct(less)
        only = named_items(question, facts) if ONLY.search(said) else []
        cut = (Fraction(str(only[0][1])) if len(only) == 1 else figure) * rate / 100
        figure -= cut
        saved = f"**{money(cut)}**" if SAVED.search(said) else money(cut)
        which = f" the {only[0][0]}" if len(only) == 1 else ""
        out.append((f"With {rate}% off{which} it comes to **{money(figure)}** (saving {saved}).",
                    None))
    if (more := _more(said)) is not None and not INCLUDED.search(said):
        rate = _pct(more)
        word = re.search(r"sales\s+tax|tax|vat|gst|hst|tip|gratuity|service", more.group(0), re.I) \
            or re.search(r"sales\s+tax|\btax|\bvat|\bgst|\bhst|\btip|gratuity|service", said, re.I)
        name = word.group(0).lower() if word else "extra"
        part = figure * rate / 100
        shown = f"**{money(part)}**" if PART_ASK.search(said) else money(part)
        figure += part
        added = (name, part)
        out.append((f"The {rate}% {name} is {shown}; with it the total is **{money(figure)}**.",
                    None))
    if (ways := _ways(said)) is not None and added is not None and PART_EACH.search(said):
        each = added[1] / ways  # "leave 15% between the 3 of us: how much tip per person?"
        out.append((f"Split {ways} ways the {added[0]} is **{money(each)}** each.", float(each)))
        return out
    if ways is not None:
        figure /= ways
        out.append((f"Split {ways} ways that is **{money(figure)}** each.", None))
    if ROUND_UP.search(said) and len(out) > 1:
        found = STEP.search(said)
        step = Fraction(int(found.group("v") or found.group("n") or {"five": 5, "ten": 10,
                                                                       "twenty": 20}[
            found.group("w").lower()])) if found and not re.search(
            r"\bwhole\b", found.group(0), re.I) else Fraction(1)
        figure = -((-figure) // step) * step
        flat = f" (**{figure}** flat)" if figure.denominator == 1 else ""
        out.append((f"Rounded up, that is **{money(figure)}**{flat}.", None))
    if (hourly := HOURLY.search(said)) is not None and HOURS_ASK.search(said):
        rate = Fraction(hourly.group("v"))
        hours = figure / rate
        out.append((f"At {money(rate)} an hour, {money(figure)} takes **{cents(hours)} hours** "
                    f"of work ({float(hours) * 60:.0f} minutes).", float(round(hours, 2))))
        return out
    if len(out) == 1:
        return []
    last, _ = out[-1]
    out[-1] = (last, float(figure))  # exact: a conversion after it rounds only once
    return out


ITEM_STEP = ci(r"\bthe\s+(?!(?:total|bill|receipt|whole|lot|meal|order|amount|sum|shop\w*|check|"
               r"prices?|costs?|rest|items?|things?|everything|service|tip|tax|vat|gst|discount|"
               r"coupon|voucher|sale|rate|fee|charge|delivery|shipping)\b)[a-z]+\s+(?:is|are|was|were|"
               r"with|at|plus|after|before|gets?|has|had)\b[^.?!]{0,30}?\d+(?:\.\d+)?\s*%|\b(?:re)?sell"
               r"\w*\s+(?:the|my)\s+[a-z]+\s+(?:on\s+)?(?:at|with|for)\s+(?:a\s+)?\d+(?:\.\d+)?\s*%")


def read_once(text: str) -> bool:
    """Money asked of an attached receipt that one reading of the whole message works out:
    the steps above, a percentage on one item ("the apples are 40% off", "the milk with 5%
    tax", "resell the tea at a 30% markup"), or the change from the money handed over beside
    the total."""
    said = expand(text)
    if OF_US.search(said) and not OTHER_SPLIT.search(said) and _ways(said):
        return True  # "the team is 8 people, what does everyone chip in?": a split worked here
    return asks_chain(text) or bool(ITEM_STEP.search(text)) or bool(
        CHANGE.search(text) and tendered(text) and re.search(r"\btotal\b", text, re.I))
