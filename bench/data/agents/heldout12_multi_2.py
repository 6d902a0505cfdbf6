"""Round 12 multi-part families (``P_m_*``, dev now): a photo of a receipt, a sign or a
screenshot, with arithmetic, a conversion or an unrelated question in the same message."""

from __future__ import annotations

import random

from bench.data.agents.heldout12_multi_common import (
    MILE,
    F,
    Fraction,
    Item,
    forms,
    money,
    multi,
    rate,
    receipt,
    root,
    screenshot,
    sign,
    tie,
    two_roots,
    unit,
)
from bench.data.agents.helpers import Family


def usd(x: Fraction) -> list[str]:
    return money(x, "USD")


def ok(*values: Fraction) -> bool:
    return not any(tie(v) for v in values)


def p_m_rcpt_euros(rng: random.Random) -> Item:  # a receipt's total, in euros too
    recipe, total, _ = receipt(rng)
    eur = rate(total, "USD", "EUR")
    if not ok(eur):
        return p_m_rcpt_euros(rng)
    return multi("P_m_rcpt_euros", "what did this come to? and how much is that in euros",
                 [usd(total), money(eur, "EUR")], image=recipe)


def p_m_rcpt_split(rng: random.Random) -> Item:  # total split between friends
    recipe, total, _ = receipt(rng)
    n = rng.randint(2, 6)
    if not ok(total / n):
        return p_m_rcpt_split(rng)
    return multi("P_m_rcpt_split", f"Dinner receipt attached. There were {n} of us — what was "
                 "the total and what does each person owe?", [usd(total), usd(total / n)],
                 image=recipe)


def p_m_rcpt_tip(rng: random.Random) -> Item:  # a tip on the total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([10, 12, 15, 18, 20, 22])
    tip = total * pct / 100
    if not ok(tip, total + tip):
        return p_m_rcpt_tip(rng)
    return multi("P_m_rcpt_tip", f"want to leave {pct}% tip on this bill. how much is the tip "
                 "and what do i pay in total?", [usd(tip), usd(total + tip)], image=recipe)


def p_m_rcpt_pounds_half(rng: random.Random) -> Item:  # in pounds, then halved
    recipe, total, _ = receipt(rng)
    gbp = rate(total, "USD", "GBP")
    if not ok(gbp, gbp / 2):
        return p_m_rcpt_pounds_half(rng)
    return multi("P_m_rcpt_pounds_half", "Convert the total on this receipt to GBP, and tell "
                 "me half of it since my flatmate's paying the other half",
                 [money(gbp, "GBP"), money(gbp / 2, "GBP")], image=recipe)


def p_m_rcpt_priciest(rng: random.Random) -> Item:  # the dearest item, in euros
    recipe, _, goods = receipt(rng, (3, 4))
    name, price = max(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[-2] == price or not ok(rate(price, "USD", "EUR")):
        return p_m_rcpt_priciest(rng)
    return multi("P_m_rcpt_priciest", "whats the most expensive thing on this receipt and what "
                 "would it cost in euro?", [[name, name.upper()],
                                            money(rate(price, "USD", "EUR"), "EUR")],
                 image=recipe)


def p_m_rcpt_change(rng: random.Random) -> Item:  # change from a note
    recipe, total, _ = receipt(rng)
    note = 50 if total < 45 else 100
    return multi("P_m_rcpt_change", f"I handed over a ${note} note for this. What was the total "
                 "and how much change should I have got?", [usd(total), usd(note - total)],
                 image=recipe)


def p_m_rcpt_budget(rng: random.Random) -> Item:  # what's left of a weekly budget
    recipe, total, _ = receipt(rng)
    budget = rng.randint(10, 20) * 10
    return multi("P_m_rcpt_budget", f"my grocery budget this week is ${budget}. after this shop "
                 "how much is left? (also say what the receipt total was)",
                 [usd(budget - total), usd(total)], image=recipe)


def p_m_rcpt_tax(rng: random.Random) -> Item:  # sales tax on top of the total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([5, 6, 7, 8, 9])
    tax = total * pct / 100
    if not ok(tax, total + tax):
        return p_m_rcpt_tax(rng)
    return multi("P_m_rcpt_tax", f"these prices are before {pct}% sales tax. how much tax is "
                 "that, and the total with tax?", [usd(tax), usd(total + tax)], image=recipe)


def p_m_rcpt_yearly(rng: random.Random) -> Item:  # the same shop every week for a year
    recipe, total, _ = receipt(rng)
    if not ok(rate(total * 52, "USD", "GBP")):
        return p_m_rcpt_yearly(rng)
    return multi("P_m_rcpt_yearly", "I do this exact shop every week. What's it cost me over "
                 "52 weeks, and what's that in pounds sterling?",
                 [usd(total * 52), money(rate(total * 52, "USD", "GBP"), "GBP")], image=recipe)


def p_m_rcpt_two_items(rng: random.Random) -> Item:  # two named lines added, then in euros
    recipe, _, goods = receipt(rng, (3, 4))
    (a, pa), (b, pb) = goods[0], goods[1]
    eur = rate(pa + pb, "USD", "EUR")
    if not ok(eur):
        return p_m_rcpt_two_items(rng)
    return multi("P_m_rcpt_two_items", f"on this receipt, how much were the {a.lower()} and "
                 f"the {b.lower()} together? give me dollars and euros",
                 [usd(pa + pb), money(eur, "EUR")], image=recipe)


def p_m_rcpt_avg_item(rng: random.Random) -> Item:  # the total and the average line price
    recipe, total, goods = receipt(rng, (3, 4))
    avg = total / len(goods)
    if not ok(avg):
        return p_m_rcpt_avg_item(rng)
    return multi("P_m_rcpt_avg_item", "Total of this receipt please, and the average price per "
                 "item on it.", [usd(total), usd(avg)], image=recipe)


def p_m_rcpt_coupon(rng: random.Random) -> Item:  # a percentage coupon off the total
    recipe, total, _ = receipt(rng)
    pct = rng.choice([10, 15, 20, 25, 30])
    after = total * (100 - pct) / 100
    if not ok(after, total - after):
        return p_m_rcpt_coupon(rng)
    return multi("P_m_rcpt_coupon", f"if i'd used my {pct}% off coupon on this, what would i "
                 "have paid and how much would i have saved", [usd(after), usd(total - after)],
                 image=recipe)


def p_m_rcpt_terse_gbp(rng: random.Random) -> Item:  # terse: total, and in pounds
    recipe, total, _ = receipt(rng)
    gbp = rate(total, "USD", "GBP")
    if not ok(gbp):
        return p_m_rcpt_terse_gbp(rng)
    return multi("P_m_rcpt_terse_gbp", "total? in £ too", [usd(total), money(gbp, "GBP")],
                 image=recipe)


def p_m_rcpt_returned(rng: random.Random) -> Item:  # one item returned
    recipe, total, goods = receipt(rng, (3, 4))
    name, price = goods[-1]
    return multi("P_m_rcpt_returned", f"I took the {name.lower()} back to the shop. What does "
                 "this receipt come to without it, and what was the original total?",
                 [usd(total - price), usd(total)], image=recipe)


def p_m_rcpt_two_days_eur(rng: random.Random) -> Item:  # twice the order, in euros
    recipe, total, _ = receipt(rng)
    eur = rate(2 * total, "USD", "EUR")
    if not ok(eur):
        return p_m_rcpt_two_days_eur(rng)
    return multi("P_m_rcpt_two_days_eur", "Same order again tomorrow — how much will the two "
                 "days cost together, in dollars and in euros?",
                 [usd(2 * total), money(eur, "EUR")], image=recipe)


def p_m_rcpt_share_item(rng: random.Random) -> Item:  # one item's share of the total
    recipe, total, goods = receipt(rng, (2, 4))
    name, price = goods[0]
    pct = price / total * 100
    if not ok(pct):
        return p_m_rcpt_share_item(rng)
    return multi("P_m_rcpt_share_item", f"what percentage of this receipt was the "
                 f"{name.lower()}? and whats the total", [[f"{v}%" for v in forms(pct)] +
                                                         [f"{v} %" for v in forms(pct)] +
                                                         [f"{v} percent" for v in forms(pct)],
                                                         usd(total)], image=recipe)


def p_m_rcpt_work_hours(rng: random.Random) -> Item:  # hours of work the receipt cost
    recipe, total, _ = receipt(rng)
    wage = rng.choice([12, 14, 15, 16, 18, 20, 22, 25])
    hours = total / wage
    if not ok(hours):
        return p_m_rcpt_work_hours(rng)
    return multi("P_m_rcpt_work_hours", f"I make ${wage} an hour. How many hours did I have "
                 "to work to pay for what's on this receipt? Give the total too.",
                 [unit(hours, "hours", "hrs", "h"), usd(total)], image=recipe)


def p_m_rcpt_shop_total(rng: random.Random) -> Item:  # which shop, and the total in euros
    recipe, total, _ = receipt(rng)
    eur = rate(total, "USD", "EUR")
    if not ok(eur):
        return p_m_rcpt_shop_total(rng)
    shop = str(recipe["shop"])
    return multi("P_m_rcpt_shop_total", "which shop is this receipt from, and what's the total "
                 "converted into euros?", [[shop, shop.upper()], money(eur, "EUR")],
                 image=recipe)


def p_m_rcpt_euro_split(rng: random.Random) -> Item:  # euros, then split three or four ways
    recipe, total, _ = receipt(rng)
    n = rng.choice([3, 4])
    eur = rate(total, "USD", "EUR")
    if not ok(eur, eur / n):
        return p_m_rcpt_euro_split(rng)
    return multi("P_m_rcpt_euro_split", f"we're {n} people splitting this in euros. total in €"
                 " and each person's share?", [money(eur, "EUR"), money(eur / n, "EUR")],
                 image=recipe)


def p_m_rcpt_cheapest(rng: random.Random) -> Item:  # the cheapest line, in pounds
    recipe, _, goods = receipt(rng, (3, 4))
    name, price = min(goods, key=lambda g: g[1])
    gbp = rate(price, "USD", "GBP")
    if sorted(p for _, p in goods)[1] == price or not ok(gbp):
        return p_m_rcpt_cheapest(rng)
    return multi("P_m_rcpt_cheapest", "Which was the cheapest item I bought here, and how much "
                 "is it in British pounds?", [[name, name.upper()], money(gbp, "GBP")],
                 image=recipe)


def p_m_rcpt_and_solve(rng: random.Random) -> Item:  # a receipt and an unrelated solve
    recipe, total, _ = receipt(rng)
    r1, r2, p = two_roots(rng)
    return multi("P_m_rcpt_and_solve", f"two things: what's the total on this receipt, and "
                 f"can you solve {p} = 0", [usd(total), root(r1), root(r2)], image=recipe)


def p_m_rcpt_and_pounds_kg(rng: random.Random) -> Item:  # a receipt and an unrelated conversion
    recipe, total, _ = receipt(rng)
    lb = rng.randint(2, 40)
    kg = F(lb) * F(45359237, 10**8)
    if not ok(kg):
        return p_m_rcpt_and_pounds_kg(rng)
    return multi("P_m_rcpt_and_pounds_kg", f"how much was this shop? and unrelated but how "
                 f"many kg is {lb} lbs", [usd(total), unit(kg, "kg", "kilograms", "kilos")],
                 image=recipe)


def p_m_rcpt_instalments(rng: random.Random) -> Item:  # paid off in equal instalments, euros
    recipe, total, _ = receipt(rng, (3, 4), 900, 2400)
    n = rng.choice([3, 4, 6])
    eur = rate(total, "USD", "EUR") / n
    if not ok(eur, total / n):
        return p_m_rcpt_instalments(rng)
    return multi("P_m_rcpt_instalments", f"if I pay this off in {n} equal instalments, how much "
                 "is each one in dollars, and in euros?", [usd(total / n), money(eur, "EUR")],
                 image=recipe)


def p_m_sign_and_multiply(rng: random.Random) -> Item:  # read a sign, and a multiplication
    recipe, words = sign(rng)
    a, b = rng.randint(13, 99), rng.randint(13, 99)
    return multi("P_m_sign_and_multiply", f"what does this sign say? oh and what's {a} times "
                 f"{b}", [*([w] for w in words), [str(a * b), f"{a * b:,}"]], image=recipe)


def p_m_sign_and_solve(rng: random.Random) -> Item:  # read a sign, and a linear equation
    recipe, words = sign(rng)
    a, x, b = rng.randint(2, 9), rng.randint(-9, 20), rng.randint(1, 25)
    return multi("P_m_sign_and_solve", f"Please read me the text on this sign. Also solve "
                 f"{a}x - {b} = {a * x - b}.", [*([w] for w in words), root(x)], image=recipe)


def p_m_sign_and_feet(rng: random.Random) -> Item:  # read a sign, and metres to feet
    recipe, words = sign(rng)
    m = rng.randint(2, 60)
    ft = F(m) / F(3048, 10000)
    if not ok(ft):
        return p_m_sign_and_feet(rng)
    return multi("P_m_sign_and_feet", f"I can't make out this sign, what's it say? and how "
                 f"many feet is {m} metres?", [*([w] for w in words),
                                              unit(ft, "ft", "feet", "foot")], image=recipe)


def p_m_sign_and_percent(rng: random.Random) -> Item:  # read a sign, and a percentage
    recipe, words = sign(rng)
    pct, base = rng.choice([12, 15, 35, 45, 65]), rng.randint(20, 900)
    value = F(pct * base, 100)
    if not ok(value):
        return p_m_sign_and_percent(rng)
    return multi("P_m_sign_and_percent", f"sign text? + {pct}% of {base}",
                 [*([w] for w in words), forms(value)], image=recipe)


def p_m_shot_date_and_sum(rng: random.Random) -> Item:  # an order date and a sum
    recipe, day = screenshot(rng)
    a, b = rng.randint(100, 999), rng.randint(100, 999)
    return multi("P_m_shot_date_and_sum", f"When did I place this order? And while you're "
                 f"at it, {a} + {b}?", [[day], [str(a + b), f"{a + b:,}"]], image=recipe)


def p_m_shot_date_and_miles(rng: random.Random) -> Item:  # an order date and miles to km
    recipe, day = screenshot(rng)
    miles = rng.randint(3, 250)
    km = F(miles) * MILE
    if not ok(km):
        return p_m_shot_date_and_miles(rng)
    return multi("P_m_shot_date_and_miles", f"what date is on this screenshot? also {miles} "
                 "miles in km please", [[day], unit(km, "km", "kilometres", "kilometers")],
                 image=recipe)


def p_m_shot_order_and_date(rng: random.Random) -> Item:  # order number, date and status
    recipe, day = screenshot(rng)
    number = str(recipe["rows"][0]).split("#")[1]  # type: ignore[index]
    return multi("P_m_shot_order_and_date", "from this screenshot, give me the order number, "
                 "the date and the status",
                 [[number], [day], ["shipped", "Shipped"]], image=recipe)


def p_m_shot_date_and_root(rng: random.Random) -> Item:  # an order date and a square root
    recipe, day = screenshot(rng)
    n = rng.randint(12, 99)
    return multi("P_m_shot_date_and_root", f"what's the order date here, and the square root "
                 f"of {n * n}?", [[day], [str(n)]], image=recipe)


MORE: list[Family] = [
    p_m_rcpt_euros, p_m_rcpt_split, p_m_rcpt_tip, p_m_rcpt_pounds_half, p_m_rcpt_priciest,
    p_m_rcpt_change, p_m_rcpt_budget, p_m_rcpt_tax, p_m_rcpt_yearly, p_m_rcpt_two_items,
    p_m_rcpt_avg_item, p_m_rcpt_coupon, p_m_rcpt_terse_gbp, p_m_rcpt_returned,
    p_m_rcpt_two_days_eur, p_m_rcpt_share_item, p_m_rcpt_work_hours, p_m_rcpt_shop_total,
    p_m_rcpt_euro_split, p_m_rcpt_cheapest, p_m_rcpt_and_solve, p_m_rcpt_and_pounds_kg,
    p_m_rcpt_instalments, p_m_sign_and_multiply, p_m_sign_and_solve, p_m_sign_and_feet,
    p_m_sign_and_percent, p_m_shot_date_and_sum, p_m_shot_date_and_miles,
    p_m_shot_order_and_date, p_m_shot_date_and_root,
]
