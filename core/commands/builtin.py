"""The built-in commands: /start, /help, /new, /stop."""

from __future__ import annotations

from typing import Protocol

from core.commands.registry import Command, CommandContext, CommandRegistry, CommandReply
from core.messages import PersonKey

WELCOME = (
    "Hi, I'm **Muse**, your personal assistant. Ask me anything, send me a picture, or "
    "ask me to work something out. Send /help to see my commands."
)


class Controls(Protocol):
    def stop_answer(self, person: PersonKey) -> bool: ...

    async def new_conversation(self, conversation_id: int) -> None: ...


def help_text(registry: CommandRegistry) -> str:
    lines = ["Here's what I understand:"]
    for command in registry.all():
        args = " ".join(f"<{a.name}>" if a.required else f"[{a.name}]" for a in command.args)
        lines.append(f"- /{command.name}{' ' + args if args else ''} — {command.help}")
    return "\n".join(lines)


def register_builtin(registry: CommandRegistry, controls: Controls) -> None:
    async def start(ctx: CommandContext) -> CommandReply:
        return CommandReply(WELCOME)

    async def show_help(ctx: CommandContext) -> CommandReply:
        return CommandReply(help_text(registry))

    async def new(ctx: CommandContext) -> CommandReply:
        await controls.new_conversation(ctx.conversation_id)
        return CommandReply("Fresh start: I've set our earlier conversation aside. "
                            "(What I remember about you stays.)")

    async def stop(ctx: CommandContext) -> CommandReply:
        if controls.stop_answer(ctx.person):
            return CommandReply("Stopped.")
        return CommandReply("There's nothing running to stop.")

    registry.register(Command("start", "say hello and see what I can do", start))
    registry.register(Command("help", "list my commands", show_help))
    registry.register(Command("new", "start a fresh conversation", new))
    registry.register(Command("stop", "stop the answer I'm writing", stop, immediate=True))
