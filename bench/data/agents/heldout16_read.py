"""Round 16 (``L_o_*``, dev now), part one: questions about photographed till receipts drawn
via :func:`image_recipe` — the total and what people work out from it (budgets, tips, shares,
tax, coupons, change). Also holds the helpers the other ``heldout16_read`` modules share."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from bench.data.agents.helpers import Family, Item, fmt, fresh, half_cent, image_recipe, item

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
Lines = list[tuple[str, Fraction]]


class Tie(Exception):
    """The draw would give an ambiguous or unusable item; draw again."""


def retry(make: Family) -> Family:
    def draw(rng: random.Random) -> Item:
        while True:
            try:
                return make(rng)
            except Tie:
                continue
    return draw


def families(*makers: Callable[[random.Random], Item]) -> list[tuple[Family, int]]:
    return [(fresh(retry(make)), 8) for make in makers]


def money(value: Fraction) -> list[str]:
    """An amount to the cent (or any two-decimal figure), with and without a trailing zero."""
    if value < 0 or half_cent(value):
        raise Tie
    text = f"{float(round(value, 2)):.2f}"
    return list(dict.fromkeys([text, fmt(float(text))]))


def pct(value: Fraction) -> list[str]:
    forms = money(value)
    return [f + "%" for f in forms] + [f + " %" for f in forms] + [f + " percent" for f in forms]


def count(n: int) -> list[str]:
    return [str(n), WORDS[n]]


def receipt(rng: random.Random) -> tuple[dict[str, Any], Lines, Fraction]:
    """A receipt recipe, its lines with exact prices (all different) and its exact total."""
    while True:
        recipe, _ = image_recipe(rng, "receipt")
        lines = [(name, Fraction(round(price * 100), 100)) for name, price in recipe["items"]]
        if len({price for _, price in lines}) == len(lines):
            return recipe, lines, sum((price for _, price in lines), Fraction(0))


def sign(rng: random.Random, want: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    """A sign recipe (one with exactly ``want`` on it when given) and its words."""
    while True:
        recipe, words = image_recipe(rng, "sign")
        if want is None or words == want:
            return recipe, words


def shot(rng: random.Random) -> tuple[dict[str, Any], str, datetime.date]:
    """An order screenshot recipe, its order number and its date."""
    recipe, [day] = image_recipe(rng, "screenshot")
    order = recipe["rows"][0].split("#")[1]
    return recipe, order, datetime.date.fromisoformat(day)


def dates(day: datetime.date) -> list[str]:
    """A date as ISO, and day-and-month written out either way round."""
    month, d = MONTHS[day.month - 1], day.day
    nth = f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"
    return [day.isoformat(), f"{d} {month}", f"{month} {d}", f"{nth} {month}", f"{month} {nth}"]


# --- the total --------------------------------------------------------------------------

def l_o_expense_claim(rng: random.Random) -> Item:  # grand total for an expense claim
    recipe, _, total = receipt(rng)
    return item("L_o_expense_claim", "ocr", "putting this in my expense claim, what's the grand "
                "total?", [money(total)], image=recipe)


def l_o_terse_total(rng: random.Random) -> Item:  # one word
    recipe, _, total = receipt(rng)
    return item("L_o_terse_total", "ocr", rng.choice(["total?", "Total?", "total pls"]),
                [money(total)], image=recipe)


def l_o_roommate_owes(rng: random.Random) -> Item:  # roommate paid, what did it come to
    recipe, _, total = receipt(rng)
    return item("L_o_roommate_owes", "ocr", "My roommate paid for the groceries on this receipt "
                "and I said I'd pay her back. How much did it come to altogether?",
                [money(total)], image=recipe)


def l_o_budget_left(rng: random.Random) -> Item:  # weekly budget minus the total
    recipe, _, total = receipt(rng)
    budget = rng.choice([120, 125, 140, 150, 175, 200])
    return item("L_o_budget_left", "ocr", f"I've got ${budget} for food this week. After this "
                "shop, how much is left?", [money(budget - total)], image=recipe)


def l_o_over_budget(rng: random.Random) -> Item:  # how far over a small allowance
    recipe, _, total = receipt(rng)
    allowance = rng.choice([5, 10, 15, 20, 25, 30])
    if total <= allowance + 1:
        raise Tie
    return item("L_o_over_budget", "ocr", f"told myself i'd only spend ${allowance} on this "
                "trip... by how much did i blow it?", [money(total - allowance)], image=recipe)


def l_o_both_of_us(rng: random.Random) -> Item:  # twice the total
    recipe, _, total = receipt(rng)
    return item("L_o_both_of_us", "ocr", "My husband bought exactly the same things at the same "
                "place. What did the two of us spend together?", [money(total * 2)],
                image=recipe)


def l_o_every_workday(rng: random.Random) -> Item:  # same lunch on N workdays
    recipe, _, total = receipt(rng)
    days = rng.choice([5, 10, 20, 22])
    return item("L_o_every_workday", "ocr", f"If I got this same lunch on {days} workdays, what "
                "would that cost me?", [money(total * days)], image=recipe)


def l_o_a_year_of_it(rng: random.Random) -> Item:  # 52 weeks of the same shop
    recipe, _, total = receipt(rng)
    return item("L_o_a_year_of_it", "ocr", "this is my usual weekly shop. how much is that over "
                "a whole year of 52 weeks?", [money(total * 52)], image=recipe)


def l_o_split_n(rng: random.Random) -> Item:  # even split between n friends
    recipe, _, total = receipt(rng)
    n = rng.randint(2, 6)
    return item("L_o_split_n", "ocr", f"we're splitting this {WORDS[n]} ways, how much does "
                "everyone owe?", [money(total / n)], image=recipe)


def l_o_tip_amount(rng: random.Random) -> Item:  # just the tip
    recipe, _, total = receipt(rng)
    rate = rng.choice([10, 12, 15, 18, 20, 22, 25])
    return item("L_o_tip_amount", "ocr", f"How much is a tip of {rate}% on this bill? Just the "
                "tip, not the total.", [money(total * rate / 100)], image=recipe)


def l_o_with_tip(rng: random.Random) -> Item:  # total including a tip
    recipe, _, total = receipt(rng)
    rate = rng.choice([10, 15, 18, 20])
    return item("L_o_with_tip", "ocr", f"leaving {rate} percent on top of this, what do i put "
                "on the card in total?", [money(total * (100 + rate) / 100)], image=recipe)


def l_o_sales_tax(rng: random.Random) -> Item:  # tax added on top
    recipe, _, total = receipt(rng)
    rate = rng.choice([Fraction(6), Fraction(7), Fraction(8), Fraction(17, 2), Fraction(9)])
    return item("L_o_sales_tax", "ocr", f"The prices on this are before tax. With "
                f"{fmt(float(rate))}% sales tax, what's the final amount?",
                [money(total * (100 + rate) / 100)], image=recipe)


def l_o_tax_only(rng: random.Random) -> Item:  # just the tax on the total
    recipe, _, total = receipt(rng)
    rate = rng.choice([5, 6, 7, 8, 10])
    return item("L_o_tax_only", "ocr", f"if {rate}% tax gets added to this, how much is the "
                "tax by itself?", [money(total * rate / 100)], image=recipe)


def l_o_gst_inside(rng: random.Random) -> Item:  # 10% GST included in the total
    recipe, _, total = receipt(rng)
    return item("L_o_gst_inside", "ocr", "These prices already include 10% GST. How much GST "
                "did I pay on the whole receipt?", [money(total / 11)], image=recipe)


def l_o_net_of_vat(rng: random.Random) -> Item:  # total before 20% VAT
    recipe, _, total = receipt(rng)
    return item("L_o_net_of_vat", "ocr", "for the business accounts i need the amount before "
                "VAT. the total includes 20% VAT — what's the net figure?",
                [money(total / Fraction(6, 5))], image=recipe)


def l_o_missed_coupon(rng: random.Random) -> Item:  # total after a coupon that wasn't applied
    recipe, _, total = receipt(rng)
    off = rng.choice([5, 10, 15, 20, 25, 30])
    return item("L_o_missed_coupon", "ocr", f"Ugh, the cashier forgot my {off}% off coupon. "
                "What should I actually have paid?", [money(total * (100 - off) / 100)],
                image=recipe)


def l_o_saving_amount(rng: random.Random) -> Item:  # what a member discount would save
    recipe, _, total = receipt(rng)
    off = rng.choice([5, 10, 15, 20])
    return item("L_o_saving_amount", "ocr", f"With a member card I'd get {off}% off. How much "
                "would I have saved on this one?", [money(total * off / 100)], image=recipe)


def l_o_change_note(rng: random.Random) -> Item:  # change from a note
    recipe, _, total = receipt(rng)
    note = rng.choice([50, 100])
    if total >= note:
        raise Tie
    return item("L_o_change_note", "ocr", f"gave them a ${note} note for this. what change "
                "should i have gotten?", [money(note - total)], image=recipe)


def l_o_two_twenties(rng: random.Random) -> Item:  # change from two twenties
    recipe, _, total = receipt(rng)
    if total >= 40:
        raise Tie
    return item("L_o_two_twenties", "ocr", "I paid with two twenties. How much change was I "
                "owed?", [money(40 - total)], image=recipe)


def l_o_cashback(rng: random.Random) -> Item:  # card cashback on the total
    recipe, _, total = receipt(rng)
    rate = rng.choice([1, 2, 3, 5])
    return item("L_o_cashback", "ocr", f"My card gives {rate}% cash back. How much do I get "
                "back on this purchase?", [money(total * rate / 100)], image=recipe)


def l_o_to_euros(rng: random.Random) -> Item:  # total at a stated euro rate
    recipe, _, total = receipt(rng)
    rate = rng.choice([Fraction(92, 100), Fraction(9, 10), Fraction(94, 100), Fraction(88, 100)])
    return item("L_o_to_euros", "ocr", f"convert this total to euros using 1 USD = "
                f"{fmt(float(rate))} EUR", [money(total * rate)], image=recipe)


def l_o_to_pounds(rng: random.Random) -> Item:  # total at a stated sterling rate
    recipe, _, total = receipt(rng)
    rate = rng.choice([Fraction(79, 100), Fraction(8, 10), Fraction(76, 100), Fraction(78, 100)])
    return item("L_o_to_pounds", "ocr", f"I'm back home in the UK. At {fmt(float(rate))} pounds "
                "to the dollar, what did this cost me in GBP?", [money(total * rate)],
                image=recipe)


def l_o_round_up_charity(rng: random.Random) -> Item:  # round-up to the next dollar
    recipe, _, total = receipt(rng)
    gap = (-total) % 1
    if gap == 0:
        raise Tie
    return item("L_o_round_up_charity", "ocr", "The shop rounds your bill up to the next whole "
                "dollar and gives the difference to charity. How much went to charity here?",
                [money(gap)], image=recipe)


def l_o_nearest_dollar(rng: random.Random) -> Item:  # total to the nearest dollar
    recipe, _, total = receipt(rng)
    if total % 1 == Fraction(1, 2):
        raise Tie
    whole = round(total)
    return item("L_o_nearest_dollar", "ocr", "roughly what did this cost, to the nearest "
                "dollar?", [[str(whole)]], image=recipe)


def l_o_half_back(rng: random.Random) -> Item:  # employer pays half
    recipe, _, total = receipt(rng)
    return item("L_o_half_back", "ocr", "Work reimburses 50% of this. How much will they pay "
                "me back?", [money(total / 2)], image=recipe)


def l_o_instalments(rng: random.Random) -> Item:  # equal monthly payments
    recipe, _, total = receipt(rng)
    n = rng.choice([3, 4, 6])
    return item("L_o_instalments", "ocr", f"If I pay this off in {n} equal monthly payments, "
                "how big is each one?", [money(total / n)], image=recipe)


def l_o_free_delivery(rng: random.Random) -> Item:  # how far from a free-delivery threshold
    recipe, _, total = receipt(rng)
    threshold = rng.choice([60, 75, 80, 100, 120])
    if total >= threshold:
        raise Tie
    return item("L_o_free_delivery", "ocr", f"they do free delivery over ${threshold}. how much "
                "more would i have needed to spend?", [money(threshold - total)], image=recipe)


def l_o_hours_of_work(rng: random.Random) -> Item:  # total in hours of pay
    recipe, _, total = receipt(rng)
    wage = rng.choice([12, 15, 16, 18, 20, 25])
    return item("L_o_hours_of_work", "ocr", f"I make ${wage} an hour. How many hours did I have "
                "to work to pay for this? (2 decimals is fine)", [money(total / wage)],
                image=recipe)


def l_o_gift_card(rng: random.Random) -> Item:  # total minus a gift card
    recipe, _, total = receipt(rng)
    card = rng.choice([5, 10, 15, 20])
    if total <= card + 1:
        raise Tie
    return item("L_o_gift_card", "ocr", f"I used a ${card} gift card on this. What was left to "
                "pay after that?", [money(total - card)], image=recipe)


def l_o_delivery_fee(rng: random.Random) -> Item:  # total plus a delivery fee
    recipe, _, total = receipt(rng)
    fee = rng.choice([Fraction(399, 100), Fraction(499, 100), Fraction(599, 100),
                      Fraction(295, 100)])
    return item("L_o_delivery_fee", "ocr", f"this was an online order and there's a "
                f"${float(fee):.2f} delivery charge that isn't on the slip. total with "
                "delivery?", [money(total + fee)], image=recipe)


def l_o_service_charge(rng: random.Random) -> Item:  # 12.5% service charge
    recipe, _, total = receipt(rng)
    return item("L_o_service_charge", "ocr", "The restaurant adds a 12.5% service charge to "
                "this. What's the bill with it?", [money(total * Fraction(1125, 1000))],
                image=recipe)


def l_o_tip_then_split(rng: random.Random) -> Item:  # tip then split in two
    recipe, _, total = receipt(rng)
    return item("L_o_tip_then_split", "ocr", "date night 🙂 add 20% for the tip and split it "
                "down the middle, what's my half?", [money(total * Fraction(6, 5) / 2)],
                image=recipe)


def l_o_budget_share(rng: random.Random) -> Item:  # percent of a weekly budget
    recipe, _, total = receipt(rng)
    budget = rng.choice([150, 200, 250, 300])
    return item("L_o_budget_share", "ocr", f"What percentage of my ${budget} weekly budget did "
                "this take?", [pct(total / budget * 100)], image=recipe)


def l_o_more_than_last(rng: random.Random) -> Item:  # compared with last visit
    recipe, _, total = receipt(rng)
    last = rng.choice([5, 8, 10, 12, 15])
    if total <= last + 1:
        raise Tie
    return item("L_o_more_than_last", "ocr", f"Last time I only spent ${last} at this place. "
                "How much more was it this time?", [money(total - last)], image=recipe)


def l_o_sixty_forty(rng: random.Random) -> Item:  # uneven split
    recipe, _, total = receipt(rng)
    mine = rng.choice([60, 70, 40, 30])
    return item("L_o_sixty_forty", "ocr", f"My flatmate and I split groceries {mine}/"
                f"{100 - mine} and I'm the {mine}. What's my share of this receipt?",
                [money(total * mine / 100)], image=recipe)


def l_o_wallet_left(rng: random.Random) -> Item:  # cash left in the wallet
    recipe, _, total = receipt(rng)
    cash = rng.choice([60, 80, 110, 130])
    if total >= cash:
        raise Tie
    return item("L_o_wallet_left", "ocr", f"Had ${cash} cash on me before this. How much should "
                "still be in my wallet?", [money(cash - total)], image=recipe)


def l_o_avg_item(rng: random.Random) -> Item:  # mean price per line, casual
    recipe, lines, total = receipt(rng)
    return item("L_o_avg_item", "ocr", "on average how much did each thing on this cost me?",
                [money(total / len(lines))], image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_expense_claim, l_o_terse_total, l_o_roommate_owes, l_o_budget_left, l_o_over_budget,
    l_o_both_of_us, l_o_every_workday, l_o_a_year_of_it, l_o_split_n, l_o_tip_amount,
    l_o_with_tip, l_o_sales_tax, l_o_tax_only, l_o_gst_inside, l_o_net_of_vat,
    l_o_missed_coupon, l_o_saving_amount, l_o_change_note, l_o_two_twenties, l_o_cashback,
    l_o_to_euros, l_o_to_pounds, l_o_round_up_charity, l_o_nearest_dollar, l_o_half_back,
    l_o_instalments, l_o_free_delivery, l_o_hours_of_work, l_o_gift_card, l_o_delivery_fee,
    l_o_service_charge, l_o_tip_then_split, l_o_budget_share, l_o_more_than_last,
    l_o_sixty_forty, l_o_wallet_left, l_o_avg_item)
