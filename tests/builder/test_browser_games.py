"""Every game played in a real Chromium: keys on a desktop, taps and swipes on a touch screen."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import FloatRect

from core.builder import request
from core.builder.spec import GAMES
from tests.builder.conftest import Servers
from tests.builder.helpers import (
    InBrowser,
    Opened,
    OpenPage,
    colours_in,
    document,
    no_horizontal_scroll,
)


def publish_game(servers: Servers, game: str, extra: str = "") -> str:
    text = f"make a {game} game {extra}".strip()
    intent = request.detect(text)
    assert intent is not None and intent.template == game
    return servers.publish(document(request.parse(text, intent, {"name": "Sam"})))


def canvas_box(opened: Opened) -> FloatRect:
    box = opened.frame.locator("canvas").bounding_box()
    assert box is not None
    return box


def at(opened: Opened, fx: float, fy: float) -> tuple[float, float]:
    box = canvas_box(opened)
    return box["x"] + box["width"] * fx, box["y"] + box["height"] * fy


def swipe(opened: Opened, start: tuple[float, float], dx: float, dy: float) -> None:
    cdp = opened.context.new_cdp_session(opened.page)
    x, y = start
    steps = [("touchStart", x, y), ("touchMove", x + dx / 2, y + dy / 2),
             ("touchMove", x + dx, y + dy)]
    for kind, px, py in steps:
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [{"x": px, "y": py}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def focus(opened: Opened) -> None:
    opened.frame.locator("h1").click()


def wait_for(opened: Opened, condition: str, timeout: float = 5.0) -> None:
    """Poll ``condition`` in the artifact (the page's CSP forbids string evaluation there)."""
    deadline = time.monotonic() + timeout
    while not opened.frame.evaluate(f"!!({condition})"):
        assert time.monotonic() < deadline, f"never true: {condition}"
        opened.page.wait_for_timeout(40)


def check_page(opened: Opened) -> None:
    assert no_horizontal_scroll(opened.frame)
    assert colours_in(opened.page.screenshot()) > 5
    assert opened.errors == []


@pytest.mark.parametrize("game", GAMES)
def test_game_loads_clean_at_both_widths(
    game: str, servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        url = publish_game(servers, game)
        for width in (375, 1280):
            opened = open_page(url, width=width, touch=width == 375)
            assert opened.game()["name"] == game
            check_page(opened)

    in_browser(steps)


def test_snake_keys(servers: Servers, open_page: OpenPage, in_browser: InBrowser) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "snake"))
        start = opened.game()["head"]
        focus(opened)
        opened.page.keyboard.press("ArrowUp")
        wait_for(opened, f"window.__game.head.y < {start['y']} && window.__game.dir === 'up'")
        opened.page.keyboard.press("ArrowRight")
        wait_for(opened, f"window.__game.head.x > {start['x']}")
        assert opened.errors == []

    in_browser(steps)


def test_snake_swipes_and_taps(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "snake"), width=375, touch=True)
        start = opened.game()["head"]
        swipe(opened, at(opened, 0.5, 0.3), 0, 90)
        wait_for(opened, f"window.__game.dir === 'down' && window.__game.head.y > {start['y']}")
        opened.page.touchscreen.tap(*at(opened, 0.95, 0.5))
        wait_for(opened, "window.__game.dir === 'right' && window.__game.taps >= 1")
        assert opened.game()["swipes"] == 1
        assert opened.errors == []

    in_browser(steps)


def test_pong_keys_and_touch(servers: Servers, open_page: OpenPage, in_browser: InBrowser) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "pong"))
        start = opened.game()["paddleY"]
        focus(opened)
        opened.page.keyboard.down("ArrowDown")
        wait_for(opened, f"window.__game.paddleY > {start + 20}")
        opened.page.keyboard.up("ArrowDown")
        touch = open_page(publish_game(servers, "pong"), width=375, touch=True)
        begin = touch.game()["paddleY"]
        touch.page.touchscreen.tap(*at(touch, 0.1, 0.02))
        wait_for(touch, f"window.__game.paddleY < {begin - 20}")
        swipe(touch, at(touch, 0.5, 0.2), 0, 100)
        wait_for(touch, f"window.__game.paddleY > {begin}")
        assert opened.errors == [] and touch.errors == []

    in_browser(steps)


def test_breakout_keys_and_touch(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "breakout"))
        start = opened.game()["paddleX"]
        focus(opened)
        opened.page.keyboard.down("ArrowRight")
        wait_for(opened, f"window.__game.paddleX > {start + 20}")
        opened.page.keyboard.up("ArrowRight")
        opened.page.keyboard.press("Space")
        wait_for(opened, "window.__game.launched && window.__game.ball.y < 300")
        touch = open_page(publish_game(servers, "breakout"), width=375, touch=True)
        begin = touch.game()["paddleX"]
        touch.page.touchscreen.tap(*at(touch, 0.05, 0.9))
        wait_for(touch, f"window.__game.launched && window.__game.paddleX < {begin - 20}")
        swipe(touch, at(touch, 0.3, 0.5), 120, 0)
        wait_for(touch, f"window.__game.paddleX > {begin}")
        assert opened.errors == [] and touch.errors == []

    in_browser(steps)


def test_tictactoe_keys_and_taps(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "tictactoe"))
        focus(opened)
        opened.page.keyboard.press("5")
        wait_for(opened, "window.__game.board[4] === 'X' && window.__game.board.includes('O')")
        touch = open_page(publish_game(servers, "tictactoe", "easy"), width=375, touch=True)
        touch.page.touchscreen.tap(*at(touch, 0.15, 0.15))
        wait_for(touch, "window.__game.board[0] === 'X' && window.__game.board.includes('O')")
        assert opened.errors == [] and touch.errors == []

    in_browser(steps)


def test_memory_keys_and_taps(servers: Servers, open_page: OpenPage, in_browser: InBrowser) -> None:
    def steps() -> None:
        opened = open_page(publish_game(servers, "memory"))
        focus(opened)
        opened.page.keyboard.press("Enter")
        wait_for(opened, "window.__game.flipped === 1")
        opened.page.keyboard.press("ArrowRight")
        opened.page.keyboard.press("Enter")
        wait_for(opened, "window.__game.moves === 1")
        touch = open_page(publish_game(servers, "memory", "easy"), width=375, touch=True)
        touch.page.touchscreen.tap(*at(touch, 0.1, 0.1))
        wait_for(touch, "window.__game.flipped === 1 && window.__game.taps === 1")
        assert opened.errors == [] and touch.errors == []

    in_browser(steps)


def test_customised_game(servers: Servers, open_page: OpenPage, in_browser: InBrowser) -> None:
    def steps() -> None:
        url = publish_game(
            servers, "snake", 'for my son Leo called "Leo\'s Snake", very fast and hard, in orange'
        )
        opened = open_page(url, width=375, touch=True)
        config = opened.frame.evaluate("CONFIG")
        assert config["player"] == "Leo" and config["title"] == "Leo's Snake"
        assert config["speed"] > 1.5 and config["difficulty"] == "hard"
        assert config["colours"]["accent"] == "#f76707"
        assert opened.frame.locator("#player").inner_text().startswith("Leo")
        cookie = "(() => { try { return document.cookie; } catch (e) { return 'blocked'; } })()"
        assert opened.frame.evaluate(cookie) == "blocked"
        assert opened.errors == []

    in_browser(steps)
