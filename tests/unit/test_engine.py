"""The engine: persist first, dedupe, order, /stop and /new, quotas, access, deadlines."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from core.messages import ChatKind, Final, PrivateReply, TextDelta
from core.models.scripted import ScriptedBackend, Step
from tests.helpers import collect, final_text, make_app, message


async def test_echo_reply_and_history(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        assert await final_text(app, message("hello there")) == "You said: hello there"
        history = await app.store.history(1)
        assert history == [("user", "hello there"), ("assistant", "You said: hello there")]
    finally:
        await app.close()


async def test_message_is_persisted_before_the_model_runs(data_dir: Path) -> None:
    backend = ScriptedBackend()
    backend.push(Step(hang=True))
    app = await make_app(data_dir, backend, model={"deadline_s": 30})
    try:
        task = asyncio.create_task(collect(app.engine.handle(message("keep me", event_id="p1"))))
        await asyncio.sleep(0.3)
        conn = sqlite3.connect(data_dir / "muse.db")
        row = conn.execute("SELECT state, text_len FROM inbound WHERE event_id='p1'").fetchone()
        conn.close()
        assert row == ("processing", len("keep me"))
        task.cancel()
    finally:
        await app.close()


async def test_duplicate_event_is_answered_once(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        msg = message("once", event_id="dup")
        results = await asyncio.gather(*(collect(app.engine.handle(msg)) for _ in range(3)))
        finals = [e for r in results for e in r if isinstance(e, Final)]
        assert len(finals) == 1
        assert await collect(app.engine.handle(msg)) == []
    finally:
        await app.close()


class SlowFirst(ScriptedBackend):
    """Echoes, taking 0.3 s for any message containing "slow"."""

    async def stream(self, request):  # type: ignore[no-untyped-def,override]
        if "slow" in request.messages[-1].content:
            await asyncio.sleep(0.3)
        async for delta in super().stream(request):
            yield delta


async def test_one_conversation_in_order_others_concurrent(data_dir: Path) -> None:
    app = await make_app(data_dir, SlowFirst())
    order: list[str] = []

    async def run(text: str, user: str) -> None:
        async for ev in app.engine.handle(message(text, user=user)):
            if isinstance(ev, Final):
                order.append(ev.text)

    try:
        # The first message of chat A is slow; its successors must still come after it.
        tasks = [asyncio.create_task(run(t, "A")) for t in ("slow 1", "2", "3")]
        await asyncio.sleep(0.05)
        started = asyncio.get_running_loop().time()
        await run("x", "B")
        assert asyncio.get_running_loop().time() - started < 0.25  # B did not wait for A
        await asyncio.gather(*tasks)
        assert order == ["You said: x", "You said: slow 1", "You said: 2", "You said: 3"]
    finally:
        await app.close()


async def test_stop_cancels_the_running_answer(data_dir: Path) -> None:
    backend = ScriptedBackend()
    backend.push(Step(hang=True))
    app = await make_app(data_dir, backend)
    try:
        task = asyncio.create_task(collect(app.engine.handle(message("long task"))))
        await asyncio.sleep(0.2)
        assert await final_text(app, message("/stop")) == "Stopped."
        events = await asyncio.wait_for(task, 5)
        assert [e.text for e in events if isinstance(e, Final)] == ["Stopped."]
        assert await final_text(app, message("/stop")) == "There's nothing running to stop."
    finally:
        await app.close()


async def test_new_starts_a_fresh_context(data_dir: Path) -> None:
    backend = ScriptedBackend()
    app = await make_app(data_dir, backend)
    try:
        await final_text(app, message("my secret word is kiwi"))
        await final_text(app, message("/new"))
        await final_text(app, message("what was it?"))
        prompt = backend.requests[-1].messages
        assert all("kiwi" not in m.content for m in prompt)
    finally:
        await app.close()


async def test_model_failure_and_hang_say_try_again(data_dir: Path) -> None:
    backend = ScriptedBackend()
    backend.push(Step(fail=True), Step(hang=True))
    app = await make_app(data_dir, backend, model={"deadline_s": 0.5,
                                                    "first_token_timeout_s": 0.5})
    try:
        first = await final_text(app, message("a"))
        second = await final_text(app, message("b"))
        assert first is not None and "try again" in first
        assert second is not None and "try again" in second
        assert await final_text(app, message("c")) == "You said: c"
    finally:
        await app.close()


async def test_rate_quota_refuses_politely_without_slowing_others(data_dir: Path) -> None:
    app = await make_app(data_dir, quotas={"messages_per_minute": 3})
    try:
        texts = [await final_text(app, message(f"m{i}", user="flood")) for i in range(5)]
        assert texts[:3] == ["You said: m0", "You said: m1", "You said: m2"]
        assert texts[3] is not None and "wait" in texts[3]
        assert await final_text(app, message("hi", user="calm")) == "You said: hi"
    finally:
        await app.close()


async def test_token_quota(data_dir: Path) -> None:
    app = await make_app(data_dir, quotas={"tokens_per_day": 30})
    try:
        await final_text(app, message("x" * 100))
        text = await final_text(app, message("again"))
        assert text is not None and "limit" in text
    finally:
        await app.close()


async def test_allowlist_serves_listed_and_tells_others_once(data_dir: Path) -> None:
    app = await make_app(data_dir, access={"mode": "allowlist", "allow": "test:friend"})
    try:
        assert await final_text(app, message("hi", user="friend")) == "You said: hi"
        refusal = await final_text(app, message("hi", user="stranger"))
        assert refusal is not None and "private" in refusal
        assert await final_text(app, message("hi again", user="stranger")) is None
    finally:
        await app.close()


async def test_private_only_command_from_a_group_goes_private(data_dir: Path) -> None:
    from core.commands import Command, CommandReply

    app = await make_app(data_dir)

    async def secret(ctx: object) -> CommandReply:
        return CommandReply("only for you")

    app.commands.register(Command("secret", "a private thing", secret, private_only=True))
    try:
        events = await collect(app.engine.handle(
            message("/secret", kind=ChatKind.GROUP, chat="g1")))
        private = [e for e in events if isinstance(e, PrivateReply)]
        finals = [e for e in events if isinstance(e, Final)]
        assert [p.text for p in private] == ["only for you"]
        assert "only for you" not in finals[0].text
    finally:
        await app.close()


async def test_unaddressed_group_message_is_stored_not_answered(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        msg = message("chatter", kind=ChatKind.GROUP, chat="g", addressed=False)
        assert await collect(app.engine.handle(msg)) == []
    finally:
        await app.close()


async def test_long_input_is_cut_with_a_notice(data_dir: Path) -> None:
    backend = ScriptedBackend()
    app = await make_app(data_dir, backend, engine={"input_tokens": 50})
    try:
        events = await collect(app.engine.handle(message("word " * 2000)))
        assert isinstance(events[0], TextDelta) and "very long" in events[0].text
        assert backend.count_tokens(backend.requests[-1].messages[-1].content) <= 60
    finally:
        await app.close()


async def test_unknown_command_gets_help_pointer(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        text = await final_text(app, message("/nope"))
        assert text is not None and "/help" in text
        helped = await final_text(app, message("/help"))
        assert helped is not None and "/stop" in helped and "/new" in helped
    finally:
        await app.close()


async def test_deleted_message_leaves_history(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        await final_text(app, message("delete me", event_id="gone"))
        await app.engine.deleted("test", "", "bot", "gone")
        assert await app.store.history(1) == []
    finally:
        await app.close()


async def test_recovery_returns_unanswered_messages_once(data_dir: Path) -> None:
    app = await make_app(data_dir)
    try:
        assert await app.engine.receive(message("later", event_id="r1"))
        assert not await app.engine.receive(message("later", event_id="r1"))
    finally:
        await app.close()
    app = await make_app(data_dir)
    try:
        pending = await app.engine.recover("test", "bot")
        assert [m.event_id for m in pending] == ["r1"]
        assert await final_text(app, pending[0]) == "You said: later"
        assert await app.engine.recover("test", "bot") == []
    finally:
        await app.close()


async def test_data_files_are_private(data_dir: Path) -> None:
    app = await make_app(data_dir)
    await final_text(app, message("hi"))
    await app.close()
    assert data_dir.stat().st_mode & 0o777 == 0o700
    assert (data_dir / "muse.db").stat().st_mode & 0o777 == 0o600
