"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 8: mixed photo chores."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    CASH,
    CODE,
    EN,
    MONTHS,
    Family,
    Made,
    clock,
    count,
    day,
    family,
    fx,
    hm,
    low,
    money,
    number,
    pct,
    pick,
    receipt,
    shot,
    sign,
    span,
    total,
)

CURS = ["$", "£", "€"]


@family
def friend_owes_rest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["restaurant", "cafe"]), n=(4, 6))
    (a, ca), (b, cb) = rng.sample(lines, 2)
    text = (f"I had the {low(a)} and the {low(b)}; everything else on this bill was my "
            "friend's. How much does my friend owe?")
    return text, [money(total(lines) - ca - cb, True)], recipe


@family
def forgot_item(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="grocery")
    extra = rng.randint(99, 899)
    thing = rng.choice(["milk", "a loaf", "coffee", "eggs", "a bag of apples"])
    text = (f"I forgot {thing}, which would've been {cur}{extra / 100:.2f}. What would this "
            "receipt's total have been with it?")
    return text, [money(total(lines) + extra, True)], recipe


@family
def charity_roundup(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    t = total(lines)
    if t % 100 == 0:
        return None
    text = (f"The till rounds the total up to the next whole {CASH[cur][:-1]} and the "
            "difference goes to charity. How much did I donate?")
    return text, [money(100 - t % 100, True)], recipe


@family
def card_surcharge(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng)
    p = rng.choice(["1.5", "2", "2.5", "3", "1.75"])
    text = (f"They add a {p}% surcharge for paying by card. What would the card payment be? "
            "Round to the cent.")
    return text, [money(F(total(lines), 100) * (1 + F(p) / 100))], recipe


@family
def instalments(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind=rng.choice(["hardware", "books", "pets"]))
    k = rng.choice([2, 3, 4, 6])
    text = pick(rng, f"If I pay this off in {EN[k]} equal interest-free instalments, how big "
                     "is each one? nearest cent",
                f"split into {k} equal payments, what's each payment?")
    return text, [money(F(total(lines), 100 * k))], recipe


@family
def two_cheapest(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(4, 6))
    cs = sorted(c for _, c in lines)
    text = "What do the two cheapest things on this receipt add up to?"
    return text, [money(cs[0] + cs[1], True)], recipe


@family
def convert_then_split(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, kind="restaurant")
    to = rng.choice([c for c in ["USD", "EUR", "GBP"] if c != CODE[cur]])
    rate = fx(rng, CODE[cur], to)
    k = rng.randint(2, 5)
    text = (f"Holiday dinner, {EN[k]} of us. Convert the total to {to} at 1 {CODE[cur]} = "
            f"{float(rate):.2f} {to}, then split it evenly. What's each share in {to}? "
            "Only round the final answer, to the cent.")
    return text, [money(F(total(lines), 100 * k) * rate)], recipe


@family
def tax_and_tip(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="restaurant")
    tax, tip = rng.choice([6, 7, 8, 9]), rng.choice([15, 18, 20])
    text = (f"These prices are pre-tax. Add {tax}% tax, plus a {tip}% tip worked out on the "
            "pre-tax amount. What's the grand total? Round only the final figure, to the cent.")
    return text, [money(F(total(lines) * (100 + tax + tip), 10000))], recipe


@family
def workday_habit(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, kind="cafe")
    good, cents = rng.choice(lines)
    days = rng.choice([3, 4, 5])
    weeks = rng.choice([1, 4, 48])
    span_text = {1: "a week", 4: "four weeks", 48: "a year (48 working weeks)"}[weeks]
    text = (f"I get the {low(good)} {EN[days]} days a week. At this receipt's price, what does "
            f"that cost over {span_text}?")
    return text, [money(cents * days * weeks, True)], recipe


@family
def size_upgrade(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    sizes = sorted(rng.sample(range(220, 560, 10), 3))
    rows = [f"SMALL {cur}{sizes[0] / 100:.2f}", f"MEDIUM {cur}{sizes[1] / 100:.2f}",
            f"LARGE {cur}{sizes[2] / 100:.2f}"]
    a, b = rng.choice([(0, 2), (0, 1), (1, 2)])
    names = ["small", "medium", "large"]
    text = f"How much extra is a {names[b]} compared to a {names[a]}?"
    return text, [money(sizes[b] - sizes[a], True)], sign(rng, ["SMOOTHIES", *rows])


@family
def lift_trips(rng: random.Random) -> Made:
    cap = rng.choice([4, 5, 6, 8, 10])
    group = rng.randint(cap + 1, 6 * cap)
    lines = ["LIFT", f"MAX {cap} PERSONS"]
    last = group % cap or cap
    text = (f"There are {group} of us with no stairs option. If every trip goes full except "
            "maybe the last, how many lift trips does it take, and how many ride in the last?")
    return text, [count(math.ceil(F(group, cap)), "trips"), count(last)], sign(rng, lines)


@family
def open_days_hours(rng: random.Random) -> Made:
    days = rng.choice([("TUE-SAT", 5), ("MON-FRI", 5), ("WED-SUN", 5), ("MON-SAT", 6),
                       ("THU-SUN", 4), ("FRI-SUN", 3)])
    a = rng.choice(range(8 * 60, 11 * 60, 30))
    b = rng.choice(range(15 * 60, 20 * 60, 30))
    lines = ["GALLERY", f"OPEN {days[0]}", f"{hm(a)}-{hm(b)}"]
    text = "How many hours a week is this gallery open?"
    return text, [span(days[1] * (b - a))], sign(rng, lines)


@family
def train_to(rng: random.Random) -> Made:
    dests = rng.sample(["YORK", "LEEDS", "BATH", "DERBY", "ELY", "HULL", "WELLS"], 4)
    times = sorted(rng.sample(range(7 * 60, 22 * 60, 5), 4))
    rows = [f"{hm(t)} {d}" for t, d in zip(times, dests, strict=True)]
    i = rng.randrange(4)
    text = pick(rng, f"What time is the train to {dests[i].title()}?",
                f"when does the {dests[i].lower()} train leave")
    return text, [clock(times[i])], sign(rng, ["DEPARTURES", *rows])


@family
def per_100g(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    price = rng.randint(80, 450)
    g = rng.choice([150, 250, 300, 350, 450, 600, 750])
    lines = [rng.choice(["OLIVES", "FUDGE", "CASHEWS", "PICK N MIX", "HAM"]),
             f"{cur}{price / 100:.2f} PER 100G"]
    text = f"What would {g}g cost? nearest cent"
    return text, [money(F(price * g, 10000))], sign(rng, lines)


@family
def height_short(rng: random.Random) -> Made:
    need = rng.choice([100, 110, 120, 122, 130, 135, 140])
    kid = rng.randint(80, need - 1)
    lines = ["YOU MUST BE", f"{need} CM", "TO RIDE"]
    text = (f"My daughter is {kid / 100:.2f} m tall. How many centimetres short of the "
            "requirement is she?")
    d = need - kid
    return text, [[*count(d), f"{d} cm", f"{d}cm"]], sign(rng, lines)


@family
def pool_lengths(rng: random.Random) -> Made:
    pool = rng.choice([20, 25, 33, 50])
    k = rng.randint(8, 80)
    dist = pool * k
    if pool == 33 or dist % 100:
        return None
    lines = ["LANE SWIMMING", f"POOL LENGTH {pool} M"]
    text = f"How many lengths do I need to swim {dist} m?"
    return text, [count(k, "lengths")], sign(rng, lines)


@family
def route_left(rng: random.Random) -> Made:
    whole = F(rng.randint(300, 9000), 10)
    done = F(rng.randint(10, int(whole * 10) - 10), 10)
    rows = [f"Route {float(whole):.1f} km", f"Completed {float(done):.1f} km"]
    left = whole - done
    text = pick(rng, "How many km have I got left?", "distance remaining on this route?")
    return text, [[f"{float(left):.1f}", f"{float(left):g}"]], shot(rng, "Navigation", rows)


@family
def eta_clock(rng: random.Random) -> Made:
    now = rng.choice(range(6 * 60, 22 * 60))
    eta = rng.randint(7, 140)
    rows = [f"{eta} min", f"{rng.randint(3, 150)} km", "Fastest route"]
    text = f"It's {hm(now)} now. What time will I arrive, going by this?"
    return text, [clock(now + eta)], shot(rng, "Directions", rows)


@family
def savings_interest(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    bal = rng.randint(500, 25000)
    rate = rng.choice(["2.5", "3", "3.25", "3.5", "4", "4.1", "4.75", "5"])
    rows = [f"Balance {cur}{bal:,}", f"Interest {rate}% a year"]
    text = ("If the balance stays the same, how much simple interest will it earn in a year? "
            "Round to the cent.")
    return text, [money(bal * F(rate) / 100)], shot(rng, "Savings account", rows)


@family
def rate_on_screen(rng: random.Random) -> Made:
    pair = rng.choice([("EUR", "USD"), ("GBP", "EUR"), ("USD", "CAD"), ("GBP", "USD")])
    rate = F(rng.randint(10500, 14500), 10000)
    amt = rng.choice([50, 80, 120, 200, 250, 400, 750, 1000])
    rows = [f"1 {pair[0]} = {float(rate):.4f} {pair[1]}", "Updated 2 min ago"]
    text = (f"Using the rate in this screenshot, how much is {amt} {pair[0]} in {pair[1]}? "
            "To the cent.")
    return text, [money(amt * rate)], shot(rng, "Exchange rates", rows)


@family
def oven_celsius(rng: random.Random) -> Made:
    f = rng.choice(range(300, 480, 10))
    rows = [f"Bake at {f}°F", f"for {rng.randint(15, 60)} minutes"]
    value = (F(f) - 32) * 5 / 9
    text = "My oven is in Celsius - what temperature should I set? Round to the nearest degree."
    return text, [number(value)], shot(rng, "Recipe", rows)


@family
def steps_to_goal(rng: random.Random) -> Made:
    goal = rng.choice([6000, 8000, 10000, 12000, 15000])
    done = rng.randint(500, goal - 100)
    rows = [f"{done:,} / {goal:,} steps", "Keep going!"]
    text = pick(rng, "How many more steps to hit my goal today?", "steps left to goal?")
    return text, [number(goal - done)], shot(rng, "Today", rows)


@family
def ticket_valid(rng: random.Random) -> Made:
    until = rng.choice(range(8 * 60, 23 * 60, 5))
    left = rng.randint(3, 110)
    rows = ["Day ticket", f"Valid until {hm(until)}", "Zone 1-2"]
    text = f"It's {hm(until - left)}. How long is this ticket still valid for?"
    return text, [span(left)], shot(rng, "Tickets", rows)


@family
def promo_apply(rng: random.Random) -> Made:
    p = rng.choice([10, 15, 20, 25, 30, 35])
    cur = rng.choice(CURS)
    codename = rng.choice(["SAVE", "TAKE", "HELLO", "SPRING"]) + str(p)
    price = rng.randint(1500, 25000)
    rows = [f"Code {codename}", f"{p}% off your order"]
    text = (f"If I use the code from this email on a {cur}{price / 100:.2f} order, what do I pay? "
            "Round to the cent.")
    return text, [money(F(price * (100 - p), 10000))], shot(rng, "Promo", rows)


@family
def better_pack(rng: random.Random) -> Made:
    cur = rng.choice(CURS)
    a, b = sorted(rng.sample([4, 6, 8, 10, 12, 16, 20, 24], 2))
    pa, pb = rng.randint(a * 40, a * 120), rng.randint(b * 40, b * 120)
    ua, ub = F(pa, a), F(pb, b)
    if abs(ua - ub) < 2:
        return None
    rows = [f"Pack of {a}  {cur}{pa / 100:.2f}", f"Pack of {b}  {cur}{pb / 100:.2f}"]
    win = a if ua < ub else b
    text = "Which pack is cheaper per item, and what does one item cost in it? (nearest cent)"
    return text, [[f"pack of {win}", f"{win}-pack", f"{win} pack", f"{win}pack"],
                  money(min(ua, ub), True)], shot(rng, "Batteries", rows)


@family
def age_from_card(rng: random.Random) -> Made:
    born = dt.date(rng.randint(1950, 2008), rng.randint(1, 12), rng.randint(1, 28))
    today = day(rng)
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    rows = [f"Name: {rng.choice(['J. Smith', 'A. Khan', 'M. Garcia', 'L. Chen'])}",
            f"DOB: {born.day:02d} {MONTHS[born.month - 1][:3]} {born.year}"]
    text = (f"Today is {today.day} {MONTHS[today.month - 1]} {today.year}. How old is the "
            "person on this card?")
    return text, [count(age, "years")], shot(rng, "Member card", rows)


@family
def mean_price(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 6))
    text = pick(rng, "What's the average price per item on this receipt? Round to the cent.",
                "avg cost per line here? nearest cent")
    return text, [money(F(total(lines), 100 * len(lines)))], recipe


@family
def double_line(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    k = rng.randint(2, 4)
    text = (f"I should've bought {EN[k]} of the {low(good)} instead of one. Keeping everything "
            "else the same, what would the total have been?")
    return text, [money(total(lines) + (k - 1) * cents, True)], recipe


@family
def line_share(rng: random.Random) -> Made:
    recipe, lines, _ = receipt(rng, n=(3, 5))
    good, cents = rng.choice(lines)
    text = pick(rng, f"What percentage of the total was the {low(good)}? One decimal.",
                f"the {low(good)} is what % of this bill (1 dp)?")
    return text, [pct(F(100 * cents, total(lines)))], recipe


@family
def which_costs(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 6))
    good, cents = rng.choice(lines)
    text = pick(rng, f"Which item on this receipt was {cur}{cents / 100:.2f}?",
                f"what did I buy for {cents / 100:.2f}? can't remember")
    return text, [[good]], recipe


@family
def coupon_fixed(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, n=(3, 5), low=300)
    off = rng.choice([2, 3, 5, 7.5, 10])
    if off * 100 >= total(lines):
        return None
    text = (f"there's a {cur}{off:g} off voucher on the back of this receipt for next time. "
            "If I buy exactly the same again, what will I pay?")
    return text, [money(total(lines) - int(off * 100), True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    friend_owes_rest, forgot_item, charity_roundup, card_surcharge, instalments, two_cheapest,
    convert_then_split, tax_and_tip, workday_habit, size_upgrade, lift_trips, open_days_hours,
    train_to, per_100g, height_short, pool_lengths, route_left, eta_clock, savings_interest,
    rate_on_screen, oven_celsius, steps_to_goal, ticket_valid, promo_apply, better_pack,
    age_from_card, mean_price, double_line, line_share, which_costs, coupon_fixed)]
