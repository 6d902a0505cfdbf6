"""The platform-neutral message model.

Frozen value types only: no platform objects ever reach the core. Adapters build an
:class:`IncomingMessage` from a platform event, the engine answers with a stream of
:data:`ReplyEvent` values, and adapters deliver those through ``bots/delivery``.

Two keys are deliberately distinct:

* :class:`ConversationKey` — where history lives (the DM, the thread, the channel);
* :class:`IdentityKey` — who spoke (a platform account); the store maps it to a person,
  whose memory is private to them. In a group the person is the sender, never the chat.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal


class ChatKind(enum.StrEnum):
    DM = "dm"
    GROUP = "group"
    CHANNEL = "channel"


@dataclass(frozen=True, slots=True)
class Address:
    """Where a message came from (and where its reply goes)."""

    platform: str
    chat_kind: ChatKind
    chat_id: str
    user_id: str
    workspace: str = ""
    thread_id: str | None = None
    bot_account: str = ""

    @property
    def is_private(self) -> bool:
        return self.chat_kind is ChatKind.DM

    @property
    def conversation(self) -> ConversationKey:
        return ConversationKey(
            platform=self.platform,
            workspace=self.workspace,
            chat_id=self.chat_id,
            thread_id=self.thread_id,
            bot_account=self.bot_account,
        )

    @property
    def identity(self) -> IdentityKey:
        return IdentityKey(platform=self.platform, workspace=self.workspace, user_id=self.user_id)


@dataclass(frozen=True, slots=True)
class ConversationKey:
    """Where history lives."""

    platform: str
    workspace: str
    chat_id: str
    thread_id: str | None
    bot_account: str


@dataclass(frozen=True, slots=True)
class IdentityKey:
    """One account on one platform (and workspace)."""

    platform: str
    workspace: str
    user_id: str


@dataclass(frozen=True, slots=True)
class PersonKey:
    """Whose memory: a person owns one or more identities."""

    person_id: int


@dataclass(frozen=True, slots=True)
class Sender:
    user_id: str
    display_name: str = ""
    is_bot: bool = False


# --- message parts -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextPart:
    text: str


@dataclass(frozen=True, slots=True)
class ImagePart:
    """Raw image bytes fetched by the adapter. The core's gate checks and normalises them;
    raw bytes are never stored."""

    data: bytes = field(repr=False)
    filename: str = ""
    platform_file_id: str = ""


@dataclass(frozen=True, slots=True)
class FilePart:
    """Any other attachment. ``data`` may be empty when the adapter did not fetch it."""

    filename: str
    size: int
    mime_type: str = ""
    data: bytes = field(default=b"", repr=False)
    platform_file_id: str = ""


@dataclass(frozen=True, slots=True)
class MentionPart:
    user_id: str
    display_name: str = ""


@dataclass(frozen=True, slots=True)
class ReplyRef:
    """The message this one replies to, with its quoted text."""

    message_id: str
    quoted_text: str = ""
    to_bot: bool = False


Part = TextPart | ImagePart | FilePart | MentionPart | ReplyRef


@dataclass(frozen=True, slots=True)
class IncomingMessage:
    event_id: str
    address: Address
    sender: Sender
    parts: tuple[Part, ...]
    addressed: bool = True
    timestamp: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def text(self) -> str:
        """The message's own text (mentions and quotes excluded)."""
        return "\n".join(p.text for p in self.parts if isinstance(p, TextPart)).strip()

    @property
    def images(self) -> tuple[ImagePart, ...]:
        return tuple(p for p in self.parts if isinstance(p, ImagePart))

    @property
    def files(self) -> tuple[FilePart, ...]:
        return tuple(p for p in self.parts if isinstance(p, FilePart))

    @property
    def reply_to(self) -> ReplyRef | None:
        return next((p for p in self.parts if isinstance(p, ReplyRef)), None)


# --- reply events ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextDelta:
    """A piece of the answer's markdown text, in order."""

    text: str


@dataclass(frozen=True, slots=True)
class Progress:
    """A status line shown in place while agents work ("Solving ✓ · Reading …")."""

    text: str


AttachmentKind = Literal["image", "file", "html"]


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: AttachmentKind
    filename: str
    data: bytes = field(repr=False)
    mime_type: str = "application/octet-stream"
    caption: str = ""
    preview_url: str = ""


@dataclass(frozen=True, slots=True)
class PrivateReply:
    """An answer that must reach the person privately (DM, ephemeral), never the group."""

    text: str
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class Final:
    """The end of a reply: the complete markdown text (which replaces all deltas).

    ``outbox_id`` names the stored copy the delivery layer marks delivered; ``ok`` is
    False when the text is an apology for a failure.
    """

    text: str
    ok: bool = True
    outbox_id: int | None = None


ReplyEvent = TextDelta | Progress | Attachment | PrivateReply | Final
