"""Deterministic understanding of a build request: what to make and how it should look."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from core.builder import colours
from core.builder.spec import SECTIONS, ArtifactSpec, Dataset, Difficulty

_BUILD_VERB = re.compile(
    r"\b(make|build|create|design|generate|code|write|give me|turn|put|need|want)\b", re.I
)
_GAME_WORDS: tuple[tuple[str, str], ...] = (
    (r"snake", "snake"), (r"pong|ping[ -]?pong", "pong"),
    (r"breakout|brick", "breakout"), (r"tic[ -]?tac[ -]?toe|noughts|naughts", "tictactoe"),
    (r"memory|match(?:ing)? (?:game|cards|pairs)|concentration|pairs game", "memory"),
)
_SITE_WORDS: tuple[tuple[str, str], ...] = (
    (r"link[ -]?in[ -]?bio|linktree|links? page", "links"),
    (r"portfolio|my work|showcase", "portfolio"),
    (r"menu|restaurant|caf[eé]|bistro|pizzeria", "menu"),
    (r"event|wedding|party|conference|meetup|festival|birthday", "event"),
)
_QUESTION = re.compile(
    r"\s*(how|what|why|when|where|who|which|can you explain|explain|is it|does|do you know)\b",
    re.I,
)
_SITE_NOUN = re.compile(r"\b(web ?site|web ?page|landing page|home ?page|site|page)\b", re.I)
_DASH_NOUN = re.compile(r"\b(dashboard|charts?|graphs?|plots?|visuali[sz]\w*)\b", re.I)
_GAME_NOUN = re.compile(r"\bgame\b", re.I)
_SECTION_WORDS: tuple[tuple[str, str], ...] = (
    (r"about|story|who we are", "about"), (r"services?|what we do", "services"),
    (r"projects?|work samples|case stud", "projects"), (r"menu|dishes|food", "menu"),
    (r"prices?|pricing|rates|price list", "prices"), (r"schedule|agenda|programme", "schedule"),
    (r"hours|opening|open times", "hours"), (r"gallery|photos|pictures", "gallery"),
    (r"testimonials?|reviews", "testimonials"), (r"faq|questions", "faq"),
    (r"location|address|map|directions|find us", "location"),
    (r"contact|email|phone|get in touch|reach", "contact"),
)
DEFAULT_SECTIONS: dict[str, tuple[str, ...]] = {
    "landing": ("about", "services", "testimonials", "contact"),
    "portfolio": ("about", "projects", "contact"),
    "event": ("about", "schedule", "location", "contact"),
    "menu": ("about", "menu", "hours", "location"),
    "links": ("links",),
}
_QUOTED = re.compile(r"[\"“«]([^\"”»]{2,60})[\"”»]")
_CALLED = re.compile(
    r"\b(?:called|titled|title(?: it)?)\s+([^\n,.!?;]{2,60}?)"
    r"(?=\s+(?:for|with|in|that|where)\b|[\n,.!?;]|$)",
    re.I,
)
_FOR_WHAT = re.compile(
    r"\bfor (?:my|our|the|a|an)\s+([a-z][\w' -]{1,40}?)"
    r"(?=\s+(?:with|in|that|and|where)\b|[,.!?\n]|$)",
    re.I,
)
_RELATION = re.compile(
    r"\b(kid|son|daughter|child|grandson|granddaughter|nephew|niece|friend|brother|sister)\s*$",
    re.I,
)
_PLAYER = re.compile(
    r"\b(?:player(?:'s)?(?: name)?(?: is| called| named)?|for my (?:kid|son|daughter|child|"
    r"grandson|granddaughter|nephew|niece|friend|brother|sister)(?: named| called)?|for)"
    r"\s+([A-Z][a-z]{1,20})\b"
)


@dataclass(frozen=True, slots=True)
class Intent:
    kind: str  # "website" | "dashboard" | "game"
    template: str


def detect(text: str, has_table_file: bool = False) -> Intent | None:
    """What the person asks to build, or None when this is not a build request."""
    if is_question(text):
        return None
    if re.search(r"\bdashboard\b", text, re.I) and (has_table_file or _has_numbers(text)):
        return Intent("dashboard", "dashboard")
    if not _BUILD_VERB.search(text):
        return None
    game = _first(_GAME_WORDS, text)
    if game and (_GAME_NOUN.search(text) or game != "memory"):
        return Intent("game", game)
    if _GAME_NOUN.search(text):
        return Intent("game", "snake")
    has_data = has_table_file or _has_numbers(text)
    if re.search(r"\bdashboard\b", text, re.I) or (_DASH_NOUN.search(text) and has_data):
        return Intent("dashboard", "dashboard")
    if _SITE_NOUN.search(text):
        return Intent("website", _first(_SITE_WORDS, text) or "landing")
    return None


def is_question(text: str) -> bool:
    return bool(_QUESTION.match(text))


def _has_numbers(text: str) -> bool:
    return len(re.findall(r"\d+(?:\.\d+)?", text)) >= 2


def _first(table: tuple[tuple[str, str], ...], text: str) -> str | None:
    return next((name for pattern, name in table if re.search(pattern, text, re.I)), None)


def sections_in(text: str) -> list[str]:
    return [name for pattern, name in _SECTION_WORDS if re.search(rf"\b(?:{pattern})", text, re.I)]


def choose_sections(text: str, intent: Intent) -> tuple[str, ...]:
    """The sections the request names (two or more), else the template's plus any named."""
    defaults = DEFAULT_SECTIONS.get(intent.template, ())
    asked = [s for s in sections_in(text) if not (s == "menu" and intent.template == "menu")]
    chosen = set(asked) if len(asked) >= 2 else set(defaults) | set(asked)
    if intent.template == "menu":
        chosen.add("menu")
    return ordered(chosen)


def ordered(sections: set[str]) -> tuple[str, ...]:
    return tuple(s for s in SECTIONS if s in sections)


def title_from(text: str, intent: Intent, owner: str) -> str:
    match = _QUOTED.search(text)
    if match:
        return match.group(1).strip()
    for match in _CALLED.finditer(text):
        if not _RELATION.search(text[: match.start()]):
            return match.group(1).strip()
    match = _FOR_WHAT.search(text)
    if match and intent.kind == "website":
        subject = match.group(1).strip().title()
        return f"{owner}'s {subject}" if owner else f"The {subject}"
    if intent.kind == "game":
        return {"tictactoe": "Tic-Tac-Toe", "memory": "Memory Match"}.get(
            intent.template, intent.template.title()
        )
    if intent.kind == "dashboard":
        return "Dashboard"
    return f"{owner}'s page" if owner else "Welcome"


def speed_from(text: str, current: float = 1.0) -> float:
    lowered = text.lower()
    if re.search(r"\b(very|super|really) (fast|quick)\b", lowered):
        return 1.8
    if re.search(r"\b(faster|quicker|speed (it )?up)\b", lowered):
        return min(2.5, round(current * 1.35, 2))
    if re.search(r"\bslower|slow (it )?down\b", lowered):
        return max(0.4, round(current / 1.35, 2))
    if re.search(r"\b(fast|quick)\b", lowered):
        return 1.4
    if re.search(r"\bslow\b", lowered):
        return 0.7
    return current


def difficulty_from(text: str, current: Difficulty = "normal") -> Difficulty:
    lowered = text.lower()
    if re.search(r"\b(easy|easier|simple|little kids?|toddler)\b", lowered):
        return "easy"
    if re.search(r"\b(hard|harder|difficult|challenging|expert)\b", lowered):
        return "hard"
    if re.search(r"\b(medium|normal)\b", lowered):
        return "normal"
    return current


def player_from(text: str) -> str:
    match = _PLAYER.search(text)
    return match.group(1) if match else ""


def parse(
    text: str, intent: Intent, profile: Mapping[str, str], dataset: Dataset | None = None
) -> ArtifactSpec:
    """The full spec for a new artifact from the request and the person's details."""
    owner = profile.get("name", "")
    found = colours.colour_words(text)
    background = colours.background_colour(text) or ""
    accents = [c for c in found if c != background]
    sections = choose_sections(text, intent) if intent.kind == "website" else ()
    contact = tuple((k, profile[k]) for k in ("email", "phone", "city") if profile.get(k))
    return ArtifactSpec(
        kind=intent.kind,  # type: ignore[arg-type]
        template=intent.template,
        title=title_from(text, intent, owner),
        subtitle=profile.get("tagline", ""),
        background=background,
        accent=accents[0] if accents else "#6d5dfc",
        sections=sections,
        speed=speed_from(text),
        difficulty=difficulty_from(text),
        player=player_from(text) or (owner if intent.kind == "game" else ""),
        owner=owner,
        contact=contact,
        dataset=dataset,
    )
