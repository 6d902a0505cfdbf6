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
    MY_REL,
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
    places: list[str] = field(default_factory=list)        # "in Oslo", for a later "there"
    sentence: str = ""                                     # the sentence being read

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


# In lower-case writing a plain value is read only right after one of these words.
INTRODUCERS = frozenset("at for with by in to into of is 's : me as called named from near "
                        "outside around joined a an".split())


def _first(c: Clause, patterns: list[re.Pattern[str]], make: Callable[[str], Candidate],
           max_words: int = 3, capitals: bool = False) -> list[Candidate]:
    """The first value a pattern introduces (``capitals``: only a capitalised one)."""
    for pattern in patterns:
        for m in pattern.finditer(c.text):
            if "v" in pattern.groupindex:
                value = proper_value(m.group("v"), False)
            elif capitals or not c.lower:
                value = proper_value(c.text[m.end():], False, max_words)
            else:
                last = re.findall(r"\w+|'s|:", m.group(0).lower())[-1:] or [""]
                value = c.value(m.end(), max_words) if last[0] in INTRODUCERS else (
                    proper_value(c.text[m.end():], False, max_words))
            if value:
                return [make(value)]
    return []


# A value before its frame ("Graz is home now"): capitalised, or in lower-case writing the
# clause's first words.
LOW = r"[a-z][\w'&.-]*(?: [a-z][\w'&.-]*){0,2}?"


@dataclass(frozen=True)
class Before:
    caps: re.Pattern[str]
    low: re.Pattern[str]


COPULA = r"(?:,? (?:is|has been|remains)|'s)"


def before(suffix: str) -> Before:
    return Before(re.compile(rf"(?P<v>{CAP})" + suffix), re.compile(rf"^(?P<v>{LOW})" + suffix))


def _before(c: Clause, items: list[Before], make: Callable[[str], Candidate]) -> list[Candidate]:
    for item in items:
        for pattern, lower in ((item.caps, False), (item.low, True)):
            if lower and not c.lower:
                continue
            m = pattern.search(c.text)
            if m and (value := proper_value(SUBJECT_START.sub("", m.group("v")), lower)):
                return [make(value)]
    return []


SUBJECT_START = re.compile(r"^(?:i'm|im|i am|we're|we are)\s+", re.IGNORECASE)


NOW = (r"(?:now|these days|nowadays|at the moment|right now|for good|full[- ]time|permanently|"
       r"currently)")
# "moved into a flat in Turin": the dwelling between the verb and the place.
DWELLING = (r"(?:(?:in|into|to) (?:a|an|my|our|the|this) (?:\w+ ){0,2}?(?:flat|apartment|house|"
            r"place|home|room|studio|condo|loft|cottage|bungalow|townhouse|houseboat) )?")
HOME = [
    _i(r"\b(?:someone|somebody|a person|a guy|a girl|a woman|a man) who (?:has |'s )?(?:lived|"
       r"lives|been living|is living|is based) in\s+"),
    _i(r"(?:^|\b(?:since|after) )(?:moving|relocating|having moved|having relocated|being "
       r"based|being settled) (?:here |over |back )?(?:to|in)\s+"),
    _i(LEAD + r"(?:live and work|work and live|live|living|'ve lived|have lived|reside|"
       r"residing|based|stay|staying|"
       r"settled|settling|located|moved|relocated|ended up|landed|made the (?:move|jump|leap|"
       r"switch)|back|"
       r"lived|make (?:my|our) home|made (?:my|our) home|find me|pay rent|rent a place)"
       r" (?:here |over |out |back |down |up |now |for good |house |home )?"
       r"(?:from \S+(?: \S+)?? )?" + DWELLING + r"(?:in|to|(?<!been )into|at|over in|over to|"
       r"out in|out to|out of|outside|near|close to|just outside|around|on the outskirts of)\s+"),
    _i(LEAD + r"been (?:here |back |living |based )?in\s+"),
    _i(LEAD + r"(?:headed|went|came|returned|packed up and (?:headed|went|left))(?: back| over| "
       r"out)? to\s+(?=\S+(?: \S+)? (?:for good|permanently|to live|to stay)\b)"),
    _i(r"\b(?:i'm|im|i am|we're|we are)(?: now| currently| still| back| finally| "
       r"permanently| happily)+ in\s+"),
    _i(rf"\b(?:i'm|im|i am|we're|we are) in\s+(?=\S+(?: \S+){{0,2}}? {NOW}\b)"),
    _i(rf"(?:^|\b){NOW},? (?:i'm|im|i am|we're|we are|i live|we live)(?: in| over in)\s+"),
    _i(LEAD + r"(?:call|called|consider|considered) (?=\S+(?: \S+){0,2} (?:my |our )?home\b)"),
    _i(r"\b(?:i've|i have|we've|we have) made (?=\S+(?: \S+){0,2} (?:my|our) home\b)"),
    _i(r"\b(?:my|our) (?:new |current |permanent |mailing |postal |home |own )?(?:home|flat|"
       r"apartment|house|place|"
       r"address|home base|base|city|town|hometown now)(?: these days| now| nowadays)?"
       r"(?: is| 's|'s|:)(?: now| currently)?(?: over| out| down| up)? (?:in |at )?"),
    _i(r"(?:^|\bnew |\bcurrent )(?:home sweet home|home|city|town|place|address)(?: for me|"
       r" for us)?(?: these days| now| nowadays)?(?: is|:| =|'s)(?: now)?\s+"),
    _i(LEAD + r"(?:rent|rented|bought|own|share|have|got) (?:a|an|my|our) (?:\w+ ){0,2}?(?:"
       r"flat|apartment|house|place|room|studio|condo)(?: \w+)? in\s+"),
    _i(r"\b(?:i'?m|i am|we're|we are)(?: \w+)? (?:a|an) (?:proud |happy |new |longtime |long-time "
       r"|permanent |full-time )?(?=\S+(?: \S+)? (?:local|resident)s?\b)"),
    _i(r"\b(?:i'?m|i am|we're|we are)(?: \w+)? (?:a )?(?:resident|residents|local|locals) "
       r"(?:of|in)\s+"),
    _i(r"\b(?:my|our|the) (?:big )?move to\s+"),
    _i(r"\b(?:you'll|you will|you can) (?:usually |mostly )?find me in\s+"),
]
HOME_BEFORE = [
    before(r"(?i:-based\b)"),
    before(rf"(?i:{COPULA} (?:now )?(?:my|our) (?:new )?(?:home|base|"
           r"home base)\b)"),
    before(rf"(?i:{COPULA} (?:now )?home\b(?! to\b| of\b))"),
    before(r"(?i:,? (?:is|'s) (?:the|my) (?:city|town|place|village) (?:where |that )?(?:i|we) "
           r"(?:live|call home|reside|'m based|am based)\b)"),
    before(r"(?i:,? (?:(?:which|that) )?(?:is|'s) where (?:i|we)(?:'ve|'m| have| am)?(?: now|"
           r" just| finally| \w+ly)? (?:live|living|based|settled|reside|residing|staying|"
           r"call home|made (?:my|our) home)\b)"),
]
THERE = _i(LEAD + r"(?:live|living|'ve lived|have lived|reside|residing|based|stay|staying|"
           r"settled|moved|relocated|call it home)(?: \w+ly)? there\b")
PLACE_MENTION = re.compile(r"(?i:\b(?:in|to|at|from|near|of)) " + CAP)


def places(c: Clause, ctx: Context) -> None:
    """Capitalised places a clause names, for a later "I live there"."""
    for m in PLACE_MENTION.finditer(c.text):
        value = proper_value(m.group(1), False)
        if value and not timezone_in(value):
            ctx.places.append(value)


PAST_LIVED = _i(r"\b(?:i|we) (?:\w+ly )?lived\b")
FROM = _i(r"\b(?:i'm|im|i am)(?: \w+ly)? from\s+")
ORIGIN = _i(r"\b(?:i(?:'m| am) originally from|i grew up in|i was born (?:and raised )?in|"
            r"(?:my )?home ?town (?:is|was))\s+")


def home(c: Clause, ctx: Context) -> list[Candidate]:
    if OTHER_PERSON.search(c.text) and not re.search(r"\b(?:i|we)\b", c.text, re.I):
        return []
    origin = _first(c, [ORIGIN], facts.origin)
    if timezone_in(c.text) and re.search(r"\b(?:zone|time|tz)\b", c.text, re.IGNORECASE):
        return origin
    if PAST_LIVED.search(c.text):
        return origin
    if NOT_NOW.search(c.text) and not re.search(r"\b(?:now|these days|currently)\b",
                                                 c.text, re.IGNORECASE):
        return origin
    found = _first(c, HOME, facts.home) or _before(c, HOME_BEFORE, facts.home)
    if not found and ctx.places and THERE.search(c.text):  # "Oslo is lovely, I live there"
        found = [facts.home(ctx.places[-1])]
    if not found and not origin:  # "I'm from Porto": where they live, said plainly
        found = _first(c, [FROM], facts.home)
    return found + origin


JOB = r"(?:an? (?:[\w-]+ ){0,2}?[\w-]+)"
POST = (r"(?: (?:a |my |the )?(?:new |first |dream |full-time |part-time )?(?:job|position|role|"
        r"gig|internship|contract|post))?")
WORK = [
    _i(LEAD + r"(?:work|working|employed|interning|doing an internship|freelance|"
       r"freelancing|consulting|contracting|started|starting|joined|hired|"
       r"got a (?:new )?job|took a job|have a job|'ve got a job|got an? (?:offer|position)|"
       r"teach|teaching|code|coding|on the payroll|worked|earn (?:my|a) living|"
       r"make (?:my|a) living|part of (?:the )?(?:[\w-]+ )?team|on staff|clock in|get paid|"
       r"am paid|'m paid|got paid)"
       r"(?: full[- ]time| part[- ]time|"
       rf" remotely)?{POST}(?: as {JOB}(?= (?:at|for|with|in)\b))?"
       r"(?: in (?:[\w-]+ ){0,1}[\w-]+)?(?: (?:at|for|with|by|over at|on))?(?: (?:a|an) "
       r"(?:[\w-]+ )?(?:company|firm|startup|agency|business|shop|studio|lab|place|outfit) "
       r"(?:called|named))?"
       r"\s+"),
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been) " + JOB + r" (?:at|for|with)\s+"),
    _i(LEAD + r"(?:do|handle|run|lead|manage)(?! (?:it|this|that|them|him|her|things)\b)"
       r"(?: the)?(?: [\w-]+){1,2}? for\s+"),
    _i(r"\b(?:my |the )?(?:work|job|role|position|gig) (?:at|with|for) (?=[A-Z])|"
       r"\b(?:my )?(?:paycheck|paycheque|salary|wages?) comes? from\s+|"
       r"^(?:my )?(?:employer|company|workplace)\s*:\s*"),
    _i(r"\bmy (?:current |new )?(?:employer|company|workplace|firm|job|work|office|"
       r"day job|org|organisation|organization)(?: now| these days)?(?: is|'s| =|:)"
       r"(?: now)?(?: at| with)?\s+"),
]
# Only with a capitalised value and a sign of a job or of time: "I'm at Globex these
# days", "I've been with Initech for years" (not "I'm at Starbucks").
LASTING = (r"(?=\S+(?: \S+){0,2}? (?:for (?:\w+ )?(?:years?|months?|a while|ages)|since|now|"
           r"these days|nowadays|currently|full[- ]time|part[- ]time|as an? )\b)")
WORK_AT = [
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been)(?: now| currently)? at\s+" + LASTING
       + r"|^been at\s+" + LASTING),
    _i(r"\b(?:i'm|im|i am|i've been|ive been|i have been)(?: now| currently)? with\s+"
       r"(?=\S+(?: \S+){0,2}? (?:for \w+|since|now|these days|currently)\b)"),
]
EMPLOYEE = (r"(?i: (?:employee|staffer|staff member|worker|intern|contractor|consultant|"
            r"engineer|developer|lifer)\b)")
WORK_AT.append(re.compile(
    r"(?i:\b(?:i'm|im|i am)(?: now| currently)? (?:a|an)) " + rf"(?P<v>{CAP})" + EMPLOYEE))
# In lower-case writing: "i'm a hooli employee", "i've been with acme corp for two years"
WORK_LOW = [
    re.compile(r"(?i:\b(?:i'm|im|i am)(?: now| currently)? (?:a|an)) "
               r"(?P<v>[a-z][\w&.-]*(?: [a-z][\w&.-]*)?)" + EMPLOYEE),
    re.compile(r"(?i:\b(?:i'm|im|i am|i've been|ive been|i have been)(?: now| currently)? "
               r"(?:at|with)) (?P<v>[a-z][\w&.-]*(?: [a-z][\w&.-]*)?)(?= (?:for (?:\w+ )?"
               r"(?:years?|months?)|since)\b)"),
]
WORK_TOPIC = _i(r"\b(?:work|job|employer|company|office|career)\b")
AT_NOW = _i(r"^(?:i'm|im|i am)(?: now| currently)? at\s+")
WORK_BEFORE = [
    before(r"(?i:,? (?:is|'s) (?:the|a) (?:company|firm|place|business|startup|organi[sz]ation|"
           r"org) (?:that )?(?:i|we) work (?:for|at)\b)"),
    before(rf"(?i:{COPULA} (?:my )?(?:current |new )?(?:employer|company|"
           r"workplace)\b)"),
    before(r"(?i:,? (?:employs|hired|pays|signs my|has employed|employed|signed|took on) "
           r"(?:me|my)\b)"),
    before(r"(?i:,? (?:is|'s) where i (?:work|'m employed|am employed|spend my (?:days|"
           r"workdays|working hours|9 to 5|nine to five))\b)"),
]
WORK_PAST = re.compile(r"\b(?:used to|previously|formerly|(?:i|we) worked|was working|quit|left|"
                       r"retired|fired|laid off|will|'ll|going to|next)\b", re.IGNORECASE)


# "I'm a nurse at ...", "I work as a data analyst for ...": the job beside the employer.
JOB_AT = _i(r"\b(?:i'm|im|i am|i've been|i have been|i work as|working as) (?:an? )"
            r"((?:[a-z-]+ ){0,2}?[a-z-]+) (?:at|for|with)\b")


def work(c: Clause, ctx: Context) -> list[Candidate]:
    if WORK_PAST.search(c.text) and not re.search(r"\b(?:now|these days|currently)\b",
                                                  c.text, re.IGNORECASE):
        return []
    if (OTHER_PERSON.search(c.text) or re.search(MY_REL, c.text)) and not re.search(
            r"\b(?:i|i'm|i've|we)\b", c.text, re.IGNORECASE):
        return []  # "my brother's job at Initech"
    found = _employer(c, ctx)
    job = JOB_AT.search(c.text)
    if found and job and job.group(1).lower() not in {"big", "huge", "member", "part"}:
        found.append(facts.job(job.group(1)))
    return found


def _employer(c: Clause, ctx: Context) -> list[Candidate]:
    found = _first(c, WORK, facts.work)
    if found and found[0].value.lower() in {"home", "remote", "night", "nights", "school"}:
        return []
    if not found:
        found = (_first(c, WORK_AT, facts.work, capitals=True)
                 or _before(c, WORK_BEFORE, facts.work))
    if not found and WORK_TOPIC.search(ctx.sentence):  # "For work, I'm at Acme Corp."
        found = _first(c, [AT_NOW], facts.work, capitals=True)
    if not found and c.lower:
        for pattern in WORK_LOW:
            m = pattern.search(c.text)
            if m and (value := proper_value(m.group("v"), True)):
                return [facts.work(value)]
    return found


NAME = [
    _i(r"\bmy (?:full |first |real |given |actual )?name(?: is|'s|\s*:| =)\s+"),
    _i(r"^(?:the )?name(?:'s| is)\s+"),
    _i(r"\b(?:know|knows) me as\s+|\b(?:i'm|i am) (?:also |usually |better )?known as\s+"),
    _i(r"\b(?:introducing myself|let me introduce myself|allow me to introduce myself)\W+"),
    _i(r"\b(?:call|calls|calling) me\s+(?!back|later|when|if|on|at|now|tomorrow|tonight)"),
    _i(r"\b(?:i|we) go by\s+|\bi answer to\s+|\b(?:named|christened) me\s+|"
       r"\b(?:introduce myself|address me|refer to me|know me) as\s+"),
    _i(r"\b(?:i'm|im|i am) (?:called|named|known as)\s+"),
    _i(r"^(?:hi|hello|hey|hiya|yo|greetings|howdy)(?: there| all| everyone| muse)?[,!.]*\s+"
       r"(?:i'm|im|i am|this is|it's|its)\s+"),
    _i(r"^(?:this is|it's|its)\s+(?=\S+(?: \S+)? (?:here|speaking)\b|\S+(?: \S+)?\W*$)"),
]
NAME_BEFORE = [
    before(r"(?i:,? (?:here|speaking)\b|,? (?:that's|that is) what (?:\w+ )?calls? me\b|"
           r",? (?:at your service|pleased to meet you|nice to meet "
           r"you|glad to meet you)\b|\W+(?:that's|that is) me\b)"),
    before(rf"(?i:{COPULA} my (?:first |full |real )?name\b)"),
    before(r"(?i:'s the name\b| is what (?:\w+ )?calls? me\b)"),
]
NAME_CAP = [
    # "I'm Ana." / "I'm Ana, by the way": a bare capitalised word closing the clause.
    re.compile(r"(?i:^(?:i'm|im|i am))\s+" + rf"(?P<v>{CAP})" +
               r"(?i:\W*$|,? (?:by the way|btw|nice to meet|pleased to meet|and i\b|from\b)|!|"
               r"\s*[-–—])"),
]


def name(c: Clause, ctx: Context) -> list[Candidate]:
    found = (_first(c, NAME, facts.name, 1 if c.lower else 3)
             or _before(c, NAME_BEFORE, facts.name) or _first(c, NAME_CAP, facts.name))
    if found and (found[0].value.lower() in {"me", "you", "it", "whatever", "anything"}
                  or re.search(r"-(?:based|born|raised)$", found[0].value, re.IGNORECASE)
                  or timezone_in(found[0].value)):
        return []
    return found


TZ_CUE = re.compile(
    r"\b(?:time ?zones?|tz|zone|clock|clocks|hours|offset|time|on|in|i'm|im|i am|use|set|"
    r"schedule|based|keep|follow|live|living)\b", re.IGNORECASE)
CLOCK_TIME = re.compile(r"\d\s?(?:am|pm|h)\b|\d:\d\d", re.IGNORECASE)
SELF = re.compile(r"\b(?:i|i'm|im|i've|my|me|mine|we|our|us)\b", re.IGNORECASE)


LABEL = re.compile(r"^(?:my )?(?:time ?zone|tz)\b|^(?:please )?(?:schedule|use|set|show|display|"
                   r"put|keep|convert|give)\b", re.IGNORECASE)


def timezone(c: Clause, ctx: Context) -> list[Candidate]:
    """A time zone named by the person about themselves (a known zone name is distinctive,
    so any first-person clause will do, unless it gives a clock time: "3pm EST")."""
    if CLOCK_TIME.search(c.text) or OTHER_PERSON.search(c.text):
        return []
    if not (SELF.search(c.text) or LABEL.search(c.text)):
        return []
    zone = timezone_in(c.text)
    return [facts.timezone(zone)] if zone else []


READERS: list[Reader] = [home, work, name, timezone]
