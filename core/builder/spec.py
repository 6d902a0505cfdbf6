"""What the builder makes: a frozen, JSON-serialisable description of one artifact.

A spec is everything needed to render an artifact again; iteration edits the spec and
renders a new version, so versions never depend on parsing earlier HTML.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Kind = Literal["website", "dashboard", "game"]
Difficulty = Literal["easy", "normal", "hard"]

SITE_TEMPLATES = ("landing", "portfolio", "event", "menu", "links")
GAMES = ("snake", "pong", "breakout", "tictactoe", "memory")
SECTIONS = (
    "about", "services", "projects", "menu", "prices", "schedule", "hours",
    "gallery", "testimonials", "faq", "location", "links", "contact",
)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Dataset:
    """Labelled numeric columns: ``labels[i]`` names row ``i`` of every series."""

    labels: tuple[str, ...]
    series: tuple[Series, ...]

    @property
    def rows(self) -> int:
        return len(self.labels)


@dataclass(frozen=True, slots=True)
class ArtifactSpec:
    kind: Kind
    template: str
    title: str
    subtitle: str = ""
    background: str = ""
    accent: str = "#6d5dfc"
    sections: tuple[str, ...] = ()
    speed: float = 1.0
    difficulty: Difficulty = "normal"
    player: str = ""
    owner: str = ""
    contact: tuple[tuple[str, str], ...] = ()
    dataset: Dataset | None = field(default=None)

    def with_changes(self, **changes: Any) -> ArtifactSpec:
        return replace(self, **changes)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> ArtifactSpec:
        data = json.loads(raw)
        dataset = data.pop("dataset")
        data["sections"] = tuple(data["sections"])
        data["contact"] = tuple(tuple(pair) for pair in data["contact"])
        return cls(**data, dataset=_dataset(dataset))


def _dataset(raw: dict[str, Any] | None) -> Dataset | None:
    if raw is None:
        return None
    series = tuple(Series(s["name"], tuple(s["values"])) for s in raw["series"])
    return Dataset(labels=tuple(raw["labels"]), series=series)
