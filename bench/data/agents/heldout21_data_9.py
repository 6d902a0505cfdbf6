"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 9: everyday trackers
(steps, sleep, heart rate, spending, weather, shop takings) asked in users' own words."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout21_data import (
    COFFEE,
    COMMUTE,
    GROCERY,
    POWER,
    PULSE,
    RAIN,
    RUNS,
    SALES,
    SCORES,
    SLEEP,
    STEPS,
    STOCK,
    TEMPS,
    VISITS,
    WEIGHT,
    fam,
    mean,
    median,
    s_above,
    s_first_last,
    s_max_both,
    s_min_both,
    s_moving,
    s_range,
    s_slope,
    s_sum,
    s_trend,
    sd,
    st,
)
from bench.data.agents.heldout21_data_7 import s_avg_change, s_halves, s_need, s_without
from bench.data.agents.helpers import Family

fam_steps_week = fam("steps_week", [STEPS], "lines", s_sum, [
    "steps this week\n{data}\nhow many in total?",
    "Fitness app won't show weekly totals :( \n{data}\nwhat's the sum?",
], n=(5, 7))
fam_steps_avg_prose = fam("steps_avg_prose", [STEPS], "prose", st(mean, 0), [
    "I walked {data}. Average steps per day, to the nearest whole step?",
    "step counts: {data} — daily average? round to a whole number",
], n=(5, 7))
fam_sleep_median = fam("sleep_median", [SLEEP], "lines", st(median), [
    "Sleep log:\n{data}\nwhat's my median night?",
    "{data}\nthose are hours slept. Median please",
], n=(5, 7))
fam_pulse_avg = fam("pulse_avg", [PULSE], "list", st(mean, 1), [
    "My resting heart rate readings: {data} bpm. Average? {r1}",
    "RHR this week {data} — mean bpm ({r1})",
], n=(5, 9))
fam_pulse_sd = fam("pulse_sd", [PULSE], "list", st(lambda v: sd(v, True), 1), [
    "How much does my resting HR bounce around? Readings: {data}. Sample standard deviation, {r1}",
], n=(6, 10))
fam_grocery_avg = fam("grocery_avg", [GROCERY], "lines", st(mean), [
    "Grocery receipts per week:\n{data}\nWhat's my average weekly spend? {r2}",
    "{data}\nhow much do I spend on groceries per week on average ({r2})",
])
fam_grocery_csv_max = fam("grocery_csv_max", [GROCERY], "csv", s_max_both, [
    "Which week did I spend the most on groceries, and how much? spreadsheet attached",
], n=(8, 20))
fam_weather_range = fam("weather_range", [TEMPS], "csv", s_range, [
    "From the attached temperature log, what's the difference between the warmest and the coldest day?",
    "temp range (max - min) in this file?",
], n=(10, 30))
fam_weather_hot_avg = fam("weather_hot_avg", [TEMPS], "lines", st(mean, 1), [
    "Daily highs for my trip:\n{data}\nAverage high in °C? {r1}",
], n=(5, 9))
fam_rain_csv_total = fam("rain_csv_total", [RAIN], "csv", s_sum, [
    "Total rainfall over the months in the attached file, in mm?",
    "how much rain fell altogether according to this csv?",
], n=(6, 12))
fam_power_change = fam("power_change", [POWER], "lines", s_first_last, [
    "Our electricity use (kWh):\n{data}\nHow much has it changed in percent from {a} to {b}? {r1}",
])
fam_power_csv_avg = fam("power_csv_avg", [POWER], "csv", st(mean), [
    "What's our average monthly electricity use in kWh from the attached bills? {r2}",
], n=(6, 12))
fam_shop_csv_total = fam("shop_csv_total", [COFFEE], "csv", s_sum, [
    "How many cups of coffee did we sell in total over the period in the attached file?",
    "total cups sold? csv attached",
], n=(10, 30))
fam_shop_above = fam("shop_above", [COFFEE, VISITS], "csv", s_above, [
    "On how many days did we go over {t} in the attached log?",
], n=(12, 30))
fam_stock_trend = fam("stock_trend", [STOCK], "csv", s_trend, [
    "Which way is this stock heading over the attached period? Fit a least-squares line to close vs day number (1..{n}) and give the slope per day too, {r2}.",
], n=(10, 30), trend=2)
fam_stock_lowest = fam("stock_lowest", [STOCK], "csv", s_min_both, [
    "What was the lowest close in the attached data, and on what date?",
], n=(10, 30))
fam_weight_trend = fam("weight_trend", [WEIGHT], "lines", s_slope, [
    "{data}\nMy weigh-ins by week. What's the least-squares slope in kg per week (x = week number)? {r2}",
], trend=2)
fam_weight_halves = fam("weight_halves", [WEIGHT], "list", s_halves, [
    "weigh-ins in kg, oldest first: {data}. average of the first {h} vs the last {h}? {r2}",
], n=(6, 10))
fam_commute_avg = fam("commute_avg", [COMMUTE], "prose", st(mean), [
    "Commute this week: {data} (minutes). Average commute? {r2}",
    "how long is my commute on average? {data} — {r2}",
], n=(5, 7))
fam_commute_csv_median = fam("commute_csv_median", [COMMUTE], "csv", st(median), [
    "What's my median commute time in the attached log?",
], n=(10, 25))
fam_runs_moving = fam("runs_moving", [RUNS], "lines", s_moving, [
    "{data}\nMy runs in km, oldest first. What's the average of my last {k} runs? {r2}",
], n=(6, 10))
fam_runs_change = fam("runs_change", [RUNS], "list", s_avg_change, [
    "run distances (km), oldest first: {data}. average change per run from the first to the last? {r2}",
])
fam_scores_need = fam("scores_need", [SCORES], "lines", s_need, [
    "{data}\nThese are the group's quiz scores. If one more person joins, what would they need to score for the group average to be exactly {g}?",
], n=(4, 6))
fam_scores_without = fam("scores_without", [SCORES], "lines", s_without, [
    "{data}\n{a} was absent and got a placeholder mark — what's the class average without {a}? {r2}",
], n=(6, 12))
fam_sales_csv_sd = fam("sales_csv_sd", [SALES], "csv", st(lambda v: sd(v, True)), [
    "How volatile are our monthly sales? Give me the sample standard deviation of the attached figures, {r2}",
], n=(6, 12))
fam_visits_csv_mean = fam("visits_csv_mean", [VISITS], "csv", st(mean), [
    "What's the average number of visitors per day in the attached analytics export? {r2}",
    "avg daily visitors from this csv ({r2})",
], n=(10, 30))
fam_plot_pulse = fam("plot_pulse", [PULSE], "csv", st(mean, 1), [
    "Plot my resting heart rate from the attached file and tell me the average, {r1}",
], n=(10, 30), chart=True)
fam_plot_visits = fam("plot_visits", [VISITS], "csv", s_max_both, [
    "Graph the attached visitor numbers and tell me the busiest day and its count",
], n=(10, 30), chart=True)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_steps_week, fam_steps_avg_prose, fam_sleep_median, fam_pulse_avg, fam_pulse_sd,
    fam_grocery_avg, fam_grocery_csv_max, fam_weather_range, fam_weather_hot_avg,
    fam_rain_csv_total, fam_power_change, fam_power_csv_avg, fam_shop_csv_total, fam_shop_above,
    fam_stock_trend, fam_stock_lowest, fam_weight_trend, fam_weight_halves, fam_commute_avg,
    fam_commute_csv_median, fam_runs_moving, fam_runs_change, fam_scores_need,
    fam_scores_without, fam_sales_csv_sd, fam_visits_csv_mean, fam_plot_pulse, fam_plot_visits)]
