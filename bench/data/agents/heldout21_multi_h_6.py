"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 6: stories."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout21_multi_h import PLOT, Made, clock, fam, num, rnd, span
from bench.data.agents.helpers import Family


def ampm(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


@fam
def road_trip_arrival(rng: random.Random) -> Made:
    speed = rng.choice([50, 55, 60, 65, 70])
    drive = rng.randint(24, 72) * 5
    miles = F(drive * speed, 60)
    if miles.denominator != 1:
        return None
    stop = rng.choice([20, 30, 45, 60])
    leave = rng.randint(6 * 60, 11 * 60)
    who = rng.choice(["my sister", "two friends", "the kids", "my dad"])
    text = rng.choice(
        [
            f"So me and {who} are driving to the coast tomorrow, it's {int(miles)} miles. We leave "
            f"at {ampm(leave)}, plan to average {speed} mph and stop once for {stop} min. What "
            "time "
            "do we get there? And how far is that in km (1 mile = 1.609 km, 2 dp)?",
            f"Road trip planning!! {int(miles)} miles total, {speed} mph average, one "
            f"{stop}-minute "
            f"break, setting off {ampm(leave)} with {who}. arrival time? also distance in "
            "kilometres "
            "using 1.609, 2 dp",
        ]
    )
    return text, [clock(leave + drive + stop), num(miles * F("1.609"))], {}


@fam
def baby_feed_per_bottle(rng: random.Random) -> Made:
    kg = F(rng.randint(32, 75), 10)
    per = rng.choice([150, 160, 170, 180])
    feeds = rng.choice([5, 6, 7, 8])
    daily = kg * per
    each = daily / feeds
    text = rng.choice(
        [
            f"my little one weighs {float(kg)} kg now and the nurse said {per} ml per kg per day, "
            f"split over {feeds} feeds. how much per feed in ml (1 dp), and in fl oz (1 fl oz = "
            "29.57 ml, 1 dp)?",
            f"Baby is {float(kg)}kg. Daily milk = {per} mL/kg, {feeds} bottles a day. How many ml "
            "per bottle, and how many fluid ounces is that? (29.57 ml per fl oz, one decimal each)",
        ]
    )
    oz = list(dict.fromkeys(num(each / F("29.57"), 1) + num(rnd(each, 1) / F("29.57"), 1)))
    return text, [num(each, 1), oz], {}


@fam
def party_pizza_count_and_euros(rng: random.Random) -> Made:
    guests = rng.randint(8, 30)
    slices = rng.choice([2, 3, 4])
    per = rng.choice([6, 8, 10])
    price = F(rng.choice([899, 1099, 1199, 1250, 1399, 1450]), 100)
    rate = F(rng.choice([114, 115, 116, 117, 118]), 100)
    pizzas = -(-guests * slices // per)
    text = rng.choice(
        [
            f"hosting a party for {guests} people (me included) and I reckon everyone eats "
            f"{slices} "
            f"slices. each pizza has {per} slices and costs £{float(price):.2f}. how many pizzas "
            "do "
            f"I need to order, and what will it cost in euros if £1 = €{float(rate)}?",
            f"ok so {guests} guests total, {slices} slices each, {per} slices per pizza. Pizzas "
            "are "
            f"{float(price):.2f} GBP. Number of pizzas (whole ones)? Total in EUR at 1 GBP = "
            f"{float(rate)} EUR?",
        ]
    )
    return text, [[f"{pizzas} pizzas"], num(pizzas * price * rate)], {}


@fam
def gym_one_rep_max_pounds(rng: random.Random) -> Made:
    w = F(rng.randint(8, 36) * 5, 2)
    reps = rng.randint(3, 10)
    lift = rng.choice(["squatted", "benched", "deadlifted"])
    orm = w * (1 + F(reps, 30))
    text = rng.choice(
        [
            f"gym update: {lift} {float(w):g} kg for {reps} reps today!! using Epley (1RM = w x "
            "(1 + "
            "reps/30)) what's my estimated 1RM, and what's that in lb (1 kg = 2.2046 lb)? 1 dp",
            f"I {lift} {float(w):g}kg x {reps}. Estimated one-rep max with 1RM = w(1 + r/30)? And "
            "convert it to pounds, 2.2046 lb per kg, one decimal.",
        ]
    )
    lb = list(dict.fromkeys(num(orm * F("2.2046"), 1) + num(rnd(orm, 1) * F("2.2046"), 1)))
    return text, [num(orm, 1), lb], {}


@fam
def long_run_pace_per_mile(rng: random.Random) -> Made:
    miles = rng.choice([6, 8, 10, 12, 14, 16, 18, 20])
    pace = rng.randint(450, 720)
    total = miles * pace
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    shown = f"{h}h{m:02d}m{s:02d}s" if h else f"{m} min {s} s"
    text = rng.choice(
        [
            f"did my long run this morning, {miles} miles in {shown}. feeling good! what was my "
            "pace "
            "per mile, and how many km did I run (1 mile = 1.609 km, 2 dp)?",
            f"Training log: {miles} mi, total time {shown}. Average pace per mile (min:sec) and "
            "the "
            "distance in km (2 dp), 1.609 km per mile please",
        ]
    )
    pm, ps = divmod(pace, 60)
    return (
        text,
        [[f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s"], num(miles * F("1.609"))],
        {},
    )


@fam
def dose_schedule_next_times(rng: random.Random) -> Made:
    first = rng.randint(6 * 60, 10 * 60) // 5 * 5
    gap = rng.choice([4, 6, 8])
    mg = rng.choice([200, 250, 400, 500])
    doses = rng.choice([3, 4])
    if gap * (doses - 1) >= 24:
        return None
    text = rng.choice(
        [
            f"doctor said every {gap} hours, {doses} doses a day max. I took the first one at "
            f"{ampm(first)}. when are the next two due? and how many mg will I have had by the end "
            f"of the day if each is {mg} mg?",
            f"First tablet {first // 60:02d}:{first % 60:02d}, then every {gap} h, {doses} tablets "
            f"in total today at {mg}mg each. Times of dose 2 and dose 3, and total mg for the day?",
        ]
    )
    return text, [clock(first + gap * 60), clock(first + 2 * gap * 60), num(mg * doses, 0)], {}


@fam
def holiday_budget_left_gbp(rng: random.Random) -> Made:
    budget = rng.randint(9, 30) * 100 + rng.choice([0, 50])
    nights, rate_n = rng.randint(3, 10), rng.randint(65, 190)
    flights = rng.randint(90, 420)
    fx = F(rng.choice([84, 85, 86, 87]), 100)
    left = budget - nights * rate_n - flights
    if left <= 0:
        return None
    text = rng.choice(
        [
            f"Planning our trip, budget is €{budget:,}. Flights came to €{flights} and the hotel "
            "is "
            f"€{rate_n} a night for {nights} nights. How much do we have left for spending, and "
            f"what's that in pounds at €1 = £{float(fx)}?",
            f"Budget €{budget}. Spent: flights {flights}, hotel {nights} nights x {rate_n}. What's "
            f"left? Then convert it to GBP (1 EUR = {float(fx)} GBP)",
        ]
    )
    return text, [num(left, 0), num(left * fx)], {}


@fam
def fence_panels_and_sq_ft(rng: random.Random) -> Made:
    length, width = F(rng.randint(60, 250), 10), F(rng.randint(40, 150), 10)
    panel = F(rng.choice([18, 20, 24]), 10)
    fence = 2 * length + width
    panels = -(-fence // panel)
    text = rng.choice(
        [
            f"We just moved in and want to fence the back garden. It's {float(length)} m long and "
            f"{float(width)} m wide, and the house covers one of the {float(width)} m sides so we "
            "only fence the other three. How many metres of fencing, and how many "
            f"{float(panel):g} "
            "m panels (whole panels)? Also what's the garden area in square feet (1 m² = 10.764 sq "
            "ft, 2 dp)?",
            f"garden {float(length)}m x {float(width)}m, fence on 3 sides (both long sides + the "
            "far "
            f"short side). metres of fence? number of {float(panel):g}m panels rounding up? and "
            "the "
            "area in sq ft (2 dp) using 10.764 sq ft per m²",
        ]
    )
    return text, [num(fence, 1), [f"{panels} panels"], num(length * width * F("10.764"))], {}


@fam
def phone_plans_compare(rng: random.Random) -> Made:
    fee, per = rng.choice([8, 10, 12, 15]), F(rng.choice([3, 4, 5, 6, 8]), 100)
    flat = rng.choice([18, 20, 22, 25, 30])
    mins = rng.randint(60, 400)
    a = fee + per * mins
    if a == flat:
        return None
    text = rng.choice(
        [
            f"trying to pick a phone plan. Plan A is £{fee} a month plus {int(per * 100)}p a "
            "minute, "
            f"Plan B is £{flat} flat. I talk about {mins} minutes a month. what would A cost me, "
            "and "
            "how many minutes would make them cost the same (1 dp)?",
            f"Plan A: {fee} pounds monthly + £{float(per):.2f}/min. Plan B: £{flat}/month "
            "unlimited. "
            f"At {mins} min a month what's plan A's bill, and at how many minutes do the two plans "
            "break even (1 dp)?",
        ]
    )
    be = F(flat - fee) / per
    return text, [num(a), num(be, 1)], {}


@fam
def turkey_weight_and_time(rng: random.Random) -> Made:
    kg = F(rng.randint(40, 90), 10)
    per, extra = rng.choice([(20, 90), (20, 70), (40, 20)]), 0
    per_500, extra = per
    mins = kg * 2 * per_500 + extra
    if mins.denominator != 1:
        return None
    serve = rng.choice([13, 14, 15, 16, 17]) * 60
    text = rng.choice(
        [
            f"Christmas prep: the turkey is {float(kg)} kg, recipe says {per_500} minutes per "
            "500 g "
            f"plus {extra} minutes. What's the weight in pounds (1 kg = 2.2046 lb, 1 dp), and what "
            f"time must it go in if we want it out at {ampm(serve)}?",
            f"{float(kg)}kg turkey, cook {per_500} min per 500g + {extra} min extra. Convert the "
            "weight to lb (2.2046) to one decimal, and tell me the start time to finish at "
            f"{serve // 60}:00",
        ]
    )
    return text, [num(kg * F("2.2046"), 1), clock(serve - int(mins))], {}


@fam
def take_home_and_dollars(rng: random.Random) -> Made:
    salary = rng.randint(24, 80) * 1000
    allowance = 12570
    tax = rng.choice([20, 21, 22])
    net_year = salary - (salary - allowance) * F(tax, 100)
    month = net_year / 12
    fx = F(rng.choice([125, 127, 128, 130, 133]), 100)
    text = rng.choice(
        [
            f"just got an offer for £{salary:,} a year!! if the first £12,570 is tax free and the "
            f"rest is taxed at {tax}% (ignore everything else), what's my monthly take-home? and "
            f"roughly what's that in dollars at £1 = ${float(fx)}?",
            f"Salary {salary} GBP. Tax-free allowance 12,570, {tax}% on the rest, nothing else "
            "deducted. Monthly net pay (2 dp)? Then that monthly figure in USD, 1 GBP = "
            f"{float(fx)} "
            "USD.",
        ]
    )
    usd = list(dict.fromkeys(num(month * fx) + num(rnd(month, 2) * fx)))
    return text, [num(month), usd], {}


@fam
def latte_habit_year_cost(rng: random.Random) -> Made:
    cups, price = rng.choice([1, 2, 3]), F(rng.choice([375, 425, 450, 475, 510, 550]), 100)
    days, weeks = rng.choice([5, 6, 7]), rng.choice([46, 48, 50, 52])
    fx = F(rng.choice([85, 86, 87, 88, 91]), 100)
    year = cups * price * days * weeks
    text = rng.choice(
        [
            f"my partner says my coffee habit is out of control lol. I get {cups} "
            f"latte{'s' if cups > 1 else ''} a day at ${float(price):.2f}, {days} days a week, "
            "about "
            f"{weeks} weeks a year. what's that per year? and in euros at $1 = €{float(fx)}?",
            f"Latte maths: {cups}/day x ${float(price):.2f}, {days} days/week, {weeks} weeks/year. "
            f"Yearly total, and converted to EUR (1 USD = {float(fx)} EUR)?",
        ]
    )
    return text, [num(year), num(year * fx)], {}


@fam
def pool_volume_fill_time(rng: random.Random) -> Made:
    length, width, depth = (
        rng.randint(3, 10),
        rng.randint(2, 5),
        F(rng.choice([8, 10, 12, 14, 15]), 10),
    )
    rate = rng.choice([12, 15, 18, 20, 25, 30])
    litres = length * width * depth * 1000
    mins = litres / rate
    text = rng.choice(
        [
            f"We got one of those above-ground pools for the kids, {length} m by {width} m and "
            "we'll "
            f"fill it {float(depth)} m deep. How many litres is that, and how long will it take "
            "with "
            f"a hose that does {rate} litres a minute (in hours, 1 dp)?",
            f"pool {length}x{width}m filled to {float(depth)}m - litres of water? hose flow {rate} "
            "L/min so how many hours to fill, one decimal",
        ]
    )
    return text, [num(litres, 0), num(mins / 60, 1)], {}


@fam
def aquarium_litres_and_gallons(rng: random.Random) -> Made:
    a, b, c = (
        rng.choice([20, 24, 30, 36, 48]),
        rng.choice([10, 12, 13, 18]),
        rng.choice([12, 16, 18, 20, 21]),
    )
    cubic = a * b * c
    text = rng.choice(
        [
            f"Setting up a fish tank that's {a} x {b} x {c} inches. How many litres does it hold "
            "(1 "
            "cubic inch = 0.016387 L, 1 dp) and how many US gallons (231 cubic inches per "
            "gallon, 1 "
            "dp)?",
            f"tank dimensions {a}in long {b}in wide {c}in tall. volume in US gallons (231 in³ = 1 "
            "gal) and litres (16.387 ml per in³)? one decimal",
        ]
    )
    return text, [num(cubic * F("0.016387"), 1), num(F(cubic, 231), 1)], {}


@fam
def heater_kwh_cost(rng: random.Random) -> Made:
    kw = F(rng.choice([8, 12, 15, 20, 24, 30]), 10)
    hours, days = rng.choice([2, 3, 4, 5, 6]), rng.choice([7, 28, 30, 31])
    price = rng.choice([22, 24, 25, 27, 28, 31, 34])
    kwh = kw * hours * days
    text = rng.choice(
        [
            f"It's freezing so I've been running a {float(kw)} kW heater about {hours} hours a "
            "day. "
            f"Over {days} days how many kWh is that, and what does it cost at {price}p per kWh (in "
            "pounds)?",
            f"{float(kw)}kW heater x {hours}h/day x {days} days = how many kWh? Cost at £0.{price} "
            "per kWh?",
        ]
    )
    return text, [num(kwh, 1), num(kwh * price / 100)], {}


@fam
def exam_marks_overall_and_chart(rng: random.Random) -> Made:
    subs = rng.sample(
        ["Maths", "Physics", "History", "French", "Biology", "English"], rng.randint(3, 5)
    )
    marks = []
    for _ in subs:
        out = rng.choice([40, 50, 60, 80, 100])
        marks.append((rng.randint(out // 3, out), out))
    pct = F(sum(g for g, _ in marks), sum(o for _, o in marks)) * 100
    listing = ", ".join(f"{s} {g}/{o}" for s, (g, o) in zip(subs, marks, strict=True))
    text = rng.choice(
        [
            f"got my mock results back: {listing}. what's my overall percentage if you add all the "
            "marks up (1 dp)? and can you plot them as percentages per subject?",
            f"Results - {listing}. Total marks over total possible as a % (one decimal), and a "
            "chart "
            "of each subject please.",
        ]
    )
    return text, [[p + "%" for p in num(pct, 1)], PLOT], {}


@fam
def hike_feet_and_naismith(rng: random.Random) -> Made:
    km = F(rng.randint(60, 240), 10)
    climb = rng.randint(30, 140) * 10
    feet = climb * F("3.281")
    mins = km / 5 * 60 + F(climb, 10)
    whole = rnd(mins, 0)
    text = rng.choice(
        [
            f"planning a hike: {float(km)} km with {climb} m of climbing. how much is the climb in "
            "feet (1 m = 3.281 ft, whole feet)? and with Naismith's rule (5 km/h plus 1 minute per "
            "10 m of ascent) how long will it take, nearest minute?",
            f"Walk is {float(km)}km, total ascent {climb}m. Ascent in ft (3.281 per m, round to "
            "whole) + Naismith time: 12 min per km plus 1 min per 10 m up, to the nearest minute.",
        ]
    )
    return text, [num(feet, 0), span(int(whole))], {}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        road_trip_arrival,
        baby_feed_per_bottle,
        party_pizza_count_and_euros,
        gym_one_rep_max_pounds,
        long_run_pace_per_mile,
        dose_schedule_next_times,
        holiday_budget_left_gbp,
        fence_panels_and_sq_ft,
        phone_plans_compare,
        turkey_weight_and_time,
        take_home_and_dollars,
        latte_habit_year_cost,
        pool_volume_fill_time,
        aquarium_litres_and_gallons,
        heater_kwh_cost,
        exam_marks_overall_and_chart,
        hike_feet_and_naismith,
    )
]
