"""Round 12 (``P_*``, dev now) for ``muse bench agents``, maths part one: arithmetic,
percentages, powers, roots, factorials and fractions, plus the answer forms the other
round-12 maths modules share."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, exact, fmt, fresh, item


def dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def whole(n: int) -> list[str]:
    """An integer, with thousands separators as well when it is long."""
    return dedupe([str(n), f"{n:,}"])


def dec(value: float | F, places: int = 2) -> list[str]:
    """A rounded decimal: trailing zeros kept and dropped, separators for long ones."""
    x = float(value)
    full = f"{x:.{places}f}"
    short = full.rstrip("0").rstrip(".") if "." in full else full
    return dedupe([short, full, f"{x:,.{places}f}", fmt(x) if places == 2 else short])


def tie(value: float | F, places: int = 2) -> bool:
    """True when rounding to ``places`` decimals sits at (or within a hair of) a half."""
    scaled = float(value) * 10**places
    return abs(abs(scaled) % 1 - 0.5) < 1e-6


def frac(value: F) -> list[str]:
    """A fraction in lowest terms, its terminating decimal, and the mixed number."""
    out = exact(value)
    if value.denominator != 1 and abs(value) > 1:
        n, r = divmod(abs(value.numerator), value.denominator)
        out.append(f"{'-' if value < 0 else ''}{n} {r}/{value.denominator}")
    return dedupe(out)


def eq(name: str, values: list[str]) -> list[str]:
    return dedupe([f"{name} {sep} {v}" for v in values for sep in ("=",)]
                  + [f"{name}={v}" for v in values])


def money(value: F | float, sign: str = "$") -> list[str]:
    """An amount of money: with and without its sign, two decimals or the short form."""
    x = float(value)
    forms = [f"{x:.2f}", f"{x:,.2f}"]
    if x == int(x):
        forms += [str(int(x)), f"{int(x):,}"]
    return dedupe([sign + f for f in forms] + forms)


def pct(value: F | float) -> list[str]:
    return dedupe([f"{v}{s}" for v in dec(value) for s in ("%", " %", " percent")])


# --- arithmetic ------------------------------------------------------------------------

def p_times(rng: random.Random) -> Item:  # a two-digit product, asked in passing
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return item("P_a_times", "math", f"quick one: {a} times {b}?", [whole(a * b)])


def p_divide(rng: random.Random) -> Item:  # an exact long division
    d, q = rng.randint(12, 48), rng.randint(105, 960)
    return item("P_a_divide", "math", f"What is {d * q:,} divided by {d}", [whole(q)])


def p_add_list(rng: random.Random) -> Item:  # a column of numbers to add up
    ns = [rng.randint(40, 2500) for _ in range(rng.randint(4, 6))]
    return item("P_a_add_list", "math", "add these up for me pls: " + ", ".join(map(str, ns)),
                [whole(sum(ns))])


def p_order_ops(rng: random.Random) -> Item:  # operator precedence with a division
    a, b, c, e = rng.randint(5, 40), rng.randint(3, 12), rng.randint(3, 12), rng.randint(2, 9)
    d = e * rng.randint(2, 12)
    value = a + b * c - d // e
    return item("P_a_order_ops", "math", f"what does {a} + {b} * {c} - {d} / {e} come out to?",
                [whole(value)])


def p_negatives(rng: random.Random) -> Item:  # signed arithmetic with brackets
    a, b, c = rng.randint(-30, -2), rng.randint(3, 15), rng.randint(10, 200)
    return item("P_a_negatives", "math", f"({a}) * {b} + {c} = ?", [whole(a * b + c)])


def p_decimal_product(rng: random.Random) -> Item:  # two decimals multiplied
    a, b = F(rng.randint(101, 999), 100), F(rng.randint(11, 99), 10)
    v = a * b
    ans = dedupe([exact(v)[-1], f"{float(v):.3f}"]) if v.denominator != 1 else whole(int(v))
    return item("P_a_decimal_product", "math", f"{float(a):.2f} x {float(b):.1f}", [ans])


def p_big_product(rng: random.Random) -> Item:  # a big product, formal wording
    a, b = rng.randint(10000, 999999), rng.randint(101, 9999)
    return item("P_a_big_product", "math", f"Please calculate {a} × {b}.", [whole(a * b)])


def p_remainder(rng: random.Random) -> Item:  # a remainder
    n, d = rng.randint(500, 20000), rng.randint(7, 97)
    if n % d == 0:
        return p_remainder(rng)
    return item("P_a_remainder", "math", f"what's the remainder when {n} is divided by {d}",
                [whole(n % d)])


def p_sum_range(rng: random.Random) -> Item:  # the sum of a run of integers
    n = rng.randint(40, 1000)
    return item("P_a_sum_range", "math", f"Sum of all the whole numbers from 1 to {n}?",
                [whole(n * (n + 1) // 2)])


def p_sci(rng: random.Random) -> Item:  # scientific notation multiplied
    a, b = rng.randint(11, 95), rng.randint(11, 95)
    e1, e2 = rng.randint(3, 7), rng.randint(-4, -1)
    v = F(a, 10) * 10**e1 * F(b, 10) * F(1, 10**-e2)
    if v.denominator != 1:
        return p_sci(rng)
    return item("P_a_sci", "math", f"{a / 10}e{e1} * {b / 10}e{e2} = ?", [whole(int(v))])


# --- percentages -----------------------------------------------------------------------

def p_pct_of(rng: random.Random) -> Item:  # a percentage of a number
    p, n = F(rng.randint(5, 195), 2), rng.randint(20, 900)
    v = p * n / 100
    if tie(v):
        return p_pct_of(rng)
    return item("P_a_pct_of", "math", f"whats {fmt(float(p))}% of {n}", [dec(v)])


def p_pct_change(rng: random.Random) -> Item:  # a percentage increase from two values
    old, p = rng.randint(20, 400) * 4, rng.choice([5, 10, 15, 20, 25, 30, 35, 40, 45, 60, 75])
    new = F(old * (100 + p), 100)
    if new.denominator != 1:
        return p_pct_change(rng)
    return item("P_a_pct_change", "math", f"it went from {old} to {new}, what percent increase "
                "is that?", [pct(p)])


def p_pct_drop(rng: random.Random) -> Item:  # a percentage decrease, two decimals
    old, new = rng.randint(150, 900), 0
    new = rng.randint(old // 3, old - 5)
    v = F(old - new, old) * 100
    if tie(v):
        return p_pct_drop(rng)
    return item("P_a_pct_drop", "math", f"Visitors fell from {old} to {new}. By what percentage "
                "did they drop? (2 dp)", [pct(round(float(v), 2))])


def p_pct_what(rng: random.Random) -> Item:  # one number as a percentage of another
    whole_, p = rng.randint(8, 90) * 4, rng.choice([5, 12.5, 15, 25, 30, 37.5, 40, 62.5, 75])
    part = F(whole_) * F(p) / 100
    if part.denominator != 1:
        return p_pct_what(rng)
    return item("P_a_pct_what", "math", f"{part} is what percent of {whole_}?", [pct(p)])


def p_pct_increase_by(rng: random.Random) -> Item:  # increase a number by a percentage
    n, p = rng.randint(30, 2000), rng.randint(3, 45)
    v = F(n * (100 + p), 100)
    if tie(v):
        return p_pct_increase_by(rng)
    return item("P_a_pct_increase_by", "math", f"increase {n} by {p}%", [dec(v)])


def p_pct_decrease_by(rng: random.Random) -> Item:  # decrease a number by a percentage
    n, p = rng.randint(30, 2000), rng.randint(3, 60)
    v = F(n * (100 - p), 100)
    if tie(v):
        return p_pct_decrease_by(rng)
    return item("P_a_pct_decrease_by", "math", f"Take {p} percent off {n}. What's left?",
                [dec(v)])


def p_pct_of_pct(rng: random.Random) -> Item:  # successive percentage changes
    n, up, down = rng.randint(10, 99) * 10, rng.randint(5, 40), rng.randint(5, 40)
    v = F(n) * (100 + up) / 100 * (100 - down) / 100
    if tie(v):
        return p_pct_of_pct(rng)
    return item("P_a_pct_of_pct", "math", f"start with {n}, raise it by {up}% and then cut the "
                f"result by {down}%. what do you end up with", [dec(v)])


# --- powers, roots, factorials ---------------------------------------------------------

def p_power(rng: random.Random) -> Item:  # a power in words
    b, e = rng.randint(2, 13), rng.randint(4, 11)
    return item("P_a_power", "math", f"{b} to the power of {e}", [whole(b**e)])


def p_neg_power(rng: random.Random) -> Item:  # a negative exponent
    b, e = rng.choice([2, 4, 5, 8, 10]), rng.randint(2, 4)
    return item("P_a_neg_power", "math", f"what is {b}^-{e}", [frac(F(1, b**e))])


def p_square_sum(rng: random.Random) -> Item:  # two squares added
    a, b = rng.randint(11, 60), rng.randint(11, 60)
    return item("P_a_square_sum", "math", f"what's {a} squared plus {b} squared?",
                [whole(a * a + b * b)])


def p_sqrt_exact(rng: random.Random) -> Item:  # a perfect square's root
    r = rng.randint(14, 99)
    return item("P_a_sqrt_exact", "math", f"Square root of {r * r}?", [whole(r)])


def p_sqrt_round(rng: random.Random) -> Item:  # a root rounded
    n = rng.randint(10, 999)
    if math.isqrt(n) ** 2 == n or tie(math.sqrt(n)):
        return p_sqrt_round(rng)
    return item("P_a_sqrt_round", "math", f"sqrt({n}) to 2 decimal places", [dec(math.sqrt(n))])


def p_cube_root(rng: random.Random) -> Item:  # a perfect cube's root
    r = rng.randint(4, 40)
    return item("P_a_cube_root", "math", f"cube root of {r**3:,}??", [whole(r)])


def p_root_sum(rng: random.Random) -> Item:  # two roots added
    a, b = rng.randint(4, 30), rng.randint(4, 30)
    return item("P_a_root_sum", "math", f"√{a * a} + √{b * b} =", [whole(a + b)])


def p_factorial(rng: random.Random) -> Item:  # a factorial in words
    n = rng.randint(7, 15)
    return item("P_a_factorial", "math", f"What's {n} factorial?", [whole(math.factorial(n))])


def p_factorial_ratio(rng: random.Random) -> Item:  # factorials cancelled
    n, k = rng.randint(9, 30), rng.randint(2, 4)
    return item("P_a_factorial_ratio", "math", f"{n}!/{n - k}!",
                [whole(math.factorial(n) // math.factorial(n - k))])


def p_choose(rng: random.Random) -> Item:  # a committee chosen from a group
    n, k = rng.randint(8, 20), rng.randint(3, 5)
    return item("P_a_choose", "math", f"how many different ways can I pick {k} people out of "
                f"{n} for a committee?", [whole(math.comb(n, k))])


def p_podium(rng: random.Random) -> Item:  # ordered podium places
    n = rng.randint(6, 16)
    return item("P_a_podium", "math", f"{n} runners in a race. How many possible ways are there "
                "to fill 1st, 2nd and 3rd place?", [whole(math.perm(n, 3))])


def p_log10(rng: random.Random) -> Item:  # a base-ten logarithm of a power of ten
    k = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6, 7])
    text = f"{10**k:,}" if k > 0 else f"{10.0**k:.{-k}f}"
    return item("P_a_log10", "math", f"log base 10 of {text}", [whole(k)])


def p_ln(rng: random.Random) -> Item:  # a natural logarithm to three places
    n = rng.randint(3, 500)
    if tie(math.log(n), 3):
        return p_ln(rng)
    return item("P_a_ln", "math", f"ln({n}) to 3 decimals please", [dec(math.log(n), 3)])


# --- fractions and number facts --------------------------------------------------------

def p_frac_add(rng: random.Random) -> Item:  # two fractions added
    a, b = F(rng.randint(1, 8), rng.randint(2, 9)), F(rng.randint(1, 8), rng.randint(2, 12))
    if a.denominator == b.denominator or a.denominator == 1 or b.denominator == 1:
        return p_frac_add(rng)
    return item("P_a_frac_add", "math", f"{a} + {b} = ?", [frac(a + b)])


def p_frac_sub(rng: random.Random) -> Item:  # a fraction taken from another, chatty
    a, b = F(rng.randint(3, 11), rng.randint(4, 12)), F(rng.randint(1, 5), rng.randint(3, 10))
    if a.denominator in (1, b.denominator) or b.denominator == 1 or a <= b:
        return p_frac_sub(rng)
    return item("P_a_frac_sub", "math", f"can you work out {a} minus {b} as a fraction",
                [frac(a - b)])


def p_frac_of(rng: random.Random) -> Item:  # a fraction of a fraction
    a, b = F(rng.randint(1, 6), rng.randint(2, 9)), F(rng.randint(1, 8), rng.randint(3, 11))
    if a.denominator == 1 or b.denominator == 1:
        return p_frac_of(rng)
    return item("P_a_frac_of", "math", f"What is {a} of {b}?", [frac(a * b)])


def p_frac_div(rng: random.Random) -> Item:  # one fraction divided by another
    a, b = F(rng.randint(1, 12), rng.randint(2, 13)), F(rng.randint(1, 12), rng.randint(2, 13))
    if a.denominator == 1 or b.denominator == 1:
        return p_frac_div(rng)
    return item("P_a_frac_div", "math", f"{a} divided by {b}", [frac(a / b)])


def p_frac_reduce(rng: random.Random) -> Item:  # a fraction in lowest terms
    v, k = F(rng.randint(1, 15), rng.randint(2, 16)), rng.randint(3, 14)
    if v.denominator == 1:
        return p_frac_reduce(rng)
    return item("P_a_frac_reduce", "math", f"simplify the fraction {v.numerator * k}/"
                f"{v.denominator * k}", [frac(v)])


def p_frac_decimal(rng: random.Random) -> Item:  # a fraction written as a decimal
    d = rng.choice([8, 16, 20, 25, 32, 40, 50, 64, 80])
    n = rng.randint(1, d - 1)
    if math.gcd(n, d) != 1:
        return p_frac_decimal(rng)
    return item("P_a_frac_decimal", "math", f"What's {n}/{d} as a decimal?",
                [[f"{n / d:.6f}".rstrip("0")]])


def p_decimal_frac(rng: random.Random) -> Item:  # a decimal written as a fraction
    d = rng.choice([4, 8, 16, 20, 25, 40])
    v = F(rng.randint(1, d - 1), d)
    if v.denominator < 4:
        return p_decimal_frac(rng)
    return item("P_a_decimal_frac", "math", f"turn {float(v)} into a fraction",
                [[str(v)]])


def p_mixed(rng: random.Random) -> Item:  # mixed numbers added
    a = rng.randint(1, 5) + F(rng.randint(1, 4), rng.randint(5, 7))
    b = rng.randint(1, 5) + F(rng.randint(1, 2), rng.randint(3, 4))
    ta = f"{int(a)} {a - int(a)}"
    tb = f"{int(b)} {b - int(b)}"
    return item("P_a_mixed", "math", f"{ta} + {tb} — what do I get?", [frac(a + b)])


def p_gcd(rng: random.Random) -> Item:  # a greatest common factor
    g = rng.randint(4, 30)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        return p_gcd(rng)
    return item("P_a_gcd", "math", f"greatest common factor of {a} and {b}",
                [whole(math.gcd(a, b))])


def p_lcm(rng: random.Random) -> Item:  # a least common multiple of three numbers
    a, b, c = rng.sample(range(4, 31), 3)
    return item("P_a_lcm", "math", f"LCM of {a}, {b} and {c}?", [whole(math.lcm(a, b, c))])


def p_prime_factor(rng: random.Random) -> Item:  # the largest prime factor
    ps = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    fs = [rng.choice(ps) for _ in range(rng.randint(3, 5))]
    n = math.prod(fs)
    return item("P_a_prime_factor", "math", f"what's the biggest prime factor of {n}",
                [whole(max(fs))])


def p_ratio_split(rng: random.Random) -> Item:  # an amount split three ways by ratio
    r = [rng.randint(1, 7) for _ in range(3)]
    unit = rng.randint(5, 90)
    total = unit * sum(r)
    return item("P_a_ratio_split", "math", f"Split {total} in the ratio "
                f"{r[0]}:{r[1]}:{r[2]}", [whole(unit * k) for k in r])


def p_hypotenuse(rng: random.Random) -> Item:  # a hypotenuse from two legs
    a, b = rng.randint(3, 30), rng.randint(3, 30)
    h = math.hypot(a, b)
    if tie(h):
        return p_hypotenuse(rng)
    ans = whole(int(h)) if h == int(h) else dec(h)
    return item("P_a_hypotenuse", "math", f"right triangle with legs {a} and {b}, how long is "
                "the hypotenuse?", [ans])


def p_circle_area(rng: random.Random) -> Item:  # a circle's area from its radius
    r = rng.randint(2, 40)
    if tie(math.pi * r * r):
        return p_circle_area(rng)
    return item("P_a_circle_area", "math", f"Area of a circle of radius {r}? (2 d.p.)",
                [dec(math.pi * r * r)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    p_times, p_divide, p_add_list, p_order_ops, p_negatives, p_decimal_product, p_big_product,
    p_remainder, p_sum_range, p_sci, p_pct_of, p_pct_change, p_pct_drop, p_pct_what,
    p_pct_increase_by, p_pct_decrease_by, p_pct_of_pct, p_power, p_neg_power, p_square_sum,
    p_sqrt_exact, p_sqrt_round, p_cube_root, p_root_sum, p_factorial, p_factorial_ratio,
    p_choose, p_podium, p_log10, p_ln, p_frac_add, p_frac_sub, p_frac_of, p_frac_div,
    p_frac_reduce, p_frac_decimal, p_decimal_frac, p_mixed, p_gcd, p_lcm, p_prime_factor,
    p_ratio_split, p_hypotenuse, p_circle_area)]
