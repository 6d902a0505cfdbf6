"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 10: pasted lists (spread,
totals, trimmed means, moving averages, slopes, z-scores)."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout21_data import (
    ALL,
    TEMPS,
    TIMEY,
    F,
    fam,
    s_first_last,
    s_mean_med,
    s_moving,
    s_range,
    s_slope,
    s_sum,
    s_topk,
    s_trend,
    s_trim,
    sd,
    st,
)
from bench.data.agents.heldout21_data_7 import s_diff_mean, s_zscore
from bench.data.agents.helpers import Family

fam_mean_median_list = fam("mean_median_list", ALL, "list", s_mean_med, [
    "Give me both the mean and the median of {data} ({r2})",
    "{noun}: {data}. mean and median? {r2}",
    "For this set — {data} — what are the average and the median? {r2}.",
])
fam_sd_sample_list = fam("sd_sample_list", ALL, "list", st(lambda v: sd(v, True)), [
    "What's the sample standard deviation of {data}? {r2}",
    "sample std dev of these {noun}: {data} ({r2})",
    "Calculate the standard deviation (sample, n-1) for {data} ({r2})",
])
fam_sd_pop_list = fam("sd_pop_list", ALL, "list", st(lambda v: sd(v, False)), [
    "population standard deviation of {data}? {r2}",
    "Treat these {noun} as the whole population and give me the standard deviation: {data}. {r2}",
    "What is the std dev (population, divide by n) of {data}? {r2}",
])
fam_var_sample_list = fam("var_sample_list", ALL, "list",
                          st(lambda v: F(sd(v, True) ** 2)), [
    "What's the sample variance of {data}? {r2}",
    "sample variance (n-1) for these {noun} please: {data} ({r2})",
    "compute the variance of {data}, treating it as a sample. {r2}",
], n=(5, 7))
fam_sum_list = fam("sum_list", ALL, "list", s_sum, [
    "add these up for me: {data}",
    "What's the total of {data}?",
    "Total of my {noun}? {data}",
    "sum: {data}",
])
fam_range_list = fam("range_list", ALL, "list", s_range, [
    "What's the range (largest minus smallest) of {data}?",
    "range (max minus min) of these {noun}: {data}",
    "How big is the spread between the highest and lowest of {data}?",
])
fam_trimmed_list = fam("trimmed_list", ALL, "list", s_trim, [
    "Drop the single highest and single lowest value and average the rest: {data} ({r2})",
    "here are some {noun}: {data}. Ignore the top and bottom one and give me the mean of the others, {r2}",
    "average without the max and min: {data}. {r2}",
], n=(6, 9))
fam_topk_list = fam("topk_list", ALL, "list", s_topk, [
    "What do the {k} biggest numbers in this list add up to? {data}",
    "sum of the top {k} values: {data}",
    "From {data}, add the {k} largest together",
])
fam_moving_list = fam("moving_list", TIMEY, "list", s_moving, [
    "Here are my {noun} in order, oldest first: {data}. What's the {k}-point moving average at the end (average of the last {k})? {r2}",
    "{noun} (chronological): {data} — give me the average of the most recent {k}, {r2}",
    "rolling {k}-value average for the latest point of {data}? list is oldest to newest. {r2}",
], n=(7, 10))
fam_first_last_list = fam("first_last_list", [d for d in TIMEY if d is not TEMPS], "list",
                          s_first_last, [
    "These are my {noun}, oldest first: {data}. By what percent did it change from the first to the last? {r1}",
    "percent change from first value to last value: {data} ({r1})",
    "{data} — how much did it go up or down in % from start to finish? {r1}",
])
fam_slope_list = fam("slope_list", TIMEY, "list", s_slope, [
    "Fit a straight line to these {noun} (x = 1, 2, 3, ... in order): {data}. What's the slope? {r2}",
    "least squares slope for {data}, with x being 1 to {n}. {r2}",
    "linear regression slope of {data} against position 1..{n}? {r2}",
], trend=2)
fam_trend_list = fam("trend_list", TIMEY, "list", s_trend, [
    "Here are my {noun} in time order: {data}. Which way is the trend heading, and what's the least-squares slope per step (x = 1..{n})? {r2}",
    "{data} — these are {noun}, oldest first. Trend direction and slope per period ({r2})?",
], trend=2)
fam_zscore_list = fam("zscore_list", ALL, "lines", s_zscore, [
    "{data}\nHow many standard deviations from the average is {a}? Use the population SD, {r2}.",
    "Using population standard deviation, what's the z-score for {a}?\n{data}\n{r2}",
])
fam_diff_mean_lines = fam("diff_mean_lines", ALL, "lines", s_diff_mean, [
    "{data}\nhow far is {a} from the average of all of them? {r2}",
    "By how much does {a} differ from the mean? {r2}\n{data}",
    "here are my {noun}:\n{data}\nwhat's the gap between {a} and the overall mean ({r2})",
])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_mean_median_list, fam_sd_sample_list, fam_sd_pop_list, fam_var_sample_list, fam_sum_list, fam_range_list, fam_trimmed_list, fam_topk_list, fam_moving_list, fam_first_last_list, fam_slope_list, fam_trend_list, fam_zscore_list, fam_diff_mean_lines)]
