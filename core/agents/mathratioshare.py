"""One part of a ratio as a percentage (or fraction) of the whole: "juice and water are
mixed 8:2. what percent of the drink is juice?" → 8/(8 + 2) = 80%; "profit split 3:6
between me and my partner — my share as a percentage?" → 3/9 = 33.3%; "sand, cement and
gravel in the ratio 3:1:2; what fraction is cement?" → 1/6.

The parts are named before or after the ratio, in its order; the part asked is found by
its name ("my share" is "me"). The text is already expanded and lower-cased.
"""

from __future__ import annotations

import re

from core.agents.mathkinds import Kind
from core.agents.patterns import ci as _c

RATIO = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)(?:\s*:\s*(\d+(?:\.\d+)?))?"
                   r"(?![\d:]|\.\d)")
NAMES = _c(r"\b((?:my\s+|the\s+)?[a-z]+)\s*,?\s+(?:and|to)\s+((?:my\s+|the\s+|his\s+|her\s+)?"
           r"[a-z]+)\b|\b([a-z]+)\s*,\s*([a-z]+)\s*,?\s+and\s+([a-z]+)\b")
SHARE_ASK = _c(r"\b(?:what\s+(?:percent(?:age)?|fraction|share|proportion|part)|percent(?:age)?|"
               r"fraction|share|proportion)\b")
PERCENT = _c(r"\bpercent|%|\bpercentage\b")
FRACTION = _c(r"\bfraction\b")
STOP = {"are", "is", "the", "a", "in", "mixed", "split", "ratio", "between", "of", "with"}
ME = {"me", "i", "myself", "my"}


def _name(word: str) -> str:
    return re.sub(r"^(?:my|the|his|her)\s+", "", word)


def ratio_share(text: str) -> Kind | None:
    """The share of the whole that one named part of a ratio is, or None."""
    if ":" not in text or (ratio := RATIO.search(text)) is None or not SHARE_ASK.search(text):
        return None
    parts = [g for g in ratio.groups() if g]
    names = None
    for found in NAMES.finditer(text):
        words = [_name(g) for g in found.groups() if g]
        if len(words) == len(parts) and not STOP.intersection(words):
            names = words
            break
    if names is None or len(set(names)) != len(names):
        return None
    rest = text[ratio.end():]
    wanted = [i for i, n in enumerate(names) if re.search(rf"\b{re.escape(n)}\b", rest)]
    if "me" in names and re.search(r"\b(?:my|mine|i)\b\s*(?:share|part|cut|portion|get)?", rest):
        wanted = [names.index("me")]
    if len(wanted) != 1:
        return None
    part, whole = parts[wanted[0]], " + ".join(parts)
    name = "me" if names[wanted[0]] in ME else names[wanted[0]]
    if PERCENT.search(text) or not FRACTION.search(text):
        return Kind("evaluate", f"{part}/({whole})*100", unit="%", named=f"share of {name}")
    return Kind("evaluate", f"{part}/({whole})", named=f"share of {name}")
