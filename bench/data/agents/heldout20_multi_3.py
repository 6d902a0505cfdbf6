"""Round 20 (``E_m_*``, dev now) for ``muse bench agents``, multi part 3: app screenshots and
signs read, then times, pay, plans and conversions worked out."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from bench.data.agents.heldout20_multi import (
    MONTHS,
    F,
    Redraw,
    ampm,
    clock,
    dec,
    fam,
    hm,
    money,
    num,
    pick,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family


def c2(x):
    return f"{float(x):,.2f}"


def m2(x):
    return f"{float(x):.2f}"


@fam
def bank_balance_to_euros(rng):
    bal = F(rng.randrange(20000, 900000), 100)
    pend = F(rng.randrange(500, 20000), 100)
    rate = F(rng.choice(["0.92", "0.91", "0.86", "0.94"]))
    img = shot(rng, "My Bank", [f"Balance: ${c2(bal)}", f"Pending: -${c2(pend)}", "Account: Everyday"])
    text = pick(rng, f"what will my balance be once the pending payment goes through? and what's that in euros at {dec(rate)} EUR per USD",
                f"Screenshot of my bank app. Balance minus pending = ? Then convert that to EUR (1 USD = {dec(rate)} EUR).")
    return text, [money(bal - pend), money((bal - pend) * rate)], {"image": img}


@fam
def data_plan_per_day(rng):
    cap = rng.choice([10, 15, 20, 30, 50])
    used = F(rng.randrange(10, cap * 10 - 10), 10)
    left_days = rng.randint(4, 25)
    img = shot(rng, "Mobile Data", [f"Used: {dec(used)} GB of {cap} GB", f"Renews in {left_days} days"])
    rem = cap - used
    text = pick(rng, "How much data do I have left, and how much can I use per day until it renews? (GB, 2 dp)",
                "data left on my plan? and the daily allowance to make it last till renewal, 2 decimals")
    return text, [num(rem, 1) + num(rem, 2), num(rem / left_days, 2)], {"image": img}


@fam
def flight_delay_arrival(rng):
    dep = rng.randrange(6 * 60, 20 * 60, 5)
    delay = rng.randrange(15, 150, 5)
    dur = rng.randrange(55, 300, 5)
    img = shot(rng, "Flight BA" + str(rng.randint(100, 999)), [f"Scheduled: {hm(dep)}", f"Delay: {delay} min", "Gate: B" + str(rng.randint(2, 40))])
    h, m = divmod(dur, 60)
    text = pick(rng, f"My flight's delayed (screenshot). What's the new departure time, and when do I land if the flight takes {h}h {m}m? Same time zone.",
                f"new takeoff time with the delay? flight time is {h} hours {m} minutes, so what time do we arrive (no time zone change)")
    return text, [clock(dep + delay), clock(dep + delay + dur)], {"image": img}


@fam
def steps_to_goal_miles(rng):
    steps = rng.randint(2000, 14000)
    km = F(rng.randrange(15, 110), 10)
    goal = rng.choice([10000, 12000, 15000])
    if steps >= goal:
        raise Redraw
    img = shot(rng, "Activity", [f"Steps: {steps:,}", f"Distance: {dec(km)} km", "Floors: " + str(rng.randint(2, 20))])
    text = pick(rng, f"How many more steps to reach {goal:,} today? And the distance shown, in miles (1 mile = 1.609 km, 2 dp)?",
                f"steps left to hit {goal} and the distance walked so far (as shown) in miles please (use 1.609 km per mile)")
    left = goal - steps
    return text, [[str(left), f"{left:,}"], num(km / F("1.609"), 2)], {"image": img}


@fam
def order_warranty_days(rng):
    d = dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))
    years = rng.choice([1, 2])
    today = d + dt.timedelta(days=rng.randint(10, 150))
    img = shot(rng, "My Orders", [f"Order #{rng.randint(10000, 99999)}", f"Ordered: {d.isoformat()}", "Status: Delivered"])
    end = d.replace(year=d.year + years)
    text = pick(rng, f"When was this ordered, and when does a {years}-year warranty from the order date end (same date {years} year{'s' if years > 1 else ''} on)?",
                f"what's the order date here and the last day of the {years} year warranty counting from it (same day, {years} yr later)?")
    if rng.random() < 0.5:
        text = f"Today is {today.day} {MONTHS[today.month - 1]} {today.year}. How many days ago did I order this, and when does the {years}-year warranty end (same date {years} year{'s' if years > 1 else ''} on)?"
        return text, [[f"{(today - d).days} days"], dated(end)], {"image": img}
    return text, [dated(d), dated(end)], {"image": img}


def dated(d):
    """A date whose year matters, in forms that carry the year."""
    m = MONTHS[d.month - 1]
    th = "th" if 10 <= d.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [d.isoformat(), f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"] + [
        f for mm in (m, m[:3]) for n in (str(d.day), f"{d.day}{th}")
        for f in (f"{n} {mm} {d.year}", f"{n} of {mm} {d.year}", f"{mm} {n}, {d.year}", f"{mm} {n} {d.year}")]


@fam
def electricity_bill_tax(rng):
    kwh = rng.randint(120, 900)
    rate = F(rng.randrange(12, 40), 100)
    vat = rng.choice([5, 8, 10, 20])
    img = shot(rng, "Energy Usage", [f"This month: {kwh} kWh", f"Rate: ${float(rate):.2f}/kWh", "Meter: Smart"])
    cost = kwh * rate
    text = pick(rng, f"What's my electricity cost this month before tax, and with {vat}% tax added?",
                f"usage x rate from this screen = ? and plus {vat}% tax?")
    return text, [money(cost), money(cost * (100 + vat) / 100)], {"image": img}


@fam
def shares_value_gbp(rng):
    n = rng.randint(5, 200)
    price = F(rng.randrange(1000, 40000), 100)
    rate = F(rng.choice(["0.79", "0.78", "0.8"]))
    tick = rng.choice(["ACME", "NOVA", "ZENT", "BLUE"])
    img = shot(rng, "Portfolio", [f"{tick}", f"Shares: {n}", f"Price: ${c2(price)}"])
    text = pick(rng, f"what are my {tick} shares worth in dollars, and in pounds at 1 USD = {dec(rate)} GBP?",
                f"Value of this holding? Convert to GBP too ({dec(rate)} per dollar).")
    return text, [money(n * price), money(n * price * rate)], {"image": img}


@fam
def payslip_net(rng):
    hours = F(rng.choice(range(20, 90)), 2)
    rate = F(rng.randrange(1150, 3500, 5), 100)
    tax = rng.choice([10, 15, 20, 22, 25])
    img = shot(rng, "Timesheet", [f"Hours: {dec(hours)}", f"Rate: £{m2(rate)}/hr", "Week 12"])
    gross = hours * rate
    text = pick(rng, f"From my timesheet, what's my gross pay this week, and what's left after {tax}% tax?",
                f"gross pay = hours x rate on this screenshot. then take off {tax}% tax. both figures pls")
    return text, [money(gross), money(gross * (100 - tax) / 100)], {"image": img}


@fam
def weather_high_low_f(rng):
    lo = rng.randint(-8, 20)
    hi = lo + rng.randint(4, 15)
    city = rng.choice(["Lisbon", "Oslo", "Denver", "Seoul", "Cairo", "Perth"])
    img = shot(rng, f"Weather - {city}", [f"High: {hi}°C", f"Low: {lo}°C", "Rain: 20%"])
    text = pick(rng, "Convert today's high and low from this weather app to Fahrenheit please",
                "what are the high and the low in °F?")
    return text, [num(F(hi) * 9 / 5 + 32, 1), num(F(lo) * 9 / 5 + 32, 1)], {"image": img}


@fam
def recipe_scale_ounces(rng):
    serves = rng.choice([2, 4, 6, 8])
    want = rng.choice([x for x in (3, 5, 6, 10, 12) if x != serves])
    flour = rng.randrange(150, 700, 25)
    img = shot(rng, "Pancakes", [f"Serves {serves}", f"Flour: {flour} g", "Milk: 300 ml", "Eggs: 2"])
    need = F(flour * want, serves)
    text = pick(rng, f"I want to make this for {want} people. How much flour in grams, and what's that in ounces (1 oz = 28.35 g)?",
                f"scale the flour to {want} servings, give grams and oz (28.35 g per oz)")
    return text, [num(need, 1) + num(need, 0), num(need / F("28.35"), 2) + num(need / F("28.35"), 1)], {"image": img}


@fam
def trip_consumption_mpg(rng):
    km = rng.randint(150, 900)
    lit = F(rng.randrange(100, 700), 10)
    img = shot(rng, "Trip Computer", [f"Distance: {km} km", f"Fuel used: {dec(lit)} L", "Avg speed: 74 km/h"])
    l100 = lit / km * 100
    mpg = (km / F("1.609")) / (lit / F("3.785"))
    if not 3 < l100 < 15:
        raise Redraw
    text = pick(rng, "What's my fuel use in L/100 km on this trip, and in US mpg (1 mile = 1.609 km, 1 gal = 3.785 L)? 1 decimal each",
                "L per 100km from this trip screen? and mpg using 1.609 km/mi and 3.785 L/gal (1 dp)")
    return text, [num(l100, 1) + num(l100, 2), num(mpg, 1)], {"image": img}


@fam
def run_pace_mph(rng):
    km = rng.choice([5, 8, 10, 12, 15, 21])
    secs = km * rng.randint(260, 420)
    m, s = divmod(secs, 60)
    img = shot(rng, "Morning Run", [f"Distance: {km}.00 km", f"Time: {m}:{s:02d}", "Calories: 512"])
    pace = F(secs, km)
    pm, ps = divmod(pace, 60)
    if ps.denominator != 1:
        raise Redraw
    mph = F(km) / F("1.609") / (F(secs) / 3600)
    text = pick(rng, "What was my average pace per km on this run, and my speed in mph (1 mi = 1.609 km, 1 dp)?",
                "pace per kilometre? and average speed in miles per hour, 1 decimal (1.609 km = 1 mile)")
    return text, [[f"{pm}:{int(ps):02d}"], num(mph, 1)], {"image": img}


@fam
def subscription_yearly_euros(rng):
    price = F(rng.choice([799, 999, 1099, 1299, 1499, 1599, 1799, 2299]), 100)
    rate = F(rng.choice(["0.92", "0.93", "0.9"]))
    name = rng.choice(["StreamMax", "TuneBox", "CloudPlus", "FitNow"])
    img = shot(rng, name, ["Plan: Premium", f"Monthly: ${dec(price)}", "Next bill: 3 June"])
    text = pick(rng, f"How much is this subscription per year, and what's the yearly cost in euros (1 USD = {dec(rate)} EUR)?",
                f"yearly cost of this plan? then in EUR at {dec(rate)}")
    return text, [money(price * 12), money(price * 12 * rate)], {"image": img}


@fam
def loan_months_left(rng):
    pay = rng.choice([150, 200, 250, 300, 400, 500])
    bal = pay * rng.randint(5, 40) + rng.choice([0, pay // 2])
    img = shot(rng, "Car Loan", [f"Balance: ${bal:,}", f"Monthly payment: ${pay}", "Rate: 0%"])
    months = -(-bal // pay)
    last = bal - pay * (months - 1)
    text = pick(rng, "How many monthly payments until this loan is paid off, and how big is the final payment?",
                "number of payments left at this monthly amount (0% interest), and what's the last one?")
    return text, [[f"{months} payments", f"{months} months", f"{months} monthly payments"], money(last)], {"image": img}


@fam
def timesheet_clock_in_out(rng):
    cin = rng.randrange(6 * 60, 10 * 60)
    cout = rng.randrange(15 * 60, 19 * 60)
    brk = rng.choice([30, 45, 60])
    rate = F(rng.randrange(1200, 3000, 25), 100)
    img = shot(rng, "Clock App", [f"Clock in: {hm(cin)}", f"Clock out: {hm(cout)}", f"Break: {brk} min"])
    mins = cout - cin - brk
    text = pick(rng, f"How long did I work today, break not counted, and what's my pay at ${m2(rate)} an hour?",
                f"hours worked minus the unpaid break? and earnings at ${m2(rate)}/h")
    return text, [span(mins), money(rate * mins / 60)], {"image": img}


@fam
def parcel_weight_lb(rng):
    kg = F(rng.randrange(5, 300), 10)
    fee = F(rng.randrange(150, 600), 100)
    img = shot(rng, "Parcel Tracker", [f"Weight: {dec(kg)} kg", "Status: In transit", "ETA: Friday"])
    text = pick(rng, f"What's this parcel's weight in pounds (1 kg = 2.2046 lb, 2 dp), and the postage at ${m2(fee)} per kg?",
                f"weight in lb (2.2046 lb/kg) and cost to ship at {m2(fee)} dollars a kilo")
    return text, [num(kg * F("2.2046"), 2), money(kg * fee)], {"image": img}


@fam
def battery_charge_time(rng):
    pct_now = rng.randint(5, 60)
    cap = rng.choice([40, 58, 64, 77, 82])
    kw = rng.choice([7, 11, 22, 50])
    img = shot(rng, "My EV", [f"Battery: {pct_now}%", f"Capacity: {cap} kWh", "Range: 120 km"])
    need = F(cap * (100 - pct_now), 100)
    text = pick(rng, f"How many kWh to charge to 100%, and how long on a charger rated {kw} kW (hours, 2 dp, ignore losses)?",
                f"energy needed to fill up from here? and charging time at {kw} kW in hours (2 decimals)")
    return text, [num(need, 2), num(need / kw, 2)], {"image": img}


# ---------------------------------------------------------------- signs

@fam
def sign_opening_hours_left(rng):
    op = rng.choice([7, 8, 9, 10]) * 60 + rng.choice([0, 30])
    cl = rng.choice([17, 18, 19, 20, 21]) * 60 + rng.choice([0, 30])
    now = rng.randrange(cl - 200, cl - 10)
    img = sign(rng, ["OPEN DAILY", f"{hm(op)} - {hm(cl)}"])
    text = pick(rng, f"How many hours is this place open each day, and if it's {ampm(now)} now how long until it closes?",
                f"it's {hm(now)}. how long do I have before closing, and how many hours a day are they open?")
    return text, [span(cl - op), span(cl - now)], {"image": img}


@fam
def sign_parking_cost_euros(rng):
    rate = F(rng.choice([120, 150, 180, 200, 240, 250, 320]), 100)
    hrs = rng.randint(2, 5)
    conv = F(rng.choice(["1.16", "1.17", "1.15"]))
    img = sign(rng, ["PAY AND DISPLAY", f"£{m2(rate)} PER HOUR"])
    text = pick(rng, f"What does {hrs} hours of parking cost here, in pounds and in euros at £1 = €{dec(conv)}?",
                f"parking {hrs} hrs here — cost in pounds and in euros (1 GBP = {dec(conv)} EUR)?")
    return text, [money(rate * hrs), money(rate * hrs * conv)], {"image": img}


@fam
def sign_train_delay(rng):
    plat = rng.randint(1, 14)
    dep = rng.randrange(6 * 60, 22 * 60, 5)
    late = rng.randrange(10, 70, 5)
    ride = rng.randrange(40, 200, 5)
    img = sign(rng, [f"PLATFORM {plat}", f"DEPARTS {hm(dep)}"])
    text = pick(rng, f"Which platform is this, and if the train leaves {late} minutes late and the ride is {ride} minutes, when do I arrive?",
                f"platform number? train's running {late} min late, journey {ride} min — arrival time?")
    return text, [[f"platform {plat}"], clock(dep + late + ride)], {"image": img}


@fam
def sign_speed_limit_mph(rng):
    lim = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120])
    km = rng.randint(5, 80)
    img = sign(rng, ["SPEED LIMIT", f"{lim} KM/H"])
    text = pick(rng, f"What's this limit in mph (1 mile = 1.609 km, 1 dp), and how many minutes to drive {km} km at exactly the limit?",
                f"convert this speed limit to miles per hour (1.609 km per mile, 1 decimal). also time for {km} km at that speed in minutes")
    return text, [num(F(lim) / F("1.609"), 1), [f"{v} minutes" for v in num(F(km * 60, lim), 1)] + [f"{v} min" for v in num(F(km * 60, lim), 1)]], {"image": img}


@fam
def sign_happy_hour_discount(rng):
    st = rng.choice([15, 16, 17]) * 60 + rng.choice([0, 30])
    en = st + rng.choice([90, 120, 150, 180])
    off = rng.choice([20, 25, 30, 40, 50])
    price = F(rng.randrange(450, 1400, 5), 100)
    img = sign(rng, ["HAPPY HOUR", f"{hm(st)} - {hm(en)}", f"{off}% OFF DRINKS"])
    text = pick(rng, f"How long does this happy hour last, and what does a ${m2(price)} cocktail cost during it?",
                f"length of happy hour? and price of a ${m2(price)} drink with the discount")
    if (price * (100 - off) / 100).denominator == 1:  # a bare "3" would also match the "3h" duration
        raise Redraw
    return text, [span(en - st), money(price * (100 - off) / 100)], {"image": img}


@fam
def sign_max_load_people(rng):
    kg = rng.choice([450, 600, 630, 800, 1000, 1250])
    per = rng.choice([75, 80, 85, 90])
    img = sign(rng, ["LIFT", f"MAX LOAD {kg} KG"])
    text = pick(rng, f"What's the max load on this lift in pounds (1 kg = 2.2046 lb, whole lb), and how many {per} kg people can ride at once?",
                f"convert the lift limit to lb (2.2046) and tell me how many people at {per} kg each fit under it")
    n = kg // per
    return text, [num(kg * F("2.2046"), 0), [f"{n} people", f"{n} persons"]], {"image": img}


@fam
def sign_checkout_to_flight(rng):
    co = rng.choice([10, 11, 12]) * 60
    fl = rng.randrange(13 * 60, 22 * 60, 5)
    before = rng.choice([90, 120, 150, 180])
    img = sign(rng, ["CHECK OUT", f"BY {hm(co)}"])
    text = pick(rng, f"Hotel checkout time is on this sign. My flight is at {ampm(fl)} and I need to be at the airport {before} minutes before. How long between checkout and when I must be at the airport?",
                f"checkout time? and the gap between that and {before} min before my {hm(fl)} flight")
    if fl - before <= co:
        raise Redraw
    return text, [clock(co), span(fl - before - co)], {"image": img}


@fam
def sign_toll_weekly(rng):
    toll = F(rng.choice([175, 225, 250, 300, 375, 420, 550]), 100)
    days = rng.choice([3, 4, 5])
    rate = F(rng.choice(["0.92", "0.91", "0.86"]))
    img = sign(rng, ["BRIDGE TOLL", f"${m2(toll)} EACH WAY"])
    text = pick(rng, f"I cross this bridge there and back {days} days a week. Weekly toll cost, and that in euros at 1 USD = {dec(rate)} EUR?",
                f"round trip {days}x a week — what do the tolls come to per week, dollars and EUR ({dec(rate)})?")
    w = toll * 2 * days
    return text, [money(w), money(w * rate)], {"image": img}


@fam
def sign_bridge_height_feet(rng):
    m = F(rng.randrange(21, 49), 10)
    van = F(rng.randrange(65, 125), 10)
    img = sign(rng, ["LOW BRIDGE", f"{dec(m)} M"])
    ft = m * F("3.281")
    text = pick(rng, f"What's this clearance in feet (1 m = 3.281 ft, 2 dp)? My van is {dec(van)} ft tall — how many feet of room do I have (negative if it won't fit)?",
                f"bridge height in ft using 3.281 ft/m, 2 decimals, and the gap above my {dec(van)} ft van")
    return text, [num(ft, 2), num(ft - van, 2) + num(abs(ft - van), 2)], {"image": img}


@fam
def sign_last_entry_visit(rng):
    le = rng.choice([15, 16, 17]) * 60 + rng.choice([0, 15, 30, 45])
    cl = le + rng.choice([30, 45, 60])
    arrive = rng.randrange(le - 120, le - 5, 5)
    img = sign(rng, ["MUSEUM", f"LAST ENTRY {hm(le)}", f"CLOSES {hm(cl)}"])
    text = pick(rng, f"If I get there at {ampm(arrive)}, how long do I have until last entry, and how long could I stay inside until closing?",
                f"arriving {hm(arrive)} — time until last entry? and total time I could spend before it closes?")
    if (cl - le) % 60 == 0 or (le - arrive) % 60 == 0:  # "50 minutes" / "1 hour" inside the other span
        raise Redraw
    return text, [span(le - arrive), span(cl - arrive)], {"image": img}


@fam
def sign_pool_lanes(rng):
    op = rng.choice([6, 7]) * 60 + rng.choice([0, 30])
    cl = rng.choice([20, 21, 22]) * 60
    lane = rng.choice([25, 50])
    laps = rng.randint(20, 80)
    img = sign(rng, ["POOL HOURS", f"{hm(op)} - {hm(cl)}", f"{lane} M LANES"])
    text = pick(rng, f"How many hours is the pool open, and if I swim {laps} lengths how many km is that?",
                f"opening hours length? and {laps} lengths of this pool in kilometres")
    return text, [span(cl - op), [f"{v} km" for v in num(F(lane * laps, 1000), 3)] + [f"{v}km" for v in num(F(lane * laps, 1000), 3)] + [f"{lane * laps} m", f"{lane * laps} metres", f"{lane * laps:,} m"]], {"image": img}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    bank_balance_to_euros, data_plan_per_day, flight_delay_arrival, steps_to_goal_miles,
    order_warranty_days, electricity_bill_tax, shares_value_gbp, payslip_net,
    weather_high_low_f, recipe_scale_ounces, trip_consumption_mpg, run_pace_mph,
    subscription_yearly_euros, loan_months_left, timesheet_clock_in_out, parcel_weight_lb,
    battery_charge_time, sign_opening_hours_left, sign_parking_cost_euros, sign_train_delay,
    sign_speed_limit_mph, sign_happy_hour_discount, sign_max_load_people,
    sign_checkout_to_flight, sign_toll_weekly, sign_bridge_height_feet, sign_last_entry_visit,
    sign_pool_lanes)]
