"""How an everyday answer is shown beside its exact figure: a value with hundredths also to
one decimal ("1.82 units (about 1.8 units)"), as labels, charts and people quote it, and a
part-minute duration also in whole minutes ("31.2 minutes (about 31 minutes)"). Only the
kinds usually quoted so take it (alcohol units, pulse, lab readings, a one-rep max, a brewing
ratio); other measures keep their one form."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from core.agents.reckon_base import show as two

if TYPE_CHECKING:
    from core.agents.words_travel import Trip

PLAIN = ("money", "%", "days", "weeks", "hours", "time", "a day", "")
# quoted to one decimal on labels, meters and in clinics
TENTH = frozenset(("units", "bpm", "mg/dL", "mmol/L", "standard drinks"))
MINUTES = re.compile(r"^(\d[\d,]*\.\d+) minutes$")


def tenth(value: Fraction) -> str | None:
    """``value`` to one decimal when that differs from its two-decimal form, else None."""
    hundredths = round(value * 100)
    if hundredths % 10 == 0:
        return None
    return f"{float(round(value, 1)):,.1f}"


def with_tenth(shown: str, value: Fraction, unit: str) -> str:
    """``shown`` with the one-decimal form beside it when it starts with ``value`` to two
    decimals and has no rounding of its own in brackets."""
    minutes = MINUTES.match(shown)
    if minutes is not None:
        whole = math.floor(Fraction(minutes.group(1).replace(",", "")) + Fraction(1, 2))
        return f"{shown} (about {whole} minutes)"
    if unit in PLAIN:
        return shown
    lead = f"{two(value)} {unit} (about "
    if shown.startswith(lead) and (one := tenth(value)) is not None:  # "186.64 bpm (about 187"
        return f"{two(value)} {unit} ({one} {unit}, about {shown[len(lead):]}"
    if "(" in shown or "about" in shown:
        return shown
    number = re.match(r"(-?\d[\d,]*\.\d{2,})(?!\d)(.*)$", shown)
    one = tenth(value)
    if number is None or one is None:
        return shown
    return f"{shown} (about {one}{number.group(2)})"


def tenths(trip: Trip | None) -> Trip | None:
    """``trip`` shown with its one-decimal form too (see :func:`with_tenth`)."""
    if trip is None or not (trip.unit in TENTH or MINUTES.match(trip.shown)
                            or trip.name.startswith("1RM") or "(ratio " in trip.basis):
        return trip
    shown = with_tenth(trip.shown, trip.value, trip.unit)
    return trip if shown == trip.shown else replace(trip, shown=shown)
