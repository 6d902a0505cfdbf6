"""``/trace`` (private chats only): the last turn's plan, agent timings and tokens."""

from __future__ import annotations

from core.agents.trace import TraceStore
from core.commands.registry import Command, CommandContext, CommandRegistry, CommandReply


def register_commands(registry: CommandRegistry, traces: TraceStore) -> None:
    async def trace(ctx: CommandContext) -> CommandReply:
        if not ctx.is_private:
            return CommandReply("/trace works in a private chat with me.")
        record = await traces.last(ctx.person)
        if record is None:
            return CommandReply("There is no plan to show yet.")
        return CommandReply(record.render())

    registry.register(Command(name="trace", help="Show how I worked out my last answer",
                              handler=trace, private_only=True))
