"""Websites and dashboards opened in a real Chromium through the preview listener."""

from __future__ import annotations

import time

import pytest

from core.builder import data, request
from core.builder.spec import ArtifactSpec
from tests.builder.conftest import Servers
from tests.builder.helpers import (
    InBrowser,
    OpenPage,
    colours_in,
    document,
    no_horizontal_scroll,
)

XSS = "</script><script>alert(1)</script> \"quoted\" & 'single'"

SITE_REQUESTS = [
    "make a website for my bakery with opening hours, contact and a gallery, in green",
    "build me a portfolio site with a dark background and a very long title called "
    "\"Supercalifragilisticexpialidocious-Photography-And-Design-Studio\"",
    "create an event page for our wedding with a schedule and location, gold",
    "make a restaurant menu page called \"Luigi's Trattoria\" with prices",
    "I want a link in bio page in pink",
]


def spec_for(text: str, csv: bytes | None = None) -> ArtifactSpec:
    intent = request.detect(text, has_table_file=csv is not None)
    assert intent is not None, text
    dataset = data.from_csv(csv) if csv else data.from_text(text)
    return request.parse(text, intent, {"name": "Anna", "email": "anna@example.com"}, dataset)


@pytest.mark.parametrize("text", SITE_REQUESTS)
def test_site_renders_without_errors_or_horizontal_scroll(
    text: str, servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        spec = spec_for(text)
        url = servers.publish(document(spec))
        for width in (375, 1280):
            opened = open_page(url, width=width)
            frame = opened.frame
            assert frame.locator("h1").first.inner_text().strip() == spec.title
            assert no_horizontal_scroll(frame), f"horizontal scroll at {width}px"
            for section in spec.sections:
                assert frame.locator(f"section#{section}").count() == 1
            assert colours_in(opened.page.screenshot()) > 8
            assert opened.errors == []

    in_browser(steps)


def test_dashboard_draws_its_charts(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        csv = b"month,revenue,costs\nJan,1200,800\nFeb,1350,820\nMar,1600,900\nApr,1500,950\n"
        spec = spec_for("turn this CSV into a dashboard", csv)
        opened = open_page(servers.publish(document(spec)), width=375)
        frame = opened.frame
        deadline = time.monotonic() + 15
        done = "!!window.__dashboard && window.__dashboard.rendered === window.__dashboard.charts"
        while not frame.evaluate(done):
            assert time.monotonic() < deadline, "charts never rendered"
            opened.page.wait_for_timeout(50)
        charts = frame.evaluate("window.__dashboard.charts")
        assert charts >= 3
        assert frame.locator(".chart .main-svg").count() >= charts
        assert frame.locator(".cards .card").count() >= 3
        assert "Total revenue" in (frame.locator(".cards").text_content() or "")
        assert no_horizontal_scroll(frame)
        assert colours_in(opened.page.screenshot()) > 8
        assert opened.errors == []

    in_browser(steps)


@pytest.mark.parametrize("kind,template", [
    ("website", "landing"), ("website", "links"), ("game", "snake"), ("dashboard", "dashboard"),
])
def test_hostile_title_shows_as_text(
    kind: str, template: str, servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        dataset = data.from_text("a 1, b 2, c 3") if kind == "dashboard" else None
        spec = ArtifactSpec(kind=kind, template=template, title=XSS, player=XSS,  # type: ignore[arg-type]
                            dataset=dataset)
        opened = open_page(servers.raw(document(spec)))
        frame = opened.frame
        assert frame.locator("h1").first.inner_text().strip() == XSS.strip()
        assert frame.evaluate("document.title") == XSS
        opened.page.wait_for_timeout(200)
        assert not [e for e in opened.errors if "dialog" in e or "SyntaxError" in e]
        assert opened.errors == []

    in_browser(steps)


def test_hostile_title_from_request_text(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        spec = spec_for('make a website called "</script><script>alert(1)</script>"')
        assert spec.title == "</script><script>alert(1)</script>"
        opened = open_page(servers.publish(document(spec)))
        assert opened.frame.locator("h1").first.inner_text() == spec.title
        assert opened.errors == []

    in_browser(steps)
