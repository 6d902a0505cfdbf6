"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 5: two-part asks."""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout21_multi_h import Made, fam, health, num, poly2
from bench.data.agents.helpers import Family


@fam
def percent_of_and_height_cm(rng: random.Random) -> Made:
    p, base = F(rng.choice([35, 75, 125, 175, 225, 65]), 10), rng.randint(12, 99) * 10
    ft, inch = rng.choice([4, 5, 6]), rng.randint(0, 11)
    text = rng.choice(
        [
            f"whats {float(p):g}% of {base}? also how many cm is {ft} ft {inch} in (2.54 cm per "
            "inch, 1 dp)",
            f"Quick ones: {float(p):g} percent of {base}, and {ft}'{inch}\" in centimetres "
            "(1 in = 2.54 cm, 1 dp)",
        ]
    )
    return text, [num(p * base / 100), num((ft * 12 + inch) * F("2.54"), 1)], {}


@fam
def factor_and_fahrenheit(rng: random.Random) -> Made:
    r1, r2 = rng.sample([-7, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7, 8, 9], 2)
    if r1 == -r2:
        return None
    p = poly2(-(r1 + r2), r1 * r2)
    tf = rng.randint(-4, 104)
    c = F(tf - 32) * 5 / 9

    def t(r: int) -> str:
        return f"(x - {r})" if r > 0 else f"(x + {-r})"

    text = rng.choice(
        [
            f"factor {p} please. and unrelated, what's {tf}F in celsius (1 dp)?",
            f"Two q's: factorise {p}; convert {tf} degrees Fahrenheit to Celsius to one decimal "
            "place",
        ]
    )
    return text, [[t(r1) + t(r2), t(r2) + t(r1)], num(c, 1)], {}


@fam
def tip_and_pounds_to_kg(rng: random.Random) -> Made:
    bill = F(rng.randint(1800, 15000), 100)
    tip = rng.choice([12, 15, 18, 20, 22])
    lb = rng.randint(95, 290)
    text = rng.choice(
        [
            f"what's a {tip}% tip on ${float(bill):.2f}? and how much is {lb} lb in kg (1 lb = "
            "0.4536 kg, 1 dp)",
            f"{tip}% of a {float(bill):.2f} bill for the tip? Also, {lb} pounds -> kilograms, use "
            "0.4536, one decimal",
        ]
    )
    return text, [num(bill * tip / 100), num(lb * F("0.4536"), 1)], {}


@fam
def integral_and_bmi(rng: random.Random) -> Made:
    a, b, k = rng.randint(1, 9), rng.randint(1, 12), rng.randint(2, 7)
    val = F(a * k * k, 2) + b * k
    kg, cm = rng.randint(48, 125), rng.randint(150, 198)
    bmi = F(kg) / F(cm, 100) ** 2
    text = rng.choice(
        [
            f"integrate {a}x + {b} from 0 to {k}. separately: BMI for {kg} kg and {cm} cm?",
            f"Hey, two things - the definite integral of ({a}x + {b}) dx between x=0 and x={k}, "
            "and "
            f"my BMI (I'm {cm} cm, {kg} kg), 1 decimal",
        ]
    )
    return (
        text,
        [[str(val)] + ([f"{float(val):g}"] if val.denominator > 1 else []), health(bmi)],
        {},
    )


@fam
def lcm_and_marathon_km(rng: random.Random) -> Made:
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 16, 18, 20, 21, 24], 2)
    lcm = a * b // math.gcd(a, b)
    miles = rng.choice([F("26.2"), F("13.1"), F("3.1"), F("6.2"), F(50), F(100)])
    text = rng.choice(
        [
            f"lcm of {a} and {b}? and how many km is {float(miles):g} miles (1.609 km/mile, 2 dp)",
            f"Need the least common multiple of {a} & {b}, plus {float(miles):g} mi converted to "
            "km "
            "using 1.609 (2 dp)",
        ]
    )
    return text, [[str(lcm)], num(miles * F("1.609"))], {}


@fam
def powers_and_usd_to_gbp(rng: random.Random) -> Made:
    a, b = rng.randint(8, 14), rng.randint(4, 8)
    usd = rng.randint(40, 900)
    rate = F(rng.choice([74, 76, 77, 78, 79, 80]), 100)
    text = rng.choice(
        [
            f"what's 2^{a} minus 3^{b}? also {usd} USD in GBP at 1 USD = {float(rate)} GBP",
            f"Calculate 2 to the power {a} minus 3 to the power {b}, then separately convert "
            f"${usd} "
            f"to pounds (rate {float(rate)})",
        ]
    )
    return text, [num(2**a - 3**b, 0), num(usd * rate)], {}


@fam
def average_and_gallons(rng: random.Random) -> Made:
    vals = [rng.randint(3, 99) for _ in range(rng.randint(5, 8))]
    gal = rng.randint(3, 25)
    text = rng.choice(
        [
            f"average of {', '.join(map(str, vals))} (2 dp)? and {gal} US gallons in litres "
            "(1 gal = "
            "3.785 L)",
            f"1) mean of these: {' '.join(map(str, vals))} (2 dp)  2) {gal} gallons to litres, "
            "3.785 "
            "L per gallon",
        ]
    )
    return text, [num(F(sum(vals), len(vals))), num(gal * F("3.785"))], {}


@fam
def days_between_and_cups(rng: random.Random) -> Made:
    a = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    b = a + dt.timedelta(days=rng.randint(20, 200))
    cups = rng.choice([F(3, 4), F(1, 3), F(2, 3), F(5, 4), F(3, 2), F(1, 4)])
    frac = f"{cups.numerator}/{cups.denominator}" if cups < 1 else f"{float(cups):g}"
    text = rng.choice(
        [
            f"how many days from {a.strftime('%B')} {a.day} to {b.strftime('%B')} {b.day} 2026? "
            "and "
            f"{frac} cup in ml if 1 cup = 240 ml",
            f"Days between {a.day} {a.strftime('%b')} and {b.day} {b.strftime('%b')} this year "
            f"(2026)? Also convert {frac} cups to millilitres (240 ml per cup).",
        ]
    )
    return text, [[f"{(b - a).days} days"], num(cups * 240)], {}


@fam
def simple_interest_and_feet(rng: random.Random) -> Made:
    p, r, y = (
        rng.randint(10, 90) * 100,
        F(rng.choice([25, 30, 35, 40, 45, 50, 55]), 10),
        rng.randint(2, 8),
    )
    ft = rng.randint(3, 40)
    text = rng.choice(
        [
            f"simple interest on ${p:,} at {float(r):g}% a year for {y} years? also how many "
            "meters "
            f"is {ft} feet (1 ft = 0.3048 m, 2 dp)",
            f"Two unrelated: (a) {ft} ft to metres, 0.3048 m per ft, 2 dp; (b) interest earned on "
            f"{p} at {float(r):g}% simple for {y} yrs",
        ]
    )
    return text, [num(p * r / 100 * y), num(ft * F("0.3048"))], {}


@fam
def dice_chance_and_km_to_miles(rng: random.Random) -> Made:
    total = rng.choice([3, 4, 5, 6, 8, 9, 10, 11])
    ways = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == total)
    pr = F(ways, 36)
    km = rng.choice([5, 8, 10, 15, 21, 25, 30, 42])
    text = rng.choice(
        [
            f"probability two dice add up to {total}? give it as a fraction. and {km} km in "
            "miles (1 "
            "mile = 1.609 km, 2 dp)",
            f"Roll 2 fair dice: chance the sum is {total} (simplest fraction)? Plus convert {km}km "
            "to miles with 1.609, 2 dp",
        ]
    )
    return text, [[f"{pr.numerator}/{pr.denominator}"], num(F(km) / F("1.609"))], {}


@fam
def numbered_percent_miles_equation(rng: random.Random) -> Made:
    p, base = rng.choice([12, 15, 35, 45, 65, 85]), rng.randint(6, 60) * 4
    km = rng.choice([3, 5, 7, 12, 15, 20])
    a, x = rng.randint(2, 9), rng.randint(3, 25)
    b = rng.randint(1, 30)
    text = rng.choice(
        [
            f"1) {p}% of {base}\n2) {km} km in miles (1.609 km per mile, 2 dp)\n3) solve "
            f"{a}x + {b} = "
            f"{a * x + b}",
            f"can you do these: 1. {km}km -> miles using 1.609, 2 dp 2. solve {a}x+{b}={a * x + b} "
            f"3. {p} percent of {base}",
        ]
    )
    return text, [num(F(p * base, 100)), num(F(km) / F("1.609")), [f"x = {x}"]], {}


@fam
def numbered_health_trio(rng: random.Random) -> Made:
    kg, cm = rng.randint(50, 120), rng.randint(152, 196)
    text = rng.choice(
        [
            f"I'm {kg}kg and {cm}cm.\n1. my BMI (1 dp)\n2. daily water at 35 ml per kg, in "
            "litres\n3. my weight in pounds (1 kg = 2.2046 lb, 1 dp)",
            f"for {kg} kg / {cm} cm: (1) weight in lb with 2.2046 lb per kg, 1 dp (2) BMI to "
            "one decimal "
            "(3) how many litres of water a day at 35 mL/kg?",
        ]
    )
    bmi = F(kg) / F(cm, 100) ** 2
    return text, [health(bmi), num(F(kg * 35, 1000)), num(kg * F("2.2046"), 1)], {}


@fam
def circle_area_then_square_inches(rng: random.Random) -> Made:
    r = rng.randint(3, 40)
    area = math.pi * r * r
    sq_in = area / 2.54**2
    if abs(area * 100 % 1 - 0.5) < 0.01 or abs(sq_in * 100 % 1 - 0.5) < 0.01:
        return None
    text = rng.choice(
        [
            f"a) area of a circle with radius {r} cm\nb) that area in square inches (1 in = 2.54 "
            "cm)\n2 decimals pls",
            f"What's the area of a {r}cm-radius circle in cm², and then convert that to in² using "
            "2.54 cm per inch? Two decimals.",
        ]
    )
    return text, [[f"{area:.2f}"], [f"{sq_in:.2f}"]], {}


@fam
def four_mixed_tasks(rng: random.Random) -> Made:
    a, b = (
        rng.choice([(3, 8), (5, 12), (2, 9), (7, 10), (1, 6), (4, 15)]),
        rng.choice([(5, 12), (1, 4), (2, 3), (3, 10), (5, 6)]),
    )
    s = F(*a) + F(*b)
    mph = rng.choice([25, 35, 45, 55, 65])
    vals = [rng.randint(1, 60) for _ in range(rng.choice([6, 8]))]
    med = F(statistics.median(vals))
    if med in vals:
        return None
    price = rng.randint(20, 400)
    text = rng.choice(
        [
            f"ok four things:\n1. {a[0]}/{a[1]} + {b[0]}/{b[1]} as a fraction\n2. {mph} mph in "
            "km/h "
            f"(1.609, 1 dp)\n3. median of {', '.join(map(str, vals))}\n4. price with 20% VAT "
            "added to "
            f"{price}",
            f"1) add {a[0]}/{a[1]} and {b[0]}/{b[1]} 2) median of [{', '.join(map(str, vals))}] 3) "
            f"£{price} plus 20% VAT 4) {mph}mph to kph using 1.609 km/mile, 1 decimal",
        ]
    )
    frac = [f"{s.numerator}/{s.denominator}"] if s.denominator > 1 else [str(s)]
    return text, [frac, num(mph * F("1.609"), 1), [f"{float(med):g}"], num(F(price * 6, 5))], {}


@fam
def sqrt_and_celsius_to_f(rng: random.Random) -> Made:
    n = rng.randint(13, 99)
    c = rng.randint(-15, 42)
    text = rng.choice(
        [
            f"square root of {n * n}? oh and {c}C in F",
            f"What's √{n * n}, and what is {c} °C in Fahrenheit?",
        ]
    )
    f_val = F(c * 9, 5) + 32
    return text, [[str(n)], num(f_val, 1)], {}


@fam
def solve_and_bmr(rng: random.Random) -> Made:
    a, c = rng.randint(3, 9), rng.randint(1, 2)
    x = rng.randint(2, 20)
    b, d = rng.randint(1, 30), 0
    d = (a - c) * x + b
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 70)
    sex = rng.choice(["male", "female"])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    cx = "x" if c == 1 else f"{c}x"
    text = rng.choice(
        [
            f"solve {a}x + {b} = {cx} + {d}. also what's my BMR with Mifflin-St Jeor? {sex}, "
            f"{age}, "
            f"{kg}kg, {cm}cm",
            f"Two questions: x if {a}x + {b} = {cx} + {d}; and the Mifflin-St Jeor BMR for a "
            f"{age}-year-old {sex}, {cm} cm, {kg} kg (nearest kcal).",
        ]
    )
    return text, [[f"x = {x}"], num(bmr, 0)], {}


@fam
def price_rise_and_sprint_speed(rng: random.Random) -> Made:
    old = rng.randint(20, 200)
    new = old + rng.randint(3, 60)
    metres, secs = rng.choice([100, 200, 400]), F(rng.randint(105, 650), 10)
    if (metres == 100 and secs > 20) or (metres == 400 and secs < 45):
        return None
    kmh = F(metres, 1000) / (secs / 3600)
    text = rng.choice(
        [
            f"my rent went from {old} to {new} a week, what % increase is that (1 dp)? and "
            "random q: "
            f"{metres} m in {float(secs)} s is how many km/h?",
            f"Percentage increase from {old} to {new}? And the average speed in km/h for running "
            f"{metres} metres in {float(secs)} seconds. 1 decimal each",
        ]
    )
    return text, [[p + "%" for p in num(F(new - old, old) * 100, 1)], num(kmh, 1)], {}


@fam
def system_and_eur_to_gbp(rng: random.Random) -> Made:
    x, y = rng.randint(3, 30), rng.randint(1, 25)
    if x == y:
        return None
    eur = rng.randint(25, 600)
    rate = F(rng.choice([84, 85, 86, 87, 88]), 100)
    text = rng.choice(
        [
            f"x + y = {x + y} and x - y = {x - y}, find x and y. also {eur} EUR to GBP at €1 = "
            f"£{float(rate)}",
            f"Solve the system x+y={x + y}, x-y={x - y}. Then, unrelated, convert €{eur} into "
            "pounds "
            f"using 1 EUR = {float(rate)} GBP.",
        ]
    )
    return text, [[f"x = {x}"], [f"y = {y}"], num(eur * rate)], {}


@fam
def hypotenuse_and_cm_to_inches(rng: random.Random) -> Made:
    k = rng.randint(1, 9)
    a, b, c = [k * v for v in rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25)])]
    cm = rng.randint(10, 250)
    text = rng.choice(
        [
            f"right triangle legs {a} and {b}, how long is the hypotenuse? plus {cm} cm in inches "
            "(2.54 cm = 1 in, 2 dp)",
            f"Hypotenuse for sides {a} & {b}? And convert {cm}cm to inches using 2.54, two "
            "decimals.",
        ]
    )
    return text, [[str(c)], num(F(cm) / F("2.54"))], {}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        percent_of_and_height_cm,
        factor_and_fahrenheit,
        tip_and_pounds_to_kg,
        integral_and_bmi,
        lcm_and_marathon_km,
        powers_and_usd_to_gbp,
        average_and_gallons,
        days_between_and_cups,
        simple_interest_and_feet,
        dice_chance_and_km_to_miles,
        numbered_percent_miles_equation,
        numbered_health_trio,
        circle_area_then_square_inches,
        four_mixed_tasks,
        sqrt_and_celsius_to_f,
        solve_and_bmr,
        price_rise_and_sprint_speed,
        system_and_eur_to_gbp,
        hypotenuse_and_cm_to_inches,
    )
]
