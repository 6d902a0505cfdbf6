"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 1: shared helpers
(rounding guards, answer forms, clock times, image recipes) and requests about photos of
receipts, signs and app screenshots."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT, F, Fraction, forms, r2
from bench.data.agents.helpers import GOODS, SHOPS, Family, fresh, item, labelled

CHART = [*PLOT, "Here's the chart"]
RATE = {"EUR": F(1), "USD": F("1.17"), "GBP": F("0.87")}
RATES_TEXT = "1 EUR = 1.17 USD = 0.87 GBP"
MEAN, MEDIAN = ["mean", "average"], ["median"]
MILE, LB, GAL, FT = F("1.609344"), F("0.45359237"), F("3.785411784"), F("0.3048")
SQ_FT = F("0.09290304")
Made = tuple[Any, ...] | None


class Tie(Exception):
    """A value sits too close to a rounding boundary: the draw is unusable."""


def family(make: Callable[[random.Random], Made]) -> Family:
    """Names the family ``B_m_<function>``; draws until ``make`` returns (text, parts[, extra])
    without hitting a rounding tie."""
    name = f"B_m_{make.__name__}"

    def draw(rng: random.Random) -> dict[str, Any]:
        while True:
            try:
                got = make(rng)
            except Tie:
                continue
            if got is not None:
                text, parts, *rest = got
                return item(name, "multi", text, parts, **(rest[0] if rest else {}))

    wrapped = fresh(draw)
    wrapped.__name__ = name
    return wrapped


def num(x: float | int | Fraction, places: int = 2) -> list[str]:
    """Forms of ``x`` rounded to ``places``; raises Tie when the rounding is too close to call."""
    if isinstance(x, float):
        scaled = abs(x) * 10 ** places
        if abs(scaled - round(scaled)) > 1e-7 and abs(scaled - math.floor(scaled) - 0.5) < 0.02:
            raise Tie
        return forms(F(str(round(x, places + 6))), places)
    value = F(x)
    scaled = abs(value) * 10 ** places
    if scaled.denominator != 1 and abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 50):
        raise Tie
    return forms(value, places)


def cash(x: float | int | Fraction) -> list[str]:
    return num(x, 2)


def same(*lists: list[str]) -> list[str]:
    """The first list, when every way of rounding on the way gave the same answer."""
    if any(lst[0] != lists[0][0] for lst in lists):
        raise Tie
    return lists[0]


def stat(names: list[str], x: float | int | Fraction, places: int = 2) -> list[str]:
    return [form for v in num(x, places) for form in labelled(names, v)]


def clock(minutes: int) -> list[str]:
    minutes %= 24 * 60
    h, m = divmod(minutes, 60)
    twelve, half = (h - 1) % 12 + 1, "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{twelve}:{m:02d} {half}", f"{twelve}:{m:02d} {half[0]}.m."]
    return out + ([f"{h}:{m:02d}"] if h < 10 else [])


def hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def mmss(seconds: int) -> list[str]:
    m, s = divmod(seconds, 60)
    return [f"{m}:{s:02d}"] + ([f"0{m}:{s:02d}"] if m < 10 else [])


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


def degrade(rng: random.Random) -> dict[str, Any]:
    return {"angle": round(rng.uniform(-5, 5), 1), "blur": round(rng.uniform(0.3, 1.0), 2),
            "noise": rng.choice([10, 20, 30]), "quality": 60, "seed": rng.randrange(10**6)}


def till(rng: random.Random, currency: str = "$", count: tuple[int, int] = (2, 4),
         low: float = 0.5, high: float = 25) -> tuple[dict[str, Any], list[Fraction], Fraction]:
    """A receipt recipe, its prices and total."""
    items = [(g, round(rng.uniform(low, high), 2)) for g in rng.sample(GOODS, rng.randint(*count))]
    recipe = {"kind": "receipt", "shop": rng.choice(SHOPS), "items": items,
              "font": rng.randrange(4), "currency": currency, "degrade": degrade(rng)}
    prices = [F(f"{p:.2f}") for _, p in items]
    return recipe, prices, sum(prices, F(0))


def sign(rng: random.Random, words: list[str]) -> dict[str, Any]:
    return {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": degrade(rng)}


def screen(rng: random.Random, title: str, rows: list[str]) -> dict[str, Any]:
    return {"kind": "screenshot", "title": title, "rows": rows, "font": rng.randrange(4),
            "degrade": degrade(rng)}


# ---------------------------------------------------------------- receipts


@family
def receipt_roundup_jar(rng: random.Random) -> Made:
    recipe, prices, _ = till(rng)
    spare = sum((math.ceil(p) - p for p in prices), F(0))
    weeks = rng.choice([12, 26, 52])
    text = (f"I'm doing a savings jar thing: for every item on a receipt I put in the change up to "
            f"the next whole dollar. Using this receipt, how much goes in the jar, and how much "
            f"would I save over {weeks} weeks if I bought exactly this every week?")
    return text, [cash(spare), cash(spare * weeks)], {"image": recipe}


@family
def receipt_hours_of_work(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(3, 4), high=40)
    wage = F(rng.randrange(58, 141), 4)
    text = pick(rng, f"I take home ${float(wage):.2f} an hour. How many hours of work did this "
                     "shop cost me (2 decimals)? And what's the receipt total in euros, "
                     "1 EUR = 1.17 USD?",
                f"receipt attached. 1) total in euros at 1 EUR = 1.17 USD 2) how many hours "
                f"I had to work for it at ${float(wage):.2f}/hr after tax, to 2 dp")
    return text, [num(total / wage), cash(total / RATE["USD"])], {"image": recipe}


@family
def receipt_yesterday_equation(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(3, 4))
    k, extra = rng.choice([2, 3, 4, 5]), F(rng.randrange(100, 900), 100)
    yesterday = (total - extra) / k
    if yesterday <= 1 or (yesterday * 100).denominator != 1:
        return None
    word = {2: "twice", 3: "three times", 4: "four times", 5: "five times"}[k]
    text = (f"Puzzle for you: today's receipt (photo) is ${float(extra):.2f} more than {word} "
            "what I spent yesterday. What did I spend yesterday, and what's the two days "
            "together?")
    return text, [cash(yesterday), cash(total + yesterday)], {"image": recipe}


@family
def receipt_bar_chart_share(rng: random.Random) -> Made:
    recipe, prices, total = till(rng, count=(3, 4))
    share = max(prices) / total * 100
    text = pick(rng, "Can you draw a bar chart of the items on this receipt by price? Also what "
                     "percent of the total was the most expensive thing, 1 decimal",
                "what % of this bill is the priciest line (one decimal place)? and chart the "
                "prices as bars please")
    return text, [CHART, num(share, 1)], {"image": recipe}


@family
def receipt_mileage_claim(rng: random.Random) -> Made:
    recipe, _, total = till(rng, "£", (2, 3), 2, 30)
    miles = rng.randint(12, 240)
    claim = total + F(45, 100) * miles
    text = (f"Filling in an expenses form. I need to claim this receipt plus {miles} miles of "
            "driving at 45p a mile. What's the total claim in pounds, and what is it in euros "
            "(1 EUR = 0.87 GBP)?")
    return text, [cash(claim), cash(claim / RATE["GBP"])], {"image": recipe}


@family
def receipt_price_rise_year(rng: random.Random) -> Made:
    recipe, prices, total = till(rng, count=(3, 4))
    pct = rng.choice([3, 4, 5, 6, 7, 8, 9, 12, 15])
    extra = total * pct / 100
    same(cash(total + extra), cash(sum((r2(p * (100 + pct) / 100) for p in prices), F(0))))
    yearly = same(num(extra * 26, 0), num(r2(extra) * 26, 0))
    text = (f"The shop says all these prices go up {pct}% next month. What will this receipt "
            "come to then, and roughly how much more a year is that if I do this same shop "
            "every fortnight (26 times)? Nearest dollar for the yearly bit.")
    return text, [cash(total + extra), yearly], {"image": recipe}


@family
def receipt_camping_share_gbp(rng: random.Random) -> Made:
    recipe, _, total = till(rng, count=(3, 4), low=4, high=40)
    people, days = rng.randint(3, 6), rng.randint(2, 5)
    share_gbp = total / people / RATE["USD"] * RATE["GBP"]
    text = (f"Receipt for the camping food. There are {people} of us and the trip is {days} "
            "days. What does it work out per person per day in dollars? And my mate who lives "
            f"in London wants to pay her whole share in pounds, using {RATES_TEXT}. How much?")
    return text, [cash(total / (people * days)), cash(share_gbp)], {"image": recipe}


@family
def receipt_cashback_usd(rng: random.Random) -> Made:
    recipe, _, total = till(rng, "€", (2, 4), 3, 45)
    pct = rng.choice([F(1), F(3, 2), F(2), F(5, 2), F(3), F(5)])
    back = total * pct / 100
    net = same(cash((total - back) * RATE["USD"]),
               cash((total - r2(back)) * RATE["USD"]))
    text = (f"My card gives {float(pct):g}% cashback. How much cashback do I get on this "
            "receipt, and what did the shopping really cost me in dollars after the cashback? "
            "(1 EUR = 1.17 USD)")
    return text, [cash(back), net], {"image": recipe}


# ---------------------------------------------------------------- signs


@family
def sign_summit_feet(rng: random.Random) -> Made:
    height, base = rng.randint(900, 4200), rng.randint(300, 2800)
    feet = F(height) / FT
    if feet - base < 200:
        return None
    recipe = sign(rng, ["SUMMIT", f"ALT {height} M"])
    text = pick(rng, "Made it to the top!! Photo of the sign. How high is that in feet (nearest "
                     f"foot)? The car park was at {base} ft so how many feet did we climb?",
                f"what's this altitude in feet, to the nearest foot, and how much higher is it "
                f"than our start at {base} feet")
    return text, [num(feet, 0), num(feet - base, 0)], {"image": recipe}


@family
def sign_trail_distances(rng: random.Random) -> Made:
    lake = F(rng.randint(12, 70), 10)
    hut = lake + F(rng.randint(15, 90), 10)
    pace = rng.choice([3, 4, 5])
    recipe = sign(rng, [f"LAKE {float(lake):.1f} KM", f"HUT {float(hut):.1f} KM"])
    text = (f"Trail sign in the pic. How far is it from the lake on to the hut in miles (2 dp)? "
            f"And walking at {pace} km/h, how many minutes from here to the hut, nearest minute?")
    return text, [num((hut - lake) / MILE), num(hut / pace * 60, 0)], {"image": recipe}


@family
def sign_ride_height(rng: random.Random) -> Made:
    need = rng.choice([100, 105, 110, 115, 120, 122, 125, 130, 132, 135, 140])
    feet, inches = rng.choice([3, 4]), rng.randint(0, 11)
    child = (feet * 12 + inches) * F("2.54")
    if abs(child - need) < 1:
        return None
    recipe = sign(rng, ["YOU MUST BE", f"{need} CM", "TO RIDE"])
    text = (f"My daughter is {feet} ft {inches} in. Is she tall enough for this ride? By how "
            "many cm is she over or under (1 decimal), and what is the sign's height in inches "
            "(1 decimal)?")
    return text, [num(abs(child - need), 1), num(F(need) / F("2.54"), 1)], {"image": recipe}


@family
def sign_lift_capacity(rng: random.Random) -> Made:
    people = rng.randint(4, 21)
    kg = people * rng.randint(68, 82) + rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40])
    recipe = sign(rng, ["LIFT", f"MAX {people} PERSONS", f"{kg} KG"])
    text = pick(rng, "What average weight per person does this lift allow, in kg and in "
                     "pounds? one decimal each",
                "elevator sign attached - per person how much is that in kg, and in lbs? 1dp")
    per = F(kg, people)
    return text, [num(per, 1), num(per / LB, 1)], {"image": recipe}


@family
def sign_pool_depth(rng: random.Random) -> Made:
    depth = F(rng.randint(9, 25), 10)
    length, width = rng.choice([10, 12, 15, 20, 25]), rng.randint(4, 12)
    recipe = sign(rng, ["DEEP END", f"{float(depth):.1f} M"])
    text = (f"Sign at the hotel pool. What's that depth in feet (2 decimals)? And if the whole "
            f"pool were that deep and it's {length} m by {width} m, how many litres would it hold?")
    litres = depth * length * width * 1000
    return text, [num(depth / FT), num(litres, 0)], {"image": recipe}


@family
def sign_whiteboard_equation(rng: random.Random) -> Made:
    a, x, b = rng.randint(2, 9), rng.randint(-9, 15), rng.randint(1, 30)
    k, m = rng.randint(2, 7), rng.randint(1, 12)
    if x in (0, 1):
        return None
    recipe = sign(rng, [f"{a}X + {b} = {a * x + b}"])
    text = (f"Photo of the whiteboard from class. Solve it for x, then use your x to work out "
            f"{k}x\u00b2 - {m}.")
    return text, [[f"x = {x}", f"x={x}"], [str(k * x * x - m)]], {"image": recipe}


@family
def sign_bus_frequency(rng: random.Random) -> Made:
    first = rng.randint(5 * 60, 7 * 60 + 30)
    every, nth = rng.choice([8, 10, 12, 15, 20, 25]), rng.randint(4, 12)
    limit = rng.choice([9, 10, 11]) * 60
    count = sum(1 for t in range(first, 24 * 60, every) if t < limit)
    route = rng.randint(3, 99)
    recipe = sign(rng, [f"ROUTE {route}", f"FIRST BUS {hm(first)}", f"EVERY {every} MIN"])
    text = (f"Bus stop sign in the photo. What time does bus number {nth} of the day leave? "
            f"And how many buses leave before {hm(limit)}?")
    return text, [clock(first + (nth - 1) * every), [f"{count} buses", f"{count} departures"]], \
        {"image": recipe}


@family
def sign_water_tank(rng: random.Random) -> Made:
    cap = rng.randrange(500, 20001, 250)
    use = rng.randrange(40, 401, 10)
    recipe = sign(rng, ["WATER TANK", f"CAPACITY {cap} L"])
    text = (f"Off-grid cabin, this is on the tank. How many US gallons is that, nearest gallon? "
            f"We use about {use} litres a day, so how many full days does a full tank last?")
    return text, [num(F(cap) / GAL, 0), [f"{cap // use} days", f"{cap // use} full days"]], \
        {"image": recipe}


@family
def sign_stacked_discount(rng: random.Random) -> Made:
    a, b = rng.choice([20, 25, 30, 40, 50]), rng.choice([10, 15, 20, 25])
    price = F(rng.randrange(2999, 24999, 100), 100)
    pay = price * (100 - a) * (100 - b) / 10000
    same(cash(pay), cash(r2(price * (100 - a) / 100) * (100 - b) / 100))
    off = 100 - F((100 - a) * (100 - b), 100)
    recipe = sign(rng, ["SALE", f"{a}% OFF", f"EXTRA {b}% OFF AT TILL"])
    text = (f"Jacket tagged ${float(price):.2f}, sign in the photo. What do I actually pay, and "
            "what's the overall discount as one single percentage?")
    return text, [cash(pay), num(off, 2)], {"image": recipe}


# ---------------------------------------------------------------- screenshots


@family
def screen_bp_log_map(rng: random.Random) -> Made:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(4, 7)]
    sys = [rng.randint(108, 152) for _ in days]
    dia = [rng.randint(64, 96) for _ in days]
    s, d = F(sum(sys), len(days)), F(sum(dia), len(days))
    mean_map = same(num(d + (s - d) / 3, 1), num(r2(d, 1) + (r2(s, 1)
                                                                        - r2(d, 1)) / 3, 1))
    recipe = screen(rng, "Blood pressure", [f"{a}  {x}/{y}" for a, x, y in zip(days, sys, dia,
                                                                                strict=True)])
    text = ("Screenshot of my BP app. Average systolic and average diastolic please (1 decimal), "
            "and then the mean arterial pressure from those averages, MAP = DBP + (SBP - DBP)/3, "
            "1 decimal.")
    return text, [num(s, 1), num(d, 1), mean_map], {"image": recipe}


@family
def screen_run_pace(rng: random.Random) -> Made:
    km = F(rng.randint(300, 2110), 100)
    secs = int(km * rng.randint(270, 420))
    pace_mi = F(secs) / km * MILE
    recipe = screen(rng, "Run summary", [f"Distance {float(km):.2f} km",
                                         f"Time {secs // 60}:{secs % 60:02d}"])
    text = ("From this run screenshot: what was my average pace per mile (min:sec, nearest "
            "second), and my average speed in mph to 1 decimal?")
    pace = int(num(pace_mi, 0)[0])
    return text, [mmss(pace), num(km / MILE / secs * 3600, 1)], {"image": recipe}


@family
def screen_parcel_volumetric(rng: random.Random) -> Made:
    dims = [rng.randrange(15, 81, 5) for _ in range(3)]
    kg = F(rng.randint(5, 180), 10)
    vol = F(dims[0] * dims[1] * dims[2], 5000)
    rate = F(rng.randrange(150, 600, 5), 100)
    if abs(vol - kg) < F(1, 2):
        return None
    recipe = screen(rng, "Shipment", [f"Weight: {float(kg):g} kg",
                                      f"Size: {dims[0]} x {dims[1]} x {dims[2]} cm"])
    text = (f"The courier bills the bigger of the real weight and the volumetric weight "
            f"(L x W x H in cm / 5000, in kg) at \u00a3{float(rate):.2f} per kg. What will this "
            "parcel cost? Also what is its real weight in pounds, 1 dp?")
    return text, [cash(max(vol, kg) * rate), num(kg / LB, 1)], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    receipt_roundup_jar, receipt_hours_of_work, receipt_yesterday_equation,
    receipt_bar_chart_share, receipt_mileage_claim, receipt_price_rise_year,
    receipt_camping_share_gbp, receipt_cashback_usd, sign_summit_feet, sign_trail_distances,
    sign_ride_height, sign_lift_capacity, sign_pool_depth, sign_whiteboard_equation,
    sign_bus_frequency, sign_water_tank, sign_stacked_discount, screen_bp_log_map,
    screen_run_pace, screen_parcel_volumetric)]
