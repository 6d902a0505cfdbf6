"""Series read from the words of a message: "weight: 70, 71, 72", pairs "(64, 138), …", two
runs compared, rows named with an index ("Week 3 45.2"), or the one list of the message; the
rounding asked ("1 dp") and a moving average's window ("3-day") are no figures of the data."""

from __future__ import annotations

import re

from core.agents.data_asks import pairs_in
from core.agents.data_compare import paired_runs
from core.agents.data_labels import labelled_values, values_labelled
from core.agents.data_lists import main_list
from core.agents.rounding_asked import PLACES
from core.tools.data import numbers_in

WINDOW = re.compile(r"\b\d+\s*-?\s*(?:points?|days?|weeks?|months?|years?|items?|values?|"
                    r"periods?|readings?|games?|runs?)\b(?=[\s-]+(?:moving|rolling|running|"
                    r"trailing|average|avg|mean|window))", re.I)
SERIES = re.compile(r"(?P<name>[A-Za-z][\w ]{0,30}?)(?:\s*\([^()\d]{1,12}\))?\s*[:=]\s*\[?\s*"
                    r"(?P<values>[$€£]?-?\d(?:[\d.,\s$€£-]|\band\s+(?=[$€£]?-?\d))*)")
ASKED_WORDS = re.compile(r"\b(average|mean|median|compute|calculate|find|give|what|the|"
                         r"of|these|numbers|standard|deviation|variance|trend|analy[sz]e|plot|which|how|"
                         r"many|most|often|appears?|common|count|over|above|below|under|is|are)\b",
                         re.I)
PAIRED = re.compile(r"\b(correlat\w*|relationship|related|compare)\b", re.I)


def series_from_text(text: str) -> dict[str, list[float]]:
    text = WINDOW.sub(" ", PLACES.sub(" ", text))  # "1 dp", "a 3-day rolling average": no data
    if paired := pairs_in(text):  # "(64, 138), (28, 115), …": two series
        return paired
    if (prose := values_labelled(text)) is not None:  # "32 min on Jun 2, 18 min on Jun 3, …"
        head = text[:prose[2]].rstrip().splitlines()[-1:] or [""]
        name = _name(head[0].rstrip(" :-–")) if head[0].rstrip().endswith((":", "-", "–")) else ""
        return {name if name else "values": prose[1]}
    named = {_name(m.group("name")): numbers_in(m.group("values"))
             for m in SERIES.finditer(text)}
    named = {k: v for k, v in named.items() if len(v) >= 2}
    if named and not (len(named) == 1 and "values" in named):
        return named
    if PAIRED.search(text) and (runs := paired_runs(text)):
        return runs  # "ages 7, 4, 3 …, prices 12650, 15642, 15715 …: how correlated?"
    indexed = labelled_values(text)
    if indexed is not None and any(char.isdigit() for char in "".join(indexed[0])):
        return {"values": indexed[1]}  # "Week 1 46.3, Week 2 47.6 …": the weeks are no data
    values = main_list(text)
    return {"values": values} if values else {}


def _name(raw: str) -> str:
    """A series' own name ("weight: 70, 71"), not the question around the numbers."""
    name = re.sub(r"^(?:and|then|vs\.?|versus)\s+", "", raw.strip(), flags=re.I)  # "x: …, and y: …"
    return "values" if ASKED_WORDS.search(name) or len(name.split()) > 4 or re.search(
        r"\b(?:at|in|on|for|to|from|by|with|were|was|are|be|been|had|have|has|got)$", name,
        re.I) else name  # "… I've looked at: $2075, …" names nothing


__all__ = ["series_from_text"]
