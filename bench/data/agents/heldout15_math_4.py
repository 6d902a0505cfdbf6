"""Round 15 (``J_*``, dev now) for ``muse bench agents``, maths part seven: small business,
home projects, reviews and tests (answer forms from :mod:`bench.data.agents.heldout15_math`)."""

from __future__ import annotations

from fractions import Fraction

from bench.data.agents.heldout15_math import N, P, T, U, cash, ceil_div, money, need
from bench.data.agents.helpers import Family

FAMILIES: list[tuple[Family, int]] = []
F = FAMILIES


def listed(xs: list[int]) -> dict[str, str]:
    return {"s": ", ".join(map(str, xs))}


T(F, "carpet", "carpet is ${p} per m² and the room is {a} m by {b} m. what will it cost?",
  lambda p, a, b: p * a * b, money(), p=cash(12, 60), a=(2, 7), b=(2, 6))
T(F, "mortgage_interest", "my mortgage payment is ${m} a month for {n} years on a ${p} loan. how "
  "much interest do I pay in total?", lambda m, n, p: m * 12 * n - p, money(), n=[15, 20, 25, 30],
  pre=lambda n, p, k: need(k * 12 * n > p) or {"m": k}, p=(90000, 400000), k=(700, 2600))
T(F, "tip_pool", "tip jar had ${t} tonight. I worked {a} of the {h} staff hours — what's my cut?",
  lambda t, a, h: t * a / h, money(), t=cash(120, 900), a=(3, 9), h=(20, 48))
T(F, "girls_pct", "there are {g} girls and {b} boys in the club. what percentage are girls?",
  lambda g, b: Fraction(100 * g, g + b), P, g=(5, 60), b=(5, 60))
T(F, "quarter_avg", "sales by quarter were ${q1}, ${q2}, ${q3} and ${q4}. average per quarter?",
  lambda q1, q2, q3, q4: Fraction(q1 + q2 + q3 + q4, 4), money(), q1=(8000, 90000),
  q2=(8000, 90000), q3=(8000, 90000), q4=(8000, 90000))
T(F, "cagr", "revenue went from {a} to {b} over {n} years. what's the average annual growth rate?",
  lambda a, b, n: ((b / a) ** (1 / n) - 1) * 100, P, a=(50000, 400000), n=[2, 3, 4, 5],
  pre=lambda a, g: {"b": a + g}, g=(5000, 300000))
T(F, "div_yield", "share price is ${p} and it pays ${d} a year in dividends. dividend yield?",
  lambda p, d: d * 100 / p, P, p=cash(15, 300), d=cash(0, 9),
  pre=lambda d: need(d > 0) or {})
T(F, "per_serving", "the whole recipe costs ${c} to make and serves {s}. cost per serving?",
  lambda c, s: c / s, money(), c=cash(6, 45), s=(2, 12))
T(F, "call_overage", "my plan includes 100 minutes, then ${r} a minute. I used {m} minutes. how "
  "much extra do I pay?", lambda r, m: (m - 100) * r, money(), r=cash(0, 1), m=(120, 600),
  pre=lambda r: need(r > 0) or {})
T(F, "raised_bed", "raised bed is {l} m by {w} m and {d} cm deep. how many litres of soil to fill "
  "it?", lambda l2, w, d: l2 * w * d * 10, U("litres", "liters", "L"),
  pre=lambda x: {"l": x, "l2": x}, x=[1, 2, 3, 4], w=[1, 2], d=(20, 60))
T(F, "paint_cans", "{a} m² of wall and one can covers {c} m². how many cans should I buy?",
  lambda a, c: ceil_div(a, c), N, a=(20, 300), c=[5, 8, 10, 12, 15])
T(F, "star_rating", "my shop has {a} five-star, {b} four-star, {c} three-star and {d} one-star "
  "reviews. what's the average rating?", lambda a, b, c, d: Fraction(5 * a + 4 * b + 3 * c + d,
                                                                     a + b + c + d), N,
  a=(10, 200), b=(5, 80), c=(1, 40), d=(1, 30))
T(F, "pass_mark", "the test has {n} questions and I need {p}% to pass. how many do I need to get "
  "right at least?", lambda n, p: ceil_div(n * p, 100), N, n=(20, 80), p=[50, 60, 65, 70, 75, 80])
T(F, "steps_avg", "steps this week: {s}. what's my daily average?",
  lambda xs: Fraction(sum(xs), 7), N, pre=listed,
  xs=lambda r: [r.randint(2500, 16000) for _ in range(7)])
T(F, "staff_cost", "{n} staff working {h} hours each at ${r} an hour, plus {o}% on top for "
  "employer costs. total?", lambda n, h, r, o: n * h * r * (100 + o) / 100, money(), n=(2, 12),
  h=(4, 40), r=cash(12, 35), o=[8, 10, 12, 13, 15])
T(F, "late_fee", "a ${b} bill with a {p}% late fee charged each month it's unpaid (on the growing "
  "balance). what's owed after {m} months?", lambda b, p, m: b * (1 + Fraction(p, 100)) ** m,
  money(), b=(80, 900), p=[1, 2, 3, 5], m=(2, 6))
