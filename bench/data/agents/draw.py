"""Images with known text for OCR tests and the agents benchmark.

Receipts, signs and screenshots drawn with Pillow, then degraded the way phone photos
are: a small rotation (±5°), blur, noise and JPEG compression at quality ~60.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
FONTS = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "LiberationSerif-Regular.ttf",
         "DejaVuSerif.ttf")


@dataclass(frozen=True, slots=True)
class Degrade:
    angle: float = 0.0
    blur: float = 0.0
    noise: int = 0
    quality: int = 60
    seed: int = 0


def available_fonts() -> list[Path]:
    found = [d / name for name in FONTS for d in FONT_DIRS if (d / name).exists()]
    if len(found) < 2:
        raise RuntimeError("two TrueType fonts are needed (install fonts-dejavu-core)")
    return found


def font(index: int, size: int) -> ImageFont.FreeTypeFont:
    fonts = available_fonts()
    return ImageFont.truetype(str(fonts[index % len(fonts)]), size)


def receipt(shop: str, items: list[tuple[str, float]], currency: str = "$",
            font_index: int = 0, date: str = "2026-03-14") -> tuple[Image.Image, float]:
    """A till receipt; returns the image and its total."""
    total = round(sum(price for _, price in items), 2)
    lines = [shop.upper(), date, ""]
    lines += [f"{name:<16}{currency}{price:>8.2f}" for name, price in items]
    lines += ["", f"{'TOTAL':<16}{currency}{total:>8.2f}", "THANK YOU"]
    return _text_image(lines, font_index, size=30, mono=True), total


def sign(words: list[str], font_index: int = 0) -> Image.Image:
    return _text_image(words, font_index, size=56, mono=False, padding=60)


def screenshot(title: str, rows: list[str], font_index: int = 0) -> Image.Image:
    image = _text_image([title, "", *rows], font_index, size=28, mono=False)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, image.width - 1, 8), fill=(40, 90, 200))
    return image


def _text_image(lines: list[str], font_index: int, size: int, mono: bool,
                padding: int = 40) -> Image.Image:
    face = ImageFont.truetype(str(Path(FONT_DIRS[0]) / "DejaVuSansMono.ttf"), size) if (
        mono and font_index == 0) else font(font_index, size)
    widths = [face.getbbox(line or " ")[2] for line in lines]
    height = int(size * 1.5)
    image = Image.new("RGB", (max(widths) + 2 * padding, height * len(lines) + 2 * padding),
                      "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((padding, padding + i * height), line, fill=(20, 20, 20), font=face)
    return image


def degrade(image: Image.Image, how: Degrade) -> bytes:
    """Rotate, blur, add noise and JPEG-compress; returns JPEG bytes."""
    out = image.rotate(how.angle, resample=Image.Resampling.BICUBIC, expand=True,
                       fillcolor="white")
    if how.blur:
        out = out.filter(ImageFilter.GaussianBlur(how.blur))
    if how.noise:
        rng = np.random.default_rng(how.seed)
        pixels = np.asarray(out, dtype=np.float32)
        pixels = pixels + rng.normal(0.0, how.noise, size=pixels.shape[:2])[..., None]
        out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=how.quality)
    return buffer.getvalue()


def to_png(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as image:
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG")
        return buffer.getvalue()
