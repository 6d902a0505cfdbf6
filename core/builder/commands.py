"""``/artifacts``: the person's own builds, newest first."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from core.builder.store import ArtifactStore
from core.commands.registry import Command, CommandContext, CommandRegistry, CommandReply


async def list_artifacts(
    store: ArtifactStore, preview_base_url: str | Callable[[], str], ctx: CommandContext
) -> CommandReply:
    items = await store.list_for(ctx.person)
    if not items:
        return CommandReply("You haven't asked me to build anything yet.")
    base = (preview_base_url() if callable(preview_base_url) else preview_base_url).rstrip("/")
    lines = [
        f"• {item.title} ({item.kind}, {item.versions} version{'s' if item.versions > 1 else ''})"
        + (f" — {base}/a/{item.artifact_id}" if base else "")
        for item in items
    ]
    return CommandReply("Your builds:\n" + "\n".join(lines))


def register_commands(
    registry: CommandRegistry, store: ArtifactStore,
    preview_base_url: str | Callable[[], str] = "",
) -> None:
    registry.register(
        Command(
            name="artifacts",
            help="List the websites, dashboards and games I built for you",
            handler=partial(list_artifacts, store, preview_base_url),
            private_only=True,
        )
    )
