"""Round 16 multi-part families (``L_m_*``, dev now): still more requests with two or more
results — chatty messages with several questions, a photo of a receipt or a sign with
follow-ups, data with a chart and a conversion, and chains of small steps."""

from __future__ import annotations

import math
import statistics

from bench.data.agents.heldout16_multi_common import (
    CHART,
    FOOT,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    PLOT,
    F,
    Family,
    clock,
    convert,
    deg_f,
    dp12,
    eur,
    expr,
    fam,
    forms,
    gbp,
    kg,
    km,
    named,
    num,
    random,
    receipt,
    root,
    safe,
    sign,
    two_roots,
    unit,
    usd,
)

MORE_2: list[Family] = []
add = fam(MORE_2)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


@add
def chatty_three_questions(rng: random.Random):  # a chatty message with three questions
    age, mi = rng.randint(20, 70), rng.randint(2, 26)
    a, b = rng.randint(12, 60), rng.randint(3, 9)
    if not safe(mi * MILE):
        return None
    return (f"morning! couple of things before my run — I'm {age}, what's my max heart rate by "
            f"the 220-minus-age rule? how far is {mi} miles in km? and my kid wants to know "
            f"{a} times {b}", [num(220 - age), km(mi * MILE), num(a * b)])


@add
def receipt_tip_share_gbp(rng: random.Random):  # receipt: tip, split, share in pounds
    recipe, total, _ = receipt(rng)
    n = rng.choice([2, 3, 4])
    tot = total * F(110, 100)
    share = tot / n
    g = convert(share, "USD", "GBP")
    if not safe(tot, share, g):
        return None
    return (f"add 10% to this bill, split it {n} ways, and tell me one share in dollars and in "
            "pounds", [usd(tot), usd(share), gbp(g)], {"image": recipe})


@add
def sign_litres_gallons(rng: random.Random):  # a tank capacity sign in litres to gallons
    cap = rng.choice([500, 750, 1000, 1200, 1500, 2000, 2500, 3000])
    gal = cap / (F(3785411784, 10**9))
    if not safe(gal):
        return None
    return ("what capacity does this tank sign show, and how many US gallons is that?",
            [unit(F(cap), "L", "litres", "liters"), unit(gal, "gal", "gallons", "US gallons")],
            {"image": sign(rng, ["WATER TANK", f"CAPACITY {cap} L"])})


@add
def sign_ceiling_clearance(rng: random.Random):  # a car park's clearance in feet to metres
    ft, inch = rng.randint(6, 9), rng.randint(0, 11)
    m = ft * FOOT + inch * INCH
    if not safe(m):
        return None
    return ("car park entrance sign. what clearance does it say, and is that more or less than "
            "2 m? give it in metres", [[f"{ft}' {inch}\"", f"{ft}'{inch}\"", f"{ft} ft {inch} in",
                                       f"{ft} feet {inch} inches"],
                                      unit(m, "m", "metres", "meters")],
            {"image": sign(rng, ["CLEARANCE", f"{ft} FT {inch} IN"])})


@add
def data_visits_median_chart(rng: random.Random):  # clinic visits: median, total, chart
    xs = [rng.randint(5, 60) for _ in range(rng.choice([6, 8, 10]))]
    md = F(statistics.median(xs)).limit_denominator(2)
    if md == sum(xs):
        return None
    return (f"patients seen each day: {', '.join(map(str, xs))}. total, median, and plot it",
            [num(sum(xs)), named(MEDIAN, md), CHART])


@add
def csv_prices_gbp_convert(rng: random.Random):  # a price list in pounds: mean in euros
    items = rng.sample(["tent", "stove", "lamp", "mat", "bag", "rope", "knife"], 5)
    xs = [F(rng.randint(500, 15000), 100) for _ in items]
    m = sum(xs) / 5
    e = convert(m, "GBP", "EUR")
    if not safe(m, e):
        return None
    rows = "\n".join(f"{a},{float(b):.2f}" for a, b in zip(items, xs, strict=True))
    return ("camping kit price list attached (GBP). average price in pounds and in euros?",
            [gbp(m), eur(e)], {"csv": f"item,price_gbp\n{rows}\n"})


@add
def csv_commute_minutes(rng: random.Random):  # commute times: mean, hours per week, chart
    xs = [rng.randint(15, 75) for _ in range(5)]
    m = F(sum(xs), 5)
    h = F(sum(xs), 60)
    if not safe(m, h):
        return None
    rows = "\n".join(f"{d},{x}" for d, x in zip(["Mon", "Tue", "Wed", "Thu", "Fri"], xs,
                                                 strict=True))
    return ("my commute times this week are in the csv. average per day, total hours for the "
            "week, and a chart", [named(MEAN, m), [f"{v} hours" for v in forms(h)] + [
                f"{v} h" for v in forms(h)], CHART], {"csv": f"day,minutes\n{rows}\n"})


@add
def root_then_area_circle(rng: random.Random):  # a radius solved from a quadratic, then area
    r = rng.randint(3, 15)
    a = math.pi * r * r
    if abs(a * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"r is positive and r^2 = {r * r}. find r, then the area of a circle with that radius",
            [[f"r = {r}", f"r={r}"], num(F(round(a, 2)).limit_denominator(100))])


@add
def solve_plot_then_sum_of_roots(rng: random.Random):  # roots, their sum, and a graph
    r1, r2, p = two_roots(rng)
    s = r1 + r2
    if s in (0, r1, r2, 1, -1):
        return None
    return (f"graph y = {p}, find where it equals zero, and add those x values",
            [root(r1), root(r2), num(s), PLOT])


@add
def bmi_and_water_glasses(rng: random.Random):  # BMI and glasses of water in a litre target
    w, h = rng.randint(48, 120), rng.randint(150, 198)
    litres = F(rng.choice([15, 20, 25, 30]), 10)
    glasses = litres * 4
    b = F(w) / F(h, 100) ** 2
    if not safe(b):
        return None
    return (f"I'm {w} kg and {h} cm — bmi? also how many 250 ml glasses make {float(litres):g} L?",
            [dp12(b), [f"{v} glasses" for v in forms(glasses)] + forms(glasses)])


@add
def kids_height_growth(rng: random.Random):  # growth in cm, in inches, and percent
    a = rng.randint(95, 150)
    b = a + rng.randint(3, 12)
    g = b - a
    inches = g / (INCH * 100)
    pc = F(g * 100, a)
    if not safe(inches, pc):
        return None
    return (f"my son grew from {a} cm to {b} cm this year. how many inches did he grow, and by "
            "what percent?", [unit(inches, "in", "inches"), percent(pc)])


@add
def bill_split_uneven(rng: random.Random):  # split by what each ordered, plus shared tip
    a, b, c = (F(rng.randint(800, 4000), 100) for _ in range(3))
    tip = rng.choice([10, 15, 20])
    t = (a + b + c) * tip / 100
    each = t / 3
    if not safe(t, each, a + each):
        return None
    return (f"we ordered ${float(a):.2f}, ${float(b):.2f} and ${float(c):.2f}. the {tip}% tip on "
            "the total is split equally. what's the tip, and what does the first person pay in "
            "all?", [usd(t), usd(a + each)])


@add
def unit_chain_feet_to_cm_to_m(rng: random.Random):  # feet to cm, then to metres squared
    a, b = rng.randint(5, 30), rng.randint(5, 30)
    ac, bc = a * FOOT * 100, b * FOOT * 100
    area = a * b * FOOT * FOOT
    if not safe(ac, bc, area):
        return None
    return (f"patio is {a} ft by {b} ft. give me both sides in cm, then the area in m²",
            [unit(ac, "cm", "centimetres", "centimeters"),
             unit(bc, "cm", "centimetres", "centimeters"),
             unit(area, "m²", "m2", "square metres", "square meters")]) if a != b else None


@add
def invest_double_time(rng: random.Random):  # years to double, rule of 72 and exact
    r = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
    amount = rng.randint(2, 60) * 500
    rule = F(72, r)
    exact = math.log(2) / math.log(1 + r / 100)
    if abs(exact * 100 % 1 - 0.5) < 0.02 or not safe(rule):
        return None
    ex = F(round(exact, 2)).limit_denominator(100)
    return (f"${amount:,} at {r}% a year: how long to double it by the rule of 72, and exactly "
            "with annual compounding?", [[f"{v} years" for v in forms(rule)] + forms(rule),
                                    [f"{v} years" for v in forms(ex)] + forms(ex)])


@add
def temp_conversion_table(rng: random.Random):  # three Celsius values to Fahrenheit
    cs = rng.sample(range(-20, 45), 3)
    fs = [F(c * 9, 5) + 32 for c in cs]
    if not safe(*fs):
        return None
    return (f"convert {cs[0]}, {cs[1]} and {cs[2]} °C to fahrenheit", [deg_f(f) for f in fs])


@add
def percent_discount_compare(rng: random.Random):  # two offers: which price is lower
    p = rng.randint(40, 400)
    d = rng.choice([20, 25, 30, 40])
    off = rng.randint(10, 100)
    a, b = F(p * (100 - d), 100), F(p - off)
    if a == b or b <= 0:
        return None
    return (f"${p} coat: {d}% off or ${off} off — what's the price under each and how much more "
            "do I save with the better one?", [usd(a), usd(b), usd(abs(a - b))])


@add
def derivative_plot_tangent(rng: random.Random):  # slope of a curve at a point, and a plot
    a, n = rng.randint(1, 5), rng.randint(1, 6)
    b = rng.randint(2, 12)
    s = 2 * a * n - b
    return (f"plot y = {a}x^2 - {b}x and find its gradient at x = {n}".replace(" 1x^2", " x^2"),
            [[*num(s), f"gradient {s}", f"slope {s}"], PLOT]) if s not in (n, a, b) else None


@add
def workout_calories_week(rng: random.Random):  # sessions: minutes and calories per week
    sessions, mins = rng.randint(2, 6), rng.choice([30, 40, 45, 60, 75])
    kcal = rng.randint(6, 12)
    tot = sessions * mins * kcal
    return (f"I do {sessions} workouts a week of {mins} min, burning about {kcal} kcal a minute. "
            "total minutes and calories per week?", [[f"{sessions * mins} minutes",
                                                       f"{sessions * mins} min"],
                                                      unit(F(tot), "kcal", "calories")])


@add
def flat_share_rent(rng: random.Random):  # rent split by room size
    rent = rng.randint(12, 40) * 100
    a, b = rng.randint(9, 20), rng.randint(9, 20)
    if a == b:
        return None
    pa = F(rent * a, a + b)
    if not safe(pa):
        return None
    return (f"rent is €{rent}. my room is {a} m², my flatmate's is {b} m². if we split by room "
            "size what do we each pay?", [eur(pa), eur(rent - pa)])


@add
def kettle_energy(rng: random.Random):  # kettle power: kWh per boil and cost per year
    w = rng.choice([1800, 2000, 2200, 3000])
    mins = rng.choice([2, 3, 4])
    kwh = F(w * mins, 60 * 1000)
    price = F(rng.randint(20, 40), 100)
    year = kwh * price * 365 * rng.choice([2, 3, 4])
    boils = year / (kwh * price * 365)
    if not safe(kwh, year):
        return None
    return (f"{w} W kettle, {mins} minutes per boil, {boils} boils a day at "
            f"€{float(price):.2f}/kWh. kWh per boil? yearly cost?",
            [unit(kwh, "kWh"), eur(year)])


@add
def stairs_steps(rng: random.Random):  # floors climbed: metres and feet
    floors, h = rng.randint(2, 30), F(rng.randint(28, 35), 10)
    m = floors * h
    ft = m / FOOT
    if not safe(m, ft):
        return None
    return (f"climbed {floors} floors, each {float(h):g} m. how many metres, and feet?",
            [unit(m, "m", "metres", "meters"), unit(ft, "ft", "feet")])


@add
def weight_gain_baby(rng: random.Random):  # a baby's weight gain in grams per day and in oz
    a, b = rng.randint(3000, 4200), rng.randint(4300, 6500)
    days = rng.randint(14, 60)
    per = F(b - a, days)
    oz = per / F(28349523125, 10**9)
    if not safe(per, oz):
        return None
    return (f"baby went from {a} g to {b} g in {days} days. average gain per day in grams, and in "
            "ounces?", [unit(per, "g", "grams"), unit(oz, "oz", "ounces")])


@add
def tax_bracket_simple(rng: random.Random):  # tax at a flat rate above an allowance
    income = rng.randint(20, 120) * 1000
    allowance = 12570
    rate = 20
    tax = F((income - allowance) * rate, 100)
    net = income - tax
    if not safe(tax / 12):
        return None
    return (f"salary £{income:,}, first £12,570 tax free, 20% on the rest. yearly tax? take-home? "
            "tax per month?", [gbp(tax), gbp(net), gbp(tax / 12)])


@add
def integral_plot_area(rng: random.Random):  # area between a parabola and the x-axis, drawn
    k = rng.randint(1, 12)
    a = F(4 * k ** 3, 3)
    if not safe(a):
        return None
    return (f"find the area enclosed by y = {k * k} - x^2 and the x-axis, and plot the region",
            [[*num(a), str(a)], PLOT])


@add
def expression_simplify_then_value(rng: random.Random):  # collect terms, then evaluate at two x
    a, b, c = rng.randint(2, 9), rng.randint(2, 9), rng.randint(1, 15)
    n, m = rng.randint(2, 6), rng.randint(7, 12)
    k = a + b
    return (f"simplify {a}x + {c} + {b}x and evaluate it at x = {n} and x = {m}",
            [expr(f"{k}x + {c}"), num(k * n + c), num(k * m + c)])


@add
def metric_recipe_cups(rng: random.Random):  # grams of sugar per cup to cups, and ounces
    grams = rng.randint(2, 12) * 50
    cup = rng.choice([200, 225, 250])
    cups = F(grams, cup)
    oz = grams / F(28349523125, 10**9)
    if not safe(cups, oz):
        return None
    return (f"{grams} g of sugar: how many cups if a cup of sugar is {cup} g, and how many "
            "ounces?", [[f"{v} cups" for v in forms(cups)] + forms(cups),
                        unit(oz, "oz", "ounces")])


@add
def hours_worked_week(rng: random.Random):  # clock-in and clock-out: hours and pay
    start = rng.randint(7 * 60, 10 * 60) // 15 * 15
    end = start + rng.randint(6 * 4, 10 * 4) * 15
    brk = rng.choice([30, 45, 60])
    mins = end - start - brk
    h = F(mins, 60)
    rate = rng.randint(12, 30)
    sh, sm = divmod(start, 60)
    eh, em = divmod(end, 60)
    return (f"worked {sh}:{sm:02d} to {eh}:{em:02d} with a {brk} minute unpaid break. hours paid, "
            f"and pay at £{rate}/hour?", [[f"{v} hours" for v in forms(h)] + [
                f"{v} h" for v in forms(h)], gbp(h * rate)])


@add
def distance_speed_time_clock(rng: random.Random):  # arrival time from distance and speed
    d, v = rng.randint(60, 600), rng.choice([50, 60, 75, 80, 100, 120])
    mins = F(d * 60, v)
    if mins.denominator != 1:
        return None
    start = rng.randint(6 * 60, 14 * 60) // 5 * 5
    h, m = divmod(start, 60)
    return (f"{d} km at {v} km/h, leaving {h:02d}:{m:02d}. how long in minutes, and arrival time?",
            [[f"{int(mins)} minutes", f"{int(mins)} min"], clock(start + int(mins))])


@add
def weight_plates(rng: random.Random):  # bar plus plates in pounds: total in kg
    bar = 45
    plates = sorted(rng.sample([45, 35, 25, 10, 5], rng.randint(1, 3)), reverse=True)
    tot = bar + 2 * sum(plates)
    w = tot * LB
    if not safe(w):
        return None
    return (f"45 lb bar with {', '.join(map(str, plates))} lb plates on each side. total in lb "
            "and in kg?", [unit(F(tot), "lb", "pounds", "lbs"), kg(w)])


@add
def mean_speed_two_legs(rng: random.Random):  # average speed over two legs of a trip
    d1, v1 = rng.randint(20, 200), rng.choice([40, 50, 60, 80, 100])
    d2, v2 = rng.randint(20, 200), rng.choice([40, 50, 60, 80, 100])
    t = F(d1, v1) + F(d2, v2)
    v = (d1 + d2) / t
    if v1 == v2 or not safe(t, v):
        return None
    return (f"drove {d1} km at {v1} km/h then {d2} km at {v2} km/h. total time in hours and "
            "average speed?", [[f"{x} hours" for x in forms(t)] + [f"{x} h" for x in forms(t)],
                               unit(v, "km/h", "kph", "kilometres per hour")])


__all__ = ["MEAN", "MILE", "MORE_2", "root"]
