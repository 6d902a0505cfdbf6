"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 11: cups and ounces, VAT and refunds from receipts, calories left in kJ, boarding passes, balls and parabolas plotted, power bills, cookies, weekdays, EV charging, carpets, rides, gigs and cameras."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    span,
    till,
)
from bench.data.agents.helpers import Family


@fam
def cups_and_ounces(rng):
    ml = rng.choice([150, 180, 250, 300, 350, 400, 450])
    g = rng.choice([85, 110, 125, 180, 200, 225, 340])
    cups = F(ml, 240)
    oz = F(g) / F("28.35")
    if near(cups) or near(oz, 1):
        return None
    t = rng.choice([
        f"Convert {ml} ml of milk to cups (1 cup = 240 ml, 2 decimals) and {g} g of butter to ounces (28.35 g per oz, 1 decimal).",
        f"{ml}ml -> cups using 240 ml per cup, round to 2 dp; {g}g -> oz using 28.35 g/oz, 1 dp",
    ])
    return t, [num(cups), num(oz, 1)]


@fam
def uk_receipt_vat(rng):
    names = rng.sample(["Kettle", "Toaster", "Mugs", "Towels", "Candle", "Lamp", "Cushion"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Home Store", "Argos", "Wilko"]), names, 300, 3500, cur="£")
    tot = F(sum(cents), 100)
    vat = tot / 6
    rs = rng.choice(["1.15", "1.16", "1.17", "1.18"])
    eur = tot * F(rs)
    if near(vat) or near(eur):
        return None
    t = rng.choice([
        f"The total on this receipt includes 20% VAT. How much of it is VAT, and what's the total in euros at 1 GBP = {rs} EUR?",
        f"VAT portion of this receipt's total (prices include 20% VAT)? also total in EUR, rate {rs}",
    ])
    return t, [num(vat), num(eur)], {"image": recipe}


@fam
def return_item_refund(rng):
    names = rng.sample(["T-Shirt", "Socks", "Scarf", "Hat", "Belt", "Gloves", "Shorts"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Style Hub", "Threads", "Outlet 22"]), names, 500, 4500, cur="€")
    pick = rng.randrange(len(names))
    rs = rng.choice(["1.08", "1.09", "1.11", "1.13"])
    new = F(sum(cents) - cents[pick], 100)
    usd = F(cents[pick], 100) * F(rs)
    if near(usd):
        return None
    t = rng.choice([
        f"I'm taking the {names[pick].lower()} back. What would this receipt have come to without it, and how much is the refund in dollars at 1 EUR = {rs} USD?",
        f"returning {names[pick]} - new total? refund in USD (1 EUR = {rs} USD)?",
    ])
    return t, [num(new), num(usd)], {"image": recipe}


@fam
def calories_left_kj(rng):
    goal = rng.choice([1600, 1800, 2000, 2200, 2400, 2500])
    food = rng.randint(700, goal - 100)
    ex = rng.randint(80, 600)
    recipe = screen(rng, "Today", [f"Goal: {goal:,} kcal", f"Food: {food:,} kcal", f"Exercise: {ex} kcal"])
    left = goal - food + ex
    kj = left * F("4.184")
    t = rng.choice([
        "How many kcal do I have left today (goal minus food plus exercise)? Then in kJ, x 4.184, 1 decimal.",
        "remaining calories from this screenshot = goal - food + exercise. then convert to kilojoules (1 kcal = 4.184 kJ), 1 decimal",
    ])
    return t, [[f"{v} kcal" for v in num(left, 0)] + [f"{v} calories" for v in num(left, 0)] + [f"{v}kcal" for v in num(left, 0)], [f"{v} kJ" for v in num(kj, 1) + num(kj, 2) + num(kj, 3)] + [f"{v}kj" for v in num(kj, 1)]], {"image": recipe}


@fam
def boarding_pass_gate(rng):
    gate = f"{rng.choice('ABCDE')}{rng.randint(2, 48)}"
    bh, bm = rng.randint(7, 20), rng.choice([0, 10, 15, 25, 35, 40, 50])
    flight = f"{rng.choice(['BA', 'FR', 'LH', 'KL', 'U2'])} {rng.randint(100, 999)}"
    recipe = screen(rng, "Boarding pass", [f"Flight {flight}", f"Gate {gate}", f"Boarding {bh:02d}:{bm:02d}", f"Departs {(bh * 60 + bm + 40) // 60:02d}:{(bm + 40) % 60:02d}"])
    now = bh * 60 + bm - rng.randint(35, 120)
    walk = rng.choice([10, 15, 20, 25])
    nh, nm = divmod(now, 60)
    spare = bh * 60 + bm - now - walk
    t = rng.choice([
        f"I've just cleared security at {nh:02d}:{nm:02d} and it's a {walk} min walk to the gate. How many minutes will I have before boarding, and which gate?",
        f"it's {nh:02d}:{nm:02d}, gate is {walk} minutes away. spare time before boarding starts? gate number?",
    ])
    return t, [span(spare), [f"gate {gate}".lower(), f"gate: {gate}".lower(), f"gate is {gate}".lower()]], {"image": recipe}


@fam
def ball_height_plot(rng):
    tp = rng.choice([1, 2, 3, 4])
    a = F(rng.choice(["5", "4.9"]))
    b = 2 * a * tp
    h0 = rng.randint(1, 3)
    top = h0 + a * tp * tp
    t = rng.choice([
        f"A ball's height is h = -{sh(a)}t^2 + {sh(b)}t + {h0} (metres, t in seconds). What's the maximum height, and can you plot h against t?",
        f"plot h(t) = -{sh(a)}t^2 + {sh(b)}t + {h0} and tell me the highest point the ball reaches",
        f"my kid threw a ball: h = {h0} + {sh(b)}t - {sh(a)}t^2. how high does it go at most? graph it pls",
    ])
    vs = num(top, 1)
    return t, [[f"{v} {u}" for v in vs for u in ("m", "metres", "meters")] + [f"{v}m" for v in vs] + [f"h = {v}" for v in vs] + [f"height of {v}" for v in vs], PLOT]


@fam
def parabola_line_points(rng):
    r1, r2 = sorted(rng.sample([-3, -2, -1, 0, 1, 2, 3, 4], 2))
    m, c = r1 + r2, -r1 * r2
    ml = "x" if m == 1 else "-x" if m == -1 else f"{m}x"
    line = (ml if m else "") + (f" {'+' if c > 0 else '-'} {abs(c)}" if c else "")
    line = line.strip().lstrip("+ ")
    if not line:
        return None
    t = rng.choice([
        f"Plot y = x^2 and y = {line} on one graph and give me both points where they meet.",
        f"where does the parabola y=x^2 cross the line y={line}? a graph would help too",
    ])

    def pt(x):
        return [f"({x}, {x * x})", f"({x},{x * x})"]
    return t, [pt(r1), pt(r2), PLOT]


@fam
def kwh_chart_cost(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"][: rng.randint(4, 6)]
    kwh = [rng.randint(180, 420) for _ in months]
    rate = F(rng.choice([24, 26, 28, 30, 32, 34]), 100)
    avg = F(sum(kwh), len(kwh))
    cost = avg * rate
    if near(cost):
        return None
    lst = ", ".join(f"{m} {k}" for m, k in zip(months, kwh, strict=True))
    t = rng.choice([
        f"Electricity use (kWh): {lst}. Can you chart it, and what's my average monthly cost at {dp(rate)} per kWh?",
        f"make a bar chart of my kWh - {lst} - and tell me the average monthly bill at {int(rate * 100)}p/kWh",
    ])
    return t, [PLOT, num(cost)]


@fam
def cookie_flour_bags(rng):
    batches = rng.randint(3, 9)
    per = rng.choice([180, 225, 250, 275, 300, 340])
    bag = F(rng.choice([10, 15, 20]), 10)
    kg = F(batches * per, 1000)
    bags = -(-kg // bag)
    t = rng.choice([
        f"I'm baking {batches} batches of cookies for the school fair, {per} g of flour each. How many kg of flour in total, and how many {sh(bag)} kg bags do I need to buy?",
        f"{batches} batches x {per}g flour = ? kg. then number of {sh(bag)}kg bags (round up)",
    ])
    return t, [[f"{v} kg" for v in num(kg, 3)] + [f"{v}kg" for v in num(kg, 3)], [f"{bags} bags", f"{bags}bags", f"{bags} bag"]]


@fam
def weekday_and_tip(rng):
    d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    tip = rng.choice([12, 15, 18, 20, 22])
    bill = F(rng.randint(2200, 18000), 100)
    tv = bill * tip / 100
    if near(tv):
        return None
    t = rng.choice([
        f"What day of the week is {d:%-d %B %Y}? And what's a {tip}% tip on {dp(bill)}?",
        f"two q's: weekday of {d:%B %-d, %Y}? {tip} percent tip on a {dp(bill)} bill?",
    ])
    return t, [[f"{d:%A}".lower()], num(tv)]


@fam
def ev_range_charge(rng):
    cap = rng.choice([40, 52, 58, 64, 77, 82])
    use = F(rng.choice([140, 150, 160, 170, 180, 190]), 10)
    frm, to = rng.choice([(10, 80), (20, 80), (15, 90), (30, 100), (20, 90)])
    kw = rng.choice([22, 50, 75, 100])
    rng_km = cap / use * 100
    mins = F(cap * (to - frm), 100) / kw * 60
    if near(rng_km, 0) or near(mins, 0):
        return None
    t = rng.choice([
        f"My EV has a {cap} kWh battery and uses {sh(use)} kWh per 100 km. What's the full-charge range (nearest km)? And charging from {frm}% to {to}% on a {kw} kW charger takes how many minutes (nearest minute, assume constant power)?",
        f"{cap}kWh battery, {sh(use)} kWh/100km: range in km (nearest km)? minutes to charge {frm}->{to}% at {kw}kW (constant, round to the minute)?",
    ])
    return t, [[f"{v} km" for v in num(rng_km, 0)] + [f"{v}km" for v in num(rng_km, 0)], [f"{v} minutes" for v in num(mins, 0)] + [f"{v} min" for v in num(mins, 0)]]


@fam
def carpet_numbered(rng):
    a, b = F(rng.randint(25, 55), 10), F(rng.randint(25, 50), 10)
    per = F(rng.randint(1299, 3499), 100)
    fit = rng.choice([35, 40, 45, 50, 60])
    area = a * b
    cost = area * per
    if near(cost):
        return None
    t = rng.choice([
        f"1. area of a {sh(a)} m x {sh(b)} m bedroom\n2. carpet cost at {dp(per)} per m²\n3. total once you add a {fit} fitting fee",
        f"Carpet quote check: room {sh(a)}m by {sh(b)}m. (a) area (b) carpet at {dp(per)}/sq m (c) plus {fit} fitting, total",
    ])
    return t, [num(area), num(cost), num(rnd(cost) + fit)]


@fam
def cycle_met_kcal(rng):
    mi = rng.randint(8, 45)
    mins = rng.randint(mi * 3, mi * 5)
    kg = rng.randint(55, 100)
    met = rng.choice([6, 7, 8, 10])
    kmh = mi * F("1.609") / F(mins, 60)
    kcal = met * kg * F(mins, 60)
    if near(kmh, 1) or near(kcal, 0):
        return None
    t = rng.choice([
        f"Cycled {mi} miles in {mins} minutes. Average speed in km/h (1.609 km per mile, 1 dp)? Calories if kcal = MET x kg x hours, MET {met}, I weigh {kg} kg (nearest kcal)?",
        f"ride: {mi} mi, {mins} min. speed in km/h using 1.609 (1 dp)? kcal burned = {met} x {kg} kg x hours, whole number",
    ])
    return t, [[f"{v} km/h" for v in num(kmh, 1)] + [f"{v}km/h" for v in num(kmh, 1)], [f"{v} kcal" for v in num(kcal, 0)] + [f"{v} calories" for v in num(kcal, 0)] + [f"{v}kcal" for v in num(kcal, 0)]]


@fam
def group_tickets_fees(rng):
    n = rng.randint(3, 9)
    price = F(rng.randint(2500, 8900), 100)
    fee = F(rng.randint(150, 495), 100)
    order = F(rng.randint(250, 1200), 100)
    tot = n * (price + fee) + order
    each = tot / n
    if near(each):
        return None
    t = rng.choice([
        f"{n} of us are going to a gig. Tickets are {dp(price)} each plus {dp(fee)} service fee per ticket, and {dp(order)} delivery on the whole order. Total? And per person if we split it evenly?",
        f"gig tix: {n} x ({dp(price)} + {dp(fee)} fee) + {dp(order)} order fee. total and each of {n}?",
    ])
    return t, [num(tot), num(each)]


@fam
def photos_and_timelapse(rng):
    mb = rng.choice([18, 22, 24, 28, 32, 45])
    gb = rng.choice([32, 64, 128, 256])
    every = rng.choice([2, 3, 5, 10, 15])
    hrs = rng.choice([1, 2, 3, 4, 6])
    fit = gb * 1000 // mb
    frames = hrs * 3600 // every
    t = rng.choice([
        f"How many {mb} MB photos fit on a {gb} GB card (1 GB = 1000 MB, whole photos)? And a timelapse with one frame every {every} s for {hrs} hours gives how many frames?",
        f"two camera questions: {gb}GB card / {mb}MB per photo (1000 MB per GB) = how many photos? frames in {hrs}h at 1 frame per {every}s?",
    ])
    return t, [[f"{v} photos" for v in num(fit, 0)] + [f"{v}photos" for v in num(fit, 0)], [f"{v} frames" for v in num(frames, 0)] + [f"{v}frames" for v in num(frames, 0)]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cups_and_ounces, uk_receipt_vat, return_item_refund, calories_left_kj, boarding_pass_gate,
    ball_height_plot, parabola_line_points, kwh_chart_cost, cookie_flour_bags, weekday_and_tip,
    ev_range_charge, carpet_numbered, cycle_met_kcal, group_tickets_fees, photos_and_timelapse,
)]
