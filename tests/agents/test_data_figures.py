"""Figures asked of one list in everyday words: each kind in several wordings."""

from __future__ import annotations

import pytest

from core.agents.data_asks import pairs_in
from core.agents.data_series import asked_figures
from core.agents.data_words import worded_figure


@pytest.mark.parametrize(("text", "shown"), [
    ("CV for 10, 12, 14, 16 as a percent?", "coefficient of variation **19.86%**"),
    ("relative standard deviation of 10, 12, 14, 16", "**19.86%**"),
    ("average absolute deviation of 2, 4, 6, 8", "mean absolute deviation **2**"),
    ("SEM of 10, 12, 14, 16 please", "standard error of the mean **1.29**"),
    ("marks 50, 60, 70, 80, 90 and I scored 80 - z score?", "z-score of 80: **0.63**"),
    ("for 50, 60, 70, 80, 90 what's the standard score of 90 (population)?", "**1.41**"),
    ("1, 2, 3, 10: difference between the mean and the median?", "**1.5**"),
    ("sales 10, 20, 30, 60. by how much did the top week beat the mean?", "**30**"),
    ("how far below average was the worst of 10, 20, 30, 60?", "**20**"),
    ("scores 4, 9, 8, 7 - throw out the lowest and average the rest", "**8**"),
    ("times 12, 11, 95, 13, 12 ms, ignoring the outlier what's the mean?", "**12**"),
    ("got 70, 80, 90 so far; what must I score next to average 82?", "**88**"),
    ("returns of 10%, -5%, 8% - annualised (geometric) return?", "**4.12%**"),
    ("drove the same 60 km stretch at 60, 40, 120 km/h: average speed?", "**60**"),
    ("lunch costs $8, $12, $10 a day - at this rate, over 20 days?", "**200.00**"),
    ("electric bills of 50, 70, 60 per month; at the same rate for a full year?", "**720**"),
    ("rents 800, 840, 880, 1000 - rebased to 100 at the start, what's the latest?", "**125**"),
    ("quota of 500; we sold 100, 150, 125. what percent of the quota is that?", "**75%**"),
    ("budget £200, spent £50, £80, £90 - how much remains?", "**-20.00**"),
    ("visits 100, 110, 99, 120 - average period-over-period % change?", "**7.07%**"),
    ("visits 100, 110, 99, 120 - how did the latest compare to the one before, in %?",
     "**21.21%**"),
    ("temps 10, 20, 30, 40 - what percent of readings were over the mean?", "**50%**"),
    ("calls took 30, 45, 45 minutes - in hours, how long in total?", "total **2** hours"),
    ("readings 3, 5, 7, 9. with a linear trend, forecast the next value", "**11**"),
])
def test_list_kinds_in_other_wordings(text: str, shown: str) -> None:
    assert shown in "\n".join(asked_figures(text)), asked_figures(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("we collected $20, $35, $45 at the bake sale. how much did we collect?", "total **100.00**"),
    ("fares 12, 18, 15, 11 - what was I averaging a trip?", "average **14**"),
    ("3 families with 2 kids, 5 families with 1 kid, 2 families with 0 kids. mean per family?",
     "mean **1.1** kids"),
    ("sales Mon 10 Tue 20 Wed 30 Thu 40 Fri 50 Sat 5 Sun 15: weekday vs weekend average?",
     "weekday **30**, weekend **10**"),
])
def test_everyday_asks_are_a_data_part(text: str, shown: str) -> None:
    assert shown in (worded_figure(text) or "")


def test_before_and_after_lists_compare_their_averages() -> None:
    series = {"before": [10.0, 20.0], "after": [15.0, 25.0]}
    assert "**33.33%**" in asked_figures("how much did the mean change in percent?", series)[0]
    assert "R² **1**" in asked_figures("r squared?", {"x": [1.0, 2, 3], "y": [2.0, 4, 6]})[0]


@pytest.mark.parametrize("text", ["I walked 3 km, then 4 km and 5 km, lovely day",
                                  "my kids are 3, 5 and 9 years old"])
def test_chat_with_numbers_asks_nothing(text: str) -> None:
    assert worded_figure(text) is None


def test_pairs_written_with_arrows_or_keys() -> None:
    assert pairs_in("hours vs score: 2h → 50, 4h → 60, 6h → 80")["score"] == [50.0, 60, 80]
    assert pairs_in("week 1: 5 kg, week 2: 6 kg, week 4: 9 kg") == {
        "week": [1.0, 2, 4], "value": [5.0, 6, 9]}


@pytest.mark.parametrize(("text", "shown"), [
    ("slept 6, 7, 9, 6 hours. how many hours under 8 a night was I overall?", "**4** hours"),
    ("ran 4, 5, 3 km against 5 km a day; how far behind 5 am I altogether?", "**3**"),
])
def test_short_of_a_target_each_time(text: str, shown: str) -> None:
    assert shown in "\n".join(asked_figures(text))


def test_the_superlative_asked_is_said() -> None:
    from core.agents.data_agent import _extras

    text = " ".join(_extras([30.0, 72.0, 41.0], "ages 30, 72, 41 - mean and the oldest?"))
    assert "maximum **72** oldest **72**" in text


def test_a_chain_of_arrows_is_one_series() -> None:
    assert pairs_in("balance 10 -> 12 -> 15 -> 11 -> 20, average change?") == {}
    assert "geometric" not in "\n".join(asked_figures(
        "grew from 5000 to 8000 over 4 years, 5 yrs of data: CAGR compounded annual growth?"))


@pytest.mark.parametrize(("text", "shown"), [
    ("screen time in minutes: 95, 120, 80, 150, 110. how many hours in total?", "**9.25** hours"),
    ("we aimed for 1,000 sign-ups; weeks: 180, 240, 210, 260. what percent of it did we hit?",
     "**89%**"),
    ("daily spend 12, 18, 9, 15, 21. at this rate, a 4-week month costs?", "**420**"),
    ("sales 120, 135, 150, 180 with the first year as 100, the last year's index?", "**150**"),
    ("temps 12, 15, 11, 18, 20 - how far above the mean was the warmest day?", "**4.8**"),
    ("times 28, 27.5, 27, 26.4, 25.9: if the trend continues, the next one?", "**25.37**"),
    ("goals 2, 0, 3, 1, 1, 4, 2: share of matches with more goals than average?", "**57.14%**"),
    ("commutes 22, 25, 31, 24, 90 min. excluding the outlier, my usual commute?", "**25.5**"),
])
def test_more_wordings_of_the_same_kinds(text: str, shown: str) -> None:
    assert shown in "\n".join(asked_figures(text, everyday=True))


@pytest.mark.parametrize(("text", "shown"), [
    ("bake sale takings: $34.50, $41.25, $28.75, $52.00. what did we bring in?", "**156.50**"),
    ("weights 81.2, 80.9, 80.5, 80.1 kg. how much have I lost?", "lost: **1.1**"),
    ("the plant heights 10, 12, 15 cm - how much has it grown?", "**+5**"),
    ("laps in seconds 62, 59, 61, 58, 60: how much faster than my average is my best lap?",
     "the lowest (58) is **2** below"),
])
def test_everyday_changes_and_totals(text: str, shown: str) -> None:
    assert shown in (worded_figure(text) or "")


def test_each_share_and_the_average_of_the_top_few() -> None:
    from core.agents.data_agent import _extras

    assert "900 → **60%**" in (worded_figure("spend 900, 350, 130 and 120: what share of "
                                             "the total is each?") or "")
    assert "their average **8**" in " ".join(_extras([5.0, 9, 2, 8, 7], "mean of the top 3?"))
