"""Round 14 (``N_m_*``, dev now) multi-part requests where a first result is used again: a total
then a share, a price then a tax, a speed then a time, a solve then a double."""

from __future__ import annotations

import math

from bench.data.agents.heldout14_multi_common import (
    FOOT,
    GAL,
    KG,
    LB,
    MI,
    MILE,
    OZ,
    F,
    Item,
    beats,
    cash,
    convert,
    deg_f,
    dp12,
    fams,
    forms,
    multi,
    num,
    r2,
    random,
    root,
    safe,
    span,
    two_roots,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

KM = ["km", "kilometres", "kilometers"]
L = ["L", "litres", "liters", "l"]


def n_m_bills_mean_up(rng: random.Random) -> Item:  # a mean, then that plus a percentage
    bills = [rng.randint(40, 180) for _ in range(rng.randint(3, 6))]
    up = rng.choice([5, 8, 10, 12, 20])
    mean = F(sum(bills), len(bills))
    more = mean * (100 + up) / 100
    if not safe(mean, more):
        return n_m_bills_mean_up(rng)
    return multi("N_m_bills_mean_up", f"gas bills last few months: {', '.join(map(str, bills))}. "
                 f"what's the average, and what would it be if prices go up {up}%?",
                 [forms(mean), forms(more)])


def n_m_solve_then_double(rng: random.Random) -> Item:  # solve, then double the answer
    a, x, b = rng.randint(3, 12), rng.randint(-9, 30), rng.randint(1, 40)
    return multi("N_m_solve_then_double", f"solve {a}x - {b} = {a * x - b} and then double it",
                 [root(x), whole(2 * x)])


def n_m_trip_total_share_gbp(rng: random.Random) -> Item:  # total, a share, the share in pounds
    costs = [F(rng.randint(2000, 25000), 100) for _ in range(3)]
    n = rng.choice([2, 3, 4])
    total = sum(costs, F(0))
    share = total / n
    gbp = convert(share, "EUR", "GBP")
    if not safe(share, gbp):
        return n_m_trip_total_share_gbp(rng)
    listed = ", ".join(f"{float(c):.2f}" for c in costs)
    return multi("N_m_trip_total_share_gbp", f"we spent {listed} euros on the weekend. total? "
                 f"each person's share with {n} of us? and that share in pounds for my UK mate?",
                 [forms(total), forms(share), cash(gbp, "GBP")])


def n_m_floor_tiles(rng: random.Random) -> Item:  # a floor's area, then how many tiles
    a, b = F(rng.randint(20, 60), 10), F(rng.randint(20, 50), 10)
    tile = rng.choice([(30, 30), (40, 40), (60, 60), (30, 60)])
    area = a * b
    tiles = math.ceil(area / F(tile[0] * tile[1], 10000))
    if not safe(area):
        return n_m_floor_tiles(rng)
    return multi("N_m_floor_tiles", f"kitchen floor is {float(a):g} m by {float(b):g} m. area? "
                 f"and how many {tile[0]}x{tile[1]} cm tiles would I need (no spares)?",
                 [unit(area, "m²", "m2", "square metres", "square meters", "sq m"),
                  [f"{tiles} tiles"]])


def n_m_wage_week_year(rng: random.Random) -> Item:  # hourly pay to a week, then a year
    rate, hours = F(rng.randint(1100, 4500), 100), F(rng.choice([40, 50, 60, 70, 75, 80]), 2)
    week = rate * hours
    return multi("N_m_wage_week_year", f"I get {float(rate):.2f} an hour and do {float(hours):g} "
                 "hours a week. what's that weekly, and over 52 weeks?",
                 [forms(week), forms(week * 52)])


def n_m_raise_monthly(rng: random.Random) -> Item:  # a raise, then per month
    salary, rise = rng.randint(24, 95) * 1000, rng.choice([F(2), F(5, 2), F(3), F(7, 2), F(4),
                                                           F(5)])
    new = salary * (1 + rise / 100)
    if not safe(new / 12):
        return n_m_raise_monthly(rng)
    return multi("N_m_raise_monthly", f"My salary is {salary:,} and I'm getting a {float(rise):g}% "
                 "raise. New salary, and what's that per month?", [forms(new), forms(new / 12)])


def n_m_butter_ounces(rng: random.Random) -> Item:  # a scaled amount, then in ounces
    grams, makes, want = rng.choice([100, 125, 200, 225, 250]), rng.choice([12, 16, 20, 24]), 0
    want = rng.choice([18, 30, 36, 40, 48, 60])
    need = F(grams * want, makes)
    oz = need / OZ
    if want == makes or not safe(need, oz):
        return n_m_butter_ounces(rng)
    return multi("N_m_butter_ounces", f"{grams} g butter makes {makes} cookies. I want to make "
                 f"{want}. how much butter is that, and in ounces (my scale is american)?",
                 [unit(need, "g", "grams"), unit(oz, "oz", "ounces")])


def n_m_route_miles_hours(rng: random.Random) -> Item:  # a route in miles, then a riding time
    km, mph = rng.randint(15, 160), rng.choice([10, 12, 15, 20])
    mi = km / MILE
    minutes = mi / mph * 60
    if not safe(mi):
        return n_m_route_miles_hours(rng)
    whole_min = int(minutes + F(1, 2))
    if abs(minutes - whole_min) > F(2, 5):
        return n_m_route_miles_hours(rng)
    return multi("N_m_route_miles_hours", f"the bike route is {km} km. how many miles is that, and "
                 f"at about {mph} mph how long will it take me?",
                 [unit(mi, *MI), span(whole_min)])


def n_m_integral_times(rng: random.Random) -> Item:  # a definite integral, then a multiple
    n, k = rng.randint(2, 9), rng.randint(2, 6)
    value = n ** 3 - 1
    return multi("N_m_integral_times", f"integrate 3x^2 from 1 to {n}, then multiply the answer "
                 f"by {k}", [whole(value), whole(k * value)])


def n_m_tangent_line(rng: random.Random) -> Item:  # a slope at a point, then the tangent line
    a = rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7])
    m, c = 2 * a, -a * a
    line = f"{m}x - {a * a}"
    assert c < 0
    return multi("N_m_tangent_line", f"slope of y = x^2 at x = {a}? and then the equation of the "
                 "tangent line there", [labelled(["slope", "Slope", "gradient"], str(m)),
                                        [f"y = {line}", f"y={line.replace(' ', '')}",
                                         f"y = {line.replace(' ', '')}"]])


def n_m_roots_squares(rng: random.Random) -> Item:  # roots, then the sum of their squares
    r1, r2, p = two_roots(rng)
    return multi("N_m_roots_squares", f"what are the roots of {p}? then add up their squares",
                 [root(r1), root(r2), whole(r1 * r1 + r2 * r2)])


def n_m_pack_unit_price(rng: random.Random) -> Item:  # two unit prices, then the saving
    a, b = rng.choice([4, 6, 8]), rng.choice([10, 12, 15, 20])
    pa, pb = F(rng.randint(150, 900), 100), F(rng.randint(250, 1500), 100)
    ua, ub = pa / a, pb / b
    if not safe(ua, ub) or abs(ua - ub) < F(1, 100):
        return n_m_pack_unit_price(rng)
    gap = abs(ua - ub)
    if not safe(gap):
        return n_m_pack_unit_price(rng)
    return multi("N_m_pack_unit_price", f"yoghurts: pack A is {a} for {float(pa):.2f}, pack B is "
                 f"{b} for {float(pb):.2f}. price per pot for each, and how much do I save per pot "
                 "with the cheaper one?", [forms(ua), forms(ub),
                                           list(dict.fromkeys([*forms(gap),
                                                               *forms(abs(r2(ua) - r2(ub)))]))])


def n_m_fuel_rate_then_cost(rng: random.Random) -> Item:  # litres per 100 km, then a trip's cost
    litres, km = rng.randint(25, 60), rng.randint(300, 900)
    rate = F(litres * 100, km)
    trip, price = rng.choice([500, 800, 1000, 1200]), F(rng.randint(150, 210), 100)
    cost = rate * trip / 100 * price
    if not safe(rate, cost):
        return n_m_fuel_rate_then_cost(rng)
    return multi("N_m_fuel_rate_then_cost", f"filled up {litres} L after {km} km. what's my "
                 f"consumption in L/100km, and what would a {trip} km trip cost at "
                 f"{float(price):.2f} per litre?", [unit(rate, "L/100km", "L/100 km",
                                                         "litres per 100 km"), forms(cost)])


def n_m_discount_then_tax(rng: random.Random) -> Item:  # a discount, then sales tax
    price, off, tax = rng.randint(20, 400), rng.choice([10, 15, 20, 25, 30]), F(rng.choice(
        [10, 12, 14, 16, 17]), 2)
    after = F(price * (100 - off), 100)
    final = after * (100 + F(tax)) / 100
    if not safe(final):
        return n_m_discount_then_tax(rng)
    return multi("N_m_discount_then_tax", f"shoes are {price} dollars with {off}% off, then "
                 f"{float(tax):g}% sales tax on top. price after the discount, and what I "
                 "actually pay?", [forms(after), forms(final)])


def n_m_dinner_eur_split(rng: random.Random) -> Item:  # a bill in dollars, euros, then split
    usd, n = F(rng.randint(6000, 48000), 100), rng.choice([2, 3, 4, 5, 6])
    eur = convert(usd, "USD", "EUR")
    share = eur / n
    if not safe(eur, share):
        return n_m_dinner_eur_split(rng)
    return multi("N_m_dinner_eur_split", f"the dinner bill came to ${float(usd):.2f}. convert it "
                 f"to euros and then split it {n} ways", [cash(eur, "EUR"), cash(share, "EUR")
                                                          + forms(share)])


def n_m_oven_compare(rng: random.Random) -> Item:  # °C to °F, then a difference
    c, f_ = rng.choice([160, 170, 180, 190, 200, 220, 230]), rng.choice([300, 325, 350, 375, 400])
    fc = F(c * 9, 5) + 32
    if fc == f_:
        return n_m_oven_compare(rng)
    diff = abs(fc - f_)
    return multi("N_m_oven_compare", f"my oven is set to {c}C. what's that in F, and how far off "
                 f"is it from the {f_}F the recipe wants?",
                 [deg_f(fc), [*deg_f(diff), *(f"{v} degrees" for v in num(diff))]])


def n_m_percent_of_percent(rng: random.Random) -> Item:  # a percentage, then one of that
    n, p, q = rng.randint(2, 90) * 50, rng.choice([20, 40, 60, 75, 80]), rng.choice([10, 15, 25,
                                                                                   30, 35])
    first = F(n * p, 100)
    second = first * q / 100
    return multi("N_m_percent_of_percent", f"take {p}% of {n}, then {q}% of that result",
                 [num(first), num(second)])


def n_m_bmi_then_to_lose(rng: random.Random) -> Item:  # a BMI, then kilos above a BMI of 25
    cm = rng.randint(155, 195)
    h = F(cm, 100)
    kg = rng.randint(int(27 * h * h) + 1, int(38 * h * h))
    bmi = kg / h ** 2
    lose = kg - 25 * h ** 2
    if not safe(bmi, lose):
        return n_m_bmi_then_to_lose(rng)
    return multi("N_m_bmi_then_to_lose", f"I'm {cm} cm and {kg} kg. what's my BMI, and how many kg "
                 "would I need to lose to get to a BMI of 25?", [dp12(bmi), unit(lose, *KG)])


def n_m_max_hr_two_pcts(rng: random.Random) -> Item:  # max heart rate, then two percentages
    age = rng.randint(20, 70)
    top = 220 - age
    lo, hi = F(top * 60, 100), F(top * 70, 100)
    if not safe(lo, hi):
        return n_m_max_hr_two_pcts(rng)
    return multi("N_m_max_hr_two_pcts", f"for a {age} year old, max HR by 220 minus age, then 60% "
                 "and 70% of it for zone 2?", [whole(top), beats(lo), beats(hi)])


def n_m_syrup_days(rng: random.Random) -> Item:  # ml a day, then how many days a bottle lasts
    bottle, dose, times = rng.choice([100, 150, 200, 250]), rng.choice([F(5), F(10), F(15, 2)]), \
        rng.choice([2, 3, 4])
    daily = dose * times
    days = F(bottle) / daily
    if days.denominator != 1:
        return n_m_syrup_days(rng)
    return multi("N_m_syrup_days", f"{bottle} ml bottle of cough syrup, {float(dose):g} ml "
                 f"{times} times a day. how much per day and how many days will it last?",
                 [unit(daily, "ml", "mL", "millilitres"), [f"{days} days"]])


def n_m_savings_months(rng: random.Random) -> Item:  # a monthly saving, then months to a goal
    pay, pc = rng.randint(18, 60) * 100, rng.choice([10, 12, 15, 20])
    goal = rng.randint(3, 30) * 1000
    month = F(pay * pc, 100)
    months = math.ceil(goal / month)
    if F(goal) / month == months:
        return n_m_savings_months(rng)
    return multi("N_m_savings_months", f"if I put {pc}% of my {pay} monthly pay aside, how much is "
                 f"that a month, and how many months until I have {goal:,}?",
                 [forms(month), [f"{months} months"]])


def n_m_tank_litres_gallons(rng: random.Random) -> Item:  # a tank's volume, then US gallons
    a, b, c = rng.randint(30, 150), rng.randint(30, 80), rng.randint(25, 70)
    litres = F(a * b * c, 1000)
    gal = litres / GAL
    if not safe(litres, gal):
        return n_m_tank_litres_gallons(rng)
    return multi("N_m_tank_litres_gallons", f"fish tank is {a} cm long, {b} cm deep and {c} cm "
                 "high. how many litres does it hold, and how many US gallons?",
                 [unit(litres, *L), unit(gal, "gallons", "gal")])


def n_m_weighted_then_gap(rng: random.Random) -> Item:  # a weighted average, then a gap to 90
    w = rng.choice([(20, 30, 50), (25, 25, 50), (30, 30, 40), (10, 40, 50)])
    s = [rng.randint(55, 98) for _ in range(3)]
    avg = F(sum(a * b for a, b in zip(w, s, strict=True)), 100)
    if not safe(avg) or avg >= 90:
        return n_m_weighted_then_gap(rng)
    return multi("N_m_weighted_then_gap", f"coursework {s[0]} (worth {w[0]}%), midterm {s[1]} "
                 f"({w[1]}%), final {s[2]} ({w[2]}%). my overall mark? and how far below 90 is "
                 "that?", [forms(avg), forms(90 - avg)])


def n_m_needed_on_last(rng: random.Random) -> Item:  # a running total, then the score needed
    k, avg, target = rng.randint(3, 6), rng.randint(60, 85), 0
    target = avg + rng.randint(2, 6)
    total = k * avg
    need = (k + 1) * target - total
    if need > 100:
        return n_m_needed_on_last(rng)
    return multi("N_m_needed_on_last", f"my average over {k} tests is {avg}. what's my total so "
                 f"far, and what do I need on the next one to bring the average up to {target}?",
                 [whole(total), whole(need)])


def n_m_growth_one_five(rng: random.Random) -> Item:  # growth after one year and after five
    pop, r = rng.randint(20, 900) * 100, rng.choice([2, 3, 4, 5, 6])
    one = pop * (1 + F(r, 100))
    five = pop * (1 + F(r, 100)) ** 5
    if not safe(one, five):
        return n_m_growth_one_five(rng)
    return multi("N_m_growth_one_five", f"town of {pop:,} people growing {r}% a year. population "
                 "after 1 year and after 5 years?", [num(one), num(five) + forms(five, 0)])


def n_m_car_value(rng: random.Random) -> Item:  # depreciation after one and three years
    price, r = rng.randint(12, 60) * 1000, rng.choice([10, 12, 15, 18, 20])
    one = price * (1 - F(r, 100))
    three = price * (1 - F(r, 100)) ** 3
    if not safe(one, three):
        return n_m_car_value(rng)
    return multi("N_m_car_value", f"bought a car for {price:,}. if it loses {r}% of its value each "
                 "year, what's it worth after 1 year, and after 3?", [num(one), num(three)])


def n_m_km_miles_feet(rng: random.Random) -> Item:  # km to miles, then feet
    km = F(rng.randint(5, 200), 10)
    mi, ft = km / MILE, km * 1000 / FOOT
    if not safe(mi, ft):
        return n_m_km_miles_feet(rng)
    return multi("N_m_km_miles_feet", f"{float(km):g} km in miles? and in feet?",
                 [unit(mi, *MI), unit(ft, "ft", "feet")])


def n_m_heater_cost(rng: random.Random) -> Item:  # kWh a day, then cost over a month
    kw, h, price = rng.choice([F(1), F(3, 2), F(2), F(5, 2), F(3)]), F(rng.randint(2, 16), 2), \
        F(rng.randint(15, 40), 100)
    kwh = kw * h
    month = kwh * 30 * price
    if not safe(kwh, month):
        return n_m_heater_cost(rng)
    return multi("N_m_heater_cost", f"{float(kw):g} kW heater running {float(h):g} hours a day. "
                 f"kWh per day? and the cost over 30 days at {float(price):.2f} per kWh?",
                 [unit(kwh, "kWh", "kilowatt hours", "kilowatt-hours"), forms(month)])


def n_m_tip_then_split(rng: random.Random) -> Item:  # a tip on a bill, then split
    bill, tip, n = F(rng.randint(3000, 30000), 100), rng.choice([10, 15, 18, 20, 22]), \
        rng.choice([2, 3, 4, 5])
    total = bill * (100 + tip) / 100
    if not safe(total, total / n):
        return n_m_tip_then_split(rng)
    return multi("N_m_tip_then_split", f"bill is {float(bill):.2f}, adding {tip}% tip. what's the "
                 f"total and what does each of the {n} of us pay?",
                 [forms(total), forms(total / n)])


def n_m_pounds_to_kilos_then_dose(rng: random.Random) -> Item:  # weight to kg, then a dose
    lb, per = rng.randint(20, 90), rng.choice([10, 15])
    kg = lb * LB
    dose = kg * per
    if not safe(kg, dose):
        return n_m_pounds_to_kilos_then_dose(rng)
    return multi("N_m_pounds_to_kilos_then_dose", f"my kid weighs {lb} lb. what's that in kg, and "
                 f"at {per} mg per kg, what dose is that?",
                 [unit(kg, *KG), list(dict.fromkeys([*unit(dose, "mg", "milligrams"),
                                                     *unit(r2(kg) * per, "mg")]))])


FAMILIES_CHAIN = fams(
    n_m_bills_mean_up, n_m_solve_then_double, n_m_trip_total_share_gbp, n_m_floor_tiles,
    n_m_wage_week_year, n_m_raise_monthly, n_m_butter_ounces, n_m_route_miles_hours,
    n_m_integral_times, n_m_tangent_line, n_m_roots_squares, n_m_pack_unit_price,
    n_m_fuel_rate_then_cost, n_m_discount_then_tax, n_m_dinner_eur_split, n_m_oven_compare,
    n_m_percent_of_percent, n_m_bmi_then_to_lose, n_m_max_hr_two_pcts, n_m_syrup_days,
    n_m_savings_months, n_m_tank_litres_gallons, n_m_weighted_then_gap, n_m_needed_on_last,
    n_m_growth_one_five, n_m_car_value, n_m_km_miles_feet, n_m_heater_cost, n_m_tip_then_split,
    n_m_pounds_to_kilos_then_dose)
