"""The pure converters, on recorded update payloads (no network)."""

from __future__ import annotations

from typing import Any

from telegram import Bot, Update

from bots.delivery import Chunk, Entity
from bots.telegram_convert import BotInfo, telegram_entities, to_inbound
from core.messages import ChatKind, FilePart, ImagePart, MentionPart, ReplyRef

BOT = BotInfo(777, "muse_bot")
ANA = {"id": 1001, "is_bot": False, "first_name": "Ana", "last_name": "Lee"}
OFFLINE = Bot("777:offline-token")


def update(message: dict[str, Any], update_id: int = 10) -> Update:
    base = {"message_id": 5, "date": 1_700_000_000, "from": ANA,
            "chat": {"id": -500, "type": "supergroup", "title": "Team"}}
    parsed = Update.de_json({"update_id": update_id, "message": {**base, **message}}, OFFLINE)
    assert parsed is not None
    return parsed


def test_group_mention_is_addressed_stripped_and_attributed_to_the_sender() -> None:
    text = "hey @Muse_Bot what's up?"
    inbound = to_inbound(update({"text": text, "entities": [
        {"type": "mention", "offset": 4, "length": 9}]}), BOT)
    assert inbound is not None
    msg = inbound.message
    assert msg.addressed and msg.text == "hey what's up?"
    assert msg.event_id == "10" and msg.address.chat_kind is ChatKind.GROUP
    assert msg.address.user_id == "1001" and msg.address.chat_id == "-500"
    assert msg.address.bot_account == "777" and msg.sender.display_name == "Ana Lee"
    assert MentionPart("777", "muse_bot") in msg.parts


def test_a_bare_mention_is_answered() -> None:
    inbound = to_inbound(update({"text": "@muse_bot", "entities": [
        {"type": "mention", "offset": 0, "length": 9}]}), BOT)
    assert inbound is not None and inbound.message.addressed
    assert inbound.message.text == "@muse_bot"


def test_group_message_for_someone_else_is_not_addressed() -> None:
    for message in ({"text": "hello @someone", "entities": [
                        {"type": "mention", "offset": 6, "length": 8}]},
                    {"text": "/help@other_bot", "entities": [
                        {"type": "bot_command", "offset": 0, "length": 15}]},
                    {"text": "plain"}):
        inbound = to_inbound(update(message), BOT)
        assert inbound is not None and not inbound.message.addressed


def test_command_and_reply_to_muse_address_it_in_a_group() -> None:
    command = to_inbound(update({"text": "/help@muse_bot", "entities": [
        {"type": "bot_command", "offset": 0, "length": 14}]}), BOT)
    assert command is not None and command.message.addressed
    muse = {"id": 777, "is_bot": True, "first_name": "Muse"}
    reply = to_inbound(update({"text": "why?", "reply_to_message": {
        "message_id": 3, "date": 1_700_000_000, "from": muse, "text": "Because.",
        "chat": {"id": -500, "type": "supergroup"}}}), BOT)
    assert reply is not None and reply.message.addressed
    assert reply.message.reply_to == ReplyRef("3", "Because.", to_bot=True)


def test_forum_topic_sets_the_thread_and_its_start_is_no_reply() -> None:
    start = {"message_id": 2, "date": 1_700_000_000, "from": ANA,
             "chat": {"id": -500, "type": "supergroup"},
             "forum_topic_created": {"name": "Plans", "icon_color": 1}}
    inbound = to_inbound(update({"text": "@muse_bot hi", "message_thread_id": 2,
                                 "is_topic_message": True, "reply_to_message": start,
                                 "entities": [{"type": "mention", "offset": 0, "length": 9}]}),
                         BOT)
    assert inbound is not None
    assert inbound.message.address.thread_id == "2" and inbound.message.reply_to is None


def test_private_photo_keeps_the_largest_file_id_and_no_url() -> None:
    sizes = [{"file_id": f"id{n}", "file_unique_id": f"u{n}", "width": 10 * n,
              "height": 10 * n, "file_size": 100 * n} for n in (1, 2, 3)]
    inbound = to_inbound(update({"photo": sizes, "caption": "colour?", "media_group_id": "g1",
                                 "chat": {"id": 1001, "type": "private"}}), BOT)
    assert inbound is not None and inbound.album == "g1" and inbound.needs_download
    (image,) = inbound.message.images
    assert image == ImagePart(b"", filename="photo_u3.jpg", platform_file_id="id3")
    assert inbound.message.address.is_private and inbound.message.text == "colour?"


def test_other_files_are_named_and_sized() -> None:
    doc = {"file_id": "d1", "file_unique_id": "ud1", "file_name": "notes.pdf",
           "mime_type": "application/pdf", "file_size": 2048}
    inbound = to_inbound(update({"document": doc, "chat": {"id": 1001, "type": "private"}}),
                         BOT)
    assert inbound is not None
    assert inbound.message.files == (FilePart("notes.pdf", 2048, "application/pdf",
                                              platform_file_id="d1"),)


def test_bots_and_service_messages() -> None:
    other_bot = {"id": 9, "is_bot": True, "first_name": "Other"}
    inbound = to_inbound(update({"from": other_bot, "text": "/help",
                                 "chat": {"id": 1001, "type": "private"}}), BOT)
    assert inbound is not None and not inbound.message.addressed
    assert to_inbound(update({"new_chat_title": "New"}), BOT) is None


def test_entities_keep_url_and_language() -> None:
    chunk = Chunk("see link\ncode", (Entity("text_link", 4, 4, (("url", "https://x.org"),)),
                                     Entity("pre", 9, 4, (("language", "py"),)),
                                     Entity("bold", 0, 0)))
    out = telegram_entities(chunk)
    assert [(e.type, e.offset, e.length) for e in out] == [("text_link", 4, 4), ("pre", 9, 4)]
    assert out[0].url == "https://x.org" and out[1].language == "py"
