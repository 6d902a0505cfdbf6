"""The everyday readers tried before speed, distance and the other measures: each needs a
cue of its own (a container asked for, a written-out formula, a percent of a labelled figure,
a stated ratio, a share of the day's energy, an area and what covers or fills it, totals made
of parts, a time of day moved by several durations, a pace, portions, shares, stops and rows,
calendar days, a price per one unit told per another, two movers meeting or catching up,
weight lost or changing), so a request they answer is not misread by a broader reader later on."""

from __future__ import annotations

from core.agents.health_bands import bands
from core.agents.health_change import deficit_loss, weight_rate
from core.agents.health_stated import stated_formula
from core.agents.words_area import area_in_units, rain_collected
from core.agents.words_clock_seq import clock_sequence
from core.agents.words_clock_shift import clock_kinds
from core.agents.words_counts import counted
from core.agents.words_days import calendar_days
from core.agents.words_legs import legs_and_totals
from core.agents.words_motion import motion
from core.agents.words_pace import pace
from core.agents.words_ratio import energy_grams, ratio_amount
from core.agents.words_spans import playback, shift_hours
from core.agents.words_spoons import portions_and_paces
from core.agents.words_surface import surface
from core.agents.words_travel import Trip
from core.agents.words_unit_price import unit_price


def first_readers(text: str) -> Trip | None:
    """The first of these readers that answers ``text`` (expanded, lower-cased)."""
    return unit_price(text) or counted(text) or calendar_days(text) or stated_formula(text) or \
        bands(text) or ratio_amount(text) or energy_grams(text) or surface(text) or \
        legs_and_totals(text) or clock_kinds(text) or clock_sequence(text) or pace(text) or \
        portions_and_paces(text) or motion(text) or deficit_loss(text) or weight_rate(text) or \
        playback(text) or shift_hours(text) or area_in_units(text) or rain_collected(text)
