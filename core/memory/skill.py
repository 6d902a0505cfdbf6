"""MemorySkill: recalled facts as notes, template answers about oneself, learning after.

Scope: in a private chat everything the person told Muse is usable; in a group or channel
only what they said in that very conversation (``context`` = its conversation id).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator

from core.memory import answer as questions
from core.memory import asking, controls, linking
from core.memory.extract import EXPLICIT, extract
from core.memory.notes import OWN
from core.memory.service import Memory
from core.memory.store import Fact
from core.messages import Final, ReplyEvent, TextDelta
from core.skills import BaseSkill, Turn

NOTE_BUDGET = 300
# Asked about one and told only the other: answer with what was told, saying which.
ALTERNATIVES = {
    "home": questions.Intent("origin", "origin", "where you are from"),
    "origin": questions.Intent("home", "home", "where you live"),
    "work": questions.Intent("job", "job", "what you do"),
}
PREVIOUS_HOME = questions.Intent("previous_home", "home", "where you lived before")
# Topics a note in the person's own words may answer when no fact holds the slot.
NOTE_TOPICS = frozenset({"home", "work", "like", "allergy", "pref", "goal", "health"})
PAUSED = "Memory is paused, so I'm not saving that. Send /privacy on to turn it back on."
REFUSED = ("I won't remember that: it reads like an instruction rather than a fact about "
           "you.")


def note(statement: str) -> str:
    """A third-person note: "The person lives in Porto." / "The person's sister is ..."."""
    if statement.startswith("their "):
        return f"From memory: the person's {statement[6:]}."
    if statement.startswith("they"):
        return f"From memory: the person said {statement}."
    return f"From memory: the person {statement}."


def context_of(turn: Turn) -> int | None:
    """None in a private chat (all memories); the conversation id in a group."""
    return None if turn.is_private else turn.conversation_id


def write_context(turn: Turn) -> int:
    return 0 if turn.is_private else turn.conversation_id


async def _stream(text: str) -> AsyncIterator[ReplyEvent]:
    yield TextDelta(text)
    yield Final(text)


class MemorySkill(BaseSkill):
    name = "memory"

    def __init__(self, memory: Memory, max_ready: int = 1000) -> None:
        self.memory = memory
        self._ready: OrderedDict[str, str] = OrderedDict()
        self._max_ready = max_ready

    async def prepare(self, turn: Turn) -> None:
        if not turn.is_private:
            text = turn.text
            await self.memory.db.run(lambda c: linking.invalidate_codes_in(c, text))
        reply = await self._template(turn)
        if reply:
            self._ready[turn.turn_id] = reply
            while len(self._ready) > self._max_ready:
                self._ready.popitem(last=False)
        turn.notes.extend(await self.notes(turn))

    async def notes(self, turn: Turn) -> list[str]:
        ctx = context_of(turn)
        facts = await self.memory.search(turn.person, turn.text, ctx,
                                         budget_tokens=NOTE_BUDGET)
        notes = [note(f.statement) for f in facts]
        topics = await self.memory.interests(turn.person, ctx)
        if topics:
            notes.append("Their interests lately: " + ", ".join(t for t, _ in topics[:3]) + ".")
        return notes

    def answer(self, turn: Turn) -> AsyncIterator[ReplyEvent] | None:
        text = self._ready.pop(turn.turn_id, None)
        return None if text is None else _stream(text)

    async def learn(self, turn: Turn, reply: str) -> None:
        text = turn.text
        if turn.private_mode or not text or text.startswith("/") or questions.FORGET.match(text):
            return
        address = turn.incoming.address
        await self.memory.learn(turn.person, text, platform=address.platform,
                                source_event=turn.incoming.event_id,
                                context=write_context(turn))

    async def _template(self, turn: Turn) -> str | None:
        text = turn.text
        forget = questions.FORGET.match(text)
        if forget:
            if not turn.is_private:
                return controls.PRIVATE_ONLY
            return await controls.ask_forget(self.memory, turn.person, forget.group(1))
        if EXPLICIT.match(text) and not text.rstrip().endswith("?"):
            return await self._explicit(turn)
        intents = questions.parse(text)
        if intents:
            replies = [await self._render(turn, i) for i in intents]
            return " ".join(replies) if all(replies) else None
        if questions.SUGGEST.search(text):
            topics = await self.memory.interests(turn.person, context_of(turn))
            return questions.suggestion([t for t, _ in topics]) or None
        return None

    async def _explicit(self, turn: Turn) -> str:
        if turn.private_mode or await self.memory.privacy_off(turn.person):
            return PAUSED
        found = await asyncio.to_thread(extract, turn.text)
        if found.refused or not found.facts:
            return REFUSED
        return "Got it, I'll remember that."

    async def _render(self, turn: Turn, intent: questions.Intent) -> str:
        ctx = context_of(turn)
        if intent.topic == "summary":
            return questions.summary(await self.memory.facts(turn.person, ctx))
        if intent.topic == "unknown":
            return questions.render(intent, [], [])
        if intent.topic == "previous_home":
            history = await self.memory.history(turn.person, "home", ctx)
            if not any(not f.current for f in history):  # never moved: where they grew up
                origin = await self._slot_facts(turn, "origin")
                return questions.render_origin(intent, origin, history)
            return questions.render(intent, [], history)
        facts = await self._slot_facts(turn, intent.slot)
        if not facts and intent.topic == "origin":  # "where did I live originally?"
            history = await self.memory.history(turn.person, "home", ctx)
            if any(not f.current for f in history):
                return questions.render(PREVIOUS_HOME, [], history)
        if not facts and intent.topic in ALTERNATIVES:  # "where do I live?" → "from Porto"
            other = ALTERNATIVES[intent.topic]
            facts = await self._slot_facts(turn, other.slot)
            intent = other if facts else intent
        if not facts and not intent.label:
            return ""  # asked in passing ("which foods should I avoid?"): the model answers
        if not facts and intent.topic in NOTE_TOPICS:
            said = await self._note_about(turn, intent)
            if said:
                return questions.render_note(said)
        if intent.topic == "date":
            return questions.render_date(intent, facts)
        return questions.render(intent, facts, [])

    async def _slot_facts(self, turn: Turn, slot: str) -> list[Fact]:
        facts = await self.memory.facts(turn.person, context_of(turn), slot)
        return facts if slot.endswith(":") else [f for f in facts if f.slot == slot]

    async def _note_about(self, turn: Turn, intent: questions.Intent) -> str:
        """The latest note in the person's own words that speaks of the intent's topic."""
        notes = await self.memory.facts(turn.person, context_of(turn), "note:")
        cue = asking.cue(intent)
        found = [f.value for f in notes if cue is not None and cue.search(f.value.lower())
                 and OWN.search(f.value)]
        return found[-1] if found else ""
