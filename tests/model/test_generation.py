"""Real tokens from the embedded model, and the batched forward pass against transformers."""

from __future__ import annotations

import asyncio
from pathlib import Path

import torch

from core.models.base import ChatMessage, GenerationRequest
from core.models.embedded import EmbeddedBackend
from core.models.embedded.forward import SlotCache, decode, prefill
from core.models.embedded.loading import load_directory
from core.models.embedded.prompt import encode_chat
from tests.model.helpers import ask, collect


async def test_answers_a_simple_question(backend: EmbeddedBackend) -> None:
    async with asyncio.timeout(30):
        answer = await collect(backend, ask("What is the capital of France?"))
    assert "Paris" in answer


async def test_streams_several_deltas_within_the_cap(backend: EmbeddedBackend) -> None:
    request = ask("Write a short poem about the sea.", max_new_tokens=12)
    async with asyncio.timeout(30):
        deltas = [d async for d in backend.stream(request)]
    assert len(deltas) >= 3
    assert all(isinstance(d, str) and d for d in deltas)
    assert backend.count_tokens("".join(deltas)) <= 13


def test_counts_tokens_with_the_tokenizer(backend: EmbeddedBackend) -> None:
    assert backend.count_tokens("") == 0
    assert 1 <= backend.count_tokens("hello world") <= 3


def test_chat_template_wraps_turns_and_drops_old_ones_to_fit(backend: EmbeddedBackend) -> None:
    tokenizer = backend._require()[0].tokenizer
    messages = (
        ChatMessage("system", "You are Muse."),
        ChatMessage("user", "old " * 300),
        ChatMessage("user", "What is 2+2?"),
    )
    full = encode_chat(tokenizer, messages, budget=10_000)
    fitted = encode_chat(tokenizer, messages, budget=100)
    text = tokenizer.decode(fitted)
    assert len(full) > 300 and len(fitted) < 100
    assert "<|im_start|>system\nYou are Muse.<|im_end|>" in text
    assert text.endswith("What is 2+2?<|im_end|>\n<|im_start|>assistant\n")


def test_slot_forward_matches_plain_generate(backend: EmbeddedBackend) -> None:
    # In float32 the slot forward is exact; bf16 rounding may flip near-ties.
    directory = Path(backend._require()[0].model.name_or_path)
    loaded = load_directory(directory, "float32")
    model, tokenizer = loaded.model, loaded.tokenizer
    request = GenerationRequest(messages=(ChatMessage("user", "Name three colours."),))
    ids = encode_chat(tokenizer, request.messages, budget=512)
    with torch.inference_mode():
        reference = model.generate(torch.tensor([ids]), max_new_tokens=8, do_sample=False)
        cache = SlotCache(model.config, 2, 256, model.dtype)
        prefill(model, cache, 1, [5, 6, 7])  # another sequence in the neighbouring slot
        tokens = [int(prefill(model, cache, 0, ids[:10]).argmax())]
        tokens = [int(prefill(model, cache, 0, ids[10:]).argmax())]
        for _ in range(7):
            tokens.append(int(decode(model, cache, [tokens[-1], 9])[0].argmax()))
    assert tokens == reference[0, len(ids) :].tolist()
