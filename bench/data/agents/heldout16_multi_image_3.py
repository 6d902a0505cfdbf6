"""Round 16 multi-part families (``L_m_*``, dev now), continued from ``heldout16_multi_image``:
signs read and then used, and screenshots with figures converted."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    F,
    Family,
    clock,
    convert,
    dec,
    eur,
    fam,
    forms,
    km,
    lbs,
    miles,
    num,
    random,
    receipt,
    root,
    safe,
    screen,
    sign,
    two_roots,
    unit,
    usd,
)

IMAGE_3: list[Family] = []
add = fam(IMAGE_3)


def _total(rng: random.Random):
    recipe, total, goods = receipt(rng)
    return recipe, total, goods


# --- receipts ---------------------------------------------------------------------------


# --- signs ------------------------------------------------------------------------------


@add
def sign_speed_kmh_to_mph(rng: random.Random):  # a speed limit sign in km/h, to mph
    v = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])
    mph = F(v) / (F(1609344, 10**6))
    if not safe(mph):
        return None
    return ("driving in europe, saw this sign. what's the limit and what is it in mph?",
            [[f"{v} km/h", f"{v} kmh", f"{v} kph", f"{v} km per hour"],
             unit(mph, "mph", "miles per hour")],
            {"image": sign(rng, ["SPEED LIMIT", f"{v} km/h"])})


@add
def sign_height_feet(rng: random.Random):  # a low bridge in metres, in feet and inches
    h = F(rng.randint(21, 45), 10)
    ft = h / F(3048, 10000)
    if not safe(ft):
        return None
    return ("my van is tall. what height does this sign say and how many feet is that?",
            [unit(h, "m", "metres", "meters"), unit(ft, "ft", "feet")],
            {"image": sign(rng, ["MAX HEIGHT", f"{dec(h)} m"])})


@add
def sign_parking_leave_by(rng: random.Random):  # a parking limit, and the time to leave
    hrs = rng.choice([1, 2, 3, 4])
    start = rng.randint(8 * 60, 15 * 60 + 59)
    if start % 5:
        return None
    hh, mm = divmod(start, 60)
    return (f"parked at {hh}:{mm:02d}. how long can I stay according to this sign and when do I "
            "need to move the car?", [[f"{hrs} hours" if hrs > 1 else "1 hour",
                                       f"{hrs} hrs", f"{hrs}h"], clock(start + 60 * hrs)],
            {"image": sign(rng, ["PARKING", f"{hrs} HOURS MAX"])})


@add
def sign_opening_hours_length(rng: random.Random):  # opening hours, then how many per week
    a, b = rng.choice([7, 8, 9, 10]), rng.choice([4, 5, 6, 7, 8])
    days = rng.choice([5, 6])
    per = 12 - a + b
    return (f"shop sign attached. what hours is it open, and if it's like that {days} days a week"
            " how many hours a week is that?",
            [[f"{a}AM TO {b}PM", f"{a}am to {b}pm", f"{a} AM to {b} PM", f"{a}am-{b}pm"],
             [f"{per * days} hours", f"{per * days} hrs", f"{per * days}h"]],
            {"image": sign(rng, ["OPEN", f"{a}AM TO {b}PM"])})


@add
def sign_weight_pounds(rng: random.Random):  # a lift's maximum load in pounds
    w = rng.choice([300, 450, 600, 630, 800, 1000, 1250])
    lb = F(w) / F(45359237, 10**8)
    persons = w // 75
    if not safe(lb):
        return None
    return ("what's the max load on this lift sign in pounds? and roughly how many 75 kg people "
            "is that?", [lbs(lb), [f"{persons} people", f"{persons} persons"]],
            {"image": sign(rng, ["LIFT", f"MAX LOAD {w} KG"])})


@add
def sign_read_and_math(rng: random.Random):  # read a sign, plus an unrelated product
    recipe, words = image_recipe_sign(rng)
    a, b = rng.randint(12, 99), rng.randint(12, 99)
    return (f"what does this sign say? also quick one, {a} times {b}?",
            [[" ".join(words), words[0]], num(a * b)], {"image": recipe})


@add
def sign_temperature_fahrenheit(rng: random.Random):  # a sauna or pool sign, in Fahrenheit
    c = rng.randint(18, 95)
    f = F(c * 9, 5) + 32
    if not safe(f):
        return None
    place = "POOL" if c < 40 else "SAUNA"
    return ("this sign at the gym shows a temperature. what is it and what's that in "
            "fahrenheit?", [unit(F(c), "°C", "degrees Celsius", "Celsius", "C"),
                            unit(f, "°F", "degrees Fahrenheit", "Fahrenheit", "F")],
            {"image": sign(rng, [place, f"{c} °C"])})


@add
def sign_distance_miles(rng: random.Random):  # a road sign distance, miles and walking time
    d = rng.randint(3, 40)
    mi = F(d) / (F(1609344, 10**6))
    if not safe(mi):
        return None
    town = rng.choice(["AVIGNON", "ARLES", "NIMES", "ORANGE", "UZES"])
    return (f"how far to {town.title()} according to this road sign, in miles? and at 5 km/h "
            "walking how many hours would that take?",
            [miles(mi), [f"{v} {u}" for v in num(F(d, 5)) for u in ("hours", "h", "hrs")]],
            {"image": sign(rng, [town, f"{d} km"])})


@add
def sign_price_per_litre(rng: random.Random):  # a fuel price sign: cost of filling a tank
    p = F(rng.randint(140, 199), 100)
    litres = rng.randint(30, 60)
    if not safe(p * litres):
        return None
    return (f"petrol station sign attached. what's the price per litre, and how much to put "
            f"{litres} litres in?", [eur(p), eur(p * litres)],
            {"image": sign(rng, ["UNLEADED", f"EUR {float(p):.2f} / L"])})


@add
def sign_discount_price(rng: random.Random):  # a shop sign's discount applied to a price
    off = rng.choice([10, 15, 20, 25, 30, 40, 50])
    price = rng.randint(20, 200)
    new = F(price * (100 - off), 100)
    return (f"saw this in a shop window. what's the discount and how much would a ${price} "
            "jacket cost after it?", [[f"{off}%", f"{off} %", f"{off} percent"], usd(new)],
            {"image": sign(rng, ["SALE", f"{off}% OFF"])})


# --- screenshots ------------------------------------------------------------------------


@add
def screenshot_balance_euros(rng: random.Random):  # a bank balance screenshot in euros
    bal = F(rng.randint(10000, 500000), 100)
    e = convert(bal, "USD", "EUR")
    if not safe(e):
        return None
    return ("screenshot of my bank app. what's my balance and how much is it in euros?",
            [usd(bal), eur(e)], {"image": screen(rng, "My account", [
                "Checking", f"Balance: ${float(bal):,.2f}", "Updated today"])})


@add
def screenshot_run_miles(rng: random.Random):  # a running app's distance in miles and pace
    d = F(rng.randint(30, 250), 10)
    mins = rng.randint(18, 90)
    mi = d / (F(1609344, 10**6))
    pace = F(mins) / d
    if not safe(mi, pace):
        return None
    return ("from my running app screenshot: how far did I go in miles, and what was my pace in "
            "minutes per km?", [miles(mi), [f"{v} min/km" for v in forms(pace)] + [
                f"{v} minutes per km" for v in forms(pace)] + forms(pace)],
            {"image": screen(rng, "Morning run", [f"Distance: {dec(d)} km", f"Time: {mins} min",
                                                  "Route: park loop"])})


@add
def screenshot_order_date_days(rng: random.Random):  # an order date, then days until a date
    import datetime
    m, d = rng.randint(1, 8), rng.randint(10, 28)
    day = datetime.date(2026, m, d)
    later = day + datetime.timedelta(days=rng.randint(10, 40))
    gap = (later - day).days
    return (f"when was this order placed? and how many days from then to {later:%d %B %Y}?",
            [[f"{day:%Y-%m-%d}"], [f"{gap} days"]], {"image": screen(rng, "My orders", [
                f"Order #{rng.randint(1000, 9999)}", f"Date: {day:%Y-%m-%d}",
                "Status: shipped"])})


@add
def screenshot_weight_stones(rng: random.Random):  # a scale app's reading in pounds and stones
    w = F(rng.randint(500, 1200), 10)
    lb = w / F(45359237, 10**8)
    if not safe(lb):
        return None
    return ("my smart scale app says this. what's my weight in kg and in pounds?",
            [unit(w, "kg", "kilograms", "kilos"), lbs(lb)], {"image": screen(rng, "Weight", [
                f"Today: {dec(w)} kg", "Trend: steady"])})


@add
def screenshot_temp_and_quad(rng: random.Random):  # a weather screenshot plus an unrelated solve
    c = rng.randint(-10, 35)
    f = F(c * 9, 5) + 32
    r1, r2, p = two_roots(rng)
    if not safe(f):
        return None
    return (f"convert the temperature in this weather screenshot to fahrenheit, and solve "
            f"{p} = 0 while you're at it", [unit(f, "°F", "degrees Fahrenheit", "Fahrenheit",
                                                "F"), root(r1), root(r2)],
            {"image": screen(rng, "Weather", [f"Now: {c} C", "Cloudy", "Wind 12 km/h"])})


@add
def screenshot_data_usage(rng: random.Random):  # phone data used: left and percent
    cap = rng.choice([10, 15, 20, 30, 50])
    used = F(rng.randint(10, cap * 10 - 5), 10)
    pc = used / cap * 100
    if not safe(pc):
        return None
    return ("phone plan screenshot. how much data do I have left this month and what % have I "
            "used?", [unit(cap - used, "GB", "gigabytes"), [f"{v}%" for v in forms(pc)]],
            {"image": screen(rng, "Data usage", [f"Used: {dec(used)} GB", f"Plan: {cap} GB"])})


@add
def screenshot_flight_distance(rng: random.Random):  # a flight distance in miles, to km
    d = rng.randint(300, 5000)
    k = F(d) * F(1609344, 10**6)
    if not safe(k, k / 800):
        return None
    return ("how long is this flight in km? the app shows miles. and how long would it take at "
            "800 km/h?", [km(k), [f"{v} hours" for v in forms(k / 800)] + [
                f"{v} h" for v in forms(k / 800)]],
            {"image": screen(rng, "Flight", [f"Distance: {d} mi", "Gate B12"])})


def image_recipe_sign(rng: random.Random):
    words = rng.choice([["NO PARKING"], ["EXIT"], ["WET FLOOR"], ["STAFF ONLY"],
                        ["PLATFORM 4"], ["LIBRARY", "FLOOR 2"], ["PULL"]])
    return sign(rng, words), words
