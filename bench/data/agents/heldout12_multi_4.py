"""Round 12 multi-part families (``P_m_*``, dev now): numbers in a message or an attached
CSV, with statistics, a chart, a conversion or money on top."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from bench.data.agents.heldout12_multi_common import (
    CHART,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Fraction,
    Item,
    forms,
    money,
    multi,
    named,
    rate,
    tie,
    unit,
)
from bench.data.agents.helpers import Family

CORR = ["correlation", "Correlation", "r", "Pearson r", "correlation coefficient",
        "Pearson correlation", "Pearson's r"]
SLOPE = ["slope", "Slope", "trend", "Trend", "gradient"]
SD = ["standard deviation", "Standard deviation", "std dev", "SD", "sd", "stdev", "std"]
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
TOP = ["highest", "Highest", "max", "Max", "maximum", "Maximum", "top mark", "Top mark"]
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def ok(*values: Fraction, places: int = 2) -> bool:
    return not any(tie(v, places) for v in values)


def csv(header: str, rows: Sequence[Sequence[object]]) -> str:
    return "\n".join([header, *(",".join(map(str, r)) for r in rows)]) + "\n"


def mean(values: list[int] | list[Fraction]) -> Fraction:
    return F(sum(values, F(0))) / len(values)


def median(values: list[int] | list[Fraction]) -> Fraction:
    s, n = sorted(F(v) for v in values), len(values)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def corr(xs: list[int], ys: list[int]) -> Fraction:
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx, syy = sum((x - mx) ** 2 for x in xs), sum((y - my) ** 2 for y in ys)
    return F(float(sxy) / math.sqrt(float(sxx * syy)))


def slope(ys: list[int]) -> Fraction:
    xs = list(range(1, len(ys) + 1))
    mx, my = mean(xs), mean(ys)
    return sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / sum(
        (x - mx) ** 2 for x in xs)


def sample_sd(values: list[int]) -> Fraction:
    m = mean(values)
    return F(math.sqrt(float(sum((v - m) ** 2 for v in values) / (len(values) - 1))))


def p_m_csv_sales_chart(rng: random.Random) -> Item:  # monthly sales: the mean and a chart
    n = rng.randint(6, 12)
    sales = [rng.randint(800, 5000) for _ in range(n)]
    m = mean(sales)
    if not ok(m):
        return p_m_csv_sales_chart(rng)
    return multi("P_m_csv_sales_chart", "Attached are our monthly sales. What's the average "
                 "month, and can you turn it into a chart?", [named(MEAN, m), CHART],
                 csv=csv("month,sales", list(zip(MONTHS, sales, strict=False))))


def p_m_csv_temps_f(rng: random.Random) -> Item:  # mean temperature in °C, then in °F
    temps = [rng.randint(-5, 32) for _ in range(7)]
    m = mean(temps)
    fahr = m * 9 / 5 + 32
    if not ok(m, fahr):
        return p_m_csv_temps_f(rng)
    return multi("P_m_csv_temps_f", "this csv has last week's temperatures in celsius. whats "
                 "the mean, and what is that in fahrenheit?",
                 [named(MEAN, m), unit(fahr, "°F", "degrees Fahrenheit", "F", "Fahrenheit")],
                 csv=csv("day,temp_c", list(zip(DAYS, temps, strict=True))))


def p_m_csv_weight_lb(rng: random.Random) -> Item:  # weekly weigh-ins: mean in kg and pounds
    weights = [F(rng.randint(600, 1100), 10) for _ in range(rng.randint(5, 9))]
    m = mean(weights)
    lb = m / LB
    if not ok(m, lb):
        return p_m_csv_weight_lb(rng)
    rows = [(i + 1, f"{float(w):.1f}") for i, w in enumerate(weights)]
    return multi("P_m_csv_weight_lb", "My weigh-ins (kg) are in the file. Average weight in kg "
                 "and in pounds? And a chart of the trend please.",
                 [unit(m, "kg", "kilograms", "kilos"), unit(lb, "lb", "pounds", "lbs"), CHART],
                 csv=csv("week,weight_kg", rows))


def p_m_csv_study_corr(rng: random.Random) -> Item:  # correlation and a scatter plot
    n = rng.randint(6, 10)
    hours = [rng.randint(0, 12) for _ in range(n)]
    scores = [min(100, 40 + 4 * h + rng.randint(-12, 12)) for h in hours]
    if len(set(hours)) < 3:
        return p_m_csv_study_corr(rng)
    r = corr(hours, scores)
    if not ok(r):
        return p_m_csv_study_corr(rng)
    return multi("P_m_csv_study_corr", "is there a correlation between hours studied and "
                 "score in this data? give me r and a scatter plot",
                 [named(CORR, r), CHART], csv=csv("hours,score", list(zip(hours, scores,
                                                                          strict=True))))


def p_m_csv_trend_slope(rng: random.Random) -> Item:  # a linear trend per week, with a chart
    n, base, step = rng.randint(6, 10), rng.randint(100, 400), rng.randint(-15, 25)
    visits = [base + step * i + rng.randint(-10, 10) for i in range(n)]
    s = slope(visits)
    if not ok(s):
        return p_m_csv_trend_slope(rng)
    per = [f"{v} per week" for v in forms(s)] + [f"{v}/week" for v in forms(s)]
    return multi("P_m_csv_trend_slope", "Website visits by week in the CSV. What's the trend "
                 "(slope of the best-fit line, visits per week)? Chart it too.",
                 [named(SLOPE, s) + per, CHART],
                 csv=csv("week,visits", [(i + 1, v) for i, v in enumerate(visits)]))


def p_m_csv_expenses_eur(rng: random.Random) -> Item:  # expenses in dollars, then euros
    items = rng.sample(["rent", "food", "transport", "phone", "gym", "internet", "books",
                        "coffee"], rng.randint(4, 7))
    amounts = [F(rng.randint(500, 90000), 100) for _ in items]
    total = sum(amounts, F(0))
    eur = rate(total, "USD", "EUR")
    if not ok(eur):
        return p_m_csv_expenses_eur(rng)
    rows = [(i, f"{float(a):.2f}") for i, a in zip(items, amounts, strict=True)]
    return multi("P_m_csv_expenses_eur", "what do my expenses in this file add up to, in "
                 "dollars and then in euros?", [money(total, "USD"), money(eur, "EUR")],
                 csv=csv("item,usd", rows))


def p_m_csv_median_max(rng: random.Random) -> Item:  # the median and the best day
    sold = [rng.randint(10, 99) for _ in range(rng.randint(6, 10))]
    days = [f"2026-03-{d:02d}" for d in range(1, len(sold) + 1)]
    best = max(sold)
    if sold.count(best) > 1:
        return p_m_csv_median_max(rng)
    day = days[sold.index(best)]
    return multi("P_m_csv_median_max", "Cups of coffee sold per day attached. Median please, "
                 "and which day sold the most?", [named(MEDIAN, median(sold)), [day]],
                 csv=csv("date,cups", list(zip(days, sold, strict=True))))


def p_m_msg_times_stats(rng: random.Random) -> Item:  # numbers in the message: mean, median, chart
    times = [rng.randint(18, 45) for _ in range(rng.randint(6, 9))]
    m = mean(times)
    if not ok(m):
        return p_m_msg_times_stats(rng)
    return multi("P_m_msg_times_stats", f"my commute times (mins) this fortnight: "
                 f"{' '.join(map(str, times))}. mean + median + a chart?",
                 [named(MEAN, m), named(MEDIAN, median(times)), CHART])


def p_m_csv_range_mean(rng: random.Random) -> Item:  # the range and the mean
    bpm = [rng.randint(55, 95) for _ in range(rng.randint(6, 12))]
    m = mean(bpm)
    if not ok(m):
        return p_m_csv_range_mean(rng)
    return multi("P_m_csv_range_mean", "resting heart rate log attached. what's the range and "
                 "the average?", [named(["range", "Range"], F(max(bpm) - min(bpm))),
                                  named(MEAN, m)],
                 csv=csv("day,resting_bpm", [(i + 1, b) for i, b in enumerate(bpm)]))


def p_m_csv_runs_miles(rng: random.Random) -> Item:  # total km run, and in miles
    runs = [F(rng.randint(30, 220), 10) for _ in range(rng.randint(4, 9))]
    total = sum(runs, F(0))
    miles = total / MILE
    if not ok(miles):
        return p_m_csv_runs_miles(rng)
    rows = [(f"run {i + 1}", f"{float(r):.1f}") for i, r in enumerate(runs)]
    return multi("P_m_csv_runs_miles", "how many km have I run in total according to this "
                 "log? and how many miles is that", [unit(total, "km", "kilometres",
                                                          "kilometers"),
                                                     unit(miles, "miles", "mi")],
                 csv=csv("run,km", rows))


def p_m_csv_spend_category(rng: random.Random) -> Item:  # one category's total, and its share
    cats = ["groceries", "eating out", "transport"]
    rows, totals = [], dict.fromkeys(cats, F(0))
    for d in range(1, rng.randint(8, 14)):
        c, a = rng.choice(cats), F(rng.randint(300, 6000), 100)
        rows.append((f"2026-05-{d:02d}", c, f"{float(a):.2f}"))
        totals[c] += a
    pick = rng.choice(cats)
    share = totals[pick] / sum(totals.values()) * 100
    if not totals[pick] or not ok(share):
        return p_m_csv_spend_category(rng)
    return multi("P_m_csv_spend_category", f"From my spending CSV: how much went on {pick} in "
                 "total, and what percent of all my spending is that?",
                 [money(totals[pick], "USD"), [f"{v}%" for v in forms(share)] +
                  [f"{v} %" for v in forms(share)] + [f"{v} percent" for v in forms(share)]],
                 csv=csv("date,category,amount", rows))


def p_m_csv_growth_pct(rng: random.Random) -> Item:  # change first to last, and a chart
    subs = [rng.randint(200, 3000)]
    for _ in range(rng.randint(4, 8)):
        subs.append(max(50, subs[-1] + rng.randint(-150, 400)))
    pct = F(subs[-1] - subs[0], subs[0]) * 100
    if not ok(pct):
        return p_m_csv_growth_pct(rng)
    pc = [f"{v}%" for v in forms(pct)] + [f"{v} %" for v in forms(pct)] + [
        f"{v} percent" for v in forms(pct)]
    return multi("P_m_csv_growth_pct", "subscriber numbers by month attached. by what percent "
                 "did we grow from the first month to the last? and plot them",
                 [pc, CHART], csv=csv("month,subscribers", list(zip(MONTHS, subs,
                                                                    strict=False))))


def p_m_msg_sd_mean(rng: random.Random) -> Item:  # sample standard deviation and the mean
    values = [rng.randint(1, 60) for _ in range(rng.randint(5, 8))]
    m, sd = mean(values), sample_sd(values)
    if not ok(m, sd) or len(set(values)) < 3:
        return p_m_msg_sd_mean(rng)
    return multi("P_m_msg_sd_mean", f"Data: {', '.join(map(str, values))}. Mean and sample "
                 "standard deviation, to 2 dp.", [named(MEAN, m), named(SD, sd)])


def p_m_csv_rain_inches(rng: random.Random) -> Item:  # rainfall total in mm, then inches
    rain = [rng.randint(0, 60) for _ in range(rng.randint(7, 12))]
    total = F(sum(rain))
    inches = total / 10 / INCH
    if not ok(inches) or not total:
        return p_m_csv_rain_inches(rng)
    return multi("P_m_csv_rain_inches", "rainfall readings in mm are attached. total rainfall? "
                 "and what's that in inches", [unit(total, "mm", "millimetres", "millimeters"),
                                               unit(inches, "in", "inches", '"')],
                 csv=csv("day,rain_mm", [(i + 1, r) for i, r in enumerate(rain)]))


def p_m_csv_heights_inches(rng: random.Random) -> Item:  # mean height in cm, then inches
    heights = [rng.randint(140, 200) for _ in range(rng.randint(5, 10))]
    m = mean(heights)
    inches = m / INCH
    if not ok(m, inches):
        return p_m_csv_heights_inches(rng)
    names = rng.sample(["Ana", "Ben", "Caro", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo",
                        "Jo"], len(heights))
    return multi("P_m_csv_heights_inches", "Team heights in cm attached. Average height? And "
                 "the same in inches for the American coach.",
                 [unit(m, "cm", "centimetres", "centimeters"), unit(inches, "in", "inches")],
                 csv=csv("name,height_cm", list(zip(names, heights, strict=True))))


def p_m_msg_prices_plot(rng: random.Random) -> Item:  # prices in the message: mean, a plot
    prices = [F(rng.randint(150, 450), 100) for _ in range(rng.randint(5, 8))]
    m = mean(prices)
    if not ok(m):
        return p_m_msg_prices_plot(rng)
    listed = ", ".join(f"{float(p):.2f}" for p in prices)
    return multi("P_m_msg_prices_plot", f"petrol price per litre at my station these past "
                 f"days: {listed}. average? and plot it", [named(MEAN, m), CHART])


def p_m_msg_corr_lists(rng: random.Random) -> Item:  # correlation of two lists in the message
    n = rng.randint(5, 8)
    xs = [rng.randint(10, 35) for _ in range(n)]
    ys = [200 - 4 * x + rng.randint(-25, 25) for x in xs]
    if len(set(xs)) < 3:
        return p_m_msg_corr_lists(rng)
    r = corr(xs, ys)
    if not ok(r):
        return p_m_msg_corr_lists(rng)
    return multi("P_m_msg_corr_lists", f"temperature: {', '.join(map(str, xs))}\nhot drinks "
                 f"sold: {', '.join(map(str, ys))}\nhow correlated are these? and a scatter "
                 "chart", [named(CORR, r), CHART])


def p_m_csv_water_gallons(rng: random.Random) -> Item:  # daily water use: mean, in US gallons
    use = [rng.randint(150, 600) for _ in range(7)]
    m = mean(use)
    gal = m / F(3785411784, 10**9)
    if not ok(m, gal):
        return p_m_csv_water_gallons(rng)
    return multi("P_m_csv_water_gallons", "household water use (litres/day) attached — mean "
                 "per day, and in US gallons?", [unit(m, "L", "litres", "liters", "l"),
                                                unit(gal, "gal", "gallons", "US gallons")],
                 csv=csv("day,litres", list(zip(DAYS, use, strict=True))))


def p_m_csv_speed_mph(rng: random.Random) -> Item:  # top speed in a ride log, then mph
    speeds = [F(rng.randint(150, 550), 10) for _ in range(rng.randint(6, 10))]
    top, avg = max(speeds), mean(speeds)
    mph = top / MILE
    if speeds.count(top) > 1 or not ok(mph, avg):
        return p_m_csv_speed_mph(rng)
    rows = [(f"{i * 5}", f"{float(s):.1f}") for i, s in enumerate(speeds)]
    kmh = ("km/h", "kph", "kilometres per hour")
    return multi("P_m_csv_speed_mph", "This is my bike ride log (km/h every 5 min). What was "
                 "my top speed, and what is it in mph? Also the average speed in km/h.",
                 [unit(top, *kmh), unit(mph, "mph", "miles per hour"), unit(avg, *kmh)],
                 csv=csv("minute,kmh", rows))


def p_m_msg_grades_bar(rng: random.Random) -> Item:  # grades: the top mark, the mean, a chart
    marks = [rng.randint(20, 100) for _ in range(rng.randint(8, 12))]
    m = mean(marks)
    if not ok(m):
        return p_m_msg_grades_bar(rng)
    return multi("P_m_msg_grades_bar", f"class results out of 100: {', '.join(map(str, marks))}"
                 ". top mark, class average, and can I have a bar chart?",
                 [named(TOP, F(max(marks))), named(MEAN, m), CHART])


DATA: list[Family] = [
    p_m_csv_sales_chart, p_m_csv_temps_f, p_m_csv_weight_lb, p_m_csv_study_corr,
    p_m_csv_trend_slope, p_m_csv_expenses_eur, p_m_csv_median_max, p_m_msg_times_stats,
    p_m_csv_range_mean, p_m_csv_runs_miles, p_m_csv_spend_category, p_m_csv_growth_pct,
    p_m_msg_sd_mean, p_m_csv_rain_inches, p_m_csv_heights_inches, p_m_msg_prices_plot,
    p_m_msg_corr_lists, p_m_csv_water_gallons, p_m_csv_speed_mph, p_m_msg_grades_bar,
]
