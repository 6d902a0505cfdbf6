"""The split invariant: nothing lost, every part within the limit, nothing cut in half."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bots.delivery import Entity, render, split, text_length
from bots.delivery.capabilities import Dialect, LengthUnit

PIECES = st.sampled_from([
    "word ", "longerword ", "\n", "\n\n", "😀", "é", "e\u0301", "👩‍💻", "**bold** ",
    "`code` ", "[link](https://example.org) ", "<!channel> ", "@everyone ", "& < > ",
    "\n```python\nprint('hi')\nx = 1\n```\n", "- item\n", "# Title\n", "_it_ ",
])
MARKDOWN = st.lists(PIECES, min_size=0, max_size=400).map("".join)


def _check(markdown: str, dialect: Dialect, unit: LengthUnit, limit: int) -> None:
    rendered = render(markdown, dialect)
    chunks = split(rendered, limit, unit, dialect)
    assert "".join(c.text for c in chunks) == rendered.text
    for chunk in chunks:
        assert text_length(chunk.display, unit) <= limit
    # No cut inside a surrogate pair, a ZWJ sequence or a combining sequence.
    for a, b in pairwise(chunks):
        if a.text and b.text:
            assert b.text[0] not in "\u0301\u200d" and a.text[-1] != "\u200d"
    _check_entities(rendered.text, rendered.entities, chunks)


def _check_entities(text: str, entities: tuple[Entity, ...], chunks: list) -> None:  # type: ignore[type-arg]
    """Re-based chunk entities, merged where adjacent pieces continue each other, give back
    the original entities."""
    rebuilt: list[tuple[str, int, int]] = []
    offset = 0
    for chunk in chunks:
        for e in chunk.entities:
            assert e.length > 0
            start = offset + e.offset
            prev = next((r for r in rebuilt if r[0] == e.type and r[1] + r[2] == start
                         and e.offset == 0), None)
            if prev is not None:
                rebuilt.remove(prev)
                rebuilt.append((e.type, prev[1], prev[2] + e.length))
            else:
                rebuilt.append((e.type, start, e.length))
        offset += text_length(chunk.text, "utf16")
    assert sorted(rebuilt) == sorted((e.type, e.offset, e.length) for e in entities)


@settings(max_examples=60, deadline=None)
@given(MARKDOWN, st.sampled_from(["telegram", "slack", "discord"]),
       st.integers(min_value=60, max_value=400))
def test_split_invariant(markdown: str, dialect: Dialect, limit: int) -> None:
    unit: LengthUnit = "utf16" if dialect == "telegram" else "chars"
    _check(markdown, dialect, unit, limit)


@pytest.mark.parametrize(("dialect", "limit"), [("telegram", 4096), ("discord", 2000),
                                                ("slack", 3000)])
def test_long_reply_with_code_blocks(dialect: Dialect, limit: int) -> None:
    rng = random.Random(7)
    blocks = []
    while sum(map(len, blocks)) < 100_000:
        if rng.random() < 0.3:
            body = "\n".join(f"line_{i} = {i} * 2  # 😀" for i in range(rng.randint(5, 400)))
            blocks.append(f"```python\n{body}\n```\n\n")
        else:
            blocks.append(" ".join(rng.choice(["alpha", "**beta**", "`gamma`", "δ", "👩‍💻"])
                                   for _ in range(rng.randint(20, 300))) + "\n\n")
    markdown = "".join(blocks)
    unit: LengthUnit = "utf16" if dialect == "telegram" else "chars"
    _check(markdown, dialect, unit, limit)
    chunks = split(render(markdown, dialect), limit, unit, dialect)
    assert len(chunks) >= 100_000 // limit


def test_code_fence_reopened_across_parts() -> None:
    code = "\n".join(f"x{i} = {i}" for i in range(400))
    chunks = split(render(f"intro\n\n```python\n{code}\n```\noutro", "discord"), 500,
                   "chars", "discord")
    middle = chunks[1]
    assert middle.prefix == "```python\n" and middle.display.count("```") == 2


def test_telegram_entities_survive_the_split() -> None:
    markdown = "**" + "bold words " * 800 + "end**"
    rendered = render(markdown, "telegram")
    chunks = split(rendered, 4096, "utf16", "telegram")
    assert len(chunks) >= 2
    assert all(c.entities and c.entities[0].type == "bold" for c in chunks)


def test_slack_text_cannot_ping() -> None:
    text = render("hey <!channel> and <!here> and <@U123> & <b>", "slack").text
    assert "<!channel>" not in text and "<!here>" not in text and "<@U123>" not in text
    assert "&lt;!channel&gt;" in text
    assert "<https://example.org|x>" in render("[x](https://example.org)", "slack").text
