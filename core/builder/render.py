"""Render a spec to one self-contained HTML document.

Request text only ever reaches the page through Jinja2 with autoescape (HTML) or
``|tojson`` (values inside scripts). Large shared scripts (Plotly) are not copied into each
stored version: the page holds a marker that :func:`inline_assets` replaces at delivery.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

import jinja2

from core.builder import charts, colours
from core.builder.spec import ArtifactSpec

ASSET_MARKER = '<script data-muse-asset="{name}"></script>'
PLOTLY = "plotly"
GAME_SIZES: dict[str, tuple[int, int]] = {
    "snake": (400, 400), "pong": (480, 320), "breakout": (480, 360),
    "tictactoe": (360, 360), "memory": (400, 400),
}
SECTION_LABELS = {
    "about": "About", "services": "Services", "projects": "Projects", "menu": "Menu",
    "prices": "Prices", "schedule": "Schedule", "hours": "Opening hours", "gallery": "Gallery",
    "testimonials": "Kind words", "faq": "Questions", "location": "Find us", "links": "Links",
    "contact": "Contact",
}
TAGLINES = {
    "landing": "Made with care, made for you.", "portfolio": "Selected work and projects.",
    "event": "You are invited — join us.", "menu": "Fresh, seasonal, made in house.",
    "links": "Everything in one place.",
}
CTA = {"landing": "Get in touch", "portfolio": "Work with me", "event": "Count me in",
       "menu": "Visit us", "links": ""}
ABOUT = {
    "landing": "a small business that puts people first.",
    "portfolio": "a collection of work made with curiosity and care.",
    "event": "a day to celebrate together — good company, food and music.",
    "menu": "a friendly place for good food, made fresh every day.",
    "links": "all the places to find me online.",
}
MENU = (
    ("Starters", (("Soup of the day", "€6"), ("Bruschetta", "€7"))),
    ("Mains", (("Seasonal risotto", "€15"), ("Grilled fish", "€18"), ("Garden salad", "€12"))),
    ("Desserts", (("Tiramisu", "€7"), ("Fruit tart", "€6"))),
)


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("core.builder", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def package_text(name: str) -> str:
    games = resources.files("core.builder").joinpath("templates").joinpath("games")
    return games.joinpath(name).read_text()


def theme(spec: ArtifactSpec) -> dict[str, Any]:
    dark_default = spec.kind == "game"
    bg = spec.background or ("#101522" if dark_default else "#fbfaf7")
    fg = colours.text_on(bg)
    dark = fg != "#16181d"
    return {
        "bg": bg, "fg": fg, "accent": spec.accent, "accent_fg": colours.text_on(spec.accent),
        "card": "rgba(255,255,255,.08)" if dark else "rgba(20,20,40,.05)",
        "muted": "#a9b0bd" if dark else "#5f6673",
        "colorway": [spec.accent, "#f59f00", "#12b886", "#e64980", "#4dabf7", "#845ef7"],
    }


def render(spec: ArtifactSpec) -> str:
    """The HTML of ``spec`` (dashboards carry the Plotly marker, see inline_assets)."""
    context: dict[str, Any] = {"spec": spec, "theme": theme(spec)}
    if spec.kind == "game":
        return _render_game(spec, context)
    if spec.kind == "dashboard":
        return _render_dashboard(spec, context)
    return _render_site(spec, context)


def _render_site(spec: ArtifactSpec, context: dict[str, Any]) -> str:
    today = datetime.now(UTC).date()
    context.update(
        labels=SECTION_LABELS, taglines=TAGLINES, cta=CTA, about=ABOUT, menu=MENU,
        contact=dict(spec.contact), year=today.year, event_date=_event_date(today),
    )
    return environment().get_template("site.html.j2").render(context)


def _event_date(today: date) -> str:
    day = today + timedelta(days=(5 - today.weekday()) % 7 + 14)
    return day.strftime("%A %d %B %Y")


def _render_dashboard(spec: ArtifactSpec, context: dict[str, Any]) -> str:
    if spec.dataset is None:
        raise ValueError("a dashboard needs data")
    context.update(
        cards=charts.summary_cards(spec.dataset),
        charts=charts.figures(spec.dataset),
        rows=spec.dataset.rows,
        series_count=len(spec.dataset.series),
    )
    return environment().get_template("dashboard.html.j2").render(context)


def _render_game(spec: ArtifactSpec, context: dict[str, Any]) -> str:
    palette = context["theme"]
    config = {
        "game": spec.template, "title": spec.title, "player": spec.player,
        "speed": spec.speed, "difficulty": spec.difficulty,
        "colours": {
            "board": _shade(palette["bg"]), "fg": palette["fg"], "accent": spec.accent,
            "second": "#f59f00" if spec.accent != "#f59f00" else "#12b886",
            "muted": palette["muted"],
        },
    }
    context.update(
        config=config, size=GAME_SIZES[spec.template],
        common_js=package_text("common.js"), game_js=package_text(f"{spec.template}.js"),
    )
    return environment().get_template("game.html.j2").render(context)


def _shade(background: str) -> str:
    return "#1b2233" if colours.luminance(background) < 0.55 else "#ffffff"


def asset_marker(name: str) -> str:
    return ASSET_MARKER.format(name=name)


def assets_in(html: str) -> list[str]:
    return [name for name in (PLOTLY,) if asset_marker(name) in html]


def inline_assets(html: str, assets: dict[str, str]) -> str:
    """Replace each asset marker with the script itself (the document stands alone)."""
    for name, script in assets.items():
        safe = script.replace("</script", "<\\/script")
        html = html.replace(asset_marker(name), f"<script>{safe}</script>", 1)
    return html


@cache
def plotly_js() -> str:
    """Plotly's bundled JavaScript, read from the installed package (no network)."""
    return resources.files("plotly").joinpath("package_data").joinpath("plotly.min.js").read_text()
