"""Round 14 (``N_m_*``, dev now) multi-part requests: charts with the figures behind them, CSV files
with two results, and errands where one figure leads to the next."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bench.data.agents.heldout14_multi_common import (
    GRAPH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Item,
    cash,
    convert,
    fams,
    forms,
    multi,
    named,
    num,
    pct,
    random,
    safe,
    span,
    unit,
    whole,
)

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _csv(header: str, rows: Sequence[Sequence[object]]) -> str:
    return "\n".join([header, *(",".join(str(v) for v in row) for row in rows)]) + "\n"


def _mean(values: Sequence[int | F]) -> F:
    return F(sum(values, F(0)), len(values))


def n_m_decay_plot_value(rng: random.Random) -> Item:  # a halving curve: a value and a plot
    start, hl, t = rng.choice([64, 80, 96, 128, 160, 200, 320]), rng.choice([2, 3, 5]), 0
    t = hl * rng.randint(2, 4)
    left = F(start, 2 ** (t // hl))
    return multi("N_m_decay_plot_value", f"a medicine level starts at {start} and halves every "
                 f"{hl} hours. plot it over a day and tell me the level at {t} hours",
                 [GRAPH, num(left)])


def n_m_ages_histogram_median(rng: random.Random) -> Item:  # a histogram and the median
    ages = [rng.randint(18, 80) for _ in range(rng.choice([9, 11, 13, 15]))]
    med = sorted(ages)[len(ages) // 2]
    return multi("N_m_ages_histogram_median", f"ages of people at my workshop: "
                 f"{', '.join(map(str, ages))}. histogram please, and what's the median age?",
                 [GRAPH, named(MEDIAN, F(med))])


def n_m_budget_pie_percent(rng: random.Random) -> Item:  # budget shares and a pie chart
    parts = [rng.randint(6, 30) * 50, rng.randint(4, 16) * 25, rng.randint(2, 12) * 25,
             rng.randint(2, 16) * 25]
    total = sum(parts)
    shares = [F(p * 100, total) for p in parts]
    if not safe(*shares):
        return n_m_budget_pie_percent(rng)
    return multi("N_m_budget_pie_percent", f"monthly budget: rent {parts[0]}, food {parts[1]}, "
                 f"transport {parts[2]}, fun {parts[3]}. what percent is each, and a pie chart?",
                 [*(pct(s) for s in shares), GRAPH])


def n_m_savings_growth_plot(rng: random.Random) -> Item:  # a compound growth curve and its end
    p, r, y = rng.choice([1000, 2000, 5000, 10000]), rng.choice([3, 4, 5, 6, 7]), \
        rng.randint(5, 15)
    end = p * (1 + F(r, 100)) ** y
    if not safe(end):
        return n_m_savings_growth_plot(rng)
    return multi("N_m_savings_growth_plot", f"plot how {p:,} grows at {r}% a year compounded over "
                 f"{y} years, and what's it worth at the end?", [GRAPH, forms(end)])


def n_m_scatter_fit_line(rng: random.Random) -> Item:  # a best-fit slope and intercept, plotted
    m, b = rng.randint(2, 9), rng.randint(-10, 30)
    xs = sorted(rng.sample(range(0, 15), 5))
    noise = [rng.choice([-1, 1]) for _ in xs]
    noise[-1] = -sum(noise[:-1]) if abs(sum(noise[:-1])) <= 1 else noise[-1]
    ys = [m * x + b + e for x, e in zip(xs, noise, strict=True)]
    n = len(xs)
    mx, my = F(sum(xs), n), F(sum(ys), n)
    slope = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / \
        sum(((x - mx) ** 2 for x in xs), F(0))
    icpt = my - slope * mx
    if not safe(slope, icpt):
        return n_m_scatter_fit_line(rng)
    pts = " ".join(f"({x},{y})" for x, y in zip(xs, ys, strict=True))
    return multi("N_m_scatter_fit_line", f"points {pts} — fit a straight line: slope and "
                 "intercept? then plot the points with the line",
                 [named(["slope", "Slope", "m"], slope), named(["intercept", "Intercept",
                                                               "y-intercept", "b"], icpt), GRAPH])


def n_m_oz_lb_kitchen(rng: random.Random) -> Item:  # ounces to grams and pounds to kilos
    oz, lb = rng.randint(2, 24), F(rng.randint(2, 20), 2)
    from bench.data.agents.heldout14_multi_common import OZ
    g, kg = oz * OZ, lb * LB
    if not safe(g, kg):
        return n_m_oz_lb_kitchen(rng)
    return multi("N_m_oz_lb_kitchen", f"old cookbook: {oz} oz of flour and {float(lb):g} lb of "
                 "apples. what are those in grams and kilos?",
                 [unit(g, "g", "grams"), unit(kg, "kg", "kilograms", "kilos")])


def n_m_percent_and_divide(rng: random.Random) -> Item:  # a percent of a number and a division
    n, p = rng.randint(100, 9000), rng.choice([F(75, 10), F(125, 10), F(35, 10), F(45, 10)])
    a, b = n * p / 100, F(n) / p
    if not safe(a, b):
        return n_m_percent_and_divide(rng)
    return multi("N_m_percent_and_divide", f"what's {float(p):g}% of {n:,}, and {n:,} divided by "
                 f"{float(p):g}?", [forms(a), forms(b)])


def n_m_decimal_fraction_pct(rng: random.Random) -> Item:  # a decimal as a fraction and percent
    d = rng.choice([8, 16, 20, 25, 40, 80])
    n = rng.randint(1, d - 1)
    x = F(n, d)
    if x.denominator < 4:
        return n_m_decimal_fraction_pct(rng)
    dec = f"{float(x):.6f}".rstrip("0")
    return multi("N_m_decimal_fraction_pct", f"write {dec} as a fraction in lowest terms and as a "
                 "percent", [[str(x)], pct(x * 100, 4)])


def n_m_round_trip_speed(rng: random.Random) -> Item:  # average speed there and back, and time
    a, b, d = rng.choice([40, 50, 60, 80, 90, 100]), rng.choice([30, 40, 60, 70, 120]), \
        rng.choice([60, 90, 120, 150, 180, 240])
    if a == b:
        return n_m_round_trip_speed(rng)
    avg = F(2 * a * b, a + b)
    mins = F(d * 60, a) + F(d * 60, b)
    if not safe(avg) or mins.denominator != 1:
        return n_m_round_trip_speed(rng)
    return multi("N_m_round_trip_speed", f"drove {d} km there at {a} km/h and back at {b} km/h. "
                 "how long did the driving take in total, and what was my average speed?",
                 [span(int(mins)), unit(avg, "km/h", "kph")])


def n_m_fruit_change(rng: random.Random) -> Item:  # two weighed items, total and change
    a, pa, b, pb = F(rng.randint(5, 40), 10), F(rng.randint(120, 450), 100), \
        F(rng.randint(5, 30), 10), F(rng.randint(120, 450), 100)
    total = a * pa + b * pb
    note = 20 if total < 20 else 50
    if not safe(total, note - total) or total >= 50:
        return n_m_fruit_change(rng)
    return multi("N_m_fruit_change", f"{float(a):g} kg apples at {float(pa):.2f}/kg and "
                 f"{float(b):g} kg pears at {float(pb):.2f}/kg. total, and change from a {note}?",
                 [forms(total), forms(note - total)])


def n_m_phone_plans(rng: random.Random) -> Item:  # two plans: costs at a usage, break-even
    fixed, base, per = rng.randint(25, 45), rng.randint(5, 20), F(rng.randint(5, 20), 100)
    mins = rng.randint(50, 400)
    other = base + per * mins
    even = F(fixed - base) / per
    if not safe(other, even) or even.denominator != 1:
        return n_m_phone_plans(rng)
    return multi("N_m_phone_plans", f"plan A is {fixed} a month flat. plan B is {base} plus "
                 f"{float(per):.2f} a minute. what would B cost me at {mins} minutes, and at how "
                 "many minutes do they cost the same?", [forms(other), [f"{even} minutes"]])


def n_m_paper_reams(rng: random.Random) -> Item:  # sheets in reams, then days of printing
    reams, per = rng.randint(2, 12), rng.randint(60, 400)
    sheets = reams * 500
    days = sheets // per
    if sheets % per == 0:
        return n_m_paper_reams(rng)
    return multi("N_m_paper_reams", f"office has {reams} reams of paper (500 sheets each). we "
                 f"print about {per} pages a day. how many sheets is that, and how many full days "
                 "will it last?", [whole(sheets), [f"{days} days", f"{days} full days"]])


def n_m_school_trip_cost(rng: random.Random) -> Item:  # a trip's total, then per student
    kids, bus, ticket = rng.randint(15, 60), rng.randint(200, 900), F(rng.randint(500, 2500), 100)
    total = bus + ticket * kids
    each = total / kids
    if not safe(each):
        return n_m_school_trip_cost(rng)
    return multi("N_m_school_trip_cost", f"school trip: {kids} students, coach hire {bus}, museum "
                 f"{float(ticket):.2f} per student. total cost, and cost per student?",
                 [forms(total), forms(each)])


def n_m_party_bottles(rng: random.Random) -> Item:  # glasses needed, then bottles
    guests, drinks, per = rng.randint(20, 150), rng.randint(2, 4), rng.choice([4, 5, 6])
    glasses = guests * drinks
    bottles = math.ceil(glasses / per)
    if glasses % per == 0:
        return n_m_party_bottles(rng)
    return multi("N_m_party_bottles", f"{guests} guests, about {drinks} glasses of fizz each, a "
                 f"bottle pours {per} glasses. how many glasses, and how many bottles to buy?",
                 [[*whole(glasses), f"{glasses} glasses"], [f"{bottles} bottles"]])


def n_m_csv_cafe_best_day(rng: random.Random) -> Item:  # daily takings: total and best day
    k = rng.randint(10, 20)
    sales = rng.sample(range(180, 1400), k)
    best = sales.index(max(sales)) + 1
    return multi("N_m_csv_cafe_best_day", "cafe takings for the month so far attached. total, "
                 "and which day was the best?", [whole(sum(sales)),
                                                 [f"day {best}", f"Day {best}"]],
                 csv=_csv("day,takings", [(i + 1, s) for i, s in enumerate(sales)]))


def n_m_csv_category_pie(rng: random.Random) -> Item:  # biggest category total and a pie chart
    cats = ["food", "travel", "bills", "fun"]
    rows = [(rng.choice(cats), rng.randint(5, 120)) for _ in range(rng.randint(8, 14))]
    totals = {c: sum(a for k, a in rows if k == c) for c in cats}
    top = max(totals.values())
    if list(totals.values()).count(top) > 1:
        return n_m_csv_category_pie(rng)
    name = next(c for c in cats if totals[c] == top)
    return multi("N_m_csv_category_pie", "my spending list is attached. which category did I spend "
                 "the most on, how much, and can I get a pie chart by category?",
                 [[name], whole(top), GRAPH], csv=_csv("category,amount", rows))


def n_m_csv_hi_lo_means(rng: random.Random) -> Item:  # mean high, mean low, a chart
    highs = [rng.randint(15, 35) for _ in range(7)]
    lows = [h - rng.randint(5, 14) for h in highs]
    mh, ml = _mean(highs), _mean(lows)
    if not safe(mh, ml):
        return n_m_csv_hi_lo_means(rng)
    return multi("N_m_csv_hi_lo_means", "holiday weather log attached. average high, average low, "
                 "and a line chart of both?",
                 [named(["average high", "mean high", "high"], mh),
                  named(["average low", "mean low", "low"], ml), GRAPH],
                 csv=_csv("day,high_c,low_c", list(zip(DAYS, highs, lows, strict=True))))


def n_m_csv_runs_overall_speed(rng: random.Random) -> Item:  # total distance and overall speed
    runs = [(rng.randint(30, 150), rng.randint(18, 80)) for _ in range(rng.randint(4, 8))]
    km = sum((F(d, 10) for d, _ in runs), F(0))
    mins = sum(m for _, m in runs)
    speed = km / mins * 60
    if not safe(km, speed):
        return n_m_csv_runs_overall_speed(rng)
    return multi("N_m_csv_runs_overall_speed", "all my runs this month are attached (km and "
                 "minutes). total distance, and my overall average speed in km/h?",
                 [unit(km, "km", "kilometres"), unit(speed, "km/h", "kph")],
                 csv=_csv("km,minutes", [(f"{d / 10:.1f}", m) for d, m in runs]))


def n_m_csv_payroll_eur(rng: random.Random) -> Item:  # a payroll total, then in euros
    staff = rng.sample(["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gil"], rng.randint(3, 6))
    rows = [(s, rng.randint(10, 40), F(rng.randint(1500, 3500), 100)) for s in staff]
    total = sum((h * r for _, h, r in rows), F(0))
    eur = convert(total, "GBP", "EUR")
    if not safe(total, eur):
        return n_m_csv_payroll_eur(rng)
    return multi("N_m_csv_payroll_eur", "hours and hourly rates (GBP) for my staff this week are "
                 "attached. what's the wage bill, and what is it in euros?",
                 [forms(total) + cash(total, "GBP"), cash(eur, "EUR")],
                 csv=_csv("name,hours,rate_gbp", [(s, h, f"{float(r):.2f}") for s, h, r in rows]))


def n_m_csv_avg_price_usd(rng: random.Random) -> Item:  # an average price, then in dollars
    items = rng.sample(["tent", "stove", "lamp", "mat", "pack", "boots", "poles"],
                       rng.randint(3, 6))
    prices = [F(rng.randint(800, 15000), 100) for _ in items]
    mean = _mean(prices)
    usd = convert(mean, "GBP", "USD")
    if not safe(mean, usd):
        return n_m_csv_avg_price_usd(rng)
    return multi("N_m_csv_avg_price_usd", "price list from a UK shop attached. average price, and "
                 "that average in US dollars?", [named(MEAN, mean) + cash(mean, "GBP"),
                                                 cash(usd, "USD")],
                 csv=_csv("item,price_gbp", [(i, f"{float(p):.2f}") for i, p in zip(items, prices,
                                                                                     strict=True)]))


def n_m_csv_pass_rate(rng: random.Random) -> Item:  # how many passed, and the pass rate
    marks = [rng.randint(20, 95) for _ in range(rng.randint(10, 24))]
    passed = sum(1 for m in marks if m >= 50)
    rate = F(passed * 100, len(marks))
    if not safe(rate) or passed in (0, len(marks)):
        return n_m_csv_pass_rate(rng)
    return multi("N_m_csv_pass_rate", "test results attached; the pass mark is 50. how many "
                 "passed, and what's the pass rate?", [[f"{passed} students", f"{passed} passed",
                                                        f"{passed} of", f"{passed} out of"],
                                                       pct(rate)],
                 csv=_csv("student,mark", [(f"P{i + 1}", m) for i, m in enumerate(marks)]))


def n_m_csv_sensor_range_chart(rng: random.Random) -> Item:  # max, min and a chart
    vals = [F(rng.randint(150, 450), 10) for _ in range(rng.randint(8, 16))]
    hi, lo = max(vals), min(vals)
    return multi("N_m_csv_sensor_range_chart", "greenhouse sensor readings attached. highest and "
                 "lowest temperature, and chart them over time?",
                 [named(["highest", "max", "maximum", "Highest", "Max"], hi) + forms(hi, 1),
                  named(["lowest", "min", "minimum", "Lowest", "Min"], lo) + forms(lo, 1), GRAPH],
                 csv=_csv("time,temp_c", [(f"{6 + i}:00", f"{float(v):.1f}")
                                          for i, v in enumerate(vals)]))


def n_m_pulse_mean_over(rng: random.Random) -> Item:  # mean pulse and readings above 100
    vals = [rng.randint(58, 125) for _ in range(rng.randint(6, 12))]
    mean = _mean(vals)
    over = sum(1 for v in vals if v > 100)
    if not safe(mean) or over == 0:
        return n_m_pulse_mean_over(rng)
    return multi("N_m_pulse_mean_over", f"pulse readings today: {', '.join(map(str, vals))}. "
                 "what's the average, and how many were over 100?",
                 [named(MEAN, mean), [f"{over} readings", f"{over} of", f"{over} were",
                                      f"{over} out of"]])


def n_m_miles_week_km_mean(rng: random.Random) -> Item:  # miles per day: total km and daily mean
    miles = [F(rng.randint(10, 90), 10) for _ in range(rng.randint(4, 7))]
    total = sum(miles, F(0)) * MILE
    mean = total / len(miles)
    if not safe(total, mean):
        return n_m_miles_week_km_mean(rng)
    listed = ", ".join(f"{float(m):g}" for m in miles)
    return multi("N_m_miles_week_km_mean", f"walked {listed} miles on my days out this week. total "
                 "in km and the average per day in km?",
                 [unit(total, "km", "kilometres"), unit(mean, "km", "kilometres")])


FAMILIES_EXTRA = fams(
    n_m_decay_plot_value, n_m_ages_histogram_median, n_m_budget_pie_percent,
    n_m_savings_growth_plot, n_m_scatter_fit_line, n_m_oz_lb_kitchen, n_m_percent_and_divide,
    n_m_decimal_fraction_pct, n_m_round_trip_speed, n_m_fruit_change, n_m_phone_plans,
    n_m_paper_reams, n_m_school_trip_cost, n_m_party_bottles, n_m_csv_cafe_best_day,
    n_m_csv_category_pie, n_m_csv_hi_lo_means, n_m_csv_runs_overall_speed, n_m_csv_payroll_eur,
    n_m_csv_avg_price_usd, n_m_csv_pass_rate, n_m_csv_sensor_range_chart, n_m_pulse_mean_over,
    n_m_miles_week_km_mean)
