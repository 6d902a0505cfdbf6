"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-2: photos of signs,
receipts and app screens with a follow-on sum, CSV tables, and maths with a plot or check."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, convert, money, root, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, screen, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def sign_speed_limit_time(rng: random.Random) -> Made:
    limit, km = rng.choice([50, 60, 80, 100, 110]), rng.randint(12, 90)
    mins = F(km * 60, limit)
    mph = F(limit) / F("1.609344")
    if near(mins, 0) or near(mph, 1):
        return None
    recipe = sign(rng, ["SPEED LIMIT", f"{limit} km/h"])
    text = (f"Saw this sign on the way. What's the limit in mph (1 dp)? And at exactly that speed "
            f"how many minutes would {km} km take, nearest minute?")
    return text, [num(mph, 1), num(mins, 0)], {"image": recipe}


@family
def sign_opening_hours_week(rng: random.Random) -> Made:
    op, cl = rng.randint(7, 10), rng.randint(17, 21)
    days = rng.choice([5, 6])
    wage = cents(rng, 12, 20)
    hours = (cl - op) * days
    recipe = sign(rng, ["OPEN", f"{op}AM TO {cl - 12}PM"])
    text = (f"This is the sign on the shop I'm covering. It's open {days} days a week with those "
            f"hours. How many hours a week is it open, and if staffing it costs ${d2(wage)} an "
            "hour, what's the weekly wage bill?")
    return text, [[f"{hours} hours", f"{hours} hrs"], cash(hours * wage)], {"image": recipe}


@family
def sign_platform_fare_return(rng: random.Random) -> Made:
    fare, plat = cents(rng, 3, 18), rng.randint(2, 12)
    trips = rng.randint(8, 22)
    recipe = sign(rng, [f"PLATFORM {plat}", f"SINGLE FARE ${d2(fare)}"])
    total = fare * 2 * trips
    eur = convert(total, "USD", "EUR")
    if tie(eur):
        return None
    text = (f"which platform does this sign say? I'll do {trips} return trips this month at the "
            "single fare shown each way — total in dollars and in euros (1 EUR = 1.17 USD)?")
    return text, [[f"platform {plat}"], cash(total), money(eur, "EUR") + cash(eur)], \
        {"image": recipe}


@family
def sign_weight_limit_boxes(rng: random.Random) -> Made:
    limit, box = rng.choice([500, 750, 1000, 1500]), rng.choice([18, 22, 27, 35, 42])
    n = limit // box
    lb = F(limit) / F("0.45359237")
    if near(lb, 0):
        return None
    recipe = sign(rng, ["LIFT", f"MAX LOAD {limit} KG"])
    text = (f"warehouse lift, sign in the photo. each box weighs {box} kg. how many boxes max per "
            "trip, and what's the load limit in pounds (nearest lb)?")
    return text, [[f"{n} boxes", f"{n} box"], num(lb, 0)], {"image": recipe}


@family
def receipt_unit_cost_per_guest(rng: random.Random) -> Made:
    goods = [(g, cents(rng, 4, 30)) for g in rng.sample(["Chips", "Soda", "Cake", "Napkins",
                                                          "Plates", "Juice"], 3)]
    total = sum((p for _, p in goods), F(0))
    guests = rng.randint(6, 15)
    each = total / guests
    if tie(each):
        return None
    recipe = bill(rng, "Party Store", goods)
    text = (f"Party shopping receipt attached. Total spent? There are {guests} guests — cost per "
            "guest to the cent? Also which was the priciest item?")
    top = max(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[-1] == sorted(p for _, p in goods)[-2]:
        return None
    return text, [cash(total), cash(each), [top[0]]], {"image": recipe}


@family
def receipt_gbp_to_usd_tip(rng: random.Random) -> Made:
    goods = [(g, cents(rng, 2, 16)) for g in rng.sample(["Fish", "Chips", "Peas", "Tea",
                                                          "Pie", "Cola"], 3)]
    total = sum((p for _, p in goods), F(0))
    usd = convert(total, "GBP", "USD")
    if tie(usd):
        return None
    recipe = bill(rng, "Harbour Chippy", goods, "£")
    text = ("Receipt from London (in pounds). 1) what's the total? 2) convert to US dollars with "
            "1 EUR = 1.17 USD = 0.87 GBP, to the cent")
    return text, [money(total, "GBP") + cash(total), money(usd, "USD") + cash(usd)], \
        {"image": recipe}


@family
def screen_fitness_week_mean(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    kms = [F(rng.randint(20, 120), 10) for _ in days]
    mean = sum(kms) / 5
    miles = sum(kms) / F("1.609344")
    if tie(mean) or near(miles, 1):
        return None
    rows = [f"{d}: {float(k):.1f} km" for d, k in zip(days, kms, strict=True)]
    recipe = screen(rng, "Runs this week", rows)
    text = ("Screenshot from my running app. Total km for the week, the average per run, and the "
            "total in miles (1 dp)?")
    return text, [num(sum(kms), 1), stat(MEAN, mean), num(miles, 1)], {"image": recipe}


@family
def screen_bill_due_late_fee(rng: random.Random) -> Made:
    amt, fee = cents(rng, 40, 260), rng.choice([2, 3, 5])
    day = rng.randint(3, 25)
    late = rng.randint(5, 20)
    owed = amt * (100 + fee) / 100
    if tie(owed):
        return None
    recipe = screen(rng, "Water bill", [f"Amount due: ${d2(amt)}", f"Due date: 2026-10-{day:02d}"])
    text = (f"I paid this {late} days after the due date shown. What date did I pay, and with a "
            f"{fee}% late fee what did I owe in total?")
    paid = day + late
    date = f"2026-10-{paid:02d}" if paid <= 31 else f"2026-11-{paid - 31:02d}"
    words = (f"October {paid}" if paid <= 31 else f"November {paid - 31}")
    return text, [[date, words], cash(owed)], {"image": recipe}


@family
def screen_temp_f_to_c_mean(rng: random.Random) -> Made:
    temps = [rng.randint(45, 95) for _ in range(4)]
    cs = [F(t - 32) * 5 / 9 for t in temps]
    hi = max(cs)
    mean = sum(cs) / 4
    if near(hi, 1) or near(mean, 1):
        return None
    recipe = screen(rng, "Forecast", [f"{d}: {t}°F" for d, t in zip(["Thu", "Fri", "Sat", "Sun"],
                                                                   temps, strict=True)])
    text = ("what's the hottest day in this forecast and its temp in celsius (1 dp)? and the "
            "average of the four days in °C, 1 dp")
    day = ["Thu", "Fri", "Sat", "Sun"][temps.index(max(temps))]
    if temps.count(max(temps)) > 1:
        return None
    names = {"Thu": "Thursday", "Fri": "Friday", "Sat": "Saturday", "Sun": "Sunday"}
    return text, [[day, names[day]], num(hi, 1), stat(MEAN, mean, 1) + num(mean, 1)], \
        {"image": recipe}


# ---------------------------------------------------------------- CSV


@family
def csv_class_marks_pass(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jon"], 8)
    marks = [rng.randint(30, 98) for _ in names]
    mean = F(sum(marks), 8)
    passed = sum(m >= 50 for m in marks)
    if tie(mean):
        return None
    csv = "student,mark\n" + "\n".join(f"{n},{m}" for n, m in zip(names, marks, strict=True)) + "\n"
    text = ("attached marks.csv. Need the class mean (2 dp), the median, and how many passed "
            "(pass mark 50). and a bar chart of marks by student pls")
    med = F(sorted(marks)[3] + sorted(marks)[4], 2)
    return text, [stat(MEAN, mean), stat(MEDIAN, med, 1), [f"{passed} passed", f"{passed} students",
                                                          f"{passed} of"], CHART], {"csv": csv}


@family
def csv_orders_revenue_eur(rng: random.Random) -> Made:
    rows = [(f"A{100 + i}", rng.randint(1, 6), cents(rng, 5, 40)) for i in range(6)]
    rev = sum((q * p for _, q, p in rows), F(0))
    eur = convert(rev, "USD", "EUR")
    if tie(eur):
        return None
    csv = "order,qty,unit_price_usd\n" + "\n".join(f"{o},{q},{d2(p)}" for o, q, p in rows) + "\n"
    text = ("From this orders CSV: total revenue in USD, and the same in EUR at 1 EUR = 1.17 USD "
            "(to the cent). Which order brought in the most?")
    best = max(rows, key=lambda r: r[1] * r[2])
    vals = sorted(q * p for _, q, p in rows)
    if vals[-1] == vals[-2]:
        return None
    return text, [cash(rev), money(eur, "EUR") + cash(eur), [best[0]]], {"csv": csv}


@family
def csv_daily_steps_goal(rng: random.Random) -> Made:
    steps = [rng.randint(3000, 15000) for _ in range(10)]
    goal = rng.choice([8000, 10000])
    hit = sum(s >= goal for s in steps)
    mean = F(sum(steps), 10)
    csv = "day,steps\n" + "\n".join(f"{i + 1},{s}" for i, s in enumerate(steps)) + "\n"
    text = (f"steps.csv has 10 days of steps. what's my average per day, on how many days did I "
            f"hit {goal:,}, and can you plot steps per day as a line chart?")
    return text, [stat(MEAN, mean, 1) + num(mean, 1), [f"{hit} days", f"{hit} of"], CHART], \
        {"csv": csv}


# ---------------------------------------------------------------- maths


@family
def linear_solve_then_percent(rng: random.Random) -> Made:
    x, a, b = rng.randint(3, 20), rng.randint(2, 9), rng.randint(1, 30)
    c = a * x + b
    pct = rng.choice([15, 20, 35, 40, 60])
    val = F(x * pct, 100)
    text = (f"solve {a}x + {b} = {c}\nthen what is {pct}% of x?")
    return text, [root(x), num(val, 2)]


@family
def quadratic_vertex_plot(rng: random.Random) -> Made:
    h, k, a = rng.randint(-5, 5), rng.randint(-9, 9), rng.choice([1, 2, 3])
    b, c = -2 * a * h, a * h * h + k
    bs = f"{'+' if b >= 0 else '-'} {abs(b)}x " if b else ""
    cs = f"{'+' if c >= 0 else '-'} {abs(c)}" if c else ""
    text = (f"For y = {a if a > 1 else ''}x^2 {bs}{cs}: find the vertex, the y-intercept, and "
            "sketch the graph.").replace("  ", " ")
    return text, [[f"({h}, {k})", f"({h},{k})"], [f"(0, {c})", f"y = {c}", f"y-intercept {c}",
                                                   f"y-intercept is {c}", f"(0,{c})"], CHART]


@family
def triangle_area_perimeter_units(rng: random.Random) -> Made:
    a, b = rng.choice([(3, 4), (5, 12), (6, 8), (8, 15), (9, 12), (7, 24)])
    k = rng.choice([10, 20, 30])
    a, b = a * k, b * k
    c = int((a * a + b * b) ** 0.5)
    area_m2 = F(a * b, 2) / 10000
    text = (f"Right-angled garden bed, the two short sides are {a} cm and {b} cm. How long is the "
            "long side, what's the perimeter in metres, and the area in m²?")
    return text, [[f"{c} cm", f"{c}cm"], num(F(a + b + c, 100), 2), num(area_m2, 4)]


@family
def compound_then_chart(rng: random.Random) -> Made:
    p, r, n = rng.choice([1000, 2500, 5000]), rng.choice([3, 4, 5, 6]), rng.randint(4, 8)
    end = F(p) * F(100 + r, 100) ** n
    if tie(end):
        return None
    text = (f"If I put ${p:,} in at {r}% a year compounded annually, what's it worth after {n} "
            "years (to the cent), how much of that is interest, and can you chart the balance "
            "year by year?")
    return text, [cash(end), cash(end - p), CHART]


@family
def mean_median_mode_words(rng: random.Random) -> Made:
    vals = [rng.randint(1, 12) for _ in range(7)]
    mode = max(set(vals), key=vals.count)
    counts = sorted(vals.count(v) for v in set(vals))
    if counts[-1] < 2 or (len(counts) > 1 and counts[-2] == counts[-1]):
        return None
    mean = F(sum(vals), 7)
    if near(mean, 2, 0.002):
        return None
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
    text = ("Homework check — the numbers are " + ", ".join(words[v] for v in vals) +
            ". Mean (2 dp), median and mode please, then draw a dot plot or bar chart of them")
    return text, [stat(MEAN, mean), stat(MEDIAN, F(sorted(vals)[3]), 0), stat(["mode", "Mode"],
                                                                             F(mode), 0), CHART]


@family
def clock_shift_and_pay(rng: random.Random) -> Made:
    start, mins = rng.randint(6 * 60, 14 * 60) // 15 * 15, rng.choice([450, 480, 510, 540, 570])
    brk, rate = 30, cents(rng, 13, 28)
    paid = F(mins - brk, 60)
    text = (f"Shift starts {start // 60}:{start % 60:02d} and lasts {mins // 60} h {mins % 60} min "
            f"including an unpaid {brk}-minute break. What time do I finish, how many paid hours, "
            f"and pay at ${d2(rate)}/h?")
    if tie(paid * rate):
        return None
    return text, [clock(start + mins), num(paid, 2), cash(paid * rate)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    sign_speed_limit_time, sign_opening_hours_week, sign_platform_fare_return,
    sign_weight_limit_boxes, receipt_unit_cost_per_guest, receipt_gbp_to_usd_tip,
    screen_fitness_week_mean, screen_bill_due_late_fee, screen_temp_f_to_c_mean,
    csv_class_marks_pass, csv_orders_revenue_eur, csv_daily_steps_goal, linear_solve_then_percent,
    quadratic_vertex_plot, triangle_area_perimeter_units, compound_then_chart,
    mean_median_mode_words, clock_shift_and_pay)]
