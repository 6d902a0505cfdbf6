"""A value read off the image's line whose label the question names.

A screenshot, ticket or sign prints fields as a label and a value ("Invoice no. INV-2026-0413",
"Refund: £88.20", "Carriage K", "Boards 06:45", "Locker 112"). A question that only asks for
one of them ("what's the invoice number?", "refund amount?", "which carriage?", "boarding
time?") names the label in its own words; the line whose label shares a word stem with the
question is the answer, its value shown as printed. Nothing is worked out here: a question
with a figure of its own or a sum to do is left to the readers that work figures out, and a
question that names no label, or names two lines equally, gets no answer.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci

Answer = tuple[str, float | None]

# a question that asks a sum, a comparison or a conversion is not a lookup
WORKS_OUT = ci(r"\d|\bhow\s+(?:many|long|far|old|often)\b|\b(?:total|left|remaining|difference|"
               r"between|per|each|convert\w*|percent\w*|average|more|less|fewer|cheap\w*|"
               r"expensive|dear\w*|most|least|highest|lowest|biggest|smallest|afford|if|split|"
               r"until|till|before|after|ago|since|times|plus|minus|add\w*|sum|cost\w*|pay|paid|paying|"
               r"spend|spent|worth|much)\b")
ASKS = ci(r"^\s*(?:(?:and\s+)?(?:what|which|what's|whats|what\s+is|tell\s+me|give\s+me|show\s+me|"
          r"i\s+need|i'm\s+looking\s+for|i\s+am\s+looking\s+for|where'?s|where\s+is|find)\b|"
          r"[a-z][a-z\s.'-]{0,40}\?\s*$)")
GENERIC = frozenset(
    "what which whats is are was were the a an my our your this that these those it its on in "
    "of for to at me tell give show please number no num amount value time date name here there "
    "screen screenshot image picture photo sign app say says said shown show listed written "
    "does do did i we am get got getting be being have has and or from with by".split())
WORD = re.compile(r"[a-z]+")
# where a field's value starts: a token with a digit or a currency sign, or after a colon
VALUE = re.compile(r"(?::\s*|\s)(?P<v>[$€£]?[A-Za-z]{0,4}[-#]?\d[\w.,:/#-]*(?:\s+\S+){0,3}|"
                   r"[A-Z]{1,3}\d{0,3})\s*$")
LABEL = re.compile(r"^(?P<l>[A-Za-z][A-Za-z .'/-]{1,30}?)[\s:.]*$")


def _stem(word: str) -> str:
    return word[:5]


def fields(text: str) -> list[tuple[str, str, str]]:
    """Each line read as (label, value, line): "Seat 14" → ("Seat", "14", "Seat 14")."""
    out = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        found = VALUE.search(line)
        if found is None or found.start() == 0:
            continue
        label = LABEL.match(line[:found.start()].strip())
        if label is None:
            continue
        out.append((label.group("l").strip(" .:"), found.group("v").strip(), line))
    return out


def labelled_value(question: str, text: str) -> list[Answer]:
    """The value of the one line whose label the question names ("what's the membership
    number?" of "Membership no. M-20931"), or nothing."""
    if WORKS_OUT.search(question) or not ASKS.search(question):
        return []
    asked = {_stem(w) for w in WORD.findall(question.lower()) if len(w) > 2 and w not in GENERIC}
    if not asked:
        return []
    scored = []
    for label, value, line in fields(text):
        named = {_stem(w) for w in WORD.findall(label.lower()) if len(w) > 2} & asked
        if named:
            scored.append((len(named), label, value, line))
    if not scored:
        return []
    best = max(score for score, *_ in scored)
    top = [s for s in scored if s[0] == best]
    if len(top) != 1:
        return []  # two lines named as well as each other: not guessed
    _, label, value, line = top[0]
    return [(f"{label}: **{value}**.", None)]
