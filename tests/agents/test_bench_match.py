"""The benchmark's answer matcher: spaces and markup do not matter, neighbouring digits do, and
a line break is a boundary."""

from bench.agents import matches


def test_spaces_and_markup_do_not_matter() -> None:
    assert matches("x = **4**", "x=4")
    assert matches("It comes to 3 792 kg", "3792 kg")


def test_a_longer_number_is_not_a_match() -> None:
    assert not matches("the total is 1113.64", "113.64")
    assert not matches("the total is 113.645", "113.64")


def test_a_figure_ending_a_line_is_not_run_into_the_next() -> None:
    reply = "Your total is **113.64**.\n2026-11-27 was a Friday."
    assert matches(reply, "113.64")
    assert matches("count: 5\n113.64 left", "113.64")
