"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-4: number puzzles,
sequences, factorising, functions, statistics asked as maths, and mixed everyday questions."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def digit_sum_power(rng: random.Random) -> Made:
    b, e = rng.randint(2, 9), rng.randint(8, 30)
    n = b ** e
    return (f"what's the sum of the digits of {b}^{e}?", [[str(sum(map(int, str(n))))]])


@family
def trailing_zeros(rng: random.Random) -> Made:
    n = rng.randint(25, 500)
    z, k = 0, 5
    while k <= n:
        z, k = z + n // k, k * 5
    return (f"How many zeros does {n}! end with?", [[str(z), f"{z} zeros"]])


@family
def number_of_divisors(rng: random.Random) -> Made:
    n = rng.randint(60, 2000)
    d = sum(1 for k in range(1, n + 1) if n % k == 0)
    return (f"how many positive divisors does {n} have", [[str(d), f"{d} divisors"]])


@family
def last_digit_power(rng: random.Random) -> Made:
    b, e = rng.randint(2, 99), rng.randint(50, 2026)
    last = pow(b, e, 100)
    if b % 10 == 0:
        return None
    return (f"what are the last two digits of {b}^{e}?", [[f"{last:02d}"]])


@family
def repeating_decimal(rng: random.Random) -> Made:
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    if a == b:
        return None
    num = 10 * a + b
    f = Fraction(num, 99)
    return (f"write 0.{a}{b}{a}{b}{a}{b}... (repeating) as a fraction in lowest terms",
            [[f"{f.numerator}/{f.denominator}"]])


@family
def arithmetic_series_sum(rng: random.Random) -> Made:
    a, d, n = rng.randint(-20, 30), rng.randint(2, 9), rng.randint(15, 60)
    terms = [a + d * i for i in range(3)]
    s = n * (2 * a + (n - 1) * d) // 2
    return (f"Sum of the first {n} terms of {terms[0]}, {terms[1]}, {terms[2]}, … ?",
            [[f"{s:,}", str(s)]])


@family
def geometric_nth(rng: random.Random) -> Made:
    a, r, n = rng.randint(1, 9), rng.choice([2, 3, -2, -3]), rng.randint(6, 12)
    terms = [a * r ** i for i in range(3)]
    t = a * r ** (n - 1)
    return (f"the sequence goes {terms[0]}, {terms[1]}, {terms[2]}, ... what's term number {n}?",
            [[f"{t:,}", str(t)]])


@family
def infinite_geometric(rng: random.Random) -> Made:
    a, p, q = rng.randint(2, 30), rng.randint(1, 4), rng.randint(2, 6)
    if p >= q:
        return None
    r = Fraction(p, q)
    s = a / (1 - r)
    return (f"Find the sum to infinity: {a} + {a}·({p}/{q}) + {a}·({p}/{q})² + …", [frac(s)])


@family
def recurrence_term(rng: random.Random) -> Made:
    a0, m, c, n = rng.randint(1, 5), rng.choice([2, 3]), rng.randint(-3, 4), rng.randint(5, 8)
    v = a0
    for _ in range(n - 1):
        v = m * v + c
    cc = f"+ {c}" if c >= 0 else f"- {-c}"
    return (f"a₁ = {a0} and aₙ₊₁ = {m}aₙ {cc}. What is a_{n}?", [[str(v), f"{v:,}"]])


@family
def factor_difference_squares(rng: random.Random) -> Made:
    a, b = rng.randint(2, 12), rng.randint(1, 15)
    if math.gcd(a, b) != 1:
        return None
    return (f"factorise {a * a}x² − {b * b}",
            [[f"({a}x-{b})({a}x+{b})", f"({a}x+{b})({a}x-{b})"]])


@family
def factor_common_then_quad(rng: random.Random) -> Made:
    k, r, s = rng.randint(2, 6), rng.randint(-7, 7), rng.randint(-7, 7)
    if r == 0 or s == 0 or r == s:
        return None
    b, c = -(r + s) * k, r * s * k
    if b == 0:
        return None
    t1 = f"(x-{r})" if r > 0 else f"(x+{-r})"
    t2 = f"(x-{s})" if s > 0 else f"(x+{-s})"
    bs = f"+ {b}x" if b > 0 else f"- {-b}x"
    cs = f"+ {c}" if c > 0 else f"- {-c}"
    return (f"factor completely: {k}x^2 {bs} {cs}",
            [[f"{k}{t1}{t2}", f"{k}{t2}{t1}"]])


@family
def complete_square_min(rng: random.Random) -> Made:
    h, k = rng.randint(-9, 9), rng.randint(-20, 20)
    if h == 0:
        return None
    b, c = -2 * h, h * h + k
    bs = f"+ {b}x" if b > 0 else f"- {-b}x"
    cs = f"+ {c}" if c > 0 else (f"- {-c}" if c < 0 else "")
    return (f"what is the minimum value of y = x² {bs} {cs}, and at what x does it happen?",
            [[f"minimum value is {k}", f"minimum value of {k}", f"minimum is {k}", f"minimum {k}",
              f"min {k}", f"y = {k}", f"y={k}", f"value of {k}", f"minimum value: {k}"],
             [f"x = {h}", f"x={h}"]])


@family
def inverse_function(rng: random.Random) -> Made:
    a, b, y = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(-30, 30)
    x = Fraction(y - b, a)
    bs = f"+ {b}" if b >= 0 else f"- {-b}"
    return (f"f(x) = {a}x {bs}. find f⁻¹({y})", [frac(x)])


@family
def domain_sqrt(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(1, 40)
    bound = Fraction(b, a)
    bf = f"{bound.numerator}/{bound.denominator}" if bound.denominator != 1 else str(bound)
    forms = [f"x ≥ {bf}", f"x>={bf}", f"[{bf}, ∞)", f"[{bf},∞)", f"[{bf}, inf", f"[{bf},inf"]
    if bound.denominator != 1 and (bound * 100).denominator == 1:
        d = f"{float(bound):g}"
        forms += [f"x ≥ {d}", f"x>={d}", f"[{d}, ∞)", f"[{d},∞)"]
    return (f"domain of f(x) = sqrt({a}x - {b})?", [forms])


@family
def exponential_decay_half(rng: random.Random) -> Made:
    start, half, t = rng.randint(50, 800), rng.randint(3, 30), rng.randint(5, 100)
    left = start * 0.5 ** (t / half)
    if tie(left, 2):
        return None
    return (f"A sample starts at {start} mg with a half-life of {half} days. How much is left "
            f"after {t} days? Two decimals.", [dec(left)])


@family
def solve_exponential(rng: random.Random) -> Made:
    a, b = rng.randint(2, 9), rng.randint(11, 500)
    x = math.log(b) / math.log(a)
    if tie(x, 3) or abs(x - round(x)) < 1e-9:
        return None
    return (f"{a}^x = {b}, find x to 3 d.p.", [dec(x, 3)])


@family
def mean_after_new_score(rng: random.Random) -> Made:
    n, mean = rng.randint(4, 12), rng.randint(60, 90)
    new = rng.randint(40, 100)
    m = Fraction(n * mean + new, n + 1)
    if tie(m, 2):
        return None
    return (f"My average over {n} quizzes is exactly {mean}. If I score {new} on the next one, "
            "what's my new average? 2 decimal places.", [dec(m)])


@family
def missing_value_mean(rng: random.Random) -> Made:
    vals = [rng.randint(10, 99) for _ in range(rng.randint(4, 7))]
    x = rng.randint(10, 99)
    total = sum(vals) + x
    if total % (len(vals) + 1):
        return None
    mean = total // (len(vals) + 1)
    return (f"the mean of {', '.join(map(str, vals))} and x is {mean}. what is x?",
            [[f"x = {x}", f"x={x}", f"x is {x}"]])


@family
def range_and_mode(rng: random.Random) -> Made:
    vals = [rng.randint(1, 40) for _ in range(rng.randint(7, 11))]
    top = rng.choice(vals)
    vals += [top, top]
    rng.shuffle(vals)
    counts = {v: vals.count(v) for v in vals}
    best = max(counts.values())
    if sum(1 for c in counts.values() if c == best) > 1:
        return None
    mode = max(counts, key=lambda v: counts[v])
    rng_ = max(vals) - min(vals)
    return (f"For {', '.join(map(str, vals))}: what are the mode and the range?",
            [[f"mode is {mode}", f"mode {mode}", f"mode: {mode}", f"mode = {mode}",
              f"mode **{mode}", f"mode of {mode}"],
             [f"range is {rng_}", f"range {rng_}", f"range: {rng_}", f"range = {rng_}",
              f"range **{rng_}", f"range of {rng_}"]])


@family
def stock_gain_loss(rng: random.Random) -> Made:
    up, down = rng.randint(5, 60), rng.randint(5, 60)
    net = (Fraction(100 + up, 100) * Fraction(100 - down, 100) - 1) * 100
    if tie(net, 2) or net == 0:
        return None
    v = f"{abs(float(net)):.2f}"
    words = ["increase", "gain", "up"] if net > 0 else ["decrease", "loss", "drop", "down"]
    forms = [f"{'+' if net > 0 else '-'}{v}%", f"{'+' if net > 0 else '−'}{v}%"]
    forms += [f"{w} of {v}%" for w in words] + [f"{v}% {w}" for w in words]
    forms += [f"{w} by {v}%" for w in words] + [f"{w} {v}%" for w in words]
    return (f"a stock rises {up}% one year and falls {down}% the next. overall percentage change "
            "across both years, to 2 dp?", [forms])


@family
def speed_units_mix(rng: random.Random) -> Made:
    m, s = rng.randint(100, 5000), rng.randint(20, 1200)
    kmh = Fraction(m, s) * Fraction(36, 10)
    if tie(kmh, 1):
        return None
    return (f"covered {m} metres in {s} seconds. average speed in km/h to one decimal?",
            [dec(kmh, 1)])


@family
def catch_up_time(rng: random.Random) -> Made:
    v1, v2, lead = rng.randint(40, 70), rng.randint(75, 120), rng.choice([15, 20, 30, 45, 60])
    t = Fraction(v1 * lead, 60 * (v2 - v1))
    mins = t * 60
    if tie(mins, 0):
        return None
    m = round(float(mins))
    return (f"my sister left {lead} minutes before me, driving at {v1} km/h. I follow the same "
            f"road at {v2} km/h. how many minutes after I set off do I catch her? nearest minute",
            [[str(m), f"{m} min"]])


@family
def upstream_downstream(rng: random.Random) -> Made:
    boat, cur = rng.randint(8, 25), rng.randint(1, 6)
    d = rng.randint(6, 40)
    t1, t2 = Fraction(d, boat + cur), Fraction(d, boat - cur)
    total = (t1 + t2) * 60
    if tie(total, 0):
        return None
    return (f"Kayak speed in still water is {boat} km/h and the river flows at {cur} km/h. I "
            f"paddle {d} km downstream then back. Total time in minutes (nearest)?",
            [[str(round(float(total))), f"{round(float(total))} min"]])


@family
def loan_interest_monthly(rng: random.Random) -> Made:
    principal = rng.randint(20, 400) * 100
    rate = rng.choice([3.9, 4.5, 5.5, 6.9, 7.25, 12.9, 19.99])
    interest = principal * rate / 100 / 12
    if tie(interest, 2):
        return None
    return (f"balance is {principal:,}, APR {rate}%. Roughly how much interest for one month if "
            "it's simply APR/12 on the balance? Cents please.",
            [money(round(interest + 1e-9, 2))])


@family
def tax_refund_diff(rng: random.Random) -> Made:
    withheld, owed = rng.randint(3000, 12000), rng.randint(2500, 12500)
    if withheld == owed:
        return None
    diff = abs(withheld - owed)
    word = ["refund", "get back", "getting back", "back"] if withheld > owed else [
        "owe", "pay", "due"]
    return (f"My employer withheld ${withheld:,} in tax this year, and my actual tax bill is "
            f"${owed:,}. So when I file, what's the outcome and for how much?",
            [word, [f"{diff:,}", str(diff)]])


@family
def ratio_three_way(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 7), rng.randint(1, 7), rng.randint(1, 7)
    unit = rng.randint(20, 300)
    total = (a + b + c) * unit
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima"], 3)
    return (f"{names[0]}, {names[1]} and {names[2]} share ${total} in the ratio {a}:{b}:{c}. "
            f"How much does {names[2]} get?", [money(c * unit)])


@family
def percent_of_percent(rng: random.Random) -> Made:
    p, q = rng.choice([20, 25, 40, 60, 75, 80]), rng.choice([10, 15, 30, 35, 45])
    n = rng.randint(4, 60) * 20
    v = Fraction(p * q * n, 10000)
    return (f"{q}% of {p}% of {n} = ?", [[f"{float(v):g}"]])


@family
def fraction_of_remaining(rng: random.Random) -> Made:
    total = rng.randint(4, 30) * 12
    a = rng.choice([Fraction(1, 3), Fraction(1, 4), Fraction(1, 2), Fraction(1, 6)])
    b = rng.choice([Fraction(1, 3), Fraction(1, 4), Fraction(1, 2), Fraction(2, 3)])
    left = total * (1 - a) * (1 - b)
    if left.denominator != 1:
        return None
    return (f"I had {total} stickers. I gave {a} of them to my brother, then {b} of what was left "
            "to my friend. How many do I have now?", [[str(left), f"{left} stickers"]])


@family
def hours_to_decimal_pay(rng: random.Random) -> Made:
    sh = [(rng.randint(7, 10), rng.choice([0, 15, 30, 45]), rng.randint(3, 6),
           rng.choice([0, 15, 30, 45])) for _ in range(rng.randint(3, 5))]
    rate = Fraction(rng.randint(1500, 3000), 100)
    mins = sum(h * 60 + m for _, _, h, m in sh)
    pay = rate * mins / 60
    if tie(pay, 2):
        return None
    desc = "; ".join(f"{h}h {m:02d}m" for _, _, h, m in sh)
    return (f"timesheet this week: {desc}. at ${float(rate):.2f}/hour, what's my pay? round to "
            "the cent", [money(round(float(pay) + 1e-9, 2))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    digit_sum_power, trailing_zeros, number_of_divisors, last_digit_power, repeating_decimal,
    arithmetic_series_sum, geometric_nth, infinite_geometric, recurrence_term,
    factor_difference_squares, factor_common_then_quad, complete_square_min, inverse_function,
    domain_sqrt, exponential_decay_half, solve_exponential, mean_after_new_score,
    missing_value_mean, range_and_mode, stock_gain_loss, speed_units_mix, catch_up_time,
    upstream_downstream, loan_interest_monthly, tax_refund_diff, ratio_three_way,
    percent_of_percent, fraction_of_remaining, hours_to_decimal_pay)]
