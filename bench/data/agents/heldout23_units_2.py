"""Round 23 (``I_u_*``, held out) for ``muse bench agents``, units part 2: volume, area,
speed, pressure, energy and power conversions."""

from __future__ import annotations

import random
from typing import Any

from bench.data.agents.heldout23_units import (
    FL_OZ,
    FOOT,
    GAL,
    MILE,
    F,
    Redraw,
    dec,
    fam,
    near,
    num,
    pick,
    show,
    whole,
)
from bench.data.agents.helpers import Family


@fam
def litres_to_us_gallons(rng: random.Random) -> Any:
    litres = rng.randint(4, 400)
    text = pick(rng, f"How many US gallons is {litres} litres? 2 decimals",
                f"my tank holds {litres} L. in US gal that's? (1 US gal = 3.785411784 L, 2 dp)",
                f"convert {litres} liters to gallons (US), round to two decimals")
    return text, num(litres / GAL, 2)


@fam
def us_gallons_to_litres(rng: random.Random) -> Any:
    gal = dec(rng, 1, 30, rng.choice([0, 1]))
    text = pick(rng, f"{show(gal)} US gallons in litres? 2 dp",
                f"I bought {show(gal)} gallons of gas (US). How many litres is that, 2 decimals?",
                f"Convert {show(gal)} gal (US) to L please, two decimal places.")
    return text, num(gal * GAL, 2)


@fam
def imperial_gallons(rng: random.Random) -> Any:
    gal = rng.randint(2, 60)
    text = pick(rng, f"how many litres in {gal} imperial gallons? (1 imp gal = 4.54609 L) 1 dp",
                f"Our water butt holds {gal} UK gallons. In litres to one decimal?")
    return text, num(gal * F("4.54609"), 1)


@fam
def ml_to_fl_oz(rng: random.Random) -> Any:
    ml = rng.choice([100, 150, 200, 250, 330, 355, 375, 440, 500, 568, 600, 750, 1000])
    ml += rng.choice([0, 0, 20, 50])
    what = rng.choice(["bottle", "can", "glass", "carton"])
    text = pick(rng, f"a {ml} ml {what} is how many US fl oz? 1 decimal",
                f"Convert {ml} mL to US fluid ounces (round to 1 dp).")
    return text, num(ml / FL_OZ, 1)


@fam
def fl_oz_to_ml(rng: random.Random) -> Any:
    oz = rng.randint(1, 64) + rng.choice([0, 0, F(1, 2)])
    text = pick(rng, f"{show(oz)} fl oz (US) to ml? whole number",
                f"How many millilitres are in {show(oz)} US fluid ounces? nearest mL")
    return text, num(oz * FL_OZ, 0)


@fam
def uk_pints_ml(rng: random.Random) -> Any:
    pints = rng.randint(1, 40) + rng.choice([0, F(1, 2)])
    text = pick(rng, f"How many ml is {show(pints)} UK pints? (1 UK pint = 568.26125 ml) "
                     f"nearest ml",
                f"{show(pints)} imperial pints of milk in millilitres, to the nearest mL?")
    return text, num(pints * F("568.26125"), 0)


@fam
def cubic_metres_litres(rng: random.Random) -> Any:
    a, b, c = dec(rng, 0.5, 3, 1), dec(rng, 0.3, 2, 1), dec(rng, 0.2, 1, 2)
    text = pick(rng, f"raised bed {show(a)} m x {show(b)} m x {show(c)} m deep - how many litres "
                     f"of soil to fill it?",
                f"How many litres does a box of {show(a)} m by {show(b)} m by {show(c)} m hold?")
    return text, num(a * b * c * 1000, 1)


@fam
def aquarium_gallons(rng: random.Random) -> Any:
    length, width, height = rng.randint(40, 150), rng.randint(25, 60), rng.randint(25, 70)
    litres = F(length * width * height, 1000)
    text = pick(rng, f"My aquarium is {length} x {width} x {height} cm. How many US gallons "
                     "does it hold when full? (1 US gal = 3.785411784 L) 1 decimal",
                f"tank {length}cm long {width}cm wide {height}cm high, volume in US gallons to "
                f"1 dp?")
    return text, num(litres / GAL, 1)


@fam
def sqft_to_sqm(rng: random.Random) -> Any:
    sqft = rng.randint(250, 4500)
    text = pick(rng, f"The apartment is {sqft} sq ft. What's that in square metres? 1 decimal",
                f"convert {sqft} square feet to m2 (1 dp)",
                f"How many m² is a {sqft:,} ft² house? One decimal place.")
    return text, num(sqft * FOOT * FOOT, 1)


@fam
def sqm_to_sqft(rng: random.Random) -> Any:
    sqm = rng.randint(12, 400)
    text = pick(rng, f"{sqm} m2 in square feet? round to the nearest sq ft",
                f"Our flat is {sqm} square metres - how many square feet is that (whole number)?")
    return text, num(sqm / (FOOT * FOOT), 0)


@fam
def acres_hectares(rng: random.Random) -> Any:
    acres = dec(rng, 0.5, 300, rng.choice([0, 1]))
    text = pick(rng, f"{show(acres)} acres is how many hectares? (1 acre = 0.40468564224 ha) 2 dp",
                f"Convert {show(acres)} acres to hectares, two decimals.")
    return text, num(acres * F("0.40468564224"), 2)


@fam
def hectares_acres(rng: random.Random) -> Any:
    ha = dec(rng, 0.2, 150, rng.choice([0, 1]))
    text = pick(rng, f"How many acres is {show(ha)} ha? 2 decimals",
                f"farm of {show(ha)} hectares -> acres? round to 2 dp")
    return text, num(ha / F("0.40468564224"), 2)


@fam
def room_area_sqft(rng: random.Random) -> Any:
    a, b = dec(rng, 2, 8, 1), dec(rng, 2, 6, 1)
    text = pick(rng, f"bedroom is {show(a)} m by {show(b)} m. area in square feet? 1 decimal",
                f"What is the floor area in sq ft of a {show(a)} x {show(b)} metre room? (1 dp)")
    return text, num(a * b / (FOOT * FOOT), 1)


@fam
def kmh_to_mph(rng: random.Random) -> Any:
    kmh = rng.choice([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140]) + rng.randint(0, 9)
    text = pick(rng, f"{kmh} km/h in mph? 1 decimal",
                f"The speed limit here is {kmh} kph. How fast is that in miles per hour (1 dp)?",
                f"convert {kmh} kilometres per hour to mph, one decimal place")
    return text, num(kmh / MILE, 1)


@fam
def mph_to_kmh(rng: random.Random) -> Any:
    mph = rng.randint(15, 90)
    text = pick(rng, f"What's {mph} mph in km/h? 1 decimal",
                f"I was doing {mph} miles per hour, how many km per hour is that? round 1 dp")
    return text, num(mph * MILE, 1)


@fam
def ms_to_kmh(rng: random.Random) -> Any:
    ms = dec(rng, 1, 45, 1)
    text = pick(rng, f"Wind speed {show(ms)} m/s, what is it in km/h?",
                f"convert {show(ms)} metres per second to kilometres per hour")
    return text, num(ms * F(18, 5), 2)


@fam
def kmh_to_ms(rng: random.Random) -> Any:
    kmh = rng.randint(5, 300)
    text = pick(rng, f"{kmh} km/h is how many m/s? 2 decimals",
                f"How fast in metres per second is {kmh} km/h (round to 2 dp)?")
    return text, num(F(kmh * 5, 18), 2)


@fam
def knots_to_kmh(rng: random.Random) -> Any:
    kn = rng.randint(4, 500)
    text = pick(rng, f"{kn} knots in km/h? (1 knot = 1.852 km/h)",
                f"The boat does {kn} kn. What's that in kilometres per hour?")
    return text, [*num(kn * F("1.852"), 3), show(kn * F("1.852"))]


@fam
def psi_to_bar(rng: random.Random) -> Any:
    psi = rng.randint(26, 120)
    text = pick(rng, f"tyre pressure {psi} psi - in bar? (1 bar = 14.5038 psi) 2 dp",
                f"Convert {psi} psi to bar using 1 bar = 14.5038 psi, two decimals.")
    return text, num(psi / F("14.5038"), 2)


@fam
def bar_to_psi(rng: random.Random) -> Any:
    bar = dec(rng, 1.5, 9, 1)
    text = pick(rng, f"My bike pump shows {show(bar)} bar. How many psi is that? "
                     "(1 bar = 14.5038 psi) 1 dp",
                f"{show(bar)} bar to psi, one decimal, use 14.5038 psi per bar")
    return text, num(bar * F("14.5038"), 1)


@fam
def mmhg_to_kpa(rng: random.Random) -> Any:
    mm = rng.randint(60, 200)
    text = pick(rng, f"{mm} mmHg in kPa? (1 mmHg = 0.133322 kPa) 2 decimals",
                f"convert a blood pressure reading of {mm} mmHg to kilopascals, 2 dp, "
                "using 1 mmHg = 0.133322 kPa")
    return text, num(mm * F("0.133322"), 2)


@fam
def hpa_to_inhg(rng: random.Random) -> Any:
    hpa = rng.randint(960, 1045)
    text = pick(rng, f"barometer says {hpa} hPa. In inches of mercury? (1 inHg = 33.8639 hPa) 2 dp",
                f"Convert {hpa} hPa to inHg using 1 inHg = 33.8639 hPa, two decimals.")
    return text, num(hpa / F("33.8639"), 2)


@fam
def atm_to_kpa(rng: random.Random) -> Any:
    atm = dec(rng, 0.5, 10, 2)
    text = pick(rng, f"{show(atm)} atm in kPa? (1 atm = 101.325 kPa) 1 decimal",
                f"How many kilopascals is {show(atm)} atmospheres? 1 dp")
    return text, num(atm * F("101.325"), 1)


@fam
def kcal_to_kj(rng: random.Random) -> Any:
    kcal = rng.randint(40, 3200)
    text = pick(rng, f"{kcal} kcal in kJ? (1 kcal = 4.184 kJ)",
                f"How many kilojoules is {kcal} calories (kcal), using 4.184 kJ per kcal? 1 dp")
    return text, num(kcal * F("4.184"), 1)


@fam
def kj_to_kcal(rng: random.Random) -> Any:
    kj = rng.randint(200, 9000)
    text = pick(rng, f"The label says {kj} kJ per serving. How many kcal is that? "
                     "(1 kcal = 4.184 kJ) nearest whole number",
                f"convert {kj} kilojoules to kcal (4.184 kJ = 1 kcal), round to whole kcal")
    return text, num(kj / F("4.184"), 0)


@fam
def kwh_to_mj(rng: random.Random) -> Any:
    kwh = dec(rng, 0.5, 900, 1)
    text = pick(rng, f"{show(kwh)} kWh in megajoules?",
                f"How many MJ is {show(kwh)} kilowatt-hours?")
    return text, num(kwh * F(36, 10), 2)


@fam
def btu_to_kw(rng: random.Random) -> Any:
    btu = rng.randint(10, 72) * 500
    text = pick(rng, f"My air conditioner is {btu:,} BTU/h. How many kW is that? "
                     "(1 BTU/h = 0.29307 W) 2 dp",
                f"convert {btu} BTU per hour to kilowatts using 1 BTU/h = 0.29307 W, 2 decimals")
    return text, num(btu * F("0.29307") / 1000, 2)


@fam
def hp_to_kw(rng: random.Random) -> Any:
    hp = rng.randint(60, 650)
    text = pick(rng, f"{hp} hp to kW? use 1 hp = 0.7457 kW, 1 decimal",
                f"The car has {hp} horsepower. In kilowatts (1 hp = 0.7457 kW), 1 dp?")
    return text, num(hp * F("0.7457"), 1)


@fam
def wh_to_mah(rng: random.Random) -> Any:
    wh = rng.choice([10, 20, 37, 50, 60, 74, 99, 100, 45, 56])
    v = rng.choice([F("3.7"), F("3.85"), F(5), F("11.1"), F("7.4")])
    text = pick(rng, f"A power bank is rated {wh} Wh at {show(v)} V. What capacity is that in mAh?"
                     " nearest mAh",
                f"convert {wh} Wh to mAh at {show(v)} volts (whole number)")
    return text, num(F(wh) / v * 1000, 0)


@fam
def mah_to_wh(rng: random.Random) -> Any:
    mah = rng.choice([3000, 4500, 5000, 10000, 20000, 26800, 2500, 3200, 4000])
    mah += rng.choice([0, 0, 100, 200])
    v = rng.choice([F("3.7"), F("3.85"), F("3.6")])
    text = pick(rng, f"{mah} mAh battery at {show(v)} V - how many Wh? 2 decimals",
                f"Airline limit is in Wh. My battery is {mah:,} mAh, {show(v)} V. "
                "What's that in watt-hours (2 dp)?")
    return text, num(F(mah, 1000) * v, 2)


@fam
def joules_lifting(rng: random.Random) -> Any:
    kg, h = rng.randint(2, 120), dec(rng, 0.5, 20, 1)
    text = pick(rng, f"How much energy in joules to lift {kg} kg by {show(h)} m? use g = 9.81 m/s²",
                f"potential energy of a {kg} kg mass raised {show(h)} metres (g = 9.81) in J?")
    joules = kg * h * F("9.81")
    return text, num(joules, 2) + ([] if near(joules, 0) else whole(round(joules)))


@fam
def cc_to_cubic_inches(rng: random.Random) -> Any:
    cc = rng.randint(10, 650) * 10
    text = pick(rng, f"Engine is {cc} cc, how many cubic inches? (1 in³ = 16.387064 cc) 1 dp",
                f"convert {cc} cm3 to cubic inches, 1 decimal")
    return text, num(cc / F("16.387064"), 1)


@fam
def cubic_feet_litres(rng: random.Random) -> Any:
    cf = dec(rng, 1, 30, 1)
    what = rng.choice(["fridge", "freezer", "washing machine drum", "suitcase"])
    text = pick(rng, f"A {show(cf)} cu ft {what} - how many litres is that? 1 decimal",
                f"convert {show(cf)} cubic feet to liters (1 dp)")
    return text, num(cf * FOOT**3 * 1000, 1)


@fam
def speed_of_pace(rng: random.Random) -> Any:
    m, s = rng.randint(4, 8), rng.randint(0, 59)
    pace = F(m * 60 + s, 60)
    text = pick(rng, f"if I run {m}:{s:02d} per km, what speed is that in km/h? 2 decimals",
                f"Pace {m} min {s} s per kilometre = how many km/h? (round to 2 dp)")
    return text, num(60 / pace, 2)


@fam
def kmh_to_pace(rng: random.Random) -> Any:
    kmh = dec(rng, 7, 18, 1)
    sec = F(3600) / kmh
    if near(sec, 0):
        raise Redraw
    m, s = divmod(round(sec), 60)
    text = pick(rng, f"Treadmill is at {show(kmh)} km/h. What's my pace per km (min:sec, "
                     "nearest second)?",
                f"{show(kmh)} km/h -> pace in minutes and seconds per km, nearest second")
    return text, [f"{m}:{s:02d}", f"{m}min{s}s", f"{m}min{s}sec", f"{m}m{s}s",
                  f"{m}minutes{s}seconds", f"{m}minutesand{s}seconds"]


@fam
def pace_km_to_mile(rng: random.Random) -> Any:
    m, s = rng.randint(4, 7), rng.randint(0, 59)
    sec = (m * 60 + s) * MILE
    if near(sec, 0):
        raise Redraw
    mm, ss = divmod(round(sec), 60)
    text = pick(rng, f"My pace is {m}:{s:02d} min/km. What is that per mile? "
                     "(1 mile = 1.609344 km) nearest second",
                f"convert a {m}'{s:02d}\" per km pace to min per mile, to the second")
    return text, [f"{mm}:{ss:02d}", f"{mm}min{ss}s", f"{mm}min{ss}sec", f"{mm}m{ss}s",
                  f"{mm}minutes{ss}seconds", f"{mm}minutesand{ss}seconds"]


@fam
def water_pressure_head(rng: random.Random) -> Any:
    m = rng.randint(3, 120)
    text = pick(rng, f"How many bar of pressure is a {m} m column of water? (10 m of water = "
                     "0.980665 bar) 3 decimals",
                f"water tank {m} metres above the tap: pressure in bar if 10 m head = 0.980665 "
                "bar? 3 dp")
    return text, num(m * F("0.0980665"), 3)


@fam
def watts_to_amps(rng: random.Random) -> Any:
    w = rng.choice([60, 100, 500, 750, 900, 1200, 1500, 1800, 2000, 2200, 2400, 3000])
    v = rng.choice([110, 120, 220, 230, 240])
    text = pick(rng, f"A {w} W kettle on {v} V draws how many amps? 2 decimals",
                f"current drawn by a {w} watt heater at {v} volts (amps, 2 dp)?")
    return text, num(F(w, v), 2)


@fam
def amps_volts_watts(rng: random.Random) -> Any:
    a, v = dec(rng, 0.5, 16, 1), rng.choice([5, 12, 20, 110, 120, 230, 240])
    text = pick(rng, f"{show(a)} A at {v} V is how many watts?",
                f"My charger puts out {v} V at {show(a)} amps. What's the wattage?")
    return text, num(a * v, 1)


@fam
def lux_lumens(rng: random.Random) -> Any:
    lm, area = rng.randint(300, 5000), dec(rng, 2, 30, 1)
    text = pick(rng, f"{lm} lumens spread evenly over {show(area)} m2 - how many lux? 1 decimal",
                f"What illuminance (lux) does a {lm} lm lamp give over {show(area)} square metres "
                "if spread evenly? 1 dp")
    return text, num(lm / area, 1)


@fam
def gas_m3_to_kwh(rng: random.Random) -> Any:
    m3 = rng.randint(20, 400)
    cv = rng.choice([F("39.2"), F("39.5"), F("38.9"), F("40.1")])
    text = pick(rng, f"Used {m3} m³ of gas. kWh = m³ x 1.02264 x {show(cv)} / 3.6 - how many kWh? "
                     "1 dp",
                f"gas meter: {m3} cubic metres, calorific value {show(cv)}, volume correction "
                "1.02264. kWh (= m3 x 1.02264 x CV / 3.6), 1 decimal?")
    return text, num(m3 * F("1.02264") * cv / F("3.6"), 1)


@fam
def decibel_ratio(rng: random.Random) -> Any:
    db = rng.randint(1, 45)
    text = pick(rng, f"how many times more power is a {db} dB increase? (ratio = 10^(dB/10)) "
                     "2 decimals",
                f"A sound is {db} dB louder - by what power ratio is that? 10^(dB/10), 2 dp")
    ratio = 10 ** (db / 10)
    return text, [*num(F(ratio).limit_denominator(10**9), 2), *whole(round(ratio))] \
        if db % 10 == 0 else num(F(ratio).limit_denominator(10**9), 2)


@fam
def tonnes_per_ha(rng: random.Random) -> Any:
    kg, acres = rng.randint(2000, 90000), dec(rng, 1, 50, 1)
    text = pick(rng, f"We harvested {kg:,} kg from {show(acres)} acres. Yield in tonnes per "
                     f"hectare? "
                     "(1 acre = 0.40468564224 ha) 2 dp",
                f"{kg} kg off {show(acres)} acres -> t/ha to 2 decimals (acre = 0.40468564224 ha)")
    return text, num(F(kg, 1000) / (acres * F("0.40468564224")), 2)


@fam
def whole_litres_cups(rng: random.Random) -> Any:
    litres = dec(rng, 0.5, 5, 1)
    cup = rng.choice([250, 240])
    text = pick(rng, f"how many {cup} ml cups in {show(litres)} litres? 2 dp",
                f"{show(litres)} L of stock - how many cups is that if a cup is {cup} mL? 2 dp")
    value = litres * 1000 / cup
    return text, num(value, 2) if value.denominator != 1 else whole(int(value)) + num(value, 2)


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    litres_to_us_gallons, us_gallons_to_litres, imperial_gallons, ml_to_fl_oz, fl_oz_to_ml,
    uk_pints_ml, cubic_metres_litres, aquarium_gallons, sqft_to_sqm, sqm_to_sqft,
    acres_hectares, hectares_acres, room_area_sqft, kmh_to_mph, mph_to_kmh, ms_to_kmh,
    kmh_to_ms, knots_to_kmh, psi_to_bar, bar_to_psi, mmhg_to_kpa, hpa_to_inhg, atm_to_kpa,
    kcal_to_kj, kj_to_kcal, kwh_to_mj, btu_to_kw, hp_to_kw, wh_to_mah, mah_to_wh,
    joules_lifting, cc_to_cubic_inches, cubic_feet_litres, speed_of_pace, kmh_to_pace,
    pace_km_to_mile, water_pressure_head, watts_to_amps, amps_volts_watts, lux_lumens,
    gas_m3_to_kwh, decibel_ratio, tonnes_per_ha, whole_litres_cups)]
