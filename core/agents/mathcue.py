"""Whether the words around an expression ask for its value ("what is 3 + 4", "12 * 9 = ?",
"(41 + 17) * 6 - that's a distance in km, what is it?"), so sentences with numbers stay
conversation."""

from __future__ import annotations

import re

from core.agents.mathspan import Span
from core.agents.mathwords import rewrite
from core.agents.wording import FILLERS
from core.tools.unitnames import readings

PRE_CUES = ("what is", "what are", "what was", "what would be", "what will be", "what does",
            "what do", "how much is", "how much", "how many is", "calculate", "calc",
            "compute", "computes", "evaluate", "eval", "work out", "figure out", "find", "solve",
            "tell me", "give me", "get", "do", "math", "maths", "sum", "calculation", "answer",
            "what")
BETWEEN = frozenset("the value of result answer to expression please exactly just this "
                    "following number me us for quickly quick you now".split())
WEAK = re.compile(r"\(?\d+\s*[-/]\s*\d+\)?")  # a range, a score or a date more often than a sum
POST_CUE = re.compile(r"^\s*(?:\?|=|is\s+what\b|equals?\b|is\s*\??\s*$|comes\s+to\b)")
POST_ASK = re.compile(r"^\s*[-–—,:;]?\s*(?:what\s+(?:is|was)\s+(?:that|it|the\s+(?:answer|"
                      r"result|total|sum))|what\s+(?:do|does|would|will|did|should)\s+(?:i|you|we|it|that|this|they)\s+"
                      r"(?:get|come\s+to|equal|add\s+up\s+to|end\s+up\s+with)|how\s+much\s+is\s+"
                      r"(?:that|it))\s*[?.!]*\s*$")  # "3 1/5 + 3 1/3 — what do I get?"
LEADS = re.compile(r"^\s*(?:[-–—,:;]|=)?\s*(?:that(?:'s|\s+is)|it(?:'s|\s+is)|this\s+is)\b.*"
                   r"\bwhat\s+(?:is|does|do)\s+(?:it|that|this)\b")
UNIT_STATED = re.compile(r"\b(?:that(?:'s|\s+is)|it(?:'s|\s+is)|(?:which|this)\s+is)\s+"
                         r"(?:a\s+|an\s+|the\s+)?(?:distance|length|height|width|depth|weight|mass|volume|"
                         r"time|duration|speed|area)\s+in\s+([a-z°²]+)\b")


UNKNOWN_UNIT = (r"\b{v}(?![a-z])\s*(?:\)\s*)?(?:(?:is|are|was|be|being|=|stands\s+for|"
                r"represents|means|gives)\s+)?(?:(?:measured|given|expressed|written)\s+)?(?:(?:a|an|the|my|your|"
                r"some)\s+)?(?:[a-z]+\s+){{0,2}}?in\s+([a-z°²³]+)\b|\b{v}(?![a-z])\s+(?:is|are|=|being|"
                r"counts?|stands\s+for)\s+(?:(?:a\s+number\s+of|the\s+number\s+of)\s+)?([a-z°²³]+)\b")


def unknown_unit(text: str, variable: str) -> str:
    """The unit an unknown is said to be in ("6d = 126, where d is a distance in km", "x is
    a length in cm", "(t in hours)", "where t is minutes")."""
    if not re.fullmatch(r"[a-z]", variable):
        return ""
    for match in re.finditer(UNKNOWN_UNIT.format(v=variable), text, re.I):
        word = match.group(1) or match.group(2)
        if readings(word):
            return word
    return ""


def stated_unit(text: str) -> str:
    """The unit a bare expression's value is said to be in ("…, that's a distance in km")."""
    match = UNIT_STATED.search(text)
    return match.group(1) if match is not None else ""


def cued(text: str, span: Span, previous: bool) -> bool:
    """True when the words around an expression ask for its value."""
    rewritten, _ = rewrite(text, previous)
    before = re.findall(r"[a-z]+|\d+", rewritten[:span.start])
    after = rewritten[span.end:]
    content_after = [w for w in re.findall(r"[a-z]+|\d+", after) if w not in FILLERS]
    content_before = [w for w in before if w not in FILLERS]
    if not content_before and not content_after:
        return True
    if not content_before and span.explicit and not WEAK.fullmatch(span.text) and LEADS.match(
            after):  # "(41 + 17) * 6 - that's a distance in km. what is it?"
        return True
    if rewritten[:span.start].rstrip().endswith(":") and not WEAK.fullmatch(span.text):
        return True  # "two sums: 45 + 55"
    trimmed = list(before)
    while trimmed and trimmed[-1] in BETWEEN | FILLERS:
        trimmed.pop()
    tail = " ".join(trimmed[-4:])
    cues = PRE_CUES if WEAK.fullmatch(span.text) else (*PRE_CUES, "express", "convert", "turn")
    if any(tail == cue or tail.endswith(" " + cue) for cue in cues):
        return True
    asked = POST_CUE.match(after) or (POST_ASK.match(after) and not WEAK.fullmatch(span.text))
    return bool(asked) and len(content_before) <= 2 and span.explicit
