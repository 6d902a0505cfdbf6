"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part five: more everyday
sums at home, work, school and on the road, and plain arithmetic asked in other words
(answer forms from :mod:`bench.data.agents.heldout15_math`)."""

from __future__ import annotations

import math
from fractions import Fraction

from bench.data.agents.heldout15_math import (
    FR,
    D,
    N,
    P,
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
HOURS = ("hours", "hrs", "h")


def whole(value: float) -> int:
    """Rounded to a whole number; draws within a hair of .5 are redrawn."""
    need(abs(value % 1 - 0.5) > 0.01)
    return round(value)


# --- arithmetic in other words -------------------------------------------------------
T(F, "terse_expr", "{a}*{b}+{c}/{d}", lambda a, b, c, d: a * b + Fraction(c, d), N, a=(11, 99),
  b=(3, 40), c=(10, 500), d=(3, 16))
T(F, "square_minus", "({a} + {b})^2 - {c} =", lambda a, b, c: (a + b) ** 2 - c, N, a=(3, 40),
  b=(2, 30), c=(5, 300))
T(F, "chain_steps", "take {a}, double it, subtract {b}, then divide the lot by {c}. what do I end "
  "up with?", lambda a, b, c: Fraction(2 * a - b, c), N, a=(20, 400), b=(3, 90), c=(3, 12))
T(F, "pct_stack3", "what's {a}% of {b}% of {c}?", lambda a, b, c: Fraction(a * b * c, 10000), N,
  a=(5, 90), b=(10, 90), c=(200, 9000))
T(F, "more_than", "{a} is {p}% more than what number?", lambda a, p: Fraction(100 * a, 100 + p), N,
  a=(50, 900), p=[5, 10, 15, 20, 25, 30, 40, 50, 60, 75])
T(F, "frac_left", "I ate {a}/{b} of the pizza and my friend ate {c}/{d}. how much of it is left?",
  lambda a, b, c, d: 1 - Fraction(a, b) - Fraction(c, d), FR, a=(1, 3), b=[4, 5, 6, 8],
  c=(1, 2), d=[3, 5, 6, 8], pre=lambda a, b, c, d: need(
      Fraction(a, b) + Fraction(c, d) < 1 and math.gcd(a, b) == math.gcd(c, d) == 1) or {})
T(F, "doubling", "bacteria double every {h} hours. starting from {n}, how many after {t} hours?",
  lambda h, n, t: n * 2 ** (t // h), N, h=[2, 3, 4, 6], n=(50, 900), t=[12, 24, 36, 48])

# --- prices and pay -------------------------------------------------------------------
T(F, "coffee_up", "my usual coffee went from ${a} to ${b}. how much more am I paying in percent?",
  lambda a, b: (b - a) * 100 / a, P, a=cash(2, 5), pre=lambda a, u: {"b": a + D(u) / 100},
  u=(10, 120))
T(F, "lot_discount", "two shirts at ${a} each and jeans at ${b}, and everything's {d}% off. what's "
  "the total?", lambda a, b, d: (2 * a + b) * (100 - d) / 100, money(), a=cash(12, 45),
  b=cash(30, 90), d=[10, 15, 20, 25, 30, 40])
T(F, "tip_pretax", "the bill is ${b} including {v}% tax. I tip {t}% on the pre-tax amount — how "
  "much is the tip?", lambda b, v, t: b * 100 / (100 + v) * t / 100, money(), b=cash(40, 300),
  v=[5, 6, 7, 8, 9, 10], t=[15, 18, 20])
T(F, "hourly_raise", "my hourly rate went from ${a} to ${b}. what % raise is that?",
  lambda a, b: (b - a) * 100 / a, P, a=cash(12, 30), pre=lambda a, u: {"b": a + D(u) / 100},
  u=(25, 400))
T(F, "cost_per_wear", "boots cost ${p}. if I wear them {n} times a week for {y} years, what's "
  "the cost per wear?", lambda p, n, y: p / (n * 52 * y), money(), p=cash(80, 350), n=(2, 6),
  y=(2, 4))
T(F, "coffee_year", "I buy {n} coffees a week at ${c} each — what's that over 52 weeks?",
  lambda n, c: n * c * 52, money(), n=(3, 14), c=cash(2, 6))
T(F, "monthly_deposits", "if I put ${m} into savings at the end of every month at {r}% a year "
  "compounded monthly, how much will I have after {n} years?",
  lambda m, r, n: m * ((1 + r / 1200) ** (12 * n) - 1) / (r / 1200), money(), m=(50, 800),
  r=[2, 3, 4, 5, 6], n=(2, 20))
T(F, "deliveries", "{n} deliveries today at ${r} each, plus ${t} in tips. what did I make?",
  lambda n, r, t: n * r + t, money(), n=(8, 40), r=cash(3, 9), t=cash(5, 80))
T(F, "disc_then_tax", "${p} item, {d}% off, then {t}% tax added at the till. final price?",
  lambda p, d, t: p * (100 - d) * (100 + t) / 10000, money(), p=cash(20, 500),
  d=[10, 15, 20, 25, 30, 50], t=[5, 6, 7, 8, 9, 10, 13])
T(F, "shared_starter", "I had the ${a} pasta and a ${b} glass of wine, and we split a ${s} starter "
  "three ways. with a {t}% tip on my part, what do I owe?",
  lambda a, b, s, t: (a + b + s / 3) * (100 + t) / 100, money(), a=cash(12, 30), b=cash(6, 14),
  s=cash(9, 24), t=[10, 15, 18, 20])
T(F, "tax_band", "no tax on the first 12000 and 20% on everything above that. how much tax on "
  "an income of {x}?", lambda x: Fraction(x - 12000, 5), money(), x=(13000, 60000))
T(F, "per_sq_m", "flat is {a} m² and costs ${p}. price per square metre?", lambda a, p: Fraction(p,
  a),
  money(), a=(35, 140), p=(150000, 900000))
T(F, "rent_rise_years", "rent is {r} now and goes up {p}% every year. what will it be in {n} "
  "years?", lambda r, p, n: r * (1 + Fraction(p, 100)) ** n, money(), r=(800, 2500),
  p=[2, 3, 4, 5], n=(2, 8))
T(F, "car_value", "bought a car for {p} and it loses {d}% of its value each year. what's it worth "
  "after {n} years?", lambda p, d, n: p * (1 - Fraction(d, 100)) ** n, money(),
  p=(12000, 45000), d=[10, 12, 15, 18, 20], n=(2, 8))
T(F, "fundraiser", "we've raised ${a} of our ${g} goal. what percentage is that?",
  lambda a, g: Fraction(100 * a, g), P, a=(150, 4800), g=[5000, 6000, 7500, 8000, 10000])
T(F, "budget_left", "spent {p}% of my {b} monthly budget already, how much have I got left?",
  lambda p, b: Fraction(b * (100 - p), 100), money(), p=(15, 85), b=(600, 4000))
T(F, "biweekly", "salary of {s} a year paid every two weeks (26 paychecks). how much per "
  "paycheck?", lambda s: Fraction(s, 26), money(), s=(30000, 120000))
T(F, "tip_included", "I paid ${t} including a {p}% tip. what was the bill before the tip?",
  lambda t, p: t * 100 / (100 + p), money(), t=cash(25, 300), p=[10, 15, 18, 20, 25])
T(F, "bill_share_use", "the electricity bill is ${b}. I used {a} of the {t} kWh. what's my "
  "share?", lambda b, a, t: b * a / t, money(), b=cash(60, 400), a=(50, 400),
  pre=lambda a, u: {"t": a + u}, u=(50, 600))
T(F, "raise_before", "after a {p}% raise I earn {s} a year. what was I on before?",
  lambda p, s: Fraction(100 * s, 100 + p), money(), p=[2, 3, 4, 5, 6, 8, 10], s=(30000, 95000))
T(F, "plans_equal", "phone plan A is ${a}/month plus ${p} per GB; plan B is ${b} flat. at how "
  "many GB do they cost the same?", lambda a, p, b: Fraction(b - a, p), N, a=(10, 25),
  p=[2, 3, 4, 5], b=(30, 70))

# --- time, travel and rates --------------------------------------------------------------
T(F, "read_hours", "{p} pages left and I read about {s} pages an hour. how many hours to finish?",
  lambda p, s: Fraction(p, s), U(*HOURS), p=(60, 700), s=(20, 60))
T(F, "dog_food", "a {k} kg bag of dog food, and the dog eats {g} g a day. how many full days "
  "will it last?", lambda k, g: k * 1000 // g, U("days"), k=[2, 3, 5, 7, 10, 12, 15, 20],
  g=(120, 450))
T(F, "tables", "{n} wedding guests and {k} seats per table. how many tables do we need?",
  lambda n, k: ceil_div(n, k), N, n=(40, 260), k=[6, 8, 10, 12])
T(F, "batches", "need {n} cookies for the bake sale and one batch makes {b}. how many batches?",
  lambda n, b: ceil_div(n, b), N, n=(50, 400), b=[12, 18, 24, 30, 36])
T(F, "work_together", "I can paint the fence in {a} hours and my brother can do it in {b}. how "
  "long if we do it together?", lambda a, b: Fraction(a * b, a + b), U(*HOURS), a=(2, 9),
  b=(3, 12), pre=lambda a, b: need(a != b) or {})
T(F, "pool_fill", "the pool holds {v} litres and the hose gives {a} litres a minute. how many "
  "hours to fill it?", lambda v, a: Fraction(v, a * 60), U(*HOURS), v=(8000, 60000), a=(8, 40))
T(F, "round_trip", "drove there at {a} km/h and came back the same way at {b} km/h. average "
  "speed for the whole trip?", lambda a, b: Fraction(2 * a * b, a + b),
  U("km/h", "kph", "kilometres per hour"), a=(40, 120), b=(40, 120), pre=lambda a,
  b: need(a != b) or {})
T(F, "catch_up", "a car leaves at {v1} km/h. {h} hour(s) later a second car follows on the same "
  "road at {v2} km/h. how many hours after it sets off does the second car catch up?",
  lambda v1, h, v2: Fraction(v1 * h, v2 - v1), U(*HOURS), v1=(50, 80), h=[1, 2], v2=(85, 130))
T(F, "speed_needed", "I have to cover {d} km in {h} h {m} min. what average speed do I need?",
  lambda d, h, m: Fraction(60 * d, 60 * h + m), U("km/h", "kph", "kilometres per hour"),
  d=(60, 600), h=(1, 6), m=(5, 55))
T(F, "slept", "went to bed at 23:{m1:02d} and woke up at {h}:{m2:02d}. how many hours did I "
  "sleep?", lambda m1, h, m2: Fraction(60 - m1 + h * 60 + m2, 60), U(*HOURS),
  m1=[0, 10, 15, 20, 30, 40, 45, 50], h=(5, 8), m2=[0, 5, 15, 20, 30, 45])
T(F, "lap_avg", "my lap times were {s} seconds. average lap?", lambda xs: Fraction(sum(xs),
  len(xs)),
  U("seconds", "s", "sec"), pre=lambda xs: {"s": ", ".join(map(str, xs))},
  xs=lambda r: [r.randint(58, 95) for _ in range(r.randint(4, 7))])

# --- growth, mixtures and school ---------------------------------------------------------
T(F, "town_growth", "a town of {p} people grows {r}% a year. population in {n} years, to the "
  "nearest person?", lambda p, r, n: whole(p * (1 + r / 100) ** n), N, p=(5000, 90000),
  r=[1, 1.5, 2, 2.5, 3], n=(3, 15))
T(F, "half_life", "{m} mg of a drug with a half-life of {h} hours. how much is left after {t} "
  "hours?", lambda m, h, t: m * 0.5 ** (t / h), U("mg", "milligrams"), m=[100, 200, 250, 400, 500],
  h=[3, 4, 5, 6, 8], t=(2, 30))
T(F, "concrete", "concrete mix is 1 part cement, 2 sand, 3 gravel. for {t} kg of mix, how much "
  "sand?", lambda t: Fraction(t, 3), U("kg", "kilograms"), t=(20, 900))
T(F, "dilute", "I've got {v} ml of a {c}% solution. how much water should I add to bring it down "
  "to {c2}%?", lambda v, c, c2: Fraction(v * c, c2) - v, U("ml", "mL", "millilitres"),
  v=(50, 800), c=[10, 12, 15, 20, 25, 30], c2=[2, 3, 4, 5, 8])
T(F, "final_needed", "the final exam is {w}% of the grade. I'm on {c}% going in. what do I need "
  "on the final to finish with {t}%?", lambda w, c, t: Fraction(100 * t - (100 - w) * c, w), N,
  w=[20, 25, 30, 40, 50], c=(60, 95), t=[70, 75, 80, 85, 90],
  pre=lambda w, c, t: need(0 < (100 * t - (100 - w) * c) / w <= 100) or {})
T(F, "gpa", "grades this term: {g1} in a {c1}-credit course, {g2} in a {c2}-credit course and {g3} "
  "in a {c3}-credit course. weighted GPA?",
  lambda g1, c1, g2, c2, g3, c3: Fraction(g1 * c1 + g2 * c2 + g3 * c3, c1 + c2 + c3), N,
  g1=[2, 3, 4], c1=[2, 3, 4], g2=[1, 2, 3, 4], c2=[3, 4, 5], g3=[2, 3, 4], c3=[1, 2, 3])
T(F, "bus_fares", "bus is ${f} a ride and a weekly pass is ${w}. I ride {n} times a week. how "
  "much do I save with the pass?", lambda f, w, n: n * f - w, money(), f=cash(2, 4),
  w=(18, 35), n=(10, 16), pre=lambda f, w, n: need(n * f > w) or {})
