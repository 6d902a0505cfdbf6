"""Round 18 (``B_*``, dev now) for ``muse bench agents``, data part 7: both standard
deviations, yearly returns, tip pools, stock cover, timesheets, the 80/20 cut, European number
formats, year-to-date comparisons, supplier scorecards, favourite colours, home blood-pressure
targets, run rates and average order values."""

from __future__ import annotations

import random

from bench.data.agents.heldout18_data import (
    MONTHS,
    PEOPLE,
    F,
    Family,
    Got,
    dec,
    family,
    forms,
    mean,
    money,
    named,
    num,
    pct_of,
    r1,
    sqrt,
    table,
    variance,
)


@family
def both_sds(rng: random.Random) -> Got:
    vals = [rng.randint(2, 30) for _ in range(rng.randint(5, 8))]
    s, p = forms(sqrt(variance(vals, True)), 2), forms(sqrt(variance(vals, False)), 2)
    if not s or not p or s == p:
        return None
    return (
        f"Data set: {', '.join(map(str, vals))}. My teacher wants both the sample standard "
        "deviation and the population standard deviation, each to 2 d.p.",
        [s, p],
    )


@family
def yearly_returns(rng: random.Random) -> Got:
    rets = [r1(rng, -18, 28) for _ in range(rng.randint(3, 6))]
    g = F(1)
    for r in rets:
        g *= 1 + r / 100
    if g <= 0:
        return None
    with_dec = (dec(g) ** (dec(1) / len(rets)) - 1) * 100
    f = forms(with_dec, 2)
    arith = forms(mean(rets), 2)
    listed = ", ".join(f"{'+' if r > 0 else ''}{num(r)}%" for r in rets)
    return (
        (
            f"My index fund returned {listed} in consecutive years. What's the compound "
            "(geometric) average annual return? 2 decimals",
            [f],
        )
        if f and f != arith
        else None
    )


@family
def tip_pool(rng: random.Random) -> Got:
    staff = rng.sample(PEOPLE, rng.randint(3, 5))
    hrs = [r1(rng, 3, 9, 1) for _ in staff]
    pool = r1(rng, 150, 900, 2)
    who = rng.choice(staff)
    share = pool * hrs[staff.index(who)] / sum(hrs, F(0))
    f = money(share)
    lines = ", ".join(f"{s} {num(h)}h" for s, h in zip(staff, hrs, strict=False))
    return (
        (
            f"Tip jar tonight came to ${num(pool, 2)}. We split it by hours worked: {lines}. "
            f"How much does {who} get?",
            [f],
        )
        if f
        else None
    )


@family
def stock_cover(rng: random.Random) -> Got:
    sales = [rng.randint(3, 40) for _ in range(14)]
    stock = rng.randint(80, 900)
    f = forms(stock / mean(sales), 1)
    return (
        (
            f"I've got {stock} bags of dog food left. Daily sales for the last two weeks: "
            f"{' '.join(map(str, sales))}. At the average daily rate over those 14 days, how many "
            "days will my stock last? 1 dp",
            [[f"{x} days" for x in f] + named(["last", "about"], f) + [x for x in f if len(x) > 2]],
        )
        if f
        else None
    )


@family
def project_hours(rng: random.Random) -> Got:
    projects = ["Apollo", "Birch", "Cobalt", "Delta"]
    pick = rng.choice(projects)
    rows, tot = [], 0
    for _ in range(rng.randint(10, 18)):
        p, m = rng.choice(projects), rng.randint(2, 36) * 15
        rows.append(
            [
                f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                p,
                f"{m // 60}:{m % 60:02d}",
            ]
        )
        tot += m * (p == pick)
    f = forms(F(tot, 60), 2)
    return (
        (
            f"Timesheet attached (durations as h:mm). How many hours in total did I log on "
            f"{pick}? As a decimal number of hours, please.",
            [
                [f"{x} hours" for x in f]
                + [f"{x} h" for x in f]
                + [f"{x}h" for x in f]
                + [f"{x} hrs" for x in f]
                + named(["total"], f)
            ],
            {"csv": table(["date", "project", "duration"], rows)},
        )
        if f and tot
        else None
    )


@family
def pareto_cut(rng: random.Random) -> Got:
    n = rng.randint(8, 14)
    sales = sorted((rng.randint(1, 60) ** 2 * 10 for _ in range(n)), reverse=True)
    total, run, k = sum(sales), 0, 0
    for s in sales:
        run, k = run + s, k + 1
        if run * 10 >= total * 8:
            break
    if run * 10 == total * 8 or k == n or k < 2:
        return None
    rows = [[f"SKU-{rng.randint(100, 999)}-{i}", s] for i, s in enumerate(sales)]
    rng.shuffle(rows)
    return (
        "Revenue per SKU for the year is attached. What's the smallest number of SKUs that "
        "together make up at least 80% of revenue?",
        [[f"{k} SKUs", f"{k} skus", f"{k} products", f"top {k}", f"{k} of the", f"{k} of "]],
        {"csv": table(["sku", "revenue"], rows)},
    )


@family
def euro_format(rng: random.Random) -> Got:
    ds = [
        f"{d:02d}.{m:02d}.2026"
        for m in (rng.randint(1, 12),)
        for d in sorted(rng.sample(range(1, 29), rng.randint(8, 14)))
    ]
    vals = [r1(rng, 900, 9500, 2) for _ in ds]
    f = money(mean(vals))
    rows = "\n".join(f"{d};{num(v, 2).replace('.', ',')}" for d, v in zip(ds, vals, strict=False))
    return (
        (
            "Export from my German bank (decimal commas, semicolons). What's the average "
            "transaction amount? Give it with a normal decimal point, 2 places",
            [f],
            {"csv": f"Datum;Betrag\n{rows}\n"},
        )
        if f
        else None
    )


@family
def ytd_compare(rng: random.Random) -> Got:
    upto = rng.randint(3, 10)
    last = [rng.randint(15000, 45000) for _ in range(12)]
    this = [rng.randint(15000, 45000) for _ in range(upto)]
    rows = [[MONTHS[i][:3], f"{last[i]:,}", f"{this[i]:,}" if i < upto else ""] for i in range(12)]
    f = forms(pct_of(sum(this) - sum(last[:upto]), sum(last[:upto])), 1)
    ups = [
        "up by",
        "is up",
        "are up",
        "we're up",
        "increase of",
        "higher than",
        "ahead of",
        "an increase",
        "growth of",
        "increased by",
        "rose by",
        "grown by",
        "above last",
    ]
    downs = [
        "down by",
        "is down",
        "are down",
        "we're down",
        "decrease of",
        "lower than",
        "behind",
        "a decrease",
        "drop of",
        "decline of",
        "fell by",
        "decreased by",
        "below last",
    ]
    return (
        (
            f"We're at the end of {MONTHS[upto - 1]}. How does our year-to-date revenue compare "
            "with the same months last year - which direction and what % change? 1 dp (file "
            "attached, this year's later months are blank)",
            [
                (ups if sum(this) > sum(last[:upto]) else downs)
                + [
                    f"{w}{x}"
                    for x in f
                    for w in (
                        ("up ", "+") if sum(this) > sum(last[:upto]) else ("down ", "-", "\u2212")
                    )
                ],
                f,
            ],
            {"csv": table(["month", "last_year", "this_year"], rows)},
        )
        if f
        else None
    )


@family
def supplier_scorecard(rng: random.Random) -> Got:
    crit = {"price": rng.choice([30, 40, 50]), "quality": 0, "delivery": 0}
    crit["quality"] = rng.choice([20, 30, 40])
    crit["delivery"] = 100 - crit["price"] - crit["quality"]
    if crit["delivery"] <= 0:
        return None
    sup = rng.sample(["Acme", "Borealis", "Crestline", "Dynamo"], 3)
    scores = {s: [rng.randint(4, 10) for _ in crit] for s in sup}
    tot = {
        s: sum(F(w * x, 100) for w, x in zip(crit.values(), scores[s], strict=False)) for s in sup
    }
    top = max(tot, key=lambda k: tot[k])
    if sorted(tot.values())[-2] == tot[top]:
        return None
    f = forms(tot[top], 2)
    rows = [[s, *scores[s]] for s in sup]
    return (
        (
            f"Picking a supplier, our scores out of 10 are in the attached sheet. Weights: price "
            f"{crit['price']}%, quality {crit['quality']}%, delivery {crit['delivery']}%. Who wins "
            "on weighted score (out of 10), and what's their score? 2 dp",
            [[top], named(["score", "weighted score", top], f) + [x for x in f if "." in x]],
            {"csv": table(["supplier", "price", "quality", "delivery"], rows)},
        )
        if f
        else None
    )


@family
def colour_mode(rng: random.Random) -> Got:
    cols = rng.sample(
        ["blue", "green", "purple", "yellow", "orange", "pink", "black", "turquoise"], 5
    )
    votes = [rng.choice(cols) for _ in range(rng.randint(25, 40))]
    counts = sorted(((votes.count(c), c) for c in cols), reverse=True)
    if counts[0][0] == counts[1][0]:
        return None
    top, k = counts[0][1], counts[0][0]
    return (
        "Class survey on favourite colours is attached. Which colour was most popular and "
        "how many votes did it get?",
        [
            [top, top.title()],
            [
                f"{k} votes",
                f"{k} kids",
                f"{k} students",
                f"{k} pupils",
                f"{k} of",
                f"({k})",
                f"{k} times",
                f"{k} people",
                f"{k} children",
            ],
        ],
        {"csv": table(["pupil", "colour"], [[i + 1, v] for i, v in enumerate(votes)])},
    )


@family
def bp_in_range(rng: random.Random) -> Got:
    reads = [(rng.randint(105, 160), rng.randint(62, 100)) for _ in range(rng.randint(12, 20))]
    k = sum(s < 135 and d < 85 for s, d in reads)
    f = forms(pct_of(k, len(reads)), 1)
    rows = "\n".join(f"{s}/{d}" for s, d in reads)
    return (
        (
            "Home BP readings this fortnight:\n" + rows + "\nMy GP's home target is below 135/85 "
            "(both numbers under). What percentage of readings were on target? one decimal",
            [f],
        )
        if f and 0 < k < len(reads)
        else None
    )


@family
def run_rate(rng: random.Random) -> Got:
    upto = rng.randint(2, 9)
    rev = [rng.randint(8000, 70000) for _ in range(upto)]
    f = forms(F(sum(rev) * 12, upto), 0)
    lines = ", ".join(f"{MONTHS[i][:3]} ${v:,}" for i, v in enumerate(rev))
    return (
        (
            f"Startup revenue so far this year: {lines}. If we keep the same average monthly "
            "pace, what's the annualised run rate for the full 12 months? nearest dollar",
            [[f"${x}" for x in f] + [x for x in f if "," in x]],
        )
        if f
        else None
    )


@family
def aov_change(rng: random.Random) -> Got:
    o1, o2 = rng.randint(150, 900), rng.randint(150, 900)
    r1_, r2_ = r1(rng, 30, 95, 2) * o1, r1(rng, 30, 95, 2) * o2
    a1, a2 = r1_ / o1, r2_ / o2
    f = forms(pct_of(a2 - a1, a1), 1)
    m = rng.randint(0, 10)
    return (
        (
            f"{MONTHS[m]}: {o1} orders, ${r1_.numerator / r1_.denominator:,.2f} revenue. "
            f"{MONTHS[m + 1]}: {o2} orders, ${r2_.numerator / r2_.denominator:,.2f} revenue. "
            "How much did the average order value change, in percent? "
            "1 dp",
            [f],
        )
        if f and a1 != a2
        else None
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        both_sds,
        yearly_returns,
        tip_pool,
        stock_cover,
        project_hours,
        pareto_cut,
        euro_format,
        ytd_compare,
        supplier_scorecard,
        colour_mode,
        bp_in_range,
        run_rate,
        aov_change,
    )
]
