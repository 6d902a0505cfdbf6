"""`muse run discord` as a real subprocess, configured only by environment variables."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from tests.fakes.fake_discord import FakeDiscord

pytestmark = pytest.mark.timeout(60)
ROOT = Path(__file__).resolve().parents[2]
MUSE = str(ROOT / ".venv" / "bin" / "muse")
REPLY = "Hello from Muse in a subprocess."


def environment(fake: FakeDiscord, data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MUSE_", "TELEGRAM_", "DISCORD_", "SLACK_"))
           and k.lower() not in ("http_proxy", "https_proxy")}
    env.update({
        "MUSE_CONFIG": "/nonexistent/muse.toml",
        "MUSE_DATA_DIR": str(data_dir),
        "MUSE_WEB_PORT": "0",
        "MUSE_MODEL__BACKEND": "scripted",
        "MUSE_MODEL__SCRIPTED__MODE": "fixed",
        "MUSE_MODEL__SCRIPTED__REPLY": REPLY,
        "DISCORD_BOT_TOKEN": fake.token,
        "DISCORD_API_BASE": fake.api_url,
        "DISCORD_GATEWAY_URL": fake.gateway_url,
        # this test is about the Discord face (memory and agents load a model on first use)
        "MUSE_MEMORY__ENABLED": "false",
        "MUSE_BUILDER__ENABLED": "false",
        "MUSE_AGENTS__ENABLED": "false",
    })
    return env


async def test_muse_run_discord_answers_a_dm_and_stops_on_sigterm(data_dir: Path) -> None:
    async with FakeDiscord() as fake:
        proc = await asyncio.create_subprocess_exec(
            MUSE, "run", "discord", env=environment(fake, data_dir), cwd=str(data_dir.parent),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            await fake.wait_connected(timeout=40)
            dm = fake.dm_channel(fake.alice)
            fake.inject_dm(fake.alice, "a private question")
            await fake.wait_for(lambda: bool(fake.bot_messages(dm.id)), timeout=30)
            assert [m.content for m in fake.bot_messages(dm.id)] == [REPLY]
            assert {c["name"] for c in fake.state.global_commands} >= {"help", "new"}
            proc.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        assert proc.returncode == 0, err.decode()[-2000:]
        assert "discord: on" in out.decode()
        logs = err.decode()
        assert fake.token not in logs and "a private question" not in logs
        assert fake.logins_of("identify")


async def test_check_and_doctor_diagnose(data_dir: Path) -> None:
    from bots import discord as face
    from tests.discord_face.harness import discord_settings
    from tests.fakes.fake_discord_client import running
    from tests.helpers import settings

    assert face.check(settings(data_dir)) == "DISCORD_BOT_TOKEN is not set"
    async with running() as fake:
        good = settings(data_dir, discord=discord_settings(fake))
        assert face.check(good) is None
        assert await face.diagnose(good) == [f"signed in as muse (id {fake.bot.id})"]
        wrong = settings(data_dir, discord={**discord_settings(fake), "bot_token": "nope"})
        assert await face.diagnose(wrong) == ["Discord refused the token (DISCORD_BOT_TOKEN)"]
