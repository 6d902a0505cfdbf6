"""Round 16 multi-part families (``L_m_*``) on an attached image: a receipt's total or items
with a conversion or arithmetic, a sign read and then used, a screenshot's figures converted,
and an image read alongside an unrelated calculation."""

from __future__ import annotations

from bench.data.agents.heldout16_multi_common import (
    F,
    Family,
    cash,
    clock,
    convert,
    dec,
    eur,
    fam,
    forms,
    gbp,
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

IMAGE: list[Family] = []
add = fam(IMAGE)


def _total(rng: random.Random):
    recipe, total, goods = receipt(rng)
    return recipe, total, goods


# --- receipts ---------------------------------------------------------------------------


@add
def receipt_total_euro_chatty(rng: random.Random):  # a trip abroad: total, then euros
    recipe, total, _ = _total(rng)
    e = convert(total, "USD", "EUR")
    if not safe(total, e):
        return None
    return ("just back from the states, found this receipt in my pocket. how much was it and "
            "what's that in euros?", [usd(total), eur(e)], {"image": recipe})


@add
def receipt_pounds_terse(rng: random.Random):  # total and GBP, terse
    recipe, total, _ = _total(rng)
    g = convert(total, "USD", "GBP")
    if not safe(total, g):
        return None
    return "total on this + in GBP?", [usd(total), gbp(g)], {"image": recipe}


@add
def receipt_split_flatmates(rng: random.Random):  # split a shop between flatmates
    recipe, total, _ = _total(rng)
    n = rng.choice([3, 4, 5, 6])
    share = total / n
    if not safe(total, share):
        return None
    return (f"shopping receipt attached. what's the total, and what does each of us owe if "
            f"{n} of us split it evenly?", [usd(total), usd(share)], {"image": recipe})


@add
def receipt_tip_added(rng: random.Random):  # a tip on the bill, then the new total
    recipe, total, _ = _total(rng)
    p = rng.choice([12, 15, 18, 20, 22])
    tip = total * p / 100
    if not safe(total, tip, total + tip):
        return None
    return (f"Can you read the total off this bill, work out a {p}% tip, and tell me what I pay "
            "altogether?", [usd(total), usd(tip), usd(total + tip)], {"image": recipe})


@add
def receipt_priciest_euros(rng: random.Random):  # the dearest line, in euros
    recipe, _, goods = _total(rng)
    name, price = max(goods, key=lambda g: g[1])
    if sorted(p for _, p in goods)[-2] == price:
        return None
    e = convert(price, "USD", "EUR")
    if not safe(price, e):
        return None
    return ("which thing on this receipt cost the most, and how much is that in euros?",
            [[name, name.lower()], eur(e)], {"image": recipe})


@add
def receipt_count_average(rng: random.Random):  # number of lines, average price
    recipe, total, goods = _total(rng)
    avg = total / len(goods)
    if not safe(avg):
        return None
    return ("how many different items did I buy here and what's the average price per item?",
            [[str(len(goods)), f"{len(goods)} items"], usd(avg)], {"image": recipe})


@add
def receipt_coupon_then_euros(rng: random.Random):  # subtract a voucher, then convert
    recipe, total, _ = _total(rng)
    off = rng.choice([2, 3, 5])
    if total <= off + 1:
        return None
    e = convert(total - off, "USD", "EUR")
    if not safe(total - off, e):
        return None
    return (f"I've got a ${off} voucher. after using it on this receipt how much do I pay, and "
            "what's that in euro?", [usd(total - off), eur(e)], {"image": recipe})


@add
def receipt_budget_left(rng: random.Random):  # change from a budget, share spent
    recipe, total, _ = _total(rng)
    budget = rng.choice([60, 80, 100, 120, 150])
    pc = total / budget * 100
    if not safe(total, pc):
        return None
    return (f"my weekly budget is ${budget}. going by this receipt, how much have I got left and "
            "what percent did I spend?", [usd(budget - total), [f"{v}%" for v in forms(pc)]],
            {"image": recipe})


@add
def receipt_tax_on_top(rng: random.Random):  # sales tax on the total
    recipe, total, _ = _total(rng)
    t = rng.choice([5, 6, 7, 8, 9])
    with_tax = total * (100 + t) / 100
    if not safe(total, with_tax):
        return None
    return (f"if {t}% sales tax gets added to the total on this receipt, what's the final "
            "amount? tell me the pre-tax total too", [usd(total), usd(with_tax)], {"image": recipe})


@add
def receipt_item_times(rng: random.Random):  # one item's price, bought several times
    recipe, _, goods = _total(rng)
    name, price = rng.choice(goods)
    k = rng.randint(3, 9)
    return (f"how much was the {name.lower()} on this receipt? I want to buy {k} more of them, "
            "what would that cost?", [usd(price), usd(price * k)], {"image": recipe})


@add
def receipt_expense_claim_gbp(rng: random.Random):  # expense claim: total in pounds and halved
    recipe, total, _ = _total(rng)
    g = convert(total, "USD", "GBP")
    if not safe(g, g / 2):
        return None
    return ("work trip receipt. my company reimburses half in GBP. what's the full amount in "
            "pounds and what will they pay me back?", [gbp(g), gbp(g / 2)], {"image": recipe})


@add
def receipt_two_cheapest(rng: random.Random):  # cheapest item and the difference to the dearest
    recipe, _, goods = _total(rng)
    prices = sorted(p for _, p in goods)
    if len(set(prices)) < len(prices):
        return None
    lo = min(goods, key=lambda g: g[1])
    return ("what was the cheapest thing on here, and how much more did the most expensive one "
            "cost than it?", [[lo[0], lo[0].lower()], usd(prices[-1] - prices[0])],
            {"image": recipe})


@add
def receipt_and_solve(rng: random.Random):  # a receipt total and an unrelated equation
    recipe, total, _ = _total(rng)
    r1, r2, p = two_roots(rng)
    return (f"two things: what's the total on the attached receipt, and can you solve {p} = 0 "
            "for my daughter's homework", [usd(total), root(r1), root(r2)], {"image": recipe})


@add
def receipt_monthly(rng: random.Random):  # a weekly shop, times four and a year
    recipe, total, _ = _total(rng)
    return ("this is what I spend on a typical weekly shop. what's that over 4 weeks and over a "
            "year (52 weeks)?", [usd(total * 4), usd(total * 52)], {"image": recipe})


@add
def receipt_round_up_donate(rng: random.Random):  # round up to the next dollar: the donation
    recipe, total, _ = _total(rng)
    up = F(-(-total.numerator // total.denominator))
    if up == total:
        return None
    return ("the shop rounds your bill up to the next whole dollar for charity. what was my "
            "receipt total, what do I pay, and how much goes to charity?",
            [usd(total), usd(up), usd(up - total)], {"image": recipe})


@add
def receipt_euro_and_gbp(rng: random.Random):  # both euros and pounds
    recipe, total, _ = _total(rng)
    e, g = convert(total, "USD", "EUR"), convert(total, "USD", "GBP")
    if not safe(total, e, g):
        return None
    return ("Convert this receipt's total to both euros and pounds sterling please.",
            [eur(e), gbp(g)], {"image": recipe})


@add
def receipt_without_item(rng: random.Random):  # total without one returned item
    recipe, total, goods = _total(rng)
    name, price = rng.choice(goods)
    return (f"I'm returning the {name.lower()}. what was the original total on this receipt and "
            "what would it have been without it?", [usd(total), usd(total - price)],
            {"image": recipe})


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


__all__ = ["IMAGE", "cash", "km"]
