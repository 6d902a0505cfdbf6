"""Round 18 (``B_*``, dev now) for ``muse bench agents``, units part 6: weather, parcels, solar
and car charging, home brewing, knitting, swimming and track pacing, baths, fuel mixes, water
hardness, slideshows, baking, epoxy, heat loss, LED strips, climbs and printing."""

from __future__ import annotations

import math

from bench.data.agents.heldout18_units import count, family, hm, money, num, pick, whole


@family
def wind_chill_f(rng):
    temp = rng.randint(-20, 45)
    wind = rng.randint(5, 45)
    v = wind ** 0.16
    wc = 35.74 + 0.6215 * temp - 35.75 * v + 0.4275 * temp * v
    t = pick(rng, f"NWS wind chill: WC = 35.74 + 0.6215T − 35.75V^0.16 + 0.4275T·V^0.16 (T in "
                  "°F, V "
             f"in mph). It's {temp}°F with a {wind} mph wind. Wind chill to one decimal?",
             f"{temp} F and wind {wind} mph — feels-like temp using the NWS wind chill formula "
             "(35.74 + 0.6215T - 35.75V^0.16 + 0.4275TV^0.16)? 1 dp")
    return t, [num(wc, 1)]


@family
def volumetric_weight(rng):
    ln, w, h = rng.randint(20, 80), rng.randint(15, 60), rng.randint(10, 50)
    actual = rng.randint(10, 250) / 10
    div = rng.choice([5000, 6000, 4000])
    rate = rng.choice([1.8, 2.2, 2.5, 3.1, 4.0])
    vol = ln * w * h / div
    charge = max(vol, actual)
    t = (f"Courier charges £{rate:.2f} per kg on whichever is greater: actual weight or "
         f"volumetric weight (L × W × H in cm ÷ {div}). My box is {ln} × {w} × {h} cm and weighs "
         f"{actual:g} kg. Volumetric weight (2 dp), and what will the shipping cost?")
    if abs(vol - actual) < 0.2:
        return None
    cost = list(dict.fromkeys(money(round(charge, 2) * rate) + money(charge * rate)))
    return t, [num(vol, 2), cost]


@family
def solar_savings(rng):
    kwp = rng.choice([3, 3.5, 4, 4.2, 5, 6, 6.4, 8])
    yld = rng.choice([850, 900, 950, 1000, 1100, 1300, 1500])
    self_use = rng.choice([30, 40, 50, 60])
    imp = rng.randint(22, 35)
    exp = rng.choice([4, 5, 12, 15])
    gen = kwp * yld
    saving = (gen * self_use / 100 * imp + gen * (100 - self_use) / 100 * exp) / 100
    t = (f"{kwp:g} kWp solar array, expected yield {yld} kWh per kWp per year. We'd use "
         f"{self_use}% of it ourselves (saving {imp}p/kWh) and export the rest at {exp}p/kWh. "
         "Annual generation in kWh and annual benefit in pounds?")
    return t, [count(int(gen)) if gen % 1 == 0 else num(gen, 1, 0.0),
               [*money(saving), f"{saving:,.2f}"]]


@family
def ev_home_charge_time(rng):
    cap = rng.choice([40, 50, 58, 64, 77, 82, 100])
    frm, to = rng.choice([(10, 80), (20, 80), (20, 100), (30, 90), (15, 85), (5, 100)])
    kw = rng.choice([7.4, 7.0, 3.6, 11, 2.3])
    eff = rng.choice([0.88, 0.9, 0.92])
    kwh = cap * (to - frm) / 100
    mins = kwh / (kw * eff) * 60
    t = (f"{cap} kWh battery, charging from {frm}% to {to}% on a {kw:g} kW home charger with "
         f"about {int(eff*100)}% charging efficiency. How long, to the nearest minute?")
    if abs(mins % 1 - 0.5) < 0.06:
        return None
    return t, [[*hm(round(mins)), f"{round(mins)} minutes", f"{round(mins)} min"]]


@family
def homebrew_abv(rng):
    og = rng.randint(1035, 1095) / 1000
    fg = rng.randint(1004, 1018) / 1000
    abv = (og - fg) * 131.25
    att = (og - fg) / (og - 1) * 100
    t = pick(rng, f"OG {og:.3f}, FG {fg:.3f}. ABV using (OG − FG) × 131.25, and apparent "
             "attenuation = (OG − FG)/(OG − 1) as a %? one decimal each",
             f"homebrew stout went from {og:.3f} to {fg:.3f}. abv (x131.25) and apparent "
             "attenuation %, 1dp?")
    return t, [num(abv, 1), num(att, 1)]


@family
def knitting_cast_on(rng):
    gauge = rng.choice([18, 20, 22, 24, 26, 28, 16, 14])
    width = rng.randint(30, 120)
    edge = rng.choice([0, 2])
    sts = gauge / 10 * width
    n = round(sts) + edge
    if abs(sts % 1 - 0.5) < 0.06:
        return None
    t = (f"Gauge is {gauge} stitches per 10 cm. I want a scarf {width} cm wide" +
         (f" plus {edge} selvedge stitches" if edge else "") +
         ". How many stitches to cast on (round the body stitches to the nearest whole)?")
    return t, [count(n)]


@family
def swim_pace_100(rng):
    dist = rng.choice([400, 750, 800, 1000, 1500, 1900, 2000, 3800])
    secs = int(dist / 100 * rng.uniform(85, 150))
    pace = secs / dist * 100
    if abs(pace % 1 - 0.5) < 0.06:
        return None
    p = round(pace)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    shown = f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
    t = pick(rng, f"swam {dist} m in {shown}. pace per 100 m? (nearest second)",
             f"Open-water {dist} m, finish time {shown}. What's that per 100 metres, to the "
             "nearest second?")
    pm, ps = divmod(p, 60)
    return t, [[f"{pm}:{ps:02d}", f"{pm} min {ps} s", f"{pm}m {ps}s", f"{pm} minutes {ps} seconds",
                f"{pm} min {ps} sec", f"{pm}m{ps:02d}s", f"{p} seconds", f"{p} s"]]


@family
def track_laps_lane(rng):
    dist = rng.choice([1600, 3000, 5000, 10000, 2000, 4000])
    lane = rng.choice([2, 3, 4, 5, 6])
    extra = {2: 7.67, 3: 15.33, 4: 23.0, 5: 30.66, 6: 38.33}[lane]
    lap = 400 + extra
    laps = dist / 400
    ran = laps * lap
    t = (f"Did {laps:g} laps of a 400 m track but in lane {lane}, where one lap is about {lap:g} "
         "m. "
         f"How far did I actually run, in metres (nearest whole), and how much extra over "
         f"{dist} m?")
    return t, [whole(ran), whole(ran - dist)]


@family
def bath_mix_temp(rng):
    hot = rng.choice([55, 60, 65, 50])
    cold = rng.choice([8, 10, 12, 15])
    want = rng.choice([37, 38, 39, 40, 41])
    vol = rng.randint(60, 160)
    h = vol * (want - cold) / (hot - cold)
    t = pick(rng, f"Hot tap water is {hot}°C, cold is {cold}°C. For a {vol} L bath at {want}°C, "
                  "how "
             "many litres of each? (ignore heat loss; one decimal)",
             f"bath: {vol} litres at {want} C wanted. hot supply {hot} C, cold {cold} C. litres of "
             "hot and cold, 1dp? no heat loss")
    return t, [num(h, 1), num(vol - h, 1)]


@family
def two_stroke_mix(rng):
    ratio = rng.choice([25, 32, 40, 50])
    litres = rng.choice([1, 2, 2.5, 4, 5, 10, 0.75, 1.5])
    us = rng.random() < 0.3
    if us:
        gal = rng.choice([1, 2, 2.5, 5])
        ml = gal * 3.785411784 * 1000 / ratio
        t = (f"Chainsaw wants {ratio}:1 petrol to oil. How many ml of oil for {gal:g} US gallon"
             f"{'s' if gal != 1 else ''} of gas? (1 US gal = 3.785411784 L; one decimal)")
    else:
        ml = litres * 1000 / ratio
        t = pick(rng, f"2-stroke mix {ratio}:1 — how much oil in ml for a {litres:g} L can of "
                      "petrol?",
                 f"Strimmer fuel at {ratio} to 1. I'm filling {litres:g} L of petrol. Oil in "
                 "ml (one decimal if needed)?")
    return t, [num(ml, 1, 0.0) if (ml * 10) % 1 < 1e-9 else num(ml, 1)]


@family
def hardness_gpg(rng):
    ppm = rng.randint(40, 420)
    t = pick(rng, f"Water report says hardness {ppm} ppm as CaCO3. My softener wants grains per "
             "gallon. 1 gpg = 17.1 ppm. Value to one decimal?",
             f"{ppm} mg/L hardness → gpg? (divide by 17.1) 1 dp, and in °dH (divide ppm by 17.8), "
             "also 1 dp")
    ans = [num(ppm / 17.1, 1)]
    if "dH" in t:
        ans.append(num(ppm / 17.8, 1))
    return t, ans


@family
def slideshow_length(rng):
    photos = rng.randint(25, 240)
    per = rng.choice([3, 4, 5, 6, 7, 8])
    trans = rng.choice([0.5, 1, 1.5])
    secs = photos * per + (photos - 1) * trans
    if secs % 1:
        return None
    s = int(secs)
    m, sec = divmod(s, 60)
    t = (f"Slideshow of {photos} photos, each on screen {per} s, with a {trans:g} s transition "
         "between consecutive photos (none before the first or after the last). Total length "
         "in minutes and seconds?")
    return t, [[f"{m}:{sec:02d}", f"{m} min {sec} s", f"{m} minutes {sec} seconds", f"{m}m {sec}s",
                f"{m} min {sec} sec", f"{m} minutes and {sec} seconds", f"{m}m{sec:02d}s",
                f"{s} seconds", f"{s} s", f"{m} mins {sec} secs", f"{m} minutes, {sec} seconds"]]


@family
def muffin_batter(rng):
    batter = rng.randint(60, 220) * 10
    per = rng.choice([55, 60, 65, 70, 80, 90, 100])
    tray = rng.choice([6, 12])
    n = batter // per
    trays = math.ceil(n / tray)
    t = pick(rng, f"I've got {batter} g of batter and want {per} g in each muffin case. How many "
             f"full muffins, and how many {tray}-hole tray bakes?",
             f"{batter}g batter ÷ {per}g per muffin — how many muffins (full ones only), and "
             f"batches in a {tray}-cup tin?")
    if n % tray == 0:
        return None
    return t, [count(int(n)), [f"{trays} batches", f"{trays} bakes", f"{trays} trays",
                               f"{trays} tray", f"= {trays}", f"{trays} batch", f"{trays} rounds"]]


@family
def fuel_gauge_range(rng):
    tank = rng.choice([40, 45, 50, 55, 60, 65, 70])
    eighths = rng.randint(1, 7)
    l100 = rng.randint(45, 110) / 10
    litres = tank * eighths / 8
    km = litres / l100 * 100
    t = (f"Needle's at {eighths}/8 on a {tank} L tank and the car averages {l100:g} L/100 km. "
         "About how many litres are left (1 dp) and how many km can I drive (nearest km)?")
    if eighths in (2, 4, 6):
        t = t.replace(f"{eighths}/8", {2: "a quarter", 4: "half", 6: "three quarters"}[eighths])
    return t, [num(litres, 1, 0.0) if (litres * 10) % 1 == 0 else num(litres, 1), whole(km)]


@family
def epoxy_ratio(rng):
    a, b = rng.choice([(100, 45), (100, 30), (100, 50), (2, 1), (100, 40), (3, 1)])
    resin = rng.randint(5, 120) * 10
    hard = resin * b / a
    t = pick(rng, f"Epoxy mixes {a}:{b} resin to hardener by weight. I've poured {resin} g of "
                  "resin. "
             "How much hardener (g, one decimal), and what's the total batch?",
             f"resin:hardener {a}:{b} by weight, {resin}g resin — grams of hardener + total mix? "
             "1dp")
    tot = resin + hard
    return t, [num(hard, 1, 0.0) if (hard * 10) % 1 < 1e-9 else num(hard, 1),
               num(tot, 1, 0.0) if (tot * 10) % 1 < 1e-9 else num(tot, 1)]


@family
def heat_loss_uvalue(rng):
    u = rng.choice([0.18, 0.25, 0.3, 1.4, 1.6, 2.1, 2.8, 4.8, 0.35])
    area = rng.randint(20, 400) / 10
    inside = rng.choice([18, 19, 20, 21, 22])
    outside = rng.randint(-8, 10)
    q = u * area * (inside - outside)
    t = (f"Heat loss through a wall or window = U-value × area × temperature difference. U = "
         f"{u:g} W/m²K, area {area:g} m², {inside} °C inside and {outside} °C outside. Heat loss "
         "in watts (1 dp) and kWh over 24 hours at that rate (2 dp)?")
    return t, [num(q, 1), num(q * 24 / 1000, 2)]


@family
def led_strip_psu(rng):
    metres = rng.randint(2, 25)
    wpm = rng.choice([4.8, 7.2, 9.6, 14.4, 19.2])
    volts = rng.choice([12, 24])
    head = rng.choice([20, 25])
    watts = metres * wpm
    psu = watts * (1 + head / 100)
    t = (f"{metres} m of {volts} V LED strip rated {wpm:g} W per metre. Total draw in watts, "
         "current "
         f"in amps (2 dp), and the minimum PSU rating in watts with {head}% headroom (1 dp)?")
    return t, [num(watts, 1, 0.0) if (watts * 10) % 1 < 1e-6 else num(watts, 1),
               num(watts / volts, 2), num(psu, 1)]


@family
def climb_vam(rng):
    gain = rng.randint(250, 1800)
    mins = rng.randint(18, 150)
    vam = gain / (mins / 60)
    grade_km = rng.randint(30, 200) / 10
    t = pick(rng, f"Climbed {gain} m in {mins} minutes. VAM (vertical metres per hour, nearest "
             f"whole)? The climb is {grade_km:g} km long, so what's the average gradient (%, 1dp)?",
             f"strava: {grade_km:g} km climb, {gain}m elevation gain, took me {mins} min. vam in "
             "m/h (whole) and avg gradient % (1 dp)?")
    return t, [whole(vam), num(gain / (grade_km * 1000) * 100, 1)]


@family
def duplex_sheets(rng):
    pages = rng.randint(30, 400)
    copies = rng.randint(5, 60)
    ream = 500
    sheets_each = math.ceil(pages / 2)
    total = sheets_each * copies
    reams = math.ceil(total / ream)
    t = (f"Printing {copies} copies of a {pages}-page handout double-sided (each copy starts on a "
         f"fresh sheet). Sheets per copy, total sheets, and how many {ream}-sheet reams to buy?")
    if total % ream == 0:
        return None
    return t, [count(sheets_each), count(total), [f"{reams} reams", f"{reams} ream", f"= {reams}"]]


FAMILIES = [(f, 10) for f in (
    wind_chill_f, volumetric_weight, solar_savings, ev_home_charge_time, homebrew_abv,
    knitting_cast_on, swim_pace_100, track_laps_lane, bath_mix_temp, two_stroke_mix,
    hardness_gpg, slideshow_length, muffin_batter, fuel_gauge_range, epoxy_ratio,
    heat_loss_uvalue, led_strip_psu, climb_vam, duplex_sheets)]
