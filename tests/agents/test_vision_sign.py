"""A sign's hours, letters and words, answered the way they are asked."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text

HOURS = "OPEN\n8:30AM TO 6PM"


@pytest.mark.parametrize("question", [
    "what time does this place close?",
    "When do they shut today?",
    "open until when?",
    "how late are they open",
    "Until what time can I pop in?",
    "closing time please",
    "till when are they open on this sign",
])
def test_closing_time(question: str) -> None:
    reply = answer_from_text(question, HOURS).text
    assert "**6PM** (18:00)" in reply and "8:30AM**" not in reply


@pytest.mark.parametrize("question", [
    "What time do they open?", "how early can I get there?", "when does it open in the morning",
    "opening time?",
])
def test_opening_time(question: str) -> None:
    assert "**8:30AM** (08:30)" in answer_from_text(question, HOURS).text


def test_open_and_close_both() -> None:
    reply = answer_from_text("when do they open and close?", HOURS).text
    assert "**8:30AM**" in reply and "**6PM**" in reply


@pytest.mark.parametrize(("question", "word"), [
    ("are they still open at 7pm?", "No"), ("can I go at 9?", "Yes"),
    ("will they be open if I get there at 5:45?", "Yes"),
])
def test_open_at_a_time(question: str, word: str) -> None:
    assert answer_from_text(question, HOURS).text.startswith(word)


def test_hours_length_kept() -> None:
    reply = answer_from_text("how long are they open each day?", HOURS).text
    assert "9 hours 30 minutes" in reply


@pytest.mark.parametrize(("question", "count"), [
    ("how many letters does the sign have?", "**7 letters**"),
    ("count the letters on it, ignoring the space", "**7 letters**"),
    ("how many characters including spaces?", "**8 characters**"),
])
def test_letters(question: str, count: str) -> None:
    assert count in answer_from_text(question, "KEEP OUT").text


@pytest.mark.parametrize("question", [
    "my eyes are bad, what does this sign say?", "could you read it out for me",
    "I can't read this from here", "what's written on it?",
])
def test_read_out(question: str) -> None:
    reply = answer_from_text(question, "NO ENTRY\nSTAFF ONLY").text
    assert "NO ENTRY" in reply and "STAFF ONLY" in reply and "from" not in reply


def test_labelled_platform_keeps_its_label() -> None:
    assert "**Platform 9**" in answer_from_text("what platform is the train on?", "PLATFORM 9").text
