"""Round 17 (``M_*``, dev now) for ``muse bench agents``, units part 2: cooking conversions
with stated densities, time zones, travel times, rates, pressure, energy and screen time."""

from __future__ import annotations

import math

from bench.data.agents.heldout17_units import MILE, Skip, family, money, num, pick, whole
from bench.data.agents.helpers import Family


@family
def flour_cups_to_grams(rng):
    cups = rng.choice([0.75, 1.5, 2, 2.25, 2.5, 3, 3.5, 4])
    g = rng.choice([120, 125, 128])
    t = (f"Recipe wants {cups} cups of flour but I only have a scale. Assume 1 cup of "
         f"flour = {g} g. "
         f"How many grams?")
    return t, [whole(cups * g, 0.0)]


@family
def butter_sticks(rng):
    sticks = rng.choice([0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6])
    g = 113
    t = (f"how many grams is {sticks} stick{'s' if sticks != 1 else ''} of butter? (1 "
         f"stick = {g} g) 1 dp")
    return t, [num(sticks * g, 1)]


@family
def grams_sugar_to_cups(rng):
    grams = rng.randint(90, 650)
    per = 200
    t = (f"UK recipe says {grams} g caster sugar, I've only got US cups. If a cup of sugar weighs "
         f"{per} g, how many cups? (2 decimals)")
    return t, [num(grams / per, 2)]


@family
def ml_oil_to_grams(rng):
    ml = rng.randint(30, 500)
    dens = rng.choice([0.91, 0.92])
    t = f"{ml} ml of olive oil in grams? take density as {dens} g/ml. one decimal"
    return t, [num(ml * dens, 1)]


@family
def honey_tbsp(rng):
    tbsp = rng.randint(2, 12)
    t = (f"I need {tbsp} tablespoons of honey. 1 tbsp = 15 ml and honey is 1.42 g/ml. How many "
         f"grams should I weigh out? (1 decimal)")
    return t, [num(tbsp * 15 * 1.42, 1)]


@family
def recipe_scale(rng):
    serves, want = rng.choice([4, 6, 8]), rng.choice([2, 3, 5, 10, 12, 15])
    if serves == want:
        raise Skip
    g = rng.choice([150, 200, 250, 300, 350, 400, 450, 500])
    ml = rng.choice([100, 150, 200, 300, 400, 600])
    t = (f"Recipe serves {serves}: {g} g pasta and {ml} ml cream. I'm cooking for {want}. How much "
         f"pasta (g) and cream (ml)? one decimal if needed")
    return t, [num(g * want / serves, 1), num(ml * want / serves, 1)]


@family
def turkey_roast_time(rng):
    kg = rng.randint(30, 90) / 10
    per, extra = rng.choice([(40, 20), (45, 0), (20, 90)])
    mins = kg * per + extra
    h, m = divmod(round(mins), 60)
    if abs(mins - math.floor(mins) - 0.5) < 0.05:
        raise Skip
    rule = f"{per} min per kg" + (f" plus {extra} min" if extra else "")
    t = (f"Roasting a {kg} kg turkey, the rule is {rule}. How long in hours and minutes "
         f"(nearest minute)?")
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m", f"{h}h{m}m",
             f"{h} hr {m} min", f"{h}:{m:02d}", f"{h}h {m}min", f"{h} hours, {m} minutes",
             f"{h} hours {m} min"] + ([f"{h} hours", f"{h}h"] if m == 0 else [])
    return t, [forms]


@family
def timezone_meeting(rng):
    cities = [("London", 0), ("New York", -5), ("Tokyo", 9), ("Sydney", 11), ("Dubai", 4),
              ("Los Angeles", -8), ("Berlin", 1), ("Singapore", 8), ("Mumbai", 5.5)]
    a, b = rng.sample(cities, 2)
    h, m = rng.randint(6, 20), rng.choice([0, 30])
    tot = (h * 60 + m + (b[1] - a[1]) * 60)
    day = "the next day" if tot >= 1440 else "the previous day" if tot < 0 else "the same day"
    hh, mm = divmod(int(tot) % 1440, 60)
    t = (f"Meeting at {h:02d}:{m:02d} in {a[0]} (UTC{a[1]:+g}). What time is it in {b[0]} "
         f"(UTC{b[1]:+g})? 24h clock please, and say if it's a different day.")
    forms = [f"{hh:02d}:{mm:02d}"] + ([f"{hh}:{mm:02d}"] if hh < 10 else [])
    if day == "the same day":
        return t, [forms]
    return t, [forms, ["next day", "following day", "tomorrow", "+1"] if "next" in day
               else ["previous day", "day before", "yesterday", "-1"]]


@family
def flight_arrival_local(rng):
    dep_h, dep_m = rng.randint(6, 22), rng.choice([0, 5, 15, 25, 40, 50])
    dur_h, dur_m = rng.randint(1, 13), rng.choice([0, 10, 20, 35, 45, 55])
    off = rng.choice([-8, -5, -3, 1, 2, 3, 5, 8, 9])
    arr = dep_h * 60 + dep_m + dur_h * 60 + dur_m + off * 60
    hh, mm = divmod(arr % 1440, 60)
    t = (f"Flight leaves at {dep_h:02d}:{dep_m:02d} local time, flies {dur_h}h {dur_m}m, and the "
         f"destination is {abs(off)} hour{'s' if abs(off) > 1 else ''} "
         f"{'ahead' if off > 0 else 'behind'}. Local arrival time (24h)?")
    return t, [[f"{hh:02d}:{mm:02d}"] + ([f"{hh}:{mm:02d}"] if hh < 10 else [])]


@family
def travel_time_speed(rng):
    km = rng.randint(40, 650)
    v = rng.choice([50, 60, 80, 90, 100, 110, 120])
    mins = km / v * 60
    if abs(mins - math.floor(mins) - 0.5) < 0.05:
        raise Skip
    h, m = divmod(round(mins), 60)
    t = pick(rng, f"how long to drive {km} km averaging {v} km/h?",
             f"If the train averages {v} km/h over {km} km, how long is the trip?")
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m", f"{h}h{m}m",
             f"{h} hr {m} min", f"{h}:{m:02d}", f"{h}h {m}min", f"{h} hours, {m} minutes",
             f"{h} hours {m} min", f"{h} hour {m} minutes", f"{h} hour and {m} minutes"]
    if h == 0:
        forms += [f"{m} minutes", f"{m} min"]
    if m == 0:
        forms += [f"{h} hours", f"{h} hour"]
    return t + " (hours and minutes, nearest minute)", [forms]


@family
def average_speed_trip(rng):
    d1, v1 = rng.randint(20, 120), rng.choice([30, 40, 50, 60, 80])
    d2, v2 = rng.randint(20, 120), rng.choice([70, 90, 100, 110, 120])
    avg = (d1 + d2) / (d1 / v1 + d2 / v2)
    t = (f"First {d1} km of my drive I averaged {v1} km/h, then {d2} km at {v2} km/h. What was my "
         f"average speed for the whole trip? one decimal")
    return t, [num(avg, 1)]


@family
def hourly_to_annual(rng):
    rate = rng.choice([15.5, 18, 21.75, 24.5, 28, 32.4, 41])
    hrs = rng.choice([37.5, 40, 35, 30])
    wks = rng.choice([52, 48, 50])
    t = (f"I'm offered ${rate:.2f}/hour, {hrs} hours a week, {wks} paid weeks a year. What's that "
         f"annually?")
    a = rate * hrs * wks
    return t, [[*money(a), f"${a:,.2f}", f"{a:,.2f}", f"${a:,.0f}" if a == int(a) else f"{a:,.2f}"]]


@family
def annual_to_hourly(rng):
    sal = rng.randrange(32000, 120000, 500)
    hrs = rng.choice([37.5, 40, 35])
    t = f"Salary {sal:,} a year, {hrs} h/week, 52 weeks. Hourly rate to the cent?"
    return t, [money(sal / (hrs * 52))]


@family
def overtime_pay(rng):
    rate = rng.choice([14, 16.5, 19, 22.5, 26])
    reg, ot = 40, rng.randint(2, 14)
    mult = rng.choice([1.5, 2])
    pay = rate * reg + rate * mult * ot
    t = (f"worked {reg + ot} hours this week. base ${rate:.2f}/h, anything over 40 is paid at "
         f"{mult}x. what's my gross?")
    return t, [[*money(pay), f"${pay:,.2f}", f"{pay:,.2f}"]]


@family
def day_rate_invoice(rng):
    rate = rng.choice([350, 400, 450, 525, 600, 750])
    days = rng.choice([2.5, 3, 4.5, 6, 8, 11])
    vat = rng.choice([20, 10, 0])
    tot = rate * days * (1 + vat / 100)
    t = (f"Freelance invoice: {days} days at {rate} per day" +
         (f", plus {vat}% VAT." if vat else ", no VAT.") + " Total to bill?")
    return t, [num(tot, 2, 0.01)]


@family
def psi_to_bar(rng):
    psi = rng.randint(26, 44)
    t = f"Tyre pressure says {psi} psi. What's that in bar? (1 psi = 0.0689476 bar) 2 decimals"
    return t, [num(psi * 0.0689476, 2)]


@family
def bar_to_psi(rng):
    bar = rng.choice([1.8, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.8, 3.0, 3.5, 6, 8])
    t = f"bike pump in psi, manual says {bar} bar. psi? (1 bar = 14.5038 psi, one decimal)"
    return t, [num(bar * 14.5038, 1)]


@family
def hpa_to_inhg(rng):
    hpa = rng.randint(980, 1040)
    t = f"Barometer: {hpa} hPa. In inches of mercury? (1 inHg = 33.8639 hPa) two decimals"
    return t, [num(hpa / 33.8639, 2)]


@family
def kwh_cost_appliance(rng):
    w = rng.choice([60, 100, 800, 1200, 1500, 2000, 2200, 3000])
    hrs = rng.choice([0.5, 1, 1.5, 2, 3, 4, 6, 8])
    days = rng.choice([7, 30])
    price = rng.choice([0.15, 0.22, 0.28, 0.34])
    kwh = w * hrs * days / 1000
    t = (f"A {w} W heater/appliance runs {hrs} hours a day for {days} days. Electricity is "
         f"${price:.2f} per kWh. How many kWh and what does it cost?")
    return t, [num(kwh, 1), money(kwh * price)]


@family
def kcal_to_kj(rng):
    kcal = rng.randint(90, 950)
    t = pick(rng, f"{kcal} kcal in kJ?", f"Label is in kilocalories ({kcal}) — kilojoules please")
    return t + " (1 kcal = 4.184 kJ, nearest whole)", [whole(kcal * 4.184)]


@family
def kj_to_kcal(rng):
    kj = rng.randint(400, 4000)
    t = (f"Australian snack bar says {kj} kJ per serve. How many Calories (kcal)? 4.184 "
         f"kJ per kcal, 1 dp")
    return t, [num(kj / 4.184, 1)]


@family
def phone_charge_time(rng):
    mah = rng.choice([3000, 3500, 4000, 4500, 5000])
    pct = rng.randint(5, 60)
    rate = rng.choice([1500, 2000, 2500, 3000])
    mins = mah * (100 - pct) / 100 / rate * 60
    t = (f"phone battery {mah} mAh, at {pct}% now. if the charger puts in a steady {rate} mA, how "
         f"many minutes to 100%? (ignore losses, 1 decimal)")
    return t, [num(mins, 1)]


@family
def screen_time_weekly(rng):
    days = [(rng.randint(1, 6), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])) for _ in range(7)]
    tot = sum(h * 60 + m for h, m in days)
    avg = tot / 7
    if abs(avg - math.floor(avg) - 0.5) < 0.05:
        raise Skip
    names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    th, tm = divmod(tot, 60)
    ah, am = divmod(round(avg), 60)
    log = ", ".join(f"{n} {h}h{m:02d}" for n, (h, m) in zip(names, days, strict=True))
    t = ("my screen time this week: " + log
         + ". total for the week and daily average (nearest minute)?")
    tf = [f"{th}h {tm}m", f"{th}h{tm}m", f"{th} hours {tm} minutes", f"{th} hours and {tm} minutes",
          f"{th}h {tm:02d}m", f"{th}:{tm:02d}", f"{th} hr {tm} min", f"{th}h {tm}min"]
    af = [f"{ah}h {am}m", f"{ah}h{am}m", f"{ah} hours {am} minutes", f"{ah} hours and {am} minutes",
          f"{ah}h {am:02d}m", f"{ah}:{am:02d}", f"{ah} hr {am} min", f"{ah}h {am}min",
          f"{ah} hour {am} minutes", f"{ah} hour and {am} minutes"]
    return t, [tf, af]


@family
def reading_time(rng):
    words = rng.randrange(1500, 120000, 100)
    wpm = rng.choice([200, 230, 250, 300])
    mins = words / wpm
    t = (f"book is about {words:,} words, I read ~{wpm} words per minute. how many hours "
         f"to finish? 1 dp")
    return t, [num(mins / 60, 1)]


@family
def steps_to_km(rng):
    steps = rng.randrange(3000, 25000, 50)
    stride = rng.choice([0.68, 0.72, 0.75, 0.78, 0.8])
    t = f"Walked {steps:,} steps today and my stride is {stride} m. How many km is that? 2 dp"
    return t, [num(steps * stride / 1000, 2)]


@family
def miles_walked_kcal(rng):
    mi = rng.choice([1.5, 2, 2.5, 3, 4, 5, 6.2])
    per = rng.choice([80, 90, 100, 110])
    t = f"if walking burns about {per} kcal per mile, how many kcal for {mi} km? (1 dp)"
    return t, [num(mi / MILE * per, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    flour_cups_to_grams, butter_sticks, grams_sugar_to_cups, ml_oil_to_grams, honey_tbsp,
    recipe_scale, turkey_roast_time, timezone_meeting, flight_arrival_local, travel_time_speed,
    average_speed_trip, hourly_to_annual, annual_to_hourly, overtime_pay, day_rate_invoice,
    psi_to_bar, bar_to_psi, hpa_to_inhg, kwh_cost_appliance, kcal_to_kj, kj_to_kcal,
    phone_charge_time, screen_time_weekly, reading_time, steps_to_km, miles_walked_kcal)]
