"""Builders for Slack event payloads and the signed Events API sender."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from tests.fakes.fake_slack_record import SlackIdentity
from tests.fakes.fake_slack_state import JsonDict, SlackFile, SlackMessage, Workspace
from tests.fakes.fake_slack_web import guess_mimetype

OTHER_BOT_ID = "B0OTHER"


@dataclass(frozen=True)
class EventDelivery:
    """Outcome of one signed POST to an Events API endpoint."""

    status: int
    ack_seconds: float
    body: str
    envelope: JsonDict

    @property
    def event_id(self) -> str:
        return str(self.envelope["event_id"])


def channel_type(channel: str) -> str:
    return {"D": "im", "C": "channel", "G": "group"}.get(channel[:1], "channel")


def rich_text(text: str) -> list[JsonDict]:
    section = {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}
    return [{"type": "rich_text", "block_id": uuid.uuid4().hex[:5], "elements": [section]}]


def sign(secret: str, timestamp: str, body: bytes) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def build_envelope(
    identity: SlackIdentity, event: JsonDict, event_id: str | None = None
) -> JsonDict:
    """Wrap an event the way Slack does (``event_callback``); pass envelopes through."""
    if event.get("type") == "event_callback":
        return event
    return {
        "token": identity.verification_token,
        "team_id": identity.team_id,
        "context_team_id": identity.team_id,
        "api_app_id": identity.api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or "Ev" + uuid.uuid4().hex[:12].upper(),
        "event_time": int(time.time()),
        "authorizations": [{
            "enterprise_id": None, "team_id": identity.team_id,
            "user_id": identity.bot_user_id, "is_bot": True, "is_enterprise_install": False,
        }],
        "is_ext_shared_channel": False,
        "event_context": "4-" + uuid.uuid4().hex,
    }


async def post_signed(
    url: str,
    envelope: JsonDict,
    *,
    secret: str,
    retry_num: int | None = None,
    retry_reason: str = "http_timeout",
    timestamp: int | None = None,
    forge: bool = False,
    timeout: float = 10.0,
    session: aiohttp.ClientSession | None = None,
) -> EventDelivery:
    """POST ``envelope`` to ``url`` signed like Slack; ``forge`` signs with a wrong secret."""
    body = json.dumps(envelope).encode()
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": sign("forged-" + secret if forge else secret, stamp, body),
    }
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = retry_reason
    started = time.monotonic()
    client_timeout = aiohttp.ClientTimeout(total=timeout)
    if session is not None:  # a kept-alive connection, like Slack's senders
        async with session.post(url, data=body, headers=headers,
                                timeout=client_timeout) as response:
            text = await response.text()
            return EventDelivery(response.status, time.monotonic() - started, text, envelope)
    async with aiohttp.ClientSession(timeout=client_timeout) as own:
        async with own.post(url, data=body, headers=headers) as response:
            text = await response.text()
            return EventDelivery(response.status, time.monotonic() - started, text, envelope)


class EventFactory:
    """Builds events as Slack sends them; user messages are also stored in the workspace."""

    def __init__(self, identity: SlackIdentity, workspace: Workspace,
                 base_url: Callable[[], str]) -> None:
        self.identity = identity
        self.workspace = workspace
        self.base_url = base_url

    def add_file(self, data: bytes, name: str, user: str, mimetype: str | None = None,
                 title: str | None = None) -> SlackFile:
        """Register a file the fake serves at ``url_private`` (bearer bot token required)."""
        file = SlackFile(id=self.workspace.new_id("F"), name=name, title=title or name,
                         mimetype=mimetype or guess_mimetype(name), data=data, user=user,
                         created=int(time.time()))
        self.workspace.files[file.id] = file
        return file

    def _message(self, channel: str, user: str, text: str, thread_ts: str | None,
                 **extra: Any) -> JsonDict:
        ts = self.workspace.clock.next()
        self.workspace.put(SlackMessage(channel=channel, ts=ts, text=text, user=user,
                                        thread_ts=thread_ts, subtype=extra.get("subtype")))
        event: JsonDict = {
            "type": "message", "channel": channel, "user": user, "text": text,
            "ts": ts, "event_ts": ts, "channel_type": channel_type(channel),
            "team": self.identity.team_id, "client_msg_id": str(uuid.uuid4()),
            "blocks": rich_text(text),
        }
        if thread_ts:
            event["thread_ts"] = thread_ts
            root = self.workspace.get(channel, thread_ts)
            event["parent_user_id"] = root.user if root is not None else user
        event.update(extra)
        return event

    def dm(self, user: str, text: str, thread_ts: str | None = None) -> JsonDict:
        """A ``message.im`` event in the bot's DM with ``user``."""
        return self._message(self.workspace.dm_channel(user), user, text, thread_ts)

    def channel_message(self, channel: str, user: str, text: str,
                        thread_ts: str | None = None) -> JsonDict:
        """A ``message.channels`` / ``message.groups`` event (``thread_ts`` for a reply)."""
        return self._message(channel, user, text, thread_ts)

    def thread_reply(self, channel: str, user: str, text: str, thread_ts: str) -> JsonDict:
        return self._message(channel, user, text, thread_ts)

    def mention(self, channel: str, user: str, text: str,
                thread_ts: str | None = None) -> tuple[JsonDict, JsonDict]:
        """An ``app_mention`` and its ``message`` twin (same ts, sent with distinct event ids)."""
        tag = f"<@{self.identity.bot_user_id}>"
        full = text if tag in text else f"{tag} {text}"
        twin = self._message(channel, user, full, thread_ts)
        mention = {k: v for k, v in twin.items() if k not in ("channel_type", "parent_user_id")}
        mention["type"] = "app_mention"
        return mention, twin

    def file_share(self, channel: str, user: str, text: str, files: list[SlackFile],
                   thread_ts: str | None = None) -> JsonDict:
        """A ``file_share`` message whose files are served by the fake."""
        base, team = self.base_url(), self.identity.team_id
        event = self._message(channel, user, text, thread_ts, subtype="file_share",
                              files=[f.to_json(base, team) for f in files], upload=False,
                              display_as_bot=False)
        stored = self.workspace.get(channel, event["ts"])
        if stored is not None:
            self.workspace.replace(stored, file_ids=tuple(f.id for f in files))
        return event

    def message_changed(self, channel: str, ts: str, text: str) -> JsonDict:
        old = self.workspace.get(channel, ts)
        if old is None:
            raise KeyError(f"no message {ts} in {channel}")
        self.workspace.replace(old, text=text)
        now = self.workspace.clock.next()
        previous = old.to_json(self.identity.team_id)
        current = {**previous, "text": text, "edited": {"user": old.user, "ts": now}}
        return {"type": "message", "subtype": "message_changed", "hidden": True,
                "channel": channel, "ts": now, "event_ts": now,
                "channel_type": channel_type(channel), "message": current,
                "previous_message": previous}

    def message_deleted(self, channel: str, ts: str) -> JsonDict:
        old = self.workspace.get(channel, ts)
        if old is None:
            raise KeyError(f"no message {ts} in {channel}")
        self.workspace.replace(old, deleted=True)
        now = self.workspace.clock.next()
        return {"type": "message", "subtype": "message_deleted", "hidden": True,
                "channel": channel, "ts": now, "event_ts": now, "deleted_ts": ts,
                "channel_type": channel_type(channel),
                "previous_message": old.to_json(self.identity.team_id)}

    def bot_message(self, channel: str, text: str, bot_id: str = OTHER_BOT_ID,
                    username: str = "otherbot", thread_ts: str | None = None) -> JsonDict:
        """A ``bot_message`` from another bot (with the fake's ``bot_id``: not stored)."""
        ts = self.workspace.clock.next()
        if bot_id != self.identity.bot_id:
            self.workspace.put(SlackMessage(channel=channel, ts=ts, text=text, user="",
                                            bot_id=bot_id, thread_ts=thread_ts,
                                            subtype="bot_message"))
        event: JsonDict = {"type": "message", "subtype": "bot_message", "text": text,
                           "ts": ts, "event_ts": ts, "bot_id": bot_id, "username": username,
                           "channel": channel, "channel_type": channel_type(channel)}
        if thread_ts:
            event["thread_ts"] = thread_ts
        return event

    def echo_of(self, message: SlackMessage) -> JsonDict:
        """The ``message`` event Slack sends back for a message the bot itself posted."""
        event = message.to_json(self.identity.team_id)
        event.update({"channel": message.channel, "event_ts": message.ts,
                      "channel_type": channel_type(message.channel)})
        return event
