"""Round 16 multi-part families (``L_m_*``, dev now): a last set of everyday requests with two
or more results — loans, pace, sleep, two lines on a graph, the pharmacy, the classroom, the
office, the kitchen and the road."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    CHART,
    LB,
    MEAN,
    MILE,
    PLOT,
    F,
    Family,
    clock,
    deg_c,
    eur,
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
    two_roots,
    unit,
    usd,
    var,
)
from bench.data.agents.heldout16_multi_common import convert as fx

MORE_3: list[Family] = []
add = fam(MORE_3)


@add
def loan_interest_simple(rng: random.Random):  # simple interest on a loan, monthly payment
    p, r, y = rng.randint(2, 30) * 500, rng.choice([4, 5, 6, 7, 8, 9]), rng.randint(1, 5)
    interest = F(p * r * y, 100)
    monthly = (p + interest) / (12 * y)
    if not safe(monthly):
        return None
    return (f"borrowing ${p:,} at {r}% simple interest for {y} year{'s' if y > 1 else ''}. "
            "interest? total to repay? monthly payment?",
            [usd(interest), usd(p + interest), usd(monthly)])


@add
def speed_from_pace_and_convert(rng: random.Random):  # min per km pace to km/h and mph
    pace = F(rng.randint(40, 80), 10)
    kmh = 60 / pace
    mph = kmh / MILE
    if not safe(kmh, mph):
        return None
    return (f"my pace is {float(pace):g} min/km. what's that in km/h, and mph?",
            [unit(kmh, "km/h", "kph", "kilometres per hour"), unit(mph, "mph", "miles per hour")])


@add
def kg_per_week_goal(rng: random.Random):  # a weight goal: kilos per week, in pounds
    lose, weeks = rng.randint(3, 25), rng.randint(6, 30)
    per = F(lose, weeks)
    lb = per / LB
    if not safe(per, lb):
        return None
    return (f"want to lose {lose} kg in {weeks} weeks. how much per week in kg, and in lb?",
            [kg(per), unit(lb, "lb", "pounds", "lbs")])


@add
def two_eq_and_graph(rng: random.Random):  # where two lines cross, graphed
    x, y = rng.randint(-5, 8), rng.randint(-5, 8)
    m1, m2 = rng.choice([1, 2, 3]), rng.choice([-1, -2, -3])
    c1, c2 = y - m1 * x, y - m2 * x

    def line(m: int, c: int) -> str:
        head = {1: "x", -1: "-x"}.get(m, f"{m}x")
        return head + ("" if c == 0 else f" {'+' if c > 0 else '-'} {abs(c)}")
    return (f"find where y = {line(m1, c1)} and y = {line(m2, c2)} intersect, and graph them",
            [var("x", x), var("y", y), PLOT])


@add
def sleep_debt(rng: random.Random):  # nightly hours over a week: total, shortfall vs 8 hours
    xs = [F(rng.randint(10, 18), 2) for _ in range(7)]
    tot = sum(xs)
    short = 56 - tot
    if short <= 0:
        return None
    listed = ", ".join(f"{float(x):g}" for x in xs)
    return (f"hours slept this week: {listed}. total? and how many hours short of 8 a night am "
            "I?", [[f"{v} hours" for v in forms(tot)] + [f"{v} h" for v in forms(tot)],
                   [f"{v} hours" for v in forms(short)] + [f"{v} h" for v in forms(short)]])


@add
def paint_mix_ratio(rng: random.Random):  # mixing ratio: amounts of each and the cost
    a, b = rng.randint(1, 5), rng.randint(1, 5)
    total = rng.randint(2, 20)
    if a == b:
        return None
    pa, pb = F(total * a, a + b), F(total * b, a + b)
    if not safe(pa, pb):
        return None
    return (f"I need {total} litres of paint mixed {a}:{b} white to blue. how much of each?",
            [unit(pa, "L", "litres", "liters"), unit(pb, "L", "litres", "liters")])


@add
def clock_add_durations(rng: random.Random):  # three tasks from a start time: end time, total
    start = rng.randint(7 * 60, 14 * 60) // 5 * 5
    xs = [rng.randint(10, 90) for _ in range(3)]
    h, m = divmod(start, 60)
    tot = sum(xs)
    return (f"starting at {h}:{m:02d} I have tasks taking {xs[0]}, {xs[1]} and {xs[2]} minutes. "
            "total minutes, and when will I be done?", [[f"{tot} minutes", f"{tot} min"],
                                                        clock(start + tot)])


@add
def inhaler_doses(rng: random.Random):  # puffs in an inhaler: days it lasts, and refills a year
    puffs, per = rng.choice([60, 120, 200]), rng.choice([2, 4, 6, 8])
    days = F(puffs, per)
    refills = math.ceil(365 / days)
    if not safe(days):
        return None
    return (f"my inhaler has {puffs} puffs and I use {per} a day. how many days does it last, and "
            "how many inhalers do I need for a year?",
            [[f"{v} days" for v in forms(days)], [f"{refills} inhalers", str(refills)]])


@add
def class_marks_percent_chart(rng: random.Random):  # marks out of a total to percentages, chart
    out = rng.choice([40, 50, 60, 80])
    xs = [rng.randint(out // 3, out) for _ in range(rng.randint(5, 8))]
    m = F(sum(xs) * 100, len(xs) * out)
    if not safe(m):
        return None
    return (f"quiz was out of {out}. marks: {', '.join(map(str, xs))}. average as a percentage? "
            "and chart the marks", [[f"{v}%" for v in forms(m)] + [f"{v} %" for v in forms(m)],
                                    CHART])


@add
def office_printing(rng: random.Random):  # pages printed: reams and toner cost
    staff, pages = rng.randint(5, 60), rng.randint(10, 80)
    days = rng.choice([20, 21, 22])
    total = staff * pages * days
    reams = math.ceil(F(total, 500))
    if total % 500 == 0:
        return None
    return (f"{staff} people each print about {pages} pages a day, {days} working days a month. "
            "pages per month, and how many 500-sheet reams?",
            [[f"{total:,} pages", f"{total} pages", f"{total:,}", str(total)],
             [f"{reams} reams", str(reams)]])


@add
def kitchen_scale_cups_temp(rng: random.Random):  # pounds of meat to kilos and a Celsius target
    lb = F(rng.randint(10, 60), 10)
    f = rng.choice([145, 160, 165, 170])
    k = lb * LB
    c = (f - 32) * F(5, 9)
    if not safe(k, c):
        return None
    return (f"{float(lb):g} lb pork shoulder, cook to {f}°F inside. weight in kg and the target "
            "in celsius?", [kg(k), deg_c(c)])


@add
def toll_road_costs(rng: random.Random):  # tolls per km, in euros and pounds
    d = rng.randint(80, 900)
    rate = F(rng.randint(6, 12), 100)
    cost = d * rate
    g = fx(cost, "EUR", "GBP")
    if not safe(cost, g):
        return None
    return (f"french motorway tolls are about €{float(rate):.2f} per km. for {d} km what's that in"
            " euros and in pounds?", [eur(cost), gbp(g)])


@add
def receipt_vat_portion(rng: random.Random):  # VAT included in a receipt total
    recipe, total, _ = receipt(rng)
    rate = rng.choice([10, 20])
    vat = total * rate / (100 + rate)
    if not safe(vat, total - vat):
        return None
    return (f"prices on this receipt include {rate}% VAT. what's the total, how much of it is "
            "VAT, and what's the amount before VAT?", [usd(total), usd(vat), usd(total - vat)],
            {"image": recipe})


@add
def solve_graph_then_distance_roots(rng: random.Random):  # roots, the gap between them, a graph
    r1, r2, p = two_roots(rng)
    gap = abs(r1 - r2)
    if gap in (abs(r1), abs(r2)):
        return None
    return (f"plot y = {p}, tell me its zeros, and how far apart they are",
            [root(r1), root(r2), [f"{gap} units", *num(gap)], PLOT])


@add
def bus_timetable(rng: random.Random):  # buses every N minutes: next three departures
    first = rng.randint(6 * 60, 9 * 60) // 5 * 5
    every = rng.choice([12, 15, 20, 25])
    now = first + rng.randint(1, 120)
    k = (now - first) // every + 1
    nxt = first + k * every
    fh, fm = divmod(first, 60)
    nh, nm = divmod(now, 60)
    return (f"first bus {fh}:{fm:02d}, then every {every} minutes. it's {nh}:{nm:02d} — when are "
            "the next two buses?", [clock(nxt), clock(nxt + every)]) if nxt - now != 0 else None


@add
def savings_goal_months(rng: random.Random):  # months to a savings goal, and the leftover
    goal, per = rng.randint(10, 100) * 100, rng.randint(50, 600)
    have = rng.randint(0, 500)
    months = math.ceil(F(goal - have, per))
    extra = have + months * per - goal
    if (goal - have) % per == 0 or goal <= have:
        return None
    return (f"saving for a ${goal:,} trip. I have ${have} and save ${per} a month. how many months"
            " until I get there, and how much over will I be?", [[f"{months} months", str(months)],
                                                                 usd(F(extra))])


@add
def bike_gear_speed(rng: random.Random):  # a cycling speed in mph: km/h and time for a ride
    mph = rng.randint(8, 25)
    k = mph * MILE
    d = rng.randint(10, 100)
    mins = d / k * 60
    if not safe(k, mins):
        return None
    return (f"I average {mph} mph on my bike. what's that in km/h, and how many minutes for a {d} "
            "km ride?", [unit(k, "km/h", "kph", "kilometres per hour"),
                         [f"{v} minutes" for v in forms(mins)] + [f"{v} min" for v in forms(mins)]])


@add
def weekly_groceries_trend(rng: random.Random):  # grocery bills: mean, change, chart
    xs = [rng.randint(60, 220) for _ in range(rng.randint(5, 8))]
    m = F(sum(xs), len(xs))
    if not safe(m) or xs[-1] == xs[0]:
        return None
    return (f"my weekly grocery bills (£): {', '.join(map(str, xs))}. average? difference between "
            "first and last week? and a line chart", [named(MEAN, m) + gbp(m),
                                                       gbp(F(abs(xs[-1] - xs[0]))), CHART])


@add
def luggage_two_bags(rng: random.Random):  # two bags in kg: total in pounds, over a limit
    a, b = F(rng.randint(100, 300), 10), F(rng.randint(50, 150), 10)
    tot = a + b
    lb = tot / LB
    over = tot - 32
    if not safe(lb) or over <= 0:
        return None
    return (f"checked bag {float(a):g} kg, carry-on {float(b):g} kg. combined weight in pounds? "
            "and by how many kg am I over a 32 kg total allowance?",
            [unit(lb, "lb", "pounds", "lbs"), kg(over)])


@add
def marathon_training_km(rng: random.Random):  # a weekly mileage plan in km and the peak week
    xs = [rng.randint(15, 45) for _ in range(4)]
    tot = sum(xs) * MILE
    peak = max(xs) * MILE
    if not safe(tot, peak):
        return None
    return (f"my next 4 training weeks in miles: {', '.join(map(str, xs))}. total in km, and the "
            "biggest week in km?", [km(tot), km(peak)])


@add
def water_bill_litres(rng: random.Random):  # cubic metres used: litres and cost
    m3 = rng.randint(5, 60)
    price = F(rng.randint(150, 450), 100)
    if not safe(m3 * price):
        return None
    return (f"water bill says {m3} m³ this quarter at €{float(price):.2f} per m³. how many litres "
            "is that and what's the charge?", [unit(F(m3 * 1000), "L", "litres", "liters"),
                                               eur(m3 * price)])


@add
def gpa_weighted(rng: random.Random):  # a credit-weighted average, then out of 100
    grades = [rng.randint(2, 4) for _ in range(3)]
    credits = [rng.choice([2, 3, 4, 5]) for _ in range(3)]
    g = F(sum(a * b for a, b in zip(grades, credits, strict=True)), sum(credits))
    if not safe(g, g * 25):
        return None
    pairs = ", ".join(f"{a} ({b} credits)" for a, b in zip(grades, credits, strict=True))
    return (f"grades on a 4-point scale: {pairs}. weighted GPA? and that as a score out of 100?",
            [num(g), num(g * 25)])


__all__ = ["MORE_3", "usd"]
