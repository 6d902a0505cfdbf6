"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part seven: number facts,
plain expressions, and more everyday money, rates and geometry."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout13_math import dec, dedupe, frac, pct, tie, unit, whole
from bench.data.agents.helpers import Family, Item, fresh, item

# --- number facts ----------------------------------------------------------------------

def k_gcd(rng: random.Random) -> Item:  # greatest common divisor
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        return k_gcd(rng)
    return item("K_a_gcd", "math", f"greatest common divisor of {a} and {b}",
                [whole(math.gcd(a, b))])


def k_lcm(rng: random.Random) -> Item:  # least common multiple, abbreviated
    a, b = rng.randint(4, 40), rng.randint(4, 40)
    if a == b:
        return k_lcm(rng)
    return item("K_a_lcm", "math", f"lcm({a}, {b})?", [whole(math.lcm(a, b))])


SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def k_prime_factors(rng: random.Random) -> Item:  # prime factorisation
    exps = {2: rng.randint(1, 4), 3: rng.randint(0, 3), 5: rng.randint(0, 2),
            7: rng.randint(0, 1)}
    n = math.prod(p ** e for p, e in exps.items())
    if n < 30 or sum(1 for e in exps.values() if e) < 2:
        return k_prime_factors(rng)
    out = []
    for power, sep in (("^", " × "), ("^", " * "), ("**", " * "), ("sup", " × "), ("^", "×"),
                       ("^", "*"), ("sup", "×"), ("^", " · ")):
        bits = [str(p) if e == 1 else (f"{p}{str(e).translate(SUPER)}" if power == "sup" else
                                       f"{p}{power}{e}") for p, e in exps.items() if e]
        out.append(sep.join(bits))
    return item("K_a_prime_factors", "math", f"prime factorization of {n}", [dedupe(out)])


def k_remainder(rng: random.Random) -> Item:  # a remainder
    a, b = rng.randint(200, 9999), rng.randint(7, 60)
    if a % b == 0:
        return k_remainder(rng)
    return item("K_a_remainder", "math", f"What's the remainder when {a} is divided by {b}?",
                [whole(a % b)])


def k_log10(rng: random.Random) -> Item:  # a common logarithm
    k = rng.randint(2, 9)
    return item("K_a_log10", "math", f"log base 10 of {10 ** k:,}", [whole(k)])


def k_ln(rng: random.Random) -> Item:  # a natural log to three places
    n = rng.randint(2, 300)
    v = math.log(n)
    if tie(v, 3):
        return k_ln(rng)
    return item("K_a_ln", "math", f"ln({n}) to 3 decimal places", [dec(v, 3)])


def k_exp(rng: random.Random) -> Item:  # e to a power
    x = F(rng.randint(5, 45), 10)
    v = math.exp(float(x))
    if tie(v):
        return k_exp(rng)
    return item("K_a_exp", "math", f"e^{float(x):g} rounded to two decimals", [dec(v)])


def k_trig(rng: random.Random) -> Item:  # a trigonometric value in degrees
    fn, a = rng.choice(["sin", "cos", "tan"]), rng.randint(5, 85)
    v = getattr(math, fn)(math.radians(a))
    if tie(v, 4) or a in (30, 45, 60):
        return k_trig(rng)
    return item("K_a_trig", "math", f"{fn} of {a} degrees, 4 decimal places", [dec(v, 4)])


def k_sum_range(rng: random.Random) -> Item:  # the sum of 1..n
    n = rng.randint(50, 1000)
    return item("K_a_sum_range", "math", f"Add all the whole numbers from 1 to {n}.",
                [whole(n * (n + 1) // 2)])


def k_roots_sum(rng: random.Random) -> Item:  # two square roots added
    a, b = rng.randint(4, 25), rng.randint(4, 25)
    return item("K_a_roots_sum", "math", f"sqrt({a * a}) + sqrt({b * b})", [whole(a + b)])


def k_abs(rng: random.Random) -> Item:  # an absolute value
    a, b = rng.randint(5, 60), rng.randint(61, 150)
    return item("K_a_abs", "math", f"|{a} - {b}| = ", [whole(b - a)])


def ordinal(n: int) -> str:
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


# --- plain expressions -----------------------------------------------------------------

def k_bare_product(rng: random.Random) -> Item:  # two two-digit numbers, nothing else
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return item("K_a_bare_product", "math", f"{a}*{b}=?", [whole(a * b)])


def k_chain(rng: random.Random) -> Item:  # a bracketed sum divided and multiplied
    d = rng.choice([2, 4, 5, 8])
    s = d * rng.randint(10, 200)
    a = rng.randint(1, s - 1)
    k = rng.randint(2, 9)
    return item("K_a_chain", "math", f"Work out ({a} + {s - a}) / {d} * {k}", [whole(s // d * k)])


def k_pct_decimal(rng: random.Random) -> Item:  # a percentage with a decimal rate
    p, n = F(rng.randint(11, 199), 10), rng.randint(200, 9000)
    v = p * n / 100
    if tie(v) or p.denominator == 1:
        return k_pct_decimal(rng)
    return item("K_a_pct_decimal", "math", f"What is {float(p):g}% of {n:,}?", [dec(v)])


def k_pct_of_pct(rng: random.Random) -> Item:  # a percentage of a percentage
    a, b = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 30, 40, 60])
    n = rng.randint(2, 80) * 50
    return item("K_a_pct_of_pct", "math", f"{a}% of {b}% of {n}", [dec(F(a * b * n, 10000))])


def k_half_plus(rng: random.Random) -> Item:  # a fraction halved and added to
    a, b = F(rng.randint(1, 7), 8), F(rng.randint(1, 5), rng.choice([3, 6, 12]))
    return item("K_a_half_plus", "math", f"what's half of {a.numerator}/{a.denominator}, plus "
                f"{b.numerator}/{b.denominator}?", [frac(a / 2 + b)])


def k_power_decimal(rng: random.Random) -> Item:  # a growth factor raised to a power
    r, n = F(rng.randint(101, 115), 100), rng.randint(5, 30)
    v = float(r) ** n
    if tie(v, 4):
        return k_power_decimal(rng)
    return item("K_a_power_decimal", "math", f"{float(r):g} to the {ordinal(n)} power, to 4 "
                "decimal places", [dec(v, 4)])


def k_sqrt_decimal(rng: random.Random) -> Item:  # a decimal with an exact root
    n = rng.randint(11, 99)
    if n % 10 == 0:
        return k_sqrt_decimal(rng)
    return item("K_a_sqrt_decimal", "math", f"square root of {n * n / 100:g}",
                [[f"{n / 10:g}"]])


def k_three_ways(rng: random.Random) -> Item:  # an amount split three ways
    n = rng.randint(100, 5000)
    if n % 3 == 0:
        return k_three_ways(rng)
    return item("K_a_three_ways", "math", f"if we split {n} three ways how much does each get",
                [dec(F(n, 3))])


# --- everyday money and rates ----------------------------------------------------------

def k_sale_price(rng: random.Random) -> Item:  # a marked-down price ending in .99
    was, p = F(rng.randint(10, 300) * 100 - 1, 100), rng.choice([15, 20, 25, 30, 40, 50])
    v = was * (100 - p) / 100
    if tie(v):
        return k_sale_price(rng)
    return item("K_a_sale_price", "math", f"These jeans were {float(was):.2f} and they're {p}% off "
                "today. What do they cost now?", [dec(v)])


def k_sales_tax(rng: random.Random) -> Item:  # a total with a sales tax rate
    price, tax = F(rng.randint(500, 50000), 100), F(rng.choice([400, 625, 700, 825, 875, 950]),
                                                    100)
    v = price * (1 + tax / 100)
    if tie(v):
        return k_sales_tax(rng)
    return item("K_a_sales_tax", "math", f"it's {float(price):.2f} before tax and sales tax here "
                f"is {float(tax):g}%. total at the register?", [dec(v)])


def k_net_pay(rng: random.Random) -> Item:  # pay after tax and pension
    gross, tax = rng.randint(1800, 7000), rng.choice([18, 20, 22, 25, 30])
    pension = rng.choice([3, 4, 5, 6, 8])
    v = F(gross * (100 - tax - pension), 100)
    if tie(v):
        return k_net_pay(rng)
    return item("K_a_net_pay", "math", f"Gross pay {gross:,}. Tax takes {tax}% and my pension "
                f"{pension}% (both of gross). What's my take-home?", [dec(v)])


def k_annual_from_hourly(rng: random.Random) -> Item:  # a yearly figure from an hourly rate
    rate, hours = F(rng.randint(1100, 4500), 100), rng.choice([20, 25, 30, 37.5, 40])
    v = rate * F(str(hours)) * 52
    if tie(v):
        return k_annual_from_hourly(rng)
    return item("K_a_annual_from_hourly", "math", f"{float(rate):.2f}/hr, {hours:g} hrs a week, "
                "52 weeks a year. what's that annually?", [dec(v)])


def k_mortgage_interest(rng: random.Random) -> Item:  # total interest paid over a mortgage
    loan, years = rng.randint(100, 500) * 1000, rng.choice([15, 20, 25, 30])
    pay = int(loan / (years * 12) * rng.uniform(1.2, 1.8))
    return item("K_a_mortgage_interest", "math", f"I'm paying {pay:,} a month for {years} years on "
                f"a {loan:,} mortgage. How much interest do I pay in total?",
                [dec(pay * years * 12 - loan)])


def k_doubling(rng: random.Random) -> Item:  # years to double at compound interest
    r = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
    v = math.log(2) / math.log(1 + r / 100)
    if tie(v):
        return k_doubling(rng)
    return item("K_a_doubling", "math", f"At {r}% a year compounded, how many years until my money "
                "doubles? two decimals", [dec(v)])


def k_monthly_saving_fv(rng: random.Random) -> Item:  # saving monthly with interest
    pay, r, years = rng.randint(5, 60) * 10, rng.choice([3, 4, 5, 6]), rng.randint(3, 20)
    i, n = r / 1200, years * 12
    v = pay * ((1 + i) ** n - 1) / i
    if tie(v):
        return k_monthly_saving_fv(rng)
    return item("K_a_monthly_saving_fv", "math", f"If I put {pay} into savings at the end of every "
                f"month at {r}% a year compounded monthly, how much will I have after {years} "
                "years?", [dec(v)])


def k_inflation(rng: random.Random) -> Item:  # a price after years of inflation
    price, r, years = F(rng.randint(100, 20000), 100), rng.choice([2, 3, 4, 5]), rng.randint(3, 25)
    v = price * (1 + F(r, 100)) ** years
    if tie(v):
        return k_inflation(rng)
    return item("K_a_inflation", "math", f"With {r}% inflation every year, what would something "
                f"costing {float(price):.2f} today cost in {years} years?", [dec(v)])


def k_percent_error(rng: random.Random) -> Item:  # a measurement's percentage error
    true = rng.randint(20, 500)
    meas = true + rng.choice([-1, 1]) * rng.randint(1, true // 8)
    v = F(abs(meas - true) * 100, true)
    if tie(v):
        return k_percent_error(rng)
    return item("K_a_percent_error", "math", f"true value {true}, I measured {meas}. percent "
                "error?", [pct(v)])


def k_expenses(rng: random.Random) -> Item:  # a week of small expenses added
    xs = [F(rng.randint(150, 4000), 100) for _ in range(rng.randint(4, 7))]
    text = ", ".join(f"{float(x):.2f}" for x in xs)
    return item("K_a_expenses", "math", f"My expenses this week: {text}. Total?", [dec(sum(xs))])


def k_rent_by_room(rng: random.Random) -> Item:  # rent shared by room size
    rent, a, b = rng.randint(8, 40) * 100, rng.randint(8, 25), rng.randint(8, 25)
    if a == b or tie(F(rent * a, a + b)):
        return k_rent_by_room(rng)
    return item("K_a_rent_by_room", "math", f"We split rent of {rent:,} by bedroom size. Mine is "
                f"{a} m², my flatmate's is {b} m². What do we each pay?",
                [dec(F(rent * a, a + b)), dec(F(rent * b, a + b))])


# --- rates and geometry ----------------------------------------------------------------

def k_mpg(rng: random.Random) -> Item:  # miles per gallon
    miles, gallons = rng.randint(150, 600), F(rng.randint(40, 200), 10)
    v = miles / gallons
    if tie(v):
        return k_mpg(rng)
    return item("K_a_mpg", "math", f"Drove {miles} miles on {float(gallons):g} gallons. What's my "
                "mpg?", [unit(dec(v), "mpg", "miles per gallon")])


def k_trains_meet(rng: random.Random) -> Item:  # two trains approaching each other
    a, b = rng.randint(40, 120), rng.randint(40, 120)
    dist = rng.randint(100, 900)
    v = F(dist, a + b)
    if tie(v):
        return k_trains_meet(rng)
    return item("K_a_trains_meet", "math", f"Two trains {dist} km apart head towards each other at "
                f"{a} km/h and {b} km/h. After how many hours do they meet?", [dec(v)])


def k_two_pipes(rng: random.Random) -> Item:  # two pipes filling a pool
    a, b = rng.sample(range(2, 16), 2)
    v = F(a * b, a + b)
    if tie(v):
        return k_two_pipes(rng)
    return item("K_a_two_pipes", "math", f"one hose fills the pool in {a} hours, the other in {b}. "
                "both together, how many hours?", [dec(v)])


def k_clock_angle(rng: random.Random) -> Item:  # the angle between clock hands
    h, m = rng.randint(1, 12), rng.choice(range(5, 60, 5))
    a = abs(F(60 * h - 11 * m, 2)) % 360
    a = min(a, 360 - a)
    vals = dec(a, 1)
    return item("K_a_clock_angle", "math", f"What's the smaller angle between the hour and minute "
                f"hands at {h}:{m:02d}?", [dedupe([f"{v}°" for v in vals] +
                                                  [f"{v} degrees" for v in vals])])


def k_final_needed(rng: random.Random) -> Item:  # the final exam score needed
    now, done, target = rng.randint(60, 95), rng.choice([60, 70, 75, 80]), rng.randint(60, 92)
    need = F(target * 100 - now * done, 100 - done)
    if tie(need) or not 40 <= need <= 100:
        return k_final_needed(rng)
    return item("K_a_final_needed", "math", f"I have {now}% in the class and that's {done}% of the "
                f"grade. The final is the other {100 - done}%. What do I need on the final to end "
                f"up with {target}%?", [dec(need)])


def k_hypotenuse(rng: random.Random) -> Item:  # a right triangle's longest side
    a, b = rng.randint(3, 40), rng.randint(3, 40)
    v = math.hypot(a, b)
    if tie(v):
        return k_hypotenuse(rng)
    return item("K_a_hypotenuse", "math", f"right triangle with legs {a} and {b}, hypotenuse?",
                [whole(int(v)) if v == int(v) else dec(v)])


def k_trapezoid(rng: random.Random) -> Item:  # a trapezoid's area
    a, b, h = rng.randint(3, 30), rng.randint(3, 30), rng.randint(2, 20)
    if a == b:
        return k_trapezoid(rng)
    return item("K_a_trapezoid", "math", f"Area of a trapezium with parallel sides {a} m and {b} m "
                f"and height {h} m?", [unit(dec(F((a + b) * h, 2)), "m²", "m^2", "square metres",
                                            "square meters", "sq m")])


def k_cone(rng: random.Random) -> Item:  # a cone's volume
    r, h = rng.randint(2, 15), rng.randint(3, 30)
    v = math.pi * r * r * h / 3
    if tie(v):
        return k_cone(rng)
    return item("K_a_cone", "math", f"how much does a cone hold if the radius is {r} cm and it's "
                f"{h} cm tall", [unit(dec(v), "cm³", "cm^3", "cubic centimetres",
                                     "cubic centimeters")])


def k_walk_per_day(rng: random.Random) -> Item:  # a weekly total averaged per day
    total = F(rng.randint(100, 900), 10)
    v = total / 7
    if tie(v):
        return k_walk_per_day(rng)
    return item("K_a_walk_per_day", "math", f"I walked {float(total):g} km this week. On average "
                "how far is that per day?", [unit(dec(v), "km", "kilometres", "kilometers")])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_gcd, k_lcm, k_prime_factors, k_remainder, k_log10, k_ln, k_exp, k_trig, k_sum_range,
    k_roots_sum, k_abs, k_bare_product, k_chain, k_pct_decimal, k_pct_of_pct, k_half_plus,
    k_power_decimal, k_sqrt_decimal, k_three_ways, k_sale_price, k_sales_tax, k_net_pay,
    k_annual_from_hourly, k_mortgage_interest, k_doubling, k_monthly_saving_fv, k_inflation,
    k_percent_error, k_expenses, k_rent_by_room, k_mpg, k_trains_meet, k_two_pipes,
    k_clock_angle, k_final_needed, k_hypotenuse, k_trapezoid, k_cone, k_walk_per_day)]
