"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 5: science, vehicles,
hobbies and geometry around the house: a formula worked out, then a conversion or a follow-on
figure from the first answer."""

from __future__ import annotations

import math
import random

from bench.data.agents.heldout18_multi_common import (
    FT,
    MILE,
    F,
    Made,
    cash,
    family,
    num,
    pick,
    r2,
    same,
)
from bench.data.agents.helpers import Family


@family
def thunder_storm_approach(rng: random.Random) -> Made:
    t1 = rng.randint(9, 30)
    t2 = rng.randint(2, t1 - 3)
    gap = rng.choice([3, 4, 5, 6, 10])
    d1, d2 = F(t1 * 343, 1000), F(t2 * 343, 1000)
    text = (f"Counted {t1} seconds between lightning and thunder. {gap} minutes later it was only "
            f"{t2} seconds. Using sound at 343 m/s: how far away was the first strike in km and in "
            "miles (2 dp each), and how fast is the storm coming toward us in km/h (1 dp)?")
    return text, [num(d1, 2), num(d1 / MILE, 2), num((d1 - d2) / gap * 60, 1)]


@family
def ev_vs_petrol_year(rng: random.Random) -> Made:
    km, kwh = rng.randrange(6000, 30001, 500), F(rng.randint(140, 220), 10)
    elec, mpg = F(rng.randint(10, 40), 100), rng.randint(22, 45)
    gas = F(rng.randrange(280, 520), 100)
    ev = km * kwh / 100 * elec
    petrol = km / MILE / mpg * gas
    text = (f"I drive {km:,} km a year. EV option: {float(kwh):g} kWh per 100 km at "
            f"${float(elec):.2f}/kWh. Petrol option: {mpg} mpg (US) at ${float(gas):.2f} a gallon."
            " Yearly fuel cost for each, and how much cheaper per year is the cheaper option?")
    if abs(petrol - ev) < 5:
        return None
    return text, [cash(ev), cash(petrol), same(cash(abs(petrol - ev)),
                                               cash(abs(r2(petrol) - r2(ev))))]


@family
def fuel_range_stops(rng: random.Random) -> Made:
    tank, mpg = rng.randint(10, 22), rng.randint(18, 48)
    trip = rng.randrange(400, 4001, 10)
    rng_km = tank * mpg * MILE
    stops = math.ceil(trip / rng_km) - 1
    if abs(trip / rng_km - round(trip / rng_km)) < 0.02:
        return None
    text = pick(rng, f"My car does {mpg} mpg with a {tank}-gallon tank. What's a full tank's range "
                     f"in km (nearest km)? We're driving {trip:,} km, starting full - how many "
                     "times must we stop to refuel at least, if we only fill up when empty?",
                f"range in km of a {tank} gal tank at {mpg} mpg (nearest km), and the minimum "
                f"number of refuelling stops on a {trip} km trip starting with a full tank")
    return text, [num(rng_km, 0), [f"{stops} stop", f"{stops} refuel", f"{stops} time",
                                   f"{stops} fuel stop", f"{stops} refuelling stop"]]


@family
def sailing_knots_time(rng: random.Random) -> Made:
    knots, nm = F(rng.randint(40, 160), 10), rng.randint(8, 120)
    text = (f"Our boat cruises at {float(knots):g} knots. What's that in km/h (1 knot = 1.852 "
            f"km/h, 2 dp)? And how long, in minutes (nearest minute), to cover {nm} nautical "
            "miles?")
    return text, [num(knots * F("1.852"), 2), num(nm / knots * 60, 0)]


@family
def tyre_size_revs(rng: random.Random) -> Made:
    width, aspect, rim = rng.choice([195, 205, 215, 225, 235, 245, 255]), \
        rng.choice([40, 45, 50, 55, 60, 65]), rng.choice([15, 16, 17, 18, 19])
    dia = rim + 2 * width * aspect / 100 / 25.4
    text = (f"Tyre size {width}/{aspect}R{rim}. What's the overall diameter in inches (2 dp)? "
            "Sidewall = width x aspect%, and 25.4 mm per inch. Then how many revolutions does it "
            "make per mile (nearest whole)?")
    return text, [num(dia, 2), num(63360 / (math.pi * dia), 0)]


@family
def model_railway_scale(rng: random.Random) -> Made:
    scale, name = rng.choice([(87, "HO"), (160, "N"), (76, "OO"), (220, "Z")])
    length, kmh = F(rng.randint(120, 260), 10), rng.choice([60, 80, 100, 120, 140, 160])
    text = (f"Building a layout in {name} scale (1:{scale}). The real loco is {float(length):g} "
            "m long - how long should the model be in cm (1 dp)? And to look like it's doing "
            f"{kmh} km/h, how fast should the model move in cm per second (1 dp)?")
    return text, [num(length * 100 / scale, 1), num(F(kmh * 100000, 3600 * scale), 1)]


@family
def note_frequency_wavelength(rng: random.Random) -> Made:
    n = rng.choice([k for k in range(-12, 16) if k])
    freq = 440 * 2 ** (n / 12)
    word = f"{abs(n)} semitones {'above' if n > 0 else 'below'}"
    text = (f"Music theory + physics: what's the frequency of the note {word} A4 = 440 Hz in "
            "equal temperament (2 dp)? And its wavelength in air at 343 m/s, in cm to 1 dp?")
    return text, [num(freq, 2), num(34300 / freq, 1)]


@family
def photo_dpi_print(rng: random.Random) -> Made:
    w, h = rng.choice([(6000, 4000), (4032, 3024), (5472, 3648), (3000, 2000), (4608, 3456)])
    dpi = rng.choice([150, 200, 240, 300])
    text = pick(rng, f"My photo is {w} x {h} pixels. Printed at {dpi} dpi, how big is the print "
                     "in inches (2 dp), and in cm (1 dp)?",
                f"print size question - {w}x{h} px at {dpi} DPI: width and height in inches "
                "to 2 decimals, and in centimetres to 1 decimal please")
    return text, [num(F(w, dpi), 2), num(F(h, dpi), 2), num(F(w, dpi) * F("2.54"), 1),
                  num(F(h, dpi) * F("2.54"), 1)]


@family
def acre_hectare_price(rng: random.Random) -> Made:
    acres, price = F(rng.randint(5, 400), 10), rng.randrange(2000, 25001, 250)
    ha = acres * F("0.40468564224")
    text = (f"A {float(acres):g}-acre plot is listed at ${price:,} per acre. How many hectares is "
            "that (2 dp), and what's the price per hectare in euros (1 acre = 0.40468564224 ha, "
            "1 EUR = 1.17 USD)?")
    return text, [num(ha, 2), cash(price / F("0.40468564224") / F("1.17"))]


@family
def hexagon_patio_pavers(rng: random.Random) -> Made:
    side, paver = F(rng.randint(12, 40), 10), rng.choice([F("0.09"), F("0.16"), F("0.25")])
    area = 3 * math.sqrt(3) / 2 * float(side) ** 2
    need = math.ceil(area * 1.1 / float(paver) - 1e-9)
    if need != math.ceil(round(area, 2) * 1.1 / float(paver) - 1e-9):
        return None
    text = (f"I'm laying a regular hexagon patio with {float(side):g} m sides. What's its area in "
            f"m\u00b2 (2 dp)? Pavers are {float(paver):g} m\u00b2 each and I want 10% extra for "
            "cuts - how many pavers should I buy?")
    return text, [num(area, 2), [f"{need} pavers", f"{need} pieces"]]


@family
def roof_shingle_bundles(rng: random.Random) -> Made:
    w, length, rise = rng.randint(20, 40), rng.randint(30, 60), rng.randint(4, 12)
    slope = math.sqrt(144 + rise * rise) / 12
    area = w * length * slope
    bundles = math.ceil(area / 100 * 3 - 1e-9)
    if bundles != math.ceil(round(area) / 100 * 3 - 1e-9):
        return None
    text = (f"Simple gable roof over a {w} ft x {length} ft footprint, pitch {rise}/12 (ignore "
            "overhangs). Roof area = footprint x sqrt(12\u00b2 + rise\u00b2)/12. What's the area "
            f"in square feet (nearest whole), and how many shingle bundles at 3 per 100 sq ft?")
    return text, [num(area, 0), [f"{bundles} bundles"]]


@family
def pizza_slice_crust(rng: random.Random) -> Made:
    d, slices = rng.choice([10, 12, 14, 16, 18]), rng.choice([6, 8, 10, 12])
    text = pick(rng, f"{d}-inch pizza cut into {slices} equal slices. Area of one slice in square "
                     "inches (1 dp)? And the length of crust on each slice (arc length, 2 dp)?",
                f"for a {d} inch pizza with {slices} slices what's each slice's area (sq in, 1 "
                "decimal) and its crust edge length in inches (2 decimals)")
    return text, [num(math.pi * d * d / 4 / slices, 1), num(math.pi * d / slices, 2)]


@family
def wheelchair_ramp(rng: random.Random) -> Made:
    rise, ratio = rng.randint(6, 36), rng.choice([12, 14, 15, 16, 20])
    run_in = rise * ratio
    length_m = math.hypot(run_in, rise) * 0.0254
    text = (f"Building a ramp for a {rise}-inch step at a 1:{ratio} slope (1 inch up per {ratio} "
            "inches along). How long is the horizontal run in feet (2 dp)? What's the sloping "
            "surface length in metres (2 dp)? And the angle in degrees (2 dp)?")
    return text, [num(F(run_in, 12), 2), num(length_m, 2),
                  num(math.degrees(math.atan(1 / ratio)), 2)]


@family
def hikers_law_of_cosines(rng: random.Random) -> Made:
    v1, v2, hours = rng.randint(3, 6), rng.randint(3, 6), F(rng.randint(2, 8), 2)
    angle = rng.choice([40, 50, 60, 70, 75, 80, 100, 110, 120, 135])
    a, b = float(v1 * hours), float(v2 * hours)
    d = math.sqrt(a * a + b * b - 2 * a * b * math.cos(math.radians(angle)))
    text = (f"Two hikers leave the same hut, one at {v1} km/h and one at {v2} km/h, on straight "
            f"paths {angle}\u00b0 apart. After {float(hours):g} hours how far apart are they (km, "
            "2 dp)? And in miles (2 dp)?")
    return text, [num(d, 2), num(d / float(MILE), 2)]


@family
def braking_distance(rng: random.Random) -> Made:
    mph, decel = rng.choice([20, 25, 30, 40, 50, 60, 70]), F(rng.randint(50, 90), 10)
    v = mph * MILE * 1000 / 3600
    dist = v * v / (2 * decel)
    text = (f"Physics homework: a car at {mph} mph brakes at a constant "
            f"{float(decel):g} m/s\u00b2. Convert the speed to m/s (2 dp), then find the braking "
            "distance v\u00b2/(2a) in metres and in feet (1 dp each).")
    return text, [num(v, 2), num(dist, 1), num(dist / FT, 1)]


@family
def earthquake_ratio(rng: random.Random) -> Made:
    m1 = F(rng.randint(40, 75), 10)
    m2 = m1 + F(rng.randint(5, 20), 10)
    diff = float(m2 - m1)
    text = (f"How much bigger is a magnitude {float(m2):g} quake than a {float(m1):g}? Give the "
            "ratio of wave amplitudes (10^diff, 1 dp) and of energy released (10^(1.5 x diff), "
            "nearest whole number).")
    return text, [num(10 ** diff, 1), num(10 ** (1.5 * diff), 0)]


@family
def decibel_sources(rng: random.Random) -> Made:
    level, n = rng.randint(55, 95), rng.randint(2, 12)
    total = level + 10 * math.log10(n)
    text = pick(rng, f"One machine in the workshop measures {level} dB. If {n} identical machines "
                     "run at once, what's the combined level (L + 10 log10 n, 1 dp)? And by what "
                     "factor has the sound intensity gone up compared with one machine?",
                f"{n} identical {level} dB sources together: total dB to 1 decimal, plus how "
                "many times the intensity of a single source")
    return text, [num(total, 1), [f"{n} times", f"{n}x", f"factor of {n}", f"{n}-fold"]]


@family
def ph_and_poh(rng: random.Random) -> Made:
    mant, exp = F(rng.randint(11, 99), 10), rng.randint(2, 12)
    conc = float(mant) * 10 ** -exp
    ph = -math.log10(conc)
    text = (f"Chem lab: [H+] = {float(mant):g} x 10^-{exp} mol/L. Find the pH (2 dp) and the pOH "
            "at 25 \u00b0C (14 - pH, 2 dp).")
    return text, [num(ph, 2), num(14 - ph, 2)]


@family
def boat_river_crossing(rng: random.Random) -> Made:
    boat, current, width = rng.randint(3, 9), rng.randint(1, 5), rng.randrange(60, 501, 10)
    speed = math.hypot(boat, current)
    text = (f"A boat heads straight across a {width} m river at {boat} m/s while the current "
            f"flows at {current} m/s. Resultant speed (2 dp)? How many seconds to cross (1 dp), "
            "and how far downstream does it land (1 dp, metres)?")
    return text, [num(speed, 2), num(F(width, boat), 1), num(F(width * current, boat), 1)]


@family
def water_heater_energy(rng: random.Random) -> Made:
    litres, t0, t1 = rng.choice([50, 80, 100, 120, 150, 200]), rng.randint(8, 18), \
        rng.randint(50, 65)
    price = F(rng.randint(12, 40), 100)
    kwh = F(litres) * F("4.186") * (t1 - t0) / 3600
    text = (f"How much energy to heat a tank of {litres} L from {t0} \u00b0C to {t1} \u00b0C? Use "
            "4.186 kJ per kg per \u00b0C, 1 L = 1 kg and 3600 kJ per kWh; give kWh to 2 dp. Then "
            f"the cost at \u20ac{float(price):.2f} per kWh.")
    return text, [num(kwh, 2), same(cash(kwh * price), cash(r2(kwh) * price))]


@family
def download_time_storage(rng: random.Random) -> Made:
    gb, mbps = F(rng.randint(15, 900), 10), rng.choice([25, 50, 80, 100, 200, 300, 500])
    minutes = gb * 8000 / mbps / 60
    free = rng.randint(64, 512)
    text = (f"Downloading a {float(gb):g} GB game with {mbps} Mbps internet (1 GB = 8000 "
            f"megabits). How many minutes will it take (1 dp)? And how many copies of that size "
            f"fit on a {free} GB drive?")
    return text, [num(minutes, 1), [f"{int(free // gb)} copies", f"{int(free // gb)} of"]]


@family
def appliance_amps_cost(rng: random.Random) -> Made:
    watts, volts = rng.choice([800, 1200, 1500, 2000, 2200, 2500, 3000]), rng.choice([230, 120])
    hours, price = F(rng.randint(2, 30), 10), F(rng.randint(12, 40), 100)
    text = (f"My heater is {watts} W on a {volts} V supply. What current does it draw (amps, 2 dp)"
            f"? If it runs {float(hours):g} hours a day, how many kWh a week, and what's that a "
            f"week at ${float(price):.2f}/kWh?")
    kwh = F(watts, 1000) * hours * 7
    return text, [num(F(watts, volts), 2), num(kwh, 2), cash(kwh * price)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    thunder_storm_approach, ev_vs_petrol_year, fuel_range_stops, sailing_knots_time,
    tyre_size_revs, model_railway_scale, note_frequency_wavelength, photo_dpi_print,
    acre_hectare_price, hexagon_patio_pavers, roof_shingle_bundles, pizza_slice_crust,
    wheelchair_ramp, hikers_law_of_cosines, braking_distance, earthquake_ratio, decibel_sources,
    ph_and_poh, boat_river_crossing, water_heater_energy, download_time_storage,
    appliance_amps_cost)]
