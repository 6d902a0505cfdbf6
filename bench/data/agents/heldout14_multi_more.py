"""Round 14 (``N_m_*``, dev now) multi-part requests: more receipts, signs and screenshots put to
use, graphs with a value read off, and small chains of everyday sums and measures."""

from __future__ import annotations

import math

from bench.data.agents.heldout14_multi_common import (
    GRAPH,
    INCH,
    LB,
    MILE,
    OZ,
    F,
    Item,
    cash,
    convert,
    deg_f,
    fams,
    forms,
    multi,
    num,
    pct,
    r2,
    random,
    receipt,
    root,
    safe,
    shot,
    sign_of,
    span,
    unit,
    whole,
)


def _at(x: F) -> list[str]:
    return list(dict.fromkeys([*forms(x), f"${float(x):.2f}"]))


def n_m_receipt_vs_forty(rng: random.Random) -> Item:  # a total against a limit
    recipe, total, _ = receipt(rng)
    if total == 40:
        return n_m_receipt_vs_forty(rng)
    return multi("N_m_receipt_vs_forty", "work lets me expense up to $40 for lunch. what's on this "
                 "receipt and how far over or under the limit am I?",
                 [_at(total), forms(abs(40 - total))], image=recipe)


def n_m_receipt_avg_euro(rng: random.Random) -> Item:  # the mean item price, in euros
    recipe, total, items = receipt(rng)
    mean = total / len(items)
    eur = convert(mean, "USD", "EUR")
    if not safe(mean, eur):
        return n_m_receipt_avg_euro(rng)
    return multi("N_m_receipt_avg_euro", "what's the average price per item on this receipt, in "
                 "dollars and in euros?", [forms(mean), cash(eur, "EUR")], image=recipe)


def n_m_receipt_two_cheapest(rng: random.Random) -> Item:  # the two cheapest lines together
    recipe, _, items = receipt(rng)
    prices = sorted(p for _, p in items)
    if len(items) < 3 or len(set(prices)) != len(prices):
        return n_m_receipt_two_cheapest(rng)
    names = [n for n, p in sorted(items, key=lambda q: q[1])[:2]]
    return multi("N_m_receipt_two_cheapest", "which two things on here were cheapest, and what do "
                 "they come to together?", [[names[0]], [names[1]], forms(prices[0] + prices[1])],
                 image=recipe)


def n_m_receipt_tax_back(rng: random.Random) -> Item:  # a tax refund on a total
    recipe, total, _ = receipt(rng)
    rate = rng.choice([5, 6, 8, 10, 12])
    back = total * rate / 100
    if not safe(back):
        return n_m_receipt_tax_back(rng)
    return multi("N_m_receipt_tax_back", f"tourists get {rate}% back on purchases here. what's the "
                 "receipt total, and how much can I claim?", [_at(total), forms(back)],
                 image=recipe)


def n_m_receipt_over_ten(rng: random.Random) -> Item:  # lines over $10: how many and their sum
    recipe, _, items = receipt(rng)
    big = [p for _, p in items if p > 10]
    if not big or any(p == 10 for _, p in items):
        return n_m_receipt_over_ten(rng)
    return multi("N_m_receipt_over_ten", "how many things on this receipt cost over $10, and what "
                 "do those add up to?", [[f"{len(big)} item", f"{len(big)} of"],
                                         forms(sum(big, F(0)))], image=recipe)


def n_m_distance_sign_miles(rng: random.Random) -> Item:  # a km sign in miles, and a drive time
    town = rng.choice(["PARIS", "LYON", "MADRID", "MUNICH", "ROMA"])
    km, speed = rng.randint(20, 400), rng.choice([80, 90, 100, 110, 120, 130])
    mi = km / MILE
    mins = F(km * 60, speed)
    if not safe(mi) or mins.denominator != 1:
        return n_m_distance_sign_miles(rng)
    return multi("N_m_distance_sign_miles", f"how many miles to {town.title()} from this sign, and "
                 f"how long at {speed} km/h?", [unit(mi, "miles", "mi"), span(int(mins))],
                 image=sign_of(rng, [town, f"{km} KM"]))


def n_m_capacity_sign_over(rng: random.Random) -> Item:  # a capacity sign against a group size
    cap, group = rng.randint(20, 120), 0
    group = cap + rng.randint(3, 40)
    rooms = math.ceil(group / cap)
    return multi("N_m_capacity_sign_over", f"we have {group} people for the talk. what's the room "
                 "capacity on the sign, how many too many are we, and how many rooms that size "
                 "would we need?", [whole(cap), whole(group - cap), [f"{rooms} rooms"]],
                 image=sign_of(rng, ["ROOM CAPACITY", f"{cap} PERSONS"]))


def n_m_menu_board_order(rng: random.Random) -> Item:  # a menu board: an order's cost, in pounds
    coffee, cake = F(rng.randint(18, 45), 10), F(rng.randint(25, 65), 10)
    a, b = rng.randint(2, 5), rng.randint(1, 3)
    cost = a * coffee + b * cake
    gbp = convert(cost, "EUR", "GBP")
    if not safe(gbp):
        return n_m_menu_board_order(rng)
    return multi("N_m_menu_board_order", f"prices on this cafe board are in euros. what do {a} "
                 f"coffees and {b} cake{'s' if b > 1 else ''} cost, and what's that in pounds?",
                 [cash(cost, "EUR") + forms(cost), cash(gbp, "GBP")],
                 image=sign_of(rng, [f"COFFEE {float(coffee):.2f}", f"CAKE {float(cake):.2f}"]))


def n_m_data_plan_left(rng: random.Random) -> Item:  # data used as a percent, and what is left
    used, cap = F(rng.randint(3, 195), 10), rng.choice([5, 10, 15, 20])
    if used >= cap:
        return n_m_data_plan_left(rng)
    share = used * 100 / cap
    if not safe(share):
        return n_m_data_plan_left(rng)
    return multi("N_m_data_plan_left", "what percent of my data have I used, and how many GB are "
                 "left?", [pct(share), unit(cap - used, "GB", "gigabytes")],
                 image=shot(rng, "Mobile data", [f"Used: {float(used):.1f} GB",
                                                 f"Plan: {cap} GB"]))


def n_m_battery_hours_left(rng: random.Random) -> Item:  # battery hours left, and when it dies
    level, drain = rng.randint(15, 95), rng.choice([4, 5, 8, 10, 12, 15])
    hours = F(level, drain)
    now = rng.randint(8 * 12, 20 * 12) * 5
    mins = hours * 60
    if mins.denominator != 1:
        return n_m_battery_hours_left(rng)
    end = (now + int(mins)) % 1440
    from bench.data.agents.heldout14_multi_common import clock
    return multi("N_m_battery_hours_left", f"it's {now // 60}:{now % 60:02d}. going by this "
                 "screen, how long until my battery is dead and at what time?",
                 [span(int(mins)), clock(end)],
                 image=shot(rng, "Battery", [f"Level: {level}%", f"Drain: {drain}% per hour"]))


def n_m_split_app_tip(rng: random.Random) -> Item:  # a bill split, then each with a tip
    total, people = F(rng.randint(4000, 40000), 100), rng.randint(2, 8)
    each = total / people
    tip = rng.choice([10, 12, 15, 20])
    with_tip = each * (100 + tip) / 100
    if not safe(each, with_tip):
        return n_m_split_app_tip(rng)
    return multi("N_m_split_app_tip", f"from this screenshot, what does each of us owe, and what "
                 f"if we each add {tip}% tip?", [forms(each), forms(with_tip)],
                 image=shot(rng, "Split bill", [f"Total: {float(total):.2f}",
                                                f"People: {people}"]))


def n_m_parcel_pounds_ounces(rng: random.Random) -> Item:  # a parcel's weight in lb and oz
    kg = F(rng.randint(150, 4000), 1000)
    lb = kg / LB
    oz = kg * 1000 / OZ
    if not safe(lb, oz):
        return n_m_parcel_pounds_ounces(rng)
    return multi("N_m_parcel_pounds_ounces", "US post office wants the weight in pounds — what's "
                 "this parcel in lb, and in ounces?", [unit(lb, "lb", "lbs", "pounds"),
                                                       unit(oz, "oz", "ounces")],
                 image=shot(rng, "Shipping label", [f"Weight: {float(kg):.3f} kg", "Zone 3"]))


def n_m_curve_line_cross(rng: random.Random) -> Item:  # a shifted parabola meets a line
    r1, r2 = sorted(rng.sample(range(-5, 7), 2))
    c = rng.randint(-6, 6)
    a, b = r1 + r2, -r1 * r2 + c
    line = f"{a}x" if a not in (0, 1, -1) else {0: "", 1: "x", -1: "-x"}[a]
    line = (line + (f" + {b}" if b > 0 else f" - {-b}" if b < 0 else "")).strip() or "0"
    if line.startswith("+ "):
        line = line[2:]
    para = "x^2" + (f" + {c}" if c > 0 else f" - {-c}" if c < 0 else "")
    return multi("N_m_curve_line_cross", f"graph y = {para} and y = {line} together and tell me "
                 "the x values where they cross", [GRAPH, root(r1), root(r2)])


def n_m_cost_line_value(rng: random.Random) -> Item:  # a cost line plotted, and one value
    fixed, per, n = rng.randint(20, 200), rng.randint(3, 40), rng.randint(5, 60)
    return multi("N_m_cost_line_value", f"printing costs {fixed} setup plus {per} per box. plot "
                 f"the cost for 0 to 100 boxes and tell me the cost for {n}",
                 [GRAPH, whole(fixed + per * n)])


def n_m_conversion_chart_value(rng: random.Random) -> Item:  # a conversion line and one value
    c = rng.randint(-25, 45)
    return multi("N_m_conversion_chart_value", f"make me a chart converting celsius to fahrenheit "
                 f"from -30 to 50, and what's {c} C exactly?", [GRAPH, deg_f(F(c * 9, 5) + 32)])


def n_m_two_thirds_plus(rng: random.Random) -> Item:  # a fraction of a number, then plus a percent
    n, p = rng.randint(10, 300) * 3, rng.choice([10, 15, 20, 25, 30])
    part = F(2 * n, 3)
    more = part * (100 + p) / 100
    return multi("N_m_two_thirds_plus", f"2/3 of {n}, then add {p}% to that", [num(part),
                                                                           num(more)])


def n_m_minutes_between(rng: random.Random) -> Item:  # minutes between two times, and hours
    a = rng.randint(6 * 60, 12 * 60)
    b = a + rng.randint(40, 600)
    mins = b - a
    hours = F(mins, 60)
    if not safe(hours):
        return n_m_minutes_between(rng)
    return multi("N_m_minutes_between", f"how many minutes from {a // 60:02d}:{a % 60:02d} to "
                 f"{b // 60:02d}:{b % 60:02d}? and as decimal hours?",
                 [[f"{mins} minutes", f"{mins} min"], [f"{v} hours" for v in forms(hours)]])


def n_m_decimal_hours_pay(rng: random.Random) -> Item:  # h and min to decimal hours, then pay
    h, m, rate = rng.randint(1, 9), rng.choice([5, 10, 15, 20, 25, 30, 40, 45, 50]), \
        rng.randint(12, 60)
    hours = h + F(m, 60)
    pay = hours * rate
    if not safe(hours, pay):
        return n_m_decimal_hours_pay(rng)
    return multi("N_m_decimal_hours_pay", f"logging {h} h {m} min on a client job. what's that "
                 f"in decimal hours, and the charge at {rate}/hour?",
                 [[*forms(hours), *(f"{v} hours" for v in forms(hours))],
                  list(dict.fromkeys([*forms(pay), *forms(rate * F(round(hours * 100), 100))]))])


def n_m_pace_to_speed(rng: random.Random) -> Item:  # minutes per km to km/h and mph
    per = rng.randint(4, 15)
    kmh = F(60, per)
    mph = kmh / MILE
    if not safe(kmh, mph):
        return n_m_pace_to_speed(rng)
    return multi("N_m_pace_to_speed", f"walking at {per} minutes per km — what speed is that in "
                 "km/h, and in mph?", [unit(kmh, "km/h", "kph"), unit(mph, "mph")])


def n_m_third_angle_type(rng: random.Random) -> Item:  # a triangle's third angle and its type
    a, b = rng.randint(15, 100), rng.randint(15, 100)
    c = 180 - a - b
    if c <= 0 or 90 in (a, b, c):
        return n_m_third_angle_type(rng)
    kind = "obtuse" if max(a, b, c) > 90 else "acute"
    return multi("N_m_third_angle_type", f"triangle with angles {a}° and {b}°: what's the third "
                 "angle, and what kind of triangle is it by its angles?",
                 [[f"{c}°", f"{c} degrees"], [kind, f"{kind} triangle"]])


def n_m_cylinder_litres(rng: random.Random) -> Item:  # a cylinder's volume in cm³ and litres
    r, h = rng.randint(3, 30), rng.randint(5, 60)
    vol = F(math.pi * r * r * h)
    if not safe(vol, vol / 1000):
        return n_m_cylinder_litres(rng)
    return multi("N_m_cylinder_litres", f"a pot is a cylinder {r} cm in radius and {h} cm tall. "
                 "volume in cm³, and in litres?",
                 [unit(vol, "cm³", "cm^3", "cubic centimetres", "cubic centimeters"),
                  unit(vol / 1000, "L", "litres", "liters")])


def n_m_sphere_two(rng: random.Random) -> Item:  # a sphere's volume and surface area
    r = rng.randint(2, 25)
    vol, area = F(4 * math.pi * r ** 3 / 3), F(4 * math.pi * r * r)
    if not safe(vol, area):
        return n_m_sphere_two(rng)
    return multi("N_m_sphere_two", f"ball with radius {r} cm — volume and surface area?",
                 [unit(vol, "cm³", "cm^3", "cubic centimetres"),
                  unit(area, "cm²", "cm^2", "square centimetres")])


def n_m_passed_failed(rng: random.Random) -> Item:  # a pass percentage and the number failing
    n = rng.randint(12, 40)
    p = rng.randint(n // 3, n - 1)
    share = F(p * 100, n)
    if not safe(share):
        return n_m_passed_failed(rng)
    return multi("N_m_passed_failed", f"{p} of my {n} students passed the driving theory. what "
                 "percent is that, and how many didn't pass?", [pct(share),
                                                              [f"{n - p} students",
                                                               f"{n - p} didn't", f"{n - p} failed",
                                                               f"{n - p} did not"]])


def n_m_savings_rate(rng: random.Random) -> Item:  # leftover money, then a savings rate
    income = rng.randint(18, 60) * 100
    costs = [rng.randint(2, 14) * 50 for _ in range(4)]
    left = income - sum(costs)
    rate = F(left * 100, income)
    if left <= 0 or not safe(rate):
        return n_m_savings_rate(rng)
    return multi("N_m_savings_rate", f"take-home {income}; rent {costs[0]}, food {costs[1]}, car "
                 f"{costs[2]}, other {costs[3]}. what's left each month, and what savings rate is "
                 "that?", [whole(left), pct(rate)])


def n_m_ml_cups_floz(rng: random.Random) -> Item:  # ml to US cups and fluid ounces
    ml = rng.randint(4, 40) * 25
    cups = F(ml) / F(2365882365, 10**7)
    floz = F(ml) / F(295735295625, 10**10)
    if not safe(cups, floz):
        return n_m_ml_cups_floz(rng)
    return multi("N_m_ml_cups_floz", f"{ml} ml of stock — how many US cups is that, and US fl oz?",
                 [unit(cups, "cups", "cup"), unit(floz, "fl oz", "fluid ounces", "oz")])


def n_m_alcohol_units_week(rng: random.Random) -> Item:  # units per drink, then per week
    ml, abv, n = rng.choice([330, 440, 500, 568]), F(rng.randint(35, 80), 10), rng.randint(3, 14)
    per = ml * abv / 1000
    week = per * n
    if not safe(per, week):
        return n_m_alcohol_units_week(rng)
    return multi("N_m_alcohol_units_week", f"units = ml x ABV% / 1000. a {ml} ml beer at "
                 f"{float(abv):g}% — how many units, and how many in a week if I have {n}?",
                 [[*forms(per), *(f"{v} units" for v in forms(per))],
                  list(dict.fromkeys(a for x in (week, n * r2(per)) for v in forms(x)
                                     for a in (v, f"{v} units")))])


def n_m_pulse_counts(rng: random.Random) -> Item:  # two pulse counts to beats per minute
    a, b = rng.randint(14, 30), rng.randint(18, 40)
    return multi("N_m_pulse_counts", f"I counted {a} beats in 15 seconds this morning and {b} in "
                 "20 seconds after the stairs. what are those per minute?",
                 [[f"{4 * a} bpm", f"{4 * a} beats"], [f"{3 * b} bpm", f"{3 * b} beats"]])


def n_m_waist_ratio_inches(rng: random.Random) -> Item:  # waist-to-height ratio, waist in inches
    waist, height = rng.randint(60, 120), rng.randint(150, 200)
    ratio = F(waist, height)
    inch = waist / (INCH * 100)
    if not safe(ratio, inch):
        return n_m_waist_ratio_inches(rng)
    return multi("N_m_waist_ratio_inches", f"waist {waist} cm, height {height} cm. what's my "
                 "waist-to-height ratio, and my waist in inches?",
                 [forms(ratio), unit(inch, "in", "inches")])


FAMILIES_MORE = fams(
    n_m_receipt_vs_forty, n_m_receipt_avg_euro, n_m_receipt_two_cheapest, n_m_receipt_tax_back,
    n_m_receipt_over_ten, n_m_distance_sign_miles, n_m_capacity_sign_over, n_m_menu_board_order,
    n_m_data_plan_left, n_m_battery_hours_left, n_m_split_app_tip, n_m_parcel_pounds_ounces,
    n_m_curve_line_cross, n_m_cost_line_value, n_m_conversion_chart_value, n_m_two_thirds_plus,
    n_m_minutes_between, n_m_decimal_hours_pay, n_m_pace_to_speed, n_m_third_angle_type,
    n_m_cylinder_litres, n_m_sphere_two, n_m_passed_failed, n_m_savings_rate, n_m_ml_cups_floz,
    n_m_alcohol_units_week, n_m_pulse_counts, n_m_waist_ratio_inches)
