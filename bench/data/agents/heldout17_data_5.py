"""Round 17 (``M_d_*``, dev now) for ``muse bench agents``, data part 5: growth rates, tallies,
numbers written in words, rolling averages over dated rows, goals and baskets, medians and pass
rates from messy CSVs."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal, localcontext
from fractions import Fraction
from itertools import pairwise

from bench.data.agents.heldout17_data import (
    MONTHS,
    PEOPLE,
    F,
    Got,
    family,
    forms,
    mean,
    median,
    sqrt,
    variance,
)
from bench.data.agents.helpers import Family

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"]


def cagr(rng: random.Random) -> Got:
    years = rng.randint(3, 6)
    start = rng.randint(40, 400) * 1000
    end = int(start * rng.uniform(1.1, 2.6)) // 100 * 100
    first = rng.randint(2015, 2020)
    with localcontext() as ctx:
        ctx.prec = 40
        rate = ((Decimal(end) / Decimal(start)) ** (Decimal(1) / years) - 1) * 100
    got = forms(rate, 1)
    if got is None:
        return None
    return (f"Our turnover went from ${start:,} in {first} to ${end:,} in {first + years}. "
            f"What's the compound annual growth rate over that time? 1 decimal place, as a %"), \
        [got], {}


def yoy_total(rng: random.Random) -> Got:
    last = [rng.randint(180, 520) * 100 for _ in range(4)]
    this = [int(v * rng.uniform(0.85, 1.3)) // 10 * 10 for v in last]
    got = forms(F(sum(this) - sum(last), sum(last)) * 100, 1)
    if got is None or sum(this) == sum(last):
        return None
    rows = "\n".join(f'Q{i + 1},"{a:,}","{b:,}"' for i, (a, b) in enumerate(
        zip(last, this, strict=True)))
    csv = f"quarter,2025,2026\n{rows}\n"
    return ("Quarterly sales attached for the last two years. By what percentage did the full-year "
            "total change from 2025 to 2026? one decimal"), [got], {"csv": csv}


def biggest_jump(rng: random.Random) -> Got:
    n = rng.randint(6, 10)
    vals = [rng.randint(300, 900)]
    for _ in range(n - 1):
        vals.append(max(50, int(vals[-1] * rng.uniform(0.8, 1.35))))
    growth = [F(b - a, a) for a, b in pairwise(vals)]
    ranked = sorted(growth, reverse=True)
    if ranked[0] - ranked[1] < F(1, 100):
        return None
    start = rng.randrange(12 - n + 1)
    best = MONTHS[start + 1 + growth.index(ranked[0])]
    rows = "\n".join(f"{MONTHS[start + i]},{v}" for i, v in enumerate(vals))
    return ("Members of my climbing gym by month are in the csv. Which month had the biggest "
            "percentage increase on the month before?"), [[best]], \
        {"csv": f"month,members\n{rows}\n"}


def household_tally(rng: random.Random) -> Got:
    counts = [rng.randint(1, 15) for _ in range(5)]
    total = sum(counts)
    got = forms(F(sum(k * c for k, c in enumerate(counts)), total), 2)
    if got is None:
        return None
    lines = "\n".join(f"{k} {'child' if k == 1 else 'children'}: {c} "
                      f"household{'' if c == 1 else 's'}" for k, c in enumerate(counts))
    return (f"Survey for our village newsletter, how many children live in each household:\n"
            f"{lines}\nWhat's the mean number of children per household? 2 dp"), [got], {}


def dice_tally(rng: random.Random) -> Got:
    counts = [rng.randint(3, 14) for _ in range(6)]
    rolls = [F(face + 1) for face, c in enumerate(counts) for _ in range(c)]
    got = forms(sqrt(variance(rolls, True)), 2)
    if got is None:
        return None
    said = ", ".join(f"{face + 1} came up {c} times" for face, c in enumerate(counts))
    return (f"Maths homework: we rolled a die {len(rolls)} times and {said}. What's the sample "
            f"standard deviation of the rolls, to 2 decimal places?"), [got], {}


def spoken(x: Fraction) -> str:
    whole, rest = int(x), x - int(x)
    text = WORDS[whole]
    return text + {F(0): "", F(1, 2): " and a half", F(1, 4): " and a quarter",
                   F(3, 4): " and three quarters"}[rest]


def words_mean(rng: random.Random) -> Got:
    days = rng.sample(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
                      rng.randint(4, 6))
    miles = [F(rng.randint(4, 40), 4) for _ in days]
    got = forms(mean(miles), 2)
    if got is None:
        return None
    said = ", ".join(f"{spoken(m)} on {d}" for m, d in zip(miles, days, strict=True))
    return (f"So this week I walked the dog {said}. What's that on average per walk, in miles? "
            f"round to 2 decimals"), [got], {}


def rolling_week(rng: random.Random) -> Got:
    start = date(2026, rng.randint(1, 11), rng.randint(1, 15))
    n = rng.randint(10, 16)
    vals = [F(rng.randint(900, 4200), 10) for _ in range(n)]
    got = forms(mean(vals[-7:]), 1)
    if got is None:
        return None
    rows = "\n".join(f"{(start + timedelta(days=i)).isoformat()},{float(v):.1f}"
                     for i, v in enumerate(vals))
    last = (start + timedelta(days=n - 1)).strftime("%-d %B")
    return (f"Daily water use (litres) from our smart meter is attached. What's "
            f"the 7-day rolling average as of {last} (that day and the six before it)? 1 dp"), \
        [got], {"csv": f"date,litres\n{rows}\n"}


def fundraiser(rng: random.Random) -> Got:
    names = rng.sample(PEOPLE, rng.randint(4, 7))
    raised = [F(rng.randint(2000, 60000), 100) for _ in names]
    goal = int(sum(raised, F(0)) * F(rng.randint(110, 250), 100) / 250 + 1) * 250
    got = forms(sum(raised, F(0)) / goal * 100, 1)
    if got is None:
        return None
    lines = "\n".join(f"{n} - £{float(r):.2f}" for n, r in zip(names, raised, strict=True))
    return (f"sponsored swim totals so far:\n{lines}\nour target is £{goal:,}. what percent of "
            f"the target have we hit? (1 dp)"), [got], {}


def basket(rng: random.Random) -> Got:
    goods = rng.sample(["milk (2 pints)", "loaf", "dozen eggs", "butter", "coffee", "cheddar",
                        "bananas (bunch)", "rice 1kg"], 5)
    old = [F(rng.randint(60, 450), 100) for _ in goods]
    new = [o + F(rng.randint(-10, 60), 100) for o in old]
    got = forms((sum(new, F(0)) / sum(old, F(0)) - 1) * 100, 1)
    if got is None or sum(new) == sum(old):
        return None
    lines = "\n".join(f"{g}: {float(o):.2f} -> {float(n):.2f}"
                      for g, o, n in zip(goods, old, new, strict=True))
    return (f"My usual shopping basket, price a year ago -> price now (£):\n{lines}\nBy what "
            f"percent has the whole basket gone up? one decimal place"), [got], {}


def salary_median(rng: random.Random) -> Got:
    n = rng.randint(8, 13)
    roles = ["Analyst", "Designer", "Developer", "Manager", "Support", "Sales"]
    rows, pay = [], []
    for i in range(n):
        blank = i > 0 and rng.random() < 0.2
        s = rng.randint(280, 950) * 100
        if not blank:
            pay.append(F(s))
        rows.append(f'{rng.choice(PEOPLE)} {chr(65 + i)}.,{rng.choice(roles)},'
                    f'{"" if blank else f"{chr(34)}{s:,}{chr(34)}"}')
    if len(pay) == n or len(pay) < 6:
        return None
    got = forms(median(pay), 0) if median(pay).denominator == 1 else forms(median(pay), 1)
    if got is None:
        return None
    csv = "name,role,salary\n" + "\n".join(rows) + "\n"
    return ("HR export attached — some salaries haven't been filled in yet. What's the median "
            "salary of the ones we do have?"), [got], {"csv": csv}


def pass_rate(rng: random.Random) -> Got:
    names = rng.sample(PEOPLE, rng.randint(8, 12))
    rows, sat = [], []
    for name in names:
        if rng.random() < 0.15:
            rows.append(f"{name},absent")
        else:
            score = rng.randint(35, 98)
            sat.append(score)
            rows.append(f"{name},{score}")
    cut = rng.choice([50, 60, 65, 70])
    passed = sum(s >= cut for s in sat)
    got = forms(F(passed * 100, len(sat)), 1)
    if got is None or passed in (0, len(sat)) or len(sat) == len(names):
        return None
    return (f"Exam results in the attached file. The pass mark is {cut} (so {cut} counts as a "
            f"pass). Out of the students who actually sat it, what percentage passed? 1 dp"), \
        [got], {"csv": "student,mark\n" + "\n".join(rows) + "\n"}


def temp_range_date(rng: random.Random) -> Got:
    start = date(2026, rng.choice([6, 7, 8]), rng.randint(1, 10))
    n = rng.randint(8, 14)
    temps = [F(rng.randint(150, 340), 10) for _ in range(n)]
    top = max(temps)
    if temps.count(top) > 1:
        return None
    day = start + timedelta(days=temps.index(top))
    rows = "\n".join(f"{(start + timedelta(days=i)).strftime('%d/%m/%Y')};{float(t):.1f}"
                     for i, t in enumerate(temps))
    suffix = "th" if 10 <= day.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    nth = f"{day.day}{suffix}"
    dates = [day.isoformat(), day.strftime("%d/%m/%Y"), f"{day.day} {day:%B}",
             f"{day:%B} {day.day}", f"{nth} {day:%B}", f"{day:%B} {nth}", f"{nth} of {day:%B}"]
    return ("Greenhouse max temps (°C) from my logger are attached, dates are day/month/year. What "
            "was the range over the period, and on which date was the hottest reading?"), \
        [forms(top - min(temps), 1) or [], dates], {"csv": f"date;max_c\n{rows}\n"}


def halves_change(rng: random.Random) -> Got:
    n = rng.choice([6, 8, 10, 12])
    bills = [F(rng.randint(3000, 16000), 100) for _ in range(n)]
    a, b = mean(bills[: n // 2]), mean(bills[n // 2:])
    got = forms((b - a) / a * 100, 1)
    if got is None or a == b:
        return None
    said = ", ".join(f"${float(v):.2f}" for v in bills)
    return (f"Phone bills for the last {n} months, oldest first: {said}. Compare the average of "
            f"the first {n // 2} months with the average of the last {n // 2}: what's the "
            f"percentage change? 1 dp"), [got], {}


FAMILIES: list[tuple[Family, int]] = [(family(f.__name__, f), 8) for f in (
    cagr, yoy_total, biggest_jump, household_tally, dice_tally, words_mean, rolling_week,
    fundraiser, basket, salary_median, pass_rate, temp_range_date, halves_change)]
