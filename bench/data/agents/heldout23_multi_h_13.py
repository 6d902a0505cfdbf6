"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 13: resting heart rate, protein, baby weights, VAT and gallons, bus timings, curtains, wine, mpg, grocery lists, BMI lists, presents, road trips, rounding down and train speeds."""
# ruff: noqa: E501

from __future__ import annotations

from bench.data.agents.heldout23_multi_h import (
    F,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    sh,
)
from bench.data.agents.heldout23_multi_h_5 import unit
from bench.data.agents.helpers import Family


@fam
def resting_hr_reserve(rng):
    hrs = [rng.randint(52, 78) for _ in range(rng.randint(5, 7))]
    age = rng.randint(25, 65)
    avg = F(sum(hrs), len(hrs))
    reserve = 220 - age - avg
    if near(avg, 1) or near(reserve, 1):
        return None
    t = rng.choice([
        f"My resting heart rate this week: {', '.join(map(str, hrs))}. What's the average (1 dp)? And my heart-rate reserve, i.e. (220 - age) minus that average, if I'm {age} (1 dp)?",
        f"resting HR readings {' / '.join(map(str, hrs))}. mean? then HRR = (220-{age}) - mean, 1 decimal",
    ])
    return t, [num(avg, 1), num(reserve, 1)]


@fam
def protein_target(rng):
    lb = rng.randint(110, 240)
    g = F(rng.choice([12, 14, 16, 18, 20, 22]), 10)
    kg = lb * F("0.4536")
    prot = kg * g
    kcal = rnd(prot, 0) * 4
    if near(kg, 1) or near(prot, 0):
        return None
    t = rng.choice([
        f"I weigh {lb} lb (1 lb = 0.4536 kg). At {sh(g)} g of protein per kg, how many grams a day (nearest gram)? And how many kcal is that at 4 kcal per gram?",
        f"protein goal: {sh(g)} g/kg bodyweight, me = {lb} lbs (x0.4536). grams per day (whole number)? calories from it (4 per g)?",
    ])
    return t, [unit(prot, ["g", "grams"], 0), list(dict.fromkeys(unit(kcal, ["kcal", "calories"], 0) + unit(prot * 4, ["kcal", "calories"], 0)))]


@fam
def baby_weight_gain(rng):
    lb, oz = rng.randint(5, 9), rng.randint(0, 15)
    now = F(rng.randint(45, 95), 10)
    birth = lb * F("0.4536") + oz * F("0.02835")
    gain = now - birth
    if near(birth) or near(gain) or rnd(gain) != rnd(now - rnd(birth)):
        return None
    t = rng.choice([
        f"Our baby was {lb} lb {oz} oz at birth. In kg that's? (1 lb = 0.4536 kg, 1 oz = 0.02835 kg, 2 dp) She's now {sh(now)} kg - how much has she gained?",
        f"birth weight {lb}lb {oz}oz -> kg (0.4536/lb, 0.02835/oz, 2 dp), then gain to today's {sh(now)} kg",
    ])
    return t, [unit(birth, ["kg"]), unit(gain, ["kg"])]


@fam
def vat_and_gallons(rng):
    vat = rng.choice([5, 7, 14, 19, 21])
    net = F(rng.randint(1500, 25000), 100)
    gal = rng.randint(2, 15)
    v = net * vat / 100
    lit = gal * F("4.546")
    if near(v):
        return None
    t = rng.choice([
        f"What's {vat}% VAT on {dp(net)}? And, totally different, how many litres in {gal} UK gallons (4.546 L each)?",
        f"{vat}% of {dp(net)} as VAT? also {gal} imperial gallons in litres, use 4.546",
    ])
    return t, [num(v), unit(lit, ["l", "litres", "liters", "L"], 3)]


@fam
def lcm_and_percent(rng):
    a, b = rng.sample([4, 6, 8, 9, 10, 12, 14, 15, 18, 20], 2)
    from math import lcm
    p, base = rng.choice([15, 35, 40, 45, 60]), rng.randint(21, 199)
    t = rng.choice([
        f"Buses leave every {a} and {b} minutes from the same stop - after how many minutes do they next leave together? Also what's {p}% of {base}?",
        f"lcm of {a} and {b}? and {p} percent of {base}",
    ])
    return t, [[f"{lcm(a, b)} minutes", f"{lcm(a, b)} min", f"lcm is {lcm(a, b)}", f"= {lcm(a, b)}", f"lcm({a},{b})={lcm(a, b)}", f"after {lcm(a, b)}"], num(F(p * base, 100))]


@fam
def curtain_fabric(rng):
    per = F(rng.randint(18, 45), 10)
    n = rng.randint(2, 6)
    price = F(rng.randint(599, 2499), 100)
    tot_m = per * n
    cost = tot_m * price
    if near(cost):
        return None
    t = rng.choice([
        f"Each curtain needs {sh(per)} m of fabric and I'm making {n}. How many metres in total, and then what does it cost at {dp(price)} a metre?",
        f"{n} curtains x {sh(per)}m fabric -> total m, then cost @ {dp(price)}/m",
    ])
    return t, [unit(tot_m, ["m", "metres", "meters"], 2), num(cost)]


@fam
def wine_glasses_bottles(rng):
    bottle = rng.choice([700, 750, 1000])
    glass = rng.choice([125, 150, 175, 250])
    guests = rng.randint(8, 40)
    each = rng.choice([2, 3])
    per = bottle // glass
    bottles = -(-(guests * each) // per)
    t = rng.choice([
        f"How many full {glass} ml glasses from a {bottle} ml bottle? Then for {guests} guests having {each} glasses each, how many bottles do I need?",
        f"party drinks: {bottle}ml bottle, {glass}ml pours -> full glasses per bottle? bottles for {guests} people x {each} glasses?",
    ])
    return t, [[f"{per} glasses", f"{per} full glasses", f"{per}glasses"], [f"{bottles} bottles", f"{bottles}bottles"]]


@fam
def mpg_to_l100(rng):
    mpg = rng.randint(28, 62)
    km = rng.randint(120, 900)
    l100 = F("282.48") / mpg
    litres = rnd(l100) * km / 100
    litres2 = l100 * km / 100
    if near(l100) or near(litres, 1) or near(litres2, 1) or rnd(litres, 1) != rnd(litres2, 1):
        return None
    t = rng.choice([
        f"My car does {mpg} mpg (UK). Convert to L/100km using 282.48 / mpg (2 dp), then how many litres for a {km} km trip (1 dp)?",
        f"{mpg} mpg -> l/100km (282.48/mpg, 2 dp), then fuel needed for {km}km (1 dp)",
    ])
    return t, [num(l100), unit(litres, ["l", "litres", "liters", "L"], 1)]


@fam
def grocery_numbered_mix(rng):
    lb = F(rng.choice([125, 175, 200, 225, 250, 275, 300, 350]), 100)
    oz = rng.choice([6, 8, 12, 14, 18, 20])
    f = rng.choice([325, 350, 375, 400, 425])
    perkg = F(rng.randint(89, 299), 100)
    kg = lb * F("0.4536")
    g = oz * F("28.35")
    c = F(f - 32) * 5 / 9
    cost = rnd(kg) * perkg
    if near(kg) or near(g, 1) or near(c, 1) or near(cost) or rnd(cost) != rnd(kg * perkg):
        return None
    t = rng.choice([
        f"1. {sh(lb)} lb potatoes in kg (0.4536, 2 dp)\n2. {oz} oz cheese in g (28.35, 1 dp)\n3. {f}F in C (1 dp)\n4. cost of the potatoes at {dp(perkg)}/kg",
        f"US recipe help:\n- {sh(lb)} lb -> kg using 0.4536 (2 dp)\n- {oz} oz -> g using 28.35\n- {f} °F -> °C (1 dp)\n- and the potatoes cost {dp(perkg)} per kg, so how much?",
    ])
    return t, [num(kg), num(g, 1), num(c, 1), num(cost)]


@fam
def bmi_lb_water_list(rng):
    m = F(rng.randint(150, 195), 100)
    kg = rng.randint(50, 110)
    ml = rng.choice([30, 35])
    bmi = kg / m ** 2
    lb = kg * F("2.2046")
    if near(bmi) or near(lb, 1):
        return None
    t = rng.choice([
        f"a) my BMI at {dp(m)} m and {kg} kg (2 dp)\nb) {kg} kg in lb (2.2046, 1 dp)\nc) daily water at {ml} ml per kg, in litres",
        f"Please work out: BMI ({kg}kg, {dp(m)}m, 2 dp), my weight in pounds (x2.2046, 1 dp), and water target at {ml} mL/kg",
    ])
    w = F(kg * ml, 1000)
    return t, [num(bmi), num(lb, 1), [f"{v} {u}" for v in num(w, 3) + num(w, 2) for u in ("l", "litres", "liters", "L")]]


@fam
def birthday_present_story(rng):
    gift = F(rng.randint(6000, 25000), 100)
    card = F(rng.randint(250, 650), 100)
    people = rng.randint(2, 5)
    already = F(rng.randint(1000, 4000), 100)
    each = (gift + card) / people
    if near(each) or rnd(each) <= already:
        return None
    t = rng.choice([
        f"My {'brother and I' if people == 2 else f'siblings and I ({people} of us)'} are getting mum a present for {dp(gift)} and a card for {dp(card)}. I already put in {dp(already)} toward it. What's each person's equal share, and how much more do I still owe?",
        f"gift {dp(gift)} + card {dp(card)}, split {people} ways equally. my share? i've paid {dp(already)} so far - still owe?",
    ])
    return t, [num(each), num(rnd(each) - already)]


@fam
def road_trip_arrival(rng):
    dh, dm = rng.randint(5, 11), rng.choice([0, 10, 15, 20, 30, 45, 50])
    km = rng.randint(150, 700)
    speed = rng.choice([80, 90, 95, 100, 110, 120])
    stops = rng.choice([20, 30, 40, 45, 60])
    use = F(rng.randint(55, 95), 10)
    drive = F(km * 60, speed)
    if drive.denominator != 1:
        return None
    fuel = km * use / 100
    if near(fuel, 1):
        return None
    t = rng.choice([
        f"Leaving at {dh}:{dm:02d} tomorrow for the coast. It's {km} km, we average {speed} km/h, and we'll stop for {stops} minutes in total. When do we arrive? The car uses {sh(use)} L/100km - how much fuel (1 dp)?",
        f"depart {dh:02d}:{dm:02d}, {km} km at {speed} km/h plus {stops} min of breaks -> arrival time? fuel at {sh(use)}L/100km?",
    ])
    return t, [clock(dh * 60 + dm + int(drive) + stops), unit(fuel, ["l", "litres", "liters", "L"], 1)]


@fam
def split_round_down_left(rng):
    amt = rng.randint(50, 500)
    n = rng.choice([3, 6, 7, 9, 11, 12])
    each = F(int(F(amt * 100, n)), 100)
    left = amt - each * n
    if left == 0:
        return None
    t = rng.choice([
        f"Splitting {amt} between {n} people, each share rounded DOWN to the cent. How much each, and how much is left over?",
        f"{amt} / {n} ppl, round down to the cent each. share? remainder?",
    ])
    return t, [num(each), num(left)]


@fam
def speed_from_miles_minutes(rng):
    mi = rng.randint(5, 90)
    mins = rng.choice([15, 20, 25, 30, 35, 40, 45, 50, 55, 70, 80, 90])
    km = mi * F("1.609")
    kmh = km / F(mins, 60)
    if near(km, 1) or near(kmh, 1) or rnd(kmh, 1) != rnd(rnd(km, 1) / F(mins, 60), 1):
        return None
    t = rng.choice([
        f"Convert {mi} miles to km (use 1.609, 1 dp). I covered it in {mins} minutes on the train - average speed in km/h, to 1 dp?",
        f"{mi} mi in km (x1.609)? then speed if it took {mins} min, in km/h (1 dp)",
    ])
    return t, [unit(km, ["km"], 1), unit(kmh, ["km/h", "kph"], 1)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    resting_hr_reserve, protein_target, baby_weight_gain, vat_and_gallons, lcm_and_percent,
    curtain_fabric, wine_glasses_bottles, mpg_to_l100, grocery_numbered_mix, bmi_lb_water_list,
    birthday_present_story, road_trip_arrival, split_round_down_left, speed_from_miles_minutes,
)]
