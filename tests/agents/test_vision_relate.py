"""Two like figures on an image related as the question asks: a share, a percent change,
a gap."""

from __future__ import annotations

from core.agents.vision import answer_from_text
from core.agents.vision_relate import related


def test_one_figure_as_a_share_of_the_other() -> None:
    screen = "Gym app\nClasses booked: 40\nClasses attended: 34"
    assert "**85.0%**" in answer_from_text("what's my attended rate as a percentage?", screen).text
    assert related("what percentage did I attend? 2 dp", "Plan\nBooked 30\nAttended 7") == [
        ("7 of 30 is **23.33%**.", 23.333333333333332)]


def test_the_percent_change_from_first_to_second() -> None:
    screen = "Deal\nBefore £80.00\nAfter £68.00"
    assert "**15.0%** down" in answer_from_text("how large is the markdown in %?", screen).text
    assert related("how much did the rent go up, as a percentage?", "Rent\nOld 800\nNew 1000") == [
        ("From 800 to 1000 is **25.0%** up.", 25.0)]


def test_the_gap_between_two_readings() -> None:
    screen = "Scale\nMonday 72.4 kg\nToday 70.1 kg"
    assert "**2.3 kg**" in answer_from_text("how many kg have I lost?", screen).text


def test_nothing_without_exactly_two_like_figures_or_with_a_figure_asked() -> None:
    assert related("what percentage?", "A 3\nB 4\nC 5") == []
    assert related("what's 20% of it?", "Before £80.00\nAfter £68.00") == []
    assert related("how much with tip?", "Before £80.00\nAfter £68.00") == []
