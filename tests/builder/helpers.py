"""Helpers for the browser tests."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image
from playwright.sync_api import BrowserContext, Frame, Page

from core.builder import render
from core.builder.spec import ArtifactSpec

InBrowser = Callable[[Callable[[], None]], None]


@dataclass
class Opened:
    context: BrowserContext
    page: Page
    errors: list[str]

    @property
    def frame(self) -> Frame:
        """The artifact's frame inside the preview shell (the page itself when raw)."""
        children = self.page.main_frame.child_frames
        return children[0] if children else self.page.main_frame

    def game(self) -> dict[str, Any]:
        state: dict[str, Any] = self.frame.evaluate("JSON.parse(JSON.stringify(window.__game))")
        return state


def colours_in(png: bytes) -> int:
    image = Image.open(io.BytesIO(png)).convert("RGB").resize((160, 120))
    return len(image.getcolors(160 * 120) or [])


def no_horizontal_scroll(frame: Frame) -> bool:
    return bool(frame.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth "
        "&& document.body.scrollWidth <= window.innerWidth"
    ))


def document(spec: ArtifactSpec) -> str:
    """The stand-alone document for ``spec``, as it is delivered."""
    return render.inline_assets(render.render(spec), {render.PLOTLY: render.plotly_js()})


OpenPage = Callable[..., Opened]
