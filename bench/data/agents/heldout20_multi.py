"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 1: shared helpers, maths
with charts, and two unrelated questions in one message."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

F = Fraction
PLOT = ["Here is the plot", "Here's the plot", "Here is the chart"]
NAMES = ["Sam", "Priya", "Leo", "Maya", "Tom", "Aisha", "Ben", "Chloe", "Diego", "Nina",
         "Omar", "Zoe", "Jack", "Lena", "Raj", "Emma"]
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
CUR = {"$": "dollars", "€": "euros", "£": "pounds"}


class Redraw(ValueError):
    """The drawn values sit on a rounding tie or make no sense; draw again."""


def fam(fn: Callable[[random.Random], Any]) -> Family:
    """Wraps ``fn(rng) -> (text, parts[, extra])`` as a fresh family named E_m_<fn>."""
    name = f"E_m_{fn.__name__}"

    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            try:
                out = fn(rng)
            except Redraw:
                continue
            if out is None:
                continue
            text, parts, *extra = out
            return item(name, "multi", text, parts, **(extra[0] if extra else {}))
    make.__name__ = fn.__name__
    return fresh(make)


def near(value: Fraction, places: int) -> bool:
    scaled = abs(F(value)) * 10**places
    return abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 500)


def num(value: Fraction | int | float | str, places: int = 2) -> list[str]:
    """A value rounded to ``places`` decimals as people write it (trimmed, full, commas)."""
    value = F(value)
    if value.denominator != 1 and near(value, places):
        raise Redraw
    sign = -1 if value < 0 else 1
    rounded = sign * F(math.floor(abs(value) * 10**places + F(1, 2)), 10**places)
    full = f"{float(rounded):.{places}f}"
    out = [full, full.rstrip("0").rstrip(".") if "." in full else full]
    if abs(rounded) >= 1000:
        comma = f"{float(rounded):,.{places}f}"
        out += [comma, comma.rstrip("0").rstrip(".") if "." in comma else comma]
    return list(dict.fromkeys(out))


def money(value: Fraction | int | float | str) -> list[str]:
    return num(value, 2)


def split(total: Fraction, ways: int | Fraction, then: Fraction = F(1)) -> list[str]:
    """total / ways (x then), to the cent, also as worked from the total rounded to the cent."""
    out = money(F(total) / ways * then)
    rounded = F(round(F(total) * 100), 100)
    for value in (rounded / ways * then, F(round(rounded * then * 100), 100) / ways):
        out += money(value)  # a tie on either path is ambiguous: money raises Redraw
    return list(dict.fromkeys(out))


def pct(value: Fraction | int | float | str, places: int = 1) -> list[str]:
    return [f"{v}%" for v in num(value, places)] + [f"{v} percent" for v in num(value, places)]


def exact(value: Fraction) -> list[str]:
    """A fraction, its decimal to 2 and 3 places (and the integer when whole)."""
    value = F(value)
    if value.denominator == 1:
        return [str(value.numerator)]
    out = [str(value), f"{value.numerator}/{value.denominator}"]
    for places in (2, 3, 4):
        if not near(value, places):
            out += num(value, places)
    return list(dict.fromkeys(out))


def root(value: Fraction | int) -> list[str]:
    v = str(F(value))
    return [f"x = {v}", f"x={v}"] + ([f"x = {float(F(value)):g}"] if F(value).denominator != 1
                                    else [])


def point(x: Fraction | int, y: Fraction | int) -> list[str]:
    return [f"({F(x)}, {F(y)})", f"({F(x)},{F(y)})"]


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    half = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    return list(dict.fromkeys(out))


def hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}"


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


def span(minutes: int) -> list[str]:
    """A duration as hours and minutes, however written."""
    h, m = divmod(minutes, 60)
    out = [f"{h}h{m:02d}", f"{h}h {m}m", f"{h}h{m}m", f"{h}:{m:02d}",
           f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} hr {m} min",
           f"{h} hours {m} min", f"{h} h {m} min", f"{h}h {m}min", f"{h} hrs {m} mins",
           f"{minutes} minutes", f"{minutes} min"]
    if h == 1:
        out += [f"1 hour {m} minutes", f"1 hour and {m} minutes", f"1 hour {m} min"]
    if m == 0:
        out += [f"{h} hours", f"{h} hour", f"{h}h"]
    if (F(minutes, 60) * 100).denominator == 1:
        out += [f"{v} hours" for v in num(F(minutes, 60), 2)]
    return list(dict.fromkeys(out))


def day(d: dt.date) -> list[str]:
    return [d.isoformat(), f"{d.day} {MONTHS[d.month - 1]}", f"{MONTHS[d.month - 1]} {d.day}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
            f"{d.day} {MONTHS[d.month - 1][:3]}", f"{MONTHS[d.month - 1][:3]} {d.day}"]


def words(n: int, unit: str = "") -> list[str]:
    out = [f"{n} {unit}", f"{n}{unit}"] if unit else [str(n)]
    if n < len(EN) and unit:
        out.append(f"{EN[n]} {unit}")
    return out


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def receipt(rng: random.Random, goods: list[str], shops: list[str], count: tuple[int, int] = (2, 4),
            low: int = 90, high: int = 2400, cur: str = "$") -> tuple[dict[str, Any], list[tuple[str, Fraction]]]:
    names = rng.sample(goods, rng.randint(*count))
    cents = rng.sample(range(low, high), len(names))
    lines = [(n, F(c, 100)) for n, c in zip(names, cents, strict=True)]
    recipe = {"kind": "receipt", "shop": rng.choice(shops), "items": [(n, c / 100) for n, c in
              zip(names, cents, strict=True)], "font": rng.randrange(4), "currency": cur,
              "degrade": degrade(rng)}
    return recipe, lines


def sign(rng: random.Random, lines: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": lines, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


def poly(b: int, c: int) -> str:
    text = "x^2"
    if b:
        text += f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    if c:
        text += f" {'+' if c > 0 else '-'} {abs(c)}"
    return text


def lin(m: int, c: int, var: str = "x") -> str:
    head = f"{'' if m == 1 else '-' if m == -1 else m}{var}"
    return head + (f" + {c}" if c > 0 else f" - {-c}" if c < 0 else "")


def dec(x: Fraction | float | str) -> str:
    """A terminating value written plainly."""
    return f"{float(F(x)):.6f}".rstrip("0").rstrip(".")


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------- maths with a chart

@fam
def solve_then_graph(rng):
    r1, r2 = sorted(rng.sample([-7, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6, 8, 9], 2))
    p = poly(-(r1 + r2), r1 * r2)
    text = pick(rng, f"solve {p} = 0 and plot y = {p}",
                f"Can you find the roots of {p} = 0 and then graph y = {p} for me?",
                f"{p} = 0 — solve it, and draw the graph of y = {p} please",
                f"hey, what are the solutions of {p}=0? also show me a plot of y={p}")
    return text, [root(r1), root(r2), PLOT]


@fam
def slope_value_plot(rng):
    a, b, x0 = rng.randint(2, 6), rng.randint(-9, 9), rng.randint(2, 9)
    c = rng.randint(-20, 20)
    f = f"{a}x^3 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)}"
    d = 3 * a * x0 * x0 + b
    text = pick(rng, f"For f(x) = {f}, what is f'({x0})? And plot f please.",
                f"differentiate {f} and evaluate the derivative at x = {x0}, then plot the function",
                f"plot y = {f} and tell me the slope of the curve at x={x0}")
    return text, [[str(d)], PLOT]


@fam
def area_under_and_plot(rng):
    a, k = rng.randint(1, 5), rng.randint(2, 6)
    b = rng.randint(1, 9)
    val = F(a * k**3, 3) + b * k
    f = f"{'' if a == 1 else a}x^2 + {b}"
    text = pick(rng, f"integrate {f} from 0 to {k}, and plot y = {f} too",
                f"What's the area under y = {f} between x = 0 and x = {k}? Draw the curve as well.",
                f"need the definite integral of {f} dx from 0 to {k} plus a graph of it")
    return text, [exact(val), PLOT]


@fam
def x_intercept_and_plot(rng):
    m = rng.choice([2, 3, 4, 5, -2, -3, -4])
    c = rng.randint(-15, 15)
    if c == 0 or F(-c, m).denominator not in (1, 2, 4, 5):
        return None
    x = F(-c, m)
    text = pick(rng, f"plot y = {lin(m, c)} and tell me where it crosses the x-axis",
                f"Where does the line y = {lin(m, c)} cut the x axis? Also graph it.",
                f"graph y={lin(m, c)} pls, and what's its x-intercept")
    return text, [[*root(x), f"({F(x)}, 0)", f"({dec(x)}, 0)", f"({dec(x)},0)"], PLOT]


@fam
def vertex_and_plot(rng):
    h, k = rng.randint(-6, 6), rng.randint(-9, 12)
    if h == 0:
        return None
    p = poly(-2 * h, h * h + k)
    text = pick(rng, f"What's the vertex of y = {p}? Plot it as well.",
                f"find the turning point of {p} and draw the parabola",
                f"plot y = {p} and tell me its lowest point")
    return text, [point(h, k), PLOT]


@fam
def two_lines_meet_plot(rng):
    x, y = rng.randint(-5, 6), rng.randint(-6, 9)
    m1, m2 = rng.sample([-3, -2, -1, 1, 2, 3, 4], 2)
    c1, c2 = y - m1 * x, y - m2 * x
    text = pick(rng, f"Plot y = {lin(m1, c1)} and y = {lin(m2, c2)} on the same graph — where do they meet?",
                f"where do y={lin(m1, c1)} and y={lin(m2, c2)} intersect? draw both lines too",
                f"Graph the lines y = {lin(m1, c1)} and y = {lin(m2, c2)} together and give me the crossing point")
    return text, [point(x, y), PLOT]


@fam
def value_at_point_plot(rng):
    a, b, c, x0 = rng.randint(1, 4), rng.randint(-9, 9), rng.randint(-12, 12), rng.randint(3, 12)
    p = poly(b, c).replace("x^2", f"{'' if a == 1 else a}x^2", 1)
    v = a * x0 * x0 + b * x0 + c
    if abs(v) < 10:
        return None
    text = pick(rng, f"f(x) = {p}. What is f({x0})? And can you plot f?",
                f"evaluate {p} at x = {x0} and sketch the graph",
                f"Plot g(x) = {p}, then tell me g({x0}).")
    return text, [[str(v)], PLOT]


@fam
def inequality_and_plot(rng):
    m, c = rng.randint(2, 7), rng.randint(-20, 20)
    t = rng.randint(5, 40)
    x = F(t - c, m)
    if x.denominator not in (1, 2, 4, 5):
        return None
    lhs = lin(m, c)
    xs = str(x)
    ans = [f"x > {xs}", f"x>{xs}"] + ([f"x > {dec(x)}", f"x>{dec(x)}"] if x.denominator != 1 else [])
    text = pick(rng, f"solve {lhs} > {t} and plot y = {lhs}",
                f"For which x is {lhs} > {t}? Show the graph of y = {lhs} too.")
    return text, [ans, PLOT]


# ---------------------------------------------------------------- two unrelated questions

CUP = [("1 cup = 240 ml", 240), ("one cup is 250 ml", 250), ("1 US cup = 236.6 ml", F("236.6"))]


@fam
def percent_and_cups(rng):
    p, base = rng.choice([5, 12, 15, 18, 20, 25, 35, 45]), rng.randrange(40, 900, 5)
    ml = rng.randrange(150, 1500, 25)
    rule, size = rng.choice(CUP)
    pv = F(p * base, 100)
    cups = F(ml) / F(size)
    text = pick(rng, f"what's {p}% of {base}, and how many cups is {ml} ml? ({rule}, 2 decimals)",
                f"Two quick ones: {p} percent of {base}? And {ml} ml in cups, using {rule} (to 2 dp)",
                f"{ml}ml to cups ({rule}, round to 2 decimals) — also what is {p}% of {base}")
    return text, [num(pv, 2), num(cups, 2)]


@fam
def tip_and_temperature(rng):
    bill = F(rng.randrange(1800, 16000), 100)
    tip = rng.choice([10, 15, 18, 20, 22])
    fahr = rng.randint(-5, 104)
    c = (F(fahr) - 32) * 5 / 9
    text = pick(rng, f"a {tip}% tip on ${dec(bill)}? also what is {fahr}°F in celsius (1 decimal)",
                f"Quick: what's {fahr} F in C to one decimal place, and how much is {tip}% of a ${dec(bill)} bill?",
                f"how much should I tip at {tip}% on ${dec(bill)}, and convert {fahr} degrees fahrenheit to celsius, 1 dp")
    return text, [money(bill * tip / 100) + num(bill * tip / 100, 4), num(c, 1)]


@fam
def sqrt_and_inches(rng):
    n = rng.randint(20, 999)
    if math.isqrt(n) ** 2 == n:
        return None
    cm = rng.randint(12, 240)
    inch = F(cm) / F("2.54")
    text = pick(rng, f"square root of {n} to 3 decimals, and {cm} cm in inches (2 decimals)?",
                f"Two things: how many inches is {cm}cm (2 dp, 1 in = 2.54 cm), and what is √{n} to 3 dp?",
                f"what's sqrt({n}) rounded to 3 decimal places? oh and {cm} centimetres in inches, 2 decimals")
    s = math.sqrt(n)
    if abs(s * 1000 - math.floor(s * 1000) - 0.5) < 0.01:
        return None
    return text, [list(dict.fromkeys([f"{s:.3f}", f"{s:.3f}".rstrip("0")])), num(inch, 2)]


@fam
def bmi_and_percent_change(rng):
    kg, cm = rng.randint(48, 120), rng.randint(150, 198)
    old, new = rng.randrange(40, 400, 2), rng.randrange(40, 400, 2)
    if old == new:
        return None
    bmi = F(kg) / (F(cm, 100) ** 2)
    ch = F(new - old, old) * 100
    text = pick(rng, f"What's my BMI at {kg} kg and {cm} cm? Separately, what's the percent change from {old} to {new}? (1 decimal for both)",
                f"bmi for {kg}kg, {cm}cm please — and percentage change {old} -> {new}, 1 dp each",
                f"Two unrelated questions: (a) {old} to {new} is what % change? (b) BMI of someone {cm} cm tall weighing {kg} kg? One decimal place.")
    drop = [f"{w}{v}%" for v in num(-ch, 1) for w in ("decreaseof", "dropof", "fallof", "down")] + [f"{v}%{w}" for v in num(-ch, 1) for w in ("decrease", "drop", "fall", "lower")]
    return text, [num(bmi, 1) + num(bmi, 2), pct(ch, 1) + (drop if ch < 0 else [])]


@fam
def days_between_and_kg(rng):
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    end = start + dt.timedelta(days=rng.randint(20, 200))
    lb = rng.randint(90, 320)
    kg = F(lb) * F("0.4536")
    text = pick(rng, f"how many days from {start:%B} {start.day} to {end:%B} {end.day} {end.year}? and what's {lb} lb in kg (1 lb = 0.4536 kg, 1 dp)",
                f"Convert {lb} pounds to kilograms (use 0.4536, one decimal). Also, number of days between {start.isoformat()} and {end.isoformat()}?")
    n = (end - start).days
    return text, [[f"{n} days"], num(kg, 1)]


@fam
def compound_and_gallons(rng):
    p, r, y = rng.randrange(1000, 20000, 500), rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 10)
    gal = rng.randint(3, 40)
    amt = F(p) * (1 + F(r, 100)) ** y
    lit = gal * F("3.785")
    text = pick(rng, f"If I put ${p} in at {r}% a year compounded yearly, what's it worth after {y} years? Also {gal} US gallons in litres (1 gal = 3.785 L).",
                f"{gal} gallons -> litres using 3.785 L/gal, and ${p} at {r}% annual compound interest for {y} years = ?")
    return text, [money(amt), num(lit, 2)]


@fam
def average_and_speed(rng):
    marks = [rng.randint(45, 99) for _ in range(rng.randint(4, 7))]
    km, mins = rng.randint(5, 60), rng.randrange(20, 180, 5)
    speed = F(km) / F(mins, 60)
    avg = F(sum(marks), len(marks))
    text = pick(rng, f"my test scores: {', '.join(map(str, marks))}. what's the average (2 dp)? unrelated: {km} km in {mins} minutes is what speed in km/h?",
                f"Average speed if I cycle {km} km in {mins} min? And the mean of {' '.join(map(str, marks))} to 2 decimals.")
    return text, [num(avg, 2), num(speed, 2)]


@fam
def fraction_and_feet(rng):
    a, b, c, d = rng.randint(1, 7), rng.randint(2, 9), rng.randint(1, 7), rng.randint(2, 9)
    s = F(a, b) + F(c, d)
    if F(a, b) >= 1 or F(c, d) >= 1 or s.denominator == 1:
        return None
    ft, inch = rng.randint(4, 6), rng.randint(0, 11)
    cm = (ft * 12 + inch) * F("2.54")
    text = pick(rng, f"what's {a}/{b} + {c}/{d} as a fraction, and how tall is {ft}'{inch}\" in cm (1 dp)?",
                f"Add {a}/{b} and {c}/{d} for me. Also my height is {ft} ft {inch} in — what's that in centimetres, to 1 decimal?")
    return text, [[str(s), f"{s.numerator}/{s.denominator}"], num(cm, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_then_graph, slope_value_plot, area_under_and_plot, x_intercept_and_plot,
    vertex_and_plot, two_lines_meet_plot, value_at_point_plot, inequality_and_plot,
    percent_and_cups, tip_and_temperature, sqrt_and_inches, bmi_and_percent_change,
    days_between_and_kg, compound_and_gallons, average_and_speed, fraction_and_feet)]
