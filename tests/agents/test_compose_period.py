"""A later part that names a period converts that period's figure of the result before."""

from __future__ import annotations

from core.agents.base import AgentResult
from core.agents.compose_period import period_figure

TWO = AgentResult(ok=True, text="rent: **€1,150.00 a month and €13,800.00 a year**",
                  amount=1150.0, currency="€")


def test_the_named_period_is_the_amount_carried() -> None:
    assert period_figure("and the annual amount in dollars?", TWO).amount == 13800.0
    assert period_figure("the monthly one in pounds", TWO).amount == 1150.0


def test_no_period_or_one_figure_keeps_the_amount() -> None:
    assert period_figure("and that in dollars?", TWO).amount == 1150.0
    one = AgentResult(ok=True, text="cost: **$52.00 a week**", amount=52.0)
    assert period_figure("the yearly figure in euros", one).amount == 52.0
