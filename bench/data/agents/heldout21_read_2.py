"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 2: receipt extras."""

from __future__ import annotations

import random

from bench.data.agents.heldout21_read import (
    WORDS,
    Built,
    F,
    Q,
    Tie,
    money,
    num,
    pct,
    receipt,
    words,
)
from bench.data.agents.helpers import Family


def b_coupon(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(3, 6), low=300)
    c = rng.choice([2, 3, 5, 7.5, 10])
    if c * 100 >= s["total"]:
        raise Tie(c)
    return r, [money(s["total"] - Q(c) * 100, True)], {**s, "c": f"{c:g}"}


def b_weekdays(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(1, 3), low=150, high=900)
    w = rng.choice([2, 3, 4])
    return r, [money(s["total"] * 5 * w, True)], {**s, "w": w, "d": 5 * w}


def b_points(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    k = rng.choice([1, 2, 3, 5, 10])
    return r, [num(k * (s["total"] // 100))], {**s, "k": k}


def b_vat_in(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    v = rng.choice([5, 10, 15, 19, 20, 21, 23])
    return r, [money(Q(s["total"] * v, 100 + v), True)], {**s, "v": v}


def b_net(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    v = rng.choice([5, 10, 15, 19, 20, 21, 23])
    return r, [money(Q(s["total"] * 100, 100 + v), True)], {**s, "v": v}


def b_roundup(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    if s["total"] % 100 == 0:
        raise Tie(0)
    return r, [money(100 - s["total"] % 100, True)], s


def b_half(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, c = rng.choice(lines)
    return r, [money(Q(c, 2), True)], {**s, "item": a.lower()}


def b_top_two(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 6))
    cs = sorted((c for _, c in lines), reverse=True)
    return r, [money(cs[0] + cs[1], True)], s


def b_no_cheap(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 6))
    return r, [money(s["total"] - min(c for _, c in lines), True)], s


def b_diff(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    (a, ca), (b, cb) = rng.sample(lines, 2)
    return r, [money(abs(ca - cb), True)], {**s, "a": a.lower(), "b": b.lower()}


def b_which(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, c = rng.choice(lines)
    return r, [words(a)], {**s, "price": f"{s['cur']}{c / 100:.2f}"}


def b_return_two(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(4, 6))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    return r, [money(s["total"] - ca - cb, True)], {**s, "a": a.lower(), "b": b.lower()}


def b_delivery(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    d = rng.choice(["2.99", "3.50", "4.95", "5", "6.49"])
    return r, [money(s["total"] + Q(d) * 100, True)], {**s, "d": d}


def b_tip_pct(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, low=400)
    t = rng.choice([2, 3, 4, 5, 6, 8, 10])
    if t * 100 * 2 > s["total"]:
        raise Tie(t)
    return r, [pct(Q(t * 10000, s["total"]))], {**s, "t": t}


def b_weekly_year(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(1, 3), low=150, high=1500)
    return r, [money(s["total"] * 52, True)], s


def b_monthly(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(2, 4))
    k = rng.choice([2, 3, 4])
    return r, [money(s["total"] * k * 12, True)], {**s, "k": k, "kw": WORDS[k]}


def b_over_x(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(4, 7))
    x = rng.choice([5, 8, 10, 12, 15])
    if sum(1 for _, c in lines if c > x * 100) == 0:
        raise Tie(x)
    return r, [money(sum(c for _, c in lines if c > x * 100), True)], {**s, "x": x}


def b_first(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    return r, [words(lines[0][0]), money(lines[0][1], True)], s


def b_last(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    return r, [words(lines[-1][0]), money(lines[-1][1], True)], s


def b_pair_share(rng: random.Random) -> Built:
    r, lines, s = receipt(rng, n=(3, 6))
    a, ca = rng.choice(lines)
    n = rng.randint(2, 4)
    return r, [money(Q(s["total"] - ca, n), True)], {**s, "item": a.lower(), "n": n}


def b_disc_item(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, ca = rng.choice(lines)
    p = rng.choice([10, 20, 25, 30, 50])
    return r, [money(s["total"] - Q(ca * p, 100), True)], {**s, "item": a.lower(), "p": p}


def b_budget_pct(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    b = (s["total"] // 1000 + rng.randint(1, 5)) * 10
    return r, [pct(Q(s["total"], b))], {**s, "b": b}


def b_tip_round(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    p = rng.choice([10, 15, 20])
    whole = -(-s["total"] * (100 + p) // 10000)
    return r, [money(whole * 100, True)], {**s, "p": p}


def b_cents_each(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng, n=(2, 4))
    n = rng.randint(3, 8)
    return r, [money(s["total"] * n, True)], {**s, "n": n}


def b_gift(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    g = rng.choice([10, 15, 20, 25])
    if g * 100 >= s["total"]:
        raise Tie(g)
    return r, [money(s["total"] - g * 100, True)], {**s, "g": g}


def b_per_unit(rng: random.Random) -> Built:
    r, lines, s = receipt(rng)
    a, ca = rng.choice(lines)
    k = rng.choice([2, 3, 4, 6, 8, 12])
    return r, [money(Q(ca, k), True)], {**s, "item": a.lower(), "k": k}


TEMPLATES_2 = {
    "coupon": (
        b_coupon,
        "I've got a {c} {cw} off voucher. What's this receipt after it?",
        "total minus a {cur}{c} coupon?",
    ),
    "weekdays": (
        b_weekdays,
        "I buy exactly this every weekday. What does it cost me over {w} weeks?",
        "same order every working day for {d} days - how much is that altogether?",
    ),
    "points": (
        b_points,
        "The shop gives {k} points per whole {unit} spent. How many points did this earn?",
        "{k} loyalty points for each full {cur}1 - how many points on this receipt?",
    ),
    "vat_inside": (
        b_vat_in,
        "The total includes {v}% VAT. How much of it is VAT?",
        "prices on here include {v}% vat - how much vat did I pay?",
    ),
    "net_of_vat": (
        b_net,
        "The total includes {v}% VAT. What's the amount before VAT?",
        "Can you work out the net (ex-VAT) figure? VAT is {v}% and already included.",
    ),
    "round_up": (
        b_roundup,
        (
            "my bank rounds each purchase up to the next whole {unit} and saves the "
            "difference. how much went to savings from this one?"
        ),
        "How much would I need to add to make this total a round number (next whole {unit})?",
    ),
    "half_refund": (
        b_half,
        (
            "The {item} was meant to be half price but I was "
            "charged full. How much should they refund?"
        ),
        "shop owes me half the {item} price back - how much is that?",
    ),
    "top_two": (
        b_top_two,
        "what do the two most expensive items add up to?",
        "Add up the two priciest things on this receipt for me",
    ),
    "no_cheapest": (
        b_no_cheap,
        "buy 3 get the cheapest free - what's the total if the cheapest item is free?",
        "if they'd knocked off the cheapest item, what would I have paid?",
    ),
    "diff_two": (
        b_diff,
        (
            "how much more expensive was the {a} than the {b}, or "
            "the other way round? just the difference"
        ),
        "What's the price difference between the {a} and the {b}?",
    ),
    "which_costs": (
        b_which,
        "which item was {price}?",
        "What did I buy that cost {price} on this receipt?",
    ),
    "return_two": (
        b_return_two,
        "Taking back the {a} and the {b}. What will the receipt total be after?",
        "if I return {a} and {b}, what's left of this bill",
    ),
    "delivery": (
        b_delivery,
        "They add a {cur}{d} delivery fee to this order. What's the final total?",
        "total plus {d} {cw} delivery?",
    ),
    "tip_percent": (
        b_tip_pct,
        "I left {t} {cw} as a tip on this bill. What percentage is that (1 decimal)?",
        "what % tip was {cur}{t} on this receipt, to one decimal place",
    ),
    "weekly_year": (
        b_weekly_year,
        "I get this every week. How much is that over a year (52 weeks)?",
        "same shop every week for 52 weeks - yearly cost?",
    ),
    "monthly": (
        b_monthly,
        "I do this shop {kw} times a month. What does it cost over a year of 12 months?",
        "{k}x a month, 12 months - yearly total for this receipt?",
    ),
    "over_x": (
        b_over_x,
        "add up everything on this receipt that costs more than {x} {cw}",
        "What's the sum of just the items priced over {cur}{x}?",
    ),
    "first_line": (
        b_first,
        "what's the first item on this receipt and how much was it?",
        "read me the top line of this receipt - item and price",
    ),
    "last_line": (
        b_last,
        "What's the last item listed and its price?",
        "bottom item on this receipt + price?",
    ),
    "shared_rest": (
        b_pair_share,
        (
            "The {item} was mine; the rest we split evenly between {n} "
            "people. What's each share of the rest?"
        ),
        "leave out the {item} and divide the remaining total by {n} - how much each?",
    ),
    "disc_item": (
        b_disc_item,
        "The {item} should have had {p}% off. What should the total have been?",
        "with {p}% off just the {item}, what's the new receipt total?",
    ),
    "budget_pct": (
        b_budget_pct,
        "My weekly budget is {b} {cw}. What percentage of it did this receipt use? 1 dp",
        "what % of my {cur}{b} budget is this total (one decimal)?",
    ),
    "tip_round": (
        b_tip_round,
        "Add {p}% tip and round up to the next whole {unit}. What do I pay?",
        "{p}% tip then round up to a whole number - final amount?",
    ),
    "times_whole": (
        b_cents_each,
        "I need to buy this exact receipt for {n} classrooms. Total cost?",
        "what's {n} times this receipt's total?",
    ),
    "gift_card": (
        b_gift,
        "I used a {cur}{g} gift card on this. How much did I pay on my card after it?",
        "gift card covered {cur}{g}. remaining amount?",
    ),
    "per_unit": (
        b_per_unit,
        "The {item} was a pack of {k}. How much is that per piece?",
        "{item} came in a {k}-pack - price each?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_2.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
