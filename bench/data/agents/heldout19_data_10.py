"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 10: stock and reorders,
grade bands, attendance, before and after scores, monthly totals, busiest days and order
values."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout19_data import (
    NAMES,
    PLOTS,
    Made,
    fam,
    labels,
    mean,
    num,
    pick,
    s,
    vals,
)
from bench.data.agents.heldout19_data_4 import F, table
from bench.data.agents.helpers import Family


@fam
def inventory_value_csv(rng: random.Random) -> Made:
    items = rng.sample(["bolts", "nuts", "washers", "hinges", "screws", "brackets", "nails",
                        "clamps"], rng.randint(4, 8))
    qty = [rng.randint(0, 500) for _ in items]
    cost = vals(rng, len(items), 0.05, 4, 2)
    csv = table(["sku", "qty_on_hand", "unit_cost"],
                [[a, str(q), s(c, 2)] for a, q, c in zip(items, qty, cost, strict=True)])
    v = sum((q * c for q, c in zip(qty, cost, strict=True)), F(0))
    text = pick(rng, "What's the total value of the stock on hand?",
                "inventory value = qty x unit cost, summed. what's the total?")
    return text, [num(v)], {"csv": csv}


@fam
def reorder_count_csv(rng: random.Random) -> Made:
    items = rng.sample(["bolts", "nuts", "washers", "hinges", "screws", "brackets", "nails",
                        "clamps", "rivets", "springs", "pins", "hooks"], rng.randint(6, 12))
    qty = [rng.randint(0, 200) for _ in items]
    lvl = [rng.choice([20, 30, 50, 75, 100]) for _ in items]
    csv = table(["item", "stock", "reorder_level"],
                [[a, str(q), str(v)] for a, q, v in zip(items, qty, lvl, strict=True)])
    c = sum(1 for q, v in zip(qty, lvl, strict=True) if q < v)
    short = sum(v - q for q, v in zip(qty, lvl, strict=True) if q < v)
    if c == 0:
        return None
    text = pick(rng, "How many items are below their reorder level, and how many units short are "
                "they in total (reorder level minus stock, summed)?",
                "count of items where stock < reorder_level? and the total shortfall in units")
    return text, [[str(c), f"{c} items"], [str(short), f"{short} units"]], {"csv": csv}


@fam
def grade_a_count_csv(rng: random.Random) -> Made:
    who = rng.sample(NAMES, rng.randint(10, 20))
    sc = vals(rng, len(who), 50, 100)
    cut = rng.choice([80, 85, 90])
    c = sum(1 for x in sc if x >= cut)
    csv = table(["student", "mark"], [[w, s(x)] for w, x in zip(who, sc, strict=True)])
    text = pick(rng, f"An A is {cut} or more. How many A's are there, and what % of the class "
                "is that (1 dp)?", f"count of marks >= {cut} and their share of the class in %, "
                "one decimal")
    return text, [[str(c)], num(F(100 * c, len(who)), 1)], {"csv": csv}


@fam
def attendance_rate_csv(rng: random.Random) -> Made:
    who = rng.sample(NAMES, rng.randint(4, 10))
    held = rng.randint(10, 30)
    att = [rng.randint(held // 2, held) for _ in who]
    csv = table(["member", "sessions_attended"],
                [[w, str(a)] for w, a in zip(who, att, strict=True)])
    r = F(sum(att) * 100, held * len(who))
    text = pick(rng, f"There were {held} sessions. What's the overall attendance rate in %? 1 dp",
                f"{held} classes ran this term - average attendance as a percentage (1 decimal)?")
    return text, [num(r, 1)], {"csv": csv}


@fam
def paired_improvement_csv(rng: random.Random) -> Made:
    who = rng.sample(NAMES, rng.randint(5, 12))
    pre = vals(rng, len(who), 40, 85)
    post = [x + rng.randint(-8, 20) for x in pre]
    csv = table(["student", "before", "after"],
                [[w, s(a), s(b)] for w, a, b in zip(who, pre, post, strict=True)])
    imp = mean([b - a for a, b in zip(pre, post, strict=True)])
    text = pick(rng, "Average improvement from before to after? 2 dp",
                "mean change (after minus before) per student, 2 decimals")
    return text, [num(abs(imp))], {"csv": csv}


@fam
def percent_improved_csv(rng: random.Random) -> Made:
    who = rng.sample(NAMES, rng.randint(6, 15))
    pre = vals(rng, len(who), 40, 85)
    post = [x + rng.randint(-10, 15) for x in pre]
    csv = table(["name", "test1", "test2"],
                [[w, s(a), s(b)] for w, a, b in zip(who, pre, post, strict=True)])
    p = F(100 * sum(1 for a, b in zip(pre, post, strict=True) if b > a), len(who))
    text = pick(rng, "What percent of people scored higher on test2 than test1? 1 dp",
                "share who improved (test2 > test1), as %, one decimal")
    return text, [num(p, 1)], {"csv": csv}


@fam
def monthly_totals_from_daily_csv(rng: random.Random) -> Made:
    n = rng.randint(15, 30)
    m = rng.randint(1, 11)
    first = dt.date(2026, m + 1, 1) - dt.timedelta(days=rng.randint(3, n - 3))
    dates = [(first + dt.timedelta(days=i)).isoformat() for i in range(n)]
    amt = vals(rng, n, 5, 90, 2)
    csv = table(["date", "amount"], [[d, s(a, 2)] for d, a in zip(dates, amt, strict=True)])
    which = rng.choice([m, m + 1])
    tot = sum((a for d, a in zip(dates, amt, strict=True) if d[5:7] == f"{which:02d}"), F(0))
    if tot == 0:
        return None
    text = pick(rng, f"Total spending in month {which} of 2026 (2026-{which:02d})?",
                f"how much did I spend in 2026-{which:02d}?")
    return text, [num(tot)], {"csv": csv}


@fam
def busiest_weekday_csv(rng: random.Random) -> Made:
    weeks = rng.randint(2, 4)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [(f"W{w + 1}", d, rng.randint(20, 200)) for w in range(weeks) for d in days]
    tot = {d: sum(r[2] for r in rows if r[1] == d) for d in days}
    best = max(tot.values())
    if list(tot.values()).count(best) != 1:
        return None
    csv = table(["week", "weekday", "customers"], [[a, b, str(c)] for a, b, c in rows])
    text = pick(rng, "Which weekday is busiest overall (most customers summed over the weeks), "
                "and how many customers did it get in total?",
                "busiest day of the week in total? and its total customers")
    top = max(tot, key=lambda d: tot[d])
    full = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday",
            "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}[top]
    return text, [[top, full], [str(best)]], {"csv": csv}


@fam
def average_order_value_csv(rng: random.Random) -> Made:
    dates = labels(rng, "date", rng.randint(5, 14))
    orders = [rng.randint(5, 80) for _ in dates]
    rev = [F(o * rng.randint(1500, 6000), 100) for o in orders]
    csv = table(["date", "orders", "revenue"],
                [[d, str(o), s(r, 2)] for d, o, r in zip(dates, orders, rev, strict=True)])
    aov = sum(rev, F(0)) / sum(orders)
    text = pick(rng, "Average order value across the whole period (total revenue / total "
                "orders)? 2dp", "what's our AOV overall? 2 decimals")
    return text, [num(aov)], {"csv": csv}


@fam
def plot_revenue_total(rng: random.Random) -> Made:
    months = labels(rng, "month", rng.randint(4, 12))
    units = [rng.randint(10, 300) for _ in months]
    price = F(rng.randint(500, 4000), 100)
    csv = table(["month", "units"], [[m, str(u)] for m, u in zip(months, units, strict=True)])
    text = pick(rng, f"Plot units per month and tell me total revenue if each unit sells for "
                f"${s(price, 2)}", f"graph this and work out the revenue at {s(price, 2)} a unit")
    return text, [PLOTS, num(sum(units) * price)], {"csv": csv}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    inventory_value_csv, reorder_count_csv, grade_a_count_csv, attendance_rate_csv,
    paired_improvement_csv, percent_improved_csv, monthly_totals_from_daily_csv,
    busiest_weekday_csv, average_order_value_csv, plot_revenue_total)]
