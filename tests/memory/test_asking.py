"""Which slot a self-question asks about, and which questions are not about memory."""

from __future__ import annotations

import pytest

from core.memory.answer import render, second_person
from core.memory.asking import parse
from core.memory.store import Fact

QUESTIONS: list[tuple[str, str | None]] = [
    ("remind me what my name is", "name"), ("What do you call me?", "name"),
    ("How should you address me?", "name"), ("what's my name again", "name"),
    ("what city am I in these days", "home"), ("Where am I living now?", "home"),
    ("Do you know where I live?", "home"), ("what town am i based in", "home"),
    ("Where was I living before I moved?", "previous_home"),
    ("What city did I move from?", "previous_home"), ("Which city did I leave?", "previous_home"),
    ("who's my employer again", "work"), ("Who pays my salary?", "work"),
    ("Where am I working these days?", "work"), ("What do I do for a living?", "work"),
    ("what's my sis called?", "family"), ("What is my cat called?", "family"),
    ("When does my sister celebrate her birthday?", "date"), ("when's my sis's bday?", "date"),
    ("When's my anniversary?", "date"),
    ("What do I do for fun?", "like"), ("what am I into?", "like"),
    ("What's my favourite pastime?", "like"),
    ("Am I allergic to anything?", "allergy"), ("What can't I eat?", "allergy"),
    ("What should I avoid because of allergies?", "allergy"),
    ("Which time zone do I live in?", "pref"), ("which tz do I use?", "pref"),
    ("What's my favourite colour?", "unknown"), ("What car do I drive?", "unknown"),
    ("How old am I?", "unknown"), ("Which movie do I love most?", "unknown"),
    ("How do I boil an egg?", None), ("What should I do this weekend?", None),
    ("How do I get to work from here?", None), ("Should I move to Berlin?", None),
    ("What's the capital of Australia?", None),
    ("Whats my sisters name", "family"), ("What's the name of my company?", "work"),
    ("Which city did I relocate from?", "previous_home"), ("Which city was home before?",
                                                          "previous_home"),
    ("who signs my paychecks?", "work"), ("Which zone am I in?", "pref"),
    ("How do I like to spend my free time?", "like"), ("Do I have any pets?", "family"),
    ("Where did I go to university?", "unknown"),
    ("If I have 3 apples and eat one, how many apples do I have?", None),
    ("What's my employer's name?", "work"), ("Where do I clock in every day?", "work"),
    ("Where did I live until recently?", "previous_home"),
    ("What am I not allowed to eat?", "allergy"),
    ("When should I wish my sister a happy birthday?", "date"),
    ("What's my hamster's name?", "family"), ("What is my goldfish called?", "family"),
    ("Which actor do I like?", "unknown"), ("What's my company called?", "work"),
    ("I need my sister's name and birthday.", "family"), ("Please tell me my name", "name"),
    ("I want my answers in metric", None), ("I live in Oslo, you know?", None),
    ("What should I avoid eating with diabetes?", "allergy"),  # only if allergies are known
    ("What's my weight in pounds if I weigh 70 kg?", None),
    ("My sister is 3 years older than me and I'm 30. How old is my sister?", None),
    ("Where does my brother live?", "family"), ("What do we call my sister?", "family"),
    ("I have 2 cats and 3 dogs, any name ideas?", None),
    ("My daughter turns 5 on 12/03, any party ideas?", None),
]


@pytest.mark.parametrize(("question", "topic"), QUESTIONS)
def test_question_topics(question: str, topic: str | None) -> None:
    intents = parse(question)
    assert (intents[0].topic if intents else None) == topic


def test_sister_name_and_birthday_in_one_question() -> None:
    slots = [i.slot for i in parse("Who's my sis and when's her bday?")]
    assert slots == ["family:sister", "date:sister birthday"]


def _fact(slot: str, value: str, statement: str) -> Fact:
    return Fact(1, 1, "health", slot, value, statement, "web", "e", 0, 1.0, None, None, None)


def test_allergy_answers_keep_how_it_was_said() -> None:
    intent = parse("What am I allergic to?")[0]
    facts = [_fact("allergy:peanuts", "peanuts", "is allergic to peanuts"),
             _fact("allergy:gluten", "gluten", "can't have gluten")]
    assert render(intent, facts, []) == "You are allergic to peanuts and can't have gluten."


def test_notes_are_said_back_in_the_second_person() -> None:
    assert second_person("I call the old harbour town my home") == (
        "you call the old harbour town your home")


def test_avoidance_asked_as_advice_is_answered_only_from_known_facts() -> None:
    assert [i.label for i in parse("What should I avoid eating with diabetes?")] == [""]
    assert [i.label for i in parse("What am I allergic to?")] == ["any allergies"]
