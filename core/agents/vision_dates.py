"""Dates shown in a screenshot or on a sign, worked against the question.

A booking's check-in and check-out give its nights (and, with a rate per night, the stay's
cost); a due date, an appointment or an opening day gives the days from the "today" the
question states ("It's June 15 today"); a date of birth gives an age; a labelled date
("Placed: May 15, 2026", "Estimated delivery: Tue May 26, 2026") gives its month, weekday
or date. A date written without a year takes the year of the other date (the image's or
the question's); a day still to come that would fall before today is next year's.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, money

MONTH_NAMES = ("January February March April May June July August September October "
               "November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = ci(rf"\b(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
               rf"(?:,?\s+(?P<y>\d{{4}})\b)?")
DAY_MONTH = ci(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MON})(?![a-z])"
               rf"(?:,?\s+(?P<y>\d{{4}})\b)?")
ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
TODAY = ci(r"\b(?:today\s+is|today's\s+date\s+is|it's|it\s+is|its|date\s+today\s+is|as\s+of)\s+"
           r"(?:now\s+)?(?:the\s+)?(?P<when>[^.?!;]{3,24}?)(?:\s+today)?(?=[.?!;,]|\s+-|\s+and\b|"
           r"\s+how\b|\s+what\b|\s+when\b|\s+which\b|$)|(?P<before>[^.?!;]{3,24}?)\s+today\b")
# "days till the due date if today is December 4": the date after "today is" is today's
TODAY_IS = ci(r"\b(?:today\s+is|today's\s+date\s+is|date\s+today\s+is)\s+(?:the\s+)?"
              r"(?P<when>[^.?!;]{3,24}?)(?=[.?!;,]|\s+-|\s+and\b|\s+how\b|\s+what\b|$)"
              r"(?P<before>)")
CUES = ci(r"\b(?:days?|nights?|old|age|month|weekday|date|when|which\s+day|what\s+day|"
          r"stay|arrive|expected)\b")
COUNT_DAYS = ci(r"\bhow\s+many\s+(?:more\s+)?(?:days|nights)\b|\bdays?\s+(?:until|till|to\s+go|"
                r"left|remaining)\b|\bhow\s+long\s+(?:until|till|is\s+(?:the|this|my)\s+(?:stay|"
                r"booking))\b|\bhow\s+long\b[^.?!]{0,40}?\(?\s*(?:in\s+)?days\b|\b(?:number\s+of|"
                r"count\s+of)\s+days\b")
INCLUSIVE = ci(r"\b(?:including|counting|inclusive\s+of)\s+(?:today|both)\b|\binclusive\b")
AGE = ci(r"\bhow\s+old\b|\b(?:their|his|her|my|the)\s+age\b|\bage\s+(?:is|now|today)\b")
BIRTH = ci(r"\b(?:birth|born|dob|birthday)\b")
MONTH_ASK = ci(r"\b(?:which|what)\s+month\b")
WEEKDAY_ASK = ci(r"\b(?:which|what)\s+(?:day\s+of\s+the\s+week|weekday)\b")
DATE_ASK = ci(r"\b(?:what|which)\s+(?:date|day)\b|\bwhen(?:'s|\s+is|\s+was|\s+will|\s+does|"
              r"\s+did|\s+should|\s+am)\b")
RECKONED = ci(r"\d|\b(?:fortnights?|weeks?|weekly|months?|monthly|years?|yearly|annual\w*|"
              r"after|before|later|earlier|renew\w*|next|takes?|took|lasts?|every|ago|since|"
              r"add|plus|from|until|till|working|business)\b")
STAY_COST = ci(r"\b(?:cost|price|pay|total|come\s+to|charge)\b")
PER_NIGHT = ci(r"(?P<sym>[$€£])\s?(?P<v>\d+(?:\.\d+)?)\s*(?:per|a|/)\s*night\b")
START = ci(r"\b(?:check[-\s]?in|arriv\w*|from|start\w*|departs?|begin\w*|order\w*|placed|"
          r"dispatch\w*|bought|purchased|opened|issued|sent)\b")
END = ci(r"\b(?:check[-\s]?out|leav\w*|until|to|end\w*|return\w*|deliver\w*|received|"
        r"arrived|closed|due)\b")
WORDS = re.compile(r"[a-z]{3,}")
STOP = frozenset("the this that what when which how many days until till from date was were "
                 "will with does did for and are is it my your our their".split())

Dated = tuple[str, int, int, int | None]  # (label, month, day, year)


def _month(word: str) -> int:
    return [m[:3].lower() for m in MONTH_NAMES].index(word[:3].lower()) + 1


def _found(line: str) -> tuple[int, int, int | None, int] | None:
    """(month, day, year, where) of the first date written in a line."""
    if (iso := ISO.search(line)) and 0 < int(iso.group("m")) <= 12:
        return int(iso.group("m")), int(iso.group("d")), int(iso.group("y")), iso.start()
    for pattern in (MONTH_DAY, DAY_MONTH):
        if (hit := pattern.search(line)) and 0 < int(hit.group("d")) <= 31:
            year = int(hit.group("y")) if hit.group("y") else None
            return _month(hit.group("m")), int(hit.group("d")), year, hit.start()
    return None


def image_dates(text: str) -> list[Dated]:
    """Each date the image shows, with the words before it on its line (or the line above,
    for a date alone on its line: "GRAND OPENING" over "OCTOBER 15")."""
    out: list[Dated] = []
    previous = ""
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if (hit := _found(line)) is not None:
            label = line[:hit[3]].strip(" :-").lower() or line[hit[3]:].lower()
            if not WORDS.search(re.sub(_MON, "", label)):
                label = f"{previous} {label}".strip()
            out.append((label, hit[0], hit[1], hit[2]))
        if WORDS.search(line.lower()):
            previous = line.lower()
    return out


def _today(question: str) -> tuple[int, int, int | None] | None:
    stated = [hit for hit in TODAY.finditer(question) if hit.group("when")]
    for hit in [*stated, *TODAY_IS.finditer(question), *TODAY.finditer(question)]:
        group = "when" if hit.group("when") else "before"
        said = question[hit.start(group):hit.end(group) + 7]  # "Jul 28" of "Jul 28, 2026"
        if (found := _found(said)) is not None:
            return found[:3]
    return None


def _make(month: int, day: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shown(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTH_NAMES[day.month - 1]} {day.year} " \
           f"({day.isoformat()})"


def _pick(question: str, dated: list[Dated]) -> Dated | None:
    """The image's date the question names by its label words, or its only date."""
    if len(dated) == 1:
        return dated[0]
    asked = {w[:5] for w in WORDS.findall(question.lower()) if w not in STOP}
    named = [d for d in dated if asked & {w[:5] for w in WORDS.findall(d[0])}]
    return named[0] if len(named) == 1 else None


def date_answers(question: str, text: str) -> list[Answer]:
    """What the question asks of the image's dates, or [] when it asks none of this."""
    if not CUES.search(question):
        return []
    dated = image_dates(text)
    if not dated:
        return []
    today = _today(question)
    if today is not None:
        return _from_today(question, today, dated)
    if len(dated) == 2 and (COUNT_DAYS.search(question) or STAY_COST.search(question)):
        return _span(question, text, dated)
    if (picked := _pick(question, dated)) is None or picked[3] is None or RECKONED.search(
            MONTH_ASK.sub("", question)):
        return []  # a date moved on from the shown one ("a fortnight after the order")
    day = _make(picked[1], picked[2], picked[3])
    if day is None:
        return []
    if MONTH_ASK.search(question):
        return [(f"That is in **{MONTH_NAMES[day.month - 1]}** ({_shown(day)}).", None)]
    if WEEKDAY_ASK.search(question) or DATE_ASK.search(question):
        return [(f"That is **{_shown(day)}**.", None)]
    return []


def _span(question: str, text: str, dated: list[Dated]) -> list[Answer]:
    """Nights between a start and an end date (a booking's check-in and check-out), and the
    stay's cost when the image gives a rate per night and the question asks a cost."""
    first, second = dated
    if not (START.search(first[0]) and END.search(second[0])) or None in (first[3], second[3]):
        return []
    start, end = _make(first[1], first[2], first[3] or 0), _make(second[1], second[2],
                                                                  second[3] or 0)
    if start is None or end is None or not 0 < (end - start).days <= 366:
        return []
    nights = (end - start).days
    if COUNT_DAYS.search(question) and not STAY_COST.search(question):
        unit = "nights" if re.search(r"\bnights?\b", question, re.I) else "days"
        return [(f"That is **{nights} {unit}** ({start.isoformat()} to {end.isoformat()}).",
                 float(nights))]
    rate = PER_NIGHT.search(text)
    if rate is None:
        return []
    per = Fraction(rate.group("v"))
    currency = {"$": "USD", "€": "EUR", "£": "GBP"}[rate.group("sym")]
    return [(f"The stay costs **{money(per * nights, currency)}** ({nights} nights × "
             f"{money(per, currency)}).", float(per * nights))]


def _from_today(question: str, today: tuple[int, int, int | None],
                dated: list[Dated]) -> list[Answer]:
    """Days from the stated today to the image's date, or an age from a date of birth."""
    born = [d for d in dated if BIRTH.search(d[0])]
    if AGE.search(question) and len(born) == 1 and born[0][3] is not None and today[2]:
        birth = _make(born[0][1], born[0][2], born[0][3])
        now = _make(today[0], today[1], today[2])
        if birth is None or now is None or now < birth:
            return []
        years = now.year - birth.year - ((now.month, now.day) < (birth.month, birth.day))
        return [(f"They are **{years} years** old (born {birth.isoformat()}, today "
                 f"{now.isoformat()}).", float(years))]
    if not COUNT_DAYS.search(question) or INCLUSIVE.search(question):
        return []
    picked = _pick(question, [d for d in dated if not BIRTH.search(d[0])])
    if picked is None:
        return []
    year = picked[3] or today[2] or 2025
    now = _make(today[0], today[1], today[2] or year)
    then = _make(picked[1], picked[2], year)
    if now is None or then is None:
        return []
    if then < now and picked[3] is None:
        then = _make(picked[1], picked[2], year + 1)  # a yearless date still to come
    if then is None or not 0 <= (then - now).days <= 366:
        return []
    days = (then - now).days
    shown = (lambda d: d.isoformat()) if picked[3] or today[2] else (
        lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]}")  # no year was given: none is shown
    return [(f"That is **{days} days** (from {shown(now)} to {shown(then)}).", float(days))]
