"""Series written from their first terms (powers, constant ratios), limits written
``lim_(x→a)`` or ``lim (x -> a)``, integrals with π as a bound, and values put into an
expression, an equation or a formula — each one request, not split at its "...", its
"if …" values or a sentence's full stop."""

from __future__ import annotations

import pytest

from core.tools.workers import WorkerPool
from tests.agents.test_math_digits import answer

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.mark.parametrize(("text", "expected"), [
    ("1² + 2² + 3² + ... + 12² = ?", "= 650"),
    ("what is 1^3 + 2^3 + ... + 10^3", "= 3025"),
    ("3 + 6 + 12 + ... + 768", "= 1533"),
    ("1 + 3 + 9 + 27 + ... + 3^8", "= 9841"),
    ("1 + 2 + 3 + ... + 40", "= 820"),
    ("lim_(x→2) (x^2 - 4)/(x - 2)", "4\n"),
    ("find lim (x -> 3) 2x^2 - x", "15\n"),
    ("∫_0^π 4sin(x) dx", "8\n"),
    ("if p = 3 and q = -1, what is 2p^2 + 3pq - q^2?", "= 8\n"),
    ("y = 3x - 9. if y is 6, what is x?", "x = 5\n"),
    ("for 2a + 3b = 20, find b when a = 4", "b = 4\n"),
    ("V = L*W*H with L = 2, W = 3.5, H = 4. what is V?", "v = 28\n"),
    ("solve log_2(3x - 1) = 5", "x = 11"),
    ("please collect like terms in 6m + 2n - m + 5n", "5m + 7n"),
    ("pull out the highest common factor of 12y^2 - 8y", "4y(3y - 2)"),
    ("slope of a line perpendicular to y = 4x - 2", "slope = -1/4"),
    ("gradient of the line parallel to y = -2x + 7", "slope = -2"),
    ("find the domain of g(x) = sqrt(2x + 8)", "x ≥ -4"),
    ("average rate of change of f(x) = x^3 - x from x = 1 to x = 3", "= 12\n"),
], ids=lambda v: v[:40])
async def test_series_limits_and_values(pool: WorkerPool, text: str, expected: str) -> None:
    assert expected in await answer(pool, text)
