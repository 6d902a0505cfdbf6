"""More money asked of a receipt's figure, each kind read in any wording.

The figure is the total, a few named items added ("just the milk and the cheese"),
everything but one ("all except the apples", "if I'd put back the cheapest thing") or one
item; the work on it:

- its share of an amount stated ("what % of my $200 allowance did this use?");
- what is left of money stated ("paid out of his $30", "I had $50 on me, what's left?");
- how many times it fits in money stated ("how many times could I buy this with $500?");
- it repeated over a period ("every day for 30 days", "twice a week over four weeks");
- a rise or a cut by a percentage ("prices go up 3%", "with my 15% staff discount");
- a tax or a tip put on it, split among a party ("six of us, splitting evenly"), halved;
- one item against another ("how many times more did the bread cost than the coffee?").

Every step is exact (fractions); only the answer is rounded to the cent, in the receipt's
currency.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.asks_receipt_facts import Facts, cents, named_items
from core.agents.asks_receipt_money import ROUND_UP, STEP
from core.agents.patterns import ci

Answer = tuple[str, float | None]
MONEY = (r"(?:[$€£]\s?(?P<v>\d[\d,]*(?:\.\d+)?)|(?P<w>\d[\d,]*(?:\.\d+)?)\s*(?:dollars?|euros?|"
         r"pounds?|bucks|quid|usd|eur|gbp)\b)")
PCT = r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent)"
NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "once": 1, "twice": 2, "thrice": 3, "a": 1,
           "one": 1, "single": 1}
NUM = r"\d+|two|three|four|five|six|seven|eight|nine|ten|twelve"
SHARE_ASK = ci(r"\bwhat\s+(?:percent(?:age)?|%|share|proportion|fraction|part|portion)(?!\w)|"
               r"\bhow\s+much\s+of\b|\bas\s+a\s+(?:percent(?:age)?|%)(?!\w)|\bpercent(?:age)?\s+of\b|"
               r"\bhow\s+many\s+percent\b")
LEFT_ASK = ci(r"\b(?:left|remain\w*|spare|leftover|left\s+over|still\s+(?:has|have|got)|"
              r"change)\b")
FIT_ASK = ci(r"\bhow\s+many\s+(?:times|shops|lots|of\s+(?:these|them|this))\b|\bhow\s+often\s+"
             r"could\b")
FREQ = ci(rf"\b(?:(?P<n>{NUM}|once|twice|thrice)\s+(?:times\s+)?(?:a|per|each|every)\s+"
          rf"(?P<u>day|week|fortnight|month|year)|(?:every|each)\s+(?:single\s+)?"
          rf"(?P<u2>day|week|fortnight|month|year)|(?P<ly>daily|weekly|fortnightly|monthly|"
          rf"yearly))\b")
OVER = ci(rf"\b(?:for|over|in|across|during)\s+(?:the\s+next\s+|a\s+whole\s+|a\s+full\s+)?"
          rf"(?:(?P<n>{NUM}|a|one)\s+)?(?P<u>days?|weeks?|fortnights?|months?|years?)\b")
RISE = ci(rf"\b(?:go(?:es|ing)?\s+up|ris(?:e|es|ing)|increas(?:e|es|ed|ing)|climb\w*|jump\w*|"
          rf"grow\w*|inflation|up\s+by|"
          rf"goes\s+up|went\s+up|more\s+expensive|dearer)\b[^.?!]{{0,25}}?{PCT}|{PCT}\s+"
          rf"(?:more|higher|inflation|rise|increase|dearer|price\s+rise)\b")
CUT = ci(rf"{PCT}\s+(?:\w+\s+){{0,2}}?(?:discount|off|reduction|cheaper)\b|\b(?:discount|"
         rf"go(?:es)?\s+down|drop|drops|fall|falls|fell|cut|reduc\w+)\b[^.?!]{{0,25}}?{PCT}")
TAX_ON = ci(rf"\b(?:(?P<inc>includ\w+)|with|plus|after|adding|add)\s+(?:an?\s+|the\s+)?{PCT}\s+"
            rf"(?:sales\s+)?(?:tax|vat|gst|hst)\b")
TIP = ci(rf"{PCT}\s+(?:tip|gratuity|service)\b|\btip\s+(?:of\s+)?{PCT}")
PARTY = ci(rf"\b(?P<n>{NUM})\s+(?:of\s+us|people|friends|ways|guests|diners|persons|heads)\b")
SPLIT = ci(r"\b(?:split\w*|shar\w+|evenly|equally|divid\w+|each|apiece|per\s+(?:person|head))\b")
HALF = ci(r"\bhalf\b|\b50\s*/\s*50\b|\bfifty[-\s]fifty\b|\bhalves\b")
EXCEPT = ci(r"\b(?:except(?:\s+for)?|apart\s+from|aside\s+from|but|other\s+than|minus|without|"
            r"excluding|not\s+counting|leaving\s+out)\s+(?:the\s+|my\s+|his\s+|her\s+)?"
            r"(?P<rest>[a-z][a-z ,&]*)")
PUT_BACK = ci(r"\b(?:put\s+back|put\s+\w+\s+back|returned?|taken?\s+off|took\s+off|removed?|"
              r"dropped|drop|skipped|skip|left\s+off|not\s+bought|hadn'?t\s+bought)\b[^.?!]{0,30}?"
              r"\b(?P<k>cheapest|least\s+expensive|most\s+expensive|dearest|priciest)\b|"
              r"\bput\s+(?:the\s+|my\s+)?(?P<k2>cheapest|least\s+expensive|most\s+expensive|"
              r"dearest|priciest)\s+(?:\w+\s+)?back\b")
RATIO = ci(r"\bhow\s+many\s+times\s+(?:more|as\s+much|bigger|dearer|pricier|costlier|higher|"
           r"as\s+(?:dear|pricey|expensive)|the\s+price)\b|"
           r"\b(?:ratio|times\s+(?:more|dearer|pricier)\s+than)\b")
PART_ALONE = ci(r"\b(?:tip|tax|gratuity|vat|gst|service)\s+(?:itself|alone|amount|only|"
                r"on\s+its\s+own)\b|"
                r"\bjust\s+the\s+(?:tip|tax|gratuity|vat|gst)\b|\b(?:tip|tax|gratuity)\s+only\b|"
                r"\bhow\s+much\s+(?:is|would\s+be|will\s+be|should\s+be|'s)\s+(?:the|my|an?|that)\s+"
                r"(?:\d+(?:\.\d+)?\s*%\s+)?"
                r"(?:tip|tax|gratuity|vat|gst)\b|\bhow\s+much\s+(?:tip|tax)\b")
WHOLE = ci(r"\b(?:everything|the\s+lot|all\s+of\s+it|the\s+whole|the\s+total|the\s+bill)\b")


def _num(word: str | None) -> int:
    if not word:
        return 1
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


def _pct(found: re.Match[str]) -> Fraction:
    return Fraction(next(g for g in found.groups() if g and g[0].isdigit()))


def _amount(found: re.Match[str]) -> Fraction:
    return Fraction((found.group("v") or found.group("w")).replace(",", ""))


def _figure(question: str, facts: Facts, total: Fraction) -> tuple[Fraction, str, bool]:
    """The figure worked on, how it is said, and whether it is the whole total."""
    items = [(name, Fraction(str(value))) for name, value in facts.items]
    if (back := PUT_BACK.search(question)) is not None and len(items) >= 2:
        dear = not re.match(r"cheapest|least", back.group("k") or back.group("k2"), re.I)
        name, value = (max if dear else min)(items, key=lambda item: item[1])
        return total - value, f"the total without the {name} ({cents(value)})", False
    named = named_items(question, facts)
    if (cut := EXCEPT.search(question)) is not None and named and WHOLE.search(
            question[:cut.start()] + " the whole"):
        left_out = [item for item in named if item[0].lower() in cut.group("rest").lower()]
        if left_out and len(left_out) < len(items):
            gone = sum((Fraction(str(v)) for _, v in left_out), Fraction(0))
            listed = ", ".join(name for name, _ in left_out)
            return total - gone, f"everything but the {listed} ({cents(gone)})", False
    if named:
        value = sum((Fraction(str(v)) for _, v in named), Fraction(0))
        listed = " + ".join(f"{name} {cents(Fraction(str(v)))}" for name, v in named)
        return value, f"the {listed}", False
    return total, "the total", True


def _period(question: str) -> tuple[Fraction, str] | None:
    """How many times the figure is paid over the period asked ("twice a week for four
    weeks": 8)."""
    often, over = FREQ.search(question), OVER.search(question)
    if often is None or over is None:
        return None
    ly = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
          "yearly": "year"}
    unit = (often.group("u") or often.group("u2") or ly[often.group("ly").lower()]).lower()
    times = _num(often.group("n"))
    span = over.group("u").lower().rstrip("s")
    count = _num(over.group("n"))
    days = {"day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
    per_year = {"day": 365, "week": 52, "fortnight": 26, "month": 12, "year": 1}
    if span == unit:
        many = Fraction(times * count)
    elif span == "year":
        many = Fraction(times * per_year[unit] * count)
    elif unit == "week" and span == "month":
        many = Fraction(times * 4 * count)
    else:
        many = Fraction(times * days[span] * count, days[unit])
    if many <= 1:
        return None
    return many, f"{times} a {unit} over {count} {span}{'s' if count != 1 else ''}"


ONE_LINE_ONLY = re.compile(r"\b(?:only|just)\b[^?]*\b(?:total|bill|pay|altogether|owe)\b|"
                           r"\b(?:total|bill|pay|altogether|owe)\b[^?]*\b(?:only|just)\b", re.I)


def steps_on(question: str, value: Fraction, whole: bool = True) -> tuple[Fraction, list[str]]:
    """The figure after the rises, cuts, taxes, tips, repeats, split and round-up asked."""
    said = []
    if (cut := CUT.search(question)) is not None:
        value *= 1 - Fraction(_pct(cut)) / 100
        said.append(f"{_pct(cut)}% off")
    if (rise := RISE.search(question)) is not None:
        value *= 1 + Fraction(_pct(rise)) / 100
        said.append(f"up {_pct(rise)}%")
    tax = TAX_ON.search(question)
    if tax is not None and not (whole and tax.group("inc")):  # a total "including" tax has it
        value *= 1 + Fraction(_pct(tax)) / 100
        said.append(f"plus {_pct(tax)}% tax")
    if (tip := TIP.search(question)) is not None:
        value *= 1 + Fraction(_pct(tip)) / 100
        said.append(f"plus a {_pct(tip)}% tip")
    if (period := _period(question)) is not None:
        value *= period[0]
        said.append(f"{period[1]} (× {period[0]})")
    if HALF.search(question):
        value /= 2
        said.append("halved")
    elif (party := PARTY.search(question)) is not None and SPLIT.search(question):
        ways = _num(party.group("n"))
        if ways > 1:
            value /= ways
            said.append(f"split {ways} ways")
    if ROUND_UP.search(question) and said:
        step = STEP.search(question)
        size = Fraction(int(step.group("v") or step.group("n") or {"five": 5, "ten": 10,
                                                                   "twenty": 20}[
            step.group("w").lower()])) if step and not re.search(r"\bwhole\b", step.group(0),
                                                                 re.I) else Fraction(1)
        value = -((-value) // size) * size
        said.append(f"rounded up to the next {cents(size)}")
    return value, said


RANK = ci(r"\b(?P<n>second|third|fourth|2nd|3rd|4th|next)[-\s]+(?:most\s+expensive|dearest|"
          r"priciest|costliest|highest|biggest|(?P<low>cheapest|least\s+expensive|lowest|"
          r"smallest))\b")
ORDINAL = {"second": 2, "2nd": 2, "next": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
MEDIAN = ci(r"\bmedian\b|\bmiddle\s+(?:price|value|item|one)\b")


def ranked(question: str, facts: Facts) -> list[Answer]:
    """The item at the rank asked ("the second most expensive", "third cheapest"), or the
    median price of the items."""
    items = [(name, Fraction(str(value))) for name, value in facts.items]
    if (rank := RANK.search(question)) is not None:
        place = ORDINAL[rank.group("n").lower()]
        if len(items) < place:
            return []
        order = sorted(items, key=lambda item: item[1], reverse=not rank.group("low"))
        name, value = order[place - 1]
        word = rank.group(0).lower()
        return [(f"The {word} item is **{name}** at **{cents(value)}**.", float(value))]
    if MEDIAN.search(question) and items:
        values = sorted(value for _, value in items)
        mid = len(values) // 2
        median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
        listed = ", ".join(cents(v) for v in values)
        return [(f"The median item price is **{cents(median)}** ({listed}).", float(median))]
    return []


def more_asks(question: str, facts: Facts) -> list[Answer]:
    """The figure worked as asked; nothing when none of these kinds is asked."""
    if facts.whole is None:
        return []
    if found := ranked(question, facts):
        return found
    if PART_ALONE.search(question):
        return []  # the tip or tax alone is worked elsewhere
    cur = f" {facts.currency}" if facts.currency else ""
    total = Fraction(str(facts.whole))
    value, said, whole = _figure(question, facts, total)
    named = named_items(question, facts)
    if RATIO.search(question) and len(named) == 2 and named[1][1]:
        a, b = (Fraction(str(v)) for _, v in named)
        ratio = a / b
        return [(f"The {named[0][0]} ({cents(a)}) cost **{float(ratio):.2f} times** the "
                 f"{named[1][0]} ({cents(b)}).", float(round(ratio, 2)))]
    stated = [m for m in re.finditer(MONEY, question, re.I)]
    money = _amount(stated[0]) if stated else None
    if money and SHARE_ASK.search(question) and money > 0:
        share = value * 100 / money
        return [(f"{said[0].upper()}{said[1:]} ({cents(value)}{cur}) is **{cents(share)}%** "
                 f"of {cents(money)}.", float(share))]
    if money and FIT_ASK.search(question) and value > 0:
        times = int(money // value)
        return [(f"{cents(money)} covers {said} ({cents(value)}{cur}) **{times} times** "
                 f"({cents(money - times * value)} over).", float(times))]
    if money and LEFT_ASK.search(question) and money >= value:
        left = money - value
        return [(f"Out of {cents(money)}, after {said} ({cents(value)}{cur}) there is "
                 f"**{cents(left)}{cur}** left.", float(cents(left)))]
    worked, steps = steps_on(question, value, whole)
    if not steps and whole:
        return []
    if not steps and not PUT_BACK.search(question) and len(named) < 2:
        return []
    how = f", {', '.join(steps)}" if steps else ""
    if steps and not whole and len(named) == 1 and ONE_LINE_ONLY.search(question):
        after = total - value + worked  # "20% off the blender only: my total?"
        return [(f"{said[0].upper()}{said[1:]}{how}: {cents(worked)}{cur}; the total becomes "
                 f"**{cents(after)}{cur}**.", float(after))]
    return [(f"{said[0].upper()}{said[1:]}{how}: **{cents(worked)}{cur}**.", float(worked))]
