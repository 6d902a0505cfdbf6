"""Round 19 (``C_d_*``, dev now) for ``muse bench agents``, data part 6: everyday logs (clock
times, durations, health readings, prices with units) and chart requests."""

from __future__ import annotations

import random
from fractions import Fraction

from bench.data.agents.heldout19_data import (
    NAMES,
    PLOTS,
    D,
    Made,
    fam,
    labels,
    mean,
    med,
    num,
    pick,
    pvar,
    root,
    s,
    svar,
    vals,
)
from bench.data.agents.helpers import Family

F = Fraction
QMONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def table(header: list[str], rows: list[list[str]], sep: str = ",") -> str:
    return "\n".join(sep.join(r) for r in [header, *rows]) + "\n"


def hm(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def ms(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def clock_forms(minutes: int) -> list[str]:
    h, m = divmod(minutes, 60)
    out = [f"{h}:{m:02d}", f"{h:02d}:{m:02d}"]
    h12 = h % 12 or 12
    suffix = "am" if h < 12 else "pm"
    return list(dict.fromkeys([*out, f"{h12}:{m:02d}{suffix}", f"{h12}:{m:02d} {suffix}",
                               f"{h12}:{m:02d} {suffix.upper()}"]))


@fam
def average_wake_time(rng: random.Random) -> Made:
    ts = [rng.randint(5 * 60 + 30, 8 * 60 + 45) for _ in range(rng.randint(5, 7))]
    avg = F(sum(ts), len(ts))
    if abs(avg - int(avg) - F(1, 2)) < F(1, 100):
        return None
    text = pick(rng, f"I woke up at {', '.join(hm(t) for t in ts)} this week. What's my average "
                "wake-up time (to the minute)?",
                f"avg wake time? {' / '.join(hm(t) for t in ts)} (nearest minute)")
    return text, [clock_forms(round(avg))]


@fam
def playlist_total_length(rng: random.Random) -> Made:
    secs = [rng.randint(140, 330) for _ in range(rng.randint(5, 12))]
    tot = sum(secs)
    h, rem = divmod(tot, 3600)
    m, sec = divmod(rem, 60)
    forms = [f"{tot // 60}:{tot % 60:02d}", f"{tot // 60} min {sec} s", f"{tot // 60}m {sec}s",
             f"{tot // 60} minutes and {sec} seconds", f"{tot // 60} minutes {sec} seconds"]
    if h:
        forms += [f"{h}:{m:02d}:{sec:02d}", f"{h} h {m} min {sec} s", f"{h}h {m}m {sec}s",
                  f"{h} hour {m} minutes {sec} seconds", f"{h} hour, {m} minutes and {sec} seconds"]
    text = pick(rng, f"song lengths: {', '.join(ms(x) for x in secs)}. how long is the playlist "
                "in total?", f"Total running time of these tracks? {' '.join(ms(x) for x in secs)}")
    return text, [forms]


@fam
def average_lap_time(rng: random.Random) -> Made:
    secs = [rng.randint(70, 140) for _ in range(rng.randint(4, 8))]
    avg = F(sum(secs), len(secs))
    if abs(avg - int(avg) - F(1, 2)) < F(1, 50):
        return None
    a = round(avg)
    text = pick(rng, f"lap times {', '.join(ms(x) for x in secs)} - average lap (m:ss, nearest "
                "second)?", f"What's my mean lap time? {' | '.join(ms(x) for x in secs)}. "
                "Round to the second.")
    return text, [[ms(a), f"{a // 60} min {a % 60} s", f"{a // 60}m {a % 60}s",
                   f"{a // 60} minute {a % 60} seconds", f"{a // 60} min {a % 60} sec"]]


@fam
def fastest_runner_csv(rng: random.Random) -> Made:
    who = rng.sample(NAMES, rng.randint(5, 10))
    secs = rng.sample(range(1200, 2400), len(who))
    csv = table(["runner", "time_5k"], [[w, ms(x)] for w, x in zip(who, secs, strict=True)])
    i = secs.index(min(secs))
    text = pick(rng, "Who ran the fastest 5k, and by how many seconds did they beat the slowest?",
                "fastest runner + gap to the slowest one in seconds?")
    gap = max(secs) - min(secs)
    return text, [[who[i]], [str(gap), f"{gap:,}", f"{gap} s", f"{gap} seconds", ms(gap)]], {
        "csv": csv}


@fam
def average_sleep_from_times(rng: random.Random) -> Made:
    days = labels(rng, "day", 7)
    bed = [rng.randint(21 * 60 + 30, 24 * 60 + 60) for _ in days]
    dur = [rng.randint(300, 560) for _ in days]
    wake = [(b + d) % 1440 for b, d in zip(bed, dur, strict=True)]
    rows = [[d, hm(b % 1440).zfill(5), hm(w).zfill(5)] for d, b, w in zip(days, bed, wake,
                                                                         strict=True)]
    avg = F(sum(dur), 60 * len(dur))
    text = pick(rng, "From my bedtimes and wake times, how many hours do I sleep on average? "
                "2 dp", "average sleep per night in hours (2 decimals)? times are 24h")
    return text, [num(avg)], {"csv": table(["night", "bedtime", "wake"], rows)}


@fam
def weights_with_units_sum(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(4, 9), 2, 30, 1)
    shown = [f"{s(x, 1)}{rng.choice(['kg', ' kg', 'kg'])}" for x in xs]
    text = pick(rng, f"checked bags for the group: {', '.join(shown)}. total weight?",
                f"How heavy are these parcels altogether? {'; '.join(shown)}")
    return text, [num(sum(xs, F(0)), 1)]


@fam
def prices_with_signs_average(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(4, 9), 2, 40, 2)
    cur = rng.choice(["$", "£", "€"])
    text = pick(rng, f"lunch cost me {', '.join(cur + s(x, 2) for x in xs)} this week. average?",
                f"Average price of: {' '.join(cur + s(x, 2) for x in xs)} (to the cent)")
    return text, [num(mean(xs))]


@fam
def percentages_average(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 10), 5, 95)
    text = pick(rng, f"my phone battery at bedtime: {', '.join(s(x) + '%' for x in xs)}. what's "
                "the "
                "average %? 1 decimal",
                f"average of {' '.join(s(x) + '%' for x in xs)}? one dp")
    return text, [num(mean(xs), 1)]


@fam
def winter_lows_mean(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(5, 10), -18, 6, 1)
    m = mean(xs)
    text = pick(rng, f"overnight lows (°C): {', '.join(s(x, 1) for x in xs)}. average low? 2 dp",
                f"Mean of these winter temperatures, 2 decimals: {' '.join(s(x, 1) for x in xs)}")
    out = num(m)
    return text, [out + [v.replace("-", "−") for v in out if v.startswith("-")]]


@fam
def thousands_newline_sum(rng: random.Random) -> Made:
    xs = [rng.randint(1000, 99999) for _ in range(rng.randint(4, 8))]
    body = "\n".join(f"{x:,}" for x in xs)
    text = pick(rng, f"sum these invoices:\n{body}", f"Invoice amounts\n{body}\nwhat's the total?")
    return text, [num(F(sum(xs)), 0)]


@fam
def heights_mean_and_count(rng: random.Random) -> Made:
    xs = vals(rng, rng.randint(8, 14), 158, 204)
    cut = rng.choice([175, 180, 185, 190])
    if F(cut) in xs:
        return None
    c = sum(1 for x in xs if x > cut)
    text = pick(rng, f"Team heights in cm: {', '.join(s(x) for x in xs)}. Average height (1 dp), "
                f"and how many players are taller than {cut}?",
                f"{' '.join(s(x) for x in xs)} cm - mean to 1 decimal + number over {cut} cm?")
    return text, [num(mean(xs), 1), [f"{c} players", f"{c} are", f"{c} of", f"{c} people",
                                     f"count: {c}", f"{c} taller", f"{cut} cm: {c}",
                                     f"{cut}cm: {c}", f"{cut}: {c}", f"are {c}", f"is {c}",
                                     f"= {c}", f"count is {c}"]]


@fam
def plot_histogram_mode(rng: random.Random) -> Made:
    vs = [rng.randint(1, 10) for _ in range(rng.randint(15, 30))]
    top = rng.randint(1, 10)
    vs += [top] * 3
    cnt = {v: vs.count(v) for v in set(vs)}
    best = max(cnt.values())
    if list(cnt.values()).count(best) != 1:
        return None
    csv = "response_id,rating\n" + "".join(f"{i + 1},{v}\n" for i, v in enumerate(vs))
    text = pick(rng, "Histogram of the ratings please, and which rating is most common (and how "
                "many times)?", "plot the rating distribution and tell me the mode + its count")
    return text, [PLOTS, [str(max(cnt, key=lambda v: cnt[v]))], [str(best), f"{best} times"]], {
        "csv": csv}


@fam
def plot_week_total_lines(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["steps", "sleep"]), 7)
    text = pick(rng, f"{d.lines()}\nchart my week and give me the weekly total",
                f"Plot these and add them up for me:\n{d.lines(' ')}")
    return text, [PLOTS, num(sum(d.vals, F(0)), d.dec)]


@fam
def plot_min_label_csv(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["temp", "sales", "kwh", "rain"]), rng.randint(5, 12))
    text = pick(rng, f"line chart of {d.col} please - and which {d.lab} was the lowest, at what "
                "value?", f"plot {d.col} and tell me the lowest {d.lab} and its value")
    return text, [PLOTS, [d.best(False)], num(min(d.vals), d.dec)], {"csv": d.csv()}


@fam
def plot_moving_average(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["visits", "steps"]), rng.randint(10, 25), kind="date")
    k = rng.choice([3, 5, 7])
    text = pick(rng, f"Plot {d.col} with a {k}-day moving average; what's the latest value of "
                "the moving average? 1 dp",
                f"chart this + the {k} day rolling mean, and tell me where the rolling mean ends "
                "up (1 decimal)")
    return text, [PLOTS, num(mean(d.vals[-k:]), 1)], {"csv": d.csv()}


@fam
def plot_and_sd(rng: random.Random) -> Made:
    d = D(rng, rng.choice(["hr", "weight", "commute"]), rng.randint(8, 20))
    kind = rng.choice(["sample", "population"])
    v = svar(d.vals) if kind == "sample" else pvar(d.vals)
    text = pick(rng, f"graph {d.col} and tell me the {kind} standard deviation (2 dp)",
                f"plot this; also {kind} SD of {d.col}, 2 decimals")
    return text, [PLOTS, num(root(v))], {"csv": d.csv()}


@fam
def house_price_median_csv(rng: random.Random) -> Made:
    n = rng.randint(6, 15)
    streets = rng.sample(["Oak St", "Elm Rd", "Mill Ln", "Park Ave", "High St", "Kings Rd",
                          "Bay View", "Hill Cres", "Lake Dr", "Rose Way", "Ash Ct", "Sea Rd",
                          "Fox Ln", "Glen Rd", "Wood St"], n)
    xs = [F(rng.randint(180, 950) * 1000 + rng.choice([0, 500])) for _ in streets]
    m = med(xs)
    rows = [[st, f'"{int(x):,}"'] for st, x in zip(streets, xs, strict=True)]
    text = pick(rng, "What's the median sale price on this list?",
                "median price of the houses sold (the prices have commas)")
    return text, [num(m, 0)], {"csv": table(["address", "price"], rows)}


@fam
def cheapest_per_square_metre(rng: random.Random) -> Made:
    flats = rng.sample(["Flat A", "Flat B", "Flat C", "Flat D", "Flat E", "Flat F"],
                       rng.randint(3, 6))
    area = [rng.randint(35, 140) for _ in flats]
    price = [rng.randint(150, 900) * 1000 for _ in flats]
    per = [F(p, a) for p, a in zip(price, area, strict=True)]
    if per.count(min(per)) != 1:
        return None
    rows = [[f, str(a), str(p)] for f, a, p in zip(flats, area, price, strict=True)]
    i = per.index(min(per))
    text = pick(rng, "Which flat is cheapest per square metre, and what's its price per m² "
                "(whole number)?", "best price per m2? which one and how much per m2, rounded")
    return text, [[flats[i]], num(per[i], 0)], {"csv": table(["listing", "m2", "price"], rows)}


@fam
def shopping_qty_times_price(rng: random.Random) -> Made:
    goods = rng.sample(["apples", "milk", "eggs", "bread", "rice", "yoghurt", "bananas",
                        "cheese", "pasta"], rng.randint(3, 6))
    q = [rng.randint(1, 6) for _ in goods]
    p = vals(rng, len(goods), 0.4, 6, 2)
    body = "\n".join(f"{k} x {g} @ {s(x, 2)}" for g, k, x in zip(goods, q, p, strict=True))
    text = pick(rng, f"{body}\nwhat's the total?",
                f"shopping list:\n{body}\n\nhow much all together?")
    return text, [num(sum((k * x for k, x in zip(q, p, strict=True)), F(0)))]


@fam
def biggest_price_rise_csv(rng: random.Random) -> Made:
    goods = rng.sample(["milk", "eggs", "bread", "coffee", "butter", "rice", "apples", "cheese"],
                       rng.randint(4, 8))
    old = vals(rng, len(goods), 1, 9, 2)
    new = [x * F(rng.randint(95, 140), 100) for x in old]
    new = [F(round(x * 100), 100) for x in new]
    g = [(b - a) / a for a, b in zip(old, new, strict=True)]
    if g.count(max(g)) != 1:
        return None
    rows = [[n, s(a, 2), s(b, 2)] for n, a, b in zip(goods, old, new, strict=True)]
    i = g.index(max(g))
    text = pick(rng, "Which item's price went up the most in percentage terms, and by what %? 1 dp",
                "biggest % price rise from last_year to this_year - item and % (1 decimal)")
    return text, [[goods[i]], num(g[i] * 100, 1)], {
        "csv": table(["item", "last_year", "this_year"], rows)}


@fam
def basket_inflation_csv(rng: random.Random) -> Made:
    goods = rng.sample(["milk", "eggs", "bread", "coffee", "butter", "rice", "apples", "cheese"],
                       rng.randint(4, 8))
    old = vals(rng, len(goods), 1, 9, 2)
    new = [F(round(x * F(rng.randint(90, 130), 100) * 100), 100) for x in old]
    rows = [[n, s(a, 2), s(b, 2)] for n, a, b in zip(goods, old, new, strict=True)]
    g = (sum(new, F(0)) - sum(old, F(0))) / sum(old, F(0)) * 100
    text = pick(rng, "If I buy one of each, by what % has my basket gone up? 2 dp",
                "basket inflation (one of every item): percent change in total cost, 2 decimals")
    return text, [num(abs(g))], {"csv": table(["item", "price_2024", "price_2025"], rows)}


@fam
def tip_rate_overall(rng: random.Random) -> Made:
    n = rng.randint(5, 12)
    bills = vals(rng, n, 12, 160, 2)
    tips = [F(round(b * F(rng.randint(8, 25), 100) * 100), 100) for b in bills]
    rows = [[s(b, 2), s(t, 2)] for b, t in zip(bills, tips, strict=True)]
    r = sum(tips, F(0)) / sum(bills, F(0)) * 100
    text = pick(rng, "What's my overall tip rate - total tips divided by total bills, in %? 1 dp",
                "tips as a percentage of all bills combined? one decimal")
    return text, [num(r, 1)], {"csv": table(["bill", "tip"], rows)}


@fam
def weeks_lost_weight(rng: random.Random) -> Made:
    d = D(rng, "weight", rng.randint(6, 16), kind="week")
    c = sum(1 for i in range(1, len(d.vals)) if d.vals[i] < d.vals[i - 1])
    lost = d.vals[0] - d.vals[-1]
    text = pick(rng, "In how many weeks did my weight go down vs the week before, and what's the "
                "total change from first to last weigh-in?",
                "count the weeks with a drop, plus overall change first->last (kg)")
    return text, [[str(c), f"{c} weeks"], num(abs(lost), 1)], {"csv": d.csv()}


@fam
def blood_pressure_averages(rng: random.Random) -> Made:
    n = rng.randint(5, 14)
    dates = labels(rng, "date", n)
    sy = [rng.randint(105, 150) for _ in dates]
    di = [rng.randint(62, 96) for _ in dates]
    rows = [[d, str(a), str(b)] for d, a, b in zip(dates, sy, di, strict=True)]
    text = pick(rng, "What's my average blood pressure? (mean systolic and mean diastolic, 1 dp)",
                "avg systolic / diastolic from these readings, one decimal each")
    return text, [num(F(sum(sy), n), 1), num(F(sum(di), n), 1)], {
        "csv": table(["date", "systolic", "diastolic"], rows)}


@fam
def glucose_time_in_range(rng: random.Random) -> Made:
    n = rng.randint(12, 24)
    xs = [rng.randint(55, 240) for _ in range(n)]
    times = [f"{(6 + i) % 24:02d}:00" for i in range(n)]
    ok = sum(1 for x in xs if 70 <= x <= 180)
    rows = [[t, str(x)] for t, x in zip(times, xs, strict=True)]
    text = pick(rng, "What percent of my glucose readings are in range (70-180 mg/dL inclusive)? "
                "1 dp", "time in range 70 to 180 - % of readings, one decimal")
    return text, [num(F(100 * ok, n), 1)], {"csv": table(["time", "glucose_mgdl"], rows)}


@fam
def screen_time_total(rng: random.Random) -> Made:
    apps = rng.sample(["Instagram", "YouTube", "WhatsApp", "TikTok", "Maps", "Mail", "Spotify",
                       "Reddit"], rng.randint(4, 7))
    mins = [rng.randint(5, 180) for _ in apps]
    tot = sum(mins)
    h, m = divmod(tot, 60)
    body = "\n".join(f"{a} {x}m" for a, x in zip(apps, mins, strict=True))
    text = pick(rng, f"{body}\ntotal screen time today in hours and minutes?",
                f"Screen time by app:\n{body}\nHow long is that altogether?")
    return text, [[f"{h}h {m}m", f"{h} h {m} min", f"{h} hours {m} minutes", f"{h}:{m:02d}",
                   f"{h} hours and {m} minutes", f"{h}h{m:02d}", f"{h} hr {m} min"]]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    average_wake_time, playlist_total_length, average_lap_time, fastest_runner_csv,
    average_sleep_from_times, weights_with_units_sum, prices_with_signs_average,
    percentages_average, winter_lows_mean, thousands_newline_sum, heights_mean_and_count,
    plot_histogram_mode, plot_week_total_lines, plot_min_label_csv, plot_moving_average,
    plot_and_sd, house_price_median_csv, cheapest_per_square_metre, shopping_qty_times_price,
    biggest_price_rise_csv, basket_inflation_csv, tip_rate_overall, weeks_lost_weight,
    blood_pressure_averages, glucose_time_in_range, screen_time_total)]
