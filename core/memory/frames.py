"""Frame reading: a first-person subject, a verb or noun from a slot's lexicon, a value.

Each frame is a trigger (case-insensitive) whose subject is the person ("I", "we", or
"my <slot noun>"), followed or preceded by a value of the slot's shape: a place,
company or name (capitalised, or plain words in lower-case writing), a date, a time zone,
a short phrase for tastes and allergens. A clause whose subject is someone else ("my
friend lives in Rome") matches no frame. Birthdays resolve "her"/"his" and first names to
a relation mentioned earlier in the message or already known.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from core.memory import facts
from core.memory.facts import Candidate
from core.memory.lexicon import (
    CAP,
    FEMALE,
    MALE,
    proper_value,
    timezone_in,
)

SUBJ = r"\b(?:i(?:'m|'ve|'d)?|im|ive|we(?:'re|'ve)?)"
AUX = r"(?:\s+(?:am|are|have|has|do|did|had))?"
ADV = (r"(?:\s+(?:now|just|finally|still|already|also|actually|really|currently|recently|"
       r"officially|basically|mostly|usually|happily|newly|been|being|got|gotten|kind of|"
       r"sort of|pretty much|totally|truly|proudly|permanently|technically|\w+ly))*")
# "I (have) (just) moved", or a clause that starts with the verb ("Just moved to Porto!").
LEAD = (rf"(?:{SUBJ}{AUX}{ADV}\s+|^(?:(?:just|recently|finally|now|currently|still|also|"
        r"happily|officially|newly)\s+)*|" + SUBJ + r"(?: (?!and\b)[\w']+){1,4},? and"
        r"(?: then| later| finally| just| eventually)?\s+)")
NOT_NOW = re.compile(
    r"\b(?:used to|previously|formerly|before (?:that|then)|back then|as a (?:kid|child)|"
    r"grew up|was born|originally|want|wanna|plan|planning|hope|hoping|would|might|"
    r"thinking (?:of|about)|considering|dream|wish|someday|one day|next (?:year|month|week)|"
    r"soon|will|'ll|going to|gonna|if|maybe|wonder)\b", re.IGNORECASE)
OTHER_PERSON = re.compile(
    r"\bmy (?:\w+ )?(?:friend|colleague|coworker|co-worker|neighbou?r|classmate|teacher|"
    r"doctor|roommate|flatmate|client|landlord|landlady)s?\b", re.IGNORECASE)


@dataclass
class Context:
    """What a message has said so far, for pronouns and first names."""

    names: dict[str, str] = field(default_factory=dict)   # lower-case name -> relation
    mentioned: list[str] = field(default_factory=list)     # relations, oldest first

    def mention(self, rel: str) -> None:
        self.mentioned.append(rel)

    def pronoun(self, word: str) -> str:
        """The relation "her"/"his" most likely means ("" when unclear)."""
        if self.mentioned and self.mentioned[-1] == "other":
            return ""
        wanted = FEMALE if word.lower() in {"her", "she", "she's"} else MALE
        for rel in reversed(self.mentioned):
            if rel in wanted:
                return rel
        known = [r for r in self.names.values() if r in wanted]
        return known[-1] if known else ""


@dataclass(frozen=True)
class Clause:
    text: str
    lower: bool

    def value(self, start: int, max_words: int = 3) -> str:
        return proper_value(self.text[start:], self.lower, max_words)


Reader = Callable[[Clause, Context], list[Candidate]]


def _i(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _first(c: Clause, patterns: list[re.Pattern[str]], make: Callable[[str], Candidate],
           max_words: int = 3) -> list[Candidate]:
    for pattern in patterns:
        for m in pattern.finditer(c.text):
            value = (proper_value(m.group("v"), False) if "v" in pattern.groupindex
                     else c.value(m.end(), max_words))
            if value:
                return [make(value)]
    return []


PLACE_BEFORE = rf"(?P<v>{CAP})"
NOW = (r"(?:now|these days|nowadays|at the moment|right now|for good|full[- ]time|permanently|"
       r"currently)")
# "moved into a flat in Turin": the dwelling between the verb and the place.
DWELLING = (r"(?:(?:in|into|to) (?:a|an|my|our|the|this) (?:\w+ ){0,2}?(?:flat|apartment|house|"
            r"place|home|room|studio|condo|loft|cottage|bungalow|townhouse|houseboat) )?")
HOME = [
    _i(LEAD + r"(?:live|living|'ve lived|have lived|reside|residing|based|stay|staying|"
       r"settled|settling|located|moved|relocated|ended up|landed|made the move|been|back)"
       r" (?:here |over |out |back |down |up |now |for good )?(?:from \S+(?: \S+)?? )?"
       + DWELLING + r"(?:in|to|into|at|over in|over to|out in|out to|out of)\s+"),
    _i(r"\b(?:i'm|im|i am|we're|we are)(?: now| currently| still| back| finally| "
       r"permanently| happily)+ in\s+"),
    _i(rf"\b(?:i'm|im|i am|we're|we are) in\s+(?=\S+(?: \S+){{0,2}}? {NOW}\b)"),
    _i(rf"(?:^|\b){NOW},? (?:i'm|im|i am|we're|we are|i live|we live)(?: in| over in)\s+"),
    _i(LEAD + r"(?:call|consider) (?=\S+(?: \S+){0,2} (?:my )?home\b)"),
    _i(r"\b(?:i've|i have|we've|we have) made (?=\S+(?: \S+){0,2} (?:my|our) home\b)"),
    _i(r"\b(?:my|our) (?:new |current |permanent )?(?:home|flat|apartment|house|place|"
       r"address|home base|base|city|town|hometown now)(?: these days| now| nowadays)?"
       r"(?: is| 's|'s)(?: now| currently)? (?:in |at )?"),
    _i(r"(?:^|\bnew |\bcurrent )(?:home|city|town|place)(?: for me| for us)?(?: these days|"
       r" now| nowadays)?(?: is|:| =|'s)(?: now)?\s+"),
    _i(r"\b(?:i|we) (?:rent|bought|own|share|have) (?:a|an|my|our) (?:\w+ ){0,2}?(?:flat|"
       r"apartment|house|place|room|studio|condo)(?: \w+)? in\s+"),
    _i(r"\bi'?m (?:a|an) (?=\S+(?: \S+)? (?:local|resident)\b)"),
]
HOME_BEFORE = [
    re.compile(PLACE_BEFORE + r"(?i:,? (?:is|'s) (?:now )?(?:my|our)? ?(?:new )?home\b)"),
    re.compile(PLACE_BEFORE + r"(?i:,? (?:is|'s) where (?:i|we) (?:now )?(?:live|'m based|"
               r"am based|reside|call home)\b)"),
]
FROM = _i(r"\b(?:i'm|im|i am)(?: \w+ly)? from\s+")
ORIGIN = _i(r"\b(?:i(?:'m| am) originally from|i grew up in|i was born (?:and raised )?in|"
            r"(?:my )?home ?town (?:is|was))\s+")


def home(c: Clause, ctx: Context) -> list[Candidate]:
    if OTHER_PERSON.search(c.text) and not re.search(r"\b(?:i|we)\b", c.text, re.I):
        return []
    origin = _first(c, [ORIGIN], facts.origin)
    if NOT_NOW.search(c.text) and not re.search(r"\b(?:now|these days|currently)\b",
                                                 c.text, re.IGNORECASE):
        return origin
    found = _first(c, HOME, facts.home)
    if not found:
        for pattern in HOME_BEFORE:
            m = pattern.search(c.text)
            if m and proper_value(m.group("v"), False):
                found = [facts.home(proper_value(m.group("v"), False))]
                break
    if not found and not origin:  # "I'm from Porto": where they live, said plainly
        found = _first(c, [FROM], facts.home)
    return found + origin


JOB = r"(?:an? (?:\w+[ -]){0,2}?\w+ )"
WORK = [
    _i(LEAD + r"(?:work|working|employed|interning|doing an internship|freelance|"
       r"freelancing|consulting|contracting|started|starting|joined|hired|"
       r"got a (?:new )?job|took a job|have a job|'ve got a job|got an? (?:offer|position)|"
       r"teach|teaching|code|coding|on the payroll)(?: full[- ]time| part[- ]time| remotely)?"
       rf"(?: as {JOB})?(?: (?:at|for|with|by|over at|on))?\s+"),
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been) " + JOB + r"(?:at|for|with)\s+"),
    _i(LEAD + r"(?:do|handle|run|lead|manage)(?! (?:it|this|that|them|him|her|things)\b)"
       r"(?: the)?(?: [\w-]+){1,2}? for\s+"),
    _i(r"\bmy (?:current |new )?(?:employer|company|workplace|firm|job|work|office|"
       r"day job|org|organisation|organization)(?: now| these days)?(?: is|'s| =|:)"
       r"(?: now)?(?: at| with)?\s+"),
]
# Only with a capitalised value: "I'm at Globex", "I've been with Initech for years".
WORK_AT = [
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been)(?: now| currently)? at\s+"),
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been)(?: now| currently)? with\s+"
       r"(?=\S+(?: \S+){0,2}? (?:for \w+|since|now|these days|currently)\b)"),
]
WORK_BEFORE = [
    re.compile(rf"(?P<v>{CAP})" + r"(?i:,? (?:is|has been) (?:my )?(?:current |new )?"
               r"(?:employer|company|workplace)\b)"),
    re.compile(rf"(?P<v>{CAP})" + r"(?i:,? (?:employs|hired|pays|signs my) (?:me|my)\b)"),
    re.compile(rf"(?P<v>{CAP})" + r"(?i:,? (?:is|'s) where i (?:work|'m employed|am employed)"
               r"\b)"),
]
WORK_PAST = re.compile(r"\b(?:used to|previously|formerly|worked|was working|quit|left|"
                       r"retired|fired|laid off|will|'ll|going to|next)\b", re.IGNORECASE)


def work(c: Clause, ctx: Context) -> list[Candidate]:
    if WORK_PAST.search(c.text) and not re.search(r"\b(?:now|these days|currently)\b",
                                                  c.text, re.IGNORECASE):
        return []
    found = _first(c, WORK, facts.work)
    if found and found[0].value.lower() in {"home", "remote", "night", "nights", "school"}:
        return []
    if not found:
        found = _first(c, WORK_AT + WORK_BEFORE, facts.work)
    return found


NAME = [
    _i(r"\bmy (?:full |first |real |given |actual )?name(?: is|'s|\s*:| =)\s+"),
    _i(r"^(?:the )?name'?s\s+"),
    _i(r"\b(?:call|calls|calling) me\s+(?!back|later|when|if|on|at|now|tomorrow|tonight)"),
    _i(r"\b(?:i|we) go by\s+"),
    _i(r"\b(?:i'm|im|i am) (?:called|named|known as)\s+"),
    _i(r"^(?:hi|hello|hey|hiya|yo|greetings|howdy)(?: there| all| everyone| muse)?[,!.]*\s+"
       r"(?:i'm|im|i am|this is|it's|its)\s+"),
    _i(r"^(?:this is|it's|its)\s+(?=\S+(?: \S+)? (?:here|speaking)\b|\S+(?: \S+)?\W*$)"),
]
NAME_CAP = [
    re.compile(rf"^(?P<v>{CAP})(?i: (?:here|speaking)\b)"),
    re.compile(rf"(?P<v>{CAP})(?i:,? is my (?:first |full |real )?name\b)"),
    # "I'm Ana." / "I'm Ana, by the way": a bare capitalised word closing the clause.
    re.compile(r"(?i:^(?:i'm|im|i am))\s+" + rf"(?P<v>{CAP})" +
               r"(?i:\W*$|,? (?:by the way|btw|nice to meet|pleased to meet|and i\b|from\b)|!)"),
]


def name(c: Clause, ctx: Context) -> list[Candidate]:
    found = _first(c, NAME, facts.name, 1 if c.lower else 3)
    if found and found[0].value.lower() in {"me", "you", "it", "whatever", "anything"}:
        return []
    if not found:
        found = _first(c, NAME_CAP, facts.name)
    return found


TZ_CUE = re.compile(
    r"\b(?:time ?zones?|tz|zone|clock|clocks|hours|offset|time|on|in|i'm|im|i am|use|set|"
    r"schedule|based|keep|follow|live|living)\b", re.IGNORECASE)
CLOCK_TIME = re.compile(r"\d\s?(?:am|pm|h)\b|\d:\d\d", re.IGNORECASE)
SELF = re.compile(r"\b(?:i|i'm|im|i've|my|me|mine|we|our|us)\b", re.IGNORECASE)


def timezone(c: Clause, ctx: Context) -> list[Candidate]:
    if not SELF.search(c.text) or CLOCK_TIME.search(c.text) or not TZ_CUE.search(c.text):
        return []
    zone = timezone_in(c.text)
    return [facts.timezone(zone)] if zone else []


READERS: list[Reader] = [home, work, name, timezone]
