"""Round 21 (``F_d_*``, dev now) for ``muse bench agents``, data part 5: two columns
(correlation, regression slope and intercept, predictions, scatter plots)."""
# ruff: noqa: E501

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction as F
from typing import Any

from bench.data.agents.heldout21_data import PLOT, R2, forms, mean, pearson, show
from bench.data.agents.helpers import Family, fresh, item


@dataclass(frozen=True)
class Pair:
    xname: str
    yname: str
    xcol: str
    ycol: str
    xlo: int
    xhi: int
    xdp: int
    a: float      # intercept
    b: float      # slope
    noise: float
    ydp: int


PAIRS = [
    Pair("hours studied", "exam score", "hours", "score", 1, 12, 1, 48, 4.0, 7, 0),
    Pair("temperature (°C)", "ice creams sold", "temp_c", "ice_creams", 12, 34, 0, -40, 6.5, 25, 0),
    Pair("ad spend ($)", "revenue ($)", "ad_spend", "revenue", 200, 2000, 0, 1500, 3.2, 700, 0),
    Pair("ticket price ($)", "tickets sold", "price", "sold", 8, 30, 0, 520, -12, 40, 0),
    Pair("distance (km)", "delivery time (min)", "km", "minutes", 1, 20, 1, 9, 2.6, 5, 0),
    Pair("car age (years)", "resale price ($k)", "age", "price_k", 1, 12, 0, 31, -1.9, 2.5, 1),
    Pair("daily steps (thousands)", "sleep hours", "steps_k", "sleep_h", 2, 16, 1, 6.1, 0.09, 0.7, 1),
    Pair("rainfall (mm)", "umbrellas sold", "rain_mm", "umbrellas", 0, 40, 0, 5, 1.4, 9, 0),
    Pair("floor area (m²)", "rent ($)", "area_m2", "rent", 30, 140, 0, 400, 13.5, 180, 0),
]


def gen(rng: random.Random, p: Pair, n: int) -> tuple[list[F], list[F]]:
    sx, sy = 10**p.xdp, 10**p.ydp
    xs = [F(rng.randint(p.xlo * sx, p.xhi * sx), sx) for _ in range(n)]
    ys = []
    for x in xs:
        y = p.a + p.b * float(x) + rng.uniform(-p.noise, p.noise) * rng.choice([0.3, 1, 1.8])
        ys.append(F(max(0, round(y * sy)), sy))
    return xs, ys


def reg(xs: list[F], ys: list[F]) -> tuple[F, F]:
    mx, my = mean(xs), mean(ys)
    b = sum(((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)), F(0)) / sum(
        ((x - mx) ** 2 for x in xs), F(0))
    return b, my - b * mx


def block(rng: random.Random, shape: str, p: Pair, xs: list[F], ys: list[F]) -> str:
    sx = [show(x, p.xdp) for x in xs]
    sy = [show(y, p.ydp) for y in ys]
    if shape == "lists":
        return f"{p.xname}: {', '.join(sx)}\n{p.yname}: {', '.join(sy)}"
    if shape == "pairs":
        arrow = rng.choice([" -> ", " → ", ": ", ", "])
        return "\n".join(f"{a}{arrow}{b}" for a, b in zip(sx, sy, strict=True))
    if shape == "table":
        return "\n".join([f"{p.xcol} | {p.ycol}"] + [f"{a} | {b}" for a, b in zip(sx, sy, strict=True)])
    return ""


PStat = Callable[[random.Random, Pair, list[F], list[F]], dict[str, Any] | None]


def pfam(name: str, shape: str, stat: PStat, templates: list[str], n: tuple[int, int] = (6, 10),
         chart: bool = False, pairs: list[Pair] | None = None) -> Family:
    def make(rng: random.Random) -> dict[str, Any]:
        while True:
            p = rng.choice(pairs or PAIRS)
            xs, ys = gen(rng, p, rng.randint(*n))
            if len(set(xs)) < 3 or len(set(ys)) < 2:
                continue
            res = stat(rng, p, xs, ys)
            if res is None or any(r is None for r in res["req"]):
                continue
            fields = {"x": p.xname, "y": p.yname, "xc": p.xcol, "yc": p.ycol, "r2": rng.choice(R2),
                      "data": block(rng, shape, p, xs, ys)}
            fields.update(res)
            extra: dict[str, Any] = {}
            if shape == "csv":
                sep = rng.choice([",", "\t"])
                rows = [f"{p.xcol}{sep}{p.ycol}"] + [f"{show(a, p.xdp)}{sep}{show(b, p.ydp)}"
                                                      for a, b in zip(xs, ys, strict=True)]
                extra["csv"] = "\n".join(rows) + "\n"
            text = rng.choice(templates).format(**fields).strip()
            return item(f"F_d_{name}", "data", text, ([PLOT] if chart else []) + res["req"], **extra)
    make.__name__ = name
    return fresh(make)


def p_r(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    return {"req": [forms(pearson(xs, ys), 2)]}


def p_r2(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    return {"req": [forms(pearson(xs, ys) ** 2, 2)]}


def p_slope(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    return {"req": [forms(reg(xs, ys)[0], 2)]}


def p_line(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    b, a = reg(xs, ys)
    return {"req": [forms(b, 2), forms(a, 2)]}


def p_pred(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    b, a = reg(xs, ys)
    x0 = F(rng.randint(p.xlo, p.xhi))
    return {"req": [forms(a + b * x0, 2)], "x0": show(x0, 0)}


def p_dir(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any] | None:
    r = pearson(xs, ys)
    if abs(r) < 0.3:
        return None
    return {"req": [["positive"] if r > 0 else ["negative"], forms(r, 2)]}


def p_means(rng: random.Random, p: Pair, xs: list[F], ys: list[F]) -> dict[str, Any]:
    return {"req": [forms(mean(xs), 2), forms(mean(ys), 2)]}


fam_corr_lists = pfam("corr_lists", "lists", p_r, [
    "{data}\nWhat's the correlation coefficient (Pearson r) between these two? {r2}",
    "Is there a relationship here? Give me Pearson's r, {r2}.\n{data}",
    "correlation between {x} and {y}?\n{data}\n({r2})",
])
fam_corr_pairs = pfam("corr_pairs", "pairs", p_r, [
    "Each line is {x} then {y}:\n{data}\nWhat's the Pearson correlation? {r2}",
    "pairs of ({x}, {y}):\n{data}\nhow strongly correlated are they (r, {r2})?",
])
fam_corr_table = pfam("corr_table", "table", p_r, [
    "{data}\nCorrelation between {xc} and {yc}? {r2}",
    "Compute r for {xc} vs {yc} in this table ({r2}):\n{data}",
])
fam_corr_csv = pfam("corr_csv", "csv", p_r, [
    "What's the correlation between {xc} and {yc} in the attached file? {r2}",
    "pearson r of the two columns in this csv? {r2}",
    "Are {xc} and {yc} correlated? Give me the correlation coefficient, {r2}.",
], n=(10, 30))
fam_corr_dir = pfam("corr_dir", "lists", p_dir, [
    "{data}\nWhat sign does the correlation between {x} and {y} have, and what's r? {r2}",
    "Does {y} tend to go up or down as {x} goes up? Tell me the direction of the correlation and give r ({r2}).\n{data}",
])
fam_corr_dir_csv = pfam("corr_dir_csv", "csv", p_dir, [
    "In the attached data, which sign does the correlation between {xc} and {yc} have? And the value of r, {r2}?",
], n=(10, 30))
fam_rsq_lists = pfam("rsq_lists", "lists", p_r2, [
    "{data}\nWhat's the R² of a linear fit of {y} on {x}? {r2}",
    "How much of the variation in {y} is explained by {x}? Give R squared ({r2}).\n{data}",
])
fam_rsq_csv = pfam("rsq_csv", "csv", p_r2, [
    "Fit a line of {yc} against {xc} in the attached file. What's the R-squared? {r2}",
], n=(10, 30))
fam_regslope_lists = pfam("regslope_lists", "lists", p_slope, [
    "{data}\nIf I regress {y} on {x}, what's the slope? {r2}",
    "Roughly how much does {y} change per 1 unit of {x}? Least-squares slope please, {r2}.\n{data}",
])
fam_regslope_pairs = pfam("regslope_pairs", "pairs", p_slope, [
    "({x} → {y})\n{data}\nslope of the best-fit line of {y} on {x}? {r2}",
])
fam_regslope_csv = pfam("regslope_csv", "csv", p_slope, [
    "Using the attached data, what's the least-squares slope of {yc} vs {xc}? {r2}",
    "regression of {yc} on {xc} from this file — slope? {r2}",
], n=(10, 30))
fam_regline_lists = pfam("regline_lists", "lists", p_line, [
    "{data}\nGive me the best-fit line {y} = slope × {x} + intercept: what are the slope and the intercept? {r2}",
    "Linear regression of {y} on {x}: slope and intercept ({r2})\n{data}",
])
fam_regline_csv = pfam("regline_csv", "csv", p_line, [
    "Fit y = a + b·x with x = {xc} and y = {yc} from the attached csv. What are a and b? {r2}",
], n=(10, 30))
fam_predict_lists = pfam("predict_lists", "lists", p_pred, [
    "{data}\nUsing a straight-line (least squares) fit, what {y} would you predict for {x} = {x0}? {r2}",
    "Based on a linear regression of this data, estimate {y} when {x} is {x0} ({r2}).\n{data}",
])
fam_predict_csv = pfam("predict_csv", "csv", p_pred, [
    "Fit a linear regression of {yc} on {xc} from the attached file and predict {yc} at {xc} = {x0}. {r2}",
    "from this csv, what does the best-fit line predict for {yc} when {xc} = {x0}? {r2}",
], n=(10, 30))
fam_scatter_corr = pfam("scatter_corr", "lists", p_r, [
    "{data}\nMake a scatter plot of {y} against {x} and tell me the correlation ({r2})",
    "scatter plot please + Pearson r ({r2}):\n{data}",
], chart=True)
fam_scatter_csv = pfam("scatter_csv", "csv", p_r, [
    "Scatter plot {yc} vs {xc} from the attached file, and give me r ({r2})",
    "plot the two columns against each other and tell me how correlated they are (Pearson, {r2})",
], n=(10, 30), chart=True)
fam_scatter_slope = pfam("scatter_slope", "table", p_slope, [
    "{data}\nPlot {yc} against {xc} with a best-fit line and tell me its slope ({r2})",
], chart=True)
fam_pair_means = pfam("pair_means", "table", p_means, [
    "{data}\nWhat's the average {xc} and the average {yc}? {r2}",
    "means of both columns please ({r2}):\n{data}",
])
fam_study_score = pfam("study_score", "pairs", p_pred, [
    "My friends' study hours and exam scores:\n{data}\nIf I study {x0} hours, what score does a linear fit predict? {r2}",
], pairs=PAIRS[:1])
fam_ice_cream = pfam("ice_cream", "table", p_r, [
    "Our ice cream stand's log:\n{data}\nHow correlated are temperature and sales (Pearson r, {r2})?",
], pairs=PAIRS[1:2])
fam_ads_csv = pfam("ads_csv", "csv", p_slope, [
    "Attached: monthly ad spend and revenue. On average, how much extra revenue comes with each extra dollar of ad spend (regression slope)? {r2}",
], n=(8, 24), pairs=PAIRS[2:3])
fam_rent_area = pfam("rent_area", "pairs", p_pred, [
    "Flats I've seen (m² → rent):\n{data}\nWith a least-squares line, what rent would a {x0} m² flat have? {r2}",
], pairs=PAIRS[8:9])

FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    fam_corr_lists, fam_corr_pairs, fam_corr_table, fam_corr_csv, fam_corr_dir, fam_corr_dir_csv,
    fam_rsq_lists, fam_rsq_csv, fam_regslope_lists, fam_regslope_pairs, fam_regslope_csv,
    fam_regline_lists, fam_regline_csv, fam_predict_lists, fam_predict_csv, fam_scatter_corr,
    fam_scatter_csv, fam_scatter_slope, fam_pair_means, fam_study_score, fam_ice_cream,
    fam_ads_csv, fam_rent_area)]
