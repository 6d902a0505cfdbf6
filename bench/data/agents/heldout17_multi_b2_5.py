"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 9: chatty everyday
requests mixing time, money, health and maths, with a few photos and tables."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import LB, MEAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, screen_of, sign_of, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def babysitter_hours_pay(rng: random.Random) -> Made:
    start = rng.randint(17, 20) * 60 + rng.choice([0, 15, 30, 45])
    end = start + 15 * rng.randint(10, 22)
    rate = rng.choice([12, 14, 15, 16, 18, 20])
    hrs = F(end - start, 60)
    pay = hrs * rate
    sh, sm = divmod(start, 60)
    eh, em = divmod(end % 1440, 60)
    text = (f"Babysitter came at {sh - 12}:{sm:02d} pm and left at {(eh - 1) % 12 + 1}:{em:02d} "
            f"{'pm' if 12 <= eh < 24 else 'am'}, ${rate}/hour. How many hours was that, and what "
            "do I owe her?")
    return text, [num(hrs, 2), cash(pay)]


@family
def medicine_schedule_and_total(rng: random.Random) -> Made:
    first = rng.randint(6, 9) * 60 + rng.choice([0, 30])
    every = rng.choice([4, 6, 8])
    doses = 24 // every
    mg = rng.choice([200, 250, 400, 500])
    days = rng.choice([5, 7, 10])
    third = first + 2 * every * 60
    text = (f"Antibiotic: {mg} mg every {every} hours around the clock, starting {first // 60}:"
            f"{first % 60:02d} am, for {days} days. What time is the third dose, and how many "
            "grams in the whole course?")
    grams = num(F(mg * doses * days, 1000), 2)
    return text, [clock(third), [f"{g} g" for g in grams] + [f"{g} grams" for g in grams]]


@family
def kid_growth_lb_percent(rng: random.Random) -> Made:
    a = F(rng.randint(80, 200), 10)
    b = a + F(rng.randint(5, 30), 10)
    gain = b - a
    pct = gain / a * 100
    lb = gain / LB
    if near(pct, 1) or near(lb, 2):
        return None
    text = (f"My toddler went from {float(a):g} kg to {float(b):g} kg since the last checkup. "
            "How much did she gain in kg and in pounds (2 dp), and what percent increase is that "
            "(1 dp)?")
    return text, [num(gain, 1), num(lb, 2), num(pct, 1)]


@family
def caffeine_cups_limit(rng: random.Random) -> Made:
    per = rng.choice([80, 95, 120, 150])
    cups = rng.randint(2, 6)
    limit = 400
    total = per * cups
    left = limit - total
    if left <= 0:
        return None
    more = left // per
    text = (f"Each of my coffees has about {per} mg caffeine and I've had {cups} today. Total so "
            f"far? With a 400 mg daily guideline, how many more full cups could I have?")
    return text, [[f"{total} mg", f"{total}mg"], [f"{more} more", f"{more} cup", f"{more} full"]]


@family
def paycheck_tax_then_gbp(rng: random.Random) -> Made:
    gross = rng.randint(2500, 7000)
    tax = rng.choice([18, 22, 24, 28])
    net = F(gross) * (100 - tax) / 100
    g = convert(net, "USD", "GBP")
    if near(g, 2, 0.001):
        return None
    text = (f"Moving to the UK. My US monthly gross is ${gross:,}, about {tax}% goes to tax. "
            "Take-home in dollars? And in pounds using 1 EUR = 1.17 USD = 0.87 GBP?")
    return text, [cash(net), gbp(g)]


@family
def car_loan_total_cost(rng: random.Random) -> Made:
    pay = rng.randint(180, 650)
    months = rng.choice([36, 48, 60, 72])
    down = rng.choice([1000, 2000, 3000, 5000])
    sticker = rng.randint(15000, 35000)
    total = pay * months + down
    extra = total - sticker
    if extra <= 0:
        return None
    text = (f"The dealer: ${down:,} down and ${pay}/month for {months} months on a "
            f"${sticker:,} car. Total I'd pay? And how much more than the sticker price?")
    return text, [cash(F(total)), cash(F(extra))]


@family
def screen_timer_finish(rng: random.Random) -> Made:
    now = rng.randint(13, 21) * 60 + rng.randint(0, 59)
    left_m, left_s = rng.randint(12, 95), rng.randint(0, 59)
    rows = [f"Now: {now // 60:02d}:{now % 60:02d}", f"Remaining: {left_m} min {left_s:02d} s",
            "Program: Eco wash"]
    recipe = screen_of(rng, "Washer", rows)
    end = now + left_m + (1 if left_s >= 30 else 0)
    if left_s == 30:
        return None
    kwh = F(rng.randint(5, 15), 10)
    rate = F(rng.choice([25, 28, 30, 34]), 100)
    text = (f"This is the washing machine display. What time will it finish (nearest minute)? "
            f"And if a wash uses {float(kwh):g} kWh at €{float(rate):.2f}/kWh, what does one wash "
            "cost?")
    return text, [clock(end), eur(kwh * rate)], {"image": recipe}


@family
def screen_exchange_app(rng: random.Random) -> Made:
    amt = rng.randint(50, 900)
    fee = rng.choice([1, 1.5, 2, 2.5])
    rows = ["From: EUR", "To: USD", f"Fee: {fee:g}%"]
    recipe = screen_of(rng, "Send money", rows)
    after = F(amt) * (100 - F(str(fee))) / 100
    out = convert(after, "EUR", "USD")
    if near(after, 2, 0.001) or near(out, 2, 0.001):
        return None
    text = (f"Sending €{amt} with this app (screenshot). After the fee shown, how many euros get "
            "converted, and how many dollars arrive at 1 EUR = 1.17 USD?")
    return text, [eur(after), usd(out)], {"image": recipe}


@family
def sign_fine_days(rng: random.Random) -> Made:
    fine = rng.choice([35, 50, 60, 75, 100])
    recipe = sign_of(rng, ["LIBRARY BOOKS", "LATE FEE 25c/DAY", f"MAX ${fine}"])
    days = rng.randint(10, 60)
    fee = min(F(days, 4), F(fine))
    cap_days = fine * 4
    text = (f"I'm {days} days late returning a book, this is the sign at the desk. What do I owe, "
            "and after how many days late would the fee hit the maximum?")
    return text, [cash(fee), [f"{cap_days} days", f"{cap_days} day"]], {"image": recipe}


@family
def sign_recycling_weight(rng: random.Random) -> Made:
    rate = rng.choice([5, 10, 15])
    recipe = sign_of(rng, ["CANS", f"{rate} CENTS PER LB"])
    kg = F(rng.randint(30, 250), 10)
    lb = kg / LB
    pay = lb * rate / 100
    if near(lb, 1) or near(pay, 2, 0.001):
        return None
    text = (f"I've got {float(kg):g} kg of cans. From the sign, what's that worth? (give the "
            "weight in lb to 1 dp as well)")
    return text, [num(lb, 1), cash(pay)], {"image": recipe}


@family
def percent_of_then_eq(rng: random.Random) -> Made:
    p = rng.choice([12, 15, 18, 24, 35, 45])
    n = rng.choice([40, 60, 80, 120, 150, 250])
    v = F(p * n, 100)
    a = rng.randint(2, 6)
    x = rng.randint(2, 15)
    b = a * x - v
    text = (f"(a) What is {p}% of {n}?\n(b) Call that answer k. Solve {a}x − {b} = k "
            "for x." if b >= 0 else f"(a) What is {p}% of {n}?\n(b) Call that answer k. "
            f"Solve {a}x + {-b} = k for x.")
    if b.denominator != 1:
        return None
    return text, [num(v, 1), [f"x = {x}", f"x={x}"]]


@family
def arith_seq_sum_plot(rng: random.Random) -> Made:
    a1, d = rng.randint(-5, 12), rng.choice([-3, -2, 2, 3, 4, 5, 7])
    n = rng.choice([10, 12, 15, 20])
    an = a1 + (n - 1) * d
    s = n * (a1 + an) // 2
    text = (f"Sequence starts {a1}, {a1 + d}, {a1 + 2 * d}, … What's term {n}, the sum of the "
            f"first "
            f"{n} terms, and can you plot the first {n} terms?")
    return text, [[f"= {an}", f"is {an}", f"**{an}**", f"{an}."], [f"= {s}", f"is {s}", f"**{s}**",
                                                                  f"{s}."], CHART]


@family
def geometric_savings_chart(rng: random.Random) -> Made:
    first = rng.choice([1, 2, 5, 10])
    r = 2
    n = rng.choice([8, 10, 12])
    last = first * r ** (n - 1)
    total = first * (r ** n - 1)
    text = (f"Savings challenge: put away ${first} in week 1 and double it every week for {n} "
            "weeks. How much do I put in the last week, what's the total saved, and chart the "
            "weekly amounts?")
    return text, [cash(F(last)), cash(F(total)), CHART]


@family
def csv_wages_mean_gbp(rng: random.Random) -> Made:
    staff = rng.sample(["Amy", "Bob", "Cal", "Dee", "Eve", "Finn", "Gia", "Hal"], rng.randint(5, 8))
    hrs = [rng.randint(10, 40) for _ in staff]
    rate = F(rng.randint(1100, 1600), 100)
    pay = [h * rate for h in hrs]
    total = sum(pay, F(0))
    mean = F(sum(hrs), len(hrs))
    e = convert(total, "GBP", "EUR")
    if near(mean, 1) or near(e, 2, 0.001):
        return None
    csv = "name,hours\n" + "".join(f"{n},{h}\n" for n, h in zip(staff, hrs, strict=True))
    text = (f"Everyone's paid £{float(rate):.2f}/h. From the hours CSV: mean hours (1 dp), total "
            "wage bill in pounds, and that bill in euros (1 EUR = 0.87 GBP)?")
    return text, [stat(MEAN, mean, 1), gbp(total), eur(e)], {"csv": csv}


@family
def csv_scatter_study_scores(rng: random.Random) -> Made:
    n = rng.randint(6, 9)
    hrs = [rng.randint(0, 12) for _ in range(n)]
    sc = [min(100, 40 + 5 * h + rng.randint(-8, 8)) for h in hrs]
    mx, my = sum(hrs) / n, sum(sc) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(hrs, sc, strict=True))
    sxx = sum((x - mx) ** 2 for x in hrs)
    syy = sum((y - my) ** 2 for y in sc)
    if sxx == 0 or syy == 0:
        return None
    r = sxy / math.sqrt(sxx * syy)
    slope = sxy / sxx
    if near(r, 2) or near(slope, 2):
        return None
    csv = "hours,score\n" + "".join(f"{h},{s}\n" for h, s in zip(hrs, sc, strict=True))
    text = ("study.csv has hours studied vs test score. Scatter plot please, the Pearson "
            "correlation (2 dp), and the slope of the least-squares line (2 dp).")
    return text, [CHART, num(r, 2), num(slope, 2)], {"csv": csv}


@family
def wedding_guests_budget(rng: random.Random) -> Made:
    guests = rng.randint(40, 180)
    per = rng.choice([45, 55, 65, 80, 95])
    venue = rng.choice([1500, 2500, 4000])
    total = guests * per + venue
    per_guest = F(total, guests)
    if near(per_guest, 2, 0.001):
        return None
    text = (f"wedding planning: {guests} guests, catering €{per} a head, venue hire €{venue:,}. "
            "total cost? and the all-in cost per guest?")
    return text, [eur(F(total)), eur(per_guest)]


@family
def tiles_bathroom_boxes(rng: random.Random) -> Made:
    w, ln = F(rng.randint(15, 35), 10), F(rng.randint(18, 40), 10)
    area = w * ln
    waste = 10
    need = area * (100 + waste) / 100
    box = F(rng.choice([10, 12, 15, 20]), 10)
    boxes = math.ceil(need / box)
    cost = price(rng, 18, 45)
    text = (f"Bathroom floor {float(w):g} m × {float(ln):g} m. Area? Add 10% for cuts — how many "
            f"boxes if each box covers {float(box):g} m²? Boxes are £{float(cost):.2f}, so total?")
    return text, [num(area, 2), [f"{boxes} boxes", f"{boxes} box"], gbp(boxes * cost)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    babysitter_hours_pay, medicine_schedule_and_total, kid_growth_lb_percent,
    caffeine_cups_limit, paycheck_tax_then_gbp, car_loan_total_cost, screen_timer_finish,
    screen_exchange_app, sign_fine_days, sign_recycling_weight, percent_of_then_eq,
    arith_seq_sum_plot, geometric_savings_chart, csv_wages_mean_gbp, csv_scatter_study_scores,
    wedding_guests_budget, tiles_bathroom_boxes)]
