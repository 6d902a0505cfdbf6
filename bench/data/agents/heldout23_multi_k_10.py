"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 10: rounding for
one part, coin flips, physics, decay and savings charts, inflation, sales files, alcohol."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    clock,
    d,
    fam,
    hhmm,
    nf,
    nu,
    pct,
    span,
)
from bench.data.agents.helpers import Family


@fam
def rounding_rule_for_one_part(rng: random.Random) -> Made:
    a, b = rng.randint(100, 5000), rng.choice([7, 9, 11, 13, 17])
    mph = rng.randint(15, 85)
    text = (f"{a} divided by {b} to 3 decimal places, and {mph} mph in km/h to the nearest whole "
            "number (1 mile = 1.609344 km)")
    return text, [nf(F(a, b), 3), nu(mph * F("1.609344"), 0, "km/h", "kph", "km per hour")]


@fam
def coin_flips_and_chart(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    k = rng.randint(1, n - 1)
    p = F(math.comb(n, k), 2**n)
    text = rng.choice([f"if I flip a fair coin {n} times, what's the probability of exactly {k} "
                       "head(s)? and plot the distribution of the number of heads",
                       f"Chance of exactly {k} heads in {n} coin tosses (as a fraction)? Also a "
                       f"bar "
                       "chart of all the outcomes please"])
    out = [str(p), f"{math.comb(n, k)}/{2**n}", f"{float(p):.12f}".rstrip("0")]
    for scale, places, tail in ((1, 3, ""), (1, 4, ""), (100, 1, "%"), (100, 2, "%")):
        v = p * scale
        if (v * 10**places).denominator == 1:  # exact at this precision
            ways = {v}
        elif (v * 10**places * 2).denominator == 1:  # a tie: either rounding
            ways = {r2(v, places), F(int(v * 10**places), 10**places)}
        else:
            ways = {r2(v, places)}
        for w in sorted(ways):
            full = f"{float(w):.{places}f}"
            out += [full + tail, full.rstrip("0").rstrip(".") + tail]
    return text, [list(dict.fromkeys(out)), PLOT]


@fam
def kinematics_then_kmh(rng: random.Random) -> Made:
    u, a, t = rng.randint(0, 15), F(rng.randint(5, 40), 10), rng.randint(3, 20)
    v = u + a * t
    text = (f"Physics: a car starts at {u} m/s and accelerates at {d(a)} m/s² for {t} s. Final "
            "speed in m/s? and convert that to km/h (× 3.6)")
    return text, [nu(v, 2, "m/s"), nu(v * F("3.6"), 2, "km/h", "kph")]


@fam
def ohms_law_milliamps(rng: random.Random) -> Made:
    v, r = rng.randint(2, 24), rng.choice([100, 150, 220, 330, 470, 560, 680, 820, 1000, 1500])
    i = F(v, r)
    text = (f"circuit: {v} V across a {r} Ω resistor. current in mA (2 dp)? and power in watts "
            "(P = V²/R, 4 dp)")
    return text, [nu(i * 1000, 2, "mA"), nu(F(v * v, r), 4, "W", "watts")]


@fam
def half_life_and_plot(rng: random.Random) -> Made:
    m0, hl, n = rng.choice([80, 100, 200, 500, 640]), rng.choice([3, 5, 8, 12]), rng.randint(2, 5)
    t = hl * n
    text = (f"A {m0} g sample has a half-life of {hl} days. How much is left after {t} days? Plot "
            "the decay curve too")
    return text, [nu(F(m0, 2**n), 3, "g", "grams"), PLOT]


@fam
def savings_goal_and_chart(rng: random.Random) -> Made:
    goal, have, per = rng.randint(20, 120) * 100, rng.randint(0, 15) * 100, rng.randint(150, 900)
    if have >= goal:
        raise Redo
    months = -(-(goal - have) // per)
    text = (f"saving for a ${goal:,} trip. I have ${have} and put away ${per} a month. How many "
            "months until I get there (round up)? and chart the balance month by month")
    return text, [[f"{months} months", f"{months} month"], PLOT]


@fam
def inflation_then_convert(rng: random.Random) -> Made:
    price, r, n = rng.randint(50, 2000), rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 10)
    rate = F(rng.randint(140, 160), 100)
    fut = price * F(100 + r, 100) ** n
    text = (f"Something costs ${price} today. With {r}% inflation a year, what will it cost in "
            f"{n} years? and what's that future price in AUD at 1 USD = {d(rate)} AUD?")
    return text, [nf(fut), list(dict.fromkeys(nf(fut * rate) + nf(r2(fut) * rate)))]


@fam
def pass_rate_and_mean(rng: random.Random) -> Made:
    scores = [rng.randint(25, 100) for _ in range(rng.randint(8, 14))]
    cut = rng.choice([40, 50, 60])
    passed = sum(s >= cut for s in scores)
    text = (f"Class scores: {', '.join(map(str, scores))}. The pass mark is {cut} (a score of "
            f"{cut} passes). What % passed (1 dp), and what's the mean (2 dp)?")
    return text, [pct(F(passed * 100, len(scores))), nf(F(sum(scores), len(scores)))]


@fam
def csv_product_revenue(rng: random.Random) -> Made:
    prods = rng.sample(["Mug", "Tote", "Poster", "Sticker", "Candle", "Card", "Notebook"], 4)
    units = [rng.randint(5, 120) for _ in prods]
    price = [F(rng.randint(150, 2500), 100) for _ in prods]
    rev = [u * p for u, p in zip(units, price, strict=True)]
    if len(set(rev)) < 4:
        raise Redo
    csv = "product,units,price\n" + "\n".join(
        f"{a},{u},{float(p):.2f}" for a, u, p in zip(prods, units, price, strict=True)) + "\n"
    top = prods[rev.index(max(rev))]
    text = ("Shop sales file attached. Total revenue (units × price)? Which product brought in "
            "the most?")
    return text, [nf(sum(rev)), [top, top.lower()]], {"csv": csv}


@fam
def alcohol_units_week(rng: random.Random) -> Made:
    pints, wine = rng.randint(1, 8), rng.randint(0, 6)
    abv_b = F(rng.choice([38, 40, 45, 50, 52]), 10)
    abv_w = F(rng.choice([115, 12 * 10, 125, 13 * 10,
                                                                          135]), 10)
    units = pints * 568 * abv_b / 1000 + wine * 175 * abv_w / 1000
    text = (f"This week I had {pints} pints (568 ml) of {d(abv_b)}% beer and {wine} glasses "
            f"(175 ml) "
            f"of {d(abv_w)}% wine. Units = ml × ABV% / 1000. How many units (1 dp), and what "
            "percent of the 14-unit guideline is that (1 dp)?")
    share = list(dict.fromkeys(pct(units * 100 / 14) + pct(r2(units, 1) * 100 / 14)))
    return text, [nu(units, 1, "units") + nf(units, 1), share]


@fam
def caffeine_total_and_time(rng: random.Random) -> Made:
    cups, mg = rng.randint(1, 5), rng.choice([63, 80, 95, 120])
    last = rng.randint(7 * 60, 16 * 60)
    hl = rng.choice([5, 6])
    text = (f"had {cups} coffees at {mg} mg caffeine each. total mg? if the last was at "
            f"{hhmm(last)} and caffeine's half-life is {hl} h, at what time is that last cup "
            "down to half?")
    if cups * mg < 100:
        raise Redo
    return text, [nu(cups * mg, 0, "mg"), clock(last + hl * 60)]


@fam
def protein_need_from_lb(rng: random.Random) -> Made:
    lb, g = rng.randint(110, 260), F(rng.choice([8, 10, 12, 14, 16, 18, 20]), 10)
    kg = lb * F("0.4536")
    text = (f"I weigh {lb} lbs (1 lb = 0.4536 kg). what's that in kg (1 dp), and how many grams of "
            f"protein a day at {d(g)} g per kg (nearest gram)?")
    return text, [nu(kg, 1, "kg"), list(dict.fromkeys(nu(kg * g, 0, "g", "grams")
                                                      + nu(r2(kg, 1) * g, 0, "g", "grams")))]


@fam
def sleep_debt_story(rng: random.Random) -> Made:
    need = rng.choice([7, 8, 9])
    nights = [rng.randint(240, 540) for _ in range(5)]
    short = sum(max(0, need * 60 - n) for n in nights)
    if short == 0:
        raise Redo
    fmt = ", ".join(f"{n // 60}h{n % 60:02d}" for n in nights)
    text = (f"My sleep Mon–Fri: {fmt}. I'm supposed to get {need} hours a night. Total sleep "
            "this week, and how much sleep debt (time short of the target, nights over don't "
            "count)?")
    return text, [span(sum(nights)), span(short)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    rounding_rule_for_one_part, coin_flips_and_chart, kinematics_then_kmh, ohms_law_milliamps,
    half_life_and_plot, savings_goal_and_chart, inflation_then_convert, pass_rate_and_mean,
    csv_product_revenue, alcohol_units_week, caffeine_total_and_time, protein_need_from_lb,
    sleep_debt_story)]
