"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: temperature, speed, area,
energy, pressure, time, data sizes and cooking measures."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_units_forms import (
    ACRE,
    FOOT,
    INCH,
    KCAL,
    MILE,
    MMHG,
    NMI,
    PSI,
    US_CUP,
    US_TBSP,
    US_TSP,
    YARD,
    F,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

C = ("°C", "C", "degrees Celsius", "degrees C", "celsius", "Celsius")
FAHR = ("°F", "F", "degrees Fahrenheit", "degrees F", "fahrenheit", "Fahrenheit")
KMH = ("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour")
MPH = ("mph", "miles per hour")
M2 = ("m²", "m2", "sq m", "square metres", "square meters")
SQFT = ("sq ft", "square feet", "ft²", "ft2", "sqft")
ML = ("ml", "mL", "millilitres", "milliliters")


def k_fever_f(rng: random.Random) -> Item | None:  # a child's temperature in °C to °F
    c = F(rng.randint(365, 410), 10)
    return conv("K_u_fever_f", f"thermometer reads {show(c)} C for my son, the nurse line asked "
                "for fahrenheit", c * F(9, 5) + 32, *FAHR)


def k_fever_c(rng: random.Random) -> Item | None:  # a body temperature in °F to °C
    f = F(rng.randint(970, 1045), 10)
    return conv("K_u_fever_c", f"Is {show(f)}°F a fever? What is it in Celsius?",
                (f - 32) * F(5, 9), *C)


def k_roast_c(rng: random.Random) -> Item | None:  # an American oven temp to °C
    f = rng.choice([275, 300, 325, 350, 375, 400, 425, 450, 475])
    return conv("K_u_roast_c", f"american recipe: roast at {f} degrees F. celsius for my fan "
                "oven?", (f - 32) * F(5, 9), *C)


def k_freezer_f(rng: random.Random) -> Item | None:  # a freezer setting in °C to °F
    c = rng.randint(-26, -12)
    return conv("K_u_freezer_f", f"My freezer is set to {c}°C. What's that in °F?",
                c * F(9, 5) + 32, *FAHR)


def k_holiday_c(rng: random.Random) -> Item | None:  # weather abroad in °F to °C
    f = rng.randint(55, 110)
    return conv("K_u_holiday_c", f"florida forecast says highs of {f} all week (fahrenheit) - "
                "what is that in c", (f - 32) * F(5, 9), *C)


def k_kelvin_c(rng: random.Random) -> Item | None:  # kelvin to Celsius
    k = F(rng.randint(2000, 4000), 10)
    return conv("K_u_kelvin_c", f"{show(k)} K in degrees celsius?", k - F("273.15"), *C)


def k_c_kelvin(rng: random.Random) -> Item | None:  # Celsius to kelvin
    c = rng.randint(-80, 150)
    return conv("K_u_c_kelvin", f"Lab sheet wants kelvin. Sample was held at {c} °C.",
                c + F("273.15"), "K", "kelvin", "kelvins")


def k_temp_diff(rng: random.Random) -> Item | None:  # a temperature change in °F to °C
    d = rng.randint(4, 40)
    return conv("K_u_temp_diff", f"the temperature dropped by {d} degrees fahrenheit overnight. "
                "how big a drop is that in celsius degrees?", d * F(5, 9), *C)


def k_run_pace(rng: random.Random) -> Item | None:  # running speed in km/h to mph
    kmh = F(rng.randint(80, 180), 10)
    return conv("K_u_run_pace", f"treadmill at the hotel is in mph, at home I run at "
                f"{show(kmh)} km/h. what do i set it to?", kmh * 1000 / MILE, *MPH)


def k_autobahn_mph(rng: random.Random) -> Item | None:  # a car speed in km/h to mph
    kmh = rng.choice(range(90, 231, 10))
    return conv("K_u_autobahn_mph", f"Hit {kmh} km/h on the autobahn. How fast is that in "
                "mph?", kmh * 1000 / MILE, *MPH)


def k_ms_mph(rng: random.Random) -> Item | None:  # metres per second to mph
    ms = F(rng.randint(20, 400), 10)
    return conv("K_u_ms_mph", f"convert {show(ms)} m/s to mph", ms * 3600 / MILE, *MPH)


def k_knots_kmh(rng: random.Random) -> Item | None:  # knots to km/h
    kn = rng.randint(4, 60)
    return conv("K_u_knots_kmh", f"wind is {kn} knots at the harbour. in km/h?",
                F(kn * NMI, 1000), *KMH)


def k_pitch_kmh(rng: random.Random) -> Item | None:  # a pitch or serve speed in mph to km/h
    mph = rng.randint(70, 140)
    return conv("K_u_pitch_kmh", f"The serve was clocked at {mph} mph - how many km/h is that?",
                mph * MILE / 1000, *KMH)


def k_kmh_ms(rng: random.Random) -> Item | None:  # km/h to metres per second
    kmh = rng.randint(5, 300)
    return conv("K_u_kmh_ms", f"What is {kmh} km/h in metres per second?", F(kmh * 1000, 3600),
                "m/s", "metres per second", "meters per second")


def k_flat_sqft(rng: random.Random) -> Item | None:  # square metres to square feet
    m2 = rng.randint(25, 250)
    return conv("K_u_flat_sqft", f"our flat is {m2} m² - my US cousin wants it in square feet",
                m2 / FOOT**2, *SQFT)


def k_plot_hectares(rng: random.Random) -> Item | None:  # acres to hectares
    acres = F(rng.randint(5, 600), 10)
    return conv("K_u_plot_hectares", f"The farm is {show(acres)} acres. Hectares?",
                acres * ACRE / 10000, "hectares", "ha")


def k_lawn_sqm(rng: random.Random) -> Item | None:  # a lawn in feet by feet to m²
    a, b = rng.randint(12, 80), rng.randint(10, 60)
    return conv("K_u_lawn_sqm", f"lawn is {a} ft by {b} ft, how many square metres of turf "
                "do I need?", a * b * FOOT**2, *M2)


def k_plot_acres(rng: random.Random) -> Item | None:  # square metres to acres
    m2 = rng.randint(800, 30000)
    return conv("K_u_plot_acres", f"how many acres is a {m2:,} square metre plot?", m2 / ACRE,
                "acres", "acre", "ac")


def k_sqkm_sqmi(rng: random.Random) -> Item | None:  # km² to square miles
    km2 = rng.randint(20, 5000)
    return conv("K_u_sqkm_sqmi", f"A national park covers {km2} km². What's that in square "
                "miles?", km2 * 10**6 / MILE**2, "square miles", "sq mi", "mi²", "mi2")


def k_tile_sqin(rng: random.Random) -> Item | None:  # a tile in cm to sq inches
    a = rng.randint(10, 60)
    return conv("K_u_tile_sqin", f"each tile is {a} cm square. what's the area of one tile in "
                "square inches?", (F(a, 100) / INCH) ** 2, "square inches", "sq in", "in²",
                "in2")


def k_sandwich_kj(rng: random.Random) -> Item | None:  # food kcal to kilojoules
    kcal = rng.randint(90, 950)
    return conv("K_u_sandwich_kj", f"the sandwich is {kcal} kcal, how many kJ is that?",
                kcal * KCAL, "kJ", "kilojoules")


def k_kcal_kwh(rng: random.Random) -> Item | None:  # kilocalories to kWh
    kcal = rng.randint(1500, 3500)
    return conv("K_u_kcal_kwh", f"I eat about {kcal} kcal a day. How many kWh of energy is "
                "that?", kcal * KCAL / 3600, "kWh", "kilowatt-hours", "kilowatt hours")


def k_therm_kwh(rng: random.Random) -> Item | None:  # gas meter m³ to billed kWh
    m3, cv = rng.randint(40, 400), F(rng.randint(385, 405), 10)
    return conv("K_u_therm_kwh", f"gas meter went up {m3} m³ this quarter. calorific value "
                f"{show(cv)} MJ/m³, volume correction 1.02264 - how many kWh will I be billed "
                "for?", m3 * F("1.02264") * cv / F("3.6"), "kWh", "kilowatt-hours",
                "kilowatt hours")


def k_joule_cal(rng: random.Random) -> Item | None:  # joules to calories (small)
    j = rng.randint(50, 5000)
    return conv("K_u_joule_cal", f"convert {j} joules to calories (thermochemical, small cal)",
                F(j) / KCAL, "cal", "calories")


def k_hp_kw(rng: random.Random) -> Item | None:  # mechanical horsepower to kW
    hp = rng.randint(60, 600)
    return conv("K_u_hp_kw", f"Car has {hp} hp (mechanical). What's that in kW?",
                hp * F("745.69987158227022") / 1000, "kW", "kilowatts")


def k_kw_hp(rng: random.Random) -> Item | None:  # kW to metric horsepower (PS)
    kw = rng.randint(40, 400)
    return conv("K_u_kw_hp", f"The spec sheet says {kw} kW. How many metric horsepower (PS)?",
                kw * 1000 / F("735.49875"), "PS", "hp", "metric horsepower", "horsepower")


def k_psi_kpa(rng: random.Random) -> Item | None:  # tyre psi to kPa
    psi = rng.randint(24, 110)
    return conv("K_u_psi_kpa", f"bike tyre says max {psi} psi. the pump is in kPa, what's "
                "that?", psi * PSI / 1000, "kPa", "kilopascals")


def k_bar_psi(rng: random.Random) -> Item | None:  # bar to psi
    bar = F(rng.randint(15, 120), 10)
    return conv("K_u_bar_psi", f"Pressure washer is rated {show(bar)} bar - psi?",
                bar * 100000 / PSI, "psi", "PSI")


def k_bp_kpa(rng: random.Random) -> Item | None:  # blood pressure mmHg to kPa
    mm = rng.randint(90, 190)
    return conv("K_u_bp_kpa", f"My systolic was {mm} mmHg. My doctor abroad uses kPa - "
                "what would that be?", mm * MMHG / 1000, "kPa", "kilopascals")


def k_hpa_inhg(rng: random.Random) -> Item | None:  # hPa to inches of mercury
    hpa = rng.randint(960, 1045)
    return conv("K_u_hpa_inhg", f"barometer at {hpa} hPa, what is it in inches of mercury?",
                hpa * 100 / (MMHG * F("25.4")), "inHg", "inches of mercury", "in Hg")


def k_days_seconds(rng: random.Random) -> Item | None:  # days to seconds
    days = rng.randint(2, 30)
    return conv("K_u_days_seconds", f"how many seconds in {days} days", F(days * 86400),
                "seconds", "s", "sec", dp=0)


def k_seconds_hours(rng: random.Random) -> Item | None:  # seconds to hours (decimal)
    s = rng.randint(4000, 90000)
    return conv("K_u_seconds_hours", f"The render took {s:,} seconds. How many hours is that?",
                F(s, 3600), "hours", "h", "hrs")


def k_minutes_days(rng: random.Random) -> Item | None:  # minutes to days
    mins = rng.randint(3000, 60000)
    return conv("K_u_minutes_days", f"{mins} minutes = ? days", F(mins, 1440), "days", "d")


def k_weeks_days(rng: random.Random) -> Item | None:  # weeks to days
    weeks = rng.randint(3, 52)
    return conv("K_u_weeks_days", f"Leave starts in {weeks} weeks. How many days is that?",
                F(weeks * 7), "days", dp=0)


def k_gib_mib(rng: random.Random) -> Item | None:  # GiB to MiB
    gib = F(rng.randint(5, 640), 10)
    return conv("K_u_gib_mib", f"How many MiB are in {show(gib)} GiB?", gib * 1024, "MiB",
                "mebibytes", dp=2)


def k_tb_gb(rng: random.Random) -> Item | None:  # decimal TB to GB
    tb = F(rng.randint(5, 200), 10)
    return conv("K_u_tb_gb", f"external drive is {show(tb)} TB, how many GB is that (decimal, "
                "1000 based)?", tb * 1000, "GB", "gigabytes")


def k_gb_gib(rng: random.Random) -> Item | None:  # GB to GiB
    gb = rng.choice([32, 64, 128, 250, 256, 500, 512, 1000, 2000, 4000])
    return conv("K_u_gb_gib", f"Why does my {gb} GB drive show less? How many GiB is {gb} GB?",
                F(gb * 10**9, 2**30), "GiB", "gibibytes")


def k_mbps_mbs(rng: random.Random) -> Item | None:  # Mbps to MB/s
    mbps = rng.choice([10, 25, 36, 50, 75, 80, 100, 150, 200, 300, 500, 900, 1000])
    return conv("K_u_mbps_mbs", f"my plan is {mbps} Mbps - how many megabytes per second is "
                "that max?", F(mbps, 8), "MB/s", "megabytes per second", "MBps")


def k_kb_bits(rng: random.Random) -> Item | None:  # kilobytes to bits
    kb = rng.randint(2, 900)
    return conv("K_u_kb_bits", f"how many bits is {kb} kB (1 kB = 1000 bytes)",
                F(kb * 8000), "bits", "bit", dp=0)


def k_tbsp_ml(rng: random.Random) -> Item | None:  # US tablespoons to ml
    tbsp = rng.randint(2, 12)
    return conv("K_u_tbsp_ml", f"{tbsp} tbsp of olive oil - how many ml? (US tablespoons)",
                tbsp * US_TBSP, *ML)


def k_tsp_ml(rng: random.Random) -> Item | None:  # US teaspoons to ml
    frac, tsp = rng.choice([("1/4", F(1, 4)), ("1/2", F(1, 2)), ("3/4", F(3, 4)), ("1", F(1)),
                            ("1 1/2", F(3, 2)), ("2", F(2)), ("2 1/2", F(5, 2)), ("3", F(3)),
                            ("4", F(4))])
    return conv("K_u_tsp_ml", f"need {frac} tsp vanilla, only have a ml syringe. how many ml "
                "(US teaspoon)?", tsp * US_TSP, *ML)


def k_ml_cups(rng: random.Random) -> Item | None:  # ml to US cups
    ml = rng.choice(range(100, 1001, 25))
    return conv("K_u_ml_cups", f"How many US cups is {ml} ml of stock?", ml / US_CUP,
                "cups", "cup", "US cups")


def k_ml_tbsp(rng: random.Random) -> Item | None:  # ml to US tablespoons
    ml = rng.randint(10, 120)
    return conv("K_u_ml_tbsp", f"{ml}ml of soy sauce is how many tablespoons (US)?",
                ml / US_TBSP, "tbsp", "tablespoons", "Tbsp")


def k_cups_tbsp(rng: random.Random) -> Item | None:  # cups to tablespoons
    frac, cups = rng.choice([("1/4", F(1, 4)), ("1/3", F(1, 3)), ("1/2", F(1, 2)),
                             ("2/3", F(2, 3)), ("3/4", F(3, 4)), ("1", F(1)), ("1 1/2", F(3, 2)),
                             ("2", F(2)), ("1/8", F(1, 8))])
    return conv("K_u_cups_tbsp", f"how many tablespoons in {frac} cup?", cups * 16,
                "tablespoons", "tbsp", "Tbsp")


def k_stick_butter(rng: random.Random) -> Item | None:  # sticks of butter to grams
    sticks = rng.choice([F(1, 2), F(1), F(3, 2), F(2), F(5, 2), F(3), F(4), F(3, 4), F(1, 4)])
    return conv("K_u_stick_butter", f"How many grams is {show(F(sticks))} sticks of butter? "
                "(a stick is 1/4 lb)", F(sticks) * F("113.3980925"), "g", "grams")


def k_mpg_l100_us(rng: random.Random) -> Item | None:  # US mpg to L/100 km
    mpg = rng.randint(15, 60)
    return conv("K_u_mpg_l100_us", f"rental says {mpg} mpg (US). in litres per 100 km?",
                F("378.5411784") / (mpg * MILE / 1000), "L/100km", "l/100km", "L/100 km",
                "litres per 100 km", "liters per 100 km")


def k_l100_mpg(rng: random.Random) -> Item | None:  # L/100 km to UK mpg
    l100 = F(rng.randint(38, 120), 10)
    return conv("K_u_l100_mpg", f"My car uses {show(l100)} L/100km. What's that in UK mpg?",
                F("454.609") / l100 / (MILE / 1000), "mpg", "miles per gallon")


def k_torque_nm(rng: random.Random) -> Item | None:  # torque lb-ft to N·m
    lbft = rng.randint(15, 150)
    return conv("K_u_torque_nm", f"wheel nuts torque spec {lbft} lb-ft, my wrench is in Nm",
                lbft * F("0.45359237") * F("9.80665") * FOOT, "Nm", "N·m", "N m",
                "newton metres", "newton meters")


def k_soil_m3(rng: random.Random) -> Item | None:  # cubic yards of soil to m³
    cy = rng.randint(2, 40)
    return conv("K_u_soil_m3", f"Landscaper quoted {cy} cubic yards of topsoil. How many "
                "cubic metres?", cy * YARD**3, "m³", "m3", "cubic metres", "cubic meters")


FAMILIES: list[tuple[Family, int]] = families(
    k_fever_f, k_fever_c, k_roast_c, k_freezer_f, k_holiday_c, k_kelvin_c, k_c_kelvin,
    k_temp_diff, k_run_pace, k_autobahn_mph, k_ms_mph, k_knots_kmh, k_pitch_kmh, k_kmh_ms,
    k_flat_sqft, k_plot_hectares, k_lawn_sqm, k_plot_acres, k_sqkm_sqmi, k_tile_sqin, k_sandwich_kj,
    k_kcal_kwh, k_therm_kwh, k_joule_cal, k_hp_kw, k_kw_hp, k_psi_kpa, k_bar_psi, k_bp_kpa,
    k_hpa_inhg, k_days_seconds, k_seconds_hours, k_minutes_days, k_weeks_days, k_gib_mib,
    k_tb_gb, k_gb_gib, k_mbps_mbs, k_kb_bits, k_tbsp_ml, k_tsp_ml, k_ml_cups, k_ml_tbsp,
    k_cups_tbsp, k_stick_butter, k_mpg_l100_us, k_l100_mpg, k_torque_nm, k_soil_m3)
