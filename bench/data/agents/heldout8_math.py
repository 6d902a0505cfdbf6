"""Round 8 (``X_*``, dev now) for ``muse bench agents``, first part: money, percentages,
arithmetic, powers, roots, factorials, fractions and statistics asked as maths (see
:mod:`bench.data.agents.heldout8`). Also the number forms the round's modules share."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, item, labelled


def fixed(x: Fraction, places: int = 2) -> str:
    """``x`` rounded half away from zero to ``places`` decimals (ties are avoided anyway)."""
    scaled = abs(x) * 10**places
    whole = int(scaled + Fraction(1, 2))
    text = str(whole).rjust(places + 1, "0")
    body = f"{text[:-places]}.{text[-places:]}" if places else text
    return f"-{body}" if x < 0 and whole else body


def tie(x: Fraction, places: int = 2) -> bool:
    """True when ``x`` lies on (or within a hair of) a rounding boundary."""
    scaled = x * 10**places
    return bool(abs(scaled - math.floor(scaled) - Fraction(1, 2)) < Fraction(1, 10**4))


def grouped(text: str) -> str:
    whole, _, part = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    body = f"{int(whole.lstrip('-')):,}"
    return sign + body + (f".{part}" if part else "")


def num(x: Fraction | int, places: int = 2) -> list[str]:
    """A value rounded to ``places``: as written with its zeros, without them, with commas."""
    x = Fraction(x)
    if x.denominator == 1:
        base = [str(x.numerator)]
    else:
        text = fixed(x, places)
        base = [text.rstrip("0").rstrip("."), text]
    return list(dict.fromkeys(form for b in base for form in (b, grouped(b))))


def cash(x: Fraction) -> str:
    """An amount of money for a request's text: whole, or with two decimals."""
    return str(x.numerator) if x.denominator == 1 else fixed(x)


def show(x: Fraction) -> str:
    """A short decimal (or whole number) for a request's text."""
    return str(x.numerator) if x.denominator == 1 else f"{float(x):g}"


def frac(x: Fraction) -> list[str]:
    """An exact fraction (and a mixed number when above one) with its decimal: exact when it
    ends within six places, else to two places."""
    out = [str(x)]
    if x.denominator != 1 and abs(x) > 1:
        whole = abs(x.numerator) // x.denominator
        rest = Fraction(abs(x.numerator) % x.denominator, x.denominator)
        out.append(f"{'-' if x < 0 else ''}{whole} {rest}")
    if x.denominator != 1 and (x * 10**6).denominator == 1:
        out.append(f"{float(x):.6f}".rstrip("0"))
    else:
        out += num(x)
    return list(dict.fromkeys(out))


def an(n: object) -> str:
    """'a' or 'an' before a number as it is read aloud (an 8, an 11, an 18)."""
    text = str(n)
    return "an" if text.startswith("8") or text.split(".")[0] in ("11", "18") else "a"


MEAN, MEDIAN = ["mean", "average"], ["median"]
STDEV = ["standard deviation", "sample standard deviation", "std dev", "SD"]


# --- money and percentages -------------------------------------------------------------

def x_split_dinner(rng: random.Random) -> Item:  # a restaurant bill shared evenly
    total, people = Fraction(rng.randint(4000, 39000), 100), rng.randint(3, 9)
    if tie(total / people):
        return x_split_dinner(rng)
    return item("X_split_dinner", "math", f"dinner came to ${cash(total)} for {people} of us. "
                "what does everyone owe if we split it evenly?", [num(total / people)])


def x_tip(rng: random.Random) -> Item:  # a tip as a percentage of a bill
    bill, p = Fraction(rng.randint(1800, 16000), 100), rng.choice([12, 15, 18, 20, 22])
    if tie(bill * p / 100):
        return x_tip(rng)
    return item("X_tip", "math", f"Bill is {cash(bill)}. If I leave {p}%, how much tip is that?",
                [num(bill * p / 100)])


def x_sale(rng: random.Random) -> Item:  # a price after a percentage off
    price, p = rng.randint(20, 400), rng.choice([10, 15, 20, 25, 30, 35, 40, 60])
    return item("X_sale", "math", f"the boots were £{price} and they're {p}% off in the sale - "
                "what would I pay now?", [num(Fraction(price * (100 - p), 100))])


def x_add_vat(rng: random.Random) -> Item:  # a net price plus VAT
    net, vat = Fraction(rng.randint(1500, 90000), 100), rng.choice([5, 7, 19, 20, 21])
    gross = net * (100 + vat) / 100
    if tie(gross):
        return x_add_vat(rng)
    return item("X_add_vat", "math", f"quote says {cash(net)} + VAT at {vat}%. total incl VAT?",
                [num(gross)])


def x_percent_of(rng: random.Random) -> Item:  # a decimal percentage of an amount
    p, n = Fraction(rng.randint(5, 95), 2), rng.randint(12, 900) * 4
    return item("X_percent_of", "math", f"What is {show(p)} percent of {n}?",
                [num(p * n / 100)])


def x_test_score(rng: random.Random) -> Item:  # a mark as a percentage
    total = rng.randint(40, 120)
    got = rng.randint(total // 3, total - 1)
    share = Fraction(got * 100, total)
    if tie(share):
        return x_test_score(rng)
    return item("X_test_score", "math", f"got {got} out of {total} on my exam, what's that as a "
                "percentage?", [num(share)])


def x_rent_rise(rng: random.Random) -> Item:  # percentage increase between two amounts
    old = rng.randint(60, 160) * 10
    new = old + rng.randint(2, 25) * 5
    change = Fraction((new - old) * 100, old)
    if tie(change):
        return x_rent_rise(rng)
    return item("X_rent_rise", "math", f"landlord is putting the rent up from {old} to {new} a "
                "month. what % increase is that?", [num(change)])


def x_raise(rng: random.Random) -> Item:  # a salary after a percentage raise
    pay, p = rng.randint(220, 900) * 100, Fraction(rng.randint(4, 16), 2)
    new = pay * (100 + p) / 100
    return item("X_raise", "math", f"I'm on {pay:,} a year and just got {an(show(p))} "
                f"{show(p)}% raise. what's my new salary?", [num(new)])


def x_compound(rng: random.Random) -> Item:  # savings with annual compound interest
    money, rate, years = rng.randint(10, 200) * 100, rng.choice([2, 3, 4, 5, 6]), \
        rng.randint(3, 15)
    grown = money * Fraction(100 + rate, 100) ** years
    if tie(grown):
        return x_compound(rng)
    return item("X_compound", "math", f"if I leave {money} in an account paying {rate}% "
                f"interest compounded yearly, how much will there be after {years} years?",
                [num(grown)])


def x_simple_interest(rng: random.Random) -> Item:  # simple interest on a loan
    money, rate, years = rng.randint(5, 80) * 100, Fraction(rng.randint(4, 18), 2), \
        rng.randint(2, 6)
    return item("X_simple_interest", "math", f"simple interest on {money} at {show(rate)}% per "
                f"annum over {years} years?", [num(money * rate * years / 100)])


def x_price_per_kg(rng: random.Random) -> Item:  # unit price of a pack
    grams, price = rng.choice([150, 200, 250, 300, 400, 450, 600, 750]), \
        Fraction(rng.randint(89, 999), 100)
    per_kg = price * 1000 / grams
    if tie(per_kg):
        return x_price_per_kg(rng)
    return item("X_price_per_kg", "math", f"a {grams}g bag of coffee costs {cash(price)}. how much "
                "is that per kilo?", [num(per_kg)])


def x_wages(rng: random.Random) -> Item:  # pay for hours worked at an hourly rate
    hours, rate = Fraction(rng.randint(20, 90), 2), Fraction(rng.randint(1100, 2800), 100)
    if tie(hours * rate):
        return x_wages(rng)
    return item("X_wages", "math", f"worked {show(hours)} hrs this week at {cash(rate)}/hr, what "
                "should my paycheck be before tax?", [num(hours * rate)])


def x_before_discount(rng: random.Random) -> Item:  # the original price from a sale price
    p, was = rng.choice([10, 20, 25, 40, 50]), rng.randint(12, 300)
    paid = Fraction(was * (100 - p), 100)
    return item("X_before_discount", "math", f"paid {cash(paid)} for a lamp that was {p}% off. "
                "what did it cost originally?", [num(was)])


# --- arithmetic, powers, roots -----------------------------------------------------------

def x_times(rng: random.Random) -> Item:  # a three-digit by two-digit product
    a, b = rng.randint(101, 999), rng.randint(12, 99)
    return item("X_times", "math", f"can u do {a} times {b} for me", [num(a * b)])


def x_divide_dp(rng: random.Random) -> Item:  # a division rounded to two places
    a, b = rng.randint(1000, 9999), rng.choice([3, 6, 7, 9, 11, 12, 13])
    if a % b == 0 or tie(Fraction(a, b)):
        return x_divide_dp(rng)
    return item("X_divide_dp", "math", f"{a} ÷ {b}, to two decimal places",
                [num(Fraction(a, b))])


def x_order_ops(rng: random.Random) -> Item:  # mixed operations without brackets
    a, d, q, c, e = rng.randint(5, 60), rng.randint(2, 9), rng.randint(2, 12), \
        rng.randint(2, 9), rng.randint(2, 9)
    return item("X_order_ops", "math", f"Calculate {a} + {d * q} / {d} - {c} * {e}",
                [num(a + q - c * e)])


def x_bracket_cube(rng: random.Random) -> Item:  # a cubed bracket plus a product
    a, b, c, d = rng.randint(6, 15), rng.randint(1, 5), rng.randint(2, 9), rng.randint(2, 9)
    return item("X_bracket_cube", "math", f"what does ({a} - {b})^3 + {c}*{d} come to?",
                [num((a - b) ** 3 + c * d)])


def x_negatives(rng: random.Random) -> Item:  # subtracting negative numbers
    a, b, c = rng.randint(20, 90), rng.randint(30, 120), rng.randint(2, 40)
    return item("X_negatives", "math", f"-{a} - {b} - (-{c}) = ?", [num(-a - b + c)])


def x_decimals(rng: random.Random) -> Item:  # adding several decimals
    values = [Fraction(rng.randint(100, 4000), 100) for _ in range(rng.randint(3, 5))]
    listed = ", ".join(fixed(v) for v in values[:-1]) + f" and {fixed(values[-1])}"
    return item("X_decimals", "math", f"add up {listed}", [num(sum(values, Fraction(0)))])


def x_squared(rng: random.Random) -> Item:  # a number squared, in words
    n = rng.randint(13, 99)
    return item("X_squared", "math", f"whats {n} squared", [num(n * n)])


def x_cube_root(rng: random.Random) -> Item:  # an exact cube root
    n = rng.randint(4, 30)
    return item("X_cube_root", "math", f"cube root of {n ** 3:,}?", [num(n)])


def x_sqrt_places(rng: random.Random) -> Item:  # a square root that is not whole
    n = rng.randint(10, 500)
    root = math.sqrt(n)
    if root.is_integer() or tie(Fraction(root)):
        return x_sqrt_places(rng)
    return item("X_sqrt_places", "math", f"sqrt({n}) to 2 dp please", [num(Fraction(root))])


def x_big_power(rng: random.Random) -> Item:  # a power written with a caret
    a, b = rng.choice([2, 3, 5, 7, 11]), rng.randint(6, 16)
    return item("X_big_power", "math", f"{a}^{b}", [num(a ** b)])


def x_negative_power(rng: random.Random) -> Item:  # a negative exponent as a decimal
    a, b = rng.choice([2, 4, 5, 8, 10]), rng.randint(1, 4)
    if a ** b > 1000:
        return x_negative_power(rng)
    v = Fraction(1, a ** b)
    return item("X_negative_power", "math", f"what's {a} to the power of -{b}? as a decimal",
                [[f"{float(v):.10f}".rstrip("0")]])


def x_factorial(rng: random.Random) -> Item:  # a factorial in words
    n = rng.randint(6, 15)
    return item("X_factorial", "math", f"how big is {n} factorial?", [num(math.factorial(n))])


def x_line_up(rng: random.Random) -> Item:  # orderings of a group
    n = rng.randint(4, 10)
    who = rng.choice(["kids", "runners", "books", "guests"])
    return item("X_line_up", "math", f"in how many different orders can {n} {who} be lined up?",
                [num(math.factorial(n))])


def x_committee(rng: random.Random) -> Item:  # combinations
    n = rng.randint(7, 20)
    k = rng.randint(2, 5)
    return item("X_committee", "math", f"how many ways to pick {k} people out of {n} if order "
                "doesn't matter?", [num(math.comb(n, k))])


def x_hcf(rng: random.Random) -> Item:  # highest common factor
    g = rng.randint(3, 30)
    a, b = g * rng.randint(2, 12), g * rng.randint(2, 12)
    if a == b:
        return x_hcf(rng)
    return item("X_hcf", "math", f"highest common factor of {a} and {b}?",
                [num(math.gcd(a, b))])


# --- fractions ---------------------------------------------------------------------------

def x_add_fractions(rng: random.Random) -> Item:  # two unlike fractions added
    a, b = Fraction(rng.randint(1, 8), rng.randint(2, 9)), \
        Fraction(rng.randint(1, 8), rng.randint(2, 12))
    if a.denominator == 1 or b.denominator == 1 or a.denominator == b.denominator \
            or tie(a + b):
        return x_add_fractions(rng)
    return item("X_add_fractions", "math", f"{a} + {b} = ? (as a fraction)", [frac(a + b)])


def x_fraction_of(rng: random.Random) -> Item:  # a fraction of an amount
    part = Fraction(rng.randint(1, 7), rng.choice([3, 4, 5, 8]))
    if part.denominator == 1 or part > 1:
        return x_fraction_of(rng)
    n = part.denominator * rng.randint(5, 60)
    return item("X_fraction_of", "math", f"what's {part} of {n}?", [num(part * n)])


def x_lowest_terms(rng: random.Random) -> Item:  # reducing a fraction
    reduced = Fraction(rng.randint(1, 11), rng.randint(2, 13))
    k = rng.randint(3, 14)
    if reduced.denominator == 1 or reduced.numerator >= reduced.denominator:
        return x_lowest_terms(rng)
    top, bottom = reduced.numerator * k, reduced.denominator * k
    return item("X_lowest_terms", "math", f"simplify the fraction {top}/{bottom}",
                [[str(reduced)]])


# --- statistics asked as maths ----------------------------------------------------------

def x_mean_of(rng: random.Random) -> Item:  # a mean of a short list
    values = [rng.randint(2, 60) for _ in range(rng.randint(5, 8))]
    mean = Fraction(sum(values), len(values))
    if tie(mean):
        return x_mean_of(rng)
    listed = ", ".join(map(str, values[:-1])) + f" and {values[-1]}"
    return item("X_mean_of", "math", f"Find the mean of {listed}.",
                [[form for v in num(mean) for form in labelled(MEAN, v)]])


def x_median_of(rng: random.Random) -> Item:  # a median of an even-length list
    values = rng.sample(range(1, 80), rng.choice([6, 8]))
    median = Fraction(statistics.median(values))
    return item("X_median_of", "math", f"median of {' '.join(map(str, values))}?",
                [[form for v in num(median) for form in labelled(MEDIAN, v)]])


def x_stdev_of(rng: random.Random) -> Item:  # a sample standard deviation
    values = [rng.randint(1, 40) for _ in range(rng.randint(5, 7))]
    sd = Fraction(statistics.stdev([Fraction(v) for v in values]))
    if tie(sd):
        return x_stdev_of(rng)
    return item("X_stdev_of", "math", f"whats the standard deviation of "
                f"{', '.join(map(str, values))} (sample)",
                [[form for v in num(sd) for form in labelled(STDEV, v)]])


def x_mode_of(rng: random.Random) -> Item:  # the most common value
    mode = rng.randint(1, 20)
    others = rng.sample([v for v in range(1, 21) if v != mode], 4)
    values = [mode] * 3 + others + others[:1]
    rng.shuffle(values)
    return item("X_mode_of", "math", f"what is the mode of these numbers: "
                f"{', '.join(map(str, values))}", [labelled(["mode"], str(mode))])


MATH: list[tuple[Family, int]] = [
    (x_split_dinner, 6), (x_tip, 6), (x_sale, 6), (x_add_vat, 6), (x_percent_of, 6),
    (x_test_score, 6), (x_rent_rise, 6), (x_raise, 6), (x_compound, 6), (x_simple_interest, 6),
    (x_price_per_kg, 6), (x_wages, 6), (x_before_discount, 6), (x_times, 6), (x_divide_dp, 6),
    (x_order_ops, 6), (x_bracket_cube, 6), (x_negatives, 6), (x_decimals, 6), (x_squared, 6),
    (x_cube_root, 6), (x_sqrt_places, 6), (x_big_power, 6), (x_negative_power, 6),
    (x_factorial, 6), (x_line_up, 6), (x_committee, 6), (x_hcf, 6), (x_add_fractions, 6),
    (x_fraction_of, 6), (x_lowest_terms, 6), (x_mean_of, 6), (x_median_of, 6),
    (x_stdev_of, 6), (x_mode_of, 6)]
