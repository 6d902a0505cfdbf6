"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: unit conversions people ask for in
chat (length, mass, volume). This module also holds the answer forms the other
``heldout16_units*`` and ``heldout16_health*`` modules use."""

from __future__ import annotations

import math
import random
from decimal import Decimal
from fractions import Fraction

from bench.data.agents.helpers import Family, Item, fresh, item

F = Fraction
INCH, FOOT, YARD, MILE, NMI = F("0.0254"), F("0.3048"), F("0.9144"), F("1609.344"), F(1852)
LB = F("0.45359237")
OZ, STONE = LB / 16, LB * 14
US_GAL, UK_GAL = F("3.785411784"), F("4.54609")  # litres
US_FLOZ, UK_FLOZ = US_GAL / 128, UK_GAL / 160
US_CUP, US_TBSP, US_TSP = US_GAL / 16, US_FLOZ / 2, US_FLOZ / 6
US_PINT, US_QT = US_GAL / 8, US_GAL / 4
UK_PINT = UK_GAL / 8
ACRE, SQ_FT = F("4046.8564224"), F("0.3048") ** 2
CAL, BTU = F("4.184"), F("1055.05585262")  # joules
PSI = LB * F("9.80665") / INCH**2  # pascals
MMHG, ATM = F("133.322387415"), F(101325)
HP, PS = F("745.69987158227022"), F("735.49875")  # watts
LBF_FT = LB * F("9.80665") * FOOT  # newton-metres
M, KM, MI = ("m", "metres", "meters"), ("km", "kilometres", "kilometers"), ("miles", "mi")
CM, MM = ("cm", "centimetres", "centimeters"), ("mm", "millimetres", "millimeters")
FT, IN = ("ft", "feet"), ("in", "inches")
KG, G, LBS = ("kg", "kilograms", "kilos"), ("g", "grams"), ("lb", "lbs", "pounds")
OZS = ("oz", "ounces")
L, ML = ("L", "litres", "liters"), ("ml", "mL", "millilitres", "milliliters")
DEG_C = ("°C", "C", "degrees Celsius", "degrees C", "celsius")
DEG_F = ("°F", "F", "degrees Fahrenheit", "degrees F", "fahrenheit")
KMH, MPH = ("km/h", "kph", "kilometres per hour", "kilometers per hour"), ("mph", "miles per hour")
M2 = ("m²", "m2", "sq m", "square metres", "square meters")
KCAL = ("kcal", "calories", "Calories", "cal")


def num(value: Fraction, dp: int = 2) -> list[str] | None:
    """value rounded to dp places, with and without trailing zeros and with a thousands
    comma; None when the rounding is (nearly) a tie (replies could differ)."""
    scaled = value * 10**dp
    if abs(scaled - math.floor(scaled) - F(1, 2)) < F(1, 50):
        return None  # a tie, or so near one that another constant could tip it
    whole = Decimal(round(scaled)).scaleb(-dp)
    fixed = f"{whole:.{dp}f}"
    short = fixed.rstrip("0").rstrip(".") if "." in fixed else fixed
    out = [short, fixed, f"{Decimal(short):,}", f"{whole:,.{dp}f}"]
    out += [form.replace("-", "−") for form in out if form.startswith("-")]
    return list(dict.fromkeys(out))


def units(value: Fraction, names: tuple[str, ...], dp: int = 2, bare: bool = False
          ) -> list[str] | None:
    """Accepted forms of value with each unit name (a symbol also written unspaced)."""
    forms = num(value, dp)
    if forms is None:
        return None
    out = list(forms) if bare else []
    for n in forms:
        for name in names:
            out.append(f"{n} {name}")
            if len(name) <= 5 and " " not in name:
                out.append(f"{n}{name}")
    return list(dict.fromkeys(out))


def calc(text: str, *parts: list[str] | None) -> Item | None:
    if any(part is None for part in parts):
        return None
    return item("", "calc", text, [list(part) for part in parts if part is not None])


def conv(text: str, value: Fraction, *names: str, dp: int = 2, bare: bool = False
         ) -> Item | None:
    return calc(text, units(value, names, dp, bare))


def show(value: Fraction) -> str:
    """A drawn input written plainly (2.5, not 5/2)."""
    return f"{Decimal(value.numerator) / Decimal(value.denominator):f}".rstrip("0").rstrip(".") \
        if value.denominator != 1 else str(value.numerator)


def clock(minutes: int) -> list[str]:
    """A time of day (minutes after midnight, wrapping) in 24-hour and 12-hour forms."""
    h, m = divmod(minutes % 1440, 60)
    twelve = (h % 12) or 12
    half = "am" if h < 12 else "pm"
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}", f"{twelve}:{m:02d} {half}",
           f"{twelve}:{m:02d}{half}", f"{twelve}:{m:02d} {half[0]}.m."]
    if m == 0:
        out += [f"{twelve} {half}", f"{twelve}{half}"]
    return list(dict.fromkeys(out))


def duration(minutes: Fraction) -> list[str] | None:
    """A length of time as hours and minutes (whole minutes, no ties), as minutes, and as
    decimal hours or minutes when those are not whole."""
    mins = num(minutes, 0)
    if mins is None:
        return None
    total = int(mins[0].replace(",", ""))
    h, m = divmod(total, 60)
    hs = "hour" if h == 1 else "hours"
    out = [f"{total} minutes", f"{total} min", f"{total} mins"]
    if h and m:
        out += [f"{h} {hs} {m} minutes", f"{h} {hs} and {m} minutes", f"{h} h {m} min",
                f"{h}h {m}m", f"{h}h{m:02d}", f"{h} hr {m} min", f"{h} hrs {m} mins",
                f"{h}:{m:02d}", f"{h} {hs}, {m} minutes", f"{h}h {m}min", f"{h} h {m} m"]
    elif h:
        out += [f"{h} {hs}", f"{h} h", f"{h} hrs", f"{h} hr", f"{h}h"]
    if h and (F(m, 60) * 100).denominator == 1:
        dec = fmt_plain(F(total, 60))
        out += [f"{dec} hours", f"{dec} h", f"{dec} hrs"]
    if minutes.denominator != 1:  # the unrounded minutes, kept to one or two decimals
        for dp in (1, 2):
            out += [f"{n} {w}" for n in num(minutes, dp) or [] for w in ("minutes", "min")]
    if minutes >= 60 and (minutes / 60 * 100).denominator != 1:
        out += [f"{n} {w}" for n in num(minutes / 60, 2) or [] for w in ("hours", "h", "hrs")]
    return list(dict.fromkeys(out))


def fmt_plain(value: Fraction) -> str:
    return show(value)


def families(*makers: object) -> list[tuple[Family, int]]:
    """Each maker (a function named after its family) drawn through ``fresh``, 8 items."""
    out: list[tuple[Family, int]] = []
    for make in makers:
        out.append((fresh(_named(make)), 8))
    return out


def _named(make: object) -> Family:
    name = "L_u_" + make.__name__  # type: ignore[attr-defined]

    def draw(rng: random.Random) -> Item:
        while True:
            made = make(rng)  # type: ignore[operator]
            if made is not None:
                made["family"] = name
                return made
    return draw


# --- length -------------------------------------------------------------------------------

def tv_inches(r: random.Random) -> Item | None:  # a TV diagonal in cm to inches
    cm = r.choice([80, 98, 102, 108, 109, 121, 126, 139, 146, 164, 189])
    return conv(f"the tv box says {cm} cm screen, is that like a 55 inch? what is it in "
                "inches exactly", F(cm, 100) / INCH, *IN, '"')


def height_cm(r: random.Random) -> Item | None:  # feet and inches to centimetres
    ft, inch = r.choice([4, 5, 6]), r.randint(0, 11)
    return conv(f"New gym form asks for height in cm. I'm {ft}'{inch}\" — what do I put?",
                (ft * FOOT + inch * INCH) * 100, *CM, dp=1)


def hike_feet(r: random.Random) -> Item | None:  # summit altitude in metres to feet
    m = r.randint(900, 4800)
    return conv(f"Summit sign says {m} m. My American friend wants it in feet, how many?",
                F(m) / FOOT, *FT, dp=0)


def curtain_cm(r: random.Random) -> Item | None:  # curtain drop in inches to cm
    inch = r.choice([45, 48, 54, 63, 66, 72, 84, 90, 95, 100, 108])
    return conv(f"curtains come in {inch} inch drop — what's that in centimetres?",
                inch * INCH * 100, *CM)


def swim_yards(r: random.Random) -> Item | None:  # a swim in metres to yards
    m = r.choice([400, 750, 800, 1200, 1500, 1900, 2500, 3800])
    return conv(f"swam {m}m this morning, how far is that in yards", F(m) / YARD,
                "yards", "yd")


def marathon_km(r: random.Random) -> Item | None:  # a run in miles to km
    miles = F(r.randint(20, 262), 10)
    return conv(f"Strava has me at {show(miles)} miles for the long run. How many km?",
                miles * MILE / 1000, *KM)


def nautical_km(r: random.Random) -> Item | None:  # nautical miles to km
    nm = r.randint(12, 380)
    return conv(f"ferry crossing is {nm} nautical miles, how many kilometres is that?",
                F(nm * 1852, 1000), *KM)


def plank_feet(r: random.Random) -> Item | None:  # a board length in mm to feet
    mm = r.choice([1200, 1800, 2100, 2400, 2700, 3000, 3600, 4200, 4800])
    return conv(f"Timber yard sells boards at {mm}mm lengths. How long is that in feet?",
                F(mm, 1000) / FOOT, *FT)


def ring_mm(r: random.Random) -> Item | None:  # finger circumference in inches to mm
    inch = F(r.randint(180, 280), 100)
    return conv(f"measured my finger with string: {show(inch)} in around. in mm?",
                inch * INCH * 1000, *MM, dp=1)


def walk_miles(r: random.Random) -> Item | None:  # a step-counter distance in km to miles
    km = F(r.randint(21, 189), 10)
    return conv(f"my watch says i walked {show(km)} km today. miles please", km / (MILE / 1000),
                *MI)


def desk_inches(r: random.Random) -> Item | None:  # desk width in cm to inches
    cm = r.choice([90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 200])
    return conv(f"Will a {cm} cm desk fit? The alcove was measured in inches — convert "
                f"{cm} cm to inches for me.", F(cm, 100) / INCH, *IN)


def fabric_metres(r: random.Random) -> Item | None:  # yards of fabric to metres
    yd = F(r.randint(3, 20), 2)
    return conv(f"pattern needs {show(yd)} yards of fabric but the shop sells by the metre. "
                "how many metres?", yd * YARD, *M)


def flight_feet_m(r: random.Random) -> Item | None:  # cruising altitude in feet to metres
    ft = r.choice([28000, 31000, 33000, 35000, 36000, 37000, 38000, 39000, 41000])
    return conv(f"Pilot just announced we're cruising at {ft:,} feet. How high is that in "
                "metres?", ft * FOOT, *M, dp=1)


def light_km(r: random.Random) -> Item | None:  # micrometres to millimetres
    um = r.randint(40, 950)
    return conv(f"hair is about {um} micrometres thick — how many millimetres is that?",
                F(um, 1000), *MM, dp=3)


def skirting_total(r: random.Random) -> Item | None:  # a room's perimeter in feet to metres
    a, b = r.randint(9, 18), r.randint(8, 16)
    return conv(f"room is {a} ft by {b} ft. I need skirting board all the way round; how many "
                "metres is the perimeter?", 2 * (a + b) * FOOT, *M)


# --- mass ---------------------------------------------------------------------------------

def weight_stone(r: random.Random) -> Item | None:  # kilograms to stone (decimal)
    kg = F(r.randint(500, 1300), 10)
    return conv(f"Doctor's scale said {show(kg)} kg. What is that in stone?", kg / STONE,
                "stone", "st")


def stone_kg(r: random.Random) -> Item | None:  # stone and pounds to kilograms
    st, lb = r.randint(8, 18), r.randint(0, 13)
    return conv(f"im {st} st {lb} lb, whats that in kg", (st * 14 + lb) * LB, *KG, dp=1)


def suitcase_lb(r: random.Random) -> Item | None:  # a bag in kg to pounds
    kg = F(r.randint(150, 320), 10)
    return conv(f"Airline limit is in pounds and my suitcase weighs {show(kg)} kg. How many "
                "pounds is it?", kg / LB, *LBS)


def flour_oz(r: random.Random) -> Item | None:  # grams of flour to ounces
    g = r.choice([125, 150, 175, 200, 225, 250, 275, 300, 350, 400, 450, 500])
    return conv(f"grandma's recipe scale is in ounces. how many oz is {g} g of flour?",
                F(g, 1000) / OZ, *OZS)


def butter_g(r: random.Random) -> Item | None:  # ounces to grams
    oz = r.choice([2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16])
    return conv(f"US recipe: {oz} oz butter. in grams?", oz * OZ * 1000, *G, dp=1)


def dumbbell_kg(r: random.Random) -> Item | None:  # pounds to kilograms
    lb = r.choice([5, 8, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55])
    return conv(f"the dumbbells at this gym are in lbs. {lb} lb is how many kg?", lb * LB,
                *KG)


def truck_tonnes(r: random.Random) -> Item | None:  # US short tons to tonnes
    tons = r.randint(2, 40)
    return conv(f"Spec sheet gives payload as {tons} short tons (US). How many metric tonnes?",
                tons * 2000 * LB / 1000, "tonnes", "t", "metric tons")


def gold_grams(r: random.Random) -> Item | None:  # troy ounces to grams
    ozt = F(r.randint(1, 40), 4)
    return conv(f"how many grams in {show(ozt)} troy ounces of gold?",
                ozt * F("31.1034768"), *G)


def carat_g(r: random.Random) -> Item | None:  # carats to grams
    ct = F(r.randint(25, 400), 100)
    return conv(f"A {show(ct)} carat stone weighs how many grams?", ct / 5, *G, dp=3)


def mg_grams(r: random.Random) -> Item | None:  # milligrams to grams
    mg = r.randint(120, 4800)
    return conv(f"label lists {mg} mg of sodium per pack. that's how many grams?",
                F(mg, 1000), *G, dp=3)


def parcel_kg(r: random.Random) -> Item | None:  # pounds and ounces to kilograms
    lb, oz = r.randint(1, 30), r.randint(1, 15)
    return conv(f"Courier label reads {lb} lb {oz} oz. Convert to kilograms please.",
                lb * LB + oz * OZ, *KG)


def newborn_grams(r: random.Random) -> Item | None:  # pounds and ounces to grams
    lb, oz = r.randint(5, 10), r.randint(0, 15)
    return conv(f"baby arrived at {lb} pounds {oz} ounces!! the nurse here only uses grams, "
                "how much is it", (lb * LB + oz * OZ) * 1000, *G, dp=0)


# --- volume -------------------------------------------------------------------------------

def milk_pints(r: random.Random) -> Item | None:  # litres to UK pints
    litres = F(r.randint(1, 8), 2) + r.choice([0, F(1, 4)])
    return conv(f"how many (UK) pints is {show(litres)} litres of milk?", litres / UK_PINT,
                "pints", "pt")


def beer_ml(r: random.Random) -> Item | None:  # UK pints to millilitres
    pints = r.randint(2, 12)
    return conv(f"We drank {pints} pints between us lol. How many millilitres is that (UK "
                "pints)?", pints * UK_PINT * 1000, *ML, dp=1)


def paint_gallon(r: random.Random) -> Item | None:  # litres of paint to US gallons
    litres = F(r.choice([25, 5, 10, 15, 20, 40, 75, 100, 125]), 10)
    return conv(f"Tin is {show(litres)} L. How many US gallons of paint is that?",
                litres / US_GAL, "gallons", "gal", "US gallons")


def jug_cups(r: random.Random) -> Item | None:  # millilitres to US cups
    ml = r.choice([150, 180, 200, 300, 350, 400, 450, 600, 700, 750, 900])
    return conv(f"How many US cups is {ml} ml of stock?", F(ml, 1000) / US_CUP, "cups",
                "US cups")


def tbsp_ml(r: random.Random) -> Item | None:  # US tablespoons to millilitres
    tbsp = r.randint(2, 12)
    return conv(f"{tbsp} tablespoons (US) of olive oil — how many ml?",
                tbsp * US_TBSP * 1000, *ML)


def tsp_ml(r: random.Random) -> Item | None:  # US teaspoons to millilitres
    tsp = F(r.randint(1, 9), 2)
    return conv(f"recipe says {show(tsp)} tsp vanilla (US teaspoons), my measuring spoons "
                "are ml. how many ml?", tsp * US_TSP * 1000, *ML)


def quart_litres(r: random.Random) -> Item | None:  # US quarts to litres
    qt = r.randint(2, 12)
    return conv(f"Slow cooker is {qt} quarts (US). What's that in litres?", qt * US_QT, *L)


def pool_litres(r: random.Random) -> Item | None:  # cubic metres to litres (a paddling pool)
    a, b, d = F(r.randint(15, 40), 10), F(r.randint(10, 30), 10), F(r.randint(3, 8), 10)
    return conv(f"Paddling pool is {show(a)} m x {show(b)} m, filled {show(d)} m deep. How "
                "many litres of water is that?", a * b * d * 1000, *L, dp=0)


def tank_cuft(r: random.Random) -> Item | None:  # litres to cubic feet
    litres = r.randint(60, 800)
    return conv(f"freezer capacity {litres} litres — in cubic feet?",
                F(litres, 1000) / FOOT**3, "cu ft", "cubic feet", "ft³", "ft3")


def wine_glasses(r: random.Random) -> Item | None:  # US gallons to litres
    gal = F(r.randint(2, 20), 2)
    return conv(f"Brewing kit makes {show(gal)} US gallons. How many litres?", gal * US_GAL,
                *L)


def uk_gallon_l(r: random.Random) -> Item | None:  # UK (imperial) gallons to litres
    gal = r.randint(2, 60)
    return conv(f"the old water butt holds {gal} imperial gallons. litres?", gal * UK_GAL, *L)


def floz_ml_uk(r: random.Random) -> Item | None:  # UK fluid ounces to millilitres
    floz = r.randint(2, 40)
    return conv(f"British cookbook: {floz} fl oz of milk. How many ml is that? (imperial "
                "fl oz)", floz * UK_FLOZ * 1000, *ML)


FAMILIES: list[tuple[Family, int]] = families(
    tv_inches, height_cm, hike_feet, curtain_cm, swim_yards, marathon_km, nautical_km,
    plank_feet, ring_mm, walk_miles, desk_inches, fabric_metres, flight_feet_m, light_km,
    skirting_total, weight_stone, stone_kg, suitcase_lb, flour_oz, butter_g, dumbbell_kg,
    truck_tonnes, gold_grams, carat_g, mg_grams, parcel_kg, newborn_grams, milk_pints, beer_ml,
    paint_gallon, jug_cups, tbsp_ml, tsp_ml, quart_litres, pool_litres, tank_cuft, wine_glasses,
    uk_gallon_l, floz_ml_uk)
