"""Round 16 (``L_o_*``, dev now), part two: questions about single lines of a photographed till
receipt — one price, a few prices together, the dearest and cheapest, counts and order."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout16_read import Tie, count, families, money, pct, receipt
from bench.data.agents.helpers import Family, Item, item


def was(name: str, singular: str = "was") -> str:
    """The verb that agrees with an item's name ("the apples were", "the tea was")."""
    if not name.endswith("s"):
        return singular
    return "were" if singular == "was" else "are"


def l_o_what_was(rng: random.Random) -> Item:  # one item, lower case and short
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_what_was", "ocr", f"how much {was(name)} the {name.lower()}", [money(price)],
                image=recipe)


def l_o_charged_for(rng: random.Random) -> Item:  # checking a charge
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_charged_for", "ocr", f"I think they overcharged me. What does it say I was "
                f"charged for the {name}?", [money(price)], image=recipe)


def l_o_price_pls(rng: random.Random) -> Item:  # terse
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_price_pls", "ocr", f"{name.lower()} price pls", [money(price)],
                image=recipe)


def l_o_three_of(rng: random.Random) -> Item:  # one line times k
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    k = rng.randint(2, 6)
    return item("L_o_three_of", "ocr", f"If I go back and get {k} of the {name.lower()} at "
                "that price, how much will that be?", [money(price * k)], image=recipe)


def l_o_pair_sum(rng: random.Random) -> Item:  # two items added, chatty
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("L_o_pair_sum", "ocr", f"the {a.lower()} and the {b.lower()} were for my mum, "
                "how much do those two come to?", [money(pa + pb)], image=recipe)


def l_o_triple_sum(rng: random.Random) -> Item:  # three items added
    recipe, lines, _ = receipt(rng)
    if len(lines) < 3:
        raise Tie
    picked = rng.sample(lines, 3)
    names = ", ".join(n for n, _ in picked[:2]) + f" and {picked[2][0]}"
    return item("L_o_triple_sum", "ocr", f"Add up the {names} for me please.",
                [money(sum((p for _, p in picked), Fraction(0)))], image=recipe)


def l_o_gap_between(rng: random.Random) -> Item:  # difference of two prices
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return item("L_o_gap_between", "ocr", f"How much more did the {a.lower()} cost than the "
                f"{b.lower()}?", [money(pa - pb)], image=recipe)


def l_o_minus_two(rng: random.Random) -> Item:  # total without two returned things
    recipe, lines, total = receipt(rng)
    if len(lines) < 3:
        raise Tie
    (a, pa), (b, pb) = rng.sample(lines, 2)
    return item("L_o_minus_two", "ocr", f"taking the {a.lower()} and {b.lower()} back to the "
                "store. what's the receipt worth after those refunds?",
                [money(total - pa - pb)], image=recipe)


def l_o_times_dearer(rng: random.Random) -> Item:  # ratio of two prices
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return item("L_o_times_dearer", "ocr", f"How many times pricier {was(a)} the {a} than the {b}? "
                "Round to two decimals.", [money(pa / pb)], image=recipe)


def l_o_line_share(rng: random.Random) -> Item:  # one line as percent of the bill
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_line_share", "ocr", f"what % of the total went on {name.lower()}?",
                [pct(price / total * 100)], image=recipe)


def l_o_line_discount(rng: random.Random) -> Item:  # one line after a markdown
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    off = rng.choice([10, 20, 25, 30, 40, 50])
    return item("L_o_line_discount", "ocr", f"The {name.lower()} {was(name, 'is')} {off}% off next "
                "week. What will it cost then?", [money(price * (100 - off) / 100)], image=recipe)


def l_o_line_ex_vat(rng: random.Random) -> Item:  # one line without 20% VAT
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_line_ex_vat", "ocr", f"What {was(name)} the {name} before the 20% VAT that's "
                "included in its price?", [money(price / Fraction(6, 5))], image=recipe)


def l_o_dearest_name(rng: random.Random) -> Item:  # which item was the priciest
    recipe, lines, _ = receipt(rng)
    return item("L_o_dearest_name", "ocr", "what's the priciest thing I bought here?",
                [[max(lines, key=lambda line: line[1])[0]]], image=recipe)


def l_o_cheapest_name(rng: random.Random) -> Item:  # which item was the cheapest
    recipe, lines, _ = receipt(rng)
    return item("L_o_cheapest_name", "ocr", "Which of these things was the least expensive?",
                [[min(lines, key=lambda line: line[1])[0]]], image=recipe)


def l_o_dearest_price(rng: random.Random) -> Item:  # the biggest single charge
    recipe, lines, _ = receipt(rng)
    return item("L_o_dearest_price", "ocr", "What's the biggest single charge on here?",
                [money(max(p for _, p in lines))], image=recipe)


def l_o_cheapest_price(rng: random.Random) -> Item:  # the smallest single charge
    recipe, lines, _ = receipt(rng)
    return item("L_o_cheapest_price", "ocr", "smallest amount on this receipt? (not counting "
                "the total)", [money(min(p for _, p in lines))], image=recipe)


def l_o_spread(rng: random.Random) -> Item:  # most minus least expensive
    recipe, lines, _ = receipt(rng)
    prices = [p for _, p in lines]
    return item("L_o_spread", "ocr", "What's the difference between the most and the least "
                "expensive item on this?", [money(max(prices) - min(prices))], image=recipe)


def l_o_how_many_things(rng: random.Random) -> Item:  # number of lines, chatty
    recipe, lines, _ = receipt(rng)
    return item("L_o_how_many_things", "ocr", "my kid says I only bought a couple of things — "
                "how many items are actually on this receipt?", [count(len(lines))],
                image=recipe)


def l_o_over_ten(rng: random.Random) -> Item:  # how many lines over a threshold
    recipe, lines, _ = receipt(rng)
    limit = rng.choice([5, 10, 15])
    if any(p == limit for _, p in lines):
        raise Tie
    n = sum(1 for _, p in lines if p > limit)
    forms = count(n) + (["none"] if n == 0 else [])
    return item("L_o_over_ten", "ocr", f"How many things on here cost more than ${limit}?",
                [forms], image=recipe)


def l_o_under_sum(rng: random.Random) -> Item:  # sum of the cheap lines
    recipe, lines, _ = receipt(rng)
    cheap = [p for _, p in lines if p < 10]
    if not cheap or len(cheap) == len(lines):
        raise Tie
    return item("L_o_under_sum", "ocr", "add up just the items that were under $10 each",
                [money(sum(cheap, Fraction(0)))], image=recipe)


def l_o_which_cost(rng: random.Random) -> Item:  # the name behind a price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_which_cost", "ocr", f"There's a charge of ${float(price):.2f} on here — "
                "what was that for?", [[name]], image=recipe)


def l_o_first_line(rng: random.Random) -> Item:  # the first thing listed
    recipe, lines, _ = receipt(rng)
    return item("L_o_first_line", "ocr", "What's the first item listed on this receipt?",
                [[lines[0][0]]], image=recipe)


def l_o_last_line(rng: random.Random) -> Item:  # the last thing listed, with its price
    recipe, lines, _ = receipt(rng)
    name, price = lines[-1]
    return item("L_o_last_line", "ocr", "what's the last item before the total, and what did "
                "it cost?", [[name], money(price)], image=recipe)


def l_o_second_price(rng: random.Random) -> Item:  # the price on the second line
    recipe, lines, _ = receipt(rng)
    return item("L_o_second_price", "ocr", "Can you read me the price on the second line? The "
                "photo's a bit blurry.", [money(lines[1][1])], image=recipe)


def l_o_median_price(rng: random.Random) -> Item:  # median of the line prices
    recipe, lines, _ = receipt(rng)
    prices = sorted(p for _, p in lines)
    mid = len(prices) // 2
    value = prices[mid] if len(prices) % 2 else (prices[mid - 1] + prices[mid]) / 2
    return item("L_o_median_price", "ocr", "What's the median item price on this receipt?",
                [money(value)], image=recipe)


def l_o_per_unit(rng: random.Random) -> Item:  # a multipack's unit price
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    k = rng.choice([2, 3, 4, 6, 8])
    return item("L_o_per_unit", "ocr", f"The {name.lower()} {was(name)} a pack of {k}. What's "
                "that per unit?", [money(price / k)], image=recipe)


def l_o_friend_owes(rng: random.Random) -> Item:  # friend's one item
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_friend_owes", "ocr", f"my friend asked me to grab her {name.lower()} on "
                "this trip. how much does she owe me for it?", [money(price)], image=recipe)


def l_o_mine_plus_half(rng: random.Random) -> Item:  # own item plus half the rest
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_mine_plus_half", "ocr", f"The {name.lower()} {was(name)} just for me and we "
                "share everything else 50/50. How much of this receipt is mine?",
                [money(price + (total - price) / 2)], image=recipe)


def l_o_all_but_dearest(rng: random.Random) -> Item:  # total without the priciest line
    recipe, lines, total = receipt(rng)
    return item("L_o_all_but_dearest", "ocr", "what does everything except the most expensive "
                "item add up to?", [money(total - max(p for _, p in lines))], image=recipe)


def l_o_two_dearest(rng: random.Random) -> Item:  # the two priciest together
    recipe, lines, _ = receipt(rng)
    top = sorted((p for _, p in lines), reverse=True)[:2]
    return item("L_o_two_dearest", "ocr", "What do the two most expensive things on this "
                "come to together?", [money(sum(top, Fraction(0)))], image=recipe)


def l_o_avg_no_cheapest(rng: random.Random) -> Item:  # mean without the cheapest line
    recipe, lines, total = receipt(rng)
    cheapest = min(p for _, p in lines)
    return item("L_o_avg_no_cheapest", "ocr", "Leave out the cheapest item — what's the average "
                "price of the rest?", [money((total - cheapest) / (len(lines) - 1))],
                image=recipe)


def l_o_line_in_euros(rng: random.Random) -> Item:  # one line at a stated rate
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    rate = rng.choice([Fraction(9, 10), Fraction(93, 100), Fraction(86, 100)])
    return item("L_o_line_in_euros", "ocr", f"what {was(name)} the {name.lower()} in euros? use "
                f"{float(rate):.2f} EUR per dollar", [money(price * rate)], image=recipe)


def l_o_line_weekly(rng: random.Random) -> Item:  # one line bought every day
    recipe, lines, _ = receipt(rng)
    name, price = rng.choice(lines)
    return item("L_o_line_weekly", "ocr", f"I buy the {name.lower()} every single day. What "
                "does that cost me in a 7-day week?", [money(price * 7)], image=recipe)


def l_o_items_listed(rng: random.Random) -> Item:  # name every line
    recipe, lines, _ = receipt(rng)
    return item("L_o_items_listed", "ocr", "Can you list everything I bought on this receipt? "
                "Names only.", [[name] for name, _ in lines], image=recipe)


def l_o_items_with_prices(rng: random.Random) -> Item:  # every line with its price
    recipe, lines, _ = receipt(rng)
    return item("L_o_items_with_prices", "ocr", "type out each item on here with its price, i "
                "need it for a spreadsheet", [[n] for n, _ in lines] + [money(p) for _, p in lines],
                image=recipe)


def l_o_count_and_total(rng: random.Random) -> Item:  # two parts: count and total
    recipe, lines, total = receipt(rng)
    return item("L_o_count_and_total", "ocr", "How many items did I buy, and what was the "
                "total?", [count(len(lines)), money(total)], image=recipe)


def l_o_dearest_both(rng: random.Random) -> Item:  # name and price of the priciest
    recipe, lines, _ = receipt(rng)
    name, price = max(lines, key=lambda line: line[1])
    return item("L_o_dearest_both", "ocr", "What was the most expensive thing on here and how "
                "much was it?", [[name], money(price)], image=recipe)


def l_o_cheap_both(rng: random.Random) -> Item:  # name and price of the cheapest
    recipe, lines, _ = receipt(rng)
    name, price = min(lines, key=lambda line: line[1])
    return item("L_o_cheap_both", "ocr", "cheapest thing i got + what it cost?",
                [[name], money(price)], image=recipe)


FAMILIES: list[tuple[Family, int]] = families(
    l_o_what_was, l_o_charged_for, l_o_price_pls, l_o_three_of, l_o_pair_sum, l_o_triple_sum,
    l_o_gap_between, l_o_minus_two, l_o_times_dearer, l_o_line_share, l_o_line_discount,
    l_o_line_ex_vat, l_o_dearest_name, l_o_cheapest_name, l_o_dearest_price,
    l_o_cheapest_price, l_o_spread, l_o_how_many_things, l_o_over_ten, l_o_under_sum,
    l_o_which_cost, l_o_first_line, l_o_last_line, l_o_second_price, l_o_median_price,
    l_o_per_unit, l_o_friend_owes, l_o_mine_plus_half, l_o_all_but_dearest, l_o_two_dearest,
    l_o_avg_no_cheapest, l_o_line_in_euros, l_o_line_weekly, l_o_items_listed,
    l_o_items_with_prices, l_o_count_and_total, l_o_dearest_both, l_o_cheap_both)
