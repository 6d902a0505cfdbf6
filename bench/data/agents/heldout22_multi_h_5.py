"""Round 22 (``A_m_h_*``, dev now) for ``muse bench agents``, multi_h part 5: home projects,
hobbies, events, family errands, mixed two-part questions."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import r2
from bench.data.agents.heldout22_multi_h import PLOT, M, Tie, board, both, cash, clock, fam, num
from bench.data.agents.helpers import Family, Item


@fam
def tiles_floor_and_cost(rng: random.Random) -> Item:
    ln, w = F(rng.randint(20, 60), 10), F(rng.randint(15, 45), 10)
    box = rng.choice([F(1), F(3, 2), F("1.44"), F(2)])
    price = rng.randint(18, 55)
    area = ln * w
    boxes = math.ceil(area / box)
    text = (f"Tiling the bathroom floor, {float(ln):g} m × {float(w):g} m. A box covers {float(box):g} m² and costs ${price}. "
            "What's the area, how many boxes (no spare), and the cost?")
    return M(text, "tiles_floor_and_cost", [num(area, 2), [f"{boxes} boxes"], cash(boxes * price)])


@fam
def fence_perimeter_panels(rng: random.Random) -> Item:
    a, b = rng.randint(8, 30), rng.randint(6, 25)
    gate = rng.choice([1, 2])
    panel = rng.choice([F(18, 10), F(2), F(24, 10)])
    per = 2 * (a + b)
    panels = math.ceil((per - gate) / panel)
    text = (f"Fencing a yard that's {a} m by {b} m. What's the perimeter, and leaving a {gate} m gap for a gate, how many {float(panel):g} m panels do we need?")
    return M(text, "fence_perimeter_panels", [[f"{per} m", f"{per}m", f"{per} metres", f"{per} meters"], [f"{panels} panels"]])


@fam
def electricity_kwh_cost_then_month(rng: random.Random) -> Item:
    watts = rng.choice([60, 100, 800, 1200, 1500, 2000, 2200])
    hours = F(rng.randint(5, 40), 10)
    price = F(rng.randint(12, 40), 100)
    kwh = F(watts, 1000) * hours
    day = kwh * price
    text = (f"My heater is {watts} W and runs {float(hours):g} h a day. How many kWh per day, and what does it cost over 30 days at ${float(price):.2f}/kWh?")
    return M(text, "electricity_kwh_cost_then_month", [[f"{v} kWh" for v in num(kwh, 2)] + [f"{v}kWh" for v in num(kwh, 2)], cash(day * 30)])


@fam
def knitting_yarn_skeins(rng: random.Random) -> Item:
    yards = rng.randint(600, 1800)
    per = rng.choice([200, 220, 250, 180])
    price = F(rng.randint(450, 1299), 100)
    sk = math.ceil(yards / per)
    m = yards * F("0.9144")
    text = (f"The sweater pattern needs {yards} yards. How many metres is that (×0.9144, whole metres)? Skeins are {per} yd at ${float(price):.2f} each — how many skeins and total cost?")
    return M(text, "knitting_yarn_skeins", [num(m, 0), [f"{sk} skeins"], cash(sk * price)])


@fam
def event_countdown_and_budget(rng: random.Random) -> Item:
    d0 = dt.date(2026, rng.randint(1, 5), rng.randint(1, 28))
    d1 = d0 + dt.timedelta(days=rng.randint(30, 200))
    save = rng.randint(200, 1500)
    weeks = (d1 - d0).days // 7
    per = F(save, weeks)
    text = (f"Today is {d0:%B} {d0.day}, the concert is {d1:%B} {d1.day}. How many days away is it, and if I need ${save} by then, how much per full week (to the cent, {weeks} weeks)?")
    return M(text, "event_countdown_and_budget", [[f"{(d1 - d0).days} days"], cash(per)])


@fam
def birthday_weekday_and_age(rng: random.Random) -> Item:
    born = dt.date(rng.randint(1960, 2015), rng.randint(1, 12), rng.randint(1, 28))
    bday = born.replace(year=2026)
    text = f"My mum was born on {born:%d %B %Y}. How old will she be on her 2026 birthday, and what day of the week is that birthday?"
    return M(text, "birthday_weekday_and_age", [[f"{2026 - born.year} years", f"turns {2026 - born.year}", f"{2026 - born.year} on", f"be {2026 - born.year}"], [f"{bday:%A}"]])


@fam
def guitar_practice_hours(rng: random.Random) -> Item:
    mins = [rng.randint(10, 75) for _ in range(rng.randint(5, 7))]
    goal = rng.choice([5, 6, 8, 10])
    tot = sum(mins)
    left = goal * 60 - tot
    text = ("guitar practice this week (min): " + ", ".join(map(str, mins))
            + f". how many hours and minutes is that, and how many minutes short of my {goal}-hour goal am I (negative if over)?")
    h, m = divmod(tot, 60)
    return M(text, "guitar_practice_hours", [[f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} hour {m} minutes", f"{h} hr {m} min", f"{tot} minutes"], [f"{left} minutes", f"{left} min"] if left >= 0 else [f"{left} minutes", f"{-left} minutes over", f"{-left} min over"]])


@fam
def photo_storage_and_transfer(rng: random.Random) -> Item:
    mb = F(rng.randint(25, 120), 10)
    gb = rng.choice([16, 32, 64, 128])
    speed = rng.choice([20, 40, 50, 80, 100])
    n = int(gb * 1000 // mb)
    sec = F(gb * 1000, speed)
    text = (f"My photos are about {float(mb):g} MB each. How many fit on a {gb} GB card (1 GB = 1000 MB)? "
            f"And copying a full card at {speed} MB/s takes how many minutes (1 decimal)?")
    return M(text, "photo_storage_and_transfer", [[f"{n} photos", f"{n:,} photos"], num(sec / 60, 1)])


@fam
def carpool_fuel_share(rng: random.Random) -> Item:
    km = rng.randint(80, 600)
    mpg = rng.randint(28, 55)
    price = F(rng.randint(130, 199), 100)
    people = rng.randint(2, 5)
    gal = F(km) / F("1.609") / mpg
    litres = gal * F("4.546")
    share = litres * price / people
    text = (f"Carpooling {km} km. Car does {mpg} mpg (UK gallons, 1 gal = 4.546 L, 1 mile = 1.609 km). Fuel is £{float(price):.2f}/L. "
            f"How many litres do we use and what's each person's share if {people} of us split it evenly?")
    return M(text, "carpool_fuel_share", [num(litres, 1) + num(litres, 2), both(cash(share), cash(r2(litres, 1) * price / people), cash(r2(litres, 2) * price / people))])


@fam
def baby_bottle_oz_ml(rng: random.Random) -> Item:
    oz = F(rng.randint(4, 17), 2)
    feeds = rng.randint(4, 10)
    ml = oz * F("29.57")
    day = ml * feeds
    text = f"baby drinks {float(oz):g} oz per bottle, {feeds} bottles a day. ml per bottle (29.57 ml/oz) and total ml per day? 1 decimal"
    return M(text, "baby_bottle_oz_ml", [num(ml, 1), both(num(day, 1), num(r2(ml, 1) * feeds, 1))])


@fam
def allowance_savings_weeks(rng: random.Random) -> Item:
    allow = rng.randint(5, 20)
    saves = rng.choice([F(1, 2), F(1, 4), F(3, 4), F(2, 5)])
    toy = rng.randint(30, 150)
    per = allow * saves
    weeks = math.ceil(toy / per)
    text = (f"My daughter gets ${allow} a week and saves {saves.numerator}/{saves.denominator} of it. How much does she save per week, and how many weeks until she can buy the ${toy} Lego set?")
    return M(text, "allowance_savings_weeks", [[f"${v}" for v in cash(per)] + [v for v in cash(per) if "." in v] + [f"{v} {w}" for v in cash(per) for w in ("a week", "per week", "dollars")], [f"{weeks} weeks"]])


@fam
def school_run_leave_time(rng: random.Random) -> Item:
    bell = rng.choice([8 * 60 + 30, 8 * 60 + 45, 9 * 60, 8 * 60 + 50])
    km = F(rng.randint(8, 60), 10)
    v = rng.choice([4, 5, 6])
    buffer = rng.choice([5, 10])
    walk = km / v * 60
    if walk.denominator != 1:
        raise Tie(walk)
    leave = bell - int(walk) - buffer
    text = (f"School is {float(km):g} km away and we walk at {v} km/h. How many minutes is the walk, and when should we leave to be there {buffer} min before the {bell // 60}:{bell % 60:02d} bell?")
    return M(text, "school_run_leave_time", [[f"{int(walk)} minutes", f"{int(walk)} min"], clock(leave)])


@fam
def sign_sale_percent_price(rng: random.Random) -> Item:
    off = rng.choice([15, 20, 25, 30, 40, 50, 60])
    price = F(rng.randint(1999, 14999), 100)
    n = rng.randint(2, 4)
    text = f"This sign is on the rack. If the coat was ${float(price):.2f}, what is it now? and {n} of them?"
    each = price * (100 - off) / 100
    return M(text, "sign_sale_percent_price", [cash(each), both(cash(each * n), cash(r2(each, 2) * n))], image=board(rng, ["SALE", f"{off}% OFF", "ALL COATS"]))


@fam
def sign_happy_hour_left(rng: random.Random) -> Item:
    s = rng.choice([15, 16, 17]) * 60
    e = s + rng.choice([120, 150, 180])
    now = s + rng.randint(10, 100)
    price = F(rng.randint(350, 700), 100)
    half = price / 2
    text = (f"It's {now // 60}:{now % 60:02d}. How long is left of happy hour on this sign? a pint's normally £{float(price):.2f}, what's it cost during happy hour?")
    left = e - now
    h, m = divmod(left, 60)
    return M(text, "sign_happy_hour_left", [[f"{left} minutes", f"{left} min", f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hour {m} minutes", f"{h} hr {m} min"], cash(half)],
             image=board(rng, ["HAPPY HOUR", f"{s // 60 - 12}-{e // 60 - 12}{'' if e % 60 == 0 else ':' + str(e % 60)}PM", "HALF PRICE"]))


@fam
def sign_gym_class_duration(rng: random.Random) -> Item:
    st = rng.randint(6, 19) * 60 + rng.choice([0, 15, 30, 45])
    d = rng.choice([45, 50, 55, 60, 75, 90])
    cls = rng.choice(["SPIN", "YOGA", "HIIT", "PILATES", "ZUMBA"])
    kcal_min = rng.randint(6, 13)
    text = f"What class is on this board and when does it end? If I burn about {kcal_min} kcal a minute, how many kcal for the whole class?"
    return M(text, "sign_gym_class_duration", [[cls.lower()], clock(st + d), [f"{kcal_min * d} kcal", f"{kcal_min * d} calories"]],
             image=board(rng, [cls, f"{st // 60:02d}:{st % 60:02d}", f"{d} MIN"]))


@fam
def plot_growth_child_height(rng: random.Random) -> Item:
    ages = list(range(2, 2 + rng.randint(4, 7)))
    h0 = rng.randint(82, 92)
    hs = [h0]
    for _ in ages[1:]:
        hs.append(hs[-1] + rng.randint(5, 9))
    growth = F(hs[-1] - hs[0], len(hs) - 1)
    text = ("My son's height by age — " + ", ".join(f"age {a}: {h} cm" for a, h in zip(ages, hs, strict=True))
            + ". Plot it please, and what's the average growth per year (1 decimal)?")
    return M(text, "plot_growth_child_height", [num(growth, 1), PLOT])


@fam
def plot_function_and_vertex(rng: random.Random) -> Item:
    h, k = rng.randint(-5, 5), rng.randint(-9, 9)
    b, c = -2 * h, h * h + k
    from bench.data.agents.heldout22_multi_h import poly2
    eq = poly2(b, c)
    text = rng.choice([f"Find the vertex of y = {eq} and plot the parabola.", f"plot y={eq} and tell me its minimum value"])
    return M(text, "plot_function_and_vertex", [[f"({h}, {k})", f"({h},{k})", f"minimum value is {k}", f"minimum of {k}", f"minimum value: {k}", f"minimum value of {k}", f"minimum is {k}", f"y = {k}", f"y={k}"], PLOT])


@fam
def two_q_exchange_and_volume(rng: random.Random) -> Item:
    aud = rng.randint(50, 900)
    rate = rng.choice(["0.61", "0.6", "0.62"])
    r, h = rng.randint(3, 12), rng.randint(5, 25)
    v = math.pi * r * r * h
    if abs(v * 10 - math.floor(v * 10) - 0.5) < 0.05:
        raise Tie(0)
    text = f"Convert {aud} AUD to EUR at 1 AUD = {rate} EUR. Unrelated: volume of a cylinder vase radius {r} cm height {h} cm in cm³, 1 decimal?"
    return M(text, "two_q_exchange_and_volume", [cash(aud * F(rate)), [f"{v:.1f}", f"{v:,.1f}"]])


@fam
def two_q_lcm_and_minutes(rng: random.Random) -> Item:
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18], 2)
    lcm = a * b // math.gcd(a, b)
    hrs = F(rng.randint(11, 95), 10)
    text = f"what's the LCM of {a} and {b}? and how many minutes are in {float(hrs):g} hours"
    return M(text, "two_q_lcm_and_minutes", [[f"lcm is {lcm}", f"lcm of {a} and {b} is {lcm}", f"= {lcm}", f"lcm({a}, {b}) = {lcm}", f"is {lcm}"], [f"{v} minutes" for v in num(hrs * 60, 0)]])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    tiles_floor_and_cost, fence_perimeter_panels, electricity_kwh_cost_then_month,
    knitting_yarn_skeins, event_countdown_and_budget, birthday_weekday_and_age,
    guitar_practice_hours, photo_storage_and_transfer, carpool_fuel_share, baby_bottle_oz_ml,
    allowance_savings_weeks, school_run_leave_time, sign_sale_percent_price, sign_happy_hour_left,
    sign_gym_class_duration, plot_growth_child_height, plot_function_and_vertex,
    two_q_exchange_and_volume, two_q_lcm_and_minutes,
)]
