"""Round 22 (``A_d_*``, dev now) for ``muse bench agents``, data part 3: order tables with
group totals, shares, top items and weighted prices; two-column correlation and regression."""

from __future__ import annotations

import math
import random
from typing import Any

from bench.data.agents.heldout22_data import (
    PLOTS,
    PRODUCTS,
    REGIONS,
    F,
    count_forms,
    csv_text,
    fam,
    forms,
    label_forms,
)
from bench.data.agents.helpers import Family


def orders(rng: random.Random) -> tuple[list[list[Any]], str]:
    regions = rng.sample(REGIONS, rng.randint(3, 4))
    products = rng.sample(PRODUCTS, rng.randint(3, 4))
    prices = {p: F(rng.randint(300, 4999), 100) for p in products}
    month = rng.randint(1, 12)
    rows = []
    for day in sorted(rng.sample(range(1, 29), rng.randint(10, 18))):
        p = rng.choice(products)
        rows.append([f"2026-{month:02d}-{day:02d}", rng.choice(regions), p,
                     rng.randint(1, 40), prices[p]])
    header = ["date", "region", "product", "units", "unit_price"]
    text = csv_text(rng, header, [[*r[:4], f"{float(r[4]):.2f}"] for r in rows])
    return rows, text


def totals(rows: list[list[Any]], col: int, what: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for r in rows:
        value = r[3] if what == "units" else r[3] * r[4]
        out[r[col]] = out.get(r[col], 0) + value
    return out


def unique_top(d: dict[str, Any], low: bool = False) -> str | None:
    ranked = sorted(d.items(), key=lambda kv: kv[1], reverse=not low)
    return ranked[0][0] if len(ranked) > 1 and ranked[0][1] != ranked[1][1] else None


def sales_q(name: str, kind: str, tpls: list[str]) -> Family:
    """One question about an attached order table (date, region, product, units, unit_price)."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        rows, csv = orders(rng)
        r = rng.choice(rows)
        region, product = r[1], r[2]
        col = 1 if "region" in kind else 2
        what = "revenue" if "rev" in kind else "units"
        groups = totals(rows, col, what)
        key = region if col == 1 else product
        req: list[list[str]] | None
        if kind in ("region_units", "product_units", "region_rev", "product_rev"):
            req = [forms(F(groups[key]), 2 if what == "revenue" else 0) or []]
        elif kind in ("top_region_units", "top_product_rev", "low_region_units",
                      "top_product_units", "top_region_rev"):
            top = unique_top(groups, low=kind.startswith("low"))
            req = [[top]] if top else None
            if top and "region" in kind:
                req = [[top], forms(F(groups[top]), 2 if what == "revenue" else 0) or []]
        elif kind == "share_region_rev":
            total = sum(groups.values())
            req = [forms(F(groups[key]) / total * 100, 1) or []]
        elif kind == "total_rev":
            req = [forms(F(sum(groups.values())), 2) or []]
        elif kind == "avg_units_product":
            sel = [x[3] for x in rows if x[2] == product]
            req = [forms(F(sum(sel), len(sel)), 2) or []]
        elif kind == "avg_price_per_unit":
            units = sum(x[3] for x in rows)
            req = [forms(sum(x[3] * x[4] for x in rows) / units, 2) or []]
        elif kind == "count_region":
            req = [count_forms(sum(x[1] == region for x in rows)),
                   forms(F(groups[region]), 0) or []]
        elif kind == "diff_regions":
            other = rng.choice([g for g in groups if g != region] or [region])
            if other == region:
                return None
            req = [forms(F(abs(groups[region] - groups[other])), 0) or []]
            product = other
        elif kind == "biggest_order":
            revs = [x[3] * x[4] for x in rows]
            best = max(revs)
            if revs.count(best) > 1:
                return None
            req = [forms(best, 2) or [], label_forms(rows[revs.index(best)][0])]
        elif kind == "top2_products":
            ranked = sorted(groups.items(), key=lambda kv: kv[1], reverse=True)
            if len(ranked) < 3 or len({v for _, v in ranked[:3]}) < 3:
                return None
            req = [[ranked[0][0]], [ranked[1][0]]]
        elif kind == "plot_region_units":
            top = unique_top(groups)
            req = [[top], forms(F(groups[top]), 0) or [], PLOTS] if top else None
        else:
            req = [forms(F(sum(x[3] for x in rows)), 0) or []]
        if not req or not all(req):
            return None
        text = rng.choice(tpls).format(region=region, product=product, other=product)
        return text, req, {"csv": csv}
    return make


PAIRS = [("temp_c", "ice_creams_sold", 14, 34, 3, 20, 60),
         ("hours_studied", "score", 1, 12, 6, 40, 15),
         ("ad_spend", "signups", 100, 900, 1, 20, 40), ("steps_k", "sleep_min", 3, 16, 4, 380, 40),
         ("age", "price_k", 1, 12, -2, 30, 4), ("rain_mm", "umbrellas", 0, 40, 2, 5, 12)]


def pairs(rng: random.Random,
          n: tuple[int, int] = (6, 12)) -> tuple[str, str, list[int], list[int]]:
    xn, yn, lo, hi, slope, base, noise = rng.choice(PAIRS)
    k = rng.randint(*n)
    xs = rng.sample(range(lo, hi + 1), k)
    ys = [max(0, base + slope * x + rng.randint(-noise, noise)) for x in xs]
    return xn, yn, xs, ys


def fit(xs: list[int], ys: list[int]) -> tuple[F, F, F, F]:
    n = len(xs)
    mx, my = F(sum(xs), n), F(sum(ys), n)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / sxx, my - sxy / sxx * mx, sxy, sxx * syy


def pair_q(name: str, kind: str, tpls: list[str], use_csv: bool = True) -> Family:
    """Correlation or least-squares line for two numeric columns."""
    @fam(name)
    def make(rng: random.Random) -> Any:
        xn, yn, xs, ys = pairs(rng)
        slope, icpt, sxy, prod = fit(xs, ys)
        if prod == 0:
            return None
        x0 = rng.choice([v for v in range(min(xs), max(xs) + 1) if v not in xs] or [max(xs) + 1])
        value = {"r": sxy / math.sqrt(prod) if kind == "r" else 0, "r2": sxy * sxy / prod,
                 "slope": slope, "intercept": icpt, "predict": icpt + slope * x0}[kind]
        tpl = rng.choice(tpls)
        # r, slope and intercept keep their sign; "by how much does y change" may drop it
        got = forms(abs(value) if kind == "slope" and "slope" not in tpl else value, 2)
        if got is None:
            return None
        req = [got]
        if kind == "r" and "chart" in name:
            req.append(PLOTS)
        rows = [[x, y] for x, y in zip(xs, ys, strict=True)]
        data = "\n".join(f"{x}, {y}" for x, y in rows)
        text = tpl.format(x=xn, y=yn, x0=x0, d=f"{xn}, {yn}\n{data}")
        return text, req, ({"csv": csv_text(rng, [xn, yn], rows)} if use_csv else {})
    return make


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    sales_q("orders_region_units", "region_units", [
        "How many units did the {region} region sell in total? (orders attached)",
        "total units for {region}?",
        "From the attached sales export: sum of units where region = {region}"]),
    sales_q("orders_product_units", "product_units", [
        "How many {product}s did we sell altogether?",
        "Total units sold of {product} in this file?"]),
    sales_q("orders_region_revenue", "region_rev", [
        "Revenue (units × unit_price) for the {region} region? 2 decimals",
        "How much money did {region} bring in? revenue = units*unit_price, to the cent"]),
    sales_q("orders_product_revenue", "product_rev", [
        "What's the total revenue from {product} (units times unit price)?",
        "revenue for {product} pls — units x price, 2 dp"]),
    sales_q("orders_top_region_units", "top_region_units", [
        "Which region sold the most units, and how many?",
        "Top region by total units in the attached csv? include its total"]),
    sales_q("orders_low_region_units", "low_region_units", [
        "Which region sold the fewest units overall, and what was its total?",
        "weakest region by units sold? + how many units"]),
    sales_q("orders_top_product_rev", "top_product_rev", [
        "Which product generated the most revenue (units × unit_price)?",
        "Best-selling product by revenue in this export?"]),
    sales_q("orders_top_product_units", "top_product_units", [
        "Which product moved the most units in total?",
        "most popular product by units? (csv attached)"]),
    sales_q("orders_top_region_rev", "top_region_rev", [
        "Which region had the highest total revenue, counting revenue as units*unit_price? "
        "Give the amount too (2 dp)."]),
    sales_q("orders_share_region", "share_region_rev", [
        "What share of total revenue came from {region}? Percent, 1 decimal. Revenue = units × "
        "unit_price.",
        "{region}'s percentage of revenue (units*price) — one decimal please"]),
    sales_q("orders_total_revenue", "total_rev", [
        "Total revenue across all orders (units × unit_price), to 2 decimals?",
        "what did we make in total? multiply units by unit_price for each row and add it all up"]),
    sales_q("orders_avg_units_product", "avg_units_product", [
        "On average, how many units per order for {product}? 2 decimals",
        "Mean units per row where product is {product} (2 dp)"]),
    sales_q("orders_avg_price_unit", "avg_price_per_unit", [
        "What's the average price per unit sold, weighted by units (total revenue / total "
        "units)? 2 decimals",
        "weighted average unit_price (weights = units), round to 2 dp"]),
    sales_q("orders_count_region", "count_region", [
        "How many orders came from {region}, and how many units in total?",
        "Count the rows for the {region} region and add up their units."]),
    sales_q("orders_diff_regions", "diff_regions", [
        "How many more units did {region} sell than {other}? (or fewer — just the difference)",
        "Difference in total units between {region} and {other}?"]),
    sales_q("orders_biggest_order", "biggest_order", [
        "Which single order had the highest revenue (units × unit_price)? Give the date and "
        "amount.",
        "largest order by value — date + amount pls"]),
    sales_q("orders_top2_products", "top2_products", [
        "What are the top 2 products by units sold?",
        "Name the two products with the most units in total."]),
    sales_q("orders_plot_regions", "plot_region_units", [
        "Make a bar chart of total units by region and tell me which region is on top (with its "
        "total).",
        "plot units per region for me; which one leads and with how many?"]),
    sales_q("orders_total_units", "units_all", [
        "How many units were sold in total across every row?",
        "grand total of the units column?"]),
    pair_q("pair_corr_csv", "r", [
        "What's the Pearson correlation between {x} and {y} in this file? 2 decimals",
        "correlation coefficient (r) of {x} vs {y}, 2 dp?"]),
    pair_q("pair_corr_text", "r", [
        "How strongly are these two columns correlated? Give Pearson r to 2 decimals.\n{d}",
        "{d}\nPearson r between {x} and {y}? round to 2 dp"], use_csv=False),
    pair_q("pair_corr_chart", "r", [
        "Scatter plot {x} against {y} and tell me the correlation coefficient (2 decimals).",
        "plot {y} vs {x} and give me Pearson's r, 2 dp"]),
    pair_q("pair_r_squared", "r2", [
        "What's the R² of a linear fit of {y} on {x}? 2 decimals",
        "r squared for {x} vs {y} pls (2 dp)"]),
    pair_q("pair_slope_csv", "slope", [
        "Fit a straight line (least squares) of {y} on {x}. What's the slope? 2 decimals",
        "By how much does {y} change per unit of {x}, using a least-squares line? 2 dp"]),
    pair_q("pair_intercept", "intercept", [
        "Least-squares regression of {y} on {x}: what's the intercept? 2 decimals",
        "linear regression {y} ~ {x}, intercept to 2 dp?"]),
    pair_q("pair_predict_text", "predict", [
        "{d}\nUsing a least-squares line of {y} on {x}, what would you predict for {x} = {x0}? 2 "
        "decimals",
        "Predict {y} when {x} is {x0} with a linear regression on this data (2 dp):\n{d}"],
        use_csv=False),
)]
