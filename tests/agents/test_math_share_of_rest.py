"""Shares taken in turn: each of the whole, or of what was left when the message says so
("of the rest", "of what remained"), of the one amount given first; a share is never read
as two amounts."""

from __future__ import annotations

from core.agents.mathtext import parse_math
from core.agents.money_everyday import money_left
from core.agents.wording import expand


def test_a_share_of_what_remained_of_an_amount() -> None:
    call = parse_math("Leo was paid $2400. He put 1/4 into savings and then 2/3 of what "
                      "remained into bills. How much is left?")
    assert call.expression == "2400 * ((1 - 1/4) * (1 - 2/3))"


def test_shares_of_the_rest_without_an_amount() -> None:
    call = parse_math("we ate 1/3 of a tart, then 1/2 of the rest. what part is left?")
    assert call.expression == "(1 - 1/3) * (1 - 1/2)"


def test_shares_of_the_whole_still_add_up() -> None:
    call = parse_math("1/5 of the class walks and 1/2 take the bus. what fraction remains?")
    assert call.expression == "1 - 1/5 - 1/2"


def test_a_budget_with_shares_is_not_read_as_amounts() -> None:
    text = expand("My salary is $3000; 1/3 goes on rent and 1/6 on food. How much is left?")
    assert money_left(text.lower()) is None
