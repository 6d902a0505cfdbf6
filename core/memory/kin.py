"""Frames for family: who a relation is ("my sis is Eva", "Eva, my sister") and whose
birthday a date is ("my sister's bday", "Eva turns 30 on", "her birthday's on")."""

from __future__ import annotations

import re

from core.memory import facts
from core.memory.facts import Candidate
from core.memory.frames import OTHER_PERSON, Clause, Context
from core.memory.lexicon import (
    CAP,
    MY_REL,
    REL_ADJ,
    RELATION,
    find_date,
    proper_value,
    relation,
)

NAMING = (r"(?i:\s*[,:\-–(]|\s+(?:name is|name's|is called|is named|'s called|'s named|"
          r"goes by|is|'s))")
REL_NAME = [
    # "my sister is called Eva", "my sis Eva", "my sister's name is Eva", "my sister: Eva"
    re.compile(MY_REL + r"(?i:'s)?" + rf"(?:{NAMING})?\s*"),
    # "I have a sister called Eva", "I've got a little sister, Eva"
    re.compile(r"(?i:\b(?:i have|i've got|ive got|i got|i've|we have)(?: also)? "
               r"(?:a|an|one|two|three)? ?" + REL_ADJ + ")" + RELATION +
               r"(?i:\s+(?:called|named|who's called|who is called|whose name is|by the name "
               r"of|who goes by)|\s*[,:\-–]|\s*\()\s*"),
]
NAMED_REL = [
    # "Eva is my sister", "Eva, my sister,", "Eva (my sister)"
    re.compile(rf"(?P<v>{CAP})" + r"(?i:,? (?:is|'s) my |, my |,? \(my |\s*[-–] my )"
               + REL_ADJ + RELATION),
]
NAMING_LOWER = re.compile(MY_REL + r"(?i:'s)?(?i: name is| name's| is called| is named|"
                                   r" goes by)\s+")


def _named(c: Clause, ctx: Context) -> list[Candidate]:
    if c.lower:
        m = NAMING_LOWER.search(c.text)
        if m and (value := proper_value(c.text[m.end():], True, 1)):
            return [_family(ctx, m.group(1), value)]
        m = re.match(r"^(\w+) is my " + REL_ADJ + RELATION, c.text)
        if m and (value := proper_value(m.group(1), True, 1)):
            return [_family(ctx, m.group(2), value)]
    for pattern in REL_NAME:
        for m in pattern.finditer(c.text):
            value = proper_value(c.text[m.end():], False, 3)
            if value:
                return [_family(ctx, m.group(1), value)]
    for pattern in NAMED_REL:
        for m in pattern.finditer(c.text):
            value = proper_value(m.group("v"), False)
            if value:
                return [_family(ctx, m.groups()[-1], value)]
    return []


def _family(ctx: Context, word: str, value: str) -> Candidate:
    rel = relation(word)
    ctx.names[value.lower()] = rel
    return facts.family(rel, value)


BIRTHDAY = re.compile(r"\b(?:birthday|bday|b-day|birth ?day|birthdate|date of birth|born|"
                      r"turns?|turned|turning|celebrates?|celebrating|birth)\b", re.IGNORECASE)
OWN = re.compile(r"\bmy (?:own )?(?:birthday|bday|b-day|birth ?day|birthdate|date of birth)\b|"
                 r"\bi (?:was born|turn|'m turning)\b|\bi'm turning\b", re.IGNORECASE)
PRONOUN = re.compile(r"\b(her|his|she|he|she's|he's)\b", re.IGNORECASE)


def _owner(c: Clause, ctx: Context, cue: int) -> str | None:
    """The relation whose birthday the clause gives ("" for the person's own)."""
    before = c.text[:cue + 20]
    rels = list(re.finditer(MY_REL, before))
    if rels:
        return relation(rels[-1].group(1))
    if OTHER_PERSON.search(before) or re.search(r"\bmy (?:\w+ )?\w+'s (?:birthday|bday)\b",
                                                before, re.IGNORECASE):
        return None
    for word in re.findall(r"[\w'-]+", before):
        if word.lower().removesuffix("'s") in ctx.names:
            return ctx.names[word.lower().removesuffix("'s")]
    if OWN.search(c.text):
        return ""
    pronoun = PRONOUN.search(before)
    if pronoun:
        return ctx.pronoun(pronoun.group(1)) or None
    return None


def birthday(c: Clause, ctx: Context) -> list[Candidate]:
    cue = BIRTHDAY.search(c.text)
    date = find_date(c.text) if cue else ""
    if not cue or not date:
        return []
    owner = _owner(c, ctx, cue.start())
    return [] if owner is None else [facts.birthday(owner, date)]


def mentions(c: Clause, ctx: Context) -> None:
    """Relations (and other people) a clause brings up, for later pronouns."""
    for m in re.finditer(MY_REL + r"|" + OTHER_PERSON.pattern, c.text, re.IGNORECASE):
        ctx.mention(relation(m.group(1)) if m.group(1) else "other")


def read(c: Clause, ctx: Context) -> list[Candidate]:
    found = _named(c, ctx) + birthday(c, ctx)
    mentions(c, ctx)
    return found
