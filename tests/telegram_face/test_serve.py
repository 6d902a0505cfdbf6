"""The face's ``serve``: retries an unreachable Telegram until stopped; a bad token ends it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from telegram.error import InvalidToken

from bots.telegram import serve
from tests.fakes.fake_telegram import FakeTelegram, TgUser
from tests.helpers import make_app

ANA = TgUser(1001, "Ana")


async def test_unreachable_telegram_is_retried_until_stop(data_dir: Path) -> None:
    app = await make_app(data_dir, telegram={"bot_token": "1:x",
                                             "api_base": "http://127.0.0.1:9"})
    stop = asyncio.Event()
    task = asyncio.create_task(serve(app, stop))
    await asyncio.sleep(0.5)
    assert not task.done()
    stop.set()
    await asyncio.wait_for(task, timeout=5)
    await app.close()


async def test_a_refused_token_ends_the_face(data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        app = await make_app(data_dir, telegram={"bot_token": "999:wrong",
                                                 "api_base": fake.base_url})
        with pytest.raises(InvalidToken):
            await asyncio.wait_for(serve(app, asyncio.Event()), timeout=5)
        await app.close()


async def test_serve_answers_then_stops(data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        app = await make_app(data_dir, telegram={"bot_token": fake.token,
                                                 "api_base": fake.base_url})
        stop = asyncio.Event()
        task = asyncio.create_task(serve(app, stop))
        fake.inject_private(ANA, "hi")
        await fake.wait_for(lambda: fake.bot_messages(ANA.id), timeout=10)
        stop.set()
        await asyncio.wait_for(task, timeout=10)
        await app.close()
        assert fake.bot_messages(ANA.id)[0].text == "You said: hi"
