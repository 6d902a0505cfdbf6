"""`muse run`, `muse backup` and bad configuration, as real subprocesses."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUSE = str(ROOT / ".venv" / "bin" / "muse")


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MUSE_", "TELEGRAM_", "DISCORD_", "SLACK_"))}
    env.update({"MUSE_DATA_DIR": str(data_dir), "MUSE_WEB_PORT": "0", "MUSE_PREVIEW_PORT": "0",
                "MUSE_MODEL__BACKEND": "scripted", "MUSE_CONFIG": "/nonexistent.toml", **extra})
    return env


def test_run_without_credentials_serves_health_and_stops_on_sigterm(data_dir: Path) -> None:
    proc = subprocess.Popen([MUSE, "run"], env=_env(data_dir), cwd=data_dir.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        port = None
        while port is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if match := re.search(r"listening on http://127\.0\.0\.1:(\d+)", line):
                port = int(match.group(1))
        assert port, lines
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as resp:
            assert resp.status == 200
        for face in ("telegram", "discord", "slack"):
            assert any(line.startswith(f"{face}: off (") for line in lines), lines
        while not any("preview: serving artifacts at" in line for line in lines):
            lines.append(proc.stdout.readline())
            assert time.monotonic() < deadline, lines
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0  # generous: a loaded machine may still be warming the model
    finally:
        if proc.poll() is None:
            proc.kill()


def test_invalid_setting_stops_startup_naming_it(data_dir: Path) -> None:
    result = subprocess.run([MUSE, "run"], env=_env(data_dir, MUSE_WEB_PORT="eighty"),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "MUSE_WEB_PORT" in result.stderr


def test_backup_writes_a_consistent_copy(data_dir: Path, tmp_path: Path) -> None:
    import asyncio
    import sqlite3

    from tests.helpers import final_text, make_app, message

    async def seed() -> None:
        app = await make_app(data_dir)
        await final_text(app, message("remember this"))
        await app.close()

    asyncio.run(seed())
    target = tmp_path / "copy"
    result = subprocess.run([MUSE, "backup", str(target)], env=_env(data_dir),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    conn = sqlite3.connect(target / "muse.db")
    assert conn.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 2
    conn.close()
    assert (target / "muse.db").stat().st_mode & 0o777 == 0o600
