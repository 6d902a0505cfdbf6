"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 4: filters, shares, top
values, goals and chart requests with a figure."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout20_data import (
    Data,
    Req,
    exact,
    families,
    mean,
    median,
    near_tie,
    num,
    pick,
    plot_req,
    rd,
    threshold,
    vstr,
)
from bench.data.agents.helpers import Family

Made = tuple[str, Req] | None
F = Fraction


def _round(x: Fraction, d: Data, p: int, q: str) -> Made:
    if near_tie(x, p):
        return None
    return f"{q} {rd(d.rng, p)}", [num(x, p)]


def st_mean_above(d: Data) -> Made:
    c = threshold(d)
    if c is None:
        return None
    c_s = vstr(c, 0)
    q = pick(d, f"What's the average of only the values above {c_s}?",
             f"average {{noun}} counting just the ones over {c_s}?",
             f"If I only look at entries greater than {c_s}, what's their mean?")
    return _round(mean([x for x in d.vals if x > c]), d, d.rng.choice([1, 2]), q)


def st_share_above(d: Data) -> Made:
    c = threshold(d)
    if c is None:
        return None
    c_s = vstr(c, 0)
    q = pick(d, f"What percentage of them are above {c_s}?",
             f"what share of entries beat {c_s}? as a %",
             f"How often (in %) was the {{noun}} over {c_s}?")
    return _round(F(sum(x > c for x in d.vals) * 100, d.n), d, 1, q)


def st_share_above_mean(d: Data) -> Made:
    m = mean(d.vals)
    if m in d.vals:
        return None
    q = pick(d, "What percent of the values are above the average?",
             "how many of these beat the mean, as a percentage of all of them?",
             "Share of entries higher than the overall mean (in %)?")
    return _round(F(sum(x > m for x in d.vals) * 100, d.n), d, 1, q)


def st_top3(d: Data) -> Made:
    q = pick(d, "What do the three biggest values add up to?",
             "sum of the top 3?", "Add up the 3 highest {noun} figures for me")
    return q, [exact(sum(sorted(d.vals)[-3:], F(0)), d.theme.dec)]


def st_bottom3_mean(d: Data) -> Made:
    q = pick(d, "What's the average of the three lowest values?",
             "mean of the bottom 3?", "Average of my 3 worst (lowest) entries?")
    return _round(mean(sorted(d.vals)[:3]), d, 2, q)


GOAL = {"steps": [8000, 10000, 12000], "sleep": [7, 8], "visits": [1000, 1500, 2000],
        "sales": [5000, 6000, 7000], "kwh": [25, 30]}


def st_goal_gap(d: Data) -> Made:
    goal = d.rng.choice(GOAL[d.theme.key])
    gap = goal * d.n - sum(d.vals, F(0))
    if gap <= 0:
        return None
    q = pick(d, f"My target is an average of {goal}. How much more in total would I have "
             "needed to hit it?", f"how far short of averaging {goal} am I, in total (not "
             "per entry)?", f"To average {goal} over all of these, how much extra total would "
             "I have needed?")
    return q, [exact(gap, d.theme.dec)]


def st_sum_between(d: Data) -> Made:
    a, b = threshold(d), threshold(d)
    if a is None or b is None or a >= b:
        return None
    inside = [x for x in d.vals if a <= x <= b]
    if len(inside) < 2:
        return None
    q = pick(d, f"Add up only the values from {vstr(a, 0)} to {vstr(b, 0)} (inclusive)",
             f"total of the entries between {vstr(a, 0)} and {vstr(b, 0)}, both ends "
             "included?", f"Sum of everything in the {vstr(a, 0)}-{vstr(b, 0)} range "
             "(inclusive)?")
    return q, [exact(sum(inside, F(0)), d.theme.dec)]


def st_chart_mean(d: Data) -> Made:
    m, p = mean(d.vals), d.rng.choice([1, 2])
    if near_tie(m, p):
        return None
    q = pick(d, "Plot these and tell me the average", "can you make a line chart of this "
             "and give me the mean?", "Chart the {noun} please, and what's the average?",
             "graph it + mean")
    return f"{q} {rd(d.rng, p)}", plot_req([num(m, p)])


def st_chart_total(d: Data) -> Made:
    q = pick(d, "Make a bar chart and tell me the total", "plot this for me - also what's "
             "the sum?", "Can you chart these and add them all up?", "bar chart + total pls")
    return q, plot_req([exact(sum(d.vals, F(0)), d.theme.dec)])


def st_chart_median(d: Data) -> Made:
    if d.n % 2:
        return None
    q = pick(d, "Plot the {noun} and tell me the median", "chart this, and what's the "
             "median?", "Could you draw a graph of these and give me the median value")
    return q, plot_req([exact(median(d.vals), d.theme.dec)])


def st_chart_range(d: Data) -> Made:
    q = pick(d, "Chart these and tell me the range between highest and lowest",
             "plot it, and how big is the gap from min to max?",
             "Graph the {noun}; also what's max minus min?")
    return q, plot_req([exact(max(d.vals) - min(d.vals), d.theme.dec)])


def st_chart_pct(d: Data) -> Made:
    first, last = d.vals[0], d.vals[-1]
    if first == last:
        return None
    q = pick(d, "Plot this over time and tell me the % change from the first to the last",
             "line chart please, plus the percent change start to end",
             "Graph the {noun} and give me the percentage change first to last")
    return _req_plot(_round((last - first) / first * 100, d, 1, q))


def _req_plot(made: Made) -> Made:
    return None if made is None else (made[0], plot_req(made[1]))


SERIES_T = ("steps", "temp", "sales", "sleep", "commute", "weight", "kwh", "visits", "hr")
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("mean_above", st_mean_above, low=7, high=14),
    *families("share_above", st_share_above, low=7, high=15),
    *families("share_above_mean", st_share_above_mean, low=7, high=15),
    *families("top3_sum", st_top3, low=6, high=14),
    *families("bottom3_mean", st_bottom3_mean, ("list", "lines", "table", "csv"), low=6,
              high=14),
    *families("goal_gap", st_goal_gap, themes=tuple(GOAL)),
    *families("sum_between", st_sum_between, ("list", "lines", "csv"), low=8, high=15),
    *families("chart_mean", st_chart_mean), *families("chart_total", st_chart_total),
    *families("chart_median", st_chart_median, ("list", "lines", "table", "csv")),
    *families("chart_range", st_chart_range, ("list", "table", "csv")),
    *families("chart_pct_change", st_chart_pct, ("list", "lines", "csv"), trend=True,
              themes=SERIES_T))]
