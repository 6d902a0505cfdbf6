"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part nine: quick sums typed
in passing, conversions between fractions and percentages, times added up, and number
facts inside everyday problems."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, pct, tie, unit, whole
from bench.data.agents.helpers import Family, Item, fresh, item


def money(v: F) -> str:
    return f"{float(v):,.2f}"


# --- quick sums ------------------------------------------------------------------------

def k_calc_word(rng: random.Random) -> Item:  # "calc" and an expression
    a, b, c = rng.randint(100, 9999), rng.randint(100, 9999), rng.randint(10, 999)
    return item("K_a_calc_word", "math", f"calc {a} + {b} - {c}", [whole(a + b - c)])


def k_plus_commas(rng: random.Random) -> Item:  # thousands written with commas
    a, b = rng.randint(1000, 99999), rng.randint(1000, 99999)
    return item("K_a_plus_commas", "math", f"what's {a:,} plus {b:,}?", [whole(a + b)])


def k_subtract_from(rng: random.Random) -> Item:  # "subtract a from b"
    a, b = rng.randint(100, 999), rng.randint(1000, 5000)
    return item("K_a_subtract_from", "math", f"Subtract {a} from {b:,}.", [whole(b - a)])


def k_goes_into(rng: random.Random) -> Item:  # how many whole times one number fits
    d, n = rng.randint(7, 40), rng.randint(200, 2000)
    if n % d == 0:
        return k_goes_into(rng)
    return item("K_a_goes_into", "math", f"how many whole times does {d} go into {n}?",
                [whole(n // d)])


def k_pct_of_bill(rng: random.Random) -> Item:  # a percentage of a bill, chatty
    bill = F(rng.randint(1500, 30000), 100)
    p = rng.choice([F(25, 2), F(35, 2), F(15, 2), F(8), F(11)])
    v = bill * p / 100
    if tie(v):
        return k_pct_of_bill(rng)
    return item("K_a_pct_of_bill", "math", f"my bill was {money(bill)}, what's {float(p):g} "
                "percent of that?", [dec(v)])


def k_increase_by(rng: random.Random) -> Item:  # "increase by" a percentage
    n, p = rng.randint(100, 5000), F(rng.choice([25, 75, 125, 175, 225]), 10)
    v = n * (1 + p / 100)
    if tie(v):
        return k_increase_by(rng)
    return item("K_a_increase_by", "math", f"Increase {n:,} by {float(p):g}%", [dec(v)])


def k_reduce_by(rng: random.Random) -> Item:  # "reduce by" a percentage
    n, p = rng.randint(100, 5000), rng.choice([3, 6, 8, 12, 16, 24])
    v = F(n * (100 - p), 100)
    if tie(v):
        return k_reduce_by(rng)
    return item("K_a_reduce_by", "math", f"reduce {n:,} by {p}%", [dec(v)])


TRIPLES = [(9, 40, 41), (8, 15, 17), (20, 21, 29), (12, 35, 37), (11, 60, 61), (28, 45, 53),
           (33, 56, 65), (16, 63, 65), (48, 55, 73), (13, 84, 85)]


def k_root_of_squares(rng: random.Random) -> Item:  # a root of a sum of squares
    a, b, c = rng.choice(TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    return item("K_a_root_of_squares", "math", f"square root of ({a}^2 + {b}^2)", [whole(c)])


def k_negative_base(rng: random.Random) -> Item:  # a negative number to an odd power
    b, e = rng.randint(2, 9), rng.choice([3, 5, 7])
    return item("K_a_negative_base", "math", f"(-{b})^{e} = ?", [whole((-b) ** e)])


def k_big_product(rng: random.Random) -> Item:  # a six-digit by three-digit product
    a, b = rng.randint(100000, 999999), rng.randint(100, 999)
    return item("K_a_big_product", "math", f"{a} × {b}", [whole(a * b)])


def k_decimal_div(rng: random.Random) -> Item:  # dividing by a decimal
    d = F(rng.choice([5, 25, 125, 2, 4, 75]), 100)
    q = rng.randint(3, 400)
    return item("K_a_decimal_div", "math", f"What's {float(d * q):g} divided by {float(d):g}?",
                [whole(q)])


WORD_FRACS = {"two thirds": F(2, 3), "three quarters": F(3, 4), "four fifths": F(4, 5),
              "a third": F(1, 3), "five eighths": F(5, 8), "three fifths": F(3, 5)}


def k_fraction_words(rng: random.Random) -> Item:  # a fraction in words
    name = rng.choice(list(WORD_FRACS))
    f = WORD_FRACS[name]
    n = f.denominator * rng.randint(10, 400)
    return item("K_a_fraction_words", "math", f"what's {name} of {n}?", [whole(int(n * f))])


def k_halfway(rng: random.Random) -> Item:  # the number halfway between two
    a, b = rng.randint(-50, 200), rng.randint(-50, 200)
    if abs(a - b) < 3:
        return k_halfway(rng)
    return item("K_a_halfway", "math", f"What number is exactly halfway between {a} and {b}?",
                [dec(F(a + b, 2))])


# --- money -----------------------------------------------------------------------------

def k_payoff_months(rng: random.Random) -> Item:  # months to clear a debt without interest
    owe, pay = rng.randint(5, 90) * 100, rng.choice([75, 120, 150, 200, 250, 300])
    return item("K_a_payoff_months", "math", f"I owe {owe:,} and pay back {pay} a month, no "
                "interest. How many months until it's paid off?", [whole(-(-owe // pay))])


def k_saving_amount(rng: random.Random) -> Item:  # how much a discount saves
    price, p = F(rng.randint(1000, 40000), 100), rng.choice([15, 20, 25, 30, 40, 60])
    v = price * p / 100
    if tie(v):
        return k_saving_amount(rng)
    return item("K_a_saving_amount", "math", f"How much do I save if the {money(price)} shoes are "
                f"{p}% off?", [dec(v)])


def k_fuel_rise(rng: random.Random) -> Item:  # the extra cost of a fill-up after a price rise
    old = F(rng.randint(130, 200), 100)
    new, litres = old + F(rng.randint(3, 30), 100), rng.randint(30, 70)
    return item("K_a_fuel_rise", "math", f"petrol went from {float(old):.2f} to {float(new):.2f} a "
                f"litre. I put in {litres} litres each time. How much more does a fill-up cost?",
                [dec((new - old) * litres)])


def k_rate_from_amounts(rng: random.Random) -> Item:  # an exchange rate from two amounts
    rate, dollars = F(rng.randint(70, 140), 100), rng.randint(1, 40) * 50
    return item("K_a_rate_from_amounts", "math", f"I got {float(rate * dollars):.2f} euros for "
                f"{dollars} dollars. What rate is that per dollar?", [dec(rate)])


def k_income_split(rng: random.Random) -> Item:  # what's left after saving and rent
    pay, save = rng.randint(20, 80) * 100, rng.choice([10, 15, 20, 25])
    rent = rng.choice([25, 30, 35, 40])
    v = F(pay * (100 - save - rent), 100)
    return item("K_a_income_split", "math", f"I earn {pay:,} a month, save {save}% and spend "
                f"{rent}% on rent. How much is left for everything else?", [dec(v)])


def k_years_to_target(rng: random.Random) -> Item:  # years to grow to a target
    start, r = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 7, 8])
    target = start * rng.choice([F(3, 2), F(2), F(5, 2), F(3)])
    v = math.log(float(target / start)) / math.log(1 + r / 100)
    if tie(v):
        return k_years_to_target(rng)
    return item("K_a_years_to_target", "math", f"how many years for {start:,} to grow to "
                f"{float(target):,.0f} at {r}% compound interest? 2 decimals", [dec(v)])


# --- times -----------------------------------------------------------------------------

def k_avg_run_time(rng: random.Random) -> Item:  # the mean of some run times
    n = rng.randint(3, 5)
    times = [rng.randint(20 * 60, 32 * 60) for _ in range(n)]
    total = sum(times)
    if total % n:
        times[0] += n - total % n
        total = sum(times)
    avg = total // n
    text = ", ".join(f"{t // 60}:{t % 60:02d}" for t in times)
    return item("K_a_avg_run_time", "math", f"My 5k times were {text}. What's my average time?",
                [[f"{avg // 60}:{avg % 60:02d}"]])


def k_add_durations(rng: random.Random) -> Item:  # durations in hours and minutes added
    ds = [(rng.randint(0, 4), rng.randint(5, 55)) for _ in range(3)]
    mins = sum(60 * h + m for h, m in ds)
    h, m = divmod(mins, 60)
    text = ", ".join(f"{a}h {b}m" for a, b in ds[:2]) + f" and {ds[2][0]}h {ds[2][1]}m"
    out = [f"{h}h {m}m", f"{h} h {m} min", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
           f"{h}:{m:02d}", f"{h} hr {m} min", f"{h} hours, {m} minutes"]
    if m == 0:
        return k_add_durations(rng)
    return item("K_a_add_durations", "math", f"add up {text}", [dedupe(out)])


def k_age_in_year(rng: random.Random) -> Item:  # an age in a future year
    born, year = rng.randint(1940, 2015), rng.randint(2027, 2060)
    return item("K_a_age_in_year", "math", f"I was born in {born}. How old will I turn in {year}?",
                [whole(year - born)])


# --- conversions and number facts in context -------------------------------------------

def k_pct_to_frac(rng: random.Random) -> Item:  # a percentage as a fraction
    p = rng.choice([n for n in range(2, 99) if F(n, 100).denominator != 100])
    return item("K_a_pct_to_frac", "math", f"write {p}% as a fraction in lowest terms",
                [[f"{F(p, 100).numerator}/{F(p, 100).denominator}"]])


def k_frac_to_pct(rng: random.Random) -> Item:  # a fraction as a percentage
    d = rng.choice([8, 16, 20, 25, 40, 3, 6, 7, 9, 12])
    n = rng.randint(1, d - 1)
    v = F(100 * n, d)
    if tie(v) or F(n, d).denominator != d:
        return k_frac_to_pct(rng)
    return item("K_a_frac_to_pct", "math", f"{n}/{d} as a percentage?", [pct(v)])


def k_tile_size(rng: random.Random) -> Item:  # the largest square tile (a gcd)
    g = rng.choice([10, 12, 15, 20, 24, 30, 40, 60])
    a, b = g * rng.randint(2, 9), g * rng.randint(2, 9)
    if a == b:
        return k_tile_size(rng)
    size = math.gcd(a, b)
    return item("K_a_tile_size", "math", f"Largest square tile that covers a floor of {a} cm by "
                f"{b} cm exactly, with no cutting?", [unit(whole(size), "cm", "centimetres",
                                                   "centimeters")])


def k_buses_meet(rng: random.Random) -> Item:  # two timetables lining up again (an lcm)
    a, b = rng.sample([6, 8, 9, 10, 12, 14, 15, 18, 20, 24, 25, 30], 2)
    m = math.lcm(a, b)
    return item("K_a_buses_meet", "math", f"One bus leaves every {a} minutes, another every {b}. "
                "They both just left. In how many minutes do they leave together again?",
                [dedupe(whole(m) + unit(whole(m), "minutes", "min"))])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_calc_word, k_plus_commas, k_subtract_from, k_goes_into, k_pct_of_bill, k_increase_by,
    k_reduce_by, k_root_of_squares, k_negative_base, k_big_product, k_decimal_div,
    k_fraction_words, k_halfway, k_payoff_months, k_saving_amount, k_fuel_rise,
    k_rate_from_amounts, k_income_split, k_years_to_target, k_avg_run_time, k_add_durations,
    k_age_in_year, k_pct_to_frac, k_frac_to_pct, k_tile_size, k_buses_meet)]
