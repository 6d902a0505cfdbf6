"""Round 18 (``B_*``, dev now) for ``muse bench agents``, maths part 1: shared helpers,
shopping, money, pay and sharing word problems."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

Made = tuple[str, list[list[str]]] | None
F = Fraction


def family(make: Callable[[random.Random], Made]) -> Family:
    name = f"B_a_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                return item(name, "math", made[0], made[1])
    draw.__name__ = make.__name__
    return fresh(draw)


def near(x: float | Fraction, places: int = 2) -> bool:
    """True when rounding to ``places`` decimals is a tie or too close to call."""
    scaled = abs(float(x)) * 10**places
    return abs(scaled - math.floor(scaled) - 0.5) < 0.02


def rounded(x: float | Fraction, places: int = 2) -> Fraction:
    value = F(x) if not isinstance(x, float) else F(repr(x))
    sign = -1 if value < 0 else 1
    return sign * F(math.floor(abs(value) * 10**places + F(1, 2)), 10**places)


def num(x: float | Fraction, places: int = 2) -> list[str]:
    """A value rounded to ``places`` decimals: fixed, trimmed and with thousands commas."""
    v = rounded(x, places)
    fixed = f"{float(v):.{places}f}" if places else str(int(v))
    trim = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [fixed, trim]
    if abs(v) >= 1000:
        out += [f"{float(v):,.{places}f}" if places else f"{int(v):,}"]
        out += [out[-1].rstrip("0").rstrip(".") if "." in out[-1] else out[-1]]
    return list(dict.fromkeys(out))


def money(x: float | Fraction) -> list[str]:
    return num(x, 2)


def whole(n: int) -> list[str]:
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def frac(x: Fraction) -> list[str]:
    """An exact fraction, with its decimal when that terminates within six places."""
    if x.denominator == 1:
        return whole(int(x))
    n, d = abs(x.numerator), x.denominator
    sign = "-" if x < 0 else ""
    out = [f"{x.numerator}/{x.denominator}", f"{sign}\\frac{{{n}}}{{{d}}}",
           f"{sign}\\dfrac{{{n}}}{{{d}}}"]
    if (x * 10**6).denominator == 1:
        out.append(f"{float(x):.6f}".rstrip("0"))
    return out


def pct(x: float | Fraction, places: int = 1) -> list[str]:
    return [f"{v}%" for v in num(x, places)] + [f"{v} percent" for v in num(x, places)]


def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    h12, ap = h % 12 or 12, ("am" if h < 12 else "pm")
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d} {ap[0]}.m.",
           f"{h12}.{m:02d} {ap}"]
    if h >= 10:
        out.append(f"{h}:{m:02d}")
    return out


def dur(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    hs = "hour" if h == 1 else "hours"
    if m == 0:
        return [f"{h} {hs}", f"{h}h", f"{h} hrs", f"{h} hr", f"{h}:00", f"{minutes} minutes"]
    return [f"{h} {hs} {m} minutes", f"{h} {hs} and {m} minutes", f"{h}h {m}m",
            f"{h}h {m}min", f"{h} hr {m} min", f"{h} hrs {m} mins", f"{h}h{m:02d}",
            f"{h}:{m:02d}", f"{minutes} minutes"]


def xeq(var: str, value: Fraction | int) -> list[str]:
    forms = frac(F(value))
    return [f"{var} = {v}" for v in forms] + [f"{var}={v}" for v in forms]


@family
def round_up_savings(rng: random.Random) -> Made:
    buys = [F(rng.randint(105, 4899), 100) for _ in range(rng.randint(5, 8))]
    if any(b.denominator == 1 for b in buys):
        return None
    saved = sum(math.ceil(b) - b for b in buys)
    listed = ", ".join(f"${float(b):.2f}" for b in buys)
    return (f"My bank has a round-up thing: every card purchase is rounded up to the next whole "
            f"dollar and the difference goes to savings. This week I bought {listed}. How much "
            "went into savings?", [money(saved)])


@family
def babysit_two_rates(rng: random.Random) -> Made:
    start = rng.choice([17 * 60 + 30, 18 * 60, 18 * 60 + 30, 19 * 60, 19 * 60 + 15])
    end = 24 * 60 + rng.choice([0, 15, 30, 45, 60, 75, 90])
    a, b = rng.randint(12, 18), rng.randint(19, 26)
    early, late = (23 * 60 - start), end - 23 * 60
    pay = F(a * early + b * late, 60)
    sh, sm = divmod(start - 12 * 60, 60)
    eh, em = divmod(end - 24 * 60, 60)
    return (f"babysitting tonight from {sh}:{sm:02d}pm till {eh or 12}:{em:02d}am. they pay "
            f"${a}/hour until 11pm and ${b}/hour after that. how much do I earn?", [money(pay)])


@family
def field_trip_tickets(rng: random.Random) -> Made:
    kids, price = rng.randint(23, 96), rng.choice([9, 11, 12, 14, 16, 18])
    off = rng.choice([10, 15, 20])
    adults = -(-kids // 10)
    free = kids // 10
    paid_adults = max(adults - free, 0)
    total = F(kids * price, 1) * F(100 - off, 100) + paid_adults * (price + 4)
    return (f"Planning a class trip to the science museum. {kids} students at ${price} each, and "
            f"groups of 10 or more get {off}% off the student tickets. We need one adult per 10 "
            f"students (rounding up), adults pay ${price + 4}, but the museum lets one adult in "
            f"free for every full 10 students. What's the total ticket bill?", [money(total)])


@family
def settle_up(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Chloe", "Dev", "Ema", "Finn"], 3)
    paid = [F(rng.randint(1500, 14000), 100) for _ in range(3)]
    share = sum(paid) / 3
    if (share * 100).denominator != 1:
        return None
    low = min(range(3), key=lambda i: paid[i])
    return (f"Weekend away: {names[0]} paid ${float(paid[0]):.2f} for groceries, {names[1]} "
            f"${float(paid[1]):.2f} for gas and {names[2]} ${float(paid[2]):.2f} for the cabin "
            f"cleaning fee. We're splitting everything equally three ways. How much does "
            f"{names[low]} still need to hand over in total?", [money(share - paid[low])])


@family
def prorated_refund(rng: random.Random) -> Made:
    fee, days = F(rng.randint(1200, 8900), 100), rng.choice([30, 31])
    used = rng.randint(4, days - 3)
    refund = fee * (days - used) / days
    if near(refund):
        return None
    return (f"gym membership is ${float(fee):.2f} a month ({days}-day month). I cancel after "
            f"using {used} days and they refund the unused days pro rata. refund to the cent?",
            [money(rounded(refund))])


@family
def hotel_city_tax(rng: random.Random) -> Made:
    rate, nights, people = rng.randint(79, 260), rng.randint(2, 9), rng.randint(2, 5)
    tax, vat = F(rng.choice([150, 200, 250, 300, 375]), 100), rng.choice([10, 12])
    total = rate * nights * F(100 + vat, 100) + tax * people * nights
    if near(total):
        return None
    return (f"Hotel quote: {rate} per night for the room, plus {vat}% tax on the room, plus a "
            f"city tax of {float(tax):.2f} per person per night. There are {people} of us for "
            f"{nights} nights. Total cost? (to 2 decimals)", [money(rounded(total))])


@family
def car_rental_km(rng: random.Random) -> Made:
    day, days = rng.randint(29, 75), rng.randint(2, 8)
    allow, extra = rng.choice([100, 150, 200]), F(rng.choice([15, 18, 22, 25, 30]), 100)
    driven = allow * days + rng.randint(30, 600)
    total = day * days + extra * (driven - allow * days)
    return (f"A rental car costs ${day}/day and includes {allow} km per day; every km beyond "
            f"the total allowance is ${float(extra):.2f}. We kept it {days} days and drove "
            f"{driven} km. What's the bill?", [money(total)])


@family
def store_compare_gap(rng: random.Random) -> Made:
    a = rng.randint(60, 400)
    off, coupon = rng.choice([15, 20, 25, 30, 35]), rng.choice([10, 15, 20, 25])
    b = a - rng.randint(-20, 40)
    pa, pb = F(a * (100 - off), 100), F(b - coupon)
    if pa == pb:
        return None
    return (f"Same vacuum cleaner in two shops. Shop one: ${a}, {off}% off this week. Shop two: "
            f"${b} and I have a ${coupon} voucher for it. How much do I save by buying at the "
            "cheaper one?", [money(abs(pa - pb))])


@family
def coupon_order_gap(rng: random.Random) -> Made:
    price, pc, flat = rng.randint(40, 300), rng.choice([10, 15, 20, 25, 30, 40]), rng.randint(5, 30)
    gap = F(flat * pc, 100)
    return (f"checkout lets me stack a {pc}% off code and a ${flat} off code on a ${price} jacket. "
            "Does the order I apply them in matter? how big is the difference between the two "
            "final prices?", [money(gap)])


@family
def stock_split(rng: random.Random) -> Made:
    a, b = rng.choice([(3, 2), (2, 1), (3, 1), (5, 4), (4, 1)])
    shares = rng.randint(3, 60) * b
    price = F(rng.randint(4000, 90000), 100)
    new_shares, new_price = shares * a // b, price * b / a
    if near(new_price):
        return None
    return (f"I own {shares} shares trading at ${float(price):.2f}. The company just did a "
            f"{a}-for-{b} stock split. How many shares do I have now, and what's the adjusted "
            "price per share (to the cent)?", [whole(new_shares), money(rounded(new_price))])


@family
def loyalty_points(rng: random.Random) -> Made:
    per, reward = rng.choice([1, 2, 5]), rng.choice([500, 750, 1000, 1500])
    value = rng.choice([5, 10])
    have = rng.randint(20, reward - 50)
    need = math.ceil(F(reward - have, per))
    return (f"Coffee shop app: {per} point{'s' if per > 1 else ''} per dollar spent, and "
            f"{reward} points gets you a ${value} voucher. I've got {have} points. How many more "
            "whole dollars do I need to spend to reach the voucher?", [whole(need)])


@family
def fare_cap_week(rng: random.Random) -> Made:
    fare = F(rng.choice([175, 220, 250, 275, 290, 320]), 100)
    cap = fare * rng.choice([2, 3]) + F(rng.choice([0, 50, 80]), 100)
    trips = [rng.randint(1, 6) for _ in range(7)]
    total = sum(min(fare * t, cap) for t in trips)
    days = ", ".join(str(t) for t in trips)
    return (f"Each bus ride costs ${float(fare):.2f} but there's a daily cap of ${float(cap):.2f}. "
            f"My rides Monday to Sunday were {days}. What did I pay for the week?", [money(total)])


@family
def bake_sale_profit(rng: random.Random) -> Made:
    batches, per = rng.randint(3, 9), rng.choice([12, 18, 24, 30])
    cost, price = F(rng.randint(450, 1300), 100), F(rng.choice([50, 75, 100, 125, 150]), 100)
    unsold = rng.randint(2, per)
    profit = (batches * per - unsold) * price - batches * cost
    if profit <= 0:
        return None
    return (f"For the bake sale I made {batches} batches of cookies, {per} per batch, and each "
            f"batch cost ${float(cost):.2f} in ingredients. We sold them at ${float(price):.2f} "
            f"each and {unsold} were left over. What was our profit?", [money(profit)])


@family
def gas_price_rise(rng: random.Random) -> Made:
    tank, old = rng.randint(11, 26), F(rng.randint(289, 489), 100)
    rise, gauge = F(rng.randint(8, 45), 100), rng.choice([F(1, 4), F(1, 8), F(3, 8), F(1, 2)])
    extra = tank * (1 - gauge) * rise
    if near(extra):
        return None
    return (f"My tank holds {tank} gallons and the gauge says {gauge} full. Gas went from "
            f"${float(old):.2f} to ${float(old + rise):.2f} a gallon since last week. How much "
            "more does filling up cost me now than it would have last week? nearest cent",
            [money(rounded(extra))])


@family
def deposit_balance(rng: random.Random) -> Made:
    total, dep = rng.randint(18, 95) * 50, rng.choice([10, 15, 20, 25])
    n = rng.choice([3, 4, 6, 8, 10, 12])
    each = F(total * (100 - dep), 100 * n)
    if near(each):
        return None
    return (f"Our wedding photographer charges ${total:,}. A {dep}% deposit is due now and the "
            f"rest is split into {n} equal monthly payments. How much is each monthly payment?",
            [money(rounded(each))])


@family
def two_jobs_hours(rng: random.Random) -> Made:
    a, b = F(rng.randint(1400, 2200), 100), F(rng.randint(1100, 1800), 100)
    hb, goal = rng.randint(6, 15), rng.randint(40, 90) * 10
    need = (goal - b * hb) / a
    if need <= 0 or near(need, 1):
        return None
    return (f"I earn ${float(a):.2f}/h at the warehouse and ${float(b):.2f}/h tutoring. This "
            f"month I'll tutor {hb} hours. How many warehouse hours do I need to make ${goal} "
            "total this month? give it to one decimal", [num(need, 1)])


@family
def pay_in_four(rng: random.Random) -> Made:
    price = F(rng.randint(6000, 90000), 100)
    fee = F(rng.choice([0, 199, 299, 499]), 100)
    each = (price + fee) / 4
    if near(each):
        return None
    tail = " no fees" if fee == 0 else f" plus a one-time ${float(fee):.2f} fee spread evenly"
    return (f"Buying a ${float(price):.2f} mattress with pay-in-4 (four equal payments,{tail}). "
            "What's each payment? round to cents", [money(rounded(each))])


@family
def budget_percents(rng: random.Random) -> Made:
    pay = rng.randint(22, 70) * 100
    r, f, t = rng.randint(25, 38), rng.randint(10, 18), rng.randint(5, 12)
    s = rng.randint(5, 15)
    left = F(pay * (100 - r - f - t - s), 100)
    return (f"take-home is ${pay:,} a month. rent is {r}% of it, food {f}%, transport {t}%, and "
            f"I auto-save {s}%. whats left for everything else in dollars?", [money(left)])


@family
def split_by_nights(rng: random.Random) -> Made:
    cost = rng.randint(9, 40) * 60
    nights = rng.sample(range(2, 9), 3)
    share = F(cost * nights[0], sum(nights))
    if near(share):
        return None
    return (f"We rented a beach house for ${cost:,} total. Jo stayed {nights[0]} nights, Kai "
            f"{nights[1]} and Lu {nights[2]}. If we split it in proportion to nights stayed, what "
            "does Jo pay? (to the cent)", [money(rounded(share))])


@family
def tip_jar_hours(rng: random.Random) -> Made:
    tips = F(rng.randint(30000, 120000), 100)
    hours = [rng.randint(4, 30) for _ in range(4)]
    share = tips * hours[2] / sum(hours)
    if near(share):
        return None
    return (f"tip jar this week: ${float(tips):.2f}, shared by hours worked. Amy {hours[0]}h, "
            f"Raj {hours[1]}h, me {hours[2]}h, Theo {hours[3]}h. what's my cut?",
            [money(rounded(share))])


@family
def fundraiser_gap(rng: random.Random) -> Made:
    goal = rng.randint(20, 150) * 100
    raised = rng.randint(goal // 5, goal - 100)
    days, = rng.sample(range(5, 31), 1)
    per = F(goal - raised, days)
    if near(per) or near(F(raised * 100, goal), 1):
        return None
    return (f"Our charity run has raised ${raised:,} of its ${goal:,} goal with {days} days "
            "left. What percent of the goal is that (1 dp), and how much do we need per day on "
            "average to hit it (to the cent)?", [pct(F(raised * 100, goal)), money(rounded(per))])


@family
def bulk_tiers_order(rng: random.Random) -> Made:
    p1 = F(rng.choice([400, 500, 600, 800, 1000]), 100)
    p2, p3 = p1 * F(85, 100), p1 * F(70, 100)
    n = rng.randint(120, 480)
    cost = p1 * min(n, 100) + p2 * max(0, min(n, 250) - 100) + p3 * max(0, n - 250)
    return (f"Printing t-shirts for a festival. The supplier charges ${float(p1):.2f} a shirt "
            f"for the first 100, 15% less for shirts 101 to 250, and 30% less than the base price "
            f"for every shirt after 250. We need {n}. What's the cost?", [money(cost)])


@family
def overtime_sunday(rng: random.Random) -> Made:
    rate = F(rng.randint(1500, 2800), 100)
    week = [rng.randint(6, 10) for _ in range(5)]
    sun = rng.randint(3, 8)
    pay = rate * sum(week) + rate * 2 * sun
    days = " / ".join(str(h) for h in week)
    return (f"Base rate ${float(rate):.2f}. Mon-Fri I did {days} hours, then {sun} hours on "
            "Sunday which pays double time. Total gross for the week?", [money(pay)])


@family
def cash_tin_count(rng: random.Random) -> Made:
    counts = [rng.randint(0, 9) for _ in range(4)] + [rng.randint(3, 40) for _ in range(4)]
    vals = [20, 10, 5, 1, F(1, 4), F(1, 10), F(1, 20), F(1, 100)]
    total = sum(c * v for c, v in zip(counts, vals, strict=True))
    return (f"counting the cash box after the school fair: {counts[0]} twenties, {counts[1]} "
            f"tens, {counts[2]} fives, {counts[3]} ones, {counts[4]} quarters, {counts[5]} dimes, "
            f"{counts[6]} nickels and {counts[7]} pennies. total?", [money(total)])


@family
def rent_increase_capped(rng: random.Random) -> Made:
    rent, cap, years = rng.randint(900, 2600), rng.choice([2, 3, 4, 5]), rng.randint(2, 5)
    new = F(rent) * F(100 + cap, 100) ** years
    if near(new):
        return None
    return (f"Rent is ${rent:,}/month now. The lease allows a maximum {cap}% increase each year. "
            f"If the landlord takes the max every year, what's the monthly rent after {years} "
            "increases? Round to the cent.", [money(rounded(new))])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    round_up_savings, babysit_two_rates, field_trip_tickets, settle_up, prorated_refund,
    hotel_city_tax, car_rental_km, store_compare_gap, coupon_order_gap, stock_split,
    loyalty_points, fare_cap_week, bake_sale_profit, gas_price_rise, deposit_balance,
    two_jobs_hours, pay_in_four, budget_percents, split_by_nights, tip_jar_hours,
    fundraiser_gap, bulk_tiers_order, overtime_sunday, cash_tin_count, rent_increase_capped)]
