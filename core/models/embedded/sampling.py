"""Choosing the next token for every running sequence at once."""

from __future__ import annotations

import torch


def apply_repetition_penalty(
    logits: torch.Tensor, seen: torch.Tensor, penalty: float
) -> torch.Tensor:
    """Make already-seen tokens less likely (the usual CTRL-style penalty).

    ``seen`` is a boolean (rows, vocab) mask of the tokens in each row's prompt and answer.
    """
    if penalty == 1.0:
        return logits
    penalised = torch.where(logits > 0, logits / penalty, logits * penalty)
    return torch.where(seen, penalised, logits)


def choose(
    logits: torch.Tensor, temperatures: list[float], generator: torch.Generator
) -> list[int]:
    """Greedy for rows with temperature 0, sampled for the others."""
    chosen = logits.argmax(dim=-1)
    for row, temperature in enumerate(temperatures):
        if temperature > 0:
            probs = torch.softmax(logits[row] / temperature, dim=-1)
            chosen[row] = torch.multinomial(probs, 1, generator=generator)[0]
    return [int(token) for token in chosen]
