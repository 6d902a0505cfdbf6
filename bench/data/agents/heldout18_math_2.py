"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 2: times, dates,
schedules, counting, scores and number puzzles in everyday words."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_math import F, Made, clock, dur, family, near, num, pct, whole
from bench.data.agents.helpers import Family

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


@family
def sleep_cycles(rng: random.Random) -> Made:
    bed = rng.choice(range(21 * 60, 24 * 60 + 60, 5))
    settle, cycles = rng.choice([10, 14, 15, 20]), rng.randint(4, 6)
    wake = bed + settle + 90 * cycles
    return (f"I read you should wake at the end of a 90-minute sleep cycle. If I get into bed at "
            f"{ampm(bed)}, take about {settle} minutes to fall asleep and want {cycles} full "
            "cycles, what time should my alarm be set for?", [clock(wake)])


@family
def day_of_year(rng: random.Random) -> Made:
    year = rng.randint(2019, 2031)
    day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(40, 360))
    n = day.timetuple().tm_yday
    return (f"what day number of the year is {day.day} {MONTHS[day.month - 1]} {year}? (1 Jan "
            "= day 1)", [whole(n)])


@family
def weeks_and_days(rng: random.Random) -> Made:
    days = rng.randint(60, 400)
    w, d = divmod(days, 7)
    if d == 0:
        return None
    forms = [f"{w} weeks and {d} day", f"{w} weeks, {d} day", f"{w} weeks {d} day",
             f"{w}w {d}d", f"{w} weeks + {d} day", f"{w}+{d}"]
    return (f"My sister says she's {days} days into her pregnancy. How many weeks and days is "
            "that?", [forms])


@family
def school_day_end(rng: random.Random) -> Made:
    start = rng.choice(range(7 * 60 + 30, 9 * 60 + 1, 5))
    periods, length = rng.randint(5, 8), rng.choice([40, 45, 50, 55, 60])
    gap, lunch, after = rng.choice([3, 5, 10]), rng.choice([30, 35, 40, 45]), rng.randint(3, 4)
    end = start + periods * length + (periods - 2) * gap + lunch
    return (f"School starts at {ampm(start)}. There are {periods} periods of {length} minutes, "
            f"with {gap} minutes between periods, except after period {after} where there's a "
            f"{lunch}-minute lunch instead. When does the last period end?", [clock(end)])


@family
def audiobook_speed(rng: random.Random) -> Made:
    h, m = rng.randint(6, 25), rng.randint(1, 59)
    speed = rng.choice([F(5, 4), F(3, 2), F(7, 4), F(2), F(6, 5)])
    mins = F(h * 60 + m) / speed
    if near(mins, 0):
        return None
    total = int(mins + F(1, 2))
    return (f"Audiobook is {h}h {m}m long. If I listen at {float(speed):g}x speed, how long will "
            "it actually take me? Nearest minute please.", [dur(total)])


@family
def decimal_hours_clock(rng: random.Random) -> Made:
    hours = F(rng.randint(101, 1199), 100)
    mins = hours * 60
    if near(mins, 0) or (mins.denominator == 1 and mins % 60 == 0):
        return None
    total = int(mins + F(1, 2))
    return (f"timesheet app shows {float(hours):.2f} hours for yesterday. what is that in hours "
            "and minutes (nearest minute)?", [dur(total)[:-1]])


@family
def age_on_date(rng: random.Random) -> Made:
    born = dt.date(rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28))
    on = dt.date(rng.randint(2024, 2030), rng.randint(1, 12), rng.randint(1, 28))
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return (f"Someone born on {MONTHS[born.month - 1]} {born.day}, {born.year} — how old will "
            f"they be on {MONTHS[on.month - 1]} {on.day}, {on.year}?", [[f"{age} years",
                                                                        f"{age} year", f"{age}"]])


@family
def dose_times(rng: random.Random) -> Made:
    first = rng.choice(range(6 * 60, 11 * 60, 15))
    every, k = rng.choice([4, 6, 8, 12]), rng.randint(3, 6)
    t = first + (k - 1) * every * 60
    words = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth"}[k]
    return (f"The pharmacist said take one tablet every {every} hours. I took the first at "
            f"{ampm(first)} today. What time is the {words} dose due?", [clock(t)])


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
         (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


@family
def roman_year(rng: random.Random) -> Made:
    year = rng.randint(1901, 2029)
    return (f"end credits of an old film say © {roman(year)} — what year is that?", [[str(year)]])


@family
def board_squares(rng: random.Random) -> Made:
    n = rng.randint(5, 24)
    total = n * (n + 1) * (2 * n + 1) // 6
    return (f"Puzzle from my kid's homework: how many squares of any size can you find on a "
            f"{n} by {n} grid of little squares?", [whole(total)])


@family
def stair_ways(rng: random.Random) -> Made:
    n = rng.randint(9, 32)
    a, b = 1, 1
    for _ in range(n):
        a, b = b, a + b
    return (f"there are {n} steps up to my flat. if I go up 1 or 2 steps at a time, in how many "
            "different ways can I climb them?", [whole(a)])


@family
def log_cuts(rng: random.Random) -> Made:
    a, per = rng.randint(3, 6), rng.randint(3, 12)
    b = rng.randint(a + 2, 15)
    t = per * (b - 1)
    return (f"It takes {per * (a - 1)} minutes to saw a log into {a} pieces. At the same rate, how "
            f"long would it take to saw an identical log into {b} pieces?",
            [[f"{t} minutes", f"{t} min", f"{t}min"]])


@family
def snail_well(rng: random.Random) -> Made:
    up = rng.randint(3, 7)
    down = rng.randint(1, up - 1)
    depth = rng.randint(up + 5, 40)
    days = math.ceil(F(depth - up, up - down)) + 1
    return (f"A snail at the bottom of a {depth} m well climbs {up} m every day but slides back "
            f"{down} m every night. On which day does it reach the top?",
            [[f"day {days}", f"{days} days", f"{days}th day", f"{days}st day", f"{days}nd day",
              f"{days}rd day"]])


@family
def candle_twice(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(3, 13), 2))
    t = F(60 * a * b, 2 * b - a)
    if t.denominator != 1:
        return None
    return (f"Two candles are the same height. One burns down completely in {a} hours, the "
            f"other in {b} hours, each at a steady rate. Lit at the same moment, after how long "
            "is the longer one exactly twice the height of the shorter one?", [dur(int(t))])


@family
def digit_swap_number(rng: random.Random) -> Made:
    a, b = sorted(rng.sample(range(1, 10), 2))
    return (f"I'm thinking of a two digit number. Its digits add up to {a + b}, and if you swap "
            f"the digits the number goes up by {9 * (b - a)}. What's my number?",
            [[str(10 * a + b)]])


@family
def deli_ticket_wait(rng: random.Random) -> Made:
    serving, ahead = rng.randint(10, 80), rng.randint(6, 30)
    per = rng.choice([F(3, 2), F(2), F(5, 2), F(3), F(4)])
    now = rng.choice(range(10 * 60, 17 * 60, 5))
    wait = ahead * per
    if wait.denominator != 1:
        return None
    return (f"Deli counter just called number {serving} and my ticket is {serving + ahead}. One "
            f"person serving, and say every customer takes exactly {float(per):g} minutes. It's "
            f"{ampm(now)} now. What time will they call my number?",
            [clock(now + int(wait))])


@family
def track_laps_miles(rng: random.Random) -> Made:
    laps, extra = rng.randint(6, 40), rng.choice([0, 100, 150, 200, 300])
    metres = 400 * laps + extra
    miles = F(metres) / F("1609.344")
    if near(miles):
        return None
    more = f" plus {extra} m" if extra else ""
    return (f"did {laps} laps of a standard 400 m track{more} this morning. how many miles is "
            "that, to 2 decimals?", [num(miles)])


@family
def two_stroke_mix(rng: random.Random) -> Made:
    ratio = rng.choice([25, 32, 40, 50])
    litres = rng.choice([F(1), F(2), F(5, 2), F(4), F(5), F(10), F(20), F(3, 2)])
    ml = litres * 1000 / ratio
    if near(ml, 0):
        return None
    return (f"chainsaw needs {ratio}:1 petrol to oil. how many ml of 2-stroke oil do I add to "
            f"{float(litres):g} litres of petrol? (nearest ml)",
            [[f"{v} ml" for v in num(ml, 0)] + [f"{v}ml" for v in num(ml, 0)]])


@family
def bread_hydration(rng: random.Random) -> Made:
    flour = rng.randint(3, 20) * 50
    if rng.random() < 0.5:
        hyd = rng.choice(range(60, 86))
        water = F(flour * hyd, 100)
        if near(water, 0):
            return None
        return (f"Recipe calls for {flour} g flour at {hyd}% hydration (baker's percentage). "
                "How much water in grams? nearest gram", [[f"{v} g" for v in num(water, 0)] +
                                                         [f"{v}g" for v in num(water, 0)]])
    water = rng.randint(flour * 55 // 100, flour * 90 // 100)
    h = F(water * 100, flour)
    if near(h, 1):
        return None
    return (f"I used {water} g of water with {flour} g of flour. What's the hydration "
            "percentage of my dough? 1 decimal", [pct(h)])


@family
def combined_test_percent(rng: random.Random) -> Made:
    b, d = rng.choice([40, 45, 50, 55, 60, 75]), rng.choice([25, 30, 35, 80, 90, 120])
    a, c = rng.randint(b // 2, b), rng.randint(d // 2, d)
    p = F(100 * (a + c), b + d)
    if near(p, 1):
        return None
    return (f"got {a}/{b} on paper 1 and {c}/{d} on paper 2. the final mark is total points over "
            "total possible. what's my overall percentage (1 decimal place)?", [pct(p)])


@family
def drop_lowest_average(rng: random.Random) -> Made:
    scores = [rng.randint(45, 100) for _ in range(rng.randint(6, 10))]
    rest = sorted(scores)[1:]
    avg = F(sum(rest), len(rest))
    if near(avg):
        return None
    return (f"My teacher drops the lowest quiz score. My quizzes: {', '.join(map(str, scores))}. "
            "What's my quiz average after the drop? two decimal places", [num(avg)])


@family
def rugby_points(rng: random.Random) -> Made:
    tries = rng.randint(2, 9)
    conv, pens, drops = rng.randint(0, tries), rng.randint(0, 6), rng.randint(0, 2)
    pts = 5 * tries + 2 * conv + 3 * pens + 3 * drops
    dg = f" and {drops} drop goal{'s' if drops > 1 else ''}" if drops else ""
    return (f"rugby union match: we scored {tries} tries, converted {conv} of them, kicked "
            f"{pens} {'penalty' if pens == 1 else 'penalties'}{dg}. total points?",
            [[str(pts), f"{pts} points"]])


@family
def scrabble_word(rng: random.Random) -> Made:
    word = rng.choice(["QUIZ", "JINX", "FOXY", "HAZE", "JOKE", "WAXY", "ZEBRA", "QUAKE",
                       "JAZZY", "BOXER", "FJORD", "VEXING", "HIJACK", "ZIPPY"])
    vals = {"A": 1, "B": 3, "C": 3, "D": 2, "E": 1, "F": 4, "G": 2, "H": 4, "I": 1, "J": 8,
            "K": 5, "N": 1, "O": 1, "P": 3, "Q": 10, "R": 1, "S": 1, "U": 1, "V": 4, "W": 4,
            "X": 8, "Y": 4, "Z": 10}
    pos = rng.randrange(len(word))
    mult, wm = rng.choice([2, 3]), rng.choice([1, 2, 3])
    total = (sum(vals[c] for c in word) + (mult - 1) * vals[word[pos]]) * wm
    listing = ", ".join(f"{c}={vals[c]}" for c in dict.fromkeys(word))
    prem = f", and the word covers a {'double' if wm == 2 else 'triple'} word square" \
        if wm > 1 else ""
    return (f"Scrabble: I'm playing {word}. Tile values {listing}. The {word[pos]} (letter "
            f"{pos + 1}) sits on a {'double' if mult == 2 else 'triple'} letter square{prem}. "
            "What does the word score?", [[str(total), f"{total} points"]])


@family
def recover_loss_percent(rng: random.Random) -> Made:
    drop = rng.choice([x for x in range(8, 61) if x % 5])
    need = F(100 * drop, 100 - drop)
    if near(need):
        return None
    return (f"my portfolio fell {drop}% this year. what percentage gain do I need from here just "
            "to get back to where I started? 2 dp", [pct(need, 2)])


@family
def up_then_down(rng: random.Random) -> Made:
    up, down = rng.randint(5, 45), rng.randint(5, 45)
    final = (100 + up) * (100 - down)
    p = F(final, 100)
    if near(p):
        return None
    return (f"A price went up {up}% in spring and then came down {down}% in the autumn sale. The "
            "final price is what percentage of the original?", [pct(p, 2)])


@family
def ratio_after_joining(rng: random.Random) -> Made:
    a, b = rng.choice([(3, 4), (2, 3), (4, 5), (5, 3), (3, 2), (5, 4)])
    k = rng.randint(3, 12)
    boys, girls = a * k, b * k
    c, d = rng.choice([(1, 2), (2, 3), (1, 3), (3, 5)])
    need = F(boys * d, c) - girls
    if need.denominator != 1 or need <= 0:
        return None
    return (f"Our chess club has {boys + girls} members and the boys to girls ratio is {a}:{b}. "
            f"How many girls need to join (no one leaving) for the ratio to become {c}:{d}?",
            [[str(need), f"{need} girls"]])


@family
def playlist_total(rng: random.Random) -> Made:
    songs = [rng.randint(130, 420) for _ in range(rng.randint(7, 12))]
    t = sum(songs)
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    listed = ", ".join(f"{x // 60}:{x % 60:02d}" for x in songs)
    if h:
        ans = [f"{h}:{m:02d}:{s:02d}", f"{h} hour {m} minutes {s} seconds",
               f"{h}h {m}m {s}s", f"{h} hour, {m} minutes and {s} seconds",
               f"{h} hour {m} minutes and {s} seconds", f"{60 * h + m}:{s:02d}",
               f"{60 * h + m} minutes {s} seconds", f"{60 * h + m} minutes and {s} seconds"]
    else:
        ans = [f"{m}:{s:02d}", f"{m} minutes {s} seconds", f"{m} minutes and {s} seconds",
               f"{m}m {s}s", f"{m} min {s} s"]
    return (f"how long is my running playlist in total? tracks: {listed}", [ans])


@family
def refuel_for_trip(rng: random.Random) -> Made:
    tank, gauge = rng.choice([40, 45, 50, 55, 60, 70]), rng.choice([F(1, 4), F(3, 8), F(1, 2),
                                                                   F(1, 8), F(5, 8)])
    use, trip = F(rng.randint(45, 95), 10), rng.randint(250, 900)
    need = F(trip) * use / 100 - tank * gauge
    if need <= 0 or need > tank * (1 - gauge) or near(need, 1):
        return None
    return (f"Car's tank is {tank} L and the gauge shows {gauge}. It uses {float(use):g} L/100km "
            f"and tomorrow's drive is {trip} km with no stations on the way. What's the least I "
            "need to put in beforehand, in litres (1 dp)?", [num(need, 1)])


@family
def quota_per_day(rng: random.Random) -> Made:
    target, sold = rng.randint(40, 200) * 1000, 0
    sold = rng.randint(target // 5, target * 4 // 5)
    days = rng.randint(4, 15)
    per = F(target - sold, days)
    if near(per):
        return None
    return (f"Monthly sales target is ${target:,}. So far I've closed ${sold:,} and there are "
            f"{days} working days left. What do I need to average per day to hit it (to the "
            "cent)?",
            [num(per)])


@family
def weekend_gap_hours(rng: random.Random) -> Made:
    start = rng.choice(range(15 * 60, 20 * 60, 5))
    end = rng.choice(range(6 * 60, 10 * 60, 5))
    days = rng.choice([("Friday", "Monday", 3), ("Saturday", "Monday", 2), ("Friday", "Sunday", 2),
                       ("Thursday", "Monday", 4)])
    mins = days[2] * 24 * 60 - start + end
    return (f"Office closes {days[0]} at {ampm(start)} and reopens {days[1]} at {ampm(end)}. How "
            "long is it closed, in hours and minutes?", [dur(mins)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sleep_cycles, day_of_year, weeks_and_days, school_day_end, audiobook_speed,
    decimal_hours_clock, age_on_date, dose_times, roman_year, board_squares, stair_ways,
    log_cuts, snail_well, candle_twice, digit_swap_number, deli_ticket_wait, track_laps_miles,
    two_stroke_mix, bread_hydration, combined_test_percent, drop_lowest_average, rugby_points,
    scrabble_word, recover_loss_percent, up_then_down, ratio_after_joining, playlist_total,
    refuel_for_trip, quota_per_day, weekend_gap_hours)]
