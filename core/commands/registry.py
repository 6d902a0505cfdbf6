"""The typed command registry: the single list every face renders.

Telegram's command menu, Discord slash commands, Slack ``/muse <sub>``, the web and the
terminal chats all read :meth:`CommandRegistry.all`. Built-in commands register exactly
like the ones later features add.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from core.messages import Attachment, IdentityKey, IncomingMessage, PersonKey

NAME = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True, slots=True)
class CommandReply:
    text: str
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class Arg:
    name: str
    help: str
    required: bool = False


@dataclass(eq=False)
class CommandContext:
    incoming: IncomingMessage
    person: PersonKey
    conversation_id: int
    args: str
    # Sends a private message to another identity of any platform; False when Muse has
    # never had a private chat with it.
    notify: Callable[[IdentityKey, str], Awaitable[bool]] = field(repr=False)

    @property
    def is_private(self) -> bool:
        return self.incoming.address.is_private


Handler = Callable[[CommandContext], Awaitable[CommandReply]]


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    help: str
    handler: Handler = field(repr=False)
    args: tuple[Arg, ...] = ()
    private_only: bool = False
    # Runs at once, outside the conversation's queue (``/stop`` must not wait its turn).
    immediate: bool = False


@dataclass(frozen=True, slots=True)
class CommandCall:
    name: str
    args: str


class CommandRegistry:
    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}

    def register(self, command: Command) -> Command:
        if not NAME.match(command.name):
            raise ValueError(f"invalid command name {command.name!r}")
        if command.name in self._commands:
            raise ValueError(f"command /{command.name} is registered twice")
        self._commands[command.name] = command
        return command

    def get(self, name: str) -> Command | None:
        return self._commands.get(name)

    def all(self) -> list[Command]:
        return list(self._commands.values())

    def parse(self, text: str, bot_username: str = "") -> CommandCall | None:
        """``/name@bot args`` → a call, when ``name`` is registered."""
        if not text.startswith("/"):
            return None
        head, _, rest = text[1:].partition(" ")
        name, _, target = head.partition("@")
        if target and bot_username and target.lower() != bot_username.lower():
            return None
        name = name.lower()
        if name not in self._commands:
            return None
        return CommandCall(name=name, args=rest.strip())
