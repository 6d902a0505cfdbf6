"""Round 23 (``I_a_*``, held out) for ``muse bench agents``, math part 7: more arithmetic,
fractions, percentages and everyday figures."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout23_math import (
    fam,
    fmt2,
    frac,
    mixed,
    num,
    pct,
    pick,
)
from bench.data.agents.helpers import Family


@fam
def up_then_down(rng):
    up, down = rng.randint(5, 40), rng.randint(5, 40)
    v = (F(100 + up, 100) * F(100 - down, 100) - 1) * 100
    if v == 0:
        return None
    return (
        f"a stock went up {up}% one month and down {down}% the next. overall percent change from "
        "start? "
        f"(negative if it's a loss)"
    ), [pct(v)]


@fam
def round_hundred(rng):
    n = rng.randint(10000, 99999)
    place = rng.choice([("hundred", 100), ("thousand", 1000), ("ten", 10)])
    if n % place[1] * 2 == place[1]:
        return None
    v = (n + place[1] // 2) // place[1] * place[1]
    return f"round {n} to the nearest {place[0]}", [num(v, 0)]


@fam
def sci_notation(rng):
    a, b = rng.choice([2, 3, 4, 1.5, 2.5]), rng.choice([2, 3, 4, 5, 6])
    e1, e2 = rng.randint(2, 6), rng.randint(2, 5)
    v = F(str(a)) * b * 10 ** (e1 + e2)
    mant = v / 10 ** (len(str(int(v))) - 1)
    exp = len(str(int(v))) - 1
    m = f"{float(mant):g}"
    forms = (
        num(v, 0)[:1]
        + [f"{int(v):,}"]
        + [f"{m}{s}10^{exp}" for s in ("×", "x", "*", "·")]
        + [f"{m}e{exp}", f"{m}e+{exp}"]
        + [f"{m}{s}10{''.join('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(c)] for c in str(exp))}" for s in ("×", "x", "·")]
    )
    return pick(
        rng, f"({a} × 10^{e1}) × ({b} × 10^{e2}) = ?", f"multiply {a}x10^{e1} by {b}x10^{e2}"
    ), [forms]


@fam
def trip_fuel(rng):
    use = F(rng.randint(45, 95), 10)
    km = rng.randint(120, 800)
    v = use * km / 100
    return (
        pick(
            rng,
            f"car uses {float(use)} L/100km. driving {km} km, how many litres will I need? (1 "
            "decimal)",
            f"my car does {float(use)} litres per 100 km and the trip is {km} km — fuel needed in "
            "litres, to 1 dp?",
        ),
        [num(v, 1)],
    )


@fam
def test_percent(rng):
    total = rng.choice([40, 50, 60, 80, 25])
    got = rng.randint(total // 2, total - 1)
    return pick(
        rng,
        f"got {got} out of {total} on my exam, what's that as a percentage? (2 dp)",
        f"scored {got}/{total} — what percent is that (2 dp)",
    ), [pct(F(got * 100, total))]


@fam
def coffee_change(rng):
    c, m = F(rng.randint(300, 550), 100), F(rng.randint(250, 450), 100)
    nc, nm = rng.randint(2, 4), rng.randint(1, 3)
    bill = nc * c + nm * m
    paid = 50 if bill > 20 else 20
    return (
        f"ordered {nc} coffees at ${fmt2(c)} each and {nm} muffins at ${fmt2(m)} each, paid with "
        f"a ${paid} note. "
        f"how much change?"
    ), [num(paid - bill)]


@fam
def power_difference(rng):
    a, b = rng.randint(2, 3), rng.randint(2, 5)
    ea, eb = rng.randint(5, 11), rng.randint(2, 5)
    return pick(
        rng, f"{a}^{ea} - {b}^{eb}", f"what's {a} to the power {ea} minus {b} to the power {eb}?"
    ), [num(a**ea - b**eb, 0)]


@fam
def subtract_mixed(rng):
    a = rng.randint(4, 9) + F(rng.randint(1, 3), 4)
    b = rng.randint(1, 3) + F(rng.randint(1, 2), 3)
    return pick(rng, f"{mixed(a)} - {mixed(b)}", f"what's {mixed(a)} minus {mixed(b)}"), [
        frac(a - b)
    ]


@fam
def rate_rise_percent(rng):
    a = F(rng.randint(10, 60), 10)
    b = a + F(rng.randint(1, 20), 10)
    v = (b - a) / a * 100
    return (
        f"my mortgage rate went from {float(a)}% to {float(b)}%. by what percent did the rate "
        "itself go up? "
        f"round to 1 decimal"
    ), [pct(v, 1)]


@fam
def commute_reading(rng):
    t = rng.randint(12, 120)
    f = rng.choice([F(1, 3), F(2, 3), F(3, 5), F(2, 5), F(3, 4), F(1, 4), F(5, 6)])
    v = t * f
    if v.denominator != 1:
        return None
    return pick(
        rng,
        f"my train ride is {t} minutes and I spend {f} of it reading. how many minutes is that?",
        f"{f} of a {t}-minute workout is cardio — how many minutes?",
    ), [num(v, 0)]


@fam
def tank_left(rng):
    full = rng.choice([48, 60, 72, 84, 96, 120])
    f1 = rng.choice([F(3, 4), F(2, 3), F(1, 2), F(5, 6)])
    f2 = rng.choice([F(1, 3), F(1, 4), F(1, 2), F(2, 3)])
    v = full * f1 * (1 - f2)
    return (
        f"water tank holds {full} L when full. it's {f1} full right now and we use {f2} of what's "
        "in it. "
        f"litres left?"
    ), [frac(v) + num(v)]


@fam
def decimal_to_percent(rng):
    v = F(rng.randint(1, 999), rng.choice([1000, 10000]))
    if (v * 10000).denominator != 1 or (v * 100) == int(v * 100):
        return None
    return pick(rng, f"write {float(v)} as a percentage", f"{float(v)} as a percent?"), [
        pct(v * 100, 2)
    ]


@fam
def fraction_bodmas(rng):
    a, b, c, d = rng.randint(1, 12), rng.randint(1, 12), rng.randint(2, 9), rng.randint(2, 9)
    v = F(a + b, c * d)
    if v.denominator == 1:
        return None
    return pick(rng, f"({a} + {b}) / ({c} × {d}) as a fraction", f"simplify ({a}+{b})/({c}*{d})"), [
        frac(v)
    ]


@fam
def battery_hours(rng):
    rate = rng.randint(2, 12)
    left = rate * rng.randint(3, 15)
    if left > 100:
        return None
    return pick(
        rng,
        f"phone's at {left}% and it drops {rate}% an hour. how many hours until it dies?",
        f"laptop battery {left}%, losing {rate}% per hour. hours left?",
    ), [num(left // rate, 0)]


@fam
def dozen_unit_cost(rng):
    n, price = rng.choice([6, 12, 18, 24, 30]), F(rng.randint(300, 2000), 100)
    v = price / n
    return (f"a pack of {n} eggs is ${fmt2(price)}. what's that per egg, to the nearest cent?"), [
        num(v)
    ]


@fam
def average_three(rng):
    xs = [F(rng.randint(50, 300), 10) for _ in range(3)]
    v = sum(xs) / 3
    return (
        f"add {float(xs[0])}, {float(xs[1])} and {float(xs[2])} then divide by 3 — answer to 2 dp"
    ), [num(v)]


@fam
def cube_root(rng):
    n = rng.randint(4, 60)
    return pick(rng, f"cube root of {n**3}?", f"∛{n**3} = ?", f"what number cubed gives {n**3}"), [
        num(n, 0)
    ]


@fam
def percent_more(rng):
    a = rng.randint(20, 90)
    p = rng.choice([10, 20, 25, 30, 50, 75, 15])
    v = F(a * (100 + p), 100)
    return (f"last year I ran {a} km a month, this year {p}% more. how many km a month now?"), [
        num(v, 1)
    ]


@fam
def reciprocal_sum(rng):
    a, b, c = rng.sample([2, 3, 4, 5, 6, 8, 10, 12], 3)
    v = F(1, a) + F(1, b) + F(1, c)
    return f"1/{a} + 1/{b} + 1/{c} = ? (fraction)", [frac(v)]


@fam
def words_arithmetic(rng):
    ones = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty"]
    i, j, k = rng.randrange(8), rng.randrange(5), rng.randrange(8)
    a, b = (j + 2) * 10 + i + 2, k + 2
    return f"what's {tens[j]}-{ones[i]} times {ones[k]}?", [num(a * b, 0)]


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        up_then_down,
        round_hundred,
        sci_notation,
        trip_fuel,
        test_percent,
        coffee_change,
        power_difference,
        subtract_mixed,
        rate_rise_percent,
        commute_reading,
        tank_left,
        decimal_to_percent,
        fraction_bodmas,
        battery_hours,
        dozen_unit_cost,
        average_three,
        cube_root,
        percent_more,
        reciprocal_sum,
        words_arithmetic,
    )
]
