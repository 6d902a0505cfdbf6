"""The web chat's HTTP contract: sessions, isolation, forged requests, bad input."""

from __future__ import annotations

import re
import sqlite3
import time

import aiohttp

from bots.web import auth
from core.messages import ChatKind, Final, IdentityKey, PrivateReply
from tests.helpers import collect, message
from tests.web.helpers import Server, solid_png

EVENT = re.compile(r"event: (\w+)\ndata: (.*)\n\n")


async def _signed_in(server: Server, link: str) -> aiohttp.ClientSession:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with session.post(link, allow_redirects=False) as resp:
        assert resp.status == 303
    return session


async def _say(session: aiohttp.ClientSession, url: str, text: str) -> list[tuple[str, str]]:
    form = aiohttp.FormData({"text": text})
    async with session.post(f"{url}/api/messages", data=form) as resp:
        assert resp.status == 200, await resp.text()
        return EVENT.findall(await resp.text())


async def _history(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(f"{url}/api/state") as resp:
        assert resp.status == 200
        return str((await resp.json())["history"])


def test_each_person_sees_only_their_own_conversation(remote: Server) -> None:
    alice_link, bob_link = remote.login_link("alice2"), remote.login_link("bob2")

    async def scenario() -> tuple[str, str]:
        alice = await _signed_in(remote, alice_link)
        bob = await _signed_in(remote, bob_link)
        try:
            assert ("final", '{"text": "You said: alice secret tulip", "ok": true}') in \
                await _say(alice, remote.url, "alice secret tulip")
            await _say(bob, remote.url, "bob public note")
            return await _history(alice, remote.url), await _history(bob, remote.url)
        finally:
            await alice.close()
            await bob.close()

    alice_sees, bob_sees = remote.call(scenario())
    assert "alice secret tulip" in alice_sees and "bob public note" not in alice_sees
    assert "bob public note" in bob_sees and "tulip" not in bob_sees


def test_forged_cross_origin_post_is_refused_without_side_effects(local: Server) -> None:
    async def scenario() -> tuple[int, int, int]:
        count = "SELECT COUNT(*) FROM inbound"
        before = (await local.app.db.run(lambda c: c.execute(count).fetchone()))[0]
        async with aiohttp.ClientSession() as session, session.post(
                f"{local.url}/api/messages", data={"text": "transfer everything"},
                headers={"Origin": "http://evil.example"}) as resp:
            status = resp.status
        after = (await local.app.db.run(lambda c: c.execute(count).fetchone()))[0]
        return status, before, after

    status, before, after = local.call(scenario())
    assert status == 403
    assert before == after


def test_expired_link_is_refused(remote: Server) -> None:
    link = remote.login_link("carol")
    token = link.rsplit("/", 1)[1]
    remote.call(remote.app.db.run(lambda c: c.execute(
        "UPDATE web_logins SET expires_at=? WHERE digest=?",
        (time.time() - 1, auth.digest(token)))))

    async def open_it() -> tuple[int, int]:
        async with aiohttp.ClientSession() as session:
            async with session.get(link) as page:
                shown = page.status
            async with session.post(link, allow_redirects=False) as used:
                return shown, used.status

    assert remote.call(open_it()) == (410, 410)


def test_web_link_asked_in_a_group_arrives_privately(remote: Server) -> None:
    events = remote.call(collect(remote.app.engine.handle(
        message("/web", user="dave", chat="team", kind=ChatKind.GROUP))))
    private = [e for e in events if isinstance(e, PrivateReply)]
    finals = [e for e in events if isinstance(e, Final)]
    assert len(private) == 1 and "/login/" in private[0].text
    assert "/login/" not in finals[-1].text


def test_bad_uploads_get_a_clear_error(local: Server) -> None:
    async def scenario() -> list[tuple[int, str]]:
        results = []
        async with aiohttp.ClientSession() as session:
            for form in (aiohttp.FormData({"text": "  "}), _images(5), _long_text()):
                async with session.post(f"{local.url}/api/messages", data=form) as resp:
                    results.append((resp.status, (await resp.json())["error"]))
            broken = aiohttp.FormData({"text": "what is this?"})
            broken.add_field("image", b"\x89PNG not really", filename="x.png")
            async with session.post(f"{local.url}/api/messages", data=broken) as resp:
                events = EVENT.findall(await resp.text())
        final = [data for name, data in events if name == "final"]
        return [*results, (200, final[0])]

    (empty, _), (many, too_many), (long, too_long), (ok, final) = local.call(scenario())
    assert empty == 400 and many == 400 and "at most 4" in too_many
    assert long == 400 and "too long" in too_long
    assert ok == 200 and "couldn't use" in final


def _long_text() -> aiohttp.FormData:
    form = aiohttp.FormData()
    form.add_field("text", "word " * 5000)
    form.add_field("image", solid_png((9, 9, 9)), filename="x.png", content_type="image/png")
    return form


def _images(n: int) -> aiohttp.FormData:
    form = aiohttp.FormData({"text": "look"})
    for i in range(n):
        form.add_field("image", solid_png((0, 0, 200)), filename=f"{i}.png",
                       content_type="image/png")
    return form


def test_local_owner_is_one_person_in_web_and_terminal(local: Server) -> None:
    store = local.app.store
    web = local.call(store.person_of(IdentityKey("web", "", "owner")))
    terminal = local.call(store.person_of(IdentityKey("terminal", "", "owner")))
    assert web is not None and web == terminal


def test_owner_is_served_only_under_a_loopback_name(local: Server) -> None:
    async def status(host: str) -> int:
        async with aiohttp.ClientSession() as session, session.get(
                f"{local.url}/api/state", headers={"Host": host}) as resp:
            return resp.status

    port = local.url.rsplit(":", 1)[1]
    assert local.call(status(f"localhost:{port}")) == 200
    assert local.call(status(f"rebound.example:{port}")) == 401


def test_state_lists_only_the_persons_own_artifacts(local: Server) -> None:
    from core.builder.store import migrate as builder_migrate

    owner = local.call(local.app.store.person_of(IdentityKey("web", "", "owner")))
    assert owner is not None

    def plant(conn: sqlite3.Connection) -> None:
        builder_migrate(conn)
        for artifact_id, person, title in (("mine-0001", owner.person_id, "Tulip dashboard"),
                                           ("theirs-001", owner.person_id + 999, "Secret")):
            conn.execute("INSERT INTO builder_artifacts VALUES (?,?,?,?,1,?,?)",
                         (artifact_id, person, "dashboard", title, time.time(), time.time()))

    local.call(local.app.db.run(plant))

    async def listed() -> list[dict[str, object]]:
        async with aiohttp.ClientSession() as session, session.get(
                f"{local.url}/api/state") as resp:
            return list((await resp.json())["artifacts"])

    assert [a["title"] for a in local.call(listed())] == ["Tulip dashboard"]


def test_sign_out_ends_the_session(remote: Server) -> None:
    link = remote.login_link("erin")

    async def scenario() -> tuple[int, int]:
        session = await _signed_in(remote, link)
        try:
            cookie = {c.key: c.value for c in session.cookie_jar}[auth.COOKIE]
            async with session.get(f"{remote.url}/api/state") as before:
                signed_in = before.status
            async with session.post(f"{remote.url}/logout", allow_redirects=False) as out:
                assert out.status == 303
        finally:
            await session.close()
        async with aiohttp.ClientSession() as kept, kept.get(  # a copy of the old cookie
                f"{remote.url}/api/state", headers={"Cookie": f"{auth.COOKIE}={cookie}"}) as r:
            return signed_in, r.status

    assert remote.call(scenario()) == (200, 401)


def test_notices_for_the_web_person_are_shown_once(local: Server) -> None:
    owner = IdentityKey("web", "", "owner")

    async def scenario() -> tuple[list[str], list[str]]:
        async with aiohttp.ClientSession() as session:
            await _say(session, local.url, "hi")  # Muse now knows where to reach the owner
            assert await local.app.engine.notify(owner, "Your link request was confirmed.")
            seen = []
            for _ in range(2):
                async with session.get(f"{local.url}/api/state") as resp:
                    seen.append((await resp.json())["notices"])
            return seen[0], seen[1]

    first, second = local.call(scenario())
    assert first == ["Your link request was confirmed."]
    assert second == []
