"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 6: run splits, blood
pressure pairs, product revenue shares, germination rates, mileage jumps, house-price quartiles
and mean absolute deviation."""

from __future__ import annotations

import random
from itertools import pairwise

from bench.data.agents.heldout17_data import F, Got, family, forms, mean, quartiles
from bench.data.agents.helpers import Family


def clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def run_splits(rng: random.Random) -> Got:
    base = rng.randint(270, 390)
    splits = [base + rng.randint(-20, 25) for _ in range(rng.randint(5, 10))]
    avg = F(sum(splits), len(splits))
    if (avg * 2).denominator == 1 and avg.denominator == 2:
        return None
    secs = round(avg)
    said = rng.choice([", ", " / ", " "]).join(clock(s) for s in splits)
    return (f"km splits from this morning's run: {said}\nwhat was my average pace per km? "
            f"nearest second, in min:sec"), [[clock(secs), f"{secs // 60}m {secs % 60}s",
                                              f"{secs // 60} min {secs % 60} s"]], {}


def bp_pairs(rng: random.Random) -> Got:
    n = rng.randint(4, 8)
    sys_, dia = [rng.randint(112, 162) for _ in range(n)], [rng.randint(68, 99) for _ in range(n)]
    ms, md = F(sum(sys_), n), F(sum(dia), n)
    if any((x * 2).denominator == 1 and x.denominator == 2 for x in (ms, md)):
        return None
    s, d = round(ms), round(md)
    said = "\n".join(f"{a}/{b}" for a, b in zip(sys_, dia, strict=True))
    return (f"Home blood pressure readings over the last few days:\n{said}\nWhat's my average "
            f"reading? Whole numbers, written as systolic/diastolic."), [[f"{s}/{d}"]], {}


def revenue_share(rng: random.Random) -> Got:
    products = rng.sample(["Candles", "Soap bars", "Bath salts", "Lip balm", "Hand cream",
                           "Gift box", "Wax melts"], rng.randint(4, 6))
    units = [rng.randint(8, 140) for _ in products]
    price = [F(rng.randint(350, 3200), 100) for _ in products]
    rev = [u * p for u, p in zip(units, price, strict=True)]
    top = max(rev)
    if sorted(rev)[-2] > top * F(95, 100):
        return None
    got = forms(top / sum(rev, F(0)) * 100, 1)
    if got is None:
        return None
    best = products[rev.index(top)]
    rows = "\n".join(f"{n},{u},{float(p):.2f}" for n, u, p in zip(products, units, price,
                                                                     strict=True))
    return ("Market stall sales for the weekend are attached (units sold and price each). Which "
            "product brought in the most money, and what share of total revenue was that? "
            "Percent to 1 dp."), [[best], got], {"csv": f"product,units,price\n{rows}\n"}


def germination(rng: random.Random) -> Got:
    packets = rng.sample(["lettuce", "carrot", "basil", "kale", "beetroot", "parsley",
                          "spinach", "chard"], rng.randint(3, 5))
    sown = [rng.choice([12, 18, 20, 24, 30, 36, 40, 50]) for _ in packets]
    up = [rng.randint(s // 3, s) for s in sown]
    pooled = F(sum(up), sum(sown)) * 100
    naive = sum((F(u, s) for u, s in zip(up, sown, strict=True)), F(0)) / len(sown) * 100
    got = forms(pooled, 1)
    if got is None or abs(pooled - naive) < F(1, 5):
        return None
    lines = "\n".join(f"{p}: sowed {s}, {u} came up" for p, s, u in zip(packets, sown, up,
                                                                         strict=True))
    return (f"Seed trays this spring:\n{lines}\nWhat's my overall germination rate across all the "
            f"seeds I sowed? % to one decimal"), [got], {}


def mileage_jumps(rng: random.Random) -> Got:
    n = rng.randint(8, 12)
    km = [F(rng.randint(200, 350), 10)]
    for _ in range(n - 1):
        km.append(F(round(float(km[-1]) * rng.uniform(0.8, 1.2), 1)).limit_denominator(10))
    ratios = [b / a for a, b in pairwise(km)]
    if any(r == F(11, 10) for r in ratios):
        return None
    k = sum(r > F(11, 10) for r in ratios)
    if k == 0:
        return None
    rows = "\n".join(f"{i + 1},{float(v):.1f}" for i, v in enumerate(km))
    return ("My coach says never up weekly mileage by more than 10%. The attached csv has my "
            "weekly km. How many times did I go over that 10% jump from one week to the next?"), \
        [[str(k), f"{k} times", f"{k} weeks"]], {"csv": f"week,km\n{rows}\n"}


def house_q3(rng: random.Random) -> Got:
    n = rng.randint(9, 14)
    prices = [F(rng.randint(180, 720) * 1000) for _ in range(n)]
    q1, q3 = quartiles(prices)
    which, value = rng.choice([("upper", q3), ("lower", q1)])
    got = forms(value, 0)
    rows = "\n".join(f'{i + 1} {rng.choice(["Mill Lane", "High St", "Oak Rd", "Park Ave"])},'
                     f'"£{int(p):,}"' for i, p in enumerate(prices))
    return (f"Sold prices on our street over the last few years are in the csv. What's the {which} "
            f"quartile? Use the median of the {which} half of the sorted prices (leave the "
            f"middle one out if there's an odd number)."), [got or []], \
        {"csv": f"address,sold_price\n{rows}\n"}


def mad(rng: random.Random) -> Got:
    temps = [F(rng.randint(180, 260), 10) for _ in range(rng.randint(6, 9))]
    m = mean(temps)
    val = sum((abs(t - m) for t in temps), F(0)) / len(temps)
    got = forms(val, 2)
    if got is None:
        return None
    said = ", ".join(f"{float(t):.1f}" for t in temps)
    return (f"Proving drawer temperatures for my sourdough this week (°C): "
            f"{said}. What's the mean absolute deviation from the mean? 2 dp"), [got], {}


def percentile_rank(rng: random.Random) -> Got:
    n = rng.randint(15, 24)
    times = rng.sample(range(1500, 2700), n)
    mine = rng.choice(times)
    faster = sum(t < mine for t in times)
    got = forms(F(faster * 100, n), 1)
    if got is None or faster in (0, n - 1):
        return None
    rows = "\n".join(f"runner{i + 1},{t // 60}:{t % 60:02d}" for i, t in enumerate(times))
    return (f"parkrun results attached (finish times). I ran {mine // 60}:{mine % 60:02d}. What "
            f"percentage of all {n} finishers were faster than me? 1 dp"), [got], \
        {"csv": f"runner,time\n{rows}\n"}


FAMILIES: list[tuple[Family, int]] = [(family(f.__name__, f), 8) for f in (
    run_splits, bp_pairs, revenue_share, germination, mileage_jumps, house_q3, mad,
    percentile_rank)]
