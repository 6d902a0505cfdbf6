"""Round 23 (``I_m_h_*``, held out) for ``muse bench agents``, multi_h part 18: free-parking and tide signs, two-rate receipts, cinema screens, physio walks, baby feeds, plant heights and expanded brackets."""
# ruff: noqa: E501

from __future__ import annotations

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
    span,
    till,
)
from bench.data.agents.helpers import Family


def unit(x, names, p=2):
    vs = num(x, p)
    return [f"{v} {n}" for v in vs for n in names] + [f"{v}{n}" for v in vs for n in names if len(n) <= 3]


@fam
def free_parking_after(rng):
    free = rng.choice([18 * 60, 18 * 60 + 30, 19 * 60])
    rate = F(rng.choice([120, 150, 180, 220, 250, 300]), 100)
    recipe = board(rng, [f"{dp(rate)} PER HOUR", f"FREE AFTER {free // 60}:{free % 60:02d}", "PART HOURS CHARGED IN FULL"])
    arr = free - rng.randint(25, 290)
    if (free - arr) % 60 == 0:
        return None
    hrs = -(-(free - arr) // 60)
    if hrs < 2:
        return None
    t = rng.choice([
        f"I'm parking here at {arr // 60}:{arr % 60:02d} and staying all evening. How long until parking is free, and what do I pay for the time before that?",
        f"arrive {arr // 60:02d}:{arr % 60:02d}: minutes of paid time before it goes free? cost (part hours count as whole hours)?",
    ])
    return t, [span(free - arr), num(hrs * rate)], {"image": recipe}


@fam
def tide_times_sign(rng):
    hi = rng.randint(9 * 60, 15 * 60)
    lo = hi + rng.randint(6 * 60, 6 * 60 + 40)
    recipe = board(rng, ["TIDE TIMES", f"HIGH {hi // 60:02d}:{hi % 60:02d}", f"LOW {lo // 60:02d}:{lo % 60:02d}"])
    before = rng.choice([30, 45, 60, 90])
    t = rng.choice([
        f"How long is it from high tide to low tide on this board? And we have to be off the causeway {before} minutes before high tide - by what time?",
        f"time between the high and low tide here? also what's {before} min before high tide?",
    ])
    return t, [span(lo - hi), clock(hi - before)], {"image": recipe}


@fam
def receipt_two_rates(rng):
    names = rng.sample(["Tea", "Scones", "Jam", "Shortbread", "Fudge", "Postcards", "Mug"], rng.randint(2, 4))
    recipe, cents = till(rng, rng.choice(["Castle Tea Room", "Gift Shop", "Village Shop"]), names, 150, 1800, cur="£")
    e, u = rng.choice(["1.15", "1.16", "1.17", "1.18"]), rng.choice(["1.25", "1.27", "1.29", "1.31"])
    tot = F(sum(cents), 100)
    eur, usd = tot * F(e), tot * F(u)
    if near(eur) or near(usd):
        return None
    t = rng.choice([
        f"My friends from abroad want to know what this cost: the total in euros (£1 = €{e}) and in dollars (£1 = ${u})?",
        f"convert this receipt's total to EUR at {e} and to USD at {u}",
    ])
    return t, [num(eur), num(usd)], {"image": recipe}


@fam
def cinema_showing_end(rng):
    times = sorted(rng.sample(range(14 * 60, 22 * 60 + 30, 5), 3))
    run = rng.randint(95, 175)
    recipe = screen(rng, "Screen 3", ["Today: " + ", ".join(f"{x // 60}:{x % 60:02d}" for x in times), f"Runtime: {run // 60}h {run % 60:02d}m"])
    pick = rng.choice(times[1:])
    dinner = rng.choice([60, 75, 90, 105])
    if pick - dinner in times:
        return None
    t = rng.choice([
        f"If we go to the {pick // 60}:{pick % 60:02d} showing, when does the film end? And dinner takes {dinner} minutes before it - latest time we can start eating?",
        f"{pick // 60}:{pick % 60:02d} show: end time with this runtime? latest dinner start if dinner is {dinner} min and must finish by the showing?",
    ])
    return t, [clock(pick + run), clock(pick - dinner)], {"image": recipe}


@fam
def physio_walk_story(rng):
    start = rng.choice([400, 500, 600, 800, 1000])
    pct = rng.choice([5, 10, 15, 20])
    day = rng.randint(4, 8)
    g = 1 + F(pct, 100)
    dn = start * g ** (day - 1)
    tot = sum(start * g ** k for k in range(day))
    if near(dn, 0) or near(tot, 0) or rnd(tot, 0) != sum(rnd(start * g ** k, 0) for k in range(day)):
        return None
    t = rng.choice([
        f"After my knee op the physio wants me to walk {start} m on day 1 and then {pct}% further each day than the day before. How far will I walk on day {day} (nearest metre), and how far in total over those {day} days?",
        f"walking plan: day 1 = {start} m, each day +{pct}% on the previous day. distance on day {day}? total over days 1-{day}? nearest metre",
    ])
    return t, [unit(dn, ["m", "metres", "meters"], 0) + num(dn, 0), unit(tot, ["m", "metres", "meters"], 0) + num(tot, 0)]


@fam
def baby_feed_volume(rng):
    kg = F(rng.randint(30, 70), 10)
    ml = rng.choice([150, 160, 170, 180])
    feeds = rng.choice([6, 7, 8])
    day = kg * ml
    per = day / feeds
    if near(day, 0) or near(per, 0):
        return None
    t = rng.choice([
        f"Our baby is {sh(kg)} kg and the health visitor said {ml} ml of milk per kg per day. How much is that a day, and how much per feed if she has {feeds} feeds (nearest ml)?",
        f"{ml} ml/kg/day for a {sh(kg)} kg baby -> daily ml? split over {feeds} feeds (nearest ml)?",
    ])
    return t, [unit(day, ["ml", "mL"], 0), unit(per, ["ml", "mL"], 0)]


@fam
def plant_heights_cm(rng):
    hs = [F(rng.randint(10, 60), 4) for _ in range(rng.randint(4, 6))]
    avg = sum(hs) / len(hs)
    cm = avg * F("2.54")
    if near(avg) or near(cm) or rnd(cm) != rnd(rnd(avg) * F("2.54")):
        return None
    t = rng.choice([
        f"My seedlings are {', '.join(sh(h) for h in hs)} inches tall. What's the average height in inches, and in cm (2.54 cm/in)? 2 dp",
        f"average of these plant heights ({' / '.join(sh(h) for h in hs)} in), then convert to centimetres, 2 dp",
    ])
    return t, [num(avg), unit(cm, ["cm"]) + num(cm)]


@fam
def hours_in_month_and_percent(rng):
    months = {"February 2026": 28, "March": 31, "April": 30, "June": 30, "August": 31, "September": 30, "November": 30, "December": 31}
    m = rng.choice(sorted(months))
    p = F(rng.choice([25, 75, 125, 175, 225]), 10)
    base = rng.randint(3, 240) * 4
    t = rng.choice([
        f"How many hours are there in {m}? And what's {sh(p)}% of {base}?",
        f"hours in {m}? separately {sh(p)} percent of {base}",
    ])
    return t, [unit(months[m] * 24, ["hours", "hrs", "h"], 0), num(p * base / 100)]


@fam
def bullets_mixed_rounding(rng):
    a, b = rng.choice([(1, 7), (2, 7), (3, 11), (5, 13), (4, 17), (2, 9)])
    p = F(rng.choice([125, 175, 225, 375, 625]), 10)
    base = rng.randint(8, 60) * 40
    h, mm = rng.randint(1, 9), rng.choice([5, 10, 20, 25, 35, 40, 50])
    t = rng.choice([
        f"• {a}/{b} to 3 dp\n• {sh(p)}% of {base:,}\n• {h} h {mm} min in minutes",
        f"- {a}/{b} as a decimal, 3 places\n- {sh(p)} percent of {base}\n- {h} hours {mm} minutes = ? minutes",
    ])
    return t, [num(F(a, b), 3), num(p * base / 100), [f"{h * 60 + mm} minutes", f"{h * 60 + mm} min", f"{h * 60 + mm}min"]]


@fam
def expand_and_plot(rng):
    p, q = rng.sample([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 2)
    b, c = p + q, p * q

    def br(v):
        return f"(x {'+' if v > 0 else '-'} {abs(v)})"
    e = "x^2" + (f" {'+' if b > 0 else '-'} {'' if abs(b) == 1 else abs(b)}x" if b else "") + f" {'+' if c > 0 else '-'} {abs(c)}"
    t = rng.choice([
        f"expand {br(p)}{br(q)} and plot y = {br(p)}{br(q)}",
        f"Multiply out {br(p)}{br(q)} for me, and draw its graph please.",
    ])
    forms = [e, e.replace("^2", "²"), e.replace("^2", "**2"), "y = " + e]
    return t, [forms, PLOT]


@fam
def swim_kcal_kj(rng):
    mins = rng.choice([20, 25, 30, 35, 40, 45, 50, 60])
    rate = F(rng.choice([60, 65, 70, 75, 80, 85, 90]), 10)
    kcal = mins * rate
    kj = kcal * F("4.184")
    if near(kj, 1):
        return None
    t = rng.choice([
        f"I swam for {mins} minutes burning about {sh(rate)} kcal a minute. How many kcal is that, and how many kJ (x 4.184, 1 dp)?",
        f"{mins} min swim @ {sh(rate)} kcal/min = ? kcal -> kJ using 4.184",
    ])
    return t, [unit(kcal, ["kcal", "calories"], 1), unit(kj, ["kJ"], 1) + num(kj, 1)]


@fam
def share_of_two_items(rng):
    names = rng.sample(["Shampoo", "Conditioner", "Soap", "Toothpaste", "Floss", "Razors", "Lotion"], rng.randint(3, 5))
    recipe, cents = till(rng, rng.choice(["Well Chemist", "Boots", "Care Plus"]), names, 150, 1500)
    a, b = rng.sample(range(len(names)), 2)
    two = F(cents[a] + cents[b], 100)
    pct = two * 100 / F(sum(cents), 100)
    if near(pct, 1):
        return None
    t = rng.choice([
        f"How much did the {names[a].lower()} and {names[b].lower()} come to together, and what percentage of the receipt total is that (1 dp)?",
        f"{names[a]} + {names[b]} = ? and their share of the total as a %, 1 dp",
    ])
    return t, [num(two), [f"{v}%" for v in num(pct, 1)]], {"image": recipe}


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    free_parking_after, tide_times_sign, receipt_two_rates, cinema_showing_end, physio_walk_story,
    baby_feed_volume, plant_heights_cm, hours_in_month_and_percent, bullets_mixed_rounding,
    expand_and_plot, swim_kcal_kj, share_of_two_items,
)]
