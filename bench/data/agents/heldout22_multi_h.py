"""Round 22 (``A_m_h_*``, dev now) for ``muse bench agents``, multi_h part 1: answer-form
helpers, maths with charts, receipts with sums and conversions."""
# ruff: noqa: E501

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT, forms, r2
from bench.data.agents.helpers import Family, Item, fresh, item


class Tie(ValueError):
    """A value sits on or next to a rounding boundary: the family draws again."""


def fam(make: Callable[[random.Random], Item]) -> Family:
    """Wraps a family: draws again on a rounding tie, then ``helpers.fresh``."""
    def again(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    out = fresh(again)
    out.__name__ = make.__name__
    return out


def num(x: F | int, places: int = 2) -> list[str]:
    """A value rounded to ``places`` decimals, in the forms people write it."""
    x = F(x)
    scaled = x * 10**places
    if scaled.denominator != 1 and abs(abs(scaled) - math.floor(abs(scaled)) - F(1, 2)) < F(1, 100):
        raise Tie(x)
    return forms(x, places)


def cash(x: F | int) -> list[str]:
    return num(x, 2)


def both(*lists: list[str]) -> list[str]:
    """Accepted forms of several legitimate values (e.g. rounding at a different step), merged."""
    return list(dict.fromkeys(v for lst in lists for v in lst))


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12} {half}"]
    return list(dict.fromkeys(out))


def deg(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-4, 4), 1), "blur": round(rng.uniform(0.3, 0.9), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def till(rng: random.Random, shop: str, lines: list[tuple[str, int]], cur: str = "$") -> dict[str, Any]:
    """A receipt recipe; prices in cents."""
    return {"kind": "receipt", "shop": shop, "items": [(n, c / 100) for n, c in lines],
            "currency": cur, "font": rng.randrange(4), "degrade": deg(rng)}


def board(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": deg(rng)}


def phone(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": deg(rng)}


def xr(r: int | F) -> list[str]:
    return [f"x = {r}", f"x={r}"]


def M(text: str, name: str, parts: list[list[str]], **extra: Any) -> Item:
    return item(f"A_m_h_{name}", "multi", text, parts, **extra)


def poly2(b: int, c: int) -> str:
    s = "x^2"
    if b:
        s += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    if c:
        s += f" {'+' if c > 0 else '-'} {abs(c)}"
    return s


# ---------------------------------------------------------------- maths + chart

@fam
def solve_and_plot_parabola(rng: random.Random) -> Item:
    a, b = sorted(rng.sample([-6, -5, -4, -3, -2, 1, 2, 3, 4, 5, 7, 8], 2))
    eq = poly2(-(a + b), a * b)
    lo = rng.choice([-10, -8, -5])
    text = rng.choice([f"solve {eq} = 0 and plot y = {eq} from x = {lo} to {-lo}",
                       f"Can you find the roots of {eq} = 0, then graph it for x between {lo} and {-lo}?",
                       f"hey, quick one: solve {eq}=0 and also draw me a plot of y={eq}"])
    return M(text, "solve_and_plot_parabola", [xr(a), xr(b), PLOT])


@fam
def linear_solve_then_chart_line(rng: random.Random) -> Item:
    m = rng.choice([2, 3, 4, 5, 6, 7])
    x = rng.randint(3, 19)
    c = rng.randint(2, 40)
    text = rng.choice([f"Solve {m}x + {c} = {m * x + c} for x, and plot the line y = {m}x + {c}.",
                       f"what is x if {m}x + {c} = {m * x + c}? then chart y = {m}x + {c} for x from 0 to 20 pls"])
    return M(text, "linear_solve_then_chart_line", [xr(x), PLOT])


@fam
def savings_plot_and_total(rng: random.Random) -> Item:
    start = rng.choice([200, 350, 500, 750, 1000])
    per = rng.choice([40, 60, 75, 80, 120, 150])
    months = rng.randint(7, 14)
    total = start + per * months
    text = (f"I have ${start} saved and I'm adding ${per} every month. How much will I have after "
            f"{months} months (no interest)? And could you plot the balance month by month?")
    return M(text, "savings_plot_and_total", [cash(total), PLOT])


@fam
def weights_chart_and_average(rng: random.Random) -> Item:
    base = rng.uniform(62, 95)
    vals = [round(base + rng.uniform(-1.5, 1.5), 1) for _ in range(rng.randint(5, 7))]
    mean = sum(F(str(v)) for v in vals) / len(vals)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: len(vals)]
    listing = ", ".join(f"{d} {v}" for d, v in zip(days, vals, strict=True))
    text = rng.choice([f"My weigh-ins this week (kg): {listing}. Plot them as a line chart and tell me the average, 2 decimals.",
                       f"weights this week in kg - {listing}. whats my mean weight to 2dp, and can u make a chart of it"])
    return M(text, "weights_chart_and_average", [num(mean, 2), PLOT])


@fam
def derivative_then_plot(rng: random.Random) -> Item:
    a = rng.randint(2, 6)
    b = rng.randint(1, 9)
    x0 = rng.randint(2, 6)
    val = 3 * a * x0 * x0 + b
    text = rng.choice([f"Differentiate f(x) = {a}x^3 + {b}x, evaluate f'({x0}), and plot f for -3 ≤ x ≤ 3.",
                       f"for f(x)={a}x^3+{b}x what is the slope at x={x0}? also graph f please"])
    return M(text, "derivative_then_plot", [[str(val)], PLOT])


@fam
def system_then_plot_both(rng: random.Random) -> Item:
    x, y = rng.randint(-5, 9), rng.randint(-5, 9)
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    c = rng.choice([1, 2, 3])
    if a * (-1) - b * c == 0:
        raise Tie(0)
    text = (f"Solve the system {a}x + {b}y = {a * x + b * y} and {c}x - y = {c * x - y}, then plot both lines "
            "on one graph so I can see where they cross.")
    return M(text, "system_then_plot_both", [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"], PLOT])


@fam
def steps_chart_and_total(rng: random.Random) -> Item:
    vals = [rng.randint(3200, 14800) for _ in range(7)]
    text = rng.choice(["my step counts mon-sun: " + ", ".join(map(str, vals)) + ". total for the week? and a bar chart would be nice",
                       "Steps this week — " + " / ".join(map(str, vals)) + ". Please chart them and give me the weekly total."])
    t = sum(vals)
    return M(text, "steps_chart_and_total", [[str(t), f"{t:,}"], PLOT])


@fam
def area_under_then_plot(rng: random.Random) -> Item:
    k = rng.randint(1, 6)
    lo = rng.randint(0, 3)
    top = rng.randint(lo + 2, 10)
    val = F(k * (top**3 - lo**3), 3)
    text = rng.choice([f"What's the integral of {k}x^2 from {lo} to {top}? And plot y = {k}x^2 over that interval too.",
                       f"area under y={k}x^2 between x={lo} and x={top}, plus a graph of the curve please"])
    return M(text, "area_under_then_plot", [[str(val)] + (forms(val, 2) + forms(val, 1) + forms(val, 3) if val.denominator != 1 else []), PLOT])


@fam
def temps_plot_and_range(rng: random.Random) -> Item:
    vals = rng.sample(range(11, 34), 6)
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    text = ("Average high temps in our town (°C): " + ", ".join(f"{m} {v}" for m, v in zip(months, vals, strict=True))
            + ". Can you plot these, and what's the range between the warmest and coolest month?")
    rg = max(vals) - min(vals)
    return M(text, "temps_plot_and_range", [[f"{rg}°C", f"{rg} °C", f"{rg} degrees", f"range is {rg}", f"range of {rg}", f"range: {rg}", f"{rg}°"], PLOT])


# ---------------------------------------------------------------- receipts + arithmetic / currency

GROC = ["Milk", "Eggs", "Bread", "Bananas", "Butter", "Rice", "Yogurt", "Tomatoes", "Coffee", "Cereal", "Apples", "Chicken"]
CAFE = ["Latte", "Flat White", "Croissant", "Muffin", "Tea", "Bagel", "Brownie", "Juice"]


@fam
def receipt_total_in_euros(rng: random.Random) -> Item:
    goods = rng.sample(GROC, rng.randint(3, 5))
    lines = [(g, rng.randint(99, 1299)) for g in goods]
    rate = rng.choice(["0.92", "0.86", "0.94", "0.88"])
    tot = F(sum(c for _, c in lines), 100)
    text = rng.choice([f"Here's my grocery receipt from the US trip. What was the total, and what's that in euros at 1 USD = {rate} EUR?",
                       f"add up this receipt for me and convert it to EUR (use {rate} EUR per dollar)"])
    img = till(rng, rng.choice(["Fresh Mart", "Kroger", "Corner Grocer"]), lines)
    return M(text, "receipt_total_in_euros", [cash(tot), cash(tot * F(rate))], image=img)


@fam
def cafe_receipt_split_and_tip(rng: random.Random) -> Item:
    goods = rng.sample(CAFE, rng.randint(3, 4))
    lines = [(g, rng.randint(250, 690)) for g in goods]
    tip = rng.choice([10, 15, 20])
    people = rng.choice([2, 3, 4])
    tot = F(sum(c for _, c in lines), 100)
    each = tot * (100 + tip) / 100 / people
    each2 = (tot + r2(tot * tip / 100, 2)) / people  # tip rounded to the cent first
    text = (f"Photo of our cafe bill attached. 1) what's the total on it? 2) if we add a {tip}% tip and split "
            f"evenly between {people} of us, how much each (to the cent)?")
    return M(text, "cafe_receipt_split_and_tip", [cash(tot), both(cash(each), cash(each2))],
             image=till(rng, rng.choice(["Bean There", "Daily Grind", "Cafe Rosa"]), lines))


@fam
def receipt_pounds_to_dollars(rng: random.Random) -> Item:
    goods = rng.sample(["Scarf", "Mug", "Postcards", "Tea Tin", "Umbrella", "Keyring", "Fudge"], rng.randint(2, 4))
    lines = [(g, rng.randint(300, 2400)) for g in goods]
    rate = rng.choice(["1.27", "1.25", "1.31", "1.29"])
    tot = F(sum(c for _, c in lines), 100)
    text = rng.choice([f"souvenir shopping in london lol. how much did i spend in total and how much is that in USD if £1 = ${rate}?",
                       f"Could you total this receipt and convert it to dollars? Rate: 1 GBP = {rate} USD."])
    return M(text, "receipt_pounds_to_dollars", [cash(tot), cash(tot * F(rate))],
             image=till(rng, rng.choice(["Gift Corner", "London Gifts"]), lines, "£"))


@fam
def receipt_most_expensive_and_share(rng: random.Random) -> Item:
    goods = rng.sample(GROC, 4)
    cents = rng.sample(range(150, 1800), 4)
    lines = list(zip(goods, cents, strict=True))
    top = max(lines, key=lambda t: t[1])
    tot = F(sum(cents), 100)
    share = F(top[1], 100) / tot * 100
    text = ("Which item on this receipt cost the most, and what percent of the total bill was it? "
            "(one decimal is fine)")
    return M(text, "receipt_most_expensive_and_share", [[top[0]], list(dict.fromkeys(f"{v}{u}" for v in num(share, 1) + forms(share, 2) for u in ("%", " percent")))],
             image=till(rng, "Metro Market", lines))


@fam
def receipt_budget_left(rng: random.Random) -> Item:
    goods = rng.sample(GROC, rng.randint(3, 5))
    lines = [(g, rng.randint(120, 1500)) for g in goods]
    budget = rng.choice([60, 75, 80, 100, 120])
    tot = F(sum(c for _, c in lines), 100)
    left = budget - tot
    text = rng.choice([f"My weekly food budget is ${budget}. This is what I spent today (pic). What did it come to and how much of the budget is left?",
                       f"budget ${budget} for the week — receipt attached. total? remaining?"])
    return M(text, "receipt_budget_left", [cash(tot), cash(left)], image=till(rng, "Save More", lines))


@fam
def receipt_with_tax_added(rng: random.Random) -> Item:
    goods = rng.sample(["Paint", "Brushes", "Tape", "Sandpaper", "Roller", "Drop Cloth", "Filler"], rng.randint(3, 4))
    lines = [(g, rng.randint(249, 2599)) for g in goods]
    tax = rng.choice(["6", "7", "8.25", "8.875", "5.5"])
    sub = F(sum(c for _, c in lines), 100)
    grand = sub * (1 + F(tax) / 100)
    text = (f"This hardware store receipt is pre-tax. What's the subtotal, and what's the total once {tax}% "
            "sales tax is added? Round to the cent.")
    return M(text, "receipt_with_tax_added", [cash(sub), cash(grand)], image=till(rng, "Handy Hardware", lines))


@fam
def receipt_euro_to_pounds_per_person(rng: random.Random) -> Item:
    goods = rng.sample(["Pizza", "Pasta", "Salad", "Wine", "Tiramisu", "Water", "Risotto"], rng.randint(3, 5))
    lines = [(g, rng.randint(450, 2200)) for g in goods]
    rate = rng.choice(["0.85", "0.86", "0.84", "0.87"])
    n = rng.choice([2, 3, 4, 5])
    tot = F(sum(c for _, c in lines), 100)
    each = tot * F(rate) / n
    each2 = r2(tot * F(rate), 2) / n  # pounds total rounded to the penny first
    text = (f"Dinner in Rome last night, receipt attached. First tell me the total in euros, then convert to pounds at "
            f"€1 = £{rate} and split it {n} ways (everyone pays the same, me included).")
    return M(text, "receipt_euro_to_pounds_per_person", [cash(tot), both(cash(each), cash(each2))],
             image=till(rng, "Trattoria Roma", lines, "€"))


@fam
def receipt_two_items_difference(rng: random.Random) -> Item:
    goods = rng.sample(CAFE, 4)
    cents = rng.sample(range(180, 780), 4)
    lines = list(zip(goods, cents, strict=True))
    a, b = rng.sample(lines, 2)
    diff = F(abs(a[1] - b[1]), 100)
    tot = F(sum(cents), 100)
    text = f"From the receipt: how much more was the {a[0] if a[1] > b[1] else b[0]} than the {b[0] if a[1] > b[1] else a[0]}? And the whole bill?"
    return M(text, "receipt_two_items_difference", [cash(diff), cash(tot)], image=till(rng, "Cafe Luna", lines))


@fam
def receipt_discount_coupon(rng: random.Random) -> Item:
    goods = rng.sample(["Shampoo", "Toothpaste", "Vitamins", "Tissues", "Sun Cream", "Lip Balm"], rng.randint(3, 4))
    lines = [(g, rng.randint(199, 1499)) for g in goods]
    off = rng.choice([10, 15, 20, 25])
    tot = F(sum(c for _, c in lines), 100)
    text = (f"i forgot to use my {off}% off coupon at the pharmacy :( what was the total on this receipt "
            f"and how much would I have paid with the {off}% off the whole total?")
    return M(text, "receipt_discount_coupon", [cash(tot), cash(tot * (100 - off) / 100)],
             image=till(rng, "Care Pharmacy", lines))


@fam
def receipt_yen_conversion(rng: random.Random) -> Item:
    goods = rng.sample(["Ramen", "Gyoza", "Beer", "Edamame", "Rice", "Tea"], rng.randint(2, 4))
    lines = [(g, rng.randint(4, 16) * 10000) for g in goods]  # yen, shown with .00
    rate = rng.choice(["150", "148", "155", "152"])
    tot = sum(c for _, c in lines) // 100
    text = f"How much was this meal in yen in total, and how many US dollars is that at 1 USD = {rate} JPY? Round to cents."
    return M(text, "receipt_yen_conversion", [[str(tot), f"{tot:,}", f"{tot}.00", f"{tot:,}.00"], cash(F(tot) / F(rate))],
             image=till(rng, "Tokyo Ramen", lines, "¥"))


@fam
def receipt_unit_price(rng: random.Random) -> Item:
    kg = rng.choice([F(1, 2), F(3, 4), F(3, 2), F(5, 4), F(2), F(5, 2)])
    price = rng.randint(399, 2599)
    other = rng.sample(["Bread", "Milk", "Eggs", "Onions"], 2)
    lines = [(f"Cheese {float(kg):g}kg", price)] + [(o, rng.randint(100, 600)) for o in other]
    per = F(price, 100) / kg
    tot = F(sum(c for _, c in lines), 100)
    text = "The cheese on this receipt — what does it work out to per kilo? Also what's the receipt total?"
    return M(text, "receipt_unit_price", [[v for v in cash(per) if "." in v] + [f"{p}{v}{q}" for v in cash(per) for p, q in (("$", ""), ("", "/kg"), ("", " per k"), ("", " a k"))], cash(tot)], image=till(rng, "Deli Stop", lines))


@fam
def receipt_points_and_total(rng: random.Random) -> Item:
    lines = [(g, rng.randint(150, 2000)) for g in rng.sample(GROC, rng.randint(3, 5))]
    tot = F(sum(c for _, c in lines), 100)
    per = rng.choice([1, 2, 3])
    pts = math.floor(tot) * per
    text = (f"Store gives {per} loyalty point{'s' if per > 1 else ''} per whole dollar spent (cents don't count). "
            "What's the receipt total and how many points should I get?")
    return M(text, "receipt_points_and_total", [cash(tot), [f"{pts} points", f"{pts} loyalty points", f"{pts} pts"]],
             image=till(rng, "Value Foods", lines))


@fam
def receipt_canadian_to_us_and_tip(rng: random.Random) -> Item:
    lines = [(g, rng.randint(800, 2600)) for g in rng.sample(["Poutine", "Burger", "Fries", "Beer", "Nachos", "Wings"], 3)]
    rate = rng.choice(["0.73", "0.74", "0.72"])
    tip = rng.choice([15, 18, 20])
    tot = F(sum(c for _, c in lines), 100)
    text = (f"Montreal bar tab in the pic (CAD). 1. How much would a {tip}% tip on it be, in CAD? "
            f"2. And the tab alone without tip in USD at 1 CAD = {rate} USD?")
    return M(text, "receipt_canadian_to_us_and_tip", [cash(tot * tip / 100), cash(tot * F(rate))],
             image=till(rng, "Le Pub", lines))


# ---------------------------------------------------------------- unit conversion + health

@fam
def pounds_to_kg_then_bmi(rng: random.Random) -> Item:
    lb = rng.randint(120, 260)
    cm = rng.randint(155, 195)
    kg = F(lb) * F("0.4536")
    bmi = kg / (F(cm, 100) ** 2)
    bmi2 = r2(kg, 1) / (F(cm, 100) ** 2)  # BMI from the rounded kilos
    text = rng.choice([f"I weigh {lb} lb and I'm {cm} cm tall. What's my weight in kg (1 lb = 0.4536 kg, 1 decimal) and my BMI (1 decimal)?",
                       f"convert {lb} pounds to kilos (1 lb = 0.4536 kg) and then work out BMI for someone {cm}cm tall, one decimal each"])
    return M(text, "pounds_to_kg_then_bmi", [num(kg, 1), both(num(bmi, 1), num(bmi, 2), num(bmi2, 1))])


@fam
def feet_inches_to_cm_and_bmi(rng: random.Random) -> Item:
    ft, inch = rng.choice([5, 6]), rng.randint(0, 11)
    if ft == 6 and inch > 4:
        inch -= 5
    kg = rng.randint(52, 110)
    cm = F(ft * 12 + inch) * F("2.54")
    bmi = kg / (cm / 100) ** 2
    bmi2 = kg / (r2(cm, 1) / 100) ** 2  # BMI from the rounded height
    text = (f"How tall is {ft}'{inch}\" in centimetres? And my BMI at that height if I weigh {kg} kg? "
            "Use 1 inch = 2.54 cm, round both to one decimal.")
    return M(text, "feet_inches_to_cm_and_bmi", [num(cm, 1), both(num(bmi, 1), num(bmi, 2), num(bmi2, 1))])


@fam
def bmr_and_stone(rng: random.Random) -> Item:
    kg = rng.randint(55, 100)
    cm = rng.randint(155, 192)
    age = rng.randint(22, 65)
    sex = rng.choice(["male", "female"])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    st = F(kg) / F("6.35029318")
    text = (f"{sex}, {age} years old, {kg} kg, {cm} cm. What's my BMR using Mifflin-St Jeor? "
            "And how much is my weight in stone (to 1 decimal)?")
    return M(text, "bmr_and_stone", [num(bmr, 0) + num(bmr, 2), [v for v in num(st, 1) if "." in v] + [f"{v} st" for v in num(st, 1)]])


@fam
def miles_run_pace(rng: random.Random) -> Item:
    miles = rng.choice([3, 4, 5, 6, 8, 10])
    mins = rng.randint(miles * 8, miles * 12)
    km = F(miles) * F("1.609")
    paces = []
    for k in (km, r2(km, 2)):  # pace from the exact or the rounded km
        num(F(mins) / k * 60, 0)  # redraw on a half-second tie
        m, s = divmod(round(F(mins) / k * 60), 60)
        paces += [f"{m}:{s:02d}", f"{m} min {s} s", f"{m}m {s}s", f"{m} minutes {s} seconds", f"{m} min {s} sec"]
    text = (f"I ran {miles} miles in {mins} minutes. How far is that in km (use 1 mile = 1.609 km, 2 decimals), "
            "and what was my pace per km in min:sec (nearest second)?")
    return M(text, "miles_run_pace", [num(km, 2), list(dict.fromkeys(paces))])


@fam
def max_hr_and_zone(rng: random.Random) -> Item:
    age = rng.randint(20, 64)
    lo, hi = rng.choice([(60, 70), (70, 80), (50, 60), (80, 90)])
    mx = 220 - age
    a, b = F(mx * lo, 100), F(mx * hi, 100)
    text = (f"I'm {age}. Using 220 minus age, what's my max heart rate, and what bpm range is {lo}-{hi}% of it? "
            "Round to whole bpm.")
    return M(text, "max_hr_and_zone", [[f"{mx} bpm", f"{mx}bpm", f"max heart rate is {mx}", f"max heart rate of {mx}", f"{mx} beats"], num(a, 0), num(b, 0)])


@fam
def water_liters_to_ounces(rng: random.Random) -> Item:
    kg = rng.randint(50, 105)
    ml = rng.choice([30, 35, 33])
    L = F(kg * ml, 1000)
    oz = L * 1000 / F("29.5735")
    text = (f"If I should drink {ml} ml of water per kg of body weight and I weigh {kg} kg, how many litres a day is that? "
            "And in US fluid ounces (1 fl oz = 29.5735 ml), rounded to whole ounces?")
    return M(text, "water_liters_to_ounces", [[f"{v} L" for v in num(L, 2)] + [f"{v} litres" for v in num(L, 2)] + [f"{v} liters" for v in num(L, 2)] + [f"{v}L" for v in num(L, 2)],
                                                num(oz, 0)])


@fam
def walk_calories_met_and_km(rng: random.Random) -> Item:
    met = rng.choice(["3.5", "4.3", "5", "3.8"])
    kg = rng.randint(55, 100)
    mins = rng.choice([30, 40, 45, 50, 60, 75, 90])
    kcal = F(met) * kg * F(mins, 60)
    mi = rng.choice([2, 3, 4, 5])
    km = mi * F("1.609344")
    text = (f"Two things: (a) calories burned walking {mins} min at MET {met} for a {kg} kg person "
            f"(kcal = MET × kg × hours), and (b) {mi} miles in km to 2 decimals (1 mile = 1.609344 km).")
    return M(text, "walk_calories_met_and_km", [num(kcal, 0) + num(kcal, 1), num(km, 2)])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_and_plot_parabola, linear_solve_then_chart_line, savings_plot_and_total,
    weights_chart_and_average, derivative_then_plot, system_then_plot_both,
    steps_chart_and_total, area_under_then_plot, temps_plot_and_range,
    receipt_total_in_euros, cafe_receipt_split_and_tip, receipt_pounds_to_dollars,
    receipt_most_expensive_and_share, receipt_budget_left, receipt_with_tax_added,
    receipt_euro_to_pounds_per_person, receipt_two_items_difference, receipt_discount_coupon,
    receipt_yen_conversion, receipt_unit_price, receipt_points_and_total,
    receipt_canadian_to_us_and_tip, pounds_to_kg_then_bmi, feet_inches_to_cm_and_bmi,
    bmr_and_stone, miles_run_pace, max_hr_and_zone, water_liters_to_ounces,
    walk_calories_met_and_km,
)]
