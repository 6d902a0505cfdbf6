"""Slash commands: published from the registry, deferred at once, answered by follow-ups."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from core.app import App
from core.commands.registry import Arg, Command, CommandContext, CommandReply
from core.messages import Attachment
from tests.discord_face.harness import Muse, start_muse
from tests.fakes.fake_discord_client import running

pytestmark = pytest.mark.timeout(40)
EPHEMERAL = 1 << 6
DEFERRED = 5


async def remember(ctx: CommandContext) -> CommandReply:
    return CommandReply(f"Noted: {ctx.args}")


async def secret(ctx: CommandContext) -> CommandReply:
    return CommandReply(f"Only for you: {ctx.args or 'nothing'}")


async def report(ctx: CommandContext) -> CommandReply:
    table = Attachment("file", "report.csv", b"a,b\n1,2\n", "text/csv")
    return CommandReply("Here is your report.", (table,))


def add_commands(app: App) -> None:
    app.commands.register(Command(
        "remember", "Remember something", remember,
        args=(Arg("topic", "optional topic"), Arg("fact", "what to remember", required=True))))
    app.commands.register(Command("secret", "A private answer", secret,
                                  args=(Arg("about", "what about"),), private_only=True))
    app.commands.register(Command("report", "A file", report))


@pytest.fixture
async def muse(data_dir: Path) -> AsyncIterator[Muse]:
    async with running() as fake:
        muse = await start_muse(fake, data_dir, prepare=add_commands)
        try:
            yield muse
        finally:
            await muse.close()
            await muse.app.close()


async def test_registry_is_published_with_typed_options(muse: Muse) -> None:
    published = {c["name"]: c for c in muse.fake.state.global_commands}
    assert set(published) == {c.name for c in muse.app.commands.all()}
    options = published["remember"]["options"]
    assert [(o["name"], o["type"], o["required"]) for o in options] == [
        ("fact", 3, True), ("topic", 3, False)]
    assert published["help"]["description"] == "list my commands"


async def test_slash_command_is_deferred_then_answered(muse: Muse) -> None:
    fake = muse.fake
    interaction = fake.inject_slash_command(fake.alice, "remember",
                                            {"fact": "I like tea", "topic": "drinks"})
    await fake.wait_for(lambda: len(interaction.responses) >= 2, timeout=5)
    first, *rest = interaction.responses
    assert first.kind == "callback" and first.type == DEFERRED
    assert rest[-1].kind == "edit_original"
    assert rest[-1].body["content"] == "Noted: drinks I like tea"
    assert rest[-1].body["allowed_mentions"] == {"parse": []}
    (message,) = fake.bot_messages(fake.general.id)
    assert message.content == "Noted: drinks I like tea" and not message.flags & EPHEMERAL


async def test_builtin_help_lists_commands(muse: Muse) -> None:
    fake = muse.fake
    dm = fake.dm_channel(fake.bob)
    interaction = fake.inject_slash_command(fake.bob, "help", channel_id=dm.id)
    await fake.wait_for(lambda: any(r.kind == "edit_original" for r in interaction.responses))
    (message,) = fake.bot_messages(dm.id)
    assert "/remember" in message.content and "/new" in message.content


async def test_private_only_command_is_answered_ephemerally(muse: Muse) -> None:
    fake = muse.fake
    interaction = fake.inject_slash_command(fake.alice, "secret", {"about": "plans"})
    await fake.wait_for(lambda: len(interaction.responses) >= 3, timeout=5)
    callback = interaction.responses[0]
    assert callback.body["data"]["flags"] & EPHEMERAL
    messages = [m for m in fake.state.messages[fake.general.id] if not m.deleted]
    assert messages and all(m.flags & EPHEMERAL for m in messages)
    assert any(m.content == "Only for you: plans" for m in messages)


async def test_command_files_go_out_as_follow_ups(muse: Muse) -> None:
    fake = muse.fake
    interaction = fake.inject_slash_command(fake.bob, "report")
    await fake.wait_for(lambda: len(interaction.responses) >= 3, timeout=5)
    files = [f for r in interaction.responses for f in r.files]
    assert [(f.filename, f.data) for f in files] == [("report.csv", b"a,b\n1,2\n")]
    assert any(m.content == "Here is your report." for m in fake.bot_messages(fake.general.id))


async def test_same_interaction_twice_is_answered_once(muse: Muse) -> None:
    from tests.fakes.fake_discord_events import announce_interaction
    from tests.fakes.fake_discord_interactions import slash_command_payload

    fake = muse.fake
    interaction = fake.inject_slash_command(fake.alice, "remember", {"fact": "once"})
    await fake.wait_for(lambda: any(r.kind == "edit_original" for r in interaction.responses))
    payload = slash_command_payload(fake.state, interaction, "remember", {"fact": "once"})
    announce_interaction(fake.gateway, payload)
    await muse.settle(0.5)
    assert [m.content for m in fake.bot_messages(fake.general.id)] == ["Noted: once"]
