"""Summary cards and Plotly figure descriptions (plain data) for a dataset."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean
from typing import Any

from core.builder.spec import Dataset, Series


@dataclass(frozen=True, slots=True)
class Card:
    label: str
    value: str


def _fmt(value: float) -> str:
    if abs(value) >= 1000 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def summary_cards(data: Dataset) -> list[Card]:
    main = data.series[0]
    cards = [
        Card(f"Total {main.name}", _fmt(sum(main.values))),
        Card(f"Average {main.name}", _fmt(fmean(main.values))),
        Card(f"Highest ({_label_of_max(data, main)})", _fmt(max(main.values))),
    ]
    if len(main.values) >= 2 and main.values[0]:
        change = (main.values[-1] - main.values[0]) / abs(main.values[0]) * 100
        cards.append(Card("Change first → last", f"{change:+.1f}%"))
    return cards


def _label_of_max(data: Dataset, series: Series) -> str:
    return data.labels[series.values.index(max(series.values))]


def figures(data: Dataset) -> list[dict[str, Any]]:
    labels = list(data.labels)
    main = data.series[0]
    result: list[dict[str, Any]] = [
        {"title": "Trend", "data": [
            {"type": "scatter", "mode": "lines+markers", "name": s.name, "x": labels,
             "y": list(s.values)} for s in data.series]},
        {"title": f"{main.name} by item", "data": [
            {"type": "bar", "name": main.name, "x": labels, "y": list(main.values)}]},
    ]
    if all(v >= 0 for v in main.values) and sum(main.values) > 0:
        result.append({"title": f"Share of {main.name}", "data": [
            {"type": "pie", "hole": 0.45, "labels": labels, "values": list(main.values)}]})
    if len(data.series) >= 2:
        result.append({"title": "Compared", "layout": {"barmode": "group"}, "data": [
            {"type": "bar", "name": s.name, "x": labels, "y": list(s.values)}
            for s in data.series]})
    return result
