"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: unit conversions people ask for
while cooking, travelling, building, shopping or at work, plus the answer forms shared by
the other ``heldout15_u*`` and ``heldout15_health*`` modules."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
INCH = F("0.0254")
FOOT = 12 * INCH
YARD = 3 * FOOT
MILE = 1760 * YARD
LB = F("0.45359237")
OZ = LB / 16
US_GAL = F("3.785411784")
UK_GAL = F("4.54609")
US_FLOZ = US_GAL * 1000 / 128  # ml
US_CUP = US_FLOZ * 8
TBSP = US_FLOZ / 2
TSP = TBSP / 3
PINT_UK = UK_GAL / 8
ACRE = F("4046.8564224")
KNOT = F(1852)
STONE = 14 * LB
CAL = F("4.184")
M, KM, MI = ("m", "metres", "meters"), ("km", "kilometres", "kilometers"), ("miles", "mi")
KG, LBS = ("kg", "kilograms", "kilos"), ("lb", "lbs", "pounds")
C_, F_ = ("°C", "C", "degrees Celsius", "degrees C", "celsius"), (
    "°F", "F", "degrees Fahrenheit", "degrees F", "fahrenheit")
KMH, MPH = ("km/h", "kph", "kilometres per hour", "kilometers per hour"), ("mph",
                                                                           "miles per hour")
ML, L_ = ("ml", "mL", "millilitres", "milliliters"), ("l", "L", "litres", "liters")
G_, CM = ("g", "grams"), ("cm", "centimetres", "centimeters")
MIN, HRS = ("minutes", "min", "mins"), ("hours", "h", "hrs")
MG = ("mg", "milligrams")


def show(value: Fraction | int) -> str:
    """A terminating decimal written plainly (12.5, 3, 0.25)."""
    value = F(value)
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return text


def tie(value: Fraction, dp: int) -> bool:
    scaled = F(value) * 10**dp
    return (scaled * 2).denominator == 1 and scaled.denominator != 1


def nums(value: Fraction, dp: int = 2) -> list[str] | None:
    """The rounded value as a reply could write it, or None when rounding is a tie."""
    value = F(value)
    if tie(value, dp):
        return None
    rounded = round(value, dp)
    full = f"{float(rounded):.{dp}f}"
    short = full.rstrip("0").rstrip(".") if "." in full else full
    out = [short, full]
    if abs(rounded) >= 1000:
        out += [f"{float(rounded):,.{dp}f}", f"{float(rounded):,.{dp}f}".rstrip("0").rstrip(".")]
    return list(dict.fromkeys(out))


def forms(value: Fraction, units: tuple[str, ...], dp: int = 2) -> list[str] | None:
    got = nums(value, dp)
    if got is None:
        return None
    if not units:
        return got
    out = []
    for number in got:
        for unit in units:
            out.append(f"{number} {unit}")
            if len(unit) <= 4 or unit.startswith("°"):
                out.append(f"{number}{unit}")
    return list(dict.fromkeys(out))


def conv(name: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    accepted = forms(value, units, dp)
    return None if accepted is None else item(name, "calc", text, [accepted])


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight, any day) in 12- and 24-hour forms."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h12}:{m:02d} {half}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d} {half.upper()}",
           f"{h12}:{m:02d}{half.upper()}", f"{h:02d}:{m:02d}", f"{h}:{m:02d}"]
    return list(dict.fromkeys(out))


def say(minutes: int) -> str:
    """How a person writes a time of day in a message (7:30am, 2:05pm)."""
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def families(*makers: Callable[[random.Random], Item | None]) -> list[tuple[Family, int]]:
    def retry(make: Callable[[random.Random], Item | None]) -> Family:
        def draw(rng: random.Random) -> Item:
            while (made := make(rng)) is None:
                pass
            return made
        return draw
    return [(fresh(retry(make)), 8) for make in makers]


def j_hike_km(rng: random.Random) -> Item | None:  # a trail length in miles, to km
    mi = F(rng.randint(15, 140), 10)
    return conv("J_u_hike_km", f"trail guide says the loop is {show(mi)} miles. how far is that "
                "in km?", mi * MILE / 1000, *KM)


def j_height_cm(rng: random.Random) -> Item | None:  # feet and inches to centimetres
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    return conv("J_u_height_cm", f"Form wants my height in cm and I only know I'm {ft}'{inch}\"."
                " What do I put?", (ft * 12 + inch) * INCH * 100, *CM)


def j_tv_cm(rng: random.Random) -> Item | None:  # a screen diagonal in inches to cm
    inch = rng.choice([24, 27, 32, 40, 43, 50, 55, 58, 65, 70, 75, 85])
    return conv("J_u_tv_cm", f"is a {inch} inch telly too big for my wall? whats the diagonal in "
                "centimetres", inch * INCH * 100, *CM)


def j_fabric_yards(rng: random.Random) -> Item | None:  # metres of fabric to yards
    m = F(rng.randint(5, 60), 10)
    return conv("J_u_fabric_yards", f"Pattern asks for {show(m)} m of fabric but the shop sells "
                "by the yard. How many yards?", m / YARD, "yd", "yards")


def j_pipe_mm(rng: random.Random) -> Item | None:  # a fraction-of-an-inch size to mm
    num, den = rng.choice([(1, 4), (3, 8), (1, 2), (5, 8), (3, 4), (7, 8), (5, 16), (3, 16),
                           (7, 16), (9, 16), (11, 16), (13, 16)])
    return conv("J_u_pipe_mm", f"hardware store only lists metric. what's {num}/{den} inch in "
                "mm", F(num, den) * INCH * 1000, "mm", "millimetres", "millimeters")


def j_marathon_pace(rng: random.Random) -> Item | None:  # min/km pace to min/mile
    sec = rng.randint(270, 420)
    m, s = divmod(sec, 60)
    return conv("J_u_marathon_pace", f"I run at {m}:{s:02d} per km. In minutes per mile, as a "
                "decimal, what pace is that?", F(sec, 60) * MILE / 1000, "min/mile",
                "minutes per mile", "min/mi")


def j_luggage_lb(rng: random.Random) -> Item | None:  # a baggage allowance in kg to lb
    kg = rng.choice([7, 8, 10, 12, 15, 18, 20, 23, 25, 28, 30, 32])
    return conv("J_u_luggage_lb", f"airline allows {kg} kg checked. my scale only does pounds - "
                "whats the limit in lb", kg / LB, *LBS)


def j_stone_kg(rng: random.Random) -> Item | None:  # stones and pounds to kilograms
    st, lb = rng.randint(7, 20), rng.randint(0, 13)
    return conv("J_u_stone_kg", f"Doctor's form wants kilograms. I weigh {st} st {lb} lb.",
                (st * 14 + lb) * LB, *KG)


def j_flour_oz(rng: random.Random) -> Item | None:  # grams of flour to ounces
    g = rng.choice([125, 150, 175, 200, 225, 250, 275, 300, 350, 400, 450, 500])
    return conv("J_u_flour_oz", f"{g}g plain flour -> oz? my old scales are imperial",
                F(g, 1000) / OZ, "oz", "ounces")


def j_butter_grams(rng: random.Random) -> Item | None:  # ounces of butter to grams
    oz = rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16])
    return conv("J_u_butter_grams", f"Grandma's recipe: {oz} oz butter. How many grams do I "
                "weigh out?", oz * OZ * 1000, *G_)


def j_cups_ml(rng: random.Random) -> Item | None:  # US cups to millilitres
    cups = F(rng.choice([1, 2, 3, 5, 6, 7, 9, 10, 11, 12]), 4) * rng.choice([1, 2])
    return conv("J_u_cups_ml", f"how many ml is {show(cups)} US cups of milk", cups * US_CUP,
                *ML)


def j_tbsp_ml(rng: random.Random) -> Item | None:  # US tablespoons to millilitres
    tbsp = rng.randint(2, 16)
    return conv("J_u_tbsp_ml", f"Need {tbsp} tablespoons of olive oil but only have a measuring "
                "jug in ml (US tbsp). How much?", tbsp * TBSP, *ML)


def j_tsp_ml(rng: random.Random) -> Item | None:  # US teaspoons to millilitres
    tsp = F(rng.randint(1, 12), 2)
    return conv("J_u_tsp_ml", f"{show(tsp)} US teaspoons in millilitres?", tsp * TSP, *ML)


def j_pint_ml(rng: random.Random) -> Item | None:  # UK pints to millilitres
    pints = rng.randint(2, 12)
    return conv("J_u_pint_ml", f"the milkman left {pints} UK pints. that's how many ml total?",
                pints * PINT_UK * 1000, *ML)


def j_jug_floz(rng: random.Random) -> Item | None:  # litres to US fluid ounces
    l_ = F(rng.randint(3, 30), 10)
    return conv("J_u_jug_floz", f"Water jug holds {show(l_)} L. How many US fluid ounces is "
                "that?", l_ * 1000 / US_FLOZ, "fl oz", "US fl oz", "fluid ounces", "oz")


def j_gas_litres(rng: random.Random) -> Item | None:  # US gallons pumped to litres
    gal = F(rng.randint(40, 250), 10)
    return conv("J_u_gas_litres", f"pumped {show(gal)} gallons at a US gas station, how many "
                "litres did I buy?", gal * US_GAL, *L_)


def j_sauna_f(rng: random.Random) -> Item | None:  # a sauna temperature in °C to °F
    c = rng.randint(60, 110)
    return conv("J_u_sauna_f", f"The hotel sauna is set to {c} °C. What's that in Fahrenheit "
                "for my American friend?", c * F(9, 5) + 32, *F_)


def j_fever_c(rng: random.Random) -> Item | None:  # a body temperature in °F to °C
    f = F(rng.randint(970, 1045), 10)
    return conv("J_u_fever_c", f"thermometer reads {show(f)}F, whats that in C", (f - 32) * F(5, 9),
                *C_)


def j_freezer_f(rng: random.Random) -> Item | None:  # a freezer in °C (negative) to °F
    c = -rng.randint(12, 30)
    return conv("J_u_freezer_f", f"My freezer display shows {c}°C. Convert to °F please.",
                c * F(9, 5) + 32, *F_)


def j_pool_c(rng: random.Random) -> Item | None:  # a pool temperature in °F to °C
    f = rng.randint(72, 90)
    return conv("J_u_pool_c", f"Pool heater set at {f} F. Is that warm? what is it in celsius",
                (f - 32) * F(5, 9), *C_)


def j_lab_kelvin(rng: random.Random) -> Item | None:  # °C to kelvin
    c = F(rng.randint(-400, 1200), 10)
    return conv("J_u_lab_kelvin", f"lab sheet: sample held at {show(c)} °C. Write it in kelvin.",
                c + F("273.15"), "K", "kelvin")


def j_train_mph(rng: random.Random) -> Item | None:  # a train's top speed in km/h to mph
    kmh = rng.choice([160, 200, 230, 250, 270, 300, 320, 350])
    return conv("J_u_train_mph", f"The high-speed train hits {kmh} km/h. How fast is that in "
                "mph?", kmh * 1000 / MILE, *MPH)


def j_wind_knots(rng: random.Random) -> Item | None:  # wind in km/h to knots
    kmh = rng.randint(10, 90)
    return conv("J_u_wind_knots", f"sailing tomorrow, forecast wind {kmh} km/h. how many knots?",
                kmh * 1000 / KNOT, "knots", "kn", "kt")


def j_treadmill_kmh(rng: random.Random) -> Item | None:  # treadmill mph to km/h
    mph = F(rng.randint(30, 90), 10)
    return conv("J_u_treadmill_kmh", f"Gym treadmill set to {show(mph)} mph - what's that in "
                "km/h?", mph * MILE / 1000, *KMH)


def j_ms_kmh(rng: random.Random) -> Item | None:  # a sprint speed in m/s to km/h
    ms = F(rng.randint(50, 120), 10)
    return conv("J_u_ms_kmh", f"physics homework: a sprinter at {show(ms)} m/s is going how many "
                "km/h?", ms * F(36, 10), *KMH)


def j_garden_sqft(rng: random.Random) -> Item | None:  # square metres to square feet
    m2 = rng.randint(12, 300)
    return conv("J_u_garden_sqft", f"our garden is {m2} m² - how many square feet is that?",
                m2 / FOOT**2, "sq ft", "ft²", "ft2", "square feet")


def j_room_m2(rng: random.Random) -> Item | None:  # a room in feet by feet to square metres
    a, b = rng.randint(8, 20), rng.randint(8, 20)
    return conv("J_u_room_m2", f"Bedroom measures {a} ft by {b} ft. I need the floor area in "
                "square metres for the carpet order.", a * b * FOOT**2, "m²", "m2", "sq m",
                "square metres", "square meters")


def j_acres_ha(rng: random.Random) -> Item | None:  # acres to hectares
    ac = F(rng.randint(5, 500), 10)
    return conv("J_u_acres_ha", f"farm for sale, {show(ac)} acres. in hectares?", ac * ACRE / 10000,
                "ha", "hectares")


def j_sqkm_sqmi(rng: random.Random) -> Item | None:  # square km to square miles
    km2 = rng.randint(20, 2000)
    return conv("J_u_sqkm_sqmi", f"The national park covers {km2} km². How many square miles?",
                km2 * 10**6 / MILE**2, "sq mi", "square miles", "mi²")


def j_snack_kj(rng: random.Random) -> Item | None:  # kcal to kilojoules
    kcal = rng.randint(80, 900)
    return conv("J_u_snack_kj", f"app logs food in kJ. a snack bar with {kcal} kcal is how many "
                "kJ?", kcal * CAL, "kJ", "kilojoules")


def j_heater_kwh(rng: random.Random) -> Item | None:  # a heater's watts times hours to kWh
    w, h = rng.choice([750, 1000, 1200, 1500, 1800, 2000, 2200, 2500]), rng.randint(2, 9)
    return conv("J_u_heater_kwh", f"If I run a {w} W heater for {h} hours, how many kWh does it "
                "use?", F(w * h, 1000), "kWh", "kilowatt-hours", "kilowatt hours")


def j_therm_kwh(rng: random.Random) -> Item | None:  # therms to kWh
    therms = rng.randint(10, 120)
    return conv("J_u_therm_kwh", f"gas bill shows {therms} therms used. what is that in kwh "
                "(US therm)?", therms * F("105480400") / 3600000, "kWh", "kilowatt-hours")


def j_gb_mb(rng: random.Random) -> Item | None:  # gigabytes (binary) to megabytes
    gb = F(rng.randint(5, 80), 10)
    return conv("J_u_gb_mb", f"how many MB is {show(gb)} GB? counting 1 GB = 1024 MB",
                gb * 1024, "MB", "megabytes")


def j_download_time(rng: random.Random) -> Item | None:  # file size over a link speed, minutes
    gb, mbps = rng.randint(2, 60), rng.choice([20, 25, 40, 50, 80, 100, 150, 200, 300])
    return conv("J_u_download_time", f"Downloading a {gb} GB game on {mbps} Mbps broadband - how "
                "many minutes will it take? (1 GB = 1000 MB, ignore overhead)",
                F(gb * 8000, mbps * 60), *MIN)


def j_photos_fit(rng: random.Random) -> Item | None:  # how many photos fit on a card
    gb, mb = rng.choice([16, 32, 64, 128, 256]), F(rng.randint(25, 90), 10)
    count = int(gb * 1000 / mb)
    return item("J_u_photos_fit", "calc", f"each photo is about {show(mb)} MB. how many whole "
                f"photos fit on a {gb} GB card (1 GB = 1000 MB)?",
                [[str(count), f"{count:,}", f"{count} photos"]])


def j_days_seconds(rng: random.Random) -> Item | None:  # days to seconds
    d = rng.randint(2, 30)
    return conv("J_u_days_seconds", f"kid asked me how many seconds are in {d} days. help",
                F(d * 86400), "seconds", "s", "secs")


def j_minutes_hours(rng: random.Random) -> Item | None:  # minutes to decimal hours
    mins = rng.randint(70, 600)
    return conv("J_u_minutes_hours", f"Timesheet needs decimal hours. I worked {mins} minutes on "
                "the project.", F(mins, 60), *HRS)


def j_mpg_us_l100(rng: random.Random) -> Item | None:  # US mpg to l/100km
    mpg = rng.randint(18, 55)
    return conv("J_u_mpg_us_l100", f"rental car rated {mpg} mpg (US). convert to litres per 100 "
                "km", 100 * US_GAL / (mpg * MILE / 1000), "l/100km", "L/100km",
                "litres per 100 km", "liters per 100 km", "L/100 km")


def j_l100_mpg(rng: random.Random) -> Item | None:  # l/100km to US mpg
    l100 = F(rng.randint(40, 140), 10)
    return conv("J_u_l100_mpg", f"My car uses {show(l100)} L/100km. What's that in US miles per "
                "gallon?", 100 * US_GAL * 1000 / (l100 * MILE), "mpg", "miles per gallon")


def j_psi_kpa(rng: random.Random) -> Item | None:  # psi to kPa
    psi = rng.randint(20, 120)
    return conv("J_u_psi_kpa", f"bike tyre says max {psi} psi. in kPa?",
                psi * LB * F("9.80665") / INCH**2 / 1000, "kPa", "kilopascals")


def j_hpa_inhg(rng: random.Random) -> Item | None:  # hPa to inches of mercury
    hpa = rng.randint(960, 1045)
    return conv("J_u_hpa_inhg", f"Barometer reads {hpa} hPa. What's that in inches of mercury?",
                hpa * 100 / F("3386.389"), "inHg", "inches of mercury", "in Hg")


def j_hp_kw(rng: random.Random) -> Item | None:  # mechanical horsepower to kW
    hp = rng.randint(70, 500)
    return conv("J_u_hp_kw", f"the car brochure says {hp} hp. how many kilowatts is that",
                hp * F("745.69987158227022") / 1000, "kW", "kilowatts")


def j_nautical_km(rng: random.Random) -> Item | None:  # nautical miles to km
    nm = rng.randint(12, 400)
    return conv("J_u_nautical_km", f"Ferry crossing is {nm} nautical miles. Roughly how many "
                "kilometres?", nm * KNOT / 1000, *KM)


def j_carat_grams(rng: random.Random) -> Item | None:  # carats to grams
    ct = F(rng.randint(3, 60), 10)
    return conv("J_u_carat_grams", f"ring has a {show(ct)} carat stone, how many grams does the "
                "stone weigh?", ct / 5, *G_)


def j_troy_grams(rng: random.Random) -> Item | None:  # troy ounces to grams
    ozt = rng.randint(1, 40)
    return conv("J_u_troy_grams", f"I've got {ozt} troy ounces of silver coins. What is that in "
                "grams?", ozt * F("31.1034768"), *G_)


def j_light_year(rng: random.Random) -> Item | None:  # light years to trillion km
    ly = F(rng.randint(5, 100), 10)
    return conv("J_u_light_year", f"{show(ly)} light years is how many trillion km? (1 ly = "
                "9.4607 trillion km)", ly * F("9.4607"), "trillion km", "trillion kilometres",
                "trillion kilometers")


FAMILIES: list[tuple[Family, int]] = families(
    j_hike_km, j_height_cm, j_tv_cm, j_fabric_yards, j_pipe_mm, j_marathon_pace, j_luggage_lb,
    j_stone_kg, j_flour_oz, j_butter_grams, j_cups_ml, j_tbsp_ml, j_tsp_ml, j_pint_ml, j_jug_floz,
    j_gas_litres, j_sauna_f, j_fever_c, j_freezer_f, j_pool_c, j_lab_kelvin, j_train_mph,
    j_wind_knots, j_treadmill_kmh, j_ms_kmh, j_garden_sqft, j_room_m2, j_acres_ha, j_sqkm_sqmi,
    j_snack_kj, j_heater_kwh, j_therm_kwh, j_gb_mb, j_download_time, j_photos_fit, j_days_seconds,
    j_minutes_hours, j_mpg_us_l100, j_l100_mpg, j_psi_kpa, j_hpa_inhg, j_hp_kw, j_nautical_km,
    j_carat_grams, j_troy_grams, j_light_year)
