"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part one: helpers shared by
the round's maths modules, then arithmetic, percentages and everyday money sums."""

from __future__ import annotations

import inspect
import random
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, fresh, item, labelled


class Redraw(Exception):
    """Raised by a draw that would be degenerate or round on a tie."""


def dedupe(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def need(ok: bool) -> None:
    if not ok:
        raise Redraw


def cents(value: Any) -> Decimal:
    """A value rounded to two decimals; ties and float noise near a tie are redrawn."""
    if isinstance(value, float):
        need(abs(abs(value * 100) % 1 - 0.5) > 1e-6)
        value = Decimal(repr(value))
    elif isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    value = Decimal(value)
    need(abs(value * 100) % 1 != Decimal("0.5"))
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def nums(value: Any) -> list[str]:
    """A number as a reply may write it: 12.5 / 12.50 / 1,234.5; whole numbers bare."""
    q = cents(value)
    if q == q.to_integral_value():
        n = int(q)
        return dedupe([str(n), f"{n:,}"])
    two = f"{q:.2f}"
    short = two.rstrip("0").rstrip(".")
    return dedupe([short, two, f"{q:,.2f}".rstrip("0").rstrip("."), f"{q:,.2f}"])


def money(cur: str = "$") -> Callable[[Any], list[list[str]]]:
    """Money: 12.5, 12.50, $12.50 (and the comma forms for thousands)."""
    def kind(value: Any) -> list[list[str]]:
        q = cents(value)
        two = [f"{q:.2f}", f"{q:,.2f}"]
        out = nums(q) + two + [cur + t for t in two]
        return [dedupe(out)]
    return kind


def N(value: Any) -> list[list[str]]:
    return [nums(value)]


def U(*names: str) -> Callable[[Any], list[list[str]]]:
    """A number with its unit, symbol and word (12.5 km, 12.5km, 12.5 kilometres)."""
    def kind(value: Any) -> list[list[str]]:
        out = []
        for s in nums(value):
            for unit in names:
                out += [f"{s} {unit}"] + ([f"{s}{unit}"] if len(unit) <= 3 else [])
        return [dedupe(out)]
    return kind


def EQ(*names: str) -> Callable[[Any], list[list[str]]]:
    """One part per value, each as name = value (spaced or not); a tuple for several."""
    def kind(values: Any) -> list[list[str]]:
        values = values if isinstance(values, tuple) else (values,)
        parts = []
        for name, value in zip(names * len(values), values, strict=False):
            forms = fracs(value) if isinstance(value, Fraction) else nums(value)
            parts.append(dedupe([f"{name} = {s}" for s in forms] + [f"{name}={s}" for s in forms]))
        return parts
    return kind


def fracs(value: Fraction) -> list[str]:
    """A fraction as 3/4, and its decimal when that terminates within six places."""
    out = [str(value)]
    if value.denominator != 1 and (value * 10**6).denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    return out


def P(value: Any) -> list[list[str]]:
    """A percentage: 12.5%, 12.5 %, 12.5 percent."""
    return [dedupe([f"{s}{t}" for s in nums(value) for t in ("%", " %", " percent")])]


def FR(value: Fraction) -> list[list[str]]:
    return [fracs(value)]


def S(values: Any) -> list[list[str]]:
    """Accepted strings given directly: one list (one part) or a list of lists."""
    return values if values and isinstance(values[0], list) else [dedupe(values)]


def L(*names: str, kind: Callable[[Any], list[list[str]]] = N) -> Callable[[Any], list[list[str]]]:
    def label(value: Any) -> list[list[str]]:
        return [dedupe([f for s in kind(value)[0] for f in labelled(list(names), s)])]
    return label


def cash(lo: int, hi: int) -> Callable[[random.Random], Decimal]:
    return lambda r: (Decimal(r.randint(lo * 100, hi * 100)) / 100).quantize(Decimal("0.01"))


def pick(r: random.Random, spec: Any) -> Any:
    if isinstance(spec, tuple):
        return r.randint(*spec)
    if isinstance(spec, list):
        return r.choice(spec)
    return spec(r)


def T(families: list[tuple[Family, int]], name: str, text: str, answer: Callable[..., Any],
      kind: Callable[[Any], list[list[str]]] = N, pre: Callable[..., dict[str, Any]] | None = None,
      **spec: Any) -> None:
    """Adds family J_a_<name>: draws spec, derives extra values (pre), formats the text and
    turns answer(**values) into accepted forms (kind); degenerate draws are redrawn."""
    def make(r: random.Random) -> dict[str, Any]:
        while True:
            try:
                v = {k: pick(r, s) for k, s in spec.items()}
                if pre:
                    v.update(pre(**{k: x for k, x in v.items()
                                    if k in inspect.signature(pre).parameters}))
                wanted = inspect.signature(answer).parameters
                value = answer(**{k: x for k, x in v.items() if k in wanted})
                return item(f"J_a_{name}", "math", text.format(**v), kind(value))
            except (Redraw, ZeroDivisionError):
                continue
    make.__name__ = name
    families.append((fresh(make), 8))


FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES
D = Decimal


def ceil_div(a: Any, b: Any) -> int:
    return -(-a // b)


# --- arithmetic ------------------------------------------------------------------------
T(F, "times_quick", "quick one: {a} times {b}?", lambda a, b: a * b, a=(120, 999), b=(13, 97))
T(F, "divide_dp", "divide {a} by {b}, two decimals please", lambda a, b: Fraction(a, b),
  a=(100, 9999), b=(7, 61))
T(F, "order_ops", "what does {a} + {b} × {c} − {d} come to", lambda a, b, c, d: a + b * c - d,
  a=(10, 90), b=(3, 19), c=(4, 25), d=(1, 60))
T(F, "negatives", "({a}) * ({b}) - {c} = ?", lambda a, b, c: a * b - c, a=(-40, -2), b=(-15, 15),
  c=(3, 99))
T(F, "power_of", "what is {a} to the power of {b}", lambda a, b: a ** b, a=(3, 13), b=(3, 6))
T(F, "neg_power", "work out (-{a})^{n}", lambda a, n: (-a) ** n, a=(2, 9), n=(3, 7))
T(F, "sqrt_dp", "sqrt({n}) to 2 decimal places?", lambda n: n ** 0.5, n=(20, 999))
T(F, "cube_root", "what's the cube root of {c}", lambda c, k: k, pre=lambda k: {"c": k ** 3},
  k=(4, 29))
T(F, "fourth_root", "fourth root of {c}, exactly", lambda c, k: k, pre=lambda k: {"c": k ** 4},
  k=(3, 15))
T(F, "factorial_word", "What is {n} factorial?", lambda n: __import__("math").factorial(n),
  n=(7, 16))
T(F, "lcm_pair", "least common multiple of {a} and {b}?",
  lambda a, b: a * b // __import__("math").gcd(a, b), a=(6, 48), b=(10, 75))
T(F, "gcd_pair", "greatest common divisor of {a} and {b}",
  lambda a, b: __import__("math").gcd(a, b), pre=lambda g, x, y: {"a": g * x, "b": g * y},
  g=(4, 30), x=(2, 13), y=(14, 29))
T(F, "remainder", "what's the remainder when {a} is divided by {b}", lambda a, b: a % b,
  a=(500, 9999), b=(7, 23))
T(F, "sum_to_n", "add up every whole number from 1 to {n}, what do you get",
  lambda n: n * (n + 1) // 2,
  n=(40, 999))
T(F, "log_base", "log base {b} of {x}?", lambda b, x, k: k, pre=lambda b, k: {"x": b ** k},
  b=[2, 3, 5, 7], k=(3, 8))
T(F, "ln_dp", "natural log of {x}, rounded to 2 dp", lambda x: __import__("math").log(x),
  x=(3, 5000))
T(F, "frac_add", "{a}/{b} + {c}/{d} as a single fraction in lowest terms",
  lambda a, b, c, d: Fraction(a, b) + Fraction(c, d), FR, a=(1, 7), b=[3, 5, 8, 9, 11],
  c=(1, 5), d=[4, 6, 7, 12])
T(F, "frac_of", "what's {a}/{b} of {n}?", lambda a, b, n: Fraction(a * n, b), a=(2, 7),
  b=[8, 9, 12],
  pre=lambda b, k: {"n": b * k}, k=(6, 80))
T(F, "mixed_sub", "{w1} {a}/{b} minus {w2} {c}/{d}, answer as a fraction",
  lambda w1, a, b, w2, c, d: w1 + Fraction(a, b) - w2 - Fraction(c, d), FR, w1=(5, 9),
  a=(1, 2), b=[3, 5], w2=(1, 4), c=(1, 3), d=[4, 7])
T(F, "neg_exponent", "write {a}^-{n} as a fraction", lambda a, n: Fraction(1, a ** n), FR,
  a=(2, 9), n=[2, 3])
T(F, "pct_as_frac", "{p}% as a fraction in simplest form", lambda p: Fraction(p, 100), FR,
  p=[12, 15, 35, 45, 55, 64, 85, 95, 66, 28, 44, 72])
T(F, "dec_as_frac", "turn 0.{x} into a fraction, simplest form",
  lambda x: Fraction(x, 10 ** len(str(x))), lambda v: [[str(v)]],
  x=[125, 375, 625, 875, 24, 36, 48, 84, 65, 15, 92, 68])

# --- percentages -------------------------------------------------------------------------
T(F, "pct_of_plain", "whats {p}% of {n}", lambda p, n: Fraction(p * n, 100), p=(3, 97),
  n=(40, 2500))
T(F, "pct_which", "{a} is what percent of {b}?", lambda a, b: Fraction(100 * a, b), P,
  a=(7, 300), b=(320, 900))
T(F, "pct_rent_up", "my rent went from {a} to {b} a month. by what percentage did it go up?",
  lambda a, b: Fraction(100 * (b - a), a), P, pre=lambda a, u: {"b": a + u}, a=(700, 2200),
  u=(15, 260))
T(F, "pct_passed", "{a} of the {b} kids in my class passed the test — what % is that",
  lambda a, b: Fraction(100 * a, b), P, a=(11, 28), b=(29, 34))
T(F, "pct_stack", "store does {a}% off and then an extra {b}% off the sale price. what's the "
  "total discount in percent?", lambda a, b: 100 - (100 - a) * (100 - b) / Fraction(100), P,
  a=[10, 15, 20, 25, 30, 40], b=[5, 10, 15, 20])
T(F, "pct_error", "I measured {m} but the true value is {t}. percent error?",
  lambda m, t: abs(Fraction(m - t, t)) * 100, P, m=(90, 130), t=(95, 125))
T(F, "pct_to_weight", "i weighed {a} kg and now i'm {b} kg, what percentage of my weight did "
  "i lose", lambda a, b: Fraction(100 * (a - b), a), P, a=(78, 125), b=(64, 77))

# --- money -----------------------------------------------------------------------------
T(F, "jacket_sale", "the jacket I want is ${p} and it's {d}% off this weekend, what would I "
  "actually pay?", lambda p, d: p * (100 - d) / 100, money(), p=cash(40, 260), d=(10, 60))
T(F, "tip_split", "dinner bill came to ${b}. we're adding {t}% tip and splitting it {k} ways, "
  "how much does each of us pay", lambda b, t, k: b * (100 + t) / 100 / k, money(), b=cash(45, 320),
  t=[12, 15, 18, 20, 22], k=(2, 7))
T(F, "salary_hourly", "I earn ${y} a year and work {h} hours a week, 52 weeks. What's that per "
  "hour?", lambda y, h: Fraction(y, h * 52), money(), y=(28000, 96000), h=[35, 37, 38, 40, 45])
T(F, "overtime", "I get ${r} an hour and time and a half for anything over 40 hours. worked {h} "
  "hrs this week — gross pay?", lambda r, h: r * 40 + r * D("1.5") * (h - 40), money(),
  r=cash(14, 38), h=(41, 58))
T(F, "per_pot", "pack of {n} yogurts is ${p}. how much per pot?", lambda n, p: p / n, money(),
  n=[4, 6, 8, 12], p=cash(2, 9))
T(F, "sales_tax", "{p} dollars plus {t}% sales tax = ?", lambda p, t: p * (100 + t) / 100, money(),
  p=cash(12, 900), t=[4, 5, 6, 7, 8, 9])
T(F, "undo_discount", "after a {d}% discount I paid ${p} — what was the price before the "
  "discount?", lambda p, d: p * 100 / (100 - d), money(), p=cash(18, 400),
  d=[10, 15, 20, 25, 30, 35, 40])
T(F, "compound_year", "If I put ${p} into a savings account at {r}% a year, compounded annually, "
  "how much will be there after {n} years?", lambda p, r, n: p * (1 + D(r) / 100) ** n, money(),
  p=(500, 20000), r=[2, 3, 4, 5, 6], n=(2, 15))
T(F, "simple_interest", "simple interest on {p} at {r}% per year for {n} years?",
  lambda p, r, n: Fraction(p * r * n, 100), money(), p=(800, 30000), r=[3, 4, 5, 6, 7, 8], n=(2, 9))
T(F, "save_goal", "want to save {g} for a trip in {m} months. how much do i need to put away "
  "each month?", lambda g, m: Fraction(g, m), money(), g=(900, 8000), m=(5, 23))
T(F, "fuel_trip", "Road trip is {d} km, my car does {e} L per 100 km and fuel is ${c} a litre. "
  "How much will the fuel cost?", lambda d, e, c: D(d) * D(e) / 100 * c, money(), d=(180, 1900),
  e=[5, 6, 7, 8, 9], c=cash(1, 2))
T(F, "raise_new", "My salary is {s} and I'm getting a {r}% raise. what's the new salary?",
  lambda s, r: Fraction(s * (100 + r), 100), money(), s=(31000, 98000), r=[2, 3, 4, 5, 6, 7])
T(F, "shares_profit", "bought {n} shares at {a} each, sold them all at {b}. how much profit did "
  "I make?", lambda n, a, b: n * (b - a), money(), n=(10, 400), a=cash(12, 80),
  pre=lambda a, u: {"b": a + u}, u=cash(1, 30))
T(F, "stock_return", "a stock I hold went from ${a} to ${b}. percentage return?",
  lambda a, b: (b - a) * 100 / a, P, a=cash(20, 150), pre=lambda a, u: {"b": a + u}, u=cash(1, 60))
T(F, "rent_rooms", "flat rent is {r} a month. my room is {a} m² and my flatmate's is {b} m²; if "
  "we split by room size, what do I pay?", lambda r, a, b: Fraction(r * a, a + b), money(),
  r=(900, 2800), a=(9, 22), b=(10, 24))
T(F, "freelance", "invoice check: {h} hours a day for {d} days at ${r}/hour, total?",
  lambda h, d, r: h * d * r, money(), h=[4, 5, 6, 7, 8], d=(3, 22), r=cash(25, 140))
T(F, "vat_back", "price including {v}% VAT is £{p}. what's it without the VAT?",
  lambda p, v: p * 100 / (100 + v), money("£"), p=cash(15, 900), v=[20, 5])
T(F, "loan_payment", "monthly payment on a ${p} loan at {r}% annual interest over {n} months?",
  lambda p, r, n: p * (r / 1200) / (1 - (1 + r / 1200) ** -n), money(), p=(3000, 40000),
  r=[3, 4, 5, 6, 7, 8, 9], n=[12, 24, 36, 48, 60])
T(F, "change_due", "got a coffee for {a}, a muffin for {b} and a juice for {c}, paid with a "
  "{n} note. change?", lambda a, b, c, n: n - a - b - c, money(), a=cash(2, 6), b=cash(2, 5),
  c=cash(2, 5), n=[20, 50])
T(F, "margin_price", "an item costs me {c} to make and I want a {m}% margin on the selling price. "
  "what should I sell it for?", lambda c, m: c * 100 / (100 - m), money(), c=cash(3, 90),
  m=[20, 25, 30, 35, 40, 45, 50, 60])
T(F, "commission", "{r}% commission on ${s} in sales, how much do I get", lambda r, s: s * r / 100,
  money(), r=[3, 4, 5, 6, 8, 10, 12], s=cash(2000, 60000))
T(F, "heater_cost", "a {w} W heater running {h} hours a day for {d} days, electricity at ${c} per "
  "kWh — cost?", lambda w, h, d, c: D(w * h * d) / 1000 * c, money(), w=[750, 1000, 1500, 2000],
  h=(2, 9), d=(7, 31), c=cash(0, 1))
T(F, "monthly_compound", "${p} at {r}% APR compounded monthly — balance after {n} years?",
  lambda p, r, n: p * (1 + D(r) / 1200) ** (12 * n), money(), p=(1000, 25000), r=[3, 4, 5, 6],
  n=(2, 10))
T(F, "gym_visits", "gym charges ${a} per visit or ${m} for a monthly pass. how many visits a "
  "month before the pass is the cheaper option?", lambda a, m: m // a + 1, N, a=(6, 15),
  m=(35, 90))
T(F, "break_even", "I sell candles for ${p} each, materials are ${c} a candle and my stall costs "
  "${f}. how many candles do i need to sell to break even?",
  lambda p, c, f: ceil_div(f, p - c), N, p=(9, 25), c=(2, 8), f=(60, 400))
T(F, "grocery_share", "grocery run was ${t}, I owe {a}/{b} of it. how much is my share",
  lambda t, a, b: t * a / b, money(), t=cash(40, 300), a=(1, 2), b=[3, 5, 7])
T(F, "coupon_cap", "{p}% off coupon on a ${c} order, what's the saving?", lambda p, c: c * p / 100,
  money(), p=[10, 15, 20, 25, 30], c=cash(20, 400))
T(F, "weekly_pay", "shifts this week: {a}h, {b}h, {c}h and {d}h at ${r} an hour. how much am I "
  "getting paid?", lambda a, b, c, d, r: (a + b + c + d) * r, money(), a=(3, 9), b=(3, 9),
  c=(3, 9), d=(3, 9), r=cash(12, 30))
T(F, "bulk_vs_single", "cans are ${a} each or ${b} for a box of {n}. how much do I save per can "
  "with the box?", lambda a, b, n: a - b / n, money(), a=cash(1, 3), b=cash(8, 20), n=[12, 24],
  pre=lambda a, b, n: need(b / n < a) or {})
T(F, "annual_sub", "paying ${m} a month for a subscription, what's that over a year?",
  lambda m: m * 12, money(), m=cash(4, 60))
T(F, "split_unequal", "{t} to share between me and my sister in the ratio {a}:{b}, how much "
  "does she get?", lambda t, a, b: Fraction(t * b, a + b), money(), t=(120, 9000), a=(1, 5),
  b=(2, 7))
T(F, "net_after_tax", "gross pay {g}, tax is {t}% and pension {p}% of gross. take-home?",
  lambda g, t, p: Fraction(g * (100 - t - p), 100), money(), g=(1800, 7500), t=[12, 18, 20, 22, 25],
  p=[3, 4, 5, 6])
