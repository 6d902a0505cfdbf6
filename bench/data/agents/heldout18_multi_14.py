"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 14: casual and chatty
requests about moving abroad, saving for tuition, a child's predicted height, ticket resale,
sourdough feeds, fitting solar panels, a CSV of exam scores sorted into grades, and photos of
an office-order receipt, a water sign, a room sign, and sleep and trip screens."""

from __future__ import annotations

import math
import random
from collections import Counter

from bench.data.agents.heldout18_multi_common import (
    CHART,
    GAL,
    MILE,
    RATE,
    RATES_TEXT,
    SQ_FT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    screen,
    sign,
    till,
)
from bench.data.agents.helpers import Family


@family
def relocation_rent_share(rng: random.Random) -> Made:
    salary, rent = rng.randrange(32000, 95001, 500), rng.randrange(900, 2601, 25)
    monthly_eur = F(salary, 12) / RATE["GBP"]
    share = rent / monthly_eur * 100
    text = pick(rng, f"thinking of moving to Lisbon w/ my UK salary of \u00a3{salary:,} a year. "
                     f"flats are about \u20ac{rent:,} a month. whats my monthly salary in euros "
                     f"(before tax) and what % of it would rent eat? ({RATES_TEXT})",
                f"Salary \u00a3{salary:,}/year, rent \u20ac{rent:,}/month. Using {RATES_TEXT}: "
                "1. gross monthly pay in EUR 2. rent as a percentage of that (1 dp)")
    return text, [cash(monthly_eur), num(share, 1)]


@family
def tuition_sinking_fund(rng: random.Random) -> Made:
    goal, years = rng.randrange(10000, 80001, 1000), rng.randint(5, 18)
    rate = F(rng.randint(20, 70), 10)
    r, n = float(rate) / 1200, years * 12
    deposit = goal * r / ((1 + r) ** n - 1)
    text = (f"We want ${goal:,} for our daughter's tuition in {years} years. The account pays "
            f"{float(rate):g}% a year compounded monthly (rate/12 a month) and we'd deposit at the "
            "end of each month. What monthly deposit gets us there, and how much of the final "
            "amount is interest (using that rounded deposit)?")
    interest = goal - round(deposit, 2) * n
    return text, [cash(deposit), cash(interest)]


@family
def midparental_height(rng: random.Random) -> Made:
    dad = (rng.randint(5, 6), rng.randint(0, 11))
    mum = (5, rng.randint(0, 10))
    if dad[0] == 6 and dad[1] > 5:
        return None
    boy = rng.random() < 0.5
    d_cm, m_cm = (dad[0] * 12 + dad[1]) * F("2.54"), (mum[0] * 12 + mum[1]) * F("2.54")
    pred = (d_cm + m_cm + (13 if boy else -13)) / 2
    text = (f"Mid-parental height: (dad's cm + mum's cm {'+' if boy else '-'} 13) / 2 for a "
            f"{'boy' if boy else 'girl'}. Dad is {dad[0]}'{dad[1]}\", mum is {mum[0]}'{mum[1]}\". "
            "Predicted adult height in cm (1 dp)? And in inches (1 dp)?")
    return text, [num(pred, 1), num(pred / F("2.54"), 1)]


@family
def ticket_resale_roi(rng: random.Random) -> Made:
    n, face = rng.randint(2, 6), rng.randrange(45, 250, 5)
    fee = F(rng.randrange(500, 2000, 25), 100)
    sell, cut = rng.randrange(face, face * 3, 5), rng.choice([10, 12, 15, 20])
    cost = n * (face + fee)
    got = n * sell * F(100 - cut, 100)
    profit = got - cost
    text = (f"Bought {n} concert tickets at ${face} each plus a ${float(fee):.2f} fee per ticket. "
            f"Sold them all for ${sell} each on a site that keeps {cut}%. What did I make or lose, "
            "and what's the return on what I spent (percent, 1 dp)?")
    if abs(profit) < 1:
        return None
    return text, [cash(profit) + cash(abs(profit)), num(profit / cost * 100, 1) +
                  num(abs(profit / cost * 100), 1)]


@family
def sourdough_feed_ratio(rng: random.Random) -> Made:
    a, b, c = rng.choice([(1, 1, 1), (1, 2, 2), (1, 3, 3), (1, 4, 4), (1, 5, 5), (1, 2, 1)])
    unit = rng.randint(10, 120)
    total = unit * (a + b + c)
    hyd = F(c * 100, b)
    text = (f"Feeding my sourdough starter at {a}:{b}:{c} (starter:flour:water by weight) and I "
            f"want {total} g in total. How many grams of each? And what's the hydration of the "
            "new flour (water as a percent of flour)?")
    return text, [[f"{unit * a} g starter", f"{unit * a}g starter", f"starter: {unit * a}",
                   f"starter {unit * a}", f"{unit * a} g of starter"],
                  [f"{unit * b} g flour", f"{unit * b}g flour", f"flour: {unit * b}",
                   f"flour {unit * b}", f"{unit * b} g of flour"], num(hyd, 1)]


@family
def solar_panels_fit_roof(rng: random.Random) -> Made:
    w, h = F(rng.randint(40, 120), 10), F(rng.randint(30, 70), 10)
    pw, ph, watts = F("1.13"), F("1.72"), rng.choice([370, 400, 420, 440])
    cols, rows = math.floor(w / pw), math.floor(h / ph)
    sun = F(rng.randint(25, 50), 10)
    panels = cols * rows
    kw = F(panels * watts, 1000)
    text = (f"Roof face is {float(w):g} m wide and {float(h):g} m high. Panels are 1.13 m wide x "
            f"1.72 m tall (portrait, no gaps). How many fit? At {watts} W each what's the system "
            f"size in kW, and about how many kWh a year at {float(sun):g} peak sun hours a day "
            "(x 365, nearest kWh)?")
    if panels < 2:
        return None
    return text, [[f"{panels} panels"], num(kw, 2), num(kw * sun * 365, 0)]


@family
def csv_grade_bands_chart(rng: random.Random) -> Made:
    n = rng.randint(15, 35)
    scores = [rng.randint(28, 98) for _ in range(n)]
    bands = [("A", 70), ("B", 60), ("C", 50), ("D", 40), ("F", 0)]

    def grade(s: int) -> str:
        return next(g for g, low in bands if s >= low)
    counts = Counter(grade(s) for s in scores)
    csv = "student,score\n" + "\n".join(f"S{i + 1:02d},{s}" for i, s in enumerate(scores)) + "\n"
    text = ("Exam scores attached. Grade bands: A 70+, B 60-69, C 50-59, D 40-49, F below 40. How "
            "many got an A, what percentage of the class got C or better (1 dp), and draw a bar "
            "chart of how many got each grade.")
    c_or_better = counts["A"] + counts["B"] + counts["C"]
    return text, [[f"{counts['A']} students", f"{counts['A']} got an A", f"A: {counts['A']}",
                   f"{counts['A']} A", f"A - {counts['A']}", f"A = {counts['A']}"],
                  num(F(c_or_better * 100, n), 1), CHART], {"csv": csv}


@family
def receipt_office_order_discount(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(2, 4), low=2, high=18)
    times, limit, off = rng.randint(2, 9), rng.choice([50, 75, 100, 150]), rng.choice([5, 10, 15])
    order = total * times
    pay = order * (100 - off) / 100 if order > limit else order
    if abs(order - limit) < 1:
        return None
    text = (f"I need this exact shop (receipt in the photo) {times} times over for the office. The "
            f"store takes {off}% off orders over ${limit}. What's the order before any discount, "
            "what do I pay, and what's that in euros (1 EUR = 1.17 USD)?")
    eur = same(cash(pay / F("1.17")), cash(r2(pay) / F("1.17")))
    return text, [cash(order), cash(pay), eur], {"image": recipe}


@family
def sign_drinking_water_group(rng: random.Random) -> Made:
    per = rng.choice([2, 3, 4, 5])
    people, days = rng.randint(2, 12), rng.randint(2, 10)
    jug = rng.choice([10, 15, 20, 25])
    recipe = sign(rng, ["DRINKING WATER", f"{per} L PER PERSON", "PER DAY"])
    litres = per * people * days
    text = (f"Sign at the trailhead. There are {people} of us out for {days} days. How many litres "
            f"should we carry, how many US gallons is that (1 dp), and how many {jug} L jugs "
            "(round up)?")
    return text, [[f"{litres} L", f"{litres} litres", f"{litres} liters", f"{litres:,} litres"],
                  num(F(litres) / GAL, 1), [f"{math.ceil(litres / jug)} jugs"]], \
        {"image": recipe}


@family
def sign_room_area_per_person(rng: random.Random) -> Made:
    cap, area = rng.randint(12, 120), rng.randint(30, 400)
    room = rng.randint(101, 499)
    recipe = sign(rng, [f"ROOM {room}", f"CAPACITY {cap}", f"AREA {area} M2"])
    text = pick(rng, "Sign outside the meeting room. At full capacity how much floor space does "
                     "each person get in m\u00b2 (2 dp), and in square feet (1 dp)?",
                "per-person floor area for this room when it's full - m2 to 2 decimals and sq ft "
                "to 1 decimal")
    per = F(area, cap)
    return text, [num(per, 2), num(per / SQ_FT, 1)], {"image": recipe}


@family
def screen_sleep_stages_pie(rng: random.Random) -> Made:
    stages = [("Deep", rng.randint(40, 120)), ("REM", rng.randint(60, 130)),
              ("Light", rng.randint(150, 280)), ("Awake", rng.randint(5, 60))]
    rows = [f"{n}  {m // 60}h {m % 60:02d}m" for n, m in stages]
    asleep = sum(m for n, m in stages if n != "Awake")
    recipe = screen(rng, "Last night", rows)
    text = ("From my sleep app: total time actually asleep (not counting awake), what percent of "
            "that was deep sleep (1 dp), and a pie chart of all four stages please.")
    h, m = divmod(asleep, 60)
    return text, [[f"{h} h {m} min", f"{h}h {m}m", f"{h} hours {m} min", f"{h}h {m:02d}m",
                   f"{h}:{m:02d}", f"{h} hr {m} min", f"{h} hours and {m} min", f"{asleep} min"],
                  num(F(stages[0][1] * 100, asleep), 1), CHART], {"image": recipe}


@family
def screen_trip_economy(rng: random.Random) -> Made:
    miles, mpg = F(rng.randint(800, 6500), 10), F(rng.randint(180, 520), 10)
    price = F(rng.randrange(299, 529), 100)
    recipe = screen(rng, "Trip computer", [f"Trip A  {float(miles):.1f} mi",
                                           f"Avg  {float(mpg):.1f} mpg"])
    gallons = miles / mpg
    l100 = GAL * 100 / (mpg * MILE)
    text = (f"Dashboard photo (US gallons). How many gallons did the trip use (2 dp), what did "
            f"the fuel cost at ${float(price):.2f} a gallon, and what's the economy in L/100 km "
            "(1 dp)?")
    cost = same(cash(gallons * price), cash(r2(gallons) * price))
    return text, [num(gallons, 2), cost, num(l100, 1)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    relocation_rent_share, tuition_sinking_fund, midparental_height, ticket_resale_roi,
    sourdough_feed_ratio, solar_panels_fit_roof, csv_grade_bands_chart,
    receipt_office_order_discount, sign_drinking_water_group, sign_room_area_per_person,
    screen_sleep_stages_pie, screen_trip_economy)]
