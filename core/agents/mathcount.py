"""Counting, growth and measuring questions told in everyday words.

- codes of letters and digits: "how many plates of 3 letters then 4 digits (no repeats)?";
- coins counted by name: "3 quarters, 38 dimes and 39 pennies — how much in dollars?";
- the angle between a clock's hands: "angle between the hands at 4:50";
- the largest square tile for a floor with no cutting (a greatest common divisor), and the
  tiles a floor needs when the edge ones are cut;
- a rectangle from its perimeter and how much longer (or how many times longer) it is;
- a part of a mix from its ratio and the total: "blue and yellow 4:5 make 13.5 litres: blue?";
- a half-life: what is left after a time, and the time to double at a yearly rate;
- a binomial probability: "P(X = 4) for X ~ Binomial(n=12, p=0.2)";
- groups picked from a number of people (combinations).

The text is already expanded and lower-cased; every reader needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import gcd

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
N = rf"({NB})"
ASK = re.compile(ASKED)
LENGTH_UNIT = r"(mm|cm|m|km|in|inches|ft|feet|metres|meters|centimetres|centimeters)(?![a-z])"
TO_CM = {"mm": Fraction(1, 10), "cm": Fraction(1), "m": Fraction(100), "km": Fraction(100000),
         "in": Fraction(254, 100), "inches": Fraction(254, 100), "ft": Fraction(3048, 100),
         "feet": Fraction(3048, 100), "metres": Fraction(100), "meters": Fraction(100),
         "centimetres": Fraction(1), "centimeters": Fraction(1)}

CODE = _c(r"\b(?:codes?|passwords?|plates?|pins?|ids?|combinations?|usernames?|serials?)\b")
LETTERS = _c(r"\b(\d+)\s+(?:capital\s+|upper-?case\s+|lower-?case\s+)?letters?\b")
DIGITS = _c(r"\b(\d+)\s+(?:digits?|numerals?)\b")
NO_REPEAT = _c(r"\bno\s+repe\w*|\bwithout\s+repe\w*|\brepe\w*\s+(?:are\s+)?not\s+allowed|"
               r"\b(?:all\s+)?different\b|\bdistinct\b|\bcannot\s+repeat|\bcan't\s+repeat")
COINS = {"quarter": 25, "dime": 10, "nickel": 5, "penn": 1, "cent": 1, "half-dollar": 50,
         "half dollar": 50, "dollar coin": 100, "loonie": 100, "toonie": 200}
COIN = _c(r"\b(\d+)\s+(quarters?|dimes?|nickels?|penn(?:y|ies)|cents?|half[- ]dollars?|"
          r"dollar\s+coins?|loonies|loonie|toonies|toonie)\b")
CLOCK = _c(r"\b(?:hands?|hour\s+hand|minute\s+hand)\b")
CLOCK_TIME = _c(r"\b(\d{1,2})[:.](\d{2})\b")
TILE_BIG = _c(r"\b(?:largest|biggest|greatest|largest\s+possible|biggest\s+possible)\s+"
              r"(?:square\s+)?(?:tiles?|squares?|slabs?|pieces?|paving)\b")
BY = _c(rf"{N}\s*{LENGTH_UNIT}?\s*(?:by|x|×)\s*{N}\s*{LENGTH_UNIT}?")
TILE = _c(rf"\btiles?\s+(?:are|is|of|measuring|that\s+are)?\s*{N}\s*{LENGTH_UNIT}\s*(?:square|"
          rf"by\s+{N}\s*{LENGTH_UNIT}?|x\s*{N}\s*{LENGTH_UNIT}?)|{N}\s*{LENGTH_UNIT}\s+"
          rf"(?:square\s+)?tiles?\b")
HOW_MANY_TILES = _c(r"\bhow\s+many\s+(?:[\w.]+\s+){0,4}?tiles\b")
PERIMETER = _c(rf"\bperimeter\s+(?:is\s+|of\s+|=\s*)?{N}\s*{LENGTH_UNIT}?")
LONGER = _c(rf"\b{N}\s*{LENGTH_UNIT}?\s+(?:longer|more)\s+than\s+(?:it\s+is\s+|its\s+)?"
            rf"(?:wide|width|broad)|\blength\s+is\s+{N}\s*{LENGTH_UNIT}?\s+more\s+than\s+"
            rf"(?:the\s+)?width")
TIMES_LONGER = _c(r"\b(twice|three\s+times|four\s+times|\d+\s+times|double)\s+(?:as\s+long\s+as|"
                  r"(?:the\s+|its\s+)?(?:width|wide)|longer\s+than)")
RATIO = _c(r"(?<![\d.:])(\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+)(?![\d.:])")
AMOUNT = _c(rf"\b(?:make|makes|making|get|total|totals?|of|altogether|in\s+all|want|need)\s+"
            rf"(?:a\s+total\s+of\s+)?{N}\s*(litres?|liters?|l|ml|kg|g|grams?|kilograms?|cups?|"
            rf"tons?|tonnes?|lb|pounds?|oz|gallons?|m|cm|parts?)?\b")
HOW_MUCH = _c(r"\bhow\s+(?:much|many)\s+(?:\w+\s+)?(?:of\s+(?:the\s+)?)?([a-z]+)\b|"
              r"\bhow\s+much\s+(?:of\s+)?(each)\b")
EVERY = _c(rf"\b(doubles?|doubling|triples?|tripling|halves|halving|quadruples?)\s+"
           rf"(?:in\s+(?:size|number)\s+)?"
           rf"every\s+(?:({NB})\s*)?([a-z]+)")
UNTIL = _c(rf"\b(?:until|till|to\s+reach|to\s+get\s+to|before\s+(?:it|there)\s+"
           rf"(?:is|are|reaches))\s+"
           rf"(?:there\s+(?:are|is)\s+|it\s+(?:is|reaches)\s+|we\s+have\s+)?(?:over\s+)?({NB})")
HALF_LIFE = _c(rf"\bhalf[- ]?life\s+(?:is\s+|of\s+)?{N}\s*([a-z]+)")
START = _c(rf"\b(?:start(?:s|ing)?\s+(?:with|at)|begin\w*\s+with|initial(?:ly)?|have|had|from)\s+"
           rf"(?:an?\s+)?{N}\s*([a-zµ]+)?")
AFTER = _c(rf"\b(?:after|in|over)\s+{N}\s*([a-z]+)")
DOUBLE = _c(r"\b(doubles?|doubled|doubling|triples?|tripled|tripling|quadruples?)\b")
RATE = _c(rf"\b{N}\s*(?:%|percent|per\s+cent)")
YEARS_ASK = _c(r"\bhow\s+(?:many\s+years|long)\b")
BINOMIAL = _c(r"\bbinomial\s*\(\s*(?:n\s*=\s*)?(\d+)\s*,\s*(?:p\s*=\s*)?(\d*\.?\d+(?:/\d+)?)\s*\)|"
              r"\bb\s*\(\s*(\d+)\s*,\s*(\d*\.?\d+)\s*\)")
P_EQUALS = _c(r"\bp\s*\(\s*x\s*(=|<=|≤|>=|≥|<|>)\s*(\d+)\s*\)")
GROUPS = _c(r"\bhow\s+many\s+(?:different\s+|possible\s+|distinct\s+)?(?:groups?|teams?|"
            r"committees?|sets?|selections?|combinations?|hands?|panels?|pairs?|trios?)\s+of\s+"
            r"(\d+)\s+(?:\w+\s+){0,3}?(?:can|could|are)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:from|out\s+of)"
            r"\s+(?:a\s+(?:group|class|team|set|pool)\s+of\s+)?(\d+)")


def _codes(text: str) -> Kind | None:
    if not (CODE.search(text) and re.search(r"\bhow\s+many\b", text)):
        return None
    letters, digits = LETTERS.search(text), DIGITS.search(text)
    if letters is None and digits is None:
        return None
    parts = []
    distinct = NO_REPEAT.search(text) is not None
    for found, pool in ((letters, 26), (digits, 10)):
        if found is not None:
            k = int(found.group(1))
            if not 0 < k <= pool:
                return None
            parts.append(f"factorial({pool})/factorial({pool - k})" if distinct else f"{pool}^{k}")
    return Kind("evaluate", " * ".join(parts), named="codes")


def _coins(text: str) -> Kind | None:
    found = COIN.findall(text)
    if len(found) < 2:
        return None
    if not re.search(r"\bhow\s+much\b|\bwhat\b|\btotal\b|\bworth\b|\?", text):
        return Kind("wait", "")  # the coins told first, the question after
    cents = []
    for count, name in found:
        value = next(v for key, v in COINS.items() if name.replace("ies", "y").startswith(key[:5]))
        cents.append(f"{count}*{value}")
    if re.search(r"\bin\s+cents\b", text):
        return Kind("values", encode(("total", " + ".join(cents), "cents")))
    return Kind("evaluate", f"({' + '.join(cents)})/100", money=True, named="total")


def _clock(text: str) -> Kind | None:
    if not (CLOCK.search(text) and re.search(r"\bangle\b", text)) or not (
            time := CLOCK_TIME.search(text)):
        return None
    hours, minutes = int(time.group(1)) % 12, int(time.group(2))
    if minutes >= 60:
        return None
    angle = abs(Fraction(60 * hours - 11 * minutes, 2)) % 360
    if not re.search(r"\b(?:larger|bigger|reflex|greater)\s+angle\b", text):
        angle = min(angle, 360 - angle)
    else:
        angle = max(angle, 360 - angle)
    shown = f"{float(angle):g}"
    return Kind("values", encode(("angle", f"text:{shown}°", "")))


def _in_cm(number: str, unit: str | None, default: str) -> Fraction:
    return Fraction(_n(number)) * TO_CM[(unit or default).lower()]


def _largest_tile(text: str) -> Kind | None:
    if not TILE_BIG.search(text) or (by := BY.search(text)) is None:
        return None
    unit = (by.group(2) or by.group(4) or "").lower()
    a, b = Fraction(_n(by.group(1))), Fraction(_n(by.group(3)))
    scale = a.denominator * b.denominator
    side = Fraction(gcd(int(a * scale), int(b * scale)), scale)
    shown = str(side.numerator) if side.denominator == 1 else f"{float(side):g}"
    return Kind("values", encode(("side", f"text:{shown} {unit}".rstrip(), "")))


def _tiles(text: str) -> Kind | None:
    if not HOW_MANY_TILES.search(text) or (by := BY.search(text)) is None or (
            tile := TILE.search(text)) is None or tile.start() <= by.start() < tile.end():
        return None
    unit = by.group(4) or by.group(2) or "m"
    length, width = _in_cm(by.group(1), by.group(2) or unit, unit), _in_cm(by.group(3), unit, unit)
    if tile.group(1):
        side = _in_cm(tile.group(1), tile.group(2), "cm")
        other = _in_cm(tile.group(3), tile.group(4) or tile.group(2), "cm") if tile.group(3) else (
            _in_cm(tile.group(5), tile.group(6) or tile.group(2), "cm") if tile.group(5) else side)
    else:
        side = other = _in_cm(tile.group(7), tile.group(8), "cm")
    if not side or not other:
        return None
    if re.search(r"\bcut|\bedge\b|\bpart\b|\bwhole\s+tiles\b", text):
        expr = f"ceiling({length}/({side}))*ceiling({width}/({other}))"
    else:
        expr = f"ceiling(({length})*({width})/(({side})*({other})))"
    return Kind("values", encode(("tiles", expr, "")))


def _rectangle(text: str) -> Kind | None:
    if (per := PERIMETER.search(text)) is None or not (ASK.search(text) or "?" in text):
        return None
    unit = per.group(2) or ""
    half = Fraction(_n(per.group(1))) / 2
    if (longer := LONGER.search(text)) is not None:
        more = Fraction(_n(longer.group(1) or longer.group(3)))
        width = (half - more) / 2
        length = width + more
    elif (times := TIMES_LONGER.search(text)) is not None:
        word = times.group(1).split()[0]
        factor = {"twice": 2, "double": 2, "three": 3, "four": 4}.get(word) or int(word)
        width = half / (1 + factor)
        length = width * factor
    else:
        return None
    if width <= 0:
        return None
    tail = f" {unit}" if unit else ""
    return Kind("values", encode(("width", f"{width}", unit), ("length", f"{length}", unit)) if
                tail else encode(("width", f"{width}", ""), ("length", f"{length}", "")))


def _mix(text: str) -> Kind | None:
    if (ratio := RATIO.search(text)) is None or (asked := HOW_MUCH.search(text)) is None:
        return None
    amount = AMOUNT.search(text, ratio.end()) or AMOUNT.search(text)
    if amount is None:
        return None
    parts = [Fraction(p) for p in re.findall(r"\d+(?:\.\d+)?", ratio.group(1))]
    before = text[:ratio.start()]
    names = re.findall(r"\b([a-z]+)\b(?=\s*(?:,|\band\b|\bto\b|:|\bin\s+the\s+ratio\b|"
                       r"\bgo\s+in\b|$|\s+\d))", before)
    names = [n for n in names if n not in ("and", "mixing", "mix", "ratio", "the", "in", "of",
                                           "is", "are", "go", "to")][-len(parts):]
    after = re.match(r"\s*(?:of\s+)?([a-z]+)\s+(?:to|and|:)\s+([a-z]+)"
                     r"(?:\s+(?:to|and|:)\s+([a-z]+))?",
                     text[ratio.end():])
    if after is not None:  # "2:3 white to blue"
        names = [n for n in after.groups() if n][:len(parts)]
    want = asked.group(1) or asked.group(2)
    if len(names) != len(parts) or not sum(parts) or (want not in names and want != "each"):
        return None
    unit = amount.group(2) or ""
    total = _n(amount.group(1))
    if want == "each":
        return Kind("values", encode(*((name, f"({total})*{share}/{sum(parts)}", unit)
                                       for name, share in zip(names, parts, strict=True))))
    share = parts[names.index(want)]
    return Kind("values", encode((want, f"({total})*{share}/{sum(parts)}", unit)))


def _half_life(text: str) -> Kind | None:
    if (life := HALF_LIFE.search(text)) is None or (after := AFTER.search(text, life.end())) is \
            None or (start := START.search(text)) is None or not ASK.search(text):
        return None
    if after.group(2)[:3] != life.group(2)[:3]:
        return None
    unit = start.group(2) or ""
    expr = f"({_n(start.group(1))})*(1/2)^(({_n(after.group(1))})/({_n(life.group(1))}))"
    return Kind("values", encode(("left", expr, unit)))


def _every(text: str) -> Kind | None:
    """"bacteria start at 12 and double every hour: how many after 9 hours?"."""
    if (grow := EVERY.search(text)) is None or not ASK.search(text):
        return None
    period, unit = grow.group(2) or "1", grow.group(3)
    word = grow.group(1)
    factor = "2" if word.startswith("doubl") else "3" if word.startswith("tripl") else "4" if \
        word.startswith("quad") else "1/2"
    if re.search(r"\bhow\s+(?:long|many\s+(?:hours|days|years|minutes|weeks|months))", text):
        numbers = [_n(v) for v in re.findall(NB, text[grow.end():])] + [
            _n(v) for v in re.findall(NB, text[:grow.start()])]
        if (target := UNTIL.search(text)) is None or not numbers:
            return None
        begin = next((v for v in numbers if v != _n(target.group(1))), None)
        if begin is None or Fraction(begin) <= 0:
            return None
        shown = unit if unit.endswith("s") else f"{unit}s"
        growth = f"log(({_n(target.group(1))})/({begin}))/log({factor})"
        return Kind("values", encode(("time", f"({_n(period)})*{growth}", shown)))
    if (after := AFTER.search(text, grow.end())) is None:
        return None
    start = START.search(text) or re.search(rf"({NB})\s*([a-z]+)?", text)  # "a sample of 64 g"
    if start is None or start.start() > grow.start():
        return None
    if after.group(2)[:3] != unit[:3]:
        return None
    amount = (start.group(2) or "").lower()
    unit = amount if amount in ("mg", "g", "kg", "ml", "l", "grams", "litres", "cells") else ""
    power = f"({_n(after.group(1))})/({_n(period)})"
    return Kind("values", encode(("after", f"({_n(start.group(1))})*({factor})^({power})", unit)))


def _doubling(text: str) -> Kind | None:
    if (grow := DOUBLE.search(text)) is None or (rate := RATE.search(text)) is None or \
            not YEARS_ASK.search(text) or re.search(r"\brule\s+of\b", text):
        return None
    factor = 3 if grow.group(1).startswith("tripl") else 4 if grow.group(1).startswith(
        "quadr") else 2
    return Kind("evaluate", f"log({factor})/log(1 + {_n(rate.group(1))}/100)", named="years")


def _binomial(text: str) -> Kind | None:
    if (dist := BINOMIAL.search(text)) is None or (p_at := P_EQUALS.search(text)) is None:
        return None
    n, p = int(dist.group(1) or dist.group(3)), dist.group(2) or dist.group(4)
    k, how = int(p_at.group(2)), p_at.group(1)
    if not 0 <= k <= n <= 200:
        return None
    chosen = {"=": [k], "<=": range(k + 1), "≤": range(k + 1), "<": range(k),
              ">=": range(k, n + 1), "≥": range(k, n + 1), ">": range(k + 1, n + 1)}[how]
    terms = " + ".join(f"binomial({n}, {i})*({p})^{i}*(1 - {p})^({n - i})" for i in chosen)
    return Kind("evaluate", terms or "0", named="probability")


def _groups(text: str) -> Kind | None:
    if (found := GROUPS.search(text)) is None:
        return None
    k, n = int(found.group(1)), int(found.group(2))
    return Kind("evaluate", f"binomial({n}, {k})") if 0 < k <= n <= 500 else None


READERS = (_binomial, _codes, _coins, _clock, _largest_tile, _tiles, _rectangle, _half_life,
           _every, _doubling, _groups, _mix)


def counted(text: str) -> Kind | None:
    """The counting, growth or measuring question ``text`` asks, or None."""
    return first_found(READERS, text)
