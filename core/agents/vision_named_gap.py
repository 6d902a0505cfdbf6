"""The gap between two figures of an image that the question names by their labels.

"What's the difference between my followers and following?" over "Followers 8,624" and
"Following 207"; "how much further is it to Bath than to Leeds?" over a fingerpost's
"LEEDS 29" and "BATH 57"; "how many more points do I need" is left to the goal readers. Both
figures must be named, of one kind (the same unit or currency), and each label named once.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, Figure, figures, money, plain

ASKS_GAP = ci(r"\b(?:difference|gap)\s+between\b|\bhow\s+(?:much|many)\s+(?:further|farther|"
              r"more|less|fewer|higher|lower|longer|shorter|bigger|smaller|closer|nearer|"
              r"taller|heavier|lighter|cheaper|dearer)\b[^.?!]*\bthan\b|\b(?:further|farther|"
              r"closer|nearer)\s+(?:away\s+)?(?:is\s+)?[^.?!]*\bthan\b")


def _named(figure: Figure, question: str) -> bool:
    words = re.findall(r"[a-z]{3,}", figure.label.lower())
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}s?\b", question, re.I) is not None


def named_gap(question: str, text: str) -> list[Answer]:
    """The gap between the two figures the question names, or [] unless exactly two are."""
    if not ASKS_GAP.search(question):
        return []
    named = [f for f in figures(text) if _named(f, question)]
    labels = {f.label.lower() for f in named}
    if len(named) != 2 or len(labels) != 2:
        return []
    first, second = named
    if (first.unit, first.currency) != (second.unit, second.currency):
        return []
    gap = abs(first.value - second.value)
    if first.currency:
        shown = money(gap, first.currency)
    else:
        shown = plain(gap) + {"C": "°C", "F": "°F"}.get(first.unit, f" {first.unit}"
                                                         if first.unit else "")
    high, low = (first, second) if first.value >= second.value else (second, first)
    return [(f"The difference is **{shown}** ({high.label.title()} {plain(high.value)} − "
             f"{low.label.title()} {plain(low.value)}).", float(gap))]


MORE_UNTIL = ci(r"\bhow\s+(?:many|much)\s+more\s+(?P<x>[a-z]+)\b[^.?!]*?\b(?:until|till|to|for|"
                r"before|need\w*\s+for)\s+(?:my\s+|the\s+|a\s+)?(?:next\s+)?(?P<y>[a-z]+)")


def _stem(word: str) -> str:
    return word.lower().rstrip("s")


def more_until(question: str, text: str) -> list[Answer]:
    """How many more of a figure until the goal named ("how many more points until my next
    reward?" over "Points: 1,128" and "Next reward at 1,500 points")."""
    asked = MORE_UNTIL.search(question)
    if asked is None:
        return []
    what, goal_word = _stem(asked.group("x")), _stem(asked.group("y"))
    found = figures(text)
    goals = [f for f in found if goal_word in {_stem(w) for w in re.findall(r"[a-z]+",
                                                                            f.label.lower())}]
    have = [f for f in found if f not in goals and what in {
        _stem(w) for w in re.findall(r"[a-z]+", f"{f.label} {f.unit}".lower())}]
    if len(goals) != 1 or len(have) != 1 or goals[0].value <= have[0].value:
        return []
    rest = goals[0].value - have[0].value
    return [(f"**{plain(rest)} {asked.group('x')}** to go ({plain(goals[0].value)} − "
             f"{plain(have[0].value)}).", float(rest))]
