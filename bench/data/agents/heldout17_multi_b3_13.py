"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-13: more photos and
screens with a follow-on step, and everyday questions asked two at a time."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, screen, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def sign_parking_hourly_stay(rng: random.Random) -> Made:
    rate = cents(rng, 1.5, 4.5)
    arrive = rng.randint(8 * 60, 13 * 60)
    stay = rng.randint(70, 300)
    hours = -(-stay // 60)
    recipe = sign(rng, ["PAY AND DISPLAY", f"${d2(rate)} PER HOUR", "PART HOURS CHARGED IN FULL"])
    text = (f"Parked here at {say(arrive)} and left {stay} minutes later. What time did I leave, "
            "and what did I owe going by the sign?")
    return text, [clock(arrive + stay), cash(hours * rate)], {"image": recipe}


def say(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}"


@family
def receipt_split_uneven_eur(rng: random.Random) -> Made:
    goods = [(g, cents(rng, 6, 30)) for g in rng.sample(["Pizza", "Salad", "Pasta", "Burger",
                                                         "Soup"], 2)]
    total = goods[0][1] + goods[1][1]
    mine_eur = convert(goods[0][1], "USD", "EUR")
    if tie(mine_eur):
        return None
    recipe = bill(rng, "Corner Cafe", goods)
    text = (f"Receipt attached. I had the {goods[0][0].lower()}, my friend the other thing. "
            "Total bill? What does my friend owe me if I paid it all? And my own part in euros "
            "(1 EUR = 1.17 USD)?")
    return text, [cash(total), cash(goods[1][1]), money(mine_eur, "EUR") + cash(mine_eur)], \
        {"image": recipe}


@family
def screen_storage_apps_percent(rng: random.Random) -> Made:
    apps = [(n, F(rng.randint(5, 95), 10)) for n in rng.sample(["Photos", "Music", "Maps",
                                                                 "Games", "Mail"], 3)]
    cap = rng.choice([64, 128])
    used = sum((s for _, s in apps), F(0))
    pct = used / cap * 100
    if near(pct, 1):
        return None
    recipe = screen(rng, "Storage", [f"{n}: {float(s):.1f} GB" for n, s in apps])
    text = (f"This is my phone's storage screen ({cap} GB phone). How many GB do those apps use "
            "together, and what % of the phone is that (1 dp)? Pie chart of the three would be "
            "nice too")
    return text, [num(used, 1), num(pct, 1), CHART], {"image": recipe}


@family
def two_q_percent_and_time(rng: random.Random) -> Made:
    a, b = rng.randint(12, 95), rng.randint(120, 900)
    pct = F(a * 100, b)
    mins = rng.randint(100, 600)
    if near(pct, 1):
        return None
    text = (f"two quick ones: {a} is what percent of {b} (1 dp)? and how many hours and minutes "
            f"is {mins} minutes?")
    h, m = divmod(mins, 60)
    return text, [num(pct, 1), [f"{h} hours {m} min", f"{h} hours and {m} min", f"{h}h {m}m",
                                f"{h} h {m} min", f"{h} hr {m} min", f"{h} hours, {m} min",
                                f"{h}:{m:02d}"]]


@family
def gallons_paint_room_cost(rng: random.Random) -> Made:
    w, ln, h = rng.randint(10, 20), rng.randint(10, 24), 8
    area = 2 * (w + ln) * h
    coats = 2
    gal = -(-area * coats // 350)
    price = cents(rng, 25, 55)
    text = (f"Bedroom is {w} ft x {ln} ft with 8 ft walls. Wall area in sq ft (ignore doors)? One "
            f"gallon covers 350 sq ft; for {coats} coats how many gallons (whole cans) and at "
            f"${d2(price)} a gallon, cost?")
    return text, [[f"{area} sq ft", f"{area:,} sq ft", f"{area} square feet"],
                  [f"{gal} gallons", f"{gal} cans"], cash(gal * price)]


@family
def team_heights_mean_convert(rng: random.Random) -> Made:
    hs = [rng.randint(160, 205) for _ in range(6)]
    mean = F(sum(hs), 6)
    inches = mean / F("2.54")
    if near(mean, 1) or near(inches, 1):
        return None
    text = ("Heights of our volleyball six in cm: " + ", ".join(map(str, hs)) + ". Mean height "
            "(1 dp)? That in inches (1 dp)? And tallest minus shortest?")
    return text, [stat(MEAN, mean, 1) + num(mean, 1), num(inches, 1),
                  [f"{max(hs) - min(hs)} cm", f"{max(hs) - min(hs)}cm"]]


@family
def loan_monthly_flat_gbp(rng: random.Random) -> Made:
    amt, rate, years = rng.choice([3000, 5000, 8000, 10000]), rng.choice([4, 5, 6, 7]), \
        rng.randint(2, 5)
    interest = F(amt * rate * years, 100)
    monthly = (amt + interest) / (12 * years)
    if tie(monthly):
        return None
    text = (f"Flat-rate loan: £{amt:,} at {rate}% a year simple interest over {years} years. Total "
            "interest? Total repaid? Monthly payment to the penny?")
    return text, [cash(interest), cash(amt + interest), cash(monthly)]


@family
def stairs_rise_count_each(rng: random.Random) -> Made:
    total, rise = rng.randint(240, 320), rng.choice([17, 18])
    steps = -(-total // rise)
    actual = F(total, steps)
    if near(actual, 1):
        return None
    text = (f"Building stairs: floor-to-floor height {total} cm, max step rise {rise} cm. "
            "Minimum number of steps, and the actual equal rise of each step (1 dp, cm)?")
    return text, [[f"{steps} steps"], num(actual, 1)]


@family
def weekly_miles_chart_km(rng: random.Random) -> Made:
    miles = [rng.randint(5, 40) for _ in range(4)]
    km = sum(miles) * F("1.609344")
    if near(km, 1):
        return None
    text = ("cycling log, miles per week for the month: " + ", ".join(map(str, miles)) +
            "\ntotal in km (1 dp)\nwhich week was biggest\nline chart please")
    top = miles.index(max(miles)) + 1
    if miles.count(max(miles)) > 1:
        return None
    return text, [num(km, 1), [f"week {top}"], CHART]


@family
def pizza_area_value_compare(rng: random.Random) -> Made:
    d1, d2_, p1, p2 = rng.choice([10, 12]), rng.choice([14, 16, 18]), cents(rng, 9, 14), \
        cents(rng, 15, 24)
    a1, a2 = 3.141592653589793 * d1 * d1 / 4, 3.141592653589793 * d2_ * d2_ / 4
    c1, c2 = float(p1) / a1 * 100, float(p2) / a2 * 100
    if near(a2, 1) or near(c1, 1) or near(c2, 1) or abs(c1 - c2) < 0.2:
        return None
    text = (f"Pizza place: {d1}-inch for ${d2(p1)} or {d2_}-inch for ${d2(p2)}. Area of the big "
            "one in sq in (1 dp)? Cents per square inch for each (1 dp)?")
    return text, [num(a2, 1), num(c1, 1), num(c2, 1)]


@family
def kwh_solar_payback_years(rng: random.Random) -> Made:
    cost, kwh, price = rng.choice([6000, 8000, 9500, 12000]), rng.randint(3500, 7000), \
        rng.choice([F("0.18"), F("0.22"), F("0.27"), F("0.30")])
    saving = kwh * price
    years = cost / saving
    if tie(saving) or near(years, 1):
        return None
    text = (f"Solar panels quote ${cost:,}. They'd make {kwh:,} kWh a year and I pay "
            f"${float(price):.2f}/kWh. Yearly saving? Payback time in years (1 dp)?")
    return text, [cash(saving), num(years, 1)]


@family
def screen_step_counts_median(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    steps = [rng.randint(2000, 16000) for _ in days]
    med = sorted(steps)[2]
    km = F(sum(steps) * 75, 100000)
    if near(km, 1):
        return None
    recipe = screen(rng, "Steps", [f"{d}: {s:,}" for d, s in zip(days, steps, strict=True)])
    text = ("Step counts from my watch app in the screenshot. Median day? And if my stride is 75 "
            "cm, total distance for the five days in km (1 dp)?")
    return text, [stat(MEDIAN, F(med), 0), num(km, 1)], {"image": recipe}


@family
def receipt_tax_rate_found(rng: random.Random) -> Made:
    goods = [(g, cents(rng, 5, 40)) for g in rng.sample(["Shampoo", "Soap", "Towels",
                                                         "Toothpaste"], 2)]
    sub = goods[0][1] + goods[1][1]
    rate = rng.choice([5, 6, 7, 8])
    tax = F(round(sub * rate), 100)
    if tie(sub * rate / 100):
        return None
    recipe = bill(rng, "Metro Market", goods)
    text = (f"Receipt shows the items before tax. Sales tax here is {rate}%. What's the pre-tax "
            "total, the tax, and what I actually paid?")
    return text, [cash(sub), cash(tax), cash(sub + tax)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    sign_parking_hourly_stay, receipt_split_uneven_eur, screen_storage_apps_percent,
    two_q_percent_and_time, gallons_paint_room_cost, team_heights_mean_convert,
    loan_monthly_flat_gbp, stairs_rise_count_each, weekly_miles_chart_km,
    pizza_area_value_compare, kwh_solar_payback_years, screen_step_counts_median,
    receipt_tax_rate_found)]
