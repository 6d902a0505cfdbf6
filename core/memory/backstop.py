"""Backstop for a clause no frame read: a slot's cue words and one value of its shape.

Idioms outrun any list of frames ("I hang my hat in Kyoto", "made the jump to Dublin",
"I'm on the Hooli engineering team"). When a clause about the person (first person, or
no subject at all) has the cue words of exactly one of home and work, and exactly one
capitalised candidate after a word that fits the slot ("in", "to" for a home; "at",
"for", "with", "by" for work), that candidate is the slot's value. Never on a clause
about someone else, a trip, a plan, a guess or the past; never for a month, a weekday, a
time zone or a relation's name. Moving verbs are left to the frames ("I moved my money
to Revolut" is no move).
"""

from __future__ import annotations

import re

from core.memory import facts
from core.memory.facts import Candidate
from core.memory.frames import OTHER_PERSON, Clause, Context
from core.memory.lexicon import CAP_RE, MY_REL, proper_value, timezone_in

CUES = {
    "home": re.compile(
        r"\b(?:live|lives|living|home|based|reside\w*|resident|settled|settle|located|"
        r"address|flat|apartment|house|hat|local|dwell\w*|neighbou?rhood|rent)\b",
        re.IGNORECASE),
    "work": re.compile(
        r"\b(?:work|works|working|workdays?|workplace|job|employ\w*|company|team|paid|payroll|"
        r"hired|joined|office|colleagues?|career|salary|paycheck|engineer\w*|developer|"
        r"manager|designer|analyst|intern\w*|staff|firm|startup)\b", re.IGNORECASE),
}
PREPOSITION = {"home": {"in", "to", "near", "outside", "around", "means"},
               "work": {"at", "for", "with", "by", "joined", "the", "on"}}
SELF = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|we|we're|our|us)\b", re.IGNORECASE)
# Trips, plans, guesses and the past.
EPISODE = re.compile(
    r"\b(?:visit(?:ed|ing)?|trip|holiday|vacation|flight|flew|travel\w*|meeting|conference|"
    r"wedding|tour|yesterday|tomorrow|tonight|next|soon|will|'ll|going to|gonna|want|wanna|"
    r"would|'d|might|maybe|hope|wish|plan\w*|think|guess|heard|wonder|if|used to|was|were|"
    r"friend|colleague|neighbou?r|someday|one day)\b", re.IGNORECASE)
LEADING_WORD = re.compile(r"^[A-Z][a-z]+(?:ed|ing|ly|s)?$")


def _candidates(c: Clause, ctx: Context) -> list[tuple[str, str]]:
    """(value, the word before it) for each capitalised span worth considering."""
    out = []
    for m in CAP_RE.finditer(c.text):
        value = proper_value(m.group(1), False)
        if not value or timezone_in(value) or value.lower() in ctx.names:
            continue
        before = re.findall(r"[\w']+", c.text[:m.start()].lower())[-1:] or [""]
        if m.start() == 0 and " " not in value and LEADING_WORD.match(value):
            continue  # "Recently made the jump", "Been at Hooli": a capital from sentence case
        out.append((value, before[0]))
    return out


def read(c: Clause, ctx: Context) -> list[Candidate]:
    if c.lower or EPISODE.search(c.text) or OTHER_PERSON.search(c.text):
        return []
    if re.search(MY_REL, c.text) or not (SELF.search(c.text) or _subjectless(c.text)):
        return []
    slots = [slot for slot, cue in CUES.items() if cue.search(c.text)]
    if len(slots) != 1:
        return []
    slot = slots[0]
    found = _candidates(c, ctx)
    values = {v for v, before in found if before in PREPOSITION[slot]}
    if len(values) != 1:
        return []
    value = values.pop()
    return [facts.home(value) if slot == "home" else facts.work(value)]


def _subjectless(text: str) -> bool:
    """A clause that starts with its verb or an adverb ("Recently made the jump to ...")."""
    first = text.split(" ", 1)[0].lower()
    return bool(re.fullmatch(r"\w+(?:ed|ly)|been|just|now|currently|got|made|packed|headed",
                             first))
