"""The pure converters: who is addressed, identity, conversation, parts."""

from __future__ import annotations

from dataclasses import replace

from bots.discord_commands import command_payload, command_text
from bots.discord_convert import (
    FileInfo,
    Quoted,
    Seen,
    address_of,
    clean_text,
    is_addressed,
    should_ignore,
    to_incoming,
)
from core.commands.registry import Arg, Command, CommandContext, CommandReply
from core.messages import ChatKind, FilePart, ImagePart, MentionPart, ReplyRef

BOT = "900"
GUILD_MESSAGE = Seen(id="1", channel_id="10", guild_id="5", author_id="42", author_name="Ana",
                     author_bot=False, content="hello everyone")
DM = replace(GUILD_MESSAGE, guild_id="", is_dm=True, channel_id="77")
THREAD = replace(GUILD_MESSAGE, channel_id="11", parent_id="10")


async def noop(ctx: CommandContext) -> CommandReply:
    return CommandReply("")


def test_dm_is_addressed_and_keyed_by_author_not_channel() -> None:
    assert is_addressed(DM, BOT, following=False)
    address = address_of(DM, BOT)
    assert address.chat_kind is ChatKind.DM and address.workspace == ""
    assert address.user_id == "42" and address.chat_id == "77"


def test_guild_message_needs_a_mention_or_a_reply_to_muse() -> None:
    assert not is_addressed(GUILD_MESSAGE, BOT, following=False)
    mention = replace(GUILD_MESSAGE, content=f"<@{BOT}> hi", mentions=((BOT, "Muse"),))
    assert is_addressed(mention, BOT, following=False)
    reply = replace(GUILD_MESSAGE, quoted=Quoted("3", "earlier", BOT))
    assert is_addressed(reply, BOT, following=False)
    reply_to_other = replace(GUILD_MESSAGE, quoted=Quoted("3", "earlier", "43"))
    assert not is_addressed(reply_to_other, BOT, following=False)


def test_server_is_the_workspace_and_thread_the_conversation() -> None:
    address = address_of(THREAD, BOT)
    assert (address.workspace, address.chat_id, address.thread_id) == ("5", "10", "11")
    assert address.identity.user_id == "42" and address.identity.workspace == "5"
    assert address_of(GUILD_MESSAGE, BOT).conversation != address.conversation


def test_threads_followed_or_started_by_muse_are_addressed_when_readable() -> None:
    assert not is_addressed(THREAD, BOT, following=False)
    assert is_addressed(THREAD, BOT, following=True)
    assert is_addressed(replace(THREAD, thread_owner_id=BOT), BOT, following=False)
    hidden = replace(THREAD, content="")  # no message-content intent
    assert not is_addressed(hidden, BOT, following=True)


def test_own_other_bots_and_system_messages_are_ignored() -> None:
    assert should_ignore(replace(DM, author_id=BOT), BOT)
    assert should_ignore(replace(DM, author_bot=True), BOT)
    assert should_ignore(replace(DM, kind_ok=False), BOT)
    assert not should_ignore(DM, BOT)


def test_mentions_quotes_and_attachments_become_parts() -> None:
    seen = replace(
        GUILD_MESSAGE,
        content=f"<@{BOT}> ask <@!43> about this",
        mentions=((BOT, "Muse"), ("43", "Bob")),
        files=(FileInfo("f1", "http://x/a.png", "a.png", 10, "image/png"),
               FileInfo("f2", "http://x/b.pdf", "b.pdf", 2048, "application/pdf")),
        quoted=Quoted("3", f"<@{BOT}> old text", BOT),
    )
    incoming = to_incoming(seen, BOT, True, {"f1": b"png-bytes"})
    assert incoming.text == "ask @Bob about this"
    assert incoming.event_id == "1"
    (image,) = incoming.images
    assert image == ImagePart(b"png-bytes", "a.png", "f1")
    assert incoming.files == (FilePart("b.pdf", 2048, "application/pdf",
                                       platform_file_id="f2"),)
    assert MentionPart("43", "Bob") in incoming.parts
    assert incoming.reply_to == ReplyRef("3", "old text", True)


def test_image_recognised_by_type_or_name() -> None:
    assert FileInfo("1", "u", "photo.JPG", 1).is_image
    assert FileInfo("1", "u", "blob", 1, "image/webp").is_image
    assert not FileInfo("1", "u", "notes.txt", 1, "text/plain").is_image


def test_clean_text_keeps_unknown_mentions() -> None:
    assert clean_text(f"<@{BOT}>  hi <@555>", BOT, ()) == "hi <@555>"


def test_command_payload_and_text_follow_the_registry() -> None:
    command = Command("remind", "Set a reminder", noop,
                      args=(Arg("when", "when"), Arg("what", "what", required=True)))
    (payload,) = command_payload([command])
    assert payload["name"] == "remind" and payload["type"] == 1
    assert [o["name"] for o in payload["options"]] == ["what", "when"]
    data = {"name": "remind", "options": [{"name": "what", "value": "tea"},
                                          {"name": "when", "value": "5pm"}]}
    assert command_text(data, command) == "/remind 5pm tea"
    assert command_text({"name": "remind"}, command) == "/remind"


def test_library_logs_never_show_interaction_tokens() -> None:
    import logging

    from bots.discord_client import RedactTokens

    record = logging.LogRecord(
        "discord.http", logging.WARNING, __file__, 1,
        "We are being rate limited. %s %s responded with 429.",
        ("POST", "https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb24/callback"), None)
    assert RedactTokens().filter(record)
    assert "aW50ZXJhY3Rpb24" not in record.getMessage()
    assert "/interactions/123/[token]/callback" in record.getMessage()
