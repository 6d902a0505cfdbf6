"""Round 16 multi-part families (``L_m_*``, dev now): mixed requests — a graph with a number,
health with units, data with a conversion, a solve alongside something unrelated — in further
wordings and situations. ``MIXED`` also gathers ``heldout16_multi_mixed_2``."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    INCH,
    LB,
    MILE,
    PLOT,
    F,
    Family,
    clock,
    deg_f,
    dp12,
    fam,
    forms,
    kg,
    km,
    num,
    random,
    root,
    safe,
    two_roots,
    unit,
)

HERE: list[Family] = []
add = fam(HERE)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


# --- graphs with a number --------------------------------------------------------------------


@add
def graph_line_value(rng: random.Random):  # value of a line at a point, and its graph
    m, b, x = rng.randint(2, 9), rng.randint(-20, 20), rng.randint(5, 25)
    if b == 0:
        return None
    line = f"{m}x {'+' if b > 0 else '-'} {abs(b)}"
    return (f"Please graph y = {line}. What is y when x = {x}?", [num(m * x + b), PLOT])


@add
def graph_quadratic_y_intercept(rng: random.Random):  # y-intercept and roots, with a graph
    r1, r2_, p = two_roots(rng)
    if r1 * r2_ in (r1, r2_):
        return None
    return (f"for y = {p}: where does it cross the y-axis, where does it cross the x-axis, and "
            "could you draw it", [[f"y = {r1 * r2_}", f"y={r1 * r2_}", f"(0, {r1 * r2_})"],
                                  root(r1), root(r2_), PLOT])


@add
def graph_abs_min(rng: random.Random):  # the lowest point of an absolute value graph
    h, k = rng.randint(-9, 9), rng.randint(-9, 9)
    if h == 0 or k == 0:
        return None
    inner = f"x - {h}" if h > 0 else f"x + {-h}"
    tail = f" + {k}" if k > 0 else f" - {-k}"
    return (f"sketch y = |{inner}|{tail}. what's its lowest point?",
            [[f"({h}, {k})", f"({h},{k})", f"x = {h}, y = {k}"], PLOT])


@add
def graph_cubic_at_points(rng: random.Random):  # two values of a cubic, then a plot
    a, b = rng.randint(2, 6), rng.randint(-4, -1)
    c = rng.randint(1, 20)
    f = lambda x: x ** 3 - a * x + c  # noqa: E731
    return (f"evaluate f(x) = x^3 - {a}x + {c} at x = {b} and x = {-b + 2}, then plot f",
            [num(f(b)), num(f(-b + 2)), PLOT])


@add
def graph_inverse_prop(rng: random.Random):  # y = k/x at a point, plotted
    k, x = rng.choice([12, 24, 36, 48, 60, 72]), rng.choice([2, 3, 4, 6])
    return (f"plot y = {k}/x for positive x, and tell me y at x = {x}", [num(F(k, x)), PLOT])


@add
def graph_two_functions_compare(rng: random.Random):  # which of two lines is higher at a point
    a, b, c, d = rng.randint(1, 6), rng.randint(-10, 10), rng.randint(1, 6), rng.randint(-10, 10)
    x = rng.randint(3, 12)
    if a == c or a * x + b == c * x + d:
        return None
    ya, yc = a * x + b, c * x + d

    def line(m: int, k: int) -> str:
        head = "x" if m == 1 else f"{m}x"
        return head + ("" if k == 0 else f" {'+' if k > 0 else '-'} {abs(k)}")
    return (f"put y = {line(a, b)} and y = {line(c, d)} on the same axes. at x = {x}, what are "
            "both y values?", [num(ya), num(yc), PLOT])


# --- health with units -------------------------------------------------------------------------


@add
def bmi_stone_pounds(rng: random.Random):  # UK weight in stone and pounds, height in cm
    st, lb, h = rng.randint(8, 18), rng.randint(0, 13), rng.randint(150, 195)
    w = (st * 14 + lb) * LB
    b = w / F(h, 100) ** 2
    if not safe(w, b):
        return None
    return (f"I'm {st} stone {lb} and {h} cm. what's that in kg, and my bmi?", [kg(w), dp12(b)])


@add
def bmi_inches_pounds(rng: random.Random):  # height in inches and pounds: metres, kilos, BMI
    inch, lb = rng.randint(58, 78), rng.randint(100, 280)
    w, h = lb * LB, inch * INCH
    b = w / h ** 2
    b703 = F(lb * 703, inch * inch)
    if not safe(w, b):
        return None
    return (f"{inch} inches tall, {lb} pounds. convert to kg and work out BMI",
            [kg(w), list(dict.fromkeys(dp12(b) + dp12(b703)))])


@add
def dose_time_and_total(rng: random.Random):  # dose times across a day and the total
    mg, every = rng.choice([250, 500]), rng.choice([6, 8])
    first = rng.randint(6 * 60, 7 * 60 + 30) // 30 * 30
    times = [first + i * every * 60 for i in range(24 // every)]
    h, m = divmod(first, 60)
    return (f"antibiotic: {mg} mg every {every} hours, first dose at {h}:{m:02d}. what time is the "
            "last dose of the day and how many mg in 24 hours?",
            [clock(times[-1]), unit(F(mg * len(times)), "mg", "milligrams")])


@add
def fever_c_to_f_and_diff(rng: random.Random):  # a child's temperature to Fahrenheit
    c = F(rng.randint(375, 410), 10)
    f = c * 9 / 5 + 32
    if not safe(f):
        return None
    return (f"she's {float(c):g}°C. what's that in F, and how far above normal (37) is she in "
            "celsius?", [deg_f(f), [f"{v} °C" for v in forms(c - 37)] + [
                f"{v} degrees" for v in forms(c - 37)] + forms(c - 37)])


@add
def water_intake_bottles(rng: random.Random):  # fluid ounces drunk, in litres and bottles
    oz = rng.randint(24, 140)
    litres = oz * F(295735295625, 10**13)
    bottles = litres / F(1, 2)
    if not safe(litres, bottles):
        return None
    return (f"I drank {oz} fl oz of water today. how many litres is that, and how many 500 ml "
            "bottles?", [unit(litres, "L", "litres", "liters"), [f"{v} bottles" for v in forms(
                bottles)] + forms(bottles)])


@add
def run_pace_mile(rng: random.Random):  # a 5k time: pace per km and per mile
    mins = rng.randint(18, 45)
    secs = rng.randint(0, 59)
    t = F(mins * 60 + secs, 60)
    pk = t / 5
    pm = pk * MILE
    if not safe(pk, pm):
        return None
    return (f"ran a 5k in {mins}:{secs:02d}. pace per km and per mile, in minutes (decimal ok)?",
            [[f"{v} min/km" for v in forms(pk)] + [f"{v} minutes per km" for v in forms(pk)] +
             forms(pk), [f"{v} min/mile" for v in forms(pm)] + [
                f"{v} minutes per mile" for v in forms(pm)] + forms(pm)])


@add
def calories_walk(rng: random.Random):  # a walk in miles: km and calories at a per-km rate
    mi = F(rng.randint(10, 100), 10)
    k = mi * MILE
    per = rng.choice([50, 60, 65, 70])
    if not safe(k, k * per):
        return None
    return (f"walked {float(mi):g} miles. in km? and if I burn about {per} kcal per km, how many "
            "calories?", [km(k), unit(k * per, "kcal", "calories", "cal")])


@add
def heart_rate_reserve(rng: random.Random):  # Karvonen target from resting heart rate
    age, rest = rng.randint(20, 65), rng.randint(50, 80)
    mx = 220 - age
    pc = rng.choice([60, 70, 80])
    t = rest + F((mx - rest) * pc, 100)
    if not safe(t) or ((t * 2).denominator == 1 and t.denominator == 2):
        return None
    forms_t = [*forms(t), *(f"{v} bpm" for v in forms(t)), str(round(t)), f"{round(t)} bpm"]
    return (f"age {age}, resting HR {rest}. max HR = 220 - age; heart rate reserve = max - "
            f"resting; target = resting + {pc}% of reserve. give me max, reserve and target",
            [num(mx), num(mx - rest), forms_t])


def _gather() -> list[Family]:
    from bench.data.agents.heldout16_multi_mixed_2 import MIXED_2
    return [*HERE, *MIXED_2]


MIXED: list[Family] = _gather()
