"""Round 19 (``C_o_*``, dev now) for ``muse bench agents``, read part 8: more receipt
questions."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from bench.data.agents.heldout19_read import (
    EN,
    WORD,
    Made,
    count,
    date_forms,
    family,
    low,
    money,
    number,
    pretty,
    receipt,
    total,
)
from bench.data.agents.helpers import Family


@family
def top_minus_bottom(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    cs = [c for _, c in lines]
    return ("How much more did the priciest item cost than the cheapest one on this receipt?",
            [money(max(cs) - min(cs), True)], recipe)


@family
def two_items_sum(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    text = rng.choice([f"What did the {low(a)} and the {low(b)} come to together?",
                       f"{low(a)} + {low(b)} on this receipt = how much?"])
    return text, [money(ca + cb, True)], recipe


@family
def returned_one(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    text = rng.choice([f"I'm returning the {low(name)}. What will I have spent after the refund?",
                       f"Took the {low(name)} back for a refund. net spend on this receipt now?"])
    return text, [money(total(lines) - cents, True)], recipe


@family
def average_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    value = Fraction(total(lines), 100 * len(lines))
    return ("What's the average price per item on this receipt? Round to the cent.",
            [money(value)], recipe)


@family
def buy_more(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    n = rng.randint(3, 9)
    text = rng.choice([f"If I buy {n} of the {low(name)} at that price, how much is that?",
                       f"need {EN[n]} {low(name)} for the office at the price shown. cost?"])
    return text, [money(cents * n, True)], recipe


@family
def share_of_total(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    value = Fraction(cents * 100, total(lines))
    forms = number(value, 1)
    return (f"What percentage of this receipt's total was the {low(name)}? One decimal place.",
            [forms + [f + "%" for f in forms]], recipe)


@family
def coupon_off(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=300)
    off = rng.choice([2, 3, 5, 10])
    if total(lines) <= off * 100 + 100:
        return None
    return (f"I've got a {cur}{off} off coupon, what would this receipt come to with it?",
            [money(total(lines) - off * 100, True)], recipe)


@family
def bogof(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    name, cents = rng.choice(lines)
    return (f"The {low(name)} should have been free (it was buy one get one). What should the "
            "total have been without it?", [money(total(lines) - cents, True)], recipe)


@family
def budget_left(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(2, 4), hi=2000)
    budget = rng.choice([60, 75, 80, 100, 120, 150])
    text = rng.choice([f"My weekly budget is {cur}{budget}. How much have I got left after this?",
                       f"had {budget} {WORD[cur]} to spend - what's left after this receipt?"])
    return text, [money(budget * 100 - total(lines), True)], recipe


@family
def cashback(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    p = rng.choice([1, 2, 3, 5])
    value = Fraction(total(lines) * p, 100)
    return (f"my card gives {p}% cashback. how much do I get back on this purchase? "
            "round to the cent", [money(value, True)], recipe)


@family
def points_earned(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 5), lo=400)
    per = rng.choice([1, 2, 5, 10])
    pts = (total(lines) // 100) * per
    return (f"Loyalty scheme gives {per} point{'s' if per > 1 else ''} per whole "
            f"{WORD[cur][:-1]} spent (ignore the cents). "
            "How many points does this receipt earn?", [count(pts, "points")], recipe)


@family
def first_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    text = rng.choice(["What's the first item listed on this receipt?",
                       "top item on the receipt - what is it?"])
    return text, [[low(lines[0][0])]], recipe


@family
def last_line_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 5))
    return ("How much was the last item before the total on this receipt?",
            [money(lines[-1][1], True)], recipe)


@family
def weekly_habit(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 3), kind=rng.choice(["cafe", "bakery"]), hi=1200)
    weeks = rng.choice([4, 12, 26, 52])
    text = rng.choice([f"I buy exactly this every week. What does that add up to over {weeks} "
                       "weeks?",
                       f"same order every week for {weeks} weeks - total cost?"])
    return text, [money(total(lines) * weeks, True)], recipe


RECEIPT_DAY = dt.date(2026, 3, 14)


@family
def days_since_receipt(rng: random.Random) -> Made:
    recipe, _, _ = receipt(rng, count=(2, 4))
    gap = rng.randint(5, 300)
    today = RECEIPT_DAY + dt.timedelta(days=gap)
    return (f"It's {pretty(today)} today. How many days ago was this receipt, going by the date "
            "printed on it?", [count(gap, "days")], recipe)


@family
def return_deadline(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(2, 4), kind=rng.choice(["hardware", "office", "pet"]))
    name = rng.choice(lines)[0]
    n = rng.choice([7, 14, 21, 28, 30, 60, 90])
    return (f"The {low(name)} can be returned within {n} days of the date on the receipt. "
            "What's the last day I can take it back?",
            [date_forms(RECEIPT_DAY + dt.timedelta(days=n))], recipe)


@family
def cash_rounding(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    t = total(lines)
    if t % 5 == 0:
        return None
    return ("Paying cash, and they round the total to the nearest 5 cents. What do I hand over?",
            [money(5 * round(Fraction(t, 5)), True)], recipe)


@family
def third_item(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 6))
    return ("what's the 3rd thing listed on this receipt?", [[low(lines[2][0])]], recipe)


@family
def first_two(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 6))
    return ("The first two items on here were for work. How much should I claim?",
            [money(lines[0][1] + lines[1][1], True)], recipe)


@family
def over_budget(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(3, 6), lo=500)
    cap = rng.choice([10, 15, 20, 25, 30, 40])
    if total(lines) <= cap * 100 + 50:
        return None
    return (f"I told myself I'd spend no more than {cur}{cap} here. By how much did I go over?",
            [money(total(lines) - cap * 100, True)], recipe)


@family
def minus_two_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(4, 6))
    cs = sorted(c for _, c in lines)
    return ("what would I have spent without the two cheapest things on this receipt?",
            [money(total(lines) - cs[0] - cs[1], True)], recipe)


@family
def one_line_convert(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, cur="€")
    name, cents = rng.choice(lines)
    rate = rng.choice(["1.08", "1.1", "1.15", "1.17", "1.2"])
    return (f"How much was the {low(name)} in dollars? 1 EUR = {rate} USD.",
            [money(Fraction(cents, 100) * Fraction(rate))], recipe)


@family
def my_percent_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, count=(3, 6))
    p = rng.choice([30, 35, 40, 60, 65, 70, 75])
    return (f"I agreed to pay {p}% of this bill. What's my part?",
            [money(Fraction(total(lines) * p, 100), True)], recipe)


@family
def count_between(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 8))
    a = rng.choice([2, 3, 4, 5])
    b = a + rng.choice([5, 8, 10])
    if any(abs(c - a * 100) < 20 or abs(c - b * 100) < 20 for _, c in lines):
        return None
    n = sum(a * 100 < c < b * 100 for _, c in lines)
    if n == 0:
        return None
    return (f"how many items on here were between {cur}{a} and {cur}{b}?", [count(n)], recipe)


@family
def weekday_habit(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe", count=(2, 4), hi=800)
    name, cents = rng.choice(lines)
    weeks = rng.choice([4, 10, 12, 46, 48, 52])
    return (f"If I buy the {low(name)} every weekday (5 days a week) for {weeks} weeks, what "
            "does that cost me?", [money(cents * 5 * weeks, True)], recipe)


@family
def card_surcharge(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    rate = rng.choice(["1.5", "2", "2.5", "3", "1.75"])
    value = Fraction(total(lines)) * (100 + Fraction(rate)) / 100
    return (f"They charge {rate}% extra for paying by card. What's the total with the "
            "surcharge?", [money(value, True)], recipe)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    top_minus_bottom, two_items_sum, returned_one, average_line, buy_more, share_of_total,
    coupon_off, bogof, budget_left, cashback, points_earned, first_line, last_line_price,
    weekly_habit, days_since_receipt, return_deadline, cash_rounding, third_item, first_two,
    over_budget, minus_two_cheapest, one_line_convert, my_percent_share, count_between,
    weekday_habit, card_surcharge)]
