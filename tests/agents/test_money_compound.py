"""A sum compounded at a stated frequency, or a charge on the growing balance, in wordings
of their own."""

from __future__ import annotations

import pytest

from core.agents.money_compound import compounded
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "shown"), [
    ("£2,000 invested at 3% compounded quarterly - what is it worth after 5 years?", "£2,322.37"),
    ("what will 1000 be after 10 years at 6% interest compounded continuously?", "1,822.12"),
    ("credit card balance of $500, 2% interest charged every month on the running balance. how "
     "much after 6 months?", "$563.08"),
    ("$8,000 at 4.5% APR compounded daily; balance after 3 years?", "$9,156.22"),
])
def test_compounded(text: str, shown: str) -> None:
    found = compounded(expand(text).lower())
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize("text", [
    "I borrowed 5000 at 4% compounded monthly, what is my monthly payment over 3 years?",
    "how many years until 1000 doubles at 5% compounded monthly?",
    "I put 200 in at the end of every month at 5% compounded monthly, how much after 2 years?",
])
def test_not_a_single_sum_grown(text: str) -> None:
    assert compounded(text.lower()) is None
