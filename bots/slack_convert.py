"""Pure converters for Slack: event payloads → :class:`IncomingMessage` (no network).

Each message is keyed by ``channel/ts``, so the ``app_mention`` and ``message`` copies of
one mention (different event ids, same ts) and every retry of either share one store row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Literal

from core.messages import Address, ChatKind, IncomingMessage, Part, Sender, TextPart

PLATFORM = "slack"
JsonDict = dict[str, Any]

MARKUP = re.compile(r"<([^<>\n]*)>")
# Subtypes that are ordinary things a person said; any other subtype is not for Muse.
SPOKEN_SUBTYPES = frozenset({None, "file_share", "thread_broadcast", "me_message"})
MASS = {"here": "@here", "channel": "@channel", "everyone": "@everyone"}


@dataclass(frozen=True, slots=True)
class BotIdentity:
    """Who Muse is in one workspace (from ``auth.test``)."""

    team_id: str
    user_id: str
    bot_id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class FileRef:
    """A file attached to a Slack message, to be downloaded after the ack."""

    id: str
    name: str
    mimetype: str
    size: int
    url: str

    @property
    def is_image(self) -> bool:
        return self.mimetype.startswith("image/")


@dataclass(frozen=True, slots=True)
class Inbound:
    """What one Slack event means for Muse.

    ``answer``: persist ``incoming`` (text only) and answer it after downloading ``files``;
    ``deleted``: the message keyed ``key`` was deleted; ``ignore``: nothing to do.
    ``thread`` is set when Muse is addressed in a channel thread it should keep following.
    """

    action: Literal["answer", "deleted", "ignore"]
    incoming: IncomingMessage | None = None
    files: tuple[FileRef, ...] = ()
    key: str = ""
    thread: tuple[str, str] | None = None


IGNORE = Inbound("ignore")


def event_key(channel: str, ts: str) -> str:
    return f"{channel}/{ts}"


def chat_kind(channel: str, channel_type: str = "") -> ChatKind:
    if channel_type == "im" or (not channel_type and channel.startswith("D")):
        return ChatKind.DM
    if channel_type == "mpim":
        return ChatKind.GROUP
    return ChatKind.CHANNEL


# --- text --------------------------------------------------------------------------------


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _token(inner: str, names: Mapping[str, str], bot_user: str) -> str:
    target, _, label = inner.partition("|")
    if target.startswith("@"):
        user = target[1:]
        if user == bot_user:
            return ""
        return "@" + (label or names.get(user) or user)
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        word = target[1:].split("^", 1)[0]
        if word in MASS:
            return MASS[word]
        return label or "@" + word
    if target.startswith("mailto:"):
        return label or target.removeprefix("mailto:")
    if label and label != target:
        return f"{label} ({target})"
    return target


def plain_text(text: str, names: Mapping[str, str] | None = None, bot_user: str = "") -> str:
    """Slack markup (users, channels, links, specials) turned into plain readable text.

    Mentions of Muse itself are dropped: they are how a person addresses it.
    """
    names = names or {}
    out = MARKUP.sub(lambda m: _token(m.group(1), names, bot_user), text)
    return re.sub(r"[ \t]{2,}", " ", _unescape(out)).strip()


def mentioned_users(text: str) -> set[str]:
    return {m.group(1)[1:].split("|", 1)[0] for m in MARKUP.finditer(text)
            if m.group(1).startswith("@")}


# --- events ------------------------------------------------------------------------------


def _files(event: JsonDict) -> tuple[FileRef, ...]:
    found = []
    for f in event.get("files") or []:
        url = (f.get("url_private_download") or f.get("url_private")
               if isinstance(f, dict) else None)
        if not url:
            continue
        found.append(FileRef(id=str(f.get("id", "")), name=str(f.get("name") or "file"),
                             mimetype=str(f.get("mimetype") or ""),
                             size=int(f.get("size") or 0), url=str(url)))
    return tuple(found)


def _timestamp(ts: str) -> datetime:
    try:
        return datetime.fromtimestamp(float(ts), UTC)
    except ValueError:
        return datetime.now(UTC)


def is_from_bot(event: JsonDict, bot: BotIdentity) -> bool:
    return bool(event.get("bot_id") or event.get("subtype") == "bot_message"
                or event.get("bot_profile") or event.get("user") == bot.user_id)


def _addressed(event: JsonDict, bot: BotIdentity, kind: ChatKind,
               in_thread: Callable[[str, str], bool]) -> bool:
    if kind is ChatKind.DM or event.get("type") == "app_mention":
        return True
    if f"<@{bot.user_id}" in str(event.get("text") or ""):
        return True  # the ``message`` twin of a mention
    thread = event.get("thread_ts")
    return bool(thread) and in_thread(str(event.get("channel")), str(thread))


def to_incoming(event: JsonDict, team: str, bot: BotIdentity, *,
                names: Mapping[str, str] | None = None, addressed: bool = True,
                parts: tuple[Part, ...] | None = None) -> IncomingMessage:
    """A person's message event → the core's message (text parts only unless ``parts``)."""
    channel, ts = str(event["channel"]), str(event["ts"])
    kind = chat_kind(channel, str(event.get("channel_type") or ""))
    thread = event.get("thread_ts")
    if kind is not ChatKind.DM and not thread:
        thread = ts  # Muse answers a channel mention in its thread
    user = str(event.get("user") or "")
    text = plain_text(str(event.get("text") or ""), names, bot.user_id)
    address = Address(platform=PLATFORM, chat_kind=kind, chat_id=channel, user_id=user,
                      workspace=team, thread_id=str(thread) if thread else None,
                      bot_account=bot.user_id)
    own: tuple[Part, ...] = (TextPart(text),) if text else ()
    return IncomingMessage(
        event_id=event_key(channel, ts), address=address,
        sender=Sender(user_id=user, display_name=(names or {}).get(user, "")),
        parts=own + (parts or ()), addressed=addressed, timestamp=_timestamp(ts))


def classify(body: JsonDict, bot: BotIdentity,
             in_thread: Callable[[str, str], bool]) -> Inbound:
    """Decide what an Events API body means (``in_thread(channel, thread_ts)`` tells
    whether Muse takes part in that thread)."""
    event = body.get("event")
    if body.get("type") != "event_callback" or not isinstance(event, dict):
        return IGNORE
    if event.get("type") not in ("message", "app_mention") or "channel" not in event:
        return IGNORE
    channel = str(event["channel"])
    subtype = event.get("subtype")
    if subtype == "message_deleted" and event.get("deleted_ts"):
        return Inbound("deleted", key=event_key(channel, str(event["deleted_ts"])))
    if subtype not in SPOKEN_SUBTYPES or is_from_bot(event, bot) or not event.get("user"):
        return IGNORE
    team = str(body.get("team_id") or event.get("team") or bot.team_id)
    kind = chat_kind(channel, str(event.get("channel_type") or ""))
    if not _addressed(event, bot, kind, in_thread):
        return IGNORE
    incoming = to_incoming(event, team, bot)
    thread = incoming.address.thread_id
    joined = (channel, thread) if kind is not ChatKind.DM and thread else None
    return Inbound("answer", incoming, _files(event), incoming.event_id, joined)


def with_parts(incoming: IncomingMessage, extra: tuple[Part, ...],
               display_name: str = "") -> IncomingMessage:
    sender = replace(incoming.sender, display_name=display_name or incoming.sender.display_name)
    return replace(incoming, parts=incoming.parts + extra, sender=sender)


# --- slash commands ----------------------------------------------------------------------


def command_incoming(payload: JsonDict, bot: BotIdentity) -> IncomingMessage:
    """``/muse <sub> args`` → the message ``/sub args`` (``/muse`` alone is ``/help``)."""
    channel = str(payload.get("channel_id") or "")
    user = str(payload.get("user_id") or "")
    words = str(payload.get("text") or "").strip()
    sub = words.lstrip("/") if words else "help"
    direct = payload.get("channel_name") == "directmessage" or channel.startswith("D")
    kind = ChatKind.DM if direct else chat_kind(channel, "mpim" if
                                                payload.get("channel_name") == "mpdm" else "")
    address = Address(platform=PLATFORM, chat_kind=kind, chat_id=channel, user_id=user,
                      workspace=str(payload.get("team_id") or bot.team_id),
                      bot_account=bot.user_id)
    trigger = str(payload.get("trigger_id") or "")
    return IncomingMessage(
        event_id=f"command/{trigger}", address=address,
        sender=Sender(user_id=user, display_name=str(payload.get("user_name") or "")),
        parts=(TextPart("/" + sub),))
