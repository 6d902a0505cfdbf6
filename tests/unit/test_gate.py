"""The image gate with hostile input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from core.media import MediaRejected, check_image
from tests.helpers import final_text, make_app, message

LIMITS = {"max_bytes": 20 * 1024 * 1024, "max_pixels": 40_000_000}


def solid(colour: str, fmt: str = "PNG", size: tuple[int, int] = (64, 48), **kw: object) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format=fmt, **kw)
    return out.getvalue()


@pytest.mark.parametrize(("colour", "name"), [
    ("#ff0000", "red"), ("#00a000", "green"), ("#1030e0", "blue"), ("#ffff00", "yellow"),
    ("#000000", "black"), ("#ffffff", "white"), ("#808080", "grey"), ("#ff8800", "orange"),
    ("#8000a0", "purple"),
])
def test_solid_colour_is_named(colour: str, name: str) -> None:
    assert check_image(solid(colour), **LIMITS).colours[0] == name


def test_formats_detected_from_content_not_name() -> None:
    image = check_image(solid("red", "JPEG"), filename="photo.png", **LIMITS)
    assert image.source_format == "JPEG"
    assert check_image(solid("red", "WEBP"), **LIMITS).source_format == "WebP"
    assert check_image(solid("red", "GIF"), **LIMITS).source_format == "GIF"


@pytest.mark.parametrize(("data", "words"), [
    (b"", "empty"),
    (b"this is plain text, renamed to .png", "not an image"),
    (b"%PDF-1.7 blah", "PDF"),
    (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64, "HEIC"),
    (b"OggS" + b"\x00" * 64, "voice"),
])
def test_unsupported_inputs_get_a_clear_reason(data: bytes, words: str) -> None:
    with pytest.raises(MediaRejected) as info:
        check_image(data, **LIMITS)
    assert words in info.value.reason


def test_truncated_file_is_refused() -> None:
    data = solid("red", "JPEG", size=(400, 400))
    with pytest.raises(MediaRejected, match="damaged"):
        check_image(data[: len(data) // 2], **LIMITS)


def test_pixel_bomb_is_refused_without_decoding() -> None:
    # A tiny PNG that declares a huge canvas.
    bomb = solid("white", size=(12_000, 12_000))
    assert len(bomb) < 1_000_000
    with pytest.raises(MediaRejected, match="too many pixels"):
        check_image(bomb, max_bytes=LIMITS["max_bytes"], max_pixels=50_000_000)
    with pytest.raises(MediaRejected, match="too many pixels"):
        check_image(bomb, **LIMITS)


def test_byte_cap() -> None:
    with pytest.raises(MediaRejected, match="too large"):
        check_image(solid("red"), max_bytes=10, max_pixels=100)


def test_gps_exif_removed_and_orientation_applied() -> None:
    image = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° on display
    exif[0x8825] = {1: "N", 2: (41.0, 9.0, 0.0), 3: "W", 4: (8.0, 36.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    raw = out.getvalue()
    assert b"GPS" in raw or Image.open(io.BytesIO(raw)).getexif().get_ifd(0x8825)
    accepted = check_image(raw, **LIMITS)
    assert (accepted.width, accepted.height) == (20, 40)
    cleaned = Image.open(io.BytesIO(accepted.png))
    assert not cleaned.getexif()
    assert b"Exif" not in accepted.png


async def test_bad_image_gets_friendly_reply_and_record_is_kept(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        text = await final_text(app, message("", images=(b"garbage",), event_id="bad"))
        assert text is not None and "couldn't use" in text and "Traceback" not in text
        rows = await app.db.run(lambda c: c.execute(
            "SELECT media_count, state FROM inbound WHERE event_id='bad'").fetchall())
        assert [tuple(r) for r in rows] == [(1, "answered")]
        assert await final_text(app, message("still here?")) == "You said: still here?"
    finally:
        await app.close()


async def test_image_facts_reach_the_model_as_notes(data_dir: Path) -> None:
    from core.models.scripted import ScriptedBackend

    backend = ScriptedBackend()
    app = await make_app(data_dir, backend)
    try:
        await final_text(app, message("describe this picture", images=(solid("#ee1111"),)))
        turn = backend.requests[-1].messages[-1]
        assert "main colour is red" in turn.content
        stored = list((data_dir / "media").rglob("*.png"))
        assert len(stored) == 1 and stored[0].stat().st_mode & 0o777 == 0o600
    finally:
        await app.close()


async def test_colour_question_about_a_solid_image_is_answered(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        text = await final_text(app, message("what colour is this picture?",
                                             images=(solid("#d01010", "JPEG"),)))
        assert text == "It's red."
    finally:
        await app.close()
