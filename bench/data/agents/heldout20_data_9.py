"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 9: recent stretches
(average of the last few entries, this week against last week, the first few in total)."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout20_data import (
    Data,
    Req,
    exact,
    families,
    mean,
    near_tie,
    num,
    per,
    pick,
    rd,
)
from bench.data.agents.helpers import Family

Made = tuple[str, Req] | None
F = Fraction
DAILY = ("steps", "kwh", "visits", "commute", "spend", "sleep")


def st_last_n(d: Data) -> Made:
    k = d.rng.choice([3, 4, 5, 7])
    if d.n < k + 3:
        return None
    m, p = mean(d.vals[-k:]), d.rng.choice([1, 2])
    if near_tie(m, p):
        return None
    q = pick(d, f"What's my average over the last {k} {per(d)}s?",
             f"mean of the most recent {k} entries only?",
             f"Just the final {k}: what do they average?")
    return f"{q} {rd(d.rng, p)}", [num(m, p)]


def st_week_over_week(d: Data) -> Made:
    a, b = sum(d.vals[:7], F(0)), sum(d.vals[7:], F(0))
    ch = (b - a) / a * 100
    if near_tie(ch, 1) or a == b:
        return None
    q = pick(d, "That's two weeks of data. By what percent did the weekly total change from "
             "week 1 to week 2?", "compare this week's total (last 7) to last week's (first "
             "7) - % change?", "Week-over-week change in the total {noun}, in percent? "
             "(first 7 days vs last 7)")
    return f"{q} {rd(d.rng, 1)}", [num(ch, 1)]


def st_first_n(d: Data) -> Made:
    k = d.rng.choice([3, 4, 5])
    if d.n < k + 3:
        return None
    q = pick(d, f"What's the total for the first {k} {per(d)}s?",
             f"add up just the first {k} entries",
             f"Sum of the opening {k} values?")
    return q, [exact(sum(d.vals[:k], F(0)), d.theme.dec)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("last_n_mean", st_last_n, ("list", "lines", "csv"), low=8, high=20),
    *families("week_over_week", st_week_over_week, ("list", "table", "csv"), low=14,
              high=14, themes=DAILY),
    *families("first_n_total", st_first_n, ("lines", "csv"), low=8, high=20))]
