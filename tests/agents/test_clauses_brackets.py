"""Brackets and bare lists of asks when a message is cut into parts."""

from __future__ import annotations

from core.agents.clauses import pieces, split
from core.agents.intents import Context


def test_nothing_is_cut_inside_brackets() -> None:
    cut = [piece for _, piece in pieces(
        "the volume of a tin 6 cm across and 11 cm tall (cm³, 1 decimal) and 9 mi in km")]
    assert "the volume of a tin 6 cm across" in cut[0]
    assert any(piece.endswith("(cm³, 1 decimal)") for piece in cut)
    assert not any(piece.strip().startswith("1 decimal") for piece in cut)


def test_a_list_of_asks_without_a_stem_answers_each_line() -> None:
    parts = split("- 12% of 350 is what\n- what's √729\n- convert 20 °C to °F", Context())
    assert [p.request for p in parts] == ["12% of 350 is what", "what's √729",
                                          "convert 20 °C to °F"]
    assert [p.intent.agent for p in parts] == ["math", "math", "units"]


def test_a_list_of_facts_without_a_stem_stays_whole() -> None:
    parts = split("- rent $950\n- food $310\n- what's the total?", Context())
    assert len(parts) == 1


def test_a_rounding_note_stays_with_the_ask_before_it() -> None:
    cut = [piece for _, piece in pieces(
        "a 4.1 m by 2.7 m floor in square feet, 2 dp; the mean of 11, 15 and 19, to the cent")]
    assert cut[0] == "a 4.1 m by 2.7 m floor in square feet, 2 dp"
    assert not any(piece.strip().startswith(("2 dp", "to the cent")) for piece in cut[1:])



def test_a_semicolon_ends_a_list_of_numbers() -> None:
    parts = split("median of 14, 9, 31, 22; 60 kg in pounds", Context())
    assert [p.request for p in parts] == ["median of 14, 9, 31, 22", "60 kg in pounds"]
