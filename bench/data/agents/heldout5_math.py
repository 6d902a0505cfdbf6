"""Round 5 (``U_*``, held out once, dev now) for ``muse bench agents``, first part: the
round's shared formatting helpers and its arithmetic, algebra and calculus families (see
:mod:`bench.data.agents.heldout5`)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, both, exact, fmt, item, poly


def poly_text(coeffs: dict[int, int], star: bool) -> str:
    """A polynomial in x, highest power first, as SymPy (star) or a person writes it."""
    out = ""
    for power in sorted(coeffs, reverse=True):
        c = coeffs[power]
        if not c:
            continue
        x = "" if power == 0 else ("x" if power == 1 else f"x^{power}")
        body = str(abs(c)) if not x else (x if abs(c) == 1 else f"{abs(c)}{'*' * star}{x}")
        out += (f"{'-' if c < 0 else ''}{body}" if not out else
                f" {'-' if c < 0 else '+'} {body}")
    return out or "0"


def poly_forms(coeffs: dict[int, int]) -> list[str]:
    return list(dict.fromkeys([poly_text(coeffs, True), poly_text(coeffs, False)]))


def commas(text: str) -> list[str]:
    """A number as written, plus with thousands separators."""
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return list(dict.fromkeys([text, f"{sign}{int(whole.lstrip('-')):,}{dot}{frac}"]))


def minus(text: str) -> list[str]:
    return list(dict.fromkeys([text, text.replace("-", "−")]))


def tie(value: Fraction, places: int = 2) -> bool:
    """True when rounding to that many decimal places would be a tie (2.45 to one place)."""
    scaled = value * 2 * Fraction(10) ** places
    return scaled.denominator == 1 and scaled.numerator % 2 == 1


def show(value: Fraction) -> str:
    return fmt(float(value))


def coef(n: int) -> str:
    return "" if n == 1 else str(n)


def signed(n: int) -> str:
    return f"+ {n}" if n >= 0 else f"- {-n}"


# --- everyday arithmetic -----------------------------------------------------------------

def u_tip(rng: random.Random) -> Item:  # a tip on a restaurant bill
    bill, p = rng.randint(18, 160), rng.choice([10, 12, 15, 18, 20, 22, 25])
    return item("U_tip", "math", f"dinner came to ${bill}, how much is a {p}% tip?",
                [both(bill * p / 100)])


def u_basket(rng: random.Random) -> Item:  # shop prices added up, written in a sentence
    names = rng.sample(["eggs", "milk", "bread", "rice", "butter", "bananas", "yoghurt"], 3)
    cents = [rng.randint(89, 899) for _ in names]
    got = [f"{n} {c / 100:.2f}" for n, c in zip(names, cents, strict=True)]
    return item("U_basket", "math", f"I got {got[0]}, {got[1]} and {got[2]} - what's that "
                "altogether?", [both(sum(cents) / 100)])


def u_change(rng: random.Random) -> Item:  # change from a banknote
    note = rng.choice([20, 50, 100])
    cents = rng.randint(note * 30, note * 100 - 1)
    return item("U_change", "math", f"I paid with a {note} dollar note for something that cost "
                f"{cents / 100:.2f}. how much change should I get back?",
                [both((note * 100 - cents) / 100)])


def u_split_rent(rng: random.Random) -> Item:  # a shared cost, whole shares
    people, each = rng.randint(3, 8), rng.randint(40, 400)
    return item("U_split_rent", "math", f"the cabin is {people * each} for the weekend and "
                f"there are {people} of us. how much does each person pay?", [both(each)])


def u_cubed(rng: random.Random) -> Item:  # "cubed" after the number
    n = rng.randint(4, 40)
    return item("U_cubed", "math", f"what's {n} cubed", [commas(str(n ** 3))])


def u_raised(rng: random.Random) -> Item:  # "raised to the power"
    a, b = rng.randint(2, 12), rng.randint(3, 9)
    return item("U_raised", "math", f"What is {a} raised to the power {b}?",
                [commas(str(a ** b))])


def u_surd(rng: random.Random) -> Item:  # a square root that is not whole, √ sign
    k, m = rng.randint(2, 9), rng.choice([2, 3, 5, 6, 7, 10])
    value = math.sqrt(k * k * m)
    return item("U_surd", "math", f"can you simplify √{k * k * m} for me",
                [[f"{k}*sqrt({m})", f"{k}sqrt({m})", f"{k}√{m}", fmt(value)]])


def u_factorial_of(rng: random.Random) -> Item:  # "the factorial of"
    n = rng.randint(4, 14)
    return item("U_factorial_of", "math", f"compute the factorial of {n}",
                [commas(str(math.factorial(n)))])


def u_unicode_ops(rng: random.Random) -> Item:  # × ÷ − typed as symbols, precedence
    a, b, c, e, k = (rng.randint(2, 60), rng.randint(2, 15), rng.randint(2, 12),
                     rng.randint(2, 9), rng.randint(2, 12))
    return item("U_unicode_ops", "math", f"what's {a} + {b} × {c} − {e * k} ÷ {e}",
                [minus(str(a + b * c - k))])


def u_negatives(rng: random.Random) -> Item:  # negative numbers, a bracketed factor
    a, b, c = rng.randint(3, 40), rng.randint(2, 12), rng.randint(2, 12)
    return item("U_negatives", "math", f"what does -{a} + {b}*(-{c}) give?",
                [minus(str(-a - b * c))])


def u_fuel(rng: random.Random) -> Item:  # price per litre times litres
    cents, volume = rng.randint(139, 219), rng.randint(20, 65)
    return item("U_fuel", "math", f"petrol is {cents / 100:.2f} a litre and I put in {volume} "
                "litres. what did that cost me?", [both(cents * volume / 100)])


def u_pct_change(rng: random.Random) -> Item:  # percentage increase or decrease
    old, p = rng.randint(6, 25) * 100, rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20])
    up = rng.random() < 0.5
    new = old * (100 + p) // 100 if up else old * (100 - p) // 100
    way = "went up" if up else "went down"
    return item("U_pct_change", "math", f"my rent {way} from {old} to {new} a month. by what "
                "percent?", [[str(p), f"{p}%"]])


def u_score_pct(rng: random.Random) -> Item:  # a quiz mark as a percentage
    total = rng.choice([20, 25, 40, 50, 80])
    got = rng.randint(total // 2, total - 1)
    return item("U_score_pct", "math", f"I got {got} out of {total} on my quiz, what's that as "
                "a percentage?", [both(got * 100 / total)])


# --- algebra and calculus --------------------------------------------------------------

def two_roots(rng: random.Random) -> tuple[int, int]:
    r1, r2 = sorted(rng.sample([-8, -6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 7, 9], 2))
    return r1, r2


def u_eq_rhs(rng: random.Random) -> Item:  # quadratic with a constant on the right
    r1, r2 = two_roots(rng)
    return item("U_eq_rhs", "math", f"which values of x make {poly(-(r1 + r2), 0)} = "
                f"{-r1 * r2} true?", [[f"x = {r1}"], [f"x = {r2}"]])


def u_linear_both(rng: random.Random) -> Item:  # x on both sides, answer may be a fraction
    a, c = rng.sample(range(2, 10), 2)
    b, d = (rng.choice([n for n in range(-20, 21) if n]) for _ in range(2))
    return item("U_linear_both", "math", f"{a}x {signed(b)} = {c}x {signed(d)}, what is x?",
                [[f"x = {v}" for v in exact(Fraction(d - b, a - c))]])


def u_brackets_eq(rng: random.Random) -> Item:  # a bracket to multiply out first
    k, c = rng.sample(range(2, 8), 2)
    m, x = rng.randint(1, 9), rng.randint(-6, 15)
    right = poly_text({1: c, 0: k * (x - m) - c * x}, False)
    return item("U_brackets_eq", "math", f"can you help me with {k}(x - {m}) = {right}? need x",
                [[f"x = {x}"]])


def u_fprime(rng: random.Random) -> Item:  # f'(x) notation on a cubic
    a, b, c = rng.randint(-6, 6), rng.choice([n for n in range(-9, 10) if n]), rng.randint(0, 9)
    f = poly_text({3: 1, 2: a, 1: b, 0: c}, False)
    return item("U_fprime", "math", f"f(x) = {f}. what is f'(x)?",
                [poly_forms({2: 3, 1: 2 * a, 0: b})])


def u_slope_at(rng: random.Random) -> Item:  # a derivative's value at a point
    k, n, p = rng.randint(1, 5), rng.randint(2, 4), rng.randint(1, 4)
    curve = f"{'' if k == 1 else k}x^{n}"
    return item("U_slope_at", "math", f"what's the slope of y = {curve} at x = {p}?",
                [[str(k * n * p ** (n - 1))]])


def u_definite(rng: random.Random) -> Item:  # the ∫ sign with written limits
    m, q = rng.randint(1, 9), rng.randint(-5, 9)
    a = rng.randint(0, 3)
    b = rng.randint(a + 1, 6)
    value = Fraction(m * (b * b - a * a), 2) + q * (b - a)
    return item("U_definite", "math", f"∫ from {a} to {b} of ({poly_text({1: m, 0: q}, False)}) dx",
                [exact(value)])


def u_indefinite(rng: random.Random) -> Item:  # indefinite integral of a quadratic
    k1, k2, c = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 9)
    integrand = poly_text({2: 3 * k1, 1: 2 * k2, 0: c}, False)
    return item("U_indefinite", "math", f"indefinite integral of {integrand} please",
                [poly_forms({3: k1, 2: k2, 1: c})])


def u_expand_square(rng: random.Random) -> Item:  # "multiply out" a squared binomial
    a = rng.choice([n for n in range(-9, 10) if n])
    return item("U_expand_square", "math", f"multiply out (x {signed(a)})²",
                [poly_forms({2: 1, 1: 2 * a, 0: a * a})])


def u_diff_squares(rng: random.Random) -> Item:  # a difference of two squares
    a = rng.randint(2, 12)
    f1, f2 = f"(x - {a})", f"(x + {a})"
    return item("U_diff_squares", "math", f"how does x^2 - {a * a} factor?",
                [[f"{f1}*{f2}", f"{f2}*{f1}", f"{f1}{f2}", f"{f2}{f1}"]])


def u_like_terms(rng: random.Random) -> Item:  # collect like terms
    a, c = rng.randint(2, 9), rng.randint(1, 9)
    e, b, d = rng.randint(1, a + c - 1), rng.randint(1, 20), rng.randint(1, 20)
    while b == d:
        d = rng.randint(1, 20)
    return item("U_like_terms", "math", f"collect like terms: {a}x + {b} + {coef(c)}x - {d} - "
                f"{coef(e)}x",
                [poly_forms({1: a + c - e, 0: b - d})])


def u_limit_inf(rng: random.Random) -> Item:  # limit at infinity of a rational function
    a, c = rng.randint(1, 12), rng.randint(1, 6)
    b, d = rng.randint(1, 9), rng.randint(1, 9)
    top, bottom = poly_text({2: a, 0: b}, False), poly_text({2: c, 0: -d}, False)
    return item("U_limit_inf", "math", f"lim x→∞ of ({top})/({bottom})",
                [exact(Fraction(a, c))])


def u_pair_eq(rng: random.Random) -> Item:  # simultaneous equations, British wording
    x, y = rng.randint(-4, 9), rng.randint(-4, 9)
    a1, b1, a2, b2 = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5)
    return item("U_pair_eq", "math", f"solve the simultaneous equations {coef(a1)}x + "
                f"{coef(b1)}y = {a1 * x + b1 * y} and {coef(a2)}x - {coef(b2)}y = "
                f"{a2 * x - b2 * y}",
                [[f"x = {x}"], [f"y = {y}"]])


def u_cubic(rng: random.Random) -> Item:  # a cubic with three whole roots
    r = sorted(rng.sample(range(-4, 6), 3))
    s1, s2, s3 = sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], r[0] * r[1] * r[2]
    expr = poly_text({3: 1, 2: -s1, 1: s2, 0: -s3}, False)
    return item("U_cubic", "math", f"solve the cubic {expr} = 0", [[f"x = {v}"] for v in r])


MATH: list[tuple[Family, int]] = [
    (u_tip, 5), (u_basket, 5), (u_change, 5), (u_split_rent, 5), (u_cubed, 5), (u_raised, 5),
    (u_surd, 5), (u_factorial_of, 5), (u_unicode_ops, 5), (u_negatives, 5), (u_fuel, 5),
    (u_pct_change, 5), (u_score_pct, 5), (u_eq_rhs, 5), (u_linear_both, 5), (u_brackets_eq, 5),
    (u_fprime, 5), (u_slope_at, 5), (u_definite, 5), (u_indefinite, 5), (u_expand_square, 5),
    (u_diff_squares, 5), (u_like_terms, 5), (u_limit_inf, 5), (u_pair_eq, 5), (u_cubic, 5)]
