"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 11: sequences and series,
and time, age and distance word problems."""

from __future__ import annotations

import datetime
from fractions import Fraction as F

from bench.data.agents.heldout23_math import NAMES, fam, frac, num, pick
from bench.data.agents.heldout23_math_6 import clock, hm, rnd_sec
from bench.data.agents.helpers import Family


@fam
def arith_sum(rng):
    a, d, n = rng.randint(1, 20), rng.randint(1, 9), rng.randint(10, 60)
    return (f"sum of the first {n} terms of {a}, {a + d}, {a + 2 * d}, ...?"), [
        num(n * (2 * a + (n - 1) * d) // 2, 0)
    ]


@fam
def geometric_nth(rng):
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2]), rng.randint(6, 12)
    seq = ", ".join(str(a * r**i) for i in range(4))
    return (f"next terms go {seq}, ... what's term {n}?"), [num(a * r ** (n - 1), 0)]


@fam
def geometric_sum(rng):
    a, r, n = rng.randint(1, 9), rng.choice([2, 3]), rng.randint(5, 12)
    return (
        f"add up the first {n} terms of the geometric series {a} + {a * r} + {a * r * r} + ..."
    ), [num(a * (r**n - 1) // (r - 1), 0)]


@fam
def infinite_series(rng):
    a, r = rng.randint(1, 30), rng.choice([F(1, 2), F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(1, 5)])
    return (f"sum to infinity of {a} + {a * r} + {a * r * r} + ...?"), [frac(a / (1 - r))]


@fam
def squares_sum(rng):
    n = rng.randint(10, 60)
    return pick(rng, f"1² + 2² + ... + {n}² = ?", f"sum of the squares from 1 to {n}"), [
        num(n * (n + 1) * (2 * n + 1) // 6, 0)
    ]


@fam
def savings_ladder(rng):
    start, inc, weeks = rng.randint(1, 10), rng.randint(1, 5), rng.randint(10, 52)
    return (
        f"savings challenge: put away ${start} in week 1, then ${inc} more each week than the "
        "week before. "
        f"total saved after {weeks} weeks?"
    ), [num(weeks * (2 * start + (weeks - 1) * inc) // 2, 0)]


@fam
def arrival_time(rng):
    dep, mins = rng.randint(5 * 60, 22 * 60), rng.randint(65, 600)
    dep -= dep % 5
    h, m = divmod(dep, 60)
    takes = f"{mins // 60} h {mins % 60} min" if mins % 60 else f"{mins // 60} hours"
    return (
        f"train leaves at {h:02d}:{m:02d} and the trip takes {takes}. what time do I get in?"
    ), [clock(dep + mins)]


@fam
def duration_between(rng):
    a = rng.randint(6 * 60, 12 * 60)
    b = a + rng.randint(70, 600)
    ah, am = divmod(a, 60)
    bh, bm = divmod(b, 60)
    return (
        f"shift starts {ah}:{am:02d} and ends {bh}:{bm:02d} (24h). how long is that in hours and "
        "minutes?"
    ), [hm(b - a)]


@fam
def speed_time(rng):
    speed, dist = rng.choice([40, 50, 60, 75, 80, 90, 100, 120]), rng.randint(50, 500)
    mins = F(dist * 60, speed)
    if mins.denominator != 1:
        return None
    return (
        f"driving {dist} km at an average {speed} km/h. how long will it take? (hours and minutes)"
    ), [hm(int(mins))]


@fam
def average_speed(rng):
    d1, s1, d2, s2 = (
        rng.randint(20, 200),
        rng.choice([30, 40, 50, 60]),
        rng.randint(20, 200),
        rng.choice([80, 90, 100]),
    )
    t = F(d1, s1) + F(d2, s2)
    return (
        f"I drove {d1} km at {s1} km/h then {d2} km at {s2} km/h. average speed for the whole "
        "trip? (km/h, 1 dp)"
    ), [num((d1 + d2) / t, 1)]


@fam
def meeting_point(rng):
    s1, s2, t = rng.randint(40, 90), rng.randint(40, 90), F(rng.randint(2, 14), 4)
    dist = (s1 + s2) * t
    if dist.denominator != 1:
        return None
    mins = int(t * 60)
    return (
        f"two cars start {dist} km apart and drive towards each other at {s1} km/h and {s2} km/h. "
        f"how long until they meet?"
    ), [hm(mins) + num(t, 2) + [f"{mins}minutes"]]


@fam
def catch_up(rng):
    s1, s2, head = rng.randint(6, 12), rng.randint(13, 20), rng.randint(1, 6)
    t = F(head, s2 - s1) * 60
    if t.denominator != 1:
        return None
    return (
        f"{rng.choice(NAMES)} starts jogging at {s1} km/h. I leave the same spot when they're "
        f"{head} km ahead, "
        f"cycling at {s2} km/h. how many minutes to catch up?"
    ), [num(t, 0)]


@fam
def ages_sum(rng):
    a, gap, years = rng.randint(5, 40), rng.randint(2, 30), rng.randint(3, 15)
    n1, n2 = rng.sample(NAMES, 2)
    return (
        f"{n1} is {gap} years older than {n2}. {years} years ago their ages added up to "
        f"{2 * a + gap - 2 * years}. "
        f"how old is {n2} now?"
    ), [num(a, 0)]


@fam
def age_on_date(rng):
    by, bm, bd = rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28)
    ty, tm, td = 2026, rng.randint(1, 12), rng.randint(1, 28)
    if (tm, td) == (bm, bd):
        return None
    age = ty - by - ((tm, td) < (bm, bd))
    return (f"born {by}-{bm:02d}-{bd:02d}. how old am I on {ty}-{tm:02d}-{td:02d}?"), [num(age, 0)]


@fam
def pace_run(rng):
    km, mins = rng.choice([5, 10, 21.1, 8, 12]), rng.randint(20, 130)
    if mins / float(km) < 3.5 or mins / float(km) > 9:
        return None
    pace = F(mins * 60) / F(str(km))
    total = int(rnd_sec(pace))
    return (f"ran {km} km in {mins} minutes. pace per km in min:sec? (nearest second)"), [
        [
            f"{total // 60}:{total % 60:02d}",
            f"{total // 60}m{total % 60:02d}s",
            f"{total // 60}min{total % 60:02d}s",
            f"{total // 60}min{total % 60}s",
            f"{total // 60}m{total % 60}s",
            f"{total // 60}minutes{total % 60}seconds",
            f"{total // 60}minutesand{total % 60}seconds",
            f"{total // 60}min{total % 60}sec",
        ]
    ]


@fam
def days_between(rng):

    a = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 320))
    b = a + datetime.timedelta(days=rng.randint(10, 364 - a.timetuple().tm_yday))
    return (f"how many days from {a:%B} {a.day} to {b:%B} {b.day} 2026?"), [num((b - a).days, 0)]


@fam
def timezone_call(rng):
    h = rng.randint(7, 20)
    off = rng.choice([-8, -5, -3, 1, 2, 5, 8, 9])
    place = {
        -8: "LA (UTC-8)",
        -5: "New York (UTC-5)",
        -3: "São Paulo (UTC-3)",
        1: "Paris (UTC+1)",
        2: "Athens (UTC+2)",
        5: "Karachi (UTC+5)",
        8: "Singapore (UTC+8)",
        9: "Tokyo (UTC+9)",
    }[off]
    m = rng.choice([0, 15, 30, 45])
    mine = rng.choice([0, -5, 1])
    if mine == off:
        return None
    me = {0: "London (UTC+0)", -5: "Toronto (UTC-5)", 1: "Berlin (UTC+1)"}[mine]
    return (
        f"I'm in {me}. meeting is {h}:{m:02d} my time — what time is that in {place}? (same day "
        "or not, just "
        f"the clock time)"
    ), [clock(h * 60 + m + (off - mine) * 60)]


@fam
def work_together(rng):
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    if a == b:
        return None
    t = F(a * b, a + b)
    return (
        f"{rng.choice(NAMES)} can paint a fence in {a} hours, I can do it in {b}. working "
        "together, how many hours? "
        f"(fraction or 2 dp)"
    ), [frac(t) + num(t)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        arith_sum,
        geometric_nth,
        geometric_sum,
        infinite_series,
        squares_sum,
        savings_ladder,
        arrival_time,
        duration_between,
        speed_time,
        average_speed,
        meeting_point,
        catch_up,
        ages_sum,
        age_on_date,
        pace_run,
        days_between,
        timezone_call,
        work_together,
    )
]
