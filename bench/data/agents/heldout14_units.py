"""Round 14 (``N_u_*``, dev now) for ``muse bench agents``: unit conversions people ask for
in passing, plus the answer forms shared by round 14's units, health and everyday modules."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
Maker = Callable[[random.Random], Item | None]
INCH, FOOT, YARD = F("0.0254"), F("0.3048"), F("0.9144")  # metres
MILE = F("1609.344")  # metres
LB, OZ = F("0.45359237"), F("0.45359237") / 16  # kilograms
US_GAL = F("3.785411784")  # litres
UK_GAL = F("4.54609")  # litres
US_FLOZ = US_GAL * 1000 / 128  # millilitres
UK_PINT = UK_GAL * 1000 / 8  # millilitres
US_CUP = US_FLOZ * 8  # millilitres
TBSP, TSP = US_FLOZ / 2, US_FLOZ / 6  # millilitres
KCAL = F("4.184")  # kilojoules
M, KM, MI = ("m", "metres", "meters"), ("km", "kilometres", "kilometers"), ("miles", "mi")
CM, MM = ("cm", "centimetres", "centimeters"), ("mm", "millimetres", "millimeters")
KG, G = ("kg", "kilograms", "kilos"), ("g", "grams")
LBS = ("lb", "lbs", "pounds")
L, ML = ("L", "litres", "liters", "l"), ("ml", "mL", "millilitres", "milliliters")
DEG_C = ("°C", "degrees Celsius", "degrees C", "celsius", "C")
DEG_F = ("°F", "degrees Fahrenheit", "degrees F", "fahrenheit", "F")
KMH = ("km/h", "kph", "kilometres per hour", "kilometers per hour", "kmh")
MPH = ("mph", "miles per hour")


def show(value: Fraction | int) -> str:
    """A number as a person would type it: no trailing zeros."""
    text = f"{float(value):.6f}".rstrip("0").rstrip(".")
    return text


def cash(value: Fraction) -> str:
    """A price as written on a label: two decimals."""
    return f"{float(value):.2f}"


def numbers(value: Fraction, dp: int = 2) -> list[str] | None:
    """Rounded forms of a value, or None when it sits on (or within a hair of) a rounding tie."""
    scaled = value * 10**dp
    if abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 10**5):
        return None
    rounded = F(round(scaled), 10**dp)
    text = f"{float(rounded):.{dp}f}"
    forms = [text, text.rstrip("0").rstrip(".") if dp else text]
    if abs(rounded) >= 1000:
        forms += [f"{float(rounded):,.{dp}f}", f"{float(rounded):,.{dp}f}".rstrip("0").rstrip(".")
                  if dp else f"{float(rounded):,.0f}"]
    if rounded < 0:
        forms += [form.replace("-", "−") for form in forms]
    return list(dict.fromkeys(forms))


def answer(value: Fraction, *units: str, dp: int | tuple[int, ...] = 2) -> list[str] | None:
    """Every rounded form (at each precision given, plus the exact decimal when it is short)
    with every unit name; short symbols also written without a space."""
    forms: list[str] = []
    for places in (dp,) if isinstance(dp, int) else dp:
        rounded = numbers(value, places)
        if rounded is None:
            return None
        forms += rounded
    most = dp if isinstance(dp, int) else max(dp)
    if (value * 10**6).denominator == 1 and (value * 10**most).denominator != 1:
        forms.append(f"{float(value):.6f}".rstrip("0"))
    forms = list(dict.fromkeys(forms))
    out = [f"{n} {u}" for n in forms for u in units]
    out += [f"{n}{u}" for n in forms for u in units if " " not in u and len(u) <= 5]
    return list(dict.fromkeys(out)) if units else forms


def money(value: Fraction) -> list[str] | None:
    forms = numbers(value, 2)
    return None if forms is None else forms


def duration(minutes: Fraction) -> list[str] | None:
    """A whole number of minutes as hours and minutes, in the ways people write it."""
    if minutes.denominator != 1 or minutes <= 0:
        return None
    h, m = divmod(int(minutes), 60)
    hs = "hour" if h == 1 else "hours"
    if h == 0:
        return [f"{m} minutes", f"{m} min", f"{m} mins", f"{m}min"]
    if m == 0:
        return [f"{h} {hs}", f"{h} h", f"{h}h", f"{h} hrs" if h > 1 else f"{h} hr"]
    ms = "minute" if m == 1 else "minutes"
    out = [f"{h} {hs} {m} {ms}", f"{h} {hs} and {m} {ms}", f"{h} {hs}, {m} {ms}",
           f"{h} h {m} min", f"{h}h {m}m", f"{h}h {m}min", f"{h} hr {m} min", f"{h} hrs {m} mins",
           f"{h}:{m:02d}", f"{h} h {m:02d} min", f"{h}h{m:02d}"]
    if (minutes * 100 / 60).denominator == 1:
        dec = show(minutes / 60)
        out += [f"{dec} hours", f"{dec} h", f"{dec} hrs"]
    return list(dict.fromkeys(out))


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight, any day) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % (24 * 60), 60)
    twelve = h % 12 or 12
    half = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{twelve}:{m:02d} {half}", f"{twelve}:{m:02d}{half}",
           f"{twelve}:{m:02d} {half[0]}.m."]
    if h >= 10:
        out.append(f"{h}:{m:02d}")
    return list(dict.fromkeys(out))


def calc(text: str, *parts: list[str] | None) -> Item | None:
    """One item with one accepted-answer list per part asked (None: draw again)."""
    if any(part is None for part in parts):
        return None
    return item("", "calc", text, [part for part in parts if part is not None])


def conv(text: str, value: Fraction, *units: str, dp: int | tuple[int, ...] = 2) -> Item | None:
    return calc(text, answer(value, *units, dp=dp))


def families(*makers: Maker) -> list[tuple[Family, int]]:
    """Each maker as a family named ``N_u_<function name>``, drawn again on a tie."""
    def named(make: Maker) -> Family:
        def draw(rng: random.Random) -> Item:
            while True:
                made = make(rng)
                if made is not None:
                    made["family"] = f"N_u_{make.__name__}"
                    return made
        return draw
    return [(fresh(named(make)), 8) for make in makers]


def hike_km(rng: random.Random) -> Item | None:  # a trail length in miles to km
    mi = F(rng.randint(25, 260), 10)
    return conv(f"the trail guide says the loop is {show(mi)} miles. how far is that in "
                "kilometres?", mi * MILE / 1000, *KM)


def height_cm(rng: random.Random) -> Item | None:  # feet and inches to centimetres
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    return conv(f"Form wants my height in cm and I only know it as {ft}'{inch}\". What do I put?",
                (ft * 12 + inch) * INCH * 100, *CM)


def tv_cm(rng: random.Random) -> Item | None:  # a screen diagonal in inches to cm
    inches = rng.choice([24, 27, 32, 40, 43, 50, 55, 65, 75, 85])
    return conv(f"is a {inches} inch telly too big for the wall? what's the diagonal in cm",
                inches * INCH * 100, *CM)


def suitcase_lb(rng: random.Random) -> Item | None:  # a bag allowance in kg to pounds
    kg = rng.choice([7, 8, 10, 12, 15, 20, 23, 25, 30, 32])
    return conv(f"Airline limit is {kg} kg per bag, my scale only does pounds. Limit in lb?",
                kg / LB, *LBS)


def flour_oz(rng: random.Random) -> Item | None:  # grams of flour to ounces
    g = rng.choice([75, 110, 125, 150, 175, 220, 250, 340, 375, 450, 500])
    return conv(f"{g}g flour in ounces? old scales at my gran's", F(g) / 1000 / OZ,
                "oz", "ounces")


def pint_ml(rng: random.Random) -> Item | None:  # UK pints to millilitres
    pints = F(rng.randint(1, 12), 2)
    return conv(f"British recipe: {show(pints)} pints of stock. How many ml do I need?",
                pints * UK_PINT, *ML)


def cups_ml(rng: random.Random) -> Item | None:  # US cups to millilitres
    cups = F(rng.choice([1, 2, 3, 5, 6, 7, 9, 10, 11]), 4)
    return conv(f"how many ml is {show(cups)} cups (US)?", cups * US_CUP, *ML)


def tbsp_ml(rng: random.Random) -> Item | None:  # US tablespoons to millilitres
    tbsp = rng.randint(2, 12)
    return conv(f"Need {tbsp} tablespoons of olive oil but I only have a measuring jug in ml. "
                "US tablespoons. how many ml?", tbsp * TBSP, *ML)


def freezer_f(rng: random.Random) -> Item | None:  # a freezer setting in °C to °F
    c = rng.randint(-24, -12)
    return conv(f"Freezer display reads {c}°C. What's that in Fahrenheit?", c * F(9, 5) + 32,
                *DEG_F)


def fever_c(rng: random.Random) -> Item | None:  # a body temperature in °F to °C
    f = F(rng.randint(970, 1046), 10)
    return conv(f"thermometer says {show(f)} F for my son, what is it in celsius",
                (f - 32) * F(5, 9), *DEG_C)


def sauna_f(rng: random.Random) -> Item | None:  # a sauna temperature in °C to °F
    c = rng.randint(65, 105)
    return conv(f"the spa sauna runs at {c} degrees celsius - fahrenheit please", c * F(9, 5) + 32,
                *DEG_F)


def run_pace_kmh(rng: random.Random) -> Item | None:  # a treadmill speed in mph to km/h
    mph = F(rng.randint(40, 110), 10)
    return conv(f"treadmill at the hotel is set to {show(mph)} mph. what is that in km/h?",
                mph * MILE / 1000, *KMH)


def train_mph(rng: random.Random) -> Item | None:  # a train's top speed in km/h to mph
    kmh = rng.choice([160, 200, 230, 250, 270, 300, 320, 350])
    return conv(f"Our train hit {kmh} km/h today apparently! How fast is that in mph?",
                kmh * 1000 / MILE, *MPH)


def ms_mph(rng: random.Random) -> Item | None:  # metres per second to mph
    ms = F(rng.randint(20, 350), 10)
    return conv(f"Convert {show(ms)} m/s into miles per hour.", ms * 3600 / MILE, *MPH)


def garden_sqft(rng: random.Random) -> Item | None:  # square metres to square feet
    m2 = rng.randint(12, 400)
    return conv(f"Our garden is {m2} square metres — in square feet that is?", m2 / FOOT**2,
                "sq ft", "square feet", "ft²", "ft2")


def plot_hectares(rng: random.Random) -> Item | None:  # acres to hectares
    acres = F(rng.randint(5, 300), 10)
    # the international acre, and the US survey acre some tables still use
    a = answer(acres * F("4046.8564224") / 10000, "ha", "hectares")
    b = answer(acres * 10 * (66 * F(1200, 3937)) ** 2 / 10000, "ha", "hectares")
    return calc(f"farm for sale, {show(acres)} acres. how many hectares?",
                None if a is None or b is None else list(dict.fromkeys(a + b)))


def kwh_kcal(rng: random.Random) -> Item | None:  # kilowatt-hours to kilocalories
    kwh = F(rng.randint(2, 40), 2)
    return conv(f"How many kcal are in {show(kwh)} kWh of energy?", kwh * 3600 / KCAL,
                "kcal", "kilocalories")


def kcal_kj(rng: random.Random) -> Item | None:  # kilocalories to kilojoules
    kcal = rng.randint(90, 900)
    return conv(f"the app logs food in kJ. my lunch was {kcal} kcal, what do i enter?",
                kcal * KCAL, "kJ", "kilojoules")


def gb_mb(rng: random.Random) -> Item | None:  # gigabytes to megabytes (decimal)
    gb = F(rng.randint(12, 640), 10)
    return conv(f"how many MB is {show(gb)} GB? (1 GB = 1000 MB)", gb * 1000, "MB",
                "megabytes")


def gib_bytes(rng: random.Random) -> Item | None:  # mebibytes to kibibytes
    mib = rng.randint(3, 64)
    return conv(f"A buffer of {mib} MiB holds how many KiB?", F(mib * 1024), "KiB",
                "kibibytes")


def mbps_download(rng: random.Random) -> Item | None:  # file size over line speed, seconds
    mb = rng.choice([150, 300, 450, 700, 900, 1200, 1500, 2400])
    mbps = rng.choice([20, 40, 50, 80, 100, 150, 200])
    return conv(f"downloading a {mb} MB file on a {mbps} Mbps line, how many seconds should "
                "it take, ignoring overhead?", F(mb * 8, mbps), "seconds", "s", "secs", "sec")


def days_seconds(rng: random.Random) -> Item | None:  # days to seconds
    days = rng.randint(2, 30)
    return conv(f"how many seconds in {days} days", F(days * 86400), "seconds", "s")


def minutes_hours(rng: random.Random) -> Item | None:  # minutes to decimal hours
    minutes = rng.choice([50, 70, 80, 100, 130, 140, 170, 190, 200, 230, 250, 280])
    return conv(f"Put {minutes} minutes as hours for my invoice (decimal).", F(minutes, 60),
                "hours", "h", "hrs")


def stone_kg(rng: random.Random) -> Item | None:  # stones and pounds to kilograms
    st, lb = rng.randint(8, 19), rng.randint(0, 13)
    return conv(f"i'm {st} stone {lb} - what's that in kilos?", (st * 14 + lb) * LB, *KG)


def kg_stone(rng: random.Random) -> Item | None:  # kilograms to stones (decimal)
    kg = F(rng.randint(480, 1300), 10)
    return conv(f"Weighed {show(kg)} kg at the gym. How many stone is that?", kg / (14 * LB),
                "st", "stone")


def nautical_km(rng: random.Random) -> Item | None:  # nautical miles to kilometres
    nm = rng.randint(12, 400)
    return conv(f"ferry crossing is {nm} nautical miles. in km?", F(nm * 1852, 1000), *KM)


def mpg_kml(rng: random.Random) -> Item | None:  # US mpg to kilometres per litre
    mpg = rng.randint(18, 55)
    return conv(f"A rental sheet says {mpg} mpg (US). What's that in km per litre?",
                mpg * MILE / 1000 / US_GAL, "km/L", "km/l", "km per litre", "km per liter",
                "kilometres per litre")


def l100_mpg(rng: random.Random) -> Item | None:  # litres per 100 km to US mpg
    l100 = F(rng.randint(40, 140), 10)
    return conv(f"my car's computer shows {show(l100)} L/100km. my american friend asks what "
                "that is in mpg (US)", 100 * 1000 / MILE / (l100 / US_GAL), "mpg",
                "miles per gallon", "MPG")


def water_bottle_oz(rng: random.Random) -> Item | None:  # litres to US fluid ounces
    litres = F(rng.choice([5, 6, 7, 8, 10, 12, 15, 18, 20, 25, 30]), 10)
    return conv(f"Is a {show(litres)} litre bottle more than my 32 oz one? how many fl oz is "
                "it (US)?", litres * 1000 / US_FLOZ, "fl oz", "US fl oz", "fluid ounces", "oz")


def yard_fabric_m(rng: random.Random) -> Item | None:  # yards of fabric to metres
    yards = F(rng.randint(3, 24), 4)
    return conv(f"pattern needs {show(yards)} yards of fabric, shop sells by the metre. how "
                "many metres?", yards * YARD, *M)


def cm_inches(rng: random.Random) -> Item | None:  # centimetres to inches
    cm = F(rng.randint(50, 1500), 10)
    return conv(f"Box is {show(cm)} cm wide, what's that in inches?", cm / 100 / INCH,
                "in", "inches", '"')


def pressure_kpa(rng: random.Random) -> Item | None:  # psi to kilopascals
    psi = rng.randint(28, 110)
    return conv(f"bike tyre says {psi} psi max. in kPa?", psi * LB * F("9.80665") / INCH**2 / 1000,
                "kPa", "kilopascals")


def hpa_inhg(rng: random.Random) -> Item | None:  # hectopascals to inches of mercury
    hpa = rng.randint(970, 1045)
    return conv(f"Barometer app shows {hpa} hPa; my old barometer is in inches of mercury. "
                "Reading?", F(hpa * 100) / (INCH * F("13595.1") * F("9.80665")), "inHg",
                "inches of mercury", "in Hg", "inches")


def horsepower_kw(rng: random.Random) -> Item | None:  # mechanical horsepower to kW
    hp = rng.randint(70, 450)
    return conv(f"car ad says {hp} hp. how many kW is that? (mechanical hp)",
                hp * F("745.69987158227022") / 1000, "kW", "kilowatts")


FAMILIES: list[tuple[Family, int]] = families(
    hike_km, height_cm, tv_cm, suitcase_lb, flour_oz, pint_ml, cups_ml, tbsp_ml, freezer_f,
    fever_c, sauna_f, run_pace_kmh, train_mph, ms_mph, garden_sqft, plot_hectares, kwh_kcal,
    kcal_kj, gb_mb, gib_bytes, mbps_download, days_seconds, minutes_hours, stone_kg, kg_stone,
    nautical_km, mpg_kml, l100_mpg, water_bottle_oz, yard_fabric_m, cm_inches, pressure_kpa,
    hpa_inhg, horsepower_kw)
