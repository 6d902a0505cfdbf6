"""Round 16 (``L_u_*``, dev now) for ``muse bench agents``: unit conversions asked tersely or
in passing — quick "X in Y" messages, compound units (feet and inches, stone and pounds, hours
and minutes), paces and gradients."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout16_units import (
    ACRE,
    CM,
    DEG_C,
    DEG_F,
    FOOT,
    FT,
    INCH,
    KG,
    KM,
    KMH,
    LB,
    LBS,
    MI,
    MILE,
    ML,
    MPH,
    NMI,
    OZ,
    US_FLOZ,
    US_GAL,
    YARD,
    L,
    M,
    calc,
    conv,
    families,
    num,
    show,
)
from bench.data.agents.helpers import Family, Item

F = Fraction


def feet_inches(total_in: Fraction) -> list[str] | None:
    """A length as whole feet and inches (nearest inch)."""
    whole = num(total_in, 0)
    if whole is None:
        return None
    n = int(whole[0].replace(",", ""))
    ft, inch = divmod(n, 12)
    return [f"{ft}'{inch}\"", f"{ft}′{inch}″", f"{ft} ft {inch} in", f"{ft} feet {inch} inches",
            f"{ft}ft {inch}in", f"{ft} foot {inch}", f"{ft}'{inch}", f"{ft} ft {inch}",
            f"{ft} feet {inch}", f"{ft} feet, {inch} inches", f"{ft} feet and {inch} inches"]


def stone_pounds(total_lb: Fraction) -> list[str] | None:
    """A weight as whole stone and pounds (nearest pound)."""
    whole = num(total_lb, 0)
    if whole is None:
        return None
    n = int(whole[0].replace(",", ""))
    st, lb = divmod(n, 14)
    return [f"{st} st {lb} lb", f"{st} stone {lb} pounds", f"{st}st {lb}lb", f"{st} stone {lb} lb",
            f"{st} st {lb} lbs", f"{st} stone {lb}", f"{st} stone, {lb} pounds",
            f"{st} stone and {lb} pounds", f"{st}st {lb}lbs", f"{st} stone {lb} lbs"]


def min_sec(seconds: Fraction) -> list[str] | None:
    whole = num(seconds, 0)
    if whole is None:
        return None
    n = int(whole[0].replace(",", ""))
    m, s = divmod(n, 60)
    return [f"{m}:{s:02d}", f"{m} min {s} s", f"{m}m {s}s", f"{m} minutes {s} seconds",
            f"{m}:{s:02d} min", f"{m} min {s} sec", f"{m}'{s:02d}\""]


# --- terse one-liners ---------------------------------------------------------------------

def t_km_mi(r: random.Random) -> Item | None:  # "N km to mi"
    km = r.randint(3, 250)
    return conv(f"{km} km to mi", km * 1000 / MILE, *MI)


def t_mi_km(r: random.Random) -> Item | None:  # "N mi in km?"
    mi = F(r.randint(11, 400), 10)
    return conv(f"{show(mi)} mi in km?", mi * MILE / 1000, *KM)


def t_in_cm(r: random.Random) -> Item | None:  # "Nin → cm"
    inch = r.randint(2, 90)
    return conv(f"{inch}in → cm", inch * INCH * 100, *CM)


def t_lb_kg(r: random.Random) -> Item | None:  # "N lbs = ? kg"
    lb = r.randint(3, 320)
    return conv(f"{lb} lbs = ? kg", lb * LB, *KG)


def t_kg_lb(r: random.Random) -> Item | None:  # "kg to pounds: N"
    kg = F(r.randint(5, 1500), 10)
    return conv(f"kg to pounds: {show(kg)}", kg / LB, *LBS)


def t_f_c(r: random.Random) -> Item | None:  # "NF in C"
    f = r.randint(-10, 115)
    return conv(f"{f}F in C", (f - 32) * F(5, 9), *DEG_C)


def t_c_f(r: random.Random) -> Item | None:  # "N celsius = fahrenheit?"
    c = r.randint(-30, 60)
    return conv(f"{c} celsius = fahrenheit?", c * F(9, 5) + 32, *DEG_F, dp=1)


def t_gal_l(r: random.Random) -> Item | None:  # "N gallons (US) → litres"
    gal = F(r.randint(5, 300), 10)
    return conv(f"{show(gal)} gallons (US) → litres", gal * US_GAL, *L)


def t_floz_ml(r: random.Random) -> Item | None:  # US fl oz to ml
    floz = r.choice([4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 64])
    return conv(f"{floz} fl oz in ml (US)", floz * US_FLOZ * 1000, *ML, dp=1)


def t_mph_kmh(r: random.Random) -> Item | None:  # "N mph → km/h"
    mph = r.randint(5, 160)
    return conv(f"{mph}mph → km/h", mph * MILE / 1000, *KMH)


def t_m_ft(r: random.Random) -> Item | None:  # "N m in ft"
    m = F(r.randint(5, 900), 10)
    return conv(f"{show(m)} m in ft", m / FOOT, *FT)


def t_ft_m(r: random.Random) -> Item | None:  # "N feet to meters"
    ft = r.randint(3, 2000)
    return conv(f"{ft} feet to meters", ft * FOOT, *M)


def t_oz_g(r: random.Random) -> Item | None:  # "N oz = g"
    oz = F(r.randint(5, 640), 10)
    return conv(f"{show(oz)} oz = how many g", oz * OZ * 1000, "g", "grams")


def t_l_gal(r: random.Random) -> Item | None:  # litres to US gallons
    litres = r.randint(4, 400)
    return conv(f"convert {litres} litres → US gal", litres / US_GAL, "gallons", "gal",
                "US gallons")


def t_yd_m(r: random.Random) -> Item | None:  # "N yards to metres"
    yd = r.randint(5, 1760)
    return conv(f"{yd} yards to metres?", yd * YARD, *M)


# --- compound units -----------------------------------------------------------------------

def cm_feet_in(r: random.Random) -> Item | None:  # a height in cm to feet and inches
    cm = r.randint(140, 205)
    return calc(f"I'm {cm} cm — what's that in feet and inches?",
                feet_inches(F(cm, 100) / INCH))


def m_feet_in(r: random.Random) -> Item | None:  # metres to feet and inches
    m = F(r.randint(150, 320), 100)
    return calc(f"the van is {show(m)} m tall; car park barrier is in feet+inches. what's "
                f"{show(m)} m as feet and inches?", feet_inches(m / INCH))


def kg_stone_lb(r: random.Random) -> Item | None:  # kg to stone and pounds
    kg = F(r.randint(450, 1400), 10)
    return calc(f"How much is {show(kg)} kg in stone and pounds?", stone_pounds(kg / LB))


def stone_to_lb(r: random.Random) -> Item | None:  # stone and pounds to pounds
    st, lb = r.randint(7, 22), r.randint(1, 13)
    n = st * 14 + lb
    return calc(f"{st} stone {lb} — just in pounds please", [f"{n} lb", f"{n} lbs",
                                                            f"{n} pounds", f"{n}lb", f"{n}lbs"])


def hands_cm(r: random.Random) -> Item | None:  # horse height in hands to cm
    hands, extra = r.randint(11, 17), r.randint(0, 3)
    return conv(f"The pony is {hands}.{extra} hands (hands.inches). How tall is that in cm?",
                (hands * 4 + extra) * INCH * 100, *CM, dp=1)


def ft_in_m(r: random.Random) -> Item | None:  # feet and inches to metres
    ft, inch = r.randint(4, 7), r.randint(0, 11)
    return conv(f"{ft} ft {inch} in to metres", (ft * 12 + inch) * INCH, *M)


def secs_hms(r: random.Random) -> Item | None:  # seconds to hours, minutes, seconds
    s = r.randint(3700, 86000)
    h, rest = divmod(s, 3600)
    m, sc = divmod(rest, 60)
    return calc(f"{s:,} seconds — how many hours, minutes and seconds is that?",
                [f"{h}:{m:02d}:{sc:02d}", f"{h}h {m}m {sc}s", f"{h} hours {m} minutes {sc} "
                 "seconds", f"{h} h {m} min {sc} s", f"{h} hours, {m} minutes and {sc} seconds",
                 f"{h} hours, {m} minutes, {sc} seconds", f"{h} hr {m} min {sc} sec",
                 f"{h} hours {m} minutes and {sc} seconds"])


def hours_days(r: random.Random) -> Item | None:  # hours to days and hours
    h = r.randint(30, 500)
    d, rest = divmod(h, 24)
    if rest == 0:
        return None
    ds = "day" if d == 1 else "days"
    hs = "hour" if rest == 1 else "hours"
    return calc(f"the download says {h} hours remaining lol. how many days and hours is that?",
                [f"{d} {ds} {rest} {hs}", f"{d} {ds} and {rest} {hs}", f"{d} {ds}, {rest} {hs}",
                 f"{d}d {rest}h", f"{d} d {rest} h"])


def days_weeks(r: random.Random) -> Item | None:  # days to weeks and days
    d = r.randint(15, 300)
    w, rest = divmod(d, 7)
    if rest == 0:
        return None
    ds = "day" if rest == 1 else "days"
    return calc(f"{d} days is how many weeks and days?",
                [f"{w} weeks {rest} {ds}", f"{w} weeks and {rest} {ds}", f"{w} weeks, {rest} "
                 f"{ds}", f"{w}w {rest}d", f"{w} wk {rest} d"])


def minutes_hm(r: random.Random) -> Item | None:  # minutes to hours and minutes
    mins = r.randint(65, 900)
    h, m = divmod(mins, 60)
    if m == 0:
        return None
    hs = "hour" if h == 1 else "hours"
    return calc(f"the film is {mins} minutes long. so how many hours and minutes?",
                [f"{h} {hs} {m} minutes", f"{h} {hs} and {m} minutes", f"{h}h {m}m",
                 f"{h}h {m}min", f"{h} h {m} min", f"{h}:{m:02d}", f"{h} hr {m} min",
                 f"{h}h{m:02d}", f"{h} {hs}, {m} minutes"])


# --- pace and speed -----------------------------------------------------------------------

def kmh_pace(r: random.Random) -> Item | None:  # km/h to minutes per km
    kmh = F(r.randint(70, 200), 10)
    return calc(f"treadmill set to {show(kmh)} km/h — what pace per km is that?",
                min_sec(3600 / kmh))


def mph_pace(r: random.Random) -> Item | None:  # mph to minutes per mile
    mph = F(r.randint(40, 110), 10)
    return calc(f"Treadmill at {show(mph)} mph. What's that as a per-mile pace?",
                min_sec(3600 / mph))


def pace_kmh(r: random.Random) -> Item | None:  # min/mile pace to km/h
    m, s = r.randint(6, 12), r.choice([0, 10, 15, 20, 30, 40, 45, 50])
    secs = m * 60 + s
    return conv(f"my easy pace is {m}:{s:02d} per mile. how fast is that in km/h?",
                MILE / 1000 * 3600 / secs, *KMH)


def kmh_mph_tread(r: random.Random) -> Item | None:  # treadmill km/h to mph
    kmh = F(r.randint(50, 200), 10)
    return conv(f"gym treadmill only does mph. I normally run at {show(kmh)} km/h, what do I "
                "set?", kmh * 1000 / MILE, *MPH, dp=1)


def kmh_knots(r: random.Random) -> Item | None:  # km/h to knots
    kmh = r.randint(10, 900)
    return conv(f"{kmh} km/h in knots?", kmh * 1000 / NMI, "knots", "kn", "kt")


def ms_mph(r: random.Random) -> Item | None:  # m/s to mph
    ms = F(r.randint(10, 400), 10)
    return conv(f"Wind speed {show(ms)} m/s — mph?", ms * 3600 / MILE, *MPH)


def ms_fts(r: random.Random) -> Item | None:  # m/s to ft/s
    ms = r.randint(2, 340)
    return conv(f"{ms} metres per second in feet per second", ms / FOOT, "ft/s",
                "feet per second", "fps")


# --- odd but real units -------------------------------------------------------------------

def furlongs_m(r: random.Random) -> Item | None:  # furlongs to metres
    fur = r.randint(5, 24)
    return conv(f"the race is {fur} furlongs. how many metres?", fur * 220 * YARD, *M, dp=0)


def fathoms_m(r: random.Random) -> Item | None:  # fathoms to metres
    fa = r.randint(3, 200)
    return conv(f"Old chart shows depth {fa} fathoms. In metres?", fa * 6 * FOOT, *M, dp=1)


def cubic_in_l(r: random.Random) -> Item | None:  # engine cubic inches to litres
    ci = r.choice([140, 183, 231, 250, 302, 327, 350, 383, 400, 427, 454, 502])
    return conv(f"a {ci} cubic inch V8, how many litres displacement?", ci * INCH**3 * 1000,
                *L)


def cc_ci(r: random.Random) -> Item | None:  # engine cc to cubic inches
    cc = r.choice([125, 250, 600, 1000, 1200, 1400, 1600, 1800, 2000, 2500, 3000])
    return conv(f"{cc}cc bike engine in cubic inches?", F(cc, 10**6) / INCH**3, "cu in",
                "cubic inches", "in³", "ci")


def barrels_l(r: random.Random) -> Item | None:  # oil barrels to litres
    bbl = r.randint(2, 90)
    return conv(f"How many litres in {bbl} barrels of oil (42 US gallons each)?",
                bbl * 42 * US_GAL, *L)


def acres_sqft(r: random.Random) -> Item | None:  # acres to square feet
    ac = F(r.randint(1, 40), 4)
    return conv(f"lot is {show(ac)} acres. square feet?", ac * ACRE / FOOT**2,
                "sq ft", "square feet", "ft²", dp=0)


def sqft_acres(r: random.Random) -> Item | None:  # square feet to acres
    sqft = r.randint(4000, 90000)
    return conv(f"the listing says {sqft:,} sq ft lot — how many acres?",
                sqft * FOOT**2 / ACRE, "acres", "ac", dp=3)


def cuyd_m3(r: random.Random) -> Item | None:  # cubic yards to cubic metres
    yd = r.randint(1, 30)
    return conv(f"ordered {yd} cubic yards of mulch. what is that in m³?", yd * YARD**3,
                "m³", "m3", "cubic metres", "cubic meters")


def gradient_deg(r: random.Random) -> Item | None:  # a percent gradient to degrees
    pct = r.choice([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 17, 20, 25, 33])
    deg = F(math.degrees(math.atan(pct / 100)))
    return conv(f"road sign says {pct}% gradient. what angle is that in degrees?", deg,
                "°", "degrees")


def deg_rad(r: random.Random) -> Item | None:  # degrees to radians
    deg = r.choice([10, 15, 20, 25, 35, 40, 50, 75, 100, 120, 135, 200, 240, 300])
    return conv(f"{deg} degrees in radians (decimal)", F(math.radians(deg)), "rad", "radians")


def rad_deg(r: random.Random) -> Item | None:  # radians to degrees
    rad = F(r.randint(2, 60), 10)
    return conv(f"convert {show(rad)} rad to degrees", F(math.degrees(float(rad))), "°",
                "degrees", "deg")


FAMILIES: list[tuple[Family, int]] = families(
    t_km_mi, t_mi_km, t_in_cm, t_lb_kg, t_kg_lb, t_f_c, t_c_f, t_gal_l, t_floz_ml, t_mph_kmh,
    t_m_ft, t_ft_m, t_oz_g, t_l_gal, t_yd_m, cm_feet_in, m_feet_in, kg_stone_lb, stone_to_lb,
    hands_cm, ft_in_m, secs_hms, hours_days, days_weeks, minutes_hm, kmh_pace, mph_pace,
    pace_kmh, kmh_mph_tread, kmh_knots, ms_mph, ms_fts, furlongs_m, fathoms_m, cubic_in_l,
    cc_ci, barrels_l, acres_sqft, sqft_acres, cuyd_m3, gradient_deg, deg_rad, rad_deg)
