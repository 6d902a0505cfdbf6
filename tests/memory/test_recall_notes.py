"""Answers built from what the person said in other words: notes, relations known from
earlier messages, and the nearest slot when the asked one was never told."""

from __future__ import annotations

from core.memory import Memory, ThreadDatabase, store
from core.messages import ChatKind
from tests.memory.conftest import Clock
from tests.memory.fakes import Harness, add_person


async def test_a_statement_no_slot_reads_is_kept_as_a_note(harness: Harness,
                                                           db: ThreadDatabase,
                                                           memory: Memory) -> None:
    jo = db.call(lambda c: add_person(c, "telegram", "j", "Jo"))
    await harness.say(jo, "These days I call the old harbour town my home.")
    notes = [f for f in await memory.all_facts(jo.key) if f.kind == "note"]
    assert [n.statement for n in notes] == [
        "These days they call the old harbour town their home"]
    assert await harness.say(jo, "Where do I live?") == (
        "You told me: these days you call the old harbour town your home.")
    assert (await harness.say(jo, "What's my brother's name?")).startswith(
        "You haven't told me")


async def test_chatter_and_other_people_make_no_notes(harness: Harness, db: ThreadDatabase,
                                                      memory: Memory) -> None:
    ki = db.call(lambda c: add_person(c, "telegram", "k", "Ki"))
    for text in ("My colleague loves kayaking and rowing.", "I think so.",
                 "Thanks, that helps!", "My friend Rosa lives in Porto."):
        await harness.say(ki, text)
    assert await memory.all_facts(ki.key) == []


async def test_a_birthday_finds_its_relation_across_messages(harness: Harness,
                                                            db: ThreadDatabase) -> None:
    mo = db.call(lambda c: add_person(c, "discord", "m", "Mo"))
    await harness.say(mo, "My little sis is called Yara.")
    await harness.say(mo, "Yara turns 30 on March 3rd!")
    assert await harness.say(mo, "when's my sister's bday?") == (
        "Your sister's birthday is 3 March.")


async def test_known_names_stay_in_their_context(harness: Harness, db: ThreadDatabase,
                                                 memory: Memory) -> None:
    lu = db.call(lambda c: add_person(c, "slack", "l", "Lu"))
    await harness.say(lu, "My sister is called Yara.")  # private
    await harness.say(lu, "Yara's birthday is on 3 May.", ChatKind.GROUP, "g",
                      conversation_id=9)
    assert not [f for f in await memory.all_facts(lu.key) if f.slot.startswith("date:")]


async def test_where_from_answers_where_do_i_live(harness: Harness, db: ThreadDatabase) -> None:
    ro = db.call(lambda c: add_person(c, "web", "r", "Ro"))
    await harness.say(ro, "I'm originally from Graz.")
    assert await harness.say(ro, "Where do I live?") == "You told me you're from Graz."


async def test_facts_in_the_asked_slot_lead_retrieval(harness: Harness, db: ThreadDatabase,
                                                      memory: Memory) -> None:
    ny = db.call(lambda c: add_person(c, "web", "n", "Ny"))
    for text in ("I love hiking and I work at Globex.", "My sister is called Eva.",
                 "I live in Oslo.", "I'm allergic to pollen.", "My time zone is CET.",
                 "I keep bees on my balcony."):
        await harness.say(ny, text)
    ids = await memory.search_ids(ny.key, "remind me, who's my employer again?", None, k=5)
    facts = await memory.db.run(lambda c: store.facts_by_ids(c, ny.key.person_id, ids))
    assert facts[0].slot == "work" and facts[0].value == "Globex"


async def test_trips_plans_and_passing_states_are_not_facts(harness: Harness,
                                                            db: ThreadDatabase,
                                                            memory: Memory) -> None:
    pa = db.call(lambda c: add_person(c, "web", "p", "Pa"))
    for text in ("I visited Rome last summer.", "I think I'll move to Oslo.",
                 "I have a meeting with Globex tomorrow.", "I called Maria yesterday.",
                 "I'm tired today.", "I'm at the airport.", "I love that idea!"):
        await harness.say(pa, text)
    kept = await memory.all_facts(pa.key)
    assert [f.kind for f in kept] == ["note"]  # the Rome trip, as the person said it
    assert (await harness.say(pa, "Where do I live?")).startswith("You haven't told me")


async def test_job_and_employer_and_where_from(harness: Harness, db: ThreadDatabase) -> None:
    qu = db.call(lambda c: add_person(c, "web", "q", "Qu"))
    await harness.say(qu, "I'm an engineer at Globex.")
    assert await harness.say(qu, "Who's my employer again?") == "You work at Globex."
    await harness.say(qu, "I grew up in Graz. These days I'm based in Oslo.")
    assert await harness.say(qu, "Where did I live before?") == (
        "You told me you're from Graz, and you live in Oslo now.")
    wu = db.call(lambda c: add_person(c, "web", "w", "Wu"))
    await harness.say(wu, "I work as an architect.")
    assert await harness.say(wu, "What do I do for a living?") == "You work as an architect."


async def test_advice_about_food_uses_allergies_only_when_known(harness: Harness,
                                                                db: ThreadDatabase) -> None:
    xo = db.call(lambda c: add_person(c, "web", "x", "Xo"))
    reply = await harness.say(xo, "Which foods should I avoid?")
    assert reply.startswith("[system]")  # no allergy known: the model answers
    await harness.say(xo, "Peanuts make me ill.")
    assert await harness.say(xo, "Which foods should I avoid?") == "You get ill from peanuts."


async def test_where_originally_after_a_move_is_the_older_home(harness: Harness,
                                                               db: ThreadDatabase,
                                                               clock: Clock) -> None:
    ze = db.call(lambda c: add_person(c, "web", "z", "Ze"))
    await harness.say(ze, "I live in Lisbon.")
    clock.advance(86400)
    await harness.say(ze, "I just moved to Porto!")
    expected = "You lived in Lisbon, before moving to Porto."
    assert await harness.say(ze, "Where did I live originally?") == expected
    assert await harness.say(ze, "What was my first city?") == expected
