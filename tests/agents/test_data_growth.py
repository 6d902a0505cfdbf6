"""Figures of a whole series asked by name: a z-score of the top or bottom value, growth
compounded over the steps, the shortfall against a target average, two stretches compared,
and the percentage change first to last shown to the places asked."""

from __future__ import annotations

import statistics

import pytest

from core.agents.data_agent import _extras
from core.agents.data_cues import asks_of_listed

PUSHUPS = [30.0, 32.0, 35.0, 31.0, 40.0, 38.0, 44.0]


def _joined(values: list[float], question: str) -> str:
    return " ".join(_extras(values, question))


@pytest.mark.parametrize("question", [
    "what's the z-score of the best day? population standard deviation, 2 decimals",
    "how many SDs above the mean is the highest one (population SD), 2 dp",
    "standardised score of the max, using the population sd, to 2 decimal places"])
def test_the_z_score_of_the_top_value(question: str) -> None:
    z = (44 - statistics.fmean(PUSHUPS)) / statistics.pstdev(PUSHUPS)
    assert f"{z:.2f}" == "1.73"
    assert "**1.73**" in _joined(PUSHUPS, question)


def test_the_z_score_below_the_mean_uses_the_sample_sd_when_asked() -> None:
    laps = [61.2, 60.8, 62.5, 59.9, 63.1, 60.2]
    out = _joined(laps, "how many standard deviations below the average is my quickest lap? "
                  "sample SD, 2 dp")
    z = (59.9 - statistics.fmean(laps)) / statistics.stdev(laps)
    assert f"**{z:.2f}**" in out and f"{abs(z):.2f} standard deviations below" in out


def test_a_z_score_with_no_sd_named_gives_both_kinds() -> None:
    out = _joined(PUSHUPS, "z-score of the lowest day?")
    mean = statistics.fmean(PUSHUPS)
    assert f"**{(30 - mean) / statistics.stdev(PUSHUPS):.2f}**" in out
    assert f"{(30 - mean) / statistics.pstdev(PUSHUPS):.2f}" in out


@pytest.mark.parametrize("question", [
    "compounded monthly growth rate from first to last, in %, 2 decimal places",
    "what's the CAGR per step? 2 dp", "average growth per month, compounded? (2 decimals)"])
def test_growth_compounded_over_the_steps(question: str) -> None:
    values = [1200.0, 1310.0, 1405.0, 1550.0, 1702.0]
    rate = ((1702 / 1200) ** (1 / 4) - 1) * 100
    assert f"**{rate:.2f}%**" in _joined(values, question)


@pytest.mark.parametrize(("question", "shown"), [
    ("I wanted to average 35 pages a day. how far short am I in total?", "**37**"),
    ("my goal was an average of 35 - how much more would I have needed overall?", "**37**"),
    ("target: average of 25. how far behind am I?", "already at or above")])
def test_the_shortfall_against_a_target_average(question: str, shown: str) -> None:
    assert shown in _joined([22.0, 35.0, 18.0, 40.0, 27.0, 31.0], question)


def test_two_stretches_compared_in_percent() -> None:
    spend = [12.0, 15, 9, 20, 14, 11, 13, 18, 16, 10, 22, 19, 17, 21]
    out = _joined(spend, "% change between the first 7 days total and the last 7? 1 dp")
    assert "**30.9%**" in out  # 94 → 123
    assert "+75.0%" not in out  # not the first value against the last


@pytest.mark.parametrize(("question", "shown"), [
    ("by what percent did it go up from the start to the end? 1 dp", "**+83.3%**"),
    ("percentage change from first to last, to 2 decimal places", "**+83.33%**"),
    ("first week vs last week - % change? whole number", "**+83%**")])
def test_the_percentage_first_to_last_to_the_places_asked(question: str, shown: str) -> None:
    assert shown in _joined([12.0, 15.0, 14.0, 18.0, 20.0, 22.0], question)


@pytest.mark.parametrize("text", [
    "subscribers: 1200, 1310, 1405, 1550, 1702. compounded growth per month?",
    "pages: 22, 35, 18, 40, 27, 31 - how far short of averaging 35 am I?",
    "kWh: 9.1 8.7 9.9 10.4 percentage change start to finish?"])
def test_these_asks_of_listed_figures_are_data_questions(text: str) -> None:
    assert asks_of_listed(text)


@pytest.mark.parametrize(("question", "shown"), [
    ("what was my longest streak of nights above 6 hours?", "**2** in a row"),
    ("most nights in a row with at least 5.4 hours?", "**4** in a row"),
    ("how many consecutive readings under 6, at most?", "**2** in a row")])
def test_the_longest_streak_past_a_bound(question: str, shown: str) -> None:
    out = _joined([5.6, 4.0, 9.5, 5.4, 10.0, 8.8, 5.0, 5.1, 7.5], question)
    assert shown in out and "out of 9" not in out  # the streak, not a count of all


@pytest.mark.parametrize(("question", "shown"), [
    ("count the readings that went up compared with the previous one", "**4** readings"),
    ("on how many mornings was it higher than the morning before?", "**4** mornings")])
def test_rises_counted_whatever_is_counted(question: str, shown: str) -> None:
    assert shown in _joined([1.0, 3.0, 2.0, 5.0, 6.0, 4.0, 7.0], question)


@pytest.mark.parametrize("question", [
    "what share of the days came in above the mean? percent, 1 dp",
    "how many beat the average, as a percentage? 1 decimal"])
def test_the_share_above_the_mean(question: str) -> None:
    from core.agents.data_rows import versus_average
    out = " ".join(versus_average([75.0, 70, 76, 16, 40, 71, 67, 45, 28, 71, 68, 38], question))
    assert "**58.3%**" in out  # 7 of 12


@pytest.mark.parametrize("order", [("rent", "size_m2"), ("size_m2", "rent")])
def test_a_prediction_names_the_column_predicted(order: tuple[str, str]) -> None:
    from core.agents.data_fit import best_fit
    columns = {"size_m2": [30.0, 45.0, 60.0, 80.0], "rent": [700.0, 900.0, 1150.0, 1400.0]}
    series = {name: columns[name] for name in order}
    line = best_fit(series, "estimate rent when size_m2 is 50 using linear regression")
    assert line is not None and "(rent on size_m2)" in line
    import statistics
    slope, intercept = statistics.linear_regression(columns["size_m2"], columns["rent"])
    assert f"**{slope * 50 + intercept:.2f}".rstrip("0").rstrip(".") in line
