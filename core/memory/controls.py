"""Shared logic of the memory controls (commands and natural phrasing alike)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from core.memory import store
from core.memory.extract import extract
from core.memory.service import Memory
from core.memory.store import Fact
from core.messages import PersonKey

IDS = re.compile(r"^#?\d+(?:[\s,]+#?\d+)*$")


def day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def line(fact: Fact) -> str:
    old = "" if fact.current else " (superseded)"
    return f"#{fact.id} {fact.statement} — {day(fact.learned_at)}, {fact.platform}{old}"


async def find_matches(memory: Memory, person: PersonKey, words: str) -> list[Fact]:
    """Facts (any version) that ``words`` most likely mean."""
    every = await memory.all_facts(person)
    wanted = {(c.slot, c.value.lower()) for c in extract(words).facts}
    exact = [f for f in every if (f.slot, f.value.lower()) in wanted]
    if exact:
        return exact
    low = words.lower()
    named = [f for f in every if len(f.value) >= 3 and f.value.lower() in low]
    if named:
        return named
    return await memory.search(person, words, None, k=3)


async def ask_forget(memory: Memory, person: PersonKey, words: str) -> str:
    matches = await find_matches(memory, person, words)
    if not matches:
        return "I don't have anything matching that."
    ids = [f.id for f in matches]
    now = memory.clock()
    await memory.db.run(lambda c: store.set_pending(c, person.person_id, ids, now))
    listing = "\n".join(line(f) for f in matches)
    return ("Shall I forget this? Reply /forget confirm within 10 minutes.\n" + listing)


async def confirm_forget(memory: Memory, person: PersonKey) -> str:
    now = memory.clock()
    ids = await memory.db.run(lambda c: store.take_pending(c, person.person_id, now))
    if not ids:
        return "There is nothing waiting to be forgotten."
    gone = await memory.forget(person, ids)
    return f"Forgotten ({len(gone)} item(s), with older versions and the messages they came from)."


async def forget_command(memory: Memory, person: PersonKey, args: str) -> str:
    args = args.strip()
    if not args:
        return "Usage: /forget <id or words>, /forget confirm, or /forget all."
    if args.lower() == "all":
        count = await memory.forget_all(person)
        return (f"Done: I deleted all {count} memories, your interests and your history. "
                "Your linked accounts stay; ask to delete the account to remove them too.")
    if args.lower() in {"confirm", "yes"}:
        return await confirm_forget(memory, person)
    if IDS.match(args):
        ids = [int(x) for x in re.findall(r"\d+", args)]
        gone = await memory.forget(person, ids)
        if not gone:
            return "I have no memory with that id."
        return f"Forgotten: {len(gone)} item(s), with older versions and their source messages."
    return await ask_forget(memory, person, args)


async def overview(memory: Memory, person: PersonKey) -> str:
    facts = await memory.all_facts(person)
    topics = await memory.interests(person, None)
    off = await memory.privacy_off(person)
    current = [f for f in facts if f.current]
    parts = ["What I know about you:" if current else "I don't know anything about you yet."]
    parts += [line(f) for f in current[:50]]
    old = len(facts) - len(current)
    if old:
        parts.append(f"({old} older version(s) kept as history; /export shows them.)")
    if topics:
        parts.append("Top interests: " + ", ".join(f"{t} ({w:g})" for t, w in topics))
    parts.append("Memory is paused (/privacy on resumes it)." if off else
                 "Forget something with /forget <id or words>; pause with /privacy off.")
    return "\n".join(parts)


PRIVATE_ONLY = ("I can only change your memory in a private chat: message me directly "
                "and say it there (or use /forget).")
