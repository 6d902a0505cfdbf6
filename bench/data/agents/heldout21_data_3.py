"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 3: CSV attachments (best
and worst rows, counts, modes, streaks, outliers, running totals)."""
# ruff: noqa: E501

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout21_data import (
    ALL,
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
    TIMEY,
    VISITS,
    WEIGHT,
    fam,
    forms,
    mean,
    median,
    s_above,
    s_below,
    s_cum,
    s_max_both,
    s_max_lab,
    s_min_both,
    s_min_lab,
    s_mode,
    s_outlier,
    s_range,
    s_streak,
    s_sum,
    sd,
    st,
)
from bench.data.agents.heldout21_data_7 import s_above_mean
from bench.data.agents.helpers import Family

CSVN = (10, 30)

fam_csv_max_lab = fam("csv_max_lab", ALL, "csv", s_max_lab, [
    "Which {lab} has the highest {col} in the attached file?",
    "in this csv, which row ({lab}) has the biggest {col}?",
    "Attached are my {noun}. On which {lab} was it highest?",
], n=CSVN)
fam_csv_min_lab = fam("csv_min_lab", ALL, "csv", s_min_lab, [
    "Which {lab} had the lowest {col}? data attached",
    "Looking at the CSV, which {lab} has the smallest {col} value?",
    "find the {lab} with the minimum {col} in this file",
], n=CSVN)
fam_csv_max_both = fam("csv_max_both", ALL, "csv", s_max_both, [
    "What's the maximum {col} in the attached data and which {lab} was it?",
    "Tell me the peak {col} and the {lab} it happened on (csv attached)",
], n=CSVN)
fam_csv_min_both = fam("csv_min_both", ALL, "csv", s_min_both, [
    "Lowest {col} in this file, and on which {lab}?",
    "From the attached spreadsheet: what is the minimum {col}, and which {lab} does it belong to?",
], n=CSVN)
fam_csv_steps_best = fam("csv_steps_best", [STEPS], "csv", s_max_both, [
    "Here's my step export. What was my best day and how many steps did I do?",
    "which day did i walk the most, and how many steps was that? file attached",
], n=(10, 30))
fam_csv_sleep_worst = fam("csv_sleep_worst", [SLEEP], "csv", s_min_both, [
    "This is my sleep tracker export. Which night did I sleep the least, and how many hours?",
    "worst night of sleep in the attached log? give the date and hours",
], n=(10, 28))
fam_csv_stock_high = fam("csv_stock_high", [STOCK], "csv", s_max_lab, [
    "On which date did the stock close highest? CSV attached.",
    "Find the date of the highest closing price in this export",
], n=(10, 30))
fam_csv_temp_hot = fam("csv_temp_hot", [TEMPS], "csv", s_max_both, [
    "What was the hottest day in the attached weather data, and how hot did it get?",
    "hottest date + its temp_c from this file pls",
], n=(10, 30))
fam_csv_commute_long = fam("csv_commute_long", [COMMUTE], "csv", s_max_lab, [
    "My commute log is attached. Which date had the longest commute?",
    "when was my slowest trip to work? (csv)",
], n=(10, 25))
fam_csv_rain_dry = fam("csv_rain_dry", [RAIN], "csv", s_min_both, [
    "Which month was the driest according to the attached rainfall file, and how much rain fell?",
    "driest month in this rainfall csv? and the mm for it",
], n=(6, 12))
fam_csv_power_peak = fam("csv_power_peak", [POWER], "csv", s_max_both, [
    "Attached is our electricity usage by month. Which month used the most kWh, and how much?",
    "peak month for electricity in the csv, with the kWh figure please",
], n=(6, 12))
fam_csv_above = fam("csv_above", ALL, "csv", s_above, [
    "How many rows in the attached file have {col} above {t}?",
    "count the entries where {col} is greater than {t} (csv attached)",
    "In this data, on how many {lab}s was {col} over {t}?",
], n=CSVN)
fam_csv_below = fam("csv_below", ALL, "csv", s_below, [
    "How many rows have {col} below {t}? see attached csv",
    "number of {lab}s with {col} under {t} in the file?",
], n=CSVN)
fam_csv_steps_goal = fam("csv_steps_goal", [STEPS], "csv", s_above, [
    "How many days did I beat {t} steps? My export is attached.",
    "count the days with more than {t} steps in this file",
], n=(14, 30))
fam_csv_hot_days = fam("csv_hot_days", [TEMPS], "csv", s_above, [
    "How many days in the attached data were warmer than {t} °C?",
    "number of days above {t} degrees?? csv attached",
], n=(14, 30))
fam_csv_short_sleep = fam("csv_short_sleep", [SLEEP], "csv", s_below, [
    "On how many nights did I sleep less than {t} hours? Log attached.",
    "count nights under {t} h of sleep in the csv",
], n=(14, 30))
fam_csv_pass = fam("csv_pass", [SCORES], "csv", s_above, [
    "The attached file has my class's scores. How many students scored above {t}?",
    "how many kids got more than {t} on the test? (file attached)",
], n=(12, 30))
fam_csv_above_mean = fam("csv_above_mean", ALL, "csv", s_above_mean, [
    "How many rows in the attached data are above the average {col}?",
    "count how many {lab}s beat the mean {col} in this csv",
], n=CSVN)
fam_csv_mode = fam("csv_mode", [SCORES, PULSE, COMMUTE], "csv", s_mode, [
    "What's the most common {col} value in the attached file (the mode)?",
    "mode of the {col} column in this csv?",
], n=(18, 30))
fam_csv_mode_pulse = fam("csv_mode_pulse", [PULSE], "csv", s_mode, [
    "Which resting heart rate shows up most often in my attached export?",
    "most frequent bpm reading in the csv?",
], n=(20, 30))
fam_csv_streak = fam("csv_streak", [STEPS, TEMPS, VISITS, COFFEE], "csv", s_streak, [
    "What's the longest run of consecutive rows where {col} stayed above {t}? csv attached",
    "longest streak of {lab}s in a row with {col} over {t} in this file?",
], n=(14, 30), trend=2)
fam_csv_steps_streak = fam("csv_steps_streak", [STEPS], "csv", s_streak, [
    "What's my longest streak of consecutive days over {t} steps? export attached",
    "how many days in a row max did I stay above {t} steps?",
], n=(14, 30), trend=2)
fam_csv_outlier = fam("csv_outlier", [STEPS, VISITS, COFFEE, POWER, GROCERY, COMMUTE], "csv",
                      s_outlier, [
    "Which {lab} is an outlier in the attached data? Treat as outlier anything more than 2 standard deviations (population) from the mean of {col}.",
    "Flag the row whose {col} is more than 2 population SDs away from the mean — which {lab} is it?",
], n=(10, 25), trend=3)
fam_csv_visits_spike = fam("csv_visits_spike", [VISITS], "csv", s_outlier, [
    "Our site traffic is attached. Which date was the unusual spike? (call it a spike if it's more than 2 population standard deviations above the mean)",
], n=(12, 30), trend=3)
fam_csv_cum = fam("csv_cum", [SALES, STEPS, COFFEE, VISITS, RUNS, GROCERY], "csv", s_cum, [
    "Keeping a running total of {col} from the top of the attached file, on which {lab} does it first go over {g}?",
    "cumulative {col}: at which row ({lab}) do we pass {g} in total? csv attached",
], n=(8, 20))


def s_cum_both(rng, d, labs, vals):  # type: ignore[no-untyped-def]
    res = s_cum(rng, d, labs, vals)
    if res is None or res["req"][0] is None:
        return None
    i = [lab in res["req"][0] for lab in labs].index(True)
    res["req"].append(forms(sum(vals[:i + 1], F(0)), d.dp))
    return res


fam_csv_savings_goal = fam("csv_savings_goal", [SALES], "csv", s_cum_both, [
    "These are monthly sales. Adding them up from the first month in the file, in which month does the running total first exceed {g} dollars, and what is the running total then?",
    "cumulative sales from the top of the sheet: which month takes us past {g}, and what's the cumulative figure at that month?",
], n=(6, 12))
fam_csv_run_goal = fam("csv_run_goal", [RUNS], "csv", s_cum, [
    "My runs are attached. On which date did my total distance first pass {g} km?",
    "When did I cross {g} km in total? (running log attached, in date order)",
], n=(10, 25))
fam_csv_mean = fam("csv_mean", ALL, "csv", st(mean), [
    "What's the average {col} in the attached csv? {r2}",
    "mean of {col} in this file please, {r2}",
    "Can you average the {col} column for me? {r2}",
], n=CSVN)
fam_csv_median = fam("csv_median", ALL, "csv", st(median), [
    "What's the median {col} in the attached data?",
    "median of the {col} column?",
], n=CSVN)
fam_csv_sum = fam("csv_sum", ALL, "csv", s_sum, [
    "What's the total {col} in the attached file?",
    "sum the {col} column of this csv",
], n=CSVN)
fam_csv_range = fam("csv_range", ALL, "csv", s_range, [
    "What's the range of {col} in the attached data (max minus min)?",
    "gap between highest and lowest {col} in the file?",
], n=CSVN)
fam_csv_sd_sample = fam("csv_sd_sample", ALL, "csv", st(lambda v: sd(v, True)), [
    "Sample standard deviation of {col} in the attached file? {r2}",
    "what's the std dev (sample) for the {col} column, {r2}",
], n=CSVN)
fam_csv_sd_pop = fam("csv_sd_pop", ALL, "csv", st(lambda v: sd(v, False)), [
    "Population standard deviation of {col} from the csv? {r2}",
    "treat the attached rows as the whole population: what's the SD of {col}? {r2}",
], n=CSVN)
fam_csv_grocery_total = fam("csv_grocery_total", [GROCERY], "csv", s_sum, [
    "How much did I spend on groceries in total? Spreadsheet attached.",
    "total grocery spend in this file?",
], n=(8, 20))
fam_csv_weight_mean = fam("csv_weight_mean", [WEIGHT], "csv", st(mean, 1), [
    "What's my average weight across these weigh-ins? {r1}",
    "mean weight_kg in the attached log? {r1}",
], n=(8, 20))
fam_csv_days_count = fam("csv_days_count", [d for d in TIMEY if d.kind != "month"], "csv",
                         st(lambda v: len(v), 0), [
    "How many rows of data are in the attached file (not counting the header)?",
    "how many entries does this csv have, excluding the header line?",
], n=(12, 30))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_csv_max_lab, fam_csv_min_lab, fam_csv_max_both, fam_csv_min_both, fam_csv_steps_best,
    fam_csv_sleep_worst, fam_csv_stock_high, fam_csv_temp_hot, fam_csv_commute_long,
    fam_csv_rain_dry, fam_csv_power_peak, fam_csv_above, fam_csv_below, fam_csv_steps_goal,
    fam_csv_hot_days, fam_csv_short_sleep, fam_csv_pass, fam_csv_above_mean, fam_csv_mode,
    fam_csv_mode_pulse, fam_csv_streak, fam_csv_steps_streak, fam_csv_outlier,
    fam_csv_visits_spike, fam_csv_cum, fam_csv_savings_goal, fam_csv_run_goal, fam_csv_mean,
    fam_csv_median, fam_csv_sum, fam_csv_range, fam_csv_sd_sample, fam_csv_sd_pop,
    fam_csv_grocery_total, fam_csv_weight_mean, fam_csv_days_count)]
