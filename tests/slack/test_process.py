"""``muse run slack`` as a real process, configured only by environment variables."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from tests.fakes.fake_slack import FakeSlack
from tests.slack.conftest import settle

MUSE = Path(sys.executable).with_name("muse")
REPLY = "Hello from a Muse process."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(fake: FakeSlack, data_dir: Path, port: int, socket_mode: bool = False,
                delay_s: float = 0.0) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "MUSE_", "TELEGRAM_", "DISCORD_"))
           and k.lower() not in ("http_proxy", "https_proxy")}
    env.update({
        "MUSE_CONFIG": "/nonexistent/muse.toml", "MUSE_DATA_DIR": str(data_dir),
        "MUSE_MODEL__BACKEND": "scripted", "MUSE_WEB_PORT": "0",
        "MUSE_MODEL__SCRIPTED__MODE": "fixed", "MUSE_MODEL__SCRIPTED__REPLY": REPLY,
        "MUSE_MODEL__SCRIPTED__DELAY_S": str(delay_s),
        # The face is under test, not memory, the builder or the agents.
        "MUSE_MEMORY__ENABLED": "false", "MUSE_BUILDER__ENABLED": "false",
        "MUSE_AGENTS__ENABLED": "false",
        "SLACK_BOT_TOKEN": fake.bot_token, "SLACK_SIGNING_SECRET": fake.signing_secret,
        "SLACK_API_URL": fake.api_url, "SLACK_EVENTS_LISTEN": f"127.0.0.1:{port}",
    })
    if socket_mode:
        env["SLACK_APP_TOKEN"] = fake.app_token
    return env


async def start(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            str(MUSE), "run", "slack", env=env, stdout=out, stderr=out,
            stdin=asyncio.subprocess.DEVNULL)


async def wait_http(fake: FakeSlack, url: str, proc: asyncio.subprocess.Process,
                    log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.returncode is not None:
            pytest.fail(f"muse exited early:\n{log.read_text()[-2000:]}")
        try:
            if (await fake.send_url_verification(url)).status == 200:
                return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    pytest.fail(f"muse did not listen:\n{log.read_text()[-2000:]}")


async def stop(proc: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> int:
    if proc.returncode is None:
        proc.send_signal(sig)
    try:
        return await asyncio.wait_for(proc.wait(), 15)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_http_mode_process_answers_and_stops_on_sigterm(fake: FakeSlack,
                                                              tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/slack/events"
    log = tmp_path / "muse.log"
    proc = await start(environment(fake, tmp_path / "data", port), log)
    try:
        await wait_http(fake, url, proc, log)
        mention, twin = fake.events.mention("C1", "U1", "hi from a channel")
        await fake.send_event(url, twin)
        await fake.send_event(url, mention)
        [reply] = await fake.wait_for_bot_messages("C1", 1, timeout=20)
        assert (reply.text, reply.thread_ts) == (REPLY, mention["ts"])
    finally:
        assert await stop(proc) == 0, log.read_text()[-2000:]
    assert REPLY not in log.read_text()  # no message text in the logs


async def test_socket_mode_process_answers_and_stops_on_sigterm(fake: FakeSlack,
                                                                tmp_path: Path) -> None:
    log = tmp_path / "muse.log"
    proc = await start(environment(fake, tmp_path / "data", free_port(), socket_mode=True), log)
    try:
        await fake.wait_for_socket(timeout=20)
        await fake.socket_push(fake.events.dm("U1", "hello socket"))
        [reply] = await fake.wait_for_bot_messages("D1", 1, timeout=20)
        assert reply.text == REPLY
    finally:
        assert await stop(proc) == 0, log.read_text()[-2000:]


async def test_an_event_whose_first_attempt_was_killed_is_answered_once(
        fake: FakeSlack, tmp_path: Path) -> None:
    port, data = free_port(), tmp_path / "data"
    url = f"http://127.0.0.1:{port}/slack/events"
    log = tmp_path / "muse.log"
    slow = await start(environment(fake, data, port, delay_s=60), log)
    try:
        await wait_http(fake, url, slow, log)
        first = await fake.send_event(url, fake.events.dm("U1", "answer me"))
        assert first.status == 200  # stored, acknowledged; the answer is still being written
        await settle(0.3)
    finally:
        await stop(slow, signal.SIGKILL)
    assert fake.bot_messages("D1") == []
    proc = await start(environment(fake, data, port), log)
    try:
        await wait_http(fake, url, proc, log)
        retry = await fake.send_event(url, first.envelope, retry_num=1)
        assert retry.status == 200
        await fake.wait_for_bot_messages("D1", 1, timeout=20)
        await settle(0.5)
        assert [m.text for m in fake.bot_messages("D1")] == [REPLY]
    finally:
        assert await stop(proc) == 0, log.read_text()[-2000:]
