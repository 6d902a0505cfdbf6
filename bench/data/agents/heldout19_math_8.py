"""Round 19 (``C_a_*``, dev now) for ``muse bench agents``, math part 8: time, age and distance
word problems."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as Fr

from bench.data.agents.heldout19_math import NAMES, Again, Made, ch, dp, fam, ints
from bench.data.agents.helpers import Family


def clock(minutes: int) -> list[str]:
    """A time of day in 24-hour and 12-hour spellings."""
    minutes %= 24 * 60
    h, mi = divmod(minutes, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [
        f"{h:02d}:{mi:02d}",
        f"{h}:{mi:02d}",
        f"{h12}:{mi:02d}{ap}",
        f"{h12}:{mi:02d} {ap.upper()}",
        f"{h12}:{mi:02d}{ap.upper()}",
        f"{h12}:{mi:02d} {ap[0]}.{ap[1]}.",
    ]


def span(minutes: int) -> list[str]:
    """A duration as people write it (accepted strings are compared without spaces)."""
    h, mi = divmod(minutes, 60)
    out = [f"{minutes}min"]
    if h:
        out += [f"{h}h{mi}m", f"{h}h{mi:02d}", f"{h}:{mi:02d}"]
        for hw in ("hours", "hour", "hrs", "hr"):
            out += [f"{h}{hw}{mi}min", f"{h}{hw}and{mi}min", f"{h}{hw},{mi}min"]
        if mi == 0:
            out += [f"{h}hours", f"{h}hour"]
    return list(dict.fromkeys(out))


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date_forms(d: dt.date) -> list[str]:
    mon = d.strftime("%B")
    return [
        d.isoformat(),
        f"{d.day} {mon}",
        f"{mon} {d.day}",
        f"{ordinal(d.day)} {mon}",
        f"{mon} {ordinal(d.day)}",
        f"{ordinal(d.day)} of {mon}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
    ]


def hm(minutes: int) -> str:
    h, mi = divmod(minutes % 1440, 60)
    return f"{h}:{mi:02d}"


@fam
def speed_from_trip(rng: random.Random) -> Made:
    d, mins = rng.randint(20, 600), rng.randint(20, 480)
    val = Fr(d * 60, mins)
    t = ch(
        rng,
        [
            "I drove {d} km in {h}h {m}min. average speed in km/h (1 dp)?",
            "a train covers {d} miles in {h} hours {m} minutes — average speed, mph, 1 decimal?",
        ],
    )
    return t.format(d=d, h=mins // 60, m=mins % 60), [dp(val, 1)]


@fam
def travel_time(rng: random.Random) -> Made:
    v = rng.randint(4, 24) * 5
    mins = rng.randint(4, 60) * 5
    d = Fr(v * mins, 60)
    if d.denominator != 1 or mins % 60 == 0:
        raise Again
    t = ch(
        rng,
        [
            "how long does it take to drive {d} km at {v} km/h? hours and minutes",
            "{d} miles at an average {v} mph — travel time?",
        ],
    )
    return t.format(d=d, v=v), [span(mins)]


@fam
def arrival_time(rng: random.Random) -> Made:
    start = rng.randint(5 * 60, 22 * 60 + 59)
    dur = rng.randint(25, 600)
    dh, dm = divmod(dur, 60)
    t = ch(
        rng,
        [
            "I leave at {s} and the trip takes {h}h {m}m. when do I arrive?",
            "flight departs {s}, duration {h} hours {m} minutes (same time zone). landing time?",
            "movie starts at {s} and runs {h} hr {m} min, what time does it end",
        ],
    )
    return t.format(s=hm(start), h=dh, m=dm), [clock(start + dur)]


@fam
def elapsed_clock(rng: random.Random) -> Made:
    a = rng.randint(5 * 60, 13 * 60)
    b = a + rng.randint(60, 10 * 60)
    if (b - a) % 60 == 0:
        raise Again
    t = ch(
        rng,
        [
            "how long from {a} to {b}?",
            "my shift is {a} to {b}. how many hours and minutes is that",
            "time between {a} and {b} (24h clock)?",
        ],
    )
    return t.format(a=hm(a), b=hm(b)), [span(b - a)]


@fam
def age_puzzle(rng: random.Random) -> Made:
    son = rng.randint(4, 20)
    k = rng.randint(3, 5)
    mum = k * son
    # in y years mum is j times son: k s + y = j (s + y)  -> y = (k-j) s / (j-1)
    j = 2
    y = Fr((k - j) * son, j - 1)
    if y.denominator != 1 or y <= 0 or mum > 80:
        raise Again
    who = ch(
        rng, [("a mother", "her son"), ("a father", "his daughter"), ("Grandad", "his grandson")]
    )
    t = (
        "{a} is {k} times as old as {b}. in {y} years she'll be twice as old. how old is {b} now?"
    ).replace("she'll", "he'll" if who[0] != "a mother" else "she'll")
    return t.format(a=who[0], b=who[1], k=k, y=y), [ints(son)]


@fam
def age_sum(rng: random.Random) -> Made:
    a, diff = rng.randint(5, 40), rng.randint(2, 30)
    b = a + diff
    n1, n2 = rng.sample(NAMES, 2)
    yrs = rng.randint(2, 10)
    t = (
        "{x} is {d} years older than {y}. in {n} years their ages will add up to {s}. "
        "how old is {y} now?"
    )
    return t.format(x=n1, y=n2, d=diff, n=yrs, s=a + b + 2 * yrs), [ints(a)]


@fam
def trains_meet(rng: random.Random) -> Made:
    v1, v2 = rng.randint(6, 24) * 5, rng.randint(6, 24) * 5
    mins = rng.randint(30, 300)
    d = Fr((v1 + v2) * mins, 60)
    if d.denominator != 1:
        raise Again
    start = rng.randint(6 * 60, 14 * 60) // 5 * 5
    t = (
        "two trains leave towns {d} km apart at {s}, heading toward each other at {a} km/h and "
        "{b} km/h. at what time do they meet?"
    )
    return t.format(d=d, s=hm(start), a=v1, b=v2), [clock(start + mins)]


@fam
def catch_up(rng: random.Random) -> Made:
    v1 = rng.randint(4, 15) * 5
    v2 = v1 + rng.randint(1, 6) * 5
    head = rng.randint(10, 90)
    mins = Fr(v1 * head, v2 - v1)
    if mins.denominator != 1:
        raise Again
    n1, n2 = rng.sample(NAMES, 2)
    t = (
        "{a} sets off at {v} km/h. {b} leaves from the same place {h} minutes later at {w} km/h. "
        "how many minutes after {b} leaves do they catch up?"
    )
    return t.format(a=n1, b=n2, v=v1, w=v2, h=head), [ints(mins)]


@fam
def round_trip_speed(rng: random.Random) -> Made:
    a, b = rng.randint(20, 120), rng.randint(20, 120)
    if a == b:
        raise Again
    val = Fr(2 * a * b, a + b)
    t = ch(
        rng,
        [
            "I drive to work at {a} km/h and back at {b} km/h. average speed for the round "
            "trip (2 dp)?",
            "there at {a} mph, home at {b} mph on the same road — overall average speed, 2 "
            "decimals",
        ],
    )
    return t.format(a=a, b=b), [dp(val, 2)]


@fam
def days_between(rng: random.Random) -> Made:
    d1 = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 400))
    d2 = d1 + dt.timedelta(days=rng.randint(10, 500))
    t = ch(
        rng,
        [
            "how many days from {a} to {b}?",
            "days between {a} and {b}",
            "count the days from {a} until {b}",
        ],
    )
    fmt = ch(rng, ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d"])
    a, b = (d.strftime(fmt).replace(" 0", " ").lstrip("0") for d in (d1, d2))
    return t.format(a=a, b=b), [ints((d2 - d1).days)]


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@fam
def weekday_after(rng: random.Random) -> Made:
    today = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    n = rng.randint(20, 400)
    if n % 7 == 0:
        raise Again
    end = today + dt.timedelta(days=n)
    t = ch(
        rng,
        [
            "today is {w}, {d}. what day of the week and what date will it be in {n} days?",
            "it's {w} {d} today — {n} days from now is which date, and which weekday?",
        ],
    )
    return t.format(w=today.strftime("%A"), d=today.strftime("%d %B %Y").lstrip("0"), n=n), [
        [end.strftime("%A")],
        date_forms(end),
    ]


@fam
def weekly_hours(rng: random.Random) -> Made:
    s = rng.randint(7 * 4, 10 * 4) * 15
    e = s + rng.randint(7 * 4, 10 * 4) * 15
    lunch, days = ch(rng, [30, 45, 60]), rng.randint(3, 6)
    total = (e - s - lunch) * days
    t = (
        "I work {a} to {b} with a {l}-minute unpaid break, {n} days a week. how many paid hours "
        "is that a week?"
    )
    val = Fr(total, 60)
    return t.format(a=hm(s), b=hm(e), l=lunch, n=days), [dp(val, 2) + span(total)]


@fam
def running_pace(rng: random.Random) -> Made:
    km = ch(rng, [5, 10, 21.1, 42.2, 8, 15])
    pace = rng.randint(240, 420)
    total = round(pace * km)
    if abs(total / km - round(total / km)) > 1e-9:
        raise Again
    h, rest = divmod(total, 3600)
    mi, sec = divmod(rest, 60)
    tt = f"{h}:{mi:02d}:{sec:02d}" if h else f"{mi}:{sec:02d}"
    p = f"{pace // 60}:{pace % 60:02d}"
    t = ch(
        rng,
        [
            "I ran {k} km in {t}. what's my pace per km (min:sec)?",
            "finished a {k}k in {t} — average pace per kilometre?",
        ],
    )
    return t.format(k=f"{km:g}", t=tt), [
        [p, f"{pace // 60}m{pace % 60:02d}s", f"{pace // 60}min{pace % 60:02d}"]
    ]


@fam
def two_taps(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(2, 12)
    if a == b:
        raise Again
    val = Fr(a * b, a + b)
    mins = val * 60
    if mins.denominator != 1:
        raise Again
    t = ch(
        rng,
        [
            "one tap fills a bath in {a} hours, another in {b} hours. both together — how long?",
            "{n} can paint a fence in {a} h, {m} in {b} h. working together, how long?",
        ],
    )
    n1, n2 = rng.sample(NAMES, 2)
    return t.format(a=a, b=b, n=n1, m=n2), [span(int(mins)) + dp(val, 2)]


@fam
def age_in_days(rng: random.Random) -> Made:
    born = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randint(0, 12000))
    on = dt.date(2026, 11, 27)
    t = ch(
        rng,
        [
            "I was born on {b}. how many days old am I on 27 November 2026?",
            "born {b} — age in days as of 2026-11-27?",
        ],
    )
    return t.format(
        b=born.strftime(ch(rng, ["%d %B %Y", "%B %d, %Y", "%Y-%m-%d"]))
        .replace(" 0", " ")
        .lstrip("0")
    ), [ints((on - born).days)]


@fam
def time_zone_arrival(rng: random.Random) -> Made:
    start = rng.randint(6 * 60, 22 * 60) // 5 * 5
    dur = rng.randint(60, 14 * 60) // 5 * 5
    shift = rng.choice([-8, -6, -5, -3, 1, 2, 3, 5, 8, 9])
    t = (
        "my flight leaves at {s} local time, takes {h}h {m}m, and the destination is {z} hours "
        "{w} of here. local arrival time?"
    )
    return t.format(
        s=hm(start), h=dur // 60, m=dur % 60, z=abs(shift), w="ahead" if shift > 0 else "behind"
    ), [clock(start + dur + 60 * shift)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        speed_from_trip,
        travel_time,
        arrival_time,
        elapsed_clock,
        age_puzzle,
        age_sum,
        trains_meet,
        catch_up,
        round_trip_speed,
        days_between,
        weekday_after,
        weekly_hours,
        running_pace,
        two_taps,
        age_in_days,
        time_zone_arrival,
    )
]
