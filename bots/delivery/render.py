"""Markdown (what models write) rendered to each platform's dialect.

Maintained converters do the work: ``telegramify-markdown`` gives plain text plus
entities (offsets in UTF-16 units), ``slackify-markdown`` gives mrkdwn. Whatever the
model writes, Slack text can never ping (@channel, @here, users): every ``<…>`` that is
not a link the converter made is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bots.delivery.capabilities import Dialect

SLACK_LINK = re.compile(r"<(?!(?:https?|mailto|ftp):)([^<>\n]*)>")


@dataclass(frozen=True, slots=True)
class Entity:
    type: str
    offset: int
    length: int
    extra: tuple[tuple[str, Any], ...] = ()

    @property
    def end(self) -> int:
        return self.offset + self.length


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    entities: tuple[Entity, ...] = field(default=())


def render(markdown: str, dialect: Dialect) -> Rendered:
    if dialect == "telegram":
        return _telegram(markdown)
    if dialect == "slack":
        return Rendered(_slack(markdown))
    if dialect == "discord":
        return Rendered(markdown.strip("\n"))
    return Rendered(markdown)


def _telegram(markdown: str) -> Rendered:
    import telegramify_markdown

    text, entities = telegramify_markdown.convert(markdown)
    out = []
    for e in entities:
        extra = tuple((k, getattr(e, k)) for k in ("url", "language", "custom_emoji_id")
                      if getattr(e, k, None))
        out.append(Entity(e.type, e.offset, e.length, extra))
    text = text.rstrip("\n")
    limit = len(text.encode("utf-16-le")) // 2
    clipped = tuple(
        Entity(e.type, e.offset, min(e.length, limit - e.offset), e.extra)
        for e in out if e.offset < limit
    )
    return Rendered(text, clipped)


def _slack(markdown: str) -> str:
    from slackify_markdown import slackify_markdown

    text = slackify_markdown(markdown).rstrip("\n")
    return SLACK_LINK.sub(lambda m: f"&lt;{m.group(1)}&gt;", text)
