from __future__ import annotations

import re

from core.memory import Memory, ThreadDatabase, linking
from core.messages import ChatKind
from tests.memory.conftest import Clock
from tests.memory.fakes import Harness, add_person


def _code(reply: str) -> str:
    found = re.search(r"code is ([A-Z0-9]{8})", reply)
    assert found, reply
    return found.group(1)


async def test_link_needs_both_sides_then_merges(harness: Harness, db: ThreadDatabase,
                                                 memory: Memory) -> None:
    tg = db.call(lambda c: add_person(c, "telegram", "1", "Ana"))
    dc = db.call(lambda c: add_person(c, "discord", "9", "ana#1"))
    harness.known.add(tg.identity)
    await harness.say(tg, "I live in Lisbon.")
    await harness.say(dc, "I love climbing.")
    code = _code(await harness.say(tg, "/link"))
    assert len(code) >= 6
    reply = await harness.say(dc, f"/link {code}")
    assert "confirm" in reply
    who, ask = harness.sent[-1]
    assert who == tg.identity and "Link discord user ana#1 to you?" in ask
    assert "Lisbon" not in await harness.say(dc, "Where do I live?")
    assert "no link request" in await harness.say(dc, "/link confirm")
    assert "Linked" in await harness.say(tg, "/link confirm")
    assert db.call(lambda c: linking.person_of(c, dc.identity)) == tg.key.person_id
    assert "climbing" in await harness.say(tg, "What do I like?")
    facts = await memory.all_facts(tg.key)
    assert {f.platform for f in facts} == {"telegram", "discord"}
    assert "not valid" in await harness.say(dc, f"/link {code}")


async def test_codes_expire_are_single_use_and_limited(harness: Harness, db: ThreadDatabase,
                                                       clock: Clock) -> None:
    a = db.call(lambda c: add_person(c, "telegram", "1", "A"))
    b = db.call(lambda c: add_person(c, "slack", "2", "B"))
    harness.known.add(a.identity)
    code = _code(await harness.say(a, "/link"))
    clock.advance(601)
    assert "not valid" in await harness.say(b, f"/link {code}")
    code = _code(await harness.say(a, "/link"))
    in_group = await harness.say(b, f"/link {code}", ChatKind.GROUP, "g", conversation_id=4)
    assert "now invalid" in in_group
    assert "not valid" in await harness.say(b, f"/link {code}")
    replies = [await harness.say(b, "/link ZZZZZZZZ") for _ in range(4)]
    assert "Too many attempts" in replies[-1]
    for _ in range(5):
        await harness.say(a, "/link")
    assert "Too many link codes" in await harness.say(a, "/link")


async def test_code_pasted_in_group_text_is_voided(harness: Harness, db: ThreadDatabase) -> None:
    a = db.call(lambda c: add_person(c, "telegram", "1", "A"))
    b = db.call(lambda c: add_person(c, "discord", "2", "B"))
    code = _code(await harness.say(a, "/link"))
    await harness.say(a, f"here is my code {code}", ChatKind.GROUP, "g", conversation_id=8)
    assert "not valid" in await harness.say(b, f"/link {code}")


async def test_unlink_starts_fresh(harness: Harness, db: ThreadDatabase,
                                   memory: Memory) -> None:
    a = db.call(lambda c: add_person(c, "telegram", "1", "A"))
    b = db.call(lambda c: add_person(c, "discord", "2", "B"))
    harness.known.add(a.identity)
    await harness.say(b, "I work at Acme.")
    await harness.say(b, f"/link {_code(await harness.say(a, '/link'))}")
    await harness.say(a, "/link confirm")
    b.key = a.key
    reply = await harness.say(b, "/unlink")
    assert "no memories" in reply
    new = db.call(lambda c: linking.person_of(c, b.identity))
    assert new is not None and new != a.key.person_id
    assert "Acme" in await harness.say(a, "Where do I work?")
    assert "not linked" in await harness.say(a, "/unlink")
