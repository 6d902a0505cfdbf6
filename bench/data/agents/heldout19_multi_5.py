"""Round 19 (``C_m_*``, dev now) for ``muse bench agents``, multi part 5: app screenshots and
signs read, then a time, pay, pace, conversion or health figure worked from them."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import r2
from bench.data.agents.heldout19_multi import F, Req, Tie, clock, dec, made, num, same, say_clock
from bench.data.agents.heldout19_multi_4 import degrade
from bench.data.agents.helpers import Family

Out = tuple[str, Req, dict[str, object]]


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, object]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }


def board(rng: random.Random, words: list[str]) -> dict[str, object]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def span(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{minutes} minutes", f"{minutes} min"]
    if h and m:
        out += [
            f"{h}h {m}m",
            f"{h} h {m} min",
            f"{h} hours {m} minutes",
            f"{h} hours and {m} minutes",
            f"{h} hr {m} min",
            f"{h} hour {m} minutes",
            f"{h} hour and {m} minutes",
        ]
    elif h:
        out += [f"{h} hours", f"{h} hour", f"{h}h"]
    return out


def s_flight_delay(rng: random.Random) -> Out:
    dep, delay, dur = (
        rng.randint(60, 250) * 5,
        rng.choice([25, 35, 40, 50, 55, 70, 85]),
        rng.randint(14, 60) * 5,
    )
    code = f"{rng.choice(['BA', 'LH', 'UA', 'KL', 'AF'])}{rng.randint(100, 999)}"
    rows = [
        f"Flight {code}",
        f"Departs {hm(dep)}",
        f"Delay {delay} min",
        f"Duration {dur // 60}h {dur % 60:02d}m",
    ]
    t = rng.choice(
        [
            "My flight app (screenshot). What's my new departure time with the delay, and "
            "when will I land?",
            "with the delay on this screen, when do we leave now and what time do we arrive?",
        ]
    )
    return t, [clock(dep + delay), clock(dep + delay + dur)], {"image": shot(rng, "My trips", rows)}


def s_data_plan(rng: random.Random) -> Out:
    cap_, used = rng.choice([10, 15, 20, 30, 50]), F(rng.randint(15, 95), 100)
    used = F(round(cap_ * used * 10), 10)
    rows = [f"Plan: {cap_} GB", f"Used: {dec(used)} GB", f"Renews in {rng.randint(3, 20)} days"]
    t = rng.choice(
        [
            "How much data do I have left on this plan, and what percent have I used (1 decimal)?",
            "screenshot of my mobile data - GB left? % used to 1 dp?",
        ]
    )
    return (
        t,
        [num(cap_ - used, 1), num(used / cap_ * 100, 1)],
        {"image": shot(rng, "Data usage", rows)},
    )


def s_payslip(rng: random.Random) -> Out:
    hours, rate, tax = (
        F(rng.randint(40, 90), 2),
        F(rng.randint(1250, 3400), 100),
        rng.choice([15, 20, 22, 25]),
    )
    rows = [f"Hours: {dec(hours)}", f"Rate: ${float(rate):.2f}/h", "Period: weekly"]
    gross = hours * rate
    t = rng.choice(
        [
            f"From this timesheet, what's my gross pay, and what's left after {tax}% tax?",
            f"gross pay from the screenshot? and net if {tax}% is taken off",
        ]
    )
    return (
        t,
        [num(gross), same(gross * (100 - tax) / 100, r2(gross) * (100 - tax) / 100)],
        {"image": shot(rng, "Timesheet", rows)},
    )


def s_run_pace(rng: random.Random) -> Out:
    km, sec = F(rng.randint(30, 160), 10), rng.randint(270, 400)
    total = int(km * sec)
    if (km * sec).denominator != 1:
        raise Tie
    rows = [
        f"Distance {dec(km)} km",
        f"Time {total // 60}:{total % 60:02d}",
        f"Calories {rng.randint(200, 900)}",
    ]
    t = rng.choice(
        [
            "What was my pace per km on this run, and how many miles was it (1 mile = "
            "1.609 km, 2 dp)?",
            "from my run screenshot: min/km pace + the distance in miles (1 mi = 1.609 km, "
            "2 decimals)",
        ]
    )
    pace = [
        f"{sec // 60}:{sec % 60:02d}",
        f"{sec // 60} min {sec % 60} s",
        f"{sec // 60}m {sec % 60}s",
    ]
    return t, [pace, num(km / F("1.609"))], {"image": shot(rng, "Morning Run", rows)}


def s_scale_bmi(rng: random.Random) -> Out:
    h = rng.randint(152, 196)
    w = F(round(rng.uniform(19, 34) * h * h / 1000), 10)
    rows = [f"Weight {dec(w)} kg", f"Height {h} cm", f"Body fat {rng.randint(12, 35)}%"]
    t = rng.choice(
        [
            "Using my scale app screenshot, what's my BMI (2 decimals) and my weight in "
            "pounds (1 kg = 2.2046 lb, 1 dp)?",
            "bmi from this pic to 2 dp? and the weight in lb at 2.2046 lb per kg, 1 decimal",
        ]
    )
    return (
        t,
        [num(w / F(h, 100) ** 2), num(w * F("2.2046"), 1)],
        {"image": shot(rng, "Smart Scale", rows)},
    )


def s_power_bill(rng: random.Random) -> Out:
    kwh, rate, fee = (
        rng.randint(150, 900),
        F(rng.randint(12, 38), 100),
        F(rng.randint(800, 2500), 100),
    )
    rows = [
        f"Usage: {kwh} kWh",
        f"Rate: ${float(rate):.2f}/kWh",
        f"Standing charge: ${float(fee):.2f}",
    ]
    t = rng.choice(
        [
            "What will this electricity bill come to (usage times rate plus the standing "
            "charge)? And what's that per day over 30 days?",
            "energy app screenshot: total bill incl. standing charge, and the daily cost "
            "over a 30-day month, to the cent",
        ]
    )
    bill = kwh * rate + fee
    return t, [num(bill), num(bill / 30)], {"image": shot(rng, "Energy", rows)}


def s_thermostat(rng: random.Random) -> Out:
    inside, outside = rng.randint(62, 78), rng.randint(-5, 95)
    rows = [f"Indoor {inside} F", f"Outdoor {outside} F", "Mode: auto"]
    t = rng.choice(
        [
            "Convert both temperatures on my thermostat screen to Celsius, 1 decimal",
            "what are the indoor and outdoor temps in °C? (1 dp)",
        ]
    )
    return (
        t,
        [num(F(inside - 32) * 5 / 9, 1), num(F(outside - 32) * 5 / 9, 1)],
        {"image": shot(rng, "Thermostat", rows)},
    )


def s_bank_days(rng: random.Random) -> Out:
    bal, spend = F(rng.randint(30000, 250000), 100), rng.choice([25, 30, 35, 40, 45, 60])
    rows = ["Current account", f"Balance: ${float(bal):,.2f}", f"Pending: ${rng.randint(5, 90)}.00"]
    t = (
        f"What's my balance in this screenshot, and if I spend ${spend} a day, how many full days "
        "does it last?"
    )
    days = int(bal // spend)
    return t, [num(bal), [str(days), f"{days} days"]], {"image": shot(rng, "My Bank", rows)}


def s_order_convert(rng: random.Random) -> Out:
    price, n = F(rng.randint(1500, 30000), 100), rng.randint(2, 5)
    rate = rng.choice(["0.86", "0.79", "1.36"])
    to = {"0.86": "EUR", "0.79": "GBP", "1.36": "CAD"}[rate]
    rows = [f"Order #{rng.randint(10000, 99999)}", f"Qty: {n}", f"Unit price: ${float(price):.2f}"]
    t = rng.choice(
        [
            f"What's the total for this order (qty × unit price), and that in {to} at $1 = "
            f"{rate} {to}?",
            f"order total from the screenshot? convert to {to} too, 1 USD = {rate}",
        ]
    )
    total = n * price
    return t, [num(total), num(total * F(rate))], {"image": shot(rng, "Checkout", rows)}


def g_open_hours(rng: random.Random) -> Out:
    o, c = rng.randint(14, 22) * 30, rng.randint(32, 44) * 30
    now = rng.randint(o // 5 + 3, c // 5 - 3) * 5
    words = ["OPEN DAILY", f"{hm(o)} - {hm(c)}"]
    t = rng.choice(
        [
            f"How many hours a day is this shop open, and it's {say_clock(now, rng)} now — "
            "how long until it closes?",
            f"sign pic: hours open per day? and time left before closing if it's "
            f"{say_clock(now, rng)}",
        ]
    )
    return (
        t,
        [[*span(c - o), f"{dec(F(c - o, 60))} hours"], span(c - now)],
        {"image": board(rng, words)},
    )


def g_parking(rng: random.Random) -> Out:
    rate, stay = F(rng.randint(120, 450), 100), rng.choice([F(3, 2), F(5, 2), F(2), F(3), F(7, 2)])
    words = ["PAY AND DISPLAY", f"£{float(rate):.2f} PER HOUR"]
    t = rng.choice(
        [
            f"How much to park here for {dec(stay)} hours, and what's that in euros at £1 = €1.16?",
            f"parking {dec(stay)} h at the rate on this sign - cost in £ and in € (1 GBP = "
            "1.16 EUR)",
        ]
    )
    cost = rate * stay
    return (
        t,
        [num(cost), same(cost * F("1.16"), r2(cost) * F("1.16"))],
        {"image": board(rng, words)},
    )


def g_speed(rng: random.Random) -> Out:
    limit, km = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110]), rng.randint(6, 90)
    words = ["SPEED LIMIT", f"{limit} KM/H"]
    t = rng.choice(
        [
            f"What's this speed limit in mph (1 mile = 1.609 km, 1 dp), and how many "
            f"minutes would {km} km take at exactly that speed (1 dp)?",
            f"limit on the sign in miles per hour (1.609 km/mi, 1 decimal)? and minutes "
            f"for {km} km at that limit, 1 dp",
        ]
    )
    return (
        t,
        [num(F(limit) / F("1.609"), 1), num(F(km * 60, limit), 1)],
        {"image": board(rng, words)},
    )


def g_train(rng: random.Random) -> Out:
    dep, plat = rng.randint(70, 270) * 5, rng.randint(2, 14)
    now = dep - rng.randint(3, 40) * 5
    if now < 60:
        raise Tie
    words = [f"PLATFORM {plat}", f"DEPARTS {hm(dep)}"]
    t = rng.choice(
        [
            f"Which platform is my train on, and it's {say_clock(now, rng)} — how many "
            "minutes until it leaves?",
            f"photo of the board. platform? and mins to departure from {say_clock(now, rng)}",
        ]
    )
    return (
        t,
        [
            [
                f"platform {plat}",
                f"platform: {plat}",
                f"platform is {plat}",
                f"platform number {plat}",
            ],
            [f"{dep - now} minutes", f"{dep - now} min", f"{dep - now} mins", *span(dep - now)[2:]],
        ],
        {"image": board(rng, words)},
    )


def g_multibuy(rng: random.Random) -> Out:
    k, price, groups = rng.choice([2, 3, 4]), F(rng.randint(150, 600), 100), rng.randint(2, 5)
    words = [
        rng.choice(["APPLES", "LEMONS", "AVOCADOS", "MANGOES"]),
        f"{k} FOR ${float(price):.2f}",
    ]
    t = rng.choice(
        [
            f"How much for {k * groups} at this price, and how much is one (to the cent)?",
            f"I want {k * groups} of these. cost? and price per single one, 2 dp",
        ]
    )
    return t, [num(price * groups), num(price / k)], {"image": board(rng, words)}


def g_last_entry(rng: random.Random) -> Out:
    last, close = rng.randint(26, 34) * 30, 0
    close = last + rng.choice([30, 45, 60, 90])
    arrive = last - rng.randint(2, 20) * 5
    words = [f"LAST ENTRY {hm(last)}", f"CLOSES {hm(close)}"]
    t = (
        f"If I get there at {say_clock(arrive, rng)}, how many minutes do I have before last "
        "entry, and how long between last entry and closing?"
    )
    return t, [span(last - arrive), span(close - last)], {"image": board(rng, words)}


FAMILIES: list[tuple[Family, int]] = [
    (made(f.__name__, f), 10)
    for f in (
        s_flight_delay,
        s_data_plan,
        s_payslip,
        s_run_pace,
        s_scale_bmi,
        s_power_bill,
        s_thermostat,
        s_bank_days,
        s_order_convert,
        g_open_hours,
        g_parking,
        g_speed,
        g_train,
        g_multibuy,
        g_last_entry,
    )
]
