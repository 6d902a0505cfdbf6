"""What a question asks of a screenshot's or a sign's figures, worked out
(:mod:`core.agents.vision_screen` reads them).

Beside the sums there: a sign's percentage off a price the question gives ("normally $92,
with this sale?"), the gap between two figures ("how many degrees cooler is the low than the
high?"), the mean, the best or the sum of a list ("his average across the subjects", "screen
time in total"), a dose "every N hours" over a day, and a figure in the unit the question
names ("this limit in km/h", "in fahrenheit").
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.base import AgentResult
from core.agents.patterns import ci
from core.agents.vision_clock_shift import clock_shift
from core.agents.vision_periods import plans_compared
from core.agents.vision_screen import (
    Answer,
    Figure,
    figures,
    left_of_goal,
    less_named,
    money,
    per_period,
    plain,
    priced_counts,
)
from core.agents.vision_units import convert_asked

OFF = ci(r"(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:off|discount|reduction|less)\b|\b(?:save|off)\s+"
         r"(?P<q>\d+(?:\.\d+)?)\s*%")
Q_PRICE = ci(r"[$€£]\s?(?P<v>\d+(?:,\d{3})*(?:\.\d+)?)|(?P<w>\d+(?:\.\d+)?)\s*(?:dollars?|"
             r"euros?|pounds?|bucks)\b")
SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP"}


def percent_off(question: str, text: str) -> list[Answer]:
    """A sign's percentage off applied to a price the question gives."""
    sign = OFF.search(text)
    price = Q_PRICE.search(question)
    if sign is None or price is None:
        return []
    pct = Fraction(sign.group("p") or sign.group("q"))
    value = Fraction((price.group("v") or price.group("w")).replace(",", ""))
    currency = SYMBOL.get(price.group(0).strip()[0], "") or next(
        (c for w, c in (("dollar", "USD"), ("euro", "EUR"), ("pound", "GBP"))
         if w in price.group(0).lower()), "")
    paid = value * (1 - pct / 100)
    return [(f"With {plain(pct)}% off, {money(value, currency)} comes to "
             f"**{money(paid, currency)}** (you save {money(value - paid, currency)}).",
             float(paid))]


GAP = ci(r"\b(?:cooler|warmer|colder|hotter|difference|gap|between|higher|lower|more\s+than|"
         r"less\s+than|drop|rise|fall|swing|range)\b")
HIGH_LOW = ci(r"\b(?:high|max\w*|top|day)\b"), ci(r"\b(?:low|min\w*|bottom|night)\b")


def gap(question: str, found: list[Figure]) -> list[Answer]:
    """The gap between a high and a low (or the two figures of one kind) the image gives."""
    if not GAP.search(question):
        return []
    high = next((f for f in found if HIGH_LOW[0].search(f.label)), None)
    low = next((f for f in found if HIGH_LOW[1].search(f.label)), None)
    if high is None or low is None or high.unit != low.unit:
        return []
    diff = abs(high.value - low.value)
    unit = {"C": "°C", "F": "°F"}.get(high.unit, f" {high.unit}" if high.unit else "")
    degrees = " degrees" if high.unit in ("C", "F") else ""
    return [(f"The gap is **{plain(diff)}{unit}** ({plain(high.value)} − {plain(low.value)})"
             f"{'; that is ' + plain(diff) + degrees if degrees else ''}.", float(diff))]


MEAN = ci(r"\b(?:average|mean|typical)\b")
BEST = ci(r"\b(?:best|highest|strongest|top\s+(?:score|mark|result|subject|grade))\b")
WORST = ci(r"\b(?:worst|lowest|weakest)\b")
SUM = ci(r"\b(?:in\s+total|total|altogether|all\s+together|combined|add(?:ed)?\s+up|sum|overall)\b")
DURATION = re.compile(r"(?:(?P<h>\d+)\s*h(?:rs?|ours?)?)?\s*(?:(?P<m>\d+)\s*m(?:in(?:ute)?s?)?)?\b",
                      re.I)


def _durations(text: str) -> list[tuple[str, int]]:
    """(label, minutes) of each "1h 23m" / "45 min" line."""
    out = []
    for line in text.splitlines():
        found = [m for m in DURATION.finditer(line) if m.group("h") or m.group("m")]
        if found:
            last = found[-1]
            label = " ".join(re.findall(r"[a-z]+", line[:found[0].start()].lower()))
            out.append((label, int(last.group("h") or 0) * 60 + int(last.group("m") or 0)))
    return out


def list_sums(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """The mean, best, worst or sum of the labelled figures of a list."""
    if re.search(r"\bminutes?\b|\bhours?\b|\btime\b", question, re.I) and (SUM.search(
            question) or re.search(r"\bhow\s+many\s+minutes\b", question, re.I)):
        spans = [d for d in _durations(text) if d[1]]
        if spans and (len(spans) >= 2 or re.search(r"\d\s*h", text)):
            spent = sum(m for _, m in spans)
            return [(f"That is **{spent} minutes** in total ({spent // 60} h {spent % 60} min).",
                     float(spent))]
    listed = [f for f in found if f.label and not f.currency and f.unit in ("", "%", "points")]
    lines = text.splitlines()
    after = {_after(f, lines) for f in listed}
    if len(listed) < 2 or len(after) > 1 or None in after:
        return []  # "42 Wh", "100%" and "14.9 W", or "49/50": no list of like figures
    out: list[Answer] = []
    if MEAN.search(question) and not any(MEAN.search(f.label) for f in found):
        # "at that average draw" names the image's figure; it asks for no mean
        mean = sum((f.value for f in listed), Fraction(0)) / len(listed)
        out.append((f"The average is **{plain(mean)}** (of {len(listed)}: "
                    f"{', '.join(plain(f.value) for f in listed)}).", float(mean)))
    for pattern, pick in ((BEST, max), (WORST, min)):
        if pattern.search(question) and not SUM.search(question):
            top = pick(listed, key=lambda f: f.value)
            mark = f"{plain(top.value)}{'%' if top.unit == '%' else ''}"
            out.append((f"The {'best' if pick is max else 'lowest'} is **{top.label.title()}** "
                        f"({mark}).", None))
    if SUM.search(question) and not out:
        whole = sum((f.value for f in listed), Fraction(0))
        out.append((f"The total is **{plain(whole)}**.", float(whole)))
    return out


DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
AFTER_FIGURE = re.compile(r"\s*([A-Za-z%]{0,6})\s*", re.I)
COUNTED_COIN = re.compile(r"[$€£¥]|\d\s*(?:c|p|cents?|pence)\b", re.I)


def _after(figure: Figure, lines: list[str]) -> str | None:
    """What follows a list's figure on its line: nothing, a percent sign or one unit word
    ("Maths: 72", "Sprint 2: 51 points", "Tue: 2.5 mm"); None when more follows ("42 Wh of
    60", "49/50", "185/45 R16") or its label names a coin or a price ("20c coins: 53" counts
    coins, it is no amount)."""
    line = lines[figure.line] if figure.line < len(lines) else ""
    spans = [m.span() for m in DIGITS.finditer(line)
             if Fraction(m.group(0).replace(",", "")) == figure.value]
    after = AFTER_FIGURE.fullmatch(line[spans[-1][1]:]) if spans else None
    if after is None or COUNTED_COIN.search(line[:spans[-1][0]]):
        return None
    return after.group(1).lower()


DOSE = ci(r"\b(?:take\s+)?(?P<n>\d+|one|two|three|four)\s+(?P<w>tablets?|capsules?|pills?|doses?|"
          r"puffs?|drops?|sprays?)\s+(?:every|each)\s+(?P<h>\d+)\s*(?:hours?|hrs?|h)\b")
A_DAY = ci(r"\b(?:a|per|each|in\s+a|in\s+one|every)\s+day\b|\bdaily\b|\b24\s*(?:hours?|hrs?|h)\b")


def doses_a_day(question: str, text: str) -> list[Answer]:
    """"TAKE 2 TABLETS EVERY 8 HOURS": the most in a day."""
    dose = DOSE.search(text)
    if dose is None or not A_DAY.search(question):
        return []
    each = {"one": 1, "two": 2, "three": 3, "four": 4}.get(dose.group("n").lower()) or int(
        dose.group("n"))
    times = 24 // int(dose.group("h")) if int(dose.group("h")) else 0
    word = dose.group("w").lower().rstrip("s") + "s"
    return [(f"At most **{each * times} {word}** a day ({each} every {dose.group('h')} hours, "
             f"{times} times in 24 hours). Check the label or a pharmacist if unsure.",
             float(each * times))]


def converted(question: str, found: list[Figure]) -> list[Answer]:
    """The image's measured figure in the unit the question names."""
    for figure in found:
        if figure.currency or not figure.unit:
            continue
        results = convert_asked(question, figure.value, figure.unit)
        if results:
            own = {"C": "°C", "F": "°F"}.get(figure.unit, f" {figure.unit}")
            said = "; ".join(f"**{plain(v)}{'' if u.startswith('°') else ' '}{u}**"
                             for u, v in results)
            return [(f"{plain(figure.value)}{own} is {said}.", float(results[0][1]))]
    return []


SPEED = ci(r"\b(?:at|doing|averag\w*|going)\s+(?P<v>\d+(?:\.\d+)?)\s*(?P<u>km/h|kph|kmh|mph|"
           r"miles\s+(?:per|an|a)\s+hour|kilomet(?:er|re)s\s+(?:per|an|a)\s+hour)")
HOW_LONG = ci(r"\bhow\s+(?:long|many\s+(?:minutes|hours|mins))\b|\b(?:journey|travel|driving)\s+"
              r"time\b|\btake\b")


def travel_time(question: str, found: list[Figure]) -> list[Answer]:
    """A distance on a sign at the speed the question gives ("how long at 80 km/h?")."""
    speed = SPEED.search(question)
    if speed is None or not HOW_LONG.search(question):
        return []
    per_km = speed.group("u").lower().startswith(("k", "kilo"))
    for figure in found:
        if figure.unit not in ("km", "mi"):
            continue
        distance = figure.value if (figure.unit == "km") == per_km else figure.value * (
            Fraction("1.609344") if figure.unit == "mi" else 1 / Fraction("1.609344"))
        minutes = round(distance / Fraction(speed.group("v")) * 60)
        hours, rest = divmod(minutes, 60)
        said = " ".join(p for p in (
            f"{hours} hour{'s' if hours != 1 else ''}" if hours else "",
            f"{rest} minute{'s' if rest != 1 else ''}" if rest else "") if p)
        return [(f"At {speed.group('v')} {speed.group('u')} that takes **{said or '0 minutes'}** "
                 f"({minutes} minutes).", float(minutes))]
    return []


WORTH = ci(r"(?P<n>\d[\d,]*)\s*(?P<w>points?|pts|stars?|miles|credits?|coins?|stamps?)\s*"
           r"(?:=|is|are|for|→|->)\s*[$€£]\s?(?P<v>\d+(?:\.\d+)?)|[$€£]\s?(?P<v2>\d+(?:\.\d+)?)\s*(?:per|for\s+"
           r"every|every|=)\s*(?P<n2>\d[\d,]*)\s*(?P<w2>points?|pts|stars?|miles|credits?)")


def points_worth(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """Points (stars, miles) at the rate the screen gives ("100 points = $1")."""
    rate = WORTH.search(text)
    if rate is None or not re.search(r"\b(?:worth|value|cash|redeem|money|dollars?|euros?|"
                                     r"pounds?)\b", question, re.I):
        return []
    per = Fraction((rate.group("n") or rate.group("n2")).replace(",", ""))
    value = Fraction(rate.group("v") or rate.group("v2"))
    named = (rate.group("w") or rate.group("w2")).lower()
    word = named[:4]
    sym = re.search(r"[$€£]", rate.group(0))
    currency = SYMBOL.get(sym.group(0), "") if sym else ""
    held = next((f for f in found if word in f.label and f.value != per), None)
    if held is None or not per:
        return []
    worth = held.value * value / per
    return [(f"{plain(held.value)} {named} at {plain(per)} = {money(value, currency)} are worth "
             f"**{money(worth, currency)}**.",
             float(worth))]


PEOPLE = ci(r"\b(?:people|persons|diners|guests|heads|ways|split\s+between|friends)\b")
EACH = ci(r"\b(?:each|per\s+(?:person|head)|apiece|everyone|every\s+one|owe|share)\b")


def split_people(question: str, found: list[Figure]) -> list[Answer]:
    """A total on a split-bill screen over the number of people it gives."""
    people = next((f for f in found if PEOPLE.search(f.label) and f.value == int(f.value) and
                   f.value > 1), None)
    cash = next((f for f in found if f.currency), None)
    if people is None or cash is None or not EACH.search(question):
        return []
    each = cash.value / people.value
    whole = money(cash.value, cash.currency)
    return [(f"Each person pays **{money(each, cash.currency)}** ({whole} ÷ "
             f"{plain(people.value)}).", float(each))]


FIELDS = (
    (ci(r"\bwho\b[^?]*\bfrom\b|\bsender\b|\bsent\s+(?:it|this)\b"), r"from|sender"),
    (ci(r"\bnetwork\b|\bwi-?fi\b[^?]*\bname\b|\bssid\b|\bconnected\b"),
     r"connected\s+to|network|ssid"),
    (ci(r"\bsubject\b|\bwhat\b[^?]*\babout\b"), r"subject|re"),
    (ci(r"\bseat\b"), r"seat"), (ci(r"\bgate\b"), r"gate"), (ci(r"\bplatform\b"), r"platform"),
    (ci(r"\bflight\b"), r"flight"), (ci(r"\btracking\b|\bparcel\s+number\b"), r"tracking"),
    (ci(r"\bpassword\b"), r"password"), (ci(r"\bcode\b"), r"code"),
    (ci(r"\bplan\b"), r"plan"), (ci(r"\bstatus\b"), r"status"),
)


def field(question: str, text: str) -> list[Answer]:
    """The value of the labelled field the question asks for ("From: Oakwood Primary",
    "Connected to Murphy Home", "Seat 7F")."""
    for asked, label in FIELDS:
        if not asked.search(question):
            continue
        for line in text.splitlines():
            found = re.match(rf"\s*(?:{label})\b\s*[:\-–]?\s*(?P<v>\S.*?)\s*$", line, re.I)
            if found:
                value = found.group("v")
                if label == "tracking":
                    value = value.replace("/", "")  # "TRK4/71587": a stray mark
                if label in ("seat", "gate", "platform", "flight"):
                    value = f"{label.title()} {value}"  # "which platform?" → "Platform 4"
                return [(f"It says **{value}**.", None)]
    return []


DAY = ci(r"\b(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b")
LIMIT_ITEMS = ci(r"\b(?P<n>\d+)\s+(?:items?|things?|articles?)\s+(?:or\s+(?:fewer|less)|max\w*|"
                 r"only)\b|\b(?:max\w*|up\s+to|limit)\s+(?P<m>\d+)\s+(?:items?|things?)\b")
HAVE = ci(r"\b(?:got|have|carrying|with|bought|holding)\s+(?P<n>\d+)\s+(?:things|items|"
          r"products|bits)\b|\b(?P<m>\d+)\s+(?:things|items)\s+in\s+(?:my|the)\b")


def sign_facts(question: str, text: str) -> list[Answer]:
    """A sign's weekday ("what day is the market?"), the time it gives for "when … back?",
    and the items over an express till's limit."""
    out: list[Answer] = []
    if re.search(r"\bwhat\s+day\b|\bwhich\s+day\b|\bwhen\b", question, re.I) and (
            day := DAY.search(text)):
        out.append((f"It is on **{day.group('d').title()}**.", None))
    if re.search(r"\bwhen\b|\bwhat\s+time\b", question, re.I) and (
            back := re.search(r"\b(?:back|return\w*|reopen\w*|open\w*)\s+(?:at|from|by)?\s*"
                              r"(?P<t>\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)", text, re.I)):
        out.append((f"They'll be back at **{back.group('t').strip()}**.", None))
    if (limit := LIMIT_ITEMS.search(text)) and (have := HAVE.search(question)):
        most = int(limit.group("n") or limit.group("m"))
        held = int(have.group("n") or have.group("m"))
        extra = max(held - most, 0)
        out.append((f"The limit is {most}; with {held} you'd put back **{extra} items**.",
                    float(extra)))
    return out


def looked_up(question: str, text: str) -> list[Answer]:
    """A labelled field or a sign's fact the question asks for (read, not worked out)."""
    return field(question, text) + sign_facts(question, text)


def screen_answer(question: str, text: str, receipt: bool = False) -> list[Answer]:
    """The sums the question asks of the image's labelled figures, or nothing (of a receipt,
    only its prices times the counts asked: "three lots of the notebook")."""
    found = figures(text)
    out: list[Answer] = []
    if receipt:
        return priced_counts(question, text, found)
    if (compared := plans_compared(question, text, found)):
        return compared  # two ways to pay, over the same period
    kinds: list[list[Answer]] = [
        clock_shift(question, text, found), doses_a_day(question, text),
        percent_off(question, text), per_period(question, text, found),
        less_named(question, found), left_of_goal(question, found),
        priced_counts(question, text, found), gap(question, found), converted(question, found),
        travel_time(question, found), list_sums(question, text, found),
        points_worth(question, text, found), split_people(question, found)]
    for answers in kinds:
        out += [a for a in answers if a[1] is None or all(a[1] != b[1] for b in out)]
    return out


def screen_result(found: list[Answer]) -> AgentResult:
    """The worked figures as one answer; its amount (and currency) the first figure's."""
    amount = next((value for _, value in found if value is not None), None)
    first = next((line for line, value in found if value is not None), "")
    code = re.search(r"\d (USD|EUR|GBP)\*\*", first)
    return AgentResult(ok=True, text="\n".join(line for line, _ in found),
                       basis="Read from the image's text (OCR) and worked out from its figures",
                       amount=None if amount is None else round(amount, 6),
                       currency=code.group(1) if code else "")
