"""More that people ask of an image's date (:mod:`core.agents.asks_receipt_facts`).

- the date written another way ("as DD/MM/YYYY", "US style, mm/dd/yyyy", "dd.mm.yy",
  "in ISO format", "written out in words");
- its month, its quarter and its year ("which month did I order in?", "what quarter of the
  year does it fall in?", "which financial quarter?");
- the days or weeks between it and a date the question names in words or by a holiday
  ("between the order date and Christmas Day 2026", "until 1 March", "since Valentine's");
- how long ago it was from today, said or not ("today is 30 November 2026, how many days
  ago?", "how many full weeks ago did I order this?").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from core.agents.asks_receipt_facts import Facts, read_date
from core.agents.patterns import ci

Answer = tuple[str, float | None]
MONTH_NAMES = [m.lower() for m in calendar.month_name[1:]]
MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_MONTH = ci(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+(?P<y>\d{{4}}))?\b")
MONTH_DAY = ci(rf"\b{MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?")
HOLIDAYS = ((r"christmas\s+eve", 12, 24), (r"christmas|xmas", 12, 25), (r"boxing\s+day", 12, 26),
            (r"new\s+year'?s?\s+eve", 12, 31), (r"new\s+year'?s?(?:\s+day)?", 1, 1),
            (r"valentine'?s?(?:\s+day)?", 2, 14), (r"halloween", 10, 31),
            (r"independence\s+day|(?:the\s+)?4th\s+of\s+july", 7, 4),
            (r"st\.?\s+patrick'?s(?:\s+day)?", 3, 17), (r"bastille\s+day", 7, 14))
TODAY = ci(r"\b(?:today|now|the\s+date\s+today|today'?s\s+date)\b")
SINCE_ASK = ci(r"\bhow\s+(?:many|long)\b[^?.!]*\b(?:ago|since|between|until|till|before|after|"
               r"from|to)\b|\bhow\s+long\s+ago\b|\bhow\s+many\s+(?:full\s+|whole\s+|complete\s+)?"
               r"(?:days|weeks|months)\b")
PATTERN = ci(r"\b(?P<a>d{1,2}|m{1,2}|y{2,4})(?P<s>[/.\-])(?P<b>d{1,2}|m{1,2}|y{2,4})(?P=s)"
             r"(?P<c>d{1,2}|m{1,2}|y{2,4})\b")
STYLES = ((ci(r"\b(?:us|u\.s\.|american)\s+(?:style|format|way|order)\b|\bmonth\s+first\b"),
           "mm/dd/yyyy"),
          (ci(r"\b(?:uk|british|european|eu|australian)\s+(?:style|format|way|order)\b|"
              r"\bday\s+first\b"), "dd/mm/yyyy"),
          (ci(r"\biso(?:\s*8601)?\b|\byear\s+first\b"), "yyyy-mm-dd"))
WRITE = ci(r"\b(?:as|in|into|format|style|write|give|put|convert|form|way|order)\b")
IN_WORDS = ci(r"\b(?:in\s+words|written\s+out|spelled\s+out|long\s+form|in\s+full)\b|\bwrit\w*"
              r"\s+(?:it\s+|that\s+|the\s+date\s+)?out\b|\bmonth\s+(?:name|as\s+(?:a\s+)?word|in\s+"
              r"(?:words|letters|full)|spelled|written)\b|\bname\s+of\s+the\s+month\b|\bwith\s+the\s+"
              r"month\b|\bfull\s+(?:\w+\s+)?date\b")
MONTH_ASK = ci(r"\b(?:which|what)\s+month\b|\bthe\s+month\b|\bmonth\s+(?:of|was|is|did)\b")
QUARTER_ASK = ci(r"\bquarter\b|\bq[1-4]\b")
HALF_WORDS = ("first", "second", "third", "fourth")


def _formatted(day: date, pattern: str) -> str:
    parts = re.split(r"([/.\-])", pattern.lower())
    out = []
    for part in parts:
        if part in "/.-":
            out.append(part)
        elif part.startswith("d"):
            out.append(f"{day.day:02d}" if len(part) == 2 else str(day.day))
        elif part.startswith("m"):
            out.append(f"{day.month:02d}" if len(part) == 2 else str(day.month))
        else:
            out.append(f"{day.year % 100:02d}" if len(part) == 2 else str(day.year))
    return "".join(out)


def written(question: str, day: date) -> list[Answer]:
    """The date in the form asked: a pattern ("DD/MM/YYYY") or a named style."""
    found = PATTERN.search(question)
    pattern = found.group(0) if found is not None and len({found.group(k)[0].lower() for k in
                                                          "abc"}) == 3 else None
    if pattern is None and WRITE.search(question):
        pattern = next((shape for style, shape in STYLES if style.search(question)), None)
    if pattern is not None:
        return [(f"As {pattern.upper()} the date is **{_formatted(day, pattern)}** "
                 f"({day.isoformat()}).", None)]
    if IN_WORDS.search(question):
        return [(f"Written out: **{calendar.day_name[day.weekday()]}, {day.day} "
                 f"{calendar.month_name[day.month]} {day.year}** ({calendar.month_name[day.month]} "
                 f"{day.day}, {day.year}).", None)]
    return []


def named_date(text: str, near: date) -> date | None:
    """A date the question names: "25 December 2026", "March 1st", "Christmas Day 2026",
    "new year's eve" (the year of ``near`` when none is said)."""
    lowered = text.lower()
    for pattern in (DAY_MONTH, MONTH_DAY):
        for found in pattern.finditer(lowered):
            month = next(i for i, m in enumerate(MONTH_NAMES, 1) if m.startswith(
                found.group("mon")[:3]))
            try:
                return date(int(found.group("y") or near.year), month, int(found.group("d")))
            except ValueError:
                continue
    for words, month, day in HOLIDAYS:
        holiday = re.search(rf"\b(?:{words})\b(?:\s+(?:day\s+)?(?P<y>\d{{4}}))?", lowered)
        if holiday is not None:
            return date(int(holiday.group("y") or near.year), month, day)
    return read_date(text)


def _today(question: str, day: date) -> date:
    """The date the question says today is, or today's."""
    at = TODAY.search(question)
    if at is not None:
        window = question[max(0, at.start() - 40):at.end() + 40]
        said = named_date(window, day)
        if said is not None and said != day:
            return said
    return date.today()


def between(question: str, day: date) -> list[Answer]:
    asked = SINCE_ASK.search(question)
    if asked is None:
        return []
    other = named_date(re.sub(r"\border\s+date\b", "", question), day)
    if other is None or other == day:
        if not re.search(r"\bago\b|\bsince\b|\btoday\b|\bnow\b", question, re.I):
            return []
        other = _today(question, day)
    gap = abs((other - day).days)
    side = "after" if other > day else "before"
    named = re.search(r"\b(days?|weeks?|months?)\b", question[asked.start():], re.I)
    unit = named.group(1).lower() if named is not None else "days"
    if unit.startswith("week"):
        weeks, rest = divmod(gap, 7)
        return [(f"From {day.isoformat()} to {other.isoformat()} is **{weeks} full weeks** "
                 f"({gap} days; {weeks} weeks and {rest} days).", float(weeks))]
    if unit.startswith("month"):
        months = (max(other, day).year - min(other, day).year) * 12 + max(other, day).month - \
            min(other, day).month - (max(other, day).day < min(other, day).day)
        return [(f"From {day.isoformat()} to {other.isoformat()} is **{months} full months** "
                 f"({gap} days).", float(months))]
    return [(f"{other.isoformat()} is **{gap} days** {side} the date on it "
             f"({day.isoformat()}).", float(gap))]


def asks_when(text: str) -> bool:
    """Whether a message asks the date written another way, its quarter or the days to a date
    it names (no image read)."""
    near = date.today()
    return bool(PATTERN.search(text) or (WRITE.search(text) and any(
        style.search(text) for style, _ in STYLES)) or (QUARTER_ASK.search(text) and not re.search(
            r"\ba\s+quarter\s+of\b", text, re.I)) or (SINCE_ASK.search(text) and (
                named_date(text, near) is not None or re.search(r"\bago\b", text, re.I))))


def when_asks(question: str, facts: Facts) -> list[Answer]:
    """The date's other forms, its month or quarter, and the days to a date named."""
    day = facts.date
    if day is None:
        return []
    out = written(question, day) + between(question, day)
    if MONTH_ASK.search(question) and not out:
        out.append((f"It is dated in **{calendar.month_name[day.month]}**, {day.year} "
                    f"({day.isoformat()}).", None))
    if QUARTER_ASK.search(question) and not re.search(r"\ba\s+quarter\s+of\b", question, re.I):
        quarter = (day.month - 1) // 3 + 1
        first = calendar.month_name[quarter * 3 - 2]
        last = calendar.month_name[quarter * 3]
        out.append((f"{day.isoformat()} falls in **Q{quarter}**, the {HALF_WORDS[quarter - 1]} "
                    f"quarter ({first}–{last} {day.year}).", None))
    return out
