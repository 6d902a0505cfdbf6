"""Round 9 (``Y_*``, dev now) for ``muse bench agents``, first part: money, percentages,
arithmetic, powers, roots, factorials, fractions and statistics asked as maths (see
:mod:`bench.data.agents.heldout9`)."""

from __future__ import annotations

import math
import random
import statistics
from decimal import Decimal, getcontext
from fractions import Fraction

from bench.data.agents.heldout9_forms import cash, frac, money, num, pct, rounded, safe, show
from bench.data.agents.helpers import Family, Item, item, labelled

F = Fraction


# --- money and percentages -------------------------------------------------------------

def y_tip_split(rng: random.Random) -> Item:  # a restaurant bill plus tip, shared out
    bill, tip, people = F(rng.randint(4000, 25000), 100), rng.choice([10, 15, 18, 20]), \
        rng.randint(2, 6)
    each = bill * (100 + tip) / 100 / people
    if not safe(each):
        return y_tip_split(rng)
    return item("Y_tip_split", "math", f"dinner was ${cash(bill)}, we want to leave a {tip}% tip "
                f"and split it {people} ways. how much does each of us pay?", [money(each)])


def y_sale_price(rng: random.Random) -> Item:  # a price after a percentage off
    price, off = F(rng.randint(1500, 30000), 100), rng.choice([15, 20, 25, 30, 35, 40, 60])
    paid = price * (100 - off) / 100
    if not safe(paid):
        return y_sale_price(rng)
    return item("Y_sale_price", "math", f"Jacket was £{cash(price)}, now {off}% off. What do I "
                "actually pay?", [money(paid)])


def y_percent_of(rng: random.Random) -> Item:  # a plain percentage of a number
    p, n = rng.choice([3, 7, 12, 15, 17, 22, 35, 45, 65, 85]), rng.randint(20, 3000)
    if not safe(F(p * n, 100)):
        return y_percent_of(rng)
    return item("Y_percent_of", "math", f"whats {p}% of {n}", [num(F(p * n, 100))])


def y_rent_rise(rng: random.Random) -> Item:  # percentage increase between two amounts
    old = rng.randint(60, 250) * 10
    new = old + rng.randint(1, 30) * 10
    change = F(new - old, old) * 100
    if not safe(change):
        return y_rent_rise(rng)
    return item("Y_rent_rise", "math", f"my rent went up from {old} to {new} a month. by what "
                "percentage did it increase?", [pct(change)])


def y_test_score(rng: random.Random) -> Item:  # a mark out of a total, as a percentage
    total = rng.choice([40, 50, 60, 75, 80, 120])
    got = rng.randint(total // 3, total - 1)
    share = F(got, total) * 100
    if not safe(share):
        return y_test_score(rng)
    return item("Y_test_score", "math", f"I got {got} out of {total} on my exam, what percentage "
                "is that?", [pct(share)])


def y_add_vat(rng: random.Random) -> Item:  # a net price plus VAT
    net, vat = F(rng.randint(500, 90000), 100), rng.choice([5, 8, 19, 20, 21])
    gross = net * (100 + vat) / 100
    if not safe(gross):
        return y_add_vat(rng)
    return item("Y_add_vat", "math", f"Invoice is {cash(net)} EUR before VAT. With {vat}% VAT "
                "added, what's the total?", [money(gross)])


def y_before_vat(rng: random.Random) -> Item:  # the price before VAT from the gross
    gross, vat = F(rng.randint(1200, 60000), 100), rng.choice([20, 25])
    net = gross * 100 / (100 + vat)
    if not safe(net):
        return y_before_vat(rng)
    return item("Y_before_vat", "math", f"paid {cash(gross)} including {vat}% vat — how much was "
                "it without the vat?", [money(net)])


def y_compound(rng: random.Random) -> Item:  # savings compounded once a year
    p, r, years = rng.randint(10, 200) * 100, rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 10)
    total = p * F(100 + r, 100) ** years
    if not safe(total):
        return y_compound(rng)
    return item("Y_compound", "math", f"If I put {p:,} in a savings account at {r}% interest "
                f"compounded annually, how much will I have after {years} years?",
                [money(total)])


def y_simple_interest(rng: random.Random) -> Item:  # simple interest earned
    p, r, years = rng.randint(5, 150) * 100, F(rng.randint(10, 80), 10), rng.randint(2, 8)
    interest = p * r / 100 * years
    return item("Y_simple_interest", "math", f"simple interest on {p:,} at {show(r)}% a year for "
                f"{years} years?", [money(interest)])


def y_hourly_pay(rng: random.Random) -> Item:  # a yearly salary as an hourly rate
    salary, hours = rng.randint(22, 120) * 1000, rng.choice([35, 37.5, 38, 40])
    rate = F(salary) / (F(str(hours)) * 52)
    if not safe(rate):
        return y_hourly_pay(rng)
    return item("Y_hourly_pay", "math", f"salary of {salary:,} a year, {hours} hours a week, 52 "
                "weeks. what's that per hour?", [money(rate)])


def y_fuel_cost(rng: random.Random) -> Item:  # the fuel cost of a trip
    km, use, price = rng.randint(80, 900), F(rng.randint(45, 95), 10), F(rng.randint(140, 215),
                                                                         100)
    cost = km * use / 100 * price
    if not safe(cost):
        return y_fuel_cost(rng)
    return item("Y_fuel_cost", "math", f"Road trip of {km} km, the car does {show(use)} L/100km "
                f"and petrol is {cash(price)} a litre. Fuel cost?", [money(cost)])


def y_unit_price(rng: random.Random) -> Item:  # price per kilogram of a pack
    grams, price = rng.choice([200, 250, 340, 400, 450, 500, 750]), F(rng.randint(99, 899), 100)
    per_kg = price * 1000 / grams
    if not safe(per_kg):
        return y_unit_price(rng)
    return item("Y_unit_price", "math", f"a {grams}g pack costs {cash(price)}, what's the price "
                "per kg?", [money(per_kg)])


def y_savings_goal(rng: random.Random) -> Item:  # progress towards a goal, in percent
    goal = rng.randint(10, 80) * 100
    saved = rng.randint(goal // 20, goal - 1)
    share = F(saved, goal) * 100
    if not safe(share):
        return y_savings_goal(rng)
    return item("Y_savings_goal", "math", f"saving up for a {goal:,} trip and I've got {saved:,} "
                "so far... what % of the way am I?", [pct(share)])


def y_months_to_save(rng: random.Random) -> Item:  # whole months to reach a sum
    each, months = rng.randint(5, 60) * 10, rng.randint(4, 30)
    target = each * months - rng.randint(0, each - 10)
    return item("Y_months_to_save", "math", f"if I save {each} a month, how many months until I "
                f"have {target:,}?", [[f"{months} months", str(months)]])


def y_original_price(rng: random.Random) -> Item:  # the price before a discount
    off, before = rng.choice([10, 15, 20, 25, 30, 40]), F(rng.randint(1000, 40000), 100)
    paid = rounded(before * (100 - off) / 100)
    original = paid * 100 / (100 - off)
    if not safe(original) or not safe(before * (100 - off) / 100):
        return y_original_price(rng)
    return item("Y_original_price", "math", f"I paid {cash(paid)} for shoes after a {off}% "
                "discount. What was the original price?", [money(original)])


def y_ratio_split(rng: random.Random) -> Item:  # a sum shared in a ratio
    a, b = rng.sample(range(1, 8), 2)
    if math.gcd(a, b) != 1:
        return y_ratio_split(rng)
    total = (a + b) * rng.randint(20, 300)
    return item("Y_ratio_split", "math", f"split {total:,} in the ratio {a}:{b}, how much is each "
                "share?", [money(F(total * a, a + b)), money(F(total * b, a + b))])


def y_weighted_grade(rng: random.Random) -> Item:  # a weighted average of two marks
    w = rng.choice([30, 40, 50, 60, 70])
    exam, course = rng.randint(40, 99), rng.randint(40, 99)
    grade = F(exam * w + course * (100 - w), 100)
    if not safe(grade) or exam == course:
        return y_weighted_grade(rng)
    return item("Y_weighted_grade", "math", f"exam counts {w}% and coursework {100 - w}%. I got "
                f"{exam} on the exam and {course} on coursework, what's my overall mark?",
                [num(grade)])


# --- arithmetic, powers, roots, factorials ---------------------------------------------

def y_times(rng: random.Random) -> Item:  # a three-by-two digit product
    a, b = rng.randint(101, 999), rng.randint(12, 99)
    return item("Y_times", "math", f"{a} times {b}?", [num(a * b, 0)])


def y_divide_dp(rng: random.Random) -> Item:  # a division to two decimals
    a, b = rng.randint(1000, 9999), rng.randint(13, 97)
    if a % b == 0 or not safe(F(a, b)):
        return y_divide_dp(rng)
    return item("Y_divide_dp", "math", f"{a:,} divided by {b}, to 2 decimal places please",
                [num(F(a, b))])


def y_brackets(rng: random.Random) -> Item:  # an expression with brackets and precedence
    a, b, c = (rng.randint(2, 30) for _ in range(3))
    e = rng.choice([2, 3, 4, 6])
    d = e * rng.randint(2, 12)
    value = (a + b) * c - F(d, e)
    return item("Y_brackets", "math", f"calculate ({a} + {b}) * {c} - {d} / {e}",
                [num(value, 0)])


def y_negatives(rng: random.Random) -> Item:  # signed numbers
    a, b, c = rng.randint(10, 90), rng.randint(10, 90), rng.randint(2, 40)
    return item("Y_negatives", "math", f"-{a} + {b} - (-{c}) = ?", [num(-a + b + c, 0)])


def y_squared(rng: random.Random) -> Item:  # a number squared, in words
    n = rng.randint(13, 99)
    return item("Y_squared", "math", f"What is {n} squared?", [num(n * n, 0)])


def y_cubed(rng: random.Random) -> Item:  # a cube
    n = rng.randint(6, 40)
    return item("Y_cubed", "math", f"{n} cubed", [num(n ** 3, 0)])


def y_power_of(rng: random.Random) -> Item:  # a power asked the long way
    base, exp = rng.choice([2, 3, 5, 7]), rng.randint(5, 14)
    return item("Y_power_of", "math", f"what's {base} to the power of {exp}?",
                [num(base ** exp, 0)])


def y_negative_power(rng: random.Random) -> Item:  # a negative exponent
    base, exp = rng.choice([2, 4, 5, 10]), rng.randint(1, 3)
    value = F(1, base ** exp)
    return item("Y_negative_power", "math", f"{base}^-{exp}", [frac(value)])


def y_root_exact(rng: random.Random) -> Item:  # a perfect square's root
    n = rng.randint(14, 99)
    return item("Y_root_exact", "math", f"square root of {n * n:,}", [num(n, 0)])


def y_root_decimal(rng: random.Random) -> Item:  # a root that is not whole
    n = rng.randint(2, 500)
    if math.isqrt(n) ** 2 == n:
        return y_root_decimal(rng)
    getcontext().prec = 30
    root = Decimal(n).sqrt()
    return item("Y_root_decimal", "math", f"sqrt({n}) to two decimals?",
                [num(F(str(root)))])


def y_cube_root(rng: random.Random) -> Item:  # a perfect cube's root
    n = rng.randint(4, 30)
    return item("Y_cube_root", "math", f"what's the cube root of {n ** 3:,}?", [num(n, 0)])


def y_factorial(rng: random.Random) -> Item:  # a factorial in words
    n = rng.randint(5, 15)
    return item("Y_factorial", "math", f"What is {n} factorial?", [num(math.factorial(n), 0)])


# --- fractions -------------------------------------------------------------------------

def y_add_fractions(rng: random.Random) -> Item:  # two fractions added
    a, b = F(rng.randint(1, 7), rng.randint(2, 9)), F(rng.randint(1, 7), rng.randint(2, 9))
    if a.denominator == 1 or b.denominator == 1 or (a + b).denominator == 1:
        return y_add_fractions(rng)
    return item("Y_add_fractions", "math", f"add {a} and {b}", [frac(a + b)])


def y_fraction_of(rng: random.Random) -> Item:  # a fraction of a fraction
    a, b = F(rng.randint(1, 5), rng.randint(2, 7)), F(rng.randint(1, 8), rng.randint(3, 9))
    if a.denominator == 1 or b.denominator == 1 or a * b in (a, b):
        return y_fraction_of(rng)
    return item("Y_fraction_of", "math", f"what's {a} of {b}? as a fraction", [[str(a * b)]])


def y_divide_fractions(rng: random.Random) -> Item:  # a fraction divided by another
    a, b = F(rng.randint(1, 9), rng.randint(2, 10)), F(rng.randint(1, 9), rng.randint(2, 10))
    if a.denominator == 1 or b.denominator == 1 or (a / b).denominator == 1:
        return y_divide_fractions(rng)
    return item("Y_divide_fractions", "math", f"{a} ÷ {b}", [frac(a / b)])


def y_to_decimal(rng: random.Random) -> Item:  # a fraction with a terminating decimal
    den = rng.choice([8, 16, 20, 25, 40])
    n = rng.randint(1, den - 1)
    if math.gcd(n, den) != 1:
        return y_to_decimal(rng)
    return item("Y_to_decimal", "math", f"{n}/{den} as a decimal?",
                [[f"{float(F(n, den)):.6f}".rstrip("0")]])


def y_to_fraction(rng: random.Random) -> Item:  # a decimal in lowest terms
    cents = rng.randint(2, 98)
    if cents % 10 == 0 or math.gcd(cents, 100) == 1:
        return y_to_fraction(rng)
    return item("Y_to_fraction", "math", f"write 0.{cents:02d} as a fraction in lowest terms",
                [[str(F(cents, 100))]])


# --- statistics asked as maths ---------------------------------------------------------

def y_average_of(rng: random.Random) -> Item:  # a mean of a short list
    values = [rng.randint(10, 99) for _ in range(rng.randint(4, 7))]
    mean = F(sum(values), len(values))
    if not safe(mean):
        return y_average_of(rng)
    return item("Y_average_of", "math", f"average of {', '.join(map(str, values))}?",
                [num(mean)])


def y_median_of(rng: random.Random) -> Item:  # a median of an even count, halfway between
    values = [rng.randint(1, 200) for _ in range(rng.choice([6, 8, 10]))]
    middle = sorted(values)[len(values) // 2 - 1: len(values) // 2 + 1]
    if sum(middle) % 2 == 0:
        return y_median_of(rng)
    return item("Y_median_of", "math", f"find the median: {' '.join(map(str, values))}",
                [num(F(sum(middle), 2))])


def y_mean_median(rng: random.Random) -> Item:  # both mean and median, labelled
    values = [rng.randint(1, 60) for _ in range(rng.choice([6, 8]))]
    mean, med = F(sum(values), len(values)), F(sorted(values)[len(values) // 2 - 1]
                                                + sorted(values)[len(values) // 2], 2)
    if not safe(mean) or mean == med:
        return y_mean_median(rng)
    return item("Y_mean_median", "math", f"Could you give me the mean and the median of "
                f"{', '.join(map(str, values))}?",
                [[a for v in num(mean) for a in labelled(["mean", "Mean"], v)],
                 [a for v in num(med) for a in labelled(["median", "Median"], v)]])


def y_range_of(rng: random.Random) -> Item:  # the range of a list
    values = [rng.randint(-20, 120) for _ in range(rng.randint(5, 8))]
    return item("Y_range_of", "math", f"what is the range of {', '.join(map(str, values))}",
                [num(max(values) - min(values), 0)])


def y_sample_sd(rng: random.Random) -> Item:  # a sample standard deviation
    values = [rng.randint(1, 50) for _ in range(rng.randint(5, 7))]
    getcontext().prec = 30
    var = F(statistics.variance([F(v) for v in values]))
    sd = F(str((Decimal(var.numerator) / Decimal(var.denominator)).sqrt()))
    if not safe(sd):
        return y_sample_sd(rng)
    return item("Y_sample_sd", "math", f"sample standard deviation of {values}?",
                [num(sd)])


MATH: list[tuple[Family, int]] = [
    (y_tip_split, 6), (y_sale_price, 6), (y_percent_of, 6), (y_rent_rise, 6),
    (y_test_score, 6), (y_add_vat, 6), (y_before_vat, 6), (y_compound, 6),
    (y_simple_interest, 6), (y_hourly_pay, 6), (y_fuel_cost, 6), (y_unit_price, 6),
    (y_savings_goal, 6), (y_months_to_save, 6), (y_original_price, 6), (y_ratio_split, 6),
    (y_weighted_grade, 6), (y_times, 6), (y_divide_dp, 6),
    (y_brackets, 6), (y_negatives, 6), (y_squared, 6), (y_cubed, 6), (y_power_of, 6),
    (y_negative_power, 6), (y_root_exact, 6), (y_root_decimal, 6), (y_cube_root, 6),
    (y_factorial, 6), (y_add_fractions, 6), (y_fraction_of, 6), (y_divide_fractions, 6),
    (y_to_decimal, 6), (y_to_fraction, 6), (y_average_of, 6), (y_median_of, 6),
    (y_mean_median, 6), (y_range_of, 6), (y_sample_sd, 6)]
