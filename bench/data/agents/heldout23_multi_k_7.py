"""Round 23 (``I_m_k_*``, held out) for ``muse bench agents``, multi_k part 7: mixed errands --
tuition and rent in other currencies, lab dilutions, delivery screenshots, gym and clinic maths."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout9_multi_common import PLOT, r2
from bench.data.agents.heldout23_multi_k import (
    F,
    Made,
    Redo,
    cents,
    clock,
    d,
    dg,
    fam,
    h2,
    hhmm,
    nf,
    nu,
    pct,
    span,
)
from bench.data.agents.helpers import Family


@fam
def tuition_installments_converted(rng: random.Random) -> Made:
    fee, parts = rng.randint(4, 30) * 500, rng.choice([3, 4, 6, 10, 12])
    rate = F(rng.randint(125, 140), 100)
    text = (f"My tuition is €{fee:,} a year, paid in {parts} equal installments. How much is each "
            f"installment, and what is one installment in US dollars at €1 = ${d(rate)}?")
    each = F(fee, parts)
    return text, [nf(each), list(dict.fromkeys(nf(each * rate) + nf(r2(each) * rate)))]


@fam
def dilution_c1v1(rng: random.Random) -> Made:
    c1, c2, v2 = rng.choice([10, 12, 20, 25, 50]), rng.choice([1, 2, 3, 5]), rng.choice(
        [100, 250, 500, 750, 1000])
    if c2 >= c1 or 2 * c2 == c1:  # at half strength stock and water would be the same figure
        raise Redo
    v1 = F(c2 * v2, c1)
    text = (f"Lab prep: I need {v2} mL of a {c2}% solution from a {c1}% stock. How many mL of "
            f"stock "
            "(C1V1 = C2V2, 1 dp), and how many mL of water to add (1 dp)?")
    return text, [nu(v1, 1, "mL", "ml"), nu(v2 - v1, 1, "mL", "ml")]


@fam
def delivery_screenshot_split(rng: random.Random) -> Made:
    food, fee = F(rng.randint(1800, 7500), 100), F(rng.randint(199, 699), 100)
    tip, people = rng.choice([10, 15, 20]), rng.randint(2, 5)
    recipe = {"kind": "screenshot", "title": "Your Order", "rows": [
        f"Food ${float(food):.2f}", f"Delivery fee ${float(fee):.2f}", "Status: on the way"],
        "font": rng.randrange(4), "degrade": dg(rng)}
    total = food + fee + food * tip / 100
    text = (f"We want to add a {tip}% tip on the food only (not the delivery fee). What's the "
            f"total with tip, and each person's share if {people} of us split it?")
    return text, [nf(total), list(dict.fromkeys(nf(total / people) + nf(r2(total) / people)))], \
        {"image": recipe}


@fam
def one_rep_max_and_kg(rng: random.Random) -> Made:
    lb, reps = rng.randint(95, 315), rng.randint(2, 10)
    orm = lb * (1 + F(reps, 30))
    text = (f"I benched {lb} lb for {reps} reps. Epley 1RM = w × (1 + reps/30): what's my 1RM "
            f"in lb "
            "(1 dp), and in kg (1 lb = 0.4536 kg, 1 dp)?")
    return text, [nu(orm, 1, "lb", "lbs", "pounds"), list(dict.fromkeys(
        nu(orm * F("0.4536"), 1, "kg") + nu(r2(orm, 1) * F("0.4536"), 1, "kg")))]


@fam
def corrected_calcium_and_mmol(rng: random.Random) -> Made:
    ca, alb = F(rng.randint(70, 110), 10), F(rng.randint(20, 45), 10)
    cc = ca + F("0.8") * (4 - alb)
    text = (f"Calcium {d(ca)} mg/dL, albumin {d(alb)} g/dL. Corrected calcium = Ca + 0.8 × (4 − "
            "albumin), 1 dp? And that corrected value in mmol/L (÷ 4.008, 2 dp)?")
    return text, [nu(cc, 1, "mg/dL", "mg/dl") + nf(cc, 1), list(dict.fromkeys(
        nf(cc / F("4.008")) + nu(cc / F("4.008"), 2, "mmol/L", "mmol/l")
        + nf(r2(cc, 1) / F("4.008")) + nu(r2(cc, 1) / F("4.008"), 2, "mmol/L", "mmol/l")))]


@fam
def rent_split_by_room_size(rng: random.Random) -> Made:
    a, b = rng.randint(9, 25), rng.randint(9, 25)
    if a == b:
        raise Redo
    rent = rng.randint(12, 40) * 100
    rate = F(rng.randint(115, 125), 100)
    mine = F(rent * a, a + b)
    text = (f"Two of us share a £{rent:,} flat. My room is {a} m², my flatmate's is {b} m², and we "
            "split the rent in proportion to room size. What's my share, and in euros at £1 = "
            f"€{d(rate)}?")
    return text, [nf(mine), list(dict.fromkeys(nf(mine * rate) + nf(r2(mine) * rate)))]


@fam
def mean_arterial_and_units(rng: random.Random) -> Made:
    sysp, dia = rng.randint(95, 180), rng.randint(55, 110)
    if dia >= sysp - 20:
        raise Redo
    m = F(sysp + 2 * dia, 3)
    text = (f"BP {sysp}/{dia} mmHg. MAP (1 dp)? And the MAP in kPa (1 mmHg = 0.1333 kPa, 2 dp)?")
    return text, [nu(m, 1, "mmHg") + nf(m, 1), list(dict.fromkeys(
        nu(m * F("0.1333"), 2, "kPa") + nu(r2(m, 1) * F("0.1333"), 2, "kPa")))]


@fam
def bakery_batch_cost_story(rng: random.Random) -> Made:
    flour, price, batches = rng.choice([450, 500, 600, 750]), F(rng.randint(90, 250), 100), \
        rng.randint(6, 30)
    loaves, sell = rng.choice([2, 3, 4]), F(rng.randint(250, 550), 100)
    bag = 1500
    bags = math.ceil(flour * batches / bag)
    text = (f"I run a tiny bakery. Each batch uses {flour} g of flour and makes {loaves} loaves. "
            f"This week I'm doing {batches} batches. Flour comes in 1.5 kg bags at £{d(price)} -- "
            f"how many bags do I need (round up), and what's the revenue if every loaf sells at "
            f"£{float(sell):.2f}?")
    return text, [[f"{bags} bags"], nf(batches * loaves * sell)]


@fam
def solve_proportion_and_bar_chart(rng: random.Random) -> Made:
    a, b, c = rng.randint(2, 12), rng.randint(2, 20), rng.randint(2, 12)
    x = F(b * c, a)
    if x.denominator not in (1, 2, 4, 5):
        raise Redo
    vals = [rng.randint(5, 50) for _ in range(4)]
    text = (f"Solve {a}/{b} = {c}/x. Also, a bar chart of Q1–Q4 sales {', '.join(map(str, vals))} "
            "please")
    return text, [[f"x = {d(x)}", f"x={d(x)}"] + ([f"x = {x}"] if x.denominator > 1 else []), PLOT]


@fam
def sign_gate_boarding_countdown(rng: random.Random) -> Made:
    gate, board = f"{rng.choice('ABCDE')}{rng.randint(1, 40)}", rng.randint(6 * 60, 22 * 60)
    now = board - rng.randint(15, 130)
    walk = rng.randint(5, 20)
    recipe = {"kind": "sign", "words": [f"GATE {gate}", f"BOARDING {hhmm(board)}"],
              "font": rng.randrange(4), "degrade": dg(rng)}
    text = (f"It's {hhmm(now)} and it's a {walk} minute walk to this gate. What gate is it, and "
            "how many minutes will I have to spare once I get there before boarding?")
    spare = board - now - walk
    if spare <= 0:
        raise Redo
    return text, [[f"gate {gate}", f"{gate}"], span(spare)], {"image": recipe}


@fam
def receipt_points_and_total(rng: random.Random) -> Made:
    goods = rng.sample(["Detergent", "Paper Towels", "Coffee", "Cereal", "Shampoo"], 3)
    prices = cents(rng, 3, 300, 2500)
    per = rng.choice([1, 2, 5])
    recipe = {"kind": "receipt", "shop": rng.choice(["Save More", "Metro Market"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    tot = sum(prices)
    pts = per * int(tot)
    text = (f"Loyalty card gives {per} point{'s' if per > 1 else ''} per whole dollar of the "
            "receipt total (cents ignored). What's the total, and how many points do I get?")
    return text, [nf(tot), [f"{pts} points", f"{pts} pts"]], {"image": recipe}


@fam
def compound_vs_simple(rng: random.Random) -> Made:
    p, r, n = rng.randint(10, 100) * 100, rng.choice([3, 4, 5, 6, 8]), rng.randint(3, 20)
    comp = p * F(100 + r, 100) ** n - p
    simp = F(p * r * n, 100)
    text = (f"{p} at {r}% a year for {n} years: interest earned with yearly compounding vs simple "
            "interest? (2 dp) and draw both balances on one chart")
    return text, [nf(comp), nf(simp), PLOT]


@fam
def chained_speed_unit_time(rng: random.Random) -> Made:
    ms, km = F(rng.randint(20, 120), 10), rng.randint(2, 30)
    kmh = ms * F("3.6")
    text = (f"A cyclist averages {d(ms)} m/s. What's that in km/h, and how long (in minutes, 1 dp) "
            f"for {km} km?")
    return text, [nu(kmh, 2, "km/h", "kph"), nu(F(km * 60) / kmh, 1, "minutes", "min")]


@fam
def bmi_list_of_patients(rng: random.Random) -> Made:
    ppl = rng.sample(["A", "B", "C", "D"], 3)
    kgs = [rng.randint(50, 120) for _ in ppl]
    cms = [rng.randint(150, 195) for _ in ppl]
    k = rng.randrange(3)
    rows = "; ".join(f"patient {p}: {w} kg, {c} cm" for p, w, c in zip(ppl, kgs, cms, strict=True))
    text = (f"{rows}. What's patient {ppl[k]}'s BMI, and what's the average weight of the three in "
            "lb (× 2.2046, 1 dp)?")
    return text, [h2(kgs[k] / F(cms[k], 100) ** 2),
                  nu(F(sum(kgs), 3) * F("2.2046"), 1, "lb", "lbs", "pounds")]


@fam
def warehouse_pallets_and_weight(rng: random.Random) -> Made:
    boxes, per, kg = rng.randint(100, 2000), rng.choice([24, 30, 36, 40, 48]), F(
        rng.randint(20, 250), 10)
    pallets = math.ceil(boxes / per)
    text = (f"Shipping {boxes} boxes, {per} fit on a pallet. How many pallets (round up)? Each box "
            f"weighs {d(kg)} kg -- total weight in tonnes (3 dp)?")
    return text, [[f"{pallets} pallets"], nu(boxes * kg / 1000, 3, "t", "tonnes", "tons")]


@fam
def exam_z_score_and_percent(rng: random.Random) -> Made:
    mean, sd, x = rng.randint(50, 75), rng.randint(5, 15), rng.randint(40, 99)
    tot = rng.choice([80, 120, 150])
    if x == mean or x > tot:
        raise Redo
    text = (f"The exam mean was {mean} with a standard deviation of {sd}. I scored {x}. What's my "
            f"z-score (2 dp)? And if it was out of {tot}, what's my percentage (1 dp)?")
    return text, [nf(F(x - mean, sd)), pct(F(x * 100, tot))]


@fam
def shift_end_and_earnings(rng: random.Random) -> Made:
    start, mins = rng.randint(6 * 60, 14 * 60) // 15 * 15, rng.randint(5, 11) * 60 + rng.choice(
        [0, 15, 30, 45])
    rate = F(rng.randint(1150, 2500), 100)
    text = (f"Shift starts at {hhmm(start)} and is {mins // 60}h {mins % 60:02d}m long. When "
            f"does it "
            f"end, and what do I earn at ${float(rate):.2f}/hour?")
    return text, [clock(start + mins), nf(rate * mins / 60)]


@fam
def paint_story_two_coats(rng: random.Random) -> Made:
    w, h, coats = F(rng.randint(25, 60), 10), F(rng.randint(22, 30), 10), 2
    walls = 4
    cover, tin = rng.choice([10, 12, 14]), rng.choice([F("2.5"), F(5)])
    area = walls * w * h
    litres = area * coats / cover
    text = (f"Repainting my square bedroom: 4 walls, each {d(w)} m wide and {d(h)} m high (ignore "
            f"the door). Two coats, paint covers {cover} m² per litre. Total wall area, and how "
            f"many {d(tin)} L tins (round up)?")
    return text, [nu(area, 2, "m²", "m2", "square metres"),
                  [f"{math.ceil(litres / tin)} tins", f"{math.ceil(litres / tin)} tin"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    tuition_installments_converted, dilution_c1v1, delivery_screenshot_split, one_rep_max_and_kg,
    corrected_calcium_and_mmol, rent_split_by_room_size, mean_arterial_and_units,
    bakery_batch_cost_story, solve_proportion_and_bar_chart, sign_gate_boarding_countdown,
    receipt_points_and_total, compound_vs_simple, chained_speed_unit_time, bmi_list_of_patients,
    warehouse_pallets_and_weight, exam_z_score_and_percent, shift_end_and_earnings,
    paint_story_two_coats)]
