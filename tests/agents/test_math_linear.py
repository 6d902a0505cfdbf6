"""Linear algebra in the ways people type matrices and vectors, and roots to decimal
places: each answered exactly."""

from __future__ import annotations

import pytest

from core.agents.base import AgentContext
from core.agents.math_agent import make_math_agent
from core.agents.mathmatrix import matrix_ask
from core.agents.mathtext import find_math
from core.agents.plan import Subtask
from core.messages import PersonKey
from core.tools.calculator import MathTools
from core.tools.workers import WorkerPool

pytestmark = pytest.mark.asyncio(loop_scope="module")
CONTEXT = AgentContext(PersonKey(1))

ANSWERS = [
    ("determinant of [[3, 8], [4, 6]]", "-14"),
    ("what's the det of [2 1; 7 4]?", "1"),
    ("find the determinant of the 3 by 3 matrix with rows 1 2 3 / 0 1 4 / 5 6 0", "1"),
    ("det((1,0,2),(0,3,0),(4,0,5))", "-9"),
    ("Matrix rows: 4 7 ; 2 6. What is its determinant?", "10"),
    ("eigenvalues of [[2, 1], [1, 2]]", "3, 1"),
    ("what are the eigen values of the matrix [4 0; 0 -5]", "4, -5"),
    ("find the eigenvalues for rows 5 4 / 1 2", "6, 1"),
    ("inverse of ((4, 7), (2, 6))", "[[3/5, -7/10], [-1/5, 2/5]]"),
    ("compute the dot product of [1, 2, 3] and [4, -5, 6]", "12"),
    ("u = (2, -1) and v = (3, 4): scalar product?", "2"),
    ("<1, 1, 1> · <2, 3, 4>", "9"),
    ("(2, 5) dot (3, -1)", "1"),
    ("multiply [[1, 2], [3, 4]] by [[0, 1], [1, 0]]", "[[2, 1], [4, 3]]"),
    ("what's ((2,0),(1,3)) x ((1,1),(0,2))?", "[[2, 2], [1, 7]]"),
    ("[1 2; 3 4] times [5; 6]", "[[17], [39]]"),
    ("solve x^2 - 5x + 3 = 0 to 2 decimal places", "x = 0.70, x = 4.30"),
    ("roots of 2x^2 + x - 4 = 0, rounded to 3 dp", "x = 1.186"),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
async def test_linear_algebra_is_answered(pool: WorkerPool, text: str, expected: str) -> None:
    assert find_math(text) is not None, text
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert result.ok, result.text
    assert f"**{expected}**" in result.text or expected in result.text, result.text


@pytest.mark.parametrize("text", [
    "connect the dots between (1, 2) and (3, 4, 5)",
    "we ate 2 and 3 dots of cake",
    "draw a dot at (1, 2) and another at (3, 4)",
    "the rows 1 2 3 and 4 5 look odd",
])
async def test_not_linear_algebra(text: str) -> None:
    assert matrix_ask(text) is None


VECTORS = [
    ("what is (1, 2, 3) crossed with (4, 5, 6)?", "(-3, 6, -3)"),
    ("cross product: <2, 0, 1> and <1, 3, -2>", "(-3, 5, 6)"),
    ("find the vector product of [1, 0, 0] and [0, 1, 0]", "(0, 0, 1)"),
    ("magnitude of <3, 4>", "5"),
    ("what's the length of the vector (1, 2, 2)?", "3"),
    ("norm of the vector [6, 8]", "10"),
    ("multiply the matrix [[1, 2], [3, 4]] by the vector (5, 6)", "(17, 39)"),
    ("[[2, 0], [0, 3]] * [1, -1]", "(2, -3)"),
    ("what is [[1, 2], [3, 4]] squared?", "[[7, 10], [15, 22]]"),
    ("M = [[0, 1], [1, 1]]; find M^2", "[[1, 1], [1, 2]]"),
    ("let B be [[2, 1], [0, 2]]. what is B times B?", "[[4, 4], [0, 4]]"),
    ("how long is the vector (1, 1)? 3 decimals", "1.414"),
    ("what is 12.5% of 19", "2.38"),
    ("legs 2 and 3: how long is the hypotenuse, 2 decimals?", "3.61"),
    ("sqrt(5) (2 dp) please?", "2.24"),
]


@pytest.mark.parametrize(("text", "expected"), VECTORS)
async def test_vectors_and_rounded_values(pool: WorkerPool, text: str, expected: str) -> None:
    result = await make_math_agent(MathTools(pool))(Subtask("t1", "math", text), CONTEXT, {})
    assert find_math(text) is not None, text
    assert expected in result.text, result.text


@pytest.mark.parametrize("text", [
    "I scored 7 (2 decimals) on the test",
    "the arrows (1, 2, 3) and (4, 5, 6) crossed paths",
    "my vector art has 3 layers",
])
async def test_not_vectors(text: str) -> None:
    assert find_math(text) is None
