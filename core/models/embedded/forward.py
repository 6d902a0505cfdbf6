"""The model's forward pass over a slot cache: one KV region per sequence.

Every running sequence owns a slot: a region of a preallocated key/value tensor plus its
own length. Active slots are kept contiguous (``0..n-1``) so a decode step reads them as a
view, without copying the cache. A decode step advances every active slot by one token in
a single batched forward; a prefill feeds one sequence's prompt (in chunks) into its slot.
The layer weights are the transformers Llama modules themselves; only the attention's
cache handling is done here.
"""

from __future__ import annotations

from typing import Any

import torch
from torch.nn import functional as F
from transformers.models.llama.modeling_llama import apply_rotary_pos_emb

PREFILL_BUCKET = 32
DECODE_BUCKET = 64


class SlotCache:
    """Keys and values for ``slots`` sequences, grown on demand up to ``max_tokens``."""

    def __init__(self, config: Any, slots: int, max_tokens: int, dtype: torch.dtype) -> None:
        self.layers = int(config.num_hidden_layers)
        self.kv_heads = int(config.num_key_value_heads)
        self.head_dim = int(
            getattr(config, "head_dim", config.hidden_size // config.num_attention_heads)
        )
        self.slots = slots
        self.max_tokens = max_tokens
        self.dtype = dtype
        self.lengths = [0] * slots
        self.capacity = 0
        self.keys = self._alloc(0)
        self.values = self._alloc(0)

    def _alloc(self, capacity: int) -> torch.Tensor:
        shape = (self.layers, self.slots, self.kv_heads, capacity, self.head_dim)
        return torch.zeros(shape, dtype=self.dtype)

    def reserve(self, tokens: int) -> None:
        """Make room for ``tokens`` positions in every slot (doubling, capped)."""
        if tokens <= self.capacity:
            return
        if tokens > self.max_tokens:
            raise ValueError(f"{tokens} positions exceed the context of {self.max_tokens}")
        capacity = min(self.max_tokens, max(tokens, 2 * self.capacity, 256))
        keys, values = self._alloc(capacity), self._alloc(capacity)
        keys[..., : self.capacity, :] = self.keys
        values[..., : self.capacity, :] = self.values
        self.keys, self.values, self.capacity = keys, values, capacity

    def move(self, source: int, target: int) -> None:
        """Copy a slot's entries into another slot (used to keep active slots contiguous)."""
        length = self.lengths[source]
        self.keys[:, target, :, :length] = self.keys[:, source, :, :length]
        self.values[:, target, :, :length] = self.values[:, source, :, :length]
        self.lengths[target] = length

    def reset(self, slot: int) -> None:
        self.lengths[slot] = 0


def _project(attn: Any, x: torch.Tensor, heads: int, head_dim: int) -> torch.Tensor:
    batch, steps, _ = x.shape
    out: torch.Tensor = attn(x).view(batch, steps, heads, head_dim).transpose(1, 2)
    return out


def _qkv(
    layer: Any, x: torch.Tensor, cache: SlotCache, rope: tuple[torch.Tensor, torch.Tensor]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    attn = layer.self_attn
    heads = int(attn.q_proj.out_features) // cache.head_dim
    q = _project(attn.q_proj, x, heads, cache.head_dim)
    k = _project(attn.k_proj, x, cache.kv_heads, cache.head_dim)
    v = _project(attn.v_proj, x, cache.kv_heads, cache.head_dim)
    q, k = apply_rotary_pos_emb(q, k, *rope)
    return q, k, v


def _finish_layer(layer: Any, hidden: torch.Tensor, attended: torch.Tensor) -> torch.Tensor:
    batch, _, steps, _ = attended.shape
    merged = attended.transpose(1, 2).reshape(batch, steps, -1)
    hidden = hidden + layer.self_attn.o_proj(merged)
    out: torch.Tensor = hidden + layer.mlp(layer.post_attention_layernorm(hidden))
    return out


def _bucket(size: int, step: int, limit: int) -> int:
    """``size`` rounded up to a multiple of ``step`` (at most ``limit``, at least ``size``).

    The CPU kernels cache a plan per tensor shape; rounding shapes keeps that cache (and the
    process's memory) from growing with every new prompt or context length.
    """
    return max(size, min(limit, -(-size // step) * step))


def _logits(model: Any, hidden: torch.Tensor, index: int = -1) -> torch.Tensor:
    last = model.model.norm(hidden[:, index, :])
    out: torch.Tensor = model.lm_head(last).float()
    return out


def _decode_attention(
    q: torch.Tensor, keys: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, scale: float
) -> torch.Tensor:
    """One query per row against its slot's keys (grouped-query), as two small matmuls.

    For a single query position this is several times faster on CPU than the fused kernel.
    """
    count, kv_heads, _, head_dim = keys.shape
    grouped = q.view(count, kv_heads, -1, head_dim).float()
    # float32 here is far faster than bf16 matmuls on these strided cache views.
    scores = torch.matmul(grouped, keys.float().transpose(-1, -2)) * scale
    scores = scores.masked_fill(~mask, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    attended = torch.matmul(weights, values.float()).to(q.dtype)
    return attended.view(count, -1, 1, head_dim)


def prefill(model: Any, cache: SlotCache, slot: int, token_ids: list[int]) -> torch.Tensor:
    """Feed ``token_ids`` after what ``slot`` already holds; return the last logits (vocab,)."""
    start, steps = cache.lengths[slot], len(token_ids)
    # Padding tokens after the prompt do not change it (attention is causal); their entries
    # lie beyond the slot's length, where nothing reads them.
    end = start + _bucket(steps, PREFILL_BUCKET, cache.max_tokens - start)
    cache.reserve(end)
    padded = token_ids + [0] * (end - start - steps)
    ids = torch.tensor([padded], dtype=torch.long)
    positions = torch.arange(start, end, dtype=torch.long).unsqueeze(0)
    hidden = model.model.embed_tokens(ids)
    rope = model.model.rotary_emb(hidden, positions)
    mask = None
    if start:
        mask = torch.arange(end).unsqueeze(0) <= positions.view(end - start, 1)
    for index, layer in enumerate(model.model.layers):
        q, k, v = _qkv(layer, layer.input_layernorm(hidden), cache, rope)
        cache.keys[index, slot, :, start:end] = k[0]
        cache.values[index, slot, :, start:end] = v[0]
        if start:
            k = cache.keys[index, slot : slot + 1, :, :end]
            v = cache.values[index, slot : slot + 1, :, :end]
        attended = F.scaled_dot_product_attention(
            q,
            k,
            v,
            attn_mask=mask,
            is_causal=mask is None,
            scale=layer.self_attn.scaling,
            enable_gqa=True,
        )
        hidden = _finish_layer(layer, hidden, attended)
    cache.lengths[slot] = start + steps
    return _logits(model, hidden, steps - 1)[0]


def decode(model: Any, cache: SlotCache, tokens: list[int]) -> torch.Tensor:
    """Advance slots ``0..len(tokens)-1`` by one token each; return their logits (n, vocab)."""
    count = len(tokens)
    lengths = torch.tensor(cache.lengths[:count], dtype=torch.long)
    longest = _bucket(int(lengths.max()) + 1, DECODE_BUCKET, cache.max_tokens)
    cache.reserve(longest)
    ids = torch.tensor(tokens, dtype=torch.long).view(count, 1)
    hidden = model.model.embed_tokens(ids)
    rope = model.model.rotary_emb(hidden, lengths.view(count, 1))
    mask = (torch.arange(longest).unsqueeze(0) <= lengths.view(count, 1)).view(count, 1, 1, longest)
    rows = torch.arange(count)
    for index, layer in enumerate(model.model.layers):
        q, k, v = _qkv(layer, layer.input_layernorm(hidden), cache, rope)
        keys, values = cache.keys[index], cache.values[index]
        keys[rows, :, lengths] = k[:, :, 0]
        values[rows, :, lengths] = v[:, :, 0]
        attended = _decode_attention(
            q, keys[:count, :, :longest], values[:count, :, :longest], mask, layer.self_attn.scaling
        )
        hidden = _finish_layer(layer, hidden, attended)
    for slot in range(count):
        cache.lengths[slot] += 1
    return _logits(model, hidden)
