"""Round 20 (``E_a_*``, dev now) for ``muse bench agents``, math part 15: money (growth, net
pay, change, group tickets) and time, age and distance word problems."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_math import NAMES, Made, dec, fam, money, num, pick, rnd
from bench.data.agents.heldout20_math_4 import clock
from bench.data.agents.heldout20_math_6 import (
    cash,
    hm,
    show,
)
from bench.data.agents.helpers import Family


@fam
def fam_years_to_target(rng: random.Random) -> Made:
    r, mult = (
        rng.choice([F(3), F(4), F(5), F(6), F(7), F(8), F(10), F(12), F(5, 2)]),
        rng.choice([F(2), F(3), F(3, 2)]),
    )
    years = math.ceil(math.log(float(mult)) / math.log(1 + float(r) / 100))
    if (
        abs(
            math.log(float(mult)) / math.log(1 + float(r) / 100)
            - round(math.log(float(mult)) / math.log(1 + float(r) / 100))
        )
        < 0.01
    ):
        return None
    p = rng.randint(2, 50) * 500
    text = pick(
        rng,
        [
            "${p} grows at {r}% a year compounded annually. After how many whole years "
            "is it at least ${t}?",
            "how many full years until {p} dollars reaches {t} at {r}% annual compound interest?",
        ],
    ).format(p=f"{p:,}", r=dec(r), t=f"{float(p * mult):,.0f}")
    return text, [num(years)]


@fam
def fam_net_pay(rng: random.Random) -> Made:
    gross = rng.randint(20, 90) * 100
    tax, other = rng.choice([12, 15, 18, 20, 22, 25, 30]), rng.choice([0, 2, 5, 6, 8])
    net = F(gross) * (100 - tax - other) / 100
    extra = f" and {other}% goes to my pension (both % of gross)" if other else ""
    text = pick(
        rng,
        [
            "My gross pay is ${g} a month. {t}% income tax{e}. What's my take-home pay?",
            "gross {g}/month, {t}% tax{e}. net pay?",
        ],
    ).format(g=f"{gross:,}", t=tax, e=extra)
    return text, [money(net)]


@fam
def fam_change_due(rng: random.Random) -> Made:
    items = [
        (
            rng.choice(["milk", "bread", "eggs", "coffee", "apples", "cheese", "juice"]),
            cash(rng, 1, 12),
        )
        for _ in range(rng.randint(2, 4))
    ]
    names = [i[0] for i in items]
    if len(set(names)) < len(names):
        return None
    tot = sum(p for _, p in items)
    note = next(n for n in (10, 20, 50, 100) if n > tot)
    text = pick(
        rng,
        [
            "I bought {l}. How much change from a ${n} note?",
            "paying with {n} dollars for {l} — what's my change?",
        ],
    ).format(l=", ".join(f"{a} {show(p)}" for a, p in items), n=note)
    return text, [money(note - tot)]


@fam
def fam_group_ticket(rng: random.Random) -> Made:
    n, price = rng.randint(8, 40), cash(rng, 8, 60)
    disc, thr = rng.choice([10, 15, 20, 25]), rng.choice([10, 12, 15])
    total = price * n * ((100 - disc) if n >= thr else 100) / 100
    text = pick(
        rng,
        [
            "Tickets are ${p} each; groups of {t} or more get {d}% off the whole order. "
            "What do {n} people pay altogether?",
            "{n} tickets at {p} each, {d}% group discount applies when buying {t}+ "
            "tickets. total? (to the cent)",
        ],
    ).format(p=show(price), t=thr, d=disc, n=n)
    return text, [rnd(total, 2)]


@fam
def fam_arrival_time(rng: random.Random) -> Made:
    speed = rng.choice([48, 60, 72, 75, 80, 90, 96, 100, 120])
    mins = rng.randint(4, 60) * 6
    dist = F(speed * mins, 60)
    if dist.denominator != 1:
        return None
    start = rng.randint(5 * 60, 17 * 60)
    h, m = divmod(start, 60)
    text = pick(
        rng,
        [
            "I leave at {h}:{m:02d} and drive {d} km at an average {s} km/h. What time "
            "do I arrive?",
            "train departs {h:02d}:{m:02d}, {d} km trip at {s} km/h average. arrival time?",
        ],
    ).format(h=h, m=m, d=dist, s=speed)
    return text, [clock(start + mins)]


@fam
def fam_travel_time(rng: random.Random) -> Made:
    speed = rng.choice([4, 5, 6, 12, 15, 18, 20, 24, 45, 50, 65, 70, 110])
    mins = rng.randint(3, 50) * 5
    dist = F(speed * mins, 60)
    unit = rng.choice(["km", "miles"])
    text = pick(
        rng,
        [
            "how many minutes to cover {d} {u} at {s} {u} per hour?",
            "{d} {u} at a steady {s} {u}/h — how long in minutes?",
        ],
    ).format(d=dec(dist) if dist.denominator in (1, 2, 4, 5, 10, 20) else None, u=unit, s=speed)
    if "None" in text:
        return None
    return text, [num(mins) + hm(mins)]


@fam
def fam_round_trip_speed(rng: random.Random) -> Made:
    a, b = rng.sample([20, 24, 30, 36, 40, 45, 48, 50, 60, 72, 75, 80, 90, 100, 120], 2)
    avg = F(2 * a * b, a + b)
    text = pick(
        rng,
        [
            "I drive to my parents' at {a} km/h and back the same way at {b} km/h. "
            "Average speed for the whole trip? (2 dp if needed)",
            "out at {a} mph, back along the same route at {b} mph. average speed overall? "
            "(round to 2 dp if it isn't exact)",
        ],
    ).format(a=a, b=b)
    return text, [num(avg, fraction=False) or rnd(avg, 2)]


@fam
def fam_duration_between(rng: random.Random) -> Made:
    s = rng.randint(6 * 60, 12 * 60 - 1)
    e = s + rng.randint(45, 10 * 60)
    sh, sm = divmod(s, 60)
    eh, em = divmod(e, 60)
    d = e - s
    text = pick(
        rng,
        ["How long is it from {a} to {b}, in minutes?", "shift from {a} to {b} — total minutes?"],
    ).format(a=f"{sh}:{sm:02d} am", b=f"{eh % 12 or 12}:{em:02d} {'am' if eh < 12 else 'pm'}")
    return text, [num(d) + hm(d)]


@fam
def fam_days_between(rng: random.Random) -> Made:
    a = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
    b = a + dt.timedelta(days=rng.randint(10, 400))
    text = pick(
        rng,
        [
            "How many days from {a} to {b}?",
            "days between {a} and {b} (don't count the first day, count the last)?",
        ],
    ).format(a=a.strftime("%B %-d, %Y"), b=b.strftime("%B %-d, %Y"))
    return text, [num((b - a).days)]


@fam
def fam_weekday_after(rng: random.Random) -> Made:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    n = rng.randint(10, 500)
    end = start + dt.timedelta(days=n)
    sd = f"{start.strftime('%A')}, {start.strftime('%B')} {start.day}, {start.year}"
    text = pick(
        rng,
        [
            "Today is {d}. What date and day of the week will it be in {n} days?",
            "if it's {d} today, which date (and weekday) is {n} days from now?",
        ],
    ).format(d=sd, n=n)
    mon = end.strftime("%B")
    dates = [
        f"{mon} {end.day}",
        f"{end.day} {mon}",
        f"{mon[:3]} {end.day}",
        f"{end.day} {mon[:3]}",
        end.isoformat(),
    ]
    return text, [[end.strftime("%A")], dates]


@fam
def fam_ages_sum(rng: random.Random) -> Made:
    a, b = rng.randint(5, 60), rng.randint(5, 60)
    if a <= b:
        return None
    x, y = rng.sample(NAMES, 2)
    text = pick(
        rng,
        [
            "{x} is {d} years older than {y}. Their ages add up to {s}. How old is {y}?",
            "the sum of {x}'s and {y}'s ages is {s}, and {x} is {d} years older. {y}'s age?",
        ],
    ).format(x=x, y=y, d=a - b, s=a + b)
    return text, [num(b)]


@fam
def fam_age_ago(rng: random.Random) -> Made:
    age = rng.randint(12, 70)
    k, m = rng.randint(2, 15), rng.choice([2, 3])
    past = age - k
    fut = age + k * 0
    # In j years I'll be m times the age I was k years ago: age + j = m(age - k)
    j = m * past - age
    if j <= 0 or past <= 0 or j > 30:
        return None
    del fut
    text = pick(
        rng,
        [
            "In {j} years I'll be {m} as old as I was {k} years ago. How old am I now?",
            "in {j} years my age will be {m} what it was {k} years ago. my age now?",
        ],
    ).format(j=j, m="twice" if m == 2 else "three times", k=k)
    return text, [num(age)]


@fam
def fam_trains_meet(rng: random.Random) -> Made:
    a, b = rng.choice([50, 60, 70, 80, 90, 100, 110]), rng.choice([40, 55, 65, 75, 85, 95, 120])
    mins = rng.randint(3, 40) * 6
    dist = F((a + b) * mins, 60)
    if dist.denominator != 1:
        return None
    start = rng.randint(6 * 60, 14 * 60)
    h, m = divmod(start, 60)
    text = pick(
        rng,
        [
            "Two trains {d} km apart leave at {h}:{m:02d} heading towards each other at "
            "{a} km/h and {b} km/h. What time do they meet?",
            "two cars start {d} km apart at {h}:{m:02d}, driving toward each other at "
            "{a} and {b} km/h. when do they meet?",
        ],
    ).format(d=dist, h=h, m=m, a=a, b=b)
    return text, [clock(start + mins)]


@fam
def fam_catch_up(rng: random.Random) -> Made:
    v1, v2 = rng.choice([40, 50, 60, 45]), rng.choice([70, 75, 80, 90, 100])
    head = rng.choice([15, 20, 30, 45, 60, 90])
    t = F(v1 * head, (v2 - v1))
    if t.denominator != 1:
        return None
    text = pick(
        rng,
        [
            "A van leaves at {a} km/h. {h} minutes later a car follows the same road at "
            "{b} km/h. How many minutes after it sets off does the car catch up?",
            "cyclist... no, a truck doing {a} km/h has a {h}-minute head start on a car "
            "doing {b} km/h. minutes for the car to catch "
            "it?",
        ],
    ).format(a=v1, b=v2, h=head)
    text = text.replace("cyclist... no, a", "A")
    return text, [num(t)]


@fam
def fam_work_together(rng: random.Random) -> Made:
    a, b = rng.sample([2, 3, 4, 5, 6, 8, 10, 12], 2)
    t = F(a * b, a + b)
    if rng.random() < 0.5:
        x, y = rng.sample(NAMES, 2)
        text = pick(
            rng,
            [
                "{x} can paint a fence in {a} hours, {y} in {b} hours. Working together, "
                "how many hours? (exact or 2 dp)",
                "{x} alone takes {a} h, {y} alone takes {b} h for the same job. together?",
            ],
        ).format(x=x, y=y, a=a, b=b)
    else:
        text = pick(
            rng,
            [
                "one tap fills a bath in {a} minutes, the other in {b} minutes. both on "
                "— how long?",
                "pipe A fills a tank in {a} hours and pipe B in {b} hours. how long with "
                "both open?",
            ],
        ).format(a=a, b=b)
    forms = num(t)
    if t.denominator != 1 and not forms[0].replace(".", "").replace("-", "").isdigit():
        pass
    if t.denominator not in (1, 2, 4, 5, 8, 10):
        forms += rnd(t, 2)
    return text, [forms]


@fam
def fam_running_pace(rng: random.Random) -> Made:
    km = rng.choice([5, 10, 21.1, 8, 12, 15, 42.2])
    pace = rng.randint(240, 420)
    total = F(pace) * F(km).limit_denominator(10)
    if total.denominator != 1:
        return None
    total = int(total)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    shown = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    text = pick(
        rng,
        [
            "I ran {k} km in {t}. What's my pace per km (min:sec)?",
            "{k}k in {t} — average pace per kilometre?",
        ],
    ).format(k=km, t=shown)
    pm, ps = divmod(pace, 60)
    return text, [
        [
            f"{pm}:{ps:02d}",
            f"{pm} min {ps} s",
            f"{pm} minutes {ps} seconds",
            f"{pm}m {ps}s",
            f"{pm}'{ps:02d}",
        ]
    ]


@fam
def fam_fuel_cost(rng: random.Random) -> Made:
    dist, cons, price = (
        rng.randint(80, 1200),
        F(rng.randint(45, 110), 10),
        F(rng.randint(140, 220), 100),
    )
    cost = dist * cons / 100 * price
    text = pick(
        rng,
        [
            "Trip of {d} km, my car uses {c} L/100 km and fuel is ${p}/L. Fuel cost? (to the cent)",
            "{d}km drive at {c} litres per 100km, petrol {p} a litre — how much will it cost, 2 dp",
        ],
    ).format(d=dist, c=dec(cons), p=show(price))
    return text, [rnd(cost, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_years_to_target, fam_net_pay, fam_change_due, fam_group_ticket, fam_arrival_time,
    fam_travel_time, fam_round_trip_speed, fam_duration_between, fam_days_between,
    fam_weekday_after, fam_ages_sum, fam_age_ago, fam_trains_meet, fam_catch_up, fam_work_together,
    fam_running_pace, fam_fuel_cost)]
