"""Photos, images sent as files, albums and other files."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from telegram import Bot, Update

from bots.telegram_convert import BotInfo, to_inbound
from tests.fakes.fake_telegram import FakeTelegram, TgChat, TgUser
from tests.helpers import make_app
from tests.telegram_face.harness import rig

ANA = TgUser(1001, "Ana", username="ana")
GROUP = TgChat.group(-2001)


def solid(colour: tuple[int, int, int], fmt: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(out, fmt)
    return out.getvalue()


async def test_photo_of_a_solid_colour_is_answered_with_its_colour(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.inject_photo(TgChat.private(ANA), ANA, solid((220, 20, 20)),
                            caption="what colour is this?")
        (reply,) = await r.replies(ANA.id)
        assert "red" in (reply.text or "").lower()
        # the largest size was fetched by file id; no file URL was stored
        assert len(r.fake.downloads) == 1
        rows = await r.app.db.run(lambda c: c.execute("SELECT payload FROM inbound").fetchall())
        assert rows and all("/file/bot" not in row[0] and r.fake.token not in row[0]
                            for row in rows)


async def test_image_sent_as_a_file_is_read_as_an_image(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.inject_document(TgChat.private(ANA), ANA, solid((20, 20, 220), "PNG"),
                               file_name="sky.png", mime_type="image/png",
                               caption="which colour?")
        (reply,) = await r.replies(ANA.id)
        assert "blue" in (reply.text or "").lower()


async def test_album_is_merged_into_one_message(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        parts = r.fake.inject_album(TgChat.private(ANA), ANA,
                                    [solid((220, 20, 20)), solid((20, 160, 20)),
                                     solid((20, 20, 220))], caption="what colours are these?")
        (reply,) = await r.replies(ANA.id)
        text = (reply.text or "").lower()
        assert "red" in text and "green" in text and "blue" in text
        assert len(r.fake.downloads) == 3
        r.fake.redeliver(parts[1].update_id)  # a redelivered part is not a new message
        r.fake.inject_private(ANA, "marker")
        replies = await r.replies(ANA.id, count=2)
        assert [m.text for m in replies][1] == "You said: marker"
        assert len(r.fake.bot_messages(ANA.id)) == 2


async def test_album_in_a_group_with_a_mention_is_merged(data_dir: Path) -> None:
    # Parts after the first carry no caption, so they reach Muse only with privacy off.
    async with FakeTelegram(can_read_all_group_messages=True) as fake, rig(
            data_dir, fake=fake) as r:
        r.fake.inject_album(GROUP, ANA, [solid((220, 20, 20)), solid((20, 20, 220))],
                            caption="@muse_test_bot what colours are these?")
        r.fake.inject_album(GROUP, ANA, [solid((220, 20, 20)), solid((20, 20, 220))],
                            caption="not for Muse")
        (reply,) = await r.replies(GROUP.id)
        assert "red" in (reply.text or "").lower() and "blue" in (reply.text or "").lower()
        assert len(r.fake.downloads) == 2


async def test_other_file_gets_a_clear_reply_naming_it(data_dir: Path) -> None:
    async with rig(data_dir) as r:
        r.fake.inject_document(TgChat.private(ANA), ANA, b"%PDF-1.4 " + b"x" * 5000,
                               file_name="report.pdf", mime_type="application/pdf")
        (reply,) = await r.replies(ANA.id)
        assert "report.pdf" in (reply.text or "") and "KB" in (reply.text or "")
        assert not r.fake.downloads


async def test_image_of_a_message_left_unanswered_is_fetched_again(data_dir: Path) -> None:
    async with FakeTelegram() as fake:
        sent = fake.inject_photo(TgChat.private(ANA), ANA, solid((20, 160, 20)),
                                 caption="what colour is this?")
        update = Update.de_json(fake.update(sent.update_id), Bot(fake.token))
        assert update is not None
        inbound = to_inbound(update, BotInfo(fake.bot_user.id, "muse_test_bot"))
        assert inbound is not None
        app = await make_app(data_dir)  # persisted by a process that then died
        assert await app.engine.receive(inbound.message)
        await app.close()
        async with rig(data_dir, fake=fake) as r:  # Telegram offers the update again
            (reply,) = await r.replies(ANA.id)
            assert "green" in (reply.text or "").lower()
            assert len(fake.bot_messages(ANA.id)) == 1
