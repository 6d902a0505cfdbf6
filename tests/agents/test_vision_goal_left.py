"""What is left of a goal once every entry logged against it is taken off, and no guess
between three like figures."""

from __future__ import annotations

from core.agents.vision import answer_from_text
from core.agents.vision_reckon import gap_to
from core.agents.vision_screen import figures


def test_the_goal_less_every_entry() -> None:
    screen = "Water log\nTarget 2500 ml\nMorning 600\nAfternoon 750\nEvening 400"
    assert "**750 ml** to go" in answer_from_text("how much more water do I need today?",
                                                  screen).text


def test_three_like_figures_without_a_goal_are_not_paired() -> None:
    found = figures("Scores\nAnna 41\nBen 38\nCleo 45")
    assert gap_to("how many more to go?", found) == []
