"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-3: ages, dates, school
marks, sport scores, home projects, small business, counting and chance in everyday words."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@family
def age_ratio_future(rng: random.Random) -> Made:
    kid, k, years = rng.randint(3, 15), rng.choice([3, 4, 5]), rng.randint(2, 20)
    mum = kid * k
    if not 22 <= mum <= 55:
        return None
    if (mum + years) % (kid + years):
        return None
    ratio = (mum + years) // (kid + years)
    return (f"My mum is {k} times my age now. I'm {kid}. In how many years will she be exactly "
            f"{ratio} times as old as me?", [[str(years), f"{years} years"]])


@family
def age_in_days(rng: random.Random) -> Made:
    born = datetime.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))
    on = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    days = (on - born).days
    return (f"born {born:%d %B %Y}. how many days old will I be on {on:%d %B %Y}?",
            [[f"{days:,}", str(days)]])


@family
def weekday_of_date(rng: random.Random) -> Made:
    d = datetime.date(rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 28))
    return (f"What day of the week was/is {d:%B} {d.day}, {d.year}?", [[DAYS[d.weekday()]]])


@family
def deadline_business_days(rng: random.Random) -> Made:
    start = datetime.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    if start.weekday() > 4:
        return None
    n, d = rng.randint(5, 25), start
    left = n
    while left:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return (f"Today is {DAYS[start.weekday()]} {start:%d %B %Y}. The contract says payment is "
            f"due in {n} business days (weekdays only, ignore holidays). What's the due date?",
            [[f"{d.day} {d:%B}", f"{d:%B} {d.day}", d.isoformat()]])


@family
def weighted_grade(rng: random.Random) -> Made:
    hw, mid, fin = rng.randint(60, 100), rng.randint(50, 100), rng.randint(50, 100)
    w = rng.choice([(20, 30, 50), (25, 35, 40), (15, 35, 50), (30, 30, 40)])
    g = Fraction(hw * w[0] + mid * w[1] + fin * w[2], 100)
    if tie(g, 1):
        return None
    return (f"homework {w[0]}%, midterm {w[1]}%, final {w[2]}%. I got {hw}, {mid} and {fin}. "
            "what's my overall grade (1 dp)?", [dec(g, 1)])


@family
def final_exam_needed(rng: random.Random) -> Made:
    cur, want, wf = rng.randint(60, 92), rng.choice([70, 75, 80, 85, 90]), rng.choice([25, 30, 40])
    need = Fraction(want * 100 - cur * (100 - wf), wf)
    if need <= 0 or need > 100 or tie(need, 1):
        return None
    return (f"I have a {cur}% going into the final, which is worth {wf}% of the grade. What do I "
            f"need on the final to finish with {want}%? One decimal place.", [dec(need, 1)])


@family
def gpa_credits(rng: random.Random) -> Made:
    pts = {"A": 4, "B": 3, "C": 2, "D": 1}
    courses = [(rng.choice("ABCD"), rng.choice([2, 3, 4])) for _ in range(rng.randint(3, 5))]
    g = Fraction(sum(pts[a] * c for a, c in courses), sum(c for _, c in courses))
    if tie(g, 2):
        return None
    desc = ", ".join(f"{a} in a {c}-credit course" for a, c in courses)
    return (f"GPA on a 4-point scale (A=4, B=3, C=2, D=1), weighted by credits: {desc}. Two "
            "decimal places please.", [dec(g)])


@family
def batting_average(rng: random.Random) -> Made:
    ab, hits = rng.randint(150, 600), 0
    hits = rng.randint(ab // 6, ab // 3)
    avg = hits / ab
    if tie(avg, 3):
        return None
    text = f"{avg:.3f}"
    return (f"{hits} hits in {ab} at bats, what's his batting average (3 decimals)?",
            [[text, text.lstrip("0")]])


@family
def points_table(rng: random.Random) -> Made:
    w, d, lo = rng.randint(5, 25), rng.randint(0, 10), rng.randint(0, 12)
    return (f"Our team has won {w}, drawn {d} and lost {lo}. Three points for a win, one for a "
            "draw. How many points do we have?", [[str(3 * w + d), f"{3 * w + d} points"]])


@family
def basketball_points(rng: random.Random) -> Made:
    twos, threes, fts = rng.randint(3, 15), rng.randint(0, 9), rng.randint(0, 12)
    total = 2 * twos + 3 * threes + fts
    return (f"she hit {twos} two-pointers, {threes} threes and {fts} free throws. total points?",
            [[str(total)]])


@family
def win_percentage_needed(rng: random.Random) -> Made:
    played, won, left = rng.randint(20, 60), 0, rng.randint(10, 40)
    won = rng.randint(played // 4, played * 3 // 4)
    target = rng.choice([50, 55, 60, 65])
    need = math.ceil(Fraction(target * (played + left), 100) - won - Fraction(1, 10**9))
    need = max(need, 0)
    if need > left or need == 0:
        return None
    return (f"We've won {won} of {played} games and have {left} left. What's the minimum number of "
            f"remaining games we must win to finish with at least a {target}% win rate?",
            [[str(need), f"{need} games"]])


@family
def deck_boards(rng: random.Random) -> Made:
    length, width = Fraction(rng.randint(25, 60), 10), Fraction(rng.randint(20, 45), 10)
    board = Fraction(rng.choice([14, 14, 9]), 100)
    rows = math.ceil(width / board)
    lens = math.ceil(length / Fraction(36, 10))
    total = rows * lens
    return (f"Building a {float(length)} m by {float(width)} m deck. Boards are {float(board)} m "
            "wide and 3.6 m long, running along the length; any piece shorter than a board still "
            "uses a whole board, no reuse of offcuts. How many boards do I need?",
            [[str(total), f"{total} boards"]])


@family
def wallpaper_rolls(rng: random.Random) -> Made:
    perim, h = rng.randint(12, 30), Fraction(rng.randint(24, 30), 10)
    roll = Fraction(53, 100) * 10
    rolls = math.ceil(perim * h / roll)
    return (f"walls total {perim} m around, {float(h)} m high, no windows to subtract. a roll of "
            "wallpaper is 0.53 m wide by 10 m long. how many rolls if I just go by area and "
            "round up?", [[str(rolls), f"{rolls} rolls"]])


@family
def concrete_bags(rng: random.Random) -> Made:
    ln, w, d = rng.randint(2, 6), rng.randint(2, 5), rng.choice([10, 12, 15])
    vol = Fraction(ln * w * d, 100)
    bags = math.ceil(vol / Fraction(1, 100) / Fraction(12, 10))
    return (f"pouring a slab {ln} m x {w} m x {d} cm thick. each bag makes 0.012 cubic metres. "
            "how many bags?", [[str(bags), f"{bags} bags"]])


@family
def mulch_volume(rng: random.Random) -> Made:
    ln, w, depth = rng.randint(6, 30), rng.randint(3, 12), rng.choice([2, 3, 4])
    cu_ft = Fraction(ln * w * depth, 12)
    yards = cu_ft / 27
    if tie(yards, 2):
        return None
    return (f"Garden bed is {ln} ft by {w} ft and I want mulch {depth} inches deep. How many cubic "
            "yards is that? 2 decimals.", [dec(yards)])


@family
def markup_on_cost(rng: random.Random) -> Made:
    cost, margin = Fraction(rng.randint(400, 5000), 100), rng.choice([20, 25, 30, 40, 50])
    price = cost / (1 - Fraction(margin, 100))
    if tie(price, 2):
        return None
    return (f"A candle costs me ${float(cost):.2f} to make. What should I sell it for to get a "
            f"{margin}% profit margin (profit as a share of the selling price)? Nearest cent.",
            [money(round(float(price) + 1e-9, 2))])


@family
def units_to_break_even(rng: random.Random) -> Made:
    fixed, price, var = rng.randint(5, 60) * 100, rng.randint(15, 60), rng.randint(4, 14)
    units = math.ceil(Fraction(fixed, price - var))
    return (f"Fixed costs are ${fixed:,} a month; each mug sells for ${price} and costs ${var} to "
            "produce. How many mugs must I sell in a month to at least break even?",
            [[str(units), f"{units:,}", f"{units} mugs"]])


@family
def staff_schedule_cost(rng: random.Random) -> Made:
    staff, hours = rng.randint(3, 9), rng.randint(20, 40)
    rate = Fraction(rng.randint(1500, 2600), 100)
    weeks = 4
    total = staff * hours * rate * weeks
    return (f"{staff} part-timers, {hours} hrs/week each at ${float(rate):.2f}/hr. wage bill for 4 "
            "weeks?", [money(total)])


@family
def inventory_reorder(rng: random.Random) -> Made:
    stock, daily, lead = rng.randint(200, 900), rng.randint(8, 40), rng.randint(3, 10)
    days = (stock - daily * lead) // daily
    if days <= 0:
        return None
    return (f"We have {stock} units, sell about {daily} a day, and restocks take {lead} days to "
            "arrive. How many full days from now can we wait before placing the order without "
            "running out?", [[str(days), f"{days} days"]])


@family
def pin_codes(rng: random.Random) -> Made:
    n = rng.randint(3, 8)
    if rng.random() < 0.5:
        total = math.perm(10, n)
        return (f"How many {n}-digit PINs have no repeated digit (leading zero allowed)?",
                [[f"{total:,}", str(total)]])
    total = 9 * 10 ** (n - 1)
    return (f"how many {n}-digit numbers are there (first digit can't be 0)?",
            [[f"{total:,}", str(total)]])


@family
def license_plates(rng: random.Random) -> Made:
    letters, digits = rng.randint(2, 4), rng.randint(2, 4)
    total = 26 ** letters * 10 ** digits
    return (f"plates are {letters} letters followed by {digits} digits, repeats allowed. how many "
            "possible plates?", [[f"{total:,}", str(total)]])


@family
def seating_round_table(rng: random.Random) -> Made:
    n = rng.randint(5, 10)
    if rng.random() < 0.5:
        total = 2 * math.factorial(n - 2)
        return (f"{n} friends sit around a round table (rotations of the same seating count as "
                "one). Two of them insist on sitting next to each other. How many seatings?",
                [[f"{total:,}", str(total)]])
    total = math.factorial(n - 1)
    return (f"In how many ways can {n} people sit around a round table, if only who sits next "
            "to whom matters (rotations count as the same)?", [[f"{total:,}", str(total)]])


@family
def pizza_toppings(rng: random.Random) -> Made:
    n, k = rng.randint(8, 16), rng.randint(2, 4)
    total = math.comb(n, k)
    return (f"the pizza place has {n} toppings and the deal lets you pick {k} different ones. how "
            "many different combos?", [[str(total), f"{total:,}"]])


@family
def raffle_chance(rng: random.Random) -> Made:
    sold, mine, prizes = rng.randint(100, 500), rng.randint(2, 10), rng.choice([1, 2, 3])
    p = 1 - Fraction(math.comb(sold - mine, prizes), math.comb(sold, prizes))
    pc = float(p) * 100
    if tie(pc, 1):
        return None
    return (f"{sold} raffle tickets sold, I bought {mine}. {prizes} winning ticket(s) drawn "
            "without replacement. What's the percentage chance I win at least one prize? 1 d.p.",
            [[f"{pc:.1f}%", f"{pc:.1f} %", f"{pc:.1f} percent"]])


@family
def coin_flips_heads(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    k = rng.randint(1, n - 1)
    p = Fraction(math.comb(n, k), 2 ** n)
    return (f"Flip a fair coin {n} times. Probability of exactly {k} heads? Give it as a "
            "fraction.",
            [[f"{p.numerator}/{p.denominator}", f"{math.comb(n, k)}/{2 ** n}"]])


@family
def birthday_pair(rng: random.Random) -> Made:
    n = rng.randint(10, 40)
    q = 1.0
    for i in range(n):
        q *= (365 - i) / 365
    pc = (1 - q) * 100
    if tie(pc, 1):
        return None
    return (f"With {n} people in a room (365 equally likely birthdays, ignore leap years), "
            "what's the chance at least two share a birthday? Percent, one decimal.",
            [[f"{pc:.1f}%", f"{pc:.1f} %", f"{pc:.1f} percent"]])


@family
def marbles_same_colour(rng: random.Random) -> Made:
    r, b = rng.randint(3, 12), rng.randint(3, 12)
    n = r + b
    p = Fraction(r * (r - 1) + b * (b - 1), n * (n - 1))
    return (f"bag has {r} red and {b} blue marbles. take 2 without looking (no replacement). "
            "chance they're the same colour? fraction please", [frac(p)])


@family
def tournament_games(rng: random.Random) -> Made:
    teams = rng.randint(6, 20)
    games = teams * (teams - 1)
    return (f"{teams} teams in a league, everyone plays everyone else twice (home and away). "
            "how many matches in the season?", [[str(games), f"{games} matches"]])


@family
def knockout_matches(rng: random.Random) -> Made:
    players = rng.randint(20, 130)
    return (f"A singles knockout tournament has {players} players (byes where needed). How many "
            "matches are played in total to find the champion?", [[str(players - 1)]])


@family
def clock_angle(rng: random.Random) -> Made:
    h, m = rng.randint(1, 12), rng.randrange(0, 60, 1)
    ang = abs(Fraction(60 * h - 11 * m, 2)) % 360
    ang = min(ang, 360 - ang)
    f = f"{float(ang):g}"
    return (f"what's the smaller angle between the hour and minute hands at {h}:{m:02d}?",
            [[f"{f}°", f"{f} degrees", f"{f} °", f]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    age_ratio_future, age_in_days, weekday_of_date, deadline_business_days, weighted_grade,
    final_exam_needed, gpa_credits, batting_average, points_table, basketball_points,
    win_percentage_needed, deck_boards, wallpaper_rolls, concrete_bags, mulch_volume,
    markup_on_cost, units_to_break_even, staff_schedule_cost, inventory_reorder, pin_codes,
    license_plates, seating_round_table, pizza_toppings, raffle_chance, coin_flips_heads,
    birthday_pair, marbles_same_colour, tournament_games, knockout_matches, clock_angle)]
