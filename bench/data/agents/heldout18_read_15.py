"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 15: receipts with middle
items and part-taxed lines, and screenshots of bike computers, scales, tariffs, invoices,
photos, lawns and exam timetables."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout18_read import (
    Made,
    family,
    hm,
    money,
    number,
    receipt,
    shot,
    span,
)
from bench.data.agents.helpers import Family


@family
def middle_sum(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 5))
    mid = sorted(c for _, c in lines)[1:-1]
    return (rng.choice(["Leaving out both the cheapest and the most expensive item, what do the "
                        "rest add up to?",
                        "what's the total of everything here apart from the priciest and the "
                        "cheapest things?"]), [money(sum(mid), True)], recipe)


@family
def tax_on_some(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["market", "chemist"]), count=(3, 5))
    taxed = rng.sample(lines, rng.randint(1, len(lines) - 1))
    rate = rng.choice([5, 6, 7, 8, 9, 10])
    low = [n.lower() for n, _ in taxed]
    names = low[0] if len(low) == 1 else ", ".join(low[:-1]) + " and " + low[-1]
    value = Fraction(sum(c for _, c in lines), 100) + Fraction(sum(c for _, c in taxed) * rate,
                                                               10000)
    return (f"These prices are before tax. Only the {names} get {rate}% sales tax; the rest is "
            "exempt. What's the total with tax? (nearest cent)", [money(value)], recipe)


@family
def wheel_distance(rng: random.Random) -> Made:
    circ = rng.randint(1950, 2300)
    revs = rng.randint(2000, 60000)
    rows = [f"Wheel size: {circ:,} mm", f"Wheel revolutions: {revs:,}", "Sensor: front"]
    return ("Each revolution covers the wheel size shown. How far did I ride, in km to two "
            "decimals?", [number(Fraction(circ * revs, 1000000), 2)],
            shot(rng, "Bike Computer", rows))


@family
def lean_mass(rng: random.Random) -> Made:
    kg = Fraction(rng.randint(480, 1250), 10)
    fat = Fraction(rng.randint(90, 380), 10)
    rows = [f"Weight: {float(kg):.1f} kg", f"Body fat: {float(fat):.1f}%", "Water: 55%"]
    return ("How many kg of me is NOT fat, according to this scale? one decimal",
            [number(kg * (100 - fat) / 100, 1)], shot(rng, "Smart Scale", rows))


@family
def tou_bill(rng: random.Random) -> Made:
    peak, off = rng.randint(250, 450), rng.randint(80, 200)
    up, uo = rng.randint(60, 400), rng.randint(80, 500)
    standing = rng.randint(30, 70)
    days = rng.choice([30, 31])
    cur = rng.choice(["£", "€", "$"])
    rows = [f"Peak: {up} kWh @ {cur}0.{peak // 10:02d}{peak % 10}/kWh",
            f"Off-peak: {uo} kWh @ {cur}0.{off // 10:02d}{off % 10}/kWh",
            f"Standing charge: {cur}0.{standing:02d}/day", f"Days: {days}"]
    value = Fraction(up * peak + uo * off, 1000) + Fraction(standing * days, 100)
    return ("What should this month's electricity bill come to, standing charge included? To "
            "the cent.", [money(value)], shot(rng, "Energy Usage", rows))


@family
def invoice_with_vat(rng: random.Random) -> Made:
    hours = Fraction(rng.randint(8, 160), 2)
    rate = rng.randrange(25, 150, 5)
    vat = rng.choice([20, 21, 19, 23])
    cur = rng.choice(["£", "€"])
    rows = [f"Hours: {float(hours):g}", f"Rate: {cur}{rate}/h", f"VAT: {vat}%",
            "Due: 30 days"]
    return ("What's the invoice total including VAT?",
            [money(hours * rate * Fraction(100 + vat, 100))], shot(rng, "Invoice Draft", rows))


@family
def print_size(rng: random.Random) -> Made:
    w = rng.randrange(2400, 8000, 8)
    h = w * 2 // 3
    dpi = rng.choice([150, 200, 240, 300])
    rows = [f"Dimensions: {w} x {h}", f"Camera: X-{rng.randint(100, 999)}", "Format: JPEG"]
    return (f"At {dpi} dpi, how big would this photo print, in inches? (width and height, one "
            "decimal each)", [number(Fraction(w, dpi), 1), number(Fraction(h, dpi), 1)],
            shot(rng, "Photo Info", rows))


@family
def lawn_seed(rng: random.Random) -> Made:
    a, b = Fraction(rng.randint(30, 200), 10), Fraction(rng.randint(20, 120), 10)
    rate = rng.choice([25, 30, 35, 40, 50])
    rows = [f"Lawn: {float(a):.1f} m x {float(b):.1f} m", f"Sow at {rate} g per sq m",
            "Best: Sept - Oct"]
    return ("How many kilograms of grass seed do I need for this lawn? two decimals",
            [number(a * b * rate / 1000, 2)], shot(rng, "Garden Planner", rows))


@family
def exam_total_time(rng: random.Random) -> Made:
    papers = []
    t = rng.randrange(8 * 60 + 30, 10 * 60, 15)
    for _ in range(rng.randint(2, 3)):
        length = rng.choice([45, 60, 75, 90, 105, 120, 135])
        papers.append((t, length))
        t += length + rng.choice([30, 45, 60, 90])
    rows = [f"Paper {i + 1}: {hm(s)} - {hm(s + n)}" for i, (s, n) in enumerate(papers)]
    return ("How much time will I spend actually sitting exams tomorrow, all papers together?",
            [span(sum(n for _, n in papers))], shot(rng, "Exam Timetable", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    middle_sum, tax_on_some, wheel_distance, lean_mass, tou_bill, invoice_with_vat, print_size,
    lawn_seed, exam_total_time)]
