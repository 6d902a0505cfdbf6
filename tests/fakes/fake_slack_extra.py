"""Slash commands for the fake Slack: a signed ``/muse`` request like Slack sends one."""

from __future__ import annotations

import time
import uuid
from urllib.parse import urlencode

import aiohttp

from tests.fakes.fake_slack import FakeSlack
from tests.fakes.fake_slack_events import sign


def command_payload(fake: FakeSlack, user: str, channel: str, text: str,
                    command: str = "/muse") -> dict[str, str]:
    direct = channel.startswith("D")
    return {
        "token": fake.identity.verification_token, "team_id": fake.identity.team_id,
        "team_domain": "fake", "channel_id": channel,
        "channel_name": "directmessage" if direct else channel.lower(),
        "user_id": user, "user_name": fake.workspace.users.get(user, user),
        "command": command, "text": text, "api_app_id": fake.identity.api_app_id,
        "is_enterprise_install": "false",
        "response_url": f"{fake.base_url}/commands/{uuid.uuid4().hex}",
        "trigger_id": f"{int(time.time())}.{uuid.uuid4().int % 10**12}.{uuid.uuid4().hex}",
    }


async def send_command(fake: FakeSlack, url: str, user: str, channel: str,
                       text: str) -> tuple[int, str]:
    """POST a signed slash command; returns (status, body)."""
    body = urlencode(command_payload(fake, user, channel, text)).encode()
    stamp = str(int(time.time()))
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Slack-Request-Timestamp": stamp,
               "X-Slack-Signature": sign(fake.signing_secret, stamp, body)}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        async with session.post(url, data=body, headers=headers) as response:
            return response.status, await response.text()
