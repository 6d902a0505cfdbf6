"""Quantities with units combined by multiplying and dividing, to give the unit asked for.

Every quantity the question states is read with its unit and any rate ("12 L a minute",
"40 g per m²", "75 Mbit/s", "63 mg a cup", "a 330 ml glass", "each tablet is 400 mg");
the unit asked for comes from the question ("how many hours", "in km/h", "how many kg",
"ml each", "how much per week", "what percent", "how many tubs" — a count). The product or
quotient of the given quantities whose dimension is the one asked is the answer: the one
that uses every quantity given first, then fewer; two different answers that fit equally
well are refused, and so is a question whose asked unit nothing fits.

"Need to add 54 kWh, the charger does 22 kW: how many hours?" → 2.45 hours; "3.1 litres of
soup into 1000 ml tubs, how many tubs do I need?" → 4 tubs (counts round up for "need", "at
least", "buy" and down for "fit", "full", "can I"); "24 beats in 15 seconds, per minute?"
→ 96 a minute. Arithmetic is exact (fractions); a single quantity converted is left to the
unit converter.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from fractions import Fraction

from core.agents.words_dimasks import DOWN, LONG, NOT_NOUN, UP, Ask, asks, label, rounded, stem
from core.agents.words_dimshow import a, how_long, name_of
from core.agents.words_dimunits import (
    BOTH_ENDS,
    COUNT,
    NONE,
    SLASHED,
    TIME,
    UNIT_RE,
    UNIT_WORD,
    Dim,
    dim,
    mul,
    unit,
)
from core.agents.words_travel import Trip, _show

NUM = r"(?<![\d.,:/])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?![\d]|[.,]\d|:\d)"
PER = r"(?:/|\bper\b|\ba\b|\ban\b|\bevery\b|\beach\b|\bin\s+(?:a|an|each|every|one)\b)"
PRECISION = re.compile(r"\b(?:to|in|at)?\s*\d+\s*(?:decimal\s+places?|decimals?|dp|d\.p\.|"
                       r"significant\s+figures?|sig\.?\s*figs?|places?)\b")
FILLER = r"(?:about|around|roughly|approximately|approx\.?|only|just|~)\s+"
# "1 GB = 1000 MB", "taking 1 GB as 1000 MB": a definition, not two quantities
DEFINITION = re.compile(rf"{NUM}\s*({UNIT_WORD})\s*(?:=|is|as|equals|being)\s*{NUM}\s*"
                        rf"({UNIT_WORD})\b")
BY = re.compile(rf"{NUM}\s*({UNIT_WORD})?\s*(?:by|x|×|\*)\s*{NUM}\s*({UNIT_WORD})(?![a-z²³/])")
RATE_OF_ONE = re.compile(rf"(?:\s+of\s+[a-z]+)?\s+(?:is|weighs|=|equals|has|contains|holds|gives|"
                         rf"covers|makes)\s+(?:{FILLER})?(?=\d|\.\d)")
LISTED = re.compile(r"(?<![\d,.])\d+(?:\.\d+)?\s*,\s+(?=\d)")
FOR_EACH = re.compile(r"\bfor\s+$|\b(?:between|among|amongst|across|feeds|serves)\s+$")
IN_TIME = re.compile(rf"\s+in\s+(?:just\s+|about\s+|under\s+|around\s+)?{NUM}\s*"
                     r"(s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?)\b"
                     r"(?!\s*(?:and\s+)?\d)")
HOURS_MINUTES = re.compile(r"(?<![\d.])(\d+)\s*(?:h|hrs?|hours?)\s*(?:and\s+)?(\d{1,2})\s*"
                           r"(?:m|mins?|minutes?)\b")
RATE_WORDS = re.compile(r"\b(?:(twice)|(\d+)\s+times)\s+(?:a|per|each)\s+(day|week|hour)\b")
THE_THING = re.compile(rf"\b(?:a|an|one|each|every|per|the|1|my|our|your|his|her|their)\s+"
                       rf"([a-z]+(?:\s+of\s+[a-z]+)?)\s+"
                       rf"(?:is|are|has|have|contains?|holds?|covers?|weighs?|gives?|uses?|"
                       rf"takes?|does|=|equals|of)\s+(?:{FILLER})?(?=\d|\.\d)")
ONE_PERIOD = re.compile(r"\b(?:(?:in|over|for|during|across|within)\s+(?:a|an|one|the|1)|this|last|"
                        r"past)\s+(day|week|month|year|hour|minute|fortnight)\b(?!\s*(?:,|and)?\s*"
                        r"(?:how|what))")
HEALTH_ASK = re.compile(r"\bbm[ri]\b|\bbasal\b|\bmetabolic\b|\bbody[\s-]*mass\b")
AGE = re.compile(r"\b\d{1,3}[\s-]*(?:years?|yrs?)[\s-]*old\b|\b\d{1,3}\s*y/?o\b|"
                 r"\baged?\s+\d{1,3}\b")
DAILY = re.compile(r"\bdaily\b(?![^.?!,]*\d[^.?!,]*\d)")
DAILY_AFTER = re.compile(r"\s+(?:daily|per\s+day)\b")


@dataclass(frozen=True, slots=True)
class Qty:
    value: Fraction  # in base units
    dim: Dim
    label: str  # the unit as written, for an answer in it
    text: str
    start: int
    count: bool = False  # a number of things, with no unit
    paired: bool = False  # "4 km in 45 minutes": a rate stated as an amount in a time


def _f(text: str) -> Fraction:
    return Fraction(text.replace(",", ""))


def dimensions(text: str) -> Trip | None:
    """The quantity of the asked unit made from the quantities given (text expanded,
    lower-cased), or None."""
    if len(text) > 400 or re.search(r"[$€£¥]|\d:\d\d", text) or len(LISTED.findall(text)) >= 2:
        return None  # money, clock times and lists of numbers have their own readers
    if HEALTH_ASK.search(text):
        return None  # a BMI or BMR reads the body by its own reader
    text = PRECISION.sub(" ", text)  # "to 2 decimals" is how to show it, no quantity
    text = AGE.sub(lambda m: " " * len(m.group(0)), text)  # "a 36 year old": no time
    text = re.sub(r"(?<![\d.:])(\d+)h([0-5]\d)\b", r"\1 h \2 min", text)  # "10h55"
    text = re.sub(r"\b(weigh(?:s|ing)?\s+\d+(?:\.\d+)?)(?![\d.]|\s*[a-z])", r"\1 kg", text)
    from core.agents.wordproblems import word_problem

    compound = [ask for ask in asks(text) if ask.dim is not None and len(ask.dim) > 1]
    maths = not compound and word_problem(text) is not None  # the maths answer it, unless
    for ask in compound or asks(text):  # things of a size are counted ("400 mg tablets")
        quantities = _quantities(text, ask)
        fewest = 1 if any(q.paired for q in quantities) else 2
        if not fewest <= len(quantities) <= 6 or all(q.count and not q.paired for q in quantities):
            continue
        found = _combine(quantities, ask)
        if ask.dim is not None and ask.per == NONE:  # "1.6 g/kg a day … grams per meal"
            daily = _per_period(quantities, ask)
            other = _combine(quantities, daily) if daily.per != NONE else None
            if other is not None and (found is None or len(other[1]) > len(found[1])):
                ask, found = daily, other
        if found is None and ask.per != NONE and ask.dim is not None and not any(
                dict(q.dim).get("s") for q in quantities):  # "glasses a day" of a daily amount
            ask = Ask(ask.dim, ask.size, ask.label, ask.noun, each=ask.each)
            found = _combine(quantities, ask)
        if found is not None and (not maths or _things_of_a_size(text, ask, found[1])):
            return _answer(text, ask, *found)
        if maths:
            return None
    return None


def _things_of_a_size(text: str, ask: Ask, used: list[tuple[Qty, int]]) -> bool:
    """Things counted by a size ("tablets are 400 mg each", "1 scoop per 60 ml") or by more."""
    sized = re.compile(rf"\b{re.escape(ask.noun)}e?s?\b(?:[^.?!,]{{0,20}}\beach\b|\s+(?:per|for\s+"
                       r"(?:each|every))\b|\s+(?:holds?|contains?|takes?|weighs?|is|are)\s+\d)")
    return bool(ask.noun) and (len(used) >= 3 or sized.search(text) is not None)


def _per_period(quantities: list[Qty], ask: Ask) -> Ask:
    """"2.4 l a day with a 330 ml glass: how many glasses?" is asked per day."""
    rates = [q for q in quantities if dict(q.dim).get("s") == -1]
    period = rates[0].label.rsplit(" a ", 1)[-1] if len(rates) == 1 else ""
    found = unit(period) if period in ("day", "week", "hour", "month", "year") else None
    if found is None:
        return ask
    return Ask(ask.dim, ask.size, ask.label, ask.noun, TIME, period, found.size, ask.each,
               ask.percent)


# --- the quantities given ------------------------------------------------------------------


def _quantities(text: str, ask: Ask) -> list[Qty]:
    for m in DEFINITION.finditer(text):
        a, b = unit(m.group(2)), unit(m.group(4))
        if a is not None and b is not None and a.dim == b.dim:
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    found: list[Qty] = []
    taken: list[tuple[int, int]] = []
    for m in BY.finditer(text):  # "2 m by 3.9 m", "40x40 cm": an area
        second = unit(m.group(4))
        first = unit(m.group(2)) if m.group(2) else second
        if first is None or second is None or first.dim != second.dim or first.dim != dim(m=1):
            continue
        value = _f(m.group(1)) * first.size * _f(m.group(3)) * second.size
        found.append(_per_thing(text, ask, Qty(value, dim(m=2), "m²", m.group(0), m.start()),
                                m.end()))
        taken.append((m.start(), m.end()))
    for m in HOURS_MINUTES.finditer(text):  # "1 h 45 min", "2 hours and 5 minutes"
        seconds = _f(m.group(1)) * 3600 + _f(m.group(2)) * 60
        found.append(Qty(seconds, TIME, "hours", m.group(0), m.start()))
        taken.append((m.start(), m.end()))
    for m in RATE_WORDS.finditer(text):  # "twice a day", "3 times a week"
        period = unit(m.group(3))
        if period is not None:
            times = Fraction(2) if m.group(1) else _f(m.group(2))
            found.append(Qty(times / period.size, mul(NONE, period.dim, -1),
                             f"times a {m.group(3)}", m.group(0), m.start(), count=True))
            taken.append((m.start(), m.end()))
    for m in ONE_PERIOD.finditer(text):  # "how many litres in a week?"
        period = unit(m.group(1))
        if period is not None and not any(q.dim == TIME for q in found):
            found.append(Qty(period.size, TIME, m.group(1), m.group(0).strip(), m.start()))
            taken.append((m.start(), m.end()))
    for m in re.finditer(NUM, text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        qty, end = _read(text, m, ask)
        if qty is not None and not _side_again(qty, found):
            found.append(qty)
            taken.append((m.start(), end))
    return sorted(found, key=lambda q: q.start)


def _side_again(qty: Qty, found: list[Qty]) -> bool:
    """"17 ft by 9 ft … the 17 ft wall": a side of an area named again is no new quantity."""
    words = qty.text.split()
    return qty.dim == dim(m=1) and any(
        q.dim == dim(m=2) and re.search(rf"(?<![\d.]){re.escape(words[0])}\s*"
                                        rf"{re.escape(words[-1])}?\b", q.text) for q in found)


def _read(text: str, m: re.Match[str], ask: Ask) -> tuple[Qty | None, int]:
    """The quantity a number starts, with its unit and rate, and where it ends."""
    value, end = _f(m.group(1)), m.end()
    written = UNIT_RE.match(text, _skip(text, end, r"\s*-?\s*")) or \
        SLASHED.match(text, _skip(text, end, r"\s*"))  # "1.6 g/kg": a rate, read below
    if written is not None and value == 1 and RATE_OF_ONE.match(text, written.end()):
        return None, written.end()  # "1 cup of sugar is 200 g": the rate's unit, no amount
    if written is not None and (found := unit(written.group(0))) is not None:
        qty = Qty(value * found.size, found.dim, label(written.group(0), found.label),
                  text[m.start():written.end()], m.start())
        end = written.end()
    else:
        noun = re.match(r"\s+([a-z]+)\b", text[end:])
        if noun is None or noun.group(1) in NOT_NOUN or not (
                noun.group(1).endswith("s") or noun.group(1) == "people"):  # "7 people"
            return None, end
        if FOR_EACH.search(text, max(m.start() - 12, 0), m.start()) and not ask.each:
            return None, end  # "for 4 servings", "between 6 people": shared, never a multiple
        qty = Qty(value, NONE, noun.group(1), text[m.start():end + noun.end()], m.start(),
                  count=True)
        end += noun.end()
    # a rate: "12 l a minute", "40 g per square metre", "5 l per 100 km", "63 mg a cup"
    rate = RATE.match(text, end) or (EVERY_PERIOD.match(text, end) if qty.dim == TIME else None)
    if rate is not None:
        base = unit(rate.group(2)) if rate.group(2) else None
        amount = _f(rate.group(1)) if rate.group(1) else Fraction(1)
        if base is not None and amount:
            qty = Qty(qty.value / (amount * base.size), mul(qty.dim, base.dim, -1),
                      f"{qty.label} a {rate.group(2)}", text[m.start():rate.end()],
                      m.start(), qty.count)
            end = rate.end()
            while (more := RATE.match(text, end)) and more.group(2) and \
                    (again := unit(more.group(2))):  # "1 kcal per kg per km"
                size = _f(more.group(1) or "1")
                if not size:
                    break  # "… per 0 km": no rate
                qty = Qty(qty.value / (size * again.size), mul(qty.dim, again.dim, -1),
                          f"{qty.label} a {more.group(2)}", text[m.start():more.end()],
                          m.start(), qty.count)
                end = more.end()
            return qty, end
        if rate.group(3) and ask.noun and stem(rate.group(3)) == ask.noun:
            return Qty(qty.value / amount, mul(qty.dim, COUNT, -1), qty.label,
                       text[m.start():rate.end()], m.start(), qty.count), rate.end()
    if re.match(r"\s*/\s*[a-z]", text[end:end + 4], re.I):
        return None, end  # "20 mg/kg/day": a rate not read whole is no amount to guess with
    within = IN_TIME.match(text, end)
    if within is not None and qty.dim != TIME and (span := unit(within.group(2))) is not None:
        seconds = _f(within.group(1)) * span.size
        if seconds:  # "400 m in 84.3 seconds", "24 beats in 15 seconds"
            return Qty(qty.value / seconds, mul(qty.dim, TIME, -1), qty.label,
                       text[m.start():within.end()], m.start(), qty.count, paired=True), \
                within.end()
    if not qty.count:
        qty = _per_thing(text, ask, qty, end)
    if (DAILY.search(text, max(m.start() - 30, 0), m.start()) and not qty.count) or \
            DAILY_AFTER.match(text, end):  # "the daily maximum is 3200 mg", "2 g daily"
        day = Fraction(86400)
        return Qty(qty.value / day, mul(qty.dim, TIME, -1), f"{qty.label} a day",
                   f"{qty.text} a day", qty.start, qty.count), end
    return qty, end


RATE = re.compile(rf"\s*(?:of\s+[a-z]+(?:\s+[a-z]+)?\s+)?{PER}\s*(?:(\d[\d,]*(?:\.\d+)?)\s*)?"
                  rf"(?:({UNIT_WORD})(?![a-z²³/])|([a-z]+))")
# "a 5 minute shower every day": the thing named, then how often
EVERY_PERIOD = re.compile(r"\s+[a-z]{3,}\s+(?:every|each|a|per)\s+()(day|week|month|year)\b()")


def _skip(text: str, at: int, pattern: str) -> int:
    gap = re.compile(pattern).match(text, at)
    return gap.end() if gap is not None else at


def _per_thing(text: str, ask: Ask, qty: Qty, end: int) -> Qty:
    """A size of one of the things counted: "7.8 mb photos", "a 330 ml glass", "each tablet is
    400 mg", "a pound of fat is 3500 kcal" (a rate per pound)."""
    after = re.match(r"\s+([a-z]+)\b", text[end:])
    if ask.noun and after is not None and stem(after.group(1)) == ask.noun:
        return Qty(qty.value, mul(qty.dim, COUNT, -1), qty.label,
                   f"{qty.text} a {ask.noun}", qty.start)
    before = [t for t in THE_THING.finditer(text, max(qty.start - 60, 0)) if t.end() == qty.start]
    if before:
        thing = before[-1].group(1)
        head = thing.split()[0]
        if ask.noun and stem(head) == ask.noun:
            return Qty(qty.value, mul(qty.dim, COUNT, -1), qty.label,
                       f"{qty.text} a {ask.noun}", qty.start)
        per = unit(head)
        if per is not None and re.match(r"(?:a|an|one|each|every|per|1)\s", before[-1].group(0)):
            return Qty(qty.value / per.size, mul(qty.dim, per.dim, -1),
                       f"{qty.label} a {head}", f"{qty.text} a {head}", qty.start)
    return qty


# --- the combination -----------------------------------------------------------------------


def _combine(quantities: list[Qty], ask: Ask) -> tuple[Fraction, list[tuple[Qty, int]]] | None:
    counts_as_things = ask.each
    has_things = any(dict(q.dim).get("n") for q in quantities)
    wanted = _wanted(quantities, ask, has_things)
    best: dict[int, dict[Fraction, list[tuple[Qty, int]]]] = {}
    for powers in itertools.product((1, -1, 0), repeat=len(quantities)):
        used = [(q, p) for q, p in zip(quantities, powers, strict=True) if p]
        fewest = 3 if ask.percent else 1 if any(q.paired for q, _ in used) else 2
        if len(used) < fewest or any(p < 0 and (_undivided(q, counts_as_things) or any(
                t > 0 and o.text == q.text for o, t in used)) for q, p in used):
            continue  # an amount over itself ("how many GiB is 500 GB?") is a conversion
        kind: Dim = NONE
        value = Fraction(1)
        for q, p in used:
            own = mul(q.dim, COUNT) if q.count and counts_as_things else q.dim
            kind = mul(kind, own, p)
            if q.value == 0 and p < 0:
                break
            value = value * q.value if p > 0 else value / q.value
        else:
            if kind in wanted:
                best.setdefault(len(used), {}).setdefault(value / wanted[kind], used)
    for size in sorted(best, reverse=True):
        options = best[size]
        if len(options) > 1 and (ask.noun or ask.percent):
            keep = {v: u for v, u in options.items() if (v <= 100 if ask.percent else v >= 1)}
            options = keep or options
        if len(options) == 1:
            value, used = next(iter(options.items()))
            return value, used
        return None
    return None


def _undivided(q: Qty, things: bool) -> bool:
    """A count shared out, or "5 minutes every day" (a share of time): never a divisor."""
    return (q.count and not things) or (q.dim == NONE and " a " in q.label)


def _wanted(quantities: list[Qty], ask: Ask, has_things: bool) -> dict[Dim, Fraction]:
    """The dimensions an answer may have, each with the size of the unit it is shown in."""
    if ask.dim is None:  # "how much per week": any quantity given, per the unit named
        out: dict[Dim, Fraction] = {mul(NONE, ask.per, -1): 1 / ask.per_size}
        for q in quantities:
            own = mul(q.dim, TIME) if q.paired else q.dim  # "2.4 kg in 8 weeks": kg
            if dict(own).get("s", 0) >= 0 and not q.count:
                out.setdefault(mul(own, ask.per, -1), 1 / ask.per_size)
        return out
    kind = ask.dim
    if ask.noun and not has_things:
        kind = NONE
    if ask.each:
        kind = mul(kind, COUNT, -1)
    return {mul(kind, ask.per, -1): ask.size / ask.per_size}


def _answer(text: str, ask: Ask, value: Fraction, used: list[tuple[Qty, int]]) -> Trip:
    basis = " × ".join(q.text for q, p in used if p > 0) or "1"
    basis += "".join(f" ÷ {q.text}" for q, p in used if p < 0)
    if ask.percent:
        return Trip("share", value, "%", f"{_show(value)}%", f"{basis} × 100")
    if ask.dim is None:
        top = next((q for q, p in used if p > 0), used[0][0])
        label = f"{top.label} per {ask.per_label}"
        if top.count:
            label = f"{top.label} {a(ask.per_label)}"
        else:
            value = value / (found.size if (found := unit(top.label)) else 1)
        shown = f"{_show(value)} {label}"
        if top.count and top.label.startswith("beat") and ask.per_label.startswith("min"):
            shown += f" ({_show(value)} bpm)"
        elif top.count and value != int(value) and re.search(r"\bneed|\bat\s+least\b", text):
            shown += f" (rounded up: {math.ceil(value):,} {top.label})"
        return Trip(name_of(ask), value, label, shown, basis)
    if ask.label == LONG:
        return how_long(value, [q.label for q, _ in used], basis)
    label = ask.label + (f" {a(ask.per_label)}" if ask.per_label else "")
    if ask.noun and BOTH_ENDS.search(text) and len(used) == 2 and all(
            q.dim == dim(m=1) for q, _ in used):  # posts every 2 m along 38 m, both ends
        value += 1
        basis += " + 1 (both ends)"
    if ask.noun or (ask.dim == TIME and ask.label.startswith("day")):
        whole = rounded(text, value)
        if whole != value and UP.search(text) is None and DOWN.search(text) is None:
            return Trip(ask.noun or "days", value, label,  # "how many spoonfuls?": as it is
                        f"{_show(value)} {label} (rounded up: {whole} {label})", basis)
        if whole != value:
            return Trip(ask.noun or "days", Fraction(whole), label,
                        f"{whole} {label} ({_show(value)} exactly)", basis)
    exact = value != round(value, 2) and value == round(value, 3)  # "0.875 kg" stays exact
    shown = f"{_show(value)} {label}" + (f" ({float(value):.3f} {label})" if exact else "")
    if ask.dim == TIME and ask.label in ("hours", "hrs", "hour") and value % 1:
        minutes = round(value * 60)
        shown += f" ({minutes // 60} h {minutes % 60} min)" if minutes >= 60 else \
            f" ({minutes} min)"
    return Trip(name_of(ask), value, label, shown, basis)
