"""Round 14 (``N_m_*``, dev now) multi-part requests about data: a CSV file or numbers in the
message, with a statistic plus a chart, a conversion of the result, or a second statistic."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bench.data.agents.heldout14_multi_common import (
    GRAPH,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Item,
    cash,
    convert,
    deg_c,
    deg_f,
    fams,
    forms,
    multi,
    named,
    num,
    random,
    safe,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
CORR = ["correlation", "r", "Correlation", "correlation coefficient", "Pearson r", "R"]
SLOPE = ["slope", "trend", "Slope", "Trend", "gradient"]


def _mean(values: list[int] | list[F]) -> F:
    return F(sum(values, F(0)), len(values))


def _median(values: list[int]) -> F:
    s = sorted(values)
    n = len(s)
    return F(s[n // 2]) if n % 2 else F(s[n // 2 - 1] + s[n // 2], 2)


def _pearson(xs: list[int], ys: list[int]) -> float | None:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True))
    sxx, syy = sum((a - mx) ** 2 for a in xs), sum((b - my) ** 2 for b in ys)
    if not sxx or not syy:
        return None
    r = sxy / math.sqrt(sxx * syy)
    return None if abs(abs(r) * 100 % 1 - 0.5) < 0.02 else r


def _r(r: float) -> list[str]:
    text = f"{r:.2f}"
    trimmed = text.rstrip("0").rstrip(".")
    return list(dict.fromkeys(a for v in (text, trimmed) for a in labelled(CORR, v)))


def _slope(xs: list[int], ys: list[int]) -> F:
    n = len(xs)
    mx, my = F(sum(xs), n), F(sum(ys), n)
    return (sum(((a - mx) * (b - my) for a, b in zip(xs, ys, strict=True)), F(0))
            / sum(((a - mx) ** 2 for a in xs), F(0)))


def _csv(header: str, rows: Sequence[Sequence[object]]) -> str:
    return "\n".join([header, *(",".join(str(v) for v in row) for row in rows)]) + "\n"


def n_m_csv_sales_mean_chart(rng: random.Random) -> Item:  # monthly sales: mean and a chart
    k = rng.randint(6, 12)
    sales = [rng.randint(120, 990) for _ in range(k)]
    mean = _mean(sales)
    if not safe(mean):
        return n_m_csv_sales_mean_chart(rng)
    return multi("N_m_csv_sales_mean_chart", "attached our sales by month - whats the average "
                 "per month and can you chart it", [named(MEAN, mean), GRAPH],
                 csv=_csv("month,sales", list(zip(MONTHS, sales, strict=False))))


def n_m_csv_temps_fahrenheit(rng: random.Random) -> Item:  # mean of Celsius readings, in °F
    temps = [F(rng.randint(-50, 320), 10) for _ in range(7)]
    mean = _mean(temps)
    if not safe(mean, mean * 9 / 5 + 32):
        return n_m_csv_temps_fahrenheit(rng)
    return multi("N_m_csv_temps_fahrenheit", "This file has last week's daily temperatures in "
                 "Celsius. What was the average, and what's that in Fahrenheit?",
                 [named(MEAN, mean) + deg_c(mean), deg_f(mean * 9 / 5 + 32)],
                 csv=_csv("day,temp_c", [(d, f"{float(t):.1f}") for d, t in zip(DAYS, temps,
                                                                                 strict=True)]))


def n_m_csv_runs_miles(rng: random.Random) -> Item:  # total running distance, km and miles
    k = rng.randint(5, 10)
    runs = [F(rng.randint(30, 180), 10) for _ in range(k)]
    total = sum(runs, F(0))
    if not safe(total / MILE):
        return n_m_csv_runs_miles(rng)
    rows = [(f"2026-05-{2 * i + 1:02d}", f"{float(r):.1f}") for i, r in enumerate(runs)]
    return multi("N_m_csv_runs_miles", "my runs for may are in the csv. how many km did i do in "
                 "total and how much is that in miles?",
                 [unit(total, "km", "kilometres", "kilometers"), unit(total / MILE, "miles",
                                                                      "mi")],
                 csv=_csv("date,km", rows))


def n_m_csv_trip_costs_eur(rng: random.Random) -> Item:  # a dollar expense list, total in euros
    things = rng.sample(["hotel", "flights", "car", "food", "museum", "train", "tips", "sim"],
                        rng.randint(4, 6))
    costs = [F(rng.randint(1500, 60000), 100) for _ in things]
    total = sum(costs, F(0))
    eur = convert(total, "USD", "EUR")
    if not safe(eur):
        return n_m_csv_trip_costs_eur(rng)
    return multi("N_m_csv_trip_costs_eur", "Trip expenses in USD attached. What's the total, "
                 "and the same total in euros?", [forms(total) + cash(total, "USD"),
                                                  cash(eur, "EUR")],
                 csv=_csv("item,usd", [(t, f"{float(c):.2f}") for t, c in zip(things, costs,
                                                                              strict=True)]))


def n_m_csv_weight_change_chart(rng: random.Random) -> Item:  # weigh-ins: change and a chart
    k = rng.randint(6, 12)
    start = rng.randint(700, 1100)
    weights = [F(start - sum(rng.randint(-4, 12) for _ in range(i)), 10) for i in range(k)]
    change = weights[0] - weights[-1]
    if change <= 0:
        return n_m_csv_weight_change_chart(rng)
    return multi("N_m_csv_weight_change_chart", "weekly weigh-ins attached. how much have i lost "
                 "from the first week to the last, and plot it for me",
                 [unit(change, "kg", "kilograms", "kilos"), GRAPH],
                 csv=_csv("week,weight_kg", [(i + 1, f"{float(w):.1f}")
                                            for i, w in enumerate(weights)]))


def n_m_csv_hours_scores_r(rng: random.Random) -> Item:  # correlation and a scatter plot
    n = rng.randint(8, 12)
    hours = [rng.randint(0, 12) for _ in range(n)]
    scores = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    r = _pearson(hours, scores)
    if r is None:
        return n_m_csv_hours_scores_r(rng)
    return multi("N_m_csv_hours_scores_r", "I've attached study hours vs test scores for my "
                 "class. Is there a correlation (give me r) and can you make a scatter plot?",
                 [_r(r), GRAPH], csv=_csv("hours,score", list(zip(hours, scores, strict=True))))


def n_m_csv_heights_median_inches(rng: random.Random) -> Item:  # median height, cm and inches
    names = rng.sample(["Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"],
                       rng.randint(5, 9))
    cms = [rng.randint(120, 195) for _ in names]
    med = _median(cms)
    inch = med / F(254, 100)
    if not safe(inch):
        return n_m_csv_heights_median_inches(rng)
    return multi("N_m_csv_heights_median_inches", "heights of the kids in my team are in the file. "
                 "median height? and in inches too please",
                 [named(MEDIAN, med) + unit(med, "cm", "centimetres"), unit(inch, "in", "inches",
                                                                           '"')],
                 csv=_csv("name,height_cm", list(zip(names, cms, strict=True))))


def n_m_csv_wettest_month_total(rng: random.Random) -> Item:  # the wettest month and a total
    rain = rng.sample(range(8, 190), 12)
    wettest = MONTHS[rain.index(max(rain))]
    return multi("N_m_csv_wettest_month_total", "rainfall for the year (mm). which month was "
                 "wettest, and how much rain fell in total?",
                 [[wettest], unit(F(sum(rain)), "mm", "millimetres", "millimeters")],
                 csv=_csv("month,rain_mm", list(zip(MONTHS, rain, strict=True))))


def n_m_csv_bills_average_gbp(rng: random.Random) -> Item:  # average bill, then in pounds
    k = rng.randint(4, 12)
    bills = [F(rng.randint(4000, 16000), 100) for _ in range(k)]
    mean = _mean(bills)
    gbp = convert(mean, "EUR", "GBP")
    if not safe(mean, gbp):
        return n_m_csv_bills_average_gbp(rng)
    return multi("N_m_csv_bills_average_gbp", "Electricity bills in euros attached. Average per "
                 "month? And roughly what's that in pounds?",
                 [named(MEAN, mean) + cash(mean, "EUR"), cash(gbp, "GBP")],
                 csv=_csv("month,eur", [(m, f"{float(b):.2f}") for m, b in zip(MONTHS, bills,
                                                                               strict=False)]))


def n_m_csv_steps_goal_days(rng: random.Random) -> Item:  # days over a goal, and the average
    k = rng.randint(7, 14)
    steps = [rng.randint(3000, 16000) for _ in range(k)]
    over = sum(1 for s in steps if s >= 10000)
    mean = _mean(steps)
    if not safe(mean) or over == 0:
        return n_m_csv_steps_goal_days(rng)
    return multi("N_m_csv_steps_goal_days", "step counts from my watch attached. on how many days "
                 "did I hit 10,000? and what's my average?",
                 [[f"{over} days", f"{over} of", f"{over} out of"], named(MEAN, mean)],
                 csv=_csv("day,steps", [(i + 1, s) for i, s in enumerate(steps)]))


def n_m_csv_glucose_mean_max(rng: random.Random) -> Item:  # mean and highest reading
    k = rng.randint(6, 12)
    vals = [F(rng.randint(40, 120), 10) for _ in range(k)]
    mean, top = _mean(vals), max(vals)
    if not safe(mean):
        return n_m_csv_glucose_mean_max(rng)
    return multi("N_m_csv_glucose_mean_max", "my glucose log (mmol/L) is attached. average "
                 "reading and highest one?",
                 [named(MEAN, mean), named(["highest", "max", "maximum", "Highest", "Max",
                                            "Maximum", "peak"], top) + forms(top, 1)],
                 csv=_csv("time,mmol", [(f"{7 + i}:00", f"{float(v):.1f}")
                                        for i, v in enumerate(vals)]))


def n_m_csv_revenue_best(rng: random.Random) -> Item:  # revenue total and the best seller
    goods = rng.sample(["mugs", "prints", "cards", "candles", "soap", "scarves", "pins"],
                       rng.randint(3, 6))
    units = rng.sample(range(3, 80), len(goods))
    prices = [rng.randint(3, 40) for _ in goods]
    revenue = [u * p for u, p in zip(units, prices, strict=True)]
    if revenue.count(max(revenue)) > 1:
        return n_m_csv_revenue_best(rng)
    best = goods[revenue.index(max(revenue))]
    return multi("N_m_csv_revenue_best", "market stall sales from saturday. total takings, and "
                 "which product brought in the most money?",
                 [whole(sum(revenue)) + cash(F(sum(revenue)), "GBP"), [best]],
                 csv=_csv("product,units,price_gbp", list(zip(goods, units, prices,
                                                                strict=True))))


def n_m_csv_sleep_mean_chart(rng: random.Random) -> Item:  # mean sleep and a bar chart
    hours = [F(rng.randint(45, 95), 10) for _ in range(7)]
    mean = _mean(hours)
    if not safe(mean):
        return n_m_csv_sleep_mean_chart(rng)
    return multi("N_m_csv_sleep_mean_chart", "How much did I sleep on average this week? Bar "
                 "chart by day would be great.", [named(MEAN, mean) + unit(mean, "hours", "h"),
                                                  GRAPH],
                 csv=_csv("day,hours", [(d, f"{float(h):.1f}") for d, h in zip(DAYS, hours,
                                                                               strict=True)]))


def n_m_csv_grades_mean_range(rng: random.Random) -> Item:  # mean and range of grades
    k = rng.randint(8, 15)
    marks = [rng.randint(35, 100) for _ in range(k)]
    mean = _mean(marks)
    if not safe(mean):
        return n_m_csv_grades_mean_range(rng)
    return multi("N_m_csv_grades_mean_range", "exam marks for my class attached — mean mark, "
                 "and the range (top minus bottom)?",
                 [named(MEAN, mean), named(["range", "Range"], F(max(marks) - min(marks)))],
                 csv=_csv("student,mark", [(f"S{i + 1}", m) for i, m in enumerate(marks)]))


def n_m_csv_blood_pressure(rng: random.Random) -> Item:  # two column means
    k = rng.randint(5, 10)
    sys_ = [rng.randint(105, 150) for _ in range(k)]
    dia = [rng.randint(62, 95) for _ in range(k)]
    ms, md = _mean(sys_), _mean(dia)
    if not safe(ms, md):
        return n_m_csv_blood_pressure(rng)
    return multi("N_m_csv_blood_pressure", "blood pressure readings from this week attached. "
                 "what are my average systolic and diastolic?",
                 [named(["systolic", "Systolic", "average systolic", "mean systolic"], ms),
                  named(["diastolic", "Diastolic", "average diastolic", "mean diastolic"], md)],
                 csv=_csv("date,systolic,diastolic",
                          [(f"06-{10 + i}", s, d) for i, (s, d) in enumerate(zip(sys_, dia,
                                                                                 strict=True))]))


def n_m_times_mean_median(rng: random.Random) -> Item:  # mean and median of a list
    k = rng.choice([6, 7, 8, 9])
    times = [rng.randint(21, 48) for _ in range(k)]
    mean, med = _mean(times), _median(times)
    if not safe(mean) or mean == med:
        return n_m_times_mean_median(rng)
    return multi("N_m_times_mean_median", f"my commute times this fortnight in minutes: "
                 f"{', '.join(map(str, times))}. mean and median pls",
                 [named(MEAN, mean), named(MEDIAN, med)])


def n_m_range_and_chart(rng: random.Random) -> Item:  # range of a list and a chart
    vals = [rng.randint(10, 95) for _ in range(rng.randint(6, 10))]
    return multi("N_m_range_and_chart", f"Daily visitors to my shop: {' '.join(map(str, vals))}. "
                 "What's the range, and can you graph them?",
                 [named(["range", "Range"], F(max(vals) - min(vals))), GRAPH])


def n_m_spend_sum_euros(rng: random.Random) -> Item:  # a list of dollar amounts, total and euros
    amounts = [F(rng.randint(300, 9000), 100) for _ in range(rng.randint(3, 6))]
    total = sum(amounts, F(0))
    eur = convert(total, "USD", "EUR")
    if not safe(eur):
        return n_m_spend_sum_euros(rng)
    listed = " + ".join(f"${float(a):.2f}" for a in amounts)
    return multi("N_m_spend_sum_euros", f"{listed} — what does that add up to, and how much is "
                 "it in euro?", [forms(total) + cash(total, "USD"), cash(eur, "EUR")])


def n_m_fahrenheit_list_mean(rng: random.Random) -> Item:  # mean of °F readings, in °C too
    vals = [rng.randint(40, 100) for _ in range(rng.randint(5, 8))]
    mean = _mean(vals)
    c = (mean - 32) * 5 / 9
    if not safe(mean, c):
        return n_m_fahrenheit_list_mean(rng)
    return multi("N_m_fahrenheit_list_mean", "highs this week in F were "
                 f"{', '.join(map(str, vals))}. what's the mean, and the same in celsius?",
                 [named(MEAN, mean) + deg_f(mean), deg_c(c)])


def n_m_pairs_correlation_plot(rng: random.Random) -> Item:  # correlation of two lists, a plot
    n = rng.randint(6, 9)
    xs = [rng.randint(10, 35) for _ in range(n)]
    ys = [200 + 12 * x + rng.randint(-60, 60) for x in xs]
    r = _pearson(xs, ys)
    if r is None:
        return n_m_pairs_correlation_plot(rng)
    return multi("N_m_pairs_correlation_plot", f"temperature: {', '.join(map(str, xs))}\n"
                 f"ice creams sold: {', '.join(map(str, ys))}\nhow strongly are they correlated? "
                 "and plot one against the other", [_r(r), GRAPH])


def n_m_visitors_trend_slope(rng: random.Random) -> Item:  # a trend line slope and a chart
    k = rng.randint(6, 10)
    base, step = rng.randint(100, 500), rng.randint(-20, 40)
    ys = [base + step * i + rng.randint(-15, 15) for i in range(k)]
    slope = _slope(list(range(1, k + 1)), ys)
    if not safe(slope):
        return n_m_visitors_trend_slope(rng)
    return multi("N_m_visitors_trend_slope", f"monthly website visitors: {', '.join(map(str, ys))}"
                 ". what's the trend per month (slope of a best-fit line)? chart it too",
                 [named(SLOPE, slope) + forms(slope), GRAPH])


def n_m_pct_change_chart(rng: random.Random) -> Item:  # percentage change first to last, chart
    k = rng.randint(5, 9)
    ys = [rng.randint(50, 400) for _ in range(k)]
    change = F(ys[-1] - ys[0], ys[0]) * 100
    if not safe(change, change / 1) or ys[0] == ys[-1]:
        return n_m_pct_change_chart(rng)
    sign = "" if change > 0 else "-"
    mag = abs(change)
    return multi("N_m_pct_change_chart", f"subscribers by year: {', '.join(map(str, ys))}. by "
                 "what percent did they change from the first year to the last? and a line "
                 "chart please", [[f"{sign}{v}%" for v in forms(mag)] + [f"{v}%" for v in
                                                                       forms(mag)], GRAPH])


def n_m_hi_lo_gap(rng: random.Random) -> Item:  # the gap between extremes, and the total
    vals = rng.sample(range(1200, 9800), rng.randint(5, 8))
    hi, lo = max(vals), min(vals)
    return multi("N_m_hi_lo_gap", f"invoices this month: {', '.join(map(str, vals))}. how far "
                 "apart are the biggest and smallest, and what do they all come to?",
                 [whole(hi - lo), whole(sum(vals))])


def n_m_minutes_total_mean(rng: random.Random) -> Item:  # minutes summed, then mean
    from bench.data.agents.heldout14_multi_common import span
    vals = [rng.randint(15, 95) for _ in range(rng.randint(4, 7))]
    total, mean = sum(vals), _mean(vals)
    if not safe(mean) or total < 120:
        return n_m_minutes_total_mean(rng)
    return multi("N_m_minutes_total_mean", "practice sessions this week: "
                 f"{' min, '.join(map(str, vals))} min. total in hours and minutes, and the "
                 "average session?",
                 [span(total), named(MEAN, mean) + [f"{v} minutes" for v in num(mean)]])


FAMILIES_DATA = fams(
    n_m_csv_sales_mean_chart, n_m_csv_temps_fahrenheit, n_m_csv_runs_miles,
    n_m_csv_trip_costs_eur, n_m_csv_weight_change_chart, n_m_csv_hours_scores_r,
    n_m_csv_heights_median_inches, n_m_csv_wettest_month_total, n_m_csv_bills_average_gbp,
    n_m_csv_steps_goal_days, n_m_csv_glucose_mean_max, n_m_csv_revenue_best,
    n_m_csv_sleep_mean_chart, n_m_csv_grades_mean_range, n_m_csv_blood_pressure,
    n_m_times_mean_median, n_m_range_and_chart, n_m_spend_sum_euros, n_m_fahrenheit_list_mean,
    n_m_pairs_correlation_plot, n_m_visitors_trend_slope, n_m_pct_change_chart, n_m_hi_lo_gap,
    n_m_minutes_total_mean)
