"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 4: quick pairs of
questions, chained money and health steps, receipts and menus, lab and data lists."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.helpers import Family


@fam
def sqrt_and_gallons(rng):
    n = rng.randint(11, 40) ** 2
    gal = rng.randint(3, 30)
    litres = gal * F("3.785")
    text = rng.choice([f"square root of {n}? and {gal} US gallons in litres (3.785 L/gal)",
                       f"what's √{n}, and how many litres is {gal} gallons if 1 gal = 3.785 L"])
    return text, [[str(int(n ** 0.5))], num(litres, 1) + num(litres) + num(litres, 3)]


@fam
def kmh_to_mph_and_bmi_pair(rng):
    kmh = rng.randint(30, 130)
    mph = kmh / F("1.609")
    kg, m = rng.randint(45, 120), F(rng.randint(150, 200), 100)
    bmi = kg / (m * m)
    if tie(mph, 1) or tie(bmi):
        return None
    text = rng.choice([f"{kmh} km/h in mph (÷1.609, 1 dp), and BMI for {kg} kg at {show(m)} m",
                       f"Two: BMI of someone {show(m)} m tall weighing {kg} kg; and convert "
                       f"{kmh} kph to miles per hour using 1 mi = 1.609 km (1 dp)"])
    return text, [num(mph, 1), num(bmi) + num(bmi, 1)]


@fam
def quadratic_vertex_and_plot(rng):
    h, k = rng.randint(-5, 5), rng.randint(-9, 9)
    b, c = -2 * h, h * h + k
    poly = "x^2" + (f" {'+' if b > 0 else '-'} {abs(b)}x" if b else "") + \
        (f" {'+' if c > 0 else '-'} {abs(c)}" if c else "")
    text = rng.choice([f"find the vertex of y = {poly} and sketch the parabola",
                       f"Plot y={poly.replace(' ', '')} and tell me its minimum point",
                       f"vertex of the parabola {poly}? graph it too please"])
    return text, [[f"({h}, {k})", f"({h},{k})"], PLOT]


@fam
def menu_screenshot_order_total(rng):
    menu = rng.sample([("Latte", 425), ("Espresso", 275), ("Croissant", 350), ("Bagel", 300),
                       ("Muffin", 325), ("Tea", 250), ("Smoothie", 595)], 4)
    qty = [rng.randint(0, 3) for _ in menu]
    if sum(qty) < 2:
        return None
    total = sum(F(p * q, 100) for (_, p), q in zip(menu, qty, strict=True))
    n = rng.randint(2, 4)
    each = total / n
    if tie(each):
        return None
    shot = {"kind": "screenshot", "title": "Menu", "rows": [f"{a} ${p / 100:.2f}" for a, p in menu],
            "font": rng.randrange(4), "degrade": dg(rng)}
    order = ", ".join(f"{q} {a.lower()}" for (a, _), q in zip(menu, qty, strict=True) if q)
    text = rng.choice([f"using this menu, what's the total for {order}? and split {n} ways?",
                       f"We're ordering {order} off this menu. Total cost, and each person's share "
                       f"if {n} of us split it evenly?"])
    return text, [num(total), num(each)], {"image": shot}


@fam
def receipt_most_expensive_share(rng):
    goods = rng.sample(["Compost", "Seeds", "Trowel", "Plant Pot", "Rake", "Twine", "Pruners"],
                       rng.randint(3, 4))
    prices = [F(rng.randint(199, 2999), 100) for _ in goods]
    if len(set(prices)) < len(prices):
        return None
    total = sum(prices)
    top = max(prices)
    share = top * 100 / total
    if tie(share, 1):
        return None
    recipe = {"kind": "receipt",
              "shop": rng.choice(["Greenfingers", "Leaf and Root", "Garden Ctr"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice(["garden centre receipt: total? and what % of it was the priciest item (1 "
                       "dp)?",
                       "What's the receipt total and the share of the most expensive line, "
                       "as a percent to one decimal?"])
    return text, [num(total), [f"{v}%" for v in num(share, 1)]], {"image": recipe}


@fam
def chained_percent_raise_then_tax(rng):
    sal = rng.randint(30, 90) * 1000
    r = rng.choice([2, 3, 4, 5, 6, 7])
    new = F(sal * (100 + r), 100)
    tax = rng.choice([20, 22, 25, 30])
    net = new * (100 - tax) / 100
    if tie(net):
        return None
    text = rng.choice([f"I'm getting a {r}% raise on my ${sal:,} salary. new salary? and take-home "
                       f"after a flat {tax}% tax?",
                       f"salary {sal} + {r}% raise = ? then minus {tax}% tax on the new salary "
                       "= ?"])
    text += ' — plot old vs new salary as bars'
    return text, [PLOT, [*num(new), f"{float(new):,.2f}".rstrip("0").rstrip(".")], num(net)]


@fam
def lbs_lost_percent_and_kg(rng):
    a = rng.randint(150, 280)
    b = a - rng.randint(5, 40)
    lost = a - b
    pc = F(lost * 100, a)
    kg = lost * F("0.4536")
    if tie(pc, 1) or tie(kg, 1):
        return None
    text = rng.choice([f"went from {a} lb to {b} lb. what % of my body weight did I lose (1 dp), "
                       f"and how many kg is that loss (0.4536 kg/lb, 1 dp)?",
                       f"weight loss: start {a}lbs, now {b}lbs. percent lost (1 dp)? kg lost "
                       f"(×0.4536, "
                       f"1 decimal)?"])
    if set(num(pc, 1)) & set(num(kg, 1)):
        return None
    return text, [[f"{v}%" for v in num(pc, 1)], num(kg, 1)]


@fam
def bullets_data_quick(rng):
    vals = [rng.randint(1, 60) for _ in range(rng.randint(6, 9))]
    mn, mx = min(vals), max(vals)
    rng_ = mx - mn
    mean = F(sum(vals), len(vals))
    if tie(mean) or str(rng_) in map(str, vals):
        return None
    text = rng.choice([f"data: {', '.join(map(str, vals))}\n• range\n• mean (2 dp)\n• a bar chart",
                       f"for {' '.join(map(str, vals))}: give me the range and average (2 dp), and "
                       "chart it"])
    return text, [[f"range is {rng_}", f"range: {rng_}", f"range of {rng_}", f"range = {rng_}",
                   f"Range: {rng_}", f"{mx} - {mn} = {rng_}", f"{mx} − {mn} = {rng_}"],
                  num(mean), PLOT]


@fam
def sign_opening_hours_weekly(rng):
    o, c = rng.randint(7, 10), rng.randint(16, 21)
    days = rng.choice([5, 6])
    per_week = (c - o) * days
    wage = F(rng.randint(1200, 2200), 100)
    pay = per_week * wage
    label = "MON-FRI" if days == 5 else "MON-SAT"
    sign = {"kind": "sign", "words": [f"OPEN {label}", f"{o}:00 - {c}:00"],
            "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice([f"If I staff this shop every hour it's open per the sign, how many hours a "
                       f"week is that, and what's the weekly wage bill at ${d(wage)}/hour?",
                       f"hours open per week going by this sign? and cost of one employee covering "
                       f"all of them at {d(wage)} an hour"])
    return text, [[f"{per_week} hours", f"{per_week} hrs", f"{per_week}h"],
                  num(pay)], {"image": sign}


@fam
def cm_to_ft_in_and_bmi(rng):
    cm = rng.randint(150, 200)
    inch_total = cm / F("2.54")
    ft = int(inch_total // 12)
    inch = inch_total - 12 * ft
    kg = rng.randint(50, 110)
    bmi = kg / F(cm, 100) ** 2
    if tie(inch, 1) or tie(bmi) or round(inch, 1) >= 12:
        return None
    ins = num(inch, 1)
    text = rng.choice([f"I'm {cm} cm — what's that in feet and inches (inches to 1 dp)? also my "
                       "BMI at "
                       f"{kg} kg",
                       f"convert {cm}cm to ft/in (inches 1 decimal) and work out bmi for {kg}kg"])
    return text, [[f"{ft} ft {i} in" for i in ins] + [f"{ft}'{i}\"" for i in ins] +
                  [f"{ft} feet {i} inches" for i in ins] + [f"{ft}' {i}\"" for i in ins],
                  num(bmi) + num(bmi, 1)]


@fam
def pay_period_hourly_chain(rng):
    biweekly = rng.randint(1200, 4800)
    annual = biweekly * 26
    hourly = F(annual, 2080)
    if tie(hourly):
        return None
    text = rng.choice([f"paid ${biweekly:,} every two weeks. yearly total (26 pay periods)? and "
                       f"hourly rate assuming 2080 hours a year?",
                       f"biweekly paycheck {biweekly} → annual (×26) → hourly (÷2080)"])
    r = rng.choice(["0.92", "0.79"])
    x = annual * F(r)
    if tie(x):
        return None
    text += ("" if text[-1] in ".?!" else ".") + f" And the annual figure at 1 USD = {r} EUR?"
    return text, [num(x), [str(annual), f"{annual:,}"], num(hourly)]


@fam
def acid_base_ph_and_dilute(rng):
    e = rng.randint(1, 5)
    m = rng.choice([1, 2, 5])
    conc = F(m, 10 ** e)
    import math
    ph = -math.log10(float(conc))
    v1, factor = rng.choice([10, 25, 50]), rng.choice([2, 4, 5, 10])
    v2 = v1 * factor
    if abs(round(ph, 2) - ph) > 0.004999 and abs(abs(round(ph, 2) - ph) - 0.005) < 1e-6:
        return None
    text = rng.choice([f"pH of a {show(conc)} M HCl solution (strong acid, 2 dp)? and if I dilute "
                       f"{v1} mL of it {factor}-fold, final volume in mL?",
                       f"chem: [H+] = {show(conc)} mol/L — pH to 2 decimals. Also a {factor}x "
                       "dilution "
                       f"of {v1} ml ends at what volume?"])
    return text, [[f"{ph:.2f}", f"{ph:.2f}".rstrip("0").rstrip(".")],
                  [f"{v2} mL", f"{v2} ml", f"{v2}ml", f"{v2}mL"]]


@fam
def story_road_trip_split(rng):
    friends = rng.randint(3, 6)
    km = rng.randint(300, 1500)
    l100 = F(rng.randint(55, 100), 10)
    price = F(rng.randint(150, 210), 100)
    fuel = km * l100 / 100 * price
    each = fuel / friends
    if tie(fuel) or tie(each):
        return None
    text = (f"{friends} of us drove to the coast and back, {km} km in total. "
            f"{rng.choice(['The car', 'My old Golf', 'The rental'])} does {show(l100)} L per "
            "100 km "
            f"and fuel was €{d(price)}/L. What did fuel cost in total and what's each person's "
            "share?")
    g = km * l100 / 100 / F("3.785")
    if tie(g, 1):
        return None
    text += " Oh, and how many US gallons of fuel was that (1 gal = 3.785 L, 1 dp)?"
    return text, [num(g, 1), num(fuel), num(each)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sqrt_and_gallons, kmh_to_mph_and_bmi_pair, quadratic_vertex_and_plot,
    menu_screenshot_order_total, receipt_most_expensive_share, chained_percent_raise_then_tax,
    lbs_lost_percent_and_kg, bullets_data_quick, sign_opening_hours_weekly, cm_to_ft_in_and_bmi,
    pay_period_hourly_chain, acid_base_ph_and_dilute, story_road_trip_split)]
