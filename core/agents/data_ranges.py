"""A statistic of an attached table's rows whose other column lies in a range.

"the median allowance for kids aged 13 to 15", "average price of houses with 3 to 4
bedrooms", "total sales where the temperature was over 25", "how many orders with a
weight of at least 2 kg", "the mean score of students whose age is between 16 and 18":
the rows are kept by the numeric column named with the range (not the one measured), and
the figure asked is worked from the measured column of the rows kept.
"""

from __future__ import annotations

import copy
import math
import re
import statistics
from collections.abc import Callable

from core.agents.data_query import COUNT, MEAN, SHARE, TOTAL, Table, measure
from core.agents.data_table import figure as fmt
from core.agents.data_table import plain_name
from core.agents.patterns import ci

NUMBER = r"-?\d+(?:\.\d+)?"
LEAD = r"^(?:\s+(?:is|are|was|were|of|in|the|range|ranging|ranged|rated|from)\b){0,3}\s*"
END = r"(?!\s*%|\.\d|\d)"
SPAN = ci(rf"{LEAD}(?:(?P<btw>between)\s+)?(?P<a>{NUMBER})\s*(?:to|-|–|through|thru|"
          rf"(?(btw)and|to))\s*(?P<b>{NUMBER}){END}")
BOUND = ci(LEAD + r"(?P<op>over|above|more\s+than|greater\s+than|higher\s+than|older\s+than|"
           r"at\s+least|under|below|less\s+than|fewer\s+than|lower\s+than|younger\s+than|"
           r"at\s+most|no\s+more\s+than|>=|<=|>|<|≥|≤)\s*"
           rf"(?P<n>{NUMBER}){END}|{LEAD}(?P<m>{NUMBER})\s*(?:\+|or\s+(?P<dir>more|over|"
           r"above|older|higher|less|under|below|younger|lower|fewer))(?!\s*%)")
# the range said before the column's word: "with 3 to 4 bedrooms", "at least 2 kids"
BEFORE = ci(rf"(?<![\d.])(?:(?P<btw>between)\s+)?(?P<a>{NUMBER})\s*(?:to|-|–|(?(btw)and|to))\s*"
            rf"(?P<b>{NUMBER})\s+$|(?P<op>over|above|more\s+than|at\s+least|under|below|"
            rf"less\s+than|fewer\s+than|at\s+most|no\s+more\s+than)\s+(?P<n>{NUMBER})\s+$|"
            rf"(?<![\d.])(?P<m>{NUMBER})\s*(?:\+|or\s+(?P<dir>more|fewer|less))\s+$")
UPWARD = ci(r"^(?:over|above|more|greater|higher|older|at\s+least|>|≥|\+)")
INCLUSIVE = ci(r"^(?:at\s+(?:least|most)|no\s+more|>=|<=|≥|≤)")
MEDIAN = ci(r"\bmedian\b")
SPREAD = ci(r"\bstandard\s+deviation\b|\bstd\.?\s*dev\b|\bsd\b")
HIGHEST = ci(r"\b(?:highest|max(?:imum)?|largest|biggest|most\s+expensive)\b")
LOWEST = ci(r"\b(?:lowest|min(?:imum)?|smallest|cheapest)\b")
STATS: tuple[tuple[str, re.Pattern[str], Callable[[list[float]], float]], ...] = (
    ("median", MEDIAN, statistics.median), ("standard deviation", SPREAD, statistics.stdev),
    ("average", MEAN, statistics.fmean), ("total", TOTAL, math.fsum),
    ("highest", HIGHEST, max), ("lowest", LOWEST, min))
STOP = frozenset("per the total number amount value count date day".split())


def _stems(name: str) -> list[str]:
    words = [w for w in plain_name(name).split() if len(w) >= 3 and w not in STOP]
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words]


def _test(found: re.Match[str]) -> tuple[Callable[[float], bool], str] | None:
    """The rows a range keeps, and how to say it."""
    if found.groupdict().get("a") is not None:
        low, high = sorted((float(found.group("a")), float(found.group("b"))))
        return (lambda v: low <= v <= high), f"{fmt(low)} to {fmt(high)}"
    word = found.group("op") or found.group("dir") or "+"
    bound = float(found.group("n") or found.group("m"))
    up, inclusive = bool(UPWARD.match(word)), bool(INCLUSIVE.match(word)) or bool(
        found.group("m"))
    sign = (">=" if up else "<=") if inclusive else (">" if up else "<")
    if up:
        return ((lambda v: v >= bound) if inclusive else (lambda v: v > bound)), \
            f"{sign} {fmt(bound)}"
    return ((lambda v: v <= bound) if inclusive else (lambda v: v < bound)), f"{sign} {fmt(bound)}"


def _condition(table: Table, request: str) -> tuple[str, list[bool], str] | None:
    """The numeric column a range is said of, the rows it keeps, and how to say so."""
    asked = request.lower()
    for name, values in table.numeric.items():
        if table.counting(name):
            continue
        for stem in _stems(name):
            for said in re.finditer(rf"\b{re.escape(stem)}\w*", asked):
                rest = asked[said.end():said.end() + 60]
                found = SPAN.match(rest) or BOUND.match(rest) or BEFORE.search(
                    asked[max(0, said.start() - 40):said.start()])
                if found is None or (test := _test(found)) is None:
                    continue
                keep = [test[0](v) for v in values]
                if any(keep) and not all(keep):
                    return name, keep, f"{plain_name(name)} {test[1]}"
    return None


def range_filtered(table: Table, request: str) -> str | None:
    """The figure asked of the rows whose named numeric column lies in the range said."""
    if len(table.numeric) < 2 or (condition := _condition(table, request)) is None:
        return None
    column, keep, said = condition
    rest = copy.copy(table)
    rest.numeric = {n: v for n, v in table.numeric.items() if n != column}
    asked = measure(rest, request)
    n, k = len(keep), sum(keep)
    if COUNT.search(request) and not MEAN.search(request) and not MEDIAN.search(request):
        return f"**{k}** of {n} rows with {said} ({k} out of {n})"
    if SHARE.search(request) and asked is None:
        return f"{said}: **{k / n * 100:.2f}%** of the rows ({k} out of {n})"
    if asked is None:
        return None
    values = [v for v, kept in zip(asked[1], keep, strict=True) if kept and not math.isnan(v)]
    for word, pattern, work in STATS:
        if pattern.search(request) and len(values) >= (2 if work is statistics.stdev else 1):
            return (f"{word} **{fmt(work(values))}** of {plain_name(asked[0])} for {said} "
                    f"({len(values)} of {n} rows)")
    return None


__all__ = ["range_filtered"]
