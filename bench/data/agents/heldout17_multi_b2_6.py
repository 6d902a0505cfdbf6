"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 10: mixed pairs of
questions — geometry and money, statistics and conversions, receipts and signs in other
currencies, and numbered school exercises."""

from __future__ import annotations

import math
import random
import statistics

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, sign_of, till, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def fence_perimeter_cost(rng: random.Random) -> Made:
    a, b = rng.randint(8, 40), rng.randint(6, 30)
    gate = rng.choice([1, 2, 3])
    per = price(rng, 8, 30)
    run = 2 * (a + b) - gate
    text = (f"Yard is {a} m by {b} m. Perimeter? I'm leaving a {gate} m gap for a gate — fencing "
            f"is ${float(per):.2f} per metre, so what does the fence cost?")
    return text, [[f"{2 * (a + b)} m", f"{2 * (a + b)}m", f"{2 * (a + b)} metres"],
                  cash(run * per)]


@family
def sphere_ball_volume_litres(rng: random.Random) -> Made:
    d = rng.randint(8, 75)
    r = d / 2
    vol = 4 / 3 * math.pi * r ** 3
    area = 4 * math.pi * r * r
    if near(vol / 1000, 2) or near(area, 0):
        return None
    text = (f"a ball with diameter {d} cm: volume in litres (2 dp) and surface area in cm² "
            "(nearest whole)?")
    return text, [num(vol / 1000, 2), num(area, 0)]


@family
def stats_outlier_removed(rng: random.Random) -> Made:
    xs = [rng.randint(20, 40) for _ in range(rng.randint(6, 9))]
    out = rng.choice([95, 120, 150, 3])
    data = [*xs, out]
    rng.shuffle(data)
    m1 = F(sum(data), len(data))
    m2 = F(sum(xs), len(xs))
    if near(m1, 1) or near(m2, 1):
        return None
    text = ("response times (ms): " + ", ".join(map(str, data)) + ". Mean with everything (1 dp)? "
            "Then drop the obvious outlier and give the mean again (1 dp).")
    return text, [num(m1, 1), num(m2, 1)]


@family
def median_iqr_box(rng: random.Random) -> Made:
    xs = sorted(rng.randint(1, 60) for _ in range(rng.choice([7, 11])))
    med = statistics.median(xs)
    q = statistics.quantiles(xs, n=4, method="inclusive")
    iqr = q[2] - q[0]
    text = ("numbers: " + ", ".join(map(str, rng.sample(xs, len(xs)))) + "\nmedian, IQR "
            "(quartiles by the inclusive method), and a box plot?")
    return text, [stat(MEDIAN, F(med), 1), num(F(str(iqr)), 2), CHART]


@family
def receipt_paris_three_currencies(rng: random.Random) -> Made:
    goods = [(g, price(rng, 2, 40)) for g in rng.sample(["Scarf", "Mug", "Postcards", "Book",
                                                         "Tote bag"], rng.randint(2, 4))]
    total = sum((p for _, p in goods), F(0))
    g = convert(total, "EUR", "GBP")
    d = convert(total, "EUR", "USD")
    if near(g, 2, 0.001) or near(d, 2, 0.001):
        return None
    recipe = till(rng, "Museum Shop", goods, "€")
    text = ("souvenir receipt from Paris — total in euros, and what's that in pounds and in "
            "dollars? (1 EUR = 0.87 GBP = 1.17 USD)")
    return text, [eur(total), gbp(g), usd(d)], {"image": recipe}


@family
def receipt_two_trips_compare(rng: random.Random) -> Made:
    goods = [(g, price(rng, 1, 15)) for g in rng.sample(["Milk", "Bread", "Eggs", "Butter",
                                                         "Rice"], 3)]
    total = sum((p for _, p in goods), F(0))
    last = price(rng, 10, 45)
    diff = total - last
    if diff == 0:
        return None
    pct = abs(diff) / last * 100
    if near(pct, 1):
        return None
    recipe = till(rng, "Green Grocer", goods)
    text = (f"Same basket last month was ${float(last):.2f}. What's today's total on the receipt, "
            "how much more or less is it, and by what percent (1 dp)?")
    return text, [cash(total), cash(abs(diff)), num(pct, 1)], {"image": recipe}


@family
def sign_fuel_price_fill(rng: random.Random) -> Made:
    p = F(rng.randint(145, 199), 100)
    recipe = sign_of(rng, ["UNLEADED", f"€{float(p):.2f} / L"])
    tank = rng.choice([40, 45, 50, 55, 60])
    left = rng.choice([F(1, 4), F(1, 8), F(1, 2)])
    need = tank * (1 - left)
    cost = need * p
    if near(cost, 2, 0.001):
        return None
    words = {F(1, 4): "a quarter", F(1, 8): "an eighth", F(1, 2): "half"}[left]
    text = (f"My {tank} L tank is {words} full. How many litres to fill it, and at the price on "
            "this sign how much will that cost?")
    return text, [num(need, 1), eur(cost)], {"image": recipe}


@family
def sign_temperature_f(rng: random.Random) -> Made:
    c = rng.randint(-15, 40)
    recipe = sign_of(rng, ["PHARMACY", f"{c}°C"])
    f = F(c) * 9 / 5 + 32
    k = F(c) + F("273.15")
    text = ("What temperature is on this pharmacy sign, and what is it in Fahrenheit (1 dp) and "
            "in kelvin?")
    return text, [num(f, 1), num(k, 2)], {"image": recipe}


@family
def numbered_school_set(rng: random.Random) -> Made:
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    frac = F(rng.randint(1, 9), rng.choice([4, 5, 8]))
    if frac.denominator == 1:
        return None
    n = rng.choice([2, 3])
    base = rng.randint(2, 9)
    text = (f"Homework:\n1. {a} × {b}\n2. write {frac} as a decimal\n3. {base} to the power "
            f"{n + 2}")
    dec = f"{float(frac):.6f}".rstrip("0").rstrip(".")
    return text, [[str(a * b), f"{a * b:,}"], [dec], [str(base ** (n + 2)),
                                                      f"{base ** (n + 2):,}"]]


@family
def clock_angle_and_minutes(rng: random.Random) -> Made:
    h, m = rng.randint(1, 12), rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50, 55])
    ang = abs(F(60 * h - 11 * m, 2)) % 360
    ang = min(ang, 360 - ang)
    to_mid = (12 - h) * 60 - m if h != 12 else 12 * 60 - m
    text = (f"it's {h}:{m:02d} pm. what's the smaller angle between the clock hands, and how many "
            "minutes until midnight?")
    return text, [[f"{v}°" for v in num(ang, 1)] + [f"{v} degrees" for v in num(ang, 1)],
                  [f"{to_mid} min", f"{to_mid} minutes"]]


@family
def loan_apr_simple_monthly(rng: random.Random) -> Made:
    amt = rng.choice([600, 900, 1200, 1800, 2400])
    rate = rng.choice([5, 8, 10, 12])
    months = rng.choice([6, 12, 18, 24])
    interest = F(amt * rate * months, 1200)
    monthly = (amt + interest) / months
    if near(monthly, 2, 0.001):
        return None
    text = (f"A friend lends me £{amt} at {rate}% per year simple interest over {months} months. "
            "How much interest, and what's each equal monthly repayment?")
    return text, [gbp(interest), gbp(monthly)]


@family
def dog_food_bags_months(rng: random.Random) -> Made:
    g_day = rng.choice([250, 300, 350, 400, 450])
    bag = rng.choice([10, 12, 15])
    days = F(bag * 1000, g_day)
    cost = price(rng, 30, 70)
    per_day = cost / days
    if near(days, 0) or near(per_day, 2, 0.001):
        return None
    text = (f"my dog eats {g_day} g of kibble a day. a {bag} kg bag costs ${float(cost):.2f}. how "
            "many days does a bag last (whole days), and what's the cost per day?")
    return text, [[f"{int(days)} days", f"{int(days)} full"], cash(per_day)]


@family
def typing_speed_words(rng: random.Random) -> Made:
    words = rng.randint(600, 3000)
    mins = rng.randint(8, 60)
    wpm = F(words, mins)
    essay = rng.choice([1500, 2000, 2500, 3000])
    t = F(essay, 1) / wpm
    if near(wpm, 1) or near(t, 0):
        return None
    text = (f"I typed {words} words in {mins} minutes. my words per minute (1 dp)? at that speed "
            f"how many minutes for a {essay:,}-word essay (nearest minute)?")
    return text, [num(wpm, 1), [f"{v} min" for v in num(t, 0)]]


@family
def bar_chart_votes_winner(rng: random.Random) -> Made:
    opts = rng.sample(["pizza", "tacos", "sushi", "curry", "burgers"], 4)
    votes = [rng.randint(3, 30) for _ in opts]
    if votes.count(max(votes)) > 1:
        return None
    win = opts[votes.index(max(votes))]
    share = F(max(votes) * 100, sum(votes))
    if near(share, 1):
        return None
    listed = ", ".join(f"{o}: {v}" for o, v in zip(opts, votes, strict=True))
    text = (f"office lunch poll → {listed}. bar chart please! also how many votes in total, and "
            f"what share did {win} get (1 dp %)")
    return text, [CHART, num(share, 1), [f"{sum(votes)} votes", f"{sum(votes)} total"]]


@family
def mean_target_next_score(rng: random.Random) -> Made:
    scores = [rng.randint(60, 95) for _ in range(rng.randint(3, 6))]
    target = rng.choice([80, 85, 90])
    n = len(scores) + 1
    need = target * n - sum(scores)
    mean = F(sum(scores), len(scores))
    if not 0 <= need <= 100 or near(mean, 1):
        return None
    text = (f"My quiz scores so far: {', '.join(map(str, scores))}. Current average (1 dp)? "
            f"What do "
            f"I need on the next quiz to bring the average to exactly {target}?")
    return text, [stat(MEAN, mean, 1), [f"{need} on", f"need {need}", f"**{need}**", f"{need}."]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    fence_perimeter_cost, sphere_ball_volume_litres, stats_outlier_removed, median_iqr_box,
    receipt_paris_three_currencies, receipt_two_trips_compare, sign_fuel_price_fill,
    sign_temperature_f,
    numbered_school_set, clock_angle_and_minutes, loan_apr_simple_monthly, dog_food_bags_months,
    typing_speed_words, bar_chart_votes_winner, mean_target_next_score)]
