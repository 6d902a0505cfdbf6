"""Measures and shares told in words, each kind read from its wordings onto one sum.

- the area of a room's four walls from its length, width and height;
- a circle's radius (or diameter) from its area, in the unit the area was given in;
- a height from the distance to it and the angle up to its top;
- codes or arrangements with no symbol used twice (or with repeats allowed);
- where two "fixed charge plus a rate" prices cost the same;
- the least whole number of questions for a pass mark in percent;
- a percentage written as a fraction; a time as a percentage of a longer time;
- a formula with its values given: "using v = u + at, v when u = 2, a = 3, t = 4";
- the amount of one ingredient from parts of a mix and the total;
- two solutions of known strength mixed to a total at a target strength, and the water
  that dilutes a solution to a weaker one.

The text is already expanded and lower-cased; each kind needs a question or an imperative.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathpuzzle import ASK, NB, N
from core.agents.mathstory import story
from core.agents.mathstrength import strength_ask
from core.agents.patterns import ci as _c
from core.agents.patterns import first_found, substitute
from core.agents.patterns import plain as _n

LENGTH = r"(mm|cm|m|km|in|ft|feet|foot|yd|metres?|meters?|centimetres?|centimeters?|inch(?:es)?)"
SHORT = {"metre": "m", "metres": "m", "meter": "m", "meters": "m", "centimetre": "cm",
         "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "feet": "ft", "foot": "ft",
         "inch": "in", "inches": "in"}
PERCENT = r"(?:%|\s*percent|\s*per\s+cent)"


def _u(unit: str | None) -> str:
    return SHORT.get(unit or "", unit or "")


def _v(text: str) -> str:
    value = Fraction(_n(text))
    return str(value.numerator) if value.denominator == 1 else _n(text)


# --- walls ----------------------------------------------------------------------------
BY = _c(rf"{N}\s*{LENGTH}?\s*(?:by|x|×|\*)\s*{N}\s*{LENGTH}?")
HIGH = _c(rf"{N}\s*{LENGTH}?\s*(?:high|tall|in\s+height)|\b(?:height|ceilings?)\s+(?:of\s+|"
          rf"is\s+|are\s+|=\s*)?"
          rf"{N}\s*{LENGTH}?")


def _walls(text: str) -> Kind | None:
    if not re.search(r"\bwalls?\b", text) or not re.search(r"\b(?:area|paint|cover|square|"
                                                          r"wallpaper|plaster|tile)\w*", text):
        return None
    size, high = BY.search(text), HIGH.search(text)
    if size is None or high is None or not ASK.search(text):
        return None
    unit = _u(size.group(4) or size.group(2) or high.group(2) or high.group(4))
    h = high.group(1) or high.group(3)
    return Kind("evaluate", f"2*({_v(size.group(1))} + {_v(size.group(3))})*{_v(h)}",
                unit=f"{unit}²" if unit else "", named="area of the walls")


# --- a circle from its area -----------------------------------------------------------
AREA = _c(rf"\barea\s+(?:of\s+|is\s+|=\s*|:\s*)?(?:about\s+)?{N}\s*{LENGTH}?|"
          rf"{N}\s*{LENGTH}?\s*(?:²|\^2|2\b|"
          rf"squared|sq)?\s*(?:in\s+)?area\b|\b(?:covers|covering)\s+{N}\s*(?:square\s+)?{LENGTH}?")


def _circle_from_area(text: str) -> Kind | None:
    if not re.search(r"\b(?:circle|circular|round)\b", text) or not ASK.search(text):
        return None
    asked = re.search(r"\b(radius|diameter)\b", text)
    area = AREA.search(text)
    if asked is None or area is None or re.search(r"\b(?:radius|diameter)\s+(?:of\s+|"
                                                  r"is\s+)?\d", text):
        return None
    value = next(g for g in (area.group(1), area.group(3), area.group(5)) if g is not None)
    unit = _u(area.group(2) or area.group(4) or area.group(6))
    unit = re.sub(r"^sq(?:uare)?\s*", "", unit)
    twice = "2*" if asked.group(1) == "diameter" else ""
    return Kind("evaluate", f"{twice}sqrt({_v(value)}/pi)", unit=unit, named=asked.group(1))


# --- a height from a distance and an angle --------------------------------------------
AWAY = _c(rf"{N}\s*{LENGTH}\s+(?:away\s+)?(?:from|to)\b|\b(?:distance|away)\s+(?:of\s+|"
          rf"is\s+)?{N}\s*{LENGTH}")
ANGLE = _c(rf"{N}\s*(?:°|degrees?|deg)\b")


def _height_by_angle(text: str) -> Kind | None:
    if not re.search(r"\b(?:how\s+(?:tall|high)|height)\b", text) or "angle" not in text:
        return None
    away, angle = AWAY.search(text), ANGLE.search(text)
    if away is None or angle is None:
        return None
    d = away.group(1) or away.group(3)
    unit = _u(away.group(2) or away.group(4))
    return Kind("evaluate", f"{_v(d)}*tan({_v(angle.group(1))}*pi/180)", unit=unit,
                named="height")


# --- codes with no repeats ------------------------------------------------------------
CODE = _c(rf"(?<![\d.]){N}[-\s](?:letter|digit|character|symbol|number|colou?r|"
          rf"bead)s?\s+(?:\w+\s+)?"
          rf"(?:codes?|passwords?|pins?|plates?|arrangements?|strings?|words?|sequences?|"
          rf"combinations?|"
          rf"lock\s+codes?|ids?)")
FROM = _c(rf"\b(?:from|of|using|out\s+of)\s+(?:the\s+)?{N}\s+(?:different\s+|distinct\s+|"
          rf"available\s+)?"
          rf"(?:letters|digits|characters|symbols|numbers|colou?rs|beads)")
NO_REPEAT = _c(r"\bno\s+\w+\s+(?:is\s+|can\s+be\s+)?(?:used|repeated|appears?)\s+(?:twice|"
               r"more\s+than\s+once)|"
               r"\bwithout\s+(?:any\s+)?repe\w*|\bno\s+repe\w*|\b(?:cannot|can't|can\s+not|"
               r"may\s+not|"
               r"must\s+not)\s+(?:be\s+)?repeat\w*|\b(?:used\s+)?(?:only\s+)?once\b|"
               r"\ball\s+different\b")
REPEATS = _c(r"\b(?:repeats?|repetition)\s+(?:is\s+|are\s+)?allowed|\bcan\s+(?:be\s+)?repeat\w*|"
             r"\bwith\s+repe\w*")


def _codes(text: str) -> Kind | None:
    code, source = CODE.search(text), FROM.search(text)
    if code is None or source is None or not re.search(r"\bhow\s+many\b|\bnumber\s+of\b", text):
        return None
    k, n = int(Fraction(_n(code.group(1)))), int(Fraction(_n(source.group(1))))
    if REPEATS.search(text):
        return Kind("evaluate", f"{n}^{k}", named="codes")
    if NO_REPEAT.search(text) and 0 < k <= n <= 100:
        return Kind("evaluate", f"factorial({n})/factorial({n - k})", named="codes")
    return None


# --- two charges that meet ------------------------------------------------------------
CHARGE = _c(rf"[$€£]?\s*{N}\s*(?:[$€£])?\s*(?:plus|\+|and|with|then)\s+[$€£]?\s*{N}\s*(?:[$€£]\s*)?"
            rf"(?:a|an|per|/|each|for\s+each|every)\s+([a-z]+)")
SAME = _c(r"\b(?:same|equal|break\s*-?\s*even|cost\s+the\s+same|level|match)\b")


def _charges_meet(text: str) -> Kind | None:
    charges = CHARGE.findall(text)
    if len(charges) != 2 or not SAME.search(text) or not ASK.search(text):
        return None
    (a0, a1, per), (b0, b1, _) = charges
    if Fraction(_n(a1)) == Fraction(_n(b1)):
        return None
    plural = per if per.endswith("s") else f"{per}s"
    return Kind("evaluate", f"({_v(b0)} - {_v(a0)})/({_v(a1)} - {_v(b1)})", unit=plural)


# --- a pass mark ----------------------------------------------------------------------
ITEMS = _c(rf"(?<![\d.]){N}\s+(?:\w+\s+)?(?:questions|marks|points|items|problems|tasks|answers)\b")
SHARE = _c(rf"(?<![\d.]){N}{PERCENT}")


def _pass_mark(text: str) -> Kind | None:
    items, share = ITEMS.search(text), SHARE.search(text)
    if items is None or share is None or not re.search(r"\bhow\s+many\b", text) or not re.search(
            r"\b(?:pass|at\s+least|minimum|need|needed|have\s+to|must)\b", text):
        return None
    return Kind("evaluate", f"ceiling({_v(items.group(1))}*{_v(share.group(1))}/100)",
                named="at least")


# --- a percentage as a fraction -------------------------------------------------------
AS_FRACTION = _c(rf"(?<![\d.]){N}{PERCENT}\s+(?:as|in|into|to|written\s+as|"
                 rf"expressed\s+as)\s+(?:a\s+|its\s+)?"
                 rf"(?:simplified\s+|simplest\s+|simple\s+|reduced\s+|proper\s+)?fraction|"
                 rf"\bfraction\s+(?:is|for|of)\s+{N}{PERCENT}")


def _percent_fraction(text: str) -> Kind | None:
    found = AS_FRACTION.search(text)
    if found is None:
        return None
    return Kind("evaluate", f"{_v(found.group(1) or found.group(2))}/100", named="as a fraction")


# --- a time as a share of a longer time -----------------------------------------------
TIME_UNIT = r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?)"
SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
PART = _c(rf"(?<![\d.]){N}\s*{TIME_UNIT}\b")
WHOLE = _c(rf"\bof\s+(?:my|the|a|an|our|his|her|their|each)?\s*{N}[-\s]?{TIME_UNIT}\b")


def _seconds(unit: str) -> int:
    key = "m" if unit.startswith("min") else unit[0]
    return SECONDS.get(key, 1)


def _time_share(text: str) -> Kind | None:
    whole = WHOLE.search(text)
    if whole is None or not re.search(r"\b(?:percent(?:age)?|per\s+cent)\b|%\s*\?|"
                                      r"\bwhat\s+%", text):
        return None
    part = PART.search(text)
    if part is None or part.start() >= whole.start():
        return None
    a = f"{_v(part.group(1))}*{_seconds(part.group(2))}"
    b = f"{_v(whole.group(1))}*{_seconds(whole.group(2))}"
    return Kind("evaluate", f"({a})/({b})*100", unit="%", named="share")


# --- a formula with its values --------------------------------------------------------
FORMULA = _c(r"(?:^\s*|\b(?:using|use|with|from|formula|equation|given|by)\s+(?:the\s+)?"
             r"(?:formula\s+|equation\s+)?)"
             r"([a-z])\s*=\s*([a-z0-9\s+\-*/^().]+?)(?=\s*(?:,|;|\?|\.\s|$|\s+(?:with|where|"
             r"when|if|given|for)\s+[a-z]\s*=|\s+(?:what|find|"
             r"calculate|"
             r"work|and\s+find|to\s+find)))")
VALUE = re.compile(rf"(?<![a-z])([a-z])\s*=\s*(-?{NB})(?!\w|\.\d)")


def _formula(text: str) -> Kind | None:
    found = FORMULA.search(text)
    if found is None or not ASK.search(text):
        return None
    name, right = found.group(1), found.group(2).strip()
    values = {v: _n(x) for v, x in VALUE.findall(text[:found.start()] + " " + text[found.end():])}
    letters = set(re.findall(r"[a-z]", right))
    if not values or name in values or not letters or not letters <= set(values) or not re.search(
            rf"\b{name}\b", text[found.end():]):
        return None
    expression = re.sub(r"(?<=[a-z0-9)])(?=[a-z(])|(?<=[a-z)])(?=\d)", "*", right.replace(" ", ""))
    for letter, value in values.items():
        expression = substitute(expression, letter, value)
    return Kind("evaluate", expression, named=name)


# --- a ladder against a wall ------------------------------------------------------------
LADDER = _c(rf"{N}\s*{LENGTH}\s*(?:long\s+)?ladder|\bladder\s+(?:is\s+|of\s+)?{N}\s*{LENGTH}")
FOOT = _c(rf"\b(?:foot|base|bottom|feet)\b[^.?!\d]{{0,30}}?{N}\s*{LENGTH}|"
          rf"{N}\s*{LENGTH}\s+(?:out\s+)?"
          rf"(?:from|away\s+from|off)\s+(?:the\s+)?(?:wall|house|building|fence)")
UP = _c(rf"\b(?:reaches|reaching|touches|up|top)\b[^.?!\d]{{0,20}}?{N}\s*{LENGTH}(?:\s+up)?")


def _ladder(text: str) -> Kind | None:
    ladder = LADDER.search(text)
    if ladder is None or not ASK.search(text):
        return None
    long = ladder.group(1) or ladder.group(3)
    unit = _u(ladder.group(2) or ladder.group(4))
    rest = text[:ladder.start()] + " " + text[ladder.end():]
    foot = FOOT.search(rest)
    if foot is not None and re.search(r"\bhow\s+(?:high|far\s+up|tall)|\bheight\b|\breach", rest):
        d = foot.group(1) or foot.group(3)
        return Kind("evaluate", f"sqrt({_v(long)}^2 - {_v(d)}^2)", unit=unit,
                    named="height up the wall")
    up = UP.search(rest)
    if up is not None and re.search(r"\bhow\s+far\b|\bdistance\b|\bfoot\b|\bbase\b", rest):
        return Kind("evaluate", f"sqrt({_v(long)}^2 - {_v(up.group(1))}^2)", unit=unit,
                    named="distance from the wall")
    return None


# --- fractions added up as one fraction, and one group's share of two ---------------------
FRACTIONS = re.compile(r"(?<![\w.^])(\d+\s*/\s*\d+(?:\s*[-+]\s*\d+\s*/\s*\d+)+)(?![\w.^/])")
ONE_FRACTION = _c(r"\b(?:as\s+(?:a|one)\s+(?:single\s+|simplified\s+|simple\s+)?fraction|"
                  r"in\s+(?:its\s+)?"
                  r"(?:lowest|simplest)\s+(?:terms|form)|simplif\w*)\b")
TWO_GROUPS = _c(rf"(?<![\d.]){N}\s+([a-z]+)\s+(?:and|&)\s+{N}\s+([a-z]+)")
GROUP_SHARE = _c(r"\b(?:what|which)\s+(?:percent(?:age)?|share|proportion|fraction|"
                 r"%)\s+(?:of\s+\w+\s+)?"
                 r"(?:are|is|were)\s+(?:the\s+)?([a-z]+)")


def _fractions(text: str) -> Kind | None:
    found = FRACTIONS.search(text)
    if found is None or not ONE_FRACTION.search(text):
        return None
    return Kind("evaluate", re.sub(r"\s+", " ", found.group(1)), named="as one fraction")


def _group_share(text: str) -> Kind | None:
    groups, asked = TWO_GROUPS.search(text), GROUP_SHARE.search(text)
    if groups is None or asked is None:
        return None
    a, first, b, second = groups.groups()
    name = asked.group(1)
    if name not in (first, second):
        return None
    mine = a if name == first else b
    percent = re.search(r"percent|%", asked.group(0))
    return Kind("evaluate", f"{_v(mine)}/({_v(a)} + {_v(b)})" + ("*100" if percent else ""),
                unit="%" if percent else "", named=name)


def told(text: str) -> Kind | None:
    """The measure or share a told kind asks for, or None."""
    return first_found((story, _ladder, _walls, _circle_from_area, _height_by_angle, _codes,
                        _charges_meet, _pass_mark, _percent_fraction, _time_share, _formula,
                        _group_share, _fractions, strength_ask), text)
