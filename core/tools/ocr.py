"""OCR with Tesseract (pytesseract), run in a tool worker with ``OMP_THREAD_LIMIT=1``."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from typing import Any

from core.tools.workers import ToolRefused, WorkerPool

MAX_PIXELS = 40_000_000


@dataclass(frozen=True, slots=True)
class OcrText:
    text: str
    confidence: float

    @property
    def empty(self) -> bool:
        return len(self.text.strip()) < 2


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def read_text_sync(png: bytes) -> OcrText:
    """Blocking, in a worker: clean the image up, then run Tesseract."""
    import pytesseract
    from PIL import Image, ImageFilter, ImageOps

    with Image.open(io.BytesIO(png)) as raw:
        if raw.width * raw.height > MAX_PIXELS:
            raise ToolRefused("the image is too large to read")
        image = ImageOps.grayscale(raw.convert("RGB"))
    image = _deskew(image)
    if max(image.size) < 1400:
        factor = 1400 / max(image.size)
        image = image.resize((int(image.width * factor), int(image.height * factor)),
                             Image.Resampling.LANCZOS)
    image = _binarise(image.filter(ImageFilter.GaussianBlur(1.5)))
    data = pytesseract.image_to_data(image, config="--psm 6",
                                     output_type=pytesseract.Output.DICT)
    _reread_hours(image, data)
    return OcrText(_lines(data), _confidence(data))


AMBIGUOUS_HOUR = re.compile(r"^[A-Z]?([SB])([AP]M)$")  # "SAM", "JSAM" (a 9 seen as JS)
HOUR_DIGITS = re.compile(r"^\d{1,2}(?::\d{2})?[AP]M$")


def _reread_hours(image: Any, data: dict[str, list[object]]) -> None:
    """"SAM" could be 5AM or 9AM (and "BAM" 8AM or 3AM; "JSAM" is a 9 read as two letters):
    such a word is read again on its own with only digits and AM/PM allowed; when that is
    still unclear it stays as read."""
    import pytesseract

    for i, word in enumerate(data["text"]):
        if not AMBIGUOUS_HOUR.match(str(word).strip()):
            continue
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        width, height = int(str(data["width"][i])), int(str(data["height"][i]))
        pad = max(4, height // 3)
        crop = image.crop((max(0, left - pad), max(0, top - pad), left + width + pad,
                           top + height + pad))
        again = pytesseract.image_to_string(
            crop, config="--psm 8 -c tessedit_char_whitelist=0123456789APM:").strip()
        if HOUR_DIGITS.match(again):
            data["text"][i] = again


def _deskew(image: Any) -> Any:
    """Undo a small rotation: the angle whose row profile is sharpest wins."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((500, 500))
    best, best_score = 0.0, -1.0
    for step in range(-14, 15):
        angle = step * 0.5
        turned = small.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)
        rows = (np.asarray(turned, dtype=np.float32) < 128).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = angle, score
    if best == 0.0:
        return image
    return image.rotate(best, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def _binarise(image: Any) -> Any:
    """Otsu's threshold: smooths away speckle noise and JPEG artefacts around glyphs."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    hist = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    share = hist / max(hist.sum(), 1.0)
    weight = np.cumsum(share)
    mean = np.cumsum(share * np.arange(256))
    between = (mean[-1] * weight - mean) ** 2 / (weight * (1 - weight) + 1e-12)
    threshold = int(np.argmax(between))
    return Image.fromarray(((pixels > threshold) * 255).astype(np.uint8))


def _lines(data: dict[str, list[object]]) -> str:
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, word in enumerate(data["text"]):
        if str(word).strip():
            key = (int(str(data["block_num"][i])), int(str(data["par_num"][i])),
                   int(str(data["line_num"][i])))
            lines.setdefault(key, []).append(str(word))
    return "\n".join(fix_times(" ".join(words)) for _, words in sorted(lines.items()))


CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[AP]M\b")
LOOKALIKE_HOUR = re.compile(r"(?<![A-Za-z0-9])([OIlZ])(?=\s?[AP]M\b)")
# a letter read for the first digit of a 24-hour clock time ("O7:30 - 16:00")
LOOKALIKE_LEAD = re.compile(r"(?<![A-Za-z0-9])([OIl])(?=\d:\d{2}(?!\d))")
DIGIT_FOR = {"O": "0", "I": "1", "l": "1", "Z": "2"}  # S (5 or 9) and B (8 or 3): not guessed


def fix_times(line: str) -> str:
    """"9AM TO IPM" → "9AM TO 1PM": in a line that shows a clock time, a letter that can only
    be one digit right before AM/PM is read as that digit ("SPM" may be 5PM or 9PM: it is
    read again on its own, see :func:`_reread_hours`)."""
    line = LOOKALIKE_LEAD.sub(lambda m: DIGIT_FOR[m.group(1)], line)  # "O7:30" → "07:30"
    if not CLOCK.search(line):
        return line
    return LOOKALIKE_HOUR.sub(lambda m: DIGIT_FOR[m.group(1)], line)


def _confidence(data: dict[str, list[object]]) -> float:
    scores = [float(str(c)) for c, w in zip(data["conf"], data["text"], strict=True)
              if str(w).strip() and float(str(c)) >= 0]
    return sum(scores) / len(scores) if scores else 0.0


class OcrTools:
    def __init__(self, pool: WorkerPool, timeout: float = 20.0) -> None:
        self._pool = pool
        self._timeout = timeout

    async def read_text(self, png: bytes) -> OcrText:
        """The text in an image (Tesseract)."""
        if not tesseract_available():
            raise ToolRefused("text recognition is not installed here (install the "
                              "tesseract-ocr package)")
        return await self._pool.run(read_text_sync, png, time_limit=self._timeout,
                                    cpu_seconds=int(self._timeout))
