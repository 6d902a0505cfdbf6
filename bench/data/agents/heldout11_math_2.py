"""Round 11 (``Q_*``, dev now) for ``muse bench agents``, maths part two: powers, roots,
factorials, fractions, number facts, statistics asked as maths, grades and time (answer
forms from :mod:`bench.data.agents.heldout11_math`)."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction as F

from bench.data.agents.heldout11_math import dec, dedupe, frac, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item, labelled

# --- powers, roots, factorials ---------------------------------------------------------


def q_power(rng: random.Random) -> Item:  # an integer power in words
    base, e = rng.choice([2, 3, 6, 7, 11, 12]), rng.randint(5, 13)
    if base ** e > 10**12:
        return q_power(rng)
    return item("Q_a_power", "math", f"What is {base} to the power of {e}?", [whole(base ** e)])


def q_neg_power(rng: random.Random) -> Item:  # a negative exponent
    base, e = rng.choice([2, 4, 5, 8, 10]), rng.randint(1, 4)
    return item("Q_a_neg_power", "math", f"{base}^-{e} = ?", [frac(F(1, base ** e))])


def q_root_exact(rng: random.Random) -> Item:  # a perfect square root
    n = rng.randint(14, 99)
    return item("Q_a_root_exact", "math", f"square root of {n * n} please", [whole(n)])


def q_root_dp(rng: random.Random) -> Item:  # a square root to two places
    n = rng.randint(20, 999)
    r = math.sqrt(n)
    if math.isqrt(n) ** 2 == n or abs(r * 100 % 1 - 0.5) < 1e-3:
        return q_root_dp(rng)
    return item("Q_a_root_dp", "math", f"sqrt({n}) to 2 decimal places?", [dec(r)])


def q_cube_root(rng: random.Random) -> Item:  # a perfect cube root
    n = rng.randint(6, 40)
    return item("Q_a_cube_root", "math", f"cube root of {n ** 3}", [whole(n)])


def q_factorial(rng: random.Random) -> Item:  # a factorial with the bang
    n = rng.randint(7, 15)
    return item("Q_a_factorial", "math", f"what's {n}!", [whole(math.factorial(n))])


def q_choose(rng: random.Random) -> Item:  # a combination in a real situation
    n, k = rng.randint(8, 25), rng.randint(2, 5)
    return item("Q_a_choose", "math", f"How many different ways can I pick {k} players out of a "
                f"squad of {n}?", [whole(math.comb(n, k))])


def q_arrange(rng: random.Random) -> Item:  # a permutation: ordered places
    n = rng.randint(5, 30)
    return item("Q_a_arrange", "math", f"{n} runners in a race - in how many ways can gold, "
                "silver and bronze be handed out?", [whole(math.perm(n, 3))])


def q_ln(rng: random.Random) -> Item:  # a natural log to two decimals
    n = rng.randint(2, 900)
    v = math.log(n)
    if abs(v * 100 % 1 - 0.5) < 1e-3:
        return q_ln(rng)
    return item("Q_a_ln", "math", f"ln({n}) rounded to 2 dp", [dec(v)])


def q_tan_deg(rng: random.Random) -> Item:  # a trig value in degrees, 3 places
    d = rng.randint(5, 85)
    if d == 45:
        return q_tan_deg(rng)
    v = math.tan(math.radians(d))
    if abs(v * 1000 % 1 - 0.5) < 1e-3:
        return q_tan_deg(rng)
    return item("Q_a_tan_deg", "math", f"tan of {d} degrees to 3 decimal places",
                [dedupe([f"{v:.3f}", f"{v:.3f}".rstrip("0").rstrip(".")])])


# --- fractions and number facts --------------------------------------------------------

def q_frac_add(rng: random.Random) -> Item:  # two fractions added
    a, b = F(rng.randint(1, 7), rng.randint(2, 9)), F(rng.randint(1, 7), rng.randint(2, 12))
    if 1 in (a.denominator, b.denominator, (a + b).denominator) or a.denominator == b.denominator:
        return q_frac_add(rng)
    s = a + b
    forms = [str(s)]
    if s > 1:
        forms.append(f"{s.numerator // s.denominator} {s - s.numerator // s.denominator}")
    return item("Q_a_frac_add", "math", f"{a} + {b} as a fraction", [forms])


def q_frac_of(rng: random.Random) -> Item:  # a fraction of a fraction
    a, b = F(rng.randint(1, 5), rng.randint(2, 7)), F(rng.randint(1, 8), rng.randint(3, 9))
    if a.denominator == 1 or b >= 1 or (a * b).denominator == 1:
        return q_frac_of(rng)
    return item("Q_a_frac_of", "math", f"what is {a} of {b}?", [frac(a * b)])


def q_frac_div(rng: random.Random) -> Item:  # one fraction divided by another
    a, b = F(rng.randint(1, 9), rng.randint(2, 10)), F(rng.randint(1, 9), rng.randint(2, 10))
    if a.denominator == 1 or b.denominator == 1 or a == b:
        return q_frac_div(rng)
    return item("Q_a_frac_div", "math", f"{a} ÷ {b}", [frac(a / b)])


def q_mixed(rng: random.Random) -> Item:  # mixed numbers added
    w1, w2 = rng.randint(1, 6), rng.randint(1, 6)
    f1, f2 = F(rng.randint(1, 3), 4), F(rng.randint(1, 2), 3)
    total = w1 + f1 + w2 + f2
    whole_part, rest = divmod(total.numerator, total.denominator)
    return item("Q_a_mixed", "math", f"add {w1} {f1} and {w2} {f2}",
                [dedupe([str(total), f"{whole_part} {F(rest, total.denominator)}"])])


def q_lowest_terms(rng: random.Random) -> Item:  # a fraction reduced
    f = F(rng.randint(1, 11), rng.randint(2, 13))
    k = rng.randint(3, 14)
    if f.denominator == 1:
        return q_lowest_terms(rng)
    return item("Q_a_lowest_terms", "math", f"reduce {f.numerator * k}/{f.denominator * k} to "
                "lowest terms", [[str(f)]])


def q_dec_frac(rng: random.Random) -> Item:  # a decimal as a fraction
    f = F(rng.randint(1, 39), rng.choice([8, 16, 20, 25, 40]))
    if f.denominator in (1, 2, 4, 5, 10) or f >= 1:
        return q_dec_frac(rng)
    return item("Q_a_dec_frac", "math", f"Write {float(f)} as a fraction in simplest form",
                [[str(f)]])


def q_gcd(rng: random.Random) -> Item:  # greatest common divisor
    g = rng.randint(3, 30)
    a, b = g * rng.randint(2, 15), g * rng.randint(2, 15)
    if a == b:
        return q_gcd(rng)
    return item("Q_a_gcd", "math", f"hcf of {a} and {b}?", [whole(math.gcd(a, b))])


def q_lcm(rng: random.Random) -> Item:  # least common multiple, as bus timetables
    a, b = rng.randint(6, 30), rng.randint(6, 30)
    if a == b or math.lcm(a, b) in (a, b):
        return q_lcm(rng)
    return item("Q_a_lcm", "math", f"One bus comes every {a} minutes, another every {b} minutes. "
                "They just left together; after how many minutes do they leave together again?",
                [[f"{math.lcm(a, b)} minutes", f"{math.lcm(a, b)} min"]])


def q_primes(rng: random.Random) -> Item:  # a prime factorisation
    ps = sorted(rng.choices([2, 3, 5, 7, 11, 13], k=rng.randint(3, 6)))
    n = math.prod(ps)
    powers = [(p, ps.count(p)) for p in sorted(set(ps))]
    out = []
    for sep, up in ((" × ", "^"), (" * ", "^"), (" x ", "^"), ("×", "^"), ("*", "^"),
                    (" * ", "**"), (" · ", "^")):
        out.append(sep.join(f"{p}{up}{e}" if e > 1 else str(p) for p, e in powers))
    sup = str.maketrans("23456", "²³⁴⁵⁶")
    out.append(" × ".join(f"{p}{str(e).translate(sup)}" if e > 1 else str(p) for p, e in powers))
    out.append(" × ".join(map(str, ps)))
    if len(set(ps)) == 1 and len(powers) == 1:
        return q_primes(rng)
    return item("Q_a_primes", "math", f"prime factorization of {n}", [dedupe(out)])


# --- statistics asked as maths ---------------------------------------------------------

def q_mean(rng: random.Random) -> Item:  # a mean of listed values
    xs = [rng.randint(3, 95) for _ in range(rng.randint(5, 9))]
    v = F(sum(xs), len(xs))
    if tie(v):
        return q_mean(rng)
    return item("Q_a_mean", "math", "Find the mean of " + " ".join(map(str, xs)), [dec(float(v))])


def q_median(rng: random.Random) -> Item:  # a median of an unsorted list, even length
    xs = [rng.randint(1, 200) for _ in range(rng.choice([6, 8, 10]))]
    return item("Q_a_median", "math", "median of: " + ", ".join(map(str, xs)),
                [dec(float(statistics.median(xs)))])


def q_sd(rng: random.Random) -> Item:  # a sample standard deviation
    xs = [rng.randint(10, 90) for _ in range(rng.randint(5, 8))]
    v = statistics.stdev(xs)
    if abs(v * 100 % 1 - 0.5) < 1e-3:
        return q_sd(rng)
    return item("Q_a_sd", "math", "whats the sample standard deviation of "
                + ",".join(map(str, xs)) + " (2dp)", [dec(v)])


def q_three_stats(rng: random.Random) -> Item:  # mean, median and range together
    xs = [rng.randint(1, 60) for _ in range(7)]
    m = F(sum(xs), 7)
    if tie(m):
        return q_three_stats(rng)
    med, rng_ = statistics.median(xs), max(xs) - min(xs)
    return item("Q_a_three_stats", "math", "For the numbers " + ", ".join(map(str, xs))
                + " give me the mean, the median and the range.",
                [dedupe([x for v in dec(float(m)) for x in labelled(["mean", "Mean"], v)]),
                 labelled(["median", "Median"], str(med)),
                 labelled(["range", "Range"], str(rng_))])


def q_weighted(rng: random.Random) -> Item:  # a weighted final grade
    w = rng.choice([30, 40, 60, 70])
    exam, course = rng.randint(45, 98), rng.randint(45, 98)
    v = F(exam * w + course * (100 - w), 100)
    if tie(v):
        return q_weighted(rng)
    return item("Q_a_weighted", "math", f"exam is worth {w}% and coursework {100 - w}%. I got "
                f"{exam} on the exam and {course} on coursework, what's my final grade?",
                [dec(float(v))])


def q_need_score(rng: random.Random) -> Item:  # the score needed for a target average
    n, avg = rng.randint(3, 6), rng.randint(62, 84)
    target = avg + rng.randint(1, 3)
    need = target * (n + 1) - avg * n
    if need > 100:
        return q_need_score(rng)
    return item("Q_a_need_score", "math", f"My average over {n} tests is {avg}. What do I need on "
                f"the next one to bring my average up to {target}?", [whole(need)])


# --- time ------------------------------------------------------------------------------

def q_ends_at(rng: random.Random) -> Item:  # a clock time after a duration
    start, length = rng.randint(10 * 60, 20 * 60), rng.randint(80, 200)
    if start % 5:
        start -= start % 5
    end = start + length
    sh, sm, eh, em = *divmod(start, 60), *divmod(end, 60)
    h, m = divmod(length, 60)
    twelve = f"{(eh - 1) % 12 + 1}:{em:02d}"
    return item("Q_a_ends_at", "math", f"the film starts at {sh}:{sm:02d} and runs {h}h {m}m. "
                "what time does it finish?", [dedupe([f"{eh}:{em:02d}", twelve])])


def q_shift_length(rng: random.Random) -> Item:  # hours between two clock times
    a, b = rng.randint(6 * 60, 10 * 60), rng.randint(15 * 60, 21 * 60)
    h, m = divmod(b - a, 60)
    if m == 0:
        return q_shift_length(rng)
    ah, am, bh, bm = *divmod(a, 60), *divmod(b, 60)
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
             f"{h} h {m} min", f"{h}h{m}m", f"{h} hrs {m} mins", f"{h} hours, {m} minutes",
             f"{h}:{m:02d}"]
    return item("Q_a_shift_length", "math", f"clocked in at {ah:02d}:{am:02d}, out at "
                f"{bh:02d}:{bm:02d}. how long was my shift", [forms])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    q_power, q_neg_power, q_root_exact, q_root_dp, q_cube_root, q_factorial, q_choose,
    q_arrange, q_ln, q_tan_deg, q_frac_add, q_frac_of, q_frac_div, q_mixed, q_lowest_terms,
    q_dec_frac, q_gcd, q_lcm, q_primes, q_mean, q_median, q_sd, q_three_stats, q_weighted,
    q_need_score, q_ends_at, q_shift_length)]
