"""The data agent: numbers in the message or a CSV attachment → statistics and a chart;
"plot y = f(x)" → a function plot."""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable
from dataclasses import replace

from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.carry_named import derived_total
from core.agents.data_asks import (
    POPULATION,
    SPREAD,
    asks_range,
    csv_places,
    describe_durations,
    deviation_kind,
    durations_in,
    first_to_last,
    for_label,
    threshold_count,
    total_of,
)
from core.agents.data_clock_spans import clock_spans
from core.agents.data_compare import paired_runs
from core.agents.data_counts import rises_counted
from core.agents.data_fit import best_fit
from core.agents.data_growth import STREAK
from core.agents.data_jumps import STEP, biggest_step
from core.agents.data_labels import named_rows
from core.agents.data_lists import RUN
from core.agents.data_named import named_statistics, pairs_listed
from core.agents.data_paste import pasted_csv, pasted_table
from core.agents.data_pick import date_labels, derived_answers
from core.agents.data_plot import plot_curve, plot_match
from core.agents.data_plot import short_figure as _fmt
from core.agents.data_quartiles import spread_parts
from core.agents.data_rank import ranked
from core.agents.data_rows import counting, row_answers, value_column, versus_average
from core.agents.data_sequence import table_figures
from core.agents.data_series import asked_figures
from core.agents.data_steps import step_asks
from core.agents.data_table import labels_of_values, row_labels, table_answers
from core.agents.data_table import plain_name as _plain
from core.agents.data_text import series_from_text
from core.agents.data_threshold_stats import threshold_figure
from core.agents.data_units import column_unit as _column_unit
from core.agents.data_units import series_units
from core.agents.data_units import unit_after_numbers as _unit_after_numbers
from core.agents.data_words import spoken_list, words_figure
from core.agents.plan import Subtask
from core.agents.rounding_asked import as_asked
from core.messages import Attachment
from core.tools.data import Analysis, DataTools, columns_in_csv, numbers_in
from core.tools.workers import ToolError

BOUND = r"-?(?:\d+(?:\.\d+)?\s*\*?\s*)?(?:pi|π)?(?:\s*/\s*\d+)?"
PLOT = re.compile(r"\b(?:plot|graph|draw|chart|sketch)\s+(?:me\s+)?(?:the\s+)?(?:function\s+|"
                  r"graph\s+of\s+|curve\s+|line\s+)?(?:y\s*=\s*|f\(x\)\s*=\s*)?(?P<e>[^?]+?)"
                  r"(?:\s+(?:for\s+(?:me|us)|please))?"
                  rf"(?:\s+(?:for\s+)?(?:x\s+)?(?:from|between)\s+(?:x\s*=\s*)?(?P<a>{BOUND})\s*"
                  rf"(?:to|and|-|–)\s*(?:x\s*=\s*)?(?P<b>{BOUND}))?\s*[?.!]?$", re.I)
PLOTTABLE = re.compile(r"(?<![a-z])x(?![a-z])", re.I)  # a function of x
EXTRAS = (
    ("variance", re.compile(r"\bvariance\b", re.I)),
    ("sum", re.compile(r"\b(sum|total|add(?:ed)?\s+(?:it\s+|them\s+|these\s+)?up|altogether|"
                       r"(?:come|comes|came)\s+to|"
                       r"all\s+together|combined|in\s+all|all\s+up|all\s+told)\b|\bhow\s+much\s+"
                       r"(?:did|have|had|do)\s+(?:i|we|you|they)\s+(?:spen[dt]|pa(?:y|id)|earn\w*|"
                       r"ma(?:de|ke)|rais\w*|collect\w*|sav\w*|burn\w*)\b", re.I)),
    ("minimum", re.compile(r"\b(min(?:imum)?|smallest|lowest|coldest|coolest|least|"
                           r"cheapest|shortest|slowest|fewest|bottom|driest|lightest|"
                           r"quietest|weakest|youngest|tiniest)\b", re.I)),
    ("maximum", re.compile(r"\b(max(?:imum)?|largest|biggest|highest|hottest|warmest|peak|"
                           r"most|top|longest|fastest|dearest|priciest|wettest|heaviest|"
                           r"busiest|tallest|strongest|greatest|oldest|"
                           r"windiest|rainiest|snowiest|sunniest|cloudiest|stormiest|"
                           r"foggiest|costliest|noisiest|hilliest|deepest|widest|furthest|"
                           r"farthest|steepest|loudest|brightest)\b", re.I)),
    ("range", re.compile(r"\brange\b|\bspread\b|\bhow\s+far\s+apart\b|\b(?:gap|difference)"
                         r"\s+between\s+(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|"
                         r"max\w*|min\w*|top|bottom|best|worst)\b", re.I)),
    ("mode", re.compile(r"\b(?:mode|commonest|most\s+(?:common(?:ly)?|frequent(?:ly)?|often|"
                        r"popular|usual|repeated|times)|(?:came|comes|come|turned|turns|shows?|"
                        r"showed)\s+up\s+(?:the\s+)?most|(?:appear|occur|recurr?)\w*\s+(?:the\s+)?"
                        r"most)\b", re.I)),
)


MODE = dict(EXTRAS)["mode"]


def _as_listed(value: float, request: str) -> str:
    """A listed value shown as the list wrote its numbers ("11.90" when every number has two
    decimals), else plainly."""
    runs = [m.group(0) for m in RUN.finditer(request) if len(numbers_in(m.group(0))) >= 3]
    numbers = re.findall(r"\d+(?:\.(\d+))?", runs[0]) if len(runs) == 1 else []
    places = {len(decimals) for decimals in numbers}
    if len(places) == 1 and 0 < (count := places.pop()) <= 4:
        return f"{value:.{count}f}"
    return _fmt(value)


BOLD_PERCENT = re.compile(r"\*\*[^*]*%\*\*")  # a percentage given as the answer, not aside
MINUTES = re.compile(r"(\d\s*)mins?\b", re.I)  # "every 5 min" asks no minimum
LIMIT_WORDS = re.compile(r"\bat\s+(?:least|most)\b|\b(?:total|sum|add(?:ed)?\s+up)\b", re.I)


def _extras(values: list[float], request: str, labels: list[str] | None = None,
            places: int | None = None, unit: str = "") -> list[str]:
    """Figures the request names that the summary line does not give."""
    request = MINUTES.sub(r"\1minutes", request)
    u = f" {unit}" if unit else ""
    if (kept := threshold_figure(values, request)) is not None:  # "total of those at least 50"
        request = LIMIT_WORDS.sub("", request)  # asks no total of all, nor a minimum
    counted = None if STREAK.search(request) else threshold_count(values, request)
    out = [line for line in (counted, kept,
                             deviation_kind(values, request),
                             first_to_last(values, request, labels or []),
                             spread_parts(values, request),
                             biggest_step(values, request, labels or []),
                             for_label(values, request, labels or [], places)) if line]
    out += step_asks(values, request, any(BOLD_PERCENT.search(line) for line in out))
    if labels is None:  # listed numbers: a table's rows are counted with the row asked
        out += versus_average(values, request)
        out += [line for line in [ranked(values, [], request, places)] if line]
    out += [line for line in [rises_counted(values, request)] if line]
    if u:  # "change from first to last: **-4** kg"
        out = [re.sub(r"^(change from first to last: \*\*[^*]+\*\*)", rf"\1{u}", line)
               for line in out]
    mode = MODE.search(request)
    if mode is not None:  # "which came up most often?" asks no maximum
        request = request[:mode.start()] + request[mode.end():]
    request = STEP.sub("", re.sub(r"\binter-?\s?quartile\s+range\b", "", request, flags=re.I))
    for name, pattern in EXTRAS:
        asked = mode is not None if name == "mode" else bool(
            pattern.search(request) or (name == "range" and asks_range(request)))
        if not asked or not values:
            continue
        if name == "variance" and len(values) > 1 and not any("variance" in o for o in out):
            out.append(f"variance **{_fmt(statistics.variance(values))}**")
        elif name == "sum":
            word = "sum" if re.search(r"\bsum\b", request, re.I) else "total"
            out.append(f"{word} **{total_of(values, places)}**{u}")
        elif name in ("minimum", "maximum"):
            shown = _as_listed((min if name == "minimum" else max)(values), request)
            said = re.search(r"\b(?!(?:larg|bigg|high|great|small|low)est\b)[a-z]{3,}est\b",
                             request, re.I)  # "the oldest" said so as well
            out += [f"{name} **{shown}**{u}"] + ([f"{said.group(0).lower()} **{shown}**{u}"]
                                                 if said else [])
        elif name == "range":
            out.append(f"range **{total_of([max(values), -min(values)], places)}**{u} (max − min)")
        elif name == "mode":
            modes = statistics.multimode(values)
            if len(modes) < len(set(values)):
                count = values.count(modes[0])
                out.append("mode **" + ", ".join(_fmt(m) for m in modes) + f"** ({count} times)")
            else:
                out.append("no value comes up more than once (no mode)")
    return out


def describe(analysis: Analysis, series: dict[str, list[float]] | None = None,
             request: str = "", labels: list[str] | None = None,
             places: dict[str, int | None] | None = None,
             units: dict[str, str] | None = None) -> AgentResult:
    lines = []
    which = " (sample, dividing by n − 1)" if SPREAD.search(request) and not POPULATION.search(
        request) else ""  # the deviation asked is said to be the sample one
    bold = "**" if which else ""
    for s in analysis.summaries:
        unit = (units or {}).get(s.name, "")
        u = f" {unit}" if unit else ""  # "mean **37.62** km/h"
        lines.append(f"**{s.name}** (n = {s.count}): mean **{_fmt(s.mean)}**{u}, median "
                     f"**{_fmt(s.median)}**{u}, standard deviation {bold}{_fmt(s.stdev)}{bold}"
                     f"{which}, range {_fmt(s.minimum)}–{_fmt(s.maximum)}; trend: {s.trend} "
                     f"(slope {_fmt(s.slope)} per step)")
        values = (series or {}).get(s.name, [])
        if (labels and [_fmt(v) for v in values] == labels) or (
                len(series or {}) > 1 and counting(values)):
            continue  # the column naming the rows (years, order 1, 2, 3) is no figure asked
        extras = _extras(values, request, labels, (places or {}).get(s.name), unit)
        if extras:
            lines.append("; ".join(extras))
    if analysis.correlation is not None and len(analysis.summaries) >= 2:
        first, second = analysis.summaries[0].name, analysis.summaries[1].name
        r = analysis.correlation
        lines.append(f"**{first}** and **{second}**: correlation **{r:.2f}** (Pearson r = "
                     f"{r:.3f}, {_strength(r)})")
    chart = (Attachment("image", "chart.png", analysis.chart_png, "image/png", "Your data"),
             ) if analysis.chart_png else ()
    if chart:  # the chart is announced, as a person handing it over would
        names = " and ".join(s.name for s in analysis.summaries[:2] if s.name != "values")
        lines.insert(0, f"Here is the chart of {names or 'your data'} (attached):")
    return AgentResult(ok=True, text="\n".join(lines), basis=f"Computed from {analysis.basis()}",
                       attachments=chart)


ONE_FIGURE = (
    ("mean", re.compile(r"\b(?:average|avg|mean)\b", re.I)),
    ("median", re.compile(r"\bmedian\b", re.I)),
    *((name, pattern) for name, pattern in EXTRAS if name in ("sum", "minimum", "maximum")),
)


INTO = re.compile(r"\b(?:in|into|to)\s+(?:inch(?:es)?|feet|foot|ft|miles?|mi|mph|kph|km/h|mi/h|m/s|"
                  r"knots|km|kilomet\w+|metres?|"
                  r"meters?|cm|mm|pounds|lbs?|kg|kilos?|grams?|ounces|oz|stones?|fahrenheit|"
                  r"celsius|°[fc]|litres?|liters?|gallons?|hours|minutes|seconds|usd|eur|gbp|"
                  r"dollars|euros|yen)\b", re.I)


def _with_amount(result: AgentResult, values: list[float], request: str) -> AgentResult:
    """The one statistic asked for, with the unit the numbers were given in, as the amount a
    later part can use ("… what's the average, and what is that in km?")."""
    found = sorted((m.start(), name) for name, pattern in ONE_FIGURE
                   if (m := pattern.search(MINUTES.sub(r"\1minutes", request))) is not None)
    into = INTO.search(request)  # the first conversion asked: the figure just before it
    before = [f for f in found if into is not None and f[0] < into.start()]
    found = before[-1:] if len(before) > 1 else found  # "who's tallest, and the average in …"
    asked = [name for _, name in found][:1]  # several asked: the first, as a later part
    unit = _unit_after_numbers(request)       # converting "it" follows it
    if not asked and values and "?" not in request and re.match(r"(?:min|sec|hour|hr)", unit):
        return replace(result, amount=math.fsum(values), currency=unit)  # "… is that in hours?"
    if not asked or not values:
        return result
    figures: dict[str, Callable[[list[float]], float]] = {
        "mean": statistics.fmean, "median": statistics.median, "minimum": min, "maximum": max}
    value = figures.get(asked[0], math.fsum)(values)
    return replace(result, amount=float(value), currency=_unit_after_numbers(request))


def _csv_answer(result: AgentResult, series: dict[str, list[float]], data: bytes,
                request: str) -> AgentResult:
    """A CSV's largest or smallest value names its row ("which product costs the most?" →
    the toaster); one statistic asked of a column whose name carries a unit ("distance_km")
    is an amount a later part can convert."""
    name, values, labels = value_column(series, row_labels(data))
    if len(labels) != len(values):  # a blank cell: its row names no value
        labels = labels_of_values(data, name, labels)
    places = csv_places(data)
    derived = derived_answers(data, series, request)  # columns combined, rows picked
    rows = row_answers(name, values, date_labels(data, labels, request),
                       MINUTES.sub(r"\1minutes", request), places.get(name))  # "every 5 min"
    table = table_answers(data, series, request, places)
    query = [q for q in table_figures(data, request) if not derived]  # a question read whole
    query = query or ([] if derived else asked_figures(request, {name: values}))
    shown = _asked_first(result, [*query, *derived, *table, *([] if derived else rows)])
    amount = _with_amount(shown, values, request)
    amount = replace(amount, currency=_column_unit(name)) if amount.amount is not None else amount
    return derived_total(amount, [*query, *derived, *table])  # "take in total": units × price


def _asked_first(result: AgentResult, lines: list[str]) -> AgentResult:
    """The figures asked go first, after the chart's announcement (which never follows a
    figure on the same line)."""
    head, _, rest = result.text.partition("\n")
    if not head.startswith("Here is the chart"):
        head, rest = "", result.text
    return replace(result, text="\n".join(line for line in dict.fromkeys((head, *lines, rest))
                                           if line))


def _strength(r: float) -> str:
    size = abs(r)
    word = ("very strong" if size >= 0.8 else "strong" if size >= 0.6 else "moderate"
            if size >= 0.4 else "weak" if size >= 0.2 else "very weak or none")
    return f"{word}, {'positive' if r > 0 else 'negative' if r < 0 else 'no'} relationship"


UNIT_WORDS = re.compile(r"^(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|km|kms|miles?|kg|kgs|"
                        r"lbs?|pounds?|usd|eur|gbp|cm|mm|litres?|liters?|ml|count|total|value|"
                        r"amount|number|per|day|daily)$", re.I)


def _word_of(name: str, asked: str) -> re.Match[str] | None:
    """A column named by one of its own words ("sleep_hours" asked as "sleep")."""
    for word in _plain(name).split():
        if len(word) >= 4 and not UNIT_WORDS.match(word):
            stem = word[:-1] if word.endswith("s") else word
            if (found := re.search(rf"\b{re.escape(stem)}\w*", asked)) is not None:
                return found
    return None


SIDES = ((re.compile(r"\b(?:nights?|night-?time|overnight|lows?)\b"), ("low", "min", "night")),
         (re.compile(r"\b(?:daytime|day-?time|highs?)\b"), ("high", "max", "day")))


def named_first(series: dict[str, list[float]], request: str) -> dict[str, list[float]]:
    """The series the request names come first, in the order named, so that a correlation
    asked for "hours studied and score" is between those two columns."""
    asked = _plain(request)
    for said, words in SIDES:  # "the coldest night" is the low column
        if said.search(asked) is not None:
            side = [name for name in series if set(_plain(name).split()) & set(words)]
            if len(side) == 1:
                return {side[0]: series[side[0]], **series}
    found = [(m.start(), m.group(0) not in _plain(name).split(), name) for name in series if
             _plain(name) and (m := re.search(rf"\b{re.escape(_plain(name))}\b", asked) or
                               _word_of(name, asked)) is not None]
    named = [name for *_, name in sorted(found)]  # at one place, the exact word first
    if not named:
        return series
    return {**{name: series[name] for name in named}, **series}


def _named_statistics(series: dict[str, list[float]], data: bytes, named: list[str] | None,
                      request: str) -> list[str]:
    """Percentiles, trimmed means, modes, covariance, errors, filtered means and shares, of
    the column asked (a CSV's value column, not the one counting its rows)."""
    if not data:
        return named_statistics(series, request, named)
    name, values, labels = value_column(series, row_labels(data))
    if len(labels) != len(values):
        labels = labels_of_values(data, name, labels)
    return named_statistics({name: values, **series}, request, labels)


def make_data_agent(tools: DataTools) -> Agent:
    async def data_agent(task: Subtask, context: AgentContext,
                         inputs: dict[str, AgentResult]) -> AgentResult:
        return as_asked(task.request, await analysed(task, context, inputs))

    async def analysed(task: Subtask, context: AgentContext,
                       inputs: dict[str, AgentResult]) -> AgentResult:
        task = replace(task, request=spoken_list(task.request))  # "seven, six, eight" read
        try:
            curve = next((r.expression for r in inputs.values() if r.expression), "")
            if task.depends_on and PLOTTABLE.search(curve):
                return await plot_curve(tools, curve, -10.0, 10.0)
            plot = PLOT.search(task.request)
            if plot and PLOTTABLE.search(plot.group("e")):
                return await plot_match(tools, plot)
            attached = bool(context.csv_files)
            if not attached and (pasted := pasted_csv(task.request)):  # as if attached
                context = replace(context, csv_files=(pasted,))
            series: dict[str, list[float]] = {}
            for data in context.csv_files:
                series.update(columns_in_csv(data))
            if not series and not asked_figures(task.request) and not paired_runs(
                    task.request) and (
                    figure := words_figure(task.request)) is not None:
                return AgentResult(ok=True, text=figure,
                                   basis="Computed from the figures in the message")
            if not series and (times := durations_in(task.request)) is not None:
                return AgentResult(ok=True, text=describe_durations(times, task.request),
                                   basis=f"Computed from {len(times)} times (m:ss)",
                                   amount=statistics.fmean(times) / 60, currency="min")
            if not series and context.csv_files and (spans := clock_spans(
                    context.csv_files[0], task.request)) is not None:  # start and end times
                return AgentResult(ok=True, text=spans, basis="Worked out from the clock times "
                                   "of the attached file")
            if not series and context.csv_files and (table := table_figures(
                    context.csv_files[0], task.request) or table_answers(
                    context.csv_files[0], {}, task.request, {})):
                return AgentResult(ok=True, text="\n".join(table),  # a table of words only
                                   basis="Counted from the rows of the attached file")
            if not series and (pairs := pairs_listed(task.request)) is not None:
                series = {"first": pairs[0], "second": pairs[1]}  # "29.8 vs 29.9; …"
            if not series:
                series = pasted_table(task.request) or series_from_text(task.request)
            if not series and (asked := asked_figures(task.request)):
                return AgentResult(ok=True, text="\n".join(asked),
                                   basis="Computed from the message")
            if not series:
                return failed("I found no numbers to analyse (send them in the message or "
                              "as a CSV file)")
            wants_chart = bool(re.search(r"\b(chart|plot|graph|visuali[sz]e|trend|histogram)\b",
                                         task.request, re.I)) or attached
            read, series = series, named_first(series, task.request)
            data = context.csv_files[0] if context.csv_files else b""
            named = None if data else named_rows(series, task.request)
            result = describe(await tools.analyse(series, chart=wants_chart), series,
                              task.request, row_labels(data) if data else named,
                              csv_places(data) if data else None,
                              series_units(series, task.request, bool(data)))
            if (fit := best_fit(series, task.request)) is not None:  # y = a·x + b, first
                result = _asked_first(result, [fit])
            if named_lines := _named_statistics(series, data, named, task.request):
                result = _asked_first(result, named_lines)
            if not data and (asked := asked_figures(task.request, read)):
                result = _asked_first(result, asked)
            if not context.csv_files and len(series) == 1:
                name, values = next(iter(series.items()))
                if named:  # "Mon 120, Tue 140 …": the row asked, by its label, first
                    rows = row_answers(name, values, named, task.request, None)
                    result = _asked_first(result, rows)
                return _with_amount(result, values, task.request)
            if context.csv_files:
                return _csv_answer(result, series, context.csv_files[0], task.request)
            return result
        except ToolError as exc:
            return failed(f"the analysis failed: {exc.reason}")
    return data_agent
