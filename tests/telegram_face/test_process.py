"""`muse run telegram` as a real process configured only by environment variables:
answering, SIGKILL between receive and reply then restart (one reply), SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

from tests.fakes.fake_telegram import FakeTelegram, TgUser

ROOT = Path(__file__).resolve().parents[2]
MUSE = str(ROOT / ".venv" / "bin" / "muse")
ANA = TgUser(1001, "Ana", username="ana")
REPLY = "Here I am, once."


def env(data_dir: Path, fake: FakeTelegram, **extra: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("MUSE_", "TELEGRAM_", "DISCORD_", "SLACK_"))
            and k.lower() not in ("http_proxy", "https_proxy")}
    base.update({
        "MUSE_DATA_DIR": str(data_dir), "MUSE_WEB_PORT": "0", "MUSE_CONFIG": "/nonexistent.toml",
        "MUSE_MODEL__BACKEND": "scripted", "MUSE_MODEL__SCRIPTED__MODE": "fixed",
        "MUSE_MODEL__SCRIPTED__REPLY": REPLY, "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE": fake.base_url, "MUSE_MEMORY__ENABLED": "false",
        "MUSE_AGENTS__ENABLED": "false", "MUSE_BUILDER__ENABLED": "false", **extra})
    return base


async def start(data_dir: Path, fake: FakeTelegram, **extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        MUSE, "run", "telegram", env=env(data_dir, fake, **extra), cwd=data_dir.parent,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


def replies(fake: FakeTelegram) -> list[str]:
    return [m.text or "" for m in fake.bot_messages(ANA.id)]


async def test_sigkill_before_the_reply_then_restart_answers_exactly_once(
        data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        first = await start(data_dir, fake, MUSE_MODEL__SCRIPTED__DELAY_S="60")
        try:
            await fake.wait_for(lambda: fake.waiting_polls, timeout=30)
            sent = fake.inject_private(ANA, "are you there?")
            # handed out, confirmed by the next offset, and Muse is working on it
            await fake.wait_for(lambda: not fake.pending_updates()
                                and fake.calls_to("sendChatAction"), timeout=15)
            assert sent.delivered and replies(fake) == []
        finally:
            first.kill()
            await first.communicate()
        second = await start(data_dir, fake)
        try:
            await fake.wait_for(lambda: replies(fake), timeout=30)
            fake.inject_private(ANA, "and now?")
            await fake.wait_for(lambda: len(replies(fake)) >= 2, timeout=15)
            await asyncio.sleep(0.5)
            assert replies(fake) == [REPLY, REPLY]  # the first message answered once
        finally:
            second.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(second.communicate(), timeout=15)
        assert second.returncode == 0, err.decode()[-2000:]
        assert "telegram: on" in out.decode()
        assert "Traceback" not in err.decode()
