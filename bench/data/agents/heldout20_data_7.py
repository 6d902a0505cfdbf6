"""Round 20 (``E_d_*``, dev now) for ``muse bench agents``, data part 7: groups by a category
(totals, averages, counts, shares, the top group), revenue from price and quantity, and paired
before/after differences."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout20_data import (
    Req,
    echoed,
    exact,
    mean,
    near_tie,
    num,
    plot_req,
    rd,
    vstr,
)
from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
Made = tuple[str, Req] | None
# category column, value column, categories, value range, decimals, intro
GROUPS = [
    ("region", "sales", ["North", "South", "East", "West"], (200, 3000), 0,
     "sales by region"),
    ("store", "revenue", ["Downtown", "Mall", "Airport", "Harbour"], (500, 4000), 0,
     "revenue per store"),
    ("category", "amount", ["groceries", "dining", "transport", "fun", "bills"], (3, 120), 2,
     "my spending log"),
    ("team", "points", ["Red", "Blue", "Green"], (3, 40), 0, "points scored per game"),
    ("product", "units", ["widgets", "gadgets", "gizmos", "doohickeys"], (5, 90), 0,
     "units shipped"),
    ("class", "score", ["7A", "7B", "7C"], (40, 100), 0, "test scores by class"),
    ("runner", "km", ["Alex", "Jo", "Sam"], (3, 21), 1, "our running club log"),
]


def gdata(rng: random.Random, n: int) -> tuple[tuple, list[str], list[Fraction], list[str]]:
    spec = rng.choice(GROUPS)
    cats, (lo, hi), dec = spec[2], spec[3], spec[4]
    use = cats[:rng.randint(3, len(cats))] if len(cats) > 3 else cats
    cs = use * 2 + [rng.choice(use) for _ in range(max(n - 2 * len(use), 0))]
    rng.shuffle(cs)
    n = len(cs)
    vs = [F(rng.randint(lo * 10**dec, hi * 10**dec), 10**dec) for _ in range(n)]
    start = dt.date(2026, rng.randint(1, 10), rng.randint(1, 20))
    days = [(start + dt.timedelta(days=i // 2)).isoformat() for i in range(n)]
    return spec, cs, vs, days


def gshow(spec: tuple, cs: list[str], vs: list[Fraction], days: list[str], fmt: str,
          rng: random.Random) -> tuple[str, dict[str, str]]:
    sep = rng.choice([",", "\t"]) if fmt == "csv" else rng.choice([" | ", "\t"])
    dated = rng.random() < 0.5
    head = (["date"] if dated else []) + [spec[0], spec[1]]
    rows = [([d] if dated else []) + [c, vstr(v, spec[4])]
            for d, c, v in zip(days, cs, vs, strict=True)]
    body = "\n".join(sep.join(r) for r in [head, *rows])
    if fmt == "table":
        return f"{spec[5]}:\n{body}", {}
    return rng.choice([f"{spec[5]} is in the attached csv", f"attached: {spec[5]}",
                       f"here's {spec[5]} (file attached)"]), {"csv": body + "\n"}


def by(cs: list[str], vs: list[Fraction]) -> dict[str, list[Fraction]]:
    out: dict[str, list[Fraction]] = {}
    for c, v in zip(cs, vs, strict=True):
        out.setdefault(c, []).append(v)
    return out


Ask = Callable[[tuple, list[str], list[Fraction], random.Random], Made]


def gfamily(name: str, ask: Ask, fmt: str) -> Family:
    def make(rng: random.Random) -> Item:
        for _ in range(400):
            n = rng.randint(8, 12) if fmt == "table" else rng.randint(10, 24)
            spec, cs, vs, days = gdata(rng, n)
            made = ask(spec, cs, vs, rng)
            if made is None:
                continue
            q, req = made
            data, extra = gshow(spec, cs, vs, days, fmt, rng)
            text = rng.choice([f"{data}\n\n{q}", f"{q}\n{data}"]) if fmt == "table" else \
                rng.choice([f"{data}. {q}", f"{q} ({data})"])
            if not echoed(text, req):
                return item(f"E_d_{name}", "data", text, req, **extra)
        raise RuntimeError(name)
    make.__name__ = name
    return fresh(make)


def g_total(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    q = rng.choice([f"What's the total {spec[1]} for {c}?", f"add up {spec[1]} for {c} only",
                    f"How much {spec[1]} did {c} get altogether?"])
    return q, [exact(sum(by(cs, vs)[c], F(0)), spec[4])]


def g_avg(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    m = mean(by(cs, vs)[c])
    if near_tie(m, 2):
        return None
    q = rng.choice([f"What's the average {spec[1]} for {c}?", f"mean {spec[1]} in the {c} "
                    f"rows?", f"Average per entry for {c}?"])
    return f"{q} {rd(rng, 2)}", [num(m, 2)]


def g_count(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    q = rng.choice([f"How many rows are for {c}?", f"how many entries does {c} have?",
                    f"Count the {c} lines"])
    return q, [[str(cs.count(c))]]


def g_top_total(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    tot = {c: sum(v, F(0)) for c, v in by(cs, vs).items()}
    best = sorted(tot.values())
    if best[-1] == best[-2]:
        return None
    c = max(tot, key=tot.__getitem__)
    q = rng.choice([f"Which {spec[0]} has the highest total {spec[1]}, and what is it?",
                    f"top {spec[0]} by total {spec[1]}? include the total",
                    f"Group by {spec[0]}: which one comes out on top (sum of {spec[1]}) and "
                    "with how much?"])
    return q, [[c], exact(tot[c], spec[4])]


def g_top_avg(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    avg = {c: mean(v) for c, v in by(cs, vs).items()}
    best = sorted(avg.values())
    if best[-1] == best[-2]:
        return None
    c = max(avg, key=avg.__getitem__)
    q = rng.choice([f"Which {spec[0]} has the best average {spec[1]}?",
                    f"highest mean {spec[1]} per entry - which {spec[0]}?",
                    f"Which {spec[0]} averages the most?"])
    return q, [[c]]


def g_low_total(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    tot = {c: sum(v, F(0)) for c, v in by(cs, vs).items()}
    low = sorted(tot.values())
    if low[0] == low[1]:
        return None
    c = min(tot, key=tot.__getitem__)
    q = rng.choice([f"Which {spec[0]} has the smallest total?",
                    f"lowest {spec[0]} by total {spec[1]}?",
                    f"Summing {spec[1]} per {spec[0]}, which one is last?"])
    return q, [[c]]


def g_share(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    s = sum(by(cs, vs)[c], F(0)) / sum(vs, F(0)) * 100
    if near_tie(s, 1):
        return None
    q = rng.choice([f"What percent of the total {spec[1]} is {c}?",
                    f"{c}'s share of all {spec[1]}, in %?",
                    f"How big a slice of the overall {spec[1]} does {c} make up (percent)?"])
    return f"{q} {rd(rng, 1)}", [num(s, 1)]


def g_ratio(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    a, b = rng.sample(sorted(set(cs)), 2)
    g = by(cs, vs)
    r = sum(g[a], F(0)) / sum(g[b], F(0))
    if near_tie(r, 2):
        return None
    q = rng.choice([f"What's the ratio of {a}'s total {spec[1]} to {b}'s?",
                    f"ratio of {a} total to {b} total?",
                    f"Divide {a}'s total {spec[1]} by {b}'s - what do you get?"])
    return f"{q} {rd(rng, 2)}", [num(r, 2)]


def g_avg_diff(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    a, b = rng.sample(sorted(set(cs)), 2)
    g = by(cs, vs)
    diff = abs(mean(g[a]) - mean(g[b]))
    if near_tie(diff, 2) or diff == 0:
        return None
    q = rng.choice([f"How far apart are the average {spec[1]} of {a} and {b}?",
                    f"difference between {a}'s mean and {b}'s mean?",
                    f"Compare {a} and {b}: gap between their averages?"])
    return f"{q} {rd(rng, 2)}", [num(diff, 2)]


def g_filter(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    lo, hi = spec[3]
    step = 50 if hi >= 1000 else (5 if hi >= 50 else 1)
    cut = F(rng.randint(lo // step + 1, hi // step - 1) * step)
    if cut in vs:
        return None
    picked = [y for x, y in zip(cs, vs, strict=True) if x == c and y > cut]
    if not picked:
        return None
    q = rng.choice([f"What's the total {spec[1]} of the {c} rows with {spec[1]} above "
                    f"{vstr(cut, 0)}?", f"sum {spec[1]} where {spec[0]} is {c} and {spec[1]} > "
                    f"{vstr(cut, 0)}", f"For {c} only, add up the entries over {vstr(cut, 0)}"])
    return q, [exact(sum(picked, F(0)), spec[4])]


def g_chart(spec: tuple, cs: list, vs: list, rng: random.Random) -> Made:
    c = rng.choice(sorted(set(cs)))
    q = rng.choice([f"Make a bar chart of total {spec[1]} per {spec[0]} and tell me the "
                    f"total for {c}", f"plot the totals by {spec[0]} - what's {c}'s total?",
                    f"Chart {spec[1]} by {spec[0]}, and how much for {c}?"])
    return q, plot_req([exact(sum(by(cs, vs)[c], F(0)), spec[4])])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    *(gfamily(f"group_total_{f}", g_total, f) for f in ("table", "csv")),
    *(gfamily(f"group_avg_{f}", g_avg, f) for f in ("table", "csv")),
    gfamily("group_count_csv", g_count, "csv"),
    gfamily("group_top_total_csv", g_top_total, "csv"),
    gfamily("group_top_avg_csv", g_top_avg, "csv"),
    gfamily("group_lowest_total_csv", g_low_total, "csv"),
    *(gfamily(f"group_share_{f}", g_share, f) for f in ("table", "csv")),
    gfamily("group_ratio_csv", g_ratio, "csv"),
    *(gfamily(f"group_avg_gap_{f}", g_avg_diff, f) for f in ("table", "csv")),
    gfamily("group_filter_sum_csv", g_filter, "csv"),
    gfamily("chart_group_total_csv", g_chart, "csv"))]
