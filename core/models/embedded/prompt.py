"""Turning a request's messages into prompt token ids with the model's chat template."""

from __future__ import annotations

from typing import Any

from core.models.base import ChatMessage

# The template knows system, user and assistant; a tool result reads as a user turn.
ROLES = {"system": "system", "user": "user", "assistant": "assistant", "tool": "user"}


def as_template_messages(messages: tuple[ChatMessage, ...]) -> list[dict[str, str]]:
    return [{"role": ROLES[m.role], "content": m.content} for m in messages]


def encode_chat(tokenizer: Any, messages: tuple[ChatMessage, ...], budget: int) -> list[int]:
    """Prompt ids within ``budget`` tokens: the oldest non-system turns are dropped first."""
    kept = list(messages)
    while True:
        ids = _apply(tokenizer, tuple(kept))
        if len(ids) <= budget or not _droppable(kept):
            return ids[-budget:] if budget > 0 else ids
        kept.pop(_droppable(kept)[0])


def _droppable(messages: list[ChatMessage]) -> list[int]:
    """Indices that may be dropped: everything but system messages and the last turn."""
    return [i for i, m in enumerate(messages[:-1]) if m.role != "system"]


def _apply(tokenizer: Any, messages: tuple[ChatMessage, ...]) -> list[int]:
    encoded = tokenizer.apply_chat_template(
        as_template_messages(messages), add_generation_prompt=True, tokenize=True
    )
    ids = encoded["input_ids"] if not isinstance(encoded, list) else encoded
    return [int(i) for i in ids]
