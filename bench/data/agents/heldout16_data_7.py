"""Round 16 (``L_d_*``, dev now), data part seven: values written the way people jot them down
(blood pressure as 128/84, paces as m:ss, durations as 1h 20m), rankings, quarters and shares
of a total."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout16_data import (
    MONTHS,
    Tie,
    counted,
    dec,
    distinct,
    ints,
    listed,
    mean,
    num,
    pct,
    retry,
    table,
    whole,
)
from bench.data.agents.heldout16_data_2 import money
from bench.data.agents.heldout16_data_6 import best_group
from bench.data.agents.helpers import Family, Item, fresh, item

DINERS = ["Alex", "Bea", "Cam", "Dina"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def clock(seconds: Fraction) -> list[str]:
    """A pace or duration rounded to the nearest second, as m:ss and in words."""
    if (seconds * 2).denominator == 1 and seconds.denominator != 1:
        raise Tie
    s = round(seconds)
    m, r = divmod(s, 60)
    return [f"{m}:{r:02d}", f"{m} min {r} s", f"{m}m {r}s", f"{m} min {r} sec",
            f"{m} minutes {r} seconds", f"{m}:{r:02d} min"]


def l_d_bp_slash_avg(rng: random.Random) -> Item:  # readings as 128/84, two averages
    rs = [(rng.randint(108, 158), rng.randint(64, 98)) for _ in range(rng.randint(4, 8))]
    return item("L_d_bp_slash_avg", "data", "bp readings from this week: " + ", ".join(
        f"{a}/{b}" for a, b in rs) + ". what's my average top and bottom number?",
        [num(mean([a for a, _ in rs])), num(mean([b for _, b in rs]))])


def l_d_bp_high_count(rng: random.Random) -> Item:  # how many readings at or over 130/80
    rs = [(rng.randint(108, 158), rng.randint(64, 98)) for _ in range(rng.randint(6, 10))]
    n = sum(a >= 130 or b >= 80 for a, b in rs)
    return item("L_d_bp_high_count", "data", "My GP asked how many of my home readings were "
                "130/80 or above (either number). Readings: " + ", ".join(
                    f"{a}/{b}" for a, b in rs) + ".",
                [counted(n, ["readings", "of them", "were"])])


def l_d_pace_splits(rng: random.Random) -> Item:  # average of m:ss splits
    secs = [rng.randint(255, 390) for _ in range(rng.randint(4, 8))]
    return item("L_d_pace_splits", "data", "my km splits from this morning's run: " + ", ".join(
        f"{s // 60}:{s % 60:02d}" for s in secs) + " — average pace per km?",
        [clock(mean(secs))])


def l_d_duration_total(rng: random.Random) -> Item:  # add up durations like 1h 20m
    mins = [rng.randint(15, 170) for _ in range(rng.randint(3, 6))]
    text = ", ".join(f"{m // 60}h {m % 60}m" if m >= 60 else f"{m}m" for m in mins)
    t = sum(mins)
    h, m = divmod(t, 60)
    return item("L_d_duration_total", "data", f"how long did I spend on the project this week "
                f"in total? sessions: {text}", [[f"{h}h {m}m", f"{h} h {m} min",
                                                 f"{h} hours {m} minutes",
                                                 f"{h} hours and {m} minutes", f"{h}:{m:02d}",
                                                 f"{t} minutes", f"{t} min"]])


def l_d_weekend_share(rng: random.Random) -> Item:  # weekend share of a week's sales
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [(d, rng.randint(150, 1400)) for d in days]
    share = Fraction(rows[5][1] + rows[6][1], sum(v for _, v in rows)) * 100
    return item("L_d_weekend_share", "data", "what percentage of last week's sales happened "
                "at the weekend?", [pct(share)], csv=table("day,sales", rows))


def l_d_warmer_city(rng: random.Random) -> Item:  # column with the higher mean
    n = rng.randint(7, 14)
    a = [rng.randint(8, 27) for _ in range(n)]
    b = [rng.randint(8, 27) for _ in range(n)]
    if mean(a) == mean(b):
        raise Tie
    win = "Lisbon" if mean(a) > mean(b) else "Porto"
    return item("L_d_warmer_city", "data", "We're deciding where to go in spring. Looking at "
                "the daily highs I pulled, which city was warmer on average?",
                [[win, win.lower()]], csv=table("date,lisbon,porto",
                                                [(f"2025-04-{i:02d}", x, y) for i, (x, y) in
                                                 enumerate(zip(a, b, strict=True), 1)]))


def l_d_thermometer_bias(rng: random.Random) -> Item:  # mean difference of paired columns
    n = rng.randint(6, 10)
    ref = [dec(rng, 18, 26, 1) for _ in range(n)]
    cheap = [round(r + rng.uniform(-0.2, 1.2), 1) for r in ref]
    diff = mean(cheap) - mean(ref)
    forms = num(diff)
    return item("L_d_thermometer_bias", "data", "On average, how far off is my cheap "
                "thermometer from the reference one?", [forms + [f + " °C" for f in forms]],
                csv=table("reference,cheap", list(zip(ref, cheap, strict=True))))


def l_d_best_quarter(rng: random.Random) -> Item:  # quarter with the highest total
    xs = ints(rng, 200, 900, (12, 12))
    q = [sum(xs[i:i + 3]) for i in range(0, 12, 3)]
    if sorted(q)[-1] == sorted(q)[-2]:
        raise Tie
    k = q.index(max(q))
    return item("L_d_best_quarter", "data", "Monthly revenue for the year is attached — which "
                "quarter was strongest?", [[f"Q{k + 1}", f"{ORDINALS[k]} quarter"]],
                csv=table("month,revenue", list(zip(MONTHS, xs, strict=True))))


def l_d_my_rank(rng: random.Random) -> Item:  # position of one score among the field
    field = distinct(rng, 40, 99, (8, 12))
    mine = rng.choice(field)
    rank = sorted(field, reverse=True).index(mine) + 1
    others = [v for v in field if v != mine]
    rng.shuffle(others)
    return item("L_d_my_rank", "data", f"Pub quiz scores for the other teams: "
                f"{listed(others)}. We got {mine}. Where did we place (1 = top)?",
                [[ordinal(rank), f"{ORDINALS[rank - 1]} place", f"place {rank}",
                  f"position {rank}", f"#{rank}", f"rank {rank}", f"{ORDINALS[rank - 1].title()}"
                  " place"]])


def l_d_grade_a_count(rng: random.Random) -> Item:  # how many at or above a grade boundary
    rows = [(f"st{i:02d}", rng.randint(45, 100)) for i in range(1, rng.randint(15, 30))]
    n = sum(v >= 90 for _, v in rows)
    return item("L_d_grade_a_count", "data", "An A is 90 and up. How many A's in this "
                "gradebook?", [[str(n), f"{n} A's", f"{n} students"]],
                csv=table("student,score", rows))


def l_d_top_complaint(rng: random.Random) -> Item:  # most common category in tickets
    cats = ["billing", "delivery", "login", "refund", "damaged item"]
    while True:
        xs = [rng.choice(cats) for _ in range(rng.randint(15, 25))]
        counts = sorted((xs.count(c), c) for c in set(xs))
        if counts[-1][0] != counts[-2][0]:
            break
    return item("L_d_top_complaint", "data", "What do customers complain about most? Tickets "
                "export attached.", [[counts[-1][1]]],
                csv=table("ticket,category", [(f"#{4000 + i}", c) for i, c in enumerate(xs)]))


def l_d_baby_weekly_gain(rng: random.Random) -> Item:  # mean weekly gain from weigh-ins
    w = [rng.randint(3100, 3900)]
    for _ in range(rng.randint(4, 8)):
        w.append(w[-1] + rng.randint(90, 320))
    gain = Fraction(w[-1] - w[0], len(w) - 1)
    forms = num(gain)
    return item("L_d_baby_weekly_gain", "data", f"Our baby's weekly weigh-ins at the clinic (g): "
                f"{listed(w)}. How much is she gaining per week on average?",
                [forms + [f + " g" for f in forms] + [f + " grams" for f in forms]])


def l_d_car_age_price_r(rng: random.Random) -> Item:  # negative correlation from a listing
    ages = [rng.randint(1, 14) for _ in range(rng.randint(8, 12))]
    if len(set(ages)) < 3:
        raise Tie
    price = [max(1500, 24000 - 1500 * a + rng.randint(-2500, 2500)) for a in ages]
    return item("L_d_car_age_price_r", "data", "Used hatchbacks I've been looking at — how "
                "strongly is age related to price? Give me r.",
                [num(statistics.correlation(ages, price))],
                csv=table("age_years,price", list(zip(ages, price, strict=True))))


def l_d_stock_value(rng: random.Random) -> Item:  # quantity times unit cost, summed
    names = ["widget", "bracket", "hinge", "bolt pack", "clamp", "spring"]
    rows = [(n, rng.randint(0, 250), dec(rng, 0.35, 18, 2)) for n in rng.sample(names, 5)]
    total = sum((q * Fraction(str(c)) for _, q, c in rows), Fraction(0))
    return item("L_d_stock_value", "data", "What's the total value of the stock on this "
                "sheet (qty × unit cost)?", [num(total, comma=True)],
                csv=table("item,qty,unit_cost", rows))


def l_d_last_vs_average(rng: random.Random) -> Item:  # latest value minus the earlier mean
    xs = ints(rng, 80, 260, (5, 9))
    diff = xs[-1] - mean(xs[:-1])
    return item("L_d_last_vs_average", "data", f"Our gas bills so far this year were "
                f"{listed(xs)} — the last one is this month. How much higher or lower is this "
                "month than the average of the earlier months?", [num(abs(diff))])


def l_d_first_week_total(rng: random.Random) -> Item:  # total over a slice of the rows
    xs = [dec(rng, 20, 180, 2) for _ in range(rng.randint(14, 28))]
    total = money(xs[:7])
    return item("L_d_first_week_total", "data", "how much did we take in the first 7 days of "
                "the month?", [num(total, comma=True)],
                csv=table("day,takings", list(enumerate(xs, 1))))


def l_d_top_customer_share(rng: random.Random) -> Item:  # biggest customer's share of revenue
    custs = ["Acme", "Birch & Co", "Corvid Ltd", "Dunmore"]
    rows = [(rng.choice(custs), rng.randint(300, 5000)) for _ in range(rng.randint(8, 14))]
    top = best_group(rows)
    share = Fraction(sum(v for c, v in rows if c == top), sum(v for _, v in rows)) * 100
    return item("L_d_top_customer_share", "data", "How dependent are we on our biggest client? "
                "What percent of total invoiced revenue comes from the single largest customer?",
                [pct(share)], csv=table("customer,invoiced", rows))


def l_d_tip_split(rng: random.Random) -> Item:  # one diner's items plus a tip
    rows = [(rng.choice(DINERS), rng.choice(["pasta", "salad", "steak", "wine", "dessert",
                                              "soup"]), dec(rng, 4, 32, 2))
            for _ in range(rng.randint(7, 12))]
    who = rng.choice(sorted({d for d, *_ in rows}))
    tip = rng.choice([10, 12, 15, 20])
    owe = money([p for d, _, p in rows if d == who]) * (100 + tip) / 100
    return item("L_d_tip_split", "data", f"Dinner bill itemised by person is attached. We're "
                f"adding a {tip}% tip on top of what each person ordered. How much does {who} "
                "owe?", [num(owe)], csv=table("person,item,price", rows))


def l_d_sales_per_rep_avg(rng: random.Random) -> Item:  # group totals, then the mean of them
    reps = ["Kim", "Luis", "Mo", "Nadia", "Ola"]
    rows = [(rng.choice(reps), rng.randint(1, 9) * 250) for _ in range(rng.randint(10, 18))]
    present = sorted({r for r, _ in rows})
    avg = Fraction(sum(v for _, v in rows), len(present))
    return item("L_d_sales_per_rep_avg", "data", "Deals closed this month are attached, one "
                "row per deal. What's the average total per rep (only counting reps who "
                "appear)?", [num(avg, comma=True)], csv=table("rep,value", rows))


def l_d_median_even_decimal(rng: random.Random) -> Item:  # median of decimals, even count
    n = rng.choice([6, 8, 10])
    xs = [dec(rng, 6.8, 8.2, 2) for _ in range(n)]
    srt = sorted(Fraction(str(v)) for v in xs)
    med = (srt[n // 2 - 1] + srt[n // 2]) / 2
    forms = num(med)
    return item("L_d_median_even_decimal", "data", f"pH readings from the pool this week: "
                f"{listed(xs)}. what's the median?", [forms])


def l_d_range_total_mean(rng: random.Random) -> Item:  # three statistics in a row
    xs = ints(rng, 12, 95, (6, 9))
    r, s = max(xs) - min(xs), sum(xs)
    return item("L_d_range_total_mean", "data", f"parcels delivered per route today: "
                f"{listed(xs)}. give me the total, the average and the range",
                [whole(s), num(mean(xs)), [str(r), f"range is {r}", f"range: {r}"]])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_bp_slash_avg, l_d_bp_high_count, l_d_pace_splits, l_d_duration_total,
    l_d_weekend_share, l_d_warmer_city, l_d_thermometer_bias, l_d_best_quarter, l_d_my_rank,
    l_d_grade_a_count, l_d_top_complaint, l_d_baby_weekly_gain, l_d_car_age_price_r,
    l_d_stock_value, l_d_last_vs_average, l_d_first_week_total, l_d_top_customer_share,
    l_d_tip_split, l_d_sales_per_rep_avg, l_d_median_even_decimal, l_d_range_total_mean)]
