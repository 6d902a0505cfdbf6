"""Socket Mode endpoint of the fake Slack server (``/link/``).

Speaks the Socket Mode protocol: ``hello`` on connect, ``events_api`` envelopes with an
``envelope_id`` that the app acknowledges with ``{"envelope_id": ...}``; envelopes left
unacknowledged for ``redeliver_after`` seconds are sent again with ``retry_attempt`` + 1 and
``retry_reason`` ``"timeout"`` (at most ``max_retries`` times), also after a reconnect.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from dataclasses import dataclass

from aiohttp import WSMsgType, web

from tests.fakes.fake_slack_record import Recorder, SlackIdentity
from tests.fakes.fake_slack_state import JsonDict


@dataclass(frozen=True)
class SocketSend:
    """One envelope written to a Socket Mode connection."""

    envelope_id: str
    retry_attempt: int
    at: float
    event_id: str | None


@dataclass(frozen=True)
class SocketAck:
    """An acknowledgement received from the app (``payload`` if it sent one)."""

    envelope_id: str
    at: float
    payload: JsonDict | None


@dataclass
class _Pending:
    envelope: JsonDict
    last_sent: float | None = None


class SocketModeHub:
    """Connections, unacknowledged envelopes and redelivery."""

    def __init__(self, identity: SlackIdentity, recorder: Recorder,
                 redeliver_after: float = 3.0, max_retries: int = 3) -> None:
        self.identity = identity
        self.recorder = recorder
        self.redeliver_after = redeliver_after
        self.max_retries = max_retries
        self.connections: list[web.WebSocketResponse] = []
        self.connect_count = 0
        self.pending: dict[str, _Pending] = {}
        self.sends: list[SocketSend] = []
        self.acks: dict[str, SocketAck] = {}
        self.dropped: list[str] = []
        self.unknown_frames: list[str] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._redeliver_loop())

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        for ws in list(self.connections):
            await ws.close()

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True, timeout=2.0)
        await ws.prepare(request)
        self.connections.append(ws)
        self.connect_count += 1
        try:
            await ws.send_json(self._hello())
            await self.recorder.notify()
            await self._flush(ws)
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    await self._on_text(str(message.data))
        finally:
            self.connections.remove(ws)
            await self.recorder.notify()
        return ws

    def _hello(self) -> JsonDict:
        return {
            "type": "hello",
            "num_connections": len(self.connections),
            "debug_info": {"host": "fake-slack", "build_number": 1,
                           "approximate_connection_time": 18060},
            "connection_info": {"app_id": self.identity.api_app_id},
        }

    async def _on_text(self, data: str) -> None:
        try:
            frame = json.loads(data)
        except json.JSONDecodeError:
            frame = None
        envelope_id = frame.get("envelope_id") if isinstance(frame, dict) else None
        if not envelope_id or envelope_id not in self.pending:
            self.unknown_frames.append(data)
            return
        del self.pending[envelope_id]
        assert isinstance(frame, dict)
        self.acks[envelope_id] = SocketAck(envelope_id, time.monotonic(), frame.get("payload"))
        await self.recorder.notify()

    async def push(self, payload: JsonDict, kind: str = "events_api") -> str:
        """Queue an envelope carrying ``payload``; it is sent now if the app is connected."""
        envelope_id = str(uuid.uuid4())
        envelope = {"envelope_id": envelope_id, "payload": payload, "type": kind,
                    "accepts_response_payload": kind != "events_api",
                    "retry_attempt": 0, "retry_reason": ""}
        self.pending[envelope_id] = _Pending(envelope)
        if self.connections:
            await self._send(self.connections[-1], self.pending[envelope_id])
        return envelope_id

    async def disconnect(self, reason: str = "refresh_requested") -> None:
        """Ask every connected app to reconnect, the way Slack rotates connections."""
        for ws in list(self.connections):
            await ws.send_json({"type": "disconnect", "reason": reason,
                                "debug_info": {"host": "fake-slack"}})

    async def drop_connections(self) -> None:
        """Close every connection from the server side (a network blip)."""
        for ws in list(self.connections):
            await ws.close()

    async def _send(self, ws: web.WebSocketResponse, pending: _Pending) -> None:
        if pending.last_sent is not None:
            pending.envelope["retry_attempt"] += 1
            pending.envelope["retry_reason"] = "timeout"
        pending.last_sent = time.monotonic()
        envelope = pending.envelope
        event_id = envelope["payload"].get("event_id")
        self.sends.append(SocketSend(envelope["envelope_id"], envelope["retry_attempt"],
                                     pending.last_sent, event_id))
        with contextlib.suppress(ConnectionError):
            await ws.send_json(envelope)
        await self.recorder.notify()

    async def _flush(self, ws: web.WebSocketResponse) -> None:
        for pending in list(self.pending.values()):
            await self._send(ws, pending)

    async def _redeliver_loop(self) -> None:
        while True:
            await asyncio.sleep(0.05)
            now = time.monotonic()
            for envelope_id, pending in list(self.pending.items()):
                sent = pending.last_sent
                due = sent is not None and now - sent >= self.redeliver_after
                if not due or not self.connections:
                    continue
                if pending.envelope["retry_attempt"] >= self.max_retries:
                    self.dropped.append(envelope_id)
                    del self.pending[envelope_id]
                    continue
                await self._send(self.connections[-1], pending)
