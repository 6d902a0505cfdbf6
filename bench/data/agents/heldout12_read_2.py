"""Round 12 (``P_o_*``, dev now), part two: what is on a receipt (items, the shop, the dearest
and cheapest lines) and what a photographed sign says, drawn via :func:`image_recipe`."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout12_data import Tie, counted, retry
from bench.data.agents.heldout12_read import money, ocr, receipt
from bench.data.agents.helpers import Family, Item, fresh, image_recipe

ITEMS = ["items", "things", "products", "lines", "different items"]


# --- what is on a receipt --------------------------------------------------------------

def p_o_priciest_name(rng: random.Random) -> Item:  # name of the dearest line
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_priciest_name", "which item on this cost the most?", recipe,
               [[max(lines, key=lambda line: line[1])[0]]])


def p_o_cheapest_name(rng: random.Random) -> Item:  # name of the cheapest line
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_cheapest_name", "What was the cheapest thing I got here?", recipe,
               [[min(lines, key=lambda line: line[1])[0]]])


def p_o_cheapest_price(rng: random.Random) -> Item:  # the lowest price
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_cheapest_price", "lowest price on the receipt?", recipe,
               [money(min(price for _, price in lines))])


def p_o_gap(rng: random.Random) -> Item:  # dearest minus cheapest
    recipe, lines, _ = receipt(rng)
    prices = [price for _, price in lines]
    return ocr("P_o_gap", "How much more was the most expensive item than the cheapest one?",
               recipe, [money(max(prices) - min(prices))])


def p_o_count(rng: random.Random) -> Item:  # number of lines
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_count", "how many things did I buy on this receipt?", recipe,
               [counted(len(lines), ITEMS)])


def p_o_over_ten(rng: random.Random) -> Item:  # lines priced over $10
    recipe, lines, _ = receipt(rng)
    n = sum(price > 10 for _, price in lines)
    if not n:
        raise Tie
    return ocr("P_o_over_ten", "How many of the items on here cost more than $10?", recipe,
               [counted(n, [*ITEMS, "of them"])])


def p_o_under_five(rng: random.Random) -> Item:  # sum of the lines under $5
    recipe, lines, _ = receipt(rng)
    cheap = [price for _, price in lines if price < 5]
    if len(cheap) < 2:
        raise Tie
    return ocr("P_o_under_five", "add up just the items that were under $5 each", recipe,
               [money(sum(cheap, Fraction(0)))])


def p_o_shop(rng: random.Random) -> Item:  # the shop, casual
    recipe, _, _ = receipt(rng)
    return ocr("P_o_shop", "which store's this receipt from?", recipe, [[recipe["shop"]]])


def p_o_shop_formal(rng: random.Random) -> Item:  # the shop, formal
    recipe, _, _ = receipt(rng)
    return ocr("P_o_shop_formal", "Could you tell me the name of the business that issued "
               "this receipt?", recipe, [[recipe["shop"]]])


def p_o_list(rng: random.Random) -> Item:  # every item bought
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_list", "List everything I bought, please — just the item names.", recipe,
               [[name] for name, _ in lines])


def p_o_read_all(rng: random.Random) -> Item:  # every item with its price
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_read_all", "can you read me each item on this with its price?", recipe,
               [part for name, price in lines for part in ([name], money(price))])


def p_o_shop_total(rng: random.Random) -> Item:  # shop and total, two parts
    recipe, _, total = receipt(rng)
    return ocr("P_o_shop_total", "Where was this bought and what did it come to?", recipe,
               [[recipe["shop"]], money(total)])


def p_o_priciest_both(rng: random.Random) -> Item:  # dearest line's name and price
    recipe, lines, _ = receipt(rng)
    name, price = max(lines, key=lambda line: line[1])
    return ocr("P_o_priciest_both", "What's the most expensive thing on this receipt and how "
               "much was it?", recipe, [[name], money(price)])


def p_o_first_line(rng: random.Random) -> Item:  # first printed line, name and price
    recipe, lines, _ = receipt(rng)
    name, price = lines[0]
    return ocr("P_o_first_line", "what's the first item listed, and its price?", recipe,
               [[name], money(price)])


def p_o_last_line(rng: random.Random) -> Item:  # last line above the total
    recipe, lines, _ = receipt(rng)
    return ocr("P_o_last_line", "Which item is printed last, just above the total?", recipe,
               [[lines[-1][0]]])


# --- signs -----------------------------------------------------------------------------

def sign(family: str, text: str, rng: random.Random) -> Item:
    recipe, words = image_recipe(rng, "sign")
    return ocr(family, text, recipe, [[w] for w in words])


def p_o_sign_written(rng: random.Random) -> Item:  # plain
    return sign("P_o_sign_written", "what's written on this sign?", rng)


def p_o_sign_glasses(rng: random.Random) -> Item:  # chatty, can't see well
    return sign("P_o_sign_glasses", "Left my glasses at home 🙈 can you read this sign out for "
                "me?", rng)


def p_o_sign_transcribe(rng: random.Random) -> Item:  # formal, transcription
    return sign("P_o_sign_transcribe", "Please transcribe the text in this photo.", rng)


def p_o_sign_verbatim(rng: random.Random) -> Item:  # word for word
    return sign("P_o_sign_verbatim", "type out exactly what it says, word for word", rng)


def p_o_sign_meaning(rng: random.Random) -> Item:  # what it tells the reader
    return sign("P_o_sign_meaning", "Took a picture of this sign — what's it say?", rng)


def p_o_sign_learner(rng: random.Random) -> Item:  # a learner of English
    return sign("P_o_sign_learner", "My English reading is not so good. Which words are on "
                "this sign?", rng)


def p_o_sign_notes(rng: random.Random) -> Item:  # copy for pasting
    return sign("P_o_sign_notes", "copy the text off this sign so I can paste it into my "
                "notes", rng)


def p_o_sign_terse(rng: random.Random) -> Item:  # one word
    return sign("P_o_sign_terse", "text?", rng)


def p_o_sign_notice(rng: random.Random) -> Item:  # a notice seen somewhere
    return sign("P_o_sign_notice", "There's a notice up here, what does it say? Photo "
                "attached.", rng)


def p_o_sign_friend(rng: random.Random) -> Item:  # relayed from a friend
    return sign("P_o_sign_friend", "My friend sent me this pic of a sign but it's a bit blurry "
                "on my phone. Can you make out the words?", rng)


def p_o_sign_top_line(rng: random.Random) -> Item:  # only the first line
    recipe, words = image_recipe(rng, "sign")
    return ocr("P_o_sign_top_line", "what does the top line of this sign say?", recipe,
               [[words[0]]])


def p_o_sign_word_count(rng: random.Random) -> Item:  # how many words
    recipe, words = image_recipe(rng, "sign")
    n = len(" ".join(words).split())
    return ocr("P_o_sign_word_count", "How many words are on this sign?", recipe,
               [counted(n, ["words", "word"] if n == 1 else ["words"])])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_o_priciest_name, p_o_cheapest_name, p_o_cheapest_price, p_o_gap, p_o_count,
    p_o_over_ten, p_o_under_five, p_o_shop, p_o_shop_formal, p_o_list, p_o_read_all,
    p_o_shop_total, p_o_priciest_both, p_o_first_line, p_o_last_line, p_o_sign_written,
    p_o_sign_glasses, p_o_sign_transcribe, p_o_sign_verbatim, p_o_sign_meaning,
    p_o_sign_learner, p_o_sign_notes, p_o_sign_terse, p_o_sign_notice, p_o_sign_friend,
    p_o_sign_top_line, p_o_sign_word_count)]
