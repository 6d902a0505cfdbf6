"""A clock time an image shows moved by a duration: a delay or a length on the image ("Departs
20:05 / Delayed 40 min", "Starts 14:30 / Duration 150 min"), minutes the question gives
before or after one of its times, or the question's minutes after the event the image times
("I need 20 min after it to pack up")."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, Figure, clocks
from core.agents.vision_screen import _clock as clock_said

ASKS_TIME = ci(r"\b(?:what|which)\s+time\b|\bwhen\b|\bwhat\s+time's\b|\bat\s+what\s+time\b|"
               r"\btime\s+(?:will|does|do|is|should)\b|\b(?:new|actual|revised|expected|"
               r"departure|arrival|end|finish(?:ing)?)\s+time\b")
# the question's minutes come after the event the image times: its length is added first
AFTER_EVENT = ci(r"\bafter\s+(?:it|that|this|the\s+\w+)\b(?!\s+(?:starts?|begins?))|"
                 r"\bafterwards?\b|\bonce\s+it(?:'s|\s+is)?\s+(?:over|done|ends?|finish\w*)\b")
SHIFT = ci(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>min(?:ute)?s?|hours?|hrs?|h)\b\s*(?P<way>after|later|"
           r"past|before|earlier|prior|from)?")
Q_CLOCK = ci(r"\b(?:at|it's|it\s+is|its|now)\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s*(?P<half>am|pm|"
             r"a\.m\.|p\.m\.))?(?![\w:])")
LATE = ci(r"\b(?:delay\w*|late|bake|baking|cook\w*|duration|takes?|time|wait|journey|runs?|"
          r"length|boil|roast|timer|lasts?)\b")


def _minutes(figure: Figure) -> int | None:
    if figure.unit == "min":
        return int(figure.value)
    if figure.unit == "h":
        return int(figure.value * 60)
    return None


def clock_shift(question: str, text: str, found: list[Figure]) -> list[Answer]:
    """A clock time moved by a duration: a delay or a bake time on the image, or "N minutes
    after/before" one of its times in the question."""
    if not ASKS_TIME.search(question):
        return []
    times = clocks(text)
    asked = Q_CLOCK.search(question)
    durations = [(f, m) for f in found if (m := _minutes(f)) is not None and LATE.search(f.label)]
    if asked and not durations and len(timed := [(f, m) for f in found if (
            m := _minutes(f)) is not None]) == 1:
        durations = timed  # "NEXT BUS … 15 MIN" and "it's 7:46 now": the one wait it gives
    shift = SHIFT.search(question)
    if asked and durations:
        hour, half = int(asked.group("h")), (asked.group("half") or "").lower()
        hour += 12 if half.startswith("p") and hour < 12 else -12 if half.startswith(
            "a") and hour == 12 else 0  # "2:05pm" is 14:05
        start = hour * 60 + int(asked.group("m"))
        shown = f"{asked.group('h')}:{asked.group('m')}{half}"
        return [(f"It will be **{clock_said(start + durations[0][1], False)}**"
                 f"{f' ({clock_said(start + durations[0][1], True)})' if half else ''} "
                 f"({durations[0][1]} minutes after {shown}).", None)]
    if not times:
        return []
    named = [t for t in times if t[0] and re.search(rf"\b{re.escape(t[0].split()[0][:5])}",
                                                    question, re.I)]
    _, start, half = (named or times)[0]
    if shift and durations and len(durations) == 1 and AFTER_EVENT.search(question):
        step = int(Fraction(shift.group(1)) * (60 if shift.group("u").lower().startswith("h")
                                               else 1))
        end = start + durations[0][1]
        return [(f"That is **{clock_said(end + step, half)}** ({clock_said(start, half)} + "
                 f"{durations[0][1]} minutes = {clock_said(end, half)}, + {step} minutes).", None)]
    if shift and not (durations and not shift.group("way")):
        step = int(Fraction(shift.group(1)) * (60 if shift.group("u").lower().startswith("h")
                                               else 1))
        way = (shift.group("way") or "after").lower()
        step = -step if way in ("before", "earlier", "prior") else step
        return [(f"That is **{clock_said(start + step, half)}** ({abs(step)} minutes "
                 f"{'before' if step < 0 else 'after'} {clock_said(start, half)}).", None)]
    if durations:
        later = clock_said(start + durations[0][1], half)
        return [(f"It will be **{later}** ({clock_said(start, half)} + {durations[0][1]} "
                 f"minutes).", None)]
    return []
