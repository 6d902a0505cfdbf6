"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a3-4: everyday word
problems on pay, home projects, travel, school, sport, ages and small business."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money, pct
from bench.data.agents.heldout17_math_a3 import close, dp, family, fr, hm, ival
from bench.data.agents.helpers import Family


@family
def tip_reverse_total(rng: random.Random) -> Made:
    bill = Fraction(rng.randint(1500, 20000), 100)
    tip = rng.choice([15, 18, 20, 25])
    total = bill * (100 + tip) / 100
    if (total * 100).denominator != 1:
        return None
    return (f"The card slip says I paid ${float(total):.2f} total, and that included a {tip}% "
            "tip on the food. What was the food bill before the tip?", [money(bill)])


@family
def double_time_hours(rng: random.Random) -> Made:
    rate = Fraction(rng.randint(1500, 4000), 100)
    normal, ot, sunday = rng.randint(30, 40), rng.randint(2, 10), rng.randint(3, 9)
    pay = rate * normal + rate * Fraction(3, 2) * ot + rate * 2 * sunday
    if not (pay * 100).denominator == 1:
        return None
    return (f"I earn ${float(rate):.2f}/hr. This week: {normal} regular hours, {ot} overtime "
            f"hours at time and a half, and {sunday} Sunday hours at double time. Gross pay?",
            [money(pay)])


@family
def paint_room_walls(rng: random.Random) -> Made:
    length, width, height = rng.randint(3, 7), rng.randint(3, 6), rng.choice([2.4, 2.5, 2.7])
    doors, windows = rng.randint(1, 2), rng.randint(0, 3)
    area = 2 * (length + width) * height - doors * 1.9 - windows * 1.5
    cover, coats = rng.choice([10, 12, 14]), 2
    need = area * coats / cover
    if abs(need - round(need)) < 0.02:
        return None
    litres = math.ceil(need)
    return (f"Room is {length} m by {width} m with {height} m high walls. Take off 1.9 m² per "
            f"door ({doors}) and 1.5 m² per window ({windows}). Paint covers {cover} m² per "
            f"litre and I want {coats} coats. How many whole litres do I need?",
            [[f"{litres} litres", f"{litres} l", f"{litres} liters", f"{litres}l",
              f"{litres} litre", f"{litres} liter"]])


@family
def commute_year_hours(rng: random.Random) -> Made:
    mins, days, weeks = rng.randint(15, 75), rng.randint(3, 5), rng.choice([46, 47, 48])
    hours = Fraction(mins * 2 * days * weeks, 60)
    if close(float(hours), 0):
        return None
    return (f"My commute is {mins} minutes each way, {days} days a week, {weeks} working weeks a"
            " year. How many hours a year is that, to the nearest hour?",
            [ival(round(float(hours)))])


@family
def school_trip_buses(rng: random.Random) -> Made:
    students, teachers, seats = rng.randint(80, 400), rng.randint(5, 25), rng.choice([45, 52, 57])
    cost = rng.randint(300, 900)
    buses = -(-(students + teachers) // seats)
    each = Fraction(buses * cost, students)
    if close(float(each), 2):
        return None
    return (f"{students} students and {teachers} teachers are going on a trip. Each coach seats "
            f"{seats} and costs ${cost} to hire. If only the students pay, splitting the coach "
            "cost equally, how much does each student pay (to the cent)?",
            [money(round(float(each), 2))])


@family
def golf_handicap_net(rng: random.Random) -> Made:
    scores = [rng.randint(70, 110) for _ in range(4)]
    hcap = rng.randint(5, 28)
    net = sum(scores) - hcap * 4
    return (f"Four rounds of golf this week: {', '.join(map(str, scores))}. My handicap is {hcap}"
            " strokes a round. What's my total net score for the four rounds?", [ival(net)])


@family
def relay_team_time(rng: random.Random) -> Made:
    legs = [Fraction(rng.randint(4800, 6500), 100) for _ in range(4)]
    total = sum(legs, Fraction(0))
    m, s = divmod(total, 60)
    forms = [f"{int(m)}:{float(s):05.2f}", f"{int(m)} min {float(s):.2f}",
             f"{int(m)} minute {float(s):.2f}", f"{int(m)} minutes {float(s):.2f}",
             f"{int(m)}m {float(s):.2f}", f"{float(total):.2f} s", f"{float(total):.2f} seconds"]
    return (f"4x400 relay splits: {', '.join(f'{float(x):.2f}' for x in legs)} seconds. Team "
            "total time?", [forms])


@family
def age_when_multiple(rng: random.Random) -> Made:
    child, k = rng.randint(2, 12), rng.choice([2, 3, 4])
    years = rng.randint(1, 15)
    parent = k * (child + years) - years
    if parent - child < 18 or parent > 70:
        return None
    return (f"I'm {parent} and my daughter is {child}. In how many years will I be exactly {k} "
            "times her age?", [[f"{years} years", f"{years} year", f"in {years}"]])


@family
def sibling_ages_total(rng: random.Random) -> Made:
    youngest, gap, n = rng.randint(2, 15), rng.randint(2, 4), rng.randint(3, 5)
    total = sum(youngest + i * gap for i in range(n))
    return (f"There are {n} siblings, each born {gap} years after the previous one, and their "
            f"ages add up to {total}. How old is the eldest?", [ival(youngest + (n - 1) * gap)])


@family
def weekly_chores_pay(rng: random.Random) -> Made:
    base, per = rng.randint(3, 15), Fraction(rng.choice([25, 50, 75, 100, 150]), 100)
    chores = [rng.randint(2, 12) for _ in range(4)]
    total = base * 4 + per * sum(chores)
    return (f"My kid gets ${base} pocket money a week plus ${float(per):.2f} per chore. The last "
            f"four weeks she did {', '.join(map(str, chores))} chores. How much has she earned "
            "in total?", [money(total)])


@family
def carpet_roll_length(rng: random.Random) -> Made:
    width = rng.choice([3, 4, 5])
    room_l, room_w = rng.randint(3, 9), rng.randint(2, width)
    price = rng.randint(12, 45)
    cost = room_l * width * price
    return (f"Carpet comes off a {width} m wide roll and is sold by the metre of length at "
            f"${price} per square metre. My room is {room_l} m long and {room_w} m wide, so I "
            f"buy a {room_l} m length of the full roll width. What does the carpet cost?",
            [money(cost)])


@family
def price_per_use(rng: random.Random) -> Made:
    price = rng.randint(40, 400)
    uses, years = rng.randint(1, 5), rng.randint(1, 6)
    value = Fraction(price, uses * 52 * years)
    if close(float(value), 2):
        return None
    return (f"Thinking of buying ${price} running shoes. If I run {uses} times a week and they "
            f"last {years} year{'s' if years > 1 else ''}, what's the cost per run, nearest cent?",
            [money(round(float(value), 2))])


@family
def recipe_swap_eggs(rng: random.Random) -> Made:
    serves, want = rng.choice([4, 6, 8]), rng.randint(10, 40)
    flour, eggs = rng.randint(200, 500), rng.randint(2, 4)
    batches = Fraction(want, serves)
    g = flour * batches
    e = math.ceil(eggs * batches)
    if close(float(g), 0):
        return None
    return (f"Pancake recipe for {serves}: {flour} g flour, {eggs} eggs. I'm feeding {want}. How "
            "much flour (nearest gram) and how many eggs should I buy, rounding eggs up?",
            [[f"{round(float(g))} g", f"{round(float(g))}g", f"{round(float(g))} grams"],
             [f"{e} eggs", f"{e} egg"]])


@family
def train_catch_up(rng: random.Random) -> Made:
    v1, v2 = rng.randint(50, 90), rng.randint(110, 160)
    lag = rng.choice([15, 20, 30, 40, 45, 60])
    start = rng.randint(6 * 60, 10 * 60)
    t = Fraction(v1 * lag, v2 - v1)
    if t.denominator != 1:
        return None
    catch = start + lag + int(t)
    h, m = divmod(start, 60)
    return (f"A freight train leaves at {h}:{m:02d} doing {v1} km/h. An express leaves the same "
            f"station on the same line {lag} minutes later at {v2} km/h. At what time does the "
            "express catch it?", [hm(catch)])


@family
def tank_fill_time(rng: random.Random) -> Made:
    ln, w, h = rng.randint(30, 150), rng.randint(30, 80), rng.randint(30, 80)
    flow = rng.randint(4, 20)
    mins = Fraction(ln * w * h, 1000 * flow)
    if close(float(mins), 1):
        return None
    return (f"A fish tank is {ln} cm × {w} cm × {h} cm. The hose gives {flow} litres a minute. How"
            " long to fill it, in minutes (1 dp)?", [dp(mins, 1)])


@family
def grade_curve(rng: random.Random) -> Made:
    top = rng.randint(70, 95)
    score = rng.randint(35, top - 1)
    value = Fraction(score * 100, top)
    if close(float(value), 1):
        return None
    return (f"Teacher scales the test so the top score ({top}) becomes 100 and everyone else is "
            f"scaled in proportion. I got {score}. What's my new score to one decimal place?",
            [dp(value, 1)])


@family
def seat_arrangement_couples(rng: random.Random) -> Made:
    couples = rng.randint(2, 7)
    if rng.random() < 0.5:
        count = math.factorial(couples) * 2 ** couples
        return (f"{couples} couples sit in a row of {2 * couples} chairs at the cinema, each "
                "couple sitting together. How many seating arrangements are possible?",
                [ival(count)])
    count = math.factorial(couples - 1) * 2 ** couples
    return (f"{couples} couples sit around a round dinner table, partners always side by side. "
            "Rotations of the same seating count as the same. How many arrangements?",
            [ival(count)])


@family
def discount_needed(rng: random.Random) -> Made:
    price, budget = rng.randint(60, 500), 0
    budget = rng.randint(price // 2, price - 5)
    value = Fraction((price - budget) * 100, price)
    if close(float(value), 1):
        return None
    return (f"The bike is ${price} and I only have ${budget}. What percentage discount would "
            "I need? One decimal place.", [pct(float(value), 1)])


@family
def marathon_pace_needed(rng: random.Random) -> Made:
    goal_h, goal_m = rng.randint(3, 5), rng.choice([0, 15, 30, 45])
    dist = rng.choice([("marathon", 42.195), ("half marathon", 21.0975)])
    if dist[0].startswith("half"):
        goal_h -= 2
    secs = (goal_h * 60 + goal_m) * 60 / dist[1]
    m, s = divmod(round(secs), 60)
    return (f"I want to finish a {dist[0]} ({dist[1]:g} km) in {goal_h}:{goal_m:02d}:00. What pace"
            " is that per km (min:sec, rounded to the second)?",
            [[f"{m}:{s:02d}", f"{m} min {s:02d}", f"{m} min {s} s", f"{m}m {s}s",
              f"{m} minutes {s} seconds", f"{m}'{s:02d}"]])


@family
def rectangle_diagonal_fence(rng: random.Random) -> Made:
    a, b = rng.randint(5, 60), rng.randint(5, 60)
    value = math.hypot(a, b)
    if close(value, 1):
        return None
    return (f"my yard's a {a} m by {b} m rectangle and I'm running a path straight from one "
            "corner to the opposite one. how long is the path? 1 decimal", [dp(value, 1)])


@family
def coffee_shop_breakeven_cups(rng: random.Random) -> Made:
    fixed, price = rng.randint(20, 120) * 100, Fraction(rng.randint(300, 600), 100)
    cost = Fraction(rng.randint(80, 200), 100)
    cups = math.floor(fixed / (price - cost)) + 1
    return (f"My coffee cart costs ${fixed:,} a month to run. I sell coffee at "
            f"${float(price):.2f} and each cup costs me ${float(cost):.2f} in beans, milk and "
            "cup. How many cups must I sell in a month to make a profit?", [ival(cups)])


@family
def fractions_of_class(rng: random.Random) -> Made:
    n = rng.choice([24, 28, 30, 32, 36, 40])
    a = rng.choice([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(2, 5)])
    b = rng.choice([Fraction(1, 2), Fraction(1, 3), Fraction(1, 4), Fraction(3, 4)])
    walk = n * a
    rest = n - walk
    bus = rest * b
    if walk.denominator != 1 or bus.denominator != 1:
        return None
    other = rest - bus
    return (f"In a class of {n}, {a} walk to school, {b} of the rest take the bus and the others"
            " are driven. How many are driven?", [ival(int(other))])


@family
def water_intake_glasses(rng: random.Random) -> Made:
    target, glass = Fraction(rng.randint(18, 35), 10), rng.choice([200, 250, 300, 330, 350])
    drank = rng.randint(1, 4)
    left = target * 1000 - drank * glass
    n = math.ceil(left / glass)
    return (f"I aim for {float(target):g} L of water a day and use a {glass} mL glass. I've had "
            f"{drank} so far. How many more glasses (whole glasses) to reach my goal?",
            [[f"{n} glass", f"{n} more"]])


@family
def probability_late_both(rng: random.Random) -> Made:
    p, q = rng.choice([5, 10, 15, 20, 25, 30]), rng.choice([5, 10, 20, 40, 35])
    value = Fraction(100 - p, 100) * Fraction(100 - q, 100)
    return (f"The bus is late {p}% of the time and the train is late {q}% of the time, "
            "independently. I need both on time to make work. Chance both are on time? Give a "
            "fraction or decimal.", [[*fr(value), f"{float(value * 100):g}%"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    tip_reverse_total, double_time_hours, paint_room_walls, commute_year_hours,
    school_trip_buses, golf_handicap_net, relay_team_time, age_when_multiple,
    sibling_ages_total, weekly_chores_pay, carpet_roll_length, price_per_use, recipe_swap_eggs,
    train_catch_up, tank_fill_time, grade_curve, seat_arrangement_couples, discount_needed,
    marathon_pace_needed, rectangle_diagonal_fence, coffee_shop_breakeven_cups,
    fractions_of_class, water_intake_glasses, probability_late_both)]
