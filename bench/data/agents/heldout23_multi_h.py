"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 1: answer-form helpers, plus roots and lines with plots, receipts in euros and split with a tip, runs in miles, imperial BMI, chained miles to minutes, recipes and a shop sign's hours."""
# ruff: noqa: E501

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.helpers import Family, fresh, item

F = Fraction


def rnd(x: Fraction, p: int = 2) -> Fraction:
    """Round half away from zero."""
    s = 10 ** p
    sign = -1 if x < 0 else 1
    return sign * F(int(abs(x) * s + F(1, 2)), s)


def near(x: Fraction, p: int = 2) -> bool:
    """True when x sits on or very near a rounding tie at p places."""
    scaled = abs(x) * 10 ** p
    frac = scaled - int(scaled)
    return abs(frac - F(1, 2)) < F(1, 100)


def num(x: Fraction | int, p: int = 2) -> list[str]:
    """Accepted forms of a number rounded to p places: trimmed, full, with thousands commas,
    and the exact value too when it ends within four decimals."""
    v = rnd(F(x), p)
    full = f"{float(v):.{p}f}" if p else str(int(v))
    trim = full.rstrip("0").rstrip(".") if "." in full else full
    out = [trim, full]
    if abs(v) >= 1000:
        out += [f"{float(v):,.{p}f}" if p else f"{int(v):,}"]
        out += [out[-1].rstrip("0").rstrip(".") if "." in out[-1] else out[-1]]
    x = F(x)
    if (x * 10**4).denominator == 1 and (x * 10**p).denominator != 1:
        ex = f"{float(x):.4f}".rstrip("0").rstrip(".")
        out += [ex] + ([f"{float(x):,.4f}".rstrip("0").rstrip(".")] if abs(x) >= 1000 else [])
    return list(dict.fromkeys(out))


def dp(x: Fraction | int | float, p: int = 2) -> str:
    """A number written for the request text."""
    v = F(x) if not isinstance(x, float) else F(str(x))
    return f"{float(v):.{p}f}"


def sh(x: Fraction | int) -> str:
    """A terminating number written as a person would (no trailing zeros)."""
    return f"{float(F(x)):.6f}".rstrip("0").rstrip(".")


def clock(minutes: int) -> list[str]:
    m = minutes % (24 * 60)
    h, mm = divmod(m, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:{mm:02d}", f"{h}:{mm:02d}",
            f"{h12}:{mm:02d}{ap}", f"{h12}:{mm:02d} {ap}", f"{h12}:{mm:02d}{ap[0]}.{ap[1]}."]


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min"]
    if h and m:
        out += [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
                f"{h}h {m}min", f"{h} hr {m} min", f"{h} hrs {m} mins", f"{h}:{m:02d}",
                f"{h} hour {m} minutes", f"{h} hour and {m} minutes", f"{h}h{m:02d}"]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h", f"{h} hrs"]
    return out


def xroot(r: int | Fraction) -> list[str]:
    return [f"x = {r}", f"x={r}", f", {r}", f"or {r}", f"and {r}"]


def deg(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def till(rng: random.Random, shop: str, names: list[str], lo: int, hi: int,
         cur: str = "$") -> tuple[dict[str, Any], list[int]]:
    """A receipt recipe; prices in cents, distinct."""
    cents = rng.sample(range(lo, hi), len(names))
    recipe = {"kind": "receipt", "shop": shop, "items": [(n, c / 100) for n, c in zip(names, cents, strict=True)],
              "font": rng.randrange(4), "currency": cur, "degrade": deg(rng)}
    return recipe, cents


def board(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": deg(rng)}


def screen(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": deg(rng)}


def fam(fn: Callable[[random.Random], Any]) -> Family:
    """Names the family after its function; a draw returning None is redone."""
    name = "I_m_h_" + fn.__name__

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            got = fn(rng)
            if got is not None:
                break
        text, parts = got[0], got[1]
        extra = got[2] if len(got) > 2 else {}
        return item(name, "multi", text, parts, **extra)
    return fresh(make)


@fam
def quad_solve_plot(rng):
    r1, r2 = sorted(rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7], 2))
    b, c = -(r1 + r2), r1 * r2
    e = "x^2"
    if b:
        e += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    e += f" {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"solve {e} = 0 and plot y = {e}",
        f"Can you solve {e}=0 for me and then graph y={e}? it's for my son's homework",
        f"my daughter has to find the roots of {e} = 0 and draw the curve y = {e}. help pls",
        f"Find x when {e} = 0, and also show me a plot of y = {e}.",
    ])
    return t, [xroot(r1), xroot(r2), PLOT]


@fam
def line_cross_plot(rng):
    m = rng.choice([2, 3, 4, 5, -2, -3])
    x0 = rng.choice([-4, -3, -2, 1, 2, 3, 4, 5, 6])
    b = -m * x0
    e = f"{m}x {'+' if b > 0 else '-'} {abs(b)}"
    t = rng.choice([
        f"plot y = {e} and tell me where it crosses the x axis",
        f"Where does the line y = {e} hit the x-axis? Draw it too please.",
        f"graph y={e} from -10 to 10, and what x makes it zero?",
    ])
    return t, [[f"x = {x0}", f"x={x0}", f"({x0}, 0)", f"({x0},0)"], PLOT]


@fam
def receipt_in_euros(rng):
    names = rng.sample(["Sandwich", "Coffee", "Crisps", "Water", "Muffin", "Juice", "Salad"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Airport Deli", "Station Cafe", "Snack Stop"]), names, 150, 1400)
    rs = rng.choice(["0.92", "0.86", "0.94", "0.89", "0.91"])
    rate = F(rs)
    tot = F(sum(cents), 100)
    eur = tot * rate
    if near(eur):
        return None
    t = rng.choice([
        f"whats the total on this receipt, and how much is that in euros? 1 USD = {rs} EUR",
        f"Can you read the total off this and convert it to EUR at {rs} euros per dollar?",
        f"Just got this receipt in the US. Total please, then the same in euros (rate 1 USD = {rs} EUR, 2 decimals).",
    ])
    return t, [num(tot), num(eur)], {"image": recipe}


@fam
def receipt_tip_split(rng):
    names = rng.sample(["Burger", "Fries", "Pizza", "Salad", "Wings", "Cola", "Beer", "Pasta", "Soup"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Rosie's Diner", "Pizza Corner", "Taco Spot"]), names, 300, 2200)
    tip = rng.choice([10, 12, 15, 18, 20])
    n = rng.choice([2, 3, 4, 5])
    tot = F(sum(cents), 100)
    withtip = tot * (1 + F(tip, 100))
    each = withtip / n
    if near(withtip) or near(each):
        return None
    t = rng.choice([
        f"dinner receipt attached. add a {tip}% tip on the total and split it {n} ways - whats the total with tip and how much each?",
        f"Hey, we're {n} people sharing this bill. With {tip}% tip added, what's the new total and each person's share?",
        f"total w/ {tip}% tip? and per person if {n} of us pay equally",
    ])
    return t, [num(withtip), list(dict.fromkeys(num(each) + num(rnd(withtip) / n)))], {"image": recipe}


@fam
def runs_to_miles(rng):
    runs = [F(rng.randint(30, 130), 10) for _ in range(rng.randint(3, 5))]
    tot = sum(runs)
    mi = tot / F("1.609")
    avg = tot / len(runs)
    if near(mi) or near(avg):
        return None
    lst = ", ".join(sh(r) for r in runs)
    t = rng.choice([
        f"This week's runs in km: {lst}. What's the total in miles (1 mile = 1.609 km, 2 dp) and my average run in km (2 dp)?",
        f"ran {lst} km this week. total in miles? use 1.609 km per mile, 2 dp. also avg km per run (2 dp)",
        f"My runs: {lst} (km). 1) total distance in miles, use 1.609 and round to 2 decimals 2) average km per run (2 dp)",
    ])
    return t, [num(mi), num(avg)]


@fam
def imperial_bmi(rng):
    ft = rng.choice([5, 6])
    inch = rng.randint(0, 11) if ft == 5 else rng.randint(0, 3)
    lb = rng.randint(110, 240)
    cm = (ft * 12 + inch) * F("2.54")
    kg = lb * F("0.4536")
    bmi = kg / (cm / 100) ** 2
    bmi2 = rnd(kg, 1) / (rnd(cm, 1) / 100) ** 2
    bmi3 = F(703 * lb, (ft * 12 + inch) ** 2)
    if near(cm, 1) or near(kg, 1) or near(bmi) or near(bmi2) or near(bmi3):
        return None
    t = rng.choice([
        f"I'm {ft} ft {inch} in and {lb} lb. What's that in cm and kg (1 decimal, 1 lb = 0.4536 kg), and my BMI to 2 decimals?",
        f"height {ft}'{inch}\", weight {lb} lbs - convert to metric (cm and kg, one decimal; 1 lb = 0.4536 kg) and work out my BMI (2 dp)",
        f"Doctor's form wants metric. I'm {ft} foot {inch}, {lb} pounds. cm? kg (0.4536 per lb)? one decimal each. and while you're at it my BMI, 2 decimal places",
    ])
    return t, [num(cm, 1), num(kg, 1), list(dict.fromkeys(num(bmi) + num(bmi2) + num(bmi3)))]


@fam
def percent_and_days(rng):
    p = rng.choice([12, 15, 18, 25, 35, 40])
    base = rng.randint(8, 90) * 10
    months = ["March", "April", "May", "June", "July"]
    import datetime as dt
    a = dt.date(2026, rng.randint(1, 4), rng.randint(1, 28))
    b = a + dt.timedelta(days=rng.randint(20, 140))
    days = (b - a).days
    val = F(p * base, 100)
    del months
    t = rng.choice([
        f"two quick ones: what's {p}% of {base}? and how many days from {a:%-d %B} to {b:%-d %B} 2026?",
        f"{p} percent of {base}, and separately, number of days from {a:%B %-d} to {b:%B %-d} this year (2026)",
    ])
    return t, [num(val), [f"{days} days", f"{days}days"]]


@fam
def miles_then_time(rng):
    mi = rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 13])
    speed = rng.choice([8, 9, 10, 11, 12, 15])
    km = rnd(mi * F("1.609"), 2)
    mins = km / speed * 60
    mins2 = mi * F("1.609") / speed * 60
    if near(mins, 0) or near(mins2, 0) or rnd(mins, 0) != rnd(mins2, 0):
        return None
    t = rng.choice([
        f"convert {mi} miles to km (1.609 km/mile, 2 dp), then how many minutes would that take at {speed} km/h (nearest minute)?",
        f"My route is {mi} miles. In km? Use 1.609. Then how long in minutes if I jog at {speed} km/h, round to the nearest minute",
    ])
    return t, [num(km), [f"{v} minutes" for v in num(mins, 0)] + [f"{v} min" for v in num(mins, 0)]]


@fam
def recipe_and_oven(rng):
    flour = rng.choice([200, 225, 250, 300, 350, 400])
    frm = rng.choice([4, 6, 8])
    to = rng.choice([x for x in [2, 3, 5, 6, 10, 12] if x != frm])
    scaled = F(flour * to, frm)
    f_ = rng.choice([325, 350, 375, 400, 425, 450])
    c = F(f_ - 32) * 5 / 9
    if near(scaled, 1) or near(c, 1):
        return None
    t = rng.choice([
        f"1. my recipe uses {flour} g flour for {frm} people, how much for {to} (1 dp)?\n2. oven says {f_}°F, what's that in °C (1 dp)?",
        f"Two things for tonight's baking:\n- scale {flour}g of flour from {frm} servings to {to} servings (1 decimal)\n- convert {f_} F to Celsius (1 decimal)",
        f"Recipe question: {flour} grams flour serves {frm}. I need {to} servings - how much flour (1 dp)? Also it says bake at {f_} Fahrenheit, what's that in C to one decimal",
    ])
    return t, [num(scaled, 1), num(c, 1)]


@fam
def sign_close_time(rng):
    op = rng.choice([7, 8, 9, 10])
    cl_h = rng.choice([17, 18, 19, 20, 21])
    cl_m = rng.choice([0, 30])
    now = rng.randint((cl_h - 4) * 60, cl_h * 60 + cl_m - 15)
    left = cl_h * 60 + cl_m - now
    open_len = cl_h * 60 + cl_m - op * 60
    h12 = cl_h - 12
    close = f"{h12}PM" if not cl_m else f"{h12}:30PM"
    recipe = board(rng, ["OPEN DAILY", f"{op}AM - {close}"])
    nh, nm = divmod(now, 60)
    nowtxt = f"{nh - 12}:{nm:02d}pm"
    t = rng.choice([
        f"it's {nowtxt} now - how long until this place closes? and how many hours is it open each day?",
        f"Saw this sign on the shop door. If it's {nowtxt}, how much time do I have before closing, and what are its total opening hours per day?",
    ])
    hrs = F(open_len, 60)
    return t, [span(left), [f"{v} hours" for v in num(hrs, 1)] + [f"{v} hrs" for v in num(hrs, 1)] + span(open_len)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    quad_solve_plot, line_cross_plot, receipt_in_euros, receipt_tip_split, runs_to_miles,
    imperial_bmi, percent_and_days, miles_then_time, recipe_and_oven, sign_close_time,
)]
