"""The data agent: numbers in the message or a CSV attachment → statistics and a chart;
"plot y = f(x)" → a function plot."""

from __future__ import annotations

import re

from core.agents.base import Agent, AgentContext, AgentResult, failed
from core.agents.plan import Subtask
from core.messages import Attachment
from core.tools.data import Analysis, DataTools, columns_in_csv, numbers_in
from core.tools.workers import ToolError

PLOT = re.compile(r"\b(?:plot|graph|draw|chart)\s+(?:the\s+)?(?:function\s+|graph of\s+)?"
                  r"(?:y\s*=\s*|f\(x\)\s*=\s*)(?P<e>[^?]+?)(?:\s+from\s+(?P<a>-?[\d.]+)\s+to\s+"
                  r"(?P<b>-?[\d.]+))?\s*\??$", re.I)
SERIES = re.compile(r"(?P<name>[A-Za-z][\w ]{0,30}?)\s*[:=]\s*(?P<values>-?\d[\d.,\s-]*)")


def _fmt(value: float) -> str:
    return f"{value:.4g}" if abs(value) >= 1e5 or (value and abs(value) < 1e-3) else (
        f"{value:.2f}".rstrip("0").rstrip("."))


def series_from_text(text: str) -> dict[str, list[float]]:
    named = {m.group("name").strip(): numbers_in(m.group("values")) for m in SERIES.finditer(text)}
    named = {k: v for k, v in named.items() if len(v) >= 2}
    if named:
        return named
    values = numbers_in(text)
    return {"values": values} if values else {}


def describe(analysis: Analysis) -> AgentResult:
    lines = []
    for s in analysis.summaries:
        lines.append(f"**{s.name}** (n = {s.count}): mean **{_fmt(s.mean)}**, median "
                     f"**{_fmt(s.median)}**, standard deviation {_fmt(s.stdev)}, range "
                     f"{_fmt(s.minimum)}–{_fmt(s.maximum)}; trend: {s.trend} "
                     f"(slope {_fmt(s.slope)} per step)")
    if analysis.correlation is not None:
        lines.append(f"Correlation between the first two series: **{analysis.correlation:.3f}**")
    chart = (Attachment("image", "chart.png", analysis.chart_png, "image/png", "Your data"),
             ) if analysis.chart_png else ()
    return AgentResult(ok=True, text="\n".join(lines), basis=f"Computed from {analysis.basis()}",
                       attachments=chart)


def make_data_agent(tools: DataTools) -> Agent:
    async def data_agent(task: Subtask, context: AgentContext,
                         inputs: dict[str, AgentResult]) -> AgentResult:
        try:
            plot = PLOT.search(task.request)
            if plot:
                return await _plot(tools, plot)
            series: dict[str, list[float]] = {}
            for data in context.csv_files:
                series.update(columns_in_csv(data))
            if not series:
                series = series_from_text(task.request)
            if not series:
                return failed("I found no numbers to analyse (send them in the message or "
                              "as a CSV file)")
            wants_chart = bool(re.search(r"\b(chart|plot|graph|visuali[sz]e|trend)\b",
                                         task.request, re.I)) or bool(context.csv_files)
            return describe(await tools.analyse(series, chart=wants_chart))
        except ToolError as exc:
            return failed(f"the analysis failed: {exc.reason}")
    return data_agent


async def _plot(tools: DataTools, match: re.Match[str]) -> AgentResult:
    expression = match.group("e").strip()
    low = float(match.group("a")) if match.group("a") else -10.0
    high = float(match.group("b")) if match.group("b") else 10.0
    png = await tools.plot(expression, low, high)
    shown = expression.replace("**", "^")
    chart = Attachment("image", "plot.png", png, "image/png", f"y = {shown}")
    return AgentResult(ok=True, text=f"Here is the plot of y = {shown} for x from "
                       f"{_fmt(low)} to {_fmt(high)}.", basis=f"Plotted `y = {shown}`",
                       attachments=(chart,))
