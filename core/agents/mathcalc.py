"""The calculus asked in a clause: a limit and the point it is taken at, an integral and its
bounds, a derivative, its variable and its order, and stationary points ("the turning points
of x^3 - 12x", "where is the gradient of x^2 - 4x zero?": where the derivative is zero).

The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.patterns import ci as _c

# a bound may be "ln(5)", "ln 5", "e^2"
BOUND = (r"[-+]?(?:(?:ln|log|sqrt)\s*(?:\(\s*\d+(?:\.\d+)?\s*\)|\d+(?:\.\d+)?)|"
         r"\d+(?:\.\d+)?|pi|π|oo|∞|inf(?:inity)?|e)(?:\^\d{1,2}(?![\d.]))?(?:\s*/\s*\d+)?")
LIMIT = _c(r"\blim(?:it)?(?![a-z])")
TENDS = r"(?:->|→|approaches|goes\s+to|tends\s+to(?:wards)?|heads\s+to(?:wards)?)"
LIMIT_POINT = _c(rf"\b(?:as|when|while)\s+([a-z])\s*{TENDS}\s*({BOUND})|"
                 rf"\blim(?:it)?_?\s*(?:of\s+)?(?:as\s+)?[{{(]?\s*([a-z])\s*{TENDS}\s*({BOUND})\s*[}})]?")
INTEGRAL = _c(r"\bintegra(?:l|te|ting|tion)\b|\bantiderivative\b|∫|\barea\s+under\b")
BOUNDS = _c(rf"\b(?:from|between|(?:with\s+)?limits(?:\s+of)?)\s+(?:[a-z]\s*=\s*)?({BOUND})\s*"
            rf"(?:to|and|until|->|\.\.)\s*(?:[a-z]\s*=\s*)?({BOUND})(?!\w|\.\d)"
            rf"|\b(?:on|over|in|across)\s+(?:the\s+)?(?:interval\s+)?[\[(]\s*({BOUND})\s*[,;]\s*"
            rf"({BOUND})\s*[\])]")
DERIVATIVE = _c(r"\bderivative\b|\bdifferentiat\w*|\bd/d[a-z]\b|\bd[a-z]/d[a-z]\b|\bderive\b|"
                r"\b(?:slope|gradient)\s+of\b")
D_VAR = _c(r"\bd/d([a-z])\b(?:\s+of\b)?|\bd[a-z]/d([a-z])\b")
RESPECT = _c(r"\b(?:with\s+respect\s+to|w\.?r\.?t\.?|in\s+terms\s+of)\s+([a-z])\b")
DX = _c(r"(?<=[\w)\s])d(?!o\b)([a-z])\b")  # not "what do I get"
ORDER = _c(r"\b(second|2nd|third|3rd)\s+derivative\b|\bdifferentiate\b.*\b(twice|three times)\b")
STATIONARY = _c(r"\b(?:stationary|critical|turning)\s+points?\b|\bhorizontal\s+tangents?\b|"
                r"\b(?:gradient|slope|derivative|rate\s+of\s+change)\b[^.?!;]*?"
                r"(?P<zero>\s(?:is|equals?|be|becomes?|hits?|reaches?)\s+(?:equal\s+to\s+)?"
                r"(?:zero|0)\b|(?<![=<>])\s(?:zero|0)\s*(?=[?.!]|$))")


WRITTEN_BOUNDS = _c(rf"∫\s*_\s*\{{?\s*({BOUND})\s*\}}?\s*\^\s*\{{?\s*({BOUND})\s*\}}?")


INFLECTION = _c(r"\binflect\w*\b|\bconcavity\s+(?:changes?|switches|flips)\b|\bchanges?\s+"
                r"(?:its\s+)?concavity\b|\bsecond\s+derivative\s+(?:is\s+)?(?:zero|0)\b")


SUBSCRIPT = str.maketrans("₀₁₂₃₄₅₆₇₈₉₋⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-0123456789-")
SCRIPT_BOUNDS = re.compile(r"∫\s*([₀-₉₋]+)\s*(?:\^\s*\{?\s*(-?[\d.]+)\s*\}?|([⁰-⁹⁻¹²³]+))")


def written_bounds(text: str) -> str:
    """"∫_1^5 1/x dx", "∫₀^3 x dx", "∫₀³ x dx" → "∫ from 1 to 5 of 1/x dx"."""
    text = SCRIPT_BOUNDS.sub(lambda m: f"∫_{m.group(1).translate(SUBSCRIPT)}^"
                                       f"{(m.group(2) or m.group(3)).translate(SUBSCRIPT)} ", text)
    return WRITTEN_BOUNDS.sub(lambda m: f"∫ from {m.group(1)} to {m.group(2)} of ".replace(
        "π", "pi"), text)


def stationary(text: str) -> str | None:
    """The text without its "is zero" when it asks where a derivative is zero, else None."""
    match = STATIONARY.search(text)
    if match is None:
        return None
    if match.group("zero"):
        return text[:match.start("zero")] + " " + text[match.end("zero"):]
    return text
