"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 2: receipts converted,
paid, shared, compared and taxed."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout22_read import (
    CODE,
    EN,
    F,
    Made,
    base,
    count,
    money,
    number,
    receipt,
)
from bench.data.agents.helpers import Family


def r_convert(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    other = rng.choice([c for c in ("USD", "EUR", "GBP", "CAD", "AUD", "CHF") if c != CODE[cur]])
    rate = Fraction(rng.randint(55, 190), 100)
    if rate == 1:  # audit: a 1.00 rate would make the answer the printed total
        return None
    t = sum(c for _, c in lines)
    v = {**base(rng, lines, cur), "code": CODE[cur], "other": other,
         "rate": f"{float(rate):.2f}"}
    return recipe, v, [money(t * rate, True)]


def r_change(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    t = sum(c for _, c in lines)
    pay = next(p for p in (1000, 2000, 5000, 10000, 20000) if p > t)
    return recipe, {**base(rng, lines, cur), "pay": pay // 100}, [money(pay - t, True)]


def r_shop(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    shop = recipe["shop"]
    return recipe, base(rng, lines, cur), [[shop, *([shop[4:]] if shop.startswith("The ") else [])]]


def r_diff(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda x: -x[1])
    return recipe, {**base(rng, lines, cur), "a": a, "b": b}, [money(pa - pb, True)]


def r_pair(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 6))
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return recipe, {**base(rng, lines, cur), "a": a, "b": b}, [money(pa + pb, True)]


def r_avg(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    mean = Fraction(sum(c for _, c in lines), len(lines))
    return recipe, base(rng, lines, cur), [money(mean, True)]


def r_without(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    v = base(rng, lines, cur)
    return recipe, v, [money(sum(c for _, c in lines) - v["price"], True)]


def r_double(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    v = base(rng, lines, cur)
    k = rng.randint(2, 4)
    new = sum(c for _, c in lines) + (k - 1) * v["price"]
    return recipe, {**v, "k": k, "kw": EN[k]}, [money(new, True)]


def r_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 8))
    prices = sorted(c for _, c in lines)
    i = rng.randint(0, len(prices) - 2)
    cut = (prices[i] + prices[i + 1]) // 200 * 100
    if not prices[i] < cut < prices[i + 1]:
        cut = prices[i + 1] - 1 - (prices[i + 1] - 1) % 50
        if not prices[i] < cut:
            return None
    n = sum(1 for p in prices if p > cut)
    return recipe, {**base(rng, lines, cur), "cut": f"{cut / 100:g}"}, [count(n)]


def r_share_pct(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    v = base(rng, lines, cur)
    share = Fraction(v["price"] * 100, sum(c for _, c in lines))
    return recipe, v, [[f"{x}%" for x in number(share, 1)] + [f"{x} %" for x in number(share, 1)]]


def r_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 6))
    t = sum(c for _, c in lines)
    options = [b for b in range(500, 12000, 500) if 100 < t - b < 2500]
    if not options:
        return None
    budget = rng.choice(options)
    return recipe, {**base(rng, lines, cur), "budget": budget // 100}, [money(t - budget, True)]


def r_coupon(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, low=300)
    off = rng.choice([2, 3, 5, 7, 10])
    t = sum(c for _, c in lines)
    if t <= off * 100:
        return None
    return recipe, {**base(rng, lines, cur), "off": off}, [money(t - off * 100, True)]


def r_friend(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 6))
    (a, pa), (b, pb) = rng.sample(lines, 2)
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "a": a, "b": b}, [money(t - pa - pb, True)]


def r_afford(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, high=900)
    v = base(rng, lines, cur)
    budget = rng.choice([10, 20, 25, 30, 40, 50])
    n = budget * 100 // v["price"]
    return recipe, {**v, "budget": budget}, [count(n)]


def r_two_cheapest(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 6))
    a, b = sorted(c for _, c in lines)[:2]
    return recipe, base(rng, lines, cur), [money(a + b, True)]


def r_vat_inside(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p = rng.choice([5, 10, 12, 20, 21, 25])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(Fraction(t * p, 100 + p), True)]


def r_pre_vat(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    p = rng.choice([5, 10, 12, 20, 21, 25])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "pct": p}, [money(Fraction(t * 100, 100 + p), True)]


def r_weeks(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    n = rng.choice([4, 8, 12, 26, 52])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "n": n}, [money(t * n, True)]


def r_range(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    ps = [c for _, c in lines]
    return recipe, base(rng, lines, cur), [money(max(ps) - min(ps), True)]


def r_points(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    k = rng.choice([2, 3, 5, 10])
    t = sum(c for _, c in lines)
    return recipe, {**base(rng, lines, cur), "k": k}, [number(t // 100 * k)]


def r_mine_share(rng: random.Random) -> Made:
    """I pay for my item plus an equal share of the rest."""
    recipe, lines, cur = receipt(rng, count=(3, 6))
    v = base(rng, lines, cur)
    n = rng.randint(2, 4)
    rest = sum(c for _, c in lines) - v["price"]
    return recipe, {**v, "n": n, "nw": EN[n]}, [money(v["price"] + Fraction(rest, n), True)]


fam_convert = F("convert", r_convert, (
    "what's this receipt total in {other}? use 1 {code} = {rate} {other}, round to 2 decimals|"
    "Convert the total to {other} please. Rate: 1 {code} = {rate} {other}. nearest cent|"
    "i paid in {code}, my bank shows {other}. at 1 {code} = {rate} {other}, what should the "
    "total be (2 dp)?"))
fam_convert_trip = F("convert_trip", r_convert, (
    "on holiday, how much is this in {other} if 1 {code} is {rate} {other}? round to 2 decimal "
    "places|"
    "Rate today is 1 {code} = {rate} {other}. Total on the receipt in {other}, rounded to 2 dp?"))
fam_change = F("change", r_change, (
    "I paid with a {pay} note, how much change should I get?|"
    "gave them {pay} {cw}. change?|"
    "If I handed over {pay} {cw} for this, what change is due?"))
fam_change_check = F("change_check", r_change, (
    "cashier gave me change from {pay} {cw} - how much should it have been?|"
    "paying cash with {pay}, how much comes back to me?"))
fam_shop = F("shop", r_shop, (
    "what shop is this receipt from?|where did I buy this? name of the store pls|"
    "Which store's name is printed at the top?"))
fam_shop_forgot = F("shop_forgot", r_shop, (
    "found this receipt in my coat, no idea where it's from. what's the shop called?|"
    "Can you read the business name on this receipt?"))
fam_diff = F("diff", r_diff, (
    "how much more was the {a} than the {b}?|difference in price between the {a} and the {b}?|"
    "The {a} vs the {b}: how much dearer was the {a}?"))
fam_pair = F("pair", r_pair, (
    "how much did the {a} and the {b} cost together?|{a} + {b} = ? from the receipt|"
    "What do the {a} and {b} add up to?"))
fam_avg = F("avg", r_avg, (
    "average price per item on this receipt? round to the cent|"
    "What's the mean cost of the items listed (nearest cent)?|"
    "on average how much did each thing cost, to the cent?"))
fam_without = F("without", r_without, (
    "if I return the {low}, what does the total become?|"
    "what would the total have been without the {name}?|"
    "Taking the {low} off the bill, what's left to pay?"))
fam_double = F("double", r_double, (
    "I actually needed {k} of the {low}, not one. what would the total be with {k} of them and "
    "everything else the same?|"
    "if I'd bought {kw} {low} (one's on the receipt) plus the rest, what's the new total?"))
fam_over = F("over", r_over, (
    "how many items cost more than {cut} {cw}?|"
    "count the items priced over {c}{cut}|"
    "How many things on here were above {cut}?"))
fam_share_pct = F("share_pct", r_share_pct, (
    "what percent of the total was the {low}? 1 decimal place|"
    "The {name} is what share of the bill, as a percentage (round to 1 dp)?"))
fam_budget = F("budget", r_budget, (
    "my budget was {budget} {cw} and I blew it. by how much?|"
    "This shop went past my {c}{budget} limit. How much did I overspend?"))
fam_coupon = F("coupon", r_coupon, (
    "I've got a {off} {cw} off coupon. what would I pay for all this?|"
    "minus a {c}{off} voucher, what's the total?|"
    "If they take {off} off the total, what do I owe?"))
fam_friend = F("friend", r_friend, (
    "I had the {a} and the {b}, my friend had everything else. how much does my friend owe?|"
    "the {a} and {b} were mine; the rest was my sister's. What's her part of the bill?"))
fam_afford = F("afford", r_afford, (
    "how many {low} at the price on this receipt could I buy with {budget} {cw}?|"
    "With {c}{budget}, how many of the {low} can I get at that price (whole ones)?"))
fam_two_cheapest = F("two_cheapest", r_two_cheapest, (
    "what do the two cheapest items add up to?|add the 2 lowest prices on the receipt|"
    "If I only kept the two cheapest things, how much would I have spent?"))
fam_vat_inside = F("vat_inside", r_vat_inside, (
    "the total includes {pct}% VAT. how much of it is VAT? round to the cent|"
    "Prices already include {pct}% tax. How much tax is in the total (nearest cent)?"))
fam_pre_vat = F("pre_vat", r_pre_vat, (
    "the total includes {pct}% VAT - what's the amount before VAT? round to the cent|"
    "need the net figure for my accounts: total here is VAT-inclusive at {pct}%. net amount to "
    "the cent?"))
fam_weeks = F("weeks", r_weeks, (
    "I buy this exact shop every week. how much over {n} weeks?|"
    "If this receipt is my weekly shop, what do I spend in {n} weeks?"))
fam_range = F("range", r_range, (
    "difference between the most and least expensive items?|"
    "What's the gap between the priciest and cheapest thing on the receipt?"))
fam_points = F("points", r_points, (
    "the loyalty card gives {k} points per whole {c}1 of the total (ignore the cents). how many "
    "points did I earn?|"
    "I get {k} points for every full unit of currency spent. points for this receipt?"))
fam_mine_share = F("mine_share", r_mine_share, (
    "I had the {low}, the other items were shared equally between {n} of us (me included). what "
    "do I pay in total? round to the cent|"
    "My bill = the {name} + an equal 1/{n} share of everything else. How much is that, nearest "
    "cent?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_convert, fam_convert_trip, fam_change, fam_change_check, fam_shop, fam_shop_forgot,
    fam_diff, fam_pair, fam_avg, fam_without, fam_double, fam_over, fam_share_pct, fam_budget,
    fam_coupon, fam_friend, fam_afford, fam_two_cheapest, fam_vat_inside, fam_pre_vat,
    fam_weeks, fam_range, fam_points, fam_mine_share)]
