"""The builder skill end to end: request → progress, HTML attachment, final text."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from core.builder.commands import register_commands
from core.builder.skill import PREVIEW_OFF, BuilderSkill
from core.builder.spec import ArtifactSpec, Dataset, Series
from core.builder.store import ArtifactStore
from core.commands.registry import CommandContext, CommandRegistry
from core.messages import (
    Address,
    Attachment,
    ChatKind,
    FilePart,
    Final,
    IdentityKey,
    IncomingMessage,
    PersonKey,
    Progress,
    ReplyEvent,
    Sender,
    TextPart,
)
from core.models.base import GenerationRequest
from core.skills import Turn
from core.store.db import Database

ANNA, BEN = PersonKey(1), PersonKey(2)
PREVIEW = "http://127.0.0.1:8765/"


class SilentBackend:
    name = "silent"

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    def count_tokens(self, text: str) -> int:
        return len(text)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[str]:
        raise AssertionError("the builder never needs the model")
        yield ""


def turn(
    text: str, person: PersonKey = ANNA, files: tuple[FilePart, ...] = (),
    kind: ChatKind = ChatKind.DM,
) -> Turn:
    address = Address(platform="web", chat_kind=kind, chat_id="c1", user_id="u1")
    incoming = IncomingMessage(
        event_id="e1", address=address, sender=Sender("u1", "Anna"),
        parts=(TextPart(text), *files),
    )
    return Turn(incoming=incoming, person=person, conversation_id=1, text=text,
                backend=SilentBackend(), turn_id="t1", files=list(files))


@pytest.fixture
async def artifacts(tmp_path: Path) -> AsyncIterator[ArtifactStore]:
    db = Database(tmp_path / "b.db")
    await db.open([])
    store = ArtifactStore(db)
    await store.setup()
    yield store
    await db.close()


async def profile(person: PersonKey) -> Mapping[str, str]:
    return {"name": "Anna", "email": "anna@example.com"} if person == ANNA else {}


async def run(skill: BuilderSkill, t: Turn) -> list[ReplyEvent]:
    stream = skill.answer(t)
    assert stream is not None, t.text
    return [event async for event in stream]


def attachment(events: list[ReplyEvent]) -> Attachment:
    [found] = [e for e in events if isinstance(e, Attachment)]
    return found


async def test_build_delivers_progress_file_preview_and_final(artifacts: ArtifactStore) -> None:
    skill = BuilderSkill(artifacts, PREVIEW, profile)
    events = await run(skill, turn("make a website for my bakery with a gallery"))
    assert isinstance(events[0], Progress)
    file = attachment(events)
    assert file.kind == "html" and file.mime_type == "text/html"
    assert file.filename == "anna-s-bakery.html"
    assert b"anna@example.com" in file.data and b"Anna&#39;s Bakery" in file.data
    artifact_id = file.preview_url.removeprefix("http://127.0.0.1:8765/a/")
    assert len(artifact_id) >= 24 and "/" not in artifact_id
    assert await artifacts.get(ANNA, artifact_id) is not None
    assert await artifacts.get(BEN, artifact_id) is None
    final = events[-1]
    assert isinstance(final, Final) and file.preview_url in final.text


async def test_without_a_preview_url_the_reply_says_so(artifacts: ArtifactStore) -> None:
    events = await run(BuilderSkill(artifacts, ""), turn("make a pong game"))
    assert attachment(events).preview_url == ""
    final = events[-1]
    assert isinstance(final, Final) and PREVIEW_OFF in final.text and "http" not in final.text


async def test_iteration_changes_the_latest_artifact_and_keeps_versions(
    artifacts: ArtifactStore,
) -> None:
    skill = BuilderSkill(artifacts, PREVIEW)
    first = attachment(await run(skill, turn("make a landing page for my shop")))
    second = attachment(await run(skill, turn("make the background blue")))
    assert second.preview_url == first.preview_url
    assert second.filename.endswith("-v2.html") and b"--bg: #1c7ed6" in second.data
    third = attachment(await run(skill, turn("add a gallery section")))
    assert b'id="gallery"' in third.data and b'id="gallery"' not in first.data
    latest = await artifacts.latest(ANNA)
    assert latest is not None and latest.version == 3
    earlier = await artifacts.get(ANNA, latest.artifact_id, 1)
    assert earlier is not None and earlier.spec.background == ""


async def test_make_it_faster_speeds_up_the_game(artifacts: ArtifactStore) -> None:
    skill = BuilderSkill(artifacts, PREVIEW)
    await run(skill, turn("make a snake game"))
    await run(skill, turn("make it faster"))
    latest = await artifacts.latest(ANNA)
    assert latest is not None and latest.spec.speed > 1.0


async def test_iteration_never_touches_another_person_s_artifact(
    artifacts: ArtifactStore,
) -> None:
    skill = BuilderSkill(artifacts, PREVIEW)
    await run(skill, turn("make a snake game"))
    events = await run(skill, turn("make the background red", person=BEN))
    assert not any(isinstance(e, Attachment) for e in events)
    assert "nothing of yours" in events[-1].text  # type: ignore[union-attr]
    latest = await artifacts.latest(ANNA)
    assert latest is not None and latest.version == 1


async def test_dashboard_from_a_csv_attachment(artifacts: ArtifactStore) -> None:
    csv = FilePart("sales.csv", 60, "text/csv", b"month,sales\nJan,10\nFeb,12\nMar,9\n")
    events = await run(BuilderSkill(artifacts, PREVIEW), turn("make a dashboard", files=(csv,)))
    file = attachment(events)
    assert b"Plotly.newPlot" in file.data and b'data-muse-asset="plotly"' not in file.data
    assert len(file.data) > 1_000_000  # Plotly inlined: works offline


async def test_dashboard_without_data_asks_for_it(artifacts: ArtifactStore) -> None:
    events = await run(BuilderSkill(artifacts, PREVIEW), turn("build a chart dashboard 2024"))
    assert not any(isinstance(e, Attachment) for e in events)
    assert "numbers" in events[-1].text  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "hello there", "what is the capital of France?", "how do I make a website?",
    "make it shorter please",
])
def test_other_messages_are_not_claimed(text: str, artifacts: ArtifactStore) -> None:
    assert BuilderSkill(artifacts, PREVIEW).answer(turn(text)) is None


async def test_remembered_details_stay_out_of_group_builds(artifacts: ArtifactStore) -> None:
    skill = BuilderSkill(artifacts, PREVIEW, profile)
    group = turn("make a website for my bakery with contact", kind=ChatKind.GROUP)
    file = attachment(await run(skill, group))
    assert b"anna@example.com" not in file.data
    assert b"Anna&#39;s Bakery" in file.data  # the name the group already sees


async def test_a_ready_dataset_builds_a_dashboard(artifacts: ArtifactStore) -> None:
    dataset = Dataset(("Q1", "Q2", "Q3"), (Series("users", (10.0, 30.0, 20.0)),))
    spec = ArtifactSpec(kind="dashboard", template="dashboard", title="Users", dataset=dataset)
    events = [e async for e in BuilderSkill(artifacts, "").build_spec(BEN, spec)]
    assert b"Total users" in attachment(events).data
    [summary] = await artifacts.list_for(BEN)
    assert summary.kind == "dashboard" and summary.title == "Users"


async def test_the_artifacts_command_lists_only_the_person_s_builds(
    artifacts: ArtifactStore,
) -> None:
    registry = CommandRegistry()
    register_commands(registry, artifacts, PREVIEW)
    command = registry.get("artifacts")
    assert command is not None and command.private_only
    skill = BuilderSkill(artifacts, PREVIEW)
    await run(skill, turn("make a memory game"))

    async def notify(identity: IdentityKey, text: str) -> bool:
        return False

    def context(person: PersonKey) -> CommandContext:
        t = turn("/artifacts", person=person)
        return CommandContext(t.incoming, person, 1, "", notify)

    mine = await command.handler(context(ANNA))
    assert "Memory Match" in mine.text and "http://127.0.0.1:8765/a/" in mine.text
    theirs = await command.handler(context(BEN))
    assert "Memory Match" not in theirs.text
