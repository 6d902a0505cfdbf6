"""The image and file gate: the one place where media enters the core.

Bytes are checked (byte cap, format from content, pixel cap with Pillow's decompression
bomb warning as an error), decoded off the event loop, re-encoded without EXIF/GPS and
with orientation applied. Raw bytes are never stored. Each accepted image carries basic
facts (size, format, dominant colours in plain words) the engine gives the model as notes.
"""

from __future__ import annotations

import asyncio
import io
import warnings
from dataclasses import dataclass, field

from PIL import Image, ImageOps, UnidentifiedImageError

from core.colours import dominant_colours

NOT_AN_IMAGE = "that file is not an image I can read (JPEG, PNG, WebP or GIF)"
ACCEPTED = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "GIF": "GIF"}
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"OggS", "voice message"),
    (b"ID3", "audio"),
    (b"RIFF", "audio"),  # WebP is RIFF too; it is recognised by Pillow first
    (b"#!AMR", "voice message"),
)


class MediaRejected(Exception):
    """An image or file the gate refused; ``reason`` is a short, friendly sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class AcceptedImage:
    png: bytes = field(repr=False)
    width: int
    height: int
    source_format: str
    colours: tuple[str, ...]
    filename: str = ""

    @property
    def size(self) -> int:
        return len(self.png)

    def facts(self) -> str:
        """A third-person note the model can use."""
        colours = ", ".join(self.colours) if self.colours else "mixed colours"
        main = self.colours[0] if self.colours else "mixed"
        return (
            f"The person attached a {self.source_format} image, {self.width}×{self.height} "
            f"pixels. Its main colour is {main} (colours: {colours})."
        )


def _kind_of(data: bytes) -> str | None:
    head = data[:16]
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypheif"):
        return "HEIC"
    for magic, kind in SIGNATURES:
        if head.startswith(magic) and not (kind == "audio" and data[8:12] == b"WEBP"):
            return kind
    return None


def check_image(data: bytes, *, max_bytes: int, max_pixels: int, filename: str = "") -> (
    AcceptedImage
):
    """Blocking: validate and normalise. Raises :class:`MediaRejected`."""
    if not data:
        raise MediaRejected("the image is empty (0 bytes)")
    if len(data) > max_bytes:
        raise MediaRejected(f"the image is too large (limit {max_bytes // (1024 * 1024)} MB)")
    other = _kind_of(data)
    if other is not None and other != "audio":
        raise MediaRejected(f"{other} files are not supported yet; please send a JPEG or PNG")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                fmt = probe.format or ""
                if fmt not in ACCEPTED:
                    raise MediaRejected(NOT_AN_IMAGE)
                if probe.width * probe.height > max_pixels:
                    raise MediaRejected("the image has too many pixels for me to open safely")
                probe.seek(0)
                probe.load()
                image = ImageOps.exif_transpose(probe)
                image = image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB")
        except MediaRejected:
            raise
        except UnidentifiedImageError:
            raise MediaRejected(NOT_AN_IMAGE) from None
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            raise MediaRejected("the image has too many pixels for me to open safely") from None
        except (OSError, SyntaxError, ValueError, EOFError):
            raise MediaRejected("the image looks damaged or incomplete; could you send it "
                                "again?") from None
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)  # a fresh PNG carries no EXIF/GPS
    return AcceptedImage(
        png=out.getvalue(),
        width=image.width,
        height=image.height,
        source_format=ACCEPTED[fmt],
        colours=dominant_colours(image),
        filename=filename,
    )


async def accept_image(data: bytes, *, max_bytes: int, max_pixels: int, filename: str = "") -> (
    AcceptedImage
):
    """The gate, off the event loop."""
    return await asyncio.to_thread(
        check_image, data, max_bytes=max_bytes, max_pixels=max_pixels, filename=filename
    )
