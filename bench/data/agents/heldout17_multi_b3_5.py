"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-5: statistics with a
chart and a follow-on figure, health numbers with conversions, and receipts with a second step.
"""

from __future__ import annotations

import random
import statistics

from bench.data.agents.heldout9_multi_common import MEAN, MEDIAN, F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, family, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, clock, near, num, stat
from bench.data.agents.helpers import Family


@family
def commute_times_median_chart(rng: random.Random) -> Made:
    times = [rng.randint(18, 55) for _ in range(rng.choice([5, 7, 9]))]
    med = statistics.median(times)
    total_h = F(sum(times), 60)
    if near(total_h, 1):
        return None
    text = ("commute times this fortnight in minutes -> " + ", ".join(map(str, times)) +
            ". median? total time in hours (1 dp)? and a bar chart please")
    return text, [stat(MEDIAN, F(med), 0), num(total_h, 1), CHART]


@family
def baby_weight_lb_oz_percent(rng: random.Random) -> Made:
    birth_g, now_g = rng.randint(2600, 4200), 0
    now_g = birth_g + rng.randint(600, 2500)
    lb_total = F(now_g, 1000) / F("0.45359237")
    lb = int(lb_total)
    oz = (lb_total - lb) * 16
    pct = F(now_g - birth_g, birth_g) * 100
    if near(oz, 0) or near(pct, 1) or round(oz) == 16:
        return None
    text = (f"Baby was {birth_g} g at birth and is {now_g} g now. What's that in pounds and ounces "
            "(whole ounces), and what % weight gain since birth (1 dp)?")
    return text, [[f"{lb} lb {round(oz)} oz", f"{lb} lbs {round(oz)} oz",
                   f"{lb} pounds {round(oz)} ounces", f"{lb}lb {round(oz)}oz",
                   f"{lb} lb, {round(oz)} oz", f"{lb} pounds, {round(oz)} ounces"], num(pct, 1)]


@family
def ibuprofen_schedule_mg_total(rng: random.Random) -> Made:
    mg, tabs, every = rng.choice([200, 400]), rng.choice([1, 2]), rng.choice([6, 8])
    first = rng.randint(6, 9)
    doses = 24 // every
    total = mg * tabs * doses
    last = first + every * (doses - 1)
    text = (f"Leaflet says {tabs} tablet{'s' if tabs > 1 else ''} of {mg} mg every {every} hours. "
            f"If I take the first at {first}:00 am and keep to that for 24 h, what time is the "
            "last dose in that 24 h, and how many mg in total?")
    h = last % 24
    return text, [[*clock(h * 60), f"{(h - 1) % 12 + 1} {'pm' if 12 <= h else 'am'}"] +
                  (["midnight"] if h == 0 else []),
                  [f"{total} mg", f"{total:,} mg", f"{total}mg", f"{total:,}mg"]]


@family
def receipt_vat_back_out(rng: random.Random) -> Made:
    goods = [(g, cents(rng, 3, 40)) for g in rng.sample(["Printer ink", "Paper", "Stapler",
                                                          "Pens", "Folders"], 3)]
    total = sum((p for _, p in goods), F(0))
    net = total / F(6, 5)
    if tie(net):
        return None
    recipe = bill(rng, "Office Supply Co", goods, "£")
    text = ("Expense claim: this receipt's prices include 20% VAT. What's the total, the net "
            "amount before VAT, and the VAT I can reclaim? (pence precision)")
    return text, [money(total, "GBP") + cash(total), cash(net), cash(total - F(round(net * 100),
                                                                              100))], \
        {"image": recipe}


@family
def receipt_per_kg_and_usd(rng: random.Random) -> Made:
    kg = F(rng.randint(5, 30), 10)
    per = cents(rng, 3, 12)
    price = F(round(kg * per * 100), 100)
    usd = convert(price, "EUR", "USD")
    if tie(usd):
        return None
    recipe = bill(rng, "Marche Frais", [(f"Cherries {float(kg)}kg", price)], "€")
    text = ("Bought cherries in France, receipt attached. What was the price per kg (to the cent) "
            "and what did they cost me in dollars? 1 EUR = 1.17 USD")
    unit = price / kg
    if near(unit, 2, 0.003):
        return None
    return text, [num(unit, 2), money(usd, "USD") + cash(usd)], {"image": recipe}


@family
def sign_height_car_fit(rng: random.Random) -> Made:
    m = F(rng.randint(190, 260), 100)
    ft = m / F("0.3048")
    feet = int(ft)
    inch = (ft - feet) * 12
    car_in = rng.randint(60, 90)
    clear = m * 100 - car_in * F("2.54")
    if near(inch, 0) or round(inch) == 12 or near(clear, 0):
        return None
    recipe = sign(rng, ["CAR PARK", f"MAX HEIGHT {float(m):.2f} m"])
    text = (f"my van with roof box is {car_in} inches tall. Given the height limit on this sign, "
            "what's the limit in feet and inches (nearest inch), and how many cm of clearance "
            "would I have (nearest cm)?")
    if clear <= 0:
        return None
    i = round(inch)
    return text, [[f"{feet} ft {i} in", f"{feet}'{i}\"", f"{feet} feet {i} inches",
                   f"{feet} ft {i}in", f"{feet}ft {i}in", f"{feet} feet, {i} inches"],
                  num(clear, 0)], {"image": recipe}


@family
def speed_data_scatter_corr(rng: random.Random) -> Made:
    xs = list(range(1, 7))
    m, c = rng.choice([2, 3, 4, 5]), rng.randint(1, 10)
    ys = [m * x + c for x in xs]
    pred = m * 10 + c
    pairs = "; ".join(f"{x} h → {y}" for x, y in zip(xs, ys, strict=True))
    text = ("hours practised vs points scored for our team: " + pairs + ". Looks perfectly "
            "linear — what's the line's equation, what would 10 hours predict, and can you "
            "scatter plot it?")
    eq = [f"y = {m}x + {c}", f"y={m}x+{c}", f"points = {m}x + {c}"]
    return text, [eq, [f"{pred} points", f"predict {pred}", f"= {pred}", f"is {pred}"], CHART]


@family
def rainfall_inches_mm_total(rng: random.Random) -> Made:
    months = [F(rng.randint(5, 60), 10) for _ in range(4)]
    total_mm = sum(months) * F("25.4")
    mean = sum(months) / 4
    if near(total_mm, 0) or tie(mean):
        return None
    text = ("rain gauge (inches) for Jan–Apr: " + ", ".join(f"{float(v)}" for v in months) +
            ". total in mm (nearest mm), monthly average in inches (2 dp), and plot it?")
    return text, [num(total_mm, 0), stat(MEAN, mean), CHART]


@family
def freelance_eur_gbp_invoice(rng: random.Random) -> Made:
    days, rate = rng.randint(3, 15), rng.choice([350, 400, 450, 500, 600])
    eur = F(days * rate)
    gbp = convert(eur, "EUR", "GBP")
    fee = gbp * F(3, 100)
    if tie(fee) or tie(gbp - fee):
        return None
    text = (f"Client in Germany owes me {days} days at €{rate}/day. What's the invoice in euros, "
            "what's it in pounds at 1 EUR = 0.87 GBP, and what lands in my account after the "
            "bank's 3% conversion fee (to the penny)?")
    return text, [cash(eur), money(gbp, "GBP") + cash(gbp), money(gbp - fee, "GBP") +
                  cash(gbp - fee)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    commute_times_median_chart, baby_weight_lb_oz_percent, ibuprofen_schedule_mg_total,
    receipt_vat_back_out, receipt_per_kg_and_usd, sign_height_car_fit, speed_data_scatter_corr,
    rainfall_inches_mm_total, freelance_eur_gbp_invoice)]
