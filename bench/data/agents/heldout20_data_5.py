"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 5: named rows (change
between two rows, a row's share, running totals) and attached files (which row, counts,
streaks)."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout20_data import (
    SERIES,
    Data,
    Req,
    exact,
    families,
    label_forms,
    mean,
    near_tie,
    num,
    per,
    pick,
    rd,
    threshold,
    vstr,
)
from bench.data.agents.helpers import Family

Made = tuple[str, Req] | None
F = Fraction
NAMED = ("lines", "table", "csv")


def _round(x: Fraction, d: Data, p: int, q: str) -> Made:
    if near_tie(x, p):
        return None
    return f"{q} {rd(d.rng, p)}", [num(x, p)]


def _two(d: Data) -> tuple[int, int]:
    i, j = sorted(d.rng.sample(range(d.n), 2))
    return i, j


def st_pct_between(d: Data) -> Made:
    i, j = _two(d)
    a, b = d.vals[i], d.vals[j]
    if a == 0 or a == b:
        return None
    q = pick(d, f"What's the % change from {d.labs[i]} to {d.labs[j]}?",
             f"how much did it go up or down between {d.labs[i]} and {d.labs[j]}, in percent?",
             f"Percent change, {d.labs[i]} -> {d.labs[j]}?")
    return _round((b - a) / a * 100, d, 1, q)


def st_share_row(d: Data) -> Made:
    i = d.rng.randrange(d.n)
    q = pick(d, f"What share of the total was {d.labs[i]}? (%)",
             f"{d.labs[i]} accounts for what percentage of the whole thing?",
             f"What percent of the overall total came from {d.labs[i]}?")
    return _round(d.vals[i] / sum(d.vals, F(0)) * 100, d, 1, q)


def st_running(d: Data) -> Made:
    i = d.rng.randrange(2, d.n - 1)
    q = pick(d, f"What's the running total up to and including {d.labs[i]}?",
             f"cumulative {{noun}} from the start through {d.labs[i]}?",
             f"Add everything from the first entry up to {d.labs[i]} (inclusive)")
    return q, [exact(sum(d.vals[:i + 1], F(0)), d.theme.dec)]


def st_diff_rows(d: Data) -> Made:
    i, j = _two(d)
    if d.vals[i] == d.vals[j]:
        return None
    q = pick(d, f"What's the difference between {d.labs[i]} and {d.labs[j]}?",
             f"how much more or less was {d.labs[j]} compared with {d.labs[i]}?",
             f"Gap between {d.labs[i]} and {d.labs[j]}?")
    return q, [exact(abs(d.vals[i] - d.vals[j]), d.theme.dec)]


def st_avg_named(d: Data) -> Made:
    k = d.rng.randint(2, 4)
    idx = sorted(d.rng.sample(range(d.n), k))
    names = ", ".join(d.labs[i] for i in idx[:-1]) + f" and {d.labs[idx[-1]]}"
    q = pick(d, f"What's the average of {names}?", f"mean of just {names}?",
             f"Average only these: {names}")
    return _round(mean([d.vals[i] for i in idx]), d, 2, q)


# ---------- attached file only (answers are rows or counts) ----------
def st_which_max(d: Data) -> Made:
    top = max(d.vals)
    if d.vals.count(top) > 1:
        return None
    i = d.vals.index(top)
    q = pick(d, "Which {per} had the highest {noun}, and what was it?",
             "when was the peak and how high was it?",
             "Which row has the max value? tell me the value too")
    return q, [label_forms(d.labs[i]), exact(top, d.theme.dec)]


def st_which_min(d: Data) -> Made:
    low = min(d.vals)
    if d.vals.count(low) > 1:
        return None
    q = pick(d, "Which {per} was the lowest?", "what's the worst entry (lowest value)? "
             "which one is it", "Which row has the minimum {noun}?")
    return q, [label_forms(d.labs[d.vals.index(low)])]


def st_which_jump(d: Data) -> Made:
    diffs = [b - a for a, b in zip(d.vals, d.vals[1:], strict=False)]
    if sorted(diffs)[-1] == sorted(diffs)[-2] or max(diffs) <= 0:
        return None
    i = diffs.index(max(diffs)) + 1
    q = pick(d, "On which {per} was the biggest jump up from the previous one?",
             "which entry rose the most compared with the one before it?",
             "Where's the largest increase versus the previous {per}? name the {per}")
    return q, [label_forms(d.labs[i])]


def st_which_closest(d: Data) -> Made:
    m = mean(d.vals)
    gaps = sorted(abs(x - m) for x in d.vals)
    if gaps[0] == gaps[1]:
        return None
    i = [abs(x - m) for x in d.vals].index(gaps[0])
    q = pick(d, "Which {per} was closest to the average?",
             "which entry is nearest the mean value?", "What row is the most 'typical', i.e. "
             "closest to the mean?")
    return q, [label_forms(d.labs[i])]


def st_count_above(d: Data) -> Made:
    c = threshold(d)
    if c is None:
        return None
    q = pick(d, f"How many {{per}}s were above {vstr(c, 0)}?",
             f"count the rows where {{col}} is over {vstr(c, 0)}",
             f"How many entries exceed {vstr(c, 0)}?")
    return q, [[str(sum(x > c for x in d.vals))]]


def st_count_below(d: Data) -> Made:
    c = threshold(d)
    if c is None:
        return None
    q = pick(d, f"How many {{per}}s came in under {vstr(c, 0)}?",
             f"number of rows with {{col}} below {vstr(c, 0)}?",
             f"Count how many are less than {vstr(c, 0)}")
    return q, [[str(sum(x < c for x in d.vals))]]


def st_count_up(d: Data) -> Made:
    k = sum(b > a for a, b in zip(d.vals, d.vals[1:], strict=False))
    q = pick(d, "On how many {per}s was it higher than the {per} before?",
             "count the entries that went up compared with the previous one",
             "How many times did the {noun} increase from one row to the next?")
    return q, [[str(k)]]


def st_count_rows(d: Data) -> Made:
    q = pick(d, "How many {per}s are in this file?", "how many entries did I log?",
             "Number of data rows (not counting the header)?")
    return q, [[str(d.n)]]


def st_streak(d: Data) -> Made:
    c = threshold(d)
    if c is None:
        return None
    best = run = 0
    for x in d.vals:
        run = run + 1 if x > c else 0
        best = max(best, run)
    if best < 2:
        return None
    q = pick(d, f"What's the longest run of consecutive {{per}}s above {vstr(c, 0)}?",
             f"longest streak in a row over {vstr(c, 0)} - how many {{per}}s?",
             f"How many {{per}}s long was my best streak of staying above {vstr(c, 0)}?")
    return q, [[str(best)]]


def st_passed(d: Data) -> Made:
    total = sum(d.vals, F(0))
    scale = 10 ** len(str(int(total / 3))) // 100 or 1
    target = F(int(total * F(d.rng.randint(35, 80), 100) / scale) * scale)
    run, i = F(0), -1
    while run < target:
        i += 1
        run += d.vals[i]
    if run == target:
        return None
    q = pick(d, f"On which {per(d)} did the running total first reach {vstr(target, 0)}?",
             f"when did my cumulative {{noun}} pass {vstr(target, 0)}?",
             f"Adding up as I go, which row takes the total to {vstr(target, 0)} or more?")
    return q, [label_forms(d.labs[i])]


def st_second(d: Data) -> Made:
    s = sorted(set(d.vals))
    q = pick(d, "What's the second highest value?", "runner-up {noun} (2nd biggest)?",
             "Second-largest number in the {col} column?")
    return q, [exact(s[-2], d.theme.dec)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *families("pct_between_rows", st_pct_between, NAMED, themes=SERIES),
    *families("share_of_row", st_share_row, NAMED),
    *families("running_total_to", st_running, NAMED, themes=SERIES),
    *families("diff_two_rows", st_diff_rows, NAMED),
    *families("avg_named_rows", st_avg_named, ("lines", "csv")),
    *families("which_max", st_which_max, ("csv",), themes=SERIES),
    *families("which_min", st_which_min, ("csv",)),
    *families("which_jump", st_which_jump, ("csv",), themes=SERIES),
    *families("which_closest_mean", st_which_closest, ("csv",)),
    *families("count_above", st_count_above, ("csv",)),
    *families("count_below", st_count_below, ("csv",), low=10, high=30, themes=SERIES),
    *families("count_increases", st_count_up, ("csv",), low=10, high=30, themes=SERIES),
    *families("count_rows", st_count_rows, ("csv",), themes=SERIES),
    *families("streak_above", st_streak, ("csv",), low=12, high=30, themes=SERIES),
    *families("running_passes", st_passed, ("csv",), themes=SERIES),
    *families("second_highest", st_second, ("csv",)))]
