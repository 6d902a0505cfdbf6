"""Round 16 (``L_d_*``, dev now), data part six: the same kinds of question asked loosely
(capitals, typos, numbers with units stuck on), runs and streaks in logs, and per-group
answers."""

from __future__ import annotations

import random
import statistics
from fractions import Fraction

from bench.data.agents.heldout16_data import (
    Tie,
    counted,
    dec,
    distinct,
    ints,
    listed,
    mean,
    median,
    num,
    pct,
    retry,
    said,
    table,
    whole,
)
from bench.data.agents.heldout16_data_2 import money, spread_rows
from bench.data.agents.heldout16_data_3 import fit
from bench.data.agents.helpers import Family, Item, fresh, item

VOLUNTEERS = ["Maya", "Omar", "Nell", "Raj", "Tess"]
DOCTORS = ["Dr Okafor", "Dr Lindqvist", "Dr Patel", "Dr Moreau"]


def best_group(rows: list[tuple[str, float]], key: str = "sum") -> str:
    groups = {g for g, _ in rows}
    agg = {g: (sum if key == "sum" else mean)([Fraction(str(v)) for k, v in rows if k == g])
           for g in groups}
    ranked = sorted(agg.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] == ranked[1]:
        raise Tie
    return max(agg, key=lambda g: agg[g])


def l_d_reading_minutes(rng: random.Random) -> Item:  # chatty parent, mean only
    xs = ints(rng, 5, 45, (7, 10))
    return item("L_d_reading_minutes", "data", f"ok so my daughter has to log her reading for "
                f"school, and these are her minutes each night: {listed(xs)}. the teacher wants "
                "about 20 a night — what's her average actually?", [num(mean(xs))])


def l_d_caps_average(rng: random.Random) -> Item:  # shouted, capitals
    xs = ints(rng, 10, 500, (4, 7))
    return item("L_d_caps_average", "data", f"AVERAGE OF {listed(xs)} PLEASE", [num(mean(xs))])


def l_d_typo_average(rng: random.Random) -> Item:  # typos and no punctuation
    xs = ints(rng, 50, 99, (4, 7))
    return item("L_d_typo_average", "data", f"whats teh avrage of my test scores {listed(xs, ' ')}",
                [num(mean(xs))])


def l_d_units_stuck_on(rng: random.Random) -> Item:  # values written with "min" attached
    xs = ints(rng, 14, 58, (6, 9))
    forms = num(median(xs))
    return item("L_d_units_stuck_on", "data", f"bus journey times this week: "
                f"{', '.join(f'{v}min' for v in xs)}. median?",
                [forms + [f + " min" for f in forms] + [f + " minutes" for f in forms]])


def l_d_euro_sum(rng: random.Random) -> Item:  # euro signs and plus signs
    xs = [dec(rng, 1, 30, 2) for _ in range(rng.randint(4, 7))]
    return item("L_d_euro_sum", "data", "what do these come to? " + " + ".join(
        f"€{v:.2f}" for v in xs), [num(money(xs), comma=True)])


def l_d_percent_scores(rng: random.Random) -> Item:  # average of percentages
    xs = ints(rng, 41, 99, (4, 7))
    return item("L_d_percent_scores", "data", f"My essay marks so far: "
                f"{listed(f'{v}%' for v in xs)}. What's my average so far?", [pct(mean(xs))])


def l_d_busiest_hour(rng: random.Random) -> Item:  # hour label with the most customers
    hours = [f"{h:02d}:00" for h in range(7, 7 + rng.randint(8, 12))]
    rows = [(h, int(v)) for h, v in spread_rows(rng, hours, 3, 80, 0)]
    top = max(rows, key=lambda r: r[1])[0]
    h = int(top[:2])
    clock = f"{h} am" if h < 12 else ("12 pm" if h == 12 else f"{h - 12} pm")
    return item("L_d_busiest_hour", "data", "Till data by hour is attached — what's our "
                "busiest hour?", [[top, top.lstrip("0"), clock, clock.replace(" ", ""),
                                   clock.upper(), clock.replace(" ", "").upper()]],
                csv=table("hour,customers", rows))


def l_d_monday_avg(rng: random.Random) -> Item:  # average for one weekday in a dated log
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    rows = [(f"wk{w}", d, rng.randint(40, 260)) for w in range(1, rng.randint(4, 7)) for d in days]
    pick = rng.choice(days)
    name = {"Mon": "Mondays", "Tue": "Tuesdays", "Wed": "Wednesdays", "Thu": "Thursdays",
            "Fri": "Fridays"}[pick]
    return item("L_d_monday_avg", "data", f"how many coffees do we sell on {name} on average?",
                [num(mean([v for _, d, v in rows if d == pick]))],
                csv=table("week,day,coffees", rows))


def l_d_top_volunteer(rng: random.Random) -> Item:  # person with the most hours summed
    rows = [(rng.choice(VOLUNTEERS), rng.randint(1, 8)) for _ in range(rng.randint(12, 20))]
    top = best_group(rows)
    return item("L_d_top_volunteer", "data", "Who put in the most volunteer hours in total "
                "this term? Sign-in sheet attached.", [[top]], csv=table("name,hours", rows))


def l_d_class_sizes(rng: random.Random) -> Item:  # average class size, terse school admin
    xs = ints(rng, 17, 34, (5, 9))
    return item("L_d_class_sizes", "data", f"class sizes in our year group are {listed(xs)} — "
                "average class size?", [num(mean(xs))])


def l_d_rainy_share(rng: random.Random) -> Item:  # share of days with any rain
    xs = [rng.choice([0, 0, 0, round(rng.uniform(0.2, 18), 1)]) for _ in range(rng.randint(14, 31))]
    share = Fraction(sum(v > 0 for v in xs), len(xs)) * 100
    return item("L_d_rainy_share", "data", "On what percentage of days did it rain at all this "
                "month?", [pct(share)], csv=table("day,rain_mm", list(enumerate(xs, 1))))


def l_d_dry_spell(rng: random.Random) -> Item:  # longest run of zero rain days
    xs = [rng.choice([0, 0, 0, round(rng.uniform(0.2, 18), 1)]) for _ in range(rng.randint(14, 31))]
    best = cur = 0
    for v in xs:
        cur = cur + 1 if v == 0 else 0
        best = max(best, cur)
    return item("L_d_dry_spell", "data", "What was the longest dry spell (consecutive days with "
                "no rain) in this log?", [[str(best), f"{best} days", f"{best} day"]],
                csv=table("day,rain_mm", list(enumerate(xs, 1))))


def l_d_town_growth(rng: random.Random) -> Item:  # average yearly increase, absolute
    years = list(range(2015, 2015 + rng.randint(5, 10)))
    pop = [rng.randint(8000, 15000)]
    for _ in years[1:]:
        pop.append(pop[-1] + rng.randint(-50, 400))
    per = Fraction(pop[-1] - pop[0], len(pop) - 1)
    return item("L_d_town_growth", "data", "By how many people a year, on average, did our "
                "town grow over this period?", [num(per, comma=True)],
                csv=table("year,population", list(zip(years, pop, strict=True))))


def l_d_weight_lost(rng: random.Random) -> Item:  # first minus last reading
    base = rng.uniform(80, 110)
    xs = [round(base - 0.4 * i + rng.uniform(-0.5, 0.5), 1) for i in range(rng.randint(6, 12))]
    lost = Fraction(str(xs[0])) - Fraction(str(xs[-1]))
    if lost <= 0:
        raise Tie
    forms = num(lost)
    return item("L_d_weight_lost", "data", "how much weight have i lost since the first "
                "weigh-in in this log?", [forms + [f + " kg" for f in forms]],
                csv=table("date,kg", [(f"2026-0{1 + i // 4}-{10 + i % 4 * 5}", v)
                                      for i, v in enumerate(xs)]))


def l_d_peak_and_date(rng: random.Random) -> Item:  # the maximum and the date it happened
    dates = [f"2026-08-{d:02d}" for d in range(1, rng.randint(8, 15))]
    rows = spread_rows(rng, dates, 800, 4200, 0)
    rows = [(d, int(v)) for d, v in rows]
    top = max(rows, key=lambda r: r[1])
    return item("L_d_peak_and_date", "data", "What was the highest daily footfall in this file "
                "and on which date?", [said(["highest", "highest daily footfall", "max",
                                             "maximum", "peak", "footfall"], str(top[1])) +
                                       said(["highest", "max", "maximum", "peak"],
                                            f"{top[1]:,}"), [top[0]]],
                csv=table("date,footfall", rows))


def l_d_stock_period_change(rng: random.Random) -> Item:  # % change across daily closes
    xs = [dec(rng, 20, 200, 2)]
    for _ in range(rng.randint(5, 15)):
        xs.append(round(xs[-1] * rng.uniform(0.96, 1.04), 2))
    change = (Fraction(str(xs[-1])) - Fraction(str(xs[0]))) / Fraction(str(xs[0])) * 100
    return item("L_d_stock_period_change", "data", "daily closes attached. what's the % "
                "change from the first close to the last?", [pct(change)],
                csv=table("day,close", list(enumerate(xs, 1))))


def l_d_corr_terse(rng: random.Random) -> Item:  # terse correlation request
    xs = distinct(rng, 1, 50, (6, 9))
    ys = [x + rng.randint(-15, 15) for x in xs]
    return item("L_d_corr_terse", "data", f"corr? x={listed(xs, ',')} y={listed(ys, ',')}",
                [num(statistics.correlation(xs, ys))])


def l_d_slope_pairs(rng: random.Random) -> Item:  # x,y pairs separated by semicolons
    xs = sorted(distinct(rng, 1, 15, (5, 7)))
    ys = [rng.randint(2, 9) * x // 2 + rng.randint(-3, 6) for x in xs]
    return item("L_d_slope_pairs", "data", "regression slope for these x,y pairs: " + "; ".join(
        f"{x},{y}" for x, y in zip(xs, ys, strict=True)), [num(fit(xs, ys)[0])])


def l_d_top_product_units(rng: random.Random) -> Item:  # product with most units over rows
    prods = ["lavender", "jasmine", "cedar", "citrus"]
    rows = [(rng.choice(prods), rng.randint(1, 12)) for _ in range(rng.randint(12, 20))]
    top = best_group(rows)
    return item("L_d_top_product_units", "data", "Which scent sold the most units overall?",
                [[top]], csv=table("scent,units", rows))


def l_d_days_open(rng: random.Random) -> Item:  # mean of closed minus opened
    rows = []
    for i in range(rng.randint(6, 12)):
        o = rng.randint(1, 25)
        rows.append((f"T-{300 + i}", o, o + rng.randint(0, 9)))
    avg = mean([c - o for _, o, c in rows])
    forms = num(avg)
    return item("L_d_days_open", "data", "How long do our support tickets stay open on average? "
                "The file has the day each one was opened and closed.",
                [forms + [f + " days" for f in forms]], csv=table("ticket,opened_day,closed_day",
                                                                  rows))


def l_d_annual_share(rng: random.Random) -> Item:  # share of rows with one category value
    rows = [(f"c{i}", rng.choice(["monthly", "monthly", "annual"])) for i in
            range(1, rng.randint(12, 30))]
    share = Fraction(sum(p == "annual" for _, p in rows), len(rows)) * 100
    return item("L_d_annual_share", "data", "What share of our subscribers are on the annual "
                "plan?", [pct(share)], csv=table("customer,plan", rows))


def l_d_days_hit_target(rng: random.Random) -> Item:  # days meeting a sales target
    xs = ints(rng, 10, 70, (10, 20))
    target = rng.choice([30, 40, 50])
    n = sum(v >= target for v in xs)
    return item("L_d_days_hit_target", "data", f"On how many days did we hit our target of "
                f"{target} covers or more?", [[*counted(n, ["days"]), str(n)]],
                csv=table("day,covers", list(enumerate(xs, 1))))


def l_d_cycling_kcal(rng: random.Random) -> Item:  # total of one activity in a fitness log
    acts = ["cycling", "running", "swimming", "yoga"]
    rows = [(rng.choice(acts), rng.randint(15, 90), rng.randint(60, 850))
            for _ in range(rng.randint(8, 14))]
    pick = rng.choice(sorted({a for a, *_ in rows}))
    total = sum(k for a, _, k in rows if a == pick)
    return item("L_d_cycling_kcal", "data", f"from my fitness log, how many calories did my "
                f"{pick} sessions burn in total?",
                [whole(total) + [f"{f} kcal" for f in whole(total)]],
                csv=table("activity,minutes,kcal", rows))


def l_d_price_per_kg(rng: random.Random) -> Item:  # total cost over total weight
    rows = [(f"2026-10-{d:02d}", dec(rng, 0.4, 3.5, 2), dec(rng, 1.2, 9.5, 2))
            for d in sorted(rng.sample(range(1, 29), rng.randint(4, 7)))]
    rate = money([c for *_, c in rows]) / money([k for _, k, _ in rows])
    return item("L_d_price_per_kg", "data", "I've been buying apples at the market. Overall, "
                "what have I paid per kg?", [num(rate)], csv=table("date,kg,cost", rows))


def l_d_longest_wait_doctor(rng: random.Random) -> Item:  # group with the highest mean wait
    rows = [(rng.choice(DOCTORS), rng.randint(3, 55)) for _ in range(rng.randint(14, 22))]
    top = best_group(rows, key="mean")
    return item("L_d_longest_wait_doctor", "data", "Which doctor's patients wait longest on "
                "average? Wait times (min) attached.", [[top]], csv=table("doctor,wait_min",
                                                                          rows))


def l_d_short_nights(rng: random.Random) -> Item:  # share of nights under a threshold
    xs = [rng.randint(18, 38) / 4 for _ in range(rng.randint(10, 30))]
    share = Fraction(sum(v < 7 for v in xs), len(xs)) * 100
    return item("L_d_short_nights", "data", "What percent of nights did I sleep less than 7 "
                "hours?", [pct(share)], csv=table("night,hours", list(enumerate(xs, 1))))


def l_d_sd_pop_or_sample(rng: random.Random) -> Item:  # both sds, two parts
    xs = ints(rng, 2, 30, (5, 8))
    return item("L_d_sd_pop_or_sample", "data", f"not sure which one my teacher wants — can you "
                f"give me both the population and the sample standard deviation of "
                f"{listed(xs)}?", [num(statistics.pstdev(xs)), num(statistics.stdev(xs))])


def l_d_total_and_avg_pages(rng: random.Random) -> Item:  # sum and mean, two parts
    xs = ints(rng, 120, 640, (4, 8))
    total = sum(xs)
    return item("L_d_total_and_avg_pages", "data", f"books I read this year had {listed(xs)} "
                "pages. how many pages altogether, and what's the average length?",
                [whole(total) + [f"{f} pages" for f in whole(total)], num(mean(xs))])


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    l_d_reading_minutes, l_d_caps_average, l_d_typo_average, l_d_units_stuck_on, l_d_euro_sum,
    l_d_percent_scores, l_d_busiest_hour, l_d_monday_avg, l_d_top_volunteer, l_d_class_sizes,
    l_d_rainy_share, l_d_dry_spell, l_d_town_growth, l_d_weight_lost, l_d_peak_and_date,
    l_d_stock_period_change, l_d_corr_terse, l_d_slope_pairs, l_d_top_product_units,
    l_d_days_open, l_d_annual_share, l_d_days_hit_target, l_d_cycling_kcal, l_d_price_per_kg,
    l_d_longest_wait_doctor, l_d_short_nights, l_d_sd_pop_or_sample,
    l_d_total_and_avg_pages)]
