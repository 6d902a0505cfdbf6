"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 9: quarters,
year-over-year columns, before/after scores, weekday vs weekend, inclusive ranges and logs with
their row."""

from __future__ import annotations

import random
from typing import Any

import bench.data.agents.heldout22_data_6  # noqa: F401  (adds the everyday-log contexts)
from bench.data.agents.heldout22_data import (
    CTX,
    MONTHS,
    NAMES,
    PLOTS,
    WEEK,
    F,
    count_forms,
    csv_text,
    csvq,
    fam,
    forms,
    label_forms,
    labels,
    mean,
    present,
    values,
)
from bench.data.agents.helpers import Family

Q = {1: (0, 3), 2: (3, 6), 3: (6, 9), 4: (9, 12)}


def year_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Twelve months of sales, sometimes with last year's column beside them."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        now = [rng.randint(20, 99) * 100 + rng.randint(0, 99) for _ in range(12)]
        last = [max(1000, v + rng.randint(-1500, 1500)) for v in now]
        q = rng.randint(1, 4)
        a, b = Q[q]
        req: list[list[str]] | None
        if kind == "quarter":
            req = [forms(F(sum(now[a:b])), 0)]
        elif kind == "best_quarter":
            sums = [sum(now[x:y]) for x, y in Q.values()]
            best = max(sums)
            n = sums.index(best) + 1
            word = ["first", "second", "third", "fourth"][n - 1]
            nth = ["1st", "2nd", "3rd", "4th"][n - 1]
            req = [[f"Q{n}", f"{word} quarter", f"quarter {n}", f"{nth} quarter"],
                   forms(F(best), 0)] \
                if sums.count(best) == 1 else None
        elif kind == "yoy_total":
            req = [forms(abs(F(sum(now) - sum(last))) / sum(last) * 100, 1)]
        elif kind == "yoy_best_month":
            g = [(n - p) / F(p) for n, p in zip(now, last, strict=True)]
            best = max(g)
            req = [[MONTHS[g.index(best)]], forms(best * 100, 1)] if g.count(best) == 1 else None
        elif kind == "yoy_months_up":
            c = sum(n > p for n, p in zip(now, last, strict=True))
            req = [count_forms(c), count_forms(sum(n < p for n, p in zip(now, last, strict=True)))]
        elif kind == "h2_vs_h1":
            req = [forms(abs(F(sum(now[6:]) - sum(now[:6]))) / sum(now[:6]) * 100, 1)]
        else:
            req = [forms(F(sum(now[a:b]), 3), 2), PLOTS]
        if not req or not all(req):
            return None
        two = kind.startswith("yoy")
        rows = [[m, n, p] if two else [m, n] for m, n, p in zip(MONTHS, now, last, strict=True)]
        head = ["month", "sales_2026", "sales_2025"] if two else ["month", "sales"]
        return rng.choice(tpls).format(q=q), req, {"csv": csv_text(rng, head, rows)}
    return make


def before_after(name: str, kind: str, tpls: list[str]) -> Family:
    """Two test scores per student."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        studs = rng.sample(NAMES, rng.randint(5, 12))
        pre = [rng.randint(40, 90) for _ in studs]
        post = [min(100, p + rng.randint(-10, 20)) for p in pre]
        gains = [b - a for a, b in zip(pre, post, strict=True)]
        head = rng.choice([["student", "test1", "test2"], ["name", "before", "after"]])
        tpl = rng.choice(tpls)
        req: list[list[str]] | None
        if kind == "avg_gain":
            gain = mean([F(g) for g in gains])  # signed when the request says "after minus before"
            req = [forms(gain if "minus" in tpl else abs(gain), 2)]
        elif kind == "improved":
            c = sum(g > 0 for g in gains)
            req = [count_forms(c), count_forms(sum(g < 0 for g in gains))]
        elif kind == "most":
            best = max(gains)
            req = [[studs[gains.index(best)]], [str(best)]] if gains.count(best) == 1 else None
        else:
            req = [forms(abs(mean([F(b) for b in post]) - mean([F(a) for a in pre])) /
                         mean([F(a) for a in pre]) * 100, 1)]
        if not req or not all(req):
            return None
        rows = [[s, a, b] for s, a, b in zip(studs, pre, post, strict=True)]
        text = tpl.format(a=head[1], b=head[2])
        return text, req, {"csv": csv_text(rng, head, rows)}
    return make


def weekpart_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Weekday versus weekend averages over two weeks of steps or screen time."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        col, lo, hi = rng.choice([("steps", 3000, 15000), ("screen_min", 60, 420),
                                  ("sleep_min", 330, 560)])
        days = [WEEK[i % 7] for i in range(14)]
        vals = [rng.randint(lo, hi) for _ in days]
        wk = [F(v) for d, v in zip(days, vals, strict=True) if d not in ("Saturday", "Sunday")]
        we = [F(v) for d, v in zip(days, vals, strict=True) if d in ("Saturday", "Sunday")]
        if kind == "both":
            req = [forms(mean(wk), 2), forms(mean(we), 2)]
        else:
            req = [forms(abs(mean(wk) - mean(we)), 2)]
        if not all(req):
            return None
        rows = [[f"2026-06-{i + 1:02d}", d, v] for i, (d, v) in enumerate(zip(days, vals,
                                                                             strict=True))]
        csv = csv_text(rng, ["date", "weekday", col], rows)
        return rng.choice(tpls).format(col=col), req, {"csv": csv}
    return make


def between_q(name: str, tpls: list[str], use_csv: bool = False) -> Family:
    """How many values fall within an inclusive range."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(["temp", "scores", "commute", "hr", "pages", "battery"])
        labs, vals = labels(rng, CTX[key][2], rng.randint(8, 16)), []
        vals = values(rng, key, len(labs))
        lo, hi = sorted(rng.sample(sorted({int(v) for v in vals}), 2))
        c = sum(lo <= v <= hi for v in vals)
        if c in (0, len(vals)):
            return None
        noun, _unit, _, _, _, _, col, lab = CTX[key]
        data = present(rng, rng.choice(["list", "lines"]), key, labs, vals) if not use_csv else ""
        text = rng.choice(tpls).format(d=data, lo=lo, hi=hi, col=col, lab=lab, noun=noun)
        req = [count_forms(c), forms(F(c * 100, len(vals)), 1) or []]
        if not req[1]:
            return None
        rows = [[a, int(v)] for a, v in zip(labs, vals, strict=True)]
        return text, req, ({"csv": csv_text(rng, [lab, col], rows)} if use_csv else {})
    return make


LOG = ["hr", "pages", "kcal", "water", "battery", "tips", "grocery"]
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    year_q("year_quarter_total", "quarter", [
        "What were total sales in Q{q}? (Q1 = Jan–Mar, etc.)",
        "sum of sales for quarter {q} (calendar quarters)?"]),
    year_q("year_best_quarter", "best_quarter", [
        "Which calendar quarter had the highest sales, and what was its total?",
        "best quarter by total sales (calendar quarters, Jan–Mar being the first) + the total"]),
    year_q("yoy_total_change", "yoy_total", [
        "By what percent did total sales change from 2025 to 2026? 1 decimal",
        "year-over-year % change in total sales (2025 → 2026), 1 dp"]),
    year_q("yoy_best_month", "yoy_best_month", [
        "Which month grew the most in percent from 2025 to 2026, and by how much? 1 decimal",
        "biggest % year-over-year growth by month — month and % (1 dp)?"]),
    year_q("yoy_months_up", "yoy_months_up", [
        "In how many months were 2026 sales higher than 2025, and in how many were they lower?",
        "count the months that beat last year and the ones that fell short"]),
    year_q("year_h2_vs_h1", "h2_vs_h1", [
        "How much higher or lower were July–December sales than January–June, in percent of the "
        "first half? 1 decimal",
        "H2 vs H1 sales change in %, relative to H1 (1 dp)?"]),
    year_q("year_quarter_plot", "quarter_plot", [
        "Plot monthly sales and tell me the average monthly sales in Q{q} (2 decimals).",
        "chart the sales by month; what's the mean per month for quarter {q}? 2 dp"]),
    before_after("scores_avg_gain", "avg_gain", [
        "What's the average change per student from the {a} column to the {b} column? 2 decimals",
        "mean improvement ({b} minus {a}) across students, 2 dp?"]),
    before_after("scores_improved_count", "improved", [
        "How many students scored higher in the {b} column than in {a}, and how many scored lower?",
        "count who improved and who dropped from {a} to {b}"]),
    before_after("scores_most_improved", "most", [
        "Who improved the most from the {a} score to the {b} score, and by how many points?",
        "biggest gain between {a} and {b} — name and points"]),
    before_after("scores_class_pct", "pct", [
        "By what percent did the class average change from the {a} scores to the {b} scores? 1 "
        "decimal",
        "% change in mean score, {a} → {b}, 1 dp"]),
    weekpart_q("weekday_weekend_both", "both", [
        "What's my average {col} on weekdays versus weekends? 2 decimals each",
        "mean {col} for Mon–Fri and for Sat–Sun please (2 dp)"]),
    weekpart_q("weekday_weekend_gap", "gap", [
        "How big is the gap between my weekday and weekend average {col}? 2 decimals",
        "difference between the weekend mean and the weekday mean of {col}, 2 dp?"]),
    between_q("between_inclusive_text", [
        "{d}\nHow many values are between {lo} and {hi}, inclusive? And what percent of all "
        "values is that (1 dp)?",
        "Count how many of these fall in the range {lo}–{hi} (both ends included), and give "
        "the % to 1 decimal:\n{d}"]),
    between_q("between_inclusive_csv", [
        "How many {lab}s have {col} from {lo} to {hi} inclusive? What share is that, in % to 1 dp?",
        "rows with {lo} ≤ {col} ≤ {hi}: how many, and what percent (1 decimal)?"], use_csv=True),
    csvq("log_highest_day", "max", LOG, [
        "Which {lab} had the highest {col}, and what was it?",
        "peak {col} in this log — value and {lab}?"], which=True),
    csvq("log_lowest_day", "min", LOG, [
        "On which {lab} was {col} lowest? Give the value too.",
        "lowest {col} and when?"], which=True),
    csvq("log_median_csv", "median", LOG, [
        "median {col} in the attached log?",
        "What's the middle value (median) of {col}?"], places=2),
)]
_ = (label_forms, present)
