"""Answer plain questions about an attached image from the gate's facts.

A tiny model misreads notes; "what colour is this?" about a solid red picture must still
be answered "red". This skill claims only questions it can answer exactly.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from core.messages import Final, ReplyEvent
from core.skills import BaseSkill, Turn

COLOUR_QUESTION = re.compile(r"\b(what|which)\b.*\bcolou?rs?\b|\bcolou?rs?\b.*\?", re.I)
SIZE_QUESTION = re.compile(r"\b(how (big|large)|what size|dimensions|resolution)\b", re.I)


class ImageFactsSkill(BaseSkill):
    name = "image_facts"

    def answer(self, turn: Turn) -> AsyncIterator[ReplyEvent] | None:
        if not turn.images or len(turn.text) > 200:
            return None
        if COLOUR_QUESTION.search(turn.text):
            return self._say(_colours(turn))
        if SIZE_QUESTION.search(turn.text):
            image = turn.images[0]
            return self._say(f"It's {image.width}×{image.height} pixels "
                             f"({image.source_format}).")
        return None

    @staticmethod
    async def _say(text: str) -> AsyncIterator[ReplyEvent]:
        yield Final(text)


def _colours(turn: Turn) -> str:
    lines = []
    for n, image in enumerate(turn.images, start=1):
        colours = list(image.colours)
        if not colours:
            described = "a mix of many colours"
        elif len(colours) == 1:
            described = colours[0]
        else:
            described = f"mostly {colours[0]}, with {' and '.join(colours[1:])}"
        prefix = f"Image {n}: " if len(turn.images) > 1 else "It's "
        lines.append(f"{prefix}{described}.")
    return " ".join(lines)
