"""A later part that applies a stated rate or factor to an earlier part's result."""

from __future__ import annotations

import asyncio

import pytest

from core.agents.base import AgentResult
from core.agents.carry_plan import CARRIED, CUT_ONLY, carried_steps, qualifies
from core.agents.carry_rate import Quantity, carry
from core.agents.carry_result import carried_result
from core.agents.plan import Subtask


def test_rate_per_unit_on_earlier_weight() -> None:
    worked = carry("and the dosage at 7 mg per kg? 1 dp", [Quantity(20.5, "kg")])
    assert worked is not None and "**143.5 mg**" in worked.text


def test_pence_rate_is_shown_in_pounds() -> None:
    worked = carry("how much is that at 17p per kWh?", [Quantity(250, "kwh")])
    assert worked is not None and "**£42.50**" in worked.text


def test_two_rates_apply_one_after_another() -> None:
    worked = carry("petrol cost at 8 litres per 100 km and 2.00 per litre?",
                   [Quantity(250.0, "km")])
    assert worked is not None
    assert "**20 litres**" in worked.text and "**40.00**" in worked.text


def test_factor_used_backwards_on_a_speed() -> None:
    worked = carry("that in mph too (1 mile = 1.6 km)", [Quantity(24.0, "km/h")])
    assert worked is not None and "**15 mph**" in worked.text


def test_factor_from_energy_unit() -> None:
    worked = carry("in kilojoules? (1 kcal = 4.2 kJ) 1 decimal", [Quantity(500, "kcal")])
    assert worked is not None and "**2,100.0 kJ**" in worked.text


def test_rate_with_its_own_amount_is_not_carried() -> None:
    assert carry("at 30 ml per kg for my 70 kg", [Quantity(2000, "ml")]) is None


def test_unfitting_result_is_not_used() -> None:
    assert carry("the dose at 5 mg per kg", [Quantity(12.0, "km")]) is None


def test_metric_result_converted_to_rate_unit() -> None:
    worked = carry("cost at £6 per kg", [Quantity(750, "g")])
    assert worked is not None and "**£4.50**" in worked.text


@pytest.mark.parametrize("text", ["use 2.2046, 1 dp", "(3.785 L/gal, 2 decimals)",
                                  "x 1.8, one decimal"])
def test_factor_only_pieces_qualify(text: str) -> None:
    assert qualifies(text)


@pytest.mark.parametrize("text", ["what is 14 + 9", "in cm?", "and 12 in cm"])
def test_asks_do_not_qualify(text: str) -> None:
    assert not qualifies(text)


def test_factor_piece_joins_the_part_before() -> None:
    out = carried_steps([Subtask("t1", "units", "150 pounds -> kg"),
                         Subtask("t2", "math", "use 0.45, 1 dp")])
    assert [t.request for t in out] == ["150 pounds -> kg (use 0.45, 1 dp)"]


def test_rate_clause_is_cut_off_and_waits() -> None:
    out = carried_steps([Subtask("t1", "units", "10 oz of oats -> grams using 28.4, then "
                                                "calories at 3.9 kcal/g, one decimal each")])
    assert [t.request for t in out] == ["10 oz of oats -> grams using 28.4 (one decimal)",
                                        "calories at 3.9 kcal/g, one decimal each"]
    assert out[1].depends_on == ("t1",) and out[1].label == CUT_ONLY


def test_rate_part_waits_for_the_part_before() -> None:
    out = carried_steps([Subtask("t1", "units", "convert 90 lb to kg"),
                         Subtask("t2", "health", "the dose at 4 mg per kg? 1 dp each")])
    assert out[1].depends_on == ("t1",) and out[1].label == CARRIED
    assert out[0].request == "convert 90 lb to kg (1 dp)"


def test_executor_side_reads_headline_of_earlier_part() -> None:
    task = Subtask("t2", "health", "the dose at 4 mg per kg", ("t1",), CARRIED)
    results = {"t1": AgentResult(ok=True, text="converted: **40.8 kg**")}
    worked = carried_result(task, results, {"t1": "convert 90 lb to kg"})
    assert worked is not None and worked.ok and "**163.2 mg**" in worked.text


def test_plan_carries_cost_after_energy() -> None:
    from core.agents.planner import Planner, Request

    plan = asyncio.run(Planner().plan(Request(
        "A 2 kW fan heater runs 2 hours a day. Over 10 days how many kWh is that, and what "
        "does it cost at 20p per kWh?")))
    assert [s.label for s in plan.subtasks][-1] in (CARRIED, CUT_ONLY)
    assert plan.subtasks[-1].request.startswith("what does it cost at 20p per kWh")


def test_stride_turns_a_step_count_into_distance() -> None:
    worked = carry("with a stride of 0.7 m how many km is that?", [Quantity(9000, "")])
    assert worked is not None and "**6,300 m**" in worked.text and "**6.3 km**" in worked.text


def test_times_factor_into_the_unit_named() -> None:
    worked = carry("and the same in kJ, x 4.2, 1 dp", [Quantity(600, "kcal")])
    assert worked is not None and "**2,520.0 kJ**" in worked.text


def test_times_factor_needs_the_same_kind_of_unit() -> None:
    assert carry("and the same in kJ, x 4.2", [Quantity(600, "km")]) is None


def test_distance_at_a_speed_gives_the_time() -> None:
    worked = carry("at 20 km/h how long does the ride take?", [Quantity(30.0, "km")])
    assert worked is not None and "**1 hour 30 minutes (90 minutes)**" in worked.text


def test_labelled_figure_asked_first_is_carried() -> None:
    from core.agents.carry_result import quantities

    text = ("**spend** (n = 4): mean **25.00** USD, median **20** USD\n"
            "total **100.00** USD\n_Basis: Computed from 4 values._")
    found = quantities(AgentResult(ok=True, text=text), "what is the total spent")
    assert found[0] == Quantity(100.0, "USD")


def test_factor_piece_stays_with_the_ask_before() -> None:
    from core.agents.clauses import pieces

    cut = pieces("How many km is 40 mi? use 1.6, 1 dp. And how long at 16 km/h?")
    assert cut[0][1] == "How many km is 40 mi? use 1.6, 1 dp."


def test_statistic_converted_to_the_last_unit_named() -> None:
    from core.agents.compose_data import statistic_in_unit

    out = statistic_in_unit([Subtask("t1", "data", "1, 2, 3 km. the total in km, and in miles?")])
    assert out[-1].request == "in miles"


def test_closing_currency_clause_no_part_uses_is_carried() -> None:
    text = "Take 15% off this bill's total, then convert to GBP at $1 = £0.80."
    out = carried_steps([Subtask("t1", "vision", "what is the total?"),
                         Subtask("t2", "math", "what is the total with 15% off?", ("t1",))], text)
    assert out[-1].request == "convert to GBP at $1 = £0.80."
    assert out[-1].depends_on == ("t2",) and out[-1].label == CUT_ONLY


def test_image_reading_then_factor_is_cut() -> None:
    text = "my fitness app screenshot: calories burned today, then in kJ, x 4.2"
    out = carried_steps([Subtask("t1", "vision", text)], text)
    assert [t.request for t in out] == ["my fitness app screenshot: calories burned today",
                                        "in kJ, x 4.2"]


def test_amount_without_unit_takes_the_unit_its_line_shows() -> None:
    from core.agents.carry_result import quantities

    found = quantities(AgentResult(ok=True, text="**640 kcal** burned", amount=640.0))
    assert found[0] == Quantity(640.0, "kcal")


def test_activity_factor_keeps_the_unit() -> None:
    worked = carry("then multiply that by 1.5 for my daily needs, whole numbers",
                   [Quantity(1500.4, "kcal/day")])
    assert worked is not None and "**2,251 kcal/day**" in worked.text


@pytest.mark.parametrize("said", ["if every step is 0.65 m", "with a 65 cm stride"])
def test_step_length_said_either_way(said: str) -> None:
    worked = carry(f"and {said}, how many km is that (2 dp)?", [Quantity(10000, "")])
    assert worked is not None and "**6.50 km**" in worked.text


def test_named_result_is_written_in() -> None:
    from core.agents.carry_fill import filled, names_result

    text = "and the circumference of a circle with that diameter, 1 dp"
    assert names_result(text)
    assert filled(text, Quantity(25.4, "cm")) == \
        "and the circumference of a circle with diameter 25.4 cm, 1 dp"
    assert filled("how long for 12 km at that speed?", Quantity(15, "km/h")) == \
        "how long for 12 km at 15 km/h?"


def test_statement_then_named_result_stays_one_ask() -> None:
    text = "My case weighs 14 kg. What is that weight in pounds?"
    out = carried_steps([Subtask("t1", "units", text)], text)
    assert [t.request for t in out] == [text]


def test_ask_then_named_result_is_cut() -> None:
    from core.agents.carry_plan import FILLED

    text = "convert 8 inches to cm, then the area of a square with that side"
    out = carried_steps([Subtask("t1", "units", text)], text)
    assert [t.request for t in out] == ["convert 8 inches to cm",
                                        "the area of a square with that side"]
    assert out[1].label == FILLED and out[1].depends_on == ("t1",)


def test_filled_task_goes_to_the_reader_its_words_call_for() -> None:
    from core.agents.carry_plan import FILLED
    from core.agents.carry_result import filled_task

    task = Subtask("t2", "units", "the area of a circle with that radius", ("t1",), FILLED)
    results = {"t1": AgentResult(ok=True, text="**10 cm**", amount=10.0, currency="cm")}
    written = filled_task(task, results, {})
    assert written is not None and written.agent == "math"
    assert written.request == "the area of a circle with radius 10 cm"


def test_clock_figure_is_no_quantity() -> None:
    from core.agents.carry_result import quantities

    assert quantities(AgentResult(ok=True, text="pace: **5:12 per km (5 min 12 s)**")) == []


def test_qualifier_after_an_ask_is_not_cut_off() -> None:
    text = "How tall is 5'9\" in centimetres? 1 dp, 2.54 cm per inch."
    assert [t.request for t in carried_steps([Subtask("t1", "units", text)], text)] == [text]
