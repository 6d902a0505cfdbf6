"""A reckoned money figure, shown in the currency its request names (shared by the money
readers that work one figure out of a sentence)."""

from __future__ import annotations

from fractions import Fraction

from core.agents.money_reckon import SIGNS, money, sign_of
from core.agents.reckon_base import Reckoned


def money_result(name: str, value: Fraction, text: str, basis: str, after: str = "") -> Reckoned:
    """``value`` named ``name``, in the currency ``text`` uses, with ``after`` appended."""
    sign = sign_of(text)
    return Reckoned(name, value, SIGNS.get(sign, ""), basis, text=money(value, sign) + after)
