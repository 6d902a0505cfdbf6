"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 8: Swiss receipts, vouchers, weather and savings screens, library fines, buses, speed checks, cubics meeting lines, inequalities, spelling charts, weight loss, dog walks and caffeine."""
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout23_multi_h import (
    F,
    board,
    clock,
    dp,
    fam,
    near,
    num,
    rnd,
    screen,
    sh,
    till,
)
from bench.data.agents.helpers import Family

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def say(n):
    if n < 20:
        return WORDS[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else "-" + WORDS[u])


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def avg_item_chf(rng):
    names = rng.sample(["Cheese", "Chocolate", "Bread", "Coffee", "Milk", "Apples", "Honey"], rng.randint(3, 5))
    recipe, cents = till(rng, rng.choice(["Alpen Markt", "Migros Mini", "Dorfladen"]), names, 150, 1500, cur="€")
    rs = rng.choice(["0.94", "0.93", "0.96", "0.95"])
    avg = F(sum(cents), 100 * len(cents))
    chf = F(sum(cents), 100) * F(rs)
    if near(avg) or near(chf) or avg * 100 in cents:
        return None
    t = rng.choice([
        f"What's the average price per item on this receipt, and the total in Swiss francs at 1 EUR = {rs} CHF?",
        f"mean item price? total in CHF (rate {rs})?",
    ])
    return t, [num(avg), num(chf)], {"image": recipe}


@fam
def coupon_off_then_split(rng):
    names = rng.sample(["Pizza", "Garlic Bread", "Wings", "Cola", "Ice Cream", "Salad"], rng.randint(3, 4))
    recipe, cents = till(rng, rng.choice(["Pizza Corner", "Slice House", "Dough Bros"]), names, 300, 1800)
    off = rng.choice([3, 5, 7, 10])
    n = rng.choice([2, 3, 4, 5])
    after = F(sum(cents), 100) - off
    each = after / n
    if near(each):
        return None
    t = rng.choice([
        f"We've got a {off} off voucher for this order. What's the total after the voucher, and what does each of us pay if there are {n} of us?",
        f"take ${off} off this receipt and split the rest {n} ways",
    ])
    return t, [num(after), num(each)], {"image": recipe}


@fam
def weather_app_f(rng):
    hi = rng.randint(14, 38)
    lo = hi - rng.randint(6, 15)
    rain = rng.choice([10, 20, 30, 40, 60, 70])
    recipe = screen(rng, "Weather", [f"High: {hi}°C", f"Low: {lo}°C", f"Rain: {rain}%"])
    hf = F(hi) * 9 / 5 + 32
    rngf = F(hi - lo) * 9 / 5
    if {rngf, hf} & {hi, lo, rain}:
        return None
    t = rng.choice([
        "What's today's high in Fahrenheit, and how big is the day's temperature range in Fahrenheit degrees?",
        "convert the high on this forecast to °F, and the high-low spread in °F too (1 dp)",
    ])
    return t, [unit(hf, ["°F", "F", "degrees"], 1) + num(hf, 1), unit(rngf, ["°F", "F", "degrees"], 1) + num(rngf, 1)], {"image": recipe}


@fam
def savings_goal_screen(rng):
    goal = rng.randint(10, 60) * 100
    saved = rng.randint(goal // 10, goal - 200)
    mo = rng.choice([75, 100, 120, 150, 200, 250])
    recipe = screen(rng, "Holiday fund", [f"Goal: {goal:,}", f"Saved: {saved:,}", f"Monthly: {mo}"])
    left = goal - saved
    months = -(-left // mo)
    if left % mo == 0:
        return None
    t = rng.choice([
        "How much more do I need to reach this goal, and how many months at the monthly amount shown (whole months)?",
        "left to save? months to go at this rate, rounded up?",
    ])
    return t, [num(left), [f"{months} months", f"{months}months", f"{months} more months"]], {"image": recipe}


@fam
def library_fine(rng):
    due = dt.date(2026, rng.randint(3, 10), rng.randint(1, 25))
    late = rng.randint(3, 40)
    back = due + dt.timedelta(days=late)
    fine = F(rng.choice([10, 15, 20, 25, 30, 50]), 100)
    cap = F(rng.choice([500, 600, 800, 1000]), 100)
    recipe = screen(rng, "Library loans", [f"Due: {due:%Y-%m-%d}", f"Fine: {dp(fine)} per day", f"Max fine: {dp(cap)}"])
    owed = min(late * fine, cap)
    t = rng.choice([
        f"If I return this book on {back:%-d %B %Y}, how many days late is it and what's the fine (remember the max)?",
        f"returning it {back:%Y-%m-%d}: days overdue? fine owed, capped at the max shown?",
    ])
    return t, [[f"{late} days", f"{late}days"], num(owed)], {"image": recipe}


@fam
def bus_every_n(rng):
    gap = rng.choice([10, 12, 15, 20])
    first = rng.choice([5 * 60 + 30, 6 * 60, 6 * 60 + 15])
    route = rng.randint(3, 99)
    recipe = board(rng, [f"BUS {route}", f"EVERY {gap} MIN", f"FROM {first // 60:02d}:{first % 60:02d}"])
    now = rng.randint(7 * 60, 19 * 60)
    k = -(-(now - first) // gap)
    nxt = first + k * gap
    if nxt == now:
        return None
    ride = rng.randint(12, 48)
    t = rng.choice([
        f"It's {now // 60:02d}:{now % 60:02d}. When's the next bus according to this sign, and when will I get to town if the ride is {ride} minutes?",
        f"now {now // 60:02d}:{now % 60:02d} - next {route} bus? arrival after a {ride} min trip?",
    ])
    return t, [clock(nxt), clock(nxt + ride)], {"image": recipe}


@fam
def avg_speed_camera_mph(rng):
    mph = rng.choice([20, 30, 40, 50, 60, 70])
    recipe = board(rng, ["AVERAGE SPEED CHECK", f"{mph} MPH"])
    miles = rng.randint(3, 25)
    kmh = mph * F("1.609")
    mins = F(miles * 60, mph)
    if near(mins, 1):
        return None
    t = rng.choice([
        f"What's this limit in km/h (1.609, 1 dp)? And how many minutes does a {miles}-mile stretch take at exactly the limit (1 dp)?",
        f"limit in kph using 1.609? minutes for {miles} miles at that limit (1 dp)?",
    ])
    return t, [unit(kmh, ["km/h", "kph"], 1) + num(kmh, 1), unit(mins, ["minutes", "min"], 1)], {"image": recipe}


@fam
def cubic_line_meet_plot(rng):
    k = rng.randint(1, 9)
    a = rng.choice([1, 2])
    cube = "x^3" if a == 1 else "2x^3"
    t = rng.choice([
        f"plot y = {cube} and y = {a * k * k}x on the same axes and tell me where they meet",
        f"Where do y={cube} and y={a * k * k}x intersect? Please draw both.",
        f"solve {cube} = {a * k * k}x and show both curves on one graph",
        f"graph {cube} together with {a * k * k}x - what are the x values where they cross?",
    ])

    def xs(v):
        return [f"x = {v}", f"x={v}", f"({v}, {a * v ** 3})", f"({v},{a * v ** 3})"]
    return t, [xs(-k), xs(0), xs(k), PLOT]


@fam
def inequality_plot(rng):
    a = rng.randint(2, 9)
    x = rng.randint(-6, 12)
    b = rng.randint(-15, 15)
    c = a * x + b
    op = rng.choice([">", "<", ">=", "<="])
    e = f"{a}x {'+' if b >= 0 else '-'} {abs(b)}"
    t = rng.choice([
        f"solve {e} {op} {c} and plot y = {e}",
        f"For which x is {e} {op} {c}? Graph the line too please.",
    ])
    sym = {">": ">", "<": "<", ">=": "≥", "<=": "≤"}[op]
    return t, [[f"x {op} {x}", f"x{op}{x}", f"x {sym} {x}"], PLOT]


@fam
def spelling_chart_median(rng):
    n = rng.choice([5, 6, 7, 8])
    sc = [rng.randint(8, 20) for _ in range(n)]
    srt = sorted(sc)
    med = F(srt[n // 2]) if n % 2 else F(srt[n // 2 - 1] + srt[n // 2], 2)
    lst = ", ".join(f"wk{i + 1} {s}" for i, s in enumerate(sc))
    t = rng.choice([
        f"My daughter's spelling test scores out of 20: {lst}. Can you chart them and tell me the median?",
        f"plot these spelling scores ({lst}) and give the median score",
    ])
    return t, [PLOT, [f"median is {sh(med)}", f"median of {sh(med)}", f"median: {sh(med)}", f"median = {sh(med)}", f"median score is {sh(med)}", f"median {sh(med)}"]]


@fam
def weight_list_stone_rate(rng):
    w = [F(rng.randint(700, 1100), 10)]
    for _ in range(rng.randint(3, 6)):
        w.append(w[-1] - F(rng.randint(1, 12), 10))
    per = (w[0] - w[-1]) / (len(w) - 1)
    st = w[-1] / F("6.35")
    if near(per) or near(st):
        return None
    t = rng.choice([
        f"Weekly weights (kg): {', '.join(sh(x) for x in w)}. Average loss per week (2 dp)? And my latest weight in stone (6.35 kg per stone, 2 dp)?",
        f"{' -> '.join(sh(x) for x in w)} kg over the weeks. mean weekly drop (2 dp)? last one in stone using 6.35 (2 dp)?",
    ])
    return t, [unit(per, ["kg"]) + num(per), num(st)]


@fam
def walk_miles_kcal(rng):
    mi = F(rng.randint(10, 80), 10)
    kcalkm = rng.choice([50, 55, 60, 65, 70])
    km = mi * F("1.609")
    kcal = rnd(km) * kcalkm
    if near(km) or near(kcal, 0) or rnd(kcal, 0) != rnd(km * kcalkm, 0):
        return None
    t = rng.choice([
        f"Walked {sh(mi)} miles with the dog this morning. In km (1.609, 2 dp)? And at about {kcalkm} kcal per km, how many calories (nearest)?",
        f"{sh(mi)} mi -> km (x1.609, 2 dp); calories at {kcalkm}/km (nearest kcal)?",
    ])
    return t, [unit(km, ["km"]), unit(kcal, ["kcal", "calories"], 0)]


@fam
def caffeine_left(rng):
    cups = rng.randint(1, 5)
    oz = rng.choice([6, 8, 10, 12, 16, 20])
    per = rng.choice([8, 9, 10, 11, 12, 13, 15])
    limit = 400
    mg = cups * oz * per
    if mg >= limit or 2 * mg == limit:
        return None
    t = rng.choice([
        f"I've had {cups} cups of coffee, {oz} fl oz each, at about {per} mg caffeine per fl oz. How much caffeine is that, and how much is left before the {limit} mg daily limit?",
        f"{cups} x {oz}oz coffee @ {per}mg/oz = ? mg. remaining vs {limit}mg max?",
        f"Coffee check: {cups} mug(s) of {oz} fl oz, roughly {per} mg of caffeine per ounce. Total mg so far? How much more can I have under {limit} mg?",
    ])
    return t, [unit(mg, ["mg"], 0), unit(limit - mg, ["mg"], 0)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    avg_item_chf, coupon_off_then_split, weather_app_f, savings_goal_screen, library_fine,
    bus_every_n, avg_speed_camera_mph, cubic_line_meet_plot, inequality_plot,
    spelling_chart_median, weight_list_stone_rate, walk_miles_kcal, caffeine_left,
)]
