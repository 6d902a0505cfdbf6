"""Figures typed in a sentence, each with the day, week or month it belongs to ("32 min on
Jun 2, 18 min on Jun 3 and 21 min on Jun 4", "$7435 in Dec 2025, …"): the values are the
data and the dates only label them."""

from __future__ import annotations

import pytest

from core.agents.data_labels import named_rows
from core.agents.data_named import weekday_mean_line
from core.agents.data_text import series_from_text


@pytest.mark.parametrize(("text", "values", "labels"), [
    ("swim laps: 40 on day 1, 44 on day 2, 38 on day 3 and 50 on day 4. total?",
     [40.0, 44.0, 38.0, 50.0], ["day 1", "day 2", "day 3", "day 4"]),
    ("Median?\nbills: £61.20 in Oct 2024, £58.75 in Nov 2024, £70.10 in Dec 2024",
     [61.2, 58.75, 70.1], ["Oct 2024", "Nov 2024", "Dec 2024"]),
    ("glucose 5.4 mmol on 2026-01-03; 6.1 mmol on 2026-01-04; 5.9 mmol on 2026-01-05 - mean?",
     [5.4, 6.1, 5.9], ["2026-01-03", "2026-01-04", "2026-01-05"]),
    ("I biked 12 km on Sat 7, 30 km on Sun 8, 9 km on Mon 9, and 15 km on Tue 10",
     [12.0, 30.0, 9.0, 15.0], ["Sat 7", "Sun 8", "Mon 9", "Tue 10"]),
])
def test_values_typed_before_their_labels(text: str, values: list[float],
                                           labels: list[str]) -> None:
    series = series_from_text(text)
    assert list(series.values()) == [values]
    assert named_rows(series, text) == labels


def test_a_label_is_no_weekday_asked_about() -> None:
    labels = ["Mon 3", "Tue 4", "Wed 5", "Mon 10"]
    assert weekday_mean_line([1.0, 2.0, 3.0, 5.0], labels, "12 on Mon 3 … average?") is None
    asked = weekday_mean_line([1.0, 2.0, 3.0, 5.0], labels, "the average on Mondays?")
    assert asked is not None and "**3**" in asked
