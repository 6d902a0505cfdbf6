"""The import rule and the package layout."""

from __future__ import annotations

import ast
from pathlib import Path

import config
import core

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("bots", "telegram", "discord", "slack_bolt", "slack_sdk", "aiohttp.web")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_core_imports_no_platform_or_web_server() -> None:
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_rule_catches_an_offender(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from aiohttp import web\nimport telegram.ext\n")
    assert "aiohttp.web" in _imports(bad) and "telegram.ext" in _imports(bad)


def test_generic_package_names_resolve_to_this_checkout() -> None:
    assert Path(core.__file__).resolve().parent == ROOT / "core"
    assert Path(config.__file__).resolve().parent == ROOT / "config"


def test_fakes_do_not_shadow_real_libraries() -> None:
    for name in ("telegram", "discord", "slack"):
        assert not (ROOT / "tests" / f"{name}.py").exists()
        assert not (ROOT / "tests" / "fakes" / f"{name}.py").exists()
