"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 2: attached CSV files
(meter readings, growth logs, sales, invoices, rides, grades) with a statistic, a conversion, a
chart or a follow-on sum."""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout18_multi_common import (
    CHART,
    MEAN,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    Tie,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    stat,
)
from bench.data.agents.helpers import Family

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def table(header: str, rows: list[tuple[object, ...]]) -> str:
    return "\n".join([header, *(",".join(str(v) for v in row) for row in rows)]) + "\n"


@family
def csv_meter_year_cost(rng: random.Random) -> Made:
    kwh = [rng.randint(140, 520) for _ in MONTHS]
    pence = F(rng.randint(180, 360), 10)
    csv = table("month,kwh", list(zip(MONTHS, kwh, strict=True)))
    text = (f"Attached is a year of electricity readings. Total kWh for the year? What did that "
            f"cost at {float(pence):g}p per kWh (in pounds)? And a line chart by month please.")
    total = sum(kwh)
    return text, [[str(total), f"{total:,}"], cash(total * pence / 100), CHART], {"csv": csv}


@family
def csv_plant_growth_fit(rng: random.Random) -> Made:
    weeks = list(range(1, rng.randint(6, 9)))
    slope, start = F(rng.randint(8, 35), 10), F(rng.randint(20, 80), 10)
    heights = [r2(start + slope * w + F(rng.randint(-6, 6), 10), 1) for w in weeks]
    mx, my = F(sum(weeks), len(weeks)), sum(heights, F(0)) / len(weeks)
    b = sum((w - mx) * (h - my) for w, h in zip(weeks, heights, strict=True)) / sum(
        (w - mx) ** 2 for w in weeks)
    target = rng.randint(10, 16)
    csv = table("week,height_cm", [(w, f"{float(h):.1f}")
                                   for w, h in zip(weeks, heights, strict=True)])
    text = (f"My bean plant measurements are in the csv. Fit a least-squares straight line: what's "
            f"the growth rate in cm per week (2 dp), and what does the line predict for week "
            f"{target} (1 dp)? Plot the points with the line too.")
    return text, [num(b, 2), num(my + b * (target - mx), 1), CHART], {"csv": csv}


@family
def csv_sales_eur_share(rng: random.Random) -> Made:
    names = rng.sample(["mug", "tote", "poster", "sticker", "candle", "notebook", "keyring"], 4)
    rows = [(n, f"{rng.randint(200, 3500) / 100:.2f}", rng.randint(3, 60)) for n in names]
    rev = [F(p) * q for _, p, q in rows]
    total = sum(rev, F(0))
    eur = same(cash(total / RATE["USD"]), cash(r2(total) / RATE["USD"]))
    text = pick(rng, "Sales from my craft stall (prices in USD) are attached. Total revenue in "
                     "dollars and in euros (1 EUR = 1.17 USD), and what percentage of revenue "
                     "came from the top-earning product, 1 dp?",
                "csv of what I sold at the market. 1. total takings $ 2. same in EUR, rate "
                "1 EUR = 1.17 USD 3. biggest earner's share of takings in % (one decimal)")
    return text, [cash(total), eur, num(max(rev) / total * 100, 1)], {"csv": table(
        "product,price_usd,qty", rows)}


@family
def csv_marathon_median(rng: random.Random) -> Made:
    count = rng.choice([9, 11, 13, 15])
    mins = [rng.randint(185, 330) for _ in range(count)]
    med = int(statistics.median(mins))
    under = sum(1 for m in mins if m < 240)
    rows = [(f"runner{i + 1}", m) for i, m in enumerate(mins)]
    text = ("Our running club's marathon finish times (in minutes) are in the file. What's the "
            "median time in hours and minutes (h:mm)? And what percentage of us went under "
            "four hours, 1 decimal place?")
    return text, [[f"{med // 60}:{med % 60:02d}", f"{med // 60}h {med % 60:02d}",
                   f"{med // 60} h {med % 60} min", f"{med // 60} hours {med % 60} minutes"],
                  num(F(under * 100, count), 1)], {"csv": table("runner,minutes", rows)}


@family
def csv_commute_modes(rng: random.Random) -> Made:
    rows = [(m, rng.randint(lo, hi)) for m, lo, hi in [("bike", 18, 34), ("bus", 22, 55),
                                                       ("car", 14, 48)] for _ in range(
        rng.randint(3, 6))]
    rng.shuffle(rows)
    bus = [v for m, v in rows if m == "bus"]
    car = [v for m, v in rows if m == "car"]
    text = ("I logged my commute for a few weeks, mode and minutes, in the attached csv. Average "
            "time by bus and by car (1 decimal each)? And draw a bar chart of the average for "
            "each mode.")
    return text, [num(F(sum(bus), len(bus)), 1), num(F(sum(car), len(car)), 1), CHART], \
        {"csv": table("mode,minutes", rows)}


@family
def csv_invoice_late_interest(rng: random.Random) -> Made:
    rows = [(f"INV-{rng.randint(100, 999)}", f"{rng.randint(20000, 500000) / 100:.2f}",
             rng.randint(5, 120)) for _ in range(rng.randint(3, 5))]
    rate = rng.choice([8, 10, 12])
    interest = sum((F(a) * rate / 100 * d / 365 for _, a, d in rows), F(0))
    same(cash(interest), cash(sum((r2(F(a) * rate / 100 * d / 365) for _, a, d in rows), F(0))))
    owed = sum((F(a) for _, a, _ in rows), F(0)) + interest
    text = (f"These invoices (attached, amounts in GBP) were paid late. Late-payment interest is "
            f"{rate}% a year, simple, charged per day (days/365). Total interest across all of "
            f"them? And the total owed including interest, converted to euros at {RATES_TEXT}?")
    return text, [cash(interest), cash(owed / RATE["GBP"])], {"csv": table(
        "invoice,amount_gbp,days_late", rows)}


@family
def csv_visitors_moving_avg(rng: random.Random) -> Made:
    days = rng.randint(8, 14)
    vals = [rng.randint(80, 400) for _ in range(days)]
    ma = F(sum(vals[-3:]), 3)
    change = F(vals[-1] - vals[0], vals[0]) * 100
    text = pick(rng, "Daily visitors to my website are attached. What's the latest 3-day moving "
                     "average (1 dp)? What's the % change from the first day to the last (1 dp)? "
                     "And plot the daily numbers.",
                "website visits csv: chart them, give me the 3-day moving average for the last "
                "three days to 1 decimal, and the percent change first day vs last day, 1 dp")
    csv = table("day,visitors", list(zip(range(1, days + 1), vals, strict=True)))
    return text, [num(ma, 1), num(change, 1) + num(abs(change), 1), CHART], {"csv": csv}


@family
def csv_grades_weighted(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"],
                       rng.randint(6, 9))
    rows = [(n, rng.randint(45, 100), rng.randint(35, 100)) for n in names]
    w = rng.choice([30, 40, 50])
    final = [F(h * w + e * (100 - w), 100) for _, h, e in rows]
    passed = sum(1 for f in final if f >= 60)
    text = (f"Class marks attached. The final grade is {w}% homework plus {100 - w}% exam. What "
            "is the class average final grade (1 dp), and how many students end up on 60 or "
            "more?")
    return text, [stat(MEAN, sum(final, F(0)) / len(final), 1) + num(sum(final, F(0)) / len(
        final), 1), [f"{passed} students", f"{passed} of", f"{passed} out of"]], {
        "csv": table("student,homework,exam", rows)}


@family
def csv_rides_speed_mph(rng: random.Random) -> Made:
    rows = [(f"2026-0{rng.randint(4, 9)}-{rng.randint(10, 28)}", f"{rng.randint(80, 900) / 10:.1f}",
             rng.randint(20, 240)) for _ in range(rng.randint(4, 7))]
    km = sum((F(k) for _, k, _ in rows), F(0))
    mins = sum(m for _, _, m in rows)
    longest = max(F(k) for _, k, _ in rows)
    text = ("Bike rides log attached (km and minutes). Overall average speed in km/h across all "
            "rides (total distance over total time, 1 dp)? Same in mph (1 dp)? And the longest "
            "ride in miles, 2 dp.")
    return text, [num(km / mins * 60, 1), num(km / MILE / mins * 60, 1), num(longest / MILE)], \
        {"csv": table("date,km,minutes", rows)}


@family
def csv_trip_mixed_currency(rng: random.Random) -> Made:
    items = rng.sample(["hotel", "train", "dinner", "museum", "taxi", "ferry", "lunch"], 5)
    rows = [(i, f"{rng.randint(500, 30000) / 100:.2f}", rng.choice(["EUR", "GBP", "USD"]))
            for i in items]
    eur = sum((F(a) / RATE[c] for _, a, c in rows), F(0))
    per = sum((r2(F(a) / RATE[c]) for _, a, c in rows), F(0))
    text = (f"Trip spending attached, it's a mix of currencies. Using {RATES_TEXT}, what's the "
            "total in euros, and in dollars? Also which single expense was the biggest in euro "
            "terms and how much was it in EUR?")
    big = max(F(a) / RATE[c] for _, a, c in rows)
    usd = same(cash(eur * RATE["USD"]), cash(sum((r2(F(a) / RATE[c] * RATE["USD"])
                                                 for _, a, c in rows), F(0))))
    return text, [same(cash(eur), cash(per)), usd, cash(big)], {
        "csv": table("item,amount,currency", rows)}


@family
def csv_sleep_sd_short(rng: random.Random) -> Made:
    nights = rng.randint(7, 14)
    hrs = [F(rng.randint(48, 92), 10) for _ in range(nights)]
    mean = sum(hrs, F(0)) / nights
    sd = statistics.stdev([float(h) for h in hrs])
    short = sum(1 for h in hrs if h < 7)
    rows = [(i + 1, f"{float(h):.1f}") for i, h in enumerate(hrs)]
    text = ("Sleep tracker export attached (hours per night). Mean and sample standard deviation, "
            "both to 2 decimals, and what percentage of nights were under 7 hours (1 dp)?")
    if not 0 < short < nights:
        raise Tie
    return text, [stat(MEAN, mean) + num(mean), num(sd, 2), num(F(short * 100, nights), 1)], \
        {"csv": table("night,hours", rows)}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_meter_year_cost, csv_plant_growth_fit, csv_sales_eur_share, csv_marathon_median,
    csv_commute_modes, csv_invoice_late_interest, csv_visitors_moving_avg, csv_grades_weighted,
    csv_rides_speed_mph, csv_trip_mixed_currency, csv_sleep_sd_short)]
