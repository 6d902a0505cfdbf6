"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: dose timing and dose arithmetic,
body-weight dosing, infusions, and the small clinic calculations people ask a chat assistant
about."""

from __future__ import annotations

import datetime
import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_units import calc, clock, duration, families, num, show, units
from bench.data.agents.helpers import Family, Item

F = Fraction
MG = ("mg", "milligrams")
MLS = ("ml", "mL", "millilitres", "milliliters")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def say(minutes: int, r: random.Random) -> str:
    """A time of day the way a person types it, 12- or 24-hour."""
    h, m = divmod(minutes % 1440, 60)
    if r.random() < 0.5:
        return f"{h:02d}:{m:02d}"
    return f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}"


def day_forms(day: datetime.date) -> list[str]:
    name, short, d = MONTHS[day.month - 1], MONTHS[day.month - 1][:3], day.day
    th = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return [day.isoformat(), f"{name} {d}", f"{d} {name}", f"{name} {d}{th}", f"{d}{th} {name}",
            f"{short} {d}", f"{d} {short}", f"{d}{th} of {name}", f"{d}/{day.month}/{day.year}",
            f"{day.month}/{d}/{day.year}"]


def say_day(day: datetime.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def a_day(r: random.Random) -> datetime.date:
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=r.randint(0, 364))


def count(n: int, *words: str) -> list[str]:
    return [str(n)] + [f"{n} {w}" for w in words]


# --- dose timing --------------------------------------------------------------------------

def next_dose(r: random.Random) -> Item | None:  # last dose time plus an interval
    t, every = r.randrange(0, 1440, 5), r.choice([4, 6, 8, 12])
    return calc(f"took my ibuprofen at {say(t, r)}, it's every {every} hours. when can i have "
                "the next one?", clock(t + every * 60))


def third_dose(r: random.Random) -> Item | None:  # the time of the nth dose from the first
    t, every, nth = r.randrange(300, 720, 15), r.choice([4, 6, 8]), r.choice([3, 4])
    word = {3: "third", 4: "fourth"}[nth]
    return calc(f"Antibiotic every {every} hours, first dose was at {say(t, r)}. What time is "
                f"the {word} dose?", clock(t + (nth - 1) * every * 60))


def doses_window(r: random.Random) -> Item | None:  # how many doses fit in waking hours
    start, end, every = r.choice([6, 7, 8]), r.choice([21, 22, 23]), r.choice([3, 4, 5, 6])
    n = (end - start) // every + 1
    return calc(f"If I start at {start}am and take one every {every} hours, how many doses "
                f"can I fit in before {end - 12}pm (counting one at {end - 12}pm if it lands "
                "exactly)?", count(n, "doses", "times"))


def since_dose(r: random.Random) -> Item | None:  # time elapsed since the last dose
    t, gap = r.randrange(0, 1200, 5), r.randrange(70, 600, 5)
    return calc(f"gave her calpol at {say(t, r)} and it's now {say(t + gap, r)}. how long "
                "ago was that?", duration(F(gap)))


def evenly_spaced(r: random.Random) -> Item | None:  # interval for n evenly spaced doses a day
    n = r.choice([2, 3, 4, 5, 6, 8, 10, 12])
    return calc(f"{n} doses spread evenly over a whole day and night — how many hours apart?",
                duration(F(24 * 60, n)))


def last_of_day(r: random.Random) -> Item | None:  # time of the last of n doses
    t, every, n = r.randrange(360, 600, 10), r.choice([3, 4, 5]), r.choice([3, 4])
    return calc(f"Doctor said {n} doses today, {every} hours apart, starting {say(t, r)}. So "
                "the last one is at what time?", clock(t + (n - 1) * every * 60))


def wait_left(r: random.Random) -> Item | None:  # minutes still to wait before a dose
    t, every, gone = r.randrange(0, 1400, 5), r.choice([4, 6, 8]), r.randrange(30, 230, 5)
    return calc(f"Took a dose at {say(t, r)}. Meant to wait {every} hours. It's "
                f"{say(t + gone, r)} now — how much longer?", duration(F(every * 60 - gone)))


# --- dose arithmetic ----------------------------------------------------------------------

def mgkg_dose(r: random.Random) -> Item | None:  # mg per kg times weight
    per, kg = r.choice([5, 7, 10, 12, 15, 20]), F(r.randint(60, 400), 10)
    return calc(f"Dose is {per} mg/kg. Child weighs {show(kg)} kg. How many mg?",
                units(per * kg, MG, 1))


def mgkg_ml(r: random.Random) -> Item | None:  # weight-based dose turned into ml of syrup
    per, kg = r.choice([10, 15]), r.randint(6, 30)
    conc = r.choice([120, 250])
    return calc(f"paracetamol {per} mg per kg, my son is {kg} kg, the syrup is {conc} mg in "
                "5 ml. how many ml do i give?", units(F(per * kg * 5, conc), MLS, 1))


def ml_from_conc(r: random.Random) -> Item | None:  # mg ordered over mg/ml strength
    dose, conc = r.choice([25, 40, 50, 75, 80, 100, 125, 150, 200]), r.choice([10, 20, 25, 40,
                                                                               50])
    return calc(f"order is {dose} mg, vial is {conc} mg/ml. volume to draw up?",
                units(F(dose, conc), MLS, 2))


def tabs_needed(r: random.Random) -> Item | None:  # tablets per dose
    strength, mult = r.choice([F(125), F(250), F(500), F(5), F(10), F(25)]), \
        r.choice([F(1, 2), F(1), F(3, 2), F(2), F(3)])
    dose = strength * mult
    words = {F(1, 2): ["half a tablet", "half"], F(1): ["one tablet", "1 tablet"],
             F(3, 2): ["one and a half", "1.5 tablets", "1½"], F(2): ["two tablets", "2 tablets"],
             F(3): ["three tablets", "3 tablets"]}[mult]
    if mult == F(1, 2):
        words += ["0.5 tablets", "0.5 tablet", "½"]
    return calc(f"Prescribed {show(dose)} mg but the tablets are {show(strength)} mg each. How "
                "many tablets per dose?", words)


def daily_mg(r: random.Random) -> Item | None:  # total per day from dose and frequency, in g
    dose, times = r.choice([250, 400, 500, 625, 750, 875, 1000]), r.choice([2, 3, 4])
    return calc(f"{dose} mg {times} times a day — total grams per day?",
                units(F(dose * times, 1000), ("g", "grams"), 3))


def max_tabs(r: random.Random) -> Item | None:  # the most tablets allowed under a daily cap
    cap, tab = r.choice([1200, 2400, 3000, 3200, 4000]), r.choice([200, 250, 400, 500])
    n = cap // tab
    return calc(f"The max is {cap} mg in 24 hours. With {tab} mg tablets what's the most I "
                "can take in a day?", count(n, "tablets", "tabs"))


def weight_cap(r: random.Random) -> Item | None:  # daily max from mg/kg/day and a weight
    kg, per = r.randint(12, 48), r.choice([40, 60, 75])
    return calc(f"pediatric max is {per} mg/kg/day. for {kg} kg what's the daily limit in mg?",
                units(F(kg * per), MG, 0, bare=True))


def split_daily(r: random.Random) -> Item | None:  # a daily mg/kg dose split into doses
    per, kg, n = r.choice([20, 30, 40, 50, 90]), r.randint(8, 40), r.choice([2, 3, 4])
    return calc(f"Amoxicillin {per} mg/kg/day divided into {n} doses, weight {kg} kg. How many "
                "mg per dose?", units(F(per * kg, n), MG, 1))


# --- supply -------------------------------------------------------------------------------

def supply_days(r: random.Random) -> Item | None:  # pills in a box over pills per day
    box, per = r.choice([28, 30, 56, 60, 84, 90, 100, 120]), r.choice([1, 2, 3, 4])
    if box % per:
        return None
    return calc(f"box of {box} tablets, I take {per} a day — how many days will it last?",
                count(box // per, "days"))


def runout_date(r: random.Random) -> Item | None:  # the date a supply runs out
    start, box, per = a_day(r), r.choice([28, 30, 60, 90]), r.choice([1, 2])
    days = box // per
    last = start + datetime.timedelta(days=days - 1)
    return calc(f"Started a new pack of {box} on {say_day(start)}, {per} a day, first dose "
                "that morning. What's the last day I'll have tablets for?", day_forms(last))


def bottle_days(r: random.Random) -> Item | None:  # days a liquid medicine lasts
    bottle, ml, times = r.choice([100, 150, 200, 250, 300]), r.choice([F(5), F(10), F(15),
                                                                       F(5, 2)]), r.choice([2,
                                                                                            3,
                                                                                            4])
    days = bottle / (ml * times)
    return calc(f"{bottle} ml bottle, {show(ml)} ml {times} times daily. how many days will "
                "it last? (to 1 decimal)", units(days, ("days",), 1, bare=True))


def puffs_days(r: random.Random) -> Item | None:  # inhaler doses over puffs a day
    total, puffs, times = r.choice([60, 120, 200]), r.choice([1, 2]), r.choice([2, 3, 4])
    return calc(f"my inhaler has {total} puffs and i use {puffs} puff(s) {times} times a day. "
                "days until empty? (decimals ok)", units(F(total, puffs * times), ("days",), 1,
                                                         bare=True))


def refill_order(r: random.Random) -> Item | None:  # tablets needed for a trip
    days, per = r.randint(9, 45), r.choice([1, 2, 3])
    spare = r.choice([2, 3, 5])
    n = (days + spare) * per
    return calc(f"Going away {days} days and want {spare} extra days' worth as backup. I take "
                f"{per} tablet(s) a day. How many tablets should I pack?",
                count(n, "tablets", "tabs"))


# --- infusions and insulin ----------------------------------------------------------------

def pump_rate(r: random.Random) -> Item | None:  # ml/h from volume and hours
    vol, hours = r.choice([250, 500, 1000, 1500]), r.choice([2, 3, 4, 6, 8, 10, 12])
    return calc(f"{vol} mL to run over {hours} h — pump rate?", units(F(vol, hours),
                                                                     ("mL/h", "ml/h", "ml/hr",
                                                                      "mL/hr", "ml per hour"), 1))


def drip_rate(r: random.Random) -> Item | None:  # gravity drops per minute
    vol, hours, factor = r.choice([500, 1000, 250, 100]), r.choice([1, 2, 4, 6, 8]), \
        r.choice([10, 15, 20, 60])
    return calc(f"nursing calc: {vol} ml over {hours} hours with a {factor} drops/ml giving "
                "set. drops per minute? (whole drops)", units(F(vol * factor, hours * 60),
                                                              ("drops/min", "gtt/min",
                                                               "drops per minute"), 0,
                                                              bare=True))


def infusion_time(r: random.Random) -> Item | None:  # time for a volume at a rate
    vol, rate = r.choice([100, 250, 500, 750, 1000]), r.choice([40, 60, 75, 80, 100, 120, 125,
                                                                150])
    return calc(f"How long will {vol} ml take at {rate} ml/hr?", duration(F(vol * 60, rate)))


def carb_bolus(r: random.Random) -> Item | None:  # insulin units for carbs at a ratio
    carbs, ratio = r.randint(20, 110), r.choice([6, 8, 10, 12, 15])
    return calc(f"Lunch is {carbs} g carbs and my ratio is 1 unit per {ratio} g. How many units "
                "(1 decimal)?", units(F(carbs, ratio), ("units", "u"), 1, bare=True))


def correction_dose(r: random.Random) -> Item | None:  # correction insulin
    bg, target, isf = r.randint(9, 22), r.choice([5, 6, 7]), r.choice([2, 3, 4])
    return calc(f"blood sugar {bg} mmol/L, target {target}, correction factor 1 unit drops me "
                f"{isf} mmol/L. correction units?", units(F(bg - target, isf), ("units", "u"),
                                                           1, bare=True))


# --- lab units ----------------------------------------------------------------------------

def mcg_mg(r: random.Random) -> Item | None:  # micrograms to milligrams
    mcg = r.choice([25, 50, 75, 88, 100, 112, 125, 137, 150, 175, 200, 400, 500])
    return calc(f"my levothyroxine is {mcg} mcg. how many mg is that?",
                units(F(mcg, 1000), MG, 3))


def glucose_mgdl(r: random.Random) -> Item | None:  # mmol/L to mg/dL (x18)
    mmol = F(r.randint(35, 220), 10)
    return calc(f"Meter shows {show(mmol)} mmol/L. My US doctor wants mg/dL (multiply by 18).",
                units(mmol * 18, ("mg/dL", "mg/dl"), 1))


def glucose_mmol(r: random.Random) -> Item | None:  # mg/dL to mmol/L (/18)
    mg = r.randint(60, 320)
    return calc(f"fasting glucose {mg} mg/dl — what is that in mmol/l? use 18 as the factor",
                units(F(mg, 18), ("mmol/L", "mmol/l"), 1))


def chol_mmol(r: random.Random) -> Item | None:  # cholesterol mg/dL to mmol/L
    mg = r.randint(120, 320)
    return calc(f"Total cholesterol {mg} mg/dL. Convert to mmol/L (divide by 38.67).",
                units(F(mg) / F("38.67"), ("mmol/L", "mmol/l"), 2))


def a1c_avg(r: random.Random) -> Item | None:  # HbA1c to estimated average glucose
    a1c = F(r.randint(50, 120), 10)
    return calc(f"HbA1c {show(a1c)}% — estimated average glucose in mg/dL? (28.7 x A1c - 46.7)",
                units(F("28.7") * a1c - F("46.7"), ("mg/dL", "mg/dl"), 1))


# --- clinic formulas ----------------------------------------------------------------------

def map_bp(r: random.Random) -> Item | None:  # mean arterial pressure
    sys_, dia = r.randint(95, 180), r.randint(55, 110)
    if dia >= sys_ - 20:
        return None
    return calc(f"BP {sys_}/{dia}. what's the MAP? (SBP + 2×DBP)/3", units(F(sys_ + 2 * dia, 3),
                                                                          ("mmHg",), 1,
                                                                          bare=True))


def bsa(r: random.Random) -> Item | None:  # Mosteller body surface area
    cm, kg = r.randint(140, 195), r.randint(40, 120)
    return calc(f"Body surface area (Mosteller) for {cm} cm and {kg} kg?",
                units(F(math.sqrt(cm * kg / 3600)), ("m²", "m2", "square metres",
                                                     "square meters"), 2))


def ideal_weight(r: random.Random) -> Item | None:  # Devine ideal body weight
    male = r.random() < 0.5
    inch = r.randint(61, 76)
    base = F(50) if male else F("45.5")
    return calc(f"Devine ideal body weight for a {'man' if male else 'woman'} who is "
                f"{inch // 12} ft {inch % 12} in?", units(base + F("2.3") * (inch - 60),
                                                          ("kg", "kilograms"), 1))


def crcl(r: random.Random) -> Item | None:  # Cockcroft-Gault creatinine clearance
    age, kg, cr, female = r.randint(30, 88), r.randint(45, 110), F(r.randint(6, 20), 10), \
        r.random() < 0.5
    value = F(140 - age) * kg / (72 * cr) * (F(85, 100) if female else 1)
    return calc(f"CrCl by Cockcroft-Gault: {'female' if female else 'male'}, {age} y, {kg} kg, "
                f"serum creatinine {show(cr)} mg/dL", units(value, ("mL/min", "ml/min"), 1))


def fluids_421(r: random.Random) -> Item | None:  # 4-2-1 maintenance fluid rate
    kg = r.randint(4, 70)
    rate = 4 * min(kg, 10) + 2 * min(max(kg - 10, 0), 10) + max(kg - 20, 0)
    return calc(f"maintenance fluids by the 4-2-1 rule for {kg} kg?",
                units(F(rate), ("mL/h", "ml/h", "ml/hr", "mL/hr", "ml per hour"), 0))


def pack_years(r: random.Random) -> Item | None:  # smoking pack-years
    cigs, years = r.choice([5, 10, 15, 20, 25, 30, 40]), r.randint(3, 45)
    return calc(f"smoked {cigs} cigarettes a day for {years} years — how many pack-years? "
                "(20 per pack)", units(F(cigs * years, 20), ("pack-years", "pack years"), 2,
                                       bare=True))


def alcohol_units(r: random.Random) -> Item | None:  # UK alcohol units
    ml, abv = r.choice([125, 175, 250, 330, 440, 500, 568, 750]), F(r.randint(35, 140), 10)
    return calc(f"How many UK units in a {ml} ml drink at {show(abv)}% ABV?",
                units(ml * abv / 1000, ("units",), 1, bare=True))


def waist_height(r: random.Random) -> Item | None:  # waist-to-height ratio
    waist, cm = r.randint(62, 120), r.randint(150, 195)
    return calc(f"Waist {waist} cm, height {cm} cm. Waist-to-height ratio?", num(F(waist, cm), 2))


def waist_hip(r: random.Random) -> Item | None:  # waist-to-hip ratio
    waist, hip = r.randint(24, 44), r.randint(32, 50)
    return calc(f"my waist is {waist} inches and hips {hip} inches, whats the waist to hip "
                "ratio", num(F(waist, hip), 2))


def due_date(r: random.Random) -> Item | None:  # Naegele due date, LMP + 280 days
    lmp = a_day(r)
    return calc(f"First day of my last period was {say_day(lmp)}. Due date by the usual "
                "280-day rule?", day_forms(lmp + datetime.timedelta(days=280)))


def caffeine_day(r: random.Random) -> Item | None:  # caffeine from coffees and colas
    cups, cans = r.randint(1, 6), r.randint(1, 4)
    per_cup, per_can = r.choice([80, 95, 100]), r.choice([32, 34, 40])
    return calc(f"I had {cups} coffees (~{per_cup} mg each) and {cans} can(s) of cola (~{per_can} "
                "mg each). Total caffeine?", units(F(cups * per_cup + cans * per_can), MG, 0))


def half_life(r: random.Random) -> Item | None:  # amount left after whole half-lives
    dose, hl, n = r.choice([100, 200, 240, 300, 400]), r.choice([4, 5, 6]), r.randint(1, 4)
    return calc(f"caffeine half-life is about {hl} h. if I had {dose} mg, how much is left "
                f"{hl * n} hours later?", units(F(dose, 2**n), MG, 2))


def cream_percent(r: random.Random) -> Item | None:  # mg of drug in grams of cream
    pct, g = r.choice([F(1), F(2), F(1, 2), F(5), F(1, 10)]), r.choice([15, 20, 30, 50, 100])
    return calc(f"A {show(g)} g tube of {show(pct)}% cream contains how many mg of the active "
                "ingredient?", units(pct * 10 * g, MG, 1))


def dilution(r: random.Random) -> Item | None:  # C1V1 = C2V2 stock volume
    c1, c2, v2 = r.choice([10, 20, 50, 100]), r.choice([1, 2, 5]), r.choice([50, 100, 250,
                                                                              500])
    if c2 >= c1:
        return None
    return calc(f"Need {v2} ml of a {c2}% solution from {c1}% stock. How much stock?",
                units(F(c2 * v2, c1), MLS, 1))


FAMILIES: list[tuple[Family, int]] = families(
    next_dose, third_dose, doses_window, since_dose, evenly_spaced, last_of_day, wait_left,
    mgkg_dose, mgkg_ml, ml_from_conc, tabs_needed, daily_mg, max_tabs, weight_cap, split_daily,
    supply_days, runout_date, bottle_days, puffs_days, refill_order, pump_rate, drip_rate,
    infusion_time, carb_bolus, correction_dose, mcg_mg, glucose_mgdl, glucose_mmol, chol_mmol,
    a1c_avg, map_bp, bsa, ideal_weight, crcl, fluids_421, pack_years, alcohol_units,
    waist_height, waist_hip, due_date, caffeine_day, half_life, cream_percent, dilution)
