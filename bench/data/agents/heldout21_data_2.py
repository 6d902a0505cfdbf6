"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 2: labelled lines, pasted
tables and prose (averages, totals, changes, shares)."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout21_data import (
    ALL,
    COFFEE,
    GROCERY,
    POWER,
    RAIN,
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
    fam,
    mean,
    median,
    s_first_last,
    s_mean_med,
    s_moving,
    s_range,
    s_share,
    s_slope,
    s_sum,
    s_topk,
    s_trend,
    s_trim,
    s_two,
    sd,
    st,
)
from bench.data.agents.helpers import Family

POS = [d for d in TIMEY if d is not TEMPS]

fam_mean_lines = fam("mean_lines", ALL, "lines", st(mean), [
    "{data}\n\nwhat's my average? {r2}",
    "Here's my log of {noun}:\n{data}\nAverage please, {r2}",
    "avg of this?\n{data}\n({r2})",
])
fam_mean_table = fam("mean_table", ALL, "table", st(mean), [
    "Pasting a little table:\n{data}\nWhat is the mean {col}? {r2}",
    "{data}\n\nCould you work out the average of the {col} column? {r2}",
])
fam_mean_tabs = fam("mean_tabs", ALL, "tabs", st(mean), [
    "copied from my spreadsheet:\n{data}\nmean of {col}? {r2}",
    "{data}\nwhat's the average {col} here ({r2})",
])
fam_mean_prose = fam("mean_prose", [STEPS, SLEEP, WEIGHT, RUNS, TEMPS], "prose", st(mean), [
    "My recent {noun} were {data}. What did I average? {r2}",
    "so my {noun} went like this: {data} — average? {r2}",
    "Quick one: {data}. What's the mean of those {noun}? {r2}",
])
fam_median_lines = fam("median_lines", ALL, "lines", st(median), [
    "{data}\nWhat is the median?",
    "Median of my {noun}, please:\n{data}",
    "can u tell me the median value\n{data}",
])
fam_median_table = fam("median_table", ALL, "table", st(median), [
    "{data}\nWhat's the median {col}?",
    "Here's the table:\n{data}\nI need the median of {col}.",
])
fam_mean_med_lines = fam("mean_med_lines", ALL, "lines", s_mean_med, [
    "{data}\nmean AND median please ({r2})",
    "For these {noun}:\n{data}\nwhat are the average and the median? {r2}",
])
fam_sum_lines = fam("sum_lines", ALL, "lines", s_sum, [
    "{data}\nWhat's the total?",
    "Add up my {noun}:\n{data}",
    "total for the period?\n{data}",
])
fam_sum_table = fam("sum_table", ALL, "table", s_sum, [
    "{data}\nsum of the {col} column?",
    "Can you total the {col} in this table?\n{data}",
])
fam_sum_prose = fam("sum_prose", [STEPS, RUNS, COFFEE, VISITS, GROCERY], "prose", s_sum, [
    "My {noun}: {data}. What's that in total?",
    "How much altogether? {data}",
    "Adding up {noun} — {data}. Total?",
])
fam_range_lines = fam("range_lines", ALL, "lines", s_range, [
    "{data}\nWhat's the range (highest minus lowest)?",
    "How wide is the spread in these {noun}, max minus min?\n{data}",
])
fam_range_table = fam("range_table", ALL, "table", s_range, [
    "{data}\nDifference between the biggest and the smallest {col}?",
    "range of {col} (max - min):\n{data}",
])
fam_sd_sample_lines = fam("sd_sample_lines", ALL, "lines", st(lambda v: sd(v, True)), [
    "{data}\nsample standard deviation? {r2}",
    "How much do my {noun} vary? Give me the sample SD ({r2}):\n{data}",
])
fam_sd_pop_table = fam("sd_pop_table", ALL, "table", st(lambda v: sd(v, False)), [
    "{data}\nStandard deviation of {col}, population formula (divide by n), {r2}",
    "Here's the full data set, not a sample:\n{data}\nWhat's the standard deviation? {r2}",
])
fam_sd_sample_tabs = fam("sd_sample_tabs", ALL, "tabs", st(lambda v: sd(v, True)), [
    "{data}\nwhat's the sample standard deviation of {col}? {r2}",
    "from excel:\n{data}\nSTDEV.S of {col}? {r2}",
])
fam_sd_pop_tabs = fam("sd_pop_tabs", ALL, "tabs", st(lambda v: sd(v, False)), [
    "{data}\nSTDEV.P of the {col} column please, {r2}",
    "population std dev for {col}? {r2}\n{data}",
])
fam_two_lines = fam("two_lines", POS, "lines", s_two, [
    "{data}\nWhat's the percentage change from {a} to {b}? {r1}",
    "By what % did it change between {a} and {b}? {r1}\n{data}",
    "my {noun}:\n{data}\nhow much did it rise or fall from {a} to {b}, in percent ({r1})",
])
fam_two_table = fam("two_table", POS, "table", s_two, [
    "{data}\npercent change in {col} from {a} to {b}? {r1}",
    "Looking at this:\n{data}\nHow many percent up or down is {b} compared with {a}? {r1}",
])
fam_first_last_lines = fam("first_last_lines", POS, "lines", s_first_last, [
    "{data}\nOverall % change from {a} to {b}? {r1}",
    "From the first entry to the last one, what's the percentage change? {r1}\n{data}",
])
fam_first_last_table = fam("first_last_table", POS, "table", s_first_last, [
    "{data}\nhow much has {col} changed in percent over the whole table (first row to last)? {r1}",
    "Percentage change, start to end:\n{data}\n{r1}",
])
fam_share_lines = fam("share_lines", [SALES, POWER, RAIN, COFFEE, VISITS, GROCERY, STEPS], "lines", s_share, [
    "{data}\nWhat share of the total is {a}, in percent? {r1}",
    "What percentage of the whole does {a} make up? {r1}\n{data}",
    "{data}\n{a} was what % of the total?? ({r1})",
])
fam_share_table = fam("share_table", [SALES, POWER, RAIN, COFFEE, VISITS], "table", s_share, [
    "{data}\nWhat percent of total {col} came from {a}? {r1}",
    "Share of {a} in the {col} total, as a percentage? {r1}\n{data}",
])
fam_share_prose = fam("share_prose", [SALES, POWER, RAIN, COFFEE], "prose", s_share, [
    "Our {noun} were {data}. What fraction of the total was {a}, as a percent? {r1}",
    "{data} — that's our {noun}. {a} accounts for what percentage? {r1}",
])
fam_moving_lines = fam("moving_lines", TIMEY, "lines", s_moving, [
    "{data}\nWhat's the {k}-period moving average as of the last row? {r2}",
    "Average of the last {k} entries?\n{data}\n{r2}",
], n=(6, 10))
fam_moving_table = fam("moving_table", TIMEY, "table", s_moving, [
    "{data}\ntrailing {k}-row average of {col} at the latest row please ({r2})",
    "Can you give me the {k}-row rolling mean of {col} ending on the final row? {r2}\n{data}",
], n=(6, 10))
fam_slope_lines = fam("slope_lines", TIMEY, "lines", s_slope, [
    "{data}\nFitting a straight line with x = 1, 2, ..., {n} for the rows in order, what's the slope? {r2}",
    "Least-squares slope per row (x = row number 1..{n})? {r2}\n{data}",
], trend=2)
fam_slope_table = fam("slope_table", TIMEY, "table", s_slope, [
    "{data}\nIf I fit a linear trend to {col} (x = 1 for the first row up to {n}), what's the slope? {r2}",
    "regression slope of {col} vs row number 1..{n}, {r2}\n{data}",
], trend=2)
fam_trend_lines = fam("trend_lines", TIMEY, "lines", s_trend, [
    "{data}\nIs this heading up or down overall? Also give the least-squares slope per row (x = 1..{n}), {r2}",
    "What's the trend in my {noun}? Direction plus slope per period, x = 1..{n} ({r2}):\n{data}",
], trend=2)
fam_trend_table = fam("trend_table", TIMEY, "table", s_trend, [
    "{data}\nWhich direction is {col} trending, and what's the fitted slope (x = 1..{n})? {r2}",
], trend=2)
fam_trim_lines = fam("trim_lines", [SCORES], "lines", s_trim, [
    "{data}\nThese are competition scores. Drop the highest and the lowest one, then average the rest ({r2})",
    "Throw out the best and the worst score and give me the mean of the others, {r2}:\n{data}",
], n=(6, 9))
fam_topk_lines = fam("topk_lines", ALL, "lines", s_topk, [
    "{data}\nWhat's the combined total of the top {k}?",
    "Add up the {k} highest values in this:\n{data}",
])
fam_mean_scores = fam("mean_scores", [SCORES], "lines", st(mean), [
    "Class results:\n{data}\nWhat's the class average? {r2}",
    "my students got\n{data}\nmean score? {r2}",
], n=(8, 14))
fam_median_scores = fam("median_scores", [SCORES], "prose", st(median), [
    "Scores: {data}. What's the median score?",
    "quiz marks were {data} — median?",
], n=(7, 12))
fam_mean_weight = fam("mean_weight", [WEIGHT], "lines", st(mean, 1), [
    "My weigh-ins:\n{data}\nAverage weight over these weeks? {r1}",
    "{data}\nwhat's my mean weight in kg ({r1})",
])
fam_mean_stock = fam("mean_stock", [STOCK], "lines", st(mean), [
    "Closing prices:\n{data}\nWhat's the average close? {r2}",
    "{data}\nThat's a stock's closing price by date. Mean price ({r2})?",
])
fam_mean_temps = fam("mean_temps", [TEMPS], "lines", st(mean, 1), [
    "High temps in °C:\n{data}\nAverage high? {r1}",
    "{data}\nwhats the avg temperature for that stretch, {r1}",
])
fam_sum_rain = fam("sum_rain", [RAIN], "lines", s_sum, [
    "Rainfall by month (mm):\n{data}\nTotal rainfall?",
    "{data}\nHow many mm of rain in total over those months?",
])
fam_mean_sleep = fam("mean_sleep", [SLEEP], "prose", st(mean), [
    "I slept {data} (hours). What's my average per night? {r2}",
    "sleep log: {data}. avg hours per night? {r2}",
], n=(5, 7))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_mean_lines, fam_mean_table, fam_mean_tabs, fam_mean_prose, fam_median_lines,
    fam_median_table, fam_mean_med_lines, fam_sum_lines, fam_sum_table, fam_sum_prose,
    fam_range_lines, fam_range_table, fam_sd_sample_lines, fam_sd_pop_table, fam_sd_sample_tabs,
    fam_sd_pop_tabs, fam_two_lines, fam_two_table, fam_first_last_lines, fam_first_last_table,
    fam_share_lines, fam_share_table, fam_share_prose, fam_moving_lines, fam_moving_table,
    fam_slope_lines, fam_slope_table, fam_trend_lines, fam_trend_table, fam_trim_lines,
    fam_topk_lines, fam_mean_scores, fam_median_scores, fam_mean_weight, fam_mean_stock,
    fam_mean_temps, fam_sum_rain, fam_mean_sleep)]
