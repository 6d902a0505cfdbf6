"""The Discord bench's bookkeeping (the bench itself runs with `muse bench discord`)."""

from __future__ import annotations

from bench.discord import REPLY, RunResult, cpu_seconds, summary, table


def run(rate: float, p99: float, duplicates: int = 0) -> RunResult:
    return RunResult(rate, 2.0, 1.0, 1500, 1500, 3.0, p99, 0.5, 500, 500, duplicates)


def test_medians_goals_and_table() -> None:
    result = summary([run(350, 20), run(310, 60), run(400, 30)])
    assert result["saturation_msg_per_s"] == 350 and result["open_loop_p99_ms"] == 30
    assert result["meets_goals"] and result["muse_msg_per_cpu_s"] == 500
    assert not summary([run(350, 20, duplicates=1)])["meets_goals"]
    assert not summary([run(250, 20)])["meets_goals"]
    assert "median" in table([run(350, 20)], summary([run(350, 20)]))


def test_reply_is_200_characters_and_cpu_is_read() -> None:
    import os

    assert len(REPLY) == 200
    assert cpu_seconds(os.getpid()) > 0
    assert cpu_seconds(None) == 0.0
