"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 19: a coupon used before
or after a discount, bike-wheel revolutions, a triangular field by Heron's formula, a city's
population density, a propane grill, a screen's pixel density, a concert's sound delay, net
worth, a savings rate, running calories and a week of screen time."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_multi_common import (
    MEAN,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    stat,
)
from bench.data.agents.helpers import Family


@family
def coupon_order_compare(rng: random.Random) -> Made:
    price, pct = F(rng.randrange(4000, 30000, 100), 100), rng.choice([10, 15, 20, 25, 30])
    coupon = rng.choice([5, 10, 15, 20, 25])
    after_first = price * (100 - pct) / 100 - coupon
    coupon_first = (price - coupon) * (100 - pct) / 100
    text = (f"Checkout question: ${float(price):.2f} basket, a {pct}% off promotion and a "
            f"${coupon} off coupon. What do I pay if the % comes off first and then the coupon, "
            "what if the coupon comes off first, and what's the difference?")
    return text, [cash(after_first), cash(coupon_first), cash(coupon_first - after_first)]


@family
def bike_wheel_revs(rng: random.Random) -> Made:
    inches, km = rng.choice([20, 24, 26, F("27.5"), 28, 29]), rng.randint(3, 60)
    circ = math.pi * float(inches) * 0.0254
    text = pick(rng, f"My bike has {float(inches):g}-inch wheels (use that as the outer diameter). "
                     "What's the circumference in metres (3 dp)? How many wheel turns for a "
                     f"{km} km ride (nearest whole)?",
                f"wheel diameter {float(inches):g} in -> circumference in m to 3 dp, and "
                f"revolutions over {km} km, nearest whole number")
    if num(km * 1000 / circ, 0) != num(km * 1000 / round(circ, 3), 0):
        return None
    return text, [num(circ, 3), num(km * 1000 / circ, 0)]


@family
def heron_field_acres(rng: random.Random) -> Made:
    a, b = rng.randint(60, 400), rng.randint(60, 400)
    c = rng.randint(abs(a - b) + 20, a + b - 20)
    s = (a + b + c) / 2
    area = math.sqrt(s * (s - a) * (s - b) * (s - c))
    text = (f"A triangular field has sides {a} m, {b} m and {c} m. What's its area in m\u00b2 by "
            "Heron's formula (nearest whole), in hectares (2 dp), and in acres (1 acre = "
            "4046.8564224 m\u00b2, 2 dp)?")
    if num(area / 4046.8564224, 2) != num(round(area) / 4046.8564224, 2):
        return None
    return text, [num(area, 0), num(area / 10000, 2), num(area / 4046.8564224, 2)]


@family
def population_density_km2(rng: random.Random) -> Made:
    pop, sqmi = rng.randrange(50000, 9000000, 1000), F(rng.randint(100, 12000), 10)
    km2 = sqmi * MILE ** 2
    text = (f"A city has {pop:,} people in {float(sqmi):g} square miles. What's that area in "
            "km\u00b2 (1 dp), and the population density per km\u00b2 and per square mile "
            "(nearest whole each)?")
    if num(pop / km2, 0) != num(pop / F(num(km2, 1)[0].replace(',', '')), 0):
        return None
    return text, [num(km2, 1), num(pop / km2, 0), num(pop / sqmi, 0)]


@family
def propane_grill_hours(rng: random.Random) -> Made:
    tank, btu = rng.choice([11, 20, 30, 40]), rng.randrange(20000, 60001, 2000)
    setting = rng.choice([50, 75, 100])
    energy = tank * 21548
    hours = F(energy * 100, btu * setting)
    text = (f"My grill's burners are rated {btu:,} BTU/h in total and a full tank holds {tank} lb "
            f"of propane at about 21,548 BTU per lb. Running at {setting}% of full output, how "
            "many hours does a tank last (1 dp)? And how many kg of propane is a full tank "
            "(2 dp)?")
    return text, [num(hours, 1), num(tank * F("0.45359237"), 2)]


@family
def screen_ppi_dot_pitch(rng: random.Random) -> Made:
    w, h = rng.choice([(1920, 1080), (2560, 1440), (3840, 2160), (1366, 768), (2560, 1600),
                       (3440, 1440), (2880, 1800)])
    diag = rng.choice([F("13.3"), F("14"), F("15.6"), F("24"), F("27"), F("32"), F("34")])
    ppi = math.hypot(w, h) / float(diag)
    text = (f"A {float(diag):g}-inch screen at {w}x{h}. What's its pixel density in PPI (1 dp), "
            "and the pixel pitch in mm (25.4 / PPI, 3 dp)?")
    if num(25.4 / ppi, 3) != num(25.4 / round(ppi, 1), 3):
        return None
    return text, [num(ppi, 1), num(25.4 / ppi, 3)]


@family
def concert_sound_delay(rng: random.Random) -> Made:
    metres, fps = rng.randrange(30, 300, 5), rng.choice([24, 25, 30, 50, 60])
    delay = F(metres * 1000, 343)
    text = pick(rng, f"I'm {metres} m from the stage. With sound at 343 m/s, how many "
                     "milliseconds behind the big screen is the sound (1 dp)? At "
                     f"{fps} frames per second, how many whole frames is that?",
                f"sound delay at {metres} metres (343 m/s) in ms to one decimal, and how many "
                f"full video frames at {fps} fps fit in that delay")
    frames = int(delay * fps // 1000)
    if delay * fps / 1000 - frames < F(1, 50):
        return None
    return text, [num(delay, 1), [f"{frames} frames", f"{frames} whole frames",
                                  f"{frames} full frames"]]


@family
def net_worth_ratio(rng: random.Random) -> Made:
    assets = [("house", rng.randrange(150000, 700000, 1000)),
              ("savings", rng.randrange(1000, 90000, 100)),
              ("car", rng.randrange(3000, 40000, 500))]
    debts = [("mortgage", rng.randrange(50000, 500000, 1000)),
             ("car loan", rng.randrange(0, 25000, 100)),
             ("credit card", rng.randrange(0, 12000, 10))]
    a, d = sum(v for _, v in assets), sum(v for _, v in debts)
    text = ("Quick net worth check. Assets: " + ", ".join(f"{n} ${v:,}" for n, v in assets) +
            ". Debts: " + ", ".join(f"{n} ${v:,}" for n, v in debts) + ". What's my net worth, "
            "and my debt-to-asset ratio as a percent (1 dp)?")
    return text, [cash(a - d) + cash(abs(a - d)), num(F(d * 100, a), 1)]


@family
def savings_rate_eur(rng: random.Random) -> Made:
    income = rng.randrange(2500, 9001, 50)
    spend = rng.randrange(int(income * 0.5), int(income * 0.95), 10)
    rate = F((income - spend) * 100, income)
    text = pick(rng, f"Take-home ${income:,} a month, spending about ${spend:,}. What's my savings "
                     f"rate (1 dp %), and how much do I save in a year, in euros ({RATES_TEXT})?",
                f"income {income}/month, expenses {spend}/month (USD). savings rate in % to 1dp? "
                "yearly savings converted to EUR at 1 EUR = 1.17 USD?")
    return text, [num(rate, 1), cash((income - spend) * 12 / RATE["USD"])]


@family
def running_kcal_per_mile(rng: random.Random) -> Made:
    lb, km = rng.randint(110, 260), F(rng.randint(30, 250), 10)
    per_mile = F("0.63") * lb
    text = (f"Rule of thumb for running: calories per mile = 0.63 x body weight in lb. I weigh "
            f"{lb} lb and ran {float(km):g} km. How many miles is that (2 dp), and about how many "
            "calories did I burn (nearest whole, using the exact distance)?")
    return text, [num(km / MILE, 2), num(per_mile * km / MILE, 0)]


@family
def screen_time_week_list(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mins = [rng.randint(45, 420) for _ in days]
    total = sum(mins)
    text = ("My phone screen time this week, in minutes: " + ", ".join(
        f"{d} {m}" for d, m in zip(days, mins, strict=True)) + ". Total in hours and minutes, "
        "daily average in minutes (1 dp), and what percent of a 16-hour waking day is that "
        "average (1 dp)?")
    h, m = divmod(total, 60)
    avg = F(total, 7)
    return text, [[f"{h} h {m} min", f"{h}h {m}m", f"{h} hours {m} min", f"{h} hours and {m} min",
                   f"{h}h {m}min", f"{h}:{m:02d}", f"{h} hr {m} min", f"{h}h {m:02d}m"],
                  stat(MEAN, avg, 1) + num(avg, 1),
                  same(num(avg / 960 * 100, 1), num(r2(avg, 1) / 960 * 100, 1))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    coupon_order_compare, bike_wheel_revs, heron_field_acres, population_density_km2,
    propane_grill_hours, screen_ppi_dot_pitch, concert_sound_delay, net_worth_ratio,
    savings_rate_eur, running_kcal_per_mile, screen_time_week_list)]
