"""What the rest of a run must reach for an average asked of it: "I've done 13041 / 9993 /
13497 steps; what do I need tomorrow to average 12,000 over the 4 days?", "scores 78, 85, 91 —
what do I need on the last test for an 85 average?", "mean of 80 across 6 games, 4 played:
what do the last two need to average?"."""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.data_lists import RUN
from core.agents.patterns import ci

NEED = ci(r"\b(?:need(?:ed|s)?|have\s+to|must|should|required?|to\s+(?:get|reach|hit|make))\b")
NUMBER = r"(?P<t>\d[\d,]*(?:\.\d+)?)"
TARGET = (
    ci(rf"\b(?:average|avg|mean)\s+(?:of\s+)?(?:at\s+least\s+|exactly\s+|an?\s+)?{NUMBER}"),
    ci(rf"\b(?:an?\s+)?{NUMBER}\s*(?:%|points?|steps|km|miles|marks)?\s*(?:per\s+\w+\s+)?"
       r"(?:average|avg|mean|on\s+average)\b"),
    ci(rf"\baverag(?:e|ing)\s+(?:out\s+(?:at|to)\s+)?{NUMBER}"),
)
THINGS = (r"(?:day|week|month|test|exam|game|subject|module|round|quiz|quizze|run|match|"
          r"matche|paper|class|classe|assignment|shift|session|race|walk|night)")
SPAN = ci(rf"\b(?:over|across|for|in|of)\s+(?:all\s+|the\s+|all\s+the\s+)?(?P<n>\d+)\s+{THINGS}s?"
          rf"\b|\b(?P<n2>\d+)[\s-]{THINGS}s?\s+(?:average|avg|mean)\b")
ONE_MORE = ci(r"\b(?:one\s+more|the\s+next|tomorrow|the\s+last|the\s+final|(?:my|the)\s+(?:6th|"
              r"5th|4th|7th|8th|sixth|fifth|fourth|seventh|eighth|last|final)|on\s+(?:the\s+)?"
              r"(?:last|final|next))\b")


def _value(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def _shown(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def needed_for_average(request: str) -> str | None:
    """What the remaining entries must score for the stated average, or None when the
    message asks no such thing."""
    if not NEED.search(request):
        return None
    found = next((m for pattern in TARGET if (m := pattern.search(request)) is not None), None)
    span = SPAN.search(request)
    if found is None:
        return None
    target = _value(found.group("t"))
    rest = request[:found.start()] + " " * (found.end() - found.start()) + request[found.end():]
    if span is not None:
        rest = rest[:span.start()] + " " * (span.end() - span.start()) + rest[span.end():]
    runs = [m.group(0) for m in RUN.finditer(re.sub(r"\s*/\s*", ", ", rest))]
    if len(runs) != 1:
        return None
    done = [_value(n) for n in re.findall(r"-?\d+(?:\.\d+)?", runs[0].replace(",", " "))]
    if span is not None:
        total = int(span.group("n") or span.group("n2"))
    elif ONE_MORE.search(request):
        total = len(done) + 1
    else:
        return None
    left = total - len(done)
    if left < 1 or len(done) < 2:
        return None
    needed = (target * total - sum(done)) / left
    if needed < 0:
        return (f"needed: nothing more: **{_shown(target)}** is already the average reached or "
                f"passed ({_shown(sum(done, Fraction(0)))} so far)")
    each = " each" if left > 1 else ""
    so_far = " + ".join(_shown(v) for v in done)
    return (f"needed{each}: **{_shown(needed)}** ({_shown(target)} × {total} = "
            f"{_shown(target * total)}; so far {so_far} = {_shown(sum(done, Fraction(0)))}; "
            f"{left} to go)")


__all__ = ["needed_for_average"]
