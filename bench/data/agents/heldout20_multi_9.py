"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 9: rates read off
screens, stay limits, pools and flights, weighted marks, two curves, shop and road signs, and
chained conversions."""
# ruff: noqa: E501

from __future__ import annotations

import math

from bench.data.agents.heldout20_multi import (
    PLOT,
    F,
    Redraw,
    ampm,
    clock,
    dec,
    exact,
    fam,
    hm,
    money,
    num,
    pick,
    point,
    receipt,
    shot,
    sign,
    span,
    split,
    words,
)
from bench.data.agents.helpers import Family


@fam
def converter_rate_on_screen(rng):
    rate = F(rng.randrange(105, 125), 100)
    amt = rng.randrange(40, 2000, 5)
    back = rng.randrange(40, 900, 5)
    img = shot(rng, "Currency", ["1 GBP = " + f"{float(rate):.2f} EUR", "Updated 09:14"])
    text = pick(rng, f"Using the rate on this screen, what is £{amt} in euros, and what is €{back} in pounds?",
                f"with this exchange rate: {amt} GBP -> EUR? and {back} EUR -> GBP?")
    return text, [money(amt * rate), money(back / rate)], {"image": img}


@fam
def phone_minutes_overage(rng):
    cap = rng.choice([300, 500, 750, 1000])
    used = rng.randrange(50, cap - 10)
    per = F(rng.choice([5, 8, 10, 12, 15]), 100)
    more = rng.randrange(cap - used + 10, cap - used + 400, 5)
    img = shot(rng, "My Plan", [f"Minutes: {used} of {cap} used", f"Extra minutes: ${float(per):.2f}/min"])
    text = pick(rng, f"How many minutes do I have left on this plan, and what would I pay in extras if I talk another {more} minutes?",
                f"minutes remaining? and the overage charge if I use {more} more minutes")
    left = cap - used
    return text, [[f"{left} minutes", f"{left} min"], money((more - left) * per)], {"image": img}


@fam
def sign_max_stay(rng):
    hrs = rng.choice([1, 2, 3, 4])
    arr = rng.randrange(8 * 60, 18 * 60, 5)
    now = arr + rng.randrange(10, hrs * 60 - 5, 5)
    img = sign(rng, ["FREE PARKING", f"MAX STAY {hrs} HOURS" if hrs > 1 else "MAX STAY 1 HOUR"])
    text = pick(rng, f"I parked at {ampm(arr)}. What time must I leave by, and it's {ampm(now)} now — how long have I got left?",
                f"arrived {hm(arr)}, now {hm(now)}. latest time to leave under this sign? time remaining?")
    return text, [clock(arr + hrs * 60), span(arr + hrs * 60 - now)], {"image": img}


@fam
def receipt_tip_then_euros(rng):
    goods = ["Steak", "Salmon", "Risotto", "Wine", "Salad", "Dessert", "Soup", "Beer"]
    recipe, lines = receipt(rng, goods, ["Bistro Nord", "The Grill", "Casa Mia"], (3, 5), 400, 4000)
    tip = rng.choice([15, 18, 20])
    rate = F(rng.choice(["0.92", "0.86", "0.91"]))
    t = sum((p for _, p in lines), F(0))
    g = t * (100 + tip) / 100
    text = pick(rng, f"Restaurant bill in dollars. Total with a {tip}% tip? And that amount in euros at 1 USD = {dec(rate)} EUR?",
                f"add {tip}% tip to this receipt and convert the result to EUR ({dec(rate)} per dollar)")
    return text, [money(g), split(g, 1, rate)], {"image": recipe}


@fam
def pool_volume_gallons(rng):
    a, b = F(rng.randrange(30, 150), 10), F(rng.randrange(20, 60), 10)
    d = F(rng.randrange(10, 25), 10)
    v = a * b * d
    text = pick(rng, f"A pool is {dec(a)} m long, {dec(b)} m wide and {dec(d)} m deep. Volume in m³, and in US gallons (1 m³ = 264.17 gal)?",
                f"how many cubic metres of water in a {dec(a)} x {dec(b)} x {dec(d)} m pool, and how many US gallons at 264.17 per m³?")
    return text, [num(v, 3) + num(v, 2) + num(v, 1), num(v * F("264.17"), 2) + num(v * F("264.17"), 0) + num(v * F("264.17"), 1)]


@fam
def flight_time_zone_arrival(rng):
    dep = rng.randrange(0, 24 * 60, 5)
    dur = rng.randrange(120, 14 * 60, 5)
    *cities, shift = rng.choice([("London", "New York", -5), ("Paris", "Chicago", -7), ("Madrid", "Dubai", 3), ("Berlin", "Tokyo", 8),
                                 ("Dublin", "Boston", -5), ("London", "Singapore", 8), ("Lisbon", "Athens", 2), ("Toronto", "Vancouver", -3)])
    text = pick(rng, f"Flight leaves {cities[0]} at {hm(dep)} local and takes {dur // 60}h {dur % 60}m. {cities[1]} is {abs(shift)} hours {'ahead of' if shift > 0 else 'behind'} {cities[0]}. What's the local arrival time, and how many minutes is the flight?",
                f"departing {hm(dep)}, flight time {dur // 60} h {dur % 60} min, destination clock is {'+' if shift > 0 else '-'}{abs(shift)}h vs origin. local landing time? flight length in minutes?")
    return text, [clock(dep + dur + shift * 60), [f"{dur} minutes", f"{dur} min", f"{dur:,} minutes"]]


@fam
def weeks_days_and_fraction(rng):
    days = rng.randint(30, 400)
    if days % 7 == 0:
        raise Redraw
    n, d = rng.choice([(3, 8), (5, 8), (2, 5), (3, 4), (7, 10), (5, 6), (4, 9)])
    of = d * rng.randint(20, 200)
    w, r = divmod(days, 7)
    text = pick(rng, f"how many weeks and days is {days} days? and what's {n}/{d} of {of}?",
                f"Two quick ones: {n}/{d} of {of}, and {days} days in weeks + days")
    return text, [[f"{w} weeks and {r} days", f"{w} weeks {r} days", f"{w} weeks, {r} days", f"{w} weeks and {r} day", f"{w} weeks {r} day", f"{w} weeks, {r} day"], exact(F(n * of, d)) + num(F(n * of, d), 2) + ([f"{n * of // d:,}"] if (n * of) % d == 0 else [])]


@fam
def weighted_grade_needed(rng):
    hw, mid = rng.randint(60, 100), rng.randint(50, 100)
    whw, wmid = rng.choice([(20, 30), (25, 25), (30, 30), (15, 35)])
    wfin = 100 - whw - wmid
    fin = rng.randint(40, 100)
    target = rng.choice([70, 75, 80, 85, 90])
    cur = F(hw * whw + mid * wmid + fin * wfin, 100)
    need = (target * 100 - hw * whw - mid * wmid) / F(wfin)
    if not 0 < need <= 100:
        raise Redraw
    text = pick(rng, f"Homework ({whw}%): {hw}, Midterm ({wmid}%): {mid}, Final ({wfin}%): {fin}. What's my weighted average (2 dp)? And what final score would I have needed for {target} overall (2 dp)?",
                f"weights hw {whw}%, midterm {wmid}%, final {wfin}%. scores {hw}, {mid}, {fin}. overall grade? and the final exam mark needed to get exactly {target}")
    return text, [num(cur, 2) + num(cur, 1), num(need, 2) + num(need, 1)]


@fam
def prices_mean_eur_to_gbp(rng):
    p = [F(rng.randrange(500, 30000), 100) for _ in range(rng.randint(4, 7))]
    rate = F(rng.choice(["0.86", "0.85", "0.87"]))
    m = sum(p) / len(p)
    text = pick(rng, f"Hotel quotes per night: {', '.join(f'€{float(x):.2f}' for x in p)}. Average in euros, and that average in pounds at €1 = £{dec(rate)}?",
                f"mean of these nightly prices in EUR ({' / '.join(f'{float(x):.2f}' for x in p)}) and converted to GBP at {dec(rate)}")
    return text, [money(m), money(m * rate) + money(F(round(m * 100), 100) * rate)]


@fam
def curve_line_cross_plot(rng):
    a, b = sorted(rng.sample(range(-4, 8), 2))
    m = rng.choice([1, 2, -1, 3])
    c = rng.randint(-5, 5)
    # f(x) = x^2 + px + q with f(x) = mx + c at x = a, b
    p = m - (a + b)
    q = c + a * b
    f = "x^2" + (f" {'+' if p > 0 else '-'} {abs(p) if abs(p) != 1 else ''}x" if p else "") + (f" {'+' if q > 0 else '-'} {abs(q)}" if q else "")
    g = f"{'' if m == 1 else '-' if m == -1 else m}x" + (f" {'+' if c > 0 else '-'} {abs(c)}" if c else "")
    text = pick(rng, f"Plot y = {f} and y = {g} on the same axes and tell me where they intersect.",
                f"where do the curves y={f} and y={g} cross? graph both please")
    return text, [point(a, m * a + c), point(b, m * b + c), PLOT]


@fam
def food_calories_and_stone(rng):
    per100 = rng.randrange(50, 600, 5)
    g = rng.randrange(30, 400, 5)
    st = F(rng.randrange(14, 40), 2)
    text = pick(rng, f"A snack has {per100} kcal per 100 g. How many kcal in {g} g? Also what's {dec(st)} stone in kg (1 st = 6.35 kg)?",
                f"{g}g of something at {per100} kcal/100g = how many calories? and {dec(st)} stone to kg using 6.35")
    return text, [num(F(per100 * g, 100), 1) + num(F(per100 * g, 100), 0), num(st * F("6.35"), 3) + num(st * F("6.35"), 2) + num(st * F("6.35"), 1)]


@fam
def screen_order_split_tax(rng):
    items = rng.randint(2, 6)
    sub = F(rng.randrange(2000, 20000), 100)
    ship = F(rng.choice([0, 499, 599, 799, 999]), 100)
    img = shot(rng, "Checkout", [f"Items ({items}): ${float(sub):,.2f}", f"Shipping: ${float(ship):.2f}", "Promo: none"])
    tax = rng.choice([5, 7, 8, 10])
    people = rng.randint(2, 4)
    tot = (sub + ship) * (100 + tax) / 100
    text = pick(rng, f"What's the order total with {tax}% tax charged on items and shipping together, and each share if {people} of us split it?",
                f"add items + shipping from this checkout, then {tax}% tax on the whole thing, then split {people} ways")
    return text, [money(tot), split(tot, people)], {"image": img}


def m2(x):
    return f"{float(x):.2f}"


@fam
def sign_price_per_kilo(rng):
    price = F(rng.randrange(199, 1599), 100)
    fruit = rng.choice(["CHERRIES", "GRAPES", "PLUMS", "TOMATOES", "STRAWBERRIES"])
    lb = rng.randint(2, 6)
    img = sign(rng, [fruit, f"${m2(price)} / KG"])
    kg = lb * F("0.4536")
    text = pick(rng, f"How much would {lb} lb of these cost? Use 1 lb = 0.4536 kg. Also what's the price per lb?",
                f"price per pound for this (0.4536 kg/lb) and the cost of {lb} pounds")
    per_lb = F("0.4536") * price
    return text, [money(kg * price) + money(F(round(per_lb * 100), 100) * lb), money(per_lb)], {"image": img}


@fam
def sign_closing_buffer(rng):
    cl = rng.choice([17, 18, 19, 20, 21, 22]) * 60 + rng.choice([0, 30])
    now = rng.randrange(cl - 240, cl - 20, 5)
    walk = rng.randrange(10, 50, 5)
    img = sign(rng, ["PHARMACY", f"CLOSES {hm(cl)}"])
    text = pick(rng, f"It's {ampm(now)} and it takes me {walk} minutes to get there. What time would I arrive, and how long before closing is that?",
                f"now {hm(now)}, {walk} min walk — arrival time and minutes to spare before it shuts?")
    if now + walk >= cl:
        raise Redraw
    return text, [clock(now + walk), span(cl - now - walk)], {"image": img}


@fam
def sign_sale_price_convert(rng):
    off = rng.choice([15, 20, 25, 30, 40, 50, 60])
    price = F(rng.randrange(1500, 20000, 100), 100)
    rate = F(rng.choice(["1.08", "1.09", "1.17"]))
    img = sign(rng, ["SALE", f"{off}% OFF", "EVERYTHING"])
    text = pick(rng, f"A jacket is €{m2(price)}. What's the sale price with this discount, and in US dollars at 1 EUR = {dec(rate)} USD?",
                f"€{m2(price)} item with the sign's discount -> price? then convert to USD ({dec(rate)})")
    s = price * (100 - off) / 100
    return text, [money(s), money(s * rate)], {"image": img}


@fam
def sign_weight_limit_tonnes(rng):
    t = F(rng.choice([35, 75, 100, 120, 180, 75]), 10)
    truck = rng.randrange(2000, 19000, 250)
    img = sign(rng, ["WEIGHT LIMIT", f"{dec(t)} T"])
    text = pick(rng, f"What's this weight limit in kg, and by how many kg is my {truck:,} kg truck over or under it?",
                f"limit in kilograms? my vehicle weighs {truck} kg — difference from the limit?")
    lim = t * 1000
    d = abs(lim - truck)
    if d == 0:
        raise Redraw
    return text, [num(lim, 0), num(d, 0)], {"image": img}


# ---------------------------------------------------------------- chained

@fam
def miles_then_time(rng):
    mi, kmh = rng.randint(3, 120), rng.choice([8, 10, 12, 15, 20, 50, 60, 80, 90, 100])
    km = mi * F("1.609")
    hrs = km / kmh
    text = pick(rng, f"convert {mi} miles to km (1 mile = 1.609 km), then how long does that take at {kmh} km/h? hours to 2 dp",
                f"How many km is {mi} mi using 1.609? And at {kmh} km/h, how many hours would it take (2 decimals)?",
                f"{mi} miles in kilometres (x1.609) — then the time in hours at {kmh} kph, rounded to 2 dp")
    return text, [num(km, 3) + num(km, 2) + num(km, 1), num(hrs, 2)]


@fam
def pounds_then_sacks(rng):
    lb, sack = rng.randint(120, 2400), rng.choice([10, 20, 25, 40, 50])
    kg = lb * F("0.4536")
    n = math.ceil(kg / sack)
    if kg / sack == int(kg / sack):
        return None
    text = pick(rng, f"I need {lb} lb of gravel. What's that in kg (1 lb = 0.4536 kg, 1 dp) and how many {sack} kg sacks do I buy?",
                f"convert {lb} pounds to kilos using 0.4536, one decimal, then how many {sack}kg bags to cover that amount")
    return text, [num(kg, 1) + num(kg, 2), words(n, "sacks") + words(n, "bags") + [f"{n} x", f"buy {n}"]]


@fam
def litres_then_cost(rng):
    gal = rng.randint(5, 25)
    price = F(rng.randrange(140, 220), 100)
    lit = gal * F("3.785")
    cost = lit * price
    text = pick(rng, f"{gal} gallons is how many litres (1 gal = 3.785 L)? and at €{float(price):.2f} per litre what does that cost?",
                f"Convert {gal} US gal to litres with 3.785, then multiply by the fuel price €{float(price):.2f}/L — what's the total?")
    return text, [num(lit, 3) + num(lit, 2), money(cost)]


@fam
def celsius_then_kelvin(rng):
    fahr = rng.randint(-40, 212)
    c = (F(fahr) - 32) * 5 / 9
    k = c + F("273.15")
    text = pick(rng, f"convert {fahr}°F to celsius and then that to kelvin (2 decimals each)",
                f"{fahr} F -> C -> K please, round both to 2 dp")
    return text, [num(c, 2), num(k, 2)]


@fam
def area_then_paint(rng):
    w, h = F(rng.randrange(20, 80), 10), F(rng.randrange(20, 30), 10)
    walls = rng.choice([2, 3, 4])
    cover = rng.choice([10, 12, 13])
    area = w * h * walls
    text = pick(rng, f"{walls} walls, each {dec(w)} m wide and {dec(h)} m high — total area? Then how many litres of paint at {cover} m² per litre (one coat, 2 dp)?",
                f"Area of {walls} walls of {dec(w)}m x {dec(h)}m, and then litres of paint needed if 1 L covers {cover} m2? (2 decimals)")
    return text, [num(area, 2), num(area / cover, 2)]


@fam
def radius_then_area(rng):
    d = rng.randint(3, 60)
    unit = rng.choice(["cm", "m", "in"])
    r = F(d, 2)
    a = math.pi * d * d / 4
    if abs(a * 100 - math.floor(a * 100) - 0.5) < 0.02:
        return None
    text = pick(rng, f"A circle has diameter {d} {unit}. What's the radius, and then the area of a circle with that radius (2 dp)?",
                f"radius of a {d}{unit} diameter circle? then the area using that radius, to 2 decimals")
    return text, [num(r, 1) + num(r, 2), num(a, 2)]


@fam
def hours_then_pay(rng):
    start, end = rng.randrange(6 * 60, 11 * 60, 15), rng.randrange(15 * 60, 21 * 60, 15)
    brk = rng.choice([0, 30, 45, 60])
    rate = F(rng.randrange(1100, 3200, 25), 100)
    mins = end - start - brk
    pay = rate * mins / 60
    b = f" with a {brk} minute unpaid break" if brk else " with no break"
    text = pick(rng, f"I worked {ampm(start)} to {ampm(end)}{b}. How long is that, and what do I earn at ${float(rate):.2f}/hour?",
                f"Shift {hm(start)}-{hm(end)}{b}: hours worked? then pay at {float(rate):.2f} dollars an hour")
    return text, [span(mins), money(pay)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    converter_rate_on_screen, phone_minutes_overage, sign_max_stay, receipt_tip_then_euros,
    pool_volume_gallons, flight_time_zone_arrival, weeks_days_and_fraction,
    weighted_grade_needed, prices_mean_eur_to_gbp, curve_line_cross_plot,
    food_calories_and_stone, screen_order_split_tax, miles_then_time, pounds_then_sacks,
    litres_then_cost, celsius_then_kelvin, area_then_paint, radius_then_area, hours_then_pay,
    sign_price_per_kilo, sign_closing_buffer, sign_sale_price_convert, sign_weight_limit_tonnes)]
