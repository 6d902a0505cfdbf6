"""Round 10 (``Z_*``, dev now) for ``muse bench agents``, maths part one: arithmetic,
percentages, money, powers, roots, factorials and fractions; with the answer forms shared
by the round's maths modules."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction


def dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def whole(n: int) -> list[str]:
    """An integer as written plainly, with thousands separators, and with a typeset minus."""
    out = [str(n), f"{n:,}"]
    return dedupe(out + [o.replace("-", "\u2212") for o in out if o.startswith("-")])


def dec(value: Fraction | float, places: int = 2) -> list[str]:
    """A value rounded to `places` decimals, trimmed and in full (12.5 and 12.50)."""
    n = round(F(value) * 10**places)
    sign = "-" if n < 0 else ""
    units, part = divmod(abs(n), 10**places)
    tail = f".{part:0{places}d}" if places else ""
    out: list[str] = []
    for head in (str(units), f"{units:,}"):
        full = f"{sign}{head}{tail}"
        out += [full.rstrip("0").rstrip(".") if tail else full, full]
    return dedupe(out + [o.replace("-", "\u2212") for o in out if o.startswith("-")])


def tie(value: Fraction | float, places: int = 2) -> bool:
    """True when `value` sits on (or, as a float, within reach of) a rounding tie."""
    scaled = value * 10**places
    if isinstance(scaled, Fraction):
        return (scaled * 2).denominator == 1 and scaled.denominator != 1
    return abs(scaled - math.floor(scaled) - 0.5) < 1e-6


def frac(value: Fraction) -> list[str]:
    """A fraction in lowest terms, plus its decimal (exact when it ends, else to 2 places)."""
    value = F(value)
    if value.denominator == 1:
        return whole(int(value))
    out = [f"{value.numerator}/{value.denominator}"]
    if (value * 10**12).denominator == 1:
        out.append(f"{float(value):.12f}".rstrip("0"))
    elif abs(value) >= F(1, 10) and not tie(value):
        out += dec(value)
    return dedupe(out + [o.replace("-", "\u2212") for o in out if o.startswith("-")])


def pct(value: Fraction | float, places: int = 2) -> list[str]:
    return [f"{v}{gap}" for v in dec(value, places) for gap in ("%", " %", " percent")]


def eq(name: str, values: list[str]) -> list[str]:
    return [f"{name}{gap}{v}" for v in values for gap in (" = ", "=")]


def cash(value: Fraction, sign: str = "$") -> str:
    return f"{sign}{float(value):,.2f}"


def money(value: Fraction) -> list[str]:
    return dec(value, 2)


def price(rng: random.Random, low: float, high: float) -> Fraction:
    return F(round(rng.uniform(low, high) * 100), 100)


# --- arithmetic ------------------------------------------------------------------------

def z_times(rng: random.Random) -> Item:  # a two-digit product typed with an x
    a, b = rng.randint(23, 99), rng.randint(12, 99)
    return item("Z_a_times", "math", f"quick one - what's {a} x {b}?", [whole(a * b)])


def z_divide(rng: random.Random) -> Item:  # a division that comes out whole
    d, q = rng.randint(12, 48), rng.randint(25, 400)
    return item("Z_a_divide", "math", f"How much is {q * d} divided by {d}?", [whole(q)])


def z_divide_decimal(rng: random.Random) -> Item:  # a division rounded to two places
    a, b = rng.randint(100, 999), rng.randint(7, 29)
    if a % b == 0 or tie(F(a, b)):
        return z_divide_decimal(rng)
    return item("Z_a_divide_decimal", "math", f"{a}/{b} to 2 decimal places pls", [dec(F(a, b))])


def z_order_ops(rng: random.Random) -> Item:  # brackets and precedence
    a, k, e = rng.randint(5, 60), rng.randint(2, 9), rng.choice([2, 3, 4, 5, 6])
    c, d = rng.randint(2, 20), rng.randint(1, 15)
    if c == d:
        return z_order_ops(rng)
    return item("Z_a_order_ops", "math", f"calculate {a} + {k * e} * ({c} - {d}) / {e}",
                [whole(a + k * (c - d))])


def z_negatives(rng: random.Random) -> Item:  # signed numbers with a times sign
    a, b, c, d = rng.randint(3, 40), -rng.randint(2, 50), rng.randint(2, 12), -rng.randint(2, 12)
    return item("Z_a_negatives", "math", f"{a} - ({b}) + {c} × ({d}) = ?",
                [whole(a - b + c * d)])


def z_sum_prices(rng: random.Random) -> Item:  # a list of prices added up
    prices = [price(rng, 1, 40) for _ in range(rng.randint(4, 6))]
    listed = ", ".join(f"{float(p):.2f}" for p in prices[:-1]) + f" and {float(prices[-1]):.2f}"
    return item("Z_a_sum_prices", "math", f"can you add these up for me: {listed}",
                [money(sum(prices, F(0)))])


# --- percentages -----------------------------------------------------------------------

def z_percent_of(rng: random.Random) -> Item:  # a percentage of an amount
    p = rng.choice([F(25, 2), F(35, 2), F(35), F(8), F(22), F(65), F(15, 4), F(45)])
    n = rng.randint(40, 2000)
    value = p * n / 100
    if tie(value):
        return z_percent_of(rng)
    shown = f"{float(p):g}"
    return item("Z_a_percent_of", "math", f"what is {shown}% of {n}?", [dec(value)])


def z_what_percent(rng: random.Random) -> Item:  # a score as a percentage
    b = rng.randint(20, 400)
    a = rng.randint(b // 5, b - 1)
    value = F(100 * a, b)
    if tie(value):
        return z_what_percent(rng)
    return item("Z_a_what_percent", "math", f"{a} out of {b} - what percentage is that?",
                [pct(value)])


def z_percent_rise(rng: random.Random) -> Item:  # a rent rise as a percentage
    p, old = rng.randint(2, 25), rng.randrange(500, 2000, 50)
    new = F(old * (100 + p), 100)
    if new.denominator != 1:
        return z_percent_rise(rng)
    return item("Z_a_percent_rise", "math", f"the rent went up from {old} to {new} a month, "
                "by what percent did it go up?", [pct(p)])


def z_discount(rng: random.Random) -> Item:  # a sale price
    full, p = price(rng, 20, 300), rng.choice([15, 20, 25, 30, 35, 40, 60])
    value = full * (100 - p) / 100
    if tie(value):
        return z_discount(rng)
    return item("Z_a_discount", "math", f"this coat is {cash(full, '£')} but there's {p}% off in "
                "the sale, how much will it be?", [money(value)])


def z_two_discounts(rng: random.Random) -> Item:  # a discount on top of a discount
    full, p, q = rng.randint(30, 250), rng.choice([20, 30, 40, 50]), rng.choice([5, 10, 15, 20])
    value = F(full) * (100 - p) / 100 * (100 - q) / 100
    if tie(value):
        return z_two_discounts(rng)
    return item("Z_a_two_discounts", "math", f"There's {p}% off and then an extra {q}% off at the "
                f"checkout. Original price €{full} - what do I actually pay?", [money(value)])


def z_tip_split(rng: random.Random) -> Item:  # a bill plus tip shared out
    bill, tip, people = price(rng, 60, 400), rng.choice([10, 12, 15, 18, 20]), rng.randint(3, 8)
    value = bill * (100 + tip) / 100 / people
    if tie(value):
        return z_tip_split(rng)
    return item("Z_a_tip_split", "math", f"bill came to {cash(bill)}, we want to leave {tip}% tip "
                f"and split it {people} ways. how much does everyone pay?", [money(value)])


def z_vat_out(rng: random.Random) -> Item:  # the price before 20% VAT
    paid = price(rng, 15, 900)
    value = paid * 100 / 120
    if tie(value):
        return z_vat_out(rng)
    return item("Z_a_vat_out", "math", f"I paid {cash(paid, '£')} including 20% VAT, what was "
                "the price before VAT?", [money(value)])


# --- powers, roots, factorials ---------------------------------------------------------

def z_power(rng: random.Random) -> Item:  # a whole-number power in words
    base = rng.randint(2, 9)
    top = int(math.log(10**9, base))
    exp = rng.randint(5, top)
    return item("Z_a_power", "math", f"{base} to the power of {exp}?", [whole(base ** exp)])


def z_power_negative(rng: random.Random) -> Item:  # a negative exponent as a fraction
    base, exp = rng.choice([2, 4, 5, 8, 10]), rng.randint(2, 4)
    value = F(1, base ** exp)
    return item("Z_a_power_negative", "math", f"what's {base}^-{exp} as a fraction", [frac(value)])


def z_sqrt_exact(rng: random.Random) -> Item:  # a perfect square's root
    n = rng.randint(13, 99)
    return item("Z_a_sqrt_exact", "math", f"square root of {n * n}", [whole(n)])


def z_sqrt_round(rng: random.Random) -> Item:  # a square root to two places
    n = rng.randint(2, 500)
    root = math.sqrt(n)
    if math.isqrt(n) ** 2 == n or tie(root):
        return z_sqrt_round(rng)
    return item("Z_a_sqrt_round", "math", f"sqrt of {n}, 2 decimal places", [dec(root)])


def z_cube_root(rng: random.Random) -> Item:  # which number cubed gives n
    n = rng.randint(4, 30)
    return item("Z_a_cube_root", "math", f"what number cubed gives {n ** 3}?", [whole(n)])


def z_factorial(rng: random.Random) -> Item:  # n factorial in words
    n = rng.randint(6, 14)
    return item("Z_a_factorial", "math", f"what's {n} factorial", [whole(math.factorial(n))])


# --- fractions -------------------------------------------------------------------------

def mixed(value: Fraction) -> list[str]:
    """An improper fraction, also as a mixed number (1 7/12)."""
    out = frac(value)
    if value > 1 and value.denominator != 1:
        units = value.numerator // value.denominator
        out.append(f"{units} {value - units}")
    return out


def z_fraction_add(rng: random.Random) -> Item:  # two fractions added
    b, d = rng.randint(2, 12), rng.randint(2, 12)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    value = F(a, b) + F(c, d)
    if b == d or F(a, b).denominator != b or F(c, d).denominator != d or value.denominator == 1:
        return z_fraction_add(rng)
    return item("Z_a_fraction_add", "math", f"{a}/{b} + {c}/{d} = ? give it as a fraction",
                [mixed(value)])


def z_fraction_times(rng: random.Random) -> Item:  # a fraction multiplied by a fraction
    b, d = rng.randint(3, 12), rng.randint(3, 12)
    a, c = rng.randint(1, b - 1), rng.randint(1, d - 1)
    value = F(a, b) * F(c, d)
    if F(a, b).denominator != b or F(c, d).denominator != d:
        return z_fraction_times(rng)
    return item("Z_a_fraction_times", "math", f"Multiply {a}/{b} by {c}/{d}", [frac(value)])


NAMED = {F(1, 2): "half", F(2, 3): "two thirds", F(3, 4): "three quarters",
         F(2, 5): "two fifths", F(5, 8): "five eighths", F(3, 10): "three tenths",
         F(4, 7): "four sevenths"}


def z_fraction_of(rng: random.Random) -> Item:  # a named fraction of a number
    part = rng.choice(list(NAMED))
    n = part.denominator * rng.randint(5, 90)
    return item("Z_a_fraction_of", "math", f"what's {NAMED[part]} of {n}", [whole(int(part * n))])


def z_log(rng: random.Random) -> Item:  # a logarithm with a whole answer
    base = rng.choice([2, 3, 5, 10])
    exp = rng.randint(3, {2: 20, 3: 12, 5: 8, 10: 9}[base])
    return item("Z_a_log", "math", f"log base {base} of {base ** exp}", [whole(exp)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    z_times, z_divide, z_divide_decimal, z_order_ops, z_negatives, z_sum_prices, z_percent_of,
    z_what_percent, z_percent_rise, z_discount, z_two_discounts, z_tip_split, z_vat_out, z_power,
    z_power_negative, z_sqrt_exact, z_sqrt_round, z_cube_root, z_factorial, z_fraction_add,
    z_fraction_times, z_fraction_of, z_log)]
