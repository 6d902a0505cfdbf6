"""Listed numbers asked about as a whole or in groups.

- how many numbers a list holds ("how many values are there?", "count these");
- the mean once the highest and the lowest are dropped ("drop the top and bottom score and
  average the rest", "a trimmed mean", "ignoring the best and the worst");
- two named groups' means compared ("class A scored …, class B scored …: how much higher is
  A's mean?", "team red: …; team blue: …, difference in average?").
"""

from __future__ import annotations

import re
import statistics

from core.agents.patterns import ci

COUNT = ci(r"\bhow\s+many\s+(?:numbers|values|figures|entries|items|readings|data\s+points|"
           r"scores|amounts|results|measurements)\b(?![^?]*\b(?:above|over|below|under|more|"
           r"less|at\s+least|at\s+most|between|than|or\s+more)\b)|\bcount\s+(?:the|these|those|"
           r"them|up)\b|\bnumber\s+of\s+(?:values|numbers|entries|items|data\s+points)\b")
TRIM = ci(r"\b(?:drop\w*|remov\w*|discard\w*|exclud\w*|ignor\w*|leav\w*\s+out|throw\w*\s+out|"
          r"without|cut\w*|tak\w*\s+(?:away|out)|knock\w*\s+off|not\s+counting|lose)\s+(?:the\s+)?"
          r"(?:highest|top|biggest|largest|best|max\w*)\b[^.?!]*?\b(?:lowest|bottom|smallest|"
          r"worst|min\w*)\b|\b(?:drop\w*|remov\w*|discard\w*|exclud\w*|ignor\w*|leav\w*\s+out|"
          r"throw\w*\s+out|without|cut\w*|not\s+counting)\s+(?:the\s+)?(?:lowest|bottom|"
          r"smallest|worst|min\w*)\b[^.?!]*?\b(?:highest|top|biggest|largest|best|max\w*)\b|"
          r"\btrimmed\s+mean\b|\bolympic\s+(?:average|scoring)\b")
LIST = r"-?\d+(?:\.\d+)?(?:\s*(?:,|;|\band\b|\s)\s*-?\d+(?:\.\d+)?)+"
GROUP = ci(rf"(?P<name>(?:[a-z]+\s+)?[a-z0-9]+)(?:'s)?\s*(?:scored|got|had|made|earned|did|"
           rf"took|were|was|gave|has|have|results?|scores?|marks?|times?|:|=|-)\s*(?::\s*)?"
           rf"(?P<values>{LIST})")
COMPARE = ci(r"\b(?:how\s+much\s+(?:higher|lower|more|less|bigger|smaller|better|worse)|"
             r"difference|differ|gap|compare\w*|versus|vs\.?|minus|how\s+far\s+apart)\b")
MEANS = ci(r"\b(?:mean|means|average|averages|avg)\b")


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _values(raw: str) -> list[float]:
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", raw)]


def count_of(values: list[float], request: str) -> str | None:
    if not COUNT.search(request) or not values:
        return None
    return f"**{len(values)}** numbers are listed"


def trimmed_mean(values: list[float], request: str) -> str | None:
    if not TRIM.search(request) or len(values) < 3:
        return None
    kept = sorted(values)[1:-1]
    mean = statistics.fmean(kept)
    return (f"mean without the highest ({_fmt(max(values))}) and the lowest "
            f"({_fmt(min(values))}): **{_fmt(mean)}** (the {len(kept)} others: "
            f"{', '.join(_fmt(v) for v in kept)})")


def group_means(request: str) -> str | None:
    """Two named groups' means and how far the first is above (or below) the second."""
    if not (COMPARE.search(request) and MEANS.search(request)):
        return None
    groups = [(m.group("name").strip(), _values(m.group("values")))
              for m in GROUP.finditer(request)]
    groups = [(name, values) for name, values in groups if len(values) >= 2]
    if len(groups) != 2:
        return None
    (a, first), (b, second) = groups
    mean_a, mean_b = statistics.fmean(first), statistics.fmean(second)
    gap = mean_a - mean_b
    word = "higher" if gap >= 0 else "lower"
    return (f"mean of {a}: **{_fmt(mean_a)}**; mean of {b}: **{_fmt(mean_b)}**; {a}'s mean is "
            f"**{_fmt(abs(gap))}** {word} (difference {gap:+.2f})")
