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

NAMING = (r"(?i:\s*[,:\-–—(](?:\s*(?:whose name is|who is called|who's called|called|named))?|"
          r"\s+(?:(?:first |full )?name is|name's|name:|is called|is named|'s called|'s named|"
          r"goes by the name(?: of)?|goes by|"
          r"is|'s|called|named|whose name is))")
# "her name is Eva" after "I have one sister"
PRONOUN_NAME = re.compile(r"(?i:\b(her|his) (?:first )?name(?: is|'s|:| =)\s+|"
                          r"\b(she|he)(?:'s| is) (?:called|named)\s+)")
REL_NAME = [
    # "Sister: Eva"
    re.compile(r"(?i:^(?:my )?" + REL_ADJ + ")" + RELATION + r"\s*:\s*"),
    # "my sister is called Eva", "my sis Eva", "my sister's name is Eva", "my sister: Eva"
    re.compile(MY_REL + r"(?i:'s)?" + rf"(?:{NAMING})?\s*"),
    # "I have a sister called Eva", "I've got a little sister, Eva"
    re.compile(r"(?i:\b(?:i have|i've got|ive got|i got|i've|we have)(?: also)? "
               r"(?:a|an|one|two|three)? ?" + REL_ADJ + ")" + RELATION +
               r"(?i:\s+(?:called|named|who's called|who is called|whose name is|by the name "
               r"of|who goes by)|\s*[,:\-–—]|\s*\()\s*"),
]
# "Eva is my sister", "Eva, my sister,", "Eva (my sister)"
NAMED = (r"(?i:,? (?:is|'s) (?:the name of )?my |, my |,? \(my |\s*[-–—] my )" + REL_ADJ
         + RELATION)
NAMED_REL = [re.compile(rf"(?P<v>{CAP})" + NAMED),
             re.compile(r"^(?P<v>[a-z][\w'-]*)" + NAMED)]  # lower-case writing
# In lower-case writing a plain word is a name only after a naming word, or as the last
# word after "is" ("my sister is eva", not "my sister is visiting").
NAMING_WORD = re.compile(r"(?:called|named|name is|name's|goes by|by|of|[,:\-–—(])\s*$",
                         re.IGNORECASE)


def _lower_value(text: str, trigger: str) -> str:
    if NAMING_WORD.search(trigger):
        return proper_value(text, True, 1)
    words = re.findall(r"[\w'-]+", text.lower())
    if not words or words[0] in STATES | NEXT or re.search(
            r"(?:ing|ed|ly|er|est|ful|ous|ive|ish|less)$", words[0]):
        return ""
    if re.search(r"\bis\s*$", trigger) and len(words) == 1:  # "my sister is eva"
        return proper_value(words[0], True, 1)
    if re.search(rf"{RELATION}\s*$", trigger) and (len(words) == 1 or words[1] in NEXT):
        return proper_value(words[0], True, 1)  # "my sister eva is visiting"
    return ""


# Words that may follow a name right after its relation: "my sister eva is a nurse".
NEXT = frozenset("is was has had and who just will would lives works loves likes visited "
                 "visits turned turns said says called goes wants needs thinks knows hates "
                 "plays studies teaches also always never can could does did".split())


# Words that follow "my sister is" without being her name.
STATES = frozenset("here there away home back out fine ok okay well sick ill tall short nice "
                   "birthday bday name birth husband wife partner kid baby friend age job "
                   "kind great cool busy married single pregnant retired abroad engaged young "
                   "old lovely amazing awesome funny smart mine gone late early right wrong "
                   "a an the my".split())


def _named(c: Clause, ctx: Context) -> list[Candidate]:
    for pattern in REL_NAME:
        for m in pattern.finditer(c.text):
            rest = c.text[m.end():]
            value = proper_value(rest, False, 3) or (
                _lower_value(rest, m.group(0)) if c.lower else "")
            if value:
                return [_family(ctx, m.group(1), value)]
    for pattern in NAMED_REL:
        if pattern is NAMED_REL[1] and not c.lower:
            continue
        for m in pattern.finditer(c.text):
            value = proper_value(m.group("v"), c.lower)
            if value:
                return [_family(ctx, m.groups()[-1], value)]
    return _pronoun_named(c, ctx)


def _pronoun_named(c: Clause, ctx: Context) -> list[Candidate]:
    said = PRONOUN_NAME.search(c.text)
    if not said or not (value := proper_value(c.text[said.end():], c.lower,
                                              1 if c.lower else 3)):
        return []
    rels = list(re.finditer(MY_REL + r"|(?i:\ba (?:\w+ )?)" + RELATION, c.text[:said.start()]))
    rel = (relation(next(g for g in rels[-1].groups() if g)) if rels
           else ctx.pronoun(said.group(1) or said.group(2)))
    return [_family(ctx, rel, value)] if rel else []


def _family(ctx: Context, word: str, value: str) -> Candidate:
    rel = relation(word)
    ctx.names[value.lower()] = rel
    return facts.family(rel, value)


BIRTHDAY = re.compile(r"\b(?:be|turn|turns|turning|turned) \d{1,3}\b|"
                      r"\b(?:birthday|bday|b-day|birth ?day|birthdate|date of birth|born|"
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
    pattern = MY_REL + r"|(?i:\b(?:a|an|one) (?:\w+ )?)" + RELATION + "|" + OTHER_PERSON.pattern
    for m in re.finditer(pattern, c.text, re.IGNORECASE):
        word = next((g for g in m.groups() if g), "")
        ctx.mention(relation(word) if word else "other")


# "my sister is a lovely person named Nora": a naming word later in the clause
NAMED_LATER = re.compile(MY_REL + r"\b[^.;:!?]{0,40}?\b(?i:named|called|goes by|name is|name's)"
                         r"\s+")


def read(c: Clause, ctx: Context) -> list[Candidate]:
    found = _named(c, ctx)
    if not found and (m := NAMED_LATER.search(c.text)):
        value = proper_value(c.text[m.end():], c.lower, 1 if c.lower else 3)
        found = [_family(ctx, m.group(1), value)] if value else []
    found += birthday(c, ctx)
    mentions(c, ctx)
    return found
