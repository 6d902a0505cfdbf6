"""Round 15 (``J_m_*``, dev now) everyday multi-part requests: home, work, school, travel,
cooking and small-business situations that each need two or more worked results."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    GALLON,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Made,
    cash,
    clock,
    cm,
    convert,
    deg_c,
    forms,
    gather,
    km,
    litres,
    ok,
    unit,
)


def sq(x: F) -> list[str]:
    return ([f"{v} m²" for v in forms(x)] + [f"{v} m^2" for v in forms(x)]
            + [f"{v} square metres" for v in forms(x)])


def paint_room(r: random.Random) -> Made:  # wall area, then tins of paint
    w, ln, h = r.randint(3, 7), r.randint(3, 8), F(r.choice([24, 25, 26, 27]), 10)
    area = 2 * (w + ln) * h
    cover = r.choice([10, 12, 13])
    tins = -(-area // cover)
    return (f"painting a {w} m × {ln} m room with {float(h)} m ceilings. total wall area (ignore "
            f"doors), and how many tins if one tin covers {cover} m²?",
            [sq(area), [f"{tins} tins", f"{tins} tin"]])


def recipe_scale(r: random.Random) -> Made:  # scale a recipe, then convert to grams
    serves, want, oz = r.choice([4, 6]), r.choice([10, 12, 15, 9]), r.randint(4, 16)
    new = F(oz * want, serves)
    g = new * OZ
    if not ok(new, g):
        return None
    return (f"recipe for {serves} wants {oz} oz butter. I'm cooking for {want}. how many oz, "
            "and how many grams is that?", [unit(new, "oz", "ounces"), unit(g, "g", "grams")])


def fuel_trip_euros(r: random.Random) -> Made:  # fuel cost for a trip abroad, in dollars
    k, eff, pe = r.randint(200, 1200), r.choice([5, 6, 7, 8]), F(r.randint(150, 199), 100)
    cost = F(k * eff, 100) * pe
    usd = convert(cost, "EUR", "USD")
    if not ok(cost, usd):
        return None
    return (f"driving {k} km in France, car does {eff} L/100km, fuel is €{float(pe):.2f}/L. cost "
            "in euros, and in dollars?", [cash(cost, "EUR"), cash(usd, "USD")])


def invoice_hours(r: random.Random) -> Made:  # freelance hours invoice with tax
    h, rate, tax = r.randint(5, 60), r.choice([35, 45, 60, 75, 90]), r.choice([10, 15, 20])
    net = h * rate
    return (f"freelance invoice: {h} hours at ${rate}/hr plus {tax}% GST. subtotal, GST, total?",
            [forms(F(net)), forms(F(net * tax, 100)), forms(F(net * (100 + tax), 100))])


def flight_time_zone(r: random.Random) -> Made:  # arrival local time and flight in minutes
    dep, dur = r.randint(6 * 60, 14 * 60), r.randint(90, 600)
    shift = r.choice([-3, -2, 1, 2, 5])
    arr = (dep + dur + shift * 60) % 1440
    h, m = divmod(dur, 60)
    if m == 0:
        return None
    return (f"flight leaves {dep // 60:02d}:{dep % 60:02d}, takes {h}h {m}m, and the destination "
            f"is {abs(shift)} hour{'s' if abs(shift) > 1 else ''} "
            f"{'ahead' if shift > 0 else 'behind'}. local arrival time? and how many minutes in "
            "the air?",
            [clock(arr), [f"{dur} minutes", f"{dur} min"]])


def school_grade_needed(r: random.Random) -> Made:  # average so far, score needed
    s = [r.randint(55, 95) for _ in range(3)]
    target = r.choice([75, 80, 85])
    need = 4 * target - sum(s)
    m = F(sum(s), 3)
    if not ok(m) or not 0 < need <= 100:
        return None
    return (f"my test scores so far are {s[0]}, {s[1]}, {s[2]}. what's my average now, and what "
            f"do i need on the 4th test to average {target}?", [forms(m), [str(need)]])


def garden_soil(r: random.Random) -> Made:  # raised bed volume, then bags
    ln, w, d = r.randint(120, 300), r.randint(60, 120), r.choice([20, 25, 30, 40])
    vol = F(ln * w * d, 1000)
    bag = r.choice([40, 50, 70])
    bags = -(-vol // bag)
    if not ok(vol):
        return None
    return (f"raised bed {ln} × {w} cm, {d} cm deep. how many litres of soil, and how many "
            f"{bag} L bags?", [litres(vol), [f"{bags} bags"]])


def cafe_margin(r: random.Random) -> Made:  # cost, price, margin %, daily profit
    cost, price, sold = F(r.randint(80, 200), 100), F(r.randint(300, 550), 100), r.randint(40,
                                                                                         300)
    margin = (price - cost) / price * 100
    if not ok(margin):
        return None
    return (f"coffee costs me ${float(cost):.2f} a cup to make and I sell it for "
            f"${float(price):.2f}. margin as a %, and profit if I sell {sold} cups?",
            [[f"{v}%" for v in forms(margin)], forms((price - cost) * sold)])


def tv_fits(r: random.Random) -> Made:  # diagonal to cm, then width of a 16:9 screen
    d = r.randint(32, 86)
    dc = F(d) * INCH * 100
    w = float(dc) * 16 / (337 ** 0.5)
    if not ok(dc) or abs(w * 100 % 1 - 0.5) < 0.01:
        return None
    return (f"{d}\" tv — what's the diagonal in cm, and roughly how wide is the screen in cm "
            "(16:9)?", [cm(dc), [f"{w:.2f} cm", f"{w:.2f} centimetres", f"{w:.1f} cm"]])


def baking_temp_time(r: random.Random) -> Made:  # gas-free oven conversion and start time
    f = r.choice([320, 340, 360, 380, 410, 430])
    c = (F(f) - 32) * F(5, 9)
    ready = r.randint(17 * 60, 20 * 60) // 5 * 5
    mins = r.choice([25, 40, 55, 65, 75])
    if not ok(c):
        return None
    return (f"bake at {f}°F for {mins} min; I want it out at {ready // 60 - 12}:{ready % 60:02d}"
            " pm. celsius? and when does it need to go in?", [deg_c(c), clock(ready - mins)])


def carpet_cost(r: random.Random) -> Made:  # room in feet, square metres, cost
    a, b = r.randint(8, 20), r.randint(8, 20)
    m2 = F(a * b) * (INCH * 12) ** 2
    price = r.choice([18, 22, 30, 35])
    if not ok(m2, m2 * price):
        return None
    return (f"bedroom is {a} ft by {b} ft. how many square metres is that and what would "
            f"carpet at ${price}/m² cost?", [sq(m2), forms(m2 * price)])


def water_bill(r: random.Random) -> Made:  # gallons used to litres and cost per litre
    g, bill = r.randint(2000, 9000), r.randint(30, 120)
    lit = F(g) * GALLON
    per = F(bill * 1000) / lit
    if not ok(lit, per):
        return None
    return (f"we used {g} US gallons of water this month and the bill was ${bill}. how many "
            "litres is that, and the cost per 1000 litres?", [litres(lit), forms(per)])


def shipping_weight(r: random.Random) -> Made:  # parcel weight in lb, then postage
    g = r.randint(400, 9000)
    lb = F(g, 1000) / LB
    rate = r.choice([3, 4, 5])
    cost = rate * -(-lb // 1)
    if not ok(lb):
        return None
    return (f"parcel is {g} g. what's that in pounds, and if postage is ${rate} per started "
            "pound, how much?", [unit(lb, "lb", "pounds", "lbs"), forms(F(cost))])


def hotel_nights_currency(r: random.Random) -> Made:  # hotel nights in GBP to euros
    nights, rate = r.randint(2, 9), r.randint(70, 260)
    tot = F(nights * rate)
    e = convert(tot, "GBP", "EUR")
    if not ok(e):
        return None
    return (f"london hotel, {nights} nights at £{rate}. total in pounds, and in euros?",
            [cash(tot, "GBP"), cash(e, "EUR")])


def commute_cost_year(r: random.Random) -> Made:  # daily commute, miles to km, yearly cost
    mi, days, per = r.randint(3, 40), r.choice([200, 220, 230]), F(r.choice([12, 15, 20]), 100)
    k = F(mi * 2) * MILE
    cost = F(mi * 2 * days) * per
    if not ok(k):
        return None
    return (f"my commute is {mi} miles each way. round trip in km? and at ${float(per):.2f} a mile "
            f"over {days} working days, yearly cost?", [km(k), forms(cost)])


def aquarium(r: random.Random) -> Made:  # fish tank litres and gallons
    ln, w, h = r.randint(40, 150), r.randint(25, 60), r.randint(25, 60)
    lit = F(ln * w * h, 1000)
    gal = lit / GALLON
    if not ok(lit, gal):
        return None
    return (f"fish tank is {ln}x{w}x{h} cm. litres? and US gallons?",
            [litres(lit), [f"{v} gallons" for v in forms(gal)] + [f"{v} gal" for v in forms(gal)]])


def wedding_budget(r: random.Random) -> Made:  # guests times cost, then deposit
    guests, per, dep = r.randint(40, 200), r.randint(45, 120), r.choice([10, 20, 25, 30])
    tot = guests * per
    return (f"catering quote: {guests} guests at ${per} a head. total, and the {dep}% deposit?",
            [forms(F(tot)), forms(F(tot * dep, 100))])


def medicine_bottle(r: random.Random) -> Made:  # doses in a bottle, days it lasts
    ml, dose, times = r.choice([100, 150, 200, 250]), r.choice([5, 7.5, 10]), r.choice([2, 3, 4])
    doses = F(ml) / F(str(dose))
    days = doses / times
    if not ok(doses, days):
        return None
    return (f"the bottle has {ml} ml, each dose is {dose:g} ml, {times} times daily. how many "
            "doses in the bottle and how many days will it last?",
            [[f"{v} doses" for v in forms(doses)], [f"{v} days" for v in forms(days)]])


def car_loan(r: random.Random) -> Made:  # price minus deposit, monthly over years, no interest
    price, dep, yrs = r.randint(8, 40) * 1000, r.choice([10, 15, 20]), r.choice([2, 3, 4, 5])
    owed = F(price * (100 - dep), 100)
    mon = owed / (12 * yrs)
    if not ok(mon):
        return None
    return (f"car is ${price:,}. I put {dep}% down and pay the rest interest-free over {yrs} "
            "years. how much is left to pay, and the monthly payment?", [forms(owed), forms(mon)])


def ski_temp_snow(r: random.Random) -> Made:  # snow depth inches to cm, temp F to C
    sn, f = r.randint(4, 60), r.randint(-10, 35)
    c = (F(f) - 32) * F(5, 9)
    d = F(sn) * INCH * 100
    if not ok(c, d):
        return None
    return (f"ski report: {sn} inches of fresh snow, {f}°F at the top. metric please",
            [cm(d), deg_c(c)])


EVERYDAY = gather(paint_room, recipe_scale, fuel_trip_euros, invoice_hours, flight_time_zone,
                  school_grade_needed, garden_soil, cafe_margin, tv_fits, baking_temp_time,
                  carpet_cost, water_bill, shipping_weight, hotel_nights_currency,
                  commute_cost_year, aquarium, wedding_budget, medicine_bottle, car_loan,
                  ski_temp_snow)
