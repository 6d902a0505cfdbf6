"""The chance of something happening at least once (or never) over repeated tries.

"an event has a 1/6 chance each try; over 2 tries, probability it happens at least once?" →
1 − (5/6)² = 0.31; "a 20% chance of rain each day, what's the chance of no rain all week?"
→ 0.8⁷ = 0.21. The chance is a fraction, a percentage or "1 in 8"; the tries are counted
("over 5 tries", "in 3 attempts", "all week" = 7 days). The text is expanded and lower-cased.
"""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci as _c
from core.agents.reckon_base import Reckoned

CHANCE = _c(r"(?<![\d.])(?:(\d+)\s*/\s*(\d+)|(\d+(?:\.\d+)?)\s*(?:%|percent|per\s*cent)|(\d+)"
            r"\s+in\s+"
            r"(\d+)|(0?\.\d+))\s+(?:chance|probability|likelihood|odds)?[^.?!;]{0,40}?\b(?:each"
            r"|every|"
            r"per|a|on\s+each|on\s+any)\s+(try|tries|time|attempt|go|day|roll|throw|spin|turn|game|"
            r"shot|draw|round|week|year|month|trial)\b")
TRIES = _c(r"\b(?:over|in|across|after|for|with|during|on)\s+(\d+)\s+(?:more\s+)?(tries|times|"
           r"attempts|goes|days|rolls|throws|spins|turns|games|shots|draws|rounds|weeks|years|"
           r"months|trials)\b|\b(all\s+week|a\s+whole\s+week|a\s+week)\b")
AT_LEAST = _c(r"\bat\s+least\s+(?:once|one|1)\b|\b(?:at\s+least\s+one\s+time)\b")
NEVER = _c(r"\b(?:never|not\s+(?:at\s+all|once|even\s+once)|none|no\s+\w+\s+(?:at\s+all|all))\b")


def _chance(found: tuple[str | None, ...]) -> Fraction | None:
    top, bottom, pct, one, many, decimal = found[:6]
    if top and bottom and int(bottom):
        return Fraction(int(top), int(bottom))
    if pct:
        return Fraction(pct) / 100
    if one and many and int(many):
        return Fraction(int(one), int(many))
    return Fraction(decimal) if decimal else None


def repeated_chance(text: str) -> Reckoned | None:
    """At least once, or never, over a number of independent tries."""
    least, never = AT_LEAST.search(text), NEVER.search(text)
    if least is None and never is None:
        return None
    chance, tries = CHANCE.search(text), TRIES.search(text)
    if chance is None or tries is None:
        return None
    p = _chance(chance.groups())
    count = int(tries.group(1)) if tries.group(1) else 7
    if p is None or not 0 <= p <= 1 or not 0 < count <= 1000:
        return None
    none = (1 - p) ** count
    value = 1 - none if least is not None else none
    shown = f"{float(value):.2f} ({float(value):.4f}; {float(value) * 100:.2f}%)"
    basis = (f"1 − (1 − {p})^{count}" if least is not None else f"(1 − {p})^{count}")
    return Reckoned("probability", value, "", basis, text=shown)


KINDS = (repeated_chance,)
