"""Round 16 multi-part families (``L_m_*``, dev now) on an attached image: a receipt's total or
items with a conversion or arithmetic, a sign read and then used, a screenshot's figures
converted, and an image read alongside an unrelated calculation. ``IMAGE`` also gathers
``heldout16_multi_image_3``."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    F,
    Family,
    convert,
    eur,
    fam,
    forms,
    gbp,
    random,
    receipt,
    root,
    safe,
    two_roots,
    usd,
)

HERE: list[Family] = []
add = fam(HERE)


def _total(rng: random.Random):
    recipe, total, goods = receipt(rng)
    return recipe, total, goods


# --- receipts ---------------------------------------------------------------------------


@add
def receipt_total_euro_chatty(rng: random.Random):  # a trip abroad: total, then euros
    recipe, total, _ = _total(rng)
    e = convert(total, "USD", "EUR")
    if not safe(total, e):
        return None
    return ("just back from the states, found this receipt in my pocket. how much was it and "
            "what's that in euros?", [usd(total), eur(e)], {"image": recipe})


@add
def receipt_pounds_terse(rng: random.Random):  # total and GBP, terse
    recipe, total, _ = _total(rng)
    g = convert(total, "USD", "GBP")
    if not safe(total, g):
        return None
    return "total on this + in GBP?", [usd(total), gbp(g)], {"image": recipe}


@add
def receipt_split_flatmates(rng: random.Random):  # split a shop between flatmates
    recipe, total, _ = _total(rng)
    n = rng.choice([3, 4, 5, 6])
    share = total / n
    if not safe(total, share):
        return None
    return (f"shopping receipt attached. what's the total, and what does each of us owe if "
            f"{n} of us split it evenly?", [usd(total), usd(share)], {"image": recipe})


@add
def receipt_tip_added(rng: random.Random):  # a tip on the bill, then the new total
    recipe, total, _ = _total(rng)
    p = rng.choice([12, 15, 18, 20, 22])
    tip = total * p / 100
    if not safe(total, tip, total + tip):
        return None
    return (f"Can you read the total off this bill, work out a {p}% tip, and tell me what I pay "
            "altogether?", [usd(total), usd(tip), usd(total + tip)], {"image": recipe})


@add
def receipt_priciest_euros(rng: random.Random):  # the dearest line, in euros
    recipe, _, goods = _total(rng)
    name, price = max(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[-2] == price:
        return None
    e = convert(price, "USD", "EUR")
    if not safe(price, e):
        return None
    return ("which thing on this receipt cost the most, and how much is that in euros?",
            [[name, name.lower()], eur(e)], {"image": recipe})


@add
def receipt_count_average(rng: random.Random):  # number of lines, average price
    recipe, total, goods = _total(rng)
    avg = total / len(goods)
    if not safe(avg):
        return None
    return ("how many different items did I buy here and what's the average price per item?",
            [[str(len(goods)), f"{len(goods)} items"], usd(avg)], {"image": recipe})


@add
def receipt_coupon_then_euros(rng: random.Random):  # subtract a voucher, then convert
    recipe, total, _ = _total(rng)
    off = rng.choice([2, 3, 5])
    if total <= off + 1:
        return None
    e = convert(total - off, "USD", "EUR")
    if not safe(total - off, e):
        return None
    return (f"I've got a ${off} voucher. after using it on this receipt how much do I pay, and "
            "what's that in euro?", [usd(total - off), eur(e)], {"image": recipe})


@add
def receipt_budget_left(rng: random.Random):  # change from a budget, share spent
    recipe, total, _ = _total(rng)
    budget = rng.choice([60, 80, 100, 120, 150])
    pc = total / budget * 100
    if not safe(total, pc):
        return None
    return (f"my weekly budget is ${budget}. going by this receipt, how much have I got left and "
            "what percent did I spend?", [usd(budget - total), [f"{v}%" for v in forms(pc)]],
            {"image": recipe})


@add
def receipt_tax_on_top(rng: random.Random):  # sales tax on the total
    recipe, total, _ = _total(rng)
    t = rng.choice([5, 6, 7, 8, 9])
    with_tax = total * (100 + t) / 100
    if not safe(total, with_tax):
        return None
    return (f"if {t}% sales tax gets added to the total on this receipt, what's the final "
            "amount? tell me the pre-tax total too", [usd(total), usd(with_tax)], {"image": recipe})


@add
def receipt_item_times(rng: random.Random):  # one item's price, bought several times
    recipe, _, goods = _total(rng)
    name, price = rng.choice(goods)
    k = rng.randint(3, 9)
    return (f"how much was the {name.lower()} on this receipt? I want to buy {k} more of them, "
            "what would that cost?", [usd(price), usd(price * k)], {"image": recipe})


@add
def receipt_expense_claim_gbp(rng: random.Random):  # expense claim: total in pounds and halved
    recipe, total, _ = _total(rng)
    g = convert(total, "USD", "GBP")
    if not safe(g, g / 2):
        return None
    return ("work trip receipt. my company reimburses half in GBP. what's the full amount in "
            "pounds and what will they pay me back?", [gbp(g), gbp(g / 2)], {"image": recipe})


@add
def receipt_two_cheapest(rng: random.Random):  # cheapest item and the difference to the dearest
    recipe, _, goods = _total(rng)
    prices = sorted(p for _, p in goods)
    if len(set(prices)) < len(prices):
        return None
    lo = min(goods, key=lambda g: g[1])
    return ("what was the cheapest thing on here, and how much more did the most expensive one "
            "cost than it?", [[lo[0], lo[0].lower()], usd(prices[-1] - prices[0])],
            {"image": recipe})


@add
def receipt_and_solve(rng: random.Random):  # a receipt total and an unrelated equation
    recipe, total, _ = _total(rng)
    r1, r2, p = two_roots(rng)
    return (f"two things: what's the total on the attached receipt, and can you solve {p} = 0 "
            "for my daughter's homework", [usd(total), root(r1), root(r2)], {"image": recipe})


@add
def receipt_monthly(rng: random.Random):  # a weekly shop, times four and a year
    recipe, total, _ = _total(rng)
    return ("this is what I spend on a typical weekly shop. what's that over 4 weeks and over a "
            "year (52 weeks)?", [usd(total * 4), usd(total * 52)], {"image": recipe})


@add
def receipt_round_up_donate(rng: random.Random):  # round up to the next dollar: the donation
    recipe, total, _ = _total(rng)
    up = F(-(-total.numerator // total.denominator))
    if up == total:
        return None
    return ("the shop rounds your bill up to the next whole dollar for charity. what was my "
            "receipt total, what do I pay, and how much goes to charity?",
            [usd(total), usd(up), usd(up - total)], {"image": recipe})


@add
def receipt_euro_and_gbp(rng: random.Random):  # both euros and pounds
    recipe, total, _ = _total(rng)
    e, g = convert(total, "USD", "EUR"), convert(total, "USD", "GBP")
    if not safe(total, e, g):
        return None
    return ("Convert this receipt's total to both euros and pounds sterling please.",
            [eur(e), gbp(g)], {"image": recipe})


@add
def receipt_without_item(rng: random.Random):  # total without one returned item
    recipe, total, goods = _total(rng)
    name, price = rng.choice(goods)
    return (f"I'm returning the {name.lower()}. what was the original total on this receipt and "
            "what would it have been without it?", [usd(total), usd(total - price)],
            {"image": recipe})


def _gather() -> list[Family]:
    from bench.data.agents.heldout16_multi_image_3 import IMAGE_3
    return [*HERE, *IMAGE_3]


IMAGE: list[Family] = _gather()
