"""Round 16 (``L_d_*``, dev now), data part five: frequency tables, bank statements, budgets,
rates (per unit, per hour, conversion) and comparisons between groups or columns."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout16_data import (
    DAYS,
    MONTHS,
    Tie,
    dec,
    ints,
    listed,
    mean,
    median,
    num,
    pct,
    retry,
    table,
    whole,
)
from bench.data.agents.heldout16_data_2 import money, spread_rows
from bench.data.agents.helpers import Family, Item, fresh, item

DAYS3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def signed_money(value: Fraction) -> list[str]:
    """A signed amount, with the minus sign also written before a currency symbol."""
    forms = num(value, comma=True)
    return forms + [f"-${f[1:]}" for f in forms if f.startswith("-")]


def l_d_median_cmd(rng: random.Random) -> Item:  # one-word command, spaces
    xs = ints(rng, 1, 99, (6, 10))
    return item("L_d_median_cmd", "data", f"median {listed(xs, ' ')}", [num(median(xs))])


def l_d_bench_sets_sd(rng: random.Random) -> Item:  # gym reps, sample sd
    xs = ints(rng, 5, 15, (5, 8))
    if len(set(xs)) == 1:
        raise Tie
    return item("L_d_bench_sets_sd", "data", f"reps per set on bench today: {listed(xs)}. "
                "how consistent was I — sample SD?", [num(statistics.stdev(xs))])


def l_d_bike_km(rng: random.Random) -> Item:  # average ride distance with units
    xs = [dec(rng, 4, 32, 1) for _ in range(rng.randint(5, 9))]
    forms = num(mean(xs))
    return item("L_d_bike_km", "data", f"Bike rides this month: {listed(xs, ' km, ')} km. "
                "What's my average ride?", [forms + [f + " km" for f in forms] +
                                            [f + " kilometres" for f in forms]])


def l_d_freq_mean(rng: random.Random) -> Item:  # mean from a value,count table
    counts = [rng.randint(1, 25) for _ in range(5)]
    m = Fraction(sum(k * c for k, c in enumerate(counts)), sum(counts))
    return item("L_d_freq_mean", "data", "Survey of households: number of children and how "
                "many households had that many. What's the mean number of children per "
                "household?", [num(m)], csv=table("children,households",
                                                   list(enumerate(counts))))


def l_d_freq_median(rng: random.Random) -> Item:  # median from a value,count table
    counts = [rng.randint(1, 12) for _ in range(6)]
    data = [k for k, c in enumerate(counts, 1) for _ in range(c)]
    return item("L_d_freq_median", "data", "how many pets people in my building have — "
                "value and count attached. what's the median?", [num(median(data))],
                csv=table("pets,people", list(enumerate(counts, 1))))


def l_d_cost_per_kwh(rng: random.Random) -> Item:  # total cost over total units
    rows = [(m, rng.randint(180, 620), dec(rng, 40, 190, 2)) for m in MONTHS[:rng.randint(4, 8)]]
    rate = money([c for *_, c in rows]) / sum(k for _, k, _ in rows)
    return item("L_d_cost_per_kwh", "data", "Across all these bills, what am I actually paying "
                "per kWh on average (total cost / total kWh), to the nearest cent?", [num(rate)],
                csv=table("month,kwh,cost", rows))


def l_d_hotel_nightly(rng: random.Random) -> Item:  # average nightly rate
    rows = [(f"2026-07-{d:02d}", dec(rng, 85, 340, 2)) for d in range(1, rng.randint(5, 10))]
    return item("L_d_hotel_nightly", "data", "hotel folio attached. what was the average "
                "nightly rate?", [num(mean([v for _, v in rows]))],
                csv=table("night,rate", rows))


def l_d_cheapest_airline(rng: random.Random) -> Item:  # row name with the lowest fare
    names = ["Ryanair", "easyJet", "Vueling", "Wizz", "Jet2", "Lufthansa", "KLM"]
    rows = spread_rows(rng, rng.sample(names, rng.randint(4, 6)), 39, 320, 2)
    low = min(rows, key=lambda r: r[1])[0]
    return item("L_d_cheapest_airline", "data", "which airline is cheapest for our dates? "
                "prices I found are in the csv", [[low]], csv=table("airline,fare", rows))


def l_d_fewest_present(rng: random.Random) -> Item:  # student with the lowest attendance
    names = ["Aisha", "Bruno", "Chidi", "Daria", "Emeka", "Freya", "Gustavo"]
    rows = [(n, int(v)) for n, v in spread_rows(rng, names, 120, 180, 0)]
    low = min(rows, key=lambda r: r[1])[0]
    return item("L_d_fewest_present", "data", "Which student has the worst attendance?",
                [[low]], csv=table("student,days_present", rows))


def l_d_missed_doses(rng: random.Random) -> Item:  # count of "no" in a medication log
    rows = [(f"2026-05-{d:02d}", rng.choice(["yes"] * 5 + ["no"])) for d in range(1, 29)]
    n = sum(t == "no" for _, t in rows)
    return item("L_d_missed_doses", "data", "this is my mum's medication log for the month. "
                "how many doses did she miss?", [[str(n), f"{n} doses", f"{n} missed"]],
                csv=table("date,taken", rows))


def l_d_net_change(rng: random.Random) -> Item:  # sum of signed transactions
    rows = [(f"2026-06-{d:02d}", round(rng.choice([-1, -1, 1]) * rng.uniform(5, 900), 2))
            for d in sorted(rng.sample(range(1, 29), rng.randint(6, 12)))]
    net = money([v for _, v in rows])
    return item("L_d_net_change", "data", "Bank statement attached (negative = money out). "
                "What's the net change over the period?", [signed_money(net)],
                csv=table("date,amount", rows))


def l_d_total_out(rng: random.Random) -> Item:  # total of the negative amounts
    rows = [(f"2026-06-{d:02d}", round(rng.choice([-1, -1, 1]) * rng.uniform(5, 400), 2))
            for d in sorted(rng.sample(range(1, 29), rng.randint(6, 12)))]
    out = -money([v for _, v in rows if v < 0])
    if out == 0:
        raise Tie
    return item("L_d_total_out", "data", "how much money went out of my account in total "
                "according to this statement?", [num(out, comma=True)],
                csv=table("date,amount", rows))


def l_d_end_balance(rng: random.Random) -> Item:  # opening balance plus transactions
    start = dec(rng, 200, 3000, 2)
    xs = [round(rng.choice([-1, 1]) * rng.uniform(10, 300), 2) for _ in range(rng.randint(4, 7))]
    end = Fraction(str(start)) + money(xs)
    return item("L_d_end_balance", "data", f"I started the month with {start:.2f}. "
                f"Transactions since: {listed(f'{v:+.2f}' for v in xs)}. What's my balance "
                "now?", [signed_money(end)])


def l_d_most_over_budget(rng: random.Random) -> Item:  # category furthest over its budget
    cats = ["groceries", "dining", "transport", "clothes", "streaming", "gifts"]
    while True:
        rows = [(c, b, round(b * rng.uniform(0.6, 1.5))) for c, b in
                ((c, rng.randint(4, 40) * 10) for c in cats)]
        over = sorted((s - b, c) for c, b, s in rows)
        if over[-1][0] > 0 and over[-1][0] != over[-2][0]:
            break
    return item("L_d_most_over_budget", "data", "Which category did I overspend on the most "
                "(in money)?", [[over[-1][1]]], csv=table("category,budget,spent", rows))


def l_d_count_over_budget(rng: random.Random) -> Item:  # how many categories went over
    cats = ["groceries", "dining", "transport", "clothes", "streaming", "gifts", "pets"]
    rows = [(c, b, round(b * rng.uniform(0.6, 1.4))) for c, b in
            ((c, rng.randint(4, 40) * 10) for c in cats)]
    n = sum(s > b for _, b, s in rows)
    return item("L_d_count_over_budget", "data", "how many categories am I over budget in?",
                [[str(n), f"{n} categories"]], csv=table("category,budget,spent", rows))


def l_d_avg_monthly_bill(rng: random.Random) -> Item:  # year of bills, monthly average
    rows = [(m, dec(rng, 45, 260, 2)) for m in MONTHS]
    return item("L_d_avg_monthly_bill", "data", "here's a year of water bills. what's the "
                "average monthly bill?", [num(mean([v for _, v in rows]))],
                csv=table("month,bill", rows))


def l_d_temp_range_csv(rng: random.Random) -> Item:  # range with negatives, from a file
    xs = ints(rng, -18, 12, (10, 20))
    r = max(xs) - min(xs)
    return item("L_d_temp_range_csv", "data", "what's the temperature range in this weather "
                "log?", [[str(r), f"{r} °C", f"{r}°C", f"{r} degrees"]],
                csv=table("hour,temp_c", list(enumerate(xs))))


def l_d_median_age_members(rng: random.Random) -> Item:  # median age in a member list
    n = rng.choice([7, 8, 9, 10, 11, 12])
    rows = [(f"member{i}", rng.randint(16, 78)) for i in range(1, n + 1)]
    return item("L_d_median_age_members", "data", "What's the median age of our choir "
                "members?", [num(median([a for _, a in rows]))], csv=table("member,age", rows))


def l_d_items_per_order(rng: random.Random) -> Item:  # mean basket size
    rows = [(rng.randint(5000, 5999), rng.randint(1, 9)) for _ in range(rng.randint(10, 18))]
    return item("L_d_items_per_order", "data", "on average how many items are in an order? "
                "order export attached", [num(mean([k for _, k in rows]))],
                csv=table("order_id,items", rows))


def l_d_conversion_rate(rng: random.Random) -> Item:  # pooled purchases / visitors
    rows = [(d, v, rng.randint(2, v // 10)) for d, v in
            ((d, rng.randint(200, 900)) for d in DAYS3)]
    rate = Fraction(sum(p for *_, p in rows), sum(v for _, v, _ in rows)) * 100
    return item("L_d_conversion_rate", "data", "What was the shop's overall conversion rate "
                "this week (purchases ÷ visitors)?", [pct(rate)],
                csv=table("day,visitors,purchases", rows))


def l_d_best_conversion_day(rng: random.Random) -> Item:  # day with the best ratio
    while True:
        rows = [(d, v, rng.randint(2, v // 10)) for d, v in
                ((d, rng.randint(200, 900)) for d in DAYS)]
        rates = sorted((Fraction(p, v), d) for d, v, p in rows)
        if rates[-1][0] != rates[-2][0]:
            break
    return item("L_d_best_conversion_day", "data", "Which day converted best?",
                [[rates[-1][1]]], csv=table("day,visitors,purchases", rows))


def l_d_overall_speed(rng: random.Random) -> Item:  # total distance over total time
    rows = [(f"leg {i}", rng.randint(40, 320), rng.randint(4, 30) / 4)
            for i in range(1, rng.randint(3, 6))]
    speed = Fraction(sum(k for _, k, _ in rows)) / money([h for *_, h in rows])
    forms = num(speed)
    return item("L_d_overall_speed", "data", "road trip legs attached (km and hours). what "
                "was our average speed over the whole trip?", [forms + [f + " km/h" for f in
                                                                        forms]],
                csv=table("leg,km,hours", rows))


def l_d_star_breakdown(rng: random.Random) -> Item:  # average from a star breakdown
    counts = [rng.randint(0, 40) for _ in range(5)]
    if sum(counts) == 0:
        raise Tie
    avg = Fraction(sum(s * c for s, c in zip(range(5, 0, -1), counts, strict=True)),
                   sum(counts))
    return item("L_d_star_breakdown", "data", f"My listing has {counts[0]} five-star, "
                f"{counts[1]} four-star, {counts[2]} three-star, {counts[3]} two-star and "
                f"{counts[4]} one-star reviews. What's the average rating?", [num(avg)])


def l_d_harvest_kg(rng: random.Random) -> Item:  # grams summed, given in kilograms
    xs = ints(rng, 150, 2400, (6, 12))
    kg = Fraction(sum(xs), 1000)
    forms = num(kg)
    return item("L_d_harvest_kg", "data", "Tomatoes picked from the allotment each week (grams) "
                "are in the file. How many kilos in total this season?",
                [forms + [f + " kg" for f in forms] + [f + " kilos" for f in forms]],
                csv=table("week,grams", list(enumerate(xs, 1))))


def l_d_more_consistent(rng: random.Random) -> Item:  # column with the smaller sd
    while True:
        a = ints(rng, 480, 520, (8, 8))
        b = [500 + rng.randint(-40, 40) for _ in range(8)]
        sa, sb = statistics.stdev(a), statistics.stdev(b)
        if abs(sa - sb) > 1:
            break
    win = "hornet" if sa < sb else "falcon"
    return item("L_d_more_consistent", "data", "Two filling machines, same target weight. "
                "Which one is more consistent (smaller standard deviation)?",
                [[win, win.capitalize()]], csv=table("hornet,falcon", list(zip(a, b,
                                                                               strict=True))))


def l_d_pick_columns_r(rng: random.Random) -> Item:  # correlation of two named columns
    n = rng.randint(8, 12)
    temp = [rng.randint(8, 33) for _ in range(n)]
    rain = [rng.randint(0, 20) for _ in range(n)]
    riders = [300 + 12 * t - 6 * r + rng.randint(-40, 40) for t, r in zip(temp, rain,
                                                                           strict=True)]
    return item("L_d_pick_columns_r", "data", "bike-share data attached. what's the "
                "correlation between rainfall and riders?",
                [num(statistics.correlation(rain, riders))],
                csv=table("temp_c,rain_mm,riders", list(zip(temp, rain, riders, strict=True))))


def l_d_quarter_growth(rng: random.Random) -> Item:  # latest quarter vs the one before
    qs = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025", "Q1 2026"][: rng.randint(3, 5)]
    ys = ints(rng, 40, 160, (len(qs), len(qs)))
    g = Fraction(ys[-1] - ys[-2], ys[-2]) * 100
    return item("L_d_quarter_growth", "data", "By what % did revenue change in the latest "
                "quarter compared with the previous one?", [pct(g)], csv=table("quarter,revenue_k",
                                                                 list(zip(qs, ys, strict=True))))


def l_d_percent_below_me(rng: random.Random) -> Item:  # share of a class scoring below a mark
    xs = ints(rng, 30, 100, (12, 25))
    mine = rng.randint(55, 95)
    share = Fraction(sum(v < mine for v in xs), len(xs)) * 100
    return item("L_d_percent_below_me", "data", f"I scored {mine}. What percentage of the "
                "class (in the attached) scored below me?", [pct(share)],
                csv=table("student,score", [(f"s{i}", v) for i, v in enumerate(xs, 1)]))


def l_d_best_worst_gap(rng: random.Random) -> Item:  # gap between best and worst day
    rows = spread_rows(rng, DAYS3, 180, 1900, 2)
    vals = [v for _, v in rows]
    gap = Fraction(str(max(vals))) - Fraction(str(min(vals)))
    return item("L_d_best_worst_gap", "data", "how big was the gap between our best and worst "
                "day of sales last week?", [num(gap, comma=True)],
                csv=table("day,sales", rows))


def l_d_drop_outlier(rng: random.Random) -> Item:  # average after removing a stated outlier
    xs = ints(rng, 120, 480, (6, 9))
    xs.insert(rng.randrange(len(xs)), rng.randint(1500, 9000))
    kept = [v for v in xs if v < 1000]
    return item("L_d_drop_outlier", "data", f"page load times (ms): {listed(xs)}. one of them "
                "is obviously a glitch (the one over 1000) — leave it out and give me the mean "
                "of the rest", [num(mean(kept))])


def l_d_two_totals_diff(rng: random.Random) -> Item:  # this year minus last year overall
    rows = [(m, rng.randint(20, 95), rng.randint(20, 95)) for m in MONTHS[:rng.randint(6, 12)]]
    diff = sum(r[2] for r in rows) - sum(r[1] for r in rows)
    if diff == 0:
        raise Tie
    return item("L_d_two_totals_diff", "data", "How do this year's bookings compare with last "
                "year's overall, and what's the difference? Months side by side in the file.",
                [["more", "increase", "higher", "up by"] if diff > 0 else
                 ["fewer", "decrease", "lower", "down by", "less"],
                 whole(abs(diff))], csv=table("month,last_year,this_year", rows))


def l_d_distinct_values(rng: random.Random) -> Item:  # count of unique values in a list
    xs = [rng.randint(1, 12) for _ in range(rng.randint(12, 18))]
    n = len(set(xs))
    return item("L_d_distinct_values", "data", "How many different shirt numbers appear in this "
                "list of goal scorers?", [[str(n), f"{n} different"]],
                csv=table("goal,shirt", list(enumerate(xs, 1))))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_median_cmd, l_d_bench_sets_sd, l_d_bike_km, l_d_freq_mean, l_d_freq_median,
    l_d_cost_per_kwh, l_d_hotel_nightly, l_d_cheapest_airline, l_d_fewest_present,
    l_d_missed_doses, l_d_net_change, l_d_total_out, l_d_end_balance, l_d_most_over_budget,
    l_d_count_over_budget, l_d_avg_monthly_bill, l_d_temp_range_csv, l_d_median_age_members,
    l_d_items_per_order, l_d_conversion_rate, l_d_best_conversion_day, l_d_overall_speed,
    l_d_star_breakdown, l_d_harvest_kg, l_d_more_consistent, l_d_pick_columns_r,
    l_d_quarter_growth, l_d_percent_below_me, l_d_best_worst_gap, l_d_drop_outlier,
    l_d_two_totals_diff, l_d_distinct_values)]
