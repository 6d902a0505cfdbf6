"""Round 20 (``E_u_*``, dev now) for ``muse bench agents``, units part 2: speed, pressure,
energy, power, data sizes and time spans."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout20_units import Made, R, family, grid, hm, pick, show
from bench.data.agents.helpers import Family


@family
def mph_to_kmh(rng: random.Random) -> Made:
    v = rng.randint(15, 90)
    t = pick(
        rng,
        "Speed limit is {v} mph, what is that in km/h? (1 mile = 1.609 km, 1 decimal)",
        "{v}mph in kmh? use 1.609, one dp",
        "Convert {v} miles per hour to kilometres per hour, 1 mi = 1.609 km, round to one decimal.",
    )
    return t.format(v=v), [R(v * F("1.609"), 1)]


@family
def kmh_to_mph(rng: random.Random) -> Made:
    v = rng.randint(20, 140)
    t = pick(
        rng,
        "How fast is {v} km/h in mph? 1 mile = 1.609 km, round to 1 decimal.",
        "{v} kph -> mph pls (1 mi = 1.609 km), 1 dp",
        "I was doing {v} km/h on the autobahn, what's that in miles per hour? One decimal, 1.609 "
        "km per mile.",
    )
    return t.format(v=v), [R(F(v) / F("1.609"), 1)]


@family
def wind_ms_to_kmh(rng: random.Random) -> Made:
    v = grid(rng, 1, 40, 0.1)
    t = pick(
        rng,
        "Wind is {v} m/s. What's that in km/h? One decimal.",
        "{v} metres per second in km per hour? (1 dp)",
        "convert a gust of {v} m/s into km/h, one decimal",
    )
    return t.format(v=show(v)), [R(v * F(18, 5), 1)]


@family
def knots_to_kmh(rng: random.Random) -> Made:
    v = rng.randint(3, 500)
    t = pick(
        rng,
        "The boat does {v} knots. How many km/h is that? (1 knot = 1.852 km/h, 1 decimal)",
        "{v} kn to km/h, 1 kn = 1.852 km/h, one dp",
        "Plane cruising at {v} knots - speed in kilometres per hour (1.852 km/h per knot, one "
        "decimal)?",
    )
    return t.format(v=v), [R(v * F("1.852"), 1)]


@family
def psi_to_bar(rng: random.Random) -> Made:
    p = rng.randint(20, 120)
    t = pick(
        rng,
        "Tyre says {p} psi. In bar that's? (1 bar = 14.504 psi, 2 decimals)",
        "convert {p} psi to bar, use 14.504 psi per bar, 2 dp",
        "What's {p} PSI in bar? Round to two decimals (1 bar = 14.504 psi).",
    )
    return t.format(p=p), [R(F(p) / F("14.504"), 2)]


@family
def bar_to_psi(rng: random.Random) -> Made:
    b = grid(rng, 1.5, 10, 0.1)
    t = pick(
        rng,
        "My car manual says {b} bar for the tyres, what's that in psi? 1 bar = 14.504 psi, 1 "
        "decimal",
        "{b} bar = ? psi (14.504 psi/bar, one dp)",
        "Convert a pressure of {b} bar into psi using 1 bar = 14.504 psi. One decimal place.",
    )
    return t.format(b=show(b)), [R(b * F("14.504"), 1)]


@family
def kpa_to_psi(rng: random.Random) -> Made:
    k = rng.randint(150, 900)
    t = pick(
        rng,
        "{k} kPa in psi? 1 psi = 6.895 kPa, 1 decimal",
        "Convert {k} kilopascals to psi (6.895 kPa per psi), round to one decimal.",
        "bike pump shows {k} kPa - how many psi is that? use 6.895, 1dp",
    )
    return t.format(k=k), [R(F(k) / F("6.895"), 1)]


@family
def hpa_to_inhg(rng: random.Random) -> Made:
    h = rng.randint(960, 1050)
    t = pick(
        rng,
        "Barometer reads {h} hPa. What's that in inches of mercury? 1 inHg = 33.864 hPa, 2 "
        "decimals.",
        "{h} hPa to inHg (33.864 hPa each), two decimals",
        "convert air pressure {h} millibars to inHg, 1 inHg = 33.864 mb, 2 dp",
    )
    return t.format(h=h), [R(F(h) / F("33.864"), 2)]


@family
def kcal_to_kj(rng: random.Random) -> Made:
    k = rng.randint(50, 3000)
    t = pick(
        rng,
        "How many kJ is {k} kcal? (1 kcal = 4.184 kJ, nearest kJ)",
        "{k} calories (kcal) in kilojoules? 4.184 kJ per kcal, whole number",
        "Convert {k} kcal to kJ using 4.184, rounded to the nearest whole kJ.",
    )
    return t.format(k=k), [R(k * F("4.184"), 0)]


@family
def kj_to_kcal(rng: random.Random) -> Made:
    k = rng.randint(200, 9000)
    t = pick(
        rng,
        "Food label says {k} kJ. How many kcal is that? 1 kcal = 4.184 kJ, nearest kcal.",
        "{k}kJ to calories (kcal)? use 4.184, round to whole",
        "Energy per pack: {k} kilojoules. Convert to kcal (4.184 kJ = 1 kcal), nearest whole "
        "number.",
    )
    return t.format(k=k), [R(F(k) / F("4.184"), 0)]


@family
def kwh_to_megajoules(rng: random.Random) -> Made:
    k = grid(rng, 0.5, 500, 0.5)
    t = pick(
        rng,
        "How many MJ are {k} kWh? (1 kWh = 3.6 MJ)",
        "{k} kWh in megajoules please",
        "convert {k} kilowatt-hours to MJ",
    )
    return t.format(k=show(k)), [R(k * F(18, 5), 2)]


@family
def btu_to_kw(rng: random.Random) -> Made:
    b = rng.choice(
        [5000, 6000, 8000, 9000, 10000, 12000, 14000, 15000, 18000, 24000, 30000, 36000]
    ) + rng.choice([0, 500])
    t = pick(
        rng,
        "An air conditioner is rated {b} BTU/h. What is that in kW? 1 kW = 3412 BTU/h, 2 decimals.",
        "{b} btu per hour to kilowatts? (3412 BTU/h per kW) two dp",
        "How many kW is a {b} BTU/hr heater? Use 1 kW = 3412 BTU/hr and round to 2 decimals.",
    )
    return t.format(b=b), [R(F(b) / 3412, 2)]


@family
def hp_to_kw(rng: random.Random) -> Made:
    h = rng.randint(50, 700)
    t = pick(
        rng,
        "My car has {h} hp. How many kW is that? 1 hp = 0.7457 kW, one decimal.",
        "{h} horsepower in kilowatts (0.7457 kW/hp), 1 dp",
        "convert {h} HP to kW, use 0.7457, round to 1 decimal",
    )
    return t.format(h=h), [R(h * F("0.7457"), 1)]


@family
def kw_to_hp(rng: random.Random) -> Made:
    k = rng.randint(40, 500)
    t = pick(
        rng,
        "The spec sheet says {k} kW. What's that in horsepower? 1 hp = 0.7457 kW, nearest whole hp",
        "{k}kW -> hp? (0.7457 kW per hp) round to whole number",
        "Convert {k} kilowatts to horsepower using 0.7457 kW/hp, to the nearest hp.",
    )
    return t.format(k=k), [R(F(k) / F("0.7457"), 0)]


@family
def files_fit_on_drive(rng: random.Random) -> Made:
    cap = rng.choice([16, 32, 64, 128, 256, 512])
    size = rng.randint(3, 90) * 10 + rng.choice([0, 5])
    n = cap * 1000 // size
    t = pick(
        rng,
        "How many {s} MB videos fit on a {c} GB card? (1 GB = 1000 MB, whole files only)",
        "I have a {c}GB USB stick and each file is {s}MB. how many full files fit? use 1000 MB per "
        "GB",
        "Number of complete {s} MB files that fit on {c} GB, taking 1 GB as 1000 MB?",
    )
    return t.format(s=size, c=cap), [R(n, 0)]


@family
def mbps_to_mb_per_s(rng: random.Random) -> Made:
    m = rng.randint(10, 1000)
    t = pick(
        rng,
        "My internet is {m} Mbps. How many megabytes per second is that? (8 bits per byte)",
        "{m} Mbit/s in MB/s? 8 bits = 1 byte",
        "convert {m} megabits per second to megabytes per second",
    )
    return t.format(m=m), [R(F(m, 8), 3)]


@family
def photos_on_drive(rng: random.Random) -> Made:
    tb = rng.choice([F(1, 2), F(1), F(2), F(4), F(5), F(8)])
    mb = grid(rng, 2, 40, 0.5)
    n = tb * 1000000 // mb
    t = pick(
        rng,
        "How many {m} MB photos can a {t} TB drive hold? 1 TB = 1,000,000 MB, whole photos",
        "{t}TB disk, each RAW file about {m}MB - how many files fit? (1 TB = 10^6 MB)",
        "If each picture is {m} megabytes, how many fit on {t} terabytes (1 TB = 1000000 MB)? "
        "Round down.",
    )
    return t.format(m=show(mb), t=show(tb)), [R(n, 0)]


@family
def gib_to_gb(rng: random.Random) -> Made:
    g = rng.randint(4, 2048)
    t = pick(
        rng,
        "How many GB (10^9 bytes) is {g} GiB (2^30 bytes)? 2 decimals",
        "{g} GiB in decimal gigabytes? round to 2 dp",
        "convert {g} gibibytes to gigabytes, 1 GiB = 1073741824 bytes, 1 GB = 1e9 bytes, two "
        "decimals",
    )
    return t.format(g=g), [R(F(g * 2**30, 10**9), 2)]


@family
def seconds_to_hms(rng: random.Random) -> Made:
    s = rng.randint(3700, 86000)
    h, r = divmod(s, 3600)
    m, sec = divmod(r, 60)
    t = pick(
        rng,
        "How long is {s} seconds in hours, minutes and seconds?",
        "{s} s = ? h m s",
        "convert {s} seconds to h:mm:ss",
    )
    acc = [
        f"{h}:{m:02d}:{sec:02d}",
        f"{h}h{m}m{sec}s",
        f"{h}hours,{m}minutesand{sec}seconds",
        f"{h}hours{m}minutes{sec}seconds",
        f"{h}h{m}min{sec}s",
        f"{h}hours,{m}minutes,and{sec}seconds",
        f"{h}hours,{m}minutes,{sec}seconds",
        f"{h}h{m:02d}m{sec:02d}s",
        f"{h}hours{m}minutesand{sec}seconds",
        f"{h}hr{m}min{sec}sec",
        f"{h}hrs{m}min{sec}sec",
        f"{h}h{m}min{sec}sec",
        f"{h:02d}:{m:02d}:{sec:02d}",
    ]
    return t.format(s=s), [acc]


@family
def minutes_to_decimal_hours(rng: random.Random) -> Made:
    m = rng.randint(61, 900)
    t = pick(
        rng,
        "I worked {m} minutes on the project. How many hours is that as a decimal? 2 dp",
        "{m} min in hours (decimal, two decimals)",
        "Convert {m} minutes to hours, rounded to 2 decimal places, for my timesheet.",
    )
    return t.format(m=m), [R(F(m, 60), 2)]


@family
def decimal_hours_to_hm(rng: random.Random) -> Made:
    h = grid(rng, 1.05, 12, 0.05)
    if (h * 60).denominator != 1:
        h = grid(rng, 1, 12, 0.25)
    t = pick(
        rng,
        "My timesheet says {h} hours. How many hours and minutes is that?",
        "{h} h = how many h and min?",
        "convert {h} hours into hours + minutes",
    )
    return t.format(h=show(h)), [hm(int(h * 60))]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        mph_to_kmh,
        kmh_to_mph,
        wind_ms_to_kmh,
        knots_to_kmh,
        psi_to_bar,
        bar_to_psi,
        kpa_to_psi,
        hpa_to_inhg,
        kcal_to_kj,
        kj_to_kcal,
        kwh_to_megajoules,
        btu_to_kw,
        hp_to_kw,
        kw_to_hp,
        files_fit_on_drive,
        mbps_to_mb_per_s,
        photos_on_drive,
        gib_to_gb,
        seconds_to_hms,
        minutes_to_decimal_hours,
        decimal_hours_to_hm,
    )
]
