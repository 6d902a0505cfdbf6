"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 12: linear equations
with a unit, bills from a CSV, conversions, GST, break-even and deficits."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num, rx
from bench.data.agents.helpers import Family


@fam
def solve_linear_and_check_unit(rng):
    a, x = rng.randint(2, 9), rng.randint(-8, 12)
    b = rng.randint(-20, 20)
    if b == 0:
        return None
    c = a * x + b
    ml = rng.randint(2, 20) * 50
    cups = F(ml, 250)
    text = rng.choice([f"solve {a}x {'+' if b >= 0 else '-'} {abs(b)} = {c}. also, {ml} ml is how "
                       f"many 250 ml cups?",
                       f"{ml}mL in cups (1 cup = 250 mL)? and what's x if "
                       f"{a}x{'+' if b >= 0 else '-'}"
                       f"{abs(b)}={c}"])
    return text, [rx(x), [f"{show(cups)} cups", f"{show(cups)} cup"]]


@fam
def csv_monthly_bills_average_annual(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"][: rng.randint(4, 8)]
    bills = [F(rng.randint(4000, 16000), 100) for _ in months]
    mean = sum(bills) / len(bills)
    annual = mean * 12
    if tie(mean) or tie(annual):
        return None
    csv = "month,gas_bill\n" + "".join(f"{m},{d(b)}\n" for m, b in zip(months, bills, strict=True))
    text = rng.choice(["gas bills csv — average monthly bill, and what would a full year cost at "
                       "that average?",
                       "Mean of the gas_bill column please, then ×12 for an annual estimate"])
    annual2 = F(round(mean * 100), 100) * 12
    return text, [num(mean), num(annual) + num(annual2)], {"csv": csv}


@fam
def numbered_conversions_four(rng):
    km = rng.randint(2, 50)
    kg = rng.randint(2, 90)
    c = rng.randint(-10, 40)
    l_ = rng.randint(2, 20)
    mi = km * F("0.6214")
    lb = kg * F("2.2046")
    f = F(c) * 9 / 5 + 32
    gal = l_ * F("0.2642")
    text = (f"conversion practice:\n1) {km} km → miles (×0.6214)\n2) {kg} kg → lb (×2.2046)\n"
            f"3) {c} °C → °F\n4) {l_} L → US gal (×0.2642)\n2 decimals where needed")
    return text, [num(mi), num(lb), num(f, 1) + num(f), num(gal)]


@fam
def heart_rate_zone_then_minutes(rng):
    age = rng.randint(20, 65)
    mhr = 220 - age
    pct = rng.choice([65, 70, 75, 85])
    target = F(mhr * pct, 100)
    mins = rng.randint(20, 60)
    beats = F(round(target)) * mins
    if tie(target, 0):
        return None
    text = rng.choice([f"age {age}, max HR = 220 - age. {pct}% of max, whole bpm? if I hold "
                       "that for "
                       f"{mins} minutes, how many heartbeats is that (using the rounded bpm)?",
                       f"Target HR at {pct} percent of (220 − {age}), rounded, and total beats "
                       "over a "
                       f"{mins}-minute run at that rate"])
    return text, [num(target, 0), [str(int(beats)), f"{int(beats):,}"]]


@fam
def receipt_gst_portion(rng):
    goods = rng.sample(["Milk", "Bread", "Cheese", "Pasta", "Coffee", "Apples", "Tea"],
                       rng.randint(2, 4))
    prices = [F(rng.randint(150, 1500), 100) for _ in goods]
    total = sum(prices)
    gst = total / 11
    ex = total - gst
    if tie(gst) or tie(ex):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Metro Market", "Corner Store", "FreshCo"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["The prices on this receipt include 10% GST. How much of the total is GST, "
                       "and what's the total before GST?",
                       "10% GST is included in this receipt's total — GST amount? ex-GST amount?"])
    return text, [num(gst), num(ex)], {"image": recipe}


@fam
def break_even_and_profit_at(rng):
    fixed = rng.randint(5, 60) * 100
    price = rng.randint(15, 60)
    cost = rng.randint(5, price - 5)
    be = -(-fixed // (price - cost))
    sold = be + rng.randint(20, 300)
    profit = sold * (price - cost) - fixed
    text = rng.choice([f"fixed costs ${fixed:,}/month, I sell at ${price} and each costs "
                       f"${cost} to "
                       "make. how many units to break even (whole units)? profit if I sell "
                       f"{sold}?",
                       f"Break-even units for fixed {fixed}, price {price}, variable cost {cost}; "
                       f"and monthly profit at {sold} units"])
    text += ("" if text[-1] in ".?!" else ".") + ' Also chart profit against units sold.'
    return text, [PLOT, [f"{be} units", f"{be} items", f"{be} unit", f"sell {be}"],
                  [str(profit), f"{profit:,}"]]


@fam
def caloric_deficit_weeks(rng):
    tdee = rng.randint(1900, 3200)
    eat = tdee - rng.choice([300, 400, 500, 600, 750])
    deficit = tdee - eat
    kg = rng.randint(2, 12)
    days = F(kg * 7700, deficit)
    weeks = days / 7
    if tie(weeks, 1):
        return None
    text = rng.choice([f"my TDEE is {tdee} kcal and I eat {eat}. daily deficit? and how many weeks "
                       f"to lose {kg} kg if 1 kg = 7700 kcal (1 dp)?",
                       f"eating {eat} vs burning {tdee} per day — deficit, and weeks to drop "
                       f"{kg}kg "
                       f"at 7700 kcal per kg (1 dp)"])
    return text, [[f"{deficit} kcal", f"{deficit} calories", f"{deficit} cal"], num(weeks, 1)]


@fam
def area_triangle_and_convert(rng):
    b, h = rng.randint(3, 40), rng.randint(3, 40)
    area = F(b * h, 2)
    ft2 = area * F("10.764")
    text = rng.choice([f"area of a triangle with base {b} m and height {h} m? and in square feet "
                       f"(1 m² = 10.764 ft²)",
                       f"triangle b={b}m h={h}m: area in m² then ft² (×10.764)"])
    fts = list(dict.fromkeys(num(ft2) + num(ft2, 1) + num(ft2, 3) + num(ft2, 4)))
    return text, [num(area, 1) + num(area), fts]


@fam
def screenshot_subscription_annual(rng):
    subs = rng.sample([("Music", 1099), ("Video", 1549), ("Cloud", 299), ("News", 899),
                       ("Gym app", 1299), ("Games", 999)], rng.randint(3, 4))
    monthly = sum(F(p, 100) for _, p in subs)
    yearly = monthly * 12
    rate = rng.choice(["0.79", "0.8", "0.78"])
    gbp = yearly * F(rate)
    if tie(gbp):
        return None
    shot = {"kind": "screenshot", "title": "Subscriptions", "rows": [f"{a}: ${p / 100:.2f}/mo" for
            a, p in subs], "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"how much do all these subscriptions cost per year? and that in GBP at "
                       f"1 USD = {rate} GBP",
                       f"Yearly total for the subs in my screenshot, converted to pounds too "
                       f"(rate {rate})"])
    return text, [num(yearly), num(gbp)], {"image": shot}


@fam
def probability_dice_and_coin(rng):
    target = rng.randint(2, 12)
    ways = sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == target)
    p = F(ways, 36)
    n = rng.randint(2, 6)
    q = F(1, 2 ** n)
    text = rng.choice([f"prob of rolling a sum of {target} with two dice? and of {n} heads in a "
                       "row "
                       f"with a fair coin?",
                       f"Two probability qs: flip a fair coin {n} times, P(all heads)? Roll 2 "
                       "dice, "
                       f"P(total = {target})?"])
    text += ' plot the distribution of two-dice sums too'
    return text, [PLOT, [f"{p.numerator}/{p.denominator}", f"{ways}/36", f"{float(p):.4f}",
                         f"{float(p) * 100:.2f}%"],
                  [f"1/{2 ** n}", f"{float(q):.4f}".rstrip("0"), f"{float(q)}",
                   f"{float(q) * 100:g}%"]]


@fam
def dose_by_weight_lb_chain(rng):
    lb = rng.randint(20, 90)
    kg = lb * F("0.4536")
    mgkg = rng.choice([5, 10, 15])
    dose = F(round(kg * 10), 10) * mgkg
    dose2 = kg * mgkg
    if tie(kg, 1) or tie(dose, 0) or tie(dose2, 0):
        return None
    text = rng.choice([f"my dog weighs {lb} lb. kg (1 lb = 0.4536 kg, 1 dp)? vet said {mgkg} mg "
                       "per kg, "
                       f"so how many mg (whole number)?",
                       f"convert {lb} pounds to kg with 0.4536 (1 dp) then multiply by {mgkg} "
                       "mg/kg "
                       "for the "
                       f"dose, rounded to the nearest mg"])
    return text, [num(kg, 1), num(dose, 0) + num(dose2, 0)]


@fam
def reading_speed_and_audiobook(rng):
    words = rng.randint(40, 150) * 1000
    wpm = rng.randint(180, 320)
    mins = F(words, wpm)
    hrs = mins / 60
    speed = rng.choice([F(5, 4), F(3, 2), F(2)])
    length = F(rng.randint(20, 60), 4)
    at = length / speed
    if tie(hrs, 1) or tie(at, 1):
        return None
    text = rng.choice([f"novel is {words:,} words, I read {wpm} wpm — hours to finish (1 dp)? "
                       "and an "
                       f"audiobook of {show(length)} h at {show(speed)}x speed takes how many "
                       "hours?",
                       f"Two reading questions: {words} words at {wpm} words/min in hours (1 dp); "
                       f"{show(length)} hour audiobook played at {show(speed)}x, how long?"])
    return text, [num(hrs, 1), num(at, 1) + num(at)]


@fam
def percent_of_report_and_pie(rng):
    cats = rng.sample(["North", "South", "East", "West", "Online"], 4)
    vals = [rng.randint(50, 500) for _ in cats]
    pick = rng.choice(cats)
    sh = F(vals[cats.index(pick)] * 100, sum(vals))
    if tie(sh, 1):
        return None
    pairs = ", ".join(f"{c} {v}" for c, v in zip(cats, vals, strict=True))
    text = rng.choice([f"regional sales: {pairs}. what share is {pick} (1 dp)? and make a pie "
                       "chart",
                       f"Make a chart of {pairs} and tell me {pick}'s percentage of the total "
                       "(1 dp)"])
    return text, [[f"{v}%" for v in num(sh, 1)], PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    solve_linear_and_check_unit, csv_monthly_bills_average_annual, numbered_conversions_four,
    heart_rate_zone_then_minutes, receipt_gst_portion, break_even_and_profit_at,
    caloric_deficit_weeks, area_triangle_and_convert, screenshot_subscription_annual,
    probability_dice_and_coin, dose_by_weight_lb_chain, reading_speed_and_audiobook,
    percent_of_report_and_pie)]
