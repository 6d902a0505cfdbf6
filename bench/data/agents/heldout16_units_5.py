"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: quantities at school, work and on
the road — metric prefixes, prices per unit, shipping, small-business sums, hikes, pools,
events, and energy at home."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_health_2 import count, say
from bench.data.agents.heldout16_units import (
    LB,
    US_GAL,
    calc,
    conv,
    duration,
    families,
    show,
    units,
)
from bench.data.agents.heldout16_units_3 import cur, money
from bench.data.agents.helpers import Family, Item

F = Fraction
KGS = ("kg", "kilograms", "kilos")


# --- metric prefixes (homework) -----------------------------------------------------------

def km_cm(r: random.Random) -> Item | None:  # km to cm
    km = F(r.randint(11, 990), 100)
    n = km * 100000
    return calc(f"homework q: convert {show(km)} km into centimetres", units(n, ("cm",
                                                                               "centimetres",
                                                                               "centimeters"),
                                                                          0))


def m_mm(r: random.Random) -> Item | None:  # metres to millimetres
    m = F(r.randint(101, 9999), 1000)
    return conv(f"How many millimetres in {show(m)} m?", m * 1000, "mm", "millimetres",
                "millimeters", dp=0)


def ml_l(r: random.Random) -> Item | None:  # millilitres to litres
    ml = r.randint(120, 9800)
    return conv(f"{ml} mL as litres?", F(ml, 1000), "L", "litres", "liters", dp=3)


def g_kg(r: random.Random) -> Item | None:  # grams to kilograms
    g = r.randint(50, 25000)
    return conv(f"{g:,} g = ? kg", F(g, 1000), *KGS, dp=3)


def cl_ml(r: random.Random) -> Item | None:  # centilitres to millilitres
    cl = r.choice([2, 4, 5, 20, 25, 33, 37, 50, 70, 75, 100, 150])
    return conv(f"bottle says {cl} cl — how many ml?", F(cl * 10), "ml", "mL", "millilitres",
                "milliliters", dp=0)


def tonnes_kg(r: random.Random) -> Item | None:  # tonnes to kilograms
    t = F(r.randint(5, 400), 10)
    return conv(f"the trailer's max is {show(t)} tonnes. that's how many kg?", t * 1000, *KGS,
                dp=0)


# --- prices per unit ----------------------------------------------------------------------

def per_lb_kg(r: random.Random) -> Item | None:  # price per pound to per kilogram
    price = F(r.randint(99, 1999), 100)
    return calc(f"Steak is ${show(price)}/lb. What's that per kg?",
                money(price / LB, "$", "dollars", "per kg"))


def per_kg_lb(r: random.Random) -> Item | None:  # price per kilogram to per pound
    price = F(r.randint(150, 4500), 100)
    symbol, words = cur(r)
    return calc(f"cheese at {symbol}{show(price)} per kg — how much per pound?",
                money(price * LB, symbol, *words))


def gal_to_litre(r: random.Random) -> Item | None:  # $/US gallon to $/litre
    price = F(r.randint(259, 599), 100)
    return calc(f"gas is ${show(price)} a gallon in the US. what is that per litre?",
                money(price / US_GAL, "$", "dollars"))


def litre_to_gal(r: random.Random) -> Item | None:  # price per litre to per US gallon
    price = F(r.randint(120, 230), 100)
    symbol, words = cur(r)
    return calc(f"Diesel is {symbol}{show(price)}/L here. What would that be per US gallon?",
                money(price * US_GAL, symbol, *words))


def per_unit(r: random.Random) -> Item | None:  # price per item in a multipack
    price, n = F(r.randint(199, 2999), 100), r.choice([4, 6, 8, 10, 12, 15, 18, 24, 30])
    symbol, words = cur(r)
    return calc(f"pack of {n} for {symbol}{show(price)}. how much is that per item?",
                money(price / n, symbol, *words))


# --- shipping and business ----------------------------------------------------------------

def vol_weight(r: random.Random) -> Item | None:  # courier volumetric weight
    a, b, c = r.randint(20, 80), r.randint(15, 60), r.randint(10, 50)
    div = r.choice([5000, 6000])
    return calc(f"box is {a} x {b} x {c} cm. courier uses volumetric weight = L×W×H/{div}. "
                "what's the volumetric weight in kg?", units(F(a * b * c, div), KGS, 2))


def box_cuft(r: random.Random) -> Item | None:  # box in inches to cubic feet
    a, b, c = r.randint(10, 48), r.randint(8, 30), r.randint(6, 30)
    return conv(f"Moving box: {a} in × {b} in × {c} in. How many cubic feet?",
                F(a * b * c, 1728), "cu ft", "cubic feet", "ft³", "ft3")


def markup(r: random.Random) -> Item | None:  # selling price from cost and markup
    cost, pct = F(r.randint(200, 9000), 100), r.choice([20, 25, 30, 35, 40, 50, 60, 75, 100])
    symbol, words = cur(r)
    return calc(f"I buy candles at {symbol}{show(cost)} each and add {pct}% markup. Selling "
                "price?", money(cost * (100 + pct) / 100, symbol, *words))


def margin(r: random.Random) -> Item | None:  # gross margin percent
    cost, price = r.randint(3, 60), r.randint(8, 120)
    if price <= cost:
        return None
    return calc(f"cost {cost}, sell for {price}. what's my gross margin as a percentage of the "
                "price?", units(F(price - cost, price) * 100, ("%", "percent"), 1))


def ex_vat(r: random.Random) -> Item | None:  # price before VAT from a VAT-inclusive price
    price, vat = F(r.randint(500, 50000), 100), r.choice([5, 10, 15, 19, 20, 21, 23, 25])
    symbol, words = cur(r)
    return calc(f"invoice total {symbol}{show(price)} including {vat}% VAT. what's the amount "
                "before VAT?", money(price * 100 / (100 + vat), symbol, *words))


def annual_pay(r: random.Random) -> Item | None:  # hourly rate to a year's pay
    rate, hours, weeks = F(r.randint(1200, 4500), 100), r.choice([20, 25, 30, 35, 37, 40]), \
        r.choice([46, 48, 50, 52])
    symbol, words = cur(r)
    return calc(f"{symbol}{show(rate)}/hour, {hours} hours a week, {weeks} weeks a year. "
                "Annual pay?", money(rate * hours * weeks, symbol, *words))


def hourly_rate(r: random.Random) -> Item | None:  # salary to an hourly rate
    salary, hours = r.randrange(24000, 120000, 500), r.choice([35, 37, 38, 40])
    symbol, words = cur(r)
    return calc(f"salary {symbol}{salary:,} a year, {hours}h weeks, 52 weeks. what's that per "
                "hour?", money(F(salary, hours * 52), symbol, *words))


def office_coffee(r: random.Random) -> Item | None:  # kg of beans for the office
    cups, days, g = r.randint(10, 60), r.choice([5, 20, 21, 22]), r.choice([7, 8, 10, 12, 15])
    return calc(f"office drinks {cups} cups a day, {days} working days, {g} g of beans per cup. "
                "how many kg of beans?", units(F(cups * days * g, 1000), KGS, 2))


def wine_bottles(r: random.Random) -> Item | None:  # bottles for a party (rounded up)
    guests, glasses, per = r.randint(12, 150), r.choice([2, 3]), r.choice([5, 6])
    need = F(guests * glasses, per)
    if need.denominator == 1:
        return None
    return calc(f"{guests} guests, {glasses} glasses of wine each, {per} glasses per bottle. "
                "how many bottles should I buy?", count(math.ceil(need), "bottles"))


def dozens(r: random.Random) -> Item | None:  # eggs to dozens
    eggs = r.randint(13, 200)
    return calc(f"we collected {eggs} eggs this month. how many dozen is that? (decimal)",
                units(F(eggs, 12), ("dozen",), 2, bare=True))


def carpet_cost(r: random.Random) -> Item | None:  # carpet cost by area
    a, b, price = F(r.randint(25, 70), 10), F(r.randint(20, 60), 10), F(r.randint(899, 4999),
                                                                         100)
    symbol, words = cur(r)
    return calc(f"Room is {show(a)} m by {show(b)} m and carpet is {symbol}{show(price)} per m². "
                "Cost?", money(a * b * price, symbol, *words))


# --- time and words -----------------------------------------------------------------------

def speech_time(r: random.Random) -> Item | None:  # speaking time from words and pace
    words, wpm = r.randrange(400, 4000, 50), r.choice([120, 130, 140, 150])
    return calc(f"my best man speech is {words} words. at {wpm} words a minute, how long is "
                "it?", duration(F(words, wpm)))


def read_time(r: random.Random) -> Item | None:  # reading time from words and speed
    words, wpm = r.randrange(1500, 90000, 500), r.choice([200, 225, 238, 250, 300])
    return calc(f"The report is {words:,} words; I read about {wpm} wpm. Reading time?",
                duration(F(words, wpm)))


def commute_year(r: random.Random) -> Item | None:  # hours a year spent commuting
    mins, days = r.choice([25, 35, 40, 45, 50, 70, 80, 90, 100, 120]), r.choice([200, 220, 230,
                                                                                 240])
    return calc(f"my commute is {mins} minutes a day (both ways), {days} days a year. how many "
                "hours a year?", units(F(mins * days, 60), ("hours", "h", "hrs"), 1,
                                       bare=True))


def flight_length(r: random.Random) -> Item | None:  # real flight time across zones
    dep, real, shift = r.randrange(360, 1200, 5), r.randrange(70, 720, 5), r.choice(
        [-8, -6, -5, -3, -2, 1, 2, 3, 5, 7, 9])
    arr = dep + real + shift * 60
    way = "ahead of" if shift > 0 else "behind"
    return calc(f"Departed {say(dep, r)} home time, landed {say(arr, r)} local time. Local time "
                f"is {abs(shift)} hours {way} home. How long was the flight?",
                duration(F(real)))


def lap_speed(r: random.Random) -> Item | None:  # speed from a lap time
    dist, secs = r.choice([200, 400, 800, 1000]), r.randint(30, 300)
    if not 8 <= dist / secs * 3.6 <= 40:
        return None
    return calc(f"ran {dist} m in {secs // 60}:{secs % 60:02d}. what's that in km/h?",
                units(F(dist * 36, secs * 10), ("km/h", "kph", "kilometres per hour",
                                                "kilometers per hour"), 2))


def naismith(r: random.Random) -> Item | None:  # Naismith's rule hiking time
    km, climb = r.randint(6, 30), r.randrange(200, 1800, 50)
    return calc(f"hike is {km} km with {climb} m of ascent. Naismith's rule: 5 km/h plus 1 hour "
                "per 600 m of climb. estimated time?", duration(F(km * 60, 5) + F(climb, 10)))


def pool_lengths(r: random.Random) -> Item | None:  # lengths for a distance
    km, pool = r.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3), F(4),
                         F(5)]), r.choice([25, 50])
    metres = km * 1000
    if metres < pool or (metres / pool).denominator != 1:
        return None
    return calc(f"want to swim {show(km)} km in a {pool} m pool. how many lengths?",
                count(int(metres / pool), "lengths"))


def track_laps(r: random.Random) -> Item | None:  # laps of a 400 m track
    km = r.choice([F(2), F(3), F(4), F(5), F(6), F(8), F(10), F(12), F(1, 2), F(3, 2)])
    laps = km * 1000 / 400
    return calc(f"how many laps of a 400 m track is {show(km)} km?",
                units(laps, ("laps",), 2, bare=True))


def wheel_distance(r: random.Random) -> Item | None:  # distance per wheel revolution
    d = r.choice([16, 20, 24, 26, F(55, 2), 29, 700])
    if d == 700:
        mm = r.choice([622, 630, 668, 672, 680])
        return calc(f"Wheel outer diameter is {mm} mm. How far does it roll in one turn, in "
                    "metres?", units(F(math.pi * mm / 1000), ("m", "metres", "meters"), 3))
    return calc(f"a {show(F(d))}-inch wheel — how many cm does it roll in one revolution?",
                units(F(math.pi * float(d) * 2.54), ("cm", "centimetres", "centimeters"), 1))


def grade_pct(r: random.Random) -> Item | None:  # slope as a percent from rise and run
    rise, run = r.randint(5, 300), r.randint(100, 3000)
    if rise >= run:
        return None
    return calc(f"road climbs {rise} m over {run} m horizontally. what's the gradient in %?",
                units(F(rise * 100, run), ("%", "percent"), 1))


# --- energy at home -----------------------------------------------------------------------

def heat_water(r: random.Random) -> Item | None:  # kWh to heat water
    litres, t1, t2 = r.choice([50, 80, 100, 150, 200, 250]), r.randint(8, 18), r.randint(40, 65)
    kwh = F(litres) * F("4.186") * (t2 - t1) / 3600
    return calc(f"energy to heat {litres} L of water from {t1}°C to {t2}°C, in kWh? (4.186 kJ "
                "per kg per °C, 1 L = 1 kg)", units(kwh, ("kWh", "kilowatt-hours",
                                                          "kilowatt hours"), 2))


def solar_day(r: random.Random) -> Item | None:  # solar output per day
    panels, w, hours = r.randint(4, 24), r.choice([300, 350, 400, 410, 430, 450]), F(r.randint(
        20, 70), 10)
    return calc(f"{panels} panels × {w} W, about {show(hours)} peak sun hours today. kWh "
                "generated?", units(panels * w * hours / 1000, ("kWh", "kilowatt-hours",
                                                                "kilowatt hours"), 2))


def ev_range(r: random.Random) -> Item | None:  # EV range from battery and consumption
    kwh, per100 = r.choice([40, 50, 58, 64, 75, 77, 82, 100]), F(r.randint(140, 230), 10)
    return calc(f"battery {kwh} kWh usable, car uses {show(per100)} kWh/100km. range?",
                units(kwh * 100 / per100, ("km", "kilometres", "kilometers"), 1))


def generator_hours(r: random.Random) -> Item | None:  # generator run time on a tank
    tank, burn = F(r.randint(30, 250), 10), F(r.randint(4, 30), 10)
    return calc(f"generator tank holds {show(tank)} L and burns {show(burn)} L per hour. run "
                "time?", duration(tank / burn * 60))


def gas_bottle(r: random.Random) -> Item | None:  # hours from a gas bottle
    kg, g = r.choice([F(9, 2), 6, 9, 11, 13, 15, 19]), r.choice([100, 150, 200, 250, 300, 400])
    return calc(f"BBQ burns about {g} g of gas an hour. how many hours from a {show(F(kg))} kg "
                "bottle?", units(F(kg) * 1000 / g, ("hours", "h", "hrs"), 1, bare=True))


def data_days(r: random.Random) -> Item | None:  # days a data allowance lasts
    gb, per = r.choice([5, 10, 15, 20, 30, 50]), F(r.randint(3, 25), 10)
    return calc(f"I've got {gb} GB of data left and use about {show(per)} GB a day. how many "
                "days will it last?", units(gb / per, ("days",), 1, bare=True))


def song_mb(r: random.Random) -> Item | None:  # audio file size from bitrate and length
    kbps, m, s = r.choice([128, 160, 192, 256, 320]), r.randint(2, 7), r.randint(0, 59)
    secs = m * 60 + s
    return calc(f"a {m}:{s:02d} song at {kbps} kbps — file size in MB? (1 MB = 1000 kB, 8 bits "
                "per byte)", units(F(kbps * secs, 8000), ("MB", "megabytes"), 2))


def print_time(r: random.Random) -> Item | None:  # printing time at pages per minute
    pages, ppm = r.randint(40, 900), r.choice([15, 20, 25, 30, 35, 40, 45])
    return calc(f"{pages} pages at {ppm} pages per minute — how long will the print take?",
                duration(F(pages, ppm)))


def typing_words(r: random.Random) -> Item | None:  # words typed at a speed
    wpm, mins = r.randint(25, 110), r.choice([5, 8, 12, 15, 20, 25, 30, 45])
    n = wpm * mins
    return calc(f"I type {wpm} wpm. How many words in {mins} minutes of nonstop typing?",
                [str(n), f"{n:,}", f"{n} words", f"{n:,} words"])


def cups_tbsp(r: random.Random) -> Item | None:  # cups to tablespoons
    cups = r.choice([F(1, 8), F(1, 4), F(1, 3), F(1, 2), F(2, 3), F(3, 4), F(1), F(5, 4),
                     F(3, 2), F(2), F(5, 2), F(3)])
    label = {F(1, 3): "1/3", F(2, 3): "2/3", F(1, 8): "1/8"}.get(cups, show(cups))
    return calc(f"measuring cup's in the dishwasher. {label} cup is how many tablespoons? "
                "(16 tbsp per cup)", units(cups * 16, ("tbsp", "tablespoons", "Tbsp"), 2,
                                           bare=True))


def pan_scale(r: random.Random) -> Item | None:  # scaling a recipe for a bigger round tin
    d1, d2 = r.choice([(6, 8), (8, 9), (8, 10), (9, 10), (7, 9), (8, 12), (6, 10), (9, 12)])
    g = r.choice([150, 180, 200, 225, 250, 300])
    return calc(f"recipe is for a {d1}-inch round tin with {g} g sugar. scaling by area for a "
                f"{d2}-inch tin, how much sugar?", units(F(g * d2 * d2, d1 * d1),
                                                         ("g", "grams"), 1))


def km_left(r: random.Random) -> Item | None:  # distance left and time at a speed
    total, done, kmh = r.randint(200, 900), r.randint(50, 190), r.choice([80, 90, 100, 110])
    left = total - done
    return calc(f"{total} km trip, we've done {done} km. at {kmh} km/h how long for the rest?",
                duration(F(left * 60, kmh)))


def boat_fuel(r: random.Random) -> Item | None:  # fuel for a boat trip
    lph, h, m = F(r.randint(40, 400), 10), r.randint(1, 8), r.choice([0, 15, 20, 30, 40, 45])
    return calc(f"outboard burns {show(lph)} L/h. trip is {h} h {m} min. fuel needed?",
                units(lph * (h * 60 + m) / 60, ("L", "litres", "liters"), 2))


FAMILIES: list[tuple[Family, int]] = families(
    km_cm, m_mm, ml_l, g_kg, cl_ml, tonnes_kg, per_lb_kg, per_kg_lb, gal_to_litre,
    litre_to_gal, per_unit, vol_weight, box_cuft, markup, margin, ex_vat, annual_pay,
    hourly_rate, office_coffee, wine_bottles, dozens, carpet_cost, speech_time, read_time,
    commute_year, flight_length, lap_speed, naismith, pool_lengths, track_laps, wheel_distance,
    grade_pct, heat_water, solar_day, ev_range, generator_hours, gas_bottle, data_days, song_mb,
    print_time, typing_words, cups_tbsp, pan_scale, km_left, boat_fuel)
