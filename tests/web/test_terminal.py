"""`muse chat` as a person uses it: typed in a terminal (a pty) and piped."""

from __future__ import annotations

import codecs
import os
import pty
import select
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUSE = str(ROOT / ".venv" / "bin" / "muse")


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("MUSE_", "TELEGRAM_", "DISCORD_", "SLACK_"))}
    env.update({"MUSE_DATA_DIR": str(data_dir), "MUSE_MODEL__BACKEND": "scripted",
                "MUSE_CONFIG": "/nonexistent.toml", "TERM": "xterm", **extra})
    return env


class Terminal:
    """A child process on a pseudo-terminal, read until expected text appears."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: becomes `muse chat` on the pty
            os.chdir(cwd)
            os.execve(argv[0], argv, env)
        self.pid, self.fd, self.seen = pid, fd, ""
        # A multi-byte character can arrive split across two reads.
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def expect(self, text: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"{text!r} not seen in {self.seen!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:
                    chunk = b""
                assert chunk, f"the chat ended before {text!r}: {self.seen!r}"
                self.seen += self._decoder.decode(chunk)
        found = self.seen
        self.seen = found[found.index(text) + len(text):]
        return found

    def send(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def wait(self, timeout: float = 10) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                select.select([self.fd], [], [], 0.1)
                os.read(self.fd, 4096)
            except OSError:
                time.sleep(0.05)
        raise AssertionError("the chat did not exit")

    def close(self) -> None:
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


def test_chat_in_a_terminal_streams_stops_and_exits(data_dir: Path) -> None:
    env = _env(data_dir, MUSE_MODEL__SCRIPTED__DELAY_S="1.5")
    term = Terminal([MUSE, "chat"], env, data_dir.parent)
    try:
        term.expect("you › ", timeout=30)
        term.send("hello\r")
        term.expect("You said: hello")
        term.expect("you › ")
        term.send("/help\r")
        assert "/web" in term.expect("you › ")
        term.send("a long story please\r")
        time.sleep(0.5)
        started = time.monotonic()
        term.send("\x03")  # Ctrl-C stops the answer, not the chat
        shown = term.expect("you › ")
        assert "Stopped." in shown
        assert "You said: a long story" not in shown
        assert time.monotonic() - started < 1.4
        term.send("\x04")  # Ctrl-D ends it
        assert term.wait() == 0
    finally:
        term.close()


def test_piped_input_one_answer_per_line(data_dir: Path) -> None:
    result = subprocess.run([MUSE, "chat"], input="hello\n\nsecond **line**\n",
                            env=_env(data_dir), cwd=data_dir.parent, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["You said: hello", "You said: second line"]
