"""Round 21 (``F_a_*``, dev now) for ``muse bench agents``, math part 6: shopping deals,
everyday quantities, more algebra and probability told the way people type."""
# ruff: noqa: E501

from __future__ import annotations

import math
import random
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout21_math import NAMES, exact, fam, money, rounded
from bench.data.agents.heldout21_math_3 import duration
from bench.data.agents.helpers import Family

F = Fraction


@fam
def three_for_two(rng: random.Random) -> Any:
    p, n = F(rng.randint(99, 1500), 100), rng.randint(4, 14)
    paid = n - n // 3
    return f"candles are ${money(p)[0]} each, 3 for 2 (every third one free). I buy {n}. total?", money(p * paid)


@fam
def second_half(rng: random.Random) -> Any:
    a, b = F(rng.randint(1000, 9000), 100), F(rng.randint(1000, 9000), 100)
    if a == b:
        return None
    return f"buy one, get the second half price (the cheaper one is halved). I'm buying shoes at ${money(a)[0]} and ${money(b)[0]}. what do I pay? to the cent", \
        money(max(a, b) + min(a, b) / 2)


@fam
def tickets_fees(rng: random.Random) -> Any:
    n, p, fee, book = rng.randint(2, 8), rng.randint(15, 120), F(rng.randint(150, 600), 100), F(rng.randint(100, 500), 100)
    return f"{n} concert tickets at ${p} each, plus a ${money(fee)[0]} service fee per ticket and a ${money(book)[0]} booking fee per order. total?", \
        money(n * (p + fee) + book)


@fam
def packs_needed(rng: random.Random) -> Any:
    guests, per, pack = rng.randint(12, 120), rng.randint(1, 4), rng.choice([6, 8, 10, 12, 24])
    need = math.ceil(F(guests * per, pack))
    thing = rng.choice(["hot dog buns", "paper plates", "juice boxes", "cupcakes"])
    return f"party for {guests} guests, {per} {thing} each, sold in packs of {pack}. how many packs?", exact(need)


@fam
def change_due(rng: random.Random) -> Any:
    prices = [F(rng.randint(99, 2500), 100) for _ in range(rng.randint(2, 4))]
    tot = sum(prices)
    note = next(n for n in (20, 50, 100) if n > tot)
    return f"groceries: {', '.join('$' + money(x)[0] for x in prices)}. I pay with a ${note} bill. change?", money(note - tot)


@fam
def per_person_excl(rng: random.Random) -> Any:
    total, n = rng.randint(60, 600), rng.randint(3, 9)
    who = rng.choice(NAMES)
    return f"it's {who}'s birthday, so the other {n} of us split the ${total} dinner and {who} pays nothing. how much does each of us pay? to the cent", money(F(total, n))


@fam
def gpa(rng: random.Random) -> Any:
    cr = [rng.choice([2, 3, 4]) for _ in range(4)]
    gr = [rng.choice([4, 3, 2, 1]) for _ in range(4)]
    letters = {4: "A", 3: "B", 2: "C", 1: "D"}
    v = F(sum(c * g for c, g in zip(cr, gr, strict=True)), sum(cr))
    desc = ", ".join(f"{letters[g]} in a {c}-credit course" for c, g in zip(cr, gr, strict=True))
    return f"GPA (A=4, B=3, C=2, D=1, weighted by credits) for: {desc}? 2 dp", rounded(v)


@fam
def dose_weight(rng: random.Random) -> Any:
    kg, mg = rng.randint(8, 90), rng.choice([5, 10, 15, 20])
    return f"a dose is {mg} mg per kg of body weight. how many mg for someone who weighs {kg} kg?", exact(kg * mg)


@fam
def photos_fit(rng: random.Random) -> Any:
    gb, mb = rng.choice([16, 32, 64, 128, 256]), F(rng.randint(25, 120), 10)
    n = int(gb * 1000 / mb)
    return f"how many {float(mb):g} MB photos fit on a {gb} GB card? (1 GB = 1000 MB, whole photos)", exact(n)


@fam
def charge_time(rng: random.Random) -> Any:
    kwh, kw = rng.randint(20, 100), rng.choice([7, 11, 22, 50])
    t = F(kwh * 60, kw)
    return f"how long does it take to put {kwh} kWh into a car with a {kw} kW charger (ignore losses)? nearest minute", \
        (lambda m: [f"{m // 60} h {m % 60} min", f"{m // 60}h {m % 60}m", f"{m // 60} hours {m % 60} minutes", f"{m // 60} hours and {m % 60} minutes", f"{m} minutes", f"{m // 60}:{m % 60:02d}", *duration(m)])(round(t)) \
        if abs(t - round(t) - F(1, 2)) > F(1, 100) and abs(t - round(t) + F(1, 2)) > F(1, 100) else None


@fam
def digits_num(rng: random.Random) -> Any:
    t = rng.randint(1, 8)
    u = rng.randint(1, 9)
    if u == t:
        return None
    n = 10 * t + u
    rev = 10 * u + t
    d = abs(n - rev)
    return f"a two-digit number's digits add to {t + u}. reversing the digits {'increases' if rev > n else 'decreases'} it by {d}. what's the number?", exact(n)


@fam
def prob_not(rng: random.Random) -> Any:
    r, g, b = rng.randint(1, 12), rng.randint(1, 12), rng.randint(1, 12)
    c = rng.choice(["red", "green", "blue"])
    n = {"red": r, "green": g, "blue": b}[c]
    return f"a jar holds {r} red, {g} green and {b} blue sweets. pick one at random: probability it's NOT {c}?", exact(F(r + g + b - n, r + g + b))


@fam
def birthday_two(rng: random.Random) -> Any:
    n = rng.randint(5, 60)
    p = 1 - math.prod(F(365 - i, 365) for i in range(n))
    if rng.random() < .5:
        return f"{n} people in a room — what are the odds (as a probability, 4 dp) that two or more have the same birthday? assume 365 equally likely days", rounded(p, 4)
    return f"in a group of {n} people, probability at least two share a birthday (365 days, ignore leap years)? 4 dp", rounded(p, 4)


@fam
def lottery(rng: random.Random) -> Any:
    n, k = rng.randint(30, 70), rng.choice([4, 5, 6, 7])
    return f"a lottery draws {k} numbers from 1 to {n}. how many possible tickets (order doesn't matter)?", exact(math.comb(n, k))


@fam
def stock_gain(rng: random.Random) -> Any:
    sh, buy = rng.randint(5, 200), F(rng.randint(1000, 30000), 100)
    sell = buy + F(rng.randint(-3000, 6000), 100)
    if sell <= 0:
        return None
    return f"bought {sh} shares at ${money(buy)[0]}, sold at ${money(sell)[0]}. total profit (negative for a loss)?", \
        (money(sh * (sell - buy)) or []) + ([f"{w}{m}" for m in money(sh * (buy - sell)) or [] for w in ("loss of $", "loss of ", "lost $", "loss: $", "loss $")] if sell < buy else [])


@fam
def cups_water(rng: random.Random) -> Any:
    ml, cup = rng.randint(15, 40) * 100, rng.choice([200, 250, 300, 330, 350])
    return f"I want to drink {ml} ml of water today using a {cup} ml cup. how many full cups is that, rounded up?", exact(math.ceil(F(ml, cup)))


@fam
def reading_days(rng: random.Random) -> Any:
    pages, per, done = rng.randint(150, 900), rng.randint(12, 60), rng.randint(0, 100)
    if done >= pages:
        return None
    who = rng.choice(NAMES)
    return f"{who}'s book has {pages} pages and they've read {done}. at {per} pages a day, how many more days to finish (count a part day as a day)?", exact(math.ceil(F(pages - done, per)))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    three_for_two, second_half, tickets_fees, packs_needed, change_due, per_person_excl, gpa,
    dose_weight, photos_fit, charge_time, digits_num, prob_not, birthday_two, lottery, stock_gain,
    cups_water, reading_days)]
