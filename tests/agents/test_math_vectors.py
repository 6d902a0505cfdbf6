"""Vectors and matrices named by letters or asked by a word: traces, named products,
matrix systems, cross products of named vectors, projections, rows told in words."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))


@pytest.mark.parametrize(("text", "expected"), [
    ("what's the trace of the matrix [[2, 5], [1, -7]]?", "-5"),
    ("sum of the main diagonal of [[1, 2, 3], [4, 5, 6], [7, 8, 9]]", "15"),
    ("let M = [[1, 2], [3, 4]] and N = [[0, 1], [1, 0]]; compute NM", "[[3, 4], [1, 2]]"),
    ("P = [[2, 0], [0, 2]], Q = [[1, 1], [2, 3]]. find P times Q", "[[2, 2], [4, 6]]"),
    ("solve Mx = c where M = [[2, 1], [1, 3]] and c = [5, 10]", "(1, 3)"),
    ("a = (1, 0, 0), b = (0, 1, 0). what is a × b?", "(0, 0, 1)"),
    ("p = [1, 2, 3] and q = [4, 5, 6], find the cross product of p and q", "(-3, 6, -3)"),
    ("vector projection of (2, 3) onto (1, 0)", "(2, 0)"),
    ("component of (3, 4) along (0, 1)?", "4"),
    ("first row 3 and 1, second row 2 and 4: determinant?", "10"),
    ("what's the angle made between (1, 0) and (0, 1)", "90"),
], ids=lambda v: v[:40])
async def test_named_vectors_and_matrices(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok and expected in result.text.replace("**", ""), (text, result.text)


@pytest.mark.parametrize("text", [
    "my trace of the river walk was 5 km",
    "a = 3 and b = 4 are my lucky numbers",
])
async def test_vector_words_in_chat_stay_chat(text: str) -> None:
    call = find_math(text)
    assert call is None or call.operation != "values", (text, call)
