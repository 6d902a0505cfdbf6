"""Which row of a table a question is about, answered with the row's label.

- the row with the most or the least of a column, in the words people use for it ("which
  product sold best?", "worst month for visitors?", "who put in the most overtime?", "which
  night did I sleep least?", "hottest city?", "my fastest lap" — a time: the smallest);
- rows that share a label added up first ("who paid the most in total?", "where's most of my
  money going, by category?");
- the highest and the lowest values asked together, shown as the file writes them;
- the row after the biggest jump or drop from the row before ("which month jumped most?");
- how many rows are above or below the average.
"""

from __future__ import annotations

import itertools
import re
import statistics

from core.agents.data_between import between_rows
from core.agents.data_counts import out_of
from core.agents.data_jumps import STEP_FILLER, in_percent, steps_between
from core.agents.data_rank import by_label, position_of, ranked
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked

HIGH = (r"best|most|top|highest|largest|biggest|greatest|max(?:imum)?|peak(?:ed|s)?|busiest|"
        r"hottest|warmest|longest|heaviest|tallest|dearest|priciest|most\s+expensive|best[-\s]selling|"
        r"strongest|richest|wettest|slowest")
LOW = (r"worst|least|fewest|lowest|smallest|min(?:imum)?|quietest|coldest|coolest|shortest|"
       r"lightest|cheapest|weakest|driest|fastest|quickest")
WHICH = ci(r"\b(?:which|what|who|whom|whose|where|when|in\s+which|on\s+which|name\s+the)\b|"
           rf"\b(?:our|my|the|your|their)\s+(?:{HIGH}|{LOW})\b|"
           rf"\b(?:{HIGH}|{LOW})\s+(?:[a-z]+\s+){{0,2}}(?:for|in|of)\b|^\s*(?:{HIGH}|{LOW})\b|"
           rf"(?:[,;:]\s*|\band\s+)(?:{HIGH}|{LOW})\s+(?:day|date|month|week|year|time|person|"
           r"product|item|store|shop|place|city|one)\b|\bthe\s+(?:day|date|month|week|year|time|"
           r"one|person|row)\s+(?:it|that|when|where|with|they|we|i)\b")
EXTREME = ci(rf"\b(?P<hi>{HIGH})\b|\b(?P<lo>{LOW})\b")
VALUE_ASK = ci(r"\b(?:which|what)\s+(?:amount|value|figure|number|price|reading|score)\b|"
               r"\bhow\s+(?:much|many|high|low)\b|\bwhat\s+(?:was|is)\s+(?:the|my)\s+(?:lowest|"
               r"highest|smallest|largest|fastest|slowest)\b|\bwhat\s+was\s+my\b")
TIMED = ci(r"\b(?:time|times|seconds?|secs?|minutes?|mins?|duration|lap|pace|split)\b")
MOST = r"(?:most|biggest|largest|greatest|highest|sharpest|steepest)"
JUMP = ci(r"\b(?P<up>jump\w*|r[io]se|rising|gr[eo]w\w*|increas\w*|climb\w*|went\s+up|go\s+up|"
          rf"improv\w*|spik\w*)\b[^?.]*?\b{MOST}\b|\b(?P<down>drop\w*|fell|fall\w*|decreas\w*|"
          rf"declin\w*|went\s+down|go\s+down|dip\w*|slump\w*)\b[^?.]*?\b{MOST}\b|\b(?:biggest|"
          rf"largest|greatest|sharpest)\s+(?P<mid>{STEP_FILLER})(?:(?P<up2>jump|rise|increase|gain|climb|spike)|"
          r"(?P<down2>drop|fall|decrease|decline|dip|loss))\b")
COMPARED = (r"(?:(?P<gt>above|over|more\s+than|higher\s+than|greater\s+than|bigger\s+than|"
            r"better\s+than|beat(?:ing|s)?|exceed(?:ing|s|ed)?|outperform\w*)|(?P<lt>below|under|"
            r"less\s+than|lower\s+than|fewer\s+than|smaller\s+than|worse\s+than))\s+")
VERSUS_AVERAGE = ci(rf"\b(?:how\s+many|count|number)\b[^?]*?\b{COMPARED}(?:the\s+|their\s+|"
                    r"its\s+|our\s+|my\s+)?(?:[a-z]+\s+)?(?:average|mean)\b|"
                    rf"\b(?:average|mean)\b[^?]*?\b(?:how\s+many|count|number)\b[^?]*?\b"
                    rf"{COMPARED.replace('<gt>', '<gt2>').replace('<lt>', '<lt2>')}(?:it|that|"
                    r"this|that\s+(?:figure|number|value))\b")


def shown(value: float, places: int | None) -> str:
    if places is not None:
        return f"{value:.{places}f}"
    return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"


def _grouped(values: list[float], labels: list[str]) -> tuple[list[float], list[str], bool]:
    """Rows that share a label added up, in first-seen order."""
    totals: dict[str, float] = {}
    for label, value in zip(labels, values, strict=True):
        totals[label] = totals.get(label, 0.0) + value
    repeated = len(totals) < len(labels)
    return list(totals.values()), list(totals), repeated


def extreme_rows(name: str, values: list[float], labels: list[str], request: str,
                 places: int | None) -> list[str]:
    """The highest and/or lowest row the question asks about, by its label."""
    asked = [m for m in EXTREME.finditer(request)]
    if not asked or len(labels) != len(values) or not values or not (
            WHICH.search(request) or VALUE_ASK.search(request)):
        return []
    timed = bool(TIMED.search(name) or TIMED.search(request))
    values_, labels_, repeated = _grouped(values, labels)
    column = re.sub(r"[\s_\-]+", " ", name).strip().lower()
    out = []
    for high in dict.fromkeys(_direction(m, timed) for m in asked):
        pick = max if high else min
        best = pick(values_)
        label = labels_[values_.index(best)]
        word = "highest" if high else "lowest"
        summed = " in total" if repeated else ""
        out.append(f"{word} {column}{summed}: **{label}** (**{shown(best, places)}**)")
    return out


def _direction(found: re.Match[str], timed: bool) -> bool:
    """True for the largest value: "fastest" of a time is the smallest, "slowest" the largest;
    "best" and "worst" of a time likewise."""
    word = found.group(0).lower()
    if timed and word in ("best", "top"):
        return False
    if timed and word == "worst":
        return True
    if not timed and word in ("slowest",):
        return False
    if not timed and word in ("fastest", "quickest"):
        return True
    return found.group("hi") is not None


def jump_row(values: list[float], labels: list[str], request: str,
             places: int | None) -> list[str]:
    found = JUMP.search(request)
    if found is None or len(values) < 2:
        return []
    down = bool(found.group("down") or found.group("down2"))
    relative = in_percent(found, request, found.group("mid") or "")
    if (between := steps_between(values, relative)) is None:
        return []
    change, at = min(between) if down else max(between)
    at += 1  # the row the step lands on
    where = labels[at] if len(labels) == len(values) else f"value {at + 1}"
    before = labels[at - 1] if len(labels) == len(values) else f"value {at}"
    sign = "+" if change > 0 else ""
    size = shown(change, places_asked(request) if relative else places) + ("%" if relative else "")
    return [f"biggest {'drop' if down else 'jump'}{' in percent' if relative else ''}: **{where}** "
            f"({sign}{size} from {before}: {shown(values[at - 1], places)} → "
            f"{shown(values[at], places)})"]


SHARE_VERSUS = ci(rf"(?:\bshare\b|\bpercent\w*|\bproportion\b|\bfraction\b|%)[^?]*?\b{COMPARED}"
                  r"(?:the\s+|their\s+|its\s+|our\s+|my\s+)?(?:[a-z]+\s+)?(?:average|mean)\b")
PERCENT = ci(r"%|\bper\s?cent\w*|\bpercentage\b|\bshare\b|\bproportion\b")


def versus_average(values: list[float], request: str) -> list[str]:
    """How many values are above (or below) the mean, with their share when it is asked."""
    found = VERSUS_AVERAGE.search(request) or SHARE_VERSUS.search(request)
    if found is None or not values:
        return []
    mean = statistics.fmean(values)
    above = found.group("gt") is not None or (found.groupdict().get("gt2") is not None)
    count = sum(1 for v in values if (v > mean if above else v < mean))
    share = ""
    if PERCENT.search(request):
        places = places_asked(request)
        share = f"; that is **{count / len(values) * 100:.{2 if places is None else places}f}%**"
    return [f"{out_of(count, len(values), request)} {'above' if above else 'below'} the "
            f"average ({shown(mean, 2)}){share}"]


def counting(values: list[float]) -> bool:
    """A column counting the rows: whole numbers in equal steps (1, 2, 3 … or 0, 5, 10 …)."""
    steps = {b - a for a, b in itertools.pairwise(values)}
    return len(values) > 2 and all(v == int(v) for v in values) and len(steps) == 1 and (
        steps.pop() > 0)


def value_column(series: dict[str, list[float]], labels: list[str],
                 ) -> tuple[str, list[float], list[str]]:
    """The column a row question is about and the rows' labels: a column counting the rows
    (lap 1, 2, 3 …) names them rather than being the values asked about."""
    name, values = next(iter(series.items()))
    index = next((n for n, v in series.items() if counting(v)), None)
    if index is None or len(series) < 2:
        return name, values, labels
    if name == index:
        name, values = next((n, v) for n, v in series.items() if n != index)
    if not labels:
        word = re.sub(r"[\s_\-]+", " ", index).strip().lower()
        labels = [f"{word} {int(v)}" for v in series[index]]
    return name, values, labels


def row_answers(name: str, values: list[float], labels: list[str], request: str,
                places: int | None) -> list[str]:
    """Every row-level answer the question asks of one column."""
    first = between_rows(values, labels, request) + [line for line in (
        position_of(values, labels, request), ranked(values, labels, request, places),
        by_label(name, values, labels, request, places)) if line]
    return first + (jump_row(values, labels, request, places) or extreme_rows(
        name, values, labels, request, places)) + versus_average(values, request)
