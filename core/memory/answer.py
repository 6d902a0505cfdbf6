"""Template answers about oneself from the person's facts.

Answers never go beyond the facts passed in (already scoped to the person and the chat);
when nothing is known the reply says so plainly ("You haven't told me ..."). Which slots a
question asks about is decided in :mod:`asking` (re-exported here).
"""

from __future__ import annotations

import re

from core.memory.asking import FORGET, SUGGEST, SUMMARY, Intent, parse
from core.memory.lexicon import BOUNDARY, NOT_VALUES
from core.memory.store import Fact

NOT_TOLD = "You haven't told me"
__all__ = ["FORGET", "NOT_TOLD", "SUGGEST", "SUMMARY", "Intent", "parse", "render",
           "render_date", "render_note", "render_origin", "second_person", "suggestion",
           "summary"]

def _join(values: list[str]) -> str:
    if len(values) <= 1:
        return "".join(values)
    return ", ".join(values[:-1]) + " and " + values[-1]


def render(intent: Intent, current: list[Fact], history: list[Fact]) -> str:
    """One sentence for ``intent`` from the person's facts (current ones unless history)."""
    if intent.topic == "previous_home":
        old = [f.value for f in history if not f.current]
        now = [f.value for f in history if f.current]
        if not old:
            return f"{NOT_TOLD} {intent.label}."
        tail = f", before moving to {now[-1]}" if now else ""
        return f"You lived in {old[-1]}{tail}."
    if intent.topic == "allergy" and current:
        return "You " + _join([_verb(f.statement) for f in current]) + "."
    values = [f.value for f in current]
    if intent.topic == "like":
        values = [f.value for f in current if f.kind == "like"]
    if intent.topic == "dislike":
        values = [f.value for f in current if f.kind == "dislike"]
    if not values or intent.topic == "unknown":
        return f"{NOT_TOLD} {intent.label}."
    return TEMPLATES[intent.topic].format(v=_join(values), r=intent.relation,
                                          slot=intent.slot, last=values[-1],
                                          a="an" if values[-1][:1] in "aeiou" else "a")


TEMPLATES = {
    "name": "Your name is {last}.",
    "home": "You live in {last}.",
    "origin": "You told me you're from {last}.",
    "job": "You work as {a} {last}.",
    "work": "You work at {last}.",
    "family": "Your {r} is called {last}.",
    "date": "That's on {last}.",
    "allergy": "You're allergic to {v}.",
    "health": "You told me you have {v}.",
    "pref": "You told me: {v}.",
    "goal": "Your goals: {v}.",
    "like": "You like {v}.",
    "dislike": "You dislike {v}.",
}


def render_origin(intent: Intent, origin: list[Fact], homes: list[Fact]) -> str:
    """Asked where they lived before, told only where they are from."""
    if not origin:
        return f"{NOT_TOLD} {intent.label}."
    now = f", and you live in {homes[-1].value} now" if homes else ""
    return f"You told me you're from {origin[-1].value}{now}."


def render_date(intent: Intent, current: list[Fact]) -> str:
    if not current:
        return f"{NOT_TOLD} {intent.label}."
    whose = f"Your {intent.relation}'s birthday" if intent.relation else "Your birthday"
    if intent.slot == "date:anniversary":
        whose = "Your anniversary"
    return f"{whose} is {current[-1].value}."


def summary(facts: list[Fact]) -> str:
    if not facts:
        return f"{NOT_TOLD} anything about yourself yet."
    lines = [f"- {f.statement}" for f in facts[:20]]
    return "Here is what I know about you:\n" + "\n".join(lines)


def suggestion(topics: list[str]) -> str:
    if not topics:
        return ""
    first = topics[0]
    extra = f" or some {topics[1]}" if len(topics) > 1 else ""
    return (f"Since you've been into {first} lately, how about making time for {first} "
            f"this weekend{extra}? Pick something new to try, invite a friend, and keep "
            "an easy plan B in case the weather turns.")


VERBS = {"is": "are", "has": "have", "lives": "live", "works": "work", "likes": "like",
         "dislikes": "dislike", "reacts": "react", "gets": "get", "wants": "want",
         "prefers": "prefer", "was": "were"}
SECOND = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\bI'm\b", "you're"), (r"\bI am\b", "you are"), (r"\bI've\b", "you've"),
    (r"\bI'd\b", "you'd"), (r"\bI\b", "you"), (r"\bmy\b", "your"), (r"\bme\b", "you"),
    (r"\bmine\b", "yours"), (r"\bmyself\b", "yourself"), (r"\bwe\b", "you"),
    (r"\bour\b", "your"), (r"\bus\b", "you"),
]]


def _verb(statement: str) -> str:
    """A stored third-person statement as what "You ..." goes on with."""
    first, _, rest = statement.partition(" ")
    if first == "their":
        return f"told me your {rest}"
    return f"{VERBS.get(first, first)} {rest}".strip()


def second_person(text: str) -> str:
    """The person's own words addressed back to them ("I call Oslo home" → "you call ...")."""
    for pattern, repl in SECOND:
        text = pattern.sub(repl, text)
    return text


def render_note(note: str) -> str:
    said = second_person(note.strip().rstrip(".!"))
    first = said.split(" ", 1)[0]
    if first.lower() in NOT_VALUES | BOUNDARY:  # "These days you ..." → "these days you ..."
        said = first.lower() + said[len(first):]
    return f"You told me: {said}."
