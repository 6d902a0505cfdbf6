"""Number puzzles told in words: each kind in wordings of its own."""

from __future__ import annotations

import pytest

from core.agents.mathpuzzle import puzzle
from core.agents.mathtext import find_math
from core.agents.wording import expand


@pytest.mark.parametrize(("text", "expression"), [
    ("two numbers total 40 and their difference is 6. what's the smaller one?", "(40 - 6)/2"),
    ("the sum of two numbers is 50 and one is 8 more than the other. find the bigger",
     "(50 + 8)/2"),
    ("4 consecutive integers sum to 106, what is the smallest?", "25"),
    ("3 consecutive even numbers add up to 78. which is the biggest?", "28"),
    ("my mean over 4 quizzes is 70; what do I need on the next quiz to get a mean of 75?",
     "75*5 - 280"),
    ("the mean of 6 values is 10. if we remove the value 4, what is the new mean?",
     "(60 - 4)/5"),
    ("20 boys with an average of 60 and 30 girls with an average of 70: overall average?",
     "(20*60 + 30*70)/(20 + 30)"),
    ("5 scores have an average of 12. 4 of them are 10, 11, 12 and 13. what is the other one?",
     "60 - 10 - 11 - 12 - 13"),
    ("20% off and then a further 10% off: what is the overall discount?",
     "(1 - (1 - 20/100) * (1 - 10/100))*100"),
    ("what's the 10th fibonacci number?", "55"),
    ("she read 1/3 of the book on monday and 1/4 on tuesday. what fraction is left to read?",
     "1 - 1/3 - 1/4"),
    ("a quadrilateral has angles of 90, 80 and 100 degrees. what is the fourth angle?",
     "360 - 90 - 80 - 100"),
    ("toss a coin 5 times: what's the probability of all tails?", "1/2^5"),
])
def test_a_told_puzzle_is_one_sum(text: str, expression: str) -> None:
    found = puzzle(expand(text).lower())
    assert found is not None and found.expression == expression, (text, found)


@pytest.mark.parametrize("text", [
    "my two kids are 4 and 7 and they fight all day",
    "we had 3 consecutive days of rain",
    "I flipped a coin 3 times for fun",
    "the average of 5 numbers is 42",
])
def test_a_statement_stays_conversation(text: str) -> None:
    assert puzzle(expand(text).lower()) is None and find_math(text) is None, text


def test_how_old_asks_for_neither_end_so_both_ages_are_solved() -> None:
    text = "a dad is 26 years older than his son and together they are 48. how old is the son?"
    assert puzzle(expand(text).lower()) is None
    found = find_math(text)
    assert found is not None and found.expression == "x + y = 48, x - y = 26", found


@pytest.mark.parametrize(("text", "first"), [
    ("they sold 200 seats, students $5 and adults $10, and made $1500. how many of each?",
     "students"),
])
def test_a_count_told_before_the_prices(text: str, first: str) -> None:
    found = find_math(text)
    assert found is not None and found.operation == "values" and found.expression.startswith(
        first), (text, found)


def test_bundles_priced_together_are_a_system() -> None:
    found = find_math("2 pens and 3 pads cost $7; 2 pens and 1 pad cost $3. price of a pad?")
    assert found is not None and found.operation == "solve", found
