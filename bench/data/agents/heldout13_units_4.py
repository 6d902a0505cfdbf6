"""Round 13 (``K_u_*``, dev now) for ``muse bench agents``: more conversions, some terse,
some in mixed units (stones and pounds, feet and inches, hours and minutes)."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout13_units_forms import (
    ACRE,
    FOOT,
    INCH,
    LB,
    MILE,
    NMI,
    OZ,
    PSI,
    US_GAL,
    US_TSP,
    YARD,
    F,
    conv,
    families,
    multi,
    show,
)
from bench.data.agents.helpers import Family, Item

KM, MI, M = ("km", "kilometres", "kilometers"), ("miles", "mi"), ("m", "metres", "meters")
CM, IN = ("cm", "centimetres", "centimeters"), ("inches", "in", '"')
ML, L = ("ml", "mL", "millilitres", "milliliters"), ("L", "l", "litres", "liters")


def k_feet_inches_m(rng: random.Random) -> Item | None:  # feet and inches to metres, terse
    ft, inch = rng.randint(4, 7), rng.randint(0, 11)
    return conv("K_u_feet_inches_m", f"{ft} ft {inch} in in metres?", (ft * 12 + inch) * INCH,
                *M)


def k_feet_cm(rng: random.Random) -> Item | None:  # decimal feet to cm
    ft = F(rng.randint(5, 40), 2)
    return conv("K_u_feet_cm", f"how many cm is {show(ft)} feet", ft * FOOT * 100, *CM)


def k_inches_feet(rng: random.Random) -> Item | None:  # inches to feet (decimal)
    inches = rng.randint(13, 200)
    return conv("K_u_inches_feet", f"Convert {inches} inches to feet.", F(inches, 12), "feet",
                "ft")


def k_pool_yards_miles(rng: random.Random) -> Item | None:  # yards swum to miles
    yards = rng.randint(800, 5000)
    return conv("K_u_pool_yards_miles", f"swam {yards} yards today, is that close to a mile? "
                "how many miles exactly?", yards * YARD / MILE, *MI, "mile")


def k_nm_km(rng: random.Random) -> Item | None:  # nautical miles to km
    nm = rng.randint(5, 400)
    return conv("K_u_nm_km", f"The ferry route is {nm} nautical miles. In km?",
                F(nm) * NMI / 1000, *KM)


def k_lb_stone_lb(rng: random.Random) -> Item | None:  # kilograms to stones and pounds
    kg = F(rng.randint(450, 1400), 10)
    total = kg / LB
    st, lb = divmod(round(total), 14)
    if abs(total - int(total) - F(1, 2)) < F(1, 100):
        return None
    forms = [f"{st} st {lb} lb", f"{st} stone {lb} lb", f"{st} stone {lb} pounds",
             f"{st}st {lb}lb", f"{st} st {lb} lbs", f"{st} stone {lb} lbs"]
    return multi("K_u_lb_stone_lb", f"what's {show(kg)} kg in stone and pounds? nearest pound "
                 "is fine", forms)


def k_cm_feet_inches(rng: random.Random) -> Item | None:  # cm to feet and whole inches
    cm = rng.randint(140, 205)
    total = F(cm, 100) / INCH
    if abs(total - int(total) - F(1, 2)) < F(1, 100):
        return None
    ft, inch = divmod(round(total), 12)
    forms = [f"{ft}'{inch}\"", f"{ft}' {inch}\"", f"{ft} ft {inch} in", f"{ft} feet {inch} inches",
             f"{ft}ft {inch}in", f"{ft} foot {inch} inches", f"{ft}ft {inch}\""]
    return multi("K_u_cm_feet_inches", f"my passport says {cm} cm, what's that in feet and "
                 "inches (to the nearest inch)?", forms)


def k_baby_lb_oz(rng: random.Random) -> Item | None:  # grams to pounds and whole ounces
    g = rng.randint(2200, 4800)
    total = F(g, 1000) / OZ
    if abs(total - int(total) - F(1, 2)) < F(1, 100):
        return None
    lb, oz = divmod(round(total), 16)
    forms = [f"{lb} lb {oz} oz", f"{lb} lbs {oz} oz", f"{lb} pounds {oz} ounces",
             f"{lb}lb {oz}oz", f"{lb} pounds {oz} oz", f"{lb} lb {oz} ounces"]
    return multi("K_u_baby_lb_oz", f"Baby arrived at {g} grams!! Our American relatives want it "
                 "in pounds and ounces - nearest ounce", forms)


def k_mg_grams(rng: random.Random) -> Item | None:  # milligrams to grams
    mg = rng.randint(150, 9000)
    return conv("K_u_mg_grams", f"{mg} mg = how many grams?", F(mg, 1000), "g", "grams", dp=3)


def k_carats(rng: random.Random) -> Item | None:  # carats to grams
    ct = F(rng.randint(25, 500), 100)
    return conv("K_u_carats", f"the diamond is {show(ct)} carats - how many grams?", ct / 5,
                "g", "grams", dp=3)


def k_ml_tsp(rng: random.Random) -> Item | None:  # ml of medicine to US teaspoons
    ml = F(rng.randint(2, 30), 2)
    return conv("K_u_ml_tsp", f"The dose is {show(ml)} ml but I only have kitchen teaspoons. "
                "How many US teaspoons is that?", ml / US_TSP, "teaspoons", "tsp", "tsps")


def k_metric_cups(rng: random.Random) -> Item | None:  # litres to metric cups
    litres = F(rng.randint(3, 40), 4)
    return conv("K_u_metric_cups", f"how many metric cups (250 ml) in {show(litres)} litres?",
                litres * 4, "cups", "metric cups")


def k_gpm_lpm(rng: random.Random) -> Item | None:  # US gallons per minute to L/min
    gpm = F(rng.randint(10, 200), 10)
    return conv("K_u_gpm_lpm", f"Shower head rated {show(gpm)} GPM (US). Litres per minute?",
                gpm * US_GAL, "L/min", "l/min", "litres per minute", "liters per minute")


def k_lps_m3h(rng: random.Random) -> Item | None:  # litres per second to m³ per hour
    lps = F(rng.randint(5, 300), 10)
    return conv("K_u_lps_m3h", f"pump moves {show(lps)} L/s, what is that in m³/h?",
                lps * F(36, 10), "m³/h", "m3/h", "cubic metres per hour")


def k_pool_gallons(rng: random.Random) -> Item | None:  # pool volume in m³ to US gallons
    m3 = rng.randint(10, 120)
    return conv("K_u_pool_gallons", f"The pool holds {m3} cubic metres. How many US gallons "
                "is that for the chlorine instructions?", m3 * 1000 / US_GAL, "gallons",
                "gal", "US gallons")


def k_cubic_inch_cc(rng: random.Random) -> Item | None:  # engine cubic inches to cc
    ci = rng.choice([250, 302, 305, 327, 350, 383, 400, 427, 440, 454, 460, 502])
    return conv("K_u_cubic_inch_cc", f"a {ci} cubic inch V8 - displacement in cc?",
                ci * (INCH * 100) ** 3, "cc", "cm³", "cm3", "cubic centimetres")


def k_cc_cubic_inch(rng: random.Random) -> Item | None:  # engine cc to cubic inches
    cc = rng.choice([49, 125, 250, 600, 998, 1198, 1598, 1995, 2487, 2998, 3996, 4395])
    return conv("K_u_cc_cubic_inch", f"Motorbike engine is {cc} cc. How many cubic inches?",
                cc / (INCH * 100) ** 3, "cubic inches", "cu in", "in³", "in3", "ci")


def k_f_kelvin(rng: random.Random) -> Item | None:  # Fahrenheit to kelvin
    f = rng.randint(-100, 500)
    return conv("K_u_f_kelvin", f"what is {f} °F in kelvin", (f - 32) * F(5, 9) + F("273.15"),
                "K", "kelvin")


def k_fps_mph(rng: random.Random) -> Item | None:  # feet per second to mph
    fps = rng.randint(10, 400)
    return conv("K_u_fps_mph", f"ball left the bat at {fps} ft/s - how many mph is that?",
                fps * FOOT * 3600 / MILE, "mph", "miles per hour")


def k_mph_ms(rng: random.Random) -> Item | None:  # mph to metres per second
    mph = rng.randint(5, 200)
    return conv("K_u_mph_ms", f"{mph} mph in m/s", mph * MILE / 3600, "m/s",
                "metres per second", "meters per second")


def pace_forms(seconds: F) -> list[str] | None:
    whole = F(round(seconds))
    if abs(seconds - int(seconds) - F(1, 2)) < F(1, 1000):
        return None
    m, s = divmod(int(whole), 60)
    return [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s",
            f"{m}'{s:02d}\""]


def k_mile_pace_km(rng: random.Random) -> Item | None:  # min/mile pace to min/km
    secs = rng.randint(360, 720)
    return multi("K_u_mile_pace_km", f"My usual pace is {secs // 60}:{secs % 60:02d} per mile. "
                 "What's that per kilometre? (to the second)", pace_forms(secs * 1000 / MILE))


def k_speed_pace(rng: random.Random) -> Item | None:  # km/h to min/km pace
    kmh = F(rng.randint(70, 200), 10)
    return multi("K_u_speed_pace", f"treadmill at {show(kmh)} km/h - what pace per km is that? "
                 "nearest second", pace_forms(3600 / kmh))


def k_ha_m2(rng: random.Random) -> Item | None:  # hectares to square metres
    ha = F(rng.randint(3, 900), 100)
    return conv("K_u_ha_m2", f"{show(ha)} ha is how many square metres?", ha * 10000,
                "m²", "m2", "square metres", "square meters", "sq m")


def k_sqin_cm2(rng: random.Random) -> Item | None:  # square inches to cm²
    sqin = rng.randint(4, 300)
    return conv("K_u_sqin_cm2", f"Label area is {sqin} square inches. In cm²?",
                sqin * (INCH * 100) ** 2, "cm²", "cm2", "square centimetres",
                "square centimeters", "sq cm")


def k_acres_sqft(rng: random.Random) -> Item | None:  # acres to square feet
    acres = F(rng.randint(1, 40), 4)
    unit = "acre" if acres == 1 else "acres"
    return conv("K_u_acres_sqft", f"lot size {show(acres)} {unit}, how many sq ft is that?",
                acres * ACRE / FOOT**2, "sq ft", "square feet", "ft²", "sqft")


def k_sqmi_acres(rng: random.Random) -> Item | None:  # square miles to acres
    sqmi = F(rng.randint(1, 80), 4)
    return conv("K_u_sqmi_acres", f"How many acres in {show(sqmi)} square "
                f"mile{'' if sqmi == 1 else 's'}?",
                sqmi * MILE**2 / ACRE, "acres", "ac")


def k_kwh_btu(rng: random.Random) -> Item | None:  # kWh to BTU
    kwh = rng.randint(1, 60)
    return conv("K_u_kwh_btu", f"convert {kwh} kWh to BTU (international table BTU)",
                kwh * 3600000 / F("1055.05585262"), "BTU", "Btu")


def k_watts_btu(rng: random.Random) -> Item | None:  # heater watts to BTU per hour
    watts = rng.choice([500, 750, 1000, 1200, 1500, 1800, 2000, 2500, 3000])
    return conv("K_u_watts_btu", f"My space heater is {watts} watts. How many BTU per hour is "
                "that?", watts * 3600 / F("1055.05585262"), "BTU/h", "BTU per hour", "BTU/hr",
                "Btu/h")


def k_mah_wh(rng: random.Random) -> Item | None:  # power bank mAh to Wh
    mah, volts = rng.choice([5000, 10000, 15000, 20000, 25000, 26800, 30000]), rng.choice(
        [F("3.6"), F("3.7"), F("3.85")])
    return conv("K_u_mah_wh", f"Power bank is {mah} mAh at {show(volts)} V - is it under the "
                "100 Wh airline limit? how many Wh?", mah * volts / 1000, "Wh", "watt-hours",
                "watt hours")


def k_atm_psi(rng: random.Random) -> Item | None:  # atmospheres to psi
    atm = F(rng.randint(15, 300), 10)
    return conv("K_u_atm_psi", f"what's {show(atm)} atm in psi?",
                atm * 101325 / PSI, "psi", "PSI")


def k_kpa_psi(rng: random.Random) -> Item | None:  # kPa to psi
    kpa = rng.randint(100, 900)
    return conv("K_u_kpa_psi", f"Car manual says {kpa} kPa for the tyres. What's that in "
                "psi?", kpa * 1000 / PSI, "psi", "PSI")


def k_hm_decimal(rng: random.Random) -> Item | None:  # hours and minutes to decimal hours
    h, m = rng.randint(1, 12), rng.choice(range(3, 60, 3))
    return conv("K_u_hm_decimal", f"worked {h}h {m}m today, need it in decimal hours for the "
                "invoice", h + F(m, 60), "hours", "h", "hrs")


def k_decimal_hm(rng: random.Random) -> Item | None:  # decimal hours to hours and minutes
    tenths = rng.randint(11, 99)
    if tenths % 10 in (0, 5):
        return None
    mins = tenths * 6
    h, m = divmod(mins, 60)
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} h {m} min",
             f"{h}h {m}m", f"{h}:{m:02d}", f"{h} hrs {m} mins", f"{h} hr {m} min"]
    if h == 1:
        forms += [f"1 hour {m} minutes", f"1 hour and {m} minutes"]
    return multi("K_u_decimal_hm", f"the app says {show(F(tenths, 10))} hours - how many hours "
                 "and minutes is that?", forms)


def k_sec_min_sec(rng: random.Random) -> Item | None:  # seconds to minutes and seconds
    s = rng.randint(70, 3500)
    m, r = divmod(s, 60)
    if r == 0:
        return None
    return multi("K_u_sec_min_sec", f"Plank timer says {s} seconds. Minutes and seconds?",
                 [f"{m}:{r:02d}", f"{m} min {r} s", f"{m} minutes {r} seconds", f"{m}m {r}s",
                  f"{m} minutes and {r} seconds", f"{m} min {r} sec"])


def k_fortnight_hours(rng: random.Random) -> Item | None:  # fortnights to hours
    n = rng.randint(2, 12)
    return conv("K_u_fortnight_hours", f"how many hours in {n} fortnights?", F(n * 336),
                "hours", "h", dp=0)


def k_mb_gb(rng: random.Random) -> Item | None:  # MB to GB, decimal
    mb = rng.randint(150, 95000)
    return conv("K_u_mb_gb", f"{mb:,} MB is how many GB (1 GB = 1000 MB)?", F(mb, 1000),
                "GB", "gigabytes", dp=3)


def k_bytes_kib(rng: random.Random) -> Item | None:  # bytes to KiB
    b = rng.randint(2000, 900000)
    return conv("K_u_bytes_kib", f"file is {b} bytes. size in KiB?", F(b, 1024), "KiB",
                "kibibytes")


def k_px_inches(rng: random.Random) -> Item | None:  # pixels at a dpi to cm
    px, dpi = rng.choice([1200, 1800, 2400, 3000, 3600, 4000, 4500, 6000]), rng.choice(
        [150, 200, 240, 300, 600])
    return conv("K_u_px_inches", f"Photo is {px} px wide. Printed at {dpi} dpi, how wide is "
                "the print in cm?", F(px, dpi) * INCH * 100, *CM)


def k_points_mm(rng: random.Random) -> Item | None:  # font points to millimetres
    pt = rng.choice([8, 9, 10, 11, 12, 14, 16, 18, 20, 24, 28, 36, 48, 72])
    return conv("K_u_points_mm", f"How tall is {pt} pt type in mm? (1 pt = 1/72 inch)",
                F(pt, 72) * INCH * 1000, "mm", "millimetres", "millimeters")


def k_kml_l100(rng: random.Random) -> Item | None:  # km per litre to L/100 km
    kml = F(rng.randint(80, 300), 10)
    return conv("K_u_kml_l100", f"scooter does {show(kml)} km/L, what's that in L/100km?",
                100 / kml, "L/100km", "l/100km", "L/100 km", "litres per 100 km")


def k_kml_mpg(rng: random.Random) -> Item | None:  # km per litre to US mpg
    kml = F(rng.randint(80, 250), 10)
    return conv("K_u_kml_mpg", f"{show(kml)} km per litre in US mpg?",
                kml * 1000 / MILE * US_GAL, "mpg", "miles per gallon")


def k_water_weight(rng: random.Random) -> Item | None:  # weight of water in a tank
    gal = rng.randint(5, 120)
    return conv("K_u_water_weight", f"How heavy is a {gal} gallon (US) fish tank's water, in "
                "kg? assume 1 kg per litre", gal * US_GAL, "kg", "kilograms", "kilos")


def k_grade_angle(rng: random.Random) -> Item | None:  # road gradient % to degrees
    pct = rng.randint(3, 35)
    return conv("K_u_grade_angle", f"road sign says {pct}% gradient. what angle is that in "
                "degrees?", math.degrees(math.atan(pct / 100)), "°", "degrees")


def k_deg_rad(rng: random.Random) -> Item | None:  # degrees to radians
    deg = rng.randint(5, 355)
    return conv("K_u_deg_rad", f"{deg} degrees in radians? 4 decimal places",
                math.radians(deg), "rad", "radians", dp=4)


def k_lb_oz_grams(rng: random.Random) -> Item | None:  # pounds and ounces to grams
    lb, oz = rng.randint(1, 5), rng.randint(1, 15)
    return conv("K_u_lb_oz_grams", f"recipe wants {lb} lb {oz} oz of potatoes. grams?",
                lb * LB * 1000 + oz * OZ * 1000, "g", "grams")


FAMILIES: list[tuple[Family, int]] = families(
    k_feet_inches_m, k_feet_cm, k_inches_feet, k_pool_yards_miles, k_nm_km, k_lb_stone_lb,
    k_cm_feet_inches, k_baby_lb_oz, k_mg_grams, k_carats, k_ml_tsp, k_metric_cups, k_gpm_lpm,
    k_lps_m3h, k_pool_gallons, k_cubic_inch_cc, k_cc_cubic_inch, k_f_kelvin, k_fps_mph,
    k_mph_ms, k_mile_pace_km, k_speed_pace, k_ha_m2, k_sqin_cm2, k_acres_sqft, k_sqmi_acres,
    k_kwh_btu, k_watts_btu, k_mah_wh, k_atm_psi, k_kpa_psi, k_hm_decimal, k_decimal_hm,
    k_sec_min_sec, k_fortnight_hours, k_mb_gb, k_bytes_kib, k_px_inches, k_points_mm,
    k_kml_l100, k_kml_mpg, k_water_weight, k_grade_angle, k_deg_rad, k_lb_oz_grams)
