"""Round 17 (``M_m_b2_*``, dev now) for ``muse bench agents``, multi part 7: small business
sums, school maths with a follow-on step, two unrelated questions in one message, and
shop signs and receipts."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import INCH, MEAN, MEDIAN, F, convert
from bench.data.agents.heldout17_multi_b2 import eur, family, gbp, price, sign_of, till, usd
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, pick, stat
from bench.data.agents.helpers import Family


@family
def bakery_margin_breakeven(rng: random.Random) -> Made:
    cost = price(rng, 0.4, 1.5)
    sell = cost + price(rng, 0.6, 2.5)
    fixed = rng.choice([300, 450, 600, 800])
    margin = (sell - cost) / sell * 100
    units = math.ceil(F(fixed) / (sell - cost))
    if near(margin, 1):
        return None
    text = (f"I make muffins for ${float(cost):.2f} each and sell them at ${float(sell):.2f}. "
            f"What's my profit margin as a % of the price (1 dp)? And with ${fixed} of stall fees "
            "a month, how many muffins a month to break even?")
    return text, [num(margin, 1), [f"{units} muffins", f"{units} a month", f"{units} per"]]


@family
def invoice_vat_then_usd(rng: random.Random) -> Made:
    hours = rng.randint(6, 40)
    rate = rng.choice([35, 45, 55, 60, 75, 90])
    vat = 20
    net = F(hours * rate)
    gross = net * (100 + vat) / 100
    usd_amt = convert(gross, "GBP", "USD")
    if near(usd_amt, 2, 0.001):
        return None
    text = (f"Freelance invoice: {hours} hours at £{rate}/h plus 20% VAT. Total including VAT, "
            "and what my US client pays in dollars (1 EUR = 0.87 GBP = 1.17 USD)?")
    return text, [gbp(gross), usd(usd_amt)]


@family
def markup_then_discount(rng: random.Random) -> Made:
    cost = rng.randint(20, 200)
    up = rng.choice([25, 40, 50, 60, 100])
    off = rng.choice([10, 15, 20, 25, 30])
    tag = F(cost) * (100 + up) / 100
    sale = tag * (100 - off) / 100
    profit = sale - cost
    if near(sale, 2, 0.001):
        return None
    text = (f"1) We buy a lamp wholesale for ${cost} and mark it up {up}%. Shelf price?\n"
            f"2) In the sale it's {off}% off the shelf price — sale price?\n"
            "3) Profit per lamp at the sale price?")
    return text, [cash(tag), cash(sale), cash(profit)]


@family
def hourly_to_annual_eur(rng: random.Random) -> Made:
    wage = F(rng.randint(1500, 4500), 100)
    hrs = rng.choice([20, 30, 35, 37.5, 40])
    weeks = 52
    annual = wage * F(str(hrs)) * weeks
    in_eur = convert(annual, "USD", "EUR")
    if near(in_eur, 2, 0.001):
        return None
    text = pick(rng, f"${float(wage):.2f}/hr, {hrs:g} hrs a week, 52 weeks — yearly pay? and in "
                     "euros at 1 EUR = 1.17 USD?",
                f"Job offer pays ${float(wage):.2f} an hour for {hrs:g} hours a week. What's that "
                "a year (52 weeks), and what's the yearly figure in EUR (1 EUR = 1.17 USD)?")
    return text, [cash(annual), eur(in_eur)]


@family
def two_q_area_and_celsius(rng: random.Random) -> Made:
    r = rng.randint(2, 15)
    f = rng.randint(-10, 105)
    area = math.pi * r * r
    c = (f - 32) * 5 / 9
    if near(area, 1) or near(c, 1):
        return None
    text = (f"Two unrelated things: area of a circle with radius {r} m (1 dp), and {f}°F in "
            "Celsius (1 dp).")
    return text, [num(area, 1), num(abs(c), 1)]


@family
def two_q_lcm_and_split(rng: random.Random) -> Made:
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18], 2)
    lcm = a * b // math.gcd(a, b)
    bill = price(rng, 40, 220)
    n = rng.choice([3, 6, 7])
    share = bill / n
    if near(share, 2, 0.001):
        return None
    text = (f"homework q: lowest common multiple of {a} and {b}?\nunrelated: splitting a "
            f"${float(bill):.2f} dinner between {n}, how much each (to the cent)?")
    return text, [[f"lcm is {lcm}", f"lcm({a}, {b}) = {lcm}", f"= {lcm}", f"**{lcm}**",
                   f"is {lcm}"], cash(share)]


@family
def two_q_prime_factor_km(rng: random.Random) -> Made:
    n = rng.choice([84, 90, 126, 150, 180, 196, 210, 252, 360, 420])
    fac = []
    m, p = n, 2
    while m > 1:
        while m % p == 0:
            fac.append(p)
            m //= p
        p += 1
    exp = " × ".join(f"{q}^{fac.count(q)}" if fac.count(q) > 1 else str(q)
                     for q in sorted(set(fac)))
    plain = "×".join(map(str, fac))
    miles = rng.randint(3, 40)
    km = miles * F("1.609344")
    if near(km, 1):
        return None
    text = (f"prime factorisation of {n}? also how many km is {miles} miles, to 1 dp")
    forms = [exp, exp.replace(" × ", "*"), plain, plain.replace("×", "*"),
             plain.replace("×", " x "), exp.replace("×", "*").replace(" ", "")]
    return text, [forms, num(km, 1)]


@family
def speed_distance_fuel(rng: random.Random) -> Made:
    km = rng.randint(80, 400)
    kmh = rng.choice([60, 80, 90, 100, 110])
    mins = F(km * 60, kmh)
    l100 = F(rng.randint(50, 90), 10)
    litres = F(km) * l100 / 100
    if near(mins, 0) or near(litres, 1):
        return None
    h, mm = divmod(int(mins + F(1, 2)), 60)
    text = (f"{km} km at an average {kmh} km/h — how long does it take (hours and minutes)? "
            f"and at {float(l100):g} L/100km how much fuel do I burn (1 dp)?")
    return text, [[f"{h} h {mm}", f"{h}h {mm}", f"{h} hours {mm}", f"{h} hours and {mm}",
                   f"{h}:{mm:02d}", f"{h} hr {mm}", f"{h}h{mm}"], num(litres, 1)]


@family
def tv_diagonal_cm_width(rng: random.Random) -> Made:
    d = rng.choice([24, 27, 32, 40, 42, 43, 48, 50, 55, 58, 60, 65, 70, 75, 77, 85])
    cm = d * INCH * 100
    width = F(d) * 16 / F(str(math.sqrt(16 * 16 + 9 * 9)))
    if near(cm, 1) or near(width, 1):
        return None
    text = (f"A {d}\" TV — the diagonal in cm (1 dp)? and since it's 16:9, how wide is the "
            "screen in inches (1 dp)?")
    return text, [num(cm, 1), num(width, 1)]


@family
def receipt_euro_split_gbp(rng: random.Random) -> Made:
    goods = [(g, price(rng, 3, 28)) for g in rng.sample(["Pizza", "Pasta", "Salad", "Wine",
                                                         "Dessert", "Water"], rng.randint(3, 4))]
    total = sum((p for _, p in goods), F(0))
    n = rng.choice([2, 3, 4])
    share = total / n
    g = convert(share, "EUR", "GBP")
    if near(share, 2, 0.001) or near(g, 2, 0.001):
        return None
    recipe = till(rng, "Trattoria Roma", goods, "€")
    text = (f"dinner in Rome, {n} of us — total on the receipt? each person's share? and my share "
            "in pounds (1 EUR = 0.87 GBP)")
    return text, [eur(total), eur(share), gbp(g)], {"image": recipe}


@family
def receipt_mean_median(rng: random.Random) -> Made:
    goods = [(g, price(rng, 1, 20)) for g in rng.sample(["Tea", "Milk", "Cheese", "Apples",
                                                         "Pasta", "Bread", "Jam"], 4)]
    ps = sorted(p for _, p in goods)
    total = sum(ps, F(0))
    med = (ps[1] + ps[2]) / 2
    if near(med, 2, 0.001):
        return None
    recipe = till(rng, "Corner Shop", goods)
    text = ("Reading this receipt: total, and the median price of the four items (to the "
            "cent)?")
    return text, [cash(total), stat(MEDIAN, med, 2)], {"image": recipe}


@family
def sign_bogo_savings(rng: random.Random) -> Made:
    unit = price(rng, 1.5, 9)
    n = rng.choice([4, 6, 8, 10])
    recipe = sign_of(rng, ["BUY 2", "GET 1 FREE"])
    pay = n - n // 3
    cost = unit * pay
    saved = unit * (n // 3)
    text = (f"The store sign is in the photo. If one jar costs ${float(unit):.2f} and I take {n} "
            "jars to the till, what do I pay and how much did the offer save me?")
    return text, [cash(cost), cash(saved)], {"image": recipe}


@family
def sign_max_height_ft(rng: random.Random) -> Made:
    m = F(rng.choice([21, 23, 25, 27, 30, 32, 35]), 10)
    recipe = sign_of(rng, ["MAX HEIGHT", f"{float(m):g} m"])
    ft = m / (12 * INCH)
    van = F(rng.randint(70, 120), 10)
    gap = abs(ft - van)
    if near(ft, 2) or near(gap, 2) or gap < F(1, 10):
        return None
    text = (f"What's the height limit on this sign, in feet (2 dp)? My van is {float(van):g} ft "
            "tall — does it fit, and by how many feet does it clear or "
            "miss the limit (2 dp)?")
    rounded = abs(F(round(float(ft) * 100), 100) - van)
    return text, [num(ft, 2), num(gap, 2) + num(rounded, 2)], {"image": recipe}


@family
def stats_then_zscore(rng: random.Random) -> Made:
    xs = [rng.randint(10, 40) for _ in range(rng.randint(6, 9))]
    mean = F(sum(xs), len(xs))
    sd = math.sqrt(sum((x - mean) ** 2 for x in xs) / len(xs))
    target = rng.choice(xs)
    z = (float(target) - float(mean)) / sd
    if near(mean, 2) or near(sd, 2) or near(z, 2) or sd == 0:
        return None
    text = ("data: " + ", ".join(map(str, xs)) + f"\nmean? population standard deviation (2 dp)? "
            f"and the z-score of {target} (2 dp)?")
    return text, [stat(MEAN, mean, 2), num(sd, 2), num(abs(z), 2)]


@family
def pie_time_use(rng: random.Random) -> Made:
    acts = ["sleep", "work", "commute", "leisure"]
    hrs = [rng.randint(6, 9), rng.randint(6, 10), rng.randint(1, 3)]
    hrs.append(24 - sum(hrs))
    i = rng.randrange(4)
    pct = F(hrs[i] * 100, 24)
    if near(pct, 1) or hrs[3] <= 0:
        return None
    text = (f"My day: {hrs[0]}h sleep, {hrs[1]}h work, {hrs[2]}h commute, rest is leisure. How "
            f"many "
            f"hours of leisure? Make a pie chart, and what % of the day is {acts[i]} (1 dp)?")
    return text, [[f"{hrs[3]} h", f"{hrs[3]}h", f"{hrs[3]} hours"], CHART, num(pct, 1)]


@family
def cylinder_volume_litres(rng: random.Random) -> Made:
    r = rng.randint(10, 40)
    h = rng.randint(30, 120)
    vol = math.pi * r * r * h
    litres = vol / 1000
    gal = litres / float(F("3.785411784"))
    if near(litres, 1) or near(gal, 1):
        return None
    text = (f"rain barrel is a cylinder, radius {r} cm, height {h} cm. how many litres does it "
            f"hold "
            "(1 dp), and how many US gallons (1 dp)?")
    return text, [num(litres, 1), num(gal, 1)]


@family
def quadratic_max_height(rng: random.Random) -> Made:
    v = rng.randint(8, 35)
    g = F(49, 10)
    t = F(v) / (2 * g)
    hmax = F(v) * t - g * t * t
    land = F(v) / g
    if near(t, 2) or near(hmax, 2) or near(land, 2):
        return None
    text = (f"A ball's height is h = {v}t − 4.9t² (metres, t in seconds). When does it peak (2 "
            f"dp), "
            "how high is that (2 dp), and when does it land (2 dp)?")
    return text, [num(t, 2), num(hmax, 2), num(land, 2)]


@family
def savings_chart_months(rng: random.Random) -> Made:
    start = rng.randint(0, 500)
    per = rng.choice([75, 100, 150, 200, 250])
    goal = rng.choice([1500, 2000, 2500, 3000])
    months = math.ceil(F(goal - start, per))
    text = (f"I've got €{start} saved and add €{per} every month. Chart my balance for the next "
            f"12 months, tell me the balance after 12 months, and in how many months I first reach "
            f"€{goal}.")
    return text, [CHART, eur(F(start + 12 * per)), [f"{months} months", f"month {months}"]]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bakery_margin_breakeven, invoice_vat_then_usd, markup_then_discount, hourly_to_annual_eur,
    two_q_area_and_celsius, two_q_lcm_and_split, two_q_prime_factor_km, speed_distance_fuel,
    tv_diagonal_cm_width, receipt_euro_split_gbp, receipt_mean_median, sign_bogo_savings,
    sign_max_height_ft, stats_then_zscore, pie_time_use, cylinder_volume_litres,
    quadratic_max_height, savings_chart_months)]
