"""Round 11 (``Q_*``, dev now) for ``muse bench agents``, maths part one: arithmetic,
percentages, money, powers, roots, factorials and fractions, with the answer forms the
other ``heldout11`` maths modules share."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.helpers import Family, Item, fmt, fresh, item


def dedupe(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def whole(n: int) -> list[str]:
    """An integer, with thousands separators too when it is large."""
    out = [str(n), f"{n:,}"]
    if n < 0:
        out += [f"−{-n}", f"−{-n:,}"]
    return dedupe(out)


def tie(value: float | F) -> bool:
    """True when two-decimal rounding of value would sit on a half cent."""
    v = F(value) if isinstance(value, int | F) else F(str(value))
    return (v * 200).denominator == 1 and (v * 100).denominator != 1


def dec(value: float) -> list[str]:
    """A value to two decimals, trailing zero kept or dropped."""
    return dedupe([fmt(value), f"{value:.2f}"])


def money(value: F | float) -> list[str]:
    v = float(value)
    return dedupe([f"{v:.2f}", f"{v:,.2f}"])


def frac(value: F) -> list[str]:
    """An exact rational, plus its decimal when that is short."""
    out = [str(value)]
    if value.denominator != 1:
        if (value * 10**4).denominator == 1:
            out.append(f"{float(value):.4f}".rstrip("0"))
        if value.numerator < 0:
            out.append(f"−{-value}")
    return dedupe(out)


def eq(name: str, values: list[str]) -> list[str]:
    return dedupe([f"{name} = {v}" for v in values] + [f"{name}={v}" for v in values])


def pct(value: float) -> list[str]:
    return dedupe([f"{v}%" for v in dec(value)] + [f"{v} %" for v in dec(value)]
                  + [f"{v} percent" for v in dec(value)])


# --- arithmetic ------------------------------------------------------------------------

def q_times(rng: random.Random) -> Item:  # a two-by-three digit product, terse
    a, b = rng.randint(12, 99), rng.randint(101, 999)
    return item("Q_a_times", "math", f"{b} x {a}?", [whole(a * b)])


def q_share_out(rng: random.Random) -> Item:  # an exact division said in words
    d, q = rng.randint(6, 48), rng.randint(25, 400)
    return item("Q_a_share_out", "math", f"How much is {d * q} divided by {d}?", [whole(q)])


def q_column_sum(rng: random.Random) -> Item:  # a list of numbers to add
    ns = [rng.randint(40, 9000) for _ in range(rng.randint(4, 6))]
    return item("Q_a_column_sum", "math", "can u add these up for me: " + ", ".join(map(str, ns)),
                [whole(sum(ns))])


def q_below_zero(rng: random.Random) -> Item:  # a subtraction that goes negative
    a, b, c = rng.randint(20, 150), rng.randint(160, 600), rng.randint(5, 90)
    return item("Q_a_below_zero", "math", f"what do you get for {a} - {b} + {c}",
                [whole(a - b + c)])


def q_precedence(rng: random.Random) -> Item:  # mixed operators, precedence matters
    a, b, c, d = rng.randint(2, 30), rng.randint(2, 12), rng.randint(2, 15), rng.randint(2, 9)
    e = d * rng.randint(2, 12)
    return item("Q_a_precedence", "math", f"Calculate {a} + {b} * {c} - {e} / {d}",
                [whole(a + b * c - e // d)])


def q_negatives(rng: random.Random) -> Item:  # products of negative numbers in brackets
    a, b, c = rng.randint(2, 15), rng.randint(2, 15), rng.randint(3, 60)
    return item("Q_a_negatives", "math", f"(-{a}) * (-{b}) - {c} = ?", [whole(a * b - c)])


def q_remainder(rng: random.Random) -> Item:  # a remainder on division
    n, d = rng.randint(500, 20000), rng.randint(7, 97)
    if n % d == 0:
        return q_remainder(rng)
    return item("Q_a_remainder", "math", f"What's the remainder when {n} is divided by {d}?",
                [whole(n % d)])


def q_one_to_n(rng: random.Random) -> Item:  # the sum of 1..n
    n = rng.randint(30, 500)
    return item("Q_a_one_to_n", "math", f"if I add every whole number from 1 up to {n}, "
                "what's the total?", [whole(n * (n + 1) // 2)])


def q_sci(rng: random.Random) -> Item:  # a product in scientific notation
    a, b = rng.choice([n for n in range(11, 100) if n % 10]) / 10, rng.randint(2, 9)
    p, q = rng.randint(2, 6), rng.randint(2, 5)
    value = round(a * b * 10 ** (p + q))
    digits = str(value).rstrip("0")
    mant, power = (digits[0] + ("." + digits[1:] if len(digits) > 1 else "")), len(str(value)) - 1
    sci = [f"{mant} × 10^{power}", f"{mant} x 10^{power}", f"{mant}×10^{power}",
           f"{mant}e{power}", f"{mant}e+{power}", f"{mant} * 10^{power}"]
    return item("Q_a_sci", "math", f"({a} × 10^{p}) × ({b} × 10^{q}) = ?",
                [dedupe(whole(value) + sci)])


# --- percentages and money -------------------------------------------------------------

def q_pct_of(rng: random.Random) -> Item:  # a plain percentage of a number
    p, n = rng.choice([5, 12, 15, 18, 22, 35, 45, 65, 85]), rng.randint(40, 2400)
    v = F(p * n, 100)
    if tie(v):
        return q_pct_of(rng)
    return item("Q_a_pct_of", "math", f"whats {p}% of {n}", [dec(float(v))])


def q_pct_rise(rng: random.Random) -> Item:  # a percentage increase between two prices
    old = rng.randint(20, 400)
    new = old + rng.randint(1, old)
    v = F(new - old, old) * 100
    if tie(v):
        return q_pct_rise(rng)
    return item("Q_a_pct_rise", "math", f"my rent went from {old} to {new} a week. by what "
                "percentage did it go up?", [pct(float(v))])


def q_score_pct(rng: random.Random) -> Item:  # a test mark as a percentage
    total = rng.choice([40, 45, 55, 60, 64, 75, 80, 120])
    got = rng.randint(total // 3, total - 1)
    v = F(got * 100, total)
    if tie(v):
        return q_score_pct(rng)
    return item("Q_a_score_pct", "math", f"I got {got} out of {total} on my exam, what "
                "percentage is that?", [pct(float(v))])


def q_tip(rng: random.Random) -> Item:  # a restaurant tip
    bill, p = F(rng.randint(1800, 24000), 100), rng.choice([12, 15, 18, 20, 22])
    v = bill * p / 100
    if tie(v):
        return q_tip(rng)
    return item("Q_a_tip", "math", f"Our bill is ${float(bill):.2f}. How much is a {p}% tip?",
                [money(v)])


def q_split(rng: random.Random) -> Item:  # a bill plus tip shared between friends
    bill, p, n = F(rng.randint(6000, 40000), 100), rng.choice([10, 15, 20]), rng.randint(3, 8)
    v = bill * (100 + p) / 100 / n
    if tie(v):
        return q_split(rng)
    return item("Q_a_split", "math", f"dinner was {float(bill):.2f} for {n} of us, we're adding "
                f"{p}% tip and splitting evenly. how much does each person pay?", [money(v)])


def q_sale(rng: random.Random) -> Item:  # a price after a discount
    price, p = rng.randint(15, 600), rng.choice([15, 20, 25, 30, 35, 40, 60])
    v = F(price * (100 - p), 100)
    if tie(v):
        return q_sale(rng)
    return item("Q_a_sale", "math", f"The coat is ${price} and it's {p}% off today. What will I "
                "actually pay?", [money(v)])


def q_before_sale(rng: random.Random) -> Item:  # the price before a discount
    p = rng.choice([10, 20, 25, 40, 50])
    original = F(rng.randint(800, 30000), 100) if p != 25 else F(rng.randint(8, 300))
    paid = original * (100 - p) / 100
    if (paid * 100).denominator != 1:
        return q_before_sale(rng)
    return item("Q_a_before_sale", "math", f"paid {float(paid):.2f} for shoes after a {p}% "
                "discount, what was the original price?", [money(original)])


def q_vat(rng: random.Random) -> Item:  # a price with VAT added
    net, rate = F(rng.randint(500, 90000), 100), rng.choice([5, 19, 20, 21])
    v = net * (100 + rate) / 100
    if tie(v):
        return q_vat(rng)
    return item("Q_a_vat", "math", f"£{float(net):.2f} + {rate}% VAT = ?", [money(v)])


def q_up_down(rng: random.Random) -> Item:  # two successive percentage changes
    a, b = rng.choice([10, 20, 25, 30, 40, 50]), rng.choice([10, 20, 25, 30, 40])
    v = ((100 + a) * (100 - b) - 10000) / 100
    if v == 0:
        return q_up_down(rng)
    shown = dedupe([*pct(v), *pct(abs(v))]) if v > 0 else pct(v) + [
        f"{p} decrease" for p in pct(abs(v))] + [f"down {p}" for p in pct(abs(v))] + [
        f"{p} lower" for p in pct(abs(v))] + [f"{p} less" for p in pct(abs(v))]
    return item("Q_a_up_down", "math", f"A stock rose {a}% on Monday and then fell {b}% on "
                "Tuesday. What's the overall percent change?", [shown])


def q_raise(rng: random.Random) -> Item:  # a salary after a raise
    pay, p = rng.randint(24, 95) * 1000, rng.choice([2.5, 3, 3.5, 4, 4.5, 6])
    v = F(pay) * (100 + F(str(p))) / 100
    return item("Q_a_raise", "math", f"If I get a {p}% raise on my {pay:,} salary, what's my "
                "new salary?", [dedupe(whole(int(v)) + money(v)) if v.denominator == 1
                                 else money(v)])


def q_basket(rng: random.Random) -> Item:  # a small shopping total
    loaves, pl = rng.randint(2, 4), F(rng.randint(150, 390), 100)
    milks, pm = rng.randint(1, 3), F(rng.randint(89, 199), 100)
    cheese = F(rng.randint(250, 890), 100)
    v = loaves * pl + milks * pm + cheese
    return item("Q_a_basket", "math", f"{loaves} loaves at {float(pl):.2f}, {milks} milk at "
                f"{float(pm):.2f} and a cheese for {float(cheese):.2f} - what's my total?",
                [money(v)])


def q_change(rng: random.Random) -> Item:  # change from a note
    note = rng.choice([20, 50, 100])
    cost = F(rng.randint(note * 30, note * 98), 100)
    return item("Q_a_change", "math", f"it came to ${float(cost):.2f} and I handed over a ${note} "
                "bill. how much change should I get", [money(note - cost)])


def q_hours(rng: random.Random) -> Item:  # weekly pay with overtime
    rate, hours = F(rng.randint(1200, 3400), 100), rng.randint(41, 52)
    v = rate * 40 + rate * F(3, 2) * (hours - 40)
    if tie(v):
        return q_hours(rng)
    return item("Q_a_hours", "math", f"I worked {hours} hours this week at ${float(rate):.2f}/hr. "
                "anything over 40 is time and a half. what did I earn before tax?", [money(v)])


def q_save_weeks(rng: random.Random) -> Item:  # weeks needed to reach a savings goal
    per, goal = rng.randint(15, 120), rng.randint(400, 6000)
    weeks = -(-goal // per)
    if goal % per == 0:
        return q_save_weeks(rng)
    return item("Q_a_save_weeks", "math", f"If I put away ${per} every week, how many weeks "
                f"until I have ${goal}?", [[f"{weeks} weeks", f"{weeks} week"]])


def q_compound(rng: random.Random) -> Item:  # compound interest, yearly
    p, r, n = rng.randint(10, 200) * 100, rng.choice([2, 3, 3.5, 4, 5, 6]), rng.randint(2, 15)
    v = F(p) * (1 + F(str(r)) / 100) ** n
    if tie(v) or abs(float(v * 100) % 1 - 0.5) < 1e-3:
        return q_compound(rng)
    return item("Q_a_compound", "math", f"${p:,} invested at {r}% a year, compounded annually. "
                f"How much after {n} years?", [money(round(v, 2))])


def q_simple_interest(rng: random.Random) -> Item:  # simple interest on a loan
    p, r, n = rng.randint(5, 300) * 100, rng.choice([3, 4.5, 5, 7, 8.5]), rng.randint(2, 9)
    v = F(p) * F(str(r)) * n / 100
    return item("Q_a_simple_interest", "math", f"simple interest on {p} at {r}% per year for {n} "
                "years?", [money(v)])


def q_shares(rng: random.Random) -> Item:  # profit on a share trade
    n, buy = rng.randint(10, 400), F(rng.randint(500, 9000), 100)
    sell = buy + F(rng.randint(20, 1500), 100)
    return item("Q_a_shares", "math", f"Bought {n} shares at {float(buy):.2f} and sold them at "
                f"{float(sell):.2f}. Profit?", [money(n * (sell - buy))])


def q_ratio(rng: random.Random) -> Item:  # money shared in a ratio
    parts = [rng.randint(1, 7) for _ in range(3)]
    if len(set(parts)) < 3:
        return q_ratio(rng)
    total = sum(parts) * rng.randint(20, 400)
    shares = [total * p // sum(parts) for p in parts]
    return item("Q_a_ratio", "math", f"Split ${total} between three of us in the ratio "
                f"{parts[0]}:{parts[1]}:{parts[2]}", [whole(s) for s in shares])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    q_times, q_share_out, q_column_sum, q_below_zero, q_precedence, q_negatives, q_remainder,
    q_one_to_n, q_sci, q_pct_of, q_pct_rise, q_score_pct, q_tip, q_split, q_sale,
    q_before_sale, q_vat, q_up_down, q_raise, q_basket, q_change, q_hours, q_save_weeks,
    q_compound, q_simple_interest, q_shares, q_ratio)]
