"""Iteration: "make the background blue", "add a contact section", "make it faster"."""

from __future__ import annotations

import re

from core.builder import colours, request
from core.builder.spec import ArtifactSpec

_EDIT = re.compile(
    r"\b(make|change|set|turn|add|remove|drop|delete|rename|call it|title it|use|speed|slow|"
    r"paint|switch)\b",
    re.I,
)
_TARGET = re.compile(
    r"\b(background|colou?rs?|accent|theme|sections?|faster|slower|quicker|harder|easier|"
    r"difficulty|speed|title|name|player|page|site|website|game|dashboard|darker|lighter)\b",
    re.I,
)
_ADD = re.compile(r"\badd (?:an? |the |some )?(.+)", re.I)
_REMOVE = re.compile(r"\b(?:remove|drop|delete|take out|get rid of) (?:the |an? )?(.+)", re.I)
_RENAME = re.compile(
    r"\b(?:rename (?:it |the \w+ )?to|call it|title it|change the (?:title|name) to|"
    r"set the (?:title|name) to|make the title)\s+(.{2,60})",
    re.I,
)
_PLAYER = re.compile(r"\bplayer(?:'s)? name (?:to |is )?([A-Z][a-z]{1,20})\b")


def is_edit(text: str) -> bool:
    """Whether the message asks to change something already built."""
    if request.is_question(text):
        return False
    if _RENAME.search(text):
        return True
    target = _TARGET.search(text) or request.sections_in(text) or colours.colour_words(text)
    return bool(_EDIT.search(text) and target)


def apply(spec: ArtifactSpec, text: str) -> ArtifactSpec | None:
    """The edited spec, or None when nothing in ``text`` changes ``spec``."""
    edited = _colours(spec, text)
    edited = _sections(edited, text)
    edited = _title(edited, text)
    if edited.kind == "game":
        edited = edited.with_changes(
            speed=request.speed_from(text, edited.speed),
            difficulty=request.difficulty_from(text, edited.difficulty),
        )
    player = _PLAYER.search(text)
    if player:
        edited = edited.with_changes(player=player.group(1))
    return edited if edited != spec else None


def _colours(spec: ArtifactSpec, text: str) -> ArtifactSpec:
    background = colours.background_colour(text)
    lowered = text.lower()
    if background is None and re.search(r"\bdark(er)? (mode|theme|background)?\b", lowered):
        background = colours.NAMED["dark"]
    if background is None and re.search(r"\blight(er)? (mode|theme|background)\b", lowered):
        background = colours.NAMED["light"]
    others = [c for c in colours.colour_words(text) if c != background]
    if background:
        spec = spec.with_changes(background=background)
    if others and not _TITLE_HINT.search(text):
        spec = spec.with_changes(accent=others[0])
    return spec


_TITLE_HINT = re.compile(r"\b(rename|call it|title)\b", re.I)


def _sections(spec: ArtifactSpec, text: str) -> ArtifactSpec:
    if spec.kind != "website":
        return spec
    current = set(spec.sections)
    added = _ADD.search(text)
    if added:
        current |= set(request.sections_in(added.group(1)))
    removed = _REMOVE.search(text)
    if removed:
        current -= set(request.sections_in(removed.group(1)))
    return spec.with_changes(sections=request.ordered(current))


def _title(spec: ArtifactSpec, text: str) -> ArtifactSpec:
    match = _RENAME.search(text)
    if not match:
        return spec
    title = match.group(1).strip().strip("\"'“”«»").rstrip(".!")
    return spec.with_changes(title=title) if title else spec
