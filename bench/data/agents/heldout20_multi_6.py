"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 6: numbered lists of two
to four small tasks across maths, units, money, health and charts."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math

from bench.data.agents.heldout20_multi import (
    MONTHS,
    PLOT,
    F,
    Redraw,
    clock,
    day,
    dec,
    exact,
    fam,
    hm,
    lin,
    money,
    num,
    pct,
    point,
    root,
    split,
)
from bench.data.agents.helpers import Family

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def numbered(rng, tasks):
    style = rng.choice(["1) ", "1. ", "a) ", "- "])
    out = []
    for i, t in enumerate(tasks):
        lead = style.replace("1", str(i + 1)).replace("a", "abcd"[i]) if style != "- " else "- "
        out.append(lead + t)
    head = rng.choice(["", "Can you do these for me:\n", "few quick things\n", "Please answer all of these:\n"])
    return head + "\n".join(out)


@fam
def list_pct_temp_product(rng):
    p, base = rng.choice([7, 12, 15, 17, 22, 35, 65]), rng.randrange(60, 2000, 10)
    c = rng.randint(-20, 45)
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    text = numbered(rng, [f"{p}% of {base}", f"{c}°C in Fahrenheit", f"{a} x {b}"])
    return text, [num(F(p * base, 100), 2), num(F(c) * 9 / 5 + 32, 1), [str(a * b), f"{a * b:,}"]]


@fam
def list_shopping_tax_euros(rng):
    n1, p1 = rng.randint(2, 6), F(rng.randrange(150, 1500, 5), 100)
    n2, p2 = rng.randint(2, 6), F(rng.randrange(150, 1500, 5), 100)
    tax = rng.choice([5, 6, 7, 8, 10])
    rate = F(rng.choice(["0.92", "0.91", "0.86"]))
    sub = n1 * p1 + n2 * p2
    tot = sub * (100 + tax) / 100
    text = numbered(rng, [f"{n1} notebooks at ${float(p1):.2f} plus {n2} pens at ${float(p2):.2f} — subtotal?", f"that plus {tax}% tax", f"the taxed total in euros at 1 USD = {dec(rate)} EUR"])
    return text, [money(sub), money(tot), split(tot, 1, rate)]


@fam
def list_kitchen_conversions(rng):
    fahr = rng.choice([325, 350, 375, 400, 425, 450])
    cups = F(rng.choice([1, 3, 5, 7, 9]), 4) + rng.randint(0, 2)
    gpc = rng.choice([120, 125, 130])
    mult = rng.choice([2, 3])
    text = numbered(rng, [f"{fahr}°F in °C (1 dp)", f"{dec(cups)} cups of flour in grams at {gpc} g per cup", f"{dec(F(3, 4))} cup of sugar multiplied by {mult}, in cups"])
    su = F(3, 4) * mult
    return text, [num((F(fahr) - 32) * 5 / 9, 1), [f"{v} g" for v in num(cups * gpc, 1) + num(cups * gpc, 0)] + [f"{v}g" for v in num(cups * gpc, 1) + num(cups * gpc, 0)], [f"{v} cups" for v in exact(su)] + [f"{v} cup" for v in exact(su)] + ([f"{su.numerator // su.denominator} {su - su.numerator // su.denominator} cups"] if su.denominator != 1 else [])]


@fam
def list_road_trip(rng):
    mi = rng.randint(80, 600)
    cons = F(rng.randrange(45, 95), 10)
    price = F(rng.randrange(150, 215), 100)
    km = mi * F("1.609")
    lit = km * cons / 100
    text = numbered(rng, [f"{mi} miles in km (1 mile = 1.609 km)", f"fuel needed at {dec(cons)} L/100 km", f"fuel cost at €{float(price):.2f}/L"])
    lr = F(round(km * 100), 100) * cons / 100
    return text, [num(km, 2) + num(km, 1) + num(km, 3), num(lit, 2) + num(lit, 1), money(lit * price) + money(F(round(lit * 100), 100) * price) + money(lr * price)]


@fam
def list_school_math(rng):
    a, x = rng.randint(2, 9), rng.randint(-8, 15)
    b = rng.randint(-20, 20)
    r = rng.randint(2, 15)
    e = rng.randint(6, 15)
    text = numbered(rng, [f"solve {lin(a, b)} = {a * x + b}", f"area of a circle with radius {r} cm (2 dp)", f"2^{e}"])
    return text, [root(x), num(math.pi * r * r, 2), [str(2 ** e), f"{2 ** e:,}"]]


@fam
def list_fitness(rng):
    kg, cm = rng.randint(50, 120), rng.randint(150, 200)
    km = rng.choice([5, 10, 21.1, 42.2])
    mins = rng.randint(int(km * 4), int(km * 7))
    text = numbered(rng, [f"BMI for {kg} kg, {cm} cm", f"{km} km in miles (1 mi = 1.609 km, 2 dp)", f"my pace per km if I run it in {mins} minutes (min:sec)"])
    p = F(mins * 60) / F(str(km))
    pm, ps = divmod(p, 60)
    if ps.denominator != 1 and abs(ps - math.floor(ps) - F(1, 2)) < F(1, 50):
        raise Redraw
    s = int(ps + F(1, 2))
    if s == 60:
        raise Redraw
    b = F(kg) / F(cm, 100) ** 2
    return text, [num(b, 2) + num(b, 1), num(F(str(km)) / F("1.609"), 2), [f"{pm}:{s:02d}"]]


@fam
def list_interest_compare(rng):
    p, r, y = rng.randrange(1000, 20000, 250), rng.choice([3, 4, 5, 6, 7]), rng.randint(3, 12)
    si = p * F(r, 100) * y
    ci = p * (1 + F(r, 100)) ** y - p
    text = numbered(rng, [f"simple interest on ${p:,} at {r}% a year for {y} years", "the same but compounded annually (interest only)", "the difference between them"])
    return text, [money(si), money(ci), money(ci - si)]


@fam
def list_flooring(rng):
    w, ln = F(rng.randrange(25, 70), 10), F(rng.randrange(30, 90), 10)
    per = F(rng.randrange(199, 799), 100)
    a = w * ln
    sq = a * F("10.764")
    text = numbered(rng, [f"area of a {dec(w)} m by {dec(ln)} m room", "that in square feet (1 m² = 10.764 ft²)", f"flooring cost at ${float(per):.2f} per sq ft (from the unrounded sq ft)"])
    return text, [num(a, 2), num(sq, 2) + num(sq, 1), money(sq * per)]


@fam
def list_dates(rng):
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    n = rng.randint(10, 200)
    t = d + dt.timedelta(days=n)
    x = dt.date(2026, 12, 25)
    if d >= x:
        raise Redraw
    text = numbered(rng, [f"how many days from {d.day} {MONTHS[d.month - 1]} 2026 to Christmas Day 2026", f"what date is {n} days after {d.day} {MONTHS[d.month - 1]} 2026", "what weekday is that"])
    return text, [[f"{(x - d).days} days"], day(t), [WEEKDAYS[t.weekday()]]]


@fam
def list_stats_then_chart(rng):
    vals = [rng.randint(5, 95) for _ in range(rng.randint(5, 8))]
    text = numbered(rng, [f"mean of {', '.join(map(str, vals))} (2 dp)", "the median", "a bar chart of them"])
    med = sorted(vals)[len(vals) // 2] if len(vals) % 2 else F(sorted(vals)[len(vals) // 2 - 1] + sorted(vals)[len(vals) // 2], 2)
    if med in vals:
        raise Redraw
    return text, [num(F(sum(vals), len(vals)), 2), num(med, 1) + num(med, 2), PLOT]


@fam
def list_baby_feeds(rng):
    lb, oz = rng.randint(5, 10), rng.randint(0, 15)
    per = rng.choice([150, 160, 180])
    feeds = rng.choice([6, 7, 8])
    kg = (lb * 16 + oz) * F("28.35") / 1000
    day = kg * per
    text = numbered(rng, [f"baby weighs {lb} lb {oz} oz — in kg? (1 oz = 28.35 g, 2 dp)", f"daily milk at {per} ml per kg", f"per feed if {feeds} feeds a day"])
    r = F(round(kg * 100), 100) * per
    return text, [num(kg, 2), num(day, 1) + num(day, 0) + num(r, 1) + num(r, 0), num(day / feeds, 1) + num(day / feeds, 0) + num(r / feeds, 1) + num(r / feeds, 0)]


@fam
def list_garden_bed(rng):
    w, ln = F(rng.randrange(6, 30), 10), F(rng.randrange(10, 60), 10)
    d = F(rng.choice([15, 20, 25, 30]), 100)
    bag = rng.choice([40, 50, 60, 75])
    a = w * ln
    vol = a * d * 1000
    bags = math.ceil(vol / bag)
    text = numbered(rng, [f"area of a raised bed {dec(w)} m x {dec(ln)} m", f"litres of soil to fill it {int(d * 100)} cm deep (1 m³ = 1000 L)", f"how many {bag} L bags to buy"])
    return text, [num(a, 2), num(vol, 1) + num(vol, 0), [f"{bags} bags", f"{bags} bag"]]


@fam
def list_speed_units(rng):
    mps = F(rng.randrange(20, 400), 10)
    text = numbered(rng, [f"{dec(mps)} m/s in km/h", "and in mph (1 mile = 1609.344 m, 2 dp)", "how long to cover 100 m at that speed, in seconds (2 dp)"])
    return text, [num(mps * F("3.6"), 2) + num(mps * F("3.6"), 1), num(mps * 3600 / F("1609.344"), 2), num(100 / mps, 2)]


@fam
def list_party_pizza(rng):
    guests = rng.randint(8, 40)
    slices = rng.choice([2, 3])
    per = rng.choice([8, 10, 12])
    price = F(rng.randrange(999, 1899, 50), 100)
    n = math.ceil(F(guests * slices, per))
    text = numbered(rng, [f"{guests} guests eating {slices} slices each, pizzas have {per} slices — how many pizzas", f"cost at ${float(price):.2f} a pizza", "cost per guest"])
    return text, [[f"{n} pizzas"], money(n * price), split(n * price, guests)]


@fam
def list_travel_money(rng):
    eur = rng.randrange(200, 3000, 50)
    rate = F(rng.choice(["1.08", "1.09", "1.1", "1.17"]))
    fee = F(rng.choice([15, 20, 25, 30]), 10) if rng.random() < 0.5 else rng.choice([2, 3])
    days = rng.randint(3, 14)
    usd = eur * rate
    after = usd * (100 - F(fee)) / 100
    text = numbered(rng, [f"€{eur} in USD at 1 EUR = {dec(rate)} USD", f"what's left after a {dec(fee)}% exchange fee", f"daily budget over {days} days"])
    return text, [money(usd), split(usd * (100 - F(fee)) / 100, 1), split(after, days)]


@fam
def list_gcd_lcm(rng):
    a, b = rng.randint(12, 180), rng.randint(12, 180)
    g = math.gcd(a, b)
    if g == 1 or a == b:
        raise Redraw
    text = numbered(rng, [f"GCD of {a} and {b}", f"LCM of {a} and {b}", f"{a}/{b} in lowest terms"])
    fr = F(a, b)
    return text, [[f"gcd is {g}", f"gcd = {g}", f"gcd: {g}", f"gcd({a}, {b}) = {g}", f"greatest common divisor is {g}", f"gcd of {a} and {b} is {g}"], [str(a * b // g), f"{a * b // g:,}"], [f"{fr.numerator}/{fr.denominator}"]]


@fam
def list_system_plot(rng):
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    a1, b1, a2, b2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.choice([-1, -2, -3])
    if a1 * b2 - a2 * b1 == 0:
        raise Redraw
    c1, c2 = a1 * x + b1 * y, a2 * x + b2 * y
    def co(k):
        return "" if k == 1 else str(k)
    e1 = f"{co(a1)}x + {co(b1)}y = {c1}"
    e2 = f"{co(a2)}x - {co(-b2)}y = {c2}"
    text = numbered(rng, [f"solve {e1}, {e2}", "plot both lines on one graph"])
    return text, [[f"x = {x}", f"x={x}", *point(x, y)], [f"y = {y}", f"y={y}", *point(x, y)], PLOT]


@fam
def list_percent_mix(rng):
    part, whole = rng.randint(5, 90), rng.randrange(40, 400, 4)
    if part >= whole:
        raise Redraw
    inc = rng.choice([5, 8, 12, 15, 25])
    base = rng.randrange(80, 900, 5)
    gross = F(rng.randrange(1200, 30000), 100)
    vat = 20
    text = numbered(rng, [f"{part} is what percent of {whole}? (1 dp)", f"increase {base} by {inc}%", f"price with {vat}% VAT included is £{float(gross):.2f} — price before VAT?"])
    return text, [pct(F(part * 100, whole), 1), num(F(base * (100 + inc), 100), 2), money(gross * 100 / (100 + vat))]


@fam
def list_time_zones(rng):
    start = rng.randrange(5 * 60, 20 * 60, 5)
    dur = rng.randrange(70, 600, 5)
    shift = rng.choice([-8, -6, -5, -3, 1, 2, 3, 5, 9])
    end = start + dur
    text = numbered(rng, [f"{hm(start)} plus {dur // 60}h {dur % 60}min", "that time in 12-hour format", f"and what time is it then in a zone {abs(shift)} hours {'ahead' if shift > 0 else 'behind'}"])
    return text, [clock(end), [c for c in clock(end) if "m" in c], clock(end + shift * 60)]


@fam
def list_calculus_plot(rng):
    a, b, c = rng.randint(1, 4), rng.randint(-6, 6), rng.randint(-9, 9)
    x0, up = rng.randint(1, 5), rng.randint(2, 4)
    f = f"{'' if a == 1 else a}x^2 {'+' if b >= 0 else '-'} {abs(b)}x {'+' if c >= 0 else '-'} {abs(c)}"
    d = 2 * a * x0 + b
    integ = F(a * up**3, 3) + F(b * up**2, 2) + c * up
    text = numbered(rng, [f"derivative of f(x) = {f} at x = {x0}", f"integral of f from 0 to {up}", "plot f"])
    return text, [[f"f'({x0}) = {d}", f"f'({x0})={d}", f"= {d}", f"is {d}", f"{d}"], exact(integ), PLOT]


@fam
def list_salary(rng):
    hourly = F(rng.randrange(1500, 6000, 25), 100)
    hrs = rng.choice([35, 37.5, 40])
    rate = F(rng.choice(["0.92", "0.86", "1.27"]))
    cur = "EUR" if rate < 1 else "USD"
    src = "USD" if rate < 1 else "GBP"
    year = hourly * F(str(hrs)) * 52
    text = numbered(rng, [f"annual pay at {src} {float(hourly):.2f}/hour, {hrs} hours a week, 52 weeks", "monthly (divide by 12)", f"the annual figure in {cur} at 1 {src} = {dec(rate)} {cur}"])
    return text, [money(year), money(year / 12), money(year * rate)]


@fam
def list_probability(rng):
    n = rng.randint(2, 4)
    k = rng.randint(3, 6)
    N, r = rng.randint(6, 15), rng.randint(2, 5)
    text = numbered(rng, [f"probability of rolling {n} sixes with {n} dice (as a fraction)", f"probability of at least one head in {k} coin flips", f"how many ways to choose {r} from {N}"])
    return text, [[f"1/{6 ** n}"], [f"{2 ** k - 1}/{2 ** k}", *num(F(2 ** k - 1, 2 ** k), 4), *pct(F(2 ** k - 1, 2 ** k) * 100, 2)], [str(math.comb(N, r)), f"{math.comb(N, r):,}"]]


@fam
def list_geometry(rng):
    a, b = rng.choice([(3, 4), (5, 12), (8, 15), (7, 24), (6, 8), (9, 12), (20, 21)])
    k = rng.randint(1, 3)
    a, b = a * k, b * k
    c = math.isqrt(a * a + b * b)
    r = rng.randint(2, 30)
    text = numbered(rng, [f"hypotenuse of a right triangle with legs {a} and {b}", "area of that triangle", f"circumference of a circle with radius {r} (2 dp)"])
    ar = F(a * b, 2)
    return text, [[str(c), f"hypotenuse is {c}", f"= {c}", f"{c} units", f"c = {c}", f"hypotenuse: {c}", f"hypotenuse = {c}", f"hypotenuse of {c}"], num(ar, 1) + num(ar, 0), num(2 * math.pi * r, 2)]


@fam
def list_cooking_metric(rng):
    g = rng.randrange(100, 1000, 25)
    c = rng.choice([160, 170, 180, 190, 200, 220])
    ml = rng.randrange(250, 2000, 50)
    text = numbered(rng, [f"{g} g in ounces (1 oz = 28.35 g, 2 dp)", f"{c}°C in °F", f"{ml} ml in cups (1 cup = 240 ml, 2 dp)"])
    return text, [num(F(g) / F("28.35"), 2), num(F(c) * 9 / 5 + 32, 1) + num(F(c) * 9 / 5 + 32, 0), num(F(ml, 240), 2)]


@fam
def list_health_trio(rng):
    sex = rng.choice(["male", "female"])
    kg, cm, age = rng.randint(48, 120), rng.randint(150, 198), rng.randint(18, 75)
    text = numbered(rng, [f"BMI ({kg} kg, {cm} cm)", f"BMR by Mifflin-St Jeor ({sex}, age {age})", "water at 35 ml per kg, in litres"])
    b = F(kg) / F(cm, 100) ** 2
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "male" else -161)
    return text, [num(b, 2) + num(b, 1), num(bmr, 2) + num(bmr, 0), num(F(35 * kg, 1000), 2) + num(F(35 * kg, 1000), 3)]


@fam
def list_fraction_forms(rng):
    d = rng.choice([8, 16, 20, 25, 40])
    n = rng.randint(1, d - 1)
    x = F(n, d)
    if x.denominator < 4:
        raise Redraw
    mins = F(rng.randrange(5, 60), 4)
    y = F(rng.randint(1, 15), 16)
    if y == x:
        raise Redraw
    text = numbered(rng, [f"{dec(x)} as a fraction in lowest terms", f"{y.numerator}/{y.denominator} as a percentage", f"{dec(mins)} hours in minutes"])
    return text, [[f"{x.numerator}/{x.denominator}"], pct(y * 100, 2), [f"{v} minutes" for v in num(mins * 60, 1) + num(mins * 60, 0)] + [f"{v} min" for v in num(mins * 60, 1) + num(mins * 60, 0)]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    list_pct_temp_product, list_shopping_tax_euros, list_kitchen_conversions, list_road_trip,
    list_school_math, list_fitness, list_interest_compare, list_flooring, list_dates,
    list_stats_then_chart, list_baby_feeds, list_garden_bed, list_speed_units, list_party_pizza, list_travel_money,
    list_gcd_lcm, list_system_plot, list_percent_mix, list_time_zones, list_calculus_plot,
    list_salary, list_probability, list_geometry, list_cooking_metric, list_health_trio,
    list_fraction_forms)]
