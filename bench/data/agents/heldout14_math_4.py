"""Round 14 (``N_*``, dev now) for ``muse bench agents``, maths part seven: everyday word
problems with a numeric answer - time, shopping, home projects, school and grades."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout14_math import (
    Made,
    approx,
    dec,
    dedupe,
    family,
    hours_minutes,
    need,
    whole,
)
from bench.data.agents.helpers import Family

FAMS: list[Family] = []
fam = family(FAMS)


def clock(minute_of_day: int) -> list[str]:
    """A time of day in 24-hour and 12-hour forms that cannot be read as another time."""
    h, m = divmod(minute_of_day % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}"]
    out += [f"{h12}:{m:02d} {half}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d} {half.upper()}",
            f"{h12}:{m:02d} {half[0]}.m."]
    return dedupe(out)


def hm(minute_of_day: int) -> str:
    h, m = divmod(minute_of_day, 60)
    return f"{h}:{m:02d}"


def hours_forms(minutes: int) -> list[str]:
    """A duration as hours and minutes, or as decimal hours when that is exact."""
    out = hours_minutes(minutes)
    hours = F(minutes, 60)
    if (hours * 100).denominator == 1:
        out += [f"{float(hours):g} hours", f"{float(hours):g} h", f"{float(hours):g} hrs"]
    return dedupe(out)


def cents(rng: random.Random, low: int, high: int) -> F:
    return F(rng.randint(low * 100, high * 100), 100)


def money(value: F) -> str:
    return f"{float(value):,.2f}"


# --- time ------------------------------------------------------------------------------

@fam
def n_shift_hours(rng: random.Random) -> Made:  # hours worked on a shift with a break
    start = rng.randint(6 * 4, 10 * 4) * 15
    end = start + rng.randint(6 * 4, 10 * 4) * 15
    brk = rng.choice([30, 45, 60])
    return (f"clocked in at {hm(start)} and out at {hm(end)}, with a {brk} minute unpaid break. "
            "how long did I actually work?", [hours_forms(end - start - brk)])


@fam
def n_flight_arrival(rng: random.Random) -> Made:  # arrival time of an overnight flight
    dep = rng.randint(18 * 12, 23 * 12) * 5
    dur = rng.randint(5 * 12, 11 * 12) * 5
    h, m = divmod(dur, 60)
    need(m != 0)
    return (f"My flight leaves at {hm(dep)} and takes {h} h {m} min. What time do I land? "
            "(same time zone)", [clock(dep + dur)])


@fam
def n_leave_by(rng: random.Random) -> Made:  # when to leave for an appointment
    due = rng.randint(9 * 12, 19 * 12) * 5
    drive, buffer = rng.randint(20, 150), rng.choice([10, 15, 20, 30])
    return (f"need to be at the airport by {hm(due)}. the drive takes {drive} minutes and I "
            f"want {buffer} minutes spare. when should I leave?", [clock(due - drive - buffer)])


@fam
def n_playlist_length(rng: random.Random) -> Made:  # total minutes as hours and minutes
    n, each = rng.randint(8, 40), rng.randint(3, 12)
    extra = rng.randint(1, 59)
    total = n * each + extra
    need(total >= 60 and total % 60 != 0)
    return (f"the course has {n} videos of {each} minutes each plus a {extra}-minute intro. how "
            "long is that in hours and minutes?", [hours_minutes(total)])


@fam
def n_run_pace(rng: random.Random) -> Made:  # pace per kilometre
    km, pace = rng.choice([3, 5, 6, 8, 10, 12, 15]), rng.randint(240, 420)
    mins, secs = divmod(pace * km, 60)
    pm, ps = divmod(pace, 60)
    return (f"ran {km:g} km in {mins}:{secs:02d}, what's my pace per km?",
            [dedupe([f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm} minutes {ps} seconds",
                     f"{pm}m {ps}s", f"{pm}'{ps:02d}"])])


@fam
def n_avg_speed(rng: random.Random) -> Made:  # average speed from distance and time
    miles, h, m = rng.randint(40, 500), rng.randint(1, 7), rng.choice([10, 15, 20, 40, 45, 50])
    speed = F(miles * 60, h * 60 + m)
    return (f"we drove {miles} miles in {h} hours {m} minutes. average speed in mph?",
            [dedupe([f"{o} mph" for o in dec(speed)] + dec(speed))])


@fam
def n_drive_time(rng: random.Random) -> Made:  # travel time from distance and speed
    speed, minutes = rng.choice([60, 72, 84, 90, 96, 102, 108, 120]), rng.randint(7, 40) * 10
    km = speed * minutes // 60
    need(minutes % 60 != 0)
    return (f"{km} km at an average of {speed} km/h, how long will it take?",
            [hours_forms(minutes)])


@fam
def n_days_between(rng: random.Random) -> Made:  # days between two dates
    a = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 200))
    b = a + dt.timedelta(days=rng.randint(20, 160))
    return (f"how many days from {a:%B} {a.day} to {b:%B} {b.day} 2026?",
            [dedupe([f"{(b - a).days} days", f"{(b - a).days} day"])])


@fam
def n_appointment_slots(rng: random.Random) -> Made:  # slots in a clinic session
    start, length = rng.randint(28, 56) * 15, rng.choice([10, 15, 20, 30])
    end = start + rng.randint(8, 20) * length
    return (f"the clinic books {length}-minute appointments from {hm(start)} to {hm(end)}. how "
            "many appointments fit?", [whole((end - start) // length)])


@fam
def n_timesheet(rng: random.Random) -> Made:  # adding up a week of hours and pay
    hours = [F(rng.randint(16, 40), 4) for _ in range(5)]
    rate = cents(rng, 12, 35)
    text = ", ".join(f"{float(h):g}" for h in hours)
    return (f"my hours mon-fri were {text}. at {money(rate)} an hour what did I earn?",
            [dec(sum(hours) * rate)])


# --- shopping --------------------------------------------------------------------------

@fam
def n_unit_price(rng: random.Random) -> Made:  # price per item in a pack
    n, price = rng.choice([6, 8, 12, 18, 24, 30, 36]), cents(rng, 3, 30)
    return (f"a pack of {n} cans costs {money(price)}. how much per can, to the cent?",
            [dec(price / n)])


@fam
def n_per_100g(rng: random.Random) -> Made:  # price per 100 g
    grams, price = rng.choice([250, 300, 400, 450, 500, 750, 900, 1200]), cents(rng, 1, 12)
    return (f"cereal box is {grams} g for {money(price)}. what's that per 100 g?",
            [dec(price * 100 / grams)])


@fam
def n_change_due(rng: random.Random) -> Made:  # change from a note
    total, note = cents(rng, 3, 95), rng.choice([20, 50, 100])
    need(total < note)
    return (f"groceries came to {money(total)} and I paid with a {note} note. how much change?",
            [dec(note - total)])


@fam
def n_basket(rng: random.Random) -> Made:  # a basket of items with quantities
    lines = [(rng.randint(1, 6), cents(rng, 1, 15)) for _ in range(3)]
    text = ", ".join(f"{q} at {money(p)}" for q, p in lines)
    return (f"adding up my cart: {text}. total?", [dec(sum(q * p for q, p in lines))])


@fam
def n_bogo_half(rng: random.Random) -> Made:  # buy one, get one half price
    price, pairs = cents(rng, 8, 60), rng.randint(1, 4)
    total = pairs * price * F(3, 2)
    return (f"shirts are {money(price)} each, buy one get one half off. I'm buying {2 * pairs}. "
            "how much do I pay?", [dec(total)])


@fam
def n_coupon_tax(rng: random.Random) -> Made:  # coupon, then tax on the rest
    cart, off, tax = cents(rng, 55, 250), rng.choice([5, 10, 15, 20]), rng.choice([6, 7, 8, 9])
    return (f"cart is {money(cart)}, I have a {off} dollars off coupon, then {tax}% tax is added "
            "on what's left. final total?", [dec((cart - off) * (100 + tax) / 100)])


@fam
def n_fill_tank(rng: random.Random) -> Made:  # filling a partly full tank
    tank, frac_full = rng.choice([40, 45, 50, 55, 60, 70]), rng.choice([F(1, 4), F(1, 2),
                                                                       F(1, 8), F(3, 8)])
    price = cents(rng, 1, 2) + F(rng.randint(0, 99), 100)
    litres = tank * (1 - frac_full)
    return (f"my tank holds {tank} litres and it's {frac_full} full. petrol is {money(price)} a "
            "litre. how much to fill it up?", [dec(litres * price)])


@fam
def n_loose_fruit(rng: random.Random) -> Made:  # price by weight
    kg, per = F(rng.randint(3, 40), 10), cents(rng, 1, 9)
    return (f"{float(kg):g} kg of apples at {money(per)} per kg, what does that cost?",
            [dec(kg * per)])


# --- home projects ---------------------------------------------------------------------

@fam
def n_paint_cans(rng: random.Random) -> Made:  # cans of paint for a room
    area, coats, cover, can = rng.randint(20, 90), rng.choice([1, 2, 3]), rng.choice([10, 12]), \
        rng.choice([F(5, 2), F(1), F(5)])
    cans = math.ceil(F(area * coats, cover) / can)
    need(F(area * coats, cover) / can != cans)
    return (f"walls add up to {area} m², I want {coats} coat{'s' if coats > 1 else ''}. a litre "
            f"covers {cover} m² and paint comes in {float(can):g} L tins. how many tins?",
            [whole(cans)])


@fam
def n_floor_tiles(rng: random.Random) -> Made:  # tiles for a floor
    a, b, tile = F(rng.randint(15, 60), 10), F(rng.randint(15, 60), 10), rng.choice([20, 25, 30,
                                                                                   40, 50])
    count = math.ceil(a * 100 / tile) * math.ceil(b * 100 / tile)
    return (f"bathroom floor is {float(a):g} m by {float(b):g} m. using {tile} cm square tiles "
            "(cut ones count as whole tiles), how many do I need?", [whole(count)])


@fam
def n_carpet_cost(rng: random.Random) -> Made:  # carpet for a room
    a, b, per = F(rng.randint(25, 70), 10), F(rng.randint(25, 60), 10), cents(rng, 12, 60)
    return (f"carpet is {money(per)} per square metre and the room is {float(a):g} x {float(b):g}"
            " m. cost?", [dec(a * b * per)])


@fam
def n_fence_posts(rng: random.Random) -> Made:  # posts along a straight fence
    gap, n = rng.choice([F(2), F(5, 2), F(3), F(3, 2)]), rng.randint(6, 40)
    length = gap * n
    need(length.denominator == 1)
    return (f"straight fence {int(length)} m long with a post every {float(gap):g} m, including "
            "both ends. how many posts?", [whole(n + 1)])


@fam
def n_mulch(rng: random.Random) -> Made:  # volume of mulch for a bed
    a, b, depth = rng.randint(2, 12), rng.randint(1, 6), rng.choice([5, 7, 8, 10])
    vol = F(a * b * depth, 100)
    return (f"garden bed {a} m by {b} m, I want mulch {depth} cm deep. how many cubic metres?",
            [approx(vol)])


@fam
def n_water_tank(rng: random.Random) -> Made:  # litres in a cylindrical tank
    r, h = F(rng.randint(30, 120), 100), F(rng.randint(80, 250), 100)
    litres = math.pi * float(r) ** 2 * float(h) * 1000
    return (f"rain tank is a cylinder {float(r * 2):g} m across and {float(h):g} m tall. how many "
            "litres does it hold?", [dec(litres)])


# --- school and grades -----------------------------------------------------------------

@fam
def n_final_needed(rng: random.Random) -> Made:  # the score needed on the last test
    n, avg, target = rng.randint(3, 7), rng.randint(65, 88), rng.randint(70, 92)
    need_score = target * (n + 1) - avg * n
    need(60 <= need_score <= 100 and target != avg)
    return (f"I've averaged {avg} over {n} tests. what do I need on the next one to bring my "
            f"average up to {target}?", [whole(need_score)])


@fam
def n_gpa(rng: random.Random) -> Made:  # a credit-weighted GPA
    points = {"A": 4, "B": 3, "C": 2, "D": 1}
    courses = [(rng.choice("ABCD"), rng.randint(1, 5)) for _ in range(4)]
    need(len({g for g, _ in courses}) > 1)
    text = ", ".join(f"{g} in a {c}-credit course" for g, c in courses)
    gpa = F(sum(points[g] * c for g, c in courses), sum(c for _, c in courses))
    return (f"GPA on a 4-point scale: {text}?", [dec(gpa)])


@fam
def n_course_grade(rng: random.Random) -> Made:  # a grade from weighted components
    hw, mid, fin = rng.randint(60, 100), rng.randint(50, 100), rng.randint(50, 100)
    w = rng.choice([(20, 30, 50), (15, 35, 50), (25, 25, 50), (10, 40, 50)])
    grade = F(hw * w[0] + mid * w[1] + fin * w[2], 100)
    return (f"homework counts {w[0]}%, midterm {w[1]}%, final {w[2]}%. I got {hw}, {mid} and "
            f"{fin}. what's my course grade?", [approx(grade)])


@fam
def n_final_for_grade(rng: random.Random) -> Made:  # the final exam score for a target
    cur, weight, target = rng.randint(60, 95), rng.choice([25, 30, 40, 50]), rng.randint(70, 90)
    need_score = F(target * 100 - cur * (100 - weight), weight)
    need(0 < need_score <= 100 and target != cur)
    return (f"I'm at {cur}% in the class and the final is worth {weight}% of the grade. what do "
            f"I need on the final to end with {target}%?", [approx(need_score)])


@fam
def n_reading_pace(rng: random.Random) -> Made:  # pages per day to finish a book
    pages, days, read = rng.randint(200, 900), rng.randint(4, 30), rng.randint(10, 150)
    return (f"book is {pages} pages, I've read {read}, and it's due back in {days} days. pages "
            "per day to finish on time?",
            [dedupe(whole(math.ceil(F(pages - read, days))) + dec(F(pages - read, days)))])


@fam
def n_class_pass(rng: random.Random) -> Made:  # pass rate of a class
    n = rng.randint(18, 36)
    passed = rng.randint(n // 2, n - 1)
    return (f"{passed} of my {n} students passed the exam. what's the pass rate as a percent?",
            [dedupe([f"{o}%" for o in dec(F(passed * 100, n))] + dec(F(passed * 100, n)))])


FAMILIES: list[tuple[Family, int]] = [(draw, 8) for draw in FAMS]
