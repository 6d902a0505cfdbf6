"""HTTP routes of the web chat: the page, its API, login and logout.

Every request is resolved to a web user first: a valid session cookie, else the local owner
when the chat is bound to loopback only, else nobody (401, with a page explaining ``/web``).
Unsafe methods must come from the chat's own origin.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from bots.web import auth, chat, pages
from core.app import App

STATIC = Path(__file__).with_name("static")
APP: web.AppKey[App] = web.AppKey("muse_app", App)
USER: web.RequestKey[auth.WebUser] = web.RequestKey("web_user", auth.WebUser)
OPEN_PATHS = ("/healthz", "/readyz", "/static/", "/login/", "/favicon.ico")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _user(request: web.Request) -> auth.WebUser:
    return request[USER]


async def resolve_user(request: web.Request) -> auth.WebUser | None:
    app = request.app[APP]
    session = request.cookies.get(auth.COOKIE, "")
    if session:
        user = await auth.session_user(app, session)
        if user is not None:
            return user
    # The Host check defeats DNS rebinding: a page on another name that resolves to
    # 127.0.0.1 is same-origin with itself, never with the owner's loopback chat.
    local = auth.serves_local_owner(app.settings) and auth.is_loopback(request.url.host or "")
    return auth.OWNER if local else None


def _same_origin(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None or request.method in ("GET", "HEAD", "OPTIONS"):
        return True
    return urlsplit(origin).netloc == request.host


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    if not _same_origin(request):
        return pages.forbidden()
    if request.path.startswith(OPEN_PATHS):
        return await handler(request)
    user = await resolve_user(request)
    if user is None:
        if request.path.startswith("/api/"):
            return web.json_response({"error": "login required"}, status=401)
        return pages.refused()
    request[USER] = user
    return await handler(request)


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    for name, value in pages.HEADERS.items():
        response.headers.setdefault(name, value)


# --- the page and its API ----------------------------------------------------------------


async def index(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-store"})


async def state(request: web.Request) -> web.Response:
    app, user = request.app[APP], _user(request)
    return web.json_response({
        "user": "owner" if user is auth.OWNER else "signed-in",
        "history": await chat.history(app, user),
        "commands": chat.commands(app),
        "artifacts": await chat.artifacts(app, user),
        "notices": await chat.notices(app, user),
    })


async def send(request: web.Request) -> web.StreamResponse:
    app, user = request.app[APP], _user(request)
    try:
        message = await chat.read_message(request, user,
                                          app.settings.engine.max_image_bytes)
    except chat.BadRequest as exc:
        return web.json_response({"error": str(exc)}, status=400)
    except ValueError:
        return web.json_response({"error": "That request could not be read."}, status=400)
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                           "Cache-Control": "no-store",
                                           "X-Accel-Buffering": "no"})
    await response.prepare(request)
    await chat.stream_answer(app, message, response)
    return response


async def stop(request: web.Request) -> web.Response:
    return web.json_response({"stopped": await chat.stop(request.app[APP], _user(request))})


# --- login and logout --------------------------------------------------------------------


def _see_other() -> web.Response:
    return web.Response(status=303, headers={"Location": "/"})


async def login_page(request: web.Request) -> web.Response:
    token = request.match_info["token"]
    if not await auth.peek_login(request.app[APP], token):
        return pages.expired()
    return pages.confirm(token)


async def login(request: web.Request) -> web.Response:
    app = request.app[APP]
    found = await auth.consume_login(app, request.match_info["token"])
    if found is None:
        return pages.expired()
    session, _ = found
    response = _see_other()
    response.set_cookie(auth.COOKIE, session, httponly=True, samesite="Strict", path="/",
                        max_age=auth.SESSION_TTL_S,
                        secure=app.settings.public_url.startswith("https://"))
    return response


async def logout(request: web.Request) -> web.Response:
    session = request.cookies.get(auth.COOKIE, "")
    if session:
        await auth.end_session(request.app[APP], session)
    response = _see_other()
    response.del_cookie(auth.COOKIE, path="/")
    return response


async def favicon(request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC / "icon.svg")


def add_chat(web_app: web.Application, app: App) -> None:
    web_app[APP] = app
    web_app.middlewares.append(guard)
    web_app.on_response_prepare.append(_security_headers)
    router = web_app.router
    router.add_get("/", index)
    router.add_get("/api/state", state)
    router.add_post("/api/messages", send)
    router.add_post("/api/stop", stop)
    router.add_get("/login/{token}", login_page)
    router.add_post("/login/{token}", login)
    router.add_post("/logout", logout)
    router.add_get("/favicon.ico", favicon)
    router.add_static("/static/", STATIC)
