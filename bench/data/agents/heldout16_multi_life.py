"""Round 16 multi-part families (``L_m_*``, dev now): everyday situations at home, work,
school, travel, in the kitchen, at the gym, the clinic and a small business, each asking for
two or more results. ``LIFE`` also gathers ``heldout16_multi_life_2`` (fitness, the clinic,
shopping)."""

from __future__ import annotations

import math

from bench.data.agents.heldout16_multi_common import (
    CHART,
    FOOT,
    MILE,
    F,
    Family,
    clock,
    deg_c,
    eur,
    fam,
    forms,
    gbp,
    km,
    num,
    random,
    safe,
    unit,
    usd,
)
from bench.data.agents.heldout16_multi_common import convert as fx

HERE: list[Family] = []
add = fam(HERE)


def hours(x: F) -> list[str]:
    return [f"{v} hours" for v in forms(x)] + [f"{v} h" for v in forms(x)] + [
        f"{v} hrs" for v in forms(x)]


def percent(x: F) -> list[str]:
    return [f"{v}%" for v in forms(x)] + [f"{v} %" for v in forms(x)]


# --- small business and work ---------------------------------------------------------------


@add
def invoice_vat_total(rng: random.Random):  # an invoice: VAT and the total, then in dollars
    net = rng.randint(150, 4000)
    vat = F(net * 20, 100)
    gross = net + vat
    u = fx(gross, "GBP", "USD")
    if not safe(u):
        return None
    return (f"invoicing a US client for £{net} plus 20% VAT. what's the VAT, the gross total, and"
            " the gross in dollars?", [gbp(vat), gbp(gross), usd(u)])


@add
def markup_margin(rng: random.Random):  # cost and price: profit per unit and margin
    cost = rng.randint(4, 60)
    price = cost + rng.randint(2, 40)
    margin = F(price - cost, price) * 100
    units = rng.randint(20, 400)
    if not safe(margin):
        return None
    return (f"I buy candles at €{cost} and sell them at €{price}. profit per candle, margin as a % "
            f"of the price, and total profit if I sell {units}?",
            [eur(F(price - cost)), percent(margin), eur(F((price - cost) * units))])


@add
def break_even(rng: random.Random):  # fixed costs over profit per unit: units to break even
    fixed = rng.randint(10, 90) * 100
    each = rng.randint(3, 25)
    n = math.ceil(F(fixed, each))
    if fixed % each == 0:
        return None
    return (f"my stall costs ${fixed} a month to run and I make ${each} profit per item. how many "
            f"items to break even (round up), and what's my profit if I sell {n + 50}?",
            [[f"{n} items", str(n)], usd(F(each * (n + 50) - fixed))])


@add
def overtime_pay(rng: random.Random):  # regular and overtime pay, then in euros
    rate, reg, ot = rng.randint(14, 40), rng.choice([35, 37, 40]), rng.randint(2, 15)
    pay = rate * reg + F(rate * 3, 2) * ot
    e = fx(pay, "USD", "EUR")
    if not safe(pay, e):
        return None
    return (f"worked {reg + ot} hours this week at ${rate}/h, anything over {reg} is time and a "
            "half. what's my gross pay, and what is that in euros?", [usd(pay), eur(e)])


@add
def meeting_time_zones(rng: random.Random):  # a meeting end time and the hour in another city
    start = rng.randint(8 * 60, 16 * 60) // 15 * 15
    dur = rng.choice([30, 45, 60, 75, 90, 120])
    shift = rng.choice([-6, -5, 1, 5, 8, 9])
    h, m = divmod(start, 60)
    return (f"meeting starts at {h:02d}:{m:02d} my time and runs {dur} minutes. when does it end, "
            f"and what time does it start for my colleague who is {abs(shift)} hours "
            f"{'ahead' if shift > 0 else 'behind'}?", [clock(start + dur),
                                                       clock((start + 60 * shift) % 1440)])


@add
def mileage_claim(rng: random.Random):  # business miles: claim in pounds, distance in km
    mi = rng.randint(20, 600)
    rate = F(45, 100)
    k = mi * MILE
    if not safe(k):
        return None
    return (f"drove {mi} business miles this month, claim rate is 45p a mile. how much can I "
            "claim, and how far was that in km?", [gbp(mi * rate), km(k)])


@add
def freelance_hours(rng: random.Random):  # a project: hours billed, invoice, tax set aside
    hrs, rate, tax = rng.randint(10, 120), rng.randint(30, 120), rng.choice([20, 25, 30])
    inv = hrs * rate
    return (f"freelance project: {hrs} hours at ${rate}/hr. invoice total? and if I set aside "
            f"{tax}% for tax, how much is that and what's left?",
            [usd(F(inv)), usd(F(inv * tax, 100)), usd(F(inv * (100 - tax), 100))])


@add
def staff_rota(rng: random.Random):  # shifts: total hours and wage bill
    staff = rng.randint(3, 9)
    shift = F(rng.choice([15, 30, 45, 60]), 10) / 10 * 10
    shift = F(rng.choice([4, 5, 6, 7, 8]))
    days = rng.choice([5, 6, 7])
    wage = F(rng.randint(1100, 1800), 100)
    tot = staff * shift * days
    if not safe(tot * wage):
        return None
    return (f"cafe rota: {staff} staff, {shift} hour shifts, {days} days. total staff hours per "
            f"week, and wage bill at £{float(wage):.2f}/hour?", [hours(tot), gbp(tot * wage)])


# --- home ------------------------------------------------------------------------------------


@add
def paint_walls(rng: random.Random):  # wall area, litres of paint, tins
    ln, w, h = rng.randint(3, 7), rng.randint(3, 6), F(rng.randint(24, 30), 10)
    area = 2 * (ln + w) * h
    cover = rng.choice([10, 12])
    litres = area * 2 / cover
    tins = math.ceil(litres / F(5, 2))
    if not safe(area, litres):
        return None
    return (f"room {ln} m x {w} m, walls {float(h):g} m high. total wall area? paint covers "
            f"{cover} m² per litre, 2 coats — how many litres, and how many 2.5 L tins?",
            [unit(area, "m²", "m2", "square metres", "square meters"),
             unit(litres, "L", "litres", "liters"), [f"{tins} tins", f"{tins} cans"]])


@add
def energy_bill(rng: random.Random):  # kWh used, the cost, and a monthly average
    start, used = rng.randint(10000, 50000), rng.randint(300, 2000)
    price = F(rng.randint(18, 40), 100)
    cost = used * price
    months = rng.choice([2, 3])
    if not safe(cost, cost / months):
        return None
    return (f"meter went from {start} to {start + used} kWh over {months} months. how many kWh, "
            f"what's the cost at €{float(price):.2f}/kWh, and per month?",
            [[f"{used} kWh"], eur(cost), eur(cost / months)])


@add
def mortgage_monthly(rng: random.Random):  # a monthly repayment, then the total repaid
    p = rng.randint(10, 40) * 10000
    r = rng.choice([3, 4, 5, 6])
    n = rng.choice([15, 20, 25, 30])
    i = r / 1200
    m = p * i / (1 - (1 + i) ** (-12 * n))
    if abs(m * 100 % 1 - 0.5) < 0.02:
        return None
    mf = F(round(m, 2)).limit_denominator(100)
    tot = F(round(m * 12 * n, 2)).limit_denominator(100)
    tot2 = mf * 12 * n
    return (f"${p:,} mortgage at {r}% over {n} years. monthly payment? and how much will I pay "
            "back in total?", [usd(mf), list(dict.fromkeys(usd(tot) + usd(tot2)))])


@add
def thermostat_f(rng: random.Random):  # thermostat settings in Fahrenheit to Celsius
    a, b = rng.randint(60, 68), rng.randint(69, 78)
    ca, cb = (F(a) - 32) * 5 / 9, (F(b) - 32) * 5 / 9
    if not safe(ca, cb, cb - ca):
        return None
    return (f"new thermostat is in fahrenheit: night {a}, day {b}. what are those in celsius and "
            "what's the difference in celsius?", [deg_c(ca), deg_c(cb),
                                                   [*num(cb - ca), *(f"{v} °C" for v in forms(
                                                       cb - ca)), *(f"{v} degrees" for v in
                                                                    forms(cb - ca))]])


@add
def fence_posts(rng: random.Random):  # a fence in feet: metres and number of posts
    ft = rng.randint(20, 200)
    m = ft * FOOT
    gap = rng.choice([2, 3])
    posts = math.ceil(m / gap) + 1
    if not safe(m):
        return None
    return (f"garden fence will run {ft} feet. how long is that in metres, and how many posts if "
            f"they go every {gap} m (including both ends)?", [unit(m, "m", "metres", "meters"),
                                                             [f"{posts} posts", str(posts)]])


@add
def recipe_servings_scale(rng: random.Random):  # scaling a recipe, with a gram conversion
    serv, want = rng.choice([4, 6]), rng.choice([2, 3, 5, 8, 10, 12])
    butter = rng.randint(2, 12) * 25
    sugar = rng.randint(2, 10) * 25
    if want == serv:
        return None
    b2, s2 = F(butter * want, serv), F(sugar * want, serv)
    oz = b2 / F(28349523125, 10**9)
    if not safe(b2, s2, oz):
        return None
    return (f"recipe serves {serv} with {butter} g butter and {sugar} g sugar. I'm cooking for "
            f"{want}. how much of each, and the butter in ounces?",
            [unit(b2, "g", "grams"), unit(s2, "g", "grams"), unit(oz, "oz", "ounces")])


@add
def laundry_loads(rng: random.Random):  # detergent per load: loads per bottle and cost per load
    bottle, dose = rng.choice([1500, 2000, 2500, 3000]), rng.choice([35, 40, 50, 60, 75])
    price = F(rng.randint(500, 1500), 100)
    loads = bottle // dose
    per = price / loads
    if not safe(per):
        return None
    return (f"detergent bottle is {bottle} ml, one load uses {dose} ml, bottle costs "
            f"€{float(price):.2f}. how many full loads, and cost per load?",
            [[f"{loads} loads", str(loads)], eur(per)])


# --- school --------------------------------------------------------------------------------


@add
def grade_needed(rng: random.Random):  # the exam mark needed for a target, and a chart of marks
    marks = [rng.randint(50, 95) for _ in range(3)]
    target = rng.randint(70, 85)
    need = target * 4 - sum(marks)
    if not 0 < need <= 100:
        return None
    avg = F(sum(marks), 3)
    if not safe(avg):
        return None
    return (f"my first three test scores are {', '.join(map(str, marks))}. what's my average so "
            f"far, what do I need on the fourth to average {target}, and can you chart the "
            "scores?", [num(avg), num(need), CHART])


@add
def reading_plan(rng: random.Random):  # pages per day, then the finish date
    pages, days = rng.randint(180, 900), rng.randint(7, 30)
    per = math.ceil(F(pages, days))
    left = pages - per * (days - 1)
    if pages % days == 0 or left <= 0:
        return None
    return (f"book has {pages} pages and I've got {days} days. how many pages a day (round up), "
            "and how many will be left for the last day?", [[f"{per} pages", str(per)],
                                                             [f"{left} pages", str(left)]])


@add
def science_density(rng: random.Random):  # a lab density and the mass of a bigger sample
    mass, vol = rng.randint(20, 400), rng.randint(5, 150)
    d = F(mass, vol)
    v2 = rng.randint(200, 900)
    if not safe(d, d * v2):
        return None
    return (f"lab: a block has mass {mass} g and volume {vol} cm³. density? and mass of {v2} cm³ "
            "of the same stuff?", [unit(d, "g/cm³", "g/cm3", "grams per cubic centimetre"),
                                   unit(d * v2, "g", "grams")])


@add
def school_trip_cost(rng: random.Random):  # a trip: per-student cost and the deposit
    coach, tickets, n = rng.randint(300, 1200), rng.randint(5, 30), rng.randint(20, 60)
    per = F(coach, n) + tickets
    dep = per * 25 / 100
    if not safe(per, dep):
        return None
    return (f"school trip: coach costs £{coach} shared by {n} students, plus £{tickets} entry each."
            " cost per student? and the 25% deposit?", [gbp(per), gbp(dep)])


# --- travel ----------------------------------------------------------------------------------


@add
def train_arrival_zone(rng: random.Random):  # arrival time, then trip time in hours and minutes
    dep = rng.randint(6 * 60, 20 * 60) // 5 * 5
    dur = rng.randint(50, 400)
    h, m = divmod(dep, 60)
    hh, mm = divmod(dur, 60)
    return (f"train leaves {h:02d}:{m:02d} and takes {dur} min. arrival time? and the journey in "
            "hours and minutes?", [clock((dep + dur) % 1440),
                                   [f"{hh} hours {mm} minutes", f"{hh}h {mm}m", f"{hh} h {mm} min",
                                    f"{hh} hr {mm} min", f"{hh}h{mm:02d}"]]) if mm else None


@add
def holiday_budget(rng: random.Random):  # a budget in pounds: euros, and per day
    b, days = rng.randint(300, 3000), rng.randint(4, 14)
    e = fx(F(b), "GBP", "EUR")
    if not safe(e, e / days):
        return None
    return (f"taking £{b} spending money to Spain for {days} days. how much is that in euros and "
            "how much per day?", [eur(e), eur(e / days)])


@add
def flight_duration_zones(rng: random.Random):  # a flight: local arrival and flying time
    dep = rng.randint(6 * 60, 22 * 60) // 5 * 5
    fly = rng.randint(90, 720) // 5 * 5
    diff = rng.choice([-8, -5, -3, 1, 2, 3, 5, 8])
    arr = (dep + fly + 60 * diff) % 1440
    h, m = divmod(dep, 60)
    return (f"leaving {h:02d}:{m:02d} local time, flight time {fly // 60}h {fly % 60}m, "
            f"destination is {abs(diff)} hour{'s' if abs(diff) > 1 else ''} "
            f"{'ahead' if diff > 0 else 'behind'}. what time do I land local time, and how many "
            "minutes is the flight?", [clock(arr), [f"{fly} minutes", f"{fly} min"]])


@add
def rental_car_compare(rng: random.Random):  # two rental offers: totals and the difference
    days = rng.randint(3, 14)
    a, b = rng.randint(25, 70), rng.randint(20, 60)
    fee = rng.randint(30, 150)
    ta, tb = a * days, b * days + fee
    if ta == tb:
        return None
    return (f"car hire for {days} days: first company €{a}/day, second €{b}/day plus a €{fee} "
            "fee. total for each and how much do I save with the cheaper one?",
            [eur(F(ta)), eur(F(tb)), eur(F(abs(ta - tb)))])


@add
def speed_limit_mph_kmh(rng: random.Random):  # two speed limits between mph and km/h
    mph = rng.choice([20, 30, 40, 50, 60, 70])
    kmh = rng.choice([50, 80, 90, 100, 110, 130])
    a, b = mph * MILE, kmh / MILE
    if not safe(a, b):
        return None
    return (f"what's {mph} mph in km/h, and {kmh} km/h in mph?",
            [unit(a, "km/h", "kph", "kilometres per hour"), unit(b, "mph", "miles per hour")])


@add
def hike_elevation(rng: random.Random):  # a hike in feet and miles, to metres and km
    ft, mi = rng.randint(500, 6000), F(rng.randint(20, 150), 10)
    m, k = ft * FOOT, mi * MILE
    if not safe(m, k):
        return None
    return (f"the trail is {float(mi):g} miles with {ft} ft of climbing. convert both to metric "
            "for me", [km(k), unit(m, "m", "metres", "meters")])


def _life() -> list[Family]:
    from bench.data.agents.heldout16_multi_life_2 import LIFE_2
    return [*HERE, *LIFE_2]


LIFE: list[Family] = _life()
