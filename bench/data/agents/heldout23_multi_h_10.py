"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 10: floor tiles, quick lists, parking and platform signs, market stories, hotels and flights, rounding up shares, baking grams, swims, pocket money, knitting, weddings, soil and data plans."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    till,
)
from bench.data.agents.helpers import Family


@fam
def floor_tiles_boxes(rng):
    ln_, w = F(rng.randint(25, 60), 10), F(rng.randint(20, 45), 10)
    tile = rng.choice([30, 40, 50, 60])
    per_box = rng.choice([6, 8, 10, 12])
    area = ln_ * w
    need = area * F(110, 100)
    tiles = -(-need // (F(tile, 100) ** 2))
    boxes = -(-tiles // per_box)
    if near(area):
        return None
    t = rng.choice([
        f"Kitchen floor is {sh(ln_)} m by {sh(w)} m. What's the area? Then with {tile} cm square tiles plus 10% extra for cuts (area x 1.1 / tile area, rounded up), how many tiles, and how many boxes of {per_box}?",
        f"floor {sh(ln_)}x{sh(w)}m - area first, then add 10% waste and tell me how many {tile}x{tile}cm tiles (area incl. waste / tile area, round up) and boxes of {per_box} I need",
    ])
    return t, [[f"{v} m" for v in num(area)] + [f"{v}m" for v in num(area)] + [f"{v} sq" for v in num(area)] + [f"{v} square" for v in num(area)], [f"{tiles} tiles", f"{tiles}tiles"], [f"{boxes} boxes", f"{boxes}boxes"]]


@fam
def three_quick_tasks(rng):
    a, b = rng.randint(12, 49), rng.randint(12, 49)
    ft = rng.randint(3, 9)
    p, base = rng.choice([15, 20, 30, 35, 45]), rng.randint(40, 180)
    cm = ft * F("30.48")
    t = rng.choice([
        f"1) {a} x {b}\n2) {ft} feet in cm\n3) {p}% of {base}",
        f"quick list pls:\n- {a}*{b}\n- convert {ft} ft to centimetres\n- {p} percent of {base}",
        f"Can you do these: {a} times {b}; {ft} ft in cm; and {p}% of {base}. Thanks!",
    ])
    return t, [num(a * b, 0), num(cm), num(F(p * base, 100))]


@fam
def parking_sign_stay(rng):
    rate = F(rng.choice([80, 110, 120, 130, 140, 160, 180, 220, 270]), 100)
    mx = rng.choice([2, 3, 4])
    recipe = board(rng, ["PAY AND DISPLAY", f"{dp(rate)} PER HOUR", f"MAX STAY {mx} HOURS"])
    arr = rng.randint(8 * 60, 15 * 60)
    ah, am = divmod(arr, 60)
    at = f"{ah}:{am:02d}" if ah < 13 else f"{ah - 12}:{am:02d}pm"
    cost = rate * mx
    if cost.denominator == 1:
        return None
    t = rng.choice([
        f"I park here at {at} and stay the maximum time. When must I be back, and how much do I pay?",
        f"arriving {at}. if i stay as long as this sign allows, what time do i leave and what's the cost?",
    ])
    return t, [clock(arr + mx * 60), num(cost)], {"image": recipe}


@fam
def platform_delay(rng):
    plat = rng.randint(2, 14)
    dh, dm = rng.randint(6, 21), rng.choice([5, 12, 18, 25, 35, 42, 48, 55])
    delay = rng.choice([10, 15, 20, 25, 35, 40, 45])
    recipe = board(rng, [f"PLATFORM {plat}", f"DEPARTS {dh:02d}:{dm:02d}"])
    t = rng.choice([
        f"There's a {delay} minute delay announced. What time does this train leave now, and which platform?",
        f"train's running {delay} min late - new departure time? what platform is on the sign?",
    ])
    return t, [clock(dh * 60 + dm + delay), [f"platform {plat}", f"platform: {plat}", f"platform is {plat}"]], {"image": recipe}


@fam
def market_story(rng):
    kg = F(rng.randint(10, 45), 10)
    per = F(rng.randint(120, 390), 100)
    jars = rng.randint(2, 4)
    jar = F(rng.randint(350, 850), 100)
    paid = rng.choice([30, 40, 50])
    tot = kg * per + jars * jar
    if tot >= paid or near(tot):
        return None
    t = rng.choice([
        f"Went to the farmers market this morning with the kids. We got {sh(kg)} kg of apples at {dp(per)} a kilo and {jars} jars of honey at {dp(jar)} each. I paid with a {paid} note. What did it all cost and how much change should I have got?",
        f"Saturday market haul: apples {sh(kg)}kg @ {dp(per)}/kg, honey x{jars} @ {dp(jar)}. Handed over {paid}. Total? Change?",
    ])
    return t, [num(tot), num(paid - rnd(tot))]


@fam
def hotel_flight_usd(rng):
    night = rng.randint(85, 240)
    n = rng.randint(2, 7)
    flight = rng.randint(180, 900)
    rs = rng.choice(["1.08", "1.09", "1.12", "1.15", "1.17"])
    hotel = night * n * F(rs)
    t = rng.choice([
        f"Hotel is {night} EUR a night for {n} nights and the flight was {flight} USD. What's the hotel in USD at 1 EUR = {rs} USD, and what's the whole trip in dollars?",
        f"trip costs: {n} nights x €{night}, flights ${flight}. hotel in $ (rate 1.00 EUR = {rs} USD)? total trip in $?",
    ])
    return t, [num(hotel), num(hotel + flight)]


@fam
def split_up_and_fraction(rng):
    bill = rng.randint(8000, 45000)
    n = rng.choice([3, 6, 7, 9, 11])
    if bill % n == 0:
        return None
    each = F(-(-bill // n), 100)
    fr = rng.choice([(1, 8), (3, 8), (5, 8), (7, 8), (3, 16), (5, 16), (7, 40), (9, 40)])
    pct = F(fr[0] * 100, fr[1])
    t = rng.choice([
        f"We need to split {bill / 100:.2f} between {n} people - round each share UP to the next cent. How much each? Also, unrelated, what's {fr[0]}/{fr[1]} as a percentage?",
        f"(a) {bill / 100:.2f} / {n} people, rounded up to the cent per person (b) {fr[0]}/{fr[1]} as a %",
    ])
    return t, [num(each), [f"{sh(pct)}%", f"{sh(pct)} %", f"{sh(pct)} percent"]]


@fam
def butter_sugar_grams(rng):
    oz = rng.choice([4, 6, 8, 10, 12, 14, 16])
    cups = F(rng.choice([1, 2, 3, 5, 3, 7]), rng.choice([1, 2]))
    g_oz = rnd(oz * F("28.35"), 1)
    sugar = cups * 200
    tot = oz * F("28.35") + sugar
    cw = {F(1, 2): "1/2", F(3, 2): "1 1/2", F(5, 2): "2 1/2", F(7, 2): "3 1/2"}.get(cups, str(cups))
    t = rng.choice([
        f"US recipe: {oz} oz butter and {cw} cups sugar. Butter in grams (28.35 g per oz)? Sugar at 200 g per cup? Total grams of both?",
        f"convert for me: butter {oz} oz -> g using 28.35, sugar {cw} cup(s) -> g using 200 g/cup, then add them up",
    ])
    return t, [num(g_oz, 1), [f"{v} g" for v in num(sugar, 0)] + [f"{v}g" for v in num(sugar, 0)] + [f"{v} grams" for v in num(sugar, 0)], num(tot, 1)]


@fam
def swim_lengths(rng):
    lengths = rng.randint(16, 90)
    pool = rng.choice([25, 33, 50])
    km = F(lengths * pool, 1000)
    mi = km / F("1.609")
    if near(mi):
        return None
    t = rng.choice([
        f"Swam {lengths} lengths of a {pool} m pool today. How far is that in km, and in miles (1 mi = 1.609 km, 2 dp)?",
        f"{lengths} lengths x {pool}m - distance in kilometres? in miles (use 1.609, 2 dp)?",
    ])
    return t, [[f"{v} km" for v in num(km, 3)] + [f"{v}km" for v in num(km, 3)], num(mi)]


@fam
def kids_allowance(rng):
    ages = sorted(rng.sample(range(4, 16), 3))
    per = F(rng.choice([50, 75, 100, 125, 150]), 100)
    weekly = sum(ages) * per
    t = rng.choice([
        f"My three kids are {ages[0]}, {ages[1]} and {ages[2]}. They get {dp(per)} per year of age as weekly pocket money. What's the total every week, and over a 52-week year?",
        f"pocket money = {dp(per)} x age, weekly. kids aged {ages[0]}, {ages[1]}, {ages[2]}. weekly total? yearly (52 wks)?",
    ])
    return t, [num(weekly), num(weekly * 52)]


@fam
def scarf_evenings(rng):
    length = rng.randint(120, 220)
    rate = F(rng.randint(25, 80), 10)
    balls = rng.randint(2, 6)
    price = F(rng.randint(349, 1299), 100)
    ev = -(-F(length) // rate)
    if F(length) / rate == ev:
        return None
    t = rng.choice([
        f"I'm knitting a {length} cm scarf and manage about {sh(rate)} cm an evening. How many evenings will it take (whole evenings)? And {balls} balls of wool at {dp(price)} each cost how much?",
        f"knitting q: {length}cm at {sh(rate)}cm/night = how many nights, rounded up? + cost of {balls} x {dp(price)} yarn",
    ])
    return t, [[f"{ev} evenings", f"{ev} nights", f"{ev}evenings", f"{ev}nights"], num(balls * price)]


@fam
def wedding_tables(rng):
    guests = rng.randint(46, 180)
    seats = rng.choice([8, 10, 12])
    head = F(rng.randint(3500, 9500), 100)
    tables = -(-guests // seats)
    if guests % seats == 0:
        return None
    t = rng.choice([
        f"We have {guests} wedding guests and tables seat {seats}. How many tables do we need? Catering is {dp(head)} per head - total catering bill?",
        f"{guests} guests, {seats} per table -> tables needed? food {dp(head)}/guest -> total?",
    ])
    return t, [[f"{tables} tables", f"{tables}tables"], num(guests * head)]


@fam
def raised_bed_soil(rng):
    ln_, w, d = F(rng.randint(12, 36), 10), F(rng.randint(6, 15), 10), F(rng.choice([20, 25, 30, 40]), 100)
    bag = rng.choice([40, 50, 60, 70])
    litres = ln_ * w * d * 1000
    bags = -(-litres // bag)
    if litres.denominator != 1 or litres % bag == 0:
        return None
    t = rng.choice([
        f"Building a raised bed {sh(ln_)} m long, {sh(w)} m wide, {int(d * 100)} cm deep. How many litres of soil fills it, and how many {bag} L bags is that?",
        f"raised bed {sh(ln_)} x {sh(w)} x {sh(d)} m. volume in litres? number of {bag}-litre compost bags (round up)?",
    ])
    return t, [[f"{v} l" for v in num(litres, 0)] + [f"{v} litres" for v in num(litres, 0)] + [f"{v} liters" for v in num(litres, 0)] + [f"{v}l" for v in num(litres, 0)], [f"{bags} bags", f"{bags}bags"]]


@fam
def unit_price_compare(rng):
    g1 = rng.choice([400, 500, 600, 750])
    p1 = F(rng.randint(150, 590), 100)
    p2 = F(rng.randint(300, 990), 100)
    a = p1 / g1 * 1000
    if near(a) or rnd(a) == p2 or near(abs(a - p2)) or rnd(abs(a - p2)) != abs(rnd(a) - p2):
        return None
    t = rng.choice([
        f"Which is cheaper per kg: {g1} g for {dp(p1)} or 1 kg for {dp(p2)}? Give me the price per kg of the small one and the difference per kg.",
        f"coffee: {g1}g bag {dp(p1)}, 1kg bag {dp(p2)}. per-kg price of the {g1}g bag? how much more/less per kg than the big bag?",
    ])
    return t, [num(a), num(abs(rnd(a) - p2))]


@fam
def data_plan_screen(rng):
    cap = rng.choice([10, 15, 20, 30, 50])
    used = F(rng.randint(15, cap * 10 - 20), 10)
    days = rng.randint(5, 22)
    recipe = screen(rng, "Mobile data", [f"Used: {sh(used)} GB", f"Plan: {cap} GB", f"Renews in {days} days"])
    left = cap - used
    per = left / days
    if near(per):
        return None
    t = rng.choice([
        "How much data have I got left, and how many GB a day can I use so it lasts until renewal? 2 dp",
        "data left on this plan? and GB/day to make it last till it renews (2 dp)",
    ])
    return t, [[f"{v} GB" for v in num(left, 1)] + [f"{v}GB" for v in num(left, 1)], num(per)], {"image": recipe}


@fam
def receipt_and_equation(rng):
    names = rng.sample(["Notebook", "Pens", "Stapler", "Folder", "Tape", "Glue", "Ruler"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["City Books", "Paper Stop", "Office Hub"]), names, 120, 1600)
    a, x = rng.randint(2, 9), rng.randint(-8, 15)
    b = rng.randint(-20, 20)
    c = a * x + b
    eq = f"{a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}"
    t = rng.choice([
        f"what's the total on this receipt? also can you solve {eq}",
        f"Two things: read me the total from this photo, and solve {eq} for x.",
    ])
    return t, [num(F(sum(cents), 100)), [f"x = {x}", f"x={x}"]], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    floor_tiles_boxes, three_quick_tasks, parking_sign_stay, platform_delay, market_story,
    hotel_flight_usd, split_up_and_fraction, butter_sugar_grams, swim_lengths, kids_allowance,
    scarf_evenings, wedding_tables, raised_bed_soil, unit_price_compare, data_plan_screen,
    receipt_and_equation,
)]
