"""Round 20 (``E_o_*``, dev now) for ``muse bench agents``, read part 7: codes, lists, money.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout20_read import (
    EN,
    Family,
    Made,
    clock,
    count,
    family,
    fx,
    hm,
    money,
    number,
    pct,
    pick,
    shot,
    span,
)

CURS = ["$", "£", "€"]
CODE = {"$": "USD", "£": "GBP", "€": "EUR"}


def cur_of(rng: random.Random) -> str:
    return rng.choice(CURS)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


@family
def parcel_lb(rng: random.Random) -> Made:
    kg = F(rng.randint(3, 250), 10)
    rows = [f"Parcel weight {float(kg):.1f} kg", f"Service: {rng.choice(['Standard', 'Express'])}"]
    text = "What's the parcel weight in pounds? 1 kg = 2.205 lb, round to one decimal."
    return text, [number(kg * F("2.205"), 1)], shot(rng, "Shipping label", rows)


@family
def wallet_convert(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bal = rng.randint(2000, 200000)
    to = rng.choice([c for c in ["USD", "EUR", "GBP", "JPY", "CAD"] if c != CODE[cur]])
    rate = fx(rng, CODE[cur], to)
    rows = [f"{CODE[cur]} balance", f"{cur}{bal / 100:,.2f}"]
    if to == "JPY":
        text = (f"How many yen is this balance worth at 1 {CODE[cur]} = {rate} JPY? "
                "Round to the nearest yen.")
        return text, [number(F(bal, 100) * rate)], shot(rng, "Wallet", rows)
    text = (f"What's this balance in {to} if 1 {CODE[cur]} = {float(rate):.2f} {to}? "
            "To the cent.")
    return text, [money(F(bal, 100) * rate)], shot(rng, "Wallet", rows)


@family
def invoice_total(rng: random.Random) -> Made:
    cur = cur_of(rng)
    goods = rng.sample(["Widget", "Bracket", "Cable", "Panel", "Hinge", "Sensor", "Valve"], 3)
    qty = [rng.randint(1, 12) for _ in goods]
    unit = rng.sample(range(150, 4500), 3)
    rows = [f"{g}  x{q}  @ {cur}{u / 100:.2f}" for g, q, u in zip(goods, qty, unit, strict=True)]
    text = pick(rng, "What's the total of this invoice (quantity times unit price for each line)?",
                "work out the invoice total for me - qty x price per line, then add up")
    return text, [money(sum(q * u for q, u in zip(qty, unit, strict=True)), True)], \
        shot(rng, "Invoice", rows)


@family
def invoice_number(rng: random.Random) -> Made:
    num = f"INV-{rng.randint(2024, 2026)}-{digits(rng, 4)}"
    rows = [f"Invoice no. {num}", f"Due in {rng.randint(7, 30)} days"]
    text = pick(rng, "What's the invoice number?", "I need the invoice no. for the payment ref")
    return text, [[num]], shot(rng, "Billing", rows)


@family
def min_payment(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bal, mn = rng.randint(20000, 400000), rng.randint(2500, 15000)
    rows = [f"Statement balance {cur}{bal / 100:,.2f}", f"Minimum payment {cur}{mn / 100:.2f}"]
    text = ("If I only pay the minimum, how much of the statement balance is left unpaid?")
    return text, [money(bal - mn, True)], shot(rng, "Credit card", rows)


@family
def group_average(rng: random.Random) -> Made:
    cur = cur_of(rng)
    names = rng.sample(["Ana", "Ben", "Cat", "Dev", "Eli", "Fay"], rng.randint(3, 5))
    paid = rng.sample(range(1000, 12000), len(names))
    rows = [f"{n} paid {cur}{c / 100:.2f}" for n, c in zip(names, paid, strict=True)]
    text = (f"If all {EN[len(names)]} of us should pay the same, what's each person's fair "
            "share of the total? nearest cent")
    return text, [money(F(sum(paid), 100 * len(names)))], shot(rng, "Group trip", rows)


@family
def suggested_tip(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bill = rng.randint(1500, 15000)
    rows = [f"Subtotal {cur}{bill / 100:.2f}", "Tip: 15%  18%  20%"]
    p = rng.choice([15, 18, 20])
    text = f"If I tap the {p}% option, what's the tip amount and the total?"
    return text, [money(F(bill * p, 10000)), money(F(bill * (100 + p), 10000))], \
        shot(rng, "Add a tip", rows)


@family
def game_scores(rng: random.Random) -> Made:
    rounds = [rng.randint(0, 250) for _ in range(rng.randint(4, 7))]
    rows = [f"Round {i + 1}: {s}" for i, s in enumerate(rounds)]
    text = pick(rng, "What's my total score across these rounds?", "add up my rounds")
    return text, [number(sum(rounds))], shot(rng, "Scores", rows)


@family
def fuel_economy(rng: random.Random) -> Made:
    km = rng.randint(250, 900)
    litres = F(rng.randint(150, 700), 10)
    rows = [f"Distance {km} km", f"Fuel used {float(litres):.1f} L"]
    text = "What's my fuel consumption in litres per 100 km? one decimal"
    return text, [number(litres * 100 / km, 1)], shot(rng, "Trip computer", rows)


@family
def recipe_scale(rng: random.Random) -> Made:
    serves = rng.choice([2, 4, 6, 8])
    want = rng.choice([w for w in (2, 3, 4, 5, 6, 8, 10, 12) if w != serves])
    flour = rng.choice([150, 200, 250, 300, 350, 400, 450, 500])
    rows = [f"Serves {serves}", f"Flour {flour} g", f"Sugar {rng.randint(5, 20) * 10} g"]
    value = F(flour * want, serves)
    text = f"How much flour do I need to make this for {want} people? (nearest gram)"
    return text, [[f + " g" for f in number(value)] + [f + "g" for f in number(value)]
                  + [f + " grams" for f in number(value)]], shot(rng, "Pancakes", rows)


@family
def recipe_time(rng: random.Random) -> Made:
    prep, cook = rng.choice(range(5, 50, 5)), rng.choice(range(10, 150, 5))
    rows = [f"Prep {prep} min", f"Cook {cook} min"]
    start = rng.choice(range(16 * 60, 19 * 60, 15))
    text = f"If I start at {hm(start)}, when will this be ready?"
    return text, [clock(start + prep + cook)], shot(rng, rng.choice(["Lasagne", "Curry",
                                                                      "Roast"]), rows)


@family
def podcast_total(rng: random.Random) -> Made:
    eps = [rng.randint(12, 75) for _ in range(rng.randint(3, 5))]
    rows = [f"Ep {40 + i}  {m} min" for i, m in enumerate(eps)]
    text = pick(rng, "How long would it take to listen to all of these episodes?",
                "total listening time for these eps?")
    return text, [span(sum(eps))], shot(rng, "Downloads", rows)


@family
def playlist(rng: random.Random) -> Made:
    songs = [(rng.randint(2, 5), rng.randint(0, 59)) for _ in range(rng.randint(3, 6))]
    rows = [f"Track {i + 1}  {m}:{s:02d}" for i, (m, s) in enumerate(songs)]
    secs = sum(m * 60 + s for m, s in songs)
    text = "How many songs are in this playlist and what's the total length?"
    m, s = divmod(secs, 60)
    forms = [f"{m}:{s:02d}", f"{m} min {s} s", f"{m}m {s}s", f"{m} minutes {s} seconds",
             f"{m} minutes and {s} seconds", f"{m} min {s} sec"]
    return text, [count(len(songs)), forms], shot(rng, "Road trip mix", rows)


@family
def locker_code(rng: random.Random) -> Made:
    pin = digits(rng, 6)
    rows = [f"Locker {rng.randint(1, 60)}", f"Collection code {pin}", "Collect within 3 days"]
    text = pick(rng, "What's the code to open the locker?", "collection code?")
    return text, [[pin]], shot(rng, "Parcel ready", rows)


@family
def locker_number(rng: random.Random) -> Made:
    n = rng.randint(1, 80)
    rows = [f"Locker {n}", f"Code {digits(rng, 4)}",
            rng.choice(["Station Rd", "Main Square", "Mall Level 2"])]
    text = "Which locker number is my parcel in?"
    return text, [count(n)], shot(rng, "Pickup", rows)


@family
def verify_code(rng: random.Random) -> Made:
    c = digits(rng, 6)
    rows = [f"Your verification code is {c}", "Expires in 10 minutes"]
    text = pick(rng, "What's the verification code?", "read me the code in this text")
    return text, [[c, f"{c[:3]} {c[3:]}"]], shot(rng, "Messages", rows)


@family
def meeting_id(rng: random.Random) -> Made:
    mid = f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}"
    pw = digits(rng, 6)
    rows = [f"Meeting ID: {mid}", f"Passcode: {pw}"]
    text = "What's the meeting ID and passcode?"
    return text, [[mid, mid.replace(" ", "")], [pw]], shot(rng, "Invite", rows)


@family
def delivery_window(rng: random.Random) -> Made:
    a = rng.choice(range(8 * 60, 19 * 60, 30))
    b = a + rng.choice([60, 90, 120, 180, 240])
    rows = ["Arriving today", f"Between {hm(a)} and {hm(b)}"]
    text = "What's the latest time the delivery should arrive?"
    return text, [clock(b)], shot(rng, "Delivery", rows)


@family
def rent_split(rng: random.Random) -> Made:
    cur = cur_of(rng)
    rent = rng.randint(900, 3600) * 100 // 10 * 10
    k = rng.randint(2, 5)
    rows = [f"Rent due {cur}{rent / 100:,.2f}", "Due 1st of month"]
    text = f"We're {EN[k]} flatmates splitting this rent equally. What's each share?"
    return text, [money(F(rent, 100 * k))], shot(rng, "Landlord app", rows)


@family
def mileage_claim(rng: random.Random) -> Made:
    miles = F(rng.randint(50, 3000), 10)
    rate = rng.choice(["0.45", "0.30", "0.55", "0.67", "0.25"])
    cur = cur_of(rng)
    rows = [f"Trip {float(miles):.1f} mi", f"Duration {rng.randint(10, 180)} min"]
    text = f"My work pays {cur}{rate} per mile. What can I claim for this trip? round to cents"
    return text, [money(miles * F(rate))], shot(rng, "Mileage", rows)


@family
def attendance_pct(rng: random.Random) -> Made:
    total = rng.randint(20, 190)
    present = rng.randint(total // 2, total - 1)
    rows = [f"Sessions: {total}", f"Attended: {present}"]
    text = "What's my attendance percentage? 1 decimal"
    return text, [pct(F(100 * present, total))], shot(rng, "Attendance", rows)


@family
def transit_rides(rng: random.Random) -> Made:
    cur = cur_of(rng)
    bal = rng.randint(500, 6000)
    fare = rng.choice([175, 200, 225, 250, 275, 290, 310])
    rows = [f"Card balance {cur}{bal / 100:.2f}", f"Single fare {cur}{fare / 100:.2f}"]
    text = pick(rng, "How many rides can I take with this balance?",
                "how many trips do I have left on my card?")
    return text, [count(bal // fare, "rides")], shot(rng, "Transit card", rows)


@family
def pills_days(rng: random.Random) -> Made:
    left = rng.randint(6, 90)
    per = rng.choice([1, 2, 3])
    rows = [f"Tablets left: {left}", f"Dose: {per} per day"]
    text = "How many full days will my tablets last at this dose?"
    return text, [count(left // per, "days")], shot(rng, "Prescription", rows)


@family
def price_drop(rng: random.Random) -> Made:
    cur = cur_of(rng)
    was = rng.randint(2000, 60000)
    now = was - rng.randint(200, was // 2)
    rows = [f"Was {cur}{was / 100:.2f}", f"Now {cur}{now / 100:.2f}"]
    text = pick(rng, "By what percentage has the price dropped? one decimal",
                "how big is the price cut as a % (1 dp)?")
    return text, [pct(F(100 * (was - now), was))], shot(rng, "Price alert", rows)


@family
def test_pct(rng: random.Random) -> Made:
    out = rng.choice([20, 25, 30, 40, 50, 60, 80, 120])
    got = rng.randint(out // 3, out - 1)
    rows = [f"Score {got}/{out}", "Submitted"]
    text = pick(rng, "What's my score as a percentage? 1 dp", "what % did I get?  (1 decimal)")
    return text, [pct(F(100 * got, out))], shot(rng, "Quiz result", rows)


@family
def units_in_order(rng: random.Random) -> Made:
    goods = rng.sample(["Pens", "Folders", "Batteries", "Mugs", "Towels", "Candles"], 3)
    qty = [rng.randint(1, 12) for _ in goods]
    rows = [f"{g}  Qty {q}" for g, q in zip(goods, qty, strict=True)]
    text = pick(rng, "How many items are in this order in total, counting quantities?",
                "total quantity ordered?")
    return text, [count(sum(qty))], shot(rng, "Order summary", rows)


@family
def bill_each(rng: random.Random) -> Made:
    cur = cur_of(rng)
    total = rng.randint(3000, 30000)
    k = rng.randint(2, 8)
    rows = [f"Bill total {cur}{total / 100:.2f}", f"People: {k}"]
    text = "Split evenly, what does each person pay? nearest cent"
    return text, [money(F(total, 100 * k))], shot(rng, "Split the bill", rows)


@family
def charge_left(rng: random.Random) -> Made:
    b = rng.randint(10, 95)
    rate = rng.choice([5, 8, 10, 12, 15, 20])
    rows = [f"Battery {b}%", "Using about", f"{rate}% per hour"]
    text = "At this rate, how long until the battery hits 0? Round down to whole minutes."
    return text, [span(math.floor(F(b * 60, rate)))], shot(rng, "Battery", rows)


@family
def ticket_count(rng: random.Random) -> Made:
    n = rng.randint(2, 9)
    cur = cur_of(rng)
    each = rng.randint(800, 9500)
    rows = [f"Tickets x{n}", f"Each {cur}{each / 100:.2f}", f"Fee {cur}2.50"]
    text = "What's the total for these tickets including the booking fee (charged once)?"
    return text, [money(n * each + 250, True)], shot(rng, "Checkout", rows)


@family
def wifi_speed(rng: random.Random) -> Made:
    down = rng.randint(20, 900)
    up = rng.randint(5, 300)
    rows = [f"Download {down} Mbps", f"Upload {up} Mbps", f"Ping {rng.randint(5, 60)} ms"]
    text = pick(rng, "What download speed did I get?", "what's the download speed on this test?")
    return text, [[f"{down} mbps", f"{down}mbps", f"{down} megabits"]], shot(rng, "Speed test",
                                                                              rows)


@family
def earliest_train(rng: random.Random) -> Made:
    deps = sorted(rng.sample(range(6 * 60, 22 * 60, 5), 4))
    now = rng.randint(deps[0] - 30, deps[2] - 1)
    nxt = min(d for d in deps if d > now)
    rows = [f"{hm(d)}  Platform {rng.randint(1, 9)}" for d in deps]
    text = f"It's {hm(now)} now. What's the next departure I can still catch?"
    return text, [clock(nxt)], shot(rng, "Departures", rows)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    parcel_lb, wallet_convert, invoice_total, invoice_number, min_payment, group_average,
    suggested_tip, game_scores, fuel_economy, recipe_scale, recipe_time, podcast_total,
    playlist, locker_code, locker_number, verify_code, meeting_id, delivery_window,
    rent_split, mileage_claim, attendance_pct, transit_rides, pills_days, price_drop,
    test_pct, units_in_order, bill_each, charge_left, ticket_count, wifi_speed,
    earliest_train)]
