"""A cube known by one measure, asked another: "a cube has surface area 1014 cm². what's
its volume?", "cube with total surface area 150 — volume?", "a cube's volume is 343 cm³,
what is its surface area?", "the surface area of a cube is 96; how long is an edge?".

The edge is found first (√(area/6) or ∛volume) and the measure asked worked from it. The
text is already expanded and lower-cased.
"""

from __future__ import annotations

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

V = r"(\d+(?:\.\d+)?)"
UNIT = r"\s*(?:(mm|cm|km|m|in|ft|inches|feet|metres?|meters?)(?:²|³|\^[23]|\s+(?:squared|cubed))?)?"
CUBE = _c(r"\bcubes?\b|\bcube[-\s]shaped\b")
AREA = _c(rf"\b(?:total\s+)?surface\s+area\s*(?:of\s+(?:the\s+|a\s+)?cube\s+)?(?:is|of|=|:|was)?\s*"
          rf"{V}{UNIT}")
VOLUME = _c(rf"\bvolume\s*(?:of\s+(?:the\s+|a\s+)?cube\s+)?(?:is|of|=|:|was)?\s*{V}{UNIT}")
ASKED = _c(r"\b(?P<vol>volume)\b[^.,;]*?\?|\b(?P<area>surface\s+area)\b[^.,;]*?\?|"
           r"(?:what|find|how\s+(?:big|much)|work\s+out)\W+(?:is\s+|are\s+|'s\s+)?(?:its\s+|the\s+)?"
           r"(?:(?P<vol2>volume)|(?P<area2>surface\s+area)|(?P<edge>edge|side)s?)|\bhow\s+long\s+is\s+"
           r"(?:an?\s+|each\s+|one\s+)?(?P<edge2>edge|side)|[—–-]\s*(?P<vol3>volume)\b|"
           r"[—–-]\s*(?P<area3>surface\s+area)\b")


def cube_measure(text: str) -> Kind | None:
    """The measure of a cube asked from the one told, or None."""
    if "cube" not in text or not CUBE.search(text):
        return None
    area, volume = AREA.search(text), VOLUME.search(text)
    if (area is None) == (volume is None):
        return None
    told = area or volume
    if told is None:
        return None
    rest = text[: told.start()] + " " + text[told.end():]
    if (asked := ASKED.search(rest)) is None:
        return None
    value, unit = told.group(1), told.group(2) or ""
    edge = f"sqrt({value}/6)" if area is not None else f"({value})^(1/3)"
    unit = {"metre": "m", "metres": "m", "meter": "m", "meters": "m", "inches": "in",
            "feet": "ft"}.get(unit, unit)
    if asked.group("vol") or asked.group("vol2") or asked.group("vol3"):
        if volume is not None:
            return None
        return Kind("evaluate", f"({edge})^3", unit=f"{unit}³" if unit else "", named="volume")
    if asked.group("area") or asked.group("area2") or asked.group("area3"):
        if area is not None:
            return None
        return Kind("evaluate", f"6*({edge})^2", unit=f"{unit}²" if unit else "",
                    named="surface area")
    return Kind("evaluate", edge, unit=unit, named="edge")
