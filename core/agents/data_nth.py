"""The row in a given place of the order ("which month came second in kwh?", "the 2nd highest
price", "third-lowest score", "who was runner-up?")."""

from __future__ import annotations

from core.agents.patterns import ci

PLACES = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
          "5th": 5, "runner": 2}
HIGH = (r"highest|largest|biggest|greatest|most|best|top|hottest|warmest|longest|heaviest|"
        r"dearest|priciest|busiest|tallest|fastest|oldest|strongest")
LOW = (r"lowest|smallest|least|fewest|worst|coldest|coolest|shortest|lightest|cheapest|quietest|"
       r"slowest|youngest|weakest")
TIMED = ci(r"\b(?:times?|seconds?|secs?|minutes?|mins?|pace|laps?|race|golf|strokes?)\b")
NTH = ci(rf"\b(?P<n>second|2nd|third|3rd|fourth|4th|fifth|5th)[-\s]+(?:(?P<hi>{HIGH})|"
         rf"(?P<lo>{LOW}))\b|\b(?:came|come|comes|finish\w*|ranked|placed|was|is|in)\s+"
         r"(?P<n2>second|2nd|third|3rd|fourth|4th|fifth|5th)\b(?!\s+(?:half|quarter|week|"
         r"day|month|row|column|time))|\b(?P<n3>runner)[-\s]?up\b")


def nth_row(values: list[float], labels: list[str], request: str) -> str | None:
    """The label and value in the place asked, highest first unless a low word is used."""
    found = NTH.search(request)
    if found is None or len(labels) != len(values) or not values:
        return None
    place = PLACES[(found.group("n") or found.group("n2") or found.group("n3")).lower()]
    if place > len(values):
        return None
    low = found.group("lo") is not None
    if not (low or found.group("hi")) and TIMED.search(request):
        return None  # "finished third" in a race: the third fastest, not the third largest
    order = sorted(range(len(values)), key=lambda i: values[i], reverse=not low)
    at = order[place - 1]
    if values[at] in (values[order[place - 2]], *(
            [values[order[place]]] if place < len(values) else [])):
        return None  # a tie: no one row holds the place
    said = ("second", "third", "fourth", "fifth")[place - 2]
    return f"{said} {'lowest' if low else 'highest'}: **{labels[at]}** ({values[at]:g})"


__all__ = ["nth_row"]
