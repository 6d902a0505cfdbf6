"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 4: money, home and
travel requests (bills, fees, taxes, trips, kitchen maths) asking two or three things at once.
"""

from __future__ import annotations

import datetime as dt
import math
import random

from bench.data.agents.heldout18_multi_3 import day_forms, say_day
from bench.data.agents.heldout18_multi_common import (
    CHART,
    GAL,
    MILE,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
)
from bench.data.agents.helpers import Family


@family
def led_bulb_payback(rng: random.Random) -> Made:
    bulbs, old, new = rng.randint(4, 20), rng.choice([40, 60, 75, 100]), rng.choice([5, 8, 9, 12])
    hours, cents, cost = rng.randint(2, 8), rng.randint(11, 35), F(rng.randrange(199, 899), 100)
    saving = F(bulbs * (old - new) * hours * 365, 1000) * F(cents, 100)
    text = (f"Thinking of swapping {bulbs} old {old} W bulbs for {new} W LEDs at "
            f"${float(cost):.2f} each. They're on about {hours} hours a day and power is "
            f"{cents} cents a kWh. How much would I save a year (365 days), and how many months "
            "until the LEDs pay for themselves (1 dp)?")
    return text, [cash(saving), num(bulbs * cost / saving * 12, 1)]


@family
def meeting_cost_gbp(rng: random.Random) -> Made:
    people, salary, mins = rng.randint(4, 14), rng.randrange(40000, 140001, 2500), \
        rng.choice([30, 45, 60, 90])
    per = F(people * salary, 2080) * F(mins, 60)
    text = pick(rng, f"Our weekly status meeting has {people} people on an average salary of "
                     f"${salary:,} (2,080 work hours a year) and runs {mins} minutes. What does "
                     f"one meeting cost in salary, and over 48 weeks what is that in pounds? "
                     f"({RATES_TEXT})",
                f"quick one - {people} ppl, avg ${salary:,}/yr, 2080 hrs/yr, {mins} min meeting "
                f"every week. cost per meeting? and cost for 48 weeks converted to GBP using "
                f"{RATES_TEXT}")
    return text, [cash(per), same(cash(per * 48 / RATE["USD"] * RATE["GBP"]),
                                  cash(r2(per) * 48 / RATE["USD"] * RATE["GBP"]))]


@family
def raise_vs_inflation(rng: random.Random) -> Made:
    old = rng.randrange(28000, 95001, 500)
    new = old + rng.randrange(500, 7001, 250)
    infl = F(rng.randint(15, 75), 10)
    nominal = F(new - old, old) * 100
    real = ((F(new, old)) / (1 + infl / 100) - 1) * 100
    text = (f"I got a raise from {old:,} to {new:,} a year. What's the raise in percent (2 dp)? "
            f"Inflation was {float(infl):g}% so what's my real change in pay, "
            "((1 + raise) / (1 + inflation) - 1), as a percent to 2 dp?")
    return text, [num(nominal, 2), num(real, 2) + num(abs(real), 2)]


@family
def etsy_fees_sales_needed(rng: random.Random) -> Made:
    price, cost = F(rng.randrange(1200, 6000, 50), 100), F(rng.randrange(300, 1000, 25), 100)
    goal = rng.randrange(500, 3001, 100)
    net = price - F("0.20") - price * F("0.065") - price * F("0.03") - F("0.25") - cost
    if net <= 0:
        return None
    text = (f"I sell prints for ${float(price):.2f}. Fees per sale: $0.20 listing, 6.5% "
            f"transaction fee, and 3% + $0.25 payment processing; materials cost me "
            f"${float(cost):.2f}. What's my profit per sale, and how many sales to make "
            f"${goal:,} profit?")
    return text, [cash(net), [f"{math.ceil(goal / net)} sales", f"{math.ceil(goal / net)} prints"]]


@family
def reorder_point_days(rng: random.Random) -> Made:
    demand, lead, safety = rng.randint(8, 60), rng.randint(3, 14), rng.randrange(20, 201, 10)
    rop = demand * lead + safety
    stock = rop + rng.randint(40, 900)
    days = (stock - rop) // demand
    text = (f"Small shop inventory. We sell about {demand} units a day, the supplier takes {lead} "
            f"days to deliver, and I keep {safety} units of safety stock. What's the reorder point "
            f"(demand x lead time + safety stock)? We have {stock} in stock now, so how many whole "
            "days until we hit it?")
    return text, [[f"{rop} units", str(rop)], [f"{days} days", f"{days} whole days"]]


@family
def two_currency_trip_daily(rng: random.Random) -> Made:
    gbp, eur, usd = (F(rng.randint(3000, 90000), 100) for _ in range(3))
    days = rng.randint(4, 16)
    total_eur = gbp / RATE["GBP"] + eur + usd / RATE["USD"]
    text = (f"Europe trip: I spent \u00a3{float(gbp):,.2f} in London, \u20ac{float(eur):,.2f} in "
            f"Paris and ${float(usd):,.2f} on bookings in dollars. With {RATES_TEXT}: total in "
            f"US dollars? And average per day in euros over the {days} days?")
    usd_total = same(cash(total_eur * RATE["USD"]),
                     cash(r2(gbp / RATE["GBP"] * RATE["USD"]) + r2(eur * RATE["USD"]) + usd))
    return text, [usd_total, cash(total_eur / days)]


@family
def car_rental_km_allowance(rng: random.Random) -> Made:
    days, per = rng.randint(3, 14), rng.choice([100, 150, 200, 250])
    fee = F(rng.randrange(10, 45), 100)
    miles = rng.randint(days * per // 2, days * per)
    km = miles * MILE
    excess = km - days * per
    if excess < 5:
        return None
    text = (f"Rental car in Ireland: {per} km a day included, {days} days, then \u20ac"
            f"{float(fee):.2f} per extra km. My odometer app says I did {miles} miles. How many km "
            "over am I (nearest km), and what's the extra charge on that rounded figure?")
    over = int(num(excess, 0)[0])
    return text, [[f"{over} km", f"{over}km"], cash(over * fee)]


@family
def carryon_volume_litres(rng: random.Random) -> Made:
    a, b, c = rng.randint(18, 24), rng.randint(12, 16), rng.randint(6, 10)
    limit = rng.choice([30, 35, 40, 45, 50])
    litres = F(a * b * c) * F("2.54") ** 3 / 1000
    text = (f"My carry-on is {a} x {b} x {c} inches. What's the volume in litres (1 dp), and how "
            f"many litres over or under the airline's {limit} L limit is it (1 dp)?")
    if abs(litres - limit) < F(1, 2):
        return None
    return text, [num(litres, 1), num(abs(litres - limit), 1)]


@family
def tax_bands_take_home(rng: random.Random) -> Made:
    allowance, band = rng.choice([10000, 12570, 15000]), rng.choice([37700, 40000, 45000])
    income = rng.randrange(allowance + 5000, allowance + band + 40000, 250)
    basic = min(max(income - allowance, 0), band)
    higher = max(income - allowance - band, 0)
    tax = F(basic * 20 + higher * 40, 100)
    text = (f"Tax question (made-up system): 0% on the first {allowance:,}, 20% on the next "
            f"{band:,}, 40% on anything above. On a salary of {income:,}: how much tax, what's "
            "the effective tax rate (2 dp), and the monthly take-home after tax?")
    return text, [cash(tax), num(tax / income * 100, 2), cash((income - tax) / 12)]


@family
def bogo_half_vs_percent(rng: random.Random) -> Made:
    price, pairs = F(rng.randrange(399, 4999, 10), 100), rng.randint(1, 4)
    pct = rng.choice([20, 25, 30, 35])
    n = 2 * pairs
    half = price * pairs * F(3, 2)
    off = price * n * (100 - pct) / 100
    if half == off:
        return None
    text = (f"Need {n} of the same item at ${float(price):.2f} each. Store A: buy one, get the "
            f"second half price. Store B: {pct}% off everything. What do I pay at each store, and "
            "how much do I save by going to the cheaper one?")
    return text, [cash(half), cash(off), same(cash(abs(half - off)),
                                              cash(abs(r2(half) - r2(off))))]


@family
def import_duty_usd(rng: random.Random) -> Made:
    item, ship = F(rng.randrange(2000, 40000), 100), F(rng.randrange(500, 3500), 100)
    duty = rng.choice([F(5), F("7.5"), F(10), F(12), F(15)])
    total = (item + ship) * (1 + duty / 100)
    text = (f"Ordering from a UK site: item \u00a3{float(item):.2f}, shipping "
            f"\u00a3{float(ship):.2f}, then {float(duty):g}% import duty on item + shipping. "
            f"What's the landed cost in pounds, and in dollars using {RATES_TEXT}?")
    usd = same(cash(total / RATE["GBP"] * RATE["USD"]), cash(r2(total) / RATE["GBP"] *
                                                             RATE["USD"]))
    return text, [cash(total), usd]


@family
def rain_barrel_capture(rng: random.Random) -> Made:
    area, mm = rng.randint(20, 150), rng.randint(4, 45)
    barrel = rng.choice([190, 200, 208, 240, 300])
    litres = area * mm
    text = pick(rng, f"A {mm} mm rainfall on my {area} m\u00b2 roof - how many litres could I "
                     "collect (1 mm on 1 m\u00b2 = 1 L), how many US gallons is that (nearest "
                     f"gallon), and how many of my {barrel} L barrels would it fill completely?",
                f"Roof area {area} square metres, rain {mm} mm. Litres collected? in US gal "
                f"(nearest)? full {barrel}-litre barrels?")
    return text, [[f"{litres} L", f"{litres} litres", f"{litres:,} litres", f"{litres} liters"],
                  num(litres / GAL, 0), [f"{litres // barrel} barrels", f"{litres // barrel} full"]]


@family
def library_book_fine(rng: random.Random) -> Made:
    out = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 330))
    loan, late = rng.choice([14, 21, 28]), rng.randint(2, 30)
    fine = F(rng.choice([10, 15, 20, 25, 30, 50]), 100)
    due = out + dt.timedelta(days=loan)
    back = due + dt.timedelta(days=late)
    text = (f"Took a library book out on {say_day(out)}, loan period {loan} days. When was it "
            f"due? I returned it on {say_day(back)} and the fine is ${float(fine):.2f} a day late"
            " - how much do I owe?")
    return text, [day_forms(due), cash(late * fine)]


@family
def bakers_percent_loaves(rng: random.Random) -> Made:
    flour, hyd = rng.randrange(500, 3001, 100), rng.randint(60, 80)
    salt, yeast = F(rng.choice([18, 20, 22]), 10), F(rng.choice([5, 10, 15, 20]), 10)
    loaf = rng.choice([450, 500, 750, 900])
    water = F(flour * hyd, 100)
    dough = flour + water + flour * salt / 100 + flour * yeast / 100
    text = (f"Baker's percentages: {flour} g flour, {hyd}% hydration, {float(salt):g}% salt, "
            f"{float(yeast):g}% yeast. How much water and salt in grams (1 dp), what's the total "
            f"dough weight, and how many whole {loaf} g loaves can I shape?")
    return text, [num(water, 1), num(flour * salt / 100, 1), num(dough, 1),
                  [f"{int(dough // loaf)} loaves", f"{int(dough // loaf)} whole"]]


@family
def coffee_ratio_bag_cost(rng: random.Random) -> Made:
    ratio, ml = rng.choice([15, 16, 17]), rng.choice([250, 300, 350, 400, 500])
    cups, bag = rng.randint(1, 3), rng.choice([250, 340, 454, 500, 1000])
    price = F(rng.randrange(800, 3200, 25), 100)
    grams = F(ml, ratio)
    text = (f"I brew at 1:{ratio} (coffee:water by weight, 1 ml water = 1 g) and make {cups} "
            f"cup{'s' if cups > 1 else ''} of {ml} ml a day. Grams of coffee per cup (1 dp)? A "
            f"{bag} g bag costs ${float(price):.2f} - how many whole days does it last, and "
            "what's the cost per cup?")
    return text, [num(grams, 1), [f"{int(bag // (grams * cups))} days"],
                  same(cash(price * grams / bag), cash(price * r2(grams, 1) / bag))]


@family
def pan_size_scale_butter(rng: random.Random) -> Made:
    d = rng.choice([6, 7, 8, 9, 10])
    w, h = rng.choice([(9, 13), (8, 8), (9, 9), (11, 7), (10, 15)])
    butter = rng.randrange(60, 260, 5)
    text = (f"The recipe is for a {d}-inch round cake tin but I only have a {w} x {h} inch pan. "
            f"By what factor should I scale it (ratio of areas, 2 dp)? It calls for {butter} g of "
            "butter, how much do I need then (nearest gram, use the exact ratio)?")
    scale = w * h / (math.pi * d * d / 4)
    return text, [num(scale, 2), num(butter * scale, 0)]


@family
def dividend_income_gbp(rng: random.Random) -> Made:
    shares, quarterly = rng.randint(20, 800), F(rng.randint(8, 120), 100)
    price = F(rng.randrange(1500, 25000, 5), 100)
    annual = shares * quarterly * 4
    text = (f"I own {shares} shares priced at ${float(price):.2f}, paying ${float(quarterly):.2f} "
            "per share every quarter. Yearly dividend income? Dividend yield (2 dp)? And the "
            f"yearly income in pounds, {RATES_TEXT}?")
    return text, [cash(annual), num(quarterly * 4 / price * 100, 2),
                  cash(annual / RATE["USD"] * RATE["GBP"])]


@family
def rule_of_72_vs_exact(rng: random.Random) -> Made:
    r = F(rng.randint(20, 120), 10)
    exact = math.log(2) / math.log(1 + float(r) / 100)
    text = pick(rng, f"At {float(r):g}% a year, how long to double my money by the rule of 72 "
                     "(2 dp), and how long exactly with ln 2 / ln(1 + r) (2 dp)?",
                f"doubling time at {float(r):g}% interest compounded yearly - rule of 72 answer vs "
                "the exact log answer, both to two decimals")
    return text, [num(72 / r, 2), num(exact, 2)]


@family
def up_then_down_percent(rng: random.Random) -> Made:
    price = rng.randrange(40, 2000)
    up, down = rng.choice([10, 15, 20, 25, 30, 40, 50]), rng.choice([10, 15, 20, 25, 30, 40, 50])
    final = F(price * (100 + up) * (100 - down), 10000)
    change = (F((100 + up) * (100 - down), 10000) - 1) * 100
    if change == 0:
        return None
    text = (f"A ${price} console went up {up}% before Christmas, then the January sale took "
            f"{down}% off the new price. What's the price now, and what's the overall percent "
            "change from the original (2 dp)?")
    return text, [cash(final), num(change, 2) + num(abs(change), 2)]


@family
def budget_50_30_20_pie(rng: random.Random) -> Made:
    net = rng.randrange(1800, 9001, 50)
    text = pick(rng, f"My take-home is ${net:,} a month. Using the 50/30/20 rule, how much for "
                     "needs, wants and savings? What do the savings add up to over a year in "
                     f"euros ({RATES_TEXT})? And a pie chart of the split please.",
                f"50-30-20 budget on {net} dollars/month: give me the three amounts, a pie "
                f"chart, and the yearly savings in EUR at 1 EUR = 1.17 USD")
    return text, [cash(F(net, 2)), cash(F(net * 3, 10)), cash(F(net, 5)),
                  cash(F(net * 12, 5) / RATE["USD"]), CHART]


@family
def rent_split_by_income(rng: random.Random) -> Made:
    a, b = rng.randrange(1800, 7001, 50), rng.randrange(1800, 7001, 50)
    rent = rng.randrange(900, 3201, 25)
    if rent > (a + b) * 0.45:
        return None
    text = (f"My partner and I split rent in proportion to income. I take home ${a:,} a month, "
            f"they take home ${b:,}. Rent is ${rent:,}. What does each of us pay, and what "
            "percentage of our own income is that (1 dp)?")
    share = F(rent, a + b) * 100
    if r2(F(rent * a, a + b)) + r2(F(rent * b, a + b)) != rent:
        return None
    return text, [cash(F(rent * a, a + b)), cash(F(rent * b, a + b)), num(share, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    led_bulb_payback, meeting_cost_gbp, raise_vs_inflation, etsy_fees_sales_needed,
    reorder_point_days, two_currency_trip_daily, car_rental_km_allowance, carryon_volume_litres,
    tax_bands_take_home, bogo_half_vs_percent, import_duty_usd, rain_barrel_capture,
    library_book_fine, bakers_percent_loaves, coffee_ratio_bag_cost, pan_size_scale_butter,
    dividend_income_gbp, rule_of_72_vs_exact, up_then_down_percent, budget_50_30_20_pie,
    rent_split_by_income)]
