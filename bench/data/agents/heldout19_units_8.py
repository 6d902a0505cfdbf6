"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 8: time spans and usage.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bench.data.agents.heldout19_health_2 import show_day, some_day
from bench.data.agents.heldout19_units import (
    F,
    family,
    forms,
    hm,
    num,
    pick,
    rnd,
    show_clock,
    whole,
)
from bench.data.agents.helpers import Family


@family
def days_between_dates(rng: random.Random) -> Any:
    a = some_day(rng)
    b = a + dt.timedelta(days=rng.randint(3, 400))
    text = pick(rng, "How many days from {a} to {b}? (don't count the start day)",
                "days between {a} and {b}?", "count the days from {a} until {b}",
                a=show_day(rng, a), b=show_day(rng, b))
    days = (b - a).days
    return text, [*whole(days), f"{days} days"]


@family
def shift_hours_worked(rng: random.Random) -> Any:
    start = rng.randint(6 * 60, 11 * 60) // 5 * 5
    end = start + rng.randint(5 * 60, 11 * 60) // 5 * 5
    brk = rng.choice([0, 15, 30, 45, 60])
    twelve = rng.random() < 0.5
    text = pick(rng, "I clocked in at {a} and out at {b} with a {k} min unpaid break. How many "
                "hours did I work, as a decimal (2 dp)?",
                "shift {a} - {b}, {k} minute break not paid. decimal hours for my timesheet, 2 dp?",
                a=show_clock(start, twelve), b=show_clock(end, twelve), k=brk)
    if brk == 0:
        return None
    return text, forms(F(end - start - brk, 60), 2)


@family
def time_between_clock_times(rng: random.Random) -> Any:
    a = rng.randint(0, 23 * 60 + 59)
    gap = rng.randint(40, 16 * 60)
    if gap % 60 == 0:
        return None
    text = pick(rng, "How long is it from {a} to {b}?", "time between {a} and {b} (same day "
                "or overnight if needed)?", "my train leaves {a} and arrives {b}. journey length?",
                a=show_clock(a, False), b=show_clock(a + gap, False))
    return text, hm(gap)


@family
def shower_water_week(rng: random.Random) -> Any:
    flow, mins = rnd(rng, 6, 15, "0.5"), rnd(rng, 3, 20, "0.5")
    people = rng.randint(2, 5)
    text = pick(rng, "Our shower runs {f} L/min. {p} people shower {m} minutes each, every day. "
                "Litres per week?",
                "{p} of us, {m} min showers daily at {f} litres a minute - weekly water in L?",
                f=num(flow), p=people, m=num(mins))
    return text, forms(flow * mins * people * 7, 2)


@family
def streaming_data_month(rng: random.Random) -> Any:
    mbps, hours = rng.choice([3, 5, 8, 15, 25]), rnd(rng, "0.5", 6, "0.5")
    days = rng.choice([30, 31, 28])
    text = pick(rng, "A stream uses {m} Mbps. If I watch {h} hours a day for {d} days, how many "
                "GB is that? (1 GB = 8000 megabits) 2 decimals",
                "{m} Mbit/s video, {h} h daily, {d} days - total GB (8,000 Mb per GB, 2 dp)?",
                m=mbps, h=num(hours), d=days)
    return text, forms(mbps * hours * 3600 * days / 8000, 2)


@family
def commute_km_per_year(rng: random.Random) -> Any:
    km, days = rnd(rng, 2, 80, "0.5"), rng.choice([5, 4, 3])
    weeks = rng.choice([44, 46, 48, 47])
    text = pick(rng, "My commute is {k} km each way, {d} days a week, {w} working weeks a year. "
                "Total km per year?",
                "how many km a year: {k} km one way, there and back {d}x a week, {w} weeks?",
                k=num(km), d=days, w=weeks)
    return text, forms(km * 2 * days * weeks, 1)


@family
def pool_lengths_for_distance(rng: random.Random) -> Any:
    pool = rng.choice([25, 50, 33, 20])
    dist, name = rng.choice([(F(1609), "a mile (1609 m)"), (F(1500), "1500 m"),
                             (F(3800), "3.8 km"), (F(1900), "1.9 km"), (F(5000), "5 km"),
                             (F(750), "750 m"), (F(2000), "2 km"), (F(1000), "1 km")])
    text = pick(rng, "How many lengths of a {p} m pool is {n}? 2 decimals",
                "swimming {n} in a {p}-metre pool = how many lengths (2 dp)?", p=pool, n=name)
    return text, forms(dist / pool, 2)


@family
def kettle_boils_cost(rng: random.Random) -> Any:
    kw, mins = rng.choice([F(2), F("2.2"), F(3), F("1.8")]), rnd(rng, 2, 5, "0.5")
    boils, price = rng.randint(2, 10), rnd(rng, "0.12", "0.40", "0.01")
    text = pick(rng, "My {k} kW kettle takes {m} min per boil and I boil it {b} times a day. At "
                "{p} per kWh, what's the cost per year (365 days)? 2 decimals",
                "{b} boils daily, {m} minutes each, {k}kW kettle, {p}/kWh - yearly cost "
                "to the cent?",
                k=num(kw), m=num(mins), b=boils, p=num(price))
    return text, forms(kw * mins / 60 * boils * 365 * price, 2)


@family
def age_in_days(rng: random.Random) -> Any:
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randint(0, 25000))
    today = some_day(rng)
    text = pick(rng, "I was born on {a}. How many days old am I on {b}?",
                "days alive from {a} to {b}?", a=show_day(rng, born), b=show_day(rng, today))
    days = (today - born).days
    return text, [*whole(days), f"{days} days"]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    days_between_dates, shift_hours_worked, time_between_clock_times, shower_water_week,
    streaming_data_month, commute_km_per_year, pool_lengths_for_distance, kettle_boils_cost,
    age_in_days)]
