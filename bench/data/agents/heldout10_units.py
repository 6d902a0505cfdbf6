"""Round 10 (``Z_u_*``, dev now) for ``muse bench agents``: unit conversions (length, mass,
volume, temperature, speed, area, pressure, energy, data, time), and the answer forms shared
by :mod:`bench.data.agents.heldout10_units_2` and :mod:`bench.data.agents.heldout10_health`."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
INCH, FOOT, YARD, MILE, NMI = F("0.0254"), F("0.3048"), F("0.9144"), F("1609.344"), F(1852)  # m
LB, OZ = F("0.45359237"), F("28.349523125")  # kg, g
US_GAL, UK_GAL, UK_PINT = F("3.785411784"), F("4.54609"), F("0.56826125")  # L
US_CUP, US_FLOZ = F("236.5882365"), F("29.5735295625")  # mL
ACRE, SQ_FT = F("4046.8564224"), F("0.09290304")  # m²
PSI = LB * F("9.80665") / INCH**2  # Pa
KCAL = F("4.184")  # kJ
Maker = Callable[[random.Random], Item | None]


# --- answer forms ------------------------------------------------------------------------

def rounded(x: Fraction, dp: int = 2) -> Fraction:
    return F(math.floor(x * 10**dp + F(1, 2)), 10**dp)


def near_tie(x: Fraction, dp: int = 2) -> bool:
    """True when x lies within 1% of a rounding boundary at dp decimals (12.1249..12.1251):
    replies using a slightly different constant or rounding rule could then differ."""
    scaled = x * 10**dp
    return bool(abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 100))


def num(x: Fraction | int, dp: int = 2) -> list[str]:
    """x rounded to dp decimals: trailing zeros dropped and kept, with and without a thousands
    separator, and with a typographic minus for negatives."""
    r = rounded(F(x), dp)
    out: list[str] = []
    for comma in ("", ","):
        fixed = f"{float(r):{comma}.{dp}f}"
        out += [fixed.rstrip("0").rstrip(".") if "." in fixed else fixed, fixed]
    out += [v.replace("-", "\u2212") for v in out if v.startswith("-")]
    return list(dict.fromkeys(out))


def num12(x: Fraction) -> list[str]:
    """A value people quote to one decimal (BMI, litres of water) but a tool may give to two."""
    return list(dict.fromkeys([*num(x, 1), f"{float(rounded(x, 1)):.1f}", *num(x, 2)]))


def with_unit(values: list[str], *units: str, bare: bool = True) -> list[str]:
    """values followed by each unit, spaced and (for symbols) unspaced; the bare values too."""
    out = [f"{v}{gap}{u}" for v in values for u in units for gap in (" ", "")
           if gap or len(u) <= 4]
    return list(dict.fromkeys(out + (values if bare else [])))


def show(x: Fraction | int) -> str:
    """How a number is written in a request: no trailing zeros."""
    x = F(x)
    if x.denominator == 1:
        return str(x.numerator)
    return f"{float(x):.6f}".rstrip("0").rstrip(".")


def clock(hour: int, minute: int = 0) -> list[str]:
    """A time of day in 24-hour and 12-hour spellings (callers avoid noon and midnight)."""
    hour %= 24
    twelve, half = hour % 12 or 12, "pm" if hour >= 12 else "am"
    out = [f"{hour:02d}:{minute:02d}", f"{hour}:{minute:02d}"]
    for s in (half, half.upper(), ".".join(half) + "."):
        out += [f"{twelve}:{minute:02d}{gap}{s}" for gap in (" ", "")]
        if not minute:
            out += [f"{twelve}{gap}{s}" for gap in (" ", "")]
    return list(dict.fromkeys(out))


def spoken(hour: int, minute: int = 0, style: int = 0) -> str:
    """A time of day as a request writes it: '7:30pm', '19:30' or '7.30 pm'."""
    twelve, half = hour % 12 or 12, "pm" if hour >= 12 else "am"
    if style == 1:
        return f"{hour:02d}:{minute:02d}"
    if style == 2:
        return f"{twelve}.{minute:02d} {half}" if minute else f"{twelve} {half}"
    return f"{twelve}:{minute:02d}{half}" if minute else f"{twelve}{half}"


def families(*makers: Maker, count: int = 8) -> list[tuple[Family, int]]:
    """Each maker returns None to reject a draw (a rounding tie, an implausible value)."""
    def retry(make: Maker) -> Family:
        def draw(rng: random.Random) -> Item:
            while (made := make(rng)) is None:
                pass
            return made
        draw.__name__ = make.__name__
        return draw
    return [(fresh(retry(make)), count) for make in makers]


def conv(name: str, text: str, value: Fraction, *units: str, dp: int = 2) -> Item | None:
    if near_tie(value, dp):
        return None
    return item(name, "calc", text, [with_unit(num(value, dp), *units)])


# --- length ------------------------------------------------------------------------------

def z_strava_km(rng: random.Random) -> Item | None:  # a run logged in miles, to km
    miles = F(rng.randint(20, 262), 10)
    return conv("Z_u_strava_km", f"my watch logged {show(miles)} mi this morning, how far is "
                "that in km?", miles * MILE / 1000, "km", "kilometres", "kilometers")


def z_height_cm(rng: random.Random) -> Item | None:  # feet and inches to centimetres
    feet, inches = rng.randint(4, 6), rng.randint(0, 11)
    cm = (feet * 12 + inches) * INCH * 100
    mark = rng.choice([f"{feet}'{inches}\"", f"{feet} ft {inches} in", f"{feet}'{inches}"])
    return conv("Z_u_height_cm", f"Filling in a form that wants my height in cm. I'm {mark}, "
                "what do I put?", cm, "cm", "centimetres", "centimeters")


def z_tv_inches(rng: random.Random) -> Item | None:  # a screen diagonal in cm to inches
    cm = rng.randint(60, 200)
    return conv("Z_u_tv_inches", f"the tv we're looking at has a {cm} cm diagonal. how many "
                "inches is that", F(cm, 100) / INCH, "inches", "in", '"')


def z_peak_metres(rng: random.Random) -> Item | None:  # a summit height in feet to metres
    feet = rng.randint(3000, 29000)
    return conv("Z_u_peak_metres", f"Summit elevation is {feet:,} feet. In metres?",
                feet * FOOT, "m", "metres", "meters")


def z_fabric_metres(rng: random.Random) -> Item | None:  # yards of fabric to metres
    yards = F(rng.randint(3, 24), 4)
    if yards.denominator == 1:
        return None
    return conv("Z_u_fabric_metres", f"pattern calls for {show(yards)} yards of fabric but the "
                "shop cuts by the metre - how many metres do I ask for?", yards * YARD,
                "m", "metres", "meters")


def z_bolt_mm(rng: random.Random) -> Item | None:  # a fractional-inch bolt to millimetres
    inches = F(rng.choice([3, 4, 5, 7, 8, 9, 11, 12, 13, 15]), 16)
    return conv("Z_u_bolt_mm", f"what's a {inches} inch bolt in mm?", inches * INCH * 1000,
                "mm", "millimetres", "millimeters")


def z_sea_km(rng: random.Random) -> Item | None:  # nautical miles to kilometres
    nmi = rng.randint(12, 900)
    return conv("Z_u_sea_km", f"The ferry crossing is {nmi} nautical miles. How many km?",
                nmi * NMI / 1000, "km", "kilometres", "kilometers")


# --- mass --------------------------------------------------------------------------------

def z_luggage_lb(rng: random.Random) -> Item | None:  # a baggage allowance in kg to pounds
    kg = rng.choice([7, 8, 10, 12, 15, 18, 20, 23, 25, 30, 32])
    return conv("Z_u_luggage_lb", f"airline allows {kg}kg checked bag. my scale is in lbs, "
                "what's the limit in pounds?", kg / LB, "lb", "lbs", "pounds")


def z_stone_kg(rng: random.Random) -> Item | None:  # stone and pounds to kilograms
    stone, lb = rng.randint(7, 20), rng.randint(1, 13)
    return conv("Z_u_stone_kg", f"I weigh {stone} stone {lb}, can you tell me that in kilos",
                (stone * 14 + lb) * LB, "kg", "kilograms", "kilos")


def z_butter_g(rng: random.Random) -> Item | None:  # ounces of butter to grams
    oz = F(rng.randint(2, 32), 2)
    return conv("Z_u_butter_g", f"{show(oz)} oz butter = how many grams?", oz * OZ,
                "g", "grams")


# --- volume ------------------------------------------------------------------------------

def z_cups_ml(rng: random.Random) -> Item | None:  # US cups to millilitres
    cups = F(rng.choice([1, 3, 5, 7, 9, 2, 4, 6]), rng.choice([2, 3, 4]))
    whole, part = divmod(cups.numerator, cups.denominator)
    said = str(whole) if not part else f"{part}/{cups.denominator}"
    said = f"{whole} {said} cups" if whole and part else f"{said} cup{'s' * (cups > 1)}"
    return conv("Z_u_cups_ml", f"American recipe wants {said} of milk and I only have a jug "
                "marked in ml. how much do I pour?", cups * US_CUP, "ml", "mL", "millilitres",
                "milliliters")


def z_pints_litres(rng: random.Random) -> Item | None:  # UK pints to litres
    pints = rng.randint(2, 40)
    return conv("Z_u_pints_litres", f"how many litres is {pints} UK pints", pints * UK_PINT,
                "L", "l", "litres", "liters")


def z_gallons_litres(rng: random.Random) -> Item | None:  # US gallons of fuel to litres
    gallons = F(rng.randint(50, 250), 10)
    return conv("Z_u_gallons_litres", f"Pumped {show(gallons)} gallons (US) into the rental. "
                "What's that in liters?", gallons * US_GAL, "L", "l", "litres", "liters")


def z_floz_ml(rng: random.Random) -> Item | None:  # US fluid ounces on a bottle to millilitres
    floz = rng.choice([1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 32])
    return conv("Z_u_floz_ml", f"bottle says {floz} fl oz (US). ml?", floz * US_FLOZ,
                "ml", "mL", "millilitres", "milliliters")


# --- temperature -------------------------------------------------------------------------

def z_oven_c(rng: random.Random) -> Item | None:  # an oven setting in °F to °C
    f = rng.choice(range(250, 500, 25))
    return conv("Z_u_oven_c", f"Recipe says preheat to {f}°F - what's that in Celsius for my "
                "oven?", (f - 32) * F(5, 9), "°C", "C", "degrees Celsius", "degrees")


def z_fever_c(rng: random.Random) -> Item | None:  # a thermometer reading in °F to °C
    f = F(rng.randint(970, 1049), 10)
    return conv("Z_u_fever_c", f"thermometer is stuck on fahrenheit and reads {show(f)}. what "
                "is that in celsius?", (f - 32) * F(5, 9), "°C", "C", "degrees Celsius")


def z_kelvin_c(rng: random.Random) -> Item | None:  # kelvin to °C
    k = F(rng.randint(2000, 4000), 10)
    return conv("Z_u_kelvin_c", f"convert {show(k)} K to degrees celsius", k - F("273.15"),
                "°C", "C", "degrees Celsius")


def z_holiday_f(rng: random.Random) -> Item | None:  # a holiday forecast in °C to °F
    c = rng.randint(-25, 45)
    return conv("Z_u_holiday_f", f"friends in Texas keep asking about the weather here. it's "
                f"{c}°C today, what's that in F?", F(c * 9, 5) + 32, "°F", "F",
                "degrees Fahrenheit")


# --- speed, area, pressure, energy, data, time -------------------------------------------

def z_knots_kmh(rng: random.Random) -> Item | None:  # knots to km/h
    knots = rng.randint(5, 45)
    return conv("Z_u_knots_kmh", f"Wind is forecast at {knots} knots. How many km/h is that?",
                knots * NMI / 1000, "km/h", "kph", "kilometres per hour", "kilometers per hour")


def z_motorway_ms(rng: random.Random) -> Item | None:  # mph to metres per second
    mph = rng.choice(range(20, 90, 5))
    return conv("Z_u_motorway_ms", f"{mph} mph in m/s please", mph * MILE / 3600,
                "m/s", "metres per second", "meters per second")


def z_listing_m2(rng: random.Random) -> Item | None:  # square feet to square metres
    sqft = rng.randint(45, 320) * 10
    return conv("Z_u_listing_m2", f"The listing says {sqft:,} sq ft. How many square meters is "
                "that?", sqft * SQ_FT, "m²", "m2", "sq m", "square metres", "square meters")


def z_acres_ha(rng: random.Random) -> Item | None:  # acres to hectares
    acres = F(rng.randint(5, 400), 4)
    return conv("Z_u_acres_ha", f"farm for sale, {show(acres)} acres. what's that in hectares",
                acres * ACRE / 10000, "ha", "hectares")


def z_tyre_psi(rng: random.Random) -> Item | None:  # bar to psi
    bar = F(rng.randint(18, 35), 10)
    return conv("Z_u_tyre_psi", f"my tyres should be at {show(bar)} bar but the gauge reads psi. "
                "what number am I aiming for?", bar * 100000 / PSI, "psi")


def z_snack_kj(rng: random.Random) -> Item | None:  # kilocalories to kilojoules
    kcal = rng.randint(60, 900)
    return conv("Z_u_snack_kj", f"this bar has {kcal} kcal. how many kJ is that?", kcal * KCAL,
                "kJ", "kilojoules")


def z_broadband_mb(rng: random.Random) -> Item | None:  # Mbit/s to MB/s
    mbps = rng.choice([10, 18, 30, 36, 50, 67, 75, 80, 100, 150, 300, 350, 500, 900])
    return conv("Z_u_broadband_mb", f"ISP says {mbps} Mbps. what's that in megabytes per "
                "second?", F(mbps, 8), "MB/s", "megabytes per second")


def z_mib_kib(rng: random.Random) -> Item | None:  # mebibytes to kibibytes
    mib = F(rng.randint(3, 80), 4)
    return conv("Z_u_mib_kib", f"How many KiB are in {show(mib)} MiB?", mib * 1024, "KiB")


def z_days_seconds(rng: random.Random) -> Item | None:  # days to seconds
    days = rng.randint(2, 30)
    return conv("Z_u_days_seconds", f"how many seconds in {days} days?", F(days * 86400),
                "seconds", "s", dp=0)


FAMILIES: list[tuple[Family, int]] = families(
    z_strava_km, z_height_cm, z_tv_inches, z_peak_metres, z_fabric_metres, z_bolt_mm,
    z_sea_km, z_luggage_lb, z_stone_kg, z_butter_g, z_cups_ml, z_pints_litres,
    z_gallons_litres, z_floz_ml, z_oven_c, z_fever_c, z_kelvin_c, z_holiday_f, z_knots_kmh,
    z_motorway_ms, z_listing_m2, z_acres_ha, z_tyre_psi, z_snack_kj, z_broadband_mb,
    z_mib_kib, z_days_seconds)
