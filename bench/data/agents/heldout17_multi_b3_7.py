"""Round 17 (``M_m_*``, dev now) for ``muse bench agents``, multi part b3-7: household running
costs, small-shop pricing, sports tables, and measurements that feed a second answer."""

from __future__ import annotations

import random

from bench.data.agents.heldout9_multi_common import MEAN, F, convert, money, tie
from bench.data.agents.heldout17_multi_b3 import bill, cents, d2, family, sign
from bench.data.agents.heldout17_multi_common import CHART, Made, cash, near, num, stat
from bench.data.agents.helpers import Family


@family
def heating_oil_gallons_litres(rng: random.Random) -> Made:
    gal, per = rng.randint(100, 300), cents(rng, 3, 5)
    litres = gal * F("3.785411784")
    cost = gal * per
    if near(litres, 0):
        return None
    text = (f"Heating oil delivery: {gal} US gallons at ${d2(per)} a gallon. How many litres is "
            "that (nearest litre) and what's the bill? Also the price per litre to 3 decimals?")
    per_l = per / F("3.785411784")
    if near(per_l, 3, 0.01):
        return None
    return text, [num(litres, 0), cash(cost), num(per_l, 3)]


@family
def cafe_menu_markup_price(rng: random.Random) -> Made:
    cost, markup = cents(rng, 0.6, 2.5), rng.choice([150, 200, 250, 300])
    price = cost * (100 + markup) / 100
    per_day = rng.randint(40, 200)
    if tie(price):
        return None
    p = F(round(price * 100), 100)
    text = (f"A cup of coffee costs my café ${d2(cost)} to make. With a {markup}% markup, what "
            f"should I charge (to the cent)? If I sell {per_day} a day, what's the daily gross "
            "profit at that price?")
    return text, [cash(p), cash((p - cost) * per_day)]


@family
def league_table_points_chart(rng: random.Random) -> Made:
    teams = rng.sample(["Lions", "Tigers", "Hawks", "Bears", "Wolves"], 4)
    rec = [(rng.randint(2, 12), rng.randint(0, 6), rng.randint(0, 8)) for _ in teams]
    pts = [3 * w + d for w, d, _ in rec]
    if sorted(pts)[-1] == sorted(pts)[-2]:
        return None
    csv = "team,won,drawn,lost\n" + "\n".join(f"{t},{w},{d},{lo}" for t, (w, d, lo) in
                                              zip(teams, rec, strict=True)) + "\n"
    top = teams[pts.index(max(pts))]
    text = ("Our league so far is in the CSV. 3 points for a win, 1 for a draw. Who's top and on "
            "how many points? And a bar chart of everyone's points please.")
    return text, [[top], [f"{max(pts)} points", f"{max(pts)} pts"], CHART], {"csv": csv}


@family
def receipt_hardware_sqm(rng: random.Random) -> Made:
    boxes = rng.randint(3, 9)
    per_box = cents(rng, 18, 45)
    glue = cents(rng, 6, 15)
    goods = [(f"Tiles x{boxes}", boxes * per_box), ("Adhesive", glue)]
    total = boxes * per_box + glue
    sqm = F(boxes * 15, 10)
    per = total / sqm
    if near(per, 2, 0.003):
        return None
    recipe = bill(rng, "Hammer Hardware", goods)
    text = ("Tiling receipt attached. Each box covers 1.5 m². What did I spend altogether, how "
            "many m² will I cover, and what's my cost per m² including adhesive (to the cent)?")
    return text, [cash(total), num(sqm, 1), cash(per)], {"image": recipe}


@family
def sign_pool_entry_family(rng: random.Random) -> Made:
    adult, child = rng.randint(5, 12), rng.randint(2, 6)
    a, c = rng.randint(1, 2), rng.randint(1, 4)
    visits = rng.randint(5, 20)
    total = (adult * a + child * c)
    recipe = sign(rng, ["SWIMMING POOL", f"ADULT ${adult}", f"CHILD ${child}"])
    eur = convert(F(total * visits), "USD", "EUR")
    if tie(eur):
        return None
    text = (f"Prices in the photo. {a} adult{'s' if a > 1 else ''} and {c} "
            f"kid{'s' if c > 1 else ''} — what's one visit? We'll go {visits} times this summer; "
            "total, and the total in euros (1 EUR = 1.17 USD)?")
    return text, [[f"${total}", f"{total} dollars", f"{total}.00"], cash(F(total * visits)),
                  money(eur, "EUR") + cash(eur)], {"image": recipe}


@family
def speeding_distance_reaction(rng: random.Random) -> Made:
    kmh, react = rng.choice([30, 50, 70, 90, 110]), F(rng.choice([7, 10, 12, 15]), 10)
    ms = F(kmh * 1000, 3600)
    dist = ms * react
    if near(ms, 1) or near(dist, 1):
        return None
    text = (f"Driving theory question: at {kmh} km/h, what's my speed in m/s (1 dp), and how far "
            f"do I travel in a reaction time of {float(react)} s before braking (use the unrounded "
            "speed; metres to 1 dp)?")
    return text, [num(ms, 1), num(dist, 1)]


@family
def study_hours_mean_target(rng: random.Random) -> Made:
    hrs = [rng.randint(1, 6) for _ in range(6)]
    target = rng.choice([20, 25, 30])
    need = target - sum(hrs)
    mean = F(sum(hrs), 6)
    if need <= 0 or tie(mean):
        return None
    text = ("Revision log Mon–Sat: " + ", ".join(f"{h} h" for h in hrs) + f". Average per day "
            f"(2dp)? I promised myself {target} hours this week, how many on Sunday to hit it? "
            "chart the week too")
    return text, [stat(MEAN, mean), [f"{need} hours", f"{need} h", f"{need} more"], CHART]


@family
def wallpaper_area_percent_waste(rng: random.Random) -> Made:
    w, h = F(rng.randint(25, 55), 10), F(rng.randint(24, 28), 10)
    area = w * h
    rolls = -(-(area * 11 / 10) // F(53, 10))
    if near(area, 2, 0.003):
        return None
    text = (f"Feature wall {float(w)} m wide and {float(h)} m high. Wall area in m² (2 dp)? "
            "Add 10% for waste — if a roll covers 5.3 m², how many rolls do I buy?")
    return text, [num(area, 2), [f"{rolls} rolls"]]


@family
def bike_gear_cadence_speed(rng: random.Random) -> Made:
    front, rear, cad = rng.choice([34, 39, 50, 53]), rng.choice([11, 13, 15, 17, 21]), \
        rng.choice([80, 85, 90, 95])
    circ = F(2105, 1000)
    kmh = F(front, rear) * circ * cad * 60 / 1000
    mph = kmh / F("1.609344")
    if near(kmh, 1) or near(mph, 1):
        return None
    text = (f"Bike maths: {front}-tooth chainring, {rear}-tooth cog, wheel circumference 2105 mm, "
            f"pedalling at {cad} rpm. Gear ratio (2 dp)? Speed in km/h and mph, 1 dp each")
    ratio = F(front, rear)
    if near(ratio, 2, 0.003):
        return None
    return text, [num(ratio, 2), num(kmh, 1), num(mph, 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    heating_oil_gallons_litres, cafe_menu_markup_price, league_table_points_chart,
    receipt_hardware_sqm, sign_pool_entry_family, speeding_distance_reaction,
    study_hours_mean_target, wallpaper_area_percent_waste, bike_gear_cadence_speed)]
