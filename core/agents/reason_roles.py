"""The roles a quantity plays beyond its unit, read where it is written: an amount "each"
of the things counted just before it ("4 coffees (80 mg each)" → mg per coffee), a size of
the containers asked about ("in 0.08 m³ boxes", "bags hold 75 litres" → per box, per bag),
a plain percentage ("a 9.8% drink", "at 47%") as a dimensionless share, and an answer
asked as a percentage ("what % of the 2300 mg limit").

Used by :mod:`core.agents.reason_quantities`; the text is expanded and lower-cased.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reason_units import Unit, noun_unit, singular
from core.agents.words_dimunits import mul as combine

# "0.05 kcal each", "(80 mg caffeine each)", "42.195 km apiece"
EACH_AFTER = _c(r"(?:\s+[a-z]+){0,2}?\s*(?:each|apiece|a\s+piece|per\s+(?:item|piece))\b")
# "0.08 m³ boxes", "1 l tins", "75-litre bags": a size of the things named next
NOUN_NEXT = _c(r"[\s-]*([a-z]{3,})\b")
# "bags hold 75 litres", "tins cover 12 m²": a size said of the things asked about
THINGS_HOLD = _c(r"\b([a-z]{3,}s)\s+(?:hold|contain|take|weigh|cover|carry|fit|are|each\s+hold)"
                 r"\s+(?:about\s+|around\s+)?$")
PERCENT = _c(r"\s*(?:%|percent\b|per\s*cent\b)")
# a percentage that changes an amount ("plus 5% spare", "15% off", "24%->80%") is no share
CHANGED_BEFORE = _c(r"(?:\+|\bplus|\badd(?:ing|ed)?|\bextra|\bmore|\bless|\boff|\bdiscount\w*|"
                    r"\btips?|\btax|\bvat|\bincrease[sd]?|\bdecrease[sd]?|\brises?|\braised?|"
                    r"\bup|\bdown|->|→|\bfrom|\bto|\binterest|\bapr|\bgrowth|\bgrow\w*|"
                    r"\bmarkup|\bfee|\bcharge|-)\s*(?:by\s+|of\s+|at\s+)?(?:an?\s+)?$")
CHANGED_AFTER = _c(r"\s*(?:%|percent\b|per\s*cent\b)\s*(?:off|more|less|extra|spare|tip|tax|vat|"
                   r"increase|decrease|higher|lower|up|down|discount|interest|rise|growth|"
                   r"markup|fee|surcharge|service|->|→|to\b|-\s*>|a\s+year|per\s+(?:year|annum|"
                   r"month)|annual|apr|compound|return|raise|cut|bonus|commission|deposit)")
PERCENT_UNIT = Unit((), Fraction(1, 100), "%")
HELD = " (held)"  # the end of a unit's text when one of the things asked for holds it
# "what % of", "what percentage is", "as a percent", "- % of the limit?"
PERCENT_ASK = _c(r"\bwhat\s+(?:%|percent(?:age)?|per\s*cent)(?!\s+(?:off|more|less|increase|"
                 r"decrease|change|discount|lost|gained|drop|rise))|\bas\s+an?\s+(?:%|"
                 r"percent(?:age)?)\b|\bin\s+(?:%|percent)(?:\s|\?|$)|\bpercentage\s+of\b")
BASE_NAMED = _c(r"\s*of\s+(?:the|my|a|an|your|this|that)\s+([a-z]{3,})\b(?!\s*[$£€]?\d)")
BASE_AFTER = _c(r"\s*of\s+(?:the\s+|my\s+|a\s+|an\s+|your\s+)?(?=[$£€]?\d)")


def percent_share(text: str, start: int, end: int) -> Unit | None:
    """A plain percentage written at ``start`` (its number ending at ``end``) as a
    dimensionless share, or None when it changes an amount (or is no percentage)."""
    if not PERCENT.match(text, end):
        return None
    if CHANGED_BEFORE.search(text[max(0, start - 14):start]) or CHANGED_AFTER.match(text, end):
        return None
    return PERCENT_UNIT


def each_of(text: str, end: int, unit: Unit, counted: Unit | None) -> Unit:
    """``unit`` per one of the things counted before it, when it is said "each"."""
    if counted is None or not unit.dims or any(k.startswith("#") for k, _ in unit.dims):
        return unit
    if not EACH_AFTER.match(text, end):
        return unit
    return Unit(combine(unit.dims, counted.dims, -1), unit.size, f"{unit.text} each")


def container_of(text: str, end: int, unit: Unit, asked: Unit | None) -> Unit:
    """``unit`` per one of the things asked for, when their name follows it ("in 0.08 m³
    boxes - boxes needed?") or the things are said to hold it ("bags hold 75 litres")."""
    if asked is None or len(asked.dims) != 1 or not asked.dims[0][0].startswith("#") or (
            not unit.dims or any(k.startswith("#") for k, _ in unit.dims)):
        return unit
    noun = NOUN_NEXT.match(text, end)
    named = noun_unit(noun.group(1)) if noun is not None else None
    if named is None or named.dims != asked.dims:
        return unit
    return Unit(combine(unit.dims, asked.dims, -1), unit.size, unit.text + HELD)


def held_by(text: str, start: int, asked: Unit | None) -> bool:
    """"bags hold 75 litres": the number at ``start`` is the size of one of the things
    asked for."""
    if asked is None or len(asked.dims) != 1 or not asked.dims[0][0].startswith("#"):
        return False
    said = THINGS_HOLD.search(text[max(0, start - 40):start])
    return said is not None and f"#{singular(said.group(1).lower())}" == asked.dims[0][0]


def percent_asked(text: str) -> tuple[int, int] | None:
    """Where an answer is asked as a percentage, or None."""
    ask = PERCENT_ASK.search(text)
    return None if ask is None else ask.span()


def base_at(text: str, ask_end: int) -> int | None:
    """Where the base of "what % of the 2300 mg limit" starts, or None; "what % of the
    serving" names its base by the noun written after one amount ("a 227 g serving")."""
    base = BASE_AFTER.match(text, ask_end)
    if base is not None:
        return base.end()
    named = BASE_NAMED.match(text, ask_end)
    if named is None:
        return None
    noun = named.group(1)
    hits = [m.start() for m in re.finditer(
        rf"(?<![\w.,])[$£€]?\s?\d[\d,]*(?:\.\d+)?[\s-]*(?:[a-z]{{1,12}}[\s-]+)?{re.escape(noun)}"
        rf"\b", text) if m.start() < ask_end - len(named.group(0)) or m.start() > named.end()]
    return hits[0] if len(hits) == 1 else None
