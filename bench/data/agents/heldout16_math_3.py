"""Round 16 (``L_*``, held out) for ``muse bench agents``, maths part six: more everyday
sums — home, school, travel, cooking, fitness, clinic, shop and small-business arithmetic."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, family, money, num, pct, tie, unit, whole
from bench.data.agents.heldout16_math_2 import cents, clock, hm
from bench.data.agents.helpers import Family


def receipt_lines(rng: random.Random) -> Made:  # a receipt typed out line by line
    goods = rng.sample(["bread", "eggs", "butter", "rice", "apples", "soap", "coffee", "jam"], 4)
    prices = [cents(rng, 1, 12) for _ in goods]
    lines = "\n".join(f"{g} {float(p):.2f}" for g, p in zip(goods, prices, strict=True))
    return f"add up my receipt:\n{lines}", [money(sum(prices))]


def qty_times(rng: random.Random) -> Made:  # a bulk order at a unit price
    n, p = rng.randint(12, 480), cents(rng, 0, 9)
    if p == 0:
        return None
    return (f"we need {n} name badges at {float(p):.2f} each for the conference, what's the "
            "cost?", [money(n * p)])


def cheaper_per_litre(rng: random.Random) -> Made:  # price per litre
    ml, p = rng.choice([250, 330, 500, 750, 1500, 2000]), cents(rng, 1, 6)
    v = p * 1000 / ml
    if tie(v):
        return None
    return (f"a {ml} ml bottle costs {float(p):.2f}. what's that per litre?", [money(v)])


def price_per_100g(rng: random.Random) -> Made:  # shelf-label arithmetic
    g, p = rng.choice([150, 180, 200, 250, 320, 400, 450, 750]), cents(rng, 1, 9)
    v = p * 100 / g
    if tie(v):
        return None
    return f"{g}g pack for ${float(p):.2f} — how much per 100g?", [money(v)]


def sale_original(rng: random.Random) -> Made:  # original price from a sale price
    orig, d = cents(rng, 10, 300), rng.choice([15, 20, 25, 30, 40, 60])
    sale = orig * (100 - d) / 100
    if (sale * 100).denominator != 1:
        return None
    return (f"paid {float(sale):.2f} for boots that were {d}% off. what was the full price?",
            [money(orig)])


def saved_amount(rng: random.Random) -> Made:  # money saved on a sale
    p, d = cents(rng, 20, 900), rng.choice([10, 15, 20, 35, 45, 70])
    v = p * d / 100
    if tie(v):
        return None
    return f"how much do I save on a {float(p):.2f} sofa at {d}% off?", [money(v)]


def three_for_two(rng: random.Random) -> Made:  # 3 for 2 offer
    p, n = cents(rng, 1, 15), rng.randint(4, 14)
    pay = n - n // 3
    return (f"3 for 2 on candles at {float(p):.2f} each. I'm buying {n}. total?",
            [money(pay * p)])


def layaway(rng: random.Random) -> Made:  # instalments left on a purchase
    price, dep, n = rng.randint(300, 3000), rng.randint(50, 300), rng.choice([3, 4, 6, 10, 12])
    v = F(price - dep, n)
    if tie(v):
        return None
    return (f"the laptop is {price}, I pay {dep} up front and the rest in {n} equal monthly "
            "payments. how much per month?", [money(v)])


def cashback(rng: random.Random) -> Made:  # cashback on a card
    spend, r = cents(rng, 100, 4000), rng.choice([F(1), F("1.5"), F(2), F(3), F(5)])
    v = spend * r / 100
    if tie(v):
        return None
    return (f"my card gives {float(r):g}% cashback. I spent {float(spend):.2f} this month, "
            "cashback?", [money(v)])


def net_pay(rng: random.Random) -> Made:  # pay after deductions
    gross, tax, pension = rng.randint(1800, 7000), rng.choice([18, 20, 22, 25]), rng.choice(
        [3, 4, 5, 6])
    v = F(gross) * (100 - tax - pension) / 100
    if tie(v):
        return None
    return (f"gross {gross} a month, {tax}% tax and {pension}% pension taken off gross. "
            "take-home?", [money(v)])


def day_rate(rng: random.Random) -> Made:  # a freelancer's day rate over a project
    rate, days, exp = rng.randint(200, 900), rng.randint(3, 40), rng.randint(0, 800)
    return (f"freelance gig: {days} days at {rate} a day plus {exp} expenses. how much do I "
            "invoice?", [money(rate * days + exp)])


def piecework(rng: random.Random) -> Made:  # pay per piece
    n, p = rng.randint(40, 800), cents(rng, 0, 3)
    if p == 0:
        return None
    return (f"I get paid {float(p):.2f} per delivery and did {n} this week, earnings?",
            [money(n * p)])


def tips_pool(rng: random.Random) -> Made:  # tips shared by hours worked
    pool = rng.randint(200, 1500)
    hours = [rng.randint(10, 40) for _ in range(3)]
    v = F(pool * hours[0], sum(hours))
    if tie(v):
        return None
    return (f"tip jar has {pool}, split by hours. I worked {hours[0]}, the other two worked "
            f"{hours[1]} and {hours[2]}. my share?", [money(v)])


def retirement_pot(rng: random.Random) -> Made:  # monthly saving with growth (annuity)
    pm, r, y = rng.randint(50, 800), rng.choice([4, 5, 6, 7, 8]), rng.randint(5, 40)
    i, n = r / 1200, 12 * y
    v = pm * ((1 + i) ** n - 1) / i
    if tie(v):
        return None
    return (f"if I save {pm} every month at {r}% a year (compounded monthly), how much after {y} "
            "years? payments at month end", [money(v)])


def inflation(rng: random.Random) -> Made:  # purchasing power after inflation
    amt, r, y = rng.randint(100, 10000), rng.choice([2, 3, 4, 5, 6]), rng.randint(2, 20)
    v = amt / (1 + r / 100) ** y
    if tie(v):
        return None
    return (f"with {r}% inflation every year, what will {amt} today be worth in today's money "
            f"after {y} years?", [money(v)])


def credit_card_interest(rng: random.Random) -> Made:  # a month of card interest
    bal, apr = cents(rng, 200, 5000), rng.choice([F("18.9"), F("19.99"), F("22.9"), F("24.9")])
    v = bal * apr / 100 / 12
    if tie(v):
        return None
    return (f"balance of {float(bal):.2f} on a card at {float(apr):g}% APR, roughly how much "
            "interest in one month (APR/12)?", [money(v)])


def stock_avg_cost(rng: random.Random) -> Made:  # average cost of two buys
    n1, p1, n2, p2 = rng.randint(5, 100), cents(rng, 10, 200), rng.randint(5, 100), cents(
        rng, 10, 200)
    v = (n1 * p1 + n2 * p2) / (n1 + n2)
    if tie(v):
        return None
    return (f"bought {n1} shares at {float(p1):.2f} then {n2} more at {float(p2):.2f}. average "
            "cost per share?", [money(v)])


def split_uneven(rng: random.Random) -> Made:  # a group bill where one pays extra
    total, n, extra = cents(rng, 60, 400), rng.randint(3, 7), rng.randint(5, 30)
    v = (total - extra) / n
    if tie(v):
        return None
    return (f"the bill is {float(total):.2f}; Sam had a {extra} bottle of wine just for himself, "
            f"the rest is shared equally by all {n} of us. what does each non-Sam person pay?",
            [money(v)])


def grade_curve(rng: random.Random) -> Made:  # scaling marks to a new maximum
    got, out_of, new = rng.randint(10, 70), rng.choice([40, 50, 60, 80]), rng.choice([20, 25, 10])
    if got > out_of:
        return None
    v = F(got * new, out_of)
    if tie(v):
        return None
    return (f"scored {got}/{out_of}, what's that scaled to a mark out of {new}?", [num(v)])


def class_average(rng: random.Random) -> Made:  # combined average of two classes
    n1, a1, n2, a2 = rng.randint(15, 35), rng.randint(55, 90), rng.randint(15, 35), rng.randint(
        55, 90)
    v = F(n1 * a1 + n2 * a2, n1 + n2)
    if tie(v):
        return None
    return (f"class A has {n1} students averaging {a1}, class B {n2} averaging {a2}. overall "
            "average?", [num(v)])


def reading_pages(rng: random.Random) -> Made:  # pages a day to finish a book
    pages, read, days = rng.randint(200, 900), rng.randint(0, 150), rng.randint(5, 30)
    v = math.ceil((pages - read) / days)
    if (pages - read) % days == 0:
        return None
    return (f"book has {pages} pages, I'm on page {read}, want to finish in {days} days. how "
            "many pages a day (rounded up)?", [whole(v)])


def study_hours(rng: random.Random) -> Made:  # study time split across subjects
    total, subs = rng.randint(6, 30), rng.randint(3, 7)
    mins = total * 60 // subs
    if total * 60 % subs:
        return None
    return (f"I have {total} hours to revise {subs} subjects equally. how long per subject?",
            [hm(mins) if mins >= 60 else unit(whole(mins), "minutes")])


def flight_arrival(rng: random.Random) -> Made:  # arrival time across time zones
    dep = rng.randint(6 * 60, 22 * 60) // 5 * 5
    dur, shift = rng.randint(90, 720) // 5 * 5, rng.choice([-5, -3, 1, 2, 3, 8])
    arr = dep + dur + shift * 60
    if not 0 <= arr < 1440:
        return None
    sign = "ahead" if shift > 0 else "behind"
    return (f"flight leaves at {dep // 60:02d}:{dep % 60:02d} local time and takes {dur // 60}h "
            f"{dur % 60}m. destination is {abs(shift)} hours {sign}. local arrival time?",
            [clock(arr)])


def layover(rng: random.Random) -> Made:  # time between two flights
    a = rng.randint(6 * 60, 18 * 60) // 5 * 5
    b = a + rng.randint(35, 400) // 5 * 5
    return (f"land at {a // 60}:{a % 60:02d}, next flight departs {b // 60}:{b % 60:02d}. how "
            "long is my layover?", [hm(b - a) if b - a >= 60 else unit(whole(b - a), "minutes")])


def hotel_total(rng: random.Random) -> Made:  # hotel nights with tax
    nights, rate, tax = rng.randint(2, 14), rng.randint(60, 400), rng.choice([8, 10, 12, 14])
    v = F(nights * rate * (100 + tax), 100)
    if tie(v):
        return None
    return (f"{nights} nights at {rate}/night plus {tax}% tourist tax, total?", [money(v)])


def trip_split(rng: random.Random) -> Made:  # costs shared after a trip
    a, b, c = cents(rng, 50, 500), cents(rng, 50, 500), cents(rng, 0, 300)
    v = (a + b + c) / 3
    if tie(v):
        return None
    return (f"road trip: I paid {float(a):.2f}, Mia paid {float(b):.2f}, Leo paid {float(c):.2f}. "
            "what's the fair share each?", [money(v)])


def bake_time(rng: random.Random) -> Made:  # when to take something out of the oven
    start = rng.randint(15 * 60, 19 * 60) // 5 * 5
    per, kg = rng.choice([20, 25, 30, 40]), F(rng.randint(3, 12), 2)
    extra = rng.choice([0, 20, 25])
    mins = per * kg + extra
    if mins.denominator != 1:
        return None
    return (f"roast {per} min per 500 g plus {extra} min, joint weighs {float(kg / 2):g} kg, in "
            f"at {start // 60}:{start % 60:02d}. when is it done?",
            [clock(start + int(mins))])


def recipe_cups(rng: random.Random) -> Made:  # scaling fractions of a cup
    a, b = rng.randint(1, 3), rng.choice([2, 3, 4])
    mult = rng.choice([F(3, 2), F(2), F(3), F(1, 2)])
    v = F(a, b) * mult
    ans = [f"{v.numerator}/{v.denominator}"] if v.denominator != 1 else [str(v.numerator)]
    if v.denominator != 1 and v > 1:
        ans.append(f"{v.numerator // v.denominator} {v.numerator % v.denominator}/{v.denominator}")
    if (v * 1000).denominator == 1:
        ans.append(f"{float(v):g}")
    word = {F(3, 2): "1.5 times", F(2): "double", F(3): "triple", F(1, 2): "half"}[mult]
    return f"recipe calls for {a}/{b} cup of sugar, I'm making {word} the recipe. how many cups?", \
        [dedupe([f"{s} cup" for s in ans])]


def oven_servings(rng: random.Random) -> Made:  # cost per serving
    cost, servings = cents(rng, 6, 40), rng.randint(4, 12)
    v = cost / servings
    if tie(v):
        return None
    return (f"ingredients for a lasagne cost {float(cost):.2f} and it serves {servings}. cost per "
            "serving?", [money(v)])


def workout_volume(rng: random.Random) -> Made:  # total weight lifted
    sets, reps, kg = rng.randint(3, 6), rng.randint(5, 15), F(rng.randint(20, 250), 2)
    return (f"{sets} sets of {reps} reps at {float(kg):g} kg, total volume lifted?",
            [unit(num(sets * reps * kg), "kg")])


def running_week(rng: random.Random) -> Made:  # weekly distance progression
    km, pct_up, weeks = rng.randint(10, 40), rng.choice([5, 10]), rng.randint(3, 8)
    v = km * (1 + pct_up / 100) ** weeks
    if tie(v):
        return None
    return (f"running {km} km this week and adding {pct_up}% each week, how far in week "
            f"{weeks + 1}?", [unit(num(v), "km")])


def calories_burn(rng: random.Random) -> Made:  # calories from minutes and a rate
    rate, mins = rng.randint(5, 14), rng.randint(15, 120)
    return (f"the machine says I burn {rate} kcal a minute, how many for a {mins} minute "
            "session?", [unit(whole(rate * mins), "kcal", "calories")])


def swim_laps(rng: random.Random) -> Made:  # laps for a distance
    pool, dist = rng.choice([25, 33, 50]), rng.randint(8, 60) * 100
    laps = math.ceil(dist / pool)
    return (f"pool is {pool} m long, how many lengths to swim {dist} m?",
            [unit(whole(laps), "lengths", "laps")])


def clinic_dose_interval(rng: random.Random) -> Made:  # doses in a day
    every, first = rng.choice([4, 6, 8]), rng.randint(6, 9)
    count = (22 - first) // every + 1
    return (f"first dose at {first}am, then every {every} hours, last one no later than 10pm. "
            "how many doses in the day?", [unit(whole(count), "doses")])


def clinic_queue(rng: random.Random) -> Made:  # waiting time in a queue
    ahead, mins = rng.randint(3, 25), rng.randint(6, 20)
    return (f"{ahead} patients ahead of me, about {mins} minutes each. how long will I wait?",
            [hm(ahead * mins) if ahead * mins >= 60 else unit(whole(ahead * mins), "minutes")])


def drip_rate(rng: random.Random) -> Made:  # infusion rate in ml per hour
    ml, hours = rng.choice([250, 500, 750, 1000]), rng.choice([2, 3, 4, 6, 8, 12])
    v = F(ml, hours)
    if tie(v):
        return None
    return (f"{ml} ml infused over {hours} hours — rate in ml per hour?",
            [unit(num(v), "ml/h", "mL/h", "ml per hour", "mL/hr", "ml/hr")])


def shop_profit(rng: random.Random) -> Made:  # a day's profit at a stall
    sold, price, cost, fee = rng.randint(20, 200), cents(rng, 2, 12), cents(rng, 0, 2), \
        rng.randint(20, 80)
    v = sold * (price - cost) - fee
    return (f"market stall: sold {sold} jars at {float(price):.2f}, each costs me "
            f"{float(cost):.2f}, pitch fee {fee}. profit for the day?", [money(v)])


def inventory_reorder(rng: random.Random) -> Made:  # days of stock left
    stock, per_day = rng.randint(100, 2000), rng.randint(7, 60)
    return (f"{stock} units in stock, we sell about {per_day} a day. how many full days until "
            "we run out?", [unit(whole(stock // per_day), "days")])


def staff_cost(rng: random.Random) -> Made:  # wage bill for a week
    n, hrs, rate = rng.randint(2, 12), rng.randint(15, 40), cents(rng, 11, 25)
    return (f"{n} staff each doing {hrs} hours at {float(rate):.2f} an hour. weekly wage bill?",
            [money(n * hrs * rate)])


def price_increase_customers(rng: random.Random) -> Made:  # revenue after a price rise
    cust, price, up, lost = rng.randint(100, 2000), rng.randint(5, 60), rng.choice([5, 10, 15]), \
        rng.choice([2, 5, 8])
    v = F(cust * (100 - lost), 100) * F(price * (100 + up), 100)
    old = cust * price
    if tie(v):
        return None
    return (f"{cust} customers pay {price} a month. if I raise the price {up}% and lose {lost}% "
            "of customers, what's the new monthly revenue?", [money(v)]) if v != old else None


def square_footage(rng: random.Random) -> Made:  # an L-shaped room's area
    a, b, c, d = rng.randint(10, 30), rng.randint(10, 25), rng.randint(4, 9), rng.randint(4, 9)
    if c >= a or d >= b:
        return None
    return (f"L-shaped room: a {a} ft by {b} ft rectangle with a {c} by {d} ft corner cut out. "
            "square footage?", [unit(whole(a * b - c * d), "sq ft", "square feet", "ft²")])


def fabric(rng: random.Random) -> Made:  # metres of fabric for curtains
    w, n, drop = F(rng.randint(80, 250), 100), rng.choice([2, 3, 4]), F(rng.randint(150, 260), 100)
    fullness = 2
    widths = math.ceil(w * fullness * n / F(14, 10))
    return (f"fabric is 1.4 m wide. {n} windows each {float(w):g} m wide, double fullness, drop "
            f"{float(drop):g} m. how many whole fabric widths do I need?", [whole(widths)])


def garden_soil(rng: random.Random) -> Made:  # bags of soil for a raised bed
    length, width, depth = F(rng.randint(10, 40), 10), F(rng.randint(5, 15), 10), F(
        rng.choice([2, 3, 4]), 10)
    bag = rng.choice([40, 50, 60, 70])
    vol_l = length * width * depth * 1000
    bags = math.ceil(vol_l / bag)
    if (vol_l / bag).denominator == 1:
        return None
    return (f"raised bed {float(length):g} m x {float(width):g} m, {float(depth):g} m deep. soil "
            f"comes in {bag} L bags. how many bags?", [unit(whole(bags), "bags")])


def tile_count(rng: random.Random) -> Made:  # tiles for a wall
    w, h, t = rng.randint(100, 400), rng.randint(50, 250), rng.choice([10, 15, 20, 30])
    n = math.ceil(w / t) * math.ceil(h / t)
    return (f"how many {t}x{t} cm tiles to cover a {w} cm by {h} cm splashback (whole tiles, "
            "cut ones count)?", [unit(whole(n), "tiles")])


def age_next(rng: random.Random) -> Made:  # age in a future year
    born, year = rng.randint(1940, 2020), rng.randint(2030, 2080)
    return (f"born in {born}, how old will I turn in {year}?", [whole(year - born)])


def years_between(rng: random.Random) -> Made:  # whole years between dates
    y1, y2 = rng.randint(1900, 2000), rng.randint(2001, 2040)
    return f"how many years from {y1} to {y2}?", [unit(whole(y2 - y1), "years")]


def countdown_days(rng: random.Random) -> Made:  # days between two dates in the same year
    import datetime
    d1 = datetime.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    d2 = datetime.date(2026, rng.randint(7, 12), rng.randint(1, 28))
    return (f"how many days from {d1:%B} {d1.day} to {d2:%B} {d2.day} 2026?",
            [unit(whole((d2 - d1).days), "days")])


def percent_battery(rng: random.Random) -> Made:  # time left on a battery
    left, per_hour = rng.randint(15, 95), rng.choice([4, 5, 6, 8, 10, 12, 15])
    mins = F(left * 60, per_hour)
    if mins.denominator != 1:
        return None
    return (f"phone's at {left}% and drains about {per_hour}% an hour. how long until it dies?",
            [hm(int(mins)) if mins >= 60 else unit(whole(int(mins)), "minutes")])


def download_time(rng: random.Random) -> Made:  # download time from size and speed
    gb, mbps = rng.randint(1, 120), rng.choice([25, 50, 80, 100, 200, 500])
    secs = F(gb * 8000, mbps)
    mins = secs / 60
    if tie(mins):
        return None
    return (f"{gb} GB download on a {mbps} Mbps line, how many minutes? (1 GB = 8000 megabits)",
            [unit(num(mins), "minutes", "min")])


def pct_of_budget(rng: random.Random) -> Made:  # share of spending
    rent, income = rng.randint(500, 2500), rng.randint(2000, 8000)
    v = F(rent * 100, income)
    if tie(v) or rent > income:
        return None
    return f"rent {rent}, income {income}. what % of my income goes on rent?", [pct(v)]


def tax_bracket(rng: random.Random) -> Made:  # tax with two bands
    income = rng.randint(15, 120) * 1000
    allowance, band = 12000, 50000
    taxable = max(0, income - allowance)
    low = min(taxable, band - allowance)
    high = max(0, taxable - low)
    v = F(low * 20 + high * 40, 100)
    return (f"simplified tax: first 12,000 tax-free, 20% up to 50,000, 40% above that. tax on "
            f"{income}?", [money(v)])


def mileage_claim(rng: random.Random) -> Made:  # expenses by the mile
    miles, rate = rng.randint(20, 900), rng.choice([F("0.45"), F("0.67"), F("0.25"), F("0.55")])
    return (f"work mileage: {miles} miles at {float(rate):.2f} per mile. how much can I claim?",
            [money(miles * rate)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    receipt_lines, qty_times, cheaper_per_litre, price_per_100g, sale_original, saved_amount,
    three_for_two, layaway, cashback, net_pay, day_rate, piecework, tips_pool, retirement_pot,
    inflation, credit_card_interest, stock_avg_cost, split_uneven, grade_curve, class_average,
    reading_pages, study_hours, flight_arrival, layover, hotel_total, trip_split, bake_time,
    recipe_cups, oven_servings, workout_volume, running_week, calories_burn, swim_laps,
    clinic_dose_interval, clinic_queue, drip_rate, shop_profit, inventory_reorder, staff_cost,
    price_increase_customers, square_footage, fabric, garden_soil, tile_count, age_next,
    years_between, countdown_days, percent_battery, download_time, pct_of_budget, tax_bracket,
    mileage_claim)]
