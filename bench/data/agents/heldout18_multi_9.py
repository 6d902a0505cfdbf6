"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 9: app screenshots
(phone bill, share position, ride, weigh-ins, food diary, mortgage), a water-meter CSV, and
household, pharmacy, job-offer and road-camera questions with two kinds of work each."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_multi_3 import day_forms, say_day
from bench.data.agents.heldout18_multi_common import (
    CHART,
    FT,
    GAL,
    LB,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
    screen,
)
from bench.data.agents.helpers import Family


@family
def screen_phone_bill_eur(rng: random.Random) -> Made:
    plan, included = F(rng.randrange(2000, 7000, 50), 100), rng.choice([5, 10, 15, 20])
    used = F(rng.randint(included * 10 + 3, included * 10 + 90), 10)
    per = F(rng.choice([300, 450, 500, 750, 1000]), 100)
    extra = math.ceil(used - included)
    if used == int(used):
        return None
    bill = plan + extra * per
    recipe = screen(rng, "My plan", [f"Plan: ${float(plan):.2f}/month", f"Included: {included} GB",
                                     f"Data used: {float(used):.1f} GB"])
    text = (f"My carrier charges ${float(per):.2f} for each extra GB or part of one over the "
            "allowance. Going by this screenshot, what's this month's bill, and what's it in euros "
            "(1 EUR = 1.17 USD)?")
    return text, [cash(bill), cash(bill / RATE["USD"])], {"image": recipe}


@family
def screen_stock_position_gbp(rng: random.Random) -> Made:
    shares, cost = rng.randint(5, 400), F(rng.randrange(1000, 40000), 100)
    last = cost + F(rng.randint(-int(cost * 30), int(cost * 50)), 100)
    if last == cost or last <= 0:
        return None
    gain = (last - cost) * shares
    recipe = screen(rng, "Portfolio", [f"ACME  shares: {shares}", f"Avg cost: ${float(cost):.2f}",
                                       f"Last price: ${float(last):.2f}"])
    text = pick(rng, "What's my profit or loss on this position in dollars, the percentage return "
                     f"(2 dp), and the profit/loss in pounds ({RATES_TEXT})?",
                "screenshot from my broker - gain/loss in $, % return to 2 decimals, and the same "
                "gain/loss converted to GBP at 1 EUR = 1.17 USD = 0.87 GBP")
    pct = (last - cost) / cost * 100
    gbp = gain / RATE["USD"] * RATE["GBP"]
    return text, [cash(gain) + cash(abs(gain)), num(pct, 2) + num(abs(pct), 2),
                  cash(gbp) + cash(abs(gbp))], {"image": recipe}


@family
def screen_ride_climb(rng: random.Random) -> Made:
    km, gain = F(rng.randint(150, 1600), 10), rng.randrange(80, 2500, 10)
    secs = int(km * rng.randint(100, 200))
    h, rest = divmod(secs, 3600)
    recipe = screen(rng, "Ride", [f"Distance {float(km):.1f} km", f"Elev gain {gain} m",
                                  f"Moving time {h}:{rest // 60:02d}:{rest % 60:02d}"])
    text = ("From my ride screenshot: average moving speed in km/h (1 dp), the climbing in feet "
            "(nearest foot), and metres climbed per km ridden (1 dp)?")
    return text, [num(km / secs * 3600, 1), num(gain / FT, 0), num(gain / km, 1)], \
        {"image": recipe}


@family
def screen_weigh_in_chart(rng: random.Random) -> Made:
    start = F(rng.randint(700, 1200), 10)
    weights = [start]
    for _ in range(rng.randint(3, 6)):
        weights.append(weights[-1] - F(rng.randint(-3, 12), 10))
    day = dt.date(2026, rng.randint(1, 9), rng.randint(1, 20))
    rows = [f"{(day + dt.timedelta(weeks=i)).strftime('%d %b')}  {float(w):.1f} kg"
            for i, w in enumerate(weights)]
    loss = weights[0] - weights[-1]
    if loss <= 0:
        return None
    recipe = screen(rng, "Weigh-ins", rows)
    text = ("These are my weekly weigh-ins. How much have I lost in total, in pounds (1 dp)? "
            "What's the average loss per week in kg (2 dp)? And chart the weights please.")
    return text, [num(loss / LB, 1), num(loss / (len(weights) - 1), 2), CHART], {"image": recipe}


@family
def screen_food_diary_kj(rng: random.Random) -> Made:
    meals = [(m, rng.randrange(lo, hi, 10)) for m, lo, hi in [("Breakfast", 250, 650),
             ("Lunch", 400, 900), ("Snacks", 80, 400), ("Dinner", 500, 1100)]]
    goal = rng.randrange(1600, 2801, 100)
    total = sum(k for _, k in meals)
    if total == goal:
        return None
    recipe = screen(rng, "Food diary (kcal)", [f"{m}  {k}" for m, k in meals])
    text = (f"My goal is {goal} kcal a day. From today's diary: total eaten, how much I've got "
            "left (or how far over I am), and the total in kJ (x 4.184, nearest kJ)?")
    return text, [[f"{total} kcal", f"{total} calories", f"{total:,} kcal"],
                  [f"{abs(goal - total)} kcal", f"{abs(goal - total)} calories"],
                  num(total * F("4.184"), 0)], {"image": recipe}


@family
def screen_mortgage_payment(rng: random.Random) -> Made:
    loan = rng.randrange(80000, 600001, 5000)
    rate, years = F(rng.randrange(200, 750, 5), 100), rng.choice([15, 20, 25, 30])
    r, n = float(rate) / 1200, years * 12
    pay = loan * r / (1 - (1 + r) ** -n)
    interest = round(pay, 2) * n - loan
    recipe = screen(rng, "Mortgage quote", [f"Loan: ${loan:,}", f"Rate: {float(rate):g}% APR",
                                            f"Term: {years} years"])
    text = ("From this quote, assuming a normal repayment mortgage with monthly payments (monthly "
            "rate = APR/12): what's the monthly payment, and the total interest over the whole "
            "term if every payment is that rounded amount?")
    return text, [cash(pay), cash(interest)], {"image": recipe}


@family
def csv_water_meter(rng: random.Random) -> Made:
    days = rng.randint(6, 12)
    reading = F(rng.randint(10000, 90000), 10)
    rows = []
    for i in range(days + 1):
        rows.append((f"2026-05-{i + 1:02d}", f"{float(reading):.3f}"))
        reading += F(rng.randint(150, 900), 1000)
    used = F(rows[-1][1]) - F(rows[0][1])
    price = F(rng.randrange(150, 450, 5), 100)
    csv = "date,meter_m3\n" + "\n".join(f"{d},{v}" for d, v in rows) + "\n"
    text = (f"Water meter readings attached (cumulative, in cubic metres). How many litres did we "
            f"use over the whole period, the average litres per day, and the cost at "
            f"\u00a3{float(price):.2f} per m\u00b3?")
    litres = used * 1000
    return text, [[str(int(litres)), f"{int(litres):,}"], num(litres / days, 1),
                  cash(used * price)], {"csv": csv}


@family
def therms_to_kwh_cost(rng: random.Random) -> Made:
    therms, price = rng.randint(20, 180), F(rng.randrange(80, 250), 100)
    kwh = therms * F("29.3071")
    text = pick(rng, f"My gas bill says I used {therms} therms at ${float(price):.2f} per therm. "
                     "What's that in kWh (1 therm = 29.3071 kWh, nearest kWh), and what did I pay "
                     "per kWh in cents (2 dp)?",
                f"{therms} therms used, ${float(price):.2f}/therm - convert to kWh (29.3071 each, "
                "round to whole) and give the bill total and the price per kWh in cents, 2dp")
    out = [num(kwh, 0), num(price * 100 / F("29.3071"), 2)]
    if "bill total" in text:
        out.append(cash(therms * price))
    return text, out


@family
def sprinkler_water_cost(rng: random.Random) -> Made:
    gpm, mins, days = F(rng.randint(15, 60), 10), rng.randrange(10, 61, 5), rng.randint(8, 31)
    per_k = F(rng.randrange(250, 900, 5), 100)
    gallons = gpm * mins * days
    text = (f"The sprinkler puts out {float(gpm):g} gallons a minute and runs {mins} minutes a day "
            f"for {days} days. How many US gallons is that, how many litres (nearest litre), and "
            f"what does it cost at ${float(per_k):.2f} per 1,000 gallons?")
    return text, [num(gallons, 1), num(gallons * GAL, 0), cash(gallons / 1000 * per_k)]


@family
def pill_supply_refill(rng: random.Random) -> Made:
    start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    per_day, count = rng.choice([1, 2, 3]), rng.choice([28, 30, 56, 60, 84, 90, 100, 120])
    days = count // per_day
    if count % per_day:
        return None
    last = start + dt.timedelta(days=days - 1)
    ahead = rng.choice([5, 7, 10])
    text = (f"I started a new box of {count} tablets on {say_day(start)}, taking {per_day} a day "
            "(first dose that day). On what date do I take the last one? The pharmacy wants "
            f"refill requests {ahead} days before that - what date is that?")
    return text, [day_forms(last), day_forms(last - dt.timedelta(days=ahead))]


@family
def job_offers_compare(rng: random.Random) -> Made:
    hourly, hours, weeks = F(rng.randrange(1800, 6000, 25), 100), rng.choice([35, 37.5, 40]), \
        rng.choice([48, 50, 52])
    eur = rng.randrange(32000, 85001, 500)
    a = hourly * F(str(hours)) * weeks
    b = eur * RATE["USD"]
    if abs(a - b) < 100:
        return None
    text = (f"Two offers: a US job at ${float(hourly):.2f}/hour, {hours:g} hours a week, "
            f"{weeks} paid weeks a year; or a job in Dublin paying \u20ac{eur:,} a year. Using "
            "1 EUR = 1.17 USD, what is each worth a year in dollars, and how much more does the "
            "better one pay?")
    return text, [cash(a), cash(b), same(cash(abs(a - b)), cash(abs(r2(a) - r2(b))))]


@family
def average_speed_cameras(rng: random.Random) -> Made:
    km, limit = F(rng.randint(15, 120), 10), rng.choice([50, 60, 80, 100, 110])
    secs = rng.randint(int(km * 3600 / (limit * 1.3)), int(km * 3600 / (limit * 0.8)))
    kmh = km / secs * 3600
    text = (f"Average speed cameras {float(km):g} km apart; my car passed the two in {secs // 60} "
            f"min {secs % 60} s. What was my average speed in km/h and in mph (1 dp each), and by "
            f"how many km/h was I over or under the {limit} km/h limit (1 dp)?")
    if abs(kmh - limit) < F(1, 10):
        return None
    return text, [num(kmh, 1), num(kmh / MILE, 1), num(abs(kmh - limit), 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    screen_phone_bill_eur, screen_stock_position_gbp, screen_ride_climb, screen_weigh_in_chart,
    screen_food_diary_kj, screen_mortgage_payment, csv_water_meter, therms_to_kwh_cost,
    sprinkler_water_cost, pill_supply_refill, job_offers_compare, average_speed_cameras)]
