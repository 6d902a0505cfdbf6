"""Round 21 (``F_u_*``, dev now) for ``muse bench agents``, units part 1: shared helpers and
everyday conversions of length, mass, volume, area, speed, pressure, energy and power."""

from __future__ import annotations

import random
from collections.abc import Callable
from fractions import Fraction as F
from typing import Any

from bench.data.agents.helpers import Family, fresh, item

Made = tuple[str, list[list[str]]] | None


class Redo(Exception):
    """Raised by a family when a drawn value sits on or near a rounding tie."""


def group(digits: str) -> str:
    head, _, tail = digits.partition(".")
    grouped = f"{int(head):,}"
    return grouped + ("." + tail if tail else "")


def A(x: F | int, dp: int = 2) -> list[str]:
    """Accepted forms of x rounded to dp decimals (trailing zeros optional, thousands
    separators optional); raises Redo when x is within 2% of a step from a rounding tie."""
    x = F(x)
    scaled = x * 10**dp
    frac = scaled - (scaled.numerator // scaled.denominator)
    if abs(frac - F(1, 2)) < F(1, 50):
        raise Redo
    q = int(scaled + F(1, 2)) if scaled >= 0 else -int(-scaled + F(1, 2))
    sign = "-" if q < 0 else ""
    q = abs(q)
    s = str(q // 10**dp) + (f".{q % 10**dp:0{dp}d}" if dp else "")
    out = [s]
    while "." in s and s.endswith("0"):
        s = s[:-1].rstrip(".") if s[:-1].endswith(".") else s[:-1]
        out.append(s)
    if q // 10**dp >= 1000:
        out += [group(o) for o in out]
    out = list(dict.fromkeys(out))
    return [sign + o for o in out] + ([chr(0x2212) + o for o in out] if sign else [])


def num(x: F | int | float, dp: int = 2) -> str:
    """A value as written in a request (no trailing zeros)."""
    s = f"{float(x):.{dp}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def dec(rng: random.Random, lo: float, hi: float, dp: int = 0) -> F:
    """A random value between lo and hi with dp decimals, as an exact Fraction."""
    step = 10**dp
    return F(rng.randint(round(lo * step), round(hi * step)), step)


def fam(make: Callable[[random.Random], Made]) -> Family:
    """Wraps a family that returns (text, required) or None; redraws on None, on Redo and
    when an accepted answer is echoed in the text."""
    name = f"F_u_{make.__name__}"

    def draw(rng: random.Random):  # type: ignore[no-untyped-def]
        for _ in range(3000):
            try:
                made = make(rng)
            except Redo:
                continue
            if made is None:
                continue
            text, req = made
            low = text.lower()
            if any(a.lower() in low for part in req for a in part):
                continue
            return item(name, "calc", text, req)
        raise RuntimeError(f"{name}: no valid draw")
    draw.__name__ = make.__name__
    return fresh(draw)


def conv(name: str, lo: float, hi: float, in_dp: int, factor: F, out_dp: int,
         templates: list[str]) -> Family:
    """A linear conversion family: value v, answer v * factor rounded to out_dp."""
    def make(rng: random.Random) -> Made:
        v = dec(rng, lo, hi, in_dp)
        return rng.choice(templates).format(v=num(v, in_dp)), [A(v * factor, out_dp)]
    make.__name__ = name
    return fam(make)


Spec = dict[str, "tuple[float, float, int] | list[Any]"]


def draw_vals(rng: random.Random, spec: Spec) -> tuple[dict[str, F], dict[str, str]]:
    vals: dict[str, F] = {}
    shown: dict[str, str] = {}
    for k, how in spec.items():
        if isinstance(how, list):
            pick = rng.choice(how)
            vals[k], shown[k] = F(str(pick)), str(pick)
        else:
            lo, hi, d = how
            vals[k] = dec(rng, lo, hi, d)
            shown[k] = num(vals[k], d)
    return vals, shown


def hm(minutes: F) -> list[str]:
    """Forms of a duration rounded to the minute, as hours and minutes."""
    whole = int(A(minutes, 0)[0].replace(",", ""))
    h, m = divmod(whole, 60)
    total = [f"{whole}min", f"{whole}minutes", f"{whole}mins", f"{whole:,}minutes"]
    if h == 0:
        return total
    if m == 0:
        # a bare "3hours" would also match "3 hours and 5 minutes": require what follows
        ends = (".", "|", "!", ")", "(", "exactly", "flat", "0m", "00m", "0min", "00min",
                "0minutes", "and0minutes", "to", "of", "at", "for", "on")
        bare = [f"{h}{w}{e}" for w in ("h", "hours", "hrs", "hour") for e in ends]
        return [*bare, f"exactly{h}hours", f"{h}:00", *total]
    if m < 10:
        return _hm(h, m) + _hm(h, f"{m:02d}") + total
    return _hm(h, m) + total


def _hm(h: int, m: int | str) -> list[str]:
    return [f"{h}h{m}m", f"{h}hours{m}minutes", f"{h}h{m}min", f"{h}:{int(m):02d}",
            f"{h}hoursand{m}minutes", f"{h}hr{m}min", f"{h}hrs{m}mins", f"{h}hours,{m}minutes",
            f"{h}hour{m}minutes", f"{h}hourand{m}minutes", f"{h}hrs{m}min", f"{h}hr{m}mins"]


def clock(minutes: F) -> list[str]:
    """Forms of a clock time given in minutes after midnight (wrapping past 24 h)."""
    whole = int(A(minutes, 0)[0].replace(",", "")) % 1440
    h, m = divmod(whole, 60)
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return list(dict.fromkeys([f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{h12}:{m:02d}{ap}",
                               f"{h12}:{m:02d}{ap[0]}.m."]))


def calc(name: str, spec: Spec, fn: Callable[..., Any], dp: int | str,
         templates: list[str]) -> Family:
    """A formula family: values drawn by spec, answer fn(**values) rounded to dp decimals
    (dp "hm" for a duration in minutes shown as hours and minutes, "clock" for a time)."""
    def make(rng: random.Random) -> Made:
        vals, shown = draw_vals(rng, spec)
        res = fn(**vals)
        if res is None:
            return None
        forms = hm(res) if dp == "hm" else clock(res) if dp == "clock" else A(res, int(dp))
        return rng.choice(templates).format(**shown), [forms]
    make.__name__ = name
    return fam(make)


def cents(family: Family) -> Family:
    """A money family whose request may not say how to round: ask for the cent."""
    def draw(rng: random.Random):  # type: ignore[no-untyped-def]
        made = family(rng)
        low = made["text"].lower()
        if not any(w in low for w in ("dp", "decimal", "cent", "round")):
            made = {**made, "text": made["text"].rstrip() + " (to the cent)"}
        return made
    draw.__name__ = family.__name__
    return draw


R2 = "round to 2 decimals"
fam_km_to_miles = conv("km_to_miles", 3, 60, 1, 1 / F("1.609"), 2, [
    "how many miles is {v} km? use 1 mile = 1.609 km, " + R2,
    "My run today was {v} km. What's that in miles (1 mi = 1.609 km)? 2 decimal places pls",
    "convert {v} kilometres to miles, taking a mile as 1.609 km. answer to 2 dp"])
fam_miles_to_km = conv("miles_to_km", 2, 300, 0, F("1.609"), 1, [
    "It's {v} miles to my parents' place. How far is that in km? (1 mile = 1.609 km, 1 decimal)",
    "{v} mi in kilometers? use 1.609 km per mile and give one decimal place",
    "Road sign says {v} miles. What is that in km if 1 mile is 1.609 km? Round to 0.1"])
fam_inches_to_cm = conv("inches_to_cm", 5, 80, 1, F("2.54"), 2, [
    "my TV is {v} inches diagonally, how many cm is that? (1 in = 2.54 cm) 2 dp",
    "Convert {v} in to centimetres please, 1 inch = 2.54 cm, " + R2,
    "What's {v} inches in cm? 2 decimals"])
fam_cm_to_inches = conv("cm_to_inches", 10, 220, 0, 1 / F("2.54"), 2, [
    "how many inches is {v} cm? round to 2 decimals (1 in = 2.54 cm)",
    "The shelf is {v} cm wide. In inches? use 2.54 cm per inch, 2 dp",
    "{v}cm to inches please, to two decimal places"])
fam_feet_to_m = conv("feet_to_m", 3, 3000, 0, F("0.3048"), 2, [
    "How many metres is {v} feet? 1 ft = 0.3048 m, " + R2,
    "the hike climbs {v} ft. what's that in meters, 2 decimals? (0.3048 m per foot)",
    "convert {v} ft to m (exactly 0.3048 m per ft), answer to 2 dp"])
fam_m_to_feet = conv("m_to_feet", 2, 900, 0, 1 / F("0.3048"), 1, [
    "{v} metres in feet? use 1 ft = 0.3048 m and round to 1 decimal",
    "The building is {v} m tall. How tall is it in feet (1 ft = 0.3048 m)? one decimal place",
    "what is {v} m in ft, to 1 dp? 1 foot = 0.3048 metres"])
fam_yards_to_m = conv("yards_to_m", 10, 500, 0, F("0.9144"), 2, [
    "how many meters is a {v} yard pass? (1 yd = 0.9144 m) " + R2,
    "Convert {v} yards to metres, 1 yard = 0.9144 m, 2 decimals",
    "The fabric roll is {v} yd long. In metres please? 0.9144 m per yard, 2dp"])
fam_mm_to_inches = conv("mm_to_inches", 3, 400, 0, 1 / F("25.4"), 3, [
    "What is {v} mm in inches? 25.4 mm to the inch, round to 3 decimals",
    "My drill bit is {v}mm. how many inches is that (1 in = 25.4 mm)? 3 decimal places",
    "convert {v} millimetres to inches, 3 dp please"])
fam_nautical_to_km = conv("nautical_to_km", 5, 400, 0, F("1.852"), 2, [
    "The ferry crossing is {v} nautical miles. How many km? (1 nmi = 1.852 km) 2 decimals",
    "convert {v} nmi to kilometres, 1 nautical mile = 1.852 km, " + R2,
    "how far is {v} nautical miles in km? use 1.852 km each, " + R2])
fam_kg_to_lb = conv("kg_to_lb", 2, 150, 1, F("2.20462"), 2, [
    "How many pounds is {v} kg? use 1 kg = 2.20462 lb, " + R2,
    "my suitcase weighs {v} kg, whats that in lbs (1 kg = 2.20462 lb)? 2 decimals",
    "Convert {v} kilograms to pounds, 2.20462 lb per kg, two decimal places"])
fam_lb_to_kg = conv("lb_to_kg", 3, 350, 0, F("0.45359237"), 2, [
    "{v} lbs in kg? (1 lb = 0.45359237 kg) round to 2 decimals",
    "The recipe wants a {v} lb turkey. How many kilos is that? 1 lb = 0.45359237 kg, 2 dp",
    "convert {v} pounds to kilograms please, 2 decimal places, 1 lb = 0.45359237 kg"])
fam_oz_to_g = conv("oz_to_g", 1, 64, 1, F("28.35"), 1, [
    "how many grams is {v} oz? use 28.35 g per ounce, 1 decimal",
    "Convert {v} ounces to grams (1 oz = 28.35 g), round to one decimal place",
    "the bag says {v} oz, what's that in g? 1 oz = 28.35 g, 1 dp"])
fam_g_to_oz = conv("g_to_oz", 20, 2000, 0, 1 / F("28.35"), 2, [
    "{v} g in ounces? 1 oz = 28.35 g, " + R2,
    "How many oz is {v} grams (28.35 g per oz)? 2 decimals please",
    "convert {v}g to oz, 2 dp, using 1 ounce = 28.35 grams"])
fam_stone_to_kg = conv("stone_to_kg", 7, 25, 1, F("6.35029"), 2, [
    "I weigh {v} stone. What's that in kg? (1 st = 6.35029 kg) " + R2,
    "convert {v} st to kilograms, 6.35029 kg per stone, 2 decimal places",
    "how many kg is {v} stone? use 1 stone = 6.35029 kg, 2dp"])
fam_tonnes_to_lb = conv("tonnes_to_lb", 1, 40, 1, F("2204.62"), 0, [
    "How many pounds is {v} tonnes? use 1 t = 2204.62 lb, round to the nearest pound",
    "the truck carries {v} metric tons. in lb? (1 tonne = 2204.62 lb) nearest whole number",
    "Convert {v} t to lbs, 1 tonne = 2204.62 lb, whole pounds"])
fam_litres_to_gallons = conv("litres_to_gallons", 5, 500, 0, 1 / F("3.785"), 2, [
    "How many US gallons is {v} litres? 1 gal = 3.785 L, " + R2,
    "my fish tank holds {v} L, what's that in US gallons (3.785 L per gallon)? 2 decimals",
    "convert {v} liters to gallons (US, 3.785 L each), 2 dp"])
fam_gallons_to_litres = conv("gallons_to_litres", 2, 80, 1, F("3.785"), 2, [
    "{v} US gallons in litres? 1 gallon = 3.785 L, " + R2,
    "The water heater is {v} gal. How many liters is that (1 gal = 3.785 L)? 2 decimals",
    "convert {v} gallons (US) to L using 3.785 L per gallon, two decimal places"])
fam_floz_to_ml = conv("floz_to_ml", 1, 64, 1, F("29.5735"), 1, [
    "How many ml is {v} fl oz? (1 US fl oz = 29.5735 ml) one decimal",
    "my water bottle is {v} fl. oz, what's that in millilitres? 29.5735 ml per fl oz, 1 dp",
    "convert {v} US fluid ounces to ml, 1 decimal place, 1 fl oz = 29.5735 ml"])
fam_pints_to_litres = conv("pints_to_litres", 1, 40, 0, F("0.568"), 3, [
    "How many litres are {v} UK pints? 1 pint = 0.568 L, 3 decimals",
    "we drank {v} pints (imperial, 0.568 L each). how many litres is that? round to 3 dp",
    "convert {v} imperial pints to liters using 0.568 L per pint, 3 decimal places"])
fam_cubic_ft_to_litres = conv("cubic_ft_to_litres", 1, 30, 1, F("28.3168"), 1, [
    "My freezer is {v} cubic feet. How many litres is that? (1 ft³ = 28.3168 L) 1 decimal",
    "convert {v} cu ft to L, 28.3168 litres per cubic foot, round to 1 dp",
    "how many liters in {v} cubic feet? use 28.3168 L/ft3, one decimal"])
fam_sqft_to_sqm = conv("sqft_to_sqm", 80, 4000, 0, F("0.09290304"), 2, [
    "The flat is {v} sq ft. How many square metres? (1 sq ft = 0.09290304 m²) " + R2,
    "convert {v} square feet to m2, 1 ft² = 0.09290304 m², 2 decimals",
    "{v} sqft in square meters please, 2 dp (0.09290304 m² per sq ft)"])
fam_sqm_to_sqft = conv("sqm_to_sqft", 10, 400, 0, F("10.7639"), 1, [
    "How many square feet is {v} m²? use 1 m² = 10.7639 sq ft, 1 decimal",
    "our garden is {v} square metres, what is that in sq ft (10.7639 per m2)? one dp",
    "convert {v} sq m to square feet, 1 m² = 10.7639 ft², round to 1 decimal"])
fam_acres_to_ha = conv("acres_to_ha", 1, 500, 1, F("0.404686"), 2, [
    "How many hectares is {v} acres? 1 acre = 0.404686 ha, " + R2,
    "the farm is {v} acres. in hectares (0.404686 ha per acre)? 2 decimal places",
    "convert {v} ac to ha, 2 dp, using 1 acre = 0.404686 hectares"])
fam_ha_to_acres = conv("ha_to_acres", 1, 300, 1, F("2.47105"), 2, [
    "{v} hectares in acres? 1 ha = 2.47105 acres, " + R2,
    "How many acres is a {v} ha vineyard? (2.47105 acres per hectare) 2 decimals",
    "convert {v} ha to acres please, 1 hectare = 2.47105 ac, 2 dp"])
fam_sqmi_to_sqkm = conv("sqmi_to_sqkm", 2, 900, 0, F("2.58999"), 1, [
    "How many km² is {v} square miles? 1 sq mi = 2.58999 km², 1 decimal",
    "the national park covers {v} sq mi. what's that in square kilometres (2.58999 km² each)? 1 dp",
    "convert {v} square miles to km2 using 2.58999, round to 1 decimal"])
fam_mph_to_kmh = conv("mph_to_kmh", 15, 90, 0, F("1.609"), 1, [
    "The speed limit is {v} mph. What's that in km/h? (1 mile = 1.609 km) 1 decimal",
    "convert {v} mph to kmh, 1 mi = 1.609 km, round to 1 dp",
    "how fast is {v} miles per hour in kilometres per hour? 1.609 km per mile, one decimal"])
fam_kmh_to_mph = conv("kmh_to_mph", 20, 140, 0, 1 / F("1.609"), 1, [
    "{v} km/h in mph? take 1 mile as 1.609 km, 1 decimal",
    "The autobahn sign says {v} km/h, what's that in miles per hour (1 mi = 1.609 km)? 1 dp",
    "convert {v} kph to mph using 1.609 km/mile, round to one decimal place"])
fam_ms_to_kmh = conv("ms_to_kmh", 2, 60, 1, F("3.6"), 2, [
    "The wind is {v} m/s. What is that in km/h?",
    "convert {v} metres per second to kilometres per hour please",
    "how many km/h is {v} m/s? " + R2])
fam_kmh_to_ms = conv("kmh_to_ms", 10, 300, 0, 1 / F("3.6"), 2, [
    "What is {v} km/h in metres per second? " + R2,
    "convert {v} kmh to m/s, 2 decimals",
    "a train at {v} km/h covers how many meters per second? 2 dp"])
fam_knots_to_kmh = conv("knots_to_kmh", 5, 60, 0, F("1.852"), 2, [
    "The boat does {v} knots. How fast is that in km/h? (1 knot = 1.852 km/h) 2 dp",
    "convert {v} kn to km/h using 1.852 km/h per knot, " + R2,
    "wind gusts of {v} knots - how many kilometres per hour is that? 1 kt = 1.852 km/h, "
    "2 decimals"])
fam_psi_to_bar = conv("psi_to_bar", 20, 120, 0, 1 / F("14.5038"), 2, [
    "My tyres need {v} psi. What's that in bar? (1 bar = 14.5038 psi) " + R2,
    "convert {v} psi to bar, 1 bar = 14.5038 psi, 2 decimals",
    "how many bar is {v} PSI? use 14.5038 psi per bar, 2 dp"])
fam_bar_to_psi = conv("bar_to_psi", 1, 12, 1, F("14.5038"), 1, [
    "the manual says {v} bar. how many psi is that? 1 bar = 14.5038 psi, 1 decimal",
    "Convert {v} bar to PSI (14.5038 psi per bar), round to one decimal",
    "What is {v} bar in psi, 1 dp? use 1 bar = 14.5038 psi"])
fam_kpa_to_psi = conv("kpa_to_psi", 100, 400, 0, 1 / F("6.89476"), 1, [
    "Tyre pressure {v} kPa, what's that in psi? (1 psi = 6.89476 kPa) 1 decimal",
    "convert {v} kPa to psi using 6.89476 kPa per psi, round to 1 dp",
    "how many psi is {v} kilopascals? 1 psi = 6.89476 kPa, one decimal place"])
fam_mmhg_to_kpa = conv("mmhg_to_kpa", 60, 200, 0, F("0.133322"), 2, [
    "What's {v} mmHg in kPa? 1 mmHg = 0.133322 kPa, " + R2,
    "convert a blood pressure reading of {v} mmHg to kilopascals (0.133322 kPa per mmHg), 2 dp",
    "{v} mm Hg in kPa please, 2 decimals, using 0.133322"])
fam_hpa_to_inhg = conv("hpa_to_inhg", 960, 1050, 0, 1 / F("33.8639"), 2, [
    "The barometer reads {v} hPa. What's that in inches of mercury? (1 inHg = 33.8639 hPa) "
    + R2,
    "convert {v} hPa to inHg, 33.8639 hPa per inHg, 2 decimals",
    "how many inHg is {v} millibars (1 inHg = 33.8639 hPa)? 2 dp"])
fam_kcal_to_kj = conv("kcal_to_kj", 50, 3000, 0, F("4.184"), 1, [
    "How many kJ is {v} kcal? (1 kcal = 4.184 kJ) 1 decimal",
    "my lunch was {v} calories (kcal). what's that in kilojoules? 4.184 kJ per kcal, 1 dp",
    "convert {v} kcal to kJ using 4.184, round to one decimal"])
fam_kj_to_kcal = conv("kj_to_kcal", 200, 9000, 0, 1 / F("4.184"), 1, [
    "The label says {v} kJ per serving. How many kcal is that? 1 kcal = 4.184 kJ, 1 decimal",
    "convert {v} kilojoules to kilocalories (4.184 kJ each), round to 1 dp",
    "{v} kJ in calories (kcal)? use 4.184 kJ/kcal, one decimal place"])
fam_kwh_to_mj = conv("kwh_to_mj", 1, 900, 1, F("3.6"), 2, [
    "How many megajoules is {v} kWh?",
    "convert {v} kWh to MJ please",
    "our heater used {v} kWh - what is that in MJ? 1 kWh = 3.6 MJ"])
fam_btu_to_kwh = conv("btu_to_kwh", 5000, 60000, 0, 1 / F("3412.14"), 2, [
    "An AC unit rated {v} BTU, how many kWh is that amount of energy? (1 kWh = 3412.14 BTU) "
    + R2,
    "convert {v} BTU to kWh using 3412.14 BTU per kWh, 2 decimals",
    "{v} btu in kilowatt-hours? 1 kWh = 3412.14 BTU, 2 dp"])
fam_hp_to_kw = conv("hp_to_kw", 50, 600, 0, F("0.7457"), 1, [
    "my car has {v} hp. What's that in kW? (1 hp = 0.7457 kW) 1 decimal",
    "convert {v} horsepower to kilowatts, 0.7457 kW per hp, round to 1 dp",
    "How many kW is {v} HP? use 1 hp = 0.7457 kW, one decimal place"])
fam_kw_to_hp = conv("kw_to_hp", 40, 400, 0, 1 / F("0.7457"), 1, [
    "The electric motor is {v} kW. How many horsepower? (1 hp = 0.7457 kW) 1 decimal",
    "convert {v} kW to hp using 0.7457 kW per hp, 1 dp",
    "{v} kilowatts in horsepower please, round to 1 decimal, 1 hp = 0.7457 kW"])
fam_cal_to_joules = conv("cal_to_joules", 5, 900, 0, F("4.184"), 1, [
    "how many joules in {v} small calories (cal)? 1 cal = 4.184 J, 1 decimal",
    "Convert {v} cal (small calories) to J using 4.184 J per cal, round to 1 dp",
    "{v} calories (cal, not kcal) is how many joules? 4.184 J each, 1 dp"])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_km_to_miles, fam_miles_to_km, fam_inches_to_cm, fam_cm_to_inches, fam_feet_to_m,
    fam_m_to_feet, fam_yards_to_m, fam_mm_to_inches, fam_nautical_to_km, fam_kg_to_lb,
    fam_lb_to_kg, fam_oz_to_g, fam_g_to_oz, fam_stone_to_kg, fam_tonnes_to_lb,
    fam_litres_to_gallons, fam_gallons_to_litres, fam_floz_to_ml, fam_pints_to_litres,
    fam_cubic_ft_to_litres, fam_sqft_to_sqm, fam_sqm_to_sqft, fam_acres_to_ha, fam_ha_to_acres,
    fam_sqmi_to_sqkm, fam_mph_to_kmh, fam_kmh_to_mph, fam_ms_to_kmh, fam_kmh_to_ms,
    fam_knots_to_kmh, fam_psi_to_bar, fam_bar_to_psi, fam_kpa_to_psi, fam_mmhg_to_kpa,
    fam_hpa_to_inhg, fam_kcal_to_kj, fam_kj_to_kcal, fam_kwh_to_mj, fam_btu_to_kwh,
    fam_hp_to_kw, fam_kw_to_hp, fam_cal_to_joules)]
