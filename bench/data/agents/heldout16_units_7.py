"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: conversions of density, fuel
economy, kitchen volumes, pressure, batteries, data and areas, asked the way people type them.
"""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout16_units import (
    CM,
    INCH,
    ML,
    OZ,
    PSI,
    UK_GAL,
    US_CUP,
    US_GAL,
    US_PINT,
    conv,
    families,
    show,
)
from bench.data.agents.helpers import Family, Item

F = Fraction


def density(r: random.Random) -> Item | None:  # g/cm³ to kg/m³
    g = F(r.randint(50, 2200), 100)
    return conv(f"density {show(g)} g/cm³ in kg/m³?", g * 1000, "kg/m³", "kg/m3", dp=0)


def us_uk_mpg(r: random.Random) -> Item | None:  # US mpg to UK mpg
    mpg = r.randint(15, 60)
    return conv(f"US review says {mpg} mpg. what is that in UK mpg?", mpg * UK_GAL / US_GAL,
                "mpg", "UK mpg", "miles per gallon")


def kml_l100(r: random.Random) -> Item | None:  # km per litre to L/100 km
    kml = F(r.randint(60, 300), 10)
    return conv(f"{show(kml)} km per litre = how many L/100km?", 100 / kml, "L/100km",
                "l/100km", "L/100 km", "litres per 100 km")


def us_pint_ml(r: random.Random) -> Item | None:  # US pints to millilitres
    p = r.randint(1, 12)
    return conv(f"{p} US pints of ice cream — how many millilitres?", p * US_PINT * 1000, *ML,
                dp=1)


def litres_cups(r: random.Random) -> Item | None:  # litres to US cups
    litres = F(r.randint(2, 40), 4)
    return conv(f"how many US cups in {show(litres)} litres?", litres / US_CUP, "cups",
                "US cups")


def dl_cups(r: random.Random) -> Item | None:  # decilitres to US cups
    dl = r.randint(1, 12)
    return conv(f"Swedish recipe: {dl} dl of milk. US cups?", F(dl, 10) / US_CUP, "cups",
                "US cups")


def butter_cup_g(r: random.Random) -> Item | None:  # cups of butter to grams
    cups, label = r.choice([(F(1, 4), "1/4 cup"), (F(1, 3), "1/3 cup"), (F(1, 2), "half a cup"),
                            (F(2, 3), "2/3 cup"), (F(3, 4), "3/4 cup"), (F(1), "1 cup"),
                            (F(3, 2), "1.5 cups"), (F(2), "2 cups"), (F(5, 4), "1 1/4 cups")])
    return conv(f"How many grams is {label} of butter, if one cup of butter is 2 sticks of "
                "4 oz?", cups * 8 * OZ * 1000, "g", "grams", dp=1)


def kpa_psi(r: random.Random) -> Item | None:  # kPa to psi
    kpa = r.randint(150, 350)
    return conv(f"Tyre placard: {kpa} kPa. My gauge reads psi — target?", kpa * 1000 / PSI,
                "psi", dp=1)


def wh_battery(r: random.Random) -> Item | None:  # mAh and volts to watt-hours
    mah, v = r.choice([2000, 3000, 4000, 5000, 10000, 20000, 26800]), r.choice([F(37, 10),
                                                                                F(385, 100),
                                                                                F(5)])
    return conv(f"airline limit is in Wh. power bank: {mah} mAh at {show(v)} V. how many Wh?",
                mah * v / 1000, "Wh", "watt-hours", "watt hours")


def bytes_kib(r: random.Random) -> Item | None:  # bytes to KiB
    b = r.randint(2000, 900000)
    return conv(f"{b:,} bytes is how many KiB?", F(b, 1024), "KiB", "kibibytes")


def gb_mb(r: random.Random) -> Item | None:  # decimal GB to MB
    gb = F(r.randint(1, 99), 10) + r.randint(0, 20)
    return conv(f"how many MB is {show(gb)} GB (decimal, 1 GB = 1000 MB)?", gb * 1000, "MB",
                "megabytes", dp=0)


def mbs_mbps(r: random.Random) -> Item | None:  # MB/s to Mbit/s
    mbs = F(r.randint(5, 1250), 10)
    return conv(f"download shows {show(mbs)} MB/s. what's that in Mbps?", mbs * 8, "Mbps",
                "Mbit/s", "megabits per second", "Mb/s")


def snow_cm(r: random.Random) -> Item | None:  # inches of snow to cm
    inch = r.randint(2, 40)
    return conv(f"{inch} inches of snow expected tonight!! how many cm is that", inch * INCH
                * 100, *CM)


def cm2_in2(r: random.Random) -> Item | None:  # square cm to square inches
    cm2 = r.randint(20, 2000)
    return conv(f"{cm2} cm² in square inches", F(cm2, 10000) / INCH**2, "sq in",
                "square inches", "in²", "in2")


def ha_m2(r: random.Random) -> Item | None:  # hectares to square metres
    ha = F(r.randint(2, 300), 100)
    return conv(f"{show(ha)} ha in square metres?", ha * 10000, "m²", "m2", "square metres",
                "square meters", "sq m", dp=0)


FAMILIES: list[tuple[Family, int]] = families(
    density, us_uk_mpg, kml_l100, us_pint_ml, litres_cups, dl_cups, butter_cup_g, kpa_psi,
    wh_battery, bytes_kib, gb_mb, mbs_mbps, snow_cm, cm2_in2, ha_m2)
