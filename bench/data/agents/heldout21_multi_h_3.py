"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 3: lists, CSV."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout21_multi_h import PLOT, Made, fam, health, num, rnd
from bench.data.agents.helpers import Family


def days(rng: random.Random, n: int) -> list[str]:
    start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 20))
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]


@fam
def csv_spending_usd_total_in_eur(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    cats = ["groceries", "transport", "coffee", "eating out", "pharmacy", "books"]
    rows = [(d, rng.choice(cats), rng.randint(250, 9000)) for d in days(rng, n)]
    csv = "date,category,amount_usd\n" + "".join(f"{d},{c},{a / 100:.2f}\n" for d, c, a in rows)
    total = F(sum(a for *_, a in rows), 100)
    rate = F(rng.choice([84, 85, 86, 87, 88, 92]), 100)
    text = rng.choice(
        [
            "attached my spending from the trip. what's the total in dollars, and in euros at 1 "
            "USD "
            f"= {float(rate)} EUR? 2dp",
            "Sum the amount column of this csv please, then convert it to EUR (rate: $1 = "
            f"€{float(rate)}), round to cents",
        ]
    )
    return text, [num(total), num(total * rate)], {"csv": csv}


@fam
def csv_runs_miles_to_km_and_chart(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    miles = [F(rng.randint(15, 140), 10) for _ in range(n)]
    sep = rng.choice([",", "\t"])
    csv = f"date{sep}miles\n" + "".join(
        f"{d}{sep}{float(m)}\n" for d, m in zip(days(rng, n), miles, strict=True)
    )
    total = sum(miles)
    text = rng.choice(
        [
            "here's my running log. total distance in km (1 mile = 1.609 km, 2 dp)? and plot the "
            "miles "
            "per "
            "day",
            "Can you chart this run log, and tell me how many kilometres I did altogether, using "
            "1.609 km per mile, 2 decimals?",
        ]
    )
    return text, [num(total * F("1.609")), PLOT], {"csv": csv}


@fam
def csv_weigh_ins_mean_and_bmi(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    height = F(rng.randint(155, 195), 100)
    base = int(rng.randint(200, 310) * height**2)
    kgs = [F(base + rng.randint(-25, 25), 10) for _ in range(n)]
    csv = "date,weight_kg\n" + "".join(
        f"{d},{float(k)}\n" for d, k in zip(days(rng, n), kgs, strict=True)
    )
    mean = sum(kgs) / n
    bmi = mean / height**2
    alt = rnd(mean, 2) / height**2
    text = rng.choice(
        [
            "my weigh-ins are in the csv. what's my average weight (2 dp), and my BMI at that "
            f"average? I'm {float(height)} m tall. 1 decimal for BMI",
            "Average the weight_kg column (2 dp), then BMI using that average and height "
            f"{float(height):.2f} m (one decimal place)",
        ]
    )
    return text, [num(mean), list(dict.fromkeys(health(bmi) + health(alt)))], {"csv": csv}


@fam
def steps_mean_then_km(rng: random.Random) -> Made:
    steps = [rng.randint(3000, 16000) for _ in range(7)]
    stride = F(rng.choice([70, 72, 75, 78, 80, 82]), 100)
    mean = F(sum(steps), 7)
    r = rnd(mean, 0)
    text = rng.choice(
        [
            f"my steps this week: {', '.join(map(str, steps))}. average per day (whole steps)? and "
            f"if my stride is {float(stride)} m how many km is that average day? 2dp",
            f"Step counts Mon-Sun {' '.join(f'{s:,}' for s in steps)} -> daily mean rounded to a "
            f"whole number, then that many steps in km at {int(stride * 100)} cm per step (2 "
            "decimals)",
        ]
    )
    km = list(dict.fromkeys(num(r * stride / 1000) + num(mean * stride / 1000)))
    return text, [num(mean, 0), km], {}


@fam
def glucose_mean_mmol(rng: random.Random) -> Made:
    vals = [rng.randint(78, 190) for _ in range(rng.randint(5, 9))]
    mean = F(sum(vals), len(vals))
    text = rng.choice(
        [
            f"my fasting glucose readings (mg/dL): {', '.join(map(str, vals))}. what's the "
            "average, "
            "and what's that in mmol/L (divide by 18)? 1 decimal",
            f"Average of these blood sugar numbers {' / '.join(map(str, vals))} mg/dl to 1 dp, and "
            "the same average in mmol/l using 18 mg/dL per mmol/L",
        ]
    )
    mm = list(dict.fromkeys(num(mean / 18, 1) + num(rnd(mean, 1) / 18, 1)))
    return text, [num(mean, 1), mm], {}


@fam
def csv_fuel_log_consumption_and_cost(rng: random.Random) -> Made:
    n = rng.randint(4, 7)
    rows = [(rng.randint(280, 720), F(rng.randint(2200, 5200), 100)) for _ in range(n)]
    csv = "fill,km,litres\n" + "".join(
        f"{i + 1},{k},{float(v):.2f}\n" for i, (k, v) in enumerate(rows)
    )
    km, litres = sum(k for k, _ in rows), sum(v for _, v in rows)
    price = F(rng.randint(145, 199), 100)
    text = rng.choice(
        [
            "fuel log attached. overall L/100km across all fills (2 dp)? and at "
            f"{float(price):.2f} "
            "per litre what did all that fuel cost?",
            f"From this csv: total litres x {float(price):.2f} = total spend, and overall "
            "consumption in litres per 100 km. 2 decimals each",
        ]
    )
    return text, [num(litres / km * 100), num(litres * price)], {"csv": csv}


@fam
def prices_median_in_dollars(rng: random.Random) -> Made:
    n = rng.choice([5, 6, 7, 8])
    prices = [F(rng.randint(800, 9900), 100) for _ in range(n)]
    med = F(statistics.median(prices))
    rate = F(rng.choice([125, 126, 127, 128, 131, 134]), 100)
    what = rng.choice(["headphones", "air fryers", "kettles", "backpacks"])
    text = rng.choice(
        [
            f"prices I found for {what} in the UK: "
            f"{', '.join(f'£{float(p):.2f}' for p in prices)}. "
            f"whats the median, and the median in USD at £1 = ${float(rate)}?",
            f"Median of these {what} prices (GBP): "
            f"{', '.join(f'{float(p):.2f}' for p in prices)} - "
            f"then convert it to dollars, 1 GBP = {float(rate)} USD, to the cent",
        ]
    )
    return text, [num(med), num(med * rate)], {}


@fam
def csv_temps_max_f_and_mean(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    temps = [F(rng.randint(-50, 380), 10) for _ in range(n)]
    if len(set(temps)) < n:
        return None
    csv = "day,temp_c\n" + "".join(
        f"{d},{float(t)}\n" for d, t in zip(days(rng, n), temps, strict=True)
    )
    hi = max(temps)
    text = rng.choice(
        [
            "weather data attached. what's the mean temp in C (2 dp) and the hottest day's "
            "temperature in fahrenheit (1 dp)?",
            "Two things from this csv: average temp_c to 2 decimals, and the max temp converted to "
            "°F (1 decimal).",
        ]
    )
    return text, [num(sum(temps) / n), num(hi * 9 / 5 + 32, 1)], {"csv": csv}


@fam
def scores_mean_and_plot(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    scores = [rng.randint(42, 100) for _ in range(n)]
    names = rng.sample(
        ["Amy", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai"], n
    )
    listing = ", ".join(f"{a} {s}" for a, s in zip(names, scores, strict=True))
    text = rng.choice(
        [
            f"test results for my class: {listing}. class average to 1 dp, and a bar chart pls",
            f"Plot these quiz scores ({listing}) and tell me the mean, one decimal.",
        ]
    )
    return text, [num(F(sum(scores), n), 1), PLOT], {}


@fam
def csv_water_vs_goal(rng: random.Random) -> Made:
    n = 7
    mls = [rng.randint(900, 3400) for _ in range(n)]
    kg = rng.randint(52, 110)
    csv = "day,water_ml\n" + "".join(
        f"{d},{m}\n" for d, m in zip("Mon Tue Wed Thu Fri Sat Sun".split(), mls, strict=True)
    )
    mean = F(sum(mls), n)
    goal = kg * 35
    text = rng.choice(
        [
            "this is what I drank each day. average in litres (2 dp)? and at 35 ml per kg for my "
            f"{kg} kg, what's my daily target in litres?",
            "From my water tracker export: mean daily intake in L, 2 decimals. Also my recommended "
            f"amount at 35 mL/kg body weight, I weigh {kg}kg (litres).",
        ]
    )
    return text, [num(mean / 1000), num(F(goal, 1000))], {"csv": csv}


@fam
def blood_pressure_avg_and_map(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    bps = [(rng.randint(108, 156), rng.randint(64, 98)) for _ in range(n)]
    sys_m, dia_m = F(sum(s for s, _ in bps), n), F(sum(d for _, d in bps), n)
    mp = (sys_m + 2 * dia_m) / 3
    text = rng.choice(
        [
            f"my BP this week: {', '.join(f'{s}/{d}' for s, d in bps)}. average systolic and "
            "diastolic (1 dp), and the mean arterial pressure from those averages (MAP = (SBP + "
            "2*DBP)/3)?",
            f"Readings {'; '.join(f'{s}/{d}' for s, d in bps)} - give me avg systolic, avg "
            "diastolic "
            "and then MAP using (sys + 2 x dia) / 3, all one decimal",
        ]
    )
    alt = (rnd(sys_m, 1) + 2 * rnd(dia_m, 1)) / 3
    return text, [num(sys_m, 1), num(dia_m, 1), list(dict.fromkeys(num(mp, 1) + num(alt, 1)))], {}


@fam
def csv_rides_speed_mph(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    rides = [(F(rng.randint(80, 650), 10), rng.randint(20, 150)) for _ in range(n)]
    sep = rng.choice([",", ";"])
    csv = f"ride{sep}km{sep}minutes\n" + "".join(
        f"{i + 1}{sep}{float(k)}{sep}{m}\n" for i, (k, m) in enumerate(rides)
    )
    km, mins = sum(k for k, _ in rides), sum(m for _, m in rides)
    kmh = km / mins * 60
    text = rng.choice(
        [
            "my bike rides are in the file. overall average speed in km/h (total km / total "
            "time), 2 "
            "dp, and the same in mph (1 mile = 1.609 km)?",
            "Work out my average speed over all these rides (total distance over total time) in "
            "km/h, then in miles per hour using 1.609. Two decimals.",
        ]
    )
    mph = list(dict.fromkeys(num(kmh / F("1.609")) + num(rnd(kmh, 2) / F("1.609"))))
    return text, [num(kmh), mph], {"csv": csv}


@fam
def team_heights_inches_mean_cm(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    hs = [rng.randint(60, 80) for _ in range(n)]
    mean = F(sum(hs), n)
    text = rng.choice(
        [
            f"heights of my basketball team in inches: {', '.join(map(str, hs))}. what's the mean "
            "height in inches and in cm? (2.54 cm/in, 1 decimal)",
            f"Team heights (in): {' '.join(map(str, hs))}. Average them to one decimal, and give "
            "that average in centimetres too, 1 in = 2.54 cm.",
        ]
    )
    cm = list(dict.fromkeys(num(mean * F("2.54"), 1) + num(rnd(mean, 1) * F("2.54"), 1)))
    return text, [num(mean, 1), cm], {}


@fam
def csv_monthly_sales_growth_and_chart(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    n = rng.randint(5, 9)
    start = rng.randint(0, 12 - n)
    sales = [rng.randint(1200, 9800) for _ in range(n)]
    csv = "month,sales\n" + "".join(
        f"{m},{s}\n" for m, s in zip(months[start : start + n], sales, strict=True)
    )
    change = F(sales[-1] - sales[0], sales[0]) * 100
    text = rng.choice(
        [
            "monthly sales for my etsy shop attached. total sales? percent change from first to "
            "last "
            "month (1 dp)? and chart it please",
            "Can you make a chart of these sales, plus give me the total and the % change from "
            f"{months[start]} to {months[start + n - 1]} (one decimal)?",
        ]
    )
    return (
        text,
        [num(sum(sales), 0), [p + "%" for p in num(change, 1) + num(abs(change), 1)], PLOT],
        {"csv": csv},
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        csv_spending_usd_total_in_eur,
        csv_runs_miles_to_km_and_chart,
        csv_weigh_ins_mean_and_bmi,
        steps_mean_then_km,
        glucose_mean_mmol,
        csv_fuel_log_consumption_and_cost,
        prices_median_in_dollars,
        csv_temps_max_f_and_mean,
        scores_mean_and_plot,
        csv_water_vs_goal,
        blood_pressure_avg_and_map,
        csv_rides_speed_mph,
        team_heights_inches_mean_cm,
        csv_monthly_sales_growth_and_chart,
    )
]
