"""Figures of a whole series that people ask by name, worked exactly to the places asked.

- how unusual one value is: "the z-score of the highest", "how many standard deviations
  below the mean is the lowest value (population SD)";
- growth compounded over the steps: "average growth per day, compounded, first to last",
  "CAGR", "compound monthly growth rate";
- the shortfall against a target average: "how far short of averaging 1500 am I, in total",
  "my target is an average of 8: how much more in total would I have needed?";
- two stretches compared: "first 7 vs last 7, % change in the total", "this week's total
  (last 7) against last week's (first 7)";
- the longest streak past a bound: "my best streak of staying above 6", "longest run in a row
  over 1000 - how many months?".
"""

from __future__ import annotations

import math
import statistics

from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

ZSCORE = ci(r"\bz[\s-]?scores?\b|\bstandard(?:ised|ized)\s+scores?\b|\bhow\s+many\s+(?:standard\s+"
            r"deviations?|sds?|std\.?\s+devs?|sigmas?)\s+(?:is\s+\w+\s+|\w+\s+)?(?P<dir>above|"
            r"below|over|under|from|away\s+from|off)\b")
HIGH = ci(r"\b(?:highest|largest|biggest|greatest|max(?:imum)?|top|best|most|peak|hottest|"
          r"heaviest|longest|fastest|warmest)\b")
LOW = ci(r"\b(?:lowest|smallest|least|min(?:imum)?|bottom|worst|coldest|lightest|shortest|"
         r"slowest|cheapest|fewest)\b")
POPULATION = ci(r"\bpopulation\b|\bpop\.?\s+sd\b|\bdivid\w*\s+by\s+n\b(?!\s*[-−]\s*1)")
SAMPLE = ci(r"\bsample\b|\bn\s*[-−]\s*1\b")
COMPOUND = ci(r"\bcompound(?:ed|ing)?\b|\bcagr\b|\bgeometric\s+(?:mean\s+)?(?:growth|rate)\b")
GROWTH = ci(r"\b(?:grow\w*|growth|increase|rate|change|gain|return|rise)\b")
TARGET = ci(r"\b(?:averag(?:e|ing)|mean)\s+(?:of\s+|at\s+)?(?P<t>\d[\d,]*(?:\.\d+)?)\b")
GAP = ci(r"\b(?:short|shortfall|behind|target|goal|aim(?:ing)?|averaging)\b|\bto\s+(?:hit|reach|"
         r"make|get\s+to)\b")
TOTAL = ci(r"\bin\s+total\b|\baltogether\b|\btotal\b|\boverall\b|\ball\s+together\b")
STRETCH = ci(r"\b(?P<w>first|last|final|earliest|latest|opening)\s+(?P<n>\d{1,2})\b")
PERCENT = ci(r"%|\bper\s?cent\w*\b|\bpercentage\b")


def _places(request: str, default: int = 2) -> int:
    places = places_asked(request)
    return default if places is None else places


def _shown(value: float, request: str, default: int = 2) -> str:
    text = f"{value:.{_places(request, default)}f}"
    return "0" if text.strip("-0.") == "" else text


def plain_figure(value: float) -> str:
    """A figure to at most four places, with no trailing zeros ("0.0702", "23140.01")."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def zscore_line(values: list[float], request: str) -> str | None:
    """The z-score of the highest or lowest value, with the SD kind the request names."""
    found = ZSCORE.search(request)
    if found is None or len(values) < 3:
        return None
    high, low = HIGH.search(request), LOW.search(request)
    if (high is None) == (low is None):
        direction = (found.group("dir") or "").lower()
        if direction in ("above", "over") and high is None and low is None:
            pick, word = max(values), "highest"
        elif direction in ("below", "under") and high is None and low is None:
            pick, word = min(values), "lowest"
        else:
            return None
    else:
        pick, word = (max(values), "highest") if high is not None else (min(values), "lowest")
    mean = statistics.fmean(values)
    population = POPULATION.search(request) is not None
    stated = population or SAMPLE.search(request) is not None
    sd = statistics.pstdev(values) if population else statistics.stdev(values)
    if sd == 0:
        return None
    z = (pick - mean) / sd
    side = "above" if z >= 0 else "below"
    kind = "population" if population else "sample"
    line = (f"z-score of the {word} value ({plain_figure(pick)}): **{_shown(z, request)}** — "
            f"{_shown(abs(z), request)} standard deviations {side} the mean "
            f"(mean {plain_figure(mean)}, {kind} SD {plain_figure(sd)})")
    if not stated:  # no kind named: the population figure beside the sample one
        pop = statistics.pstdev(values)
        line += (f"; with the population SD ({plain_figure(pop)}) it is "
                 f"{_shown((pick - mean) / pop, request)}")
    return line


def compound_line(values: list[float], request: str) -> str | None:
    """Growth per step compounded from the first value to the last."""
    found = COMPOUND.search(request)
    if found is None or len(values) < 2 or (
            GROWTH.search(request) is None and found.group(0).lower() != "cagr"):
        return None
    first, last = values[0], values[-1]
    if first <= 0 or last <= 0:
        return None
    steps = len(values) - 1
    rate = ((last / first) ** (1 / steps) - 1) * 100
    return (f"compound growth per step: **{_shown(rate, request)}%** "
            f"(({plain_figure(last)} ÷ {plain_figure(first)})^(1/{steps}) − 1, over {steps} steps)")


def target_gap_line(values: list[float], request: str) -> str | None:
    """How much more in total the values needed to average the target named."""
    found = TARGET.search(request)
    if found is None or GAP.search(request) is None or not values:
        return None
    target = float(found.group("t").replace(",", ""))
    needed = target * len(values)
    gap = needed - math.fsum(values)
    goal, whole, have = (plain_figure(target), plain_figure(needed),
                         plain_figure(math.fsum(values)))
    if gap <= 0:
        return (f"already at or above an average of {goal}: **{plain_figure(-gap)}** over the "
                f"{whole} needed in total ({len(values)} × {goal}; you have {have})")
    per = f"; **{_shown(gap / len(values), request)}** per entry" if not TOTAL.search(
        request) else ""
    places = places_asked(request)
    shown = plain_figure(gap) if places is None else f"{gap:.{places}f}"
    return (f"short of an average of {goal} by **{shown}** in total ({len(values)} × {goal} = "
            f"{whole} needed, you have {have}){per}")


def stretches_line(values: list[float], request: str) -> str | None:
    """The total (or average) of the first n against the last n, and the % change."""
    found = list(STRETCH.finditer(request))
    if len(found) < 2 or PERCENT.search(request) is None:
        return None
    first = next((f for f in found if f.group("w").lower() in ("first", "earliest", "opening")),
                 None)
    last = next((f for f in found if f.group("w").lower() in ("last", "final", "latest")), None)
    if first is None or last is None:
        return None
    a, b = int(first.group("n")), int(last.group("n"))
    if not 0 < a < len(values) or not 0 < b < len(values):
        return None
    before, after = math.fsum(values[:a]), math.fsum(values[-b:])
    if before == 0:
        return None
    change = (after - before) / before * 100
    return (f"change from the first {a} to the last {b}: **{_shown(change, request)}%** "
            f"(totals {plain_figure(before)} → {plain_figure(after)})")


STREAK = ci(r"\bstreaks?\b|\bin\s+a\s+row\b|\bconsecutive(?:ly)?\b|\bstraight\s+(?:days|weeks|"
            r"months|years|nights|games|sessions)\b|\bwithout\s+a\s+break\b")
BOUND = ci(r"\b(?P<dir>above|over|more\s+than|greater\s+than|higher\s+than|at\s+least|below|under|"
           r"less\s+than|fewer\s+than|lower\s+than|at\s+most|or\s+more|or\s+less)\s+"
           r"[$€£]?(?P<t>-?\d[\d,]*(?:\.\d+)?)")


def streak_line(values: list[float], request: str) -> str | None:
    """The longest run of values in a row past the bound the request names."""
    found = BOUND.search(request)
    if STREAK.search(request) is None or found is None or len(values) < 2:
        return None
    bound = float(found.group("t").replace(",", ""))
    way = " ".join(found.group("dir").lower().split())
    tests = {"above": bound.__lt__, "over": bound.__lt__, "more than": bound.__lt__,
             "greater than": bound.__lt__, "higher than": bound.__lt__,
             "at least": bound.__le__, "below": bound.__gt__, "under": bound.__gt__,
             "less than": bound.__gt__, "fewer than": bound.__gt__, "lower than": bound.__gt__,
             "at most": bound.__ge__}
    if way not in tests:
        return None
    best = run = 0
    for value in values:
        run = run + 1 if tests[way](value) else 0
        best = max(best, run)
    return f"longest streak {way} {plain_figure(bound)}: **{best}** in a row (of {len(values)})"


def growth_asks(values: list[float], request: str) -> list[str]:
    """The figures above that the request asks of ``values``."""
    lines = [zscore_line(values, request), compound_line(values, request),
             target_gap_line(values, request), stretches_line(values, request),
             streak_line(values, request)]
    return [line for line in lines if line]


__all__ = ["STREAK", "STRETCH", "growth_asks", "plain_figure"]
