"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 1: shared helpers and
everyday quantities (electricity, heating, DIY cutting and building, cooking by weight)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from bench.data.agents.helpers import Family, Item, fresh, item

CAT = "calc"
MILE, LB, GAL, INCH, FOOT = 1.609344, 0.45359237, 3.785411784, 2.54, 0.3048


class Skip(Exception):
    """Raised by a family for an unusable draw (a rounding tie or a degenerate value)."""


Make = Callable[[random.Random], tuple[str, list[list[str]]] | None]


def family(make: Make) -> Family:
    """Names the family ``B_u_<function>``; a draw that raises Skip or returns None is
    drawn again."""
    name = f"B_u_{make.__name__}"

    def draw(rng: random.Random) -> Item:
        while True:
            try:
                made = make(rng)
            except Skip:
                made = None
            if made is not None:
                return item(name, CAT, made[0], made[1])
    draw.__name__ = name
    return fresh(draw)


def num(x: float, places: int = 1, margin: float = 0.06) -> list[str]:
    """The value rounded to ``places`` decimals as people write it; Skip near a tie."""
    scaled = abs(x) * 10 ** places
    if abs(scaled - math.floor(scaled) - 0.5) < margin:
        raise Skip
    v = round(x, places) + 0.0
    full = f"{v:.{places}f}"
    out = [full.rstrip("0").rstrip(".") if "." in full else full, full]
    if abs(v) >= 1000:
        comma = f"{v:,.{places}f}"
        out += [comma, comma.rstrip("0").rstrip(".") if "." in comma else comma]
    return list(dict.fromkeys(out))


def whole(x: float, margin: float = 0.06) -> list[str]:
    return num(x, 0, margin)


def count(n: int) -> list[str]:
    """An exact whole number, with the thousands comma when it has one."""
    return list(dict.fromkeys([str(n), f"{n:,}"]))


def money(x: float) -> list[str]:
    return num(x, 2, 0.01)


def clock(minutes: int) -> list[str]:
    """A time of day given in minutes after midnight, in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    half = "am" if h < 12 else "pm"
    h12 = (h - 1) % 12 + 1
    out = [f"{h:02d}:{m:02d}", f"{h12}:{m:02d}{half}", f"{h12}:{m:02d}{half[0]}.m."]
    if h < 10:
        out.append(f"{h}:{m:02d}")
    if m == 0:
        out += [f"{h12}{half}", f"{h12}{half[0]}.m."]
    return out


def hm(minutes: int) -> list[str]:
    """A duration in minutes as hours and minutes, written several ways."""
    h, m = divmod(minutes, 60)
    out = [f"{h}h {m}m", f"{h}h{m:02d}", f"{h} hours {m} minutes", f"{h} hours and {m} minutes",
           f"{h} hr {m} min", f"{h}h {m}min", f"{h}:{m:02d}", f"{h} h {m} min",
           f"{h} hours, {m} minutes", f"{h}hrs {m}mins", f"{h} hrs {m} mins"]
    if h == 1:
        out += [f"1 hour {m} minutes", f"1 hour and {m} minutes", f"1 hour, {m} minutes"]
    if m == 0:
        out += [f"{h} hours", f"{h} hour", f"{h}h"]
    if h == 0:
        out += [f"{m} minutes", f"{m} min"]
    return out


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


@family
def kettle_amps(rng):
    w = rng.choice([1800, 2000, 2200, 2400, 2600, 2800, 3000, 1500, 1200, 900, 750, 650])
    v = rng.choice([230, 240, 120])
    t = pick(rng, f"how many amps does a {w} W kettle pull on {v} V mains? 1 decimal",
             f"My {w}-watt heater is plugged into a {v}-volt socket. What current does it draw, in "
             "amps to one decimal place?",
             f"current drawn by a {w}W appliance at {v}V (amps, one dp)")
    return t, [num(w / v, 1)]


@family
def extension_lead_headroom(rng):
    v = 230
    amps = rng.choice([10, 13])
    loads = rng.sample([("a kettle", 2200), ("a toaster", 900), ("a microwave", 1100),
                        ("a hair dryer", 1800), ("a laptop charger", 65), ("a fan heater", 2000),
                        ("a slow cooker", 200), ("a TV", 120), ("a lamp", 40),
                        ("an iron", 2400)], rng.randint(2, 3))
    total = sum(w for _, w in loads)
    cap = v * amps
    items = ", ".join(f"{n} ({w} W)" for n, w in loads)
    t = (f"I've got {items} on one extension lead rated {amps} A at {v} V. What's the total "
         "load in watts, and by how many watts am I under or over what the lead can take?")
    if total == cap:
        return None
    return t, [count(total), count(abs(cap - total))]


@family
def peak_offpeak_bill(rng):
    day_kwh, night_kwh = rng.randint(120, 480), rng.randint(60, 400)
    day_p, night_p = rng.randint(24, 38), rng.randint(7, 16)
    sc = rng.randint(35, 60)
    days = rng.choice([30, 31, 28, 92, 91])
    total = (day_kwh * day_p + night_kwh * night_p + sc * days) / 100
    t = (f"economy 7 bill check: {day_kwh} kWh on the day rate at {day_p}p/kWh, {night_kwh} kWh "
         f"at night at {night_p}p/kWh, plus a standing charge of {sc}p a day for {days} days. "
         "What should the total be in pounds?")
    return t, [money(total)]


@family
def heat_pump_cop(rng):
    demand = rng.randint(6, 18) * 1000
    cop = rng.choice([2.8, 3.0, 3.2, 3.5, 3.8, 4.0, 2.5])
    price = rng.randint(18, 34)
    gas_eff = rng.choice([0.85, 0.9])
    gas_p = rng.choice([5, 6, 7, 8])
    hp = demand / cop * price / 100
    boiler = demand / gas_eff * gas_p / 100
    t = (f"Our house needs about {demand:,} kWh of heat a year. A heat pump with a seasonal COP "
         f"of {cop} would run on electricity at {price}p/kWh; the gas boiler is "
         f"{int(gas_eff*100)}% "
         f"efficient with gas at {gas_p}p/kWh. Yearly running cost of each, in pounds to the "
         "penny?")
    return t, [money(hp), money(boiler)]


@family
def ups_runtime(rng):
    wh = rng.choice([288, 360, 432, 540, 600, 720, 864, 1000, 1200])
    eff = rng.choice([0.85, 0.9, 0.8])
    load = rng.randint(60, 450)
    mins = wh * eff / load * 60
    t = pick(rng, f"UPS battery is {wh} Wh, inverter about {int(eff*100)}% efficient, my router + "
             f"NAS + PC pull {load} W. Roughly how many minutes of runtime? nearest minute",
             f"If a {wh}Wh power station feeds a {load} watt load at {int(eff*100)} percent "
             "efficiency, how long does it last? Answer in minutes, rounded to whole minutes.")
    return t, [whole(mins)]


@family
def propane_bbq_hours(rng):
    kg = rng.choice([5, 6, 11, 13, 15, 19, 3.9])
    mj = 46.4
    kw = rng.choice([6, 8, 9, 10.5, 12, 14, 4.5])
    share = rng.choice([0.5, 0.6, 0.75, 1.0])
    hours = kg * mj / 3.6 / (kw * share)
    t = (f"A {kg} kg propane bottle. Propane has about {mj} MJ per kg (1 kWh = 3.6 MJ). My BBQ's "
         f"burners are rated {kw} kW in total and I usually run them at {int(share*100)}%. "
         "How many hours of grilling is that, to one decimal?")
    return t, [num(hours, 1)]


@family
def therms_to_kwh(rng):
    therms = rng.randint(18, 260)
    rate = rng.choice([0.95, 1.12, 1.35, 1.48, 1.62, 1.8])
    kwh = therms * 29.3071
    t = (f"US gas bill says I used {therms} therms at ${rate} per therm. 1 therm = 29.3071 kWh. "
         "How many kWh was that (nearest whole) and what's the effective price per kWh in "
         "cents, to 2 decimals?")
    return t, [whole(kwh), num(rate * 100 / 29.3071, 2)]


@family
def heating_degree_days(rng):
    temps = [rng.randint(-4, 17) for _ in range(7)]
    base = 15.5
    hdd = sum(max(0.0, base - x) for x in temps)
    days = "Mon Tue Wed Thu Fri Sat Sun".split()
    listing = ", ".join(f"{d} {x}" for d, x in zip(days, temps, strict=False))
    t = (f"Daily mean temps last week (°C): {listing}. Using a base of {base} °C and counting 0 "
         "for any day at or above it, how many heating degree days was the week?")
    return t, [num(hdd, 1, 0.0)]


@family
def stair_risers(rng):
    rise = rng.randint(2450, 3100)
    max_r = rng.choice([190, 200, 220])
    n = math.ceil(rise / max_r)
    each = rise / n
    t = pick(rng, f"floor to floor is {rise} mm. Building regs here cap each riser at {max_r} mm "
             "and all risers must be equal. Fewest risers I can use, and the height of each to "
             "one decimal mm?",
             f"Building a staircase: total rise {rise}mm, max riser height {max_r}mm, equal steps. "
             "How many risers minimum and how tall is each (1 dp)?")
    return t, [[f"{n} risers", f"{n} steps", f"{n} equal", f"minimum of {n}", f"minimum {n}",
                f"= {n}", f"need {n}", f"{n} riser", f"{n} x", f"{n} ×"], num(each, 1)]


@family
def board_cuts_kerf(rng):
    board = rng.choice([1800, 2400, 3000, 3600, 4200, 4800])
    piece = rng.randint(180, 720)
    kerf = rng.choice([2, 3, 4])
    n = (board + kerf) // (piece + kerf)
    t = (f"Cutting {piece} mm pieces from a {board/1000:g} m length of timber, saw blade takes "
         f"{kerf} mm per cut. How many full pieces do I get? (a cut is needed between pieces; "
         "the last piece can be the board end)")
    return t, [count(n)]


@family
def bricks_for_wall(rng):
    length, height = rng.randint(30, 140) / 10, rng.choice([0.9, 1.2, 1.5, 1.8, 2.0, 1.1])
    per_m2 = 60
    waste = rng.choice([5, 10])
    bricks = math.ceil(length * height * per_m2 * (1 + waste / 100))
    area = length * height
    if abs(area * per_m2 * (1 + waste / 100) - round(area * per_m2 * (1 + waste / 100))) < 1e-6:
        raise Skip
    t = (f"garden wall {length:g} m long, {height:g} m high, single skin. Rule of thumb is "
         f"{per_m2} bricks per square metre, plus {waste}% extra for breakage. How many bricks "
         "to order (round up)?")
    return t, [count(bricks)]


@family
def insulation_rolls(rng):
    w, d = rng.randint(50, 120) / 10, rng.randint(40, 95) / 10
    roll = rng.choice([5.76, 6.88, 8.3, 4.46, 11.13])
    layers = rng.choice([1, 2])
    n = math.ceil(w * d * layers / roll)
    if (w * d * layers / roll) % 1 < 1e-9:
        raise Skip
    t = (f"Loft is {w:g} m x {d:g} m. Each roll of insulation covers {roll} m² at the thickness "
         f"I want and I'm laying {'two layers' if layers == 2 else 'one layer'}. "
         "How many rolls do I need?")
    return t, [count(n)]


@family
def silicone_tubes(rng):
    runs = [rng.randint(60, 260) for _ in range(rng.randint(2, 4))]
    per_tube = rng.choice([6, 8, 10, 12])
    total_m = sum(runs) / 100
    t = (f"Resealing the bathroom: joints of {', '.join(f'{r} cm' for r in runs)}, and I'm "
         f"putting a double bead on every joint (so twice the length). One tube does about "
         f"{per_tube} m of bead. Tubes needed?")
    n = math.ceil(2 * total_m / per_tube)
    if (2 * total_m / per_tube) % 1 < 1e-9:
        raise Skip
    return t, [count(n)]


@family
def plaster_bags(rng):
    area = rng.randint(80, 450) / 10
    mm = rng.choice([2, 3, 5, 10, 11])
    kg_per = rng.choice([0.8, 1.0, 1.2, 1.4])
    bag = 25
    kg = area * mm * kg_per
    n = math.ceil(kg / bag)
    if abs(kg / bag - round(kg / bag)) < 1e-6:
        raise Skip
    t = (f"Skimming {area:g} m² of wall at {mm} mm thick. The plaster coverage guide says "
         f"{kg_per} kg per m² per mm of thickness, and it comes in {bag} kg bags. How many kg in "
         "total (1 decimal) and how many bags?")
    return t, [num(kg, 1), [f"{n} bags", f"{n} bag", f"{n} x 25", f"{n} × 25", f"bags: {n}",
                            f"= {n}"]]


@family
def fabric_cushions(rng):
    size = rng.choice([40, 45, 50, 55, 60])
    seam = rng.choice([1.5, 2])
    n = rng.randint(3, 9)
    width = rng.choice([137, 140, 150])
    cut = size + 2 * seam
    across = int(width // cut)
    panels = 2 * n
    rows = math.ceil(panels / across)
    length = rows * cut
    t = (f"Making {n} square cushion covers, {size} cm finished, front and back panels each, "
         f"{seam:g} cm seam allowance all round. Fabric is {width} cm wide, and I'll lay the "
         "panels out in straight rows across the width. Minimum length of fabric in cm?")
    return t, [count(int(length))]


@family
def deck_boards(rng):
    deck_w = rng.randint(20, 60) / 10
    deck_l = rng.choice([2.4, 3.0, 3.6, 4.2, 4.8])
    board_w = rng.choice([120, 145, 140, 90])
    gap = rng.choice([3, 5, 6])
    rows = math.ceil((deck_w * 1000 + gap) / (board_w + gap))
    t = (f"Decking {deck_w:g} m wide (boards run the other way, {deck_l:g} m long, same as the "
         f"board length). Boards are {board_w} mm wide with {gap} mm gaps between. How many "
         "boards to cover the width? (round up to whole boards)")
    if ((deck_w * 1000 + gap) / (board_w + gap)) % 1 < 1e-9:
        raise Skip
    return t, [count(rows)]


@family
def oats_cups_grams(rng):
    cups = rng.choice([0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 0.33, 1.75])
    per = rng.choice([80, 85, 90, 95, 100])
    ml_milk = rng.choice([1, 1.5, 2, 2.5])
    text = {0.5: "half a cup", 0.75: "3/4 cup", 0.33: "1/3 cup"}.get(cups, f"{cups:g} cups")
    g = cups * per if cups != 0.33 else per / 3
    t = (f"overnight oats recipe: {text} rolled oats, and milk at {ml_milk:g} times the oats by "
         f"volume. One US cup (240 ml for this) of oats weighs about {per} g. Oats in grams "
         "(nearest g), and milk in ml?")
    milk = (cups if cups != 0.33 else 1 / 3) * 240 * ml_milk
    return t, [whole(g), whole(milk)]


@family
def cooked_weight_loss(rng):
    food = rng.choice([("beef mince", 25), ("chicken thighs", 30), ("pork shoulder", 35),
                       ("salmon", 20), ("brisket", 40)])
    cooked = rng.randint(120, 260) * 5
    raw = cooked / (1 - food[1] / 100)
    t = pick(rng, f"I want {cooked} g of cooked {food[0]} for meal prep. It loses about {food[1]}% "
             "of its raw weight in cooking. How much raw should I buy? Nearest gram.",
             f"{food[0]}: shrinks ~{food[1]}% when cooked. need {cooked}g cooked — raw weight?? "
             "(whole grams)")
    return t, [whole(raw)]


@family
def sourdough_feed(rng):
    ratio = rng.choice([(1, 1, 1), (1, 2, 2), (1, 5, 5), (1, 3, 3), (1, 4, 4)])
    need = rng.randint(8, 60) * 10
    extra = rng.choice([20, 25, 30, 50])
    total = need + extra
    parts = sum(ratio)
    starter = total * ratio[0] / parts
    t = (f"Feeding my starter {ratio[0]}:{ratio[1]}:{ratio[2]} (starter:flour:water by weight). "
         f"The recipe needs {need} g of active starter and I want {extra} g left over to keep. "
         "How many grams of starter, flour and water go in? (one decimal if needed)")
    fl = total * ratio[1] / parts
    if abs(starter * 10 - round(starter * 10)) > 1e-6:
        return None
    return t, [num(starter, 1, 0.0), num(fl, 1, 0.0)]


@family
def milk_ml_to_grams(rng):
    ml = rng.randint(12, 160) * 5
    dens = rng.choice([1.03, 1.035, 1.028])
    t = pick(rng, f"my scale only does grams. recipe wants {ml} ml milk, milk's density is about "
             f"{dens} g/ml. how many grams (nearest gram)?",
             f"Baking by weight: {ml} mL of whole milk at {dens} g per mL = ? g (round to a whole "
             "number)")
    return t, [whole(ml * dens)]


FAMILIES = [(f, 10) for f in (
    kettle_amps, extension_lead_headroom, peak_offpeak_bill, heat_pump_cop, ups_runtime,
    propane_bbq_hours, therms_to_kwh, heating_degree_days, stair_risers, board_cuts_kerf,
    bricks_for_wall, insulation_rolls, silicone_tubes, plaster_bags, fabric_cushions,
    deck_boards, oats_cups_grams, cooked_weight_loss, sourdough_feed, milk_ml_to_grams)]
