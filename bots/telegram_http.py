"""python-telegram-bot's network layer on aiohttp (its documented ``BaseRequest`` seam).

PTB's default layer is httpx; aiohttp is already the project's HTTP stack and keeps a
busy bot's many concurrent calls cheap. Timeouts and errors keep PTB's meaning:
a timeout is ``TimedOut``, any other transport failure ``NetworkError``.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

USER_AGENT = "muse (python-telegram-bot)"


class AiohttpRequest(BaseRequest):
    def __init__(self, pool_size: int = 256, read_timeout: float = 10.0,
                 connect_timeout: float = 10.0, write_timeout: float = 30.0) -> None:
        self.pool_size = pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._write_timeout = write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self.pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": USER_AGENT}, trust_env=True)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = _value(read_timeout, self._read_timeout)
        connect = _value(connect_timeout, self._connect_timeout)
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=connect, sock_read=read,
                                        connect=_value(pool_timeout, None))
        try:
            async with self._session.request(method, url, data=_body(request_data),
                                             timeout=timeout) as resp:
                return resp.status, await resp.read()
        except TimeoutError as err:
            raise TimedOut from err
        except aiohttp.ClientError as err:
            raise NetworkError(f"aiohttp.{type(err).__name__}") from err


def _value(given: object, default: float | None) -> float | None:
    if isinstance(given, int | float) or given is None:
        return given
    return default


def _body(data: RequestData | None) -> aiohttp.FormData | dict[str, str] | None:
    if data is None:
        return None
    fields = data.json_parameters
    if not data.contains_files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, part in data.multipart_data.items():
        filename, content, mime = part if len(part) == 3 else (part[0], part[1], None)
        form.add_field(name, content, filename=filename, content_type=mime)
    return form
