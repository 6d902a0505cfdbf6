"""A sign's hours and its words, answered the way they are asked.

- its hours ("opening hours?", "how long are they open each day?"): the span and its length;
- the time they close ("what time do they close?", "when do they shut?", "til what time are
  they open?", "how late are they open?", "open until when?", "closing time?");
- the time they open ("what time do they open?", "when do they open in the morning?",
  "how early can I go?", "opening time?");
- whether they are open at a time asked ("are they open at 6pm?", "can I go at 8:30?");
- its letters or characters counted ("how many letters, not counting spaces?");
- the sign read out ("can you read this sign for me?", "what does it say?", "what's
  written on it?").
"""

from __future__ import annotations

import re

from core.agents.asks_receipt_lines import sign_words
from core.agents.base import AgentResult
from core.agents.patterns import ci

Answer = tuple[str, float | None]
BASIS = "Read from the image's text (OCR)"
ASKS_HOURS = ci(r"\b(?:opening\s+(?:hours|times)|what\s+hours|hours\s+of\s+business|"
                r"when\s+(?:is|are|does|do)\b[^?]*\b(?:open|close)|how\s+(?:long|many\s+"
                r"hours)\b[^?]*\b(?:open|each\s+day|a\s+day|per\s+day|daily))\b")
SPAN = ci(r"(?<![-/.:\d])\b(?P<a>\d{1,2})(?:[:.](?P<am>\d{2}))?\s*(?P<ap>[AP]\.?M\.?)?\s*(?:TO|-|–|"
          r"UNTIL|TILL)\s*(?P<b>\d{1,2})(?:[:.](?P<bm>\d{2}))?\s*(?P<bp>[AP]\.?M\.?)?(?!\w|[-/.]\d)")
CLOSE_ASK = ci(r"\b(?:clos(?:e|es|ing|ed)|shut(?:s|ting)?|lock\s+up|call\s+it\s+a\s+day)\b|"
               r"\b(?:until|till|til|'til|untill)\s+(?:what\s+time|when|what\s+hour)\b|"
               r"\bhow\s+late\b|\bopen\s+(?:until|till|til|to)\s*(?:\?|$|when|what)|"
               r"\blast\s+(?:orders?|entry|admission|call)\b|\bfinish\w*\s+(?:at|time)\b|"
               r"\b(?:what\s+time|when)\b[^?.!]*\b(?:finish|end)\b")
OPEN_ASK = ci(r"\b(?:what\s+time|when|what\s+hour)\b[^?.!]*\b(?:open|opens|opening|start|"
              r"starts|begin|unlock)\b|\bhow\s+early\b|\bopening\s+time\b|\bopens?\s+at\s+what\b|"
              r"\bearliest\b")
AT_TIME = ci(r"\b(?:at|by|around|after|before)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*"
             r"(?P<p>[ap]\.?m\.?)?(?!\s*(?:%|[$€£]|dollars?|items?))(?!\w)")
LETTERS_ASK = ci(r"\bhow\s+many\s+(?:letters|characters|chars)\b|\bnumber\s+of\s+(?:letters|"
                 r"characters)\b|\b(?:letters|characters)\s+(?:are\s+)?(?:there|in\s+(?:it|this|"
                 r"the))\b[^?]*\bhow\s+many\b|\bcount\s+(?:the\s+)?(?:letters|characters)\b|"
                 r"\bletter\s+count\b")
READ_ASK = ci(r"\bread\s+(?:this|it|that|the\s+\w+|out|me|what|aloud|off)\b|\bwhat\s+(?:does|do|"
              r"did)\s+(?:this|it|that|the\s+\w+|these)\s+(?:\w+\s+)?(?:say|read|state|tell)\b|"
              r"\bwhat(?:'s|’s|\s+is|\s+does\s+it\s+say)\s+(?:written|printed|on\s+(?:this|the|"
              r"that|it))\b|\bwhat\s+it\s+says\b|\btranscribe\b|\btype\s+(?:it\s+|this\s+)?out\b|"
              r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:read|make\s+out|see)\b|"
              r"\bwhat\s+(?:words|text)\b|\bwords\s+on\s+(?:it|this|the)\b")
OTHER_ASK = ci(r"\b(?:first|last|top|opening|final|second|third|longest)\s+word\b|"
               r"\bhow\s+(?:many|much|long)\b|\bwhat\s+time\b|\bwhen\b|\bwhich\b|\btotal\b|"
               r"\bcost\b|\bprice\b|\bdate\b")


def _clock(hour: str, minute: str | None, half: str | None) -> float:
    value = int(hour) % 12 if half else int(hour)
    if half and half.upper().startswith("P"):
        value += 12
    return value + int(minute or 0) / 60


def _shown(hours: float) -> str:
    """A time of day as a 24-hour clock time ("17:00")."""
    whole = int(hours) % 24
    return f"{whole:02d}:{round((hours - int(hours)) * 60):02d}"


def _span(text: str) -> tuple[re.Match[str], float, float] | None:
    span = SPAN.search(text)
    if span is None:
        return None
    start = _clock(span.group("a"), span.group("am"), span.group("ap"))
    end = _clock(span.group("b"), span.group("bm"), span.group("bp"))
    if end <= start and not span.group("bp"):
        end += 12  # "9 to 5": the afternoon
    if end <= start or end > 24 or start >= 24:
        return None
    return span, start, end


def _said(span: re.Match[str], hour: str, minute: str, half: str) -> str:
    return (span.group(hour) + (f":{span.group(minute)}" if span.group(minute) else "") +
            (span.group(half) or "")).upper()


def opening_hours(text: str) -> AgentResult | None:
    """The hours a sign gives ("9AM TO 5PM") and how long that is each day."""
    found = _span(text)
    if found is None:
        return None
    span, start, end = found
    length = end - start
    whole, minutes = int(length), round((length - int(length)) * 60)
    shown = f"{whole} hours" + (f" {minutes} minutes" if minutes else "")
    return AgentResult(ok=True, text=f"It is open **{span.group(0).strip()}**: **{shown}** "
                       "each day.", basis=BASIS, amount=length, currency="hours")


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_ASKED = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|\.)?\b|\b(mon|tues|wednes|thurs|"
                       r"fri|satur|sun)days?\b", re.I)
DAY_RANGE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*(?:-|–|to)\s*(mon|tue|wed|"
                       r"thu|fri|sat|sun)[a-z]*\b", re.I)


def day_line(question: str, text: str) -> str | None:
    """The sign's line for the weekday the question names ("SAT 09:30-15:00" for "on
    Saturday", "MON-FRI 8-6" for "on Wednesday"), "" when it names none, None when the
    sign gives no line for it."""
    asked = DAY_ASKED.search(question)
    if asked is None:
        return ""
    day = DAYS.index((asked.group(1) or asked.group(2))[:3].lower())
    for line in text.splitlines():
        if (span := DAY_RANGE.search(line)) is not None:
            a, b = DAYS.index(span.group(1).lower()), DAYS.index(span.group(2).lower())
            if a <= day <= b or (a > b and (day >= a or day <= b)):
                return line
        elif re.search(rf"\b{DAYS[day]}", line, re.I):
            return line
    return None


def hours_asks(question: str, text: str) -> list[Answer]:
    """The closing or opening time asked, or whether a time asked falls in the hours."""
    line = day_line(question, text)
    if line is None:
        return []  # a day the sign gives no hours for
    if line and re.search(r"\bclosed\b", line, re.I):
        return [(f"They are **closed** that day; the sign says {line.strip()}.", None)]
    found = _span(line or text)
    if found is None:
        return []
    span, start, end = found
    whole = span.group(0).strip()
    out: list[Answer] = []
    if (at := AT_TIME.search(question)) is not None and re.search(
            r"\b(?:open|make\s+it|get\s+in|still|go|there)\b", question, re.I):
        hour = int(at.group("h"))
        when = _clock(at.group("h"), at.group("m"), at.group("p"))
        if not at.group("p") and hour < 12 and when < start:
            when += 12  # "at 6": the evening when the morning is before opening
        inside = start <= when < end
        word = "Yes" if inside else "No"
        out.append((f"{word}: they are open **{whole}**, and {_shown(when)} is "
                    f"{'inside' if inside else 'outside'} those hours (they close at "
                    f"**{_said(span, 'b', 'bm', 'bp')}**, {_shown(end)}).", None))
        return out
    both = re.search(r"\bopen\w*\s+(?:and|&|or)\s+clos|\bclos\w*\s+(?:and|&|or)\s+open",
                     question, re.I)
    if both or (OPEN_ASK.search(question) and not CLOSE_ASK.search(question)):
        out.append((f"They open at **{_said(span, 'a', 'am', 'ap')}** ({_shown(start)}); "
                    f"the sign says {whole}.", None))
    if both or CLOSE_ASK.search(question):
        out.append((f"They close at **{_said(span, 'b', 'bm', 'bp')}** ({_shown(end)}); "
                    f"the sign says {whole}.", None))
    return out


def letters(question: str, text: str) -> list[Answer]:
    """The letters (or characters) on a sign, counted."""
    if not LETTERS_ASK.search(question):
        return []
    words = sign_words(text)
    if re.search(r"\bcharacters?\b|\bchars\b", question, re.I):
        spaces = not re.search(r"\b(?:not|no|without|excluding|ignor\w+|minus)\b[^?]*\bspaces?\b",
                               question, re.I)
        flat = " ".join(words.split())
        count = len(flat) if spaces else len(flat.replace(" ", ""))
        noun = "characters"
    else:
        count = len(re.findall(r"[A-Za-z]", words))
        noun = "letters"
    shown = " / ".join(line.strip() for line in words.splitlines() if line.strip())
    return [(f"It has **{count} {noun}** ({shown}).", float(count))]


def read_out(question: str, text: str) -> list[Answer]:
    """The sign's words, quoted, when the question asks for them read out and nothing else."""
    if not READ_ASK.search(question) or (OTHER_ASK.search(question) and not re.search(
            r"\bwhat\s+(?:does|do|did)\s+\w+(?:\s+\w+)?\s+say\b", question, re.I)):
        return []
    lines = [line.strip() for line in sign_words(text).splitlines() if line.strip()]
    if not lines:
        return []
    quoted = "\n".join(f"> {line}" for line in lines[:20])
    return [(f"The sign says:\n{quoted}", None)]


DIRECT_ASK = ci(r"\bdirect\w*|\bpoint\w*\s+(?:to|at|towards?)\b|\blead\w*\s+to\b|\bwhere\s+"
                r"(?:is|are|does|do|can|would)\b|\bwhich\s+(?:floor|level|way|room|gate|platform)\b|\bhow\s+do\s+"
                r"i\s+get\s+to\b")
PLACE = ci(r"^(?:(?:on\s+)?(?:floor|level|room|gate|platform|wing|building|block|suite|aisle|"
           r"terminal|hall|zone)\s*[#:]?\s*\w{1,4}|(?:ground|first|second|third|top|lower|upper)\s+"
           r"(?:floor|level)|basement|(?:\d+(?:st|nd|rd|th)|ground)\s+floor|upstairs|downstairs|"
           r"(?:turn\s+)?(?:left|right)|straight\s+ahead|this\s+way|[←→↑↓<>-]+)\W*$")


def directions(question: str, text: str) -> list[Answer]:
    """What a direction sign points to and where that is ("LIBRARY / FLOOR 2")."""
    if not DIRECT_ASK.search(question):
        return []
    lines = [line.strip(" .,:;") for line in sign_words(text).splitlines() if re.search(
        r"[A-Za-z0-9]{2,}", line)]
    places = [line for line in lines if PLACE.search(line)]
    names = [line for line in lines if line not in places]
    if not places or not names:
        return []
    return [(f"It points to **{' '.join(names)}**, which is on **{' '.join(places)}**.", None)]


def sign_reply(question: str, text: str) -> list[Answer]:
    """What a sign's hours or words answer of the question (nothing when none of those)."""
    from core.agents.vision_sign_times import sign_times  # it reads the hours with these

    if timed := sign_times(question, text):
        return timed
    return hours_asks(question, text) + letters(question, text) or directions(
        question, text) or read_out(question, text)
