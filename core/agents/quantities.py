"""A conversion asked in words → (value, source unit, target unit), for any pair of units.

"12 miles = how many km?", "what's 30 degrees celsius in fahrenheit?", "change 70 kg to
pounds", "how many ounces in a pound", "$20 in euros": a quantity is a number next to a
unit (or a currency sign), the target is another unit named elsewhere in the text whose
dimension fits (after "in/to/into/as", "how many …", or anywhere). Units come from the
lexicon in :mod:`core.tools.unitnames`; with ``resolve`` (pint, blocking) words outside it
are looked up too. Without a fitting target nothing is asked: "I ran 5 km in 30 minutes"
is not a conversion.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from core.agents.wording import expand
from core.tools.unitnames import CURRENCY, UNIT_RE, Unit, pint_dim, readings

Resolve = Callable[[str], Unit | None]
NUMBER = re.compile(r"(?<![\w./])(?:\d+\s+)?\d+\s*/\s*\d+(?![\d.])|"
                    r"(?<![\w.])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.]*\d)|"
                    r"(?<![\w.])\.\d+")
TARGET_MARK = re.compile(r"(?:\b(?:in|into|to|as|in\s+terms\s+of|how\s+many|how\s+much|"
                         r"equals?|is|are|make)|=|->|→)\s*(?:the\s+|many\s+)?$", re.I)
ONE = re.compile(r"\b(?:a|an|one)\s+$", re.I)
FEET_INCHES = re.compile(r"(?<![\w.])(\d+)\s*(?:'|ft\b|feet\b|foot\b)\s*(\d+(?:\.\d+)?)\s*"
                         r"(?:\"|''|in\b|inch(?:es)?\b)?", re.I)
WORD = re.compile(r"[a-z]+(?:_[a-z]+)?", re.I)
BARE_TARGET = re.compile(r"\W*(?:(?:and|also|then|now)\s+)*(?:(?:in|to|into|as)\s+)?#\W*"
                         r"(?:(?:too|as\s+well|please)\W*)*", re.I)
# "how many days will it last?", "how many hours does it take?": a duration, not a conversion
DURATION_ASK = re.compile(r"\bhow\s+many\s+(?:days|weeks|months|hours|minutes|years)\s+(?:will|"
                          r"would|does|did|do|can|could|is|are)?\s*(?:it|they|that|this|these|"
                          r"those|the\s+\w+|my\s+\w+)?\s*(?:last|take|run\s+out|keep|go\s+on)\b",
                          re.I)
# "how many litres will I use?", "how many calories do I burn?": an amount to work out, not a
# destination for a conversion ("how many litres is that?", "how many km will it be?")
AMOUNT_USED = re.compile(r"\s+(?:will|would|do|does|did|should|shall|can|could|must|might)\s+"
                         r"(?:i|we|you|they|he|she|it|the\s+\w+|my\s+\w+|this\s+\w+|that\s+\w+)"
                         r"\s+(?!be\b|make\b|equal|come\b|work\s+out\b)[a-z]", re.I)
MEASURED_NOUN = re.compile(r"\d\s*(?!(?:in|into|to|as|and|or|is|are|of|for|at|per|equals?|"
                           r"make|makes|how|what|than|then)\b)[a-zµ°]+\s+$", re.I)
HOW_MANY = re.compile(r"\bhow\s+(?:many|much)\s+$", re.I)
FREQUENCY = re.compile(r"\b(?:every|each)\s+$", re.I)
RATE_BELOW = re.compile(r"\d\s*(?:[a-z]{1,4}\s*)?/\s*$", re.I)  # "$2.22/m³": a price's unit
TIME_WORD = re.compile(r"\b(?:last|next|this|that|per|each|every)\s+$", re.I)
PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|night|week|fortnight|month|"
                        r"year)s?\b", re.I)
# "ran 19.1k", "did 4k in 29 minutes", "a 10k race": a distance run, not thousands
SPORT_K = re.compile(r"\b((?:ran|run|jog|did|swam|rode|hiked|walked|cycled|biked|raced|"
                     r"rowed|runs|jogged|a|an|my)\s+)(\d{1,3}(?:\.\d+)?)k\b"
                     r"(?=(?:\s+(?:run|race|walk|jog|swim|ride|today|this|yesterday|last|in|"
                     r"on|at|and|before|after|with|then|route|loop|morning|tonight)\b|"
                     r"\s*[,.!?\U0001F300-\U0001FAFF]|\s*$))", re.I)
TEMPERATURES = {"degC": "degF", "degF": "degC", "kelvin": "degC"}
MAX_TEXT = 2000
# a bare amount and a unit: "216 kmh mph", "997 ft = ? m", "5 lb -> kg?"
TERSE = re.compile(r"\W*((?:\d[\d,]*(?:\.\d+)?|\.\d+)\s*[a-zµ°][a-zµ°/²³.\s]{0,14}?)\s*"
                   r"(?:\s|=\s*\??|->|→|:)\s*(?:in\s+|to\s+|into\s+)?([a-zµ°][a-zµ°/²³.]*"
                   r"(?:\s*/\s*[a-z]+)?)\s*[?!.]*\s*", re.I)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    units: tuple[Unit, ...]


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    mention: Mention
    start: int


@dataclass(frozen=True, slots=True)
class Ask:
    value: float
    source: Unit
    target: Unit
    source_text: str
    target_text: str
    more: tuple[tuple[float, Unit], ...] = ()  # "2 hours 30 minutes": the 30 minutes


BRITISH = re.compile(r"\b(?:british|uk|imperial|english|brit|england|scottish|irish)\b")
IMPERIAL = re.compile(r"(?<!uk )(?<!imperial )(?<!per )(?<!a )\b(pints?|gallons?|quarts?|"
                      r"fl\.?\s*oz|fluid\s+ounces?)\b")


# "in" after a number is inches only where it cannot be the preposition
INCHES = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?:in|\s+in)\b(?=\s*(?:→|->|=|\bto\b|\binto\b|"
                    r"\bin\s+(?:cm|mm|m|metres?|meters?|centimet\w+|millimet\w+)\b|\?|$|[.,;)]|"
                    r"\b(?:around|round|long|wide|tall|high|across|deep|thick|diameter)\b))")


def prepare(text: str) -> str:
    text = SPORT_K.sub(r"\1\2 km", text[:MAX_TEXT])  # "ran 19.1k", "did a 5k": kilometres
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*K\b", r"\1 kelvin", expand(text))
    # 80.6" is inches
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:\"|''|”|″)(?!\w)", r"\1 inches", text.lower())
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)(\s*stones?|\s+st)\s+(\d{1,2}(?:\.\d+)?)\b"
                  r"(?!\s*(?:[a-z]|\d))", r"\1\2 \3 pounds", text)  # "13 stone 11"
    text = INCHES.sub(r"\1 inch", text)  # "80in → cm", "2.61 in around. in mm?"
    text = re.sub(r"([°º])\s+([cfk])\b", r"\1\2", text)
    text = re.sub(r"(?<![\w.])(\d+(?:\.\d+)?)[\s-]*pounders?\b", r"\1 lb", text)  # "the 12 pounder"
    text = re.sub(r"\((uk|us|imperial)\)\s*", r"\1 ", text)  # "how many (UK) pints"
    if re.search(r"\b(?:w|watts?|kw|kilowatts?)\b", text):  # "a 12,000 BTU air con in kW":
        text = re.sub(r"\b(btus?)\b(?!\s*(?:/|per\b))", "btu/h", text)  # a rating, BTU/h
    text = re.sub(r"\bbritish\s+(?=pints?|gallons?|fl)", "uk ", text)
    if BRITISH.search(text) and not re.search(r"\b(?:us|american)\b", text):
        text = IMPERIAL.sub(r"uk \1", text)  # "a British recipe: 0.5 pints": imperial measures
    text = re.sub(r"\b(?:minus|negative)\s+(?=\d)", "-", text)
    text = re.sub(r"\bhalf\s+(?:an?|of\s+an?)\s+", "0.5 ", text)
    text = re.sub(r"(?<![\d./])(\d+)\s*/\s*(\d+)\s+(?:of\s+)?an?\s+(?=[a-z])",  # "3/2 of a cup"
                  lambda m: f"{int(m.group(1)) / int(m.group(2))} " if int(m.group(2)) else
                  m.group(0), text)
    text = re.sub(r"\b(?:a\s+)?quarter\s+(?:of\s+)?an?\s+", "0.25 ", text)
    return re.sub(r"(?<=\d)\s*-\s*(?=[a-z])", " ", text)


def mentions(text: str, resolve: Resolve | None = None) -> list[Mention]:
    found = [Mention(m.start(), m.end(), m.group(0), tuple(readings(m.group(0))))
             for m in UNIT_RE.finditer(text)]
    found = _compounds(text, found)
    if resolve is not None:
        taken = [(m.start, m.end) for m in found]
        for word in WORD.finditer(text):
            if any(s <= word.start() < e for s, e in taken):
                continue
            unit = resolve(word.group(0))
            if unit is not None:
                found.append(Mention(word.start(), word.end(), word.group(0), (unit,)))
        found.sort(key=lambda m: m.start)
    return found


def _compounds(text: str, found: list[Mention]) -> list[Mention]:
    """"kilometres per hour", "m/s": a unit per a unit of time (or anything) joins them."""
    out: list[Mention] = []
    index = 0
    while index < len(found):
        first = found[index]
        if index + 1 < len(found):
            second = found[index + 1]
            joint = text[first.end:second.start]
            if re.fullmatch(r"\s*(?:/|per|an?|every)\s*", joint) and first.units and second.units:
                units = tuple(Unit(f"{a.pint}/{b.pint}", f"{a.dim}/{b.dim}")
                              for a in first.units for b in second.units
                              if CURRENCY not in (a.dim, b.dim))
                if units:
                    out.append(Mention(first.start, second.end, text[first.start:second.end],
                                       units))
                    index += 2
                    continue
        out.append(first)
        index += 1
    return out


def quantities(text: str, found: list[Mention]) -> list[Quantity]:
    out: list[Quantity] = []
    numbers = list(NUMBER.finditer(text))
    for mention in found:
        before = text[:mention.start]
        after = text[mention.end:]
        number = next((n for n in numbers if n.end() <= mention.start
                       and re.fullmatch(r"\s*", text[n.end():mention.start])), None)
        if number is not None:
            out.append(Quantity(_value(number.group(0)), mention, number.start()))
            continue
        sign = re.match(r"\s*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)", after)
        if sign and any(u.dim == CURRENCY for u in mention.units) and not mention.surface.isalpha():
            out.append(Quantity(_value(sign.group(1)), mention, mention.start))
            continue
        if ONE.search(before):
            out.append(Quantity(1.0, mention, mention.start))
    return out


def _value(text: str) -> float:
    """"1,500" → 1500; "3/4" → 0.75; "1 1/2" → 1.5."""
    if "/" in text:
        whole, _, fraction = text.strip().rpartition(" ")
        top, _, bottom = fraction.partition("/")
        return (float(whole) if whole else 0.0) + float(top) / max(float(bottom), 1e-9)
    return float(text.replace(",", ""))


def parse_conversion(text: str, resolve: Resolve | None = None) -> Ask | None:
    """The conversion ``text`` asks for, or None."""
    text = prepare(text)
    feet = FEET_INCHES.search(text)
    found = mentions(text, resolve)
    amounts = quantities(text, found)
    if feet is not None:
        inches = int(feet.group(1)) * 12 + float(feet.group(2))
        inch = Mention(feet.start(), feet.end(), feet.group(0), tuple(readings("inch")))
        amounts = [Quantity(inches, inch, feet.start())] + [
            q for q in amounts if not feet.start() <= q.mention.start < feet.end()]
        found = [m for m in found if not feet.start() <= m.start < feet.end()] + [inch]
    amounts.sort(key=lambda q: (q.value == 1.0 and _weak(q, text), q.start))
    used = {(q.mention.start, q.mention.end) for q in amounts}
    targets = [m for m in found if (m.start, m.end) not in used
               and not MEASURED_NOUN.search(text[:m.start])]  # "330 ml cups": containers
    for amount in amounts:
        match = _target(text, amount, targets, resolve is not None)
        if match is not None:
            source, target, mention = match
            return Ask(amount.value, source, target, amount.mention.surface, mention.surface,
                       _more(text, amount, source, amounts))
    found_pair = _pair_and_number(text, targets, amounts, resolve is not None)
    terse = TERSE.fullmatch(text)
    if found_pair is None and terse is not None and " to " not in text:  # "216 kmh mph"
        return parse_conversion(f"{terse.group(1)} to {terse.group(2)}", resolve)
    return found_pair


def _more(text: str, first: Quantity, source: Unit,
          amounts: list[Quantity]) -> tuple[tuple[float, Unit], ...]:
    """Amounts of the same kind written right after the first ("1 hour and 15 minutes")."""
    out: list[tuple[float, Unit]] = []
    end = first.mention.end
    for amount in sorted(amounts, key=lambda q: q.start):
        if amount.start < end:
            continue
        if not re.fullmatch(r"\s*(?:,|and)?\s*", text[end:amount.start]):
            break
        same = [u for u in amount.mention.units if u.dim == source.dim and u.dim != CURRENCY]
        if not same:
            break
        out.append((amount.value, same[0]))
        end = amount.mention.end
    return tuple(out)


def _pair_and_number(text: str, found: list[Mention], amounts: list[Quantity],
                     pint_dims: bool) -> Ask | None:
    """"celsius to fahrenheit: 37", "convert 37 from celsius to fahrenheit": a pair of
    units joined by "to" and one number standing apart."""
    if amounts:
        return None
    numbers = NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    for first, second in itertools.pairwise(found):
        if re.fullmatch(r"\s*(?:to|into|in|->|→)\s*", text[first.end:second.start]):
            pair = fit(first.units, second.units, pint_dims)
            if pair is not None:
                return Ask(_value(numbers[0]), pair[0], pair[1], first.surface, second.surface)
    return None


def _weak(quantity: Quantity, text: str) -> bool:
    return not text[quantity.start:quantity.start + 1].isdigit()


def target_units(text: str, resolve: Resolve | None = None, alone: bool = True,
                 bare: bool = False) -> list[Mention]:
    """Units named as a destination ("in euros", "to feet"). With ``alone``, only in a text
    with no quantity of its own: a clause that converts the previous result. With ``bare``,
    a unit named on its own counts too ("… to euros and pounds"). The unit of an everyday
    quantity worked out in the text ("5 mg per kg … how many mg?") is no destination."""
    from core.agents.words_reckon import reckon

    if DURATION_ASK.search(text):
        return []
    worked = reckon(text)
    own: set[str] = set()
    if worked is not None:  # its own unit is no destination; another kind of unit may be
        own = {u.dim for u in readings(worked.unit.split(" of ")[0].strip())}
        if not own:
            return []
    text = prepare(text)
    found = [m for m in mentions(text, resolve) if not any(u.dim in own for u in m.units)]
    if alone and (quantities(text, found) or NUMBER.search(text)):
        return []
    if bare and len(found) == 1 and BARE_TARGET.fullmatch(text[:found[0].start] + "#" +
                                                 text[found[0].end:]):
        return found  # "… to euros and pounds": a unit named alone
    return [m for m in found if TARGET_MARK.search(text[:m.start])
            and (not m.units[0].symbol_only or re.fullmatch(r"\W*", text[m.end:]))
            and not PER_PERIOD.match(text, m.end)  # "how many hours a week": a rate asked
            and not (HOW_MANY.search(text[:m.start]) and AMOUNT_USED.match(text, m.end))
            and not PER_PERIOD.search(" " + m.surface)]


def _target(text: str, amount: Quantity, targets: list[Mention],
            pint_dims: bool) -> tuple[Unit, Unit, Mention] | None:
    ranked = sorted(targets, key=lambda m: (not TARGET_MARK.search(text[:m.start]),
                                            m.start < amount.start, -m.start))
    frequency = FREQUENCY.search(text[:amount.start]) is not None
    for mention in ranked:
        marked = TARGET_MARK.search(text[:mention.start]) is not None
        if not marked and (frequency or any(u.symbol_only for u in mention.units)
                           or TIME_WORD.search(text[:mention.start])
                           or RATE_BELOW.search(text[:mention.start])):
            continue  # "every 2 weeks last year": a frequency and a time, no conversion
        pair = fit(amount.mention.units, mention.units, pint_dims)
        if pair is not None:
            return pair[0], pair[1], mention
    return None


def fit(sources: tuple[Unit, ...], targets: tuple[Unit, ...],
        pint_dims: bool = False) -> tuple[Unit, Unit] | None:
    """The readings of the two sides whose dimensions match ("pounds" in kilograms is a
    mass; 30 "degrees" in fahrenheit is a temperature)."""
    for target in targets:
        for source in sources:
            if source.pint == target.pint:
                continue
            if _same_dim(source, target, pint_dims):
                return source, target
            if source.dim == "angle" and target.dim == "temperature":
                return Unit(TEMPERATURES[target.pint], "temperature"), target
    return None


def _same_dim(a: Unit, b: Unit, pint_dims: bool) -> bool:
    if a.dim == b.dim:
        return True
    if pint_dims and CURRENCY not in (a.dim, b.dim):
        return pint_dim(a) == pint_dim(b)
    return False
