"""Round 12 multi-part families (``P_m_*``, dev now): a result, then that result used again
("…then double it"), each step's answer asked for."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout12_multi_common import (
    FOOT,
    LB,
    MILE,
    F,
    Fraction,
    Item,
    clock,
    expr,
    forms,
    money,
    multi,
    poly,
    rate,
    root,
    tie,
    unit,
    var,
)
from bench.data.agents.helpers import Family


def ok(*values: Fraction, places: int = 2) -> bool:
    return not any(tie(v, places) for v in values)


def num(n: int) -> list[str]:
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def p_m_c_discount_left(rng: random.Random) -> Item:  # a percentage, then taken off
    p, price = rng.choice([12, 18, 22, 35, 40]), rng.randint(30, 600)
    off = F(p * price, 100)
    if not ok(off):
        return p_m_c_discount_left(rng)
    return multi("P_m_c_discount_left", f"what's {p}% of {price}? then take that away from "
                 f"{price}", [forms(off), forms(price - off)])


def p_m_c_times_then_divide(rng: random.Random) -> Item:  # a product, then divided
    a, b, d = rng.randint(12, 99), rng.randint(12, 99), rng.choice([3, 4, 6, 7, 9])
    q = F(a * b, d)
    if not ok(q):
        return p_m_c_times_then_divide(rng)
    return multi("P_m_c_times_then_divide", f"Multiply {a} by {b}, then divide whatever you get "
                 f"by {d}.", [num(a * b), forms(q)])


def p_m_c_wage_to_euros(rng: random.Random) -> Item:  # weekly pay, then in euros
    hours, wage = rng.randint(15, 45), F(rng.randint(1200, 3500), 100)
    pay = hours * wage
    eur = rate(pay, "USD", "EUR")
    if not ok(eur):
        return p_m_c_wage_to_euros(rng)
    return multi("P_m_c_wage_to_euros", f"worked {hours} hours this week at ${float(wage):.2f}/"
                 "hr. what's my pay? and convert it to euros", [money(pay, "USD"),
                                                                money(eur, "EUR")])


def p_m_c_miles_then_time(rng: random.Random) -> Item:  # miles to km, then time at a pace
    miles, pace = rng.randint(3, 30), rng.randint(4, 8)
    km = miles * MILE
    minutes = km * pace
    if not ok(km, minutes):
        return p_m_c_miles_then_time(rng)
    return multi("P_m_c_miles_then_time", f"How far is {miles} miles in kilometres, and if I "
                 f"walk-run it at {pace} minutes per km, how many minutes will it take?",
                 [unit(km, "km", "kilometres", "kilometers"), unit(minutes, "minutes", "min",
                                                                   "mins")])


def p_m_c_solve_then_feet(rng: random.Random) -> Item:  # solve for a length, then feet
    a, x, b = rng.randint(2, 8), rng.randint(2, 40), rng.randint(1, 30)
    ft = x / FOOT
    if not ok(ft):
        return p_m_c_solve_then_feet(rng)
    return multi("P_m_c_solve_then_feet", f"a shelf is x metres long where {a}x - {b} = "
                 f"{a * x - b}. what's x, and how long is the shelf in feet?",
                 [var("x", x), unit(ft, "ft", "feet")])


def p_m_c_root_then_cube(rng: random.Random) -> Item:  # a square root, then cubed
    n = rng.randint(11, 60)
    return multi("P_m_c_root_then_cube", f"square root of {n * n}, then cube it",
                 [[str(n)], num(n ** 3)])


def p_m_c_power_steps(rng: random.Random) -> Item:  # a power, halved repeatedly, plus one
    e, k = rng.randint(10, 16), rng.choice([4, 8, 16])
    v = 2 ** e
    return multi("P_m_c_power_steps", f"What's 2 to the power {e}? Divide that by {k}, then "
                 "add 1.", [num(v), num(v // k), num(v // k + 1)])


def p_m_c_salary_month_week(rng: random.Random) -> Item:  # yearly salary to month, after tax
    salary, tax = rng.randint(25, 120) * 1000, rng.choice([15, 20, 25, 30])
    month = F(salary, 12)
    after = month * (100 - tax) / 100
    if not ok(month, after):
        return p_m_c_salary_month_week(rng)
    return multi("P_m_c_salary_month_week", f"if I earn ${salary:,} a year, what's that a month,"
                 f" and what's the monthly amount after {tax}% tax?",
                 [money(month, "USD"), money(after, "USD")])


def p_m_c_gauss_square(rng: random.Random) -> Item:  # a sum 1..n, then squared
    n = rng.randint(20, 200)
    s = n * (n + 1) // 2
    return multi("P_m_c_gauss_square", f"add up every whole number from 1 to {n}, then square "
                 "the result", [num(s), num(s * s)])


def p_m_c_temp_round_trip(rng: random.Random) -> Item:  # °F to °C, warmer, back to °F
    f, up = rng.randint(20, 100), rng.randint(2, 15)
    c = F(f - 32) * 5 / 9
    back = (c + up) * 9 / 5 + 32
    if not ok(c, back):
        return p_m_c_temp_round_trip(rng)
    return multi("P_m_c_temp_round_trip", f"it's {f}°F. what is that in °C? tomorrow will be "
                 f"{up} °C warmer — what's tomorrow in °F?",
                 [unit(c, "°C", "degrees Celsius", "C", "Celsius"),
                  unit(back, "°F", "degrees Fahrenheit", "F", "Fahrenheit")])


def p_m_c_roots_product(rng: random.Random) -> Item:  # solve, then the sum of the squares
    r1, r2 = sorted(rng.sample([n for n in range(-9, 13) if n], 2))
    p = poly(1, -(r1 + r2), r1 * r2)
    return multi("P_m_c_roots_product", f"Solve {p} = 0, then square each solution and add the "
                 "squares together.", [root(r1), root(r2), [str(r1 * r1 + r2 * r2)]])


def p_m_c_deriv_zero(rng: random.Random) -> Item:  # derivative, then where it is zero
    k = rng.randint(2, 9)
    return multi("P_m_c_deriv_zero", f"differentiate x^3 - {3 * k}x^2, then find where the "
                 "derivative equals zero", [expr(poly(3, -6 * k, 0)), root(0), root(2 * k)])


def p_m_c_simple_interest(rng: random.Random) -> Item:  # simple interest, then the total
    p, r = rng.randint(20, 300) * 100, rng.choice([F(7, 2), F(4), F(9, 2), F(5), F(6)])
    y = rng.randint(2, 7)
    interest = p * r / 100 * y
    return multi("P_m_c_simple_interest", f"${p:,} loan, {float(r):g}% simple interest per year,"
                 f" {y} years. how much interest, and what do I repay in total?",
                 [money(interest, "USD"), money(p + interest, "USD")])


def p_m_c_up_then_down(rng: random.Random) -> Item:  # a rise, then a fall, in percent
    price, up, down = rng.randint(20, 400), rng.choice([10, 20, 25, 30]), rng.choice(
        [10, 15, 20, 25])
    mid = price * F(100 + up, 100)
    end = mid * F(100 - down, 100)
    if not ok(mid, end) or end == price:
        return p_m_c_up_then_down(rng)
    return multi("P_m_c_up_then_down", f"a ${price} jacket went up {up}%, then was cut by "
                 f"{down}% in the sale. price after the rise, and final price?",
                 [money(mid, "USD"), money(end, "USD")])


def p_m_c_diagonal_perimeter(rng: random.Random) -> Item:  # a rectangle's diagonal, perimeter
    a, b, c = rng.choice([(3, 4, 5), (5, 12, 13), (8, 15, 17), (9, 40, 41), (12, 35, 37)])
    k = rng.randint(1, 5)
    cm = ("cm", "centimetres", "centimeters")
    return multi("P_m_c_diagonal_perimeter", f"a rectangle is {a * k} cm by {b * k} cm. how "
                 "long is its diagonal? and the perimeter?", [unit(F(c * k), *cm),
                                                              unit(F(2 * (a + b) * k), *cm)])


def p_m_c_average_next(rng: random.Random) -> Item:  # a mean, then the score needed next
    s = [rng.randint(8, 25) for _ in range(3)]
    target = rng.randint(12, 24)
    m = F(sum(s), 3)
    need = 4 * target - sum(s)
    if not ok(m) or need < 0 or need > 60:
        return p_m_c_average_next(rng)
    return multi("P_m_c_average_next", f"bowling: I scored {s[0]}, {s[1]} and {s[2]} in three "
                 f"frames. what's my average so far, and what do I need in the next frame to "
                 f"average {target} over four?", [forms(m), [str(need)]])


def p_m_c_kilos_bags(rng: random.Random) -> Item:  # kilos to pounds, then shared out
    kg, n = rng.randint(5, 60), rng.randint(3, 8)
    lb = kg / LB
    if not ok(lb, lb / n):
        return p_m_c_kilos_bags(rng)
    return multi("P_m_c_kilos_bags", f"convert {kg} kg of rice to pounds, then tell me how many "
                 f"pounds go in each of {n} equal bags", [unit(lb, "lb", "pounds", "lbs"),
                                                         unit(lb / n, "lb", "pounds", "lbs")])


def p_m_c_tenth_known(rng: random.Random) -> Item:  # x from a percentage, then another share
    x, a, b = rng.randint(20, 900), rng.choice([10, 20, 25, 40]), rng.choice([15, 30, 35, 60])
    part = F(x * a, 100)
    if part.denominator != 1 or not ok(F(x * b, 100)):
        return p_m_c_tenth_known(rng)
    return multi("P_m_c_tenth_known", f"{a}% of a number is {part}. what's the number, and "
                 f"what's {b}% of it?", [num(x), forms(F(x * b, 100))])


def p_m_c_shift_end(rng: random.Random) -> Item:  # a finish time, then minutes to a deadline
    start = 60 * rng.randint(6, 10) + rng.choice([0, 15, 30, 45, 50])
    work = 60 * rng.randint(3, 7) + rng.choice([5, 20, 35, 40, 55])
    end = start + work
    if end >= 18 * 60:
        return p_m_c_shift_end(rng)
    left = 18 * 60 - end
    h, m = divmod(start, 60)
    return multi("P_m_c_shift_end", f"I start at {h}:{m:02d} and need {work // 60}h "
                 f"{work % 60}min of work. when do I finish, and how many minutes before 6pm is "
                 "that?", [clock(end), unit(F(left), "minutes", "min", "mins")])


def p_m_c_usd_gbp_left(rng: random.Random) -> Item:  # dollars to pounds, then spending
    usd, spent = rng.randint(5, 40) * 100, rng.randint(50, 400)
    gbp = rate(F(usd), "USD", "GBP")
    if not ok(gbp) or gbp <= spent:
        return p_m_c_usd_gbp_left(rng)
    return multi("P_m_c_usd_gbp_left", f"I'm changing ${usd} into pounds for a trip. How many "
                 f"£ do I get, and what's left after I spend £{spent}?",
                 [money(gbp, "GBP"), money(gbp - spent, "GBP")])


def p_m_c_cube_root_pi(rng: random.Random) -> Item:  # a cube root, then times pi
    n = rng.randint(4, 25)
    v = F(n * math.pi)
    if not ok(v):
        return p_m_c_cube_root_pi(rng)
    return multi("P_m_c_cube_root_pi", f"cube root of {n ** 3}? then multiply it by pi",
                 [[str(n)], forms(v)])


def p_m_c_duration_seconds(rng: random.Random) -> Item:  # hours and minutes to minutes, seconds
    h, m = rng.randint(1, 9), rng.randint(1, 59)
    total = 60 * h + m
    return multi("P_m_c_duration_seconds", f"{h} hours {m} minutes — how many minutes is that? "
                 "and how many seconds?", [num(total), num(60 * total)])


def p_m_c_square_minus_root(rng: random.Random) -> Item:  # square, subtract, square root
    a, b = rng.randint(11, 40), rng.randint(3, 90)
    v = a * a - b
    r = F(math.sqrt(v))
    if not ok(r) or math.isqrt(v) ** 2 == v:
        return p_m_c_square_minus_root(rng)
    return multi("P_m_c_square_minus_root", f"{a} squared, minus {b}, then the square root of "
                 "that (2 dp)", [num(a * a), num(v), forms(r)])


def p_m_c_speed_run_time(rng: random.Random) -> Item:  # mph to km/h, then time for a distance
    mph, km = rng.randint(5, 12), rng.randint(5, 42)
    kmh = mph * MILE
    minutes = km / kmh * 60
    if not ok(kmh, minutes):
        return p_m_c_speed_run_time(rng)
    return multi("P_m_c_speed_run_time", f"treadmill says {mph} mph. what's that in km/h, and "
                 f"how many minutes would {km} km take at that speed?",
                 [unit(kmh, "km/h", "kph", "kilometres per hour"),
                  unit(minutes, "minutes", "min", "mins")])


def p_m_c_area_to_tiles(rng: random.Random) -> Item:  # floor area, then number of tiles
    a, b, tile = rng.randint(2, 9), rng.randint(2, 9), rng.choice([20, 25, 40, 50])
    area = a * b
    tiles = F(area * 10000, tile * tile)
    if tiles.denominator != 1:
        return p_m_c_area_to_tiles(rng)
    return multi("P_m_c_area_to_tiles", f"kitchen floor is {a} m x {b} m. area? and how many "
                 f"{tile}x{tile} cm tiles to cover it exactly?",
                 [unit(F(area), "m²", "square metres", "m^2", "sq m"), num(int(tiles))])


P_CHAIN: list[Family] = [
    p_m_c_discount_left, p_m_c_times_then_divide, p_m_c_wage_to_euros, p_m_c_miles_then_time,
    p_m_c_solve_then_feet, p_m_c_root_then_cube, p_m_c_power_steps, p_m_c_salary_month_week,
    p_m_c_gauss_square, p_m_c_temp_round_trip, p_m_c_roots_product, p_m_c_deriv_zero,
    p_m_c_simple_interest, p_m_c_up_then_down, p_m_c_diagonal_perimeter, p_m_c_average_next,
    p_m_c_kilos_bags, p_m_c_tenth_known, p_m_c_shift_end, p_m_c_usd_gbp_left,
    p_m_c_cube_root_pi, p_m_c_duration_seconds, p_m_c_square_minus_root,
    p_m_c_speed_run_time, p_m_c_area_to_tiles,
]
