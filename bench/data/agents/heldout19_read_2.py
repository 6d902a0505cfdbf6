"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 2: receipt sums."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    EN,
    WORD,
    Made,
    art,
    count,
    family,
    low,
    money,
    number,
    pct,
    receipt,
    total,
)
from bench.data.agents.helpers import Family


@family
def vat_inside(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur=rng.choice(["€", "£"]))
    rate = rng.choice([20, 19, 21, 10])
    value = Fraction(total(lines) * rate, 100 + rate)
    return (f"Prices on this receipt include {rate}% VAT. How much of the total is VAT? "
            "Round to the cent.", [money(value, True)], recipe)


@family
def net_of_vat(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur=rng.choice(["€", "£"]))
    rate = rng.choice([20, 19, 21, 10])
    value = Fraction(total(lines) * 100, 100 + rate)
    return (f"for my business expenses I need the amount before VAT. The total here includes "
            f"{rate}% VAT - what's the net figure? (to the cent)", [money(value, True)], recipe)


@family
def service_charge(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="pub")
    rate = rng.choice([Fraction(25, 2), 10, 15])
    shown = f"{float(rate):g}"
    value = Fraction(total(lines)) * (100 + rate) / 100
    return (f"They're adding a {shown}% service charge on top of this. What's the final bill?",
            [money(value, True)], recipe)


@family
def tip_then_split(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["pub", "cafe"]), count=(3, 6))
    p, n = pct(rng, (10, 15, 18, 20)), rng.randint(2, 5)
    value = Fraction(total(lines) * (100 + p), 100 * n)
    # rounding the total with tip to the cent before splitting is just as reasonable
    with_tip = math.floor(Fraction(total(lines) * (100 + p), 100) + Fraction(1, 2))
    both = list(dict.fromkeys(money(value, True) + money(Fraction(with_tip, n), True)))
    return (f"Add {art(p)} {p}% tip to this and split it {n} ways. How much does each of us pay?",
            [both], recipe)


@family
def mine_plus_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["pub", "cafe", "bakery"]), count=(3, 5))
    name, cents = rng.choice(lines)
    n = rng.randint(2, 4)
    rest = Fraction(total(lines) - cents, n)
    return (f"The {low(name)} was mine alone; everything else we share equally between {n} "
            f"of us (me included). What's my share of this bill?",
            [money(cents + rest, True)], recipe)


@family
def reimburse_cap(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=500)
    cap = rng.choice([20, 25, 30, 40])
    if total(lines) <= cap * 100 + 50:
        return None
    return (f"Work only reimburses up to {cur}{cap} for meals. How much of this receipt do I "
            "have to cover myself?", [money(total(lines) - cap * 100, True)], recipe)


@family
def named_gap(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    (a, ca), (b, cb) = sorted(rng.sample(lines, 2), key=lambda x: -x[1])
    text = rng.choice([f"How much more was the {low(a)} than the {low(b)}?",
                       f"difference in price between the {low(b)} and the {low(a)}?"])
    return text, [money(ca - cb, True)], recipe


@family
def afford_how_many(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=150, hi=1500)
    name, cents = rng.choice(lines)
    budget = rng.choice([20, 30, 40, 50])
    n = budget * 100 // cents
    if n > 12 or budget * 100 % cents == 0:
        return None
    return (f"At the price on this receipt, how many {low(name)} could I buy with "
            f"{cur}{budget}?", [count(n)], recipe)


@family
def gift_card(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=400)
    card = rng.choice([10, 15, 20, 25])
    if total(lines) <= card * 100 + 100:
        return None
    return (f"I used a {cur}{card} gift card on this and paid the rest by card. How much went "
            "on my card?", [money(total(lines) - card * 100, True)], recipe)


@family
def round_up_give(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    t = total(lines)
    if t % 100 == 0:
        return None
    gift = 100 - t % 100
    return ("The till asked if I want to round up to the next whole amount for charity. How "
            "much would the donation be?", [money(gift, True)], recipe)


@family
def middle_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    if len(lines) % 2 == 0:
        return None
    cs = sorted(c for _, c in lines)
    return ("What's the median item price on this receipt?", [money(cs[len(cs) // 2], True)],
            recipe)


@family
def minus_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    return ("The cheapest thing on here was a freebie they charged by mistake. What should I "
            "have paid?", [money(total(lines) - min(c for _, c in lines), True)], recipe)


@family
def two_dearest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    cs = sorted((c for _, c in lines), reverse=True)
    return ("What do the two most expensive items on this receipt add up to?",
            [money(cs[0] + cs[1], True)], recipe)


@family
def second_dearest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name = sorted(lines, key=lambda x: -x[1])[1][0]
    return ("Which item was the second most expensive on this receipt?", [[low(name)]], recipe)


@family
def count_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 9))
    cut = rng.choice([4, 6, 8, 10, 12, 15, 18])
    n = sum(c > cut * 100 for _, c in lines)
    if any(abs(c - cut * 100) < 20 for _, c in lines):
        return None
    return (f"How many things on this receipt cost more than {cur}{cut}?", [count(n)], recipe)


@family
def sum_under(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 6))
    cut = rng.choice([5, 8, 10, 12])
    under = [c for _, c in lines if c < cut * 100]
    if not under or any(abs(c - cut * 100) < 20 for _, c in lines):
        return None
    return (f"Add up just the items under {cur}{cut} on this receipt.",
            [money(sum(under), True)], recipe)


@family
def which_at_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    return (f"Which item on this receipt was {cur}{cents / 100:.2f}?", [[low(name)]], recipe)


@family
def hours_to_earn(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=500)
    wage = rng.choice([12, 14, 15, 16, 18, 20, 22])
    value = Fraction(total(lines), 100 * wage)
    return (f"I earn {cur}{wage} an hour. How many hours of work is this receipt? One decimal.",
            [number(value, 1)], recipe)


@family
def double_up(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 4), kind=rng.choice(["bakery", "cafe", "grocer"]))
    k = rng.choice([2, 3])
    word = {2: "double", 3: "triple"}[k]
    return (f"Party next week so I need to {word} this exact order. What will it cost?",
            [money(total(lines) * k, True)], recipe)


@family
def vs_last_time(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    before = total(lines) - rng.randint(150, 900)
    if before < 100:
        return None
    return (f"last time I shopped there it came to {cur}{before / 100:.2f}. how much more did "
            "I spend this time?", [money(total(lines) - before, True)], recipe)


@family
def two_notes(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), hi=1900)
    note = rng.choice([10, 20])
    k = math.ceil((total(lines) + 1) / (note * 100))
    if k > 5:
        return None
    return (f"I paid with {EN[k]} {cur}{note} notes. What change should I get back?",
            [money(k * note * 100 - total(lines), True)], recipe)


@family
def half_off_one(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    p = rng.choice([20, 25, 50])
    value = Fraction(total(lines)) - Fraction(cents * p, 100)
    return (f"The {low(name)} was meant to be {p}% off but rang up full price. What should the "
            "total have been?", [money(value, True)], recipe)


@family
def discount_then_tax(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    d, t = rng.choice([10, 15, 20]), rng.choice([5, 7, 8, 10])
    value = Fraction(total(lines) * (100 - d) * (100 + t), 10000)
    # a till rounds the discounted amount to the cent before adding tax: accept that too
    cut = math.floor(Fraction(total(lines) * (100 - d), 100) + Fraction(1, 2))
    both = money(value, True) + money(Fraction(cut * (100 + t), 100), True)
    return (f"Take {d}% off this total, then add {t}% tax on the discounted amount. What's "
            "the final figure?", [list(dict.fromkeys(both))], recipe)


@family
def yearly_from_monthly(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["pet", "grocer"]), count=(2, 4))
    return ("I buy this lot once a month. what's that per year?",
            [money(total(lines) * 12, True)], recipe)


@family
def overcharged(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=300)
    name, cents = rng.choice(lines)
    shelf = cents - rng.randint(20, 200)
    return (f"The shelf label said the {low(name)} was {cur}{shelf / 100:.2f}. How much was I "
            "overcharged?", [money(cents - shelf, True)], recipe)


@family
def half_each(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 6))
    who = rng.choice(["my flatmate", "my partner", "my brother"])
    return (f"{who} and I go halves on this. What does each of us owe?",
            [money(Fraction(total(lines), 2), True)], recipe)


@family
def to_yen(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="$")
    rate = rng.choice([148, 150, 152, 155, 157])
    value = Fraction(total(lines) * rate, 100)
    return (f"Going to Japan, roughly how much is this in yen at 1 USD = {rate} JPY? Round to "
            "the nearest yen.", [number(value, 0)], recipe)


@family
def one_taxable(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    t = rng.choice([5, 8, 10, 20])
    value = Fraction(cents * t, 100)
    return (f"Only the {low(name)} is taxed, at {t}%. How much tax is that on it?",
            [money(value, True)], recipe)


@family
def budget_share(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    budget = rng.choice([100, 150, 200, 250])
    forms = number(Fraction(total(lines), budget), 1)
    return (f"What percent of my {cur}{budget} monthly treat budget did this use up? "
            "1 decimal place", [forms + [f + "%" for f in forms]], recipe)


@family
def nearest_whole(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    t = total(lines)
    if abs(t % 100 - 50) < 3:
        return None
    whole = round(Fraction(t, 100))
    return (f"roughly how many {WORD[cur]} was this, to the nearest whole {WORD[cur][:-1]}?",
            [count(whole) if whole < 13 else [str(whole)]], recipe)


@family
def per_kilo(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="grocer", count=(3, 5))
    name, cents = rng.choice(lines)
    kg = rng.choice(["1.5", "2", "2.5", "0.5", "0.75", "3"])
    value = Fraction(cents, 100) / Fraction(kg)
    return (f"The {low(name)} was {kg} kg. What did that work out per kilo?",
            [money(value)], recipe)


@family
def paid_difference(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5))
    paid = total(lines) + rng.randint(100, 800)
    return (f"My friend gave me {cur}{paid / 100:.2f} for this whole receipt. How much extra did "
            "they give me?", [money(paid - total(lines), True)], recipe)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    vat_inside, net_of_vat, service_charge, tip_then_split, mine_plus_share, reimburse_cap,
    named_gap, afford_how_many, gift_card, round_up_give, middle_price, minus_cheapest,
    two_dearest, second_dearest, count_over, sum_under, which_at_price, hours_to_earn,
    double_up, vs_last_time, two_notes, half_off_one, discount_then_tax, yearly_from_monthly,
    overcharged, half_each, to_yen, one_taxable, budget_share, nearest_whole, per_kilo,
    paid_difference)]
