"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 8: mixed photo questions."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    CODE,
    OTHER,
    PRINTED,
    WORD,
    Made,
    cnt,
    dates,
    family,
    lc,
    money,
    num,
    receipt,
    say,
    shot,
    sign,
    span,
    tot,
    words,
)
from bench.data.agents.heldout23_read_3 import ampm
from bench.data.agents.heldout23_read_4 import MERCHANTS, day, mdy
from bench.data.agents.helpers import Family


@family
def trial_weeks(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng)
    k = rng.randint(2, 26)
    when = PRINTED + dt.timedelta(weeks=k)
    text = rng.choice([f"The free trial I bought here ends {k} weeks after the date on the "
                       "receipt. What date is that?",
                       f"{k} weeks from the purchase date printed here = which date?"])
    return text, [dates(when)], recipe


@family
def shop_and_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["For my expenses sheet: which shop, and how much?",
                       "shop name + total pls"])
    return text, [words(recipe["shop"]), money(tot(lines), True)], recipe


@family
def tip_each_only(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant")
    r, k = rng.choice([10, 15, 18, 20]), rng.randint(2, 6)
    text = (f"We're leaving a {r}% tip and sharing just the tip between {k} of us. How much "
            "tip does each person put in? Round only at the end.")
    return text, [money(F(tot(lines) * r, 100 * k), True)], recipe


@family
def convert_priciest(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    code, r = rng.choice(OTHER[cur])
    c = max(c for _, c in lines)
    text = (f"What's the most expensive item here worth in {code}? (1 {CODE[cur]} = {r} {code}, "
            "2 decimals)")
    return text, [money(c * F(r), True)], recipe


@family
def change_in_notes(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6))
    t = tot(lines)
    note = rng.choice([10, 20, 50])
    k = -(-t // (note * 100))
    if k * note * 100 == t:
        return None
    text = (f"How many {cur}{note} notes do I need to cover this, and how much change would I "
            "get?")
    return text, [cnt(k, "notes"), money(k * note * 100 - t, True)], recipe


@family
def missing_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 5))
    charged = tot(lines) + rng.randint(100, 2500)
    text = (f"My card was charged {cur}{charged / 100:.2f} at this shop. Something's missing "
            "from the receipt - how much was the missing item?")
    return text, [money(charged - tot(lines), True)], recipe


@family
def sign_hours_days(rng: random.Random) -> Made:
    a = rng.randrange(6 * 60, 11 * 60, 30)
    b = rng.randrange(16 * 60, 23 * 60, 30)
    label, n = rng.choice([("MON-FRI", 5), ("MON-SAT", 6), ("TUE-SUN", 6), ("WED-SUN", 5),
                           ("MON-THU", 4)])
    recipe = sign(rng, ["OPEN", label, f"{ampm(a)}-{ampm(b)}"])
    text = "Across the week, how many hours is this place open in total?"
    return text, [span(n * (b - a))], recipe


@family
def sign_price_change(rng: random.Random) -> Made:
    cur = rng.choice(["$", "€", "£"])
    old, new = sorted(rng.sample(range(150, 900, 5), 2))
    recipe = sign(rng, ["PRICE CHANGE", f"WAS {cur}{old / 100:.2f}", f"NOW {cur}{new / 100:.2f}"])
    text = "By what percent did the price go up? One decimal."
    v = F(100 * (new - old), old)
    return text, [[f"{x}%" for x in num(v, 1)] + [f"{x} percent" for x in num(v, 1)]], recipe


@family
def sign_capacity_tables(rng: random.Random) -> Made:
    t, per = rng.randint(6, 30), rng.choice([2, 4, 6, 8])
    recipe = sign(rng, ["TERRACE", f"{t} TABLES", f"{per} SEATS EACH"])
    guests = rng.randint(5, t * per - 1)
    text = f"We're a party of {guests} - how many seats would be left for others?"
    return text, [cnt(t * per - guests, "seats")], recipe


@family
def screen_avg_spend(rng: random.Random) -> Made:
    k = rng.randint(3, 7)
    vals = rng.sample(range(300, 9000), k)
    recipe = shot(rng, "Coffee spending", [f"{mdy(day(rng))}  ${v / 100:.2f}" for v in vals])
    text = "What's the average of these payments? To the cent."
    return text, [money(F(sum(vals), 100 * k))], recipe


@family
def screen_count_over(rng: random.Random) -> Made:
    k = rng.randint(5, 9)
    names, vals = [rng.choice(MERCHANTS) for _ in range(k)], rng.sample(range(200, 15000), k)
    cut = rng.choice([20, 25, 40, 50, 75])
    over = [v for v in vals if v > cut * 100]
    if not over:
        return None
    recipe = shot(rng, "Spending", [f"{n}  ${v / 100:.2f}" for n, v in zip(names, vals,
                                                                          strict=True)])
    text = f"How many of these are over ${cut}, and what do those add up to?"
    return text, [cnt(len(over)), money(sum(over), True)], recipe


@family
def screen_merchant_total(rng: random.Random) -> Made:
    shops = rng.sample(MERCHANTS, 3)
    rows, want = [], shops[0]
    total = 0
    for _ in range(rng.randint(5, 8)):
        s, v = rng.choice(shops), rng.randint(200, 6000)
        rows.append(f"{s}  £{v / 100:.2f}")
        total += v if s == want else 0
    if not total:
        return None
    recipe = shot(rng, "Statement", rows)
    text = f"How much did I spend at {want} in total on this statement?"
    return text, [money(total, True)], recipe


@family
def screen_last_payment(rng: random.Random) -> Made:
    k = rng.randint(3, 6)
    ds = sorted(rng.sample(range(0, 300), k))
    vals = [rng.randint(1000, 90000) for _ in ds]
    rows = [f"{mdy(dt.date(2026, 1, 1) + dt.timedelta(days=d))}  ${v / 100:.2f}"
            for d, v in zip(ds, vals, strict=True)]
    recipe = shot(rng, "Rent payments", rows)
    when = dt.date(2026, 1, 1) + dt.timedelta(days=ds[-1])
    text = "When was my most recent payment and how much was it?"
    return text, [dates(when), money(vals[-1], True)], recipe


@family
def screen_gap_dates(rng: random.Random) -> Made:
    a = day(rng, 0, 200)
    b = a + dt.timedelta(days=rng.randint(20, 160))
    recipe = shot(rng, "Subscription", [f"Started {mdy(a)}", f"Cancelled {mdy(b)}"])
    text = rng.choice(["How many days was I subscribed (start date to cancel date)?",
                       "days between the two dates shown?"])
    return text, [cnt((b - a).days, "days")], recipe


@family
def screen_until_renewal(rng: random.Random) -> Made:
    ren = day(rng, 30, 360)
    k = rng.randint(2, 90)
    today = ren - dt.timedelta(days=k)
    price = rng.randint(5, 150)
    recipe = shot(rng, "Membership", [f"Renews {mdy(ren)}", f"Price ${price}.99/yr"])
    text = f"Today's {say(today)}. How many days until it renews?"
    return text, [cnt(k, "days")], recipe


@family
def receipt_per_item_tax(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    name, c = rng.choice(lines)
    r = rng.choice([5, 8, 10, 12, 15, 20])
    text = (f"How much is the {lc(name)} with {r}% tax on it? Round to the cent, in "
            f"{WORD[cur]}.")
    return text, [money(F(c * (100 + r), 10000))], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    trial_weeks, shop_and_total, tip_each_only, convert_priciest, change_in_notes,
    missing_price, sign_hours_days, sign_price_change, sign_capacity_tables, screen_avg_spend,
    screen_count_over, screen_merchant_total, screen_last_payment, screen_gap_dates,
    screen_until_renewal, receipt_per_item_tax)]
