"""A unit change by the factor the message states (the stated factor is the one used)."""

from __future__ import annotations

import pytest

from core.agents.words_factor import stated_factor


@pytest.mark.parametrize(("text", "shown"), [
    ("my sugar was 6 mmol/l, what is it in mg/dl if you multiply by 18?", "108 mg/dL"),
    ("urea 40 mg/dl to mmol/l? divide by 6", "6.67 mmol/L"),
    ("creatinine of 1.2 mg/dl, how many umol/l (x 88.4)?", "106.08 µmol/L"),
    ("sodium 1,200 mg per serving. salt in grams? (x 2.5)", "3 grams"),
    ("convert 200 mg/dl cholesterol to mmol/l using 38.67", "5.17 mmol/L"),
    ("how many mm is 24 pt? 1 pt = 1/72 inch", "8.47 mm"),
    ("3,500 mb in gb? (1 gb = 1000 mb)", "3.5 GB"),
    ("10 miles to km using 1.609", "16.09 km"),
])
def test_stated_factor(text: str, shown: str) -> None:
    found = stated_factor(text)
    assert found is not None
    assert found.shown == shown


@pytest.mark.parametrize("text", [
    "convert 5 km to miles",
    "a 3 m x 2 m room, how many tiles?",
    "I walked 5 km times two today",
])
def test_no_factor_stated(text: str) -> None:
    assert stated_factor(text) is None
