"""The quantities a request gives, each a number with its unit ("1 kcal per kg per km",
"$3.20 a litre", "a 42.5-hour week", "8 meals"), and the unit it asks for ("Kcal?", "how
many hours", "in mL/kg/h", "kWh per 100 km", "cost per meal").

Used by :mod:`core.agents.reason_combine`; the text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.duration_shown import clock_parts_asked, with_seconds
from core.agents.patterns import ci as _c
from core.agents.reason_roles import (
    HELD,
    base_at,
    container_of,
    each_of,
    held_by,
    percent_asked,
    percent_share,
)
from core.agents.reason_units import (
    LENGTH,
    MONEY,
    PER,
    TIME,
    UNIT,
    Unit,
    compound_at,
    noun_unit,
    unit_of,
    written,
)
from core.agents.words_dimunits import mul as combine

NUMBER = _c(r"(?<![\w.,])([$£€])?\s?(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
            r"(?:-(?=[a-z]))?\s*")
STATED_EQUAL = _c(r"\(\s*[^()]*?=[^()]*\)|"
                  r"\(\s*\d+\s*[a-z]+\s+(?:per|in\s+an?|to\s+an?)\s+[a-z]+\s*\)|\b1\s+[a-z]+\s*=\s*[\d,.]+\s*[a-z]+\b|"
                  r"\b\d\s*(?:decimal|dp\b|d\.\s?p\b|significant|sig\b|s\.f\b|sf\b)")
SUFFIX_WORD = re.compile(r"([a-z]+)\b")
A_THING_IS = _c(r"\b(?:an?|one|each)\s+([a-z]+)(\s+of\s+[\w ]{1,20}?)?\s+(?:is|are|has|holds|"
                r"weighs|costs|takes|uses|contains|burns|covers|needs|eats|gives|makes)\s+(?:about\s+|around\s+|roughly\s+|"
                r"approximately\s+|~\s*)?(?=[$£€]?\d)")
ASK_HOW = _c(rf"\bhow\s+(?:many|much)\s+(?:full\s+|whole\s+|complete\s+)?({UNIT}(?:{PER}"
             rf"(?:\d+\s*)?{UNIT})*)")
ASK_IN = _c(rf"\b(?:in|into|as)\s+({UNIT}(?:{PER}(?:\d+\s*)?{UNIT})*)\s*(?:(?:do|does|would|will|"
            rf"should|is|are|can)\s+(?:i|we|you|it|that|this|they)\b[\w ]{{0,16}}?)?(?:[?,.;:(]|$)")
# "- bpm?", "- kg needed (3 dp)?", "- hours of video i can watch?", "- total beats (rounded)?"
ASK_BARE = _c(rf"(?:^\s*|[.!;,:]\s*|\s[-–—]\s*)(?:total\s+(?:[a-z]{{3,}}\s+)?|"
              rf"(?:the|number\s+of)\s+|(?:[a-z]{{3,}}\s+)?(?:rate|speed|flow|usage|use|"
              rf"consumption|output)\s+(?:in\s+)?)?({UNIT}"
              rf"(?:{PER}(?:\d+\s*)?{UNIT})*)(?:\s+(?:needed|required|remaining|left|in\s+total|total|"
              rf"to\s+(?:break\s+even|pay\s+(?:it\s+|itself\s+)?(?:back|off)|finish|reach\s+it)|of\s+"
              rf"[a-z]+(?:\s+(?:i|we|you)\s+(?:can|could|will|need)\s+[a-z]+)?))?"
              rf"(?:\s+(?:on|with|from|for|in)\s+(?:an?\s+|the\s+|my\s+)?\d[\d.,]*\s*[a-z]+)?\s*"
              rf"(?:,\s*(?:nearest|rounded|round|to\s+the)\b[^?,]{{0,24}})?"
              rf"(?:\([^()\d]*\d?[^()]*\)\s*)?(?:\?|$)")
ASK_PER_THING = _c(rf"\b({UNIT}|cost|costs|price|pay|spend|money|dollars?|out\s+to|out\s+at|that|"
                   rf"it|is)\s+(?:per|a|an|each|for\s+each)\s+(?:(\d+)\s*)?({UNIT}|[a-z]+)\s*"
                   rf"(?:\([^()]*\)\s*)?(?:[?,.;]|$)")
# "$10.75/hour", "£3.20 a litre", "25 an hour" (where money is spoken of): money per a unit
MONEY_PER = _c(rf"{PER}(?:(\d+(?:\.\d+)?)\s*)?({UNIT})")
MONEY_TALK = _c(r"[$£€]|\b(?:outlay|upfront|earn(?:s|ed|ing)?|wages?|salary|pay(?:s|ing)?|paid|"
                r"costs?|price[ds]?|"
                r"dollars?|euros?|pounds?|bucks|quid|spend(?:s|ing)?|buy(?:s|ing)?|afford)\b")
A_PRICED = _c(r"\b(?:an?|one)\s+$")  # "for a 1353 phone": one phone, the number its price
# "boots cost 44.2", "an outlay of 13800", "bottles for 15.57": a bare number said as a price
PRICED_BEFORE = _c(r"\b(?:costs?|cost\s+(?:me|us)|priced(?:\s+at)?|price\s+(?:is|of)|paid|"
                   r"pay|spent|spend|outlay(?:\s+of|\s+is)?|for)\s*:?\s*(?:about\s+|around\s+|"
                   r"only\s+|just\s+)?$")
PRICED_AFTER = _c(r"\s*(?:outlay|up\s*front|investment)\b")
# "how long will it take?", "time needed for 468 kcal?": a time, in the unit the rates use
HOW_LONG = _c(r"\bhow\s+long\b(?!\s+(?:is|are|was|were)\b)|\b(?:the\s+)?time\s+(?:needed|"
              r"required|taken|it\s+(?:takes|will\s+take)|to\s+(?:burn|earn|fill|empty|charge|finish|pay|save|download|walk|run|"
              r"cover|reach|cook|read|use))\b")
TIME_WORD = _c(r"\b(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b")
SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+[.!?]*")
ASKING = _c(r"\?|^\s*(?:what|how|calculate|work\s+out|find)\b")
PERCENT = _c(r"%|percent\b|per\s*cent\b")
FLOOR = _c(r"\bhow\s+many\s+(?:full|whole|complete)\b")
# what the whole periods must reach: rounded up, not down
AT_LEAST = _c(r"\bat\s+least\b|\b(?:need|needed)\s+(?:to\s+)?(?:reach|have|hit|get\s+to|save)\b|"
              r"\b(?:to|until|till|before)\s+(?:(?:i|we|you|it)\s+)?(?:reach|hit|get\s+to|have)\b")
JOINED = _c(r"\s*(?:,|and)?\s*")
BY_NEXT = _c(r"\s*(?:by|x|×|\*|(->|→|=>))\s*\d+(?:\.\d+)?\s*")  # "21 by 18 metre": both in metres
# "- boxes needed (whole boxes)?", "how many tins do i need?": things bought whole, rounded up
ASK_THINGS = _c(r"(?:^\s*|[.!;,:]\s*|\s[-–—]\s*|\bhow\s+many\s+(?:full\s+|whole\s+)?)([a-z]{3,})"
                r"\s+(?:needed|required|to\s+(?:buy|order|get)|(?:do|will|would|should)\s+(?:i|we)\s+"
                r"(?:need|have\s+to\s+buy|buy))\b[^?]{0,24}(?:\?|$)")
# "how many bags (…)?": a count of things asked plainly, answered only when it comes out whole
ASK_COUNT = _c(r"\bhow\s+many\s+([a-z]{3,})(\s+(?:is|are|in|make)\b|\s*(?:\(|\?|$))")


# "cost?", "bill total?", "how much do I owe?": an amount of money asked with no unit named
MONEY_ASK = _c(r"\b(?:(?:total\s+)?(?:cost|price)|bill(?:\s+total)?|total\s+bill)\s*(?:\?|$)|"
               r"\bhow\s+much\s+(?:is\s+that|will\s+(?:it|that|this)\s+cost|does\s+(?:it|that|this)\s+"
               r"cost|would\s+(?:it|that|this)\s+cost|do\s+(?:i|we)\s+(?:owe|pay))\b|\bwhat\s+"
               r"(?:does|will|would)\s+(?:it|that|this)\s+cost\b")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: str  # as written, without thousands commas
    unit: Unit
    start: int


@dataclass(frozen=True, slots=True)
class Asked:
    unit: Unit
    start: int  # where the ask is written: numbers inside it are not givens
    end: int
    whole: bool  # "how many full minutes": the whole part
    up: bool = False  # "boxes needed": whole things, rounded up
    base: int | None = None  # "what % of the 2300 mg limit": where the base is written
    exact: bool = False  # "how many bags?": answered only when the count comes out whole
    parts: bool = False  # "in hours and minutes": a duration shown in clock parts
    plain: bool = False  # "cost?": money asked with no unit said, so no share may be read


def quantities(text: str, asked: Asked | None) -> list[Quantity] | None:
    """Every number with its unit; None when a number cannot be read (a percentage, a
    stated conversion is skipped)."""
    skip = [m.span() for m in STATED_EQUAL.finditer(text)]
    if asked is not None:
        skip.append((asked.start, asked.end))
    thing = {m.end(): m.group(1) for m in A_THING_IS.finditer(text)}
    skip += [m.span(2) for m in A_THING_IS.finditer(text) if m.group(2)]
    found: list[Quantity] = []
    end_of: dict[int, int] = {}  # where each quantity's unit ends
    consumed = 0
    for match in NUMBER.finditer(text):
        if match.start(2) < consumed or any(a <= match.start(2) < b for a, b in skip):
            continue
        value = match.group(2).replace(",", "")
        if PERCENT.match(text, match.end()):
            share = percent_share(text, match.start(2), match.end(2))
            if share is None or match.group(1):
                return None
            found.append(Quantity(value, share, match.start()))
            continue
        after = None if match.group(1) else compound_at(text, match.end())
        unit = Unit(MONEY, Fraction(1), "$") if match.group(1) else _unit_after(text, after,
                                                                               match.end())
        talk = match.group(1) or (after is None and MONEY_TALK.search(text))
        if talk and (not unit.dims or unit.dims == MONEY) and (
                priced := _money_per(text, match.end(2))) is not None:
            unit, after = priced[0], priced  # "$10.75/hour", "25 an hour" said of pay
        elif talk and unit.dims and unit.dims[0][0].startswith("#") and A_PRICED.search(
                text, 0, match.start()):
            unit = Unit(MONEY, Fraction(1), "$")  # "for a 1353 phone": one phone, its price
        elif after is None and not match.group(1) and PRICED_AFTER.match(text, match.end()):
            unit = Unit(MONEY, Fraction(1), "$")  # "13800 outlay": a price
        elif talk and not unit.dims and after is None and PRICED_BEFORE.search(
                text, max(0, match.start() - 24), match.start()) and not PERCENT.match(
                text, match.end()):
            unit = Unit(MONEY, Fraction(1), "$")  # "boots cost 44.2": a price
        if not unit.dims and (by := BY_NEXT.match(text, match.end())) is not None and (
                side := compound_at(text, by.end())) is not None and (
                side[0].dims == LENGTH or by.group(1) is not None):
            unit = side[0]  # "21 by 18 metre", "134.2 -> 109.8 kg": both in the unit after
        consumed = after[1] if after is not None else consumed
        if (each := thing.get(match.start())) is not None and (
                per := unit_of(each) or noun_unit(each)) is not None:
            unit = Unit(combine(unit.dims, per.dims, -1), unit.size / per.size,
                        f"{unit.text}/{each}")
        unit = _role(text, match, after, unit, found, asked)
        if found and (joined := _joined(text, found[-1], value, unit, end_of)) is not None:
            found[-1] = joined  # "2 min 48 s": one duration
        else:
            found.append(Quantity(value, unit, match.start()))
        end_of[match.start()] = consumed if after is not None else match.end()
    return found


def _role(text: str, match: re.Match[str], after: tuple[Unit, int] | None, unit: Unit,
          found: list[Quantity], asked: Asked | None) -> Unit:
    """``unit`` as one of the things counted before ("80 mg each") or one of the things
    asked for holds it ("0.08 m³ boxes", "bags hold 75 litres")."""
    end = after[1] if after is not None else match.end(2)
    counted = [q.unit for q in found if len(q.unit.dims) == 1 and q.unit.dims[0][0].startswith(
        "#") and q.unit.dims[0][1] == 1]
    unit = each_of(text, end, unit, counted[-1] if counted else None)
    target = asked.unit if asked is not None else None
    if target is not None and unit.dims and held_by(text, match.start(), target) and not any(
            k.startswith("#") for k, _ in unit.dims):
        return Unit(combine(unit.dims, target.dims, -1), unit.size, unit.text + HELD)
    return container_of(text, end, unit, target)


def _money_per(text: str, end: int) -> tuple[Unit, int] | None:
    """Money per a unit written after an amount ("/hour", " a litre", " per 100 g")."""
    per = MONEY_PER.match(text, end)
    if per is None or (below := unit_of(per.group(2))) is None:
        return None
    count = Fraction(per.group(1)) if per.group(1) else Fraction(1)
    return (Unit(combine(MONEY, below.dims, -1), 1 / (below.size * count),
                 f"$/{per.group(2)}"), per.end())


def _joined(text: str, last: Quantity, value: str, unit: Unit,
            end_of: dict[int, int]) -> Quantity | None:
    """A time written in two units ("2 min 48 s", "1 h and 20 min") as one, in the first
    unit, when the second is the smaller and follows at once."""
    if last.unit.dims != TIME or unit.dims != TIME or unit.size >= last.unit.size or (
            last.start not in end_of):
        return None
    if not JOINED.fullmatch(text, end_of[last.start], text.find(value, end_of[last.start])):
        return None
    whole = Fraction(last.value) + Fraction(value) * unit.size / last.unit.size
    return Quantity(written(whole), last.unit, last.start)


def _unit_after(text: str, after: tuple[Unit, int] | None, end: int) -> Unit:
    if after is not None:
        return after[0]
    word = SUFFIX_WORD.match(text, end)
    counted = noun_unit(word.group(1)) if word is not None else None
    return counted or Unit((), Fraction(1), "")


def _ask_unit(words: str) -> Unit | None:
    match = compound_at(words, 0)
    return match[0] if match is not None and match[1] == len(words.rstrip()) else None


def asked_unit(text: str, money: bool) -> Asked | None:
    """The unit the text asks its answer in, or None."""
    whole = bool(FLOOR.search(text))
    up = whole and AT_LEAST.search(text) is not None  # "full weeks to have at least $900"
    whole = whole and not up
    if (parts := clock_parts_asked(text)) is not None:  # "in hours and minutes", "to h:mm:ss"
        unit = unit_of("seconds" if with_seconds(text) else "minutes")
        if unit is not None:
            return Asked(unit, parts[0], parts[1], False, parts=True)
    if (share := percent_asked(text)) is not None:
        return Asked(Unit((), Fraction(1, 100), "%"), share[0], share[1], False,
                     base=base_at(text, share[1]))
    sentences = list(SENTENCE.finditer(text))
    for index, question in enumerate(sentences):
        if not ASKING.search(question.group(0)) and index != len(sentences) - 1:
            continue
        found = _asked_in(question.group(0), money)
        long = HOW_LONG.search(question.group(0))
        if long is not None and (found is None or found[0].dims != TIME):
            word = TIME_WORD.search(text)
            said = word.group(1).lower() if word is not None else "hours"
            unit = unit_of(said if said.endswith("s") or len(said) < 4 else f"{said}s")
            found = None if unit is None else (unit, long.start(), long.end())
        if found is not None:
            unit, start, end = found
            return Asked(unit, question.start() + start, question.start() + end, whole, up=up)
        things = ASK_THINGS.search(question.group(0))
        if things is not None and (counted := noun_unit(things.group(1))) is not None:
            return Asked(counted, question.start() + things.start(1),
                         question.start() + things.end(), False, up=True)
        plain = ASK_COUNT.search(question.group(0))
        if plain is not None and (counted := noun_unit(plain.group(1))) is not None:
            return Asked(counted, question.start() + plain.start(1),
                         question.start() + plain.end(1), False,
                         exact=not plain.group(2).strip().isalpha())
    cost = MONEY_ASK.search(text)
    if cost is not None and (money or MONEY_TALK.search(text)):
        return Asked(Unit(MONEY, Fraction(1), "$"), cost.start(), cost.end(), False, plain=True)
    return None


def _asked_in(text: str, money: bool) -> tuple[Unit, int, int] | None:
    for pattern in (ASK_HOW, ASK_IN, ASK_BARE):
        hits = list(pattern.finditer(text))
        if hits and (unit := _ask_unit(hits[-1].group(1))) is not None:
            return unit, hits[-1].start(1), hits[-1].end(1)
    per = ASK_PER_THING.search(text)
    if per is None:
        return None
    priced = money or per.group(1).startswith(("cost", "price", "pay", "spend"))
    top = unit_of(per.group(1)) or (Unit(MONEY, Fraction(1), "$") if priced else None)
    below = unit_of(per.group(3)) or noun_unit(per.group(3))
    if top is None or below is None:
        return None
    count = Fraction(per.group(2)) if per.group(2) else Fraction(1)
    label = "" if top.dims == MONEY and top.size == 1 else f"{top.text} per {below.text}"
    return (Unit(combine(top.dims, below.dims, -1), top.size / (below.size * count), label),
            per.start(2) if per.group(2) else per.end(), per.end())
