"""A statistic of an attached table's column of durations written m:ss or h:mm:ss.

"the median finishing time in the M50 category (mm:ss)", "my average lap time", "the
fastest split for the women's team": the column's times are read as seconds, the rows the
question names kept (as for any column), and the figure shown the way the file writes it.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable

from core.agents.data_query import Table, kept_rows
from core.agents.data_table import plain_name
from core.agents.patterns import ci

CLOCK = re.compile(r"^(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,3}):(?P<s>\d{2})(?:\.(?P<f>\d{1,3}))?$")
DURATION_NAME = re.compile(r"(?:^|\s)(?:times?|durations?|splits?|laps?|paces?|finish\w*|chip|"
                           r"gun|elapsed|result)(?:\s|$)")
DURATION_ASK = ci(r"\b(?:h:)?mm?:ss\b|\bminutes\s+and\s+seconds\b")
NOT_DURATION = ci(r"\b(?:bed\s?times?|wake|woke|clock|o'clock|arriv\w*|depart\w*|"
                  r"start(?:ed|ing)?\s+at)\b|\d\s*[ap]\.?m\b")
STATS: tuple[tuple[str, re.Pattern[str], Callable[[list[float]], float]], ...] = (
    ("median", ci(r"\bmedian\b"), statistics.median),
    ("average", ci(r"\b(?:average|mean|typical)\b"), statistics.fmean),
    ("fastest", ci(r"\b(?:fastest|quickest|best|shortest|lowest)\b"), min),
    ("slowest", ci(r"\b(?:slowest|longest|worst|highest)\b"), max),
    ("total", ci(r"\b(?:total|altogether|combined|sum)\b"), math.fsum))


def _seconds(cell: str) -> float | None:
    found = CLOCK.match(cell.strip())
    if found is None:
        return None
    whole = int(found["h"] or 0) * 3600 + int(found["m"]) * 60 + int(found["s"])
    return whole + (float("0." + found["f"]) if found["f"] else 0.0)


def _shown(seconds: float, hours: bool, places: int) -> str:
    scale = 10 ** places
    ticks = math.floor(seconds * scale + 0.5)  # half up, to the places the file writes
    whole, part = divmod(ticks, scale)
    h, rest = divmod(whole, 3600)
    m, s = divmod(rest, 60) if hours else divmod(whole, 60)
    tail = f".{part:0{places}d}" if places else ""
    return f"{h}:{m:02d}:{s:02d}{tail}" if hours else f"{m}:{s:02d}{tail}"


def time_column_line(table: Table, request: str) -> str | None:
    """The statistic asked of the table's duration column, for the rows the question keeps."""
    if NOT_DURATION.search(request):
        return None
    for name, cells in table.text.items():
        said = DURATION_NAME.search(plain_name(name)) or DURATION_ASK.search(request)
        if said is None or not cells:
            continue
        values = [_seconds(c) for c in cells]
        if any(v is None for v in values):
            continue
        seconds = [v for v in values if v is not None]
        kept = kept_rows(table, request)
        keep = kept[0] if kept else [True] * len(seconds)
        picked = [v for v, k in zip(seconds, keep, strict=True) if k]
        if not picked:
            return None
        hours = any(c.count(":") == 2 for c in cells)
        places = max((len(m["f"] or "") for c in cells if (m := CLOCK.match(c.strip()))),
                     default=0)
        where = f" for {kept[1]}" if kept else ""
        for word, pattern, work in STATS:
            if pattern.search(request):
                return (f"{word} {plain_name(name)}{where}: **{_shown(work(picked), hours, places)}"
                        f"** ({len(picked)} of {len(seconds)} rows)")
        return None
    return None


__all__ = ["time_column_line"]
