"""How the quantities combined by their units are named in an answer: a time asked as "how
long" in the rate's period, the name of a dimension, "a day" or "an hour"
(:mod:`core.agents.words_dimensions`)."""

from __future__ import annotations

from fractions import Fraction

from core.agents.words_dimasks import Ask
from core.agents.words_dimunits import TIME, named
from core.agents.words_travel import Trip, _duration, _show


def how_long(hours: Fraction, labels: list[str], basis: str) -> Trip:
    """A time asked as "how long": in days or weeks when the rate is per day or week."""
    periods = {label.rsplit(" a ", 1)[-1] for label in labels if " a " in label}
    for period, size in (("week", 168), ("day", 24)):
        if periods == {period}:
            value = hours / size
            return Trip("time", value, f"{period}s", f"{_show(value)} {period}s", basis)
    return Trip("time", hours, "hours", _duration(hours * 3600), basis)


def name_of(ask: Ask) -> str:
    if ask.dim is None:
        return "per " + ask.per_label
    return named(ask.dim) if ask.dim != TIME else "time"


def a(word: str) -> str:
    """"a day", "an hour"."""
    return f"an {word}" if word[:1] in "aeiou" or word.startswith("hour") else f"a {word}"
