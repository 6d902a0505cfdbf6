"""A defined quantity worked for each record the message lists, then totalled or compared:
"load = RPE × minutes. Mon RPE 4 for 60 min; Wed RPE 6 for 45 min. Weekly load, and the
biggest single session?" → the sum of the loads and the largest one. A record is one
``;``-separated part (else ``,``-separated) of the message that gives every name of the
formula exactly once; the total, largest, smallest or average is what the question asks."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from core.agents.mathcall import MathCall
from core.agents.mathvalues import encode
from core.agents.reason_exact import exact_value

WANTS = (("total", re.compile(r"\b(?:total|weekly|overall|altogether|in\s+all|sum|combined|"
                              r"whole\s+week|all\s+together)\b")),
         ("largest", re.compile(r"\b(?:biggest|largest|highest|maximum|max|most|hardest|"
                                r"heaviest|greatest)\b")),
         ("smallest", re.compile(r"\b(?:smallest|lowest|least|minimum|easiest|lightest)\b")),
         ("average", re.compile(r"\b(?:average|mean|typical)\b")))
MIN_RECORDS = 2


def over_records(name: str, given: str, asked: str,
                 worked: Callable[[str], str | None]) -> MathCall | None:
    """The totals asked of the formula ``worked`` out for each record in ``given``."""
    parts = [p for p in given.split(";") if re.search(r"\d", p)]
    if len(parts) < MIN_RECORDS:
        parts = [p for p in given.split(",") if re.search(r"\d", p)]
    records = [e for p in parts if (e := worked(p)) is not None]
    if len(records) < MIN_RECORDS or len(records) != len(parts):
        return None
    for part in parts:
        asked = asked.replace(part.strip(), " ")
    wants = sorted((m.start(), name) for name, pattern in WANTS
                   if (m := pattern.search(asked)) is not None)
    if not wants:
        return None
    try:
        values = [exact_value(r) for r in records]
    except (ValueError, ZeroDivisionError, OverflowError, RecursionError, SyntaxError):
        return None
    if len(wants) == 1:
        joined = {"total": " + ".join(f"({r})" for r in records),
                  "average": f"({' + '.join(f'({r})' for r in records)}) / {len(records)}",
                  "largest": f"max({', '.join(records)})",
                  "smallest": f"min({', '.join(records)})"}
        return MathCall("evaluate", joined[wants[0][1]])
    shown = {"total": sum(values, Fraction(0)), "largest": max(values), "smallest": min(values),
             "average": sum(values, Fraction(0)) / len(values)}
    return MathCall("values", encode(*((f"{want} {name}", f"text:{_plain(shown[want])}", "")
                                       for _, want in wants)))


def _plain(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return format((Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP), "f")
