"""A receipt read with OCR noise: a garbled price is read so that the lines add up to the
total (and left as read when that is not clear); a sign's word misread by one look-alike
letter is put right."""

from __future__ import annotations

import pytest

from core.agents.asks_receipt_lines import readings, reconciled, sign_words
from core.agents.vision import answer_from_text, priced_items

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_readings_of_a_garbled_price() -> None:
    assert 14.13 in readings("Milk $ 8614.13")
    assert 20.84 in readings("Tea $6. 220..84")
    assert 23.54 in readings("Apples $ 8 6=6.23..54")


async def test_the_lines_are_read_to_add_up() -> None:
    text = ("FARM SHOP\n2026-04-02\nEggs $ 3.40\nHoney $ 9.7.25\nJam $ 5.10\nTOTAL $ 15.75\n")
    assert [value for _, value, _ in priced_items(text)] == [3.40, 7.25, 5.10]
    assert "**Honey**" in answer_from_text("what was the dearest thing?", text).text


async def test_no_guess_when_several_readings_add_up() -> None:
    lines = ["A $ 611.11", "B $ 612.22"]
    assert reconciled(lines, [611.11, 612.22], 13.33) == [611.11, 612.22]


async def test_clean_lines_stay_as_read() -> None:
    text = "CAFE\nTea $ 2.50\nCake $ 3.25\nTOTAL $ 5.75"
    assert [value for _, value, _ in priced_items(text)] == [2.50, 3.25]


async def test_a_price_line_that_looks_like_a_date_is_an_item() -> None:
    text = "SHOP\nSoap $ 03.12.50\nSalt $ 1.00\nTOTAL $ 13.50"
    assert "**6.75**" in answer_from_text("average price per item?", text).text


@pytest.mark.parametrize(("read", "meant"), [
    ("EXLT", "EXIT"), ("NO 5MOKING", "NO SMOKING"), ("KEEP CLEAR", "KEEP CLEAR"),
    ("PLATFORM 9", "PLATFORM 9"), ("ZEBRA", "ZEBRA")])
async def test_sign_words_put_right(read: str, meant: str) -> None:
    assert sign_words(read) == meant


async def test_a_total_missing_its_first_digit() -> None:
    text = "SHOP\nCheese $ 7.89\nBagel $ 24.23\nApples $ 14.24\nCoffee $ 6.43\nTOTAL $ 2.79"
    assert "**52.79 USD**" in answer_from_text("what's the total?", text).text


SHOP = "MARKET\n2026-05-01\nRice $ 3.20\nFish $ 12.40\nLimes $ 1.90\nWine $ 15.00\nTOTAL $ 32.50"


@pytest.mark.parametrize(("question", "shown"), [
    ("how much dearer was the wine than the fish?", "**2.60 USD** more"),
    ("what's the gap in price between the limes and the rice", "**1.30 USD** less"),
    ("what would I have paid without the wine?", "**17.50 USD**"),
    ("total not counting the fish please", "**20.10 USD**"),
    ("if I hadn't bought the rice, what's the bill?", "**29.30 USD**"),
    ("is anything on here over $14?", "**Wine** (15.00)"),
    ("which things cost under 2?", "**Limes** (1.90)"),
    ("any items more than 20?", "**None**"),
])
async def test_more_asked_of_a_receipts_lines(question: str, shown: str) -> None:
    assert shown in answer_from_text(question, SHOP).text


async def test_the_total_without_an_item_is_the_figure_used_later() -> None:
    assert answer_from_text("the total excluding the wine?", SHOP).amount == 17.5


async def test_a_garbled_total_and_item_read_together() -> None:
    text = "DELI\nSoup $ 18.28\nRolls $ 06.11.97\nJuice $ 8.67\nTOTAL $ 8638.92"
    assert "**38.92 USD**" in answer_from_text("what's the total?", text).text
    assert [value for _, value, _ in priced_items(text)] == [18.28, 11.97, 8.67]
