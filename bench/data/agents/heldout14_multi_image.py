"""Round 14 (``N_m_*``, dev now) multi-part requests around an image: a receipt's total or items
with a conversion or sum on top, a sign read and then used, a screenshot's figures reused."""

from __future__ import annotations

from bench.data.agents.heldout14_multi_common import (
    FOOT,
    KM,
    LB,
    LBS,
    MI,
    MILE,
    F,
    Item,
    cash,
    clock,
    convert,
    deg_c,
    deg_f,
    dp12,
    fams,
    forms,
    multi,
    num,
    random,
    receipt,
    safe,
    shot,
    sign,
    sign_of,
    unit,
    whole,
)


def _at(x: F) -> list[str]:
    return list(dict.fromkeys([*forms(x), f"${float(x):.2f}"]))


def n_m_receipt_in_euros(rng: random.Random) -> Item:  # receipt total, then in euros
    recipe, total, _ = receipt(rng)
    eur = convert(total, "USD", "EUR")
    if not safe(eur):
        return n_m_receipt_in_euros(rng)
    return multi("N_m_receipt_in_euros", "how much did this come to, and what's that in euros?",
                 [_at(total), cash(eur, "EUR")], image=recipe)


def n_m_receipt_three_ways(rng: random.Random) -> Item:  # receipt total split three ways
    recipe, total, _ = receipt(rng)
    share = total / 3
    if not safe(share):
        return n_m_receipt_three_ways(rng)
    return multi("N_m_receipt_three_ways", "three of us had lunch, this is the receipt. whats "
                 "the total and what does each person owe?",
                 [_at(total), forms(share)], image=recipe)


def n_m_receipt_tip(rng: random.Random) -> Item:  # total, the tip and the grand total
    recipe, total, _ = receipt(rng)
    rate = rng.choice([10, 12, 15, 18, 20])
    tip = total * rate / 100
    if not safe(tip, total + tip):
        return n_m_receipt_tip(rng)
    return multi("N_m_receipt_tip", f"if I leave a {rate}% tip on this bill, how much is the "
                 "tip and what do I pay altogether?", [forms(tip), forms(total + tip)],
                 image=recipe)


def n_m_receipt_sterling(rng: random.Random) -> Item:  # receipt total in pounds sterling
    recipe, total, _ = receipt(rng)
    gbp = convert(total, "USD", "GBP")
    if not safe(gbp):
        return n_m_receipt_sterling(rng)
    return multi("N_m_receipt_sterling", "I'm doing expenses back home in the UK - what's the "
                 "total on this and how much is it in GBP?", [_at(total), cash(gbp, "GBP")],
                 image=recipe)


def n_m_receipt_priciest(rng: random.Random) -> Item:  # the dearest line and its price
    recipe, total, items = receipt(rng)
    name, price = max(items, key=lambda p: p[1])
    if sum(1 for _, p in items if p == price) > 1:
        return n_m_receipt_priciest(rng)
    return multi("N_m_receipt_priciest", "which thing on this receipt cost the most, and how "
                 "much was it? also the overall total", [[name], _at(price), _at(total)],
                 image=recipe)


def n_m_receipt_cheap_gap(rng: random.Random) -> Item:  # cheapest line and the gap to dearest
    recipe, _, items = receipt(rng)
    prices = sorted(p for _, p in items)
    if len(set(prices)) != len(prices):
        return n_m_receipt_cheap_gap(rng)
    name = next(n for n, p in items if p == prices[0])
    return multi("N_m_receipt_cheap_gap", "What was the cheapest item here, and how much more "
                 "did the most expensive one cost than it?",
                 [[name], forms(prices[-1] - prices[0])],
                 image=recipe)


def n_m_receipt_avg_item(rng: random.Random) -> Item:  # number of lines and the mean price
    recipe, total, items = receipt(rng)
    mean = total / len(items)
    if not safe(mean):
        return n_m_receipt_avg_item(rng)
    return multi("N_m_receipt_avg_item", "how many different items did i buy and what's the "
                 "average price per item?", [whole(len(items)), forms(mean)], image=recipe)


def n_m_receipt_vat(rng: random.Random) -> Item:  # VAT inside a total, and the net amount
    recipe, total, _ = receipt(rng)
    net = total / F(6, 5)
    if not safe(net, total - net):
        return n_m_receipt_vat(rng)
    return multi("N_m_receipt_vat", "The total on this includes 20% VAT. How much of it is VAT "
                 "and what's the amount before VAT?", [forms(total - net), forms(net)],
                 image=recipe)


def n_m_receipt_left_over(rng: random.Random) -> Item:  # what is left of a budget after it
    recipe, total, _ = receipt(rng)
    budget = rng.choice([120, 150, 200, 250])
    return multi("N_m_receipt_left_over", f"my budget for the week was {budget} dollars. after "
                 "this shop how much have i got left?", [_at(total), forms(budget - total)],
                 image=recipe)


def n_m_receipt_yearly(rng: random.Random) -> Item:  # a weekly shop over a year
    recipe, total, _ = receipt(rng)
    weeks = rng.choice([48, 50, 52])
    return multi("N_m_receipt_yearly", f"this is my usual weekly shop. if i buy it {weeks} weeks "
                 "a year, what's that cost me? and what's this one's total", [forms(total * weeks),
                                                                               _at(total)],
                 image=recipe)


def n_m_receipt_shop_total(rng: random.Random) -> Item:  # the shop's name and the total
    recipe, total, _ = receipt(rng)
    shop = str(recipe["shop"])
    return multi("N_m_receipt_shop_total", "Which shop is this receipt from and what did I spend "
                 "there?", [[shop, shop.upper()], _at(total)], image=recipe)


def n_m_receipt_one_line_euro(rng: random.Random) -> Item:  # one line of a receipt in euros
    recipe, _, items = receipt(rng)
    name, price = rng.choice(items)
    eur = convert(price, "USD", "EUR")
    if not safe(eur):
        return n_m_receipt_one_line_euro(rng)
    return multi("N_m_receipt_one_line_euro", f"how much was the {name.lower()} on this receipt? "
                 "and roughly what's that in euro", [_at(price), cash(eur, "EUR")], image=recipe)


def n_m_receipt_drop_item(rng: random.Random) -> Item:  # a total without one line
    recipe, total, items = receipt(rng)
    name, price = rng.choice(items)
    return multi("N_m_receipt_drop_item", f"The {name.lower()} was for my sister, so take it off. "
                 "What was the full total and what's mine without it?",
                 [_at(total), forms(total - price)], image=recipe)


def n_m_receipt_change(rng: random.Random) -> Item:  # change from a banknote
    recipe, total, _ = receipt(rng)
    note = 50 if total < 50 else 100
    return multi("N_m_receipt_change", f"paid for this with a {note} dollar bill. how much change "
                 "should i have got?", [_at(total), forms(note - total)], image=recipe)


def n_m_sign_plus_percent(rng: random.Random) -> Item:  # read a sign, and an unrelated percent
    recipe, parts = sign(rng)
    p, n = rng.choice([12, 15, 17, 35, 45]), rng.randint(12, 90) * 20
    return multi("N_m_sign_plus_percent", f"what does this sign say? unrelated but what's {p}% "
                 f"of {n}", [*parts, num(F(p * n, 100))], image=recipe)


def n_m_sign_plus_feet(rng: random.Random) -> Item:  # read a sign, and a length in feet
    recipe, parts = sign(rng)
    m = F(rng.randint(15, 95), 10)
    ft = m / FOOT
    if not safe(ft):
        return n_m_sign_plus_feet(rng)
    return multi("N_m_sign_plus_feet", f"Can you read this sign for me? Also, how many feet is "
                 f"{float(m):g} metres?", [*parts, unit(ft, "ft", "feet", "foot")], image=recipe)


def n_m_sign_plus_solve(rng: random.Random) -> Item:  # read a sign, and a linear solve
    recipe, parts = sign(rng)
    a, x, b = rng.randint(3, 9), rng.randint(-9, 15), rng.randint(2, 30)
    return multi("N_m_sign_plus_solve", f"two things: 1) what's on this sign 2) solve {a}x + {b} "
                 f"= {a * x + b}", [*parts, [f"x = {x}", f"x={x}"]], image=recipe)


def n_m_speed_sign_kmh(rng: random.Random) -> Item:  # an mph limit, read then in km/h
    mph = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70])
    kmh = mph * MILE
    if not safe(kmh):
        return n_m_speed_sign_kmh(rng)
    return multi("N_m_speed_sign_kmh", "driving a rental in the US. what's the limit on this "
                 "sign and what is it in km/h?",
                 [[f"{mph} mph", f"{mph} MPH"], unit(kmh, "km/h", "kilometres per hour",
                                                    "kilometers per hour", "kph")],
                 image=sign_of(rng, ["SPEED LIMIT", f"{mph} MPH"]))


def n_m_height_sign_feet(rng: random.Random) -> Item:  # a height limit in metres, then feet
    m = F(rng.randint(19, 45), 10)
    ft = m / FOOT
    if not safe(ft):
        return n_m_height_sign_feet(rng)
    return multi("N_m_height_sign_feet", "my van is measured in feet. what's the max height on "
                 "this sign and how many feet is that?", [unit(m, "m", "metres", "meters"),
                                                          unit(ft, "ft", "feet")],
                 image=sign_of(rng, ["MAX HEADROOM", f"{float(m):.1f} M"]))


def n_m_load_sign_pounds(rng: random.Random) -> Item:  # a weight limit in kg, then pounds
    kg = rng.choice([150, 180, 200, 225, 250, 300, 320, 350, 400, 450, 500])
    lb = kg / LB
    if not safe(lb):
        return n_m_load_sign_pounds(rng)
    return multi("N_m_load_sign_pounds", "whats the weight limit on this lift sign, and what's "
                 "it in lbs", [unit(F(kg), "kg", "kilograms", "kilos"), unit(lb, *LBS)],
                 image=sign_of(rng, ["LIFT", f"MAX LOAD {kg} KG"]))


def n_m_price_sign_weight(rng: random.Random) -> Item:  # a price per kilo, then for a weight
    cents = rng.randint(90, 690)
    kilos = F(rng.randint(5, 40), 10)
    cost = kilos * cents / 100
    if not safe(cost):
        return n_m_price_sign_weight(rng)
    fruit = rng.choice(["CHERRIES", "GRAPES", "TOMATOES", "PLUMS"])
    return multi("N_m_price_sign_weight", f"what's the price per kilo on this market sign? how "
                 f"much would {float(kilos):g} kg cost me", [forms(F(cents, 100)), forms(cost)],
                 image=sign_of(rng, [fruit, f"{cents / 100:.2f} PER KG"]))


def n_m_parking_sign_leave(rng: random.Random) -> Item:  # a parking limit, then a time to leave
    hours = rng.choice([1, 2, 3, 4])
    start = rng.randint(8 * 60, 15 * 60 - 1)
    if start % 5:
        return n_m_parking_sign_leave(rng)
    return multi("N_m_parking_sign_leave", f"parked here at {start // 60}:{start % 60:02d}. how "
                 "long can i stay according to the sign and when do i have to move the car?",
                 [[f"{hours} hour", f"{hours} hours"], clock(start + 60 * hours)],
                 image=sign_of(rng, ["PARKING", f"{hours} HOUR LIMIT"]))


def n_m_hours_sign_week(rng: random.Random) -> Item:  # opening hours, then over a week
    open_, close = rng.randint(6, 10), rng.randint(4, 9)
    days = rng.choice([5, 6])
    hours = 12 - open_ + close
    return multi("N_m_hours_sign_week", f"How many hours a day is this place open, going by the "
                 f"sign? And if they open {days} days a week, how many hours is that?",
                 [[f"{hours} hours"], [f"{hours * days} hours"]],
                 image=sign_of(rng, ["OPEN", f"{open_}AM TO {close}PM"]))


def n_m_pool_sign_fahrenheit(rng: random.Random) -> Item:  # a water temperature, in Fahrenheit
    c = rng.randint(18, 34)
    return multi("N_m_pool_sign_fahrenheit", "whats the pool temp on that board? my mum wants "
                 "it in fahrenheit", [[*deg_c(F(c)), f"{c} degrees"],
                                      deg_f(F(c * 9, 5) + 32)],
                 image=sign_of(rng, ["POOL TEMPERATURE", f"{c} DEGREES C"]))


def n_m_road_sign_km(rng: random.Random) -> Item:  # a distance in miles, in km, and a time
    town = rng.choice(["YORK", "BATH", "LEEDS", "DOVER", "OXFORD"])
    miles = rng.randint(12, 95)
    km = miles * MILE
    speed = rng.choice([40, 50, 60])
    minutes = F(miles * 60, speed)
    if not safe(km) or minutes.denominator != 1:
        return n_m_road_sign_km(rng)
    return multi("N_m_road_sign_km", f"how far to {town.title()} in km according to this road "
                 f"sign? and at {speed} mph how many minutes will it take",
                 [unit(km, *KM), [f"{minutes} minutes", f"{minutes} min"]],
                 image=sign_of(rng, [town, f"{miles} MILES"]))


def n_m_sale_sign_price(rng: random.Random) -> Item:  # a discount sign applied to a price
    off = rng.choice([15, 20, 25, 30, 40, 50, 60, 70])
    price = rng.randint(20, 180)
    after = F(price * (100 - off), 100)
    return multi("N_m_sale_sign_price", f"how much off is this sign offering, and what would a "
                 f"{price} coat cost with it", [[f"{off}%", f"{off} %", f"{off} percent"],
                                                forms(after)],
                 image=sign_of(rng, ["SALE", f"{off}% OFF"]))


def n_m_order_days_since(rng: random.Random) -> Item:  # an order's number and days since it
    number = rng.randint(10000, 99999)
    month, day = rng.randint(1, 8), rng.randint(1, 28)
    import datetime
    placed = datetime.date(2026, month, day)
    days = (datetime.date(2026, 9, 30) - placed).days
    return multi("N_m_order_days_since", "what's the order number on this screenshot, and how "
                 "many days from the order date to 30 september 2026? it still hasnt come",
                 [[str(number)], [f"{days} days"]],
                 image=shot(rng, "My orders", [f"Order #{number}", f"Placed: {placed.isoformat()}",
                                               "Status: processing"]))


def n_m_wallet_balance_eur(rng: random.Random) -> Item:  # a balance read, then in euros
    bal = F(rng.randint(10000, 500000), 100)
    eur = convert(bal, "USD", "EUR")
    if not safe(eur):
        return n_m_wallet_balance_eur(rng)
    return multi("N_m_wallet_balance_eur", "Screenshot of my US account. What's the balance, "
                 "and how much is that in euros?", [forms(bal), cash(eur, "EUR")],
                 image=shot(rng, "Checking", [f"Balance: {float(bal):.2f} USD",
                                              "Pending: 0.00 USD"]))


def n_m_steps_miles_short(rng: random.Random) -> Item:  # steps and distance off a fitness app
    steps = rng.randint(3000, 9800)
    km = F(rng.randint(20, 75), 10)
    mi = km / MILE
    if not safe(mi):
        return n_m_steps_miles_short(rng)
    return multi("N_m_steps_miles_short", "from my fitness app: how far did i walk in miles, "
                 "and how many more steps do i need to hit 10000?",
                 [unit(mi, *MI), whole(10000 - steps)],
                 image=shot(rng, "Today", [f"Steps: {steps}", f"Distance: {float(km):.1f} km"]))


def n_m_boarding_gate_time(rng: random.Random) -> Item:  # a departure time, and when to be there
    dep = rng.randint(7 * 60, 21 * 60)
    early = rng.choice([30, 40, 45, 50])
    if dep % 5:
        return n_m_boarding_gate_time(rng)
    gate = rng.randint(2, 58)
    return multi("N_m_boarding_gate_time", f"what time does my flight leave and which gate? "
                 f"gate closes {early} min before departure, what time's that?",
                 [clock(dep), [f"gate {gate}", f"Gate {gate}"], clock(dep - early)],
                 image=shot(rng, "Boarding pass", [f"Flight LX {rng.randint(100, 999)}",
                                                   f"Departs {dep // 60:02d}:{dep % 60:02d}",
                                                   f"Gate {gate}"]))


def n_m_invoice_due_gbp(rng: random.Random) -> Item:  # an invoice amount in pounds, due date
    amount = F(rng.randint(5000, 90000), 100)
    gbp = convert(amount, "USD", "GBP")
    due = f"2026-{rng.randint(1, 12):02d}-{rng.randint(10, 28)}"
    if not safe(gbp):
        return n_m_invoice_due_gbp(rng)
    return multi("N_m_invoice_due_gbp", "client sent this invoice. when is it due and what's "
                 "the amount in pounds?", [[due], cash(gbp, "GBP")],
                 image=shot(rng, "Invoice", [f"Amount due: {float(amount):.2f} USD",
                                             f"Due date: {due}"]))


def n_m_scale_pounds_bmi(rng: random.Random) -> Item:  # a weight read off an app, pounds and BMI
    kg = F(rng.randint(480, 1150), 10)
    cm = rng.randint(155, 195)
    lb = kg / LB
    bmi = kg / (F(cm, 100) ** 2)
    if not safe(lb, bmi):
        return n_m_scale_pounds_bmi(rng)
    return multi("N_m_scale_pounds_bmi", f"this is my smart scale app. how much do i weigh in "
                 f"pounds, and what's my BMI if I'm {cm} cm tall?",
                 [unit(lb, *LBS), dp12(bmi)],
                 image=shot(rng, "Scale", [f"Weight: {float(kg):.1f} kg", "Synced"]))


def n_m_oven_screen_fahrenheit(rng: random.Random) -> Item:  # a recipe screen: oven and time
    c = rng.choice([160, 170, 175, 180, 190, 200, 210, 220])
    mins = rng.randint(20, 75)
    start = rng.randint(16 * 60, 19 * 60)
    return multi("N_m_oven_screen_fahrenheit", f"my oven is in fahrenheit, what should i set it "
                 f"to for this recipe? and if it goes in at {start // 60}:{start % 60:02d} when "
                 "is it done", [deg_f(F(c * 9, 5) + 32), clock(start + mins)],
                 image=shot(rng, "Banana bread", [f"Oven: {c} C", f"Bake: {mins} min"]))


FAMILIES_IMAGE = fams(
    n_m_receipt_in_euros, n_m_receipt_three_ways, n_m_receipt_tip, n_m_receipt_sterling,
    n_m_receipt_priciest, n_m_receipt_cheap_gap, n_m_receipt_avg_item, n_m_receipt_vat,
    n_m_receipt_left_over, n_m_receipt_yearly, n_m_receipt_shop_total,
    n_m_receipt_one_line_euro, n_m_receipt_drop_item, n_m_receipt_change,
    n_m_sign_plus_percent, n_m_sign_plus_feet, n_m_sign_plus_solve, n_m_speed_sign_kmh,
    n_m_height_sign_feet, n_m_load_sign_pounds, n_m_price_sign_weight, n_m_parking_sign_leave,
    n_m_hours_sign_week, n_m_pool_sign_fahrenheit, n_m_road_sign_km, n_m_sale_sign_price,
    n_m_order_days_since, n_m_wallet_balance_eur, n_m_steps_miles_short, n_m_boarding_gate_time,
    n_m_invoice_due_gbp, n_m_scale_pounds_bmi, n_m_oven_screen_fahrenheit)
