"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: temperatures and speeds — fevers,
fridges, ovens, sugar work, paces and wind — plus money and calendar sums."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_health_2 import a_day, count, day_forms, say, say_day
from bench.data.agents.heldout16_units import (
    DEG_C,
    DEG_F,
    KMH,
    MILE,
    MPH,
    calc,
    clock,
    conv,
    families,
    num,
    show,
)
from bench.data.agents.heldout16_units_3 import cur, money
from bench.data.agents.helpers import Family, Item

F = Fraction


# --- temperature --------------------------------------------------------------------------

def fever_f(r: random.Random) -> Item | None:  # body temperature in °C to °F
    c = F(r.randint(355, 410), 10)
    return conv(f"kid's temp is {show(c)}°C, what's that in F? the pediatrician's sheet uses F",
                c * F(9, 5) + 32, *DEG_F, dp=1)


def fever_c(r: random.Random) -> Item | None:  # body temperature in °F to °C
    f = F(r.randint(960, 1050), 10)
    return conv(f"Thermometer reads {show(f)} F. Convert to Celsius please", (f - 32) * F(5, 9),
                *DEG_C, dp=1)


def fridge_f(r: random.Random) -> Item | None:  # a fridge setting in °C to °F
    c = r.randint(-22, 8)
    return conv(f"set the freezer/fridge to {c} °C — what would that be in Fahrenheit?",
                c * F(9, 5) + 32, *DEG_F, dp=1)


def sugar_c(r: random.Random) -> Item | None:  # candy thermometer °F to °C
    f = r.choice([223, 235, 240, 245, 250, 265, 270, 290, 300, 310, 320, 338, 350])
    return conv(f"Caramel recipe: heat the sugar to {f}°F. My thermometer is Celsius only.",
                (f - 32) * F(5, 9), *DEG_C, dp=1)


def lab_kelvin(r: random.Random) -> Item | None:  # °C to kelvin
    c = F(r.randint(-1960, 1000), 10)
    return conv(f"{show(c)} degrees celsius in kelvin?", c + F("273.15"), "K", "kelvin", dp=2)


def pool_water_c(r: random.Random) -> Item | None:  # water temperature °F to °C
    f = r.randint(68, 90)
    return conv(f"The hotel says the pool is heated to {f} degrees F. Is that warm? What is "
                "it in C?", (f - 32) * F(5, 9), *DEG_C, dp=1)


def temp_swing(r: random.Random) -> Item | None:  # a temperature difference in °C to °F
    d = r.randint(6, 25)
    return conv(f"temperature dropped by {d} degrees celsius overnight. how big a drop is that "
                "in fahrenheit degrees?", d * F(9, 5), *DEG_F, "Fahrenheit degrees", dp=1)


# --- speed --------------------------------------------------------------------------------

def pace_mile(r: random.Random) -> Item | None:  # pace per km to pace per mile
    sec = r.randint(240, 420)
    per_mile = F(sec) * MILE / 1000
    s = num(per_mile, 0)
    if s is None:
        return None
    t = int(s[0].replace(",", ""))
    forms = [f"{t // 60}:{t % 60:02d}", f"{t // 60} min {t % 60} s", f"{t // 60}m {t % 60}s",
             f"{t // 60} minutes {t % 60} seconds", f"{t // 60}:{t % 60:02d} per mile"]
    return calc(f"ran at {sec // 60}:{sec % 60:02d} per km. what's my pace per mile "
                "(nearest second)?", forms)


def kmh_ms(r: random.Random) -> Item | None:  # km/h to m/s
    kmh = r.randint(20, 300)
    return conv(f"What is {kmh} km/h in metres per second?", F(kmh, F(36, 10)), "m/s",
                "metres per second", "meters per second")


def knots_kmh(r: random.Random) -> Item | None:  # wind in knots to km/h
    kn = r.randint(8, 60)
    return conv(f"marine forecast: winds {kn} knots. km/h?", kn * F(1852, 1000), *KMH)


def mph_kmh_train(r: random.Random) -> Item | None:  # mph to km/h
    mph = r.choice([79, 88, 100, 110, 125, 140, 186, 200])
    return conv(f"Train's top speed is {mph} mph, how fast in km per hour?", mph * MILE / 1000,
                *KMH)


def serve_mph(r: random.Random) -> Item | None:  # km/h to mph (a tennis serve)
    kmh = r.randint(150, 250)
    return conv(f"The radar clocked her serve at {kmh} km/h — in mph that's?", kmh * 1000 / MILE,
                *MPH)


def mach_kmh(r: random.Random) -> Item | None:  # metres per second to km/h
    ms = r.randint(3, 95)
    return conv(f"{ms} m/s in km/h", F(ms * 36, 10), *KMH)


# --- money and time -----------------------------------------------------------------------

def tip_split(r: random.Random) -> Item | None:  # bill plus tip split evenly
    bill, tip, people = F(r.randint(3000, 30000), 100), r.choice([10, 12, 15, 18, 20]), \
        r.randint(2, 8)
    return calc(f"dinner bill ${show(bill)}, adding {tip}% tip, {people} of us. each pays?",
                money(bill * (100 + tip) / 100 / people, "$", "dollars"))


def discount(r: random.Random) -> Item | None:  # sale price after a percent off
    price, off = F(r.randint(1500, 40000), 100), r.choice([10, 15, 20, 25, 30, 35, 40, 50, 60])
    symbol, words = cur(r)
    return calc(f"jacket was {symbol}{show(price)}, now {off}% off. what do i pay?",
                money(price * (100 - off) / 100, symbol, *words))


def weekly_pay(r: random.Random) -> Item | None:  # shifts times hourly rate
    shifts, hours, rate = r.randint(2, 6), F(r.choice([4, 5, 6, 7, 8, 9, 15, 17]), 2) * 1, \
        F(r.randint(1100, 3200), 100)
    symbol, words = cur(r)
    return calc(f"{shifts} shifts of {show(hours)} hours at {symbol}{show(rate)} an hour — "
                "this week's pay before tax?", money(shifts * hours * rate, symbol, *words))


def save_weeks(r: random.Random) -> Item | None:  # weeks to save a target (round up)
    target, per = r.randint(150, 3000), r.choice([15, 20, 25, 30, 40, 50, 60, 75])
    if target % per == 0:
        return None
    return calc(f"saving {per} a week for something that costs {target}. how many weeks until "
                "i can buy it?", count(math.ceil(target / per), "weeks"))


def book_days(r: random.Random) -> Item | None:  # days to finish a book
    pages, done, per = r.randint(250, 900), r.randint(20, 200), r.choice([15, 20, 25, 30, 40])
    left = pages - done
    if left % per == 0:
        return None
    return calc(f"book has {pages} pages, I've read {done}. At {per} pages a day, how many "
                "days to finish? (a part day counts)", count(math.ceil(left / per), "days"))


def days_until(r: random.Random) -> Item | None:  # days between two dates
    start, gap = a_day(r), r.randint(10, 300)
    end = start + datetime.timedelta(days=gap)
    return calc(f"how many days from {say_day(start)} to {say_day(end)}?", count(gap, "days"))


def date_plus(r: random.Random) -> Item | None:  # a date some weeks later
    start, weeks = a_day(r), r.randint(2, 20)
    return calc(f"Booster is due {weeks} weeks after {say_day(start)}. Which date is that?",
                day_forms(start + datetime.timedelta(weeks=weeks)))


def meeting_zone(r: random.Random) -> Item | None:  # a meeting time in another time zone
    t, shift = r.randrange(420, 1140, 15), r.choice([-8, -7, -6, -5, -4, 1, 2, 3, 5, 8, 9])
    way = "ahead" if shift > 0 else "behind"
    return calc(f"call is at {say(t, r)} my time. my client is {abs(shift)} hours {way}. what "
                "time is it for them?", clock(t + shift * 60))


FAMILIES: list[tuple[Family, int]] = families(
    fever_f, fever_c, fridge_f, sugar_c, lab_kelvin, pool_water_c, temp_swing, pace_mile,
    kmh_ms, knots_kmh, mph_kmh_train, serve_mph, mach_kmh, tip_split, discount, weekly_pay,
    save_weeks, book_days, days_until, date_plus, meeting_zone)
