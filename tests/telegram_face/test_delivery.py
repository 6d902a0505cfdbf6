"""Outbound: long replies split within limits, markdown as entities, 429 storms."""

from __future__ import annotations

from pathlib import Path

from bots.delivery import render
from config.settings import ScriptedSettings
from core.models.scripted import ScriptedBackend
from tests.fakes.fake_telegram import RateLimits, TgUser
from tests.telegram_face.harness import rig

ANA = TgUser(1001, "Ana", username="ana")
USERS = [TgUser(2000 + n, f"User{n}") for n in range(4)]


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def long_markdown(target: int = 20_000) -> str:
    blocks: list[str] = []
    n = 0
    while sum(len(b) for b in blocks) < target:
        n += 1
        code = "\n".join(f"    total_{n} = compute({i}, 'ünïcødé 🎉')" for i in range(40))
        blocks.append(f"## Part {n}\n\nSome **bold** text with `inline` code, émojis 🎨 and a "
                      f"[link](https://example.com/{n}).\n\n```python\ndef f{n}():\n{code}\n```\n")
    return "\n".join(blocks)


def fixed(reply: str) -> ScriptedBackend:
    return ScriptedBackend(ScriptedSettings(mode="fixed", reply=reply))


async def test_long_reply_with_code_blocks_is_split_within_limits_losing_nothing(
        data_dir: Path) -> None:
    markdown = long_markdown()
    assert len(markdown) >= 20_000
    rendered = render(markdown, "telegram")
    async with rig(data_dir, backend=fixed(markdown)) as r:
        r.fake.inject_private(ANA, "write me a lot")
        await r.fake.wait_for(
            lambda: "".join(m.text or "" for m in r.fake.bot_messages(ANA.id)) == rendered.text,
            timeout=20)
        await r.settled()
        messages = r.fake.bot_messages(ANA.id)
        assert len(messages) >= 5
        assert all(utf16(m.text or "") <= 4096 for m in messages)
        assert "".join(m.text or "" for m in messages) == rendered.text
        sent, base = [], 0
        for m in messages:  # every entity lies inside its own message
            assert all(e["offset"] + e["length"] <= utf16(m.text or "") for e in m.entities)
            sent += [(e["type"], base + e["offset"], e["length"]) for e in m.entities]
            base += utf16(m.text or "")
        original = [(e.type, e.offset, e.length) for e in rendered.entities]
        assert any(kind == "pre" for kind, _, _ in original)
        assert joined(sent) == joined(original)  # kept whole, or cut into adjacent pieces


def joined(entities: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Adjacent entities of one type merged back together."""
    out: list[tuple[str, int, int]] = []
    for kind, offset, length in sorted(entities, key=lambda e: (e[1], e[0])):
        match = next((i for i, e in enumerate(out) if e[0] == kind and e[1] + e[2] == offset),
                     None)
        if match is None:
            out.append((kind, offset, length))
        else:
            out[match] = (kind, out[match][1], out[match][2] + length)
    return sorted(out, key=lambda e: (e[1], e[0], e[2]))


async def test_markdown_arrives_as_entities(data_dir: Path) -> None:
    reply = ("**Bold** then _italic_, `code` and a [link](https://example.com/x).\n\n"
             "```py\nx = 1\n```")
    async with rig(data_dir, backend=fixed(reply)) as r:
        r.fake.inject_private(ANA, "format please")
        (message,) = await r.replies(ANA.id)
        assert "**" not in (message.text or "") and "```" not in (message.text or "")
        kinds = dict(message.entity_texts())
        assert kinds["bold"] == "Bold" and kinds["italic"] == "italic"
        assert kinds["code"] == "code" and kinds["text_link"] == "link"
        assert kinds["pre"].strip() == "x = 1"
        link = next(e for e in message.entities if e["type"] == "text_link")
        assert link["url"] == "https://example.com/x"
        pre = next(e for e in message.entities if e["type"] == "pre")
        assert pre.get("language") == "py"


async def test_429_storm_is_recovered_with_no_early_retry(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.throttle(2.0, method="sendMessage")
        for user in USERS:
            for n in range(2):
                r.fake.inject_private(user, f"storm {n}")
        for user in USERS:
            replies = await r.replies(user.id, count=2, timeout=15)
            assert [m.text for m in replies] == ["You said: storm 0", "You said: storm 1"]
        assert any(c.status == 429 for c in r.fake.calls_to("sendMessage"))
        assert r.fake.early_retries() == []


async def test_rate_limits_like_telegram_lose_nothing(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.enforce_rate_limits(RateLimits(per_chat_per_s=1, burst=2))
        for n in range(6):
            r.fake.inject_private(ANA, f"burst {n}")
        replies = await r.replies(ANA.id, count=6, timeout=20)
        assert [m.text for m in replies] == [f"You said: burst {n}" for n in range(6)]
        assert r.fake.early_retries() == []
