"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 11: cakes, gyms,
batteries, ski slopes, dates and birthdays, hill and exchange-board signs, car-charging and
school-report screenshots, and CSVs of quarterly profit and a team's BMI."""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_multi_3 import day_forms, say_day
from bench.data.agents.heldout18_multi_common import (
    CHART,
    FT,
    MEAN,
    F,
    Made,
    cash,
    clock,
    family,
    num,
    pick,
    r2,
    same,
    screen,
    sign,
    stat,
)
from bench.data.agents.helpers import Family


@family
def wedding_cake_servings(rng: random.Random) -> Made:
    tiers = sorted(rng.sample([6, 8, 9, 10, 12, 14], rng.randint(2, 4)))
    height = rng.choice([3, 4])
    vol = sum(math.pi * (d / 2) ** 2 * height for d in tiers)
    slice_in3 = rng.choice([8, 9, 12])
    sizes = ", ".join(map(str, tiers[:-1])) + f" and {tiers[-1]}"
    if vol / slice_in3 - math.floor(vol / slice_in3) < 0.02:
        return None
    text = (f"Wedding cake with round tiers of {sizes} inches across, each "
            f"{height} inches tall. Total cake volume in cubic inches (nearest whole)? If a "
            f"serving is {slice_in3} cubic inches, how many full servings?")
    return text, [num(vol, 0), [f"{math.floor(vol / slice_in3)} servings",
                                f"{math.floor(vol / slice_in3)} full servings"]]


@family
def gym_cost_per_visit(rng: random.Random) -> Made:
    join, monthly = rng.randrange(0, 151, 25), F(rng.randrange(1999, 8999, 100), 100)
    visits, drop_in = rng.randint(1, 5), F(rng.randrange(800, 2500, 50), 100)
    year = join + monthly * 12
    per = year / (visits * 52)
    text = pick(rng, f"Gym membership: ${join} joining fee plus ${float(monthly):.2f} a month. I'd "
                     f"go {visits} times a week, 52 weeks. First-year cost per visit? And how many "
                     f"visits a year would make it cheaper than ${float(drop_in):.2f} drop-in "
                     "passes?",
                f"first year at the gym = ${join} signup + ${float(monthly):.2f}/month.\nat "
                f"{visits}x per week what's that per visit?\ndrop-in is ${float(drop_in):.2f} - "
                "minimum visits per year for membership to be cheaper?")
    need = math.floor(year / drop_in) + 1
    return text, [cash(per), [f"{need} visits", f"{need} times"]]


@family
def solar_battery_hours(rng: random.Random) -> Made:
    kwh, usable = F(rng.randint(20, 150), 10), rng.choice([80, 90, 95, 100])
    load, panel = rng.randrange(150, 2001, 50), rng.randrange(200, 1201, 50)
    eff = rng.choice([70, 75, 80, 85])
    hours = kwh * usable / 100 * 1000 / load
    charge = kwh * usable / 100 * 1000 / (panel * F(eff, 100))
    text = (f"Camper van power: {float(kwh):g} kWh battery, {usable}% usable. Running a {load} W "
            "load, how many hours does it last (1 dp)? Refilling that usable energy from "
            f"{panel} W of solar at {eff}% real-world efficiency takes how many hours (1 dp)?")
    return text, [num(hours, 1), num(charge, 1)]


@family
def ski_slope_gradient(rng: random.Random) -> Made:
    drop, length = rng.randrange(80, 900, 10), rng.randrange(400, 3500, 50)
    if drop >= length * 0.7:
        return None
    angle = math.degrees(math.asin(drop / length))
    horiz = math.sqrt(length ** 2 - drop ** 2)
    text = (f"A ski run drops {drop} m in height over {length} m measured along the slope. "
            "What's the average angle of the slope in degrees (1 dp), its gradient as a percent "
            "(rise over horizontal run, 1 dp), and the drop in feet (nearest foot)?")
    return text, [num(angle, 1), num(drop / horiz * 100, 1), num(F(drop) / FT, 0)]


@family
def vaccine_schedule_dates(rng: random.Random) -> Made:
    first = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    gap, months = rng.choice([21, 28, 35, 42, 56]), rng.choice([3, 6, 9, 12])
    second = first + dt.timedelta(days=gap)
    m = second.month - 1 + months
    y, mo = second.year + m // 12, m % 12 + 1
    if second.day > 28:
        return None
    booster = dt.date(y, mo, second.day)
    text = (f"Travel clinic schedule: dose 1 on {say_day(first)}, dose 2 {gap} days later, booster "
            f"{months} months after dose 2 (same day of the month). Dates for dose 2 and the "
            "booster? And how many days from dose 1 to the booster?")
    return text, [day_forms(second), day_forms(booster), [f"{(booster - first).days} days"]]


@family
def exact_age_next_birthday(rng: random.Random) -> Made:
    born = dt.date(rng.randint(1950, 2015), rng.randint(1, 12), rng.randint(1, 28))
    today = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    nxt = born.replace(year=today.year)
    if nxt <= today:
        nxt = born.replace(year=today.year + 1)
    days = (nxt - today).days
    text = pick(rng, f"My mum was born on {say_day(born)}. Today is {say_day(today)}. How old is "
                     "she, and how many days until her next birthday?",
                f"born {born.isoformat()}, today {today.isoformat()} - age in whole years and days "
                "to the next birthday?")
    return text, [[f"{age} years", f"{age} years old", f"is {age}"], [f"{days} days"]]


@family
def sign_steep_hill_grade(rng: random.Random) -> Made:
    grade, km = rng.choice([6, 8, 10, 12, 14, 15, 18, 20]), F(rng.randint(5, 60), 10)
    recipe = sign(rng, ["STEEP HILL", f"{grade}%", f"NEXT {float(km):g} KM"])
    horiz = km * 1000 / math.sqrt(1 + (grade / 100) ** 2)
    drop = float(horiz) * grade / 100
    text = (f"Cycling down past this sign. Treating the {float(km):g} km as distance along the "
            "road and the % as rise over horizontal run, how much height do we lose in metres "
            "(nearest metre) and in feet (nearest foot)? And what's the slope angle in degrees "
            "(2 dp)?")
    return text, [num(drop, 0), num(drop / float(FT), 0),
                  num(math.degrees(math.atan(grade / 100)), 2)], {"image": recipe}


@family
def sign_exchange_board(rng: random.Random) -> Made:
    usd, gbp = F(rng.randint(108, 125), 100), F(rng.randint(82, 92), 100)
    recipe = sign(rng, ["1 EUR BUYS", f"USD {float(usd):.2f}", f"GBP {float(gbp):.2f}"])
    a, b = rng.randrange(100, 1001, 50), rng.randrange(50, 501, 10)
    fee = rng.choice([2, F(5, 2), 3, 4])
    text = (f"This is the board at the exchange kiosk. With {a} euros, how many dollars do I get "
            f"at this rate? And they charge {float(fee):g}% commission taken off the euros first "
            f"- so how many pounds for {b} euros?")
    return text, [cash(a * usd), cash(b * (1 - F(fee) / 100) * gbp)], {"image": recipe}


@family
def screen_ev_charge_time(rng: random.Random) -> Made:
    cap, soc = rng.choice([40, 52, 58, 64, 77, 82, 100]), rng.randint(5, 45)
    kw, target = rng.choice([F("7.4"), F(11), F(22), F(50)]), rng.choice([80, 90, 100])
    price = F(rng.randrange(15, 65), 100)
    need = F(cap * (target - soc), 100)
    minutes = need / kw * 60
    start = rng.randrange(17 * 60, 23 * 60, 5)
    recipe = screen(rng, "Charging", [f"Battery: {cap} kWh", f"Charge: {soc}%",
                                      f"Charger: {float(kw):g} kW"])
    text = (f"If I plug in now at {start // 60}:{start % 60:02d} and charge to {target}% (assume "
            "full charger power, no losses), how much energy goes in (kWh, 2 dp), when will it "
            f"finish (nearest minute), and what does it cost at ${float(price):.2f}/kWh?")
    fin = start + int(num(minutes, 0)[0])
    return text, [num(need, 2), clock(fin), cash(need * price)], {"image": recipe}


@family
def screen_school_report(rng: random.Random) -> Made:
    subs = rng.sample(["Maths", "English", "Science", "History", "French", "Art", "Music"], 4)
    marks = [(s, rng.choice([40, 50, 60, 80, 100])) for s in subs]
    got = [(s, rng.randint(int(o * 0.35), o), o) for s, o in marks]
    recipe = screen(rng, "Term report", [f"{s}: {g}/{o}" for s, g, o in got])
    pcts = [F(g * 100, o) for _, g, o in got]
    overall = F(sum(g for _, g, _ in got) * 100, sum(o for _, _, o in got))
    text = ("My son's report is in the screenshot. What's the average of his four subject "
            "percentages (1 dp), and his overall percentage if you add up all the marks (1 dp)?")
    mean = sum(pcts, F(0)) / 4
    if abs(mean - overall) < F(1, 10):
        return None
    return text, [stat(MEAN, mean, 1) + num(mean, 1), num(overall, 1)], {"image": recipe}


@family
def csv_quarterly_profit(rng: random.Random) -> Made:
    rows = []
    for q in range(1, rng.choice([5, 9])):
        rev = rng.randrange(40000, 250000, 100)
        rows.append((f"Q{(q - 1) % 4 + 1} {2024 + (q - 1) // 4}", rev,
                     int(rev * rng.uniform(0.6, 1.05)) // 100 * 100))
    revenue, costs = sum(r for _, r, _ in rows), sum(c for _, _, c in rows)
    csv = "quarter,revenue,costs\n" + "\n".join(f"{q},{r},{c}" for q, r, c in rows) + "\n"
    text = ("Quarterly figures attached. Total profit over the whole period, the overall profit "
            "margin (profit / revenue, 2 dp %), and a chart of profit by quarter please.")
    return text, [[str(revenue - costs), f"{revenue - costs:,}"],
                  num(F((revenue - costs) * 100, revenue), 2), CHART], {"csv": csv}


@family
def csv_team_bmi(rng: random.Random) -> Made:
    names = rng.sample(["Ana", "Ben", "Cal", "Dee", "Eve", "Fin", "Gia", "Hal", "Ida", "Jon"],
                       rng.randint(5, 9))
    rows = [(n, rng.randint(150, 200), F(rng.randint(480, 1150), 10)) for n in names]
    bmis = [w / (F(h, 100) ** 2) for _, h, w in rows]
    over = sum(1 for b in bmis if r2(b, 1) >= 25)
    if any(abs(b - 25) < F(1, 20) for b in bmis):
        return None
    csv = "name,height_cm,weight_kg\n" + "\n".join(f"{n},{h},{float(w):.1f}" for n, h, w in rows)
    text = ("Our club's measurements are attached. Work out each person's BMI; what's the team's "
            "mean BMI (1 dp), and how many people have a BMI of 25 or more?")
    mean = same(num(sum(bmis, F(0)) / len(bmis), 1),
                num(sum((r2(b, 1) for b in bmis), F(0)) / len(bmis), 1))
    return text, [mean, [f"{over} people", f"{over} of", f"{over} members", f"{over} out of"]], \
        {"csv": csv + "\n"}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    wedding_cake_servings, gym_cost_per_visit, solar_battery_hours, ski_slope_gradient,
    vaccine_schedule_dates, exact_age_next_birthday, sign_steep_hill_grade, sign_exchange_board,
    screen_ev_charge_time, screen_school_report, csv_quarterly_profit, csv_team_bmi)]
