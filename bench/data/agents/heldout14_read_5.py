"""Round 14 (``N_o_*``, dev now), images part five: receipts worked into claims, cashback and
budgets; the usual signs asked about in other words; dates and times read off screenshots
and counted on from."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout14_data import DAYS, MONTHS, Tie, num, pct, retry
from bench.data.agents.heldout14_read import ocr, receipt, screen, sign
from bench.data.agents.heldout14_read_3 import clock
from bench.data.agents.heldout14_read_4 import amount, cash, hhmm, shown, times
from bench.data.agents.helpers import Family, Item, fresh, image_recipe


def n_o_one_handed(rng: random.Random) -> Item:  # terse, typo-ish request for the total
    recipe, _, total = receipt(rng)
    return ocr("N_o_one_handed", "can u tell me the total on this, typing one handed sry",
               [num(total)], recipe)


def n_o_claim_except(rng: random.Random) -> Item:  # total minus one personal line
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_claim_except", f"Work pays for all of this except the {name.lower()}, "
               "which was for me. How much can I claim back?", [num(total - price)], recipe)


def n_o_cashback(rng: random.Random) -> Item:  # total plus cashback taken at the till
    recipe, _, total = receipt(rng)
    return ocr("N_o_cashback", "I also took $20 cashback at the till with this shop. How much"
               " left my account in total?", [num(total + 20)], recipe)


def n_o_she_owes(rng: random.Random) -> Item:  # everything but one line is someone else's
    recipe, lines, total = receipt(rng)
    name, price = rng.choice(lines)
    return ocr("N_o_she_owes", f"I only had the {name.lower()}, my friend had everything else"
               " on here. What does she owe me?", [num(total - price)], recipe)


def n_o_tip_round(rng: random.Random) -> Item:  # 10% tip then up to a whole dollar
    recipe, _, total = receipt(rng)
    paid = math.ceil(total * Fraction(11, 10))
    return ocr("N_o_tip_round", "I want to add 10% and then round up to the next whole "
               "dollar. What do I leave in total?", [num(Fraction(paid))], recipe)


def n_o_pct_more(rng: random.Random) -> Item:  # percentage difference between two lines
    recipe, lines, _ = receipt(rng)
    (a, pa), (b, pb) = sorted(rng.sample(lines, 2), key=lambda line: -line[1])
    return ocr("N_o_pct_more", f"How many percent more expensive was the {a.lower()} than "
               f"the {b.lower()}?", [pct(num((pa - pb) / pb * 100))], recipe)


def n_o_budget_used(rng: random.Random) -> Item:  # total as a share of a budget
    recipe, _, total = receipt(rng)
    return ocr("N_o_budget_used", "I gave myself $50 for this trip to the shops. What "
               "percentage of that did I use?", [pct(num(total * 2))], recipe)


def n_o_sign_do(rng: random.Random) -> Item:  # standard sign, asked what it says exactly
    recipe, words = image_recipe(rng, "sign")
    return ocr("N_o_sign_do", "Is this sign telling me to do something? What does it say "
               "exactly?", [[w] for w in words], recipe)


def n_o_sign_caps(rng: random.Random) -> Item:  # standard sign, shouted request
    recipe, words = image_recipe(rng, "sign")
    return ocr("N_o_sign_caps", "WHAT DOES THIS SAY", [[w] for w in words], recipe)


def n_o_order_weekday(rng: random.Random) -> Item:  # weekday of the order date
    recipe, day = image_recipe(rng, "screenshot")
    weekday = DAYS[datetime.date.fromisoformat(day[0]).weekday()]
    return ocr("N_o_order_weekday", "what day of the week did I place this order?",
               [[weekday]], recipe)


def n_o_order_days_to(rng: random.Random) -> Item:  # days from the order date to a fixed day
    recipe, day = image_recipe(rng, "screenshot")
    gap = (datetime.date(2026, 10, 1) - datetime.date.fromisoformat(day[0])).days
    return ocr("N_o_order_days_to", "How many days were there between this order date and 1 "
               "October 2026?", [[str(gap), f"{gap} days"]], recipe)


def n_o_weekend_hours(rng: random.Random) -> Item:  # length of the weekend opening
    o, c = rng.randint(8, 11), rng.randint(2, 6)
    recipe = sign(rng, ["WEEKENDS", f"{o}AM-{c}PM"])
    n = c + 12 - o
    return ocr("N_o_weekend_hours", "How long are they open on a Saturday?",
               [[f"{n} hours", f"{n} hrs", f"{n}h"]], recipe)


def n_o_delayed_train(rng: random.Random) -> Item:  # departure time plus a delay
    h, m = hhmm(rng)
    d = rng.randint(3, 40)
    new = datetime.datetime(2026, 1, 1, h, m) + datetime.timedelta(minutes=d)
    if new.day != 1:
        raise Tie
    recipe = screen(rng, f"Train to {rng.choice(['Derby', 'Exeter', 'Chester'])}",
                    [f"Departs {h:02d}:{m:02d}", f"Delayed {d} min"])
    return ocr("N_o_delayed_train", "so what time will my train actually leave?",
               [times(new.hour, new.minute)], recipe)


def n_o_bill_flatmates(rng: random.Random) -> Item:  # bill on a screenshot split three ways
    due = cash(rng, 40, 300)
    day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}"
    recipe = screen(rng, "Electricity bill", [f"Amount due: {shown(due)}", f"Due date: {day}"])
    return ocr("N_o_bill_flatmates", "There are three of us in the flat. What's each "
               "person's share of this bill?", [num(due / 3)], recipe)


def n_o_sub_weekly(rng: random.Random) -> Item:  # monthly price as a weekly cost
    p = Fraction(rng.randint(4, 30) * 100 - 1, 100)
    recipe = screen(rng, "Subscription", ["Plan: Family", f"{shown(p)} / month"])
    return ocr("N_o_sub_weekly", "Roughly what does this work out to per week? (12 months "
               "over 52 weeks)", [num(p * 12 / 52)], recipe)


def n_o_gate_closes(rng: random.Random) -> Item:  # boarding time plus a fixed interval
    h, m = rng.randint(6, 21), rng.choice([0, 10, 15, 20, 30, 40, 45])
    end = datetime.datetime(2026, 1, 1, h, m) + datetime.timedelta(minutes=25)
    recipe = screen(rng, "Boarding pass", [f"Flight {rng.choice(['EZ', 'FR', 'U2'])} "
                                           f"{rng.randint(100, 999)}", f"Boarding {h:02d}:{m:02d}"])
    return ocr("N_o_gate_closes", "The gate shuts 25 minutes after boarding starts. What "
               "time is that?", [times(end.hour, end.minute)], recipe)


def n_o_payday_left(rng: random.Random) -> Item:  # balance divided by days to payday
    b, k = cash(rng, 80, 900), rng.randint(3, 14)
    recipe = screen(rng, "Current account", [f"Balance: {shown(b)}",
                                             f"Payday in {k} days"])
    return ocr("N_o_payday_left", "How much can I spend per day until payday without going "
               "below zero?", [amount(b / k)], recipe)


def n_o_close_in(rng: random.Random) -> Item:  # last-orders time on a pub board
    c = rng.randint(5, 10)
    recipe = sign(rng, ["LAST ORDERS", f"{c}PM"])
    return ocr("N_o_close_in", "when's last orders?", [clock(c, True)], recipe)


def n_o_month_of_due(rng: random.Random) -> Item:  # month name of a date on a screenshot
    m = rng.randint(1, 12)
    day = f"2026-{m:02d}-{rng.randint(10, 28)}"
    recipe = screen(rng, "Car tax", [f"Vehicle: {rng.choice(['AB12 CDE', 'XY66 ZZT'])}",
                                     f"Expires: {day}"])
    return ocr("N_o_month_of_due", "which month does my car tax run out?", [[MONTHS[m - 1]]],
               recipe)


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    n_o_one_handed, n_o_claim_except, n_o_cashback, n_o_she_owes, n_o_tip_round, n_o_pct_more,
    n_o_budget_used, n_o_sign_do, n_o_sign_caps, n_o_order_weekday, n_o_order_days_to,
    n_o_weekend_hours, n_o_delayed_train, n_o_bill_flatmates, n_o_sub_weekly,
    n_o_gate_closes, n_o_payday_left, n_o_close_in, n_o_month_of_due)]
