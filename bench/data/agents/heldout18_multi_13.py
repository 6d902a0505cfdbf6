"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 13: an expense-policy
receipt, flight-log and smart-plug screenshots, and number questions (two-day weather chains,
sums of squares, divisors, number bases, inverse functions, Clark's rule, a dartboard)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_multi_common import (
    CHART,
    MEAN,
    MILE,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    screen,
    stat,
    till,
)
from bench.data.agents.helpers import Family

SUP = {2: "\u00b2", 3: "\u00b3", 4: "\u2074"}


@family
def receipt_expense_cap(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(2, 4), low=4, high=35)
    cap = rng.randrange(20, 61, 5)
    paid_back = min(total, F(cap))
    if total <= cap:
        return None
    text = (f"Work dinner, receipt attached. Policy reimburses meals up to ${cap} a day. How much "
            "comes out of my own pocket, what percent of the bill is reimbursed (1 dp), and what "
            "was the whole bill in euros for my report (1 EUR = 1.17 USD)?")
    return text, [cash(total - paid_back), num(paid_back / total * 100, 1),
                  cash(total / F("1.17"))], {"image": recipe}


@family
def screen_flight_miles(rng: random.Random) -> Made:
    routes = rng.sample([("LHR-JFK", 3451), ("SFO-NRT", 5130), ("LAX-SYD", 7488),
                         ("CDG-DXB", 3257), ("ORD-MIA", 1197), ("BOS-LAX", 2611),
                         ("FRA-SIN", 6378), ("MAD-MEX", 5626), ("SEA-HNL", 2677)], 4)
    goal = rng.choice([15000, 20000, 25000, 30000, 40000, 50000])
    miles = sum(m for _, m in routes)
    recipe = screen(rng, "Flights this year", [f"{r}  {m} mi" for r, m in routes])
    text = (f"My flights are in the screenshot. Total miles flown, that distance in km (nearest "
            f"km), and how many more miles do I need to reach {goal:,} for status?")
    if miles >= goal:
        return None
    return text, [[f"{miles} mi", f"{miles:,} mi", f"{miles} miles", f"{miles:,} miles"],
                  num(miles * MILE, 0), [f"{goal - miles} more", f"{goal - miles:,} more",
                                         f"{goal - miles} miles", f"{goal - miles:,} miles"]], \
        {"image": recipe}


@family
def screen_smart_plug_chart(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    kwh = [F(rng.randint(40, 480), 100) for _ in days]
    price = F(rng.randrange(12, 45), 100)
    total = sum(kwh, F(0))
    recipe = screen(rng, "Smart plug - kWh", [f"{d}  {float(k):.2f}" for d, k in
                                              zip(days, kwh, strict=True)])
    text = pick(rng, f"This is my dehumidifier's week from the smart-plug app. Total kWh, daily "
                     f"average (2 dp), cost for the week at ${float(price):.2f}/kWh, and a bar "
                     "chart of the days please.",
                f"from the screenshot: weekly total in kWh? mean per day (2dp)? cost at "
                f"${float(price):.2f} per kWh? + chart by day")
    return text, [num(total, 2), stat(MEAN, total / 7) + num(total / 7, 2), cash(total * price),
                  CHART], {"image": recipe}


@family
def markov_two_days(rng: random.Random) -> Made:
    ss, rr = F(rng.randint(55, 90), 100), F(rng.randint(30, 70), 100)
    sr, rs = 1 - ss, 1 - rr
    two = ss * ss + sr * rs
    text = (f"Weather model: if it's sunny today, it's sunny tomorrow with probability "
            f"{float(ss):g}; if it's rainy today, it's rainy tomorrow with probability "
            f"{float(rr):g}. It's sunny today. Write the transition matrix and square it - what's "
            "the chance it's sunny in two days, and rainy in two days (4 dp each)?")
    return text, [num(two, 4), num(1 - two, 4)]


@family
def sum_squares_mean(rng: random.Random) -> Made:
    n = rng.randint(12, 60)
    total = n * (n + 1) * (2 * n + 1) // 6
    text = pick(rng, f"What's 1\u00b2 + 2\u00b2 + 3\u00b2 + \u2026 + {n}\u00b2? And the average "
                     "of those squares (2 dp)?",
                f"sum of the squares from 1 to {n}, then divide by {n} to get their mean (two "
                "decimals)")
    return text, [[str(total), f"{total:,}"], num(F(total, n), 2)]


@family
def divisors_prime_factors(rng: random.Random) -> Made:
    primes = [2, 3, 5, 7, 11]
    exps = [rng.randint(0, 4), rng.randint(0, 3), rng.randint(0, 2), rng.randint(0, 1),
            rng.randint(0, 1)]
    n = math.prod(p ** e for p, e in zip(primes, exps, strict=True))
    if n < 60 or n > 50000:
        return None
    count = math.prod(e + 1 for e in exps)
    total = math.prod((p ** (e + 1) - 1) // (p - 1) for p, e in zip(primes, exps, strict=True))
    fac = " x ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in zip(primes, exps, strict=True)
                     if e)
    text = (f"Write {n} as a product of primes, then tell me how many positive divisors it has "
            "and what they add up to.")
    sup = " x ".join(f"{p}{SUP.get(e, '')}" for p, e in zip(primes, exps, strict=True) if e)
    forms = [f.replace(" x ", sep) for f in (fac, sup)
             for sep in (" x ", " \u00d7 ", "*", " \u00b7 ", "\u00b7")]
    return text, [forms, [f"{count} divisors", f"{count} positive divisors", f"{count} factors"],
                  [str(total), f"{total:,}"]]


@family
def binary_hex_bits(rng: random.Random) -> Made:
    n = rng.randint(300, 65000)
    b, h = bin(n)[2:], hex(n)[2:]
    text = pick(rng, f"Convert {n} to binary and to hexadecimal, and how many 1 bits does it have?",
                f"{n} in base 2 and base 16 please, plus the count of ones in the binary")
    ones = b.count("1")
    return text, [[b, f"0b{b}"], [h, h.upper(), f"0x{h}", f"0x{h.upper()}"],
                  [f"{ones} ones", f"{ones} one bits", f"{ones} 1 bits", f"{ones} 1s",
                   f"{ones} bits set", f"{ones} set bits", f"{ones} 1-bits"]]


@family
def inverse_function_value(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 9), rng.randint(-12, 12), rng.randint(2, 7)
    k = rng.randint(-10, 20)
    inv = Fraction(c * k - b, a)
    ff = Fraction(a * k + b, c)
    ff = (a * ff + b) / c
    text = (f"f(x) = ({a}x {'+' if b >= 0 else '-'} {abs(b)}) / {c}. Find the inverse function, "
            f"then work out f\u207b\u00b9({k}) and f(f({k})) as exact values.")

    def exact(v: Fraction) -> list[str]:
        out = [str(v)]
        if v.denominator != 1 and (v * 10**4).denominator == 1:
            out.append(num(v, 4)[0])
        return out
    return text, [exact(inv), exact(ff)]


@family
def clarks_rule_dose_ml(rng: random.Random) -> Made:
    lb, adult = rng.randint(20, 110), rng.choice([200, 250, 325, 400, 500])
    conc = rng.choice([(120, 5), (160, 5), (250, 5), (100, 5), (200, 5)])
    dose = F(adult * lb, 150)
    text = (f"Pharmacy exam question. Clark's rule: child dose = adult dose x (child's weight in "
            f"lb / 150). Adult dose {adult} mg, child weighs {lb} lb. Child dose in mg (1 dp)? "
            f"The suspension is {conc[0]} mg per {conc[1]} mL - how many mL (1 dp)?")
    ml = same(num(dose * conc[1] / conc[0], 1), num(r2(dose, 1) * conc[1] / conc[0], 1))
    return text, [num(dose, 1), ml]


@family
def dartboard_probability(rng: random.Random) -> Made:
    outer, inner = rng.randint(20, 45), rng.randint(2, 9)
    throws = rng.randint(10, 60)
    p = F(inner * inner, outer * outer)
    text = (f"A dart lands at a random point on a {outer} cm radius board. The bullseye has radius "
            f"{inner} cm. What's the probability of a bullseye (as a percent, 2 dp), and how many "
            f"bullseyes would you expect in {throws} throws (2 dp)?")
    return text, [num(p * 100, 2), num(p * throws, 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_expense_cap, screen_flight_miles, screen_smart_plug_chart, markov_two_days,
    sum_squares_mean, divisors_prime_factors, binary_hex_bits, inverse_function_value,
    clarks_rule_dose_ml, dartboard_probability)]
