"""Frames for likes, dislikes and allergies: the person's verb, then a short phrase.

"I'm really into kayaking", "my weekends are for pottery", "I'm a huge chess fan",
"peanuts make me ill", "I can't have gluten", "I've got a shellfish allergy".
"""

from __future__ import annotations

import re

from core.memory import facts
from core.memory.facts import Candidate
from core.memory.frames import LEAD, OTHER_PERSON, Clause, Context
from core.memory.lexicon import MY_REL

DEGREE = (r"(?:(?:really|very|quite|so|super|totally|absolutely|completely|truly|such|a bit|"
          r"a little|kind of|sort of|pretty|genuinely|seriously|honestly|still|also|just|"
          r"deeply)\s+)*")
LIKE = re.compile(
    LEAD + r"(?:(?:'m|am|are|'re)\s+)?" + DEGREE +
    r"(?:love|loving|like|enjoy|enjoying|adore|dig|into|obsessed with|hooked on|addicted to|"
    r"passionate about|crazy about|mad about|nuts about|keen on|big on|fond of|"
    r"(?:an? )?(?:big |huge |massive |keen |avid |die-hard |true |total )?fan of|all about|"
    r"can't get enough of|never get tired of|never tire of|live for|'ve taken up|"
    r"have taken up|taken up|took up|picked up|got into|getting into|been into|"
    r"do a lot of|spend (?:most of |all of |a lot of |most |many |all |every )?"
    r"(?:my |our |the )?(?:weekends|free time|"
    r"spare time|evenings|time off|holidays|days off|saturdays|sundays|mornings|summers)"
    r"(?: on)?)\s+", re.IGNORECASE)
LIKE_MORE = [re.compile(p, re.IGNORECASE) for p in [
    r"\b(?:i've|ive|i have)(?: always| really| just| truly)* (?:loved|enjoyed|adored)\s+",
    r"\bin (?:my|our) (?:free|spare|down|leisure) ?time,? (?:i|we) (?:like to |love to |"
    r"usually |often |mostly |mainly |tend to )*(?:go |do |play |enjoy |practise |practice )?",
    r"\bmy (?:favou?rite |fave |main |big |biggest |true |go-to |number one )?(?:hobby|"
    r"hobbies|pastime|passion|thing to do|things? (?:to do )?(?:in the world|of all|ever)|"
    r"thing|activity|sport|"
    r"way to (?:unwind|relax)|weekend activity)"
    r"(?: of all| by far| these days| lately| right now)?(?: is| are| has to be| would be|"
    r" =|:)\s+",
    r"\b(?:my )?(?:weekends|evenings|free time|spare time|sundays|saturdays) (?:are|is) "
    r"(?:all )?(?:for|about|spent)\s+(?:on\s+)?",
    r"\bnothing (?:beats|compares to|makes me happier than)\s+",
    r"\b(?:i|we) (?:go|do|play|practise|practice|practi[cs]ing|doing|going|playing) "
    r"(?=[\w -]{3,30}? (?:every|most|on|each|regularly|weekly|whenever|a lot|for years|"
    r"all the time|in (?:my|our) (?:free|spare))\b)",
    # "I go climbing", "we go salsa dancing": going + a gerund is an activity
    r"\b(?:i|we) (?:\w+ly )?(?:could |can |would happily |'d happily )?(?:go|went) "
    r"(?=(?:[a-z]+ )?[a-z]+ing\b)",
    r"^give me (?=[\w -]{3,30}? (?:any day|every time|anytime|over anything)\b)",
]]
LIKE_BEFORE = [re.compile(p, re.IGNORECASE) for p in [
    r"(?:^|, )(?P<v>[\w' -]{2,40}?),? (?:is|are|has been|'s) (?:really |definitely |totally )?my "
    r"(?:favou?rite |fave |main |biggest |greatest |true |new )?(?:hobby|pastime|passion|thing|"
    r"jam|obsession|thing to do|activity|sport|happy place|guilty pleasure|way to unwind|"
    r"escape|love)\b",
    r"\b(?:i'm|im|i am) (?:a|an) (?:big |huge |massive |keen |avid |die-hard |true |total |"
    r"passionate )?(?!(?:big|huge|massive|keen|avid|true|total) (?:fan|lover)\b)"
    r"(?P<v>[\w -]{2,30}?) (?:fan|enthusiast|nut|addict|lover|buff|fanatic)\b",
    r"^(?P<v>[\w' -]{2,40}?),? (?:is|are) (?:what|the (?:thing|one thing)|something) (?:that )?"
    r"(?:i|we) (?:\w+ )?(?:love|enjoy|like|adore|live for|do for fun)\b",
    r"^(?P<v>[\w' -]{2,40}?),? (?:is|are) how (?:i|we) (?:\w+ )?(?:unwind|relax|chill|recharge|"
    r"spend (?:my|our) (?:weekends|free time|spare time))\b",
    r"^(?P<v>[\w' -]{2,40}?),? (?:is|are) (?:life|everything|my life|my everything)\W*$",
    r"^(?P<v>[\w' -]{2,40}?),? (?:makes|keeps) me (?:so |really |very )?(?:happy|sane|"
    r"grounded|going)\b",
    r"^(?:a |such a )?(?:big|huge|massive|keen|avid|die-hard|true|total|passionate|lifelong) "
    r"(?P<v>[\w -]{2,30}?) (?:fan|enthusiast|lover|nut|addict|buff|fanatic)\b",
]]
DISLIKE = re.compile(
    LEAD + DEGREE +
    r"(?:hate|dislike|detest|loathe|can't stand|cannot stand|can't bear|don't like|"
    r"do not like|don't enjoy|do not enjoy|don't care for|never liked|(?:'m|am) not "
    r"(?:a fan of|into|big on|keen on|fond of)|not a fan of)\s+", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|n't|never|no longer|nor|neither)\b", re.IGNORECASE)
CUT = re.compile(
    r"[,.!?;:()\"]|\s[-–—]\s|\s(?:on|in|at|with|every|whenever|when|during|after|before|"
    r"because|since|for|more|than|but|so|which|that|who|if|while|as|to relax|to unwind|most|"
    r"almost|nearly|each|these|lately|nowadays|now|a lot|so much|very much|too|as well|"
    r"again|like|myself|together|outdoors|indoors|regularly|often|weekly|daily|sometimes|"
    r"anymore|and|or|is|are|was|were|these days|any chance|any day|every time|anytime|"
    r"over anything|ever|ever since|since|big time|like crazy|a ton|loads)\b", re.IGNORECASE)
LEADING = re.compile(r"^(?:(?:to|doing|going|go|do|playing|play|some|a bit of|a lot of|lots of|"
                     r"nothing more than|nothing better than|"
                     r"the|practi[cs]ing|all things|any|all|most|anything (?:with|containing|"
                     r"made with)|foods? (?:with|containing)|things with|even|eating|having|"
                     r"taking|being around)\s+)+", re.IGNORECASE)
REJECT = frozenset(
    "it that this you him her them my your his our their when how what where why being "
    "having me us everything anything nothing something stuff things people life here there "
    "so very a an one".split())


def phrase(text: str, max_words: int = 4) -> str:
    """A short taste or allergen phrase at the start of ``text`` (lower case), or ""."""
    text = re.sub(r"^\s*nothing (?:more|better) than\s+", "", text, flags=re.IGNORECASE)
    head = CUT.split(" " + text.strip(), maxsplit=1)[0].strip()
    head = LEADING.sub("", head.lower()).strip(" '\"-")
    words = head.split()
    if not words or len(words) > max_words or words[0] in REJECT:
        return ""
    return head


def _liked(c: Clause) -> list[str]:
    if re.search(r"\b(?:i'd|i would|would|wish|hope|want)\b", c.text, re.IGNORECASE):
        return []
    for pattern in [LIKE, *LIKE_MORE]:
        for m in pattern.finditer(c.text):
            if pattern is LIKE and NEGATED.search(c.text[:m.end()]):
                continue
            value = phrase(c.text[m.end():])
            if value:
                return [value]
    for before in LIKE_BEFORE:
        found = before.search(c.text)
        if found and (value := phrase(found.group("v"))):
            return [value]
    return []


def likes(c: Clause, ctx: Context) -> list[Candidate]:
    if _someone_else(c.text):
        return []
    m = DISLIKE.search(c.text)
    if m and (value := phrase(c.text[m.end():])):
        return [facts.taste(value, like=False)]
    return [facts.taste(v) for v in _liked(c)]


ALLERGY = [(re.compile(p, re.IGNORECASE), how) for p, how in [
    (r"\ballergic (?:reaction )?(?:to|from)\s+", "is allergic to"),
    (r"\ballerg(?:y|ies)(?:-wise)?(?: to| for|:)\s+", "is allergic to"),
    (r"\bmy (?:\w+ )?allerg(?:y|ies) (?:is|are)\s+", "is allergic to"),
    (r"\b(?:break|broke|swell|swelled) (?:out|up) (?:in (?:hives|a rash|spots) )?(?:from|"
     r"around|with|after (?:eating|touching|taking))\s+|\b(?:get|got) (?:hives|a rash|rashes) "
     r"(?:from|after (?:eating|touching|taking))\s+", "gets ill from"),
    (r"\b(?:can't|cannot|can not|mustn't|must not|shouldn't|am not allowed to|'m not allowed "
     r"to)(?: ever| really)? (?:eat|have|tolerate|take|handle|digest|touch|be around|go near|"
     r"consume|drink)\s+", "can't have"),
    (r"\b(?:react|reacted|reacting) (?:badly |strongly |terribly |really badly )?to\s+",
     "reacts badly to"),
    (r"\b(?:intolerant|sensitive|hypersensitive) (?:to|of)\s+", "is intolerant to"),
]]
ALLERGY_BEFORE = [(re.compile(p, re.IGNORECASE), how) for p, how in [
    (r"^(?P<v>[\w -]{2,30}?) (?:triggers?|sets? off|sparks?|sets? of) my allerg", "is allergic to"),
    (r"(?P<v>\b[\w -]{2,30}?) (?:allergy|allergies|intolerance)\b", "is allergic to"),
    (r"^(?P<v>[\w -]{2,30}?) (?:and (?:i|me) (?:don't|do not) mix|(?:doesn't|does not|don't|"
     r"do not) agree with me)\b", "gets ill from"),
    (r"^(?P<v>[\w -]{2,30}?) (?:makes?|made|gives?|gave) me (?:\w+ )?(?:sick|ill|sneeze|"
     r"itchy|itch|swell|swollen|wheeze|break out|hives|a rash|rashes|an allergic reaction|"
     r"a reaction|anaphylaxis|puffy|congested|unwell)\b", "gets ill from"),
]]
PLURAL = {"peanut": "peanuts", "nut": "nuts", "tree nut": "tree nuts", "cat": "cats",
          "dog": "dogs", "egg": "eggs", "almond": "almonds", "walnut": "walnuts",
          "cashew": "cashews", "hazelnut": "hazelnuts", "strawberry": "strawberries",
          "bee": "bees", "wasp": "wasps", "horse": "horses", "tomato": "tomatoes"}


def _someone_else(before: str) -> bool:
    return bool(re.search(MY_REL, before) or OTHER_PERSON.search(before)) and not re.search(
        r"\b(?:i|i'm|im|i've|i am|me|we)\b", before, re.IGNORECASE)


# Common allergens, for a sentence that says "allergic" but not in a frame of its own:
# "Keep cats away from me, I'm allergic."
ALLERGENS = sorted((
    "peanuts peanut nuts tree nuts almonds cashews walnuts hazelnuts pistachios shellfish "
    "shrimp prawns crab lobster fish eggs milk dairy lactose gluten wheat soy soya sesame "
    "mustard celery sulphites sulfites penicillin amoxicillin antibiotics aspirin ibuprofen "
    "codeine latex pollen grass pollen ragweed dust dust mites mould mold cats dogs horses "
    "bees wasps bee stings strawberries kiwi tomatoes citrus chocolate nickel perfume").split(
    " "), key=len, reverse=True)
_ALLERGEN = re.compile(r"\b(" + "|".join(re.escape(a) for a in ALLERGENS if a) + r")\b",
                       re.IGNORECASE)
ALLERGY_CUE = re.compile(r"\ballerg\w*|\banaphyla\w*|\bepi-?pen\b", re.IGNORECASE)
THIRD_PERSON = re.compile(r"\b(?:he|she|they|his|her|their|people|everyone|many|some|most|"
                          r"kids|children|dogs?|cats? are)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|i've)\b", re.IGNORECASE)


DONT_MIX = re.compile(r"^(?P<v>[\w -]{2,30}?) and (?:i|me) (?:don't|do not) (?:mix|get along)\b",
                      re.IGNORECASE)


def allergy_in_sentence(sentence: str) -> list[Candidate]:
    """Backstop: "gluten and I don't mix", or an allergy cue, the person, and exactly one
    known allergen."""
    mix = DONT_MIX.search(sentence)
    if mix and (value := phrase(mix.group("v"), 3)):
        return [facts.allergy(value, "gets ill from")]
    short = len(sentence.split()) <= 6 and not THIRD_PERSON.search(sentence)  # "Cats: allergic"
    if not (ALLERGY_CUE.search(sentence) and (FIRST_PERSON.search(sentence) or short)):
        return []
    if _someone_else(sentence):
        return []
    found = {m.group(1).lower() for m in _ALLERGEN.finditer(sentence)}
    return [facts.allergy(found.pop())] if len(found) == 1 else []


def _mine(before: str) -> bool:
    """The words before an allergy name the person ("I'm", "my doctor says I"), or
    nobody at all ("Allergic to cats, sadly"), but not someone else."""
    if _someone_else(before):
        return False
    return bool(FIRST_PERSON.search(before)) or len(before.split()) <= 1


# "meds like penicillin": the example names the allergen
KIND_LIKE = re.compile(r"^(?:some |certain |most )?(?:meds|medicines?|medications?|drugs|"
                       r"antibiotics|foods?|things|stuff|animals|pets|nuts) (?:like|such as|"
                       r"especially|in particular)\s+", re.IGNORECASE)


def allergies(c: Clause, ctx: Context) -> list[Candidate]:
    for pattern, how in ALLERGY:
        m = pattern.search(c.text)
        rest = KIND_LIKE.sub("", c.text[m.end():]) if m else ""
        if m and _mine(c.text[:m.start()]) and (value := phrase(rest, 3)):
            return [facts.allergy(value, how)]
    for pattern, how in ALLERGY_BEFORE:
        m = pattern.search(c.text)
        if not m or _someone_else(c.text):
            continue
        value = phrase(re.sub(r"^.*\b(?:a|an|my|have|got|with|severe|mild|bad|serious|"
                              r"nasty|deadly|life-threatening)\s+", "", m.group("v")), 3)
        if value and value not in {"food", "seasonal", "severe", "mild"}:
            return [facts.allergy(PLURAL.get(value, value), how)]
    return []
