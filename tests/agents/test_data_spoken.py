"""A list of numbers written in words is read like a list of digits; other words stay."""

from __future__ import annotations

from core.agents.data_words import spoken_list


def test_a_spoken_list_becomes_digits() -> None:
    said = spoken_list("this week I slept seven, six, eight and five hours. mean?")
    assert "7, 6, 8" in said and "5 hours" in said


def test_a_list_of_tens_and_units() -> None:
    assert "25, 40, 13" in spoken_list("pages read: twenty-five, forty, thirteen. average?")


def test_text_without_a_spoken_list_is_kept() -> None:
    text = "one of my two cats weighs 4.2 kg, the other 3.9 kg"
    assert spoken_list(text) == text
