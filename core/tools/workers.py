"""Pre-started worker processes for CPU-bound tools (SymPy, OCR, charts).

The composition root owns one :class:`WorkerPool`: ``await pool.start()`` spawns the
processes (each imports the heavy libraries once, then waits), ``await pool.close()``
stops them. Each worker runs under ``RLIMIT_AS`` (memory) and ``RLIMIT_CPU`` (raised to
"used so far + budget" before every task); the parent also enforces a wall-clock deadline
and replaces a worker that overran, so one hostile request never slows the others.

Errors (one tree):

* :class:`ToolError` — base; ``reason`` is a short sentence safe to show a person.
* :class:`ToolTimeout` — the task ran out of time or CPU.
* :class:`ToolCrashed` — the worker died (memory limit, signal).
* :class:`ToolRefused` — the tool itself declined the input (raised inside the worker).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")

PRELOAD = ("sympy", "numpy", "pint", "PIL.Image", "pytesseract", "matplotlib.pyplot")
WORKER_ENV = {"OMP_THREAD_LIMIT": "1", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1", "MPLBACKEND": "Agg"}


class ToolError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ToolTimeout(ToolError):
    pass


class ToolCrashed(ToolError):
    pass


class ToolRefused(ToolError):
    pass


class _CpuLimit(Exception):
    pass


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    memory_bytes: int = 1536 * 1024 * 1024
    cpu_seconds: int = 5
    wall_seconds: float = 8.0


def _on_xcpu(signum: int, frame: object) -> None:
    raise _CpuLimit()


def _worker_main(conn: Connection, limits: WorkerLimits, preload: tuple[str, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import importlib

    for name in preload:
        importlib.import_module(name)
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    signal.signal(signal.SIGXCPU, _on_xcpu)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(_run_job(job))


def _run_job(job: tuple[Callable[..., Any], tuple[Any, ...], int]) -> tuple[str, Any]:
    fn, args, cpu = job
    used = resource.getrusage(resource.RUSAGE_SELF)
    spent = int(used.ru_utime + used.ru_stime) + 1
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = spent + cpu if hard == resource.RLIM_INFINITY else min(spent + cpu, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
    try:
        return ("ok", fn(*args))
    except ToolRefused as exc:
        return ("refused", exc.reason)
    except _CpuLimit:
        return ("timeout", "it needed more computing time than I allow")
    except MemoryError:
        return ("crashed", "it needed more memory than I allow")
    except RecursionError:
        return ("refused", "it is nested too deeply")
    except Exception as exc:  # a tool bug must not kill the worker
        return ("error", type(exc).__name__)


class _Worker:
    """One child interpreter started with ``python -c`` (no re-import of ``__main__``)."""

    def __init__(self, limits: WorkerLimits, preload: tuple[str, ...]) -> None:
        parent, child = socket.socketpair()
        env = {**os.environ, **WORKER_ENV,
               "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        code = ("import sys, json; from core.tools.workers import _child_main; "
                "_child_main(int(sys.argv[1]), sys.argv[2])")
        config = json.dumps({"memory": limits.memory_bytes, "preload": list(preload)})
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, str(child.fileno()), config],
            pass_fds=(child.fileno(),), env=env, stdin=subprocess.DEVNULL,
        )
        child.close()
        self.conn = Connection(parent.detach())

    def wait_ready(self, timeout: float) -> bool:
        if not self.conn.poll(timeout):
            return False
        try:
            return bool(self.conn.recv()[0] == "ready")
        except (EOFError, OSError):
            return False

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        with contextlib.suppress(Exception):
            self.process.wait(timeout=2)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=2)
        self.conn.close()


def _child_main(fd: int, config: str) -> None:
    options = json.loads(config)
    limits = WorkerLimits(memory_bytes=int(options["memory"]))
    _worker_main(Connection(fd), limits, tuple(options["preload"]))


class WorkerPool:
    """A fixed number of pre-started processes; ``run`` awaits a free one."""

    def __init__(self, size: int = 2, limits: WorkerLimits | None = None,
                 preload: tuple[str, ...] = PRELOAD, start_timeout: float = 60.0) -> None:
        self.size = size
        self.limits = limits or WorkerLimits()
        self._preload = preload
        self._start_timeout = start_timeout
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._all: set[_Worker] = set()
        self._closed = False
        self.replaced = 0

    async def start(self) -> None:
        await asyncio.gather(*(self._add_worker() for _ in range(self.size)))

    async def close(self) -> None:
        self._closed = True
        workers = list(self._all)
        self._all.clear()
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in workers))

    async def __aenter__(self) -> WorkerPool:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _add_worker(self) -> None:
        worker = await asyncio.to_thread(self._spawn)
        if self._closed:
            await asyncio.to_thread(worker.stop)
            return
        self._all.add(worker)
        self._idle.put_nowait(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self.limits, self._preload)
        if not worker.wait_ready(self._start_timeout):
            worker.kill()
            raise RuntimeError("a tool worker failed to start")
        return worker

    async def run(self, fn: Callable[..., T], *args: Any, time_limit: float | None = None,
                  cpu_seconds: int | None = None) -> T:
        """Run ``fn(*args)`` in a worker; raises a :class:`ToolError` subclass on failure."""
        if self._closed:
            raise ToolCrashed("the tool workers are stopped")
        deadline = time.monotonic() + (time_limit or self.limits.wall_seconds)
        try:
            worker = await asyncio.wait_for(self._idle.get(), deadline - time.monotonic())
        except TimeoutError:
            raise ToolTimeout("all tool workers stayed busy") from None
        cpu = cpu_seconds or self.limits.cpu_seconds
        healthy = False
        try:
            worker.conn.send((fn, args, cpu))
            status, value = await self._receive(worker, deadline - time.monotonic())
            healthy = status not in ("crashed", "overran")
        finally:
            self._release(worker, healthy)
        result: T = _unwrap(status, value)
        return result

    async def _receive(self, worker: _Worker, time_left: float) -> tuple[str, Any]:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        fd = worker.conn.fileno()
        loop.add_reader(fd, _wake, ready)
        try:
            await asyncio.wait_for(ready, max(0.01, time_left))
        except TimeoutError:
            return ("overran", "it took longer than I allow")
        finally:
            loop.remove_reader(fd)
        try:
            result: tuple[str, Any] = worker.conn.recv()
            return result
        except (EOFError, OSError):
            return ("crashed", "the calculation was stopped")

    def _release(self, worker: _Worker, healthy: bool) -> None:
        if healthy and not self._closed and worker.alive():
            self._idle.put_nowait(worker)
            return
        self._all.discard(worker)
        worker.kill()
        if not self._closed:
            self.replaced += 1
            task = asyncio.get_running_loop().create_task(self._add_worker())
            task.add_done_callback(lambda t: t.cancelled() or t.exception())


def _wake(ready: asyncio.Future[None]) -> None:
    if not ready.done():
        ready.set_result(None)


def _unwrap(status: str, value: Any) -> Any:
    if status == "ok":
        return value
    if status == "refused":
        raise ToolRefused(str(value))
    if status in ("timeout", "overran"):
        raise ToolTimeout(str(value))
    if status == "crashed":
        raise ToolCrashed(str(value))
    raise ToolError("the tool failed unexpectedly")
