"""Round 12 (``P_d_*``, dev now), part two: an attached CSV file — totals, averages and
spreads of a column, rows that stand out, filtered sums and counts."""

from __future__ import annotations

import random
import statistics
from collections.abc import Sequence
from fractions import Fraction

from bench.data.agents.heldout12_data import (
    MONTHS,
    Tie,
    mean,
    med,
    num,
    retry,
)
from bench.data.agents.helpers import Family, Item, fresh, item

CITIES = ["Oslo", "Madrid", "Toronto", "Nairobi", "Lima", "Osaka", "Dublin", "Perth",
          "Denver", "Cairo", "Prague", "Quito"]
PEOPLE = ["Aisha", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def table(header: str, rows: Sequence[Sequence[object]]) -> str:
    return "\n".join([header, *(",".join(str(c) for c in row) for row in rows)]) + "\n"


def unique_top(pairs: Sequence[tuple[str, int | Fraction]], low: bool = False) -> str:
    """The name on the highest (or lowest) row; a shared extreme is redrawn."""
    values = [v for _, v in pairs]
    best = min(values) if low else max(values)
    if values.count(best) > 1:
        raise Tie
    return next(name for name, v in pairs if v == best)


def money_rows(rng: random.Random, n: int, low: int, high: int) -> list[Fraction]:
    return [Fraction(rng.randint(low, high), 100) for _ in range(n)]


def cents(value: Fraction) -> str:
    return f"{float(value):.2f}"


# --- rows that stand out --------------------------------------------------------------

def p_d_csv_best_month(rng: random.Random) -> Item:  # month with the highest sales
    start = rng.randint(0, 5)
    rows = [(MONTHS[start + i], rng.randint(40, 400) * 10) for i in range(rng.randint(5, 7))]
    return item("P_d_csv_best_month", "data", "Here's our sales export. Which month did we "
                "sell the most?", [[unique_top(rows)]], csv=table("month,sales", rows))


def p_d_csv_coldest_city(rng: random.Random) -> Item:  # city with the lowest temperature
    rows = [(c, rng.randint(-12, 30)) for c in rng.sample(CITIES, rng.randint(5, 8))]
    return item("P_d_csv_coldest_city", "data", "which city in the attached file was coldest?",
                [[unique_top(rows, low=True)]], csv=table("city,temp_c", rows))


def p_d_csv_top_student(rng: random.Random) -> Item:  # name with the best mark
    rows = [(p, rng.randint(40, 100)) for p in rng.sample(PEOPLE, rng.randint(5, 9))]
    return item("P_d_csv_top_student", "data", "Attached are the quiz results for my class. "
                "Who got the top score?", [[unique_top(rows)]], csv=table("student,score", rows))


def p_d_csv_best_step_day(rng: random.Random) -> Item:  # weekday with the most steps
    rows = [(d, rng.randint(2000, 18000)) for d in DAYS]
    return item("P_d_csv_best_step_day", "data", "my fitness app exported this csv. what day "
                "was i most active?", [[unique_top(rows)]], csv=table("day,steps", rows))


def p_d_csv_quiet_day(rng: random.Random) -> Item:  # weekday with the fewest visitors
    rows = [(d, rng.randint(30, 300)) for d in DAYS]
    return item("P_d_csv_quiet_day", "data", "Footfall for the shop last week is in the CSV. "
                "Which day was quietest?", [[unique_top(rows, low=True)]],
                csv=table("weekday,visitors", rows))


def p_d_csv_driest_month(rng: random.Random) -> Item:  # month with the least rain
    rows = [(m[:3], rng.randint(5, 180)) for m in MONTHS]
    name = unique_top(rows, low=True)
    full = next(m for m in MONTHS if m.startswith(name))
    return item("P_d_csv_driest_month", "data", "Rainfall per month (mm) attached. Which "
                "month was the driest?", [[name, full]], csv=table("month,rain_mm", rows))


def p_d_csv_fastest_run(rng: random.Random) -> Item:  # date of the quickest 5k
    rows = [(f"2026-05-{d:02d}", rng.randint(1500, 2100))
            for d in sorted(rng.sample(range(1, 29), rng.randint(5, 8)))]
    day = int(unique_top(rows, low=True)[-2:])
    return item("P_d_csv_fastest_run", "data", "These are my 5k runs (time in seconds). On "
                "which date did I run fastest?", [[f"2026-05-{day:02d}", f"{day} May",
                                                  f"May {day}"]],
                csv=table("date,seconds", rows))


def p_d_csv_top_product(rng: random.Random) -> Item:  # product with most units over all rows
    products = ["widget", "gadget", "gizmo", "doohickey"]
    rows = [(p, rng.randint(1, 40)) for _ in range(rng.randint(8, 12))
            for p in [rng.choice(products)]]
    totals = [(p, sum(u for q, u in rows if q == p)) for p in products
              if any(q == p for q, _ in rows)]
    return item("P_d_csv_top_product", "data", "Orders file attached (one row per order). "
                "Across all orders, which product sold the most units?",
                [[unique_top(totals)]], csv=table("product,units", rows))


def p_d_csv_biggest_jump(rng: random.Random) -> Item:  # month with the largest rise
    vals = [rng.randint(200, 900) for _ in range(7)]
    rows = list(zip(MONTHS[:7], vals, strict=True))
    jumps = [(MONTHS[i], vals[i] - vals[i - 1]) for i in range(1, 7)]
    return item("P_d_csv_biggest_jump", "data", "Looking at the attached signups by month, "
                "in which month was the increase over the previous month biggest?",
                [[unique_top(jumps)]], csv=table("month,signups", rows))


def p_d_csv_slowest(rng: random.Random) -> Item:  # slowest swimmer and the time, two parts
    rows = [(p, Fraction(rng.randint(300, 600), 10)) for p in rng.sample(PEOPLE, 6)]
    who = unique_top(rows)
    time = dict(rows)[who]
    return item("P_d_csv_slowest", "data", "Swim club times for the 50m are in the sheet. "
                "Who was slowest and what was their time?", [[who], num(time)],
                csv=table("swimmer,seconds", [(p, f"{float(t):.1f}") for p, t in rows]))


# --- one column ------------------------------------------------------------------------

def p_d_csv_spend_total(rng: random.Random) -> Item:  # total of an amount column
    amounts = money_rows(rng, rng.randint(6, 10), 250, 9000)
    rows = [(f"2026-04-{i + 1:02d}", rng.choice(["card", "cash"]), cents(a))
            for i, a in enumerate(amounts)]
    return item("P_d_csv_spend_total", "data", "How much did I spend in total? Bank export "
                "attached.", [num(sum(amounts, Fraction(0)))],
                csv=table("date,method,amount", rows))


def p_d_csv_score_avg(rng: random.Random) -> Item:  # mean of a named column
    rows = [(p, rng.randint(50, 100)) for p in rng.sample(PEOPLE, rng.randint(6, 10))]
    return item("P_d_csv_score_avg", "data", "what's the average of the points column in this "
                "file", [num(mean([s for _, s in rows]))], csv=table("player,points", rows))


def p_d_csv_house_median(rng: random.Random) -> Item:  # median of prices
    prices = rng.sample(range(180, 900), rng.randint(7, 10))
    rows = [(f"{rng.randint(1, 200)} Elm St", p * 1000) for p in prices]
    return item("P_d_csv_house_median", "data", "Recent sale prices on our street are in the "
                "attached CSV. What's the median price?",
                [num(med([p * 1000 for p in prices]))],
                csv=table("address,price", rows))


def p_d_csv_reaction_sd(rng: random.Random) -> Item:  # sample sd of a column
    ms = [rng.randint(180, 420) for _ in range(rng.randint(8, 12))]
    rows = list(enumerate(ms, 1))
    return item("P_d_csv_reaction_sd", "data", "Could you work out the sample standard "
                "deviation of reaction_ms in this data?", [num(statistics.stdev(ms))],
                csv=table("trial,reaction_ms", rows))


def p_d_csv_pop_sd(rng: random.Random) -> Item:  # population sd of a column
    vals = [rng.randint(60, 110) for _ in range(rng.randint(7, 11))]
    rows = list(enumerate(vals, 1))
    return item("P_d_csv_pop_sd", "data", "Treat this as the whole population: what's the "
                "standard deviation of the pulse column?", [num(statistics.pstdev(vals))],
                csv=table("reading,pulse", rows))


def p_d_csv_price_range(rng: random.Random) -> Item:  # range of a price column
    goods = ["rice", "oats", "beans", "lentils", "flour", "sugar", "salt", "tea"]
    rows = [(g, Fraction(rng.randint(90, 990), 100)) for g in rng.sample(goods, 6)]
    prices = [p for _, p in rows]
    return item("P_d_csv_price_range", "data", "What's the price range across the items in "
                "my list?", [num(max(prices) - min(prices))],
                csv=table("item,price", [(g, cents(p)) for g, p in rows]))


def p_d_csv_peak_hr(rng: random.Random) -> Item:  # maximum of a column
    rows = [(f"{8 + i // 6:02d}:{(i % 6) * 10:02d}", rng.randint(70, 185))
            for i in range(rng.randint(8, 14))]
    return item("P_d_csv_peak_hr", "data", "Here's my heart rate log from the hike. What was "
                "the highest it got?", [num(max(hr for _, hr in rows))],
                csv=table("time,bpm", rows))


def p_d_csv_sleep(rng: random.Random) -> Item:  # mean of decimal hours
    hours = [Fraction(rng.randint(48, 95), 10) for _ in range(rng.randint(7, 14))]
    rows = [(f"night {i}", f"{float(h):.1f}") for i, h in enumerate(hours, 1)]
    return item("P_d_csv_sleep", "data", "sleep log attached — on average how many hours a "
                "night am I getting?", [num(mean(hours))], csv=table("night,hours", rows))


def p_d_csv_glucose(rng: random.Random) -> Item:  # median of readings, labelled
    vals = [rng.randint(70, 190) for _ in range(rng.randint(8, 13))]
    rows = [(f"day {i}", v) for i, v in enumerate(vals, 1)]
    return item("P_d_csv_glucose", "data", "Fasting glucose readings (mg/dL) from the last "
                "couple of weeks are attached. Median value?", [num(med(vals))],
                csv=table("day,glucose", rows))


def p_d_csv_bill_avg(rng: random.Random) -> Item:  # mean monthly bill with cents
    bills = money_rows(rng, rng.randint(6, 12), 2500, 12000)
    rows = [(MONTHS[i], cents(b)) for i, b in enumerate(bills)]
    return item("P_d_csv_bill_avg", "data", "What's my average phone bill? Statement "
                "summary attached.", [num(mean(bills))], csv=table("month,bill", rows))


def p_d_csv_weight_lost(rng: random.Random) -> Item:  # first minus last reading
    kilos = [rng.randint(900, 1050)]
    for _ in range(rng.randint(5, 9)):
        kilos.append(kilos[-1] - rng.randint(0, 12))
    rows = [(f"week {i}", f"{k / 10:.1f}") for i, k in enumerate(kilos, 1)]
    return item("P_d_csv_weight_lost", "data", "How many kilos have I lost between the first "
                "and last weigh-in in this log?", [num(Fraction(kilos[0] - kilos[-1], 10))],
                csv=table("week,kg", rows))


FAMILIES: list[tuple[Family, int]] = [(fresh(retry(make)), 8) for make in (
    p_d_csv_best_month, p_d_csv_coldest_city, p_d_csv_top_student, p_d_csv_best_step_day,
    p_d_csv_quiet_day, p_d_csv_driest_month, p_d_csv_fastest_run, p_d_csv_top_product,
    p_d_csv_biggest_jump, p_d_csv_slowest, p_d_csv_spend_total, p_d_csv_score_avg,
    p_d_csv_house_median, p_d_csv_reaction_sd, p_d_csv_pop_sd, p_d_csv_price_range,
    p_d_csv_peak_hr, p_d_csv_sleep, p_d_csv_glucose, p_d_csv_bill_avg, p_d_csv_weight_lost)]
