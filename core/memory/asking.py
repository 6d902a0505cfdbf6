"""Questions about oneself: is this one, and which slots does it ask about?

A self-question asks (a question mark, a question word, "remind me", "do you remember")
and names the person ("my", "I", "me"). Its slot comes from cue words, the most specific
first ("which time zone do I live in" is about the time zone, not the home). Questions
about the person's own plans ("how do I", "should I") are left to the model. A question
about a personal detail no slot holds ("what's my favourite colour?") gets the
"unknown" intent, so the answer is an honest "you haven't told me".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.memory.clauses import normalise
from core.memory.lexicon import RELATION_POSS, relation

SELF = re.compile(r"\b(my|me|i|i'm|im|am i|myself|mine|i've)\b|\b(?:was|is|'s) home\b",
                  re.IGNORECASE)
ASKING = re.compile(
    r"\?\s*$|^(?:(?:please|hey|hi|ok|okay|so|and|also|btw|muse|quick question)[,!:]? )*"
    r"(?:what|what's|whats|where|where's|when|when's|who|who's|which|how|do|does|did|"
    r"(?:i need|i'd like|i would like|i want)(?: to know| to hear)|i need my|i wonder|"
    r"i'm wondering|"
    r"is|are|am|can|could|tell|remind|any|have|has|was|were|would|guess|recall|i forgot|"
    r"i forget|i can't remember|i cannot remember|i don't remember|give|list|share|show|"
    r"say)\b|\bremind me\b|"
    r"\bdo you (?:still )?(?:remember|know|recall)\b", re.IGNORECASE)
RECALL = re.compile(r"\bremind me\b|\bdo you (?:still )?(?:remember|know|recall)\b|"
                    r"\b(?:forgot|forget|can't remember|don't remember)\b|\bagain\b",
                    re.IGNORECASE)
# The person asks for advice or an action, not for something they said.
ADVICE = re.compile(
    r"^(?:(?:so|ok|okay|hey|hi|well|and|but),? )*(?:how (?:do|can|could|would|should|might) i"
    r"(?! (?:usually |normally |like|love|enjoy|spend))|"
    r"should i|can i|could i|may i|shall i|would i|what (?:should|can|could|would|shall) i|"
    r"where (?:should|can|could) i|when (?:should|can|could) i|which \w+ (?:should|can) i|"
    r"do i need|is it (?:ok|safe|fine)|am i allowed|what if i)\b", re.IGNORECASE)
# A request for ideas or recommendations, whatever it mentions.
IDEAS = re.compile(r"\bany (?:\w+ )?(?:ideas|suggestions|tips|recommendations|advice)\b|"
                   r"\bideas (?:for|on)\b|\b(?:suggest|recommend)\b", re.IGNORECASE)
SUGGEST = re.compile(
    r"\b(?:what should i do|what can i do|what could i do|any (?:ideas|suggestions|plans)|"
    r"suggest (?:something|an activity)|ideas for)\b.*\b(?:weekend|today|tonight|tomorrow|"
    r"free time|day off|holiday|saturday|sunday)\b", re.IGNORECASE)
FORGET = re.compile(r"^(?:please\s+)?forget\s+(?:that\s+|about\s+|what i said about\s+)?(.+)$",
                    re.IGNORECASE | re.DOTALL)
SUMMARY = re.compile(r"\bwhat do you know about me\b|\btell me about myself\b|\bwho am i\b|"
                     r"\bwho do you think i am\b|"
                     r"\bwhat have i told you\b|\beverything you know about me\b",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Intent:
    topic: str
    slot: str
    label: str
    relation: str = ""


BDAY = r"\b(?:birthday|bday|b-day|birth ?day|born|birth|birthdate|celebrates?|turns?|turning)\b"
NAMED = r"\b(?:name|names|called|named|call|who|who's|whos|goes by|go by)\b"


def _relation_intents(q: str) -> list[Intent]:
    m = re.search(RELATION_POSS, q)
    if not m:
        return []
    rel = relation(m.group(1))
    out = []
    wants_date = re.search(BDAY, q)
    if re.search(NAMED, q) or re.search(r"\bwhat is my \w+\W*$|\btell me\b", q):
        out.append(Intent("family", f"family:{rel}", f"your {rel}'s name", rel))
    if wants_date:
        out.append(Intent("date", f"date:{rel} birthday", f"your {rel}'s birthday", rel))
    if out or re.search(r"\d", q):  # "... I'm 30. How old is my sister?" is arithmetic
        return out
    # "and my sister?", "do I have a brother?": what is kept about them is their name
    return [Intent("family", f"family:{rel}", f"anything about your {rel}", rel)]


# Things to avoid, asked without the word "allergy": also how advice is asked for.
AVOID = Intent("allergy", "allergy:", "anything you can't have")
# No label: answered only from known facts, otherwise left to the model.
IF_KNOWN = Intent("allergy", "allergy:", "")
HOME_WORDS = (r"live|living|lived|home|based|city|town|reside\w*|located|stay|staying|address|"
              r"whereabouts|settled|neighbou?rhood")
# Most specific first; the first pattern that matches decides.
SIMPLE: list[tuple[str, Intent]] = [
    (r"\btime ?zones?\b|\btz\b|\bzone\b|\b(?:utc|gmt) offset\b|\bclock(?! in)\b|\bwhat hours\b|"
     r"\b(?:what|which) time (?:do i (?:use|keep|follow|go by)|should you use)\b",
     Intent("pref", "pref:timezone", "your time zone")),
    (r"\ballerg\w*|\bintoleran\w*", Intent("allergy", "allergy:", "any allergies")),
    (r"\bcan'?t (?:i )?(?:eat|have|tolerate|take)\b|\bnot allowed to (?:eat|have)\b|"
     r"\bcannot (?:i )?(?:eat|have)\b|\breact\w* (?:badly )?to\b|\bmakes? me (?:sick|ill)\b|"
     r"\bavoid\b|\bstay away from\b|\bdietary\b|\bfood restrictions?\b", AVOID),
    (r"\bunits?\b|\bmetric\b|\bimperial\b", Intent("pref", "pref:units", "which units you prefer")),
    (r"\blanguage\b", Intent("pref", "pref:language", "which language you prefer")),
    (r"\btone\b", Intent("pref", "pref:tone", "which tone you prefer")),
    (r"\b(?:health|condition|medical)\b", Intent("health", "condition:", "any health conditions")),
    (r"\boriginally\b|\bgrow up\b|\bgrew up\b|\bwhere am i from\b|\bhome ?town\b|"
     r"\bwhere was i born\b", Intent("origin", "origin", "where you are from")),
    (r"\banniversary\b", Intent("date", "date:anniversary", "your anniversary")),
    (BDAY, Intent("date", "date:birthday", "your birthday")),
    (rf"\b(?:before|used to|use to|previous(?:ly)?|former(?:ly)?|old|earlier|prior|leave|"
     rf"left)\b.*\b(?:{HOME_WORDS}|move|moved|moving)\b|\b(?:{HOME_WORDS}|move|moved)\b.*"
     rf"\b(?:before|previously|formerly|earlier|prior|leave|left)\b|\bmov\w* (?:away )?from\b|"
     rf"\bwhere did i (?:come|move) from\b|\brelocat\w* (?:away )?from\b|\buntil recently\b|"
     rf"\bwhere was i before\b|\bat first\b|\bfirst (?:city|town|home|place)\b",
     Intent("previous_home", "home", "where you lived before")),
    (r"\bname\b|\b(?:am i|i'm|im) called\b|\baddress me\b|\bcall me\b|\bgo by\b|"
     r"\brefer to me\b", Intent("name", "name", "your name")),
    (r"\bwork\w*|\bjob\b|\bemploy\w*|\bcompany\b|\boccupation\b|\bprofession\b|\bfirm\b|"
     r"\boffice\b|\bcareer\b|\bfor a living\b|\bpays? (?:me|my)\b|\bsalary\b|\bhired\b|"
     r"\bpaychecks?\b|^what do i do(?: for (?:a living|work))?\W*$|\bearn my living\b|"
     r"\bclock in\b",
     Intent("work", "work", "where you work")),
    (rf"\b(?:{HOME_WORDS})\b|\bwhere am i\b|\bwhere do i (?:hang|stay|sleep)\b|"
     r"\bwhere(?:'s| is) (?:my )?home\b|\bmy (?:place|pad|flat|apartment|house)\b",
     Intent("home", "home", "where you live")),
    (r"\b(?:goals?|training for|aiming)\b", Intent("goal", "goal:", "your goals")),
    (r"\b(?:dislike|hate|don'?t like|can'?t stand|not a fan)\b",
     Intent("dislike", "taste:", "what you dislike")),
    (r"\bfavou?rite (?!(?:hobby|hobbies|pastime|activity|thing to do|way to|things to do)\b)\w+|"
     r"\b(?:film|movie|book|song|band|colou?r|dish|food|show|series|album|singer|author|team|"
     r"drink|car|phone|actor|actress|director|artist|musician|writer|novel|podcast|genre|"
     r"game|restaurant|cuisine|meal|beer|wine|cocktail|brand|celebrity|poet|painter|"
     r"composer|tv|programme|program)s?\b", Intent("unknown", "", "that")),
    (r"\b(?:like|likes|enjoy|love|loves|hobby|hobbies|pastimes?|interests?|interested|into|"
     r"favou?rite|fun|free time|spare time|passions?|passionate|fan of|keen on|obsessed|"
     r"weekends?)\b|\bmy thing\b", Intent("like", "taste:", "what you like")),
]
# Personal details no slot holds: asked about, they get an honest "not told".
DETAIL = re.compile(
    r"\bmy (?:age|phone|number|email|e-mail|surname|last name|middle name|nickname|"
    r"nationality|blood type|star sign|zodiac|shoe size|height|weight|car|pet|kids|children|"
    r"school|university|degree|major|religion|eye colou?r|hair colou?r|"
    r"license plate|passport|bank|salary|favou?rite \w+)\b|\bhow old am i\b|"
    r"\bdid i (?:go to|study|graduate|get married|marry|adopt)\b|\bwhere did i (?:study|go to "
    r"(?:school|university|college|uni))\b|\bhow many (?:kids|children|siblings|brothers|"
    r"sisters|pets|cats|dogs) do i have\b|\bdo i have (?:a|an|any) (?:kids?|children|"
    r"siblings?|brothers?|sisters?|pets?|cats?|dogs?|partner|car)\b",
    re.IGNORECASE)


# The name or birthday of someone (or something) of theirs no relation word covers.
THEIRS = re.compile(r"\bmy (?!own\b)[a-z]+(?: [a-z]+)?(?:'s|s') (?:name|birthday|bday)\b|"
                    r"\bmy (?!name\b)[a-z]+ (?:called|named)\b|\bwhat did i (?:name|call) my\b")
# "the name of my company" asks for the company, not the person's name.
NAME_OF = re.compile(r"\b(?:the )?name of (?:my|the) (employer|company|firm|workplace|city|"
                     r"town|hometown|office)\b|\bmy (employer|company|firm|workplace|city|town|"
                     r"hometown|office)(?:'s name| called| named)\b")
# Topics whose cue words also turn up in requests for advice.
WEAK = frozenset({"home", "work", "like", "dislike", "goal", "unknown", "previous_home"})


def is_self_question(text: str) -> bool:
    q = normalise(text).lower()
    return bool(q) and not q.startswith("/") and bool(ASKING.search(q)) and bool(SELF.search(q))


def parse(text: str) -> list[Intent]:
    """The self-questions in ``text`` (empty when it is not one)."""
    q = NAME_OF.sub(lambda m: "my " + (m.group(1) or m.group(2)), normalise(text).lower())
    if not is_self_question(q):
        return []
    if SUMMARY.search(q):
        return [Intent("summary", "", "anything about you")]
    if IDEAS.search(q) and not RECALL.search(q):
        return []
    found = _relation_intents(q)
    if not found and THEIRS.search(q):  # "what's my hamster's name?": not the person's
        found = [Intent("unknown", "", "that")]
    if not found:
        found = next(([i] for p, i in SIMPLE if re.search(p, q)), [])
    if not found and DETAIL.search(q):
        found = [Intent("unknown", "", "that")]
    if found and found[0].topic == "unknown" and re.search(r"\d", q):
        return []  # "what's my weight in pounds if I weigh 70 kg?" is a calculation
    if ADVICE.search(q) and not RECALL.search(q) and found:
        if found[0] is AVOID:  # "which foods should I avoid?": only if allergies are known
            return [IF_KNOWN]
        if found[0].topic in WEAK:
            return []  # "how do I get to work?", "what should I do this weekend?"
    return found


def slots_asked(text: str) -> list[str]:
    """The slots a self-question asks about (for retrieval), in the order asked."""
    out = []
    for intent in parse(text):
        if intent.topic == "summary":
            out += ["name", "home", "work"]
        elif intent.slot:
            out.append(intent.slot)
            if intent.topic in ("home", "origin"):
                out.append("origin" if intent.topic == "home" else "home")
    return out


def is_recall(text: str) -> bool:
    """An explicit request to recall ("remind me", "do you remember ...")."""
    return bool(RECALL.search(text))


def cue(intent: Intent) -> re.Pattern[str] | None:
    """The cue words of ``intent``'s rule, for matching notes."""
    for pattern, rule in SIMPLE:
        if rule == intent:
            return re.compile(pattern)
    return None
