"""Two columns of a table that are the same figure at two times ("last_year, this_year",
"test1, test2", "sales_2024, sales_2025", "before, after"): each row's change read from the
earlier column to the later one.

- the row that rose (or fell) the most, in percent when percent is asked ("which item's price
  went up the most in percentage terms?", "biggest % growth - which month?");
- one named row's change ("how did May 2025 compare to May 2024, in percent?");
- the share or number of rows that went up ("what percent scored higher on test2 than
  test1?", "how many improved?");
- the change of the column totals ("one of each: by what % has my basket gone up?").
"""

from __future__ import annotations

import math
import re

from core.agents.data_table import plain_name
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

EARLY = ("before", "old", "last", "previous", "prev", "start", "pre", "then", "baseline",
         "first", "initial", "was")
LATE = ("after", "new", "this", "current", "curr", "end", "post", "now", "followup", "final",
        "second", "latest")
UP = ci(r"\b(?:gr[eo]w\w*|rose|rise[sn]?|rising|increas\w*|went\s+up|gone\s+up|go(?:es)?\s+up|"
        r"jump\w*|gain\w*|improv\w*|climb\w*|grow\w*|inflation|higher|better|up)\b")
DOWN = ci(r"\b(?:f[ae]ll\w*|dropp?\w*|declin\w*|decreas\w*|went\s+down|gone\s+down|shr[aiu]nk\w*|"
          r"los[st]\w*|lower|worse|down|cut)\b")
MOST = ci(r"\b(?:most|biggest|largest|greatest|highest|top|best|fastest|furthest|strongest|"
          r"sharpest|steepest|least|smallest|lowest|worst)\b")
LEAST = ci(r"\b(?:least|smallest|lowest|worst)\b")
WHICH = ci(r"\b(?:which|who|whose|what\s+(?:item|product|month|row|one|category|thing))\b|"
           r"\b(?:item|product|month|category|name)\s+(?:and|\+|&)")
PERCENT = ci(r"%|\bper\s*cent\w*|\bpercent\w*|\brelative\b|\bgrowth\s+rate\b|\byo[yY]\b")
SHARE = ci(r"%|\bper\s*cent\w*|\bpercent\w*|\bshare\b|\bproportion\b|\bfraction\b")
COUNT = ci(r"\bhow\s+many\b|\bcount\b|\bnumber\s+of\b")
BY_HOW = ci(r"\bby\s+how\s+(?:many|much)\b|\bhow\s+many\s+(?:points|marks|more|less|fewer)\b")
AVERAGE = ci(r"\b(?:average|avg|mean|typical(?:ly)?)\b")
TOTAL = ci(r"\bbasket\b|\bone\s+of\s+(?:each|every)\b|\b(?:total|overall|combined|altogether|"
           r"whole)\b")
COMPARE = ci(r"\b(?:compare[sd]?|vs\.?|versus|against|change[sd]?|changing|differ\w*)\b")
SPLIT = re.compile(r"^(?P<stem>.*?)[\s_-]*(?P<n>\d+)$|^(?P<n2>\d+)[\s_-]*(?P<stem2>.*)$")


def _order_key(name: str) -> tuple[str, float] | None:
    """"sales_2024" → ("sales", 2024); "last_year" → ("year", 0); "after" → ("", 1)."""
    words = plain_name(name).split()
    if not words:
        return None
    found = SPLIT.match(" ".join(words))
    if found is not None and (found.group("n") or found.group("n2")):
        stem = (found.group("stem") if found.group("n") else found.group("stem2")) or ""
        stem = re.sub(r"^[a-z]$", "", stem.strip())  # "y2024": the year alone
        return stem, float(found.group("n") or found.group("n2"))
    for index, word in enumerate(words):
        rest = " ".join(words[:index] + words[index + 1:])
        if word in EARLY:
            return rest, 0.0
        if word in LATE:
            return rest, 1.0
    return None


def change_pair(series: dict[str, list[float]]) -> tuple[str, str] | None:
    """The two columns holding one figure at two times, earlier first."""
    keyed = [(key, name) for name in series if (key := _order_key(name)) is not None]
    pairs = [(a, b) for i, a in enumerate(keyed) for b in keyed[i + 1:]
             if a[0][0] == b[0][0] and a[0][1] != b[0][1]]
    if len(pairs) != 1:
        return None
    (key_a, a), (key_b, b) = pairs[0]
    if len(series[a]) != len(series[b]) or not series[a]:
        return None
    return (a, b) if key_a[1] < key_b[1] else (b, a)


def _figure(value: float, places: int | None, whole: bool = False) -> str:
    """To the places asked, else to the hundredth (a whole number plainly when ``whole``)."""
    if whole and places is None and float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.{2 if places is None else places}f}"


def _pct(old: float, new: float) -> float | None:
    return (new - old) / abs(old) * 100 if old else None


def _named_row(labels: list[str], request: str) -> int | None:
    hits = [i for i, label in enumerate(labels) if label and re.search(
        rf"(?<![a-z0-9]){re.escape(label)}(?![a-z0-9])", request, re.I)]
    return hits[0] if len(set(labels[i] for i in hits)) == 1 else None


def row_changes(series: dict[str, list[float]], labels: list[str], request: str) -> str | None:
    """Each row's change between the earlier and the later column, as asked."""
    pair = change_pair(series)
    if pair is None:
        return None
    old, new = series[pair[0]], series[pair[1]]
    places = places_asked(request)
    percent = bool(PERCENT.search(request))
    span = f"{plain_name(pair[0])} → {plain_name(pair[1])}"
    down = bool(DOWN.search(request)) and not UP.search(request)
    if TOTAL.search(request) and percent and (UP.search(request) or DOWN.search(request) or
                                             COMPARE.search(request)):
        before, after = math.fsum(old), math.fsum(new)
        change = _pct(before, after)
        if change is not None:
            return (f"change in the total ({span}): **{_figure(change, places)}%** "
                    f"({_figure(before, 2)} → {_figure(after, 2)})")
    if (SHARE.search(request) or COUNT.search(request)) and not MOST.search(request) and not (
            BY_HOW.search(request) or AVERAGE.search(request)) and (
            UP.search(request) or DOWN.search(request) or ">" in request or "<" in request):
        lower = down or bool(re.search(r"<", request))
        hits = sum(1 for a, b in zip(old, new, strict=True) if (b < a if lower else b > a))
        said = "went down" if lower else "went up"
        if COUNT.search(request) and not SHARE.search(request):
            return f"rows where it {said} ({span}): **{hits}** of {len(old)}"
        return (f"rows where it {said} ({span}): **{_figure(hits / len(old) * 100, places)}%** "
                f"({hits} of {len(old)})")
    if len(labels) != len(old):
        return None
    changes = [(_pct(a, b) if percent else b - a) for a, b in zip(old, new, strict=True)]
    unit = "%" if percent else ""
    word = "% change" if percent else "change"
    if (row := _named_row(labels, request)) is not None and (COMPARE.search(
            request) or percent or UP.search(request) or DOWN.search(request)):
        value = changes[row]
        if value is None:
            return None
        return (f"{labels[row]}: {word} **{_figure(value, places, whole=not percent)}{unit}** "
                f"({_figure(old[row], 2)} → {_figure(new[row], 2)})")
    if not (WHICH.search(request) and MOST.search(request)) or not (
            UP.search(request) or DOWN.search(request) or COMPARE.search(request)):
        return None
    known = [(v, i) for i, v in enumerate(changes) if v is not None]
    if not known:
        return None
    lowest = down != bool(LEAST.search(request))
    value, row = (min if lowest else max)(known)
    said = ("fell the most" if down else "rose the least") if lowest else (
        "rose the most" if not down else "fell the least")
    shown = _figure(value, places, whole=not percent)
    return (f"{said} ({span}): **{labels[row]}** ({word} **{shown}{unit}**; "
            f"{_figure(old[row], 2)} → {_figure(new[row], 2)})")


__all__ = ["change_pair", "row_changes"]
