"""What a question asks for, as a unit: "how many hours", "in km/h", "ml each", "how much
per week", "what percent", or a count of things ("how many tubs", "the most tablets") —
each reading with the unit's size and how the answer names it, likeliest first
(:mod:`core.agents.words_dimensions` finds the quantity that fits).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.words_dimunits import (
    COUNT,
    LENGTH,
    NONE,
    SPEED,
    TIME,
    UNIT_WORD,
    VOLUME,
    Dim,
    Unit,
    unit,
)

LONG = "how long"  # a time in the unit of the rate given ("0.5 kg a week": weeks), or hours
NOT_NOUN = frozenset(
    "a an and or of to in on at for by with from the per each every is are was were it that "
    "this my your x percent more less than over under after before left total hours "
    "minutes am pm".split())
HOW_MANY = re.compile(rf"\bhow\s+(?:many|much)\s+(?:more\s+)?(?:(full|whole|complete)\s+)?"
                      rf"(?:\d[\d,.]*\s*{UNIT_WORD}\s+)?(?:(?:metric|us|uk|imperial|standard)\s+)?"
                      rf"(?:({UNIT_WORD})(?![a-z²³/])|([a-z]+))")
COUNT_ASK = re.compile(r"\b(?:the\s+)?(?:most|max(?:imum)?|fewest|least|minimum|number\s+of)\s+"
                       r"(?:number\s+of\s+)?(?:whole\s+|full\s+)?([a-z]+s)\b")
GIVEN = re.compile(rf"\d\s*(?:{UNIT_WORD}|[a-z]+)?\s*(?:of\s+[a-z]+\s+)?$|"
                   r"\b(?:in|over|for|during|within|across)\s+$")
ASKED = re.compile(r"\bhow\s+much\b|\bwhat(?:'s|\s+is|\s+was|\s+are)\b|\baverage\b|\brate\b|"
                   r"\bhow\s+many\b")
IN_UNIT = re.compile(rf"\b(?:in|into|to|as)\s+({UNIT_WORD})(?![a-z²³/])\s*(?:\?|$|\.|,|\)|"
                     rf"please|pls|each|per|a\s+day)")
# "what's my average km/h?": a unit of two dimensions named as the thing asked
NAMED_RATE = re.compile(r"\b(?:average|my|the|your|our|mean)\s+(km/h|kph|mph|m/s|mbps|mb/s)\s*"
                        r"(?:\?|$|\.|,)")
PER_ASK = re.compile(rf"(?:\bper|\ban?|\beach|/)\s*({UNIT_WORD})(?![a-z²³/])\s*(?:\?|$|\.|,|on\s+"
                     rf"average|in\s+total|average|(?:is|was)\s+(?:that|it|this)\b|(?:is|are|will|"
                     rf"does|do)\s+(?:the|my|our|your|he|she|they|it)\b)")
# a terse ask at the end: "- grams per meal?", "ml per minute?", "ml?"
TERSE = re.compile(rf"(?:^|[-–—:;,.?]\s*|\bin\s+)({UNIT_WORD})(?:\s*(?:per|/|a|an|each)\s*"
                   rf"(?:({UNIT_WORD})|([a-z]+)))?\s*\??\s*$")
# the unit first, then what it is for: "minutes to fill?", "days until empty?", "grams needed?"
UNIT_FIRST = re.compile(rf"(?:^|[-–—:;,.?]\s*|\bin\s+|\bhow\s+many\s+)({UNIT_WORD})\s+(?:(?:to|"
                        rf"until|till|before)\s+(?:it\s+(?:is\s+)?)?[a-z]+|needed|required|remaining|left|"
                        rf"in\s+total|altogether)\s*\??\s*(?:\([^)]*\))?\s*$")
# a bare noun asked: "range?", "reading time?", "fuel time?"
BARE = re.compile(r"(?:^|[-–—:;,.?]\s*)(?:(?:the|my|its|total|estimated|driving|max(?:imum)?)\s+)?"
                  r"(range|(?:[a-z]+\s+)?time|distance)\s*\??\s*(?:\([^)]*\))?\s*$")
UP = re.compile(r"\bneed|\bat\s+least\b|\bbuy\b|\bget\b|\border\b|\brequired?\b|\bmust\b|"
                r"\benough\b|\bcover\b|\bto\s+fill\b")
DOWN = re.compile(r"\bfit\b|\bfull\b|\bwhole\b|\bcomplete\b|\bcan\s+(?:i|we|you)\b|\bmost\b|"
                  r"\bmax(?:imum)?\b|\bafford\b|\blast\b|\bwithin\b")
EACH = re.compile(r"\b(?:each|apiece|per\s+(?:person|head|portion|serving)|a\s+(?:person|head))\b")
PERCENT = re.compile(r"\bwhat\s+(?:percent(?:age)?|%|share|proportion|fraction)\b|"
                     r"\bhow\s+many\s+percent\b|\bas\s+a\s+percent(?:age)?\b")


@dataclass(frozen=True, slots=True)
class Ask:
    dim: Dim | None  # None: any amount of the quantities given, per ``per``
    size: Fraction
    label: str
    noun: str = ""  # how many of these things
    per: Dim = NONE  # the amount asked per this unit
    per_label: str = ""
    per_size: Fraction = Fraction(1)
    each: bool = False
    percent: bool = False


def stem(word: str) -> str:
    word = word.lower()
    if word in ("people", "persons"):
        return "person"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def asks(text: str) -> list[Ask]:
    """The readings of what the question asks, likeliest first."""
    at = text.find("how ")
    question = text[max(text.rfind(". ", 0, at), 0):] if at >= 0 else text
    if PERCENT.search(text):
        return [Ask(NONE, Fraction(1, 100), "%", percent=True)]
    asking = re.search(r"\b(?:how|what)\b", question)
    each = EACH.search(question, asking.start() if asking else 0) is not None
    per = next((m for m in PER_ASK.finditer(question) if not GIVEN.search(
        question, max(m.start() - 30, 0), m.start()) and not (
            question[m.start()] == "/" and question[max(m.start() - 1, 0)].isalpha())), None)
    per_unit = unit(per.group(1)) if per is not None else None
    out: list[Ask] = []

    def add(found: Unit, written: str, start: int, end: int, noun: str = "") -> None:
        p_dim, p_label, p_size = NONE, "", Fraction(1)
        if per is not None and per_unit is not None and not (per.start() < end and
                                                             start < per.end()):
            p_dim, p_label, p_size = per_unit.dim, per.group(1), per_unit.size
        if noun:
            out.append(Ask(COUNT, Fraction(1), written, stem(noun), p_dim, p_label, p_size))
        else:
            out.append(Ask(found.dim, found.size, label(written, found.label), per=p_dim,
                           per_label=p_label, per_size=p_size, each=each))

    many = HOW_MANY.search(question)
    if many is not None and many.group(2) and (found := unit(many.group(2))) is not None:
        word = many.group(2)
        if found.dim == VOLUME and word.isalpha() and many.group(0).startswith("how many"):
            add(found, word, many.start(2), many.end(2), noun=word)  # "how many cups" of tea
        add(found, word, many.start(2), many.end(2))
        if many.group(1) is None:  # "how many full cups": a count before a volume
            out.reverse()
    into = IN_UNIT.search(question) or NAMED_RATE.search(question)
    if into is not None and (found := unit(into.group(1))) is not None:
        add(found, into.group(1), into.start(1), into.end(1))
    things = [m.group(3) for m in (many,) if m is not None and m.group(3)
              and m.group(0).startswith("how many")]
    things += [m.group(1) for m in COUNT_ASK.finditer(question)]
    for noun in things:
        if noun not in NOT_NOUN and unit(noun) is None:
            add(Unit(Fraction(1), COUNT, noun), noun, 0, 0, noun=noun)
    terse = TERSE.search(text) if not out else None
    if terse is not None and (found := unit(terse.group(1))) is not None:
        if terse.group(2) and (over := unit(terse.group(2))) is not None:
            out.append(Ask(found.dim, found.size, f"{label(terse.group(1), found.label)} per "
                           f"{terse.group(2)}", per=over.dim, per_size=over.size))
        elif terse.group(3) and terse.group(3) not in NOT_NOUN:  # "grams per meal"
            out.append(Ask(found.dim, found.size, f"{label(terse.group(1), found.label)} per "
                           f"{stem(terse.group(3))}", each=True))
        elif not terse.group(2) and not terse.group(3):
            out.append(Ask(found.dim, found.size, label(terse.group(1), found.label)))
    first = UNIT_FIRST.search(text) if not out else None
    if first is not None and (found := unit(first.group(1))) is not None:
        out.append(Ask(found.dim, found.size, label(first.group(1), found.label)))
    bare = BARE.search(text) if not out else None
    if bare is not None:
        out.append(Ask(LENGTH, Fraction(1000), "km") if bare.group(1) in ("range", "distance")
                   else Ask(TIME, Fraction(3600), LONG))
    if per is not None and per_unit is not None and ASKED.search(question):
        out.append(Ask(None, Fraction(1), "", per=per_unit.dim, per_label=per.group(1),
                       per_size=per_unit.size))
    if not out and re.search(r"\bhow\s+long\b", question):  # a time, in hours
        out.append(Ask(TIME, Fraction(3600), LONG))
    if not out and re.search(r"\bhow\s+far\b", question):  # a distance, in km
        out.append(Ask(LENGTH, Fraction(1000), "km"))
    if not out and re.search(r"\bhow\s+fast\b|\bwhat\s+speed\b", question):
        out.append(Ask(SPEED, Fraction(5, 18), "km/h"))
    return out


def label(written: str, default: str) -> str:
    """The unit as the question wrote it, when it is a word (not an abbreviation)."""
    written = re.sub(r"\s+", " ", written)
    return written if len(written) > 3 and re.fullmatch(r"[a-z ]+", written) else default


def rounded(text: str, value: Fraction) -> int:
    """A count rounded up ("need", "buy") or down ("fit", "full"), else up."""
    if value.denominator == 1:
        return int(value)
    if UP.search(text) is None and DOWN.search(text) is not None:
        return math.floor(value)
    return math.ceil(value)
