"""Figures that compare parts of a table or a list, in the words people use.

- one row against another named by its label: "how much did it change between June and
  October?", "from March to May", "difference from Q1 to Q3";
- an average weighted by another column: "average price weighted by units sold",
  "units-weighted mean price";
- the row where a target said elsewhere in the message is first reached: "we need 1296 …
  in which month did the running total first reach it?";
- the second half against the first: "H1 to H2 percentage change", "how did the second half
  compare with the first?";
- the longest run of rises or falls: "longest streak of days going up", "most consecutive
  weeks of decline";
- one column's total against another's: "total actual minus total budget", "how far over
  budget", "year-on-year change in the total, as a percentage";
- the correlation of the two measured columns, leaving out a column that numbers the rows.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics

from core.agents.data_counts import out_of
from core.agents.data_listed import OF_TOTAL, SHARE, TOP
from core.agents.data_lists import GLUED, RUN
from core.agents.data_query import Table, _word_at, measure
from core.agents.data_table import figure as fmt
from core.agents.data_table import plain_name
from core.agents.patterns import ci
from core.agents.rounding_asked import places_asked
from core.tools.data import numbers_in

CHANGE = ci(r"\b(?:chang\w*|differ\w*|grow|grew|grown|growth|ris(?:e|en)|rose|fell|fall\w*|"
            r"drop\w*|increas\w*|decreas\w*|go\s+(?:up|down)|went\s+(?:up|down)|move\w*|"
            r"shift\w*|gain\w*|los[ste]\w*)\b|\bhow\s+much\s+(?:more|less|higher|lower)\b")
SPAN = ci(r"\b(?:between|from)\s+(?:the\s+)?(?P<a>[\w'-]+)\s+(?:and|to|till|until|through|"
          r"thru|-|–)\s+(?:the\s+)?(?P<b>[\w'-]+)")


def _row(labels: list[str], word: str) -> int | None:
    hits = [i for i, label in enumerate(labels) if label.lower() == word.lower() or (
        len(word) >= 3 and label.lower().startswith(word.lower()[:3]) and
        word.lower().startswith(label.lower()[:3]) and len(label) >= 3)]
    return hits[0] if len(hits) == 1 else None


def _signed(value: float) -> str:
    return f"{'+' if value > 0 else ''}{fmt(value)}"


def span_change(table: Table, request: str) -> str | None:
    """The value at one named row minus the value at an earlier one."""
    if not CHANGE.search(request) or (asked := measure(table, request)) is None:
        return None
    labels = table.labels()
    for found in SPAN.finditer(request):
        a, b = _row(labels, found.group("a")), _row(labels, found.group("b"))
        if a is None or b is None or a == b:
            continue
        name, values = asked
        gap = values[b] - values[a]
        share = f"; {gap / abs(values[a]) * 100:+.2f}%" if values[a] else ""
        if share and PERCENT.search(request):  # the percent asked is the figure shown
            pct = f"{gap / abs(values[a]) * 100:+.{places_asked(request) or 2}f}"
            return (f"% change in {plain_name(name)} from {labels[a]} to {labels[b]}: "
                    f"**{pct}%** ({fmt(values[a])} → {fmt(values[b])}; {_signed(gap)})")
        return (f"change in {plain_name(name)} from {labels[a]} to {labels[b]}: **{fmt(gap)}** "
                f"({fmt(values[a])} → {fmt(values[b])}{share})")
    return None


WEIGHTED = (
    ci(r"\bweighted\s+(?:by|with|on|according\s+to)\s+(?:the\s+)?(?:number\s+of\s+)?"
       r"(?P<w>[\w ]{2,30})"),
    ci(r"\bweighted\s+(?:average|mean|avg)\b[^?]{0,40}?\bby\s+(?:the\s+)?(?:number\s+of\s+|no\.?\s+"
       r"of\s+)?(?P<w>\w+)"),
    ci(r"\b(?P<w>[\w-]+?)[-\s]weighted\b"),
    ci(r"\b(?:average|avg|mean)\s+(?:purchase\s+|buy(?:ing)?\s+)?(?:cost|price)\s+(?:paid\s+)?per\s+"
       r"(?P<w>share|unit|item|coin|token|lot)s?\b(?![^?]*\bweighted\b)"),
)


def weighting(request: str) -> re.Match[str] | None:
    """Where the request asks for an average weighted by a column, naming the weight first."""
    return next((m for pattern in WEIGHTED if (m := pattern.search(request)) is not None), None)


WEIGHTS_SAID = ci(r"\btaking\s+(?:the\s+|their\s+|each\s+\w+'?s?\s+)?(?P<w>[\w ]{2,20}?)\s+into\s+"
                  r"account\b|\bweights?\s*(?:=|:|are|is|in|from|given\s+by)\s*(?:the\s+)?(?P<w2>\w+)")
WORD_FORMS = {"quantities": "qty", "quantity": "qty", "amounts": "qty"}


def weighted_mean(table: Table, request: str) -> str | None:
    """"average price weighted by units sold": Σ value × weight ÷ Σ weight."""
    found = WEIGHTS_SAID.search(request) or weighting(request)
    series = table.values()
    if found is None or len(series) < 2:
        return None
    said = next(w for w in found.groups() if w)
    exact = [n for n in series if re.search(rf"\b{re.escape(plain_name(n))}(?:s|es)?\b",
                                            plain_name(said))]
    weights = exact if len(exact) == 1 else [
        n for n in series if _word_at(n, said) is not None or _word_at(
            n, WORD_FORMS.get(said.lower(), said)) is not None]
    if len(weights) != 1:
        return None
    others = [n for n in series if n != weights[0]]
    named = [n for n in others if _word_at(n, request[:found.start()]) is not None]
    value = (named or (others if len(others) == 1 else []))[:1]
    if not value or not (total := math.fsum(series[weights[0]])):
        return None
    top = math.fsum(v * w for v, w in zip(series[value[0]], series[weights[0]], strict=True))
    return (f"weighted average {plain_name(value[0])}: **{fmt(top / total)}** "
            f"(Σ {plain_name(value[0])} × {plain_name(weights[0])} = {fmt(top)}, ÷ "
            f"{fmt(total)} {plain_name(weights[0])})")


REACH_IT = ci(r"\b(?:first\s+)?(?:reach\w*|hit\w*|pass\w*|exceed\w*|cross\w*|top\w*|"
              r"get\s+to|got\s+to|make|made|meet|met|achiev\w*)\s+(?:it|that|this|the\s+(?:target|"
              r"goal|aim|figure|mark|total|number))\b")
FIGURE = re.compile(r"(?<![\w.])[$€£]?(\d[\d,]*(?:\.\d+)?)(k\b)?")
RUNNING = ci(r"\b(?:running|cumulative|cumulatively|so\s+far|altogether|in\s+total|total)\b")


def target_reached(table: Table, request: str) -> str | None:
    """The first row where the running total (or a value) reaches a target said earlier."""
    text = request.split("[csv", 1)[0]
    if REACH_IT.search(text) is None or (asked := measure(table, request)) is None:
        return None
    figures = [float(m.group(1).replace(",", "")) * (1000 if m.group(2) else 1)
               for m in FIGURE.finditer(text)]
    if len(figures) != 1:
        return None
    target, labels = figures[0], table.labels()
    values = asked[1]
    running = RUNNING.search(text) is not None
    seen = list(itertools.accumulate(values)) if running else values
    hit = next((i for i, v in enumerate(seen) if v >= target), None)
    what = "the running total" if running else plain_name(asked[0])
    if hit is None:
        return f"{what} never reaches {fmt(target)} (it ends at **{fmt(seen[-1])}**)"
    return f"{what} first reaches {fmt(target)} in **{labels[hit]}** ({fmt(seen[hit])} by then)"


HALVES = ci(r"\b(?:first|second|1st|2nd|latter|earlier|later)\s+half\b|\bh1\b.{0,40}\bh2\b|"
            r"\bh2\b.{0,40}\bh1\b")
PERCENT = ci(r"%|\bper\s?cent\w*|\bpercentage\b")
MEAN = ci(r"\b(?:average|avg|mean)\b")


def halves_compared(values: list[float], request: str) -> str | None:
    """The second half of the values against the first: totals, and the change in percent."""
    if not HALVES.search(request) or not (CHANGE.search(request) or ci(
            r"\bcompar\w*|\bvs\.?|\bversus\b").search(request)) or len(values) < 2:
        return None
    n = len(values) // 2
    first, second = values[:n], values[len(values) - n:]
    how, figure = ("average", statistics.fmean) if MEAN.search(request) else ("total", math.fsum)
    a, b = figure(first), figure(second)
    percent = f"**{(b - a) / abs(a) * 100:+.2f}%**" if a else "no percentage (the first is 0)"
    lead = percent if PERCENT.search(request) or not a else f"**{_signed(b - a)}**"
    rest = _signed(b - a) if lead == percent else percent.strip("*")
    return (f"second half vs first half: {lead} ({how} {fmt(b)} vs {fmt(a)}; {rest})")


STREAK = ci(r"\b(?:longest|biggest|most|maximum|max)\s+(?:\w+\s+){0,3}?(?:run|streak|stretch|"
            r"sequence|spell|series|string)\b|\bconsecutive\b|\bin\s+a\s+row\b|\bstraight\s+"
            r"(?:days|weeks|months|years)\b")
UP = ci(r"\b(?:up|ris\w*|rose|increas\w*|grew|grow\w*|climb\w*|higher|gain\w*|improv\w*)\b")
DOWN = ci(r"\b(?:down|fall\w*|fell|drop\w*|decreas\w*|declin\w*|lower|shr[ai]nk\w*|los\w*)\b")
STEPS = ci(r"\b(?:rises|falls|increases|decreases|drops|gains|steps|times)\b")


def longest_run(values: list[float], request: str, noun: str = "values") -> str | None:
    """The longest run of values each above (or below) the one before, counted in values."""
    if not STREAK.search(request) or len(values) < 2:
        return None
    up, down = UP.search(request), DOWN.search(request)
    if bool(up) == bool(down):
        if up is None or down is None:
            return None
        down = None if up.start() < down.start() else down
    rising = down is None
    best, start, length = 0, 0, 0
    for i in range(1, len(values)):
        moved = values[i] > values[i - 1] if rising else values[i] < values[i - 1]
        length = length + 1 if moved else 0
        if length > best:
            best, start = length, i - length
    if not best:
        return f"no two values in a row {'rise' if rising else 'fall'}"
    run = values[start:start + best + 1]
    steps = re.search(r"\bhow\s+many\s+(?:rises|falls|increases|decreases|drops|steps|times)\b",
                      request, re.I)
    count, said = (best, "rises" if rising else "falls") if steps else (best + 1, noun)
    return (f"longest run {'up' if rising else 'down'}: **{count}** {said} "
            f"({' → '.join(fmt(v) for v in run)}; {best} {'rise' if rising else 'fall'}"
            f"{'s' if best > 1 else ''} in a row)")


def table_run(table: Table, request: str) -> str | None:
    if (asked := measure(table, request)) is None:
        return None
    first = table.header[0] if table.header else ""
    noun = plain_name(first) if first and first not in table.values() else "rows"
    noun = noun if noun.endswith("s") or " " in noun else f"{noun}s"
    return longest_run(asked[1], request, noun)


MINUS = ci(r"\b(?:minus|less|take\s+away|subtract\w*|versus|vs\.?|against|compared\s+(?:to|with)"
           r"|over|under|off|above|below|beyond)\b")
PLANNED = ci(r"\b(?:budget\w*|plan\w*|target\w*|forecast\w*|expected|estimate\w*|goal|quota)\b")
YOY = ci(r"\byear[-\s]on[-\s]year\b|\byoy\b|\bannual\s+(?:change|growth)\b")
TOTAL = ci(r"\b(?:total\w*|overall|sum|altogether|in\s+all|combined)\b")


def totals_gap(table: Table, request: str) -> str | None:
    """One column's total against another's: named in order ("actual minus budget"), or
    what happened against what was planned ("how far over budget?")."""
    series = table.values()
    if len(series) < 2 or not (TOTAL.search(request) or PLANNED.search(request)) or not (
            MINUS.search(request) or CHANGE.search(request)):
        return None
    found = sorted((at, n) for n in series if (at := _word_at(n, request)) is not None)
    named = [n for _, n in found]
    planned = [n for n in series if PLANNED.search(plain_name(n))]
    if len(planned) == 1 and len(series) == 2:
        new, old = next(n for n in series if n != planned[0]), planned[0]
    elif len(named) == 2 and ci(r"\bminus\b|\bless\b|\btake\s+away\b").search(request):
        new, old = named
    elif len(series) == 2 and (YOY.search(request) or (
            PERCENT.search(request) and CHANGE.search(request))):
        old, new = list(series)
    else:
        return None
    a, b = math.fsum(series[old]), math.fsum(series[new])
    percent = f"; {(b - a) / abs(a) * 100:+.2f}%" if a else ""
    if PERCENT.search(request) and a:
        return (f"change in the total from {plain_name(old)} to {plain_name(new)}: "
                f"**{(b - a) / abs(a) * 100:+.2f}%** ({fmt(a)} → {fmt(b)}, {_signed(b - a)})")
    return (f"total {plain_name(new)} − total {plain_name(old)}: **{fmt(b - a)}** "
            f"({fmt(b)} − {fmt(a)}{percent})")


RELATED = ci(r"\bcorrelat\w*|\brelationship\b|\brelated\b|\btrack\w*|\bmove\s+together\b|"
             r"\bpearson\b|\br\s+between\b|\blinked\b|\bconnected\b")


def column_correlation(table: Table, request: str) -> str | None:
    """Pearson's r between the two columns asked about (or the only two measured)."""
    series = table.values()
    if not RELATED.search(request) or len(series) < 2:
        return None
    found = sorted((at, n) for n in series if (at := _word_at(n, request)) is not None)
    spots = [n for _, n in found]
    pair = spots[:2] if len(spots) >= 2 else list(series) if len(series) == 2 else []
    if len(pair) != 2:
        return None
    xs, ys = series[pair[0]], series[pair[1]]
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        return None
    r = statistics.correlation(xs, ys)
    return (f"correlation between {plain_name(pair[0])} and {plain_name(pair[1])}: "
            f"**{r:.2f}** (Pearson r = {r:.3f})")


def table_halves(table: Table, request: str) -> str | None:
    asked = measure(table, request)
    return halves_compared(asked[1], request) if asked is not None else None


TARGET = ci(r"\b(?:target|goal|aim|quota|benchmark|threshold|bar)\s+(?:was|is|of|=|:|at|set\s+at|"
            r"being)?\s*[$€£]?\s*(?P<n>\d[\d,]*(?:\.\d+)?)")
HIT_IT = ci(r"\b(?:hit|reach\w*|meet|met|make|made|beat|achiev\w*|pass\w*|exceed\w*|miss\w*|"
            r"fell\s+short\s+of|fall\s+short\s+of)\s+(?:it|that|this|the\s+(?:target|goal|aim|quota|"
            r"mark|bar))\b|\bon\s+target\b")
ASK_COUNT = ci(r"\bhow\s+many\b|\bhow\s+often\b|\bnumber\s+of\b|\bcount\b|\bwhat\s+(?:share|"
               r"fraction|proportion|percent\w*|part)\b|\bper\s?cent\w*\b|%|\bshare\b")


COUNTED_OF = ci(r"\b(?:percent\w*|share|proportion|fraction|many|number|count)\s+(?:of\s+)?"
                r"(?:the\s+)?(?P<n>(?!times\b)[a-z]+s)\b")


def target_share(values: list[float], request: str) -> str | None:
    """"Target was 50 a day — on how many days did we hit it?": the values at or above a
    target said in words, counted and as a share."""
    target, hit = TARGET.search(request), HIT_IT.search(request)
    if target is None or hit is None or not ASK_COUNT.search(request) or not values:
        return None
    limit = float(target.group("n").replace(",", ""))
    missed = re.match(r"miss|fell|fall", hit.group(0), re.I) is not None
    hits = [v for v in values if (v < limit if missed else v >= limit)]
    share = f"{len(hits) / len(values) * 100:.2f}"
    noun = COUNTED_OF.search(request)
    counted = f"**{len(hits)}** {noun.group('n').lower()} out of {len(values)}" if noun else \
        out_of(len(hits), len(values), request)
    return (f"{counted} {'missed' if missed else 'hit'} the "
            f"target of {fmt(limit)} ({'below' if missed else 'at or above'} it); that is "
            f"**{share}%**")


def means_gap(series: dict[str, list[float]], request: str) -> str | None:
    """Two lists ("before: …, after: …") and how much their averages (or totals) differ."""
    if len(series) != 2 or PERCENT.search(request) or not CHANGE.search(request) or not (
            MEAN.search(request) or TOTAL.search(request)):
        return None
    (first, a), (second, b) = series.items()
    how, figure = ("average", statistics.fmean) if MEAN.search(request) else ("total", math.fsum)
    x, y = figure(a), figure(b)
    return (f"change in the {how} from {first} to {second}: **{_signed(y - x)}** "
            f"({fmt(x)} → {fmt(y)})")


def paired_runs(text: str) -> dict[str, list[float]] | None:
    """Two runs of numbers of the same length when a relationship is asked ("ages 7, 4, 3
    years, asking 12650, 15642, 15715 dollars — how correlated?")."""
    if not (RELATED.search(text) or re.search(r"\bcompar\w*", text, re.I)):
        return None
    chunks = [numbers_in(c) for c in re.split(r"\band\b|;|\bvs\.?|\bversus\b|\bwith\b", text)]
    lists = [c for c in chunks if len(c) >= 3]
    if len(lists) != 2 or len(lists[0]) != len(lists[1]):
        lists = [run for m in RUN.finditer(GLUED.sub("", text))
                 if len(run := numbers_in(m.group(0))) >= 3]
    if len(lists) != 2 or len(lists[0]) != len(lists[1]):
        return None
    return {"first": lists[0], "second": lists[1]}


def top_of_total(table: Table, request: str) -> str | None:
    """"Which category is the biggest, and what percent of the total is it?": the top row
    and its share of the column's total."""
    top = TOP.search(request)
    if top is None or not SHARE.search(request) or not OF_TOTAL.search(request) or (
            asked := measure(table, request)) is None:
        return None
    name, values = asked
    if len(values) < 2 or not (total := math.fsum(values)):
        return None
    at = values.index(min(values) if top.group("lo") else max(values))
    return (f"{table.labels()[at]} is **{fmt(values[at] / total * 100)}%** of the total "
            f"{plain_name(name)} ({fmt(values[at])} of {fmt(total)})")


def means_change(table: Table, request: str) -> str | None:
    """Two columns' averages and the change from the first named to the second ("% change in
    mean score, test1 → test2"), in percent when asked."""
    series = table.values()
    if not MEAN.search(request) or not (PERCENT.search(request) or CHANGE.search(request)) or (
            weighting(request)):
        return None
    found = sorted((at, n) for n in series if (at := _word_at(n, request)) is not None)
    if len(found) != 2 or found[0][0] == found[1][0]:
        return None
    (_, old), (_, new) = found
    a, b = statistics.fmean(series[old]), statistics.fmean(series[new])
    if PERCENT.search(request) and a:
        places = places_asked(request)
        return (f"change in the average from {plain_name(old)} to {plain_name(new)}: "
                f"**{(b - a) / abs(a) * 100:+.{2 if places is None else places}f}%** "
                f"({fmt(a)} → {fmt(b)})")
    return (f"change in the average from {plain_name(old)} to {plain_name(new)}: "
            f"**{_signed(b - a)}** ({fmt(a)} → {fmt(b)})")


TABLE_KINDS = (top_of_total, column_correlation, span_change, weighted_mean, target_reached,
               table_halves, table_run, means_change, totals_gap)
LIST_KINDS = (target_share, halves_compared, longest_run)


__all__ = ["LIST_KINDS", "TABLE_KINDS", "halves_compared", "longest_run", "means_gap",
           "paired_runs", "table_figures_more", "target_share"]


def table_figures_more(table: Table, request: str) -> list[str]:
    """Every comparison the question asks of the table (at most two)."""
    return [line for kind in TABLE_KINDS if (line := kind(table, request))][:2]
