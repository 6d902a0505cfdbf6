"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 6: nautical miles, rain
and utility bills, date spans, time zones, shifts, data plans."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import (
    Made,
    Redraw,
    clock,
    d,
    day,
    family,
    hm,
    loose,
    num,
    pick,
    tenth,
)
from bench.data.agents.helpers import Family


def rdate(rng: random.Random, start: int = 2025) -> dt.date:
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randint(0, 700))


def said(when: dt.date, rng: random.Random) -> str:
    return rng.choice([when.strftime("%B %-d, %Y"), when.strftime("%-d %b %Y"), when.isoformat()])


@family
def nautical_miles(rng: random.Random) -> Made:
    nm = rng.randint(3, 900)
    v = nm * F("1.852")
    return pick(
        rng,
        f"{nm} nautical miles in km? (1 nmi = 1.852 km)",
        f"the ferry crossing is {nm} NM, how many kilometres?",
    ), [loose(v)]


@family
def cm_to_inches(rng: random.Random) -> Made:
    cm = tenth(rng, 5, 200)
    v = cm / F("2.54")
    return pick(
        rng,
        f"{d(cm)} cm in inches? 2 decimals (2.54 cm = 1 in)",
        f"picture frame is {d(cm)}cm wide, what's that in inches, 2dp? 1 in = 2.54 cm",
    ), [num(v, 2)]


@family
def speed_to_pace(rng: random.Random) -> Made:
    kmh = tenth(rng, 6, 20)
    per = F(3600) / kmh
    sec = round(per)
    if abs(per - sec) > F(45, 100):
        raise Redraw
    m, s = divmod(sec, 60)
    return pick(
        rng,
        f"treadmill at {d(kmh)} km/h - what pace per km is that? nearest second",
        f"convert {d(kmh)} kph to min/km pace (round to the second)",
    ), [
        [
            f"{m}:{s:02d}",
            f"{m}min{s}s",
            f"{m}m{s}s",
            f"{m}minutes{s}seconds",
            f"{m}minutesand{s}seconds",
            f"{m}min{s}sec",
        ]
    ]


@family
def roof_rain_litres(rng: random.Random) -> Made:
    area = rng.randint(20, 250)
    mm = tenth(rng, 1, 60)
    v = area * mm
    return pick(
        rng,
        f"{d(mm)} mm of rain on a {area} m² roof - how many litres can I collect (1 "
        f"mm on 1 m² = 1 L)?",
        f"roof area {area} sq m, rainfall {d(mm)}mm. litres of runoff? (1 mm × 1 m² = 1 litre)",
    ), [num(v, 1)]


@family
def water_bill_m3(rng: random.Random) -> Made:
    m3 = tenth(rng, 3, 60)
    price = F(rng.randint(120, 450), 100)
    v = m3 * price
    litres = m3 * 1000
    return pick(
        rng,
        f"used {d(litres)} litres of water this month at {d(price)} per cubic metre. "
        f"cost? 2 decimals",
        f"water costs ${d(price)}/m³. I used {d(litres)} L. how much is that?",
    ), [num(v, 2)]


@family
def gas_m3_to_kwh(rng: random.Random) -> Made:
    m3 = rng.randint(20, 400)
    cv = F(rng.choice(["39.2", "39.5", "39.8", "40.0", "38.9"]))
    v = m3 * F("1.02264") * cv / F("3.6")
    return pick(
        rng,
        f"gas bill: {m3} m³ used, volume correction 1.02264, calorific value {d(cv)} "
        f"MJ/m³. kWh = m³ x 1.02264 x CV / 3.6. how many kWh? 1 decimal",
        f"convert {m3} cubic metres of gas to kWh using correction factor 1.02264 and CV "
        f"{d(cv)}, divide by 3.6. one decimal",
    ), [num(v, 1)]


@family
def days_between(rng: random.Random) -> Made:
    a = rdate(rng)
    b = a + dt.timedelta(days=rng.randint(5, 600))
    n = (b - a).days
    return pick(
        rng,
        f"how many days from {said(a, rng)} to {said(b, rng)}?",
        f"number of days between {said(a, rng)} and {said(b, rng)} (not counting the first day)?",
    ), [num(n, 0)]


@family
def date_plus_days(rng: random.Random) -> Made:
    a = rdate(rng)
    n = rng.randint(10, 400)
    return pick(
        rng,
        f"what date is {n} days after {said(a, rng)}?",
        f"{said(a, rng)} + {n} days = ?",
        f"my warranty lasts {n} days from {said(a, rng)}. on what date does it end (that "
        f"many days later)?",
    ), [day(a + dt.timedelta(days=n))]


@family
def weekday_of_date(rng: random.Random) -> Made:
    a = rdate(rng)
    n = rng.randint(20, 500)
    b = a + dt.timedelta(days=n)
    return pick(
        rng,
        f"what date is {n} days after {said(a, rng)}, and what day of the week is it?",
        f"{said(a, rng)} plus {n} days: which date and which weekday?",
    ), [day(b), [b.strftime("%A")]]


@family
def age_in_days(rng: random.Random) -> Made:
    birth = dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))
    today = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    n = (today - birth).days
    return pick(
        rng,
        f"born {said(birth, rng)}, how many days old am I on {said(today, rng)}?",
        f"days alive from {said(birth, rng)} to {said(today, rng)}?",
    ), [num(n, 0)]


@family
def weeks_between(rng: random.Random) -> Made:
    a = rdate(rng)
    n = rng.randint(3, 80) * 7 + rng.randint(1, 6)
    b = a + dt.timedelta(days=n)
    w, r = divmod(n, 7)
    return pick(
        rng,
        f"how many weeks and days from {said(a, rng)} until {said(b, rng)}?",
        f"time from {said(a, rng)} to {said(b, rng)} in weeks plus days?",
    ), [
        [
            f"{w}weeksand{r}day",
            f"{w}weeks,{r}day",
            f"{w}weeks{r}day",
            f"{w}w{r}d",
            f"{w}weeks+{r}day",
        ]
    ]


@family
def meeting_timezone(rng: random.Random) -> Made:
    cities = [
        ("London", 0),
        ("New York", -5),
        ("Los Angeles", -8),
        ("Tokyo", 9),
        ("Berlin", 1),
        ("Dubai", 4),
        ("Sydney", 11),
        ("Chicago", -6),
        ("Singapore", 8),
        ("Sao Paulo", -3),
    ]
    (a, oa), (b, ob) = rng.sample(cities, 2)
    h, m = rng.randint(6, 21), rng.choice([0, 15, 30, 45])
    t = (h * 60 + m + (ob - oa) * 60) % 1440
    sg = lambda o: f"UTC{'+' if o >= 0 else '-'}{abs(o)}"  # noqa: E731
    return pick(
        rng,
        f"call at {h:02d}:{m:02d} in {a} ({sg(oa)}). what time is it in {b} ({sg(ob)})?",
        f"if it's {h}:{m:02d} in {a} ({sg(oa)}), what's the local time in {b} ({sg(ob)})? "
        f"ignore the date",
    ), [clock(*divmod(t, 60))]


@family
def shift_pay(rng: random.Random) -> Made:
    h0, m0 = rng.randint(6, 11), rng.choice([0, 15, 30, 45])
    length = rng.randint(5 * 4, 10 * 4) * 15
    brk = rng.choice([0, 15, 30, 45, 60])
    rate = F(rng.randint(1100, 3500), 100)
    end = h0 * 60 + m0 + length
    paid = length - brk
    v = F(paid, 60) * rate
    return pick(
        rng,
        f"worked {h0}:{m0:02d} to {end // 60}:{end % 60:02d} with a {brk} min unpaid "
        f"break at {d(rate)}/hour. pay? 2 decimals",
        f"shift {h0:02d}:{m0:02d}-{end // 60:02d}:{end % 60:02d}, unpaid break {brk} "
        f"minutes, hourly rate ${d(rate)}. How much did I earn, to the cent?",
    ), [num(v, 2)]


@family
def weekly_hours(rng: random.Random) -> Made:
    shifts = [
        (
            rng.randint(7, 10),
            rng.choice([0, 15, 30, 45]),
            rng.randint(5, 10) * 60 + rng.choice([0, 15, 30, 45]),
        )
        for _ in range(rng.randint(3, 5))
    ]
    total = sum(s[2] for s in shifts)
    desc = "; ".join(
        f"{h}:{m:02d}-{(h * 60 + m + L) // 60}:{(h * 60 + m + L) % 60:02d}" for h, m, L in shifts
    )
    return pick(
        rng,
        f"my shifts this week: {desc}. total hours worked?",
        f"add up these shifts (no breaks): {desc}",
    ), [hm(total)]


@family
def screen_time_week(rng: random.Random) -> Made:
    h, m = rng.randint(1, 8), rng.randint(1, 59)
    days = rng.choice([7, 30, 365])
    tot = (h * 60 + m) * days
    return pick(
        rng,
        f"daily screen time average {h}h {m}m. how many hours is that over {days} days? 1 decimal",
        f"{h} hours {m} minutes a day on my phone - total hours in {days} days (1 dp)?",
    ), [num(F(tot, 60), 1)]


@family
def data_plan_days(rng: random.Random) -> Made:
    cap = rng.choice([5, 10, 15, 20, 30, 50])
    used = tenth(rng, 0.5, cap - 0.5)
    per_day = F(rng.randint(15, 250), 100)
    v = int((cap - used) / per_day)
    return pick(
        rng,
        f"{cap} GB plan, used {d(used)} GB so far. at {d(per_day)} GB/day, how many "
        f"full days until I run out?",
        f"monthly cap {cap} GB, {d(used)} GB already used; I use {d(per_day)} GB a day. "
        f"how many whole days will the rest last?",
    ), [num(v, 0)]


@family
def streaming_hours(rng: random.Random) -> Made:
    cap = rng.randint(5, 100)
    rate = rng.choice([F("0.7"), F(1), F(3), F("1.5"), F(7), F("2.5")])
    v = cap / rate
    return pick(
        rng,
        f"video streaming uses {d(rate)} GB per hour. hours of video on {cap} GB? 1 decimal",
        f"how many hours can I stream with {cap}GB if it's {d(rate)}GB an hour (1 dp)?",
    ), [num(v, 1)]


@family
def video_card_minutes(rng: random.Random) -> Made:
    gb = rng.choice([32, 64, 128, 256, 512])
    mbps = rng.choice([50, 60, 100, 150, 200, 400])
    v = F(gb * 8000, mbps * 60)
    return pick(
        rng,
        f"camera records 4K at {mbps} Mbps. how many minutes fit on a {gb} GB card? "
        f"(1 GB = 8000 Mb) 1 decimal",
        f"{gb}GB card, bitrate {mbps} megabits/s - recording minutes (1 dp, 1 GB = 8,000 "
        f"megabits)?",
    ), [num(v, 1)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        nautical_miles,
        cm_to_inches,
        speed_to_pace,
        roof_rain_litres,
        water_bill_m3,
        gas_m3_to_kwh,
        days_between,
        date_plus_days,
        weekday_of_date,
        age_in_days,
        weeks_between,
        meeting_timezone,
        shift_pay,
        weekly_hours,
        screen_time_week,
        data_plan_days,
        streaming_hours,
        video_card_minutes,
    )
]
