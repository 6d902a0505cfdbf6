"""Round 16 multi-part families (``L_m_*``, dev now), more on attached images: receipts read
and reworked in other words and situations, signs and screenshots with a follow-up sum."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    LB,
    MILE,
    F,
    Family,
    clock,
    convert,
    dec,
    eur,
    expr,
    fam,
    forms,
    gbp,
    kg,
    km,
    num,
    r2,
    random,
    receipt,
    root,
    safe,
    screen,
    sign,
    two_roots,
    unit,
    usd,
)

IMAGE_2: list[Family] = []
add = fam(IMAGE_2)


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


@add
def receipt_terse_eur_half(rng: random.Random):  # terse: total in euros, then half of it
    recipe, total, _ = receipt(rng)
    e = convert(total, "USD", "EUR")
    if not safe(e, e / 2):
        return None
    return "receipt -> eur, then half", [eur(e), eur(e / 2)], {"image": recipe}


@add
def receipt_card_cashback(rng: random.Random):  # cashback on a card, then the net cost
    recipe, total, _ = receipt(rng)
    pc = rng.choice([1, 2, 3, 5])
    back = total * pc / 100
    if not safe(back, total - back):
        return None
    return (f"my card gives {pc}% cashback. from this receipt, how much do I get back and what did"
            " the shop really cost me?", [usd(back), usd(total - back)], {"image": recipe})


@add
def receipt_share_of_item(rng: random.Random):  # one item's share of the total
    recipe, total, goods = receipt(rng)
    name, price = rng.choice(goods)
    pc = price / total * 100
    if not safe(pc):
        return None
    return (f"what percentage of this receipt was the {name.lower()}? and what was the whole "
            "total?", [percent(pc), usd(total)], {"image": recipe})


@add
def receipt_pay_with_note(rng: random.Random):  # paid with a banknote: the change, in pounds too
    recipe, total, _ = receipt(rng)
    note = 20 if total < 20 else 50 if total < 50 else 100
    ch = note - total
    g = convert(ch, "USD", "GBP")
    if not safe(ch, g):
        return None
    return (f"I paid this with a ${note} bill. how much change should I have got? and what is "
            "that change worth in pounds?", [usd(ch), gbp(g)], {"image": recipe})


@add
def receipt_yearly_if_daily(rng: random.Random):  # a daily coffee-shop habit over a year
    recipe, total, _ = receipt(rng)
    days = rng.choice([5, 7])
    return (f"I buy exactly this {days} days a week. what's that per week and per year (52 "
            "weeks)?", [usd(total * days), usd(total * days * 52)], {"image": recipe})


@add
def receipt_and_derivative(rng: random.Random):  # a receipt total and an unrelated derivative
    recipe, total, _ = receipt(rng)
    a, b = rng.randint(2, 9), rng.randint(2, 9)
    return (f"1) what's the total on this receipt  2) derivative of {a}x^3 - {b}x",
            [usd(total), expr(f"{3 * a}x^2 - {b}")], {"image": recipe})


@add
def receipt_items_sorted(rng: random.Random):  # the two dearest items combined, and the rest
    recipe, total, goods = receipt(rng)
    prices = sorted((p for _, p in goods), reverse=True)
    if len(prices) < 3:
        return None
    top = prices[0] + prices[1]
    return ("add up the two most expensive things on this receipt, and tell me what the rest "
            "came to", [usd(top), usd(total - top)], {"image": recipe})


@add
def receipt_gbp_then_split(rng: random.Random):  # pounds, then split
    recipe, total, _ = receipt(rng)
    g = convert(total, "USD", "GBP")
    n = rng.choice([2, 3, 4])
    if not safe(g, g / n):
        return None
    return (f"Convert the receipt total to GBP, then split it {n} ways please.",
            [gbp(g), gbp(g / n)], {"image": recipe})


@add
def receipt_loyalty_points(rng: random.Random):  # points per dollar, and their value
    recipe, total, _ = receipt(rng)
    per = rng.choice([2, 5, 10])
    pts = math.floor(total) * per
    val = F(pts, 100)
    return (f"shop gives {per} points per whole dollar spent, and 100 points = $1. what's the "
            "receipt total, how many points did I earn, and what are they worth?",
            [usd(total), [f"{pts} points", str(pts)], usd(val)], {"image": recipe})


@add
def sign_speed_mph_to_kmh(rng: random.Random):  # a US speed sign to km/h
    v = rng.choice([15, 25, 35, 45, 55, 65, 75])
    k = v * MILE
    if not safe(k):
        return None
    return ("rented a car in the US. what does this sign allow, and what's that in km/h?",
            [[f"{v} mph", f"{v} miles per hour", f"{v} MPH"],
             unit(k, "km/h", "kph", "kilometres per hour", "kilometers per hour")],
            {"image": sign(rng, ["SPEED LIMIT", f"{v} MPH"])})


@add
def sign_weight_limit_trucks(rng: random.Random):  # a bridge limit in tonnes, to pounds
    t = F(rng.randint(30, 400), 10)
    lb = t * 1000 / LB
    if not safe(lb):
        return None
    return ("bridge sign on my route. what weight limit does it show and how many pounds is that?"
            , [unit(t, "t", "tonnes", "tons", "tonne"), unit(lb, "lb", "pounds", "lbs")],
            {"image": sign(rng, ["WEIGHT LIMIT", f"{dec(t)} t"])})


@add
def sign_opening_time_wait(rng: random.Random):  # opening time on a sign: minutes to wait
    o = rng.choice([8, 9, 10, 11])
    now = o * 60 - rng.randint(10, 150)
    h, m = divmod(now, 60)
    wait = o * 60 - now
    return (f"it's {h}:{m:02d} now. when does this place open, and how long do I have to wait?",
            [[f"{o}AM", f"{o} AM", f"{o}:00", f"{o} am", f"{o}am", f"{o} a.m."],
             [f"{wait} minutes", f"{wait} min", f"{wait} mins"] + (
                 [f"{wait // 60} hour {wait % 60} minutes", f"{wait // 60}h {wait % 60}m"]
                 if wait >= 60 else [])],
            {"image": sign(rng, ["OPENS", f"{o}AM"])})


@add
def sign_fine_amount(rng: random.Random):  # a fine on a sign in euros, to dollars and pounds
    fine = rng.choice([35, 50, 75, 90, 135, 150, 200, 250])
    u, g = convert(F(fine), "EUR", "USD"), convert(F(fine), "EUR", "GBP")
    if not safe(u, g):
        return None
    return ("how big is the fine on this sign, in dollars and pounds?", [usd(u), gbp(g)],
            {"image": sign(rng, ["NO PARKING", f"FINE EUR {fine}"])})


@add
def sign_and_quadratic(rng: random.Random):  # read a sign, plus an unrelated quadratic
    words = rng.choice([["EXIT"], ["WET FLOOR"], ["STAFF ONLY"], ["NO PARKING"], ["PULL"]])
    r1, r2, p = two_roots(rng)
    return (f"Can you tell me what this sign says? Separately: roots of {p}.",
            [[" ".join(words)], root(r1), root(r2)], {"image": sign(rng, words)})


@add
def sign_altitude_feet(rng: random.Random):  # a mountain pass altitude in metres to feet
    m = rng.randint(800, 3500)
    ft = m / F(3048, 10000)
    if not safe(ft):
        return None
    return ("we just passed this sign on the hike. what altitude is it and what's that in feet?",
            [unit(F(m), "m", "metres", "meters"), unit(ft, "ft", "feet")],
            {"image": sign(rng, ["SUMMIT", f"ALT {m} m"])})


@add
def sign_capacity_split(rng: random.Random):  # a room capacity: how many groups
    cap = rng.randint(40, 400)
    g = rng.choice([6, 8, 12, 15])
    return (f"what's the max occupancy on this sign? if we come in groups of {g}, how many full "
            "groups fit?", [[f"{cap} people", f"{cap} persons", str(cap)],
                            [f"{cap // g} groups", str(cap // g)]],
            {"image": sign(rng, ["MAX OCCUPANCY", f"{cap} PERSONS"])}) if cap // g != g else None


@add
def screenshot_invoice_due(rng: random.Random):  # an invoice screenshot: late fee and total
    amt = F(rng.randint(5000, 300000), 100)
    fee = rng.choice([2, 5, 10])
    late = amt * fee / 100
    if not safe(late, amt + late):
        return None
    return (f"this invoice is overdue and there's a {fee}% late fee. what's the amount due, the "
            "fee, and the new total?", [usd(amt), usd(late), usd(amt + late)],
            {"image": screen(rng, "Invoice", [f"Invoice #{rng.randint(100, 999)}",
                                              f"Amount due: ${float(amt):,.2f}",
                                              "Status: overdue"])})


@add
def screenshot_steps_goal(rng: random.Random):  # a steps screenshot: percent of goal, km
    steps = rng.randint(2000, 19000)
    goal = rng.choice([8000, 10000, 12000])
    pc = F(steps * 100, goal)
    d = F(steps * 76, 100000)
    if not safe(pc, d):
        return None
    return ("fitness app screenshot. what % of my goal did I hit, and how many km is that if "
            "each step is 76 cm?", [percent(pc), km(d)],
            {"image": screen(rng, "Activity", [f"Steps: {steps}", f"Goal: {goal}"])})


@add
def screenshot_parcel_weight(rng: random.Random):  # a parcel's weight in pounds and postage
    w = F(rng.randint(5, 200), 10)
    lb = w / LB
    rate = rng.choice([4, 6, 8])
    if not safe(lb):
        return None
    return (f"tracking screenshot. how heavy is the parcel in pounds, and the postage at €{rate} "
            "per kg?", [unit(lb, "lb", "pounds", "lbs"), eur(w * rate)],
            {"image": screen(rng, "Tracking", [f"Parcel #{rng.randint(10000, 99999)}",
                                               f"Weight: {dec(w)} kg", "In transit"])})


@add
def screenshot_ride_cost(rng: random.Random):  # a taxi app: distance and fare, then per km
    d = F(rng.randint(20, 400), 10)
    fare = F(rng.randint(500, 8000), 100)
    per = fare / d
    mi = d / MILE
    if not safe(per, mi):
        return None
    return ("ride app screenshot. how far was the ride in miles and what did I pay per km?",
            [unit(mi, "mi", "miles"), eur(per)],
            {"image": screen(rng, "Your trip", [f"Distance: {dec(d)} km",
                                                f"Fare: EUR {float(fare):.2f}"])})


@add
def screenshot_booking_nights(rng: random.Random):  # a booking: nights, and per-night cost
    import datetime
    a = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 20))
    n = rng.randint(2, 12)
    b = a + datetime.timedelta(days=n)
    tot = F(rng.randint(150, 3000))
    per = tot / n
    if not safe(per):
        return None
    return ("hotel booking screenshot. how many nights is it and what's the cost per night?",
            [[f"{n} nights"], eur(per)], {"image": screen(rng, "Booking", [
                f"Check-in: {a:%Y-%m-%d}", f"Check-out: {b:%Y-%m-%d}",
                f"Total: EUR {int(tot)}"])})


@add
def screenshot_temp_week_avg(rng: random.Random):  # a forecast screenshot: average in F
    xs = [rng.randint(-5, 32) for _ in range(3)]
    m = F(sum(xs), 3)
    f = m * 9 / 5 + 32
    if not safe(m, f, r2(m) * 9 / 5 + 32):
        return None
    return ("what's the average of the three temperatures in this forecast, in C and in F?",
            [unit(m, "°C", "degrees Celsius", "Celsius", "C"),
             list(dict.fromkeys(unit(f, "°F", "degrees Fahrenheit", "Fahrenheit", "F") + unit(
                 r2(m) * 9 / 5 + 32, "°F", "degrees Fahrenheit", "Fahrenheit", "F")))],
            {"image": screen(rng, "Forecast", [f"Fri: {xs[0]} C", f"Sat: {xs[1]} C",
                                               f"Sun: {xs[2]} C"])})


@add
def screenshot_alarm_sleep(rng: random.Random):  # alarms: the gap and hours of sleep
    bed = rng.randint(21 * 60, 23 * 60 + 55) // 5 * 5
    wake = rng.randint(5 * 60, 8 * 60) // 5 * 5
    mins = wake + 1440 - bed
    h = F(mins, 60)
    if not safe(h):
        return None
    bh, bm = divmod(bed, 60)
    wh, wm = divmod(wake, 60)
    return ("going by these two alarms, how long will I sleep in hours, and how many minutes "
            "is that?", [[f"{v} hours" for v in forms(h)] + [f"{v} h" for v in forms(h)],
                         [f"{mins} minutes", f"{mins} min"]],
            {"image": screen(rng, "Alarms", [f"Bedtime: {bh:02d}:{bm:02d}",
                                             f"Wake up: {wh:02d}:{wm:02d}"])})


@add
def screenshot_salary_monthly(rng: random.Random):  # an annual salary: monthly and in euros
    sal = rng.randint(25, 150) * 1000
    m = F(sal, 12)
    e = convert(m, "GBP", "EUR")
    if not safe(m, e):
        return None
    return ("job offer screenshot. what's the monthly salary before tax, and in euros?",
            [gbp(m), eur(e)], {"image": screen(rng, "Offer", [f"Salary: GBP {sal:,} per year",
                                                              "Start: Monday"])})


@add
def screenshot_distance_to_go(rng: random.Random):  # a navigation app: km left, arrival time
    d = rng.randint(20, 400)
    v = rng.choice([60, 80, 90, 100])
    now = rng.randint(8 * 60, 18 * 60) // 5 * 5
    mins = F(d * 60, v)
    if mins.denominator != 1:
        return None
    h, m = divmod(now, 60)
    return (f"it's {h:02d}:{m:02d}. at {v} km/h, how many miles is what's left on this nav "
            "screen, and when will I arrive?", [unit(d / MILE, "mi", "miles"),
                                                clock(now + int(mins))],
            {"image": screen(rng, "Navigation", [f"Remaining: {d} km", "Traffic: light"])}) if (
        safe(d / MILE)) else None


@add
def receipt_weight_goods(rng: random.Random):  # receipt plus a kg-to-lb conversion
    recipe, total, _ = receipt(rng)
    w = rng.randint(2, 25)
    return (f"what's the total on this receipt, and while you're at it, how many pounds is {w} "
            "kg?", [usd(total), unit(w / LB, "lb", "pounds", "lbs")], {"image": recipe}) if safe(
        w / LB) else None


__all__ = ["IMAGE_2", "kg", "km", "num"]
