"""Sampling, dtype choice and incremental detokenisation."""

from __future__ import annotations

from pathlib import Path

import torch

from config.settings import Settings
from core.models.embedded import EmbeddedBackend, create
from core.models.embedded.detok import IncrementalDecoder
from core.models.embedded.loading import pick_dtype
from core.models.embedded.sampling import apply_repetition_penalty, choose


def test_repetition_penalty_lowers_only_seen_tokens() -> None:
    logits = torch.tensor([[2.0, -2.0, 2.0, -2.0]])
    seen = torch.tensor([[True, True, False, False]])
    out = apply_repetition_penalty(logits, seen, 2.0)
    assert out.tolist() == [[1.0, -4.0, 2.0, -2.0]]


def test_penalty_changes_the_greedy_choice() -> None:
    logits = torch.tensor([[3.0, 2.0]])
    seen = torch.tensor([[True, False]])
    generator = torch.Generator().manual_seed(0)
    assert choose(logits, [0.0], generator) == [0]
    assert choose(apply_repetition_penalty(logits, seen, 2.0), [0.0], generator) == [1]


def test_sampling_follows_the_distribution() -> None:
    logits = torch.tensor([[0.0, 50.0, 0.0]])
    generator = torch.Generator().manual_seed(0)
    assert {choose(logits, [1.0], generator)[0] for _ in range(20)} == {1}


def test_dtype_follows_the_cpu_unless_configured() -> None:
    assert pick_dtype("auto", frozenset({"avx512f", "avx512_bf16"})) == "bfloat16"
    assert pick_dtype("auto", frozenset({"amx_bf16"})) == "bfloat16"
    assert pick_dtype("auto", frozenset({"avx2"})) == "float32"
    assert pick_dtype("float32", frozenset({"avx512_bf16"})) == "float32"
    assert pick_dtype("bfloat16", frozenset()) == "bfloat16"


def test_incremental_decoding_rebuilds_the_text(backend: EmbeddedBackend) -> None:
    tokenizer = backend._require()[0].tokenizer
    text = "Héllo wörld 🙂 — naïve café, 17×23 = 391."
    decoder = IncrementalDecoder(tokenizer)
    deltas = [decoder.push(token) for token in tokenizer.encode(text, add_special_tokens=False)]
    assert "".join(deltas) == text
    assert all("\ufffd" not in delta for delta in deltas)


def test_create_reads_the_settings(tmp_path: Path) -> None:
    settings = Settings(
        cache_dir=tmp_path,
        model={"max_new_tokens": 100, "transformers": {"max_batch": 3, "dtype": "float32"}},
    )
    backend = create(settings)
    assert backend.name == "transformers"
    assert backend.options.cache_dir == tmp_path
    assert backend.options.max_batch == 3 and backend.options.dtype == "float32"
    assert backend.options.max_new_tokens == 100
    assert backend.count_tokens("abcdefgh") == 2  # an estimate until started
