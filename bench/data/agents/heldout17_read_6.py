"""Round 17 (``M_*``, dev now) for ``muse bench agents``, reading part 6: mixed receipt, sign
and screenshot questions (deals, allowances, time zones, grades, calories, interest)."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout17_read import (
    Made,
    family,
    money,
    number,
    receipt,
    shot,
    sign,
    tie,
    total,
)
from bench.data.agents.heldout17_read_5 import span
from bench.data.agents.helpers import Family

EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@family
def no_parking_week(rng: random.Random) -> Made:
    a, b = rng.choice([(7, 9), (7, 10), (8, 10), (6, 9)])
    c, d = rng.choice([(4, 6), (3, 6), (4, 7), (5, 7)])
    days, label = rng.choice([(5, "MON - FRI"), (6, "MON - SAT")])
    value = days * ((b - a) + (d - c))
    return (
        "In total, how many hours a week is parking banned on this street?",
        [[f"{value} hours", f"{value} hrs", f"{value}hours"]],
        sign(rng, ["NO PARKING", label, f"{a}AM - {b}AM", f"{c}PM - {d}PM"]),
    )


@family
def tide_gap(rng: random.Random) -> Made:
    high = rng.randint(0, 11 * 60)
    gap = rng.randint(5 * 60 + 50, 6 * 60 + 40)
    low = high + gap
    return (
        "How long is it from high tide to low tide on this board?",
        [span(gap)],
        sign(
            rng,
            [
                "TIDES TODAY",
                f"HIGH {high // 60:02d}:{high % 60:02d}",
                f"LOW {low // 60:02d}:{low % 60:02d}",
            ],
        ),
    )


@family
def dozen_saving(rng: random.Random) -> Made:
    each = rng.choice([95, 110, 125, 135, 150, 175])
    dozen = each * 12 - rng.randint(1, 8) * 50
    good = rng.choice(["BAGELS", "DONUTS", "ROLLS", "CROISSANTS"])
    return (
        f"How much do I save getting a dozen {good.lower()} instead of 12 single ones?",
        [money(each * 12 - dozen, True)],
        sign(rng, [good, f"${each / 100:.2f} EACH", f"DOZEN ${dozen / 100:.2f}"]),
    )


@family
def gym_annual(rng: random.Random) -> Made:
    month = rng.randint(25, 70)
    year = month * 12 - rng.randint(3, 20) * 10
    return (
        "If I'm going to stay a whole year, how much cheaper is the annual option than "
        "paying monthly?",
        [money(month * 12 - year)],
        sign(rng, ["MEMBERSHIP", f"MONTHLY ${month}", f"ANNUAL ${year}"]),
    )


@family
def car_hire_km(rng: random.Random) -> Made:
    day_rate, free, extra = (
        rng.randint(29, 65),
        rng.choice([100, 150, 200]),
        rng.choice([15, 20, 25, 30]),
    )
    days = rng.randint(2, 5)
    km = days * free + rng.randint(40, 400)
    value = days * day_rate * 100 + (km - days * free) * extra
    return (
        f"I'd rent for {EN[days]} days and expect to drive about {km} km in total. What would it "
        "cost?",
        [money(value, True)],
        sign(
            rng,
            [
                "CAR HIRE",
                f"${day_rate} PER DAY",
                f"{free} KM FREE PER DAY",
                f"${extra / 100:.2f} PER EXTRA KM",
            ],
        ),
    )


@family
def group_entry(rng: random.Random) -> Made:
    price, pct, min_ = rng.randint(9, 22), rng.choice([10, 15, 20, 25]), rng.choice([8, 10])
    size = rng.randint(min_, min_ + 12)
    value = Fraction(size * price * (100 - pct), 100)
    return (
        f"our class trip has {size} people. what's the entry cost for the whole group?",
        [money(value)],
        sign(rng, [f"ENTRY ${price}", f"GROUPS OF {min_}+", f"{pct}% OFF"]),
    )


@family
def weather_f_to_c(rng: random.Random) -> Made:
    high = rng.randint(45, 102)
    value = Fraction(high - 32) * 5 / 9
    if tie(value, 0):
        return None
    rows = [f"High {high}°F", f"Low {high - rng.randint(8, 20)}°F", "Sunny"]
    return (
        "What's today's high in Celsius? Nearest whole degree.",
        [
            number(value)
            + [f"{t}°c" for t in number(value)]
            + [f"{t} °c" for t in number(value)]
            + [f"{t}c" for t in number(value)]
            + [f"{t} degrees" for t in number(value)]
        ],
        shot(rng, "Weather", rows),
    )


@family
def stride_distance(rng: random.Random) -> Made:
    steps, stride = rng.randint(3000, 18000), Fraction(rng.randint(60, 85), 100)
    value = steps * stride / 1000
    if tie(value, 1):
        return None
    rows = [f"Steps: {steps:,}", f"Stride length: {float(stride):.2f} m"]
    return (
        "how many km did I walk today based on this? 1 decimal",
        [number(value, 1)],
        shot(rng, "Pedometer", rows),
    )


@family
def grade_needed(rng: random.Random) -> Made:
    a, b = rng.randint(60, 95), rng.randint(60, 95)
    target = rng.choice([75, 80, 85, 90])
    need = 3 * target - a - b
    if not 40 <= need <= 100:
        return None
    rows = [f"Test 1: {a}", f"Test 2: {b}", "Test 3: --"]
    return (
        f"What do I need on test 3 to average exactly {target} across all three tests?",
        [[str(need)]],
        shot(rng, "Gradebook", rows),
    )


@family
def calories_left(rng: random.Random) -> Made:
    goal = rng.choice([1800, 2000, 2200, 2500])
    meals = [rng.randint(250, 600), rng.randint(400, 800), rng.randint(80, 300)]
    rows = [f"Breakfast: {meals[0]} kcal", f"Lunch: {meals[1]} kcal", f"Snacks: {meals[2]} kcal"]
    left = goal - sum(meals)
    return (
        f"My daily target is {goal:,} kcal. How many calories do I have left for dinner?",
        [[str(left), f"{left:,}"]],
        shot(rng, "Food log", rows),
    )


@family
def simple_interest(rng: random.Random) -> Made:
    bal = rng.randint(1000, 20000)
    rate = Fraction(rng.choice([15, 20, 25, 30, 35, 40, 45]), 10)
    value = Fraction(bal) * rate / 100
    if tie(value):
        return None
    rows = [f"Balance: ${bal:,}.00", f"Interest: {float(rate):.1f}% a year", "Paid annually"]
    return (
        "How much interest will this earn in one year if I don't touch it?",
        [money(value)],
        shot(rng, "Savings account", rows),
    )


@family
def late_fee(rng: random.Random) -> Made:
    due = rng.randint(12000, 90000)
    pct = rng.choice([Fraction(3, 2), Fraction(2), Fraction(5, 2), Fraction(5)])
    value = Fraction(due, 100) * (100 + pct) / 100
    if tie(value):
        return None
    rows = [f"Amount due: ${due / 100:,.2f}", f"Late fee: {float(pct):g}% of amount due"]
    return (
        "i missed the deadline on this. what do i owe now with the late fee?",
        [money(value)],
        shot(rng, "Bill reminder", rows),
    )


@family
def charity_round_up(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    t = total(lines)
    if t % 100 == 0:
        return None
    return (
        "The cashier asked if I wanted to round my total up to the next whole amount for "
        "charity. I said yes - how much went to charity?",
        [money(100 - t % 100, True)],
        recipe,
    )


@family
def dollars_to_pounds(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="$")
    rate = Fraction(rng.randint(124, 136), 100)
    value = Fraction(total(lines), 100) / rate
    if tie(value):
        return None
    return (
        f"bought this in New York. 1 GBP = {float(rate):.2f} USD today - how much is the total in "
        "pounds? round to pence",
        [money(value)],
        recipe,
    )


@family
def timezone_flight(rng: random.Random) -> Made:
    dep = rng.randint(6 * 60, 14 * 60)
    length = rng.randint(70, 420)
    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    arr = dep + length + shift * 60
    rows = [
        f"Departs {dep // 60:02d}:{dep % 60:02d} (local)",
        f"Arrives {arr // 60:02d}:{arr % 60:02d} (local)",
    ]
    where = f"{abs(shift)} hour{'s' * (abs(shift) > 1)} {'ahead of' if shift > 0 else 'behind'}"
    return (
        f"The place I'm flying to is {where} where I'm leaving from. How long is the actual "
        "flight?",
        [span(length)],
        shot(rng, "Flight", rows),
    )


@family
def two_accounts(rng: random.Random) -> Made:
    a, b = rng.randint(5000, 400000), rng.randint(5000, 900000)
    rows = [f"Checking: ${a / 100:,.2f}", f"Savings: ${b / 100:,.2f}"]
    return (
        "What's my total across both accounts?",
        [money(a + b, True)],
        shot(rng, "Accounts", rows),
    )


@family
def bridge_cargo(rng: random.Random) -> Made:
    limit = Fraction(rng.choice([35, 50, 75, 100, 120]), 10)
    empty = rng.randint(20, int(limit * 10) - 8) * 100 + rng.choice([0, 50])
    cargo = int(limit * 1000) - empty
    return (
        f"My truck weighs {empty:,} kg empty. How much cargo in kg can I carry and still be "
        "within this limit?",
        [[str(cargo), f"{cargo:,}"]],
        sign(rng, ["WEIGHT LIMIT", f"{float(limit):g} T"]),
    )


@family
def hourly_parking_cap(rng: random.Random) -> Made:
    rate, cap = rng.choice([(250, 15), (300, 18), (200, 12), (350, 20)])
    hours = rng.randint(2, 9)
    value = min(rate * hours, cap * 100)
    return (
        f"I'll leave my car here for {hours} hours. What will I pay?",
        [money(value, True)],
        sign(rng, ["PARKING", f"${rate / 100:.2f} PER HOUR", f"DAILY MAX ${cap}"]),
    )


@family
def shift_hours_pay(rng: random.Random) -> Made:
    start = rng.randint(14, 20) * 30
    length = rng.randint(10, 18) * 30
    brk = rng.choice([0, 30])
    wage = rng.choice([12, 13, 15, 16, 18])
    end = start + length
    rows = [
        f"Clock in: {start // 60:02d}:{start % 60:02d}",
        f"Clock out: {end // 60:02d}:{end % 60:02d}",
        f"Unpaid break: {brk} min",
    ]
    value = Fraction(length - brk, 60) * wage
    return (
        f"I'm paid ${wage} an hour. What did I earn for this shift?",
        [money(value)],
        shot(rng, "Shift", rows),
    )


@family
def bulk_or_not(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="cafe", count=(3, 5), low=150, high=900)
    found = [
        line for line in lines if line[0] in ("Croissant", "Muffin", "Scone", "Brownie", "Cookie")
    ]
    if not found:
        return None
    good, cents = rng.choice(found)
    n = rng.choice([6, 10, 12])
    pack = cents * n - rng.randint(2, 9) * 25
    return (
        f"The shop also sells a box of {n} {good.lower()}s for {cur}{pack / 100:.2f}. Compared "
        "with buying them one by one at the receipt price, how much does the box save?",
        [money(cents * n - pack, True)],
        recipe,
    )


FAMILIES: list[tuple[Family, int]] = [
    (f, 8)
    for f in (
        no_parking_week,
        tide_gap,
        dozen_saving,
        gym_annual,
        car_hire_km,
        group_entry,
        weather_f_to_c,
        stride_distance,
        grade_needed,
        calories_left,
        simple_interest,
        late_fee,
        charity_round_up,
        dollars_to_pounds,
        timezone_flight,
        two_accounts,
        bridge_cargo,
        hourly_parking_cap,
        shift_hours_pay,
        bulk_or_not,
    )
]
