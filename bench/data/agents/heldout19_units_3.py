"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 3: speed, energy, data.
"""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout19_units import F, family, forms, num, pick, rnd, whole
from bench.data.agents.helpers import Family


@family
def kmh_to_mph(rng: random.Random) -> Any:
    v = rnd(rng, 20, 140, 5)
    text = pick(rng, "{v} km/h in mph? 1 mile = 1.609 km, 1 decimal",
                "The speed limit in France is {v} km/h - what is that in miles per hour? "
                "(1.609 km per mile, 1 dp)",
                "convert {v} kph to mph please, one decimal, 1 mi = 1.609 km", v=num(v))
    return text, forms(v / F("1.609"), 1)


@family
def mph_to_kmh(rng: random.Random) -> Any:
    v = rnd(rng, 15, 90, 1)
    text = pick(rng, "What is {v} mph in km/h? (1 mile = 1.609 km) round to 1 decimal",
                "{v} miles per hour to kilometres per hour, 1 dp, 1.609 km/mile",
                "I was doing {v}mph, how fast is that in kph? one decimal (1 mi = 1.609 km)",
                v=num(v))
    return text, forms(v * F("1.609"), 1)


@family
def ms_to_kmh(rng: random.Random) -> Any:
    v = rnd(rng, "0.5", 60, "0.1")
    text = pick(rng, "{v} m/s in km/h?", "Convert a wind speed of {v} metres per second to km/h",
                "how many kph is {v} m/s", v=num(v))
    return text, forms(v * F("3.6"), 2)


@family
def kmh_to_ms(rng: random.Random) -> Any:
    v = rnd(rng, 5, 300, 1)
    text = pick(rng, "{v} km/h in metres per second? 2 decimals",
                "A train goes {v} kph. What is that in m/s (round to 2 dp)?", v=num(v))
    return text, forms(v / F("3.6"), 2)


@family
def knots_to_kmh(rng: random.Random) -> Any:
    v = rnd(rng, 3, 40, "0.5")
    text = pick(rng, "{v} knots in km/h? (1 knot = 1.852 km/h) 1 decimal",
                "The boat cruises at {v} kn. How many kilometres per hour is that, 1 dp?",
                v=num(v))
    return text, forms(v * F("1.852"), 1)


@family
def psi_to_bar(rng: random.Random) -> Any:
    p = rnd(rng, 20, 120, 1)
    text = pick(rng, "{p} psi in bar? use 1 bar = 14.504 psi, 2 decimals",
                "My tyre says {p} PSI max. What's that in bar (14.504 psi per bar)? 2 dp",
                "convert {p} psi to bar, round to 2 decimal places (1 bar = 14.504 psi)",
                p=num(p))
    return text, forms(p / F("14.504"), 2)


@family
def bar_to_psi(rng: random.Random) -> Any:
    b = rnd(rng, "1.5", 10, "0.1")
    text = pick(rng, "{b} bar to psi? 1 bar = 14.504 psi, 1 decimal",
                "Bike pump shows {b} bar - how many PSI is that? (14.504 psi/bar, 1 dp)",
                b=num(b))
    return text, forms(b * F("14.504"), 1)


@family
def kpa_to_psi(rng: random.Random) -> Any:
    k = rnd(rng, 150, 350, 5)
    text = pick(rng, "Car manual says {k} kPa for the tyres. In psi? (1 psi = 6.895 kPa) 1 decimal",
                "{k} kPa to psi, 1 dp, using 6.895 kPa per psi", k=num(k))
    return text, forms(k / F("6.895"), 1)


@family
def mmhg_to_kpa(rng: random.Random) -> Any:
    mm = rnd(rng, 60, 190, 1)
    text = pick(rng, "Convert a blood pressure reading of {m} mmHg to kPa (1 mmHg = 0.1333 kPa), "
                "2 decimals",
                "{m} mm Hg in kilopascals? 0.1333 kPa per mmHg, round to 2 dp", m=num(mm))
    return text, forms(mm * F("0.1333"), 2)


@family
def kcal_to_kj(rng: random.Random) -> Any:
    kcal = rnd(rng, 50, 3000, 5)
    text = pick(rng, "{k} kcal in kJ? (1 kcal = 4.184 kJ) 1 decimal",
                "My snack bar has {k} Calories. How many kilojoules is that? use 4.184, 1 dp",
                "convert {k} kcal to kilojoules, 1 kcal = 4.184 kJ, one decimal", k=num(kcal))
    return text, forms(kcal * F("4.184"), 1)


@family
def kj_to_kcal(rng: random.Random) -> Any:
    kj = rnd(rng, 200, 9000, 10)
    text = pick(rng, "The label says {k} kJ per serving. How many kcal? (4.184 kJ = 1 kcal), "
                "nearest whole number",
                "{k} kilojoules to calories (kcal), round to the nearest whole kcal, 1 "
                "kcal = 4.184 kJ",
                k=num(kj))
    return text, forms(kj / F("4.184"), 0)


@family
def kwh_to_megajoules(rng: random.Random) -> Any:
    kwh = rnd(rng, "0.5", 500, "0.5")
    text = pick(rng, "{k} kWh in megajoules? (1 kWh = 3.6 MJ)",
                "how many MJ is {k} kilowatt-hours", k=num(kwh))
    return text, forms(kwh * F("3.6"), 1)


@family
def btu_to_kwh(rng: random.Random) -> Any:
    btu = rnd(rng, 5000, 60000, 500)
    text = pick(rng, "An air conditioner is rated {b} BTU/h. What is that in kW? "
                "(1 kW = 3412 BTU/h) 2 decimals",
                "{b} BTU per hour to kilowatts, 2 dp, using 3,412 BTU/h per kW",
                b=f"{int(btu):,}" if rng.random() < 0.5 else num(btu))
    return text, forms(btu / 3412, 2)


@family
def horsepower_to_kw(rng: random.Random) -> Any:
    hp = rnd(rng, 50, 600, 5)
    text = pick(rng, "{h} hp in kW? use 1 hp = 0.7457 kW, 1 decimal",
                "My car has {h} horsepower. How many kilowatts is that? 1 dp (0.7457 kW/hp)",
                h=num(hp))
    return text, forms(hp * F("0.7457"), 1)


@family
def gb_to_mb_decimal(rng: random.Random) -> Any:
    gb = rnd(rng, "0.1", 64, "0.05")
    text = pick(rng, "How many MB is {g} GB? (decimal units, 1 GB = 1000 MB)",
                "{g} GB in megabytes, using 1000 MB per GB", g=num(gb))
    return text, forms(gb * 1000, 1)


@family
def gib_to_gb(rng: random.Random) -> Any:
    gib = rng.choice([8, 16, 32, 64, 128, 256, 512, 1024, 2, 4, 12, 24, 48, 96, 384, 768])
    text = pick(rng, "My OS reports {g} GiB. How many GB is that (1 GiB = 2^30 bytes, 1 "
                     "GB = 10^9 bytes)? "
                "2 decimals",
                "convert {g} GiB to gigabytes (decimal GB), 2 dp", g=gib)
    if rng.random() < 0.5:
        gib = gib + rng.choice([F("0.5"), F("0.25")])
        text = pick(rng, "How many decimal gigabytes is {g} GiB? (1 GiB = 1,073,741,824 "
                         "bytes) 2 dp",
                    "{g} GiB -> GB (10^9 bytes) please, 2 decimals", g=num(gib))
    return text, forms(gib * 2**30 / 10**9, 2)


@family
def tb_drive_in_gib(rng: random.Random) -> Any:
    tb = rnd(rng, "0.5", 20, "0.5")
    text = pick(rng, "I bought a {t} TB drive (1 TB = 10^12 bytes). How many GiB will it show? "
                "(1 GiB = 2^30 bytes) 1 decimal",
                "{t}TB disk = how many GiB? TB is 10^12 bytes, GiB is 2^30 bytes, 1 dp",
                "why does my {t} TB drive look smaller - how many GiB is {t}×10^12 bytes? "
                "round to 1 decimal", t=num(tb))
    return text, forms(tb * 10**12 / 2**30, 1)


@family
def mbps_to_mb_per_s(rng: random.Random) -> Any:
    mbps = rnd(rng, 10, 2000, 5)
    text = pick(rng, "My internet is {m} Mbps. How many megabytes per second is that? (8 "
                     "bits per byte)",
                "{m} Mbit/s in MB/s?", "what's {m} megabits per second in MB/s", m=num(mbps))
    return text, forms(mbps / 8, 3)


@family
def photos_on_card(rng: random.Random) -> Any:
    gb = rng.choice([16, 32, 64, 128, 256, 512])
    mb = rnd(rng, "2.5", 60, "0.5")
    text = pick(rng, "How many {m} MB photos fit on a {g} GB card? (1 GB = 1000 MB, whole photos)",
                "my pics are about {m}MB each, card is {g}GB (1000 MB per GB). how many "
                "photos fit?",
                m=num(mb), g=gb)
    count = (gb * 1000 / mb).__floor__()
    return text, whole(count)


@family
def seconds_to_hms(rng: random.Random) -> Any:
    s = rng.randint(3700, 86000)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    if m == 0 or sec == 0:
        return None
    text = pick(rng, "How long is {s} seconds in hours, minutes and seconds?",
                "convert {s} s to h:mm:ss", "{s} seconds = ? hrs mins secs", s=s)
    ans = [f"{h}:{m:02d}:{sec:02d}", f"{h}h{m}m{sec}s", f"{h}hours,{m}minutes,{sec}seconds",
           f"{h}hours,{m}minutesand{sec}seconds", f"{h}hours{m}minutes{sec}seconds",
           f"{h}hours{m}minutesand{sec}seconds", f"{h}hr{m}min{sec}sec", f"{h}h{m}min{sec}s",
           f"{h}hours,{m}minutes,and{sec}seconds", f"{h}hrs{m}mins{sec}secs"]
    if h == 1:
        ans += [a.replace("hours", "hour") for a in ans if "hours" in a]
    return text, ans


@family
def minutes_to_decimal_hours(rng: random.Random) -> Any:
    mins = rng.randint(70, 900)
    text = pick(rng, "{m} minutes in hours? (as a decimal, 2 dp)",
                "I worked {m} min this week on the project - how many hours is that, 2 decimals?",
                "convert {m} minutes to decimal hours for my timesheet, 2 dp", m=mins)
    return text, forms(F(mins, 60), 2)


@family
def decimal_hours_to_minutes(rng: random.Random) -> Any:
    h = rnd(rng, "0.15", "9.95", "0.05")
    text = pick(rng, "How many minutes is {h} hours?",
                "My timesheet says {h} h. What's that in minutes?", h=num(h))
    return text, forms(h * 60, 0)


@family
def weeks_days_to_days(rng: random.Random) -> Any:
    w, d = rng.randint(2, 60), rng.randint(1, 6)
    text = pick(rng, "How many days are {w} weeks and {d} days?",
                "{w} wks {d} days = how many days total?", "total days in {w} weeks plus {d} days?",
                w=w, d=d)
    return text, [*whole(w * 7 + d), f"{w * 7 + d} days"]


@family
def days_to_seconds(rng: random.Random) -> Any:
    d = rnd(rng, "0.5", 30, "0.5")
    text = pick(rng, "How many seconds are there in {d} days?",
                "{d} days in seconds?", "convert {d} d to seconds", d=num(d))
    return text, forms(d * 86400, 0)


@family
def age_in_hours(rng: random.Random) -> Any:
    years = rng.randint(1, 12)
    weeks = rng.randint(1, 51)
    text = pick(rng, "How many hours are in {y} years and {w} weeks if a year is 365 days?",
                "{y} yr {w} wk in hours? (365-day years)", y=years, w=weeks)
    return text, whole((years * 365 + weeks * 7) * 24)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    kmh_to_mph, mph_to_kmh, ms_to_kmh, kmh_to_ms, knots_to_kmh, psi_to_bar, bar_to_psi,
    kpa_to_psi, mmhg_to_kpa, kcal_to_kj, kj_to_kcal, kwh_to_megajoules, btu_to_kwh,
    horsepower_to_kw, gb_to_mb_decimal, gib_to_gb, tb_drive_in_gib, mbps_to_mb_per_s,
    photos_on_card, seconds_to_hms, minutes_to_decimal_hours, decimal_hours_to_minutes,
    weeks_days_to_days, days_to_seconds, age_in_hours)]
