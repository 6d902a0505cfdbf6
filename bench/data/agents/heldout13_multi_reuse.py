"""Round 13 (``K_m_*``, dev now): a result worked out, then used again (solve, then double
it; a percentage, then a conversion; a product, then split)."""

from __future__ import annotations

import random

from bench.data.agents.heldout13_multi_common import (
    LB,
    MILE,
    F,
    Made,
    cash,
    convert,
    deg_c,
    deg_f,
    expr,
    need,
    num,
    ok2,
    r2,
    register,
    root,
    two_roots,
    unit,
    var,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
fam = register(FAMILIES)


@fam
def solve_then_double(r: random.Random) -> Made:  # solve a linear equation, then double x
    a, x, b = r.randint(2, 9), r.randint(-9, 30), r.randint(1, 25)
    need(x not in (0, 2 * x))
    return f"solve {a}x + {b} = {a * x + b}, then double it", [root(x), num(2 * x)]


@fam
def percent_then_euros(r: random.Random) -> Made:  # a percentage of dollars, then in euros
    amount, pct = r.randint(40, 900), r.choice([5, 12, 15, 18, 20, 25, 30])
    part = F(amount * pct, 100)
    eur = r2(convert(part, "USD", "EUR"))
    ok2(convert(part, "USD", "EUR"))
    return (f"What is {pct}% of ${amount}? And what's that in euros?",
            [num(part), cash(eur, "EUR")])


@fam
def square_then_root_sum(r: random.Random) -> Made:  # x^2 = n (positive x), then x + k
    x, k = r.randint(3, 25), r.randint(2, 40)
    return (f"positive x with x² = {x * x}... what is it, and what's x + {k}?",
            [root(x), num(x + k)])


@fam
def product_then_split(r: random.Random) -> Made:  # multiply, then share between people
    a, b, n = r.randint(12, 99), r.randint(3, 19), r.choice([2, 3, 4, 5, 6])
    share = F(a * b, n)
    ok2(share)
    return (f"{a} times {b}, and then split that {n} ways", [num(a * b), num(r2(share))])


@fam
def sqrt_then_cube(r: random.Random) -> Made:  # a square root, then cube it
    x = r.randint(4, 30)
    return f"Square root of {x * x}? Then cube that number.", [num(x), num(x ** 3)]


@fam
def solve_then_kg(r: random.Random) -> Made:  # pounds from an equation, then kilograms
    p, a = r.randint(5, 90), r.randint(2, 6)
    kg = F(p) * LB
    ok2(kg)
    return (f"my suitcase weighs w pounds where {a}w = {a * p}. what's w, and how many kg is "
            "that?", [var("w", p), unit(r2(kg), "kg", "kilograms", "kilos")])


@fam
def solve_then_fahrenheit(r: random.Random) -> Made:  # a Celsius unknown, then Fahrenheit
    t, b = r.randint(-10, 40), r.randint(3, 20)
    f = F(9 * t, 5) + 32
    ok2(f)
    return (f"T + {b} = {t + b}... T is in °C. Solve for T and convert to °F for my cousin in "
            "the US", [var("T", t), deg_f(r2(f))])


@fam
def average_then_percent(r: random.Random) -> Made:  # a mean, then a percentage of it
    vals = [r.randint(20, 95) for _ in range(5)]
    mean = F(sum(vals), 5)
    pct = r.choice([10, 20, 50])
    ok2(mean, mean * pct / 100)
    return (f"My 5 quiz scores: {', '.join(map(str, vals))}. What's the average, and what's "
            f"{pct}% of the average?", [num(mean), num(r2(mean * pct / 100))])


@fam
def factorial_then_digits(r: random.Random) -> Made:  # factorial, then divide by a number
    n, d = r.randint(5, 9), r.choice([2, 3, 4, 5, 6])
    v = 1
    for i in range(2, n + 1):
        v *= i
    return f"{n}! and then that divided by {d}", [num(v), num(F(v, d))]


@fam
def miles_then_time(r: random.Random) -> Made:  # distance in km, then time at a pace
    miles, speed = r.randint(3, 60), r.choice([40, 50, 60, 80, 100])
    km = F(miles) * MILE
    hours = km / speed
    ok2(km, hours)
    return (f"convert {miles} miles to km, then how many hours is that at {speed} km/h?",
            [unit(r2(km), "km", "kilometres", "kilometers"),
             unit(r2(hours), "hours", "h", "hrs")])


@fam
def solve_system_then_sum(r: random.Random) -> Made:  # two equations, then x times y
    x, y = r.randint(1, 12), r.randint(1, 12)
    need(x != y and x * y not in (x, y))
    return (f"2x + y = {2 * x + y} and x + 2y = {x + 2 * y}; find x and y, then multiply them",
            [var("x", x), var("y", y), num(x * y)])


@fam
def derivative_then_eval(r: random.Random) -> Made:  # differentiate, evaluate at two points
    a, b, n = r.randint(2, 5), r.randint(1, 9), r.randint(2, 5)
    return (f"derivative of {a}x^3 - {b}x, and its value at x = {n} please",
            [expr(f"{3 * a}x^2 - {b}"), num(3 * a * n * n - b)])


@fam
def tip_then_split(r: random.Random) -> Made:  # add a tip, then split the bill
    bill, tip, n = r.randint(40, 260), r.choice([10, 15, 18, 20]), r.choice([2, 3, 4, 5])
    total = F(bill) * (100 + tip) / 100
    each = total / n
    ok2(total, each)
    return (f"dinner came to {bill}, we want to add a {tip}% tip and split it {n} ways. total "
            "with tip, and each person's share?", [num(r2(total)), num(r2(each))])


@fam
def discount_then_tax(r: random.Random) -> Made:  # a discount, then sales tax on top
    price, off, tax = r.randint(20, 400), r.choice([10, 20, 25, 30, 40]), r.choice([5, 8, 10])
    after = F(price) * (100 - off) / 100
    final = after * (100 + tax) / 100
    ok2(after, final)
    return (f"jacket is {price} dollars, {off}% off. what's the sale price, and what do i pay "
            f"once {tax}% tax goes on?", [num(r2(after)), num(r2(final))])


@fam
def roots_then_squares(r: random.Random) -> Made:  # roots, then the sum of their squares
    a, b, p = two_roots(r)
    s = a * a + b * b
    need(s not in (a, b))
    return (f"Solve {p} = 0, then add up the squares of the two solutions.",
            [root(a), root(b), num(s)])


@fam
def simple_interest_then_total(r: random.Random) -> Made:  # interest earned, then balance
    p, rate, yrs = r.choice([500, 1200, 2500, 4000, 8000]), r.choice([2, 3, 4, 6]), r.randint(2, 7)
    interest = F(p * rate * yrs, 100)
    return (f"simple interest on {p} at {rate}% for {yrs} years? and the final amount?",
            [num(interest), num(p + interest)])


@fam
def hours_worked_pay(r: random.Random) -> Made:  # hours in a week, then pay, then in pounds
    h, rate = r.randint(12, 45), r.choice([F(12), F(15), F(18), F(25, 2), F(45, 2)])
    pay = h * rate
    gbp = convert(pay, "USD", "GBP")
    ok2(gbp)
    return (f"I worked {h} hours at ${float(rate):.2f} an hour. How much did I earn, and how "
            "much is that in pounds sterling?", [cash(pay, "USD"), cash(r2(gbp), "GBP")])


@fam
def log_then_power(r: random.Random) -> Made:  # a log base 2, then a power of 10
    n, k = r.randint(3, 12), r.randint(2, 6)
    return (f"log base 2 of {2 ** n}? then 10 to the power of that minus {n - k}",
            [num(n), num(10 ** k)])


@fam
def expand_then_at(r: random.Random) -> Made:  # expand a product, evaluate at a point
    a, b, n = r.randint(1, 9), r.randint(1, 9), r.randint(2, 10)
    need(a != b)
    return (f"expand (x + {a})(x - {b}), then work it out for x = {n}",
            [expr(f"x^2 {'+' if a > b else '-'} {abs(a - b)}x - {a * b}".replace(" 1x", " x")),
             num((n + a) * (n - b))])


@fam
def gcd_then_lcm(r: random.Random) -> Made:  # gcd and lcm, then their product
    g = r.randint(2, 12)
    p, q = r.sample([2, 3, 5, 7, 11], 2)
    a, b = g * p, g * q
    return (f"What are the GCD and LCM of {a} and {b}? Multiply them together as well.",
            [num(g), num(g * p * q), num(a * b)])


@fam
def speed_then_mph(r: random.Random) -> Made:  # average speed in km/h, then mph
    km, mins = r.randint(20, 300), r.choice([30, 45, 60, 90, 120, 150])
    kmh = F(km * 60, mins)
    mph = kmh / MILE
    ok2(kmh, mph)
    return (f"drove {km} km in {mins} minutes. average speed in km/h? and in mph?",
            [unit(r2(kmh), "km/h", "kilometres per hour", "kph"),
             unit(r2(mph), "mph", "miles per hour")])


@fam
def percent_change_then_new(r: random.Random) -> Made:  # a rise, then the new value
    old, pct = r.randint(30, 500), r.choice([5, 10, 12, 15, 20, 35])
    rise = F(old * pct, 100)
    return (f"rent was {old} a week and goes up {pct}%. by how much, and what's the new "
            "rent?", [num(rise), num(old + rise)])


@fam
def celsius_then_kelvin(r: random.Random) -> Made:  # F to C, then kelvin
    c = r.randint(-20, 45)
    f = 9 * c // 5 + 32
    need((9 * c) % 5 == 0)
    return (f"{f}°F in celsius? and then in kelvin", [deg_c(F(c)),
                                                     unit(F(c) + F(27315, 100), "K", "kelvin")])


@fam
def integral_then_times(r: random.Random) -> Made:  # an integral, then times a number
    a, n, k = r.randint(1, 5), r.randint(2, 6), r.randint(2, 5)
    v = a * n ** 2
    return (f"∫ from 0 to {n} of {2 * a}x dx, then multiply the answer by {k}",
            [num(v), num(v * k)])


@fam
def remainder_chain(r: random.Random) -> Made:  # a sum, minus, then divided
    a, b, c, d = r.randint(100, 900), r.randint(100, 900), r.randint(10, 99), r.choice([4, 5, 8])
    s = a + b
    v = F(s - c, d)
    ok2(v)
    return (f"add {a} and {b}, take away {c}, then divide by {d} - show each step",
            [num(s), num(s - c), num(r2(v))])


@fam
def wage_yearly(r: random.Random) -> Made:  # weekly wage to yearly, then monthly
    week = r.randint(300, 1500)
    year = week * 52
    month = F(year, 12)
    ok2(month)
    return (f"if i earn {week} a week, what's that per year (52 weeks), and per month?",
            [num(year), num(r2(month))])


@fam
def cylinder_then_litres(r: random.Random) -> Made:  # a box volume in cm^3, then litres
    a, b, c = r.randint(10, 60), r.randint(10, 60), r.randint(10, 60)
    v = a * b * c
    return (f"a box is {a} x {b} x {c} cm. volume in cm³, and how many litres?",
            [[*unit(F(v), "cm³", "cubic centimetres", "cm3"), f"{v:,} cm³"],
             unit(r2(F(v, 1000)), "L", "litres", "liters", "l")])


@fam
def hcf_fraction(r: random.Random) -> Made:  # simplify a fraction, then as a decimal
    p, q = r.choice([(1, 4), (3, 4), (2, 5), (3, 8), (5, 8), (7, 20), (1, 8), (9, 25)])
    k = r.randint(3, 15)
    return (f"simplify {p * k}/{q * k} and give it as a decimal too",
            [[f"{p}/{q}"], [str(float(F(p, q))).rstrip("0")]])


@fam
def rectangle_then_fence(r: random.Random) -> Made:  # width from area, then perimeter
    w, length = r.randint(3, 20), r.randint(21, 40)
    return (f"a rectangular yard is {length} m long with area {w * length} m². how wide is it, "
            "and how much fencing goes all the way round?",
            [unit(F(w), "m", "metres", "meters"), unit(F(2 * (w + length)), "m", "metres",
                                                       "meters")])


@fam
def ages_then_sum(r: random.Random) -> Made:  # a worded age puzzle, then combined age later
    son, k, y = r.randint(4, 16), r.randint(2, 4), r.randint(3, 10)
    return (f"Dad is {k} times as old as his son and their ages add to {son * (k + 1)}. How "
            f"old is each, and what will their ages add to in {y} years?",
            [num(son), num(k * son), num(son * (k + 1) + 2 * y)])


@fam
def pct_of_pct(r: random.Random) -> Made:  # a percentage of a percentage
    n, p1, p2 = r.choice([200, 400, 600, 800, 1000, 1200]), r.choice([20, 25, 40, 50, 75]), \
        r.choice([10, 20, 30, 60])
    a = F(n * p1, 100)
    b = a * p2 / 100
    return (f"{p1}% of {n} first, then {p2}% of whatever that comes to", [num(a), num(b)])


@fam
def power_then_mod(r: random.Random) -> Made:  # a power, then its remainder
    b, e, m = r.randint(2, 9), r.randint(3, 7), r.choice([7, 9, 11, 13])
    v = b ** e
    need(v % m not in (0, b, e))
    return (f"{b}^{e} = ? and what's the remainder when that's divided by {m}?",
            [num(v), num(v % m)])
