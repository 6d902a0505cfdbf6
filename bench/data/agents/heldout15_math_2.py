"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part two: time, travel,
cooking, fitness, school, shops and small business, counting, chance and geometry (answer
forms from :mod:`bench.data.agents.heldout15_math`)."""

from __future__ import annotations

import math
import random
import statistics
from fractions import Fraction
from typing import Any

from bench.data.agents.heldout15_math import (
    FR,
    L,
    N,
    P,
    S,
    T,
    U,
    cash,
    ceil_div,
    money,
    need,
)
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES
AREA = ("m²", "m^2", "square metres", "square meters", "sq m")
METRES = ("m", "metres", "meters")


def listed(lo: int, hi: int, k: tuple[int, int]) -> Any:
    return lambda r: [r.randint(lo, hi) for _ in range(r.randint(*k))]


def joined(xs: list[int]) -> dict[str, str]:
    return {"s": ", ".join(map(str, xs))}


def moded(r: random.Random) -> list[int]:
    xs = r.sample(range(2, 40), r.randint(5, 8))
    xs += [xs[0], xs[0]]
    r.shuffle(xs)
    return xs


def places(value: float, digits: int) -> list[list[str]]:
    need(abs(abs(value * 10**digits) % 1 - 0.5) > 1e-6)
    text = f"{value:.{digits}f}"
    return [list(dict.fromkeys([text, text.rstrip("0")]))]


# --- time and travel ---------------------------------------------------------------------
T(F, "mins_between", "how many minutes is it from {h1}:{m1:02d} to {h2}:{m2:02d}?",
  lambda h1, m1, h2, m2: (h2 * 60 + m2) - (h1 * 60 + m1), U("minutes", "min", "mins"),
  h1=(6, 11), m1=(0, 59), h2=(12, 20), m2=(0, 59))
T(F, "drive_speed", "drove {d} km in {h} h {m} min. what was my average speed?",
  lambda d, h, m: Fraction(d * 60, h * 60 + m), U("km/h", "kph", "kilometres per hour"),
  d=(90, 900), h=(1, 8), m=(5, 55))
T(F, "miles_hours", "it's {d} miles and I'll average {v} mph. how many hours will the drive "
  "take?", lambda d, v: Fraction(d, v), U("hours", "hrs", "h"), d=(70, 640), v=[45, 50, 55, 60, 65,
  70])
T(F, "run_kmh", "ran {d} km in {m} minutes this morning, how fast is that in km/h",
  lambda d, m: Fraction(d * 60, m), U("km/h", "kph", "kilometres per hour"), d=[5, 8, 10, 12, 15,
  21],
  m=(24, 130))
T(F, "shift_hours", "clocked in {h1}:{m1:02d}, out {h2}:{m2:02d}, and had a {b} min unpaid break. "
  "how many hours did I actually work", lambda h1, m1, h2, m2, b: Fraction(
      (h2 * 60 + m2) - (h1 * 60 + m1) - b, 60), U("hours", "hrs", "h"), h1=(6, 10),
  m1=[0, 15, 30, 45, 10, 20, 40, 50], h2=(14, 19), m2=[0, 15, 30, 45, 5, 25, 35, 55], b=[30, 45,
  60])
T(F, "days_spring", "how many days are there from March {a} to May {b}, same year?",
  lambda a, b: 31 - a + 30 + b, U("days"), a=(1, 31), b=(1, 31))
T(F, "weeks_days", "{d} days — how many weeks and days is that?",
  lambda d: (d // 7, d % 7), lambda v: U("weeks")(v[0]) + U("days")(v[1]),
  d=[n for n in range(30, 200) if n % 7 > 1])
T(F, "fuel_per_100", "filled up {e} litres after driving {d} km. what's my consumption in L/100km?",
  lambda e, d: Fraction(e * 100, d), U("L/100km", "L/100 km", "litres per 100 km"), e=(28, 70),
  d=(380, 1100))
T(F, "mpg", "{m} miles on {g} gallons, what's my mpg", lambda m, g: Fraction(m, g),
  U("mpg", "miles per gallon"), m=(180, 520), g=(6, 19))
T(F, "months_to_goal", "if I save {s} a month, how many months until I have {g}?",
  lambda s, g: ceil_div(g, s), U("months"), s=(50, 600), g=(1500, 12000))
T(F, "double_years", "at {r}% interest a year compounded yearly, how many years exactly until my "
  "money doubles? (not the rule of 72)", lambda r: math.log(2) / math.log(1 + r / 100),
  U("years"), r=[2, 3, 4, 5, 6, 7, 8, 9, 10, 12])

# --- cooking and home ------------------------------------------------------------------
T(F, "recipe_butter", "recipe serves {a} and uses {g} g of butter. I'm cooking for {b}, how "
  "much butter?", lambda a, g, b: Fraction(g * b, a), U("g", "grams"), a=[2, 4, 6, 8],
  g=(40, 300), b=(3, 14))
T(F, "cups_scaled", "recipe says {a}/{b} cup of sugar and I'm making it {k} times over. how many "
  "cups?", lambda a, b, k: Fraction(a * k, b), FR, a=(1, 3), b=[3, 4, 8], k=(2, 5))
T(F, "turkey_time", "roast needs {m} minutes per kg plus {e} minutes extra. it's {w} kg, how "
  "long in total?", lambda m, e, w: m * w + e, U("minutes", "min", "mins"), m=[20, 25, 30, 40, 45],
  e=[15, 20, 25, 30], w=[1.5, 2.5, 3.5, 4.5, 5.5, 2, 3, 4, 6])
T(F, "paint_litres", "walls add up to {a} m², two coats, one litre covers {c} m². how many "
  "litres of paint?", lambda a, c: Fraction(2 * a, c), U("litres", "liters", "L"), a=(25, 140),
  c=[8, 10, 11, 12, 13, 14])
T(F, "wall_area", "my room is {l} m by {w} m and {h} m high, what's the area of the four walls?",
  lambda l2, w, h: 2 * (l2 + w) * h, U(*AREA), pre=lambda x: {"l": x, "l2": x}, x=[3, 3.5, 4, 4.5,
  5, 6],
  w=[2.5, 3, 3.5, 4], h=[2.4, 2.5, 2.6, 2.7])
T(F, "tiles", "floor is {a} m by {b} m and the tiles are {t} cm squares. how many tiles do I "
  "need (no waste)?", lambda a, b, t: (a * 100 // t) * (b * 100 // t), N,
  a=[2, 3, 4, 5, 6], b=[2, 3, 4, 5], t=[20, 25, 50])
T(F, "fence", "rectangular garden {a} m by {b} m, how much fencing to go all the way round?",
  lambda a, b: 2 * (a + b), U(*METRES), a=(4, 40), b=(3, 30))
T(F, "pizza_slices", "{p} pizzas, {s} slices each, {k} of us. how many slices does everyone get?",
  lambda p, s, k: Fraction(p * s, k), N, p=(2, 9), s=[6, 8, 10, 12], k=(3, 12),
  pre=lambda p, s, k: need((p * s) % k == 0) or {})

# --- fitness and school ------------------------------------------------------------------
T(F, "week_km", "ran {a} km mon, {b} km wed, {c} km fri and {d} km sunday. total for the week?",
  lambda a, b, c, d: a + b + c + d, U("km", "kilometres"), a=[3, 4, 5, 5.5, 6, 6.5, 7],
  b=[4, 5, 6, 7.5, 8, 8.5], c=[3, 5, 6.5, 7, 9], d=[10, 12, 14.5, 16, 18, 21.1])
T(F, "avg_5k", "my last five 5k times in minutes: {s}. what's my average?",
  lambda xs: Fraction(sum(xs), 5), N, pre=joined,
  xs=lambda r: [r.randint(22, 34) for _ in range(5)])
T(F, "steps_km", "walked {s} steps today, my stride is about {c} cm. how many km is that?",
  lambda s, c: Fraction(s * c, 100000), U("km", "kilometres"), s=(3000, 24000), c=(62, 84))
T(F, "lift_gain", "I could squat {a} kg in january and now it's {b} kg. by what percent did it "
  "go up?", lambda a, b: Fraction(100 * (b - a), a), P, a=(40, 120), pre=lambda a, u: {"b": a + u},
  u=(5, 45))
T(F, "final_grade", "the exam counts for {w}% and coursework for the rest. I got {e} on the exam "
  "and {k} on coursework — what's my final mark out of 100?",
  lambda w, e, k: Fraction(w * e + (100 - w) * k, 100), N, w=[40, 50, 60, 70, 75], e=(45, 98),
  k=(50, 99))
T(F, "need_next", "my average after {n} tests is {a}. what score do I need on the next one to "
  "pull it up to {t}?", lambda n, a, t: t * (n + 1) - a * n, N, n=(3, 7), a=(60, 85),
  pre=lambda n, a, u: need(a + u * (n + 1) <= 100) or {"t": a + u}, u=(1, 6))
T(F, "quiz_pct", "got {a} out of {b} on the quiz, what's that as a percent", lambda a, b: Fraction(
    100 * a, b), P, a=(11, 47), b=(48, 60))
T(F, "two_classes", "one class of {n1} averaged {a1} and the other class of {n2} averaged {a2}. "
  "what's the average over everyone?", lambda n1, a1, n2, a2: Fraction(n1 * a1 + n2 * a2, n1 + n2),
  N, n1=(18, 32), a1=(55, 90), n2=(18, 32), a2=(55, 90))

# --- shops and small business ------------------------------------------------------------
T(F, "per_kg", "a {g} g bag of coffee beans is ${p}, what's that per kilo?",
  lambda g, p: p * 1000 / g, money(), g=[200, 250, 340, 400, 500, 750], p=cash(5, 24))
T(F, "b2g1", "shirts are ${p} each, buy two get one free. I'm taking {n}. what do I pay?",
  lambda p, n: p * (n - n // 3), money(), p=cash(9, 40), n=[3, 6, 9, 12])
T(F, "margin_pct", "sold it for {s}, it cost me {c}. what's my profit margin as a percentage of "
  "the sale price?", lambda s, c: (s - c) * 100 / s, P, c=cash(5, 80),
  pre=lambda c, u: {"s": c + u}, u=cash(2, 60))
T(F, "markup_pct", "I buy mugs wholesale at ${c} and sell them at ${s}. what's the markup on "
  "cost in %?", lambda s, c: (s - c) * 100 / c, P, c=cash(2, 12), pre=lambda c, u: {"s": c + u},
  u=cash(1, 15))
T(F, "hours_for_rent", "rent is {r} and I take home {w} an hour. how many hours do I have to "
  "work to cover it?", lambda r, w: r / w, U("hours", "hrs", "h"), r=(700, 2400), w=cash(11, 35))
T(F, "stock_left", "started the month with {a} units, sold {b} a day for {d} days and got a "
  "delivery of {c}. how many units are left?", lambda a, b, d, c: a - b * d + c, N, a=(300, 900),
  b=(5, 25), d=(20, 31), c=(100, 400), pre=lambda a, b, d, c: need(a - b * d + c > 0) or {})
T(F, "tip_only", "how much is a {t}% tip on ${b}?", lambda t, b: b * t / 100, money(),
  t=[10, 12, 15, 18, 20, 25], b=cash(18, 260))
T(F, "airbnb_share", "airbnb is ${n} a night for {k} nights plus a ${c} cleaning fee, split {p} "
  "ways. what's my share?", lambda n, k, c, p: Fraction(n * k + c, p), money(), n=(70, 320),
  k=(2, 9), c=(30, 120), p=(2, 8))
T(F, "wage_year", "at ${r} an hour, {h} hours a week, all 52 weeks, what's that a year?",
  lambda r, h: r * h * 52, money(), r=cash(12, 60), h=[20, 24, 30, 35, 37, 40])
T(F, "budget_pct", "I spend {a} a month on rent out of a {b} income. what percentage is that?",
  lambda a, b: Fraction(100 * a, b), P, a=(600, 2200), b=(2500, 7000))

# --- statistics asked as maths ------------------------------------------------------------
T(F, "mean_list", "mean of {s}?", lambda xs: Fraction(sum(xs), len(xs)), N, pre=joined,
  xs=listed(1, 99, (5, 9)))
T(F, "median_list", "find the median: {s}", lambda xs: Fraction(
    sorted(xs)[(len(xs) - 1) // 2] + sorted(xs)[len(xs) // 2], 2), L("median"), pre=joined,
  xs=listed(10, 200, (6, 11)))
T(F, "mode_list", "what's the mode of this data set: {s}", lambda xs: statistics.mode(xs),
  L("mode"),
  pre=joined, xs=moded)
T(F, "range_list", "range of {s}", lambda xs: max(xs) - min(xs), N, pre=joined,
  xs=listed(5, 300, (6, 10)))
T(F, "sample_sd", "sample standard deviation (2 dp) of {s}", lambda xs: statistics.stdev(xs), N,
  pre=joined, xs=listed(10, 60, (5, 8)))
T(F, "pop_var", "population variance of these: {s}", lambda xs: statistics.pvariance(
    [Fraction(x) for x in xs]), N, pre=joined, xs=listed(1, 30, (4, 7)))
T(F, "weighted_avg", "weighted average: {a} with weight {w1}, {b} with weight {w2}, {c} with "
  "weight {w3}", lambda a, b, c, w1, w2, w3: Fraction(a * w1 + b * w2 + c * w3, w1 + w2 + w3), N,
  a=(50, 99), b=(50, 99), c=(50, 99), w1=(1, 5), w2=(1, 5), w3=(1, 5))
T(F, "geo_mean", "geometric mean of {a} and {b}", lambda a, b: math.sqrt(a * b), N, a=(2, 90),
  b=(3, 120))
T(F, "z_score", "I scored {x}, the mean was {m} and the standard deviation {s}. z-score?",
  lambda x, m, s: Fraction(x - m, s), N, x=(40, 99), m=(50, 80), s=[4, 5, 6, 8, 10, 12, 15])

# --- counting and chance --------------------------------------------------------------
T(F, "choose_k", "how many ways can I pick {k} books out of {n}?", lambda n, k: math.comb(n, k),
  N, n=(8, 25), k=(2, 6))
T(F, "line_up", "in how many different orders can {n} people stand in a line?",
  lambda n: math.factorial(n), N, n=(4, 13))
T(F, "podium", "{n} runners in the final. how many ways can gold, silver and bronze be handed "
  "out?", lambda n: n * (n - 1) * (n - 2), N, n=(6, 30))
T(F, "dice_sum", "roll two fair dice — probability the total is {s}?", lambda s: Fraction(
    6 - abs(s - 7), 36), lambda v: S([str(v), f"{float(v):.4f}", f"{float(v) * 100:.2f}%"]),
  s=[2, 3, 4, 5, 6, 8, 9, 10, 11, 12])
T(F, "all_heads", "flip a coin {n} times. chance of getting heads every time?",
  lambda n: Fraction(1, 2 ** n), FR, n=(3, 14))
T(F, "no_repeat_codes", "how many {n}-letter codes can be made from {k} different letters if no "
  "letter is used twice?", lambda n, k: math.perm(k, n), N, n=(3, 5), k=(6, 26))

# --- geometry -------------------------------------------------------------------------
T(F, "circle_area", "area of a circle with radius {r} cm?", lambda r: math.pi * r * r,
  U("cm²", "cm^2", "square centimetres", "square centimeters", "sq cm"), r=(2, 40))
T(F, "pizza_circ", "my pizza is {d} inches across, what's the circumference?",
  lambda d: math.pi * d, U("inches", "in"), d=[8, 9, 10, 11, 12, 14, 16, 18])
T(F, "hypotenuse", "right triangle with legs {a} and {b}. hypotenuse?", lambda a, b: math.hypot(a,
  b),
  N, a=(3, 30), b=(4, 40), pre=lambda a, b: need(math.hypot(a, b) % 1 > 0.01) or {})
T(F, "ladder", "a {L} m ladder with its foot {d} m from the wall. how high up the wall does it "
  "reach?", lambda L, d: math.sqrt(L * L - d * d), U(*METRES), L=[3, 3.5, 4, 4.5, 5, 6],
  d=[0.8, 1, 1.2, 1.5, 1.8])
T(F, "cyl_volume", "volume of a cylinder, radius {r} cm and height {h} cm",
  lambda r, h: math.pi * r * r * h, U("cm³", "cm^3", "cubic centimetres", "cubic centimeters"),
  r=(2, 15), h=(3, 30))
T(F, "sphere_vol", "what's the volume of a ball with a {r} cm radius",
  lambda r: 4 / 3 * math.pi * r ** 3, U("cm³", "cm^3", "cubic centimetres", "cubic centimeters"),
  r=(2, 20))
T(F, "tri_area", "triangle base {b} m, height {h} m, area?", lambda b, h: Fraction(b * h, 2),
  U(*AREA), b=(3, 40), h=(2, 30))
T(F, "third_angle", "two angles of a triangle are {a}° and {b}°, what's the third one",
  lambda a, b: 180 - a - b, U("°", "degrees"), a=(20, 100), b=(15, 60))
T(F, "polygon_sum", "what do the interior angles of a {n}-sided polygon add up to?",
  lambda n: (n - 2) * 180, U("°", "degrees"), n=(5, 20))
T(F, "tree_height", "I'm standing {d} m from a tree and the angle up to the top is {a} degrees. "
  "how tall is the tree (from ground level)?", lambda d, a: d * math.tan(math.radians(a)),
  U(*METRES), d=(5, 40), a=(20, 65))
T(F, "sin_deg", "sin of {a} degrees to 4 decimal places", lambda a: math.sin(math.radians(a)),
  lambda v: places(v, 4), a=[n for n in range(1, 90) if n not in (30, 45, 60)])
T(F, "big_over", "{a} million divided by {b} thousand", lambda a, b: Fraction(a * 1000, b), N,
  a=(2, 90), b=[4, 5, 8, 16, 20, 25, 40, 50])
T(F, "shift_pct", "{m} minutes of my {h}-hour shift went on meetings. what percent of the shift "
  "is that?", lambda m, h: Fraction(100 * m, h * 60), P, m=(15, 200), h=[6, 7, 8, 9, 10, 12])
