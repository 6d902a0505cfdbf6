"""Colour words from requests, mapped to CSS colours, and readable text colours."""

from __future__ import annotations

import re

NAMED: dict[str, str] = {
    "black": "#111111", "white": "#ffffff", "grey": "#8a8f98", "gray": "#8a8f98",
    "red": "#e03131", "orange": "#f76707", "yellow": "#fcc419", "gold": "#d4a72c",
    "green": "#2f9e44", "teal": "#0ca678", "cyan": "#15aabf", "blue": "#1c7ed6",
    "navy": "#1b2a4e", "purple": "#7048e8", "violet": "#7950f2", "pink": "#e64980",
    "brown": "#8d5524", "beige": "#f1e4c8", "cream": "#fff8e7", "mint": "#c3fae8",
    "lavender": "#e5dbff", "coral": "#ff6b6b", "turquoise": "#22b8cf",
    "dark": "#14161a", "light": "#f8f9fa",
}
_WORD = re.compile(r"\b(" + "|".join(NAMED) + r")\b", re.IGNORECASE)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
_BACKGROUNDS = (
    re.compile(
        r"(?:background|bg)\s+(?:colou?r\s+)?(?:to\s+|is\s+|in\s+|of\s+)?"
        r"(#[0-9a-fA-F]{3,6}\b|[a-z]+)",
        re.IGNORECASE,
    ),
    re.compile(r"(#[0-9a-fA-F]{3,6}\b|[a-z]+)\s+background", re.IGNORECASE),
)


def to_css(word: str) -> str | None:
    """A safe CSS colour for a colour word or hex code, or None."""
    if _HEX.fullmatch(word):
        return word.lower()
    return NAMED.get(word.lower())


def background_colour(text: str) -> str | None:
    for pattern in _BACKGROUNDS:
        for match in pattern.finditer(text):
            colour = to_css(match.group(1))
            if colour:
                return colour
    return None


def colour_words(text: str) -> list[str]:
    """Every colour mentioned, in order, as CSS colours."""
    found = [m.group(0) for m in re.finditer(_HEX.pattern + "|" + _WORD.pattern, text, re.I)]
    return [c for c in (to_css(w) for w in found) if c]


def luminance(colour: str) -> float:
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(ch * 2 for ch in hexa)
    r, g, b = (int(hexa[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return "#16181d" if luminance(background) > 0.55 else "#f8f9fa"
