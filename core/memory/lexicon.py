"""Words and value shapes shared by the extractor and the question parser.

Relation words with their synonyms, dates (canonical form "12 March"), time zones (the
IANA names this Python knows, UTC/GMT offsets and common abbreviations), and the spans a
value can take: a capitalised name, or a short run of plain words when the person writes
in lower case.
"""

from __future__ import annotations

import re
import zoneinfo
from functools import cache

RELATION_WORDS: dict[str, str] = {
    "sister": "sister", "sis": "sister", "sister-in-law": "sister-in-law",
    "brother": "brother", "bro": "brother", "brother-in-law": "brother-in-law",
    "mother": "mother", "mom": "mother", "mum": "mother", "mama": "mother", "mommy": "mother",
    "mummy": "mother", "father": "father", "dad": "father", "papa": "father",
    "daddy": "father", "wife": "wife", "husband": "husband", "hubby": "husband",
    "partner": "partner", "spouse": "spouse", "fiance": "fiance", "fiancé": "fiance",
    "fiancee": "fiancee", "fiancée": "fiancee", "son": "son", "daughter": "daughter",
    "girlfriend": "girlfriend", "gf": "girlfriend", "boyfriend": "boyfriend",
    "bf": "boyfriend", "grandmother": "grandmother", "grandma": "grandmother",
    "granny": "grandmother", "nana": "grandmother", "grandfather": "grandfather",
    "grandpa": "grandfather", "granddad": "grandfather", "aunt": "aunt", "auntie": "aunt",
    "uncle": "uncle", "cousin": "cousin", "niece": "niece", "nephew": "nephew",
    "best friend": "best friend", "bff": "best friend", "dog": "dog", "puppy": "dog",
    "cat": "cat", "kitten": "cat", "boss": "boss", "manager": "boss", "twin": "twin",
    "stepmother": "stepmother", "stepfather": "stepfather", "stepsister": "stepsister",
    "stepbrother": "stepbrother", "pet": "pet", "roommate": "roommate",
    "flatmate": "roommate", "hamster": "hamster", "rabbit": "rabbit", "bunny": "rabbit",
    "parrot": "parrot", "budgie": "parrot", "goldfish": "goldfish", "horse": "horse",
    "pony": "horse", "turtle": "turtle", "tortoise": "tortoise", "guinea pig": "guinea pig",
    "ferret": "ferret", "lizard": "lizard", "snake": "snake",
}
FEMALE = frozenset("sister mother wife daughter girlfriend grandmother aunt niece fiancee "
                   "stepmother stepsister sister-in-law".split())
MALE = frozenset("brother father husband son boyfriend grandfather uncle nephew fiance "
                 "stepfather stepbrother brother-in-law".split())
_REL_ALT = "|".join(sorted((re.escape(w) for w in RELATION_WORDS), key=len, reverse=True))
# "my (little|older|...) sister" — the adjective is optional and not part of the relation.
REL_ADJ = (r"(?:(?:little|big|baby|younger|older|elder|oldest|youngest|kid|twin|only|"
           r"one and only|"
           r"lovely|dear|awesome|amazing) )?")
RELATION = rf"(?i:\b({_REL_ALT})\b)"
RELATION_POSS = rf"(?i:\b({_REL_ALT})(?:'?s)?\b)"  # "sister", "sister's", "sisters"
# "my sister", "my little sis", "my sisters birthday" (the possessive without apostrophe)
MY_REL = rf"(?i:\bmy {REL_ADJ}\b({_REL_ALT})(?:s\b|\b))"


def relation(word: str) -> str:
    return RELATION_WORDS.get(word.lower().strip(), word.lower().strip())


def pronoun_gender(pronoun: str) -> frozenset[str]:
    return FEMALE if pronoun.lower() in {"her", "she", "she's"} else MALE


MONTH_NAMES = ("January February March April May June July August September October "
               "November December").split()
_MONTH_BY_PREFIX = {m[:3].lower(): m for m in MONTH_NAMES}
MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"
DATE = (rf"((?:(?:the )?\d{{1,2}}{_ORD}(?: of)? {MONTH}|{MONTH},? (?:the )?\d{{1,2}}{_ORD}\b)"
        r"(?:,? \d{4})?|\d{4}-\d{2}-\d{2})")
_DAY_MONTH = re.compile(rf"(?i)(?:the )?(\d{{1,2}}){_ORD}(?: of)? ({MONTH})(?:,? (\d{{4}}))?")
_MONTH_DAY = re.compile(rf"(?i)({MONTH}),? (?:the )?(\d{{1,2}}){_ORD}(?:,? (\d{{4}}))?")
DATE_RE = re.compile(DATE)


def canonical_date(text: str) -> str:
    """ "March 12th" / "the 12th of March" → "12 March" (the year is kept when given)."""
    for pattern, day_first in ((_DAY_MONTH, True), (_MONTH_DAY, False)):
        m = pattern.fullmatch(text.strip(" ,."))
        if m:
            day, month = (m.group(1), m.group(2)) if day_first else (m.group(2), m.group(1))
            name = _MONTH_BY_PREFIX.get(month.rstrip(".")[:3].lower(), month)
            year = f" {m.group(3)}" if m.group(3) else ""
            return f"{int(day)} {name}{year}"
    return text.strip(" ,.")


def find_date(text: str) -> str:
    m = DATE_RE.search(text)
    return canonical_date(m.group(1)) if m else ""


TZ_ABBREVIATIONS = frozenset(
    "UTC GMT CET CEST EET EEST WET WEST BST IST EST EDT CST CDT MST MDT PST PDT AKST AKDT "
    "HST JST KST AEST AEDT ACST ACDT AWST NZST NZDT SGT HKT MSK PHT WIB ICT SAST BRT ART "
    "CLT COT PET AST ADT NST NDT".split())
# Abbreviations that are also everyday words are read only in upper case.
_TZ_WORDS = frozenset({"ART", "AST", "PET", "COT", "ICT", "WEST", "WET", "BST", "IST", "NST"})
_OFFSET = r"(?:UTC|GMT)\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?"
_IANA = r"[A-Za-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?"
_TZ_TOKEN = re.compile(rf"(?<![\w/])({_OFFSET}|{_IANA}|[A-Za-z]{{2,5}})(?![\w/])",
                       re.IGNORECASE)


@cache
def _iana() -> dict[str, str]:
    return {z.lower(): z for z in zoneinfo.available_timezones() if "/" in z}


def timezone_in(text: str) -> str:
    """The first time zone named in ``text``, normalised ("utc +2" → "UTC+2"), or ""."""
    for m in _TZ_TOKEN.finditer(text):
        token = m.group(1)
        if re.fullmatch(_OFFSET, token, re.IGNORECASE):
            return re.sub(r"\s+", "", token.upper()).replace("−", "-").replace("–", "-")
        if "/" in token:
            if token.lower() in _iana():
                return _iana()[token.lower()]
            continue
        up = token.upper()
        if up in TZ_ABBREVIATIONS and (token == up or up not in _TZ_WORDS):
            return up
    return ""


# Capitalised words that start sentences or name things other than a person or a place.
NOT_VALUES = frozenset(
    "i i'm i've i'd i'll im ive me my mine we we're our us you your he she it it's its they "
    "that's she's he's there's here's "
    "them their this that these those there here the a an and or but so oh hey hi hello "
    "yes no ok okay well also just really actually honestly anyway btw fyi ps thanks thank "
    "please sorry sure fine good great nice cool not never always now today tomorrow "
    "yesterday tonight monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december "
    "english french german spanish portuguese italian dutch polish japanese chinese korean "
    "russian ukrainian arabic hindi turkish swedish american british canadian australian "
    "irish scottish european asian african vegan vegetarian muse what where when who why "
    "how which mr mrs ms dr big new old little".split())
CAP_WORD = r"[A-Z][\w'’.&-]*"
CAP = rf"({CAP_WORD}(?:[ -](?:de |da |do |of |la |le |von |van |and |& )?{CAP_WORD}){{0,3}})"
CAP_RE = re.compile(CAP)
# Words a plain (lower-case) value never runs past.
BOUNDARY = frozenset(
    "now these days nowadays currently at the moment for since and but with because as "
    "where when which who that so though although anymore again too also btw lol haha "
    "recently lately last this next ago year years month months week weeks day i my we "
    "it there here from until till on in by to of is was are were am be been being has "
    "have had do does did will would can could should full-time part-time remotely "
    "permanently for good already yet still just really very though thanks home resident "
    "residents local locals native based employee fan".split())


PLACE_OF = re.compile(r"^(?:the )?(?:city|town|village|capital|area|region|suburbs?|outskirts|"
                      r"centre|center|heart) of\s+", re.IGNORECASE)


def cap_value(text: str) -> str:
    """A capitalised span at the start of ``text`` (after an optional "the"), or ""."""
    text = PLACE_OF.sub("", text.lstrip(" :\"'“‘—–-"))
    text = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", text)
    m = CAP_RE.match(text)
    if not m:
        return ""
    words = m.group(1).rstrip(".'’").split()
    while words and words[-1].lower() in NOT_VALUES | BOUNDARY:
        words.pop()
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    while words and words[0].lower().strip("'’") in NOT_VALUES:  # "I'm Krakow-based"
        words.pop(0)
    return " ".join(words)


def plain_value(text: str, max_words: int = 3) -> str:
    """Up to ``max_words`` plain words at the start of ``text``, stopping at a boundary."""
    words: list[str] = []
    for word in re.findall(r"[\w'&-]+|[^\w\s]", text.strip()):
        if not re.match(r"[\w&]", word) or word.lower() in BOUNDARY or len(words) == max_words:
            break
        words.append(word)
    if words and words[0].lower() in NOT_VALUES:
        return ""
    return " ".join(words)


def is_lower(text: str) -> bool:
    """True when the person writes without capitals (so names come in lower case)."""
    return not re.search(r"[A-Z]", re.sub(r"\bI(?:'\w+)?\b", "", text[1:]))


def proper_value(text: str, lower: bool, max_words: int = 3) -> str:
    """A name, place or company at the start of ``text``: capitalised, or in lower-case
    writing a short run of plain words (returned in title case)."""
    found = cap_value(text)
    if found or not lower:
        return found
    plain = plain_value(PLACE_OF.sub("", text.strip()), max_words)
    if not plain or any(ch.isdigit() for ch in plain):
        return ""
    return plain.title()
