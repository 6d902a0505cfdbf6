"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 8: charts of data with a
figure, health screenshots, timetables on signs, and shapes converted."""
# ruff: noqa: E501

from __future__ import annotations

import math
import statistics

from bench.data.agents.heldout20_multi import (
    PLOT,
    F,
    Redraw,
    ampm,
    clock,
    dec,
    fam,
    hm,
    money,
    num,
    pct,
    pick,
    receipt,
    root,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family

MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@fam
def csv_line_chart_total(rng):
    n = rng.randint(5, 9)
    s = [rng.randrange(1200, 9000, 10) for _ in range(n)]
    csv = "month,sales\n" + "".join(f"{MONTHS3[i]},{v}\n" for i, v in enumerate(s))
    text = pick(rng, "plot the monthly sales in this file as a line chart and tell me the total",
                "Can you chart these sales by month? Also what's the sum for the whole period?",
                "line graph of the attached please + total sales")
    return text, [PLOT, [str(sum(s)), f"{sum(s):,}"]], {"csv": csv}


@fam
def temps_chart_mean_f(rng):
    t = [rng.randint(-5, 35) for _ in range(7)]
    text = pick(rng, f"Daily highs this week in °C: {', '.join(map(str, t))}. Make a chart of them and tell me the weekly average in °F (1 dp).",
                f"graph these temperatures ({' '.join(map(str, t))} C, Mon to Sun) and convert the mean to Fahrenheit, one decimal")
    return text, [PLOT, num(F(sum(t), 7) * 9 / 5 + 32, 1)]


@fam
def roots_of_scaled_quadratic_plot(rng):
    k = rng.choice([2, 3, 4, 5, -1, -2])
    r1, r2 = sorted(rng.sample(range(-7, 9), 2))
    b_, c_ = -k * (r1 + r2), k * r1 * r2
    f = f"{'-' if k == -1 else k if k != 1 else ''}x^2" + (f" {'+' if b_ > 0 else '-'} {abs(b_)}x" if b_ else "") + (f" {'+' if c_ > 0 else '-'} {abs(c_)}" if c_ else "")
    text = pick(rng, f"plot y = {f} and find where it crosses the x-axis",
                f"Where is {f} equal to zero? Graph it too please.")
    return text, [root(r1), root(r2), PLOT]


@fam
def growth_plot_value(rng):
    p0 = rng.randrange(1000, 20000, 500)
    g = rng.choice([2, 3, 4, 5, 8])
    t = rng.randint(5, 15)
    v = p0 * (1 + F(g, 100)) ** t
    text = pick(rng, f"A town of {p0:,} grows {g}% a year. Plot the population over 20 years and tell me the population after {t} years (nearest whole number).",
                f"P(t) = {p0}*(1.{g:02d})^t — graph it for t = 0..20 and give P({t}) rounded to a whole number")
    return text, [PLOT, num(v, 0)]


@fam
def gym_membership_per_visit(rng):
    fee = F(rng.choice([1999, 2499, 2999, 3499, 3999, 4499, 5999]), 100)
    join = rng.choice([0, 25, 49, 50])
    visits = rng.randint(4, 20)
    img = shot(rng, "FitClub", ["Membership: Standard", f"Monthly fee: ${float(fee):.2f}", f"Joining fee: ${join}"])
    text = pick(rng, f"If I go {visits} times a month, what does each visit cost me (monthly fee only)? And what's the first year's total including the joining fee?",
                f"cost per visit at {visits} visits a month, ignoring the joining fee? and year one total with it")
    return text, [money(fee / visits), money(fee * 12 + join)], {"image": img}


@fam
def class_schedule_end_zone(rng):
    st = rng.randrange(6 * 60, 21 * 60, 15)
    dur = rng.choice([45, 50, 60, 75, 90])
    shift = rng.choice([-6, -5, -3, 1, 2, 8, 9])
    cls = rng.choice(["Yoga", "Spin", "Pilates", "HIIT", "Boxing"])
    img = shot(rng, "Class Booking", [f"{cls}", f"Starts: {hm(st)}", f"Length: {dur} min"])
    text = pick(rng, f"When does this class finish, and what time is that for my friend who is {abs(shift)} hours {'ahead' if shift > 0 else 'behind'}?",
                f"end time of the class? and the start time in a time zone {abs(shift)}h {'ahead of' if shift > 0 else 'behind'} mine")
    second = clock(st + dur + shift * 60) if "finish" in text else clock(st + shift * 60)
    return text, [clock(st + dur), second], {"image": img}


@fam
def receipt_item_how_many(rng):
    goods = ["Milk", "Eggs", "Bread", "Juice", "Yogurt", "Coffee", "Butter", "Apples"]
    recipe, lines = receipt(rng, goods, ["Fresh Mart", "Daily Grocer"], (2, 4), 150, 900)
    name, price = rng.choice(lines)
    budget = rng.choice([10, 20, 25, 30, 50])
    n = math.floor(budget / price)
    text = pick(rng, f"What did the {name} cost on this receipt, and how many could I buy with ${budget}?",
                f"price of {name.lower()} here? how many of them for {budget} dollars?")
    return text, [money(price), [f"{n} of them", f"{n} {name.lower()}", f"{n} units", f"{n} times", f"buy {n}", f"{n} items"]], {"image": recipe}


@fam
def sign_speed_mph_to_kmh(rng):
    mph = rng.choice([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    mi = rng.randint(3, 60)
    img = sign(rng, ["SPEED LIMIT", f"{mph}", "MPH"])
    kmh = mph * F("1.609")
    text = pick(rng, f"What is this limit in km/h (1 mi = 1.609 km, 1 dp), and how many minutes to drive {mi} miles at exactly that limit?",
                f"convert the sign's speed to km/h (1.609) and tell me how long {mi} miles takes at that speed, in minutes")
    mins = F(mi * 60, mph)
    return text, [num(kmh, 1) + num(kmh, 2), [f"{v} minutes" for v in num(mins, 1) + num(mins, 0)] + [f"{v} min" for v in num(mins, 1) + num(mins, 0)] + span(int(mins)) if mins.denominator == 1 else [f"{v} minutes" for v in num(mins, 1)] + [f"{v} min" for v in num(mins, 1)]], {"image": img}


@fam
def sign_ferry_next(rng):
    times = sorted(rng.sample(range(6 * 60, 21 * 60, 15), 4))
    now = rng.randrange(times[0] + 5, times[-1] - 5, 5)
    nxt = next(t for t in times if t > now)
    img = sign(rng, ["FERRY DEPARTURES", *[hm(t) for t in times]])
    text = pick(rng, f"It's {ampm(now)}. When's the next ferry on this board, and how long do I wait?",
                f"now {hm(now)} — next departure from this sign and the wait time?")
    return text, [clock(nxt), span(nxt - now)], {"image": img}


@fam
def sign_checkin_wait(rng):
    ci = rng.choice([14, 15, 16]) * 60
    arr = rng.randrange(9 * 60, ci - 20, 5)
    room = rng.randint(101, 599)
    img = sign(rng, [f"ROOM {room}", f"CHECK-IN FROM {hm(ci)}"])
    text = pick(rng, f"What's the room number on this sign, and if I arrive at {ampm(arr)} how long until I can check in?",
                f"room number? also I land at the hotel {hm(arr)}, how long until check-in opens")
    return text, [[f"room {room}", str(room)], span(ci - arr)], {"image": img}


@fam
def savings_goal_months(rng):
    goal = rng.randrange(2000, 20000, 500)
    saved = rng.randrange(100, goal - 500, 10)
    per = rng.choice([150, 200, 250, 300, 400, 500])
    img = shot(rng, "Savings Goal", ["Goal: Holiday", f"Target: ${goal:,}", f"Saved: ${saved:,}"])
    left = goal - saved
    m = math.ceil(F(left, per))
    text = pick(rng, f"How much do I still need for this goal, and how many months at ${per}/month until I reach it?",
                f"remaining amount on this savings goal? and months needed saving {per} a month (round up)")
    return text, [[f"{left:,}", str(left)], [f"{m} months", f"{m} month"]], {"image": img}


@fam
def scale_screenshot_bmi(rng):
    kg = F(rng.randrange(450, 1300), 10)
    cm = rng.randint(150, 198)
    img = shot(rng, "Smart Scale", [f"Weight: {dec(kg)} kg", f"Height: {cm} cm", "Body fat: 21%"])
    b = kg / F(cm, 100) ** 2
    text = pick(rng, "Using the weight and height on this scale screen, what's my BMI? And my weight in pounds (1 kg = 2.2046 lb, 1 dp)?",
                "bmi from this screenshot please, plus the weight converted to lb at 2.2046")
    return text, [num(b, 2) + num(b, 1), num(kg * F("2.2046"), 1)], {"image": img}


@fam
def thermostat_f_to_c(rng):
    f = rng.randint(60, 80)
    down = rng.choice([2, 3, 4, 5])
    img = shot(rng, "Thermostat", [f"Set to: {f}°F", "Mode: Heat", "Humidity: 40%"])
    text = pick(rng, f"What's my thermostat setting in Celsius (1 dp), and what would it be in Celsius if I turned it down {down}°F?",
                f"convert the set temp on this thermostat to °C, then again after lowering it by {down} °F (1 decimal each)")
    return text, [num((F(f) - 32) * 5 / 9, 1), num((F(f - down) - 32) * 5 / 9, 1)], {"image": img}


@fam
def hr_screen_zone(rng):
    rest, age = rng.randint(48, 80), rng.randint(20, 65)
    p = rng.choice([60, 65, 70, 75, 80, 85])
    img = shot(rng, "Heart Health", [f"Resting HR: {rest} bpm", f"Age: {age}", "Sleep: 7h 12m"])
    mx = 220 - age
    t = rest + F(p, 100) * (mx - rest)
    text = pick(rng, f"From this screen, what's my max heart rate (220 - age), and my {p}% target by the heart rate reserve method (1 dp)?",
                f"max HR = 220 minus age; Karvonen {p}% target using the resting HR shown. both please")
    return text, [[f"{mx} bpm", f"{mx}bpm", f"max heart rate is {mx}", f"max hr: {mx}", f"max hr is {mx}", f"= {mx}"], num(t, 1) + num(t, 0)], {"image": img}


@fam
def bp_screen_map(rng):
    s, d = rng.randint(100, 165), rng.randint(60, 100)
    if s - d < 25:
        raise Redraw
    img = shot(rng, "BP Monitor", [f"SYS: {s}", f"DIA: {d}", f"Pulse: {rng.randint(55, 95)}"])
    text = pick(rng, "Read my blood pressure off this monitor and give me the mean arterial pressure (DBP + (SBP - DBP)/3, 1 dp) and the pulse pressure.",
                "what's the MAP and pulse pressure (SBP minus DBP) for this reading? MAP to 1 dp")
    return text, [num(d + F(s - d, 3), 1), [f"pulse pressure is {s - d}", f"pulse pressure: {s - d}", f"pulse pressure = {s - d}", f"{s - d} mmhg", f"pulse pressure of {s - d}"]], {"image": img}


@fam
def csv_workouts_miles_speed(rng):
    n = rng.randint(4, 7)
    km = [F(rng.randrange(30, 250), 10) for _ in range(n)]
    mins = [rng.randint(15, 120) for _ in range(n)]
    csv = "date,km,minutes\n" + "".join(f"2026-05-{i + 10},{dec(k)},{m}\n" for i, (k, m) in enumerate(zip(km, mins, strict=True)))
    tot = sum(km)
    sp = tot / F(sum(mins), 60)
    text = pick(rng, "Total distance in this workout log in miles (1 mi = 1.609 km, 2 dp), and my overall average speed in km/h (total km / total hours, 2 dp)?",
                "convert my total km from the csv to miles (/1.609, 2 dp) and give overall km/h across all sessions (total km / total time, 2 dp)")
    return text, [num(tot / F("1.609"), 2), num(sp, 2)], {"csv": csv}


@fam
def weights_chart_loss_lb(rng):
    w = [F(rng.randrange(700, 1100), 10)]
    for _ in range(rng.randint(4, 7)):
        w.append(w[-1] - F(rng.randint(0, 15), 10))
    if w[0] == w[-1]:
        raise Redraw
    text = pick(rng, f"weekly weights (kg): {', '.join(dec(x) for x in w)}. chart them, and how much did I lose in total, in lb (2.2046 lb/kg, 1 dp)?",
                f"Plot my weigh-ins {' / '.join(dec(x) for x in w)} kg and tell me the total loss in pounds (x2.2046, one decimal)")
    return text, [PLOT, num((w[0] - w[-1]) * F("2.2046"), 1)]


@fam
def circle_area_sq_ft(rng):
    r = F(rng.randrange(5, 80), 10)
    a = math.pi * float(r) ** 2
    ft2 = a * 10.7639
    if min(abs(a * 100 - math.floor(a * 100) - 0.5), abs(ft2 * 100 - math.floor(ft2 * 100) - 0.5)) < 0.03:
        raise Redraw
    text = pick(rng, f"Area of a round patio with radius {dec(r)} m, in m² and in square feet (1 m² = 10.7639 ft²)? 2 dp",
                f"circle radius {dec(r)} m: area (2 decimals) and then converted to sq ft at 10.7639")
    return text, [num(a, 2), list(dict.fromkeys(num(ft2, 2) + num(round(a, 2) * 10.7639, 2)))]


@fam
def cylinder_litres(rng):
    r, h = rng.randint(5, 40), rng.randint(10, 120)
    v = math.pi * r * r * h
    lit = v / 1000
    if min(abs(v * 10 - math.floor(v * 10) - 0.5), abs(lit * 100 - math.floor(lit * 100) - 0.5)) < 0.03:
        raise Redraw
    text = pick(rng, f"A cylindrical tank has radius {r} cm and height {h} cm. Volume in cm³ (1 dp), and how many litres is that (2 dp)?",
                f"volume of a cylinder r={r}cm h={h}cm, then in litres (1000 cm³ = 1 L)")
    return text, [num(v, 1) + num(v, 2), num(lit, 2)]


@fam
def unit_price_other_currency(rng):
    n, m = rng.randint(2, 6), rng.randint(7, 15)
    tot = F(rng.randrange(300, 4000, 5), 100)
    rate = F(rng.choice(["1.08", "1.17", "1.1"]))
    text = pick(rng, f"{n} tickets cost €{float(tot):.2f}. What would {m} tickets cost in euros, and in dollars at 1 EUR = {dec(rate)} USD?",
                f"if {n} of them are {float(tot):.2f} euros, price for {m}? then convert that to USD ({dec(rate)})")
    c = tot / n * m
    return text, [money(c), money(c * rate)]


@fam
def scatter_correlation(rng):
    n = rng.randint(6, 9)
    x = [rng.randint(1, 12) for _ in range(n)]
    y = [2 * a + rng.randint(-4, 6) + 20 for a in x]
    if len(set(x)) < 3:
        raise Redraw
    rv = statistics.correlation(x, y)
    if abs(rv * 100 - math.floor(rv * 100) - 0.5) < 0.02:
        raise Redraw
    pairs = "; ".join(f"{a} h → {b}" for a, b in zip(x, y, strict=True))
    text = pick(rng, f"hours studied vs score: {pairs}. Pearson correlation (2 dp)? and draw a scatter plot",
                f"Make a scatter chart of study hours against marks and give the correlation coefficient r to 2 decimals: {pairs}")
    return text, [[f"{rv:.2f}"], PLOT]


@fam
def csv_expense_pie_share(rng):
    cats = rng.sample(["Rent", "Food", "Transport", "Fun", "Bills", "Savings", "Health"], rng.randint(4, 6))
    amts = [rng.randrange(50, 1500, 5) for _ in cats]
    csv = "category,amount\n" + "".join(f"{c},{a}\n" for c, a in zip(cats, amts, strict=True))
    c = rng.choice(cats)
    share = F(amts[cats.index(c)] * 100, sum(amts))
    text = pick(rng, f"Make a pie chart of my spending from this file, and what percent went on {c}? (1 dp)",
                f"pie chart of the categories please + {c.lower()}'s share of the total in %, one decimal")
    return text, [PLOT, pct(share, 1)], {"csv": csv}


@fam
def trend_forecast_plot(rng):
    n = rng.randint(5, 8)
    a, b = rng.randint(20, 200), rng.randint(3, 20)
    ys = [a + b * i + rng.randint(-4, 4) for i in range(n)]
    xs = list(range(1, n + 1))
    slope, icpt = statistics.linear_regression(xs, ys)
    nxt = slope * (n + 1) + icpt
    if abs(nxt * 10 - math.floor(nxt * 10) - 0.5) < 0.02:
        raise Redraw
    text = pick(rng, f"Weekly sign-ups: {', '.join(map(str, ys))}. Fit a straight line trend, forecast week {n + 1} (1 dp), and plot it.",
                f"plot these weekly numbers {' '.join(map(str, ys))} with a trend line and predict next week using linear regression, 1 decimal")
    return text, [num(nxt, 1), PLOT]


@fam
def parking_session_cost(rng):
    st = rng.randrange(8 * 60, 16 * 60, 1)
    rate = F(rng.choice([150, 200, 250, 300, 350]), 100)
    dur = rng.randrange(40, 300)
    img = shot(rng, "ParkApp", ["Zone 214", f"Started: {hm(st)}", f"Rate: ${float(rate):.2f}/hour"])
    leave = st + dur
    text = pick(rng, f"If I leave at {ampm(leave)}, how long will I have parked, and what will it cost if it's charged per minute at this rate?",
                f"leaving at {hm(leave)} — parking duration? cost at the hourly rate shown, billed by the minute")
    return text, [span(dur), money(rate * dur / 60)], {"image": img}


@fam
def recipe_calories_per_serving(rng):
    kcal = rng.randrange(900, 4000, 10)
    serves = rng.choice([4, 6, 8, 10, 12])
    img = shot(rng, "Lasagne", [f"Total: {kcal:,} kcal", f"Serves: {serves}", "Prep: 40 min"])
    per = F(kcal, serves)
    text = pick(rng, "How many calories per serving for this recipe (1 dp), and in kJ per serving from the unrounded kcal (1 kcal = 4.184 kJ, 1 dp)?",
                "kcal per portion from this screenshot, then the same (unrounded) in kilojoules at 4.184, 1 dp")
    return text, [num(per, 1) + num(per, 0), num(per * F("4.184"), 1)], {"image": img}


@fam
def inverse_and_plot(rng):
    m, c = rng.choice([2, 3, 4, 5]), rng.randint(-9, 9)
    if c == 0:
        raise Redraw
    y0 = rng.randint(10, 60)
    x0 = F(y0 - c, m)
    text = pick(rng, f"f(x) = {m}x {'+' if c > 0 else '-'} {abs(c)}. For what x is f(x) = {y0}? Plot f as well.",
                f"solve {m}x {'+' if c > 0 else '-'} {abs(c)} = {y0} and draw the line y = {m}x {'+' if c > 0 else '-'} {abs(c)}")
    return text, [root(x0) + ([f"x = {dec(x0)}", f"x={dec(x0)}"] if (x0 * 1000).denominator == 1 else [f"x = {float(x0):.2f}"]), PLOT]


@fam
def sign_opening_days_hours(rng):
    op = rng.choice([8, 9, 10]) * 60
    cl = rng.choice([16, 17, 18, 19]) * 60 + rng.choice([0, 30])
    days = rng.choice([("MON - FRI", 5), ("MON - SAT", 6), ("TUE - SAT", 5), ("DAILY", 7)])
    img = sign(rng, ["OPENING HOURS", days[0], f"{hm(op)} - {hm(cl)}"])
    text = pick(rng, "How many hours a day is this place open, and how many hours a week in total?",
                "daily opening hours from the sign? and weekly total")
    return text, [span(cl - op), span((cl - op) * days[1])], {"image": img}


@fam
def receipt_tax_then_other_currency(rng):
    goods = ["Shirt", "Socks", "Jeans", "Scarf", "Belt", "Hat", "Gloves", "Tie"]
    recipe, lines = receipt(rng, goods, ["Style Hub", "Threads", "Wardrobe"], (2, 4), 500, 6000, "€")
    vat = rng.choice([19, 20, 21, 23])
    rate = F(rng.choice(["0.86", "0.85", "0.87"]))
    t = sum((p for _, p in lines), F(0))
    text = pick(rng, f"This receipt total includes {vat}% VAT. What's the total, how much of it is VAT, and what's the total in pounds at €1 = £{dec(rate)}?",
                f"receipt total? VAT portion at {vat}% (included)? total in GBP ({dec(rate)} per euro)?")
    return text, [money(t), money(t * vat / (100 + vat)), money(t * rate)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_line_chart_total, temps_chart_mean_f, roots_of_scaled_quadratic_plot, growth_plot_value,
    gym_membership_per_visit, class_schedule_end_zone, receipt_item_how_many,
    sign_speed_mph_to_kmh, sign_ferry_next, sign_checkin_wait, savings_goal_months,
    scale_screenshot_bmi, thermostat_f_to_c, hr_screen_zone, bp_screen_map,
    csv_workouts_miles_speed, weights_chart_loss_lb, circle_area_sq_ft, cylinder_litres,
    unit_price_other_currency, scatter_correlation, csv_expense_pie_share, trend_forecast_plot,
    parking_session_cost, recipe_calories_per_serving, inverse_and_plot,
    sign_opening_days_hours, receipt_tax_then_other_currency)]
