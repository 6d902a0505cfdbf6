"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 3: change and trend
(percent change, trend slope and direction, forecasts, compound growth, jumps, moving
averages)."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout20_data import (
    SERIES,
    Data,
    Req,
    exact,
    families,
    mean,
    near_tie,
    num,
    pick,
    rd,
    slope,
)
from bench.data.agents.helpers import Family

Made = tuple[str, Req] | None
F = Fraction
UP = ["increas", "upward", "rising", "going up", "trending up", "goes up", "growing", "positive",
      "is up", "trend up", "upwards"]
DOWN = ["decreas", "downward", "falling", "declin", "going down", "trending down", "goes down",
        "dropping", "negative", "is down", "trend down",
        "downwards"]


def _round(x: Fraction, d: Data, p: int, q: str) -> Made:
    if near_tie(x, p):
        return None
    return f"{q} {rd(d.rng, p)}", [num(x, p)]


def st_pct_first_last(d: Data) -> Made:
    first, last = d.vals[0], d.vals[-1]
    if first == 0 or first == last:
        return None
    q = pick(d, "What's the percent change from the first to the last one?",
             "by what % did it change from start to finish?",
             "How much did the {noun} change from the first reading to the last, in percent?",
             "first vs last - percentage change?")
    return _round((last - first) / first * 100, d, 1, q)


def st_trend(d: Data) -> Made:
    b, _ = slope(d.vals)
    if abs(b) < F(1, 10) ** d.theme.dec or near_tie(b, 2):
        return None
    q = pick(d, "Which way is this trending, and what's the slope of the least-squares line "
             "per {per}? (x = 1, 2, 3, ...)", "is there a trend here? fit a straight line "
             "(x = 1, 2, 3...) and tell me the direction and the slope per {per}",
             "What's the linear trend per {per} (least squares, numbering them 1, 2, 3, ...) "
             "and which direction is it")
    return f"{q} {rd(d.rng, 2)}", [num(b, 2), UP if b > 0 else DOWN]


def st_slope(d: Data) -> Made:
    b, _ = slope(d.vals)
    q = pick(d, "What's the slope of the best-fit line if the first is x=1, then x=2 and so "
             "on?", "linear regression slope vs position (1, 2, 3, ...)?",
             "By how much does it change per {per} on average according to a least-squares "
             "line? number them 1, 2, 3...")
    return _round(b, d, 2, q)


def st_forecast(d: Data) -> Made:
    b, a = slope(d.vals)
    nxt = a + b * (d.n + 1)
    if nxt <= 0:
        return None
    q = pick(d, "If the straight-line trend continues, what would the next one be? (least "
             "squares fit, x = 1, 2, 3, ...)", "forecast the next {per} using a linear trend "
             "line fitted to these (x = 1..n)", "Predict the next value with a least-squares "
             "line (numbering the points 1, 2, 3, ...)")
    return _round(nxt, d, 1, q)


def st_cagr(d: Data) -> Made:
    first, last = d.vals[0], d.vals[-1]
    if first <= 0 or last <= 0 or first == last or d.n > 10:
        return None
    g = (float(last) / float(first)) ** (1 / (d.n - 1)) - 1
    x = F(repr(g * 100))
    q = pick(d, "What's the compound growth rate per {per} from the first to the last value?",
             "average growth per {per}, compounded, from first to last? in %",
             "If it grew at a steady compound rate from the first to the last, what % per "
             "{per} is that?")
    return _round(x, d, 2, q)


def st_avg_change(d: Data) -> Made:
    ch = (d.vals[-1] - d.vals[0]) / (d.n - 1)
    if ch == 0:
        return None
    q = pick(d, "On average how much did it change from one {per} to the next?",
             "what's the average change between consecutive entries?",
             "Average step-to-step change (last minus first, divided by the number of steps)?")
    return _round(ch, d, 2, q)


def st_big_rise(d: Data) -> Made:
    diffs = [b - a for a, b in zip(d.vals, d.vals[1:], strict=False)]
    if max(diffs) <= 0 or sorted(diffs)[-1] == sorted(diffs)[-2]:
        return None
    q = pick(d, "What was the biggest increase from one {per} to the next?",
             "largest jump up between consecutive entries?",
             "Biggest rise between two neighbouring values - how much?")
    return q, [exact(max(diffs), d.theme.dec)]


def st_big_drop(d: Data) -> Made:
    diffs = [b - a for a, b in zip(d.vals, d.vals[1:], strict=False)]
    if min(diffs) >= 0 or sorted(diffs)[0] == sorted(diffs)[1]:
        return None
    q = pick(d, "What was the largest drop from one {per} to the next?",
             "biggest fall between two consecutive entries?",
             "How big was the steepest decline between neighbouring values?")
    return q, [exact(-min(diffs), d.theme.dec)]


def st_ma_last(d: Data) -> Made:
    w = d.rng.choice([3, 3, 4, 5])
    if d.n < w + 2:
        return None
    q = pick(d, f"What's the {w}-point moving average at the last entry (average of the "
             f"final {w})?", f"{w}-{{per}} moving average as of the most recent one?",
             f"Latest value of the {w}-period rolling mean?")
    return _round(mean(d.vals[-w:]), d, d.rng.choice([1, 2]), q)


def st_ma_peak(d: Data) -> Made:
    w = 3
    if d.n < 6:
        return None
    avgs = [mean(d.vals[i:i + w]) for i in range(d.n - w + 1)]
    q = pick(d, "What's the highest 3-point moving average anywhere in the series?",
             "compute the 3-{per} rolling average - what's its peak value?",
             "Best 3-in-a-row stretch: highest average of 3 consecutive values?")
    return _round(max(avgs), d, 2, q)


def st_halves(d: Data) -> Made:
    if d.n % 2:
        return None
    h = d.n // 2
    diff = mean(d.vals[h:]) - mean(d.vals[:h])
    q = pick(d, "How much higher or lower is the average of the second half than the first "
             "half?", "compare the mean of the first half with the second half - what's the "
             "difference?", "Split it in two equal halves: difference between their averages?")
    return _round(diff, d, 2, q)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("pct_change_first_last", st_pct_first_last, trend=True),
    *families("trend_direction", st_trend, trend=True),
    *families("trend_slope", st_slope, ("list", "lines", "table", "csv"), trend=True),
    *families("forecast_next", st_forecast, trend=True),
    *families("compound_growth", st_cagr, ("list", "lines", "table", "csv"), trend=True,
              low=5, high=10),
    *families("avg_change", st_avg_change, ("list", "units", "lines", "csv"), trend=True),
    *families("biggest_rise", st_big_rise, themes=SERIES),
    *families("biggest_drop", st_big_drop, themes=SERIES),
    *families("moving_avg_last", st_ma_last, low=7, high=14, themes=SERIES),
    *families("moving_avg_peak", st_ma_peak, ("list", "lines", "csv"), low=7, high=14,
              themes=SERIES),
    *families("halves_diff", st_halves, ("list", "lines", "table", "csv"), low=6, high=14,
              trend=True))]
