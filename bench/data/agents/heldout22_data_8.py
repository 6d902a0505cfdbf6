"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 8: named entries compared
with the rest, targets to reach an average, spreads (MAD, CV) and shares of a budget."""

from __future__ import annotations

import math
import random
import statistics
from typing import Any

from bench.data.agents.heldout22_data import (
    ALL,
    CTX,
    PLOTS,
    RP,
    F,
    count_forms,
    fam,
    forms,
    label_forms,
    labels,
    mean,
    present,
    table,
    values,
)
from bench.data.agents.helpers import Family

KEYS = [k for k in ALL if CTX[k][2] != "dates"]
TIMELY = ["temp", "steps", "sales", "rain", "weight", "commute", "kwh", "sleep"]


def named_q(name: str, kind: str, tpls: list[str], places: int = 2,
            keys: list[str] | None = None) -> Family:
    """A named entry in pasted "label: value" data compared with the others."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys or KEYS)
        k = rng.randint(5, 10)
        labs, vals = labels(rng, CTX[key][2], k), values(rng, key, k)
        i, j = rng.sample(range(k), 2)
        m = mean(vals)
        x: Any
        if kind == "vs_mean":
            x = abs(vals[i] - m)
        elif kind == "pct_vs_mean":
            x = abs(vals[i] - m) / m * 100
        elif kind == "share":
            x = vals[i] / sum(vals) * 100
        elif kind == "ratio":
            x = vals[i] / vals[j]
        elif kind == "diff":
            x = abs(vals[i] - vals[j])
        elif kind == "without":
            x = (sum(vals) - vals[i]) / (k - 1)
        elif kind == "add":
            new = values(rng, key, 1)[0]
            x = (sum(vals) + new) / (k + 1)
            j = -1
            digits = len(str(CTX[key][5])) - 1
            labs = [*labs, f"{float(new):.{digits}f}"]
        elif kind == "rank":
            x = 1 + sum(v > vals[i] for v in vals)
            if vals.count(vals[i]) > 1:
                return None
        else:
            x = vals[i] - vals[i - 1] if i else None
            if x is None or x == 0:
                return None
            x = abs(x) / vals[i - 1] * 100
            j = i - 1
        got = count_forms(x) if kind == "rank" else forms(x, places)
        if not got:
            return None
        data = present(rng, rng.choice(["lines", "table", "inline"]), key, labs[:k], vals)
        noun, unit, _, _, _, _, col, lab = CTX[key]
        text = rng.choice(tpls).format(d=data, a=labs[i], b=labs[j], noun=noun, unit=unit,
                                       col=col, lab=lab, r=rng.choice(RP[places]))
        return text, [got]
    return make


def target_q(name: str, kind: str, tpls: list[str]) -> Family:
    """What the next value must be to reach a target average."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        if kind == "score":
            k = rng.randint(3, 7)
            xs = [rng.randint(60, 98) for _ in range(k)]
            goal = rng.choice([75, 80, 85, 88, 90])
            need = goal * (k + 1) - sum(xs)
            if not 0 < need <= 100:
                return None
            data, extra = ", ".join(map(str, xs)), {"g": goal, "n": k + 1}
        else:
            k = rng.randint(4, 6)
            xs = [rng.randint(5000, 14000) for _ in range(k)]
            goal = rng.choice([8000, 9000, 10000, 12000])
            total = k + 1 if kind == "steps" else 7
            need = goal * total - sum(xs)
            split = kind == "steps_split"
            if not 0 < need <= 20000 or (split and (need % (total - k) or total - k < 2)):
                return None
            if kind == "steps_split":
                need //= total - k
            data, extra = rng.choice(["; ", ", ", " / "]).join(str(x) for x in xs), \
                {"g": f"{goal:,}", "n": total, "left": total - k}
        got = forms(F(need), 0)
        if not got:
            return None
        return rng.choice(tpls).format(d=data, **extra), [got]
    return make


def spread_q(name: str, kind: str, tpls: list[str], use_csv: bool = False) -> Family:
    """Mean absolute deviation, coefficient of variation, mean minus median."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(ALL)
        labs, vals, csv = table(rng, key, rng.randint(6, 12))
        m = mean(vals)
        if kind == "mad":
            x: Any = mean([abs(v - m) for v in vals])
        elif kind == "cv":
            x = math.sqrt(sum((v - m) ** 2 for v in vals) / (len(vals) - 1)) / float(m) * 100
        else:
            x = abs(m - F(statistics.median(vals)))
        got = forms(x, 2 if kind != "cv" else 1)
        if not got:
            return None
        noun, _unit, _, _, _, _, col, _lab = CTX[key]
        data = "" if use_csv else present(rng, rng.choice(["list", "lines"]), key, labs, vals)
        text = rng.choice(tpls).format(d=data, col=col, noun=noun)
        return text, [got], ({"csv": csv} if use_csv else {})
    return make


BUDGET = ["rent", "food", "transport", "phone", "gym", "savings", "fun", "insurance"]


def budget_q(name: str, kind: str, tpls: list[str]) -> Family:
    """Shares of a monthly budget pasted as lines."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        items = rng.sample(BUDGET, rng.randint(4, 6))
        amounts = [rng.randint(3, 160) * 10 for _ in items]
        i = rng.randrange(len(items))
        total = sum(amounts)
        income = 0
        if kind == "share":
            req = [forms(F(amounts[i] * 100, total), 1)]
        elif kind == "left":
            income = (total // 500 + rng.randint(1, 4)) * 500
            req = [forms(F(income - total), 0), forms(F((income - total) * 100, income), 1)]
        else:
            req = [forms(F(total), 0), PLOTS]
        if not all(req):
            return None
        sym = rng.choice(["$", "£", "€"])
        lines = "\n".join(f"{a}: {sym}{b}" for a, b in zip(items, amounts, strict=True))
        text = rng.choice(tpls).format(d=lines, a=items[i], inc=f"{sym}{income}")
        return text, req
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    named_q("named_vs_mean", "vs_mean", [
        "{d}\nHow far is {a} from the average of all of them? {r}",
        "By how much does {a} differ from the mean here? {r}\n{d}"]),
    named_q("named_pct_vs_mean", "pct_vs_mean", [
        "{d}\nWhat percent above or below the average is {a}? {r}",
        "How many % off the mean is {a}'s value? {r}\n{d}"]),
    named_q("named_share", "share", [
        "{d}\nWhat share of the total is {a}? percent, {r}",
        "What % of all the {noun} does {a} account for? {r}\n{d}"],
        keys=["sales", "rain", "kwh", "steps", "prices"]),
    named_q("named_ratio", "ratio", [
        "{d}\nWhat's the ratio of {a} to {b}, as a decimal? {r}",
        "ratio of {a} to {b}? {r}\n{d}"]),
    named_q("named_diff", "diff", [
        "{d}\nWhat's the difference between {a} and {b}?",
        "how much more or less was {a} compared to {b}?\n{d}"]),
    named_q("named_without", "without", [
        "{d}\nWhat's the average if I leave out {a}? {r}",
        "Mean excluding {a}, please ({r}):\n{d}"]),
    named_q("named_add_value", "add", [
        "{d}\nIf I add one more value of {b}, what's the new average? {r}",
        "Current data:\n{d}\nNew entry: {b}. Updated mean? {r}"]),
    named_q("named_rank", "rank", [
        "{d}\nWhere does {a} rank, counting from the highest as 1?",
        "If I sort these from highest to lowest, what position is {a} in?\n{d}"]),
    named_q("named_step_change", "step", keys=TIMELY, tpls=[
        "{d}\nWhat was the percent change going into {a} from the entry just before ({b})? {r}",
        "% change from {b} to {a}? {r}\n{d}"]),
    target_q("target_test_score", "score", [
        "My test scores so far: {d}. What do I need on the next test to bring my average to {g}?",
        "I've got {d} on my quizzes. What score on the next one makes the average of all {n} "
        "exactly {g}?"]),
    target_q("target_steps_next_day", "steps", [
        "Steps so far: {d}. How many do I need tomorrow to average {g} per day over all {n} days?",
        "I want to average {g} steps across {n} days. I've done {d}. What do I need on the "
        "last day?"]),
    target_q("target_steps_split", "steps_split", [
        "Week so far: {d} steps. I want a 7-day average of {g}. How many steps per day do I need "
        "on each of the remaining {left} days?",
        "{d} steps so far this week; to hit an average of {g} over 7 days, what do I need each "
        "day for the last {left} days (same every day)?"]),
    spread_q("mean_abs_deviation", "mad", [
        "What's the mean absolute deviation (average distance from the mean) of these? 2 "
        "decimals\n{d}",
        "{d}\nMAD (mean absolute deviation around the mean), 2 dp?"]),
    spread_q("coef_variation_csv", "cv", [
        "What's the coefficient of variation of {col} (sample SD ÷ mean, in %)? 1 decimal",
        "CV of {col} in the attached file as a percent, 1 dp (use the sample SD)"], use_csv=True),
    spread_q("mean_minus_median", "gap", [
        "{d}\nHow far apart are the mean and the median? 2 decimals",
        "difference between mean and median of my {noun}, 2 dp?\n{d}"]),
    budget_q("budget_share", "share", [
        "My monthly budget:\n{d}\nWhat percent of the total goes to {a}? 1 decimal",
        "{d}\n{a} is what % of all this? (1 dp)"]),
    budget_q("budget_left_over", "left", [
        "Monthly costs:\n{d}\nMy take-home pay is {inc}. How much is left, and what percent of "
        "my pay is that (1 decimal)?"]),
    budget_q("budget_pie_total", "pie", [
        "Make a pie chart of my budget and tell me the total.\n{d}",
        "{d}\nchart these expenses and add them up pls"]),
)]
_ = label_forms
