"""How long a stock shown on a screenshot lasts at the rate it shows ("Tablets left: 36",
"Dose: 2 per day"): the whole days (or weeks) it covers."""

from __future__ import annotations

from fractions import Fraction

from core.agents.patterns import ci
from core.agents.vision_screen import Answer, figures, plain

LASTS = ci(r"\bhow\s+(?:many\s+(?P<u>days|weeks)|long)\b[^.?!]*\b(?:last|cover|keep\s+(?:me|us)"
           r"\s+going|run\s+out)\b")
STOCK = ci(r"\b(?:left|remaining|in\s+stock|on\s+hand|balance|supply|stock|count|pack)\b")
RATE_LINE = ci(r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:\w+\s+)?(?:per|a|each|every|/)\s*(?P<p>day|week)\b|"
               r"\b(?P<m>\d+(?:\.\d+)?)\s*(?:\w+\s+)?(?P<q>daily|weekly)\b")


def lasts_for(question: str, text: str) -> list[Answer]:
    """The days (or weeks) a stock lasts at the rate shown, or []."""
    asked = LASTS.search(question)
    if asked is None:
        return []
    lines = text.splitlines()
    rates = [(Fraction(m.group("n") or m.group("m")), (m.group("p") or m.group("q")).lower())
             for line in lines if (m := RATE_LINE.search(line))]
    stock = [f for f in figures(text) if STOCK.search(f.label) and not RATE_LINE.search(
        lines[f.line] if f.line < len(lines) else "")]
    if len(rates) != 1 or len(stock) != 1 or not rates[0][0]:
        return []
    rate, period = rates[0]
    period = "week" if period.startswith("week") else "day"
    if (asked.group("u") or f"{period}s").lower() != f"{period}s":
        return []  # weeks asked of a daily rate: left to the typed readers
    whole = stock[0].value / rate
    covered = int(whole)
    note = "" if whole == covered else f" ({plain(whole)}, so {covered} whole {period}s)"
    return [(f"That lasts **{covered} {period}s**{note}: {plain(stock[0].value)} ÷ "
             f"{plain(rate)} a {period}.", float(covered))]


__all__ = ["lasts_for"]
