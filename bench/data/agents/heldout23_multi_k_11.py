"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 11: energy needs,
QTc and eAG, kitchen and floor units, rent, ft/in, invoices, plant growth and budget charts."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    d,
    fam,
    h2,
    nf,
    nu,
    pct,
)
from bench.data.agents.helpers import Family


@fam
def tdee_and_weekly(rng: random.Random) -> Made:
    w, h, a = rng.randint(50, 105), rng.randint(155, 195), rng.randint(20, 65)
    sex = rng.choice(["man", "woman"])
    act = rng.choice([F("1.2"), F("1.375"), F("1.55"), F("1.725")])
    bmr = 10 * w + F(625, 100) * h - 5 * a + (5 if sex == "man" else -161)
    tdee = bmr * act
    text = (f"{a}-year-old {sex}, {w} kg, {h} cm. BMR with Mifflin-St Jeor, then TDEE with an "
            f"activity factor of {d(act)} (nearest kcal)? How much is that over a week?")
    daily, weekly = [], []
    # BMR used as is, or first rounded to a whole kcal (when that rounding is not a tie)
    for t in (tdee, r2(bmr, 0) * act) if bmr.denominator != 2 else (tdee,):
        daily += nu(t, 0, "kcal", "calories")
        weekly += nu(t * 7, 0, "kcal", "calories") + nu(r2(t, 0) * 7, 0, "kcal", "calories")
    return text, [list(dict.fromkeys(daily)), list(dict.fromkeys(weekly))]


@fam
def qtc_bazett(rng: random.Random) -> Made:
    hr, qt = rng.randint(48, 120), rng.randint(320, 460)
    rr = F(60, hr)
    qtc = qt / math.sqrt(float(rr))
    if abs(qtc - int(qtc) - 0.5) < 0.03:
        raise Redo
    text = (f"ECG: heart rate {hr} bpm, QT {qt} ms. What's the RR interval in seconds (3 dp), and "
            "QTc by Bazett (nearest ms)?")
    from_rounded = qt / math.sqrt(float(r2(rr, 3)))
    if abs(from_rounded - int(from_rounded) - 0.5) < 0.03:
        raise Redo
    qtcs = list(dict.fromkeys([round(qtc), round(from_rounded)]))
    return text, [nu(rr, 3, "s", "seconds", "sec"),
                  [f"{v} {u}" for v in qtcs for u in ("ms", "milliseconds", "msec")]]


@fam
def eag_from_a1c(rng: random.Random) -> Made:
    a1c = F(rng.randint(50, 120), 10)
    eag = F("28.7") * a1c - F("46.7")
    text = (f"HbA1c is {d(a1c)}%. Estimated average glucose with eAG = 28.7 × A1c − 46.7 in mg/dL "
            "(1 dp), and converted to mmol/L by dividing by 18 (1 dp)?")
    return text, [nu(eag, 1, "mg/dL", "mg/dl"), list(dict.fromkeys(
        nu(eag / 18, 1, "mmol/L", "mmol/l") + nu(r2(eag, 1) / 18, 1, "mmol/L", "mmol/l")))]


@fam
def cups_to_ml_servings(rng: random.Random) -> Made:
    cups, serv = F(rng.randint(3, 16), 2), rng.choice([100, 120, 150, 180, 200, 250])
    ml = cups * F("236.6")
    text = (f"the soup recipe makes {d(cups)} cups. convert to mL (1 cup = 236.6 mL, 1 dp), then "
            f"how many full {serv} mL bowls does it fill?")
    return text, [nu(ml, 1, "mL", "ml"), [f"{int(ml // serv)} bowls", f"{int(ml // serv)} full"]]


@fam
def gbp_to_usd_split(rng: random.Random) -> Made:
    gbp, rate, k = rng.randint(60, 900), F(rng.randint(120, 135), 100), rng.randint(3, 7)
    usd = gbp * rate
    text = rng.choice([f"convert £{gbp} to dollars at £1 = ${d(rate)}, then split that between {k} "
                       "people",
                       f"The cabin cost {gbp} GBP. In USD that's? (rate 1 GBP = {d(rate)} USD) "
                       f"And each of the {k} of us pays how many dollars?"])
    return text, [nf(usd), list(dict.fromkeys(nf(usd / k) + nf(r2(usd) / k)))]


@fam
def room_area_tiles(rng: random.Random) -> Made:
    w, length = F(rng.randint(20, 60), 10), F(rng.randint(20, 80), 10)
    tile = rng.choice([F("0.3"), F("0.4"), F("0.5"), F("0.6")])
    area = w * length
    per = tile * tile
    n = math.ceil(area / per)
    text = (f"bathroom floor {d(w)} m by {d(length)} m. area in m²? and how many {d(tile)} m × "
            f"{d(tile)} m tiles do I need to cover it (by area, rounded up)?")
    return text, [nu(area, 2, "m²", "m2", "m^2", "square metres"), [f"{n} tiles"]]


@fam
def rent_per_sqft_monthly(rng: random.Random) -> Made:
    sq, rate = rng.randint(400, 3000), F(rng.randint(1800, 6500), 100)
    text = (f"Office space: {sq:,} sq ft at ${float(rate):.2f} per sq ft per year. What's the "
            f"yearly "
            "rent and the monthly rent? Also how many m² is the space (1 sq ft = 0.0929 m², 1 dp)?")
    year = sq * rate
    return text, [nf(year), nf(year / 12), nu(sq * F("0.0929"), 1, "m²", "m2", "square metres")]


@fam
def gcd_and_cm_to_feet(rng: random.Random) -> Made:
    g = rng.randint(2, 15)
    a, b = g * rng.randint(2, 20), g * rng.randint(2, 20)
    if math.gcd(a, b) < 4 or a == b:
        raise Redo
    cm = rng.randint(150, 200)
    inches = F(cm * 100, 254)
    ft, rest = divmod(inches, 12)
    if abs(rest - round(rest)) > F(49, 100) and abs(rest - round(rest)) < F(51, 100):
        raise Redo
    rin = round(rest)
    if rin == 12:
        ft, rin = ft + 1, 0
    text = rng.choice([f"gcd of {a} and {b}? and how tall is {cm} cm in feet and inches (nearest "
                       "inch)",
                       f"{cm} cm -> ft/in (to the nearest inch), also greatest common divisor of "
                       f"{a} and {b}"])
    return text, [nf(math.gcd(a, b), 0), [f"{ft} ft {rin} in", f"{ft}'{rin}\"", f"{ft} feet {rin} "
                                          "inches", f"{ft} ft {rin}in", f"{ft}ft {rin}in",
                                          f"{ft}' {rin}\"", f"{ft} feet, {rin} inches",
                                          f"{ft}′{rin}″", f"{ft}′ {rin}″"]]


@fam
def factorial_and_tbsp(rng: random.Random) -> Made:
    n, tb = rng.randint(6, 12), rng.randint(2, 9)
    text = rng.choice([f"what's {n}! ? and {tb} tablespoons in ml (1 tbsp = 14.79 ml)",
                       f"Random: {tb} tbsp to mL using 14.79, and {n} factorial"])
    return text, [nf(math.factorial(n), 0), nu(tb * F("14.79"), 2, "ml", "mL")]


@fam
def list_tip_miles_bmi(rng: random.Random) -> Made:
    bill, tip = F(rng.randint(1500, 15000), 100), rng.choice([15, 18, 20, 22])
    km = rng.randint(3, 42)
    kg, cm = rng.randint(50, 110), rng.randint(155, 195)
    text = (f"1) {tip}% tip on ${float(bill):.2f}\n2) {km} km in miles (1 mile = 1.609 km, 2 dp)\n"
            f"3) BMI for {kg} kg and {cm} cm")
    return text, [nf(bill * tip / 100), nu(km / F("1.609"), 2, "miles", "mi"),
                  h2(kg / (F(cm, 100) ** 2))]


@fam
def freelance_invoice_story(rng: random.Random) -> Made:
    hrs, rate, vat = rng.randint(6, 80), rng.randint(35, 120), rng.choice([19, 20, 21])
    fx = F(rng.randint(113, 121), 100)
    total = F(hrs * rate * (100 + vat), 100)
    text = (f"Finished a freelance job: {hrs} hours at £{rate}/h, and I have to add {vat}% VAT to "
            f"the invoice. What's the invoice total, and what's that in euros for the client at "
            f"£1 = €{d(fx)}?")
    return text, [nf(total), nf(total * fx)]


@fam
def plant_growth_story(rng: random.Random) -> Made:
    days = rng.randint(5, 8)
    h = [F(rng.randint(10, 40), 10)]
    for _ in range(days - 1):
        h.append(h[-1] + F(rng.randint(2, 15), 10))
    text = ("For my science fair project I measured my bean plant every day (cm): "
            f"{', '.join(d(x) for x in h)}. What was the average growth per day (2 dp)? And can "
            "you plot height against day?")
    return text, [nu((h[-1] - h[0]) / (days - 1), 2, "cm") + nf((h[-1] - h[0]) / (days - 1)),
                  PLOT]


@fam
def commute_vs_bus_pass(rng: random.Random) -> Made:
    km, days, l100 = rng.randint(8, 45), rng.randint(16, 23), F(rng.randint(50, 90), 10)
    price, pass_ = F(rng.randint(140, 210), 100), rng.randint(60, 180)
    fuel = F(2 * km * days) * l100 / 100 * price
    diff = fuel - pass_
    if abs(diff) < 1:
        raise Redo
    text = (f"I drive {km} km each way to work, {days} days a month. My car uses {d(l100)} L/100km "
            f"and fuel is ${d(price)}/L. What's my monthly fuel cost, and how much more or less "
            f"is that than a ${pass_} bus pass?")
    return text, [nf(fuel), nf(abs(diff))]


@fam
def usd_to_jpy_and_square(rng: random.Random) -> Made:
    usd, rate, n = rng.randint(20, 400), F(rng.randint(1400, 1580), 10), rng.randint(13, 99)
    text = rng.choice([f"{usd} dollars in yen at 1 USD = {d(rate)} JPY? and what is {n} squared",
                       f"what's {n}^2, and convert ${usd} to yen (rate {d(rate)})"])
    return text, [nf(n * n, 0), nu(usd * rate, 0, "yen", "JPY") + nf(usd * rate, 1)]


@fam
def acres_and_fraction(rng: random.Random) -> Made:
    ac, num, den = F(rng.randint(5, 120), 10), rng.randint(1, 6), rng.choice([7, 9, 11, 13])
    tot = rng.randint(300, 5000)
    text = (f"How many m² is {d(ac)} acres (1 acre = 4046.86 m², nearest m²)? And what is "
            f"{num}/{den} "
            f"of {tot}, to 1 decimal place?")
    return text, [nu(ac * F("4046.86"), 0, "m²", "m2", "square metres") + nf(ac * F("4046.86"), 0),
                  nf(F(num * tot, den), 1)]


@fam
def budget_pie_and_share(rng: random.Random) -> Made:
    cats = ["Rent", "Food", "Transport", "Savings", "Fun"]
    amts = [rng.randint(800, 2000), rng.randint(200, 700), rng.randint(50, 300),
            rng.randint(100, 800), rng.randint(50, 400)]
    tot = sum(amts)
    text = ("Monthly budget: " + ", ".join(f"{c} {a}" for c, a in zip(cats, amts, strict=True))
            + ". What percentage goes to rent (1 dp)? Make a pie chart too.")
    return text, [pct(F(amts[0] * 100, tot)), PLOT]


@fam
def final_exam_needed_and_chart(rng: random.Random) -> Made:
    cur, w = rng.randint(55, 88), rng.choice([20, 25, 30, 40])
    goal = rng.choice([70, 75, 80, 85, 90])
    need = (F(goal) - cur * F(100 - w, 100)) / F(w, 100)
    if need > 100 or need < 0:
        raise Redo
    marks = [rng.randint(50, 100) for _ in range(4)]
    text = (f"My coursework average is {cur}% and the final exam is worth {w}% of the grade. What "
            f"do I need on the final to end with {goal}% overall (1 dp)? And plot my four test "
            f"scores: {', '.join(map(str, marks))}")
    return text, [pct(need), PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    tdee_and_weekly, qtc_bazett, eag_from_a1c, cups_to_ml_servings, gbp_to_usd_split,
    room_area_tiles, rent_per_sqft_monthly, gcd_and_cm_to_feet, factorial_and_tbsp,
    list_tip_miles_bmi, freelance_invoice_story, plant_growth_story, commute_vs_bus_pass,
    usd_to_jpy_and_square, acres_and_fraction, budget_pie_and_share, final_exam_needed_and_chart)]
