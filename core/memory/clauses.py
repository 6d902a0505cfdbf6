"""Text into sentences and clauses, with chat filler ("btw", "oh and", "lol") removed.

A clause boundary is a semicolon, or a comma / conjunction / dash / colon followed by a new
subject ("Since March, I live in Oslo" → "Since March" + "I live in Oslo"), so names
set off by commas ("my sister, Eva, ...") stay in one clause.
"""

from __future__ import annotations

import re

PRONOUN = r"(?:i|i'm|im|i've|ive|i'd|we|we're|she|he|she's|he's)\b"
SUBJECT = r"(?:i|i'm|im|i've|ive|i'd|my|we|we're|our|me|she|he|her|his|she's|he's)\b"
# After a comma only a pronoun starts a clause: "Eva, my sister, ..." stays whole. A
# dash before a verb also does: "I'm a Dubliner now — moved here in May".
SPLIT = re.compile(
    r"\s*;\s*|\s+[-–—]\s+(?=(?:just |recently |finally )?[a-z]+ed\b)|"
    r"(?:\s*[:,]|\s+[-–—])\s+(?=" + PRONOUN + r")|(?:\s*[:,]?\s+[-–—]|:|,?\s+(?:and|"
    r"but|so|because|cause|since|though|although|while|whereas|plus|also))\s+(?=" + SUBJECT
    + ")", re.IGNORECASE)
FILLER = (r"(?:btw|by the way|fyi|oh|ah|also|anyway|anyways|so|well|ok|okay|right|yeah|yep|"
          r"yes|haha|lol|fun fact|quick note|just so you know|for the record|for context|"
          r"heads up|ps|p\.s\.|side note|random fact|and|but|honestly|actually|in fact|"
          r"guess what|news|big news|update|small update|quick update|hey|hi|hello|hiya|"
          r"ah yes|true|funny enough|as it happens|incidentally|not sure if i mentioned|"
          r"if you must know|as you may know|in case you're wondering|in case you wondered|"
          r"also worth knowing|good to know|oh right|for what it's worth|muse|hey muse|"
          r"important|note|psst|so yeah|um|uh|hmm|well then|between you and me|"
          r"i don't know if i mentioned(?: it)?|not sure if i told you)")
LEADING = re.compile(rf"^(?:{FILLER}(?![\w'])[\s,:;!.\-–—]*)+", re.IGNORECASE)
TRAILING = re.compile(
    r"[\s,;:\-–—]*(?:\b(?:btw|by the way|fyi|lol|haha|for the record|just so you know|"
    r"if you're wondering|in case you wondered|in case you're wondering|fwiw|just saying|"
    r"if that matters|if that helps)\b|:\)|:-\)|:d|:p|;\))[\s.!]*$", re.IGNORECASE)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+")
# A question word starts a question when an auxiliary follows ("when is ..."), not a
# subject ("When I have time, I climb").
QUESTION = re.compile(
    r"\?\s*$|^(?:remind me|do you (?:remember|know|recall)|can you (?:remind|tell)|"
    r"could you (?:remind|tell)|tell me|whats|what's|where's|when's|who's|how's|am i|do i|"
    r"did i|is my|are my|have i)\b|^(?:what|where|when|who|which|how|why)"
    r"(?: (?!(?:i|we|you|he|she|they|my|our)\b)\w+)? (?:is|are|"
    r"was|were|do|does|did|can|could|will|would|should|has|have|am|many|much|long|old|often)"
    r"\b", re.IGNORECASE)


# "I live in Oslo, you know?" is a statement with a tag, not a question.
TAG = re.compile(r",?\s+(?:you know|right|ok|okay|yeah|eh|no|lol|haha|see|remember)\?(?=\s|$)",
                 re.IGNORECASE)


# "My sister's name, by the way, is Olga."
ASIDE = re.compile(r",\s*(?:by the way|btw|fyi|incidentally|for the record|for what it's worth|"
                   r"if you must know|as you know|in case you forgot|just so you know)\s*,",
                   re.IGNORECASE)


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = TAG.sub(".", EMOJI.sub(" ", text))
    text = ASIDE.sub(" ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=\S)|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def strip_filler(clause: str) -> str:
    previous = None
    while previous != clause:
        previous = clause
        clause = TRAILING.sub("", LEADING.sub("", clause.strip())).strip()
    return clause.rstrip(" .!")


def clauses(sentence: str) -> list[str]:
    out = [strip_filler(p) for p in SPLIT.split(sentence)]
    return [c for c in out if c]


def is_question(sentence: str) -> bool:
    return bool(QUESTION.search(strip_filler(sentence) + sentence[-1:]))
