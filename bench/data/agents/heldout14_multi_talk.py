"""Round 14 (``N_m_*``, dev now) multi-part requests written the way people chat: terse one-liners
and longer messages with context, each needing two or more results (maths, health, units, data,
images)."""

from __future__ import annotations

import math

from bench.data.agents.heldout14_multi_common import (
    GAL,
    GRAPH,
    INCH,
    KG,
    LB,
    MEAN,
    F,
    Item,
    beats,
    cash,
    convert,
    deg_c,
    deg_f,
    expr,
    fams,
    forms,
    multi,
    named,
    num,
    random,
    receipt,
    root,
    safe,
    shot,
    sign_of,
    unit,
    var,
    whole,
)


def n_m_terse_roots_graph(rng: random.Random) -> Item:  # terse: roots of x^2 - k^2, and a graph
    k = rng.randint(2, 15)
    return multi("N_m_terse_roots_graph", f"x^2-{k * k}=0 roots + graph", [root(k), root(-k),
                                                                           GRAPH])


def n_m_terse_height_weight(rng: random.Random) -> Item:  # terse: feet/inches to cm, lb to kg
    ft, inch, lb = rng.randint(4, 6), rng.randint(0, 11), rng.randint(90, 280)
    cm, kg = (12 * ft + inch) * INCH * 100, lb * LB
    if not safe(cm, kg):
        return n_m_terse_height_weight(rng)
    return multi("N_m_terse_height_weight", f"{ft}'{inch} -> cm; {lb} lb -> kg",
                 [unit(cm, "cm", "centimetres"), unit(kg, *KG)])


def n_m_plant_growth_poster(rng: random.Random) -> Item:  # growth per week and a chart
    heights = [rng.randint(10, 40)]
    for _ in range(5):
        heights.append(heights[-1] + rng.randint(3, 25))
    rate = F(heights[-1] - heights[0], 5)
    if not safe(rate):
        return n_m_plant_growth_poster(rng)
    return multi("N_m_plant_growth_poster", "ok so my kid's science fair project: bean plant "
                 f"height in mm over 6 weeks was {', '.join(map(str, heights))}. what's the "
                 "average growth per week, and can you make a chart for the poster?",
                 [[*forms(rate), *(f"{v} mm" for v in forms(rate))], GRAPH])


def n_m_mum_heart_rates(rng: random.Random) -> Item:  # max heart rate, then a 50% target
    age, rest = rng.randint(60, 85), rng.randint(55, 80)
    top = 220 - age
    target = rest + F(top - rest, 2)
    return multi("N_m_mum_heart_rates", f"my mum is {age} and her resting pulse is {rest}. what's "
                 "her max heart rate (220 minus age), and her target if she works at 50% of her "
                 "heart rate reserve?", [whole(top), beats(target)])


def n_m_landing_nyc(rng: random.Random) -> Item:  # a °F forecast in °C, and dollars in euros
    f_, usd = rng.randint(5, 95), rng.randint(5, 60) * 20
    c = F(f_ - 32) * 5 / 9
    eur = convert(F(usd), "USD", "EUR")
    if not safe(c, eur):
        return n_m_landing_nyc(rng)
    return multi("N_m_landing_nyc", f"landing in new york tomorrow, forecast says {f_}F - what's "
                 f"that in celsius? and if I take out {usd} dollars how many euros is that?",
                 [deg_c(c), cash(eur, "EUR")])


def n_m_clothes_discount(rng: random.Random) -> Item:  # a basket before and after a discount
    a, pa, b, pb = rng.randint(1, 4), F(rng.randint(999, 3999), 100), rng.randint(1, 3), \
        F(rng.randint(2500, 8000), 100)
    off = rng.choice([10, 15, 20, 25, 30])
    before = a * pa + b * pb
    after = before * (100 - off) / 100
    if not safe(after):
        return n_m_clothes_discount(rng)
    return multi("N_m_clothes_discount", f"{a} shirts at {float(pa):.2f} and {b} pairs of jeans at "
                 f"{float(pb):.2f}, {off}% off everything. total before and after the discount?",
                 [forms(before), forms(after)])


def n_m_dough_hydration(rng: random.Random) -> Item:  # water and salt from baker's percentages
    flour, hyd, salt = rng.randint(3, 12) * 100, rng.choice([60, 62, 65, 68, 70, 75, 80]), \
        rng.choice([F(2), F(5, 2), F(18, 10)])
    water, s = F(flour * hyd, 100), flour * salt / 100
    return multi("N_m_dough_hydration", f"pizza dough with {flour} g flour at {hyd}% hydration and "
                 f"{float(salt):g}% salt — how much water and how much salt?",
                 [unit(water, "g", "grams", "ml"), unit(s, "g", "grams")])


def n_m_quiz_new_average(rng: random.Random) -> Item:  # a total so far, then a new average
    k, avg, nxt = rng.randint(3, 9), rng.randint(55, 85), rng.randint(60, 100)
    new = F(k * avg + nxt, k + 1)
    if not safe(new) or nxt == avg:
        return n_m_quiz_new_average(rng)
    return multi("N_m_quiz_new_average", f"averaging {avg} over {k} quizzes. if I get {nxt} on the "
                 "next one, what's my points total and my new average?",
                 [whole(k * avg + nxt), forms(new)])


def n_m_meeting_cost(rng: random.Random) -> Item:  # a meeting's cost, then per week
    people, mins, rate, times = rng.randint(3, 15), rng.choice([30, 45, 60, 90]), \
        rng.randint(20, 80), rng.randint(2, 5)
    cost = F(people * mins * rate, 60)
    return multi("N_m_meeting_cost", f"{people} people in a {mins} minute meeting, average pay "
                 f"{rate}/hour. what does one meeting cost, and per week if we hold it {times} "
                 "times?", [num(cost), num(cost * times)])


def n_m_epley_pounds(rng: random.Random) -> Item:  # an estimated one-rep max, then in pounds
    kg, reps = F(rng.randint(8, 40) * 5, 2), rng.randint(2, 12)
    orm = kg * (1 + F(reps, 30))
    lb = orm / LB
    if not safe(orm, lb):
        return n_m_epley_pounds(rng)
    return multi("N_m_epley_pounds", f"using Epley (weight x (1 + reps/30)), what's my estimated "
                 f"1RM if I did {reps} reps at {float(kg):g} kg? and in lb?",
                 [unit(orm, *KG), unit(lb, "lb", "lbs", "pounds")])


def n_m_drip_rate(rng: random.Random) -> Item:  # an infusion: ml per hour, drops per minute
    ml, hours, factor = rng.choice([250, 500, 750, 1000]), rng.choice([2, 4, 6, 8, 10, 12]), \
        rng.choice([10, 15, 20, 60])
    per_h = F(ml, hours)
    drops = per_h * factor / 60
    if not safe(per_h, drops):
        return n_m_drip_rate(rng)
    return multi("N_m_drip_rate", f"{ml} ml over {hours} hours with a {factor} drops/ml giving "
                 "set. rate in ml/hour and drops per minute?",
                 [unit(per_h, "ml/h", "ml/hr", "mL/h", "ml per hour"),
                  [*forms(drops), *(f"{v} drops" for v in forms(drops))]])


def n_m_lawn_seed_bags(rng: random.Random) -> Item:  # seed for a lawn, then bags
    a, b, rate = rng.randint(4, 20), rng.randint(3, 15), rng.choice([25, 30, 35, 40, 50])
    grams = a * b * rate
    bags = math.ceil(F(grams, 1000))
    if grams % 1000 == 0:
        return n_m_lawn_seed_bags(rng)
    return multi("N_m_lawn_seed_bags", f"new lawn is {a} m by {b} m and the seed goes down at "
                 f"{rate} g per m². how much seed, and how many 1 kg boxes?",
                 [unit(F(grams), "g", "grams") + unit(F(grams, 1000), "kg"), [f"{bags} boxes"]])


def n_m_fence_posts(rng: random.Random) -> Item:  # fence panels and posts for a straight run
    panel = rng.choice([F(18, 10), F(2), F(24, 10)])
    panels = rng.randint(4, 25)
    length = panel * panels
    return multi("N_m_fence_posts", f"putting up a straight fence {float(length):g} m long with "
                 f"{float(panel):g} m panels. how many panels, and how many posts (one at each "
                 "end too)?", [[f"{panels} panels"], [f"{panels + 1} posts"]])


def n_m_road_trip_gas(rng: random.Random) -> Item:  # gallons for a trip, then the cost
    miles, mpg, price = rng.randint(150, 2500), rng.randint(20, 45), F(rng.randint(280, 520), 100)
    gallons = F(miles, mpg)
    cost = gallons * price
    if not safe(gallons, cost):
        return n_m_road_trip_gas(rng)
    return multi("N_m_road_trip_gas", f"road trip of {miles:,} miles, car gets {mpg} mpg, gas is "
                 f"${float(price):.2f}/gallon. how many gallons and how much will gas cost?",
                 [unit(gallons, "gallons", "gal"),
                  list(dict.fromkeys([*forms(cost),
                                      *forms(F(round(gallons * 100), 100) * price)]))])


def n_m_kwh_mean_change(rng: random.Random) -> Item:  # mean usage and change first to last
    vals = [rng.randint(150, 600) for _ in range(rng.randint(4, 8))]
    mean = F(sum(vals), len(vals))
    change = F(vals[-1] - vals[0], vals[0]) * 100
    if not safe(mean, change) or vals[0] == vals[-1]:
        return n_m_kwh_mean_change(rng)
    sign = "" if change > 0 else "-"
    return multi("N_m_kwh_mean_change", f"our electricity in kWh month by month: "
                 f"{', '.join(map(str, vals))}. average per month? and % change first month to "
                 "latest?", [named(MEAN, mean),
                             [*(f"{sign}{v}%" for v in forms(abs(change))),
                              *(f"{v}%" for v in forms(abs(change)))]])


def n_m_det_then_cramer(rng: random.Random) -> Item:  # a determinant, then the system's solution
    a, b, c, d = rng.randint(1, 6), rng.randint(1, 6), rng.randint(1, 6), rng.randint(-6, -1)
    det = a * d - b * c
    if det == 0:
        return n_m_det_then_cramer(rng)
    x, y = rng.randint(-6, 8), rng.randint(-6, 8)
    e, f_ = a * x + b * y, c * x + d * y
    return multi("N_m_det_then_cramer", f"coefficient matrix [[{a}, {b}], [{c}, {d}]], right-hand "
                 f"side ({e}, {f_}). determinant first, then solve for x and y",
                 [[str(det), f"determinant is {det}", f"det = {det}"], var("x", x), var("y", y)])


def n_m_power_rule_value(rng: random.Random) -> Item:  # differentiate x^n, evaluate at 2
    n, k = rng.randint(3, 9), rng.randint(2, 8)
    return multi("N_m_power_rule_value", f"differentiate {k}x^{n} and evaluate it at x = 2",
                 [expr(f"{k * n}x^{n - 1}"), whole(k * n * 2 ** (n - 1))])


def n_m_hyperbola_line_meet(rng: random.Random) -> Item:  # y = a/x meets y = x, and a plot
    s = rng.randint(2, 12)
    return multi("N_m_hyperbola_line_meet", f"plot y = {s * s}/x and y = x for x > 0 — where do "
                 "they meet?", [GRAPH, var("x", s), var("y", s)])


def n_m_population_sd(rng: random.Random) -> Item:  # mean and population standard deviation
    vals = [rng.randint(2, 30) for _ in range(rng.randint(5, 8))]
    n = len(vals)
    mean = F(sum(vals), n)
    var_ = sum(((v - mean) ** 2 for v in vals), F(0)) / n
    sd = math.sqrt(var_)
    if not safe(mean) or abs(sd * 100 % 1 - 0.5) < 0.02:
        return n_m_population_sd(rng)
    sd_text = [f"{sd:.2f}", f"{sd:.2f}".rstrip("0").rstrip(".")]
    return multi("N_m_population_sd", f"mean and population standard deviation of "
                 f"{', '.join(map(str, vals))}?", [named(MEAN, mean),
                                                   list(dict.fromkeys(sd_text))])


def n_m_receipt_me_and_friend(rng: random.Random) -> Item:  # a receipt split by items
    recipe, total, items = receipt(rng)
    name, price = items[0]
    return multi("N_m_receipt_me_and_friend", f"I only had the {name.lower()}, my friend had "
                 "everything else. what do I owe and what does my friend owe?",
                 [forms(price), forms(total - price)], image=recipe)


def n_m_receipt_member_gbp(rng: random.Random) -> Item:  # a member discount, then in pounds
    recipe, total, _ = receipt(rng)
    after = total * F(9, 10)
    gbp = convert(after, "USD", "GBP")
    if not safe(after, gbp):
        return n_m_receipt_member_gbp(rng)
    return multi("N_m_receipt_member_gbp", "with my 10% member discount what would this receipt "
                 "have come to? and that in pounds?", [forms(after), cash(gbp, "GBP")],
                 image=recipe)


def n_m_ticket_board_family(rng: random.Random) -> Item:  # ticket prices read, a family's total
    adult, child = F(rng.randint(16, 40), 2), F(rng.randint(6, 20), 2)
    a, c = rng.randint(1, 2), rng.randint(1, 4)
    total = a * adult + c * child
    usd = convert(total, "EUR", "USD")
    if not safe(usd):
        return n_m_ticket_board_family(rng)
    return multi("N_m_ticket_board_family", f"{a} adult{'s' if a > 1 else ''} and {c} "
                 f"kid{'s' if c > 1 else ''} — what do we pay going by this board (euros), and "
                 "what's that in dollars?", [cash(total, "EUR") + forms(total), cash(usd, "USD")],
                 image=sign_of(rng, ["TICKETS", f"ADULT {float(adult):.2f}",
                                     f"CHILD {float(child):.2f}"]))


def n_m_temp_log_peak(rng: random.Random) -> Item:  # the highest reading, and in °F
    vals = [F(rng.randint(360, 405), 10) for _ in range(rng.randint(3, 6))]
    top = max(vals)
    return multi("N_m_temp_log_peak", "this is my temperature log since yesterday. what was the "
                 "highest reading, and what's that in fahrenheit?",
                 [[*forms(top, 1), *deg_c(top)], deg_f(top * 9 / 5 + 32)],
                 image=shot(rng, "Temperature log", [f"{8 + 3 * i}:00  {float(v):.1f} C"
                                                     for i, v in enumerate(vals)]))


def n_m_prescription_totals(rng: random.Random) -> Item:  # doses in a course, total mg
    mg, every, days = rng.choice([250, 500, 875]), rng.choice([6, 8, 12]), rng.choice([5, 7, 10,
                                                                                      14])
    doses = 24 // every * days
    return multi("N_m_prescription_totals", "from this prescription, how many doses will I take in "
                 "total, and how many grams of the drug is that altogether?",
                 [[f"{doses} doses", f"{doses} tablets"], unit(F(doses * mg, 1000), "g", "grams")],
                 image=shot(rng, "Prescription", [f"Amoxicillin {mg} mg", f"Every {every} hours",
                                                  f"For {days} days"]))


def n_m_gallon_tank_range(rng: random.Random) -> Item:  # US gallons to litres, then a range
    gal, use = rng.randint(8, 20), F(rng.randint(50, 110), 10)
    litres = gal * GAL
    km = litres / use * 100
    if not safe(litres, km):
        return n_m_gallon_tank_range(rng)
    return multi("N_m_gallon_tank_range", f"the tank holds {gal} US gallons. how many litres is "
                 f"that, and how far can I go on a full tank at {float(use):g} L/100km?",
                 [unit(litres, "L", "litres", "liters"),
                  list(dict.fromkeys([*unit(km, "km", "kilometres"),
                                      *unit(F(round(litres * 100), 100) / use * 100, "km")]))])


def n_m_fan_oven_f(rng: random.Random) -> Item:  # a fan oven setting, conventional, then °F
    fan = rng.randrange(130, 225, 5)
    conv = fan + 20
    return multi("N_m_fan_oven_f", f"recipe says {fan}C fan. my oven isn't fan so add 20 — what "
                 "do I set it to in C, and what's that in F?",
                 [deg_c(F(conv)), deg_f(F(conv * 9, 5) + 32)])


def n_m_healthy_weight_range(rng: random.Random) -> Item:  # weights at BMI 18.5 and 24.9
    cm = rng.randint(150, 200)
    h2 = F(cm, 100) ** 2
    lo, hi = F(185, 10) * h2, F(249, 10) * h2
    if not safe(lo, hi):
        return n_m_healthy_weight_range(rng)
    return multi("N_m_healthy_weight_range", f"at {cm} cm, what weights give a BMI of 18.5 and of "
                 "24.9?", [unit(lo, *KG), unit(hi, *KG)])


def n_m_percent_then_gbp(rng: random.Random) -> Item:  # a percent off a dollar price, in pounds
    usd, p = rng.randint(20, 400), rng.choice([10, 15, 20, 25, 30, 35])
    off = F(usd * p, 100)
    rest = usd - off
    gbp = convert(rest, "USD", "GBP")
    if not safe(gbp):
        return n_m_percent_then_gbp(rng)
    return multi("N_m_percent_then_gbp", f"{p}% of ${usd}? and what's left of the {usd} after "
                 "taking that off, in pounds?", [num(off), cash(gbp, "GBP")])


FAMILIES_TALK = fams(
    n_m_terse_roots_graph, n_m_terse_height_weight, n_m_plant_growth_poster, n_m_mum_heart_rates,
    n_m_landing_nyc, n_m_clothes_discount, n_m_dough_hydration, n_m_quiz_new_average,
    n_m_meeting_cost, n_m_epley_pounds, n_m_drip_rate, n_m_lawn_seed_bags, n_m_fence_posts,
    n_m_road_trip_gas, n_m_kwh_mean_change, n_m_det_then_cramer, n_m_power_rule_value,
    n_m_hyperbola_line_meet, n_m_population_sd, n_m_receipt_me_and_friend,
    n_m_receipt_member_gbp, n_m_ticket_board_family, n_m_temp_log_peak, n_m_prescription_totals,
    n_m_gallon_tank_range, n_m_fan_oven_f, n_m_healthy_weight_range, n_m_percent_then_gbp)
