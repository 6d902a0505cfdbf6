"""Round 23 (``I_o_*``, held out) for ``muse bench agents``, read part 11: screenshots, health."""

from __future__ import annotations

import random
from fractions import Fraction as F

from bench.data.agents.heldout23_read import (
    Made,
    cnt,
    family,
    money,
    num,
    shot,
)
from bench.data.agents.heldout23_read_4 import NAMES, amounts, day, mdy
from bench.data.agents.helpers import Family


@family
def run_log(rng: random.Random) -> Made:
    k = rng.randint(3, 6)
    km = [F(rng.randint(20, 150), 10) for _ in range(k)]
    recipe = shot(rng, "Runs", [f"Run {i + 1}  {float(x):.1f} km" for i, x in enumerate(km)])
    text = rng.choice(["How many km have I run in total?", "total distance of these runs?"])
    s = sum(km)
    return text, [[f"{v} km" for v in num(s, 1)] + [f"{v}km" for v in num(s, 1)]
                  + num(s, 1)], recipe


@family
def run_pace(rng: random.Random) -> Made:
    km = rng.choice([5, 8, 10, 12, 15, 21])
    pace = rng.randint(270, 420)
    t = km * pace
    recipe = shot(rng, "Workout", [f"Distance {km}.00 km",
                                   f"Time {t // 3600}:{t % 3600 // 60:02d}:{t % 60:02d}"])
    text = "What was my average pace per km (min:sec)?"
    return text, [[f"{pace // 60}:{pace % 60:02d}", f"{pace // 60}m {pace % 60}s",
                   f"{pace // 60} min {pace % 60} s",
                   f"{pace // 60} minutes {pace % 60} seconds",
                   f"{pace // 60} mins {pace % 60} secs",
                   f"{pace // 60} min {pace % 60} sec"]], recipe


@family
def item_qty(rng: random.Random) -> Made:
    goods = rng.sample(["T-shirt", "Socks", "Mug", "Cable", "Candle", "Pen", "Plate"], 3)
    q = [rng.randint(1, 6) for _ in goods]
    recipe = shot(rng, "Your basket", [f"{n} x {g}" for n, g in zip(q, goods, strict=True)])
    text = rng.choice(["How many items are in my basket altogether?",
                       "total number of things in this cart?"])
    return text, [cnt(sum(q), "items")], recipe


@family
def refund_amount(rng: random.Random) -> Made:
    amt = rng.randint(500, 30000)
    recipe = shot(rng, "Return #R" + str(rng.randint(1000, 9999)),
                  ["Status: Refund issued", f"Refund: €{amt / 100:.2f}",
                   f"Date: {mdy(day(rng))}"])
    text = rng.choice(["How much is the refund?", "what's the refund amount?"])
    return text, [money(amt, True)], recipe


@family
def transfer_fee(rng: random.Random) -> Made:
    amt, fee = rng.randint(5000, 200000), rng.randint(99, 899)
    recipe = shot(rng, "Send money", [f"You send: £{amt / 100:,.2f}", f"Fee: £{fee / 100:.2f}",
                                      "Arrives: today"])
    text = rng.choice(["What's the total taken from my account?", "amount plus fee = ?"])
    return text, [money(amt + fee, True)], recipe


@family
def who_owes(rng: random.Random) -> Made:
    people = rng.sample(NAMES, rng.randint(3, 5))
    paid = amounts(rng, len(people), 0, 8000)
    recipe = shot(rng, "Trip expenses", [f"{p} paid ${v / 100:.2f}" for p, v in
                                         zip(people, paid, strict=True)])
    avg = F(sum(paid), len(people) * 100)
    i = paid.index(min(paid))
    text = (f"We're splitting everything evenly. How much does {people[i]} need to pay in "
            "to be square?")
    return text, [money(avg - F(paid[i], 100))], recipe


@family
def payslip_net(rng: random.Random) -> Made:
    gross = rng.randint(180000, 650000)
    tax, ni, pen = (rng.randint(gross // 10, gross // 4), rng.randint(5000, 40000),
                    rng.randint(3000, 30000))
    recipe = shot(rng, "Payslip", [f"Gross pay {gross / 100:,.2f}", f"Income tax {tax / 100:,.2f}",
                                   f"Nat. Ins. {ni / 100:,.2f}", f"Pension {pen / 100:,.2f}"])
    text = rng.choice(["What's my take-home pay after these deductions?",
                       "net pay from this payslip?"])
    return text, [money(gross - tax - ni - pen, True)], recipe


@family
def loan_months(rng: random.Random) -> Made:
    bal, pay = rng.randint(100000, 900000), rng.choice([150, 200, 250, 300, 400, 500])
    recipe = shot(rng, "Car loan", [f"Remaining: ${bal / 100:,.2f}", "Interest: 0%"])
    text = (f"If I pay ${pay} a month, how many monthly payments to clear it "
            "(the last one can be smaller)?")
    k = -(-bal // (pay * 100))
    return text, [[*cnt(k, "months"), f"{k} payments"]], recipe


@family
def weather_range(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    highs = [rng.randint(-3, 35) for _ in days]
    recipe = shot(rng, "5-day forecast", [f"{d}  {h}°C" for d, h in zip(days, highs, strict=True)])
    text = rng.choice(["What's the average high over these days? (1 decimal)",
                       "difference between the warmest and coldest day?"])
    if "average" in text:
        return text, [num(F(sum(highs), 5), 1)], recipe
    diff = max(highs) - min(highs)
    return text, [[f"{diff}°", f"{diff} degrees", f"{diff}°c", f"{diff} °c", f"{diff} c"]], recipe


@family
def fuel_economy(rng: random.Random) -> Made:
    km, litres = rng.randint(250, 900), F(rng.randint(180, 700), 10)
    recipe = shot(rng, "Trip computer", [f"Distance {km} km", f"Fuel used {float(litres):.1f} L"])
    text = "What's my fuel consumption in L/100 km? Two decimals."
    return text, [num(litres * 100 / km, 2)], recipe


@family
def crypto_value(rng: random.Random) -> Made:
    coins = F(rng.randint(1, 9999), 1000)
    price = rng.randint(1500, 90000)
    recipe = shot(rng, "Wallet", [f"ETH {float(coins):.3f}", f"Price ${price:,}"])
    text = "What's my holding worth in dollars, to the cent?"
    return text, [money(coins * price)], recipe


@family
def ride_total(rng: random.Random) -> Made:
    fare = rng.randint(600, 6000)
    tip = rng.choice([10, 15, 20])
    recipe = shot(rng, "Trip receipt", [f"Fare ${fare / 100:.2f}", "Driver: " + rng.choice(NAMES)])
    text = f"If I tip the driver {tip}% of the fare, what's the total?"
    return text, [money(fare * F(100 + tip, 100), True)], recipe


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    run_log, run_pace, item_qty, refund_amount, transfer_fee, who_owes, payslip_net, loan_months,
    weather_range, fuel_economy, crypto_value, ride_total)]
