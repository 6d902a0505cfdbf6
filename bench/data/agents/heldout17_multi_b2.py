"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 5: shared helpers
(naming, image recipes of signs, receipts and screens) and household, kitchen and travel
requests in two or more steps."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from bench.data.agents.heldout9_multi_common import GALLON, LB, MILE, F, Fraction, convert, money
from bench.data.agents.heldout17_multi_common import Made, cash, near, num, pick
from bench.data.agents.helpers import Family, fresh, item

Recipe = dict[str, Any]


def registrar(prefix: str) -> Callable[[Callable[[random.Random], Made]], Family]:
    """A decorator naming each family ``<prefix><function>``; it draws until ``make`` returns
    (text, parts[, extra])."""
    def family(make: Callable[[random.Random], Made]) -> Family:
        name = f"{prefix}{make.__name__}"

        def draw(rng: random.Random) -> dict[str, Any]:
            while True:
                got = make(rng)
                if got is not None:
                    text, parts, *rest = got
                    return item(name, "multi", text, parts, **(rest[0] if rest else {}))

        wrapped = fresh(draw)
        wrapped.__name__ = name
        return wrapped
    return family


family = registrar("M_m_b2_")


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def sign_of(rng: random.Random, words: list[str]) -> Recipe:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def screen_of(rng: random.Random, title: str, rows: list[str]) -> Recipe:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


def till(rng: random.Random, shop: str, goods: list[tuple[str, Fraction]],
         currency: str = "$") -> Recipe:
    return {"kind": "receipt", "shop": shop, "items": [(g, float(p)) for g, p in goods],
            "font": rng.randrange(4), "currency": currency, "degrade": degrade(rng)}


def price(rng: random.Random, low: float, high: float) -> Fraction:
    return F(rng.randint(int(low * 100), int(high * 100)), 100)


def signed(c: int | Fraction) -> str:
    return f"+ {c}" if c >= 0 else f"- {-c}"


def eur(x: Fraction) -> list[str]:
    return money(x, "EUR") + cash(x)


def usd(x: Fraction) -> list[str]:
    return money(x, "USD") + cash(x)


def gbp(x: Fraction) -> list[str]:
    return money(x, "GBP") + cash(x)


# ---------------------------------------------------------------- kitchen and home


@family
def flour_cups_grams_kcal(rng: random.Random) -> Made:
    cups = rng.choice([F(3, 2), F(2), F(5, 2), F(3), F(7, 2), F(4)])
    per_cup = rng.choice([120, 125, 130])
    kcal100 = rng.choice([340, 350, 364])
    grams = cups * per_cup
    kcal = grams * kcal100 / 100
    if near(kcal, 0):
        return None
    c = {F(3, 2): "1.5", F(2): "2", F(5, 2): "2 and a half", F(3): "3", F(7, 2): "3½",
         F(4): "four"}[cups]
    text = (f"my recipe wants {c} cups of flour. If a cup of flour is {per_cup} g, how many grams "
            f"is that? and the bag says {kcal100} kcal per 100 g — how many calories of flour "
            "go in (nearest kcal)?")
    return text, [num(grams, 1), num(kcal, 0)]


@family
def oven_f_and_timer(rng: random.Random) -> Made:
    f = rng.choice([325, 350, 375, 400, 425, 450])
    c = (F(f) - 32) * 5 / 9
    per = rng.choice([20, 25, 30])
    kg = rng.choice([F(3, 2), F(2), F(5, 2), F(3)])
    extra = rng.choice([15, 20, 25])
    total = per * kg * 2 + extra
    if near(c, 0):
        return None
    text = (f"US recipe says {f}°F — what's that in celsius (nearest degree)? Also roast time is "
            f"{per} min per 500 g plus {extra} min, and my joint is {float(kg):g} kg. How long in "
            "total, in minutes?")
    return text, [num(c, 0), [f"{total} min", f"{total} minutes"]]


@family
def paint_litres_tins(rng: random.Random) -> Made:
    w, ln, h = rng.randint(3, 6), rng.randint(3, 7), F(rng.choice([24, 25, 26, 27]), 10)
    coats = 2
    cover = rng.choice([10, 12])
    area = 2 * (w + ln) * h
    litres = area * coats / cover
    tin = rng.choice([F(5, 2), F(5)])
    tins = -(-litres // tin)
    tin_price = price(rng, 12, 35)
    text = (f"Painting a {w} m by {ln} m room, walls {float(h):g} m high (ignore doors and "
            "windows). "
            f"Two coats, paint covers {cover} m² per litre. How much wall area is there, how many "
            f"{float(tin):g} L tins do I need, and what do they cost at "
            f"${float(tin_price):.2f} each?")
    return text, [num(area, 1), [f"{tins} tins", f"{tins} tin"], cash(tins * tin_price)]


@family
def fridge_kwh_cost(rng: random.Random) -> Made:
    watts = rng.choice([90, 120, 150, 180, 250])
    hours = rng.choice([8, 10, 12, 24])
    rate = F(rng.choice([18, 22, 27, 31, 34]), 100)
    kwh_day = F(watts * hours, 1000)
    year = kwh_day * 365
    cost = year * rate
    if near(cost, 2, 0.001):
        return None
    text = (f"An old freezer pulls about {watts} W and runs roughly {hours} hours a day.\n"
            f"1) kWh per day?\n2) kWh per year (365 days)?\n3) yearly cost at "
            f"€{float(rate):.2f}/kWh?")
    return text, [num(kwh_day, 2), num(year, 1), eur(cost)]


@family
def carpet_sqft_cost_eur(rng: random.Random) -> Made:
    a, b = rng.randint(9, 18), rng.randint(10, 20)
    per = price(rng, 2, 6)
    sqft = a * b
    usd_cost = sqft * per
    in_eur = convert(usd_cost, "USD", "EUR")
    if near(in_eur, 2, 0.001):
        return None
    text = (f"bedroom is {a} ft x {b} ft. carpet is ${float(per):.2f} a square foot. area, cost "
            f"in dollars, "
            "and cost in euros please (1 EUR = 1.17 USD)")
    return text, [[f"{sqft} sq", f"{sqft} ft", f"{sqft} square"], cash(usd_cost), eur(in_eur)]


@family
def punch_bowl_servings(rng: random.Random) -> Made:
    juice, soda, fruit = rng.randint(2, 5), rng.randint(1, 4), rng.choice([F(1, 2), F(1), F(3, 2)])
    total = juice + soda + fruit
    cup_ml = rng.choice([200, 250, 300])
    cups = int(total * 1000 // cup_ml)
    gal = total / GALLON
    if near(gal, 2):
        return None
    text = (f"Party punch: {juice} L orange juice, {soda} L soda water and {float(fruit):g} L of "
            f"fruit purée. How many litres total, how many full {cup_ml} ml cups does that pour, "
            "and how many US gallons is the bowl (2 dp)?")
    return text, [num(total, 1), [f"{cups} cups", f"{cups} full"], num(gal, 2)]


@family
def garden_bed_soil_bags(rng: random.Random) -> Made:
    ln, w, d = rng.choice([2, 3, 4]), F(rng.choice([8, 10, 12, 15]), 10), rng.choice([20, 25, 30])
    vol = ln * w * F(d, 100)
    bag = rng.choice([40, 50, 60, 70])
    bags = -(-vol * 1000 // bag)
    cost = price(rng, 4, 9)
    text = (f"Raised bed {ln} m long, {float(w):g} m wide, and I want soil {d} cm deep. Volume in "
            f"cubic metres? Soil comes in {bag} L bags at £{float(cost):.2f} — how many bags "
            f"and what's "
            "the bill?")
    return text, [num(vol, 3), [f"{bags} bags"], gbp(bags * cost)]


@family
def rice_ratio_per_person(rng: random.Random) -> Made:
    people = rng.randint(3, 9)
    per = rng.choice([60, 75, 80, 90])
    ratio = rng.choice([F(3, 2), F(2)])
    rice = people * per
    water = rice * ratio
    text = pick(rng, f"cooking rice for {people}, {per} g dry each. how much rice, and with "
                     f"{float(ratio):g} ml water per gram how much water in litres?",
                f"Rice for {people} people ({per} g uncooked per person) — total grams? Then "
                f"water at {float(ratio):g} ml per gram of rice, in litres?")
    return text, [[f"{rice} g", f"{rice}g", f"{rice} grams"], num(water / 1000, 2)]


@family
def cookie_batch_scale_cost(rng: random.Random) -> Made:
    base, want = rng.choice([12, 18, 24]), rng.choice([30, 36, 48, 60])
    if want % base == 0:
        return None
    butter = rng.choice([100, 115, 125, 150])
    need = F(butter * want, base)
    block = rng.choice([200, 250])
    blocks = -(-need // block)
    bp = price(rng, 1.5, 3.5)
    if need.denominator != 1 and near(need, 0):
        return None
    text = (f"A cookie recipe makes {base} and uses {butter} g butter. I need {want} cookies. How "
            f"much butter (nearest gram)? Butter comes in {block} g blocks at €{float(bp):.2f}; "
            f"how many "
            "blocks and what do they cost?")
    return text, [num(need, 0), [f"{blocks} blocks", f"{blocks} block"], eur(blocks * bp)]


@family
def shower_water_year(rng: random.Random) -> Made:
    lpm = rng.choice([6, 8, 9, 10, 12])
    mins = rng.randint(5, 15)
    per_m3 = price(rng, 1.5, 4.5)
    day = lpm * mins
    year = F(day * 365, 1000)
    cost = year * per_m3
    if near(cost, 2, 0.001):
        return None
    text = (f"shower flows {lpm} L/min and I shower {mins} minutes a day. litres per shower? and "
            f"water cost per year (365 showers) if water is €{float(per_m3):.2f} per cubic metre?")
    return text, [[f"{day} L", f"{day} litres", f"{day} liters", f"{day}L"], eur(cost)]


# ---------------------------------------------------------------- travel


@family
def sign_kmh_to_mph_time(rng: random.Random) -> Made:
    limit = rng.choice([50, 70, 80, 90, 100, 110, 130])
    km = rng.choice([15, 24, 36, 45, 60])
    mph = F(limit) / MILE
    mins = F(km * 60, limit)
    if near(mph, 0) or near(mins, 0):
        return None
    recipe = sign_of(rng, ["SPEED LIMIT", f"{limit} km/h"])
    text = (f"Driving in Europe, saw this sign. What's the limit in mph (nearest whole)? And at "
            f"exactly that limit how many minutes to cover {km} km (round to whole minutes)?")
    return text, [num(mph, 0), [f"{v} min" for v in num(mins, 0)]], {"image": recipe}


@family
def sign_sale_price(rng: random.Random) -> Made:
    off = rng.choice([15, 20, 25, 30, 40, 50])
    was = price(rng, 20, 150)
    now = was * (100 - off) / 100
    if near(now, 2, 0.001):
        return None
    recipe = sign_of(rng, ["SALE", f"{off}% OFF", "EVERYTHING"])
    text = (f"What discount does this shop sign say? The jacket I like was ${float(was):.2f} — "
            f"what's it "
            "cost now, and how much do I save?")
    return text, [[f"{off}%"], cash(now), cash(was - now)], {"image": recipe}


@family
def screen_flight_duration_tz(rng: random.Random) -> Made:
    dep_h, dep_m = rng.randint(6, 14), rng.choice([0, 10, 25, 35, 50])
    dur = rng.randint(150, 600)
    arr = dep_h * 60 + dep_m + dur
    shift = rng.choice([-6, -5, 1, 2, 3, 7, 8])
    local = arr + shift * 60
    if local >= 24 * 60 or local < 0 or arr >= 24 * 60:
        return None
    code = rng.choice(["LH 430", "BA 117", "AF 22", "KL 641", "UA 901"])
    rows = [f"Flight {code}", f"Departs {dep_h:02d}:{dep_m:02d}",
            f"Flight time {dur // 60}h {dur % 60:02d}m"]
    recipe = screen_of(rng, "Booking", rows)
    lh, lm = divmod(local, 60)
    dh, dm = divmod(arr, 60)
    text = (f"From this booking screen, what time does the flight land by my departure clock? "
            f"The destination is {abs(shift)} hours {'behind' if shift < 0 else 'ahead'} — what's "
            "the local time on landing? (24h)")
    return text, [[f"{dh:02d}:{dm:02d}"], [f"{lh:02d}:{lm:02d}"]], {"image": recipe}


@family
def road_trip_fuel_split(rng: random.Random) -> Made:
    miles = rng.randint(180, 650)
    mpg = rng.choice([24, 28, 30, 32, 35, 40])
    ppg = price(rng, 2.8, 4.9)
    people = rng.choice([2, 3, 4])
    gallons = F(miles, mpg)
    cost = gallons * ppg
    share = cost / people
    if near(gallons, 1) or near(cost, 2, 0.001) or near(share, 2, 0.001):
        return None
    text = (f"Road trip, {miles} miles, car does {mpg} mpg, gas ${float(ppg):.2f}/gal. Gallons "
            f"needed (1 "
            f"dp)? Total fuel cost? And split {people} ways?")
    return text, [num(gallons, 1), cash(cost), cash(share)]


@family
def hostel_nights_gbp_to_eur(rng: random.Random) -> Made:
    nights = rng.randint(3, 12)
    rate = rng.randint(19, 48)
    total = F(nights * rate)
    in_eur = convert(total, "GBP", "EUR")
    if near(in_eur, 2, 0.001):
        return None
    text = (f"Hostel in Edinburgh is £{rate} a night, I'm staying {nights} nights. What's the "
            "total in pounds, and what is it in euros at 1 EUR = 0.87 GBP (to the cent)?")
    return text, [gbp(total), eur(in_eur)]


@family
def walk_steps_km_kcal(rng: random.Random) -> Made:
    steps = rng.randint(60, 180) * 100
    stride = rng.choice([70, 72, 75, 78, 80])
    per_km = rng.choice([50, 55, 60, 65])
    km = F(steps * stride, 100000)
    kcal = km * per_km
    if near(km, 2) or near(kcal, 0):
        return None
    text = (f"Walked {steps:,} steps today; my stride is {stride} cm.\n- distance in km (2 dp)?\n"
            f"- at about {per_km} kcal per km, calories burned (whole number)?")
    return text, [num(km, 2), num(kcal, 0)]


@family
def train_vs_car(rng: random.Random) -> Made:
    km = rng.randint(120, 480)
    l100 = F(rng.choice([55, 62, 70, 78, 85]), 10)
    lp = price(rng, 1.55, 1.95)
    ticket = price(rng, 25, 90)
    fuel = F(km) * l100 / 100 * lp
    diff = abs(fuel - ticket)
    if near(fuel, 2, 0.001) or fuel == ticket:
        return None
    text = (f"Trip is {km} km one way. My car uses {float(l100):g} L/100km, "
            f"petrol is €{float(lp):.2f}/L. Train ticket is €{float(ticket):.2f}. What does the "
            f"drive cost in "
            "fuel, and what's the difference between the two?")
    return text, [eur(fuel), eur(diff)]


@family
def luggage_kg_lb_fee(rng: random.Random) -> Made:
    kg = F(rng.randint(180, 320), 10)
    lb = kg / LB
    limit = 50
    over = lb - limit
    fee = rng.choice([5, 8, 10])
    if near(lb, 1) or over <= 0:
        return None
    pounds_over = -(-over // 1)
    text = (f"my suitcase weighs {float(kg):g} kg. Airline limit is 50 lb and they charge ${fee} "
            "per pound over (any part of a pound counts as a whole pound). what is the bag in lb "
            "(1 dp) and what's the fee?")
    return text, [num(lb, 1), cash(F(pounds_over * fee))]


@family
def marathon_pace_miles(rng: random.Random) -> Made:
    h, m = rng.randint(3, 5), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    mins = h * 60 + m
    km = F("42.195")
    pace = F(mins) / km
    miles = km * 1000 / (MILE * 1000)
    mpace = F(mins) / miles
    if near(pace * 60, 0) or near(mpace * 60, 0) or near(miles, 1):
        return None

    def ms(x: Fraction) -> list[str]:
        s = int(x * 60 + F(1, 2))
        return [f"{s // 60}:{s % 60:02d}"]
    text = (f"Goal: marathon (42.195 km) in {h}:{m:02d}. Average pace per km (min:sec)? And per "
            "mile (min:sec)? A marathon is how many miles, to 1 dp?")
    return text, [ms(pace), ms(mpace), num(miles, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    flour_cups_grams_kcal, oven_f_and_timer, paint_litres_tins, fridge_kwh_cost,
    carpet_sqft_cost_eur, punch_bowl_servings, garden_bed_soil_bags, rice_ratio_per_person,
    cookie_batch_scale_cost, shower_water_year, sign_kmh_to_mph_time, sign_sale_price,
    screen_flight_duration_tz, road_trip_fuel_split, hostel_nights_gbp_to_eur, walk_steps_km_kcal,
    train_vs_car, luggage_kg_lb_fee, marathon_pace_miles)]
