"""Round 22 (``A_m_h_*``, dev now) for ``muse bench agents``, multi_h part 2: signs with times,
chained conversions, two questions in one message."""
# ruff: noqa: E501

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import forms, r2
from bench.data.agents.heldout22_multi_h import M, board, both, cash, clock, fam, num, xr
from bench.data.agents.helpers import Family, Item


def hhmm(t: int) -> str:
    return f"{t // 60}:{t % 60:02d}"


@fam
def sign_closing_time_left(rng: random.Random) -> Item:
    close = rng.randint(17, 22) * 60 + rng.choice([0, 30])
    now = close - rng.randint(25, 170)
    left = close - now
    words = ["OPEN DAILY", f"9:00 - {hhmm(close)}"]
    text = rng.choice([f"It's {hhmm(now)} now. When does this shop close according to the sign, and how many minutes do I have left?",
                       f"what time does the sign say they close? it's {hhmm(now)} rn, how long until then"])
    return M(text, "sign_closing_time_left", [clock(close), [f"{left} minutes", f"{left} min", f"{left // 60}h {left % 60}m", f"{left // 60} hours {left % 60} minutes", f"{left // 60} hour {left % 60} minutes"]],
             image=board(rng, words))


@fam
def parking_sign_cost(rng: random.Random) -> Item:
    limit = rng.choice([2, 3, 4])
    rate = rng.choice(["1.50", "2.00", "2.50", "3.20", "1.80"])
    start = rng.randint(8, 13) * 60 + rng.choice([0, 15, 30, 45])
    words = ["PAY AND DISPLAY", f"${rate} PER HOUR", f"MAX {limit} HOURS"]
    text = (f"Parking here from {hhmm(start)}. According to this sign what's the latest I can stay until, "
            f"and what does the full {limit} hours cost?")
    return M(text, "parking_sign_cost", [clock(start + limit * 60), [f"${v}" for v in cash(F(rate) * limit)] + [v for v in cash(F(rate) * limit) if "." in v] + [f"{v} dollars" for v in cash(F(rate) * limit)]], image=board(rng, words))


@fam
def train_platform_sign_wait(rng: random.Random) -> Item:
    plat = rng.randint(2, 14)
    dep = rng.randint(7, 21) * 60 + rng.choice([5, 12, 18, 27, 33, 41, 48, 56])
    now = dep - rng.randint(7, 58)
    words = [f"PLATFORM {plat}", f"NEXT TRAIN {dep // 60:02d}:{dep % 60:02d}"]
    text = f"which platform does this sign say, and if it's {hhmm(now)} how many minutes til the train?"
    w = dep - now
    return M(text, "train_platform_sign_wait", [[f"platform {plat}"], [f"{w} minutes", f"{w} min", f"{w} mins"]], image=board(rng, words))


@fam
def museum_hours_visit_length(rng: random.Random) -> Item:
    o = rng.choice([9, 10]) * 60 + rng.choice([0, 30])
    c = rng.choice([16, 17, 18]) * 60 + rng.choice([0, 30])
    arrive = o + rng.randint(3, 14) * 15
    words = ["CITY MUSEUM", f"OPEN {hhmm(o)} TO {hhmm(c)}"]
    stay = c - arrive
    text = (f"Sign at the museum attached. How many hours is it open in total per day? If we get there at {hhmm(arrive)}, "
            "how long can we stay before closing?")
    tot = c - o
    def dur(m: int) -> list[str]:
        h, r = divmod(m, 60)
        out = [f"{h}h {r}m", f"{h} hours {r} minutes", f"{h} hours and {r} minutes", f"{h} hr {r} min", f"{h} hours {r} min", f"{h} hrs {r} min", f"{h} hours and {r} min"] if r else [f"{h} hours", f"{h}h", f"{h} hrs"]
        return out + ([f"{h}.5 hours"] if r == 30 else []) + ([f"{h}.25 hours"] if r == 15 else []) + ([f"{h}.75 hours"] if r == 45 else [])
    return M(text, "museum_hours_visit_length", [dur(tot), dur(stay)], image=board(rng, words))


@fam
def speed_limit_sign_time(rng: random.Random) -> Item:
    lim = rng.choice([30, 40, 50, 60, 70])
    dist = rng.randint(5, 60)
    mins = F(dist * 60, lim)
    words = ["SPEED LIMIT", str(lim), "MPH"]
    text = (f"What speed limit is on this sign? If I drive {dist} miles at exactly that speed, how many minutes does it take "
            "(1 decimal)?")
    return M(text, "speed_limit_sign_time", [[f"{lim} mph", f"{lim}mph"], num(mins, 1)], image=board(rng, words))


@fam
def pool_sign_lanes_time(rng: random.Random) -> Item:
    start = rng.randint(6, 8) * 60 + rng.choice([0, 30])
    end = start + rng.randint(2, 5) * 60
    laps = rng.randint(20, 80)
    sec = rng.randint(35, 75)
    words = ["LANE SWIM", f"{hhmm(start)} - {hhmm(end)}"]
    tot = laps * sec
    m, s = divmod(tot, 60)
    text = (f"When does lane swim end per this sign? Also if I do {laps} laps at {sec} seconds each, how long is my swim "
            "in minutes and seconds?")
    return M(text, "pool_sign_lanes_time", [clock(end), [f"{m}:{s:02d}", f"{m} minutes {s} seconds", f"{m} min {s} s", f"{m} min {s} sec", f"{m}m {s}s"] + ([f"{m} minutes"] if s == 0 else [])],
             image=board(rng, words))


@fam
def bus_every_sign_next_three(rng: random.Random) -> Item:
    every = rng.choice([12, 15, 20, 25])
    first = rng.choice([5, 6]) * 60 + rng.choice([0, 10, 20, 30, 40])
    k = rng.randint(3, 12)
    now = first + k * every - rng.randint(1, every - 1)
    words = ["BUS 42", f"FIRST BUS {hhmm(first)}", f"EVERY {every} MIN"]
    nxt = first + k * every
    text = f"Using this bus stop sign: I get to the stop at {hhmm(now)}. What time is the next bus and the one after it?"
    return M(text, "bus_every_sign_next_three", [clock(nxt), clock(nxt + every)], image=board(rng, words))


@fam
def checkout_sign_hours_from_now(rng: random.Random) -> Item:
    co = rng.choice([10, 11, 12]) * 60
    now = rng.randint(6, 9) * 60 + rng.choice([5, 15, 25, 40, 50])
    words = ["CHECK OUT", f"BY {co // 60}:00 AM" if co < 720 else "BY 12:00 NOON"]
    left = co - now
    h, m = divmod(left, 60)
    text = (f"hotel room sign - what time is checkout? alarm just went off at {hhmm(now)} am, how long have I got?")
    return M(text, "checkout_sign_hours_from_now", [clock(co) + (["noon"] if co == 720 else []), [f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} hour {m} minutes", f"{h} hr {m} min", f"{left} minutes"]],
             image=board(rng, words))


@fam
def oven_sign_temp_and_timer(rng: random.Random) -> Item:
    c = rng.choice([160, 170, 180, 190, 200, 220])
    fah = F(c * 9, 5) + 32
    start = rng.randint(16, 19) * 60 + rng.choice([5, 10, 20, 35, 50])
    mins = rng.choice([25, 35, 40, 45, 55, 70, 85])
    words = ["PREHEAT", f"{c} C", f"BAKE {mins} MIN"]
    text = (f"Card from a cake mix box. What's the oven temp in Fahrenheit, and if it goes in at {hhmm(start)} when does it come out?")
    return M(text, "oven_sign_temp_and_timer", [[f"{v}°F" for v in num(fah, 0)] + [f"{v} F" for v in num(fah, 0)] + [f"{v} °F" for v in num(fah, 0)] + [f"{v} degrees F" for v in num(fah, 0)] + [f"{v} Fahrenheit" for v in num(fah, 0)], clock(start + mins)],
             image=board(rng, words))


# ---------------------------------------------------------------- chained requests

@fam
def miles_to_km_then_time(rng: random.Random) -> Item:
    mi = rng.randint(3, 40)
    v = rng.choice([8, 10, 12, 15, 20])
    km = F(mi) * F("1.609")
    t = km / v
    text = rng.choice([f"convert {mi} miles to km (1 mi = 1.609 km), then how long would that take at {v} km/h? answer in hours, 2 decimals",
                       f"First change {mi} miles into kilometres using 1.609, then tell me how many hours it takes cycling at {v} km/h (2 dp)."])
    return M(text, "miles_to_km_then_time", [num(km, 3) + num(km, 2), both(num(t, 2), num(r2(km, 2) / v, 2))])


@fam
def cups_flour_to_grams_then_batches(rng: random.Random) -> Item:
    g_per = rng.choice([120, 125, 128])
    cups = rng.choice([F(3, 2), F(2), F(5, 2), F(9, 4), F(3), F(7, 4)])
    bag = rng.choice([1000, 1500, 2000, 2500])
    grams = cups * g_per
    batches = int(bag // grams)
    text = (f"My recipe takes {float(cups):g} cups of flour. At {g_per} g per cup, how many grams is that? "
            f"And how many full batches can I make from a {bag / 1000:g} kg bag?")
    return M(text, "cups_flour_to_grams_then_batches", [[f"{v} g" for v in num(grams, 1)] + [f"{v}g" for v in num(grams, 1)] + [f"{v} grams" for v in num(grams, 1)],
                                                        [f"{batches} batches", f"{batches} full batches", f"{batches} batch"]])


@fam
def gallons_to_litres_then_cost(rng: random.Random) -> Item:
    gal = rng.randint(8, 26)
    price = f"{rng.randint(149, 199) / 100:.2f}"
    L = gal * F("3.785")
    cost = L * F(price)
    text = (f"My tank holds {gal} US gallons. How many litres is that (1 gal = 3.785 L)? Then how much to fill it at €{price} a litre?")
    return M(text, "gallons_to_litres_then_cost", [num(L, 2), cash(cost)])


@fam
def c_to_f_then_difference(rng: random.Random) -> Item:
    c = rng.randint(-5, 38)
    f_home = rng.randint(30, 100)
    fv = F(c * 9, 5) + 32
    d = abs(fv - f_home)
    text = (f"It's {c}°C here in Lisbon. What's that in °F, and how many degrees F warmer or colder is it than at home where it's {f_home}°F?")
    return M(text, "c_to_f_then_difference", [num(fv, 1), num(d, 1)])


@fam
def kg_luggage_to_lb_then_overweight(rng: random.Random) -> Item:
    kg = F(rng.randint(180, 320), 10)
    limit = rng.choice([50, 44, 55])
    lb = kg * F("2.2046")
    over = lb - limit
    text = (f"my suitcase weighs {float(kg):g} kg. in pounds (1 kg = 2.2046 lb)? the airline limit is {limit} lb — how many pounds over or under am I? 1 decimal")
    return M(text, "kg_luggage_to_lb_then_overweight", [num(lb, 1) + num(lb, 2), num(abs(over), 1)])


@fam
def sqft_to_sqm_then_paint(rng: random.Random) -> Item:
    sqft = rng.randint(120, 600)
    cover = rng.choice([10, 12, 8])
    sqm = F(sqft) * F("0.0929")
    tins = -(-sqm // cover)
    text = (f"The walls I'm painting total {sqft} sq ft. Convert to square metres using 1 sq ft = 0.0929 m², then: how many 1-litre tins "
            f"do I need if a litre covers {cover} m² (whole tins, one coat)?")
    return M(text, "sqft_to_sqm_then_paint", [num(sqm, 2), [f"{tins} tins", f"{tins} litres", f"{tins} tin", f"{tins} cans"]])


@fam
def hourly_to_weekly_then_euros(rng: random.Random) -> Item:
    wage = F(rng.randint(1500, 3200), 100)
    hrs = rng.randint(16, 40)
    rate = rng.choice(["0.92", "0.93", "0.91"])
    wk = wage * hrs
    text = (f"I earn ${float(wage):.2f}/hour and worked {hrs} hours this week. What did I make, and what's that in euros? "
            f"(1 USD = {rate} EUR)")
    return M(text, "hourly_to_weekly_then_euros", [cash(wk), cash(wk * F(rate))])


@fam
def recipe_scale_then_grams(rng: random.Random) -> Item:
    serves = rng.choice([4, 6])
    want = rng.choice([n for n in (2, 3, 5, 8, 9, 10, 12) if n != serves])
    oz = rng.choice([8, 10, 12, 14, 16])
    new = F(oz * want, serves)
    g = new * F("28.35")
    text = (f"A recipe for {serves} needs {oz} oz of pasta. How many ounces for {want} people, and what is that in grams (1 oz = 28.35 g)? round grams to whole number")
    return M(text, "recipe_scale_then_grams", [[f"{v} oz" for v in num(new, 2)] + [f"{v} ounces" for v in num(new, 2)], num(g, 0)])


@fam
def km_run_then_calories(rng: random.Random) -> Item:
    mi = rng.randint(2, 15)
    kcal_km = rng.randint(55, 80)
    km = mi * F("1.609")
    kcal = km * kcal_km
    text = f"If I {rng.choice(['walk', 'hike', 'jog'])} {mi} miles, how many km is that with 1 mile = 1.609 km? And at {kcal_km} kcal per km, how many calories? (whole number)"
    return M(text, "km_run_then_calories", [both(num(km, 3), forms(km, 2), forms(km, 1)), num(kcal, 0)])


@fam
def inches_tv_to_cm_then_fit(rng: random.Random) -> Item:
    inch = rng.randint(24, 86)
    cm = inch * F("2.54")
    text = f"Convert a {inch} inch TV diagonal to cm (2.54 per inch), then what's the width in cm if the screen is 16:9? (width = diagonal × 16/√337) 1 decimal"
    import math
    w = float(cm) * 16 / math.sqrt(337)
    wr = round(w, 1)
    if abs(w * 10 - int(w * 10) - 0.5) < 0.02:
        from bench.data.agents.heldout22_multi_h import Tie
        raise Tie(w)
    return M(text, "inches_tv_to_cm_then_fit", [num(cm, 2), [f"{wr:.1f}"]])


# ---------------------------------------------------------------- two unrelated questions

@fam
def tip_and_solve(rng: random.Random) -> Item:
    bill = F(rng.randint(2000, 15000), 100)
    tip = rng.choice([15, 18, 20, 22])
    a, b = rng.randint(2, 9), rng.randint(1, 30)
    x = rng.randint(2, 15)
    text = (f"two things pls: what's a {tip}% tip on ${float(bill):.2f}? and unrelated, solve {a}x - {b} = {a * x - b}")
    return M(text, "tip_and_solve", [cash(bill * tip / 100), xr(x)])


@fam
def days_until_and_percent(rng: random.Random) -> Item:
    import datetime as dt
    d0 = dt.date(2026, rng.randint(1, 6), rng.randint(1, 28))
    d1 = d0 + dt.timedelta(days=rng.randint(20, 200))
    n = (d1 - d0).days
    p, whole = rng.randint(5, 45), rng.randint(80, 900)
    text = (f"How many days from {d0:%B} {d0.day} to {d1:%B} {d1.day} 2026? Also, what is {p}% of {whole}?")
    return M(text, "days_until_and_percent", [[f"{n} days"], num(F(p * whole, 100), 2)])


@fam
def convert_and_average(rng: random.Random) -> Item:
    lb = rng.randint(2, 30)
    nums = [rng.randint(10, 99) for _ in range(rng.randint(4, 7))]
    mean = F(sum(nums), len(nums))
    text = rng.choice([f"How many kg is {lb} lb (1 lb = 0.4536 kg)? Separately, the average of {', '.join(map(str, nums))}?",
                       f"2 quick ones — {lb} pounds in kg using 0.4536, and mean of these: {' '.join(map(str, nums))}"])
    return M(text, "convert_and_average", [both(num(lb * F("0.4536"), 2), forms(lb * F("0.4536"), 4)), num(mean, 2)])


@fam
def area_room_and_tip(rng: random.Random) -> Item:
    ln, w = F(rng.randint(25, 70), 10), F(rng.randint(20, 50), 10)
    bill = rng.randint(30, 180)
    pct = rng.choice([10, 12, 15])
    text = (f"Our living room is {float(ln):g} m by {float(w):g} m — what's the floor area? Oh and what's {pct}% of ${bill} for the waiter?")
    return M(text, "area_room_and_tip", [[f"{v} m²" for v in num(ln * w, 2)] + [f"{v} m2" for v in num(ln * w, 2)] + [f"{v} square metres" for v in num(ln * w, 2)] + [f"{v} sq m" for v in num(ln * w, 2)], cash(F(bill * pct, 100))])


@fam
def bmi_and_currency(rng: random.Random) -> Item:
    kg, cm = rng.randint(50, 105), rng.randint(152, 196)
    usd = rng.randint(20, 900)
    bmi = F(kg) / F(cm, 100) ** 2
    text = (f"1) BMI for {kg} kg and {cm} cm, one decimal? 2) unrelated, convert ${usd} to pounds at 1 USD = 0.79 GBP")
    return M(text, "bmi_and_currency", [num(bmi, 1) + num(bmi, 2), cash(usd * F("0.79"))])


@fam
def age_and_discount(rng: random.Random) -> Item:
    born = rng.randint(1950, 2010)
    price = rng.randint(40, 400)
    off = rng.choice([15, 20, 30, 35, 40])
    age = 2026 - born
    text = (f"If my dad was born in {born}, how old does he turn on his birthday in 2026? Also, a jacket is ${price} with {off}% off — what's the sale price?")
    return M(text, "age_and_discount", [[f"{age} years", f"turns {age}", f"{age} years old", f"{age} on his"], cash(F(price * (100 - off), 100))])


@fam
def prime_check_and_convert(rng: random.Random) -> Item:
    km = rng.randint(5, 42)
    n = rng.choice([91, 97, 87, 89, 111, 113, 119, 127, 133, 137, 143, 149])
    isp = all(n % d for d in range(2, int(n**0.5) + 1))
    text = f"Random q's from my kid's homework: is {n} prime? and what is {km} km in miles (divide by 1.609, 2 dp)?"
    return M(text, "prime_check_and_convert", [["is prime", "is a prime", "yes"] if isp else ["not prime", "not a prime", "isn't prime", "is not a prime", "composite"], num(km / F("1.609"), 2)])


@fam
def sleep_hours_and_gcd(rng: random.Random) -> Item:
    bed = rng.randint(21, 23) * 60 + rng.choice([0, 15, 30, 45])
    wake = rng.randint(5, 8) * 60 + rng.choice([0, 10, 20, 30, 45])
    sl = wake + 1440 - bed
    h, m = divmod(sl, 60)
    a, b = rng.choice([(84, 126), (48, 180), (72, 120), (90, 150), (56, 98), (60, 144), (105, 175)])
    import math
    g = math.gcd(a, b)
    text = f"i went to bed at {hhmm(bed)} and woke at {hhmm(wake)}, how long did i sleep? also gcd of {a} and {b}?"
    return M(text, "sleep_hours_and_gcd", [[f"{h}h {m}m", f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h} hr {m} min"] if m else [f"{h} hours", f"{h}h", f"{h} hrs"], [f"gcd is {g}", f"gcd of {a} and {b} is {g}", f"gcd({a}, {b}) = {g}", f"= {g}", f"is {g}"]])


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sign_closing_time_left, parking_sign_cost, train_platform_sign_wait, museum_hours_visit_length,
    speed_limit_sign_time, pool_sign_lanes_time, bus_every_sign_next_three,
    checkout_sign_hours_from_now, oven_sign_temp_and_timer, miles_to_km_then_time,
    cups_flour_to_grams_then_batches, gallons_to_litres_then_cost, c_to_f_then_difference,
    kg_luggage_to_lb_then_overweight, sqft_to_sqm_then_paint, hourly_to_weekly_then_euros,
    recipe_scale_then_grams, km_run_then_calories, inches_tv_to_cm_then_fit, tip_and_solve,
    days_until_and_percent, convert_and_average, area_room_and_tip, bmi_and_currency,
    age_and_discount, prime_check_and_convert, sleep_hours_and_gcd,
)]
