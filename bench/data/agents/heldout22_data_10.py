"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 10: shopping carts,
gradebooks with several subjects, pass rates, streaks, repeated labels, lap times and °F
averages."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout22_data import (
    NAMES,
    PLOTS,
    F,
    count_forms,
    csv_text,
    fam,
    forms,
    mean,
)
from bench.data.agents.helpers import Family

GROCERY = ["milk", "bread", "eggs", "apples", "coffee", "rice", "yogurt", "cheese", "pasta",
           "bananas"]
SUBJ = ["math", "english", "science", "history", "art"]


def cart_q(name: str, kind: str, tpls: list[str]) -> Family:
    """A shopping list with quantities and unit prices."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        goods = rng.sample(GROCERY, rng.randint(3, 6))
        qty = [rng.randint(1, 6) for _ in goods]
        price = [F(rng.randint(79, 1299), 100) for _ in goods]
        total = sum(q * p for q, p in zip(qty, price, strict=True))
        req = [forms(total, 2)] if kind == "total" else [forms(total / sum(qty), 2)]
        if kind == "both":
            req = [forms(total, 2), forms(total / sum(qty), 2)]
        if not all(req):
            return None
        style = rng.randrange(3)
        lines = "\n".join(
            [f"{q} x {g} @ ${float(p):.2f}", f"{g}: {q} at {float(p):.2f} each",
             f"{q} {g} (${float(p):.2f} ea)"][style]
            for g, q, p in zip(goods, qty, price, strict=True))
        return rng.choice(tpls).format(d=lines), req
    return make


def book_q(name: str, kind: str, tpls: list[str]) -> Family:
    """A gradebook with one column per subject."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        subs = rng.sample(SUBJ, rng.randint(3, 4))
        studs = rng.sample(NAMES, rng.randint(4, 10))
        marks = {s: [rng.randint(40, 100) for _ in subs] for s in studs}
        who = rng.choice(studs)
        avgs = {s: mean([F(x) for x in m]) for s, m in marks.items()}
        req: list[list[str]] | None
        if kind == "row":
            req = [forms(avgs[who], 2)]
        elif kind == "best_student":
            ranked = sorted(avgs.items(), key=lambda kv: kv[1], reverse=True)
            req = [[ranked[0][0]], forms(ranked[0][1], 2)] if ranked[0][1] != ranked[1][1] else None
        elif kind == "best_subject":
            cols = {s: mean([F(marks[t][i]) for t in studs]) for i, s in enumerate(subs)}
            ranked = sorted(cols.items(), key=lambda kv: kv[1], reverse=True)
            req = [[ranked[0][0]], forms(ranked[0][1], 2)] if ranked[0][1] != ranked[1][1] else None
        else:
            mark = rng.choice([50, 60, 65, 70])
            sub = rng.randrange(len(subs))
            c = sum(marks[t][sub] >= mark for t in studs)
            req = [count_forms(c), forms(F(c * 100, len(studs)), 1)] if 0 < c < len(studs) else None
            who = f"{subs[sub]}|{mark}"
        if not req or not all(req):
            return None
        rows = [[s, *marks[s]] for s in studs]
        sub, _, mark = who.partition("|")
        text = rng.choice(tpls).format(who=who, sub=sub, mark=mark)
        return text, req, {"csv": csv_text(rng, ["student", *subs], rows)}
    return make


def streak_q(name: str, tpls: list[str]) -> Family:
    """Longest run of consecutive days meeting a goal."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        goal = rng.choice([8000, 10000])
        k = rng.randint(10, 21)
        vals = [rng.randint(goal - 4000, goal + 5000) for _ in range(k)]
        best = run = 0
        for v in vals:
            run = run + 1 if v >= goal else 0
            best = max(best, run)
        if best < 1:
            return None
        rows = [[f"2026-09-{i + 1:02d}", v] for i, v in enumerate(vals)]
        text = rng.choice(tpls).format(g=f"{goal:,}")
        days = sum(v >= goal for v in vals)
        return text, [count_forms(best), count_forms(days)], {
            "csv": csv_text(rng, ["date", "steps"], rows)}
    return make


def repeat_q(name: str, tpls: list[str]) -> Family:
    """Spending lines where the same label repeats."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        kinds = rng.sample(["coffee", "lunch", "taxi", "snacks", "parking", "books"], 3)
        lines = [(rng.choice(kinds), F(rng.randint(150, 2500), 100))
                 for _ in range(rng.randint(7, 12))]
        pick = rng.choice([k for k, _ in lines])
        sel = [a for k, a in lines if k == pick]
        if len(sel) < 2:
            return None
        req = [forms(sum(sel), 2), count_forms(len(sel))]
        if not all(req):
            return None
        data = "\n".join(f"{k} {float(a):.2f}" for k, a in lines)
        return rng.choice(tpls).format(d=data, k=pick), req
    return make


def lap_q(name: str, tpls: list[str]) -> Family:
    """Lap or song times written as m:ss."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        secs = [rng.randint(70, 330) for _ in range(rng.randint(4, 9))]
        avg = F(sum(secs), len(secs))
        got = forms(avg, 1)
        if not got:
            return None
        data = ", ".join(f"{s // 60}:{s % 60:02d}" for s in secs)
        return rng.choice(tpls).format(d=data), [got]
    return make


def fahrenheit_q(name: str, tpls: list[str], chart: bool = False) -> Family:
    """Average of °F readings, asked in °C."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        temps = [rng.randint(28, 98) for _ in range(rng.randint(5, 10))]
        c = (F(sum(temps), len(temps)) - 32) * F(5, 9)
        got = forms(c, 1)
        if not got:
            return None
        sep = rng.choice([", ", " ", "\n"])
        data = sep.join(f"{t}{rng.choice(['', '°F', 'F'])}" for t in temps)
        return rng.choice(tpls).format(d=data), [got, *([PLOTS] if chart else [])]
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cart_q("cart_total", "total", [
        "What does this shopping come to?\n{d}",
        "{d}\ntotal pls"]),
    cart_q("cart_avg_item_price", "avg", [
        "{d}\nWhat's the average price per item, counting every unit (total ÷ number of items)? "
        "2 decimals",
        "Average cost per individual item in this basket (to the cent)?\n{d}"]),
    cart_q("cart_total_and_avg", "both", [
        "{d}\nTotal, and average price per unit bought (to the cent)?",
        "Can you give me the total bill and the mean price per item (all units counted), to the "
        "cent?\n{d}"]),
    book_q("gradebook_student_avg", "row", [
        "What's {who}'s average across all subjects? 2 decimals",
        "mean mark for {who} over every subject in the sheet (2 dp)?"]),
    book_q("gradebook_best_student", "best_student", [
        "Which student has the highest average across subjects, and what is it? 2 decimals",
        "top student by overall mean (give the mean to 2 dp)"]),
    book_q("gradebook_best_subject", "best_subject", [
        "Which subject has the highest class average, and what is it? 2 decimals",
        "strongest subject for the class on average + that average (2 dp)"]),
    book_q("gradebook_pass_rate", "pass", [
        "The pass mark is {mark}. How many students passed {sub} (score ≥ {mark}), and what's "
        "the pass rate in % (1 decimal)?",
        "{sub}: how many scored {mark} or more, and what percentage of the class is that? 1 dp"]),
    streak_q("steps_goal_streak", [
        "What's my longest streak of consecutive days with at least {g} steps? And on how many "
        "days in total did I reach {g}?",
        "longest run of days hitting {g}+ steps, plus the total number of days I hit it"]),
    repeat_q("repeated_label_total", [
        "{d}\nHow much did I spend on {k} in total, and how many times did I buy it?",
        "my expenses:\n{d}\ntotal for {k} + number of {k} entries?"]),
    lap_q("lap_time_avg_seconds", [
        "My lap times: {d}. What's the average lap in seconds? 1 decimal",
        "Song lengths {d} — average length in seconds (1 dp)?"]),
    fahrenheit_q("fahrenheit_avg_celsius", [
        "Readings in Fahrenheit: {d}\nWhat's the average in Celsius? 1 decimal",
        "average these °F temps and give it to me in °C, 1 dp: {d}"]),
    fahrenheit_q("fahrenheit_plot_celsius", [
        "Plot these Fahrenheit temps and tell me their mean in °C (1 decimal): {d}"], chart=True),
)]
