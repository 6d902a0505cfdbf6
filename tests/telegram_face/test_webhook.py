"""Webhook mode: persisted before 200; a wrong secret or content type gets 403."""

from __future__ import annotations

import socket
from pathlib import Path

import aiohttp

from bots.telegram import check
from tests.fakes.fake_telegram import TgChat, TgUser
from tests.helpers import settings
from tests.telegram_face.harness import rig
from tests.telegram_face.test_media import solid

ANA = TgUser(1001, "Ana", username="ana")
SECRET = "s3cret-token_value"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hook(port: int) -> dict[str, str]:
    return {"webhook_url": f"http://127.0.0.1:{port}/telegram/hook",
            "webhook_secret": SECRET, "webhook_listen": f"127.0.0.1:{port}"}


async def inbound_count(r: object) -> int:
    app = r.app  # type: ignore[attr-defined]
    row = await app.db.run(lambda c: c.execute("SELECT COUNT(*) FROM inbound").fetchone())
    return int(row[0])


async def test_webhook_answers_and_rejects_a_wrong_secret_or_content_type(
        data_dir: Path) -> None:
    port = free_port()
    async with rig(data_dir, telegram=hook(port)) as r:
        assert r.fake.webhook.url.endswith("/telegram/hook")
        assert r.fake.webhook.secret_token == SECRET
        sent = r.fake.inject_private(ANA, "via webhook")
        (reply,) = await r.replies(ANA.id)
        assert reply.text == "You said: via webhook"
        before = await inbound_count(r)
        update = dict(r.fake.update(sent.update_id), update_id=sent.update_id + 100)
        url = r.fake.webhook.url
        assert await r.fake.post_webhook(url, update, secret="wrong") == 403
        assert await r.fake.post_webhook(url, update, secret=None) == 403
        async with aiohttp.ClientSession() as session:
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "text/plain"}
            async with session.post(url, data=b"{}", headers=headers) as resp:
                assert resp.status == 403
        assert await inbound_count(r) == before
        assert len(r.fake.bot_messages(ANA.id)) == 1
        assert await r.fake.post_webhook(url, update, secret=SECRET) == 200
        assert await inbound_count(r) == before + 1  # persisted before the 200
        await r.replies(ANA.id, count=2)


def test_check_refuses_webhook_without_secret(data_dir: Path) -> None:
    base = {"bot_token": "1:abc", "webhook_url": "https://example.org/hook"}
    reason = check(settings(data_dir, telegram=base))
    assert reason is not None and "TELEGRAM_WEBHOOK_SECRET" in reason
    assert check(settings(data_dir, telegram={**base, "webhook_secret": "x"})) is None
    assert check(settings(data_dir)) == "TELEGRAM_BOT_TOKEN is not set"


async def test_webhook_album_is_merged(data_dir: Path) -> None:
    port = free_port()
    async with rig(data_dir, telegram=hook(port)) as r:
        r.fake.inject_album(TgChat.private(ANA), ANA,
                            [solid((220, 20, 20)), solid((20, 20, 220))],
                            caption="what colours are these?")
        (reply,) = await r.replies(ANA.id)
        assert "red" in (reply.text or "").lower() and "blue" in (reply.text or "").lower()
        assert all(d.status == 200 for d in r.fake.webhook_deliveries)
