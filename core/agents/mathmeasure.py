"""Areas, perimeters, volumes and surface areas of named shapes from their measurements.

"area of a triangle with base 10 cm and height 6 cm", "volume of a cylinder, radius 3 cm,
5 cm tall", "a box 4 by 3 by 2 m - volume and surface area?", "area of a trapezium with
parallel sides 5 and 7 and height 4", "how long is the diagonal of a 3 by 4 rectangle?".
Each measurement is read by its name (radius, diameter, height, base, length, width, side)
or from "A by B (by C)"; each quantity asked is worked out exactly and shown in the unit
named (squared for an area, cubed for a volume). The text is already expanded and
lower-cased; a question or an imperative is needed.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.mathvalues import encode
from core.agents.patterns import ASKED
from core.agents.patterns import ci as _c
from core.agents.patterns import plain as _n
from core.agents.wordproblems import word_problem

NB = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
UNIT = (r"(?:(mm|cm|km|m|in|inches|inch|ft|feet|foot|yd|yards|metres|meters|metre|meter|"
        r"centimetres|centimeters|centimetre|centimeter)"
        r"(?![a-z]))")
PLAIN_UNIT = {"inches": "in", "inch": "in", "foot": "ft", "metre": "m", "meter": "m",
              "centimetre": "cm", "centimeter": "cm", "feet": "ft", "yards": "yd", "metres": "m",
              "meters": "m", "centimetres": "cm", "centimeters": "cm"}
ASK = re.compile(ASKED)
SHAPE = _c(r"\b(semi-?circle|hemisphere|sphere|ball|cylinder|cylindrical|cone|cube|cuboid|"
           r"rectangular\s+(?:box|prism|tank|block)|box|prism|trapezi(?:um|od)|parallelogram|"
           r"triangle|rectangle|rectangular|oblong|circle|circular|(?<!go\s)(?<!goes\s)(?<!way\s)(?<!going\s)round(?=\s+[a-z])|pizza|disc|disk|"
           r"wall|room|floor|garden|yard|field|lawn|patio|plot|rug|carpet|screen|tv|television|"
           r"monitor|table|desk|door|window|board|sheet|poster|pitch|court|park|deck|can|tin|pipe|mug|"
           r"glass|bucket|barrel|drum|jar)\b")
# things that are rectangles (or circles) when no shape is named
OBJECTS = {"circle": ("circular", "round", "pizza", "disc", "disk"),
           "cylinder": ("can", "tin", "pipe", "mug", "glass", "bucket", "barrel", "drum", "jar"),
           "rectangle": ("wall", "room", "floor", "garden", "yard", "field", "lawn", "patio",
                         "plot", "rug", "carpet", "screen", "tv", "television", "monitor", "table",
                         "desk", "door", "window", "board", "sheet", "poster", "pitch", "court",
                         "park", "deck")}
LETTER = _c(rf"(?<![a-z])([rdhlwb])\s*=\s*({NB})\s*{UNIT}?")
SIZED = _c(rf"\b(?:an?|the|my|our)\s+({NB})[\s-]*{UNIT}\s+(?:[a-z]+\s+)?"
           rf"(?:pizza|circle|disc|disk|plate|wheel|table|cake|pie)\b")
NAMES = {"radius": "r", "diameter": "d", "across": "d", "height": "h", "tall": "h", "high": "h",
         "deep": "h",
         "depth": "h", "base": "b", "width": "w", "wide": "w", "length": "l", "long": "l",
         "side": "s", "edge": "s", "sides": "s", "edges": "s"}
WORD = (r"(radius|diameter|across|height|tall|high|deep|depth|base|width|wide|length|long|sides?|"
        r"edges?)")
MEASURE = (_c(rf"\b{WORD}\s+(?:of\s+|is\s+|=\s*|measuring\s+|length\s+)?({NB})\s*{UNIT}?"),
           _c(rf"({NB})\s*{UNIT}?\s+{WORD}\b"))
BY = _c(rf"({NB})\s*{UNIT}?\s*(?:by|x|×)\s*({NB})\s*{UNIT}?(?:\s*(?:by|x|×)\s*({NB})\s*{UNIT}?)?")
PARALLEL = _c(rf"\bparallel\s+sides\s+(?:of\s+)?({NB})\s*{UNIT}?\s*(?:and|,|&)\s*({NB})")
ASKS = (("surface area", _c(r"\bsurface(?:\s+area)?\b|\bhow\s+much\s+(?:paint|wrapping|card)")),
        ("volume", _c(r"\b(?:volume|capacity|how\s+much\s+(?:\S+\s+){0,10}?(?:hold|holds|contain|"
                      r"contains|fit|fits)|how\s+much\s+(?:water|liquid|air|sand|soil|space)|"
                      r"how\s+many\s+(?:litres|liters|cubic))\b")),
        ("area", _c(r"\b(?<!surface\s)area\b")),
        ("perimeter", _c(r"\b(?:perimeter|(?:fence|fencing|border|edging|trim|skirting)\b|"
                         r"(?:go(?:es|ing)?|goes|went|way|all\s+the\s+way)\s+(?:a)?round\b|\b(?:a)?round\s+"
                         r"the\s+(?:edge|outside|rim|border|boundary)\b)")),
        ("circumference", _c(r"\bcircumference\b")),
        ("diagonal", _c(r"\bdiagonal\b|\bcorner\s+to\s+(?:the\s+)?(?:opposite\s+)?corner\b|"
                        r"\bacross\s+(?:the\s+)?diagonal\b")))
SOLIDS = {"sphere": {"volume": "4*pi*({r})^3/3", "surface area": "4*pi*({r})^2"},
          "hemisphere": {"volume": "2*pi*({r})^3/3", "surface area": "3*pi*({r})^2"},
          "cylinder": {"volume": "pi*({r})^2*({h})", "surface area": "2*pi*({r})*(({r}) + ({h}))",
                       "area": "2*pi*({r})*(({r}) + ({h}))"},
          "cone": {"volume": "pi*({r})^2*({h})/3",
                   "surface area": "pi*({r})*(({r}) + sqrt(({r})^2 + ({h})^2))"},
          "cube": {"volume": "({s})^3", "surface area": "6*({s})^2", "diagonal": "({s})*sqrt(3)"},
          "cuboid": {"volume": "({l})*({w})*({h})",
                     "surface area": "2*(({l})*({w}) + ({l})*({h}) + ({w})*({h}))",
                     "diagonal": "sqrt(({l})^2 + ({w})^2 + ({h})^2)"},
          "rectangle": {"area": "({l})*({w})", "perimeter": "2*(({l}) + ({w}))",
                        "diagonal": "sqrt(({l})^2 + ({w})^2)"},
          "triangle": {"area": "({b})*({h})/2"},
          "parallelogram": {"area": "({b})*({h})"},
          "trapezium": {"area": "(({a}) + ({c}))*({h})/2"},
          "semicircle": {"area": "pi*({r})^2/2", "perimeter": "pi*({r}) + 2*({r})"},
          "circle": {"area": "pi*({r})^2", "circumference": "2*pi*({r})",
                     "perimeter": "2*pi*({r})"}}
AREA_GIVEN = _c(rf"\barea\s+(?:of\s+|is\s+|=\s*)?({NB})\s*(?:sq(?:uare)?\.?\s+)?{UNIT}?")
SIDE_ASKS = (("width", _c(r"\bhow\s+wide\b|\bthe\s+width\b|\bwhat\s+width\b")),
             ("length", _c(r"\bhow\s+long\s+is\s+(?:it|the\s+\w+)\s*(?:\?|,|and\b|$)|"
                           r"\bthe\s+length\b")))
METRES = {"mm": "0.001", "cm": "0.01", "m": "1", "km": "1000", "in": "0.0254", "ft": "0.3048",
          "yd": "0.9144"}
ALSO_IN = _c(r"\b(?:square|sq\.?)\s+(metres|meters|feet|foot|inches|yards|centimetres|centimeters|"
             r"millimetres|kilometres|m|ft|in|yd|cm|mm|km)\b|\b(m|ft|in|yd|cm|mm|km)(?:²|2|\^2)(?![\d])|"
             r"\b(litres|liters|l|ml|millilitres|gallons)\b|\bcubic\s+(metres|meters|feet|foot|inches|"
             r"centimetres|centimeters|m|ft|cm|in)\b|\b(m|ft|cm|in)(?:³|3|\^3)(?![\d])")
LITRES = {"litres": "1000", "liters": "1000", "l": "1000", "ml": "1000000",
          "millilitres": "1000000",
          "gallons": "264.172052"}
POWER = {"volume": 3, "surface area": 2, "area": 2, "perimeter": 1, "diagonal": 1,
         "circumference": 1}


def _shape(word: str) -> str:
    word = word.replace("-", "")
    for name, objects in OBJECTS.items():
        if word in objects:
            return name
    for start, name in (("semi", "semicircle"), ("hemi", "hemisphere"), ("ball", "sphere"),
                        ("cylind", "cylinder"), ("trapez", "trapezium"), ("rectangular ", "cuboid"),
                        ("box", "cuboid"), ("prism", "cuboid"), ("rectangular", "rectangle"),
                        ("oblong", "rectangle")):
        if word.startswith(start):
            return name
    return word


def measured(text: str) -> Kind | None:
    """The areas, perimeters or volumes asked of a named shape, or None."""
    if (found := SHAPE.search(text)) is None or not (ASK.search(text) or re.match(
            r"^\W*(?:the\s+)?(?:surface\s+area|volume|area|perimeter|diagonal)\b", text)):
        return None
    kind = _measured(text, found)
    if kind is not None and word_problem(text) is not None and ";;" not in kind.expression:
        return None  # "a 40 m by 30 m field, its diagonal?" is read there
    return kind


def _measured(text: str, found: re.Match[str]) -> Kind | None:
    shape = _shape(found.group(1))
    values: dict[str, str] = {}
    units: list[str] = []
    for pattern in MEASURE:
        for m in pattern.finditer(text):
            word, number, unit = (m.group(1), m.group(2), m.group(3)) if pattern is MEASURE[0] \
                else (m.group(3), m.group(1), m.group(2))
            values.setdefault(NAMES[word.lower()], _n(number))
            units += [unit] if unit else []
    for m in LETTER.finditer(text):  # "r=6 cm, h=18 cm"
        values.setdefault({"l": "l", "w": "w"}.get(m.group(1), m.group(1)), _n(m.group(2)))
        units += [m.group(3)] if m.group(3) else []
    if (sized := SIZED.search(text)) is not None and "r" not in values:  # "a 12 inch pizza"
        values["d"] = _n(sized.group(1))
        units += [sized.group(2)]
    if (by := BY.search(text)) is not None:
        sizes = [_n(g) for g in (by.group(1), by.group(3), by.group(5)) if g]
        units += [u for u in (by.group(2), by.group(4), by.group(6)) if u]
        values.update(dict(zip("lwh", sizes, strict=False)))
        shape = "cuboid" if len(sizes) == 3 and shape == "rectangle" else shape
    if (pair := PARALLEL.search(text)) is not None:
        values.update(a=_n(pair.group(1)), c=_n(pair.group(3)))
        units += [pair.group(2)] if pair.group(2) else []
    if "d" in values and "r" not in values:
        values["r"] = f"{values['d']}/2"
    if shape == "rectangle" and "l" not in values and {"w", "h"} <= values.keys():
        values["l"] = values["h"]  # "a wall 3 m wide and 2.4 m high"
    if shape == "cube" and "s" not in values and "l" in values:
        values["s"] = values["l"]
    asked = sorted((a.start(), name) for name, pattern in ASKS if (a := pattern.search(text)))
    formulas = SOLIDS.get(shape, {})
    unit = PLAIN_UNIT.get(units[0], units[0]) if units else ""
    parts = []
    if shape == "rectangle" and (area := AREA_GIVEN.search(text)) is not None:
        known = values.get("l") or values.get("w")  # "25 m long with area 275 m²"
        if known is None:
            return None
        values = {"l": known, "w": f"({_n(area.group(1))})/({known})"}
        asked = [(a.start(), name) for name, pattern in SIDE_ASKS if (a := pattern.search(text))
                 ] + [(p, name) for p, name in asked if name != "area"]
        parts += [("width" if name == "width" else "length", values["w"], unit)
                  for _, name in asked if name in ("width", "length")]
        asked = [(p, name) for p, name in asked if name not in ("width", "length")]
    for _, name in asked:
        form = formulas.get(name) or (
            formulas.get("perimeter") if name == "circumference" else None)
        needed = set(re.findall(r"\{(\w)\}", form or ""))
        if form is None or not needed <= values.keys():
            return None
        power = POWER[name]
        shown = "" if not unit else unit if power == 1 else f"{unit}{'²' if power == 2 else '³'}"
        parts.append((name, form.format(**values), shown))
        parts += _also_in(text, name, form.format(**values), unit)
    return Kind("values", encode(*parts)) if parts else None


def _also_in(text: str, name: str, value: str, unit: str) -> list[tuple[str, str, str]]:
    """An area or volume also asked in other units ("in square feet and square metres")."""
    power = POWER[name]
    if power == 1 or unit not in METRES:
        return []
    found = []
    for m in ALSO_IN.finditer(text):
        square, short, litres, cubic, short3 = m.groups()
        target = PLAIN_UNIT.get(square or cubic or "", square or cubic or short or short3 or "")
        if litres and power == 3:
            factor = f"({METRES[unit]})^3*{LITRES[litres.lower()]}"
            found.append((name, f"({value})*{factor}", "L" if litres.startswith("l") else litres))
        elif target in METRES and target != unit and (power == 2) == bool(square or short):
            factor = f"(({METRES[unit]})/({METRES[target]}))^{power}"
            found.append((name, f"({value})*{factor}", f"{target}{'²' if power == 2 else '³'}"))
    return list(dict.fromkeys(found))
