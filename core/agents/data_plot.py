"""A function plotted for a data part: "plot y = x^2 from -2 to 3" → the curve's picture."""

from __future__ import annotations

import math
import re

from core.agents.base import AgentResult
from core.agents.compose_plot import curve_only
from core.messages import Attachment
from core.tools.data import DataTools


def short_figure(value: float) -> str:
    """To the hundredth; a very large or very small figure in four significant ones."""
    return f"{value:.4g}" if abs(value) >= 1e12 or (value and abs(value) < 1e-3) else (
        f"{value:.2f}".rstrip("0").rstrip("."))


_fmt = short_figure


def _bound(text: str | None, default: float) -> float:
    """"2", "-1.5", "pi", "2pi", "pi/2" → a number."""
    if not text or not text.strip():
        return default
    m = re.fullmatch(r"(-)?(\d+(?:\.\d+)?)?\s*\*?\s*(pi|π)?(?:\s*/\s*(\d+))?", text.strip())
    if m is None or not (m.group(2) or m.group(3)):
        return default
    value = float(m.group(2) or 1) * (math.pi if m.group(3) else 1) / float(m.group(4) or 1)
    return -value if m.group(1) else value


async def plot_match(tools: DataTools, match: re.Match[str]) -> AgentResult:
    low = _bound(match.group("a"), -10.0)
    high = _bound(match.group("b"), 10.0)
    return await plot_curve(tools, curve_only(match.group("e")), low, high)



async def plot_curve(tools: DataTools, expression: str, low: float,
                      high: float) -> AgentResult:
    png = await tools.plot(expression, low, high)
    shown = expression.replace("**", "^")
    chart = Attachment("image", "plot.png", png, "image/png", f"y = {shown}")
    return AgentResult(ok=True, text=f"Here is the plot of y = {shown} for x from "
                       f"{_fmt(low)} to {_fmt(high)}.", basis=f"Plotted `y = {shown}`",
                       attachments=(chart,))


__all__ = ["plot_curve", "plot_match"]
