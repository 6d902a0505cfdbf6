"""``muse bench slack`` in miniature: three processes, every event answered."""

from __future__ import annotations

import json
from pathlib import Path

from bench import slack as bench


def test_the_benchmark_runs_end_to_end(tmp_path: Path, capsys: object) -> None:
    out = tmp_path / "slack.json"
    assert bench.main(["--runs", "1", "--events", "40", "--channels", "5", "--rate", "20",
                       "--seconds", "1", "--light-rate", "10", "--output", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["saturation"]["answered"] == [40]
    assert report["open_loop"]["answered"] == [20]
    assert report["open_loop_light"]["answered"] == [5]
    assert report["saturation"]["events_per_s"] > 0
    assert 0 < report["open_loop"]["ack_p99_ms"] < 3000
