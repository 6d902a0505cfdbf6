"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 8: multi-column tables
(highs and lows, income and spending, price times quantity) and numbers written as words."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout21_data import (
    MONTHS,
    PLOT,
    R1,
    R2,
    forms,
    labforms,
    mean,
    median,
    sd,
)
from bench.data.agents.heldout21_data_6 import Made, pick, wrap
from bench.data.agents.helpers import Family

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]


def dates(rng: random.Random, n: int) -> list[str]:
    start = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    return [(start + dt.timedelta(days=i)).isoformat() for i in range(n)]


def sep(rng: random.Random) -> str:
    return rng.choice([",", ",", "\t"])


def hilo(rng: random.Random, n: int) -> tuple[list[str], list[int], list[int]]:
    ds = dates(rng, n)
    hi = [rng.randint(12, 33) for _ in ds]
    lo = [h - rng.randint(4, 14) for h in hi]
    return ds, hi, lo


def temp_swing(rng: random.Random) -> Made:
    ds, hi, lo = hilo(rng, rng.randint(7, 20))
    s = sep(rng)
    csv = "\n".join([f"date{s}high_c{s}low_c"] + [f"{d}{s}{h}{s}{lo_}" for d, h, lo_ in zip(ds, hi, lo, strict=True)]) + "\n"
    avg = mean([F(h - lo_) for h, lo_ in zip(hi, lo, strict=True)])
    text = pick(rng, [f"What's the average daily temperature swing (high minus low) in the attached file? {pick(rng, R2)}",
                      f"mean of (high_c - low_c) across all days in this csv, {pick(rng, R2)}"])
    return text, [forms(avg, 2)], {"csv": csv}


def temp_widest(rng: random.Random) -> Made:
    ds, hi, lo = hilo(rng, rng.randint(7, 20))
    sw = [h - lo_ for h, lo_ in zip(hi, lo, strict=True)]
    if sw.count(max(sw)) > 1:
        return None
    s = sep(rng)
    csv = "\n".join([f"date{s}high_c{s}low_c"] + [f"{d}{s}{h}{s}{lo_}" for d, h, lo_ in zip(ds, hi, lo, strict=True)]) + "\n"
    i = sw.index(max(sw))
    text = "Which day in the attached weather data had the biggest gap between the high and the low, and how big was it (°C)?"
    return text, [labforms(ds[i]), forms(sw[i], 0)], {"csv": csv}


def temp_mid(rng: random.Random) -> Made:
    ds, hi, lo = hilo(rng, rng.randint(5, 7))
    lines = "\n".join(f"{d}: high {h}, low {lo_}" for d, h, lo_ in zip(ds, hi, lo, strict=True))
    avg = mean([F(h + lo_, 2) for h, lo_ in zip(hi, lo, strict=True)])
    text = f"{lines}\nTaking each day's mean temperature as (high + low) / 2, what's the average over these days? {pick(rng, R2)}"
    return text, [forms(avg, 2)], {}


def budget(rng: random.Random, n: int) -> tuple[list[str], list[int], list[int]]:
    start = rng.randrange(12 - n + 1)
    ms = MONTHS[start:start + n]
    inc = [rng.randint(2800, 5200) for _ in ms]
    exp = [rng.randint(2200, 5000) for _ in ms]
    return ms, inc, exp


def savings_total(rng: random.Random) -> Made:
    ms, inc, exp = budget(rng, rng.randint(5, 12))
    s = sep(rng)
    csv = "\n".join([f"month{s}income{s}expenses"] + [f"{m}{s}{a}{s}{b}" for m, a, b in zip(ms, inc, exp, strict=True)]) + "\n"
    net = sum(inc) - sum(exp)
    text = pick(rng, ["How much did I save in total over these months (income minus expenses)? Budget attached.",
                      "net savings across the whole attached file? (sum of income - sum of expenses)"])
    return text, [forms(F(net), 0, False)], {"csv": csv}


def savings_best(rng: random.Random) -> Made:
    ms, inc, exp = budget(rng, rng.randint(5, 12))
    net = [a - b for a, b in zip(inc, exp, strict=True)]
    if net.count(max(net)) > 1:
        return None
    s = sep(rng)
    csv = "\n".join([f"month{s}income{s}expenses"] + [f"{m}{s}{a}{s}{b}" for m, a, b in zip(ms, inc, exp, strict=True)]) + "\n"
    i = net.index(max(net))
    text = "Which month in the attached budget had the biggest surplus (income minus expenses), and how much was it?"
    return text, [labforms(ms[i]), forms(F(net[i]), 0, False)], {"csv": csv}


def savings_negative(rng: random.Random) -> Made:
    ms, inc, exp = budget(rng, rng.randint(3, 12))
    s = sep(rng)
    csv = "\n".join([f"month{s}income{s}expenses"] + [f"{m}{s}{a}{s}{b}" for m, a, b in zip(ms, inc, exp, strict=True)]) + "\n"
    k = sum(1 for a, b in zip(inc, exp, strict=True) if b > a)
    if k == 0:
        return None
    text = pick(rng, ["In how many months did I spend more than I earned? File attached.",
                      "count the months where expenses > income in this csv"])
    return text, [forms(F(k), 0)], {"csv": csv}


def savings_rate(rng: random.Random) -> Made:
    ms, inc, exp = budget(rng, rng.randint(4, 6))
    lines = "\n".join(f"{m}: earned {a}, spent {b}" for m, a, b in zip(ms, inc, exp, strict=True))
    rate = F(sum(inc) - sum(exp), sum(inc)) * 100
    text = f"{lines}\nOverall, what percent of my income did I save (total saved / total earned)? {pick(rng, R1)}"
    return text, [forms(rate, 1, False)], {}


PRODUCTS = ["Latte", "Muffin", "Bagel", "Chai", "Cookie", "Sandwich", "Juice", "Scone"]


def orders(rng: random.Random) -> tuple[list[str], list[int], list[F]]:
    ps = rng.sample(PRODUCTS, rng.randint(4, 7))
    qty = [rng.randint(3, 80) for _ in ps]
    price = [F(rng.randint(150, 900), 100) for _ in ps]
    return ps, qty, price


def revenue_total(rng: random.Random) -> Made:
    ps, qty, price = orders(rng)
    s = sep(rng)
    csv = "\n".join([f"product{s}qty{s}unit_price"] + [f"{p}{s}{q}{s}{float(x):.2f}" for p, q, x in zip(ps, qty, price, strict=True)]) + "\n"
    tot = sum((q * x for q, x in zip(qty, price, strict=True)), F(0))
    text = pick(rng, ["What's the total revenue in the attached sales sheet (qty × unit_price, summed)?",
                      "total takings from this csv? multiply quantity by price for each row and add up"])
    return text, [forms(tot, 2)], {"csv": csv}


def revenue_best(rng: random.Random) -> Made:
    ps, qty, price = orders(rng)
    rev = [q * x for q, x in zip(qty, price, strict=True)]
    if rev.count(max(rev)) > 1:
        return None
    s = sep(rng)
    csv = "\n".join([f"product{s}qty{s}unit_price"] + [f"{p}{s}{q}{s}{float(x):.2f}" for p, q, x in zip(ps, qty, price, strict=True)]) + "\n"
    i = rev.index(max(rev))
    text = "Which product brought in the most money (quantity times price) in the attached file, and how much?"
    return text, [[ps[i]], forms(rev[i], 2)], {"csv": csv}


def revenue_lines(rng: random.Random) -> Made:
    ps, qty, price = orders(rng)
    lines = "\n".join(f"{q} x {p} @ ${float(x):.2f}" for p, q, x in zip(ps, qty, price, strict=True))
    tot = sum((q * x for q, x in zip(qty, price, strict=True)), F(0))
    avg = tot / sum(qty)
    text = f"Today's sales:\n{lines}\nTotal revenue, and average price per item sold (revenue / number of items)? {pick(rng, R2)}"
    return text, [forms(tot, 2), forms(avg, 2)], {}


def revenue_plot(rng: random.Random) -> Made:
    ps, qty, price = orders(rng)
    s = sep(rng)
    csv = "\n".join([f"product{s}qty{s}unit_price"] + [f"{p}{s}{q}{s}{float(x):.2f}" for p, q, x in zip(ps, qty, price, strict=True)]) + "\n"
    text = "Bar chart of units sold per product from the attached file, and tell me the total number of units"
    return text, [PLOT, forms(F(sum(qty)), 0)], {"csv": csv}


def words_mean(rng: random.Random) -> Made:
    vals = [rng.randint(0, 20) for _ in range(rng.randint(5, 8))]
    what = rng.choice(["hours of overtime", "cups of water", "push-ups sets", "pages read", "emails"])
    text = f"Over the last {len(vals)} days I logged {', '.join(WORDS[v] for v in vals)} {what}. What's my daily average? {pick(rng, R2)}"
    return text, [forms(mean([F(v) for v in vals]), 2)], {}


def words_median(rng: random.Random) -> Made:
    vals = [rng.randint(1, 20) for _ in range(rng.choice([5, 7, 6, 8]))]
    med = median([F(v) for v in vals])
    total = sum(vals)
    text = f"my kid's reading minutes (in words because she wrote them): {' '.join(WORDS[v] for v in vals)}. median and total?"
    return text, [forms(med, 2), forms(F(total), 0)], {}


def words_sd(rng: random.Random) -> Made:
    vals = [rng.randint(0, 12) for _ in range(rng.randint(5, 8))]
    if len(set(vals)) < 2:
        return None
    text = f"Goals per game this season: {', '.join(WORDS[v] for v in vals)}. Average and sample standard deviation? {pick(rng, R2)}"
    return text, [forms(mean([F(v) for v in vals]), 2), forms(sd([F(v) for v in vals], True), 2)], {}


def grades_multi(rng: random.Random) -> Made:
    from bench.data.agents.heldout21_data import NAMES
    names = rng.sample(NAMES, rng.randint(5, 14))
    t1 = [rng.randint(40, 100) for _ in names]
    t2 = [rng.randint(40, 100) for _ in names]
    s = sep(rng)
    csv = "\n".join([f"student{s}test1{s}test2"] + [f"{n}{s}{a}{s}{b}" for n, a, b in zip(names, t1, t2, strict=True)]) + "\n"
    imp = [b - a for a, b in zip(t1, t2, strict=True)]
    if imp.count(max(imp)) > 1 or max(imp) <= 0:
        return None
    i = imp.index(max(imp))
    text = "Which student improved the most from test1 to test2 in the attached file, and by how many points?"
    return text, [[names[i]], forms(F(imp[i]), 0)], {"csv": csv}


def grades_avg2(rng: random.Random) -> Made:
    from bench.data.agents.heldout21_data import NAMES
    names = rng.sample(NAMES, rng.randint(5, 14))
    t1 = [rng.randint(40, 100) for _ in names]
    t2 = [rng.randint(40, 100) for _ in names]
    s = sep(rng)
    csv = "\n".join([f"student{s}test1{s}test2"] + [f"{n}{s}{a}{s}{b}" for n, a, b in zip(names, t1, t2, strict=True)]) + "\n"
    text = f"What's the class average on test1 and on test2 in the attached sheet? {pick(rng, R2)}"
    return text, [forms(mean([F(x) for x in t1]), 2), forms(mean([F(x) for x in t2]), 2)], {"csv": csv}


def fuel_economy(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    km = [rng.randint(250, 700) for _ in range(n)]
    litres = [F(rng.randint(180, 520), 10) for _ in range(n)]
    s = sep(rng)
    csv = "\n".join([f"fill_up{s}km{s}litres"] + [f"{i + 1}{s}{a}{s}{float(b):.1f}" for i, (a, b) in enumerate(zip(km, litres, strict=True))]) + "\n"
    val = sum(litres, F(0)) / sum(km) * 100
    text = f"Here are my fill-ups. What's my overall fuel consumption in litres per 100 km (total litres / total km × 100)? {pick(rng, R2)}"
    return text, [forms(val, 2)], {"csv": csv}


def workout_minutes(rng: random.Random) -> Made:
    kinds = ["run", "bike", "swim", "yoga"]
    rows = [(rng.choice(kinds), rng.randint(15, 90)) for _ in range(rng.randint(8, 20))]
    k = rng.choice(kinds)
    mins = [m for t, m in rows if t == k]
    if len(mins) < 2:
        return None
    ds = dates(rng, len(rows))
    s = sep(rng)
    csv = "\n".join([f"date{s}activity{s}minutes"] + [f"{d}{s}{t}{s}{m}" for d, (t, m) in zip(ds, rows, strict=True)]) + "\n"
    text = pick(rng, [f"From my workout log, how many minutes did I spend on {k} in total, and what's the average {k} session length? {pick(rng, R1)}",
                      f"total {k} minutes + average per {k} session ({pick(rng, R1)}) from the attached file"])
    return text, [forms(F(sum(mins)), 0), forms(mean([F(m) for m in mins]), 1)], {"csv": csv}


fam_temp_swing = wrap("temp_swing", temp_swing)
fam_temp_widest = wrap("temp_widest", temp_widest)
fam_temp_mid = wrap("temp_mid", temp_mid)
fam_savings_total = wrap("savings_total", savings_total)
fam_savings_best = wrap("savings_best", savings_best)
fam_savings_negative = wrap("savings_negative", savings_negative)
fam_savings_rate = wrap("savings_rate", savings_rate)
fam_revenue_total = wrap("revenue_total", revenue_total)
fam_revenue_best = wrap("revenue_best", revenue_best)
fam_revenue_lines = wrap("revenue_lines", revenue_lines)
fam_revenue_plot = wrap("revenue_plot", revenue_plot)
fam_words_mean = wrap("words_mean", words_mean)
fam_words_median = wrap("words_median", words_median)
fam_words_sd = wrap("words_sd", words_sd)
fam_grades_multi = wrap("grades_multi", grades_multi)
fam_grades_avg2 = wrap("grades_avg2", grades_avg2)
fam_fuel_economy = wrap("fuel_economy", fuel_economy)
fam_workout_minutes = wrap("workout_minutes", workout_minutes)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_temp_swing, fam_temp_widest, fam_temp_mid, fam_savings_total, fam_savings_best,
    fam_savings_negative, fam_savings_rate, fam_revenue_total, fam_revenue_best,
    fam_revenue_lines, fam_revenue_plot, fam_words_mean, fam_words_median, fam_words_sd,
    fam_grades_multi, fam_grades_avg2, fam_fuel_economy, fam_workout_minutes)]
