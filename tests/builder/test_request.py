"""Request understanding and edits, without a browser."""

from __future__ import annotations

import pytest

from core.builder import data, edits, request
from core.builder.spec import ArtifactSpec


@pytest.mark.parametrize("text,kind,template", [
    ("make a website for my bakery", "website", "landing"),
    ("build me a portfolio site", "website", "portfolio"),
    ("create an event page for my birthday party", "website", "event"),
    ("make a menu page for our restaurant", "website", "menu"),
    ("I need a link in bio page", "website", "links"),
    ("make a snake game for my kid", "game", "snake"),
    ("can you build pong?", "game", "pong"),
    ("make a breakout game", "game", "breakout"),
    ("make tic tac toe", "game", "tictactoe"),
    ("make a memory game", "game", "memory"),
    ("make a game", "game", "snake"),
    ("turn these numbers into a dashboard: 3, 5, 8", "dashboard", "dashboard"),
])
def test_detects_what_to_build(text: str, kind: str, template: str) -> None:
    assert request.detect(text) == request.Intent(kind, template)


def test_parses_customisations() -> None:
    text = 'make a breakout game called "Brick Party" for my daughter Mia, easy and slow, blue'
    spec = request.parse(text, request.detect(text), {})  # type: ignore[arg-type]
    assert (spec.title, spec.player, spec.difficulty, spec.speed, spec.accent) == (
        "Brick Party", "Mia", "easy", 0.7, "#1c7ed6")


def test_sections_follow_the_request() -> None:
    text = "make a website for my salon with prices, opening hours and contact details"
    spec = request.parse(text, request.detect(text), {"name": "Jo"})  # type: ignore[arg-type]
    assert spec.sections == ("prices", "hours", "contact")
    assert spec.title == "Jo's Salon"


@pytest.mark.parametrize("text,field,value", [
    ("make the background blue", "background", "#1c7ed6"),
    ("change the background colour to #123456", "background", "#123456"),
    ("add a contact section", "sections", ("about", "contact")),
    ("remove the about section", "sections", ()),
    ("rename it to Crumbs", "title", "Crumbs"),
    ("make it purple", "accent", "#7048e8"),
])
def test_edits(text: str, field: str, value: object) -> None:
    site = ArtifactSpec(kind="website", template="landing", title="Shop", sections=("about",))
    assert edits.is_edit(text)
    edited = edits.apply(site, text)
    assert edited is not None and getattr(edited, field) == value


def test_game_edits_change_speed_and_difficulty() -> None:
    game = ArtifactSpec(kind="game", template="pong", title="Pong")
    faster = edits.apply(game, "make it faster and harder")
    assert faster is not None and faster.speed > 1 and faster.difficulty == "hard"
    assert edits.apply(game, "make the thing nicer") is None


def test_data_from_pasted_text_and_csv() -> None:
    pasted = data.from_text("Jan: 120\nFeb: 135\nMar: 160")
    assert pasted is not None and pasted.labels == ("Jan", "Feb", "Mar")
    assert pasted.series[0].values == (120.0, 135.0, 160.0)
    table = data.from_csv(b"city;people\nOslo;700,000\nBergen;285,000\n")
    assert table.series[0].values == (700000.0, 285000.0)
    with pytest.raises(data.DataError):
        data.from_csv(b"just,text\nno,numbers\n")
