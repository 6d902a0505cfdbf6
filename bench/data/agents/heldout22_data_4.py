"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 4: time series — moving
averages, day-over-day changes, running totals, trend slopes and compound growth."""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout22_data import (
    ALL,
    CTX,
    PLOTS,
    F,
    count_forms,
    fam,
    forms,
    label_forms,
    present,
    table,
)
from bench.data.agents.helpers import Family

NOMONTH = ["temp", "temp1", "steps", "visits", "runs", "sleep", "weight"]
SERIES = ["temp", "temp1", "steps", "sales", "rain", "weight", "kwh", "visits", "runs", "sleep"]


def slope(vals: list[Fraction]) -> Fraction:
    n = len(vals)
    mx, my = F(n + 1, 2), sum(vals) / n
    return sum((i + 1 - mx) * (v - my) for i, v in enumerate(vals)) / sum(
        (i + 1 - mx) ** 2 for i in range(n))


def series_q(name: str, kind: str, tpls: list[str], use_csv: bool = False,
             keys: list[str] | None = None, n: tuple[int, int] = (6, 12),
             places: int = 2) -> Family:
    """One question about an ordered series, pasted or attached."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys or SERIES)
        labs, vals, csv = table(rng, key, rng.randint(*n))
        k = len(vals)
        w = rng.choice([3, 3, 4, 5]) if k >= 6 else 3
        diffs = [b - a for a, b in itertools.pairwise(vals)]
        extra: dict[str, Any] = {"w": w}
        req: list[list[str]] | None
        if kind == "ma_last":
            req = [forms(sum(vals[-w:]) / w, places) or []]
        elif kind == "ma_first_last":
            req = [forms(sum(vals[:w]) / w, places) or [], forms(sum(vals[-w:]) / w, places) or []]
        elif kind == "ma_count":
            req = [count_forms(k - w + 1)]
            req.append(forms(sum(vals[-w:]) / w, places) or [])
        elif kind in ("biggest_rise", "biggest_drop"):
            best = max(diffs) if kind == "biggest_rise" else min(diffs)
            if diffs.count(best) > 1 or (best <= 0 if kind == "biggest_rise" else best >= 0):
                return None
            req = [forms(abs(best), places) or [], label_forms(labs[diffs.index(best) + 1])]
        elif kind == "ups":
            ups = sum(d > 0 for d in diffs)
            downs = sum(d < 0 for d in diffs)
            req = [count_forms(ups), count_forms(downs)] if 0 < ups < k - 1 and downs else None
        elif kind == "cumulative":
            j = rng.randrange(2, k - 1)
            extra["upto"] = labs[j]
            req = [forms(sum(vals[:j + 1]), places) or []]
        elif kind in ("cross", "cross_n"):
            total = sum(vals)
            target = F(int(total * F(rng.randint(15, 85), 100)))
            run = F(0)
            for j, v in enumerate(vals):  # noqa: B007
                run += v
                if run > target:
                    break
            if run - vals[j] == target:
                return None
            extra["t"] = str(target)
            req = [label_forms(labs[j])] if kind == "cross" else [count_forms(j + 1),
                                                                  forms(run, 2) or []]
        elif kind in ("slope", "trend"):
            s = slope(vals)
            req = [forms(abs(s) if kind == "trend" else s, places) or []]
            if kind == "trend":
                if abs(s) < F(1, 20):
                    return None
                req.append(["increas", "upward", "rising", "uptrend", "trending up", "going up",
                            "trends up"] if s > 0 else
                           ["decreas", "downward", "falling", "downtrend", "trending down",
                            "going down", "trends down", "declin"])
        elif kind == "avg_change":
            req = [forms((vals[-1] - vals[0]) / (k - 1), places) or []]
        elif kind == "cagr":
            ratio = float(vals[-1] / vals[0])
            rate = (ratio ** (1 / (k - 1)) - 1) * 100
            req = [forms(abs(rate), places) or []]
        elif kind == "halves":
            h = k // 2
            extra["h"] = h
            if k % 2:
                return None
            req = [forms(abs(sum(vals[-h:]) / h - sum(vals[:h]) / h), places) or []]
        elif kind == "plot_trend":
            req = [forms(slope(vals), places) or [], PLOTS]
        else:
            best = max(vals)
            req = [forms(best - vals[0], places) or []] if best != vals[0] else None
        if not req or not all(req):
            return None
        noun, unit, _, _, _, _, col, lab = CTX[key]
        data = "" if use_csv else present(rng, rng.choice(["lines", "table", "list"])
                                          if kind not in ("cumulative", "cross", "biggest_rise",
                                                          "biggest_drop") else "lines",
                                          key, labs, vals)
        text = rng.choice(tpls).format(d=data, noun=noun, unit=unit, col=col, lab=lab,
                                       n=k, **extra)
        return text, req, ({"csv": csv} if use_csv else {})
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    series_q("ma_last_text", "ma_last", [
        "{d}\nWhat's the {w}-point moving average at the end of this series (mean of the last "
        "{w} values)? 2 decimals",
        "Latest {w}-day moving average of my {noun}, i.e. the average of the last {w} entries, "
        "2 dp:\n{d}"]),
    series_q("ma_last_csv", "ma_last", [
        "What's the most recent {w}-period moving average of {col} (last {w} rows)? 2 decimals",
        "trailing {w}-row rolling mean of {col} at the last row? 2 dp"], use_csv=True),
    series_q("ma_first_last", "ma_first_last", [
        "Compute the {w}-point simple moving average of {col}. What are its first and last "
        "values? 2 decimals\n{d}",
        "{d}\n{w}-period rolling average: give me the first and the final value (2 dp)"]),
    series_q("ma_count_last", "ma_count", [
        "If I take a {w}-day moving average of these {n} values, how many averages do I get, "
        "and what's the last one (2 dp)?\n{d}"]),
    series_q("biggest_rise_csv", "biggest_rise", [
        "Which {lab} saw the biggest increase in {col} compared with the previous row, and by "
        "how much?",
        "largest jump in {col} from one row to the next — which {lab} and how big?"],
        use_csv=True, places=2),
    series_q("biggest_drop_csv", "biggest_drop", [
        "Where was the biggest drop in {col} from one row to the next? Which {lab}, and how "
        "large was it?",
        "Biggest fall between consecutive {lab}s in the file? Which {lab} and by how much?"],
        use_csv=True),
    series_q("ups_count_text", "ups", [
        "{d}\nHow many times did the value go up compared with the one before, and how many "
        "times did it go down?",
        "In this series, how many entries are higher than the previous entry, and how many are "
        "lower?\n{d}"],
        keys=NOMONTH, n=(9, 18)),
    series_q("ups_count_csv", "ups", [
        "How many {lab}s had a higher {col} than the {lab} before? And how many lower?",
        "count the increases and the decreases in {col} "
        "from row to row"], use_csv=True, keys=NOMONTH, n=(9, 18)),
    series_q("running_total_upto", "cumulative", [
        "{d}\nWhat's the running total up to and including {upto}?",
        "Cumulative {noun} through {upto}?\n{d}"],
        keys=["steps", "sales", "rain", "kwh", "visits", "runs"]),
    series_q("running_total_csv", "cumulative", [
        "What's the cumulative sum of {col} up to and including {upto}?",
        "running total of {col} as of {upto} (inclusive)?"],
        use_csv=True, keys=["steps", "sales", "rain", "kwh", "visits", "runs"]),
    series_q("cross_threshold_count", "cross_n", [
        "{d}\nAdding these up in order, how many entries does it take for the running total to "
        "go above {t}, and what is the total at that point?",
        "How many of these (taken from the top) do I need before the total exceeds {t}? What's "
        "the sum then?\n{d}"],
        keys=["steps", "visits", "runs"], n=(9, 18)),
    series_q("cross_threshold_csv", "cross", [
        "At which {lab} does the cumulative {col} first exceed {t}?"],
        use_csv=True, keys=["steps", "sales", "rain", "kwh", "visits"]),
    series_q("trend_slope_text", "slope", [
        "{d}\nFit a least-squares line through these values (x = 1, 2, 3, … in order). What's "
        "the slope? 2 decimals",
        "What's the linear trend per {lab} (least-squares slope, x = position 1..{n})? 2 dp\n{d}"]),
    series_q("trend_slope_csv", "slope", [
        "What's the trend in {col} per row? Use a least-squares line with x = 1, 2, 3… 2 decimals",
        "slope of the best-fit line of {col} against row number (1..{n}), 2 dp?"], use_csv=True),
    series_q("trend_direction", "trend", [
        "{d}\nIs this trending up or down? Give the least-squares slope per step too (x = "
        "1..{n}), 2 decimals.",
        "are my {noun} going up or down overall? include the slope of the best-fit line "
        "(x=1,2,3...), 2 dp\n{d}"]),
    series_q("trend_plot", "plot_trend", [
        "Plot {col} over time and tell me the slope of the linear trend line (x = 1..{n}), 2 "
        "decimals.",
        "chart this with a trendline pls + what's the slope per row (x=1..n), 2 dp"], use_csv=True),
    series_q("avg_change_per_step", "avg_change", [
        "{d}\nOn average, how much did it change per {lab} from the first value to the last? "
        "(last minus first, divided by {n}-1; 2 decimals)",
        "average change per period from start to end: (last − first)/(number of values − 1). 2 "
        "dp please.\n{d}"]),
    series_q("cagr_monthly", "cagr", [
        "{d}\nWhat's the compound growth rate per period from the first value to the last? "
        "percent, 2 decimals",
        "Compound average growth per period (first→last, {n} values so {n}-1 periods)? In %, 2 "
        "dp\n{d}"],
        keys=["sales", "visits", "kwh", "steps"]),
    series_q("cagr_csv", "cagr", [
        "What's the average compound growth rate per row of {col}, from the first row to the "
        "last? % to 2 decimals"],
        use_csv=True, keys=["sales", "visits", "kwh", "steps"]),
    series_q("halves_compare", "halves", [
        "{d}\nHow much higher or lower is the average of the last {h} values than the first {h}? "
        "2 decimals",
        "Compare the mean of the first half with the mean of the second half — what's the "
        "difference? 2 dp\n{d}"],
        n=(6, 12)),
    series_q("peak_vs_start", "peak", [
        "{d}\nHow much higher was the peak than the very first value?",
        "By how much did the maximum exceed the starting value?\n{d}"]),
)]
_ = (ALL, math)
