"""Round 21 (``F_o_*``, dev now) for ``muse bench agents``, read part 7: plans, bills."""

from __future__ import annotations

import datetime as dt
import random

from bench.data.agents.heldout21_read import (
    MONTHS,
    Built,
    F,
    Q,
    Tie,
    clock,
    count,
    dates,
    day,
    hm,
    long,
    money,
    num,
    pct,
    shot,
    span,
)
from bench.data.agents.helpers import Family

CUR = ["$", "£", "€"]
CW = {"$": "dollars", "£": "pounds", "€": "euros"}
SUBS = ["Netflix", "Spotify", "iCloud", "Disney+", "YouTube", "Gym", "Audible", "Xbox", "Dropbox"]
SUBJ = ["Maths", "English", "Biology", "History", "French", "Physics", "Art", "Chemistry"]
EVENTS = [
    "Standup",
    "Dentist",
    "Lunch with Jo",
    "Team review",
    "Gym",
    "Call Mum",
    "1:1 with Sam",
    "Haircut",
    "School run",
    "Budget meeting",
]


def b_sub_year(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    p = rng.randint(299, 2499)
    when = day(rng)
    rows = [
        f"Plan: {rng.choice(['Premium', 'Family', 'Standard', 'Duo'])}",
        f"Price: {cur}{p / 100:.2f} / month",
        f"Renews: {when.isoformat()}",
    ]
    return shot(rng, rng.choice(SUBS), rows), [money(p * 12, True)], {}


def b_sub_days(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    when = day(rng, "2026-02-01")
    today = when - dt.timedelta(days=rng.randint(2, 60))
    rows = [
        f"Price: {cur}{rng.randint(299, 2499) / 100:.2f} / month",
        f"Renews on {long(when)}, {when.year}",
    ]
    d = (when - today).days
    return shot(rng, rng.choice(SUBS), rows), [[f"{d} days", f"{d}days"]], {"today": long(today)}


def b_sub_list(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    names = rng.sample(SUBS, rng.randint(3, 7))
    ps = rng.sample(range(199, 2499), len(names))
    rows = [f"{n}  {cur}{p / 100:.2f}" for n, p in zip(names, ps, strict=True)]
    return shot(rng, "Subscriptions", rows), [money(sum(ps), True)], {}


def b_sub_cancel(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    names = rng.sample(SUBS, rng.randint(3, 6))
    ps = rng.sample(range(199, 2499), len(names))
    k = rng.randrange(len(names))
    rows = [f"{n}  {cur}{p / 100:.2f}" for n, p in zip(names, ps, strict=True)]
    return shot(rng, "Subscriptions", rows), [money(ps[k] * 12, True)], {"n": names[k]}


def plan(rng: random.Random) -> tuple[dict, dict]:
    cap = rng.choice([5, 10, 15, 20, 30, 50])
    used = Q(rng.randint(3, cap * 10 - 3), 10)
    mins, mcap = rng.randint(20, 480), 500
    days = rng.randint(2, 27)
    rows = [
        f"Data used {float(used):.1f} GB of {cap} GB",
        f"Minutes {mins} of {mcap}",
        f"Resets in {days} days",
    ]
    return shot(rng, "My plan", rows), {
        "cap": cap,
        "used": used,
        "mins": mins,
        "mcap": mcap,
        "days": days,
    }


def b_data_left(rng: random.Random) -> Built:
    r, p = plan(rng)
    left = p["cap"] - p["used"]
    return (
        r,
        [
            [
                f"{float(left):.1f} GB",
                f"{float(left):.1f}GB",
                f"{float(left):g} GB",
                f"{float(left):g}GB",
            ]
        ],
        p,
    )


def b_data_day(rng: random.Random) -> Built:
    r, p = plan(rng)
    return r, [num((p["cap"] - p["used"]) / p["days"], 2)], p


def b_minutes(rng: random.Random) -> Built:
    r, p = plan(rng)
    return r, [num(p["mcap"] - p["mins"])], p


def b_data_pct(rng: random.Random) -> Built:
    r, p = plan(rng)
    return r, [pct(100 * p["used"] / p["cap"])], p


def goal(rng: random.Random) -> tuple[dict, dict]:
    cur = rng.choice(CUR)
    target = rng.choice(range(1000, 12001, 500))
    saved = rng.randint(100, target - 100)
    rows = [
        f"Goal: {rng.choice(['Holiday', 'New car', 'Wedding', 'Laptop', 'Emergency fund'])}",
        f"Saved {cur}{saved:,} of {cur}{target:,}",
    ]
    return shot(rng, "Savings", rows), {"cur": cur, "cw": CW[cur], "t": target, "s": saved}


def b_goal_left(rng: random.Random) -> Built:
    r, g = goal(rng)
    return r, [num(g["t"] - g["s"])], g


def b_goal_pct(rng: random.Random) -> Built:
    r, g = goal(rng)
    return r, [pct(Q(100 * g["s"], g["t"]))], g


def b_goal_months(rng: random.Random) -> Built:
    r, g = goal(rng)
    m = rng.choice([50, 75, 100, 150, 200, 250, 300, 400])
    return r, [count(-(-(g["t"] - g["s"]) // m))], {**g, "m": m}


def b_loan(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    bal = rng.choice(range(1200, 24000, 50))
    pay = rng.choice(range(100, 800, 25))
    rows = [f"Remaining balance {cur}{bal:,}", f"Monthly payment {cur}{pay}", "Interest: 0%"]
    return shot(rng, "Car loan", rows), [count(-(-bal // pay))], {}


def b_meter(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    prev = rng.randint(1000, 90000)
    now = prev + rng.randint(80, 900)
    rate = rng.choice(["0.24", "0.27", "0.31", "0.18", "0.35", "0.22"])
    rows = [
        f"Previous reading {prev:05d}",
        f"Current reading {now:05d}",
        f"Unit rate {cur}{rate} / kWh",
    ]
    return shot(rng, "Electricity", rows), [money((now - prev) * Q(rate))], {}


def b_timesheet(rng: random.Random) -> Built:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][: rng.randint(3, 6)]
    hs = [Q(rng.choice(range(8, 21)), 2) for _ in days]
    rate = rng.choice(range(1150, 3200, 25))
    rows = [f"{d}  {float(h):g} h" for d, h in zip(days, hs, strict=True)]
    return (
        shot(rng, "Timesheet", rows),
        [num(sum(hs), 1), money(sum(hs) * rate, True)],
        {"rate": f"{rate / 100:.2f}"},
    )


def b_grades(rng: random.Random) -> Built:
    subs = rng.sample(SUBJ, rng.randint(3, 6))
    ms = [rng.randint(48, 99) for _ in subs]
    rows = [f"{s}  {m}" for s, m in zip(subs, ms, strict=True)]
    return shot(rng, "Term results", rows), [num(Q(sum(ms), len(ms)), 1)], {}


def b_grades_top(rng: random.Random) -> Built:
    subs = rng.sample(SUBJ, rng.randint(3, 6))
    ms = rng.sample(range(48, 99), len(subs))
    rows = [f"{s}  {m}%" for s, m in zip(subs, ms, strict=True)]
    k = ms.index(max(ms))
    return shot(rng, "Report card", rows), [[subs[k].lower()], [str(ms[k])]], {}


def cal(rng: random.Random) -> tuple[dict, list, list]:
    evs = rng.sample(EVENTS, rng.randint(3, 7))
    ts = sorted(rng.sample(range(7 * 60, 20 * 60, 15), len(evs)))
    when = day(rng)
    rows = [f"{hm(t)}  {e}" for t, e in zip(ts, evs, strict=True)]
    title = f"{when.strftime('%A')} {when.day} {MONTHS[when.month - 1]}"
    return shot(rng, title, rows), evs, ts


def b_cal_when(rng: random.Random) -> Built:
    r, evs, ts = cal(rng)
    k = rng.randrange(len(evs))
    return r, [clock(ts[k])], {"e": evs[k].lower()}


def b_cal_gap(rng: random.Random) -> Built:
    r, evs, ts = cal(rng)
    i, j = sorted(rng.sample(range(len(evs)), 2))
    return r, [span(ts[j] - ts[i])], {"a": evs[i].lower(), "b": evs[j].lower()}


def b_cal_count(rng: random.Random) -> Built:
    r, evs, ts = cal(rng)
    return r, [count(len(evs)), clock(ts[0])], {}


def b_warranty(rng: random.Random) -> Built:
    when = day(rng, "2025-06-01", 400)
    y = rng.randint(1, 3)
    if when.month == 2 and when.day == 29:
        raise Tie(0)
    end = when.replace(year=when.year + y)
    rows = [
        f"Product: {rng.choice(['Kettle', 'Headphones', 'Laptop', 'Blender', 'Drill'])}",
        f"Purchased {when.isoformat()}",
        f"Warranty {y} year{'s' if y > 1 else ''}",
    ]
    return shot(rng, "Purchase details", rows), [dates(end)], {}


def b_bill_due(rng: random.Random) -> Built:
    cur = rng.choice(CUR)
    due = day(rng, "2026-02-01")
    today = due - dt.timedelta(days=rng.randint(2, 40))
    rows = [f"Amount due {cur}{rng.randint(2000, 30000) / 100:.2f}", f"Due date {due.isoformat()}"]
    d = (due - today).days
    return shot(rng, "Water bill", rows), [[f"{d} days", f"{d}days"]], {"today": long(today)}


TEMPLATES_7 = {
    "sub_year": (
        b_sub_year,
        "how much is this subscription per year?",
        "yearly cost of this plan?",
    ),
    "sub_days": (
        b_sub_days,
        "today's {today}. how many days until it renews?",
        "days left before this renews? it's {today}",
    ),
    "sub_list": (
        b_sub_list,
        "how much am I paying a month for all these?",
        "total of my subscriptions?",
    ),
    "sub_cancel": (
        b_sub_cancel,
        "if I cancel {n}, how much do I save in a year?",
        "yearly saving from dropping {n}?",
    ),
    "data_left": (b_data_left, "how much data have I got left?", "remaining data this month?"),
    "data_day": (
        b_data_day,
        "how many GB a day can I use until it resets? 2 decimals",
        "data left divided by the days until reset, to 2 dp?",
    ),
    "minutes_left": (
        b_minutes,
        "how many minutes do I have left on my plan?",
        "minutes remaining?",
    ),
    "data_pct": (
        b_data_pct,
        "what percent of my data have I used? 1 dp",
        "% of data allowance used so far, one decimal?",
    ),
    "goal_left": (
        b_goal_left,
        "how much more do I need to save?",
        "How far am I from my savings goal?",
    ),
    "goal_pct": (
        b_goal_pct,
        "what % of the way there am I? one decimal",
        "percentage of my goal saved, 1 decimal",
    ),
    "goal_months": (
        b_goal_months,
        "if I put in {m} a month, how many months to reach the goal?",
        "Saving {cur}{m} every month from now, how many months until I hit it?",
    ),
    "loan_months": (
        b_loan,
        "how many more monthly payments to clear this?",
        "how many months until this loan's paid off?",
    ),
    "meter": (
        b_meter,
        "how much will this electricity cost? units used times the rate",
        "What's the cost of the kWh used between the two readings?",
    ),
    "timesheet": (
        b_timesheet,
        "total hours this week, and pay at {rate} an hour?",
        "add up my hours and work out my pay at {rate}/hr",
    ),
    "grades_avg": (
        b_grades,
        "what's my average mark? 1 decimal",
        "Average of these results, one decimal place?",
    ),
    "grades_top": (
        b_grades_top,
        "which was my best subject and what did I get?",
        "highest mark and subject?",
    ),
    "cal_when": (b_cal_when, "what time is {e}?", "when's {e} today?"),
    "cal_gap": (
        b_cal_gap,
        "how long between {a} and {b}?",
        "time from the start of {a} to the start of {b}?",
    ),
    "cal_count": (
        b_cal_count,
        "how many things have I got on, and what time's the first?",
        "count the events on this day and tell me when the first one starts",
    ),
    "warranty": (b_warranty, "when does the warranty run out?", "warranty end date?"),
    "bill_due": (
        b_bill_due,
        "It's {today}. How many days until this bill is due?",
        "days left to pay this? today is {today}",
    ),
}

FAMS = [F(name, spec[0], *spec[1:]) for name, spec in TEMPLATES_7.items()]

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (*FAMS,)]
