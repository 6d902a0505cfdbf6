"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-3: hobbies, school,
small business and home jobs, each asking for two or more different kinds of result."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, F, convert, money, root, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def bake_sale_profit_margin(rng: random.Random) -> Made:
    made, sold, cost, price = rng.randint(30, 60), 0, cents(rng, 0.3, 0.9), rng.choice(
        [F(1), F(3, 2), F(2), F(5, 2)])
    sold = rng.randint(20, made)
    profit = sold * price - made * cost
    margin = profit / (sold * price) * 100
    if near(margin, 1) or profit <= 0:
        return None
    text = (f"school bake sale: baked {made} cupcakes at ${d2(cost)} each in ingredients, sold "
            f"{sold} at ${d2(price)}. profit? and profit margin as a % of sales, 1 dp")
    return text, [cash(profit), num(margin, 1)]


@family
def knitting_gauge_stitches(rng: random.Random) -> Made:
    gauge, width_in = rng.choice([18, 20, 22, 24]), rng.choice([20, 36, 40, 44, 48])
    cm = F(width_in) * F("2.54")
    stitches = F(gauge * width_in, 4)
    if stitches.denominator != 1:
        return None
    text = (f"Pattern gauge is {gauge} stitches per 4 inches. I want a piece {width_in} inches "
            "wide — how many stitches to cast on, and how wide is that in cm?")
    return text, [[f"{stitches} stitches", f"{stitches} sts"], num(cm, 1)]


@family
def photo_storage_gb_cost(rng: random.Random) -> Made:
    photos, mb = rng.randint(2000, 30000), F(rng.randint(25, 60), 10)
    gb = photos * mb / 1000
    plan = rng.choice([50, 100, 200])
    pct = gb / plan * 100
    if near(gb, 1) or near(pct, 0) or pct > 100:
        return None
    text = (f"I have {photos:,} photos averaging {float(mb)} MB each. How many GB is that (1 dp, "
            f"1 GB = 1000 MB)? What % of my {plan} GB cloud plan would it fill, to the nearest "
            "whole %?")
    return text, [num(gb, 1), [f"{v}%" for v in num(pct, 0)] + [f"{v} %" for v in num(pct, 0)]
                  + [f"{v} percent" for v in num(pct, 0)]]


@family
def gpa_then_needed_score(rng: random.Random) -> Made:
    scores = [rng.randint(55, 95) for _ in range(4)]
    target = rng.choice([70, 75, 80, 85])
    need = target * 5 - sum(scores)
    mean = F(sum(scores), 4)
    if need > 100 or need < 0 or tie(mean):
        return None
    text = (f"My four test scores so far: {', '.join(map(str, scores))}. What's my average now? "
            f"There's one test left — what do I need on it to average exactly {target} over all "
            "five?")
    return text, [stat(MEAN, mean), [f"{need} on", f"need {need}", f"{need} points",
                                     f"score of {need}", f"at least {need}"]]


@family
def wood_shelf_cuts_cost(rng: random.Random) -> Made:
    board, shelf = rng.choice([240, 300, 360]), rng.choice([55, 65, 70, 80, 90])
    per = board // shelf
    need = rng.randint(5, 14)
    boards = -(-need // per)
    cost = cents(rng, 8, 25)
    text = (f"Boards are {board} cm long, each shelf piece is {shelf} cm (ignore saw width). How "
            f"many pieces per board? I need {need} shelves — how many boards, and at "
            f"${d2(cost)} a board what will I spend?")
    return text, [[f"{per} pieces", f"{per} per board", f"{per} shelves per"],
                  [f"{boards} boards"], cash(boards * cost)]


@family
def lemonade_stand_breakeven(rng: random.Random) -> Made:
    fixed, cup_cost, price = rng.choice([20, 30, 40, 45]), cents(rng, 0.15, 0.45), rng.choice(
        [F(1), F(3, 2), F(2)])
    cups = -(-F(fixed) // (price - cup_cost))
    profit = 60 * price - 60 * cup_cost - fixed
    text = (f"kids' lemonade stand: ${fixed} for the stand and jug, ${d2(cup_cost)} per cup in "
            f"lemons/sugar/cups, selling at ${d2(price)} a cup. How many cups to break even "
            "(whole cups)? and profit if they sell 60?")
    return text, [[f"{cups} cups"], cash(profit)]


@family
def fuel_receipt_l_per_100(rng: random.Random) -> Made:
    litres, per_l = F(rng.randint(250, 600), 10), cents(rng, 1.5, 2.1)
    cost = litres * per_l
    if tie(cost):
        return None
    km = rng.randint(400, 850)
    per100 = litres * 100 / km
    if near(per100, 1):
        return None
    recipe = bill(rng, "Fuel Stop", [(f"Diesel {float(litres)}L", F(round(cost * 100), 100))], "€")
    text = (f"Fuel receipt attached (I filled the tank from empty after driving {km} km). What "
            "did I pay, and what's my consumption in L/100 km (1 dp)?")
    return text, [money(F(round(cost * 100), 100), "EUR") + cash(F(round(cost * 100), 100)),
                  num(per100, 1)], {"image": recipe}


@family
def sign_discount_two_items(rng: random.Random) -> Made:
    off = rng.choice([20, 25, 30, 40])
    a, b = cents(rng, 15, 80), cents(rng, 15, 80)
    pay = (a + b) * (100 - off) / 100
    gbp = convert(pay, "USD", "GBP")
    if tie(pay) or tie(gbp):
        return None
    recipe = sign(rng, ["SALE", f"{off}% OFF EVERYTHING"])
    text = (f"This sign's in the shop window. I want a ${d2(a)} jacket and ${d2(b)} shoes. What "
            "do I pay after the discount, and what's that in pounds (1 EUR = 1.17 USD = 0.87 "
            "GBP)?")
    return text, [cash(pay), money(gbp, "GBP") + cash(gbp)], {"image": recipe}


@family
def system_two_then_check(rng: random.Random) -> Made:
    x, y = rng.randint(-6, 9), rng.randint(-6, 9)
    a, b, c, d = rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5), -rng.randint(1, 5)
    if a * d - b * c == 0:
        return None
    e, f = a * x + b * y, c * x + d * y
    text = (f"Solve simultaneously: {a}x + {b}y = {e} and {c}x - {-d}y = {f}. Then plot both "
            "lines to show where they cross.").replace(" 1x", " x").replace(" 1y", " y")
    return text, [root(x), [f"y = {y}", f"y={y}"], CHART]


@family
def ticket_sales_percent_change(rng: random.Random) -> Made:
    last, now = rng.randint(200, 900), rng.randint(200, 900)
    pct = F(now - last, last) * 100
    price = rng.choice([12, 15, 18, 25])
    if near(pct, 1) or now == last:
        return None
    text = (f"Our theatre sold {last} tickets last season and {now} this season. Percentage change "
            f"(1 dp)? And at ${price} a ticket, how much more or less revenue is that?")
    return text, [num(abs(pct), 1), cash(F(abs(now - last) * price))]


@family
def pool_fill_hours_cost(rng: random.Random) -> Made:
    ln, w, depth = rng.choice([6, 8, 10]), rng.choice([3, 4, 5]), F(rng.choice([12, 14, 15]), 10)
    litres = ln * w * depth * 1000
    rate = rng.choice([15, 20, 25, 30])
    hours = litres / rate / 60
    cost = litres / 1000 * rng.choice([F(2), F(5, 2), F(3)])
    if near(hours, 1):
        return None
    per = cost / (litres / 1000)
    text = (f"Pool is {ln} m by {w} m, {float(depth)} m deep. How many litres to fill it? The hose "
            f"gives {rate} L/min — hours to fill (1 dp)? Water is ${d2(per)} per 1000 L, cost?")
    return text, [[f"{int(litres):,} l", f"{int(litres)} l", f"{int(litres):,} litres",
                   f"{int(litres)} litres"], num(hours, 1), cash(cost)]


@family
def score_list_range_chart(rng: random.Random) -> Made:
    golf = [rng.randint(68, 96) for _ in range(6)]
    mean = F(sum(golf), 6)
    if tie(mean) or near(mean, 2, 0.001):
        return None
    text = ("golf scores from my last six rounds: " + " ".join(map(str, golf)) + "\nbest round, "
            "average (2dp), range — and a quick line chart to see if I'm improving")
    return text, [[f"best round {min(golf)}", f"best round was {min(golf)}", f"best {min(golf)}",
                   f"best: {min(golf)}", f"best is {min(golf)}", f"lowest {min(golf)}",
                   f"best round: {min(golf)}", f"best round is {min(golf)}",
                   f"best round **{min(golf)}**", f"best **{min(golf)}**"],
                  stat(MEAN, mean), stat(["range", "Range"], F(max(golf) - min(golf)), 0), CHART]


@family
def hours_to_days_and_cost(rng: random.Random) -> Made:
    hrs_day, tv = F(rng.randint(3, 9), 2), cents(rng, 9, 20)
    year = hrs_day * 365
    days = year / 24
    if near(days, 1):
        return None
    text = (f"I watch about {float(hrs_day):g} hours of streaming a day. Over a year (365 days) "
            "how "
            f"many hours is that, how many 24-hour days (1 dp), and what do I pay per hour "
            f"watched if the subscription is ${d2(tv)}/month? (to the tenth of a cent is fine)")
    per = tv * 12 / year
    if near(per, 3, 0.01):
        return None
    return text, [num(year, 1), num(days, 1), num(per, 3)]


@family
def usd_salary_to_eur_monthly(rng: random.Random) -> Made:
    salary = rng.randint(40, 95) * 1000
    eur = convert(F(salary), "USD", "EUR")
    month = eur / 12
    if tie(eur) or tie(month):
        return None
    text = (f"Job offer in the US pays ${salary:,} a year. What's that in euros (1 EUR = 1.17 "
            "USD), and per month in euros? Nearest cent both please")
    return text, [money(eur, "EUR") + cash(eur), money(month, "EUR") + cash(month)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bake_sale_profit_margin, knitting_gauge_stitches, photo_storage_gb_cost,
    gpa_then_needed_score, wood_shelf_cuts_cost, lemonade_stand_breakeven,
    fuel_receipt_l_per_100, sign_discount_two_items, system_two_then_check,
    ticket_sales_percent_change, pool_fill_hours_cost, score_list_range_chart,
    hours_to_days_and_cost, usd_salary_to_eur_monthly)]
