"""Floors, walls and beds: an area from its sides (or told), then what it takes.

"shed base 3.4m x 3.4m, 12cm deep, cubic metres of concrete?" → 1.39 m³; "8 cm of mulch
over 28 m²" → 2.24 m³; "… gravel 1.6 t per m³, how many tonnes?"; "room 3.9 by 3.8 metres,
carpet 26.73 per square metre, cost?" → 396.14; "floor 3.2 m x 2 m, tiles 50 cm square" →
26 tiles; "room 3.3 m by 3.3 m, walls 2.3 m high, a roll covers 5.3 m²" → 6 rolls; "42 m² of
wall, two coats, 10 m²/L, tins of 5 L" → 2 tins. Whole things are rounded up.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.words_travel import NUM, Trip, _f, _show

LEN = r"(mm|cm|m|metres?|meters?|ft|feet|foot|in|inch(?:es)?)"
SIDES = _c(rf"{NUM}\s*{LEN}?\s*(?:x|×|by|\*)\s*{NUM}\s*{LEN}?(?!\s*(?:²|2\b|sq))")
AREA = _c(rf"{NUM}\s*(?:m²|m2|sq\.?\s*m|square\s+met(?:re|er)s?)(?!\s*(?:/|per\b|a\b|an\b))")
ONE = _c(rf"{NUM}\s*{LEN}\b(?!\s*(?:x|×|by)\s*\d)")
SCALE = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1),
         "ft": Fraction("0.3048"), "in": Fraction("0.0254")}
VOLUME_ASK = _c(r"\bcubic\s+met|\bm³\s*\?|\bm3\s*\?|\bhow\s+many\s+(?:m³|m3)\b|\bvolume\b(?!\.)"
                r"[^.]*\?|\bhow\s+much\s+(?:concrete|soil|mulch|gravel|sand|compost|water)\b")
TONNES_ASK = _c(r"\bhow\s+many\s+(?:tonnes|tons|t)\b|\bin\s+(?:tonnes|tons)\b|\bweigh\b[^.]*\?")
DENSITY = _c(rf"{NUM}\s*(?:t|tonnes?|tons?)\s*(?:per|a|/|an)\s*(?:m³|m3|cubic\s+met\w+)")
PRICE = _c(rf"([$€£¥])?\s*{NUM}\s*(?:[$€£¥])?\s*(?:per|a|/|an|each)\s*(?:square\s+met\w+|m²|m2|"
           r"sq\.?\s*m)\b")
COST_ASK = _c(r"\bhow\s+much\b|\bcost\b|\bprice\b|\bpay\b|\btotal\b")
TILE = _c(rf"tiles?\s+(?:are|of|measuring|at)?\s*{NUM}\s*{LEN}\s*(?:square|sq)\b|{NUM}\s*{LEN}?\s*"
          rf"(?:x|×|by)\s*{NUM}\s*{LEN}\s+tiles?|tiles?\s+(?:are|of|measuring)?\s*{NUM}\s*{LEN}?\s*"
          rf"(?:x|×|by)\s*{NUM}\s*{LEN}|{NUM}\s*{LEN}\s*(?:square|sq)\s+tiles?\b")
HIGH = _c(rf"{NUM}\s*{LEN}\s*(?:high|tall)\b|(?:walls?|ceilings?|height)\s+(?:are\s+|is\s+|of\s+)?"
          rf"{NUM}\s*{LEN}|{NUM}\s*{LEN}\s+(?:ceilings?|walls?)\b")
SQ = r"(?:m²|m2|sq\.?\s*m|square\s+met\w+)"
ROLL = _c(rf"(?:roll|tin|pack|box)\s+covers\s+(?:about\s+)?{NUM}\s*{SQ}")
COVERS = _c(rf"{NUM}\s*{SQ}\s*(?:/|per|a|an|each)\s*(?:l|litre|liter)\b")
TIN = _c(rf"\b(?:tins?|cans?|pots?)\s+(?:are|of|hold|holds|is)\s+{NUM}\s*(?:l|litres?|liters?)\b|"
         rf"{NUM}\s*(?:l|litre|liter)\s+(?:tins?|cans?|pots?)\b")
COATS = _c(r"\b(\d+|two|three|one|two)\s+coats?\b")


def _unit(word: str | None) -> Fraction | None:
    if not word:
        return None
    word = word.lower()
    key = "mm" if word == "mm" else "cm" if word == "cm" else "ft" if word in (
        "ft", "feet", "foot") else "in" if word.startswith("in") else "m"
    return SCALE[key]


Found = tuple[Fraction, tuple[int, int], str, tuple[Fraction, Fraction] | None]


def _area(text: str) -> Found | None:
    """The area (m²), where it is written, how, and its sides when given."""
    sides = SIDES.search(text)
    if sides is not None:
        second = _unit(sides.group(4)) or _unit(sides.group(2))
        first = _unit(sides.group(2)) or second
        if first is None or second is None:
            return None
        a, b = _f(sides.group(1)) * first, _f(sides.group(3)) * second
        return a * b, (sides.start(), sides.end()), sides.group(0), (a, b)
    told = AREA.search(text)
    if told is None:
        return None
    return _f(told.group(1)), (told.start(), told.end()), told.group(0), None


def _whole(count: Fraction, noun: str, basis: str) -> Trip:
    whole = math.ceil(count)
    shown = f"{whole} {noun}" + (f" ({_show(count)} exactly, rounded up)" if whole != count else "")
    return Trip(noun, Fraction(whole), noun, shown, basis)


ROWS = _c(r"\bwhole\s+tiles\b|\bcut(?:ting)?\s+(?:the\s+)?(?:edge|end|ones|tiles)|\bper\s+row\b|"
          r"\bin\s+rows\b|\bedge\s+(?:ones|tiles)\b")
SPARE = r"(?:waste|wastage|breakage|cuts|spares?|offcuts)"
WASTE = _c(rf"(?:add|plus|allow(?:ing)?|extra|with)\s+(?:an?\s+)?(?:extra\s+)?{NUM}\s*"
           rf"(?:%|percent|per\s*cent)\s*(?:extra\s+)?(?:for\s+)?{SPARE}|{NUM}\s*"
           rf"(?:%|percent|per\s*cent)\s+(?:extra\s+)?(?:for\s+)?{SPARE}")


def _tiles(area: Fraction, sides: tuple[Fraction, Fraction] | None,
           tile: tuple[Fraction, Fraction], said: str, text: str) -> Trip:
    """Tiles for a floor: by area, or (when whole tiles are laid in rows with the edge ones
    cut, "whole tiles, cut ones count") tiles per row × rows; with a share added for waste."""
    width, height = tile
    count, basis = area / (width * height), said
    if sides is not None and ROWS.search(text):
        across = math.ceil(sides[0] / width) * math.ceil(sides[1] / height)
        turned = math.ceil(sides[0] / height) * math.ceil(sides[1] / width)
        count = Fraction(min(across, turned))
        basis = f"{math.ceil(sides[0] / width)} per row × {math.ceil(sides[1] / height)} rows " \
                f"({said})" if across <= turned else \
            f"{math.ceil(sides[0] / height)} per row × {math.ceil(sides[1] / width)} rows ({said})"
    if (waste := WASTE.search(text)) is not None:
        share = _f(waste.group(1) or waste.group(2))
        count, basis = count * (1 + share / 100), f"{basis} + {_show(share)}% for waste"
    return _whole(count, "tiles", basis)


BOX = _c(rf"{NUM}\s*{LEN}?\s*(?:x|×|by|\*)\s*{NUM}\s*{LEN}?\s*(?:x|×|by|\*)\s*{NUM}")


def surface(text: str) -> Trip | None:
    """What an area takes: a volume (or its weight), a cost, tiles, rolls or tins."""
    if BOX.search(text):
        return None  # three sides: a box's volume (words_volume)
    found = _area(text)
    if found is None:
        return None
    area, span, said, sides = found
    outside = [m for m in ONE.finditer(text) if not span[0] <= m.start() < span[1]]
    if (tile := TILE.search(text)) is not None and re.search(r"\bhow\s+many\s+tiles\b", text):
        if tile.group(1) or tile.group(11):  # "tiles are 40 cm square", "30 cm square tiles"
            width = height = _f(tile.group(1) or tile.group(11)) * (
                _unit(tile.group(2) or tile.group(12)) or 1)
        else:
            g = list(tile.groups()[2:] if tile.group(3) else tile.groups()[6:])
            u2 = _unit(g[3])
            width, height = _f(g[0]) * (_unit(g[1]) or u2 or 1), _f(g[2]) * (u2 or 1)
        return _tiles(area, sides, (width, height), f"{said} ÷ {tile.group(0)}", text) \
            if width * height > 0 else None
    if (roll := ROLL.search(text)) is not None and sides is not None and \
            (high := HIGH.search(text)) is not None and re.search(r"\brolls?\b", text):
        g = [x for x in high.groups() if x]
        height = _f(g[0]) * (_unit(g[1]) or 1)
        walls = 2 * (sides[0] + sides[1]) * height
        return _whole(walls / _f(roll.group(1)), "rolls",
                      f"2 × ({_show(sides[0])} + {_show(sides[1])}) m × {_show(height)} m ÷ "
                      f"{roll.group(1)} m² a roll")
    if (covers := COVERS.search(text)) is not None and (tin := TIN.search(text)) is not None:
        coats_m = COATS.search(text)
        coats = {"one": 1, "two": 2, "three": 3}.get(coats_m.group(1), 0) or int(
            coats_m.group(1)) if coats_m else 1
        litres = area * coats / _f(covers.group(1))
        size = _f(tin.group(1) or tin.group(2))
        return _whole(litres / size, "tins", f"{said} × {coats} coats ÷ {covers.group(0)} ÷ "
                      f"{size} L a tin") if size > 0 else None
    if (price := PRICE.search(text)) is not None and COST_ASK.search(text):
        cost = area * _f(price.group(2))
        sign = price.group(1) or ""
        return Trip("cost", cost, "money", f"{sign}{float(round(cost, 2)):,.2f}",
                    f"{_show(area)} m² × {price.group(0)}")
    volume_ask, tonnes_ask = VOLUME_ASK.search(text), TONNES_ASK.search(text)
    if volume_ask is None and tonnes_ask is None:
        return None
    depths = [m for m in outside if not re.match(r"\s*(?:away|long|apart)", text[m.end():])]
    if len(depths) != 1:
        return None
    depth = _f(depths[0].group(1)) * (_unit(depths[0].group(2)) or 1)
    volume = area * depth
    basis = f"{said} × {depths[0].group(0)}"
    if tonnes_ask is not None and (density := DENSITY.search(text)) is not None:
        weight = volume * _f(density.group(1))
        return Trip("weight", weight, "t", f"{_show(weight)} t ({_show(volume)} m³)",
                    f"{basis} × {density.group(0)}")
    exact = f" ({float(volume):.3f} m³)" if volume != round(volume, 2) else ""
    return Trip("volume", volume, "m³", f"{_show(volume)} m³{exact}", basis)
