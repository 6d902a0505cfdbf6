"""Round 14 (``N_d_*``, dev now), data part four: more attached CSVs — orders, rainfall, stock,
classes, calls and clinic logs; filtered counts, group averages, margins and shares."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout14_data import (
    DAYS,
    MONTHS,
    PEOPLE,
    Tie,
    corr,
    csv,
    lab,
    mean,
    med,
    money,
    num,
    pct,
    real,
    retry,
    sd,
    slope,
    unique_max,
    unique_min,
    unit,
)
from bench.data.agents.heldout14_data_2 import FALLING, PRODUCTS, RISING
from bench.data.agents.helpers import Family, Item, fresh, item


def orders(rng: random.Random) -> list[tuple[str, str, str, str]]:
    who = rng.sample(PEOPLE, rng.randint(3, 6))
    return [(f"#{5000 + i}", rng.choice(who), money(Fraction(rng.randint(800, 15000), 100)),
             rng.choice(["paid", "paid", "paid", "refunded"])) for i in range(rng.randint(8, 16))]


def n_d_refunds(rng: random.Random) -> Item:  # count rows with one status
    rows = orders(rng)
    k = sum(1 for r in rows if r[3] == "refunded")
    return item("N_d_refunds", "data", "how many orders got refunded this week? export "
                "attached", [[f"{k} orders", f"{k} of", f"{k} refund", f"{k} were",
                                 f"{k} out of"]],
                csv=csv("order,customer,amount,status", rows))


def n_d_top_customer(rng: random.Random) -> Item:  # customer with the largest total spend
    rows = orders(rng)
    who = sorted({r[1] for r in rows})
    sums = [sum((Fraction(r[2]) for r in rows if r[1] == w), Fraction(0)) for w in who]
    return item("N_d_top_customer", "data", "Which customer spent the most with us in total? "
                "Orders attached.", [[who[unique_max(sums)]]],
                csv=csv("order,customer,amount,status", rows))


def n_d_order_value(rng: random.Random) -> Item:  # average order value
    rows = orders(rng)
    return item("N_d_order_value", "data", "What's our average order value from this file?",
                [num(mean([Fraction(r[2]) for r in rows]))],
                csv=csv("order,customer,amount,status", rows))


def n_d_unique_customers(rng: random.Random) -> Item:  # distinct names in a column
    rows = orders(rng)
    k = len({r[1] for r in rows})
    return item("N_d_unique_customers", "data", "how many different customers are in this "
                "order list?", [[str(k), f"{k} customers", f"{k} different"]],
                csv=csv("order,customer,amount,status", rows))


def rain(rng: random.Random) -> list[tuple[str, str]]:
    return [(f"2026-10-{d:02d}", f"{rng.choice([0, 0, 0, rng.randint(1, 300)]) / 10:.1f}")
            for d in range(1, rng.randint(15, 31))]


def n_d_wettest_day(rng: random.Random) -> Item:  # date of the maximum
    rows = rain(rng)
    v = [Fraction(r[1]) for r in rows]
    return item("N_d_wettest_day", "data", "Rain gauge readings from the allotment. Which day "
                "was the wettest?", [[rows[unique_max(v)][0]]], csv=csv("date,rain_mm", rows))


def n_d_rain_total(rng: random.Random) -> Item:  # sum of a column with units
    rows = rain(rng)
    t = sum((Fraction(r[1]) for r in rows), Fraction(0))
    return item("N_d_rain_total", "data", "how much rain fell in total over this period?",
                [num(t) + unit(num(t), "mm")], csv=csv("date,rain_mm", rows))


def n_d_dry_days(rng: random.Random) -> Item:  # count of zero rows
    rows = rain(rng)
    k = sum(1 for r in rows if Fraction(r[1]) == 0)
    return item("N_d_dry_days", "data", "How many completely dry days were there in this "
                "record?", [[f"{k} dry", f"{k} days", f"{k} of", f"{k} out of"]],
                csv=csv("date,rain_mm", rows))


def n_d_class_best_avg(rng: random.Random) -> Item:  # group with the highest mean
    rows = [(f"S{i + 1}", rng.choice(["7A", "7B", "7C"]), rng.randint(30, 100))
            for i in range(rng.randint(12, 24))]
    groups = sorted({r[1] for r in rows})
    avgs = [mean([r[2] for r in rows if r[1] == g]) for g in groups]
    return item("N_d_class_best_avg", "data", "Which form group did best on average in the "
                "science test?", [[groups[unique_max(avgs)]]],
                csv=csv("student,form,score", rows))


def n_d_invoice_hours(rng: random.Random) -> Item:  # hours column times an hourly rate
    rate = rng.choice([35, 40, 45, 55, 60, 75])
    rows = [(f"2026-09-{d:02d}", rng.choice(["design", "calls", "build", "admin"]),
             f"{rng.randint(1, 16) / 2:.1f}") for d in sorted(rng.sample(range(1, 29), 8))]
    t = sum((Fraction(r[2]) for r in rows), Fraction(0)) * rate
    return item("N_d_invoice_hours", "data", f"My timesheet for September is attached. At "
                f"${rate} an hour, what should I invoice?", [num(t)],
                csv=csv("date,task,hours", rows))


def houses(rng: random.Random) -> list[tuple[str, int, int]]:
    return [(f"{rng.randint(1, 99)} {rng.choice(['Elm', 'Oak', 'Ash', 'Birch'])} Rd",
             rng.randint(1, 5), rng.randint(150, 900) * 1000) for _ in range(rng.randint(5, 9))]


def n_d_house_prices(rng: random.Random) -> Item:  # median of a price column
    rows = houses(rng)
    m = med([r[2] for r in rows])
    return item("N_d_house_prices", "data", "What's the median asking price of the houses in"
                " this list?", [[*num(m), f"{int(m):,}" if m.denominator == 1 else num(m)[0]]],
                csv=csv("address,bedrooms,price", rows))


def n_d_complaint_mode(rng: random.Random) -> Item:  # most common category
    kinds = ["late delivery", "damaged item", "wrong size", "rude staff", "billing"]
    picks = [rng.choice(kinds) for _ in range(rng.randint(12, 25))]
    counts = [picks.count(k) for k in kinds]
    return item("N_d_complaint_mode", "data", "What do customers complain about most? Log "
                "attached.", [[kinds[unique_max(counts)]]],
                csv=csv("ticket,reason", [(100 + i, p) for i, p in enumerate(picks)]))


def n_d_sleep_mood(rng: random.Random) -> Item:  # correlation of two columns
    n = rng.randint(8, 14)
    sleep = [rng.randint(40, 95) for _ in range(n)]
    mood = [max(1, min(10, round(s / 10 + rng.uniform(-2.5, 2.5)))) for s in sleep]
    return item("N_d_sleep_mood", "data", "I've tracked sleep and mood for a while. Is there "
                "a link? Give me the correlation coefficient.", [real(corr(sleep, mood))],
                csv=csv("day,sleep_hours,mood", [(i + 1, f"{s / 10:.1f}", m) for i, (s, m) in
                                                 enumerate(zip(sleep, mood, strict=True))]))


def n_d_last_month_change(rng: random.Random) -> Item:  # percent change of the final step
    v = [rng.randint(200, 900) for _ in range(rng.randint(5, 9))]
    g = Fraction(v[-1] - v[-2], v[-2]) * 100
    return item("N_d_last_month_change", "data", "How did the latest month compare with the "
                "one before? Percent change please.", [pct(num(g))],
                csv=csv("month,members", list(zip(MONTHS, v, strict=False))))


def n_d_product_revenue(rng: random.Random) -> Item:  # product with the top units x price
    names = rng.sample(PRODUCTS, rng.randint(4, 6))
    rows = [(n, rng.randint(3, 90), money(Fraction(rng.randint(200, 3500), 100))) for n in names]
    rev = [q * Fraction(p) for _, q, p in rows]
    return item("N_d_product_revenue", "data", "Which product made us the most money at the "
                "craft fair?", [[rows[unique_max(rev)][0]]], csv=csv("product,sold,price", rows))


def n_d_fair_takings(rng: random.Random) -> Item:  # sum of units x price
    names = rng.sample(PRODUCTS, rng.randint(4, 6))
    rows = [(n, rng.randint(3, 90), money(Fraction(rng.randint(200, 3500), 100))) for n in names]
    t = sum((q * Fraction(p) for _, q, p in rows), Fraction(0))
    return item("N_d_fair_takings", "data", "what did we take in total at the fair?", [num(t)],
                csv=csv("product,sold,price", rows))


def n_d_restock(rng: random.Random) -> Item:  # row with the lowest stock
    names = rng.sample(PRODUCTS, rng.randint(4, 7))
    rows = [(n, rng.randint(0, 80)) for n in names]
    return item("N_d_restock", "data", "What's running lowest in the stockroom?",
                [[rows[unique_min([r[1] for r in rows])][0]]], csv=csv("item,in_stock", rows))


def n_d_margin(rng: random.Random) -> Item:  # overall profit margin
    rows = []
    for m in MONTHS[:rng.randint(4, 12)]:
        rev = rng.randint(4000, 12000)
        rows.append((m, rev, rev - rng.randint(500, 3500)))
    r, c = sum(x[1] for x in rows), sum(x[2] for x in rows)
    return item("N_d_margin", "data", "From the attached revenue and costs, what's our overall"
                " profit margin?", [pct(num(Fraction(r - c, r) * 100))],
                csv=csv("month,revenue,costs", rows))


def n_d_weekend_avg(rng: random.Random) -> Item:  # mean of weekend rows
    rows = [(f"2026-08-{d:02d}", DAYS[(d + 4) % 7], rng.randint(40, 400)) for d in range(1, 29)]
    v = [r[2] for r in rows if r[1] in ("Saturday", "Sunday")]
    return item("N_d_weekend_avg", "data", "On average how many visitors did the museum get on"
                " weekend days in august?", [num(mean(v))], csv=csv("date,day,visitors", rows))


def n_d_temp_sd(rng: random.Random) -> Item:  # sample sd of a column with decimals
    v = [Fraction(rng.randint(360, 392), 10) for _ in range(rng.randint(6, 12))]
    return item("N_d_temp_sd", "data", "My daughter's temperature readings while she was poorly"
                " are attached. Sample standard deviation?", [real(sd(v))],
                csv=csv("time,temp_c", [(f"{8 + i}:00", f"{float(x):.1f}") for i, x in
                                        enumerate(v)]))


def n_d_rent_share(rng: random.Random) -> Item:  # one category's share of spending
    rows = [("rent", rng.randint(600, 1600)), ("food", rng.randint(200, 600)),
            ("bills", rng.randint(100, 350)), ("travel", rng.randint(40, 300)),
            ("other", rng.randint(50, 400))]
    t = sum(r[1] for r in rows)
    return item("N_d_rent_share", "data", "What percentage of my monthly budget goes on rent?",
                [pct(num(Fraction(rows[0][1] * 100, t)))], csv=csv("item,amount", rows))


def n_d_longest_call(rng: random.Random) -> Item:  # row with the longest duration
    names = rng.sample(PEOPLE, rng.randint(5, 9))
    rows = [(n, rng.randint(1, 95)) for n in names]
    return item("N_d_longest_call", "data", "from my call log, who did I talk to the longest?",
                [[rows[unique_max([r[1] for r in rows])][0]]],
                csv=csv("contact,minutes", rows))


def n_d_energy_trend(rng: random.Random) -> Item:  # direction of a yearly series
    up = rng.random() < 0.5
    v = [rng.randint(2500, 4000) + (1 if up else -1) * 120 * i + rng.randint(-100, 100)
         for i in range(8)]
    if (slope(v) > 0) != up:
        raise Tie
    return item("N_d_energy_trend", "data", "Here's our annual gas use since we moved in. "
                "What's the overall direction?", [RISING if up else FALLING],
                csv=csv("year,kwh", [(2018 + i, x) for i, x in enumerate(v)]))


def n_d_per_staff(rng: random.Random) -> Item:  # total divided by headcount
    staff = rng.randint(3, 12)
    rows = [(m, rng.randint(5000, 30000)) for m in MONTHS[:rng.randint(3, 12)]]
    return item("N_d_per_staff", "data", f"We have {staff} staff. Based on these monthly "
                "sales, what's the total sales per staff member?",
                [num(Fraction(sum(r[1] for r in rows), staff))], csv=csv("month,sales", rows))


def n_d_high_glucose(rng: random.Random) -> Item:  # percentage of readings over a limit
    v = [Fraction(rng.randint(40, 120), 10) for _ in range(rng.randint(10, 20))]
    k = sum(1 for x in v if x > Fraction(78, 10))
    return item("N_d_high_glucose", "data", "what percentage of my glucose readings were over"
                " 7.8?", [pct(num(Fraction(k * 100, len(v))))],
                csv=csv("reading,mmol_l", [(i + 1, f"{float(x):.1f}") for i, x in enumerate(v)]))


def n_d_weight_range(rng: random.Random) -> Item:  # max minus min of a column
    v = [Fraction(rng.randint(600, 900), 10) for _ in range(rng.randint(6, 12))]
    r = max(v) - min(v)
    return item("N_d_weight_range", "data", "What's the range of my weight over this log?",
                [num(r) + unit(num(r), "kg")],
                csv=csv("week,kg", [(i + 1, f"{float(x):.1f}") for i, x in enumerate(v)]))


def n_d_worst_night(rng: random.Random) -> Item:  # chart requested, plus the minimum row
    rows = [(f"2026-11-{d:02d}", f"{rng.randint(30, 95) / 10:.1f}") for d in range(1, 15)]
    v = [Fraction(r[1]) for r in rows]
    return item("N_d_worst_night", "data", "Draw me a line chart of my sleep and tell me "
                "which night was the worst.", [[rows[unique_min(v)][0]]],
                csv=csv("night,hours", rows))


def n_d_dec_vs_jan(rng: random.Random) -> Item:  # difference between two named rows
    v = [rng.randint(100, 900) for _ in MONTHS]
    if v[11] == v[0]:
        raise Tie
    diff = v[11] - v[0]
    return item("N_d_dec_vs_jan", "data", "How many more (or fewer) cinema tickets did we sell "
                "in December than in January?", [[str(diff), str(abs(diff)),
                                                   f"{abs(diff)} more" if diff > 0 else
                                                   f"{abs(diff)} fewer"]],
                csv=csv("month,tickets", list(zip(MONTHS, v, strict=True))))


def n_d_q2_total(rng: random.Random) -> Item:  # sum of three named rows
    v = [rng.randint(1000, 9000) for _ in MONTHS]
    t = sum(v[3:6])
    return item("N_d_q2_total", "data", "add up our second-quarter sales (april to june) from "
                "the sheet", [[str(t), f"{t:,}"]],
                csv=csv("month,sales", list(zip(MONTHS, v, strict=True))))


def n_d_clinic_wait(rng: random.Random) -> Item:  # median of a column, odd counts allowed
    v = [rng.randint(2, 70) for _ in range(rng.randint(7, 15))]
    return item("N_d_clinic_wait", "data", "Median waiting time at the clinic today, from "
                "the attached list?", [num(med(v)) + unit(num(med(v)), "minutes", "min")],
                csv=csv("patient,wait_min", [(f"P{i + 1:02d}", x) for i, x in enumerate(v)]))


def n_d_pop_mean_sd(rng: random.Random) -> Item:  # mean and population sd, two parts
    v = [rng.randint(140, 200) for _ in range(rng.randint(8, 14))]
    return item("N_d_pop_mean_sd", "data", "These are the heights of everyone in my team "
                "(the whole team, not a sample). Mean and standard deviation?",
                [lab(["mean", "average"], num(mean(v))),
                 lab(["standard deviation", "sd", "SD", "σ"], real(sd(v, sample=False)))],
                csv=csv("name,height_cm", [(f"M{i + 1}", x) for i, x in enumerate(v)]))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_d_refunds, n_d_top_customer, n_d_order_value, n_d_unique_customers, n_d_wettest_day,
    n_d_rain_total, n_d_dry_days, n_d_class_best_avg, n_d_invoice_hours, n_d_house_prices,
    n_d_complaint_mode, n_d_sleep_mood, n_d_last_month_change, n_d_product_revenue,
    n_d_fair_takings, n_d_restock, n_d_margin, n_d_weekend_avg, n_d_temp_sd, n_d_rent_share,
    n_d_longest_call, n_d_energy_trend, n_d_per_staff, n_d_high_glucose, n_d_weight_range,
    n_d_worst_night, n_d_dec_vs_jan, n_d_q2_total, n_d_clinic_wait, n_d_pop_mean_sd)]
