"""The engine: one entry point, ``handle(incoming) -> async iterator of reply events``.

Persist first → dedupe → access and quotas → per-conversation order → commands or
media gate → skills or the model (under a deadline) → history, state and outbox in one
transaction → the person's background learning.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass, field

from config.settings import Settings
from core.access import AccessPolicy, Quotas
from core.answer import AnswerRun, Outcome, choose
from core.commands.registry import CommandCall, CommandContext, CommandRegistry, CommandReply
from core.logs import event, new_turn_id
from core.media import AcceptedImage, MediaRejected, accept_image
from core.messages import (
    Final,
    IdentityKey,
    ImagePart,
    IncomingMessage,
    PersonKey,
    PrivateReply,
    ReplyEvent,
    TextDelta,
)
from core.models.base import ModelBackend
from core.ordering import ConversationQueue
from core.prompt import TRUNCATION_NOTICE, cut_to_budget, fit_history
from core.skills import Skill, Turn
from core.store import Received, Store
from core.store.codec import load_incoming
from core.store.store import TurnContext

UNSUPPORTED_FILE = "I can't read {name} ({size}) yet — I understand text and images."
PRIVATE_POINTER = "I've sent you my answer in a private message."


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


@dataclass(eq=False)
class Engine:
    settings: Settings
    store: Store
    backend: ModelBackend
    commands: CommandRegistry
    skills: list[Skill] = field(default_factory=list)
    bot_usernames: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.owner = secrets.token_hex(8)  # this process, for claims
        self.order = ConversationQueue()
        self.access = AccessPolicy(self.settings.access)
        self.quotas = Quotas(self.settings.quotas)
        self.notices = asyncio.Event()
        self._running: dict[PersonKey, AnswerRun] = {}
        self._learning: dict[PersonKey, asyncio.Task[None]] = {}
        self._background: set[asyncio.Task[None]] = set()

    # --- the entry point ---------------------------------------------------------------

    async def handle(self, incoming: IncomingMessage) -> AsyncIterator[ReplyEvent]:
        ticket = self.order.enter(incoming.address.conversation)  # arrival order, no await
        try:
            received = await self.store.receive(
                incoming, state="received" if incoming.addressed else "ignored",
                claim_for=self.owner)
            if not received.claimed:
                return
            call = self.commands.parse(incoming.text,
                                       self.bot_usernames.get(incoming.address.platform, ""))
            command = self.commands.get(call.name) if call else None
            if command is None or not command.immediate:
                await ticket.wait()
            try:
                async for ev in self._process(incoming, received, call):
                    yield ev
            except Exception:
                # An unexpected failure: leave the message answerable by a redelivery.
                await self.store.release(received.inbound_id)
                raise
        finally:
            ticket.release()

    async def receive(self, incoming: IncomingMessage) -> bool:
        """Persist without answering yet (adapters that must persist before they
        acknowledge). True when the event is new."""
        received = await self.store.receive(
            incoming, state="received" if incoming.addressed else "ignored")
        return received.is_new

    async def recover(self, platform: str, bot_account: str) -> list[IncomingMessage]:
        """Messages received but never answered, to be handled again (once)."""
        pending = await self.store.pending(platform, bot_account, self.owner)
        recovered = []
        for item in pending:
            if item.payload == "{}":
                continue
            images = tuple(ImagePart(d) for d in await self.store.media_for(item.inbound_id))
            recovered.append(load_incoming(item.payload, images))
        event("engine.recover", platform=platform, count=len(recovered))
        return recovered

    async def deleted(self, platform: str, workspace: str, bot_account: str,
                      event_id: str) -> None:
        await self.store.redact_event(platform, workspace, bot_account, event_id)

    async def notify(self, identity: IdentityKey, text: str) -> bool:
        address = await self.store.private_address(identity)
        if address is None:
            return False
        await self.store.notice(address, text)
        self.notices.set()
        return True

    def stop_answer(self, person: PersonKey) -> bool:
        run = self._running.get(person)
        if run is None:
            return False
        run.stop()
        return True

    async def new_conversation(self, conversation_id: int) -> None:
        await self.store.new_context(conversation_id)

    async def close(self) -> None:
        for run in list(self._running.values()):
            run.stop()
        pending = [*self._learning.values(), *self._background]
        if pending:
            await asyncio.wait(pending, timeout=5)

    # --- one turn ----------------------------------------------------------------------

    async def _process(self, incoming: IncomingMessage, received: Received,
                       call: CommandCall | None) -> AsyncIterator[ReplyEvent]:
        turn_id = new_turn_id()
        started = time.monotonic()
        identity = incoming.address.identity
        event("turn.start", turn=turn_id, platform=incoming.address.platform,
              inbound=received.inbound_id, chars=len(incoming.text),
              media=len(incoming.images) + len(incoming.files))
        gate = self._admit(identity, received.person)
        if gate is not None:
            if gate:
                yield await self._final(received, incoming, gate, record=False)
            else:
                await self.store.set_state(received.inbound_id, "refused")
            return
        if call is not None:
            async for ev in self._command(incoming, received, call):
                yield ev
            return
        if incoming.text.startswith("/") and not incoming.images:
            name = incoming.text[1:].split()[0] if incoming.text[1:].split() else ""
            yield await self._final(received, incoming, f"I don't know the command /{name}. "
                                    "Send /help to see what I can do.", record=False)
            return
        async for ev in self._answer(incoming, received, turn_id):
            yield ev
        event("turn.end", turn=turn_id, ms=int((time.monotonic() - started) * 1000))

    def _admit(self, identity: IdentityKey, person: PersonKey) -> str | None:
        """None to go ahead; a refusal to send; "" to stay silent."""
        if not self.access.allows(identity):
            return self.access.refusal(identity) or ""
        verdict = self.quotas.check_rate(person)
        return None if verdict.allowed else verdict.message

    async def _command(self, incoming: IncomingMessage, received: Received,
                       call: CommandCall) -> AsyncIterator[ReplyEvent]:
        command = self.commands.get(call.name)
        assert command is not None
        ctx = CommandContext(incoming=incoming, person=received.person,
                             conversation_id=received.conversation_id, args=call.args,
                             notify=self.notify)
        try:
            reply = await command.handler(ctx)
        except Exception as exc:
            event("command.error", level=40, command=call.name, error=type(exc).__name__)
            reply = CommandReply("Sorry, that command failed. Please try again.")
        if command.private_only and not incoming.address.is_private:
            yield PrivateReply(reply.text, reply.attachments)
            yield await self._final(received, incoming, PRIVATE_POINTER, record=False)
            return
        for attachment in reply.attachments:
            yield attachment
        yield await self._final(received, incoming, reply.text, record=False)

    async def _gate_media(self, incoming: IncomingMessage, received: Received) -> (
        tuple[list[AcceptedImage], list[str]]
    ):
        accepted: list[AcceptedImage] = []
        problems: list[str] = []
        cfg = self.settings.engine
        for image in incoming.images:
            try:
                ok = await accept_image(image.data, max_bytes=cfg.max_image_bytes,
                                        max_pixels=cfg.max_image_pixels,
                                        filename=image.filename)
            except MediaRejected as exc:
                problems.append(f"I couldn't use {image.filename or 'your image'}: {exc.reason}.")
                continue
            accepted.append(ok)
            await self.store.save_media(received.person, received.inbound_id, ok.png)
        return accepted, problems

    async def _answer(self, incoming: IncomingMessage, received: Received,
                      turn_id: str) -> AsyncIterator[ReplyEvent]:
        images, problems = await self._gate_media(incoming, received)
        files = [f for f in incoming.files]
        if problems and not incoming.text and not images:
            yield await self._final(received, incoming, " ".join(problems))
            return
        if files and not incoming.text and not images:
            text = " ".join(UNSUPPORTED_FILE.format(name=f.filename, size=_size(f.size))
                            for f in files)
            yield await self._final(received, incoming, text)
            return
        await self._wait_learning(received.person)
        context = await self.store.context(received.conversation_id, received.person,
                                           self.quotas.today())
        verdict = self.quotas.check_tokens(context.tokens_today)
        if not verdict.allowed:
            yield await self._final(received, incoming, verdict.message, record=False)
            return
        turn = await self._turn(incoming, received, turn_id, images, context)
        prefix = "\n\n".join(problems)
        if turn.text != incoming.text:
            prefix = TRUNCATION_NOTICE + prefix
        if prefix:
            yield TextDelta(prefix)
        outcome = Outcome()
        run = AnswerRun(choose(turn, self.skills, self.settings.engine.system_prompt,
                               self.settings.model.max_new_tokens, outcome),
                        self.settings.model.deadline_s, self.settings.model.first_token_timeout_s)
        self._running[received.person] = run
        try:
            async for ev in run.events(outcome):
                yield ev
        finally:
            if self._running.get(received.person) is run:
                del self._running[received.person]
        text = (prefix + outcome.text) if prefix else outcome.text
        tokens = outcome.prompt_tokens + self.backend.count_tokens(outcome.text)
        yield await self._final(received, incoming, text, ok=outcome.ok, user_text=turn.text,
                                usage=(self.quotas.today(), tokens))
        self._learn(turn, outcome.text)

    async def _turn(self, incoming: IncomingMessage, received: Received, turn_id: str,
                    images: list[AcceptedImage], context: TurnContext) -> Turn:
        count = self.backend.count_tokens
        cut = cut_to_budget(incoming.text, self.settings.engine.input_tokens, count)
        turn = Turn(
            incoming=incoming, person=received.person, conversation_id=received.conversation_id,
            text=cut.text, backend=self.backend, turn_id=turn_id, images=images,
            files=list(incoming.files),
            history=fit_history(context.history, self.settings.engine.history_tokens, count),
            private_mode=context.private_mode,
        )
        turn.notes.extend(image.facts() for image in images)
        reply_to = incoming.reply_to
        if reply_to is not None and reply_to.quoted_text:
            quoted = cut_to_budget(reply_to.quoted_text, 200, count).text
            turn.notes.append(f"The person is replying to this earlier message: \"{quoted}\"")
        for skill in self.skills:
            await self._guarded(skill.name, skill.prepare(turn))
        return turn

    async def _final(self, received: Received, incoming: IncomingMessage, text: str, *,
                     ok: bool = True, record: bool = True, user_text: str | None = None,
                     usage: tuple[str, int] | None = None) -> Final:
        outbox_id = await self.store.finish(
            received, incoming.address, incoming.text if user_text is None else user_text,
            text, record=record, usage=usage)
        return Final(text=text, ok=ok, outbox_id=outbox_id)

    # --- learning in the background ------------------------------------------------------

    def _learn(self, turn: Turn, reply: str) -> None:
        if not self.skills:
            return
        previous = self._learning.get(turn.person)

        async def learn() -> None:
            if previous is not None:
                await asyncio.wait([previous])
            for skill in self.skills:
                await self._guarded(skill.name, skill.learn(turn, reply))

        task = asyncio.create_task(learn())
        self._learning[turn.person] = task
        task.add_done_callback(lambda t: self._forget_learning(turn.person, t))

    def _forget_learning(self, person: PersonKey, task: asyncio.Task[None]) -> None:
        if self._learning.get(person) is task:
            del self._learning[person]

    async def _wait_learning(self, person: PersonKey) -> None:
        task = self._learning.get(person)
        if task is not None:
            await asyncio.wait([task], timeout=30)

    @staticmethod
    async def _guarded(name: str, work: Awaitable[None]) -> None:
        try:
            await work
        except Exception as exc:
            event("skill.error", level=40, skill=name, error=type(exc).__name__)

