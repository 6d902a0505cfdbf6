"""Figures that carry a list's numbers forward: a projection of the average over a period, an
index with the first value as 100, the share of a target reached or what is left of a budget,
the average of the changes from one value to the next or the last change, two lists' change,
a list's total in another unit of time, and the plain total or average asked in everyday words
("how much did we raise?", "what am I averaging per shift?").
"""

from __future__ import annotations

import itertools
import math
import re
import statistics

from core.agents.data_figures import fmt, money
from core.agents.patterns import ci

KEEP_UP = ci(r"\bif\s+(?:i|we|you|it|this|that|they|he|she)\s+(?:keep|kept|carry|carries|"
             r"continue|go|stay|stick)\w*\b|\bkeep\w*\s+(?:that|this|it)\s+up\b|\bat\s+(?:that|"
             r"this|the\s+same|my|our|the)\s+(?:average\s+)?(?:rate|pace|level|average)\b|"
             r"\bsame\s+(?:rate|pace|average)\b|\bon\s+(?:that|this)\s+average\b|\bproject\w*\b|"
             r"\bextrapolat\w*\b|\bat\s+that\s+average\s+rate\b")
PERIOD = ci(r"\b(?:over|for|in|across|during|per|a|an|each|one|the)\s+(?:a\s+|an\s+|the\s+|one\s+|"
            r"whole\s+|full\s+|entire\s+|next\s+|coming\s+)*(?:(?P<n>\d+(?:\.\d+)?)[\s-]+)?(?P<u>"
            r"days?|weeks?|months?|years?|quarters?)\b")
OWN_UNIT = ci(r"\b(?P<u>days?|daily|nights?|weeks?|weekly|months?|monthly|years?|yearly|annual|"
              r"quarters?|quarterly|shifts?|bills?)\b")
DAYS = {"day": 1.0, "week": 7.0, "month": 365 / 12, "quarter": 365 / 4, "year": 365.0}


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"daily": "day", "night": "day", "weekly": "week", "monthly": "month",
            "yearly": "year", "annual": "year", "quarterly": "quarter"}.get(word, word)


def projection(values: list[float], request: str) -> str | None:
    """"coffee spend the last few days: … if I keep that up, what's it cost over 30 days?"."""
    if not KEEP_UP.search(request) or len(values) < 2:
        return None
    asked = [m for m in PERIOD.finditer(request) if m.start() > KEEP_UP.search(  # type: ignore[union-attr]
        request).start() - 40]
    if not asked:
        return None
    target = asked[-1]
    unit = _unit(target.group("u"))
    count = float(target.group("n") or 1)
    own = [_unit(m.group("u")) for m in OWN_UNIT.finditer(request[:target.start()])]
    own = [u for u in own if u in DAYS]
    base = own[0] if own else unit
    if base == unit:
        periods = count
    elif base == "month" and unit == "year":
        periods = 12 * count
    elif base == "week" and unit == "year":
        periods = 52 * count
    elif base == "quarter" and unit == "year":
        periods = 4 * count
    else:
        periods = DAYS[unit] * count / DAYS[base]
    mean = statistics.fmean(values)
    plural = "" if target.group("u").lower().endswith("s") or count == 1 else "s"
    said = f"{target.group('n')} {target.group('u')}{plural}" if target.group("n") else f"a {unit}"
    return (f"at the average of {money(mean, request)} a {base}, {said} come to "
            f"**{money(mean * periods, request)}** ({money(mean, request)} × {fmt(periods)})")


INDEX = ci(r"\bindex(?:ed)?\s+(?:to|at|=|of)\s+100\b|\b(?:as|=|equals?|at)\s+100\b[^?]*\bindex|"
           r"\bbase\s*(?:=|of)?\s*100\b|\brebas\w*\b|"
           r"\bindex\s+(?:number|value|figure)s?\b|\bas\s+an\s+index\b")
LAST = ci(r"\b(?:last|latest|final|most\s+recent|current|newest|end)\b")


def index_numbers(values: list[float], request: str) -> str | None:
    if not INDEX.search(request) or len(values) < 2 or not values[0]:
        return None
    indices = [v / values[0] * 100 for v in values]
    listed = ", ".join(fmt(i) for i in indices)
    return (f"index of the last value: **{fmt(indices[-1])}** ({fmt(values[-1])} ÷ "
            f"{fmt(values[0])} × 100); all: {listed}")


LIMIT = ci(r"\b(?P<w3>aim\w*|hop\w*|plann\w*)\s+(?:for|at|to\s+(?:hit|reach|get|sell|raise|make|"
           r"spend)|on)\s+[$€£]?\s*(?P<v3>\d[\d,]*(?:\.\d+)?)\s*(?P<k3>k\b)?|"
           r"\b(?P<w>target|goal|quota|budget|plan|allowance|limit|cap)\s+(?:(?:for\s+)?(?:the\s+|this\s+|"
           r"next\s+|each\s+)?\w+\s+)?"
           r"(?:of|is|was|=|:|at|set\s+at)?\s*[$€£]?\s*(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<k>k\b)?|"
           r"[$€£]?\s*(?P<v2>\d[\d,]*(?:\.\d+)?)\s*(?P<k2>k\b)?\s+(?:[a-z]+\s+)?(?:monthly\s+|weekly\s+|yearly\s+"
           r"|annual\s+)?(?P<w2>target|goal|quota|budget|allowance|limit)\b")
LEFT = ci(r"\b(?:left|remain\w*|to\s+go|still\s+(?:need|have|to)|short|over\s+budget|spare|"
          r"under\s+budget|how\s+much\s+more)\b")
PART = ci(r"\b(?:percent\w*|share|proportion|fraction|how\s+much\s+of|how\s+close|"
          r"towards?|how\s+far\s+along)\b|%")


def against_limit(values: list[float], request: str) -> str | None:
    """The share of a target the listed numbers reach, or what is left of a budget."""
    found = LIMIT.search(request)
    if found is None or len(values) < 2:
        return None
    limit = float((found.group("v") or found.group("v2") or found.group("v3")).replace(",", "")) * (
        1000 if found.group("k") or found.group("k2") or found.group("k3") else 1)
    rest = [v for v in values if v != limit] if limit in values else values
    total = math.fsum(rest)
    word = (found.group("w") or found.group("w2") or "goal").lower()
    if LEFT.search(request[found.end():] if found.end() < len(request) else request):
        left = limit - total
        over = f" — over the {word} by {money(-left, request)}" if left < 0 else ""
        return (f"left of the {word}: **{money(left, request)}** ({money(limit, request)} − "
                f"{money(total, request)} spent){over}")
    if PART.search(request) and limit:
        return (f"share of the {word} reached: **{fmt(total / limit * 100)}%** "
                f"({money(total, request)} of {money(limit, request)})")
    return None


EACH_CHANGE = ci(r"\b(?:each|every|all|the)\s+(?:of\s+the\s+)?(?:[\w-]+[-\s]over[-\s][\w-]+|"
                 r"[\w-]+[-\s]on[-\s][\w-]+|period|step|successive|consecutive|monthly|weekly|"
                 r"yearly|annual|daily)?\s*(?:%|percent(?:age)?)?\s*(?:changes?|growth|rises|"
                 r"increases)\b|\b\w+[-\s](?:over|on)[-\s]\w+\s+(?:%\s+|percent(?:age)?\s+)?(?:changes?|"
                 r"growth)\b|\b(?:average|mean)\s+(?:monthly|weekly|yearly|annual|daily|"
                 r"period)\s+(?:%\s+|percent(?:age)?\s+)?(?:change|growth)\b")
MEAN = ci(r"\b(?:average|mean|avg)\b")
LAST_CHANGE = ci(r"\b(?:last|latest|final|most\s+recent|this)\s+(?:\w+\s+)?(?:change\w*|compared?|"
                 r"vs\.?|versus|against|over|relative|on|from|up|down)\b[^?]*\b(?:before|previous|"
                 r"prior|preceding)\b|\b(?:change\w*|grow\w*|growth|ris\w*|rose|drop\w*|fell|"
                 r"fall\w*)\s+(?:from|since|vs\.?|versus|over|on)\s+the\s+(?:previous|prior|"
                 r"preceding|\w+\s+before)\b")


def changes(values: list[float], request: str) -> str | None:
    """The average of the step-to-step % changes, or the last step's % change."""
    if len(values) < 2 or any(v == 0 for v in values[:-1]):
        return None
    steps = [(b - a) / a * 100 for a, b in itertools.pairwise(values)]
    if EACH_CHANGE.search(request) and MEAN.search(request) and len(values) >= 3 and \
            re.search(r"%|percent", request, re.I):
        shown = ", ".join(f"{s:+.2f}%" for s in steps)
        return f"average of the changes: **{fmt(statistics.fmean(steps))}%** ({shown})"
    if LAST_CHANGE.search(request):
        a, b = values[-2], values[-1]
        return (f"last change: **{fmt(steps[-1])}%** ({fmt(a)} → {fmt(b)}, "
                f"{'+' if b > a else ''}{fmt(b - a)})")
    return None


SHARE_VS_MEAN = ci(r"\b(?:percent\w*|%|share|proportion|fraction|how\s+often|what\s+part)\b[^?]*?\b"
                   r"(?:(?P<gt>above|over|(?:more|higher|greater|bigger|larger)\s+(?:\w+\s+)?than|"
                   r"exceed\w*)|(?P<lt>below|under|(?:less|fewer|lower|smaller)\s+(?:\w+\s+)?than))"
                   r"\s+(?:the\s+|its\s+|their\s+)?"
                   r"(?:average|mean)\b")


def share_versus_mean(values: list[float], request: str) -> str | None:
    """"On what percentage of days was it above the average?"."""
    found = SHARE_VS_MEAN.search(request)
    if found is None or len(values) < 2:
        return None
    mean = statistics.fmean(values)
    above = found.group("gt") is not None
    hits = [v for v in values if (v > mean if above else v < mean)]
    return (f"**{fmt(len(hits) / len(values) * 100)}%** of the values are "
            f"{'above' if above else 'below'} the average ({len(hits)} of {len(values)}; "
            f"average {fmt(mean)})")


EACH_SHARE = ci(r"(?:\b(?:percent(?:age)?s?|shares?|proportions?)|%)\s+(?:of\s+(?:the\s+)?total"
                r"\s+)?(?:for\s+|of\s+|is\s+|are\s+)?each\b|\beach\b[^?]*\b(?:percent(?:age)?|%|share|"
                r"proportion)\s+of\s+(?:the\s+)?(?:total|whole|sum)\b|\bas\s+(?:a\s+)?(?:percent(?:age)?s|"
                r"%|shares)\s+of\s+(?:the\s+)?(?:total|whole|sum)\b")


def each_share(values: list[float], request: str) -> str | None:
    """"What percent of the total is each?": every value's share of the sum."""
    total = math.fsum(values)
    if not EACH_SHARE.search(request) or len(values) < 2 or not total:
        return None
    return "shares of the total: " + ", ".join(
        f"{fmt(v)} → **{fmt(v / total * 100)}%**" for v in values) + f" (total {fmt(total)})"


def two_lists(series: dict[str, list[float]], request: str) -> str | None:
    """Two lists ("before: …; after: …", "last year: …, this year: …") and the % change of
    their averages, or of their totals when totals are asked."""
    if len(series) != 2 or not re.search(r"%|percent|\bgrowth\b|\bgrew\b", request, re.I) or not \
            re.search(r"\bchang\w*|\bgrow\w*|\bgrew\b|\brise\b|\brose\b|\bfell\b|\bdrop\w*|"
                      r"\bincreas\w*|\bdecreas\w*|\bdiffer\w*|\byear[-\s]over[-\s]year\b|\byoy\b",
                      request, re.I):
        return None
    a, b = series.values()
    totals = bool(re.search(r"\b(?:total|sum|annual|overall|whole|combined)\b", request, re.I))
    if not totals and not MEAN.search(request):
        return None
    figure = math.fsum if totals else statistics.fmean
    first, second = figure(a), figure(b)
    if not first:
        return None
    word = "total" if totals else "average"
    change = (second - first) / first * 100
    return (f"change in the {word}: **{fmt(change)}%** ({fmt(first)} → {fmt(second)}, "
            f"{'+' if second > first else ''}{fmt(second - first)})")


TIME_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
LISTED_IN = ci(r"\b(?P<u>seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")
ASKED_IN = ci(r"\bhow\s+many\s+(?P<u>seconds?|minutes?|hours?|days?)\b|\bin\s+(?P<v>seconds|"
              r"minutes|hours|days)\b")


def _time_unit(word: str) -> str:
    word = word.lower()
    return "second" if word.startswith("sec") else "minute" if word.startswith("min") else \
        "hour" if word.startswith("h") else "day"


def total_in_unit(values: list[float], request: str) -> str | None:
    """"Practice sessions (minutes): 49, 78, 36. How many hours is that altogether?"."""
    asked = ([None, *ASKED_IN.finditer(request)])[-1]  # "in minutes: … how many hours?"
    listed = LISTED_IN.search(request)
    if asked is None or listed is None or listed.start() > asked.start() or len(values) < 2:
        return None
    source, target = _time_unit(listed.group("u")), _time_unit(asked.group("u") or asked.group("v"))
    if source == target:
        return None
    total = math.fsum(values)
    converted = total * TIME_UNITS[source] / TIME_UNITS[target]
    if MEAN.search(request) and not re.search(r"\b(?:total|altogether|in\s+all|sum)\b", request,
                                              re.I):
        mean = statistics.fmean(values) * TIME_UNITS[source] / TIME_UNITS[target]
        return f"average **{fmt(mean)}** {target}s ({fmt(statistics.fmean(values))} {source}s)"
    if target == "hour" and re.search(r"\bhours?\s+and\s+min", request, re.I):
        whole, rest = divmod(round(total * TIME_UNITS[source] / 60), 60)
        return f"total **{whole} h {rest} min** ({fmt(converted)} hours, {fmt(total)} {source}s)"
    return f"total **{fmt(converted)}** {target}s ({fmt(total)} {source}s)"


RAISED = ci(r"\b(?:how\s+much|what)\s+(?:did|have|had|do)\s+(?:i|we|you|they|he|she|it)\s+(?:raise|"
            r"collect|make|earn|spend|save|get|receive|take\s+in|bring\s+in|pay|give|donate|"
            r"lose|win|sell)\w*|\bhow\s+much\s+(?:in\s+total|altogether|all\s+together|in\s+all|"
            r"overall)\b|\bhow\s+many\b[^?]*\b(?:in\s+total|altogether|in\s+all|all\s+told)\b|"
            r"\bwhat(?:'s|\s+is|\s+was|\s+were)?\s+(?:the\s+|my\s+|our\s+)?(?:total|sum|grand\s+"
            r"total)\b|\btotal\s+(?:for|of|over)\s+the\s+\w+\b|\b(?:add|sum|tot|tally)\s+(?:them|"
            r"these|those|it\s+all|it|all\s+of\s+(?:them|these))\s+up\b|\bin\s+total\s*\?")
AVERAGING = ci(r"\baverag(?:ing|ed)\b|\bon\s+average\b|\bper\s+(?:shift|day|week|month|visit|"
               r"game|session|trip|order|person|night)\s+on\s+average\b|\btypical\s+(?:shift|day|"
               r"week|month)\b")


NET = ci(r"\bhow\s+(?:much|many\s+\w+|far)\s+(?:have|has|did|had)\s+(?:i|we|it|they|he|she|you|"
         r"the\s+\w+|my\s+\w+)\s+(?P<w>lost|lose|gained|gain|grown|grow|dropped|drop|fallen|fall|"
         r"risen|rise|improved|improve|put\s+on|shed|come\s+down|gone\s+(?:up|down)|go\s+(?:up|"
         r"down)|changed?|moved?)\b")


def net_change(values: list[float], request: str) -> str | None:
    """"My weights: 81.2, 80.9, 80.5, 80.1 kg. How much have I lost?": the last less the first."""
    found = NET.search(request)
    if found is None or len(values) < 2:
        return None
    change = values[-1] - values[0]
    word = found.group("w").lower()
    down = word.startswith(("los", "shed", "drop", "fall", "come"))
    said = "lost" if change < 0 and down else "gained" if change > 0 and word.startswith((
        "gain", "put")) else "change"
    shown = fmt(abs(change)) if said != "change" else f"{'+' if change > 0 else ''}{fmt(change)}"
    return (f"{said}: **{shown}** (from {fmt(values[0])} to {fmt(values[-1])}, a change of "
            f"{'+' if change > 0 else ''}{fmt(change)})")


def plain_figure(values: list[float], request: str) -> str | None:
    """The total or the average of the listed numbers asked in everyday words."""
    if len(values) < 3:
        return None
    if AVERAGING.search(request):
        total = money(math.fsum(values), request)
        return f"average **{money(statistics.fmean(values), request)}** ({total} ÷ {len(values)})"
    if RAISED.search(request):
        return f"total **{money(math.fsum(values), request)}** ({len(values)} amounts)"
    return None


__all__ = [
    "against_limit",
    "changes",
    "each_share",
    "index_numbers",
    "net_change",
    "plain_figure",
    "projection",
    "share_versus_mean",
    "total_in_unit",
    "two_lists",
]
