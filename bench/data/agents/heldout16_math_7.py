"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part ten: clinic, shop,
home-improvement, calendar and household sums."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, family, money, num, pct, tie, unit, whole
from bench.data.agents.heldout16_math_2 import cents, hm
from bench.data.agents.helpers import Family


def clinic_dose_interval(rng: random.Random) -> Made:  # doses in a day
    every, first = rng.choice([4, 6, 8]), rng.randint(6, 9)
    count = (22 - first) // every + 1
    return (f"first dose at {first}am, then every {every} hours, last one no later than 10pm. "
            "how many doses in the day?", [unit(whole(count), "doses")])


def clinic_queue(rng: random.Random) -> Made:  # waiting time in a queue
    ahead, mins = rng.randint(3, 25), rng.randint(6, 20)
    return (f"{ahead} patients ahead of me, about {mins} minutes each. how long will I wait?",
            [hm(ahead * mins) if ahead * mins >= 60 else unit(whole(ahead * mins), "minutes")])


def drip_rate(rng: random.Random) -> Made:  # infusion rate in ml per hour
    ml, hours = rng.choice([250, 500, 750, 1000]), rng.choice([2, 3, 4, 6, 8, 12])
    v = F(ml, hours)
    if tie(v):
        return None
    return (f"{ml} ml infused over {hours} hours — rate in ml per hour?",
            [unit(num(v), "ml/h", "mL/h", "ml per hour", "mL/hr", "ml/hr")])


def shop_profit(rng: random.Random) -> Made:  # a day's profit at a stall
    sold, price, cost, fee = rng.randint(20, 200), cents(rng, 2, 12), cents(rng, 0, 2), \
        rng.randint(20, 80)
    v = sold * (price - cost) - fee
    return (f"market stall: sold {sold} jars at {float(price):.2f}, each costs me "
            f"{float(cost):.2f}, pitch fee {fee}. profit for the day?", [money(v)])


def inventory_reorder(rng: random.Random) -> Made:  # days of stock left
    stock, per_day = rng.randint(100, 2000), rng.randint(7, 60)
    return (f"{stock} units in stock, we sell about {per_day} a day. how many full days until "
            "we run out?", [unit(whole(stock // per_day), "days")])


def staff_cost(rng: random.Random) -> Made:  # wage bill for a week
    n, hrs, rate = rng.randint(2, 12), rng.randint(15, 40), cents(rng, 11, 25)
    return (f"{n} staff each doing {hrs} hours at {float(rate):.2f} an hour. weekly wage bill?",
            [money(n * hrs * rate)])


def price_increase_customers(rng: random.Random) -> Made:  # revenue after a price rise
    cust, price, up, lost = rng.randint(100, 2000), rng.randint(5, 60), rng.choice([5, 10, 15]), \
        rng.choice([2, 5, 8])
    v = F(cust * (100 - lost), 100) * F(price * (100 + up), 100)
    old = cust * price
    if tie(v):
        return None
    return (f"{cust} customers pay {price} a month. if I raise the price {up}% and lose {lost}% "
            "of customers, what's the new monthly revenue?", [money(v)]) if v != old else None


def square_footage(rng: random.Random) -> Made:  # an L-shaped room's area
    a, b, c, d = rng.randint(10, 30), rng.randint(10, 25), rng.randint(4, 9), rng.randint(4, 9)
    if c >= a or d >= b:
        return None
    return (f"L-shaped room: a {a} ft by {b} ft rectangle with a {c} by {d} ft corner cut out. "
            "square footage?", [unit(whole(a * b - c * d), "sq ft", "square feet", "ft²")])


def fabric(rng: random.Random) -> Made:  # widths of fabric for curtains, window by window
    w, n, drop = F(rng.randint(80, 250), 100), rng.choice([2, 3, 4]), F(rng.randint(150, 260), 100)
    per = math.ceil(w * 2 / F(14, 10))
    return (f"fabric is 1.4 m wide. {n} windows each {float(w):g} m wide, double fullness, drop "
            f"{float(drop):g} m. each window's curtains are cut from whole widths — how many "
            "fabric widths in total?", [whole(per * n)])


def garden_soil(rng: random.Random) -> Made:  # bags of soil for a raised bed
    length, width, depth = F(rng.randint(10, 40), 10), F(rng.randint(5, 15), 10), F(
        rng.choice([2, 3, 4]), 10)
    bag = rng.choice([40, 50, 60, 70])
    vol_l = length * width * depth * 1000
    bags = math.ceil(vol_l / bag)
    if (vol_l / bag).denominator == 1:
        return None
    return (f"raised bed {float(length):g} m x {float(width):g} m, {float(depth):g} m deep. soil "
            f"comes in {bag} L bags. how many bags?", [unit(whole(bags), "bags")])


def tile_count(rng: random.Random) -> Made:  # tiles for a wall
    w, h, t = rng.randint(100, 400), rng.randint(50, 250), rng.choice([10, 15, 20, 30])
    n = math.ceil(w / t) * math.ceil(h / t)
    return (f"how many {t}x{t} cm tiles to cover a {w} cm by {h} cm splashback (whole tiles, "
            "cut ones count)?", [unit(whole(n), "tiles")])


def age_next(rng: random.Random) -> Made:  # age in a future year
    born, year = rng.randint(1940, 2020), rng.randint(2030, 2080)
    return (f"born in {born}, how old will I turn in {year}?", [whole(year - born)])


def years_between(rng: random.Random) -> Made:  # whole years between dates
    y1, y2 = rng.randint(1900, 2000), rng.randint(2001, 2040)
    return f"how many years from {y1} to {y2}?", [unit(whole(y2 - y1), "years")]


def countdown_days(rng: random.Random) -> Made:  # days between two dates in the same year
    import datetime
    d1 = datetime.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    d2 = datetime.date(2026, rng.randint(7, 12), rng.randint(1, 28))
    return (f"how many days from {d1:%B} {d1.day} to {d2:%B} {d2.day} 2026?",
            [unit(whole((d2 - d1).days), "days")])


def percent_battery(rng: random.Random) -> Made:  # time left on a battery
    left, per_hour = rng.randint(15, 95), rng.choice([4, 5, 6, 8, 10, 12, 15])
    mins = F(left * 60, per_hour)
    if mins.denominator != 1:
        return None
    return (f"phone's at {left}% and drains about {per_hour}% an hour. how long until it dies?",
            [hm(int(mins)) if mins >= 60 else unit(whole(int(mins)), "minutes")])


def download_time(rng: random.Random) -> Made:  # download time from size and speed
    gb, mbps = rng.randint(1, 120), rng.choice([25, 50, 80, 100, 200, 500])
    secs = F(gb * 8000, mbps)
    mins = secs / 60
    if tie(mins):
        return None
    return (f"{gb} GB download on a {mbps} Mbps line, how many minutes? (1 GB = 8000 megabits)",
            [unit(num(mins), "minutes", "min")])


def pct_of_budget(rng: random.Random) -> Made:  # share of spending
    rent, income = rng.randint(500, 2500), rng.randint(2000, 8000)
    v = F(rent * 100, income)
    if tie(v) or rent > income:
        return None
    return f"rent {rent}, income {income}. what % of my income goes on rent?", [pct(v)]


def tax_bracket(rng: random.Random) -> Made:  # tax with two bands
    income = rng.randint(15, 120) * 1000
    allowance, band = 12000, 50000
    taxable = max(0, income - allowance)
    low = min(taxable, band - allowance)
    high = max(0, taxable - low)
    v = F(low * 20 + high * 40, 100)
    return (f"simplified tax: first 12,000 tax-free, 20% up to 50,000, 40% above that. tax on "
            f"{income}?", [money(v)])


def mileage_claim(rng: random.Random) -> Made:  # expenses by the mile
    miles, rate = rng.randint(20, 900), rng.choice([F("0.45"), F("0.67"), F("0.25"), F("0.55")])
    return (f"work mileage: {miles} miles at {float(rate):.2f} per mile. how much can I claim?",
            [money(miles * rate)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    clinic_dose_interval, clinic_queue, drip_rate, shop_profit, inventory_reorder, staff_cost,
    price_increase_customers, square_footage, fabric, garden_soil, tile_count, age_next,
    years_between, countdown_days, percent_battery, download_time, pct_of_budget, tax_bracket,
    mileage_claim)]
