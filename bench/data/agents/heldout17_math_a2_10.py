"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-10: further everyday
word problems (pets, garden, travel, club finances, classroom) and quick school exercises."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money
from bench.data.agents.heldout17_math_a2 import dec, family, tie
from bench.data.agents.helpers import Family


@family
def dog_food_bags(rng: random.Random) -> Made:
    bag, grams, dogs = rng.choice([7, 10, 12, 15]), rng.randint(150, 500), rng.randint(1, 3)
    days = Fraction(bag * 1000, grams * dogs)
    return (f"a {bag} kg bag of dog food, {dogs} dog(s) each eating {grams} g a day. how many "
            "FULL days does the bag last?", [[str(math.floor(days)), f"{math.floor(days)} days"]])


@family
def seed_spacing(rng: random.Random) -> Made:
    row, gap = rng.randint(2, 12), rng.choice([15, 20, 25, 30, 40])
    plants = row * 100 // gap + 1
    return (f"planting a {row} m row with a seedling every {gap} cm, including one at each end. "
            "how many seedlings?", [[str(plants), f"{plants} seedlings"]])


@family
def club_dues_shortfall(rng: random.Random) -> Made:
    members, dues = rng.randint(20, 120), rng.randint(15, 80)
    paid_pct = rng.choice([60, 70, 75, 80, 85, 90])
    paid = members * paid_pct // 100
    short = (members - paid) * dues
    return (f"Our club has {members} members, annual dues ${dues}. Only {paid} have paid. How much "
            "is still outstanding?", [money(short)])


@family
def class_average_combined(rng: random.Random) -> Made:
    n1, m1 = rng.randint(15, 35), rng.randint(55, 90)
    n2, m2 = rng.randint(15, 35), rng.randint(55, 90)
    m = Fraction(n1 * m1 + n2 * m2, n1 + n2)
    if tie(m, 1) or m1 == m2:
        return None
    return (f"Class A ({n1} students) averaged {m1} on the test and class B ({n2} students) "
            f"averaged {m2}. What's the average over everyone? 1 decimal", [dec(m, 1)])


@family
def speed_ticket_over(rng: random.Random) -> Made:
    dist, mins = rng.randint(5, 40), rng.randint(4, 30)
    speed = Fraction(dist * 60, mins)
    if tie(speed, 1):
        return None
    return (f"Section control: {dist} km between cameras, my car took {mins} minutes. Average "
            "speed in km/h (1 dp)?", [dec(speed, 1)])


@family
def lap_times_average(rng: random.Random) -> Made:
    laps = [rng.randint(55, 140) for _ in range(rng.randint(4, 6))]
    avg = Fraction(sum(laps), len(laps))
    if tie(avg, 1):
        return None
    desc = ", ".join(f"{t // 60}:{t % 60:02d}" for t in laps)
    return (f"lap times (m:ss): {desc}. average lap in seconds to 1 dp?", [dec(avg, 1)])


@family
def currency_denoms(rng: random.Random) -> Made:
    amount = rng.randint(1, 199) * 5 + rng.randint(0, 4)
    notes = [100, 50, 20, 10, 5, 2, 1]
    left, count = amount, 0
    for n in notes:
        count += left // n
        left %= n
    return (f"Fewest notes/coins to make exactly {amount} using 100, 50, 20, 10, 5, 2 and 1? "
            "(just the count)", [[str(count), f"{count} notes", f"{count} pieces"]])


@family
def hours_worked_week(rng: random.Random) -> Made:
    days = rng.randint(3, 6)
    start, end = rng.randint(7 * 4, 10 * 4) * 15, rng.randint(15 * 4, 19 * 4) * 15
    lunch = rng.choice([30, 45, 60])
    each = end - start - lunch
    total = each * days
    h, m = divmod(total, 60)
    dec_h = Fraction(total, 60)
    return (f"I work {days} days a week, {start // 60}:{start % 60:02d} to "
            f"{end // 60}:{end % 60:02d} with a {lunch}-minute unpaid lunch. Paid hours per week "
            "as a decimal?", [[f"{float(dec_h):g}", f"{float(dec_h):g} hours",
                               f"{h} hours {m} minutes" if m else f"{h} hours"]])


@family
def distance_formula_speed(rng: random.Random) -> Made:
    speed, h, m = rng.randint(40, 110), rng.randint(0, 5), rng.choice([10, 15, 20, 25, 40, 45, 50])
    d = Fraction(speed * (h * 60 + m), 60)
    if tie(d, 1):
        return None
    return (f"averaging {speed} km/h for {h} h {m} min — how far is that? 1 d.p.", [dec(d, 1)])


@family
def rectangle_from_perimeter(rng: random.Random) -> Made:
    w, l_ = rng.randint(3, 40), rng.randint(3, 40)
    if w >= l_:
        return None
    return (f"A rectangle has perimeter {2 * (w + l_)} cm and area {w * l_} cm². Find its length "
            "and width.", [[f"{l_} cm", f"length {l_}", f"length is {l_}", f"length: {l_}",
                            f"length = {l_}"],
                           [f"{w} cm", f"width {w}", f"width is {w}", f"width: {w}",
                            f"width = {w}"]])


@family
def sum_interior_angles(rng: random.Random) -> Made:
    n = rng.randint(5, 30)
    return (f"What do the interior angles of a {n}-sided polygon add up to?",
            [[f"{180 * (n - 2)}°", f"{180 * (n - 2)} degrees", f"{180 * (n - 2):,}°",
              f"{180 * (n - 2):,} degrees", str(180 * (n - 2))]])


@family
def volume_scale_factor(rng: random.Random) -> Made:
    k, v = rng.choice([2, 3, 4, 5, Fraction(3, 2), Fraction(5, 2)]), rng.randint(5, 300)
    nv = v * Fraction(k) ** 3
    return (f"A model has volume {v} cm³. A similar model is scaled by a factor of "
            f"{float(k):g} in every length. Volume of the bigger model?",
            [[f"{float(nv):g}", f"{float(nv):,g}", f"{float(nv):g} cm³"]])


@family
def quadratic_discriminant(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.randint(-12, 12), rng.randint(-15, 15)
    d = b * b - 4 * a * c
    kind = (["two real roots", "two distinct real", "2 real roots", "two real solutions",
             "two distinct"] if d > 0 else ["no real roots", "no real solutions",
                                            "two complex", "complex roots", "no real"]
            if d < 0 else ["one real root", "repeated root", "double root", "one repeated",
                           "equal roots", "one real solution"])
    bs = f"+ {b}x" if b > 0 else f"- {-b}x"
    cs = f"+ {c}" if c > 0 else f"- {-c}"
    if abs(b) < 2 or c == 0:
        return None
    return (f"discriminant of {a if a > 1 else ''}x² {bs} {cs} = 0, and what does it say about "
            "the roots?", [[str(d), f"Δ = {d}", f"D = {d}"], kind])


@family
def percent_error(rng: random.Random) -> Made:
    true, meas = rng.randint(50, 500), 0
    meas = true + rng.choice([-1, 1]) * rng.randint(1, 30)
    err = abs(Fraction(meas - true, true)) * 100
    if tie(err, 2):
        return None
    return (f"lab: accepted value {true}, I measured {meas}. percent error to 2 dp?",
            [[f"{float(err):.2f}%", f"{float(err):.2f} %", f"{float(err):.2f} percent"]])


@family
def ratio_simplify(rng: random.Random) -> Made:
    g = rng.randint(2, 25)
    a, b = rng.randint(1, 15), rng.randint(1, 15)
    if math.gcd(a, b) != 1 or a == b:
        return None
    return (f"simplify the ratio {a * g}:{b * g}", [[f"{a}:{b}", f"{a} : {b}"]])


@family
def prob_sum_dice_three(rng: random.Random) -> Made:
    s = rng.randint(4, 17)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) for c in range(1, 7) if a + b + c == s)
    p = Fraction(ways, 216)
    return (f"three dice rolled. probability the sum is {s}?",
            [[f"{p.numerator}/{p.denominator}", f"{ways}/216"]])


@family
def mixed_number_ops(rng: random.Random) -> Made:
    w1, n1, d1 = rng.randint(1, 5), rng.randint(1, 3), rng.choice([4, 5, 8])
    w2, n2, d2 = rng.randint(1, 5), rng.randint(1, 2), rng.choice([3, 6])
    x, y = w1 + Fraction(n1, d1), w2 + Fraction(n2, d2)
    v = x * y
    whole, rest = divmod(v, 1)
    forms = [f"{v.numerator}/{v.denominator}"] + ([f"{whole} {rest}"] if rest and whole else [])
    if v.denominator == 1:
        forms = [str(v)]
    return (f"{w1} {Fraction(n1, d1)} × {w2} {Fraction(n2, d2)} = ?", [forms])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    dog_food_bags, seed_spacing, club_dues_shortfall, class_average_combined, speed_ticket_over,
    lap_times_average, currency_denoms, hours_worked_week, distance_formula_speed,
    rectangle_from_perimeter, sum_interior_angles, volume_scale_factor, quadratic_discriminant,
    percent_error, ratio_simplify, prob_sum_dice_three, mixed_number_ops)]
