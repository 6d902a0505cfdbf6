"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 5: receipts, shares."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    CODE,
    EN,
    WORD,
    Made,
    cnt,
    family,
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

BACK = {"$": [("EUR", "1.09"), ("GBP", "1.27"), ("CAD", "0.73")],
        "€": [("USD", "0.86"), ("GBP", "1.16"), ("CHF", "1.06")],
        "£": [("USD", "0.79"), ("EUR", "0.86"), ("AUD", "0.52")]}


@family
def first_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What's the first item on this receipt and how much was it?",
                       "top line of the receipt - what is it and what did it cost?"])
    return text, [words(lines[0][0]), money(lines[0][1], True)], recipe


@family
def last_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    text = rng.choice(["What's the last thing listed before the total, and its price?",
                       "bottom item on here (not the total) + price?"])
    return text, [words(lines[-1][0]), money(lines[-1][1], True)], recipe


@family
def line_after(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    i = rng.randrange(len(lines) - 1)
    text = rng.choice([f"What's the item listed right after the {lc(lines[i][0])}?",
                       f"which line comes just below the {lc(lines[i][0])} on this receipt?"])
    return text, [words(lines[i + 1][0])], recipe


@family
def under_count_sum(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(4, 7))
    cut = rng.choice([3, 5, 8, 10, 12])
    low = [c for _, c in lines if c < cut * 100]
    if not low:
        return None
    text = (f"How many items were under {cur}{cut}, and what did those ones cost altogether?")
    return text, [cnt(len(low)), money(sum(low), True)], recipe


@family
def half_price_error(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    text = rng.choice([f"The {lc(name)} was meant to be half price but they charged full. "
                       "How much was I overcharged?",
                       f"{lc(name)} should've been 50% off. refund due?"])
    return text, [money(F(c, 2), True)], recipe


@family
def shelf_price(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    name, c = rng.choice(lines)
    shelf = c - rng.randint(10, min(300, c - 1))
    text = rng.choice([f"The shelf said {cur}{shelf / 100:.2f} for the {lc(name)}. How much "
                       "extra did the till charge me?",
                       f"{lc(name)} was labelled {shelf / 100:.2f} - what's the difference vs "
                       "the receipt?"])
    return text, [money(c - shelf, True)], recipe


@family
def price_match(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    r = rate(rng, (5, 10, 15, 20, 25))
    text = (f"Another store sells the {lc(name)} for {show(r)}% less than I paid. What's their "
            "price?")
    return text, [money(c * (1 - r / 100), True)], recipe


@family
def avg_of_two(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    (a, ca), (b, cb) = rng.sample(lines, 2)
    if (ca + cb) % 2:
        text = f"Average price of the {lc(a)} and the {lc(b)}? Round to the cent."
    else:
        text = f"What's the mean of the {lc(a)} and {lc(b)} prices?"
    return text, [money(F(ca + cb, 2), True)], recipe


@family
def coupon_over(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6))
    off, m = rng.choice([(5, 30), (10, 50), (5, 25), (15, 75), (10, 40), (20, 100)])
    t = tot(lines)
    text = (f"I have a coupon: {cur}{off} off when you spend {cur}{m} or more. What would this "
            "receipt come to with it?")
    return text, [money(t - off * 100 if t >= m * 100 else t, True)], recipe


@family
def gift_card(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(2, 5))
    t = tot(lines)
    g = rng.choice([10, 20, 25, 30, 50, 75, 100])
    if g * 100 > t:
        text = f"I paid for all this with a {cur}{g} gift card. What's left on the card?"
        return text, [money(g * 100 - t, True)], recipe
    text = f"I used a {cur}{g} gift card and paid the rest by card. How much went on my card?"
    return text, [money(t - g * 100, True)], recipe


@family
def tip_round_up(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="restaurant")
    r = rate(rng, (10, 15, 18, 20))
    withtip = F(tot(lines), 100) * (1 + r / 100)
    text = (f"Add a {show(r)}% tip and then round the whole thing up to the next whole "
            f"{WORD[cur][:-1]}. What do I pay?")
    return text, [money(math.ceil(withtip))], recipe


@family
def mine_plus_half(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]), n=(4, 6))
    name, c = rng.choice(lines)
    text = (f"The {lc(name)} was just mine; everything else we share 50/50. What's my part of "
            "the bill?")
    return text, [money(c + F(tot(lines) - c, 2), True)], recipe


@family
def one_item_taxed(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["grocery", "pharmacy"]))
    name, c = rng.choice(lines)
    r = rate(rng, (5, 7, 8, 10, 13, 20))
    text = (f"Only the {lc(name)} gets {show(r)}% tax, the rest is tax-free. What's the total "
            "with tax?")
    return text, [money(tot(lines) + c * r / 100, True)], recipe


@family
def budget_used(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    b = rng.choice([40, 50, 60, 75, 80, 100, 120, 150, 200])
    if tot(lines) > b * 100:
        return None
    text = rng.choice([f"My weekly food budget is {cur}{b}. What % of it did this use? (1 dp)",
                       f"this receipt is what percent of a {b} {WORD[cur]} budget? one decimal"])
    return text, [pct(F(tot(lines), b), 1)], recipe


@family
def buy_twice(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    k = rng.randint(2, 4)
    word = {2: "double", 3: "triple", 4: "four times"}[k]
    text = rng.choice([f"For the party I need {word} everything on this receipt. Cost?",
                       f"If I buy {EN[k]} of each item here, what's the total?"])
    return text, [money(tot(lines) * k, True)], recipe


@family
def per_person_day(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="grocery", n=(4, 7))
    p, d = rng.randint(2, 5), rng.randint(2, 7)
    text = (f"This shop fed {p} of us for {d} days. Cost per person per day, to the cent?")
    return text, [money(F(tot(lines), p * d), True)], recipe


@family
def nearest_whole(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    t = tot(lines)
    if abs(t % 100 - 50) < 2:
        return None
    text = rng.choice([f"Roughly how much was this, to the nearest whole {WORD[cur][:-1]}?",
                       "total rounded to the nearest whole number?"])
    return text, [[str(round(F(t, 100))), f"{round(F(t, 100))}.00"]], recipe


@family
def total_cents(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    text = (f"My budgeting app wants the {lc(name)} in cents (pence), whole number. "
            "What do I enter?")
    return text, [num(c)], recipe


@family
def swap_cheaper(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, lo=500)
    _name, c = top(lines)
    alt = rng.randint(100, c - 100)
    text = (f"If I'd bought the own-brand version of the priciest item at {cur}{alt / 100:.2f} "
            "instead, what would the total have been?")
    return text, [money(tot(lines) - c + alt, True)], recipe


@family
def employer_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["books", "hardware", "pharmacy"]))
    r = rate(rng, (25, 40, 50, 60, 75, 80))
    text = rng.choice([f"Work pays {show(r)}% of this. How much do I pay myself?",
                       f"my employer covers {show(r)} percent - what's my share?"])
    return text, [money(tot(lines) * (1 - r / 100), True)], recipe


@family
def pay_in_three(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["hardware", "books", "pets"]), n=(4, 6))
    k = rng.choice([3, 4, 6])
    text = rng.choice([f"If I pay this in {k} equal interest-free instalments, how much is each?",
                       f"pay in {k}: what's each payment on this receipt?"])
    return text, [money(F(tot(lines), k), True)], recipe


@family
def card_interest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 6))
    r = rate(rng, (1.5, 2, 1.75, 2.5, 1.25))
    m = rng.randint(2, 4)
    text = (f"If this sits on my credit card for {m} months at {show(r)}% a month, compounded "
            "monthly, what will I owe?")
    return text, [money(tot(lines) * (1 + r / 100) ** m, True)], recipe


@family
def diff_two(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    (a, ca), (b, cb) = rng.sample(lines, 2)
    text = rng.choice([f"How much more did the {lc(a)} cost than the {lc(b)}?",
                       f"price difference between {lc(a)} and {lc(b)}?"])
    if ca < cb and "more" in text:
        text = f"How much cheaper was the {lc(a)} than the {lc(b)}?"
    return text, [money(abs(ca - cb), True)], recipe


@family
def percent_more(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    (a, ca), (b, cb) = rng.sample(lines, 2)
    if ca <= cb:
        (a, ca), (b, cb) = (b, cb), (a, ca)
    text = f"The {lc(a)} cost what percent more than the {lc(b)}? One decimal place."
    return text, [pct(F(100 * (ca - cb), cb), 1)], recipe


@family
def which_dearer(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    name, _ = top(lines)
    rest = [x for x in lines if x[0] != name]
    skip, _ = rng.choice(rest)
    left = [x for x in lines if x[0] != skip]
    best = sorted(left, key=lambda x: -x[1])[1]
    text = (f"Leaving out the most expensive item and the {lc(skip)}, which item cost the most, "
            "and how much was it?")
    return text, [words(best[0]), money(best[1], True)], recipe


@family
def pricier_than(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 7))
    name, c = rng.choice(lines)
    k = sum(x > c for _, x in lines)
    text = f"How many items cost more than the {lc(name)}, and which is the most expensive?"
    return text, [cnt(k), words(top(lines)[0])], recipe


@family
def pounds_weight(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="grocery")
    name, c = rng.choice(lines)
    lb = rng.choice([1, 2, 3, 1.5, 2.5, 4, 5])
    text = (f"The {lc(name)} was {lb:g} lb. What's the price per kg? Use 1 lb = 0.4536 kg, round "
            "to the cent.")
    return text, [money(F(c, 100) / (F(str(lb)) * F("0.4536")))], recipe


@family
def reverse_rate(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    code, r = rng.choice(BACK[cur])
    text = (f"I need this total in {code}. The rate I have is 1 {code} = {r} {CODE[cur]}. "
            "To 2 decimals?")
    return text, [money(F(tot(lines), 100) / F(r))], recipe


@family
def tip_to_round(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="restaurant")
    t = tot(lines)
    goal = (t // 500 + rng.randint(1, 2)) * 5
    text = (f"I want to leave {cur}{goal} in total. How much tip is that, and what percent of "
            "the bill? (1 dp)")
    return text, [money(goal * 100 - t, True), pct(F(100 * (goal * 100 - t), t), 1)], recipe


@family
def tip_percent_paid(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind=rng.choice(["restaurant", "cafe"]))
    t = tot(lines)
    paid = t + rng.randint(100, t // 3 + 101)
    text = (f"I paid {cur}{paid / 100:.2f} including tip. What percentage tip did I leave? "
            "One decimal.")
    return text, [pct(F(100 * (paid - t), t), 1)], recipe


@family
def split_ratio(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    a, b = rng.choice([(2, 1), (3, 1), (3, 2), (1, 2), (1, 3), (2, 3)])
    text = (f"My flatmate and I split shopping in the ratio {a}:{b} (me first). What's my share "
            "of this receipt?")
    return text, [money(F(tot(lines) * a, a + b), True)], recipe


@family
def kids_half(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant", n=(4, 6))
    adults, kids = rng.randint(2, 4), rng.randint(1, 3)
    text = (f"There were {adults} adults and {kids} kids. Kids pay half an adult share. How much "
            "does each adult pay?")
    return text, [money(F(tot(lines), 100) / (adults + F(kids, 2)))], recipe


@family
def restock_fee(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["hardware", "books", "pets"]))
    name, c = rng.choice(lines)
    r = rate(rng, (10, 15, 20, 25))
    text = (f"If I return the {lc(name)} they keep a {show(r)}% restocking fee. How much will I "
            "get back?")
    return text, [money(c * (1 - r / 100), True)], recipe


@family
def three_named(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 6))
    picks = rng.sample(lines, 3)
    names = ", ".join(lc(n) for n, _ in picks[:2]) + f" and {lc(picks[2][0])}"
    text = rng.choice([f"Add up the {names} for me.", f"what did the {names} come to?"])
    return text, [money(sum(c for _, c in picks), True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    first_line, last_line, line_after, under_count_sum, half_price_error, shelf_price,
    price_match, avg_of_two, coupon_over, gift_card, tip_round_up, mine_plus_half,
    one_item_taxed, budget_used, buy_twice, per_person_day, nearest_whole, total_cents,
    swap_cheaper, employer_share, pay_in_three, card_interest, diff_two, percent_more,
    which_dearer, pricier_than, pounds_weight, reverse_rate, tip_to_round, tip_percent_paid,
    split_ratio, kids_half, restock_fee, three_named)]
