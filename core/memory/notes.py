"""Notes: the person's own statements about themselves that no slot reads.

"I keep bees on my balcony" fits no slot, yet retrieval should still find it when the
person later asks about it. A note is kept only for a plain first-person statement (the
subject is "I", "we" or "my ..." but not another person such as a friend or colleague),
never for questions or passing states ("I'm tired", "I'm at the airport", anything about
today), and it passes the same instruction check as every fact.
"""

from __future__ import annotations

import re

from core.memory import facts
from core.memory.clauses import is_question, strip_filler
from core.memory.extract import is_instruction_shaped
from core.memory.facts import Candidate
from core.memory.frames import OTHER_PERSON

SUBJECT = re.compile(
    r"^(?:(?:\w+ ){0,3}?)(?:i|i'm|im|i've|ive|i'd|we|we're|we've|my|our)\b", re.IGNORECASE)
SMALL_TALK = re.compile(r"^(?:i (?:think|guess|mean|see|know|agree|wonder|hope|suppose)|"
                        r"i'm (?:fine|good|ok|okay|great|not sure|sure|sorry)|my bad|"
                        r"i (?:don't|do not) know|i (?:need|want|would like|'d like)|"
                        r"i(?:'m| am) looking for)\b", re.IGNORECASE)
# Notes that speak of the person themselves ("I ...", "we ..."), not of "my sister".
OWN = re.compile(r"^(?:[\w']+ ){0,3}?(?:i|i'm|im|i've|ive|i'd|we|we're|we've)\b", re.IGNORECASE)
# Where the person is or how they feel right now, and remarks about this conversation.
TRANSIENT = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right now|just now|this (?:morning|afternoon|"
    r"evening|week)|at the moment|on my way|last night|next (?:week|month)|soon|you|your|"
    r"(?:love|like|hate|get|got|on|do|did) (?:it|that|this)\b)|"
    r"^(?:i'm|im|i am|we're|we are) (?:\w+ ){0,2}?(?:at|in|on) (?:the|a|an|my|our)\b|"
    r"^(?:i'm|im|i am) (?:so |very |really |a bit |kind of |quite |super )?[a-z]+\W*$",
    re.IGNORECASE)
MIN_WORDS, MAX_CHARS = 3, 240


def is_self_statement(sentence: str) -> bool:
    text = strip_filler(sentence)
    if (len(text.split()) < MIN_WORDS or len(text) > MAX_CHARS or is_question(sentence)
            or not SUBJECT.search(text) or SMALL_TALK.search(text)
            or TRANSIENT.search(text)):
        return False
    return not OTHER_PERSON.search(text[:40]) and not is_instruction_shaped(text)


def of(sentences: list[str]) -> list[Candidate]:
    return [facts.note(strip_filler(s)) for s in sentences if is_self_statement(s)]
