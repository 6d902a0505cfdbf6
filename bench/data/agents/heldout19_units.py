"""Round 19 (``C_u_*``, dev now) for ``muse bench agents``, units part 1: length and mass."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

F = Fraction
Gen = Callable[[random.Random], Any]


def num(x: Any) -> str:
    """A terminating Fraction (or int / decimal string) written as people write it."""
    x = F(x)
    for k in range(8):
        if (x * 10**k).denominator == 1:
            n = abs(x * 10**k).numerator
            ip, fp = divmod(n, 10**k)
            sign = "-" if x < 0 else ""
            return sign + str(ip) + (f".{fp:0{k}d}" if k else "")
    raise ValueError(x)


def group(text: str) -> str:
    ip, _, fp = text.partition(".")
    sign = "-" if ip.startswith("-") else ""
    ip = ip.lstrip("-")
    ip = f"{int(ip):,}"
    return sign + ip + (f".{fp}" if fp else "")


def forms(value: Any, dp: int = 2) -> list[str] | None:
    """Accepted forms of value rounded to dp decimals; None when it sits near a tie."""
    v = F(value)
    scaled = v * 10**dp
    low = math.floor(scaled)
    frac = scaled - low
    if abs(frac - F(1, 2)) < F(1, 20):
        return None
    n = low + (1 if frac > F(1, 2) else 0)
    text = num(F(n, 10**dp))
    if dp and "." not in text:
        fixed = text + "." + "0" * dp
    elif dp:
        fixed = text + "0" * (dp - len(text.split(".")[1]))
    else:
        fixed = text
    out = [fixed, text]
    if dp == 0:
        out.append(text + ".0")
    if abs(n) >= 1000 * 10**dp:
        out += [group(fixed), group(text)]
    if fixed.startswith("-"):
        return list(dict.fromkeys(out))
    return list(dict.fromkeys(out))


def money(value: Any) -> str:
    value = F(value)
    return num(value) if value.denominator == 1 else f"{float(value):.2f}"


def cash(rng: random.Random, value: Any) -> str:
    """A price as people type it: two decimals, usually with a currency sign."""
    return rng.choice(["$", "€", "£", "", "$"]) + f"{float(F(value)):.2f}"


def whole(value: int) -> list[str]:
    out = [str(value)]
    if abs(value) >= 1000:
        out.append(f"{value:,}")
    return out


def rnd(rng: random.Random, lo: Any, hi: Any, step: Any = 1) -> Fraction:
    step = F(step)
    return step * rng.randint(math.ceil(F(lo) / step), math.floor(F(hi) / step))


def pick(rng: random.Random, *templates: str, **values: Any) -> str:
    return rng.choice(templates).format(**values)


def clock(minutes: int) -> list[str]:
    """Forms of a clock time given as minutes after midnight (any day)."""
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    half = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if h == 0:
        out.append(f"0:{m:02d}")
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    if h12 < 10:
        out.append(f"0{h12}:{m:02d}{half}")
    return out


def show_clock(minutes: int, twelve: bool) -> str:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    if twelve:
        return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d}"


def hm(minutes: int) -> list[str]:
    """Forms of a duration of whole minutes (hours and minutes)."""
    h, m = divmod(minutes, 60)
    if m == 0:
        return [f"{h} hours", f"{h}h", f"{h} hrs", f"{h} hr", f"{h}:00"]
    return [f"{h}h {m}m", f"{h}h {m}min", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
            f"{h} hr {m} min", f"{h} hrs {m} mins", f"{h}:{m:02d}", f"{h} hour {m} minutes",
            f"{h} hour and {m} minutes", f"{h} h {m} min", f"{minutes} minutes", f"{minutes} min"]


def family(fn: Gen) -> Family:
    name = "C_u_" + fn.__name__

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            out = fn(rng)
            if out is None:
                continue
            text, *parts = out
            if any(p is None for p in parts):
                continue
            return item(name, "calc", text, [list(p) for p in parts])

    made = fresh(make)
    made.__name__ = fn.__name__
    return made


NAMES = ["Sam", "Priya", "Leo", "Maya", "Tom", "Aisha", "Ben", "Chloe", "Diego", "Emma"]


@family
def km_to_miles(rng: random.Random) -> Any:
    km = rnd(rng, 3, 120, "0.5")
    text = pick(rng, "how many miles is {km} km? use 1 mile = 1.609 km, 2 decimals",
                "Convert {km} kilometres to miles (1 mi = 1.609 km). Round to 2 decimal places.",
                "My run today was {km}km, what's that in miles? Take 1 mile as 1.609 km "
                "and give 2 dp",
                km=num(km))
    return text, forms(km / F("1.609"), 2)


@family
def miles_to_km(rng: random.Random) -> Any:
    mi = rnd(rng, 2, 300, "0.5")
    text = pick(rng, "{mi} miles in km? (1 mile = 1.609 km, round to 1 decimal)",
                "The sign said {mi} miles to the coast. How far is that in kilometers if 1 mile is "
                "1.609 km? One decimal place please.",
                "convert {mi} mi to kilometres using 1.609 km per mile, to 1 d.p.", mi=num(mi))
    return text, forms(mi * F("1.609"), 1)


@family
def inches_to_cm(rng: random.Random) -> Any:
    inch = rnd(rng, 2, 80, "0.25")
    text = pick(rng, "What is {i} inches in centimetres? (1 in = 2.54 cm) round to 2 decimals",
                "my laptop screen is {i}\" - how many cm is that? 1 inch = 2.54 cm, 2 dp",
                "Convert {i} in to cm, 2 decimal places.", i=num(inch))
    return text, forms(inch * F("2.54"), 2)


@family
def cm_to_inches(rng: random.Random) -> Any:
    cm = rnd(rng, 5, 250, 1)
    text = pick(rng, "{cm} cm in inches? use 2.54 cm per inch and round to 1 decimal",
                "How many inches is {cm} centimeters? One decimal place, 1 in = 2.54 cm.",
                "The box is {cm}cm long. What's that in inches (to 1 dp)?", cm=num(cm))
    return text, forms(cm / F("2.54"), 1)


@family
def height_cm_to_feet(rng: random.Random) -> Any:
    cm = rnd(rng, 150, 200, 1)
    inches = cm / F("2.54")
    if abs(inches - round(inches)) > F(9, 20):
        return None
    total = round(inches)
    ft, ins = divmod(total, 12)
    if ins == 0:
        return None
    text = pick(rng, "I'm {cm} cm tall, what's that in feet and inches? (1 in = 2.54 cm, "
                "round to the nearest inch)",
                "Convert a height of {cm}cm to ft and in, nearest whole inch please",
                "how tall is {cm} cm in feet + inches? round to nearest inch", cm=num(cm))
    ans = [f"{ft}'{ins}", f"{ft}ft{ins}", f"{ft}feet{ins}", f"{ft}foot{ins}", f"{ft}′{ins}",
           f"{ft}ft,{ins}", f"{ft}feet,{ins}", f"{ft}feetand{ins}", f"{ft}ftand{ins}",
           f"{ft}ft.{ins}", f"{ft}’{ins}"]
    return text, ans


@family
def feet_inches_to_cm(rng: random.Random) -> Any:
    ft, ins = rng.randint(4, 6), rng.randint(1, 11)
    text = pick(rng, "how many cm is {ft} ft {ins} in? 1 inch = 2.54 cm, round to 1 decimal",
                "My son is {ft}'{ins}\". What is that in centimetres, to one decimal place?",
                "Convert {ft} feet {ins} inches to cm (2.54 cm per inch), 1 dp", ft=ft, ins=ins)
    return text, forms((ft * 12 + ins) * F("2.54"), 1)


@family
def meters_to_feet(rng: random.Random) -> Any:
    m = rnd(rng, 2, 400, "0.5")
    text = pick(rng, "{m} m in feet? use 1 ft = 0.3048 m, round to 1 decimal",
                "The cliff is {m} metres high. How many feet is that? (1 foot = 0.3048 m) 1 dp",
                "convert {m} meters to ft, 1 decimal place, 0.3048 m per foot", m=num(m))
    return text, forms(m / F("0.3048"), 1)


@family
def feet_to_meters(rng: random.Random) -> Any:
    ft = rnd(rng, 5, 3000, 1)
    text = pick(rng, "How many meters is {ft} ft? (1 ft = 0.3048 m, 2 decimals)",
                "the ceiling is {ft} feet, what's that in metres? 2 dp, 1 foot = 0.3048 m",
                "{ft} feet to metres please, round to 2 decimal places", ft=num(ft))
    return text, forms(ft * F("0.3048"), 2)


@family
def yards_to_meters(rng: random.Random) -> Any:
    yd = rnd(rng, 10, 600, 5)
    text = pick(rng, "convert {yd} yards to metres (1 yd = 0.9144 m), 1 decimal",
                "A golf hole is {yd} yards. How long is that in meters? 1 yard = 0.9144 "
                "m, one decimal place",
                "{yd} yd in m? 0.9144 m per yard, round to 1 dp", yd=num(yd))
    return text, forms(yd * F("0.9144"), 1)


@family
def kg_to_pounds(rng: random.Random) -> Any:
    kg = rnd(rng, 2, 140, "0.1")
    text = pick(rng, "{kg} kg in pounds? use 1 kg = 2.2046 lb and round to 1 decimal",
                "My suitcase weighs {kg} kg. How many lbs is that (1 kg = 2.2046 lb)? 1 dp",
                "Convert {kg} kilograms to pounds, 1 decimal place (2.2046 lb per kg)", kg=num(kg))
    return text, forms(kg * F("2.2046"), 1)


@family
def pounds_to_kg(rng: random.Random) -> Any:
    lb = rnd(rng, 3, 320, 1)
    text = pick(rng, "how much is {lb} lbs in kg? 1 lb = 0.4536 kg, 2 decimals",
                "Convert {lb} pounds to kilograms using 1 lb = 0.4536 kg. Round to 2 dp.",
                "The recipe wants a {lb} lb turkey... what is that in kg? (0.4536 kg/lb, 2 dp)",
                lb=num(lb))
    return text, forms(lb * F("0.4536"), 2)


@family
def stone_to_kg(rng: random.Random) -> Any:
    st, lb = rng.randint(7, 20), rng.randint(1, 13)
    text = pick(rng, "I weigh {st} stone {lb} lb. What's that in kg? (14 lb per stone, "
                "1 lb = 0.4536 kg, round to 1 decimal)",
                "{st}st {lb}lb in kilograms please - 1 stone = 14 lb, 1 lb = 0.4536 kg, 1 dp",
                "convert {st} st {lb} lbs to kg, using 14 lb = 1 st and 0.4536 kg per lb. "
                "one decimal",
                st=st, lb=lb)
    return text, forms((st * 14 + lb) * F("0.4536"), 1)


@family
def kg_to_stone(rng: random.Random) -> Any:
    kg = rnd(rng, 45, 130, "0.5")
    text = pick(rng, "How many stone is {kg} kg? Use 1 kg = 2.2046 lb and 14 lb per stone, "
                "answer in stone to 2 decimals",
                "{kg}kg in stone (decimal, 2 dp)? 1 kg = 2.2046 lb, 1 st = 14 lb", kg=num(kg))
    return text, forms(kg * F("2.2046") / 14, 2)


@family
def ounces_to_grams(rng: random.Random) -> Any:
    oz = rnd(rng, 1, 64, "0.5")
    text = pick(rng, "{oz} oz in grams? 1 oz = 28.35 g, 1 decimal",
                "the steak is {oz} ounces, how many grams is that? (28.35 g per oz, one decimal)",
                "Convert {oz} ounces to g using 28.35 g/oz; round to 1 dp", oz=num(oz))
    return text, forms(oz * F("28.35"), 1)


@family
def grams_to_ounces(rng: random.Random) -> Any:
    g = rnd(rng, 20, 2000, 5)
    text = pick(rng, "What's {g} g in ounces? (1 oz = 28.35 g) Round to 2 decimal places.",
                "{g} grams to oz, 2 dp, using 28.35 g per ounce",
                "my parcel is {g}g - how many ounces is that if 1 oz = 28.35 g? 2 "
                "decimals", g=num(g))
    return text, forms(g / F("28.35"), 2)


@family
def mm_to_inches(rng: random.Random) -> Any:
    mm = rnd(rng, 3, 600, 1)
    text = pick(rng, "{mm} mm in inches? (25.4 mm = 1 in) 2 decimals",
                "Convert {mm} millimetres to inches, round to 2 dp (1 inch = 25.4 mm)",
                "how many inches is a {mm}mm bolt? 2 decimal places", mm=num(mm))
    return text, forms(mm / F("25.4"), 2)


@family
def nautical_miles_to_km(rng: random.Random) -> Any:
    nm = rnd(rng, 3, 900, 1)
    text = pick(rng, "How far is {nm} nautical miles in km? (1 nmi = 1.852 km) 1 decimal",
                "{nm} nmi to kilometres, one decimal place, using 1.852 km per nautical mile",
                "our sailing trip was {nm} nautical miles - what's that in km? (1.852 km "
                "each, 1 dp)",
                nm=num(nm))
    return text, forms(nm * F("1.852"), 1)


@family
def metric_tonnes_to_pounds(rng: random.Random) -> Any:
    t = rnd(rng, "0.5", 40, "0.25")
    text = pick(rng, "how many pounds is {t} tonnes? 1 tonne = 1000 kg, 1 kg = 2.2046 lb, "
                "nearest whole pound",
                "A truck carries {t} metric tons. Convert to lb (1 kg = 2.2046 lb), round "
                "to whole lb",
                t=num(t))
    return text, forms(t * 1000 * F("2.2046"), 0)


@family
def steps_to_km(rng: random.Random) -> Any:
    steps = rnd(rng, 2000, 25000, 50)
    stride = rnd(rng, 60, 85, 1)
    text = pick(rng, "I walked {s} steps today and my stride is {c} cm. How many km is "
                     "that? 2 decimals",
                "{s} steps at {c}cm per step = how many kilometres? round to 2 dp",
                "If each of my steps is {c} cm, how far are {s} steps in km (2 decimal places)?",
                s=f"{int(steps):,}" if rng.random() < 0.5 else num(steps), c=num(stride))
    return text, forms(steps * stride / 100000, 2)


@family
def feet_to_miles(rng: random.Random) -> Any:
    ft = rnd(rng, 1000, 30000, 100)
    text = pick(rng, "How many miles is {ft} feet? (5280 ft in a mile) 2 decimals",
                "the trail climbs over {ft} ft of path, what is that in miles? 5,280 ft "
                "per mile, 2 dp",
                "convert {ft} ft to mi, round to 2 decimal places", ft=num(ft))
    return text, forms(ft / 5280, 2)


@family
def paper_size_mm_to_inches(rng: random.Random) -> Any:
    w, h = rng.choice([(210, 297), (148, 210), (297, 420), (105, 148), (250, 353), (176, 250)])
    if rng.random() < 0.5:
        w, h = rnd(rng, 90, 300, 1), rnd(rng, 120, 420, 1)
    text = pick(rng, "A sheet is {w} x {h} mm. How wide is it in inches? 1 in = 25.4 mm, "
                     "2 decimals",
                "paper {w}mm by {h}mm - what's the width ({w} mm side) in inches to 2 dp?",
                w=num(w), h=num(h))
    return text, forms(F(w) / F("25.4"), 2)


@family
def furlongs_race_to_km(rng: random.Random) -> Any:
    f = rnd(rng, 5, 24, "0.5")
    text = pick(rng, "How long is a {f} furlong horse race in km? 1 furlong = 201.168 m, "
                     "3 decimals",
                "{f} furlongs in kilometres? (a furlong is 201.168 m) round to 3 dp", f=num(f))
    return text, forms(f * F("201.168") / 1000, 3)


@family
def half_marathon_laps(rng: random.Random) -> Any:
    lap = rnd(rng, 300, 1200, 10)
    dist = rng.choice([("a half marathon", F("21.0975")), ("a marathon", F("42.195")),
                       ("a 10k", F(10)), ("a 5k", F(5)), ("a 15k", F(15))])
    text = pick(rng, "How many laps of a {lap} m loop is {d} ({km} km)? answer to 2 decimals",
                "If my park loop is {lap} metres, how many laps do I need for {d} of {km} km? 2 dp",
                lap=num(lap), d=dist[0], km=num(dist[1]))
    return text, forms(dist[1] * 1000 / lap, 2)


@family
def carat_to_grams(rng: random.Random) -> Any:
    ct = rnd(rng, "0.25", 12, "0.05")
    text = pick(rng, "a {ct} carat stone weighs how many grams? 1 ct = 0.2 g (3 decimals)",
                "Convert {ct} ct to grams. One carat is 0.2 g. 3 dp please", ct=num(ct))
    return text, forms(ct * F("0.2"), 3)


@family
def drive_hours_nonstop(rng: random.Random) -> Any:
    km = rnd(rng, 100, 5000, 10)
    speed = rnd(rng, 40, 130, 5)
    text = pick(rng, "If I drive {km} km at an average {v} km/h nonstop, how many hours "
                     "is that? 2 decimals",
                "{km} km at {v} kph - how long in hours (2 dp)?", km=num(km), v=num(speed))
    return text, forms(km / speed, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    km_to_miles, miles_to_km, inches_to_cm, cm_to_inches, height_cm_to_feet, feet_inches_to_cm,
    meters_to_feet, feet_to_meters, yards_to_meters, kg_to_pounds, pounds_to_kg, stone_to_kg,
    kg_to_stone, ounces_to_grams, grams_to_ounces, mm_to_inches, nautical_miles_to_km,
    metric_tonnes_to_pounds, steps_to_km, feet_to_miles, paper_size_mm_to_inches,
    furlongs_race_to_km, half_marathon_laps, carat_to_grams, drive_hours_nonstop)]
