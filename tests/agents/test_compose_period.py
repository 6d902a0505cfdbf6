"""A later part that names a period or a statistic converts that figure of the result
before."""

from __future__ import annotations

from core.agents.base import AgentResult
from core.agents.compose_period import period_figure, statistic_figure

TWO = AgentResult(ok=True, text="rent: **€1,150.00 a month and €13,800.00 a year**",
                  amount=1150.0, currency="€")


def test_the_named_period_is_the_amount_carried() -> None:
    assert period_figure("and the annual amount in dollars?", TWO).amount == 13800.0
    assert period_figure("the monthly one in pounds", TWO).amount == 1150.0


def test_no_period_or_one_figure_keeps_the_amount() -> None:
    assert period_figure("and that in dollars?", TWO).amount == 1150.0
    one = AgentResult(ok=True, text="cost: **$52.00 a week**", amount=52.0)
    assert period_figure("the yearly figure in euros", one).amount == 52.0


SUMMARY = AgentResult(ok=True, text="**laps** (n = 5): mean **52.4** s, median **51.8** s, "
                      "standard deviation 2.1, range 49.9–55.6; trend: falling", amount=52.4)


def test_the_named_statistic_of_a_summary_is_carried() -> None:
    assert statistic_figure("and the slowest lap, no, the longest in minutes", SUMMARY).amount \
        == 55.6
    assert statistic_figure("the quickest? the shortest in minutes", SUMMARY).amount == 49.9
    assert statistic_figure("and the median in minutes", SUMMARY).amount == 51.8
    assert statistic_figure("and convert that to minutes", SUMMARY).amount == 52.4
    assert statistic_figure("is that at least 1 minute?", SUMMARY).amount == 52.4


def test_a_statistic_not_shown_carries_no_figure() -> None:
    assert statistic_figure("and the total in minutes", SUMMARY).amount is None
