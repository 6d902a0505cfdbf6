"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 8: a last mix of
money, health, homework and photo requests with two or more parts."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num
from bench.data.agents.helpers import Family


@fam
def plot_parabola_max_height(rng):
    v = rng.choice([10, 12, 14, 16, 20, 24])
    h0 = rng.randint(0, 20)
    h = h0 + F(v * v, 20)
    t = F(v, 10)
    start = f"{h0} + " if h0 else ""
    text = rng.choice([f"ball thrown up at {v} m/s, height h = {start}{v}t - 5t^2. max height and "
                       f"when? plot h against t",
                       f"graph h(t) = {start}{v}t − 5t² and find the peak height and the time it "
                       f"happens"])
    return text, [[f"{show(h)} m", f"{show(h)}m", f"{show(h)} metres", f"{show(h)} meters"],
                  [f"{show(t)} s", f"{show(t)}s", f"{show(t)} seconds", f"t = {show(t)}"], PLOT]


@fam
def screenshot_steps_goal_left(rng):
    goal = rng.choice([8000, 10000, 12000])
    done = rng.randint(2000, goal - 500)
    left = goal - done
    stride = F(rng.choice([70, 75, 80]), 100)
    km = left * stride / 1000
    if tie(km):
        return None
    shot = {"kind": "screenshot", "title": "Steps today", "rows": [f"Steps: {done:,}",
            f"Goal: {goal:,}"], "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"how many steps left to hit my goal in this screenshot, and how many km is "
                       f"that at {show(stride)} m per step (2 dp)?",
                       f"Steps remaining to my goal? convert them to km with a {show(stride)} m "
                       "stride, 2 dp"])
    return text, [[str(left), f"{left:,}"], num(km) + num(km, 1)], {"image": shot}


@fam
def receipt_budget_percent_used(rng):
    goods = rng.sample(["Apples", "Honey", "Eggs", "Sourdough", "Cheese", "Jam", "Leeks"],
                       rng.randint(3, 4))
    prices = [F(rng.randint(150, 1200), 100) for _ in goods]
    total = sum(prices)
    budget = rng.choice([40, 50, 60, 75, 100])
    pc = total * 100 / budget
    if tie(pc, 1):
        return None
    recipe = {"kind": "receipt",
              "shop": rng.choice(["Farm Stand", "Sunday Market", "Village Shop"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "£", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"my weekly food budget is £{budget}. how much did this market receipt "
                       "come to "
                       f"and what % of the budget is that (1 dp)?",
                       f"Total on the receipt, and that as a percentage of £{budget} (1 dp)"])
    if set(num(total)) & set(num(pc, 1)):
        return None
    return text, [num(total), [f"{v}%" for v in num(pc, 1)]], {"image": recipe}


@fam
def two_unrelated_mean_and_oz(rng):
    vals = [rng.randint(1, 30) for _ in range(rng.randint(4, 6))]
    mean = F(sum(vals), len(vals))
    g = rng.randint(50, 900)
    oz = g / F("28.35")
    if tie(mean) or tie(oz):
        return None
    text = rng.choice([f"mean of {', '.join(map(str, vals))} (2 dp)? unrelated: {g} g in ounces "
                       "(28.35 g/oz, 2 dp)",
                       f"How many oz is {g} grams if 1 oz = 28.35 g, and what's the average of "
                       f"{' '.join(map(str, vals))}? 2 dp each"])
    return text, [num(mean), num(oz)]


@fam
def loan_payment_total_interest(rng):
    p = rng.randint(5, 40) * 1000
    r = rng.choice([4, 5, 6, 7, 8, 9])
    n = rng.choice([24, 36, 48, 60])
    i = F(r, 1200)
    pay = p * i / (1 - (1 + i) ** -n)
    pay_r = F(round(pay * 100), 100)
    tot_int = pay_r * n - p
    tot2 = pay * n - p
    if tie(pay) or tie(tot2):
        return None
    text = rng.choice([f"car loan ${p:,} at {r}% APR over {n} months. monthly payment? total "
                       "interest "
                       f"paid over the loan?",
                       f"amortised loan: principal {p}, {r}% a year, {n} monthly payments — "
                       "payment "
                       f"and total interest"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot the remaining balance month by month.'
    return text, [PLOT, num(pay), num(tot_int) + num(tot2)]


@fam
def fluid_maintenance_and_hourly(rng):
    kg = rng.randint(5, 60)
    daily = 100 * min(kg, 10) + 50 * max(0, min(kg, 20) - 10) + 20 * max(0, kg - 20)
    hourly = F(daily, 24)
    if tie(hourly, 1):
        return None
    text = rng.choice([f"Holliday-Segar maintenance fluids for a {kg} kg child: mL per day, and "
                       "per "
                       f"hour (1 dp)?",
                       f"daily fluid (100/50/20 rule) for {kg}kg, then divide by 24 for the hourly "
                       f"rate (1 dp)"])
    return text, [[f"{daily} mL", f"{daily} ml", f"{daily:,} mL", f"{daily:,} ml", f"{daily}ml"],
                  num(hourly, 1)]


@fam
def exam_score_needed_story(rng):
    scores = [rng.randint(55, 95) for _ in range(rng.randint(3, 5))]
    target = rng.choice([75, 80, 85])
    n = len(scores) + 1
    need = target * n - sum(scores)
    mean = F(sum(scores), len(scores))
    if need > 100 or need < 0 or tie(mean):
        return None
    text = (f"My daughter's had {len(scores)} tests this term: {', '.join(map(str, scores))}. "
            f"{rng.choice(['She is worried. ', 'She asked me to check. ', ''])}What's her current "
            f"average, and what does she need on the next test to average {target}?")
    text += ' Could you chart her scores?'
    return text, [PLOT, num(mean), [str(need)]]


@fam
def mixed_speed_units_bulleted(rng):
    ms = rng.randint(3, 40)
    kmh = F(ms * 36, 10)
    knots = rng.randint(5, 40)
    kmh2 = knots * F("1.852")
    text = (f"unit conversions for the physics sheet:\n* {ms} m/s → km/h\n* {knots} knots → km/h "
            f"(1 knot = 1.852 km/h)")
    return text, [num(kmh, 1) + num(kmh), num(kmh2, 1) + num(kmh2) + num(kmh2, 3)]


@fam
def rent_split_by_room_size(rng):
    rent = rng.randint(15, 45) * 100
    a, b = rng.randint(9, 20), rng.randint(9, 20)
    share_a = F(rent * a, a + b)
    if tie(share_a) or a == b:
        return None
    text = rng.choice([f"two of us split ${rent:,} rent by room size: my room is {a} m², theirs is "
                       f"{b} m². what do I pay and what do they pay?",
                       f"rent {rent}, split proportional to rooms of {a} (mine) and {b} square "
                       "metres — "
                       f"each share?"])
    r = rng.choice(["0.92", "0.79"])
    x = share_a * F(r)
    if tie(x):
        return None
    text += f" My share in euros at 1 USD = {r} EUR?"
    return text, [num(x), num(share_a), num(rent - share_a)]


@fam
def sign_max_weight_boxes(rng):
    limit = rng.choice([500, 630, 800, 1000, 1200])
    box = rng.randint(12, 45)
    person = rng.randint(60, 95)
    n = (limit - person) // box
    sign = {"kind": "sign", "words": ["GOODS LIFT", f"MAX {limit} KG"], "font": rng.randrange(4),
            "degrade": dg(rng)}
    lb = limit * F("2.2046")
    text = rng.choice([f"this lift's limit in pounds (1 kg = 2.2046 lb)? and if I ({person} kg) "
                       "ride "
                       f"with boxes of {box} kg each, how many boxes max?",
                       "Convert the max load on the sign to lb with 2.2046 (1 dp); also how many "
                       f"{box} kg "
                       f"boxes can go up with a {person} kg person"])
    return text, [num(lb, 1) + num(lb), [f"{n} boxes", f"{n} box"]], {"image": sign}


@fam
def tax_inclusive_price_back(rng):
    gross = F(rng.randint(1000, 50000), 100)
    vat = rng.choice([5, 10, 20, 21])
    net = gross * 100 / (100 + vat)
    tax = gross - net
    if tie(net):
        return None
    text = rng.choice([f"paid £{d(gross)} including {vat}% VAT. price before VAT, and how much "
                       "VAT was "
                       f"in it?",
                       f"{d(gross)} is VAT-inclusive at {vat}%. net price? VAT amount?"])
    r = rng.choice(["1.17", "1.16"])
    x = gross * F(r)
    if tie(x):
        return None
    text += f" And the full price in dollars at £1 = ${r}."
    return text, [num(x), num(net), num(tax) + num(gross - F(round(net * 100), 100))]


@fam
def histogram_counts_and_share(rng):
    ages = [rng.randint(18, 70) for _ in range(rng.randint(10, 14))]
    over = sum(a >= 40 for a in ages)
    pc = F(over * 100, len(ages))
    if tie(pc, 1):
        return None
    text = rng.choice([f"survey respondents' ages: {', '.join(map(str, ages))}. how many are 40 or "
                       f"older, what % is that (1 dp), and make a histogram",
                       f"ages {ages} — count aged 40+, their share (1 dp), and a histogram "
                       "chart"])
    return text, [[f"{over} people", f"{over} respondents", f"{over} of them", f"{over} are",
                   f"{over} of the {len(ages)}", f"{over} out of {len(ages)}",
                   f"{over}/{len(ages)}"],
                  [f"{v}%" for v in num(pc, 1)], PLOT]


@fam
def cups_to_grams_and_batches(rng):
    cups = F(rng.choice([3, 4, 5, 6, 7, 9]), rng.choice([2, 4]))
    g = cups * 120
    bag = rng.choice([1000, 1500, 2000])
    batches = int(bag // g)
    if g.denominator != 1:
        return None
    text = rng.choice([f"recipe uses {show(cups)} cups of flour, 1 cup = 120 g. grams per "
                       "batch? how "
                       f"many full batches from a {bag} g bag?",
                       f"{show(cups)} cups flour (120g per cup) → grams; whole batches from "
                       f"{bag}g"])
    return text, [[f"{int(g)} g", f"{int(g)}g", f"{int(g)} grams"],
                  [f"{batches} batches", f"{batches} full", f"{batches} batch"]]


@fam
def bonus_split_by_hours(rng):
    pool = rng.randint(10, 60) * 100
    h = [rng.randint(20, 45) for _ in range(3)]
    names = rng.sample(["Ana", "Raj", "Tom", "Lucy", "Sam", "Mei"], 3)
    shares = [F(pool * x, sum(h)) for x in h]
    if any(tie(s) for s in shares) or len(set(h)) < 3:
        return None
    hours = ", ".join(f"{n} {x} h" for n, x in zip(names, h, strict=True))
    text = rng.choice([f"split a ${pool:,} bonus pool by hours worked: {hours}. each person's "
                       "share?",
                       f"Bonus {pool} shared in proportion to hours ({hours}) — amounts?"])
    text += ' Pie chart of the split as well.'
    return text, [PLOT, *[num(s) for s in shares]]


@fam
def standard_deviation_and_chart(rng):
    base = rng.randint(10, 50)
    vals = [base + rng.choice([-4, -2, 0, 2, 4, 6]) for _ in range(5)]
    m = F(sum(vals), 5)
    var = sum((v - m) ** 2 for v in vals) / 5
    import math
    sd = math.sqrt(var)
    if len(set(vals)) < 3 or abs(sd * 100 - int(sd * 100) - 0.5) < 0.01:
        return None
    text = rng.choice([f"population standard deviation of {', '.join(map(str, vals))} (2 dp), "
                       "and plot "
                       f"them",
                       f"Chart these readings {vals} and give the population SD (2 dp)"])
    return text, [[f"{sd:.2f}", f"{sd:.2f}".rstrip("0").rstrip(".")], PLOT]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    plot_parabola_max_height, screenshot_steps_goal_left, receipt_budget_percent_used,
    two_unrelated_mean_and_oz, loan_payment_total_interest, fluid_maintenance_and_hourly,
    exam_score_needed_story, mixed_speed_units_bulleted, rent_split_by_room_size,
    sign_max_weight_boxes, tax_inclusive_price_back, histogram_counts_and_share,
    cups_to_grams_and_batches, bonus_split_by_hours, standard_deviation_and_chart)]
