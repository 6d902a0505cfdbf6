"""Round 15 (``J_o_*``, dev now), OCR part two: more photographed receipts — exchange rates
given in the message, surcharges, putting things back, rankings and lines with their prices."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout15_data import Tie, num, pct, retry
from bench.data.agents.heldout15_read import count, o, receipt
from bench.data.agents.helpers import Family, Item, fresh

# --- another currency, at a rate the message gives --------------------------------------


def j_o_eur_rate(rng: random.Random) -> Item:  # dollars to euros at a given rate
    recipe, _, total = receipt(rng)
    return o("J_o_eur_rate", "Travelling — at 1 USD = 0.86 EUR, what was this in euros?",
             [num(total * Fraction(86, 100))], recipe)


def j_o_gbp_rate(rng: random.Random) -> Item:  # dollars to pounds, rate as dollars per pound
    recipe, _, total = receipt(rng)
    return o("J_o_gbp_rate", "pound is worth $1.27 right now. how much is this receipt in "
             "pounds?", [num(total / Fraction(127, 100))], recipe)


def j_o_cad_rate(rng: random.Random) -> Item:  # dollars to Canadian dollars
    recipe, _, total = receipt(rng)
    return o("J_o_cad_rate", "Convert the total to Canadian dollars using 1.36 CAD per USD.",
             [num(total * Fraction(136, 100))], recipe)


# --- surcharges, price rises and rounding -----------------------------------------------

def j_o_card_fee(rng: random.Random) -> Item:  # 1.5% card surcharge
    recipe, _, total = receipt(rng)
    return o("J_o_card_fee", "They add a 1.5% surcharge for paying by card. What would I pay "
             "by card?", [num(total * Fraction(1015, 1000))], recipe)


def j_o_inflation(rng: random.Random) -> Item:  # the same shop after a 3% rise
    recipe, _, total = receipt(rng)
    return o("J_o_inflation", "If prices go up 3% next year, what will this same shop cost "
             "me?", [num(total * Fraction(103, 100))], recipe)


def j_o_tip_22(rng: random.Random) -> Item:  # tip amount at 22%
    recipe, _, total = receipt(rng)
    return o("J_o_tip_22", "service was amazing, I want to tip 22%. how much is the tip "
             "itself?", [num(total * Fraction(22, 100))], recipe)


def j_o_tip_round_up(rng: random.Random) -> Item:  # 15% tip, rounded up to whole dollars
    recipe, _, total = receipt(rng)
    amount = math.ceil(total * Fraction(115, 100))
    if amount == total * Fraction(115, 100):
        raise Tie
    return o("J_o_tip_round_up", "Add a 15% tip and round the whole thing up to the next "
             "dollar. What do I write on the slip?", [[str(amount), f"{amount}.00"]], recipe)


def j_o_nearest_dollar(rng: random.Random) -> Item:  # total to the nearest dollar
    recipe, _, total = receipt(rng)
    if total - math.floor(total) == Fraction(1, 2):
        raise Tie
    return o("J_o_nearest_dollar", "roughly how much was this, to the nearest dollar?",
             [[str(round(total))]], recipe)


# --- budgets and plans ------------------------------------------------------------------

def j_o_allowance_pct(rng: random.Random) -> Item:  # share of a monthly allowance
    recipe, _, total = receipt(rng)
    return o("J_o_allowance_pct", "What percentage of my $200 monthly allowance did this "
             "use up?", [pct(total / 2)], recipe)


def j_o_per_day(rng: random.Random) -> Item:  # a week's shop per day
    recipe, _, total = receipt(rng)
    return o("J_o_per_day", "This has to last me the whole week. What's that per day?",
             [num(total / 7)], recipe)


def j_o_how_many_shops(rng: random.Random) -> Item:  # repeats that fit in $500
    recipe, _, total = receipt(rng)
    k = math.floor(500 / total)
    return o("J_o_how_many_shops", "How many times could I buy exactly this with $500?",
             [[str(k)]], recipe)


def j_o_twice_weekly(rng: random.Random) -> Item:  # twice a week for four weeks
    recipe, _, total = receipt(rng)
    return o("J_o_twice_weekly", "I do this shop twice a week. What does that come to over "
             "four weeks?", [num(total * 8)], recipe)


# --- putting things back, errors, other people's shares ----------------------------------

def j_o_put_back_cheapest(rng: random.Random) -> Item:  # total without the cheapest line
    recipe, lines, total = receipt(rng)
    return o("J_o_put_back_cheapest", "If I'd put back the cheapest thing, what would the "
             "total have been?", [num(total - min(p for _, p in lines))], recipe)


def j_o_half_price_missed(rng: random.Random) -> Item:  # promotion not applied to one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_half_price_missed", f"The {name.lower()} was supposed to be half price but "
             "they charged full. What should the total have been?", [num(total - price / 2)],
             recipe)


def j_o_roommate(rng: random.Random) -> Item:  # halve everything except my own line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_roommate", f"Sending my roommate a payment request: half of everything "
             f"except the {name.lower()}, which was just mine. How much do I request?",
             [num((total - price) / 2)], recipe)


def j_o_line_with_tax(rng: random.Random) -> Item:  # one line plus 8% tax
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_line_with_tax", f"What did the {name.lower()} cost including 8% sales "
             "tax?", [num(price * Fraction(108, 100))], recipe)


def j_o_diff_two(rng: random.Random) -> Item:  # how much more one line cost than another
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return o("J_o_diff_two", f"how much more expensive was the {a.lower()} than the "
             f"{b.lower()}?", [num(pa - pb)], recipe)


# --- ranking the lines ------------------------------------------------------------------

def j_o_two_cheapest(rng: random.Random) -> Item:  # two cheapest lines together
    recipe, lines, _ = receipt(rng)
    prices = sorted(p for _, p in lines)
    return o("J_o_two_cheapest", "What do the two cheapest items add up to?",
             [num(prices[0] + prices[1])], recipe)


def j_o_second_dearest(rng: random.Random) -> Item:  # second most expensive name
    recipe, lines, _ = receipt(rng)
    if len(lines) < 3:
        raise Tie
    return o("J_o_second_dearest", "Which item was the second most expensive?",
             [[sorted(lines, key=lambda line: line[1])[-2][0]]], recipe)


def j_o_dearest_share(rng: random.Random) -> Item:  # the dearest line as a share
    recipe, lines, total = receipt(rng)
    return o("J_o_dearest_share", "The priciest thing on here — what percent of the total "
             "was it?", [pct(max(p for _, p in lines) / total * 100)], recipe)


def j_o_rank(rng: random.Random) -> Item:  # rank the lines (every name must appear)
    recipe, lines, _ = receipt(rng)
    return o("J_o_rank", "rank what I bought from most to least expensive",
             [[name] for name, _ in lines], recipe)


def j_o_itemise(rng: random.Random) -> Item:  # every line with its price
    recipe, lines, _ = receipt(rng)
    parts = [part for name, price in lines for part in ([name], num(price))]
    return o("J_o_itemise", "Type out each item on this receipt with its price, please.",
             parts, recipe)


def j_o_count_and_total(rng: random.Random) -> Item:  # number of lines and the total
    recipe, lines, total = receipt(rng)
    return o("J_o_count_and_total", "How many items are on this, and what's the total?",
             [count(len(lines)), num(total)], recipe)


def j_o_shop_and_dearest(rng: random.Random) -> Item:  # shop name and the dearest line
    recipe, lines, _ = receipt(rng)
    return o("J_o_shop_and_dearest", "Which shop was this and what was the most expensive "
             "thing I got there?", [[recipe["shop"]], [max(lines, key=lambda x: x[1])[0]]],
             recipe)


def j_o_under_three(rng: random.Random) -> Item:  # count of cheap lines
    recipe, lines, _ = receipt(rng)
    return o("J_o_under_three", "how many things on here were under three dollars?",
             [count(sum(p < 3 for _, p in lines))], recipe)


def j_o_median_line(rng: random.Random) -> Item:  # median line price
    recipe, lines, _ = receipt(rng)
    prices = sorted(p for _, p in lines)
    n = len(prices)
    mid = prices[n // 2] if n % 2 else (prices[n // 2 - 1] + prices[n // 2]) / 2
    return o("J_o_median_line", "What's the median price of the items on this receipt?",
             [num(mid)], recipe)


def j_o_pay_back_two(rng: random.Random) -> Item:  # a friend owes for two lines plus tip
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return o("J_o_pay_back_two", f"My friend had the {a.lower()} and the {b.lower()}. With a "
             "10% tip on her part, what does she owe me?", [num((pa + pb) * Fraction(11, 10))],
             recipe)


def j_o_unknown_shop_total(rng: random.Random) -> Item:  # German-speaking user, in English
    recipe, _, total = receipt(rng)
    return o("J_o_unknown_shop_total", "Hello, please, I need the sum on this Kassenbon "
             "(receipt). How much?", [num(total)], recipe)


def j_o_all_but_dearest(rng: random.Random) -> Item:  # everything except the dearest line
    recipe, lines, total = receipt(rng)
    return o("J_o_all_but_dearest", "leaving aside the most expensive item, what did "
             "everything else cost together?", [num(total - max(p for _, p in lines))], recipe)


# --- more everyday uses of the total ----------------------------------------------------

def j_o_boss_covers(rng: random.Random) -> Item:  # work pays for all but one line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_boss_covers", f"Work reimburses everything on here except the {name.lower()}"
             ". How much can I claim back?", [num(total - price)], recipe)


def j_o_pocket_money(rng: random.Random) -> Item:  # a child's pocket money left over
    recipe, _, total = receipt(rng)
    if total >= 30:
        raise Tie
    return o("J_o_pocket_money", "my son paid for this out of his $30 birthday money. how "
             "much has he got left?", [num(30 - total)], recipe)


def j_o_table_of_six(rng: random.Random) -> Item:  # six-way split
    recipe, _, total = receipt(rng)
    return o("J_o_table_of_six", "There were six of us at the table, splitting evenly. What's "
             "one share?", [num(total / 6)], recipe)


def j_o_add_check(rng: random.Random) -> Item:  # do the lines add up
    recipe, _, total = receipt(rng)
    return o("J_o_add_check", "Can you add up the individual prices on this and tell me what "
             "they come to? Want to check the till got it right.", [num(total)], recipe)


def j_o_missed_second(rng: random.Random) -> Item:  # one line should have been charged twice
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return o("J_o_missed_second", f"I actually took two of the {name.lower()} but it only "
             "scanned one. What should the total have been?", [num(total + price)], recipe)


def j_o_spanish_total(rng: random.Random) -> Item:  # asked in Spanish
    recipe, _, total = receipt(rng)
    return o("J_o_spanish_total", "¿Cuánto es el total de este ticket?", [num(total)], recipe)


def j_o_most_for_one(rng: random.Random) -> Item:  # highest single price, informal
    recipe, lines, _ = receipt(rng)
    return o("J_o_most_for_one", "what's the most I paid for any one thing here",
             [num(max(p for _, p in lines))], recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    j_o_eur_rate, j_o_gbp_rate, j_o_cad_rate, j_o_card_fee, j_o_inflation, j_o_tip_22,
    j_o_tip_round_up, j_o_nearest_dollar, j_o_allowance_pct, j_o_per_day, j_o_how_many_shops,
    j_o_twice_weekly, j_o_put_back_cheapest, j_o_half_price_missed, j_o_roommate,
    j_o_line_with_tax, j_o_diff_two, j_o_two_cheapest, j_o_second_dearest,
    j_o_dearest_share, j_o_rank, j_o_itemise, j_o_count_and_total, j_o_shop_and_dearest,
    j_o_under_three, j_o_median_line, j_o_pay_back_two, j_o_unknown_shop_total,
    j_o_all_but_dearest, j_o_boss_covers, j_o_pocket_money, j_o_table_of_six, j_o_add_check,
    j_o_missed_second, j_o_spanish_total, j_o_most_for_one)]
