"""Figures asked of one list of numbers beyond the summary line, each kind read in the words
people use for it and worked out on the list.

- the coefficient of variation ("CV of …", "relative standard deviation", "sd as a % of the
  mean"), the mean absolute deviation, the standard error of the mean;
- a z-score of a value said beside the list ("I got 71 – my z score?", "how many standard
  deviations above the mean is 90?");
- the gap between the mean and the median, how far the best (or worst) is from the average;
- the mean once the lowest (or the highest, or an obvious outlier) is left out;
- the score the next test needs for a target average;
- the geometric average of yearly returns in %, the harmonic mean of speeds over equal
  distances;
- a projection of the average over a period ("if I keep that up, over 30 days?", "over a
  full year at that rate"), an index with the first value as 100, the share of a target
  reached or what is left of a budget;
- the average of the changes from one value to the next, the last change in %.
"""

from __future__ import annotations

import math
import re
import statistics

from core.agents.data_lists import main_list
from core.agents.patterns import ci
from core.tools.data import numbers_in

POPULATION = ci(r"\bpopulation\b|\bdivid\w*\s+by\s+n\b(?!\s*-)|\bwhole\s+(?:class|group|set)\b")
SAMPLE = ci(r"\bsample\b|\bn\s*[-−]\s*1\b")


def fmt(value: float) -> str:
    value = 0.0 if abs(value) < 5e-10 else value
    return f"{value:.2f}".rstrip("0").rstrip(".")


def money(value: float, request: str) -> str:
    """Two decimals when the list was money (a currency sign or cents), else plainly."""
    if re.search(r"[$€£]|\d\.\d\d\b", request):
        return f"{value:.2f}"
    return fmt(value)


def _sd(values: list[float], request: str) -> tuple[float, str]:
    if POPULATION.search(request) and not SAMPLE.search(request):
        return statistics.pstdev(values), "population"
    return statistics.stdev(values), "sample"


CV = ci(r"\bcoefficient\s+of\s+variation\b|\bcv\b|\brelative\s+(?:standard\s+deviation|spread|"
        r"variability)\b|\brsd\b|\b(?:standard\s+deviation|sd|std)\s+(?:as\s+a\s+(?:%|percent\w*)"
        r"|relative\s+to)\s+(?:of\s+)?(?:the\s+)?mean\b")


def coefficient_of_variation(values: list[float], request: str) -> str | None:
    if not CV.search(request) or len(values) < 2 or not statistics.fmean(values):
        return None
    sd, kind = _sd(values, request)
    mean = statistics.fmean(values)
    return (f"coefficient of variation **{fmt(sd / mean * 100)}%** ({kind} standard deviation "
            f"{fmt(sd)} ÷ mean {fmt(mean)})")


MAD = ci(r"\b(?P<med>median\s+)?absolute\s+deviation\b|\bmad\b|\baverage\s+(?:distance|deviation)"
         r"\s+from\s+the\s+(?:mean|average)\b|\bmean\s+deviation\b")


def absolute_deviation(values: list[float], request: str) -> str | None:
    found = MAD.search(request)
    if found is None or len(values) < 2:
        return None
    if found.group("med"):
        middle = statistics.median(values)
        mad = statistics.median(abs(v - middle) for v in values)
        return f"median absolute deviation **{fmt(mad)}** (around the median {fmt(middle)})"
    mean = statistics.fmean(values)
    mad = statistics.fmean(abs(v - mean) for v in values)
    return f"mean absolute deviation **{fmt(mad)}** (around the mean {fmt(mean)})"


SEM = ci(r"\bstandard\s+error\b|\bsem\b|\bs\.e\.(?:m\.)?")


def standard_error(values: list[float], request: str) -> str | None:
    if not SEM.search(request) or len(values) < 2:
        return None
    sd = statistics.stdev(values)
    return (f"standard error of the mean **{fmt(sd / math.sqrt(len(values)))}** (sample "
            f"standard deviation {fmt(sd)} ÷ √{len(values)})")


Z = ci(r"\bz[\s-]?scores?\b|\bz\b|\bstandard\s+score\b|\bstandardi[sz]ed\s+score\b|\bhow\s+many\s+"
       r"(?:standard\s+deviations|sds?|sigmas?)\b")
OWN = ci(r"\b(?:i|me|my\s+\w+|he|she|they|we)\s+(?:got|scored|had|made|ran|did|was|is|earned)\s+"
         r"(?:a\s+|an\s+)?(?P<v>-?\d+(?:\.\d+)?)|\b(?:score|value|mark|result|reading)\s+(?:of\s+)?"
         r"(?P<w>-?\d+(?:\.\d+)?)(?!\s*,\s*\d)|\b(?:for|of|is)\s+(?:a\s+)?(?P<x>-?\d+(?:\.\d+)?)\s*"
         r"(?:\?|$|\s+(?:above|below|from)\b)")


def z_score(values: list[float], request: str) -> str | None:
    if not Z.search(request) or len(values) < 2:
        return None
    run = _run_span(request)
    own = [m for m in OWN.finditer(request) if not (run[0] <= m.start() < run[1])]
    if not own:
        return None
    value = float(next(g for g in own[-1].groups() if g is not None))
    mean = statistics.fmean(values)
    sd, kind = _sd(values, request)
    if not sd:
        return None
    other = statistics.stdev(values) if kind == "population" else statistics.pstdev(values)
    return (f"z-score of {fmt(value)}: **{fmt((value - mean) / sd)}** (({fmt(value)} − mean "
            f"{fmt(mean)}) ÷ {kind} standard deviation {fmt(sd)}; with the "
            f"{'sample' if kind == 'population' else 'population'} one "
            f"{fmt((value - mean) / other)})")


def _run_span(request: str) -> tuple[int, int]:
    from core.agents.data_lists import RUN

    runs = [m for m in RUN.finditer(request) if len(numbers_in(m.group(0))) >= 3]
    return (runs[0].start(), runs[0].end()) if runs else (0, 0)


MEAN_MEDIAN = ci(r"\b(?:mean|average)\b[^?.]*\bmedian\b|\bmedian\b[^?.]*\b(?:mean|average)\b")
APART = ci(r"\b(?:gap|differ\w*|apart|far|between|minus|exceed\w*|distance|how\s+much\s+(?:higher|"
           r"lower|bigger|smaller|more|less))\b")


def mean_median_gap(values: list[float], request: str) -> str | None:
    if not (MEAN_MEDIAN.search(request) and APART.search(request)) or len(values) < 2:
        return None
    mean, median = statistics.fmean(values), statistics.median(values)
    return (f"gap between the mean and the median: **{fmt(abs(mean - median))}** (mean "
            f"{fmt(mean)}, median {fmt(median)}; mean − median = {fmt(mean - median)})")


HIGH = r"best|highest|top|biggest|largest|greatest|max\w*|peak|strongest|busiest|most"
LOW = r"worst|lowest|bottom|smallest|least|min\w*|weakest|quietest|slowest"
FROM_AVERAGE = ci(r"\b(?:how\s+(?:far|much)|by\s+how\s+much|what\s+margin|difference|gap|"
                  r"distance)\b[^?]*\b(?:above|over|[a-z]+er\s+than|beyond|"
                  r"below|under|lower\s+than|less\s+than|short\s+of|from)\s+(?:the\s+|our\s+|my\s+|"
                  r"their\s+)?(?:average|mean)\b|\b(?:average|mean)\b[^?]*\b(?:beat|exceed\w*|"
                  r"top\w*)\b[^?]*\bby\s+how\s+much\b|\bby\s+how\s+much\b[^?]*\b(?:beat|exceed\w*|outd[io]\w*|"
                  r"top\w*)\s+(?:the\s+|our\s+|my\s+)?(?:average|mean)\b")


def extreme_from_average(values: list[float], request: str) -> str | None:
    """"how far above the average was our best day?": the largest (or smallest) less the mean."""
    if not FROM_AVERAGE.search(request) or len(values) < 2:
        return None
    low = re.search(rf"\b(?:{LOW}|coldest|coolest|cheapest|shortest|lightest|driest|"
                    r"youngest|fewest)\b", request, re.I)
    high = re.search(rf"\b(?:{HIGH})\b|\b(?!(?:{LOW})\b)[a-z]{{3,}}est\b", request, re.I)
    high = None if low is not None and high is not None and high.group(0).lower() == \
        low.group(0).lower() else high
    if re.search(r"\b(?:seconds?|secs?|minutes?|mins?|times?|laps?|pace|splits?)\b", request,
                 re.I) and (quick := re.search(r"\b(?:best|fastest|quickest|worst|slowest)\b",
                                               request, re.I)) is not None:
        fast = quick.group(0).lower() in ("best", "fastest", "quickest")  # a time: less is best
        low, high = (quick, None) if fast else (None, quick)
    if (high is None) == (low is None):
        return None
    mean = statistics.fmean(values)
    if high is not None:
        return (f"the highest ({fmt(max(values))}) is **{fmt(max(values) - mean)}** above the "
                f"average ({fmt(mean)})")
    return (f"the lowest ({fmt(min(values))}) is **{fmt(mean - min(values))}** below the "
            f"average ({fmt(mean)})")


LEAVE = (r"(?:drop\w*|remov\w*|discard\w*|exclud\w*|ignor\w*|leav\w*\s+out|throw\w*\s+out|"
         r"without|not\s+counting|minus|skip\w*|cut\w*|forget\w*|disregard\w*|toss\w*|lose|losing)")
ONE_END = ci(rf"\b{LEAVE}\s+(?:[\w']+\s+){{0,3}}?(?:(?P<lo>{LOW})|(?P<hi>{HIGH}))\b")
OUTLIER = ci(rf"\boutliers?\b|\bodd\s+one\s+out\b|\banomal\w*|\b{LEAVE}\s+(?:[\w']+\s+){{0,2}}?"
             r"(?:weird|strange|freak|stray|extreme|obvious)\s+(?:one|value|reading|number)\b")


def leave_one_out(values: list[float], request: str) -> str | None:
    """The mean (or total) once the lowest, the highest or an obvious outlier is left out;
    "are there any outliers?" lists those past 1.5 interquartile ranges."""
    if len(values) < 3:
        return None
    if OUTLIER.search(request) and not re.search(rf"\b(?:average|mean|avg|total|sum|rest|"
                                                 rf"others|usual|typical|normal)\b|\b{LEAVE}",
                                                 request, re.I) and len(values) >= 4:
        q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
        low, high = q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1)
        odd = [v for v in values if v < low or v > high]
        listed = ", ".join(f"**{fmt(v)}**" for v in odd) or "none"
        return (f"outliers (beyond 1.5 × the interquartile range, {fmt(low)} to {fmt(high)}): "
                f"{listed}")
    if OUTLIER.search(request):
        middle = statistics.median(values)
        gone = max(values, key=lambda v: abs(v - middle))
        why = "the outlier"
    elif (end := ONE_END.search(request)) is not None and not (
            re.search(rf"\b(?:{LOW})\b", request, re.I) and re.search(
                rf"\b(?:{HIGH})\b", request[end.end():], re.I)):
        gone = min(values) if end.group("lo") else max(values)
        why = "the lowest" if end.group("lo") else "the highest"
    else:
        return None
    rest = list(values)
    rest.remove(gone)
    if re.search(r"\b(?:total|sum|altogether)\b", request, re.I):
        return f"total without {why} ({fmt(gone)}): **{fmt(math.fsum(rest))}**"
    return (f"average without {why} ({fmt(gone)}): **{fmt(statistics.fmean(rest))}** (the "
            f"{len(rest)} others: {', '.join(fmt(v) for v in rest)})")


NEED = ci(r"\bwhat\s+(?:do|must|should|would|will)\s+(?:i|we|you|he|she|they)\s+(?:score|get|"
          r"need|make)\b|\b(?:what|which)\s+(?:score|mark|grade|result)?\s*(?:do|would|will|should|must)\s+"
          r"(?:i|we|you|he|she|they)\s+(?:need|have\s+to|want)|\bneed\s+to\s+(?:score|get|make|"
          r"hit|average|sell|do|run|walk)|\b(?:score|mark|grade)\s+(?:is\s+|would\s+be\s+)?(?:needed|"
          r"required)|\bhave\s+to\s+(?:score|get)|\bmust\s+(?:score|get|\w+'s\s+\w+\s+be|the\s+"
          r"(?:last|next|final))|\bhow\s+(?:much|high|many)\s+(?:\w+\s+)?(?:do|must|should)\s+"
          r"(?:i|we|you)\b|\b(?:do|does)\s+(?:i|we|you|it)\s+need\b|\bneeded\b")
GOAL = ci(r"\b(?:average|mean|avg)\s+(?:of\s+|to\s+|up\s+to\s+|at\s+|=\s*|becomes?\s+|is\s+)?"
          r"(?:exactly\s+|at\s+least\s+|a\s+)?(?P<t>\d[\d,]*(?:\.\d+)?)|(?P<u>\d[\d,]*(?:\.\d+)?)\s+"
          r"(?:average|mean|avg)\b")
NEXT = ci(r"\b(?:next|last|final|remaining)\s+(?P<n>two|three|four|\d)\s+(?:tests?|exams?|quiz\w*|"
          r"games?|rounds?|days?|runs?|weeks?|months?|matches|subjects?|sessions?)")
THINGS = (r"(?:day|week|month|test|exam|game|subject|module|round|quiz|quizze|run|match|matche|"
          r"paper|class|classe|assignment|shift|session|race|walk|night)")
SPAN = ci(rf"\b(?:over|across|for|in|of)\s+(?:all\s+|the\s+|all\s+the\s+)?(?P<n>\d+)\s+"
          rf"{THINGS}s?\b|\b(?P<n2>\d+)[\s-]{THINGS}s?\s+(?:average|avg|mean)\b")
SMALL = {"two": 2, "three": 3, "four": 4}
SLASHED = re.compile(r"(?<=\d)\s*/\s*(?=\d)")


def needed_next(values: list[float], request: str) -> str | None:
    """What the rest must reach for a stated average: "66, 85, 78, 74 so far - what do I need on
    the next one for an average of 75?", "steps 12727; 7800; 5967 — how many do I need tomorrow
    to average 10,000 over all 4 days?", "what must the last two games average for a mean of 15
    over 6 games?"."""
    goal = GOAL.search(request)
    if not NEED.search(request) or goal is None:
        return None
    target = float((goal.group("t") or goal.group("u")).replace(",", ""))
    span = SPAN.search(request)
    if SLASHED.search(request):  # "13041 / 9993 / 13497": a list written with slashes
        said = request[:goal.start()] + request[goal.end():]
        values = main_list(SLASHED.sub(", ", said if span is None else said.replace(
            span.group(0), "")))
    kept = [v for v in values if v != target] if values.count(target) == 1 and \
        values[-1] == target else values
    if span is not None:
        k = int(span.group("n") or span.group("n2")) - len(kept)
    else:
        more = NEXT.search(request)
        k = (SMALL.get(more.group("n").lower()) or int(more.group("n"))) if more else 1
    if k < 1 or len(kept) < 2:
        return None
    need = (target * (len(kept) + k) - math.fsum(kept)) / k
    each = " each" if k > 1 else ""
    if need < 0:
        return (f"needed: nothing more — {fmt(math.fsum(kept))} so far already gives an average "
                f"of at least {fmt(target)} over {len(kept) + k}")
    return (f"needed{each}: **{fmt(need)}** ({fmt(target)} × {len(kept) + k} − "
            f"{fmt(math.fsum(kept))} so far{f', over the {k} to go' if k > 1 else ''})")


GEOMETRIC = ci(r"\bgeometric\b|\bcompound(?:ed)?\s+(?:average|annual|yearly|mean)\b|"
               r"\bannuali[sz]ed\b")
PERCENTS = re.compile(r"[+-−]?\d+(?:\.\d+)?\s*%")


def geometric_average(values: list[float], request: str) -> str | None:
    if not GEOMETRIC.search(request):
        return None
    rates = [float(m.group(0).replace("%", "").replace("−", "-").strip())
             for m in PERCENTS.finditer(request)]
    if len(rates) >= 2:
        growth = math.prod(1 + r / 100 for r in rates)
        if growth <= 0:
            return None
        mean = (growth ** (1 / len(rates)) - 1) * 100
        return (f"geometric average return **{fmt(mean)}%** a period (the {len(rates)} returns "
                f"compound to {fmt((growth - 1) * 100)}% in all; the plain average is "
                f"{fmt(statistics.fmean(rates))}%)")
    if len(values) >= 2 and all(v > 0 for v in values) and re.search(r"\bgeometric\b", request,
                                                                     re.I):
        return f"geometric mean **{fmt(statistics.geometric_mean(values))}**"
    return None


SAME_DISTANCE = ci(r"\bharmonic\b|\bsame\s+(?:[\d.]+\s*\w+\s+)?(?:distance|loop|route|lap|course|"
                   r"track|trip|circuit|stretch|leg|way|road|run)\b|\beach\s+way\b|\bthere\s+and\s+"
                   r"back\b|\bequal\s+(?:distances|legs|stretches)\b|\bround\s+trip\b")


def harmonic_speed(values: list[float], request: str) -> str | None:
    if not SAME_DISTANCE.search(request) or len(values) < 2 or any(v <= 0 for v in values):
        return None
    if not re.search(r"\bharmonic\b|\b(?:average|mean|overall)\s+(?:speed|pace|rate)\b|"
                     r"\bspeed\b", request, re.I):
        return None
    mean = statistics.harmonic_mean(values)
    return (f"average speed over the whole ride: **{fmt(mean)}** (the harmonic mean, as each "
            f"speed covered the same distance; the plain average {fmt(statistics.fmean(values))}"
            " would overstate it)")


RANK = ci(r"\bpercentile\s+(?:rank\s+)?(?:of|for|is)\s+(?:a\s+|an\s+|my\s+)?(?:score\s+of\s+)?"
          r"(?P<v>-?\d+(?:\.\d+)?)|\bwhat\s+percentile\s+(?:is|was|would\s+be|does)\s+(?:a\s+|an\s+|"
          r"my\s+)?(?:score\s+of\s+)?(?P<w>-?\d+(?:\.\d+)?)|\b(?:i|my\s+\w+)\s+(?:got|scored|was|is)\s+"
          r"(?P<x>-?\d+(?:\.\d+)?)\b[^?]*\bpercentile\b")


def percentile_rank(values: list[float], request: str) -> str | None:
    """"What percentile is 85 in these scores?": the share of values below it."""
    found = RANK.search(request)
    if found is None or len(values) < 2:
        return None
    value = float(found.group("v") or found.group("w") or found.group("x"))
    below = sum(1 for v in values if v < value)
    equal = sum(1 for v in values if v == value)
    return (f"percentile rank of {fmt(value)}: **{fmt(below / len(values) * 100)}%** of the "
            f"values are below it ({below} of {len(values)}; counting half the ties: "
            f"{fmt((below + equal / 2) / len(values) * 100)}%)")


SHORT = ci(r"\b(?:short\s+of|shy\s+of|behind|below|under)\s+(?:my\s+|the\s+|an?\s+)?(?:target\s+"
           r"of\s+|goal\s+of\s+)?(?P<t>\d+(?:\.\d+)?)(?![\d.])")
ALL = ci(r"\b(?:in\s+total|total|altogether|overall|combined|all\s+told|in\s+all|all\s+together)\b")


def short_of_each(values: list[float], request: str) -> str | None:
    """"hours slept 5, 7.4 … how many hours short of 8 a night am I in total?"."""
    found = SHORT.search(request)
    if found is None or not ALL.search(request) or len(values) < 2 or not re.search(
            r"\bhow\s+(?:many|much|far)\b", request, re.I):
        return None
    target = float(found.group("t"))
    kept = list(values)
    net = target * len(kept) - math.fsum(kept)
    under = math.fsum(target - v for v in kept if v < target)
    unit = re.search(r"\b(?:how\s+many|how\s+much)\s+(?P<u>[a-z]+)", request, re.I)
    u = f" {unit.group('u')}" if unit and unit.group("u").lower() not in (
        "is", "am", "are", "was", "did", "do", "have", "has") else ""
    return (f"short of {fmt(target)} each, in total: **{fmt(net)}**{u} ({len(kept)} × "
            f"{fmt(target)} − {fmt(math.fsum(kept))}; counting only those under {fmt(target)}: "
            f"{fmt(under)})")


__all__ = [
    "absolute_deviation",
    "coefficient_of_variation",
    "extreme_from_average",
    "fmt",
    "geometric_average",
    "harmonic_speed",
    "leave_one_out",
    "mean_median_gap",
    "money",
    "needed_next",
    "percentile_rank",
    "short_of_each",
    "standard_error",
    "z_score",
]
