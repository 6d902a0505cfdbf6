"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 1: solve-and-plot,
receipts in another currency, chained conversions, health with units, two questions at once."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT, forms, r2
from bench.data.agents.helpers import Family, fresh, item

F = Fraction
Made = tuple[Any, ...]


class Redo(ValueError):
    """The drawn numbers sit on or next to a rounding boundary; draw again."""


def nf(x: Fraction | int, places: int = 2) -> list[str]:
    """Accepted forms of ``x`` rounded to ``places`` decimals (redraws near a tie)."""
    x = F(x)
    scaled = abs(x) * 10**places
    if x.denominator != 1 and abs(scaled - int(scaled) - F(1, 2)) < F(1, 100):
        raise Redo
    out = forms(x, places)
    v = r2(x, places)
    for fewer in range(1, places):  # 77 to 2 dp is also written 77.0
        if (v * 10**fewer).denominator == 1:
            out.append(f"{float(v):.{fewer}f}")
            if abs(v) >= 1000:
                out.append(f"{float(v):,.{fewer}f}")
    return list(dict.fromkeys(out))


def d(x: Fraction | float) -> str:
    """A terminating value written as a decimal."""
    return f"{float(x):.6f}".rstrip("0").rstrip(".")


def nu(x: Fraction | int, places: int, *names: str) -> list[str]:
    """A rounded number followed by one of the unit names."""
    return [f"{v} {n}" for v in nf(x, places) for n in names]


def pct(x: Fraction | int, places: int = 1) -> list[str]:
    return [f"{v}%" for v in nf(x, places)] + [f"{v} percent" for v in nf(x, places)]


def h2(x: Fraction) -> list[str]:
    """A health figure: to one decimal or to two (replies give both)."""
    return list(dict.fromkeys(nf(x, 1) + nf(x, 2)))


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d} {half}",
           f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12} {half}"]
    return list(dict.fromkeys(out))


def hhmm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min"]
    if h and m:
        for hw in ("h", " hours", " hour", " hr", " hrs"):
            for mw in ("m", " min", " minutes", " mins"):
                out += [f"{h}{hw} {m}{mw}", f"{h}{hw} and {m}{mw}"]
                if m < 10:  # "14h 06m"
                    out += [f"{h}{hw} {m:02d}{mw}", f"{h}{hw} and {m:02d}{mw}"]
        out.append(f"{h}:{m:02d}")
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs"]
    return out


def dg(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def cents(rng: random.Random, n: int, low: int, high: int) -> list[Fraction]:
    return [F(c, 100) for c in rng.sample(range(low, high), n)]


def fam(make: Callable[[random.Random], Made]) -> Family:
    label = f"I_m_k_{make.__name__}"

    def draw(rng: random.Random) -> Any:
        while True:
            try:
                made = make(rng)
            except Redo:
                continue
            text, required, *rest = made
            return item(label, "multi", text, required, **(rest[0] if rest else {}))

    draw.__name__ = make.__name__
    return fresh(draw)


def lin(a: int, b: int) -> str:
    return f"{a}x {'+' if b >= 0 else '-'} {abs(b)}"


@fam
def solve_then_graph_line(rng: random.Random) -> Made:
    a, x = rng.randint(2, 9), rng.choice([v for v in range(-9, 15) if v not in (0, 1)])
    b = rng.randint(-20, 30)
    c = a * x + b
    text = rng.choice([f"solve {lin(a, b)} = {c} and plot y = {lin(a, b)} for me",
                       f"Can you solve {lin(a, b)} = {c}? Also graph y = {lin(a, b)} from x=-10 "
                       f"to 10",
                       f"hey, find x if {lin(a, b)} = {c}, then draw the line y = {lin(a, b)}"])
    return text, [[f"x = {x}", f"x={x}"], PLOT]


@fam
def positive_root_and_parabola(rng: random.Random) -> Made:
    p, n = rng.randint(1, 11), rng.randint(1, 9)
    b, c = n - p, -p * n
    mid = "" if b == 0 else (f" + {b}x" if b > 0 else f" - {-b}x")
    mid = mid.replace(" 1x", " x")
    expr = f"x^2{mid} - {-c}"
    text = rng.choice([f"What's the positive solution of {expr} = 0? and plot y = {expr} please",
                       f"Plot y = {expr} and tell me the positive root",
                       f"for my homework: graph {expr} and give its positive x-intercept"])
    return text, [[f"x = {p}", f"x={p}", f"x-intercept is {p}", f"root is {p}",
                   f"({p}, 0)", f"({p},0)"], PLOT]


@fam
def receipt_total_in_euros(rng: random.Random) -> Made:
    goods = rng.sample(["Coffee", "Muffin", "Sandwich", "Juice", "Cookie", "Salad", "Soup"],
                       rng.randint(2, 4))
    prices = cents(rng, len(goods), 150, 1400)
    rate = F(rng.randint(82, 96), 100)
    total = sum(prices)
    recipe = {"kind": "receipt", "shop": rng.choice(["Bean There", "Daily Grind", "Cafe Lumen"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"what's the total on this receipt, and what is it in euros? 1 USD = "
                       f"{d(rate)} EUR",
                       f"Lunch receipt attached. Total please, and convert it to EUR at "
                       f"{d(rate)} euros per dollar (2 decimals)",
                       f"Read me the total and then give it in euros, rate is 1 dollar = "
                       f"{d(rate)} euro"])
    return text, [nf(total), nf(total * rate)], {"image": recipe}


@fam
def receipt_split_and_tip(rng: random.Random) -> Made:
    goods = rng.sample(["Pizza", "Pasta", "Wine", "Salad", "Tiramisu", "Garlic Bread", "Soda"],
                       rng.randint(3, 4))
    prices = cents(rng, len(goods), 400, 2600)
    tip, people = rng.choice([10, 12, 15, 18, 20]), rng.randint(2, 6)
    total = sum(prices)
    recipe = {"kind": "receipt", "shop": rng.choice(["Luigi's", "Trattoria Roma", "Pasta Bar"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "£", "font": rng.randrange(4), "degrade": dg(rng)}
    share = total * (100 + tip) / 100 / people
    text = (f"dinner last night, receipt attached. 1) what was the bill total? 2) with a {tip}% "
            f"tip "
            f"on top, split evenly between {people} of us, what does each person pay?")
    return text, [nf(total), nf(share)], {"image": recipe}


@fam
def miles_to_km_then_time(rng: random.Random) -> Made:
    miles, speed = rng.randint(3, 40), rng.choice([8, 10, 12, 15, 20, 25])
    km = miles * F("1.609")
    minutes = km / speed * 60
    text = rng.choice([f"convert {miles} miles to km (1 mile = 1.609 km), then how many minutes "
                       f"would that take at {speed} km/h? km to 2 dp, minutes to 1 dp",
                       f"My ride is {miles} miles. How many km is that using 1.609 km per mile? "
                       f"And at {speed} km/h how long in minutes? (2 decimals for km, 1 for "
                       f"minutes)"])
    chained = r2(km, 2) / speed * 60
    return text, [nu(km, 2, "km", "kilometres", "kilometers"),
                  list(dict.fromkeys(nu(minutes, 1, "minutes", "min")
                                     + nu(chained, 1, "minutes", "min")))]


@fam
def weight_lb_then_bmi(rng: random.Random) -> Made:
    lb, cm = rng.randint(110, 260), rng.randint(152, 195)
    kg = lb * F("0.45359237")
    bmi = kg / (F(cm, 100) ** 2)
    text = rng.choice([f"I weigh {lb} lb and I'm {cm} cm tall. What's my weight in kg (1 "
                       f"decimal) and my BMI? (1 lb = 0.45359237 kg)",
                       f"two things: convert {lb} pounds to kilograms, and work out my BMI at "
                       f"that weight, height {cm}cm. kg to 1 decimal, 1 lb = 0.45359237 kg",
                       f"{lb} lbs in kg (1dp)? and whats the bmi for someone {cm} cm at that "
                       f"weight (1 lb = 0.45359237 kg)"])
    from_rounded = r2(kg, 1) / (F(cm, 100) ** 2)
    return text, [nu(kg, 1, "kg", "kilograms"), list(dict.fromkeys(h2(bmi) + h2(from_rounded)))]


@fam
def two_questions_vat_and_area(rng: random.Random) -> Made:
    price, vat = rng.randint(20, 900), rng.choice([5, 8, 10, 20, 21])
    r = rng.randint(2, 15)
    area = F(314159265, 100000000) * r * r
    text = rng.choice([f"Quick ones: what's {price} plus {vat}% VAT? And the area of a circle "
                       f"with radius {r} cm (use pi = 3.14159265, 2 dp)?",
                       f"1. {price} + {vat}% vat = ?\n2. area of a circle, r = {r} cm, with pi "
                       f"3.14159265, to 2 decimals"])
    return text, [nf(F(price) * (100 + vat) / 100), nu(area, 2, "cm²", "cm^2", "cm2", "square cm",
                                                          "square centimetres",
                                                          "square centimeters", "sq cm")]


@fam
def temps_mean_in_fahrenheit(rng: random.Random) -> Made:
    temps = [rng.randint(-5, 34) for _ in range(rng.randint(5, 8))]
    mean = F(sum(temps), len(temps))
    text = rng.choice([f"Daily highs this week in Celsius: {', '.join(map(str, temps))}. "
                       f"Average them (2 dp) and convert the average to Fahrenheit (2 dp).",
                       f"temps (°C): {' '.join(map(str, temps))} -- whats the mean, and the "
                       f"mean in °F? 2 decimals for both"])
    return text, [nf(mean), list(dict.fromkeys(nf(mean * 9 / 5 + 32) + nf(r2(mean) * 9 / 5 + 32)))]


@fam
def sign_closing_time_minutes_left(rng: random.Random) -> Made:
    close = rng.choice([1020, 1050, 1080, 1140, 1230, 1260, 990])
    now = close - rng.randint(8, 170)
    shown = hhmm(close)
    recipe = {"kind": "sign", "words": [rng.choice(["POST OFFICE", "PHARMACY", "LIBRARY", "BANK"]),
                                        f"CLOSES {shown}"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"What time does this place close, and if it's {hhmm(now)} now how long "
                       f"have I got?",
                       f"photo of the door sign. when do they close? it's {hhmm(now)}, how many "
                       f"minutes left?"])
    return text, [clock(close), span(close - now)], {"image": recipe}


@fam
def bmr_and_kcal_to_kj(rng: random.Random) -> Made:
    w, h, a = rng.randint(50, 110), rng.randint(155, 195), rng.randint(19, 70)
    sex = rng.choice(["male", "female"])
    bmr = 10 * w + F(625, 100) * h - 5 * a + (5 if sex == "male" else -161)
    text = rng.choice([f"I'm a {a} year old {sex}, {w} kg, {h} cm. What's my BMR (Mifflin-St "
                       f"Jeor) and what is that in kJ? (1 kcal = 4.184 kJ, round kJ to a whole "
                       f"number)",
                       f"BMR by Mifflin St Jeor for {sex}, age {a}, {w}kg, {h}cm -- then "
                       f"convert it to kilojoules using 4.184 kJ per kcal, to the nearest kJ"])
    whole = forms(bmr, 0) if bmr.denominator != 2 else []
    return text, [nf(bmr, 2) + whole, nu(bmr * F("4.184"), 0, "kJ", "kilojoules")]


@fam
def story_road_trip(rng: random.Random) -> Made:
    dist, l100 = rng.randint(180, 900), F(rng.randint(50, 95), 10)
    price = F(rng.randint(145, 215), 100)
    litres = dist * l100 / 100
    text = (f"So we're driving to my aunt's this weekend, it's {dist} km each way and my car does "
            f"{d(l100)} L/100km. Fuel is {d(price)} a litre at the moment. How many litres for "
            f"the round trip (1 decimal), "
            "and how much will that cost?")
    cost = list(dict.fromkeys(nf(2 * litres * price) + nf(r2(2 * litres, 1) * price)))
    return text, [nu(2 * litres, 1, "L", "litres", "liters"), cost]


@fam
def list_three_tasks(rng: random.Random) -> Made:
    n, k = rng.randint(6, 14), rng.randint(2, 4)
    base, pc = rng.randint(40, 400), rng.choice([15, 25, 30, 35, 40])
    oz = rng.randint(4, 40)
    from math import comb
    text = (f"- how many ways to pick {k} people out of {n}?\n- {pc}% off {base} dollars is what?\n"
            f"- {oz} oz in grams (1 oz = 28.35 g)")
    return text, [nf(comb(n, k), 0), nf(F(base) * (100 - pc) / 100),
                  nu(oz * F("28.35"), 2, "g", "grams")]


@fam
def csv_steps_to_km(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = [rng.randint(2500, 18000) for _ in days]
    stride = F(rng.randint(65, 82), 100)
    csv = "day,steps\n" + "\n".join(f"{d},{s}" for d, s in zip(days, steps, strict=True)) + "\n"
    total = sum(steps)
    text = (f"attached my step counts for the week. What's the total, and how many km is that "
            f"if my "
            f"stride is {d(stride)} m? (km to 2 dp)")
    return (text, [nf(total, 0), nu(total * stride / 1000, 2, "km", "kilometres", "kilometers")],
            {"csv": csv})


@fam
def interest_and_plot_growth(rng: random.Random) -> Made:
    p, r, y = rng.randint(5, 60) * 100, rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(3, 15)
    fv = p * F(100 + r, 100) ** y
    text = rng.choice([f"If I put ${p} in at {r}% compounded yearly, what's it worth after {y} "
                       f"years? plot the balance over those years too",
                       f"{p} dollars, {r}% annual compound interest, {y} years. final amount "
                       f"(2dp) + a chart of the growth please"])
    return text, [nf(fv), PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_then_graph_line, positive_root_and_parabola, receipt_total_in_euros,
    receipt_split_and_tip, miles_to_km_then_time, weight_lb_then_bmi, two_questions_vat_and_area,
    temps_mean_in_fahrenheit, sign_closing_time_minutes_left, bmr_and_kcal_to_kj, story_road_trip,
    list_three_tasks, csv_steps_to_km, interest_and_plot_growth)]
