"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 8: hobbies, sport,
school and home requests where a second step builds on the first, with charts, CSVs and
photos of signs and screens."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout9_multi_common import LB, MEAN, MEDIAN, MILE, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, screen_of, sign_of, till
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def cycling_avg_speed_mph(rng: random.Random) -> Made:
    km = F(rng.randint(150, 900), 10)
    mins = rng.randint(30, 180)
    kmh = km * 60 / mins
    mph = kmh / MILE
    if near(kmh, 1) or near(mph, 1):
        return None
    text = (f"Bike ride: {float(km):g} km in {mins} minutes. Average speed in km/h (1 dp), and in "
            "mph (1 dp)?")
    return text, [num(kmh, 1), num(mph, 1)]


@family
def pool_lengths_miles(rng: random.Random) -> Made:
    pool = rng.choice([25, 50])
    lengths = rng.randint(20, 120)
    m = pool * lengths
    miles = F(m, 1000) / MILE
    mins = rng.randint(25, 70)
    per100 = F(mins * 60 * 100, m)
    if near(miles, 2) or near(per100, 0):
        return None
    s = int(per100 + F(1, 2))
    text = (f"swam {lengths} lengths of a {pool} m pool in {mins} min. total metres, that in miles "
            "(2 dp), and my average time per 100 m (min:sec)?")
    return text, [[f"{m} m", f"{m:,} m", f"{m} metres", f"{m:,} metres", f"{m}m"],
                  num(miles, 2), [f"{s // 60}:{s % 60:02d}"]]


@family
def gym_volume_kg_lb(rng: random.Random) -> Made:
    sets, reps = rng.randint(3, 5), rng.choice([5, 8, 10, 12])
    kg = F(rng.choice([400, 450, 500, 550, 600, 625, 700, 800, 900, 1000]), 10)
    vol = sets * reps * kg
    lb = kg / LB
    if near(lb, 1):
        return None
    text = (f"Squats today: {sets} sets of {reps} at {float(kg):g} kg. What's that bar in lb "
            "(1 dp), and my total volume (sets × reps × weight) in kg?")
    return text, [num(lb, 1), num(vol, 1)]


@family
def knit_yarn_skeins(rng: random.Random) -> Made:
    rows, sts = rng.randint(80, 200), rng.randint(40, 120)
    cm_per = F(rng.choice([20, 25, 30]), 10)
    total = rows * sts
    metres = total * cm_per / 100
    skein = rng.choice([100, 150, 200])
    skeins = math.ceil(metres / skein)
    cost = price(rng, 3, 12)
    text = (f"knitting a scarf, {rows} rows of {sts} stitches. each stitch uses about "
            f"{float(cm_per):g} cm of yarn. total stitches? metres of yarn? skeins are {skein} m "
            f"at €{float(cost):.2f} — how many and what cost?")
    return text, [[str(total), f"{total:,}"], num(metres, 1),
                  [f"{skeins} skeins", f"{skeins} skein"], eur(skeins * cost)]


@family
def aquarium_volume_fish(rng: random.Random) -> Made:
    w, d, h = rng.choice([60, 80, 100, 120]), rng.choice([30, 35, 40, 45]), \
        rng.choice([35, 40, 45, 50])
    litres = F(w * d * h, 1000)
    per = rng.choice([5, 8, 10])
    fish = int(litres // per)
    gal = litres / F("3.785411784")
    if near(gal, 1):
        return None
    text = (f"tank is {w} x {d} x {h} cm. How many litres? in US gallons (1 dp)? and if the rule "
            f"is 1 small fish per {per} litres, how many fish max?")
    return text, [num(litres, 1), num(gal, 1), [f"{fish} fish"]]


@family
def photo_print_aspect(rng: random.Random) -> Made:
    mp_w, mp_h = rng.choice([(6000, 4000), (4032, 3024), (5472, 3648), (4608, 3456)])
    dpi = rng.choice([150, 200, 300])
    wi, hi = F(mp_w, dpi), F(mp_h, dpi)
    mp = F(mp_w * mp_h, 10**6)
    if near(wi, 1) or near(hi, 1) or near(mp, 1):
        return None
    text = (f"My photo is {mp_w} × {mp_h} pixels. How many megapixels (1 dp)? And how big can I "
            f"print it at {dpi} dpi — width and height in inches (1 dp)?")
    return text, [num(mp, 1), num(wi, 1), num(hi, 1)]


@family
def screen_subscriptions_year(rng: random.Random) -> Made:
    subs = rng.sample([("StreamFlix", 15.49), ("MusicBox", 10.99), ("CloudDrive", 2.99),
                       ("NewsDaily", 8.00), ("GameHub", 12.99), ("FitApp", 9.99)], 3)
    recipe = screen_of(rng, "Subscriptions", [f"{n}: ${p:.2f}/month" for n, p in subs])
    month = sum((F(str(p)) for _, p in subs), F(0))
    year = month * 12
    e = convert(year, "USD", "EUR")
    if near(e, 2, 0.001):
        return None
    text = ("Here are my subscriptions. What do I pay per month, per year, and what's the yearly "
            "amount in euros (1 EUR = 1.17 USD)?")
    return text, [cash(month), cash(year), eur(e)], {"image": recipe}


@family
def screen_battery_time(rng: random.Random) -> Made:
    pct = rng.randint(15, 85)
    rate = rng.choice([8, 10, 12, 15])
    rows = [f"Battery: {pct}%", f"Drain: {rate}% per hour", "Low power mode: off"]
    recipe = screen_of(rng, "Battery", rows)
    hours = F(pct, rate)
    to20 = F(pct - 20, rate)
    if pct <= 20 or near(hours, 1) or near(to20, 1):
        return None
    text = ("phone screenshot attached. at that drain rate how many hours until it's dead (1 dp), "
            "and how many until it hits 20% (1 dp)?")
    return text, [num(hours, 1), num(to20, 1)], {"image": recipe}


@family
def sign_toll_trips(rng: random.Random) -> Made:
    toll = F(rng.choice([150, 275, 320, 450, 580]), 100)
    trips = rng.randint(8, 22)
    recipe = sign_of(rng, ["TOLL BRIDGE", f"CARS £{float(toll):.2f}"])
    month = toll * trips * 2
    e = convert(month, "GBP", "EUR")
    if near(e, 2, 0.001):
        return None
    text = (f"I cross this bridge there and back {trips} days a month. Read the car toll off the "
            "sign, work out my monthly cost, and what's that in euros (1 EUR = 0.87 GBP)?")
    return text, [gbp(toll), gbp(month), eur(e)], {"image": recipe}


@family
def sign_capacity_groups(rng: random.Random) -> Made:
    cap = rng.choice([45, 60, 80, 120, 150, 200])
    recipe = sign_of(rng, ["MAX OCCUPANCY", f"{cap} PERSONS"])
    guests = rng.randint(cap + 20, cap * 3)
    rooms = math.ceil(F(guests, cap))
    last = guests - (rooms - 1) * cap
    text = (f"Each hall has the limit on this sign. We have {guests} guests. How many halls do "
            "we need, and how many people will be in the last one if we fill the others first?")
    return text, [[f"{rooms} halls", f"{rooms} rooms"], [f"{last} people", f"{last} guests",
                                                          f"{last} in"]], {"image": recipe}


@family
def receipt_before_tax_rate(rng: random.Random) -> Made:
    goods = [(g, price(rng, 2, 25)) for g in rng.sample(["Paper", "Pens", "Folder", "Tape",
                                                         "Ink", "Stapler"], rng.randint(2, 3))]
    sub = sum((p for _, p in goods), F(0))
    rate = rng.choice([F(6), F(7), F(8), F(825, 100)])
    tax = sub * rate / 100
    if near(tax, 2, 0.001) or near(sub + tax, 2, 0.001):
        return None
    recipe = till(rng, "Office Depot", goods)
    text = (f"This receipt is before sales tax. What's the subtotal, the tax at {float(rate):g}%, "
            "and the amount I'll actually pay?")
    return text, [cash(sub), cash(tax), cash(sub + tax)], {"image": recipe}


@family
def receipt_cheapest_two_pct(rng: random.Random) -> Made:
    goods = [(g, price(rng, 1, 30)) for g in rng.sample(["Milk", "Tea", "Coffee", "Bread",
                                                         "Cheese", "Pasta"], 4)]
    ps = sorted(p for _, p in goods)
    total = sum(ps, F(0))
    pct = (ps[0] + ps[1]) / total * 100
    if near(pct, 1):
        return None
    recipe = till(rng, "Blue Bakery", goods)
    text = ("what did this shop cost me in total? and the two cheapest items together were what "
            "percent of it (1 dp)?")
    return text, [cash(total), num(pct, 1)], {"image": recipe}


@family
def csv_runs_weekly_chart(rng: random.Random) -> Made:
    n = rng.randint(6, 10)
    km = [F(rng.randint(30, 180), 10) for _ in range(n)]
    total = sum(km, F(0))
    longest = max(km)
    miles = total / MILE
    if near(miles, 1):
        return None
    csv = "run,km\n" + "".join(f"{i + 1},{float(k):g}\n" for i, k in enumerate(km))
    text = ("runs.csv is my runs this month. Plot distance per run, tell me the total km, the "
            "longest run, and the total in miles (1 dp).")
    return text, [CHART, num(total, 1), num(longest, 1), num(miles, 1)], {"csv": csv}


@family
def csv_household_bills_change(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    bills = [rng.randint(60, 220) for _ in months]
    change = F(bills[-1] - bills[0], bills[0]) * 100
    mean = F(sum(bills), 6)
    if near(change, 1) or near(mean, 2) or bills[-1] == bills[0]:
        return None
    csv = "month,electric\n" + "".join(f"{m},{b}\n" for m, b in zip(months, bills, strict=True))
    text = ("electric bills for the first half of the year attached (£). Average monthly bill "
            "(to the penny)? And the % change from Jan to Jun (1 dp)? A line chart as well.")
    return text, [stat(MEAN, mean, 2), num(abs(change), 1), CHART], {"csv": csv}


@family
def csv_heights_median_feet(rng: random.Random) -> Made:
    names = rng.sample(["Sam", "Ola", "Raj", "Mei", "Tom", "Zoe", "Luc", "Ada", "Kim"], 7)
    cm = [rng.randint(150, 195) for _ in names]
    med = statistics.median(cm)
    inches = F(med) / F("2.54")
    ft, inch = divmod(int(inches + F(1, 2)), 12)
    if near(inches, 0):
        return None
    csv = "name,height_cm\n" + "".join(f"{n},{c}\n" for n, c in zip(names, cm, strict=True))
    text = ("team heights in the csv. median height in cm, and what's that in feet and inches "
            "(nearest inch)?")
    return text, [stat(MEDIAN, F(med), 1), [f"{ft}'{inch}", f"{ft} ft {inch}", f"{ft}ft {inch}",
                                           f"{ft} feet {inch}", f"{ft}′{inch}"]], {"csv": csv}


@family
def eq_from_word_problem(rng: random.Random) -> Made:
    adult, child = rng.choice([12, 14, 15, 18, 20]), rng.choice([6, 7, 8, 9, 10])
    a, c = rng.randint(2, 9), rng.randint(2, 12)
    total = a * adult + c * child
    people = a + c
    text = (f"Cinema: adults ${adult}, kids ${child}. A group of {people} paid ${total} in all. "
            "Set up the equations and work out how many adults and how many kids.")
    return text, [[f"{a} adults", f"{a} adult", f"adults = {a}", f"adults: {a}", f"a = {a}"],
                  [f"{c} kids", f"{c} children", f"kids = {c}", f"kids: {c}", f"c = {c}",
                   f"{c} kid"]]


@family
def mortgage_monthly_total(rng: random.Random) -> Made:
    p = rng.choice([150000, 200000, 250000, 320000])
    rate = rng.choice([3, 4, 4.5, 5, 6])
    years = rng.choice([20, 25, 30])
    r = rate / 1200
    n = years * 12
    pay = p * r / (1 - (1 + r) ** -n)
    total = pay * n
    interest = total - p
    if near(pay, 2, 0.002) or near(interest, 0, 0.05) or near(round(pay, 2) * n - p, 0, 0.05):
        return None
    text = (f"Mortgage of ${p:,} at {rate:g}% a year, {years} years, monthly payments (standard "
            "amortising loan). What's the monthly payment (to the cent), and roughly how much "
            "interest in total over the loan (nearest dollar)?")
    paid = round(pay, 2) * n - p
    return text, [num(pay, 2), num(interest, 0) + num(paid, 0)]


@family
def derivative_tangent_plot(rng: random.Random) -> Made:
    a, b = rng.choice([1, 2, 3]), rng.randint(-5, 5)
    x0 = rng.randint(-3, 3)
    slope = 2 * a * x0 + b
    y0 = a * x0 * x0 + b * x0
    c = y0 - slope * x0
    f = f"{'' if a == 1 else a}x^2 {'+' if b >= 0 else '-'} {'' if abs(b) == 1 else abs(b)}x"
    if b == 0:
        f = f"{'' if a == 1 else a}x^2"
    text = (f"f(x) = {f}. What is f'({x0})? Give the tangent line there as y = mx + c, and plot "
            "both the curve and the tangent.")
    tang = f"y = {slope}x {'+' if c >= 0 else '-'} {abs(c)}"
    tang = tang.replace("y = 1x", "y = x").replace("y = -1x", "y = -x").replace("y = 0x + ", "y = ")
    return text, [[f"f'({x0}) = {slope}", f"f'({x0})={slope}", f"is {slope}", f"= {slope}"],
                  [tang, tang.replace(" ", ""), tang.replace(" + 0", "")], CHART]


@family
def ladder_angle_height(rng: random.Random) -> Made:
    length = F(rng.randint(30, 80), 10)
    foot = F(rng.randint(8, 20), 10)
    if foot >= length:
        return None
    h = math.sqrt(float(length * length - foot * foot))
    ang = math.degrees(math.acos(float(foot / length)))
    ft = h / 0.3048
    if near(h, 2) or near(ang, 1) or near(ft, 1):
        return None
    text = (f"{float(length):g} m ladder, foot {float(foot):g} m from the wall. How high up the "
            f"wall "
            "does it reach (2 dp), what angle with the ground (1 dp, degrees), and that height in "
            "feet (1 dp)?")
    return text, [num(h, 2), num(ang, 1), num(ft, 1)]


@family
def gpa_weighted_chart(rng: random.Random) -> Made:
    creds = [rng.choice([2, 3, 4]) for _ in range(4)]
    gpas = [rng.choice([2, 3, 4, 3.7, 3.3, 2.7]) for _ in range(4)]
    courses = ["Calc", "Chem", "Lit", "Econ"]
    w = sum(F(str(g)) * c for g, c in zip(gpas, creds, strict=True)) / sum(creds)
    if near(w, 2):
        return None
    listed = "; ".join(f"{n} {c} credits, {g:g}" for n, c, g in zip(courses, creds, gpas,
                                                                    strict=True))
    text = (f"grades this term: {listed}. credit-weighted GPA (2 dp)? and a bar chart of the "
            "grade points by course")
    return text, [num(w, 2), CHART]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    cycling_avg_speed_mph, pool_lengths_miles, gym_volume_kg_lb, knit_yarn_skeins,
    aquarium_volume_fish, photo_print_aspect, screen_subscriptions_year, screen_battery_time,
    sign_toll_trips, sign_capacity_groups, receipt_before_tax_rate, receipt_cheapest_two_pct,
    csv_runs_weekly_chart, csv_household_bills_change, csv_heights_median_feet,
    eq_from_word_problem, mortgage_monthly_total, derivative_tangent_plot, ladder_angle_height,
    gpa_weighted_chart)]
