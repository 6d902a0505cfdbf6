"""Round 13 (``K_m_*``, dev now): chains where each result feeds the next ("...then double
it", "...and convert that"), and chatty requests mixing agents."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    LB,
    MEAN,
    MILE,
    PLOT,
    F,
    Made,
    at,
    cash,
    clock,
    convert,
    deg_f,
    dp12,
    expr,
    image_recipe,
    lin,
    named,
    need,
    num,
    ok2,
    poly,
    r2,
    receipt,
    register,
    root,
    tie,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)


@fam
def chain_add_times_halve(r: random.Random) -> Made:  # add, multiply, halve
    a, b, k = r.randint(20, 300), r.randint(20, 300), r.randint(3, 12)
    s = a + b
    return (f"start with {a} plus {b}, multiply that by {k}, then halve it",
            [num(s), num(s * k), num(F(s * k, 2))])


@fam
def chain_solve_square_minus(r: random.Random) -> Made:  # solve, square it, minus a number
    a, x, b, c = r.randint(2, 8), r.randint(2, 15), r.randint(1, 20), r.randint(1, 30)
    need(x * x - c != x)
    return (f"If {a}x + {b} = {a * x + b}, what is x? Now square it and subtract {c}.",
            [root(x), num(x * x - c)])


@fam
def chain_percent_then_convert(r: random.Random) -> Made:  # a raise, then in pounds
    salary, pct = r.randint(20, 90) * 1000, r.choice([2, 3, 4, 5, 6, 8])
    new = F(salary * (100 + pct), 100)
    gbp = convert(new, "USD", "GBP")
    ok2(gbp)
    return (f"my salary is ${salary:,} and i'm getting a {pct}% raise. new salary? and what's "
            "that in GBP", [num(new), cash(r2(gbp), "GBP")])


@fam
def chain_receipt_half(r: random.Random) -> Made:  # receipt total, my half, in euros
    recipe, total, _ = receipt(r)
    half = total / 2
    eur = convert(half, "USD", "EUR")
    ok2(half, eur)
    return ("my flatmate and I are splitting this shop. what's the total, what's my half, and "
            "what's my half in euros?", [at(total), num(r2(half)), cash(r2(eur), "EUR")],
            {"image": recipe})


@fam
def chain_roots_then_plot_product(r: random.Random) -> Made:  # roots, their difference, plot
    a, b, p = two_roots(r)
    need(b - a not in (a, b))
    return (f"find the roots of y = {p}, tell me how far apart they are, and plot it",
            [root(a), root(b), num(b - a), PLOT])


@fam
def chain_area_cost(r: random.Random) -> Made:  # floor area, then carpet cost
    w, length, price = r.randint(2, 9), r.randint(3, 12), r.choice([12, 15, 18, 22, 25, 30])
    need(w != length)
    area = w * length
    return (f"bedroom is {w}m x {length}m. floor area? carpet is {price} per square metre, so "
            "how much for the whole room?",
            [unit(F(area), "m²", "square metres", "square meters", "m2", "sq m"),
             num(area * price)])


@fam
def chain_weekly_coffee(r: random.Random) -> Made:  # a daily cost, per year, in euros
    price, days = r.choice([F(7, 2), F(4), F(9, 2), F(5), F(11, 4), F(13, 4)]), r.randint(3, 7)
    year = price * days * 52
    eur = convert(year, "USD", "EUR")
    ok2(eur)
    return (f"I buy a ${float(price):.2f} coffee {days} days a week. What's that a year (52 "
            "weeks)? And in euros?", [num(year), cash(r2(eur), "EUR")])


@fam
def chain_kg_then_bmi(r: random.Random) -> Made:  # weight gained, new weight, new BMI
    kg, gain, cm = r.randint(55, 95), r.randint(2, 12), r.randint(155, 195)
    new = kg + gain
    bmi = F(new * 10000, cm * cm)
    need(not tie(bmi, 1))
    ok2(bmi)
    return (f"I was {kg} kg and put on {gain} over the holidays. what do I weigh now and what's "
            f"my BMI at {cm} cm?", [unit(F(new), "kg", "kilograms", "kilos"), dp12(bmi)])


@fam
def chain_integral_then_avg(r: random.Random) -> Made:  # an integral, then the mean value
    a, n = r.randint(1, 6), r.choice([2, 3, 4, 5, 6])
    integ = F(a * n ** 3)
    avg = integ / n
    return (f"integrate {3 * a}x² from 0 to {n}, then divide by {n} to get the average value",
            [num(integ), num(avg)])


@fam
def chain_temp_swing(r: random.Random) -> Made:  # a high and low in °C, the swing, in °F
    lo, hi = r.randint(-10, 15), r.randint(16, 40)
    hf, lf = F(9 * hi, 5) + 32, F(9 * lo, 5) + 32
    ok2(hf, lf)
    return (f"today's low was {lo}°C and the high {hi}°C. how big was the swing, and what were "
            "the low and high in fahrenheit?", [num(hi - lo), deg_f(r2(lf)), deg_f(r2(hf))])


@fam
def chain_marks_then_percent(r: random.Random) -> Made:  # marks out of a total, then a grade %
    out_of = r.choice([40, 50, 60, 80, 120])
    got = r.randint(out_of // 3, out_of - 1)
    extra = r.randint(1, 5)
    pct, pct2 = F(got * 100, out_of), F((got + extra) * 100, out_of)
    ok2(pct, pct2)
    return (f"got {got}/{out_of} on my test, what percent is that? and if i'd got {extra} more "
            "marks?", [[f"{v}%" for v in num(r2(pct))], [f"{v}%" for v in num(r2(pct2))]])


@fam
def chain_mean_plot_convert(r: random.Random) -> Made:  # mean of weights in kg, in lb, plot
    vals = [r.randint(55, 95) for _ in range(r.randint(4, 7))]
    m = F(sum(vals), len(vals))
    lb = m / LB
    ok2(m, lb)
    return (f"our team's weights in kg: {', '.join(map(str, vals))}. mean? mean in pounds? plot "
            "them as a bar chart", [named(MEAN, m), unit(r2(lb), "lb", "pounds", "lbs"), PLOT])


@fam
def chain_distance_fuel_cost(r: random.Random) -> Made:  # miles to km, litres used, cost
    miles, per100, price = r.randint(30, 400), r.choice([5, 6, 7, 8]), r.choice([F(3, 2),
                                                                                 F(9, 5), F(2)])
    km = miles * MILE
    litres = km * per100 / 100
    cost = litres * price
    ok2(km, litres, cost)
    return (f"road trip of {miles} miles. how many km is that? my car does {per100} L/100km so "
            f"how many litres, and at {float(price):.2f} a litre what's the fuel cost?",
            [unit(r2(km), "km", "kilometres", "kilometers"), unit(r2(litres), "L", "litres",
                                                                   "liters"), num(r2(cost))])


@fam
def chain_sign_then_count(r: random.Random) -> Made:  # a sign's words, and a sum
    recipe, words = image_recipe(r, "sign")
    a, b, c = r.randint(2, 20), r.randint(2, 20), r.randint(2, 9)
    return (f"what's on the sign in this picture? unrelated: ({a} + {b}) × {c}",
            [*([w] for w in words), num((a + b) * c)], {"image": recipe})


@fam
def chain_expand_derive(r: random.Random) -> Made:  # expand a square, then differentiate
    a = r.randint(2, 9)
    return (f"expand (x - {a})^2, then differentiate the result",
            [expr(f"x^2 - {2 * a}x + {a * a}"), expr(f"2x - {2 * a}")])


@fam
def chain_savings_goal(r: random.Random) -> Made:  # weeks to a goal, then months
    goal, per = r.randint(6, 60) * 100, r.choice([25, 40, 50, 75, 80, 120])
    weeks = -(-goal // per)
    need(goal % per != 0)
    return (f"saving ${per} a week for a ${goal} trip. how many weeks until I have enough, and "
            "how much will I have saved by then?", [num(weeks), num(weeks * per)])


@fam
def chain_receipt_per_item_tax(r: random.Random) -> Made:  # receipt, tax, grand in pounds
    recipe, total, _ = receipt(r)
    tax = total * F(8, 100)
    grand = total + tax
    gbp = convert(grand, "USD", "GBP")
    ok2(tax, grand, gbp)
    return ("receipt total? add 8% tax - what's the tax and the new total? then convert that "
            "to pounds", [at(total), num(r2(tax)), num(r2(grand)), cash(r2(gbp), "GBP")],
            {"image": recipe})


@fam
def chain_cube_volume_litres(r: random.Random) -> Made:  # cube volume from side, litres, mass
    side = r.randint(10, 80)
    v = side ** 3
    litres = F(v, 1000)
    ok2(litres)
    return (f"a cube-shaped tank has {side} cm sides. volume in cm³? how many litres? and how "
            "many kg of water would fill it?",
            [[f"{v} cm³", f"{v:,} cm³", f"{v} cm3", f"{v:,} cm3", f"{v} cubic centimetres"],
             unit(r2(litres), "L", "litres", "liters"), unit(r2(litres), "kg", "kilograms")])


@fam
def chain_clock_add(r: random.Random) -> Made:  # a flight time, landing time, in 12-hour
    dep_h, dep_m, dur = r.randint(5, 20), r.choice([0, 10, 20, 35, 45, 50]), r.randint(70, 400)
    land = (dep_h * 60 + dep_m + dur) % 1440
    return (f"flight leaves at {dep_h:02d}:{dep_m:02d} and takes {dur} minutes. how many hours "
            "and minutes is the flight, and what time do we land?",
            [[f"{dur // 60} h {dur % 60} min", f"{dur // 60} hours {dur % 60} minutes",
              f"{dur // 60}h {dur % 60}m", f"{dur // 60} hours and {dur % 60} minutes",
              f"{dur // 60}:{dur % 60:02d}"], clock(land)])


@fam
def chain_hr_then_zone_time(r: random.Random) -> Made:  # max HR, 80% of it, minutes per week
    age, sessions, mins = r.randint(20, 65), r.randint(2, 6), r.choice([20, 30, 40, 45, 60])
    mx = 220 - age
    z = F(mx * 8, 10)
    ok2(z)
    return (f"I'm {age}. Max HR by 220 minus age, then 80% of that for my tempo runs. And if I "
            f"do {sessions} runs of {mins} minutes a week, how many hours is that?",
            [num(mx), num(r2(z)), unit(r2(F(sessions * mins, 60)), "hours", "h", "hrs")])


@fam
def chain_line_then_value(r: random.Random) -> Made:  # line from slope and point, value, plot
    m, x0, y0, n = r.choice([-3, -2, 2, 3, 4]), r.randint(-3, 3), r.randint(-5, 5), \
        r.randint(5, 12)
    c = y0 - m * x0
    need(c != 0)
    return (f"a line has slope {m} and passes through ({x0}, {y0}). equation? value at x = {n}? "
            "and a quick graph", [[f"y = {lin(m, c)}", f"y={lin(m, c)}".replace(" ", "")],
                                  num(m * n + c), PLOT])


@fam
def chain_double_then_root(r: random.Random) -> Made:  # half of a number, its square root
    s = r.randint(4, 40)
    n = 2 * s * s
    return f"halve {n}, then take the square root of what you get", [num(s * s), num(s)]


@fam
def chain_quadratic_vertex_value(r: random.Random) -> Made:  # vertex x, y, and y at another x
    h, k, n = r.randint(-6, 6), r.randint(-10, 10), r.randint(7, 12)
    need(h != 0)
    return (f"y = {poly(-2 * h, h * h + k)}. where's the vertex, and what's y when x = {n}?",
            [var("x", h), var("y", k), num((n - h) ** 2 + k)])


@fam
def chain_exchange_back(r: random.Random) -> Made:  # euros to dollars, spend some, back
    eur, spent = r.randint(100, 900), r.randint(20, 90)
    usd = convert(F(eur), "EUR", "USD")
    left = usd - spent
    back = convert(left, "USD", "EUR")
    ok2(usd, back)
    return (f"I changed €{eur} into dollars, then spent ${spent}. How many dollars did I get, how "
            "many are left, and what's the rest worth in euros?",
            [cash(r2(usd), "USD"), num(r2(left)), cash(r2(back), "EUR")])


@fam
def chain_mpg_km(r: random.Random) -> Made:  # miles driven and gallons: mpg, then km
    gal, mpg = r.randint(5, 20), r.randint(18, 45)
    miles = gal * mpg
    km = miles * MILE
    ok2(km)
    return (f"drove {miles} miles on {gal} gallons. mpg? and the distance in km?",
            [unit(F(mpg), "mpg", "miles per gallon"), unit(r2(km), "km", "kilometres",
                                                           "kilometers")])
