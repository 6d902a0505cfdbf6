"""Round 18 (``B_m_*``, dev now) for ``muse bench agents``, multi part 7: statistics on lists
in the message with a chart, sports figures, and formulas from the workshop, the pet shop and
the ward, each asked together with a second kind of work."""

from __future__ import annotations

import math
import random
import statistics
from collections import Counter

from bench.data.agents.heldout18_multi_common import (
    CHART,
    LB,
    MEAN,
    MEDIAN,
    RATE,
    RATES_TEXT,
    F,
    Made,
    cash,
    family,
    mmss,
    num,
    pick,
    r2,
    same,
    stat,
)
from bench.data.agents.helpers import Family


@family
def star_ratings_chart(rng: random.Random) -> Made:
    counts = {s: rng.randint(0, 400) for s in (5, 4, 3, 2, 1)}
    total = sum(counts.values())
    if total < 20:
        return None
    avg = F(sum(s * c for s, c in counts.items()), total)
    text = ("My app's reviews: " + ", ".join(f"{s} star{'s' if s > 1 else ''}: {c}"
                                             for s, c in counts.items()) +
            ". What's the average rating (2 dp), what percent of reviews are 4 or 5 stars (1 dp), "
            "and can you make a bar chart of the counts?")
    return text, [num(avg, 2), num(F((counts[5] + counts[4]) * 100, total), 1), CHART]


@family
def percentile_rank_scores(rng: random.Random) -> Made:
    scores = [rng.randint(40, 100) for _ in range(rng.randint(12, 25))]
    mine = rng.choice(scores)
    below = sum(1 for s in scores if s < mine)
    if below == 0:
        return None
    text = (f"Test scores for our year group (mine included, I got {mine}): "
            + ", ".join(map(str, scores)) + ". What percentage of the scores are strictly below "
            "mine (1 dp), and what's the class mean (1 dp)?")
    return text, [num(F(below * 100, len(scores)), 1), stat(MEAN, F(sum(scores), len(scores)), 1)]


@family
def lap_times_cv(rng: random.Random) -> Made:
    laps = [F(rng.randint(600, 900), 10) for _ in range(rng.randint(5, 10))]
    mean = sum(laps, F(0)) / len(laps)
    sd = statistics.stdev([float(x) for x in laps])
    text = pick(rng, "Lap times from my karting session in seconds: "
                + ", ".join(f"{float(x):.1f}" for x in laps) + ". Mean lap (2 dp), sample "
                "standard deviation (2 dp), and my consistency as a coefficient of variation "
                "(sd / mean, as a percent to 2 dp)?",
                "how consistent am I? laps (s): " + " ".join(f"{float(x):.1f}" for x in laps) +
                " -- give mean, sample SD and CV% (SD/mean*100), all 2dp")
    cv = same(num(sd / float(mean) * 100, 2), num(round(sd, 2) / float(r2(mean)) * 100, 2))
    return text, [stat(MEAN, mean), num(sd, 2), cv]


@family
def cagr_revenue_plot(rng: random.Random) -> Made:
    start = rng.randint(2015, 2021)
    vals = [rng.randrange(40, 200) * 1000]
    for _ in range(rng.randint(3, 6)):
        vals.append(int(vals[-1] * rng.uniform(0.9, 1.35)) // 100 * 100)
    years = len(vals) - 1
    cagr = ((vals[-1] / vals[0]) ** (1 / years) - 1) * 100
    lines = "\n".join(f"{start + i}: ${v:,}" for i, v in enumerate(vals))
    text = (f"Our bakery's yearly revenue:\n{lines}\nWhat's the compound annual growth rate from "
            f"first to last year (percent, 2 dp)? And plot revenue by year.")
    return text, [num(cagr, 2), CHART]


@family
def tally_votes_pie(rng: random.Random) -> Made:
    options = rng.sample(["pizza", "tacos", "sushi", "curry", "burgers", "salad"], 4)
    votes = [rng.choice(options) for _ in range(rng.randint(15, 30))]
    counts = Counter(votes).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    win, n = counts[0]
    text = ("Office lunch poll, here are the votes as they came in: " + ", ".join(votes) +
            ". How many votes did the winner get, what share of all votes is that (1 dp %), and "
            "please make a pie chart of the results.")
    return text, [[f"{n} votes", f"{win}: {n}", f"{win} with {n}", f"{win} ({n}", f"{win} {n}"],
                  num(F(n * 100, len(votes)), 1), CHART]


@family
def goals_frequency_table(rng: random.Random) -> Made:
    freq = {g: rng.randint(0, 12) for g in range(6)}
    games = sum(freq.values())
    if games < 8:
        return None
    data = [g for g, c in freq.items() for _ in range(c)]
    med = F(statistics.median(data)).limit_denominator(2)
    text = ("Goals per match this season - " + "; ".join(
        f"{g} goal{'' if g == 1 else 's'}: {c} match{'' if c == 1 else 'es'}"
        for g, c in freq.items()) + ". What's the mean number of goals "
        "per match (2 dp) and the median?")
    return text, [stat(MEAN, F(sum(data), games)), stat(MEDIAN, med, 1)]


@family
def circle_center_point(rng: random.Random) -> Made:
    h, k = rng.randint(-6, 6), rng.randint(-6, 6)
    dx, dy = rng.choice([(3, 4), (5, 12), (6, 8), (8, 15), (1, 2), (2, 3), (4, 5), (1, 3)])
    x, y = h + dx * rng.choice([-1, 1]), k + dy * rng.choice([-1, 1])
    r2 = dx * dx + dy * dy
    root = math.isqrt(r2)
    radius = [str(root)] if root * root == r2 else [f"sqrt({r2})", f"\u221a{r2}", *num(
        math.sqrt(r2), 2)]
    text = (f"A circle has centre ({h}, {k}) and passes through ({x}, {y}). Find its radius and "
            "its area (2 dp), and draw it.")
    return text, [radius, num(math.pi * r2, 2), CHART]


@family
def remainder_then_factor(rng: random.Random) -> Made:
    r1, r2_, r3 = rng.sample([-4, -3, -2, -1, 1, 2, 3, 5], 3)
    b, c, d = -(r1 + r2_ + r3), r1 * r2_ + r1 * r3 + r2_ * r3, -r1 * r2_ * r3
    a = rng.choice([v for v in range(-4, 6) if v not in (0, r1, r2_, r3)])
    rem = a ** 3 + b * a * a + c * a + d
    poly = "x^3" + "".join(f" {'+' if v > 0 else '-'} {abs(v) if abs(v) != 1 or p == '' else ''}"
                           f"{p}" for v, p in ((b, "x^2"), (c, "x"), (d, "")) if v)
    div = f"x - {a}" if a > 0 else (f"x + {-a}" if a < 0 else "x")
    factor = f"x - {r1}" if r1 > 0 else f"x + {-r1}"
    text = (f"p(x) = {poly}. Use the remainder theorem to find the remainder when p(x) is divided "
            f"by ({div}). Then check whether ({factor}) is a factor and find all roots of p.")
    return text, [[f"remainder is {rem}", f"remainder = {rem}", f"remainder: {rem}",
                   f"remainder of {rem}", f"p({a}) = {rem}", f"remainder {rem}"],
                  *([f"x = {r}", f"x={r}"] for r in (r1, r2_, r3))]


@family
def cricket_run_rate(rng: random.Random) -> Made:
    overs, balls = rng.randint(10, 40), rng.randint(0, 5)
    runs = rng.randint(overs * 4, overs * 9)
    target = runs + rng.randint(40, 160)
    done = overs * 6 + balls
    left = 300 - done
    rr = F(runs * 6, done)
    req = F((target - runs) * 6, left)
    text = (f"ODI chase: we're {runs} after {overs}.{balls} overs, chasing {target} in 50 overs. "
            "What's our current run rate (runs per over, 2 dp), and what run rate do we need for "
            "the rest of the innings (2 dp)? (An over is 6 balls.)")
    return text, [num(rr, 2), num(req, 2)]


@family
def true_shooting_pct(rng: random.Random) -> Made:
    fga = rng.randint(8, 30)
    fgm = rng.randint(fga // 3, fga * 2 // 3)
    tpm, fta = rng.randint(0, fgm // 2), rng.randint(0, 14)
    ftm = rng.randint(0, fta)
    pts = 2 * fgm + tpm + ftm
    ts = F(pts * 100) / (2 * (fga + F(44, 100) * fta))
    text = (f"Box score: {fgm}/{fga} FG including {tpm} threes, {ftm}/{fta} free throws. How many "
            "points did he score? His FG% (1 dp)? And true shooting %, PTS / (2 x (FGA + 0.44 x "
            "FTA)) x 100, 1 dp?")
    return text, [[f"{pts} points", f"{pts} pts"], num(F(fgm * 100, fga), 1), num(ts, 1)]


@family
def swim_pace_mile(rng: random.Random) -> Made:
    dist = rng.choice([400, 750, 1000, 1500, 1900, 3800])
    secs = dist * rng.randint(85, 160) // 100
    pace = F(secs * 100, dist)
    mile = F(secs) / dist * F("1609.344")
    if num(mile, 0) != num(F(num(pace, 0)[0]) / 100 * F("1609.344"), 0):
        return None
    text = (f"Swam {dist} m in {secs // 60}:{secs % 60:02d}. What's my pace per 100 m (m:ss, "
            "nearest second), and at that pace how long would a mile take (m:ss)?")
    return text, [mmss(int(num(pace, 0)[0])), mmss(int(num(mile, 0)[0]))]


@family
def combination_lock_time(rng: random.Random) -> Made:
    digits, wheels = 10, rng.randint(3, 6)
    repeat = rng.random() < 0.5
    secs = rng.choice([2, 3, 4, 5])
    count = digits ** wheels if repeat else math.perm(digits, wheels)
    text = (f"A {wheels}-wheel lock with digits 0-9{'' if repeat else ', and no digit used twice'}"
            f". How many possible codes? If trying one takes {secs} seconds, how many hours to try "
            "them all (1 dp)?")
    return text, [[str(count), f"{count:,}"], num(F(count * secs, 3600), 1)]


@family
def round_robin_days(rng: random.Random) -> Made:
    teams, legs, per_day = rng.randint(5, 16), rng.choice([1, 2]), rng.randint(2, 8)
    games = teams * (teams - 1) // 2 * legs
    text = (f"Our league has {teams} teams and everyone plays everyone "
            f"{'once' if legs == 1 else 'twice (home and away)'}. How many games in total? If we "
            f"can fit {per_day} games a day, how many days do we need?")
    return text, [[f"{games} games", f"{games} matches"], [f"{math.ceil(games / per_day)} days"]]


@family
def navy_body_fat(rng: random.Random) -> Made:
    height, neck, waist = rng.randint(64, 76), F(rng.randint(28, 38), 2), F(rng.randint(60, 90), 2)
    bf = 86.010 * math.log10(float(waist - neck)) - 70.041 * math.log10(height) + 36.76
    lb = rng.randint(140, 250)
    if not 5 < bf < 40:
        return None
    text = (f"US Navy body fat for men: 86.010 x log10(waist - neck) - 70.041 x log10(height) + "
            f"36.76, all in inches. I'm {height} in tall, neck {float(neck):g} in, waist "
            f"{float(waist):g} in and weigh {lb} lb. Body fat % (1 dp)? And my lean mass in kg "
            "(1 dp) using that rounded percentage?")
    shown = F(num(bf, 1)[0])
    return text, [num(bf, 1), num(lb * LB * (1 - shown / 100), 1)]


@family
def holliday_segar_fluids(rng: random.Random) -> Made:
    kg = rng.randint(4, 60)
    rate = 4 * min(kg, 10) + 2 * min(max(kg - 10, 0), 10) + max(kg - 20, 0)
    bag = rng.choice([250, 500, 1000])
    text = (f"Paeds revision: child weighs {kg} kg. Maintenance fluids by the 4-2-1 rule (4 "
            "mL/kg/h for the first 10 kg, 2 for the next 10, 1 for each kg after): what's the "
            f"hourly rate, the total over 24 hours, and how many {bag} mL bags is that a day "
            "(rounded up)?")
    return text, [[f"{rate} mL/h", f"{rate} ml/h", f"{rate} mL per hour", f"{rate} ml per hour",
                   f"{rate} mL/hr", f"{rate} ml/hr"], [f"{rate * 24} mL", f"{rate * 24} ml",
                                                      f"{rate * 24:,} mL", f"{rate * 24:,} ml"],
                  [f"{math.ceil(rate * 24 / bag)} bags"]]


@family
def derivative_and_integral(rng: random.Random) -> Made:
    a, b, c = rng.randint(1, 6), rng.randint(-8, 8), rng.randint(-10, 10)
    at, upper = rng.randint(-3, 4), rng.randint(1, 4)
    slope = 3 * a * at * at + 2 * b * at
    area = F(a * upper ** 4, 4) + F(b * upper ** 3, 3) + c * upper
    poly = (f"{a if a > 1 else ''}x^3 {'+' if b >= 0 else '-'} {abs(b)}x^2 "
            f"{'+' if c >= 0 else '-'} {abs(c)}")
    text = pick(rng, f"f(x) = {poly}. What's f'({at})? And the integral of f from 0 to {upper}?",
                f"Two calculus bits for f(x) = {poly}: 1. the slope at x = {at} 2. the definite "
                f"integral from x = 0 to x = {upper} (exact)")
    forms = [str(area)] + ([num(area, 2)[0]] if area.denominator != 1 else [])
    return text, [[f"f'({at}) = {slope}", f"f\u2032({at}) = {slope}", f"slope is {slope}",
                   f"slope = {slope}", f"slope of {slope}"], forms]


@family
def printer_ink_cost_eur(rng: random.Random) -> Made:
    price, pages = F(rng.randrange(1599, 5999, 100), 100), rng.randrange(150, 1201, 25)
    month = rng.randint(40, 400)
    per = price / pages
    text = (f"My ink cartridge costs ${float(price):.2f} and lasts {pages} pages. Cost per page in "
            f"cents (2 dp)? I print about {month} pages a month, so what's a year of ink in euros "
            f"({RATES_TEXT})?")
    year = same(cash(per * month * 12 / RATE["USD"]),
                cash(r2(per * 100) / 100 * month * 12 / RATE["USD"]))
    return text, [num(per * 100, 2), year]


@family
def engine_cc_power(rng: random.Random) -> Made:
    cc, cyl, hp = rng.randrange(998, 6201, 2), rng.choice([3, 4, 6, 8]), rng.randint(70, 480)
    text = pick(rng, f"Car spec: {cc} cc, {cyl} cylinders, {hp} hp. What's the displacement in "
                     "cubic inches (1 in\u00b3 = 16.387064 cc, 1 dp), the cc per cylinder "
                     "(1 dp), and the power in kW (1 hp = 0.7457 kW, 1 dp)?",
                f"{cc}cc {cyl}-cylinder making {hp} hp - cubic inches (1 dp, 16.387064 cc each), "
                "per-cylinder cc (1 dp) and kW (hp x 0.7457, 1 dp)")
    return text, [num(F(cc) / F("16.387064"), 1), num(F(cc, cyl), 1), num(hp * F("0.7457"), 1)]


@family
def dog_age_log_weight(rng: random.Random) -> Made:
    years, lb = rng.randint(2, 15), rng.randint(8, 110)
    human = 16 * math.log(years) + 31
    text = (f"Our dog is {years} and weighs {lb} lb. With the newer formula human age = "
            "16 x ln(dog age) + 31, how old is she in human years (1 dp)? And what's her weight "
            "in kg (1 dp) for the vet form?")
    return text, [num(human, 1), num(lb * LB, 1)]


@family
def btu_room_ac(rng: random.Random) -> Made:
    w, length = rng.randint(9, 30), rng.randint(10, 35)
    per = rng.choice([20, 25, 30])
    btu = w * length * per
    text = (f"Bedroom is {w} ft by {length} ft. Rule of thumb: {per} BTU/h per square foot. How "
            "many BTU/h of air conditioning is that, how many kW (1 kW = 3412.14 BTU/h, 2 dp), and "
            "what's the floor area in m\u00b2 (2 dp)?")
    return text, [[str(btu), f"{btu:,}"], num(F(btu) / F("3412.14"), 2),
                  num(w * length * F("0.09290304"), 2)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    star_ratings_chart, percentile_rank_scores, lap_times_cv, cagr_revenue_plot, tally_votes_pie,
    goals_frequency_table, circle_center_point, remainder_then_factor, cricket_run_rate,
    true_shooting_pct, swim_pace_mile, combination_lock_time, round_robin_days, navy_body_fat,
    holliday_segar_fluids, derivative_and_integral, printer_ink_cost_eur, engine_cc_power,
    dog_age_log_weight, btu_room_ac)]
