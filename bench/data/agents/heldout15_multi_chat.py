"""Round 15 (``J_m_*``, dev now) chatty multi-part requests: longer messages with a bit of context
around two or three asks (a receipt with a question, a solve with a graph, units with a sum)."""

from __future__ import annotations

import random

from bench.data.agents.heldout15_multi_common import (
    CHART,
    LB,
    MILE,
    PLOT,
    F,
    Made,
    at,
    cash,
    convert,
    deg_c,
    forms,
    gather,
    kg,
    km,
    lin,
    ok,
    receipt,
    root,
    two_roots,
    unit,
)


def n(x: int) -> list[str]:
    return list(dict.fromkeys([str(x), f"{x:,}"]))


def chatty_receipt_euro_trip(r: random.Random) -> Made:  # receipt, euros, remaining budget
    img, t, _ = receipt(r)
    e = convert(t, "USD", "EUR")
    left = r.randint(150, 400) - e
    budget = left + e
    if not ok(e, left):
        return None
    return (f"hey! so I'm tracking spending on holiday in euros, budget €{float(budget):.2f}. "
            "this receipt was in dollars — what's the total, what's it in euros, and what's "
            "left of my budget after it?", [at(t), cash(e, "EUR"), cash(left, "EUR")],
            {"image": img}) if budget.denominator == 1 else None


def chatty_homework_two(r: random.Random) -> Made:  # a kid's two homework questions
    a, b, p = two_roots(r)
    m, c = r.randint(2, 6), r.randint(1, 12)
    return (f"my daughter is stuck on two homework questions, can you help? first, solve {p} = 0. "
            f"second, draw the line y = {lin(m, c)} and say where it crosses the y axis",
            [root(a), root(b), [f"y = {c}", f"y={c}", f"(0, {c})", f"(0,{c})"], PLOT])


def chatty_moving_boxes(r: random.Random) -> Made:  # boxes weight total kg and lb, per trip
    boxes, each = r.randint(10, 40), r.randint(5, 25)
    tot = boxes * each
    lb = F(tot) / LB
    if not ok(lb):
        return None
    return (f"moving house on saturday 😩 {boxes} boxes at about {each} kg each. how heavy is "
            "all of it in kg and lbs?", [kg(F(tot)), [f"{v} lb" for v in forms(lb)]
                                         + [f"{v} pounds" for v in forms(lb)]])


def chatty_bake_sale(r: random.Random) -> Made:  # bake sale: revenue, profit, per-item profit
    sold, price, cost = r.randint(30, 150), F(r.randint(100, 300), 100), r.randint(20, 90)
    rev = sold * price
    prof = rev - cost
    per = prof / sold
    if not ok(per) or prof <= 0:
        return None
    return (f"school bake sale went well — sold {sold} cupcakes at ${float(price):.2f}, "
            f"ingredients cost ${cost}. what did we take, what's the profit, and profit per "
            "cupcake?", [forms(rev), forms(prof), forms(per)])


def chatty_road_trip_plot(r: random.Random) -> Made:  # distances per day: total miles, chart
    vals = [r.randint(80, 500) for _ in range(r.randint(4, 6))]
    mi = F(sum(vals)) / MILE
    if not ok(mi):
        return None
    return (f"our road trip by day in km: {', '.join(map(str, vals))}. how far did we go in "
            "total (km and miles)? and a bar chart for the photo album lol",
            [km(F(sum(vals))), [f"{v} miles" for v in forms(mi)], CHART])


def chatty_garden_temp(r: random.Random) -> Made:  # frost warning F→C and hours till sunrise
    f = r.randint(20, 40)
    c = (F(f) - 32) * F(5, 9)
    now, rise = r.randint(20 * 60, 23 * 60 + 30), r.randint(5 * 60 + 30, 7 * 60 + 30)
    mins = rise + 1440 - now
    if not ok(c):
        return None
    return (f"frost warning says it'll drop to {f}°F tonight. what is that in celsius? it's "
            f"{now // 60 - 12}:{now % 60:02d} pm now and sunrise is {rise // 60}:{rise % 60:02d} "
            "am — how many minutes until then?", [deg_c(c), [f"{mins} minutes", f"{mins} min"]])


def chatty_savings_goal(r: random.Random) -> Made:  # months to save, in weeks
    goal, per = r.randint(10, 60) * 100, r.choice([150, 200, 250, 300, 400])
    months = -(-goal // per)
    return (f"saving for a ${goal} trip, I can put away ${per} a month. how many months until I "
            "have enough, and how much will I have by then?",
            [[f"{months} months"], forms(F(months * per))])


def chatty_cycling_commute(r: random.Random) -> Made:  # km each way, weekly km, miles, CO2
    k, days = F(r.randint(30, 250), 10), r.randint(3, 5)
    wk = k * 2 * days
    mi = wk / MILE
    if not ok(mi):
        return None
    return (f"i've started cycling to work, {float(k)} km each way, {days} days a week. weekly "
            "distance in km and miles?", [km(wk), [f"{v} miles" for v in forms(mi)]])


def chatty_party_drinks(r: random.Random) -> Made:  # litres for guests, bottles to buy
    guests, ml = r.randint(10, 80), r.choice([300, 400, 500, 750])
    lit = F(guests * ml, 1000)
    bottle = r.choice([F(15, 10), F(2)])
    bottles = -(-lit // bottle)
    return (f"party for {guests}, figuring {ml} ml of soda each. how many litres is that, and how "
            f"many {float(bottle):g} L bottles should I grab?",
            [[f"{v} L" for v in forms(lit)] + [f"{v} litres" for v in forms(lit)],
             [f"{bottles} bottles"]])


def chatty_lab_solve_units(r: random.Random) -> Made:  # density mass from volume, grams to lb
    vol, dens = r.randint(50, 900), F(r.randint(50, 250), 100)
    mass = vol * dens
    lb = mass / 1000 / LB
    if not ok(mass, lb):
        return None
    return (f"chem lab: {vol} cm³ of a liquid with density {float(dens)} g/cm³. mass in grams? "
            "and in pounds?", [unit(mass, "g", "grams"), [f"{v} lb" for v in forms(lb)]
                               + [f"{v} pounds" for v in forms(lb)]])


def chatty_receipt_and_weight(r: random.Random) -> Made:  # receipt total plus kg to lb
    img, t, _ = receipt(r)
    k = r.randint(2, 30)
    lb = F(k) / LB
    if not ok(lb):
        return None
    return (f"two things while I'm at the shop: what's the total on this receipt, and the sack "
            f"of rice says {k} kg, how many pounds is that?", [at(t), [f"{v} lb" for v in
                                                                      forms(lb)]
                                                              + [f"{v} pounds" for v in
                                                                 forms(lb)]], {"image": img})


def chatty_tiles(r: random.Random) -> Made:  # tiles needed for a floor, cost
    a, b = r.randint(2, 6), r.randint(2, 6)
    tile = r.choice([20, 25, 30, 50])
    count = -(-(a * 100 * b * 100) // (tile * tile))
    price = F(r.randint(80, 400), 100)
    return (f"tiling a bathroom floor {a} m × {b} m with {tile} cm square tiles at "
            f"${float(price):.2f} each. how many tiles (no waste) and how much?",
            [[f"{count} tiles"], forms(count * price)])


def chatty_exchange_back(r: random.Random) -> Made:  # pounds left over to euros and dollars
    g = r.randint(20, 400)
    e, u = convert(F(g), "GBP", "EUR"), convert(F(g), "GBP", "USD")
    if not ok(e, u):
        return None
    return (f"came back from the UK with £{g} left over. what's that in euros, and in dollars?",
            [cash(e, "EUR"), cash(u, "USD")])


def chatty_study_hours(r: random.Random) -> Made:  # hours studied per subject: total, mean, chart
    subj = ["maths", "history", "bio", "french", "art"]
    vals = [r.randint(1, 12) for _ in subj]
    m = F(sum(vals), len(vals))
    if not ok(m):
        return None
    listed = ", ".join(f"{a} {b}h" for a, b in zip(subj, vals, strict=True))
    return (f"revision hours this week — {listed}. total hours, average per subject, and a "
            "chart so I can see what I'm neglecting", [[f"{sum(vals)} hours"], forms(m), CHART])


def chatty_pool_chlorine(r: random.Random) -> Made:  # pool volume then chemical dose
    ln, w, d = r.randint(4, 12), r.randint(2, 6), F(r.randint(10, 20), 10)
    vol = ln * w * d
    dose = vol * 10 * r.choice([1, 2, 3])
    per = dose / vol
    return (f"pool is {ln} m × {w} m, average depth {float(d)} m. how many cubic metres and "
            f"litres? the chlorine is {per} g per m³, so how many grams?",
            [[f"{v} m³" for v in forms(vol)] + [f"{v} m^3" for v in forms(vol)]
             + [f"{v} cubic metres" for v in forms(vol)],
             [f"{v} L" for v in forms(vol * 1000)] + [f"{v} litres" for v in forms(vol * 1000)],
             unit(dose, "g", "grams")])


CHAT = gather(chatty_receipt_euro_trip, chatty_homework_two, chatty_moving_boxes,
              chatty_bake_sale, chatty_road_trip_plot, chatty_garden_temp, chatty_savings_goal,
              chatty_cycling_commute, chatty_party_drinks, chatty_lab_solve_units,
              chatty_receipt_and_weight, chatty_tiles, chatty_exchange_back,
              chatty_study_hours, chatty_pool_chlorine)
__all__ = ["CHAT", "n"]
