"""SIGKILL between receive and reply, restart: the message is answered exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import asyncio, json, sys
    from core.messages import Final
    from core.models.scripted import ScriptedBackend, Step
    from tests.helpers import make_app, message

    async def main(phase):
        backend = ScriptedBackend()
        if phase == "first":
            backend.push(Step(hang=True))
        app = await make_app(sys.argv[2], backend)
        if phase == "first":
            async for ev in app.engine.handle(message("are you there?", event_id="k1")):
                pass
            return
        replies = []
        for incoming in await app.engine.recover("test", "bot"):
            async for ev in app.engine.handle(incoming):
                if isinstance(ev, Final):
                    replies.append(ev.text)
        again = await app.engine.recover("test", "bot")
        print(json.dumps({"replies": replies, "again": len(again)}), flush=True)
        await app.close()

    asyncio.run(main(sys.argv[1]))
""")


def _wait_for_state(db: Path, state: str, timeout: float = 20.0) -> None:
    import sqlite3

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if db.exists():
            conn = sqlite3.connect(db)
            try:
                row = conn.execute("SELECT state FROM inbound WHERE event_id='k1'").fetchone()
            except sqlite3.OperationalError:
                row = None
            conn.close()
            if row and row[0] == state:
                return
        time.sleep(0.05)
    raise AssertionError(f"message never reached state {state}")


def test_sigkill_between_receive_and_reply_is_answered_once(data_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    first = subprocess.Popen([sys.executable, "-c", SCRIPT, "first", str(data_dir)],
                             cwd=root, env=env)
    try:
        _wait_for_state(data_dir / "muse.db", "processing")
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    second = subprocess.run([sys.executable, "-c", SCRIPT, "second", str(data_dir)],
                            cwd=root, env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr[-2000:]
    result = json.loads(second.stdout.strip().splitlines()[-1])
    assert result == {"replies": ["You said: are you there?"], "again": 0}
