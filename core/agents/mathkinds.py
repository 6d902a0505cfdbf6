"""Maths asked by meaning, not notation: each kind has a reader for its many wordings.

- an inverse power: "which number, cubed, gives 2,744?", "343 is the cube of what?",
  "what do I square to get 196", "the number whose 4th power is 81" → a root;
- the side of a square from its area (or the edge of a cube from its volume), in the
  unit the question named: "a square room of 20.25 m², how long is a wall?";
- the next time things that repeat meet again (least common multiple): "one bus every
  9 minutes, another every 10, when do they leave together again?";
- the largest equal share of several amounts (greatest common divisor);
- combinations and arrangements: "choose 4 of 8 toppings", "teams of 5 from 12 players",
  "handshakes between 10 people", "first, second and third among 8 runners";
- when two expressions are equal: "for what x are 7x + 15 and 4x - 3 equal?".

The text is already expanded and lower-cased; every kind needs a question or an
imperative, so a statement with numbers stays conversation. The result is still
untrusted text for the whitelist parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from core.agents.mathseq import counted
from core.agents.mathspan import spans
from core.agents.mathsums import run_sum
from core.agents.mathwords import rewrite
from core.agents.patterns import ASKED
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n
from core.agents.wording import ORDINALS

NB = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"
N = rf"({NB})"
ASK = re.compile(ASKED)


@dataclass(frozen=True, slots=True)
class Kind:
    operation: str  # "evaluate" or "solve"
    expression: str
    unit: str = ""  # the answer's unit, as the question named it
    variable: str = ""
    show: str = ""  # "decimal": the answer is wanted as a decimal
    named: str = ""  # what the answer is called, in place of the expression
    money: bool = False  # a price: answered to the cent


# --- inverse powers ---------------------------------------------------------------------
_ORD = "|".join(ORDINALS)
POWER = (rf"(?:squared|cubed|square|cube|(?:multiplied\s+by|times)\s+itself(?:\s+(?:twice|"
         rf"(?:three|four|\d)\s+times))?|(?:raised\s+)?to\s+the\s+(?:power\s+(?:of\s+)?\d+|\d+(?:st|nd|rd|th)"
         rf"(?:\s+power)?|(?:{_ORD})(?:\s+power)?)|(?:\d+(?:st|nd|rd|th)|{_ORD})\s+power)")
GIVES = r"(?:gives?|is|equals?|makes?|produces?|results?\s+in|=|comes?\s+to|yields?|get|gets)"
WHAT = r"(?:which|what)(?:\s+(?:positive\s+|whole\s+|real\s+)?(?:number|integer|value|one))?"
INVERSE = (
    _c(rf"\b{WHAT},?\s+(?:when\s+|if\s+|once\s+)?(?:it\s+is\s+|is\s+)?(?P<p>{POWER}),?\s+"
       rf"(?:will\s+|would\s+|does\s+|do\s+)?{GIVES}\s+(?:you\s+|me\s+)?(?P<n>{NB})"),
    _c(rf"(?P<n>{NB})\s+is\s+(?:the\s+)?(?P<p>{POWER})\s+of\s+(?:what|which)\b"),
    _c(rf"(?P<n>{NB})\s+is\s+(?:what|which)\s+(?:number\s+)?(?P<p>{POWER})"),
    _c(rf"\bwhose\s+(?P<p>{POWER})\s+is\s+(?P<n>{NB})"),
    _c(rf"\b(?:the\s+)?(?P<p>{POWER})\s+of\s+(?:a|some|the|my|this)\s+(?:number|integer|"
       rf"value)\s+{GIVES}\s+(?P<n>{NB})"),
    _c(rf"\b(?:a|some|my|the)\s+(?:positive\s+|whole\s+)?(?:number|integer|value)\s+(?:that|"
       rf"which|when|that\s+when|if|,)?\s*(?:is\s+|it\s+is\s+)?(?P<p>{POWER}),?\s+{GIVES}\s+"
       rf"(?P<n>{NB})"),
    _c(rf"(?<![\w.])(?![ai]\b)[a-z]\s+(?P<p>{POWER})\s+{GIVES}\s+(?P<n>{NB})"),
    _c(rf"(?P<p>{POWER}),?\s+{WHAT}\s+{GIVES}\s+(?P<n>{NB})"),
    _c(rf"\b(?P<p>{POWER})\s+of\s+{WHAT}\s+{GIVES}\s+(?P<n>{NB})"),
    _c(rf"\b(?:has|with|having|have)\s+(?:a|the|its|as\s+its)\s+(?P<p>square|cube)\s+(?:of|equal\s+to|"
       rf"that\s+is|which\s+is|=)\s+(?P<n>{NB})"),
    _c(rf"\b(?:number|integer|value|what|which)\b[^.?!]{{0,30}}?{GIVES}\s+(?:you\s+)?(?P<n>{NB})\s+"
       rf"(?:when|if|once|after\s+being)\s+(?:it\s+is\s+|it\s+gets\s+|you\s+)?(?P<p>{POWER})"),
    _c(rf"\bwhat\s+(?:number\s+|value\s+)?(?:do|should|must|would|can|could)\s+(?:i|you|we|one)\s+(?:have\s+to\s+|"
       rf"need\s+to\s+)?(?P<p>{POWER}|raise\s+to\s+the\s+power\s+(?:of\s+)?\d+)\s+to\s+"
       rf"(?:get|make|give|reach|obtain)\s+(?P<n>{NB})"),
)


EXPONENT = (
    _c(rf"(?<![\d.])(?P<b>\d+)\s+(?:to\s+the\s+power\s+(?:of\s+)?|raised\s+to\s+(?:the\s+power\s+"
       rf"(?:of\s+)?)?|\^\s*)(?:what|which)(?:\s+number|\s+power|\s+exponent)?\s+{GIVES}\s+"
       rf"(?P<n>{NB})"),
    _c(rf"\b(?:what|which)\s+power\s+of\s+(?P<b>\d+)\s+{GIVES}\s+(?P<n>{NB})"),
    _c(rf"\b(?P<n>{NB})\s+is\s+(?P<b>\d+)\s+to\s+(?:the\s+power\s+of\s+)?(?:what|which)\b"),
)


def _exponent(text: str) -> Kind | None:
    """"2 to the power of what is 64?" → log(64, 2)."""
    for pattern in EXPONENT:
        if (m := pattern.search(text)) is not None and int(m.group("b")) > 1:
            return Kind("evaluate", f"log({_n(m.group('n'))}, {m.group('b')})")
    return None


def _power_of(phrase: str) -> int:
    phrase = phrase.lower()
    if (digits := re.search(r"\d+", phrase)) is not None:
        return int(digits.group(0))
    for word, value in ORDINALS.items():
        if word in phrase:
            return value
    if "three times" in phrase:  # as people mostly mean it: cubed
        return 3
    if "four times" in phrase:
        return 4
    if "twice" in phrase or phrase.startswith("cube"):
        return 3
    return 2


def _inverse_power(text: str) -> Kind | None:
    for pattern in INVERSE:
        if (m := pattern.search(text)) is not None:
            power = _power_of(m.group("p"))
            target = _n(m.group("n"))
            if not 2 <= power <= 20:
                return None
            root = {2: f"sqrt({target})", 3: f"cbrt({target})"}.get(power,
                                                                       f"({target})^(1/{power})")
            return Kind("evaluate", root)
    return None


# --- a square's side, a cube's edge -----------------------------------------------------
LENGTH = r"((?:centi|milli|kilo)?met(?:er|re)s?|inch(?:es)?|feet|foot|yards?|miles?|mm|cm|km|" \
         r"m|in|ft|yd|mi)(?![a-z])"
AREA = _c(rf"\barea\b[^.?!\d]{{0,25}}?{N}\s*(?:(?:sq\.?|square)\s*{LENGTH}|{LENGTH}\s*(?:²|\^\s*2|"
          rf"2(?!\d)|squared\b|sq\b))?|{N}\s*(?:(?:sq\.?|square)\s*{LENGTH}|{LENGTH}\s*(?:²|"
          rf"\^\s*2|2(?!\d)|squared\b))")
SIDE_GIVEN = _c(rf"\b(?:sides?|edges?)\s+(?:of\s+|is\s+|are\s+|=\s*|measur\w*\s+|(?:of\s+)?"
                rf"length\s+(?:of\s+|is\s+)?)?{N}\s*{LENGTH}?|{N}\s*{LENGTH}?\s+(?:on\s+(?:each|every|a)\s+"
                rf"side|sides?|each\s+side|long\s+(?:on\s+)?each\s+side)\b")
AREA_ASK = _c(r"\b(?:area|how\s+big|how\s+much\s+(?:space|floor|ground|carpet|turf|tiling|"
              r"paint))\b")
VOLUME = _c(rf"\bvolume\b[^.?!\d]{{0,25}}?{N}\s*(?:cubic\s*{LENGTH}|{LENGTH}\s*(?:³|\^\s*3|"
            rf"cubed\b))?|{N}\s*(?:cubic\s*{LENGTH}|{LENGTH}\s*(?:³|\^\s*3|cubed\b))")
SQUARE_SHAPE = _c(r"\bsquare\b(?!\s*(?:mm|cm|km|m|in|ft|yd|mi|inch|feet|foot|yard|mile|met|"
                  r"centi|milli|kilo|root|of\b))")
CUBE_SHAPE = _c(r"\bcube\b(?!\s+(?:root|of)\b)|\bcubic\s+(?:box|container|tank|block|crate)\b")
SIDE_ASK = _c(r"\b(?:sides?|edges?|length|how\s+long|how\s+wide|how\s+tall|how\s+high|width|"
              r"walls?|each\s+way|perimeter|fence|fencing|border|diagonal)\b")
AROUND = _c(r"\b(?:perimeter|(?:fence|fencing|border|edging)\b.*\b(?:around|all\s+round|"
            r"round\s+it)|(?:around|all\s+round)\b.*\b(?:fence|fencing|border|edging))")
DIAGONAL = _c(r"\bdiagonal\b")


def _side(text: str) -> Kind | None:
    if not ASK.search(text):
        return None
    given, area = SIDE_GIVEN.search(text), AREA.search(text)
    if SQUARE_SHAPE.search(text) and given is not None and (area is None or _n(
            given.group(1) or given.group(3)) == _n(next(g for g in area.groups() if g))):
        number, unit = _n(given.group(1) or given.group(3)), given.group(2) or given.group(4) or ""
        if AREA_ASK.search(text):
            return Kind("evaluate", f"({number})^2", unit=f"{unit}²" if unit else "")
        if AROUND.search(text):
            return Kind("evaluate", f"4*{number}", unit=unit)
        if DIAGONAL.search(text):
            return Kind("evaluate", f"{number}*sqrt(2)", unit=unit)
        return None
    if not SIDE_ASK.search(text):
        return None
    for shape, pattern, root in ((CUBE_SHAPE, VOLUME, "cbrt"), (SQUARE_SHAPE, AREA, "sqrt")):
        if shape.search(text) and (m := pattern.search(text)) is not None:
            groups = [g for g in m.groups() if g]
            number, unit = groups[0], (groups[1] if len(groups) > 1 else "")
            expression = f"{root}({_n(number)})"
            if root == "sqrt" and AROUND.search(text):
                expression = f"4*{expression}"
            elif root == "sqrt" and DIAGONAL.search(text):
                expression = f"{expression}*sqrt(2)"
            return Kind("evaluate", expression, unit=unit)
    return None


# --- things that repeat, and equal shares -----------------------------------------------
TIME_UNIT = (r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|s|h|d)"
             r"(?![a-z])")
LISTED = rf"{N}(?:\s*(?:,|and|&|or)\s*{N})*"
EVERY = _c(rf"\b(?:every|each|once\s+every|intervals?\s+of|cycles?\s+of)\s+(?P<l>{LISTED})\s*"
           rf"(?P<u>{TIME_UNIT})?")
TOGETHER = _c(r"\b(?:together|same\s+time|same\s+moment|at\s+once|simultaneously|coincide|"
              r"both\s+(?:again|at)|line\s+up|all\s+(?:three|of\s+them)\s+again|next\s+meet|"
              r"meet|in\s+sync|again\s+at\s+the\s+same|coincide)\b")
SHARE = _c(r"\b(?:largest|greatest|biggest|most|maximum|longest|highest)\b.*\b(?:identical|"
           r"equal|same|evenly|without\s+(?:any\s+)?(?:left\s*overs?|remainder|waste)|no\s+"
           r"(?:left\s*overs?|remainder|waste)|none\s+left)")
NUMBER = re.compile(N)


TIMED = _c(rf"(?P<l>{LISTED})\s*(?P<u>{TIME_UNIT})\b")
AGAIN = _c(r"\b(?:again|next|first\s+time|until|soonest|earliest|how\s+long|after\s+how\s+many)\b")


def _repeats(text: str) -> Kind | None:
    if not TOGETHER.search(text) or not ASK.search(text):
        return None
    numbers: list[str] = []
    unit = ""
    for m in EVERY.finditer(text):
        numbers += [_n(x) for x in NUMBER.findall(m.group("l"))]
        unit = unit or m.group("u") or ""
    if not numbers and AGAIN.search(text):  # "laps of 4, 6 and 9 minutes … together again"
        for m in TIMED.finditer(text):
            numbers += [_n(x) for x in NUMBER.findall(m.group("l"))]
            unit = unit or m.group("u")
    if not 2 <= len(numbers) <= 6 or any("." in x for x in numbers):
        return None
    unit = unit + "s" if unit in ("second", "minute", "hour", "day", "week", "month", "year") \
        else unit
    return Kind("evaluate", _nest("lcm", numbers), unit=unit)


def _shares(text: str) -> Kind | None:
    if not SHARE.search(text) or not ASK.search(text):
        return None
    numbers = [_n(x) for x in NUMBER.findall(text)]
    if not 2 <= len(numbers) <= 4 or any("." in x for x in numbers):
        return None
    return Kind("evaluate", _nest("gcd", numbers))


def _nest(name: str, numbers: list[str]) -> str:
    expression = numbers[0]
    for number in numbers[1:]:
        expression = f"{name}({expression}, {number})"
    return expression


# --- combinations and arrangements -----------------------------------------------------
PICK = r"(?:choos\w*|chos\w*|pick\w*|select\w*|draw\w*)"
VERB = rf"(?:{PICK}|tak(?:e|es|en|ing)|form(?:s|ed|ing)?|mak(?:e|es|ing)|get|gets|invit\w*|" \
       rf"elect\w*|appoint\w*)"
GROUP = r"(?:teams?|groups?|committees?|sets?|hands?|selections?|panels?|combinations?|" \
        r"subsets?|samples?|bunch(?:es)?|pairs?|squads?|crews?)"
POOL = (r"\s+(?:the\s+|a\s+|an\s+|these\s+|those\s+|all\s+|my\s+)?(?:(?:group|set|team|class|"
        r"bunch|pool|list|box|bag|deck|menu|range|selection|total|choice|panel|squad|field)\s+"
        r"of\s+)?")
CHOOSE = (
    _c(rf"\b{VERB}\s+(?:any\s+|exactly\s+|only\s+)?{N}\b(?:\s+(?:different|distinct|of\s+them|"
       rf"[a-z]+)){{0,3}}?\s+(?:from|out\s+of|of|among|between){POOL}{N}\b"),
    _c(rf"\b{GROUP}\s+of\s+{N}\b.*?\b(?:from|out\s+of|among|between){POOL}{N}\b"),
    _c(rf"\b{N}-[a-z]+\s+(?:{GROUP[3:-1]}|pizzas?|codes?|passwords?|menus?|meals?|"
       rf"combos?|bouquets?|salads?|sundaes?|burgers?)\b.*?\b(?:from|out\s+of|of|among|in)"
       rf"{POOL}{N}\b"),
    _c(rf"(?<![\d.,]){N}\s+(?:of|out\s+of|from|among)\s+(?:the\s+|these\s+|those\s+)?{N}\s+[a-z]+"),
)
HYPHENED = _c(rf"(?<![\d.,]){N}-(?:[a-z]+\s+(?:{GROUP[3:-1]}|pizzas?|codes?|meals?|combos?|"
              rf"bouquets?|salads?|sundaes?|burgers?|sandwich(?:es)?|cones?)\b|(?:topping|scoop|"
              rf"card|person|people|player|letter|digit|item|flavou?r|colou?r|book|course|member|"
              rf"ingredient|dish|song|question|piece|student|kid|child|fruit|toy)s?\b)")
GROUP_OF = _c(rf"\b{GROUP}\s+of\s+(?:size\s+)?{N}\b")
PAIR_PICK = _c(rf"\b{PICK}\s+(?:a\s+|one\s+)?pair\b")
N_FIRST = _c(rf"{N}\s+(?:different\s+|distinct\s+)?[a-z]+(?:\s+[a-z]+)?\b.*?\b(?:{PICK}|(?:want|"
             rf"need|have)\s+to\s+[a-z]+|want|need)\s+(?:any\s+|exactly\s+|only\s+)?{N}\b")
PEOPLE = r"(?:people|players|teams|guests|friends|students|persons|kids|children|members|" \
         r"colleagues|delegates|points|dancers)"
PAIR_ASK = _c(r"\bhow\s+many\s+(?:different\s+|possible\s+|distinct\s+)?(?:handshakes|pairs|"
              r"pairings|games|matches|hugs|duels|fixtures|high[-\s]fives)\b")
MUTUAL = _c(r"\b(?:each\s+other|one\s+another|everyone|everybody|every\s+other|all\s+the\s+others|"
            r"shake\s+hands|handshakes?|hugs?|pairs?|pairings|high[-\s]fives?)\b")
PEOPLE_COUNT = _c(rf"{N}\s+(?:different\s+)?{PEOPLE}\b")
HOW_MANY = _c(r"\bhow\s+many\b|\bnumber\s+of\s+(?:ways|combinations|possib|choices|options)|"
              r"\bin\s+how\s+many\b|\bcount\s+the\s+(?:ways|combinations)")
COMBO = _c(rf"\b(?:combinations?|combos?|ways|different|possible|possibilit\w+|choices|options|"
           rf"distinct|unique|{GROUP[3:-1]})\b")
LEFT = _c(r"\b(?:left|remain\w*|spare|leftover)\b")
ORDERED = _c(r"\b(?:in\s+order|order\s+matters|first,?\s+second|gold,?\s+silver|podium|"
             r"president|chair\w*\s+and|arrange\w*|permutations?|rank\w*|line\s+up)\b")


def _choose(text: str) -> Kind | None:
    if not HOW_MANY.search(text) or LEFT.search(text) or not (
            COMBO.search(text) or HYPHENED.search(text) or PAIR_ASK.search(text)):
        return None
    pair: tuple[str, str] | None = None
    for pattern in CHOOSE:
        if (m := pattern.search(text)) is not None:
            pair = (m.group(2), m.group(1))
            break
    if pair is None and (m := HYPHENED.search(text)) is not None:
        others = [x for x in NUMBER.findall(text[:m.start()] + " " + text[m.end():])]
        if len(others) == 1:
            pair = (others[0], m.group(1))
    if pair is None and (m := GROUP_OF.search(text)) is not None:
        others = NUMBER.findall(text[:m.start()] + " " + text[m.end():])
        if len(others) == 1:
            pair = (others[0], m.group(1))
    if pair is None and PAIR_PICK.search(text) and len(found := NUMBER.findall(text)) == 1:
        pair = (found[0], "2")
    if pair is None and (m := N_FIRST.search(text)) is not None:
        pair = (m.group(1), m.group(2))
    if pair is None and PAIR_ASK.search(text) and MUTUAL.search(text) and len(
            counts := PEOPLE_COUNT.findall(text)) == 1:
        pair = (counts[0], "2")
    if pair is None:
        return None
    total, k = _n(pair[0]), _n(pair[1])
    if "." in total or "." in k or not 0 < int(k) <= int(total) <= 2000:
        return None
    if ORDERED.search(text):
        return Kind("evaluate", f"factorial({total}) / factorial({int(total) - int(k)})")
    return Kind("evaluate", f"binomial({total}, {k})")


# --- when two expressions are equal ----------------------------------------------------
EQUAL = _c(r"\b(?:are|be|become|is|come\s+out)?\s*(?:equal|the\s+same|identical|the\s+same\s+"
           r"value)\b|\b(?:meet|cross|intersect|coincide)\b")


def _equal_when(text: str) -> Kind | None:
    if "=" in text or re.search(r"\bequal\s+to\b|\bequals\b", text) or not ASK.search(text):
        return None
    if (cue := EQUAL.search(text)) is None:
        return None
    rewritten, _ = rewrite(text[:cue.start()] + " ; " + text[cue.end():])
    found = [s for s in spans(rewritten) if s.variables and not s.equation]
    for first, second in pairwise(found):
        gap = rewritten[first.end:second.start].strip(" ,;")
        if gap in ("and", "&", "as", "and when", "and where", "vs", "versus", "vs."):
            variable = sorted(first.variables | second.variables)[0]
            return Kind("solve", f"{first.text} = {second.text}", variable=variable)
    return None


# --- rounding ----------------------------------------------------------------------------
ROUND = _c(rf"(?:\bround(?:ed)?\s+(?:off\s+)?(?:the\s+number\s+)?(-?{NB})|(?<![\d.,])(-?{NB})\s+"
           rf"(?:rounded|correct)(?:\s+off)?)\s+(?:off\s+)?to\s+(?:the\s+nearest\s+)?(\d+|one|"
           r"two|three|four|five|a|whole|ten|tens|hundred|hundreds|thousand|thousands|tenth|"
           r"hundredth|thousandth|integer|whole\s+number|unit)\s*(decimal\s+places?|dp|d\.p\.|"
           r"places?|significant\s+figures?|sig\s*figs?|s\.?f\.?)?")
AFTER_OPERATION = _c(r"(?:[-+*/^×÷(=√]|\b(?:by|times|plus|minus|over|of|root|to|and|sqrt|cbrt|"
                     r"ln|log|sin|cos|tan|exp))\s*$")
PLACES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "tenth": 1,
          "hundredth": 2, "thousandth": 3, "whole": 0, "integer": 0, "whole number": 0,
          "unit": 0, "ten": -1, "tens": -1, "hundred": -2, "hundreds": -2, "thousand": -3,
          "thousands": -3}


def _round(text: str) -> Kind | None:
    """"round 3.14159 to 2 dp"; not the last number of a sum ("22/7 rounded to 4 places")."""
    if (m := ROUND.search(text)) is None or (m.group(2) and AFTER_OPERATION.search(
            text[:m.start(2)])):
        return None
    number, size, kind = _n(m.group(1) or m.group(2)), m.group(3), (m.group(4) or "")
    places = int(size) if size.isdigit() else PLACES.get(size, 0)
    if kind.startswith(("sig", "s")) and size.isdigit():
        digits = len(number.lstrip("-").split(".")[0].lstrip("0")) or -len(
            re.match(r"0*", number.lstrip("-").split(".")[1]).group(0))  # type: ignore[union-attr]
        places = places - digits
    if not -12 <= places <= 12:
        return None
    scale = f"10^({places})"
    return Kind("evaluate", f"floor({number}*{scale} + 1/2)/{scale}", show="decimal",
                named=f"{number} rounded to {size} {kind}".strip())


def rounds_a_number(text: str) -> bool:
    """True when a written number itself is asked rounded ("round 3.14159 to 2 dp")."""
    return _round(text) is not None


def _listed(text: str) -> Kind | None:
    from core.agents.mathlists import listed_stats  # it builds on Kind, defined here
    return listed_stats(text)


READERS = (lambda text: Kind("evaluate", *found) if (found := counted(text)) else None,
           lambda text: Kind("evaluate", found) if (found := run_sum(text)) else None,
           _inverse_power, _exponent, _side, _repeats, _shares, _choose, _equal_when,
           _round, _listed)


def math_kind(text: str) -> Kind | None:
    """The calculation a worded kind asks for, or None."""
    for reader in READERS:
        if (found := reader(text)) is not None:
            return found
    return None
