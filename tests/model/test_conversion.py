"""First-start conversion: atomic, locked against a second process, reused afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from core.models.embedded import EmbeddedBackend
from core.models.embedded.files import COMPLETE_MARKER, ensure_converted, find_gguf, is_complete

ROOT = Path(__file__).resolve().parents[2]

# A converter that takes a while and records when it ran, launched in its own process.
CHILD = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from core.models.embedded.files import ensure_converted

    target, log = Path(sys.argv[1]), Path(sys.argv[2])

    def convert(out: Path) -> None:
        start = time.monotonic()
        time.sleep(0.6)
        (out / "weights.bin").write_bytes(b"w" * 1000)
        with log.open("a") as f:
            f.write(json.dumps([start, time.monotonic()]) + "\\n")

    wrote = ensure_converted(target, convert, timeout_s=30)
    print("wrote" if wrote else "reused")
    """
)


def _spawn(target: Path, log: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(target), str(log)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )


def test_two_processes_convert_once(tmp_path: Path) -> None:
    target, log = tmp_path / "models" / "m-bf16", tmp_path / "log.jsonl"
    children = [_spawn(target, log) for _ in range(2)]
    outputs = sorted(child.communicate(timeout=60)[0].strip() for child in children)
    assert outputs == ["reused", "wrote"]
    assert len(log.read_text().splitlines()) == 1
    assert is_complete(target) and (target / "weights.bin").stat().st_size == 1000
    assert target.stat().st_mode & 0o777 == 0o700
    assert (target / "weights.bin").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []


def test_a_failed_conversion_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "models" / "m-bf16"

    def broken(out: Path) -> None:
        (out / "half.bin").write_bytes(b"x")
        raise OSError("disk full")

    with pytest.raises(OSError):
        ensure_converted(target, broken)
    assert not target.exists()
    assert sorted(p.name for p in target.parent.iterdir()) == ["m-bf16.lock"]


def test_a_finished_copy_is_reused_without_converting(tmp_path: Path) -> None:
    target = tmp_path / "m"
    calls: list[Path] = []
    assert ensure_converted(target, calls.append)
    assert not ensure_converted(target, calls.append)
    assert len(calls) == 1 and (target / COMPLETE_MARKER).is_file()


def test_the_session_model_loads_from_the_converted_cache(backend: EmbeddedBackend) -> None:
    source = find_gguf()
    assert source.path.is_file() and source.path.suffix == ".gguf"
    directory = Path(backend._require()[0].model.name_or_path)
    assert is_complete(directory)
    assert directory.is_relative_to(backend.options.cache_dir)
    config = json.loads((directory / "config.json").read_text())
    assert "quantization_config" not in config
    assert (directory / "model.safetensors").stat().st_size > 200_000_000
