"""Round 16 multi-part families (``L_m_*``, dev now), continued from ``heldout16_multi_mixed``:
data with a conversion and a solve next to something else."""

from __future__ import annotations

import math
import statistics

from bench.data.agents.heldout16_multi_common import (
    CHART,
    INCH,
    LB,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Family,
    clock,
    cm,
    deg_c,
    deg_f,
    dp12,
    eur,
    expr,
    fam,
    forms,
    gbp,
    kg,
    km,
    named,
    num,
    poly,
    r2,
    random,
    root,
    safe,
    two_roots,
    unit,
    usd,
    var,
)
from bench.data.agents.heldout16_multi_common import convert as fx

MIXED_2: list[Family] = []
add = fam(MIXED_2)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


# --- graphs with a number --------------------------------------------------------------------


# --- data with a conversion ---------------------------------------------------------------------


@add
def salaries_mean_median_gbp(rng: random.Random):  # salaries: mean and median, mean in pounds
    xs = [rng.randint(30, 120) * 1000 for _ in range(rng.choice([5, 7]))]
    m, md = F(sum(xs), len(xs)), F(statistics.median(xs))
    g = fx(m, "USD", "GBP")
    if not safe(m, g) or m == md:
        return None
    return (f"team salaries in USD: {', '.join(f'{x:,}' for x in xs)}. mean and median? and "
            "the mean in GBP", [named(MEAN, m), named(MEDIAN, md), gbp(g)])


@add
def temps_c_list_f_mean(rng: random.Random):  # Celsius readings: mean in C and in F
    xs = [rng.randint(-10, 35) for _ in range(rng.randint(5, 8))]
    m = F(sum(xs), len(xs))
    f = m * 9 / 5 + 32
    if not safe(m, f, r2(m) * 9 / 5 + 32):
        return None
    return (f"garden thermometer this week (°C): {', '.join(map(str, xs))}. average in C and F?",
            [deg_c(m), list(dict.fromkeys(deg_f(f) + deg_f(r2(m) * 9 / 5 + 32)))])


@add
def csv_weights_chart_kg(rng: random.Random):  # a weight log in pounds: change in kg, chart
    n = rng.randint(6, 10)
    xs = [rng.randint(150, 230)]
    for _ in range(n - 1):
        xs.append(xs[-1] + rng.randint(-4, 2))
    ch = (xs[-1] - xs[0]) * LB
    if xs[-1] == xs[0] or not safe(ch):
        return None
    rows = "\n".join(f"week{i + 1},{x}" for i, x in enumerate(xs))
    return ("weekly weigh-ins attached (lb). how much has my weight changed from first to last, "
            "in kg? and plot it", [[*kg(abs(ch)), *kg(ch)], CHART],
            {"csv": f"week,weight_lb\n{rows}\n"})


@add
def prices_eur_to_usd_max(rng: random.Random):  # the dearest option and its price in dollars
    names = rng.sample(["Lisbon", "Rome", "Paris", "Vienna", "Prague", "Berlin"], 4)
    xs = rng.sample(range(80, 400), 4)
    top = max(xs)
    u = fx(F(top), "EUR", "USD")
    if not safe(u):
        return None
    listed = ", ".join(f"{a} €{b}" for a, b in zip(names, xs, strict=True))
    return (f"flight quotes: {listed}. what's the average, and the dearest one in dollars?",
            [eur(F(sum(xs), 4)), usd(u)]) if safe(F(sum(xs), 4)) else None


@add
def csv_scores_sd_chart(rng: random.Random):  # test scores: population SD, mean, histogram
    xs = [rng.randint(40, 100) for _ in range(rng.randint(6, 12))]
    m, sd = F(sum(xs), len(xs)), statistics.pstdev(xs)
    if not safe(m) or abs(sd * 100 % 1 - 0.5) < 0.02:
        return None
    v = F(round(sd, 2)).limit_denominator(100)
    rows = "\n".join(f"s{i + 1},{x}" for i, x in enumerate(xs))
    return ("scores attached. mean, population standard deviation, and a histogram please",
            [named(MEAN, m), named(["standard deviation", "SD", "sd", "std", "σ",
                                    "Standard deviation"], v) + forms(v), CHART],
            {"csv": f"student,score\n{rows}\n"})


@add
def correlation_temp_sales(rng: random.Random):  # temperature against ice cream sales: r
    n = rng.randint(6, 10)
    t = [rng.randint(12, 34) for _ in range(n)]
    s = [10 * x + rng.randint(-40, 40) for x in t]
    if len(set(t)) < 3:
        return None
    r = statistics.correlation(t, s)
    if abs(r * 100 % 1 - 0.5) < 0.02:
        return None
    v = F(round(r, 2)).limit_denominator(100)
    rows = "\n".join(f"{a},{b}" for a, b in zip(t, s, strict=True))
    return ("ice cream stand data. how strongly are temperature and sales correlated (r)? and "
            "draw a scatter", [named(["r", "correlation", "Correlation", "r value",
                                      "correlation coefficient"], v) + forms(v), CHART],
            {"csv": f"temp_c,sales\n{rows}\n"})


# --- a solve next to something else ----------------------------------------------------------


@add
def solve_and_convert_unrelated(rng: random.Random):  # a linear solve and an unrelated conversion
    a, x, b = rng.randint(2, 9), rng.randint(-10, 30), rng.randint(1, 25)
    mi = rng.randint(3, 60)
    if not safe(mi * MILE):
        return None
    return (f"help with two things? solve {a}x + {b} = {a * x + b}, and how many km is {mi} miles",
            [root(x), km(mi * MILE)])


@add
def factor_and_tip(rng: random.Random):  # factor a quadratic and a tip
    r1, r2_, p = two_roots(rng)
    bill, t = rng.randint(20, 200), rng.choice([10, 15, 20])

    def tm(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    a, b = tm(r1), tm(r2_)
    return (f"factor {p} for me, also what's a {t}% tip on ${bill}?",
            [[f"({a})({b})", f"({b})({a})", f"({a})*({b})", f"({b})*({a})"],
             usd(F(bill * t, 100))])


@add
def integral_and_bmi(rng: random.Random):  # an integral and a BMI in one message
    n, a = rng.randint(1, 6), rng.randint(1, 5)
    w, h = rng.randint(50, 110), rng.randint(150, 195)
    b = F(w) / F(h, 100) ** 2
    if not safe(b):
        return None
    return (f"∫ from 0 to {n} of {3 * a}x^2 dx — and unrelated, BMI for {w} kg at {h} cm?",
            [num(a * n ** 3), dp12(b)])


@add
def vertex_and_currency(rng: random.Random):  # a parabola's vertex and a currency conversion
    h, k = rng.randint(-8, 8), rng.randint(-10, 30)
    amt = rng.randint(10, 900)
    u = fx(F(amt), "GBP", "USD")
    if h == 0 or not safe(u):
        return None
    return (f"vertex of y = {poly(-2 * h, h * h + k)}? and £{amt} in USD",
            [[f"({h}, {k})", f"({h},{k})"], usd(u)])


@add
def expand_and_kg(rng: random.Random):  # expand a product and convert pounds to kilos
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    lb = rng.randint(5, 300)
    if a == b or not safe(lb * LB):
        return None
    return (f"expand (x + {a})(x + {b}); also {lb} lb to kg",
            [expr(poly(a + b, a * b)), kg(lb * LB)])


@add
def derivative_and_temp(rng: random.Random):  # a derivative and a temperature conversion
    a, n = rng.randint(2, 9), rng.randint(3, 6)
    f = rng.randint(-20, 110)
    c = (F(f) - 32) * 5 / 9
    if not safe(c):
        return None
    return (f"what's the derivative of {a}x^{n}? and {f}°F in celsius?",
            [expr(f"{a * n}x^{n - 1}"), deg_c(c)])


@add
def system_and_percent(rng: random.Random):  # a 2x2 system and a percentage
    x, y = rng.randint(1, 12), rng.randint(1, 12)
    p, q = rng.randint(5, 95), rng.randint(100, 2000)
    pc = F(p * q, 100)
    return (f"solve 2x + y = {2 * x + y}, x + 3y = {x + 3 * y}. then {p}% of {q}?",
            [var("x", x), var("y", y), num(pc)])


@add
def cm_to_feet_inches(rng: random.Random):  # a height in cm to feet and inches, and inches
    h = rng.randint(150, 200)
    total = F(h, 100) / INCH
    ft = int(total // 12)
    rest = total - 12 * ft
    if not safe(total, rest):
        return None
    return (f"I'm {h} cm. how many inches is that in total, and in feet plus inches?",
            [unit(total, "in", "inches"), [f"{ft} ft {v} in" for v in forms(rest)] + [
                f"{ft} feet {v} inches" for v in forms(rest)] + [
                f"{ft}'{v}\"" for v in forms(rest)] + [f"{ft}' {v}\"" for v in forms(rest)]])


@add
def sqrt_two_decimals_and_square(rng: random.Random):  # a non-square root to 2 dp, and a square
    n = rng.choice([x for x in range(2, 200) if math.isqrt(x) ** 2 != x])
    s = math.sqrt(n)
    if abs(s * 100 % 1 - 0.5) < 0.01:
        return None
    k = rng.randint(13, 99)
    return (f"√{n} to two decimal places, and {k} squared",
            [num(F(round(s, 2)).limit_denominator(100)), num(k * k)])


@add
def minutes_to_clock_and_km(rng: random.Random):  # a start time plus minutes, and a distance
    start = rng.randint(6 * 60, 20 * 60) // 5 * 5
    dur = rng.randint(20, 200)
    d = rng.randint(3, 40)
    h, m = divmod(start, 60)
    if not safe(d / MILE):
        return None
    return (f"leaving at {h}:{m:02d} for a {dur} minute drive — what time do I get there? and "
            f"what's {d} km in miles?", [clock(start + dur), unit(d / MILE, "mi", "miles")])


@add
def cm_and_inches_tv(rng: random.Random):  # a TV diagonal in inches: cm, and width at 16:9
    d = rng.randint(24, 98)
    c = d * F(254, 100)
    w = c * 16 / math.hypot(16, 9)
    wf = F(round(w, 2)).limit_denominator(100)
    if not safe(c) or abs(w * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"{d} inch tv: diagonal in cm? and its width in cm if it's 16:9 (2 dp)?",
            [cm(c), cm(wf)])
