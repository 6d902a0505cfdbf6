"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, units part 2: temperature, fuel
economy, cooking measures with a stated density, currency at a stated rate, data sizes, mixed
units and time spans."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout21_units import A, Made, Redo, dec, fam, num
from bench.data.agents.helpers import Family

CUR = [("EUR", "USD", "1.17"), ("USD", "EUR", "0.92"), ("GBP", "EUR", "1.16"),
       ("USD", "JPY", "151.3"), ("EUR", "GBP", "0.86"), ("AUD", "USD", "0.66"),
       ("USD", "CAD", "1.37"), ("CHF", "EUR", "1.06"), ("GBP", "USD", "1.27")]


@fam
def c_to_f(rng: random.Random) -> Made:
    c = dec(rng, -20, 45, rng.choice([0, 1]))
    t = rng.choice(["It's {c}°C outside, what is that in Fahrenheit? 1 decimal",
                    "convert {c} C to F, 1 decimal",
                    "{c} degrees celsius in fahrenheit pls, round to 0.1",
                    "My oven thermometer reads {c} °C. What's that in °F? round to 1 dp"])
    return t.format(c=num(c, 1)), [A(c * F(9, 5) + 32, 1)]


@fam
def f_to_c(rng: random.Random) -> Made:
    f = dec(rng, -10, 110, 0)
    t = rng.choice(["What is {f}°F in Celsius? 1 decimal place",
                    "the forecast in Texas says {f} F, how hot is that in celsius? round to 0.1",
                    "convert {f} fahrenheit to °C (one decimal)"])
    return t.format(f=num(f, 0)), [A((f - 32) * F(5, 9), 1)]


@fam
def oven_f_to_c(rng: random.Random) -> Made:
    f = rng.choice(range(300, 480, 5))
    t = rng.choice(["US recipe says bake at {f}F. What's that in celsius, to the nearest degree?",
                    "preheat to {f} °F - what should I set my oven to in °C? nearest whole degree",
                    "{f} degrees F in C for my fan-less oven? round to whole degrees"])
    return t.format(f=f), [A((f - 32) * F(5, 9), 0)]


@fam
def c_to_kelvin(rng: random.Random) -> Made:
    c = dec(rng, -80, 400, 1)
    t = rng.choice(["Convert {c} °C to kelvin (K = °C + 273.15).",
                    "what is {c} degrees Celsius in Kelvin? use 273.15 as the offset"])
    return t.format(c=num(c, 1)), [A(c + F("273.15"), 2)]


@fam
def temp_diff_c_to_f(rng: random.Random) -> Made:
    d = dec(rng, 2, 30, 1)
    t = rng.choice(["The temperature dropped by {d} °C overnight. How big a drop is that in °F?"
                    " (a change, not a reading) 2 decimals",
                    "A rise of {d} Celsius degrees is how many Fahrenheit degrees? 2 dp"])
    return t.format(d=num(d, 1)), [A(d * F(9, 5), 2)]


@fam
def mpg_to_l100(rng: random.Random) -> Made:
    mpg = dec(rng, 18, 65, rng.choice([0, 1]))
    t = rng.choice(["My car does {m} mpg (US). What's that in L/100 km? use 1 mile = 1.609 km and "
                    "1 US gallon = 3.785 L, 2 decimals",
                    "convert {m} miles per US gallon to litres per 100 km (1 mi = 1.609 km, "
                    "1 gal = 3.785 L), round to 2 dp"])
    return t.format(m=num(mpg, 1)), [A(F("378.5") / (mpg * F("1.609")), 2)]


@fam
def l100_to_mpg(rng: random.Random) -> Made:
    lk = dec(rng, 3, 15, 1)
    t = rng.choice(["The rental uses {l} L/100km. How many mpg is that (US gallons)? "
                    "1 mile = 1.609 km, 1 gal = 3.785 L, round to 1 decimal",
                    "{l} l per 100 km in miles per gallon (US)? take 1 gal = 3.785 L and "
                    "1 mi = 1.609 km, 1 dp"])
    return t.format(l=num(lk, 1)), [A(F("378.5") / (lk * F("1.609")), 1)]


@fam
def uk_mpg_to_l100(rng: random.Random) -> Made:
    mpg = dec(rng, 25, 70, 0)
    t = rng.choice(["UK car brochure says {m} mpg (imperial gallon = 4.546 L, mile = 1.609 km)."
                    " What is that in L/100km, 2 decimals?",
                    "convert {m} mpg imperial to L/100 km, using 4.546 L per gallon and 1.609 km"
                    " per mile. 2 dp"])
    return t.format(m=num(mpg, 0)), [A(F("454.6") / (mpg * F("1.609")), 2)]


@fam
def km_per_l_to_l100(rng: random.Random) -> Made:
    kpl = dec(rng, 8, 30, 1)
    t = rng.choice(["my scooter gets {k} km per litre. what is that in litres per 100 km? "
                    + "2 decimals", "{k} km/L -> L/100km? round to 2 dp"])
    return t.format(k=num(kpl, 1)), [A(100 / kpl, 2)]


@fam
def flour_cups_to_g(rng: random.Random) -> Made:
    cups = rng.choice([F(1, 2), F(3, 4), F(1), F(3, 2), F(2), F(5, 2), F(3), F(7, 2), F(4)])
    g = rng.choice([120, 125, 130, 128, 140, 136, 150])
    words = {F(1, 2): "1/2", F(3, 4): "3/4", F(3, 2): "1 1/2", F(5, 2): "2 1/2",
             F(7, 2): "3 1/2"}.get(cups, str(cups))
    t = rng.choice(["Recipe needs {c} cups of flour. If one cup of flour weighs {g} g, how many "
                    "grams is that?", "how many grams is {c} cups flour? (1 cup = {g} g)"])
    return t.format(c=words, g=g), [A(cups * g, 2)]


@fam
def butter_tbsp_to_g(rng: random.Random) -> Made:
    n = rng.randint(2, 16)
    g = rng.choice(["14.2", "14", "15"])
    t = rng.choice(["I need {n} tablespoons of butter but my scale is in grams. 1 tbsp of butter"
                    " = {g} g. how many grams?", "{n} tbsp butter in grams if a tablespoon is "
                    "{g} g?"])
    return t.format(n=n, g=g), [A(n * F(g), 1)]


@fam
def sugar_g_to_cups(rng: random.Random) -> Made:
    grams = rng.randint(60, 900)
    per = rng.choice([200, 198, 225])
    t = rng.choice(["How many cups is {g} g of sugar if 1 cup of sugar weighs {p} g? 2 decimals",
                    "The European recipe says {g}g caster sugar. My cups hold {p} g each, how "
                    "many cups? round to 2 dp"])
    return t.format(g=grams, p=per), [A(F(grams, per), 2)]


@fam
def honey_ml_to_g(rng: random.Random) -> Made:
    ml = rng.randint(15, 500)
    d = rng.choice(["1.42", "1.36", "1.4"])
    t = rng.choice(["How many grams is {m} ml of honey with a density of {d} g/ml?",
                    "honey density {d} g per mL. I need {m} mL, what's that in grams?"])
    return t.format(m=ml, d=d), [A(ml * F(d), 2)]


@fam
def milk_cups_to_ml(rng: random.Random) -> Made:
    cups = rng.choice([F(1, 3), F(2, 3), F(1, 4), F(3, 4), F(5, 4), F(7, 4), F(5, 2), F(3)])
    words = {F(1, 3): "1/3", F(2, 3): "2/3", F(1, 4): "1/4", F(3, 4): "3/4", F(5, 4): "1 1/4",
             F(7, 4): "1 3/4", F(5, 2): "2 1/2", F(3): "3"}[cups]
    size = rng.choice(["236.6", "240", "250", "237", "236.59"])
    t = rng.choice(["{w} cup of milk in ml, if a cup = {s} ml? 1 decimal",
                    "How many millilitres is {w} cups when one cup is {s} mL? round to 0.1"])
    return t.format(w=words, s=size), [A(cups * F(size), 1)]


@fam
def tsp_to_ml(rng: random.Random) -> Made:
    n = rng.randint(2, 40)
    per = rng.choice(["4.93", "5"])
    t = rng.choice(["Medicine spoon question: {n} teaspoons is how many ml if 1 tsp = {p} ml?",
                    "convert {n} tsp to millilitres (1 teaspoon = {p} mL)"])
    return t.format(n=n, p=per), [A(n * F(per), 2)]


@fam
def rice_g_to_cups(rng: random.Random) -> Made:
    grams = rng.randint(100, 1200)
    t = rng.choice(["A cup of uncooked rice weighs 185 g. How many cups is {g} g? 2 decimals",
                    "{g} g rice - how many cups if one cup = 185g? round to 2 dp"])
    return t.format(g=grams), [A(F(grams, 185), 2)]


@fam
def currency_simple(rng: random.Random) -> Made:
    a, b, r = rng.choice(CUR)
    amt = dec(rng, 5, 2500, rng.choice([0, 2]))
    t = rng.choice(["How much is {x} {a} in {b}? 1 {a} = {r} {b}{rd}",
                    "convert {x} {a} to {b} at a rate of {r} {b} per {a}{rd}",
                    "I'm paying {x} {a}. With 1 {a} = {r} {b}, how many {b} is that{rd}?"])
    dp = 0 if b == "JPY" else 2
    rd = ", round to whole yen" if dp == 0 else ", round to 2 decimals"
    return t.format(x=num(amt, 2), a=a, b=b, r=r, rd=rd), [A(amt * F(r), dp)]


@fam
def currency_back(rng: random.Random) -> Made:
    a, b, r = rng.choice(CUR[:3] + CUR[4:])
    amt = dec(rng, 10, 900, 0)
    t = rng.choice(["I need {x} {b}. At 1 {a} = {r} {b}, how many {a} do I have to exchange? "
                    "2 decimals", "how many {a} buy {x} {b} if 1 {a} = {r} {b}? round to cents"])
    return t.format(x=num(amt), a=a, b=b, r=r), [A(amt / F(r), 2)]


@fam
def currency_fee(rng: random.Random) -> Made:
    amt = dec(rng, 100, 3000, 0)
    fee = rng.choice(["2", "2.5", "3", "1.5"])
    r = rng.choice(["1.08", "1.17", "0.86", "1.27"])
    t = rng.choice(["I change {x} EUR to USD at 1 EUR = {r} USD, but the bureau takes a {f}% "
                    "fee off the euros first. How many USD do I get? 2 decimals",
                    "Exchange {x} euros into dollars: {f}% commission deducted from the euro "
                    "amount, then 1 EUR = {r} USD. dollars received, to the cent?"])
    return t.format(x=num(amt), f=fee, r=r), [A(amt * (1 - F(fee) / 100) * F(r), 2)]


@fam
def gb_to_mb(rng: random.Random) -> Made:
    gb = dec(rng, 1, 64, 1)
    t = rng.choice(["How many MB is {g} GB, using 1 GB = 1000 MB?",
                    "{g} gigabytes in megabytes (decimal units, 1000 MB per GB)"])
    return t.format(g=num(gb, 1)), [A(gb * 1000, 0)]


@fam
def gib_to_mib(rng: random.Random) -> Made:
    g = dec(rng, 1, 32, 2)
    t = rng.choice(["Convert {g} GiB to MiB (1 GiB = 1024 MiB), 2 decimals",
                    "how many MiB are in {g} GiB? binary units, 1024 per GiB"])
    return t.format(g=num(g, 2)), [A(g * 1024, 2)]


@fam
def photos_fit(rng: random.Random) -> Made:
    card = rng.choice([16, 32, 64, 128, 256])
    size = dec(rng, 2, 12, 1)
    t = rng.choice(["How many {s} MB photos fit on a {c} GB card? (1 GB = 1000 MB, whole photos"
                    " only)", "my camera makes {s}MB files. {c} GB SD card, 1 GB = 1000 MB - how "
                    "many full photos can it store?"])
    return t.format(s=num(size, 1), c=card), [A(int(card * 1000 / size), 0)]


@fam
def mbps_to_mbs(rng: random.Random) -> Made:
    mbps = rng.randint(20, 1000)
    t = rng.choice(["My internet is {m} Mbps. What's that in megabytes per second (8 bits per "
                    "byte)? 2 decimals", "{m} Mbit/s is how many MB/s? 8 bits = 1 byte"])
    return t.format(m=mbps), [A(F(mbps, 8), 2)]


@fam
def tb_to_gb(rng: random.Random) -> Made:
    tb = dec(rng, 1, 20, 1)
    t = rng.choice(["A {t} TB drive is how many GB in binary units (1 TB = 1024 GB)?",
                    "convert {t} TB to GB, 1024 GB per TB, 1 decimal"])
    return t.format(t=num(tb, 1)), [A(tb * 1024, 1)]


@fam
def ft_in_to_cm(rng: random.Random) -> Made:
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    t = rng.choice(["I'm {f}'{i}\". how tall is that in cm? 1 in = 2.54 cm, 1 decimal",
                    "How many centimetres is {f} ft {i} in? (1 inch = 2.54 cm) 1 dp",
                    "{f} feet {i} inches in cm please, to one decimal"])
    return t.format(f=ft, i=inch), [A((ft * 12 + inch) * F("2.54"), 1)]


@fam
def cm_to_ft_in(rng: random.Random) -> Made:
    cm = rng.randint(140, 205)
    inches = F(cm) / F("2.54")
    whole = int(inches + F(1, 2))
    if abs(inches - int(inches) - F(1, 2)) < F(1, 20):
        raise Redo
    ft, i = divmod(whole, 12)
    t = rng.choice(["I'm {c} cm tall, what's that in feet and inches (nearest inch, 1 in = "
                    "2.54 cm)?", "{c}cm in ft and in? round to the nearest whole inch"])
    forms = [f"{ft}'{i}", f"{ft}ft{i}in", f"{ft}feet{i}inches", f"{ft}foot{i}", f"{ft}ft{i}",
             f"{ft}feet{i}", f"{ft}feet,{i}inches", f"{ft}ft,{i}in", f"{ft}′{i}",
             f"{ft}feetand{i}inches"]
    return t.format(c=cm), [forms]


@fam
def st_lb_to_kg(rng: random.Random) -> Made:
    st, lb = rng.randint(7, 22), rng.randint(0, 13)
    t = rng.choice(["I weigh {s} st {l} lb. What's that in kg? (1 lb = 0.45359237 kg, 14 lb "
                    "in a stone) 1 decimal", "{s} stone {l} pounds in kilos? round to 0.1, "
                    "using 0.45359237 kg per lb"])
    return t.format(s=st, l=lb), [A((st * 14 + lb) * F("0.45359237"), 1)]


@fam
def kg_to_st_lb(rng: random.Random) -> Made:
    kg = dec(rng, 45, 140, 1)
    pounds = kg / F("0.45359237")
    whole = int(pounds + F(1, 2))
    if abs(pounds - int(pounds) - F(1, 2)) < F(1, 20):
        raise Redo
    st, lb = divmod(whole, 14)
    t = rng.choice(["{k} kg in stone and pounds? round to the nearest pound "
                    "(1 lb = 0.45359237 kg)", "My scale says {k} kg. How much is that in st "
                    "and lb, nearest whole pound?"])
    forms = [f"{st}st{lb}lb", f"{st}stone{lb}", f"{st}st{lb}", f"{st}stoneand{lb}",
             f"{st}stone,{lb}", f"{st}stones{lb}", f"{st}stonesand{lb}", f"{st}stones,{lb}",
             f"{st}st,{lb}"]
    return t.format(k=num(kg, 1)), [forms]


def dur_forms(h: int, m: int, sec: int | None = None) -> list[str]:
    """Written forms of h hours m minutes (and sec seconds), e.g. "2 hours, 5 minutes and 3 s"."""
    styles = [("h", "m", "s"), ("h", "min", "s"), ("h", "min", "sec"), ("hr", "min", "sec"),
              ("hrs", "mins", "secs"), ("hours", "minutes", "seconds"),
              ("hour" if h == 1 else "hours", "minute" if m == 1 else "minutes",
               "second" if sec == 1 else "seconds")]
    out = []
    for hw, mw, sw in dict.fromkeys(styles):
        for mm in dict.fromkeys((str(m), f"{m:02d}")):
            for j in ("", ",", "and", ",and"):
                head = f"{h}{hw}{j}{mm}{mw}"
                if sec is None:
                    out.append(head)
                    continue
                for ss in dict.fromkeys((str(sec), f"{sec:02d}")):
                    out += [f"{head}{k}{ss}{sw}" for k in ("", ",", "and", ",and")]
    return list(dict.fromkeys(out))


@fam
def seconds_to_hms(rng: random.Random) -> Made:
    s = rng.randint(3700, 86000)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    t = rng.choice(["My video is {s} seconds long. How long is that in hours, minutes and "
                    "seconds (h:mm:ss)?", "convert {s} s to h:mm:ss"])
    return t.format(s=s), [[f"{h}:{m:02d}:{sec:02d}", *dur_forms(h, m, sec)]]


@fam
def minutes_to_hours_dec(rng: random.Random) -> Made:
    m = rng.randint(70, 1400)
    t = rng.choice(["I worked {m} minutes this week on the side project. How many hours is "
                    "that as a decimal, 2 dp?", "{m} min in hours? decimal, 2 decimals"])
    return t.format(m=m), [A(F(m, 60), 2)]


@fam
def weeks_days_to_days(rng: random.Random) -> Made:
    w, d = rng.randint(2, 40), rng.randint(1, 6)
    t = rng.choice(["how many days is {w} weeks and {d} days?",
                    "{w} wks {d} days = how many days total?"])
    return t.format(w=w, d=d), [A(w * 7 + d, 0)]


@fam
def years_to_hours(rng: random.Random) -> Made:
    days = rng.randint(2, 400)
    t = rng.choice(["How many hours are there in {d} days?",
                    "how many minutes are there in {d} days?"])
    val = days * 24 if "hours are" in t else days * 1440
    return t.format(d=days), [A(val, 0)]


@fam
def hours_decimal_to_hm(rng: random.Random) -> Made:
    hrs = dec(rng, 1, 12, 2)
    mins = hrs * 60
    if mins.denominator != 1:
        return None
    h, m = divmod(int(mins), 60)
    if m == 0:
        return None
    t = rng.choice(["My timesheet says {x} hours. How many hours and minutes is that?",
                    "{x} h in hours and minutes please"])
    return t.format(x=num(hrs, 2)), [[f"{h}:{m:02d}", *dur_forms(h, m)]]


@fam
def marathons_km(rng: random.Random) -> Made:
    laps = rng.randint(2, 60)
    t = rng.choice(["A marathon is 42.195 km. How many km do I cover running {n} marathons?",
                    "if i run {n} marathons (42.195 km each), total kilometres?"])
    return t.format(n=laps), [A(laps * F("42.195"), 3)]


@fam
def shoe_cm_to_in(rng: random.Random) -> Made:
    cm = dec(rng, 20, 32, 1)
    t = rng.choice(["My foot is {c} cm long. How many inches is that? 2.54 cm per inch, 2 dp",
                    "foot length {c} cm -> inches? round to 2 decimals"])
    return t.format(c=num(cm, 1)), [A(cm / F("2.54"), 2)]


@fam
def room_volume_litres(rng: random.Random) -> Made:
    a, b, c = dec(rng, 20, 200, 0), dec(rng, 20, 120, 0), dec(rng, 20, 80, 0)
    t = rng.choice(["My aquarium is {a} cm x {b} cm x {c} cm inside. How many litres does it "
                    "hold when full? (1 L = 1000 cm³)", "how many liters fit in a box "
                    "{a}x{b}x{c} cm? 1 litre = 1000 cubic cm"])
    return t.format(a=a, b=b, c=c), [A(a * b * c / 1000, 3)]


@fam
def pace_min_km_to_min_mile(rng: random.Random) -> Made:
    m, s = rng.randint(4, 7), rng.choice(range(0, 60, 5))
    per_mile = (m * 60 + s) * F("1.609")
    tot = int(per_mile + F(1, 2))
    if abs(per_mile - int(per_mile) - F(1, 2)) < F(1, 20):
        raise Redo
    pm, ps = divmod(tot, 60)
    t = rng.choice(["I run at {m}:{s:02d} per km. What's my pace per mile (1 mi = 1.609 km)? "
                    "nearest second", "convert a pace of {m}:{s:02d} min/km to min/mile, "
                    "1 mile = 1.609 km, round to the second"])
    return t.format(m=m, s=s), [[f"{pm}:{ps:02d}", f"{pm}min{ps}s", f"{pm}m{ps}s",
                                 f"{pm}minutes{ps}seconds", f"{pm}minutesand{ps}seconds"]]


@fam
def speed_kmh_to_pace(rng: random.Random) -> Made:
    kmh = dec(rng, 8, 18, 1)
    sec = 3600 / kmh
    tot = int(sec + F(1, 2))
    if abs(sec - int(sec) - F(1, 2)) < F(1, 20):
        raise Redo
    m, s = divmod(tot, 60)
    t = rng.choice(["Treadmill is set to {k} km/h. What pace is that in min per km? nearest "
                    "second", "{k} kph as a running pace (min:sec per km, rounded to the second)?"])
    return t.format(k=num(kmh, 1)), [[f"{m}:{s:02d}", f"{m}min{s}s", f"{m}m{s}s",
                                      f"{m}minutes{s}seconds", f"{m}minutesand{s}seconds"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    c_to_f, f_to_c, oven_f_to_c, c_to_kelvin, temp_diff_c_to_f, mpg_to_l100, l100_to_mpg,
    uk_mpg_to_l100, km_per_l_to_l100, flour_cups_to_g, butter_tbsp_to_g, sugar_g_to_cups,
    honey_ml_to_g, milk_cups_to_ml, tsp_to_ml, rice_g_to_cups, currency_simple, currency_back,
    currency_fee, gb_to_mb, gib_to_mib, photos_fit, mbps_to_mbs, tb_to_gb, ft_in_to_cm,
    cm_to_ft_in, st_lb_to_kg, kg_to_st_lb, seconds_to_hms, minutes_to_hours_dec,
    weeks_days_to_days, years_to_hours, hours_decimal_to_hm, marathons_km, shoe_cm_to_in,
    room_volume_litres, pace_min_km_to_min_mile, speed_kmh_to_pace)]
