"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 6: everyday logs pasted
in new shapes (units, bullets, markdown, sentences) and two statistics at once."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout22_data import (
    CTX,
    PLOTS,
    STAT,
    count_forms,
    csv_text,
    fam,
    forms,
    labels,
    mean,
    show,
    values,
)
from bench.data.agents.helpers import Family

CTX.update({
    "hr": ("resting heart rates", "bpm", "days", 52, 88, 1, "bpm", "day"),
    "pages": ("pages read per day", "pages", "days", 5, 80, 1, "pages", "day"),
    "mbps": ("internet speed tests", "Mbps", "dates", 200, 9500, 10, "mbps", "date"),
    "kcal": ("daily calorie totals", "kcal", "days", 1500, 3200, 1, "kcal", "day"),
    "grocery": ("weekly grocery bills", "dollars", "weeks", 4500, 19900, 100, "spend", "week"),
    "water": ("daily water intake", "litres", "days", 10, 40, 10, "litres", "day"),
    "battery": ("bedtime battery levels", "%", "days", 5, 80, 1, "battery_pct", "day"),
    "tips": ("tips per shift", "dollars", "dates", 1500, 14000, 100, "tips", "shift"),
})
LOGS = ["hr", "pages", "mbps", "kcal", "grocery", "water", "battery", "tips"]
UNIT = {"hr": " bpm", "pages": " pages", "mbps": " Mbps", "kcal": " kcal", "grocery": "",
        "water": " L", "battery": "%", "tips": ""}
CASH = {"grocery", "tips"}


def paste(rng: random.Random, style: str, key: str, labs: list[str], vals: list[Any]) -> str:
    scale, col, lab = CTX[key][5], CTX[key][6], CTX[key][7]
    shown = [("$" if key in CASH else "") + show(v, scale) + UNIT[key] for v in vals]
    if style == "units":
        return ", ".join(shown)
    if style == "bullets":
        return "\n".join(f"- {a}: {b}" for a, b in zip(labs, shown, strict=True))
    if style == "markdown":
        rows = [f"| {lab} | {col} |", "|---|---|"]
        return "\n".join(rows + [f"| {a} | {show(v, scale)} |" for a, v in zip(labs, vals,
                                                                                strict=True)])
    if style == "pastedcsv":
        return "\n".join([f"{lab},{col}"] + [f"{a},{show(v, scale)}" for a, v in zip(
            labs, vals, strict=True)])
    return "; ".join(f"{a} was {b}" for a, b in zip(labs, shown, strict=True))


STYLES = ["units", "bullets", "markdown", "pastedcsv", "sentence"]


def log_q(name: str, stats: list[str], tpls: list[str], styles: list[str] | None = None,
          places: int = 2, n: tuple[int, int] = (5, 10), chart: bool = False,
          keys: list[str] | None = None) -> Family:
    """One or more statistics of an everyday log pasted in the message."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys or LOGS)
        k = rng.randint(*n)
        if any(s == "median" for s in stats):
            k += k % 2
        labs, vals = labels(rng, CTX[key][2], k), values(rng, key, k)
        req = [forms(STAT[s](vals), places) for s in stats]
        if not all(req):
            return None
        data = paste(rng, rng.choice(styles or STYLES), key, labs, vals)
        noun, unit, _, _, _, _, col, lab = CTX[key]
        from bench.data.agents.heldout22_data import RP
        text = rng.choice(tpls).format(d=data, noun=noun, unit=unit, col=col, lab=lab,
                                       r=rng.choice(RP[places]))
        return text, [*req, *([PLOTS] if chart else [])]
    return make


def log_csv(name: str, stats: list[str], tpls: list[str], places: int = 2,
            n: tuple[int, int] = (6, 15), keys: list[str] | None = None) -> Family:
    """Several statistics of one column of an attached everyday log."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(keys or LOGS)
        k = rng.randint(*n)
        labs, vals = labels(rng, CTX[key][2], k), values(rng, key, k)
        req = [forms(STAT[s](vals), places) for s in stats]
        if not all(req):
            return None
        noun, _unit, _, _, _, _, col, lab = CTX[key]
        from bench.data.agents.heldout22_data import RP
        csv = csv_text(rng, [lab, col], [[a, show(v, CTX[key][5])] for a, v in zip(
            labs, vals, strict=True)])
        return rng.choice(tpls).format(noun=noun, col=col, lab=lab,
                                       r=rng.choice(RP[places])), req, {"csv": csv}
    return make


def zscore(name: str, tpls: list[str], sample: bool) -> Family:
    """How many standard deviations a named entry sits from the mean."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        key = rng.choice(LOGS)
        k = rng.randint(6, 10)
        labs, vals = labels(rng, CTX[key][2], k), values(rng, key, k)
        j = rng.randrange(k)
        sd = STAT["sd_s" if sample else "sd_p"](vals)
        if sd == 0:
            return None
        data = paste(rng, rng.choice(["bullets", "markdown", "sentence"]), key, labs, vals)
        tpl = rng.choice(tpls)
        z = float(vals[j] - mean(vals)) / sd
        got = forms(z if "z-score" in tpl else abs(z), 2)  # a z-score is signed; a distance not
        if got is None:
            return None
        return tpl.format(d=data, a=labs[j], noun=CTX[key][0]), [got]
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    log_q("log_mean_units", ["mean"], [
        "my {noun} lately: {d}. what's the average? {r}",
        "Average of {d}? ({r})"], styles=["units"]),
    log_q("log_mean_bullets", ["mean"], [
        "{d}\n^ {noun}. Mean please, {r}",
        "Here's my log:\n{d}\nWhat's the average {col}? {r}"], styles=["bullets"]),
    log_q("log_mean_markdown", ["mean"], [
        "{d}\n\nAverage of the {col} column? {r}",
        "Given this table:\n\n{d}\n\nwhat's the mean {col}? {r}"], styles=["markdown"]),
    log_q("log_mean_pasted_csv", ["mean"], [
        "I'll just paste the csv here:\n{d}\nmean {col}? {r}",
        "{d}\n(that's comma separated) — average {col} please, {r}"], styles=["pastedcsv"]),
    log_q("log_mean_sentence", ["mean"], [
        "So {d}. What's my average over those {lab}s? {r}",
        "Quick one: {d}. Average? {r}"], styles=["sentence"]),
    log_q("log_total_units", ["sum"], [
        "What's the total of {d}?",
        "add up my {noun}: {d}"], styles=["units", "bullets"]),
    log_q("log_mean_and_sd", ["mean", "sd_s"], [
        "{d}\nGive me the mean and the sample standard deviation, {r}.",
        "Mean + sample SD of my {noun}? {r}\n{d}"]),
    log_q("log_mean_and_median", ["mean", "median"], [
        "{d}\nWhat are the mean and the median? {r}",
        "mean and median of these {noun} please ({r}):\n{d}"]),
    log_q("log_total_and_mean", ["sum", "mean"], [
        "{d}\nWhat's the total, and what's the average per {lab}? {r}",
        "Total and average per {lab} for these {noun}? ({r})\n{d}"]),
    log_q("log_range_and_mean", ["range", "mean"], [
        "{d}\nWhat's the range and the mean of these? {r}",
        "range (max-min) and average, {r}:\n{d}"]),
    log_q("log_sd_population", ["sd_p"], [
        "{d}\nPopulation standard deviation please, {r}.",
        "SD of my {noun}, treating them as the full population ({r}):\n{d}"]),
    log_q("log_variance_sample", ["var_s"], [
        "{d}\nsample variance? {r}",
        "What's the variance (sample, n−1) of my {noun}? {r}\n{d}"]),
    log_q("log_plot_mean", ["mean"], [
        "Can you plot my {noun} and tell me the average? {r}\n{d}",
        "{d}\nGraph these and give me the mean ({r})."], chart=True),
    log_q("log_plot_median", ["median"], [
        "{d}\nChart this for me and tell me the median.",
        "Please make a bar chart of these {noun} and report the median:\n{d}"], chart=True),
    log_q("log_mean_one_dp", ["mean"], [
        "{d}\nAverage {col}? {r}",
        "whats the mean of {d} ({r})"], places=1),
    log_q("log_mean_whole", ["mean"], [
        "{d}\nroughly what's the average — {r}?",
        "Average of my {noun}, {r}:\n{d}"], places=0, keys=["kcal", "mbps", "hr", "pages"]),
    log_q("log_week_heart", ["mean", "range"], [
        "My resting heart rate this week: {d}. What's the average and the range? {r}",
        "{d}\nresting HR log — mean and range please ({r})"], keys=["hr"], n=(5, 7)),
    log_q("log_budget_groceries", ["sum", "mean"], [
        "Grocery spending by week:\n{d}\nHow much did I spend in total, and what's the weekly "
        "average? {r}",
        "{d}\nthat's my grocery spend per week. total + average per week ({r})?"],
        keys=["grocery"], styles=["bullets", "markdown", "sentence"]),
    log_csv("csvlog_mean_sd", ["mean", "sd_s"], [
        "From the attached {noun}: mean and sample standard deviation of {col}? {r}",
        "give me avg and sample SD of {col} in the file ({r})"]),
    log_csv("csvlog_min_max_range", ["min", "max", "range"], [
        "What are the minimum, maximum and range of {col} in this CSV?",
        "min / max / range for {col}?"], places=2),
    log_csv("csvlog_total_mean", ["sum", "mean"], [
        "Total and average {col} in the attached file? {r}",
        "sum of {col} and its mean per {lab} ({r})"]),
    log_csv("csvlog_median_mean", ["median", "mean"], [
        "Compare the median and the mean of {col} — give me both, {r}.",
        "what are the median and mean {col} in this export? {r}"]),
    log_csv("csvlog_sd_pop", ["sd_p"], [
        "Population SD of {col} in the attached log? {r}",
        "standard deviation (population) of the {col} column, {r}"]),
    zscore("zscore_population", [
        "{d}\nHow many population standard deviations is {a} from the mean? 2 decimals",
        "What's the z-score of {a}'s value, using the population SD? 2 dp\n{d}"], sample=False),
    zscore("zscore_sample", [
        "{d}\nz-score for {a} using the sample standard deviation? 2 decimals",
        "How unusual is {a}? Give its z-score (sample SD), 2 dp.\n{d}"], sample=True),
)]
_ = count_forms
