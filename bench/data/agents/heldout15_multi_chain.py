"""Round 15 (``J_m_*``, dev now) chains: a result worked out and then used again ("…then double it",
"take that and convert it"), each step's result asked for."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    LB,
    MILE,
    F,
    Made,
    cash,
    convert,
    deg_f,
    forms,
    gather,
    km,
    lbs,
    ok,
    root,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def product_then_double(r: random.Random) -> Made:  # multiply, then double
    a, b = r.randint(13, 99), r.randint(13, 99)
    return (f"{a} times {b}, then double whatever you get", [n(a * b), n(2 * a * b)])


def sum_then_percent(r: random.Random) -> Made:  # add three costs, then 15% of the sum
    a, b, c = (r.randint(20, 400) for _ in range(3))
    t = a + b + c
    v = F(t * 15, 100)
    if not ok(v):
        return None
    return (f"flights {a}, hotel {b}, car {c}. add them up, then what's 15% of that as a "
            "contingency?", [n(t), forms(v)])


def solve_then_convert_miles(r: random.Random) -> Made:  # solve for km, then miles
    d, a = r.randint(5, 80), r.randint(2, 6)
    mi = F(d) / MILE
    if not ok(mi):
        return None
    return (f"the trail is d km long and {a}d + 3 = {a * d + 3}. find d, then turn it into "
            "miles", [[f"d = {d}", f"d={d}"], [f"{v} miles" for v in forms(mi)]])


def power_then_minus(r: random.Random) -> Made:  # a power, then subtract
    b, e, s = r.randint(2, 9), r.randint(3, 6), r.randint(10, 500)
    v = b ** e
    return (f"work out {b} to the power {e}, then take away {s}", [n(v), n(v - s)])


def euros_then_split(r: random.Random) -> Made:  # convert a cost, then split
    usd, k = r.randint(200, 3000), r.randint(2, 6)
    e = convert(F(usd), "USD", "EUR")
    if not ok(e, e / k):
        return None
    return (f"the villa is ${usd} in total. in euros that's what? and divided between {k} "
            "families?", [cash(e, "EUR"), cash(e / k, "EUR")])


def average_then_triple(r: random.Random) -> Made:  # an average then scaled
    vals = [r.randint(10, 90) for _ in range(4)]
    m = F(sum(vals), 4)
    if not ok(m, 3 * m):
        return None
    return (f"average of {', '.join(map(str, vals))}; now triple it", [forms(m), forms(3 * m)])


def root_then_area(r: random.Random) -> Made:  # positive root as a side, then area of a cube face
    s = r.randint(3, 20)
    return (f"x^2 - {s * s} = 0, take the positive x as a side length in cm. what's the "
            "volume of a cube with that side?", [root(s), [f"{s ** 3} cm³", f"{s ** 3} cm^3",
                                                            f"{s ** 3} cubic centimetres"]])


def hourly_then_yearly(r: random.Random) -> Made:  # hourly wage to weekly to yearly
    w, h = F(r.randint(1200, 4500), 100), r.choice([20, 30, 35, 37.5, 40])
    week = w * F(str(h))
    if not ok(week, week * 52):
        return None
    return (f"paid ${float(w):.2f}/hr for {h:g} hours a week. weekly pay? then yearly, 52 "
            "weeks", [forms(week), forms(week * 52)])


def fahrenheit_then_plus(r: random.Random) -> Made:  # convert, then change the temperature
    c, d = r.randint(-10, 35), r.randint(2, 15)
    f = F(c * 9, 5) + 32
    return (f"convert {c} celsius to fahrenheit, then tell me the fahrenheit if it warms up "
            f"by {d} degrees celsius", [deg_f(f), deg_f(F((c + d) * 9, 5) + 32)])


def kilos_then_price(r: random.Random) -> Made:  # pounds of meat to kg, then price per kg
    lb, price = r.randint(2, 15), r.randint(20, 90)
    k = F(lb) * LB
    if not ok(k, price / k):
        return None
    return (f"the butcher sold me {lb} lb of beef for ${price}. how many kg is that and what "
            "did I pay per kg?", [unit(k, "kg", "kilograms", "kilos"), forms(price / k)])


def discount_then_tax(r: random.Random) -> Made:  # discount, then tax on the discounted price
    p, d, t = r.randint(40, 900), r.choice([10, 15, 20, 25, 30]), r.choice([5, 7, 8, 10])
    after = F(p * (100 - d), 100)
    fin = after * (100 + t) / 100
    if not ok(after, fin):
        return None
    return (f"a ${p} lamp with {d}% off, then {t}% sales tax on the reduced price. price after "
            "discount, and final?", [forms(after), forms(fin)])


def minutes_then_hours_cost(r: random.Random) -> Made:  # parking minutes to hours, then cost
    mins = r.randint(70, 600)
    rate = r.choice([2, 3, 4, 5])
    hrs = -(-mins // 60)
    return (f"parked for {mins} minutes. charges are per started hour at ${rate}. how many "
            "hours get charged and what do I pay?", [[f"{hrs} hours"], forms(F(hrs * rate))])


def solve_then_percent_of(r: random.Random) -> Made:  # solve, then a percentage of x
    x, a, p = r.randint(4, 60) * 5, r.randint(2, 5), r.choice([10, 20, 40])
    return (f"{a}x = {a * x}. now what's {p}% of x?", [root(x), forms(F(x * p, 100))])


def speed_then_distance(r: random.Random) -> Made:  # speed, then distance in miles in a new time
    d, t, t2 = r.randint(5, 40) * 10, r.randint(2, 5), r.randint(2, 9)
    v = F(d, t)
    mi = v * t2 / MILE
    if not ok(v, mi):
        return None
    return (f"a train covers {d} km in {t} hours. speed in km/h? how far in miles would it go in "
            f"{t2} hours?", [[f"{v2} km/h" for v2 in forms(v)], [f"{v2} miles" for v2 in
                                                                 forms(mi)]])


def gross_then_net(r: random.Random) -> Made:  # salary after tax, then monthly
    g, t = r.randint(25, 120) * 1000, r.choice([15, 20, 22, 25, 30])
    net = F(g * (100 - t), 100)
    if not ok(net / 12):
        return None
    return (f"${g:,} salary with a flat {t}% tax — take-home per year, then per month?",
            [forms(net), forms(net / 12)])


def square_then_root(r: random.Random) -> Made:  # square a sum, then a root of something
    a, b = r.randint(2, 15), r.randint(2, 15)
    s = (a + b) ** 2
    return (f"(a + b)^2 where a = {a} and b = {b}, then add {2 * (a + b) + 1} and take the "
            "square root", [n(s), [str(a + b + 1)]])


def litres_then_cost(r: random.Random) -> Made:  # fuel for a trip then cost
    dist, eff, price = r.randint(100, 900), r.choice([5, 6, 7, 8]), F(r.randint(140, 210), 100)
    lit = F(dist * eff, 100)
    cost = lit * price
    if not ok(lit, cost):
        return None
    return (f"{dist} km road trip, the car uses {eff} L per 100 km. litres needed? at "
            f"${float(price):.2f}/L, how much?", [[f"{v} L" for v in forms(lit)]
                                                  + [f"{v} litres" for v in forms(lit)],
                                                  forms(cost)])


def pounds_then_kg_each(r: random.Random) -> Made:  # pounds to kg, then share per bag
    lb, k = r.randint(20, 200), r.randint(2, 8)
    x = F(lb) * LB
    if not ok(x, x / k):
        return None
    return (f"{lb} lb of luggage split across {k} bags. total in kg, then kg per bag",
            [unit(x, "kg", "kilograms"), unit(x / k, "kg", "kilograms")])


def interest_then_double(r: random.Random) -> Made:  # simple interest, then over twice the time
    p, rate, y = r.randint(5, 50) * 100, r.choice([3, 4, 5, 6]), r.randint(2, 5)
    i = F(p * rate * y, 100)
    return (f"simple interest on ${p} at {rate}% for {y} years? and if I leave it twice as long?",
            [forms(i), forms(2 * i)])


def km_then_minutes(r: random.Random) -> Made:  # miles to km, then minutes at a walking pace
    mi, pace = r.randint(2, 12), r.choice([10, 11, 12])
    k = F(mi) * MILE
    if not ok(k, k * pace):
        return None
    return (f"the hike is {mi} miles. in km? walking {pace} min per km, how many minutes?",
            [km(k), [f"{v} minutes" for v in forms(k * pace)] + [f"{v} min" for v in
                                                                 forms(k * pace)]])


def weight_then_pounds_back(r: random.Random) -> Made:  # add two weights, convert
    a, b = r.randint(20, 90), r.randint(20, 90)
    t = F(a + b, 10)
    p = t / LB
    if not ok(p):
        return None
    return (f"suitcase A is {a / 10} kg, B is {b / 10} kg. together? and in lbs?",
            [unit(t, "kg", "kilograms"), lbs(p)])


CHAIN = gather(product_then_double, sum_then_percent, solve_then_convert_miles,
               power_then_minus, euros_then_split, average_then_triple, root_then_area,
               hourly_then_yearly, fahrenheit_then_plus, kilos_then_price, discount_then_tax,
               minutes_then_hours_cost, solve_then_percent_of, speed_then_distance,
               gross_then_net, square_then_root, litres_then_cost, pounds_then_kg_each,
               interest_then_double, km_then_minutes, weight_then_pounds_back)
