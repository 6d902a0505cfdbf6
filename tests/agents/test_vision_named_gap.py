"""The gap between two figures an image shows that the question names by their labels, and
how many more of a figure until a goal the image states."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_two_named_figures_give_their_difference() -> None:
    post = "ROUTE\nYORK 18\nHULL 63\nSELBY 9"
    assert "**45**" in answer_from_text("how much farther is Hull than York?", post).text
    stats = "Channel\nSubscribers 12,310\nViews 4,095"
    assert "**8215**" in answer_from_text("gap between subscribers and views?", stats).text


def test_one_named_figure_gives_no_gap() -> None:
    post = "ROUTE\nYORK 18\nHULL 63"
    assert "difference is" not in answer_from_text(
        "how much further is Leeds than York?", post).text


def test_more_until_a_goal() -> None:
    card = "Loyalty\nStamps: 7\nFree coffee at 10 stamps"
    assert "**3 stamps**" in answer_from_text("how many more stamps until a free coffee?",
                                              card).text
