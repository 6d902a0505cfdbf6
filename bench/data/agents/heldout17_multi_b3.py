"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-1: shared helpers for
this part, and everyday money, cooking, home and travel requests in two or more steps."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout9_multi_common import MEAN, F, Fraction, convert, money, tie
from bench.data.agents.heldout17_multi_b2 import degrade, price, registrar, screen_of, sign_of, till
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family

Recipe = dict[str, Any]


family = registrar("M_m_b3_")
spoil, sign, screen, bill, cents = degrade, sign_of, screen_of, till, price


def d2(x: Fraction) -> str:
    return f"{float(x):.2f}"


# ---------------------------------------------------------------- money


@family
def laundromat_loads_eur(rng: random.Random) -> Made:
    loads, wash, dry = rng.randint(2, 5), cents(rng, 2.5, 4.5), cents(rng, 1.5, 3)
    total = loads * (wash + dry)
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return None
    text = (f"laundromat run: {loads} loads, each one ${d2(wash)} to wash and ${d2(dry)} to dry. "
            "what's that cost me total, and what's it in euros (1 EUR = 1.17 USD)? to the cent pls")
    return text, [cash(total), money(eur, "EUR") + cash(eur)]


@family
def allowance_savings_weeks(rng: random.Random) -> Made:
    weekly, spend, goal = rng.choice([10, 12, 15, 20]), rng.choice([3, 4, 5, 6]), rng.choice(
        [90, 120, 150, 200, 250])
    save = weekly - spend
    weeks = -(-goal // save)
    text = (f"My son gets ${weekly} pocket money a week and spends ${spend} of it on snacks. He "
            f"wants a ${goal} game.\n1. How much does he save each week?\n2. How many full weeks "
            "until he can afford it?")
    return text, [[f"${save}", f"{save} dollars", f"{save} a week", f"{save} per week",
                   f"{save}.00"], [f"{weeks} weeks", f"{weeks} full weeks"]]


@family
def phone_plan_compare_year(rng: random.Random) -> Made:
    a, b = cents(rng, 20, 45), cents(rng, 20, 45)
    setup = rng.choice([0, 25, 35, 50])
    ya, yb = 12 * a + setup, 12 * b
    if ya == yb:
        return None
    text = (f"Plan A is ${d2(a)}/month plus a one-off ${setup} setup fee, plan B is ${d2(b)}/month "
            "with no fee. Over a year what does each cost, and which is cheaper by how much?")
    return text, [cash(ya), cash(yb), cash(abs(ya - yb))]


@family
def tip_per_person_then_gbp(rng: random.Random) -> Made:
    total, pct, n = cents(rng, 60, 240), rng.choice([10, 12, 15, 18]), rng.randint(3, 6)
    each = total * (100 + pct) / 100 / n
    gbp = convert(r2c(each), "USD", "GBP")
    if tie(each) or tie(gbp):
        return None
    text = (f"Dinner bill ${d2(total)}, we add {pct}% tip and split between {n}. How much each "
            "(to the cent)? Then my UK friend wants to know what their share is in pounds — use "
            "1 EUR = 1.17 USD = 0.87 GBP and your rounded share.")
    return text, [cash(each), money(gbp, "GBP") + cash(gbp)]


def r2c(x: Fraction) -> Fraction:
    return F(round(x * 100), 100) if not tie(x) else x


@family
def hourly_overtime_week(rng: random.Random) -> Made:
    rate, hours = cents(rng, 14, 32), rng.randint(42, 52)
    pay = rate * 40 + rate * F(3, 2) * (hours - 40)
    if tie(pay):
        return None
    text = (f"I make ${d2(rate)} an hour, time and a half for anything past 40 hrs. Worked {hours} "
            "this week. How many overtime hours is that, and what's my gross pay (nearest cent)?")
    return text, [[f"{hours - 40} hours", f"{hours - 40} overtime", f"{hours - 40} hrs"],
                  cash(pay)]


@family
def garage_sale_mean_total(rng: random.Random) -> Made:
    sales = [rng.randint(2, 40) for _ in range(rng.randint(6, 9))]
    mean = F(sum(sales), len(sales))
    if near(mean, 2, 0.001) or tie(mean):
        return None
    listed = ", ".join(f"${s}" for s in sales)
    text = (f"Garage sale today, sold stuff for {listed}. Total takings? and average per sale to "
            "2 decimal places? also could you chart the sales as a bar chart")
    return text, [[f"${sum(sales)}", f"{sum(sales)} dollars", f"{sum(sales)}.00"],
                  stat(MEAN, mean), CHART]


@family
def rent_split_by_room(rng: random.Random) -> Made:
    rent = rng.choice([1800, 2100, 2400, 2700, 3000])
    sizes = [rng.randint(9, 20) for _ in range(3)]
    shares = [F(rent * s, sum(sizes)) for s in sizes]
    if any(tie(s) for s in shares):
        return None
    pct = F(sizes[0] * 100, sum(sizes))
    if near(pct, 1):
        return None
    text = (f"Three of us share a ${rent}/month flat and split rent by bedroom size: mine is "
            f"{sizes[0]} m², Jo's {sizes[1]} m², Sam's {sizes[2]} m². What does each pay (nearest "
            "cent)? and what percentage of the rent is mine, one decimal?")
    return text, [*(cash(s) for s in shares), num(pct, 1)]


@family
def coffee_habit_year_pct(rng: random.Random) -> Made:
    cup, days = cents(rng, 3.2, 6.5), rng.choice([5, 6, 7])
    income = rng.choice([42000, 55000, 60000, 75000])
    year = cup * days * 52
    pct = year / income * 100
    if tie(year) or near(pct, 2, 0.005):
        return None
    text = (f"ok so I buy a ${d2(cup)} latte {days} days a week. What's that per year (52 weeks) "
            f"and what % of my ${income:,} salary is it, 2 decimal places?")
    return text, [cash(year), num(pct, 2)]


@family
def car_depreciation_years(rng: random.Random) -> Made:
    price, rate, years = rng.choice([18000, 24000, 30000, 36000]), rng.choice([12, 15, 18, 20]), \
        rng.randint(3, 6)
    value = F(price) * F(100 - rate, 100) ** years
    if tie(value):
        return None
    after1 = F(price) * F(100 - rate, 100)
    text = (f"New car costs ${price:,}. If it loses {rate}% of its value each year, what's it "
            "worth "
            f"after 1 year, and after {years} years? Round to cents.")
    return text, [cash(after1), cash(value)]


@family
def invoice_hours_vat_eur(rng: random.Random) -> Made:
    hours, rate = rng.randint(6, 30), rng.choice([45, 55, 60, 75, 85])
    vat = rng.choice([19, 20, 21])
    net = F(hours * rate)
    gross = net * (100 + vat) / 100
    text = (f"Freelance invoice: {hours} hours at €{rate}/h. Add {vat}% VAT. What's the net, the "
            "VAT amount and the total to bill?")
    return text, [cash(net), cash(gross - net), cash(gross)]


@family
def bulk_flour_unit_price(rng: random.Random) -> Made:
    small_kg, small_p = rng.choice([1, 1.5, 2]), cents(rng, 1.2, 3.5)
    big_kg, big_p = rng.choice([5, 10, 16]), cents(rng, 5, 18)
    us, ub = small_p / F(str(small_kg)), big_p / big_kg
    if near(us, 2, 0.002) or near(ub, 2, 0.002) or abs(us - ub) < F(1, 100):
        return None
    lb = ub * F("0.45359237")
    if near(lb, 2, 0.002):
        return None
    text = (f"Flour: {small_kg} kg bag for ${d2(small_p)} or a {big_kg} kg sack for ${d2(big_p)}. "
            "Price per kg for each (to the cent)? And the sack's price per pound, since the other "
            "shop labels in lb (1 lb = 0.45359237 kg)?")
    return text, [num(us), num(ub), num(lb)]


# ---------------------------------------------------------------- cooking and home


@family
def brine_salt_grams_percent(rng: random.Random) -> Made:
    litres, pct = rng.choice([2, 3, 4, 5]), rng.choice([5, 6, 8])
    salt = litres * 1000 * pct // 100
    tbsp = F(salt, 18)
    if near(tbsp, 1):
        return None
    text = (f"Making a {pct}% brine with {litres} litres of water (treat 1 L of water as 1000 g, "
            "salt as % of water weight). How many grams of salt? and if a tablespoon of salt is 18 "
            "g, roughly how many tablespoons, to the nearest whole?")
    return text, [[f"{salt} g", f"{salt}g", f"{salt} grams", f"{salt:,} g"], num(tbsp, 0)]


@family
def oven_gas_mark_time(rng: random.Random) -> Made:
    c = rng.choice([160, 170, 180, 190, 200, 220])
    f = F(c * 9, 5) + 32
    mins, start = rng.choice([35, 45, 50, 70, 85]), rng.randint(15 * 60, 18 * 60 + 40)
    if near(f, 0):
        return None
    text = (f"Recipe says {c}°C — my oven is in Fahrenheit, what do I set it to (nearest degree)? "
            f"And it bakes {mins} minutes; if it goes in at {say(start)}, when do I take it out?")
    return text, [[f"{v}°F" for v in num(f, 0)] + [f"{v} °F" for v in num(f, 0)] + [
        f"{v} degrees" for v in num(f, 0)] + [f"{v}F" for v in num(f, 0)], clock(start + mins)]


def say(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


@family
def rug_area_sqft_price(rng: random.Random) -> Made:
    w, ln = rng.choice([120, 150, 160, 200]), rng.choice([170, 200, 230, 250, 300])
    sqm = F(w * ln, 10000)
    sqft = sqm / F("0.09290304")
    per = cents(rng, 18, 60)
    if near(sqft, 1):
        return None
    text = (f"Rug is {w} x {ln} cm. What's its area in square metres and in square feet (one "
            f"decimal)? It costs ${d2(per)} per square metre — what's the price?")
    if tie(sqm * per):
        return None
    return text, [num(sqm, 2), num(sqft, 1), cash(sqm * per)]


@family
def electricity_kettle_cost(rng: random.Random) -> Made:
    watts, mins, uses, rate = rng.choice([1800, 2000, 2200, 3000]), rng.choice([3, 4, 5]), \
        rng.randint(3, 8), rng.choice([F("0.15"), F("0.24"), F("0.28"), F("0.31")])
    kwh_day = F(watts, 1000) * F(mins, 60) * uses
    year = kwh_day * 365 * rate
    if near(kwh_day, 2, 0.001) or tie(year):
        return None
    text = (f"My kettle is {watts} W and takes {mins} minutes to boil. I boil it {uses} times a "
            f"day.\n- kWh per day? (2 dp)\n- cost per year at ${float(rate):.2f} per kWh, "
            "365 days?")
    return text, [num(kwh_day, 2), cash(year)]


@family
def aquarium_gallons_water_change(rng: random.Random) -> Made:
    ln, w = rng.choice([60, 80, 100, 120]), rng.choice([30, 35, 40, 45])
    h = rng.choice([35, 40, 50])
    litres = F(ln * w * h, 1000)
    gal = litres / F("3.785411784")
    pct = rng.choice([20, 25, 30])
    change = litres * pct / 100
    if near(gal, 1) or near(change, 1):
        return None
    text = (f"fish tank inside dimensions {ln}x{w}x{h} cm. how many litres is it, how many US "
            f"gallons (1 dp), and how many litres for a {pct}% water change (1 dp)?")
    return text, [num(litres, 1), num(gal, 1), num(change, 1)]


@family
def candle_wax_batch(rng: random.Random) -> Made:
    jars, oz = rng.randint(6, 24), rng.choice([4, 6, 8])
    grams = jars * oz * F("28.35")
    frag = grams * rng.choice([6, 8, 10]) / 100
    pct = int(frag / grams * 100)
    kg_price = cents(rng, 6, 14)
    cost = grams / 1000 * kg_price
    if near(grams, 0) or near(frag, 0) or tie(r2c(cost)) or near(cost, 2, 0.002):
        return None
    text = (f"Candle batch: {jars} jars, {oz} oz of wax each (take 1 oz = 28.35 g). "
            "Total wax in grams (nearest gram)? Fragrance load "
            f"{pct}% of wax weight in grams (nearest gram)? And wax at ${d2(kg_price)}/kg costs?")
    return text, [num(grams, 0), num(frag, 0), cash(cost)]


# ---------------------------------------------------------------- travel


@family
def road_trip_litres_per_100(rng: random.Random) -> Made:
    km, litres = rng.randint(320, 900), rng.randint(22, 70)
    per100 = F(litres * 100, km)
    mpg = km / F("1.609344") / (litres / F("3.785411784"))
    if near(per100, 1) or near(mpg, 1):
        return None
    text = (f"Drove {km} km and filled up with {litres} litres. What's that in L/100 km and in US "
            "mpg? one decimal each")
    return text, [num(per100, 1), num(mpg, 1)]


@family
def flight_timezone_arrival(rng: random.Random) -> Made:
    dep, dur, shift = rng.randint(6 * 60, 14 * 60), rng.randint(5 * 60, 11 * 60), rng.choice(
        [-8, -6, -5, 1, 2, 3])
    arr = dep + dur + shift * 60
    h, m = divmod(dur, 60)
    text = (f"Flight leaves at {say(dep)} local, flying time {h} h {m} min, destination is "
            f"{abs(shift)} hours {'ahead' if shift > 0 else 'behind'}. Arrival local time? And the "
            "flight time in minutes?")
    return text, [clock(arr), [f"{dur} min", f"{dur} minutes"]]


@family
def hike_pace_ascent_time(rng: random.Random) -> Made:
    km, climb = rng.randint(8, 22), rng.choice([300, 450, 600, 750, 900])
    mins = F(km * 60, 5) + F(climb, 10)
    start = rng.randint(7 * 60, 10 * 60)
    if mins.denominator != 1:
        return None
    miles = km / F("1.609344")
    if near(miles, 1):
        return None
    text = (f"Planning a hike of {km} km with {climb} m of ascent. Using Naismith's rule (1 hour "
            "per 5 km plus 1 minute per 10 m of climb), how long will it take in minutes, when do "
            f"I finish if I start at {say(start)}, and how far is it in miles (1 dp)?")
    return text, [[f"{mins} min", f"{mins} minutes"], clock(start + int(mins)), num(miles, 1)]


@family
def currency_cash_left_gbp(rng: random.Random) -> Made:
    eur, spent = rng.choice([300, 400, 500, 600]), [rng.randint(20, 90) for _ in range(4)]
    left = F(eur - sum(spent))
    gbp = convert(left, "EUR", "GBP")
    usd = convert(left, "EUR", "USD")
    text = (f"Took €{eur} cash to Spain. Spent €{spent[0]}, €{spent[1]}, €{spent[2]} and €"
            f"{spent[3]}. How much is left, and what's that in pounds and in dollars? (1 EUR = "
            "1.17 USD = 0.87 GBP)")
    return text, [cash(left), money(gbp, "GBP") + cash(gbp), money(usd, "USD") + cash(usd)]


@family
def train_speed_minutes_late(rng: random.Random) -> Made:
    km, speed, late = rng.choice([120, 150, 180, 240, 300]), rng.choice([80, 90, 100, 120]), \
        rng.choice([10, 15, 25])
    mins = F(km * 60, speed)
    new_speed = F(km * 60, mins + late)
    if mins.denominator != 1 or near(new_speed, 1):
        return None
    text = (f"Train covers {km} km at an average {speed} km/h. How many minutes is the trip? If "
            f"it arrived {late} minutes late, what was its actual average speed (1 dp)?")
    return text, [[f"{mins} min", f"{mins} minutes"], num(new_speed, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    laundromat_loads_eur, allowance_savings_weeks, phone_plan_compare_year,
    tip_per_person_then_gbp, hourly_overtime_week, garage_sale_mean_total, rent_split_by_room,
    coffee_habit_year_pct, car_depreciation_years, invoice_hours_vat_eur, bulk_flour_unit_price,
    brine_salt_grams_percent, oven_gas_mark_time, rug_area_sqft_price,
    electricity_kettle_cost, aquarium_gallons_water_change, candle_wax_batch,
    road_trip_litres_per_100, flight_timezone_arrival, hike_pace_ascent_time,
    currency_cash_left_gbp, train_speed_minutes_late)]
