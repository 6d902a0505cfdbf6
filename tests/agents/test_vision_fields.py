"""A value read off the line whose label the question names, and a question asking two
things of one image answered part by part."""

from __future__ import annotations

import asyncio

from core.agents.vision import answer_from_text, answer_image
from core.agents.vision_fields import labelled_value
from core.agents.vision_parts import asks_apart


def test_a_labelled_code_is_read_off_its_line() -> None:
    screen = "Membership\nMember no. GYM-7781-04\nRenews in 12 days"
    reply = answer_from_text("What's my member number?", screen).text
    assert "**GYM-7781-04**" in reply


def test_a_labelled_amount_without_a_total() -> None:
    screen = "Order cancelled\nCredit: €57.15\n3-5 working days"
    reply = answer_from_text("credit amount?", screen).text
    assert "**€57.15**" in reply


def test_a_letter_field_and_a_time_field() -> None:
    screen = "Train ticket\nCarriage K\nBoards 06:45"
    assert labelled_value("which carriage?", screen) == [("Carriage: **K**.", None)]
    assert labelled_value("boarding time?", screen) == [("Boards: **06:45**.", None)]


def test_no_lookup_for_a_sum_or_an_unnamed_label() -> None:
    screen = "Train ticket\nCarriage K\nBoards 06:45"
    assert labelled_value("how long until boarding if it's 06:10?", screen) == []
    assert labelled_value("what's the platform?", screen) == []


def test_two_asks_split_apart() -> None:
    assert asks_apart("How many payments are listed, and which was the smallest?") == [
        "How many payments are listed?", "which was the smallest?"]
    assert asks_apart("boarding time + carriage?") == ["boarding time?", "carriage?"]
    assert asks_apart("Which carriage and berth am I in?") == [
        "Which carriage am I in?", "Which berth am I in?"]
    assert asks_apart("what level for shoes, and for toys?") == [
        "what level for shoes?", "what level for toys?"]
    assert asks_apart("Which shop is dearest, and what would 4 of them cost there? 2 dp") == [
        "Which shop is dearest? 2 dp", "what would 4 of them cost there? 2 dp"]


def test_one_ask_is_not_split() -> None:
    assert asks_apart("what is 12 and 5 added?") == []
    assert asks_apart("What's my score as a percentage? 1 decimal") == []


def test_each_part_answered_on_its_own() -> None:
    screen = "Train ticket\nCarriage K\nBerth 31\nBoards 06:45"
    reply = asyncio.run(answer_image("what's my berth and carriage?", screen)).text
    assert "Berth: **31**" in reply and "Carriage: **K**" in reply


def test_independent_parts_are_answered_apart_even_when_one_answer_covers_both() -> None:
    cart = "Cart\nRug  £40.00\nMug  £6.50\nVase  £25.00"
    reply = asyncio.run(answer_image("I can spend £60. How much over is this cart, and which "
                                     "item costs the most?", cart)).text
    assert "**11.50 GBP**" in reply and "**Rug**" in reply
