"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 2: receipts, budgets."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    CODE,
    EN,
    OTHER,
    WORD,
    Made,
    bottom,
    cnt,
    family,
    hours,
    lc,
    money,
    num,
    pct,
    rate,
    receipt,
    show,
    top,
    tot,
    words,
)
from bench.data.agents.helpers import Family


@family
def budget_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, hi=2000)
    b = rng.choice([50, 60, 75, 80, 100, 120, 150])
    if b * 100 <= tot(lines):
        return None
    text = rng.choice([f"I had a budget of {cur}{b} for this trip. How much is left?",
                       f"budget was {b} {WORD[cur]}, what have I got left after this shop?",
                       f"Started with {cur}{b}. After this receipt, what remains?"])
    return text, [money(b * 100 - tot(lines), True)], recipe


@family
def over_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), lo=500, hi=2500)
    t = tot(lines)
    b = rng.choice([x for x in (20, 25, 30, 40, 50, 60) if x * 100 < t] or [0])
    if not b:
        return None
    text = rng.choice([f"I meant to spend only {cur}{b}. By how much did I go over?",
                       f"how far over my {b} {WORD[cur]} limit is this receipt?"])
    return text, [money(t - b * 100, True)], recipe


@family
def round_up_donation(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    t = tot(lines)
    if t % 100 == 0:
        return None
    text = rng.choice(["The till asked to round up to the next whole amount for charity. "
                       "How much would the donation be?",
                       "if I round this total up to the next whole "
                       f"{WORD[cur][:-1]}, how much extra is that?"])
    return text, [money(math.ceil(t / 100) * 100 - t, True)], recipe


@family
def points_per_unit(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6))
    k = rng.choice([1, 2, 5, 10])
    pts = (tot(lines) // 100) * k
    text = rng.choice([f"The loyalty card gives {k} point{'s' * (k > 1)} for every whole "
                       f"{WORD[cur][:-1]} spent. How many points did this earn?",
                       f"{k} pts per full {cur}1 spent - how many points for this receipt?"])
    return text, [cnt(pts, "points")], recipe


@family
def cashback(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (1, 1.5, 2, 3, 5))
    text = rng.choice([f"My card gives {show(r)}% cashback. How much do I get back on this?",
                       f"{show(r)}% cash back on this receipt = how much?"])
    return text, [money(tot(lines) * r / 100, True)], recipe


@family
def times_dearer(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, lo=100, hi=3000)
    a, b = top(lines), bottom(lines)
    if a[1] < 2 * b[1]:
        return None
    text = rng.choice([f"How many times the price of the {lc(b[0])} was the {lc(a[0])}? "
                       "One decimal place.",
                       f"the {lc(a[0])} cost how many times as much as the {lc(b[0])}? (1 dp)"])
    return text, [num(F(a[1], b[1]), 1)], recipe


@family
def second_priciest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    name = sorted(lines, key=lambda x: -x[1])[1][0]
    text = rng.choice(["What's the second most expensive thing on this receipt?",
                       "which item was the 2nd priciest here?"])
    return text, [words(name)], recipe


@family
def median_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    cs = sorted(c for _, c in lines)
    k = len(cs)
    med = F(cs[k // 2]) if k % 2 else F(cs[k // 2 - 1] + cs[k // 2], 2)
    text = rng.choice(["What's the median price of the items on this receipt?",
                       "median item price here? (to the cent)"])
    return text, [money(med, True)], recipe


@family
def two_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    cs = sorted(c for _, c in lines)
    text = rng.choice(["What do the two cheapest items add up to?",
                       "total of the 2 lowest-priced things on this receipt?"])
    return text, [money(cs[0] + cs[1], True)], recipe


@family
def three_priciest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 7))
    cs = sorted((c for _, c in lines), reverse=True)
    text = rng.choice(["How much did the three most expensive items come to together?",
                       "sum of the top 3 prices on this receipt?"])
    return text, [money(sum(cs[:3]), True)], recipe


@family
def how_many_afford(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, lo=150, hi=1500)
    name, c = rng.choice(lines)
    b = rng.choice([20, 25, 30, 40, 50, 100])
    k = b * 100 // c
    text = rng.choice([f"With {cur}{b}, how many {lc(name)} could I buy at the price on this "
                       "receipt?",
                       f"how many of the {lc(name)} would {b} {WORD[cur]} get me at this price? "
                       "(whole ones)"])
    return text, [cnt(k)], recipe


@family
def weekly_yearly(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["grocery", "cafe"]))
    k, word = rng.choice([(52, "every week (52 weeks a year)"), (12, "once a month"),
                          (26, "every two weeks (26 times a year)")])
    text = rng.choice([f"I do this same shop {word}. What does that cost over a year?",
                       f"if I buy exactly this {word} for a year, what's the yearly total?"])
    return text, [money(tot(lines) * k, True)], recipe


@family
def daily_habit(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", n=(2, 3), lo=250, hi=900)
    d = rng.choice([5, 20, 22, 30, 250, 365])
    text = rng.choice([f"I buy exactly this {d} days a year. Yearly cost?",
                       f"If I got this same order on {d} days, how much would I spend in total?"])
    return text, [money(tot(lines) * d, True)], recipe


@family
def reimburse_cap(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["restaurant", "cafe"]), n=(3, 5))
    t = tot(lines)
    cap = rng.choice([15, 20, 25, 30, 40, 50])
    if abs(t - cap * 100) < 200:
        return None
    text = rng.choice([f"Work reimburses meals up to {cur}{cap}. How much do I get back for this "
                       "one?",
                       f"expenses cover up to {cap} {WORD[cur]} per meal - what will they pay me "
                       "for this receipt?"])
    return text, [money(min(t, cap * 100), True)], recipe


@family
def reimburse_gap(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="restaurant", n=(3, 5), lo=600)
    t = tot(lines)
    cap = rng.choice([15, 20, 25, 30])
    if t <= cap * 100:
        return None
    text = rng.choice([f"My company covers {cur}{cap} of a dinner. How much of this do I pay "
                       "myself?",
                       f"allowance is {cap} {WORD[cur]}; what's left for me to cover here?"])
    return text, [money(t - cap * 100, True)], recipe


@family
def vat_inside(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (20, 19, 21, 10, 15, 25))
    text = rng.choice([f"Prices here include {show(r)}% VAT. How much of the total is VAT?",
                       f"the total includes {show(r)} percent VAT - what's the VAT part?"])
    return text, [money(tot(lines) * r / (100 + r), True)], recipe


@family
def net_of_vat(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (20, 19, 21, 10, 15, 25))
    text = rng.choice([f"What's the total before VAT? VAT of {show(r)}% is included in these "
                       "prices.",
                       f"net amount excluding the {show(r)}% VAT included in this receipt?"])
    return text, [money(tot(lines) * 100 / (100 + r), True)], recipe


@family
def share_of_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    text = rng.choice([f"What percentage of the total was the {lc(name)}? (1 decimal)",
                       f"the {lc(name)} is what % of this receipt? one dp"])
    return text, [pct(F(100 * c, tot(lines)), 1)], recipe


@family
def item_discounted(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    r = rate(rng, (10, 15, 20, 25, 30, 40, 50))
    text = rng.choice([f"The {lc(name)} should have been {show(r)}% off. What should it have "
                       "cost?",
                       f"what's the {lc(name)} with {show(r)}% taken off?"])
    return text, [money(c * (1 - r / 100), True)], recipe


@family
def several_of(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    k = rng.randint(2, 9)
    text = rng.choice([f"The {lc(name)} line is the price for one, and I actually took {k}. "
                       "What's the real total?",
                       f"i had {k} of the {lc(name)} but it's only charged once - what should "
                       "the total have been?"])
    return text, [money(tot(lines) + (k - 1) * c, True)], recipe


@family
def free_shipping(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["books", "pets", "pharmacy"]), hi=1500)
    t = tot(lines)
    m = rng.choice([x for x in (35, 40, 50, 60, 75) if x * 100 > t] or [0])
    if not m:
        return None
    text = rng.choice([f"Free delivery starts at {cur}{m}. How much more do I need to add?",
                       f"how much short of the {m} {WORD[cur]} free shipping minimum is this?"])
    return text, [money(m * 100 - t, True)], recipe


@family
def friend_paid(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6))
    t = tot(lines)
    p = rng.choice([5, 10, 15, 20])
    if p * 100 >= t:
        return None
    text = rng.choice([f"My friend chipped in {cur}{p}. How much of this did I pay?",
                       f"Sam gave me {p} {WORD[cur]} towards this. what's my part?"])
    return text, [money(t - p * 100, True)], recipe


@family
def delivery_fee(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["restaurant", "grocery"]))
    d = rng.choice([199, 250, 299, 349, 399, 499])
    text = rng.choice([f"There was also a {cur}{d / 100:.2f} delivery fee not shown. What did I "
                       "pay in total?",
                       f"add the {d / 100:.2f} delivery charge - total?"])
    return text, [money(tot(lines) + d, True)], recipe


@family
def service_split(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant")
    r, k = rate(rng, (10, 12.5, 15)), rng.randint(2, 6)
    text = rng.choice([f"A {show(r)}% service charge gets added, then we split evenly {k} ways. "
                       "Each pays?",
                       f"{EN[k]} of us, plus {show(r)}% service. How much per person?"])
    text += " Round only at the end."
    return text, [money(F(tot(lines), k) * (1 + r / 100), True)], recipe


@family
def tax_then_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant")
    tax, tip = rate(rng, (6, 7, 8, 8.875, 9)), rate(rng, (15, 18, 20))
    t = tot(lines)
    text = rng.choice([f"Add {show(tax)}% tax, and a {show(tip)}% tip worked out on the pre-tax "
                       "amount. What's the grand total?",
                       f"pre-tax bill is what's shown. tax {show(tax)}%, tip {show(tip)}% of "
                       "the pre-tax amount. total?"])
    text += " Round only at the end."
    return text, [money(t * (1 + tax / 100 + tip / 100), True)], recipe


@family
def discount_then_tax(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    d, tax = rate(rng, (10, 15, 20, 25)), rate(rng, (5, 6, 7, 8))
    text = rng.choice([f"Take {show(d)}% off the total first, then add {show(tax)}% tax. What "
                       "do I pay?",
                       f"{show(d)}% discount, then {show(tax)}% sales tax on the discounted "
                       "amount - final price?"])
    text += " Round only at the end."
    return text, [money(tot(lines) * (1 - d / 100) * (1 + tax / 100), True)], recipe


@family
def convert_with_fee(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    code, r = rng.choice(OTHER[cur])
    fee = rate(rng, (1, 2, 2.5, 3))
    text = (f"My card converts at 1 {CODE[cur]} = {r} {code} and then adds a {show(fee)}% "
            f"foreign fee. What will this cost me in {code}? Round only at the end.")
    return text, [money(tot(lines) * F(r) * (1 + fee / 100), True)], recipe


@family
def convert_split(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="restaurant")
    code, r = rng.choice(OTHER[cur])
    k = rng.randint(2, 5)
    text = (f"Split this {k} ways and tell me each share in {code} "
            f"(1 {CODE[cur]} = {r} {code}). Round only at the end.")
    return text, [money(F(tot(lines), k) * F(r), True)], recipe


@family
def price_rise(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    r = rate(rng, (3, 4, 5, 8, 10, 12))
    text = rng.choice([f"If prices go up {show(r)}% next year, what would this same shop cost?",
                       f"this receipt plus {show(r)}% inflation = ?"])
    return text, [money(tot(lines) * (1 + r / 100), True)], recipe


@family
def hours_of_work(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), lo=500)
    w = rng.choice([12, 14, 15, 16, 18, 20, 22, 25])
    text = rng.choice([f"I earn {cur}{w} an hour. How many hours of work is this receipt? "
                       "(1 decimal)",
                       f"at {w} {WORD[cur]}/hr, how many hours did I work to pay for this? "
                       "round to 1 dp"])
    return text, [[f"{v}" for v in num(F(tot(lines), 100 * w), 1)]], recipe


@family
def cheapest_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    c = bottom(lines)[1]
    text = "What percent of the total is the cheapest item? Round to one decimal."
    return text, [pct(F(100 * c, tot(lines)), 1)], recipe


@family
def each_in_bag(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["grocery", "hardware", "pets"]))
    name, c = rng.choice(lines)
    k = rng.choice([3, 4, 6, 8, 10, 12, 24])
    text = rng.choice([f"The {lc(name)} was a pack of {k}. How much is that per piece? (to the "
                       "cent)",
                       f"{lc(name)} came as {k} in a pack - price per one?"])
    return text, [money(F(c, k), True)], recipe


@family
def per_kilo(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="grocery")
    name, c = rng.choice(lines)
    g = rng.choice([250, 400, 500, 600, 750, 1200, 1500, 2000])
    text = rng.choice([f"The {lc(name)} weighed {g} g. What's that per kg?",
                       f"price per kilo of the {lc(name)} if it was {g}g?"])
    return text, [money(F(c * 1000, g), True)], recipe


@family
def hours_of_work_whole(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 6), lo=500)
    w = rng.choice([7, 8, 9, 10, 11, 12, 13, 15])
    k = math.ceil(F(tot(lines), 100 * w))
    text = (f"My teenager earns {cur}{w} per hour babysitting. How many whole hours "
            "must she work to cover this receipt?")
    return text, [cnt(k, "hours")], recipe


@family
def minutes_per_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 8))
    m = rng.choice([2, 3, 4, 5, 7])
    text = (f"I want to wrap each item on this receipt as a gift, about {m} minutes each. "
            "How long will that take?")
    return text, [hours(F(m * len(lines), 60))], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    budget_left, over_budget, round_up_donation, points_per_unit, cashback, times_dearer,
    second_priciest, median_price, two_cheapest, three_priciest, how_many_afford, weekly_yearly,
    daily_habit, reimburse_cap, reimburse_gap, vat_inside, net_of_vat, share_of_total,
    item_discounted, several_of, free_shipping, friend_paid, delivery_fee, service_split,
    tax_then_tip, discount_then_tax, convert_with_fee, convert_split, price_rise, hours_of_work,
    cheapest_share, each_in_bag, per_kilo, hours_of_work_whole, minutes_per_item)]
