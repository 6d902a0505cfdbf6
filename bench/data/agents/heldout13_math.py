"""Round 13 (``K_*``, dev now) for ``muse bench agents``, maths part one: answer forms shared
by the round's maths modules, then arithmetic, percentages, powers, roots, factorials and
fractions."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, fresh, item

Num = int | float | F


def dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def tie(value: Num, places: int = 2) -> bool:
    """True when rounding to ``places`` decimals is (nearly) a tie: replies may differ."""
    scaled = abs(float(value)) * 10**places
    return bool(abs(scaled % 1 - 0.5) < 1e-6)


def whole(n: int) -> list[str]:
    return dedupe([str(n), f"{n:,}"])


def dec(value: Num, places: int = 2) -> list[str]:
    """A rounded decimal as a reply may write it: 2.5, 2.50, 1,234.5, 1,234.50."""
    v = float(value)
    full, comma = f"{v:.{places}f}", f"{v:,.{places}f}"
    strip = [s.rstrip("0").rstrip(".") if "." in s else s for s in (full, comma)]
    return dedupe([strip[0], full, strip[1], comma])


def pct(value: Num, places: int = 2) -> list[str]:
    return dedupe([f"{v}{s}" for v in dec(value, places) for s in ("%", " %", " percent",
                                                                     " per cent")])


def eq(name: str, values: list[str]) -> list[str]:
    return dedupe([f"{name} = {v}" for v in values] + [f"{name}={v}" for v in values])


def frac(value: F) -> list[str]:
    """An exact fraction, plus its decimal when that terminates within six places."""
    if value.denominator == 1:
        return whole(int(value))
    out = [f"{value.numerator}/{value.denominator}"]
    if (value * 10**6).denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    return out


def unit(values: list[str], *names: str) -> list[str]:
    """Each value with each unit name; short symbols also written without the space."""
    out = [f"{v} {n}" for v in values for n in names]
    out += [f"{v}{n}" for v in values for n in names if len(n) <= 4]
    return dedupe(out)


# --- arithmetic ------------------------------------------------------------------------

def k_times(rng: random.Random) -> Item:  # a plain product, terse and lower case
    a, b = rng.randint(112, 989), rng.randint(13, 97)
    return item("K_a_times", "math", f"whats {a} times {b}", [whole(a * b)])


def k_long_div(rng: random.Random) -> Item:  # an exact long division
    d, q = rng.randint(12, 48), rng.randint(105, 900)
    return item("K_a_long_div", "math", f"Can you divide {d * q} by {d}?", [whole(q)])


def k_div_places(rng: random.Random) -> Item:  # a division that doesn't come out even
    a, b = rng.randint(100, 5000), rng.choice([7, 9, 11, 13, 17, 19, 23])
    if a % b == 0 or tie(F(a, b)):
        return k_div_places(rng)
    return item("K_a_div_places", "math", f"{a} / {b} to two decimal places please",
                [dec(F(a, b))])


def k_order_ops(rng: random.Random) -> Item:  # precedence of operations
    a, b, c, d = rng.randint(5, 60), rng.randint(2, 12), rng.randint(2, 12), rng.randint(2, 9)
    e = d * rng.randint(2, 9)
    return item("K_a_order_ops", "math", f"calculate {a} + {b} * {c} - {e} / {d}",
                [whole(a + b * c - e // d)])


def k_brackets(rng: random.Random) -> Item:  # two bracketed factors
    a, b, c, d = rng.randint(20, 90), rng.randint(1, 19), rng.randint(2, 15), rng.randint(2, 15)
    return item("K_a_brackets", "math", f"({a} - {b}) × ({c} + {d}) = ?",
                [whole((a - b) * (c + d))])


def k_negatives(rng: random.Random) -> Item:  # signed numbers
    a, b, c = rng.randint(10, 80), rng.randint(10, 99), rng.randint(3, 40)
    return item("K_a_negatives", "math", f"What does -{a} + {b} - (-{c}) come to?",
                [whole(-a + b + c)])


def k_decimal_sum(rng: random.Random) -> Item:  # adding three decimals
    xs = [F(rng.randint(10, 4000), 100) for _ in range(3)]
    text = ", ".join(fmt2(x) for x in xs[:2]) + f" and {fmt2(xs[2])}"
    return item("K_a_decimal_sum", "math", f"add up {text}", [dec(sum(xs))])


def fmt2(x: F) -> str:
    return f"{float(x):.2f}".rstrip("0").rstrip(".")


def k_decimal_product(rng: random.Random) -> Item:  # a product of two decimals
    a, b = F(rng.randint(11, 99), 10), F(rng.randint(11, 99), 10)
    return item("K_a_decimal_product", "math", f"{fmt2(a)} x {fmt2(b)}?", [dec(a * b)])


def k_pct_of(rng: random.Random) -> Item:  # a percentage of an amount, casual
    p, n = rng.choice([3, 7, 12, 15, 18, 22, 35, 45, 65, 85]), rng.randint(40, 2500)
    if tie(F(p * n, 100)):
        return k_pct_of(rng)
    return item("K_a_pct_of", "math", f"quick one: {p}% of {n}?", [dec(F(p * n, 100))])


def k_pct_what(rng: random.Random) -> Item:  # what percent one number is of another
    whole_ = rng.randint(20, 400)
    part = rng.randint(1, whole_ - 1)
    v = F(part * 100, whole_)
    if tie(v):
        return k_pct_what(rng)
    return item("K_a_pct_what", "math", f"{part} is what percent of {whole_}?", [pct(v)])


def k_pct_rise(rng: random.Random) -> Item:  # percentage increase between two prices
    old = rng.randint(20, 300)
    new = old + rng.randint(1, old)
    v = F((new - old) * 100, old)
    if tie(v):
        return k_pct_rise(rng)
    return item("K_a_pct_rise", "math", f"The price went up from {old} to {new}. What's that as a "
                "percentage increase?", [pct(v)])


def k_pct_drop(rng: random.Random) -> Item:  # percentage decrease of a weight
    old = rng.randint(70, 130)
    new = old - rng.randint(2, 20)
    v = F((old - new) * 100, old)
    if tie(v):
        return k_pct_drop(rng)
    return item("K_a_pct_drop", "math", f"i went from {old} kg down to {new} kg, by what percent "
                "did my weight drop?", [pct(v)])


def k_pct_add(rng: random.Random) -> Item:  # an amount raised by a percentage
    n, p = rng.randint(30, 900), rng.choice([5, 8, 12, 20, 25, 40])
    v = F(n * (100 + p), 100)
    if tie(v):
        return k_pct_add(rng)
    return item("K_a_pct_add", "math", f"add {p}% to {n}", [dec(v)])


def k_pct_off(rng: random.Random) -> Item:  # an amount cut by a percentage
    n, p = rng.randint(20, 600), rng.choice([15, 30, 35, 45, 60, 70])
    v = F(n * (100 - p), 100)
    if tie(v):
        return k_pct_off(rng)
    return item("K_a_pct_off", "math", f"Take {p} percent off {n} — what's left?", [dec(v)])


def k_pct_reverse(rng: random.Random) -> Item:  # the original price before a discount
    p, orig = rng.choice([10, 20, 25, 40, 50]), rng.randint(8, 160) * 2
    paid = F(orig * (100 - p), 100)
    return item("K_a_pct_reverse", "math", f"I paid {float(paid):.2f} after a {p}% discount. "
                "What was the original price?", [dec(orig)])


# --- powers, roots, factorials ---------------------------------------------------------

def k_square(rng: random.Random) -> Item:  # a two- or three-digit square
    n = rng.randint(23, 199)
    return item("K_a_square", "math", f"what's {n} squared?", [whole(n * n)])


def k_cube(rng: random.Random) -> Item:  # a cube, in words
    n = rng.randint(11, 49)
    return item("K_a_cube", "math", f"Cube of {n}", [whole(n ** 3)])


def k_power(rng: random.Random) -> Item:  # a power of a small base, spelt out
    b, e = rng.choice([2, 3, 5, 6, 7]), rng.randint(8, 16)
    return item("K_a_power", "math", f"{b} to the power of {e}", [whole(b ** e)])


def k_neg_power(rng: random.Random) -> Item:  # a negative exponent
    b, e = rng.choice([2, 4, 5, 8, 10]), rng.randint(1, 4)
    v = F(1, b ** e)
    return item("K_a_neg_power", "math", f"evaluate {b}^-{e}", [frac(v)])


def k_sqrt_exact(rng: random.Random) -> Item:  # a perfect square's root
    n = rng.randint(14, 99)
    return item("K_a_sqrt_exact", "math", f"Square root of {n * n}?", [whole(n)])


def k_sqrt_approx(rng: random.Random) -> Item:  # a root to two decimals
    n = rng.randint(2, 500)
    r = math.sqrt(n)
    if r == int(r) or tie(r):
        return k_sqrt_approx(rng)
    return item("K_a_sqrt_approx", "math", f"sqrt {n} rounded to 2 dp", [dec(r)])


def k_cbrt(rng: random.Random) -> Item:  # a perfect cube's root
    n = rng.randint(6, 40)
    return item("K_a_cbrt", "math", f"what is the cube root of {n ** 3}", [whole(n)])


def k_nth_root(rng: random.Random) -> Item:  # a fourth or fifth root
    k = rng.choice([4, 5, 6])
    n = rng.randint(3, {4: 30, 5: 15, 6: 9}[k])
    return item("K_a_nth_root", "math", f"{k}th root of {n ** k}", [whole(n)])


def k_factorial(rng: random.Random) -> Item:  # a factorial written with "!"
    n = rng.randint(6, 15)
    return item("K_a_factorial", "math", f"{n}! = ?", [whole(math.factorial(n))])


def k_factorial_words(rng: random.Random) -> Item:  # factorial spelt out, chatty
    n = rng.randint(7, 14)
    return item("K_a_factorial_words", "math", f"how big is {n} factorial actually?",
                [whole(math.factorial(n))])


def k_factorial_ratio(rng: random.Random) -> Item:  # a quotient of factorials
    n = rng.randint(8, 20)
    k = n - rng.randint(2, 3)
    return item("K_a_factorial_ratio", "math", f"simplify {n}!/{k}! to a number",
                [whole(math.factorial(n) // math.factorial(k))])


def k_choose(rng: random.Random) -> Item:  # combinations as a committee question
    n, k = rng.randint(8, 20), rng.randint(2, 5)
    return item("K_a_choose", "math", f"How many different groups of {k} can be picked from "
                f"{n} people?", [whole(math.comb(n, k))])


def k_perm(rng: random.Random) -> Item:  # ordered podium places
    n = rng.randint(6, 16)
    return item("K_a_perm", "math", f"{n} runners in a race - how many possible ways to fill "
                "1st, 2nd and 3rd?", [whole(n * (n - 1) * (n - 2))])


# --- fractions -------------------------------------------------------------------------

def fr(v: F) -> str:
    return f"{v.numerator}/{v.denominator}"


def proper(rng: random.Random, top: int = 12) -> F:
    d = rng.randint(2, top)
    return F(rng.randint(1, d - 1), d)


def k_frac_add(rng: random.Random) -> Item:  # two unlike fractions added
    a, b = proper(rng), proper(rng)
    if a.denominator == b.denominator:
        return k_frac_add(rng)
    return item("K_a_frac_add", "math", f"{fr(a)} + {fr(b)} as a fraction", [frac(a + b)])


def k_frac_sub(rng: random.Random) -> Item:  # fraction subtraction, worded
    a, b = proper(rng), proper(rng)
    if a <= b or a.denominator == b.denominator:
        return k_frac_sub(rng)
    return item("K_a_frac_sub", "math", f"what's {fr(a)} minus {fr(b)}?", [frac(a - b)])


def k_frac_mult(rng: random.Random) -> Item:  # a fraction of a fraction
    a, b = proper(rng, 9), proper(rng, 9)
    return item("K_a_frac_mult", "math", f"Multiply {fr(a)} by {fr(b)}", [frac(a * b)])


def k_frac_div(rng: random.Random) -> Item:  # fraction division
    a, b = proper(rng, 9), proper(rng, 9)
    if a == b:
        return k_frac_div(rng)
    return item("K_a_frac_div", "math", f"{fr(a)} ÷ {fr(b)}", [frac(a / b)])


def k_mixed(rng: random.Random) -> Item:  # mixed numbers added
    w1, w2, a, b = rng.randint(1, 6), rng.randint(1, 6), F(rng.choice([1, 3]), 4), proper(rng, 8)
    s = w1 + a + w2 + b
    w, rest = int(s), s - int(s)
    out = frac(s) + ([f"{w} {fr(rest)}"] if rest else [])
    return item("K_a_mixed", "math", f"{w1} {fr(a)} + {w2} {fr(b)} = ? (mixed number is fine)",
                [dedupe(out)])


def k_simplify_frac(rng: random.Random) -> Item:  # reducing a fraction
    v, k = proper(rng, 15), rng.randint(3, 12)
    return item("K_a_simplify_frac", "math", f"reduce {v.numerator * k}/{v.denominator * k} to "
                "lowest terms", [[fr(v)]])


def k_frac_to_dec(rng: random.Random) -> Item:  # a fraction as a decimal
    d = rng.choice([8, 16, 20, 25, 32, 40])
    n = rng.randint(1, d - 1)
    v = F(n, d)
    if v.denominator < 4:
        return k_frac_to_dec(rng)
    return item("K_a_frac_to_dec", "math", f"Convert {n}/{d} to a decimal.",
                [[f"{float(v):.6f}".rstrip("0")]])


def k_dec_to_frac(rng: random.Random) -> Item:  # a decimal as a fraction
    d = rng.choice([8, 16, 20, 25, 40])
    v = F(rng.randint(1, d - 1), d)
    if v.denominator < 4:
        return k_dec_to_frac(rng)
    return item("K_a_dec_to_frac", "math", f"write {float(v)} as a fraction", [[fr(v)]])


def k_frac_of(rng: random.Random) -> Item:  # a fraction of an amount
    d = rng.choice([3, 4, 5, 6, 8])
    n, base = rng.randint(1, d - 1), d * rng.randint(3, 60)
    return item("K_a_frac_of", "math", f"What is {n}/{d} of {base}?", [whole(base * n // d)])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    k_times, k_long_div, k_div_places, k_order_ops, k_brackets, k_negatives, k_decimal_sum,
    k_decimal_product, k_pct_of, k_pct_what, k_pct_rise, k_pct_drop, k_pct_add, k_pct_off,
    k_pct_reverse, k_square, k_cube, k_power, k_neg_power, k_sqrt_exact, k_sqrt_approx, k_cbrt,
    k_nth_root, k_factorial, k_factorial_words, k_factorial_ratio, k_choose, k_perm, k_frac_add,
    k_frac_sub, k_frac_mult, k_frac_div, k_mixed, k_simplify_frac, k_frac_to_dec,
    k_dec_to_frac, k_frac_of)]
