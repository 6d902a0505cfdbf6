"""Round 12 (``P_u_*``, dev now) for ``muse bench agents``: energy, power, pressure, data,
time, kitchen and fuel-economy conversions."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_quantities import (
    INCH,
    KCAL,
    LB,
    MILE,
    OZ,
    PSI,
    UK_GAL,
    US_GAL,
    alts,
    calc,
    conv,
    duration,
    families,
    num,
    show,
    tie,
)
from bench.data.agents.helpers import Family, Item

F = Fraction
HP_MECH, HP_METRIC = F("745.69987158227022"), F("735.49875")  # W
MMHG = F("133.322387415")  # Pa
INHG = F("3386.389")  # Pa
KW = ("kW", "kilowatts")
HP = ("hp", "horsepower", "bhp", "PS")
PSI_U = ("psi", "PSI", "pounds per square inch")
KPA = ("kPa", "kilopascals")
L100 = ("L/100km", "l/100km", "L/100 km", "l/100 km", "litres per 100 km",
        "liters per 100 km")


def p_meal_kj(rng: random.Random) -> Item | None:  # kilocalories to kilojoules
    kcal = rng.randint(150, 1200)
    return conv("P_u_meal_kj", f"the app says my lunch was {kcal} kcal — my Australian "
                "friend counts kJ, how many kJ is that?", kcal * KCAL, "kJ", "kilojoules")


def p_bar_kcal(rng: random.Random) -> Item | None:  # kilojoules on a snack bar to kcal
    kj = rng.randint(350, 1500)
    return conv("P_u_bar_kcal", f"Protein bar: {kj} kJ. Calories (kcal)?", kj / KCAL, "kcal",
                "calories", "Calories", "Cal")


def p_hp_kw(rng: random.Random) -> Item | None:  # horsepower to kilowatts
    hp = rng.choice([75, 90, 110, 130, 150, 180, 200, 250, 300, 400, 500])
    return alts("P_u_hp_kw", f"Car advert says {hp} hp. How many kW is that?",
                [hp * HP_MECH / 1000, hp * HP_METRIC / 1000], *KW)


def p_kw_hp(rng: random.Random) -> Item | None:  # kilowatts to horsepower
    kw = rng.choice([55, 66, 81, 85, 96, 110, 125, 147, 180, 220, 300])
    return alts("P_u_kw_hp", f"the registration papers list engine power as {kw} kW - in "
                "horsepower?", [kw * 1000 / HP_MECH, kw * 1000 / HP_METRIC], *HP)


def p_powerbank_wh(rng: random.Random) -> Item | None:  # mAh at a voltage to watt-hours
    mah = rng.choice([5000, 10000, 15000, 20000, 25000, 26800, 27000, 30000])
    volts = rng.choice([F("3.6"), F("3.7"), F("3.85")])
    return conv("P_u_powerbank_wh", f"Can I fly with a {mah} mAh power bank? The limit is "
                f"in Wh. It's {show(volts)} V - how many Wh?", F(mah, 1000) * volts, "Wh",
                "watt-hours", "watt hours")


def p_bulb_kj(rng: random.Random) -> Item | None:  # watts for hours to kilojoules
    watts, hours = rng.choice([5, 8, 9, 10, 40, 60, 75, 100]), F(rng.randint(1, 20), 2)
    return conv("P_u_bulb_kj", f"A {watts} W bulb is left on for {show(hours)} hours. How "
                "much energy does it use, in kilojoules?", watts * hours * F(36, 10), "kJ",
                "kilojoules")


def p_bar_psi(rng: random.Random) -> Item | None:  # bar to psi
    bar = F(rng.randint(15, 40), 10)
    return conv("P_u_bar_psi", f"bike tyre max is {show(bar)} bar, my pump is in psi. what "
                "number is that", bar * 10**5 / PSI, *PSI_U)


def p_kpa_psi(rng: random.Random) -> Item | None:  # kilopascals to psi
    kpa = rng.randrange(180, 300, 10)
    return conv("P_u_kpa_psi", f"Recommended tyre pressure {kpa} kPa. Convert to psi.",
                kpa * 1000 / PSI, *PSI_U)


def p_mmhg_kpa(rng: random.Random) -> Item | None:  # mmHg to kilopascals
    mmhg = rng.randint(60, 180)
    return conv("P_u_mmhg_kpa", f"my blood pressure app shows mmHg but the clinic letter "
                f"used kPa. {mmhg} mmHg is how many kPa?", mmhg * MMHG / 1000, *KPA)


def p_hpa_inhg(rng: random.Random) -> Item | None:  # hectopascals to inches of mercury
    hpa = rng.randint(960, 1045)
    return conv("P_u_hpa_inhg", f"Barometer reads {hpa} hPa. What is that in inches of "
                "mercury?", hpa * 100 / INHG, "inHg", "in Hg", "inches of mercury", "inches")


def p_atm_kpa(rng: random.Random) -> Item | None:  # atmospheres to kilopascals
    atm = F(rng.randint(11, 60), 10)
    return conv("P_u_atm_kpa", f"Pressure of {show(atm)} atm expressed in kPa?",
                atm * F("101.325"), *KPA)


def p_gib_mib(rng: random.Random) -> Item | None:  # GiB to MiB
    gib = F(rng.randint(3, 80), 4)
    return conv("P_u_gib_mib", f"how many MiB in {show(gib)} GiB", gib * 1024, "MiB")


def p_mb_gb(rng: random.Random) -> Item | None:  # megabytes to gigabytes, either convention
    mb = rng.randrange(1200, 60000, 100)
    return alts("P_u_mb_gb", f"The backup folder is {mb:,} MB. Roughly how many GB?",
                [F(mb, 1000), F(mb, 1024)], "GB", "gigabytes")


def p_mbps_mbs(rng: random.Random) -> Item | None:  # megabits per second to megabytes
    mbps = rng.choice([30, 50, 75, 100, 150, 200, 250, 300, 500, 900, 1000])
    return conv("P_u_mbps_mbs", f"My broadband is {mbps} Mbps. How many megabytes per second "
                "can I download at best?", F(mbps, 8), "MB/s", "megabytes per second",
                "MB per second", "MBps")


def p_download_min(rng: random.Random) -> Item | None:  # a download time in minutes
    gb, mbps = F(rng.randint(10, 120), 10), rng.choice([20, 40, 50, 80, 100, 200])
    return alts("P_u_download_min", f"game update is {show(gb)} GB and my connection is "
                f"{mbps} Mbit/s. how many minutes will the download take at full speed?",
                [gb * 8000 / mbps / 60, gb * 1024**3 * 8 / 10**6 / mbps / 60], "minutes",
                "min", "mins")


def p_kib_bytes(rng: random.Random) -> Item | None:  # KiB to bytes
    kib = rng.choice([4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 256, 512])
    return conv("P_u_kib_bytes", f"How many bytes are in {kib} KiB?", F(kib * 1024), "bytes",
                "B", dp=0)


def p_photos_card(rng: random.Random) -> Item | None:  # how many photos fit on a card
    card, photo = rng.choice([16, 32, 64, 128, 256]), F(rng.randint(25, 90), 10)
    count = int(card * 1000 / photo)
    forms = [f"{n} {w}" for n in num(count, 0) for w in ("photos", "pictures", "images")]
    return calc("P_u_photos_card", f"If each photo is {show(photo)} MB, how many whole photos "
                f"fit on a {card} GB card? (take 1 GB = 1000 MB)", forms)


def p_days_seconds(rng: random.Random) -> Item | None:  # days to seconds
    days = F(rng.randint(2, 29), 2)
    return conv("P_u_days_seconds", f"How many seconds are there in {show(days)} days?",
                days * 86400, "seconds", "s", "secs", dp=0)


def p_minutes_hm(rng: random.Random) -> Item | None:  # minutes to hours and minutes
    minutes = rng.randint(70, 600)
    if minutes % 60 == 0:
        return None
    return calc("P_u_minutes_hm", f"the film is {minutes} minutes long, how long is that in "
                "hours and minutes?", duration(minutes))


def p_decimal_hours(rng: random.Random) -> Item | None:  # hours and minutes to decimal hours
    h, m = rng.randint(1, 11), rng.choice([6, 12, 15, 18, 24, 30, 36, 42, 45, 48, 54])
    return conv("P_u_decimal_hours", f"For my timesheet I need {h} h {m} min as decimal "
                "hours.", h + F(m, 60), "hours", "h", "hrs")


def p_days_weeks(rng: random.Random) -> Item | None:  # days to weeks and days
    days = rng.randint(16, 300)
    w, d = divmod(days, 7)
    if not d:
        return None
    forms = [f"{w} weeks and {d} day{'s' * (d > 1)}", f"{w} weeks {d} day{'s' * (d > 1)}",
             f"{w} weeks, {d} day{'s' * (d > 1)}", f"{w}w {d}d"]
    return calc("P_u_days_weeks", f"It's {days} days until the wedding. How many weeks and "
                "days is that?", forms)


def p_seconds_hms(rng: random.Random) -> Item | None:  # seconds to h:mm:ss
    secs = rng.randint(3700, 40000)
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    if not m or not s:
        return None
    hs = "hour" if h == 1 else "hours"
    forms = [f"{h}:{m:02d}:{s:02d}", f"{h} {hs} {m} minutes {s} seconds",
             f"{h} {hs}, {m} minutes and {s} seconds", f"{h} {hs}, {m} minutes, {s} seconds",
             f"{h}h {m}m {s}s", f"{h}h {m}min {s}s", f"{h} h {m} min {s} s",
             f"{h} {hs} {m} minutes and {s} seconds"]
    return calc("P_u_seconds_hms", f"my watch logged {secs:,} seconds of activity. what's "
                "that in hours, minutes and seconds?", forms)


def p_butter_sticks(rng: random.Random) -> Item | None:  # sticks of butter to grams
    sticks = rng.choice([F(1, 2), F(1), F(3, 2), F(2), F(5, 2), F(3), F(4), F(3, 4)])
    said = {F(1, 2): "half a stick", F(3, 4): "3/4 of a stick", F(1): "1 stick"}
    text = said.get(sticks, f"{show(sticks)} sticks")
    return alts("P_u_butter_sticks", f"American recipe wants {text} of butter. How many grams "
                "is that?", [sticks * 4 * OZ * 1000, sticks * 113], "g", "grams")


def p_flour_cups(rng: random.Random) -> Item | None:  # grams of flour to cups, density given
    grams, per_cup = rng.randint(100, 800), rng.choice([120, 125, 128, 130])
    return conv("P_u_flour_cups", f"I only have a scale: {grams} g of flour. If one cup of "
                f"flour weighs {per_cup} g, how many cups is that?", F(grams, per_cup), "cups",
                "cup")


def p_fan_oven(rng: random.Random) -> Item | None:  # a conventional °F setting to fan °C
    f = rng.choice([300, 325, 340, 350, 360, 375, 400, 410, 425, 450, 475])
    return conv("P_u_fan_oven", f"recipe says {f}°F in a conventional oven. mine's a fan oven "
                "so I take 20°C off - what do I set in celsius?", (f - 32) * F(5, 9) - 20,
                "°C", "C", "degrees Celsius", "degrees C", "celsius", "degrees")


def p_cups_tbsp(rng: random.Random) -> Item | None:  # US cups to tablespoons
    said = {F(1, 4): "1/4", F(1, 3): "1/3", F(1, 2): "1/2", F(2, 3): "2/3", F(3, 4): "3/4",
            F(3, 2): "1 1/2", F(5, 4): "1 1/4", F(1, 8): "1/8", F(3, 8): "3/8"}
    cups = rng.choice(list(said))
    return conv("P_u_cups_tbsp", f"how many tablespoons in {said[cups]} cup?", cups * 16,
                "tablespoons", "tbsp", "Tbsp", "T")


def p_mpg_l100(rng: random.Random) -> Item | None:  # US mpg to litres per 100 km
    mpg = rng.randint(15, 60)
    return conv("P_u_mpg_l100", f"The rental (US) is rated {mpg} mpg. What's that in litres "
                "per 100 km?", 100 * US_GAL / (mpg * MILE / 1000), *L100)


def p_l100_mpg(rng: random.Random) -> Item | None:  # litres per 100 km to UK mpg
    l100 = F(rng.randint(35, 120), 10)
    return conv("P_u_l100_mpg", f"Trip computer says {show(l100)} L/100km. What's that in UK "
                "mpg (imperial gallons)?", 100 * UK_GAL / l100 * 1000 / MILE, "mpg",
                "miles per gallon")


def p_kml_mpg(rng: random.Random) -> Item | None:  # km per litre to US mpg
    kml = F(rng.randint(80, 250), 10)
    return conv("P_u_kml_mpg", f"my scooter does {show(kml)} km per litre - how many miles "
                "per (US) gallon is that?", kml * 1000 / MILE * US_GAL, "mpg",
                "miles per gallon")


def p_ev_kwh100(rng: random.Random) -> Item | None:  # miles per kWh to kWh per 100 km
    mi_kwh = F(rng.randint(25, 50), 10)
    return conv("P_u_ev_kwh100", f"My EV averages {show(mi_kwh)} miles per kWh. What is that "
                "as kWh per 100 km?", 100 / (mi_kwh * MILE / 1000), "kWh/100km",
                "kWh/100 km", "kWh per 100 km")


def p_deg_rad(rng: random.Random) -> Item | None:  # degrees to radians (pi to 10 places)
    deg = rng.choice([10, 15, 20, 25, 35, 40, 50, 55, 65, 70, 75, 80, 100, 110, 130, 200])
    value = deg * F("3.14159265358979") / 180
    if tie(value):
        return None
    return conv("P_u_deg_rad", f"convert {deg} degrees to radians (as a decimal)", value,
                "radians", "rad")


def p_psi_bar(rng: random.Random) -> Item | None:  # psi to bar, a pressure washer
    psi = rng.choice([1300, 1600, 1800, 2000, 2200, 2500, 2700, 3000, 3200, 3600])
    return conv("P_u_psi_bar", f"Pressure washer rated {psi:,} PSI - how many bar is that?",
                psi * PSI / 10**5, "bar")


def p_inch_rain_ml(rng: random.Random) -> Item | None:  # rain depth on a roof to litres
    inches, m2 = F(rng.randint(2, 30), 10), rng.randint(20, 150)
    return conv("P_u_inch_rain_ml", f"{show(inches)} inches of rain fell on a {m2} m² roof. "
                "How many litres of water is that?", inches * INCH * m2 * 1000, "litres",
                "liters", "L", "l")


def p_lb_per_week(rng: random.Random) -> Item | None:  # pounds lost to kilograms
    lb = F(rng.randint(3, 60), 2)
    return conv("P_u_lb_per_week", f"Lost {show(lb)} lbs since January!! how much is that in "
                "kilos?", lb * LB, "kg", "kilograms", "kilos")


FAMILIES: list[tuple[Family, int]] = families(
    p_meal_kj, p_bar_kcal, p_hp_kw, p_kw_hp, p_powerbank_wh, p_bulb_kj, p_bar_psi, p_kpa_psi,
    p_mmhg_kpa, p_hpa_inhg, p_atm_kpa, p_gib_mib, p_mb_gb, p_mbps_mbs, p_download_min,
    p_kib_bytes, p_photos_card, p_days_seconds, p_minutes_hm, p_decimal_hours, p_days_weeks,
    p_seconds_hms, p_butter_sticks, p_flour_cups, p_fan_oven, p_cups_tbsp, p_mpg_l100,
    p_l100_mpg, p_kml_mpg, p_ev_kwh100, p_deg_rad, p_psi_bar, p_inch_rain_ml, p_lb_per_week)
