"""A change between two readings ("went from 12 to 20 degrees C, a rise of how many °F?") is
converted as a change: the gap times the scale, no offset."""

from __future__ import annotations

from core.agents.words_temperature import temperature_change


def test_the_gap_between_two_readings_is_converted_without_offset() -> None:
    text = "the water warmed from 12 to 20 degrees c. how big a rise in fahrenheit?"
    shown = temperature_change(text, 20.0, "degC", "degF")
    assert shown is not None and "**14.4 °F**" in shown


def test_a_single_reading_is_no_change() -> None:
    assert temperature_change("what is 20 degrees c in fahrenheit?", 20.0, "degC",
                              "degF") is None
