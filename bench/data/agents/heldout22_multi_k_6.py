"""Round 22 (``A_m_k_*``, dev now) for ``muse bench agents``, multi_k part 6: everyday two-part
chats, receipts and tickets, kitchen and clinic units, shop reports."""

from __future__ import annotations

from fractions import Fraction as F

from bench.data.agents.heldout9_multi_common import PLOT, show, tie
from bench.data.agents.heldout22_multi_k import d, dg, fam, num, rx
from bench.data.agents.helpers import Family


@fam
def cinema_receipt_per_person_eur(rng):
    goods = rng.sample(["Popcorn", "Nachos", "Cola", "Hot Dog", "Candy", "Slushie"], 3)
    prices = [F(rng.randint(250, 950), 100) for _ in goods]
    tickets = rng.randint(2, 5)
    tprice = F(rng.randint(900, 1600), 100)
    total = sum(prices) + tickets * tprice
    each = total / tickets
    if tie(each):
        return None
    recipe = {"kind": "receipt", "shop": rng.choice(["Star Cinema", "Reel Foods", "Odeon Snacks"]),
              "items": [(g, float(p)) for g, p in zip(goods, prices, strict=True)],
              "currency": "$", "font": rng.randrange(4), "degrade": dg(rng)}
    text = rng.choice([f"snacks receipt attached, plus we paid {tickets} tickets at "
                       f"${d(tprice)} each. "
                       f"whole night out total, and per person ({tickets} of us)?",
                       f"Movie night: this snack bill + {tickets} × ${d(tprice)} tickets. Total? "
                       f"Split between {tickets}?"])
    return text, [num(total), num(each)], {"image": recipe}


@fam
def hotel_nights_tax_convert(rng):
    nights = rng.randint(2, 9)
    rate = rng.randint(80, 260)
    tax = rng.choice([10, 12, 14])
    tot = F(nights * rate * (100 + tax), 100)
    r = rng.choice(["1.17", "1.16"])
    usd = tot * F(r)
    if tie(usd):
        return None
    text = rng.choice([f"hotel: {nights} nights at €{rate}/night plus {tax}% city tax. total in "
                       "euros, "
                       f"and in dollars at 1 EUR = {r} USD?",
                       f"{nights} nights × {rate} EUR, +{tax}% tax — total? convert to USD "
                       f"using {r}"])
    return text, [num(tot), num(usd)]


@fam
def yards_to_metres_fabric_cost(rng):
    yd = F(rng.randint(2, 20), 2)
    m = yd * F("0.9144")
    per_m = F(rng.randint(500, 2500), 100)
    cost = F(round(m * 100), 100) * per_m
    cost2 = m * per_m
    if tie(m) or tie(cost) or tie(cost2):
        return None
    text = rng.choice([f"pattern needs {show(yd)} yards of fabric. in metres (1 yd = 0.9144 m, "
                       "2 dp)? "
                       f"fabric is ${d(per_m)}/m, so cost?",
                       f"{show(yd)} yd → m (0.9144), then price at {d(per_m)} per metre"])
    return text, [num(m), num(cost) + num(cost2)]


@fam
def solve_and_plot_cubic_root(rng):
    r = rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6])
    k = rng.randint(1, 4)
    c = k * r ** 3
    lhs = "x^3" if k == 1 else f"{k}x^3"
    text = rng.choice([f"solve {lhs} = {c} (real solution) and plot y = {lhs}",
                       f"find the real x with {lhs} = {c}; sketch y={lhs} too",
                       f"graph y = {lhs} and tell me where it equals {c}"])
    return text, [rx(r), PLOT]


@fam
def two_unrelated_gcd_and_kg(rng):
    a = rng.randint(2, 12) * rng.choice([6, 8, 9, 12])
    b = rng.randint(2, 12) * rng.choice([6, 8, 9, 12])
    import math
    g = math.gcd(a, b)
    lb = rng.randint(3, 60)
    kg = lb * F("0.4536")
    if a == b or g == 1:
        return None
    text = rng.choice([f"gcd of {a} and {b}? also {lb} lb in kg (0.4536)",
                       f"Unrelated: {lb} pounds in kilograms using 1 lb = 0.4536 kg, and the "
                       f"greatest common divisor of {a} and {b}"])
    return text, [[f"GCD is {g}", f"gcd is {g}", f"GCD = {g}", f"gcd = {g}", f"divisor is {g}",
                   f"GCD of {a} and {b} is {g}", f"GCD({a}, {b}) = {g}", f"GCD: {g}",
                   f"{a} and {b} is {g}"], num(kg) + num(kg, 1)]


@fam
def screenshot_order_date_delivery(rng):
    import datetime as dt
    day = dt.date(2026, rng.randint(1, 12), rng.randint(1, 28))
    days = rng.randint(3, 14)
    arrive = day + dt.timedelta(days=days)
    price = F(rng.randint(1500, 20000), 100)
    ret = rng.choice([14, 30])
    last = arrive + dt.timedelta(days=ret)
    shot = {"kind": "screenshot", "title": "My orders", "rows": [f"Ordered: {day:%Y-%m-%d}",
            f"Ships in {days} days", f"Total: ${d(price)}"], "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice(["when will it arrive (order date + shipping days in the screenshot)? "
                       "and the "
                       f"last day to return it if I get {ret} days from arrival?",
                       f"From the screenshot: arrival date, then arrival + {ret} days for the "
                       f"return deadline"])
    fm = lambda x: [f"{x:%Y-%m-%d}", f"{x.day} {x:%B}", f"{x:%B} {x.day}"]  # noqa: E731
    return text, [fm(arrive), fm(last)], {"image": shot}


@fam
def insulin_carb_ratio(rng):
    carbs = rng.randint(30, 120)
    ratio = rng.choice([8, 10, 12, 15])
    units = F(carbs, ratio)
    bg, target, cf = rng.randint(150, 280), rng.choice([100, 110, 120]), rng.choice([30, 40, 50])
    corr = F(bg - target, cf)
    if tie(units, 1) or tie(corr, 1):
        return None
    text = rng.choice([f"{carbs} g carbs with an insulin:carb ratio of 1:{ratio} — units (1 "
                       "dp)? and "
                       f"correction dose for BG {bg}, target {target}, correction factor {cf} "
                       "(1 dp)",
                       f"Two insulin calcs: meal {carbs}g carbs at 1 unit per {ratio}g; correction "
                       f"({bg} − {target}) / {cf}"])
    return text, [num(units, 1), num(corr, 1)]


@fam
def story_wedding_budget(rng):
    guests = rng.randint(40, 180)
    per = rng.randint(35, 120)
    venue = rng.randint(15, 80) * 100
    total = guests * per + venue
    budget = total + rng.randint(-3000, 3000)
    diff = budget - total
    if diff == 0:
        return None
    text = (f"We're planning my brother's wedding. {guests} guests, catering is ${per} a head "
            "and the "
            f"venue is ${venue:,} flat. Our budget is ${budget:,}. What's the total cost, and "
            "how far "
            f"{'under' if diff > 0 else 'over'} budget are we?")
    r = rng.choice(["0.92", "0.79"])
    x = total * F(r)
    if tie(x):
        return None
    text += f" His fiancée's family will ask in euros, so the total at 1 USD = {r} EUR as well."
    return text, [num(x), [str(total), f"{total:,}"], [str(abs(diff)), f"{abs(diff):,}"]]


@fam
def chained_area_to_seed(rng):
    L, W = rng.randint(5, 40), rng.randint(4, 25)
    area = L * W
    gpm = rng.choice([25, 30, 35, 40])
    g = area * gpm
    bag = rng.choice([500, 1000, 2000])
    bags = -(-g // bag)
    text = rng.choice([f"lawn is {L} m by {W} m. area? grass seed at {gpm} g/m² — how many "
                       "grams, and "
                       f"how many {bag} g bags?",
                       f"{L}x{W} m lawn → m², seed needed at {gpm}g per m², bags of {bag}g "
                       "(round up)"])
    areas = [f"{area} m²", f"{area} m2", f"{area} square metres", f"{area}m²", f"{area} sq m"]
    grams = [f"{g} g", f"{g:,} g", f"{g}g", f"{show(F(g, 1000))} kg"]
    ft2 = area * F("10.764")
    if tie(ft2, 0):
        return None
    text += " lawn in square feet as well (10.764 per m², whole number)"
    return text, [num(ft2, 0), areas, grams, [f"{bags} bags", f"{bags} bag"]]


@fam
def data_list_outlier_mean_without(rng):
    vals = [rng.randint(20, 40) for _ in range(rng.randint(5, 7))]
    out = rng.randint(120, 300)
    allv = [*vals, out]
    rng.shuffle(allv)
    m1 = F(sum(allv), len(allv))
    m2 = F(sum(vals), len(vals))
    if tie(m1) or tie(m2):
        return None
    text = rng.choice([f"delivery times in minutes: {', '.join(map(str, allv))}. mean with "
                       "everything, "
                       f"and mean without the {out} (2 dp)?",
                       f"Average of {allv}, then the average again after dropping {out} (2 dp)"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot them so I can see the outlier.'
    return text, [PLOT, num(m1), num(m2)]


@fam
def bulleted_money_three(rng):
    p = rng.randint(100, 2000)
    pc = rng.choice([7, 12, 15, 18, 35])
    a = F(p * pc, 100)
    x, y = rng.randint(10, 90), rng.randint(100, 400)
    what = F(x * 100, y)
    inc = rng.randint(20, 60)
    orig = F(rng.randint(40, 300))
    new = orig * (100 + inc) / 100
    if tie(what, 1) or tie(new):
        return None
    text = (f"money qs:\n- {pc}% of ${p:,}\n- {x} is what percent of {y}? (1 dp)\n- ${int(orig)} "
            f"increased by {inc}%")
    text += '\n- chart the before/after of that last one'
    return text, [PLOT, num(a), [f"{v}%" for v in num(what, 1)], num(new)]


@fam
def scale_map_distance_and_time(rng):
    scale = rng.choice([25000, 50000, 100000])
    cm = F(rng.randint(20, 240), 10)
    km = cm * scale / 100000
    speed = rng.choice([4, 5])
    mins = km / speed * 60
    if tie(km) or tie(mins, 0):
        return None
    text = rng.choice([f"on a 1:{scale:,} map the trail is {show(cm)} cm. real distance in km? and "
                       f"walking time in minutes at {speed} km/h (nearest minute)?",
                       f"map scale 1:{scale}, measured {show(cm)}cm. km on the ground, then "
                       "minutes "
                       f"at {speed}km/h, nearest minute"])
    return text, [num(km), num(mins, 0)]


@fam
def sign_wifi_discount_cafe(rng):
    pc = rng.choice([10, 15, 20, 25])
    a, b = F(rng.randint(250, 650), 100), F(rng.randint(300, 900), 100)
    total = (a + b) * (100 - pc) / 100
    if tie(total):
        return None
    sign = {"kind": "sign", "words": ["STUDENTS", f"{pc}% OFF", "SHOW ID"],
            "font": rng.randrange(4),
            "degrade": dg(rng)}
    text = rng.choice(["I'm a student — per this sign, what discount do I get, and what do I "
                       "pay for "
                       f"a ${d(a)} coffee and a ${d(b)} sandwich after it?",
                       f"What's the % on the sign, and my total for {d(a)} + {d(b)} with that "
                       f"student discount?"])
    return text, [[f"{pc}%", f"{pc} %", f"{pc} percent"], num(total)], {"image": sign}


@fam
def katch_mcardle_and_lbm(rng):
    kg = rng.randint(55, 110)
    bf = rng.randint(10, 35)
    lbm = kg * F(100 - bf, 100)
    bmr = 370 + F("21.6") * lbm
    if tie(lbm, 1) or tie(bmr, 0):
        return None
    text = rng.choice([f"{kg} kg at {bf}% body fat: lean body mass (1 dp)? and BMR by "
                       "Katch-McArdle "
                       f"(370 + 21.6 × LBM), whole kcal",
                       f"Katch McArdle BMR for {kg}kg and {bf}% fat, and what's my lean mass?"])
    return text, [list(dict.fromkeys(num(lbm, 1) + num(lbm))), num(bmr, 0) + num(bmr)]


@fam
def percent_error_lab(rng):
    true = F(rng.choice([981, 343, 299, 1000, 760]), rng.choice([100, 1]))
    meas = true * F(rng.randint(900, 1100), 1000)
    err = abs(meas - true) / true * 100
    if err == 0 or tie(err):
        return None
    diff = abs(meas - true)
    text = rng.choice([f"lab report: accepted value {show(true)}, I measured {show(meas)}. "
                       "absolute "
                       f"error and percent error (2 dp)?",
                       f"percent error (2 dp) if measured = {show(meas)} and true = {show(true)}, "
                       "plus "
                       "the "
                       f"absolute difference"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot measured vs accepted.'
    diffs = list(dict.fromkeys(num(diff, 3) + num(diff) + num(diff, 4) + num(diff, 5)))
    return text, [PLOT, diffs, [f"{v}%" for v in num(err)]]


@fam
def pack_pricing_deal(rng):
    single = F(rng.randint(120, 450), 100)
    pack = rng.choice([6, 8, 12])
    pprice = single * pack * F(rng.randint(70, 90), 100)
    pprice = F(round(pprice * 100), 100)
    unit = pprice / pack
    save = single * pack - pprice
    if tie(unit):
        return None
    text = rng.choice([f"cans are ${d(single)} each or ${d(pprice)} for a {pack}-pack. price "
                       "per can in "
                       f"the pack, and how much the pack saves vs buying {pack} singles?",
                       f"{pack}-pack at {d(pprice)} vs {d(single)} each: unit price of the pack "
                       "and "
                       f"total saving"])
    r = rng.choice(["0.92", "0.79"])
    x = pprice * F(r)
    if tie(x):
        return None
    text += ("" if text[-1] in ".?!" else ".") + f" Pack price in euros at 1 USD = {r} EUR?"
    return text, [num(x), num(unit), num(save)]


@fam
def temp_conversion_and_fever(rng):
    f = F(rng.randint(970, 1040), 10)
    c = (f - 32) * 5 / 9
    c2 = F(rng.randint(355, 405), 10)
    f2 = c2 * 9 / 5 + 32
    if tie(c, 1) or tie(f2, 1):
        return None
    text = rng.choice([f"kid's temp is {show(f)} °F — in celsius (1 dp)? and the thermometer at "
                       f"school said {show(c2)} °C, what's that in °F?",
                       f"{show(c2)}C to F and {show(f)}F to C please, 1 decimal"])
    return text, [num(c, 1), num(f2, 1)]


@fam
def csv_inventory_value_and_reorder(rng):
    items = rng.sample(["bolts", "nuts", "washers", "screws", "hinges", "brackets", "nails"], 5)
    qty = [rng.randint(0, 400) for _ in items]
    cost = [F(rng.randint(5, 250), 100) for _ in items]
    val = sum(q * c for q, c in zip(qty, cost, strict=True))
    lvl = rng.choice([50, 75, 100])
    low = sum(q < lvl for q in qty)
    csv = "item,qty,unit_cost\n" + "".join(f"{i},{q},{d(c)}\n" for i, q, c in
                                           zip(items, qty, cost, strict=True))
    text = rng.choice(["stock sheet attached: total inventory value (qty × unit cost)? and how "
                       "many "
                       f"items are below {lvl} units?",
                       "From the CSV: sum of qty*unit_cost, and count of rows with qty under "
                       f"{lvl}"])
    return text, [num(val),
                  [f"{low} items", f"{low} rows", f"{low} of them", f"{low} products",
                   f"{low} item",
                  f"{low} row", f"{low} product"]
                  + (["no items", "none of", "no rows", "no products"] if low == 0 else [])], \
        {"csv": csv}


@fam
def half_life_and_plot(rng):
    hl = rng.choice([2, 3, 4, 5, 6, 8])
    n = rng.randint(2, 5)
    mg = rng.choice([60, 90, 100, 120, 150, 200, 250, 300, 400, 500, 600, 800])
    left = F(mg, 2 ** n)
    text = rng.choice([f"drug half-life is {hl} h, dose {mg} mg. how much is left after "
                       f"{hl * n} hours? "
                       f"plot the amount over time",
                       f"{mg} mg, half life {hl} hours — amount remaining at t = {hl * n} "
                       "h, and "
                       f"a decay graph please"])
    full = f"{float(left):.5f}".rstrip("0").rstrip(".")
    vals = list(dict.fromkeys(num(left) + num(left, 1) + [full]))
    return text, [[f"{v} mg" for v in vals] + [f"{v}mg" for v in vals], PLOT]


@fam
def workout_volume_and_convert(rng):
    sets, reps = rng.randint(3, 5), rng.randint(5, 12)
    lb = rng.choice([95, 115, 135, 155, 185, 205, 225])
    vol = sets * reps * lb
    kg = vol * F("0.4536")
    if tie(kg, 0):
        return None
    text = rng.choice([f"did {sets} sets of {reps} at {lb} lb. total volume in lb, and in kg "
                       "(0.4536, "
                       f"whole number)?",
                       f"{sets}x{reps} @ {lb}lbs — volume (sets×reps×weight)? convert to kg with "
                       f"0.4536 and round"])
    return text, [[str(vol), f"{vol:,}"], num(kg, 0)]


@fam
def interest_monthly_and_total(rng):
    p = rng.randint(2, 30) * 1000
    r = rng.choice([3, 4, 5, 6])
    yrs = rng.randint(1, 5)
    amt = p * (1 + F(r, 1200)) ** (12 * yrs)
    if tie(amt):
        return None
    text = rng.choice([f"${p:,} at {r}% a year compounded monthly for {yrs} years — final "
                       "balance? and "
                       f"interest earned?",
                       f"compound monthly: P {p}, annual rate {r}%, {yrs} yr. balance and "
                       "interest"])
    text += ("" if text[-1] in ".?!" else ".") + ' Plot the balance over time too.'
    return text, [PLOT, num(amt), num(amt - p)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    cinema_receipt_per_person_eur, hotel_nights_tax_convert, yards_to_metres_fabric_cost,
    solve_and_plot_cubic_root, two_unrelated_gcd_and_kg, screenshot_order_date_delivery,
    insulin_carb_ratio, story_wedding_budget, chained_area_to_seed, data_list_outlier_mean_without,
    bulleted_money_three, scale_map_distance_and_time, sign_wifi_discount_cafe,
    katch_mcardle_and_lbm, percent_error_lab, pack_pricing_deal, temp_conversion_and_fever,
    csv_inventory_value_and_reorder, half_life_and_plot, workout_volume_and_convert,
    interest_monthly_and_total)]
