"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 8: more mixed asks."""

from __future__ import annotations

import random
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout21_multi_h import (
    PLOT,
    Made,
    clock,
    degrade,
    fam,
    num,
    receipt,
    rnd,
    span,
)
from bench.data.agents.helpers import Family


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }


@fam
def receipt_my_share_with_service(rng: random.Random) -> Made:
    goods = rng.sample(["Ramen", "Gyoza", "Sushi", "Edamame", "Tempura", "Miso", "Sake"], 4)
    recipe, lines = receipt(rng, "Noodle Bar", goods, rng.choice(["$", "£"]), 350, 2400)
    mine, cents = rng.choice(lines)
    service = rng.choice([10, 12, 15])
    me = F(cents, 100) * (100 + service) / 100
    rest = F(sum(c for _, c in lines) - cents, 100) * (100 + service) / 100
    text = rng.choice(
        [
            f"I only had the {mine.lower()}, my friend had everything else on this receipt. with "
            f"{service}% service added to each of us, what do I owe and what does my friend owe?",
            f"Split this bill: me = the {mine} only, friend = all the other items, plus {service}% "
            "service on each share. Two amounts to the cent please",
        ]
    )
    return text, [num(me), num(rest)], {"image": recipe}


@fam
def bus_sign_next_and_count(rng: random.Random) -> Made:
    every = rng.choice([10, 12, 15, 20, 30])
    first = rng.randint(5 * 60 + 30, 7 * 60) // 5 * 5
    route = rng.randint(3, 99)
    now = rng.randint(7 * 60, 10 * 60)
    recipe = {
        "kind": "sign",
        "words": [
            f"BUS {route}",
            f"FIRST {first // 60:02d}:{first % 60:02d}",
            f"THEN EVERY {every} MIN",
        ],
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    k = -(-(now - first) // every)
    nxt = first + k * every
    if nxt == now:
        return None
    until = rng.choice([11, 12, 13]) * 60
    count = (until - first) // every + 1
    text = rng.choice(
        [
            f"it's {now // 60:02d}:{now % 60:02d}, when's the next bus going by this sign? and how "
            "many "
            f"buses run from the first one up to and including {until // 60}:00?",
            f"Bus stop sign attached. Time now {now // 60}:{now % 60:02d} - next departure? Also "
            "count "
            f"the departures from the first bus through {until // 60}:00 (inclusive).",
        ]
    )
    return text, [clock(nxt), [f"{count} buses", f"{count} departures"]], {"image": recipe}


@fam
def absolute_value_solve_plot(rng: random.Random) -> Made:
    a, b = rng.randint(-6, 9), rng.randint(2, 11)
    inner = f"x - {a}" if a > 0 else (f"x + {-a}" if a < 0 else "x")
    text = rng.choice(
        [
            f"solve |{inner}| = {b} and plot y = |{inner}|",
            f"What x values make |{inner}| equal {b}? Please also draw the graph of y=|{inner}|.",
        ]
    )
    pm = [f"x = ±{b}", f"±{b}"] if a == 0 else []
    return (
        text,
        [[f"x = {a - b}", f"{a - b} and", *pm], [f"x = {a + b}", f"and {a + b}", *pm], PLOT],
        {},
    )


@fam
def resting_hr_week_then_zone(rng: random.Random) -> Made:
    hrs = [rng.randint(52, 78) for _ in range(7)]
    age, pct = rng.randint(21, 60), rng.choice([60, 70, 75, 80])
    mean = F(sum(hrs), 7)
    rest = rnd(mean, 0)
    target = rest + (220 - age - rest) * F(pct, 100)
    text = rng.choice(
        [
            f"my resting heart rate this week: {', '.join(map(str, hrs))}. average it to a whole "
            "bpm, "
            f"then use that in the Karvonen formula for {pct}% intensity (I'm {age}, max HR = "
            "220 - "
            "age). target bpm, whole number?",
            f"Resting HR readings {' '.join(map(str, hrs))} -> mean (nearest bpm). With that, age "
            f"{age}, "
            f"max 220-age: {pct}% heart-rate-reserve target, rounded to whole bpm",
        ]
    )
    return text, [num(mean, 0), num(target, 0)], {}


@fam
def devine_ideal_weight_cm(rng: random.Random) -> Made:
    inches = rng.randint(61, 77)
    sex = rng.choice(["man", "woman"])
    ibw = (50 if sex == "man" else F(455, 10)) + F(23, 10) * (inches - 60)
    text = rng.choice(
        [
            f"I'm a {sex}, {inches} inches tall. what's that in cm (2.54 per inch, 1 dp), and my "
            "ideal "
            f"body weight by Devine ({'50' if sex == 'man' else '45.5'} kg + 2.3 kg per inch "
            "over 5 "
            "ft)?",
            f"Height {inches} in -> cm to one decimal, and Devine IBW for a {sex}: "
            f"{'50' if sex == 'man' else '45.5'} + 2.3 x (inches over 60), in kg (1 dp)",
        ]
    )
    return text, [num(inches * F("2.54"), 1), num(ibw, 1)], {}


@fam
def baking_trio(rng: random.Random) -> Made:
    g = rng.choice([100, 150, 175, 200, 225, 250, 300, 340])
    f_temp = rng.choice([325, 340, 350, 375, 390, 400, 425, 450])
    start = rng.randint(15 * 60, 19 * 60 + 45)
    bake = rng.choice([22, 25, 35, 40, 45, 55, 65, 70])
    text = rng.choice(
        [
            f"a) {g} g of butter in cups (1 cup = 227 g, 2 dp)\nb) {f_temp}F in C, 1 dp\n"
            f"c) goes in the oven at {start // 60:02d}:{start % 60:02d} for {bake} min - done "
            "when?",
            f"baking help pls: {f_temp} degrees F in celsius (one decimal)? {g}g butter = how many "
            "cups "
            f"if a cup is 227 g (2 dp)? and if it goes in at {start // 60}:{start % 60:02d} for "
            f"{bake} "
            "minutes, what time is it ready?",
        ]
    )
    return text, [num(F(g, 227)), num((f_temp - 32) * F(5, 9), 1), clock(start + bake)], {}


@fam
def wallet_screenshot_total_eur(rng: random.Random) -> Made:
    usd, gbp, eur = (F(rng.randint(2000, 60000), 100) for _ in range(3))
    ru, rg = F(rng.choice([85, 86, 87, 88]), 100), F(rng.choice([114, 115, 116, 117]), 100)
    recipe = {
        "kind": "screenshot",
        "title": "Travel wallet",
        "rows": [f"USD  {float(usd):,.2f}", f"GBP  {float(gbp):,.2f}", f"EUR  {float(eur):,.2f}"],
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }
    text = rng.choice(
        [
            f"what's the dollar balance in this wallet worth in euros ($1 = €{float(ru)}), and "
            "what's "
            f"the whole wallet worth in euros if £1 = €{float(rg)}? 2dp",
            f"Convert everything in my travel wallet to EUR: 1 USD = {float(ru)} EUR, 1 GBP = "
            f"{float(rg)} EUR. Give the USD part in euros and the grand total in euros.",
        ]
    )
    total = usd * ru + gbp * rg + eur
    alt = rnd(usd * ru, 2) + rnd(gbp * rg, 2) + eur
    return text, [num(usd * ru), list(dict.fromkeys(num(total) + num(alt)))], {"image": recipe}


@fam
def sleep_night_and_week(rng: random.Random) -> Made:
    bed = rng.randint(21 * 60 + 30, 24 * 60 + 60) // 5 * 5
    wake = rng.randint(5 * 60 + 30, 8 * 60) // 5 * 5
    dur = (wake - bed) % 1440
    nights = rng.choice([5, 7])
    text = rng.choice(
        [
            f"I go to bed at {ampm(bed)} and my alarm goes off at {ampm(wake)}. how long do I "
            "sleep "
            f"each night, and how many hours is that over {nights} nights (2 dp)?",
            f"Bedtime {bed // 60 % 24:02d}:{bed % 60:02d}, wake {wake // 60:02d}:{wake % 60:02d}. "
            f"Sleep per night? Total over {nights} nights in hours, two decimals.",
        ]
    )
    return text, [span(dur), num(F(dur * nights, 60))], {}


@fam
def fundraiser_total_mean_gbp(rng: random.Random) -> Made:
    events = rng.sample(
        ["bake sale", "fun run", "quiz night", "car wash", "raffle", "auction"], rng.randint(3, 5)
    )
    amounts = [F(rng.randint(5000, 90000), 100) for _ in events]
    fx = F(rng.choice([74, 76, 78, 79, 80]), 100)
    listing = ", ".join(f"{e} ${float(a):,.2f}" for e, a in zip(events, amounts, strict=True))
    total = sum(amounts)
    text = rng.choice(
        [
            f"our school PTA raised money this term: {listing}. what was the total, the average "
            "per "
            f"event, and the total in pounds at $1 = £{float(fx)}?",
            f"Fundraising results ({listing}) - give me total, mean per event (2dp) and the total "
            f"converted to GBP using {float(fx)} GBP per USD",
        ]
    )
    return text, [num(total), num(total / len(events)), num(total * fx)], {}


@fam
def gravel_sacks_and_cost(rng: random.Random) -> Made:
    length, width = F(rng.randint(30, 90), 10), F(rng.randint(15, 50), 10)
    depth = rng.choice([5, 6, 8, 10])
    density = 1600
    sack = rng.choice([20, 25, 40])
    price = F(rng.choice([395, 420, 450, 525, 599]), 100)
    kg = length * width * F(depth, 100) * density
    sacks = -(-kg // sack)
    text = rng.choice(
        [
            f"doing a gravel path {float(length)} m long, {float(width)} m wide, {depth} cm deep. "
            f"gravel weighs 1600 kg per cubic metre. how many kg is that, how many {sack} kg sacks "
            f"(whole sacks), and the cost at £{float(price):.2f} a sack?",
            f"Gravel for an area {float(length)}m x {float(width)}m at {depth}cm depth, density "
            "1600 "
            f"kg/m³: total kg (1 dp), then {sack}kg bags needed rounding up, then total cost at "
            f"{float(price):.2f} per bag.",
        ]
    )
    return text, [num(kg, 1), [f"{sacks} sacks", f"{sacks} bags"], num(sacks * price)], {}


@fam
def return_item_new_total_points(rng: random.Random) -> Made:
    goods = rng.sample(
        ["Jeans", "T-Shirt", "Socks", "Hoodie", "Scarf", "Belt", "Cap"], rng.randint(3, 4)
    )
    recipe, lines = receipt(rng, rng.choice(["Denim Co", "Style Hub"]), goods, "$", 500, 6000)
    name, c = rng.choice(lines)
    new = F(sum(x for _, x in lines) - c, 100)
    per = rng.choice([1, 2, 5])
    pts = int(new) * per
    text = rng.choice(
        [
            f"returning the {name.lower()} from this receipt. what's my new total, and how many "
            f"loyalty points do I get at {per} point{'s' if per > 1 else ''} per whole dollar of "
            "it?",
            f"If I take back the {name} what does the receipt come to? Points are {per} per full "
            "$1 "
            "spent - how many on the new total?",
        ]
    )
    return text, [num(new), num(pts, 0)], {"image": recipe}


@fam
def savings_goal_screenshot_months(rng: random.Random) -> Made:
    target = rng.randint(12, 60) * 100
    saved = rng.randint(100, target - 300)
    monthly = rng.choice([75, 100, 120, 150, 200, 250])
    goal = rng.choice(["Holiday", "New laptop", "Car fund", "Wedding"])
    recipe = shot(
        rng, "Savings pots", [f"Goal: {goal}", f"Target: ${target:,}", f"Saved: ${saved:,}"]
    )
    left = target - saved
    months = -(-left // monthly)
    text = rng.choice(
        [
            f"how much more do i need for this pot, and if I put in ${monthly} a month how many "
            "months until I hit it (round up)?",
            f"From the screenshot: amount still to save, then number of months at ${monthly}/month "
            "to reach the target (whole months, rounded up).",
        ]
    )
    return text, [num(left, 0), [f"{months} months", f"{months} month"]], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        receipt_my_share_with_service,
        bus_sign_next_and_count,
        absolute_value_solve_plot,
        resting_hr_week_then_zone,
        devine_ideal_weight_cm,
        baking_trio,
        wallet_screenshot_total_eur,
        sleep_night_and_week,
        fundraiser_total_mean_gbp,
        gravel_sacks_and_cost,
        return_item_new_total_points,
        savings_goal_screenshot_months,
    )
]
