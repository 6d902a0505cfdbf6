"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 2: receipt shares."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    CASH,
    CODE,
    EN,
    Family,
    Made,
    count,
    family,
    fx,
    low,
    money,
    number,
    pct,
    pick,
    receipt,
    total,
)


@family
def own_plus_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant", n=(3, 5), low=300)
    good, mine = rng.choice(lines)
    k = rng.randint(2, 5)
    text = (f"I'm paying for the {low(good)} myself and the rest of this bill gets split evenly "
            f"{EN[k]} ways, me included. What's my total share? nearest cent")
    return text, [money(F(mine, 100) + F(total(lines) - mine, 100 * k))], recipe


@family
def tip_round_up(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    p = rng.choice([10, 15, 20])
    value = F(total(lines) * (100 + p), 10000)
    if value.denominator == 1:
        return None
    text = (f"Add {p}% tip to this and round up to the next whole {CASH[cur][:-1]}. "
            "What do I leave?")
    return text, [money(math.ceil(value))], recipe


@family
def weekly_repeat(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["grocery", "cafe", "pets"]))
    k, unit = rng.choice([(4, "4 weeks"), (52, "a year (52 weeks)"), (12, "12 weeks"),
                          (8, "8 weeks")])
    text = f"I buy exactly this every week. What does that cost me over {unit}?"
    return text, [money(total(lines) * k, True)], recipe


@family
def second_priciest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good = sorted(lines, key=lambda x: -x[1])[1][0]
    text = pick(rng, "What's the second most expensive item on this receipt?",
                "which thing was the 2nd priciest here")
    return text, [[good]], recipe


@family
def median_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 7))
    if len(lines) % 2 == 0:
        return None
    cents = sorted(c for _, c in lines)[len(lines) // 2]
    text = "What's the median item price on this receipt?"
    return text, [money(cents, True)], recipe


@family
def vat_inside(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur=rng.choice(["€", "£"]))
    p = rng.choice([20, 19, 21, 10])
    text = pick(rng, f"The total includes {p}% VAT. How much of it is VAT? (to the cent)",
                f"prices incl. {p}% VAT - how much VAT did I pay on this receipt? round to cents")
    return text, [money(F(total(lines) * p, 100 * (100 + p)))], recipe


@family
def before_vat(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur=rng.choice(["€", "£"]))
    p = rng.choice([20, 19, 21, 5])
    text = (f"This total has {p}% VAT included. What's the net amount before VAT? "
            "Round to the cent.")
    return text, [money(F(total(lines), 100 + p))], recipe


@family
def bogo_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    text = (f"The {low(good)} line was supposed to be free (buy one get one, the second one's on "
            "here by mistake). What should the total have been without that line?")
    return text, [money(total(lines) - cents, True)], recipe


@family
def half_price_top(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    top = max(c for _, c in lines)
    text = ("Offer was half price on the most expensive item. Going by this receipt, what "
            "should I have paid in total? round to cents")
    return text, [money(F(total(lines) * 2 - top, 200))], recipe


@family
def count_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 7), low=100, high=2000)
    limit = rng.choice([5, 8, 10, 12, 15])
    k = sum(c > limit * 100 for _, c in lines)
    if any(c == limit * 100 for _, c in lines):
        return None
    if not k:
        return None
    text = pick(rng, f"How many items on this receipt cost more than {cur}{limit}, and what "
                     "do those come to together?",
                f"how many things here were over {limit} {CASH[cur]}? + their combined cost")
    return text, [count(k), money(sum(c for _, c in lines if c > limit * 100), True)], recipe


@family
def sum_under(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), low=100, high=2000)
    limit = rng.choice([5, 8, 10])
    small = [c for _, c in lines if c < limit * 100]
    if not small or len(small) == len(lines):
        return None
    text = f"Add up just the items under {cur}{limit} on this receipt."
    return text, [money(sum(small), True)], recipe


@family
def reimburse_part(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["pharmacy", "books"]))
    p = rng.choice([50, 60, 70, 75, 80, 90])
    text = pick(rng, f"My insurance pays back {p}% of this. How much do I get back?",
                f"work reimburses {p} percent of this receipt. what do I get refunded? (cents)")
    return text, [money(F(total(lines) * p, 10000))], recipe


@family
def one_line_off(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    p = rng.choice([10, 20, 25, 30, 50])
    text = (f"My member discount is {p}% off the {low(good)} only. What's the receipt total "
            "once that's taken off? Round to cents.")
    return text, [money(F(total(lines) * 100 - cents * p, 10000))], recipe


@family
def per_kilo(rng: random.Random) -> Made:
    kind = "grocery"
    recipe, lines, _ = receipt(rng, kind=kind, n=(2, 4), low=200)
    good, cents = rng.choice(lines)
    kg = rng.choice([F(1, 2), F(3, 2), F(2), F(5, 2), F(3), F(3, 4), F(6, 5)])
    text = (f"The {low(good)} on this receipt was {float(kg):g} kg. What's that per kilo? "
            "Round to the cent.")
    return text, [money(F(cents, 100) / kg)], recipe


@family
def plus_delivery(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["grocery", "pets", "hardware"]))
    fee = rng.choice([F(299, 100), F(4), F(499, 100), F(595, 100), F(750, 100)])
    text = (f"If I'd had this delivered instead, there's a {cur}{float(fee):.2f} delivery fee "
            "on top. What would it have come to?")
    return text, [money(F(total(lines), 100) + fee)], recipe


@family
def last_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good, cents = lines[-1]
    text = pick(rng, "What's the last item listed on this receipt, and how much was it?",
                "bottom line item before the total - what is it and its price?")
    return text, [[good], money(cents, True)], recipe


@family
def first_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    good, cents = lines[0]
    text = pick(rng, "What's the first thing rung up on this receipt and what did it cost?",
                "top item on this receipt + its price?")
    return text, [[good], money(cents, True)], recipe


@family
def budget_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="grocery", n=(3, 6))
    budget = rng.choice([b for b in (50, 60, 75, 80, 100, 120, 150) if b * 100 > total(lines)]
                        or [0])
    if not budget:
        return None
    text = pick(rng, f"My weekly food budget is {cur}{budget}. How much is left after this shop?",
                f"budget {budget} {CASH[cur]} for groceries this week - what have I got left?")
    return text, [money(budget * 100 - total(lines), True)], recipe


@family
def loyalty_points(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6), low=300)
    per = rng.choice([1, 2, 5, 10])
    pts = (total(lines) // 100) * per
    text = (f"The store gives {per} point{'s' if per > 1 else ''} for every full "
            f"{CASH[cur][:-1]} spent (cents don't count). How many points did this receipt earn?")
    return text, [count(pts, "points")], recipe


@family
def saved_amount(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    p = rng.choice([5, 10, 15, 20, 25, 30])
    text = pick(rng, f"These are full prices - with my {p}% staff discount, how much do I save?",
                f"{p}% off this whole receipt saves me how much?")
    return text, [money(F(total(lines) * p, 10000))], recipe


@family
def cash_then_card(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6), low=300)
    cash = rng.choice([c for c in (5, 10, 15, 20) if c * 100 < total(lines)] or [0])
    if not cash:
        return None
    text = f"I paid {cur}{cash} in cash and the rest by card. How much went on the card?"
    return text, [money(total(lines) - cash * 100, True)], recipe


@family
def gift_card_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["books", "hardware", "pets"]))
    card = rng.choice([c for c in (50, 75, 100, 150) if c * 100 > total(lines)])
    text = (f"I paid all of this with a {cur}{card} gift card. What's left on the card now?")
    return text, [money(card * 100 - total(lines), True)], recipe


@family
def over_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), low=500)
    budget = rng.choice([b for b in (20, 25, 30, 40, 50) if b * 100 < total(lines)] or [0])
    if not budget:
        return None
    text = f"ugh I said I'd spend max {cur}{budget}. how much over did I go?"
    return text, [money(total(lines) - budget * 100, True)], recipe


@family
def friends_owe(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    k = rng.randint(2, 5)
    text = (f"I paid this for me and {EN[k]} friends. We split it equally among all "
            f"{EN[k + 1]} of us. How much does each friend owe me?")
    return text, [money(F(total(lines), 100 * (k + 1)))], recipe


@family
def uneven_split(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["grocery", "hardware"]))
    mine = rng.choice([60, 70, 55, 65, 40, 75])
    text = (f"My partner and I split shared costs {mine}/{100 - mine} - I pay {mine}%. "
            "What's my part of this receipt? cents please")
    return text, [money(F(total(lines) * mine, 10000))], recipe


@family
def how_many_afford(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="cafe", n=(3, 5), low=150, high=900)
    good, cents = rng.choice(lines)
    budget = rng.choice([10, 15, 20, 25, 30, 40, 50])
    k = budget * 100 // cents
    if k * cents == budget * 100:
        return None
    text = (f"At the price on this receipt, how many {low(good)}s could I buy with "
            f"{cur}{budget}, and how much would I have left?")
    return text, [count(k), money(budget * 100 - k * cents, True)], recipe


@family
def times_dearer(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5), low=100)
    (a, ca), (b, cb) = sorted(rng.sample(lines, 2), key=lambda x: -x[1])
    text = f"How many times the price of the {low(b)} was the {low(a)}? one decimal place"
    return text, [number(F(ca, cb), 1) + [f + "x" for f in number(F(ca, cb), 1)]], recipe


@family
def convert_line(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    to = rng.choice([c for c in ["USD", "EUR", "GBP", "CAD", "AUD"] if c != CODE[cur]])
    rate = fx(rng, CODE[cur], to)
    text = (f"How much was the {low(good)} in {to}? Rate: 1 {CODE[cur]} = "
            f"{float(rate):.2f} {to}. Round to 2 decimals.")
    return text, [money(F(cents, 100) * rate)], recipe


@family
def third_down(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 6))
    i = rng.choice([1, 2, 3])
    word = ["first", "second", "third", "fourth"][i]
    good, cents = lines[i]
    text = f"What's the {word} item from the top on this receipt, and its price?"
    return text, [[good], money(cents, True)], recipe


@family
def names_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), low=100, high=2000)
    limit = rng.choice([10, 12, 15])
    big = [g for g, c in lines if c > limit * 100]
    if not 1 <= len(big) <= 3 or any(c == limit * 100 for _, c in lines):
        return None
    text = f"Which items on here cost over {cur}{limit}? Just list them."
    return text, [[g] for g in big], recipe


@family
def refund_new_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    text = (f"I'm returning the {low(good)}. How much refund should I get, and what does my "
            "shop come to after the return?")
    return text, [money(cents, True), money(total(lines) - cents, True)], recipe


@family
def percent_of_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 5))
    budget = rng.choice([b for b in (80, 100, 150, 200, 250) if b * 100 > total(lines)])
    text = (f"My monthly fun budget is {cur}{budget}. What percent of it did this receipt use? "
            "one decimal")
    return text, [pct(F(total(lines), budget))], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    own_plus_share, tip_round_up, weekly_repeat, second_priciest, median_line, vat_inside,
    before_vat, bogo_line, half_price_top, count_over, sum_under, reimburse_part,
    one_line_off, per_kilo, plus_delivery, last_item, first_item, budget_left,
    loyalty_points, saved_amount, cash_then_card, gift_card_left, over_budget, friends_owe,
    uneven_split, how_many_afford, times_dearer, convert_line, third_down, names_over,
    refund_new_total, percent_of_budget)]
