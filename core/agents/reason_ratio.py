"""A ratio asked by the names of its two amounts: "Total:HDL ratio", "the ratio of debt to
income", "power-to-weight", "my total as a multiple of bodyweight". Each name is bound to
the one number the message gives for it (:func:`core.agents.reason_formula.bind`); "as a
multiple of X" without a first name takes the one other amount measured like X.
The text is expanded and lower-cased."""

from __future__ import annotations

from core.agents.mathcall import MathCall
from core.agents.patterns import ci as _c
from core.agents.reason_formula import bind
from core.agents.reason_quantities import quantities

CUE = _c(r"\bratio\b|-to-|\bmultiple\s+of\b|/[a-z0-9]+\s+as\s+a\s+percent")
OWNER = r"(?:(?:my|the|our|your|their|his|her)\s+)?"
ASKS = (
    _c(r"\b([a-z]+)\s*[:/]\s*([a-z]+)\s+ratio\b"),
    _c(r"\b([a-z][a-z0-9]*)\s*[:/]\s*([a-z][a-z0-9]*)\s+(?:ratio\b|as\s+a\s+percent)"),
    _c(rf"\bratio\s+of\s+{OWNER}([a-z]+)\s+to\s+{OWNER}([a-z]+)\b"),
    _c(r"\b([a-z]+)-to-([a-z]+)\b"),
    _c(rf"\b(?:{OWNER}([a-z]+)\s+)?as\s+a\s+multiple\s+of\s+{OWNER}([a-z]+)\b"),
)
NOT_NAMES = frozenset({"is", "that", "it", "this", "what", "and", "total's"})


def named_ratio(text: str) -> MathCall | None:
    """The ratio of the two named amounts, or None."""
    if not CUE.search(text):
        return None
    for pattern in ASKS:
        match = pattern.search(text)
        if match is not None:
            break
    else:
        return None
    top, below = match.group(1), match.group(2)
    rest = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    given = [q for q in quantities(rest, None) or [] if q.unit.dims or q.unit.text == ""]
    used: set[int] = set()
    under = bind(below, rest, given, used)
    if under is None:
        return None
    if top and top not in NOT_NAMES:
        over = bind(top, rest, given, used)
    else:
        taken = next(q for q in given if q.start in used)
        same = [q for q in given if q.start not in used and q.unit.dims == taken.unit.dims]
        over = same[0].value if len(same) == 1 and taken.unit.dims else None
    if over is None:
        return None
    if "percent" in match.group(0):  # "FEV1/FVC as a percentage"
        return MathCall("evaluate", f"100 * {over} / {under}", unit="%")
    return MathCall("evaluate", f"{over} / {under}")
