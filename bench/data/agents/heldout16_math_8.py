"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part thirteen: less obvious
household, hobby and work sums — parking, phone plans, pets, the lawn, carpools and tiers."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, family, money, num, pct, tie, unit, whole
from bench.data.agents.heldout16_math_2 import cents, clock, hm
from bench.data.agents.helpers import Family


def carpool(rng: random.Random) -> Made:  # a shared commute's cost per person
    km, days, people = rng.randint(8, 60), rng.randint(3, 5), rng.randint(2, 5)
    per_km = F(rng.randint(15, 40), 100)
    v = 2 * km * days * per_km / people
    if tie(v):
        return None
    return (f"{people} of us carpool to work, {km} km each way, {days} days a week. if the car "
            f"costs {float(per_km):.2f} per km to run, what's each person's share per week?",
            [money(v)])


def grocery_left(rng: random.Random) -> Made:  # what's left of a shopping budget
    budget = rng.randint(40, 200)
    xs = [cents(rng, 2, 30) for _ in range(3)]
    if sum(xs) >= budget:
        return None
    return (f"I've got {budget} for groceries and spent {float(xs[0]):.2f}, {float(xs[1]):.2f} "
            f"and {float(xs[2]):.2f} so far. how much is left?", [money(budget - sum(xs))])


def multibuy_saving(rng: random.Random) -> Made:  # a multibuy versus the single price
    single, n = cents(rng, 1, 6), rng.choice([3, 4, 5])
    deal = (single * n * F(rng.randint(70, 90), 100) * 100).__floor__() / F(100)
    if deal >= single * n:
        return None
    return (f"yogurts are {float(single):.2f} each or {n} for {float(deal):.2f}. how much do I "
            f"save buying {n} on the deal?", [money(single * n - deal)])


def parking(rng: random.Random) -> Made:  # parking charged in blocks
    block, price = rng.choice([15, 20, 30]), cents(rng, 0, 3)
    stay = rng.randint(40, 400) // 5 * 5
    if price == 0 or stay % block == 0:
        return None
    return (f"parking is {float(price):.2f} per {block} minutes or part of it. I'm staying "
            f"{stay // 60}h {stay % 60}m. what will it cost?",
            [money(math.ceil(stay / block) * price)])


def phone_plans(rng: random.Random) -> Made:  # the difference between two tariffs
    a_fix, a_gb = rng.randint(5, 15), cents(rng, 1, 4)
    b_fix = rng.randint(a_fix + 5, 40)
    gb = rng.randint(2, 25)
    a = a_fix + a_gb * gb
    if a == b_fix:
        return None
    return (f"plan A: {a_fix}/month plus {float(a_gb):.2f} per GB. plan B: {b_fix}/month "
            f"unlimited. I use {gb} GB a month — how much cheaper is the cheaper plan?",
            [money(abs(a - b_fix))])


def gym_per_visit(rng: random.Random) -> Made:  # a membership's cost per visit
    fee, visits = rng.randint(150, 900), rng.randint(20, 200)
    v = F(fee, visits)
    if tie(v):
        return None
    return (f"the gym is {fee} a year and I went {visits} times. cost per visit?", [money(v)])


def babysitter(rng: random.Random) -> Made:  # pay for an evening by the hour
    start = rng.randint(17 * 4, 20 * 4) * 15
    end = start + rng.randint(8, 24) * 15
    rate = rng.randint(10, 25)
    if end >= 24 * 60:
        return None
    v = F((end - start) * rate, 60)
    return (f"babysitter from {start // 60}:{start % 60:02d} to {end // 60}:{end % 60:02d} at "
            f"{rate} an hour, how much do I owe?", [money(v)])


def timesheet(rng: random.Random) -> Made:  # a week of start and end times
    days = []
    for _ in range(rng.randint(3, 5)):
        s = rng.randint(7 * 4, 10 * 4) * 15
        days.append((s, s + rng.randint(16, 40) * 15))
    text = ", ".join(f"{s // 60}:{s % 60:02d}-{e // 60}:{e % 60:02d}" for s, e in days)
    return f"my hours this week were {text}. total time worked?", [hm(sum(e - s for s, e in days))]


def approval_rise(rng: random.Random) -> Made:  # a relative rise between two percentages
    a = rng.randint(10, 60)
    b = a + rng.randint(1, 20)
    v = F((b - a) * 100, a)
    if tie(v):
        return None
    return (f"support went from {a}% to {b}%. by what percentage did support itself increase "
            "(relative, not points)?", [pct(v)])


def concert(rng: random.Random) -> Made:  # tickets with per-ticket and order fees
    n, p, fee, order = rng.randint(2, 6), cents(rng, 25, 120), cents(rng, 2, 9), cents(rng, 1, 5)
    return (f"{n} concert tickets at {float(p):.2f} plus a {float(fee):.2f} service fee each and a "
            f"{float(order):.2f} order fee. total?", [money(n * (p + fee) + order)])


def income_split(rng: random.Random) -> Made:  # bills split in proportion to income
    a, b, bills = rng.randint(18, 90) * 1000, rng.randint(18, 90) * 1000, rng.randint(800, 3000)
    if a == b:
        return None
    v = F(bills * a, a + b)
    if tie(v):
        return None
    return (f"I earn {a} and my partner earns {b}. we split the {bills} monthly bills in "
            "proportion to income — what's my part?", [money(v)])


def dog_food(rng: random.Random) -> Made:  # days a bag of dog food lasts
    kg, grams = rng.choice([2, 3, 5, 7, 10, 12, 15]), rng.randint(150, 600)
    return (f"a {kg} kg bag of dog food, my dog eats {grams} g a day. how many full days will it "
            "last?", [unit(whole(kg * 1000 // grams), "days")])


def lawn_seed(rng: random.Random) -> Made:  # seed for a lawn
    length, width, rate = rng.randint(4, 25), rng.randint(3, 15), rng.choice([25, 30, 35, 40, 50])
    v = F(length * width * rate, 1000)
    return (f"lawn is {length} m by {width} m and the seed rate is {rate} g per m². how many kg of "
            "seed?", [unit(num(v), "kg")])


def fence_posts(rng: random.Random) -> Made:  # posts along a straight fence
    gap = rng.choice([F(2), F("2.5"), F(3), F("1.8")])
    length = gap * rng.randint(4, 40)
    return (f"a straight fence {float(length):g} m long with a post every {float(gap):g} m, "
            "including both ends. how many posts?", [unit(whole(int(length / gap) + 1), "posts")])


def discount_gap(rng: random.Random) -> Made:  # two successive discounts versus one
    p, a, b = rng.randint(50, 500), rng.choice([10, 20, 30]), rng.choice([10, 15, 20, 25])
    two = F(p) * (100 - a) * (100 - b) / 10000
    one = F(p) * (100 - a - b) / 100
    v = two - one
    if tie(v):
        return None
    return (f"on a ${p} item, how much more do you pay with {a}% off then {b}% off, compared "
            f"with a single {a + b}% off?", [money(v)])


def call_time(rng: random.Random) -> Made:  # a meeting time in another city
    t, shift = rng.randint(7 * 4, 12 * 4) * 15, rng.choice([3, 5, 7, 8, 9, 10])
    return (f"it's {t // 60}:{t % 60:02d} here and Tokyo is {shift} hours ahead. what time is it "
            "there?", [clock(t + shift * 60)])


def pace_total(rng: random.Random) -> Made:  # total time from a steady pace
    pace, km = rng.choice([4, 5, 6, 7, 8]), rng.choice([5, 8, 10, 12, 15, 21])
    return (f"at {pace} minutes per km, how long does {km} km take?",
            [hm(pace * km) if pace * km >= 60 else unit(whole(pace * km), "minutes")])


def typing(rng: random.Random) -> Made:  # a rate applied to a bigger job
    words, mins, target = rng.randint(200, 600), rng.randint(4, 15), rng.randint(1000, 5000)
    v = F(target * mins, words)
    if tie(v):
        return None
    return (f"I typed {words} words in {mins} minutes. at that rate how many minutes for a "
            f"{target}-word essay?", [unit(num(v), "minutes", "min")])


def pct_of_pct(rng: random.Random) -> Made:  # a percentage of a percentage
    a, b, n = rng.choice([10, 20, 25, 30, 40, 60]), rng.choice([15, 25, 40, 50, 75]), rng.randint(
        50, 2000)
    v = F(a * b * n, 10000)
    if tie(v):
        return None
    return f"what's {a}% of {b}% of {n}?", [num(v)]


def legs_speed(rng: random.Random) -> Made:  # average speed over legs with different speeds
    d1, v1, d2, v2 = rng.randint(10, 200), rng.choice([30, 50, 60, 80, 100]), rng.randint(
        10, 200), rng.choice([40, 70, 90, 110, 120])
    v = F(d1 + d2) / (F(d1, v1) + F(d2, v2))
    if tie(v):
        return None
    return (f"first {d1} km at {v1} km/h, then {d2} km at {v2} km/h. average speed overall?",
            [unit(num(v), "km/h", "kilometres per hour", "kilometers per hour", "kph")])


def water_tiers(rng: random.Random) -> Made:  # a tiered utility tariff
    used = rng.randint(5, 60)
    r1, r2 = cents(rng, 1, 2), cents(rng, 2, 4)
    v = min(used, 15) * r1 + max(0, used - 15) * r2
    return (f"water costs {float(r1):.2f} per m³ for the first 15 m³ and {float(r2):.2f} per m³ "
            f"after that. I used {used} m³. bill?", [money(v)])


def loan_total(rng: random.Random) -> Made:  # total repaid over a loan
    pay, months = cents(rng, 80, 600), rng.choice([12, 18, 24, 36, 48, 60])
    return (f"{months} monthly repayments of {float(pay):.2f}. how much do I pay back altogether?",
            [money(pay * months)])


def cupcake_profit(rng: random.Random) -> Made:  # profit per batch of baking
    n, price, cost = rng.choice([12, 18, 24, 36]), cents(rng, 1, 4), cents(rng, 5, 25)
    v = n * price - cost
    if v <= 0:
        return None
    return (f"a batch of {n} cupcakes costs me {float(cost):.2f} in ingredients and I sell them "
            f"at {float(price):.2f} each. profit per batch?", [money(v)])


def savings_interest_year(rng: random.Random) -> Made:  # a year's interest on savings
    bal = rng.randint(500, 30000)
    r = rng.choice([F("1.5"), F("2.25"), F("3.1"), F("4.5"), F("5.2")])
    v = bal * r / 100
    if tie(v):
        return None
    return (f"{bal:,} in savings at {float(r):g}% a year, how much interest after one year?",
            [money(v)])


def allowance(rng: random.Random) -> Made:  # weeks of saving a share of pocket money
    per, share, target = rng.randint(5, 20), rng.choice([F(1, 2), F(1, 4), F(1, 3)]), rng.randint(
        30, 200)
    saved = per * share
    weeks = math.ceil(target / saved)
    if (target / saved).denominator == 1:
        return None
    word = {F(1, 2): "half", F(1, 4): "a quarter", F(1, 3): "a third"}[share]
    return (f"my kid gets {per} a week pocket money and saves {word} of it. how many weeks to "
            f"save {target} for a game?", [unit(whole(weeks), "weeks")])


def holiday_budget(rng: random.Random) -> Made:  # spending money per day
    total, days, booked = rng.randint(800, 5000), rng.randint(4, 21), rng.randint(300, 700)
    if booked >= total:
        return None
    v = F(total - booked, days)
    if tie(v):
        return None
    return (f"holiday budget {total}, flights and hotel already {booked}. {days} days away — how "
            "much can I spend per day?", [money(v)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    carpool, grocery_left, multibuy_saving, parking, phone_plans, gym_per_visit, babysitter,
    timesheet, approval_rise, concert, income_split, dog_food, lawn_seed, fence_posts,
    discount_gap, call_time, pace_total, typing, pct_of_pct, legs_speed, water_tiers, loan_total,
    cupcake_profit, savings_interest_year, allowance, holiday_budget)]
