"""Round 17 (``M_*``, dev now) for ``muse bench agents``, maths part a3-1: shared helpers,
everyday word problems on shopping, transport, home, sport, time and counting."""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Callable
from fractions import Fraction

from bench.data.agents.heldout17_math import Made, money, near_tie, one
from bench.data.agents.helpers import Family, Item, fresh, item


def family(make: Callable[[random.Random], Made]) -> Family:
    name = f"M_a_a3_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)
            if made is not None:
                return item(name, "math", made[0], made[1])
    draw.__name__ = make.__name__
    return fresh(draw)


def ival(n: int) -> list[str]:
    """A whole number, with thousands separators and a typographic minus when needed."""
    out = [str(n)]
    if abs(n) >= 1000:
        out.append(f"{n:,}")
    if n < 0:
        out += [o.replace("-", "−") for o in out]
    return out


def dp(value: float | Fraction, places: int) -> list[str]:
    """A value rounded to `places` decimals, fixed and trimmed, with separators if large."""
    v = float(value)
    fixed = f"{v:.{places}f}"
    trimmed = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [fixed, trimmed]
    if abs(v) >= 1000:
        out += [f"{v:,.{places}f}", f"{float(trimmed):,}".removesuffix(".0")]
    if v < 0:
        out += [o.replace("-", "−") for o in out]
    return list(dict.fromkeys(out))


def fr(value: Fraction) -> list[str]:
    """A fraction as a/b, plus its decimal (exact when terminating, else 3 and 4 places)."""
    if value.denominator == 1:
        return ival(value.numerator)
    out = [f"{value.numerator}/{value.denominator}"]
    if (value * 10**6).denominator == 1:
        out.append(f"{float(value):.6f}".rstrip("0"))
    else:
        out += [f"{float(value):.3f}", f"{float(value):.4f}"]
    if value < 0:
        out += [f"-{-value.numerator}/{value.denominator}".replace("--", "-")]
        out += [o.replace("-", "−") for o in out]
    return list(dict.fromkeys(out))


def close(value: float, places: int) -> bool:
    """True when rounding to `places` decimals is too close to call."""
    return near_tie(abs(value), places)


def hm(minutes: int) -> list[str]:
    """A clock time (minutes after midnight) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    h12 = h % 12 or 12
    suffix = "am" if h < 12 else "pm"
    out = [f"{h}:{m:02d}", f"{h12}:{m:02d}{suffix}", f"{h12}:{m:02d} {suffix}",
           f"{h12}:{m:02d}{suffix[0]}.{suffix[1]}.", f"{h:02d}:{m:02d}"]
    return list(dict.fromkeys(out))


def clock(minutes: int) -> str:
    h, m = divmod(minutes % 1440, 60)
    return f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"


def date_forms(day: datetime.date) -> list[str]:
    month = day.strftime("%B")
    d = day.day
    suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return [f"{month} {d}", f"{d} {month}", f"{month} {d}{suffix}", f"{d}{suffix} {month}",
            f"{d}{suffix} of {month}", day.isoformat(), f"{month[:3]} {d}", f"{d} {month[:3]}"]


@family
def transit_pass_rides(rng: random.Random) -> Made:
    fare = Fraction(rng.randint(150, 450), 100)
    monthly = Fraction(rng.randint(45, 140) * 100 + rng.choice([0, 50]), 100)
    rides = math.floor(monthly / fare) + 1
    return (f"Bus fare is ${float(fare):.2f} a ride or ${float(monthly):.2f} for a monthly "
            "pass. What's the smallest number of rides in a month for which the pass works "
            "out strictly cheaper than paying per ride?", [ival(rides)])


@family
def three_for_two(rng: random.Random) -> Made:
    price, n = Fraction(rng.randint(149, 899), 100), rng.randint(4, 17)
    pay = price * (n - n // 3)
    return (one(rng, f"candles are ${float(price):.2f} each with a 3 for 2 deal (every third "
                     f"one free). what do {n} candles cost me?",
                f"The shop has 'buy 2 get 1 free' on ${float(price):.2f} soaps. If I take {n} "
                "to the till, how much do I pay?"), [money(pay)])


@family
def goodie_bag_packs(rng: random.Random) -> Made:
    kids, each, pack = rng.randint(8, 30), rng.randint(3, 9), rng.choice([12, 20, 24, 30, 36, 50])
    need = -(-kids * each // pack)
    return (f"Planning my son's party: {kids} kids, and each goodie bag gets {each} lollipops. "
            f"Lollipops come in bags of {pack}. How many bags of lollipops do I need to buy?",
            [ival(need)])


@family
def next_bus_time(rng: random.Random) -> Made:
    first = rng.randint(5 * 60, 7 * 60)
    gap = rng.choice([7, 8, 12, 15, 18, 20, 25])
    arrive = first + rng.randint(30, 300)
    nxt = first + -(-(arrive - first) // gap) * gap
    if nxt == arrive:
        return None
    return (f"The first bus leaves at {clock(first)} and then one comes every {gap} minutes. "
            f"I get to the stop at {clock(arrive)}. What time is the next bus?", [hm(nxt)])


@family
def rescale_score(rng: random.Random) -> Made:
    out_of, new = rng.choice([(60, 25), (40, 100), (80, 20), (75, 30), (50, 40), (120, 50)])
    raw = rng.randint(out_of // 3, out_of)
    value = Fraction(raw * new, out_of)
    if (value * 10).denominator != 1:
        return None
    return (f"A quiz was marked out of {out_of} but the report card needs it out of {new}. "
            f"A student scored {raw}/{out_of} — what is that out of {new}?", [dp(value, 1)])


@family
def roast_start_time(rng: random.Random) -> Made:
    per, extra = rng.choice([15, 20, 25]), rng.choice([15, 20, 30])
    lb = rng.choice([3, 3.5, 4, 4.5, 5, 5.5, 6, 7])
    rest = rng.choice([0, 10, 15])
    dinner = rng.randint(17 * 4, 20 * 4) * 15
    cook = int(per * lb + extra)
    start = dinner - cook - rest
    text = (f"Roasting a {lb:g} lb chicken: the recipe says {per} minutes per pound plus {extra}"
            f" minutes" + (f", then {rest} minutes resting" if rest else "") +
            f". We want to eat at {clock(dinner)}. What time does it go in the oven?")
    return (text, [hm(start)])


@family
def cost_per_dozen(rng: random.Random) -> Made:
    spent = Fraction(rng.randint(800, 4000), 100)
    made = rng.choice([30, 36, 40, 48, 60, 72, 50])
    value = spent / made * 12
    if close(float(value), 2):
        return None
    return (f"I spent ${float(spent):.2f} on ingredients and got {made} cookies out of it. "
            "What's my cost per dozen, to the nearest cent?", [money(round(float(value), 2))])


@family
def mpg_trip(rng: random.Random) -> Made:
    miles, gallons = rng.randint(180, 520), Fraction(rng.randint(60, 180), 10)
    value = miles / gallons
    if close(float(value), 1):
        return None
    return (one(rng, f"drove {miles} miles, filled up with {float(gallons):g} gallons. mpg? "
                     "(one decimal)",
                f"Since my last fill-up I've done {miles} miles and it took {float(gallons):g} "
                "gallons to fill the tank again. What fuel economy is that in miles per gallon, "
                "to 1 decimal place?"), [dp(value, 1)])


@family
def lawn_business(rng: random.Random) -> Made:
    rate, gas, lawns, weeks = rng.randint(25, 60), rng.randint(2, 8), rng.randint(5, 14), \
        rng.randint(6, 14)
    mower = rng.randint(150, 450)
    profit = (rate - gas) * lawns * weeks - mower
    return (f"My nephew mows {lawns} lawns a week at ${rate} each; gas costs him about ${gas} "
            f"per lawn. He bought a mower for ${mower} at the start. What's his profit after "
            f"{weeks} weeks?", [money(profit)])


@family
def cupcake_boxes(rng: random.Random) -> Made:
    per = rng.choice([4, 6, 9, 12])
    n = rng.randint(40, 250)
    if n % per == 0:
        return None
    return (f"We're selling {n} cupcakes at the bake sale and the boxes hold {per} each. How "
            "many boxes do we need so every cupcake is boxed?", [ival(-(-n // per))])


@family
def darts_remaining(rng: random.Random) -> Made:
    start = rng.choice([301, 501])
    throws = [rng.randint(20, 140) for _ in range(rng.randint(3, 5))]
    left = start - sum(throws)
    if left <= 1:
        return None
    return (f"darts game, we start at {start} and subtract. my visits so far: "
            f"{', '.join(map(str, throws))}. what am i on now?", [ival(left)])


@family
def cricket_run_rate(rng: random.Random) -> Made:
    overs, balls = rng.randint(8, 49), rng.randint(1, 5)
    runs = rng.randint(overs * 3, overs * 8)
    value = Fraction(runs * 6, overs * 6 + balls)
    if close(float(value), 2):
        return None
    return (f"Cricket question: a team has made {runs} runs from {overs} overs and {balls} "
            f"balls. What's their run rate (runs per over) to 2 decimal places?",
            [dp(value, 2)])


@family
def date_plus_days(rng: random.Random) -> Made:
    start = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
    days = rng.randint(20, 200)
    end = start + datetime.timedelta(days=days)
    return (f"If today is {start.strftime('%B')} {start.day}, {start.year}, what date will it "
            f"be in {days} days?", [date_forms(end)])


@family
def digit_count_pages(rng: random.Random) -> Made:
    pages = rng.randint(120, 2500)
    digits = sum(len(str(p)) for p in range(1, pages + 1))
    return (f"A printer numbers the pages of a {pages}-page book starting from 1. How many "
            "individual digits does it print in total?", [ival(digits)])


@family
def digit_seven_count(rng: random.Random) -> Made:
    d, top = rng.randint(1, 9), rng.randint(60, 400)
    count = sum(str(k).count(str(d)) for k in range(1, top + 1))
    return (f"If you write out every whole number from 1 to {top}, how many times do you write "
            f"the digit {d}?", [ival(count)])


@family
def spinner_sum(rng: random.Random) -> Made:
    n = rng.randint(4, 10)
    target = rng.randint(3, 2 * n - 1)
    ways = sum(1 for a in range(1, n + 1) for b in range(1, n + 1) if a + b == target)
    return (f"A fair spinner has sections numbered 1 to {n}. You spin it twice and add the "
            f"results. What's the probability the total is exactly {target}?",
            [fr(Fraction(ways, n * n))])


@family
def shelf_books(rng: random.Random) -> Made:
    length, thick = rng.randint(60, 240), Fraction(rng.randint(18, 55), 10)
    count = math.floor(length / thick)
    return (f"My shelf is {length} cm long and the paperbacks are each {float(thick):g} cm "
            "thick. How many fit side by side on one shelf?", [ival(count)])


@family
def stadium_rows(rng: random.Random) -> Made:
    first, step, rows = rng.randint(12, 40), rng.randint(1, 4), rng.randint(10, 40)
    total = rows * (2 * first + (rows - 1) * step) // 2
    return (f"A section of a stadium has {rows} rows. The front row has {first} seats and each "
            f"row behind has {step} more seat{'s' if step > 1 else ''} than the one in front. "
            "How many seats in the section?", [ival(total)])


@family
def car_loan_extra(rng: random.Random) -> Made:
    price, down = rng.randint(120, 400) * 100, rng.randint(10, 60) * 100
    months, pay = rng.choice([36, 48, 60, 72]), Fraction(rng.randint(20000, 80000), 100)
    extra = down + pay * months - price
    if extra <= 0:
        return None
    return (f"car costs ${price:,}. I put ${down:,} down and then pay ${float(pay):,.2f} a month "
            f"for {months} months. how much more than the sticker price do I pay overall?",
            [money(extra)])


@family
def drip_litres(rng: random.Random) -> Made:
    ml, days = rng.randint(2, 40), rng.choice([7, 30, 365])
    value = Fraction(ml * 60 * 24 * days, 1000)
    span = {7: "a week", 30: "30 days", 365: "a year"}[days]
    return (f"A leaky tap drips about {ml} mL every minute. How many litres is that in {span}?",
            [dp(value, 2) + dp(value, 1)])


@family
def lap_overtake(rng: random.Random) -> Made:
    a = rng.randint(60, 100)
    b = a + rng.randint(4, 25)
    value = Fraction(a * b, b - a)
    if close(float(value), 1):
        return None
    return (f"Two runners start together on a track. One does a lap in {a} s, the other in {b} "
            "s, both at steady pace. After how many seconds does the faster one first lap the "
            "slower one? (to 1 decimal if needed)", [dp(value, 1)])


@family
def tv_width(rng: random.Random) -> Made:
    d = rng.choice([24, 27, 32, 40, 43, 50, 55, 58, 65, 70, 75, 85, 98])
    width = d * 16 / math.hypot(16, 9)
    return (f"How wide is a {d}-inch 16:9 TV (the {d} in is the diagonal)? Inches, one "
            "decimal.", [dp(width, 1)])


@family
def pizza_size_ratio(rng: random.Random) -> Made:
    small, big = sorted(rng.sample([8, 10, 12, 14, 16, 18], 2))
    value = (big / small) ** 2
    if close(value, 2):
        return None
    return (f"how many times more pizza is a {big} inch pizza than a {small} inch one (by area)?"
            " 2 decimal places", [dp(value, 2)])


@family
def largest_unpayable(rng: random.Random) -> Made:
    a, b = rng.sample([3, 4, 5, 7, 8, 9, 11, 13], 2)
    if math.gcd(a, b) != 1:
        return None
    return (f"A country only has {a}-cent and {b}-cent stamps. What is the largest postage "
            "amount (in cents) that you can NOT make exactly with them?", [ival(a * b - a - b)])


@family
def stacked_cups(rng: random.Random) -> Made:
    cup, lip = rng.randint(8, 14), Fraction(rng.randint(5, 20), 10)
    target = rng.randint(40, 120)
    n = math.ceil((target - cup) / lip) + 1
    return (f"One plastic cup is {cup} cm tall, and each extra cup stacked on it adds "
            f"{float(lip):g} cm. How many cups do I need in the stack for it to reach at least "
            f"{target} cm?", [ival(n)])


@family
def fast_clock(rng: random.Random) -> Made:
    gain, days = rng.randint(2, 9), rng.randint(3, 20)
    shown = 12 * 60 + gain * days
    return (f"My kitchen clock gains {gain} minutes every day. I set it right at noon today. "
            f"What time will it show at real noon {days} days from now?", [hm(shown)])


@family
def elevator_people(rng: random.Random) -> Made:
    limit, cargo, person = rng.choice([630, 680, 800, 900, 1000, 1200]), rng.randint(40, 300), \
        rng.randint(70, 90)
    n = (limit - cargo) // person
    return (f"The lift's limit is {limit} kg. A delivery trolley inside weighs {cargo} kg. If "
            f"we count {person} kg per person, how many people can ride with the trolley?",
            [ival(n)])


@family
def exam_pacing(rng: random.Random) -> Made:
    hours, mins = rng.randint(1, 3), rng.choice([0, 15, 30, 45])
    check, qs = rng.choice([10, 15, 20]), rng.randint(20, 80)
    value = Fraction(hours * 60 + mins - check, qs)
    if close(float(value), 1):
        return None
    return (f"The exam is {hours} h {mins} min long with {qs} questions. I want {check} minutes "
            "at the end to check. How many minutes per question is that? one decimal please",
            [dp(value, 1)])


@family
def card_interest_month(rng: random.Random) -> Made:
    bal, apr = Fraction(rng.randint(30000, 900000), 100), rng.choice([15.99, 19.99, 22.9, 24.99,
                                                                    18.5, 27.49])
    value = bal * Fraction(str(apr)) / 1200
    if close(float(value), 2):
        return None
    return (f"My card has a balance of ${float(bal):,.2f} and the APR is {apr}%. Roughly how "
            "much interest for one month if they just use APR/12? To the cent.",
            [money(round(float(value), 2))])


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    transit_pass_rides, three_for_two, goodie_bag_packs, next_bus_time, rescale_score,
    roast_start_time, cost_per_dozen, mpg_trip, lawn_business, cupcake_boxes, darts_remaining,
    cricket_run_rate, date_plus_days, digit_count_pages, digit_seven_count, spinner_sum,
    shelf_books, stadium_rows, car_loan_extra, drip_litres, lap_overtake, tv_width,
    pizza_size_ratio, largest_unpayable, stacked_cups, fast_clock, elevator_people, exam_pacing,
    card_interest_month)]
