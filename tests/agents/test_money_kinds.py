"""Money questions read by the role of each amount: a price stated without its tax, a tip
asked on its own, pay from a salary, savings, shares in a ratio and weighted marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.agents.mathtext import find_math
from core.tools.mathparse import build, normalise


def _value(text: str, previous: bool = False) -> Decimal:
    call = find_math(text, previous)
    assert call is not None, text
    expression = call.expression.replace("ANS", "(100)")
    return round(Decimal(str(build(normalise(expression)).evalf(30))), 4)


@pytest.mark.parametrize(("text", "expected"), [
    # the amount stated is the one before tax: the tax goes on top
    ("the quote says 640 ex VAT. with 20% VAT on top what do we pay?", "768"),
    ("net price 80, add 20% VAT - gross?", "96"),
    ("room is 150 a night before 12% tax; what is it with tax?", "168"),
    ("pre-tax price 45, tax 10%, what is it after tax?", "49.5"),
    ("the quote is 2,400 excl. VAT. how much is the VAT at 20%?", "480"),
    # the price with tax included: the tax comes out
    ("paid 236 including 18% GST, what was it before tax?", "200"),
    ("how much is 110 without 10% GST?", "100"),
])
def test_tax_on_top_or_taken_out(text: str, expected: str) -> None:
    assert _value(text) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the tip itself, after a total read or worked out before
    ("how much would a 15% tip be?", "15"),
    ("what would the tip be at 20%?", "20"),
    ("how big is a 12% tip?", "12"),
    ("how much should we tip at 18%?", "18"),
    ("the tip at 10%?", "10"),
    # the total with the tip
    ("and with a 10% tip, the total?", "110"),
    ("how much is the total with a 15% tip?", "115"),
])
def test_tip_alone_or_with_the_total(text: str, expected: str) -> None:
    assert _value(text, previous=True) == Decimal(expected)
