"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 16: minutes between times, fractions, bike commutes, meatballs, cans, bathroom tiles, hikes, anniversaries, rough factors, batches, numbers in words, 3D prints, conferences and screen time."""
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
    span,
)
from bench.data.agents.heldout23_multi_h_8 import say, unit
from bench.data.agents.helpers import Family


@fam
def minutes_between_and_percent(rng):
    a = rng.randint(6 * 60, 12 * 60)
    b = a + rng.randint(100, 600)
    p = F(rng.choice([15, 25, 35, 45, 75]), 10)
    base = rng.randint(40, 400) * 100
    t = rng.choice([
        f"How many minutes from {a // 60}:{a % 60:02d} to {b // 60}:{b % 60:02d}? And what's {sh(p)}% of {base:,}?",
        f"minutes between {a // 60:02d}:{a % 60:02d} and {b // 60:02d}:{b % 60:02d}; also {sh(p)} percent of {base}",
    ])
    return t, [span(b - a), num(p * base / 100)]


@fam
def fractions_and_ounces(rng):
    a = rng.choice([(1, 3), (1, 4), (2, 5), (3, 8), (1, 6), (5, 12)])
    b = rng.choice([(1, 4), (1, 2), (2, 3), (1, 5), (3, 10)])
    s = F(*a) + F(*b)
    if a == b or s.denominator == 1:
        return None
    oz = rng.randint(3, 24)
    g = oz * F("28.35")
    k = rng.randrange(2)
    sv = [str(s)] + ([f"{s.numerator // s.denominator} and {s.numerator % s.denominator}/{s.denominator}"] if s > 1 else [])
    if k == 0:
        sv += num(s) + num(s, 3)
    t = [
        f"what's {a[0]}/{a[1]} + {b[0]}/{b[1]}? also convert {oz} ounces to grams (28.35 g each)",
        f"Quick: {a[0]}/{a[1]} plus {b[0]}/{b[1]} as a fraction, and {oz} oz in g",
    ][k]
    return t, [sv, unit(g, ["g", "grams"], 2)]


@fam
def bike_commute_co2(rng):
    each = rng.randint(4, 25)
    days = rng.randint(2, 5)
    weeks = rng.choice([44, 45, 46, 47, 48])
    co2 = F(rng.choice([12, 15, 17, 19, 21]), 100)
    wk = each * 2 * days
    yr = wk * weeks
    saved = yr * co2
    t = rng.choice([
        f"I cycle {each} km each way to work, {days} days a week. How many km a week? Over {weeks} working weeks? And the CO2 saved at {sh(co2)} kg per km?",
        f"bike commute {each}km one way x2, {days} days/wk -> weekly km -> yearly ({weeks} wks) -> kg CO2 at {sh(co2)} kg/km",
    ])
    return t, [unit(wk, ["km"], 0), unit(yr, ["km"], 0), unit(saved, ["kg"], 2)]


@fam
def meatball_mince(rng):
    g = rng.choice([400, 500, 750])
    makes = rng.choice([12, 15, 16, 20, 24])
    need = rng.randint(25, 80)
    perkg = F(rng.randint(599, 1199), 100)
    mince = F(g * need, makes)
    cost = mince / 1000 * perkg
    if near(mince, 0) or near(cost) or rnd(cost) != rnd(rnd(mince, 0) / 1000 * perkg):
        return None
    t = rng.choice([
        f"{g} g of mince makes {makes} meatballs. I need {need} for the party - how much mince (nearest gram), and what does it cost at {dp(perkg)} per kg?",
        f"meatballs: {makes} from {g}g. for {need}: grams of mince (nearest g)? cost @ {dp(perkg)}/kg?",
    ])
    return t, [unit(mince, ["g", "grams"], 0), num(cost)]


@fam
def cans_boxes_cost(rng):
    per = rng.choice([12, 18, 24, 30])
    cans = rng.randint(40, 300)
    price = F(rng.randint(699, 2499), 100)
    boxes = -(-cans // per)
    if cans % per == 0:
        return None
    t = rng.choice([
        f"We need {cans} cans for the street party and they come in boxes of {per}. How many boxes, and what's the cost at {dp(price)} a box?",
        f"{cans} cans, {per} per box -> boxes (round up)? x {dp(price)} each = ?",
    ])
    return t, [[f"{boxes} boxes", f"{boxes}boxes"], num(boxes * price)]


@fam
def bathroom_tiles_list(rng):
    a, b = F(rng.randint(15, 40), 10), F(rng.randint(15, 30), 10)
    tile = rng.choice([20, 25, 30])
    grout = rng.choice([3, 4, 5])
    area = a * b
    tiles = -(-area // (F(tile, 100) ** 2))
    gkg = area / grout
    if near(gkg, 1):
        return None
    t = rng.choice([
        f"Bathroom wall job:\n1. area of a {sh(a)} m x {sh(b)} m wall\n2. how many {tile} x {tile} cm tiles (wall area / tile area, no spare, round up)\n3. grout at 1 kg per {grout} m² - how many kg (1 dp)?",
        f"(1) {sh(a)}x{sh(b)} m area (2) {tile}cm square tiles needed (area / tile area), rounded up (3) kg of grout at 1kg/{grout}m2, 1 dp",
    ])
    return t, [num(area), [f"{tiles} tiles", f"{tiles}tiles"], unit(gkg, ["kg"], 1)]


@fam
def hike_story(rng):
    start = rng.randint(7 * 60, 10 * 60)
    km = F(rng.randint(80, 240), 10)
    breaks = rng.randint(2, 4)
    blen = rng.choice([10, 15, 20])
    moving = rng.randint(150, 360)
    end = start + moving + breaks * blen
    kmh = km / F(moving, 60)
    if near(kmh, 1):
        return None
    t = rng.choice([
        f"Great hike today! We set off at {start // 60}:{start % 60:02d}, covered {sh(km)} km, took {breaks} breaks of {blen} minutes, and got back at {end // 60}:{end % 60:02d}. How long were we actually walking, and what was our moving speed in km/h (1 dp)?",
        f"hike: start {start // 60:02d}:{start % 60:02d}, finish {end // 60:02d}:{end % 60:02d}, {breaks} x {blen} min breaks, {sh(km)} km. walking time? avg km/h while moving (1 dp)?",
    ])
    return t, [span(moving), unit(kmh, ["km/h", "kph"], 1) + num(kmh, 1)]


@fam
def anniversary_dinner(rng):
    menu = rng.randint(55, 140)
    wine = rng.randint(28, 95)
    svc = rng.choice(["10", "12.5", "15"])
    sub = 2 * menu + wine
    tot = sub * (1 + F(svc) / 100)
    if near(tot):
        return None
    t = rng.choice([
        f"For our anniversary we're doing the tasting menu at {menu} each for the two of us, plus a bottle of wine at {wine}. With {svc}% service added, what's the total? And what's the bill before service?",
        f"2 x {menu} tasting menu + {wine} wine, then {svc}% service charge. pre-service and final totals?",
    ])
    return t, [num(tot), num(sub)]


@fam
def two_different_factors(rng):
    kg = rng.randint(20, 120)
    lb = rng.randint(20, 200)
    a = kg * F("2.2")
    b = lb * F("0.45")
    if near(a, 1) or near(b, 1):
        return None
    t = rng.choice([
        f"Rough conversions: {kg} kg to lb using 2.2 (not 2.2046), and {lb} lb to kg using 0.45. One decimal.",
        f"{kg}kg -> lb with x2.2; {lb}lb -> kg with x0.45",
    ])
    return t, [unit(a, ["lb", "lbs", "pounds"], 1) + num(a, 1), unit(b, ["kg"], 1) + num(b, 1)]


@fam
def batches_and_decimal(rng):
    per = rng.choice([12, 13, 14, 16, 18, 20])
    need = rng.randint(50, 200)
    a, b = rng.choice([(2, 7), (3, 7), (5, 7), (4, 9), (5, 11), (7, 13), (3, 17)])
    bt = -(-need // per)
    if need % per == 0:
        return None
    dec = F(a, b)
    t = rng.choice([
        f"One batch makes {per} cookies and I need {need}. How many batches? And separately, {a}/{b} as a decimal to 4 places?",
        f"batches of {per} to reach {need} cookies (round up) + {a}/{b} to 4 dp",
    ])
    return t, [[f"{bt} batches", f"{bt}batches"], num(dec, 4)]


@fam
def words_bmi_maxhr(rng):
    age = rng.randint(21, 69)
    kg = rng.randint(50, 99)
    ft, inch = rng.choice([(5, i) for i in range(2, 12)] + [(6, i) for i in range(0, 3)])
    m = (ft * 12 + inch) * F("0.0254")
    bmi = kg / m ** 2
    bmi2 = kg / rnd(m) ** 2
    if near(bmi) or near(bmi2) or rnd(bmi, 1) != rnd(bmi2, 1):
        return None
    t = rng.choice([
        f"im {say(age)}, weigh {say(kg)} kilos and i'm {say(ft)} foot {say(inch)}. whats my BMI (1 decimal, 1 inch = 2.54 cm) and my max heart rate using 220 minus age?",
        f"I'm {say(age)} years old, {say(kg)} kg, {ft} ft {inch}. BMI to one decimal? max HR (220 - age)?",
    ])
    return t, [num(bmi, 1), [*unit(220 - age, ["bpm"], 0), f"is {220 - age}", f"= {220 - age}"]]


@fam
def print_cost_done_time(rng):
    g = rng.randint(12, 240)
    spool = F(rng.randint(1799, 3299), 100)
    start = rng.randint(18 * 60, 23 * 60)
    dur = rng.randint(45, 14 * 60)
    cost = g * spool / 1000
    if near(cost):
        return None
    t = rng.choice([
        f"My 3D print uses {g} g of filament from a {dp(spool)} 1 kg spool. What does the filament cost? It takes {dur // 60} h {dur % 60} min and starts at {start // 60}:{start % 60:02d} - when will it finish?",
        f"filament {g}g @ {dp(spool)}/kg = ? print time {dur // 60}h{dur % 60:02d}m from {start // 60}:{start % 60:02d}, done at?",
    ])
    return t, [num(cost), clock(start + dur)]


@fam
def conference_sessions(rng):
    start = rng.choice([8 * 60 + 30, 9 * 60, 9 * 60 + 30])
    sess = rng.choice([40, 45, 50, 60])
    brk = rng.choice([10, 15, 20])
    n = rng.randint(4, 7)
    days = rng.randint(2, 4)
    end = start + n * sess + (n - 1) * brk
    hrs = F(n * sess * days, 60)
    t = rng.choice([
        f"Our conference runs {days} days. Each day has {n} sessions of {sess} minutes with {brk}-minute breaks between them, starting at {start // 60}:{start % 60:02d}. When does the last session end each day, and how many hours of sessions are there over the whole conference?",
        f"{n} x {sess} min sessions, {brk} min gaps, first at {start // 60:02d}:{start % 60:02d}: end time of the last one? total session hours across {days} days?",
    ])
    return t, [clock(end), [f"{v} hours" for v in num(hrs)] + [f"{v} hrs" for v in num(hrs)] + span(n * sess * days)]


@fam
def screen_time_over(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][: rng.randint(5, 7)]
    limit = rng.choice([60, 90, 120])
    mins = [rng.randint(30, 200) for _ in days]
    over = sum(max(0, m - limit) for m in mins)
    if over == 0:
        return None
    tot = sum(mins)
    t = rng.choice([
        f"Kids' screen time this week in minutes: {', '.join(f'{d} {m}' for d, m in zip(days, mins, strict=True))}. What's the total in hours and minutes, and how many minutes over the {limit}-minute daily limit did they go altogether (only counting days over)?",
        f"screen mins - {' '.join(f'{d}:{m}' for d, m in zip(days, mins, strict=True))}. total? minutes above {limit}/day summed over the days that went over?",
    ])
    return t, [span(tot), span(over)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    minutes_between_and_percent, fractions_and_ounces, bike_commute_co2, meatball_mince,
    cans_boxes_cost, bathroom_tiles_list, hike_story, anniversary_dinner, two_different_factors,
    batches_and_decimal, words_bmi_maxhr, print_cost_done_time, conference_sessions,
    screen_time_over,
)]
