"""Round 18 (``B_*``, dev now) for ``muse bench agents``, reading part 7: screenshots of swims,
run splits, phone storage and screens, group chats, exchange rates and instalments."""

from __future__ import annotations

import math
import random
from fractions import Fraction

from bench.data.agents.heldout18_read import Made, family, money, number, shot
from bench.data.agents.helpers import Family


def mmss(secs: int) -> list[str]:
    """A duration under an hour (or over, as h:mm:ss) in the ways people write it."""
    m, s = divmod(secs, 60)
    out = [f"{m}:{s:02d}", f"{m} min {s} s", f"{m} minutes {s} seconds", f"{m}m {s}s",
           f"{m} min {s} sec", f"{m} minutes and {s} seconds", f"{m}min {s}s"]
    if s == 0:
        out += [f"{m} minutes", f"{m} min"]
    if m >= 60:
        h, mm = divmod(m, 60)
        out += [f"{h}:{mm:02d}:{s:02d}", f"{h} h {mm} min {s} s", f"{h}h {mm}m {s}s"]
        for hw in ("hour", "hours", "hr", "hrs"):
            out += [f"{h} {hw} {mm} min {s} s", f"{h} {hw} {mm} minutes {s} seconds",
                    f"{h} {hw}, {mm} minutes and {s} seconds", f"{h} {hw} {mm} min {s} sec"]
    return out


@family
def swim_pace(rng: random.Random) -> Made:
    pool = rng.choice([25, 50])
    lengths = rng.randrange(20, 81, 2) if pool == 25 else rng.randrange(10, 41, 2)
    secs = rng.randint(lengths * pool * 75 // 100, lengths * pool * 160 // 100)
    per = Fraction(secs * 100, lengths * pool)
    if per.denominator != 1 and abs(per - math.floor(per) - Fraction(1, 2)) < Fraction(1, 20):
        return None
    m, s = divmod(secs, 60)
    rows = [f"Pool length: {pool} m", f"Lengths: {lengths}", f"Time: {m}:{s:02d}"]
    return ("What was my average pace per 100 m in this swim? nearest second",
            [mmss(round(per))], shot(rng, "Pool Swim", rows))


@family
def splits_total(rng: random.Random) -> Made:
    splits = [rng.randint(250, 420) for _ in range(rng.randint(3, 6))]
    rows = [f"Km {i + 1}:  {s // 60}:{s % 60:02d}" for i, s in enumerate(splits)]
    return (rng.choice(["add up my km splits - what was my total time for the run?",
                        "What's my total run time if you add these splits together?",
                        "Total time across all these kilometre splits?"]), [mmss(sum(splits))],
            shot(rng, "Run Splits", rows))


@family
def record_minutes(rng: random.Random) -> Made:
    free = Fraction(rng.randint(30, 900), 10)
    rate = rng.choice([170, 200, 225, 350, 375, 400, 440])
    mode = {170: "1080p 60fps", 200: "1080p 60fps", 225: "1080p HDR", 350: "4K 30fps",
            375: "4K 30fps", 400: "4K 60fps", 440: "4K 60fps"}[rate]
    rows = [f"Free space: {float(free):.1f} GB", f"Video: {mode}", f"About {rate} MB per minute"]
    minutes = free * 1000 / rate
    if minutes.denominator == 1:
        return None
    return (rng.choice(["Taking 1 GB as 1000 MB, how many whole minutes of video can I still "
                        "record?",
                        "With 1 GB = 1000 MB, how many complete minutes of footage will still "
                        "fit?",
                        "How many whole minutes of recording have I got space for? (1 GB = 1000 "
                        "MB)"]),
            [number(math.floor(minutes))], shot(rng, "Storage", rows))


@family
def chat_remaining(rng: random.Random) -> Made:
    a, b = rng.sample(["Mia", "Sam", "Jo", "Priya", "Tom", "Leo"], 2)
    bill = rng.randint(6000, 30000)
    pa = rng.randrange(1000, bill // 3, 500)
    pb = rng.randrange(1000, bill // 3, 500)
    rows = [f"{a}: dinner came to {bill / 100:.2f}", f"{b}: I'll put in {pb // 100}",
            f"{a}: ok {pa // 100} from me"]
    return ("From this group chat - how much is left for me to cover so the bill's paid?",
            [money(bill - pa - pb, True)], shot(rng, "Dinner Club", rows))


@family
def cross_rate(rng: random.Random) -> Made:
    eur = Fraction(rng.randint(8800, 9600), 10000)
    gbp = Fraction(rng.randint(7500, 8200), 10000)
    amount = rng.randrange(50, 2000, 10)
    src, dst = rng.choice([("EUR", "GBP"), ("GBP", "EUR")])
    per = {"EUR": eur, "GBP": gbp}
    rows = [f"1 USD = {float(eur):.4f} EUR", f"1 USD = {float(gbp):.4f} GBP", "Updated 09:00"]
    value = amount / per[src] * per[dst]
    return (f"Using these two rates (through dollars), what's {amount} {src} in {dst}? "
            "Round to 2 decimals", [money(value)], shot(rng, "Rates", rows))


@family
def cost_per_visit(rng: random.Random) -> Made:
    fee = rng.randrange(1999, 8999, 100)
    visits = rng.randint(3, 22)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Membership: {cur}{fee / 100:.2f}/month", f"Visits this month: {visits}",
            "Favourite: squat rack"]
    return (rng.choice(["So how much did each gym visit cost me this month? nearest cent",
                        "Cost per visit this month, going by the membership fee? Round to the "
                        "cent.",
                        "i'm trying to see if the gym is worth it - what did each visit work out "
                        "at this month? nearest cent"]),
            [money(Fraction(fee, 100 * visits))], shot(rng, "Gym App", rows))


@family
def pixel_density(rng: random.Random) -> Made:
    diag = Fraction(rng.randint(50, 70), 10)
    w = rng.randrange(1000, 1500, 2)
    h = w * rng.choice([2, Fraction(16, 9), Fraction(13, 6)])
    h = int(h) - int(h) % 2
    value = math.hypot(w, h) / float(diag)
    if abs(value - math.floor(value) - 0.5) < 0.05:
        return None
    rows = [f"Display: {float(diag):.1f} in", f"Resolution: {w} x {h}", "Refresh: 120 Hz"]
    return ("What's the pixel density of this screen in pixels per inch (diagonal pixels over "
            "diagonal inches)? Nearest whole number.", [number(round(value))],
            shot(rng, "About Phone", rows))


@family
def instalment_extra(rng: random.Random) -> Made:
    price = rng.randrange(30000, 250000, 100)
    months = rng.choice([6, 10, 12, 18, 24])
    monthly = math.ceil(price * Fraction(rng.randint(102, 118), 100) / months)
    cur = rng.choice(["$", "£", "€"])
    rows = [f"Pay now: {cur}{price / 100:,.2f}", f"Or {months} x {cur}{monthly / 100:,.2f} a month"]
    return ("How much more do I pay in total if I go with the monthly option?",
            [money(months * monthly - price, True)], shot(rng, "Checkout", rows))


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    swim_pace, splits_total, record_minutes, chat_remaining, cross_rate, cost_per_visit,
    pixel_density, instalment_extra)]
