"""Round 22 (``A_m_h_*``, dev now) for ``muse bench agents``, multi_h part 4: app screenshots
with sums, more charts, health with conversions, chained plans."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import forms, r2
from bench.data.agents.heldout22_multi_h import (
    PLOT,
    M,
    Tie,
    both,
    cash,
    clock,
    fam,
    num,
    phone,
    till,
)
from bench.data.agents.helpers import Family, Item


@fam
def screenshot_bank_spend_convert(rng: random.Random) -> Item:
    shops = rng.sample(["Tesco", "Uber", "Netflix", "Boots", "Costa", "Amazon", "Shell"], rng.randint(3, 5))
    amts = [rng.randint(250, 6500) for _ in shops]
    rate = rng.choice(["1.27", "1.26", "1.28"])
    rows = [f"{s}  -£{a / 100:.2f}" for s, a in zip(shops, amts, strict=True)]
    tot = F(sum(amts), 100)
    text = f"Screenshot of my banking app. How much did I spend across these, and what's that in USD at £1 = ${rate}?"
    return M(text, "screenshot_bank_spend_convert", [cash(tot), cash(tot * F(rate))], image=phone(rng, "Recent", rows))


@fam
def screenshot_steps_goal(rng: random.Random) -> Item:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    vals = [rng.randint(4000, 13000) for _ in days]
    goal = rng.choice([8000, 10000, 7500])
    rows = [f"{d}: {v} steps" for d, v in zip(days, vals, strict=True)]
    hit = sum(v >= goal for v in vals)
    mean = F(sum(vals), 5)
    text = f"From my fitness app screenshot: on how many days did I reach {goal} steps, and what was my average?"
    return M(text, "screenshot_steps_goal", [[f"{hit} days", f"{hit} of the", f"{hit} out of"], num(mean, 1) + num(mean, 0)], image=phone(rng, "Steps", rows))


@fam
def screenshot_flight_duration(rng: random.Random) -> Item:
    dep = rng.randint(6, 14) * 60 + rng.choice([5, 20, 35, 50])
    dur = rng.randint(95, 600)
    arr = dep + dur
    rows = [f"Flight BA{rng.randint(100, 999)}", f"Depart {dep // 60:02d}:{dep % 60:02d}", f"Arrive {arr // 60 % 24:02d}:{arr % 60:02d}", "Same time zone"]
    h, m = divmod(dur, 60)
    miles = rng.randint(300, 3000)
    text = f"How long is this flight (from the screenshot)? And the route is {miles} miles, what's that in km at 1.609?"
    return M(text, "screenshot_flight_duration", [[f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} hr {m} min", f"{h}h{m:02d}"], both(num(miles * F("1.609"), 1), num(miles * F("1.609"), 3), forms(miles * F("1.609"), 2), forms(miles * F("1.609"), 0))],
             image=phone(rng, "Booking", rows))


@fam
def screenshot_subscriptions_yearly(rng: random.Random) -> Item:
    subs = rng.sample(["Spotify", "Netflix", "iCloud", "Gym", "Disney+", "YouTube", "Audible"], rng.randint(3, 5))
    prices = [rng.randint(199, 2999) for _ in subs]
    rows = [f"{s}  ${p / 100:.2f}/mo" for s, p in zip(subs, prices, strict=True)]
    mo = F(sum(prices), 100)
    text = "These are my subscriptions (screenshot). Monthly total? and what do they cost me over a year?"
    return M(text, "screenshot_subscriptions_yearly", [cash(mo), cash(mo * 12)], image=phone(rng, "Subscriptions", rows))


@fam
def screenshot_order_delivery_days(rng: random.Random) -> Item:
    import datetime as dt
    d0 = dt.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    n = rng.randint(3, 21)
    d1 = d0 + dt.timedelta(days=n)
    price = F(rng.randint(1500, 25000), 100)
    rows = [f"Order #{rng.randint(10000, 99999)}", f"Placed: {d0.isoformat()}", f"Total: ${float(price):.2f}"]
    text = f"Order screenshot attached. It says delivery takes {n} days from the order date — what date is that? And if I get 10% of the total refunded, what did it end up costing me?"
    return M(text, "screenshot_order_delivery_days", [[d1.isoformat(), f"{d1:%B} {d1.day}", f"{d1.day} {d1:%B}"], cash(price * F(9, 10))],
             image=phone(rng, "My orders", rows))


@fam
def screenshot_sleep_average(rng: random.Random) -> Item:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    mins = [rng.randint(300, 540) for _ in days]
    rows = [f"{d}  {m // 60}h {m % 60:02d}m" for d, m in zip(days, mins, strict=True)]
    mean = F(sum(mins), len(days))
    mr = round(mean)
    if abs(mean - int(mean) - F(1, 2)) < F(1, 50):
        raise Tie(mean)
    h, m = divmod(mr, 60)
    tot = sum(mins)
    text = "Sleep tracker screenshot. What's my total sleep over these nights and my average per night (nearest minute)?"
    th, tmn = divmod(tot, 60)
    return M(text, "screenshot_sleep_average", [[f"{th}h {tmn}m", f"{th} hours {tmn} minutes", f"{th} hours and {tmn} minutes", f"{tot} minutes"], [f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m:02d}m", f"{mr} minutes"]],
             image=phone(rng, "Sleep", rows))


@fam
def plot_loan_payoff_and_months(rng: random.Random) -> Item:
    owed = rng.randint(8, 60) * 100
    pay = rng.choice([150, 200, 250, 300, 400])
    months = -(-owed // pay)
    text = f"I owe ${owed:,} on a 0% card and pay ${pay} a month. How many months until it's paid off? Please also graph the balance going down."
    return M(text, "plot_loan_payoff_and_months", [[f"{months} months"], PLOT])


@fam
def plot_sine_and_value(rng: random.Random) -> Item:
    import math
    a = rng.randint(2, 9)
    deg = rng.choice([30, 90, 150, 210, 270, 330])
    val = F(a) * {30: F(1, 2), 90: F(1), 150: F(1, 2), 210: F(-1, 2), 270: F(-1), 330: F(-1, 2)}[deg]
    text = rng.choice([f"plot y = {a} sin(x) for x from 0 to 2π, and what is {a}·sin({deg}°)?",
                       f"Could you graph {a}sin x over one period and also tell me the value of {a} sin {deg} degrees?"])
    del math
    return M(text, "plot_sine_and_value", [[f"= {v}" for v in num(val, 1)] + [f"is {v}" for v in num(val, 1)] + [f"equals {v}" for v in num(val, 1)] + ([f"= {val}", f"is {val}"] if val.denominator != 1 else []), PLOT])


@fam
def plot_expenses_and_biggest_share(rng: random.Random) -> Item:
    cats = rng.sample(["rent", "food", "transport", "fun", "bills", "savings"], 4)
    vals = rng.sample(range(80, 1400, 10), 4)
    big = max(range(4), key=lambda i: vals[i])
    share = F(vals[big] * 100, sum(vals))
    text = ("monthly spending: " + ", ".join(f"{c} {v}" for c, v in zip(cats, vals, strict=True))
            + ". make me a pie chart and tell me what % the biggest category is (1 decimal)")
    return M(text, "plot_expenses_and_biggest_share", [[f"{v}{u}" for v in num(share, 1) for u in ("%", " percent")], PLOT])


@fam
def plot_compound_growth(rng: random.Random) -> Item:
    p = rng.choice([1000, 2000, 2500, 5000, 10000])
    r = rng.choice([3, 4, 5, 6, 7])
    n = rng.randint(3, 10)
    val = F(p) * F(100 + r, 100) ** n
    text = f"If I invest ${p:,} at {r}% a year compounded yearly, what's it worth after {n} years? Plot the growth year by year too."
    return M(text, "plot_compound_growth", [cash(val), PLOT])


@fam
def plot_inequality_and_solve(rng: random.Random) -> Item:
    a = rng.randint(2, 8)
    x = rng.randint(-6, 12)
    b = rng.randint(1, 20)
    text = f"Solve {a}x - {b} > {a * x - b} and plot y = {a}x - {b} please."
    return M(text, "plot_inequality_and_solve", [[f"x > {x}", f"x>{x}", f"({x}, ∞)", f"({x}, oo)"], PLOT])


@fam
def kg_to_lb_then_protein(rng: random.Random) -> Item:
    lb = rng.randint(110, 260)
    gpk = F(rng.choice([12, 14, 16, 18, 20, 22]), 10)
    kg = lb * F("0.4536")
    prot = kg * gpk
    text = f"I'm {lb} lbs. In kg that's? (use 0.4536) and if I want {float(gpk):g} g of protein per kg, how many grams a day? whole grams"
    return M(text, "kg_to_lb_then_protein", [both(num(kg, 1), num(kg, 2), forms(kg, 4)), both(num(prot, 0), num(r2(kg, 1) * gpk, 0))])


@fam
def stone_to_kg_bmi(rng: random.Random) -> Item:
    st, lb = rng.randint(8, 17), rng.randint(0, 13)
    cm = rng.randint(152, 193)
    kg = (st * 14 + lb) * F("0.4536")
    bmi = kg / F(cm, 100) ** 2
    text = f"I'm {st} st {lb} lb and {cm}cm. kg please (1dp, 1 lb = 0.4536 kg), and my BMI (1dp)"
    return M(text, "stone_to_kg_bmi", [num(kg, 1), both(num(bmi, 1), num(bmi, 2), num(r2(kg, 1) / F(cm, 100) ** 2, 1))])


@fam
def harris_benedict_and_tdee(rng: random.Random) -> Item:
    kg, cm, age = rng.randint(50, 110), rng.randint(155, 195), rng.randint(20, 70)
    act = rng.choice(["1.2", "1.375", "1.55", "1.725"])
    sex = rng.choice(["man", "woman"])
    bmr = 10 * kg + F(625, 100) * cm - 5 * age + (5 if sex == "man" else -161)
    tdee = bmr * F(act)
    text = (f"{age}-year-old {sex}, {kg} kg, {cm} cm. BMR with Mifflin-St Jeor, then daily calories with activity factor {act}? round both to whole kcal")
    return M(text, "harris_benedict_and_tdee", [num(bmr, 0) + num(bmr, 2), both(num(tdee, 0), num(r2(bmr, 0) * F(act), 0))])


@fam
def pace_min_per_mile_to_km(rng: random.Random) -> Item:
    m, s = rng.randint(7, 13), rng.choice([0, 15, 30, 45, 10, 50])
    dist = rng.choice([5, 10])
    sec_mile = m * 60 + s
    sec_km = F(sec_mile) / F("1.609344")
    r = round(sec_km)
    if abs(sec_km - int(sec_km) - F(1, 2)) < F(1, 20):
        raise Tie(0)
    tot = sec_km * dist * 1000 / 1000
    tr = round(tot)
    if abs(tot - int(tot) - F(1, 2)) < F(1, 20):
        raise Tie(0)
    text = (f"I run {m}:{s:02d} per mile. What's that per km (1 mile = 1.609344 km), and what would my {dist}K time be at that pace? nearest second")
    def ms(t: int) -> list[str]:
        return [f"{t // 60}:{t % 60:02d}", f"{t // 3600}:{t // 60 % 60:02d}:{t % 60:02d}", f"{t // 60} min {t % 60} s", f"{t // 60}m {t % 60}s", f"{t // 60} minutes {t % 60} seconds"]
    return M(text, "pace_min_per_mile_to_km", [ms(r)[:1] + ms(r)[2:], both(ms(tr), ms(r * dist))])


@fam
def hr_reserve_zone_and_minutes(rng: random.Random) -> Item:
    age = rng.randint(25, 60)
    rest = rng.randint(52, 80)
    pct = rng.choice([60, 65, 70, 75, 80])
    mx = 220 - age
    tgt = rest + F((mx - rest) * pct, 100)
    sessions, each = rng.randint(3, 6), rng.choice([25, 30, 40, 45])
    text = (f"Karvonen: I'm {age}, resting HR {rest}. What's {pct}% of heart-rate reserve as a target bpm (max = 220 − age)? "
            f"Also {sessions} sessions of {each} min — total minutes this week?")
    return M(text, "hr_reserve_zone_and_minutes", [num(tgt, 0) + num(tgt, 1), [f"{sessions * each} minutes", f"{sessions * each} min"]])


@fam
def waist_inches_and_ratio(rng: random.Random) -> Item:
    w = rng.randint(26, 44)
    h = rng.randint(32, 50)
    cm = w * F("2.54")
    ratio = F(w, h)
    text = f"my waist is {w} in and hips {h} in. waist in cm (×2.54)? and waist-to-hip ratio, 2 decimals?"
    return M(text, "waist_inches_and_ratio", [num(cm, 2), num(ratio, 2)])


@fam
def plan_cook_finish_time(rng: random.Random) -> Item:
    kg = F(rng.randint(30, 70), 10)
    per = rng.choice([40, 45, 50])
    extra = rng.choice([20, 25, 30])
    eat = rng.randint(17, 20) * 60 + rng.choice([0, 30])
    rest = rng.choice([15, 20, 30])
    cook = kg * per + extra
    if cook.denominator != 1:
        raise Tie(cook)
    start = eat - int(cook) - rest
    text = (f"Turkey is {float(kg):g} kg. Cooking time is {per} min per kg plus {extra} min, then it rests {rest} min. "
            f"How long in the oven (minutes), and what time must it go in to eat at {eat // 60}:{eat % 60:02d}?")
    return M(text, "plan_cook_finish_time", [[f"{int(cook)} minutes", f"{int(cook)} min"], clock(start)])


@fam
def two_receipts_compare(rng: random.Random) -> Item:
    lines = [(g, rng.randint(99, 999)) for g in rng.sample(["Milk", "Eggs", "Bread", "Rice", "Tea", "Jam", "Oats"], 4)]
    other = F(rng.randint(1500, 4000), 100)
    tot = F(sum(c for _, c in lines), 100)
    diff = abs(tot - other)
    text = f"This receipt vs the other shop where the same basket was ${float(other):.2f}. Total here? And what's the difference between the two?"
    return M(text, "two_receipts_compare", [cash(tot), cash(diff)], image=till(rng, "Aldi", lines))


@fam
def receipt_cashback_change(rng: random.Random) -> Item:
    lines = [(g, rng.randint(150, 1800)) for g in rng.sample(["Nails", "Glue", "Hooks", "Batteries", "Bulbs", "Tape"], 3)]
    tot = F(sum(c for _, c in lines), 100)
    paid = (int(tot) // 10 + 1) * 10 + rng.choice([0, 10, 20])
    text = f"I paid with ${paid} cash for this. What was the total and how much change should I have gotten back?"
    return M(text, "receipt_cashback_change", [cash(tot), cash(paid - tot)], image=till(rng, "Hardware Plus", lines))


@fam
def receipt_per_person_uneven(rng: random.Random) -> Item:
    names = rng.sample(["Burger", "Salad", "Pizza", "Steak", "Soup", "Tacos"], 3)
    cents = rng.sample(range(900, 2800), 3)
    lines = list(zip(names, cents, strict=True))
    shared = rng.choice([F(6), F(8), F(10), F(12)])
    who = rng.choice(lines)
    text = (f"Receipt from lunch with friends, each of us had one main. I had the {who[0]}. We also agreed to split a ${float(shared):g} bottle of wine three ways "
            "(not on this receipt). What do I owe, and what's the total of the receipt?")
    return M(text, "receipt_per_person_uneven", [cash(F(who[1], 100) + shared / 3), cash(F(sum(cents), 100))], image=till(rng, "Bistro 9", lines))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    screenshot_bank_spend_convert, screenshot_steps_goal, screenshot_flight_duration,
    screenshot_subscriptions_yearly, screenshot_order_delivery_days, screenshot_sleep_average,
    plot_loan_payoff_and_months, plot_sine_and_value, plot_expenses_and_biggest_share,
    plot_compound_growth, plot_inequality_and_solve, kg_to_lb_then_protein, stone_to_kg_bmi,
    harris_benedict_and_tdee, pace_min_per_mile_to_km, hr_reserve_zone_and_minutes,
    waist_inches_and_ratio, plan_cook_finish_time, two_receipts_compare, receipt_cashback_change,
    receipt_per_person_uneven,
)]
