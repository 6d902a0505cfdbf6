"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 11: receipt sums."""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    b_change,
    b_convert,
    b_disc_amount,
    b_disc_total,
    b_split,
    b_tax_amount,
    b_tax_total,
    b_tip_amount,
    b_tip_split,
    b_tip_total,
    money,
    pct,
    receipt,
    words,
)
from bench.data.agents.helpers import Family


def b_shop(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    return r, [words(s["shop"])], s


def b_two(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 6))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    return r, [money(ca + cb, True)], {**s, "a": a.lower(), "b": b.lower()}


def b_all_but(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 6))
    a, ca = rng.choice(lines)
    return r, [money(s["total"] - ca, True)], {**s, "item": a.lower()}


def b_spread(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    cs = [c for _, c in lines]
    return r, [money(max(cs) - min(cs), True)], s


def b_average(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    return r, [money(Q(s["total"], len(lines)), True)], s


def b_times(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, ca = rng.choice(lines)
    k = rng.randint(2, 6)
    return r, [money(k * ca, True)], {**s, "item": a.lower(), "k": k, "kw": WORDS[k]}


def b_share(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, ca = rng.choice(lines)
    return r, [pct(Q(100 * ca, s["total"]))], {**s, "item": a.lower()}


def b_left(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    budget = (s["total"] // 1000 + rng.randint(1, 4)) * 10
    return r, [money(budget * 100 - s["total"], True)], {**s, "b": budget}


def b_over(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(4, 6), low=500)
    budget = (s["total"] // 1000 - rng.randint(0, 1)) * 10
    if budget <= 0 or budget * 100 >= s["total"]:
        raise Tie(0)
    return r, [money(s["total"] - budget * 100, True)], {**s, "b": budget}


TEMPLATES_11 = {
    "tip_total_short": (
        b_tip_total,
        "total with a {p}% tip?",
        "add {p}% tip to this, what do I pay",
        "whats this plus {p} percent tip",
    ),
    "tip_total_polite": (
        b_tip_total,
        "We'd like to leave a {p}% tip on this bill. What's the total including the tip?",
        "If I tip {p}% on top of this receipt, what will I pay in all? Round to the cent.",
    ),
    "tip_amount": (
        b_tip_amount,
        "how much is a tip of {p}% on this?",
        "What would tipping {p}% on this bill come to (just the tip)?",
    ),
    "tip_amount_2": (
        b_tip_amount,
        "I always tip {p} percent. how much tip should I leave for this one?",
        "tip at {p}% on this receipt - how much is the tip alone, to the cent?",
    ),
    "tax_total": (
        b_tax_total,
        "these prices are before tax. with {p}% sales tax what's the total?",
        "Add {p}% tax to this receipt's total please - what do I owe?",
    ),
    "tax_total_2": (
        b_tax_total,
        "Total after {p}% tax?",
        "what's the receipt total once {p}% tax is added on top, to the cent",
    ),
    "tax_amount": (
        b_tax_amount,
        "How much would {p}% tax on this total be?",
        "if tax is {p}% on top of this receipt how much is the tax itself",
    ),
    "disc_total": (
        b_disc_total,
        "I have a {p}% off coupon for the whole receipt. What do I pay now?",
        "what's this total after {p}% off?",
    ),
    "disc_total_2": (
        b_disc_total,
        "staff discount is {p}% off everything - how much would this have been with it?",
        "Take {p} percent off the total on this receipt. New total?",
    ),
    "disc_amount": (
        b_disc_amount,
        "how much do I save with {p}% off this receipt?",
        "With a {p}% discount on the total, what's the saving in {cw}?",
    ),
    "split_short": (
        b_split,
        "split this {n} ways",
        "what's each share if {nw} of us split this evenly?",
        "divide the total by {n} pls",
    ),
    "split_polite": (
        b_split,
        (
            "There were {n} of us at {shop}. If we split this receipt "
            "equally, how much does each person pay?"
        ),
        (
            "Could you work out an even split of this bill between "
            "{n} people (everyone pays the same)?"
        ),
    ),
    "tip_split": (
        b_tip_split,
        "Add a {p}% tip and split the whole thing between {n} people. How much each?",
        "{n} of us, {p}% tip on top, even split - what does each person pay?",
    ),
    "convert_short": (
        b_convert,
        "this total in {to}? 1 {code} = {rate} {to}",
        "convert the total to {to} at {rate} {to} per {code}",
    ),
    "convert_polite": (
        b_convert,
        "I paid this abroad. Using 1 {code} = {rate} {to}, how much is the total in {to}?",
        "My card uses a rate of {rate} {to} for 1 {code}. What did this receipt cost me in {to}?",
    ),
    "change": (
        b_change,
        "I paid with a {paid} note, how much change should I get?",
        "Handed over {paid} {cw} for this. What's my change?",
    ),
    "change_2": (
        b_change,
        "paid {cur}{paid} cash. change?",
        "If I give them a {paid} {cw} bill, how much comes back to me?",
    ),
    "shop_name": (
        b_shop,
        "what shop is this receipt from?",
        "Which store is this from? I need the name for my records",
    ),
    "two_items": (
        b_two,
        "how much were the {a} and the {b} together?",
        "The {a} and {b} were for my flatmate - what does she owe me for them?",
    ),
    "all_but": (
        b_all_but,
        "everything except the {item} is a work expense - how much is that?",
        "What's the total without the {item}?",
    ),
    "all_but_2": (
        b_all_but,
        "I'm returning the {item}. What's the receipt worth after the refund?",
        "if I take the {item} off, what does this come to",
    ),
    "spread": (
        b_spread,
        "how much more was the priciest item than the cheapest one?",
        "difference between the most and least expensive items on this receipt?",
    ),
    "average": (
        b_average,
        "what's the average price per item on this receipt?",
        "average cost of the items here? to the cent",
    ),
    "times": (
        b_times,
        "if I'd bought {k} of the {item} instead of one, what would they cost?",
        "what would {kw} of the {item} cost at the price on this receipt?",
    ),
    "share": (
        b_share,
        "what percent of the total was the {item}? one decimal",
        "The {item} is what share of this receipt, as a percentage to 1 decimal place?",
    ),
    "left": (
        b_left,
        "I had a budget of {b} {cw} for this shop. How much is left?",
        "budget was {cur}{b}. whats left after this receipt",
    ),
    "over": (
        b_over,
        "I meant to spend only {cur}{b} here. How much over did I go?",
        "by how much does this receipt go over my {b} {cw} limit?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_11.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
