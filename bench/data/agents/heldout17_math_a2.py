"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a2-1: shared helpers,
shopping, pay, savings, cooking quantities and travel-time word problems."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money, near_tie
from bench.data.agents.helpers import Family, Item, fresh, item


def family(make: Callable[[random.Random], Made]) -> Family:
    name = f"M_a_a2_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                return item(name, "math", made[0], made[1])
    draw.__name__ = make.__name__
    return fresh(draw)


def dec(value: float | Fraction, places: int = 2) -> list[str]:
    """A rounded value in fixed and trimmed forms, with thousands separators when large."""
    v = float(value)
    fixed = f"{v:.{places}f}"
    out = [fixed, fixed.rstrip("0").rstrip(".") if "." in fixed else fixed]
    if abs(v) >= 1000:
        out += [f"{v:,.{places}f}", f"{float(out[1]):,}".removesuffix(".0")]
    return list(dict.fromkeys(out))


def fmt2(value: Fraction) -> str:
    return f"{float(value):.2f}"


def tie(value: float | Fraction, places: int) -> bool:
    return near_tie(abs(float(value)), places)


def hm(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m", f"{h}h{m:02d}",
           f"{h} hr {m} min", f"{h} hrs {m} mins", f"{h}:{m:02d}"]
    if h == 1:
        out += [f"1 hour {m} minutes", f"1 hour and {m} minutes"]
    return out


def clock(minutes: int) -> list[str]:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d} {ap}", f"{h12}:{m:02d}{ap}"]


@family
def grocery_basket(rng: random.Random) -> Made:
    a, b, c = (Fraction(rng.randint(89, 699), 100) for _ in range(3))
    na, nb = rng.randint(2, 6), rng.randint(2, 4)
    total = na * a + nb * b + c
    return (f"{na} cans of beans at ${float(a):.2f} each, {nb} loaves at ${float(b):.2f} and one "
            f"bag of rice for ${float(c):.2f} - total?", [money(total)])


@family
def bogo_half(rng: random.Random) -> Made:
    price, n = Fraction(rng.randint(400, 3000), 100), rng.choice([2, 4, 6])
    total = price * n * Fraction(3, 4)
    if near_tie(float(total), 2):
        return None
    return (f"The store has 'buy one, get one half price' on candles that are ${float(price):.2f} "
            f"each. I'm buying {n}. What do I pay altogether? (round to the cent)",
            [money(round(float(total) + 1e-9, 2))])


@family
def coupon_then_tax(rng: random.Random) -> Made:
    price, off, tax = rng.randint(30, 200), rng.choice([5, 10, 15, 20]), rng.choice([6, 7, 8])
    total = (Fraction(price) - off) * Fraction(100 + tax, 100)
    if near_tie(float(total), 2):
        return None
    return (f"Cart is ${price}. I have a ${off} off coupon applied before tax, and sales tax is "
            f"{tax}%. Final amount to the cent?", [money(round(float(total) + 1e-9, 2))])


@family
def overtime_pay(rng: random.Random) -> Made:
    rate, hours = Fraction(rng.randint(1500, 3200), 100), rng.randint(41, 55)
    pay = rate * 40 + rate * Fraction(3, 2) * (hours - 40)
    if near_tie(float(pay), 2):
        return None
    return (f"I make ${float(rate):.2f}/hr and overtime is time-and-a-half for anything over 40 "
            f"hrs. Worked {hours} hours this week. Gross pay? nearest cent",
            [money(round(float(pay) + 1e-9, 2))])


@family
def annual_from_hourly(rng: random.Random) -> Made:
    rate, hours = rng.randint(15, 60), rng.choice([35, 37.5, 40])
    weeks = rng.choice([50, 52])
    total = Fraction(rate) * Fraction(str(hours)) * weeks
    return (f"If I earn ${rate} an hour, {hours} hours a week, {weeks} weeks a year, what's that "
            "per year before tax?", [money(total)])


@family
def save_for_goal(rng: random.Random) -> Made:
    goal, have, per = rng.randint(8, 40) * 100, rng.randint(1, 7) * 50, rng.choice([35, 45, 60, 75])
    weeks = -(-(goal - have) // per)
    return (f"saving up for a ${goal} bike. I already have ${have} and put away ${per} every "
            "week. how many weeks until I can afford it?", [[str(weeks), f"{weeks} weeks"]])


@family
def piggy_coins(rng: random.Random) -> Made:
    q, d, n, p = rng.randint(5, 40), rng.randint(5, 40), rng.randint(5, 40), rng.randint(10, 90)
    total = Fraction(25 * q + 10 * d + 5 * n + p, 100)
    return (f"My kid's piggy bank: {q} quarters, {d} dimes, {n} nickels and {p} pennies. "
            "How much money is that in dollars?", [money(total)])


@family
def cups_to_batch(rng: random.Random) -> Made:
    serves, want = rng.choice([4, 6, 8]), rng.choice([10, 12, 14, 18, 20])
    flour = Fraction(rng.choice([3, 5, 7, 9]), 4)
    need = flour * want / serves
    if want == serves or (need * 8).denominator != 1:
        return None
    whole, rest = divmod(need, 1)
    forms = [str(need), f"{float(need):g}"]
    if whole and rest:
        forms.append(f"{whole} {rest}")
    return (f"recipe serves {serves} and uses {flour} cups of flour. I need to feed {want}. how "
            "many cups of flour?", [forms])


@family
def oven_batches(rng: random.Random) -> Made:
    cookies, tray, mins = rng.randint(40, 120), rng.choice([12, 15, 18, 24]), rng.randint(9, 14)
    batches = -(-cookies // tray)
    total = batches * mins
    return (f"I'm baking {cookies} cookies, my tray fits {tray} at a time and each tray bakes for "
            f"{mins} min. Only one tray fits in the oven. Total baking time in minutes?",
            [[str(total), f"{total} min"]])


@family
def butter_sticks(rng: random.Random) -> Made:
    grams = rng.randint(12, 50) * 10
    sticks = Fraction(grams, 113)
    v = float(sticks)
    if tie(v, 1):
        return None
    return (f"Recipe wants {grams} g of butter. If one stick is 113 g, how many sticks is that? "
            "One decimal place.", [dec(v, 1)])


@family
def drive_arrival(rng: random.Random) -> Made:
    dist, speed = rng.randint(12, 60) * 10, rng.choice([50, 60, 75, 80, 100])
    start = rng.randint(6 * 60, 14 * 60) // 5 * 5
    mins = Fraction(dist * 60, speed)
    if mins.denominator != 1:
        return None
    return (f"Leaving at {start // 60}:{start % 60:02d} (24h clock), driving {dist} km at an "
            f"average of {speed} km/h with no stops. What time do we arrive?",
            [clock(start + int(mins))])


@family
def train_duration(rng: random.Random) -> Made:
    dep = rng.randint(5 * 60, 20 * 60)
    dur = rng.randint(75, 400)
    arr = (dep + dur) % (24 * 60)
    return (f"train leaves {dep // 60:02d}:{dep % 60:02d} and gets in at {arr // 60:02d}:"
            f"{arr % 60:02d} same day. how long is the trip?", [hm(dur)])


@family
def flight_timezone(rng: random.Random) -> Made:
    dep = rng.randint(6, 20) * 60 + rng.choice([0, 15, 30, 45])
    dur, shift = rng.randint(120, 600), rng.choice([-5, -3, 1, 2, 3, 5, 8])
    local = dep + dur + shift * 60
    if not 0 <= local < 24 * 60:
        return None
    sign = f"+{shift}" if shift > 0 else str(shift)
    return (f"My flight departs at {dep // 60:02d}:{dep % 60:02d} local time and the flight is "
            f"{dur // 60}h {dur % 60}m. The destination is {sign} hours from where I leave. "
            "What's the local arrival time there?", [clock(local)])


@family
def walk_minutes(rng: random.Random) -> Made:
    km, speed = Fraction(rng.randint(15, 90), 10), rng.choice([4, 5, 6])
    mins = km * 60 / speed
    if tie(mins, 0):
        return None
    m = round(float(mins))
    return (f"how many minutes to walk {float(km)} km at {speed} km/h? nearest minute",
            [[str(m), f"{m} min"]])


@family
def fuel_range(rng: random.Random) -> Made:
    tank, mpg = rng.randint(10, 20), rng.randint(22, 45)
    left = Fraction(rng.randint(1, 7), 8)
    miles = tank * left * mpg
    if tie(miles, 0):
        return None
    m = round(float(miles))
    return (f"My car's tank holds {tank} gallons, the gauge says {left} full and I get about {mpg} "
            "mpg. Roughly how many miles can I go before empty? Nearest mile.",
            [[str(m), f"{m} miles"]])


@family
def paycheck_deductions(rng: random.Random) -> Made:
    gross = rng.randint(1800, 6500)
    tax, ret = rng.choice([12, 15, 18, 20, 22]), rng.choice([3, 4, 5, 6])
    net = Fraction(gross * (100 - tax - ret), 100) - 85
    return (f"Gross monthly pay {gross}. They take {tax}% income tax and {ret}% for retirement "
            "(both of gross), plus a flat 85 for health insurance. What's my take-home?",
            [money(net)])


@family
def cheaper_per_100g(rng: random.Random) -> Made:
    g1, g2 = rng.choice([250, 400, 500]), rng.choice([750, 1000, 1200])
    p1, p2 = Fraction(rng.randint(150, 500), 100), Fraction(rng.randint(300, 1100), 100)
    u1, u2 = p1 * 100 / g1, p2 * 100 / g2
    if abs(u1 - u2) < Fraction(1, 100) or tie(abs(u1 - u2), 2):
        return None
    return (f"cereal: {g1} g box for ${float(p1):.2f} or {g2} g box for ${float(p2):.2f}. per "
            "100 g, how much cheaper is the better deal (to the cent)?",
            [money(round(float(abs(u1 - u2)) + 1e-9, 2))])


@family
def rent_split_rooms(rng: random.Random) -> Made:
    rent = rng.randint(18, 45) * 100
    a, b, c = rng.randint(9, 16), rng.randint(9, 16), rng.randint(9, 16)
    share = Fraction(rent * a, a + b + c)
    if near_tie(float(share), 2):
        return None
    return (f"Three of us split ${rent} rent by bedroom size: mine is {a} m², the others are {b} "
            f"m² and {c} m². What's my share? Round to cents.",
            [money(round(float(share) + 1e-9, 2))])


@family
def holiday_budget_day(rng: random.Random) -> Made:
    budget, flights, days = rng.randint(20, 60) * 100, rng.randint(300, 900), rng.randint(5, 14)
    per = Fraction(budget - flights, days)
    if near_tie(float(per), 2):
        return None
    return (f"Trip budget is ${budget}. Flights cost ${flights}. I'll be away {days} days — how "
            "much can I spend per day? (cents)", [money(round(float(per) + 1e-9, 2))])


@family
def late_fee(rng: random.Random) -> Made:
    bill, pct_fee, months = rng.randint(100, 900), rng.choice([1, 1.5, 2]), rng.randint(2, 4)
    total = Fraction(bill) * (1 + Fraction(str(pct_fee)) / 100) ** months
    if near_tie(float(total), 2):
        return None
    return (f"unpaid bill of ${bill}, they add {pct_fee}% a month compounded. what do I owe after "
            f"{months} months? to the cent", [money(round(float(total) + 1e-9, 2))])


@family
def wage_per_minute(rng: random.Random) -> Made:
    salary = rng.randint(35, 150) * 1000
    per = Fraction(salary, 52 * 40 * 60)
    if tie(per, 2):
        return None
    return (f"For fun: if I make ${salary:,} a year working 40 h/week for 52 weeks, how much do I "
            "earn per minute? Round to the nearest cent.", [money(round(float(per) + 1e-9, 2))])


@family
def party_pizzas(rng: random.Random) -> Made:
    guests, slices, per = rng.randint(11, 40), rng.choice([8, 10, 12]), rng.choice([2, 3])
    pizzas = -(-guests * per // slices)
    return (f"Having {guests} people over, figure {per} slices each. Pizzas are cut into {slices} "
            "slices. How many pizzas should I order?", [[str(pizzas), f"{pizzas} pizzas"]])


@family
def trip_split_km(rng: random.Random) -> Made:
    km, cons = rng.randint(150, 900), Fraction(rng.randint(50, 95), 10)
    litre = Fraction(rng.randint(150, 210), 100)
    people = rng.randint(2, 5)
    each = Fraction(km, 100) * cons * litre / people
    if near_tie(float(each), 2):
        return None
    return (f"Road trip of {km} km, car uses {float(cons)} L/100km, fuel costs {float(litre):.2f} "
            f"a litre, split between {people} people. How much fuel money each (2 d.p.)?",
            [money(round(float(each) + 1e-9, 2))])


@family
def cashback_card(rng: random.Random) -> Made:
    groc, gas, other = rng.randint(200, 900), rng.randint(50, 300), rng.randint(300, 1500)
    back = Fraction(groc * 3 + gas * 2 + other, 100)
    return (f"card gives 3% back on groceries, 2% on gas, 1% on everything else. this month: "
            f"groceries ${groc}, gas ${gas}, other ${other}. how much cashback?", [money(back)])


@family
def layaway_payments(rng: random.Random) -> Made:
    price, down, n = rng.randint(300, 2000), rng.choice([10, 20, 25]), rng.choice([4, 6, 10, 12])
    each = Fraction(price * (100 - down), 100 * n)
    if near_tie(float(each), 2):
        return None
    return (f"A sofa costs ${price}. I pay {down}% down and the rest in {n} equal monthly "
            "payments, no interest. How much is each payment? (to the cent)",
            [money(round(float(each) + 1e-9, 2))])


@family
def tiered_water(rng: random.Random) -> Made:
    used = rng.randint(11, 45)
    cost = Fraction(min(used, 10) * 150 + max(0, min(used, 30) - 10) * 210
                    + max(0, used - 30) * 320, 100)
    return (f"Water is billed $1.50 per cubic metre for the first 10, $2.10 for the next 20 and "
            f"$3.20 for anything above 30. We used {used} m³. Bill?", [money(cost)])


@family
def sale_original(rng: random.Random) -> Made:
    orig, off = rng.randint(20, 300), rng.choice([15, 20, 25, 30, 40, 60])
    paid = Fraction(orig * (100 - off), 100)
    return (f"paid ${fmt2(paid)} for a lamp after a {off}% discount. what was the original price?",
            [money(orig)])


@family
def gift_card_left(rng: random.Random) -> Made:
    card = rng.choice([50, 75, 100, 150])
    buys = [Fraction(rng.randint(300, 2500), 100) for _ in range(3)]
    left = card - sum(buys)
    if left < 0:
        return None
    spent = ", ".join(f"${float(b):.2f}" for b in buys)
    return (f"Started with a ${card} gift card and used it for {spent}. What's left on it?",
            [money(left)])


@family
def yard_sale_profit(rng: random.Random) -> Made:
    items = rng.randint(20, 60)
    sold = rng.randint(10, items - 5)
    avg, fee = rng.choice([2, 3, 4, 5]), rng.choice([15, 20, 25])
    profit = sold * avg - fee
    return (f"Had {items} things at my yard sale, sold {sold} of them at an average of ${avg} "
            f"each, and the permit was ${fee}. Net profit?", [money(profit)])


@family
def meal_prep_cost(rng: random.Random) -> Made:
    chicken, rice = Fraction(rng.randint(800, 1600), 100), Fraction(rng.randint(200, 500), 100)
    veg = Fraction(rng.randint(400, 900), 100)
    meals = rng.choice([5, 6, 8, 10])
    per = (chicken + rice + veg) / meals
    if near_tie(float(per), 2):
        return None
    return (f"meal prep for the week: chicken {float(chicken):.2f}, rice {float(rice):.2f}, veg "
            f"{float(veg):.2f}, makes {meals} meals. cost per meal, 2dp?",
            [money(round(float(per) + 1e-9, 2))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    grocery_basket, bogo_half, coupon_then_tax, overtime_pay, annual_from_hourly, save_for_goal,
    piggy_coins, cups_to_batch, oven_batches, butter_sticks, drive_arrival, train_duration,
    flight_timezone, walk_minutes, fuel_range, paycheck_deductions, cheaper_per_100g,
    rent_split_rooms, holiday_budget_day, late_fee, wage_per_minute, party_pizzas,
    trip_split_km, cashback_card, layaway_payments, tiered_water, sale_original, gift_card_left,
    yard_sale_profit, meal_prep_cost)]
