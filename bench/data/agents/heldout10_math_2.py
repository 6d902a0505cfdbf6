"""Round 10 (``Z_*``, dev now) for ``muse bench agents``, maths part two: everyday word
problems (pay, savings, shares, shopping, grades, time), statistics asked as maths, and
counting (see :mod:`bench.data.agents.heldout10_math` for the answer forms)."""

from __future__ import annotations

import datetime
import math
import random
import statistics

from bench.data.agents.heldout10_math import F, cash, dec, frac, money, pct, price, tie, whole
from bench.data.agents.helpers import Family, Item, fresh, item, labelled

# --- pay and savings -------------------------------------------------------------------

def z_hourly_pay(rng: random.Random) -> Item:  # hours times an hourly rate
    hours, rate = F(rng.randint(30, 90), 2), price(rng, 11, 32)
    if tie(hours * rate):
        return z_hourly_pay(rng)
    return item("Z_a_hourly_pay", "math", f"worked {float(hours):g} hrs this week at "
                f"{cash(rate, '£')}/hr, what's my pay before tax?", [money(hours * rate)])


def z_overtime(rng: random.Random) -> Item:  # basic hours plus time and a half
    basic, extra, rate = rng.randint(30, 40), rng.randint(2, 12), F(rng.randint(1100, 2600), 100)
    value = basic * rate + extra * rate * F(3, 2)
    if tie(value):
        return z_overtime(rng)
    return item("Z_a_overtime", "math", f"I do {basic} hours basic at {cash(rate)} an hour plus "
                f"{extra} hours overtime at time and a half. What's my total for the week?",
                [money(value)])


def z_salary_month(rng: random.Random) -> Item:  # a yearly salary per month
    year = rng.randrange(21000, 95000, 250)
    value = F(year, 12)
    if tie(value):
        return z_salary_month(rng)
    return item("Z_a_salary_month", "math", f"if my salary is {year:,} a year how much is that "
                "a month", [money(value)])


def z_weekly_year(rng: random.Random) -> Item:  # weekly pay over 52 weeks
    week = price(rng, 250, 1400)
    return item("Z_a_weekly_year", "math", f"I get paid {cash(week, '£')} a week. How much is "
                "that over a year?", [money(week * 52)])


def z_save_monthly(rng: random.Random) -> Item:  # a savings target spread over months
    target, months = rng.randrange(600, 9000, 50), rng.randint(5, 18)
    value = F(target, months)
    if tie(value) or value.denominator == 1:
        return z_save_monthly(rng)
    return item("Z_a_save_monthly", "math", f"need {target} for a holiday in {months} months "
                "- how much do I have to put away each month?", [money(value)])


def z_months_to_save(rng: random.Random) -> Item:  # whole months until a target is reached
    monthly, target = rng.randrange(50, 400, 25), rng.randrange(1000, 8000, 100)
    if target % monthly == 0:
        return z_months_to_save(rng)
    return item("Z_a_months_to_save", "math", f"If I save {monthly} every month, how many "
                f"months until I've got {target}?", [whole(-(-target // monthly))])


def z_compound(rng: random.Random) -> Item:  # yearly compound interest
    start, years = rng.randrange(1000, 20000, 500), rng.randint(2, 10)
    rate = F(rng.randint(10, 60), 10)
    value = start * (1 + rate / 100) ** years
    if tie(value):
        return z_compound(rng)
    return item("Z_a_compound", "math", f"{start} in a savings account at {float(rate):g}% "
                f"interest compounded yearly - how much after {years} years?", [money(value)])


def z_simple_interest(rng: random.Random) -> Item:  # simple interest over years
    start, years = rng.randrange(2000, 50000, 1000), rng.randint(2, 7)
    rate = F(rng.randint(8, 70), 4)
    value = start * rate / 100 * years
    if tie(value):
        return z_simple_interest(rng)
    return item("Z_a_simple_interest", "math", f"whats the simple interest on {start:,} at "
                f"{float(rate):g}% for {years} years", [money(value)])


# --- shares and shopping ---------------------------------------------------------------

def z_share_profit(rng: random.Random) -> Item:  # shares bought and sold higher
    count, buy = rng.randint(10, 300), price(rng, 3, 90)
    sell = buy + price(rng, 0.5, 20)
    return item("Z_a_share_profit", "math", f"Bought {count} shares at {cash(buy)} each and sold "
                f"them at {cash(sell)}. How much profit did I make?", [money(count * (sell - buy))])


def z_share_average(rng: random.Random) -> Item:  # the average price of two purchases
    n1, n2 = rng.randint(10, 80), rng.randint(10, 80)
    p1, p2 = price(rng, 5, 60), price(rng, 5, 60)
    value = (n1 * p1 + n2 * p2) / (n1 + n2)
    if tie(value):
        return z_share_average(rng)
    return item("Z_a_share_average", "math", f"i bought {n1} shares at {float(p1):.2f} and later "
                f"{n2} more at {float(p2):.2f}. whats my average price per share", [money(value)])


def z_change(rng: random.Random) -> Item:  # change from a note
    prices = [price(rng, 1, 15) for _ in range(3)]
    note = 50 if sum(prices) < 45 else 100
    listed = f"{float(prices[0]):.2f}, {float(prices[1]):.2f} and {float(prices[2]):.2f}"
    return item("Z_a_change", "math", f"paying with a {note} note for stuff costing {listed}, "
                "what change do I get", [money(note - sum(prices, F(0)))])


def z_pizza_split(rng: random.Random) -> Item:  # a group order shared equally
    pizzas, drinks, people = rng.randint(2, 5), rng.randint(2, 6), rng.randint(3, 7)
    pp, dp = price(rng, 8, 16), price(rng, 1.2, 3.5)
    value = (pizzas * pp + drinks * dp) / people
    if tie(value):
        return z_pizza_split(rng)
    return item("Z_a_pizza_split", "math", f"{pizzas} pizzas at {float(pp):.2f} and {drinks} "
                f"drinks at {float(dp):.2f}, split between {people} of us, how much each?",
                [money(value)])


def z_unit_price(rng: random.Random) -> Item:  # a price per 100 g
    grams, cost = rng.choice([250, 400, 500, 750, 900, 1200, 1500]), price(rng, 1.5, 12)
    value = cost * 100 / grams
    if tie(value):
        return z_unit_price(rng)
    return item("Z_a_unit_price", "math", f"A {grams}g bag costs {cash(cost, '€')}, how much is "
                "that per 100g?", [money(value)])


# --- grades ----------------------------------------------------------------------------

def z_grade_average(rng: random.Random) -> Item:  # an average of test scores
    scores = [rng.randint(52, 99) for _ in range(rng.randint(4, 7))]
    value = F(sum(scores), len(scores))
    if tie(value):
        return z_grade_average(rng)
    return item("Z_a_grade_average", "math", f"my test scores are {', '.join(map(str, scores))}. "
                "what's my average?", [dec(value)])


def z_grade_needed(rng: random.Random) -> Item:  # the score needed for a target average
    scores, goal = [rng.randint(55, 95) for _ in range(3)], rng.randint(65, 85)
    need = 4 * goal - sum(scores)
    if not 0 < need <= 100:
        return z_grade_needed(rng)
    return item("Z_a_grade_needed", "math", f"I got {scores[0]}, {scores[1]} and {scores[2]} on "
                f"my first three tests. What do I need on the fourth to average {goal}?",
                [whole(need)])


def z_weighted_grade(rng: random.Random) -> Item:  # a weighted final mark
    w = rng.choice([20, 25, 30, 40])
    course, exam = rng.randint(50, 98), rng.randint(40, 98)
    value = F(w * course + (100 - w) * exam, 100)
    if tie(value):
        return z_weighted_grade(rng)
    return item("Z_a_weighted_grade", "math", f"coursework counts {w}% and I got {course}, the "
                f"exam is {100 - w}% and I got {exam} - what's my overall mark?", [dec(value)])


# --- time ------------------------------------------------------------------------------

def clock(minutes: int) -> list[str]:
    h, m = divmod(minutes % (24 * 60), 60)
    out = [f"{h:02d}:{m:02d}", f"{h}:{m:02d}"]
    if h >= 12:
        twelve = h - 12 or 12
        out += [f"{twelve}:{m:02d} pm", f"{twelve}:{m:02d}pm"]
    return list(dict.fromkeys(out))


def z_finish_time(rng: random.Random) -> Item:  # a start time plus a duration
    start, hours, mins = rng.randint(6 * 60, 14 * 60 + 59), rng.randint(1, 5), rng.randint(5, 55)
    h, m = divmod(start, 60)
    return item("Z_a_finish_time", "math", f"If I start at {h:02d}:{m:02d} and it takes {hours} "
                f"hours {mins} minutes, what time do I finish?", [clock(start + hours * 60 + mins)])


def z_minutes_between(rng: random.Random) -> Item:  # minutes between two clock times
    a = rng.randint(5 * 60, 12 * 60)
    b = a + rng.randint(70, 600)
    return item("Z_a_minutes_between", "math", f"how many minutes from {a // 60:02d}:{a % 60:02d} "
                f"to {b // 60:02d}:{b % 60:02d}?", [whole(b - a)])


def z_days_until(rng: random.Random) -> Item:  # days from one date to another in 2027
    start = datetime.date(2027, 1, 1) + datetime.timedelta(days=rng.randint(0, 200))
    end = start + datetime.timedelta(days=rng.randint(20, 160))
    return item("Z_a_days_until", "math", f"it's {start.day} {start:%B} {start.year} today, how "
                f"many days until {end.day} {end:%B}?", [whole((end - start).days)])


# --- statistics ------------------------------------------------------------------------

def z_mean_median(rng: random.Random) -> Item:  # mean and median of a short list
    values = [rng.randint(1, 40) for _ in range(rng.choice([6, 7, 8]))]
    mean, med = F(sum(values), len(values)), F(sorted(values)[len(values) // 2])
    if len(values) % 2 == 0:
        med = F(sorted(values)[len(values) // 2 - 1] + sorted(values)[len(values) // 2], 2)
    if tie(mean):
        return z_mean_median(rng)
    return item("Z_a_mean_median", "math", f"find the mean and median of "
                f"{', '.join(map(str, values))}",
                [[x for v in dec(mean) for x in labelled(["mean", "Mean"], v)],
                 [x for v in dec(med) for x in labelled(["median", "Median"], v)]])


def z_sample_sd(rng: random.Random) -> Item:  # a sample standard deviation
    values = [rng.randint(5, 60) for _ in range(rng.randint(5, 8))]
    sd = statistics.stdev(values)
    if tie(sd) or len(set(values)) < 3:
        return z_sample_sd(rng)
    return item("Z_a_sample_sd", "math", f"sample standard deviation of "
                f"{' '.join(map(str, values))} (2 dp)", [dec(sd)])


def z_mode(rng: random.Random) -> Item:  # the most frequent value
    top = rng.randint(1, 12)
    others = rng.sample([v for v in range(1, 13) if v != top], 4)
    values = [top] * 3 + others + rng.sample(others, 2)
    rng.shuffle(values)
    return item("Z_a_mode", "math", f"What's the mode of {', '.join(map(str, values))}?",
                [labelled(["mode", "Mode"], str(top))])


def z_ratio_split(rng: random.Random) -> Item:  # an amount shared in a ratio
    parts = [rng.randint(1, 7) for _ in range(3)]
    unit = rng.randint(5, 60)
    if len(set(parts)) < 3 or math.gcd(*parts) != 1:
        return z_ratio_split(rng)
    total = unit * sum(parts)
    return item("Z_a_ratio_split", "math", f"split {total} in the ratio "
                f"{':'.join(map(str, parts))}", [whole(unit * p) for p in parts])


def z_before_raise(rng: random.Random) -> Item:  # a salary before a percentage rise
    before, p = rng.randrange(18000, 80000, 500), rng.choice([3, 4, 5, 8, 10, 12, 15])
    after = F(before * (100 + p), 100)
    if after.denominator != 1:
        return z_before_raise(rng)
    article = "an" if p in (8, 11, 18) else "a"
    return item("Z_a_before_raise", "math", f"after {article} {p}% pay rise i'm on {int(after):,}. "
                "what was i on before?", [whole(before)])


# --- counting --------------------------------------------------------------------------

def z_teams(rng: random.Random) -> Item:  # combinations
    n, k = rng.randint(8, 25), rng.randint(3, 6)
    return item("Z_a_teams", "math", f"how many different {k}-person teams can be picked from "
                f"{n} people?", [whole(math.comb(n, k))])


def z_podium(rng: random.Random) -> Item:  # ordered places among runners
    n = rng.randint(8, 30)
    return item("Z_a_podium", "math", f"{n} runners in a race. In how many ways can gold, silver "
                "and bronze be given out?", [whole(n * (n - 1) * (n - 2))])


def z_dice(rng: random.Random) -> Item:  # the chance of a total with two dice
    total = rng.randint(3, 11)
    ways = 6 - abs(total - 7)
    value = F(ways, 36)
    return item("Z_a_dice", "math", f"rolling two dice, what's the probability the total is "
                f"{total}?", [frac(value) + dec(value, 3) + pct(value * 100) + pct(value * 100, 1)])


def z_sum_to(rng: random.Random) -> Item:  # the sum of 1 to n
    n = rng.randint(60, 999)
    return item("Z_a_sum_to", "math", f"Add up all the whole numbers from 1 to {n}",
                [whole(n * (n + 1) // 2)])


def z_nth_term(rng: random.Random) -> Item:  # a term of an arithmetic sequence
    a, d, n = rng.randint(-5, 20), rng.randint(2, 9), rng.randint(20, 120)
    seq = ", ".join(str(a + i * d) for i in range(4))
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return item("Z_a_nth_term", "math", f"{seq}, ... what's the {n}{suffix} number in "
                "this pattern?",
                [whole(a + (n - 1) * d)])


def z_geometric_sum(rng: random.Random) -> Item:  # the sum of a doubling or tripling series
    a, r, n = rng.randint(1, 9), rng.choice([2, 3]), rng.randint(6, 14)
    seq = ", ".join(str(a * r ** i) for i in range(3))
    return item("Z_a_geometric_sum", "math", f"sum of the first {n} terms of {seq}, ...",
                [whole(a * (r ** n - 1) // (r - 1))])


FAMILIES: list[tuple[Family, int]] = [(fresh(family), 8) for family in (
    z_hourly_pay, z_overtime, z_salary_month, z_weekly_year, z_save_monthly, z_months_to_save,
    z_compound, z_simple_interest, z_share_profit, z_share_average, z_change, z_pizza_split,
    z_unit_price, z_grade_average, z_grade_needed, z_weighted_grade, z_finish_time,
    z_minutes_between, z_days_until, z_mean_median, z_sample_sd, z_mode, z_ratio_split,
    z_before_raise, z_teams, z_podium, z_dice, z_sum_to, z_nth_term, z_geometric_sum)]
