"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 3: water and step files, blood pressure, runs, stone and BMI, fever doses, bottles, race times, loans, travel lists, museum and sale signs, passata and babysitters."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    sh,
    span,
)
from bench.data.agents.helpers import Family


def lit(x, p=2):
    vs = num(x, p)
    return [f"{v} {u}" for v in vs for u in ("l", "litres", "liters", "L")] + [f"{v}l" for v in vs]


@fam
def csv_water_intake(rng):
    n = rng.randint(5, 7)
    ml = [rng.randint(9, 32) * 100 for _ in range(n)]
    csv = "day,water_ml\n" + "".join(f"{d},{m}\n" for d, m in zip(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], ml, strict=False))
    avg = F(sum(ml), n)
    oz = avg / F("29.57")
    if near(avg / 1000) or near(oz, 1):
        return None
    t = rng.choice([
        "My water log is attached. What's my average per day in litres (2 dp), and in US fl oz (1 fl oz = 29.57 ml, 1 decimal)?",
        "avg daily water from this csv - in L please (2 dp), and also in fluid ounces using 29.57 ml/oz (1dp)",
    ])
    return t, [lit(avg / 1000), list(dict.fromkeys(num(oz, 1) + num(rnd(avg / 1000) * 1000 / F("29.57"), 1)))], {"csv": csv}


@fam
def csv_steps_distance(rng):
    n = rng.randint(5, 9)
    steps = [rng.randint(2500, 16000) for _ in range(n)]
    stride = F(rng.choice([70, 72, 74, 76, 78, 80, 82]), 100)
    sep = rng.choice([",", "\t"])
    csv = f"date{sep}steps\n" + "".join(f"2026-06-{i + 1:02d}{sep}{s}\n" for i, s in enumerate(steps))
    km = sum(steps) * stride / 1000
    if near(km, 1):
        return None
    t = rng.choice([
        f"How many steps in total in this file, and how far is that in km if my stride is {sh(stride)} m? (1 decimal)",
        f"total steps + total distance (km, 1dp) at {int(stride * 100)} cm per step",
    ])
    return t, [num(sum(steps), 0), [f"{v} km" for v in num(km, 1)] + [f"{v}km" for v in num(km, 1)]], {"csv": csv}


@fam
def bp_average_map(rng):
    n = rng.randint(3, 5)
    rd = [(rng.randint(112, 148), rng.randint(70, 95)) for _ in range(n)]
    s = F(sum(a for a, _ in rd), n)
    d = F(sum(b for _, b in rd), n)
    mp = d + (s - d) / 3
    if near(s, 1) or near(d, 1) or near(mp, 1):
        return None
    lst = ", ".join(f"{a}/{b}" for a, b in rd)
    t = rng.choice([
        f"My blood pressure readings this week: {lst}. What are the average systolic and diastolic (1 decimal)? And the MAP from those averages, MAP = DBP + (SBP - DBP)/3, also 1 decimal?",
        f"bp log {lst}. avg top number, avg bottom number, then mean arterial pressure (dbp + (sbp-dbp)/3) of the averages. 1 dp each",
    ])
    mp2 = rnd(d, 1) + (rnd(s, 1) - rnd(d, 1)) / 3
    return t, [num(s, 1), num(d, 1), list(dict.fromkeys(num(mp, 1) + num(mp2, 1)))]


@fam
def run_miles_speed(rng):
    mi = F(rng.randint(20, 140), 10)
    mins = rng.randint(int(mi * 7), int(mi * 12))
    km = mi * F("1.609")
    kmh = km / F(mins, 60)
    kmh2 = rnd(km) / F(mins, 60)
    if near(km) or near(kmh, 1) or near(kmh2, 1) or rnd(kmh, 1) != rnd(kmh2, 1):
        return None
    t = rng.choice([
        f"I ran {sh(mi)} miles in {mins} minutes. How far in km (1 mi = 1.609 km, 2 dp), and what was my average speed in km/h (1 dp)?",
        f"{sh(mi)} mi run, {mins} min. km? (x1.609, 2 dp) avg km/h (1 dp)?",
    ])
    return t, [num(km), [f"{v} km/h" for v in num(kmh, 1)] + [f"{v}km/h" for v in num(kmh, 1)] + [f"{v} kph" for v in num(kmh, 1)]]


@fam
def stone_bmi(rng):
    st, lb = rng.randint(8, 17), rng.randint(0, 13)
    m = F(rng.randint(152, 195), 100)
    kg = st * F("6.35") + lb * F("0.4536")
    bmi = kg / m ** 2
    bmi2 = rnd(kg, 1) / m ** 2
    if near(kg, 1) or near(bmi) or near(bmi2) or rnd(bmi, 1) != rnd(bmi2, 1):
        return None
    t = rng.choice([
        f"I weigh {st} st {lb} lb and I'm {dp(m)} m tall. What's my weight in kg (1 st = 6.35 kg, 1 lb = 0.4536 kg; 1 dp) and my BMI to 1 decimal?",
        f"{st} stone {lb} pounds -> kg? (6.35 per st, 0.4536 per lb, one decimal). BMI at height {dp(m)}m, 1 dp",
    ])
    return t, [num(kg, 1), num(bmi, 1)]


@fam
def fever_and_dose(rng):
    f = F(rng.randint(995, 1040), 10)
    c = (f - 32) * 5 / 9
    kg = rng.randint(9, 32)
    mgkg = rng.choice([10, 15])
    dose = kg * mgkg
    if near(c, 1):
        return None
    t = rng.choice([
        f"My son's temperature is {sh(f)} °F - what's that in Celsius (1 dp)? The leaflet says {mgkg} mg per kg and he weighs {kg} kg, so what's the dose in mg?",
        f"kid is {kg}kg with a {sh(f)}F fever. convert to C (1 decimal) and dose at {mgkg} mg/kg?",
    ])
    return t, [num(c, 1), [f"{dose} mg", f"{dose}mg"]]


@fam
def bottles_vs_target(rng):
    n = rng.randint(3, 8)
    oz = F(rng.choice(["16.9", "12", "20", "24", "33.8"]))
    target = F(rng.choice([20, 25, 27, 30, 32, 35]), 10)
    litres = n * oz * F("29.57") / 1000
    gap = target - litres
    if near(litres) or near(gap):
        return None
    t = rng.choice([
        f"I drank {n} bottles of {sh(oz)} fl oz water today. How many litres is that (1 fl oz = 29.57 ml, 2 dp) and how far am I from my {sh(target)} L target (negative if over)?",
        f"{n} x {sh(oz)} oz bottles -> litres (29.57 ml per oz, 2 dp)? difference from {sh(target)} L goal?",
    ])
    return t, [lit(litres), num(abs(gap))]


@fam
def fraction_and_fahrenheit(rng):
    fr = rng.choice([(2, 3), (3, 4), (1, 3), (3, 5), (5, 6), (2, 5)])
    g = rng.randint(12, 90) * 10
    f = rng.randint(20, 110)
    val = F(g * fr[0], fr[1])
    c = F(f - 32) * 5 / 9
    if near(val, 1) or near(c, 1):
        return None
    t = rng.choice([
        f"What's {fr[0]}/{fr[1]} of {g} g? And completely separate, {f}°F in °C? One decimal for both.",
        f"{fr[0]}/{fr[1]} of {g}g = ? (1 dp) also what is {f} fahrenheit in celsius (1 dp)",
    ])
    return t, [num(val, 1), num(c, 1)]


@fam
def half_marathon_time(rng):
    mi = rng.choice([F("13.1"), F("6.2"), F("26.2"), F("3.1"), F("10")])
    pace = F(rng.choice([45, 50, 55, 60, 65, 70, 75]), 10)
    km = rnd(mi * F("1.609"))
    mins = km * pace
    if near(mins, 1):
        return None
    t = rng.choice([
        f"A {sh(mi)} mile race in km? Use 1.609 and round to 2 decimals. Then how many minutes would it take me at {sh(pace)} min per km, using that rounded distance (1 dp)?",
        f"convert {sh(mi)} miles to km (x1.609, 2dp) and then at a pace of {sh(pace)} min/km how long in minutes (1dp, from the rounded km)",
    ])
    return t, [num(km), [f"{v} min" for v in num(mins, 1)] + [f"{v} minutes" for v in num(mins, 1)]]


@fam
def simple_loan_monthly(rng):
    p = rng.randint(10, 60) * 100
    r = rng.choice([4, 5, 6, 7, 8, 9])
    y = rng.choice([2, 3, 4, 5])
    interest = F(p * r * y, 100)
    monthly = (p + interest) / (12 * y)
    if near(monthly):
        return None
    t = rng.choice([
        f"I borrowed {p} at {r}% simple interest per year for {y} years. How much interest is that, and what's each monthly payment if the total is paid back in equal monthly instalments?",
        f"loan {p}, {r}% p.a. simple, {y} yrs. total interest? monthly repayment (principal+interest over {12 * y} months)?",
    ])
    return t, [num(interest), num(monthly)]


@fam
def travel_bullets(rng):
    usd = rng.randint(40, 600)
    rs = rng.choice(["0.92", "0.86", "0.91", "0.88"])
    c = rng.randint(12, 38)
    ft = rng.randint(800, 9000)
    eur = usd * F(rs)
    m = ft * F("0.3048")
    fahr = F(c) * 9 / 5 + 32
    if near(m, 0):
        return None
    t = rng.choice([
        f"Trip prep:\n- {usd} USD in EUR at {rs}\n- {c} C in F\n- the hike tops out at {ft:,} ft, in metres (0.3048 m/ft, whole metres)",
        f"three things before I fly: {usd} dollars to euros (1 USD = {rs} EUR), {c} degrees C in F, and {ft} feet in metres rounded to the nearest metre (use 0.3048)",
    ])
    return t, [num(eur), num(fahr, 1), [f"{v} m" for v in num(m, 0)] + [f"{v}m" for v in num(m, 0)] + [f"{v} metres" for v in num(m, 0)] + [f"{v} meters" for v in num(m, 0)]]


@fam
def museum_last_entry(rng):
    le_h, le_m = rng.choice([(15, 45), (16, 0), (16, 15), (16, 30), (16, 45), (17, 0)])
    close = le_h * 60 + le_m + rng.choice([30, 45, 60])
    ch, cm = divmod(close, 60)
    recipe = board(rng, ["CITY MUSEUM", f"OPEN 10:00 - {ch}:{cm:02d}", f"LAST ENTRY {le_h}:{le_m:02d}"])
    arrive = le_h * 60 + le_m - rng.randint(20, 110)
    tour = rng.choice([45, 60, 75, 90])
    if arrive + tour in (close, le_h * 60 + le_m):
        return None
    ah, am = divmod(arrive, 60)
    t = rng.choice([
        f"We'll get there at {ah}:{am:02d}. How many minutes before last entry is that? And if we start a {tour}-minute tour the moment we arrive, what time does it end?",
        f"arriving {ah}:{am:02d} - minutes to spare before last entry? and end time of a {tour} min visit starting then?",
    ])
    return t, [span(le_h * 60 + le_m - arrive), clock(arrive + tour)], {"image": recipe}


@fam
def sale_sign_price(rng):
    off = rng.choice([15, 20, 25, 30, 40, 50])
    what = rng.choice(["JACKETS", "SHOES", "KNITWEAR", "JEANS", "BOOTS"])
    recipe = board(rng, ["SALE", f"{off}% OFF", f"ALL {what}"])
    price = F(rng.randint(2999, 14999), 100)
    rs = rng.choice(["1.27", "1.25", "1.29", "1.31"])
    sale = price * (100 - off) / 100
    usd = rnd(sale) * F(rs)
    if near(sale) or near(usd) or rnd(usd) != rnd(sale * F(rs)):
        return None
    t = rng.choice([
        f"The {what.lower()[:-1] if what.endswith('S') else what.lower()} I like is £{dp(price)}. What's it after the discount on this sign, and what's that in dollars at £1 = ${rs}?",
        f"price tag says £{dp(price)}. apply this sign's discount, then convert to USD (1 GBP = {rs} USD)",
    ])
    return t, [num(sale), num(usd)], {"image": recipe}


@fam
def tomato_story(rng):
    plants = rng.randint(4, 14)
    per = F(rng.randint(15, 45), 10)
    jar = rng.choice([400, 500, 750])
    kg = plants * per
    jars = kg * 1000 / jar
    if jars.denominator == 1:
        return None
    full = int(jars)
    t = rng.choice([
        f"My grandmother grew {plants} tomato plants this summer and each one gave about {sh(per)} kg. She wants to turn them all into passata. How many kg did she pick in total, and how many full {jar} g jars can she fill if each kg gives 1 kg of passata?",
        f"{plants} plants x {sh(per)} kg tomatoes = total kg? how many complete {jar}g jars from that (1kg tomatoes -> 1kg sauce)?",
    ])
    return t, [[f"{v} kg" for v in num(kg, 1)] + [f"{v}kg" for v in num(kg, 1)], [f"{full} jars", f"{full} full jars", f"{full}jars"]]


@fam
def babysitter_pay(rng):
    sh_, sm = rng.randint(17, 20), rng.choice([0, 15, 30, 45])
    dur = rng.randint(12, 26) * 15
    rate = F(rng.choice([1200, 1250, 1350, 1450, 1500, 1600, 1800]), 100)
    end = sh_ * 60 + sm + dur
    eh, em = divmod(end % 1440, 60)
    pay = F(dur, 60) * rate
    e12 = f"{eh - 12}:{em:02d}pm" if eh >= 12 else f"{eh if eh else 12}:{em:02d}am"
    t = rng.choice([
        f"Our babysitter came at {sh_ - 12}:{sm:02d}pm and left at {e12}. She charges {dp(rate)} an hour. How many hours was she here and what do we owe her?",
        f"sitter from {sh_ - 12}:{sm:02d} pm to {e12}, {dp(rate)}/hr. hours? pay?",
    ])
    hrs = F(dur, 60)
    return t, [[f"{v} hours" for v in num(hrs)] + [f"{v} hrs" for v in num(hrs)] + [f"{v}h" for v in num(hrs)] + span(dur), num(pay)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_water_intake, csv_steps_distance, bp_average_map, run_miles_speed, stone_bmi,
    fever_and_dose, bottles_vs_target, fraction_and_fahrenheit, half_marathon_time,
    simple_loan_monthly, travel_bullets, museum_last_entry, sale_sign_price, tomato_story,
    babysitter_pay,
)]
