"""A share of a share: "60% of the 520 students play a sport, and 50% of those play
football - how many play football?" is 520 × 60% × 50%; "of the rest" takes the share of
what the first share left ("30% of the 200 guests are vegetarian and 10% of the rest are
vegan" → 200 × 70% × 10%).

Used by :mod:`core.agents.reason_fallback`; the text is expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.mathcall import MathCall
from core.agents.patterns import ci as _c

PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b)"
FIRST = _c(rf"{PCT}\s+of\s+(?:the\s+|our\s+|my\s+|all\s+|its\s+|their\s+)?(\d[\d,]*)\b|"
           rf"\bof\s+(?:the\s+|our\s+|my\s+|all\s+|its\s+|their\s+)?(\d[\d,]*)\s+[a-z]+\s*,?\s*"
           rf"{PCT}")
THEN = _c(rf"{PCT}\s+of\s+(?:(those|them|these|that\s+group|this\s+group)|(?:the\s+)?(rest|"
          rf"others|remainder|remaining\s+[a-z]+|other\s+[a-z]+))\b")
ASK = _c(r"\bhow\s+many\b|\bnumber\s+of\b")


def share_of_share(text: str) -> MathCall | None:
    """The count a share of a share of a whole asks for, or None."""
    if (ask := ASK.search(text)) is None:
        return None
    first = FIRST.search(text)
    if first is None or first.start() > ask.start():
        return None
    then = [m for m in THEN.finditer(text, first.end()) if m.start() < ask.start()]
    if len(then) != 1 or len(re.findall(r"\d+(?:\.\d+)?", text)) != 3:
        return None
    whole = (first.group(2) or first.group(3)).replace(",", "")
    part, share = first.group(1) or first.group(4), then[0].group(1)
    kept = f"{part}/100" if then[0].group(2) else f"(1 - {part}/100)"
    return MathCall("evaluate", f"{whole} * {kept} * {share}/100")
