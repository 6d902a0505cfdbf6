"""The pure converters, on payloads shaped like Slack's (no network)."""

from __future__ import annotations

from typing import Any

from bots.slack_convert import (
    BotIdentity,
    chat_kind,
    classify,
    command_incoming,
    mentioned_users,
    plain_text,
)
from core.messages import ChatKind

BOT = BotIdentity(team_id="T1", user_id="UBOT", bot_id="BBOT", name="muse")


def body(event: dict[str, Any]) -> dict[str, Any]:
    return {"type": "event_callback", "team_id": "T1", "event_id": "Ev1", "event": event}


def message(text: str, channel: str = "C1", **extra: Any) -> dict[str, Any]:
    kind = {"D": "im", "C": "channel", "G": "group"}[channel[0]]
    return {"type": "message", "channel": channel, "user": "U1", "text": text,
            "ts": "1700000000.000100", "channel_type": kind, "team": "T1", **extra}


def never(channel: str, thread: str) -> bool:
    return False


def test_markup_becomes_plain_names() -> None:
    text = ("<@UBOT> ask <@U2> and <@U3|carla> in <#C9|general> about "
            "<https://example.com|the site>, <https://a.b> and <mailto:x@y.z|x@y.z>: "
            "<!here> <!subteam^S1|@devs> &lt;b&gt; &amp; co")
    assert plain_text(text, {"U2": "ben"}, "UBOT") == (
        "ask @ben and @carla in #general about the site (https://example.com), "
        "https://a.b and x@y.z: @here @devs <b> & co")
    assert plain_text("<@U7>") == "@U7"
    assert mentioned_users("hi <@U1> <@U2|b> <#C1>") == {"U1", "U2"}


def test_chat_kinds() -> None:
    assert chat_kind("D1", "im") is ChatKind.DM
    assert chat_kind("D1") is ChatKind.DM
    assert chat_kind("G1", "mpim") is ChatKind.GROUP
    assert chat_kind("C1", "channel") is ChatKind.CHANNEL


def test_dm_is_addressed_and_keyed_by_channel_and_ts() -> None:
    inbound = classify(body(message("hello", "D1")), BOT, never)
    assert inbound.action == "answer" and inbound.incoming is not None
    incoming = inbound.incoming
    assert incoming.event_id == "D1/1700000000.000100"
    assert incoming.address.is_private and incoming.address.thread_id is None
    assert (incoming.address.workspace, incoming.address.user_id) == ("T1", "U1")
    assert incoming.address.bot_account == "UBOT"
    assert incoming.text == "hello"
    assert inbound.thread is None


def test_mention_and_its_twin_share_one_key_and_a_thread() -> None:
    mention = message("<@UBOT> hi", type="app_mention")
    twin = message("<@UBOT> hi")
    a, b = classify(body(mention), BOT, never), classify(body(twin), BOT, never)
    assert a.action == b.action == "answer"
    assert a.key == b.key == "C1/1700000000.000100"
    assert a.incoming is not None and a.incoming.address.thread_id == "1700000000.000100"
    assert a.thread == ("C1", "1700000000.000100")
    assert a.incoming.text == "hi"


def test_channel_chatter_is_not_for_muse_unless_in_its_thread() -> None:
    assert classify(body(message("lunch?")), BOT, never).action == "ignore"
    reply = message("and then?", thread_ts="1699999999.000001")
    assert classify(body(reply), BOT, never).action == "ignore"
    followed = classify(body(reply), BOT, lambda c, t: (c, t) == ("C1", "1699999999.000001"))
    assert followed.action == "answer" and followed.incoming is not None
    assert followed.incoming.address.thread_id == "1699999999.000001"


def test_bots_edits_and_other_subtypes_are_ignored() -> None:
    cases = [
        message("<@UBOT> hi", bot_id="B2", subtype="bot_message"),
        message("hi", "D1", bot_id="B2"),
        {**message("echo", "D1"), "user": "UBOT"},
        message("x", "D1", subtype="message_changed"),
        message("joined", "D1", subtype="channel_join"),
        {"type": "reaction_added", "user": "U1"},
    ]
    for event in cases:
        assert classify(body(event), BOT, never).action == "ignore", event
    assert classify({"type": "url_verification"}, BOT, never).action == "ignore"


def test_deletions_and_files() -> None:
    deleted = message("", "D1", subtype="message_deleted", deleted_ts="1.2")
    inbound = classify(body(deleted), BOT, never)
    assert (inbound.action, inbound.key) == ("deleted", "D1/1.2")
    files = [{"id": "F1", "name": "a.png", "mimetype": "image/png", "size": 10,
              "url_private": "https://files/a.png"}, {"id": "F2"}]
    shared = classify(body(message("look", "D1", subtype="file_share", files=files)), BOT,
                      never)
    assert [(f.id, f.is_image) for f in shared.files] == [("F1", True)]


def test_slash_commands() -> None:
    payload = {"command": "/muse", "text": "new  now", "channel_id": "C5", "user_id": "U1",
               "team_id": "T1", "trigger_id": "1.2.abc", "channel_name": "general",
               "user_name": "ana"}
    incoming = command_incoming(payload, BOT)
    assert incoming.text == "/new  now"
    assert incoming.event_id == "command/1.2.abc"
    assert incoming.address.chat_kind is ChatKind.CHANNEL
    empty = command_incoming({**payload, "text": "", "channel_id": "D5",
                              "channel_name": "directmessage"}, BOT)
    assert empty.text == "/help" and empty.address.is_private
