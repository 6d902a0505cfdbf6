"""Round 22 (``A_u_*``, dev now) for ``muse bench agents``, units part 2: speed, pace,
pressure, energy and data-size conversions."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout22_units import Made, Redraw, d, family, loose, num, pick, tenth
from bench.data.agents.helpers import Family

# ---------------------------------------------------------------- speed


@family
def kmh_to_mph(rng: random.Random) -> Made:
    k = rng.randint(20, 200)
    v = F(k) / F("1.609344")
    return pick(
        rng,
        f"{k} km/h in mph? 1 mi = 1.609344 km, 1 decimal",
        f"speed limit is {k} kph, what's that in miles per hour (1 dp)? 1 mile = 1.609344 km",
        f"Convert {k} kilometres per hour to mph. One decimal. (1 mi = 1.609344 km)",
    ), [num(v, 1)]


@family
def mph_to_kmh(rng: random.Random) -> Made:
    m = rng.randint(15, 120)
    v = F(m) * F("1.609344")
    return pick(
        rng,
        f"{m} mph to km/h, 1 decimal (1 mile = 1.609344 km)",
        f"how fast is {m} miles an hour in km per hour? round to 1 decimal, 1 mi = 1.609344 km",
    ), [num(v, 1)]


@family
def ms_to_kmh(rng: random.Random) -> Made:
    ms = tenth(rng, 1, 40)
    v = ms * F(36, 10)
    return pick(
        rng,
        f"{d(ms)} m/s in km/h?",
        f"wind speed {d(ms)} metres per second - what is it in km/h?",
        f"Convert {d(ms)} m/s to kilometers per hour",
    ), [num(v, 2)]


@family
def knots_to_kmh(rng: random.Random) -> Made:
    kn = rng.randint(5, 60)
    v = kn * F("1.852")
    return pick(
        rng,
        f"{kn} knots in km/h? (1 knot = 1.852 km/h)",
        f"boat does {kn} kn, how many kph is that? 1 kn = 1.852 km/h",
    ), [loose(v)]


@family
def pace_min_per_km_to_mile(rng: random.Random) -> Made:
    mn, sec = rng.randint(4, 7), rng.choice(range(0, 60, 5))
    per_mile = F(mn * 60 + sec) * F("1.609344")
    total = round(per_mile)
    if abs(per_mile - total) > F(45, 100):
        raise Redraw
    a, b = divmod(total, 60)
    return pick(
        rng,
        f"my running pace is {mn}:{sec:02d} per km, what's that per mile? (1 mi = "
        f"1.609344 km, nearest second)",
        f"Convert a pace of {mn} min {sec} s per kilometre to min per mile, to the nearest "
        f"second. 1 mile = 1.609344 km.",
    ), [[f"{a}:{b:02d}", f"{a}min{b}s", f"{a}min{b}sec", f"{a}minutes{b}seconds", f"{a}m{b}s"]]


@family
def speed_from_pace(rng: random.Random) -> Made:
    mn, sec = rng.randint(4, 9), rng.choice(range(0, 60, 10))
    v = F(3600, mn * 60 + sec)
    return pick(
        rng,
        f"if I run {mn}:{sec:02d} min per km, what's my speed in km/h? 2 decimals",
        f"pace {mn}m{sec:02d}s/km = how many km/h? (round to 2 dp)",
    ), [num(v, 2)]


# ---------------------------------------------------------------- pressure


@family
def psi_to_bar(rng: random.Random) -> Made:
    p = rng.randint(25, 120)
    v = p * F("0.0689476")
    return pick(
        rng,
        f"tyre pressure {p} psi in bar? 1 psi = 0.0689476 bar, 2 decimals",
        f"convert {p} PSI to bar (use 0.0689476 bar per psi), round 2 dp",
    ), [num(v, 2)]


@family
def bar_to_psi(rng: random.Random) -> Made:
    b = tenth(rng, 1.5, 10)
    v = b / F("0.0689476")
    return pick(
        rng,
        f"{d(b)} bar is how many psi? 1 psi = 0.0689476 bar, 1 decimal",
        f"my pump shows {d(b)} bar, what's that in psi (one decimal; 1 psi = 0.0689476 bar)?",
    ), [num(v, 1)]


@family
def kpa_to_psi(rng: random.Random) -> Made:
    k = rng.randint(150, 350)
    v = F(k) / F("6.89476")
    return pick(
        rng,
        f"{k} kPa in psi? 1 psi = 6.89476 kPa, 1 dp",
        f"Convert {k} kilopascals to PSI (6.89476 kPa = 1 psi), one decimal place",
    ), [num(v, 1)]


@family
def mmhg_to_kpa(rng: random.Random) -> Made:
    mm = rng.randint(60, 190)
    v = mm * F("0.133322")
    return pick(
        rng,
        f"blood pressure reading of {mm} mmHg - what's that in kPa? 1 mmHg = 0.133322 "
        f"kPa, 2 decimals",
        f"{mm} mm Hg to kPa (0.133322 kPa per mmHg), round to 2 dp",
    ), [num(v, 2)]


@family
def hpa_to_inhg(rng: random.Random) -> Made:
    h = rng.randint(960, 1045)
    v = F(h) / F("33.8639")
    return pick(
        rng,
        f"air pressure {h} hPa in inches of mercury? 1 inHg = 33.8639 hPa, 2 decimals",
        f"convert {h} hectopascals to inHg, use 33.8639 hPa = 1 inHg, two decimals",
    ), [num(v, 2)]


# ---------------------------------------------------------------- energy


@family
def kcal_to_kj(rng: random.Random) -> Made:
    k = rng.randint(50, 900)
    v = k * F("4.184")
    return pick(
        rng,
        f"{k} kcal in kJ? 1 kcal = 4.184 kJ",
        f"this snack has {k} calories (kcal). how many kilojoules is that? use 4.184",
        f"Convert {k} kcal to kilojoules (1 kcal = 4.184 kJ), 1 decimal",
    ), [list(dict.fromkeys(num(v, 1) + loose(v)))]


@family
def kj_to_kcal(rng: random.Random) -> Made:
    k = rng.randint(200, 3500)
    v = F(k) / F("4.184")
    return pick(
        rng,
        f"label says {k} kJ per serve. how many calories (kcal)? 1 kcal = 4.184 kJ, nearest whole",
        f"{k} kJ to kcal, round to whole number (4.184 kJ per kcal)",
    ), [num(v, 0)]


@family
def kwh_to_mj(rng: random.Random) -> Made:
    k = tenth(rng, 0.5, 60)
    v = k * F("3.6")
    return pick(
        rng, f"{d(k)} kWh in megajoules?", f"how many MJ is {d(k)} kWh (1 kWh = 3.6 MJ)?"
    ), [num(v, 2)]


@family
def btu_to_kw(rng: random.Random) -> Made:
    b = rng.randint(5, 36) * 1000
    v = F(b) * F("0.00029307107")
    return pick(
        rng,
        f"an air conditioner is rated {b:,} BTU/h. what's that in kW? 1 BTU/h = "
        f"0.00029307107 kW, 2 dp",
        f"{b} BTU per hour to kilowatts (use 0.00029307107 kW per BTU/h), 2 decimals",
    ), [num(v, 2)]


@family
def hp_to_kw(rng: random.Random) -> Made:
    hp = rng.randint(60, 450)
    v = hp * F("0.7457")
    return pick(
        rng,
        f"{hp} hp in kW? (1 hp = 0.7457 kW) 1 decimal",
        f"the car has {hp} horsepower, how many kilowatts is that using "
        f"0.7457 kW/hp? round to 1 dp",
    ), [num(v, 1)]


@family
def food_energy_from_grams(rng: random.Random) -> Made:
    per100 = rng.randint(80, 550)
    g = rng.randint(15, 400)
    v = F(per100 * g, 100)
    return pick(
        rng,
        f"food is {per100} kcal per 100 g and I ate {g} g. how many kcal?",
        f"{g}g of something with {per100} kcal/100g = how many calories? round to 1 decimal",
    ), [num(v, 1)]


# ---------------------------------------------------------------- data sizes


@family
def gb_to_mb_decimal(rng: random.Random) -> Made:
    g = tenth(rng, 0.3, 64)
    v = g * 1000
    return pick(
        rng,
        f"{d(g)} GB is how many MB (decimal units, 1 GB = 1000 MB)?",
        f"convert {d(g)} gigabytes to megabytes using 1000 MB per GB",
    ), [num(v, 0)]


@family
def gib_to_gb(rng: random.Random) -> Made:
    g = rng.randint(2, 1024)
    v = F(g * 2**30, 10**9)
    return pick(
        rng,
        f"{g} GiB in GB? (1 GiB = 2^30 bytes, 1 GB = 10^9 bytes) 2 decimals",
        f"how many gigabytes (10^9 B) is {g} GiB (2^30 B)? round to two decimals",
    ), [num(v, 2)]


@family
def tb_drive_shows_tib(rng: random.Random) -> Made:
    t = d(rng.choice([tenth(rng, 0.5, 9), F(rng.randint(1, 24))]))
    size = rng.choice(["TB", "terabyte"])
    v = F(str(t)) * 10**12 / 2**40
    return pick(
        rng,
        f"why does my {t} {size} drive show less? how many TiB is {t} TB exactly (1 "
        f"TB = 10^12 bytes, 1 TiB = 2^40 bytes)? 2 decimals",
        f"{t}TB in TiB, 2 dp. TB = 10^12 bytes, TiB = 2^40 bytes",
    ), [num(v, 2)]


@family
def photos_fit(rng: random.Random) -> Made:
    gb = rng.choice([16, 32, 64, 128, 256, 512])
    mb = tenth(rng, 1.5, 12)
    v = F(gb * 1000) / mb
    n = int(v)
    if v == n:
        raise Redraw
    return pick(
        rng,
        f"how many {d(mb)} MB photos fit on a {gb} GB card? (1 GB = 1000 MB, whole photos only)",
        f"sd card {gb}GB, each photo about {d(mb)}MB. max number of full photos? use 1000 "
        f"MB per GB",
    ), [num(n, 0)]


@family
def mbps_to_mbs(rng: random.Random) -> Made:
    m = rng.randint(10, 2000)
    v = F(m, 8)
    return pick(
        rng,
        f"my internet is {m} Mbps, what's that in megabytes per second (8 bits per byte)?",
        f"{m} megabits/s = ? MB/s",
    ), [loose(v)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        kmh_to_mph,
        mph_to_kmh,
        ms_to_kmh,
        knots_to_kmh,
        pace_min_per_km_to_mile,
        speed_from_pace,
        psi_to_bar,
        bar_to_psi,
        kpa_to_psi,
        mmhg_to_kpa,
        hpa_to_inhg,
        kcal_to_kj,
        kj_to_kcal,
        kwh_to_mj,
        btu_to_kw,
        hp_to_kw,
        food_energy_from_grams,
        gb_to_mb_decimal,
        gib_to_gb,
        tb_drive_shows_tib,
        photos_fit,
        mbps_to_mbs,
    )
]
