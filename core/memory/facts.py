"""Fact candidates and their one constructor per slot (slot name, value, statement).

A statement is a third-person verb phrase about the person ("lives in Porto", "their
sister is called Eva"); the slot decides what a newer fact supersedes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    kind: str
    slot: str
    value: str
    statement: str


def name(v: str) -> Candidate:
    return Candidate("name", "name", v, f"is called {v}")


def home(v: str) -> Candidate:
    return Candidate("home", "home", v, f"lives in {v}")


def origin(v: str) -> Candidate:
    return Candidate("origin", "origin", v, f"is from {v}")


def work(v: str) -> Candidate:
    return Candidate("work", "work", v, f"works at {v}")


def job(v: str) -> Candidate:
    v = v.lower()
    return Candidate("work", "job", v, f"works as {v}")


def family(rel: str, v: str) -> Candidate:
    return Candidate("family", f"family:{rel}", v, f"their {rel} is called {v}")


def birthday(rel: str, v: str) -> Candidate:
    """``rel`` "" is the person's own birthday."""
    if not rel:
        return Candidate("date", "date:birthday", v, f"their birthday is {v}")
    return Candidate("date", f"date:{rel} birthday", v, f"their {rel}'s birthday is {v}")


def taste(v: str, like: bool = True) -> Candidate:
    v = v.lower()
    kind, verb = ("like", "likes") if like else ("dislike", "dislikes")
    return Candidate(kind, f"taste:{v}", v, f"{verb} {v}")


def allergy(v: str, how: str = "is allergic to") -> Candidate:
    v = v.lower()
    return Candidate("health", f"allergy:{v}", v, f"{how} {v}")


def timezone(v: str) -> Candidate:
    return Candidate("pref", "pref:timezone", v, f"is in the {v} time zone")


THIRD_PERSON = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\bI'm\b", "they're"), (r"\bI am\b", "they are"), (r"\bI've\b", "they've"),
    (r"\bI\b", "they"), (r"\bmy\b", "their"), (r"\bme\b", "them"), (r"\bmine\b", "theirs"),
    (r"\bmyself\b", "themselves"),
]]


def third_person(text: str) -> str:
    for pattern, repl in THIRD_PERSON:
        text = pattern.sub(repl, text)
    return text


def note(clause: str) -> Candidate:
    """The person's own words, kept as a note when no slot reads them."""
    clause = clause.strip().rstrip(".!")
    key = re.sub(r"\W+", " ", clause.lower()).strip()[:80]
    return Candidate("note", f"note:{key}", clause, third_person(clause))
