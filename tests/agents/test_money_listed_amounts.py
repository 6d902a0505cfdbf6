"""A price per unit applied to several amounts listed in that unit ("3, 2.5 and 4 metres"):
their total is what is charged, with any flat fee added once."""

from __future__ import annotations

import pytest

from core.agents.mathtext import find_math


@pytest.mark.parametrize(("text", "expected"), [
    ("Mileage this week: drives of 40, 65, 12 miles, reimbursed at $0.45 per mile, plus $8 "
     "tolls. How much am I paid back?", "0.45 * (40 + 65 + 12) + 8"),
    ("Ribbon costs $1.20 per metre and I need 2, 3.5 and 1 metres. What does it cost?",
     "1.20 * (2 + 3.5 + 1)"),
    ("Courier charges $2 per kg: parcels of 3, 4, 5 kg. What's the bill?", "2 * (3 + 4 + 5)"),
])
def test_listed_amounts_are_totalled(text: str, expected: str) -> None:
    call = find_math(text)
    assert call is not None and call.expression == expected, (text, call)


def test_one_amount_stays_one() -> None:
    call = find_math("I drove 120 km at $0.40 per km. How much do I get paid?")
    assert call is not None and call.expression == "120 * 0.40"
