"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part 4: dose timing with a
unit conversion, two unrelated questions in one message, and screenshot or CSV questions."""

from __future__ import annotations

import datetime
import math
import random

from bench.data.agents.heldout9_multi_common import MEAN, F, convert, money, r2, tie
from bench.data.agents.heldout17_multi_common import Made, cash, clock, family, near, num, say, stat
from bench.data.agents.helpers import Family, image_recipe


@family
def dose_times_and_grams(rng: random.Random) -> Made:
    every = rng.choice([4, 6, 8])
    start = rng.randint(6, 10) * 60 + rng.choice([0, 15, 30, 45])
    mg = rng.choice([250, 325, 400, 500])
    doses = rng.choice([3, 4])
    total_g = F(mg * doses, 1000)
    times = [start + every * 60 * i for i in range(1, 3)]
    text = (f"Took my first {mg} mg tablet at {say(start)}, it's one every {every} hours. When are "
            f"the next two due? And if I take {doses} today in total, how many grams is that?")
    grams = [f"{v} g" for v in num(total_g, 3)] + [f"{v}g" for v in num(total_g, 3)] + \
        [f"{v} grams" for v in num(total_g, 3)]
    return text, [clock(times[0]), clock(times[1]), grams]


@family
def max_daily_left(rng: random.Random) -> Made:
    cap = rng.choice([3000, 4000])
    tab = rng.choice([500, 650, 325])
    taken = rng.randint(1, 4)
    left = cap - tab * taken
    if left < tab:
        return None
    more = left // tab
    text = (f"label says max {cap // 1000} g a day. I've had {taken} x {tab} mg tablets so far "
            "today. how many mg do I have left before the max, and how many more whole tablets is "
            "that at most?")
    return text, [[f"{left} mg", f"{left}mg", f"{left:,} mg"], [f"{more} tablets", f"{more} more",
                                                               f"{more} tablet"]]


@family
def two_unrelated_temp_prime(rng: random.Random) -> Made:
    c = rng.choice([-10, -5, 12, 18, 25, 30, 35, 40])
    n = rng.choice([91, 97, 119, 127, 143, 151, 187, 191, 221, 223])
    f_val = F(c * 9, 5) + 32
    prime = all(n % p for p in range(2, int(n ** 0.5) + 1))
    text = (f"random q's from my kid: what's {c}°C in Fahrenheit? and is {n} a prime number?")
    if prime:
        verdict = [f"{n} is prime", f"{n} is a prime", "yes, it's prime", "yes, it is prime",
                   "it is prime", "is a prime number"]
    else:
        p = next(p for p in range(2, n) if n % p == 0)
        verdict = [f"{p} × {n // p}", f"{p} x {n // p}", f"{p}*{n // p}", f"{p} times {n // p}",
                   f"{p} · {n // p}"]
    return text, [num(f_val, 1), verdict]


@family
def two_unrelated_tip_days(rng: random.Random) -> Made:
    bill = F(rng.randint(2000, 15000), 100)
    pct = rng.choice([15, 18, 20])
    tip = bill * pct / 100
    if near(tip * 100, 0, 0.001):
        return None
    month = rng.choice([("March", 31, 3), ("July", 31, 7), ("October", 31, 10)])
    day = rng.randint(1, 28)
    days = month[1] - day
    text = (f"Two things. First, {pct}% tip on ${float(bill):.2f}? Second, how many days from "
            f"{month[0]} {day} to the end of {month[0]} (not counting the {day}th)?")
    if day in (1, 2, 3, 21, 22, 23):
        return None
    return text, [cash(F(round(tip * 100), 100)), [f"{days} days", f"{days}days"]]


@family
def screenshot_order_days(rng: random.Random) -> Made:
    recipe, answer = image_recipe(rng, "screenshot")
    y, m, d = map(int, answer[0].split("-"))
    shipped = datetime.date(y, m, d)
    wait = rng.choice([3, 5, 7, 10])
    due = shipped + datetime.timedelta(days=wait)
    order = recipe["rows"][0].split("#")[1]
    text = (f"screenshot of my orders attached. what's the order number and the date on it? if "
            f"delivery takes {wait} days from that date, when should it arrive?")
    forms = [due.isoformat(), f"{due:%B} {due.day}", f"{due.day} {due:%B}", f"{due:%b} {due.day}"]
    return text, [[order], answer, forms], {"image": recipe}


@family
def sign_words_and_hours(rng: random.Random) -> Made:
    recipe, _ = image_recipe(rng, "sign")
    recipe["words"] = ["OPEN", "9AM TO 5PM"]
    days = rng.choice([5, 6])
    text = (f"What does this sign say? If they keep those hours {days} days a week, how many hours "
            "a week are they open?")
    hours = [f"{8 * days} hours", f"{8 * days}hours", f"{8 * days} hrs"]
    return text, [["9am to 5pm", "9am-5pm", "9am–5pm", "9 to 5"], hours], {"image": recipe}


@family
def csv_rainfall_total_wettest(rng: random.Random) -> Made:
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rain = [round(rng.uniform(10, 140), 1) for _ in months]
    if sorted(rain)[-1] == sorted(rain)[-2]:
        return None
    total = sum(F(str(r)) for r in rain)
    mean = total / 12
    if near(mean, 1):
        return None
    csv = "month,rain_mm\n" + "".join(f"{m},{r}\n" for m, r in zip(months, rain, strict=True))
    wettest = months[rain.index(max(rain))]
    text = ("rainfall.csv attached — total rain for the year, the monthly average (1 decimal), "
            "and which month was wettest?")
    return text, [num(total, 1), stat(MEAN, mean, 1), [wettest]], {"csv": csv}


@family
def csv_hours_pay(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    hours = [F(rng.randint(8, 20), 2) for _ in days]
    rate = F(rng.randint(1400, 2600), 100)
    total = sum(hours)
    pay = total * rate
    if (pay * 100).denominator != 1 and near(pay * 100, 0, 0.001):
        return None
    csv = "day,hours\n" + "".join(f"{d},{float(h)}\n" for d, h in zip(days, hours, strict=True))
    text = (f"My timesheet is in the CSV. How many hours did I work this week, and at "
            f"${float(rate):.2f}/hr what's my pay?")
    return text, [num(total, 1), cash(F(round(pay * 100), 100))], {"csv": csv}


@family
def boxes_needed_and_cost(rng: random.Random) -> Made:
    books = rng.randint(70, 260)
    per_box = rng.choice([12, 15, 18, 20, 24])
    price = F(rng.randint(150, 450), 100)
    boxes = math.ceil(books / per_box)
    if books % per_box == 0:
        return None
    text = (f"Moving house with {books} books, a box holds {per_box}. how many boxes do I need, "
            f"and at ${float(price):.2f} per box what do the boxes cost?")
    return text, [[f"{boxes} boxes", f"{boxes}boxes"], cash(boxes * price)]


@family
def sleep_cycles_alarm(rng: random.Random) -> Made:
    bed = rng.choice([21, 22, 23]) * 60 + rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    cycles = rng.choice([4, 5, 6])
    settle = rng.choice([10, 15, 20])
    wake = bed + settle + 90 * cycles
    hours = F(90 * cycles, 60)
    text = (f"going to bed at {say(bed)}, it takes me about {settle} min to fall asleep and I want "
            f"{cycles} full 90-minute sleep cycles. What time should I set the alarm for? and how "
            "many hours of actual sleep is that?")
    return text, [clock(wake), [f"{v} hours" for v in num(hours, 1)]
                  + [f"{v} hrs" for v in num(hours, 1)]]


@family
def birthday_weekday_age_days(rng: random.Random) -> Made:
    born = datetime.date(rng.randint(1960, 2015), rng.randint(1, 12), rng.randint(1, 28))
    today = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    days = (today - born).days
    text = (f"I was born on {born:%d %B %Y}. What day of the week was that? And how many days old "
            f"am I as of {today:%d %B %Y}?")
    return text, [[f"{born:%A}"], [str(days), f"{days:,}", f"{days:,} days"]]


@family
def unit_price_then_euros(rng: random.Random) -> Made:
    small_g, big_g = rng.choice([(400, 1000), (500, 750), (250, 600), (300, 900)])
    small_p = F(rng.randint(199, 449), 100)
    big_p = F(rng.randint(349, 899), 100)
    per_s, per_b = small_p / small_g * 100, big_p / big_g * 100
    if tie(per_s) or tie(per_b) or r2(per_s) == r2(per_b):
        return None
    eur = convert(big_p, "USD", "EUR")
    if tie(eur):
        return None
    text = (f"coffee: {small_g} g bag for ${float(small_p):.2f} or {big_g} g for "
            f"${float(big_p):.2f}. price per 100 g for each one? and what's the big bag in euros "
            "(1 EUR = 1.17 USD)")
    return text, [cash(per_s), cash(per_b), money(eur, "EUR") + cash(eur)]


@family
def burger_kj_walk(rng: random.Random) -> Made:
    kcal = rng.randint(180, 390) * 2
    burn = rng.choice([4, 5, 6, 7])
    kj = kcal * F("4.184")
    mins = F(kcal, burn)
    if near(kj, 0) or near(mins, 0):
        return None
    text = (f"That burger was {kcal} kcal 😬 What's that in kJ (1 kcal = 4.184 kJ, nearest whole), "
            f"and if a brisk walk burns {burn} kcal a minute, how many minutes to walk it off? "
            "(nearest minute)")
    return text, [num(kj, 0), [f"{v} min" for v in num(mins, 0)]]


@family
def fraction_sum_decimal(rng: random.Random) -> Made:
    a = F(rng.randint(1, 7), rng.choice([3, 4, 5, 6, 8]))
    b = F(rng.randint(1, 5), rng.choice([3, 6, 7, 9, 12]))
    if a.denominator == 1 or b.denominator == 1 or a.denominator == b.denominator:
        return None
    total = a + b
    if total.denominator == 1 or near(total, 3, 0.002):
        return None
    text = (f"what is {a} + {b}? give it as a fraction in lowest terms, then as a decimal "
            "rounded to 3 places")
    return text, [[str(total)], num(total, 3)]


@family
def pounds_to_two_currencies(rng: random.Random) -> Made:
    gbp = F(rng.randint(20, 900) * 5)
    usd, eur = convert(gbp, "GBP", "USD"), convert(gbp, "GBP", "EUR")
    if tie(usd) or tie(eur):
        return None
    text = (f"Using 1 EUR = 1.17 USD = 0.87 GBP:\n(1) £{gbp} in euros?\n(2) £{gbp} in US "
            "dollars?")
    return text, [money(eur, "EUR") + cash(eur), money(usd, "USD") + cash(usd)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    dose_times_and_grams, max_daily_left, two_unrelated_temp_prime, two_unrelated_tip_days,
    screenshot_order_days, sign_words_and_hours, csv_rainfall_total_wettest, csv_hours_pay,
    boxes_needed_and_cost, sleep_cycles_alarm, birthday_weekday_age_days,
    unit_price_then_euros, burger_kj_walk, fraction_sum_decimal, pounds_to_two_currencies)]
