"""Round 14 (``N_m_*``, dev now) multi-part requests from everyday life at home, work, school and on
the road: invoices and margins, shifts and pay, trips, cooking times, schedules, shares."""

from __future__ import annotations

import datetime
import math

from bench.data.agents.heldout14_multi_common import (
    KG,
    LB,
    F,
    Item,
    cash,
    clock,
    convert,
    day,
    deg_c,
    fams,
    forms,
    multi,
    num,
    pct,
    random,
    safe,
    span,
    unit,
    whole,
)
from bench.data.agents.helpers import labelled

L = ["L", "litres", "liters", "l"]


def n_m_invoice_vat(rng: random.Random) -> Item:  # an invoice's subtotal, VAT and total
    lines = [(rng.randint(1, 12), F(rng.randint(500, 12000), 100)) for _ in range(3)]
    sub = sum((q * p for q, p in lines), F(0))
    vat = sub / 5
    if not safe(vat, sub + vat):
        return n_m_invoice_vat(rng)
    listed = "; ".join(f"{q} x {float(p):.2f}" for q, p in lines)
    return multi("N_m_invoice_vat", f"doing an invoice: {listed}. subtotal, 20% VAT, and the "
                 "total?", [forms(sub), forms(vat), forms(sub + vat)])


def n_m_markup_margin(rng: random.Random) -> Item:  # markup and margin percentages
    cost, sell = rng.randint(4, 60), 0
    sell = cost + rng.randint(2, 40)
    markup, margin = F(sell - cost, cost) * 100, F(sell - cost, sell) * 100
    if not safe(markup, margin):
        return n_m_markup_margin(rng)
    return multi("N_m_markup_margin", f"I buy these lamps at {cost} and sell them at {sell}. "
                 "what's my markup % and my margin %?",
                 [[*pct(markup), *(a for v in num(markup) for a in labelled(["markup", "Markup"],
                                                                            f"{v}%"))],
                  [*pct(margin), *(a for v in num(margin) for a in labelled(["margin", "Margin"],
                                                                            f"{v}%"))]])


def n_m_break_even(rng: random.Random) -> Item:  # profit per unit and a break-even count
    fixed, cost, price = rng.randint(4, 30) * 100, F(rng.randint(150, 800), 100), 0
    price = rng.randint(int(cost) + 3, int(cost) + 25)
    unit_profit = price - cost
    count = math.ceil(fixed / unit_profit)
    if F(fixed) / unit_profit == count:
        return n_m_break_even(rng)
    return multi("N_m_break_even", f"candle business: {fixed} a month fixed costs, each candle "
                 f"costs {float(cost):.2f} to make and sells for {price}. profit per candle, and "
                 "how many a month to break even?",
                 [forms(unit_profit), [f"{count} candles", f"{count:,} candles"]])


def n_m_quote_contingency(rng: random.Random) -> Item:  # a labour quote, then a contingency
    hours, rate, extra = rng.randint(6, 80), rng.randint(25, 95), rng.choice([10, 15, 20])
    base = hours * rate
    total = F(base * (100 + extra), 100)
    return multi("N_m_quote_contingency", f"quoting a client {hours} hours at {rate}/h. what's the "
                 f"labour, and the total with {extra}% contingency added?",
                 [whole(base), num(total)])


def n_m_shift_hours_pay(rng: random.Random) -> Item:  # hours worked in a shift, then pay
    start = rng.randint(6 * 4, 10 * 4) * 15
    end = start + rng.randint(28, 44) * 15
    brk = rng.choice([30, 45, 60])
    worked = end - start - brk
    rate = F(rng.randint(1100, 2600), 100)
    pay = rate * worked / 60
    if not safe(pay):
        return n_m_shift_hours_pay(rng)
    return multi("N_m_shift_hours_pay", f"worked {start // 60}:{start % 60:02d} to "
                 f"{end // 60}:{end % 60:02d} with a {brk} minute break. how many hours is that, "
                 f"and what do I earn at {float(rate):.2f} an hour?",
                 [span(worked) + [f"{v} hours" for v in num(F(worked, 60))], forms(pay)])


def n_m_flight_local_arrival(rng: random.Random) -> Item:  # flight length, then local arrival
    dep = rng.randint(6 * 12, 22 * 12) * 5
    length = rng.randint(14, 150) * 5
    behind = rng.choice([-3, -5, -6, -8, 1, 2, 3])
    arrive = (dep + length + behind * 60) % 1440
    where = "behind" if behind < 0 else "ahead"
    return multi("N_m_flight_local_arrival", f"flight leaves at {dep // 60:02d}:{dep % 60:02d} and "
                 f"takes {length // 60}h {length % 60}m. the destination is {abs(behind)} "
                 f"hour{'s' if abs(behind) > 1 else ''} {where} of here. what time is it here "
                 "when I land, and what's the local time there?",
                 [clock((dep + length) % 1440), clock(arrive)])


def n_m_exchange_fee(rng: random.Random) -> Item:  # pounds to euros, then less a fee
    gbp, fee = rng.randint(10, 200) * 10, rng.choice([2, 3, 4, 5])
    eur = convert(F(gbp), "GBP", "EUR")
    after = eur * (100 - fee) / 100
    if not safe(eur, after):
        return n_m_exchange_fee(rng)
    return multi("N_m_exchange_fee", f"changing £{gbp} into euros at the airport, they take a "
                 f"{fee}% fee. how many euros before the fee and how many do I actually get?",
                 [cash(eur, "EUR"), cash(after, "EUR")])


def n_m_test_grade_gap(rng: random.Random) -> Item:  # a score as a percent, then marks to an A
    total = rng.choice([40, 50, 60, 75, 80, 120])
    got = rng.randint(total // 3, int(total * 0.78))
    share = F(got * 100, total)
    need = math.ceil(F(total * 80, 100)) - got
    if not safe(share) or need <= 0:
        return n_m_test_grade_gap(rng)
    return multi("N_m_test_grade_gap", f"got {got} out of {total} on my chem test. what's that as "
                 "a percentage, and how many more marks would I have needed for 80%?",
                 [pct(share), [f"{need} marks", f"{need} more", f"{need} mark"]])


def n_m_reading_plan(rng: random.Random) -> Item:  # days to finish a book, pages on the last day
    pages, per = rng.randint(180, 900), rng.randint(12, 45)
    days, last = math.ceil(pages / per), pages % per
    if last == 0:
        return n_m_reading_plan(rng)
    return multi("N_m_reading_plan", f"my book has {pages} pages and I read {per} a day. how many "
                 "days to finish, and how many pages will I read on the last day?",
                 [[f"{days} days"], [f"{last} pages"]])


def n_m_turkey_timing(rng: random.Random) -> Item:  # a roasting time, then when it goes in
    kg = F(rng.randint(30, 90), 10)
    per = rng.choice([35, 40, 45])
    cook = kg * per + 20
    if cook.denominator != 1:
        return n_m_turkey_timing(rng)
    dinner = rng.choice([17, 18, 19]) * 60 + rng.choice([0, 30])
    rest = 30
    start = dinner - int(cook) - rest
    return multi("N_m_turkey_timing", f"turkey is {float(kg):g} kg; {per} min per kg plus 20 min. "
                 f"dinner is at {dinner // 60}:{dinner % 60:02d} and it needs {rest} min resting. "
                 "how long does it cook, and what time does it go in?",
                 [[*span(int(cook)), f"{cook} minutes"], clock(start)])


def n_m_cups_and_oven(rng: random.Random) -> Item:  # cups of sugar to grams, an oven in °C
    cups, f_ = F(rng.randint(2, 12), 4), rng.choice([300, 325, 350, 375, 400, 425, 450])
    grams = cups * 200
    return multi("N_m_cups_and_oven", f"US recipe says {float(cups):g} cups sugar and {f_}F. if a "
                 "cup of sugar is 200 g, how many grams? and the oven in C?",
                 [unit(grams, "g", "grams"), deg_c(F(f_ - 32) * 5 / 9)])


def n_m_lifting_volume(rng: random.Random) -> Item:  # training volume in kg, then pounds
    sets, reps, kg = rng.randint(3, 6), rng.randint(5, 12), F(rng.randint(8, 60) * 5, 2)
    vol = sets * reps * kg
    lb = vol / LB
    if not safe(lb):
        return n_m_lifting_volume(rng)
    return multi("N_m_lifting_volume", f"did {sets} sets of {reps} reps at {float(kg):g} kg. total "
                 "volume lifted in kg, and in lb?", [unit(vol, *KG), unit(lb, "lb", "lbs",
                                                                           "pounds")])


def n_m_followup_dates(rng: random.Random) -> Item:  # a recall interval, the next two dates
    first = datetime.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    weeks = rng.choice([4, 6, 8, 12])
    a, b = first + datetime.timedelta(weeks=weeks), first + datetime.timedelta(weeks=2 * weeks)
    return multi("N_m_followup_dates", f"the clinic wants me back every {weeks} weeks. last visit "
                 f"was {first.day} {first:%B}. when are my next two appointments?",
                 [day(a.month, a.day, a.year), day(b.month, b.day, b.year)])


def n_m_tablets_supply(rng: random.Random) -> Item:  # mg a day, then tablets for a supply
    mg, morning, evening = rng.choice([5, 10, 12.5, 25, 50]), rng.randint(1, 3), rng.randint(1, 2)
    days = rng.choice([28, 30, 56, 90])
    daily = F(str(mg)) * (morning + evening)
    return multi("N_m_tablets_supply", f"{morning} x {mg} mg tablets in the morning and {evening} "
                 f"in the evening. how many mg a day, and how many tablets for {days} days?",
                 [unit(daily, "mg", "milligrams"), [f"{(morning + evening) * days} tablets"]])


def n_m_three_for_two(rng: random.Random) -> Item:  # a multibuy: cost and saving
    price, n = F(rng.randint(150, 900), 100), rng.choice([3, 6, 9, 12])
    pay = price * n * 2 / 3
    return multi("N_m_three_for_two", f"3 for 2 on shampoo at {float(price):.2f} each. buying {n}, "
                 "what do I pay and how much do I save?", [forms(pay), forms(price * n - pay)])


def n_m_per_hundred_grams(rng: random.Random) -> Item:  # two prices per 100 g
    a, b = rng.choice([500, 750, 400]), rng.choice([1000, 1200, 1500])
    pa, pb = F(rng.randint(150, 600), 100), F(rng.randint(250, 900), 100)
    ua, ub = pa * 100 / a, pb * 100 / b
    if not safe(ua, ub) or ua == ub:
        return n_m_per_hundred_grams(rng)
    return multi("N_m_per_hundred_grams", f"cereal: {a} g box for {float(pa):.2f} or a {b / 1000:g}"
                 f" kg box for {float(pb):.2f}. price per 100 g for each?", [forms(ua), forms(ub)])


def n_m_raised_bed_soil(rng: random.Random) -> Item:  # soil volume, then bags
    a, b, c = F(rng.randint(10, 40), 10), F(rng.randint(6, 15), 10), F(rng.randint(2, 6), 10)
    litres = a * b * c * 1000
    bag = rng.choice([40, 50, 60, 70])
    bags = math.ceil(litres / bag)
    if litres.denominator != 1 or litres / bag == bags:
        return n_m_raised_bed_soil(rng)
    return multi("N_m_raised_bed_soil", f"raised bed {float(a):g} m x {float(b):g} m x "
                 f"{float(c):g} m deep. how many litres of soil, and how many {bag} L bags?",
                 [unit(litres, *L), [f"{bags} bags"]])


def n_m_rent_by_room(rng: random.Random) -> Item:  # rent shared by room size
    rent = rng.randint(90, 300) * 10
    rooms = [rng.randint(8, 20) for _ in range(3)]
    total = sum(rooms)
    shares = [F(rent * r, total) for r in rooms]
    if not safe(*shares) or len(set(rooms)) < 3:
        return n_m_rent_by_room(rng)
    return multi("N_m_rent_by_room", f"rent is {rent:,} a month and we split it by room size: "
                 f"{rooms[0]} m², {rooms[1]} m² and {rooms[2]} m². what does each room pay?",
                 [forms(s) for s in shares])


def n_m_washing_cost(rng: random.Random) -> Item:  # weekly and yearly running cost
    kwh, n, price = F(rng.randint(5, 15), 10), rng.randint(2, 9), F(rng.randint(18, 40), 100)
    week = kwh * n * price
    if not safe(week, week * 52):
        return n_m_washing_cost(rng)
    return multi("N_m_washing_cost", f"washing machine uses {float(kwh):g} kWh a cycle, I run it "
                 f"{n} times a week, electricity is {float(price):.2f} per kWh. cost per week and "
                 "per year (52 weeks)?", [forms(week), forms(week * 52)])


def n_m_car_hire_gbp(rng: random.Random) -> Item:  # a hire cost with tax, then in pounds
    rate, days, tax = rng.randint(25, 90), rng.randint(3, 21), rng.choice([10, 12, 15, 20])
    total = F(rate * days * (100 + tax), 100)
    gbp = convert(total, "USD", "GBP")
    if not safe(gbp):
        return n_m_car_hire_gbp(rng)
    return multi("N_m_car_hire_gbp", f"car hire in florida is ${rate} a day for {days} days plus "
                 f"{tax}% tax. total in dollars and in pounds?", [forms(total) + cash(total, "USD"),
                                                                  cash(gbp, "GBP")])


def n_m_train_legs_arrival(rng: random.Random) -> Item:  # journey legs, total, arrival
    legs = [rng.randint(6, 40) * 5 for _ in range(2)]
    wait = rng.randint(2, 15) * 5
    total = sum(legs) + wait
    leave = rng.randint(6 * 12, 12 * 12) * 5
    return multi("N_m_train_legs_arrival", f"first train {legs[0] // 60}h{legs[0] % 60:02d}, "
                 f"{wait} min wait, then {legs[1] // 60}h{legs[1] % 60:02d} on the second. total "
                 "journey time, and when do I arrive if I leave at "
                 f"{leave // 60}:{leave % 60:02d}?",
                 [span(total), clock(leave + total)])


def n_m_overtime_pay(rng: random.Random) -> Item:  # base and overtime pay
    rate, hours = F(rng.randint(1200, 3000), 100), F(rng.randint(82, 110), 2)
    over = hours - 40
    if over <= 0:
        return n_m_overtime_pay(rng)
    base, extra = rate * 40, rate * F(3, 2) * over
    if not safe(extra, base + extra):
        return n_m_overtime_pay(rng)
    return multi("N_m_overtime_pay", f"worked {float(hours):g} hours this week. first 40 at "
                 f"{float(rate):.2f}, the rest at time and a half. overtime pay, and the week's "
                 "total?", [forms(extra), forms(base + extra)])


def n_m_class_ratio(rng: random.Random) -> Item:  # a ratio simplified, then a percentage
    girls, boys = rng.randint(6, 24), rng.randint(6, 24)
    g = math.gcd(girls, boys)
    share = F(girls * 100, girls + boys)
    if girls == boys or not safe(share) or g == 1:
        return n_m_class_ratio(rng)
    ratio = f"{girls // g}:{boys // g}"
    return multi("N_m_class_ratio", f"class of {girls + boys}, {girls} of them girls. ratio of "
                 "girls to boys in simplest form, and what percent are girls?",
                 [[ratio, ratio.replace(":", " : "), ratio.replace(":", " to ")], pct(share)])


def n_m_pocket_money(rng: random.Random) -> Item:  # savings over weeks, then what is left
    weekly, weeks = F(rng.randint(10, 40) * 25, 100), rng.randint(6, 20)
    saved = weekly * weeks
    price = rng.randint(10, int(saved) - 1)
    return multi("N_m_pocket_money", f"my son saves £{float(weekly):.2f} a week. after {weeks} "
                 f"weeks how much will he have, and what's left after a £{price} game?",
                 [forms(saved) + cash(saved, "GBP"), forms(saved - price) + cash(saved - price,
                                                                                   "GBP")])


def n_m_bake_sale(rng: random.Random) -> Item:  # takings, then profit
    a, pa, b, pb = rng.randint(10, 60), F(rng.randint(5, 12) * 25, 100), rng.randint(10, 60), \
        F(rng.randint(2, 6) * 20, 100)
    spent = F(rng.randint(1000, 5000), 100)
    take = a * pa + b * pb
    return multi("N_m_bake_sale", f"bake sale: sold {a} cupcakes at {float(pa):.2f} and {b} "
                 f"cookies at {float(pb):.2f}. ingredients cost {float(spent):.2f}. takings and "
                 "profit?", [forms(take), forms(take - spent)])


def n_m_paint_ratio(rng: random.Random) -> Item:  # a mixing ratio split into two amounts
    a, b = rng.choice([(3, 2), (2, 1), (5, 3), (4, 1), (3, 1), (5, 2)])
    total = F(rng.randint(2, 24), 2)
    x, y = total * a / (a + b), total * b / (a + b)
    if not safe(x, y):
        return n_m_paint_ratio(rng)
    return multi("N_m_paint_ratio", f"mixing blue and white paint {a}:{b} to make {float(total):g} "
                 "litres. how much of each?", [unit(x, *L), unit(y, *L)])


def n_m_taper_schedule(rng: random.Random) -> Item:  # a tapering dose: a later dose, the end
    start, step, every = rng.choice([20, 30, 40, 60]), rng.choice([5, 10]), rng.choice([2, 3, 4, 7])
    if start % step or start // step < 3:
        return n_m_taper_schedule(rng)
    day_ = rng.randint(every + 1, every * (start // step - 1))
    dose = start - step * ((day_ - 1) // every)
    end = every * (start // step) + 1
    return multi("N_m_taper_schedule", f"tapering steroids: start {start} mg, drop {step} mg every "
                 f"{every} days. what's the dose on day {day_}, and on what day do I take none?",
                 [[f"{dose} mg"], [f"day {end}", f"Day {end}"]])


def n_m_dog_food_bag(rng: random.Random) -> Item:  # daily food, then days per bag
    kg, per, bag = rng.randint(5, 45), rng.choice([15, 20, 25]), rng.choice([5, 10, 12, 15])
    daily = kg * per
    days = bag * 1000 // daily
    if bag * 1000 % daily == 0:
        return n_m_dog_food_bag(rng)
    return multi("N_m_dog_food_bag", f"vet says {per} g of food per kg a day and our dog is {kg} "
                 f"kg. grams per day? and how many full days does a {bag} kg bag last?",
                 [unit(F(daily), "g", "grams"), [f"{days} days", f"{days} full days"]])


def n_m_baby_gain(rng: random.Random) -> Item:  # weight gained, then as a percent
    birth, now = F(rng.randint(250, 450), 100), F(rng.randint(480, 900), 100)
    gain = now - birth
    share = gain / birth * 100
    if not safe(share):
        return n_m_baby_gain(rng)
    return multi("N_m_baby_gain", f"she was {float(birth):.2f} kg at birth and is "
                 f"{float(now):.2f} kg now. how much has she gained, and by what percent?",
                 [unit(gain, *KG), pct(share)])


def n_m_meter_bill(rng: random.Random) -> Item:  # units used, then the bill
    a = rng.randint(10000, 90000)
    used = rng.randint(150, 900)
    price, standing, days = F(rng.randint(20, 40), 100), F(rng.randint(30, 60), 100), \
        rng.choice([30, 31, 92])
    bill = used * price + standing * days
    return multi("N_m_meter_bill", f"meter went from {a} to {a + used}. how many kWh did we use? "
                 f"at {float(price):.2f}/kWh plus {float(standing):.2f} a day standing charge for "
                 f"{days} days, what's the bill?", [unit(F(used), "kWh"), forms(bill)])


FAMILIES_LIFE = fams(
    n_m_invoice_vat, n_m_markup_margin, n_m_break_even, n_m_quote_contingency,
    n_m_shift_hours_pay, n_m_flight_local_arrival, n_m_exchange_fee, n_m_test_grade_gap,
    n_m_reading_plan, n_m_turkey_timing, n_m_cups_and_oven, n_m_lifting_volume,
    n_m_followup_dates, n_m_tablets_supply, n_m_three_for_two, n_m_per_hundred_grams,
    n_m_raised_bed_soil, n_m_rent_by_room, n_m_washing_cost, n_m_car_hire_gbp,
    n_m_train_legs_arrival, n_m_overtime_pay, n_m_class_ratio, n_m_pocket_money, n_m_bake_sale,
    n_m_paint_ratio, n_m_taper_schedule, n_m_dog_food_bag, n_m_baby_gain, n_m_meter_bill)
