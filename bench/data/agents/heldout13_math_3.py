"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part three: grades, time,
travel, recipes, shapes and growth asked as everyday word problems."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, pct, tie, unit, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def clock(minutes: int) -> str:
    return f"{minutes // 60 % 24}:{minutes % 60:02d}"


def k_grade_avg(rng: random.Random) -> Item:  # the average of a few test scores
    scores = [rng.randint(55, 100) for _ in range(rng.randint(3, 6))]
    v = F(sum(scores), len(scores))
    if tie(v):
        return k_grade_avg(rng)
    return item("K_a_grade_avg", "math", f"my test scores this term: {', '.join(map(str, scores))}."
                " what's my average?", [dec(v)])


def k_grade_needed(rng: random.Random) -> Item:  # the score needed on the last test
    scores, target = [rng.randint(60, 95) for _ in range(3)], rng.randint(70, 90)
    need = 4 * target - sum(scores)
    if not 0 < need <= 100:
        return k_grade_needed(rng)
    return item("K_a_grade_needed", "math", f"I got {scores[0]}, {scores[1]} and {scores[2]} on "
                f"my first three tests. What do I need on the fourth to average {target}?",
                [whole(need)])


def k_weighted_grade(rng: random.Random) -> Item:  # an exam and coursework weighting
    w, exam, course = rng.choice([50, 60, 70, 75]), rng.randint(40, 99), rng.randint(40, 99)
    v = F(w * exam + (100 - w) * course, 100)
    if tie(v):
        return k_weighted_grade(rng)
    return item("K_a_weighted_grade", "math", f"The exam is worth {w}% and coursework {100 - w}%. "
                f"I got {exam} on the exam and {course} on coursework. Final mark?", [dec(v)])


def k_gpa(rng: random.Random) -> Item:  # a credit-weighted grade point average
    courses = [(rng.choice([2, 3, 4, 5]), rng.choice([4, 3.7, 3.3, 3, 2.7, 2.3, 2]))
               for _ in range(rng.randint(3, 5))]
    v = sum(F(c) * F(str(g)) for c, g in courses) / sum(c for c, _ in courses)
    if tie(v):
        return k_gpa(rng)
    text = "; ".join(f"{c} credits, {g}" for c, g in courses)
    return item("K_a_gpa", "math", f"work out my GPA: {text}", [dec(v)])


def k_test_percent(rng: random.Random) -> Item:  # a mark as a percentage
    total = rng.choice([40, 60, 75, 80, 120, 150])
    got = rng.randint(total // 3, total - 1)
    v = F(got * 100, total)
    if tie(v):
        return k_test_percent(rng)
    return item("K_a_test_percent", "math", f"got {got} out of {total} on my exam, what percentage "
                "is that", [pct(v)])


def k_finish_time(rng: random.Random) -> Item:  # a finishing time on the clock
    start, dur = rng.randint(6 * 60, 15 * 60) // 5 * 5, rng.randint(40, 400) // 5 * 5
    h, mm = divmod(dur, 60)
    return item("K_a_finish_time", "math", f"If I start at {clock(start)} and it takes {h} h {mm} "
                "min, what time do I finish? (24h clock)", [[clock(start + dur)]])


def k_minutes_between(rng: random.Random) -> Item:  # minutes between two times
    a = rng.randint(6 * 60, 12 * 60)
    b = a + rng.randint(30, 500)
    return item("K_a_minutes_between", "math", f"How many minutes are there between {clock(a)} and "
                f"{clock(b)}?", [whole(b - a)])


def k_shift_hours(rng: random.Random) -> Item:  # hours on a shift less a break
    start = rng.choice(range(6 * 60, 10 * 60, 15))
    end, brk = start + rng.choice(range(6 * 60, 11 * 60, 15)), rng.choice([30, 45, 60])
    v = F(end - start - brk, 60)
    return item("K_a_shift_hours", "math", f"shift {clock(start)} to {clock(end)} with a {brk} "
                "minute unpaid break. how many hours do i get paid for? (decimal)",
                [dec(v)])


def k_avg_speed(rng: random.Random) -> Item:  # an average speed from distance and time
    h, mm = rng.randint(1, 6), rng.choice([10, 15, 20, 30, 40, 45, 50])
    km = rng.randint(45 * (h * 60 + mm) // 60, 110 * (h * 60 + mm) // 60)
    v = F(km * 60, h * 60 + mm)
    if tie(v):
        return k_avg_speed(rng)
    return item("K_a_avg_speed", "math", f"Drove {km} km in {h} hour{'s' if h > 1 else ''} {mm} "
                "minutes. Average speed?",
                [unit(dec(v), "km/h", "kph", "kilometres per hour", "kilometers per hour")])


def k_travel_time(rng: random.Random) -> Item:  # hours needed at a steady speed
    mph = rng.choice([30, 40, 45, 50, 60, 65, 70])
    miles = rng.randint(20, 800)
    v = F(miles, mph)
    if tie(v):
        return k_travel_time(rng)
    return item("K_a_travel_time", "math", f"how many hours will {miles} miles take at {mph} mph? "
                "decimal hours pls", [dec(v)])


def k_pace(rng: random.Random) -> Item:  # a running pace per kilometre
    km = rng.choice([5, 10, 21, 42])
    per = rng.randint(240, 420)
    secs = per * km
    out = [f"{per // 60}:{per % 60:02d}"]
    return item("K_a_pace", "math", f"I ran {km} km in {secs // 3600}:{secs % 3600 // 60:02d}:"
                f"{secs % 60:02d}. What was my pace per km (min:sec)?", [out])


def k_round_trip(rng: random.Random) -> Item:  # the average speed of a round trip
    a, b = rng.sample([20, 30, 40, 45, 50, 60, 70, 80, 90, 100, 120], 2)
    v = F(2 * a * b, a + b)
    if tie(v):
        return k_round_trip(rng)
    return item("K_a_round_trip", "math", f"I drive to work at {a} km/h and back at {b} km/h, same "
                "road. What's my average speed for the whole trip?",
                [unit(dec(v), "km/h", "kph", "kilometres per hour", "kilometers per hour")])


def k_recipe(rng: random.Random) -> Item:  # a recipe scaled to more people
    base, want, grams = rng.choice([2, 4, 6]), rng.randint(3, 15), rng.randint(5, 60) * 10
    v = F(grams * want, base)
    if tie(v) or want == base:
        return k_recipe(rng)
    return item("K_a_recipe", "math", f"the recipe serves {base} and uses {grams} g of flour. "
                f"how much flour for {want} people?", [unit(dec(v), "g", "grams")])


def k_ratio_split(rng: random.Random) -> Item:  # an amount shared in a ratio
    a, b, k = rng.randint(1, 9), rng.randint(1, 9), rng.randint(10, 200)
    if a == b or math.gcd(a, b) != 1:
        return k_ratio_split(rng)
    return item("K_a_ratio_split", "math", f"Share {(a + b) * k} between Ann and Ben in the ratio "
                f"{a}:{b}. How much does each get?", [whole(a * k), whole(b * k)])


def k_wall_area(rng: random.Random) -> Item:  # a wall's area
    w, h = F(rng.randint(20, 80), 10), F(rng.randint(22, 32), 10)
    v = w * h
    return item("K_a_wall_area", "math", f"wall is {float(w):g} m wide and {float(h):g} m high, "
                "what's the area?", [unit(dec(v), "m²", "m^2", "sq m", "square metres",
                                          "square meters")])


COATS = {1: "one coat", 2: "two coats", 3: "three coats"}


def k_paint_tins(rng: random.Random) -> Item:  # tins of paint needed
    area, cover, coats = rng.randint(20, 120), rng.choice([10, 12, 15]), rng.randint(1, 3)
    litres = F(area * coats, cover)
    tins = math.ceil(litres / F(5, 2))
    return item("K_a_paint_tins", "math", f"I need to paint {area} m² with {COATS[coats]}. "
                f"A litre covers {cover} m² and paint comes in 2.5 L tins. How many tins do I buy?",
                [whole(tins)])


def k_circle_area(rng: random.Random) -> Item:  # a circle's area from its radius
    r = rng.randint(2, 40)
    v = math.pi * r * r
    if tie(v):
        return k_circle_area(rng)
    return item("K_a_circle_area", "math", f"area of a circle with radius {r} cm?",
                [unit(dec(v), "cm²", "cm^2", "square centimetres", "square centimeters",
                      "sq cm")])


def k_circumference(rng: random.Random) -> Item:  # a circumference from a diameter
    d = rng.randint(3, 120)
    v = math.pi * d
    if tie(v):
        return k_circumference(rng)
    return item("K_a_circumference", "math", f"What is the circumference of a {d} inch pizza?",
                [unit(dec(v), "inches", "in", '"')])


def k_ladder(rng: random.Random) -> Item:  # Pythagoras with a ladder
    ladder, foot = F(rng.randint(30, 90), 10), F(rng.randint(5, 20), 10)
    v = math.sqrt(float(ladder ** 2 - foot ** 2))
    if tie(v):
        return k_ladder(rng)
    return item("K_a_ladder", "math", f"a {float(ladder):g} m ladder leans on a wall with its foot "
                f"{float(foot):g} m out. how high up the wall does it reach?",
                [unit(dec(v), "m", "metres", "meters")])


def k_tv_diagonal(rng: random.Random) -> Item:  # a diagonal from width and height
    w, h = rng.randint(20, 70), rng.randint(12, 40)
    v = math.hypot(w, h)
    if tie(v) or v == int(v):
        return k_tv_diagonal(rng)
    return item("K_a_tv_diagonal", "math", f"Screen is {w} by {h} inches. How long is the "
                "diagonal?", [unit(dec(v), "inches", "in", '"')])


def k_triangle_area(rng: random.Random) -> Item:  # base times height over two
    b, h = rng.randint(3, 60), rng.randint(3, 60)
    v = F(b * h, 2)
    return item("K_a_triangle_area", "math", f"triangle, base {b} cm, height {h} cm. area?",
                [unit(dec(v), "cm²", "cm^2", "square centimetres", "square centimeters")])


def k_box_volume(rng: random.Random) -> Item:  # a box's volume in litres
    a, b, c = (rng.randint(10, 80) for _ in range(3))
    v = F(a * b * c, 1000)
    return item("K_a_box_volume", "math", f"A box measures {a} cm x {b} cm x {c} cm. How many "
                "litres does it hold?", [unit(dec(v, 3), "litres", "liters", "L", "l")])


def k_cylinder(rng: random.Random) -> Item:  # a cylinder's volume
    r, h = rng.randint(2, 20), rng.randint(5, 50)
    v = math.pi * r * r * h
    if tie(v):
        return k_cylinder(rng)
    return item("K_a_cylinder", "math", f"volume of a cylinder r={r} cm, h={h} cm",
                [unit(dec(v), "cm³", "cm^3", "cubic centimetres", "cubic centimeters")])


def k_sphere(rng: random.Random) -> Item:  # a sphere's volume
    r = rng.randint(2, 30)
    v = 4 / 3 * math.pi * r ** 3
    if tie(v):
        return k_sphere(rng)
    return item("K_a_sphere", "math", f"What's the volume of a ball of radius {r} cm?",
                [unit(dec(v), "cm³", "cm^3", "cubic centimetres", "cubic centimeters")])


def k_fence(rng: random.Random) -> Item:  # fencing round a rectangle
    a, b = F(rng.randint(30, 300), 10), F(rng.randint(30, 300), 10)
    v = 2 * (a + b)
    return item("K_a_fence", "math", f"How much fencing to go round a {float(a):g} m by "
                f"{float(b):g} m garden?", [unit(dec(v), "m", "metres", "meters")])


def k_tiles(rng: random.Random) -> Item:  # tiles for a floor
    w, d, tile = rng.randint(2, 8), rng.randint(2, 8), rng.choice([20, 25, 30, 40, 50])
    n = math.ceil(w * 100 / tile) * math.ceil(d * 100 / tile)
    return item("K_a_tiles", "math", f"Floor is {w} m x {d} m, tiles are {tile} cm square. "
                "How many tiles (whole tiles, cutting the edge ones)?", [whole(n)])


def k_population(rng: random.Random) -> Item:  # a population growing by a percentage
    pop, r, t = rng.randint(20, 900) * 100, F(rng.randint(5, 40), 10), rng.randint(3, 20)
    v = pop * (1 + r / 100) ** t
    if abs(float(v) % 1 - 0.5) < 0.01:
        return k_population(rng)
    return item("K_a_population", "math", f"A town of {pop:,} people grows {float(r):g}% a year. "
                f"Population after {t} years, to the nearest person?", [whole(round(v))])


def k_half_life(rng: random.Random) -> Item:  # what's left after some half-lives
    dose, half, n = rng.randint(10, 800), rng.choice([2, 4, 5, 6, 8, 12]), rng.randint(2, 6)
    v = F(dose, 2 ** n)
    if tie(v):
        return k_half_life(rng)
    return item("K_a_half_life", "math", f"something has a half-life of {half} hours. start with "
                f"{dose} mg, how much is left after {half * n} hours?",
                [unit(dec(v), "mg", "milligrams")])


def k_depreciation(rng: random.Random) -> Item:  # a car losing value each year
    price, r, t = rng.randint(8, 60) * 1000, rng.choice([10, 12, 15, 18, 20]), rng.randint(2, 8)
    v = price * (1 - F(r, 100)) ** t
    if tie(v):
        return k_depreciation(rng)
    return item("K_a_depreciation", "math", f"My car cost {price:,} and loses {r}% of its value "
                f"each year. What is it worth after {t} years?", [dec(v)])


def k_days_weeks(rng: random.Random) -> Item:  # days as weeks and days
    days = rng.randint(20, 400)
    w, d = divmod(days, 7)
    if d == 0:
        return k_days_weeks(rng)
    out = dedupe([f"{w} weeks and {d} days", f"{w} weeks {d} days", f"{w} weeks, {d} days",
                  f"{w} weeks and {d} day", f"{w} weeks {d} day", f"{w}w {d}d"])
    return item("K_a_days_weeks", "math", f"how many weeks is {days} days? weeks and days",
                [out])


def k_seconds(rng: random.Random) -> Item:  # hours, minutes and seconds to seconds
    h, mm, s = rng.randint(1, 9), rng.randint(1, 59), rng.randint(1, 59)
    return item("K_a_seconds", "math", f"How many seconds in {h} h {mm} min {s} s?",
                [whole(h * 3600 + mm * 60 + s)])


def k_age_months(rng: random.Random) -> Item:  # an age in months
    y, mo = rng.randint(1, 12), rng.randint(1, 11)
    years, months = f"{y} year" + "s" * (y > 1), f"{mo} month" + "s" * (mo > 1)
    return item("K_a_age_months", "math", f"my kid is {years} and {months} old. how many "
                "months is that?", [whole(12 * y + mo)])


def k_pizza(rng: random.Random) -> Item:  # slices per person
    pizzas, slices, people = rng.randint(2, 9), rng.choice([6, 8, 10, 12]), rng.randint(3, 15)
    total = pizzas * slices
    if total % people or total // people < 2:
        return k_pizza(rng)
    return item("K_a_pizza", "math", f"We ordered {pizzas} pizzas cut into {slices} slices each, "
                f"and there are {people} of us. How many slices each if it's even?",
                [whole(total // people)])


def k_buses(rng: random.Random) -> Item:  # vehicles needed for a group
    people, seats = rng.randint(60, 900), rng.choice([45, 49, 52, 57, 60])
    if people % seats == 0:
        return k_buses(rng)
    return item("K_a_buses", "math", f"{people} pupils going on a trip, each coach seats {seats}. "
                "how many coaches do we need?", [whole(-(-people // seats))])


def k_water_tank(rng: random.Random) -> Item:  # time to fill a tank
    litres, rate = rng.randint(200, 5000), rng.randint(8, 40)
    v = F(litres, rate)
    if tie(v):
        return k_water_tank(rng)
    return item("K_a_water_tank", "math", f"A {litres} litre tank fills at {rate} litres a minute. "
                "How many minutes to fill it?", [dec(v)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_grade_avg, k_grade_needed, k_weighted_grade, k_gpa, k_test_percent, k_finish_time,
    k_minutes_between, k_shift_hours, k_avg_speed, k_travel_time, k_pace, k_round_trip,
    k_recipe, k_ratio_split, k_wall_area, k_paint_tins, k_circle_area, k_circumference,
    k_ladder, k_tv_diagonal, k_triangle_area, k_box_volume, k_cylinder, k_sphere, k_fence,
    k_tiles, k_population, k_half_life, k_depreciation, k_days_weeks, k_seconds, k_age_months,
    k_pizza, k_buses, k_water_tank)]
