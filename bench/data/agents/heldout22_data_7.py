"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 7: spending transactions,
weather highs and lows, workout logs and stock closes attached as CSV."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout22_data import (
    PLOTS,
    F,
    count_forms,
    csv_text,
    fam,
    forms,
    label_forms,
    mean,
)
from bench.data.agents.helpers import Family

CATS = ["groceries", "dining", "transport", "utilities", "fun", "shopping"]


def spend_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Questions about a month of card transactions (date, category, amount)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        cats = rng.sample(CATS, rng.randint(3, 5))
        month = rng.randint(1, 12)
        rows = [[f"2026-{month:02d}-{d:02d}", rng.choice(cats), F(rng.randint(350, 18000), 100)]
                for d in sorted(rng.sample(range(1, 29), rng.randint(9, 18)))]
        tot: dict[str, Fraction] = {}
        for r in rows:
            tot[r[1]] = tot.get(r[1], F(0)) + r[2]
        cat = rng.choice(list(tot))
        limit = rng.choice([20, 25, 40, 50, 75, 100])
        amounts = [r[2] for r in rows]
        req: list[list[str]] | None
        if kind == "cat_total":
            req = [forms(tot[cat], 2)]
        elif kind == "cat_share":
            req = [forms(tot[cat] / sum(amounts) * 100, 1)]
        elif kind == "top_cat":
            ranked = sorted(tot.items(), key=lambda kv: kv[1], reverse=True)
            req = [[ranked[0][0]], forms(ranked[0][1], 2)] if len(ranked) > 1 else None
        elif kind == "avg_tx":
            req = [forms(mean(amounts), 2)]
        elif kind == "over_limit":
            c = sum(a > limit for a in amounts)
            req = [count_forms(c), forms(sum(a for a in amounts if a > limit), 2)] \
                if 0 < c < len(amounts) else None
        elif kind == "first_half":
            req = [forms(sum(r[2] for r in rows if int(r[0][8:]) <= 15), 2)]
        elif kind == "biggest_tx":
            best = max(amounts)
            req = [forms(best, 2), label_forms(rows[amounts.index(best)][0])] \
                if amounts.count(best) == 1 else None
        elif kind == "per_day":
            req = [forms(sum(amounts) / 30 if month in (4, 6, 9, 11) else
                         sum(amounts) / (28 if month == 2 else 31), 2)]
        else:
            req = [forms(tot[cat], 2), PLOTS]
        if not req or not all(req):
            return None
        csv = csv_text(rng, ["date", "category", "amount"],
                       [[r[0], r[1], f"{float(r[2]):.2f}"] for r in rows])
        return rng.choice(tpls).format(cat=cat, limit=limit), req, {"csv": csv}
    return make


def weather_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Questions about daily highs and lows."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        k = rng.randint(6, 14)
        month = rng.randint(1, 12)
        start = rng.randint(1, 14)
        dates = [f"2026-{month:02d}-{start + i:02d}" for i in range(k)]
        lows = [rng.randint(-8, 14) for _ in range(k)]
        highs = [lo + rng.randint(3, 16) for lo in lows]
        spans = [h - lo for h, lo in zip(highs, lows, strict=True)]
        req: list[list[str]] | None
        if kind == "avg_span":
            req = [forms(mean([F(s) for s in spans]), 2)]
        elif kind == "max_span":
            best = max(spans)
            req = [forms(F(best), 0), label_forms(dates[spans.index(best)])] \
                if spans.count(best) == 1 else None
        elif kind == "frost":
            c = sum(lo < 0 for lo in lows)
            req = [count_forms(c)] if 0 < c < k else None
            if req:
                req.append(forms(F(c * 100, k), 1) or [])
        elif kind == "means":
            req = [forms(mean([F(h) for h in highs]), 2), forms(mean([F(lo) for lo in lows]), 2)]
        elif kind == "mid":
            req = [forms(mean([F(h + lo, 2) for h, lo in zip(highs, lows, strict=True)]), 2)]
        elif kind == "coldest":
            best = min(lows)
            req = [label_forms(dates[lows.index(best)]), forms(F(best), 0) or []] \
                if lows.count(best) == 1 else None
        else:
            req = [forms(mean([F(h) for h in highs]), 2), PLOTS]
        if not req or not all(req):
            return None
        rows = [[d, h, lo] for d, h, lo in zip(dates, highs, lows, strict=True)]
        return rng.choice(tpls), req, {"csv": csv_text(rng, ["date", "high_c", "low_c"], rows)}
    return make


def workout_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Questions about a workout log (date, activity, minutes, km)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        acts = ["run", "bike", "walk"]
        rows = []
        for d in sorted(rng.sample(range(1, 29), rng.randint(8, 14))):
            a = rng.choice(acts)
            km = F(rng.randint(*{"run": (30, 150), "bike": (80, 450), "walk": (20, 90)}[a]), 10)
            pace = {"run": (5, 7), "bike": (2, 3), "walk": (10, 13)}[a]
            rows.append([f"2026-05-{d:02d}", a, int(km * rng.randint(*pace)), km])
        act = rng.choice(sorted({r[1] for r in rows}))
        sel = [r for r in rows if r[1] == act]
        req: list[list[str]] | None
        if kind == "km_total":
            req = [forms(sum(r[3] for r in sel), 2)]
        elif kind == "min_avg":
            req = [forms(mean([F(r[2]) for r in sel]), 2)]
        elif kind == "pace":
            req = [forms(F(sum(r[2] for r in sel)) / sum(r[3] for r in sel), 2)]
        elif kind == "hours":
            req = [forms(F(sum(r[2] for r in rows), 60), 2)]
        elif kind == "count":
            req = [count_forms(len(sel)), forms(sum(r[3] for r in sel), 2)]
        else:
            req = [forms(sum(r[3] for r in sel) / sum(F(r[2]) for r in sel) * 60, 2)]
        if not all(req):
            return None
        csv = csv_text(rng, ["date", "activity", "minutes", "km"],
                       [[r[0], r[1], r[2], f"{float(r[3]):.1f}"] for r in rows])
        return rng.choice(tpls).format(a=act), req, {"csv": csv}
    return make


def stock_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Questions about daily closing prices."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        k = rng.randint(6, 15)
        price = rng.randint(2000, 30000)
        closes = []
        for _ in range(k):
            price = max(500, price + rng.randint(-price // 25, price // 25))
            closes.append(F(price, 100))
        dates = [f"2026-03-{2 + i:02d}" for i in range(k)]
        rets = [(b - a) / a * 100 for a, b in itertools.pairwise(closes)]
        req: list[list[str]] | None
        if kind == "change":
            req = [forms(abs(closes[-1] - closes[0]) / closes[0] * 100, 2)]
        elif kind == "high":
            best = max(closes)
            req = [forms(best, 2), label_forms(dates[closes.index(best)])] \
                if closes.count(best) == 1 else None
        elif kind == "avg_ret":
            req = [forms(abs(mean(rets)), 2)]
        elif kind == "best_day":
            best = max(rets)
            req = [label_forms(dates[rets.index(best) + 1]), forms(best, 2)] \
                if rets.count(best) == 1 and best > 0 else None
        elif kind == "up_days":
            c = sum(r > 0 for r in rets)
            req = [count_forms(c), count_forms(sum(r < 0 for r in rets))]
        else:
            req = [forms(mean(closes), 2), PLOTS]
        if not req or not all(req):
            return None
        csv = csv_text(rng, ["date", "close"], [[d, f"{float(c):.2f}"] for d, c in zip(
            dates, closes, strict=True)])
        return rng.choice(tpls), req, {"csv": csv}
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    spend_q("spend_category_total", "cat_total", [
        "How much did I spend on {cat} this month? (bank export attached)",
        "total {cat} spending in this csv?"]),
    spend_q("spend_category_share", "cat_share", [
        "What percentage of my spending went to {cat}? 1 decimal",
        "{cat} as a % of total spend, one decimal place?"]),
    spend_q("spend_top_category", "top_cat", [
        "Which category did I spend the most on, and how much?",
        "biggest spending category + amount?"]),
    spend_q("spend_avg_transaction", "avg_tx", [
        "What's my average transaction amount? 2 decimals",
        "average amount per purchase in this statement (to the cent)?"]),
    spend_q("spend_over_limit", "over_limit", [
        "How many transactions were over ${limit}, and what do they add up to?",
        "count the purchases above {limit} dollars and give their total"]),
    spend_q("spend_first_half", "first_half", [
        "How much did I spend from the 1st to the 15th (inclusive)?",
        "total spend in the first half of the month (days 1–15)?"]),
    spend_q("spend_biggest", "biggest_tx", [
        "What was my single biggest purchase, and on what date?",
        "largest transaction — amount and date?"]),
    spend_q("spend_per_day", "per_day", [
        "What's my average spend per calendar day over the whole month (all days of the month, "
        "not just days with purchases)? 2 decimals",
        "total spend divided by the number of days in that month — to the cent?"]),
    spend_q("spend_plot_category", "plot_cat", [
        "Make a pie chart of spending by category, and tell me the total for {cat}.",
        "chart my spending per category pls. how much was {cat}?"]),
    weather_q("weather_avg_range", "avg_span", [
        "What's the average daily temperature range (high minus low)? 2 decimals",
        "On average, how big was the gap between the high and the low each day? 2 dp"]),
    weather_q("weather_max_range", "max_span", [
        "Which day had the biggest difference between high and low, and how big was it?",
        "largest daily temperature swing (high_c − low_c): which date and how many degrees?"]),
    weather_q("weather_frost_days", "frost", [
        "How many days had a low below 0 °C, and what percentage of days is that (1 decimal)?",
        "count the frosty nights (low_c < 0) and give the share in % to 1 dp"]),
    weather_q("weather_mean_high_low", "means", [
        "Average high and average low over this period? 2 decimals each",
        "mean of high_c and mean of low_c please (2 dp)"]),
    weather_q("weather_mid_temp", "mid", [
        "Taking each day's mean as (high + low) / 2, what's the average over all days? 2 "
        "decimals"]),
    weather_q("weather_coldest_night", "coldest", [
        "Which date had the coldest low, and what was it?",
        "coldest night in the file — date and temperature?"]),
    weather_q("weather_plot_highs", "plot", [
        "Plot the highs and lows and tell me the average high (2 decimals).",
        "line chart of high_c and low_c, plus the mean high to 2 dp"]),
    workout_q("workout_km_total", "km_total", [
        "How many km did I {a} in total this month?",
        "total {a} distance in the attached log?"]),
    workout_q("workout_avg_minutes", "min_avg", [
        "Average minutes per {a} session? 2 decimals",
        "how long is my typical {a} on average (mean minutes, 2 dp)?"]),
    workout_q("workout_pace", "pace", [
        "What's my average {a} pace in minutes per km (total minutes / total km)? 2 decimals",
        "overall min/km for {a}s (total minutes / total km), 2 dp?"]),
    workout_q("workout_total_hours", "hours", [
        "How many hours did I work out in total, all activities together? 2 decimals",
        "total workout time in hours (2 dp)?"]),
    workout_q("workout_sessions", "count", [
        "How many {a} sessions did I log, and how many km did they cover?",
        "number of {a}s + total km for them?"]),
    workout_q("workout_speed", "speed", [
        "What was my average {a} speed in km/h (total km over total time)? 2 decimals"]),
    stock_q("stock_change", "change", [
        "By what percent did the stock move from the first close to the last? 2 decimals",
        "% change over the whole period (first close → last close), 2 dp?"]),
    stock_q("stock_high", "high", [
        "What was the highest close and on which date?",
        "peak closing price + date?"]),
    stock_q("stock_avg_return", "avg_ret", [
        "What's the average daily return (mean of the day-to-day % changes)? 2 decimals",
        "mean daily % change of close, 2 dp?"]),
    stock_q("stock_best_day", "best_day", [
        "Which day had the best daily % gain, and how much was it? 2 decimals",
        "best day (biggest % rise vs previous close) — date and % (2 dp)"]),
    stock_q("stock_up_down_days", "up_days", [
        "How many days did it close higher than the day before, and how many lower?",
        "count up days and down days"]),
    stock_q("stock_plot_avg", "plot", [
        "Chart the closing prices and tell me the average close (2 decimals).",
        "plot close over time + mean close, 2 dp"]),
)]
