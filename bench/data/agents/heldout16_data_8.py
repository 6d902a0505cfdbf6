"""Round 16 (``L_d_*``, dev now), data part eight: short homework-style and arrow-style
requests, charts with a comparison, and files as people really export them (blank cells,
currency signs in cells, dated rows to be grouped by month)."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout16_data import (
    MONTHS,
    Tie,
    counted,
    dec,
    ints,
    listed,
    mean,
    median,
    num,
    pct,
    retry,
    said,
    table,
    whole,
)
from bench.data.agents.heldout16_data_2 import money, spread_rows
from bench.data.agents.heldout16_data_3 import fit
from bench.data.agents.helpers import Family, Item, fresh, item


def l_d_arrow_mean(rng: random.Random) -> Item:  # numbers then an arrow
    xs = ints(rng, 1, 80, (4, 8))
    return item("L_d_arrow_mean", "data", f"{listed(xs, ' ')} -> mean?", [num(mean(xs))])


def l_d_average_with_and(rng: random.Random) -> Item:  # short list ending in "and"
    xs = ints(rng, 2, 300, (3, 4))
    return item("L_d_average_with_and", "data", f"What's the average of {listed(xs[:-1])} and "
                f"{xs[-1]}?", [num(mean(xs))])


def l_d_braces_pop_sd(rng: random.Random) -> Item:  # textbook set notation
    xs = ints(rng, 1, 25, (5, 8))
    return item("L_d_braces_pop_sd", "data", f"Calculate the population standard deviation of "
                f"the data set {{{listed(xs)}}}.", [num(statistics.pstdev(xs))])


def l_d_braces_median(rng: random.Random) -> Item:  # find the median, set notation
    xs = ints(rng, 10, 99, (6, 6)) + ints(rng, 10, 99, (0, 2))
    if len(xs) % 2:
        xs.append(rng.randint(10, 99))
    return item("L_d_braces_median", "data", f"find the median of {{{listed(xs)}}}",
                [num(median(xs))])


def l_d_mean_sd_file(rng: random.Random) -> Item:  # two statistics of an attached column
    xs = [dec(rng, 1.5, 4.5, 2) for _ in range(rng.randint(8, 14))]
    return item("L_d_mean_sd_file", "data", "Give me the mean and the sample SD of the "
                "attached sample weights.", [num(mean(xs)), num(statistics.stdev(xs))],
                csv=table("weight_g", [(v,) for v in xs]))


def l_d_revision_r(rng: random.Random) -> Item:  # correlation across a three-column file
    hrs = [rng.randint(0, 30) for _ in range(rng.randint(8, 14))]
    if len(set(hrs)) < 3:
        raise Tie
    mark = [min(100, 35 + 2 * h + rng.randint(-12, 12)) for h in hrs]
    names = [f"pupil{i}" for i in range(1, len(hrs) + 1)]
    return item("L_d_revision_r", "data", "Is there a relationship between revision hours and "
                "exam marks in my class? Correlation please.",
                [num(statistics.correlation(hrs, mark))],
                csv=table("pupil,revision_hours,exam_mark", list(zip(names, hrs, mark,
                                                                     strict=True))))


def l_d_plot_savings_slope(rng: random.Random) -> Item:  # plot and a per-month fitted growth
    start = rng.randint(500, 3000)
    ys = [start + rng.randint(150, 250) * i + rng.randint(-120, 120) for i in range(8)]
    slope = fit(list(range(1, 9)), ys)[0]
    return item("L_d_plot_savings_slope", "data", "Plot my savings balance over these months, "
                "and using a linear fit, how much is it growing per month?",
                [num(slope, comma=True)], csv=table("month,balance",
                                                    list(zip(MONTHS, ys, strict=False))))


def l_d_chart_lowest(rng: random.Random) -> Item:  # chart plus the lowest month
    rows = spread_rows(rng, MONTHS, 180, 720, 0)
    rows = [(m, int(v)) for m, v in rows]
    low = min(rows, key=lambda r: r[1])[0]
    if low == "May":
        raise Tie
    return item("L_d_chart_lowest", "data", "can you graph our electricity use by month? and "
                "tell me which month was lowest", [[low]], csv=table("month,kwh", rows))


def l_d_pie_time(rng: random.Random) -> Item:  # pie chart plus one slice's percentage
    acts = ["sleep", "work", "commute", "exercise", "screens", "chores"]
    rows = [(a, rng.randint(2, 20) / 2) for a in acts]
    pick = rng.choice(acts)
    share = Fraction(str(dict(rows)[pick])) / money([h for _, h in rows]) * 100
    return item("L_d_pie_time", "data", f"I logged a typical day in hours. Make a pie chart, "
                f"and what percentage of the logged time is {pick}?", [pct(share)],
                csv=table("activity,hours", rows))


def l_d_two_shops(rng: random.Random) -> Item:  # bar chart of two columns, bigger total
    rows = [(m, rng.randint(100, 900), rng.randint(100, 900)) for m in MONTHS[:6]]
    a, b = sum(r[1] for r in rows), sum(r[2] for r in rows)
    if a == b:
        raise Tie
    win = "Northgate" if a > b else "Riverside"
    return item("L_d_two_shops", "data", "Bar chart comparing our two shops month by month "
                "please — and which one sold more over the half year?", [[win]],
                csv=table("month,Northgate,Riverside", rows))


def l_d_child_growth(rng: random.Random) -> Item:  # average growth per year in cm
    h = [rng.randint(95, 115)]
    for _ in range(rng.randint(3, 6)):
        h.append(h[-1] + rng.randint(4, 8))
    per = Fraction(h[-1] - h[0], len(h) - 1)
    forms = num(per)
    return item("L_d_child_growth", "data", f"my son's height at each birthday: "
                f"{listed(h, ' cm, ')} cm. how many cm a year has he grown on average?",
                [forms + [f + " cm" for f in forms]])


def l_d_blank_cells(rng: random.Random) -> Item:  # mean ignoring empty survey answers
    xs = [rng.choice(["", str(rng.randint(1, 10)), str(rng.randint(1, 10))])
          for _ in range(rng.randint(10, 18))]
    vals = [int(v) for v in xs if v]
    if not vals or len(vals) == len(xs):
        raise Tie
    return item("L_d_blank_cells", "data", "Survey results attached — some people skipped the "
                "question, so ignore the blanks. What's the average score?", [num(mean(vals))],
                csv=table("respondent,score", list(enumerate(xs, 1))))


def l_d_count_blanks(rng: random.Random) -> Item:  # how many empty answers
    xs = [rng.choice(["", str(rng.randint(1, 10)), str(rng.randint(1, 10))])
          for _ in range(rng.randint(10, 18))]
    n = xs.count("")
    return item("L_d_count_blanks", "data", "How many people didn't answer the rating "
                "question in this export?", [[str(n), f"{n} people", f"{n} respondents"]],
                csv=table("respondent,rating", list(enumerate(xs, 1))))


def l_d_combined_mean(rng: random.Random) -> Item:  # pooled mean of two groups
    n1, n2 = rng.randint(12, 32), rng.randint(12, 32)
    m1, m2 = dec(rng, 55, 85, 1), dec(rng, 55, 85, 1)
    pooled = (n1 * Fraction(str(m1)) + n2 * Fraction(str(m2))) / (n1 + n2)
    return item("L_d_combined_mean", "data", f"Set 1 has {n1} students with a mean of {m1}; "
                f"set 2 has {n2} students with a mean of {m2}. What's the mean for everyone "
                "combined?", [num(pooled)])


def l_d_dollar_cells(rng: random.Random) -> Item:  # currency signs inside the csv cells
    n = rng.choice([5, 7, 9])
    xs = [dec(rng, 3, 60, 2) for _ in range(n)]
    return item("L_d_dollar_cells", "data", "What's the median price in this list?",
                [num(median(xs))], csv=table("item,price", [(f"item {i}", f"${v:.2f}")
                                                            for i, v in enumerate(xs, 1)]))


def l_d_last_year_change(rng: random.Random) -> Item:  # % change in the final year only
    years = list(range(2017, 2017 + rng.randint(5, 9)))
    ys = ints(rng, 1200, 5000, (len(years), len(years)))
    g = Fraction(ys[-1] - ys[-2], ys[-2]) * 100
    return item("L_d_last_year_change", "data", "By how much (in %) did enrolment change in "
                "the most recent year?", [pct(g)], csv=table("year,enrolled",
                                                             list(zip(years, ys, strict=True))))


def l_d_top_spend_month(rng: random.Random) -> Item:  # group dated rows by month, biggest
    months = rng.sample([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12], 3)
    rows = [(f"2026-{m:02d}-{d:02d}", dec(rng, 5, 250, 2))
            for m in sorted(months) for d in sorted(rng.sample(range(1, 29), rng.randint(3, 6)))]
    totals = {m: money([v for d, v in rows if d[5:7] == f"{m:02d}"]) for m in months}
    ranked = sorted(totals.values())
    if ranked[-1] == ranked[-2]:
        raise Tie
    top = max(totals, key=lambda m: totals[m])
    return item("L_d_top_spend_month", "data", "These are my card transactions. Which month "
                "did I spend the most in?", [[MONTHS[top - 1]]], csv=table("date,amount", rows))


def l_d_all_hours_total(rng: random.Random) -> Item:  # sum of a whole column
    rows = [(rng.choice(["Maya", "Omar", "Nell", "Raj"]), rng.randint(1, 8) / 2)
            for _ in range(rng.randint(10, 20))]
    total = money([h for _, h in rows])
    forms = num(total)
    return item("L_d_all_hours_total", "data", "how many volunteer hours did everyone log "
                "between them?", [forms + [f + " hours" for f in forms]],
                csv=table("name,hours", rows))


def l_d_cost_per_guest(rng: random.Random) -> Item:  # total of lines over a head count
    rows = [(c, dec(rng, 40, 900, 2)) for c in rng.sample(
        ["food", "drinks", "venue", "DJ", "decorations", "cake"], rng.randint(3, 6))]
    guests = rng.randint(18, 90)
    per = money([v for _, v in rows]) / guests
    return item("L_d_cost_per_guest", "data", f"party costs are in the file and we're "
                f"expecting {guests} guests. what does that work out to per guest?",
                [num(per)], csv=table("item,cost", rows))


def l_d_count_above_avg_temp(rng: random.Random) -> Item:  # days warmer than the month mean
    xs = [dec(rng, 12, 31, 1) for _ in range(rng.randint(20, 31))]
    m = mean(xs)
    n = sum(Fraction(str(v)) > m for v in xs)
    return item("L_d_count_above_avg_temp", "data", "On how many days was it warmer than the "
                "month's average?", [[str(n), f"{n} days"]],
                csv=table("day,high_c", list(enumerate(xs, 1))))


def l_d_interval_sd_mean(rng: random.Random) -> Item:  # mean plus or minus one sd range
    xs = ints(rng, 40, 90, (6, 10))
    m, s = statistics.fmean(xs), statistics.stdev(xs)
    return item("L_d_interval_sd_mean", "data", f"For {listed(xs)}, what's the mean minus one "
                "sample standard deviation, and the mean plus one?", [num(m - s), num(m + s)])


def l_d_distinct_visitors(rng: random.Random) -> Item:  # unique ids plus total visits
    ids = rng.sample(range(100, 999), rng.randint(4, 9))
    rows = [(f"2026-04-{d:02d}", f"U{rng.choice(ids)}") for d in range(1, rng.randint(12, 26))]
    n = len({u for _, u in rows})
    return item("L_d_distinct_visitors", "data", "Gym check-ins attached. How many check-ins in "
                "total, and how many different members?",
                [[*whole(len(rows)), f"{len(rows)} check-ins"],
                 counted(n, ["members", "different members", "unique members"]) +
                 said(["different members", "unique members", "members"], str(n))],
                csv=table("date,member", rows))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_arrow_mean, l_d_average_with_and, l_d_braces_pop_sd, l_d_braces_median,
    l_d_mean_sd_file, l_d_revision_r, l_d_plot_savings_slope, l_d_chart_lowest, l_d_pie_time,
    l_d_two_shops, l_d_child_growth, l_d_blank_cells, l_d_count_blanks, l_d_combined_mean,
    l_d_dollar_cells, l_d_last_year_change, l_d_top_spend_month, l_d_all_hours_total,
    l_d_cost_per_guest, l_d_count_above_avg_temp, l_d_interval_sd_mean,
    l_d_distinct_visitors)]
