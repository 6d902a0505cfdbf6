"""Round 21 (``F_m_*``, dev now) for ``muse bench agents``, multi part 7: data list, CSV, chart
and photo (receipt, sign, screenshot) request parts, paired with maths and times."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout9_multi_common import PLOT
from bench.data.agents.heldout21_multi import (
    CUR,
    MONTHS,
    Part,
    combo,
    date_forms,
    deg,
    num,
    pick,
    quad,
    say_time,
    tip,
)
from bench.data.agents.heldout21_multi_8 import arrive
from bench.data.agents.helpers import Family

GOODS = [
    "Coffee",
    "Bagel",
    "Apples",
    "Bread",
    "Milk",
    "Tea",
    "Cheese",
    "Pasta",
    "Eggs",
    "Butter",
    "Rice",
    "Soup",
    "Juice",
    "Yogurt",
    "Muffin",
    "Salad",
    "Pizza",
    "Cookies",
]
SHOPS = ["Corner Cafe", "Green Grocer", "Blue Bakery", "Metro Market", "Daily Deli", "Fresh Mart"]


def receipt(rng: random.Random, cur: str = "") -> tuple[dict[str, Any], list[tuple[str, int]], str]:
    cur = cur or rng.choice(["$", "€", "£"])
    names = rng.sample(GOODS, rng.randint(2, 4))
    cents = rng.sample(range(120, 2600), len(names))
    lines = list(zip(names, cents, strict=True))
    recipe = {
        "kind": "receipt",
        "shop": rng.choice(SHOPS),
        "items": [(n, c / 100) for n, c in lines],
        "currency": cur,
        "font": rng.randrange(4),
        "degrade": deg(rng),
    }
    return recipe, lines, cur


# ---- data and charts -------------------------------------------------------------------------


def values(rng: random.Random) -> list[int]:
    return [rng.randint(3, 99) for _ in range(rng.randint(5, 9))]


def mean_list(rng: random.Random) -> Part:
    v = values(rng)
    t = pick(
        rng,
        "average of {l} (2 decimals)",
        "what's the mean of these: {l}, to 2 dp",
        "mean of {l}? round to 2 decimal places",
    )
    return t.format(l=", ".join(map(str, v))), [num(F(sum(v), len(v)), 2)], {}


def median_list(rng: random.Random) -> Part:
    v = values(rng)
    s = sorted(v)
    med = F(s[len(s) // 2]) if len(s) % 2 else F(s[len(s) // 2 - 1] + s[len(s) // 2], 2)
    t = pick(rng, "median of {l}", "what's the median of {l}")
    return (
        t.format(l=" ".join(map(str, v)) if rng.random() < 0.3 else ", ".join(map(str, v))),
        [num(med, 1)],
        {},
    )


def range_list(rng: random.Random) -> Part:
    v = values(rng)
    t = pick(rng, "the range of {l}", "what's the spread (max minus min) of {l}")
    return t.format(l=", ".join(map(str, v))), [num(max(v) - min(v), 0)], {}


def sum_list(rng: random.Random) -> Part:
    v = [F(rng.randint(150, 9000), 100) for _ in range(rng.randint(4, 7))]
    t = pick(rng, "add these up: {l}", "total of {l}", "sum {l}")
    return t.format(l=", ".join(f"{float(x):.2f}" for x in v)), [num(sum(v), 2)], {}


def plot(rng: random.Random) -> Part:
    a, b, c = rng.randint(1, 4), rng.choice([-6, -5, -4, -3, -2, 2, 3, 4, 5, 6]), rng.randint(-9, 9)
    sb, sc = "+" if b >= 0 else "-", "+" if c >= 0 else "-"
    e = f"{a if a > 1 else ''}x^2 {sb} {abs(b)}x {sc} {abs(c)}"
    t = pick(rng, "plot y = {e}", "graph y={e} from -5 to 5", "draw me a chart of y = {e}")
    return t.format(e=e), [PLOT], {}


def plot_line(rng: random.Random) -> Part:
    m, c = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5, 6]), rng.randint(-10, 10)
    t = pick(rng, "plot the line y = {m}x + {c}", "sketch a graph of y = {m}x + {c}")
    return t.format(m=m, c=c).replace("+ -", "- "), [PLOT], {}


# ---- photos ----------------------------------------------------------------------------------


def rc_total(rng: random.Random) -> Part:
    recipe, lines, _ = receipt(rng)
    t = pick(
        rng,
        "what's the total on this receipt",
        "how much did I spend in total on the receipt",
        "read me the total from this receipt",
    )
    return t, [num(F(sum(c for _, c in lines), 100), 2)], {"image": recipe}


def rc_convert(rng: random.Random) -> Part:
    recipe, lines, cur = receipt(rng, rng.choice(["$", "£"]))
    code = CUR[cur]
    rate = {"USD": F("1.17"), "GBP": F("0.87")}[code]
    t = pick(
        rng,
        "what's this receipt's total in euros (1 EUR = {r} {c})",
        "convert the receipt total to EUR at 1 EUR = {r} {c}",
    )
    return (
        t.format(r=f"{float(rate):.2f}", c=code),
        [num(F(sum(c for _, c in lines), 100) / rate, 2)],
        {"image": recipe},
    )


def rc_split(rng: random.Random) -> Part:
    recipe, lines, _ = receipt(rng)
    n = rng.randint(2, 6)
    t = pick(
        rng,
        "if {n} of us split this receipt evenly, how much each",
        "split the total on the receipt {n} ways",
    )
    return t.format(n=n), [num(F(sum(c for _, c in lines), 100 * n), 2)], {"image": recipe}


def rc_tip(rng: random.Random) -> Part:
    recipe, lines, _ = receipt(rng)
    p = rng.choice([10, 15, 18, 20])
    t = pick(
        rng,
        "how much is a {p}% tip on the receipt total",
        "what's {p}% of the total on this receipt",
    )
    return t.format(p=p), [num(F(sum(c for _, c in lines) * p, 10000), 2)], {"image": recipe}


def rc_item(rng: random.Random) -> Part:
    recipe, lines, _ = receipt(rng)
    name, c = rng.choice(lines)
    t = pick(rng, "how much was the {n} on this receipt", "what did the {n} cost on the receipt")
    return t.format(n=name.lower()), [num(F(c, 100), 2)], {"image": recipe}


SIGNS = [
    ["NO PARKING"],
    ["EXIT"],
    ["WET FLOOR"],
    ["STAFF ONLY"],
    ["PLATFORM 4"],
    ["KEEP LEFT"],
    ["QUIET ZONE"],
    ["FIRE EXIT"],
    ["PUSH"],
    ["RESTROOMS"],
    ["LIBRARY", "FLOOR 2"],
    ["CAFE"],
]


def sign_read(rng: random.Random) -> Part:
    words = rng.choice(SIGNS)
    recipe = {"kind": "sign", "words": words, "font": rng.randrange(4), "degrade": deg(rng)}
    t = pick(
        rng,
        "what does this sign say",
        "read the sign in the photo for me",
        "what's written on the sign",
    )
    return t, [[words[0], words[0].title()]], {"image": recipe}


def sign_close(rng: random.Random) -> Part:
    o, c = rng.randint(7, 10), rng.randint(4, 9)
    recipe = {
        "kind": "sign",
        "words": ["OPEN", f"{o}AM TO {c}PM"],
        "font": rng.randrange(4),
        "degrade": deg(rng),
    }
    now = (12 + c) * 60 - rng.randint(7, 200)
    t = pick(
        rng,
        "it's {n} now, how many minutes until this place closes (sign in photo)",
        "going by the hours on this sign, how many minutes do I have left if it's {n}",
    )
    return t.format(n=say_time(now, rng)), [num((12 + c) * 60 - now, 0)], {"image": recipe}


def shot_date(rng: random.Random) -> Part:
    d0 = dt.date(2026, rng.randint(1, 9), rng.randint(10, 28))
    n = rng.randint(5, 40)
    rows = [f"Order #{rng.randint(1000, 9999)}", f"Date: {d0.isoformat()}", "Status: shipped"]
    recipe = {
        "kind": "screenshot",
        "title": "My orders",
        "rows": rows,
        "font": rng.randrange(4),
        "degrade": deg(rng),
    }
    t = pick(
        rng,
        "the return window is {n} days from the order date in this screenshot"
        " — last day to return?",
        "what date is {n} days after the order date shown here",
    )
    return t.format(n=n), [date_forms(d0 + dt.timedelta(n))], {"image": recipe}


def table(rng: random.Random) -> tuple[str, list[tuple[str, int]], str]:
    kind = rng.choice(
        [
            ("month", "sales", MONTHS[:12]),
            ("day", "steps", ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
            ("store", "revenue", ["North", "South", "East", "West", "Central", "Harbour"]),
        ]
    )
    n = rng.randint(4, min(8, len(kind[2])))
    labels = kind[2][:n] if kind[0] != "store" else rng.sample(kind[2], n)
    lo, hi = (2000, 15000) if kind[1] == "steps" else (120, 990)
    vals = rng.sample(range(lo, hi), n)
    sep = rng.choice([",", "\t"])
    body = f"{kind[0]}{sep}{kind[1]}\n" + "".join(
        f"{a}{sep}{b}\n" for a, b in zip(labels, vals, strict=True)
    )
    return body, list(zip(labels, vals, strict=True)), kind[1]


def csv_mean(rng: random.Random) -> Part:
    body, rows, col = table(rng)
    t = pick(
        rng,
        "what's the average {c} in the attached csv, to 2 decimals",
        "mean of the {c} column in my file (2 decimals)",
    )
    return t.format(c=col), [num(F(sum(v for _, v in rows), len(rows)), 2)], {"csv": body}


def csv_total(rng: random.Random) -> Part:
    body, rows, col = table(rng)
    t = pick(rng, "total {c} in the attached CSV", "add up the {c} column of the file")
    return t.format(c=col), [num(sum(v for _, v in rows), 0)], {"csv": body}


def csv_top(rng: random.Random) -> Part:
    body, rows, col = table(rng)
    best = max(rows, key=lambda r: r[1])
    t = pick(
        rng,
        "which row of the attached csv has the highest {c}, and what is it",
        "in the CSV, where was {c} highest and how much",
    )
    return t.format(c=col), [[best[0]], num(best[1], 0)], {"csv": body}


quad_plot = combo("quad_plot", "also", quad, plot)
receipt_eur_tip = combo("receipt_eur_tip", "list", rc_convert, tip)
sign_read_time = combo("sign_read_time", "pls", sign_read, arrive)

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (quad_plot, receipt_eur_tip, sign_read_time)]
