"""The preview listener: serves artifacts on their own origin, sandboxed, without cookies.

Run it on a separate host/port (``MUSE_PREVIEW_URL``) from the web chat. Every response
carries the sandbox CSP and ``nosniff``; no cookie is ever set or read. The artifact runs
inside a ``sandbox="allow-scripts"`` frame of a script-free shell page: a sandboxed
top-level page could still navigate itself anywhere, a sandboxed frame cannot navigate the
top window, and the shell's ``default-src 'none'`` stops the frame navigating itself.
"""

from __future__ import annotations

import html
import re
from collections.abc import Awaitable, Callable

from aiohttp import web

CSP = (
    "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
ARTIFACT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
SHELL = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<link rel="icon" href="data:,"><title>Preview</title><style>'
    "html,body{{margin:0;padding:0;height:100%;overflow:hidden;background:#fff}}"
    "iframe{{display:block;border:0;width:100%;height:100%}}</style></head><body>"
    '<iframe sandbox="allow-scripts" title="Preview" srcdoc="{document}"></iframe>'
    "</body></html>"
)

# Artifact id → the stand-alone HTML document, or None when there is no such artifact.
Lookup = Callable[[str], Awaitable[str | None]]


def shell(document: str) -> str:
    """The script-free page that frames ``document`` in a sandboxed iframe."""
    return SHELL.format(document=html.escape(document, quote=True))


def _page(text: str, status: int = 200) -> web.Response:
    return web.Response(
        text=text, status=status, content_type="text/html", charset="utf-8", headers=HEADERS
    )


async def _no_cookies(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.popall("Set-Cookie", None)
    for name, value in HEADERS.items():
        response.headers[name] = value


def create_preview_app(lookup: Lookup) -> web.Application:
    async def artifact(request: web.Request) -> web.Response:
        artifact_id = request.match_info["artifact_id"]
        document = await lookup(artifact_id) if ARTIFACT_ID.match(artifact_id) else None
        if document is None:
            return _page("<!doctype html><title>Not found</title><p>Not found.</p>", 404)
        return _page(shell(document))

    app = web.Application()
    app.on_response_prepare.append(_no_cookies)
    app.router.add_get("/a/{artifact_id}", artifact)
    return app
