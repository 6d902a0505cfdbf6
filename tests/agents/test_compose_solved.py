"""A later part worked out with the values an earlier part solved for."""

from __future__ import annotations

import pytest

from core.agents.base import AgentResult
from core.agents.compose_solved import uses_solution, with_solution
from core.agents.plan import Subtask


@pytest.mark.parametrize(("solve", "later", "rewritten"), [
    ("solve 3x - 1 = 11", "plug x into x^2 + 2x", "x^2 + 2x"),
    ("solve 2y + 4 = 10", "now use that y to find 4y - 7", "find 4y - 7"),
    ("if 2y + 1 = 9", "then find y^2 - 3 with that y.", "then find y^2 - 3."),
    ("solve p + q = 9 and p - q = 1", "what is p times q?", "what is p times q?"),
])
def test_a_later_part_waits_for_the_solving(solve: str, later: str, rewritten: str) -> None:
    tasks = uses_solution([Subtask("t1", "math", solve), Subtask("t2", "math", later)])
    assert tasks[1].depends_on == ("t1",)
    assert tasks[1].request == rewritten


def test_unrelated_sums_stay_independent() -> None:
    tasks = uses_solution([Subtask("t1", "math", "solve 3x - 1 = 11"),
                           Subtask("t2", "math", "what is 4 * 5?"),
                           Subtask("t3", "math", "simplify a^2 + b")])
    assert tasks[1].depends_on == () and tasks[2].depends_on == ()


def test_the_solution_is_put_into_the_request() -> None:
    task = Subtask("t2", "math", "what is p times q?", ("t1",))
    solved = AgentResult(ok=True, text="**p = 5, q = 4**")
    out = with_solution(task, {"t1": solved})
    assert out.request == "what is (5) times (4)?" and out.depends_on == ()
    single = with_solution(Subtask("t2", "math", "x^2 + 2x", ("t1",)),
                           {"t1": AgentResult(ok=True, text="**x = -3/2**")})
    assert single.request == "(-3/2)^2 + 2(-3/2)"
    failed = AgentResult(ok=False, text="")
    assert with_solution(task, {"t1": failed}) is task


async def test_the_unknowns_unit_said_beside_it() -> None:
    from core.agents.planner import Planner, Request

    plan = await Planner().plan(Request("the box is b kilograms and 5b = 60. what's b, and how "
                                        "many pounds is that?"))
    assert plan.subtasks[-1].request.startswith("assuming it is in kilograms,")
