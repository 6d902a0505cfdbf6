"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part nine: quick asks typed
tersely, logarithms and exponentials, classic word puzzles, sports figures, and number bases."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_math import (
    Made,
    approx,
    dec,
    dedupe,
    eq,
    family,
    frac,
    hours_minutes,
    need,
    rounded,
    signed,
    whole,
)
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


# --- quick asks ------------------------------------------------------------------------

@fam
def n_terse_mixed(rng: random.Random) -> Made:  # no spaces at all
    a, b, c = rng.randint(12, 99), rng.randint(12, 99), rng.randint(10, 999)
    return f"whats {a}*{b}+{c}", [whole(a * b + c)]


@fam
def n_obelus(rng: random.Random) -> Made:  # the division sign with a decimal result
    d = rng.choice([4, 8, 16, 20, 25, 40])
    n = rng.randint(100, 9999)
    need(n % d != 0)
    return f"Can you work out {n:,} ÷ {d}?", [frac(F(n, d))[1:] or dec(F(n, d))]


@fam
def n_pct_terse(rng: random.Random) -> Made:  # a percentage typed in shorthand
    p, n = rng.choice([F(25, 2), F(35, 2), F(15, 2), F(45, 2), F(5, 2)]), rng.randint(80, 4000)
    return f"{float(p):g}% of {n}?", [dec(p * n / 100)]


@fam
def n_share_evenly(rng: random.Random) -> Made:  # an amount split between people
    total, people = rng.randint(100, 5000), rng.choice([3, 6, 7, 9, 11, 12, 13])
    need(total % people != 0)
    return (f"need to split {total:,} evenly between {people} people. how much each?",
            [dec(F(total, people))])


@fam
def n_pct_off(rng: random.Random) -> Made:  # 'percent off' in a sentence
    p, price = rng.choice([10, 15, 20, 30, 45]), rng.randint(12, 300)
    return f"what's {p} percent off {price}", [dec(F(price * (100 - p), 100))]


@fam
def n_original_price(rng: random.Random) -> Made:  # the price before a discount
    p, orig = rng.choice([10, 20, 25, 30, 40, 50]), F(rng.randint(1000, 40000), 100)
    paid = orig * (100 - p) / 100
    need((paid * 100).denominator == 1)
    return (f"paid {float(paid):.2f} after a {p}% discount. what was the original price?",
            [dec(orig)])


@fam
def n_ordinal_power(rng: random.Random) -> Made:  # 'to the nth'
    a, b = rng.randint(3, 25), rng.randint(3, 6)
    suffix = {3: "rd"}.get(b, "th")
    return f"how much is {a} to the {b}{suffix}", [whole(a ** b)]


@fam
def n_round_fraction(rng: random.Random) -> Made:  # a fraction rounded to three decimals
    d = rng.choice([3, 6, 7, 9, 11, 12, 13, 17, 19, 21])
    n = rng.randint(1, 3 * d)
    need(math.gcd(n, d) == 1 and (F(n, d) * 1000).denominator != 1)
    return f"{n}/{d} rounded to 3 decimal places", [dec(F(n, d), 3)]


# --- logarithms and exponentials -------------------------------------------------------

@fam
def n_exp_value(rng: random.Random) -> Made:  # e to a power
    x = F(rng.randint(-30, 50), 10)
    need(x != 0)
    return f"e^{float(x):g} to four decimals", [dec(math.exp(float(x)), 4)]


@fam
def n_ln_value(rng: random.Random) -> Made:  # a natural log
    n = rng.randint(2, 5000)
    return f"natural log of {n}", [dec(math.log(n), 4)]


@fam
def n_log10_value(rng: random.Random) -> Made:  # a common log
    n = rng.randint(2, 99999)
    need(10 ** round(math.log10(n)) != n)
    return f"log10({n}) = ? (4 dp)", [dec(math.log10(n), 4)]


@fam
def n_cos_radians(rng: random.Random) -> Made:  # a cosine in radians
    x = F(rng.randint(1, 60), 10)
    return f"cos({float(x):g}) with x in radians, to 4 decimal places", [dec(math.cos(float(x)), 4)]


@fam
def n_half_life(rng: random.Random) -> Made:  # exponential decay by half-lives
    start, half, t = rng.randint(20, 500), rng.randint(2, 30), rng.randint(3, 90)
    need(t % half != 0)
    left = start * 0.5 ** (t / half)
    return (f"an isotope has a half-life of {half} days. starting with {start} g, how much is "
            f"left after {t} days?", [dedupe([f"{o} g" for o in dec(left)] + dec(left))])


@fam
def n_bacteria(rng: random.Random) -> Made:  # doubling growth
    start, every, hours = rng.randint(50, 900), rng.choice([15, 20, 30]), rng.randint(2, 5)
    n = hours * 60 // every
    return (f"bacteria double every {every} minutes. starting from {start}, how many after "
            f"{hours} hours?", [whole(start * 2 ** n)])


@fam
def n_rate_to_double(rng: random.Random) -> Made:  # the rate that doubles money in n years
    years = rng.randint(4, 25)
    rate = (2 ** (1 / years) - 1) * 100
    return (f"what annual interest rate (compounded yearly) doubles an investment in exactly "
            f"{years} years? percent to 2 dp", [dedupe([f"{o}%" for o in dec(rate)] + dec(rate))])


# --- classic word puzzles --------------------------------------------------------------

@fam
def n_square_eq(rng: random.Random) -> Made:  # x^2 = k, two roots
    a, r = rng.choice([1, 2, 3, 5]), rng.randint(2, 15)
    both = eq("x", [f"±{r}", f"+/-{r}", f"± {r}"])
    return (f"solve {a if a > 1 else ''}x^2 = {a * r * r}",
            [dedupe(eq("x", signed([f"-{r}"])) + both), dedupe(eq("x", [str(r)]) + both)])


@fam
def n_cube_eq(rng: random.Random) -> Made:  # x^3 = k
    r = rng.choice([n for n in range(-12, 13) if n not in (-1, 0, 1)])
    return f"x³ = {r ** 3}, find x", [eq("x", signed([str(r)]))]


@fam
def n_rational_eq(rng: random.Random) -> Made:  # an unknown in a denominator
    a, b, c = rng.randint(2, 30), rng.randint(-9, 9), rng.randint(2, 9)
    need(b != 0)
    x = F(a, c) + b
    return (f"find x if {a}/(x {'-' if b > 0 else '+'} {abs(b)}) = {c}",
            [eq("x", approx(x))])


@fam
def n_round_trip_speed(rng: random.Random) -> Made:  # harmonic mean of two speeds
    a, b = rng.sample([30, 40, 45, 50, 60, 70, 75, 80, 90, 100, 120], 2)
    avg = F(2 * a * b, a + b)
    return (f"drove to my parents' at {a} km/h and back the same road at {b} km/h. what was my "
            "average speed for the whole trip?", [dedupe([f"{o} km/h" for o in dec(avg)] +
                                                         dec(avg))])


@fam
def n_trains_meet(rng: random.Random) -> Made:  # two trains heading toward each other
    a, b, minutes = rng.randint(60, 140), rng.randint(60, 140), rng.randint(40, 300)
    need(a != b and (a + b) * minutes % 60 == 0 and minutes % 60 != 0)
    dist = (a + b) * minutes // 60
    return (f"two trains start {dist} km apart heading toward each other at {a} km/h and {b} "
            "km/h. how long until they meet?", [hours_minutes(minutes)])


@fam
def n_mixture(rng: random.Random) -> Made:  # mixing two solutions
    lo, hi = rng.choice([(10, 40), (5, 25), (20, 50), (15, 35), (10, 30)])
    total = rng.randint(2, 12) * 10
    target = rng.randint(lo + 1, hi - 1)
    x = F(total * (hi - target), hi - lo)
    need(x.denominator == 1 and 2 * x != total)
    return (f"how many litres of {lo}% solution and of {hi}% solution make {total} L of "
            f"{target}% solution? give {lo}% first", [whole(int(x)), whole(total - int(x))])


@fam
def n_father_son(rng: random.Random) -> Made:  # ages now from a future ratio
    son, k = rng.randint(4, 20), rng.choice([3, 4])
    dad = k * son
    years = (dad - 2 * son)
    need(years > 0 and dad < 90)
    return (f"a father is {k} times as old as his son. in {years} years he'll be twice as old "
            "as the son. how old are they now? (son first)", [whole(son), whole(dad)])


@fam
def n_consecutive_three(rng: random.Random) -> Made:  # three consecutive integers
    n = rng.randint(10, 400)
    return (f"three consecutive whole numbers add to {3 * n + 3}. what are they?",
            [whole(n), whole(n + 1), whole(n + 2)])


@fam
def n_rect_puzzle(rng: random.Random) -> Made:  # a rectangle from perimeter and ratio
    w, k = rng.randint(3, 40), rng.choice([2, 3, 4])
    return (f"a rectangle's length is {k} times its width and its perimeter is {2 * (w + k * w)} "
            "cm. what's its area in square cm?", [whole(k * w * w)])


@fam
def n_clock_angle(rng: random.Random) -> Made:  # angle between the hands of a clock
    h, m = rng.randint(1, 12), rng.choice(range(0, 60, 2))
    angle = abs(F(60 * h - 11 * m, 2)) % 360
    angle = min(angle, 360 - angle)
    need(angle not in (0, 180))
    out = whole(int(angle)) if angle.denominator == 1 else dec(angle)
    return (f"what's the smaller angle between the hour and minute hands at {h}:{m:02d}?",
            [dedupe([f"{o}°" for o in out] + [f"{o} degrees" for o in out] + out)])


@fam
def n_interior_sum(rng: random.Random) -> Made:  # sum of interior angles
    n = rng.randint(5, 30)
    return (f"sum of the interior angles of a {n}-sided polygon?", [whole(180 * (n - 2))])


@fam
def n_day_percent(rng: random.Random) -> Made:  # a share of the day as a percentage
    minutes = rng.randint(30, 1000)
    value = F(minutes * 100, 1440)
    h, m = divmod(minutes, 60)
    return (f"I spend {h} h {m} min a day on screens. what percentage of the day is that?",
            [dedupe([f"{o}%" for o in dec(value)] + dec(value))])


# --- sports ----------------------------------------------------------------------------

@fam
def n_batting_avg(rng: random.Random) -> Made:  # a batting average to three places
    ab = rng.randint(80, 600)
    hits = rng.randint(ab // 6, ab // 3)
    avg = f"{float(rounded(F(hits, ab), 3)):.3f}"
    return f"{hits} hits in {ab} at bats - batting average?", [[avg, avg[1:]]]


@fam
def n_win_pct(rng: random.Random) -> Made:  # a win percentage from a record
    w, lost = rng.randint(5, 70), rng.randint(5, 70)
    value = F(w * 100, w + lost)
    return (f"team record is {w}-{lost}. win percentage?",
            [dedupe([f"{o}%" for o in dec(value)] + dec(value))])


@fam
def n_points_per_game(rng: random.Random) -> Made:  # points per game
    games, pts = rng.randint(10, 82), rng.randint(150, 2400)
    return (f"he's scored {pts} points in {games} games. points per game?", [dec(F(pts, games))])


@fam
def n_weeks_days(rng: random.Random) -> Made:  # days as weeks and days
    days = rng.randint(15, 400)
    need(days % 7 != 0)
    w, d = divmod(days, 7)
    return (f"{days} days is how many weeks and days?",
            [dedupe([f"{w} weeks and {d} day{'s' if d > 1 else ''}",
                     f"{w} weeks {d} day{'s' if d > 1 else ''}", f"{w}w {d}d"])])


# --- number facts and bases ------------------------------------------------------------

@fam
def n_fibonacci(rng: random.Random) -> Made:  # a Fibonacci number with the start given
    n = rng.randint(12, 60)
    a, b = 1, 1
    for _ in range(n - 2):
        a, b = b, a + b
    return (f"fibonacci sequence starting 1, 1, 2, 3, ... what's the {n}th number?", [whole(b)])


@fam
def n_trailing_zeros(rng: random.Random) -> Made:  # zeros at the end of a factorial
    n = rng.randint(25, 1000)
    zeros, p = 0, 5
    while p <= n:
        zeros += n // p
        p *= 5
    return f"how many zeros are at the end of {n}!", [whole(zeros)]


@fam
def n_binary_to_dec(rng: random.Random) -> Made:  # binary to decimal
    n = rng.randint(40, 4000)
    return f"convert binary {n:b} to decimal", [whole(n)]


@fam
def n_dec_to_binary(rng: random.Random) -> Made:  # decimal to binary
    n = rng.randint(20, 1000)
    return f"{n} in binary?", [dedupe([f"{n:b}", f"0b{n:b}"])]


@fam
def n_hex_to_dec(rng: random.Random) -> Made:  # hexadecimal to decimal
    n = rng.randint(200, 65000)
    return f"what is 0x{n:X} in decimal", [whole(n)]


@fam
def n_sum_squares(rng: random.Random) -> Made:  # the sum of the first n squares
    n = rng.randint(10, 200)
    return (f"1² + 2² + 3² + ... + {n}² = ?", [whole(n * (n + 1) * (2 * n + 1) // 6)])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
