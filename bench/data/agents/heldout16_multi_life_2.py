"""Round 16 multi-part families (``L_m_*``, dev now): everyday situations at the gym, the
clinic and the shops, each asking for two or more results."""

from __future__ import annotations

import datetime

from bench.data.agents.heldout16_multi_common import (
    CHART,
    LB,
    MILE,
    F,
    Family,
    cm,
    eur,
    fam,
    forms,
    gbp,
    kg,
    km,
    lbs,
    miles,
    r2,
    random,
    safe,
    unit,
    usd,
)
from bench.data.agents.heldout16_multi_common import convert as fx

LIFE_2: list[Family] = []
add = fam(LIFE_2)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


# --- fitness and the clinic -----------------------------------------------------------------


@add
def gym_volume(rng: random.Random):  # lifting volume in kg and in pounds
    w, reps, sets = rng.randint(20, 140), rng.randint(5, 12), rng.randint(3, 5)
    vol = w * reps * sets
    if not safe(vol / LB):
        return None
    return (f"did {sets} sets of {reps} reps at {w} kg on squats. total volume lifted in kg, and "
            "in pounds?", [kg(F(vol)), lbs(vol / LB)])


@add
def cycling_avg_and_chart(rng: random.Random):  # rides: total and average, with a chart
    xs = [rng.randint(10, 90) for _ in range(rng.randint(4, 7))]
    m = F(sum(xs), len(xs))
    if not safe(m, sum(xs) / MILE):
        return None
    return (f"my bike rides this week in km: {', '.join(map(str, xs))}. total in km and miles, "
            "and a bar chart", [km(F(sum(xs))), miles(sum(xs) / MILE), CHART])


@add
def swim_lengths(rng: random.Random):  # pool lengths to metres and miles
    lengths, pool = rng.randint(20, 120), rng.choice([25, 33, 50])
    m = lengths * pool
    mi = F(m, 1000) / MILE
    if not safe(mi):
        return None
    return (f"swam {lengths} lengths of a {pool} m pool. how many metres, and how many miles?",
            [unit(F(m), "m", "metres", "meters"), miles(mi)])


@add
def appointment_gap(rng: random.Random):  # the days between two dates, and weeks
    a = datetime.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    days = rng.randint(15, 120)
    b = a + datetime.timedelta(days=days)
    wk = F(days, 7)
    if not safe(wk):
        return None
    return (f"last check-up was {a:%d %B %Y}, next one is {b:%d %B %Y}. how many days apart is "
            "that, and how many weeks?", [[f"{days} days"], [f"{v} weeks" for v in forms(wk)]])


@add
def pills_supply(rng: random.Random):  # pills in a box: days of supply and the refill date
    n, per = rng.choice([28, 30, 56, 60, 84, 90]), rng.choice([1, 2, 3])
    days = n // per
    if n % per:
        return None
    start = datetime.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    end = start + datetime.timedelta(days=days)
    last = end - datetime.timedelta(days=1)
    return (f"box has {n} tablets, I take {per} a day, starting {start:%d %B}. how many days will "
            "it last and on what date do I run out?",
            [[f"{days} days"], [f"{d:%d %B}" for d in (end, last)] + [
                f"{d.day} {d:%B}" for d in (end, last)] + [f"{d:%B} {d.day}" for d in (end, last)]])


@add
def weigh_in_progress(rng: random.Random):  # start and current weight: lost in lb and percent
    start = rng.randint(180, 300)
    now = start - rng.randint(4, 40)
    lost = start - now
    pc = F(lost * 100, start)
    if not safe(lost * LB, pc):
        return None
    return (f"started at {start} lb, now {now} lb. how much have I lost in kg, and as a percent "
            "of where I started?", [kg(lost * LB), percent(pc)])


@add
def heart_zones_three(rng: random.Random):  # max heart rate and two zone boundaries
    age = rng.randint(20, 70)
    mx = 220 - age
    a, b = F(mx * 60, 100), F(mx * 85, 100)

    def bpm(x: F) -> list[str]:
        return [*forms(x), *(f"{v} bpm" for v in forms(x)), str(round(x)), f"{round(x)} bpm"]
    if not safe(a, b) or a * 2 % 2 == 1 or b * 2 % 2 == 1:
        return None
    return (f"coach told me to stay between 60% and 85% of max HR. I'm {age}; max is 220 minus "
            "age. give me max, the low end and the high end", [bpm(F(mx)), bpm(a), bpm(b)])


# --- shopping --------------------------------------------------------------------------------


@add
def unit_price_compare(rng: random.Random):  # price per 100 g of two packs, and the cheaper one
    g1, g2 = rng.choice([250, 400, 500]), rng.choice([750, 1000, 1200])
    p1, p2 = F(rng.randint(150, 500), 100), F(rng.randint(300, 900), 100)
    u1, u2 = p1 / g1 * 100, p2 / g2 * 100
    if not safe(u1, u2) or r2(u1) == r2(u2):
        return None
    k = rng.randint(2, 5)
    return (f"cereal: small box {g1} g for €{float(p1):.2f}, big box {g2} g for €{float(p2):.2f}."
            f" price per 100 g for each? and what would {k} big boxes cost?",
            [eur(u1), eur(u2), eur(k * p2)])


@add
def black_friday(rng: random.Random):  # a discounted price, then in pounds
    p = rng.randint(50, 1200)
    d = rng.choice([15, 20, 30, 35, 40])
    sale = F(p * (100 - d), 100)
    g = fx(sale, "USD", "GBP")
    if not safe(sale, g):
        return None
    return (f"US site has a ${p} tv at {d}% off. sale price in dollars, and in pounds?",
            [usd(sale), gbp(g)])


@add
def bulk_buy(rng: random.Random):  # cases of drinks: cans, cost per can, cost per litre
    cases, per = rng.randint(2, 10), rng.choice([12, 24])
    price = F(rng.randint(600, 2000), 100)
    cans = cases * per
    each = price / per
    per_l = each / F(33, 100)
    if not safe(each, per_l):
        return None
    return (f"buying {cases} cases of {per} cans (330 ml each) at ${float(price):.2f} a case. "
            "how many cans, price per can, and price per litre?",
            [[f"{cans} cans", str(cans)], usd(each), usd(per_l)])


@add
def clothing_sizes(rng: random.Random):  # waist inches to cm, inseam to cm
    w, i = rng.randint(26, 44), rng.randint(28, 36)
    if w == i:
        return None
    return (f"jeans are {w}W {i}L in inches. what's the waist and leg length in cm?",
            [cm(F(w * 254, 100)), cm(F(i * 254, 100))])


@add
def grocery_weight_price(rng: random.Random):  # a price per pound to per kilo, then a purchase
    p = F(rng.randint(99, 899), 100)
    per_kg = p / LB
    buy = F(rng.randint(5, 40), 10)
    if not safe(per_kg, per_kg * buy):
        return None
    return (f"cherries are ${float(p):.2f} per pound. what's that per kg, and how much for "
            f"{float(buy):g} kg?", [usd(per_kg), usd(per_kg * buy)])


__all__ = ["LIFE_2", "gbp"]
