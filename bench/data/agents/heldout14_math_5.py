"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part eight: word problems from
fitness, cooking, small business and travel, and everyday asks of percentages, powers and
time in their own words."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_math import (
    Made,
    approx,
    dec,
    dedupe,
    eq,
    family,
    frac,
    hours_minutes,
    need,
    whole,
)
from bench.data.agents.heldout14_math_4 import cents, money
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


def unit(forms: list[str], *units: str) -> list[str]:
    """Numbers with each unit after them, spaced and not."""
    return dedupe([f"{f} {u}" for f in forms for u in units] +
                  [f"{f}{u}" for f in forms for u in units if len(u) <= 3])


# --- fitness ---------------------------------------------------------------------------

@fam
def n_lift_volume(rng: random.Random) -> Made:  # total training volume
    s1, r1, w1 = rng.randint(3, 5), rng.randint(5, 12), rng.choice([40, 50, 60, 70, 80, 100])
    s2, r2, w2 = rng.randint(2, 4), rng.randint(8, 15), F(rng.randint(40, 120), 2)
    total = s1 * r1 * w1 + s2 * r2 * w2
    return (f"today I did {s1} sets of {r1} at {w1} kg and {s2} sets of {r2} at {float(w2):g} kg. "
            "total volume lifted?", [dedupe(unit(dec(total), "kg") + dec(total))])


@fam
def n_swim_lengths(rng: random.Random) -> Made:  # lengths of a pool
    pool = rng.choice([25, 50])
    lengths = rng.randint(20, 120)
    metres = pool * lengths
    need(metres % 100 == 0 or metres % 250 == 0)
    return (f"how many lengths of a {pool} m pool is {metres / 1000:g} km?", [whole(lengths)])


@fam
def n_steps_left(rng: random.Random) -> Made:  # daily steps needed for a weekly goal
    goal, done = rng.choice([50000, 60000, 70000, 75000, 80000]), 2 * rng.randint(12500, 24000)
    per = F(goal - done, 2)
    return (f"weekly goal is {goal:,} steps and I've done {done:,} in the first five days. how "
            "many steps a day for the last two days?", [approx(per)])


@fam
def n_ride_speed(rng: random.Random) -> Made:  # cycling average speed
    km, h, m = F(rng.randint(150, 1200), 10), rng.randint(0, 4), rng.randint(5, 55)
    need(h * 60 + m >= 30)
    speed = km * 60 / (h * 60 + m)
    took = f"{h} h {m} min" if h else f"{m} minutes"
    return (f"rode {float(km):g} km in {took}. average speed in km/h?",
            [dedupe(unit(dec(speed), "km/h") + dec(speed))])


@fam
def n_mileage_build(rng: random.Random) -> Made:  # a weekly increase in running distance
    start, p, week = rng.randint(10, 40), rng.choice([5, 8, 10]), rng.randint(4, 12)
    value = start * F(100 + p, 100) ** (week - 1)
    return (f"week 1 I run {start} km, and I add {p}% every week. how far in week {week}?",
            [dedupe(unit(dec(value), "km") + dec(value))])


@fam
def n_marathon_finish(rng: random.Random) -> Made:  # finish time from a pace
    pace = rng.randint(270, 420)
    total = F(pace) * F(422, 10)
    need(total.denominator == 1)
    h, rest = divmod(int(total), 3600)
    m, s = divmod(rest, 60)
    return (f"if I hold {pace // 60}:{pace % 60:02d} per km for a full marathon (42.2 km), what's "
            "my finish time?", [dedupe([f"{h}:{m:02d}:{s:02d}", f"{h} h {m} min {s} s",
                                        f"{h}h {m}m {s}s", f"{h} hours {m} minutes {s} seconds",
                                        f"{h} hours, {m} minutes and {s} seconds"])])


# --- cooking ---------------------------------------------------------------------------

@fam
def n_turkey_time(rng: random.Random) -> Made:  # roasting time from weight
    lb, per, extra = rng.randint(8, 24), rng.choice([13, 15, 18, 20]), rng.choice([15, 20, 30])
    total = lb * per + extra
    need(total % 60 != 0)
    return (f"the guide says {per} minutes per pound plus {extra} minutes. my turkey is {lb} lb - "
            "how long in the oven?", [hours_minutes(total)])


@fam
def n_recipe_grams(rng: random.Random) -> Made:  # scaling a recipe by servings
    base, grams = rng.choice([2, 4, 6, 8]), rng.randint(5, 90) * 10
    want = rng.choice([n for n in range(3, 15) if n != base])
    value = F(grams * want, base)
    return (f"recipe for {base} uses {grams} g flour. how much flour for {want} people?",
            [dedupe(unit(dec(value), "g", "grams") + dec(value))])


@fam
def n_dough_water(rng: random.Random) -> Made:  # water from a hydration percentage
    flour, p = rng.randint(3, 20) * 50, rng.randint(55, 85)
    water = F(flour * p, 100)
    return (f"making bread at {p}% hydration with {flour} g of flour. how much water?",
            [dedupe(unit(dec(water), "g", "grams", "ml") + dec(water))])


@fam
def n_cost_per_serving(rng: random.Random) -> Made:  # cost per portion
    items = [cents(rng, 1, 12) for _ in range(rng.randint(3, 5))]
    serves = rng.randint(4, 12)
    text = " + ".join(money(i) for i in items)
    return (f"ingredients cost {text} and it makes {serves} portions. cost per portion?",
            [dec(sum(items) / serves)])


@fam
def n_coffee_ratio(rng: random.Random) -> Made:  # coffee grounds from a brew ratio
    ratio, water = rng.choice([15, 16, 17, 18]), rng.randint(6, 40) * 25
    grams = F(water, ratio)
    return (f"I brew at 1:{ratio} coffee to water. for {water} ml of water, how many grams of "
            "coffee?", [dedupe(unit(dec(grams), "g", "grams") + dec(grams))])


# --- small business --------------------------------------------------------------------

@fam
def n_break_even(rng: random.Random) -> Made:  # units to break even
    fixed, price, var = rng.randint(5, 80) * 100, rng.randint(12, 60), rng.randint(3, 30)
    need(price > var + 2)
    units = math.ceil(F(fixed, price - var))
    return (f"fixed costs {fixed:,} a month, I sell at {price} and each unit costs {var} to make. "
            "how many units to break even?", [whole(units)])


@fam
def n_market_stall(rng: random.Random) -> Made:  # profit from a market stall
    n, price, cost, fee = rng.randint(40, 400), cents(rng, 2, 6), cents(rng, 0, 2), \
        rng.randint(20, 150)
    need(price > cost + 1)
    return (f"sold {n} cupcakes at {money(price)}, each cost me {money(cost)} to make, and the "
            f"stall fee was {fee}. profit?", [dec(n * (price - cost) - fee)])


@fam
def n_payroll(rng: random.Random) -> Made:  # a week's wages for three staff
    staff = [(rng.randint(10, 40), cents(rng, 12, 30)) for _ in range(3)]
    text = "; ".join(f"{h} h at {money(r)}" for h, r in staff)
    return (f"wages this week: {text}. total payroll?", [dec(sum(h * r for h, r in staff))])


@fam
def n_price_for_margin(rng: random.Random) -> Made:  # a price that gives a set margin
    cost, m = cents(rng, 3, 200), rng.choice([20, 25, 30, 35, 40, 50, 60])
    return (f"item costs me {money(cost)}. what price gives a {m}% profit margin (margin on the "
            "selling price)?", [dec(cost * 100 / (100 - m))])


@fam
def n_stock_days(rng: random.Random) -> Made:  # days until stock runs out
    units, per = rng.randint(150, 3000), rng.randint(12, 90)
    need(units % per != 0)
    return (f"{units} units in the warehouse, we ship about {per} a day. how many full days "
            "before we run out?", [whole(units // per)])


@fam
def n_plan_compare(rng: random.Random) -> Made:  # where two price plans cost the same
    base_a, rate_a, base_b = rng.randint(5, 30), F(rng.randint(5, 25), 100), rng.randint(35, 80)
    minutes = F(base_b - base_a) / rate_a
    need(minutes.denominator == 1)
    return (f"plan A is {base_a} a month plus {money(rate_a)} a minute, plan B is a flat "
            f"{base_b}. at how many minutes do they cost the same?", [whole(int(minutes))])


@fam
def n_late_fee(rng: random.Random) -> Made:  # a compounding late fee
    amount, p, months = cents(rng, 200, 5000), rng.choice([F(1), F(3, 2), F(2)]), \
        rng.randint(2, 8)
    value = amount * (1 + p / 100) ** months
    return (f"unpaid invoice of {money(amount)} grows {float(p):g}% a month, compounding. what's "
            f"owed after {months} months?", [dec(value)])


@fam
def n_growth_needed(rng: random.Random) -> Made:  # percentage growth needed for a target
    now = rng.randint(20, 400) * 1000
    target = now + rng.randint(5, 150) * 500
    return (f"revenue was {now:,} this year. we want {target:,} next year. what percent growth "
            "is that?", [dec(F(target - now, now) * 100)])


@fam
def n_tip_pool(rng: random.Random) -> Made:  # a tip pool shared by hours
    pool, hours = rng.randint(200, 1500), [rng.randint(8, 40) for _ in range(3)]
    share = F(pool * hours[1], sum(hours))
    return (f"tip jar had {pool} this week, split by hours worked: Sam {hours[0]} h, Priya "
            f"{hours[1]} h, Leo {hours[2]} h. what's Priya's share?", [dec(share)])


@fam
def n_ratio_share(rng: random.Random) -> Made:  # the largest share in a ratio
    parts = rng.sample(range(1, 10), 3)
    total = sum(parts) * rng.randint(20, 500)
    return (f"divide {total:,} in the ratio {':'.join(map(str, parts))}. what's the biggest "
            "share?", [whole(total * max(parts) // sum(parts))])


@fam
def n_rent_by_size(rng: random.Random) -> Made:  # rent shared by room size
    rent, rooms = rng.randint(15, 45) * 100, [rng.randint(8, 20) for _ in range(3)]
    share = F(rent * rooms[0], sum(rooms))
    return (f"we split the {rent:,} rent by bedroom size: mine is {rooms[0]} m², the others "
            f"{rooms[1]} m² and {rooms[2]} m². what do I pay?", [dec(share)])


# --- travel ----------------------------------------------------------------------------

@fam
def n_fuel_trip(rng: random.Random) -> Made:  # fuel cost from litres per 100 km
    km, use, price = rng.randint(80, 1200), F(rng.randint(45, 95), 10), cents(rng, 1, 2)
    return (f"trip is {km} km, car uses {float(use):g} L/100km, fuel is {money(price)} per litre. "
            "fuel cost?", [dec(F(km, 100) * use * price)])


@fam
def n_gas_mpg(rng: random.Random) -> Made:  # gas cost from miles per gallon
    miles, mpg, price = rng.randint(60, 900), rng.randint(18, 45), cents(rng, 2, 5)
    return (f"how much will gas cost for {miles} miles if I get {mpg} mpg and gas is "
            f"${money(price)}/gal?", [dec(F(miles, mpg) * price)])


@fam
def n_trip_split(rng: random.Random) -> Made:  # shared trip costs per person
    costs = [rng.randint(80, 900), rng.randint(40, 300), rng.randint(30, 250)]
    people = rng.randint(2, 6)
    return (f"cabin {costs[0]}, groceries {costs[1]}, gas {costs[2]}, split between {people} "
            "people. each owes?", [dec(F(sum(costs), people))])


@fam
def n_hotel_total(rng: random.Random) -> Made:  # a hotel bill with tax and a fee
    nights, rate, tax, fee = rng.randint(2, 9), cents(rng, 70, 260), rng.choice([10, 12, 14]), \
        rng.choice([5, 10, 15])
    total = nights * (rate * (100 + tax) / 100 + fee)
    return (f"{nights} nights at {money(rate)} per night, plus {tax}% tax and a {fee} resort fee "
            "each night. total?", [dec(total)])


@fam
def n_daily_distance(rng: random.Random) -> Made:  # distance per day for a trip
    km, days = rng.randint(300, 4000), rng.randint(3, 14)
    return (f"road trip of {km:,} km over {days} days. how far per day on average?",
            [dedupe(unit(dec(F(km, days)), "km") + dec(F(km, days)))])


@fam
def n_holiday_budget(rng: random.Random) -> Made:  # spending money per day
    budget, flights, hotel, days = rng.randint(15, 60) * 100, rng.randint(200, 900), \
        rng.randint(300, 1500), rng.randint(4, 14)
    need(budget > flights + hotel + 100)
    return (f"holiday budget is {budget:,}. flights {flights}, hotel {hotel}. how much can I "
            f"spend per day over {days} days?", [dec(F(budget - flights - hotel, days))])


# --- everyday asks in their own words --------------------------------------------------

@fam
def n_solve_for_y(rng: random.Random) -> Made:  # an equation in y
    a, y, b = rng.randint(2, 11), rng.randint(-15, 25), rng.randint(1, 40)
    return (f"solve for y: {a}y - {b} = {a * y - b}", [eq("y", frac(F(y)))])


@fam
def n_what_percent_of(rng: random.Random) -> Made:  # what percent one number is of another
    whole_, part = rng.randint(20, 500), rng.randint(3, 400)
    need(part < whole_)
    value = F(part * 100, whole_)
    return (f"what percent of {whole_} is {part}?",
            [dedupe([f"{o}%" for o in dec(value)] + dec(value))])


@fam
def n_of_what(rng: random.Random) -> Made:  # a number from a percentage of it
    p, n = rng.choice([5, 12, 15, 20, 25, 40, 75]), rng.randint(10, 900)
    part = F(p * n, 100)
    need(part.denominator == 1)
    return f"{part} is {p}% of what number?", [whole(n)]


@fam
def n_more_than(rng: random.Random) -> Made:  # a number some percent bigger
    n, p = rng.randint(40, 900), rng.choice([15, 35, 45, 55, 65, 120, 150])
    return f"which number is {p}% more than {n}?", [dec(F(n * (100 + p), 100))]


@fam
def n_surd_product(rng: random.Random) -> Made:  # a product of square roots
    a, k = rng.choice([2, 3, 5, 6, 7]), rng.randint(2, 9)
    return (f"sqrt({a}) * sqrt({a * k * k}) simplified?", [whole(a * k)])


@fam
def n_power_shift(rng: random.Random) -> Made:  # an exponent with x + 1
    b, x = rng.choice([2, 3, 5, 7]), rng.randint(1, 7)
    need(b ** (x + 1) < 10**6)
    return f"solve {b}^(x+1) = {b ** (x + 1)}", [dedupe(eq("x", whole(x)))]


@fam
def n_time_add(rng: random.Random) -> Made:  # adding two durations
    a, b = rng.randint(20, 400), rng.randint(20, 400)
    need((a + b) % 60 != 0 and a % 60 != 0 and b % 60 != 0)
    ah, am = divmod(a, 60)
    bh, bm = divmod(b, 60)
    return (f"what's {ah} h {am} min plus {bh} h {bm} min?", [hours_minutes(a + b)])


@fam
def n_hours_decimal(rng: random.Random) -> Made:  # decimal hours into hours and minutes
    minutes = rng.randint(61, 600)
    need(minutes % 15 == 0 and minutes % 60 != 0)
    return (f"{minutes / 60:g} hours is how many hours and minutes?", [hours_minutes(minutes)])


@fam
def n_card_interest(rng: random.Random) -> Made:  # one month's credit card interest
    balance, apr = cents(rng, 300, 9000), rng.choice([F(1999, 100), F(2499, 100), F(1799, 100),
                                                      F(2249, 100)])
    return (f"credit card balance {money(balance)} at {float(apr)}% APR. roughly how much "
            "interest this month (APR divided by 12)?", [dec(balance * apr / 1200)])


@fam
def n_doubling_time(rng: random.Random) -> Made:  # years to double at compound interest
    r = rng.choice([F(2), F(3), F(4), F(9, 2), F(5), F(6), F(7), F(8), F(10)])
    years = math.log(2) / math.log(1 + float(r) / 100)
    return (f"how many years to double my money at {float(r):g}% a year, compounded annually? "
            "(exact, not the rule of 72)", [dec(years)])


@fam
def n_monthly_saving_fv(rng: random.Random) -> Made:  # future value of monthly deposits
    pay, r, years = rng.randint(5, 40) * 10, rng.choice([3, 4, 5, 6, 7]), rng.randint(3, 20)
    i, n = r / 1200, 12 * years
    value = pay * ((1 + i) ** n - 1) / i
    return (f"putting {pay} in every month at {r}% a year, compounded monthly, deposits at the "
            f"end of each month. what will I have after {years} years?", [dec(value)])


@fam
def n_pocket_money(rng: random.Random) -> Made:  # allowance by age over a month
    ages, per = rng.sample(range(5, 16), 3), cents(rng, 0, 2) + F(1, 2)
    weeks = rng.choice([4, 52])
    total = sum(ages) * per * weeks
    span = "4 weeks" if weeks == 4 else "a year (52 weeks)"
    return (f"my kids are {ages[0]}, {ages[1]} and {ages[2]}. they each get {money(per)} a week "
            f"per year of age. total for {span}?", [dec(total)])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
