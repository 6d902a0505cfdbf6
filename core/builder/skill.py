"""The builder as a skill: claims build and iteration requests and delivers HTML files."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping

from core.builder import data, edits, render, request
from core.builder.spec import ArtifactSpec, Dataset
from core.builder.store import ArtifactStore
from core.messages import Attachment, FilePart, Final, PersonKey, Progress, ReplyEvent
from core.skills import BaseSkill, Turn

log = logging.getLogger(__name__)
# Personal details from memory: "name", "email", "phone", "city", "tagline" (all optional).
Profile = Callable[[PersonKey], Awaitable[Mapping[str, str]]]
TABLE_TYPES = ("text/csv", "text/tab-separated-values", "text/plain")
WHAT = {"website": "website", "dashboard": "dashboard", "game": "game"}
PREVIEW_OFF = (
    "The live preview is off right now (the web app isn't running), so open the attached "
    "file in any browser."
)


def table_file(files: list[FilePart]) -> FilePart | None:
    """The first attached CSV/TSV file that carries its bytes."""
    for part in files:
        named = part.filename.lower().endswith((".csv", ".tsv"))
        if part.data and (named or part.mime_type in TABLE_TYPES[:2]):
            return part
    return None


def slug(title: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-")
    return cleaned or "artifact"


class BuilderSkill(BaseSkill):
    name = "builder"

    def __init__(
        self, store: ArtifactStore, preview_base_url: str = "", profile: Profile | None = None
    ) -> None:
        self._store = store
        self._preview_base = preview_base_url.rstrip("/")
        self._profile = profile

    @property
    def preview_base(self) -> str:
        """Where previews are served ("" while the preview listener is not running)."""
        return self._preview_base

    @preview_base.setter
    def preview_base(self, url: str) -> None:
        self._preview_base = url.rstrip("/")

    def answer(self, turn: Turn) -> AsyncIterator[ReplyEvent] | None:
        table = table_file(turn.files)
        intent = request.detect(turn.text, has_table_file=table is not None)
        if intent is not None:
            return self._build(turn, intent, table)
        if edits.is_edit(turn.text):
            return self._iterate(turn)
        return None

    async def _build(
        self, turn: Turn, intent: request.Intent, table: FilePart | None
    ) -> AsyncIterator[ReplyEvent]:
        yield Progress(f"Building your {WHAT[intent.kind]} …")
        dataset: Dataset | None = None
        if intent.kind == "dashboard":
            try:
                dataset = await asyncio.to_thread(_dataset, turn.text, table)
            except data.DataError as exc:
                yield Final(f"I couldn't read that data: {exc}. Paste numbers or attach a CSV.")
                return
            if dataset is None:
                yield Final("Send me the numbers (pasted, or as a CSV file) and I'll chart them.")
                return
        spec = request.parse(turn.text, intent, await self._details(turn), dataset)
        if table is not None and spec.title == "Dashboard":
            spec = spec.with_changes(title=_title_from_filename(table.filename))
        async for event in self.build_spec(turn.person, spec):
            yield event

    async def build_spec(self, person: PersonKey, spec: ArtifactSpec) -> AsyncIterator[ReplyEvent]:
        """Render, store and deliver a ready spec (for agents that already know what to make,
        e.g. a dashboard from a data agent's :class:`Dataset`)."""
        html = await asyncio.to_thread(render.render, spec)
        artifact_id = await self._store.create(person, spec, html)
        async for event in self._deliver(spec, html, artifact_id, 1):
            yield event

    async def _details(self, turn: Turn) -> Mapping[str, str]:
        """What the artifact may say about the person: remembered details only in private
        chats; in a group, only the name everyone there already sees."""
        if not turn.is_private or self._profile is None:
            name = turn.incoming.sender.display_name
            return {"name": name} if name and not turn.is_private else {}
        try:
            return await self._profile(turn.person)
        except Exception:
            log.warning("builder: personal details unavailable", exc_info=True)
            return {}

    async def _iterate(self, turn: Turn) -> AsyncIterator[ReplyEvent]:
        current = await self._store.latest(turn.person)
        if current is None:
            yield Final("There's nothing of yours to change yet — ask me to build something first.")
            return
        spec = edits.apply(current.spec, turn.text)
        if spec is None:
            yield Final(
                f"I couldn't tell what to change in “{current.spec.title}”. Try “make the "
                "background blue”, “add a contact section” or “make it faster”."
            )
            return
        yield Progress(f"Updating “{spec.title}” …")
        html = await asyncio.to_thread(render.render, spec)
        version = await self._store.add_version(turn.person, current.artifact_id, spec, html)
        if version is None:
            yield Final("That artifact is no longer available.", ok=False)
            return
        async for event in self._deliver(spec, html, current.artifact_id, version):
            yield event

    async def _deliver(
        self, spec: ArtifactSpec, html: str, artifact_id: str, version: int
    ) -> AsyncIterator[ReplyEvent]:
        document = await self._store.materialise(html)
        preview = f"{self._preview_base}/a/{artifact_id}" if self._preview_base else ""
        suffix = f"-v{version}" if version > 1 else ""
        yield Attachment(
            kind="html", filename=f"{slug(spec.title)}{suffix}.html",
            data=document.encode(), mime_type="text/html", caption=spec.title,
            preview_url=preview,
        )
        yield Final(_message(spec, version, preview))


def _title_from_filename(filename: str) -> str:
    stem = re.sub(r"[_\-.]+", " ", filename.rsplit(".", 1)[0]).strip()
    return stem[:60].title() if stem else "Dashboard"


def _dataset(text: str, table: FilePart | None) -> Dataset | None:
    return data.from_csv(table.data) if table is not None else data.from_text(text)


def _message(spec: ArtifactSpec, version: int, preview: str) -> str:
    what = spec.template if spec.kind == "game" else WHAT[spec.kind]
    head = (
        f"Here is your {what}, “{spec.title}” — the HTML file works offline in any browser."
        if version == 1
        else f"Updated “{spec.title}” (version {version}); earlier versions are kept."
    )
    tail = f"Preview: {preview}" if preview else PREVIEW_OFF
    return f"{head}\n\n{tail}"
