"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-9: assorted everyday
arithmetic (tickets, wages, bills, measures, scores) and short algebra and calculus tasks."""

from __future__ import annotations

import itertools
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, frac, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def family_tickets(rng: random.Random) -> Made:
    adult, child, senior = rng.randint(12, 35), rng.randint(5, 15), rng.randint(8, 20)
    na, nc, ns = rng.randint(2, 4), rng.randint(2, 5), rng.randint(1, 2)
    fee = Fraction(rng.choice([150, 195, 250]), 100)
    total = na * adult + nc * child + ns * senior + fee * (na + nc + ns)
    return (f"zoo tickets: adult ${adult}, child ${child}, senior ${senior}, plus a "
            f"${float(fee):.2f} booking fee per ticket. we're {na} adults, {nc} kids and {ns} "
            f"senior{'s' if ns > 1 else ''}. total?",
            [money(total)])


@family
def electricity_units(rng: random.Random) -> Made:
    watts, hours, days = rng.randint(40, 2500), rng.randint(1, 12), rng.choice([30, 31])
    rate = Fraction(rng.randint(12, 40), 100)
    kwh = Fraction(watts * hours * days, 1000)
    cost = kwh * rate
    if tie(cost, 2):
        return None
    return (f"A {watts} W heater runs {hours} h a day for {days} days. Power costs "
            f"${float(rate):.2f} per kWh. What does it cost to run? (to the cent)",
            [money(round(float(cost) + 1e-9, 2))])


@family
def salary_after_raises(rng: random.Random) -> Made:
    base = rng.randint(30, 90) * 1000
    r1, r2, r3 = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
    v = Fraction(base) * Fraction(100 + r1, 100) * Fraction(100 + r2, 100) * Fraction(100 + r3, 100)
    if tie(v, 2):
        return None
    return (f"Starting salary {base:,}. Raises of {r1}%, then {r2}%, then {r3}% in the next three "
            "years. What's the salary after the third raise? Two decimals.",
            [money(round(float(v) + 1e-9, 2))])


@family
def temperature_swing(rng: random.Random) -> Made:
    lo, hi = rng.randint(-25, 5), rng.randint(6, 35)
    return (f"overnight low was {lo}°C and the afternoon high {hi}°C. how many degrees did it "
            "warm up?", [[f"{hi - lo}°", f"{hi - lo} degrees", f"{hi - lo} °C", f"{hi - lo}°C",
                          str(hi - lo)]])


@family
def elevation_change(rng: random.Random) -> Made:
    pts = [rng.randint(100, 3000) for _ in range(rng.randint(4, 6))]
    gain = sum(max(0, b - a) for a, b in itertools.pairwise(pts))
    return (f"hike waypoints elevations in m: {', '.join(map(str, pts))}. total climbing (sum of "
            "all the uphill bits)?", [[str(gain), f"{gain:,}", f"{gain} m"]])


@family
def golf_score(rng: random.Random) -> Made:
    pars = [rng.choice([3, 4, 4, 5]) for _ in range(9)]
    shots = [p + rng.choice([-1, 0, 0, 1, 1, 2]) for p in pars]
    diff = sum(shots) - sum(pars)
    rel = "even" if diff == 0 else (f"+{diff}" if diff > 0 else str(diff))
    forms = [rel, f"{abs(diff)} over" if diff > 0 else f"{abs(diff)} under"] if diff else ["even"]
    return (f"nine holes, pars {' '.join(map(str, pars))}, my scores {' '.join(map(str, shots))}. "
            "total strokes and how far over/under par?",
            [[str(sum(shots)), f"{sum(shots)} strokes"], forms])


@family
def quiz_negative_marking(rng: random.Random) -> Made:
    q, right, wrong = 40, rng.randint(15, 35), 0
    wrong = rng.randint(0, q - right)
    score = Fraction(4 * right - wrong, 1)
    return (f"exam has {q} questions: +4 for right, -1 for wrong, 0 for blank. I got {right} right "
            f"and {wrong} wrong. my score?", [[str(score)]])


@family
def shoe_size_cm(rng: random.Random) -> Made:
    inches = Fraction(rng.randint(80, 130), 10)
    cm = inches * Fraction(254, 100)
    if tie(cm, 1):
        return None
    return (f"my foot is {float(inches)} inches long, what's that in cm? 1 dp", [dec(cm, 1)])


@family
def system_three(rng: random.Random) -> Made:
    x, y, z = (rng.randint(-6, 6) for _ in range(3))
    eqs = []
    for _ in range(3):
        a, b, c = (rng.randint(-4, 5) for _ in range(3))
        eqs.append((a, b, c, a * x + b * y + c * z))
    m = [e[:3] for e in eqs]
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    if det == 0:
        return None

    def side(a: int, b: int, c: int) -> str:
        out = ""
        for k, v in ((a, "x"), (b, "y"), (c, "z")):
            if k:
                coef = f"{abs(k) if abs(k) != 1 else ''}{v}"
                if not out:
                    out = f"-{coef}" if k < 0 else coef
                else:
                    out += f" {'-' if k < 0 else '+'} {coef}"
        return out.strip()
    text = "; ".join(f"{side(*e[:3])} = {e[3]}" for e in eqs)
    return (f"solve the system: {text}", [[f"x = {x}", f"x={x}"], [f"y = {y}", f"y={y}"],
                                          [f"z = {z}", f"z={z}"]])


@family
def quotient_rule(rng: random.Random) -> Made:
    a, b, x0 = rng.randint(1, 6), rng.randint(1, 9), rng.randint(0, 4)
    # f = x/(a x + b): f' = b/(a x + b)^2
    v = Fraction(b, (a * x0 + b) ** 2)
    return (f"derivative of x/({a}x + {b}) at x = {x0}? as a fraction".replace("(1x", "(x"),
            [frac(v)])


@family
def tangent_line_eq(rng: random.Random) -> Made:
    a, x0 = rng.randint(1, 4), rng.randint(-3, 3)
    m, y0 = 2 * a * x0, a * x0 * x0
    c = y0 - m * x0
    lead = "" if a == 1 else str(a)
    mm = f"{m}x" if m not in (0, 1, -1) else {0: "", 1: "x", -1: "-x"}[m]
    cc = "" if c == 0 else (f"+{c}" if c > 0 and mm else f"{c}")
    ans = f"y={mm}{cc}" if mm or cc else "y=0"
    return (f"Find the equation of the tangent to y = {lead}x² at x = {x0}.", [[ans]])


@family
def limit_derivative_def(rng: random.Random) -> Made:
    n, a = rng.randint(2, 5), rng.randint(2, 6)
    v = n * a ** (n - 1)
    return (f"evaluate lim h→0 [({a} + h)^{n} − {a ** n}] / h", [[str(v)]])


@family
def series_convergent_sum(rng: random.Random) -> Made:
    k, c = rng.randint(2, 9), rng.randint(1, 5)
    return (f"what does Σ (n=1 to ∞) {c}/{k}^n add up to?", [frac(Fraction(c, k - 1))])


@family
def probability_complement_words(rng: random.Random) -> Made:
    p = rng.randint(2, 30)
    days = rng.randint(3, 14)
    q = 1 - (1 - p / 100) ** days
    if tie(q * 100, 1):
        return None
    return (f"My bus is late {p}% of days, independently. Over {days} days, what's the chance it's "
            "late at least once? Percent to one decimal.",
            [[f"{q * 100:.1f}%", f"{q * 100:.1f} %", f"{q * 100:.1f} percent"]])


@family
def median_even_list(rng: random.Random) -> Made:
    vals = sorted(rng.randint(1, 99) for _ in range(rng.choice([6, 8, 10])))
    n = len(vals)
    med = Fraction(vals[n // 2 - 1] + vals[n // 2], 2)
    rng.shuffle(vals)
    return (f"median of: {' '.join(map(str, vals))}", [[f"{float(med):g}"]])


@family
def weighted_average_price(rng: random.Random) -> Made:
    lots = [(rng.randint(5, 60), Fraction(rng.randint(1000, 9000), 100)) for _ in range(3)]
    avg = sum(q * p for q, p in lots) / sum(q for q, _ in lots)
    if tie(avg, 2):
        return None
    desc = "; ".join(f"{q} shares at ${float(p):.2f}" for q, p in lots)
    return (f"I bought {desc}. What's my average cost per share? nearest cent",
            [money(round(float(avg) + 1e-9, 2))])


@family
def box_volume_cut(rng: random.Random) -> Made:
    w, h, cut = rng.randint(20, 60), rng.randint(20, 60), rng.randint(2, 8)
    if 2 * cut >= min(w, h):
        return None
    v = (w - 2 * cut) * (h - 2 * cut) * cut
    return (f"cut {cut} cm squares from each corner of a {w} by {h} cm sheet of card and fold up "
            "the sides to make an open box. volume?", [[f"{v:,}", str(v), f"{v} cm³"]])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    family_tickets, electricity_units, salary_after_raises, temperature_swing, elevation_change,
    golf_score, quiz_negative_marking, shoe_size_cm, system_three, quotient_rule, tangent_line_eq,
    limit_derivative_def, series_convergent_sum, probability_complement_words, median_even_list,
    weighted_average_price, box_volume_cut)]
