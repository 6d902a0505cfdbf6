"""A sign read as a small table: the name under a heading, a directory's floor for an entry,
the people ahead in a queue, the time a distance takes at the limit shown."""

from __future__ import annotations

from core.agents.vision import answer_from_text


def test_the_name_under_a_heading() -> None:
    sign = "TRAM STOP\nMARKET SQUARE\nLINE 4"
    assert "**Market Square**" in answer_from_text("what's this tram stop called?", sign).text


def test_a_directory_entry() -> None:
    sign = "2 TOYS\n7 GARDEN\nB FOOD HALL"
    assert "floor **7**" in answer_from_text("which floor is garden on?", sign).text
    assert "level **B**" in answer_from_text("what level is the food hall on?", sign).text


def test_the_people_ahead_in_a_queue() -> None:
    sign = "NOW SERVING\n118"
    reply = answer_from_text("I've got number 124, how many people are in front of me?", sign)
    assert "**5**" in reply.text
    counting = answer_from_text("my number is 124. including the one being served, how many "
                                "are ahead?", sign)
    assert "**6**" in counting.text


def test_a_distance_at_the_limit_shown() -> None:
    sign = "SPEED LIMIT\n50"
    reply = answer_from_text("at this limit how many minutes for 35 miles?", sign).text
    assert "**42 minutes**" in reply
