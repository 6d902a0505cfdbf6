"""Round 15 (``J_m_*``, dev now) multi-part requests about an attached photo: a receipt's total
reused (currencies, tips, splits, budgets), a sign read and then a question, a screenshot's
date."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    F,
    Made,
    at,
    cash,
    clock,
    convert,
    forms,
    gather,
    image_recipe,
    ok,
    receipt,
)


def r2(x: F) -> F:
    return F(round(x * 100), 100)


def _total(r: random.Random) -> tuple[dict[str, object], F, list[tuple[str, F]]]:
    return receipt(r)


def receipt_pounds(r: random.Random) -> Made:  # total, then sterling
    img, t, _ = _total(r)
    g = convert(t, "USD", "GBP")
    return ("back from the shops — what did this come to, and roughly what is that in "
            "pounds sterling?", [at(t), cash(g, "GBP")], {"image": img}) if ok(g) else None


def receipt_tip_18(r: random.Random) -> Made:  # total, an 18% tip, grand total
    img, t, _ = _total(r)
    tip = t * F(18, 100)
    if not ok(tip, t + tip):
        return None
    return ("bill's in the pic. 18% tip on that? and the total with tip", [at(t), forms(tip),
            forms(t + tip)], {"image": img})


def receipt_split_three(r: random.Random) -> Made:  # total split three ways
    img, t, _ = _total(r)
    share = t / 3
    if not ok(share):
        return None
    return ("Three of us shared this shop. Can you read the total and tell me what each "
            "person owes?", [at(t), forms(share)], {"image": img})


def receipt_change_fifty(r: random.Random) -> Made:  # change from a banknote
    img, t, _ = _total(r)
    note = 50 if t < 50 else 100
    return (f"I paid with a ${note} note. what was the total here and how much change should "
            "I have got?", [at(t), forms(note - t)], {"image": img})


def receipt_budget_left(r: random.Random) -> Made:  # what remains of a weekly budget
    img, t, _ = _total(r)
    budget = r.choice([80, 100, 120, 150])
    return (f"my grocery budget this week is ${budget}. after this receipt how much is left?"
            " (tell me the receipt total too)", [at(t), forms(budget - t)], {"image": img})


def receipt_euro_then_half(r: random.Random) -> Made:  # euros, then half
    img, t, _ = _total(r)
    e = r2(convert(t, "USD", "EUR"))
    if not ok(convert(t, "USD", "EUR"), e / 2):
        return None
    return ("convert this receipt's total to euros, then halve it — my flatmate pays half",
            [cash(e, "EUR"), cash(e / 2, "EUR")], {"image": img})


def receipt_priciest(r: random.Random) -> Made:  # the dearest line and the total
    img, t, items = _total(r)
    prices = sorted(p for _, p in items)
    if prices[-1] == prices[-2]:
        return None
    return ("which thing on this receipt cost the most, how much was it, and what's the total?",
            [[max(items, key=lambda i: i[1])[0]], at(prices[-1]), at(t)], {"image": img})


def receipt_tax_back(r: random.Random) -> Made:  # total including 8% sales tax
    img, t, _ = _total(r)
    tax = t * F(8, 100)
    if not ok(tax, t + tax):
        return None
    return ("the prices on this receipt are before 8% sales tax. what's the subtotal, the tax, "
            "and the final amount?", [at(t), forms(tax), forms(t + tax)], {"image": img})


def receipt_weekly_times(r: random.Random) -> Made:  # the same shop every week for a month
    img, t, _ = _total(r)
    n = r.choice([4, 12, 52])
    what = {4: "a month (4 weeks)", 12: "12 weeks", 52: "a year"}[n]
    return (f"I buy exactly this every week. total on the receipt? and what's that over {what}?",
            [at(t), forms(t * n)], {"image": img})


def receipt_items_count(r: random.Random) -> Made:  # how many lines and the average price
    img, t, items = _total(r)
    avg = t / len(items)
    if not ok(avg):
        return None
    return ("how many different items are on this receipt and what's the average price per item?",
            [[str(len(items))], forms(avg)], {"image": img})


def receipt_discount_code(r: random.Random) -> Made:  # a discount off the total
    img, t, _ = _total(r)
    pct = r.choice([5, 10, 15, 20])
    off = t * F(100 - pct, 100)
    if not ok(off):
        return None
    return (f"if my {pct}% member discount had been applied to this, what would I have paid? "
            "and what was the original total", [forms(off), at(t)], {"image": img})


def receipt_expense_gbp_split(r: random.Random) -> Made:  # expense claim in pounds, split in two
    img, t, _ = _total(r)
    g = convert(t, "USD", "GBP")
    if not ok(g, g / 2):
        return None
    return ("Work trip receipt attached. Finance wants it in GBP, and half goes on the other "
            "team's budget. Total in dollars, in pounds, and half in pounds?",
            [at(t), cash(g, "GBP"), cash(g / 2, "GBP")], {"image": img})


def receipt_two_items_sum(r: random.Random) -> Made:  # two named lines added up
    img, t, items = _total(r)
    if len(items) < 3:
        return None
    (a, pa), (b, pb) = items[0], items[1]
    return (f"on this receipt, how much did the {a.lower()} and the {b.lower()} come to together, "
            "and what was everything else?", [forms(pa + pb), forms(t - pa - pb)],
            {"image": img})


def receipt_round_up_charity(r: random.Random) -> Made:  # round up to the next dollar
    img, t, _ = _total(r)
    up = F(-(-t // 1))
    if up == t:
        return None
    return ("the till asked if I wanted to round up for charity. what was the total, what's "
            "it rounded up to the next dollar, and how much went to charity?",
            [at(t), forms(up), forms(up - t)], {"image": img})


def receipt_cad_ask(r: random.Random) -> Made:  # total in euros and pounds both
    img, t, _ = _total(r)
    e, g = convert(t, "USD", "EUR"), convert(t, "USD", "GBP")
    if not ok(e, g):
        return None
    return ("whats this in eur and gbp", [cash(e, "EUR"), cash(g, "GBP")], {"image": img})


def receipt_per_day(r: random.Random) -> Made:  # a trip's spend per day
    img, t, _ = _total(r)
    d = r.randint(2, 7)
    if not ok(t / d):
        return None
    return (f"this was our food shop for a {d}-day camping trip. total, and cost per day?",
            [at(t), forms(t / d)], {"image": img})


def sign_read_translate_hours(r: random.Random) -> Made:  # opening hours sign, then length of day
    img, words = image_recipe(r, "sign")
    if words != ["OPEN", "9AM TO 5PM"]:
        return None
    return ("what does this sign say, and how many hours a day is the place open?",
            [["9AM TO 5PM", "9am to 5pm", "9 AM to 5 PM"], ["8 hours", "8 hrs"]],
            {"image": img})


def sign_then_sum(r: random.Random) -> Made:  # read a sign and do an unrelated sum
    img, words = image_recipe(r, "sign")
    a, b = r.randint(12, 99), r.randint(12, 99)
    return (f"read me this sign please. also quick one: {a} x {b}?",
            [[" ".join(words)] if len(words) == 1 else [words[0]], [str(a * b), f"{a * b:,}"]],
            {"image": img})


def sign_platform_train(r: random.Random) -> Made:  # platform sign, then travel time
    img, words = image_recipe(r, "sign")
    if words != ["PLATFORM 4"]:
        return None
    dep, mins = r.randint(6 * 60, 21 * 60), r.randint(25, 150)
    arr = dep + mins
    return (f"which platform is this sign for? my train leaves at {dep // 60:02d}:{dep % 60:02d} "
            f"and takes {mins} minutes, when do i arrive?",
            [["PLATFORM 4", "platform 4"], clock(arr)], {"image": img})


def screenshot_date_days(r: random.Random) -> Made:  # order date, then a week later
    img, ans = image_recipe(r, "screenshot")
    import datetime
    d = datetime.date.fromisoformat(ans[0]) + datetime.timedelta(days=14)
    return ("when was this order placed according to the screenshot? returns close 14 days "
            "after that — what date is that?", [ans, [d.isoformat()]], {"image": img})


def screenshot_then_convert(r: random.Random) -> Made:  # order date plus a unit conversion
    img, ans = image_recipe(r, "screenshot")
    k = r.randint(2, 40)
    lb = F(k) / F(45359237, 10**8)
    if not ok(lb):
        return None
    return (f"what's the order date on this? and the parcel weighs {k} kg, what is that in lbs?",
            [ans, [f"{v} lb" for v in forms(lb)] + [f"{v} pounds" for v in forms(lb)]
             + [f"{v} lbs" for v in forms(lb)]], {"image": img})


IMAGE = gather(receipt_pounds, receipt_tip_18, receipt_split_three, receipt_change_fifty,
               receipt_budget_left, receipt_euro_then_half, receipt_priciest, receipt_tax_back,
               receipt_weekly_times, receipt_items_count, receipt_discount_code,
               receipt_expense_gbp_split, receipt_two_items_sum, receipt_round_up_charity,
               receipt_cad_ask, receipt_per_day, sign_read_translate_hours, sign_then_sum,
               sign_platform_train, screenshot_date_days, screenshot_then_convert)
