"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 12: typing and
downloads, raises, weekdays, catering, lightning, pesos, depreciation and webinar times."""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics

from bench.data.agents.heldout9_multi_common import PLOT, forms, r2, tie
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    clock,
    d,
    dg,
    fam,
    hhmm,
    nf,
    nu,
    pct,
)
from bench.data.agents.helpers import Family


@fam
def typing_speed_then_essay(rng: random.Random) -> Made:
    words, mins, essay = rng.randint(400, 2000), rng.randint(8, 40), rng.randint(1500, 6000)
    wpm = F(words, mins)
    text = (f"I typed {words} words in {mins} minutes. Words per minute (1 dp)? At that speed how "
            f"many minutes for a {essay:,}-word essay (1 dp)?")
    took = list(dict.fromkeys(nu(essay / wpm, 1, "minutes", "min")
                              + nu(essay / r2(wpm, 1), 1, "minutes", "min")))
    return text, [nu(wpm, 1, "wpm", "words per minute"), took]


@fam
def download_time(rng: random.Random) -> Made:
    gb = rng.choice([2, 3, 4, 6, 8, 12, 15, 20, 25, 40, 50, 80, 100])
    mbps = rng.choice([20, 30, 50, 75, 100, 150, 200, 300, 500])
    mbit = gb * 8000
    secs = F(mbit, mbps)
    text = (f"A {gb} GB game on a {mbps} Mbps connection: how many megabits is that (1 GB = 8000 "
            "megabits), and how many minutes to download (1 dp)?")
    return text, [nu(mbit, 0, "megabits", "Mb", "Mbit"), nu(secs / 60, 1, "minutes", "min")]


@fam
def raise_then_hourly(rng: random.Random) -> Made:
    sal, pc, hrs = rng.randint(30, 95) * 1000, rng.choice([2, 3, 4, 5, 6, 8]), rng.choice(
        [35, 37.5, 40])
    new = F(sal * (100 + pc), 100)
    text = (f"Got a {pc}% raise on my {sal:,} salary! What's the new salary, and what's that per "
            f"hour if I work {hrs} hours a week, 52 weeks a year (2 dp)?")
    return text, [nf(new), nf(new / (F(str(hrs)) * 52))]


@fam
def median_and_km_to_miles(rng: random.Random) -> Made:
    v = [rng.randint(1, 99) for _ in range(rng.randint(5, 9))]
    km = rng.randint(2, 50)
    text = rng.choice([f"median of {', '.join(map(str, v))}? and {km} km in miles (÷ 1.609, 2 dp)",
                       f"{km} kilometres to miles using 1.609 (2dp). also the median of "
                       f"{' '.join(map(str, v))}"])
    return text, [nf(F(statistics.median(v)), 1), nu(km / F("1.609"), 2, "miles", "mi")]


@fam
def weekday_and_percent(rng: random.Random) -> Made:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    pc, n = rng.choice([12, 35, 45, 65, 85]), rng.randint(60, 900)
    text = (f"What day of the week is {day.strftime('%B %-d, %Y')}? And what's {pc}% of {n}?")
    return text, [[day.strftime("%A"), day.strftime("%A").lower()], nf(F(pc * n, 100))]


@fam
def numbered_mean_unit_percent(rng: random.Random) -> Made:
    v = [rng.randint(10, 99) for _ in range(5)]
    yd, a, b = rng.randint(10, 400), rng.randint(20, 200), rng.randint(300, 900)
    text = (f"1. mean of {', '.join(map(str, v))}\n2. {yd} yards in metres (1 yd = 0.9144 m)\n"
            f"3. {a} as a percentage of {b} (1 dp)")
    metres = yd * F("0.9144")
    short = [] if tie(metres) else [f"{x} {u}" for x in forms(metres)
                                    for u in ("m", "metres", "meters")]
    return text, [nf(F(sum(v), 5), 1),
                  list(dict.fromkeys(nu(metres, 4, "m", "metres", "meters") + short)),
                  pct(F(a * 100, b))]


@fam
def wedding_catering_story(rng: random.Random) -> Made:
    guests, head, svc = rng.randint(40, 180), rng.randint(35, 110), rng.choice([10, 12, 15, 18])
    per_table = rng.choice([8, 10])
    total = F(guests * head * (100 + svc), 100)
    tables = math.ceil(guests / per_table)
    text = (f"My sister's wedding: {guests} guests, catering is ${head} a head plus a {svc}% "
            f"service charge. What's the catering total, and how many tables of {per_table} do we "
            "need?")
    return text, [nf(total), [f"{tables} tables"]]


@fam
def coffee_savings_story(rng: random.Random) -> Made:
    cups, price, days = rng.randint(1, 3), F(rng.randint(280, 575), 100), rng.choice([5, 6, 7])
    yearly = cups * price * days * 52
    yrs = rng.randint(2, 10)
    text = (f"Honestly I buy {cups} coffee{'s' if cups > 1 else ''} a day at ${float(price):.2f}, "
            f"{days} days a week. How much is that a year (52 weeks), and over {yrs} years?")
    return text, [nf(yearly), nf(yearly * yrs)]


@fam
def lightning_distance(rng: random.Random) -> Made:
    s = F(rng.randint(15, 200), 10)
    m = s * 343
    text = (f"I counted {d(s)} seconds between the lightning and the thunder. With sound at 343 "
            f"m/s, "
            "how far away was it in km (2 dp), and in miles (1 mile = 1.609 km, 2 dp)?")
    return text, [nu(m / 1000, 2, "km"), list(dict.fromkeys(nu(m / 1000 / F("1.609"), 2, "miles",
                                                               "mi")
                                                            + nu(r2(m / 1000) / F("1.609"), 2,
                                                                 "miles", "mi")))]


@fam
def pesos_and_minutes(rng: random.Random) -> Made:
    mxn, rate = rng.randint(100, 5000), F(rng.randint(50, 62), 1000)
    h = F(rng.randint(5, 39), 4)
    text = rng.choice([f"convert {mxn} MXN to USD at 1 MXN = {d(rate)} USD, and how many minutes "
                       f"is {d(h)} hours?",
                       f"how many minutes in {d(h)} h? plus {mxn} pesos in dollars, rate "
                       f"{d(rate)}"])
    return text, [nf(mxn * rate), nu(h * 60, 0, "minutes", "min")]


@fam
def pi_approx_and_gallons(rng: random.Random) -> Made:
    num, den = rng.choice([(22, 7), (355, 113), (333, 106), (311, 99)])
    gal = F(rng.randint(10, 300), 10)
    text = (f"{num}/{den} to 4 decimal places? and {d(gal)} US gallons in litres, to the nearest "
            "whole litre (1 gal = 3.785 L)")
    return text, [nf(F(num, den), 4), nu(gal * F("3.785"), 0, "L", "litres", "liters")]


@fam
def depreciation_and_plot(rng: random.Random) -> Made:
    price, r, n = rng.randint(8, 60) * 1000, rng.choice([10, 12, 15, 18, 20, 25]), rng.randint(2, 8)
    val = price * F(100 - r, 100) ** n
    text = (f"My car cost ${price:,} and loses {r}% of its value each year. What's it worth after "
            f"{n} years? Plot the value year by year too.")
    return text, [nf(val), PLOT]


@fam
def weekly_weights_change_lb(rng: random.Random) -> Made:
    w = [F(rng.randint(600, 1100), 10)]
    for _ in range(rng.randint(4, 7)):
        w.append(w[-1] + F(rng.randint(-15, 10), 10))
    ch = w[-1] - w[0]
    if ch == 0:
        raise Redo
    text = (f"weekly weigh-ins (kg): {', '.join(d(x) for x in w)}. plot them, and what's my total "
            f"change from first to last in pounds (1 kg = 2.2046 lb, 2 dp)?")
    return text, [PLOT, nu(abs(ch) * F("2.2046"), 2, "lb", "lbs", "pounds")]


@fam
def average_value_and_plot(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(2, 9)
    val = F(a * b * b, 3)
    text = (f"average value of f(x) = {a if a > 1 else ''}x^2 on [0, {b}]? and plot f on that "
            "interval")
    out = [str(val), *forms(val, 3), *forms(val, 4)] if val.denominator > 1 else []
    return text, [list(dict.fromkeys(out + nf(val, 2))), PLOT]


@fam
def webinar_screenshot_tokyo(rng: random.Random) -> Made:
    t = rng.randint(6, 20) * 60 + rng.choice([0, 30])
    mins = rng.choice([45, 60, 75, 90, 120])
    off = rng.choice([(9, "Tokyo"), (8, "Singapore"), (1, "Paris"), (-5, "New York"),
                      (-8, "Los Angeles")])
    recipe = {"kind": "screenshot", "title": "Webinar", "rows": [
        "Cloud Basics 101", f"Starts {hhmm(t)} UTC", f"Length {mins} min"],
        "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"What time does this webinar start in {off[1]} (UTC{off[0]:+d}), and what time does "
            f"it end there?")
    return text, [clock(t + off[0] * 60), clock(t + off[0] * 60 + mins)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    typing_speed_then_essay, download_time, raise_then_hourly, median_and_km_to_miles,
    weekday_and_percent, numbered_mean_unit_percent, wedding_catering_story, coffee_savings_story,
    lightning_distance, pesos_and_minutes, pi_approx_and_gallons, depreciation_and_plot,
    weekly_weights_change_lb, average_value_and_plot, webinar_screenshot_tokyo)]
