"""A statistics word that names a quantity to work out is no summary of listed figures."""

from __future__ import annotations

from core.agents.intents import classify
from core.agents.intents_stats import no_summary


def test_a_quantity_average_is_no_summary() -> None:
    assert no_summary("The tunnel is 4.2 km long and the train takes 3 min 12 s through it. "
                      "What's its average speed in km/h?")
    assert no_summary("He scores 40% of his penalties. Over 8 tries how many does he score on "
                      "average?")
    assert no_summary("A 2.5-acre plot costs $8,400 an acre. How many square metres is it?")


def test_listed_figures_are_summarised() -> None:
    assert not no_summary("my average speeds were 31, 28, 33 and 30 km/h - what's the mean?")
    assert not no_summary("balance each month: 500 -> 540 -> 610 -> 580. on average, how much "
                          "did it change a month?")
    assert not no_summary("average speed 12 km/h; the median of 4, 9, 2, 7?")


def test_speeds_over_the_same_distance_are_averaged() -> None:
    assert not no_summary("cycled 18 km out at 24 km/h and back at 16 km/h - what was my "
                          "average speed for the round trip?")


def test_a_plot_of_land_is_not_charted() -> None:
    intent = classify("A 2.5-acre plot is listed at $8,400 per acre, with 1 acre = 0.4047 ha. "
                      "How many hectares is it?")
    assert intent.agent != "data"
