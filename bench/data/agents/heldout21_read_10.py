"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 10: rephrasings."""

from __future__ import annotations

import random

from bench.data.agents import heldout21_read as r1
from bench.data.agents import heldout21_read_2 as r2
from bench.data.agents import heldout21_read_3 as r3
from bench.data.agents import heldout21_read_4 as r4
from bench.data.agents import heldout21_read_5 as r5
from bench.data.agents import heldout21_read_6 as r6
from bench.data.agents import heldout21_read_7 as r7
from bench.data.agents import heldout21_read_8 as r8
from bench.data.agents.heldout21_read import Built, F, money, receipt
from bench.data.agents.helpers import Family


def b_friends(rng: random.Random) -> Built:
    r, _lines, s = receipt(rng)
    mates = rng.randint(1, 5)
    return (
        r,
        [money(r1.Q(s["total"], mates + 1), True)],
        {**s, "m": mates, "mw": r1.WORDS[mates], "people": mates + 1},
    )


TEMPLATES_10 = {
    "story_total": (
        r1.b_total,
        (
            "Just got back from {shop} and lost track of what I spent. "
            "Here's the receipt, what was the total?"
        ),
        "My partner asked how much the shopping came to - can you check this receipt?",
    ),
    "story_split": (
        b_friends,
        "me and {mw} friends shared this, everyone pays the same. how much each?",
        (
            "I went out with {m} mates and we're splitting this evenly, "
            "all {people} of us. What's each person's bit?"
        ),
    ),
    "terse_tip": (r1.b_tip_total, "{p}% tip. total?", "receipt + {p}%"),
    "terse_change": (r1.b_change, "gave {paid}. change", "change from {cur}{paid}?"),
    "expense_vat": (
        r2.b_vat_in,
        (
            "For my expense claim I need the VAT part of this total. "
            "VAT rate is {v}%, included in the prices."
        ),
        "accounts want the VAT amount from this receipt - {v}% included",
    ),
    "words_split": (r1.b_split, "split between {nw} please", "{nw} ways, even split?"),
    "fx_story": (
        r1.b_convert,
        (
            "Bought this on holiday. Bank says 1 {code} was {rate} "
            "{to} that day - what did I pay in {to}?"
        ),
        "rate was 1 {code} = {rate} {to}, how much is the receipt total in {to}",
    ),
    "check_line": (
        r1.b_line,
        "did they charge me right for the {item}? what does the receipt say it cost",
        "quick one - {item} price on this?",
    ),
    "sign_hours_story": (
        r3.b_until_close,
        "Heading to this shop, I'll get there at {now24}. How long will I have before they close?",
        "If I arrive {now}, how long have I got inside before closing?",
    ),
    "sign_close_terse": (r3.b_close, "shuts at?", "close time pls"),
    "platform_terse": (
        r3.b_platform,
        "plat for {city}?",
        "where's my train to {city} leaving from",
    ),
    "parking_story": (
        r3.b_parking,
        "Going to the cinema, will be parked about {h} hours. What's that going to cost me?",
        "meeting runs {hw} hours, how much will parking here be",
    ),
    "sale_story": (
        r3.b_sale,
        "Saw this sign at the mall. The boots I want are {was} - what are they now?",
        "normally {was}, price with this discount?",
    ),
    "admission_story": (
        r4.b_admission,
        ("Taking {naw} and {ncw} to this place on Saturday - what's the entry going to cost?"),
        "entry for adults x{na} + children x{nc}?",
    ),
    "order_story": (
        r5.b_order_no,
        "Customer service wants my order number - it's in this screenshot somewhere",
        "order #?",
    ),
    "order_amount_story": (
        r5.b_order_total,
        "was charged for this order, how much was it again?",
        "total on this order pls",
    ),
    "tx_story": (
        r5.b_tx_sum,
        "trying to see how much I blew this month... add these up for me?",
        "sum of all the payments in this screenshot?",
    ),
    "merchant_story": (
        r5.b_tx_merchant,
        "How much did I give {m} on this list? All of the {m} lines added up.",
        "{m} total?",
    ),
    "flight_story": (
        r6.b_board_wait,
        "At the airport, it's {now}. How long until boarding starts on this pass?",
        "time till boarding from {now}?",
    ),
    "journey_story": (
        r6.b_journey,
        "How long am I on the train for? screenshot of my booking",
        "journey duration?",
    ),
    "sleep_story": (
        r6.b_sleep,
        "feel tired today, how much sleep did I actually get according to this?",
        "hours slept?",
    ),
    "goal_story": (
        r7.b_goal_left,
        "How much more do I need to put away for this goal?",
        "still to save?",
    ),
    "bill_story": (
        r7.b_meter,
        (
            "My meter readings are in this screenshot - what should "
            "the electricity cost be (units x rate)?"
        ),
        "kWh used times the rate = ?",
    ),
    "cart_story": (
        r8.b_cart,
        "Before I check out, what does this basket come to?",
        "basket total incl. quantities?",
    ),
    "payslip_story": (
        r8.b_payslip,
        (
            "First payslip at my new job! What's the actual amount "
            "I take home after all the deductions?"
        ),
        "net pay = gross - deductions?",
    ),
    "owed_story": (
        r8.b_owed,
        "After the trip, how much am I still owed altogether?",
        "total owed to me?",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_10.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
