"""Round 15 (``J_m_*``, dev now) more photo requests: a receipt's total used in everyday sums
(points, budgets, instalments, comparisons), and signs or screenshots read alongside another
ask."""

from __future__ import annotations

import datetime
import random

from bench.data.agents.heldout15_multi_common import (
    MILE,
    F,
    Made,
    at,
    cash,
    convert,
    forms,
    gather,
    image_recipe,
    km,
    ok,
    receipt,
    root,
)


def loyalty_points(r: random.Random) -> Made:  # total, then points at 2 per dollar (whole)
    img, t, _ = receipt(r)
    pts = int(t) * 2
    return ("how much was this shop and how many loyalty points do I get? it's 2 points per "
            "whole dollar spent", [at(t), [f"{pts} points", str(pts)]], {"image": img})


def instalments_four(r: random.Random) -> Made:  # total paid in four instalments
    img, t, _ = receipt(r)
    q = t / 4
    if not ok(q):
        return None
    return ("paying this off in 4 equal instalments — read the total and tell me each payment",
            [at(t), forms(q)], {"image": img})


def receipt_vs_budget_pct(r: random.Random) -> Made:  # what percent of a budget it used
    img, t, _ = receipt(r)
    b = r.choice([60, 75, 90, 120])
    p = t * 100 / b
    if not ok(p):
        return None
    return (f"what's the total on this, and what percent of my ${b} budget did it eat?",
            [at(t), [f"{v}%" for v in forms(p)]], {"image": img})


def receipt_plus_earlier(r: random.Random) -> Made:  # add an earlier purchase
    img, t, _ = receipt(r)
    e = F(r.randint(500, 6000), 100)
    return (f"I already spent ${float(e):.2f} earlier today. what's on this receipt and what's my "
            "spend for the day?", [at(t), forms(t + e)], {"image": img})


def receipt_gbp_tip(r: random.Random) -> Made:  # total in pounds then a 12.5% service charge
    img, t, _ = receipt(r)
    g = convert(t, "USD", "GBP")
    s = g * F(125, 1000)
    if not ok(g, s):
        return None
    return ("Total please, then convert to GBP and add what 12.5% service would be in GBP",
            [at(t), cash(g, "GBP"), cash(s, "GBP")], {"image": img})


def receipt_cheapest_item(r: random.Random) -> Made:  # cheapest line and difference to dearest
    img, _t, items = receipt(r)
    ps = sorted(p for _, p in items)
    if ps[0] == ps[1]:
        return None
    name = min(items, key=lambda i: i[1])[0]
    return ("cheapest thing on this receipt? and how much more did the most expensive one cost "
            "than it?", [[name], forms(ps[-1] - ps[0])], {"image": img})


def receipt_reimburse_half(r: random.Random) -> Made:  # half reimbursed, in euros
    img, t, _ = receipt(r)
    e = convert(t / 2, "USD", "EUR")
    if not ok(t / 2, e):
        return None
    return ("my company reimburses half of this. what's the total, what's half, and what's "
            "half in euros?", [at(t), forms(t / 2), cash(e, "EUR")], {"image": img})


def receipt_hours_work(r: random.Random) -> Made:  # hours of work to pay for it
    img, t, _ = receipt(r)
    w = r.choice([12, 15, 16, 18, 20, 25])
    h = t / w
    if not ok(h):
        return None
    return (f"I earn ${w} an hour. how many hours did I work for this shop? include the total",
            [at(t), [f"{v} hours" for v in forms(h)]], {"image": img})


def receipt_price_per_person_family(r: random.Random) -> Made:  # total for a family, per person
    img, t, _ = receipt(r)
    k = r.randint(3, 6)
    if not ok(t / k):
        return None
    return (f"family of {k}, this was lunch. total? per head?", [at(t), forms(t / k)],
            {"image": img})


def receipt_and_equation(r: random.Random) -> Made:  # read a receipt and solve an unrelated eq.
    img, t, _ = receipt(r)
    a, x, b = r.randint(2, 9), r.randint(-9, 15), r.randint(1, 20)
    return (f"while you're at it: what's the total on the receipt, and solve {a}x + {b} = "
            f"{a * x + b}", [at(t), root(x)], {"image": img})


def receipt_missing_change(r: random.Random) -> Made:  # paid with two notes, change
    img, t, _ = receipt(r)
    paid = 20 * (int(t) // 20 + 1)
    return (f"handed over ${paid}. what was the total and what change?",
            [at(t), forms(paid - t)], {"image": img})


def sign_exit_distance(r: random.Random) -> Made:  # read a sign, then a distance conversion
    img, words = image_recipe(r, "sign")
    m = r.randint(2, 30)
    k = F(m) * MILE
    if not ok(k):
        return None
    return (f"what's written on this? also how many km is {m} miles",
            [[words[0]], km(k)], {"image": img})


def sign_open_until(r: random.Random) -> Made:  # hours on a sign, minutes left
    img, words = image_recipe(r, "sign")
    if words != ["OPEN", "9AM TO 5PM"]:
        return None
    now = r.randint(9 * 60 + 5, 16 * 60 + 55)
    left = 17 * 60 - now
    return (f"it's {now // 60 if now < 780 else now // 60 - 12}:{now % 60:02d} now. what hours "
            "does this sign say, and how many minutes until it closes?",
            [["9AM TO 5PM", "9am to 5pm", "9 AM to 5 PM"], [f"{left} minutes", f"{left} min"]],
            {"image": img})


def sign_floor_and_sum(r: random.Random) -> Made:  # a library sign and arithmetic
    img, words = image_recipe(r, "sign")
    if words != ["LIBRARY", "FLOOR 2"]:
        return None
    a, b = r.randint(100, 999), r.randint(100, 999)
    return (f"which floor is the library on according to the sign? and {a} + {b}?",
            [["FLOOR 2", "floor 2"], [str(a + b), f"{a + b:,}"]], {"image": img})


def screenshot_days_since(r: random.Random) -> Made:  # days between the order and a date
    img, ans = image_recipe(r, "screenshot")
    d = datetime.date.fromisoformat(ans[0])
    later = d + datetime.timedelta(days=r.randint(3, 40))
    gap = (later - d).days
    return (f"when did I order this (see screenshot)? it arrived {later.isoformat()} — how many "
            "days did it take?", [ans, [f"{gap} days"]], {"image": img})


def screenshot_weekday(r: random.Random) -> Made:  # the order date and its weekday
    img, ans = image_recipe(r, "screenshot")
    wd = datetime.date.fromisoformat(ans[0]).strftime("%A")
    return ("what date is on this order and what day of the week was that?", [ans, [wd]],
            {"image": img})


def receipt_monthly_avg(r: random.Random) -> Made:  # add to a running total for the month
    img, t, _ = receipt(r)
    so_far, k = r.randint(100, 600), r.randint(3, 9)
    tot = so_far + t
    avg = tot / (k + 1)
    if not ok(avg):
        return None
    return (f"I've spent ${so_far} on groceries over {k} trips this month. add this receipt: "
            "what's the new total and the average per trip?", [at(t), forms(tot), forms(avg)],
            {"image": img})


IMAGE_2 = gather(loyalty_points, instalments_four, receipt_vs_budget_pct, receipt_plus_earlier,
                 receipt_gbp_tip, receipt_cheapest_item, receipt_reimburse_half,
                 receipt_hours_work, receipt_price_per_person_family, receipt_and_equation,
                 receipt_missing_change, sign_exit_distance, sign_open_until,
                 sign_floor_and_sum, screenshot_days_since, screenshot_weekday,
                 receipt_monthly_avg)
