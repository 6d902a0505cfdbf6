"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 6: algebra with a
graph or a follow-on step, health figures with conversions, CSV tables, and screens."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout9_multi_common import LB, MEAN, MEDIAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, screen_of, sign_of, signed
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, pick, stat
from bench.data.agents.helpers import Family


@family
def line_through_points_plot(rng: random.Random) -> Made:
    x1, x2 = sorted(rng.sample(range(-4, 7), 2))
    m, c = rng.choice([-3, -2, -1, 2, 3]), rng.randint(-6, 6)
    y1, y2 = m * x1 + c, m * x2 + c
    if c == 0:
        return None
    text = (f"find the equation of the line through ({x1}, {y1}) and ({x2}, {y2}), and sketch it "
            "on a graph please")
    eq = f"y = {m}x {signed(c)}".replace("1x", "x") if abs(m) == 1 else f"y = {m}x {signed(c)}"
    return text, [[eq, eq.replace(" ", ""), f"slope {m}", f"gradient {m}"], CHART]


@family
def factor_then_sum_roots(rng: random.Random) -> Made:
    a, b = rng.sample([-6, -5, -4, -3, -2, 2, 3, 4, 5, 7], 2)
    s, p = a + b, a * b
    if s == 0:
        return None
    text = (f"Factorise x^2 {signed(-s)}x {signed(p)} and then tell me what the two solutions "
            "add up to and multiply to.").replace("+ 1x", "+ x").replace("- 1x", "- x")
    facs = [f"(x {signed(-a)})(x {signed(-b)})", f"(x {signed(-b)})(x {signed(-a)})"]
    facs += [f.replace(" ", "") for f in facs]
    return text, [facs, [f"sum {s}", f"add up to {s}", f"= {s}", f"is {s}"],
                  [f"product {p}", f"multiply to {p}", f"= {p}", f"is {p}"]]


@family
def exp_growth_plot_double(rng: random.Random) -> Made:
    start = rng.choice([100, 200, 500, 1000])
    pct = rng.choice([3, 4, 5, 6, 7, 8])
    years = rng.choice([5, 8, 10])
    val = start * (1 + pct / 100) ** years
    dbl = math.log(2) / math.log(1 + pct / 100)
    if near(val, 2, 0.001) or near(dbl, 1):
        return None
    text = (f"${start} grows at {pct}% a year compounded yearly. Plot its value over {years} "
            f"years, "
            f"give the value after {years} years, and how many years to double (1 dp)?")
    return text, [CHART, num(val, 2), num(dbl, 1)]


@family
def triangle_pythag_area(rng: random.Random) -> Made:
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (6, 8, 10),
                          (9, 12, 15), (20, 21, 29)])
    k = rng.choice([1, 2, 3])
    a, b, c = a * k, b * k, c * k
    text = (f"right triangle with legs {a} cm and {b} cm — how long is the hypotenuse? whats the "
            "area? and the perimeter?")
    return text, [[f"{c} cm", f"{c}cm", f"= {c}", f"is {c}"], num(F(a * b, 2), 1),
                  [f"{a + b + c} cm", f"{a + b + c}cm", f"perimeter is {a + b + c}"]]


@family
def circle_pizza_value(rng: random.Random) -> Made:
    d1, d2 = rng.sample([8, 10, 12, 14, 16, 18], 2)
    p1, p2 = rng.randint(8, 16), rng.randint(12, 26)
    a1, a2 = math.pi * (d1 / 2) ** 2, math.pi * (d2 / 2) ** 2
    c1, c2 = p1 / a1 * 100, p2 / a2 * 100
    if near(c1, 1) or near(c2, 1) or abs(c1 - c2) < 0.2:
        return None
    text = (f"pizza place: {d1}\" for ${p1} or {d2}\" for ${p2}. cents per square inch for each "
            "(1 decimal)?")
    return text, [num(c1, 1), num(c2, 1)]


@family
def percent_change_then_forecast(rng: random.Random) -> Made:
    a = rng.randint(120, 900)
    b = a + rng.randint(-80, 160)
    if b == a:
        return None
    pct = F(b - a, a) * 100
    nxt = b * (1 + pct / 100)
    if near(pct, 1) or near(nxt, 0):
        return None
    text = (f"Our shop sold {a} units last month and {b} this month.\n1. percentage change (1 dp)?"
            "\n2. if it changes by the same percentage again, what's next month (nearest unit)?")
    return text, [num(abs(pct), 1), num(nxt, 0)]


@family
def simple_vs_compound(rng: random.Random) -> Made:
    p = rng.choice([1000, 2500, 5000, 8000])
    r = rng.choice([2, 3, 4, 5])
    n = rng.choice([3, 5, 10])
    simple = F(p) * r * n / 100
    comp = F(p) * (F(100 + r, 100) ** n - 1)
    if near(comp, 2, 0.001):
        return None
    text = (f"Quick one for school: £{p} at {r}% per year for {n} years. Interest with simple "
            "interest? With yearly compound interest? Round to pennies.")
    return text, [gbp(simple), gbp(comp)]


@family
def inequality_and_smallest_int(rng: random.Random) -> Made:
    a = rng.choice([2, 3, 4, 5])
    b = rng.randint(-10, 10)
    c = rng.randint(-12, 30)
    bound = F(c - b, a)
    if bound.denominator == 1:
        return None
    smallest = math.floor(bound) + 1
    text = (f"solve {a}x {signed(b)} > {c}, and what's the smallest whole number that works?")
    return text, [[f"x > {bound}", f"x>{bound}", f"x > {float(bound):.2f}".rstrip("0")],
                  [str(smallest)]]


@family
def bmi_lb_in_category(rng: random.Random) -> Made:
    lb = rng.randint(110, 260)
    ft, inch = rng.randint(5, 6), rng.randint(0, 11)
    h = ft * 12 + inch
    bmi = F(lb) * 703 / (h * h)
    if near(bmi, 1) or any(abs(float(bmi) - t) < 0.1 for t in (18.5, 25, 30)):
        return None
    cat = ("underweight" if bmi < F(37, 2) else "healthy" if bmi < 25 else
           "overweight" if bmi < 30 else "obese")
    forms = [cat] + (["normal"] if cat == "healthy" else [])
    text = (f"I'm {ft}'{inch}\" and {lb} lbs. Whats my BMI to one decimal (use 703 × lb / in²), "
            "and which of the usual adult BMI categories am I in?")
    return text, [num(bmi, 1), forms]


@family
def water_oz_to_litres_glasses(rng: random.Random) -> Made:
    lb = rng.randint(120, 240)
    oz = F(lb, 2)
    ml = oz * F("29.5735295625")
    glasses = ml / 250
    if near(ml / 1000, 2) or near(glasses, 1):
        return None
    text = (f"someone told me to drink half my body weight (lb) in US fluid ounces of water. I "
            f"weigh {lb} lb. How many oz is that, how many litres (2 dp), and how many 250 ml "
            "glasses (1 dp)?")
    return text, [num(oz, 1), num(ml / 1000, 2), num(glasses, 1)]


@family
def heart_rate_zone_minutes(rng: random.Random) -> Made:
    age = rng.randint(20, 65)
    mx = 220 - age
    lo, hi = rng.choice([(60, 70), (70, 80), (50, 60)])
    a, b = F(mx * lo, 100), F(mx * hi, 100)
    if near(a, 0) or near(b, 0):
        return None
    text = (f"Using max HR = 220 − age, I'm {age}. What's my max heart rate and my {lo}–{hi}% zone "
            "in bpm (round to whole numbers)?")
    return text, [[f"{mx} bpm", f"{mx}bpm", f"is {mx}", f"max {mx}", f"= {mx}"], num(a, 0),
                  num(b, 0)]


@family
def dose_ml_from_mg_per_kg(rng: random.Random) -> Made:
    lb = rng.randint(22, 70)
    per_kg = rng.choice([10, 15])
    conc = rng.choice([(120, 5), (160, 5), (250, 5)])
    kg = F(lb) * LB
    mg = kg * per_kg
    ml = mg * conc[1] / conc[0]
    if near(kg, 1) or near(mg, 0) or near(ml, 1):
        return None
    text = (f"My kid weighs {lb} lb. The leaflet says {per_kg} mg per kg per dose, and the syrup "
            f"is {conc[0]} mg per {conc[1]} ml. Weight in kg (1 dp)? Dose in mg (nearest mg)? "
            "How many ml is that (1 dp)? (I'll check with the pharmacist too.)")
    return text, [num(kg, 1), num(mg, 0), num(ml, 1)]


@family
def calories_deficit_weeks(rng: random.Random) -> Made:
    eat, burn = rng.randint(1500, 2200), rng.randint(2200, 2900)
    deficit = burn - eat
    if deficit < 200:
        return None
    target = rng.choice([2, 3, 4, 5])
    days = F(target * 7700, deficit)
    if near(days, 0):
        return None
    lbs = target / LB
    text = (f"I eat about {eat} kcal a day and burn {burn}. Daily deficit? If 1 kg of fat is "
            f"7700 kcal, how many days to lose {target} kg (nearest day)? also what's {target} kg "
            "in pounds (1 dp)")
    return text, [[str(deficit)], num(days, 0), num(lbs, 1)]


@family
def sleep_hours_week_avg(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    hrs = [F(rng.randint(10, 19), 2) for _ in days]
    mean = sum(hrs) / 7
    short = sum(1 for h in hrs if h < 7)
    if near(mean, 2):
        return None
    listed = ", ".join(f"{d} {float(h):g}" for d, h in zip(days, hrs, strict=True))
    text = (f"Sleep last week (hours): {listed}. Chart it, give my average (2 dp), and how many "
            "nights were under 7 hours?")
    return text, [CHART, stat(MEAN, mean, 2), [f"{short} night", f"{short} of", f"{short} days"]]


def table(header: str, rows: list[tuple[object, ...]]) -> str:
    return header + "\n" + "".join(",".join(str(x) for x in r) + "\n" for r in rows)


@family
def csv_sales_by_region(rng: random.Random) -> Made:
    regions = ["North", "South", "East", "West"]
    rows = [(rng.choice(regions), rng.randint(120, 980)) for _ in range(rng.randint(8, 12))]
    sums = {r: sum(v for g, v in rows if g == r) for r in regions}
    best = max(sums, key=sums.get)
    if sorted(sums.values())[-1] == sorted(sums.values())[-2] or sums[best] == 0:
        return None
    total = sum(sums.values())
    text = ("sales.csv: which region sold the most in total, what was its total, and what's the "
            "overall total across all regions? A bar chart by region too please.")
    top = [str(sums[best]), f"{sums[best]:,}"]
    return text, [[best], top, [str(total), f"{total:,}"], CHART], \
        {"csv": table("region,amount", rows)}


@family
def csv_fuel_log_mpg(rng: random.Random) -> Made:
    rows = []
    for i in range(rng.randint(4, 7)):
        rows.append((f"2026-0{i + 1}-1{rng.randint(0, 9)}", rng.randint(250, 420),
                     F(rng.randint(90, 140), 10)))
    miles = sum(r[1] for r in rows)
    gal = sum((r[2] for r in rows), F(0))
    mpg = miles / gal
    lp100 = F(100) * gal * F("3.785411784") / (miles * F("1.609344"))
    if near(mpg, 1) or near(lp100, 1):
        return None
    text = ("Here's my fill-up log (miles driven, US gallons bought). Total miles, overall mpg "
            "(1 dp), and the same in L/100 km (1 dp)?")
    csv = "date,miles,gallons\n" + "".join(f"{d},{m},{float(g):g}\n" for d, m, g in rows)
    return text, [[str(miles), f"{miles:,}"], num(mpg, 1), num(lp100, 1)], {"csv": csv}


@family
def csv_grades_pass_rate(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo",
                        "Kai", "Lea"], rng.randint(7, 11))
    marks = [rng.randint(25, 98) for _ in names]
    pas = rng.choice([40, 50])
    rate = F(sum(m >= pas for m in marks) * 100, len(marks))
    med = statistics.median(marks)
    if near(rate, 1):
        return None
    text = (f"grades.csv attached. pass mark is {pas}. what percentage passed (1 dp), and the "
            "median mark?")
    return text, [num(rate, 1), stat(MEDIAN, F(str(med)), 1)], \
        {"csv": table("student,mark", list(zip(names, marks, strict=True)))}


@family
def csv_temps_convert_max(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    temps = [rng.randint(55, 98) for _ in days]
    hi = max(temps)
    if temps.count(hi) > 1:
        return None
    hot = days[temps.index(hi)]
    c = (F(hi) - 32) * 5 / 9
    mean = F(sum(temps), 7)
    if near(c, 1) or near(mean, 1):
        return None
    text = ("Attached: daily highs in °F. Which day was hottest, what's that in °C (1 dp), and "
            "the week's average in °F (1 dp)?")
    return text, [[hot], num(c, 1), stat(MEAN, mean, 1)], \
        {"csv": table("day,high_f", list(zip(days, temps, strict=True)))}


@family
def csv_expenses_eur_total(rng: random.Random) -> Made:
    cats = ["food", "hotel", "taxi", "museum", "food", "taxi", "hotel"][: rng.randint(4, 7)]
    amts = [F(rng.randint(800, 15000), 100) for _ in cats]
    total = sum(amts, F(0))
    in_usd = convert(total, "EUR", "USD")
    food = sum((a for c, a in zip(cats, amts, strict=True) if c == "food"), F(0))
    if near(in_usd, 2, 0.001):
        return None
    csv = "category,eur\n" + "".join(f"{c},{float(a):.2f}\n" for c, a in zip(cats, amts,
                                                                               strict=True))
    text = ("expense claim csv (euros). Total in EUR, the same in USD at 1 EUR = 1.17 USD, and "
            "how much of it was food?")
    return text, [eur(total), cash(in_usd), eur(food)], {"csv": csv}


@family
def screen_bank_balance_eur(rng: random.Random) -> Made:
    bal = F(rng.randint(20000, 300000), 100)
    pend = F(rng.randint(500, 9000), 100)
    rows = [f"Balance: ${float(bal):,.2f}", f"Pending: -${float(pend):.2f}", "Account: Checking"]
    recipe = screen_of(rng, "My bank", rows)
    avail = bal - pend
    e = convert(avail, "USD", "EUR")
    if near(e, 2, 0.001):
        return None
    text = ("From this banking app screenshot: what's left once the pending payment clears, and "
            "what is that in euros (1 EUR = 1.17 USD)?")
    return text, [cash(avail), eur(e)], {"image": recipe}


@family
def screen_steps_goal(rng: random.Random) -> Made:
    steps = rng.randint(3000, 14000)
    goal = rng.choice([8000, 10000, 12000])
    km = F(rng.randint(20, 110), 10)
    rows = [f"Steps: {steps:,}", f"Goal: {goal:,}", f"Distance: {float(km):g} km"]
    recipe = screen_of(rng, "Activity", rows)
    pct = F(steps * 100, goal)
    mi = km / F("1.609344")
    if near(pct, 0) or near(mi, 1):
        return None
    text = ("screenshot of my fitness app — what % of my step goal did I hit (whole %), and the "
            "distance in miles to 1 decimal?")
    return text, [[f"{v}%" for v in num(pct, 0)], num(mi, 1)], {"image": recipe}


@family
def screen_grades_average(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "Biology", "History", "English", "Physics", "Art"], 4)
    gs = [rng.randint(48, 99) for _ in subs]
    recipe = screen_of(rng, "Report card", [f"{s}: {g}" for s, g in zip(subs, gs, strict=True)])
    mean = F(sum(gs), 4)
    need = 4 * 80 + 80 - sum(gs)
    if near(mean, 2) or not 0 <= need <= 100:
        return None
    text = ("This is my report screen. What's my average over these four subjects, and what "
            "would I need on a fifth subject to make the five-subject average exactly 80?")
    return text, [stat(MEAN, mean, 2), [str(need)]], {"image": recipe}


@family
def sign_hours_open_minutes(rng: random.Random) -> Made:
    o, c = rng.randint(7, 10), rng.randint(17, 21)
    om = rng.choice([0, 30])
    recipe = sign_of(rng, ["OPEN DAILY", f"{o}:{om:02d} - {c}:00"])
    hours = F(c * 60 - o * 60 - om, 60)
    week = hours * 7
    text = ("how many hours a day is this place open according to the sign, and how many hours "
            "in a full week?")
    return text, [num(hours, 1), num(week, 1)], {"image": recipe}


@family
def sign_parking_cost(rng: random.Random) -> Made:
    rate = F(rng.choice([150, 200, 250, 300, 350]), 100)
    hrs = rng.randint(2, 6)
    recipe = sign_of(rng, ["PARKING", f"${float(rate):.2f} PER HOUR"])
    cost = rate * hrs
    week = cost * 5
    text = (f"What does this parking sign charge per hour? I'll park {hrs} hours a day, 5 days a "
            "week — cost per day and per week?")
    return text, [cash(rate), cash(cost), cash(week)], {"image": recipe}


@family
def fraction_recipe_half(rng: random.Random) -> Made:
    a, b = rng.choice([F(3, 4), F(2, 3), F(5, 8), F(1, 3)]), rng.choice([F(1, 2), F(3, 8), F(5, 6)])
    s = a + b
    half = s / 2
    if s == 1:
        return None
    whole = [str(s)] + ([f"{s.numerator // s.denominator} {s - s.numerator // s.denominator}"]
                        if s > 1 else [])
    text = (f"A recipe calls for {a} cup sugar plus {b} cup brown sugar. How much sugar in total "
            "(as a fraction), and how much if I halve the recipe?")
    return text, [whole, [str(half)]]


@family
def eur_budget_days_left(rng: random.Random) -> Made:
    budget = rng.randint(400, 1500)
    spent = F(rng.randint(10000, 60000), 100)
    days = rng.randint(3, 9)
    left = budget - spent
    per = left / days
    if left <= 0 or near(per, 2, 0.001):
        return None
    g = convert(per, "EUR", "GBP")
    if near(g, 2, 0.001):
        return None
    text = pick(rng, f"holiday budget €{budget}, spent €{float(spent):.2f} so far, {days} days "
                     f"to go. "
                     "how much is left, how much per day, and what's the daily amount in pounds "
                     "(1 EUR = 0.87 GBP)?",
                f"Budget check: €{budget} total, €{float(spent):.2f} gone, {days} days left. Left "
                "over? Per day? Per day in GBP at 0.87 per euro?")
    return text, [eur(left), eur(per), gbp(g)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    line_through_points_plot, factor_then_sum_roots, exp_growth_plot_double,
    triangle_pythag_area, circle_pizza_value, percent_change_then_forecast, simple_vs_compound,
    inequality_and_smallest_int, bmi_lb_in_category, water_oz_to_litres_glasses,
    heart_rate_zone_minutes, dose_ml_from_mg_per_kg, calories_deficit_weeks,
    sleep_hours_week_avg, csv_sales_by_region, csv_fuel_log_mpg, csv_grades_pass_rate,
    csv_temps_convert_max, csv_expenses_eur_total, screen_bank_balance_eur, screen_steps_goal,
    screen_grades_average, sign_hours_open_minutes, sign_parking_cost, fraction_recipe_half,
    eur_budget_days_left)]
