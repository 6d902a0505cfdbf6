"""A factor or a rate the question states is used for the image's figure instead of the
reference one: "1 m = 3.281 ft", "1 mile = 1.609 km", "pays £0.30 per km", "1 EUR = 1.1 USD"."""

from __future__ import annotations

from fractions import Fraction

from core.agents.vision import answer_from_text
from core.agents.vision_units import stated_factors


def test_the_factor_stated_both_ways() -> None:
    assert stated_factors("use 1 ft = 0.3 m") == {("ft", "m"): Fraction(3, 10),
                                                 ("m", "ft"): Fraction(10, 3)}
    assert stated_factors("taking 2.2 lb per kg") == {("kg", "lb"): Fraction(11, 5),
                                                      ("lb", "kg"): Fraction(5, 11)}
    assert stated_factors("in feet please") == {}


def test_a_sign_converted_with_the_stated_factor() -> None:
    sign = "TUNNEL\nHEADROOM 3.2 M"
    reply = answer_from_text("what's that in feet if 1 m = 3.3 ft? 2 dp", sign).text
    assert "**10.56 ft**" in reply
    trail = answer_from_text("how many miles, taking 1 mile = 1.6 km?", "SUMMIT\n24 km").text
    assert "**15 miles**" in trail


def test_a_distance_paid_at_the_rate_stated() -> None:
    screen = "Journey\nDistance 42.5 mi\nTime 51 min"
    reply = answer_from_text("The firm pays £0.40 per mile; what can I claim?", screen).text
    assert "**£17.00**" in reply


def test_a_balance_at_the_exchange_rate_stated() -> None:
    screen = "Savings\nEUR balance\n€2,400.50"
    reply = answer_from_text("what's that in dollars if 1 EUR = 1.1 USD? to the cent", screen)
    assert "**2640.55 USD**" in reply.text
