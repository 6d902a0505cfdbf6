"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: more everyday quantities — the
kitchen, school, journeys, training, a small business, the house and the garden."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout14_units import (
    F,
    answer,
    calc,
    cash,
    clock,
    conv,
    duration,
    families,
    money,
    numbers,
    show,
)
from bench.data.agents.helpers import Family, Item

G, ML, L = ("g", "grams"), ("ml", "mL", "millilitres", "milliliters"), ("L", "litres", "liters")


def count(value: int, *nouns: str) -> list[str]:
    return [f"{value} {noun}" for noun in nouns]


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h:02d}:{m:02d}"


def split(seconds: Fraction) -> list[str] | None:
    forms = numbers(seconds, 0)
    if forms is None:
        return None
    m, s = divmod(int(forms[0]), 60)
    return [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s"]


def cookie_batches(rng: random.Random) -> Item | None:  # batches to bake for a crowd
    per, want = rng.choice([12, 16, 18, 20, 24, 30]), rng.randint(40, 200)
    return calc(f"One batch makes {per} cookies and the bake sale needs {want}. How many batches "
                "do I have to make?", count(math.ceil(F(want, per)), "batches"))


def yeast_scale(rng: random.Random) -> Item | None:  # yeast for a bigger dough
    flour = rng.choice([600, 650, 750, 800, 900, 1200, 1250, 1500])
    yeast = rng.choice([5, 7, 10])
    return conv(f"My bread uses {yeast} g yeast per 500 g flour. How much yeast for {flour} g "
                "flour?", F(yeast * flour, 500), *G)


def brine_salt(rng: random.Random) -> Item | None:  # salt for a percentage brine
    litres, pct = F(rng.randint(2, 16), 2), rng.choice([3, 4, 5, 6, 8])
    return conv(f"making a {pct}% brine (salt as % of water weight) with {show(litres)} litres of "
                "water. grams of salt?", litres * 1000 * pct / 100, *G)


def rice_water(rng: random.Random) -> Item | None:  # water for rice by ratio
    rice, ratio = rng.choice([150, 200, 250, 300, 350, 400, 450, 500]), rng.choice(
        [F(5, 4), F(3, 2), F(7, 4), F(2)])
    return conv(f"rice to water is 1:{show(ratio)} by weight. {rice} g of rice needs how many ml "
                "of water?", rice * ratio, *ML)


def coffee_ratio(rng: random.Random) -> Item | None:  # coffee grounds for a brew ratio
    water, ratio = rng.choice([250, 300, 350, 400, 500, 600, 750, 1000]), rng.choice(
        [15, 16, 17, 18])
    return conv(f"I brew at 1:{ratio}. For {water} ml of water, how many grams of coffee?",
                F(water, ratio), *G)


def cocktail_batch(rng: random.Random) -> Item | None:  # a batched cocktail in litres
    ml, guests = rng.choice([25, 35, 40, 50, 60]), rng.randint(8, 40)
    return conv(f"Each drink takes {ml} ml of gin and I'm batching for {guests} people, one drink "
                "each. How many litres of gin?", F(ml * guests, 1000), *L)


def party_bottles(rng: random.Random) -> Item | None:  # bottles of wine for a party
    guests, glasses, per_bottle = rng.randint(10, 80), rng.choice([2, 3]), rng.choice([5, 6])
    bottles = math.ceil(F(guests * glasses, per_bottle))
    return calc(f"{guests} guests, {glasses} glasses of wine each, {per_bottle} glasses to a "
                "bottle. How many bottles should I buy?", count(bottles, "bottles"))


def dough_water(rng: random.Random) -> Item | None:  # water for a pizza dough hydration
    flour, hyd = rng.choice([400, 500, 600, 750, 1000]), rng.choice([58, 60, 62, 65, 68, 70, 72])
    return conv(f"pizza dough at {hyd}% hydration with {flour} g flour — how much water?",
                F(flour * hyd, 100), *G, "ml")


def turkey_thaw(rng: random.Random) -> Item | None:  # fridge thawing time in days
    kg = F(rng.randint(30, 110), 10)
    return conv(f"The turkey is {show(kg)} kg. Fridge thawing takes about 10 hours per kg. How "
                "many days is that?", kg * 10 / 24, "days")


def pasta_share(rng: random.Random) -> Item | None:  # grams each from a shared pack
    grams, people = rng.choice([500, 750, 1000]), rng.randint(3, 9)
    return conv(f"{grams} g of pasta between {people} of us, how many grams each?",
                F(grams, people), *G)


def reading_plan(rng: random.Random) -> Item | None:  # pages a day to finish a book
    pages, read, days = rng.randint(250, 900), rng.randint(0, 150), rng.randint(5, 30)
    per = math.ceil(F(pages - read, days))
    return calc(f"book is {pages} pages, I'm on page {read}, book club is in {days} days. at "
                "least how many pages a day?", count(per, "pages", "pages a day",
                                                    "pages per day"))


def weighted_grade(rng: random.Random) -> Item | None:  # a weighted course grade
    hw, mid, final = rng.randint(55, 100), rng.randint(40, 100), rng.randint(40, 100)
    w = rng.choice([(20, 30, 50), (25, 25, 50), (30, 30, 40), (10, 40, 50)])
    value = F(hw * w[0] + mid * w[1] + final * w[2], 100)
    return calc(f"homework {hw} ({w[0]}%), midterm {mid} ({w[1]}%), final {final} ({w[2]}%). "
                "what's my overall grade?", numbers(value, 2))


def needed_final(rng: random.Random) -> Item | None:  # score needed on the final exam
    now, weight, goal = rng.randint(55, 95), rng.choice([30, 40, 50]), rng.choice([60, 70, 80,
                                                                                  90])
    need = (goal - F(now * (100 - weight), 100)) * 100 / weight
    if not 0 < need <= 100:
        return None
    return calc(f"I have {now}% going into the final, which is worth {weight}% of the grade. What "
                f"do I need on the final to end with {goal}%?",
                [f"{n}{s}" for n in (numbers(need, 2) or []) for s in ("%", " %", " percent")]
                or None)


def train_arrival(rng: random.Random) -> Item | None:  # arrival from departure and duration
    dep, mins = rng.randint(5 * 60, 21 * 60), rng.randint(35, 330)
    h, m = divmod(mins, 60)
    return calc(f"train leaves {hhmm(dep)}, journey is {h}h {m}m. when do I arrive?",
                clock(dep + mins))


def layover(rng: random.Random) -> Item | None:  # layover between two flights
    land = rng.randint(6 * 60, 20 * 60)
    dep = land + rng.randint(45, 420)
    return calc(f"First flight lands {hhmm(land)}, connection departs {hhmm(dep)}. How long is my "
                "layover?", duration(F(dep - land)))


def leave_by(rng: random.Random) -> Item | None:  # latest time to leave for a train
    train, km, buffer = rng.randint(7 * 60, 19 * 60), F(rng.randint(5, 40), 10), rng.choice(
        [5, 10, 15])
    walk = km * 12  # minutes at 5 km/h
    if walk.denominator != 1:
        return None
    return calc(f"train at {hhmm(train)}, station is {show(km)} km away, I walk 5 km/h and want "
                f"{buffer} minutes spare. latest time to leave?",
                clock(train - int(walk) - buffer))


def drive_breaks(rng: random.Random) -> Item | None:  # rest stops on a long drive
    hours, every = rng.randint(5, 14), rng.choice([2, 3])
    stops = math.ceil(F(hours, every)) - 1
    return calc(f"{hours} hour drive and we stop every {every} hours of driving. How many stops?",
                count(stops, "stops"))


def bike_ride(rng: random.Random) -> Item | None:  # ride time from distance and speed
    km, speed = rng.randint(10, 120), rng.choice([15, 18, 20, 24, 25, 30])
    minutes = F(km * 60, speed)
    return calc(f"cycling {km} km at {speed} km/h average. how long?", duration(minutes))


def mileage_build(rng: random.Random) -> Item | None:  # weekly distance after 10% increases
    start, weeks = rng.randint(15, 50), rng.randint(2, 6)
    return conv(f"Running {start} km this week and adding 10% each week. Distance in {weeks} "
                "weeks' time?", start * F(11, 10) ** weeks, "km", "kilometres", "kilometers")


def lift_volume(rng: random.Random) -> Item | None:  # training volume of a session
    sets, reps, kg = rng.randint(3, 6), rng.randint(5, 12), F(rng.randint(40, 300), 2)
    return conv(f"{sets} sets of {reps} at {show(kg)} kg — total volume lifted?",
                sets * reps * kg, "kg", "kilograms")


def swim_split(rng: random.Random) -> Item | None:  # pace per 100 m from a swim time
    metres = rng.choice([400, 500, 750, 800, 1000, 1500])
    secs = rng.randint(metres * 75 // 100, metres * 150 // 100)
    m, s = divmod(secs, 60)
    return calc(f"swam {metres} m in {m}:{s:02d}. what's my average per 100 m?",
                split(F(secs * 100, metres)))


def markup_price(rng: random.Random) -> Item | None:  # selling price from cost and markup
    cost, mark = F(rng.randint(150, 9000), 100), rng.choice([25, 30, 40, 50, 60, 75, 100])
    return calc(f"Each candle costs me {cash(cost)} to make. With a {mark}% markup, what do I "
                "sell it for?", money(cost * (100 + mark) / 100))


def margin_price(rng: random.Random) -> Item | None:  # price for a target gross margin
    cost, margin = F(rng.randint(200, 6000), 100), rng.choice([20, 25, 30, 35, 40, 50, 60])
    return calc(f"unit cost {cash(cost)}, I want a {margin}% gross margin on the selling price. "
                "what price?", money(cost * 100 / (100 - margin)))


def ex_vat(rng: random.Random) -> Item | None:  # price before VAT from a gross price
    gross, vat = F(rng.randint(500, 60000), 100), rng.choice([5, 10, 19, 20, 21, 23])
    return calc(f"Invoice total is {cash(gross)} including {vat}% VAT. What's the net amount "
                "before VAT?", money(gross * 100 / (100 + vat)))


def yearly_pay(rng: random.Random) -> Item | None:  # annual pay from an hourly rate
    rate, hours = F(rng.randint(1100, 4500), 100), rng.choice([20, 25, 30, 35, 37, 38, 40])
    return calc(f"{cash(rate)} an hour, {hours} hours a week, 52 weeks. yearly gross?",
                money(rate * hours * 52))


def day_rate(rng: random.Random) -> Item | None:  # hourly rate from a day rate
    rate, hours = rng.randint(150, 900), rng.choice([F(7), F(15, 2), F(8)])
    return calc(f"Freelance day rate is {rate} for a {show(hours)}-hour day. What's that "
                "hourly?", money(rate / hours))


def break_even(rng: random.Random) -> Item | None:  # units to sell to break even
    fixed, price, var = rng.randint(500, 20000), rng.randint(8, 60), rng.randint(2, 30)
    if var >= price:
        return None
    return calc(f"fixed costs {fixed:,}, sell price {price} a unit, variable cost {var} a unit. "
                "how many units to break even?", count(math.ceil(F(fixed, price - var)), "units"))


def stock_days(rng: random.Random) -> Item | None:  # days stock lasts at a selling rate
    units, per = rng.randint(100, 2000), rng.randint(12, 90)
    return calc(f"We have {units} units in the warehouse and sell about {per} a day. How many "
                "full days of stock is that?", count(units // per, "days", "full days"))


def shipping_boxes(rng: random.Random) -> Item | None:  # boxes needed for an order
    items, per = rng.randint(30, 900), rng.choice([6, 8, 12, 20, 24, 36, 48])
    return calc(f"order of {items} jars, {per} jars fit per box. boxes needed?",
                count(math.ceil(F(items, per)), "boxes"))


def print_minutes(rng: random.Random) -> Item | None:  # printing time for copies
    pages, copies, ppm = rng.randint(4, 60), rng.randint(5, 120), rng.choice([20, 25, 30, 40, 45])
    return conv(f"Printing {copies} copies of a {pages}-page handout on a {ppm} ppm printer. "
                "Minutes?", F(pages * copies, ppm), "minutes", "min", "mins")


def plants_row(rng: random.Random) -> Item | None:  # plants along a row with spacing
    metres, cm = F(rng.randint(10, 80), 10), rng.choice([20, 25, 30, 40, 45, 50])
    plants = int(metres * 100 // cm) + 1
    return calc(f"My veg bed row is {show(metres)} m. Planting every {cm} cm starting right at one "
                "end, how many plants fit?", count(plants, "plants"))


def lawn_seed(rng: random.Random) -> Item | None:  # grass seed for an area
    area, rate = rng.randint(20, 400), rng.choice([25, 30, 35, 40, 50])
    return conv(f"new lawn {area} m², seed at {rate} g per m². how many kg of seed?",
                F(area * rate, 1000), "kg", "kilograms")


def feed_dilution(rng: random.Random) -> Item | None:  # plant feed for a watering can
    per, can = rng.choice([5, 10, 15, 20, 25]), F(rng.randint(4, 20), 2)
    return conv(f"Plant feed: {per} ml per litre. My watering can is {show(can)} L. How much "
                "feed?", per * can, *ML)


def tank_litres(rng: random.Random) -> Item | None:  # aquarium volume from dimensions
    a, b, c = rng.randint(30, 150), rng.randint(25, 60), rng.randint(25, 70)
    return conv(f"fish tank is {a} x {b} x {c} cm inside. how many litres?", F(a * b * c, 1000),
                *L)


def wallpaper_rolls(rng: random.Random) -> Item | None:  # rolls of wallpaper for a room
    w, d, h = F(rng.randint(25, 60), 10), F(rng.randint(25, 55), 10), F(rng.randint(23, 28), 10)
    area = 2 * (w + d) * h
    rolls = math.ceil(area / F("5.3"))
    return calc(f"Room is {show(w)} m by {show(d)} m, walls {show(h)} m high, one roll covers "
                "5.3 m². How many rolls (ignore doors and windows)?", count(rolls, "rolls"))


def battery_hours(rng: random.Random) -> Item | None:  # phone battery time left
    pct, drain = rng.randint(15, 95), rng.choice([4, 5, 6, 8, 10, 12, 15])
    minutes = F(pct * 60, drain)
    return calc(f"Phone's at {pct}% and drops about {drain}% an hour. How long until it dies?",
                duration(minutes))


def service_months(rng: random.Random) -> Item | None:  # months until a car service
    left, yearly = rng.randint(2000, 15000), rng.choice([8000, 10000, 12000, 15000, 18000, 20000])
    return conv(f"{left:,} km until the next service and I drive about {yearly:,} km a year. "
                "How many months?", F(left * 12, yearly), "months")


def parking_fee(rng: random.Random) -> Item | None:  # parking cost with hours rounded up
    start = rng.randint(7 * 60, 15 * 60)
    end = start + rng.randint(20, 400)
    rate = F(rng.choice([120, 150, 180, 200, 250, 300, 350]), 100)
    hours = math.ceil(F(end - start, 60))
    return calc(f"Parking is {cash(rate)} per started hour. I parked {hhmm(start)} to {hhmm(end)}. "
                "What do I pay?", money(rate * hours))


def babysitter(rng: random.Random) -> Item | None:  # pay for an evening of babysitting
    start = rng.randint(17 * 60, 20 * 60) // 15 * 15
    end = start + rng.randint(8, 24) * 15
    rate = rng.choice([10, 12, 14, 15, 16, 18, 20])
    return calc(f"sitter from {hhmm(start)} to {hhmm(end)} at {rate} an hour, how much do I owe?",
                money(F(end - start, 60) * rate))


def formula_scoops(rng: random.Random) -> Item | None:  # formula scoops for a bottle
    ml, per = rng.choice([60, 90, 120, 150, 180, 210, 240, 270, 300]), 30
    return calc(f"one level scoop per {per} ml of water — how many scoops for a {ml} ml bottle?",
                count(ml // per, "scoops"))


def baby_feeds(rng: random.Random) -> Item | None:  # ml per feed from ml/kg/day
    kg, per, feeds = F(rng.randint(30, 70), 10), rng.choice([150, 160, 180]), rng.choice(
        [6, 7, 8])
    return conv(f"baby is {show(kg)} kg, midwife said {per} ml/kg/day split over {feeds} feeds. "
                "ml per feed?", kg * per / feeds, *ML)


def rent_share(rng: random.Random) -> Item | None:  # rent split by room size
    rent, mine, other = rng.randint(900, 3200), rng.randint(9, 22), rng.randint(9, 22)
    return calc(f"Rent is {rent} a month. Splitting by bedroom size: mine is {mine} m², my "
                f"flatmate's is {other} m². What's my share?", money(F(rent * mine, mine + other)))


def meal_portion(rng: random.Random) -> Item | None:  # calories per portion of a batch
    kcal, portions = rng.randint(1200, 5200), rng.randint(3, 10)
    return conv(f"Whole pot of chilli is {kcal} kcal and I split it into {portions} tubs. "
                "Calories per tub?", F(kcal, portions), "kcal", "calories")


def room_heat(rng: random.Random) -> Item | None:  # room volume for a heater
    w, d, h = F(rng.randint(25, 70), 10), F(rng.randint(25, 60), 10), F(rng.randint(23, 30), 10)
    return calc(f"heater is rated by room volume. room is {show(w)} x {show(d)} m with a "
                f"{show(h)} m ceiling. cubic metres?", answer(w * d * h, "m³", "m3",
                                                             "cubic metres", "cubic meters"))


FAMILIES: list[tuple[Family, int]] = families(
    cookie_batches, yeast_scale, brine_salt, rice_water, coffee_ratio, cocktail_batch,
    party_bottles, dough_water, turkey_thaw, pasta_share, reading_plan, weighted_grade,
    needed_final, train_arrival, layover, leave_by, drive_breaks, bike_ride, mileage_build,
    lift_volume, swim_split, markup_price, margin_price, ex_vat, yearly_pay, day_rate,
    break_even, stock_days, shipping_boxes, print_minutes, plants_row, lawn_seed, feed_dilution,
    tank_litres, wallpaper_rolls, battery_hours, service_months, parking_fee, babysitter,
    formula_scoops, baby_feeds, rent_share, meal_portion, room_heat)
