"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 4: chart requests with a
number (plot and average, bar chart and total, trend line and slope)."""
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
    s_max_both,
    s_max_lab,
    s_min_both,
    s_moving,
    s_range,
    s_share,
    s_slope,
    s_sum,
    s_trend,
    sd,
    st,
)
from bench.data.agents.helpers import Family

POS = [d for d in TIMEY if d is not TEMPS]
CSVN = (10, 30)

fam_plot_mean_list = fam("plot_mean_list", TIMEY, "list", st(mean), [
    "Plot these {noun} and tell me the average: {data} ({r2})",
    "can you chart {data} for me? and what's the mean ({r2})",
    "graph my {noun} — {data} — plus the average please, {r2}",
], chart=True)
fam_plot_mean_lines = fam("plot_mean_lines", ALL, "lines", st(mean), [
    "{data}\nMake a chart of this and give me the mean, {r2}",
    "Draw a graph of these {noun} and tell me the average ({r2}):\n{data}",
], chart=True)
fam_plot_mean_csv = fam("plot_mean_csv", ALL, "csv", st(mean), [
    "Plot the {col} column from the attached csv over time and tell me its average ({r2})",
    "chart this file and what's the mean {col}? {r2}",
    "Can you make a line chart of the attached data and also give me the average {col}, {r2}?",
], n=CSVN, chart=True)
fam_plot_median_list = fam("plot_median_list", ALL, "list", st(median), [
    "plot {data} and tell me the median",
    "Chart these numbers and give me the median: {data}",
], chart=True)
fam_plot_median_csv = fam("plot_median_csv", ALL, "csv", st(median), [
    "Plot {col} from the file and tell me the median value",
    "make a chart of the attached data + median of {col}",
], n=CSVN, chart=True)
fam_plot_sum_lines = fam("plot_sum_lines", [SALES, POWER, RAIN, COFFEE, VISITS, GROCERY], "lines",
                         s_sum, [
    "{data}\nbar chart of this please, and what's the total?",
    "Make a bar chart of my {noun} and add them up:\n{data}",
], chart=True)
fam_plot_sum_csv = fam("plot_sum_csv", [SALES, POWER, RAIN, COFFEE, VISITS, GROCERY, STEPS, RUNS],
                       "csv", s_sum, [
    "Plot the attached {col} and tell me the total",
    "chart the csv and sum up {col} for me",
], n=CSVN, chart=True)
fam_plot_max_lines = fam("plot_max_lines", [SCORES], "csv", s_max_lab, [
    "Bar chart of the attached test scores please, and who got the top score?",
    "plot the class results in this file and tell me which student scored highest",
], n=(8, 25), chart=True)
fam_plot_max_csv = fam("plot_max_csv", ALL, "csv", s_max_both, [
    "Graph the attached data and tell me the peak {col} and when it happened",
    "plot this csv; what's the max {col} and on which {lab}?",
], n=CSVN, chart=True)
fam_plot_min_csv = fam("plot_min_csv", ALL, "csv", s_min_both, [
    "Plot the attached file and tell me the lowest {col} and its {lab}",
    "chart pls + which {lab} had the minimum {col} (and the value)?",
], n=CSVN, chart=True)
fam_plot_trend_list = fam("plot_trend_list", TIMEY, "list", s_trend, [
    "Plot {data} (oldest first) with a trend line — which way is it heading and what's the slope per step (x = 1..{n})? {r2}",
    "graph my {noun}: {data}. Is the trend up or down, and by how much per period (least squares, x = 1..{n}, {r2})?",
], chart=True, trend=2)
fam_plot_trend_csv = fam("plot_trend_csv", TIMEY, "csv", s_trend, [
    "Plot {col} from the attached file with a linear trend line. Direction of the trend, and slope per row (x = 1..{n}), {r2}?",
    "chart the csv and fit a trend line to {col} — up or down, and what's the least-squares slope per row numbered 1 to {n}? {r2}",
], n=CSVN, chart=True, trend=2)
fam_plot_slope_lines = fam("plot_slope_lines", TIMEY, "lines", s_slope, [
    "{data}\nPlot this and fit a line; what's the slope with x = 1..{n} for the rows in order? {r2}",
], chart=True, trend=2)
fam_plot_change_lines = fam("plot_change_lines", POS, "lines", s_first_last, [
    "{data}\nChart this and tell me the % change from {a} to {b} ({r1})",
    "Plot my {noun} and work out how much they changed in percent from {a} to {b}, {r1}:\n{data}",
], chart=True)
fam_plot_change_csv = fam("plot_change_csv", POS, "csv", s_first_last, [
    "Plot the attached {col} and give me the percent change from the first row to the last ({r1})",
], n=CSVN, chart=True)
fam_plot_share_lines = fam("plot_share_lines", [SALES, POWER, COFFEE, VISITS], "lines", s_share, [
    "{data}\nMake a pie chart of this. What percentage is {a}? {r1}",
    "Pie chart please, and tell me {a}'s share of the total in % ({r1}):\n{data}",
], chart=True)
fam_plot_sd_list = fam("plot_sd_list", ALL, "list", st(lambda v: sd(v, True)), [
    "plot {data} and give me the sample standard deviation ({r2})",
    "Chart these and tell me how spread out they are — sample SD, {r2}: {data}",
], chart=True)
fam_plot_range_csv = fam("plot_range_csv", ALL, "csv", s_range, [
    "Plot the attached {col} and tell me the range (max minus min)",
], n=CSVN, chart=True)
fam_plot_moving_csv = fam("plot_moving_csv", TIMEY, "csv", s_moving, [
    "Plot {col} from the file, and what is the {k}-row moving average at the last row? {r2}",
    "chart it and give me the average of the final {k} rows of {col} ({r2})",
], n=CSVN, chart=True)
fam_plot_steps = fam("plot_steps", [STEPS], "lines", st(mean), [
    "Here's my week of steps:\n{data}\nCan you plot it and tell me my daily average? {r2}",
    "plot my steps pls and whats the avg per day ({r2})\n{data}",
], chart=True, n=(5, 7))
fam_plot_weight = fam("plot_weight", [WEIGHT], "lines", s_first_last, [
    "{data}\nGraph my weight and tell me the % change from {a} to {b} ({r1})",
], chart=True)
fam_plot_temps = fam("plot_temps", [TEMPS], "csv", st(mean, 1), [
    "Plot the temperatures in the attached file and give me the average high, {r1}",
    "make a temperature chart from this csv + mean temp_c ({r1})",
], n=CSVN, chart=True)
fam_plot_scores = fam("plot_scores", [SCORES], "lines", st(mean), [
    "{data}\nBar chart of these test scores, and the class average please ({r2})",
    "Make a bar chart of the scores and give me the mean, {r2}:\n{data}",
], chart=True, n=(6, 12))
fam_plot_stock = fam("plot_stock", [STOCK], "csv", s_first_last, [
    "Plot the closing prices in the attached csv and tell me the percent return from the first to the last close ({r1})",
], n=CSVN, chart=True)
fam_plot_sleep = fam("plot_sleep", [SLEEP], "prose", st(mean), [
    "My sleep this week: {data}. Plot it and tell me the nightly average ({r2})",
], chart=True, n=(5, 7))
fam_plot_rain = fam("plot_rain", [RAIN], "lines", s_sum, [
    "{data}\nMonthly rainfall in mm — can you chart it and tell me the total?",
], chart=True)
fam_plot_runs = fam("plot_runs", [RUNS], "csv", s_sum, [
    "Chart my runs from the attached log and tell me the total distance in km",
], n=(8, 25), chart=True)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_plot_mean_list, fam_plot_mean_lines, fam_plot_mean_csv, fam_plot_median_list,
    fam_plot_median_csv, fam_plot_sum_lines, fam_plot_sum_csv, fam_plot_max_lines,
    fam_plot_max_csv, fam_plot_min_csv, fam_plot_trend_list, fam_plot_trend_csv,
    fam_plot_slope_lines, fam_plot_change_lines, fam_plot_change_csv, fam_plot_share_lines,
    fam_plot_sd_list, fam_plot_range_csv, fam_plot_moving_csv, fam_plot_steps, fam_plot_weight,
    fam_plot_temps, fam_plot_scores, fam_plot_stock, fam_plot_sleep, fam_plot_rain,
    fam_plot_runs)]
