"""Round 15 (``J_u_*``, dev now) for ``muse bench agents``: dose timing and dose arithmetic —
when the next dose is due, how much liquid to measure, how long a pack lasts, drip rates and
body-weight doses — asked the way patients, parents and carers ask."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout15_units import MG, ML, clock, conv, families, say, show
from bench.data.agents.helpers import Family, Item, item

F = Fraction
DAYS = ("days",)


def at(name: str, text: str, minutes: int) -> Item:
    return item(name, "calc", text, [clock(minutes)])


def start(rng: random.Random, low: int = 6, high: int = 11) -> int:
    return rng.randint(low, high) * 60 + rng.choice([0, 10, 15, 20, 30, 40, 45, 50])


def j_next_dose(rng: random.Random) -> Item | None:  # last dose time plus an interval
    t, every = start(rng, 6, 22), rng.choice([4, 6, 8, 12])
    return at("J_u_next_dose", f"took my antibiotic at {say(t)}, it's every {every} hours. when's "
              "the next one?", t + every * 60)


def j_third_dose(rng: random.Random) -> Item | None:  # the nth dose of the day
    t, every, n = start(rng), rng.choice([3, 4, 5, 6]), rng.randint(3, 4)
    nth = {3: "third", 4: "fourth"}[n]
    return at("J_u_third_dose", f"First dose of ibuprofen was at {say(t)}. If I keep to every "
              f"{every} hours, what time is the {nth} dose?", t + (n - 1) * every * 60)


def j_last_dose_day(rng: random.Random) -> Item | None:  # last dose before midnight
    t, every = start(rng, 6, 9), rng.choice([4, 5, 6])
    last = t + ((24 * 60 - 1 - t) // (every * 60)) * every * 60
    return at("J_u_last_dose_day", f"Mum's painkiller is every {every} hours starting {say(t)}. "
              "What's the last dose time before midnight?", last)


def j_doses_in_day(rng: random.Random) -> Item | None:  # count doses between two times
    t, every = start(rng, 6, 9), rng.choice([2, 3, 4, 5, 6])
    end = rng.randint(21, 23) * 60
    count = (end - t - 1) // (every * 60) + 1
    return item("J_u_doses_in_day", "calc", f"if she takes the first puff at {say(t)} and then one "
                f"every {every} hours, how many doses fit in before {say(end)}? (counting the "
                "first)", [[str(count), f"{count} doses", f"{count} times"]])


def j_wait_left(rng: random.Random) -> Item | None:  # time left until the next dose is allowed
    t, gap = start(rng, 6, 20), rng.choice([4, 6, 8])
    now = t + rng.randint(30, gap * 60 - 20)
    left = t + gap * 60 - now
    h, m = divmod(left, 60)
    forms = [f"{h} hours {m} minutes", f"{h} hours and {m} minutes", f"{h}h {m}m",
             f"{h} hr {m} min", f"{left} minutes"] if h else [f"{m} minutes", f"{m} min"]
    if m == 0:
        forms = [f"{h} hours", f"{h} hrs", f"{left} minutes"]
    if h == 1:
        forms += [f"1 hour {m} minutes", f"1 hour and {m} minutes", f"1 hr {m} min"]
    return item("J_u_wait_left", "calc", f"last paracetamol at {say(t)}, must wait {gap} hours "
                f"between doses. it's {say(now)} now - how long until I can take the next?",
                [forms])


def j_course_end(rng: random.Random) -> Item | None:  # tablets and per-day dosing -> days
    per_day, days = rng.choice([2, 3, 4]), rng.randint(5, 14)
    tabs = per_day * days
    return conv("J_u_course_end", f"Box has {tabs} tablets and I take {per_day} a day. How many "
                "days will it last?", F(days), *DAYS, dp=0)


def j_pack_days(rng: random.Random) -> Item | None:  # whole days a pack lasts, remainder dropped
    tabs, per = rng.choice([28, 30, 56, 60, 84, 90, 100]), rng.choice([3, 4, 6])
    if tabs % per == 0:
        return None
    full = tabs // per
    return item("J_u_pack_days", "calc", f"{tabs} capsules in the bottle, {per} per day. How many "
                "full days of dosing is that?", [[f"{full} days", f"{full} full days"]])


def j_refill_date(rng: random.Random) -> Item | None:  # weeks of supply from a repeat
    tabs, per = rng.choice([28, 56, 84, 112, 168]), rng.choice([1, 2])
    return conv("J_u_refill_date", f"pharmacy gave me {tabs} pills, I take {per} daily. how many "
                "weeks until I need a refill?", F(tabs, per * 7), "weeks", dp=1)


def j_syrup_ml(rng: random.Random) -> Item | None:  # mg dose from a mg/5 ml syrup
    strength = rng.choice([100, 120, 125, 200, 250])
    dose = rng.choice([60, 80, 90, 100, 120, 150, 160, 180, 200, 240, 250, 300])
    return conv("J_u_syrup_ml", f"Syrup is {strength} mg per 5 ml. Doctor said give {dose} mg. "
                "How many ml do I measure?", F(dose * 5, strength), *ML)


def j_kid_mgkg(rng: random.Random) -> Item | None:  # mg per kg for a child
    kg, per = F(rng.randint(60, 400), 10), rng.choice([5, 7, 10, 15])
    return conv("J_u_kid_mgkg", f"the dose is {per} mg/kg and my daughter weighs {show(kg)} kg. "
                "how many mg is one dose?", kg * per, *MG)


def j_kid_mgkg_ml(rng: random.Random) -> Item | None:  # mg/kg then ml of a suspension
    kg, per = rng.randint(8, 35), rng.choice([10, 15])
    conc = rng.choice([120, 160, 200, 250])
    return conv("J_u_kid_mgkg_ml", f"Child is {kg} kg, dose {per} mg per kg, bottle says {conc} "
                "mg/5mL. What volume in mL?", F(kg * per * 5, conc), *ML)


def j_daily_max(rng: random.Random) -> Item | None:  # doses allowed under a daily max
    dose, cap = rng.choice([200, 250, 325, 400, 500, 650]), rng.choice([2000, 3000, 3200, 4000])
    if cap % dose == 0:
        return None
    n = cap // dose
    return item("J_u_daily_max", "calc", f"each dose is {dose} mg and the daily limit is {cap} mg. "
                "what's the most whole doses I can take in 24h?", [[str(n), f"{n} doses"]])


def j_mg_left(rng: random.Random) -> Item | None:  # mg still allowed today
    dose, taken, cap = rng.choice([200, 400, 500]), rng.randint(1, 5), rng.choice([3000, 4000])
    if dose * taken >= cap:
        return None
    return conv("J_u_mg_left", f"Daily max {cap} mg. I've had {taken} doses of {dose} mg so far "
                "today. How many mg am I still allowed?", F(cap - dose * taken), *MG, dp=0)


def j_tablets_dose(rng: random.Random) -> Item | None:  # tablets per dose
    tab = rng.choice([2.5, 5, 10, 12.5, 25, 50])
    k = rng.choice([1, 2, 3, 4, 6]) * F(1, 2)
    dose = F(str(tab)) * k
    return conv("J_u_tablets_dose", f"Prescription: {show(dose)} mg. Tablets are "
                f"{show(F(str(tab)))} mg each. How many tablets per dose?", k, "tablets", "tablet",
                dp=1)


def j_drip_mlh(rng: random.Random) -> Item | None:  # infusion volume over hours
    vol, hours = rng.choice([250, 500, 750, 1000]), rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
    return conv("J_u_drip_mlh", f"nursing exam q: {vol} mL to run over {hours} h. Rate in mL/h?",
                F(vol, hours), "mL/h", "ml/h", "mL/hr", "ml/hr", "mL per hour", "ml per hour")


def j_drip_gtt(rng: random.Random) -> Item | None:  # drops per minute
    vol, hours, factor = rng.choice([500, 1000, 1500]), rng.choice([4, 6, 8, 12]), rng.choice([
        10, 15, 20, 60])
    return conv("J_u_drip_gtt", f"Gravity drip: {vol} ml over {hours} hours with a {factor} "
                "drops/ml giving set. Drops per minute?", F(vol * factor, hours * 60),
                "drops/min", "gtt/min", "drops per minute", dp=0)


def j_infusion_done(rng: random.Random) -> Item | None:  # when an infusion finishes
    t, vol, rate = start(rng, 7, 16), rng.choice([250, 500, 1000]), rng.choice([50, 100, 125, 250])
    return at("J_u_infusion_done", f"bag of {vol} mL started at {say(t)} running at {rate} mL/hr. "
              "What time will it finish?", t + vol * 60 // rate)


def j_insulin_units(rng: random.Random) -> Item | None:  # carb ratio insulin
    carbs, ratio = rng.randint(20, 120), rng.choice([8, 10, 12, 15, 20])
    return conv("J_u_insulin_units", f"my carb ratio is 1 unit per {ratio} g. meal has {carbs} g "
                "carbs. units?", F(carbs, ratio), "units", "u", dp=1)


def j_mcg_mg(rng: random.Random) -> Item | None:  # micrograms to milligrams
    mcg = rng.choice([25, 50, 75, 88, 100, 112, 125, 137, 150, 175, 200, 300, 400, 500])
    return conv("J_u_mcg_mg", f"my thyroid tablet is {mcg} mcg - how many mg is that?",
                F(mcg, 1000), *MG, dp=3)


def j_vitd_iu(rng: random.Random) -> Item | None:  # vitamin D IU to micrograms
    iu = rng.choice([400, 600, 800, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 10000])
    return conv("J_u_vitd_iu", f"Vitamin D {iu:,} IU = how many micrograms? (40 IU per mcg)",
                F(iu, 40), "mcg", "µg", "micrograms")


def j_percent_solution(rng: random.Random) -> Item | None:  # mg in ml of a percent solution
    pct, ml = rng.choice([F(1, 2), 1, 2, 5, 10]), rng.choice([2, 3, 5, 10, 20])
    return conv("J_u_percent_solution", f"How many mg of drug are in {ml} ml of a {show(pct)}% "
                "solution? (1% = 10 mg/ml)", pct * 10 * ml, *MG)


def j_dose_per_day(rng: random.Random) -> Item | None:  # mg/kg/day split into doses
    kg, per_day, split = rng.randint(10, 40), rng.choice([20, 30, 40, 45, 50, 60, 90]), rng.choice(
        [2, 3, 4])
    return conv("J_u_dose_per_day", f"{per_day} mg/kg/day divided into {split} doses for a {kg} kg "
                "kid - how much per dose?", F(kg * per_day, split), *MG)


def j_inhaler_days(rng: random.Random) -> Item | None:  # puffs in an inhaler
    puffs, per = rng.choice([60, 120, 200]), rng.choice([3, 4, 6, 8])
    return conv("J_u_inhaler_days", f"Inhaler has {puffs} puffs. I use {per} puffs a day. How "
                "many days before it runs out?", F(puffs, per), *DAYS, dp=1)


def j_drops_bottle(rng: random.Random) -> Item | None:  # eye drops bottle duration
    ml, drops = rng.choice([5, 10, 15]), rng.choice([2, 3, 4, 6, 8])
    return conv("J_u_drops_bottle", f"eye drops: {ml} ml bottle, about 20 drops per ml, I use "
                f"{drops} drops a day (both eyes). how many days does it last?",
                F(ml * 20, drops), *DAYS, dp=1)


def j_halflife_left(rng: random.Random) -> Item | None:  # mg remaining after half-lives
    dose, half = rng.choice([100, 200, 400, 500, 800]), rng.choice([2, 3, 4, 6, 8])
    hours = half * rng.randint(2, 5)
    return conv("J_u_halflife_left", f"A drug has a half-life of {half} hours. Starting from "
                f"{dose} mg, how much is left after {hours} hours?", F(dose, 2 ** (hours // half)),
                *MG)


FAMILIES: list[tuple[Family, int]] = families(
    j_next_dose, j_third_dose, j_last_dose_day, j_doses_in_day, j_wait_left, j_course_end,
    j_pack_days, j_refill_date, j_syrup_ml, j_kid_mgkg, j_kid_mgkg_ml, j_daily_max, j_mg_left,
    j_tablets_dose, j_drip_mlh, j_drip_gtt, j_infusion_done, j_insulin_units, j_mcg_mg,
    j_vitd_iu, j_percent_solution, j_dose_per_day, j_inhaler_days, j_drops_bottle,
    j_halflife_left)
