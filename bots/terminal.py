"""``muse chat``: the terminal face, as the machine's local owner.

Interactive (a terminal on standard input): a streaming REPL with line editing;
``/``-commands come from the registry (Tab completes them); Ctrl-C stops the current
answer, Ctrl-D exits. Piped: one message per line, each answer printed as plain text, exit
at the end of input.
"""

from __future__ import annotations

import asyncio
import os
import re
import secrets
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO

from bots.web.auth import OWNER_USER, ensure_owner, register_commands
from config.settings import Settings
from core.app import App, build_app
from core.messages import (
    Address,
    Attachment,
    ChatKind,
    Final,
    IncomingMessage,
    PersonKey,
    PrivateReply,
    Progress,
    ReplyEvent,
    Sender,
    TextDelta,
    TextPart,
)

PLATFORM = "terminal"
PROMPT = "you › "
BANNER = ("Muse · terminal chat — /help lists commands, Ctrl-C stops an answer, "
          "Ctrl-D quits.")


def message(text: str) -> IncomingMessage:
    return IncomingMessage(
        event_id=secrets.token_hex(12),
        address=Address(platform=PLATFORM, chat_kind=ChatKind.DM, chat_id=OWNER_USER,
                        user_id=OWNER_USER),
        sender=Sender(OWNER_USER, "owner"), parts=(TextPart(text),))


_MARKUP = [
    (re.compile(r"^```.*$\n?", re.M), ""),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"^#{1,6}\s+", re.M), ""),
    (re.compile(r"\[([^\]]+)\]\((\S+?)\)"), r"\1 (\2)"),
]


def plain(markdown: str) -> str:
    """Markdown as plain text (emphasis, code fences and heading marks removed)."""
    text = markdown
    for pattern, repl in _MARKUP:
        text = pattern.sub(repl, text)
    return text.strip()


@dataclass
class Printer:
    """Shows one answer: streamed as it comes (interactive) or once, as plain text."""

    out: TextIO
    streaming: bool
    color: bool = False
    shown: str = field(default="")
    status: bool = False

    def _style(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def _clear_status(self) -> None:
        if self.status:
            self.out.write("\r\x1b[2K")
            self.status = False

    def event(self, ev: ReplyEvent) -> None:
        if isinstance(ev, TextDelta) and self.streaming:
            self._clear_status()
            self.out.write(ev.text)
            self.shown += ev.text
        elif isinstance(ev, Progress) and self.streaming and not self.shown:
            self._clear_status()
            self.out.write(self._style(f"… {ev.text}", "2"))
            self.status = True
        elif isinstance(ev, Attachment):
            self.note(f"[{ev.kind}: {ev.filename}{' — ' + ev.caption if ev.caption else ''}"
                      f"{' ' + ev.preview_url if ev.preview_url else ''}]")
        elif isinstance(ev, PrivateReply):
            self.note(ev.text if self.streaming else plain(ev.text))
        elif isinstance(ev, Final):
            self.final(ev.text)
        self.out.flush()

    def note(self, text: str) -> None:
        self._clear_status()
        if self.shown and not self.shown.endswith("\n"):
            self.out.write("\n")
        self.out.write(text + "\n")
        self.shown = ""

    def final(self, text: str) -> None:
        self._clear_status()
        if not self.streaming:
            self.out.write(plain(text) + "\n")
        elif self.shown and text.startswith(self.shown.rstrip()):
            self.out.write(text[len(self.shown.rstrip()):].rstrip() + "\n")
        else:
            self.out.write(("\n" if self.shown else "") + text + "\n")
        self.shown = ""

    def stopped(self) -> None:
        self.note(self._style("Stopped.", "2"))


async def answer(app: App, person: PersonKey, text: str, printer: Printer,
                 interruptible: bool) -> None:
    """One turn; with ``interruptible``, Ctrl-C stops it instead of ending the program."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()

    def interrupt() -> None:
        if not app.engine.stop_answer(person) and task is not None:
            task.cancel()

    if interruptible:
        loop.add_signal_handler(signal.SIGINT, interrupt)
    events = app.engine.handle(message(text))
    try:
        async for ev in events:
            printer.event(ev)
    except asyncio.CancelledError:
        printer.stopped()
    finally:
        if interruptible:
            loop.remove_signal_handler(signal.SIGINT)
        close = getattr(events, "aclose", None)
        if close is not None:
            await close()


def _piped_lines(stream: TextIO) -> Iterator[str]:
    for line in stream:
        if line.strip():
            yield line.strip()


def _typed_lines(color: bool) -> Iterator[str]:
    prompt = f"\x1b[1m{PROMPT}\x1b[0m" if color else PROMPT
    while True:
        try:
            line = input(prompt)
        except KeyboardInterrupt:
            print()
            continue
        except EOFError:
            print()
            return
        if line.strip():
            yield line.strip()


def _readline(app: App) -> None:
    try:
        import readline
    except ImportError:
        return
    names = [f"/{c.name}" for c in app.commands.all()]

    def complete(text: str, state: int) -> str | None:
        found = [n for n in names if n.startswith(text)] if text.startswith("/") else []
        return found[state] if state < len(found) else None

    readline.set_completer(complete)
    readline.set_completer_delims(" \t\n")
    readline.parse_and_bind("tab: complete")


def main(settings: Settings) -> int:
    interactive = sys.stdin.isatty()
    color = interactive and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    loop = asyncio.new_event_loop()
    try:
        app = loop.run_until_complete(build_app(settings))
        try:
            register_commands(app)
            person = loop.run_until_complete(ensure_owner(app))
            if interactive:
                _readline(app)
                print(BANNER, flush=True)
            lines = _typed_lines(color) if interactive else _piped_lines(sys.stdin)
            for text in lines:
                printer = Printer(sys.stdout, streaming=interactive, color=color)
                loop.run_until_complete(answer(app, person, text, printer, interactive))
        finally:
            loop.run_until_complete(app.close())
    finally:
        loop.close()
    return 0
