"""Round 16 (``L_o_*``, dev now), part four: more photographed till receipts drawn via
:func:`image_recipe` — the shop, reading the amount out, checking a card charge, and what
people work out from the total (other currencies, fees, deposits, team collections)."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_read import Tie, count, families, money, receipt
from bench.data.agents.helpers import Family, Item, item


def l_o_which_store(rng: random.Random) -> Item:  # the shop, forgetful
    recipe, _, _ = receipt(rng)
    return item("L_o_which_store", "ocr", "which store is this receipt from? can't remember where "
                "i went", [[recipe["shop"]]], image=recipe)


def l_o_merchant(rng: random.Random) -> Item:  # the shop, formal
    recipe, _, _ = receipt(rng)
    return item("L_o_merchant", "ocr", "Please identify the merchant name on this receipt.",
                [[recipe["shop"]]], image=recipe)


def l_o_where_and_much(rng: random.Random) -> Item:  # shop and total
    recipe, _, total = receipt(rng)
    return item("L_o_where_and_much", "ocr", "where was this and how much did i spend?",
                [[recipe["shop"]], money(total)], image=recipe)


def l_o_read_out(rng: random.Random) -> Item:  # read the total aloud
    recipe, _, total = receipt(rng)
    return item("L_o_read_out", "ocr", "I'm on the phone with the accountant, just read me the "
                "total off this one", [money(total)], image=recipe)


def l_o_faded(rng: random.Random) -> Item:  # faded thermal paper
    recipe, _, total = receipt(rng)
    return item("L_o_faded", "ocr", "This receipt has faded a lot. Can you make out the amount "
                "at the bottom?", [money(total)], image=recipe)


def l_o_adds_up(rng: random.Random) -> Item:  # sum of the lines
    recipe, _, total = receipt(rng)
    return item("L_o_adds_up", "ocr", "Does this add up? What do the individual items actually "
                "sum to?", [money(total)], image=recipe)


def l_o_card_overcharge(rng: random.Random) -> Item:  # card charge minus receipt
    recipe, _, total = receipt(rng)
    extra = Fraction(rng.randint(1, 900), 100)
    return item("L_o_card_overcharge", "ocr", f"My bank app shows ${float(total + extra):.2f} "
                "from this shop. By how much did they overcharge me compared to the receipt?",
                [money(extra)], image=recipe)


def l_o_petty_cash(rng: random.Random) -> Item:  # total rounded up to whole dollars
    recipe, _, total = receipt(rng)
    if total.denominator == 1:
        raise Tie
    return item("L_o_petty_cash", "ocr", "I'm paying myself back from petty cash in whole "
                "dollars — what's the total rounded up to the next dollar?",
                [[str(math.ceil(total))]], image=recipe)


def l_o_points(rng: random.Random) -> Item:  # loyalty points on whole dollars
    recipe, _, total = receipt(rng)
    per = rng.choice([2, 3, 5, 10])
    return item("L_o_points", "ocr", f"The loyalty card gives {per} points per whole dollar "
                "spent (cents don't count). How many points did I earn here?",
                [[str(per * math.floor(total))]], image=recipe)


def l_o_tip_round_up(rng: random.Random) -> Item:  # tip then a whole-dollar card amount
    recipe, _, total = receipt(rng)
    with_tip = total * Fraction(115, 100)
    if with_tip.denominator == 1:
        raise Tie
    return item("L_o_tip_round_up", "ocr", "add a 15% tip and then round up to the next whole "
                "dollar — what do I write on the slip?", [[str(math.ceil(with_tip))]],
                image=recipe)


def l_o_group_tip(rng: random.Random) -> Item:  # tip included, split n ways
    recipe, _, total = receipt(rng)
    n = rng.choice([3, 4, 5])
    rate = rng.choice([15, 18, 20])
    return item("L_o_group_tip", "ocr", f"There are {n} of us. With a tip of {rate}% added, how "
                "much does each person put in?", [money(total * (100 + rate) / 100 / n)],
                image=recipe)


def l_o_team_collection(rng: random.Random) -> Item:  # split across a team
    recipe, _, total = receipt(rng)
    n = rng.randint(7, 12)
    return item("L_o_team_collection", "ocr", f"This was the leaving-do cake and snacks. The "
                f"team is {n} people — what does everyone chip in?", [money(total / n)],
                image=recipe)


def l_o_price_rise(rng: random.Random) -> Item:  # prices going up
    recipe, _, total = receipt(rng)
    rise = rng.choice([3, 4, 5, 6, 10])
    return item("L_o_price_rise", "ocr", f"Prices there are going up {rise}% next month. What "
                "would this exact basket cost then?", [money(total * (100 + rise) / 100)],
                image=recipe)


def l_o_to_cad(rng: random.Random) -> Item:  # Canadian dollars at a stated rate
    recipe, _, total = receipt(rng)
    rate = rng.choice([Fraction(136, 100), Fraction(137, 100), Fraction(135, 100)])
    return item("L_o_to_cad", "ocr", f"what's this in Canadian dollars? 1 USD is about "
                f"{float(rate):.2f} CAD", [money(total * rate)], image=recipe)


def l_o_to_yen(rng: random.Random) -> Item:  # yen, whole units
    recipe, _, total = receipt(rng)
    rate = rng.choice([145, 150, 152, 155])
    yen = total * rate
    if yen.denominator != 1 and yen % 1 == Fraction(1, 2):
        raise Tie
    whole = round(yen)
    return item("L_o_to_yen", "ocr", f"Showing this to my host family in Tokyo. At {rate} yen "
                "to the dollar, how many yen is the total? Whole yen is fine.",
                [[str(whole), f"{whole:,}"]], image=recipe)


def l_o_euro_base(rng: random.Random) -> Item:  # euros with the rate given per euro
    recipe, _, total = receipt(rng)
    rate = rng.choice([Fraction(108, 100), Fraction(11, 10), Fraction(112, 100)])
    return item("L_o_euro_base", "ocr", f"if 1 euro = {float(rate):.2f} dollars, what is this "
                "receipt's total in euros?", [money(total / rate)], image=recipe)


def l_o_bag_fee(rng: random.Random) -> Item:  # bags not on the receipt
    recipe, _, total = receipt(rng)
    bags = rng.randint(2, 5)
    return item("L_o_bag_fee", "ocr", f"they also charged me for {bags} bags at 10 cents each "
                "which isn't printed here. so what did i really pay?",
                [money(total + Fraction(bags, 10))], image=recipe)


def l_o_deposit_paid(rng: random.Random) -> Item:  # balance after a deposit
    recipe, _, total = receipt(rng)
    deposit = rng.choice([5, 10, 15])
    if total <= deposit + 1:
        raise Tie
    return item("L_o_deposit_paid", "ocr", f"I already put down a ${deposit} deposit on this "
                "order. What's the balance still due?", [money(total - deposit)], image=recipe)


def l_o_twice_a_week(rng: random.Random) -> Item:  # repeated shop over four weeks
    recipe, _, total = receipt(rng)
    return item("L_o_twice_a_week", "ocr", "I end up doing this same shop twice a week. What's "
                "that over 4 weeks?", [money(total * 8)], image=recipe)


def l_o_in_cents(rng: random.Random) -> Item:  # the total in cents for an app
    recipe, _, total = receipt(rng)
    return item("L_o_in_cents", "ocr", "the expenses app wants the amount in cents with no "
                "decimal point. what do i enter?", [[str(int(total * 100))]], image=recipe)


def l_o_cashier_count(rng: random.Random) -> Item:  # checking a count the cashier gave
    recipe, lines, _ = receipt(rng)
    said = rng.choice([n for n in range(2, 7) if n != len(lines)])
    return item("L_o_cashier_count", "ocr", f"The cashier said I had {said} items but that "
                "sounds wrong. How many are on the receipt?", [count(len(lines))],
                image=recipe)


def l_o_tip_each(rng: random.Random) -> Item:  # the tip alone, shared out
    recipe, _, total = receipt(rng)
    n = rng.choice([2, 3, 4])
    return item("L_o_tip_each", "ocr", f"we paid the bill already but want to leave 15% in cash "
                f"between the {n} of us. how much tip per person?",
                [money(total * Fraction(15, 100) / n)], image=recipe)


def l_o_party_times(rng: random.Random) -> Item:  # scaling for an event
    recipe, _, total = receipt(rng)
    k = rng.choice([3, 4, 5])
    return item("L_o_party_times", "ocr", f"For the party I need {k} times everything on this "
                "receipt. What budget should I plan?", [money(total * k)], image=recipe)


def l_o_last_year(rng: random.Random) -> Item:  # a cheaper past price
    recipe, _, total = receipt(rng)
    cut = rng.choice([5, 8, 10, 12])
    return item("L_o_last_year", "ocr", f"Everything was {cut}% cheaper a year ago. What would "
                "this receipt have come to back then?", [money(total * (100 - cut) / 100)],
                image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_which_store, l_o_merchant, l_o_where_and_much, l_o_read_out, l_o_faded, l_o_adds_up,
    l_o_card_overcharge, l_o_petty_cash, l_o_points, l_o_tip_round_up, l_o_group_tip,
    l_o_team_collection, l_o_price_rise, l_o_to_cad, l_o_to_yen, l_o_euro_base, l_o_bag_fee,
    l_o_deposit_paid, l_o_twice_a_week, l_o_in_cents, l_o_cashier_count, l_o_tip_each,
    l_o_party_times, l_o_last_year)
