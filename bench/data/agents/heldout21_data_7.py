"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 7: changes between rows,
growth rates, targets for the next value and subsets."""
# ruff: noqa: E501

from __future__ import annotations

import itertools
import random
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout21_data import (
    ALL,
    COFFEE,
    COMMUTE,
    GROCERY,
    POWER,
    PULSE,
    RUNS,
    SALES,
    SCORES,
    SLEEP,
    STEPS,
    STOCK,
    TEMPS,
    TIMEY,
    VISITS,
    WEIGHT,
    Dom,
    fam,
    forms,
    labforms,
    mean,
    sd,
    show,
)
from bench.data.agents.helpers import Family

POS = [d for d in TIMEY if d is not TEMPS]
CSVN = (10, 30)
Res = dict[str, Any] | None


def s_zscore(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    i = rng.randrange(len(vals))
    z = float(vals[i] - mean(vals)) / sd(vals, False)
    return {"req": [forms(z, 2, False)], "a": labs[i]}


def s_diff_mean(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any]:
    i = rng.randrange(len(vals))
    return {"req": [forms(vals[i] - mean(vals), 2, False)], "a": labs[i]}


def s_growth(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    if vals[-1] == vals[0]:
        return None
    g = (float(vals[-1] / vals[0]) ** (1 / (len(vals) - 1)) - 1) * 100
    return {"req": [forms(g, 2, False)], "steps": len(vals) - 1}


def s_above_mean(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> dict[str, Any] | None:
    m = mean(vals)
    if m in vals:
        return None
    return {"req": [forms(sum(1 for v in vals if v > m), 0)]}


def s_avg_change(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    return {"req": [forms((vals[-1] - vals[0]) / (len(vals) - 1), 2, False)]}


def s_last_pct(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    if vals[-1] == vals[-2]:
        return None
    return {"req": [forms((vals[-1] - vals[-2]) / vals[-2] * 100, 1, False)]}


def jumps(vals: list[F]) -> list[F]:
    return [b - a for a, b in itertools.pairwise(vals)]


def s_big_jump_lab(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    j = jumps(vals)
    top = max(j)
    if top <= 0 or j.count(top) > 1:
        return None
    i = j.index(top)
    return {"req": [labforms(labs[i + 1]), forms(top, d.dp)]}


def s_big_drop_lab(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    j = jumps(vals)
    low = min(j)
    if low >= 0 or j.count(low) > 1:
        return None
    i = j.index(low)
    return {"req": [labforms(labs[i + 1]), forms(-low, d.dp)]}


def s_big_jump(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    top = max(jumps(vals))
    if top <= 0:
        return None
    return {"req": [forms(top, d.dp)]}


def s_pct_above(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    from bench.data.agents.heldout21_data import thresholds
    t = thresholds(rng, d, vals)
    if t in vals:
        return None
    return {"req": [forms(F(sum(1 for v in vals if v > t) * 100, len(vals)), 1)], "t": show(t, 0)}


def s_halves(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    h = len(vals) // 2
    return {"req": [forms(mean(vals[:h]), 2), forms(mean(vals[-h:]), 2)], "h": h}


def s_var_pop(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    m = mean(vals)
    return {"req": [forms(sum(((v - m) ** 2 for v in vals), F(0)) / len(vals), 2)]}


def s_mad(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    m = mean(vals)
    return {"req": [forms(sum((abs(v - m) for v in vals), F(0)) / len(vals), 2)]}


def s_cv(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    return {"req": [forms(sd(vals, False) / float(mean(vals)) * 100, 1)]}


def s_without(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    i = rng.randrange(len(vals))
    rest = vals[:i] + vals[i + 1:]
    return {"req": [forms(mean(rest), 2)], "a": labs[i]}


def s_need(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    m = mean(vals)
    inc = rng.choice([1, 2, 3, 4, 5]) * 100 if d.hi > 2000 else rng.choice([1, 2] if d.hi <= 20 else [1, 2, 3, 4, 5, 6, 7, 8])
    target = F(int(m) + inc)
    need = target * (len(vals) + 1) - sum(vals, F(0))
    if need <= 0 or need > (100 if d is SCORES else d.hi * F(3, 2)):
        return None
    return {"req": [forms(need, 2)], "g": show(target, 0)}


def s_last_k_sum(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    k = rng.choice([3, 5, 7])
    return {"req": [forms(sum(vals[-k:], F(0)), d.dp)], "k": k}


def s_between(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    s = sorted(vals)
    lo = F(int(s[len(s) // 5]))
    hi = F(int(s[4 * len(s) // 5]) + 1)
    if lo >= hi:
        return None
    return {"req": [forms(sum(1 for v in vals if lo <= v <= hi), 0)], "lo": show(lo, 0), "hi": show(hi, 0)}


def s_max_minus_mean(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    return {"req": [forms(max(vals) - mean(vals), 2)]}


def s_top_share(rng: random.Random, d: Dom, labs: list[str], vals: list[F]) -> Res:
    top = max(vals)
    if vals.count(top) > 1:
        return None
    return {"req": [labforms(labs[vals.index(top)]), forms(top / sum(vals, F(0)) * 100, 1)]}


fam_avg_change_list = fam("avg_change_list", POS, "list", s_avg_change, [
    "{data} (oldest first). On average, how much did it change per step from the first value to the last? {r2}",
    "Average change per period, (last − first) / number of steps, for {data}? {r2}",
])
fam_avg_change_csv = fam("avg_change_csv", TIMEY, "csv", s_avg_change, [
    "What's the average change in {col} per row from the first row to the last of the attached file (last minus first, divided by the number of steps)? {r2}",
], n=CSVN)
fam_last_pct_lines = fam("last_pct_lines", POS, "lines", s_last_pct, [
    "{data}\nHow much did the latest figure change versus the one before, in %? {r1}",
    "What's the % change from the second-to-last row to the last row? {r1}\n{data}",
])
fam_last_pct_csv = fam("last_pct_csv", POS, "csv", s_last_pct, [
    "By what percent did {col} change between the last two rows of the attached data? {r1}",
    "latest vs previous {col} in this csv — % change? {r1}",
], n=CSVN)
fam_jump_csv = fam("jump_csv", TIMEY, "csv", s_big_jump_lab, [
    "In the attached file, which {lab} saw the biggest increase over the row before it, and by how much?",
    "biggest jump in {col} from one row to the next — which {lab} did it land on and how big was it?",
], n=CSVN)
fam_drop_csv = fam("drop_csv", TIMEY, "csv", s_big_drop_lab, [
    "Which {lab} had the largest drop in {col} compared with the previous row, and how big was the drop?",
    "from the attached data: steepest one-row fall in {col}? tell me the {lab} and the size of the fall",
], n=CSVN)
fam_jump_list = fam("jump_list", TIMEY, "list", s_big_jump, [
    "{data} — in that order. What's the biggest increase from one value to the next?",
    "largest step up between consecutive numbers in {data}?",
])
fam_pct_above_csv = fam("pct_above_csv", ALL, "csv", s_pct_above, [
    "What percentage of rows in the attached file have {col} above {t}? {r1}",
    "share of {lab}s with {col} over {t}, as a percent ({r1})",
], n=CSVN)
fam_halves_list = fam("halves_list", TIMEY, "list", s_halves, [
    "{data} (in time order). What's the average of the first {h} values and of the last {h}? {r2}",
    "Compare the mean of the first {h} numbers with the mean of the last {h}: {data}. {r2}",
], n=(6, 10))
fam_halves_csv = fam("halves_csv", TIMEY, "csv", s_halves, [
    "Average {col} of the first {h} rows vs the last {h} rows in the attached file? {r2}",
], n=CSVN)
fam_var_pop_list = fam("var_pop_list", ALL, "list", s_var_pop, [
    "population variance of {data}? {r2}",
    "Treating these as the entire population, what is the variance? {data} ({r2})",
], n=(5, 8))
fam_mad_list = fam("mad_list", ALL, "list", s_mad, [
    "What's the mean absolute deviation (average distance from the mean) of {data}? {r2}",
    "MAD around the mean for {data} ({r2})",
])
fam_cv_list = fam("cv_list", ALL, "list", s_cv, [
    "Coefficient of variation of {data}, using the population SD, as a percent? {r1}",
    "How variable are these {noun} relative to their mean? Give the CV (population SD / mean × 100), {r1}: {data}",
])
fam_without_lines = fam("without_lines", ALL, "lines", s_without, [
    "{data}\nWhat's the average if I leave out {a}? {r2}",
    "Ignore {a} (it was a weird one) and average the rest:\n{data}\n{r2}",
])
fam_without_csv = fam("without_csv", ALL, "csv", s_without, [
    "Average {col} in the attached file excluding the row for {a}? {r2}",
], n=CSVN)
fam_need_scores = fam("need_scores", [SCORES], "list", s_need, [
    "My test scores so far: {data}. What do I need on the next test to bring my average up to exactly {g}?",
    "scores: {data}. one more test left — what score gets my mean to {g}?",
], n=(3, 6))
fam_need_steps = fam("need_steps", [STEPS, RUNS, SLEEP], "lines", s_need, [
    "My {noun}:\n{data}\nWhat would tomorrow's number need to be for my average across all these days plus tomorrow to hit {g}?",
], n=(4, 7))
fam_need_sales = fam("need_sales", [SALES, COFFEE, VISITS], "list", s_need, [
    "Numbers so far: {data}. What does the next period need to be so the average of all of them including it is {g}?",
], n=(4, 8))
fam_last_k_csv = fam("last_k_csv", [STEPS, RUNS, COFFEE, VISITS, GROCERY, SALES], "csv", s_last_k_sum, [
    "What's the total {col} over the last {k} rows of the attached file?",
    "sum of {col} for the final {k} entries in the csv?",
], n=CSVN)
fam_between_csv = fam("between_csv", ALL, "csv", s_between, [
    "How many rows have {col} between {lo} and {hi} inclusive?",
    "count {lab}s where {col} is from {lo} to {hi} (both ends included) in the attached data",
], n=CSVN)
fam_max_minus_mean = fam("max_minus_mean", ALL, "list", s_max_minus_mean, [
    "How far above the average is the largest value in {data}? {r2}",
    "{data}: max minus mean? {r2}",
])
fam_top_share_csv = fam("top_share_csv", [SALES, POWER, COFFEE, VISITS, GROCERY], "csv", s_top_share, [
    "Which {lab} has the highest {col} in the attached file, and what percent of the total does it account for? {r1}",
], n=(6, 20))
fam_growth_lines = fam("growth_lines", [SALES, VISITS, COFFEE, STOCK], "lines", s_growth, [
    "{data}\nWhat's the compound average growth rate per period from the first to the last value, in %? {r2}",
    "Average compounded growth per step ({steps} steps) from the first to the last row, in percent ({r2}):\n{data}",
], trend=1)
fam_growth_csv = fam("growth_csv", [SALES, VISITS, COFFEE, STOCK], "csv", s_growth, [
    "Using the first and last rows of the attached file, what's the compound growth rate per row in percent? {r2}",
], n=(6, 14), trend=1)
fam_zscore_csv = fam("zscore_csv", ALL, "csv", s_zscore, [
    "In the attached data, how many population standard deviations is the {a} row from the mean {col}? {r2}",
], n=CSVN)
fam_commute_need = fam("commute_without", [COMMUTE, PULSE, SLEEP], "prose", s_without, [
    "This week: {data}. What's my average without {a}? {r2}",
], n=(5, 7))
fam_weight_change = fam("weight_change", [WEIGHT], "list", s_avg_change, [
    "weekly weigh-ins in kg: {data}. Average change per week from first to last? {r2}",
])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_avg_change_list, fam_avg_change_csv, fam_last_pct_lines, fam_last_pct_csv, fam_jump_csv,
    fam_drop_csv, fam_jump_list, fam_pct_above_csv, fam_halves_list, fam_halves_csv,
    fam_var_pop_list, fam_mad_list, fam_cv_list, fam_without_lines, fam_without_csv,
    fam_need_scores, fam_need_steps, fam_need_sales, fam_last_k_csv, fam_between_csv,
    fam_max_minus_mean, fam_top_share_csv, fam_growth_lines, fam_growth_csv, fam_zscore_csv,
    fam_commute_need, fam_weight_change)]
