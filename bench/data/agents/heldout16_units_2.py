"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: more unit conversions — area,
energy, power, pressure, data sizes, time spans, fuel economy and cooking measures."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout16_units import (
    ACRE,
    ATM,
    BTU,
    CAL,
    DEG_C,
    DEG_F,
    FOOT,
    HP,
    INCH,
    KCAL,
    KMH,
    LB,
    LBF_FT,
    M2,
    MILE,
    ML,
    MMHG,
    PS,
    PSI,
    SQ_FT,
    UK_GAL,
    US_CUP,
    US_GAL,
    US_TBSP,
    US_TSP,
    YARD,
    L,
    calc,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
SQFT = ("sq ft", "square feet", "ft²", "ft2", "sqft")
HA = ("hectares", "ha")
ACRES = ("acres", "ac")
KWH = ("kWh", "kilowatt-hours", "kilowatt hours")

# --- area ---------------------------------------------------------------------------------


def flat_sqft(r: random.Random) -> Item | None:  # square metres to square feet
    m2 = r.randint(28, 160)
    return conv(f"landlord says the flat is {m2} m². my mum only thinks in square feet — how "
                "many is that?", m2 / SQ_FT, *SQFT)


def garden_m2(r: random.Random) -> Item | None:  # a garden in feet by feet to m²
    a, b = r.randint(12, 60), r.randint(10, 40)
    return conv(f"Back garden is {a} ft by {b} ft. Area in square metres?", a * b * SQ_FT, *M2)


def farm_ha(r: random.Random) -> Item | None:  # acres to hectares
    ac = r.randint(3, 640)
    return conv(f"the farm for sale is {ac} acres - how many hectares?", ac * ACRE / 10000,
                *HA)


def plot_acres(r: random.Random) -> Item | None:  # square metres to acres
    m2 = r.randint(800, 20000)
    return conv(f"A building plot of {m2:,} square metres is how many acres?",
                m2 / ACRE, *ACRES, dp=3)


def tiles_sqyd(r: random.Random) -> Item | None:  # m² of carpet to square yards
    m2 = F(r.randint(80, 600), 10)
    return conv(f"Carpet shop quotes per square yard. Room is {show(m2)} m². How many sq yd?",
                m2 / YARD**2, "sq yd", "square yards", "yd²")


def paper_cm2(r: random.Random) -> Item | None:  # square inches to square centimetres
    a, b = r.randint(4, 14), r.randint(3, 11)
    return conv(f"a {a} x {b} inch photo, what's its area in cm²?", a * b * INCH**2 * 10000,
                "cm²", "cm2", "sq cm", "square centimetres", "square centimeters")


def park_km2(r: random.Random) -> Item | None:  # square miles to km²
    sqmi = r.randint(2, 900)
    return conv(f"The national park covers {sqmi} square miles. In km²?",
                sqmi * MILE**2 / 10**6, "km²", "km2", "sq km", "square kilometres",
                "square kilometers")


def pitch_ha(r: random.Random) -> Item | None:  # a rectangle in metres to hectares
    a, b = r.randint(60, 140), r.randint(40, 90)
    return conv(f"football pitch {a}m x {b}m — how many hectares?", F(a * b, 10000), *HA,
                dp=3)


# --- energy and power ---------------------------------------------------------------------

def snack_kj(r: random.Random) -> Item | None:  # kcal to kJ
    kcal = r.randint(90, 900)
    return conv(f"My app logs energy in kJ. A snack bar is {kcal} kcal — what do I enter?",
                kcal * CAL, "kJ", "kilojoules", dp=1)


def btu_kwh(r: random.Random) -> Item | None:  # therms of gas to kWh
    therms = r.randint(10, 250)
    return conv(f"gas bill shows {therms} therms used. how many kWh is that? (US therm = "
                "100,000 BTU)", therms * 100000 * BTU / F(3600000), *KWH)


def heater_btu(r: random.Random) -> Item | None:  # watts to BTU/h
    w = r.choice([500, 750, 1000, 1200, 1500, 2000, 2500, 3000])
    return conv(f"Space heater is {w} W. How many BTU per hour is that?", w * 3600 / BTU,
                "BTU/h", "BTU per hour", "BTU/hr", dp=0)


def car_kw(r: random.Random) -> Item | None:  # mechanical horsepower to kW
    hp = r.randint(70, 500)
    return conv(f"Engine makes {hp} hp (mechanical horsepower). How many kW?", hp * HP / 1000,
                "kW", "kilowatts")


def ps_kw(r: random.Random) -> Item | None:  # metric horsepower (PS) to kW
    ps = r.randint(60, 400)
    return conv(f"german spec sheet says {ps} PS. in kilowatts?", ps * PS / 1000, "kW",
                "kilowatts")


def kw_hp(r: random.Random) -> Item | None:  # kW to mechanical hp
    kw = r.randint(40, 350)
    return conv(f"EV motor rated {kw} kW — what's that in horsepower (the 745.7 W kind)?",
                kw * 1000 / HP, "hp", "horsepower", "bhp")


def torque_lbft(r: random.Random) -> Item | None:  # Nm to lb-ft
    nm = r.randint(20, 700)
    return conv(f"Wheel nuts need {nm} Nm. My torque wrench is in lb-ft, so what setting?",
                nm / LBF_FT, "lb-ft", "lb ft", "lbf·ft", "ft-lb", "ft-lbs", "lb-ft.",
                "pound-feet", "foot-pounds")


def joule_cal(r: random.Random) -> Item | None:  # joules to calories
    j = r.randint(500, 9000)
    return conv(f"Physics homework: {j} J is how many calories (1 cal = 4.184 J)?", j / CAL,
                "cal", "calories")


def kwh_cost(r: random.Random) -> Item | None:  # an appliance's watts and hours to kWh
    w, h = r.choice([60, 100, 150, 400, 800, 1200, 2000, 2200]), r.randint(2, 9)
    return conv(f"a {w} W appliance running {h} hours uses how many kWh?", F(w * h, 1000),
                *KWH, dp=3)


def mj_kwh(r: random.Random) -> Item | None:  # megajoules to kWh
    mj = r.randint(5, 400)
    return conv(f"{mj} MJ in kilowatt-hours?", F(mj, F(36, 10)), *KWH)


def food_cal_label(r: random.Random) -> Item | None:  # kJ per 100 g to kcal per 100 g
    kj = r.randint(200, 2300)
    return conv(f"Imported chocolate, label says {kj} kJ/100g. How many kcal per 100g?",
                kj / CAL, *KCAL, dp=0)


# --- pressure -----------------------------------------------------------------------------

def bike_psi(r: random.Random) -> Item | None:  # bar to psi
    bar = F(r.randint(20, 90), 10)
    return conv(f"Road bike tyres: {show(bar)} bar recommended. My pump shows psi — how many?",
                bar * 100000 / PSI, "psi", dp=1)


def bp_kpa(r: random.Random) -> Item | None:  # mmHg to kPa
    mm = r.randint(90, 180)
    return conv(f"What is {mm} mmHg in kPa?", mm * MMHG / 1000, "kPa", "kilopascals")


def weather_hpa(r: random.Random) -> Item | None:  # inches of mercury to hPa
    inhg = F(r.randint(2890, 3080), 100)
    return conv(f"the barometer reads {show(inhg)} inHg. what's that in hPa/millibars?",
                inhg * F("3386.389") / 100, "hPa", "mb", "mbar", "millibars",
                "hectopascals")


def dive_atm(r: random.Random) -> Item | None:  # bar to atmospheres
    bar = r.randint(2, 230)
    return conv(f"scuba tank at {bar} bar — how many atmospheres?", bar * F(100000) / ATM,
                "atm", "atmospheres")


def psi_kpa(r: random.Random) -> Item | None:  # psi to kPa
    psi = r.randint(15, 120)
    return conv(f"compressor max is {psi} psi, in kPa?", psi * PSI / 1000, "kPa",
                "kilopascals", dp=1)


# --- data ---------------------------------------------------------------------------------

def download_time(r: random.Random) -> Item | None:  # file size over a line speed
    gb, mbps = r.choice([2, 4, 5, 8, 12, 15, 20, 25, 50, 60, 80, 100]), \
        r.choice([20, 40, 50, 80, 100, 150, 200, 300])
    secs = F(gb * 8000, mbps)
    return conv(f"how long to download a {gb} GB game on a {mbps} Mbps connection, in minutes? "
                "(1 GB = 1000 MB, full speed)", secs / 60, "minutes", "min", "mins")


def gib_gb(r: random.Random) -> Item | None:  # GiB to GB
    gib = r.randint(4, 512)
    return conv(f"{gib} GiB is how many GB (decimal gigabytes)?", F(gib * 2**30, 10**9),
                "GB", "gigabytes")


def tb_gib(r: random.Random) -> Item | None:  # an advertised TB drive in GiB (TiB)
    tb = r.choice([1, 2, 3, 4, 6, 8, 10, 12, 16, 18, 20])
    return conv(f"Why does my new {tb} TB drive show less space? How many TiB is {tb} TB?",
                F(tb * 10**12, 2**40), "TiB", "tebibytes")


def photos_fit(r: random.Random) -> Item | None:  # how many photos fit on a card
    gb, mb = r.choice([16, 32, 64, 128, 256]), F(r.randint(25, 120), 10)
    n = int(gb * 1000 / mb)
    return calc(f"each photo is about {show(mb)} MB. how many fit on a {gb} GB card? (use "
                "1 GB = 1000 MB, whole photos)", [str(n), f"{n:,}", f"{n} photos",
                                                   f"{n:,} photos"])


def mbps_mbs(r: random.Random) -> Item | None:  # megabits per second to megabytes per second
    mbps = r.choice([30, 50, 67, 80, 100, 150, 250, 300, 500, 900, 1000])
    return conv(f"internet plan is {mbps} Mbps. how many megabytes per second is that?",
                F(mbps, 8), "MB/s", "megabytes per second", "MBps")


def kb_mb(r: random.Random) -> Item | None:  # kilobytes to megabytes
    kb = r.randint(1200, 98000)
    return conv(f"The attachment limit is in MB. My file is {kb:,} KB. How many MB (1000 KB = "
                "1 MB)?", F(kb, 1000), "MB", "megabytes")


def video_gb(r: random.Random) -> Item | None:  # a video's bitrate and length to GB
    mbps, mins = r.choice([3, 5, 8, 12, 15, 25]), r.choice([20, 45, 60, 90, 120, 150])
    return conv(f"Streaming at {mbps} Mbps for {mins} minutes uses how many GB of data? "
                "(decimal units)", F(mbps * mins * 60, 8000), "GB", "gigabytes")


# --- time ---------------------------------------------------------------------------------

def seconds_day(r: random.Random) -> Item | None:  # days to seconds
    days = r.randint(2, 30)
    n = days * 86400
    return calc(f"how many seconds are in {days} days?", [f"{n:,}", str(n), f"{n} seconds",
                                                           f"{n:,} seconds"])


def minutes_hours(r: random.Random) -> Item | None:  # minutes to decimal hours
    mins = r.choice([15, 20, 45, 75, 80, 100, 105, 130, 135, 140, 195, 200, 255, 290])
    return conv(f"Invoice needs hours in decimal. I worked {mins} minutes on it — what do I "
                "write?", F(mins, 60), "hours", "h", "hrs", bare=True)


def age_days(r: random.Random) -> Item | None:  # weeks and days to days
    w, d = r.randint(4, 40), r.randint(1, 6)
    n = w * 7 + d
    return calc(f"pregnancy app says {w} weeks {d} days. how many days is that in total?",
                [str(n), f"{n} days"])


def hours_weeks(r: random.Random) -> Item | None:  # hours to weeks
    h = r.choice([200, 300, 500, 750, 1000, 1500, 2000, 2500, 3000])
    return conv(f"{h} hours of practice — how many weeks is that if you count every hour of "
                "every day?", F(h, 168), "weeks", "wk")


def ms_seconds(r: random.Random) -> Item | None:  # milliseconds to seconds
    ms = r.randint(1200, 95000)
    return conv(f"{ms:,} ms in seconds?", F(ms, 1000), "s", "seconds", "sec", dp=3)


def years_months(r: random.Random) -> Item | None:  # decimal years to months
    y = F(r.choice([5, 7, 9, 11, 13, 15, 17, 21, 25]), 4)
    return conv(f"Loan term is {show(y)} years. How many monthly payments is that?", y * 12,
                "months", "monthly payments", "payments", bare=True, dp=0)


# --- fuel economy -------------------------------------------------------------------------

def mpg_us_l100(r: random.Random) -> Item | None:  # US mpg to L/100 km
    mpg = r.randint(15, 55)
    return conv(f"Rental car is rated {mpg} mpg (US). What is that in L/100km?",
                100 * US_GAL / (mpg * MILE / 1000), "L/100km", "l/100km", "L/100 km",
                "litres per 100 km", "liters per 100 km")


def l100_mpg_uk(r: random.Random) -> Item | None:  # L/100 km to UK mpg
    l100 = F(r.randint(40, 120), 10)
    return conv(f"my car uses {show(l100)} l/100km, what's that in miles per (imperial) "
                "gallon?", 100 * UK_GAL / l100 * 1000 / MILE, "mpg", "miles per gallon")


def kml_mpg(r: random.Random) -> Item | None:  # km per litre to US mpg
    kml = F(r.randint(80, 250), 10)
    return conv(f"In Japan they quote {show(kml)} km/L. Convert to US mpg.",
                kml * 1000 / MILE * US_GAL, "mpg", "miles per gallon")


# --- cooking ------------------------------------------------------------------------------

def oven_gas(r: random.Random) -> Item | None:  # °F oven to °C
    f = r.choice([300, 325, 350, 375, 400, 425, 450, 475])
    return conv(f"american brownie recipe says {f} degrees, my oven is celsius (no fan). "
                "what's the exact conversion?", (f - 32) * F(5, 9), *DEG_C, dp=1)


def cups_ml(r: random.Random) -> Item | None:  # US cups to millilitres
    cups = F(r.randint(1, 12), 4) + r.choice([0, 1, 2])
    return conv(f"{show(cups)} cups of water (US cups) is how many ml?", cups * US_CUP * 1000,
                *ML, dp=1)


def tbsp_tsp(r: random.Random) -> Item | None:  # tablespoons to teaspoons
    tbsp = r.randint(2, 14)
    return calc(f"I only have a teaspoon — how many teaspoons make {tbsp} tablespoons?",
                [str(tbsp * 3), f"{tbsp * 3} teaspoons", f"{tbsp * 3} tsp"])


def stick_butter(r: random.Random) -> Item | None:  # US sticks of butter to grams
    sticks = F(r.randint(1, 8), 2)
    return conv(f"recipe wants {show(sticks)} sticks of butter. one stick is 4 oz — how many "
                "grams?", sticks * 4 * LB / 16 * 1000, "g", "grams", dp=1)


def ml_tbsp(r: random.Random) -> Item | None:  # millilitres to US tablespoons
    ml = r.choice([20, 25, 40, 50, 60, 75, 80, 90, 120])
    return conv(f"How many US tablespoons is {ml} ml of soy sauce?", F(ml, 1000) / US_TBSP,
                "tbsp", "tablespoons", "Tbsp")


def tsp_cups(r: random.Random) -> Item | None:  # teaspoons to millilitres, a big batch
    tsp = r.randint(8, 48)
    return conv(f"scaled my recipe up and now need {tsp} teaspoons of cinnamon (US tsp) — "
                "how many millilitres?", tsp * US_TSP * 1000, *ML, dp=1)


def gallon_cups(r: random.Random) -> Item | None:  # US gallons of punch to cups
    gal = F(r.randint(1, 12), 2)
    return calc(f"Making {show(gal)} gallons of punch. How many 1-cup servings is that (US)?",
                [show(gal * 16), f"{show(gal * 16)} cups", f"{show(gal * 16)} servings"])


def oven_fan(r: random.Random) -> Item | None:  # °C to °F for a conventional oven
    c = r.choice([120, 130, 145, 155, 165, 185, 195, 205, 215, 225])
    return conv(f"Bake at {c} celsius — set my fahrenheit oven to what?", c * F(9, 5) + 32,
                *DEG_F, dp=0)


def water_weight(r: random.Random) -> Item | None:  # litres of water to kg and pounds
    litres = r.randint(5, 60)
    return conv(f"how heavy is {litres} L of water in pounds? (take 1 L = 1 kg)",
                F(litres) / LB, "lb", "lbs", "pounds")


def oven_k(r: random.Random) -> Item | None:  # °F to kelvin
    f = r.randint(-40, 500)
    return conv(f"{f} °F in kelvin please", (f - 32) * F(5, 9) + F("273.15"), "K", "kelvin")


def ice_c(r: random.Random) -> Item | None:  # a negative °F to °C
    f = r.randint(-40, 20)
    return conv(f"It's {f}°F in Minneapolis today. What's that in Celsius?",
                (f - 32) * F(5, 9), *DEG_C, dp=1)


def speed_kmh_mps(r: random.Random) -> Item | None:  # ft/s to km/h
    fps = r.randint(5, 120)
    return conv(f"a ball is going {fps} feet per second. how many km/h?", fps * FOOT * F(36, 10),
                *KMH)


def rain_gal(r: random.Random) -> Item | None:  # rain on a roof: mm over m² to litres
    mm, m2 = r.randint(3, 40), r.randint(40, 160)
    return conv(f"{mm} mm of rain fell on our {m2} m² roof. How many litres could the water "
                "butt collect in theory?", F(mm * m2), *L, dp=0)


def uk_gal_us(r: random.Random) -> Item | None:  # imperial gallons to US gallons
    gal = r.randint(3, 80)
    return conv(f"Convert {gal} imperial gallons to US gallons.", gal * UK_GAL / US_GAL,
                "US gallons", "gallons", "gal")


FAMILIES: list[tuple[Family, int]] = families(
    flat_sqft, garden_m2, farm_ha, plot_acres, tiles_sqyd, paper_cm2, park_km2, pitch_ha,
    snack_kj, btu_kwh, heater_btu, car_kw, ps_kw, kw_hp, torque_lbft, joule_cal, kwh_cost,
    mj_kwh, food_cal_label, bike_psi, bp_kpa, weather_hpa, dive_atm, psi_kpa, download_time,
    gib_gb, tb_gib, photos_fit, mbps_mbs, kb_mb, video_gb, seconds_day, minutes_hours, age_days,
    hours_weeks, ms_seconds, years_months, mpg_us_l100, l100_mpg_uk, kml_mpg, oven_gas, cups_ml,
    tbsp_tsp, stick_butter, ml_tbsp, tsp_cups, gallon_cups, oven_fan, water_weight, oven_k,
    ice_c, speed_kmh_mps, rain_gal, uk_gal_us)

