"""Prompts that stay small: a short system prompt, recent history within a token budget,
and notes (memories, image facts) as third-person lines inside the current turn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.models.base import ChatMessage

TRUNCATION_NOTICE = ("_Your message was very long, so I read only the first part of it._\n\n")


@dataclass(frozen=True, slots=True)
class Cut:
    text: str
    truncated: bool


def cut_to_budget(text: str, budget: int, count: Callable[[str], int]) -> Cut:
    """Cut ``text`` to at most ``budget`` tokens (binary search on characters)."""
    if count(text) <= budget:
        return Cut(text, False)
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if count(text[:mid]) <= budget:
            low = mid
        else:
            high = mid - 1
    return Cut(text[:low], True)


def fit_history(history: list[tuple[str, str]], budget: int,
                count: Callable[[str], int]) -> list[ChatMessage]:
    """The most recent turns that fit ``budget`` tokens, oldest first."""
    kept: list[ChatMessage] = []
    used = 0
    for role, text in reversed(history):
        cost = count(text) + 4
        if used + cost > budget:
            break
        used += cost
        kept.append(ChatMessage(role="user" if role == "user" else "assistant", content=text))
    kept.reverse()
    return kept


def current_turn(text: str, notes: list[str]) -> str:
    if not notes:
        return text
    lines = "\n".join(f"- {n}" for n in notes)
    return f"(Notes for Muse, not written by the person:\n{lines})\n\n{text}"


def build_messages(system: str, history: list[ChatMessage], text: str,
                   notes: list[str], images: tuple[bytes, ...] = ()) -> tuple[ChatMessage, ...]:
    return (
        ChatMessage(role="system", content=system),
        *history,
        ChatMessage(role="user", content=current_turn(text, notes), images=images),
    )
