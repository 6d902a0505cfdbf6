"""Round 10 (``Z_d_*``, dev now), part two: data questions about change over time — growth,
trend lines, correlation — and tables pasted straight into a message."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout10_data import MONTHS, Tie, dec, ints, mean, retry
from bench.data.agents.helpers import Family, Item, fresh, item, labelled


def pct(value: Fraction | float) -> list[str]:
    """A percentage to two decimals, with and without its sign."""
    return [f"{v}{s}" for v in dec(value) for s in ("%", " %", " percent", " per cent")]


def signed(forms: list[str]) -> list[str]:
    """Negative values also written with a typographic minus."""
    return forms + [f.replace("-", "\u2212") for f in forms if f.startswith("-")]


def change(value: Fraction) -> list[str]:
    """A percentage change; a fall may also be given as its size ("down 12.5%")."""
    forms = signed(pct(value))
    return forms + pct(-value) if value < 0 else forms


def slope(values: list[Fraction]) -> Fraction:
    n = len(values)
    xbar = Fraction(n - 1, 2)
    ybar = sum(values, Fraction(0)) / n
    top = sum(((x - xbar) * (y - ybar) for x, y in enumerate(values)), Fraction(0))
    return top / sum(((x - xbar) ** 2 for x in range(n)), Fraction(0))


def pearson(xs: list[int], ys: list[int]) -> float:
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return float(sxy) / math.sqrt(float(sxx) * float(syy))


def named(names: list[str], forms: list[str]) -> list[str]:
    return [a for v in forms for a in labelled(names, v)]


# --- growth -----------------------------------------------------------------------------

def z_d_growth_revenue(rng: random.Random) -> Item:  # year on year growth in percent
    last = rng.randint(40, 400) * 1000
    this = last + rng.choice([-1, 1, 1, 1]) * rng.randint(1, 160) * 500
    return item("Z_d_growth_revenue", "data", f"Our revenue was ${last:,} last year and ${this:,} "
                "this year. What's the growth as a percentage?",
                [change(Fraction(this - last, last) * 100)])


def z_d_growth_subs(rng: random.Random) -> Item:  # subscriber counts over six months
    values = [rng.randint(800, 1500)]
    for _ in range(5):
        values.append(values[-1] + rng.randint(-60, 260))
    rows = ", ".join(f"{MONTHS[i][:3]} {v}" for i, v in enumerate(values))
    return item("Z_d_growth_subs", "data", f"newsletter subscribers by month: {rows}. by what % "
                "did we grow from jan to jun?",
                [change(Fraction(values[-1] - values[0], values[0]) * 100)])


def z_d_price_drop(rng: random.Random) -> Item:  # a percentage decrease
    was = rng.randint(60, 900)
    now = was - rng.randint(5, was // 2)
    return item("Z_d_price_drop", "data", f"the telly I'm watching dropped from £{was} to £{now}. "
                "how much is that in percent?", [pct(Fraction(was - now, was) * 100)])


def z_d_cagr(rng: random.Random) -> Item:  # compound annual growth rate
    years = rng.randint(3, 8)
    start = rng.randint(5, 60) * 1000
    end = round(start * rng.uniform(1.2, 2.6), -2)
    rate = ((end / start) ** (1 / years) - 1) * 100
    return item("Z_d_cagr", "data", f"My portfolio went from {start:,} to {int(end):,} over "
                f"{years} years. What's the compound annual growth rate?", [pct(rate)])


def z_d_avg_monthly_change(rng: random.Random) -> Item:  # mean change between readings
    values = [rng.randint(500, 3000)]
    for _ in range(rng.randint(4, 6)):
        values.append(values[-1] + rng.randint(-150, 400))
    change = Fraction(values[-1] - values[0], len(values) - 1)
    return item("Z_d_avg_monthly_change", "data", f"savings balance at the end of each month: "
                f"{' -> '.join(map(str, values))}. On average how much did it change per month?",
                [signed(dec(change))])


# --- trends -----------------------------------------------------------------------------

def z_d_trend_yearly(rng: random.Random) -> Item:  # least-squares slope per year
    first = rng.randint(2012, 2018)
    values = [Fraction(rng.randint(100, 140) + 9 * i + rng.randint(-6, 6)) for i in range(6)]
    rows = "\n".join(f"{first + i}: {int(v)}" for i, v in enumerate(values))
    return item("Z_d_trend_yearly", "data", f"Visitors to the museum (thousands)\n{rows}\n"
                "If you fit a straight line, what's the slope per year?", [signed(dec(
                    slope(values)))])


def z_d_trend_weight(rng: random.Random) -> Item:  # weekly weigh-ins, loss per week
    values = [Fraction(rng.randint(850, 1050), 10)]
    for _ in range(rng.randint(5, 7)):
        values.append(values[-1] - Fraction(rng.randint(-4, 12), 10))
    shown = ", ".join(f"{float(v):.1f}" for v in values)
    rate = -slope(values)
    if rate <= 0:
        raise Tie
    return item("Z_d_trend_weight", "data", f"weekly weigh-ins in kg: {shown}. using a linear "
                "trend, how many kg a week am i losing?", [signed(dec(rate))])


def z_d_trend_sales(rng: random.Random) -> Item:  # monthly units, trend line gradient
    step = rng.randint(-8, 20)
    values = [Fraction(rng.randint(200, 260) + step * i + rng.randint(-25, 25)) for i in range(8)]
    shown = " ".join(str(int(v)) for v in values)
    return item("Z_d_trend_sales", "data", f"units sold each month since january: {shown}\n"
                "what's the trend? give me the gradient of the best-fit line",
                [signed(dec(slope(values)))])


# --- correlation ------------------------------------------------------------------------

def pairs(rng: random.Random, n: int, xs: tuple[int, int], a: float, b: float,
          noise: int) -> tuple[list[int], list[int]]:
    x = rng.sample(range(*xs), n)
    return x, [round(a * v + b + rng.randint(-noise, noise)) for v in x]


def z_d_corr_study(rng: random.Random) -> Item:  # revision hours against marks
    hours, marks = pairs(rng, rng.randint(6, 8), (1, 20), 2.5, 40, 12)
    return item("Z_d_corr_study", "data", f"Hours revised: {', '.join(map(str, hours))}\nExam "
                f"marks: {', '.join(map(str, marks))}\nWhat's the correlation coefficient "
                "between the two?", [signed(dec(pearson(hours, marks)))])


def z_d_corr_ads(rng: random.Random) -> Item:  # ad spend against orders, pearson r
    spend, orders = pairs(rng, 6, (100, 900), 0.3, 50, 60)
    return item("Z_d_corr_ads", "data", f"ad spend per week: {' '.join(map(str, spend))} / "
                f"orders per week: {' '.join(map(str, orders))} - pearson r?",
                [signed(dec(pearson(spend, orders)))])


def z_d_corr_heating(rng: random.Random) -> Item:  # outside temperature vs gas use, negative
    temps, gas = pairs(rng, rng.randint(6, 9), (-3, 18), -2.2, 60, 8)
    rows = "\n".join(f"{t},{g}" for t, g in zip(temps, gas, strict=True))
    return item("Z_d_corr_heating", "data", f"temp_c,gas_kwh\n{rows}\nhow strongly do these two "
                "columns correlate? I want the r value", [signed(dec(pearson(temps, gas)))])


# --- pasted tables ----------------------------------------------------------------------

def z_d_csv_kwh_mean(rng: random.Random) -> Item:  # a pasted CSV, mean of one column
    months = rng.randint(5, 9)
    values = ints(rng, 180, 460, (months, months))
    rows = "\n".join(f"2025-{m + 1:02d},{v}" for m, v in enumerate(values))
    return item("Z_d_csv_kwh_mean", "data", f"month,kwh\n{rows}\n\nwhat's the average monthly "
                "usage in this?", [dec(mean(values))])


def z_d_csv_amount_sum(rng: random.Random) -> Item:  # a pasted CSV, total of a column
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Emi", "Finn", "Gus"], rng.randint(4, 6))
    amounts = [Fraction(rng.randint(500, 6000), 100) for _ in names]
    rows = "\n".join(f"{n},{float(a):.2f}" for n, a in zip(names, amounts, strict=True))
    return item("Z_d_csv_amount_sum", "data", f"Here's who paid what for the group gift:\n"
                f"name,amount\n{rows}\nWhat's the total of the amount column?",
                [dec(sum(amounts, Fraction(0)))])


def z_d_tsv_median(rng: random.Random) -> Item:  # a pasted spreadsheet column, even count
    values = [rng.randint(120, 480) for _ in range(rng.choice([6, 8, 10]))]
    rows = "\n".join(f"run {i + 1}\t{v}" for i, v in enumerate(values))
    ordered = sorted(values)
    mid = Fraction(ordered[len(values) // 2 - 1] + ordered[len(values) // 2], 2)
    return item("Z_d_tsv_median", "data", f"copied from my spreadsheet:\n{rows}\nmedian of the "
                "second column?", [dec(mid)])


def z_d_share_food(rng: random.Random) -> Item:  # one category's share of spending
    rent, food = rng.randint(60, 140) * 10, rng.randint(150, 520)
    travel, fun = rng.randint(40, 260), rng.randint(30, 300)
    share = Fraction(food * 100, rent + food + travel + fun)
    return item("Z_d_share_food", "data", f"This month I spent rent {rent}, food {food}, transport "
                f"{travel}, going out {fun}. What percent of my spending went on food?",
                [pct(share)])


def z_d_mean_skip_zero(rng: random.Random) -> Item:  # average leaving out a day off
    values = ints(rng, 35, 120, (5, 6))
    shown = values[:]
    shown.insert(rng.randrange(len(shown) + 1), 0)
    return item("Z_d_mean_skip_zero", "data", f"tips per shift: {', '.join(map(str, shown))}. "
                "ignore the 0, i was off sick that day - what's my average?",
                [dec(mean(values))])


def z_d_mean_one_dp(rng: random.Random) -> Item:  # rounded to one decimal place
    values = ints(rng, 150, 195, (6, 9))
    avg = mean(values)
    if (avg * 20).denominator == 1 and (avg * 10).denominator != 1:
        raise Tie
    return item("Z_d_mean_one_dp", "data", f"heights of the players in cm: "
                f"{', '.join(map(str, values))}. average to 1 decimal place?",
                [[f"{float(round(avg * 10) / 10):.1f}"]])


def z_d_glucose_stats(rng: random.Random) -> Item:  # mean and sd, labelled
    values = [Fraction(rng.randint(42, 98), 10) for _ in range(rng.randint(6, 8))]
    floats = [float(v) for v in values]
    avg = sum(values, Fraction(0)) / len(values)
    mu = sum(floats) / len(floats)
    ss = sum((v - mu) ** 2 for v in floats)
    sds = dec(math.sqrt(ss / (len(floats) - 1))) + dec(math.sqrt(ss / len(floats)))
    return item("Z_d_glucose_stats", "data", f"fasting glucose readings this fortnight (mmol/L): "
                f"{', '.join(f'{v:.1f}' for v in floats)}. Mean and standard deviation?",
                [named(["mean", "Mean", "average", "Average"], dec(avg)),
                 named(["standard deviation", "Standard deviation", "SD", "sd", "std dev"], sds)])


def z_d_savings_total_avg(rng: random.Random) -> Item:  # total and monthly average, labelled
    values = [rng.randint(4, 60) * 10 for _ in range(rng.randint(5, 8))]
    total = sum(values)
    return item("Z_d_savings_total_avg", "data", f"put this much in savings each month: "
                f"{', '.join(map(str, values))}. How much is that altogether, and what's the "
                "monthly average?",
                [named(["total", "Total", "altogether", "Altogether"], dec(Fraction(total))),
                 named(["average", "Average", "mean", "Mean"], dec(mean(values)))])


def z_d_weighted_grade(rng: random.Random) -> Item:  # weighted mean of module marks
    weights = rng.choice([(30, 70), (40, 60), (25, 75), (50, 50), (20, 30, 50)])
    marks = [rng.randint(38, 92) for _ in weights]
    parts = ["coursework", "midterm", "final exam"] if len(weights) == 3 else [
        "coursework", "final exam"]
    shown = ", ".join(f"{p} ({w}%): {m}" for p, w, m in zip(parts, weights, marks, strict=True))
    overall = Fraction(sum(w * m for w, m in zip(weights, marks, strict=True)), 100)
    return item("Z_d_weighted_grade", "data", f"my module marks - {shown}. what's my overall "
                "weighted mark?", [dec(overall)])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    z_d_growth_revenue, z_d_growth_subs, z_d_price_drop, z_d_cagr, z_d_avg_monthly_change,
    z_d_trend_yearly, z_d_trend_weight, z_d_trend_sales, z_d_corr_study, z_d_corr_ads,
    z_d_corr_heating, z_d_csv_kwh_mean, z_d_csv_amount_sum, z_d_tsv_median, z_d_share_food,
    z_d_mean_skip_zero, z_d_mean_one_dp, z_d_glucose_stats, z_d_savings_total_avg,
    z_d_weighted_grade)]
