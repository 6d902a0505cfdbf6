"""Small server-rendered pages: the login confirmation, the refusal and the expired link.

No script runs on them; they share the chat's stylesheet.
"""

from __future__ import annotations

import html

from aiohttp import web

PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{title} · Muse</title>
<link rel="icon" href="/static/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css">
</head>
<body class="page">
<main class="card" aria-labelledby="card-title">
<div class="brand"><img src="/static/icon.svg" alt="" width="44" height="44"></div>
<h1 id="card-title">{title}</h1>
{body}
</main>
</body>
</html>
"""

HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
        "script-src 'self'; connect-src 'self'; frame-src 'none'; frame-ancestors 'none'; "
        "form-action 'self'; base-uri 'none'"
    ),
}


def page(title: str, body: str, status: int = 200) -> web.Response:
    text = PAGE.format(title=html.escape(title), body=body)
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8",
                        headers=HEADERS)


def refused() -> web.Response:
    return page("Sign in to Muse", (
        "<p>This web chat is reachable from other machines, so it only opens for someone "
        "with a login link.</p>"
        "<p>Send <code>/web</code> to Muse in any chat (Telegram, Discord, Slack or the "
        "terminal) and open the link it sends you. Each link works once, for 10 minutes.</p>"
    ), status=401)


def confirm(token: str) -> web.Response:
    action = f"/login/{html.escape(token, quote=True)}"
    return page("Open the web chat", (
        "<p>You're about to open Muse's web chat on this device as yourself.</p>"
        f'<form method="post" action="{action}">'
        '<button class="primary" type="submit" autofocus>Continue</button></form>'
        '<p class="muted">Only continue if you asked Muse for this link.</p>'
    ))


def expired() -> web.Response:
    return page("This link can't be used", (
        "<p>Login links work once and only for 10 minutes. This one has expired or was "
        "already used.</p><p>Send <code>/web</code> to Muse again for a new link.</p>"
    ), status=410)


def forbidden() -> web.Response:
    return page("Request refused", "<p>This request did not come from the web chat.</p>",
                status=403)
