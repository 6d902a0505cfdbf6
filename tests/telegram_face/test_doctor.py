"""`muse doctor` reads getMe; the registry is published as Telegram's command menu."""

from __future__ import annotations

from pathlib import Path

from bots.telegram import diagnose
from tests.fakes.fake_telegram import FakeTelegram
from tests.helpers import settings
from tests.telegram_face.harness import rig, telegram_settings


async def test_doctor_explains_privacy_mode(data_dir: Path) -> None:
    for read_all, expected in ((False, "privacy mode is on"), (True, "privacy mode is off")):
        async with FakeTelegram(can_read_all_group_messages=read_all) as fake:
            lines = await diagnose(settings(data_dir, telegram=telegram_settings(fake)))
            assert lines[0].startswith("bot @muse_test_bot")
            assert lines[1].startswith(expected)
    lines = await diagnose(settings(data_dir, telegram={
        "bot_token": "1:x", "api_base": "http://127.0.0.1:9"}))
    assert lines[0].startswith("cannot reach Telegram")


async def test_commands_are_published_from_the_registry(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        (call,) = r.fake.calls_to("setMyCommands")
        published = [c["command"] for c in call.params["commands"]]
        assert published == [c.name for c in r.app.commands.all()]
        assert "help" in published
