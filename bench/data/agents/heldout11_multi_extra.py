"""Further round 11 multi-part families (``Q_m_*``, dev now): short chains and paired asks
written the way people type them in a chat."""

from __future__ import annotations

import random

from bench.data.agents.heldout11_multi_common import (
    MEAN,
    MEDIAN,
    MILE,
    PLOT,
    F,
    Item,
    cash,
    convert,
    forms,
    image_recipe,
    multi,
    named,
    receipt,
    root,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import Family


def q_m_solve_minus_then_times(rng: random.Random) -> Item:  # solve, subtract, multiply
    a, x, b, k = rng.randint(2, 9), rng.randint(5, 30), rng.randint(1, 25), rng.randint(3, 9)
    return multi("Q_m_solve_minus_then_times", f"{a}x + {b} = {a * x + b} -> x? then take 2 off "
                 f"it and multiply by {k}", [root(x), [str((x - 2) * k)]])


def q_m_mean_median_numbers(rng: random.Random) -> Item:  # mean and median of a plain list
    values = [rng.randint(1, 60) for _ in range(rng.choice([6, 8]))]
    mean, med = F(sum(values), len(values)), F(sorted(values)[len(values) // 2 - 1] +
                                               sorted(values)[len(values) // 2], 2)
    if tie(mean):
        return q_m_mean_median_numbers(rng)
    return multi("Q_m_mean_median_numbers", "mean and median of " + " ".join(map(str, values)) +
                 " pls", [named(MEAN, mean), named(MEDIAN, med)])


def q_m_convert_then_round_trip(rng: random.Random) -> Item:  # dollars to euros to pounds
    usd = rng.randint(20, 500)
    eur = convert(F(usd), "USD", "EUR")
    gbp = convert(F(usd), "USD", "GBP")
    if tie(eur) or tie(gbp):
        return q_m_convert_then_round_trip(rng)
    return multi("Q_m_convert_then_round_trip", f"I have ${usd} left over. What's that in "
                 "euros, and what's it in pounds?", [cash(eur, "EUR"), cash(gbp, "GBP")])


def q_m_roots_then_plot_range(rng: random.Random) -> Item:  # roots, sum, a plot with a range
    r1, r2, p = two_roots(rng)
    return multi("Q_m_roots_then_plot_range", f"Find where {p} crosses zero and sketch it from "
                 "x = -8 to 8.", [root(r1), root(r2), PLOT])


def q_m_miles_hours_kmh(rng: random.Random) -> Item:  # a drive in miles, speed, and in km
    miles, hours = rng.randint(30, 400), rng.choice([2, 3, 4, 5, 6])
    km = miles * MILE
    mph = F(miles, hours)
    if tie(km) or tie(mph):
        return q_m_miles_hours_kmh(rng)
    return multi("Q_m_miles_hours_kmh", f"drove {miles} miles in {hours} hours. average mph? "
                 "and the distance in km", [unit(mph, "mph", "miles per hour"),
                                            unit(km, "km", "kilometres", "kilometers")])


def q_m_percent_of_then_minus(rng: random.Random) -> Item:  # a percentage off a price
    price, pct = rng.randint(12, 480), rng.choice([15, 20, 30, 35, 40])
    off = F(price * pct, 100)
    return multi("Q_m_percent_of_then_minus", f"{pct} percent off something that's {price} "
                 "euros - how much do I save and what's the new price?",
                 [cash(off, "EUR") + forms(off), cash(price - off, "EUR") + forms(price - off)])


def q_m_cube_root_square(rng: random.Random) -> Item:  # a cube root, then its square
    n = rng.randint(3, 15)
    return multi("Q_m_cube_root_square", f"cube root of {n ** 3}, and then square that",
                 [[str(n)], [str(n * n)]])


def q_m_litres_per_km_cost(rng: random.Random) -> Item:  # fuel used, then its cost
    km, per100 = rng.randint(80, 900), rng.choice([5, 6, 7, 8])
    price = F(rng.randint(150, 199), 100)
    litres = F(km * per100, 100)
    cost = litres * price
    if tie(litres) or tie(cost):
        return q_m_litres_per_km_cost(rng)
    return multi("Q_m_litres_per_km_cost", f"my car uses {per100} L per 100 km. for a trip of "
                 f"{km} km how many litres, and at €{float(price):.2f} a litre how much?",
                 [unit(litres, "L", "litres", "liters", "l"), cash(cost, "EUR")])


def q_m_feet_to_metres_area(rng: random.Random) -> Item:  # room sides in feet, area in m²
    a, b = rng.randint(8, 25), rng.randint(8, 25)
    m_a, m_b = a * F("0.3048"), b * F("0.3048")
    area = m_a * m_b
    if tie(m_a) or tie(area):
        return q_m_feet_to_metres_area(rng)
    return multi("Q_m_feet_to_metres_area", f"bedroom is {a} ft by {b} ft. how long is the {a} "
                 "ft wall in metres, and what's the floor area in square metres?",
                 [unit(m_a, "m", "metres", "meters"),
                  unit(area, "m²", "m2", "m^2", "square metres", "square meters")])


def q_m_sign_then_seconds(rng: random.Random) -> Item:  # a sign read, then a small conversion
    recipe, words = image_recipe(rng, "sign")
    km = rng.randint(2, 40)
    miles = km / MILE
    if tie(miles):
        return q_m_sign_then_seconds(rng)
    return multi("Q_m_sign_then_seconds", f"what's written on this? and btw {km} km in miles?",
                 [[words[0]], unit(miles, "miles", "mi")], image=recipe)


def q_m_receipt_item_share(rng: random.Random) -> Item:  # one line's share of a receipt
    recipe, total, items = receipt(rng)
    name, price = items[-1]
    share = price / total * 100
    if tie(share) or tie(share, 1):
        return q_m_receipt_item_share(rng)
    return multi("Q_m_receipt_item_share", f"on this receipt, what did the {name.lower()} cost "
                 "and what percent of the total was it?",
                 [forms(price), [f"{v}{s}%" for v in forms(share, 1) + forms(share)
                                 for s in ("", " ")]], image=recipe)


def q_m_triangle_hyp_area(rng: random.Random) -> Item:  # a right triangle: hypotenuse and area
    k, (a, b) = rng.randint(1, 6), rng.choice([(3, 4), (5, 12), (8, 15), (7, 24)])
    a, b = a * k, b * k
    c = round((a * a + b * b) ** 0.5)
    return multi("Q_m_triangle_hyp_area", f"right-angled triangle, legs {a} cm and {b} cm. "
                 "hypotenuse? area?", [unit(F(c), "cm", "centimetres", "centimeters"),
                                       unit(F(a * b, 2), "cm²", "cm^2", "cm2",
                                            "square centimetres")])


def q_m_water_glasses_litres(rng: random.Random) -> Item:  # glasses of water to litres and oz
    glasses, ml = rng.randint(4, 12), rng.choice([200, 250, 300, 330])
    litres = F(glasses * ml, 1000)
    floz = glasses * ml / (1000 * F("0.0295735295625"))
    if tie(litres) or tie(floz):
        return q_m_water_glasses_litres(rng)
    return multi("Q_m_water_glasses_litres", f"I drank {glasses} glasses of water today, "
                 f"{ml} ml each. how many litres is that, and how many US fl oz?",
                 [unit(litres, "L", "litres", "liters", "l"),
                  unit(floz, "fl oz", "fluid ounces", "US fl oz")])


EXTRA: list[Family] = [
    q_m_solve_minus_then_times, q_m_mean_median_numbers, q_m_convert_then_round_trip,
    q_m_roots_then_plot_range, q_m_miles_hours_kmh, q_m_percent_of_then_minus,
    q_m_cube_root_square, q_m_litres_per_km_cost, q_m_feet_to_metres_area,
    q_m_sign_then_seconds, q_m_receipt_item_share, q_m_triangle_hyp_area,
    q_m_water_glasses_litres,
]
