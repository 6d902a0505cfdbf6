"""Round 15 (``J_m_*``, dev now) a further mix of multi-part requests: small-business sums, travel
planning, school maths with a graph, kitchen and clinic arithmetic with units."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    CHART,
    INCH,
    LB,
    MILE,
    PLOT,
    F,
    Made,
    at,
    cash,
    clock,
    convert,
    csv,
    deg_c,
    forms,
    gather,
    kg,
    km,
    lin,
    miles,
    ok,
    receipt,
    root,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def break_even(r: random.Random) -> Made:  # break-even units, then profit at a volume
    fixed, price, cost = r.randint(5, 40) * 100, r.randint(12, 40), r.randint(3, 10)
    unit_margin = price - cost
    be = -(-fixed // unit_margin)
    sold = be + r.randint(10, 200)
    return (f"my candle business has ${fixed} fixed costs a month. candles sell for ${price}, "
            f"cost ${cost} each to make. how many to break even, and profit if I sell {sold}?",
            [[f"{be} candles", str(be)], forms(F(sold * unit_margin - fixed))])


def markup_price(r: random.Random) -> Made:  # markup on cost, then sale discount
    cost, mk, d = r.randint(5, 80), r.choice([40, 50, 60, 100]), r.choice([10, 20, 25])
    p = F(cost * (100 + mk), 100)
    s = p * (100 - d) / 100
    if not ok(s):
        return None
    return (f"I buy mugs at ${cost} and mark them up {mk}%. shelf price? and in the {d}% off "
            "sale?", [forms(p), forms(s)])


def currency_trip_budget(r: random.Random) -> Made:  # daily budget in euros to dollars, total
    days, per = r.randint(3, 14), r.randint(40, 150)
    tot = F(days * per)
    usd = convert(tot, "EUR", "USD")
    if not ok(usd):
        return None
    return (f"planning {days} days in Italy at €{per} a day. total in euros? and how many dollars "
            "should I budget?", [cash(tot, "EUR"), cash(usd, "USD")])


def train_vs_drive(r: random.Random) -> Made:  # drive cost vs train cost, difference
    mi, mpg_cost, ticket = r.randint(40, 300), F(r.randint(10, 25), 100), r.randint(20, 120)
    drive = mi * 2 * mpg_cost
    if drive == ticket:
        return None
    return (f"return trip of {mi} miles each way; driving costs about ${float(mpg_cost):.2f} a "
            f"mile. the return train ticket is ${ticket}. cost to drive, and how much more or "
            "less than the train?", [forms(drive), forms(abs(drive - ticket))])


def quadratic_word_plot(r: random.Random) -> Made:  # garden area equation, then a plot
    w = r.randint(3, 15)
    extra = r.randint(2, 8)
    area = w * (w + extra)
    return (f"a garden is {extra} m longer than it is wide and has area {area} m². set up and "
            f"solve the equation for the width, then plot y = x^2 + {extra}x - {area}",
            [[f"{w} m", f"{w} metres", f"x = {w}", f"x={w}"], PLOT])


def parallel_line(r: random.Random) -> Made:  # line parallel through a point, plot
    m, c = r.choice([2, 3, -2, 4, -3]), r.randint(-5, 5)
    px, py = r.randint(-4, 5), r.randint(-6, 9)
    c2 = py - m * px
    if c2 == c or c2 == 0:
        return None
    return (f"line parallel to y = {lin(m, c) if c else f'{m}x'} through ({px}, {py}) — "
            "equation? plot both lines", [[f"y = {lin(m, c2)}", f"y={lin(m, c2)}".replace(" ", "")],
                                         PLOT])


def recipe_cups_grams(r: random.Random) -> Made:  # cups of sugar to grams, oven to C
    cups = r.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2)])
    grams = cups * 200
    f = r.choice([325, 350, 375, 400])
    c = (F(f) - 32) * F(5, 9)
    if not ok(c):
        return None
    show = {F(1, 2): "1/2", F(3, 4): "3/4", F(1): "1", F(3, 2): "1 1/2", F(2): "2",
            F(5, 2): "2 1/2"}[cups]
    return (f"{show} cup of sugar at 200 g per cup is how many grams? and {f}°F in celsius?",
            [unit(grams, "g", "grams"), deg_c(c)])


def receipt_points_to_dollars(r: random.Random) -> Made:  # receipt total and cashback
    img, t, _ = receipt(r)
    pct = r.choice([1, 2, 3, 5])
    cb = t * pct / 100
    if not ok(cb):
        return None
    return (f"my card gives {pct}% cashback. what was spent on this receipt and how much do I "
            "get back?", [at(t), forms(cb)], {"image": img})


def receipt_vs_online(r: random.Random) -> Made:  # receipt vs an online price, saving
    img, t, _ = receipt(r)
    online = t + F(r.randint(-800, 800), 100)
    if online == t:
        return None
    return (f"the same basket online is ${float(online):.2f}. what did I pay in store (see "
            "receipt) and what's the difference?", [at(t), forms(abs(online - t))],
            {"image": img})


def csv_temperatures_chart(r: random.Random) -> Made:  # monthly temps: range and mean in F
    vals = [r.randint(-5, 30) for _ in range(12)]
    m = F(sum(vals), 12)
    mf = m * F(9, 5) + 32
    if not ok(m, mf):
        return None
    return ("monthly average temps for my town (°C) attached. yearly mean in °C and °F, plus "
            "a line chart", [forms(m), forms(mf), CHART],
            {"csv": csv("month,temp_c", list(zip(["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
                                                  vals, strict=True)))})


def csv_orders_revenue(r: random.Random) -> Made:  # qty × price revenue and best product
    prods = ["mugs", "caps", "tees", "pins"]
    qty = [r.randint(5, 80) for _ in prods]
    price = [r.choice([4, 6, 12, 15, 18, 25]) for _ in prods]
    rev = [q * p for q, p in zip(qty, price, strict=True)]
    if rev.count(max(rev)) > 1:
        return None
    return ("orders this week in the csv (quantity, unit price). total revenue, and which "
            "product brought in the most?", [n(sum(rev)), [prods[rev.index(max(rev))]]],
            {"csv": csv("product,qty,price", list(zip(prods, qty, price, strict=True)))})


def flight_luggage(r: random.Random) -> Made:  # suitcase kg to lb, fee per extra kg
    limit, bag, fee = 23, r.randint(24, 35), r.choice([10, 12, 15])
    lb = F(bag) / LB
    if not ok(lb):
        return None
    return (f"my suitcase is {bag} kg. in pounds? the limit is {limit} kg and the fee is "
            f"${fee} per kg over — what do I pay?", [[f"{v} lb" for v in forms(lb)]
                                         + [f"{v} pounds" for v in forms(lb)],
                                         forms(F((bag - limit) * fee))])


def run_split_times(r: random.Random) -> Made:  # race time to pace and mph
    k, mins = r.choice([5, 10, 21.0975]), r.randint(20, 140)
    if (k == 5 and mins > 45) or (k == 10 and mins > 80) or (k > 20 and mins < 80):
        return None
    pace = F(mins) / F(str(k))
    mph = F(str(k)) / MILE / (F(mins) / 60)
    if not ok(pace, mph):
        return None
    return (f"finished a {k:g} km race in {mins} minutes. pace in min/km (decimal), and average "
            "speed in mph?", [forms(pace), [f"{v} mph" for v in forms(mph)]])


def dose_hours_left(r: random.Random) -> Made:  # next dose time and doses left
    every, last = r.choice([4, 6, 8]), r.randint(6 * 60, 14 * 60) // 5 * 5
    left = r.randint(6, 30)
    days = F(left * every, 24)
    if not ok(days):
        return None
    return (f"took my last tablet at {last // 60}:{last % 60:02d}, one every {every} hours. when's "
            f"the next one, and with {left} left how many days will they last?",
            [clock(last + every * 60), [f"{v} days" for v in forms(days)]])


def loan_repay(r: random.Random) -> Made:  # borrowed with flat interest, monthly
    p, rate, months = r.randint(5, 50) * 100, r.choice([5, 8, 10, 12]), r.choice([6, 10, 12, 24])
    tot = F(p * (100 + rate), 100)
    per = tot / months
    if not ok(per):
        return None
    return (f"borrowing ${p} from my brother, I'll pay back {rate}% extra over {months} months. "
            "total to repay and each monthly payment?", [forms(tot), forms(per)])


def frame_inches(r: random.Random) -> Made:  # photo size cm to inches both sides
    a, b = r.randint(10, 60), r.randint(10, 60)
    x, y = F(a, 100) / INCH, F(b, 100) / INCH
    if a == b or not ok(x, y):
        return None
    return (f"picture is {a} × {b} cm, the frame shop works in inches. what are both sides in "
            "inches?", [[f"{v} in" for v in forms(x)] + [f"{v} inches" for v in forms(x)]
                        + [f'{v}"' for v in forms(x)],
                        [f"{v} in" for v in forms(y)] + [f"{v} inches" for v in forms(y)]
                        + [f'{v}"' for v in forms(y)]])


def bike_gear_distance(r: random.Random) -> Made:  # wheel circumference and distance
    d_in = r.choice([20, 24, 26, 27, 28, 29])
    revs = r.randint(200, 3000)
    import math
    circ = math.pi * d_in * 0.0254
    dist = circ * revs / 1000
    if abs(circ * 100 % 1 - 0.5) < 0.01 or abs(dist * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"bike wheel is {d_in} inches across. circumference in metres? and how many km after "
            f"{revs} turns?", [[f"{circ:.2f} m", f"{circ:.2f} metres"],
                               [f"{dist:.2f} km", f"{dist:.2f} kilometres"]])


def solve_system_money(r: random.Random) -> Made:  # tickets: adults and kids, then per group
    a, c = r.randint(2, 9), r.randint(2, 9)
    pa, pc = r.choice([12, 15, 18, 20]), r.choice([5, 6, 8, 9])
    if a == c:
        return None
    return (f"{a + c} tickets sold for ${a * pa + c * pc}. adults pay ${pa}, kids ${pc}. how "
            "many of each?", [[f"{a} adult"], [f"{c} kid", f"{c} child"]])


def km_and_pace_plot(r: random.Random) -> Made:  # weekly distances, total in miles and chart
    vals = [r.randint(2, 15) for _ in range(7)]
    mi = F(sum(vals)) / MILE
    if not ok(mi):
        return None
    return (f"km walked each day: {' '.join(map(str, vals))}. total km and miles, plus a chart "
            "of the week", [km(F(sum(vals))), miles(mi), CHART])


def conversion_then_compare(r: random.Random) -> Made:  # two weights compared
    lb, k = r.randint(100, 250), r.randint(45, 110)
    lk = F(lb) * LB
    if not ok(lk, abs(lk - k)):
        return None
    return (f"I weigh {lb} lb and my sister weighs {k} kg. my weight in kg, and the difference "
            "in kg?", [kg(lk), kg(abs(lk - k))])


MORE = gather(break_even, markup_price, currency_trip_budget, train_vs_drive,
              quadratic_word_plot, parallel_line, recipe_cups_grams,
              receipt_points_to_dollars, receipt_vs_online, csv_temperatures_chart,
              csv_orders_revenue, flight_luggage, run_split_times, dose_hours_left, loan_repay,
              frame_inches, bike_gear_distance, solve_system_money, km_and_pace_plot,
              conversion_then_compare)
__all__ = ["MORE", "root"]
