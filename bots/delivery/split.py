"""Splitting rendered text into parts that fit a platform's limit, losing nothing.

Invariants (property-tested): ``"".join(c.text for c in chunks) == rendered.text``; each
chunk's displayed text is within the limit in the platform's unit; no cut falls inside a
character, a combining sequence, an escape such as ``&lt;`` or a ``<…>`` token; entities
are kept whole or split into adjacent entities of the same type. Cuts prefer paragraph
breaks, then line breaks, outside code blocks. A code block longer than a part is cut at a
line break and, in markdown dialects, its fence is closed and reopened around the cut
(``prefix``/``suffix``), which are display-only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate, pairwise

from bots.delivery.capabilities import Dialect, LengthUnit
from bots.delivery.render import Entity, Rendered

ATOMIC = re.compile(r"&[a-z]+;|<[^<>\n]{1,300}>")
FENCE = re.compile(r"^```([^\n`]*)$", re.M)
GLUE = {"\u200d", "\ufe0f", "\ufe0e"}
MIN_FILL = 0.5


@dataclass(frozen=True, slots=True)
class Chunk:
    text: str
    entities: tuple[Entity, ...] = ()
    prefix: str = ""
    suffix: str = ""

    @property
    def display(self) -> str:
        return f"{self.prefix}{self.text}{self.suffix}"


def _units(text: str, unit: LengthUnit) -> list[int]:
    """Prefix sums: ``pos[i]`` is the length of ``text[:i]`` in ``unit``."""
    sizes = (2 if unit == "utf16" and ord(ch) > 0xFFFF else 1 for ch in text)
    return [0, *accumulate(sizes)]


def _code_spans(text: str, rendered: Rendered, dialect: Dialect) -> list[tuple[int, int, str]]:
    """(start, end, language) of code blocks, in character indices."""
    if dialect == "telegram":
        pos = _units(text, "utf16")
        index = {u: i for i, u in enumerate(pos)}
        return [(index.get(e.offset, 0), index.get(e.end, len(text)), "")
                for e in rendered.entities if e.type == "pre"]
    spans = []
    fences = list(FENCE.finditer(text))
    for opening, closing in zip(fences[::2], fences[1::2], strict=False):
        spans.append((opening.end() + 1, closing.start(), opening.group(1)))
    return spans


def _forbidden(text: str, dialect: Dialect) -> set[int]:
    bad = {i for i in range(1, len(text)) if unicodedata.combining(text[i])
           or text[i] in GLUE or text[i - 1] == "\u200d"}
    if dialect in ("slack", "discord", "markdown"):
        for m in ATOMIC.finditer(text):
            bad.update(range(m.start() + 1, m.end()))
    return bad


def _tier(text: str, i: int, in_code: bool) -> int:
    """How good a cut before ``text[i]`` is (lower is better)."""
    before = text[i - 1]
    if before == "\n" and not in_code:
        return 0 if i >= 2 and text[i - 2] == "\n" else 1
    if before == "\n":
        return 2
    if before == " " and not in_code:
        return 3
    return 4 if before.isspace() else 5


def split(rendered: Rendered, limit: int, unit: LengthUnit = "chars",
          dialect: Dialect = "markdown") -> list[Chunk]:
    text = rendered.text
    if not text:
        return [Chunk("")]
    pos = _units(text, unit)
    code = _code_spans(text, rendered, dialect)
    fenced = dialect != "telegram"
    bad = _forbidden(text, dialect)
    lang_at = [""] * (len(text) + 1)
    in_code = [False] * (len(text) + 1)
    for start, end, lang in code:
        for i in range(start + 1, end):
            in_code[i] = True
            lang_at[i] = lang
    cuts: list[int] = [0]
    start = 0
    while pos[len(text)] - pos[start] > limit:
        prefix = f"```{lang_at[start]}\n" if fenced and in_code[start] else ""
        room = limit - len(prefix) - (4 if fenced else 0)
        end = start
        while end < len(text) and pos[end + 1] - pos[start] <= room:
            end += 1
        best, best_tier = -1, 99
        floor = start + max(1, int((end - start) * MIN_FILL))
        for i in range(end, start, -1):
            if i in bad:
                continue
            tier = _tier(text, i, in_code[i])
            if tier < best_tier and (i >= floor or best < 0):
                best, best_tier = i, tier
            if best_tier == 0:
                break
        if best <= start:
            raise ValueError("limit too small to split this text")
        cuts.append(best)
        start = best
    cuts.append(len(text))
    return [_chunk(rendered, pos, a, b, fenced, in_code, lang_at) for a, b in pairwise(cuts)]


def _chunk(rendered: Rendered, pos: list[int], a: int, b: int, fenced: bool,
           in_code: list[bool], lang_at: list[str]) -> Chunk:
    lo, hi = pos[a], pos[b]
    entities = tuple(
        Entity(e.type, max(e.offset, lo) - lo, min(e.end, hi) - max(e.offset, lo), e.extra)
        for e in rendered.entities if e.offset < hi and e.end > lo
    )
    prefix = f"```{lang_at[a]}\n" if fenced and in_code[a] else ""
    suffix = "\n```" if fenced and b < len(rendered.text) and in_code[b] else ""
    return Chunk(rendered.text[a:b], entities, prefix, suffix)
