"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 2: spread (standard
deviations, variance, mean absolute deviation, z-scores, trimmed and outlier-free means)."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout20_data import (
    Data,
    Req,
    families,
    mean,
    near_tie,
    num,
    pick,
    rd,
    sqrt,
    var,
)
from bench.data.agents.helpers import Family

Made = tuple[str, Req] | None
F = Fraction


def _round(x: Fraction, d: Data, p: int, q: str) -> Made:
    if near_tie(x, p):
        return None
    return f"{q} {rd(d.rng, p)}", [num(x, p)]


def st_sample_sd(d: Data) -> Made:
    q = pick(d, "What's the sample standard deviation?", "sample std dev of the {noun}?",
             "how spread out are these - give me the standard deviation (sample, n-1)",
             "Could you calculate the sample SD")
    return _round(sqrt(var(d.vals, True)), d, d.rng.choice([1, 2]), q)


def st_pop_sd(d: Data) -> Made:
    q = pick(d, "What's the population standard deviation?",
             "std deviation please, treat it as the whole population (divide by n)",
             "Population SD of the {noun}?", "can you get the standard deviation (population)")
    return _round(sqrt(var(d.vals, False)), d, d.rng.choice([1, 2]), q)


def st_sample_var(d: Data) -> Made:
    if d.theme.key in ("steps", "sales", "visits"):
        return None
    q = pick(d, "What's the sample variance?", "variance of the {noun} (sample, n-1)?",
             "Can you work out the sample variance for me")
    return _round(var(d.vals, True), d, 2, q)


def st_mad(d: Data) -> Made:
    m = mean(d.vals)
    mad = sum((abs(x - m) for x in d.vals), F(0)) / d.n
    q = pick(d, "What's the mean absolute deviation (average distance from the mean)?",
             "how far, on average, is each value from the mean? (mean absolute deviation)",
             "Mean absolute deviation of the {noun} please")
    return _round(mad, d, 2, q)


def st_cv(d: Data) -> Made:
    cv = sqrt(var(d.vals, False)) / mean(d.vals) * 100
    q = pick(d, "What's the coefficient of variation as a percent? use the population SD",
             "how variable is the {noun}? give the CV (population std dev / mean) in %",
             "Coefficient of variation (population SD divided by mean), as a percentage?")
    return _round(cv, d, 1, q)


def st_zmax(d: Data) -> Made:
    if sorted(d.vals)[-1] == sorted(d.vals)[-2]:
        return None
    z = (max(d.vals) - mean(d.vals)) / sqrt(var(d.vals, False))
    q = pick(d, "How many standard deviations above the mean is the highest value? "
             "(population SD)", "what's the z-score of the biggest one, using the population "
             "standard deviation", "Z-score of the top {noun} (population SD)?")
    return _round(z, d, 2, q)


def st_zmin(d: Data) -> Made:
    if sorted(d.vals)[0] == sorted(d.vals)[1]:
        return None
    z = (mean(d.vals) - min(d.vals)) / sqrt(var(d.vals, False))
    q = pick(d, "How many standard deviations below the mean is the lowest value? "
             "(use population SD)", "z-score of the smallest {noun}? population sd, "
             "just the size of it", "How far below average is the lowest one, in population "
             "standard deviations?")
    return _round(z, d, 2, q)


def st_no_outliers(d: Data) -> Made:
    t = d.theme
    scale = 10**t.dec
    spot = d.rng.randrange(d.n)
    d.vals[spot] = F(int((t.hi + (t.hi - t.lo) * d.rng.uniform(1.5, 3)) * scale), scale)
    m, sd = mean(d.vals), sqrt(var(d.vals, False))
    z = [abs(x - m) / sd for x in d.vals]
    if any(F(18, 10) < v < F(22, 10) for v in z):
        return None
    kept = [x for x, v in zip(d.vals, z, strict=True) if v <= 2]
    if len(kept) != d.n - 1:
        return None
    q = pick(d, "One of these looks off. Drop anything more than 2 standard deviations "
             "(population) from the mean and give me the new average",
             "what's the mean if you exclude outliers? rule: more than 2 population SDs from "
             "the mean", "Average without the outlier(s) - count a value as an outlier if it's "
             "over 2 SD (population) away from the mean")
    return _round(mean(kept), d, d.rng.choice([1, 2]), q)


def st_trimmed(d: Data) -> Made:
    s = sorted(d.vals)
    kept = s[1:-1]
    q = pick(d, "What's the average if I drop the single highest and single lowest value?",
             "mean without the best and worst one?",
             "Ignore the top and bottom value and average the rest")
    return _round(mean(kept), d, d.rng.choice([1, 2]), q)


OUT = ("steps", "sales", "commute", "visits", "kwh", "spend", "rain")
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("sample_sd", st_sample_sd), *families("pop_sd", st_pop_sd),
    *families("sample_var", st_sample_var), *families("mad", st_mad),
    *families("cv", st_cv), *families("zscore_top", st_zmax),
    *families("zscore_bottom", st_zmin, ("list", "lines", "csv")),
    *families("mean_no_outliers", st_no_outliers, low=9, high=14, themes=OUT),
    *families("trimmed_mean", st_trimmed, low=7, high=14))]
