"""Round 22 (``A_o_*``, dev now) for ``muse bench agents``, read part 7: cashback, round-ups,
closing days, age limits, price boards, journeys, storage and carts."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout22_read import (
    EN,
    F,
    Made,
    clock,
    count,
    hm,
    money,
    number,
    receipt,
    shot,
    sign,
    span,
)
from bench.data.agents.helpers import Family

DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


def r_cashback(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    cb = rng.choice([10, 20, 30, 40, 50])
    t = sum(c for _, c in lines)
    return recipe, {"c": cur, "cb": cb}, [money(t + cb * 100, True)]


def r_roundup(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng)
    t = sum(c for _, c in lines)
    if t % 100 == 0:
        return None
    return recipe, {"c": cur}, [money(100 - t % 100, True)]


def r_part_cash(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, low=400)
    t = sum(c for _, c in lines)
    cash = rng.choice([5, 10, 15, 20])
    if t <= cash * 100:
        return None
    return recipe, {"c": cur, "cash": cash}, [money(t - cash * 100, True)]


def r_under(rng: random.Random) -> Made:
    recipe, lines, cur = receipt(rng, count=(4, 8))
    cut = rng.choice([3, 5, 8, 10, 12])
    n = sum(1 for _, c in lines if c < cut * 100)
    return recipe, {"c": cur, "cut": cut}, [count(n)]


def s_closed_day(rng: random.Random) -> Made:
    d = rng.choice(DAYS)
    return sign(rng, ["CLOSED", f"EVERY {d}"]), {}, [[d.title()]]


def s_age(rng: random.Random) -> Made:
    a = rng.choice([12, 14, 15, 16, 18, 21, 25])
    return sign(rng, [f"AGES {a}+ ONLY", "ID REQUIRED"]), {}, [[str(a)]]


def s_per_kg(rng: random.Random) -> Made:
    thing = rng.choice(["APPLES", "CHERRIES", "GRAPES", "TOMATOES", "PLUMS", "PEARS"])
    p = rng.randrange(120, 900, 10)
    kg = rng.choice([Fraction(1, 2), Fraction(3, 2), Fraction(5, 2), Fraction(3, 4), 2, 3])
    words = {Fraction(1, 2): "half a kilo", Fraction(3, 2): "1.5 kg", Fraction(5, 2): "2.5kg",
             Fraction(3, 4): "750 g", 2: "2 kilos", 3: "3 kg"}[kg]
    return (sign(rng, [thing, f"${p / 100:.2f} PER KG"]), {"kg": words, "thing": thing.lower()},
            [money(p * Fraction(kg), True)])


def s_rate_board(rng: random.Random) -> Made:
    rate = Fraction(rng.randint(1010, 1490), 1000)
    amount = rng.choice([50, 80, 100, 150, 200, 250, 300, 500])
    return (sign(rng, ["EXCHANGE", f"1 EUR = {float(rate):.3f} USD"]), {"amt": amount},
            [money(amount * rate)])


def s_pool_f(rng: random.Random) -> Made:
    c = rng.randint(24, 31)
    return sign(rng, ["POOL TEMP", f"{c}°C"]), {}, [number(Fraction(c * 9, 5) + 32, 1)]


def s_lunch(rng: random.Random) -> Made:
    a = rng.choice(range(8 * 60, 10 * 60 + 1, 30))
    b = rng.choice(range(16 * 60, 19 * 60 + 1, 30))
    lunch = rng.choice([30, 60, 90])
    l0 = rng.choice(range(12 * 60, 13 * 60 + 1, 30))
    words = ["OFFICE HOURS", f"{hm(a)} - {hm(b)}", f"CLOSED {hm(l0)}-{hm(l0 + lunch)}"]
    return sign(rng, words), {}, [span(b - a - lunch)]


def k_journey(rng: random.Random) -> Made:
    dep = rng.randrange(6 * 60, 20 * 60, 1)
    dur = rng.randint(25, 290)
    city = rng.choice(["Leeds", "York", "Bath", "Derby", "Exeter", "Crewe"])
    rows = [f"Depart: {hm(dep)}", f"Arrive {city}: {hm(dep + dur)}", "Changes: 0"]
    return shot(rng, "Your journey", rows), {}, [span(dur)]


def k_meeting(rng: random.Random) -> Made:
    a = rng.randrange(8 * 60, 16 * 60, 15)
    d = rng.randrange(30, 180, 15)
    title = rng.choice(["Team sync", "Dentist", "Budget review", "Call with Sam", "Yoga"])
    rows = [title, f"{hm(a)} - {hm(a + d)}", "Room 2"]
    return shot(rng, "Calendar", rows), {}, [span(d)]


def k_meeting_end(rng: random.Random) -> Made:
    a = rng.randrange(8 * 60, 16 * 60, 15)
    d = rng.randrange(30, 180, 15)
    extra = rng.choice([15, 20, 30, 45])
    rows = ["Workshop", f"Starts {hm(a)}", f"Duration {d} min"]
    return shot(rng, "Calendar", rows), {"extra": extra}, [clock(a + d + extra)]


def k_storage(rng: random.Random) -> Made:
    cap = rng.choice([64, 128, 256, 512])
    used = Fraction(rng.randint(100, cap * 10 - 50), 10)
    rows = [f"Used: {float(used):.1f} GB", f"Capacity: {cap} GB"]
    free = cap - used
    return shot(rng, "Storage", rows), {}, [number(free, 1)]


def k_data_pct(rng: random.Random) -> Made:
    cap = rng.choice([10, 15, 20, 30, 50])
    used = Fraction(rng.randint(10, cap * 10 - 5), 10)
    pct = used / cap * 100
    rows = ["Mobile data", f"{float(used):.1f} GB used of {cap} GB"]
    forms = number(pct, 1)
    units = ("%", " %", " percent")
    return shot(rng, "My plan", rows), {}, [[f"{x}{u}" for x in forms for u in units]]


def k_cart(rng: random.Random) -> Made:
    goods = rng.sample(["Socks", "T-shirt", "Mug", "Cable", "Candle", "Pens", "Towel"], 3)
    qty = [rng.randint(1, 4) for _ in goods]
    price = rng.sample(range(199, 2500), 3)
    rows = [f"{q} x {g}  ${p / 100:.2f} each" for g, q, p in zip(goods, qty, price, strict=True)]
    total = sum(q * p for q, p in zip(qty, price, strict=True))
    return shot(rng, "Basket", rows), {}, [money(total, True)]


def k_cart_ship(rng: random.Random) -> Made:
    sub = rng.randint(1500, 9000)
    ship = rng.choice([299, 399, 499, 595, 650])
    rows = [f"Subtotal: ${sub / 100:.2f}", f"Delivery: ${ship / 100:.2f}", "Promo: none"]
    return shot(rng, "Checkout", rows), {}, [money(sub + ship, True)]


def k_countdown(rng: random.Random) -> Made:
    left = rng.randint(3, 90)
    rows = [rng.choice(["Holiday", "Wedding", "Exam", "Concert", "Marathon"]), f"{left} days to go"]
    weeks = rng.randint(1, 9)
    if weeks * 7 >= left:
        return None
    n = left - 7 * weeks
    v = {"w": weeks, "ww": EN[weeks], "wk": "week" if weeks == 1 else "weeks"}
    return shot(rng, "Countdown", rows), v, [[*count(n), f"{n} days"]]


fam_cashback = F("cashback", r_cashback, (
    "asked for {c}{cb} cashback on top of this. how much came off my card?|"
    "total plus {cb} cash back - what was charged?"))
fam_cashback_bank = F("cashback_bank", r_cashback, (
    "My bank shows a bigger number than this receipt because I took {cb} cashback. what should "
    "it show?|"
    "receipt + {c}{cb} cashback = card payment of?"))
fam_roundup = F("roundup", r_roundup, (
    "the app rounds my spend up to the next whole unit and saves the difference. how much gets "
    "saved on this one?|"
    "round-up savings: total up to the next whole {c} - how much is the round-up?"))
fam_roundup_charity = F("roundup_charity", r_roundup, (
    "they asked if I'd round up to the next whole amount for charity. how much would I donate?|"
    "rounding this total up to the nearest whole number above, what's the donation?"))
fam_part_cash = F("part_cash", r_part_cash, (
    "I paid {c}{cash} in cash and the rest on card. how much went on the card?|"
    "{cash} in cash, remainder by card - card amount?"))
fam_under = F("under", r_under, (
    "how many items on here cost less than {c}{cut}?|count of things under {cut} each?"))
fam_closed_day = F("closed_day", s_closed_day, (
    "which day are they shut?|what day is it closed?|Closed on which day of the week?"))
fam_age = F("age", s_age, (
    "what's the minimum age here?|how old do you have to be, going by the sign?"))
fam_per_kg = F("per_kg", s_per_kg, (
    "how much for {kg} of {thing}?|price of {kg} at this per-kilo rate?"))
fam_rate_board = F("rate_board", s_rate_board, (
    "how many dollars do I get for {amt} euros at this rate? to the cent|"
    "changing {amt} EUR here - how much USD (nearest cent)?"))
fam_pool_f = F("pool_f", s_pool_f, (
    "what is that in fahrenheit? 1 decimal|pool temperature in °F (F = C x 9/5 + 32), one "
    "decimal?"))
fam_lunch = F("lunch", s_lunch, (
    "how many hours is the office actually open, minus the lunch closure?|"
    "open time per day not counting the lunch break?"))
fam_journey = F("journey", k_journey, (
    "how long is this train journey?|journey time from departure to arrival?"))
fam_journey_total = F("journey_total", k_journey, (
    "how long will I be on the train?|Trip length in hours and minutes?"))
fam_meeting = F("meeting", k_meeting, (
    "how long is this appointment?|duration of this calendar event?"))
fam_meeting_end = F("meeting_end", k_meeting_end, (
    "I need {extra} min after it to pack up. what time am I free?|"
    "when does it end if I add {extra} minutes of chat afterwards?"))
fam_storage = F("storage", k_storage, (
    "how much free space is left on my phone?|GB free according to this screenshot?"))
fam_data_pct = F("data_pct", k_data_pct, (
    "what percentage of my data have I used? 1 decimal|% of the allowance used, to 1 dp?"))
fam_cart = F("cart", k_cart, (
    "what does this basket come to? (quantities x prices)|total cost of my basket?"))
fam_cart_ship = F("cart_ship", k_cart_ship, (
    "what's the total including delivery?|subtotal + delivery = ?"))
fam_countdown = F("countdown", k_countdown, (
    "how many days will be left {w} {wk} from now?|in {ww} {wk}, how many days to go?"))

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_cashback, fam_cashback_bank, fam_roundup, fam_roundup_charity, fam_part_cash, fam_under,
    fam_closed_day, fam_age, fam_per_kg, fam_rate_board, fam_pool_f, fam_lunch, fam_journey,
    fam_journey_total, fam_meeting, fam_meeting_end, fam_storage, fam_data_pct, fam_cart,
    fam_cart_ship, fam_countdown)]
