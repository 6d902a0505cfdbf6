"""One figure a sign shows worked with the quantity the question gives."""

from __future__ import annotations

import pytest

from core.agents.vision import answer_from_text
from core.agents.vision_shown_rate import shown_rate

ASKS = [
    ("DIESEL\n1.849 PER LITRE", "filling 32 litres, what's that come to?", "**59.17**"),
    ("CHERRIES\n€6.40 / KG", "how much would a quarter of a kilo cost?", "**1.60 EUR**"),
    ("HOT CHOCOLATE\n£2.75", "what do 4 of these cost?", "**11.00 GBP**"),
    ("PRETZEL\n$3.10", "price for 3 pretzels?", "**9.30 USD**"),
    ("GOODS LIFT\nMAXIMUM LOAD 800 KG", "crates of 60 kg each - how many can go in at once?",
     "**13**"),
]


@pytest.mark.parametrize(("text", "question", "shown"), ASKS)
def test_the_signs_figure_with_the_questions_quantity(text: str, question: str,
                                                      shown: str) -> None:
    assert shown in answer_from_text(question, text).text


def test_another_thing_than_the_sign_prices_is_not_priced() -> None:
    assert shown_rate("price for 3 muffins?", "PRETZEL\n$3.10") == []


def test_an_amount_in_another_unit_is_not_priced() -> None:
    assert shown_rate("how much for 2 kg?", "PETROL\n1.70 PER LITRE") == []
