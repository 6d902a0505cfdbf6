"""Named statistics the summary line does not give, worked from the listed or attached data.

"the 75th percentile (nearest-rank)", "a 10% trimmed mean", "the two modes", "the sample
covariance of x and y", "the RMSE of the cheap thermometer against the reference", "the
average on the days it rained", "the average on a Monday", "what share came in December,
January and February": each is read from the request and worked exactly from the numbers,
to the places asked.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import statistics

from core.agents.data_bands import band_line
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

PERCENTILE = ci(r"\b(?P<p>\d{1,2}(?:\.\d+)?)\s*(?:st|nd|rd|th)?\s*(?:-\s*)?percentile\b|"
                r"\bp(?P<q>\d{1,2})\b(?!\s*(?:=|is)\s*\d)|\bpercentile\s+(?P<r>\d{1,2})\b")
NEAREST_RANK = ci(r"\bnearest[\s-]+rank\b|\bceil(?:ing)?\s*\(")
TRIMMED = ci(r"\b(?:(?P<p>\d{1,2})\s*(?:%|percent)\s*(?:-\s*)?)?trimmed\s+(?:mean|average)\b"
             r"(?:[^.?!]*?\b(?P<q>\d{1,2})\s*(?:%|percent))?")
MODES = ci(r"\b(?:two|both|all\s+(?:the\s+)?|multiple|several)\s+modes\b|\bmodes\b|\bbimodal\b|"
           r"\bmulti-?modal\b")
COVARIANCE = ci(r"\bco-?variance\b|\bcov\s*\(")
ERRORS = ci(r"\b(?P<rmse>rmse|root[\s-]+mean[\s-]+squared?[\s-]+error)\b|"
            r"\b(?P<mae>mae|mean\s+absolute\s+(?:error|deviation\s+between))\b|"
            r"\b(?P<bias>mean\s+(?:bias|error)|average\s+(?:bias|error))\b")
PAIR = re.compile(r"(?P<a>-?\d+(?:\.\d+)?)\s*(?:vs\.?|versus|v\.?|->|→|against)\s*"
                  r"(?P<b>-?\d+(?:\.\d+)?)", re.I)
NONZERO = ci(r"\b(?:days?|times?|weeks?|months?)\s+(?:when\s+|that\s+|on\s+which\s+)?"
             r"(?:it\s+)?(?:actually\s+|really\s+)?(?:rained|snowed|it\s+rained)\b|"
             r"\bignor\w*\s+(?:the\s+|any\s+|all\s+)?(?:dry\s+days|zeros?|zero\s+(?:days|values|"
             r"rows|entries))\b|\bexclud\w*\s+(?:the\s+|any\s+)?(?:zeros?|dry\s+days|zero\s+\w+)|"
             r"\bnon-?zero\b|\bwet\s+days\b|\brainy\s+days\b|\bleav\w*\s+out\s+(?:the\s+)?zeros?\b")
AVERAGE = ci(r"\b(?:average|mean|typical)\b")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = ci(r"\b(?:on\s+(?:a\s+|an\s+)?|for\s+|of\s+)(?P<day>mon|tues|tue|wednes|wed|thurs|thu|"
             r"fri|satur|sat|sun)(?:day)?s?\b")
ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
SHARE = ci(r"\b(?:share|percent(?:age)?|proportion|fraction|what\s+%|how\s+much\s+of)\b")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")


def _shown(value: float, request: str, default: int = 2) -> str:
    places = places_asked(request)
    text = f"{value:.{default if places is None else places}f}"
    return text.rstrip("0").rstrip(".") if places is None and "." in text else text


def percentile_line(values: list[float], request: str) -> str | None:
    found = PERCENTILE.search(request)
    if found is None or len(values) < 2:
        return None
    p = float(found.group("p") or found.group("q") or found.group("r"))
    if not 0 < p < 100:
        return None
    ordered = sorted(values)
    if NEAREST_RANK.search(request):
        value = ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]
        how = "nearest rank"
    else:
        value = _linear(ordered, p)
        how = "linear interpolation"
    tag = f"{p:g}"
    suffix = "th" if tag.endswith(("11", "12", "13")) else {"1": "st", "2": "nd", "3": "rd"}.get(
        tag[-1], "th")
    return f"P{tag} **{_shown(value, request)}** ({tag}{suffix} percentile, {how})"


def _linear(ordered: list[float], p: float) -> float:
    at = p / 100 * (len(ordered) - 1)
    low = math.floor(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


def trimmed_line(values: list[float], request: str) -> str | None:
    found = TRIMMED.search(request)
    if found is None:
        return None
    share = found.group("p") or found.group("q")
    if share is None or len(values) < 3:
        return None
    cut = math.floor(len(values) * int(share) / 100)
    kept = sorted(values)[cut:len(values) - cut]
    if not kept:
        return None
    return (f"trimmed mean **{_shown(statistics.fmean(kept), request)}** ({share}% trimmed: "
            f"{cut} dropped from each end, {len(kept)} values averaged)")


def modes_line(values: list[float], request: str) -> str | None:
    if MODES.search(request) is None or len(values) < 2:
        return None
    modes = sorted(statistics.multimode(values))
    if len(modes) == len(set(values)):
        return "no value comes up more than once (no mode)"
    shown = [_shown(m, "") for m in modes]
    joined = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"modes **{joined}** ({values.count(modes[0])} times each)" if len(modes) > 1 \
        else f"mode **{joined}** ({values.count(modes[0])} times; only one mode)"


def covariance_line(x: list[float], y: list[float], request: str) -> str | None:
    if COVARIANCE.search(request) is None or len(x) != len(y) or len(x) < 2:
        return None
    population = re.search(r"\bpopulation\b|\bdivid\w*\s+by\s+n\b(?!\s*-)", request, re.I)
    mx, my = statistics.fmean(x), statistics.fmean(y)
    total = math.fsum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    value = total / (len(x) if population else len(x) - 1)
    kind = "population" if population else "sample"
    return f"covariance **{_shown(value, request)}** ({kind}, n = {len(x)})"


def errors_line(reference: list[float], measured: list[float], request: str) -> str | None:
    found = ERRORS.search(request)
    if found is None or len(reference) != len(measured) or not reference:
        return None
    errors = [b - a for a, b in zip(reference, measured, strict=True)]
    if found.group("rmse"):
        value = math.sqrt(math.fsum(e * e for e in errors) / len(errors))
        return f"RMSE **{_shown(value, request)}** (root mean square error, {len(errors)} pairs)"
    if found.group("mae"):
        value = math.fsum(abs(e) for e in errors) / len(errors)
        return f"MAE **{_shown(value, request)}** (mean absolute error, {len(errors)} pairs)"
    value = math.fsum(errors) / len(errors)
    return f"mean error **{_shown(value, request)}** (measured − reference, {len(errors)} pairs)"


def pairs_listed(request: str) -> tuple[list[float], list[float]] | None:
    """"29.8 vs 29.9; 10.3 vs 10.4; …": the first and second figures of each pair."""
    found = list(PAIR.finditer(request))
    if len(found) < 3:
        return None
    return [float(m.group("a")) for m in found], [float(m.group("b")) for m in found]


def nonzero_mean_line(values: list[float], request: str) -> str | None:
    if NONZERO.search(request) is None or AVERAGE.search(request) is None:
        return None
    kept = [v for v in values if v != 0]
    if not kept or len(kept) == len(values):
        return None
    return (f"average of the non-zero values **{_shown(statistics.fmean(kept), request)}** "
            f"({len(kept)} of {len(values)} values; {len(values) - len(kept)} zeros left out)")


def _weekday(label: str) -> int | None:
    if (iso := ISO.match(label.strip())) is not None:
        try:
            return dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"])).weekday()
        except ValueError:
            return None
    word = label.strip().lower()[:3]
    return next((i for i, day in enumerate(WEEKDAYS) if len(word) == 3 and day.startswith(word)),
                None)


def weekday_mean_line(values: list[float], labels: list[str], request: str) -> str | None:
    found = WEEKDAY.search(request)
    if found is None or AVERAGE.search(request) is None or len(labels) != len(values):
        return None
    said = found.group(0).lower()
    if not re.search(r"\ban?\s|days\b|s$", said) and any(
            label.lower().startswith(found["day"].lower()[:3]) for label in labels):
        return None  # "12.5 mm on Mon 3, …": a row's own label, not a day asked about
    day = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(found["day"].lower()[:3]))
    days = [_weekday(label) for label in labels]
    if any(d is None for d in days):
        return None
    kept = [v for v, d in zip(values, days, strict=True) if d == day]
    if not kept:
        return None
    return (f"average on a {WEEKDAYS[day].title()} **{_shown(statistics.fmean(kept), request)}** "
            f"({len(kept)} {WEEKDAYS[day].title()}s)")


def _named(label: str, request: str) -> bool:
    word = label.strip().lower()
    if not word or word.isdigit():
        return False
    month = next((m for m in MONTHS if len(word) >= 3 and m.startswith(word)), None)
    names = [word] + ([month] if month else [])
    return any(re.search(rf"\b{re.escape(n)}\b", request, re.I) for n in names)


def share_line(values: list[float], labels: list[str], request: str) -> str | None:
    """The share of the whole that the rows named in the request make up."""
    if SHARE.search(request) is None or len(labels) != len(values) or len(values) < 3:
        return None
    picked = [i for i, label in enumerate(labels) if _named(label, request)]
    total = math.fsum(values)
    if len(picked) < 2 or len(picked) == len(values) or total == 0:
        return None
    part = math.fsum(values[i] for i in picked)
    names = ", ".join(labels[i] for i in picked)
    return (f"share of the total **{_shown(part / total * 100, request)}%** ({names}: "
            f"{_shown(part, '')} of {_shown(total, '')})")


def named_statistics(series: dict[str, list[float]], request: str,
                     labels: list[str] | None = None) -> list[str]:
    """Every named statistic the request asks of the data, first column first."""
    if not series:
        return []
    values = next(iter(series.values()))
    lines = [percentile_line(values, request), trimmed_line(values, request),
             modes_line(values, request), nonzero_mean_line(values, request),
             band_line(values, request)]
    if labels:
        lines += [weekday_mean_line(values, labels, request), share_line(values, labels, request)]
    columns = list(series.values())
    if (pairs := pairs_listed(request)) is not None:
        columns = list(pairs)
    if len(columns) >= 2:
        lines += [covariance_line(columns[0], columns[1], request),
                  errors_line(columns[0], columns[1], request)]
    return [line for line in lines if line]


__all__ = ["named_statistics", "pairs_listed"]
