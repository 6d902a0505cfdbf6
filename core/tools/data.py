"""Data analysis: numbers from a message or a CSV attachment → statistics, trend,
correlation and a PNG chart (matplotlib, Agg backend, drawn in a tool worker)."""

from __future__ import annotations

import io
import math
import re
import statistics
from dataclasses import dataclass

from core.tools.csvread import csv_rows
from core.tools.workers import ToolRefused, WorkerPool

MAX_VALUES = 100_000
NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.]*[A-Za-z])")
CURRENCY_CELL = re.compile(r"^(-?)[$€£]\s?(?=\d)|(?<=\d)\s?%$")


@dataclass(frozen=True, slots=True)
class Summary:
    name: str
    count: int
    mean: float
    median: float
    stdev: float
    minimum: float
    maximum: float
    slope: float

    @property
    def trend(self) -> str:
        if self.count < 3 or abs(self.slope) < 1e-12:
            return "flat"
        scale = max(abs(self.mean), 1e-12)
        if abs(self.slope) * self.count / scale < 0.01:
            return "roughly flat"
        return "rising" if self.slope > 0 else "falling"


@dataclass(frozen=True, slots=True)
class Analysis:
    summaries: tuple[Summary, ...]
    correlation: float | None = None
    chart_png: bytes = b""

    def basis(self) -> str:
        return "; ".join(f"{s.count} values of {s.name}" for s in self.summaries)


GROUPED = re.compile(r"(?<![\d,.])(\d{1,3})((?:,\d{3})+)(?![\d]|,\d)")


def _ungrouped(text: str) -> str:
    """"1,200, 3,450 and 980": thousands written with commas are one number each. A first
    group of three digits ("120,150") is a list unless the items are set apart by ", "."""
    spaced = ", " in text

    def one(m: re.Match[str]) -> str:
        if len(m.group(1)) == 3 and not spaced:
            return m.group(0)
        return m.group(1) + m.group(2).replace(",", "")
    return GROUPED.sub(one, text)


def numbers_in(text: str) -> list[float]:
    """Numbers written in a message ("3, 5.5 and -2" → [3.0, 5.5, -2.0])."""
    values = [float(m) for m in NUMBER.findall(_ungrouped(text).replace(",", " , "))]
    if len(values) > MAX_VALUES:
        raise ToolRefused(f"I analyse at most {MAX_VALUES} numbers")
    return values


def columns_in_csv(data: bytes) -> dict[str, list[float]]:
    """Numeric columns of a CSV file (non-numeric columns and cells are skipped)."""
    rows = csv_rows(data)
    if not rows:
        return {}
    header = rows[0]
    has_header = any(NUMBER.fullmatch(cell.strip()) is None for cell in header if cell.strip())
    names = header if has_header else [f"column {i + 1}" for i in range(len(header))]
    body = rows[1:] if has_header else rows
    columns: dict[str, list[float]] = {}
    for index, name in enumerate(names):
        cells = [bare_cell(row[index]) for row in body if index < len(row) and row[index].strip()]
        values = [float(c) for c in cells if NUMBER.fullmatch(c)]
        if values and len(values) >= len(cells) * 0.8:  # blank cells are no evidence
            columns[name.strip() or f"column {index + 1}"] = values[:MAX_VALUES]
    return columns


def bare_cell(cell: str) -> str:
    """A cell's number without its currency sign or percent ("£602000", "-$5.20", "12%")."""
    return CURRENCY_CELL.sub(r"\1", cell.strip())


def labels_in_csv(data: bytes) -> list[str]:
    """The first text column of a CSV file (the rows' names: products, days, people), or []."""
    rows = [row for row in csv_rows(data) if row]
    if len(rows) < 2:
        return []
    for index in range(len(rows[0])):
        cells = [row[index].strip() if index < len(row) else "" for row in rows[1:]]
        if all(cell and NUMBER.fullmatch(cell) is None for cell in cells) and not all(
                re.fullmatch(r"[\d\-/:T ]+", cell) for cell in cells):  # not dates
            return cells
    return []


def summarise(name: str, values: list[float]) -> Summary:
    if not values:
        raise ToolRefused("there are no numbers to analyse")
    return Summary(name=name, count=len(values), mean=statistics.fmean(values),
                   median=statistics.median(values),
                   stdev=statistics.stdev(values) if len(values) > 1 else 0.0,
                   minimum=min(values), maximum=max(values), slope=_slope(values))


def _slope(values: list[float]) -> float:
    n = len(values)
    if n < 2:
        return 0.0
    xs = range(n)
    mean_x, mean_y = (n - 1) / 2, statistics.fmean(values)
    num = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, values, strict=True))
    den = sum((x - mean_x) ** 2 for x in xs)
    return num / den


def correlation(a: list[float], b: list[float]) -> float | None:
    n = min(len(a), len(b))
    if n < 3:
        return None
    try:
        return statistics.correlation(a[:n], b[:n])
    except statistics.StatisticsError:
        return None


def render_chart(series: dict[str, list[float]], title: str) -> bytes:
    """Blocking, in a worker: a line chart of each series, as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=100)
    try:
        for name, values in list(series.items())[:6]:
            ax.plot(range(1, len(values) + 1), values, marker="o" if len(values) < 40 else "",
                    label=name)
        ax.set_title(title[:80])
        ax.grid(alpha=0.3)
        if len(series) > 1:
            ax.legend()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(fig)


def render_function_plot(expression: str, low: float, high: float) -> bytes:
    """Blocking, in a worker: plot y = expression(x) from a checked expression."""
    import sympy as sp

    from core.tools import mathparse

    expr = mathparse.build(mathparse.normalise(expression))
    x = sp.Symbol("x")
    if expr.free_symbols - {x}:
        raise ToolRefused("I can plot functions of x only")
    fn = sp.lambdify(x, expr, "math")
    xs = [low + (high - low) * i / 200 for i in range(201)]
    ys = [_safe(fn, v) for v in xs]
    return _draw_xy(xs, ys, f"y = {mathparse.normalise(expression).replace('**', '^')}")


def _safe(fn: object, value: float) -> float:
    try:
        result = float(fn(value))  # type: ignore[operator]
        return result if math.isfinite(result) else math.nan
    except (ArithmeticError, ValueError, TypeError):
        return math.nan


def _draw_xy(xs: list[float], ys: list[float], title: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.6), dpi=100)
    try:
        ax.plot(xs, ys)
        ax.axhline(0, color="grey", linewidth=0.8)
        ax.axvline(0, color="grey", linewidth=0.8)
        ax.set_title(title[:80])
        ax.grid(alpha=0.3)
        out = io.BytesIO()
        fig.savefig(out, format="png")
        return out.getvalue()
    finally:
        plt.close(fig)


class DataTools:
    def __init__(self, pool: WorkerPool, timeout: float = 10.0) -> None:
        self._pool = pool
        self._timeout = timeout

    async def analyse(self, series: dict[str, list[float]], chart: bool = True) -> Analysis:
        """Statistics of each series, their correlation (two series) and a chart."""
        if not series:
            raise ToolRefused("there are no numbers to analyse")
        summaries = tuple(summarise(name, values) for name, values in series.items())
        values = list(series.values())
        corr = correlation(values[0], values[1]) if len(values) >= 2 else None
        png = b""
        if chart:
            png = await self._pool.run(render_chart, series, "Your data", time_limit=self._timeout)
        return Analysis(summaries, corr, png)

    async def plot(self, expression: str, low: float = -10.0, high: float = 10.0) -> bytes:
        """A PNG plot of y = expression for x from low to high.

        Args:
            expression: a function of x, e.g. "x^2-5x+6"
            low: smallest x
            high: largest x
        """
        from core.tools.calculator import _precheck

        _precheck(expression)
        if not low < high:
            raise ToolRefused("the plot range must go from a smaller to a larger x")
        return await self._pool.run(render_function_plot, expression, low, high,
                                    time_limit=self._timeout)
