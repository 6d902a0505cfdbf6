"""``muse``: the command line and the composition root (config → store → model → faces)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import json
import logging
import signal
import sys
import time
from pathlib import Path

import typer

from bots.faces import FACES, FaceModule, load_face
from bots.web.auth import register_commands as register_web_commands
from config import ConfigError, Settings, load_settings

cli = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Muse: a personal AI assistant in the chat apps you already use.")


class JsonLogs(logging.Formatter):
    """One JSON object per line: structured fields only (ids and sizes)."""

    def format(self, record: logging.LogRecord) -> str:
        data = {"t": round(record.created, 3), "level": record.levelname,
                "logger": record.name}
        fields = getattr(record, "muse", None)
        data.update(fields if isinstance(fields, dict) else {"msg": record.getMessage()})
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
        return json.dumps(data, default=str)


def setup_logging(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLogs())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    for noisy in ("httpx", "telegram", "discord", "slack_bolt", "slack_sdk", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        typer.echo(f"muse: {exc}", err=True)
        raise typer.Exit(2) from None


def select_faces(settings: Settings, names: list[str]) -> dict[str, FaceModule]:
    """Print one line per face (on, or off and why); return the ones to run."""
    chosen: dict[str, FaceModule] = {}
    for name in names or list(FACES):
        if name not in FACES:
            typer.echo(f"{name}: off (unknown face; known: {', '.join(FACES)})")
            continue
        face = load_face(name)
        reason = face if isinstance(face, str) else face.check(settings)
        if reason is not None or isinstance(face, str):
            typer.echo(f"{name}: off ({reason})")
            continue
        chosen[name] = face
    return chosen


async def run_faces(settings: Settings, faces: dict[str, FaceModule]) -> int:
    from core.app import build_app

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    app = await build_app(settings)
    register_web_commands(app)  # before any face publishes the command list
    warm = asyncio.create_task(app.features.warm_up())
    tasks = {name: asyncio.create_task(face.serve(app, stop)) for name, face in faces.items()}
    for name in tasks:
        typer.echo(f"{name}: on")
    await asyncio.sleep(0)
    gc.freeze()  # start-up objects leave the collector's work: shorter pauses later
    failed: set[str] = set()
    stopping = asyncio.create_task(stop.wait())
    try:
        while not stop.is_set() and len(failed) < len(tasks):
            running = [t for n, t in tasks.items() if n not in failed]
            done, _ = await asyncio.wait([*running, stopping],
                                         return_when=asyncio.FIRST_COMPLETED)
            if stop.is_set():
                break
            for name, task in tasks.items():
                if task in done and name not in failed:
                    failed.add(name)
                    error = None if task.cancelled() else task.exception()
                    detail = f"{type(error).__name__}: {str(error)[:200]}" if error else "exited"
                    typer.echo(f"{name}: off (failed: {detail})")
    finally:
        stop.set()
        stopping.cancel()
        warm.cancel()
        await asyncio.wait(list(tasks.values()), timeout=8)
        for task in tasks.values():
            task.cancel()
        await app.close()
    return 1 if failed and len(failed) == len(tasks) else 0


@cli.command()
def run(faces: list[str] = typer.Argument(None, help="faces to start (default: all)")) -> None:
    """Start Muse with every face whose credentials are configured."""
    settings = settings_or_exit()
    setup_logging(settings)
    chosen = select_faces(settings, faces or [])
    if not chosen:
        typer.echo("muse: nothing can run", err=True)
        raise typer.Exit(1)
    raise typer.Exit(asyncio.run(run_faces(settings, chosen)))


@cli.command()
def doctor() -> None:
    """Check the configuration, the model and each face."""
    settings = settings_or_exit()
    typer.echo(f"data directory: {settings.data_dir.resolve()}")
    typer.echo(f"model backend: {settings.model.backend}")
    try:
        from core.tools.ocr import tesseract_available

        ocr = "ready" if tesseract_available() else (
            "missing — install it with: sudo apt-get install tesseract-ocr")
    except ImportError:
        ocr = "not installed (pip install -e '.[agents]')"
    typer.echo(f"OCR (tesseract): {ocr}")
    for name in FACES:
        face = load_face(name)
        reason = face if isinstance(face, str) else face.check(settings)
        typer.echo(f"{name}: {'ready' if reason is None else 'off (' + reason + ')'}")
        diagnose = getattr(face, "diagnose", None)
        if reason is None and diagnose is not None:
            for line in asyncio.run(diagnose(settings)):
                typer.echo(f"  {line}")


@cli.command()
def backup(target: Path = typer.Argument(None, help="folder for the copy")) -> None:
    """Write a consistent copy of the data directory."""
    settings = settings_or_exit()
    folder = target or settings.data_dir.parent / f"muse-backup-{time.strftime('%Y%m%d-%H%M%S')}"
    asyncio.run(_backup(settings, folder))
    typer.echo(f"backup written to {folder}")


async def _backup(settings: Settings, folder: Path) -> None:
    import shutil

    from core.store import MIGRATIONS, Database
    from core.store.db import private_dir

    db = Database(settings.data_dir / "muse.db")
    await db.open(MIGRATIONS)
    try:
        private_dir(folder)
        await db.backup(folder / "muse.db")
    finally:
        await db.close()
    for sub in ("media", "artifacts"):
        if (settings.data_dir / sub).exists():
            shutil.copytree(settings.data_dir / sub, folder / sub, dirs_exist_ok=True)


@cli.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def bench(ctx: typer.Context, name: str = typer.Argument(..., help="which benchmark")) -> None:
    """Run a benchmark (model, telegram, discord, slack, memory, agents, builder, e2e)."""
    try:
        module = importlib.import_module(f"bench.{name}")
    except ModuleNotFoundError:
        typer.echo(f"muse: no benchmark named {name!r}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(module.main(list(ctx.args)))


@cli.command()
def chat() -> None:
    """Chat in the terminal (also reads piped standard input)."""
    from bots.terminal import main as terminal_main

    settings = settings_or_exit()
    with contextlib.suppress(KeyboardInterrupt):
        raise typer.Exit(terminal_main(settings))


def main() -> None:
    cli()
