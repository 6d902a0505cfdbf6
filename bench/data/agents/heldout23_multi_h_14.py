"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 14: Fahrenheit and order files, children's daily doses, imperial BMR, square roots, clock sums, discounts then tax, lawns, monthly steps, tip lists, school trips, guitar practice, radians and ounces."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    sh,
    span,
)
from bench.data.agents.heldout23_multi_h_6 import unit
from bench.data.agents.helpers import Family


@fam
def csv_fahrenheit_avg_c(rng):
    n = rng.randint(5, 8)
    temps = [rng.randint(45, 98) for _ in range(n)]
    csv = "date,high_f\n" + "".join(f"2026-07-{i + 10},{v}\n" for i, v in enumerate(temps))
    avg = F(sum(temps), n)
    c = (avg - 32) * 5 / 9
    if near(avg, 1) or near(c, 1):
        return None
    t = rng.choice([
        "Average of the high_f column, and that average in Celsius? 1 decimal each.",
        "these temps are in Fahrenheit - mean high (1 dp) and the mean converted to °C (1 dp)",
    ])
    return t, [num(avg, 1), list(dict.fromkeys(num(c, 1) + num((rnd(avg, 1) - 32) * 5 / 9, 1)))], {"csv": csv}


@fam
def csv_order_gbp(rng):
    items = rng.sample(["mug", "notebook", "pen set", "tote bag", "poster", "sticker pack", "keyring"], rng.randint(3, 5))
    rows = [(i, rng.randint(1, 6), rng.randint(199, 2499)) for i in items]
    rs = rng.choice(["0.79", "0.78", "0.8", "0.77"])
    tot = F(sum(q * c for _, q, c in rows), 100)
    gbp = tot * F(rs)
    if near(gbp):
        return None
    sep = rng.choice([",", "\t"])
    csv = f"item{sep}qty{sep}unit_price_usd\n" + "".join(f"{i}{sep}{q}{sep}{c / 100:.2f}\n" for i, q, c in rows)
    t = rng.choice([
        f"What's the order total in this file (qty x unit price, summed)? And in pounds at 1 USD = {rs} GBP?",
        f"order value from the csv? convert to GBP ({rs})",
    ])
    return t, [num(tot), num(gbp)], {"csv": csv}


@fam
def child_daily_max(rng):
    lb = rng.randint(24, 80)
    mg = rng.choice([40, 50, 60, 75])
    doses = rng.choice([3, 4, 5])
    kg = lb * F("0.4536")
    day = rnd(kg, 1) * mg
    per = day / doses
    if near(kg, 1) or near(day, 0) or near(per, 0):
        return None
    t = rng.choice([
        f"My child weighs {lb} lb. In kg (0.4536 per lb, 1 dp)? The daily maximum is {mg} mg per kg using that weight - how many mg a day, and per dose if split into {doses} doses (nearest mg)?",
        f"{lb} lbs -> kg (1 dp, x0.4536). max {mg} mg/kg/day on that kg figure: daily mg? per dose over {doses} doses (nearest mg)?",
    ])
    return t, [unit(kg, ["kg"], 1), unit(day, ["mg"], 0), unit(per, ["mg"], 0)]


@fam
def imperial_bmr(rng):
    ft, inch = rng.choice([(5, i) for i in range(2, 12)] + [(6, i) for i in range(0, 4)])
    lb = rng.randint(120, 260)
    age = rng.randint(20, 70)
    sex = rng.choice(["male", "female"])
    cm = (ft * 12 + inch) * F("2.54")
    kg = lb * F("0.4536")
    bmr = 10 * kg + F("6.25") * cm - 5 * age + (5 if sex == "male" else -161)
    if near(bmr, 0):
        return None
    t = rng.choice([
        f"{sex}, {age}, {ft} ft {inch} in, {lb} lb. Using 2.54 cm per inch and 0.4536 kg per lb, what's my BMR by Mifflin-St Jeor (nearest kcal)?  And my height in cm?",
        f"Can you convert me to metric ({ft}'{inch}\", {lb} lbs; 2.54 and 0.4536) and give my Mifflin-St Jeor BMR? I'm a {age} yo {sex}. cm and whole kcal please",
    ])
    return t, [unit(bmr, ["kcal", "calories"], 0) + num(bmr, 0), unit(cm, ["cm"], 2)]


@fam
def sqrt_and_cups(rng):
    r = rng.randint(21, 99)
    cups = F(rng.choice([5, 3, 7, 9, 11]), 2) if rng.random() < 0.5 else F(rng.randint(2, 6))
    ml = cups * 240
    t = rng.choice([
        f"what's the square root of {r * r}? and how many ml in {sh(cups)} cups if a cup is 240 ml",
        f"two unrelated things: sqrt({r * r}) and {sh(cups)} cups in millilitres (240 ml per cup)",
    ])
    return t, [[f"= {r}", f"is {r}", f"sqrt({r * r})={r}", f"√{r * r} = {r}", f"root of {r * r} is {r}"], unit(ml, ["ml", "mL", "millilitres"], 0)]


@fam
def clock_add_and_multiply(rng):
    s = rng.randint(6 * 60, 23 * 60)
    add = rng.randint(70, 600)
    k = rng.randint(3, 12)
    price = F(rng.randint(199, 1999), 100)
    ah, am = divmod(add, 60)
    t = rng.choice([
        f"What time is it {ah} hours {am} minutes after {s // 60:02d}:{s % 60:02d}? And what's {k} x {dp(price)}?",
        f"{s // 60:02d}:{s % 60:02d} plus {ah}h{am:02d}m = ? also {k} times {dp(price)}",
    ])
    return t, [clock(s + add), num(k * price)]


@fam
def discount_then_tax(rng):
    price = F(rng.randint(2999, 19999), 100)
    off = rng.choice([10, 15, 20, 25, 30, 40])
    tax = rng.choice(["6", "7", "8", "8.5", "9.25"])
    after = price * (100 - off) / 100
    fin = rnd(after) * (1 + F(tax) / 100)
    if near(after) or near(fin) or rnd(fin) != rnd(after * (1 + F(tax) / 100)):
        return None
    t = rng.choice([
        f"A jacket is {dp(price)}. Take {off}% off first, then add {tax}% sales tax on the discounted price. What's the discounted price, and what do I pay in the end?",
        f"{dp(price)} item: {off}% discount, then {tax}% tax on top. price after discount? final price?",
    ])
    return t, [num(after), num(fin)]


@fam
def lawn_seed_bags(rng):
    r = F(rng.randint(15, 60), 10)
    rate = rng.choice([25, 30, 35, 40, 50])
    bag = F(rng.choice([5, 10, 20]), 10)
    area = F("3.14159") * r * r
    kg = rnd(area) * rate / 1000
    bags = -(-kg // bag)
    if near(area) or (-(-(area * rate / 1000) // bag)) != bags:
        return None
    t = rng.choice([
        f"My round lawn has a radius of {sh(r)} m. What's its area (pi = 3.14159, 2 dp)? Grass seed goes on at {rate} g per m² - how many {sh(bag)} kg bags do I need?",
        f"circle lawn r = {sh(r)}m, area (use 3.14159, 2 dp)? then seed at {rate}g/m2 -> number of {sh(bag)}kg bags",
    ])
    return t, [num(area), [f"{bags} bags", f"{bags} bag", f"{bags}bags"]]


@fam
def steps_month_miles(rng):
    steps = rng.randint(40, 150) * 100
    stride = F(rng.choice([65, 70, 72, 75, 80]), 100)
    days = rng.choice([28, 30, 31])
    km = steps * stride / 1000
    month = km * days
    mi = month / F("1.609")
    if near(km) or near(month, 1) or near(mi, 1) or rnd(mi, 1) != rnd(rnd(month, 1) / F("1.609"), 1):
        return None
    t = rng.choice([
        f"I do about {steps:,} steps a day with a {sh(stride)} m stride. How many km a day? Then over a {days}-day month? Then that month in miles (1.609, 1 dp)?",
        f"{steps} steps/day x {sh(stride)}m -> km per day; x {days} days -> km per month; then miles using 1.609 (1 dp)",
    ])
    return t, [unit(km, ["km"], 2), unit(month, ["km"], 1), num(mi, 1)]


@fam
def tip_split_convert_list(rng):
    bill = F(rng.randint(4000, 24000), 100)
    tip = rng.choice([10, 15, 18, 20])
    n = rng.choice([2, 3, 4, 5])
    rs = rng.choice(["0.92", "0.86", "0.9"])
    tipv = bill * tip / 100
    each = (bill + rnd(tipv)) / n
    eur = rnd(each) * F(rs)
    if near(tipv) or near(each) or near(eur) or rnd(each) != rnd((bill + tipv) / n):
        return None
    t = rng.choice([
        f"1) {tip}% tip on {dp(bill)}\n2) bill + tip split {n} ways\n3) one share in euros at 1 USD = {rs} EUR",
        f"Dinner was ${dp(bill)}. (a) {tip}% tip? (b) each of {n} people pays what, tip included? (c) that share in EUR, rate {rs}",
    ])
    return t, [num(tipv), num(each), num(eur)]


@fam
def school_trip_story(rng):
    kids = rng.randint(18, 34)
    teachers = rng.randint(2, 5)
    coach = rng.randint(280, 650)
    entry = F(rng.randint(450, 1250), 100)
    each = coach / F(kids) + entry
    if near(each):
        return None
    t = rng.choice([
        f"I'm organising my class's trip to the science museum. The coach is {coach} for the day, entry is {dp(entry)} per child, and the {teachers} teachers go free. There are {kids} children and they share the coach cost equally. What's the total bill, and what should each child pay?",
        f"school trip: coach {coach} total, {kids} kids @ {dp(entry)} entry, {teachers} staff free. total cost? per child (coach shared by the kids)?",
    ])
    return t, [num(coach + kids * entry), num(each)]


@fam
def guitar_practice_story(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    mins = [rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90]) for _ in days]
    tot = sum(mins)
    avg = F(tot, len(days))
    if near(avg, 1):
        return None
    log = ", ".join(f"{m} min {d}" for d, m in zip(days, mins, strict=True))
    t = rng.choice([
        f"I started learning guitar this month and I've been logging practice: {log}. How many hours is that in total (2 dp), and what's my average per day in minutes (1 dp)?",
        f"practice log - {log}. total hours (2 dp)? mean minutes per day (1 dp)?",
    ])
    return t, [[f"{v} hours" for v in num(F(tot, 60))] + [f"{v} hrs" for v in num(F(tot, 60))] + span(tot), num(avg, 1)]


@fam
def inches_and_radians(rng):
    cm = rng.randint(12, 180)
    deg = rng.choice([15, 20, 30, 40, 45, 50, 60, 75, 100, 120, 135])
    inch = cm / F("2.54")
    rad = deg * F("3.14159") / 180
    if near(inch, 1) or near(rad, 3):
        return None
    t = rng.choice([
        f"Convert {cm} cm to inches (2.54 cm per inch, 1 dp), and {deg} degrees to radians using pi = 3.14159 (3 dp).",
        f"{cm}cm in inches (÷2.54, one decimal) + {deg}° in radians (pi as 3.14159, three decimals)",
    ])
    return t, [unit(inch, ["in", "inches"], 1), num(rad, 3)]


@fam
def fraction_dp_and_oz(rng):
    a, b = rng.choice([(17, 7), (22, 7), (13, 6), (25, 9), (19, 11), (31, 13), (40, 17), (29, 12)])
    k = rng.randint(1, 4)
    g = rng.choice([175, 225, 250, 340, 400, 450, 500, 650])
    val = F(a * k, b)
    oz = g / F("28.35")
    if near(val, 3) or near(oz, 0):
        return None
    t = rng.choice([
        f"Round {a * k}/{b} to 3 decimal places, and {g} g to the nearest ounce (28.35 g per oz).",
        f"{a * k} divided by {b} to 3 dp? and {g}g in whole ounces, 1 oz = 28.35 g",
    ])
    return t, [num(val, 3), unit(oz, ["oz", "ounces"], 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    csv_fahrenheit_avg_c, csv_order_gbp, child_daily_max, imperial_bmr, sqrt_and_cups,
    clock_add_and_multiply, discount_then_tax, lawn_seed_bags, steps_month_miles,
    tip_split_convert_list, school_trip_story, guitar_practice_story, inches_and_radians,
    fraction_dp_and_oz,
)]
