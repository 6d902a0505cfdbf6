"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part one: answer forms shared
by the round's maths modules, then arithmetic, powers, roots, fractions and percentages."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, fmt, fresh, item

Made = tuple[str, list[list[str]]] | None


def family(make: Callable[[random.Random], Made]) -> Family:
    """A family ``L_a_<function name>``; ``make`` returns None to draw again."""
    name = "L_a_" + make.__name__

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made:
                return item(name, "math", made[0], made[1])
    return fresh(draw)


def dedupe(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def tie(value: F | float) -> bool:
    """True when rounding to two decimals is (nearly) a tie, or the value is too close to call."""
    if isinstance(value, F):
        return (value * 200).denominator == 1 and (value * 100).denominator != 1
    return abs(abs(value) * 100 % 1 - 0.5) < 1e-3


def whole(n: int) -> list[str]:
    return dedupe([str(n), f"{n:,}"])


def num(value: F | float | int) -> list[str]:
    """A value to two decimals: 12.5 and 12.50, with thousands separators when large."""
    v = round(float(value), 2)
    if v == int(v) and isinstance(value, int | F) and F(value).denominator == 1:
        return whole(int(value))
    out = [fmt(v), f"{v:.2f}"]
    if abs(v) >= 1000:
        out += [f"{v:,.2f}", f"{v:,.2f}".rstrip("0").rstrip(".")]
    return dedupe(out)


def money(value: F | float | int) -> list[str]:
    """Money always to two decimals where a reply may keep the zero."""
    v = round(float(value), 2)
    out = [fmt(v), f"{v:.2f}"]
    if abs(v) >= 1000:
        out += [f"{v:,.2f}", f"{v:,.2f}".rstrip("0").rstrip(".")]
    return dedupe(out)


def frac(value: F) -> list[str]:
    """A fraction exactly (3/4), plus its decimal when that terminates within six places."""
    if value.denominator == 1:
        return whole(int(value))
    out = [f"{value.numerator}/{value.denominator}"]
    if (value * 10**6).denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    return out


def eq(name: str, values: list[str]) -> list[str]:
    return dedupe([f"{name} = {v}" for v in values] + [f"{name}={v}" for v in values])


def pct(value: F | float) -> list[str]:
    return dedupe([f"{v}{s}" for v in num(value) for s in ("%", " %", " percent")])


def unit(values: list[str], *names: str) -> list[str]:
    """Values with a unit, spaced (70 km) and, for symbols, unspaced (70km)."""
    out = [f"{v} {n}" for v in values for n in names]
    return dedupe(out + [f"{v}{n}" for v in values for n in names if len(n) <= 3])


# --- arithmetic -------------------------------------------------------------------------------

def times_long(rng: random.Random) -> Made:  # a product asked with "x", lower case
    a, b = rng.randint(23, 989), rng.randint(12, 97)
    return f"whats {a} x {b}", [whole(a * b)]


def add_column(rng: random.Random) -> Made:  # a few amounts to add, written one per phrase
    xs = [rng.randint(104, 2999) for _ in range(rng.randint(4, 6))]
    return "quick one, add these up: " + " plus ".join(map(str, xs)), [whole(sum(xs))]


def divide_long(rng: random.Random) -> Made:  # an exact long division
    d, q = rng.randint(13, 89), rng.randint(24, 480)
    return f"{d * q} divided by {d}?", [whole(q)]


def divide_dec(rng: random.Random) -> Made:  # a division that needs rounding
    a, b = rng.randint(100, 9999), rng.randint(7, 97)
    v = F(a, b)
    if v.denominator == 1 or tie(v):
        return None
    return f"Can you work out {a} / {b} to 2 decimal places", [num(v)]


def order_ops(rng: random.Random) -> Made:  # brackets and precedence
    a, b, c, d = (rng.randint(2, 19) for _ in range(4))
    return f"what does {a} + {b} * ({c} - {d}) come to", [whole(a + b * (c - d))]


def neg_mix(rng: random.Random) -> Made:  # negatives in a product and a sum
    a, b, c = rng.randint(-30, -2), rng.randint(3, 25), rng.randint(-40, 40)
    return f"({a}) * {b} - ({c}) = ?", [whole(a * b - c)]


def square_big(rng: random.Random) -> Made:  # a square of a two- or three-digit number
    n = rng.randint(31, 999)
    return f"{n} squared", [whole(n * n)]


def cube_of(rng: random.Random) -> Made:  # a cube in words
    n = rng.randint(11, 60)
    return f"What is the cube of {n}?", [whole(n ** 3)]


def power_two(rng: random.Random) -> Made:  # a power of two
    n = rng.randint(11, 40)
    return f"2 to the power of {n}", [whole(2 ** n)]


def power_general(rng: random.Random) -> Made:  # a power written with a caret
    b, e = rng.randint(3, 12), rng.randint(4, 9)
    return f"calc {b}^{e} pls", [whole(b ** e)]


def sqrt_exact(rng: random.Random) -> Made:  # a perfect square root
    n = rng.randint(14, 250)
    return f"square root of {n * n}?", [whole(n)]


def sqrt_round(rng: random.Random) -> Made:  # a root to two decimals
    n = rng.randint(2, 999)
    v = math.sqrt(n)
    if v == int(v) or tie(v):
        return None
    return f"sqrt({n}) to two decimals", [num(v)]


def cube_root(rng: random.Random) -> Made:  # an exact cube root
    n = rng.randint(4, 45)
    return f"what's the cube root of {n ** 3}", [whole(n)]


def nth_root(rng: random.Random) -> Made:  # a fourth or fifth root, rounded
    k, n = rng.choice([4, 5]), rng.randint(20, 5000)
    v = n ** (1 / k)
    if abs(v - round(v)) < 1e-9 or tie(v):
        return None
    word = {4: "fourth", 5: "fifth"}[k]
    return f"the {word} root of {n}, rounded to 2 dp", [num(v)]


def factorial_of(rng: random.Random) -> Made:  # a factorial with the bang
    n = rng.randint(7, 20)
    return f"{n}! = ?", [whole(math.factorial(n))]


def factorial_ratio(rng: random.Random) -> Made:  # a ratio of factorials
    n, k = rng.randint(8, 30), rng.randint(2, 4)
    return f"evaluate {n}!/{n - k}!", [whole(math.factorial(n) // math.factorial(n - k))]


def choose(rng: random.Random) -> Made:  # a binomial coefficient for a committee
    n, k = rng.randint(8, 30), rng.randint(2, 6)
    return (f"how many ways can you pick a committee of {k} from {n} people?",
            [whole(math.comb(n, k))])


def arrange(rng: random.Random) -> Made:  # permutations of places on a podium
    n, k = rng.randint(6, 25), rng.randint(2, 4)
    return (f"{n} runners in a race, how many different ways can the top {k} places be filled",
            [whole(math.perm(n, k))])


def gcd_of(rng: random.Random) -> Made:  # the greatest common divisor
    g = rng.randint(2, 30)
    a, b = g * rng.randint(2, 40), g * rng.randint(2, 40)
    if a == b:
        return None
    return f"gcd of {a} and {b}", [whole(math.gcd(a, b))]


def lcm_of(rng: random.Random) -> Made:  # the least common multiple, spelled out
    a, b = rng.randint(4, 60), rng.randint(4, 60)
    if a == b or math.gcd(a, b) == min(a, b):
        return None
    return f"Lowest common multiple of {a} and {b}?", [whole(math.lcm(a, b))]


def remainder_of(rng: random.Random) -> Made:  # a modulus
    a, b = rng.randint(500, 99999), rng.randint(7, 97)
    if a % b == 0:
        return None
    return f"{a} mod {b}", [whole(a % b)]


def sum_range(rng: random.Random) -> Made:  # sum of consecutive whole numbers
    a = rng.randint(1, 50)
    b = a + rng.randint(30, 400)
    return f"sum of all integers from {a} to {b} inclusive", [whole((a + b) * (b - a + 1) // 2)]


def sci_notation(rng: random.Random) -> Made:  # a product of two numbers in e-notation
    a, b = rng.randint(11, 99), rng.randint(11, 99)
    e1, e2 = rng.randint(2, 6), rng.randint(2, 6)
    return f"({a}e{e1}) * ({b}e{e2}) as a plain number", [whole(a * b * 10 ** (e1 + e2))]


def log_ten(rng: random.Random) -> Made:  # a base-10 logarithm rounded
    n = rng.randint(2, 9999)
    v = math.log10(n)
    if abs(v - round(v)) < 1e-9 or tie(v):
        return None
    return f"log base 10 of {n}? 2 decimals is fine", [num(v)]


def ln_of(rng: random.Random) -> Made:  # a natural log
    n = rng.randint(2, 500)
    v = math.log(n)
    if tie(v):
        return None
    return f"ln({n})", [num(v)]


def exp_of(rng: random.Random) -> Made:  # e to a power
    k = rng.choice([F(n, 10) for n in range(5, 60) if n % 10])
    v = math.exp(float(k))
    if tie(v):
        return None
    return f"e^{float(k)} rounded to two decimal places", [num(v)]


def log_exact(rng: random.Random) -> Made:  # a logarithm in words with an exact answer
    b, k = rng.choice([2, 3, 4, 5, 6, 7]), rng.randint(3, 8)
    return f"what is log base {b} of {b ** k}?", [whole(k)]


def sin_deg(rng: random.Random) -> Made:  # sine of an angle in degrees
    d = rng.randint(1, 89)
    v = math.sin(math.radians(d))
    if d in (30, 90) or tie(v):
        return None
    return f"sin {d} degrees?", [num(v)]


def cos_deg(rng: random.Random) -> Made:  # cosine in degrees, asked as a calculator would
    d = rng.randint(1, 179)
    v = math.cos(math.radians(d))
    if d in (60, 90, 120) or tie(v):
        return None
    return f"cos({d}°) to 2dp", [num(v)]


def tan_deg(rng: random.Random) -> Made:  # tangent in degrees
    d = rng.randint(1, 80)
    v = math.tan(math.radians(d))
    if d == 45 or tie(v):
        return None
    return f"tan of {d} degrees", [num(v)]


def hypotenuse(rng: random.Random) -> Made:  # a right triangle's long side
    a, b = rng.randint(2, 40), rng.randint(2, 40)
    v = math.hypot(a, b)
    if tie(v):
        return None
    ans = whole(round(v)) if abs(v - round(v)) < 1e-9 else num(v)
    return f"right triangle with legs {a} and {b}, how long is the hypotenuse", [ans]


def circle_area(rng: random.Random) -> Made:  # area of a circle from its radius
    r = rng.randint(2, 60)
    v = math.pi * r * r
    if tie(v):
        return None
    return f"area of a circle of radius {r}? round to 2 decimals", [num(v)]


def digits_sum(rng: random.Random) -> Made:  # the sum of the digits of a power
    b, e = rng.randint(2, 9), rng.randint(10, 30)
    return (f"add up the digits of {b}^{e}", [whole(sum(int(c) for c in str(b ** e)))])


def prime_check(rng: random.Random) -> Made:  # the smallest prime factor of a number
    p = rng.choice([7, 11, 13, 17, 19, 23, 29, 31, 37])
    q = rng.choice([41, 43, 47, 53, 59, 61, 67, 71, 73, 79])
    return f"what's the smallest prime that divides {p * q}", [whole(p)]


def prime_count(rng: random.Random) -> Made:  # how many primes below a bound
    n = rng.randint(30, 300)
    count = sum(1 for k in range(2, n) if all(k % d for d in range(2, math.isqrt(k) + 1)))
    return f"how many prime numbers are there below {n}?", [whole(count)]


# --- fractions ----------------------------------------------------------------------------------

def frac_add(rng: random.Random) -> Made:  # two fractions added, exact answer
    a, b, c, d = rng.randint(1, 9), rng.randint(2, 12), rng.randint(1, 9), rng.randint(2, 12)
    if b == d or a >= b or c >= d:
        return None
    return f"{a}/{b} + {c}/{d} as a fraction", [frac(F(a, b) + F(c, d))]


def frac_sub(rng: random.Random) -> Made:  # a fraction taken from another
    a, b, c, d = rng.randint(1, 11), rng.randint(2, 12), rng.randint(1, 11), rng.randint(2, 12)
    if b == d or a >= b or c >= d or F(a, b) == F(c, d):
        return None
    return f"what's {a}/{b} minus {c}/{d}", [frac(F(a, b) - F(c, d))]


def frac_mul(rng: random.Random) -> Made:  # a product of fractions, simplest form
    a, b, c, d = (rng.randint(2, 15) for _ in range(4))
    v = F(a, b) * F(c, d)
    if v.denominator == 1:
        return None
    return f"multiply {a}/{b} by {c}/{d}, simplest form please", [frac(v)]


def frac_div(rng: random.Random) -> Made:  # division of fractions
    a, b, c, d = (rng.randint(1, 12) for _ in range(4))
    if a == b or c == d:
        return None
    return f"({a}/{b}) ÷ ({c}/{d})", [frac(F(a, b) / F(c, d))]


def frac_of_amount(rng: random.Random) -> Made:  # a fraction of an amount of money
    b = rng.randint(3, 12)
    a = rng.randint(1, b - 1)
    total = b * rng.randint(3, 90)
    if math.gcd(a, b) != 1:
        return None
    return f"{a}/{b} of {total} dollars is how much?", [whole(total * a // b)]


def mixed_numbers(rng: random.Random) -> Made:  # mixed numbers added
    w1, w2 = rng.randint(1, 9), rng.randint(1, 9)
    a, b, c, d = rng.randint(1, 7), rng.choice([2, 3, 4, 5, 8]), rng.randint(1, 7), rng.choice(
        [2, 3, 4, 6, 8])
    if a >= b or c >= d:
        return None
    v = w1 + F(a, b) + w2 + F(c, d)
    out = frac(v)
    if v.denominator != 1:
        out.append(f"{v.numerator // v.denominator} {v.numerator % v.denominator}/{v.denominator}")
    return f"{w1} {a}/{b} + {w2} {c}/{d} = ?", [out]


def frac_simplify(rng: random.Random) -> Made:  # reducing a fraction
    g = rng.randint(3, 25)
    a, b = rng.randint(1, 20), rng.randint(2, 21)
    if math.gcd(a, b) != 1 or a == b:
        return None
    return f"reduce {a * g}/{b * g} to lowest terms", [[f"{a}/{b}"]]


def dec_to_frac(rng: random.Random) -> Made:  # a decimal as a fraction
    v = F(rng.randint(1, 999), 1000)
    if v.denominator < 4:
        return None
    return f"what is {float(v)} as a fraction", [[f"{v.numerator}/{v.denominator}"]]


def frac_compare(rng: random.Random) -> Made:  # which of two fractions is bigger
    a, b, c, d = rng.randint(1, 10), rng.randint(2, 13), rng.randint(1, 10), rng.randint(2, 13)
    if a >= b or c >= d or F(a, b) == F(c, d) or b == d or math.gcd(a, b) * math.gcd(c, d) > 1:
        return None
    big, small = (f"{a}/{b}", f"{c}/{d}") if F(a, b) > F(c, d) else (f"{c}/{d}", f"{a}/{b}")
    return f"which is bigger, {a}/{b} or {c}/{d}?", [[
        big + " is bigger", big + " is larger", big + " is greater", "**" + big + "**",
        f"{big} > {small}", f"{small} < {big}"]]


def recurring(rng: random.Random) -> Made:  # a fraction as a rounded decimal
    b = rng.choice([3, 6, 7, 9, 11, 12, 13, 14, 15, 17])
    a = rng.randint(1, 4 * b)
    v = F(a, b)
    if v.denominator == 1 or tie(v):
        return None
    return f"convert {a}/{b} to a decimal (2 dp)", [num(v)]


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    times_long, add_column, divide_long, divide_dec, order_ops, neg_mix, square_big, cube_of,
    power_two, power_general, sqrt_exact, sqrt_round, cube_root, nth_root, factorial_of,
    factorial_ratio, choose, arrange, gcd_of, lcm_of, remainder_of, sum_range, sci_notation,
    log_ten, ln_of, exp_of, log_exact, sin_deg, cos_deg, tan_deg, hypotenuse, circle_area,
    digits_sum, prime_check, prime_count, frac_add, frac_sub, frac_mul, frac_div, frac_of_amount,
    mixed_numbers, frac_simplify, dec_to_frac, frac_compare, recurring)]
