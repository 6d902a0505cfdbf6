"""A countdown shown in an image ("71 days to go", "12 days left") moved on by the time the
question says will have passed ("after 2 more weeks", "once three weeks have gone by",
"10 days from now"): the days (or weeks) it will show then.

An answer comes only when the image shows one countdown and the question states one span
that has passed and asks the days or weeks left; a span longer than the countdown gives
none.
"""

from __future__ import annotations

from core.agents.patterns import ci
from core.agents.vision_screen import Answer

NUMBER = r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
DAYS = {"day": 1, "week": 7, "fortnight": 14}
SHOWN = ci(r"(?<![\d.])(?P<n>\d{1,4})\s+(?P<u>days?|weeks?)\s+(?:to\s+go|left|remaining|to\s+"
           r"wait|away|until|till|more)\b")
PASSED = ci(rf"\b(?:after|once|when|in)\s+(?:another\s+)?(?P<k>{NUMBER})\s+(?:more\s+)?"
            rf"(?P<u>days?|weeks?|fortnights?)\b|(?<![\w.])(?P<j>{NUMBER})\s+(?:more\s+)?"
            rf"(?P<v>days?|weeks?|fortnights?)\s+(?:have\s+|has\s+)?(?:gone\s+by|go\s+by|passed|"
            rf"pass|passes|elapsed|later|from\s+now|on)\b")
ASKS = ci(r"\b(?:how\s+many\s+(?P<a>days|weeks)|(?P<b>days|weeks)\s+(?:left|remaining|to\s+go|"
          r"will|would|on|until|till))\b|\b(?:countdown|counter|timer)\s+(?:show|say|read)")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else WORDS[word.lower()]


def countdown_moved(question: str, text: str) -> list[Answer]:
    """The countdown the image shows after the span the question says has passed, or []."""
    shown = list(SHOWN.finditer(text))
    passed = list(PASSED.finditer(question))
    asked = ASKS.search(question)
    if len(shown) != 1 or len(passed) != 1 or asked is None:
        return []
    left = int(shown[0].group("n")) * DAYS[shown[0].group("u").lower().rstrip("s")]
    hit = passed[0]
    span = _count(hit.group("k") or hit.group("j")) * DAYS[
        (hit.group("u") or hit.group("v")).lower().rstrip("s")]
    if span > left:
        return []
    days = left - span
    unit = (asked.group("a") or asked.group("b") or "days").lower()
    if unit == "weeks":
        if days % 7:
            return []
        return [(f"It will show **{days // 7} weeks** ({left} days − {span} days).",
                 float(days // 7))]
    return [(f"It will show **{days} days** ({left} − {span} days).", float(days))]
