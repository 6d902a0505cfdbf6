"""Name an image's dominant colours in plain words."""

from __future__ import annotations

import colorsys

from PIL import Image

# Achromatic first, then hues by angle (degrees) on the HSV wheel.
HUES: tuple[tuple[float, str], ...] = (
    (15, "red"), (40, "orange"), (65, "yellow"), (160, "green"), (195, "cyan"),
    (255, "blue"), (290, "purple"), (335, "pink"), (360, "red"),
)


def colour_name(rgb: tuple[int, int, int]) -> str:
    r, g, b = (c / 255 for c in rgb)
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    if v < 0.18:
        return "black"
    if s < 0.15:
        if v > 0.85:
            return "white"
        return "grey"
    degrees = h * 360
    name = next(n for limit, n in HUES if degrees < limit)
    if name == "orange" and v < 0.6:
        return "brown"
    if name == "red" and s < 0.5 and v > 0.7:
        return "pink"
    return name


def dominant_colours(image: Image.Image, limit: int = 3) -> tuple[str, ...]:
    """Colour names covering at least 10% of the image, most common first."""
    small = image.convert("RGB").resize((48, 48), Image.Resampling.BOX)
    counts: dict[str, int] = {}
    for count, rgb in small.getcolors(48 * 48) or []:
        if not isinstance(rgb, tuple):
            continue
        name = colour_name((int(rgb[0]), int(rgb[1]), int(rgb[2])))
        counts[name] = counts.get(name, 0) + count
    total = sum(counts.values()) or 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return tuple(n for n, c in ranked if c / total >= 0.10)[:limit]
