"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 12: small
everyday two-parters — shopping comparisons, travel time and money, health numbers, simple
algebra with a picture, and a few photographed signs and screens."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import LB, MEAN, MILE, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, screen_of, sign_of, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def bulk_vs_small_pack(rng: random.Random) -> Made:
    small_g, big_g = rng.choice([(250, 1000), (300, 1200), (500, 2000), (400, 1500)])
    ps, pb = price(rng, 1.5, 5), price(rng, 4, 16)
    us, ub = ps / small_g * 100, pb / big_g * 100
    if near(us, 2, 0.001) or near(ub, 2, 0.001) or abs(us - ub) < F(1, 100):
        return None
    text = (f"Coffee: {small_g} g for ${float(ps):.2f} or {big_g} g for ${float(pb):.2f}. Price "
            f"per "
            "100 g of each (to the cent)?")
    return text, [cash(us), cash(ub)]


@family
def bus_departures_and_fare(rng: random.Random) -> Made:
    first = rng.randint(5, 7) * 60 + rng.choice([0, 10, 15, 20, 30, 45])
    every = rng.choice([12, 15, 20, 25])
    k = rng.randint(5, 12)
    fare = price(rng, 1.5, 3.5)
    trips = rng.randint(30, 50)
    text = (f"First bus is at {first // 60}:{first % 60:02d} am and they run every {every} "
            f"minutes. "
            f"When does bus number {k} leave? And {trips} single fares at £{float(fare):.2f} cost "
            "how much in a month?")
    return text, [clock(first + (k - 1) * every), gbp(fare * trips)]


@family
def sign_speed_camera_fine(rng: random.Random) -> Made:
    limit = rng.choice([20, 25, 30, 35, 40, 45])
    recipe = sign_of(rng, ["SPEED LIMIT", str(limit), "MPH"])
    kmh = rng.randint(limit * 16 // 10 + 3, limit * 16 // 10 + 30)
    mph = F(kmh) / MILE
    over = mph - limit
    if near(mph, 1) or near(over, 1) or over <= 0:
        return None
    text = (f"My rental car's speedo is in km/h and showed {kmh} on the road with this sign. What "
            "was that in mph (1 dp), and how far over the limit was I (1 dp mph)?")
    return text, [num(mph, 1), num(over, 1)], {"image": recipe}


@family
def sign_menu_combo_change(rng: random.Random) -> Made:
    burger, fries, drink = price(rng, 4, 9), price(rng, 1.5, 4), price(rng, 1, 3)
    combo = burger + fries + drink - price(rng, 0.5, 2)
    recipe = sign_of(rng, [f"BURGER ${float(burger):.2f}", f"FRIES ${float(fries):.2f}",
                           f"DRINK ${float(drink):.2f}"])
    save = burger + fries + drink - combo
    text = (f"From this menu board: what do a burger, fries and a drink cost bought separately? "
            f"The combo is ${float(combo):.2f} — how much does it save?")
    return text, [cash(burger + fries + drink), cash(save)], {"image": recipe}


@family
def screen_train_delay_arrival(rng: random.Random) -> Made:
    dep = rng.randint(7, 20) * 60 + rng.choice([5, 12, 24, 36, 48, 55])
    dur = rng.randint(65, 200)
    delay = rng.randint(5, 40)
    rows = [f"Departs {dep // 60:02d}:{dep % 60:02d}", f"Journey {dur} min",
            f"Delayed +{delay} min"]
    recipe = screen_of(rng, "Train status", rows)
    arr = dep + dur + delay
    if arr >= 24 * 60:
        return None
    text = ("what time will I actually arrive, going by this train app? and what's the journey "
            "time in hours and minutes without the delay?")
    h, m = divmod(dur, 60)
    return text, [clock(arr), [f"{h} h {m}", f"{h}h {m}", f"{h} hour {m}", f"{h} hours {m}",
                               f"{h} hr {m}", f"{h}h{m}", f"{h} hours and {m}",
                               f"{h} hour and {m}", f"{h}:{m:02d}", f"{h} h {m:02d}",
                               f"{h}h {m:02d}"]], {"image": recipe}


@family
def screen_scale_lb_bmi(rng: random.Random) -> Made:
    lb = F(rng.randint(1100, 2600), 10)
    cm = rng.randint(152, 195)
    recipe = screen_of(rng, "Smart scale", [f"Weight: {float(lb):g} lb", "Body fat: --",
                                            "Synced"])
    kg = lb * LB
    bmi = kg / (F(cm, 100) ** 2)
    if near(kg, 1) or near(bmi, 1):
        return None
    text = (f"My scale app is in pounds (screenshot). What's that in kg (1 dp), and my BMI at "
            f"{cm} cm tall (1 dp)?")
    return text, [num(kg, 1), num(bmi, 1)], {"image": recipe}


@family
def protein_per_kg_grams(rng: random.Random) -> Made:
    lb = rng.randint(120, 240)
    per = F(rng.choice([12, 14, 16, 18, 20]), 10)
    kg = F(lb) * LB
    g = kg * per
    shakes = g / rng.choice([20, 25, 30])
    if near(kg, 1) or near(g, 0):
        return None
    per_shake = int(g / shakes)
    if near(shakes, 1):
        return None
    text = (f"I weigh {lb} lb and want {float(per):g} g of protein per kg of body weight a day. "
            f"My weight in kg (1 dp)? Daily protein (nearest gram)? And if it all came from "
            f"{per_shake} g shakes, how many shakes (1 dp)?")
    return text, [num(kg, 1), num(g, 0), num(shakes, 1)]


@family
def blood_sugar_mmol(rng: random.Random) -> Made:
    readings = [rng.randint(80, 180) for _ in range(rng.randint(4, 7))]
    mean = F(sum(readings), len(readings))
    mmol = mean / 18
    if near(mean, 1) or near(mmol, 1):
        return None
    text = ("my glucose readings this week in mg/dL: " + ", ".join(map(str, readings)) + ". "
            "average in mg/dL (1 dp), and that average in mmol/L using ÷ 18 (1 dp)?")
    return text, [stat(MEAN, mean, 1), num(mmol, 1)]


@family
def eq_then_percent_of_answer(rng: random.Random) -> Made:
    x = rng.choice([40, 60, 80, 120, 150, 200, 240])
    a = rng.choice([2, 3, 4, 5])
    b = rng.randint(5, 60)
    p = rng.choice([15, 25, 30, 45])
    text = f"If {a}x − {b} = {a * x - b}, what is x? Then what's {p}% of x?"
    return text, [[f"x = {x}", f"x={x}"], num(F(p * x, 100), 2)]


@family
def area_under_line_plot(rng: random.Random) -> Made:
    m = rng.choice([1, 2, 3])
    c = rng.randint(1, 6)
    b = rng.randint(2, 8)
    area = F(m * b * b, 2) + c * b
    head = "x" if m == 1 else f"{m}x"
    text = (f"Find the area under y = {head} + {c} from x = 0 to x = {b}, and plot the line with "
            "the area shaded.")
    return text, [num(area, 2), CHART]


@family
def stock_return_eur(rng: random.Random) -> Made:
    shares = rng.randint(5, 60)
    buy, sell = price(rng, 20, 150), price(rng, 20, 180)
    gain = (sell - buy) * shares
    pct = (sell - buy) / buy * 100
    e = convert(abs(gain), "USD", "EUR")
    if gain == 0 or near(pct, 1) or near(e, 2, 0.001):
        return None
    text = (f"Bought {shares} shares at ${float(buy):.2f}, sold at ${float(sell):.2f}. Profit or "
            "loss in dollars, percent change per share (1 dp), and that profit or loss in euros "
            "(1 EUR = 1.17 USD)?")
    return text, [cash(abs(gain)), num(abs(pct), 1), eur(e)]


@family
def ride_share_vs_rental(rng: random.Random) -> Made:
    days = rng.randint(3, 10)
    rides = rng.randint(2, 4)
    per_ride = price(rng, 8, 25)
    rental = price(rng, 35, 70)
    a = days * rides * per_ride
    b = days * rental
    if a == b:
        return None
    text = (f"{days}-day trip. Option A: about {rides} ride-shares a day at ${float(per_ride):.2f} "
            f"each. Option B: rental car at ${float(rental):.2f}/day. Total for A? Total for B? "
            "Difference?")
    return text, [cash(a), cash(b), cash(abs(a - b))]


@family
def circle_track_laps(rng: random.Random) -> Made:
    r = rng.randint(20, 60)
    lap = 2 * math.pi * r
    goal = rng.choice([3, 5, 8, 10])
    laps = goal * 1000 / lap
    if near(lap, 1) or near(laps, 1):
        return None
    text = (f"A circular path has radius {r} m. Length of one lap (1 dp)? How many laps for "
            f"{goal} km (1 dp)?")
    return text, [num(lap, 1), num(laps, 1)]


@family
def pounds_salary_to_hourly_usd(rng: random.Random) -> Made:
    sal = rng.randint(24, 75) * 1000
    hrs = rng.choice([35, 37.5, 40])
    hourly = F(sal) / (52 * F(str(hrs)))
    d = convert(hourly, "GBP", "USD")
    if near(hourly, 2, 0.001) or near(d, 2, 0.001):
        return None
    text = (f"UK job at £{sal:,} a year, {hrs:g} h a week, 52 weeks. Hourly rate in pounds, and in "
            "dollars (1 EUR = 0.87 GBP = 1.17 USD)?")
    return text, [gbp(hourly), usd(d)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bulk_vs_small_pack, bus_departures_and_fare, sign_speed_camera_fine, sign_menu_combo_change,
    screen_train_delay_arrival, screen_scale_lb_bmi, protein_per_kg_grams, blood_sugar_mmol,
    eq_then_percent_of_answer, area_under_line_plot, stock_return_eur, ride_share_vs_rental,
    circle_track_laps, pounds_salary_to_hourly_usd)]
