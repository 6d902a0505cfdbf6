"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part six: more everyday sums —
home, school, travel, cooking, fitness, clinic, shop and small-business arithmetic."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, money, num, tie, unit, whole
from bench.data.agents.heldout16_math_2 import cents, clock, hm
from bench.data.agents.helpers import Family


def receipt_lines(rng: random.Random) -> Made:  # a receipt typed out line by line
    goods = rng.sample(["bread", "eggs", "butter", "rice", "apples", "soap", "coffee", "jam"], 4)
    prices = [cents(rng, 1, 12) for _ in goods]
    lines = "\n".join(f"{g} {float(p):.2f}" for g, p in zip(goods, prices, strict=True))
    return f"add up my receipt:\n{lines}", [money(sum(prices))]


def qty_times(rng: random.Random) -> Made:  # a bulk order at a unit price
    n, p = rng.randint(12, 480), cents(rng, 0, 9)
    if p == 0:
        return None
    return (f"we need {n} name badges at {float(p):.2f} each for the conference, what's the "
            "cost?", [money(n * p)])


def cheaper_per_litre(rng: random.Random) -> Made:  # price per litre
    ml, p = rng.choice([250, 330, 500, 750, 1500, 2000]), cents(rng, 1, 6)
    v = p * 1000 / ml
    if tie(v):
        return None
    return (f"a {ml} ml bottle costs {float(p):.2f}. what's that per litre?", [money(v)])


def price_per_100g(rng: random.Random) -> Made:  # shelf-label arithmetic
    g, p = rng.choice([150, 180, 200, 250, 320, 400, 450, 750]), cents(rng, 1, 9)
    v = p * 100 / g
    if tie(v):
        return None
    return f"{g}g pack for ${float(p):.2f} — how much per 100g?", [money(v)]


def sale_original(rng: random.Random) -> Made:  # original price from a sale price
    orig, d = cents(rng, 10, 300), rng.choice([15, 20, 25, 30, 40, 60])
    sale = orig * (100 - d) / 100
    if (sale * 100).denominator != 1:
        return None
    return (f"paid {float(sale):.2f} for boots that were {d}% off. what was the full price?",
            [money(orig)])


def saved_amount(rng: random.Random) -> Made:  # money saved on a sale
    p, d = cents(rng, 20, 900), rng.choice([10, 15, 20, 35, 45, 70])
    v = p * d / 100
    if tie(v):
        return None
    return f"how much do I save on a {float(p):.2f} sofa at {d}% off?", [money(v)]


def three_for_two(rng: random.Random) -> Made:  # 3 for 2 offer
    p, n = cents(rng, 1, 15), rng.randint(4, 14)
    pay = n - n // 3
    return (f"3 for 2 on candles at {float(p):.2f} each. I'm buying {n}. total?",
            [money(pay * p)])


def layaway(rng: random.Random) -> Made:  # instalments left on a purchase
    price, dep, n = rng.randint(300, 3000), rng.randint(50, 300), rng.choice([3, 4, 6, 10, 12])
    v = F(price - dep, n)
    if tie(v):
        return None
    return (f"the laptop is {price}, I pay {dep} up front and the rest in {n} equal monthly "
            "payments. how much per month?", [money(v)])


def cashback(rng: random.Random) -> Made:  # cashback on a card
    spend, r = cents(rng, 100, 4000), rng.choice([F(1), F("1.5"), F(2), F(3), F(5)])
    v = spend * r / 100
    if tie(v):
        return None
    return (f"my card gives {float(r):g}% cashback. I spent {float(spend):.2f} this month, "
            "cashback?", [money(v)])


def net_pay(rng: random.Random) -> Made:  # pay after deductions
    gross, tax, pension = rng.randint(1800, 7000), rng.choice([18, 20, 22, 25]), rng.choice(
        [3, 4, 5, 6])
    v = F(gross) * (100 - tax - pension) / 100
    if tie(v):
        return None
    return (f"gross {gross} a month, {tax}% tax and {pension}% pension taken off gross. "
            "take-home?", [money(v)])


def day_rate(rng: random.Random) -> Made:  # a freelancer's day rate over a project
    rate, days, exp = rng.randint(200, 900), rng.randint(3, 40), rng.randint(0, 800)
    return (f"freelance gig: {days} days at {rate} a day plus {exp} expenses. how much do I "
            "invoice?", [money(rate * days + exp)])


def piecework(rng: random.Random) -> Made:  # pay per piece
    n, p = rng.randint(40, 800), cents(rng, 0, 3)
    if p == 0:
        return None
    return (f"I get paid {float(p):.2f} per delivery and did {n} this week, earnings?",
            [money(n * p)])


def tips_pool(rng: random.Random) -> Made:  # tips shared by hours worked
    pool = rng.randint(200, 1500)
    hours = [rng.randint(10, 40) for _ in range(3)]
    v = F(pool * hours[0], sum(hours))
    if tie(v):
        return None
    return (f"tip jar has {pool}, split by hours. I worked {hours[0]}, the other two worked "
            f"{hours[1]} and {hours[2]}. my share?", [money(v)])


def retirement_pot(rng: random.Random) -> Made:  # monthly saving with growth (annuity)
    pm, r, y = rng.randint(50, 800), rng.choice([4, 5, 6, 7, 8]), rng.randint(5, 40)
    i, n = r / 1200, 12 * y
    v = pm * ((1 + i) ** n - 1) / i
    if tie(v):
        return None
    return (f"if I save {pm} every month at {r}% a year (compounded monthly), how much after {y} "
            "years? payments at month end", [money(v)])


def inflation(rng: random.Random) -> Made:  # purchasing power after inflation
    amt, r, y = rng.randint(100, 10000), rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 20)
    v = amt / (1 + r / 100) ** y
    if tie(v):
        return None
    return (f"with {r}% inflation every year, what will {amt} today be worth in today's money "
            f"after {y} years?", [money(v)])


def credit_card_interest(rng: random.Random) -> Made:  # a month of card interest
    bal, apr = cents(rng, 200, 5000), rng.choice([F("18.9"), F("19.99"), F("22.9"), F("24.9")])
    v = bal * apr / 100 / 12
    if tie(v):
        return None
    return (f"balance of {float(bal):.2f} on a card at {float(apr):g}% APR, roughly how much "
            "interest in one month (APR/12)?", [money(v)])


def stock_avg_cost(rng: random.Random) -> Made:  # average cost of two buys
    n1, p1, n2, p2 = rng.randint(5, 100), cents(rng, 10, 200), rng.randint(5, 100), cents(
        rng, 10, 200)
    v = (n1 * p1 + n2 * p2) / (n1 + n2)
    if tie(v):
        return None
    return (f"bought {n1} shares at {float(p1):.2f} then {n2} more at {float(p2):.2f}. average "
            "cost per share?", [money(v)])


def split_uneven(rng: random.Random) -> Made:  # a group bill where one pays extra
    total, n, extra = cents(rng, 60, 400), rng.randint(3, 7), rng.randint(5, 30)
    v = (total - extra) / n
    if tie(v):
        return None
    return (f"the bill is {float(total):.2f}; Sam's wine was {extra} and just for him, the rest "
            f"is shared equally by all {n} of us. what does each non-Sam person pay?",
            [money(v)])


def grade_curve(rng: random.Random) -> Made:  # scaling marks to a new maximum
    got, out_of, new = rng.randint(10, 70), rng.choice([40, 50, 60, 80]), rng.choice([20, 25, 10])
    if got > out_of:
        return None
    v = F(got * new, out_of)
    if tie(v):
        return None
    return (f"scored {got}/{out_of}, what's that scaled to a mark out of {new}?", [num(v)])


def class_average(rng: random.Random) -> Made:  # combined average of two classes
    n1, a1, n2, a2 = rng.randint(15, 35), rng.randint(55, 90), rng.randint(15, 35), rng.randint(
        55, 90)
    v = F(n1 * a1 + n2 * a2, n1 + n2)
    if tie(v):
        return None
    return (f"class A has {n1} students averaging {a1}, class B {n2} averaging {a2}. overall "
            "average?", [num(v)])


def reading_pages(rng: random.Random) -> Made:  # pages a day to finish a book
    pages, read, days = rng.randint(200, 900), rng.randint(0, 150), rng.randint(5, 30)
    v = math.ceil((pages - read) / days)
    if (pages - read) % days == 0:
        return None
    return (f"book has {pages} pages, I'm on page {read}, want to finish in {days} days. how "
            "many pages a day (rounded up)?", [whole(v)])


def study_hours(rng: random.Random) -> Made:  # study time split across subjects
    total, subs = rng.randint(6, 30), rng.randint(3, 7)
    mins = total * 60 // subs
    if total * 60 % subs:
        return None
    return (f"I have {total} hours to revise {subs} subjects equally. how long per subject?",
            [hm(mins) if mins >= 60 else unit(whole(mins), "minutes")])


def flight_arrival(rng: random.Random) -> Made:  # arrival time across time zones
    dep = rng.randint(6 * 60, 22 * 60) // 5 * 5
    dur, shift = rng.randint(90, 720) // 5 * 5, rng.choice([-5, -3, 1, 2, 3, 8])
    arr = dep + dur + shift * 60
    if not 0 <= arr < 1440:
        return None
    sign = "ahead" if shift > 0 else "behind"
    return (f"flight leaves at {dep // 60:02d}:{dep % 60:02d} local time and takes {dur // 60}h "
            f"{dur % 60}m. destination is {abs(shift)} hours {sign}. local arrival time?",
            [clock(arr)])


def layover(rng: random.Random) -> Made:  # time between two flights
    a = rng.randint(6 * 60, 18 * 60) // 5 * 5
    b = a + rng.randint(35, 400) // 5 * 5
    return (f"land at {a // 60}:{a % 60:02d}, next flight departs {b // 60}:{b % 60:02d}. how "
            "long is my layover?", [hm(b - a) if b - a >= 60 else unit(whole(b - a), "minutes")])


def hotel_total(rng: random.Random) -> Made:  # hotel nights with tax
    nights, rate, tax = rng.randint(2, 14), rng.randint(60, 400), rng.choice([8, 10, 12, 14])
    v = F(nights * rate * (100 + tax), 100)
    if tie(v):
        return None
    return (f"{nights} nights at {rate}/night plus {tax}% tourist tax, total?", [money(v)])


def trip_split(rng: random.Random) -> Made:  # costs shared after a trip
    a, b, c = cents(rng, 50, 500), cents(rng, 50, 500), cents(rng, 0, 300)
    v = (a + b + c) / 3
    if tie(v):
        return None
    return (f"road trip: I paid {float(a):.2f}, Mia paid {float(b):.2f}, Leo paid {float(c):.2f}. "
            "what's the fair share each?", [money(v)])


def bake_time(rng: random.Random) -> Made:  # when to take something out of the oven
    start = rng.randint(15 * 60, 19 * 60) // 5 * 5
    per, kg = rng.choice([20, 25, 30, 40]), F(rng.randint(3, 12), 2)
    extra = rng.choice([15, 20, 25])
    mins = per * kg + extra
    if mins.denominator != 1:
        return None
    return (f"roast {per} min per 500 g plus {extra} min, joint weighs {float(kg / 2):g} kg, in "
            f"at {start // 60}:{start % 60:02d}. when is it done?",
            [clock(start + int(mins))])


def recipe_cups(rng: random.Random) -> Made:  # scaling fractions of a cup
    a, b = rng.randint(1, 3), rng.choice([2, 3, 4])
    mult = rng.choice([F(3, 2), F(2), F(3), F(1, 2)])
    v = F(a, b) * mult
    ans = [f"{v.numerator}/{v.denominator}"] if v.denominator != 1 else [str(v.numerator)]
    if v.denominator != 1 and v > 1:
        ans.append(f"{v.numerator // v.denominator} {v.numerator % v.denominator}/{v.denominator}")
    if (v * 1000).denominator == 1:
        ans.append(f"{float(v):g}")
    word = {F(3, 2): "1.5 times", F(2): "double", F(3): "triple", F(1, 2): "half"}[mult]
    return f"recipe calls for {a}/{b} cup of sugar, I'm making {word} the recipe. how many cups?", \
        [dedupe([f"{s} cup" for s in ans])]


def oven_servings(rng: random.Random) -> Made:  # cost per serving
    cost, servings = cents(rng, 6, 40), rng.randint(4, 12)
    v = cost / servings
    if tie(v):
        return None
    return (f"ingredients for a lasagne cost {float(cost):.2f} and it serves {servings}. cost per "
            "serving?", [money(v)])


def workout_volume(rng: random.Random) -> Made:  # total weight lifted
    sets, reps, kg = rng.randint(3, 6), rng.randint(5, 15), F(rng.randint(20, 250), 2)
    return (f"{sets} sets of {reps} reps at {float(kg):g} kg, total volume lifted?",
            [unit(num(sets * reps * kg), "kg")])


def running_week(rng: random.Random) -> Made:  # weekly distance progression
    km, pct_up, weeks = rng.randint(10, 40), rng.choice([5, 10]), rng.randint(3, 8)
    v = km * (1 + pct_up / 100) ** weeks
    if tie(v):
        return None
    return (f"running {km} km this week and adding {pct_up}% each week, how far in week "
            f"{weeks + 1}?", [unit(num(v), "km")])


def calories_burn(rng: random.Random) -> Made:  # calories from minutes and a rate
    rate, mins = rng.randint(5, 14), rng.randint(15, 120)
    return (f"the machine says I burn {rate} kcal a minute, how many for a {mins} minute "
            "session?", [unit(whole(rate * mins), "kcal", "calories")])


def swim_laps(rng: random.Random) -> Made:  # laps for a distance
    pool, dist = rng.choice([25, 33, 50]), rng.randint(8, 60) * 100
    laps = math.ceil(dist / pool)
    return (f"pool is {pool} m long, how many lengths to swim {dist} m?",
            [unit(whole(laps), "lengths", "laps")])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    receipt_lines, qty_times, cheaper_per_litre, price_per_100g, sale_original, saved_amount,
    three_for_two, layaway, cashback, net_pay, day_rate, piecework, tips_pool, retirement_pot,
    inflation, credit_card_interest, stock_avg_cost, split_uneven, grade_curve, class_average,
    reading_pages, study_hours, flight_arrival, layover, hotel_total, trip_split, bake_time,
    recipe_cups, oven_servings, workout_volume, running_week, calories_burn, swim_laps)]
