"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 15: holiday-let bills,
the 4% retirement rule, pendulums, a gold ring's worth, round-trip speeds, normal scores, fence
posts, bike commutes, tennis serves, bowling handicaps, eye drops and weights in stones, each
needing two kinds of work."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout18_multi_common import (
    LB,
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
)
from bench.data.agents.helpers import Family


@family
def holiday_let_total_gbp(rng: random.Random) -> Made:
    nightly, nights = rng.randrange(80, 450, 5), rng.randint(2, 10)
    clean, people = rng.randrange(40, 151, 5), rng.randint(2, 8)
    base = nightly * nights + clean
    total = base * F(112, 100) + base * F(6, 100)
    text = (f"Holiday let in Florida: ${nightly} a night for {nights} nights plus a ${clean} "
            "cleaning fee. On top of that, a 12% service fee and 6% occupancy tax, both charged on "
            f"nightly total + cleaning. Grand total? And per person per night in pounds for the "
            f"{people} of us ({RATES_TEXT})?")
    per = total / (people * nights) / RATE["USD"] * RATE["GBP"]
    return text, [cash(total), same(cash(per), cash(r2(total) / (people * nights) /
                                                   RATE["USD"] * RATE["GBP"]))]


@family
def four_percent_rule(rng: random.Random) -> Made:
    pot, want = rng.randrange(200000, 2500001, 5000), rng.randrange(20000, 90001, 1000)
    rate = rng.choice([F(3), F("3.5"), F(4), F("4.5")])
    yearly = pot * rate / 100
    text = pick(rng, f"Retirement maths: with ${pot:,} saved and a {float(rate):g}% withdrawal "
                     "rule, how much can I take per year and per month? And how big would the pot "
                     f"need to be for ${want:,} a year at the same rate? Also the monthly amount "
                     "in euros, 1 EUR = 1.17 USD.",
                f"{float(rate):g}% rule. pot ${pot:,}.\n- yearly withdrawal?\n- monthly?\n- "
                f"monthly in EUR (1 EUR = 1.17 USD)?\n- pot needed for ${want:,}/yr?")
    return text, [cash(yearly), cash(yearly / 12), cash(want * 100 / rate),
                  same(cash(yearly / 12 / RATE["USD"]), cash(r2(yearly / 12) / RATE["USD"]))]


@family
def pendulum_period(rng: random.Random) -> Made:
    inches = rng.randint(6, 80)
    metres = inches * 0.0254
    period = 2 * math.pi * math.sqrt(metres / 9.81)
    text = (f"Grandfather-clock project: the pendulum is {inches} inches long. What's that in cm "
            "(1 dp), what's the period T = 2\u03c0\u221a(L/g) with g = 9.81 m/s\u00b2 (seconds, "
            "3 dp), and how many full swings (periods) per minute (1 dp)?")
    return text, [num(F(inches) * F("2.54"), 1), num(period, 3),
                  same(num(60 / period, 1), num(60 / round(period, 3), 1))]


@family
def gold_ring_value(rng: random.Random) -> Made:
    grams, karat = F(rng.randint(20, 150), 10), rng.choice([9, 14, 18, 22, 24])
    price = rng.randrange(1800, 3200, 10)
    fine = grams * karat / 24
    text = (f"My {karat}k gold ring weighs {float(grams):g} g. Pure gold fraction is karat/24. How "
            f"many grams of pure gold is that (2 dp), and what is it worth at ${price:,} per troy "
            "ounce (1 troy oz = 31.1034768 g)? Also the ring's volume if it were solid pure gold "
            "at 19.32 g/cm\u00b3 (cm\u00b3, 3 dp).")
    worth = same(cash(fine / F("31.1034768") * price), cash(r2(fine) / F("31.1034768") * price))
    return text, [num(fine, 2), worth,
                  num(grams / F("19.32"), 3)]


@family
def round_trip_avg_speed(rng: random.Random) -> Made:
    v1, v2, dist = rng.randint(30, 75), rng.randint(30, 75), rng.randint(20, 300)
    if v1 == v2:
        return None
    hours = F(dist, v1) + F(dist, v2)
    avg = F(2 * dist) / hours
    text = (f"Drove {dist} miles to my parents' at {v1} mph and came back at {v2} mph. What was "
            "the average speed for the whole round trip (mph, 2 dp), the total driving time in "
            "minutes (nearest minute), and the average speed in km/h (1 dp)?")
    return text, [num(avg, 2), num(hours * 60, 0), num(avg * F("1.609344"), 1)]


@family
def normal_z_percentile(rng: random.Random) -> Made:
    mu, sigma = rng.randint(50, 80), rng.randint(5, 15)
    x = mu + rng.randint(-2 * sigma, 2 * sigma)
    z = F(x - mu, sigma)
    below = statistics.NormalDist().cdf(float(z)) * 100
    text = (f"Test scores are roughly normal with mean {mu} and standard deviation {sigma}. I got "
            f"{x}. What's my z-score (2 dp), and what percentage of students score below me under "
            "the normal model (1 dp)?")
    if x == mu:
        return None
    shown = statistics.NormalDist().cdf(float(r2(z))) * 100
    return text, [num(z, 2), same(num(below, 1), num(shown, 1))]


@family
def fence_posts_rails(rng: random.Random) -> Made:
    w, length = rng.randint(6, 30), rng.randint(8, 45)
    gap = rng.choice([F("1.8"), F("2.4"), F(3)])
    per_post = F(rng.randrange(800, 2500, 50), 100)
    per_rail = F(rng.randrange(600, 1800, 50), 100)
    perim = 2 * (w + length)
    sections = 2 * math.ceil(w / gap) + 2 * math.ceil(length / gap)
    if sections != math.ceil(perim / gap):
        return None
    rails = sections * 3
    text = (f"Fencing a garden of {w} m x {length} m all the way round. Posts at every "
            f"corner and at most {float(gap):g} m apart, 3 rails between each pair of posts. "
            "Perimeter? How many posts and rails (it's a closed loop, so posts = sections)? "
            f"Total cost at \u00a3{float(per_post):.2f} a post and \u00a3{float(per_rail):.2f} "
            "a rail?")
    return text, [[f"{perim} m", f"{perim}m", f"{perim} metres"], [f"{sections} posts"],
                  [f"{rails} rails"], cash(sections * per_post + rails * per_rail)]


@family
def bike_commute_co2_kcal(rng: random.Random) -> Made:
    km, days = F(rng.randint(30, 250), 10), rng.randint(60, 240)
    grams, kcal = rng.choice([120, 150, 170, 190]), rng.choice([25, 30, 35])
    total = km * 2 * days
    text = (f"If I cycle my {float(km):g} km commute (each way) instead of driving, {days} days a "
            f"year: how many km is that a year, how many kg of CO2 do I save if the car emits "
            f"{grams} g/km (1 dp), and roughly how many kcal do I burn at {kcal} kcal per km? Also "
            "the yearly distance in miles (nearest mile).")
    return text, [num(total, 1), num(total * grams / 1000, 1), num(total * kcal, 0),
                  num(total / MILE, 0)]


@family
def tennis_serve_time(rng: random.Random) -> Made:
    kmh = rng.randint(120, 240)
    dist = F("23.77")
    ms = F(kmh * 1000, 3600)
    text = pick(rng, f"A {kmh} km/h serve - what's that in mph (1 dp), and if it kept that speed "
                     "how long would it take to cover the 23.77 m court length, in milliseconds "
                     "(nearest ms)?",
                f"serve clocked at {kmh} km/h. convert to mph (1dp) and time to travel 23.77 m at "
                "that speed in ms, nearest whole")
    return text, [num(kmh / MILE, 1), num(dist / ms * 1000, 0)]


@family
def bowling_handicap(rng: random.Random) -> Made:
    games = [rng.randint(95, 230) for _ in range(rng.randint(3, 9))]
    base, pct = rng.choice([200, 210, 220]), rng.choice([80, 90, 100])
    avg = sum(games) // len(games)
    hcp = max(0, (base - avg) * pct // 100)
    text = ("My league scores: " + ", ".join(map(str, games)) + f". League average is the mean "
            f"with the fraction dropped, and handicap is {pct}% of ({base} - average), also "
            "dropping any fraction (0 if negative). What's my average and my handicap?")
    if avg >= base:
        return None
    return text, [[f"average is {avg}", f"average: {avg}", f"average of {avg}", f"average {avg}",
                   f"average = {avg}", f"{avg} average"],
                  [f"handicap is {hcp}", f"handicap: {hcp}", f"handicap of {hcp}",
                   f"handicap {hcp}", f"handicap = {hcp}", f"{hcp} pins", f"{hcp} handicap"]]


@family
def eye_drop_bottle_days(rng: random.Random) -> Made:
    ml, per_ml = rng.choice([F(5), F("7.5"), F(10), F(15)]), rng.choice([16, 20, 24])
    eyes, times = rng.choice([1, 2]), rng.randint(1, 4)
    drops = ml * per_ml
    per_day = eyes * times
    text = (f"Eye drops: {float(ml):g} mL bottle, about {per_ml} drops per mL. One drop in "
            f"{'each eye' if eyes == 2 else 'one eye'} {times} time{'s' if times > 1 else ''} a "
            "day. How many drops in the bottle, and how many full days will it last?")
    days = int(drops // per_day)
    return text, [[f"{int(drops)} drops"], [f"{days} days", f"{days} full days"]]


@family
def stones_to_kg_bmi(rng: random.Random) -> Made:
    st, lb = rng.randint(7, 20), rng.randint(0, 13)
    height = F(rng.randint(150, 198), 100)
    kg = (st * 14 + lb) * LB
    text = pick(rng, f"My bathroom scale says {st} st {lb} lb (1 stone = 14 lb). What's that in kg "
                     f"(1 dp), and my BMI at {float(height):.2f} m (1 dp)?",
                f"{st} stone {lb} pounds in kilos please (one decimal), then BMI for a height of "
                f"{int(height * 100)} cm to one decimal")
    return text, [num(kg, 1), same(num(kg / height ** 2, 1), num(r2(kg, 1) / height ** 2, 1))]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    holiday_let_total_gbp, four_percent_rule, pendulum_period, gold_ring_value,
    round_trip_avg_speed, normal_z_percentile, fence_posts_rails, bike_commute_co2_kcal,
    tennis_serve_time, bowling_handicap, eye_drop_bottle_days, stones_to_kg_bmi)]
