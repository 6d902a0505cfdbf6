"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 8: more photos of
receipts, signs and app screenshots (savings, workouts, meter readings, recipe cards, price
tags, whiteboards) read and then worked on."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout18_multi_3 import say_day
from bench.data.agents.heldout18_multi_common import (
    CHART,
    LB,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    mmss,
    num,
    pick,
    r2,
    same,
    screen,
    sign,
    till,
)
from bench.data.agents.helpers import Family


@family
def screen_savings_aer_usd(rng: random.Random) -> Made:
    bal = F(rng.randrange(50000, 2500000, 25), 100)
    rate, years = F(rng.choice([15, 20, 25, 30, 35, 40, 45, 50]), 10), rng.randint(2, 8)
    end = bal * (1 + rate / 100) ** years
    usd = same(cash(end / RATE["GBP"] * RATE["USD"]),
               cash(r2(end) / RATE["GBP"] * RATE["USD"]))
    recipe = screen(rng, "Easy Saver", [f"Balance: \u00a3{float(bal):,.2f}",
                                        f"Interest: {float(rate):g}% AER"])
    text = (f"If I leave this account alone for {years} years with interest added once a year, "
            f"what will the balance be? And what's that in US dollars, {RATES_TEXT}?")
    return text, [cash(end), usd], {"image": recipe}


@family
def screen_epley_max(rng: random.Random) -> Made:
    w, reps = F(rng.randrange(40, 181, 5)), rng.randint(2, 12)
    one = w * (1 + F(reps, 30))
    recipe = screen(rng, "Workout log", [f"Bench {rng.randrange(30, 120, 5)} kg x "
                                         f"{rng.randint(3, 10)}", f"Squat {w} kg x {reps}"])
    pct = rng.choice([70, 75, 80, 85])
    working = same(num(one * pct / 100 / LB, 0), num(r2(one, 1) * pct / 100 / LB, 0))
    text = (f"Going by my squat set in this screenshot and Epley (1RM = w x (1 + reps/30)), "
            f"what's my estimated one-rep max in kg (1 dp)? My gym only has pound plates so "
            f"what's {pct}% of it in lb, nearest pound?")
    return text, [num(one, 1), working], {"image": recipe}


@family
def screen_glucose_mmol(rng: random.Random) -> Made:
    times = ["07:00", "10:00", "13:00", "16:00", "19:00", "22:00"][: rng.randint(4, 6)]
    vals = [rng.randint(72, 190) for _ in times]
    mean = F(sum(vals), len(vals))
    mmol = same(num(mean / 18, 1), num(r2(mean, 1) / 18, 1))
    recipe = screen(rng, "Glucose mg/dL", [f"{t}   {v}" for t, v in zip(times, vals, strict=True)])
    text = ("Here's today's readings from my meter. What's the average in mg/dL (1 dp), and "
            "that average in mmol/L using mg/dL \u00f7 18 (1 dp)? Also the highest reading in "
            "mmol/L, 1 dp")
    return text, [num(mean, 1), mmol, num(F(max(vals), 18), 1)], {"image": recipe}


@family
def receipt_my_item_rest_split(rng: random.Random) -> Made:
    recipe, prices, total = till(rng, count=(3, 4), low=3, high=30)
    mine = rng.randrange(len(prices))
    name = recipe["items"][mine][0]
    friends = rng.choice([2, 3])
    rest = (total - prices[mine]) / friends
    text = pick(rng, f"Group shop, receipt attached. I only had the {name.lower()}; my {friends} "
                     "friends are splitting everything else evenly. What do I owe, and what does "
                     "each friend owe?",
                f"from this receipt: the {name} was mine, the rest gets split equally between "
                f"{friends} other people. my part? and each of theirs (to the cent)?")
    return text, [cash(prices[mine]), cash(rest)], {"image": recipe}


@family
def receipt_sales_tax_gbp(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(2, 4), low=2, high=45)
    rate = rng.choice([F("6.25"), F("7"), F("8.25"), F("8.875"), F("9.5"), F("4.5")])
    tax = total * rate / 100
    paid = same(cash(total + tax), cash(total + r2(tax)))
    text = (f"The receipt in the photo is before sales tax. Tax here is {float(rate):g}%. How much "
            f"tax is that, what's the total with tax, and what is that total in pounds using "
            f"{RATES_TEXT}?")
    gbp = same(cash((total + tax) / RATE["USD"] * RATE["GBP"]),
               cash((total + r2(tax)) / RATE["USD"] * RATE["GBP"]))
    return text, [cash(tax), paid, gbp], {"image": recipe}


@family
def receipt_last_year_price(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(3, 4), low=1, high=20)
    pct = rng.choice([3, 4, 5, 6, 8, 10, 12, 15])
    before = total / (1 + F(pct, 100))
    text = (f"Everything on this receipt has gone up {pct}% since last year. What would the same "
            "shop have cost a year ago, and how much more am I paying now?")
    return text, [cash(before), same(cash(total - before), cash(total - r2(before)))], \
        {"image": recipe}


@family
def sign_marathon_marker(rng: random.Random) -> Made:
    km = rng.randint(15, 40)
    pace = rng.randint(270, 420)
    left = F("42.195") - km
    recipe = sign(rng, [f"KM {km}"])
    text = (f"Running a marathon (42.195 km), I just passed this marker. How far to go in km, "
            f"and in miles (2 dp)? At {pace // 60}:{pace % 60:02d} per km, how long until I "
            "finish (m:ss, nearest second)?")
    secs = int(num(left * pace, 0)[0])
    h, rest = divmod(secs, 3600)
    long = [f"{h}:{rest // 60:02d}:{rest % 60:02d}", f"{h}h {rest // 60:02d}m {rest % 60:02d}s",
            f"{h} h {rest // 60} min {rest % 60} s"] if h else []
    return text, [num(left, 3), num(left / MILE, 2), mmss(secs) + long], {"image": recipe}


@family
def sign_whiteboard_quadratic(rng: random.Random) -> Made:
    r1, r2_ = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 7], 2))
    b, c = -(r1 + r2_), r1 * r2_
    mid = f" {'+' if b > 0 else '-'} {abs(b) if abs(b) != 1 else ''}X" if b else ""
    recipe = sign(rng, [f"X^2{mid} {'+' if c > 0 else '-'} {abs(c)} = 0"])
    text = pick(rng, "Teacher left this on the board. Solve it and plot the parabola for me",
                "can you solve the equation in this photo and draw the graph of the left side")
    return text, [[f"x = {r1}", f"x={r1}"], [f"x = {r2_}", f"x={r2_}"], CHART], {"image": recipe}


@family
def sign_price_per_kg(rng: random.Random) -> Made:
    fruit = rng.choice(["CHERRIES", "GRAPES", "PLUMS", "TOMATOES", "PEACHES", "MUSHROOMS"])
    price = F(rng.randrange(199, 1499, 10), 100)
    lb = F(rng.randint(2, 12), 2)
    recipe = sign(rng, [fruit, f"${float(price):.2f} / KG"])
    text = (f"Farmers market sign in the photo. What would {float(lb):g} lb cost? And what's the "
            "price per 100 g?")
    return text, [cash(price * lb * LB), cash(price / 10)], {"image": recipe}


@family
def sign_recipe_card_scale(rng: random.Random) -> Made:
    serves, want = rng.choice([2, 4, 6]), rng.randint(3, 12)
    flour, milk, eggs = rng.randrange(100, 401, 25), rng.randrange(150, 601, 25), rng.randint(1, 4)
    if want == serves:
        return None
    recipe = sign(rng, [f"PANCAKES SERVES {serves}", f"FLOUR {flour} G", f"MILK {milk} ML",
                        f"EGGS {eggs}"])
    k = F(want, serves)
    text = (f"Recipe card from my gran (photo). I need it for {want} people. How much flour and "
            "milk then? And how many US cups is that milk, at 1 cup = 240 ml (2 dp)?")
    return text, [[f"{v} g" for v in num(flour * k, 1)] + [f"{v}g" for v in num(flour * k, 1)],
                  [f"{v} ml" for v in num(milk * k, 1)] + [f"{v}ml" for v in num(milk * k, 1)],
                  num(milk * k / 240, 2)], {"image": recipe}


@family
def sign_sale_countdown(rng: random.Random) -> Made:
    end = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(60, 364))
    today = end - dt.timedelta(days=rng.randint(9, 120))
    days = (end - today).days
    recipe = sign(rng, ["OFFER ENDS", end.strftime("%d %b %Y").upper()])
    text = (f"Today is {say_day(today)}. How many days until the offer on this sign ends (not "
            "counting today, counting the end date), and how many whole weeks and leftover days "
            "is that?")
    w, d = divmod(days, 7)
    if d == 0:
        return None
    return text, [[f"{days} days"], [f"{w} weeks and {d} day", f"{w} weeks, {d} day",
                                     f"{w} weeks {d} day", f"{w}w {d}d", f"{w} weeks + {d} day"]], \
        {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    screen_savings_aer_usd, screen_epley_max, screen_glucose_mmol, receipt_my_item_rest_split,
    receipt_sales_tax_gbp, receipt_last_year_price, sign_marathon_marker,
    sign_whiteboard_quadratic, sign_price_per_kg, sign_recipe_card_scale, sign_sale_countdown)]
