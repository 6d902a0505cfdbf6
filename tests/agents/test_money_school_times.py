"""Marks and grades (the next score for a target average, the final exam mark needed, a GPA,
a score as a percentage with the marks a target needs) and lengths of time (a shift, a list
of durations, a daily habit over days) in wordings the rules were not written from; chat
with numbers stays chat."""

from __future__ import annotations

import pytest

from core.agents.intents import classify
from core.agents.words_reckon import reckon


@pytest.mark.parametrize(("text", "shown"), [
    # the next score for a target average, the average stated
    ("I've averaged 80 across 4 quizzes; what do I have to score on the next quiz to get an "
     "82 average?", "90"),
    ("after 3 exams my average is 74. what mark do I need on the fourth to average 76?", "82"),
    ("mean of my 6 tests is 70 - what must I get in the last one for a 72 mean?", "84"),
    ("my 4-test average is 88, how high do I need to score on the next test to average 90?",
     "98"),
    # the final exam mark for an overall grade
    ("final exam is worth 40% of my grade and I'm currently at 85. what do I need on the "
     "final to end up with 80?", "72.5"),
    ("the exam counts for 25%. coursework average is 68. what score do I need on the exam to "
     "get 70 overall?", "76"),
    # a GPA
    ("A in a 4 credit class, B+ in a 3 credit class, C in a 2 credit class - what's my GPA?",
     "3.32"),
    ("calculate my gpa: 3.0 (3 credits), 4.0 (4 credits), 2.0 (3 credits)", "3.1"),
    # a score as a percentage and the marks a target needs
    ("scored 45/70 on the test, how many more points would I need for 75%?",
     "8 more marks for 75% (53 of 70)"),
    ("I got 52 out of 80 in the mock. as a percentage? and how many more marks to get 70%?",
     "65%; 4 more marks for 70% (56 of 80)"),
    # a shift
    ("started work at 9am, finished at 5:30pm with a 30 minute lunch break. how many hours "
     "did I work?", "8 hours (8:00)"),
    ("night shift: start at 22:00, finish at 06:30, how long is that shift?",
     "8 hours 30 minutes (8:30, 8.5 hours)"),
    ("I signed in at 7.45 and signed out at 16.10 - how long did I work?",
     "8 hours 25 minutes (8:25, 8.42 hours)"),
    # durations added up
    ("my laps were 1:32, 1:35 and 1:29 - total time?", "4 minutes 36 seconds (4:36)"),
    ("three episodes of 0:42:10, 0:38:55 and 1:01:30 - how long altogether?",
     "2 hours 22 minutes 35 seconds (2:22:35)"),
    ("what's 4:30 + 2:45?", "7:15 (as h:mm or m:ss)"),
    # time a day over days or weeks
    ("I read 20 minutes every night. how many hours in 2 weeks?",
     "4.67 hours (4 hours 40 minutes)"),
    ("she walks 1.5 hours a day, how many hours over 10 days?", "15 hours"),
    ("meditating 15 min a day for 4 weeks - how many hours is that?", "7 hours"),
])
def test_school_and_time_kinds(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize("text", [
    "my average over 3 games is 20 points",
    "the final is on the 30th of may, 40% of us are going",
    "we met at 4:30 and left at 6:15 for dinner",
    "my grades are fine, 3 classes this term",
    "got 37 out of 60 on my exam!",
])
def test_school_and_time_chat_stays_chat(text: str) -> None:
    assert reckon(text) is None
    assert classify(text).agent in ("chat", "data") or not classify(text).complete


@pytest.mark.parametrize(("text", "shown"), [
    ("I have an average of 72 after 4 tests. What score do I need on test 5 to get a 75 "
     "average?", "87"),
    ("I worked from 8:45 to 17:15 with a 45 minute lunch. how many hours did I work?",
     "7 hours 45 minutes (7:45, 7.75 hours)"),
    ("clocked in 7:30am, clocked out 4pm, 30 min unpaid break. hours worked?", "8 hours (8:00)"),
    ("total length of these tracks: 3:12, 4:05, 2:58", "10 minutes 15 seconds (10:15)"),
])
def test_more_school_and_time_wordings(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("GPA please: 4 credits A, 3 credits B, 2 credits C+", "3.29"),
    ("weighted GPA: Maths 3.7 (5 credits), History 3.0 (3 credits), Art 4.0 (2 credits)",
     "3.55"),
    ("I need 80 overall; the final is 25% of my grade and my current grade is 84. What's the "
     "minimum on the final?", "68"),
    ("my test average over 3 tests is 85. if I want a 88 average, what do I need on the 4th "
     "test?", "97"),
    ("I clocked on at 07:15 and off at 15:45. shift length?",
     "8 hours 30 minutes (8:30, 8.5 hours)"),
])
def test_school_and_time_told_in_another_order(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


@pytest.mark.parametrize(("text", "shown"), [
    ("prices went up 20% last year and 15% this year, what's the total increase?",
     "+38% (a 38% increase)"),
    ("my shares dropped 30% then rose 30%. net change?", "-9% (a 9% decrease)"),
    ("sales grew 5% in Q1 and declined 2% in Q2 - overall?", "+2.9% (a 2.9% increase)"),
])
def test_percentage_changes_in_turn(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None, text
    assert found.shown() == shown


def test_one_change_between_two_amounts_stays() -> None:
    found = reckon("the price went from 80 to 92, what's the percentage increase?")
    assert found is not None and found.shown() == "15%"


@pytest.mark.parametrize(("text", "shown"), [
    ("I've averaged 72 over 4 tests. If I get 90 on the next one, what will my average be then?",
     "75.6"),
    ("after 10 games my average is 21 points; next game I score 32. new average?", "22"),
    ("got 18 out of 25 - what is that out of 100?", "72 out of 100"),
    ("convert 45/60 to a score out of 10", "7.5 out of 10"),
    ("my GPA? 3 credits, 4.0; 4 credits, 3.0; 3 credits, 2.0", "3"),
    ("I have 65% on the homework, which is 70% of the grade. The exam is the remaining 30%. "
     "What do I need on the exam to get 70% overall?", "81.67"),
])
def test_marks_after_one_more_and_on_another_scale(text: str, shown: str) -> None:
    found = reckon(text)
    assert found is not None and found.shown() == shown, (text, found)
