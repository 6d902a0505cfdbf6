"""Deterministic fact extraction from the person's own words.

Only the text the person typed is read (never text inside images, files or tool output).
The text is cut into sentences and clauses (:mod:`clauses`); each clause goes through the
slot frames (:mod:`frames`, :mod:`kin`, :mod:`tastes`: a first-person subject, a verb or
noun from the slot's lexicon, a value of the slot's shape), then the patterns below add
the slots frames do not cover (jobs, health, goals, preferences). Every candidate passes
:func:`is_instruction_shaped`; instruction-shaped "memories" are refused, not stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.memory import backstop, facts, frames, kin, tastes
from core.memory import clauses as split
from core.memory.facts import Candidate, third_person
from core.memory.frames import Clause, Context
from core.memory.lexicon import DATE, canonical_date, is_lower

PHRASE = r"([^.!?,;\n]{2,60})"
JOB_PHRASE = r"([^.!?,;\n]{2,60}?)(?= (?:at|for|with|in)\b|[.!?,;\n]|$)"
TAIL = re.compile(
    r"\s+(?:now|these days|nowadays|at the moment|currently|recently|last (?:week|month|year)|"
    r"this (?:week|month|year)|a lot|very much|so much|too|as well|anymore|for (?:a|two|three|"
    r"several|many) \w+|since \w+)$", re.IGNORECASE)

INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|override|bypass)\b.{0,30}\b(?:previous|prior|above|earlier|all|any|"
    r"instructions?|rules?|polic(?:y|ies))\b|\bsystem prompt\b|\binstructions?\b|\bjailbreak|"
    r"\bdeveloper mode\b|\b(?:always|never)\s+(?:reveal|tell|say|answer|respond|reply|share|show|"
    r"include|output|obey|follow|refuse|mention|send|forward|disclose|leak)\b|\breveal\b|"
    r"\byou (?:must|should|shall|will|are now|have to)\b|\bact as\b|\bpretend\b|"
    r"\b(?:other|all) (?:users?|people|persons?)\b|\beveryone'?s\b|\bapi[ _-]?keys?\b|"
    r"\bpasswords?\b|\bfrom now on,? (?:you|always|never|ignore|reply|respond|answer|act|"
    r"behave|only|do not|don't)\b|<\s*/?\s*(?:system|script)|\bexecute\b|\brun this\b",
    re.IGNORECASE)

EXPLICIT = re.compile(
    r"^(?:please\s+|hey\s+|ok(?:ay)?,?\s+|muse,?\s+)*(?:can you\s+|could you\s+)?"
    r"(?:remember|don'?t forget|do not forget|note|keep in mind)(?: that|:)?\s+(.+)$",
    re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Extraction:
    facts: tuple[Candidate, ...]
    refused: bool = False
    explicit: bool = False
    # Statements no pattern read (candidates for the fallback extractor).
    rest: tuple[str, ...] = ()


Builder = Callable[[re.Match[str]], Candidate | None]


def _clean(value: str) -> str:
    value = value.strip(" \t\"'.")
    previous = None
    while previous != value:
        previous = value
        value = TAIL.sub("", value).strip(" .")
    return value


def _simple(kind: str, slot: str, template: str, lower: bool = False) -> Builder:
    def build(m: re.Match[str]) -> Candidate | None:
        value = _clean(m.group(1))
        value = value.lower() if lower else value
        if kind == "date":
            value = canonical_date(value)
        if not value:
            return None
        return Candidate(kind, slot.format(v=value.lower()), value, template.format(v=value))
    return build


def _i(text: str) -> str:
    return rf"(?i:{text})"


# Slots the frames do not read. (pattern, builder); the trigger is case-insensitive.
PATTERNS: list[tuple[re.Pattern[str], Builder]] = [(re.compile(p), b) for p, b in [
    (_i(r"\bi (?:now |currently )?work as (?:an? )?") + JOB_PHRASE,
     _simple("work", "job", "works as {v}", lower=True)),
    (_i(r"\bmy job is(?: being)?(?: an?)?") + r" " + PHRASE,
     _simple("work", "job", "works as {v}", lower=True)),
    (_i(r"\b(?:my|our) (?:wedding )?anniversary is(?: on)? " + DATE),
     _simple("date", "date:anniversary", "their anniversary is {v}")),
    (_i(r"\bi (?:have|suffer from|live with|was diagnosed with|'ve been diagnosed with) "
        r"((?:type [12] )?diabetes|asthma|migraines?|epilepsy|celiac disease|coeliac disease|"
        r"adhd|hypertension|high blood pressure|eczema|arthritis|lactose intolerance)"),
     _simple("health", "condition:{v}", "has {v}", lower=True)),
    (_i(r"\bi(?:'m| am) lactose intolerant|\bi(?:'m| am) (vegan|vegetarian|gluten[- ]free)"),
     _simple("health", "diet", "is {v}", lower=True)),
    (_i(r"\bmy (?:main |big )?goal is to ") + PHRASE,
     _simple("goal", "goal:{v}", "wants to {v}", lower=True)),
    (_i(r"\bi(?:'m| am) training for (?:an? |the )?") + PHRASE,
     _simple("goal", "goal:{v}", "is training for {v}", lower=True)),
    (_i(r"\bi (?:want|plan|hope) to (?:learn|run|finish|visit|climb|become|get) ") + PHRASE,
     _simple("goal", "goal:{v}", "wants to get to {v}", lower=True)),
    (_i(r"\b(?:i prefer|i use|please use|use) (metric|imperial)(?: units)?"),
     _simple("pref", "pref:units", "prefers {v} units", lower=True)),
    (_i(r"\b(?:reply|answer|talk|speak|write|respond)(?: to me)? in|\bmy (?:preferred |first )?"
        r"language is|\bi prefer") + r" " + r"(English|French|German|Spanish|Portuguese|Italian|"
     r"Dutch|Polish|Japanese|Chinese|Korean|Russian|Ukrainian|Arabic|Hindi|Turkish|Swedish)",
     _simple("pref", "pref:language", "prefers replies in {v}")),
    (_i(r"\b(?:i prefer|i like) (?:a |an )?(casual|formal|friendly|professional|short|brief|"
        r"concise|detailed)(?: tone| answers| replies)"),
     _simple("pref", "pref:tone", "prefers {v} replies", lower=True)),
]]


def is_instruction_shaped(text: str) -> bool:
    return bool(INSTRUCTION.search(text))


def _from_sentence(sentence: str) -> list[Candidate]:
    found: dict[str, Candidate] = {}
    for pattern, build in PATTERNS:
        for m in pattern.finditer(sentence):
            cand = build(m)
            if cand is not None and cand.slot not in found:
                found[cand.slot] = cand
    return list(found.values())


READERS: list[frames.Reader] = [*frames.READERS, kin.read, tastes.likes, tastes.allergies]


def _from_clauses(sentence: str, lower: bool, ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    for text in split.clauses(sentence):
        clause = Clause(text, lower)
        for read in READERS:
            found += read(clause, ctx)
        frames.places(clause, ctx)
    return found


def _merge(framed: list[Candidate], patterned: list[Candidate]) -> list[Candidate]:
    """Frame facts first; a pattern fact adds only a slot and kind the frames missed."""
    slots = {c.slot for c in framed}
    kinds = {c.kind for c in framed}
    return framed + [c for c in patterned if c.slot not in slots and c.kind not in kinds]


RHETORICAL = re.compile(r"\b((?:my|our) [\w' -]{2,30}?)\?\s+(?=\w)|^((?!(?:what|where|when|"
                        r"who|which|how|why|is|are|do|does|did|can|could|any)\b)[\w' -]{2,25}?)"
                        r"\?\s+(?=\w)", re.IGNORECASE)


def extract(text: str, known: Sequence[tuple[str, str]] = ()) -> Extraction:
    """Facts the person states about themselves in ``text``.

    ``known`` lists (relation, name) pairs already known about the person, oldest first,
    so "Eva's birthday is 3 May" and "her birthday is 3 May" find their relation.
    """
    text = split.normalise(text)
    if not text or text.startswith("/") or len(text) > 4000:
        return Extraction(())
    explicit = EXPLICIT.match(text)
    body = explicit.group(1) if explicit else text
    if is_instruction_shaped(body):
        # A message carrying instructions is not trusted for any fact it also states.
        return Extraction((), refused=True, explicit=bool(explicit))
    body = RHETORICAL.sub(lambda m: (m.group(1) or m.group(2)) + ": ", body)
    ctx = Context(names={name.lower(): rel for rel, name in known})
    lower = is_lower(body)
    out: dict[str, Candidate] = {}
    rest: list[str] = []
    for sentence in split.sentences(body):
        if split.is_question(sentence):
            kin.mentions(Clause(sentence, lower), ctx)
            continue
        ctx.sentence = sentence
        found = _merge(_from_clauses(sentence, lower, ctx), _from_sentence(sentence))
        if not any(c.slot.startswith("allergy:") for c in found):
            found += tastes.allergy_in_sentence(sentence)
        if not any(c.kind == "date" for c in found):  # "May 9 is her special day — her birthday"
            found += kin.birthday(Clause(sentence, lower), ctx)
        if not found:  # idioms: "I hang my hat in Kyoto"
            found = [c for text in split.clauses(sentence)
                     for c in backstop.read(Clause(text, lower), ctx)]
        found = [c for c in found if not is_instruction_shaped(c.value)]
        for cand in found:
            out.setdefault(cand.slot, cand)
        if not found:
            rest.append(split.strip_filler(sentence))
    if explicit and not out:
        return Extraction((facts.note(body),), explicit=True)
    return Extraction(tuple(out.values()), explicit=bool(explicit), rest=tuple(rest))


__all__ = ["Candidate", "Extraction", "extract", "is_instruction_shaped", "third_person"]
