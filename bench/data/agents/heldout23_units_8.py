"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 8: amounts written in
words, square and cubic yards, shift hours and fuel prices across units."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import (
    GAL,
    LB,
    MILE,
    YARD,
    F,
    Redraw,
    ampm,
    dec,
    fam,
    hm,
    near,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """A whole number below 1000 in words, as people type it."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    rest = n % 100
    return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))


@fam
def words_kg_to_pounds(rng: random.Random) -> Any:
    kg = rng.randint(21, 140)
    text = pick(rng, f"how many pounds is {words(kg)} kilos? one decimal",
                f"{words(kg).capitalize()} kg in lbs please (1 dp)")
    return text, num(kg / LB, 1)


@fam
def words_miles_to_km(rng: random.Random) -> Any:
    mi = rng.randint(3, 300)
    text = pick(rng, f"what's {words(mi)} miles in km? round to 1 decimal",
                f"I drive {words(mi)} miles each way - how many kilometres is that (1 dp)?")
    return text, num(mi * MILE, 1)


@fam
def words_fahrenheit(rng: random.Random) -> Any:
    f = rng.randint(20, 110)
    text = pick(rng, f"it's {words(f)} degrees fahrenheit, what's that in celsius? 1 decimal",
                f"{words(f).capitalize()} F to C? one decimal place")
    return text, num((f - 32) * F(5, 9), 1)


@fam
def words_gallons(rng: random.Random) -> Any:
    gal = rng.randint(2, 60)
    text = pick(rng, f"{words(gal).capitalize()} US gallons is how many litres? 2 dp",
                f"how many liters in {words(gal)} gallons (US)? two decimals")
    return text, num(gal * GAL, 2)


@fam
def square_yards(rng: random.Random) -> Any:
    a, b = dec(rng, 2, 8, 1), dec(rng, 2, 6, 1)
    text = pick(rng, f"Carpet is sold by the square yard. Room is {show(a)} m x {show(b)} m - how "
                     "many square yards? 2 dp",
                f"{show(a)} by {show(b)} metres in sq yd (1 yd = 0.9144 m)? 2 decimals")
    return text, num(a * b / (YARD * YARD), 2)


@fam
def cubic_yards_mulch(rng: random.Random) -> Any:
    ft_l, ft_w, inch = rng.randint(6, 40), rng.randint(2, 12), rng.choice([2, 3, 4])
    cy = F(ft_l * ft_w * inch, 12 * 27)
    text = pick(rng, f"Mulch bed {ft_l} ft x {ft_w} ft, {inch} inches deep. How many cubic yards? "
                     "2 dp",
                f"cubic yards of soil for a {ft_l}' by {ft_w}' area at {inch}\" depth? (27 cu ft "
                "per cu yd) 2 decimals")
    return text, num(cy, 2)


@fam
def shift_hours(rng: random.Random) -> Any:
    start = rng.randint(6 * 60, 11 * 60) // 15 * 15
    end = start + rng.randint(6 * 4, 11 * 4) * 15
    brk = rng.choice([0, 30, 45, 60])
    worked = end - start - brk
    note = f", with a {brk}-minute unpaid break" if brk else ", no break"
    text = pick(rng, f"I worked {ampm(start)} to {ampm(end)}{note}. How long did I work?",
                f"shift from {ampm(start)} until {ampm(end)}{note} - hours and minutes worked?")
    if worked % 60 == 0:
        return text, hm(worked)
    return text, hm(worked)[:-2]


@fam
def weekly_timecard(rng: random.Random) -> Any:
    days = [rng.randint(5 * 4, 10 * 4) * 15 for _ in range(5)]
    rate = dec(rng, 12, 40, 2)
    total = sum(days)
    listed = ", ".join(f"{d // 60}h{d % 60:02d}" for d in days)
    text = pick(rng, f"Mon-Fri I worked {listed}. At ${show(rate)} an hour, what's my pay?",
                f"timesheet: {listed}. hourly rate {show(rate)}. total wages?")
    return text, num(F(total, 60) * rate, 2)


@fam
def fuel_price_per_gallon(rng: random.Random) -> Any:
    per_l, rate = dec(rng, 1.4, 2.1, 3), dec(rng, 1.05, 1.25, 2)
    usd_gal = per_l * GAL * rate
    text = pick(rng, f"Petrol is €{show(per_l)} a litre. In US dollars per US gallon at 1 EUR = "
                     f"{show(rate)} USD? 2 dp",
                f"convert a fuel price of {show(per_l)} EUR/L into USD per US gallon (3.785411784 "
                f"L per gallon, 1 EUR = {show(rate)} USD), 2 decimals")
    return text, num(usd_gal, 2)


@fam
def min_per_mile_from_mph(rng: random.Random) -> Any:
    mph = dec(rng, 4, 12, 1)
    sec = F(3600) / mph
    if abs(sec - round(sec)) > F(2, 5) and abs(sec - round(sec)) < F(3, 5):
        raise Redraw
    m, s = divmod(round(sec), 60)
    text = pick(rng, f"treadmill at {show(mph)} mph - what's my pace per mile? (min:sec, nearest "
                     "second)",
                f"{show(mph)} miles per hour as a min/mile pace, to the second?")
    return text, [f"{m}:{s:02d}", f"{m}min{s}s", f"{m}min{s}sec", f"{m}m{s}s",
                  f"{m}minutes{s}seconds", f"{m}minutesand{s}seconds"]


@fam
def words_recipe_grams(rng: random.Random) -> Any:
    cups, name = rng.choice([(F(1, 4), "a quarter"), (F(1, 2), "half a"), (F(3, 4),
                                                                           "three quarters of a"),
                             (F(1, 3), "a third of a"), (F(2), "two"), (F(3), "three"),
                             (F(3, 2), "one and a half")])
    g, food = rng.choice([(120, "flour"), (200, "sugar"), (227, "butter"), (90, "oats"),
                          (185, "rice"), (100, "cocoa powder"), (340, "honey")])
    g += rng.choice([0, 5, -5])
    noun = "cups" if cups > 1 else "cup"
    text = pick(rng, f"{name} {noun} of {food} - how many grams if a cup weighs {g} g?",
                f"Recipe says {name} {noun} {food}. My cup of {food} is {g} grams. Grams needed?")
    grams = cups * g
    return text, num(grams, 1) + ([] if near(grams, 0) else whole(round(grams)))


@fam
def words_height(rng: random.Random) -> Any:
    ft, inch = rng.randint(4, 6), rng.randint(1, 11)
    text = pick(rng, f"my daughter is {words(ft)} foot {words(inch)}. in cm? 1 decimal",
                f"How tall in centimetres is {words(ft)} feet {words(inch)} inches (one decimal)?")
    return text, num((ft * 12 + inch) * F("2.54"), 1)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    words_kg_to_pounds, words_miles_to_km, words_fahrenheit, words_gallons, square_yards,
    cubic_yards_mulch, shift_hours, weekly_timecard, fuel_price_per_gallon,
    min_per_mile_from_mph, words_recipe_grams, words_height)]
