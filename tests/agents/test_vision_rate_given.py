"""A figure the image shows priced at the rate the question gives, and the time a sign's
longest stay runs out from the time parked."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_a_shown_usage_at_a_given_rate() -> None:
    meter = "Gas\nUsed this quarter: 1,240 kWh\nAccount 55120"
    assert "**$93.00**" in answer_from_text("at $0.075 per kWh how much will it cost?",
                                            meter).text
    pump = "PUMP 4\nDispensed: 42.5 L"
    assert "**£63.75**" in answer_from_text("what's that cost at £1.50 a litre?", pump).text


def test_two_figures_in_the_unit_give_no_cost() -> None:
    meter = "Power\nDay: 300 kWh\nNight: 120 kWh"
    assert "costs" not in answer_from_text("at 0.30 per kWh what does it cost?", meter).text


def test_the_time_a_stay_runs_out() -> None:
    sign = "2 HOURS MAX STAY\nNO RETURN WITHIN 3 HRS"
    reply = answer_from_text("we parked at 1:40pm - when do we have to leave?", sign).text
    assert "**15:40**" in reply
