"""Gateway v10 of the fake Discord server (plain JSON text frames).

Supports HELLO, HEARTBEAT/ACK, IDENTIFY -> READY + GUILD_CREATE, RESUME with replay of
the dispatches sent after the client's sequence, INVALID_SESSION, REQUEST_GUILD_MEMBERS,
and dispatches filtered by the intents given at IDENTIFY.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

from tests.fakes.fake_discord_payloads import JSON, guild_json, member_json
from tests.fakes.fake_discord_state import DiscordState

OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_RESUME = 0, 1, 2, 6
OP_REQUEST_MEMBERS, OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 8, 9, 10, 11
INTENT_GUILD_MESSAGES = 1 << 9
INTENT_DIRECT_MESSAGES = 1 << 12
INTENT_MESSAGE_CONTENT = 1 << 15
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_DISALLOWED_INTENTS = 4014
REPLAY_LIMIT = 10_000

PayloadBuilder = Callable[[int], JSON | None]


@dataclass(frozen=True)
class GatewayLogin:
    """An IDENTIFY or a RESUME the client sent."""

    kind: str
    session_id: str | None
    intents: int | None
    sequence: int | None
    replayed: int
    ts: float


@dataclass
class Connection:
    ws: web.WebSocketResponse
    queue: asyncio.Queue[str | None] = field(default_factory=asyncio.Queue)
    session: Session | None = None
    closed_by_server: bool = False

    async def close(self, code: int, message: bytes = b"") -> None:
        self.closed_by_server = True
        await self.ws.close(code=code, message=message)


@dataclass
class Session:
    id: str
    intents: int
    seq: int = 0
    backlog: deque[tuple[int, str]] = field(default_factory=lambda: deque(maxlen=REPLAY_LIMIT))
    connection: Connection | None = None


class Gateway:
    """Gateway endpoint; ``dispatch`` sends an event to every live session."""

    def __init__(
        self,
        state: DiscordState,
        *,
        heartbeat_interval_ms: int = 41_250,
        reject_message_content: bool = False,
    ) -> None:
        self.state = state
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.reject_message_content = reject_message_content
        self.sessions: dict[str, Session] = {}
        self.connections: list[Connection] = []
        self.logins: list[GatewayLogin] = []
        self.url = ""

    # server side -------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        conn = Connection(ws)
        self.connections.append(conn)
        writer = asyncio.create_task(self._write(conn))
        try:
            await self._send(
                conn, {"op": OP_HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}
            )
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await self._on_frame(conn, json.loads(msg.data))
        finally:
            await self._closed(conn, writer)
        return ws

    async def _closed(self, conn: Connection, writer: asyncio.Task[None]) -> None:
        self.connections.remove(conn)
        await conn.queue.put(None)
        with contextlib.suppress(asyncio.CancelledError):
            await writer
        session = conn.session
        if session is not None and session.connection is conn:
            session.connection = None
            if not conn.closed_by_server and conn.ws.close_code in (1000, 1001):
                self.sessions.pop(session.id, None)
        self.state.signal.notify()

    async def _write(self, conn: Connection) -> None:
        while (frame := await conn.queue.get()) is not None:
            if conn.ws.closed:
                continue
            with contextlib.suppress(ConnectionError, RuntimeError):
                await conn.ws.send_str(frame)

    async def _send(self, conn: Connection, payload: JSON) -> None:
        payload.setdefault("s", None)
        payload.setdefault("t", None)
        await conn.queue.put(json.dumps(payload))

    async def _on_frame(self, conn: Connection, frame: JSON) -> None:
        op = frame.get("op")
        data = frame.get("d")
        if op == OP_HEARTBEAT:
            await self._send(conn, {"op": OP_HEARTBEAT_ACK})
        elif op == OP_IDENTIFY:
            await self._identify(conn, data or {})
        elif op == OP_RESUME:
            await self._resume(conn, data or {})
        elif op == OP_REQUEST_MEMBERS:
            await self._members_chunk(conn, data or {})

    async def _identify(self, conn: Connection, data: JSON) -> None:
        if data.get("token") != self.state.token:
            await conn.close(CLOSE_AUTHENTICATION_FAILED, b"Authentication failed.")
            return
        intents = int(data.get("intents", 0))
        if self.reject_message_content and intents & INTENT_MESSAGE_CONTENT:
            await conn.close(CLOSE_DISALLOWED_INTENTS, b"Disallowed intent(s).")
            return
        session = Session(id=f"session-{self.state.ids.next()}", intents=intents, connection=conn)
        self.sessions[session.id] = session
        conn.session = session
        self._login("identify", session.id, intents, None, 0)
        self._emit(session, "READY", self._ready_payload(session))
        for guild_id in self.state.guilds:
            self._emit(session, "GUILD_CREATE", self._guild_payload(guild_id))

    async def _resume(self, conn: Connection, data: JSON) -> None:
        session = self.sessions.get(str(data.get("session_id")))
        if session is None or data.get("token") != self.state.token:
            self._login("resume-rejected", str(data.get("session_id")), None, data.get("seq"), 0)
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": False})
            return
        since = int(data.get("seq") or 0)
        missed = [frame for seq, frame in session.backlog if seq > since]
        if session.connection is not None and session.connection is not conn:
            await session.connection.close(4009)
        session.connection = conn
        conn.session = session
        for frame in missed:
            await conn.queue.put(frame)
        self._login("resume", session.id, session.intents, since, len(missed))
        self._emit(session, "RESUMED", {})

    async def _members_chunk(self, conn: Connection, data: JSON) -> None:
        if conn.session is None:
            return
        guild_id = int(data.get("guild_id", 0))
        members = self.state.guild_members.get(guild_id, [])
        chunk = {
            "guild_id": str(guild_id),
            "members": [member_json(u) for u in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if "nonce" in data:
            chunk["nonce"] = data["nonce"]
        self._emit(conn.session, "GUILD_MEMBERS_CHUNK", chunk)

    def _login(
        self, kind: str, sid: str | None, intents: int | None, seq: int | None, n: int
    ) -> None:
        self.logins.append(GatewayLogin(kind, sid, intents, seq, n, time.monotonic()))
        self.state.signal.notify()

    def _ready_payload(self, session: Session) -> JSON:
        return {
            "v": 10,
            "user": self.state.bot.to_json(),
            "guilds": [{"id": str(g), "unavailable": True} for g in self.state.guilds],
            "session_id": session.id,
            "resume_gateway_url": self.url,
            "application": {"id": str(self.state.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
        }

    def _guild_payload(self, guild_id: int) -> JSON:
        state = self.state
        return guild_json(
            state.guilds[guild_id],
            channels=state.guild_channels(guild_id),
            members=state.guild_members[guild_id],
            users=state.users,
        )

    # dispatch ------------------------------------------------------------------

    def _emit(self, session: Session, event: str, data: JSON) -> None:
        session.seq += 1
        frame = json.dumps({"op": OP_DISPATCH, "t": event, "s": session.seq, "d": data})
        session.backlog.append((session.seq, frame))
        if session.connection is not None:
            session.connection.queue.put_nowait(frame)

    def dispatch(self, event: str, build: PayloadBuilder) -> int:
        """Send ``build(intents)`` to every session (None skips one); returns sessions reached."""
        reached = 0
        for session in list(self.sessions.values()):
            data = build(session.intents)
            if data is not None:
                self._emit(session, event, data)
                reached += 1
        return reached

    async def drop_connections(self, code: int = 4000) -> None:
        """Close every socket with a resumable code; sessions stay and can RESUME."""
        for conn in list(self.connections):
            await conn.close(code)

    async def invalidate_sessions(self, *, resumable: bool = False) -> None:
        """Send INVALID_SESSION; non-resumable sessions are forgotten (no replay)."""
        for conn in list(self.connections):
            session = conn.session
            if session is not None and not resumable:
                self.sessions.pop(session.id, None)
            await self._send(conn, {"op": OP_INVALID_SESSION, "d": resumable})

    async def close_all(self) -> None:
        for conn in list(self.connections):
            await conn.close(1001)
        self.sessions.clear()

    def is_connected(self) -> bool:
        return any(s.connection is not None for s in self.sessions.values())
