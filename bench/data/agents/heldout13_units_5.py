"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: quick conversions and
household sums as they come up in chat - terse, chatty, mid-task."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout13_units_forms import (
    FOOT,
    INCH,
    LB,
    MILE,
    US_CUP,
    US_FLOZ,
    F,
    clock,
    conv,
    duration,
    families,
    money,
    multi,
    show,
)
from bench.data.agents.helpers import Family, Item

C = ("°C", "C", "degrees Celsius", "degrees C", "celsius", "Celsius")
FAHR = ("°F", "F", "degrees Fahrenheit", "degrees F", "fahrenheit", "Fahrenheit")
CM, KM = ("cm", "centimetres", "centimeters"), ("km", "kilometres", "kilometers")
LBS, KG = ("lb", "lbs", "pounds"), ("kg", "kilograms", "kilos")
MPH, L = ("mph", "miles per hour"), ("L", "l", "litres", "liters")


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def cash(value: F) -> str:
    return f"{float(value):.2f}"


def k_grandma_oven(rng: random.Random) -> Item | None:  # an old recipe's °F for a °C oven
    f = rng.choice([250, 275, 300, 325, 340, 350, 360, 375, 390, 400, 425, 450])
    return conv("K_u_grandma_oven", f"hey so my grandma's recipe just says \"bake at {f}\" and "
                "she's american. I'm in europe - what do I set the oven to in C?",
                (f - 32) * F(5, 9), *C)


def k_foot_height(rng: random.Random) -> Item | None:  # "6 foot 2" to cm
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    return conv("K_u_foot_height", f"how tall is {ft} foot {inch} in cm", (ft * 12 + inch) * INCH
                * 100, *CM)


def k_lost_pounds(rng: random.Random) -> Item | None:  # kg lost to pounds
    kg = F(rng.randint(15, 300), 10)
    return conv("K_u_lost_pounds", f"lost {show(kg)} kg since january!! how many pounds is "
                "that?", kg / LB, *LBS)


def k_sign_mph(rng: random.Random) -> Item | None:  # a road sign in km/h to mph
    kmh = rng.choice([20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    return conv("K_u_sign_mph", f"Renting a car in France - sign says {kmh}. I'm used to mph, "
                "what's that?", kmh * 1000 / MILE, *MPH)


def k_snow_cm(rng: random.Random) -> Item | None:  # inches of snow to cm
    inches = rng.randint(2, 40)
    return conv("K_u_snow_cm", f"we got {inches} inches of snow overnight, whats that in cm",
                inches * INCH * 100, *CM)


def k_bottle_oz(rng: random.Random) -> Item | None:  # ml to US fl oz, terse
    ml = rng.choice([100, 150, 200, 250, 300, 330, 400, 500, 650, 750, 900, 1200])
    return conv("K_u_bottle_oz", f"{ml}ml in oz", ml / US_FLOZ, "fl oz", "oz", "fluid ounces",
                "US fl oz")


def k_kg_lbs_terse(rng: random.Random) -> Item | None:  # kg to lb, terse
    kg = F(rng.randint(400, 1400), 10)
    return conv("K_u_kg_lbs_terse", f"{show(kg)} kg to lbs", kg / LB, *LBS)


def k_pounds_kilos(rng: random.Random) -> Item | None:  # pounds to kilos, a question
    lb = rng.randint(95, 320)
    return conv("K_u_pounds_kilos", f"What's {lb} pounds in kilos?", lb * LB, *KG)


def k_mi_km_terse(rng: random.Random) -> Item | None:  # miles to km, terse
    mi = F(rng.randint(10, 600), 10)
    return conv("K_u_mi_km_terse", f"{show(mi)} mi in km", mi * MILE / 1000, *KM)


def k_ohio_weather(rng: random.Random) -> Item | None:  # °C weather to °F
    c = rng.randint(-15, 42)
    return conv("K_u_ohio_weather", f"It's {c} degrees here today (celsius). What would my "
                "friends in Ohio call that in fahrenheit?", c * F(9, 5) + 32, *FAHR)


def k_jeans_waist(rng: random.Random) -> Item | None:  # waist in cm to inches
    cm = rng.randint(60, 120)
    return conv("K_u_jeans_waist", f"buying jeans online, my waist measures {cm} cm. what's that "
                "in inches?", F(cm, 100) / INCH, "inches", "in", '"')


def k_boat_feet(rng: random.Random) -> Item | None:  # a boat's length in m to feet
    m = F(rng.randint(40, 300), 10)
    return conv("K_u_boat_feet", f"The boat we're chartering is {show(m)} m long. How many "
                "feet?", m / FOOT, "feet", "ft")


def k_year_hours(rng: random.Random) -> Item | None:  # hours worked in a year
    per_week, weeks = rng.choice([F(35), F("37.5"), F(38), F(40), F(42), F("22.5")]), \
        rng.randint(40, 52)
    return conv("K_u_year_hours", f"{show(per_week)} hours a week for {weeks} weeks - total hours "
                "in the year?", per_week * weeks, "hours", "h", "hrs")


def k_daily_minutes(rng: random.Random) -> Item | None:  # daily minutes over some days
    mins, days = rng.choice([10, 15, 20, 25, 30, 40, 45, 50]), rng.randint(5, 60)
    return multi("K_u_daily_minutes", f"if I practise piano {mins} minutes every day for {days} "
                 "days, how much time is that in total?", duration(mins * days))


def k_cups_water_g(rng: random.Random) -> Item | None:  # cups of water to grams
    cups = rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3), F(4), F(1, 4),
                       F(1, 3)])
    frac = {F(1, 2): "1/2", F(3, 4): "3/4", F(1, 4): "1/4", F(1, 3): "1/3", F(3, 2): "1 1/2",
            F(5, 2): "2 1/2"}.get(F(cups), show(F(cups)))
    return conv("K_u_cups_water_g", f"how many grams is {frac} US "
                f"{'cups' if cups > 1 else 'cup'} of water? (1 g per ml)",
                F(cups) * US_CUP, "g", "grams")


def k_pizza_area(rng: random.Random) -> Item | None:  # area of a round pizza
    d = rng.choice([8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20])
    return conv("K_u_pizza_area", f"how many square inches of pizza is a {d} inch one?",
                math.pi * d * d / 4, "square inches", "sq in", "in²")


def k_mile_pace_mph(rng: random.Random) -> Item | None:  # min/mile pace to mph
    secs = rng.randint(300, 780)
    return conv("K_u_mile_pace_mph", f"running {secs // 60}:{secs % 60:02d} per mile - what's "
                "that in mph?", F(3600, secs), *MPH)


def k_tank_fill(rng: random.Random) -> Item | None:  # cost to fill a partly full tank
    tank = rng.choice([40, 45, 50, 55, 60, 70])
    left, word = rng.choice([(F(1, 4), "a quarter"), (F(1, 2), "half"), (F(1, 8), "an eighth"),
                             (F(3, 4), "three quarters")])
    price = F(rng.randint(145, 199), 100)
    return multi("K_u_tank_fill", f"{tank} litre tank, it's {word} full. Petrol's "
                 f"€{cash(price)} a litre. What will it cost to fill it up?",
                 money(tank * (1 - left) * price, "€", "EUR"))


def k_meter_bill(rng: random.Random) -> Item | None:  # an electricity bill from readings
    start = rng.randint(10000, 60000)
    used, pence = rng.randint(120, 900), F(rng.randint(200, 350), 10)
    return multi("K_u_meter_bill", f"meter went from {start} to {start + used} kWh. at "
                 f"{show(pence)}p per kWh what's the bill in pounds?",
                 money(used * pence / 100, "£", "GBP"))


def k_shower_week(rng: random.Random) -> Item | None:  # water used by showers in a week
    mins, lpm = rng.randint(4, 15), F(rng.randint(60, 150), 10)
    return conv("K_u_shower_week", f"{mins} minute shower every day, head flows {show(lpm)} L "
                "per minute. How many litres a week?", mins * lpm * 7, *L)


def k_printer(rng: random.Random) -> Item | None:  # printing time in minutes
    pages, ppm = rng.randint(40, 900), rng.choice([12, 15, 18, 20, 22, 25, 30, 35, 40])
    return conv("K_u_printer", f"need to print {pages} pages, printer does {ppm} pages a minute. "
                "how many minutes?", F(pages, ppm), "minutes", "min", "mins")


def k_time_until(rng: random.Random) -> Item | None:  # time until a train
    now = rng.randint(36, 80) * 10
    train = now + rng.randint(3, 40) * 5
    return multi("K_u_time_until", f"it's {ampm(now)}, my train is at {ampm(train)}. how long "
                 "have I got?", duration(train - now))


def k_timer_end(rng: random.Random) -> Item | None:  # when a timer goes off
    start, length = rng.randint(60, 140) * 10, rng.randint(5, 60) * 5
    span = f"{length // 60}h {length % 60}m" if length >= 60 else f"{length} minute"
    return multi("K_u_timer_end", f"set a {span} timer at "
                 f"{ampm(start)}. when does it go off?", clock(start + length))


def k_shift_paid(rng: random.Random) -> Item | None:  # paid time in a shift
    start = rng.randint(24, 40) * 15
    end = start + rng.randint(24, 44) * 15
    brk = rng.choice([20, 30, 45, 60])
    return multi("K_u_shift_paid", f"shift is {ampm(start)} to {ampm(end)} with a {brk} minute "
                 "unpaid break. how many paid hours is that?", duration(end - start - brk))


def k_week_pay(rng: random.Random) -> Item | None:  # pay for hours at a rate
    hours, rate = F(rng.randint(30, 90), 2), F(rng.randint(1150, 3200), 100)
    return multi("K_u_week_pay", f"worked {show(hours)} hours this week at ${cash(rate)} an hour. "
                 "What's my gross pay?", money(hours * rate, "$", "USD"))


def k_baby_feeds(rng: random.Random) -> Item | None:  # ml per feed for a newborn
    kg, per, feeds = F(rng.randint(25, 60), 10), rng.choice([150, 160, 180]), rng.choice([6, 7,
                                                                                          8])
    return conv("K_u_baby_feeds", f"midwife said {per} ml per kg per day, baby is {show(kg)} kg "
                f"and has {feeds} feeds a day. how many ml per feed?", kg * per / feeds,
                "ml", "mL", "millilitres")


def k_dog_dose(rng: random.Random) -> Item | None:  # a vet dose by body weight
    per, kg = rng.choice([F("4.4"), F(2), F(5), F("0.5"), F(10), F("2.2")]), F(rng.randint(
        30, 450), 10)
    return conv("K_u_dog_dose", f"vet dose is {show(per)} mg per kg, our dog weighs {show(kg)} "
                "kg. how many mg?", per * kg, "mg", "milligrams")


def k_cat_cans(rng: random.Random) -> Item | None:  # days a pack of cat food lasts
    frac, per = rng.choice([("half a can", F(1, 2)), ("2/3 of a can", F(2, 3)),
                            ("3/4 of a can", F(3, 4)), ("1 can", F(1)), ("1 and a half cans",
                                                                          F(3, 2))])
    pack = rng.choice([12, 18, 24, 30, 36, 48])
    return conv("K_u_cat_cans", f"the cat eats {frac} a day. how many days will a {pack}-pack "
                "last?", pack / per, "days")


def k_lawn_seed(rng: random.Random) -> Item | None:  # grass seed for a lawn
    per, a, b = rng.choice([25, 30, 35, 40, 50]), rng.randint(3, 20), rng.randint(3, 15)
    return conv("K_u_lawn_seed", f"Seed rate {per} g per m². Lawn is {a} m by {b} m. How many "
                "kg of seed?", F(per * a * b, 1000), *KG, dp=3)


def k_concrete_bags(rng: random.Random) -> Item | None:  # premix bags for a slab
    a, b, depth = F(rng.randint(10, 40), 10), F(rng.randint(10, 30), 10), rng.choice([5, 7,
                                                                                    10, 12, 15])
    volume = a * b * F(depth, 100)
    bags = math.ceil(volume / F("0.012"))
    return conv("K_u_concrete_bags", f"slab {show(a)} m x {show(b)} m, {depth} cm deep. Each bag "
                "makes 0.012 m³. How many bags do I buy?", F(bags), "bags", dp=0)


def k_mulch(rng: random.Random) -> Item | None:  # mulch volume for a bed
    a, b, depth = F(rng.randint(10, 80), 10), F(rng.randint(5, 30), 10), rng.choice(
        [F(5), F("7.5"), F(10)])
    return conv("K_u_mulch", f"flower bed is {show(a)} m by {show(b)} m and I want "
                f"{show(depth)} cm of mulch. how many cubic metres?", a * b * depth / 100,
                "m³", "m3", "cubic metres", "cubic meters")


FAMILIES: list[tuple[Family, int]] = families(
    k_grandma_oven, k_foot_height, k_lost_pounds, k_sign_mph, k_snow_cm, k_bottle_oz,
    k_kg_lbs_terse, k_pounds_kilos, k_mi_km_terse, k_ohio_weather, k_jeans_waist, k_boat_feet,
    k_year_hours, k_daily_minutes, k_cups_water_g, k_pizza_area, k_mile_pace_mph, k_tank_fill,
    k_meter_bill, k_shower_week, k_printer, k_time_until, k_timer_end, k_shift_paid,
    k_week_pay, k_baby_feeds, k_dog_dose, k_cat_cans, k_lawn_seed, k_concrete_bags, k_mulch)
