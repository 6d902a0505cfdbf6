"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi_h part 4: signs, screens."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout21_multi_h import Made, clock, degrade, fam, num, receipt, rnd, span
from bench.data.agents.helpers import Family


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def shot(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {
        "kind": "screenshot",
        "title": title,
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": degrade(rng),
    }


def ampm(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


@fam
def parking_sign_leave_by_and_cost(rng: random.Random) -> Made:
    hours = rng.choice([1, 2, 3, 4])
    rate = F(rng.choice([120, 150, 160, 180, 220, 250]), 100)
    arrive = rng.randint(8 * 60, 16 * 60)
    recipe = sign(rng, ["PAY AND DISPLAY", f"MAX STAY {hours} HOUR{'S' if hours > 1 else ''}"])
    text = rng.choice(
        [
            f"parked here at {ampm(arrive)}. what's the latest i can leave? and if it's "
            f"£{float(rate):.2f} an hour how much is the full max stay?",
            f"Arrived {arrive // 60:02d}:{arrive % 60:02d}. Going by this sign, when do I have "
            "to be "
            f"gone, and what would the maximum stay cost at {float(rate):.2f} per hour?",
        ]
    )
    return text, [clock(arrive + hours * 60), num(rate * hours)], {"image": recipe}


@fam
def platform_sign_with_delay(rng: random.Random) -> Made:
    plat = rng.randint(2, 14)
    dep = rng.randint(6 * 60, 22 * 60)
    delay = rng.choice([12, 18, 25, 35, 40, 55, 70])
    recipe = sign(rng, [f"PLATFORM {plat}", f"DEPARTS {dep // 60:02d}:{dep % 60:02d}"])
    text = rng.choice(
        [
            f"my train is running {delay} min late - what platform is it and what time will it "
            "actually leave?",
            f"Board says this but there's a {delay} minute delay. Which platform do I go to, and "
            "new "
            "departure time?",
        ]
    )
    return (
        text,
        [[f"platform {plat}", f"platform: {plat}", f"platform is {plat}"], clock(dep + delay)],
        {"image": recipe},
    )


@fam
def museum_last_entry_and_tickets(rng: random.Random) -> Made:
    last = rng.choice([15 * 60, 15 * 60 + 30, 16 * 60, 16 * 60 + 30, 17 * 60])
    tour = rng.choice([50, 75, 90, 95, 105, 120])
    adult = F(rng.choice([1050, 1200, 1450, 1600, 1850, 2200]), 100)
    a, c = rng.randint(1, 3), rng.randint(1, 3)
    recipe = sign(
        rng,
        [
            rng.choice(["CITY MUSEUM", "ART GALLERY", "CASTLE TOURS"]),
            f"LAST ENTRY {ampm(last).upper()}",
        ],
    )
    text = rng.choice(
        [
            f"if we go in at the last entry time on this sign and the tour takes {tour} minutes, "
            f"when do we finish? also tickets are €{float(adult):.2f} per adult and kids half "
            "price "
            f"- total for {a} adults and {c} kids?",
            f"Tour is {tour} mins. Starting at last entry (see photo), what time does it end? And "
            f"cost for {a} adult(s) + {c} child(ren) if adults pay {float(adult):.2f} and children "
            "pay half?",
        ]
    )
    return text, [clock(last + tour), num(adult * a + adult / 2 * c)], {"image": recipe}


@fam
def speed_sign_kmh_and_minutes(rng: random.Random) -> Made:
    mph = rng.choice([20, 30, 40, 50, 60, 70])
    dist = F(rng.randint(15, 180), 10)
    recipe = sign(rng, ["SPEED LIMIT", str(mph)])
    kmh = mph * F("1.609")
    mins = dist / mph * 60
    text = rng.choice(
        [
            "UK road sign, it's in mph. what is it in km/h (1 mile = 1.609 km)? and how many "
            f"minutes to cover {float(dist)} miles at that limit (1 dp)?",
            "Convert the limit on this sign to km/h using 1.609, then tell me the time for "
            f"{float(dist)} mi at exactly that speed in minutes, one decimal",
        ]
    )
    return text, [num(kmh, 1), num(mins, 1)], {"image": recipe}


@fam
def happy_hour_wait_and_bill(rng: random.Random) -> Made:
    start = rng.choice([16, 17, 18]) * 60
    off = rng.choice([20, 25, 30, 40, 50])
    recipe = sign(
        rng,
        [
            "HAPPY HOUR",
            f"{ampm(start).upper()} - {ampm(start + 120).upper()}",
            f"ALL DRINKS {off}% OFF",
        ],
    )
    now = start - rng.randint(10, 110)
    price = F(rng.choice([650, 700, 750, 850, 900, 1100, 1250]), 100)
    n = rng.randint(2, 6)
    text = rng.choice(
        [
            f"it's {ampm(now)} now, how long till happy hour starts? and what will {n} drinks at "
            f"${float(price):.2f} each cost during it?",
            f"Bar sign attached. Time now {now // 60}:{now % 60:02d}. Minutes until happy hour, "
            "and "
            f"the bill for {n} drinks (normally ${float(price):.2f}) with the discount?",
        ]
    )
    return text, [span(start - now), num(price * n * (100 - off) / 100)], {"image": recipe}


@fam
def flight_app_arrival_and_km(rng: random.Random) -> Made:
    dep = rng.randint(6 * 60, 20 * 60)
    dur = rng.randint(55, 290)
    delay = rng.choice([15, 25, 30, 40, 50, 65, 80])
    miles = rng.randint(250, 2400)
    rows = [
        f"Flight {rng.choice(['BA', 'LH', 'AF', 'IB'])} {rng.randint(100, 999)}",
        f"Departs {dep // 60:02d}:{dep % 60:02d}",
        f"Flight time {dur // 60}h {dur % 60:02d}m",
        f"Delay: {delay} min",
        f"Distance: {miles:,} mi",
    ]
    recipe = shot(rng, "Trip details", rows)
    text = rng.choice(
        [
            "with the delay on this screenshot what time will I land? (same time zone both ends) "
            "and "
            "how far is the flight in km, 1 mi = 1.609 km, 2 dp",
            "Screenshot from my airline app. Landing time including the delay please (no time zone "
            "change) + the distance converted to kilometres (1.609 km per mile, 2 dp).",
        ]
    )
    return text, [clock(dep + delay + dur), num(miles * F("1.609"))], {"image": recipe}


@fam
def shifts_screenshot_hours_and_pay(rng: random.Random) -> Made:
    days = rng.sample(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], rng.randint(3, 5))
    shifts = []
    for d in days:
        s = rng.choice([7, 8, 9, 10, 12]) * 60 + rng.choice([0, 30])
        e = s + rng.randint(10, 18) * 30
        shifts.append((d, s, e))
    shifts.sort(key=lambda x: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].index(x[0]))
    rows = [f"{d}  {s // 60:02d}:{s % 60:02d} - {e // 60:02d}:{e % 60:02d}" for d, s, e in shifts]
    recipe = shot(rng, "My shifts", rows)
    brk = rng.choice([0, 30])
    mins = sum(e - s - brk for _, s, e in shifts)
    wage = F(rng.choice([1144, 1221, 1260, 1350, 1475, 1590]), 100)
    note = f" minus a {brk} min unpaid break each shift" if brk else ""
    text = rng.choice(
        [
            f"how many hours am I working this week{note}? and my pay at £{float(wage):.2f}/hr?",
            f"Rota screenshot - total hours{note}, and gross pay at {float(wage):.2f} an hour "
            "(2dp)",
        ]
    )
    hrs = F(mins, 60)
    return text, [num(hrs) + span(mins), num(hrs * wage)], {"image": recipe}


@fam
def order_screenshot_gbp_and_days(rng: random.Random) -> Made:
    placed = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    total = F(rng.randint(1500, 25000), 100)
    rows = [
        f"Order #{rng.randint(10000, 99999)}",
        f"Placed: {placed.isoformat()}",
        f"Total: ${float(total):.2f}",
        "Status: shipped",
    ]
    recipe = shot(rng, "Your orders", rows)
    rate = F(rng.choice([74, 76, 78, 79, 81]), 100)
    later = placed + dt.timedelta(days=rng.randint(9, 60))
    gone = (later - placed).days
    text = rng.choice(
        [
            f"what's this order total in pounds at $1 = £{float(rate)}? and it's "
            f"{later.strftime('%B')} {later.day} today, how many days since I ordered?",
            f"Convert the order total to GBP (1 USD = {float(rate)} GBP) and count the days from "
            "the "
            f"order date to {later.isoformat()}.",
        ]
    )
    return text, [num(total * rate), [f"{gone} days", f"{gone} day"]], {"image": recipe}


@fam
def recipe_card_scale_and_ounces(rng: random.Random) -> Made:
    serves = rng.choice([2, 4, 6])
    flour, sugar, butter = (
        rng.randint(15, 60) * 10,
        rng.randint(5, 30) * 10,
        rng.randint(5, 25) * 10,
    )
    rows = [f"Serves {serves}", f"Flour {flour} g", f"Sugar {sugar} g", f"Butter {butter} g"]
    recipe = shot(rng, rng.choice(["Banana bread", "Shortbread", "Sponge cake"]), rows)
    want = rng.choice([3, 5, 8, 9, 10, 12])
    if want == serves:
        return None
    which, grams = rng.choice([("flour", flour), ("sugar", sugar), ("butter", butter)])
    g = F(grams * want, serves)
    text = rng.choice(
        [
            f"this recipe card - i need it for {want} people. how much {which} in grams then, "
            "and in "
            "ounces (1 oz = 28.35 g, 1 dp)?",
            f"Scale this to serve {want}: the {which} amount in g (1 decimal), and converted to oz "
            "using 28.35 g per oz, one decimal.",
        ]
    )
    return text, [num(g, 1), num(g / F("28.35"), 1)], {"image": recipe}


@fam
def calorie_app_left_and_kj(rng: random.Random) -> Made:
    plan = rng.choice([1500, 1600, 1800, 2000, 2200, 2500])
    meals = [
        ("Breakfast", rng.randint(250, 550)),
        ("Lunch", rng.randint(400, 800)),
        ("Snack", rng.randint(90, 300)),
    ]
    meals = meals[: rng.randint(2, 3)]
    rows = [f"Daily goal: {plan:,} kcal"] + [f"{m}: {k} kcal" for m, k in meals]
    recipe = shot(rng, "Food diary", rows)
    left = plan - sum(k for _, k in meals)
    text = rng.choice(
        [
            "how many calories do i have left today according to this? and what is that in kJ (1 "
            "kcal = 4.184 kJ)? 1 decimal",
            "From my food diary screenshot: remaining kcal for the day, then the same in "
            "kilojoules, "
            "x 4.184, 1 decimal.",
        ]
    )
    return text, [num(left, 0), num(left * F("4.184"), 1)], {"image": recipe}


@fam
def receipt_vat_inside_and_euros(rng: random.Random) -> Made:
    goods = rng.sample(
        ["Lamp", "Cushion", "Candle", "Frame", "Vase", "Rug", "Mug"], rng.randint(2, 4)
    )
    recipe, lines = receipt(rng, rng.choice(["Home Store", "Nest Living"]), goods, "£", 300, 4000)
    total = F(sum(c for _, c in lines), 100)
    rate = F(rng.choice([114, 115, 116, 117, 118]), 100)
    text = rng.choice(
        [
            "the total on this receipt includes 20% VAT - how much of it is VAT? also what's the "
            f"total in euros at £1 = €{float(rate)}?",
            "How much VAT (20%, already included) is in this receipt's total, and the total "
            f"converted to EUR with 1 GBP = {float(rate)} EUR? 2 dp",
        ]
    )
    return text, [num(total / 6), num(total * rate)], {"image": recipe}


@fam
def lunch_receipt_every_weekday(rng: random.Random) -> Made:
    goods = rng.sample(["Sandwich", "Coffee", "Soup", "Crisps", "Fruit", "Tea"], 2)
    recipe, lines = receipt(rng, rng.choice(["Pret Corner", "Daily Deli"]), goods, "€", 150, 900)
    total = F(sum(c for _, c in lines), 100)
    wd = rng.choice([20, 21, 22, 23])
    rate = F(rng.choice([108, 112, 115, 117]), 100)
    text = rng.choice(
        [
            f"I buy exactly this lunch every workday, {wd} workdays this month. what does that "
            "come "
            f"to for the month, and in USD at 1 EUR = {float(rate)} USD?",
            f"Same order as this receipt x {wd} working days - monthly total in euros please, then "
            f"in dollars (€1 = ${float(rate)})",
        ]
    )
    return text, [num(total * wd), num(total * wd * rate)], {"image": recipe}


@fam
def data_plan_left_per_day(rng: random.Random) -> Made:
    plan = rng.choice([10, 15, 20, 25, 30, 50])
    used = F(rng.randint(20, plan * 10 - 10), 10)
    days_left = rng.randint(3, 20)
    recipe = shot(
        rng,
        "Mobile usage",
        [f"Plan: {plan} GB", f"Used: {float(used)} GB", f"Resets in {days_left} days"],
    )
    left = plan - used
    text = rng.choice(
        [
            "how much data do I have left on this? and how many MB a day can I use so it lasts "
            "till "
            "the reset? (1 GB = 1000 MB, whole MB)",
            "Remaining GB from this screenshot, and the daily allowance in MB to make it last "
            "until "
            "reset (1000 MB per GB, round to whole MB)",
        ]
    )
    return text, [num(left, 1), num(left * 1000 / days_left, 0)], {"image": recipe}


@fam
def cherries_price_sign_grams_dollars(rng: random.Random) -> Made:
    fruit = rng.choice(["CHERRIES", "BLUEBERRIES", "PRAWNS", "OLIVES", "ALMONDS"])
    per = F(rng.randint(380, 1890), 100)
    g = rng.choice([250, 300, 400, 450, 600, 750, 1200, 1500])
    rate = F(rng.choice([125, 126, 127, 129, 131]), 100)
    recipe = sign(rng, [fruit, f"£{float(per):.2f} PER KG"])
    cost = per * g / 1000
    text = rng.choice(
        [
            f"how much would {g} g of these cost? and what's that in dollars, £1 = ${float(rate)}?",
            f"Price for {g}g at the rate on this market sign, then in USD at 1 GBP = {float(rate)} "
            "USD (round to cents)",
        ]
    )
    usd = list(dict.fromkeys(num(cost * rate) + num(rnd(cost, 2) * rate)))
    return text, [num(cost), usd], {"image": recipe}


@fam
def meeting_screenshot_other_zone(rng: random.Random) -> Made:
    start = rng.randint(8, 18) * 60 + rng.choice([0, 15, 30, 45])
    dur = rng.choice([30, 45, 60, 75, 90])
    city, shift = rng.choice(
        [("New York", -5), ("Chicago", -6), ("Dubai", 4), ("Tokyo", 9), ("Los Angeles", -8)]
    )
    recipe = shot(
        rng,
        "Team call",
        [f"Starts {start // 60:02d}:{start % 60:02d} (London)", f"Duration {dur} min"],
    )
    text = rng.choice(
        [
            f"my colleague is in {city}, which is {abs(shift)} hours "
            f"{'behind' if shift < 0 else 'ahead of'} London. what time does this call start and "
            "end "
            "for them?",
            f"Convert this meeting to {city} time ({'+' if shift > 0 else '-'}{abs(shift)}h vs "
            "London): start and finish times please",
        ]
    )
    s = start + shift * 60
    return text, [clock(s), clock(s + dur)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [
    (f, 10)
    for f in (
        parking_sign_leave_by_and_cost,
        platform_sign_with_delay,
        museum_last_entry_and_tickets,
        speed_sign_kmh_and_minutes,
        happy_hour_wait_and_bill,
        flight_app_arrival_and_km,
        shifts_screenshot_hours_and_pay,
        order_screenshot_gbp_and_days,
        recipe_card_scale_and_ounces,
        calorie_app_left_and_kj,
        receipt_vat_inside_and_euros,
        lunch_receipt_every_weekday,
        data_plan_left_per_day,
        cherries_price_sign_grams_dollars,
        meeting_screenshot_other_zone,
    )
]
