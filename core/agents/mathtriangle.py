"""Lengths and areas of triangles and circles asked in words, worked out exactly.

- the hypotenuse from the two legs, or a leg from the hypotenuse and the other leg:
  "right triangle with legs 4 and 3, how long is the hypotenuse", "hypotenuse 13, one leg 5";
- a ladder against a wall: "a 6 m ladder, its foot 1.5 m from the wall: how high does it
  reach?" (or how far out its foot is, from the height it reaches);
- the third side from two sides and the angle between them (the cosine rule);
- a height from a distance and an angle of elevation: "standing 43 m from a tree, angle of
  elevation 34°, how tall?";
- an arc's length or a sector's area from the angle and the radius;
- the area of a triangle or polygon from its corners: "vertices (0, 0), (4, 0), (0, 3)".

The text is already expanded and lower-cased; every reader needs its own named ask.
"""

from __future__ import annotations

import re
from fractions import Fraction

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED, first_found
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n

NB = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNIT = r"(?:\s*(mm|cm|km|m|in|ft|feet|yards?|yd|metres?|meters?|inches|foot)\b)?"
LEN = rf"({NB}){UNIT}"
DEG = r"\s*(?:°|degrees?|deg)"
ASK = _c(ASKED + r"|\b(?:length|area|size)\b")
HYPOTENUSE = _c(r"\bhypot[eh]nuse\b")
LEGS = _c(rf"\b(?:legs?|sides?|shorter\s+sides|catheti)\s+(?:of\s+(?:length\s+)?|are\s+|"
          rf"measuring\s+|"
          rf"=\s*)?{LEN}\s*(?:,|and|&|by)\s*{LEN}")
HYP_TOLD = _c(rf"\bhypot[eh]nuse\s+(?:is\s+|of\s+(?:length\s+)?|=\s*|measures\s+|length\s+)?{LEN}")
LEG_TOLD = _c(rf"\b(?:one\s+|a\s+|the\s+other\s+|other\s+)?(?:leg|side)\s+(?:is\s+|"
              rf"of\s+(?:length\s+)?|"
              rf"=\s*|measures\s+)?{LEN}")
LADDER = _c(rf"\b(?:{LEN}\s*(?:long\s+)?ladder|ladder\s+(?:is\s+|of\s+|that\s+is\s+)?{LEN}"
            rf"(?:\s+long)?)")
FOOT = _c(rf"\b(?:foot|base|bottom|feet)\b[^.?!]{{0,40}}?{LEN}\s+(?:away\s+)?from\s+the\s+(?:wall|"
          rf"house|building)|{LEN}\s+(?:away\s+)?from\s+the\s+(?:wall|house|building)")
REACH = _c(rf"\b(?:reaches|reaching|touches|up\s+the\s+wall)\b[^.?!]{{0,20}}?{LEN}|"
           rf"{LEN}\s+up\s+the\s+wall")
COSINE = _c(rf"\b(?:two\s+)?sides?\b[^.?!]{{0,30}}?{LEN}\s*(?:,|and)\s*{LEN}[^.?!]{{0,40}}?"
            rf"\b(?:angle\s+"
            rf"(?:of\s+)?(?:between\s+them\s+(?:is\s+|of\s+)?)?({NB}){DEG}|({NB}){DEG}\s+(?:angle\s+)?"
            rf"(?:between|included))")
THIRD = _c(r"\b(?:third|other|remaining|missing|opposite)\s+side\b|\bside\s+opposite\b")
ELEVATION = _c(rf"\bangle\s+of\s+(?:elevation|inclination)\s+(?:(?:to|of)\s+(?:the\s+)?top"
               rf"(?:\s+of\s+(?:the\s+|its\s+|an?\s+)?[a-z]*)?\s+)?(?:of\s+|is\s+|=\s*|:\s*|measures\s+)?"
               rf"(?:the\s+top\s+(?:is\s+)?)?({NB}){DEG}|({NB}){DEG}\s+angle\s+of\s+elevation")
AWAY = _c(rf"{LEN}\s+(?:away\s+)?from\s+(?:the\s+|a\s+|its\s+)?(?:base\s+of\s+)?(?:the\s+|a\s+)?"
          rf"(?:tree|building|tower|pole|flag\s*pole|cliff|wall|house|lighthouse|mast|church|"
          rf"statue|chimney|monument|base)|\bfrom\s+{LEN}\s+away\b|\b{LEN}\s+away\b")
ARC = _c(r"\b(arc(?:\s+length)?|length\s+of\s+(?:the\s+|an\s+)?arc|sector(?:'s)?\s+area|"
         r"area\s+of\s+"
         r"(?:the\s+|a\s+)?sector)\b")
ANGLE = _c(rf"({NB}){DEG}|\bangle\s+(?:of\s+|is\s+)?({NB})\b(?!\s*rad)")
RADIUS = _c(rf"\bradius\s+(?:of\s+|is\s+|=\s*)?{LEN}|{LEN}\s+radius|\bdiameter\s+(?:of\s+|is\s+|"
            rf"=\s*)?{LEN}")
CORNERS = _c(r"\b(?:vertices|corners|points|vertex|coordinates)\b")
POINT = re.compile(rf"\(\s*(-?(?:{NB}))\s*,\s*(-?(?:{NB}))\s*\)")
SHAPE = _c(r"\barea\b")
METRES = {"metres": "m", "metre": "m", "meters": "m", "meter": "m", "feet": "ft", "foot": "ft",
          "inches": "in", "yards": "yd", "yard": "yd"}


def _unit(*units: str | None) -> str:
    found = next((u for u in units if u), "")
    return METRES.get(found, found)


def _right_triangle(text: str) -> Kind | None:
    if not HYPOTENUSE.search(text) or not ASK.search(text):
        return None
    told = HYP_TOLD.search(text)
    if told is None and (legs := LEGS.search(text)) is not None:
        a, b = _n(legs.group(1)), _n(legs.group(3))
        return Kind("values", encode(("hypotenuse", f"sqrt(({a})^2 + ({b})^2)",
                                      _unit(legs.group(2), legs.group(4)))))
    leg = LEG_TOLD.search(text[told.end():] if told else "") or LEG_TOLD.search(text)
    if told is None or leg is None or leg.start() == told.start():
        return None
    h, a = _n(told.group(1)), _n(leg.group(1))
    if float(a) >= float(h):
        return None
    return Kind("values", encode(("other leg", f"sqrt(({h})^2 - ({a})^2)",
                                  _unit(told.group(2), leg.group(2)))))


def _ladder(text: str) -> Kind | None:
    if (ladder := LADDER.search(text)) is None or not ASK.search(text):
        return None
    length, unit = (ladder.group(1), ladder.group(2)) if ladder.group(1) else (ladder.group(3),
                                                                               ladder.group(4))
    rest = text[:ladder.start()] + " ; " + text[ladder.end():]
    other = FOOT.search(rest) or REACH.search(rest)
    if other is None:
        return None
    side = next(g for g in other.groups()[0::2] if g)
    side_unit = next((g for g in other.groups()[1::2] if g), None)
    if float(_n(side)) >= float(_n(length)):
        return None
    name = "height up the wall" if FOOT.search(rest) else "distance from the wall"
    return Kind("values", encode((name, f"sqrt(({_n(length)})^2 - ({_n(side)})^2)",
                                  _unit(unit, side_unit))))


def _cosine_rule(text: str) -> Kind | None:
    if (found := COSINE.search(text)) is None or not THIRD.search(text):
        return None
    a, b = _n(found.group(1)), _n(found.group(3))
    angle = _n(found.group(5) or found.group(6))
    side = f"sqrt(({a})^2 + ({b})^2 - 2*({a})*({b})*cos(({angle})*pi/180))"
    return Kind("values", encode(("third side", side, _unit(found.group(2), found.group(4)))))


def _elevation(text: str) -> Kind | None:
    if (angle := ELEVATION.search(text)) is None or (away := AWAY.search(text)) is None:
        return None
    if not re.search(r"\b(?:tall|high|height)\b", text):
        return None
    degrees = _n(angle.group(1) or angle.group(2))
    found = [g for g in away.groups() if g]
    return Kind("values", encode(("height", f"({_n(found[0])})*tan(({degrees})*pi/180)",
                                  _unit(found[1] if len(found) > 1 else ""))))


def _arc(text: str) -> Kind | None:
    if (arc := ARC.search(text)) is None or (radius := RADIUS.search(text)) is None:
        return None
    if (angle := ANGLE.search(text)) is None:
        return None
    degrees = _n(angle.group(1) or angle.group(2))
    if radius.group(5):
        r, unit = f"({_n(radius.group(5))})/2", radius.group(6)
    else:
        r, unit = _n(radius.group(1) or radius.group(3)), radius.group(2) or radius.group(4)
    if "sector" in arc.group(1):
        square = f"{_unit(unit)}²" if unit else ""
        return Kind("values", encode(("sector area", f"({degrees})/360*pi*({r})^2", square)))
    return Kind("values", encode(("arc length", f"({degrees})/360*2*pi*({r})", _unit(unit))))


def _corners(text: str) -> Kind | None:
    points = [(_n(x), _n(y)) for x, y in POINT.findall(text)]
    if not SHAPE.search(text) or not CORNERS.search(text) or not 3 <= len(points) <= 12:
        return None
    corners = [(Fraction(x), Fraction(y)) for x, y in points]
    area = abs(sum((x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in
                    zip(corners, corners[1:] + corners[:1], strict=True)), Fraction(0))) / 2
    shown = str(area) if area.denominator == 1 else f"{float(area):g} ({area})"
    return Kind("values", encode(("area", f"text:{shown}", "")))  # 35/2 shown as 17.5 too


ANGLES = re.compile(r"\bangles?\b[^.?!]*?(?<![\d.])(\d+(?:\.\d+)?)\s*(?:°|degrees?)?\s*"
                    r"(?:,|and|&)\s*"
                    r"(\d+(?:\.\d+)?)\s*(?:°|degrees?)?(?![\d.])", re.I)
THIRD = re.compile(r"\b(?:third|missing|remaining|last|other)\b(?:\s+(?:one|angle))?|\bthe\s+"
                   r"third\b", re.I)


def _third_angle(text: str) -> Kind | None:
    """"a triangle has angles 38° and 33°, what's the third?" → 180 − 38 − 33."""
    if "triangle" not in text or (m := ANGLES.search(text)) is None or not THIRD.search(
            text[m.end():] + " " + text[:m.start()]):
        return None
    return Kind("evaluate", f"180 - {m.group(1)} - {m.group(2)}", unit="°", named="third angle")


READERS = (_third_angle, _corners, _right_triangle, _ladder, _cosine_rule, _elevation, _arc)


def triangle_ask(text: str) -> Kind | None:
    """The length or area of a triangle or circle part ``text`` asks for, or None."""
    return first_found(READERS, text)
