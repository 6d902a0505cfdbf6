"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 8: values told in a
sentence ("8234 steps on Mon, 10120 steps on Tue and ...") with the common questions, and the
mode, maximum and minimum of an attached file."""

from __future__ import annotations

from bench.data.agents.heldout20_data import (
    SERIES,
    Data,
    Req,
    exact,
    families,
    pick,
    st_mean,
    st_median,
    st_range,
    st_sum,
)
from bench.data.agents.heldout20_data_2 import st_pop_sd, st_sample_sd, st_trimmed
from bench.data.agents.heldout20_data_3 import st_ma_last, st_pct_first_last, st_trend
from bench.data.agents.heldout20_data_4 import GOAL, st_chart_mean, st_goal_gap, st_share_above
from bench.data.agents.heldout20_data_5 import st_diff_rows, st_pct_between, st_share_row
from bench.data.agents.helpers import Family


def st_mode(d: Data) -> tuple[str, Req] | None:
    v = d.vals
    if len(v) < 6:
        return None
    top = v[0]
    rest = [x for x in v if x != top]
    if len(set(rest)) != len(rest):
        return None
    spots = d.rng.sample(range(len(v)), 3)
    for i in spots:
        v[i] = top
    if sorted(v).count(top) != 3 or len(set(x for x in v if x != top)) != len(v) - 3:
        return None
    q = pick(d, "Which value shows up most often?", "what's the mode",
             "Is there a most common value? what is it", "mode of these please")
    return q, [exact(top, d.theme.dec)]


def st_max(d: Data) -> tuple[str, Req] | None:
    q = pick(d, "What was the highest {noun}?", "biggest number in there?",
             "what's the max", "Tell me the maximum {noun}", "highest value?")
    return q, [exact(max(d.vals), d.theme.dec)]


def st_min(d: Data) -> tuple[str, Req] | None:
    q = pick(d, "What was the lowest {noun}?", "smallest value?", "whats the minimum",
             "Which reading was the lowest? just the value", "min {noun}?")
    return q, [exact(min(d.vals), d.theme.dec)]


P = ("prose",)
FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("mean", st_mean, P), *families("median", st_median, P),
    *families("range", st_range, P), *families("total", st_sum, P),
    *families("sample_sd", st_sample_sd, P), *families("pop_sd", st_pop_sd, P),
    *families("trimmed_mean", st_trimmed, P, low=7, high=12),
    *families("pct_change_first_last", st_pct_first_last, P, trend=True),
    *families("trend_direction", st_trend, P, trend=True),
    *families("moving_avg_last", st_ma_last, P, low=7, high=12, themes=SERIES),
    *families("chart_mean", st_chart_mean, P), *families("goal_gap", st_goal_gap, P,
                                                          themes=tuple(GOAL)),
    *families("share_above", st_share_above, P, low=7, high=12),
    *families("pct_between_rows", st_pct_between, P, themes=SERIES),
    *families("share_of_row", st_share_row, P), *families("diff_two_rows", st_diff_rows, P),
    *families("mode", st_mode, ("csv",), low=8, high=14,
              themes=("steps", "sales", "score", "commute", "visits", "hr")),
    *families("max", st_max, ("csv",)), *families("min", st_min, ("csv",)))]
