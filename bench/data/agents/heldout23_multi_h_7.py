"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 7: yen totals, shared bills, bank rows, parcels, hotel bookings, ferries, room limits, car washes, solving lines, balances running out, commutes, water logs and BMI by 703."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    screen,
    sh,
    till,
)
from bench.data.agents.helpers import Family


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def cheapest_and_yen(rng):
    names = rng.sample(["Burger", "Fries", "Shake", "Salad", "Soda", "Cookie", "Wrap"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Burger Barn", "Rosie's Diner", "Grill 77"]), names, 150, 1500)
    i = min(range(len(cents)), key=lambda k: cents[k])
    r = rng.choice([148, 151, 153, 156, 149])
    yen = F(sum(cents), 100) * r
    if near(yen, 0):
        return None
    t = rng.choice([
        f"What was the cheapest thing on this receipt, and what's the total in yen at 1 USD = {r} JPY (whole yen)?",
        f"cheapest item here? total converted to JPY ({r} yen per dollar, round to the yen)",
    ])
    return t, [[names[i].lower()], num(yen, 0) + [f"¥{v}" for v in num(yen, 0)]], {"image": recipe}


@fam
def mine_and_friends(rng):
    names = rng.sample(["Pad Thai", "Green Curry", "Spring Rolls", "Rice", "Satay", "Beer", "Tea", "Soup"], rng.randint(4, 5))
    recipe, cents = till(rng, rng.choice(["Thai Garden", "Bangkok Bites", "Lotus Kitchen"]), names, 250, 1600)
    a, b = rng.sample(range(len(names)), 2)
    mine = F(cents[a] + cents[b], 100)
    theirs = F(sum(cents), 100) - mine
    t = rng.choice([
        f"I had the {names[a].lower()} and the {names[b].lower()}; my friend had everything else. How much do I owe and how much does my friend owe?",
        f"split by what we ordered: me = {names[a]} + {names[b]}, friend = the rest. amounts?",
    ])
    return t, [num(mine), num(theirs)], {"image": recipe}


@fam
def bank_rows_merchant(rng):
    shop = rng.choice(["Coffee Co", "Bean Bar", "Java Hut"])
    others = ["Grocer", "Fuel Stop", "Pharmacy", "Bookshop", "Bakery"]
    rows = []
    k = rng.randint(2, 4)
    amts = [rng.randint(250, 690) for _ in range(k)]
    for a in amts:
        rows.append((shop, a))
    for o in rng.sample(others, rng.randint(2, 4)):
        rows.append((o, rng.randint(500, 6500)))
    rng.shuffle(rows)
    recipe = screen(rng, "Transactions", [f"{n}  -{c / 100:.2f}" for n, c in rows])
    tot = F(sum(amts), 100)
    yearly = tot * 52
    t = rng.choice([
        f"How many times did I pay {shop} on this statement, and how much in total? If every week looked like this, what would {shop} cost me over 52 weeks?",
        f"count the {shop} rows, total them, then x52 for a year",
    ])
    return t, [[f"{k} times", f"{k} transactions", f"{k} payments", f"{k} purchases", f"{k}times"], num(tot), num(yearly)], {"image": recipe}


@fam
def parcel_postage(rng):
    n = rng.randint(2, 4)
    ws = [F(rng.randint(30, 450), 100) for _ in range(n)]
    rate = F(rng.choice([325, 350, 395, 420, 450, 475]), 100)
    recipe = screen(rng, "Shipping", [f"Parcel {i + 1}: {dp(w)} kg" for i, w in enumerate(ws)] + [f"Rate: {dp(rate)} per kg"])
    kg = sum(ws)
    cost = kg * rate
    lb = kg * F("2.2046")
    if near(cost) or near(lb, 1):
        return None
    t = rng.choice([
        "What's the total weight of these parcels, what will postage cost at the rate shown, and what's the weight in pounds (2.2046 lb/kg, 1 dp)?",
        "add up the parcel weights, cost at the per-kg rate on screen, and total weight in lb (x2.2046, 1 dp)",
    ])
    return t, [unit(kg, ["kg"]), num(cost), unit(lb, ["lb", "lbs", "pounds"], 1)], {"image": recipe}


@fam
def hotel_booking_nights(rng):
    ci = dt.date(2026, rng.randint(4, 10), rng.randint(1, 20))
    nights = rng.randint(2, 12)
    co = ci + dt.timedelta(days=nights)
    rate = rng.randint(79, 260)
    rs = rng.choice(["0.92", "0.86", "0.9", "0.94"])
    recipe = screen(rng, "Your booking", [f"Check-in: {ci:%Y-%m-%d}", f"Check-out: {co:%Y-%m-%d}", f"Rate: ${rate}.00 per night"])
    eur = nights * rate * F(rs)
    if near(eur):
        return None
    t = rng.choice([
        f"How many nights is this booking, what's the total in dollars, and what's that in euros at 1 USD = {rs} EUR?",
        f"nights? total cost? in EUR (rate {rs})?",
    ])
    return t, [[f"{nights} nights", f"{nights}nights"], num(nights * rate), num(eur)], {"image": recipe}


@fam
def ferry_next_wait(rng):
    first = rng.choice([7 * 60, 7 * 60 + 30, 8 * 60, 8 * 60 + 15])
    gap = rng.choice([90, 120, 150, 180])
    times = [first + i * gap for i in range(5)]
    recipe = board(rng, ["FERRY DEPARTURES", " ".join(f"{x // 60:02d}:{x % 60:02d}" for x in times[:3]), " ".join(f"{x // 60:02d}:{x % 60:02d}" for x in times[3:])])
    i = rng.randint(1, 4)
    now = times[i] - rng.randint(5, gap - 5)
    crossing = rng.choice([35, 45, 50, 65, 80])
    t = rng.choice([
        f"I get to the pier at {now // 60:02d}:{now % 60:02d}. When is the next ferry, and if the crossing takes {crossing} minutes, when do I arrive on the other side?",
        f"arriving {now // 60:02d}:{now % 60:02d} - next departure from this board? arrival time with a {crossing} min crossing?",
    ])
    return t, [clock(times[i]), clock(times[i] + crossing)], {"image": recipe}


@fam
def room_capacity_sign(rng):
    cap = rng.randint(30, 120)
    groups = rng.randint(2, 5)
    size = rng.randint(5, cap // groups)
    recipe = board(rng, ["FUNCTION ROOM", f"MAX {cap} PERSONS"])
    tot = groups * size
    spare = cap - tot
    if spare < 3:
        return None
    t = rng.choice([
        f"We've got {groups} groups of {size} people for the party. How many is that altogether, and how many more could fit under the limit on this sign?",
        f"{groups} x {size} guests = ? spare places below the max on the sign?",
    ])
    return t, [[f"{tot} people", f"{tot} guests", f"{tot} persons", f"= {tot}", f"{tot} in total"], [f"{spare} more", f"{spare} spare", f"{spare} places", f"{spare} people", f"{spare} extra"]], {"image": recipe}


@fam
def car_wash_loyalty(rng):
    b, d, p = F(rng.choice([5, 6, 7]), 1), F(rng.choice([9, 10, 11]), 1), F(rng.choice([1350, 1450, 1500, 1650]), 100)
    recipe = board(rng, ["CAR WASH", f"BASIC {dp(b)}", f"DELUXE {dp(d)}", f"PREMIUM {dp(p)}"])
    nb, nd, np_ = rng.randint(0, 3), rng.randint(0, 2), rng.randint(1, 2)
    off = rng.choice([10, 15, 20])
    tot = nb * b + nd * d + np_ * p
    after = tot * (100 - off) / 100
    if near(after) or nb + nd == 0:
        return None
    parts = [f"{nb} basic" if nb else "", f"{nd} deluxe" if nd else "", f"{np_} premium"]
    want = ", ".join(x for x in parts if x)
    t = rng.choice([
        f"For the family cars we want {want}. What's the total from this price board, and with my {off}% loyalty discount?",
        f"{want} washes - cost at these prices? after {off}% off?",
    ])
    return t, [num(tot), num(after)], {"image": recipe}


@fam
def exponent_plot(rng):
    m = rng.choice([2, 3, 4, 5, 6, 7])
    c = rng.randint(-12, 15)
    x = rng.randint(-9, 16)
    target = m * x + c
    e = f"{m}x {'+' if c >= 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"plot y = {e} and find x when y = {target}",
        f"For what x does {e} equal {target}? Please graph y = {e} as well.",
        f"solve {e} = {target} and draw the line",
    ])
    return t, [[f"x = {x}", f"x={x}"], PLOT]


@fam
def balance_runs_out_plot(rng):
    start = rng.randint(8, 60) * 10
    per = rng.choice([4, 5, 8, 10, 12, 15, 20, 25])
    if start % per:
        return None
    days = start // per
    t = rng.choice([
        f"I have {start} left and spend {per} a day. Plot the balance against days, and after how many days does it hit zero?",
        f"graph y = {start} - {per}x (money left after x days) and tell me when it reaches 0",
    ])
    return t, [[f"{days} days", f"x = {days}", f"x={days}", f"day {days}", f"{days}days"], PLOT]


@fam
def commute_miles_list(rng):
    n = rng.randint(4, 6)
    mi = [F(rng.randint(20, 350), 10) for _ in range(n)]
    tot = sum(mi)
    km = tot * F("1.609")
    if near(km):
        return None
    t = rng.choice([
        f"My commutes this week in miles: {', '.join(sh(m) for m in mi)}. Total miles and total km (1.609, 2 dp)?",
        f"add up {' + '.join(sh(m) for m in mi)} miles and convert to km using 1.609",
    ])
    return t, [unit(tot, ["miles", "mi"], 1), num(km)]


@fam
def water_log_vs_weight(rng):
    n = rng.randint(4, 7)
    lit = [F(rng.randint(10, 32), 10) for _ in range(n)]
    kg = rng.randint(50, 100)
    ml = rng.choice([30, 33, 35])
    avg = sum(lit) / n
    target = F(kg * ml, 1000)
    if near(avg):
        return None
    t = rng.choice([
        f"I logged {', '.join(sh(x) for x in lit)} litres of water on {n} days. What's my average (2 dp)? And what should my target be at {ml} ml per kg for {kg} kg, in litres?",
        f"water (L/day): {' '.join(sh(x) for x in lit)}. avg (2 dp)? target for {kg}kg at {ml}ml/kg?",
    ])
    return t, [num(avg), unit(target, ["l", "litres", "liters", "L"], 3)]


@fam
def bmi_703_and_metres(rng):
    inch = rng.randint(60, 77)
    lb = rng.randint(110, 260)
    bmi = F(703 * lb, inch * inch)
    m = inch * F("0.0254")
    if near(bmi, 1) or near(m):
        return None
    t = rng.choice([
        f"I'm {inch} inches tall and {lb} lb. BMI with the 703 formula (703 x lb / in², 1 dp)? And my height in metres (0.0254 m per inch, 2 dp)?",
        f"BMI = 703*{lb}/{inch}^2 to one decimal, plus {inch} in in metres (2dp, 1 in = 0.0254 m)",
    ])
    return t, [num(bmi, 1), unit(m, ["m", "metres", "meters"])]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cheapest_and_yen, mine_and_friends, bank_rows_merchant, parcel_postage,
    hotel_booking_nights, ferry_next_wait, room_capacity_sign, car_wash_loyalty, exponent_plot,
    balance_runs_out_plot, commute_miles_list, water_log_vs_weight, bmi_703_and_metres,
)]
