"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 10: data sizes and time
spans."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, hm, num, pick, tenth
from bench.data.agents.helpers import Family


@family
def bytes_to_kb(rng: random.Random) -> Made:
    b = rng.randint(1500, 9_000_000)
    v = F(b, 1024)
    return pick(
        rng,
        f"{b:,} bytes in KiB (1 KiB = 1024 bytes)? 2 decimals",
        f"how many kibibytes is {b} bytes? round to 2 dp",
    ), [num(v, 2)]


@family
def seconds_to_hms(rng: random.Random) -> Made:
    s = rng.randint(3700, 86000)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return pick(
        rng, f"{s} seconds = how many hours, minutes and seconds?", f"convert {s:,} s to h:mm:ss"
    ), [
        [
            f"{h}:{m:02d}:{sec:02d}",
            f"{h}h{m}m{sec}s",
            f"{h}hours,{m}minutes,{sec}seconds",
            f"{h}hours,{m}minutesand{sec}seconds",
            f"{h}hours{m}minutes{sec}seconds",
            f"{h}hours{m}minutesand{sec}seconds",
            f"{h}h{m}min{sec}s",
            f"{h}hr{m}min{sec}sec",
            f"{h}hrs{m}mins{sec}secs",
            *(
                f"{h}{hw}{j1}{m}{mw}{j2}{sec}{sw}"
                for hw in ("hour", "hours")
                for mw in ("minute", "minutes")
                for sw in ("second", "seconds")
                for j1, j2 in ((",", ","), (",", "and"), ("", ""), ("", "and"))
            ),
        ]
    ]


@family
def minutes_to_hours(rng: random.Random) -> Made:
    m = rng.randint(61, 900)
    if m % 60 == 0:
        raise Redraw
    return pick(
        rng,
        f"{m} minutes is how many hours and minutes?",
        f"convert {m} min into hours + minutes",
        f"the audiobook is {m} minutes long - how long is that in hours and minutes?",
    ), [hm(m, False)]


@family
def hours_in_weeks(rng: random.Random) -> Made:
    w = rng.randint(2, 60)
    return pick(
        rng,
        f"how many hours are in {w} weeks?",
        f"{w} weeks = ? hours",
        f"number of hours in {w} weeks please",
    ), [num(w * 168, 0)]


@family
def days_to_weeks_days(rng: random.Random) -> Made:
    n = rng.randint(15, 400)
    w, r = divmod(n, 7)
    if r == 0:
        raise Redraw
    return pick(
        rng, f"{n} days is how many weeks and days?", f"convert {n} days to weeks + leftover days"
    ), [[f"{w}weeksand{r}day", f"{w}weeks,{r}day", f"{w}weeks{r}day", f"{w}wand{r}d", f"{w}w{r}d"]]


@family
def seconds_in_days(rng: random.Random) -> Made:
    n = rng.randint(2, 400)
    return pick(
        rng,
        f"how many seconds in {n} days?",
        f"{n} days in seconds",
        f"Number of seconds in {n} days?",
    ), [num(n * 86400, 0)]


@family
def decimal_hours_to_hm(rng: random.Random) -> Made:
    h = F(rng.randint(11, 120), 4) if rng.random() < 0.5 else tenth(rng, 1.1, 12)
    mins = h * 60
    if mins.denominator != 1 or mins % 60 == 0:
        raise Redraw
    return pick(
        rng,
        f"what's {d(h)} hours in hours and minutes?",
        f"timesheet says {d(h)} h - how many hours and mins is that?",
    ), [hm(int(mins), False)]


@family
def hm_to_decimal(rng: random.Random) -> Made:
    h, m = rng.randint(1, 12), rng.choice([6, 12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
    v = h + F(m, 60)
    return pick(
        rng,
        f"{h} hours {m} minutes as decimal hours?",
        f"convert {h}h{m}m to decimal hours for my timesheet",
        f"I worked {h} hrs and {m} min, write it as a decimal number of hours",
    ), [num(v, 2)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        bytes_to_kb,
        seconds_to_hms,
        minutes_to_hours,
        hours_in_weeks,
        days_to_weeks_days,
        seconds_in_days,
        decimal_hours_to_hm,
        hm_to_decimal,
    )
]
