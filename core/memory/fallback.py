"""A second-chance extractor for first-person sentences the patterns did not read.

Each such sentence is compared (MiniLM cosine) with prototype sentences for every slot,
built from plain phrasings; when one slot clearly wins, its value is taken from the
sentence by the slot's value shape (a capitalised name, a date, a time zone, a phrase
after "to"). The winning slot must also have one of its cue words somewhere in the
sentence, and a sentence about a trip, a plan or a one-off event ("I visited Rome last
summer", "I think I'll move to Oslo") is never read. Values pass the same instruction
check as pattern facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from core.embeddings import Vectors
from core.memory import facts
from core.memory.extract import is_instruction_shaped
from core.memory.facts import Candidate
from core.memory.lexicon import CAP, DATE, canonical_date, timezone_in

THRESHOLD = 0.6
MARGIN = 0.05
FIRST_PERSON = re.compile(r"\b(i|i'm|i've|my|me|mine)\b", re.IGNORECASE)
LEADING = frozenset(
    "oh and so well honestly unfortunately finally these this that my i i'm i've we we're "
    "don't do please also hi hello hey yes no ok okay the a an big news just people home "
    "call what what's is are can could would explain thanks thank how any it it's there "
    "today yesterday tomorrow last next our your his her their they she he you".split())

# A slot is taken only when the sentence has one of its words.
CUES: dict[str, re.Pattern[str]] = {slot: re.compile(p, re.IGNORECASE) for slot, p in {
    "name": r"\bname|\bcall(?:s|ed)? me\b|\bgo by\b|\bknown as\b|\bhere\b",
    "home": r"\bliv(?:e|es|ing)\b|\bhome\b|\bbased\b|\bmov(?:e|ed)\b|\brelocat|\bsettled\b|"
            r"\breside|\bflat\b|\bapartment\b|\bhouse\b|\bcity\b|\btown\b|\bbase\b|"
            r"\blocal\b|\bresident\b|\bneighbou?rhood\b",
    "work": r"\bwork|\bjob\b|\bemploy|\bcompany\b|\bfirm\b|\boffice\b|\bcareer\b|"
            r"\bhired\b|\bpayroll\b|\bsalary\b|\bcolleagues\b|\bteam\b",
    "family": r"\bsister|\bbrother|\bsis\b|\bbro\b|\bsibling",
    "date": r"\bbirth|\bbday\b|\bborn\b|\bturns?\b|\bcelebrat",
    "allergy": r"\ballerg|\breact|\bintoleran|\bsensitive\b|\bcan'?t (?:eat|have)\b",
    "pref:timezone": r"\btime|\bzone\b|\btz\b|\bclock\b|\bhours\b|\butc\b|\bgmt\b",
}.items()}
# Trips, plans, guesses and one-off events: not a lasting fact about the person.
EPISODE = re.compile(
    r"\b(?:visit(?:ed|ing)?|trip|holiday|vacation|flight|flew|travel(?:l?ed|l?ing)?|meeting|"
    r"conference|wedding|studied|married|met|called|yesterday|tomorrow|tonight|today|"
    r"last (?:night|week|summer|winter|spring|autumn|year|month)|next|soon|will|'ll|"
    r"going to|gonna|want|wanna|would|'d|might|maybe|hope|wish|plan|planning|think|guess|"
    r"heard|wonder|if|used to|was|were)\b", re.IGNORECASE)


def _cued(slot: str, sentence: str) -> bool:
    cue = CUES.get(slot) or CUES.get(slot.split(":")[0])
    return cue is not None and bool(cue.search(sentence))


PROTOTYPES: dict[str, tuple[str, ...]] = {
    "name": ("My name is Sam.", "I'm called Sam.", "Call me Sam."),
    "home": ("I live in Paris.", "I moved to Paris.", "My home is in Paris."),
    "work": ("I work at Contoso.", "I work for Contoso.", "My job is at Contoso."),
    "family:sister": ("My sister is called Eva.", "My sister's name is Eva."),
    "family:brother": ("My brother is called Tom.", "My brother's name is Tom."),
    "date:sister birthday": ("My sister's birthday is on 3 May.",),
    "date:birthday": ("My birthday is on 3 May.",),
    "allergy": ("I'm allergic to nuts.", "I have a nut allergy."),
    "pref:timezone": ("My time zone is UTC+1.", "I am in the UTC+1 time zone."),
    "none": ("I had pasta for lunch.", "I think it will rain today.", "Thanks, that helps!",
             "My friend lives in Rome.", "My colleague loves tennis.",
             "My friend Ben works at Contoso.", "My neighbour lives in Rome.",
             "My cousin's birthday is on 3 May.", "My colleague is called Ben.",
             "I need help with my homework.", "I watched a film yesterday."),
}
_CAP = re.compile(CAP)
_DATE = re.compile(DATE)


@dataclass(frozen=True)
class Prototypes:
    labels: tuple[str, ...]
    vectors: Vectors


def prototype_texts() -> tuple[list[str], list[str]]:
    labels, texts = [], []
    for label, examples in PROTOTYPES.items():
        labels += [label] * len(examples)
        texts += [mask(t) for t in examples]
    return labels, texts


def mask(sentence: str) -> str:
    """The sentence with its values blanked, so the shape (not the name) is compared."""
    sentence = _DATE.sub("some date", sentence)
    for m in reversed(list(_CAP.finditer(sentence))):
        if m.group(1).split()[0].lower().strip("'’,") not in LEADING:
            sentence = sentence[:m.start()] + "X" + sentence[m.end():]
    return sentence


def candidates(sentence: str) -> bool:
    return bool(FIRST_PERSON.search(sentence)) and not sentence.rstrip().endswith("?")


def _name_span(sentence: str) -> str:
    spans = [m for m in _CAP.finditer(sentence)
             if m.group(1).split()[0].lower().strip("'’,") not in LEADING]
    return spans[-1].group(1).strip(" .,") if spans else ""


def _value(slot: str, sentence: str) -> str:
    if slot.startswith("date:"):
        m = _DATE.search(sentence)
        return canonical_date(m.group(1)) if m else ""
    if slot == "pref:timezone":
        return timezone_in(sentence)
    if slot == "allergy":
        m = re.search(r"\bto ([a-z][a-z ]{1,30}?)(?:[,.!;]|$)", sentence)
        return m.group(1).strip() if m else ""
    return _name_span(_DATE.sub(" ", sentence))


def classify(sentence: str, vec: Vectors, protos: Prototypes) -> Candidate | None:
    scores = protos.vectors @ vec
    best: dict[str, float] = {}
    for label, score in zip(protos.labels, scores.tolist(), strict=True):
        best[label] = max(best.get(label, -1.0), float(score))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    (slot, top), (_, second) = ranked[0], ranked[1]
    if slot == "none" or top < THRESHOLD or top - second < MARGIN:
        return None
    if not _cued(slot, sentence) or EPISODE.search(sentence):
        return None
    value = _value(slot, sentence)
    if not value or is_instruction_shaped(value):
        return None
    return _candidate(slot, value)


MAKE = {"name": facts.name, "home": facts.home, "work": facts.work,
        "pref:timezone": facts.timezone, "allergy": facts.allergy}


def _candidate(slot: str, value: str) -> Candidate:
    if slot.startswith("family:"):
        return facts.family(slot.split(":")[1], value)
    if slot.startswith("date:"):
        return facts.birthday(slot[5:].removesuffix("birthday").strip(), value)
    return MAKE[slot](value)


def classify_all(sentences: list[str], vecs: Vectors,
                 protos: Prototypes) -> list[tuple[str, Candidate]]:
    """(sentence, fact) for each sentence one slot clearly wins."""
    out = []
    for sentence, vec in zip(sentences, np.asarray(vecs), strict=True):
        found = classify(sentence, vec, protos)
        if found is not None:
            out.append((sentence, found))
    return out


__all__ = ["Prototypes", "candidates", "classify_all", "prototype_texts"]
