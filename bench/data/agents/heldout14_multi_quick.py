"""Round 14 (``N_m_*``, dev now) multi-part requests: several quick questions in one message (a
percentage, a conversion, a solve, a bit of geometry), each of which must be answered."""

from __future__ import annotations

import datetime
import math

from bench.data.agents.heldout14_multi_common import (
    GAL,
    INCH,
    KG,
    LB,
    LBS,
    MEAN,
    MEDIAN,
    MILE,
    F,
    Item,
    cash,
    convert,
    deg_c,
    deg_f,
    dp12,
    expr,
    fams,
    forms,
    multi,
    named,
    num,
    pct,
    poly,
    r2,
    random,
    root,
    safe,
    span,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

KM = ["km", "kilometres", "kilometers"]
CM = ["cm", "centimetres", "centimeters"]


def n_m_three_quick(rng: random.Random) -> Item:  # a percentage, miles to km, a product
    p, n = rng.choice([12, 15, 18, 22, 35]), rng.randint(20, 400)
    m, a, b = rng.randint(3, 60), rng.randint(12, 99), rng.randint(12, 99)
    share, km = F(p * n, 100), m * MILE
    if not safe(share, km):
        return n_m_three_quick(rng)
    return multi("N_m_three_quick", f"three quick ones: what's {p}% of {n}? how many km is {m} "
                 f"miles? and {a} times {b}?", [num(share), unit(km, *KM), whole(a * b)])


def n_m_root_temp_factorial(rng: random.Random) -> Item:  # a square root, °C to °F, a factorial
    s, c, k = rng.randint(13, 99), rng.randint(-20, 45), rng.randint(6, 12)
    return multi("N_m_root_temp_factorial", f"while you're at it: square root of {s * s}, "
                 f"{c}°C in Fahrenheit, and {k}!", [whole(s), deg_f(F(c * 9, 5) + 32),
                                                    whole(math.factorial(k))])


def n_m_homework_trio(rng: random.Random) -> Item:  # a derivative, an integral, a solve
    k, a, b, s = rng.randint(3, 9), rng.randint(2, 9), rng.randint(2, 10), rng.randint(2, 15)
    return multi("N_m_homework_trio", f"checking my homework: derivative of x^{k}, integral of "
                 f"{2 * a}x from 0 to {b}, and solve x^2 = {s * s}",
                 [expr(f"{k}x^{k - 1}"), whole(a * b * b), root(s), root(-s)])


def n_m_numbered_conversions(rng: random.Random) -> Item:  # kilos to pounds, feet to metres
    kg, ft = rng.randint(2, 150), rng.randint(3, 40)
    lb, m = kg / LB, ft * F(3048, 10000)
    if not safe(lb, m):
        return n_m_numbered_conversions(rng)
    return multi("N_m_numbered_conversions", f"can you tell me 1) {kg} kg in pounds 2) {ft} feet "
                 "in metres", [unit(lb, *LBS), unit(m, "m", "metres", "meters")])


def n_m_order_ops_square(rng: random.Random) -> Item:  # an order-of-operations sum and a square
    a, b, c, d = rng.randint(2, 50), rng.randint(2, 12), rng.randint(2, 12), rng.randint(13, 99)
    return multi("N_m_order_ops_square", f"{a} + {b} * {c} = ? also {d} squared",
                 [whole(a + b * c), whole(d * d)])


def n_m_power_and_log(rng: random.Random) -> Item:  # a power of two and a base-10 logarithm
    n, k = rng.randint(11, 30), rng.randint(3, 9)
    return multi("N_m_power_and_log", f"what is 2^{n}, and what's log base 10 of 1{'0' * k}?",
                 [whole(2 ** n), whole(k)])


def n_m_bmi_and_max_hr(rng: random.Random) -> Item:  # a BMI and a maximum heart rate
    kg, cm, age = rng.randint(50, 120), rng.randint(150, 198), rng.randint(18, 75)
    bmi = kg / F(cm, 100) ** 2
    if not safe(bmi):
        return n_m_bmi_and_max_hr(rng)
    return multi("N_m_bmi_and_max_hr", f"bmi for {kg}kg at {cm}cm, and max heart rate for a "
                 f"{age} year old (220-age)?", [dp12(bmi), [f"{220 - age} bpm", str(220 - age)]])


def n_m_two_currencies(rng: random.Random) -> Item:  # euros to dollars and pounds to euros
    eur, gbp = rng.randint(20, 900), rng.randint(20, 900)
    usd, eur2 = convert(F(eur), "EUR", "USD"), convert(F(gbp), "GBP", "EUR")
    if not safe(usd, eur2):
        return n_m_two_currencies(rng)
    return multi("N_m_two_currencies", f"convert {eur} euros to dollars and {gbp} pounds to "
                 "euros", [cash(usd, "USD"), cash(eur2, "EUR")])


def n_m_seconds_minutes(rng: random.Random) -> Item:  # seconds in hours, minutes in days
    h, d = rng.randint(2, 30), rng.randint(2, 40)
    return multi("N_m_seconds_minutes", f"how many seconds in {h} hours, and how many minutes in "
                 f"{d} days?", [whole(h * 3600), whole(d * 1440)])


def n_m_divide_remainder(rng: random.Random) -> Item:  # a decimal quotient and a remainder
    a, b = rng.randint(100, 999), rng.choice([3, 7, 9, 11, 13])
    c, d = rng.randint(100, 999), rng.randint(4, 12)
    q = F(a, b)
    if not safe(q) or c % d == 0:
        return n_m_divide_remainder(rng)
    return multi("N_m_divide_remainder", f"{a} divided by {b} to 2 decimal places, and what's the "
                 f"remainder when you divide {c} by {d}?",
                 [forms(q), [f"remainder {c % d}", f"remainder is {c % d}", f"remainder: {c % d}",
                             f"r {c % d}", f"R{c % d}", f"remainder of {c % d}",
                             f"{c % d} remainder", f"remainder **{c % d}**"]])


def n_m_fraction_percent(rng: random.Random) -> Item:  # reduce a fraction, then as a percent
    d = rng.choice([8, 16, 20, 25, 40, 50])
    n = rng.randint(1, d - 1)
    g = rng.randint(2, 9)
    x = F(n, d)
    if x.denominator == 1 or (math.gcd(n, d) == 1 and g == 1):
        return n_m_fraction_percent(rng)
    return multi("N_m_fraction_percent", f"simplify {n * g}/{d * g} and give it as a percentage "
                 "too", [[str(x)], pct(x * 100)])


def n_m_circle_two(rng: random.Random) -> Item:  # area and circumference of a circle
    r = rng.randint(2, 40)
    area, circ = F(math.pi * r * r), F(2 * math.pi * r)
    if not safe(area, circ):
        return n_m_circle_two(rng)
    return multi("N_m_circle_two", f"round table, radius {r} cm. what's its area and its "
                 "circumference?", [unit(area, "cm²", "cm^2", "square centimetres",
                                         "square centimeters", "sq cm"), unit(circ, *CM)])


def n_m_right_triangle(rng: random.Random) -> Item:  # a hypotenuse and a triangle's area
    a, b = rng.choice([(3, 4), (5, 12), (8, 15), (7, 24), (20, 21), (9, 40), (12, 35)])
    k = rng.randint(1, 6)
    a, b = a * k, b * k
    c = math.isqrt(a * a + b * b)
    return multi("N_m_right_triangle", f"right triangle with legs {a} and {b}: how long is the "
                 "hypotenuse, and what's the area?", [whole(c), num(F(a * b, 2))])


def n_m_box_litres_surface(rng: random.Random) -> Item:  # a box's volume in litres, its surface
    l_, w, h = rng.randint(10, 80), rng.randint(10, 60), rng.randint(10, 50)
    vol = F(l_ * w * h, 1000)
    surf = 2 * (l_ * w + l_ * h + w * h)
    return multi("N_m_box_litres_surface", f"storage box is {l_} x {w} x {h} cm. how many litres "
                 "does it hold and what's its surface area?",
                 [unit(vol, "L", "litres", "liters", "l"),
                  unit(F(surf), "cm²", "cm^2", "square centimetres", "sq cm")])


def n_m_factor_and_cube(rng: random.Random) -> Item:  # factor a quadratic, expand a cube
    r1, r2 = sorted(rng.sample([-7, -5, -4, -3, -2, 2, 3, 4, 5, 6], 2))
    a = rng.randint(1, 5)

    def t(r: int) -> str:
        return f"x - {r}" if r > 0 else f"x + {-r}"
    p = poly(-(r1 + r2), r1 * r2)
    cube = f"x^3 + {3 * a}x^2 + {3 * a * a}x + {a ** 3}".replace(" 1x", " x")
    return multi("N_m_factor_and_cube", f"Factor {p}. Then expand (x + {a})^3.",
                 [[f"({t(r1)})({t(r2)})", f"({t(r2)})({t(r1)})"], expr(cube)])


def n_m_gcd_lcm_three(rng: random.Random) -> Item:  # gcd and lcm of three numbers
    g = rng.randint(2, 8)
    xs = sorted({g * rng.randint(2, 12) for _ in range(3)})
    if len(xs) < 3:
        return n_m_gcd_lcm_three(rng)
    gcd, lcm = math.gcd(*xs), math.lcm(*xs)
    return multi("N_m_gcd_lcm_three", f"Need the GCD and the LCM of {xs[0]}, {xs[1]} and {xs[2]}.",
                 [labelled(["GCD", "gcd", "HCF", "greatest common divisor"], str(gcd)),
                  labelled(["LCM", "lcm", "least common multiple"], str(lcm))])


def n_m_cube_and_cube_root(rng: random.Random) -> Item:  # a cube and a cube root
    a, b = rng.randint(11, 40), rng.randint(11, 40)
    return multi("N_m_cube_and_cube_root", f"what's {a} cubed, and the cube root of {b ** 3}?",
                 [whole(a ** 3), whole(b)])


def n_m_interest_two_ways(rng: random.Random) -> Item:  # compound and simple interest
    p, r = rng.choice([500, 1000, 2000, 2500, 5000]), rng.choice([2, 3, 4, 5, 6])
    y = rng.randint(2, 6)
    comp = p * (1 + F(r, 100)) ** y
    simple = p + F(p * r * y, 100)
    if not safe(comp):
        return n_m_interest_two_ways(rng)
    return multi("N_m_interest_two_ways", f"{p} at {r}% a year for {y} years — what would I have "
                 "with compound interest (yearly), and with simple interest?",
                 [forms(comp), forms(simple)])


def n_m_temps_both_ways(rng: random.Random) -> Item:  # °F to °C and °C to °F
    f_, c = rng.randint(-10, 110), rng.randint(-30, 45)
    fc = F(f_ - 32) * 5 / 9
    if not safe(fc):
        return n_m_temps_both_ways(rng)
    return multi("N_m_temps_both_ways", f"{f_}F in celsius? and {c}C in fahrenheit?",
                 [deg_c(fc), deg_f(F(c * 9, 5) + 32)])


def n_m_days_weeks_hours(rng: random.Random) -> Item:  # days as weeks and days, and hours
    n = rng.randint(15, 400)
    w, d = divmod(n, 7)
    if d == 0:
        return n_m_days_weeks_hours(rng)
    return multi("N_m_days_weeks_hours", f"{n} days — how many weeks and days is that, and how "
                 "many hours?", [[f"{w} weeks and {d} day{'s' if d > 1 else ''}",
                                  f"{w} weeks, {d} day{'s' if d > 1 else ''}",
                                  f"{w} weeks {d} day{'s' if d > 1 else ''}"],
                                 [*whole(24 * n), f"{24 * n:,} hours"]])


def n_m_factorise_divisors(rng: random.Random) -> Item:  # prime factorisation, count of divisors
    ps = sorted(rng.sample([2, 3, 5, 7, 11, 13], 2))
    es = [rng.randint(1, 3), rng.randint(1, 3)]
    n = ps[0] ** es[0] * ps[1] ** es[1]

    def term(p: int, e: int, star: str) -> str:
        return str(p) if e == 1 else f"{p}{star}{e}"
    forms_ = [f" {sep} ".join(term(p, e, star) for p, e in zip(ps, es, strict=True))
              for sep in ("×", "*", "x", "·") for star in ("^", "**")]
    return multi("N_m_factorise_divisors", f"prime factorisation of {n}, and how many divisors "
                 "does it have?", [forms_, [f"{(es[0] + 1) * (es[1] + 1)} divisors"]])


def n_m_three_averages(rng: random.Random) -> Item:  # mean, median and mode
    base = [rng.randint(1, 20) for _ in range(rng.randint(6, 9))]
    mode = rng.choice(base)
    vals = [*base, mode]
    counts = sorted((vals.count(v) for v in set(vals)), reverse=True)
    mode = max(set(vals), key=vals.count)
    mean, med = F(sum(vals), len(vals)), sorted(vals)
    k = len(vals)
    median = F(med[k // 2]) if k % 2 else F(med[k // 2 - 1] + med[k // 2], 2)
    if (len(counts) > 1 and counts[0] == counts[1]) or not safe(mean):
        return n_m_three_averages(rng)
    return multi("N_m_three_averages", f"mean, median and mode of {', '.join(map(str, vals))}",
                 [named(MEAN, mean), named(MEDIAN, median), named(["mode", "Mode"], F(mode))])


def n_m_litres_gallons(rng: random.Random) -> Item:  # litres from ml, then US gallons
    ml = rng.randint(12, 400) * 250
    litres = F(ml, 1000)
    gal = litres / GAL
    if not safe(gal, litres):
        return n_m_litres_gallons(rng)
    return multi("N_m_litres_gallons", f"{ml:,} ml is how many litres? and how many US gallons?",
                 [unit(litres, "L", "litres", "liters", "l"), unit(gal, "gal", "gallons")])


def n_m_percent_up_down(rng: random.Random) -> Item:  # increase from a to b, decrease back
    a, b = rng.randint(20, 400), rng.randint(20, 400)
    if a >= b:
        return n_m_percent_up_down(rng)
    up, down = F(b - a, a) * 100, F(b - a, b) * 100
    if not safe(up, down):
        return n_m_percent_up_down(rng)
    return multi("N_m_percent_up_down", f"percentage increase from {a} to {b}? and the percentage "
                 f"decrease going from {b} back to {a}?", [pct(up), pct(down)])


def n_m_det_trace(rng: random.Random) -> Item:  # a 2x2 determinant and trace
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    det, tr = a * d - b * c, a + d
    if det == tr:
        return n_m_det_trace(rng)
    return multi("N_m_det_trace", f"matrix [[{a}, {b}], [{c}, {d}]] — determinant and trace?",
                 [labelled(["determinant", "Determinant", "det"], str(det)),
                  labelled(["trace", "Trace"], str(tr))])


def n_m_add_fractions_decimal(rng: random.Random) -> Item:  # a sum of fractions, as a decimal
    a, b = rng.choice([2, 4, 5, 8]), rng.choice([4, 5, 8, 10, 20])
    n1, n2 = rng.randint(1, a - 1) if a > 1 else 1, rng.randint(1, b - 1)
    s = F(n1, a) + F(n2, b)
    if s.denominator == 1 or F(n1, a).denominator != a or F(n2, b).denominator != b:
        return n_m_add_fractions_decimal(rng)
    return multi("N_m_add_fractions_decimal", f"{n1}/{a} + {n2}/{b} as a fraction, and as a "
                 "decimal?", [[str(s)], [f"{float(s):g}"]])


def n_m_inches_both_ways(rng: random.Random) -> Item:  # inches to cm and metres to inches
    i, m = rng.randint(10, 90), F(rng.randint(11, 40), 10)
    cm, inch = i * INCH * 100, m / INCH
    if not safe(cm, inch):
        return n_m_inches_both_ways(rng)
    return multi("N_m_inches_both_ways", f"{i} inches in cm, and {float(m):g} m in inches",
                 [unit(cm, *CM), unit(inch, "in", "inches")])


def n_m_distance_midpoint(rng: random.Random) -> Item:  # the distance and midpoint of two points
    a, b = rng.choice([(3, 4), (6, 8), (5, 12), (8, 15), (9, 12)])
    x1, y1 = rng.randint(-9, 9), rng.randint(-9, 9)
    sx, sy = rng.choice([-1, 1]) * a, rng.choice([-1, 1]) * b
    x2, y2 = x1 + sx, y1 + sy
    mx, my = F(x1 + x2, 2), F(y1 + y2, 2)
    mid = f"({num(mx)[0]}, {num(my)[0]})"
    return multi("N_m_distance_midpoint", f"distance between ({x1}, {y1}) and ({x2}, {y2}), and "
                 "their midpoint?", [whole(math.isqrt(a * a + b * b)), [mid, mid.replace(" ", "")]])


def n_m_polygon_angles(rng: random.Random) -> Item:  # interior angle sum and one angle
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])
    total = (n - 2) * 180
    each = F(total, n)
    return multi("N_m_polygon_angles", f"a regular {n}-sided polygon: sum of interior angles, and "
                 "each angle?", [[f"{total}°", f"{total} degrees", f"{total:,}°"],
                                 [*(f"{v}°" for v in num(each)),
                                  *(f"{v} degrees" for v in num(each))]])


def n_m_half_life_two(rng: random.Random) -> Item:  # what remains after two times
    dose, hl = rng.choice([40, 80, 100, 160, 200, 400]), rng.choice([4, 5, 6, 8])
    t1, t2 = hl * rng.randint(1, 2), hl * rng.randint(3, 4)
    a, b = F(dose, 2 ** (t1 // hl)), F(dose, 2 ** (t2 // hl))
    return multi("N_m_half_life_two", f"dose of {dose} mg, half-life {hl} hours — how much "
                 f"is left after {t1} hours, and after {t2}?",
                 [unit(a, "mg", "milligrams"), unit(b, "mg", "milligrams")])


def n_m_speed_then_time(rng: random.Random) -> Item:  # speed from a leg, then a longer trip
    km, mins = rng.randint(60, 240), rng.choice([60, 75, 90, 120, 150, 180])
    speed = F(km * 60, mins)
    far = rng.randint(200, 700)
    t = F(far, 1) / speed * 60
    if not safe(speed) or t.denominator != 1:
        return n_m_speed_then_time(rng)
    return multi("N_m_speed_then_time", f"did {km} km in {mins} minutes. average speed in km/h? "
                 f"and at that speed how long for {far} km?",
                 [unit(speed, "km/h", "kph"), span(int(t))])


def n_m_sequence_term_sum(rng: random.Random) -> Item:  # an arithmetic sequence: a term, a sum
    a, d, n = rng.randint(-5, 20), rng.randint(2, 9), rng.choice([10, 12, 15, 20, 25, 30])
    seq = ", ".join(str(a + i * d) for i in range(4))
    return multi("N_m_sequence_term_sum", f"{seq}, ... what's the {n}th term and the sum of the "
                 f"first {n} terms?",
                 [whole(a + (n - 1) * d), whole(n * (2 * a + (n - 1) * d) // 2)])


def n_m_days_between_weekday(rng: random.Random) -> Item:  # days between dates, and a weekday
    a = datetime.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    b = a + datetime.timedelta(days=rng.randint(20, 200))
    return multi("N_m_days_between_weekday", f"how many days from {a:%d %B %Y} to {b:%d %B %Y}, "
                 "and what day of the week is the second date?",
                 [[f"{(b - a).days} days"], [f"{b:%A}"]])


def n_m_kilos_two_people(rng: random.Random) -> Item:  # two weights in pounds, kilos and sum
    a, b = rng.randint(90, 250), rng.randint(90, 250)
    ka, kb = a * LB, b * LB
    if not safe(ka, kb, ka + kb):
        return n_m_kilos_two_people(rng)
    return multi("N_m_kilos_two_people", f"I'm {a} lb and my brother's {b} lb. both of us in kg, "
                 "and our combined weight in kg?",
                 [unit(ka, *KG), unit(kb, *KG),
                  list(dict.fromkeys([*unit(ka + kb, *KG), *unit(r2(ka) + r2(kb), *KG)]))])


def n_m_miles_pace_marathon(rng: random.Random) -> Item:  # miles to km, and minutes per mile
    mi, mins = rng.choice([3, 5, 6, 8, 10, 13]), rng.randint(7, 12)
    km = mi * MILE
    total = mi * mins
    if not safe(km):
        return n_m_miles_pace_marathon(rng)
    return multi("N_m_miles_pace_marathon", f"planning a {mi} mile run at {mins} min per mile. "
                 "distance in km, and how long will it take?", [unit(km, *KM), span(total)])


FAMILIES_QUICK = fams(
    n_m_three_quick, n_m_root_temp_factorial, n_m_homework_trio, n_m_numbered_conversions,
    n_m_order_ops_square, n_m_power_and_log, n_m_bmi_and_max_hr, n_m_two_currencies,
    n_m_seconds_minutes, n_m_divide_remainder, n_m_fraction_percent, n_m_circle_two,
    n_m_right_triangle, n_m_box_litres_surface, n_m_factor_and_cube, n_m_gcd_lcm_three,
    n_m_cube_and_cube_root, n_m_interest_two_ways, n_m_temps_both_ways, n_m_days_weeks_hours,
    n_m_factorise_divisors, n_m_three_averages, n_m_litres_gallons, n_m_percent_up_down,
    n_m_det_trace, n_m_add_fractions_decimal, n_m_inches_both_ways, n_m_distance_midpoint,
    n_m_polygon_angles, n_m_half_life_two, n_m_speed_then_time, n_m_sequence_term_sum,
    n_m_days_between_weekday, n_m_kilos_two_people, n_m_miles_pace_marathon)
