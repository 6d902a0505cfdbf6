"""The unit a data question's numbers are in, and the figures said with it.

A column's name carries it ("distance_km", "Weight (lb)", "speed_kmh"), or the message writes
it by the list ("runs (km): 13.7, 6.5", "3.5, 4.1 and 9 miles", "highs in °F this week: 49").
A statistic is then shown as the question would say it ("mean **37.62** km/h", "total
**3809.78** USD"), and the one asked can be converted by a later part.
"""

from __future__ import annotations

import itertools
import re

SHOWN = {"kmh": "km/h", "kph": "km/h", "km/h": "km/h", "mph": "mph", "c": "°C", "f": "°F",
         "usd": "USD", "eur": "EUR", "gbp": "GBP", "degc": "°C", "degf": "°F", "°c": "°C",
         "°f": "°F"}
NOT_UNITS = frozenset("year years month months week weeks day days count number total value "
                      "values amount cups minute minutes step steps".split())


def unit_after_numbers(request: str) -> str:
    """The unit written after a list of numbers ("3.5, 4.1 and 9 miles" → "miles")."""
    from core.agents.quantities import mentions, prepare

    text = prepare(request)
    for mention in mentions(text):
        if re.search(r"\d\s*$", text[:mention.start]):
            return mention.surface
    colon = re.search(r"(?::|\s[—–-])\s*-?\d", text)  # "highs °C — 2 16 32" too
    for mention in mentions(text):  # "runs (km): 13.7, 6.5", "highs in °F this week: 49"
        if colon is None or mention.start > colon.start():
            break
        if re.search(r"\b(?:this|per|a|an|each|every|last|next)\s+$", text[:mention.start]):
            continue  # "this week", "per day": the period the numbers cover, not their unit
        return re.sub(r"\s+per\s+\w+$", "", mention.surface)  # "inches per day" → "inches"
    return ""


def column_unit(name: str) -> str:
    """"distance_km" → "km", "Weight (lb)" → "lb"; "" when the name carries no unit."""
    from core.agents.quantities import mentions, prepare

    found = mentions(prepare(re.sub(r"[_()\[\]]+", " ", name)))
    return found[-1].surface if found else ""


def shown_unit(unit: str) -> str:
    """The unit as a reply writes it after a figure ("kmh" → "km/h"), or "" for a name that
    only counts (steps, cups, years)."""
    plain = unit.strip().lower()
    if not plain or plain in NOT_UNITS:
        return ""
    return SHOWN.get(plain, unit.strip())


def series_units(series: dict[str, list[float]], request: str,
                 from_file: bool) -> dict[str, str]:
    """Each series' unit as shown: a file's columns by their names, a typed list by the
    message's words."""
    if from_file:
        return {name: shown_unit(column_unit(name)) for name, values in series.items()
                if not _counting(values)}
    if len(series) == 1:
        return {name: shown_unit(unit_after_numbers(request)) for name in series}
    return {}


def _counting(values: list[float]) -> bool:
    """A column counting the rows (1, 2, 3 … or 0, 5, 10 …) names them; it has no unit asked."""
    steps = {round(b - a, 9) for a, b in itertools.pairwise(values)}
    return len(values) > 2 and len(steps) == 1 and steps.pop() > 0


__all__ = ["column_unit", "series_units", "shown_unit", "unit_after_numbers"]
