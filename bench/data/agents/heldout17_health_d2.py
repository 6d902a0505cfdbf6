"""Round 17 (``M_*``, dev now) for ``muse bench agents``, health part 4: body measures,
training loads, doses with every figure stated, drinks, sleep and baby arithmetic."""

from __future__ import annotations

from bench.data.agents.heldout17_units_d2 import INCH, LB, clock, d2, num, pick, whole
from bench.data.agents.helpers import Family


@d2
def bmi_stone_feet(rng):
    st, lb, ft, inch = rng.randint(8, 18), rng.randint(0, 13), rng.randint(5, 6), rng.randint(0, 11)
    kg, m = (st * 14 + lb) * LB, (ft * 12 + inch) * INCH / 100
    t = pick(rng, f"I'm {st} stone {lb} and {ft}'{inch}. BMI? one decimal",
             f"Can you work out my BMI — {ft} foot {inch}, {st}st {lb}lb. 1 dp please")
    return t, [num(kg / m ** 2, 1)]


@d2
def bmi_change_after_loss(rng):
    h, w, loss = rng.randint(155, 195), rng.randint(70, 130), rng.randint(3, 20)
    m = h / 100
    t = (f"I'm {h} cm and started at {w} kg. I've lost {loss} kg since. By how much has my BMI "
         "dropped? one decimal")
    return t, [num(loss / m ** 2, 1)]


@d2
def kg_to_reach_bmi_25(rng):
    h, w = rng.randint(155, 195), rng.randint(82, 140)
    m = h / 100
    need = w - 24.9 * m ** 2
    if need <= 0.2:
        return None
    t = (f"How many kg do I have to lose to get my BMI down to 24.9? I'm {h} cm, {w} kg. "
         "One decimal.")
    return t, [num(need, 1)]


@d2
def mifflin_female_lb(rng):
    lb, ft, inch, age = rng.randint(110, 230), 5, rng.randint(0, 11), rng.randint(20, 70)
    kg, cm = lb * LB, (ft * 12 + inch) * INCH
    t = (f"Mifflin-St Jeor for a woman: 10×kg + 6.25×cm − 5×age − 161. I'm {age}, {lb} lb, "
         f"{ft}'{inch}\". What's my BMR in kcal/day, nearest whole?")
    return t, [whole(10 * kg + 6.25 * cm - 5 * age - 161)]


@d2
def katch_mcardle(rng):
    kg, bf = rng.randint(55, 110), rng.randint(12, 35)
    lean = kg * (1 - bf / 100)
    t = (f"Katch-McArdle BMR = 370 + 21.6 × lean body mass (kg). I weigh {kg} kg at {bf}% body "
         "fat. BMR to the nearest kcal?")
    return t, [whole(370 + 21.6 * lean)]


@d2
def activity_factor_tdee(rng):
    bmr = rng.randint(1300, 2100)
    lvl = rng.choice([("sedentary", 1.2), ("lightly active", 1.375), ("moderately active", 1.55),
                      ("very active", 1.725)])
    t = (f"My BMR is {bmr} kcal. Using the {lvl[0]} multiplier of {lvl[1]}, what's my TDEE? "
         "Nearest kcal.")
    return t, [whole(bmr * lvl[1])]


@d2
def cut_calories_target(rng):
    tdee, pct = rng.randint(1800, 3200), rng.choice([10, 15, 20, 25])
    t = f"tdee {tdee}, want a {pct}% deficit. how many kcal should I eat a day (nearest)?"
    return t, [whole(tdee * (1 - pct / 100))]


@d2
def hr_zone_range_karvonen(rng):
    age, rest = rng.randint(20, 65), rng.randint(48, 80)
    lo, hi = rng.choice([(60, 70), (70, 80), (80, 90)])
    mx = 220 - age
    a, b = rest + lo / 100 * (mx - rest), rest + hi / 100 * (mx - rest)
    t = (f"Using max HR = 220 − age and the Karvonen method: I'm {age} with a resting pulse of "
         f"{rest}. What heart-rate range is {lo}–{hi}% intensity? Nearest bpm each.")
    return t, [whole(a), whole(b)]


@d2
def hr_reserve_only(rng):
    mx, rest = rng.randint(160, 200), rng.randint(42, 85)
    t = pick(rng, f"max HR {mx}, resting {rest} — heart rate reserve?",
             f"My watch says max heart rate {mx} bpm and resting {rest} bpm. What's my HR "
             "reserve in bpm?")
    return t, [[f"{mx - rest} bpm", f"{mx - rest}bpm", f"reserve is {mx - rest}",
                f"reserve of {mx - rest}", f"= {mx - rest}"]]


@d2
def pulse_15_seconds(rng):
    beats, secs = rng.randint(14, 32), rng.choice([10, 15, 20, 30])
    t = (f"I counted {beats} beats in {secs} seconds after my run. What's that per minute?")
    return t, [[f"{beats * 60 // secs} bpm", f"{beats * 60 // secs} beats per minute",
                f"{beats * 60 // secs}bpm", f"{beats * 60 // secs} beats a minute"]]


@d2
def zone2_run_minutes(rng):
    runs, mins, goal = rng.randint(2, 5), rng.randint(25, 60), rng.choice([150, 180, 200, 240])
    left = goal - runs * mins
    if left <= 0:
        return None
    t = (f"I'm aiming for {goal} minutes of zone 2 this week. I've done {runs} runs of {mins} "
         "min each. How many more minutes do I need?")
    return t, [[f"{left} min", f"{left} more minutes", f"{left} minutes"]]


@d2
def training_load_increase(rng):
    km, wk = rng.randint(15, 60), rng.randint(3, 8)
    t = (f"10% rule: I run {km} km this week and want to add 10% each week. What weekly distance "
         f"will I reach after {wk} more weeks? One decimal km.")
    return t, [num(km * 1.1 ** wk, 1)]


@d2
def wilks_like_ratio(rng):
    total, bw = rng.randint(200, 650), rng.randint(55, 120)
    t = (f"Squat+bench+deadlift total {total} kg at bodyweight {bw} kg — what's my total as a "
         "multiple of bodyweight, two decimals?")
    return t, [num(total / bw, 2)]


@d2
def pushups_progress(rng):
    start, now, weeks = rng.randint(5, 25), rng.randint(26, 60), rng.randint(4, 16)
    t = (f"Week 0 I could do {start} push-ups, {weeks} weeks later I can do {now}. Percentage "
         "increase, one decimal?")
    return t, [[f"{v}{u}" for v in num((now - start) / start * 100, 1) for u in ("%", " percent")]]


@d2
def paracetamol_child_dose(rng):
    kg, conc = rng.randint(8, 30), rng.choice([(120, 5), (250, 5)])
    t = (f"Child weighs {kg} kg. Dose is 15 mg/kg. The liquid is {conc[0]} mg per {conc[1]} mL. "
         "How many mL per dose? one decimal")
    return t, [num(kg * 15 / conc[0] * conc[1], 1)]


@d2
def ibuprofen_max_day(rng):
    kg = rng.randint(10, 35)
    t = (f"Ibuprofen for kids: 10 mg/kg per dose, no more than 30 mg/kg a day. My son is {kg} kg. "
         "What's the max mg per dose and per day?")
    return t, [[f"{kg * 10} mg", f"{kg * 10}mg"], [f"{kg * 30} mg", f"{kg * 30}mg"]]


@d2
def antibiotic_course_tablets(rng):
    per, times, days = rng.choice([1, 2]), rng.choice([2, 3, 4]), rng.choice([5, 7, 10, 14])
    have = rng.randint(10, per * times * days - 1)
    t = (f"Antibiotic: {per} tablet(s) {times} times a day for {days} days. I was given {have} "
         "tablets. How many am I short?")
    return t, [[f"{per * times * days - have} tablets", f"short by {per * times * days - have}",
                f"{per * times * days - have} short", f"{per * times * days - have} more"]]


@d2
def dose_every_8h_schedule(rng):
    h, gap = rng.randint(6, 10), rng.choice([6, 8])
    t = (f"First dose at {h}:00 this morning, then every {gap} hours. When is the third dose?")
    return t, [clock((h + 2 * gap) * 60)]


@d2
def mg_to_ml_syringe(rng):
    mg, conc = rng.choice(range(25, 400, 25)), rng.choice([(50, 1), (100, 5), (40, 1), (250, 5)])
    t = (f"Vet prescribed {mg} mg and the bottle is {conc[0]} mg/{conc[1]} mL. How many mL do I "
         "draw up? two decimals")
    return t, [num(mg / conc[0] * conc[1], 2)]


@d2
def dog_dose_lb(rng):
    lb, mgkg = rng.randint(12, 110), rng.choice([2, 2.2, 5, 10])
    t = (f"My dog weighs {lb} lb. Drug dose is {mgkg} mg per kg. How many mg, nearest whole mg?")
    return t, [whole(lb * LB * mgkg)]


@d2
def drip_gtt_min(rng):
    ml, hrs, df = rng.choice([500, 1000, 250]), rng.choice([4, 6, 8, 12]), rng.choice([10, 15, 20])
    t = (f"Nursing homework: {ml} mL over {hrs} h with a giving set of {df} drops/mL. Drops per "
         "minute? nearest whole")
    return t, [whole(ml * df / (hrs * 60))]


@d2
def units_in_bottle_wine(rng):
    ml = rng.choice([187, 250, 375, 500, 750, 1000, 1500])
    abv = rng.choice([x / 2 for x in range(18, 31)])
    t = (f"How many UK alcohol units in a {ml} ml bottle of {abv}% wine? (units = ml × ABV / "
         "1000, one decimal)")
    return t, [num(ml * abv / 1000, 1)]


@d2
def pints_units_week(rng):
    pints, abv, nights = rng.randint(2, 5), rng.choice([3.8, 4.0, 4.2, 4.5, 5.0, 5.2]), \
        rng.randint(1, 4)
    u = pints * 568 * abv / 1000 * nights
    t = (f"I have {pints} pints (568 ml) of {abv}% lager on {nights} nights a week. Weekly units "
         "(ml × ABV / 1000), and how far over or under the 14-unit guideline? One decimal each.")
    return t, [num(u, 1), num(abs(u - 14), 1)]


@d2
def bac_widmark(rng):
    g, kg, r, hrs = rng.randint(20, 80), rng.randint(55, 100), rng.choice([0.68, 0.55]), \
        rng.randint(1, 4)
    bac = g / (kg * 1000 * r) * 100 - 0.015 * hrs
    if bac <= 0.005:
        return None
    t = (f"Widmark: BAC% = grams alcohol / (body weight in g × r) × 100 − 0.015 × hours. "
         f"{g} g alcohol, {kg} kg, r = {r}, {hrs} h since drinking. BAC to three decimals?")
    return t, [num(bac, 3, 0.05)]


@d2
def alcohol_free_hours(rng):
    units = rng.randint(3, 14)
    h = rng.randint(19, 23)
    t = (f"I finished drinking at {h}:00 having had {units} units. Say the body needs 1 hour to "
         "absorb it and then clears 1 unit per hour: what time will it all be gone?")
    return t, [clock((h + units + 1) * 60)]


@d2
def caffeine_mg_cups(rng):
    esp, cola, tea = rng.randint(1, 4), rng.randint(0, 3), rng.randint(0, 4)
    mg = esp * 63 + cola * 34 + tea * 47
    t = (f"today: {esp} espresso shots (63 mg each), {cola} cans of cola (34 mg), {tea} cups of "
         "tea (47 mg). total caffeine, and how much left of a 400 mg limit?")
    if mg >= 400:
        return None
    return t, [[f"{mg} mg", f"{mg}mg"], [f"{400 - mg} mg", f"{400 - mg}mg"]]


@d2
def caffeine_bedtime_left(rng):
    mg, hl, hrs = rng.choice(range(80, 320, 10)), rng.choice([5, 6]), rng.choice([5, 6, 10, 12])
    t = (f"Had {mg} mg caffeine at lunch. Half-life {hl} hours. How much is left {hrs} hours "
         "later, in mg to one decimal?")
    return t, [num(mg * 0.5 ** (hrs / hl), 1)]


@d2
def sleep_efficiency(rng):
    bed = rng.randint(420, 570)
    asleep = bed - rng.randint(20, 110)
    t = (f"Sleep tracker: in bed {bed // 60}h {bed % 60}m, actually asleep {asleep // 60}h "
         f"{asleep % 60}m. Sleep efficiency as a percentage, one decimal?")
    return t, [[f"{v}{u}" for v in num(asleep / bed * 100, 1) for u in ("%", " percent")]]


@d2
def wake_time_cycles(rng):
    h, m, cyc = rng.choice([22, 23, 0]), rng.choice([0, 15, 30, 45]), rng.randint(4, 6)
    t = (f"Falling asleep takes me 15 min and a cycle is 90 min. If I go to bed at {h}:{m:02d} "
         f"and want {cyc} full cycles, when should my alarm go off?")
    return t, [clock(h * 60 + m + 15 + 90 * cyc)]


@d2
def nap_end_time(rng):
    h, m, nap = rng.randint(12, 16), rng.randint(0, 59), rng.choice([20, 25, 30, 45, 90])
    t = f"starting a {nap} min nap at {h}:{m:02d}, alarm time?"
    return t, [clock(h * 60 + m + nap)]


@d2
def screen_time_avg(rng):
    days = [rng.randint(90, 420) for _ in range(7)]
    t = ("Screen time this week in minutes Mon–Sun: " + ", ".join(map(str, days)) +
         ". Daily average in hours and minutes (nearest minute)?")
    a = round(sum(days) / 7)
    if abs(sum(days) / 7 - a) > 0.4:
        return None
    return t, [[f"{a // 60}h {a % 60}m", f"{a // 60} h {a % 60} min", f"{a // 60} hours {a % 60} "
                "minutes", f"{a // 60} hours and {a % 60} minutes", f"{a // 60}:{a % 60:02d}",
                f"{a // 60}h{a % 60}min"]]


@d2
def gestational_weeks_days(rng):
    days = rng.randint(40, 280)
    t = (f"My last period started {days} days ago. How far along am I in weeks+days?")
    w, d = divmod(days, 7)
    return t, [[f"{w}+{d}", f"{w} weeks {d} days", f"{w} weeks and {d} days", f"{w}w{d}d"]
               if d else [f"{w} weeks", f"{w}+0", f"{w}w0d"]]


@d2
def weeks_until_due(rng):
    w, d = rng.randint(8, 38), rng.randint(0, 6)
    left = 280 - w * 7 - d
    t = f"I'm {w}+{d} pregnant. How many days until my due date at 40+0?"
    return t, [[f"{left} days"]]


@d2
def formula_scoops(rng):
    ml, bottles = rng.choice([90, 120, 150, 180, 210, 240]), rng.randint(4, 8)
    t = (f"Formula: 1 scoop per 30 ml water. Baby has {bottles} bottles of {ml} ml a day. How "
         "many scoops a day?")
    return t, [[f"{ml // 30 * bottles} scoops"]]


@d2
def baby_ml_per_kg(rng):
    kg, mlkg, feeds = round(rng.uniform(3, 6.5), 1), rng.choice([150, 160, 180]), \
        rng.choice([6, 7, 8])
    t = (f"Baby weighs {kg} kg, needs {mlkg} ml/kg/day in {feeds} feeds. ml per feed? nearest "
         "ml")
    return t, [whole(kg * mlkg / feeds)]


@d2
def baby_growth_per_week(rng):
    g0, days = rng.randint(3000, 4200), rng.choice([14, 21, 28, 35, 42])
    g1 = g0 + rng.randint(200, 1400)
    t = (f"Birth weight {g0} g, {days} days later {g1} g. Average gain per week in grams, "
         "nearest gram?")
    return t, [whole((g1 - g0) / days * 7)]


FAMILIES: list[tuple[Family, int]] = [(f, 8) for f in (
    bmi_stone_feet, bmi_change_after_loss, kg_to_reach_bmi_25, mifflin_female_lb, katch_mcardle,
    activity_factor_tdee, cut_calories_target, hr_zone_range_karvonen, hr_reserve_only,
    pulse_15_seconds, zone2_run_minutes, training_load_increase, wilks_like_ratio,
    pushups_progress, paracetamol_child_dose, ibuprofen_max_day, antibiotic_course_tablets,
    dose_every_8h_schedule, mg_to_ml_syringe, dog_dose_lb, drip_gtt_min, units_in_bottle_wine,
    pints_units_week, bac_widmark, alcohol_free_hours, caffeine_mg_cups, caffeine_bedtime_left,
    sleep_efficiency, wake_time_cycles, nap_end_time, screen_time_avg, gestational_weeks_days,
    weeks_until_due, formula_scoops, baby_ml_per_kg, baby_growth_per_week,
)]
