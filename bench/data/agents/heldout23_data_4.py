"""Round 23 (``I_d_*``, held out) for ``muse bench agents``, data part 4: charts, messy formats."""

from __future__ import annotations

import random
from collections import Counter

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_data import (
    DOWN,
    UP,
    F,
    Made,
    corr,
    csv,
    dates,
    fam,
    lines,
    listed,
    mean,
    median,
    months,
    nf,
    pct,
    pick,
    s,
    sd,
    slope,
    tie,
    vals,
)
from bench.data.agents.helpers import Family


@fam
def plot_votes_share(rng: random.Random) -> Made:
    opts = rng.sample(["Pizza", "Tacos", "Sushi", "Curry", "Burgers", "Salad"], rng.randint(3, 5))
    v = vals(rng, len(opts), 3, 60)
    i = rng.randrange(len(opts))
    x = v[i] / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Team lunch votes:\n{}\nMake a bar chart and tell me what % voted {} (1 dp)",
             "{}\nplot the votes please + {}'s share of the vote in %, 1 decimal")
    return q.format(lines(opts, v), opts[i]), [PLOT, nf(x, 1)]


@fam
def plot_scatter_corr(rng: random.Random) -> Made:
    n = rng.randint(6, 9)
    h = vals(rng, n, 150, 195)
    w = [F(h_) * F(rng.randint(36, 48), 100) for h_ in h]
    w = [F(round(x)) for x in w]
    r = corr(h, w)
    if tie(r):
        return None
    q = pick(rng, "Heights (cm): {}\nWeights (kg): {}\nScatter plot please, and the "
             "correlation coefficient to 2 dp",
             "plot height {} against weight {} and tell me r (2 decimals)")
    return q.format(listed(h), listed(w)), [PLOT, nf(r)]


@fam
def plot_trend_slope(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    step = rng.choice([-3, -2, 2, 3, 5])
    v = [F(40 + step * i + rng.randint(-3, 3)) for i in range(n)]
    b = slope([F(i) for i in range(n)], v)
    if tie(b) or b == 0:
        return None
    q = pick(rng, "Weekly sign-ups: {}. Plot them and tell me which way the trend goes and by "
             "how much per week (least-squares slope, 2 dp)",
             "chart {} with a trend line — which direction, and what's the slope (2dp)?")
    return q.format(listed(v)), [PLOT, UP if b > 0 else DOWN, nf(b, 2, True)]


@fam
def plot_csv_group_totals(rng: random.Random) -> Made:
    n = rng.randint(8, 18)
    cats = ["Books", "Games", "Music", "Toys"][:rng.randint(2, 4)]
    cat = [rng.choice(cats) for _ in range(n)]
    v = vals(rng, n, 5, 120, 2)
    t = rng.choice(sorted(set(cat)))
    tot = sum(x for c, x in zip(cat, v, strict=True) if c == t)
    c = csv(["date", "category", "sales"], dates(rng, n, True), cat, [s(x, 2) for x in v])
    q = pick(rng, "Plot total sales by category, and what's the total for {}?",
             "bar chart of sales per category please. {} total?")
    return q.format(t), [PLOT, nf(tot)], {"csv": c}


@fam
def plot_sd(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    v = vals(rng, n, 60, 100)
    x = sd(v)
    if tie(x):
        return None
    q = pick(rng, "graph my resting heart rate {} and give me the sample standard deviation (2dp)",
             "Plot these HR readings and tell me how spread out they are (sample SD, 2 decimals):"
             " {}")
    return q.format(listed(v)), [PLOT, nf(x)]


@fam
def plot_pct_change(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 80, 400, 2)
    lab = months(rng, n)
    x = pct(v[-1], v[0])
    if tie(x, 1):
        return None
    q = pick(rng, "My energy bills:\n{}\nplot them and tell me the % change from {} to {} (1dp)",
             "{}\nLine chart please, plus percent change first month to last ({} to {}), "
             "1 decimal")
    return q.format(lines(lab, v, 2, sep=": £"), lab[0], lab[-1]), [PLOT, nf(x, 1, True)]


@fam
def histogram_median(rng: random.Random) -> Made:
    n = rng.choice([10, 12, 14, 16])
    v = vals(rng, n, 18, 70)
    m = median(v)
    q = pick(rng, "Ages of club members: {}. Can you make a histogram and tell me the median age?",
             "histogram of these ages {} and the median pls")
    return q.format(listed(v)), [PLOT, nf(m, 1)]


@fam
def pie_share(rng: random.Random) -> Made:
    cats = rng.sample(["Rent", "Food", "Transport", "Fun", "Savings", "Bills"], rng.randint(4, 6))
    v = vals(rng, len(cats), 50, 1500)
    i = rng.randrange(len(cats))
    x = v[i] / sum(v) * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Monthly budget:\n{}\npie chart please, and what percentage goes to {}? 1 dp",
             "{}\nCan you chart this budget and tell me {}'s share (%, 1 decimal)?")
    return q.format(lines(cats, v, sep=": $"), cats[i].lower()), [PLOT, nf(x, 1)]


@fam
def plot_range(rng: random.Random) -> Made:
    n = rng.randint(5, 7)
    v = vals(rng, n, -6, 18, 1)
    q = pick(rng, "Plot the overnight lows {} and tell me the range",
             "chart these lows (°C): {} — what's the range between coldest and mildest?")
    return q.format(listed(v, 1)), [PLOT, nf(max(v) - min(v), 1)]


@fam
def plot_rolling(rng: random.Random) -> Made:
    n = rng.randint(7, 12)
    v = vals(rng, n, 20, 80)
    x = mean(v[-5:])
    if tie(x, 1):
        return None
    q = pick(rng, "Daily sessions: {}. Plot them with a 5-day moving average — what's the "
             "latest 5-day average value?",
             "plot {} and tell me the last 5-day rolling average (1 dp)")
    return q.format(listed(v)), [PLOT, nf(x, 1)]


@fam
def thousands_mean(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 1200, 98000)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "Average of these salaries: {} (2dp)", "mean income from {}? two decimals")
    return q.format("; ".join(f"{int(x):,}" for x in v)), [nf(m)]


@fam
def currency_sum(rng: random.Random) -> Made:
    n = rng.randint(4, 9)
    v = vals(rng, n, 1, 45, 2)
    sign = rng.choice(["$", "€", "£"])
    body = ", ".join(f"{sign}{s(x, 2)}" for x in v)
    q = pick(rng, "what did my subscriptions cost altogether? {}",
             "Add up: {}", "sum of {} please")
    return q.format(body), [nf(sum(v))]


@fam
def percent_list_mean(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    v = vals(rng, n, 45, 100)
    m = mean(v)
    if tie(m, 1):
        return None
    q = pick(rng, "My test results: {}. What's my average percentage (1 dp)?",
             "average of {} to one decimal")
    return q.format(", ".join(f"{int(x)}%" for x in v)), [nf(m, 1)]


@fam
def lap_times_avg(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    secs = [rng.randint(62, 130) for _ in range(n)]
    m = F(sum(secs), n)
    if tie(m, 1):
        return None
    body = ", ".join(f"{x // 60}:{x % 60:02d}" for x in secs)
    q = pick(rng, "Lap times (m:ss): {}. What's my average lap in seconds, 1 dp?",
             "average of these laps in seconds please (1 decimal): {}")
    return q.format(body), [nf(m, 1)]


@fam
def semicolon_median(rng: random.Random) -> Made:
    n = rng.choice([6, 8, 10])
    v = vals(rng, n, 1, 99, 1)
    m = median(v)
    if m in v:
        return None
    q = pick(rng, "median of {}", "What's the median here: {}")
    return q.format(listed(v, 1, "; ")), [nf(m)]


@fam
def newline_list_mean(rng: random.Random) -> Made:
    n = rng.randint(5, 9)
    v = vals(rng, n, 10, 50, 2)
    m = mean(v)
    if tie(m):
        return None
    q = pick(rng, "average these please (2dp):\n{}", "{}\n^ mean of that column? 2 decimals")
    return q.format(listed(v, 2, "\n")), [nf(m)]


@fam
def parcel_weights(rng: random.Random) -> Made:
    n = rng.randint(3, 7)
    v = vals(rng, n, 1, 25, 1)
    lab = [f"parcel {i + 1}" for i in range(n)]
    lim = rng.choice([20, 25, 30, 40, 50])
    tot = sum(v)
    q = pick(rng, "{}\nTotal weight? And how far over or under the {} kg limit is that?",
             "Parcels:\n{}\nsum of weights and difference from the {} kg allowance")
    return q.format(lines(lab, v, 1, " kg", " - "), lim), [nf(tot, 1), nf(tot - lim, 1, True)]


@fam
def bank_net_change(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    v = [F(rng.randint(-20000, 30000), 100) for _ in range(n)]
    body = ", ".join(f"{'+' if x > 0 else '-'}{s(abs(x), 2)}" for x in v)
    q = pick(rng, "Transactions this week: {}. What's the net change in my balance?",
             "net of these account movements: {}")
    return q.format(body), [nf(sum(v), 2, True)]


@fam
def negative_temps_mean(rng: random.Random) -> Made:
    n = rng.randint(5, 8)
    v = vals(rng, n, -15, 6)
    m = mean(v)
    if tie(m) or m == 0:
        return None
    q = pick(rng, "Winter lows this week: {} °C. Average? 2 dp",
             "mean of {} (temps in C), two decimals")
    return q.format(listed(v)), [nf(m)]


@fam
def marks_out_of(rng: random.Random) -> Made:
    n = rng.randint(4, 8)
    total = rng.choice([20, 25, 40, 50])
    v = [F(rng.randint(total // 3, total)) for _ in range(n)]
    x = mean(v) / total * 100
    if tie(x, 1):
        return None
    q = pick(rng, "Quiz marks out of {}: {}. What's my average as a percentage? 1 dp",
             "I got {1} (each out of {0}) — average % to 1 decimal?")
    return q.format(total, listed(v)), [nf(x, 1)]


def tally(rng: random.Random) -> tuple[list[str], Counter[str]]:
    pool = rng.sample(["pizza", "tacos", "sushi", "curry", "ramen", "salad"], rng.randint(3, 4))
    votes = [rng.choice(pool) for _ in range(rng.randint(12, 30))]
    return votes, Counter(votes)


@fam
def word_votes_winner(rng: random.Random) -> Made:
    votes, c = tally(rng)
    top = c.most_common(2)
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    q = pick(rng, "Votes for the team dinner: {}. How many votes did the winner get, out of "
             "how many in total?",
             "here's the poll: {}\nhow many votes does the most popular choice have? and how "
             "many votes were cast?")
    return q.format(", ".join(votes)), [[str(top[0][1])], [str(len(votes))]]


@fam
def word_votes_pct(rng: random.Random) -> Made:
    votes, c = tally(rng)
    t = rng.choice(sorted(c))
    x = F(c[t] * 100, len(votes))
    if tie(x, 1):
        return None
    q = pick(rng, "Poll answers: {}. What percent chose {}? 1 dp",
             "{}\n% of responses that were {} (one decimal)?")
    return q.format(", ".join(votes), t), [nf(x, 1)]


@fam
def minutes_total(rng: random.Random) -> Made:
    v = [rng.randint(15, 140) for _ in range(rng.randint(4, 7))]
    t = sum(v)
    h, m = divmod(t, 60)
    forms = [f"{h}h {m}m", f"{h}h{m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
             f"{h} h {m} min", f"{h}h {m}min", f"{h}:{m:02d}", f"{h} hr {m} min",
             f"{h} hrs {m} mins", f"{h} hours, {m} minutes"]
    if m == 0:
        return None
    q = pick(rng, "Study sessions in minutes: {}. Total in hours and minutes?",
             "how long did I study altogether (h and min)? sessions: {}")
    return q.format(listed([F(x) for x in v])), [forms]


@fam
def savings_rate(rng: random.Random) -> Made:
    n = rng.randint(3, 6)
    inc = vals(rng, n, 2500, 6000)
    exp = [x - rng.randint(-200, 1500) for x in inc]
    x = (sum(inc) - sum(exp)) / sum(inc) * 100
    if tie(x, 1):
        return None
    lab = months(rng, n)
    body = "\n".join(f"{a}: income {s(b)}, spent {s(c)}" for a, b, c in zip(lab, inc, exp,
                                                                           strict=True))
    q = pick(rng, "{}\nWhat's my overall savings rate (total saved / total income), %, 1 dp?",
             "{}\nsavings rate over these months in percent? 1 decimal")
    return q.format(body), [nf(x, 1, True)]


@fam
def gpa_counts(rng: random.Random) -> Made:
    g = {k: rng.randint(0, 6) for k in "ABCD"}
    if sum(g.values()) < 3:
        return None
    pts = {"A": 4, "B": 3, "C": 2, "D": 1}
    x = F(sum(pts[k] * c for k, c in g.items()), sum(g.values()))
    if tie(x):
        return None
    body = ", ".join(f"{c} {k}{'s' if c != 1 else ''}" for k, c in g.items() if c)
    q = pick(rng, "My grades this year: {}. With A=4, B=3, C=2, D=1 and every course weighted "
             "equally, what's my GPA? 2 dp",
             "GPA from {} (A4 B3 C2 D1, equal credits), two decimals")
    return q.format(body), [nf(x)]


@fam
def frequency_table_mean(rng: random.Random) -> Made:
    k = rng.randint(4, 6)
    start = rng.randint(0, 3)
    counts = [rng.randint(1, 15) for _ in range(k)]
    x = F(sum((start + i) * c for i, c in enumerate(counts)), sum(counts))
    if tie(x):
        return None
    body = "\n".join(f"{start + i} kid{'' if start + i == 1 else 's'}: {c} "
                     f"famil{'y' if c == 1 else 'ies'}" for i, c in enumerate(counts))
    q = pick(rng, "Survey of families:\n{}\nWhat's the mean number of kids per family? 2 dp",
             "{}\naverage children per family (2 decimals)")
    return q.format(body), [nf(x)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    plot_votes_share, plot_scatter_corr, plot_trend_slope, plot_csv_group_totals, plot_sd,
    plot_pct_change, histogram_median, pie_share, plot_range, plot_rolling, thousands_mean,
    currency_sum, percent_list_mean, lap_times_avg, semicolon_median, newline_list_mean,
    parcel_weights, bank_net_change, negative_temps_mean, marks_out_of, word_votes_winner,
    word_votes_pct, minutes_total, savings_rate, gpa_counts, frequency_table_mean)]
