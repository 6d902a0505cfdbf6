"""Round 22 (``A_m_h_*``, dev now) for ``muse bench agents``, multi_h part 3: numbered task
lists, story-like messages, CSV lists with conversions."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import r2
from bench.data.agents.heldout22_multi_h import M, both, cash, clock, fam, num, xr
from bench.data.agents.helpers import Family, Item


@fam
def numbered_trip_tasks(rng: random.Random) -> Item:
    km = rng.randint(120, 640)
    l100 = F(rng.randint(50, 95), 10)
    price = F(rng.randint(155, 199), 100)
    dep = rng.randint(6, 10) * 60 + rng.choice([0, 15, 30, 45])
    v = rng.choice([80, 90, 100])
    fuel = km * l100 / 100
    t = F(km * 60, v)
    if t.denominator != 1:
        raise __import__("bench.data.agents.heldout22_multi_h", fromlist=["Tie"]).Tie(t)
    text = (f"Road trip planning:\n1. The drive is {km} km and the car uses {float(l100):g} L/100km — how many litres?\n"
            f"2. At €{float(price):.2f}/L what does the fuel cost?\n3. Leaving at {dep // 60}:{dep % 60:02d} averaging {v} km/h, when do we arrive?")
    return M(text, "numbered_trip_tasks", [num(fuel, 2), both(cash(fuel * price), cash(r2(fuel, 2) * price)), clock(dep + int(t))])


@fam
def bullet_party_supplies(rng: random.Random) -> Item:
    guests = rng.randint(12, 45)
    slices = rng.choice([2, 3])
    per_pizza = 8
    pizzas = -(-guests * slices // per_pizza)
    cans = rng.choice([2, 3])
    packs = -(-guests * cans // 12)
    text = (f"Planning my son's party for {guests} kids:\n- pizzas are cut in 8 slices, each kid eats {slices} slices, how many pizzas?\n"
            f"- drinks come in 12-packs and each kid gets {cans} cans, how many packs?")
    return M(text, "bullet_party_supplies", [[f"{pizzas} pizzas"], [f"{packs} packs", f"{packs} 12-packs", f"{packs} twelve-packs"]])


@fam
def three_kitchen_tasks(rng: random.Random) -> Item:
    f = rng.choice([325, 350, 375, 400, 425, 450])
    c = F(f - 32) * 5 / 9
    oz = rng.randint(4, 20)
    ml = oz * F("29.57")
    tbsp = rng.randint(3, 16)
    tsp = tbsp * 3
    text = (f"Baking help:\n1) {f}°F in Celsius (whole number)\n2) {oz} fl oz in ml using 29.57\n3) {tbsp} tablespoons is how many teaspoons?")
    return M(text, "three_kitchen_tasks", [num(c, 0), num(ml, 1) + num(ml, 2), [f"{tsp} teaspoons", f"{tsp} tsp"]])


@fam
def four_quick_math(rng: random.Random) -> Item:
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    p, q = rng.randint(3, 40), rng.randint(50, 500)
    n = rng.randint(4, 9)
    s = rng.choice([16, 25, 36, 49, 64, 81, 121, 144, 169, 196, 225])
    text = (f"Check my kid's answers?\n1. {a} × {b}\n2. {p}% of {q}\n3. {n}!\n4. square root of {s}")
    fact = 1
    for i in range(2, n + 1):
        fact *= i
    r = int(s**0.5)
    return M(text, "four_quick_math", [[str(a * b), f"{a * b:,}"], num(F(p * q, 100), 2), [str(fact), f"{fact:,}"], [f"= {r}", f"is {r}", f"√{s} = {r}", f"root of {s} is {r}", f"{s} is {r}"]])


@fam
def story_garden_soil(rng: random.Random) -> Item:
    ln, w = rng.randint(2, 6), rng.randint(1, 3)
    d = rng.choice([20, 25, 30, 15])
    bag = rng.choice([40, 50, 60, 70])
    vol = F(ln * w * d, 100)
    bags = -(-vol * 1000 // bag)
    text = (f"So this spring my partner and I finally decided to build a raised veg bed out the back. It's {ln} m long and {w} m wide and "
            f"we want {d} cm of soil in it. The garden centre sells {bag}-litre bags. How many cubic metres of soil is that, and how many bags do we need?")
    return M(text, "story_garden_soil", [[f"{v} m³" for v in num(vol, 2)] + [f"{v} m3" for v in num(vol, 2)] + [f"{v} cubic metres" for v in num(vol, 2)] + [f"{v} cubic meters" for v in num(vol, 2)], [f"{bags} bags"]])


@fam
def story_marathon_training(rng: random.Random) -> Item:
    wk = rng.randint(4, 12)
    start = rng.randint(15, 30)
    inc = rng.choice([10, 5, 8])
    final = F(start) * F(100 + inc, 100) ** (wk - 1)
    mi = final / F("1.609")
    text = (f"Training for my first half marathon! Coach says week 1 is {start} km and each week after that is {inc}% more than the week before. "
            f"What will my week-{wk} distance be in km? and in miles (÷1.609)? 1 decimal each")
    return M(text, "story_marathon_training", [num(final, 1), both(num(mi, 1), num(r2(final, 1) / F("1.609"), 1))])


@fam
def story_grandma_cookies(rng: random.Random) -> Item:
    base = rng.choice([24, 30, 36])
    want = rng.randint(50, 140)
    butter = rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2)])
    g = rng.choice([227, 225])
    factor = F(want, base)
    cups = butter * factor
    grams = cups * g
    text = (f"Grandma's cookie recipe makes {base} cookies and uses {float(butter):g} cup of butter. I need {want} cookies for the bake sale on Saturday. "
            f"How many cups of butter is that, and how many grams if a cup is {g} g? (2 decimals for cups, whole grams)")
    return M(text, "story_grandma_cookies", [num(cups, 2), num(grams, 0)])


@fam
def story_wedding_budget(rng: random.Random) -> Item:
    guests = rng.randint(60, 180)
    per = rng.randint(45, 120)
    venue = rng.choice([2500, 3000, 4200, 5500, 6000])
    dep = rng.choice([20, 25, 30])
    tot = guests * per + venue
    text = (f"My sister is getting married and I'm helping with the budget. Catering is ${per} a head for {guests} guests and the venue "
            f"is a flat ${venue:,}. What's the total, and how much is the {dep}% deposit on that total?")
    return M(text, "story_wedding_budget", [cash(tot), cash(F(tot * dep, 100))])


@fam
def story_dog_food(rng: random.Random) -> Item:
    g = rng.choice([150, 180, 200, 250, 300, 320])
    bag = rng.choice([5, 7, 10, 12, 15])
    price = F(rng.randint(2500, 7500), 100)
    days = int(bag * 1000 // g)
    per_day = price / (F(bag * 1000, g))
    text = (f"We just adopted a rescue dog 🐶 She eats {g} g of kibble a day. A {bag} kg bag costs ${float(price):.2f}. How many full days does a bag last, "
            f"and what does her {g} g a day cost, to the cent?")
    return M(text, "story_dog_food", [[f"{days} days", f"{days} full days"], cash(per_day)])


@fam
def story_commute_bike(rng: random.Random) -> Item:
    km = F(rng.randint(40, 180), 10)
    v = rng.randint(14, 26)
    days = rng.choice([3, 4, 5])
    mins = km / v * 60
    weekly = km * 2 * days
    text = (f"I started cycling to work, it's {float(km):g} km each way. I average {v} km/h. How many minutes is one trip (1 dp) "
            f"and how many km do I ride in a week if I bike in {days} days (there and back)?")
    return M(text, "story_commute_bike", [num(mins, 1), [f"{v} km" for v in num(weekly, 1)] + [f"{v}km" for v in num(weekly, 1)]])


@fam
def csv_run_log_miles(rng: random.Random) -> Item:
    n = rng.randint(5, 8)
    kms = [F(rng.randint(30, 150), 10) for _ in range(n)]
    rows = "\n".join(f"2026-05-{i + 1:02d},{float(k):g}" for i, k in enumerate(kms))
    tot = sum(kms)
    text = rng.choice(["Attached is my running log. Total distance in km, and the same in miles (1 km = 0.6214 mi)?",
                       "csv of my runs attached — total km? and convert that to miles pls, 0.6214 mi per km, 2 decimals"])
    return M(text, "csv_run_log_miles", [num(tot, 1) + num(tot, 2), num(tot * F("0.6214"), 2)], csv="date,km\n" + rows + "\n")


@fam
def csv_grocery_prices_to_eur(rng: random.Random) -> Item:
    items = rng.sample(["milk", "bread", "eggs", "coffee", "cheese", "apples", "rice", "pasta", "oil"], rng.randint(4, 6))
    prices = [F(rng.randint(99, 1299), 100) for _ in items]
    rate = rng.choice(["0.92", "0.91", "0.93"])
    body = "\n".join(f"{i},{float(p):.2f}" for i, p in zip(items, prices, strict=True))
    tot = sum(prices)
    text = f"Here's a CSV of my shopping list prices in USD. What's the sum, and in EUR at 1 USD = {rate} EUR?"
    return M(text, "csv_grocery_prices_to_eur", [cash(tot), cash(tot * F(rate))], csv="item,price_usd\n" + body + "\n")


@fam
def list_weights_avg_then_lb(rng: random.Random) -> Item:
    vals = [F(rng.randint(600, 950), 10) for _ in range(rng.randint(4, 7))]
    mean = sum(vals) / len(vals)
    text = ("my kg weigh-ins: " + ", ".join(f"{float(v):g}" for v in vals)
            + ". average in kg (2dp) and that average in lb (×2.2046, 1dp)?")
    return M(text, "list_weights_avg_then_lb", [num(mean, 2), num(mean * F("2.2046"), 1)])


@fam
def csv_heights_bmi(rng: random.Random) -> Item:
    names = rng.sample(["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus"], rng.randint(3, 5))
    rows = [(n, rng.randint(150, 195), rng.randint(48, 105)) for n in names]
    who = rng.choice(rows)
    tallest = max(rows, key=lambda r: r[1])
    if sum(1 for r in rows if r[1] == tallest[1]) > 1:
        raise __import__("bench.data.agents.heldout22_multi_h", fromlist=["Tie"]).Tie(0)
    bmi = F(who[2]) / F(who[1], 100) ** 2
    body = "\n".join(f"{a},{b},{c}" for a, b, c in rows)
    text = f"Family stats in the CSV. Who is tallest, and what's {who[0]}'s BMI to one decimal?"
    return M(text, "csv_heights_bmi", [[tallest[0]], num(bmi, 1) + num(bmi, 2)], csv="name,height_cm,weight_kg\n" + body + "\n")


@fam
def list_temps_f_to_c_mean(rng: random.Random) -> Item:
    vals = [rng.randint(50, 98) for _ in range(rng.randint(5, 7))]
    mf = F(sum(vals), len(vals))
    mc = (mf - 32) * 5 / 9
    text = ("Highs this week in Fahrenheit: " + " ".join(map(str, vals)) + ". what's the mean in °F and in °C? one decimal")
    return M(text, "list_temps_f_to_c_mean", [num(mf, 1), num(mc, 1)])


@fam
def csv_cycling_kcal_total(rng: random.Random) -> Item:
    n = rng.randint(4, 7)
    mins = [rng.randint(20, 95) for _ in range(n)]
    met = rng.choice(["6.8", "7.5", "8", "5.8"])
    kg = rng.randint(55, 100)
    tm = sum(mins)
    kcal = F(met) * kg * F(tm, 60)
    body = "\n".join(f"ride{i + 1},{m}" for i, m in enumerate(mins))
    text = (f"CSV of my rides (minutes). Total riding time in minutes, and estimated calories at MET {met} for {kg} kg "
            "(kcal = MET × kg × hours), whole number?")
    return M(text, "csv_cycling_kcal_total", [[f"{tm} minutes", f"{tm} min"], num(kcal, 0)], csv="ride,minutes\n" + body + "\n")


@fam
def rate_for_one_part_only(rng: random.Random) -> Item:
    eur = rng.randint(20, 400)
    rate = rng.choice(["1.08", "1.09", "1.1", "1.07"])
    a, b = rng.randint(120, 900), rng.randint(2, 12)
    text = rng.choice([f"Convert €{eur} to USD at 1 EUR = {rate} USD. Also what is {a} divided by {b}, to 2 decimal places?",
                       f"what's {a}/{b} (2dp), and separately €{eur} in dollars — use {rate} as the rate for that one"])
    return M(text, "rate_for_one_part_only", [cash(eur * F(rate)), num(F(a, b), 2)])


@fam
def rounding_one_part(rng: random.Random) -> Item:
    r = rng.randint(3, 25)
    k = rng.randint(3, 9)
    import math
    area = math.pi * r * r
    if abs(area * 10 - math.floor(area * 10) - 0.5) < 0.05:
        raise __import__("bench.data.agents.heldout22_multi_h", fromlist=["Tie"]).Tie(0)
    text = (f"What's the area of a circular rug with radius {r} cm (round to 1 decimal)? and how many ways to arrange {k} books on a shelf?")
    fact = math.factorial(k)
    return M(text, "rounding_one_part", [[f"{area:.1f}", f"{area:,.1f}"], [str(fact), f"{fact:,}"]])


@fam
def vat_in_one_part_and_time(rng: random.Random) -> Item:
    net = F(rng.randint(1000, 50000), 100)
    vat = rng.choice([20, 21, 19, 23])
    start = rng.randint(8, 16) * 60 + rng.choice([0, 10, 20, 40, 50])
    dur = rng.randint(45, 300)
    text = (f"- add {vat}% VAT to £{float(net):.2f}\n- a meeting starts at {start // 60}:{start % 60:02d} and lasts {dur} minutes, when does it end?")
    return M(text, "vat_in_one_part_and_time", [cash(net * (100 + vat) / 100), clock(start + dur)])


@fam
def chained_price_per_kg_then_budget(rng: random.Random) -> Item:
    g = rng.choice([250, 400, 500, 750, 300])
    price = F(rng.randint(199, 899), 100)
    budget = rng.randint(20, 60)
    per_kg = price * 1000 / g
    packs = int(budget // price)
    text = (f"A {g} g pack of coffee is ${float(price):.2f}. What's the price per kg? And with ${budget}, how many packs can I buy?")
    return M(text, "chained_price_per_kg_then_budget", [cash(per_kg), [f"{packs} packs", f"{packs} pack"]])


@fam
def quadratic_and_tip_story(rng: random.Random) -> Item:
    a, b = sorted(rng.sample([-8, -6, -3, -2, -1, 2, 3, 4, 5, 9], 2))
    from bench.data.agents.heldout22_multi_h import poly2
    eq = poly2(-(a + b), a * b)
    bill = F(rng.randint(2500, 9000), 100)
    text = (f"Tutoring tonight then dinner lol. Student asked me to solve {eq} = 0 and I blanked. "
            f"Also the dinner bill was ${float(bill):.2f} and I want to leave 20% — how much is the tip?")
    return M(text, "quadratic_and_tip_story", [xr(a), xr(b), cash(bill / 5)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    numbered_trip_tasks, bullet_party_supplies, three_kitchen_tasks, four_quick_math,
    story_garden_soil, story_marathon_training, story_grandma_cookies, story_wedding_budget,
    story_dog_food, story_commute_bike, csv_run_log_miles, csv_grocery_prices_to_eur,
    list_weights_avg_then_lb, csv_heights_bmi, list_temps_f_to_c_mean, csv_cycling_kcal_total,
    rate_for_one_part_only, rounding_one_part, vat_in_one_part_and_time,
    chained_price_per_kg_then_budget, quadratic_and_tip_story,
)]
