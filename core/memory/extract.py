"""Deterministic fact extraction: patterns over the person's own words.

Only the text the person typed is read (never text inside images, files or tool output).
Every candidate passes :func:`is_instruction_shaped`; instruction-shaped "memories" are
refused rather than stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

CAP = r"([A-Z][\w'’.-]*(?:[ -](?:de |da |do |of |la |le )?[A-Z][\w'’.-]*){0,3})"
PHRASE = r"([^.!?,;\n]{2,60})"
MONTHS = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
DATE = (rf"((?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {MONTHS}|{MONTHS} \d{{1,2}}(?:st|nd|rd|th)?)"
        r"(?:,? \d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
RELATIONS = (r"(sister|brother|mother|mom|mum|father|dad|wife|husband|partner|son|daughter|"
             r"girlfriend|boyfriend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|"
             r"niece|nephew|best friend|dog|cat|boss)")
TZ = r"((?:UTC|GMT)\s?[+-−]\s?\d{1,2}(?::\d{2})?|[A-Z][a-z]+/[A-Z][A-Za-z_]+|[A-Z]{2,5}|UTC|GMT)"
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
    r"\bpasswords?\b|\bfrom now on\b|<\s*/?\s*(?:system|script)|\bexecute\b|\brun this\b",
    re.IGNORECASE)

EXPLICIT = re.compile(
    r"^(?:please\s+|hey\s+|ok(?:ay)?,?\s+|muse,?\s+)*(?:can you\s+|could you\s+)?"
    r"(?:remember|don'?t forget|do not forget|note|keep in mind)(?: that|:)?\s+(.+)$",
    re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    slot: str
    value: str
    statement: str


@dataclass(frozen=True, slots=True)
class Extraction:
    facts: tuple[Candidate, ...]
    refused: bool = False
    explicit: bool = False
    # Statements no pattern read (candidates for the fallback extractor).
    rest: tuple[str, ...] = ()


Builder = Callable[[re.Match[str]], Candidate | None]


def _clean(value: str) -> str:
    value = value.strip(" \t\"'“”‘’.")
    previous = None
    while previous != value:
        previous = value
        value = TAIL.sub("", value).strip(" .")
    return value


def _simple(kind: str, slot: str, template: str, lower: bool = False) -> Builder:
    def build(m: re.Match[str]) -> Candidate | None:
        value = _clean(m.group(1))
        value = value.lower() if lower else value
        if not value:
            return None
        return Candidate(kind, slot.format(v=value.lower()), value, template.format(v=value))
    return build


def _relation(kind: str, slot: str, template: str) -> Builder:
    def build(m: re.Match[str]) -> Candidate | None:
        rel = m.group(1).lower()
        rel = {"mom": "mother", "mum": "mother", "dad": "father"}.get(rel, rel)
        value = _clean(m.group(2))
        if not value:
            return None
        return Candidate(kind, slot.format(r=rel), value, template.format(r=rel, v=value))
    return build


def _relation_reversed() -> Builder:
    def build(m: re.Match[str]) -> Candidate | None:
        value, rel = _clean(m.group(1)), m.group(2).lower()
        if not value or value.lower() in {"she", "he", "it", "this", "that"}:
            return None
        return Candidate("family", f"family:{rel}", value, f"their {rel} is called {value}")
    return build


def _taste(kind: str) -> Builder:
    verb = "likes" if kind == "like" else "dislikes"

    def build(m: re.Match[str]) -> Candidate | None:
        value = _clean(m.group(1)).lower()
        value = re.sub(r"^(?:to |doing |going |eating |the |it when )", "", value)
        if not value or len(value.split()) > 6 or value in {"it", "that", "this", "you"}:
            return None
        return Candidate(kind, f"taste:{value}", value, f"{verb} {value}")
    return build


def _i(text: str) -> str:
    return rf"(?i:{text})"


# (pattern, builder); the trigger is case-insensitive, capitalised captures are not.
PATTERNS: list[tuple[re.Pattern[str], Builder]] = [(re.compile(p), b) for p, b in [
    (_i(r"\bmy name(?: is|'s)") + r" " + CAP, _simple("name", "name", "is called {v}")),
    (_i(r"\b(?:i'?m|i am) called|\bcall me|\bpeople call me") + r" " + CAP,
     _simple("name", "name", "is called {v}")),
    (_i(r"^(?:hi|hello|hey)[,!]? (?:there[,!]? )?(?:i'?m|i am|this is)") + r" " + CAP,
     _simple("name", "name", "is called {v}")),
    (r"^" + CAP + _i(r" here\b"), _simple("name", "name", "is called {v}")),
    (_i(r"\bi(?:'m| am)? (?:now |currently |still )?(?:live|living|based|reside|residing|"
        r"staying|stay) in") + r" " + CAP, _simple("home", "home", "lives in {v}")),
    (_i(r"\bhome (?:for me |for us )?is(?: now)?") + r" " + CAP,
     _simple("home", "home", "lives in {v}")),
    (_i(r"\b(?:i|we)(?:'ve| have)? (?:just |recently |finally |now )*(?:moved|relocated|settled)"
        r" (?:to|into|in)") + r" " + CAP, _simple("home", "home", "lives in {v}")),
    (_i(r"\bi (?:'m|am) (?:originally )?from|\bi grew up in|\bi was born in") + r" " + CAP,
     _simple("origin", "origin", "is from {v}")),
    (_i(r"\bi (?:now |currently )?(?:work|(?:'m|am) working) (?:at|for)") + r" " + CAP,
     _simple("work", "work", "works at {v}")),
    (_i(r"\bi(?:'m| am) employed (?:by|at)|\bmy employer is") + r" " + CAP,
     _simple("work", "work", "works at {v}")),
    (_i(r"\bi (?:now |currently )?work as (?:an? )?") + PHRASE,
     _simple("work", "job", "works as {v}", lower=True)),
    (_i(r"\bmy job is(?: being)?(?: an?)?") + r" " + PHRASE,
     _simple("work", "job", "works as {v}", lower=True)),
    (_i(rf"\bmy {RELATIONS}'?s? (?:name is|is called|is named|'s name is)") + r" " + CAP,
     _relation("family", "family:{r}", "their {r} is called {v}")),
    (_i(rf"\bi have an? {RELATIONS} (?:called|named)") + r" " + CAP,
     _relation("family", "family:{r}", "their {r} is called {v}")),
    (r"^" + CAP + _i(rf" is my {RELATIONS}\b"), _relation_reversed()),
    (_i(rf"\bmy {RELATIONS}'s birthday\b[^.?!]{{0,30}}?") + r"\b" + DATE,
     _relation("date", "date:{r} birthday", "their {r}'s birthday is {v}")),
    (_i(rf"\bmy {RELATIONS}\)? was born on") + r" " + DATE,
     _relation("date", "date:{r} birthday", "their {r}'s birthday is {v}")),
    (_i(r"\bmy birthday is(?: on)? " + DATE), _simple("date", "date:birthday",
                                                      "their birthday is {v}")),
    (_i(r"\b(?:my|our) (?:wedding )?anniversary is(?: on)? " + DATE),
     _simple("date", "date:anniversary", "their anniversary is {v}")),
    (_i(r"\bi (?:really |absolutely |just )?(?:love|like|enjoy|adore) ") + PHRASE, _taste("like")),
    (_i(r"\bi(?:'m| am) (?:really |very |quite )?(?:into|passionate about|a fan of) ") + PHRASE,
     _taste("like")),
    (r"^" + PHRASE + _i(r" is my favou?rite (?:thing|hobby|pastime|activity)\b"), _taste("like")),
    (_i(r"\bi (?:really )?(?:hate|dislike|detest|can'?t stand|don'?t like|do not like) ")
     + PHRASE, _taste("dislike")),
    (_i(r"\bi(?:'m| am) (?:severely |very |mildly )?allergic to |\ban allergy to ") + PHRASE,
     _simple("health", "allergy:{v}", "is allergic to {v}", lower=True)),
    (r"^" + PHRASE + _i(r" gives me an? allergic reaction"),
     _simple("health", "allergy:{v}", "is allergic to {v}", lower=True)),
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
    (_i(r"\bmy time ?zone is|\bi(?:'m| am) (?:in|on) (?:the )?|\buse (?:the )?") + r" ?" + TZ
     + _i(r"(?: time ?zone| time)?\b"),
     _simple("pref", "pref:timezone", "is in the {v} time zone")),
]]

THIRD_PERSON = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\bI'm\b", "they're"), (r"\bI am\b", "they are"), (r"\bI've\b", "they've"),
    (r"\bI\b", "they"), (r"\bmy\b", "their"), (r"\bme\b", "them"), (r"\bmine\b", "theirs"),
    (r"\bmyself\b", "themselves"),
]]


def is_instruction_shaped(text: str) -> bool:
    return bool(INSTRUCTION.search(text))


def third_person(text: str) -> str:
    for pattern, repl in THIRD_PERSON:
        text = pattern.sub(repl, text)
    return text


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;])\s+|\n+|,\s+(?:and|but)\s+", text)
    return [p.strip() for p in parts if p.strip()]


def _from_sentence(sentence: str) -> list[Candidate]:
    found: dict[str, Candidate] = {}
    for pattern, build in PATTERNS:
        for m in pattern.finditer(sentence):
            cand = build(m)
            if cand is not None and cand.slot not in found:
                found[cand.slot] = cand
    return list(found.values())


def _note(clause: str) -> Candidate:
    clause = clause.strip().rstrip(".!")
    key = re.sub(r"\W+", " ", clause.lower()).strip()[:80]
    return Candidate("note", f"note:{key}", clause, third_person(clause))


def extract(text: str) -> Extraction:
    """Facts the person states about themselves in ``text``."""
    text = text.strip()
    if not text or text.startswith("/") or len(text) > 4000:
        return Extraction(())
    explicit = EXPLICIT.match(text)
    body = explicit.group(1) if explicit else text
    if is_instruction_shaped(body):
        # A message carrying instructions is not trusted for any fact it also states.
        return Extraction((), refused=True, explicit=bool(explicit))
    facts: list[Candidate] = []
    rest: list[str] = []
    for sentence in sentences(body):
        if sentence.rstrip().endswith("?"):
            continue
        found = [c for c in _from_sentence(sentence) if not is_instruction_shaped(c.value)]
        facts.extend(found)
        if not found:
            rest.append(sentence)
    if explicit and not facts:
        return Extraction((_note(body),), explicit=True)
    return Extraction(tuple(facts), explicit=bool(explicit), rest=tuple(rest))
