"""Questions about oneself: parsing into an intent, and template answers from facts.

Answers never go beyond the facts passed in (already scoped to the person and the chat);
when nothing is known the reply says so plainly ("You haven't told me ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.memory.store import Fact

RELATION = (r"\b(sister|brother|mother|mom|mum|father|dad|wife|husband|partner|son|daughter|"
            r"girlfriend|boyfriend|grandmother|grandfather|grandma|grandpa|aunt|uncle|cousin|"
            r"niece|nephew|best friend|dog|cat|boss)\b")
NOT_TOLD = "You haven't told me"
SELF = re.compile(r"\b(my|me|i|i'm|am i|myself|mine)\b", re.IGNORECASE)
ASKING = re.compile(
    r"\?\s*$|^(?:what|where|when|who|which|how|do|does|did|is|are|am|can|could|tell|remind|"
    r"any)\b", re.IGNORECASE)
SUGGEST = re.compile(
    r"\b(?:what should i do|what can i do|what could i do|any (?:ideas|suggestions|plans)|"
    r"suggest (?:something|an activity)|ideas for)\b.*\b(?:weekend|today|tonight|tomorrow|"
    r"free time|day off|holiday|saturday|sunday)\b", re.IGNORECASE)
FORGET = re.compile(r"^(?:please\s+)?forget\s+(?:that\s+|about\s+|what i said about\s+)?(.+)$",
                    re.IGNORECASE | re.DOTALL)
SUMMARY = re.compile(r"\bwhat do you know about me\b|\btell me about myself\b|\bwho am i\b",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Intent:
    topic: str
    slot: str
    label: str
    relation: str = ""


def _norm_relation(rel: str) -> str:
    return {"mom": "mother", "mum": "mother", "dad": "father"}.get(rel, rel)


def _relation_intents(q: str) -> list[Intent]:
    m = re.search(RELATION, q)
    if not m:
        return []
    rel = _norm_relation(m.group(1))
    out = []
    if re.search(r"\b(name|called|named|who is|who's|who)\b", q):
        out.append(Intent("family", f"family:{rel}", f"your {rel}'s name", rel))
    if re.search(r"\b(birthday|born|birth)\b", q):
        out.append(Intent("date", f"date:{rel} birthday", f"your {rel}'s birthday", rel))
    return out


SIMPLE: list[tuple[str, Intent]] = [
    (r"\b(birthday|born)\b", Intent("date", "date:birthday", "your birthday")),
    (r"\b(before|used to|use to|previous(ly)?|former|old|leave|left)\b.*\b(live|living|home|"
     r"based|city|town|move|moved)\b|\b(live|lived|living|based)\b.*\b(before|previously)\b|"
     r"\b(city|town|place)\b.*\b(leave|left)\b",
     Intent("previous_home", "home", "where you lived before")),
    (r"\b(live|living|home|based|city|town|reside|located)\b", Intent("home", "home",
                                                                     "where you live")),
    (r"\bname\b|\bcalled\b|\baddress me\b|\bcall me\b", Intent("name", "name", "your name")),
    (r"\b(work|job|employ\w*|company|occupation|profession)\b",
     Intent("work", "work", "where you work")),
    (r"\ballerg\w*", Intent("allergy", "allergy:", "any allergies")),
    (r"\b(health|condition|medical)\b", Intent("health", "condition:", "any health conditions")),
    (r"\btime ?zone\b", Intent("pref", "pref:timezone", "your time zone")),
    (r"\bunits?\b|\bmetric\b|\bimperial\b", Intent("pref", "pref:units", "which units you prefer")),
    (r"\blanguage\b", Intent("pref", "pref:language", "which language you prefer")),
    (r"\btone\b", Intent("pref", "pref:tone", "which tone you prefer")),
    (r"\b(goals?|training for|aiming)\b", Intent("goal", "goal:", "your goals")),
    (r"\b(dislike|hate|don'?t like|can'?t stand)\b",
     Intent("dislike", "taste:", "what you dislike")),
    (r"\bfavou?rite (film|movie|book|song|band|food|colou?r|dish|show|series|game|place)\b|"
     r"\b(film|movie|book|song|band|colou?r)\b", Intent("unknown", "", "that")),
    (r"\b(like|enjoy|love|hobby|hobbies|pastime|interests?|into|favou?rite)\b",
     Intent("like", "taste:", "what you like")),
]


def parse(text: str) -> list[Intent]:
    """The self-questions in ``text`` (empty when it is not one)."""
    q = text.strip().lower()
    if not q or q.startswith("/") or not ASKING.search(q) or not SELF.search(q):
        return []
    if SUMMARY.search(q):
        return [Intent("summary", "", "anything about you")]
    found = _relation_intents(q)
    if found or re.search(RELATION, q):
        return found or [Intent("unknown", "", "that")]
    for pattern, intent in SIMPLE:
        if re.search(pattern, q):
            return [intent]
    return []


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
    values = [f.value for f in current]
    if intent.topic == "like":
        values = [f.value for f in current if f.kind == "like"]
    if intent.topic == "dislike":
        values = [f.value for f in current if f.kind == "dislike"]
    if not values or intent.topic == "unknown":
        return f"{NOT_TOLD} {intent.label}."
    return TEMPLATES[intent.topic].format(v=_join(values), r=intent.relation,
                                          slot=intent.slot, last=values[-1])


TEMPLATES = {
    "name": "Your name is {last}.",
    "home": "You live in {last}.",
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
