"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 3: data sizes, time
spans, fuel economy, currency at a stated rate and cooking measures."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import (
    GAL,
    MILE,
    F,
    Redraw,
    dec,
    fam,
    hm,
    near,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family

UK_GAL = F("4.54609")
CUR = [("EUR", "USD", "€", "$"), ("USD", "EUR", "$", "€"), ("GBP", "EUR", "£", "€"),
       ("USD", "JPY", "$", "¥"), ("EUR", "GBP", "€", "£"), ("CAD", "USD", "C$", "$"),
       ("AUD", "NZD", "A$", "NZ$"), ("GBP", "USD", "£", "$")]


BASE = {("EUR", "USD"): 1.17, ("USD", "EUR"): 0.85, ("GBP", "EUR"): 1.15, ("USD", "JPY"): 150,
        ("EUR", "GBP"): 0.87, ("CAD", "USD"): 0.72, ("AUD", "NZD"): 1.1, ("GBP", "USD"): 1.34}


def _rate(rng: random.Random, a: str, b: str, places: int = 2) -> F:
    """A plausible stated rate near today's for the pair (the request states it)."""
    base = BASE[(a, b)]
    places = 1 if base > 10 else places
    return dec(rng, base * 0.93, base * 1.07, places)


@fam
def photos_on_card(rng: random.Random) -> Any:
    gb, mb = rng.choice([16, 32, 64, 128, 256, 512]), dec(rng, 1.5, 25, 1)
    n = F(gb * 1000) / mb
    text = pick(rng, f"How many {show(mb)} MB photos fit on a {gb} GB card? (1 GB = 1000 MB)",
                f"{gb}GB sd card, each raw file is {show(mb)}MB - how many files fit? use 1000 MB "
                "per GB, whole files only")
    return text, whole(int(n))


@fam
def gib_to_mib(rng: random.Random) -> Any:
    gib = dec(rng, 0.5, 64, 1)
    text = pick(rng, f"{show(gib)} GiB is how many MiB?",
                f"convert {show(gib)} GiB to MiB (1 GiB = 1024 MiB)")
    return text, num(gib * 1024, 1)


@fam
def gb_to_gib(rng: random.Random) -> Any:
    gb = rng.choice([128, 250, 256, 480, 500, 512, 960, 1000, 2000, 4000, 8000, 16, 32, 64])
    gb += rng.choice([0, 0, 12, 40])
    text = pick(rng, f"My drive is sold as {gb} GB (decimal). How many GiB will the OS show? 2 dp",
                f"{gb} GB (10^9 bytes) in GiB (2^30 bytes)? round to 2 decimals")
    return text, num(F(gb * 10**9, 2**30), 2)


@fam
def download_time(rng: random.Random) -> Any:
    gb, mbps = dec(rng, 0.5, 120, 1), rng.choice([10, 20, 25, 50, 75, 100, 150, 200, 300, 500])
    secs = gb * 8000 / mbps
    if secs.denominator != 1:
        raise Redraw
    mins = secs / 60
    if mins.denominator != 1:
        raise Redraw
    text = pick(rng, f"how long to download a {show(gb)} GB game on a {mbps} Mbps connection? "
                     "(1 GB = 8000 megabits, assume full speed)",
                f"Download {show(gb)} GB at {mbps} Mbit/s - time in hours and minutes? "
                "Use 1 GB = 8,000 Mb.")
    return text, hm(int(mins))


@fam
def download_minutes(rng: random.Random) -> Any:
    mb, mbps = rng.randint(200, 9000), rng.randint(8, 400)
    mins = F(mb * 8, mbps * 60)
    text = pick(rng, f"file is {mb} MB, my speed is {mbps} Mbps. how many minutes to download? "
                     "2 decimals (8 bits per byte)",
                f"At {mbps} megabits per second, how many minutes does a {mb} megabyte file take?"
                " Round to 2 dp.")
    return text, num(mins, 2)


@fam
def streaming_data(rng: random.Random) -> Any:
    gbh, hours = dec(rng, 0.3, 7, 1), rng.randint(2, 60)
    text = pick(rng, f"Streaming uses {show(gbh)} GB per hour. I watch {hours} hours a month, how "
                     "many GB is that?",
                f"{hours} h of video at {show(gbh)} GB/h = how many gigabytes?")
    return text, num(gbh * hours, 1)


@fam
def mbps_to_mbs(rng: random.Random) -> Any:
    mbps = rng.randint(10, 2000)
    text = pick(rng, f"{mbps} Mbps is how many MB/s? (8 bits = 1 byte) 2 dp",
                f"My internet is {mbps} megabits/s. In megabytes per second that's? round to 2")
    return text, num(F(mbps, 8), 2)


@fam
def songs_storage(rng: random.Random) -> Any:
    kbps, mins = rng.choice([128, 192, 256, 320]), dec(rng, 2.5, 5, 1)
    gb = rng.choice([4, 8, 16, 32])
    size_mb = F(kbps, 8) * mins * 60 / 1000
    n = F(gb * 1000) / size_mb
    text = pick(rng, f"Songs are {kbps} kbps MP3s averaging {show(mins)} minutes. How many fit on "
                     f"{gb} GB? (1 GB = 1000 MB, 1 MB = 1000 kB, 8 bits per byte) whole songs",
                f"{gb} GB player, {kbps} kbit/s tracks, {show(mins)} min each: how many tracks fit?"
                " (decimal units, 8 bits/byte, whole tracks)")
    return text, whole(int(n))


@fam
def seconds_to_hms(rng: random.Random) -> Any:
    s = rng.randint(3700, 86000)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    text = pick(rng, f"How long is {s:,} seconds in hours, minutes and seconds?",
                f"convert {s} s to h:mm:ss")
    return text, [f"{h}:{m:02d}:{sec:02d}", f"{h}h{m}m{sec}s", f"{h}h{m}min{sec}s",
                  f"{h}hours,{m}minutesand{sec}seconds", f"{h}hours{m}minutes{sec}seconds",
                  f"{h}hours,{m}minutes,and{sec}seconds", f"{h}hours,{m}minutes,{sec}seconds",
                  f"{h}hr{m}min{sec}sec", f"{h}h{m}min{sec}sec"]


@fam
def minutes_to_hours(rng: random.Random) -> Any:
    mins = rng.randint(61, 1400)
    if mins % 60 == 0:
        raise Redraw
    text = pick(rng, f"{mins} minutes is how many hours and minutes?",
                f"The movie marathon lasts {mins} min. How long is that in h and min?")
    return text, hm(mins)[:-2]


@fam
def days_to_weeks(rng: random.Random) -> Any:
    d = rng.randint(15, 400)
    w, r = divmod(d, 7)
    if r == 0:
        raise Redraw
    text = pick(rng, f"{d} days = how many weeks and days?",
                f"How many full weeks and leftover days are in {d} days?")
    return text, [f"{w}weeksand{r}day", f"{w}weeks{r}day", f"{w}weeks,{r}day", f"{w}w{r}d"]


@fam
def hours_in_period(rng: random.Random) -> Any:
    weeks, per_day, days = rng.randint(2, 52), dec(rng, 0.5, 9, 1), rng.randint(1, 7)
    text = pick(rng, f"If I practise {show(per_day)} hours a day, {days} days a week for {weeks} "
                     "weeks, how many hours total?",
                f"{show(per_day)} h/day x {days} days/week x {weeks} weeks = ? hours")
    return text, num(per_day * days * weeks, 1)


@fam
def age_in_days(rng: random.Random) -> Any:
    years, extra = rng.randint(1, 90), rng.randint(0, 300)
    text = pick(rng, f"About how many days is {years} years and {extra} days, counting a year as "
                     "365.25 days? round to whole days",
                f"{years} years + {extra} days in days (use 365.25 d per year, nearest day)")
    return text, num(years * F("365.25") + extra, 0)


@fam
def seconds_in_weeks(rng: random.Random) -> Any:
    w = rng.randint(2, 60)
    text = pick(rng, f"how many seconds are there in {w} weeks?",
                f"Number of seconds in {w} weeks?")
    return text, whole(w * 7 * 86400)


@fam
def mpg_to_l100(rng: random.Random) -> Any:
    mpg = rng.randint(15, 70)
    us = rng.random() < 0.5
    gal = GAL if us else UK_GAL
    kind = "US" if us else "UK"
    l100 = 100 * gal / (mpg * MILE)
    text = pick(rng, f"My car does {mpg} mpg ({kind} gallons). What's that in L/100 km? 2 dp",
                f"convert {mpg} miles per {kind} gallon to litres per 100 km, 2 decimals")
    return text, num(l100, 2)


@fam
def l100_to_mpg(rng: random.Random) -> Any:
    l100 = dec(rng, 3.5, 15, 1)
    us = rng.random() < 0.5
    gal = GAL if us else UK_GAL
    kind = "US" if us else "imperial"
    mpg = 100 * gal / (l100 * MILE)
    text = pick(rng, f"{show(l100)} L/100km in mpg ({kind})? 1 decimal",
                f"The rental says {show(l100)} litres per 100 km. How many {kind} mpg is that "
                f"(1 dp)?")
    return text, num(mpg, 1)


@fam
def kml_to_l100(rng: random.Random) -> Any:
    kml = dec(rng, 6, 30, 1)
    text = pick(rng, f"my scooter does {show(kml)} km per litre. what is that in L/100 km? 2 dp",
                f"convert {show(kml)} km/L into litres per 100 km (2 decimals)")
    return text, num(100 / kml, 2)


@fam
def fuel_for_trip(rng: random.Random) -> Any:
    km, l100 = rng.randint(40, 1500), dec(rng, 4, 12, 1)
    text = pick(rng, f"I'm driving {km} km and my car uses {show(l100)} L/100km. How many litres "
                     "will I need?",
                f"fuel needed for a {km} km trip at {show(l100)} litres per 100 km?")
    return text, num(km * l100 / 100, 2)


@fam
def trip_fuel_cost(rng: random.Random) -> Any:
    mi, mpg, price = rng.randint(30, 900), rng.randint(18, 55), dec(rng, 2.8, 5.9, 2)
    cost = F(mi, mpg) * price
    text = pick(rng, f"Road trip of {mi} miles, car gets {mpg} mpg, gas is ${show(price)}/gal. "
                     "Fuel cost?",
                f"how much will gas cost for {mi} mi if I get {mpg} miles per gallon and it's "
                f"{show(price)} a gallon")
    return text, num(cost, 2)


@fam
def range_on_tank(rng: random.Random) -> Any:
    tank, l100 = rng.randint(35, 80), dec(rng, 4, 11, 1)
    text = pick(rng, f"{tank} L tank, {show(l100)} L/100 km. How far can I go on a full tank? "
                     "nearest km",
                f"What's my range in km with a {tank}-litre tank at {show(l100)} l/100km? "
                "(whole km)")
    return text, num(F(tank * 100) / l100, 0)


@fam
def fuel_used_economy(rng: random.Random) -> Any:
    km, litres = rng.randint(200, 900), dec(rng, 15, 70, 1)
    text = pick(rng, f"I drove {km} km and filled up {show(litres)} L. What was my consumption "
                     "in L/100 km? 2 dp",
                f"{show(litres)} litres for {km} km - L/100km to 2 decimals?")
    return text, num(litres * 100 / km, 2)


@fam
def currency_convert(rng: random.Random) -> Any:
    a, b, sa, _sb = rng.choice(CUR)
    rate = _rate(rng, a, b)
    amt = dec(rng, 5, 2500, rng.choice([0, 2]))
    text = pick(rng, f"How much is {sa}{show(amt)} in {b} if 1 {a} = {show(rate)} {b}?",
                f"convert {show(amt)} {a} to {b}, rate 1 {a} = {show(rate)} {b}",
                f"i have {show(amt)} {a}. at {show(rate)} {b} per {a}, how much {b} do i get?")
    got = amt * rate
    # yen have no cents: a whole-yen figure is a legitimate answer too
    extra = whole(round(got)) if b == "JPY" and not near(got, 0) else []
    return text, num(got, 2) + extra


@fam
def currency_back(rng: random.Random) -> Any:
    a, b, _sa, sb = rng.choice(CUR[:3] + CUR[4:])
    rate = _rate(rng, a, b)
    price = dec(rng, 10, 900, rng.choice([0, 2]))
    text = pick(rng, f"Something costs {sb}{show(price)}. With 1 {a} = {show(rate)} {b}, what is "
                     f"that in {a}?",
                f"{show(price)} {b} in {a}? (1 {a} = {show(rate)} {b}) 2 decimals")
    return text, num(price / rate, 2)


@fam
def currency_with_fee(rng: random.Random) -> Any:
    a, b, sa, _sb = rng.choice(CUR[:3])
    rate, fee = _rate(rng, a, b, 3), rng.choice([1, F(3, 2), 2, F(5, 2), 3])
    amt = rng.randint(50, 3000)
    got = amt * (1 - fee / 100) * rate
    # rounding the fee to the cent before converting must not change the answer
    if near(amt * fee / 100, 2):
        raise Redraw
    net = amt - F(round(amt * fee), 100)
    if num(net * rate, 2)[0] != num(got, 2)[0]:
        raise Redraw
    text = pick(rng, f"Exchanging {amt} {a} to {b}: the booth takes {show(fee)}% fee first, then "
                     f"converts at 1 {a} = {show(rate)} {b}. How much {b} do I get?",
                f"I change {sa}{amt} into {b}. Rate 1 {a} = {show(rate)} {b}, commission "
                f"{show(fee)}% taken off "
                f"the {a} amount before converting. What do I receive?")
    return text, num(got, 2)


@fam
def cheaper_abroad(rng: random.Random) -> Any:
    usd, rate = rng.randint(200, 1500), dec(rng, 1.05, 1.25, 2)
    eur = int(usd / rate * F(rng.randint(85, 115), 100))
    diff = usd - eur * rate
    if abs(diff) < 1:
        raise Redraw
    text = pick(rng, f"A laptop is ${usd} in the US or €{eur} in Spain. At 1 EUR = {show(rate)} "
                     "USD, how many dollars cheaper is the cheaper one?",
                f"US price {usd} USD, EU price {eur} EUR, 1 EUR = {show(rate)} USD. Difference "
                "in USD?")
    return text, num(abs(diff), 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    photos_on_card, gib_to_mib, gb_to_gib, download_time, download_minutes, streaming_data,
    mbps_to_mbs, songs_storage, seconds_to_hms, minutes_to_hours, days_to_weeks,
    hours_in_period, age_in_days, seconds_in_weeks, mpg_to_l100, l100_to_mpg, kml_to_l100,
    fuel_for_trip, trip_fuel_cost, range_on_tank, fuel_used_economy, currency_convert,
    currency_back, currency_with_fee, cheaper_abroad)]
