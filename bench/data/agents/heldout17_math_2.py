"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part 2: fractions, ratios,
rates, time, ages, counting, averages and number puzzles in words."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, family, frac, money, near_tie, num, one
from bench.data.agents.helpers import Family


@family
def recipe_scale(rng: random.Random) -> Made:
    serves, want = rng.choice([(4, 6), (6, 4), (4, 10), (8, 6), (2, 5), (6, 9)])
    flour = rng.choice([300, 250, 450, 360, 200])
    value = Fraction(flour * want, serves)
    if value.denominator != 1:
        return None
    return (f"Recipe serves {serves} and uses {flour} g flour. How much flour for {want} "
            "people?", [[f"{value} g", f"{value}g", f"{value} grams"]])


@family
def pizza_fraction(rng: random.Random) -> Made:
    a, b = Fraction(1, rng.choice([3, 4, 6, 8])), Fraction(rng.randint(1, 3), rng.choice([4, 8]))
    left = 1 - a - b
    if left <= 0:
        return None
    return (f"I ate {a} of a pizza and my friend ate {b}. what fraction of the pizza is left?",
            [frac(left)])


@family
def add_mixed(rng: random.Random) -> Made:
    a = Fraction(rng.randint(1, 4)) + Fraction(rng.randint(1, 3), 4)
    b = Fraction(rng.randint(1, 4)) + Fraction(rng.randint(1, 5), 6)
    s = a + b
    if s.denominator == 1:
        return None
    whole, rest = divmod(s.numerator, s.denominator)
    def mixed(x: Fraction) -> str:
        w, r = divmod(x.numerator, x.denominator)
        return f"{w} {Fraction(r, x.denominator)}" if r else str(w)
    return (f"Add {mixed(a)} cups and {mixed(b)} cups. Answer as a mixed number.",
            [[mixed(s), f"{s.numerator}/{s.denominator}",
              f"{whole} and {Fraction(rest, s.denominator)}"]])


@family
def ratio_share(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
    total = (a + b + c) * rng.randint(5, 60)
    unit = total // (a + b + c)
    return (f"Three friends split ${total} in the ratio {a}:{b}:{c}. How much does the last one "
            "get?", [money(unit * c)])


@family
def ratio_paint(rng: random.Random) -> Made:
    a, b = rng.randint(1, 4), rng.randint(2, 7)
    if math.gcd(a, b) != 1:
        return None
    blue = a * rng.randint(2, 12)
    return (f"mixing paint, {a} parts blue to {b} parts white. if i use {blue} litres of blue "
            "how many litres of white do i need", [num(Fraction(blue * b, a))])


@family
def speed_time(rng: random.Random) -> Made:
    speed, mins = rng.choice([40, 45, 50, 60, 72, 80, 90]), rng.choice([20, 40, 50, 75, 90, 100])
    dist = Fraction(speed * mins, 60)
    return (f"If I drive at {speed} km/h for {mins} minutes, how far do I go?",
            [[f"{num(dist)[0]} km", f"{num(dist)[0]}km", f"{num(dist)[0]} kilometres",
              f"{num(dist)[0]} kilometers"]])


@family
def average_speed_trip(rng: random.Random) -> Made:
    d1, s1, d2, s2 = (rng.choice([60, 120, 90, 30]), rng.choice([30, 60, 40]),
                      rng.choice([60, 120, 90]), rng.choice([60, 90, 45]))
    avg = Fraction(d1 + d2) / (Fraction(d1, s1) + Fraction(d2, s2))
    if near_tie(float(avg), 1):
        return None
    return (f"I drove {d1} miles at {s1} mph, then {d2} miles at {s2} mph. What was my average "
            "speed for the whole trip, to 1 decimal?", [num(round(float(avg), 1), 1)])


@family
def work_together(rng: random.Random) -> Made:
    a = rng.randint(2, 10)
    b = rng.randint(a + 1, 24)
    t = Fraction(a * b, a + b)
    if near_tie(float(t), 2):
        return None
    return (f"One painter can do a room in {a} hours, another in {b} hours. Working together, "
            "how many hours will it take? (2 decimals if it isn't a whole number)",
            [frac(t) + num(round(float(t), 2)) + [f"{float(t):.2f}"]])


@family
def meeting_trains(rng: random.Random) -> Made:
    d, v1, v2 = rng.randint(10, 60) * 10, rng.randint(4, 12) * 10, rng.randint(4, 12) * 10
    t = Fraction(d, v1 + v2)
    if (t * 60).denominator != 1:
        return None
    h, m = divmod(int(t * 60), 60)
    forms = [f"{h} hours {m} minutes", f"{h} h {m} min", f"{h}h {m}m", f"{h} hours and {m} min",
             f"{h} hours and {m} minutes", f"{h} hours, {m} minutes", f"{h} hr {m} min",
             f"{h}:{m:02d}", f"{h} hrs {m} mins"]
    if m == 0:
        forms = [f"{h} hours", f"{h} hour"]
    return (f"Two trains start {d} km apart heading toward each other at {v1} km/h and {v2} "
            "km/h. How long until they meet? (hours and minutes)", [forms])


@family
def elapsed_time(rng: random.Random) -> Made:
    sh, sm = rng.randint(6, 11), rng.choice([5, 10, 15, 20, 35, 40, 50])
    dur = rng.randint(70, 600)
    end = sh * 60 + sm + dur
    eh, em = divmod(end, 60)
    ap = "pm" if eh >= 12 else "am"
    h12 = eh - 12 if eh > 12 else eh
    return (f"Flight leaves at {sh}:{sm:02d} am and takes {dur // 60} h {dur % 60} min. What "
            "time does it land (same time zone)?",
            [[f"{h12}:{em:02d} {ap}", f"{h12}:{em:02d}{ap}", f"{eh:02d}:{em:02d}",
              f"{h12}:{em:02d} {ap.upper()}"]])


@family
def shift_hours(rng: random.Random) -> Made:
    days = rng.sample(["Mon", "Tue", "Wed", "Thu", "Fri"], 3)
    shifts = []
    total = 0
    for d in days:
        s, e = rng.randint(7, 10), rng.randint(15, 19)
        sm, em = rng.choice([0, 15, 30, 45]), rng.choice([0, 15, 30, 45])
        total += (e * 60 + em) - (s * 60 + sm)
        shifts.append(f"{d} {s}:{sm:02d}-{e - 12}:{em:02d}")
    h = Fraction(total, 60)
    return ("add up my hours this week pls: " + ", ".join(shifts) + " (mornings to afternoons, no "
            "breaks). total in hours as a decimal", [num(h)])


@family
def days_between(rng: random.Random) -> Made:
    import datetime
    a = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 200))
    b = a + datetime.timedelta(days=rng.randint(20, 150))
    n = (b - a).days
    return (f"How many days from {a:%B} {a.day} to {b:%B} {b.day}, 2026? (don't count the first "
            "day)", [[str(n)]])


@family
def weekday_after(rng: random.Random) -> Made:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    start, n = rng.randrange(7), rng.randint(15, 400)
    return (f"If today is {days[start]}, what day of the week will it be in {n} days?",
            [[days[(start + n) % 7]]])


@family
def age_puzzle(rng: random.Random) -> Made:
    child, k, years = rng.randint(4, 15), rng.choice([3, 4, 5]), rng.randint(2, 10)
    parent = child * k
    ans = parent + years
    return (f"A mum is {k} times as old as her son. The son is {child}. How old will the mum be "
            f"in {years} years?", [[str(ans)]])


@family
def age_sum(rng: random.Random) -> Made:
    a, d = rng.randint(5, 30), rng.randint(2, 12)
    total = 2 * a + d
    return (f"My sister is {d} years older than me and our ages add up to {total}. How old am I?",
            [[str(a)]])


@family
def handshakes(rng: random.Random) -> Made:
    n = rng.randint(6, 40)
    return (one(rng, f"{n} people at a meeting each shake hands with everyone else once. How many "
                     "handshakes?", f"if {n} teams each play every other team once, how many games "
                     "is that"), [num(n * (n - 1) // 2, 0)])


@family
def outfits(rng: random.Random) -> Made:
    s, p, sh = rng.randint(3, 9), rng.randint(2, 6), rng.randint(2, 5)
    return (f"I packed {s} shirts, {p} pairs of trousers and {sh} pairs of shoes. How many "
            "different outfits (one of each) can I make?", [[str(s * p * sh)]])


@family
def arrange_books(rng: random.Random) -> Made:
    n = rng.randint(4, 12)
    return (f"in how many ways can I line up {n} different books on a shelf",
            [num(math.factorial(n), 0)])


@family
def choose_committee(rng: random.Random) -> Made:
    n, k = rng.randint(8, 20), rng.randint(2, 5)
    return (f"Our club has {n} members and we need to pick a committee of {k}. How many "
            "different committees are possible?", [num(math.comb(n, k), 0)])


@family
def podium(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    return (f"{n} runners in a race. How many ways can gold, silver and bronze be awarded?",
            [num(n * (n - 1) * (n - 2), 0)])


@family
def test_average_needed(rng: random.Random) -> Made:
    scores = [rng.randint(65, 95) for _ in range(rng.randint(3, 5))]
    target = rng.randint(75, 88)
    need = target * (len(scores) + 1) - sum(scores)
    if not 0 < need <= 100:
        return None
    return (f"My test scores so far are {', '.join(map(str, scores))}. What do I need on the next "
            f"test to average exactly {target}?", [[str(need)]])


@family
def mean_of_list(rng: random.Random) -> Made:
    vals = [rng.randint(10, 99) for _ in range(rng.randint(5, 8))]
    m = Fraction(sum(vals), len(vals))
    if near_tie(float(m), 2):
        return None
    return (f"mean of {' '.join(map(str, vals))} ? 2 decimals if needed",
            [[*num(round(float(m), 2)), f"{float(m):.2f}"]])


@family
def consecutive_sum(rng: random.Random) -> Made:
    k, a = rng.choice([3, 4, 5]), rng.randint(5, 80)
    total = sum(range(a, a + k))
    return (f"{k} consecutive whole numbers add up to {total}. What's the biggest one?",
            [[str(a + k - 1)]])


@family
def think_of_number(rng: random.Random) -> Made:
    x, m, a = rng.randint(3, 30), rng.randint(2, 6), rng.randint(1, 20)
    result = x * m + a
    return (f"I think of a number, multiply it by {m} and add {a}. I get {result}. What was my "
            "number?", [[str(x)]])


@family
def chain_words(rng: random.Random) -> Made:
    a, b, c, d = rng.randint(10, 99), rng.randint(2, 9), rng.randint(5, 60), rng.randint(2, 5)
    value = Fraction(a * b - c, d)
    return (f"Start with {a}, multiply by {b}, subtract {c}, then divide by {d}. What do you get?",
            [frac(value)])


@family
def lcm_buses(rng: random.Random) -> Made:
    a, b = rng.sample([6, 8, 9, 10, 12, 15, 18, 20, 25], 2)
    lcm = a * b // math.gcd(a, b)
    return (f"Bus A comes every {a} minutes and bus B every {b} minutes. They both left at 8:00. "
            "After how many minutes will they next leave together?", [[str(lcm)]])


@family
def gcd_bags(rng: random.Random) -> Made:
    g = rng.randint(3, 12)
    a, b = g * rng.randint(3, 9), g * rng.randint(3, 9)
    if math.gcd(a, b) != g or a == b:
        return None
    return (f"I have {a} pencils and {b} erasers and want identical party bags with nothing left "
            "over. Max number of bags?", [[str(g)]])


@family
def fence_posts(rng: random.Random) -> Made:
    gap, n = rng.choice([2, 3, 4, 5]), rng.randint(8, 40)
    length = gap * n
    return (f"A straight fence is {length} m long with a post every {gap} m, including both ends. "
            "How many posts?", [[str(n + 1)]])


@family
def tiles_room(rng: random.Random) -> Made:
    w, ln, t = rng.randint(2, 6), rng.randint(3, 8), rng.choice([20, 25, 40, 50])
    if (w * 100) % t or (ln * 100) % t:
        return None
    count = (w * 100 // t) * (ln * 100 // t)
    return (f"how many {t}cm x {t}cm tiles to cover a {w}m by {ln}m floor exactly?",
            [num(count, 0)])


@family
def paint_cans(rng: random.Random) -> Made:
    area, cover = rng.randint(30, 120), rng.choice([10, 12, 15])
    coats = 2
    cans = math.ceil(area * coats / cover)
    return (f"Walls are {area} square metres total. Two coats. One can covers {cover} m² per coat. "
            "How many cans should I buy?", [[str(cans)]])


@family
def cups_per_day(rng: random.Random) -> Made:
    per, days = rng.randint(2, 5), rng.choice([7, 30, 365])
    grams = rng.choice([7, 8, 10])
    total = per * days * grams
    return (f"I drink {per} cups of coffee a day, using {grams} g of grounds per cup. How many "
            f"grams of coffee in {days} days?", [[f"{total} g", f"{total:,} g", f"{total}g",
                                                  f"{total:,}g", f"{total} grams"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    recipe_scale, pizza_fraction, add_mixed, ratio_share, ratio_paint, speed_time,
    average_speed_trip, work_together, meeting_trains, elapsed_time, shift_hours, days_between,
    weekday_after, age_puzzle, age_sum, handshakes, outfits, arrange_books, choose_committee,
    podium, test_average_needed, mean_of_list, consecutive_sum, think_of_number, chain_words,
    lcm_buses, gcd_bags, fence_posts, tiles_room, paint_cans, cups_per_day)]
